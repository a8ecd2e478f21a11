"""The memos that make extraction fast must not change what it finds.

Word tests (role noun, institution, party …) and runs of capitalised words are memoised per
process, as pure functions of their text; a sentence's frame and its speaker mentions are kept per
sentence and per article. These tests pin that the memos give the same answers as computing afresh,
and that nothing one article learns leaks into another.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.corpus import german
from bot.corpus.extract import extract
from bot.corpus.model import Article
from bot.corpus.people import _word_before, find_people
from bot.corpus.reading import parse_article
from bot.corpus.sentences import split_sentences
from bot.corpus.speakers import NAME, Speakers

SEED = Path(__file__).resolve().parents[2] / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"

ANNA = (
    "Die SPD-Kandidatin Anna Schmidt (SPD) gewann die Stichwahl.\n\n"
    "Schmidt sagte am Abend: „Das ist ein großer Tag für die ganze Stadt.“\n"
)
PETER = (
    "Der CDU-Kandidat Peter Schmidt (CDU) verlor die Stichwahl.\n\n"
    "Schmidt sagte am Abend: „Das ist ein großer Tag für die ganze Stadt.“\n"
)


def read(text: str, article_id: str = "test") -> Article:
    return extract(parse_article(text, article_id=article_id, path=f"{article_id}.txt"))


def test_the_same_text_gives_the_same_result_cold_and_warm():
    text = SEED.read_text(encoding="utf-8")
    first = read(text, "seed")
    second = read(text, "seed")
    assert first == second


def test_an_article_is_read_the_same_before_and_after_another_one():
    alone = read(PETER, "peter")
    read(ANNA, "anna")  # fills the process-wide word memos with another article's words
    again = read(PETER, "peter")
    assert alone == again


def test_a_shared_sentence_is_attributed_to_each_articles_own_person():
    anna, peter = read(ANNA, "anna"), read(PETER, "peter")
    assert [q.speaker for q in anna.quotes if q.kind == "direct"] == ["Anna Schmidt"]
    assert [q.speaker for q in peter.quotes if q.kind == "direct"] == ["Peter Schmidt"]
    assert [p.party for p in anna.people] == ["SPD"]
    assert [p.party for p in peter.people] == ["CDU"]


def test_mentions_are_kept_per_article_and_handed_out_as_copies():
    frame = "Schmidt sagte am Abend, der Kandidat sei zufrieden."
    speakers = {}
    for name, text in (("anna", ANNA), ("peter", PETER)):
        blocks = parse_article(text, article_id=name, path=name).blocks
        speakers[name] = Speakers(find_people(blocks))
    found = {name: s.mentions(frame) for name, s in speakers.items()}
    names = {name: [m.person.name for m in ms if m.kind == NAME] for name, ms in found.items()}
    assert names == {"anna": ["Anna Schmidt"], "peter": ["Peter Schmidt"]}
    kept = list(found["anna"])
    found["anna"].clear()  # a caller changing its list does not change the memo
    assert speakers["anna"].mentions(frame) == kept


def test_a_sentence_frame_blanks_its_quotations_and_is_computed_once():
    text = "Er sagte: „Wir haben gewonnen.“ Dann ging er."
    sentence = split_sentences(text)[0]
    frame = sentence.frame()
    assert len(frame) == len(sentence.text)
    assert "gewonnen" not in frame and frame.startswith("Er sagte: ")
    assert sentence.frame() is frame


@pytest.mark.parametrize("word", ["Ministerpräsident", "OB-Kandidatin", "Polizei", "Haus", "SPD"])
def test_memoised_word_tests_answer_as_the_first_time(word):
    first = (
        german.is_role_noun(word),
        german.is_institution_noun(word),
        german.is_abstract_noun(word),
        german.is_feminine_role(word),
        german.party_in(word),
    )
    again = (
        german.is_role_noun(word),
        german.is_institution_noun(word),
        german.is_abstract_noun(word),
        german.is_feminine_role(word),
        german.party_in(word),
    )
    assert first == again


WORD_BEFORE_RE = re.compile(r"([\w.’'-]+)\s*$")  # the definition `_word_before` walks back by


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("der NRW-Ministerpräsident Hendrik Wüst", 26),
        ("OB  \t Kalouti", 6),
        ("Dr. Müller", 4),
        ("„Sieg“ Wüst", 7),
        ("", 0),
        ("   ", 3),
        ("Peter's_Team\n", 13),
    ],
)
def test_the_word_before_a_name_is_the_one_the_regex_finds(text, index):
    match = WORD_BEFORE_RE.search(text[:index])
    assert _word_before(text, index) == (match.group(1) if match else "")
