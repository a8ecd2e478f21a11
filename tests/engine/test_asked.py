"""An interview answer is about what its question names: asked what somebody said about it, the
answer to that question comes before their other words that merely stand near a line on it."""

from __future__ import annotations

from tests.engine.conftest import engine_over_texts, texts

REPORT = (
    "Von Tim Muster\n"
    "Abel bleibt Bürgermeister von Kranzdorf\n"
    "Lorenz Abel (SPD) hat die Wahl in Kranzdorf gewonnen.\n"
    "„Ich danke allen Helfern“, sagte Abel am Abend im Rathaus.\n"
    "Die Wahlbeteiligung lag bei 34,1 Prozent.\n"
)
INTERVIEW = (
    "Von Tim Muster\n"
    "„Ich räume zuerst mein Büro auf“\n"
    "Lorenz Abel (SPD) bleibt Bürgermeister in Kranzdorf. Ein Gespräch über den Wahlabend.\n"
    "Herr Abel, was machen Sie als Erstes?\n"
    "Ich räume mein Büro auf. Dann sehen wir weiter.\n"
    "Nur jeder Dritte ging zur Wahl. Ärgert Sie das?\n"
    "Ja, das ärgert mich sehr. Ich will mehr Bürgerversammlungen.\n"
    "Was wird aus dem Hafen, Herr Abel?\n"
    "Der Hafen wird saniert, sobald das Geld da ist.\n"
    "Das Gespräch führte Tim Muster.\n"
)


def first_excerpt(tmp_path, config, question: str) -> str:
    night = engine_over_texts(tmp_path, {"bericht": REPORT, "interview": INTERVIEW}, config)
    reply = night.handle_message(f"!frage {question}", dm=True)
    assert reply.status == "ok", texts(reply)
    return reply.excerpts[0].text


def test_what_somebody_said_about_a_topic_is_the_answer_to_the_question_on_it(tmp_path, config):
    """His thanks stand next to the turnout line of the report; his answer to the interviewer's
    question on the turnout (told by what the voters did) never names it, but is what he said
    about it."""
    for question in ("was sagt abel zur wahlbeteiligung", "what did abel say about the turnout"):
        assert "ärgert mich sehr" in first_excerpt(tmp_path, config, question), question


def test_the_figure_asked_for_is_not_an_answer_whose_question_names_it(tmp_path, config):
    excerpt = first_excerpt(tmp_path, config, "wie hoch war die wahlbeteiligung")
    assert "34,1 Prozent" in excerpt
