"""A reader asks when the vote was: the lines that tie it to a day, and the date they mean by
the article's own date, never a day the line gives to something else."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over

NIGHT = {
    "rosenau": (  # a report of the morning after, which says only "am Sonntag"
        "Von Ida Beispiel\n"
        "Rosenau hat einen neuen Bürgermeister\n"
        "Der parteilose Kandidat Emil Tannert hat die Stichwahl am Sonntag mit 53,8 Prozent "
        "gewonnen.\n"
        "Tannert dankte seinem Team. Im Rathaus wurde die Stichwahl am Sonntagabend "
        "ausgezählt.\n",
        "publisher: Rosenauer Bote\npublished: 2025-09-29\n",
    ),
    "felsberg": (  # a preview whose weekday is the debate's, whose date is the vote's
        "Von Ole Muster\n"
        "Das Duell vor der Stichwahl in Felsberg\n"
        "Vor der Stichwahl um das Rathaus in Felsberg trafen am Donnerstagabend die beiden "
        "Bewerber im Bürgerhaus aufeinander.\n"
        "Die Stichwahl findet am 28. September statt.\n",
        "publisher: Felsberger Anzeiger\npublished: 2025-09-26\n",
    ),
    "kirchdorf": (  # a result with no day at all
        "Kirchdorf: Lene Hausmann gewinnt die Stichwahl\n"
        "In der Stichwahl setzte sich Lene Hausmann (SPD) mit 51,2 Prozent durch.\n",
        "publisher: Kirchdorfer Zeitung\npublished: 2025-09-29\n",
    ),
    "bergheim": (  # a council vote to come, so the index knows the word "Ratswahl"
        "Von Ole Muster\n"
        "Bergheim bereitet die Ratswahl vor\n"
        "Die Ratswahl in Bergheim ist für den Herbst geplant.\n",
        "publisher: Bergheimer Blatt\npublished: 2025-09-29\n",
    ),
    "ortschaftsrat_talbach": (  # the body elected, and a verb bracket around the day
        "Von Ida Beispiel\n"
        "Ortschaftsratswahl: Talbach wählt jünger\n"
        "Die Bürgerinnen und Bürger von Talbach haben am Sonntag in der Turnhalle ihren neuen "
        "Ortschaftsrat gewählt.\n"
        "Die meisten Stimmen erhielt Mara Kessler.\n",
        "publisher: Talbacher Rundschau\npublished: 2025-10-13\n",
    ),
}


@pytest.fixture(scope="module")
def vote_days(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("vote_days"), NIGHT, config)


def test_a_weekday_in_the_report_of_the_next_morning_is_dated_by_the_article(vote_days):
    reply = vote_days.handle_message("!frage Wann war die Stichwahl in Rosenau?")
    assert reply.status == "ok"
    assert reply.text.startswith("Gewählt wurde am Sonntag, 28.09.2025")
    assert [e.text for e in reply.excerpts] == [
        "Der parteilose Kandidat Emil Tannert hat die Stichwahl am Sonntag mit 53,8 Prozent "
        "gewonnen."
    ]


def test_english_readers_get_the_same_day(vote_days):
    reply = vote_days.handle_message("!frage When was the runoff in Rosenau?")
    assert reply.text.startswith("The vote was on Sunday, 2025-09-28")


def test_a_day_the_line_gives_to_something_else_is_not_the_vote(vote_days):
    reply = vote_days.handle_message("!frage wann ist die stichwahl in felsberg")
    assert reply.status == "ok"
    assert [e.text for e in reply.excerpts] == ["Die Stichwahl findet am 28. September statt."]
    assert "Donnerstag" not in reply.text  # the debate's day is never given as the vote's


def test_without_a_day_the_reply_says_so_and_when_the_articles_appeared(vote_days):
    reply = vote_days.handle_message("!frage wann wurde in kirchdorf gewählt")
    assert reply.status == "not_found"
    assert reply.text == "Den Tag der Wahl nennen die Artikel nicht; sie erschienen am 29.09.2025."


def test_a_question_about_a_person_is_not_read_as_the_day_of_the_vote(vote_days):
    reply = vote_days.handle_message("!frage Wann wurde Tannert gewählt?")
    assert not reply.text.startswith("Gewählt wurde am")


def test_until_when_asks_a_deadline_not_the_day_of_the_vote(vote_days):
    reply = vote_days.handle_message("!frage bis wann kann man in rosenau für die stichwahl wählen")
    assert not reply.text.startswith("Gewählt wurde am")


def test_a_line_may_name_the_body_elected_with_the_day_inside_the_verb_bracket(vote_days):
    """ "wann war die Ortschaftsratswahl": the lead says "haben am Sonntag … ihren neuen
    Ortschaftsrat gewählt", the body, not the vote's name, and eight words between the day and
    the verb. Before, the bot said the articles do not name the day; now it gives Sunday by
    the article's date, quoting the lead."""
    reply = vote_days.handle_message("!frage wann war die ortschaftsratswahl in talbach")
    assert reply.status == "ok", reply.text
    assert reply.text.startswith("Gewählt wurde am Sonntag, 12.10.2025")
    assert "ihren neuen Ortschaftsrat gewählt" in reply.excerpts[0].text


def test_a_short_body_is_no_stand_in_for_its_vote(vote_days):
    """ "Ratswahl": "rat" is part of "Rathaus" and "Vorrat", so only a line naming the
    "Ratswahl" itself may give its day; Rosenau's runoff, counted "im Rathaus" on Sunday
    evening, is no answer."""
    reply = vote_days.handle_message("!frage wann war die ratswahl in rosenau")
    assert reply.status == "not_found", reply.text


def test_a_runoff_in_so_many_weeks_is_its_day(tmp_path, config):
    """ "Die Stichwahl findet in zwei Wochen statt": a day told from the article's own answers
    "when is the runoff" (quoted as the line gives it; no date is worked out)."""
    articles = {
        "vorn": (
            "Musterkreis\nStichwahl nötig\nBei der Landratswahl im Musterkreis liegt Anna Probe "
            "vorn.\nDie Stichwahl findet in zwei Wochen statt.\n",
            "title: Stichwahl nötig\npublished: 2026-04-26\n",
        ),
    }
    engine = engine_over(tmp_path, articles, config)
    for question in ("when is the runoff", "wann ist die stichwahl"):
        reply = engine.handle_message(question, dm=True)
        assert reply.status == "ok", question
        assert any("in zwei Wochen" in excerpt.text for excerpt in reply.excerpts), question


DIGEST = {
    "kurz_notiert": (
        "Kurz notiert: Der Wahlsonntag im Kreis\n"
        "Drei Meldungen vom Wahlabend.\n"
        "Moorfeld: Bürgermeisterin Ute Kessler (SPD) wurde mit 71,0 Prozent wiedergewählt.\n"
        "Ellerhagen: Noch ist nichts entschieden. Jan Brede (CDU) kam auf 44,2 Prozent, Rita "
        "Sommer (Grüne) auf 38,9 Prozent. Die Stichwahl zwischen den beiden findet am 6. "
        "Dezember statt.\n"
        "Kreis: Landrat Otto Beispiel dankte den Wahlhelfern.\n",
        "title: 'Kurz notiert: Der Wahlsonntag im Kreis'\npublished: 2026-11-23\n",
    ),
    "moorfeld_haushalt": (
        "Moorfeld streitet über den Haushalt\nDer Gemeinderat tagt am Dienstag.\n",
        "title: Moorfeld streitet über den Haushalt\npublished: 2026-11-20\n",
    ),
}


def test_a_runoff_in_a_digest_item_is_dated_by_the_item_that_heads_the_town(tmp_path, config):
    """A digest heads each town's item with its name and a colon; the reader asks when the
    runoff there is. The item says "Die Stichwahl zwischen den beiden findet am 6. Dezember
    statt": five words from the vote to its day, inside "findet … statt"."""
    engine = engine_over(tmp_path, DIGEST, config)
    reply = engine.handle_message("wann ist die stichwahl in ellerhagen", dm=True)
    assert reply.status == "ok", reply.text
    assert "am 6. Dezember statt" in reply.excerpts[0].text


MORNING_AFTER = {
    "lindhagen": (  # the lead says "am Sonntag" with no word of voting; the vote comes later
        "Von Ida Beispiel\n"
        "Am Sonntag erlebte das Rathaus von Lindhagen einen langen Abend voller Jubel.\n"
        "Die Grünen-Kandidatin Jana Wolter setzte sich in der Stichwahl mit 52,4 Prozent "
        "durch.\n",
        "publisher: Lindhagener Bote\npublished: 2025-09-29\n",
    ),
    "vorschau": (  # a preview whose lead's weekday is still to come
        "Von Ole Muster\n"
        "Am Sonntag wird in Brunnfeld ein neuer Bürgermeister bestimmt, drei Bewerber treten an.\n"
        "Die Bürgermeisterwahl ist die erste seit zwölf Jahren.\n",
        "publisher: Brunnfelder Anzeiger\npublished: 2025-09-26\n",
    ),
}


@pytest.fixture(scope="module")
def morning_after(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("morning_after"), MORNING_AFTER, config)


def test_the_lead_of_the_report_gives_the_day_when_no_line_of_the_vote_does(morning_after):
    """ "Am Sonntag erlebte das Rathaus …" opens the paper of Monday about the runoff: the day
    a report puts first is the day of what it reports, dated by the article's own date."""
    reply = morning_after.handle_message("!frage wann wurde in lindhagen gewählt")
    assert reply.status == "ok", reply.text
    assert reply.text.startswith("Gewählt wurde am Sonntag, 28.09.2025")
    assert reply.excerpts[0].text.startswith("Am Sonntag erlebte das Rathaus")


def test_a_lead_that_names_a_day_to_come_dates_nothing(morning_after):
    reply = morning_after.handle_message("!frage wann wurde in brunnfeld gewählt")
    assert not reply.text.startswith("Gewählt wurde am")


def test_a_runoff_is_not_dated_by_the_lead_of_a_first_round_report(morning_after):
    """The lead's day is the day of what the report reports; asked for one vote by name, only
    a line naming that vote gives its day."""
    reply = morning_after.handle_message("!frage wann war die stichwahl in lindhagen")
    assert not reply.text.startswith("Gewählt wurde am")
