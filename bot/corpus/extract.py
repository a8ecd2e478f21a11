"""The public entry point: fill an article's people, quotes and facts from its blocks.

Quotes and facts come from the article's own reporting (lead, headings, paragraphs). Reader
comments yield quotes only where they hold quotations, with source "comment"; titles of other
articles (related links) never yield quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.corpus.facts import fact_claimant
from bot.corpus.model import (
    COMMENT,
    DIRECT,
    HEADING,
    REPORTED,
    REPORTING_KINDS,
    SOURCE_ARTICLE,
    SOURCE_COMMENT,
    Article,
    Block,
    Fact,
    Quote,
)
from bot.corpus.people import PeopleIndex, find_people
from bot.corpus.quotemarks import find_quote_spans
from bot.corpus.quotes import direct_quotes, remember_sentence
from bot.corpus.reported import reported_speech
from bot.corpus.sentences import split_sentences
from bot.corpus.speakers import Speakers

# A paragraph longer than any real news paragraph (the longest of the 5,800 in the German news
# quotation data has 2,345 characters) is read in pieces of at most this many characters, each
# cut after a sentence where there is one: the work per piece is bounded, so extraction takes
# time linear in a line's length however the line is made.
PIECE_MAX = 3_000
_SENTENCE_END_RE = re.compile(r"[.!?…:;][“”\"«»‘’']?\s+")


def pieces(text: str, limit: int = PIECE_MAX) -> list[tuple[int, str]]:
    """`text` as (offset, piece) of at most `limit` characters, cut after the last sentence
    end in each window, else after its last space, else at the limit; one piece if short."""
    if len(text) <= limit:
        return [(0, text)]
    found: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(window, limit // 2)]
        cut = ends[-1] if ends else window.rfind(" ", limit // 2) + 1 or limit
        found.append((start, text[start : start + cut]))
        start += cut
    found.append((start, text[start:]))
    return found


def extract(article: Article) -> Article:
    """The same article with `people`, `quotes` (direct and reported, in text order) and `facts`."""
    read = [
        (block, offset, text) for block in article.blocks for offset, text in pieces(block.text)
    ]
    people = find_people(
        tuple(Block(block.kind, block.line, text) for block, _, text in read),
        exclude=article.authors,
    )
    speakers = Speakers(people)
    quotes: list[tuple[int, int, Quote]] = []
    facts: list[Fact] = []
    split: list[tuple[int, int, int]] = []  # every sentence of the article's own text
    # Blocks in line order (as read from a file) have as section the last heading so far; asking
    # `section_of` for every block would read the blocks before it again each time.
    in_order = all(a.line < b.line for a, b in pairwise(article.blocks))
    heading: str | None = None
    for block, offset, text in read:
        if block.kind == HEADING and offset == 0:
            heading = block.text
        if block.kind in REPORTING_KINDS:
            source = SOURCE_ARTICLE
            active = speakers
        elif block.kind == COMMENT:
            source = SOURCE_COMMENT
            active = Speakers(PeopleIndex([]))  # a comment's quotes never borrow the article's
        else:
            continue
        spans = find_quote_spans(text)
        if source == SOURCE_COMMENT and not spans:
            continue  # a comment yields only its quotations: without any it yields nothing
        section = heading if in_order else article.section_of(block.line)
        sentences = split_sentences(text, spans)
        if source == SOURCE_COMMENT:
            # A comment's speakers serve only its own quotations: what it says after the last
            # one cannot change anything found, so it is not read.
            quoting = [i for i, sentence in enumerate(sentences) if sentence.quotes]
            sentences = sentences[: quoting[-1] + 1] if quoting else []
        else:
            split.extend((block.line, offset + s.start, offset + s.end) for s in sentences)
        for sentence in sentences:
            found = direct_quotes(sentence, active)
            for quote in found:
                speaker = quote.speaker.name if quote.speaker else None
                item = Quote(quote.span.text, speaker, DIRECT, block.line, section, source)
                quotes.append((block.line, offset + quote.span.start, item))
            if source != SOURCE_ARTICLE:
                remember_sentence(sentence, active, found, None)
                continue
            report = reported_speech(sentence, active, found)
            remember_sentence(sentence, active, found, report.speaker if report else None)
            reported_by = report.speaker.name if report and report.speaker else None
            if report is not None:
                item = Quote(report.text, reported_by, REPORTED, block.line, section, source)
                quotes.append((block.line, offset + sentence.start, item))
            is_fact, claimed_by = fact_claimant(sentence, found, reported_by)
            if is_fact:
                facts.append(Fact(sentence.text, block.line, claimed_by))
    quotes.sort(key=lambda item: (item[0], item[1]))
    return replace(
        article,
        people=people.people(),
        quotes=tuple(q for _, _, q in quotes),
        facts=tuple(facts),
        sentences=tuple(split),
    )
