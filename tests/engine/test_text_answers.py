"""Searching the text, its facts, and topics: `!suche`, `!fakten`, `!stichwahlen`, `!word`."""

from dataclasses import replace

import pytest

from bot.config import Topic
from bot.corpus.extract import extract
from bot.corpus.reading import parse_article
from bot.engine.engine import Engine
from bot.engine.render import render_text
from tests.engine.conftest import texts


@pytest.mark.parametrize("command", ["!search Herzkamer", "!suche Herzkamer", "!suche herzkammer"])
def test_search_forgives_typos_and_finds_every_place(engine, command):
    reply = engine.handle_message(command)
    assert (reply.status, reply.command) == ("ok", "search")
    assert len(reply.excerpts) == 2
    assert all("Herzkammer der Sozialdemokratie" in t for t in texts(reply))
    assert {e.line for e in reply.excerpts} == {3, 17}


def test_search_finds_the_words_inside_compounds(engine):
    reply = engine.handle_message("!suche Beteiligung")
    assert reply.status == "ok"
    assert any("Wahlbeteiligung" in t for t in texts(reply))


def test_search_shows_a_sentence_once_even_if_it_is_also_a_fact(engine):
    reply = engine.handle_message("!suche Stichwahlen gewonnen")
    places = [(e.line, e.text) for e in reply.excerpts]
    assert len(places) == len(set(places))
    assert all(e.kind != "fact" for e in reply.excerpts)


def test_search_labels_reader_comments_and_ranks_them_last(muster):
    reply = muster.handle_message("!suche gewonnen")
    assert reply.status == "ok"
    sources = [e.source for e in reply.excerpts]
    assert "comment" in sources
    assert sources == sorted(sources, key=lambda s: s == "comment")


def test_a_reader_comment_stands_in_the_comment_section_not_under_the_last_heading(muster):
    (comment,) = [e for e in muster.handle_message("!suche Piraten").excerpts]
    assert comment.source == "comment" and comment.section == "Kommentare"
    assert "Abschnitt „Kommentare“" in render_text(muster.handle_message("!suche Piraten"), "de")[0]


def test_search_for_nothing_in_the_articles_says_so(engine):
    reply = engine.handle_message("!suche Atomkraftwerk")
    assert reply.status == "not_found" and reply.excerpts == ()
    assert "Atomkraftwerk" in reply.text


def test_search_needs_words(engine):
    assert engine.handle_message("!suche").status == "usage"


@pytest.mark.parametrize("command", ["!facts", "!fakten"])
def test_facts_lists_the_checkable_facts_in_article_order(engine, command):
    reply = engine.handle_message(command)
    assert reply.status == "ok"
    assert all(e.kind == "fact" for e in reply.excerpts)
    lines = [e.line for e in reply.excerpts]
    assert lines == sorted(lines)
    assert any("22 von 33 Stichwahlen" in t for t in texts(reply))


def test_facts_on_a_topic_are_only_the_matching_facts(muster):
    reply = muster.handle_message("!fakten Wahlbeteiligung")
    assert texts(reply) == ["Die Wahlbeteiligung lag bei 41 Prozent."]
    assert muster.handle_message("!fakten beteiligung").excerpts == reply.excerpts  # topic name


def test_facts_on_a_topic_the_articles_lack_say_so(muster):
    reply = muster.handle_message("!fakten Atomkraft")
    assert reply.status == "not_found" and "Atomkraft" in reply.text


def test_stichwahlen_answers_with_the_runoff_facts_and_their_sources(engine):
    reply = engine.handle_message("!stichwahlen")
    assert (reply.status, reply.command) == ("ok", "stichwahlen")
    assert 1 <= len(reply.excerpts) <= 5
    top = reply.excerpts[0]
    assert "22 von 33 Stichwahlen gewonnen" in top.text
    assert (top.article, top.line, top.source) == (
        "2025-09-29_dortmund_stichwahl_rathaus",
        9,
        "article",
    )
    assert any("Kalouti" in t or "Sieg" in t for t in texts(reply)[1:])
    assert all(e.source == "article" for e in reply.excerpts)


def test_every_configured_topic_answers_from_the_articles(engine):
    for spec in engine.command_specs():
        if spec.is_topic:
            reply = engine.handle_message(f"!{spec.name}")
            assert reply.status == "ok", spec.name
            assert reply.command == spec.name


def test_a_topic_of_the_config_works_on_another_article_too(muster):
    reply = muster.handle_message("!stichwahl")
    assert reply.status == "ok"
    assert "Jürgen Meier gewinnt mit 54 Prozent" in reply.excerpts[0].text


def test_an_unknown_word_the_articles_know_well_is_answered_as_a_topic(engine):
    reply = engine.handle_message("!herzkammer")
    assert reply.status == "ok"
    assert all("Herzkammer" in t for t in texts(reply))
    assert reply.title == "Thema: Herzkammer"  # typed in lower case, titled as a noun


def test_an_unknown_word_close_to_a_command_suggests_it(engine):
    reply = engine.handle_message("!zitatt Westphal")
    assert reply.status == "not_found" and reply.excerpts == ()
    assert reply.suggestions[0] == "!zitat"


def test_an_unknown_word_the_articles_lack_points_to_help(engine):
    reply = engine.handle_message("!merz")
    assert reply.status == "not_found" and reply.excerpts == ()
    assert "!hilfe" in reply.text


def test_a_topic_leads_with_substance_and_shows_a_question_with_its_answer(config):
    text = (
        "\nVon Ida Probe\n"
        "Wir haben uns umgehört, was die Leute in Hagen zur Wahl sagen.\n"
        "Warum verlor Eva Stern die Wahl? Die Wahl verlor sie wegen der geringen Beteiligung.\n"
        "Eva Stern (SPD) verlor die Wahl mit 45 Prozent.\n"
    )
    article = extract(parse_article(text, article_id="hagen", path="hagen.txt"))
    topics = (Topic("wahl", "Wahl verlor", "Die Wahl"),)
    reply = Engine([article], replace(config, topics=topics)).handle_message("!wahl")
    shown = texts(reply)
    assert shown[0] == "Eva Stern (SPD) verlor die Wahl mit 45 Prozent."  # the fact
    assert shown[-1].startswith("Wir haben uns umgehört")  # the writer's framing, last
    assert "Warum verlor Eva Stern die Wahl? Die Wahl verlor sie wegen der geringen " in shown[1]
    assert not any(t.startswith("Die Wahl verlor sie") for t in shown)  # not shown twice
