"""A greeting or a thank-you gets a friendly reply that says how to ask, in its language."""

import pytest

from bot.engine.small_talk import after_greeting


@pytest.mark.parametrize("message", ["Hallo", "moin!", "Hallo Bot", "guten Abend"])
def test_a_greeting_is_greeted_with_how_to_ask(engine, message):
    reply = engine.handle_message(message, dm=True)
    assert reply.status == "ok" and reply.title == "Hallo!"
    assert "Wer hat die Wahl gewonnen?" in reply.text and "!hilfe" in reply.text


def test_thanks_get_a_youre_welcome(engine):
    reply = engine.handle_message("vielen Dank!", dm=True)
    assert reply.title == "Gern geschehen!"


def test_english_small_talk_is_answered_in_english(engine):
    assert engine.handle_message("hello", dm=True).title == "Hello!"
    assert "Who won the election?" in engine.handle_message("thanks!", dm=True).text


def test_a_question_with_a_greeting_is_still_a_question(engine):
    reply = engine.handle_message("Hallo, wer hat die Wahl gewonnen?", dm=True)
    assert reply.excerpts


def test_the_greeting_before_a_question_is_not_part_of_it():
    assert after_greeting(["hallo", "bot", "wer", "hat", "gewonnen"]) == ["wer", "hat", "gewonnen"]
    assert after_greeting(["du", "hast", "recht"]) == ["du", "hast", "recht"]
