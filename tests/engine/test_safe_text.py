"""Whatever a user typed, echoed back, pings nobody and breaks no formatting."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.engine.safe_text import (
    clean,
    clip,
    escape_markdown,
    neutralise_mentions,
    one_line,
    safe,
    unescape_markdown,
)


def test_mass_mentions_are_shown_not_sent():
    shown = neutralise_mentions("@everyone und @here")
    assert "@everyone" not in shown and "@here" not in shown
    assert "everyone" in shown and "here" in shown


def test_user_role_channel_and_command_mentions_are_defused():
    shown = neutralise_mentions("<@123> <@!45> <@&67> <#89> </zitat:1> <t:170000:R>")
    for raw in ("<@123>", "<@!45>", "<@&67>", "<#89>", "</zitat:1>", "<t:"):
        assert raw not in shown


def test_plain_angle_brackets_stay_readable():
    assert neutralise_mentions("3 < 5 und <person>") == "3 < 5 und <person>"


def test_markdown_is_escaped():
    shown = escape_markdown("**fett** _kursiv_ `code` ||spoiler|| ~~weg~~")
    assert "**" not in shown.replace("\\*", "")
    assert shown.count("\\*") == 4 and "\\`" in shown and "\\|\\|" in shown


def test_headings_lists_quotes_and_links_at_line_start_are_escaped():
    shown = escape_markdown("# Titel\n- Punkt\n> Zitat\n1. Erstens\n[klick](https://x.invalid)")
    assert shown.splitlines()[:4] == ["\\# Titel", "\\- Punkt", "\\> Zitat", "1\\. Erstens"]
    assert "\\[klick](" in shown


def test_hyphenated_words_stay_as_they_are():
    assert escape_markdown("CDU-Vorsitzende, 22 von 33") == "CDU-Vorsitzende, 22 von 33"


def test_control_and_direction_characters_are_removed():
    assert clean("a\x00b\u202ec\u2066d\ne") == "abcd\ne"


@given(st.text())
def test_any_text_loses_only_control_and_direction_characters(text):
    kept = "".join(
        c for c in text if c in "\n\t" or (unicodedata.category(c) != "Cc" and c not in BIDI)
    )
    assert clean(text) == kept


BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_echoed_input_is_one_short_line_cut_at_a_word_and_marked():
    echoed = one_line("Wer   hat\n die Wahl gewonnen und warum eigentlich nicht", 25)
    assert "\n" not in echoed and len(echoed) <= 25 and echoed.endswith("…")
    assert clip("kurz", 10) == "kurz"


def test_safe_does_everything_at_once():
    assert safe("@everyone **x**") == "@\u200beveryone \\*\\*x\\*\\*"


def test_web_addresses_stay_clickable_and_the_text_around_them_is_escaped():
    address = "https://wahlen.example/OK.VOTE_OB/Open-Data_*1*.csv"
    assert safe(f"Quelle: {address} (a_b)") == f"Quelle: {address} (a\\_b)"
    assert safe("https://x.example/a <@123>_b") == "https://x.example/a <\u200b@123>\\_b"


@given(st.text())
def test_the_console_undoes_exactly_the_markdown_escapes(text):
    assert unescape_markdown(escape_markdown(text)) == text
