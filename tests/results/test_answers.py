"""A reader types `!ergebnis` or asks about votes and turnout: the official count answers with its
numbers, its state (provisional or final), its time and its source; what it cannot answer is
left to the articles."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import default_config
from bot.engine.engine import Engine
from bot.results.store import ResultsStore
from tests.engine.conftest import musterstadt_article
from tests.results.conftest import CANDIDATES, DISTRICTS, District, lindenau, portal_csv

NAME = "Bürgermeisterwahl Lindenau"


def german(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + " %"


@pytest.fixture
def config(tmp_path: Path):
    return replace(default_config(), cache_dir=tmp_path / "cache", results=(lindenau(),))


def engine_with(config, reported: int | None, districts=DISTRICTS) -> Engine:
    store = ResultsStore(config.results)
    if reported is not None:
        store.take(NAME, portal_csv(reported, districts))
    return Engine([musterstadt_article()], config, results=store)


def test_without_results_configured_the_command_says_how_to_set_them_up():
    engine = Engine([musterstadt_article()], default_config())
    reply = engine.handle_message("!ergebnis")
    assert reply is not None and reply.status == "usage"
    assert "results:" in reply.text and "!fakten" in reply.text
    assert reply == engine.handle_message("!results")


def test_a_partial_count_shows_every_number_marked_provisional(config):
    reply = engine_with(config, 2).handle_message("!ergebnis")
    assert reply is not None and reply.status == "ok"
    assert reply.title == f"Ergebnis: {NAME}"
    counted = DISTRICTS[:2]
    valid = sum(d.valid for d in counted)
    for k, candidate in enumerate(CANDIDATES):
        votes = sum(d.votes[k] for d in counted)
        line = f"{candidate.name} ({candidate.party}): {german(votes)} Stimmen · "
        assert line + percent(votes, valid) in reply.text
    voters = sum(d.voters for d in counted)
    eligible = sum(d.eligible for d in counted)
    assert "Vorläufig: Hanna Vogt (SPD) vorn mit" in reply.text
    assert f"Wahlbeteiligung: {percent(voters, eligible)}" in reply.text
    assert f"({german(voters)} von {german(eligible)} Wahlberechtigten)" in reply.text
    assert f"Ungültige Stimmen: {sum(d.invalid for d in counted)}" in reply.text
    assert "Ausgezählt: 2 von 4 Stimmbezirken – noch nicht alle" in reply.text
    assert "Stand: " in reply.text and "Quelle: " in reply.text
    assert len(reply.images) == 1 and Path(reply.images[0]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert json.loads(json.dumps(reply.to_json()))["images"] == list(reply.images)


def test_a_final_count_without_absolute_majority_says_so(config):
    reply = engine_with(config, 4).handle_message("!ergebnis Lindenau")
    assert reply is not None
    valid = sum(d.valid for d in DISTRICTS)
    hanna = sum(d.votes[0] for d in DISTRICTS)
    assert hanna / valid < 0.5
    assert f"Vorn: Hanna Vogt (SPD) mit {percent(hanna, valid)} – keine absolute Mehrheit" in (
        reply.text
    )
    assert "Ausgezählt: 4 von 4 Stimmbezirken\n" in reply.text
    assert "Vorläufig" not in reply.text


def test_a_runoff_has_a_winner_and_english_words_when_configured(config):
    runoff = tuple(
        District(d.name, d.eligible, d.voters, d.postal, d.invalid, d.votes[:2]) for d in DISTRICTS
    )
    config = replace(config, language="en", results=(lindenau(candidates=CANDIDATES[:2]),))
    reply = engine_with(config, 4, runoff).handle_message("!results lindenau")
    assert reply is not None
    hanna = sum(d.votes[0] for d in runoff)
    valid = sum(d.valid for d in runoff)
    share = f"{100 * hanna / valid:.1f}%"
    assert f"Won: Hanna Vogt (SPD) with {share}" in reply.text
    assert f"Hanna Vogt (SPD): {hanna:,} votes · {share}" in reply.text


def test_an_unknown_place_names_the_elections_there_are(config):
    reply = engine_with(config, 1).handle_message("!ergebnis Berlin")
    assert reply is not None and reply.status == "not_found"
    assert "„Berlin“" in reply.text and "Bürgermeisterwahl Lindenau (Lindenau)" in reply.text


def test_before_the_first_reading_and_after_a_broken_one(config):
    engine = engine_with(config, None)
    waiting = engine.handle_message("!ergebnis")
    assert waiting is not None and "Noch keine Zahlen gelesen" in waiting.text
    engine.results.take(NAME, portal_csv(1))
    engine.results.take(NAME, b"kaputt\n")
    reply = engine.handle_message("!ergebnis")
    assert reply is not None and "Ausgezählt: 1 von 4" in reply.text
    assert "Achtung: Die letzte Abfrage ging schief" in reply.text and "bad header" in reply.text


def test_questions_about_votes_and_turnout_are_answered_from_the_count(config):
    engine = engine_with(config, 3)
    counted = DISTRICTS[:3]
    valid = sum(d.valid for d in counted)
    jonas = sum(d.votes[1] for d in counted)
    reply = engine.handle_message("Wie viele Stimmen hat Jonas Brandt bekommen?", dm=True)
    assert reply is not None and reply.command == "ask"
    assert (
        f"Jonas Brandt (CDU) hat {german(jonas)} Stimmen bekommen, {percent(jonas, valid)} der "
        "gültigen Stimmen." in reply.text
    )
    assert "Vorläufig: 3 von 4 Stimmbezirken ausgezählt." in reply.text
    assert f"Quelle: amtliches Ergebnis „{NAME}“" in reply.text
    turnout = engine.handle_message("!wie hoch war die Wahlbeteiligung in Lindenau?")
    voters = sum(d.voters for d in counted)
    eligible = sum(d.eligible for d in counted)
    assert turnout is not None and percent(voters, eligible) in turnout.text
    assert "Quelle: amtliches Ergebnis" in turnout.text


def test_what_the_count_does_not_hold_is_left_to_the_articles(config):
    engine = engine_with(config, 3)
    other_town = engine.handle_message("Wie hoch war die Wahlbeteiligung?", dm=True)
    assert other_town is not None and "amtliches Ergebnis" not in other_town.text
    assert other_town.excerpts and "41 Prozent" in other_town.excerpts[0].text
    not_standing = engine.handle_message("Wie viele Stimmen hat Sabine Maier bekommen?", dm=True)
    assert not_standing is not None and "amtliches Ergebnis" not in not_standing.text
    nothing_yet = engine_with(config, 0)
    reply = nothing_yet.handle_message("Wie viele Stimmen hat Jonas Brandt bekommen?", dm=True)
    assert reply is not None and "amtliches Ergebnis" not in reply.text


def test_slash_autocomplete_offers_the_places(config):
    engine = engine_with(config, 1)
    assert engine.complete("election", "lin") == ["Lindenau"]


def test_several_elections_are_listed_in_brief(config):
    kreis = lindenau(name="Landratswahl Kreis Au", place="Kreis Au")
    config = replace(config, results=(lindenau(), kreis))
    engine = engine_with(config, 2)
    reply = engine.handle_message("!ergebnis")
    assert reply is not None and reply.status == "ok" and not reply.images
    lines = reply.text.splitlines()
    assert lines[0].startswith(f"{NAME} (Lindenau): Vorläufig: Hanna Vogt (SPD) vorn")
    assert lines[0].endswith("Ausgezählt: 2 von 4 Stimmbezirken – noch nicht alle")
    assert lines[1] == "Landratswahl Kreis Au (Kreis Au): " + (
        "Noch keine Zahlen gelesen – die Quelle wird alle 60 s abgefragt."
    )
    assert "Mehr zu einer Wahl: !ergebnis Lindenau" in reply.text


def test_a_party_or_an_english_question_finds_its_candidate(config):
    engine = engine_with(config, 4)
    mira = sum(d.votes[2] for d in DISTRICTS)
    reply = engine.handle_message("Wie viele Stimmen haben die Grünen bekommen?", dm=True)
    assert reply is not None and f"Mira Keller (GRÜNE) hat {mira} Stimmen" in reply.text
    english = replace(config, language="en")
    reply = engine_with(english, 4).handle_message("How many votes did Keller get?", dm=True)
    assert reply is not None and f"Mira Keller (GRÜNE) got {mira} votes" in reply.text
    assert "All 4 polling districts are counted." in reply.text
