"""How query words meet the articles' words: stems, compound parts, synonyms, typos."""

from bot.engine.matching import COMPOUND, SYNONYM, coverage, expansions, match_table, word_term


def test_a_word_matches_its_own_stem_fully(engine):
    assert expansions(engine.index, engine.index.stem("stichwahlen"))["stichwahl"] == 1.0


def test_a_word_matches_compounds_it_is_part_of_at_less_than_full(engine):
    found = expansions(engine.index, "wahl")
    assert found["stichwahl"] == COMPOUND
    assert found["wahlbeteil"] >= COMPOUND


def test_election_synonyms_stand_for_each_other(engine):
    found = expansions(engine.index, engine.index.stem("verloren"))
    assert found[engine.index.stem("niederlage")] == SYNONYM


def test_a_typo_matches_by_edit_distance(engine):
    found = expansions(engine.index, engine.index.stem("herzkamer"))
    assert 0.8 < found[engine.index.stem("herzkammer")] < 1.0


def test_short_words_do_not_hide_in_compounds(engine):
    assert all(len(key) > 2 for key in expansions(engine.index, "rat"))
    assert "zitat" not in expansions(engine.index, "rat")


def test_coverage_is_the_weighted_share_of_the_query_a_unit_matches(engine):
    terms = [word_term(engine.index, "herzkammer"), word_term(engine.index, "xyzzyq")]
    table = match_table(engine.index, terms, context_factor=0.0)
    assert table
    for row in table.values():
        assert row[1] == 0.0
        assert 0 < coverage(terms, row) < 0.5  # the unknown word weighs the most


def test_equally_close_keys_come_in_a_fixed_order(engine):
    found = expansions(engine.index, engine.index.stem("verloren"))
    similarities = list(found.values())
    assert similarities == sorted(similarities, reverse=True)
    for similarity in set(similarities):
        tied = [key for key, s in found.items() if s == similarity]
        assert tied == sorted(tied)


def test_a_number_in_digits_finds_it_in_words(engine):
    """ "die ersten 100 Tage" finds "die ersten hundert Tage"."""
    assert expansions(engine.index, "100").get("hundert") == SYNONYM
