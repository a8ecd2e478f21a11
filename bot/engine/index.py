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
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain

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
from bot.corpus.sentences import Sentence, split_sentences
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


# A token's folded parts, their stems, and (part, directory entries) for parts naming people.
_Token = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[int, tuple[int, ...]], ...]]
Ids = array  # unit or block ids, compact (4 bytes each); never changed once built


# A unit's class: what kind of excerpt it is and what it can answer, one byte per unit, so a
# query can sort thousands of candidates into classes without reading their excerpts.
KIND_CODES = {DIRECT: 0, REPORTED: 1, FACT: 2, PASSAGE: 3}
CLASS_COMMENT = 4
CLASS_ASKS = 8  # the text is itself a question (ends with "?")
CUE_BITS = {lexicon.PERSON: 16, lexicon.TIME: 32, lexicon.NUMBER: 64, lexicon.REASON: 128}


def class_code(excerpt: Excerpt, cues: frozenset[str]) -> int:
    """The class byte of a unit (see `CorpusIndex.classes`)."""
    code = KIND_CODES[excerpt.kind]
    if excerpt.source == SOURCE_COMMENT:
        code |= CLASS_COMMENT
    if excerpt.text.rstrip().endswith("?"):
        code |= CLASS_ASKS
    for cue in cues:
        code |= CUE_BITS[cue]
    return code


@dataclass(frozen=True)
class CorpusIndex:
    """All units and keys; read-only once built.

    Unit ids follow corpus order (article, line, quotes before the sentence holding them, place
    in the line), so sorting ids sorts by position. Own-text postings point at units. Context
    postings point at lines ("blocks"): a line's words are stored once, and `around` says which
    lines stand around each one (itself, its section heading, the paragraphs before and after
    it in its section), so a word near a unit is found without storing every paragraph once
    per neighbour.
    """

    articles: tuple[ArticleInfo, ...]
    units: tuple[Unit, ...]
    classes: bytes  # unit → its class byte (`class_code`)
    block_units: tuple[tuple[int, ...], ...]  # block → its units
    around: tuple[tuple[int, ...], ...]  # block → the blocks around it, itself included
    people: PeopleDirectory
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
    # The same quotation in several articles (agency copy): unit → every unit of its group,
    # in corpus order; quotes published once are not in it.
    copies: Mapping[int, tuple[int, ...]] = field(default_factory=dict)

    def stem(self, word: str) -> str:
        """The stem of a folded word; known words are looked up, not stemmed again."""
        known = self.stems.get(word)
        return known if known is not None else stem_word(word)

    def weight(self, stem: str) -> float:
        """How much a term says (inverse document frequency); unknown terms weigh the most."""
        return math.log(1 + len(self.units) / (1 + len(self.own.get(stem, ()))))

    def overlaps(self, a: int, b: int) -> bool:
        """Whether two units show (partly) the same words of a line, or the same quotation
        (one published in several articles)."""
        x, y = self.units[a], self.units[b]
        if x.block == y.block and x.start < y.end and y.start < x.end:
            return True
        return b in self.copies.get(a, ())


def _ids() -> Ids:
    return array("I")


def _append(postings: dict[str, Ids], key: str, value: int) -> None:
    ids = postings.get(key)
    if ids is None:
        ids = postings[key] = _ids()
    ids.append(value)


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of text read once per build: its words with their places, stems, the people
    named by one-word keys, the parties/numbers/times it mentions, and its sentences."""

    starts: list[int]  # per token: where it starts in the line
    ends: list[int]
    offsets: list[int]  # per token: where its folded parts begin in `folded` (one more at end)
    folded: list[str]  # the folded words (a token may fold into several: "Ober-Bürgermeister")
    stems: list[str]
    names: list[tuple[int, tuple[int, ...]]]  # (place in `folded`, directory entries)
    marks: _Marks
    sentences: tuple[Sentence, ...]

    def between(self, start: int, end: int) -> tuple[int, int]:
        """The range of `folded` covering the tokens wholly inside [start, end)."""
        i = bisect_left(self.starts, start)
        j = bisect_right(self.ends, end)
        return self.offsets[i], self.offsets[max(i, j)]


@dataclass(frozen=True, slots=True)
class _Pending:
    """A unit waiting for its id (ids are handed out in corpus order, per article)."""

    order: tuple[int, int, int, int, int]  # line, 0 for quotes, start, -end, arrival
    excerpt: Excerpt
    block: int
    span: tuple[int, int]  # where it stands in its line
    words: tuple[int, int]  # its range of the line's folded words
    line: _Line
    speaker: int | None
    role: str  # what else to file it under: "direct", "reported", "fact" or ""


class _Builder:
    """Collects units and postings while reading the articles (used once, then frozen)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = articles
        self.memo = StemMemo()
        self.people = PeopleDirectory.build(merge_people(articles), self.memo.stem)
        self.units: list[Unit] = []
        self.classes = bytearray()
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
        self.said: dict[tuple[int, str], list[int]] = {}  # (speaker, words) → quote units
        self._lines: dict[str, _Line] = {}  # agency copy repeats whole lines across articles
        self._tokens: dict[str, _Token] = {}
        self._sets: dict[frozenset, frozenset] = {}  # one shared object per distinct small set

    def shared(self, items: frozenset) -> frozenset:
        """The same frozenset object for equal sets: 100,000 units hold few distinct ones."""
        return self._sets.setdefault(items, items)

    def line(self, text: str) -> _Line:
        """A line of text, read once per build however often it is published."""
        known = self._lines.get(text)
        if known is not None:
            return known
        matches = list(TOKEN_RE.finditer(text))
        tokens = self._tokens
        seen = [tokens.get(t) or self._token(t) for t in TOKEN_RE.findall(text)]
        offsets = list(accumulate((len(s[0]) for s in seen), initial=0))
        names = [
            (offsets[k] + part, owners)
            for k, token in enumerate(seen)
            if token[2]
            for part, owners in token[2]
        ]
        line = self._lines[text] = _Line(
            [m.start() for m in matches],
            [m.end() for m in matches],
            offsets,
            list(chain.from_iterable(s[0] for s in seen)),
            list(chain.from_iterable(s[1] for s in seen)),
            names,
            _Marks.of(text),
            tuple(split_sentences(text)),
        )
        return line

    def _token(self, token: str) -> _Token:
        """Each distinct spelling is folded, stemmed and looked up as a name once per build."""
        parts = tuple(words(token))
        by_word = self.people.by_word
        names = tuple((i, by_word[w]) for i, w in enumerate(parts) if w in by_word)
        seen = self._tokens[token] = (parts, tuple(self.memo.stem(w) for w in parts), names)
        return seen

    def build(self) -> CorpusIndex:
        for rank, article in enumerate(self.articles):
            self._article(rank, article)
        self._lines.clear()
        self._tokens.clear()
        self._sets.clear()

        def unrepeated(ids: list[int]) -> tuple[int, ...]:
            """A heading often repeats a quote from the text below, and agency copy repeats it
            in other articles: keep the words once (the first; the others are its copies)."""
            seen: set[str] = set()
            kept = []
            for unit in ids:
                key = " ".join(words(self.units[unit].excerpt.text))
                if key not in seen:
                    seen.add(key)
                    kept.append(unit)
            return tuple(kept)

        copies: dict[int, tuple[int, ...]] = {}
        for group in self.said.values():
            articles = {self.units[u].article for u in group}
            if len(articles) > 1:
                members = tuple(group)
                copies.update(dict.fromkeys(members, members))
        self.said.clear()
        first = tuple(self._first_mention(ids) for ids in self.person_own)
        vocabulary = set(self.own) | set(self.context)
        return CorpusIndex(
            articles=tuple(self.infos),
            units=tuple(self.units),
            classes=bytes(self.classes),
            block_units=tuple(tuple(ids) for ids in self.block_units),
            around=tuple(tuple(ids) for ids in self.around),
            people=self.people,
            quotes_by_person=tuple(unrepeated(ids) for ids in self.quotes),
            reported_by_person=tuple(unrepeated(ids) for ids in self.reported),
            first_mention=first,
            facts=tuple(self.facts),
            own=self.own,
            context=self.context,
            person_own=tuple(self.person_own),
            person_context=tuple(self.person_context),
            party_own=self.party_own,
            vocabulary=tuple(sorted(vocabulary)),
            affixes=AffixIndex.of(vocabulary),
            stems=self.memo.stems,
            copies=copies,
        )

    def _first_mention(self, ids: Ids) -> int | None:
        """The first sentence naming someone (a sentence shows the mention in its context)."""
        sentences = [u for u in ids if self.units[u].excerpt.kind == PASSAGE]
        candidates = sentences or list(ids)
        return min(candidates) if candidates else None

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
        blocks = {b.line: b for b in article.blocks}
        block_ids: dict[int, int] = {}  # line → block id
        block_lines: dict[int, _Line] = {}
        for block in article.blocks:
            if block.kind in CONTEXT_KINDS:
                block_lines[block.line] = self.line(block.text)
                block_ids[block.line] = self._block(block_lines[block.line], mine)
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

        pending: list[_Pending] = []

        def add(made: Excerpt, start: int, end: int, speaker: int | None, role: str) -> None:
            line = made.line
            if line not in block_ids:  # a quote on a line that is no text block: its own block
                block_lines[line] = self.line(made.text)
                block_ids[line] = self._block(block_lines[line], mine)
                self.around[block_ids[line]] = [block_ids[line]]
                start, end = 0, len(made.text)
            read = block_lines[line]
            if end <= len(blocks[line].text if line in blocks else made.text):
                span = read.between(start, end)
            else:  # not found verbatim in its line: read its own words
                read = self.line(made.text)
                span = (0, len(read.folded))
            order = (line, 0 if made.kind in (DIRECT, REPORTED) else 1, start, -end, len(pending))
            pending.append(
                _Pending(order, made, block_ids[line], (start, end), span, read, speaker, role)
            )

        def span(line: int, text: str) -> tuple[int, int]:
            found = (blocks[line].text.find(text)) if line in blocks else -1
            return (found, found + len(text)) if found >= 0 else (0, 1 << 30)

        counts = {DIRECT: 0, REPORTED: 0, FACT: 0}
        for quote in article.quotes:
            speaker = self.people.resolve_speaker(quote.speaker, mine)
            made = excerpt(quote.text, quote.kind, quote.line, quote.source, speaker)
            if speaker is None and quote.source == SOURCE_COMMENT:
                made = _with_speaker(made, commenters.get(quote.line))
            filed = speaker is not None and quote.source != SOURCE_COMMENT
            add(made, *span(quote.line, quote.text), speaker, quote.kind if filed else "")
            counts[DIRECT if quote.kind == DIRECT else REPORTED] += 1
        for fact in article.facts:
            speaker = self.people.resolve_speaker(fact.claimed_by, mine)
            made = excerpt(fact.text, FACT, fact.line, "article", speaker)
            add(made, *span(fact.line, fact.text), speaker, FACT)
            counts[FACT] += 1
        comments = 0
        for block in article.blocks:
            if block.kind not in CONTEXT_KINDS:
                continue
            source = SOURCE_COMMENT if block.kind == COMMENT else "article"
            comments += block.kind == COMMENT
            for sentence in block_lines[block.line].sentences:
                made = excerpt(sentence.text, PASSAGE, block.line, source, None)
                if source == SOURCE_COMMENT:
                    made = _with_speaker(made, commenters.get(block.line))
                add(made, sentence.start, sentence.end, None, "")
        pending.sort(key=lambda p: p.order)
        for item in pending:
            unit = self._add(rank, item, mine)
            if item.role == FACT:
                self.facts.append(unit)
            elif item.role and item.speaker is not None:
                (self.quotes if item.role == DIRECT else self.reported)[item.speaker].append(unit)
                key = " ".join(item.line.folded[item.words[0] : item.words[1]])
                if key:
                    self.said.setdefault((item.speaker, key), []).append(unit)
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

    def _mentioned(self, line: _Line, start: int, end: int, article_people: list[int]) -> set[int]:
        """The people the words [start, end) of a line name by a one-word key (surname or
        alias); a word several people share goes to those of the article who carry it."""
        found: set[int] = set()
        for place, owners in line.names:
            if start <= place < end:
                if len(owners) > 1 and article_people:
                    owners = tuple(i for i in owners if i in article_people) or owners
                found.update(owners)
        return found

    def _block(self, line: _Line, article_people: list[int]) -> int:
        """A new block (one line of text) with its stems and the people it names."""
        block_id = len(self.block_units)
        self.block_units.append([])
        self.around.append([block_id])
        context = self.context
        for stem in set(line.stems):
            ids = context.get(stem)
            if ids is None:
                ids = context[stem] = _ids()
            ids.append(block_id)
        for person in self._mentioned(line, 0, len(line.folded), article_people):
            self.person_context[person].append(block_id)
        return block_id

    def _add(self, rank: int, item: _Pending, article_people: list[int]) -> int:
        unit_id = len(self.units)
        made, speaker, line = item.excerpt, item.speaker, item.line
        start, end = item.words
        own = frozenset(line.stems[start:end])
        mentions = frozenset(self._mentioned(line, start, end, article_people))
        marks = line.marks.within(*item.span)
        parties = {mark for mark in marks if mark not in (lexicon.NUMBER, lexicon.TIME)}
        if speaker is not None and self.people.entries[speaker].party:
            parties.add(fold(self.people.entries[speaker].party))
        cues = self.shared(_cues(marks, own, bool(mentions) or speaker is not None))
        self.units.append(
            Unit(
                excerpt=made,
                article=rank,
                block=item.block,
                start=item.span[0],
                end=item.span[1],
                speaker=speaker,
                mentions=self.shared(mentions),
                parties=self.shared(frozenset(parties)),
                cues=cues,
            )
        )
        self.classes.append(class_code(made, cues))
        self.block_units[item.block].append(unit_id)
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
