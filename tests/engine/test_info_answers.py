"""`!quellen` tells what was read; `!hilfe` explains every command in the reader's language."""

from dataclasses import replace

import pytest

from bot.corpus.extract import extract
from bot.engine.engine import Engine
from tests.engine.conftest import musterstadt_article


@pytest.mark.parametrize("command", ["!sources", "!quellen"])
def test_sources_lists_each_article_with_publisher_authors_date_and_counts(engine, command):
    reply = engine.handle_message(command)
    assert reply.status == "ok"
    (line,) = reply.text.splitlines()
    assert "Nordstadtblogger" in line and "Lukas Pazzini" in line and "29.09.2025" in line
    assert "Zitate" in line and "Personen" in line


def test_sources_shows_the_title_and_names_an_untitled_article_by_its_file_last(engine, config):
    (line,) = engine.handle_message("!quellen").text.splitlines()
    assert line.startswith("Nordstadtblogger · Lukas Pazzini")
    assert "· Datei 2025-09-29_dortmund_stichwahl_rathaus:" in line
    titled = replace(musterstadt_article(), title="Meier gewinnt in Musterstadt")
    (line,) = Engine([titled], config).handle_message("!quellen").text.splitlines()
    assert line.startswith("Meier gewinnt in Musterstadt · Musterblatt · Erika Beispiel · 29.09")
    assert "musterstadt" not in line.removeprefix("Meier gewinnt in Musterstadt")


@pytest.mark.parametrize("command", ["!help", "!hilfe"])
def test_help_lists_every_command_with_its_german_word_and_the_topics(engine, command):
    reply = engine.handle_message(command)
    assert reply.status == "ok"
    for word in ("!zitat [person]", "!wer <person>", "!suche <text>", "!frage <frage>"):
        assert word in reply.text
    assert "Themen: !stichwahlen, !wahlbeteiligung, !wahlausgang, !gruende" in reply.text


def test_help_on_one_command_names_both_words_and_the_usage_once(engine):
    reply = engine.handle_message("!hilfe quote")
    assert reply.title == "Hilfe: !zitat [person]"
    assert "Auch: !quote" in reply.text
    assert "!zitat [person]" not in reply.text  # the title says it


def test_help_in_english_uses_the_english_words(engine_en):
    reply = engine_en.handle_message("!help")
    assert "!quote [person]" in reply.text and "!who <person>" in reply.text


def test_help_on_an_unknown_command_suggests_near_ones(engine):
    reply = engine.handle_message("!hilfe zitt")
    assert reply.status == "not_found" and "!zitat" in reply.suggestions


def test_sources_links_each_article_read_from_the_web(config):
    url = "https://musterstadt-bote.example/wahl/stichwahl-100.html"
    article = extract(replace(musterstadt_article(), title="Meier gewinnt", url=url))
    (line,) = Engine([article], config).handle_message("!quellen").text.splitlines()
    assert line.startswith("Meier gewinnt · ")
    assert line.endswith(f" <{url}>")
