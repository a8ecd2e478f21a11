"""A newsroom points the bot at a town's open-data CSV: whatever shape the portal publishes, the
totals are the districts' sums, an empty cell is "not yet", and a broken file is one clear line."""

from __future__ import annotations

import pytest

from bot.results.parsing import ResultsFormatError, parse_count
from bot.results.settings import Candidate
from tests.results.conftest import CANDIDATES, DISTRICTS, HEADER, portal_csv


def test_a_district_file_adds_up_the_reported_districts_only():
    count = parse_count(portal_csv(2), CANDIDATES)
    reported = DISTRICTS[:2]
    assert (count.areas_counted, count.areas_total) == (2, 4)
    assert count.eligible == sum(d.eligible for d in reported)
    assert count.voters == sum(d.voters for d in reported)
    assert count.invalid == sum(d.invalid for d in reported)
    assert count.valid == sum(d.valid for d in reported)
    for k, entry in enumerate(count.candidates):
        assert entry.candidate == CANDIDATES[k]
        assert entry.votes == sum(d.votes[k] for d in reported)
        assert count.share(entry.votes) == pytest.approx(entry.votes / count.valid)
    assert not count.complete
    assert count.election == "Bürgermeisterwahl" and count.date == "21.09.2025"


def test_a_complete_count_with_a_bom_and_postal_districts():
    count = parse_count(portal_csv(4, bom=True), CANDIDATES)
    assert count.complete and (count.areas_counted, count.areas_total) == (4, 4)
    assert count.postal == sum(d.postal for d in DISTRICTS)
    turnout = sum(d.voters for d in DISTRICTS) / sum(d.eligible for d in DISTRICTS)
    assert count.turnout == pytest.approx(turnout)
    assert count.leader is not None and count.leader.candidate.name == "Hanna Vogt"


def test_before_the_first_district_nothing_is_zero():
    count = parse_count(portal_csv(0), CANDIDATES)
    assert (count.areas_counted, count.areas_total) == (0, 4)
    assert count.valid is None and count.turnout is None and count.leader is None
    assert all(c.votes is None for c in count.candidates)
    assert not count.started


def test_the_municipality_file_is_one_row_for_all_districts():
    data = (
        HEADER + ";D1;D2\n"
        "21.09.2025;Bürgermeisterwahl;09999123;0;Stadt Lindenau;312;120;"
        "90000;2000;100;92100;40000;15000;400;39600;21000;18600\n"
    ).encode()
    count = parse_count(data, CANDIDATES[:2])
    assert (count.areas_counted, count.areas_total) == (120, 312)
    assert count.eligible == 92100 and count.valid == 39600
    assert [c.votes for c in count.candidates] == [21000, 18600]


def test_a_total_row_beside_its_districts_is_not_counted_twice():
    districts = portal_csv(4).decode().splitlines()
    total = (
        "21.09.2025;Bürgermeisterwahl;09999123;0;Stadt Lindenau;4;4;"
        "3285;0;0;3285;2585;1390;31;2554;1220;1004;330"
    )
    count = parse_count("\n".join([districts[0], total, *districts[1:]]).encode(), CANDIDATES)
    assert count.areas_total == 4 and count.valid == 2554
    assert [c.votes for c in count.candidates] == [1220, 1004, 330]


def test_columns_without_a_configured_candidate_are_shown_by_their_column_name():
    count = parse_count(portal_csv(1), CANDIDATES[:2])
    assert [c.candidate.name for c in count.candidates] == ["Hanna Vogt", "Jonas Brandt", "D3"]


def test_the_plain_shape_one_row_per_district():
    data = (
        "gebiet,ausgezaehlt,A,B,C,D,D1,D2\nNord,ja,1000,600,10,590,300,290\nSüd,nein,,,,,,\n"
    ).encode()
    count = parse_count(data, CANDIDATES[:2])
    assert (count.areas_counted, count.areas_total) == (1, 2)
    assert count.voters == 600 and [c.votes for c in count.candidates] == [300, 290]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe;x", "not UTF-8"),
        (
            b"gebiet-name;max-schnellmeldungen;anz-schnellmeldungen;A;B;D;D1\n",
            "no column C",
        ),
        (portal_csv(2).replace(b";255;", b";25x;"), "line 2, column D2: '25x' is not a number"),
        (portal_csv(2).replace(b" Altstadt;1;1;", b" Altstadt;1;2;"), "line 2: 2 reports"),
        (portal_csv(2) + b"1;2;3\n", "line 6: 3 fields"),
        (HEADER.encode() + b";D1;D2\n", "no column D3 (configured for Mira Keller)"),
        (HEADER.encode() + b";D1;D2;D3\n", "no rows"),
        (b"a;a;b\n1;2;3\n", "appears twice"),
    ],
)
def test_a_broken_file_is_one_line_saying_where(data: bytes, message: str):
    with pytest.raises(ResultsFormatError) as caught:
        parse_count(data, CANDIDATES)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_candidate_column_may_be_missing_from_the_numbering():
    """A runoff keeps the first round's numbers: D1 and D5, no D2 … D4."""
    data = (
        HEADER + ";D1;D5\n"
        "28.09.2025;Stichwahl;09999123;0;Stadt Lindenau;9;9;0;18000;0;18000;9000;9000;50;8950;"
        "4500;4450\n"
    ).encode()
    runoff = (Candidate(1, "Hanna Vogt", "SPD"), Candidate(5, "Ole Sander", "FDP"))
    count = parse_count(data, runoff)
    assert [(c.candidate.name, c.votes) for c in count.candidates] == [
        ("Hanna Vogt", 4500),
        ("Ole Sander", 4450),
    ]


def test_no_turnout_while_postal_votes_outnumber_the_districts_eligible_voters():
    """The postal district reports first: its voters have no eligible voters of their own."""
    postal_first = (DISTRICTS[3], *DISTRICTS[:3])
    count = parse_count(portal_csv(1, postal_first), CANDIDATES)
    assert count.voters == DISTRICTS[3].voters and count.eligible == 0
    assert count.turnout is None
    count = parse_count(portal_csv(2, postal_first), CANDIDATES)
    assert count.voters > count.eligible and count.turnout is None  # 1,470 voters, 1,200 eligible


def test_reports_without_numbers_are_not_counted():
    """A portal that clears its numbers (before the night, or to correct them) may keep the
    report count: without a number of valid votes, the area is not counted."""
    data = (HEADER + ";D1;D2\n21.09.2025;Wahl;09999123;0;Stadt Lindenau;38;38" + ";" * 10).encode()
    count = parse_count(data, CANDIDATES[:2])
    assert (count.areas_counted, count.areas_total) == (0, 38)
    assert not count.complete and not count.started


def test_the_eligible_voters_of_postal_districts_may_stand_in_a_row_of_their_own():
    """OK.VOTE's district file: a row with only the eligible voters, then postal districts."""
    rows = [
        "28.09.2025;Stichwahl;09999123;0;Stimmberechtigte;1;1;0;5000;0;5000;0;0;0;0;0;0",
        "28.09.2025;Stichwahl;09999123;901;Briefwahl 901;1;1;0;0;0;0;1500;1500;10;1490;800;690",
        "28.09.2025;Stichwahl;09999123;902;Briefwahl 902;1;1;0;0;0;0;1400;1400;8;1392;700;692",
    ]
    count = parse_count("\n".join([HEADER + ";D1;D2", *rows]).encode(), CANDIDATES[:2])
    assert count.eligible == 5000 and count.voters == 2900
    assert count.turnout == pytest.approx(2900 / 5000)
    assert count.complete and [c.votes for c in count.candidates] == [1500, 1382]


def test_a_portal_file_without_its_count_columns_names_them():
    data = b"datum;wahl;ags;gebiet-nr;gebiet-name;A;B;C;D;D1\n"
    with pytest.raises(ResultsFormatError, match=r"open-data shape.*max-schnellmeldungen"):
        parse_count(data, CANDIDATES[:1])


def test_quoted_names_may_hold_the_delimiter_and_windows_line_ends():
    rows = portal_csv(2).decode().replace("Stimmbezirk 001 Altstadt", '"Altstadt; Markt"')
    count = parse_count(rows.replace("\n", "\r\n").encode(), CANDIDATES)
    assert count.areas_counted == 2 and count.valid == sum(d.valid for d in DISTRICTS[:2])


def test_a_list_election_names_its_lists_totals():
    data = (
        b"datum;wahl;ags;gebiet-nr;gebiet-name;max-schnellmeldungen;anz-schnellmeldungen;"
        b"A1;A2;A3;A;B;B1;C;D;D1_summe_liste_kandidaten;D2_summe_liste_kandidaten\n"
        b"21.09.2025;Kreistagswahl;03999000;0;Landkreis Au;50;50;"
        b"70000;9000;0;79000;41000;9000;500;40500;22000;18500\n"
    )
    count = parse_count(data, CANDIDATES[:2])
    assert [c.votes for c in count.candidates] == [22000, 18500]
    assert count.share(22000) == pytest.approx(22000 / 40500)
