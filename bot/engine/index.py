"""The in-memory index: every quotable unit of the articles, with the keys to find it fast.

A unit is one thing the bot can show verbatim: a direct or reported quotation, a fact, or one
sentence of the article's text (or of a reader comment, labelled as such). Each carries its
ready-made `Excerpt` (text, speaker, role, party, source) so that answering is only ranking.

Everything is computed once in `build_index` (folded words, stems, postings, people, who is
mentioned where, what kind of answer a sentence can give) and then frozen: the index is built
off the event loop and swapped in whole, never changed while it is being read.
"""

from __future__ import annotations

import gc
import math
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, chain, pairwise
from operator import itemgetter
from typing import TYPE_CHECKING

from bot.corpus.credits import in_credit
from bot.corpus.german import FIRST_NAMES as GIVEN_NAMES
from bot.corpus.german import PARTY_PATTERNS, party_in
from bot.corpus.model import (
    BYLINE,
    COMMENT,
    COMMENT_AUTHOR,
    HEADING,
    LEAD,
    PARAGRAPH,
    REPORTING_KINDS,
    SECTION_KINDS,
    SOURCE_ARTICLE,
    SOURCE_COMMENT,
    Article,
    Block,
    counted_quotes,
)
from bot.corpus.reading import names_byline
from bot.corpus.sentences import split_sentences
from bot.engine import lexicon, wins
from bot.engine.affixes import AffixIndex
from bot.engine.choices import Choices
from bot.engine.folding import TOKEN_RE, StemMemo, fold, name_key, stem_word, words
from bot.engine.people import PeopleDirectory, merge_people, people_of
from bot.engine.reply import DIRECT, FACT, PASSAGE, REPORTED, Excerpt, SourceRef

if TYPE_CHECKING:  # (matching reads the index: only the type comes from it)
    from bot.engine.matching import TermUnits
    from bot.engine.places import FoundPlace
    from bot.engine.questions import PlaceResult

CONTEXT_KINDS = REPORTING_KINDS | {COMMENT}
_DIGITS_RE = re.compile(r"\d+")
# `TOKEN_RE` as a splitter: [gap, token, gap, token, …, gap].
_TOKEN_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")


def _first_letters(sources: Sequence[str]) -> str | None:
    r"""The letters every match of these patterns starts with, when each of their top-level
    alternatives is `\b` and a letter ("\bCDU\b|\bChristdemokrat…"); else None."""
    letters: set[str] = set()
    for source in sources:
        depth, start = 0, 0
        for i, char in enumerate(source + "|"):
            depth += {"(": 1, ")": -1}.get(char, 0) if source[i - 1 : i] != "\\" else 0
            if char == "|" and depth == 0:
                branch = source[start:i]
                if not (branch.startswith("\\b") and branch[2:3].isalpha()):
                    return None
                letters.add(branch[2])
                start = i + 1
    return "".join(sorted(letters))


def _any_party() -> re.Pattern[str]:
    """One pattern for every party's spellings. It opens with a lookahead of the letters its
    matches start with, where those are known: the regex engine then passes over every other
    position at once instead of trying each spelling there (a fifth of reading a line)."""
    sources = [pattern.pattern for pattern, _ in PARTY_PATTERNS]
    either = "|".join(f"(?:{source})" for source in sources)
    letters = _first_letters(sources)
    return re.compile(f"(?=[{letters}])(?:{either})" if letters else either)


_ANY_PARTY = _any_party()


@dataclass(frozen=True, slots=True)
class Unit:
    """One showable piece of an article, as the answers see it: made on demand from the
    index's columns (`UnitColumns`), never stored."""

    excerpt: Excerpt
    article: int  # position of the article in corpus order
    block: int  # the line it stands in, as an index into `CorpusIndex.block_units`
    start: int  # where the text stands in its line (for overlap checks)
    end: int
    speaker: int | None  # directory entry of whoever said it
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


# A token's folded parts and their stems.
_Token = tuple[tuple[str, ...], tuple[str, ...]]
Ids = array  # unit or block ids, compact (4 bytes each); never changed once built


# A unit's class: what kind of excerpt it is and what it can answer, one byte per unit, so a
# query can sort thousands of candidates into classes without reading their excerpts.
KIND_CODES = {DIRECT: 0, REPORTED: 1, FACT: 2, PASSAGE: 3}
CLASS_COMMENT = 4
CLASS_ASKS = 8  # the text is itself a question (ends with "?")
CUE_BITS = {lexicon.PERSON: 16, lexicon.TIME: 32, lexicon.NUMBER: 64, lexicon.REASON: 128}


def class_code(
    kind: str, comment: bool, text: str, marks: set[str], stems: Set[str], names_someone: bool
) -> int:
    """The class byte of a unit (see `UnitColumns.classes`): its kind, whether it is a reader
    comment or a question, and the kinds of answer it can give (from the numbers and times
    marked in it, its stems, and whether it names or quotes someone)."""
    code = KIND_CODES[kind]
    if comment:
        code |= CLASS_COMMENT
    if text.rstrip().endswith("?"):
        code |= CLASS_ASKS
    if not stems.isdisjoint(lexicon.REASON_STEMS) or (
        not stems.isdisjoint(lexicon.REASON_RE_HINTS) and lexicon.REASON_RE.search(text)
    ):
        code |= CUE_BITS[lexicon.REASON]
    if lexicon.NUMBER in marks or not stems.isdisjoint(lexicon.NUMBER_STEMS):
        code |= CUE_BITS[lexicon.NUMBER]
    if (
        lexicon.TIME in marks
        or not stems.isdisjoint(lexicon.TIME_STEMS)
        or not stems.isdisjoint(lexicon.SEASON_STEMS)  # read by `states_point_in_time`
    ):
        code |= CUE_BITS[lexicon.TIME]
    if names_someone:
        code |= CUE_BITS[lexicon.PERSON]
    return code


KIND_OF_CODE = {code: kind for kind, code in KIND_CODES.items()}


def is_speech(code: int) -> bool:
    """Whether a unit's class byte is somebody's words (a direct or reported quotation), not
    the paper's own reporting."""
    return KIND_OF_CODE[code & 3] in (DIRECT, REPORTED)


NO_ENTRY = -1  # in a signed column: no speaker, no section, no writer


@dataclass(frozen=True)
class UnitColumns:
    """Every unit and line of the corpus, column by column.

    A million units stored as a million objects take seconds to load from the persisted index;
    as a few arrays of numbers and the lines' texts they load in a fraction of that. A unit's
    text is a slice of its line's, kept separately only where the quotation is not verbatim in
    the line; an `Excerpt` is made only for what is shown (`CorpusIndex.excerpt`).
    """

    # per unit
    block: Ids
    article: Ids  # the article's position in corpus order (that of its block)
    start: Ids  # where the text stands in its line
    end: Ids
    speaker: array  # directory entry ("i"), NO_ENTRY: nobody of the directory
    # A quotation's speaker the text describes but names nobody of the directory by ("ein
    # Polizeisprecher", "die „Lokalpost“"): into `labels` ("i"); NO_ENTRY: none.
    described: array
    classes: bytes  # the class byte (`class_code`)
    texts: Mapping[int, str]  # unit → its text, where that is not its line's [start:end]
    # A sentence holding a quotation the article says is not its speaker's statement → the
    # quotation's label ("fake", "denied", "satire", "hypothetical"): shown with the sentence,
    # the only unit such words have, so a reader never takes them for the person's own.
    verdicts: Mapping[int, str]
    # per block (one line of an article)
    block_article: Ids
    block_line: Ids
    block_paragraph: Ids  # the paragraph's number in the article body; 0: not a paragraph
    block_section: array  # into `labels` ("i"); NO_ENTRY: before any heading
    block_writer: array  # into `labels` ("i"): who wrote a reader comment; NO_ENTRY: nobody
    block_text: tuple[str, ...]
    labels: tuple[str, ...]  # section headings and comment writers, each once

    def text(self, unit: int) -> str:
        own = self.texts.get(unit)
        if own is not None:
            return own
        return self.block_text[self.block[unit]][self.start[unit] : self.end[unit]]


@dataclass(frozen=True)
class WinLines:
    """The units that tell a win in a way of their own, found as the index reads each article
    (`_WinLineFinder`) and persisted with it: every "who won" asks for them, and reading them
    from a thousand articles' lines cost its first asker more than the rest of the answer.
    """

    # office stem → its units that also have "neu" ("ist neuer Bürgermeister")
    new_offices: Mapping[str, Ids] = field(default_factory=dict)
    kept: Ids = field(default_factory=lambda: array("I"))  # a re-election as keeping the office
    elected: Ids = field(default_factory=lambda: array("I"))  # "Gewählt ist X"
    # a word of the result ("Ergebnis") → its units that give a reason
    reasons: Mapping[str, Ids] = field(default_factory=dict)
    # "tritt ihr Amt am 1. März an", "wird am 1. Mai vereidigt", "Amtsantritt ist der …", and an
    # article's own question on it ("Wann tritt X ihr Amt an?")
    office_starts: Ids = field(default_factory=lambda: array("I"))


@dataclass
class Memos:
    """Answers remembered per index (see `bot.engine.memo`), each found the first time a
    question needs it."""

    # (places, their articles, datelines) → the units of their paragraphs in a report of
    # several places (`questions._place_paragraphs`)
    place_paragraphs: dict[tuple[tuple[str, ...], frozenset[int] | None, int], frozenset[int]] = (
        field(default_factory=dict)
    )
    # unit → whether its words of winning or losing tell no outcome (`questions._no_outcome`)
    no_outcome: dict[int, bool] = field(default_factory=dict)
    # unit → the district's result it tells, if any (`questions.place_result`)
    place_results: dict[int, PlaceResult | None] = field(default_factory=dict)
    # stem → whether the articles write it as a common noun (`places.common_noun`)
    common_noun: dict[str, bool] = field(default_factory=dict)
    # a place as typed (folded) → the stems it stands for (`places.place_forms`)
    place_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # line → whether it signs a readers' letter (`interviews._signs`)
    signature: dict[int, bool] = field(default_factory=dict)
    # person (entry) → the articles that name them in their first lines (`matching.about_person`)
    subject: dict[int, frozenset[int]] = field(default_factory=dict)
    # (first name, surname), folded → whether a line names somebody so (`honest._in_articles`)
    full_names: dict[tuple[str, str], bool] = field(default_factory=dict)
    # a question's word with the two before it, and whether it is a common word → the place it
    # names, if any (`places._place`)
    place_words: dict[tuple[tuple[str, ...], bool], FoundPlace | None] = field(default_factory=dict)
    # a term's postings (by the identity of the index's arrays) → its sets (`matching.term_units`)
    term_units: dict[tuple, TermUnits] = field(default_factory=dict)
    # person (entry) → the folded words of their name (`honest._person_name_words`)
    name_words: dict[int, frozenset[str]] = field(default_factory=dict)
    # a place's postings (as `term_units` keys them) and the place, folded → the lines telling
    # who came first there (`questions._place_leads`)
    place_leads: dict[tuple[tuple, str], tuple[int, ...]] = field(default_factory=dict)


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
    columns: UnitColumns
    block_units: tuple[tuple[int, ...], ...]  # block → its units
    around: tuple[tuple[int, ...], ...]  # block → the blocks around it, itself included
    near: tuple[tuple[int, ...], ...]  # `around` turned round: block → blocks it is around
    people: PeopleDirectory
    quotes_by_person: tuple[tuple[int, ...], ...]  # direct quote units per entry, in order
    reported_by_person: tuple[tuple[int, ...], ...]
    first_mention: tuple[int | None, ...]  # per entry: the first unit naming them
    facts: tuple[int, ...]  # fact units in article order
    own: Mapping[str, Ids]  # stem → units whose own text has it
    context: Mapping[str, Ids]  # stem → blocks whose own text has it (see `around`)
    # stem → units of a paragraph that answers a question standing as the paragraph before it
    # (an interview's answer, see `_asked`): the question says what the answer is about.
    asked: Mapping[str, Ids]
    answered: Mapping[int, int]  # a question's block → the block of its answer (see `asked`)
    person_own: tuple[Ids, ...]  # per entry: units they say or are named in
    person_context: tuple[Ids, ...]  # per entry: blocks naming them (see `around`)
    party_own: Mapping[str, Ids]
    vocabulary: tuple[str, ...]  # every stem, for fuzzy matching
    affixes: AffixIndex  # the same stems, for compound parts
    stems: Mapping[str, str]  # folded word → stem, for every word seen
    # The same quotation in several articles (agency copy): unit → every unit of its group,
    # in corpus order; quotes published once are not in it.
    copies: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    # Autocomplete's people: names, most quoted first, then the parties.
    people_choices: Choices = field(default_factory=lambda: Choices.of(()))
    # Article numbers by an author's folded full name and surname (`who <author>`): built and
    # stored with the index, so that the first reader to ask for an author does not wait.
    authors_by_key: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # A sentence (or fact) about a person it gives only by a description that opens it → that
    # person ("Die 52-Jährige gewann die Stichwahl": who won, though it names nobody).
    subjects: Mapping[int, int] = field(default_factory=dict)
    # per article: its people introduced as another's relative ("Seine Frau X"), never what the
    # article is about (`matching.about_person`) nor named by the surname alone
    relatives: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    win_lines: WinLines = field(default_factory=WinLines)
    # per article: the folded words of its source (`source_words`), read with the index, as
    # every question naming a place asks where its name stands
    source_words: tuple[tuple[str, ...], ...] = ()

    @cached_property
    def outcome_memo(self) -> dict[int, bool]:
        """Unit → whether it names who won or lost (`questions.names_outcome`), remembered as
        questions ask: the same units come back for every "who won" question."""
        return {}

    @cached_property
    def split_verb_memo(self) -> dict[str, Ids]:
        """A split verb's joined stem → the units where it stands split ("tritt … zurück"; see
        `matching.split_verb_postings`), remembered as queries ask."""
        return {}

    @cached_property
    def articles_by_source_word(self) -> dict[str, set[int]]:
        """A folded word of an article's source → the articles whose source has it
        (`places._sources_naming`), made on first use."""
        by_word: dict[str, set[int]] = {}
        for article, found in enumerate(self.source_words):
            for word in found:
                by_word.setdefault(word, set()).add(article)
        return by_word

    @cached_property
    def case_counts_memo(self) -> dict[str, tuple[int, int]]:
        """A stem → how often its first lines write it capitalised and in lower case
        (`places._case_counts`), counted on first use: every question with a word of more than
        a few letters asks whether it is a town's name, and the answer is the corpus's alone."""
        return {}

    @cached_property
    def outcome_holders_memo(self) -> dict[tuple[bool, bool], tuple[int, ...]]:
        """(lost, sole) → the one winner (loser) the whole corpus names
        (`questions._outcome_holders` with no place asked), found on first use."""
        return {}

    @cached_property
    def expansions_memo(self) -> dict[tuple[str, bool], dict[str, float]]:
        """(stem, typo) → the stems that stand for it (`matching.expansions`), found on first
        use."""
        return {}

    @cached_property
    def tabled_memo(self) -> dict[frozenset[str], frozenset[int]]:
        """Stems → the units of lists of figures under a heading with one of them
        (`questions._tabled`), found on first use."""
        return {}

    @cached_property
    def close_names_memo(self) -> dict[str, bool]:
        """A folded word → whether it is close to a known name but no slip of it
        (`unknown_names._close_to_someone`), found on first use."""
        return {}

    @cached_property
    def naming_memo(self) -> dict[tuple[tuple[str, ...], frozenset[int] | None], Ids]:
        """(places, their articles) → the units whose line names them
        (`questions._naming_units`), found on first use."""
        return {}

    @cached_property
    def village_paragraphs_memo(self) -> dict[int, int]:
        """An article → how many of its lines open a village's part of a roundup
        (`places._village_paragraphs`), counted on first use: asked for every candidate line."""
        return {}

    @cached_property
    def any_stem_memo(self) -> dict[tuple[str, ...], frozenset[int]]:
        """Stems → the units whose own text has any of them (`units_with_any`)."""
        return {}

    def units_with_any(self, stems: tuple[str, ...]) -> frozenset[int]:
        """The units whose own text has any of the stems, made once per index and stems: a
        test every candidate line takes, where a look at its text would cost more."""
        found = self.any_stem_memo.get(stems)
        if found is None:
            own = self.own
            found = self.any_stem_memo[stems] = frozenset(
                chain.from_iterable(own.get(stem, ()) for stem in stems)
            )
        return found

    @cached_property
    def memos(self) -> Memos:
        """What questions found out about the corpus alone, kept for the next question."""
        return Memos()

    @cached_property
    def copy_refs(self) -> dict[int, tuple[tuple[int, SourceRef], ...]]:
        """A group of copies (by its first unit) → (article, reference) for its first unit in
        each article, made once per group as replies ask: a quotation an agency sent to
        hundreds of papers is not looked up again for each excerpt of it."""
        return {}

    def also_in(self, unit: int) -> tuple[SourceRef, ...]:
        """Where else the unit's quotation is published: one reference per other article,
        in corpus order (none for a quotation published once)."""
        copies = self.copies.get(unit)
        if not copies:
            return ()
        refs = self.copy_refs.get(copies[0])
        if refs is None:
            columns = self.columns
            first: dict[int, SourceRef] = {}
            for other in copies:  # one per article (a heading may repeat a quote)
                rank = columns.article[other]
                if rank not in first:
                    info = self.articles[rank]
                    line = columns.block_line[columns.block[other]]
                    first[rank] = SourceRef(info.id, line, info.publisher, info.published)
            refs = self.copy_refs[copies[0]] = tuple(first.items())
        own = self.columns.article[unit]
        return tuple(ref for rank, ref in refs if rank != own)

    @cached_property
    def name_word_stems(self) -> frozenset[str]:
        """The stems of the words of people's names ("brettschneid"), made on first use: a
        longer word a place's name starts is a form of the place only if it is none of these."""
        return frozenset(self.stem(word) for word in self.people.by_word)

    @property
    def units(self) -> UnitView:
        """Every unit, made on demand (for inspection and tests: the answers read columns)."""
        return UnitView(self)

    @cached_property
    def classes(self) -> bytes:
        """Unit → its class byte (`class_code`): a plain attribute once read, as every
        candidate line of every question reads it."""
        return self.columns.classes

    def unit_count(self) -> int:
        return len(self.columns.block)

    def excerpt(self, unit: int) -> Excerpt:
        """The unit as shown: its verbatim text with everything needed to cite it."""
        columns = self.columns
        block = columns.block[unit]
        code = columns.classes[unit]
        info = self.articles[columns.block_article[block]]
        speaker = columns.speaker[unit]
        person = self.people.entries[speaker] if speaker != NO_ENTRY else None
        comment = bool(code & CLASS_COMMENT)
        name = person.name if person else None
        described = columns.described[unit]
        writer = columns.block_writer[block]
        if comment and name is None and writer != NO_ENTRY:
            name = columns.labels[writer]
        section = columns.block_section[block]
        return Excerpt(
            text=columns.text(unit),
            kind=KIND_OF_CODE[code & 3],
            article=info.id,
            line=columns.block_line[block],
            section=columns.labels[section] if section != NO_ENTRY else None,
            source=SOURCE_COMMENT if comment else SOURCE_ARTICLE,
            speaker=name,
            described=columns.labels[described] if described != NO_ENTRY else None,
            verdict=columns.verdicts.get(unit),
            role=person.role if person else None,
            party=person.party if person else None,
            publisher=info.publisher,
            authors=info.authors,
            published=info.published,
            title=info.title,
            url=info.url,
            paragraph=columns.block_paragraph[block] or None,
        )

    def unit(self, unit: int) -> Unit:
        columns = self.columns
        speaker = columns.speaker[unit]
        code = columns.classes[unit]
        return Unit(
            excerpt=self.excerpt(unit),
            article=columns.article[unit],
            block=columns.block[unit],
            start=columns.start[unit],
            end=columns.end[unit],
            speaker=speaker if speaker != NO_ENTRY else None,
            cues=frozenset(cue for cue, bit in CUE_BITS.items() if code & bit),
        )

    def stem(self, word: str) -> str:
        """The stem of a folded word; known words are looked up, not stemmed again."""
        known = self.stems.get(word)
        return known if known is not None else stem_word(word)

    def weight(self, stem: str) -> float:
        """How much a term says (inverse document frequency); unknown terms weigh the most."""
        return math.log(1 + self.unit_count() / (1 + len(self.own.get(stem, ()))))

    def overlaps(self, a: int, b: int) -> bool:
        """Whether two units show (partly) the same words of a line, or the same quotation
        (one published in several articles)."""
        start, end = self.columns.start, self.columns.end
        same_block = self.columns.block[a] == self.columns.block[b]
        if same_block and start[a] < end[b] and start[b] < end[a]:
            return True
        return b in self.copies.get(a, ())


class UnitView(Sequence[Unit]):
    """The units of an index as a sequence of `Unit`s, each made when it is read."""

    def __init__(self, index: CorpusIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return self._index.unit_count()

    def __getitem__(self, unit: int) -> Unit:  # type: ignore[override]
        if not 0 <= unit < len(self):
            raise IndexError(unit)
        return self._index.unit(unit)


def _ids() -> Ids:
    return array("I")


def kept_ids(units: Iterable[int]) -> Ids:
    """Units found once and kept beside the index as postings of its own: an array, never
    changed, like the index's (a term made of such postings is kept too: `matching.term_units`)."""
    return array("I", units)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a line of text says without knowing anybody: its words with their places, their
    folded forms and stems, and the parties/numbers/times it mentions (see `LineReader`)."""

    starts: list[int]  # per token: where it starts in the line
    ends: list[int]
    offsets: list[int]  # per token: where its folded parts begin in `folded` (one more at end)
    folded: list[str]  # the folded words (a token may fold into several: "Ober-Bürgermeister")
    stems: list[str]
    marks: _Marks


class LineReader:
    """Reads lines of text into `_Reading`s, each distinct line and token once.

    A reading depends on the text alone, so it can be made before the people of the corpus are
    known: while a first start's articles are still being extracted in worker processes, the
    library hands each one as it arrives to the reader (`read_article`), and the index build
    that follows finds its lines read. Owned by one build; not shared between threads.
    """

    def __init__(self) -> None:
        self.memo = StemMemo()
        self._lines: dict[str, _Reading] = {}  # agency copy repeats whole lines across articles
        self._tokens: dict[str, _Token] = {}

    def read_article(self, article: Article) -> None:
        """Read the lines of an article the index shows."""
        for block in article.blocks:
            if block.kind in CONTEXT_KINDS:
                self.read(block.text)

    def read(self, text: str) -> _Reading:
        known = self._lines.get(text)
        if known is not None:
            return known
        # One split gives the tokens and the gaps between them, and so where each stands: a
        # third of the time of finding each token's match and reading its place.
        pieces = _TOKEN_SPLIT_RE.split(text)
        places = list(accumulate(map(len, pieces), initial=0))
        tokens = self._tokens
        seen = [tokens.get(t) or self._token(t) for t in pieces[1::2]]
        parts = list(map(itemgetter(0), seen))
        reading = self._lines[text] = _Reading(
            places[1:-1:2],
            places[2::2],
            list(accumulate(map(len, parts), initial=0)),
            list(chain.from_iterable(parts)),
            list(chain.from_iterable(map(itemgetter(1), seen))),
            _Marks.of(text),
        )
        return reading

    def _token(self, token: str) -> _Token:
        """Each distinct spelling is folded and stemmed once per build."""
        parts = tuple(words(token))
        seen = self._tokens[token] = (parts, tuple(self.memo.stem(w) for w in parts))
        return seen


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of text read once per build: its reading, and the people it names by
    one-word keys."""

    starts: list[int]  # per token: where it starts in the line
    ends: list[int]
    offsets: list[int]  # per token: where its folded parts begin in `folded` (one more at end)
    folded: list[str]  # the folded words (a token may fold into several: "Ober-Bürgermeister")
    stems: list[str]
    names: list[tuple[int, tuple[int, ...]]]  # (place in `folded`, directory entries)
    marks: _Marks
    name_places: list[int]  # the places of `names`, ascending (to find those of a unit fast)
    fitting: list[tuple[int, ...]]  # per name: its people the first name before it fits

    def between(self, start: int, end: int) -> tuple[int, int]:
        """The range of `folded` covering the tokens wholly inside [start, end)."""
        i = bisect_left(self.starts, start)
        j = bisect_right(self.ends, end)
        return self.offsets[i], self.offsets[max(i, j)]


FIRST_NAMES = frozenset(fold(name) for name in GIVEN_NAMES)  # folded, as the lines are

# Words after which a capitalised word is a noun, not somebody's name: "im Sommer", "eines
# Wolfs", "zum Koch". Not "der", "die", "den", "dem": they also open relative clauses, as in
# "die Kita-Gebühren, die Brandt senken will".
NOUN_OPENERS = frozenset(
    "im am vom zum zur beim ins ans des ein eine einer eines einem einen".split()
)


def _a_name_here(text: str, read: _Reading, place: int) -> bool:
    """Whether the folded word at `place`, which is somebody's surname or alias, names them
    here: written with a capital ("klein" and "lang" are no Klein or Lang), not opened by an
    article ("im Sommer") and not in a credit ("Redaktion: Jan Beispiel" names a maker)."""
    token = bisect_right(read.offsets, place) - 1
    if not text[read.starts[token]].isupper():
        return False
    if in_credit(text, read.starts[max(0, token - 1)]) or in_credit(text, read.starts[token]):
        return False  # the credit's colon stands before the name's first word or the surname
    return place != read.offsets[token] or place == 0 or read.folded[place - 1] not in NOUN_OPENERS


@dataclass(slots=True)  # not frozen: a frozen dataclass is made field by field, slowly
class _Pending:
    """A unit waiting for its id (ids are handed out in corpus order, per article)."""

    order: tuple[int, int, int, int, int]  # line, 0 for quotes, start, -end, arrival
    text: str
    kind: str
    comment: bool  # from a reader comment
    block: int
    span: tuple[int, int]  # where it stands in its line
    words: tuple[int, int]  # its range of the line's folded words
    line: _Line
    speaker: int | None
    role: str  # what else to file it under: "direct", "reported", "fact" or ""
    described: str | None = None  # a speaker the text describes without a known name
    verdict: str | None = None  # see `UnitColumns.verdicts`


@dataclass
class _Columns:
    """`UnitColumns` while they are filled in."""

    block: Ids = field(default_factory=_ids)
    article: Ids = field(default_factory=_ids)
    start: Ids = field(default_factory=_ids)
    end: Ids = field(default_factory=_ids)
    speaker: array = field(default_factory=lambda: array("i"))
    described: array = field(default_factory=lambda: array("i"))
    classes: bytearray = field(default_factory=bytearray)
    texts: dict[int, str] = field(default_factory=dict)
    verdicts: dict[int, str] = field(default_factory=dict)
    block_article: Ids = field(default_factory=_ids)
    block_line: Ids = field(default_factory=_ids)
    block_paragraph: Ids = field(default_factory=_ids)
    block_section: array = field(default_factory=lambda: array("i"))
    block_writer: array = field(default_factory=lambda: array("i"))
    block_text: list[str] = field(default_factory=list)
    labels: dict[str, int] = field(default_factory=dict)

    def label(self, text: str | None) -> int:
        if text is None:
            return NO_ENTRY
        return self.labels.setdefault(text, len(self.labels))

    def frozen(self) -> UnitColumns:
        return UnitColumns(
            block=self.block,
            article=self.article,
            start=self.start,
            end=self.end,
            speaker=self.speaker,
            described=self.described,
            classes=bytes(self.classes),
            texts=self.texts,
            verdicts=self.verdicts,
            block_article=self.block_article,
            block_line=self.block_line,
            block_paragraph=self.block_paragraph,
            block_section=self.block_section,
            block_writer=self.block_writer,
            block_text=tuple(self.block_text),
            labels=tuple(self.labels),
        )


@dataclass(frozen=True)
class _Place:
    """Where a line stands in its article: what every unit of it is cited with."""

    article: int
    line: int
    section: str | None
    paragraph: int | None
    writer: str | None  # who wrote it, for a reader comment


# The stems that bring a unit to the readers of win lines (`_WinLineFinder`): a word of
# staying, defending or confirming beside one of the office ("bleibt Landrat", "verteidigte ihr
# Amt"), the passive "gewählt", a word of taking office ("Amt", "Amtsantritt", "vereidigt").
_KEPT_VERBS = frozenset(map(stem_word, lexicon.STAYS | lexicon.DEFENDS | wins.CONFIRMED))
_KEPT_SEATS = lexicon.OFFICE_STEMS | frozenset(
    map(stem_word, lexicon.KEPT_SEATS | {*wins.TERM_WORDS})
)
_ELECTED_STEM = stem_word(wins.ELECTED)
_OFFICE_TAKEN_STEMS = frozenset(map(stem_word, wins.OFFICE_TAKEN))


class _WinLineFinder:
    """The units that tell a win in a way of their own (`WinLines`), found as each unit is
    added: an article's lines are read with the article, by their stems first (most have none
    of those words) and their text only then."""

    def __init__(self, stem: Callable[[str], str]) -> None:
        self.stem = stem
        self.new_offices: defaultdict[str, Ids] = defaultdict(_ids)
        self.kept = _ids()
        self.elected = _ids()
        self.reasons: defaultdict[str, Ids] = defaultdict(_ids)
        self.office_starts = _ids()
        self._stems_seen: set[str] = set()
        self._taking_office: set[str] = set()  # those of them that speak of taking office

    def read(self, unit: int, stems: Set[str], text: str, line: str, code: int) -> None:
        """`text`: the unit's; `line`: the text of its line; `code`: its class byte."""
        if lexicon.NEW_STEM in stems:  # "ist neuer Bürgermeister"
            for office in lexicon.OFFICE_STEMS & stems:
                self.new_offices[office].append(unit)
        if code & CUE_BITS[lexicon.REASON]:  # "Als Grund für das Ergebnis gilt …"
            for stem in lexicon.RESULT_STEMS & stems:
                self.reasons[stem].append(unit)
        if _ELECTED_STEM in stems and wins.elected(wins.reporting(text)):
            self.elected.append(unit)
        if not (_KEPT_VERBS.isdisjoint(stems) or _KEPT_SEATS.isdisjoint(stems)):
            reporting = wins.reporting(text)
            if wins.kept_office_in(reporting, [self.stem(w) for w in reporting], line):
                self.kept.append(unit)
        if (
            code & (CUE_BITS[lexicon.TIME] | CLASS_ASKS)  # (or asks it: "Wann tritt X ihr Amt an?")
            and self._speaks_of_taking_office(stems)
            and wins.takes_office(words(text))
        ):
            self.office_starts.append(unit)

    def _speaks_of_taking_office(self, stems: Set[str]) -> bool:
        """Whether any of the stems is a word of taking office; each stem is looked at once
        per build (a unit's stems are a set: the new ones are found without a loop)."""
        new = stems - self._stems_seen
        if new:
            self._stems_seen |= new
            self._taking_office.update(
                s for s in new if s.startswith(wins.TAKING_OFFICE) or s in _OFFICE_TAKEN_STEMS
            )
        return not self._taking_office.isdisjoint(stems)

    def frozen(self, own: Mapping[str, Ids]) -> WinLines:
        """The lines found, with a (maybe empty) entry for each office and word of the result
        the articles have."""
        return WinLines(
            new_offices={o: self.new_offices[o] for o in sorted(lexicon.OFFICE_STEMS) if o in own},
            kept=self.kept,
            elected=self.elected,
            reasons={s: self.reasons[s] for s in sorted(lexicon.RESULT_STEMS) if s in own},
            office_starts=self.office_starts,
        )


class _Builder:
    """Collects units and postings while reading the articles (used once, then frozen)."""

    def __init__(self, articles: Sequence[Article], reader: LineReader) -> None:
        self.articles = articles
        self.reader = reader
        # The stems of the words this build reads (the index's `stems`): the reader's memo may
        # hold words of articles that are not in this build.
        self.memo = StemMemo()
        self.people = PeopleDirectory.build(merge_people(articles), self.memo.stem)
        self.one_word_people = frozenset(self.people.one_word.values())
        self.columns = _Columns()
        self.said_words: dict[int, str] = {}  # quote unit → its folded words, while building
        self.block_units: list[list[int]] = []
        self.around: list[list[int]] = []
        # Postings while building: a missing stem gets its empty list of ids on first use.
        self.own: defaultdict[str, Ids] = defaultdict(_ids)
        self.context: defaultdict[str, Ids] = defaultdict(_ids)
        self.asked: defaultdict[str, Ids] = defaultdict(_ids)
        self.answered: dict[int, int] = {}
        n = len(self.people.entries)
        self.quotes: list[list[int]] = [[] for _ in range(n)]
        self.reported: list[list[int]] = [[] for _ in range(n)]
        self.person_own: list[Ids] = [_ids() for _ in range(n)]
        self.person_context: list[Ids] = [_ids() for _ in range(n)]
        self.presented: dict[int, set[int]] = {}  # block → the people its heading presents
        self.party_own: defaultdict[str, Ids] = defaultdict(_ids)
        self.facts: list[int] = []
        self.subjects: dict[int, int] = {}  # see `CorpusIndex.subjects`
        self.relatives: dict[int, tuple[int, ...]] = {}  # see `CorpusIndex.relatives`
        self.wins = _WinLineFinder(self.memo.stem)
        self.infos: list[ArticleInfo] = []
        self.said: dict[tuple[int, str], list[int]] = {}  # (speaker, words) → quote units
        self._lines: dict[str, _Line] = {}  # agency copy repeats whole lines across articles
        self._name_keys: dict[str, str] = {}  # a speaker as written → `name_key`
        # surname as written → its holders by the first name each has, and those named by the
        # one word alone (`_first_named`): a common surname has thousands of holders at 1,000
        # articles, and it recurs in every article.
        self._by_first_name: dict[str, tuple[dict[str, tuple[int, ...]], tuple[int, ...]]] = {}
        # per directory entry: the folded party, if any
        self._party_of = [fold(e.party) if e.party else None for e in self.people.entries]

    def speaker(
        self, name: str | None, article_people: list[int], relatives: tuple[int, ...] = ()
    ) -> int | None:
        """The directory entry a quote's or fact's speaker names (see `resolve_speaker`); the
        same names recur in thousands of quotes, so each is folded once per build. A surname
        alone names none of the article's `relatives` (`Person.relative`)."""
        if not name:
            return None
        key = self._name_keys.get(name)
        if key is None:
            key = self._name_keys[name] = name_key(name)
        return self.people.resolve_key(key, article_people, relatives)

    def _first_named(
        self, folded: list[str], place: int, owners: tuple[int, ...]
    ) -> tuple[int, ...]:
        """Of the people a surname may name, those the first name before it fits: "Kathrin
        Wolters" in a press release is no mention of the Hinnerk Wolters of another article
        (`_ArticleOwners`)."""
        first = folded[place - 1] if place else ""
        if first not in FIRST_NAMES:
            return owners
        surname = folded[place]
        if surname not in self._by_first_name:
            self._by_first_name[surname] = self._group_by_first_name(owners)
        by_first, alone = self._by_first_name[surname]
        return by_first.get(first, alone)

    def _group_by_first_name(
        self, owners: tuple[int, ...]
    ) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
        """The people of a surname grouped by each first name they have (in their order), with
        those named by one word alone in every group: who "Kathrin Wolters" may mean."""
        groups: dict[str, list[int]] = {}
        alone: list[int] = []
        for i in owners:
            parts = words(self.people.entries[i].name)
            if len(parts) == 1:
                alone.append(i)
                for group in groups.values():
                    group.append(i)
                continue
            for first in set(parts[:-1]):
                groups.setdefault(first, list(alone)).append(i)
        return {first: tuple(group) for first, group in groups.items()}, tuple(alone)

    def line(self, text: str) -> _Line:
        """A line of text, read once per build however often it is published."""
        known = self._lines.get(text)
        if known is not None:
            return known
        read = self.reader.read(text)
        self.memo.stems.update(zip(read.folded, read.stems, strict=True))
        by_word = self.people.by_word
        names = [
            (place, by_word[w])
            for place, w in enumerate(read.folded)
            if w in by_word and _a_name_here(text, read, place)
        ]
        line = self._lines[text] = _Line(
            read.starts,
            read.ends,
            read.offsets,
            read.folded,
            read.stems,
            names,
            read.marks,
            [place for place, _ in names],
            [self._first_named(read.folded, place, owners) for place, owners in names],
        )
        return line

    def build(self) -> CorpusIndex:
        for rank, article in enumerate(self.articles):
            self._article(rank, article)
        self._lines.clear()
        self._name_keys.clear()
        self._by_first_name.clear()

        def unrepeated(ids: list[int]) -> tuple[int, ...]:
            """A heading often repeats a quote from the text below, and agency copy repeats it
            in other articles: keep the words once (the first; the others are its copies)."""
            seen: set[str] = set()
            kept = []
            for unit in ids:
                key = self.said_words[unit]
                if key not in seen:
                    seen.add(key)
                    kept.append(unit)
            return tuple(kept)

        copies: dict[int, tuple[int, ...]] = {}
        article_of = self.columns.article
        for group in self.said.values():
            if len({article_of[u] for u in group}) > 1:
                members = tuple(group)
                copies.update(dict.fromkeys(members, members))
        self.said.clear()
        first = tuple(self._first_mention(ids) for ids in self.person_own)
        quotes = tuple(unrepeated(ids) for ids in self.quotes)
        reported = tuple(unrepeated(ids) for ids in self.reported)
        self.said_words.clear()
        entries = self.people.entries
        quoted = sorted(
            range(len(entries)),
            key=lambda i: (
                -len(quotes[i]) - len(reported[i]),
                -len(self.person_own[i]),
                entries[i].name,
            ),
        )
        parties = sorted({e.party for e in entries if e.party})
        vocabulary = set(self.own) | set(self.context)
        return CorpusIndex(
            articles=tuple(self.infos),
            columns=self.columns.frozen(),
            block_units=tuple(tuple(ids) for ids in self.block_units),
            around=tuple(tuple(ids) for ids in self.around),
            near=_turned_round(self.around),
            people=self.people,
            quotes_by_person=quotes,
            reported_by_person=reported,
            first_mention=first,
            facts=tuple(self.facts),
            own=dict(self.own),
            context=dict(self.context),
            asked=dict(self.asked),
            answered=self.answered,
            person_own=tuple(self.person_own),
            person_context=tuple(self.person_context),
            party_own=dict(self.party_own),
            vocabulary=tuple(sorted(vocabulary)),
            affixes=AffixIndex.of(vocabulary),
            stems=self.memo.stems,
            copies=copies,
            people_choices=Choices.of([entries[i].name for i in quoted] + parties),
            authors_by_key=_authors_by_key(self.infos),
            source_words=tuple(tuple(source_words(info)) for info in self.infos),
            subjects=self.subjects,
            relatives=self.relatives,
            win_lines=self.wins.frozen(self.own),
        )

    def _first_mention(self, ids: Ids) -> int | None:
        """The first sentence naming someone (a sentence shows the mention in its context)."""
        classes = self.columns.classes
        sentences = [u for u in ids if classes[u] & 3 == KIND_CODES[PASSAGE]]
        candidates = sentences or list(ids)
        return min(candidates) if candidates else None

    # --- one article ------------------------------------------------------------------------

    def _article(self, rank: int, article: Article) -> None:
        mine = people_of(self.people, article.people, article.id)
        relatives = tuple(
            people_of(self.people, (p for p in article.people if p.relative), article.id)
        )
        if relatives:
            self.relatives[rank] = relatives
        narrow = _ArticleOwners(frozenset(mine), self.one_word_people, frozenset(relatives))
        # A byline names the makers: "Von Nils Beispiel" is no mention of the Jana Beispiel
        # of another article (the one person of that surname), only of people of its own.
        own_only = _ArticleOwners(
            frozenset(mine), self.one_word_people, frozenset(relatives), elsewhere=False
        )
        sections, paragraphs, commenters = _places(article)

        def place(line: int) -> _Place:
            return _Place(
                rank, line, sections.get(line), paragraphs.get(line), commenters.get(line)
            )

        blocks = {b.line: b for b in article.blocks}
        block_ids: dict[int, int] = {}  # line → block id
        block_lines: dict[int, _Line] = {}
        bylines: set[int] = set()  # their block ids
        for block in article.blocks:
            if block.kind in CONTEXT_KINDS:
                block_lines[block.line] = read = self.line(block.text)
                # (a byline under a teaser is read as a heading: names alone after "Von")
                byline = block.kind == BYLINE or (
                    block.kind == HEADING and names_byline(block.text)
                )
                owners = own_only if byline else narrow
                block_ids[block.line] = self._block(read, block.text, place(block.line), owners)
                if byline:
                    bylines.add(block_ids[block.line])
        for line, heading in _presenting(article.blocks).items():
            text = blocks[heading].text
            read = block_lines[heading]
            named = read.between(text.rindex(PRESENTS) + len(PRESENTS), len(text))
            people = self._mentioned(read, *named, narrow)
            if people and line in block_ids:
                self.presented[block_ids[line]] = people
        for line, around in _surroundings(article.blocks, sections).items():
            self.around[block_ids[line]] = [block_ids[other] for other in around]

        pending: list[_Pending] = []

        def add(
            text: str, kind: str, line: int, comment: bool, span: tuple[int, int],
            speaker: int | None, role: str, described: str | None = None,
            verdict: str | None = None,
        ) -> None:  # fmt: skip
            start, end = span
            if line not in block_ids:  # a quote on a line that is no text block: its own block
                block_lines[line] = self.line(text)
                block_ids[line] = self._block(block_lines[line], text, place(line), narrow)
                self.around[block_ids[line]] = [block_ids[line]]
                start, end = 0, len(text)
            read = block_lines[line]
            if end <= len(blocks[line].text if line in blocks else text):
                words_span = read.between(start, end)
            else:  # not found verbatim in its line: read its own words
                read = self.line(text)
                words_span = (0, len(read.folded))
            order = (line, 0 if kind in (DIRECT, REPORTED) else 1, start, -end, len(pending))
            pending.append(
                _Pending(
                    order, text, kind, comment, block_ids[line], (start, end), words_span, read,
                    speaker, role, described, verdict,
                )
            )  # fmt: skip

        def span(line: int, text: str) -> tuple[int, int]:
            found = (blocks[line].text.find(text)) if line in blocks else -1
            return (found, found + len(text)) if found >= 0 else (0, 1 << 30)

        counts = {DIRECT: 0, REPORTED: 0, FACT: 0}
        labelled: dict[int, list[tuple[int, int, str]]] = {}  # line → (start, end, label)
        for quote in article.quotes:
            if quote.label is not None:
                # Words the article says are not the speaker's: only its sentence shows, and
                # says so.
                start, end = span(quote.line, quote.text)
                labelled.setdefault(quote.line, []).append((start, end, quote.label))
                continue
            speaker = self.speaker(quote.speaker, mine, relatives)
            comment = quote.source == SOURCE_COMMENT
            filed = speaker is not None and not comment
            where = span(quote.line, quote.text)
            role = quote.kind if filed else ""
            described = quote.speaker if speaker is None and not comment else None
            add(quote.text, quote.kind, quote.line, comment, where, speaker, role, described)
        for quote in counted_quotes(article.quotes):
            counts[DIRECT if quote.kind == DIRECT else REPORTED] += 1
        for fact in article.facts:
            speaker = self.speaker(fact.claimed_by, mine, relatives)
            if speaker is None and fact.claimed_by is not None:
                # Reported words of a source the text does not name ("hieß es in einem
                # Beitrag der Partei"): its reported speech says whose claim it is; it is no
                # finding of the article's own.
                continue
            add(fact.text, FACT, fact.line, False, span(fact.line, fact.text), speaker, FACT)
            counts[FACT] += 1
        comments = 0
        for block, spans in _sentences(article):
            comment = block.kind == COMMENT
            comments += comment
            marked = labelled.get(block.line, ())
            for start, end in spans:
                verdict = next((v for s, e, v in marked if s < end and start < e), None)
                add(
                    block.text[start:end], PASSAGE, block.line, comment, (start, end), None, "",
                    verdict=verdict,
                )  # fmt: skip
        pending.sort(key=lambda p: p.order)
        for item in pending:
            unit = self._add(rank, item, own_only if item.block in bylines else narrow)
            if item.role == FACT:
                self.facts.append(unit)
            elif item.role and item.speaker is not None:
                (self.quotes if item.role == DIRECT else self.reported)[item.speaker].append(unit)
                key = self.said_words[unit] = " ".join(
                    item.line.folded[item.words[0] : item.words[1]]
                )
                if key:
                    self.said.setdefault((item.speaker, key), []).append(unit)
        self._described_subjects(article, block_ids, mine, relatives)
        for answer, question in _asked(article.blocks, sections).items():
            self.answered[block_ids[question]] = block_ids[answer]
            units = self.block_units[block_ids[answer]]
            for stem in set(block_lines[question].stems):
                self.asked[stem].extend(units)
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

    def _described_subjects(
        self,
        article: Article,
        block_ids: dict[int, int],
        mine: list[int],
        relatives: tuple[int, ...],
    ) -> None:
        """Each sentence (and fact) about a person it gives only by a description
        (`Article.described_subjects`) → that person's entry."""
        columns = self.columns
        for line, start, name in article.described_subjects:
            entry = self.speaker(name, mine, relatives)
            if entry is None or line not in block_ids:
                continue
            for unit in self.block_units[block_ids[line]]:
                kind = KIND_OF_CODE[columns.classes[unit] & 3]
                if kind in (PASSAGE, FACT) and columns.start[unit] <= start < columns.end[unit]:
                    self.subjects[unit] = entry

    def _mentioned(self, line: _Line, start: int, end: int, narrow: _ArticleOwners) -> set[int]:
        """The people the words [start, end) of a line name by a one-word key (surname or
        alias); a word several people share goes to those of the article who carry it."""
        found: set[int] = set()
        names = line.names
        # Only the names inside [start, end): a long line's units do not each read all of them.
        for k in range(bisect_left(line.name_places, start), bisect_left(line.name_places, end)):
            place = line.name_places[k]
            alone = bool(narrow.relatives) and (
                not place or line.folded[place - 1] not in FIRST_NAMES
            )
            found.update(narrow(names[k][1], line.fitting[k], alone))
        return found

    def _block(self, line: _Line, text: str, place: _Place, narrow: _ArticleOwners) -> int:
        """A new block (one line of text) with its stems and the people it names."""
        columns = self.columns
        block_id = len(self.block_units)
        self.block_units.append([])
        self.around.append([block_id])
        columns.block_article.append(place.article)
        columns.block_line.append(place.line)
        columns.block_paragraph.append(place.paragraph or 0)
        columns.block_section.append(columns.label(place.section))
        columns.block_writer.append(columns.label(place.writer))
        columns.block_text.append(text)
        context = self.context
        for stem in set(line.stems):
            context[stem].append(block_id)
        for person in self._mentioned(line, 0, len(line.folded), narrow):
            self.person_context[person].append(block_id)
        return block_id

    def _add(self, rank: int, item: _Pending, narrow: _ArticleOwners) -> int:
        columns = self.columns
        unit_id = len(columns.block)
        speaker, line = item.speaker, item.line
        start, end = item.words
        own = frozenset(line.stems[start:end])
        mentions = self._mentioned(line, start, end, narrow)
        marks = line.marks.within(*item.span)
        parties = {mark for mark in marks if mark not in (lexicon.NUMBER, lexicon.TIME)}
        party = self._party_of[speaker] if speaker is not None else None
        if party:
            parties.add(party)
        columns.block.append(item.block)
        columns.article.append(rank)
        columns.start.append(item.span[0])
        columns.end.append(item.span[1])
        columns.speaker.append(speaker if speaker is not None else NO_ENTRY)
        columns.described.append(columns.label(item.described))
        names_someone = bool(mentions) or speaker is not None
        code = class_code(item.kind, item.comment, item.text, marks, own, names_someone)
        if speaker is not None and lexicon.announces_reasons(columns.block_text[item.block]):
            code |= CUE_BITS[lexicon.REASON]  # "Warum es nicht reichte, erklärt X. … habe …"
        columns.classes.append(code)
        if columns.block_text[item.block][item.span[0] : item.span[1]] != item.text:
            columns.texts[unit_id] = item.text
        if item.verdict is not None:
            columns.verdicts[unit_id] = item.verdict
        self.block_units[item.block].append(unit_id)
        postings = self.own
        for stem in own:
            postings[stem].append(unit_id)
        stems: Set[str] = own
        if item.described is not None:
            # "was sagt der Pastor": a quotation of somebody the text only describes ("der
            # Pastor der Lutherkirche") is found by the words that describe them
            said_by = self.line(item.described)
            described = zip(said_by.folded, said_by.stems, strict=True)
            describing = {s for w, s in described if w not in lexicon.STOP_WORDS} - own
            for stem in describing:
                postings[stem].append(unit_id)
            stems = own | describing
        self.wins.read(unit_id, stems, item.text, columns.block_text[item.block], code)
        if speaker is not None:
            mentions.add(speaker)
        for person in mentions:
            self.person_own[person].append(unit_id)
        for person in self.presented.get(item.block, set()) - mentions:
            self.person_own[person].append(unit_id)  # the gallery's paragraph on them
        for party in parties:
            self.party_own[party].append(unit_id)
        return unit_id


# A gallery of the evening's people: "Die Siegerin: Katharina Vollmer" over a paragraph on her
# that need not name her again ("Die 44-Jährige ist die erste Frau an der Spitze der Stadt.").
PRESENTS = ": "
PRESENTED_WORDS = 4  # "Anna-Lena von der Heide" at most after the colon


def _presenting(blocks: Sequence[Block]) -> dict[int, int]:
    """The line of each paragraph right below a heading that presents somebody by name after a
    colon, with that heading's line (whether the words are a name, the index's reading says)."""
    found = {}
    for heading, below in pairwise(blocks):
        if (
            heading.kind == HEADING
            and below.kind == PARAGRAPH
            and PRESENTS in heading.text
            and len(heading.text.rsplit(PRESENTS, 1)[1].split()) <= PRESENTED_WORDS
        ):
            found[below.line] = heading.line
    return found


class _ArticleOwners:
    """Of several people sharing a word of a name, those of one article (all of them if it
    has none of them); worked out once per set of owners and article."""

    def __init__(
        self,
        article_people: frozenset[int],
        local: frozenset[int] = frozenset(),
        relatives: frozenset[int] = frozenset(),
        elsewhere: bool = True,  # whether a word none of them carries names people of others
    ) -> None:
        self.article_people = article_people
        self.local = local  # people named by first name only: only their articles name them
        self.relatives = relatives  # the article's people its surname alone does not name
        self.elsewhere = elsewhere
        self.known: dict[tuple[tuple[int, ...], tuple[int, ...], bool], tuple[int, ...]] = {}

    def __call__(
        self, owners: tuple[int, ...], fitting: tuple[int, ...], alone: bool = False
    ) -> tuple[int, ...]:
        """`fitting`: the owners the first name before the word fits; people of other articles
        must fit it ("Kathrin Wolters" is no Hinnerk Wolters), the article's own need not (a
        husband quoted in his wife's portrait names her too). `alone`: no first name stands
        before the word, so it names none of the article's relatives (`Person.relative`)."""
        key = (owners, fitting, alone)
        found = self.known.get(key)
        if found is None:
            skipped = self.relatives if alone else frozenset()
            mine = tuple(i for i in owners if i in self.article_people and i not in skipped)
            if mine or not self.elsewhere:
                found = mine
            else:
                found = tuple(i for i in fitting if i not in self.local and i not in skipped)
            self.known[key] = found
        return found


def _turned_round(around: list[list[int]]) -> tuple[tuple[int, ...], ...]:
    """Block → the blocks that have it around them (for finding where a word's context
    counts with set operations)."""
    near: list[list[int]] = [[] for _ in around]
    for block, others in enumerate(around):
        for other in others:
            near[other].append(block)
    return tuple(tuple(blocks) for blocks in near)


def _sentences(article: Article) -> Iterator[tuple[Block, list[tuple[int, int]]]]:
    """Each text and comment block with its sentences' spans: as extraction split the text
    blocks (if it recorded them), split here otherwise."""
    split: dict[int, list[tuple[int, int]]] = {}
    for line, start, end in article.sentences:
        split.setdefault(line, []).append((start, end))
    for block in article.blocks:
        if block.kind not in CONTEXT_KINDS:
            continue
        if block.kind == COMMENT or not article.sentences:
            spans = [(s.start, s.end) for s in split_sentences(block.text)]
        else:
            spans = split.get(block.line, [])
        yield block, spans


def _places(article: Article) -> tuple[dict[int, str | None], dict[int, int], dict[int, str]]:
    """Where each line stands: line → its section (the last heading or comments heading),
    line → its paragraph's number in the body, line of a reader comment → who wrote it."""
    sections: dict[int, str | None] = {}
    paragraphs: dict[int, int] = {}
    commenters: dict[int, str] = {}
    section: str | None = None
    commenter: str | None = None
    for block in article.blocks:
        if block.kind in SECTION_KINDS:
            section = block.text
        elif block.kind in (LEAD, PARAGRAPH):
            paragraphs[block.line] = len(paragraphs) + 1
        elif block.kind == COMMENT_AUTHOR:
            commenter = block.text.split(",")[0].strip() or None
        elif block.kind == COMMENT and commenter:
            commenters[block.line] = commenter
        sections[block.line] = section
    return sections, paragraphs, commenters


def _surroundings(
    blocks: tuple[Block, ...], sections: dict[int, str | None]
) -> dict[int, list[int]]:
    """For each line of text, the lines that stand around it: itself, its section heading, the
    paragraphs next to it in the same section (a reason is often given a paragraph after the
    event it explains) and the article's headline (what the whole article is about: "Überfall
    auf Juwelier" above "Am Dienstag gegen 10.40 Uhr betraten drei Männer …"). Reader comments
    stand alone."""
    headings = {b.text: b.line for b in blocks if b.kind == HEADING}
    body = [b for b in blocks if b.kind in REPORTING_KINDS]
    around: dict[int, list[int]] = {b.line: [b.line] for b in blocks if b.kind in CONTEXT_KINDS}
    headline = next((b.line for b in body[:1] if b.kind == HEADING), None)
    for i, block in enumerate(body):
        heading = sections.get(block.line)
        if heading in headings and headings[heading] != block.line:
            around[block.line].append(headings[heading])
        if headline is not None and headline not in around[block.line]:
            around[block.line].append(headline)
        for j in (i - 1, i + 1):
            neighbour = body[j] if 0 <= j < len(body) else None
            if neighbour and neighbour.kind != HEADING and sections.get(neighbour.line) == heading:
                around[block.line].append(neighbour.line)
    return around


def _asked(blocks: tuple[Block, ...], sections: dict[int, str | None]) -> dict[int, int]:
    """Paragraphs that answer a question standing as the paragraph right before them, in the
    same section: answer's line → question's line. An interview prints its questions so
    ("Die Beteiligung war niedrig. Ärgert Sie das?" / "Ja, das ärgert mich."), and a report
    sometimes asks one itself before answering it; either way the answer is about what the
    question names, though its own words may not name it. A short question stands as a heading
    ("Was wird aus dem Hallenbad?"): the paragraph under it answers it. A question after a
    question is no answer."""
    body = [b for b in blocks if b.kind in REPORTING_KINDS]
    found: dict[int, int] = {}
    for question, answer in pairwise(body):
        if (
            answer.kind != HEADING
            and question.text.rstrip().endswith("?")
            and not answer.text.rstrip().endswith("?")
            and sections.get(question.line) == sections.get(answer.line)
        ):
            found[answer.line] = question.line
    return found


@dataclass(frozen=True)
class _Marks:
    """Where a line names parties, numbers and times: found once per line with regular
    expressions, then handed to each sentence and quote by position (no regex per unit)."""

    spans: tuple[tuple[int, int, str], ...]  # (start, end, folded party or NUMBER/TIME), sorted
    starts: tuple[int, ...] = ()  # the spans' starts, ascending
    longest: int = 0  # the longest span's length

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
        spans.sort()
        longest = max((e - s for s, e, _ in spans), default=0)
        return cls(tuple(spans), tuple(s for s, _, _ in spans), longest)

    def within(self, start: int, end: int) -> set[str]:
        """The labels of the spans overlapping [start, end): only those that can, found by
        position, so that a line's many units do not each read all of its spans."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return {label for s, e, label in self.spans[first:last] if s < end and start < e}


@contextmanager
def paused_collector() -> Iterator[None]:
    """Keep the cyclic garbage collector out while an index is built or loaded: it would walk
    the hundreds of thousands of new objects again and again, and none of them is garbage yet
    (about a seventh of a build's time). Reference counting still frees what is dropped."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


_TITLE_WORD_RE = re.compile(r"[^\W\d_]+")
_FOLDED_WORD_RE = re.compile(r"[a-z]+")


def source_words(info: ArticleInfo) -> list[str]:
    """The folded words of an article's source: its title's capitalised words, its file
    name, web address and publisher."""
    names = [t for t in _TITLE_WORD_RE.findall(info.title or "") if t[:1].isupper()]
    source = " ".join(p for p in (*names, info.id, info.url, info.publisher) if p)
    return _FOLDED_WORD_RE.findall(fold(source))


def _authors_by_key(articles: Sequence[ArticleInfo]) -> dict[str, tuple[int, ...]]:
    """Article numbers by each author's `name_key` and by its last word (the surname)."""
    found: dict[str, list[int]] = {}
    for number, info in enumerate(articles):
        for author in info.authors:
            key = name_key(author)
            if not key:
                continue
            for each in dict.fromkeys((key, key.split()[-1])):
                found.setdefault(each, []).append(number)
    return {key: tuple(dict.fromkeys(numbers)) for key, numbers in found.items()}


def build_index(articles: Sequence[Article], reader: LineReader | None = None) -> CorpusIndex:
    """Index the articles (in the order given, which is the order answers follow); `reader`:
    one that has read some of their lines already."""
    with paused_collector():
        return _Builder(articles, reader or LineReader()).build()
