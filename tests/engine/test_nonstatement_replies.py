"""Words an article says somebody did not say (issue 10): a reader who asks about them sees the
sentence that quotes them, and its heading says what the article says of them, in every reply,
so the words are never taken for that person's statement."""

import pytest

from bot.config import Config
from bot.engine.engine import Engine
from bot.engine.render import render_text
from tests.engine.conftest import engine_over_texts

# An invented paper's correction notice and a fact-check of a satire site's invented line.
NIGHT = {
    "korrektur_wahlabend": (
        "Korrektur: Wer sagte was am Wahlabend?\n"
        "In einer früheren Fassung dieses Artikels hieß es, Jonas Kerber habe am Wahlabend "
        "gesagt: „Diese Stadt hat Angst vor Veränderung.“ Das ist falsch. Wir haben die Stelle "
        "korrigiert.\n"
        "Kerber selbst sagte am Wahlabend: „Ich habe gekämpft und verloren, so ist Demokratie.“\n"
    ),
    "satire_rathaus": (
        "Was im Netz über die Wahl kursiert\n"
        "Die Satireseite „Der Rathausbote“ ließ Wahlsiegerin Mira Lenzen (SPD) sagen: „Ab morgen "
        "gibt es Freibier im Rathaus.“ Lenzen selbst hat sich dazu nicht geäußert.\n"
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("night"), NIGHT, Config())


def test_asked_whether_he_said_the_corrected_words_the_reader_is_warned(night):
    reply = night.handle_message("hat kerber gesagt die stadt hat angst vor veränderung", dm=True)
    (shown,) = [e for e in reply.excerpts if "Angst vor Veränderung" in e.text]
    assert shown.speaker is None and shown.verdict == "fake"
    (page, *_) = render_text(reply, "de")
    assert "Textstelle – ⚠️ laut Text ein falsches oder falsch zugeschriebenes Zitat" in page


def test_satire_is_marked_as_satire_in_english_too(night):
    reply = night.handle_message("what did lenzen say about freibier", dm=True)
    shown = [e for e in reply.excerpts if "Freibier" in e.text]
    assert shown and all(e.verdict == "satire" and e.speaker is None for e in shown)
    (page, *_) = render_text(reply, "en")
    assert "⚠️ satire, not a real statement, the text says" in page


def test_the_verdict_travels_in_the_json_reply_and_real_quotes_carry_none(night):
    reply = night.handle_message("was hat kerber gesagt", dm=True)
    found = reply.to_json()["excerpts"]
    real = [e for e in found if "gekämpft" in e["text"]]
    assert real and all("verdict" not in e for e in real)
    assert all(e["speaker"] is None for e in found if e.get("verdict") == "fake")
