"""The in-memory index: every quotable unit of the articles, with the keys to find it fast.

A unit is one thing the bot can show verbatim: a direct or reported quotation, a fact, or one
sentence of the article's text (or of a reader comment, labelled as such). Each carries its
ready-made `Excerpt` (text, speaker, role, party, source) so that answering is only ranking.

Everything is computed once in `build_index` (folded words, stems, postings, people, who is
mentioned where, what kind of answer a sentence can give) and then frozen: the index is built
off the event loop and swapped in whole, never changed while it is being read.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain

from bot.corpus.german import PARTY_PATTERNS, party_in
from bot.corpus.model import (
    COMMENT,
    COMMENT_AUTHOR,
    HEADING,
    LEAD,
    PARAGRAPH,
    REPORTING_KINDS,
    SOURCE_COMMENT,
    Article,
    Block,
)
from bot.corpus.sentences import split_sentences
from bot.engine import lexicon
from bot.engine.affixes import AffixIndex
from bot.engine.folding import TOKEN_RE, StemMemo, fold, stem_word, words
from bot.engine.people import PeopleDirectory, merge_people, people_of
from bot.engine.reply import DIRECT, FACT, PASSAGE, REPORTED, Excerpt

CONTEXT_KINDS = REPORTING_KINDS | {COMMENT}
_DIGITS_RE = re.compile(r"\d+")
_ANY_PARTY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in PARTY_PATTERNS))


@dataclass(frozen=True, slots=True)
class Unit:
    """One showable piece of an article, with what the ranking needs to know about it."""

    excerpt: Excerpt
    article: int  # position of the article in corpus order
    block: int  # the line it stands in, as an index into `CorpusIndex.block_units`
    start: int  # where the text stands in its line (for overlap checks)
    end: int
    speaker: int | None  # directory entry of whoever said it
    mentions: frozenset[int]  # people named in the unit's own text
    parties: frozenset[str]  # folded parties the unit names (or its speaker belongs to)
    cues: frozenset[str]  # kinds of answer it can give: lexicon.PERSON, TIME, NUMBER, REASON

    @property
    def is_comment(self) -> bool:
        return self.excerpt.source == SOURCE_COMMENT


@dataclass(frozen=True)
class ArticleInfo:
    """What the `sources` command lists about one article."""

    id: str
    title: str | None
    publisher: str | None
    authors: tuple[str, ...]
    published: str | None
    url: str | None
    people: int
    quotes: int
    reported: int
    facts: int
    paragraphs: int
    comments: int


Ids = array  # unit or block ids, compact (4 bytes each); never changed once built


@dataclass(frozen=True)
class CorpusIndex:
    """All units and keys; read-only once built.

    Own-text postings point at units. Context postings point at lines ("blocks"): a line's
    words are stored once, and `around` says which lines stand around each one (itself, its
    section heading, the paragraphs before and after it in its section), so a word near a
    unit is found without storing every paragraph once per neighbour.
    """

    articles: tuple[ArticleInfo, ...]
    units: tuple[Unit, ...]
    block_units: tuple[tuple[int, ...], ...]  # block → its units
    around: tuple[tuple[int, ...], ...]  # block → the blocks around it, itself included
    people: PeopleDirectory
    position: Ids  # unit → its place in corpus order (article, line, place in the line)
    quotes_by_person: tuple[tuple[int, ...], ...]  # direct quote units per entry, in order
    reported_by_person: tuple[tuple[int, ...], ...]
    first_mention: tuple[int | None, ...]  # per entry: the first unit naming them
    facts: tuple[int, ...]  # fact units in article order
    own: Mapping[str, Ids]  # stem → units whose own text has it
    context: Mapping[str, Ids]  # stem → blocks whose own text has it (see `around`)
    person_own: tuple[Ids, ...]  # per entry: units they say or are named in
    person_context: tuple[Ids, ...]  # per entry: blocks naming them (see `around`)
    party_own: Mapping[str, Ids]
    vocabulary: tuple[str, ...]  # every stem, for fuzzy matching
    affixes: AffixIndex  # the same stems, for compound parts
    stems: Mapping[str, str]  # folded word → stem, for every word seen

    def stem(self, word: str) -> str:
        """The stem of a folded word; known words are looked up, not stemmed again."""
        known = self.stems.get(word)
        return known if known is not None else stem_word(word)

    def weight(self, stem: str) -> float:
        """How much a term says (inverse document frequency); unknown terms weigh the most."""
        return math.log(1 + len(self.units) / (1 + len(self.own.get(stem, ()))))

    def overlaps(self, a: int, b: int) -> bool:
        """Whether two units show (partly) the same words of the same line."""
        x, y = self.units[a], self.units[b]
        return x.block == y.block and x.start < y.end and y.start < x.end


def _ids() -> Ids:
    return array("I")


def _append(postings: dict[str, Ids], key: str, value: int) -> None:
    ids = postings.get(key)
    if ids is None:
        ids = postings[key] = _ids()
    ids.append(value)


class _Builder:
    """Collects units and postings while reading the articles (used once, then frozen)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = articles
        self.memo = StemMemo()
        self.people = PeopleDirectory.build(merge_people(articles), self.memo.stem)
        self.units: list[Unit] = []
        self.block_units: list[list[int]] = []
        self.around: list[list[int]] = []
        self.own: dict[str, Ids] = {}
        self.context: dict[str, Ids] = {}
        n = len(self.people.entries)
        self.quotes: list[list[int]] = [[] for _ in range(n)]
        self.reported: list[list[int]] = [[] for _ in range(n)]
        self.person_own: list[Ids] = [_ids() for _ in range(n)]
        self.person_context: list[Ids] = [_ids() for _ in range(n)]
        self.party_own: dict[str, Ids] = {}
        self.facts: list[int] = []
        self.infos: list[ArticleInfo] = []
        self._texts: dict[str, tuple[list[str], frozenset[str]]] = {}
        self._tokens: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._sets: dict[frozenset, frozenset] = {}  # one shared object per distinct small set

    def shared(self, items: frozenset) -> frozenset:
        """The same frozenset object for equal sets: 100,000 units hold few distinct ones."""
        return self._sets.setdefault(items, items)

    def stems(self, text: str) -> tuple[list[str], frozenset[str]]:
        """The folded words of a text and the set of their stems (a text seen before in the
        article is not read again: a fact is often a sentence, a quote often a whole line)."""
        known = self._texts.get(text)
        if known is None:
            tokens = self._tokens
            seen = [tokens.get(t) or self._token(t) for t in TOKEN_RE.findall(text)]
            folded = list(chain.from_iterable(s[0] for s in seen))
            known = self._texts[text] = (folded, frozenset(chain.from_iterable(s[1] for s in seen)))
        return known

    def tokens(self, text: str) -> _Tokens:
        """The words of a line with their positions, so its sentences and quotes can take
        their words by position instead of reading the line again."""
        tokens = self._tokens
        starts, ends, seen = [], [], []
        for match in TOKEN_RE.finditer(text):
            token = match.group()
            starts.append(match.start())
            ends.append(match.end())
            seen.append(tokens.get(token) or self._token(token))
        return _Tokens(starts, ends, seen)

    def _token(self, token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Each distinct spelling is folded and stemmed once per build."""
        parts = tuple(words(token))
        seen = self._tokens[token] = (parts, tuple(self.memo.stem(w) for w in parts))
        return seen

    def build(self) -> CorpusIndex:
        for rank, article in enumerate(self.articles):
            self._article(rank, article)
            self._texts.clear()  # texts repeat within an article, seldom across
        self._tokens.clear()
        self._sets.clear()
        ordered = sorted(range(len(self.units)), key=self._order)
        position = {u: i for i, u in enumerate(ordered)}

        def in_order(ids: list[int]) -> tuple[int, ...]:
            return tuple(sorted(ids, key=position.__getitem__))

        def unrepeated(ids: list[int]) -> tuple[int, ...]:
            """A heading often repeats a quote from the text below: keep the words once."""
            seen: set[str] = set()
            kept = []
            for unit in in_order(ids):
                key = " ".join(words(self.units[unit].excerpt.text))
                if key not in seen:
                    seen.add(key)
                    kept.append(unit)
            return tuple(kept)

        first = tuple(self._first_mention(ids, position) for ids in self.person_own)
        vocabulary = set(self.own) | set(self.context)
        return CorpusIndex(
            articles=tuple(self.infos),
            units=tuple(self.units),
            block_units=tuple(tuple(ids) for ids in self.block_units),
            around=tuple(tuple(ids) for ids in self.around),
            people=self.people,
            position=array("I", (position[u] for u in range(len(self.units)))),
            quotes_by_person=tuple(unrepeated(ids) for ids in self.quotes),
            reported_by_person=tuple(unrepeated(ids) for ids in self.reported),
            first_mention=first,
            facts=in_order(self.facts),
            own=self.own,
            context=self.context,
            person_own=tuple(self.person_own),
            person_context=tuple(self.person_context),
            party_own=self.party_own,
            vocabulary=tuple(sorted(vocabulary)),
            affixes=AffixIndex.of(vocabulary),
            stems=self.memo.stems,
        )

    def _first_mention(self, ids: Ids, position: dict[int, int]) -> int | None:
        """The first sentence naming someone (a sentence shows the mention in its context)."""
        sentences = [u for u in ids if self.units[u].excerpt.kind == PASSAGE]
        candidates = sentences or list(ids)
        return min(candidates, key=position.__getitem__) if candidates else None

    def _order(self, unit_id: int) -> tuple[int, int, int, int]:
        unit = self.units[unit_id]
        # Within a line: by position; a quote before the sentence that holds it.
        return (unit.article, unit.excerpt.line, unit.start, -unit.end)

    # --- one article ------------------------------------------------------------------------

    def _article(self, rank: int, article: Article) -> None:
        mine = people_of(self.people, article.people)
        sections: dict[int, str | None] = {}
        paragraphs: dict[int, int] = {}
        commenters: dict[int, str] = {}
        section: str | None = None
        paragraph = 0
        commenter: str | None = None
        for block in article.blocks:
            if block.kind == HEADING:
                section = block.text
            elif block.kind in (LEAD, PARAGRAPH):
                paragraph += 1
                paragraphs[block.line] = paragraph
            elif block.kind == COMMENT_AUTHOR:
                commenter = block.text.split(",")[0].strip() or None
            elif block.kind == COMMENT and commenter:
                commenters[block.line] = commenter
            sections[block.line] = section
        block_ids: dict[int, int] = {}  # line → block id
        block_marks: dict[int, _Marks] = {}
        block_tokens: dict[int, _Tokens] = {}
        for block in article.blocks:
            if block.kind in CONTEXT_KINDS:
                block_tokens[block.line] = self.tokens(block.text)
                block_ids[block.line] = self._block(block_tokens[block.line], mine)
                block_marks[block.line] = _Marks.of(block.text)
        for line, around in _surroundings(article.blocks, sections).items():
            self.around[block_ids[line]] = [block_ids[other] for other in around]

        def excerpt(text: str, kind: str, line: int, source: str, speaker: int | None) -> Excerpt:
            person = self.people.entries[speaker] if speaker is not None else None
            return Excerpt(
                text=text,
                kind=kind,
                article=article.id,
                line=line,
                section=sections.get(line),
                source=source,
                speaker=person.name if person else None,
                role=person.role if person else None,
                party=person.party if person else None,
                publisher=article.publisher,
                authors=article.authors,
                published=article.published,
                title=article.title,
                url=article.url,
                paragraph=paragraphs.get(line),
            )

        def add(made: Excerpt, start: int, end: int, speaker: int | None) -> int:
            line = made.line
            if line not in block_ids:  # a quote on a line that is no text block: its own block
                block_tokens[line] = self.tokens(made.text)
                block_ids[line] = self._block(block_tokens[line], mine)
                block_marks[line] = _Marks.of(made.text)
                self.around[block_ids[line]] = [block_ids[line]]
                start, end = 0, len(made.text)
            if end <= len(blocks[line].text if line in blocks else made.text):
                folded, own = block_tokens[line].between(start, end)
            else:  # not found verbatim in its line: read its own words
                folded, own = self.stems(made.text)
            marks = block_marks[line].within(start, end)
            return self._add(
                rank, made, block_ids[line], (start, end), speaker, (folded, own), marks, mine
            )

        def span(line: int, text: str) -> tuple[int, int]:
            found = (blocks[line].text.find(text)) if line in blocks else -1
            return (found, found + len(text)) if found >= 0 else (0, 1 << 30)

        blocks = {b.line: b for b in article.blocks}
        counts = {DIRECT: 0, REPORTED: 0, FACT: 0}
        for quote in article.quotes:
            speaker = self.people.resolve_speaker(quote.speaker, mine)
            made = excerpt(quote.text, quote.kind, quote.line, quote.source, speaker)
            if speaker is None and quote.source == SOURCE_COMMENT:
                made = _with_speaker(made, commenters.get(quote.line))
            unit = add(made, *span(quote.line, quote.text), speaker)
            if speaker is not None and quote.source != SOURCE_COMMENT:
                (self.quotes if quote.kind == DIRECT else self.reported)[speaker].append(unit)
            counts[DIRECT if quote.kind == DIRECT else REPORTED] += 1
        for fact in article.facts:
            speaker = self.people.resolve_speaker(fact.claimed_by, mine)
            made = excerpt(fact.text, FACT, fact.line, "article", speaker)
            self.facts.append(add(made, *span(fact.line, fact.text), speaker))
            counts[FACT] += 1
        comments = 0
        for block in article.blocks:
            if block.kind not in CONTEXT_KINDS:
                continue
            source = SOURCE_COMMENT if block.kind == COMMENT else "article"
            comments += block.kind == COMMENT
            for sentence in split_sentences(block.text):
                made = excerpt(sentence.text, PASSAGE, block.line, source, None)
                if source == SOURCE_COMMENT:
                    made = _with_speaker(made, commenters.get(block.line))
                add(made, sentence.start, sentence.end, None)
        self.infos.append(
            ArticleInfo(
                id=article.id,
                title=article.title,
                publisher=article.publisher,
                authors=article.authors,
                published=article.published,
                url=article.url,
                people=len(article.people),
                quotes=counts[DIRECT],
                reported=counts[REPORTED],
                facts=counts[FACT],
                paragraphs=len(paragraphs),
                comments=comments,
            )
        )

    def _block(self, tokens: _Tokens, article_people: list[int]) -> int:
        """A new block (one line of text) with its stems and the people it names."""
        block_id = len(self.block_units)
        self.block_units.append([])
        self.around.append([block_id])
        folded, stems = tokens.between(0, 1 << 30)
        for stem in stems:
            _append(self.context, stem, block_id)
        for person in self.people.mentioned_in(folded, article_people):
            self.person_context[person].append(block_id)
        return block_id

    def _add(
        self,
        rank: int,
        made: Excerpt,
        block: int,
        span: tuple[int, int],
        speaker: int | None,
        words_and_stems: tuple[list[str], frozenset[str]],
        marks: set[str],
        article_people: list[int],
    ) -> int:
        unit_id = len(self.units)
        start, end = span
        folded, own = words_and_stems
        mentions = frozenset(self.people.mentioned_in(folded, article_people))
        parties = {mark for mark in marks if mark not in (lexicon.NUMBER, lexicon.TIME)}
        if speaker is not None and self.people.entries[speaker].party:
            parties.add(fold(self.people.entries[speaker].party))
        self.units.append(
            Unit(
                excerpt=made,
                article=rank,
                block=block,
                start=start,
                end=end,
                speaker=speaker,
                mentions=self.shared(mentions),
                parties=self.shared(frozenset(parties)),
                cues=self.shared(_cues(marks, own, bool(mentions) or speaker is not None)),
            )
        )
        self.block_units[block].append(unit_id)
        postings = self.own
        for stem in own:
            ids = postings.get(stem)
            if ids is None:
                ids = postings[stem] = _ids()
            ids.append(unit_id)
        for person in mentions | ({speaker} if speaker is not None else set()):
            self.person_own[person].append(unit_id)
        for party in parties:
            _append(self.party_own, party, unit_id)
        return unit_id


def _surroundings(
    blocks: tuple[Block, ...], sections: dict[int, str | None]
) -> dict[int, list[int]]:
    """For each line of text, the lines that stand around it: itself, its section heading, and
    the paragraphs next to it in the same section (a reason is often given a paragraph after
    the event it explains). Reader comments stand alone."""
    headings = {b.text: b.line for b in blocks if b.kind == HEADING}
    body = [b for b in blocks if b.kind in REPORTING_KINDS]
    around: dict[int, list[int]] = {b.line: [b.line] for b in blocks if b.kind in CONTEXT_KINDS}
    for i, block in enumerate(body):
        heading = sections.get(block.line)
        if heading in headings and headings[heading] != block.line:
            around[block.line].append(headings[heading])
        for j in (i - 1, i + 1):
            neighbour = body[j] if 0 <= j < len(body) else None
            if neighbour and neighbour.kind != HEADING and sections.get(neighbour.line) == heading:
                around[block.line].append(neighbour.line)
    return around


def _with_speaker(made: Excerpt, commenter: str | None) -> Excerpt:
    """A reader comment names its writer (not a person of the article)."""
    if not commenter:
        return made
    return replace(made, speaker=commenter)


@dataclass(frozen=True)
class _Tokens:
    """The words of one line: where each stands, its folded parts and their stems."""

    starts: list[int]
    ends: list[int]
    seen: list[tuple[tuple[str, ...], tuple[str, ...]]]

    def between(self, start: int, end: int) -> tuple[list[str], frozenset[str]]:
        """Folded words and stems of the words wholly inside [start, end)."""
        i = bisect_left(self.starts, start)
        j = bisect_right(self.ends, end)
        seen = self.seen[i:j]
        folded = list(chain.from_iterable(s[0] for s in seen))
        return folded, frozenset(chain.from_iterable(s[1] for s in seen))


@dataclass(frozen=True)
class _Marks:
    """Where a line names parties, numbers and times: found once per line with regular
    expressions, then handed to each sentence and quote by position (no regex per unit)."""

    spans: tuple[tuple[int, int, str], ...]  # (start, end, folded party or NUMBER/TIME)

    @classmethod
    def of(cls, text: str) -> _Marks:
        spans: list[tuple[int, int, str]] = []
        for match in _ANY_PARTY.finditer(text):
            party = party_in(match.group())
            if party:
                spans.append((match.start(), match.end(), fold(party)))
        if lexicon.DIGIT_RE.search(text):
            spans.extend((m.start(), m.end(), lexicon.NUMBER) for m in _DIGITS_RE.finditer(text))
            spans.extend((m.start(), m.end(), lexicon.TIME) for m in lexicon.TIME_RE.finditer(text))
        return cls(tuple(spans))

    def within(self, start: int, end: int) -> set[str]:
        return {label for s, e, label in self.spans if s < end and start < e}


def _cues(marks: set[str], stems: frozenset[str], names_someone: bool) -> frozenset[str]:
    cues = set()
    if stems & lexicon.REASON_STEMS:
        cues.add(lexicon.REASON)
    if lexicon.NUMBER in marks or stems & lexicon.NUMBER_STEMS:
        cues.add(lexicon.NUMBER)
    if lexicon.TIME in marks or stems & lexicon.TIME_STEMS:
        cues.add(lexicon.TIME)
    if names_someone:
        cues.add(lexicon.PERSON)
    return frozenset(cues)


def build_index(articles: Sequence[Article]) -> CorpusIndex:
    """Index the articles (in the order given, which is the order answers follow)."""
    return _Builder(articles).build()
