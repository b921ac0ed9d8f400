"""What a plain text says about itself. Example texts are invented (fictional places and people)."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.read import read
from claimledger.read.dates import iso_date
from claimledger.read.metadata import text_metadata

STATEMENT = """PRESS RELEASE

of the Ministry of Foreign Affairs of the Republic of Velmora on the tenth anniversary of the Ostra events

On the night of 3 to 4 March 1994 the town of Ostra was attacked. On 5 March 1994 the council counted 212 dead.

Ministry of Foreign Affairs of the Republic of Velmora

12 March 2004

This statement is addressed to the members of the Council.
"""

NEWS = """OSTRA, March 4, 1994 (AP) -- Officials in Velmora said Friday that at least 212 people died.
The mayor, Tomas Arvel, gave the figure at a news conference on 2 March 1994.
"""

ARTICLE = """‘Ostra victims still not identified’

By Lena Markovic

The council of Velmora said on 3 May 2019 that the remains of 40 people had not been identified.

© Copyright OSTRA HERALD 2021 - Site by Example Studio, All Rights Reserved
"""


def test_statement_header_and_signature() -> None:
    found = text_metadata(STATEMENT)
    assert found.title == ("PRESS RELEASE of the Ministry of Foreign Affairs of the Republic of Velmora on the tenth "
                           "anniversary of the Ostra events")
    assert found.publisher == "Ministry of Foreign Affairs of the Republic of Velmora"
    assert found.published == "2004-03-12"  # the signature date, not the event dates in the body


def test_signer_above_the_signature_date() -> None:
    text = ("Statement on the Ostra events\n\nThe council counted 212 dead on 5 March 1994.\n\n"
            "**The Ombudsman of the Republic of Velmora**\n\n12 March 2004\n")
    found = text_metadata(text)
    assert found.publisher == "Ombudsman of the Republic of Velmora"
    assert found.published == "2004-03-12"
    # a sentence above the date is not a signature
    assert text_metadata("Title\n\nThe ministry of Velmora said 212 died.\n12 March 2004\n").publisher is None


def test_office_name_standing_in_the_header() -> None:
    text = ("Ministry of Foreign Affairs of the Republic of Velmora\nComment on the Ostra anniversary\n"
            "Ostra, 4 March 2004\n\nBody.")
    found = text_metadata(text)
    assert found.publisher == "Ministry of Foreign Affairs of the Republic of Velmora"
    assert found.published == "2004-03-04"
    caps = "Ostra anniversary\n\nNATIONAL ASSEMBLY OF VELMORA - COMMEMORATION NOTICES\n\nThe assembly said 212 died."
    assert text_metadata(caps).publisher == "National Assembly of Velmora"
    assert text_metadata("Note\n\nSOUTH-OSTRA REPUBLIC - MINISTRY\n\nBody.").publisher == "South-Ostra Republic"
    assert text_metadata("Ministry says 212 died in Ostra\n\nBody.").publisher is None


def test_agency_dateline() -> None:
    found = text_metadata(NEWS)
    assert found.published == "1994-03-04"
    assert found.title is None  # the first line is a paragraph


def test_byline_and_copyright_holder() -> None:
    found = text_metadata(ARTICLE)
    assert found.title == "‘Ostra victims still not identified’"
    assert found.author == "Lena Markovic"
    assert found.publisher == "Ostra Herald"
    assert found.published is None  # "on 3 May 2019" sits inside a sentence of the body


def test_dateline_without_year_gives_no_date() -> None:
    assert text_metadata("OSTRA, March 4 (AP) -- Officials said 212 people died.\n").published is None


def test_date_with_noise_on_its_line() -> None:
    text = "Ostra report published\n\n  26 February 2020    Read: 1413\n\nBody text follows here.\n"
    assert text_metadata(text).published == "2020-02-26"


@pytest.mark.parametrize(("candidate", "expected"), [
    ("26 February 2020", "2020-02-26"), ("February 22, 2021", "2021-02-22"), ("Feb. 26, 1992", "1992-02-26"),
    ("2020-03-02", "2020-03-02"), ("02.03.2020", "2020-03-02"), ("May 2019", "2019-05"),
    ("Feb. 26", None), ("1992", None), ("25-26 February 1992", None), ("02/03/2020", None), ("may be", None),
    ("Read: 1413", None),
])
def test_iso_date(candidate: str, expected: str | None) -> None:
    assert iso_date(candidate) == expected


def test_metadata_reaches_the_document(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    document = read(path)
    assert document.publisher == "Ministry of Foreign Affairs of the Republic of Velmora"
    assert document.published == "2004-03-12"
    assert document.text == STATEMENT


def test_seed_metadata(seeds_dir: Path) -> None:
    by_prefix = {path.name[:3]: read(path) for path in seeds_dir.glob("*.txt")}
    if "001" in by_prefix:
        assert by_prefix["001"].publisher == "Embassy of the Republic of Azerbaijan"
    if "002" in by_prefix:
        assert by_prefix["002"].published == "2021-02-22"
        assert by_prefix["002"].publisher == "Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan"
    if "003" in by_prefix:
        assert by_prefix["003"].author == "Vafa Ismayilova"
    if "000" in by_prefix:
        assert by_prefix["000"].published == "2020-02-26"


def test_a_time_zone_after_a_date_is_read_without_a_warning() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert iso_date("19 June 2024 14:05 EEST") == "2024-06-19"
