"""Origin families: text reuse, attribution chains and state bodies; corroboration counts families."""
from __future__ import annotations

from claimledger.reconcile import ReuseSettings, build_origins, compare, find_reuse

STATEMENT = (
    "On the night of 3 March the village of Vellmar in the Ostrava valley was shelled for several hours. "
    "Armed units then entered the village and fired on residents who tried to flee across the frozen river. "
    "According to the regional council, 212 residents were killed and 90 were wounded in a single night. "
    "The council demands an independent inquiry and the return of those still held."
)
# the same statement reprinted with light edits, as outlets do
REPRINT = (
    "The council statement, released on Monday, is reproduced below. "
    "On the night of 3 March the village of Vellmar in the Ostrava valley was shelled for several hours. "
    "Armed units then entered the village and fired upon residents who were trying to flee across the frozen river. "
    "The council demands an independent inquiry and the return of all those still being held."
)
INDEPENDENT = (
    "Our reporter reached Vellmar two days after the attack and counted the graves in the churchyard. "
    "Doctors at the district hospital in Rasno said they had treated dozens of people with shrapnel wounds. "
    "A relief worker estimated that at least 150 people had died, though she stressed the count was incomplete."
)
QUOTES_ONLY = (
    "A spokesman told us: \"On the night of 3 March the village of Vellmar in the Ostrava valley was shelled "
    "for several hours.\" Our correspondents could not confirm his account of the events that followed."
)


def docs(**texts: str) -> list[dict]:
    outlets = ["Lakeside Herald", "Northern Courier", "Harbour Post", "Valley Gazette"]
    return [{"id": name, "text": text, "publisher": outlets[i]} for i, (name, text) in enumerate(texts.items())]


def test_reuse_finds_reprinted_passages_despite_light_edits() -> None:
    links = find_reuse([("a", STATEMENT), ("b", REPRINT), ("c", INDEPENDENT)])
    pairs = {(x.doc_a, x.doc_b) for x in links}
    assert pairs == {("a", "b")}
    assert len(links) == 3  # the shelling, the shooting (edited) and the demand (edited)
    assert all(STATEMENT[x.start_a:x.end_a].strip() == x.text_a for x in links)
    assert min(x.score for x in links) < 100  # edited sentences were matched, not only verbatim ones


def test_shared_quotations_do_not_link_documents_unless_asked() -> None:
    assert find_reuse([("a", STATEMENT), ("q", QUOTES_ONLY)]) == []
    with_quotes = find_reuse([("a", STATEMENT), ("q", QUOTES_ONLY)], ReuseSettings(include_quotes=True))
    assert {(x.doc_a, x.doc_b) for x in with_quotes} == {("a", "q")}


def test_boilerplate_shared_by_too_many_documents_is_not_reuse() -> None:
    footer = "All content on this site is provided for information only and may change without any notice."
    stories = ["The harvest festival drew a record crowd to the old market square this weekend.",
               "A new bridge over the river is expected to open to traffic before the winter.",
               "The town library will extend its opening hours during the examination period.",
               "Local farmers report that the dry summer has cut their wheat yields sharply.",
               "The football club has appointed a former player as its new head coach.",
               "Residents have been asked to save water while the reservoir is repaired."]
    texts = [(f"d{i}", f"{story} {footer}") for i, story in enumerate(stories)]
    assert find_reuse(texts, ReuseSettings(max_documents=3)) == []
    assert len(find_reuse(texts)) == 15  # six documents sharing a passage: every pair, when allowed


def test_documents_sharing_passages_are_one_origin(row) -> None:
    documents = docs(a=STATEMENT, b=REPRINT, c=INDEPENDENT)
    rows = [row("a", 212, publisher="Lakeside Herald"), row("b", 212, publisher="Northern Courier"),
            row("c", 150, qualifier="at_least", publisher="Harbour Post")]
    origins = build_origins(documents, rows)
    assert origins.document_origin["a"] == origins.document_origin["b"] != origins.document_origin["c"]
    family = origins.families[origins.document_origin["a"]]
    assert family.links and family.links[0].doc_a == "a"
    verdict = compare(rows, documents)[0]
    agreed = next(f for f in verdict.figures if f.point == 212)
    assert len(agreed.documents) == 2 and len(agreed.origins) == 1  # two documents, one origin
    assert len(verdict.origins) == 2


def test_claims_attributed_to_one_source_across_documents_are_that_sources_origin(row) -> None:
    documents = [{"id": "r1", "publisher": "Lakeside Herald"}, {"id": "r2", "publisher": "Northern Courier"},
                 {"id": "hr", "publisher": "Human Rights Watch"}]
    rows = [row("r1", 161, speaker="Human Rights Watch", publisher="Lakeside Herald"),
            row("r2", 161, speaker="HRW", publisher="Northern Courier"),
            row("hr", 161, publisher="Human Rights Watch"),
            row("r2", 300, speaker="a local doctor", publisher="Northern Courier", measure="injured")]
    origins = build_origins(documents, rows)
    hrw = {origins.claim_origin[r["id"]] for r in rows[:3]}
    assert len(hrw) == 1
    assert origins.claim_origin[rows[3]["id"]] not in hrw
    assert origins.document_origin["r1"] != origins.document_origin["r2"]  # the outlets stay independent


def test_bodies_of_one_state_are_one_origin_and_other_states_are_not(row) -> None:
    documents = [{"id": "m", "publisher": "Ministry of Foreign Affairs of Iceland"},
                 {"id": "e", "publisher": "Embassy of the Republic of Iceland"},
                 {"id": "n", "publisher": "Harbour Post"},
                 {"id": "x", "publisher": "Norwegian Foreign Ministry"}]
    rows = [row("m", 70), row("e", 70), row("n", 70, speaker="an Icelandic official"),
            row("n", 70, speaker="the ombudsman, Jon Jonsson"), row("x", 70)]
    origins = build_origins(documents, rows)
    ids = [origins.claim_origin[r["id"]] for r in rows]
    assert ids[0] == ids[1] == ids[2]
    assert len({ids[0], ids[3], ids[4]}) == 3
    assert origins.families[ids[0]].state == "IS"
    assert origins.families[ids[4]].state == "NO"
    assert len(build_origins(documents, rows, group_states=False).families) > len(origins.families)


def test_a_speaker_introduced_by_office_in_the_text_joins_that_office(row) -> None:
    text = ("In a letter, the Human Rights Commissioner of Iceland Jon Jonsson said the toll stood at 70. "
            "Jonsson added that the inquiry continues.")
    documents = [{"id": "p", "publisher": "Harbour Post", "text": text},
                 {"id": "m", "publisher": "Ministry of Foreign Affairs of Iceland"}]
    rows = [row("p", 70, speaker="Jon Jonsson"), row("m", 70)]
    origins = build_origins(documents, rows)
    assert origins.claim_origin[rows[0]["id"]] == origins.claim_origin[rows[1]["id"]]


def test_a_bare_role_names_no_one_beyond_its_document(row) -> None:
    documents = [{"id": "a", "publisher": "Lakeside Herald"}, {"id": "b", "publisher": "Northern Courier"}]
    rows = [row("a", 10, speaker="the ministry"), row("b", 12, speaker="the ministry")]
    origins = build_origins(documents, rows)
    assert origins.claim_origin[rows[0]["id"]] != origins.claim_origin[rows[1]["id"]]


def test_one_template_filled_in_for_two_countries_is_not_reuse() -> None:
    first = ("The Ministry of Foreign Affairs of the Republic of Iceland issued a statement on the anniversary "
             "of the events, calling on the international community to act.")
    second = ("The Ministry of Foreign Affairs of the Republic of Norway issued a statement on the anniversary "
              "of the events, calling on the international community to act.")
    assert find_reuse([("a", first), ("b", second)]) == []
    assert len(find_reuse([("a", first), ("c", first.replace("issued", "published"))])) == 1


def test_an_outlet_reprinting_both_sides_does_not_make_them_one_origin(row) -> None:
    side_a = ("The ministry recalls that the shelling of the lower town began before dawn and lasted until noon. "
              "It holds the commanders of the northern brigade responsible for every death that day.")
    side_b = ("The ministry states that the lower town was a military position defended by armed volunteers. "
              "It rejects the claim that civilians were deliberately targeted during the operation.")
    documents = [
        {"id": "a", "publisher": "Ministry of Foreign Affairs of Iceland", "text": side_a},
        {"id": "b", "publisher": "Ministry of Foreign Affairs of Norway", "text": side_b},
        {"id": "x", "publisher": "Harbour Post", "text": "Wire copy. " + side_a},
        {"id": "y", "publisher": "Harbour Post", "text": "Wire copy. " + side_b},
        {"id": "z", "publisher": "Harbour Post", "text": "Our own reporting found a different toll entirely."},
    ]
    rows = [row(d, 70 + i) for i, d in enumerate("abxyz")]
    origins = build_origins(documents, rows)
    of = origins.document_origin
    assert of["x"] == of["a"] != of["b"] == of["y"]
    assert of["z"] not in {of["a"], of["b"]}
    assert origins.families[of["a"]].state == "IS" and origins.families[of["b"]].state == "NO"


def test_an_outlets_own_figure_equal_to_a_cited_sources_is_relayed(row) -> None:
    documents = [{"id": "n", "publisher": "Harbour Post"}, {"id": "h", "publisher": "Human Rights Watch"}]
    rows = [row("n", 161, qualifier="at_least", publisher="Harbour Post"),  # own voice
            row("n", 30, measure="injured", speaker="Human Rights Watch", publisher="Harbour Post"),
            row("h", 161, qualifier="at_least", publisher="Human Rights Watch"),
            row("n", 90, measure="missing", publisher="Harbour Post")]
    verdict = next(v for v in compare(rows, documents) if v.question.measure == "killed")
    assert len(verdict.origins) == 1
    assert len(next(v for v in compare(rows, documents, relay=False) if v.question.measure == "killed").origins) == 2
