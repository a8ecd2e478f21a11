"""The comparison systems and the answer key the scale benchmark measures the engine against."""

from contextlib import closing

import pytest

from benchmarks.baselines import Fts5Search, NaiveScan, Passage, passages_of, query_words
from benchmarks.generate_corpus import SEED_ARTICLE
from benchmarks.seed_questions import SEED_QUESTIONS, AnswerKey, SeedQuestion, expected_lines
from bot.corpus.reading import parse_article

SEED_TEXT = SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def passages():
    article = parse_article(SEED_TEXT, article_id="seed", path="seed.txt")
    return passages_of([article])


def test_passages_are_sentences_of_reporting_and_comments_only(passages):
    lines = SEED_TEXT.split("\n")
    assert all(p.text in lines[p.line - 1] for p in passages)
    texts = " ".join(p.text for p in passages)
    assert "Sieh dir diesen Beitrag" not in texts  # embed
    assert "Anm.d.Red." not in texts  # editor's note
    assert "Beef im Bunker" not in texts  # related link
    assert "Profaschisten" in texts  # a reader comment is searchable (and labelled by the bot)
    assert len({p.line for p in passages if "Westphal" in p.text}) >= 4


def test_query_words_drop_question_words_and_stem():
    assert query_words("Wie viele Stichwahlen hat die CDU gewonnen?") == [
        "stichwahl",
        "cdu",
        "gewonn",
    ]
    assert query_words("Wer hat was?") == []


@pytest.mark.parametrize("system", [Fts5Search, NaiveScan])
def test_an_exact_phrase_comes_first(passages, system):
    with closing(system(passages)) as searcher:
        found = searcher.search("Sauberkeit, Sicherheit und Ordnung")
    assert found and "Sauberkeit, Sicherheit und Ordnung" in found[0].text


@pytest.mark.parametrize("system", [Fts5Search, NaiveScan])
def test_results_are_distinct_lines(passages, system):
    with closing(system(passages)) as searcher:
        found = searcher.search("Westphal", limit=3)
    assert len(found) == len({(p.article, p.line) for p in found}) == 3


@pytest.mark.parametrize(
    "query", ['„Das hier" AND NEAR(', "OR NOT *", "Wer?", "", "Ä ö ü ß – “quote”"]
)
def test_fts5_takes_any_user_text_without_a_syntax_error(passages, query):
    with closing(Fts5Search(passages)) as fts:
        fts.search(query)


def test_every_seed_question_has_answering_lines_in_the_seed():
    assert len(SEED_QUESTIONS) >= 15
    for question in SEED_QUESTIONS:
        assert expected_lines(SEED_TEXT, question)


def test_expected_lines_are_found_by_phrase_not_by_number():
    question = SeedQuestion("Wann kam Wüst ins Rathaus?", ("traf gegen 21 Uhr ein",))
    line = expected_lines(SEED_TEXT, question)
    shifted = expected_lines("\n\n" + SEED_TEXT, question)
    assert {n + 2 for n in line} == shifted
    assert "21 Uhr" in SEED_TEXT.split("\n")[min(line) - 1]
    with pytest.raises(ValueError, match="exactly one line"):
        expected_lines(SEED_TEXT, SeedQuestion("?", ("Westphal",)))  # on many lines


def test_an_answer_counts_only_in_the_top_three_and_only_from_the_seed():
    key = AnswerKey.of(SEED_ARTICLE)
    seed = key.article
    assert key.is_answered(frozenset({5}), [("x", 5), (seed, 9), (seed, 5)])
    assert not key.is_answered(frozenset({5}), [("x", 5), (seed, 9), (seed, 7), (seed, 5)])
    assert not key.is_answered(frozenset({5}), [("other", 5)])


def test_fts5_answers_most_seed_questions_on_the_seed_alone(passages):
    key = AnswerKey.of(SEED_ARTICLE)
    with closing(Fts5Search([Passage(key.article, p.line, p.text) for p in passages])) as fts:
        right = sum(
            key.is_answered(lines, [(p.article, p.line) for p in fts.search(q.text)])
            for q, lines in key.questions
        )
    assert right >= len(key.questions) // 2  # a fair baseline, not a straw man
