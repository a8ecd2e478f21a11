"""A reader asks about what somebody said in an interview: the answer is the line after the
interviewer's question, which is the line whose words match the reader's."""

from __future__ import annotations

from tests.engine.conftest import engine_over_texts, texts

INTERVIEW = (
    "Von Lena Probst\n"
    "„Zuerst kommt die Brücke“\n"
    "Karl Wendeborn (SPD) hat die Stichwahl in Seltenbach gewonnen. Ein Gespräch über den "
    "Wahlabend und seine Pläne.\n"
    "Herr Wendeborn, was steht als Erstes auf Ihrer Liste?\n"
    "Die Brücke über die Selte. Sie ist seit zwei Jahren gesperrt.\n"
    "Wer hat Sie politisch geprägt, Herr Wendeborn?\n"
    "Meine Großmutter. Sie saß 30 Jahre im Gemeinderat.\n"
    "Das Gespräch führte Lena Probst.\n"
)
REPORT = (
    "Seltenbacher Haushalt beschlossen\n"
    "Seltenbach – Der Gemeinderat hat am Dienstag den Haushalt beschlossen. Kämmerin Ute "
    "Lindner sprach von einem soliden Plan.\n"
)


def test_a_question_in_an_interview_is_answered_by_the_line_below_it(tmp_path, config):
    """The reader's words match the interviewer's "Wer hat Sie politisch geprägt, Herr
    Wendeborn?"; the answer shown is his line below it, not the question again."""
    night = engine_over_texts(tmp_path, {"interview": INTERVIEW, "haushalt": REPORT}, config)
    reply = night.handle_message("!frage wer hat wendeborn politisch geprägt", dm=True)
    assert reply.status == "ok", texts(reply)
    assert "Meine Großmutter" in reply.excerpts[0].text, texts(reply)
    assert not any("Wer hat Sie politisch" in t for t in texts(reply)), texts(reply)
