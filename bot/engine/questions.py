"""Free questions in plain German: the one to three excerpts that answer best, or an honest
"the articles do not say".

A question is read into what it asks about (content words, stemmed and folded), whom it names
(people and parties: an answer must involve them), what kind of answer it wants (wer → a
person, wann → a time, wie viele → a number, warum → a reason) and whether it asks what
somebody said. Units are scored by how much of the question they cover (their own text fully,
their surroundings by half), then weighed by those signals. Only the articles' own reporting
answers; when only a reader comment matches, the reply says so instead of quoting it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import compress, islice
from operator import mul

from bot.engine import english, lexicon
from bot.engine.article_questions import about_articles
from bot.engine.context import Context
from bot.engine.folding import fold, name_key, words
from bot.engine.index import (
    CLASS_ASKS,
    CLASS_COMMENT,
    CUE_BITS,
    KIND_CODES,
    KIND_OF_CODE,
    CorpusIndex,
)
from bot.engine.matching import (
    SEMANTIC_LABEL,
    Scored,
    Term,
    TermUnits,
    context_matches,
    distinct,
    party_term,
    person_term,
    ranked,
    semantic_term,
    word_term,
)
from bot.engine.people import FUZZY
from bot.engine.person_answers import who
from bot.engine.places import EVERYWHERE, Scope, article_units, find_scope
from bot.engine.reply import DIRECT, PASSAGE, REPORTED, USAGE, Reply
from bot.engine.safe_text import one_line
from bot.engine.small_talk import EXAMPLES, after_greeting, small_talk

CONTEXT_FACTOR = 0.5  # a word found only around a unit (its line, its heading) counts half
ROLE_PHRASE_WEIGHT = 0.25  # "Kalouti als Oberbürgermeister": the role only describes him
MIN_COVERAGE = 0.5  # below this share of the question, a unit does not answer it
FOLLOWERS_SHARE = 0.7  # a second or third excerpt must score this share of the best
MAX_ANSWERS = 3
MAX_CANDIDATES = 30  # ranked in full; enough to find three that do not overlap
MAX_QUESTION_WORDS = 16
CUE_MATCH = 1.3  # the unit gives the kind of answer asked for (a reason for "warum")
CUE_MISS = 0.75
REASON_MISS = 0.6  # "warum" without any reason in the unit rarely answers
SPEECH_MATCH = 1.3  # "was sagte X": quotations first
SPEAKER_MATCH = 1.2  # the named person says it themselves
ASKED_IN_TEXT = 0.8  # a question the article itself asks is seldom the answer
ECHO_LIMIT = 120
NEAR_COST = 4  # units around a line's word, per line that has it: to gather, about
SEMANTIC_SHARE = 0.5  # closeness in meaning weighs half as much as all the question's words
OFFICE_MATCH = 0.7  # "neuer Bürgermeister" for "gewonnen": as close as a compound
NAMELESS_OUTCOME = 0.5  # "wer hat gewonnen": a sentence that names no winner
QUOTED_RE = re.compile(r"„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»")
STATED_KINDS = (lexicon.TIME, lexicon.NUMBER)  # an answer must state one itself


@dataclass(frozen=True)
class Question:
    """What a question asks, as far as the index can tell."""

    kind: str  # lexicon.PERSON, TIME, NUMBER, REASON, PLACE or WHAT
    terms: tuple[Term, ...]
    people: tuple[int, ...]  # directory entries the question names
    wants_quote: bool  # it asks what somebody said
    scope: Scope = EVERYWHERE  # the places it asks about
    strict: bool = True  # a "wann"/"wie viele" answer must state a time/number
    outcome: bool = False  # "wer hat gewonnen / verloren": the answer names the winner/loser


def in_language(ctx: Context, folded: list[str]) -> Context:
    """The context that answers in the question's language (the configured one if unclear)."""
    if english.is_english(folded):
        language = "en"
    elif english.is_german(folded):
        language = "de"
    else:
        return ctx
    if language == ctx.language:
        return ctx
    return replace(ctx, config=replace(ctx.config, language=language))


def _named_people(
    ctx: Context, folded: list[str], taken: set[int]
) -> tuple[list[tuple[str, tuple[int, ...]]], set[int]]:
    """People the question names (by full name, alias, genitive or a typo of a rare word): per
    name as typed, everyone it may mean; and the positions of the words that named them
    (`taken`: positions already read as something else, such as "wie lange")."""
    directory = ctx.index.people
    found: list[tuple[str, tuple[int, ...]]] = []
    used: set[int] = set(taken)
    for size in (3, 2, 1):
        for start in range(len(folded) - size + 1):
            span = set(range(start, start + size))
            if span & used:
                continue
            key = " ".join(folded[start : start + size])
            if size == 1 and (key in lexicon.STOP_WORDS or folded[start - 1 : start] == ["in"]):
                continue  # "in Altwasser" is a place, whoever may be called so
            hits: tuple[int, ...] = ()
            if key in directory.by_name:
                hits = (directory.by_name[key],)
            elif key in directory.by_alias:
                hits = directory.by_alias[key]
            elif size == 1 and key.endswith("s") and key[:-1] in directory.by_alias:
                hits = directory.by_alias[key[:-1]]  # genitive: "Kaloutis Sieg"
            elif size == 1 and len(key) >= 5 and ctx.index.stem(key) not in ctx.index.own:
                match = directory.fuzzy(name_key(key))
                hits = match.people if match.how == FUZZY else ()
            named = [h for h in hits if all(h not in group for _, group in found)]
            if named:
                found.append((key, tuple(named)))
                used |= span
    return found, used - taken


def _measured(folded: list[str], asked: set[int], taken: set[int]) -> int | None:
    """Where the word stands that says what a "wie viele" question counts ("wie viele
    Stimmen", "wie hoch war die Wahlbeteiligung"); None if it names nobody's number."""
    start = max(asked) + 1 if asked else 0
    for position in range(start, len(folded)):
        word = folded[position]
        if position in taken:
            return None
        if word not in lexicon.STOP_WORDS and not word.isdigit():
            return position
    return None


def read_question(ctx: Context, text: str, similar: Mapping[int, float] | None = None) -> Question:
    """What a question asks. `similar`: per unit, how close in meaning it is to the question
    (see `Context.similar`); fused as one more term weighing `SEMANTIC_SHARE` of the words."""
    folded = english.to_german(after_greeting(words(text))[: MAX_QUESTION_WORDS * 2])
    kind, asked = lexicon.question_kind(folded)
    named, used = _named_people(ctx, folded, asked)
    scope = find_scope(ctx.index, folded, used | asked)
    measure = None
    if kind == lexicon.NUMBER:
        implied = next((w for k, w in lexicon.MEASURED_BY.items() if _has(folded, k)), None)
        if implied is not None:
            folded = [*folded, implied]
            measure = len(folded) - 1
        else:
            measure = _measured(folded, asked, used | scope.positions)
    # A surname several people share ("Lang" in many cities' articles) is one term: an answer
    # must involve one of them, not all of them at once.
    entries = ctx.index.people.entries
    terms: list[Term] = [
        person_term(ctx.index, group, entries[group[0]].name if len(group) == 1 else typed)
        for typed, group in named
    ]
    people = [p for _, group in named for p in group]
    wants_quote = False
    seen: set[str] = set()
    stems = {ctx.index.stem(word) for word in folded}
    outcome = kind == lexicon.PERSON and not stems.isdisjoint(lexicon.OUTCOME_STEMS)
    for position, word in enumerate(folded):
        if position in used or position in asked or position in scope.positions:
            continue
        if word in lexicon.SPEECH_WORDS and position != measure:  # "wie viele Stimmen"
            wants_quote = True
            continue
        if word in lexicon.STOP_WORDS:
            continue
        party = ctx.index.people.party_named(word)
        if party is not None:
            key = fold(party)
            if key not in seen:
                seen.add(key)
                terms.append(party_term(ctx.index, key, party))
            continue
        stem = ctx.index.stem(word)
        if stem not in seen and len(terms) < MAX_QUESTION_WORDS:
            seen.add(stem)
            term = word_term(ctx.index, word)
            contest = outcome and term.own and _names_contest(stem)
            if _describes_person(folded, position, used) or contest:
                term = replace(term, weight=term.weight * ROLE_PHRASE_WEIGHT)
            if outcome and stem in lexicon.WIN_STEMS:
                term = with_offices(ctx.index, term)
            if position == measure:  # the answer must state it in its own words
                term = replace(term, context=(), required=True)
            terms.append(term)
    if similar:
        lexical = sum(t.weight for t in terms) or 1.0
        terms.append(semantic_term(similar, SEMANTIC_SHARE * lexical))
    if scope.articles is not None:
        ranges = article_units(ctx.index, scope.articles)
        terms.append(Term(" ".join(scope.places), 0.0, tuple((r, 1.0) for r in ranges), (), True))
    return Question(kind, tuple(terms), tuple(people), wants_quote, scope, outcome=outcome)


def names_outcome(ctx: Context, unit: int) -> bool:
    """Whether a unit says in its own reporting who won or lost: a word of winning or losing
    (or a new office holder: "neuer Bürgermeister") and somebody's name outside any
    quotation, not only its speaker's ("Euer Wahlsieg …", rief Wüst: a speaker's cheer; "die
    Partei hat 22 Stichwahlen gewonnen": nobody named)."""
    index = ctx.index
    reporting = words(QUOTED_RE.sub(" ", index.columns.text(unit)))
    stems = [index.stem(word) for word in reporting]
    new_office = any(
        stem in lexicon.OFFICE_STEMS and lexicon.NEW_STEM in stems[max(0, i - 3) : i]
        for i, stem in enumerate(stems)
    )
    if not new_office and lexicon.OUTCOME_STEMS.isdisjoint(stems):
        return False
    genitives = [word[:-1] for word in reporting if word.endswith("s")]  # "Kaloutis Sieg"
    named = index.people.mentioned_in([*reporting, *genitives])
    return bool(named - {index.columns.speaker[unit]})


def with_offices(index: CorpusIndex, term: Term) -> Term:
    """A word of winning that also finds the new office holder ("ist neuer Bürgermeister"),
    a little weaker than the word itself."""
    offices = tuple((index.own[s], OFFICE_MATCH) for s in lexicon.OFFICE_STEMS if s in index.own)
    return replace(term, own=term.own + offices)


def _names_contest(stem: str) -> bool:
    """Whether a word names the contest ("Wahl", "Stichwahl", "Wahlgang"): in "wer hat die
    Stichwahl gewonnen" it says which race, and the sentence naming the winner need not repeat
    it."""
    return stem.endswith("wahl") or stem in lexicon.CONTEST_STEMS


def _has(folded: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(folded[i : i + size]) == phrase for i in range(len(folded) - size + 1))


def _describes_person(folded: list[str], position: int, named: set[int]) -> bool:
    """Whether a word stands in an "als …" phrase right after a named person ("Kalouti als
    Oberbürgermeister"): it says in what role, not what about."""
    return position >= 2 and folded[position - 1] == "als" and (position - 2) in named


def _boost(question: Question, code: int, speaker_asked: bool) -> float:
    """How much more (or less) a unit of this class (`index.class_code`) answers the question;
    `speaker_asked`: it is said by one of the people asked about. With `speaker_asked` true
    for every class, it bounds what a group of units can get."""
    factor = 1.0
    if question.kind in (lexicon.PERSON, lexicon.TIME, lexicon.NUMBER, lexicon.REASON):
        if code & CUE_BITS[question.kind]:
            factor *= CUE_MATCH
        elif question.strict and question.kind in STATED_KINDS:
            return 0.0  # "wann" is not answered by a sentence without any time
        else:
            factor *= REASON_MISS if question.kind == lexicon.REASON else CUE_MISS
    if question.wants_quote and KIND_OF_CODE[code & 3] in (DIRECT, REPORTED):
        factor *= SPEECH_MATCH
    if speaker_asked and question.kind not in STATED_KINDS:  # "wann kam X": not X's words
        factor *= SPEAKER_MATCH
    if code & CLASS_ASKS:
        factor *= ASKED_IN_TEXT
    return factor


@dataclass(frozen=True)
class _Part:
    """Candidate units narrowed term by term (see `_Narrowing`)."""

    sims: tuple[float | None, ...]  # per term: how well their own text has it; None: not known
    near: tuple[bool | None, ...]  # per term they lack: whether it is around them; None: unknown
    units: set[int] | None = None  # None: not gathered yet
    boost: float | None = None  # the boost of their class (see `_boost`), once split by it


class _Narrowing:
    """The candidates of one question, split into parts only as far as the ranking asks.

    A part is a set of constraints (per term: matched in the own text this well, not at all
    but around, not at all and not around, or not known yet; perhaps the boost of its class)
    and the best score its units can reach. Opening the best part (`matching.ranked`) gathers
    its units if need be and fixes one more constraint, or, once all are fixed, scores them; so
    a part that can never beat the answers found is never split nor even gathered: a common
    word's thousands of units are looked at only if they could answer.
    """

    def __init__(self, ctx: Context, question: Question, comments: bool) -> None:
        index = ctx.index
        self.question = question
        self.terms = question.terms
        self.weights = [t.weight for t in self.terms]
        self.least = MIN_COVERAGE * sum(self.weights)
        self.required = [i for i, t in enumerate(self.terms) if t.required]
        self.term_units = [TermUnits(index, t) for t in self.terms]
        self.top = [max((s for _, s in t.own), default=0.0) for t in self.terms]
        self.reach = [
            CONTEXT_FACTOR * max((s for _, s in t.context), default=0.0) for t in self.terms
        ]
        self.has_context = [bool(t.context) for t in self.terms]
        self.context = [
            context_matches(index, t, CONTEXT_FACTOR) if t.context else None for t in self.terms
        ]
        self.wanted = CLASS_COMMENT if comments else 0
        self.mask = CLASS_COMMENT | CLASS_ASKS | 3 | CUE_BITS.get(question.kind, 0)
        self.speakers = set(question.people)
        # Class byte → the number of its boost in `boost_values` (255: a class not wanted); a
        # boost depends on the bits in `mask` only.
        people = bool(question.people)
        masked = {c & self.mask for c in range(256) if c & CLASS_COMMENT == self.wanted}
        boost_of = {code: _boost(question, code, people) for code in masked}
        self.boost_values = sorted({b for b in boost_of.values() if b > 0}, reverse=True)
        number = {boost: n for n, boost in enumerate(self.boost_values)}
        self.boost_group = bytes(
            number.get(boost_of[c & self.mask], 255) if c & CLASS_COMMENT == self.wanted else 255
            for c in range(256)
        )
        self.max_boost = self.boost_values[0] if self.boost_values else 0.0
        # The boost of most units: a plain sentence of the reporting (or of a comment).
        self.plain_boost = _boost(question, KIND_CODES[PASSAGE] | self.wanted, people)
        self.index = index
        self.ctx = ctx
        self.boosts: dict[tuple[int, bool], float] = {}  # (class byte, speaker asked) → boost
        # own-text matches → (terms whose context may raise them, block → match)
        self.by_sims: dict[tuple[float, ...], tuple[list[tuple[int, Callable]], dict]] = {}

    def root(self) -> list[tuple[float, _Part]]:
        if not self.max_boost:
            return []
        n = len(self.terms)
        return self._bounded([_Part((None,) * n, (None,) * n)])

    # --- bounds ---

    def _matched_bound(self, part: _Part) -> float | None:
        """The best match a unit of the part can reach; None if none of them can answer."""
        row = []
        best_own = 0.0
        for i, (sim, near) in enumerate(zip(part.sims, part.near, strict=True)):
            reach = self.reach[i]
            if sim is None:
                if self.weights[i]:  # a place says where, not what
                    best_own = max(best_own, self.top[i])
                row.append(max(self.top[i], reach))
            else:
                if self.weights[i]:
                    best_own = max(best_own, sim)
                row.append(0.0 if near is False else max(sim, reach))
        if best_own <= CONTEXT_FACTOR:
            return None  # an answer must say some of it itself, not only stand near it
        if any(row[i] == 0 for i in self.required):
            return None
        matched = sum(w * m for w, m in zip(self.weights, row, strict=True))
        return matched if matched >= self.least else None

    def _bound(self, part: _Part) -> float | None:
        """The best score a unit of the part can reach; None if none of them can answer."""
        matched = self._matched_bound(part)
        if matched is None or (part.units is not None and not part.units):
            return None
        return matched * (self.max_boost if part.boost is None else part.boost)

    def _bounded(self, parts: Iterable[_Part]) -> list[tuple[float, _Part]]:
        bounded = []
        for part in parts:
            bound = self._bound(part)
            if bound is not None:
                bounded.append((bound, part))
        return bounded

    # --- opening a part ---

    def open(self, part: _Part) -> tuple[list[tuple[float, _Part]], list[Iterator[Scored]]]:
        """The part split one step further, or (every term and its class known) its units
        scored."""
        if part.units is None:
            if not self._positive(part):
                return self._bounded(self._split_ungathered(part)), []
            part = replace(part, units=self._gather(part))
        finer = self._split(part)
        if finer is None:
            return [], [self._scored(part)]
        return self._bounded(finer), []

    def _split(self, part: _Part) -> list[_Part] | None:
        """The part split the way that lowers the bound of those split off most: by a term's
        own text (those lacking it), by whether a term is around (those without it), or by
        class (those that are not the kind of answer asked for, when that weighs more than
        any word); None once all are known."""
        matched = self._matched_bound(part)
        assert matched is not None
        boost = self.max_boost if part.boost is None else part.boost
        best: tuple[float, int, int] | None = None  # (how much lower, order, term)
        for i, (sim, near) in enumerate(zip(part.sims, part.near, strict=True)):
            if sim is None:
                lower = self.weights[i] * (max(self.top[i], self.reach[i]) - self.reach[i])
            elif sim == 0.0 and near is None and self.has_context[i]:
                lower = self.weights[i] * self.reach[i]
            else:
                continue
            if best is None or lower * boost > best[0]:
                best = (lower * boost, 0, i)
        if part.boost is None:
            lower = matched * (self.max_boost - self.plain_boost)
            if best is None or lower > best[0]:
                best = (lower, 1, -1)
        if best is None:
            return None
        _, by_class, i = best
        if by_class:
            return self._split_class(part)
        if part.sims[i] is None:
            return self._split_own(part, i)
        return self._split_near(part, i)

    def _positive(self, part: _Part) -> bool:
        """Whether some constraint names units to start gathering from."""
        return any(s for s in part.sims) or any(n is True for n in part.near)

    def _split_ungathered(self, part: _Part) -> list[_Part]:
        """Without any set to start from: split off the units that have some term (in their
        own text, or around them), leaving those that lack it ungathered. The term is the one
        that lowers the bound of those left most for the units it makes gather (a rare name
        that every answer needs: at once, all of them); every term fixed and none matched in
        the own text: no answer."""
        matched = self._matched_bound(part)
        assert matched is not None
        best: tuple[float, int] | None = None
        for i, (sim, near) in enumerate(zip(part.sims, part.near, strict=True)):
            if sim is None:
                rest, cost = _with(part, i, 0.0), self.term_units[i].own_size
            elif near is None and self.has_context[i]:
                rest, cost = _with(part, i, 0.0, False), NEAR_COST * self.term_units[i].context_size
            else:
                continue
            gain = (matched - (self._matched_bound(rest) or 0.0)) / max(cost, 1)
            if best is None or gain > best[0]:
                best = (gain, i)
        if best is None:
            return []
        i = best[1]
        if part.sims[i] is None:
            return [_with(part, i, sim) for sim in (*self.term_units[i].similarities, 0.0)]
        return [_with(part, i, 0.0, near) for near in (True, False)]

    def _gather(self, part: _Part) -> set[int]:
        """The units meeting every constraint, starting from the cheapest set that names some."""
        starts = []
        for i, (sim, near) in enumerate(zip(part.sims, part.near, strict=True)):
            if sim:
                starts.append((self.term_units[i].own_size, i))
            elif sim == 0.0 and near is True:
                starts.append((NEAR_COST * self.term_units[i].context_size, i))
        _, first = min(starts)
        sim = part.sims[first]
        start = self.term_units[first]
        units = start.level(sim) if sim else start.around
        for i, (sim, near) in enumerate(zip(part.sims, part.near, strict=True)):
            term = self.term_units[i]
            if sim:
                if i != first:
                    units = units & term.level(sim)
            elif sim == 0.0:
                units = units - term.own
                if near is not None and i != first:
                    far = term.far(units)
                    units = units - far if near else far
        return units

    def _split_own(self, part: _Part, i: int) -> list[_Part]:
        assert part.units is not None
        return [
            _with(part, i, sim, units=units) for sim, units in self.term_units[i].split(part.units)
        ]

    def _split_near(self, part: _Part, i: int) -> list[_Part]:
        assert part.units is not None
        far = self.term_units[i].far(part.units)
        return [
            _with(part, i, 0.0, True, part.units - far),
            _with(part, i, 0.0, False, far),
        ]

    def _split_class(self, part: _Part) -> list[_Part]:
        """The part's units by the boost of their class (from the reporting, or from the
        comments when `comments`): a pass in C per boost, none per unit."""
        assert part.units is not None
        units = list(part.units)
        classes = self.index.classes
        groups = bytes([classes[unit] for unit in units]).translate(self.boost_group)
        parts = []
        for group in dict.fromkeys(groups):
            if group < len(self.boost_values):
                only = bytearray(256)
                only[group] = 1
                members = set(compress(units, groups.translate(only)))
                parts.append(replace(part, units=members, boost=self.boost_values[group]))
        return parts

    # --- scoring ---

    def _scored(self, part: _Part) -> Iterator[Scored]:
        """The part's answers, best first (ties in corpus order).

        Lazy: the units come in corpus order, and one that reaches the part's bound cannot be
        beaten by any other of the part, so it is given at once; the others wait, sorted once
        the part is through. Where many tie at the top (a party's quotes all around the same
        words), the first few cost a few steps."""
        units, bound = part.units, self._bound(part)
        assert units is not None and bound is not None
        sims = tuple(s or 0.0 for s in part.sims)
        known = self.by_sims.get(sims)
        if known is None:
            nearby = [
                (i, near)
                for i, near in enumerate(self.context)
                if near and sims[i] < CONTEXT_FACTOR
            ]
            known = self.by_sims[sims] = (nearby, {})
        nearby, by_block = known
        best = round(bound, 6)
        later = []
        for unit in sorted(units):  # in corpus order
            score = self._score(unit, sims, nearby, by_block)
            if score is None:
                continue
            if round(score, 6) >= best:
                yield score, unit
            else:
                later.append((-round(score, 6), unit, score))
        later.sort()
        for _, unit, score in later:
            yield score, unit

    def _score(
        self,
        unit: int,
        sims: tuple[float, ...],
        nearby: list[tuple[int, Callable[[int], float]]],
        by_block: dict[int, float | None],
    ) -> float | None:
        """The unit's score (None: it does not answer); its match is its line's, worked out
        once per line and own-text matches."""
        block = self.index.columns.block[unit]
        if block in by_block:
            matched = by_block[block]
        else:
            matched = by_block[block] = self._block_match(block, sims, nearby)
        if matched is None:
            return None
        # A unit's boost follows from its class byte and whether it is the speaker asked
        # about: worked out once per such pair and query.
        kind = (self.index.classes[unit], self.index.columns.speaker[unit] in self.speakers)
        boost = self.boosts.get(kind)
        if boost is None:
            boost = self.boosts[kind] = _boost(self.question, *kind)
        if not boost:
            return None
        if self.question.outcome and not names_outcome(self.ctx, unit):
            boost *= NAMELESS_OUTCOME
        return matched * boost

    def _block_match(
        self,
        block: int,
        sims: tuple[float, ...],
        nearby: list[tuple[int, Callable[[int], float]]],
    ) -> float | None:
        """How much of the question a unit of this line matches with these own-text matches
        (its context is its line's); None if that is not enough. `nearby`: the terms whose
        context could still raise the match."""
        row = list(sims)
        for i, near in nearby:
            found = near(block)
            if found > row[i]:
                row[i] = found
        for i in self.required:
            if row[i] == 0:
                return None
        matched = sum(map(mul, self.weights, row))
        return matched if matched >= self.least else None


def _with(
    part: _Part, i: int, sim: float, near: bool | None = None, units: set[int] | None = None
) -> _Part:
    """The part with term `i` known: matched `sim` in the own text (0.0: not), and if not,
    whether it is around (`near`); `units`: those of the part that meet it, if gathered."""
    sims = (*part.sims[:i], sim, *part.sims[i + 1 :])
    nears = (*part.near[:i], near, *part.near[i + 1 :])
    return _Part(sims, nears, units, part.boost)


def _answers(ctx: Context, question: Question, comments: bool) -> Iterator[Scored]:
    """Units that answer, as (score, unit), best first: all named people and parties involved,
    enough of the question covered; from reader comments only if `comments`.

    Lazy: only parts of the candidates that could still beat what was found are gathered,
    split and scored (see `_Narrowing` and `matching.ranked`), so a caller that takes the first
    few pays for little more.
    """
    narrowing = _Narrowing(ctx, question, comments)
    yield from ranked(narrowing.root(), narrowing.open)


def _followers(first: tuple[float, int], rest: Iterator[tuple[float, int]]) -> Iterator[int]:
    """The best answer, then those scoring at least `FOLLOWERS_SHARE` of it, best first.

    Lazy, so that `distinct` stops the ranking once it has its excerpts. The answers come best
    first by their score rounded to 6 places: once that rounded score is below the rounded
    threshold, no later answer can reach the threshold, and nothing more need be scored."""
    best = first[0]
    threshold = FOLLOWERS_SHARE * best
    yield first[1]
    for score, unit in rest:
        if round(score, 6) < round(threshold, 6):
            return
        if score >= threshold:
            yield unit


def ask(ctx: Context, argument: str) -> Reply:
    """`ask <question>`: the best one to three sourced excerpts, or "the articles do not say"
    (with the nearest passage, labelled as not answering, when there is one); in the
    question's language."""
    text = argument.strip()
    if not text:
        return ctx.needs_argument("ask")
    folded = words(text)
    ctx = in_language(ctx, folded)
    reply = small_talk(ctx, folded) or about_articles(ctx, english.to_german(folded))
    if reply is not None:
        return reply
    echo = one_line(text, ECHO_LIMIT)
    title = ctx.say("title_answer", question=echo)
    question = read_question(ctx, text, ctx.similar(text) if ctx.similar else None)
    example = EXAMPLES.get(ctx.language, EXAMPLES["de"])
    if question.scope.unknown is not None:
        note = ctx.say("answer_place_unknown", place=question.scope.unknown)
        return ctx.not_found("ask", note, title=title)
    if not question.terms:
        return Reply(USAGE, title, ctx.say("question_empty", example=example), command="ask")
    words_asked = [t for t in question.terms if t.label != SEMANTIC_LABEL]
    if question.kind == lexicon.PERSON and question.people and len(words_asked) == 1:
        # "Wer ist Kalouti?" asks who somebody is: that is what `who` answers (for a name
        # several people share, it lists them all).
        return replace(who(ctx, question.terms[0].label), command="ask")
    # Only the best few are shown: the rest of the candidates is never scored.
    answers = islice(_answers(ctx, question, comments=False), MAX_CANDIDATES)
    first = next(answers, None)
    if first is None:
        return _not_answered(ctx, question, title)
    chosen = distinct(ctx.index, _followers(first, answers), MAX_ANSWERS)
    person = (
        ctx.index.people.entries[question.people[0]].name if len(question.people) == 1 else None
    )
    return ctx.ok(
        "ask", title, ctx.say("answer_found"), excerpts=ctx.excerpts(chosen), person=person
    )


def _not_answered(ctx: Context, question: Question, title: str) -> Reply:
    """The honest no: what the articles lack, with the nearest passage (a sentence that does
    not state the time or number asked for), labelled as not answering, if there is one."""
    if question.strict and question.kind in STATED_KINDS:
        nearest = next(_answers(ctx, replace(question, strict=False), comments=False), None)
        if nearest is not None:
            excerpts = ctx.excerpts([nearest[1]])
            return ctx.not_found("ask", ctx.say("answer_nearest"), title=title, excerpts=excerpts)
    note = ctx.say("answer_none")
    if next(_answers(ctx, question, comments=True), None) is not None:
        note += " " + ctx.say("answer_comment_only")
    return ctx.not_found("ask", note, title=title)
