"""Compound parts: "Wahl" is found in "Stichwahl" and "Wahlsieg" by two binary searches."""

from bot.engine.affixes import AffixIndex


def test_a_part_is_found_at_the_start_and_at_the_end_of_compounds():
    index = AffixIndex.of(["stichwahl", "wahlsieg", "wahl", "zahl", "wahlkampf"])
    assert index.starting_with("wahl") == ["wahl", "wahlkampf", "wahlsieg"]
    assert sorted(index.ending_with("wahl")) == ["stichwahl", "wahl"]
    assert index.starting_with("xyz") == []


def test_the_number_of_hits_is_limited():
    index = AffixIndex.of(f"wahl{i}" for i in range(100))
    assert len(index.starting_with("wahl", limit=5)) == 5
