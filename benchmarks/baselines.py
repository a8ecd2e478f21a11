"""What a developer would otherwise pick for `search`/`ask`: SQLite FTS5 with bm25, and a naive
linear rapidfuzz scan. Both search the same passages the engine can show: every sentence of the
article's own text (lead, headings, paragraphs) and of reader comments, with its article and line.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import Stemmer
from rapidfuzz import fuzz, process, utils

from bot.corpus.model import COMMENT, REPORTING_KINDS, Article
from bot.corpus.sentences import split_sentences

PASSAGE_KINDS = REPORTING_KINDS | {COMMENT}
# Words a question or search is made of that say nothing about what it looks for.
STOPWORDS = frozenset(
    (
        "der die das den dem des ein eine einer eines einem einen und oder aber auch nicht noch "
        "nur schon ist sind war waren wird werden wurde wurden hat haben hatte hatten sein seine "
        "ihr ihre es er sie wir ich du man sich mit von vom zu zum zur im in ins an am auf aus "
        "bei für über unter nach vor um als wie was wer wen wem wessen wo wann warum weshalb "
        "wieso welche welcher welches wieviel viele denn doch so da dass ob wenn noch mal "
        "gibt gab sagt sagte sagen soll sollte will wollen kann können"
    ).split()
)


@dataclass(frozen=True)
class Passage:
    article: str
    line: int
    text: str


def passages_of(articles: Iterable[Article]) -> list[Passage]:
    """One passage per sentence of each reporting block and reader comment."""
    found: list[Passage] = []
    for article in articles:
        for block in article.blocks:
            if block.kind in PASSAGE_KINDS:
                for sentence in split_sentences(block.text):
                    found.append(Passage(article.id, block.line, sentence.text))
    return found


_WORD_RE = re.compile(r"\w+")
_STEMMER = Stemmer.Stemmer("german")


def query_words(text: str) -> list[str]:
    """The words of a query that carry meaning, lower-cased and stemmed (German Snowball)."""
    words = [w for w in _WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]
    return _STEMMER.stemWords(words)


class Fts5Search:
    """An in-memory SQLite FTS5 table over the passages, ranked by bm25.

    The query is what a careful developer would send: the question's meaningful words, stemmed,
    each as a prefix term, joined with OR (so a passage need not contain all of them).
    """

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute(
            "CREATE VIRTUAL TABLE passages USING fts5("
            "body, article UNINDEXED, line UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
        )
        self.db.executemany(
            "INSERT INTO passages (body, article, line) VALUES (?, ?, ?)",
            ((p.text, p.article, p.line) for p in passages),
        )
        self.db.commit()

    @staticmethod
    def match_expression(text: str) -> str:
        return " OR ".join(f'"{word}"*' for word in dict.fromkeys(query_words(text)))

    def search(self, text: str, limit: int = 3) -> list[Passage]:
        expression = self.match_expression(text)
        if not expression:
            return []
        rows = self.db.execute(
            "SELECT article, line, body FROM passages WHERE passages MATCH ? ORDER BY rank LIMIT ?",
            (expression, limit * 4),
        )
        return _distinct_lines(Passage(a, int(line), body) for a, line, body in rows)[:limit]

    def close(self) -> None:
        self.db.close()


class NaiveScan:
    """Score every passage against the query with rapidfuzz's WRatio and keep the best.

    This is the obvious first version: `process.extract` over a list, one linear scan per query
    (the passages are lower-cased once, up front).
    """

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = list(passages)
        self.choices = [utils.default_process(p.text) for p in self.passages]

    def search(self, text: str, limit: int = 3) -> list[Passage]:
        query = utils.default_process(text)
        if not query:
            return []
        best = process.extract(query, self.choices, scorer=fuzz.WRatio, limit=limit * 4)
        return _distinct_lines(self.passages[index] for _, _, index in best)[:limit]

    def close(self) -> None:
        """Nothing to release; here so both systems are used the same way."""


def _distinct_lines(passages: Iterable[Passage]) -> list[Passage]:
    """The first passage of each line: three sentences of one paragraph are one answer."""
    seen: set[tuple[str, int]] = set()
    kept: list[Passage] = []
    for passage in passages:
        if (passage.article, passage.line) not in seen:
            seen.add((passage.article, passage.line))
            kept.append(passage)
    return kept
