"""A reader asks where the vote was: the report's lead, which names its town in the dateline
or its first sentence, never a line that only uses the word "gewählt"."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over

NIGHT = {
    "bericht": (
        "Von Ida Beispiel\n"
        "ESCHENAU. Am Sonntag hat die Kleinstadt am Fluss eine neue Bürgermeisterin bekommen.\n"
        "Die Bürgermeisterwahl gewann Hanne Roloff (SPD) mit 55,1 Prozent.\n"
        "„Ich bin froh, dass so viele gewählt haben“, sagte Roloff im Rathaus.\n",
        "publisher: Eschenauer Bote\npublished: 2026-03-16\n",
    ),
    "gemeinderat": (
        "Von Ole Muster\n"
        "Tannbach (eph) – Der Gemeinderat hat am Dienstag über den neuen Kindergarten beraten.\n"
        "Eine Entscheidung soll im Mai fallen.\n",
        "publisher: Tannbacher Blatt\npublished: 2026-03-18\n",
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("vote_place"), NIGHT, config)


@pytest.mark.parametrize("question", ["wo wurde gewählt", "wo war die bürgermeisterwahl"])
def test_where_the_vote_was_is_the_lead_of_its_report(night, question):
    reply = night.handle_message(f"!frage {question}")
    assert reply.status == "ok", reply.text
    assert reply.text.startswith("Gewählt wurde in Eschenau, so die Ortsmarke der Berichte.")
    assert [e.text for e in reply.excerpts] == [
        "Am Sonntag hat die Kleinstadt am Fluss eine neue Bürgermeisterin bekommen."
    ]


def test_an_article_that_tells_of_no_vote_is_no_answer_to_where(night):
    reply = night.handle_message("!frage wo wurde gewählt")
    assert all("Kindergarten" not in e.text for e in reply.excerpts)
