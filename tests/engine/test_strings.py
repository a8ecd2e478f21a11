"""The bot's own words exist in German and English, and fill in the same blanks."""

import string

from bot.engine.strings import STRINGS, count, format_date, join_list, say


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys_with_the_same_blanks():
    assert STRINGS["de"].keys() == STRINGS["en"].keys()
    for key, german in STRINGS["de"].items():
        assert _fields(german) == _fields(STRINGS["en"][key]), key


def test_counted_nouns_have_a_singular_and_a_plural():
    assert count("de", "n_quotes", 1) == "1 wörtliches Zitat"
    assert count("de", "n_quotes", 3) == "3 wörtliche Zitate"
    assert count("en", "n_people", 2) == "2 people"


def test_lists_and_dates_read_naturally():
    assert join_list("de", ["A", "B", "C"]) == "A, B und C"
    assert join_list("en", ["A", "B"]) == "A and B"
    assert format_date("2025-09-29", "de") == "29.09.2025"
    assert format_date("2025-09-29", "en") == "2025-09-29"


def test_an_unknown_language_falls_back_to_german():
    assert say("fr", "title_help") == "Hilfe"
