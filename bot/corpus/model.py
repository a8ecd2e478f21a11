"""The sourced corpus: what an article is made of once read and extracted.

Everything here is frozen so that an index built from it can be shared between threads and
swapped atomically without anyone mutating it underneath.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# Kinds of block a line of an article can be.
BYLINE = "byline"  # "Von A, B und C"
LEAD = "lead"  # the first paragraph of the article body
HEADING = "heading"  # a short section heading
PARAGRAPH = "paragraph"  # body text
EMBED = "embed"  # "Sieh dir diesen Beitrag auf Instagram an" and similar embed stubs
NOTE = "note"  # an editor's note ("Anm.d.Red.: …")
RELATED = "related"  # the header of a related-links block ("Mehr … auf Lokalblog:")
RELATED_TITLE = "related_title"  # one linked article title inside a related-links block
COMMENTS_HEADING = "comments_heading"  # "Reaktionen" / "Kommentare"
COMMENT_AUTHOR = "comment_author"  # a reader comment's author line
COMMENT = "comment"  # a reader comment's text

# Blocks that open a section: a heading, and the reader comments' heading (a comment belongs to
# the comment section, not to the last heading of the article above it).
SECTION_KINDS = frozenset({HEADING, COMMENTS_HEADING})
# Blocks that are the article's own reporting (quotes and facts come from these).
REPORTING_KINDS = frozenset({LEAD, HEADING, PARAGRAPH})

DIRECT = "direct"
REPORTED = "reported"

SOURCE_ARTICLE = "article"
SOURCE_COMMENT = "comment"


@dataclass(frozen=True)
class Block:
    """One non-empty line of an article, with its 1-based line number in the file."""

    kind: str
    line: int
    text: str


@dataclass(frozen=True)
class Person:
    """Somebody the article names; `name` is the canonical full name as the text writes it."""

    name: str
    aliases: tuple[str, ...] = ()
    party: str | None = None
    roles: tuple[str, ...] = ()
    # Introduced as another's relative ("Seine Frau Gisela X") where the surname stands alone
    # too: the surname alone names the other one, so it is no alias of this person.
    relative: bool = False


@dataclass(frozen=True)
class Quote:
    """A quotation. For `direct` quotes `text` is exactly what stands inside the quotation marks."""

    text: str
    speaker: str | None
    kind: str  # DIRECT or REPORTED
    line: int
    section: str | None  # the heading the quote stands under, if any
    source: str = SOURCE_ARTICLE  # SOURCE_ARTICLE or SOURCE_COMMENT
    # Words the article says are NOT this person's statement (see corpus/nonstatements.py):
    # what it says of them ("denied", "fake", "satire", "hypothetical"), and to whom they are
    # (falsely or hypothetically) attributed. Such a quote has no speaker.
    label: str | None = None
    attributed_to: str | None = None
    # For reported speech: what was said, the sentence without its cue ("dass …"); `text` is
    # the whole sentence, which is what a reader is shown.
    statement: str | None = None
    # For reported speech: the sentence goes on with the reported statement of the sentence
    # right before it, by the same speaker ("Sie sagte, … . Man werde … . Das sei …": the last two
    # are one statement). Each sentence stays its own quote, as a reader is shown it.
    continues: bool = False


_WORD_RE = re.compile(r"\w+")


def counted_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    """The quotations as every count of the bot counts them: the article's own (not a reader
    comment's), each once per speaker and kind. The same words again (a heading repeating a
    quote from the text below it) are another place of the same quotation, not another one;
    across articles, `quote` counts an agency copy once in the same way."""
    seen: set[tuple[str | None, str, str]] = set()
    kept = []
    for quote in quotes:
        if quote.source != SOURCE_ARTICLE:
            continue
        key = (quote.speaker, quote.kind, " ".join(_WORD_RE.findall(quote.text.casefold())))
        if key not in seen:
            seen.add(key)
            kept.append(quote)
    return kept


@dataclass(frozen=True)
class Fact:
    """A sentence stating something checkable (a count, result, time, date or record)."""

    text: str
    line: int
    claimed_by: str | None = None


@dataclass(frozen=True)
class Article:
    """One article file, read into blocks and (after extraction) its people, quotes and facts."""

    id: str
    path: str
    blocks: tuple[Block, ...]
    title: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    people: tuple[Person, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = field(default=())
    # (line, start, end) of every sentence of the article's own text blocks, as extraction
    # split them: the index shows sentences, and splitting them again cost a fifth of its build.
    sentences: tuple[tuple[int, int, int], ...] = ()
    # (line, start, name) of each sentence about a person it gives only by a description that
    # opens it ("Die Sozialdemokratin gewann die Stichwahl."): what it says is about them.
    described_subjects: tuple[tuple[int, int, str], ...] = ()

    def section_of(self, line: int) -> str | None:
        """The text of the last heading (or comments heading) at or before `line`; None before
        the first."""
        section = None
        for block in self.blocks:
            if block.line > line:
                break
            if block.kind in SECTION_KINDS:
                section = block.text
        return section
