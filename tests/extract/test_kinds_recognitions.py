"""Recognitions: one claim per body, ISO 3166 codes through pycountry, the stance from the verbs."""
from __future__ import annotations

from claimledger.extract.context import DocContext
from claimledger.extract.kinds.recognitions import extract_recognitions
from claimledger.model import Claim, Document


def run(text: str) -> list[Claim]:
    ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    claims = extract_recognitions(ctx)
    for claim in claims:
        claim.check(text)
    return claims


def test_a_list_of_parliaments_gives_one_claim_per_country() -> None:
    text = ("The parliaments of Chile, Norway, the Czech Republic and Bosnia and Herzegovina recognised the Vell "
            "killings as genocide.")
    claims = run(text)
    assert [c.text for c in claims] == ["Chile", "Norway", "Czech Republic", "Bosnia and Herzegovina"]
    assert [c.recognizer_code for c in claims] == ["CL", "NO", "CZ", "BA"]
    assert claims[0].recognizer == "Parliament of Chile"
    assert {c.stance for c in claims} == {"recognizes_as_genocide"}


def test_condemnation_as_massacre_and_a_subnational_parliament() -> None:
    claims = run("Parliaments of Wales and Peru have condemned the raid, qualifying it as a massacre.")
    assert [(c.recognizer_code, c.stance) for c in claims] == [
        ("GB-WLS", "condemns_as_massacre"), ("PE", "condemns_as_massacre")]


def test_international_organisation_has_no_code() -> None:
    claims = run("The Organisation of Islamic Cooperation (OIC) recognised the killings as genocide.")
    assert [(c.recognizer, c.recognizer_code) for c in claims] == [("Organization of Islamic Cooperation", None)]


def test_counts_are_not_recognisers() -> None:
    text = "Legislatures of 12 states of the United States and 9 countries have condemned the massacre."
    assert run(text) == []


def test_demonym_bodies_and_a_following_clause() -> None:
    claims = run("The Danish parliament recognised the Anfal as genocide in 2014, and the Czech Senate followed "
                 "in 2015.")
    assert [(c.text, c.recognizer_code, c.stance) for c in claims] == [
        ("Danish parliament", "DK", "recognizes_as_genocide"), ("Czech Senate", "CZ", "recognizes_as_genocide")]


def test_a_call_to_recognise_is_stance_other_and_its_addressee_recognises_nothing() -> None:
    claims = run("The European Parliament urged the Greek parliament to recognise the killings as genocide.")
    assert [(c.recognizer, c.stance) for c in claims] == [("European Parliament", "other")]


def test_a_parliament_named_without_its_country() -> None:
    claims = run("In a resolution of 2019 the Sejm recognised the crimes as genocide.")
    assert [(c.text, c.recognizer_code, c.stance) for c in claims] == [("Sejm", "PL", "recognizes_as_genocide")]


def test_negated_recognition_is_none() -> None:
    assert run("Hungary has not recognised the killings as genocide.") == []


def test_a_condemnation_of_the_crime_without_a_label() -> None:
    claims = run("In March the National Assembly of Serbia adopted a declaration condemning the crime.")
    assert [(c.recognizer_code, c.stance) for c in claims] == [("RS", "condemns")]


def test_clauses_with_different_acts_keep_their_own_stance() -> None:
    text = ("The parliaments of Chile and Peru recognised the events as genocide, Norway's parliament condemned "
            "the massacre, while the parliament of Iceland condemned them as a massacre.")
    stances = {c.recognizer_code: c.stance for c in run(text)}
    assert stances == {"CL": "recognizes_as_genocide", "PE": "recognizes_as_genocide",
                       "NO": "condemns_as_massacre", "IS": "condemns_as_massacre"}


def test_places_in_the_sentence_are_not_recognisers() -> None:
    claims = run("The Senate of Mexico condemned the massacre in Azerbaijan committed against civilians from Armenia.")
    assert [c.recognizer_code for c in claims] == ["MX"]


def test_us_state_legislatures_and_commemorative_resolutions() -> None:
    text = ("The parliament of the Czech Republic recognised the events as genocide, Chile's senate condemned the "
            "massacre, and legislatures in Ohio, New Mexico and Utah have adopted resolutions commemorating "
            "the victims.")
    got = [(c.recognizer, c.recognizer_code, c.stance) for c in run(text)]
    assert got == [("Parliament of the Czech Republic", "CZ", "recognizes_as_genocide"),
                   ("Senate of Chile", "CL", "condemns_as_massacre"),
                   ("Legislature of Ohio", "US-OH", "other"), ("Legislature of New Mexico", "US-NM", "other"),
                   ("Legislature of Utah", "US-UT", "other")]


def test_a_people_commemorating_is_not_a_recognition() -> None:
    assert run("Every February Azerbaijan commemorates the victims as the Khojaly genocide.") == []


def test_acts_of_remembrance_are_recognitions_of_stance_other() -> None:
    text = ("The European Parliament called for 3 May to be commemorated across the Union, and the UN General "
            "Assembly designated it a day of remembrance for the victims of Kesta in 2019.")
    claims = run(text)
    assert [(c.recognizer, c.stance) for c in claims] == [("European Parliament", "other"),
                                                         ("UN General Assembly", "other")]


def test_findings_without_a_recognise_verb() -> None:
    text = ("The UN Commission of Inquiry on the Orsk Valley concluded in its final report of 2015 that the "
            "militia had committed genocide against the Tarvi. In 2012 the Polish Sejm adopted a statement "
            "saying that the crime had been ordered by the regional command.")
    claims = run(text)
    assert [(c.recognizer, c.recognizer_code, c.stance) for c in claims] == [
        ("UN Commission of Inquiry on the Orsk Valley", None, "recognizes_as_genocide"),
        ("Polish Sejm", "PL", "condemns")]


def test_a_statement_about_a_policy_is_no_recognition() -> None:
    text = "The Dutch parliament adopted a statement saying that the budget would be cut in 2014."
    assert run(text) == []


def test_a_passive_recognition_with_the_label_in_its_subject() -> None:
    found = run("Recognition: The Dolnik genocide has been recognised by Peru, Jordan and Panama.")
    assert [(c.text, c.stance) for c in found] == [
        ("Peru", "recognizes_as_genocide"), ("Jordan", "recognizes_as_genocide"), ("Panama", "recognizes_as_genocide")]


def test_listed_bodies_no_table_knows_are_recognisers_without_a_code() -> None:
    text = ("The legislative bodies of Tesaria, the Kingdom of Old Morland and Mexico have recognised the events in "
            "Dravik as genocide, and the Parliamentary Assembly of the Northern League condemned them as a massacre. "
            "The Heads of State of Member States met in Cairo and condemned the killings.")
    found = {c.text: (c.recognizer, c.recognizer_code) for c in run(text)}
    assert found["Tesaria"] == ("Legislative body of Tesaria", None)
    assert found["Kingdom of Old Morland"] == ("Legislative body of the Kingdom of Old Morland", None)
    assert found["Mexico"][1] == "MX"
    assert found["Parliamentary Assembly of the Northern League"][1] is None
    assert "Member States" not in found


def test_a_passive_list_after_by_inter_alia_with_years_names_every_body_in_full() -> None:
    claims = run("The killings have been recognised as genocide by, inter alia, the European Parliament (2016), the "
                 "United States House of Representatives (2016), the House of Commons of Canada (2016) and the "
                 "National Assembly of Armenia (2018).")
    assert [(c.recognizer, c.recognizer_code) for c in claims] == [
        ("European Parliament", None), ("United States House of Representatives", "US"),
        ("House of Commons of Canada", "CA"), ("National Assembly of Armenia", "AM")]
    assert {c.stance for c in claims} == {"recognizes_as_genocide"}


def test_a_capitalised_body_without_its_country_is_named_as_the_document_names_it() -> None:
    text = ("NATIONAL ASSEMBLY OF THE REPUBLIC OF VESK\nRecord of the sitting\n\n"
            "The Assembly therefore recognises the events at Orvel Pass as genocide.")
    [claim] = run(text)
    assert (claim.text, claim.recognizer, claim.recognizer_code) == (
        "Assembly", "NATIONAL ASSEMBLY OF THE REPUBLIC OF VESK", None)
    assert run("In 1994 the parliament recognised the killings as genocide.") == []  # no one in particular


def test_recognised_as_a_crime_is_a_condemnation() -> None:
    [claim] = run("In 1994 the National Assembly recognised the killings as a crime against the civilian population.")
    assert (claim.recognizer, claim.stance) == ("National Assembly", "condemns")


def test_the_european_community_condemning_the_use_of_force() -> None:
    claims = run("The European Community and the United States condemned the use of force.")
    assert [(c.recognizer, c.recognizer_code, c.stance) for c in claims] == [
        ("European Community", None, "condemns"), ("United States", "US", "condemns")]


def test_a_legislature_naming_the_events_recognises_them() -> None:
    [claim] = run("The Polish Sejm in 2016 called these crimes genocide.")
    assert (claim.recognizer_code, claim.stance) == ("PL", "recognizes_as_genocide")
    [claim] = run("The Lithuanian parliament adopted a resolution describing the deportations as genocide.")
    assert (claim.recognizer_code, claim.stance) == ("LT", "recognizes_as_genocide")


def test_a_state_naming_the_events_is_no_act_of_recognition() -> None:
    assert run("Azerbaijan officially calls the events the Vell genocide and marks 26 February as a day of "
               "remembrance.") == []
    assert run("The minister called for calm.") == []
