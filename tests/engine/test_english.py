"""English questions are read into the German the articles use; the bot answers in English."""

from bot.engine.english import is_english, is_german, to_german
from bot.engine.folding import words
from bot.engine.render import render_text


def test_the_language_is_told_by_the_words_only_it_has():
    assert is_english(words("Who won the election?"))
    assert is_german(words("wer hat die wahl gewonnen"))
    assert not is_english(words("Kalouti")) and not is_german(words("Kalouti"))


def test_election_words_become_german_and_names_stay():
    assert to_german(words("who won the runoff in Bergfeld")) == [
        "who",
        "gewonnen",
        "the",
        "stichwahl",
        "in",
        "bergfeld",
    ]
    assert to_german(words("what was the turnout")) == ["what", "was", "the", "wahlbeteiligung"]
    assert to_german(words("what percentage")) == ["wie", "viel", "prozent"]


def test_an_english_question_gets_english_words_and_verbatim_german_quotes(engine):
    reply = engine.handle_message("Who won the election?", dm=True)
    assert reply.title == "Answer to: Who won the election?"
    assert reply.text == "This is what the articles say:"
    assert "Wahlsieger Alexander Kalouti" in reply.excerpts[0].text


def test_the_rendered_answer_to_an_english_question_is_english_throughout(engine):
    reply = engine.handle_message("Who won the election?", dm=True)
    assert reply.language == "en"
    page = render_text(reply, "de")[0]  # a German server: the question was English
    assert "Passage" in page and "line" in page and "Zeile" not in page
    assert engine.handle_message("Wer hat die Wahl gewonnen?", dm=True).language is None
