"""The entry point the rest of the bot uses: `extract(article)` fills people, quotes and facts."""

from __future__ import annotations

from pathlib import Path

from bot.corpus.extract import extract
from bot.corpus.model import COMMENT, DIRECT, REPORTED, REPORTING_KINDS, SOURCE_ARTICLE
from bot.corpus.reading import parse_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"


def test_extract_returns_the_same_article_with_its_corpus_filled_in():
    article = parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path=str(SEED))
    extracted = extract(article)
    assert extracted.blocks == article.blocks
    assert extracted.id == "seed" and extracted.authors == article.authors
    assert extracted.people and extracted.facts
    assert {q.kind for q in extracted.quotes} == {DIRECT, REPORTED}


def test_every_quote_and_fact_points_at_a_reporting_line():
    article = extract(
        parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path=str(SEED))
    )
    kinds = {block.line: block.kind for block in article.blocks}
    for item in (*article.quotes, *article.facts):
        assert kinds.get(item.line) in REPORTING_KINDS


def test_the_reader_comment_stays_a_comment_and_adds_no_quote_of_the_article():
    article = extract(
        parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path=str(SEED))
    )
    comment = [b for b in article.blocks if b.kind == COMMENT]
    assert comment
    comment_lines = {b.line for b in comment}
    assert not [q for q in article.quotes if q.line in comment_lines]
    assert all(q.source == SOURCE_ARTICLE for q in article.quotes)


def test_an_article_without_quotations_or_names_extracts_to_nothing():
    article = extract(
        parse_article("\nNur ein kurzer Text ohne Zitate.\n", article_id="a", path="a")
    )
    assert article.people == () and article.quotes == () and article.facts == ()


def test_extract_is_deterministic():
    text = SEED.read_text(encoding="utf-8")
    first = extract(parse_article(text, article_id="seed", path="seed"))
    second = extract(parse_article(text, article_id="seed", path="seed"))
    assert first == second


def test_a_quote_in_a_reader_comment_is_in_the_comment_section():
    text = (
        "Von Ida Probe\n"
        "Eva Stern (SPD) gewann die Wahl in Hagen.\n"
        "Was nun kommt\n"
        "„Wir packen es an“, sagte Stern.\n"
        "Kommentare\n"
        "Karl Leser\n"
        "Stern sagte im Wahlkampf „Wir senken die Gebühren“, daran erinnere ich.\n"
    )
    article = extract(parse_article(text, article_id="hagen", path="hagen.txt"))
    sections = {q.source: q.section for q in article.quotes}
    assert sections == {"article": "Was nun kommt", "comment": "Kommentare"}
