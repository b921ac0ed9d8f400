"""Legal references: normalised instruments, one claim per resolution, judgments with court and date."""
from __future__ import annotations

from claimledger.extract.context import DocContext
from claimledger.extract.kinds.legal import extract_legal_references
from claimledger.model import Claim, Document


def run(text: str) -> list[Claim]:
    ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    claims = extract_legal_references(ctx)
    for claim in claims:
        claim.check(text)
    return claims


def instruments(text: str) -> list[str]:
    return [c.instrument or "" for c in run(text)]


def test_aliases_of_one_convention_normalise_to_one_name() -> None:
    long = instruments("Kessaria ratified the Convention on the Prevention and Punishment of the Crime of Genocide.")
    short = instruments("Kessaria ratified the Genocide Convention in 1950.")
    assert long == short == ["Genocide Convention (1948)"]


def test_commas_in_a_long_name_are_optional() -> None:
    text = "It breaches the Convention Against Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment."
    assert instruments(text) == ["Convention against Torture (1984)"]


def test_a_list_of_resolutions_gives_one_claim_per_number() -> None:
    claims = run("In 1998 the UN Security Council adopted resolutions 1160, 1199 and 1203 on the province.")
    assert [c.text for c in claims] == ["1160", "1199", "1203"]
    assert claims[0].instrument == "UN Security Council Resolution 1160 (1998)"


def test_general_assembly_resolutions_by_session_and_slash() -> None:
    assert instruments("It cites Resolution 96 (I) of 11 December 1946.") == [
        "UN General Assembly Resolution 96 (I) (1946)"]
    assert instruments("The General Assembly adopted resolution 61/19 B that week.") == [
        "UN General Assembly Resolution 61/19 B"]


def test_judgment_with_court_date_case_and_ecli() -> None:
    text = ("In its judgment of 14 March 2019 in Marek and Others v. Kessaria (application no. 40123/12), "
            "the European Court of Human Rights found a violation.")
    claims = run(text)
    assert [c.instrument for c in claims] == [
        "European Court of Human Rights, Marek and Others v. Kessaria, judgment of 14 March 2019"]
    assert claims[0].extra["ecli"] == "ECLI:CE:ECHR:2019:0314JUD004012312"


def test_a_court_ruling_without_a_dated_judgment() -> None:
    assert instruments("In 2011 the Supreme Court of Veldora ruled that the order was unlawful.") == [
        "Supreme Court of Veldora ruling (2011)"]


def test_articles_join_their_instrument() -> None:
    assert instruments("Charges were brought under Article 358 of the Criminal Code of Veldora.") == [
        "Criminal Code of Veldora, Article 358"]
    assert instruments("It is prohibited by Article 3 common to the Geneva Conventions of 1949.") == [
        "Geneva Conventions (1949), common Article 3"]


def test_unknown_named_instruments_and_dated_statements() -> None:
    assert instruments("The Marrow Valley Accords of 2004 ended the fighting.") == ["Marrow Valley Accords (2004)"]
    assert instruments("Under the joint Statement of 3 May 2016 the sides exchanged prisoners.") == [
        "Joint Statement of 3 May 2016"]


def test_names_of_organisations_and_bare_heads_are_not_instruments() -> None:
    text = "The Humanitarian Law Center counted the dead. The Convention was signed later. ACME LAW OFFICE Act"
    assert instruments(text) == []


def test_a_bare_convention_resolves_to_the_one_its_court_applies() -> None:
    text = ("In its judgment of 2 May 2018 the European Court of Human Rights found a breach of Article 3 "
            "of the Convention.")
    assert instruments(text) == ["European Court of Human Rights judgment of 2 May 2018",
                                 "European Convention on Human Rights (1950), Article 3"]


def test_chamber_judgments_take_the_case_named_just_before() -> None:
    text = ("Orlov and Others v. Kessaria. The Chamber judgment of 5 June 2015 found no violation; "
            "the Grand Chamber, in its judgment of 9 March 2017, disagreed.")
    assert instruments(text) == ["Orlov and Others v. Kessaria, Chamber judgment of 5 June 2015",
                                 "Orlov and Others v. Kessaria, Grand Chamber judgment of 9 March 2017"]


def test_a_number_cut_from_a_longer_code_is_not_a_resolution() -> None:
    assert instruments("NATIONAL ASSEMBLY Resolution No. 47-IX on the events") == []


def test_each_case_a_court_ruled_on_is_its_own_reference() -> None:
    text = ("In Orvik and Others v. Dravenia (2009) and Pell and Others v. Dravenia (2011), the European Court "
            "of Human Rights found that the state had failed to investigate the killings.")
    assert instruments(text) == ["European Court of Human Rights, Orvik and Others v. Dravenia (2009)",
                                 "European Court of Human Rights, Pell and Others v. Dravenia (2011)"]


def test_a_law_cited_by_its_title() -> None:
    text = "The law On the Memory of the Victims of Kesta took effect in March 2019, the agency recalled."
    claims = run(text)
    assert [c.text for c in claims] == ["law On the Memory of the Victims of Kesta"]
    assert claims[0].instrument == "Law On the Memory of the Victims of Kesta (2019)"


def test_the_hague_tribunal_is_the_icty() -> None:
    text = "In 2001 the Hague tribunal ruled that the shelling of Orsk was a crime against humanity."
    assert instruments(text) == ["International Criminal Tribunal for the former Yugoslavia ruling (2001)"]


def test_judgments_and_laws_told_in_prose() -> None:
    text = ("In its judgment against Aron Velic, the ICTY convicted him of persecution. In 2004 a Veldian court "
            "convicted a supplier of complicity. Two officers were sentenced by the Supreme Court of Tarnia in "
            "1999. Law No. 12 of 1981 made membership a capital offence.")
    found = {c.text: c.instrument for c in run(text)}
    assert found["its judgment against Aron Velic"].startswith("International Criminal Tribunal")
    assert found["a Veldian court convicted"] == "Veldian court judgment (2004)"
    assert found["sentenced by the Supreme Court of Tarnia"] == "Supreme Court of Tarnia judgment (1999)"
    assert found["Law No. 12 of 1981"] == "Law No. 12 of 1981"
