"""The public entry point: fill an article's people, quotes and facts from its blocks.

Quotes and facts come from the article's own reporting (lead, headings, paragraphs). Reader
comments yield quotes only where they hold quotations, with source "comment"; titles of other
articles (related links) never yield quotes.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from bot.corpus.facts import fact_claimant
from bot.corpus.model import (
    COMMENT,
    DIRECT,
    REPORTED,
    REPORTING_KINDS,
    SECTION_KINDS,
    SOURCE_ARTICLE,
    SOURCE_COMMENT,
    Article,
    Fact,
    Quote,
)
from bot.corpus.people import PeopleIndex, find_people
from bot.corpus.quotemarks import find_quote_spans
from bot.corpus.quotes import direct_quotes, remember_sentence
from bot.corpus.reported import reported_speech
from bot.corpus.sentences import split_sentences
from bot.corpus.speakers import Speakers


def extract(article: Article) -> Article:
    """The same article with `people`, `quotes` (direct and reported, in text order) and `facts`."""
    people = find_people(article.blocks, exclude=article.authors)
    speakers = Speakers(people)
    quotes: list[tuple[int, int, Quote]] = []
    facts: list[Fact] = []
    split: list[tuple[int, int, int]] = []  # every sentence of the article's own text
    # Blocks in line order (as read from a file) have as section the last heading so far; asking
    # `section_of` for every block would read the blocks before it again each time.
    in_order = all(a.line < b.line for a, b in pairwise(article.blocks))
    heading: str | None = None
    for block in article.blocks:
        if block.kind in SECTION_KINDS:
            heading = block.text
        if block.kind in REPORTING_KINDS:
            source = SOURCE_ARTICLE
            active = speakers
        elif block.kind == COMMENT:
            source = SOURCE_COMMENT
            active = Speakers(PeopleIndex([]))  # a comment's quotes never borrow the article's
        else:
            continue
        spans = find_quote_spans(block.text)
        if source == SOURCE_COMMENT and not spans:
            continue  # a comment yields only its quotations: without any it yields nothing
        section = heading if in_order else article.section_of(block.line)
        sentences = split_sentences(block.text, spans)
        if source == SOURCE_COMMENT:
            # A comment's speakers serve only its own quotations: what it says after the last
            # one cannot change anything found, so it is not read.
            quoting = [i for i, sentence in enumerate(sentences) if sentence.quotes]
            sentences = sentences[: quoting[-1] + 1] if quoting else []
        else:
            split.extend((block.line, s.start, s.end) for s in sentences)
        for sentence in sentences:
            found = direct_quotes(sentence, active)
            for quote in found:
                speaker = quote.speaker.name if quote.speaker else None
                item = Quote(quote.span.text, speaker, DIRECT, block.line, section, source)
                quotes.append((block.line, quote.span.start, item))
            if source != SOURCE_ARTICLE:
                remember_sentence(sentence, active, found, None)
                continue
            report = reported_speech(sentence, active, found)
            remember_sentence(sentence, active, found, report.speaker if report else None)
            reported_by = report.speaker.name if report and report.speaker else None
            if report is not None:
                item = Quote(report.text, reported_by, REPORTED, block.line, section, source)
                quotes.append((block.line, sentence.start, item))
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
