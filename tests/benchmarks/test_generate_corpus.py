"""The benchmark corpus generator: deterministic, distinct, realistic, readable articles."""

import re

import pytest

from benchmarks.generate_corpus import (
    SEED_ARTICLE,
    SEED_SURNAMES,
    Variants,
    generate_articles,
    write_corpus,
)
from bot.corpus.loading import load_corpus, read_sidecar
from bot.corpus.model import BYLINE, COMMENT, HEADING, LEAD
from bot.corpus.reading import byline_authors, parse_article

SEED_WORDS_RE = re.compile(
    r"\b(?:Dortmund\w*|Nordstadtblogger|" + "|".join(sorted(SEED_SURNAMES)) + r")\b"
)


@pytest.fixture(scope="module")
def corpus():
    return list(generate_articles(200))


def test_article_zero_is_the_seed_unchanged(corpus):
    seed = corpus[0]
    assert seed.is_seed and seed.stem == SEED_ARTICLE.stem
    assert seed.text == SEED_ARTICLE.read_text(encoding="utf-8")


def test_the_same_seed_number_gives_the_same_articles_whatever_n(corpus):
    again = list(generate_articles(50))
    assert [a.text for a in again] == [a.text for a in corpus[:50]]
    assert [a.sidecar for a in again] == [a.sidecar for a in corpus[:50]]


def test_another_seed_number_gives_other_articles(corpus):
    other = list(generate_articles(20, seed=7))
    assert other[0].text == corpus[0].text  # the seed itself stays
    assert all(a.text != b.text for a, b in zip(other[1:], corpus[1:20], strict=True))


def test_articles_and_file_names_are_distinct(corpus):
    assert len({a.text for a in corpus}) == len(corpus)
    assert len({a.stem for a in corpus}) == len(corpus)


def test_variants_vary_cities_parties_and_people(corpus):
    variants = corpus[1:]
    assert len({a.city for a in variants}) > 20
    assert len({(a.winner_party, a.loser_party) for a in variants}) > 2
    assert len({p.name for a in variants for p in a.people}) > 500


def test_no_variant_names_the_seeds_people_city_or_site(corpus):
    leaks = [(a.stem, m.group(0)) for a in corpus[1:] if (m := SEED_WORDS_RE.search(a.text))]
    assert leaks == []


def test_variants_keep_the_shapes_the_reader_relies_on(corpus):
    for generated in corpus[1:]:
        article = parse_article(generated.text, article_id=generated.stem, path="x")
        kinds = [b.kind for b in article.blocks]
        assert kinds[0] == BYLINE and kinds[1] == LEAD, generated.stem
        assert kinds.count(HEADING) >= 2, generated.stem
        assert generated.text.count("„") >= 3 and generated.text.count("„") == generated.text.count(
            "“"
        ), generated.stem
        sidecar = read_sidecar(generated.sidecar.encode(), "x.yaml")
        assert sidecar["authors"] == byline_authors(article.blocks[0].text), generated.stem
        cast = [p for p in generated.people if p.role != "commenter"]
        assert all(p.name in generated.text for p in cast), generated.stem


def test_reader_comments_stay_comments(corpus):
    with_comments = [a for a in corpus[1:] if "\nReaktionen\n" in a.text]
    assert len(with_comments) > 50
    for generated in with_comments:
        article = parse_article(generated.text, article_id=generated.stem, path="x")
        assert any(b.kind == COMMENT for b in article.blocks), generated.stem


def test_the_ministerpraesident_recurs_across_a_states_articles(corpus):
    ministers = [p.name for a in corpus[1:] for p in a.people if p.role == "ministerpraesident"]
    assert len(ministers) > 20 and len(set(ministers)) <= 3


def test_a_seed_missing_a_reworded_passage_fails_loudly():
    text = SEED_ARTICLE.read_text(encoding="utf-8").replace("Euer Wahlsieg", "Unser Wahlsieg")
    with pytest.raises(ValueError, match="no longer contains"):
        Variants(text)


def test_written_corpus_loads_without_problems_and_yields_quotes(tmp_path):
    written = write_corpus(tmp_path, 8)
    assert (tmp_path / f"{SEED_ARTICLE.stem}.txt").read_bytes() == SEED_ARTICLE.read_bytes()
    assert len(list(tmp_path.glob("*.txt"))) == len(list(tmp_path.glob("*.yaml"))) == 8
    result = load_corpus([tmp_path], max_bytes=2_000_000)
    assert result.problems == ()
    assert sorted(a.id for a in result.articles) == sorted(a.stem for a in written)
    assert all(a.quotes for a in result.articles)
    assert all(a.publisher and a.authors and a.published for a in result.articles)
