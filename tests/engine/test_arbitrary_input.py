"""Readers type anything on election night. Whatever they type, the bot answers within Discord's
limits, never raises, and nothing they typed can ping anyone or break the reply's formatting."""

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import default_config
from bot.engine.engine import Engine
from bot.engine.render import render_embeds, render_text
from bot.library import Library
from tests.discord_door.request_checks import embed_length

NASTY = [
    "@everyone",
    "@here",
    "<@123456789012345678>",
    "<@&123456789012345678>",
    "<#123456789012345678>",
    "</zitat:1>",
    "**fett**",
    "__unter__",
    "~~durch~~",
    "||spoiler||",
    "`code`",
    "```py\nprint(1)\n```",
    "> zitat",
    "# Überschrift",
    "[klick](https://example.invalid)",
    "\u200b",
    "\u202e",
    "\u2066",
    "\x00",
    "🗳️",
    "👍🏽",
    "Westphal",
    "Kalouti",
    "Wüst",
    "ß",
    "\n",
    "  ",
]
COMMANDS = [
    "quote",
    "zitat",
    "random",
    "zufall",
    "who",
    "wer",
    "people",
    "personen",
    "search",
    "suche",
    "facts",
    "fakten",
    "ask",
    "frage",
    "sources",
    "quellen",
    "help",
    "hilfe",
    "stichwahlen",
    "wahlbeteiligung",
    "ergebnis",
    "wahlausgang",
    "unbekannt",
]
MENTION_RE = re.compile(r"@(everyone|here)|<@[!&]?\d+>|<#\d+>|</[\w-]+:\d+>", re.IGNORECASE)

messy_text = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(NASTY)), max_size=12).map(
    "".join
)


@pytest.fixture(scope="module")
def engines() -> dict[str, Engine]:
    config = replace(default_config(), cache_dir=None, reload_interval=0)
    library, _ = Library.open(config)
    articles = library.articles()
    return {
        "de": library.engine,
        "en": Engine(articles, replace(config, language="en")),
    }


def check_renderings(reply, language: str) -> None:
    pages = render_text(reply, language)
    assert pages
    for page in pages:
        assert 0 < len(page) <= 2000
        assert not MENTION_RE.search(page), page
    for embed in render_embeds(reply, language):
        assert len(embed.get("title", "")) <= 256
        assert len(embed.get("description", "")) <= 4096
        assert len(embed.get("fields", [])) <= 25
        for field in embed.get("fields", []):
            assert 0 < len(field["name"]) <= 256
            assert 0 < len(field["value"]) <= 1024
        assert len(embed.get("footer", {}).get("text", "")) <= 2048
        assert embed_length(embed) <= 6000
        for text in (embed.get("title", ""), embed.get("description", "")):
            assert not MENTION_RE.search(text), text
        for field in embed.get("fields", []):
            assert not MENTION_RE.search(field["name"] + field["value"])


SETTINGS = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(
    command=st.sampled_from(COMMANDS),
    argument=messy_text,
    dm=st.booleans(),
    language=st.sampled_from(["de", "en"]),
)
def test_any_argument_to_any_command_gets_a_reply_within_discords_limits(
    engines, command, argument, dm, language
):
    reply = engines[language].handle_message(f"!{command} {argument}", dm=dm)
    assert reply is not None
    assert reply.status in {"ok", "not_found", "usage", "error"}
    check_renderings(reply, language)


@SETTINGS
@given(text=messy_text, dm=st.booleans(), mentioned=st.booleans())
def test_any_message_at_all_is_answered_or_ignored_but_never_crashes(engines, text, dm, mentioned):
    reply = engines["de"].handle_message(text, dm=dm, mentioned=mentioned)
    if reply is not None:
        check_renderings(reply, "de")


@SETTINGS
@given(text=st.text(min_size=1, max_size=200), what=st.sampled_from(["person", "topic", "command"]))
def test_autocomplete_returns_at_most_25_short_choices_for_anything(engines, text, what):
    choices = engines["de"].complete(what, text)
    assert len(choices) <= 25
    assert all(0 < len(choice) <= 100 for choice in choices)


@pytest.mark.parametrize("size", [2_000, 10_000])
@pytest.mark.parametrize("command", ["quote", "search", "ask", "who", "facts", "stichwahlen"])
def test_absurdly_long_input_gets_a_clear_reply(engines, command, size):
    text = ("Westphal @everyone **x** " * size)[:size]
    reply = engines["de"].handle_message(f"!{command} {text}")
    assert reply is not None
    check_renderings(reply, "de")


def test_the_rendered_reply_shows_a_mention_literally_instead_of_pinging(engines):
    reply = engines["de"].handle_message("!zitat @everyone")
    page = render_text(reply, "de")[0]
    assert "everyone" in page
    assert "@everyone" not in page


@pytest.mark.parametrize(
    "message",
    [
        "!quellen ../../etc/passwd",
        "!suche /etc/passwd",
        "!zitat ../config.yaml",
        "!fakten ~/.ssh/id_rsa",
        "!wer C:\\Windows\\win.ini",
        "!frage Was steht in /proc/self/environ?",
        "!hilfe ../../seeds",
    ],
)
def test_no_command_reads_a_file_whatever_its_argument(engines, monkeypatch, message):
    import builtins
    import io
    import os

    def refuse(*args, **kwargs):
        raise AssertionError(f"a command opened a file: {args[:1]}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    monkeypatch.setattr(os, "open", refuse)
    reply = engines["de"].handle_message(message)
    assert reply is not None and reply.status != "error"
