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


DEBATE = (
    "Von Jonas Beispiel\n"
    "Zwei Stunden Klartext vor der Landratswahl\n"
    "Gut 200 Zuhörer kamen ins Studio. Moderatorin Ina Probe eröffnete die Runde mit der "
    "Frage, die viele im Kreis umtreibt: "
    "„Warum fährt in Nordwald nach 20 Uhr kein Zug mehr?“\n"
    "Landrat Paul Muster antwortete als Erster. „Weil das Land die Mittel gekürzt hat“, sagte er.\n"
    "Die Landratswahl findet am 8. Mai statt.\n"
)


def test_a_quoted_question_ending_a_line_is_answered_by_the_line_below_it(tmp_path, config):
    """A report quotes the moderator's question at the end of a line ("?“"); the reader asking
    it in other words gets the answer below, not the question again. The sentence before it
    on that line asks nothing and answers for itself."""
    night = engine_over_texts(tmp_path, {"debatte": DEBATE}, config)
    reply = night.handle_message("why is there no train in nordwald after 8pm", dm=True)
    assert reply.status == "ok", texts(reply)
    assert "Landrat Paul Muster antwortete" in reply.excerpts[0].text, texts(reply)
    audience = night.handle_message("how many people came to the studio", dm=True)
    assert "200 Zuhörer" in audience.excerpts[0].text, texts(audience)


STUDIO = (
    "Von Jonas Beispiel\n"
    "Die Wahlrunde im Studio: Auszüge\n"
    "Nach der Stichwahl in Talheim sprachen im Studio die Siegerin und ihr Gegner.\n"
    "Moderator Paul Muster: Frau Brandhorst, Sie haben mit 56,2 Prozent gewonnen. Was nun?\n"
    "Vera Brandhorst (Grüne): Erst einmal schlafen. Morgen fange ich an.\n"
    "Muster: Herr Eilers, was hat gefehlt?\n"
    "Kai Eilers (CDU): Am Ende ein paar hundert Stimmen. Das akzeptiere ich.\n"
)


def test_a_moderator_saying_who_won_is_the_answer_and_not_the_winner(tmp_path, config):
    """On a studio transcript the only line saying who won is the moderator's turn "Frau
    Brandhorst, Sie haben … gewonnen. Was nun?". The reader sees that line under her name; the
    moderator, whose name labels the turn, is not the winner, and her reply below it says
    nothing of winning."""
    night = engine_over_texts(tmp_path, {"studio": STUDIO}, config)
    for question in ("wer hat die stichwahl gewonnen", "who won"):
        reply = night.handle_message(question, dm=True)
        assert reply.status == "ok", texts(reply)
        assert "Vera Brandhorst" in reply.text and "Muster" not in reply.text, texts(reply)
        assert "Sie haben mit 56,2 Prozent gewonnen" in reply.excerpts[0].text, texts(reply)
    plans = night.handle_message("was hat brandhorst morgen vor", dm=True)
    assert "Morgen fange ich an" in plans.excerpts[0].text, texts(plans)
    # Asked who lost, the reader sees the same result line first, not the winner's reply as
    # if it were the loser's.
    lost = night.handle_message("wer hat verloren", dm=True)
    assert "Sie haben mit 56,2 Prozent gewonnen" in lost.excerpts[0].text, texts(lost)


LETTERS = (
    "Leserbriefe zur Wahl in Seltenbach\n"
    "Zur Wahl haben uns viele Zuschriften erreicht. Eine Auswahl.\n"
    "Seit Jahren warten wir auf den Radweg nach Oberselt. Der neue Bürgermeister muss ihn "
    "endlich bauen.\n"
    "Greta Fahlbusch, Oberselt\n"
    "Die Plakate hängen immer noch. Wer plakatiert, soll auch abräumen.\n"
    "Bruno Kellermann, Seltenbach\n"
)


def test_a_readers_letter_is_the_answer_to_what_its_signer_wrote(tmp_path, config):
    """The letters page signs each letter on the line below it: the reader asking what
    Fahlbusch wrote about the cycle path finds her name on the signature, and the letter above
    it comes first."""
    engine = engine_over_texts(tmp_path, {"leserbriefe": LETTERS}, config)
    reply = engine.handle_message("was schreibt fahlbusch über den radweg", dm=True)
    assert reply.status == "ok"
    assert texts(reply)[0].startswith("Seit Jahren warten wir auf den Radweg")


PROFILES = (
    "Drei Kandidaten für Seltenbach\n"
    "Wir haben allen Bewerbern dieselben Fragen gestellt.\n"
    "Lebensmotto: „Immer weiter.“\n"
    "Greta Fahlbusch, 56, Sozialarbeiterin\n"
)


def test_a_profiles_name_age_and_job_line_is_no_signature(tmp_path, config):
    """ "Greta Fahlbusch, 56, Sozialarbeiterin" heads a profile: asked what she does for a
    living, the bot shows that line first, not the line above it."""
    engine = engine_over_texts(tmp_path, {"kandidaten": PROFILES}, config)
    reply = engine.handle_message("was macht greta fahlbusch beruflich", dm=True)
    assert reply.status == "ok" and texts(reply)[0].startswith("Greta Fahlbusch, 56")
