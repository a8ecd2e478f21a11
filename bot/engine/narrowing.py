"""The one ranking of search, topics and free questions: the best units first, found without
scoring every unit that shares a word with the query.

The candidates are split into parts only as far as the ranking asks (`Narrowing`). A part is
a set of constraints (per term: matched in the own text this well, not at all but around, not
at all and not around, or not known yet; perhaps the weight of its class) with the best score
its units can reach. `ranked` opens the best part: it gathers the part's units if need be and
fixes one more constraint, or, once all are fixed, scores them; so a part that can never beat
the answers found is never split nor even gathered: a common word's thousands of units are
looked at only if they could answer. What differs between search, topics and questions is
only how they weigh a unit besides its words (`Weighing`) and how much of the query it must
cover.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import compress, count
from operator import mul
from typing import Any, TypeVar

from bot.engine.index import CorpusIndex
from bot.engine.matching import Term, Units, term_units

NEAR_COST = 4  # units around a line's word, per line that has it: to gather, about
T = TypeVar("T")
Scored = tuple[float, int]  # (score, unit)
Opened = tuple[Iterable[tuple[float, T]], Iterable[Iterator[Scored]]]


def _same(code: int) -> int:
    return 0


@dataclass(frozen=True)
class Weighing:
    """What a ranking weighs besides the words.

    `boost`: per class byte (`CorpusIndex.classes`) and whether the unit's speaker is one of
    `speakers`, a factor on its match (0: never an answer); it depends on the bits in `mask`
    only. `order`: among equal scores, lower first (search lists quotes before passages).
    `plain`: the class byte of most units (to judge when splitting by class pays).
    `unit_factor`: at most 1, a look at the unit itself once it is scored (0: not an
    answer)."""

    boost: Callable[[int, bool], float]
    mask: int
    plain: int
    order: Callable[[int], int] = _same
    speakers: frozenset[int] = frozenset()
    unit_factor: Callable[[int], float] | None = None


@dataclass(frozen=True)
class Part:
    """Candidate units narrowed term by term (see `Narrowing`)."""

    sims: tuple[float | None, ...]  # per term: how well their own text has it; None: not known
    near: tuple[bool | None, ...]  # per term they lack: whether it is around them; None: unknown
    units: Units | None = None  # None: not gathered yet
    boost: float | None = None  # the boost of their class, once split by it
    order: int = 0  # the order of their class, once split by it


class Narrowing:
    """The candidates of one query, split into parts only as far as the ranking asks.

    A unit answers when it matches every required term (in its own text or around it), its
    own text matches some weighed term better than `own_above`, and it covers at least `least`
    of the terms' weight; a term found only around it counts `context_factor`. Its score is its
    match times its boost."""

    def __init__(
        self,
        index: CorpusIndex,
        terms: Sequence[Term],
        weighing: Weighing,
        least: float,
        own_above: float,
        context_factor: float,
    ) -> None:
        self.index = index
        self.terms = terms
        self.weighing = weighing
        self.weights = [t.weight for t in terms]
        # Terms that say what is asked: an answer's own text must match one of them.
        self.says_what = [bool(t.weight) and not t.where for t in terms]
        self.least = least * sum(self.weights)
        self.own_above = own_above
        self.required = [i for i, t in enumerate(terms) if t.required]
        self.term_units = [term_units(index, t) for t in terms]
        self.top = [max((s for _, s in t.own), default=0.0) for t in terms]
        self.reach = [context_factor * max((s for _, s in t.context), default=0.0) for t in terms]
        self.has_context = [bool(t.context) for t in terms]
        self.context_factor = context_factor
        self.context = [
            units.context_match(context_factor) if t.context else None
            for units, t in zip(self.term_units, terms, strict=True)
        ]
        # Class byte → the number of its (boost, order) in `groups` (255: never an answer).
        people = bool(weighing.speakers)
        mask = weighing.mask
        weighed = {
            code: (weighing.boost(code, people), weighing.order(code))
            for code in {c & mask for c in range(256)}
        }
        self.groups = sorted({w for w in weighed.values() if w[0] > 0}, key=lambda w: -w[0])
        number = {w: n for n, w in enumerate(self.groups)}
        group = {code: number.get(w, 255) for code, w in weighed.items()}
        self.group_of = bytes([group[c & mask] for c in range(256)])
        self.max_boost = self.groups[0][0] if self.groups else 0.0
        self.plain_boost = weighing.boost(weighing.plain, people)
        self.boosts: dict[tuple[int, bool], float] = {}  # (class byte, speaker asked) → boost
        # own-text matches → (terms whose context may raise them, block → match)
        self.by_sims: dict[tuple[float, ...], tuple[list[tuple[int, Callable]], dict]] = {}

    def root(self) -> list[tuple[float, Part]]:
        if not self.max_boost or not self.terms:
            return []
        n = len(self.terms)
        return self._bounded([Part((None,) * n, (None,) * n)])

    def ranked(self) -> Iterator[Scored]:
        """The answers with their scores, best first (ties by order, then corpus order)."""
        classes, group_of, groups = self.index.classes, self.group_of, self.groups

        def order(unit: int) -> int:
            return groups[group_of[classes[unit]]][1]

        return ranked(self.root(), self.open, order)

    # --- bounds ---

    def _matched_bound(self, part: Part) -> float | None:
        """The best match a unit of the part can reach; None if none of them can answer."""
        row = []
        best_own = 0.0
        for i, (sim, near) in enumerate(zip(part.sims, part.near, strict=True)):
            reach = self.reach[i]
            if sim is None:
                if self.says_what[i]:
                    best_own = max(best_own, self.top[i])
                row.append(max(self.top[i], reach))
            else:
                if self.says_what[i]:
                    best_own = max(best_own, sim)
                row.append(0.0 if near is False else max(sim, reach))
        if best_own <= self.own_above:
            return None  # an answer must say some of it itself, not only stand near it
        if any(row[i] == 0 for i in self.required):
            return None
        matched = sum(w * m for w, m in zip(self.weights, row, strict=True))
        return matched if matched >= self.least else None

    def _bound(self, part: Part) -> float | None:
        """The best score a unit of the part can reach; None if none of them can answer."""
        matched = self._matched_bound(part)
        if matched is None or (part.units is not None and not part.units):
            return None
        return matched * (self.max_boost if part.boost is None else part.boost)

    def _bounded(self, parts: Iterable[Part]) -> list[tuple[float, Part]]:
        bounded = []
        for part in parts:
            bound = self._bound(part)
            if bound is not None:
                bounded.append((bound, part))
        return bounded

    # --- opening a part ---

    def open(self, part: Part) -> tuple[list[tuple[float, Part]], list[Iterator[Scored]]]:
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

    def _split(self, part: Part) -> list[Part] | None:
        """The part split the way that lowers the bound of those split off most: by a term's
        own text (those lacking it), by whether a term is around (those without it), or by
        class (those that weigh less, when that weighs more than any word); None once all
        are known."""
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

    def _positive(self, part: Part) -> bool:
        """Whether some constraint names units to start gathering from."""
        return any(s for s in part.sims) or any(n is True for n in part.near)

    def _split_ungathered(self, part: Part) -> list[Part]:
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

    def _gather(self, part: Part) -> Units:
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

    def _split_own(self, part: Part, i: int) -> list[Part]:
        assert part.units is not None
        return [
            _with(part, i, sim, units=units) for sim, units in self.term_units[i].split(part.units)
        ]

    def _split_near(self, part: Part, i: int) -> list[Part]:
        assert part.units is not None
        far = self.term_units[i].far(part.units)
        return [
            _with(part, i, 0.0, True, part.units - far),
            _with(part, i, 0.0, False, far),
        ]

    def _split_class(self, part: Part) -> list[Part]:
        """The part's units by the boost and order of their class: a pass in C per group,
        none per unit."""
        assert part.units is not None
        units = list(part.units)
        groups = bytes(map(self.index.classes.__getitem__, units)).translate(self.group_of)
        parts = []
        for group in dict.fromkeys(groups):
            if group < len(self.groups):
                only = bytearray(256)
                only[group] = 1
                members = set(compress(units, groups.translate(only)))
                boost, order = self.groups[group]
                parts.append(replace(part, units=members, boost=boost, order=order))
        return parts

    # --- scoring ---

    def _scored(self, part: Part) -> Iterator[Scored]:
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
            nearby: list[tuple[int, Any]] = [
                (i, near)
                for i, near in enumerate(self.context)
                if near and sims[i] < self.context_factor
            ]
            known = self.by_sims[sims] = (nearby, {})
        best = round(bound, 6)
        nearby, by_block = known
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
        # A unit's boost follows from its class byte and whether it is a speaker asked about:
        # worked out once per such pair and query.
        weighing = self.weighing
        kind = (self.index.classes[unit], self.index.columns.speaker[unit] in weighing.speakers)
        boost = self.boosts.get(kind)
        if boost is None:
            boost = self.boosts[kind] = weighing.boost(*kind)
        if not boost:
            return None
        if weighing.unit_factor is not None:
            boost *= weighing.unit_factor(unit)
            if not boost:
                return None
        return matched * boost

    def _block_match(
        self,
        block: int,
        sims: tuple[float, ...],
        nearby: list[tuple[int, Callable[[int], float]]],
    ) -> float | None:
        """How much of the query a unit of this line matches with these own-text matches (its
        context is its line's); None if that is not enough. `nearby`: the terms whose context
        could still raise the match."""
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
    part: Part, i: int, sim: float, near: bool | None = None, units: Units | None = None
) -> Part:
    """The part with term `i` known: matched `sim` in the own text (0.0: not), and if not,
    whether it is around (`near`); `units`: those of the part that meet it, if gathered."""
    sims = (*part.sims[:i], sim, *part.sims[i + 1 :])
    nears = (*part.near[:i], near, *part.near[i + 1 :])
    return Part(sims, nears, units, part.boost, part.order)


def ranked(
    bounded: Iterable[tuple[float, T]],
    open_part: Callable[[T], Opened[T]],
    order: Callable[[int], int] = _same,
) -> Iterator[Scored]:
    """Units with their scores, best first (highest score rounded to 6 places, then `order`,
    then corpus order), opening a part of the candidates only when it could still hold a
    better one.

    `bounded` pairs each part with the highest score any of its units can reach. Opening a
    part (`open_part`) gives finer parts with tighter bounds, or runs of scored units, each run
    best first (and of one `order`). A unit is yielded once no part left unopened could hold
    a better one, so a caller that needs only the first few never opens (nor splits) the parts
    that cannot compete.
    """
    todo: list[tuple[float, int, T]] = []  # (minus the bound, arrival, part): best bound first
    arrivals = count()
    found: list[tuple[float, int, int, float, Iterator[Scored]]] = []  # the head of each run

    def add(parts: Iterable[tuple[float, T]]) -> None:
        for bound, part in parts:
            heapq.heappush(todo, (-bound, next(arrivals), part))

    def take(run: Iterator[Scored]) -> None:
        for score, unit in run:
            heapq.heappush(found, (-round(score, 6), order(unit), unit, score, run))
            return

    add(bounded)
    while todo:
        best_left = -round(-todo[0][0], 6)
        while found and found[0][0] < best_left:
            _, _, unit, score, run = heapq.heappop(found)
            yield score, unit
            take(run)
        finer, runs = open_part(heapq.heappop(todo)[2])
        add(finer)
        for run in runs:
            take(run)
    while found:
        _, _, unit, score, run = heapq.heappop(found)
        yield score, unit
        take(run)
