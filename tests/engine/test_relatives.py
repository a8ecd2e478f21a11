"""A candidate's relative shares his surname: the bare surname in a live ticker is still the
candidate, so the relative gets none of his figures or lines, and a claim nobody named makes is
no finding of the article's own."""

from __future__ import annotations

from bot.engine.reply import FACT
from tests.engine.conftest import engine_over_texts, texts

REPORT = (
    "Von Jana Beispiel\n"
    "Abel gewinnt die Stichwahl\n"
    "Lorenz Abel (SPD) hat die Stichwahl gegen Amtsinhaber Gregor Osterkamp (CDU) gewonnen, "
    "der auf 46,2 Prozent kam.\n"
    "Abel habe in allen Stadtteilen gewonnen, hieß es in einem Beitrag der SPD.\n"
)
TICKER = (
    "Von Jana Beispiel\n"
    "Der Wahlabend im Ticker\n"
    "21.40 Uhr: Osterkamp verlässt das Rathaus ohne Kommentar. Seine Frau Marlene Osterkamp "
    "sagt: „Er hat alles für diese Stadt gegeben.“\n"
    "21.55 Uhr: „Ich gratuliere dem Sieger“, sagt Osterkamp vor dem Rathaus.\n"
    "20.30 Uhr: Das Ergebnis steht fest: Abel 53,8 Prozent, Osterkamp 46,2 Prozent.\n"
)


def night(tmp_path, config):
    return engine_over_texts(tmp_path, {"bericht": REPORT, "ticker": TICKER}, config)


def test_the_candidates_words_and_share_are_not_given_to_his_wife(tmp_path, config):
    engine = night(tmp_path, config)
    reply = engine.handle_message("!zitat Marlene Osterkamp", dm=True)
    assert texts(reply) == ["Er hat alles für diese Stadt gegeben."]
    reply = engine.handle_message("!zitat Gregor Osterkamp", dm=True)
    assert texts(reply) == ["Ich gratuliere dem Sieger"]
    reply = engine.handle_message("!wer Marlene Osterkamp", dm=True)
    assert "Seine Frau Marlene Osterkamp" in reply.excerpts[0].text, texts(reply)
    reply = engine.handle_message("!frage wie viel prozent hatte osterkamp", dm=True)
    assert "46,2" in reply.excerpts[0].text, texts(reply)


def test_a_claim_of_a_source_the_text_does_not_name_is_not_shown_as_a_fact(tmp_path, config):
    engine = night(tmp_path, config)
    reply = engine.handle_message("!frage wer hat gewonnen", dm=True)
    claims = [e for e in reply.excerpts if "hieß es" in e.text]
    assert claims and all(e.kind != FACT for e in claims), texts(reply)
