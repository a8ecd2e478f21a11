"""Articles can carry characters that fool the eye; reading removes the invisible ones, and a
name that mixes alphabets is told apart from the one it imitates."""

import random
from dataclasses import replace
from pathlib import Path

from bot.config import default_config
from bot.corpus.loading import build_article
from bot.corpus.lookalikes import mixed_scripts, visible_text
from bot.engine.engine import Engine

ZWSP, RLO, PDF = "\u200b", "\u202e", "\u202c"
CYRILLIC_E = "\u0435"
TRICKS = (
    "Von Jonas Muster\n"
    f"In Hagen hat die Stichwahl einen Sieger. Anna Sch{ZWSP}midt (SPD) gewann deutlich.\n"
    f"„Das ist ein guter Abend für Hagen“, sagte Anna Sch{ZWSP}midt am Sonntag.\n"
    "Friedrich Merz (CDU) gratulierte. „Ein verdienter Sieg“, sagte Merz.\n"
    f"Auch Friedrich M{CYRILLIC_E}rz (CDU) meldete sich. „Alles war manipuliert“, sagte "
    f"M{CYRILLIC_E}rz.\n"
    f"Der Kandidat Jan {RLO}redienhcS{PDF} (FDP) sagte: „Wir machen weiter.“\n"
)


def engine_over(text: str) -> Engine:
    article, _ = build_article(Path("hagen.txt"), text.encode("utf-8"), None)
    config = replace(default_config(), cache_dir=None, reload_interval=0)
    return Engine((article,), config, rng=random.Random(1))


def test_invisible_characters_are_removed_and_letters_kept():
    assert visible_text(f"Anna Sch{ZWSP}midt") == "Anna Schmidt"
    assert visible_text(f"{RLO}redienhcS{PDF}") == "redienhcS"
    assert (
        visible_text("Jürgen Müller-Lüdenscheidt – „Wir“") == "Jürgen Müller-Lüdenscheidt – „Wir“"
    )


def test_a_name_mixing_alphabets_is_detected_and_a_plain_one_is_not():
    assert mixed_scripts(f"Friedrich M{CYRILLIC_E}rz") == ("LATIN", "CYRILLIC")
    assert mixed_scripts("Friedrich Merz") == ()
    assert mixed_scripts("Владимир Путин") == ()  # one alphabet, if not Latin, is a name too
    assert mixed_scripts("Ömer Çelik-Åström") == ()


def test_a_zero_width_space_does_not_cut_a_name_short():
    engine = engine_over(TRICKS)
    listing = engine.handle_message("!personen", dm=False).text
    assert "Anna Schmidt" in listing and "Anna Sch," not in listing and ZWSP not in listing
    assert engine.handle_message("!wer Anna Schmidt", dm=False).status == "ok"


def test_no_direction_control_reaches_a_reply():
    engine = engine_over(TRICKS)
    for command in ("!personen", "!suche weiter", "!zitat Jan"):
        reply = engine.handle_message(command, dm=False)
        shown = reply.text + "".join(e.text for e in reply.excerpts)
        assert RLO not in shown and PDF not in shown


def test_a_lookalike_name_is_listed_apart_and_marked_as_mixing_scripts():
    engine = engine_over(TRICKS)
    listing = engine.handle_message("!personen", dm=False).text
    lookalike = f"Friedrich M{CYRILLIC_E}rz"
    assert "Friedrich Merz," in listing  # the real one, unmarked
    assert f"{lookalike} ⚠ (Name mischt Schriften: Latin + Cyrillic)" in listing
    who = engine.handle_message(f"!wer {lookalike}", dm=False).text
    assert "Latin + Cyrillic" in who
    assert "Latin" not in engine.handle_message("!wer Friedrich Merz", dm=False).text
