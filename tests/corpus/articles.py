"""The articles the corpus tests read: the bundled seed, and short texts written in a test."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.corpus.extract import extract
from bot.corpus.model import Article
from bot.corpus.reading import parse_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"


@cache
def seed() -> Article:
    """The seed article, read and extracted once for all tests."""
    return extract(parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path="seed"))


def read(text: str) -> Article:
    """A text written in a test, read and extracted like any article file."""
    return extract(parse_article(text, article_id="test", path="test.txt"))


def direct_speakers(article: Article) -> list[str | None]:
    """Who each direct quotation of the article is given to, in text order."""
    return [q.speaker for q in article.quotes if q.kind == "direct"]


def speakers_of(article: Article, text: str) -> list[str | None]:
    """Who each quotation of exactly this text is given to, in text order."""
    return [q.speaker for q in article.quotes if q.text == text]


def speakers_by_opening(text: str, kind: str = "direct", words: int = 3) -> dict[str, str | None]:
    """Each quotation of a kind in a text written in a test, by its first few words, with the
    speaker it is given to."""
    quotes = [q for q in read(text).quotes if q.kind == kind]
    return {" ".join(q.text.split()[:words]): q.speaker for q in quotes}


def kinds_and_speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quotation of a text written in a test, in text order: its kind and its speaker."""
    return [(q.kind, q.speaker) for q in read(text).quotes]
