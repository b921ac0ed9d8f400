"""Events and units fold into comparable questions; labels and sub-national levels never do."""
from __future__ import annotations

from claimledger.reconcile.events import NO_EVENT, EventEdits, EventNormalizer, assign_events, event_key
from claimledger.reconcile.units import subgroup_name, unit_group


def test_labels_and_spellings_fold_into_one_event() -> None:
    names = ["Khojaly massacre", "the Khojali genocide", "Xocalı tragedy (1992)", "Hocali", "Khojaly"]
    normalizer = EventNormalizer(names)
    assert {normalizer.normalize(n) for n in names} == {"Khojaly"}


def test_fuzzy_matching_catches_a_misspelling_but_keeps_other_events_apart() -> None:
    normalizer = EventNormalizer(["Srebrenica massacre", "Srebrenca massacre", "Bucha massacre", "Katyn massacre"])
    assert normalizer.normalize("Srebrenca massacre") == normalizer.normalize("Srebrenica genocide") == "Srebrenica"
    assert len({normalizer.normalize(n) for n in ["Srebrenica", "Bucha", "Katyn"]}) == 3


def test_a_year_in_the_name_tells_events_apart_but_a_bracketed_year_only_dates_it() -> None:
    normalizer = EventNormalizer(["2020 Karabakh war", "Karabakh war", "Khojaly massacre (1992)"])
    assert normalizer.normalize("2020 Karabakh war") != normalizer.normalize("Karabakh war")
    assert normalizer.normalize("Khojaly massacre (1992)") == "Khojaly"
    assert event_key("the so-called genocide") == ""


def test_user_merges_and_splits_override_aliases_and_fuzzy_matching() -> None:
    edits = EventEdits(merges={"Agdaban": "Khojaly"}, splits=frozenset({"Khojali", "Khojaly pogrom"}))
    normalizer = EventNormalizer(["Khojaly", "Agdaban massacre", "Khojali"], edits)
    assert normalizer.normalize("Agdaban massacre") == "Khojaly"
    assert normalizer.normalize("Khojali") == "Khojali"  # kept apart on the user's word
    assert normalizer.normalize("khojaly  Pogrom") == "Khojaly pogrom" != normalizer.normalize("Khojaly massacre")


def test_a_claim_without_event_takes_the_event_its_sentence_names_then_its_documents(row) -> None:
    rows = [
        row("d1", 10, event="Vellmar massacre"),
        row("d1", 20, event="Ostrava killings"),
        row("d1", 30, event=None, sentence="In Ostrava 30 people were later found dead."),
        row("d2", 40, event="Vellmar massacre"),
        row("d2", 41, event=None, sentence="Another 41 were hurt."),
        row("d3", 50, event=None, sentence="No place is named here."),
    ]
    assert assign_events(rows) == ["Vellmar", "Ostrava", "Ostrava", "Vellmar", "Vellmar", NO_EVENT]


def test_people_nouns_are_one_unit_and_bodies_another() -> None:
    groups = {unit_group(u, "killed") for u in ["people", "persons", "civilian", "residents", "inhabitant", "armenians",
                                                "individuals", "Azerbaijani", None]}
    assert groups == {"person"}
    assert unit_group("corpse", "killed") == "body" != unit_group("person", "killed")


def test_us_states_are_never_counted_as_countries() -> None:
    assert unit_group("state", "recognitions", " 16 States, as well as the OIC, adopted") == "country"
    assert unit_group("states", "recognitions", " 22 states of the United States of America") == "subnational:US"
    assert unit_group("state", "recognitions", "and 24 States of the USA") == "subnational:US"
    assert unit_group("countries", "recognitions") == unit_group("parliaments", "recognitions") == "country"


def test_currencies_stay_apart() -> None:
    assert unit_group("usd", "damage") == unit_group("dollars", "damage") == "currency:usd"
    assert unit_group("manat", "damage") == "currency:azn" != unit_group("usd", "damage")


def test_subgroups_fold_spellings() -> None:
    assert subgroup_name("child") == subgroup_name("Children") == "children"
    assert subgroup_name("elderly people") == "elderly"
    assert subgroup_name("gunshot wounds") == "gunshot wounds"
    assert subgroup_name(None) is None


def test_select_finds_an_event_by_any_spelling_or_label(row) -> None:
    from claimledger.reconcile import compare, select

    verdicts = compare([row("a", 613, event="Khojaly massacre"), row("b", 5, event="Vellmar killings")])
    assert [v.question.event for v in select(verdicts, "the Khojali genocide")] == ["Khojaly"]
    assert [v.question.event for v in select(verdicts, "Vellmar")] == ["Vellmar"]
    assert select(verdicts, "Ostrava") == []
