from claimledger.extract.pipeline import order_claims
from claimledger.model import Claim


def test_to_json_has_every_contract_field_and_whole_numbers_as_int() -> None:
    c = Claim(doc="d.txt", kind="figure", text="613", start=10, end=13, sentence_start=0, sentence_end=20,
              measure="killed", value=613.0, low=613.0, high=613.0, qualifier="exact")
    out = c.to_json()
    assert out["value"] == 613 and isinstance(out["value"], int)
    for key in ("doc", "kind", "text", "start", "end", "sentence_start", "sentence_end", "attributed_to"):
        assert key in out


def test_parent_resolves_to_position_in_output_order() -> None:
    total = Claim(doc="d", kind="figure", text="613", start=5, end=8, sentence_start=0, sentence_end=40)
    part = Claim(doc="d", kind="figure", text="63", start=20, end=22, sentence_start=0, sentence_end=40,
                 parent_claim=total)
    label = Claim(doc="d", kind="characterization", text="massacre", start=0, end=4, sentence_start=0,
                  sentence_end=40)
    ordered = order_claims([part, total, label])
    assert [c.text for c in ordered] == ["massacre", "613", "63"]
    assert ordered[2].parent == 1
