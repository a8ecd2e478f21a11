"""Score index units against the words of a query: the ranking shared by search, topics and
free questions.

A query word becomes a `Term`: the units whose own text holds it, and those that only have it
around them (same line, section heading). Words are matched by stem, then as part of a compound
("Wahl" in "Stichwahlen"), then by a few election synonyms ("verloren" ~ "Niederlage"), then by
edit distance on stems ("Herzkamer" ~ "Herzkammer"); each way counts a little less than the one
before. A unit's coverage is the share of the query's weight it matches, so a query about
something the articles never mention cannot be answered by a weak partial match.

Ranking never scores every unit that shares a word with the query (a common word such as "Wahl"
is in a quarter of a night's sentences). Search and topics group units by how well their own
text matches each term, with set operations in C, but split the candidates into those groups
best coverage first (`GroupSplit`, `merged_parts`): the groups after the first answers are
never gathered (`own_groups` gathers them all, the plain way). Free questions go further
(`ranked`): a part of the candidates has a best possible score before any of its units is
looked at, and it is split (by a term's own text, its context, the units' class) only when it
is the best part left, so parts that cannot beat the answers found are never split, gathered,
nor scored. A term's sets are built only when a split needs them (`TermUnits`).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, compress, count, groupby
from operator import not_
from typing import TypeVar

from rapidfuzz import fuzz, process

from bot.engine.index import CorpusIndex
from bot.engine.lexicon import SYNONYMS

SYNONYM = 0.85
COMPOUND = 0.7
FUZZY = 0.9  # times the edit similarity (0-1)
MIN_COMPOUND_PART = 4  # shorter stems hide in too many words ("rat" in "Zitat")
MIN_FUZZY_LENGTH = 4
MAX_EXPANSIONS = 48
LOOK_UP = 4  # a term's postings more than this many times the units to split: looked up

Postings = tuple[tuple[Sequence[int], float], ...]  # (ids, how well they match)


@dataclass(frozen=True)
class Term:
    """One thing a query asks for, with the units that have it and how well."""

    label: str  # as the reader wrote it
    weight: float
    own: Postings  # units whose own text has it
    context: Postings = ()  # blocks (lines) that have it around them
    required: bool = False  # a named person or party: an answer must involve them


def _fuzzy_cutoff(stem: str) -> float:
    return 80.0 if len(stem) >= 6 else 85.0


def expansions(index: CorpusIndex, stem: str) -> dict[str, float]:
    """The index stems that stand for `stem`, each with how closely (1.0 = the same)."""
    found: dict[str, float] = {}

    def add(key: str, similarity: float) -> None:
        if similarity > found.get(key, 0.0):
            found[key] = similarity

    if stem in index.own or stem in index.context:
        add(stem, 1.0)
    for synonym in SYNONYMS.get(stem, ()):
        if synonym in index.own or synonym in index.context:
            add(synonym, SYNONYM)
    if len(stem) >= MIN_COMPOUND_PART and not stem.isdigit():
        affixes = index.affixes
        for key in (*affixes.starting_with(stem), *affixes.ending_with(stem)):
            if key != stem:
                add(key, COMPOUND)
    if len(stem) >= MIN_FUZZY_LENGTH and not stem.isdigit() and len(found) < MAX_EXPANSIONS:
        for key, score, _ in process.extract(
            stem,
            index.vocabulary,
            scorer=fuzz.ratio,
            processor=None,
            limit=8,
            score_cutoff=_fuzzy_cutoff(stem),
        ):
            add(key, FUZZY * score / 100.0)
    # Equally close keys in a fixed order (synonyms come from sets): the same answer every run.
    return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_EXPANSIONS])


def word_term(index: CorpusIndex, word: str) -> Term:
    """A term for one folded query word."""
    stem = index.stem(word)
    matches = expansions(index, stem)
    own = tuple((index.own[k], s) for k, s in matches.items() if k in index.own)
    context = tuple((index.context[k], s) for k, s in matches.items() if k in index.context)
    # A word the articles only have in other forms weighs what its closest form weighs.
    closest = stem if stem in index.own or not matches else next(iter(matches))
    return Term(word, index.weight(closest), own, context)


def person_term(index: CorpusIndex, entries: Sequence[int], label: str) -> Term:
    """A named person (or any of several who share the name typed): units they say or are
    named in; around them counts less."""
    weight = max(index.weight(index.people.entries[e].key.split()[-1]) for e in entries)
    return Term(
        label,
        weight,
        tuple((index.person_own[e], 1.0) for e in entries),
        tuple((index.person_context[e], 1.0) for e in entries),
        required=True,
    )


def party_term(index: CorpusIndex, party_key: str, label: str) -> Term:
    """A named party: units that name it or whose speaker belongs to it."""
    return Term(
        label, index.weight(party_key), ((index.party_own.get(party_key, ()), 1.0),), required=True
    )


SEMANTIC_LABEL = "≈"  # the label of the meaning term (no word a reader types)
SEMANTIC_LEVELS = 20  # similarities are grouped in steps of 1/20: a posting per step


def semantic_term(similarities: Mapping[int, float], weight: float) -> Term:
    """Closeness in meaning as one more term of the query: each unit matches it as closely
    as its similarity (rounded down to a step), so the ranking weighs, bounds and splits it
    like a word the unit has. Units not given do not match it."""
    levels: dict[float, list[int]] = {}
    for unit, similarity in similarities.items():
        level = int(max(0.0, min(1.0, similarity)) * SEMANTIC_LEVELS) / SEMANTIC_LEVELS
        if level > 0:
            levels.setdefault(level, []).append(unit)
    own = tuple((sorted(units), level) for level, units in sorted(levels.items(), reverse=True))
    return Term(SEMANTIC_LABEL, weight, own)


def _best(postings: Postings, only: set[int] | None = None) -> dict[int, float]:
    """id → the best similarity among the postings (built in C: weakest first, then the
    stronger ones overwrite)."""
    best: dict[int, float] = {}
    for ids, similarity in sorted(postings, key=lambda p: p[1]):
        best.update(dict.fromkeys(ids, similarity))
    if only is not None:
        best = {k: v for k, v in best.items() if k in only}
    return best


def match_table(
    index: CorpusIndex,
    terms: Sequence[Term],
    context_factor: float,
    allowed: Iterable[int] | None = None,
) -> dict[int, list[float]]:
    """For every unit that matches any term in its own text: how well it matches each term.

    A term found only around a unit counts `context_factor` of its similarity; context is
    only looked at for units that match some term in their own text (an answer must say
    something itself), which also keeps the work proportional to the own-text hits.
    """
    only = set(allowed) if allowed is not None else None
    own = [_best(term.own, only) for term in terms]
    candidates: set[int] = set().union(*own)
    table = {unit: [best.get(unit, 0.0) for best in own] for unit in candidates}
    if not context_factor or not table:
        return table
    block_of, around = index.columns.block, index.around
    for i, term in enumerate(terms):
        if not term.context:
            continue
        near = _best(term.context)  # block → similarity of the term in that block's own text
        by_block: dict[int, float] = {}
        for unit, row in table.items():
            if row[i] >= context_factor:
                continue  # its own text already says it better than any context could
            block = block_of[unit]
            weighted = by_block.get(block)
            if weighted is None:
                found = [near[b] for b in around[block] if b in near]
                weighted = by_block[block] = max(found, default=0.0) * context_factor
            if weighted > row[i]:
                row[i] = weighted
    return table


def coverage(terms: Sequence[Term], row: Sequence[float]) -> float:
    """The share of the query's weight a unit matches (0 to 1)."""
    total = sum(t.weight for t in terms)
    return sum(t.weight * m for t, m in zip(terms, row, strict=True)) / total if total else 0.0


def distinct(index: CorpusIndex, ranked: Iterable[int], limit: int) -> list[int]:
    """The best units that do not show the same words of a line twice."""
    chosen: list[int] = []
    for unit in ranked:
        if any(index.overlaps(unit, other) for other in chosen):
            continue
        chosen.append(unit)
        if len(chosen) >= limit:
            break
    return chosen


# --- ranking by groups --------------------------------------------------------------------------

Key = tuple  # sorts best first; its first item is minus the score rounded to 6 places
T = TypeVar("T")


@dataclass(frozen=True)
class Group:
    """Units whose own text matches each term equally well (`sims`, 0.0: not at all)."""

    sims: tuple[float, ...]
    units: Set[int]


def _levels(
    postings: Postings, only: set[int] | frozenset[int] | None
) -> list[tuple[float, set[int]]]:
    """The units of one term (of `only`, if given) by how well they match it, best first, each
    unit once."""
    levels: list[tuple[float, set[int]]] = []
    seen: set[int] = set()
    for similarity, equal in groupby(sorted(postings, key=lambda p: -p[1]), key=lambda p: p[1]):
        if only is None:
            found = set().union(*(ids for ids, _ in equal))  # one pass in C over each posting
        else:
            found = set().union(*(only.intersection(ids) for ids, _ in equal))
        found -= seen
        if found:
            seen |= found
            levels.append((similarity, found))
    return levels


def own_groups(terms: Sequence[Term], allowed: Iterable[int] | None = None) -> list[Group]:
    """Every unit matching some term in its own text, grouped by how well it matches each.

    The same units `match_table` rows, with the same own-text similarities, but found with set
    operations: the work grows with the postings, not with the units times the terms.
    """
    only = frozenset(allowed) if allowed is not None else None
    levels = [_levels(term.own, only) for term in terms]
    candidates: set[int] = set().union(*(units for level in levels for _, units in level))
    groups: dict[tuple[float, ...], set[int]] = {(): candidates} if candidates else {}
    for level in levels:
        split: dict[tuple[float, ...], set[int]] = {}
        for sims, members in groups.items():
            rest = members
            for similarity, units in level:
                part = rest & units
                if part:
                    split[(*sims, similarity)] = part
                    rest = rest - part
                    if not rest:
                        break
            if rest:
                split[(*sims, 0.0)] = rest
        groups = split
    return [Group(sims, units) for sims, units in groups.items()]


def class_runs(classes: bytes, units: Iterable[int], mask: int = 0xFF) -> dict[int, list[int]]:
    """Units by their class byte (`CorpusIndex.classes`, only the bits in `mask`), each list
    in corpus order (unit ids follow it). One pass in C per class found, none per unit."""
    ordered = sorted(units)
    codes = bytes([classes[unit] for unit in ordered])
    if mask != 0xFF:
        codes = codes.translate(bytes(code & mask for code in range(256)))
    runs: dict[int, list[int]] = {}
    for code in dict.fromkeys(codes):  # in the order first seen
        only = bytearray(256)
        only[code] = 1
        runs[code] = list(compress(ordered, codes.translate(only)))
    return runs


# --- ranking by parts opened on demand -------------------------------------------------------

Scored = tuple[float, int]  # (score, unit)
Opened = tuple[Iterable[tuple[float, T]], Iterable[Iterator[Scored]]]


def ranked(
    bounded: Iterable[tuple[float, T]], open_part: Callable[[T], Opened[T]]
) -> Iterator[Scored]:
    """Units with their scores, best first (highest score rounded to 6 places, then corpus
    order), opening a part of the candidates only when it could still hold a better one.

    `bounded` pairs each part with the highest score any of its units can reach. Opening a
    part (`open_part`) gives finer parts with tighter bounds, or runs of scored units, each run
    best first. A unit is yielded once no part left unopened could hold a better one, so a
    caller that needs only the first few never opens (nor splits) the parts that cannot
    compete.
    """
    todo: list[tuple[float, int, T]] = []  # (minus the bound, arrival, part): best bound first
    arrivals = count()
    found: list[tuple[float, int, float, Iterator[Scored]]] = []  # the head of each run

    def add(parts: Iterable[tuple[float, T]]) -> None:
        for bound, part in parts:
            heapq.heappush(todo, (-bound, next(arrivals), part))

    def take(run: Iterator[Scored]) -> None:
        for score, unit in run:
            heapq.heappush(found, (-round(score, 6), unit, score, run))
            return

    add(bounded)
    while todo:
        best_left = -round(-todo[0][0], 6)
        while found and found[0][0] < best_left:
            _, unit, score, run = heapq.heappop(found)
            yield score, unit
            take(run)
        finer, runs = open_part(heapq.heappop(todo)[2])
        add(finer)
        for run in runs:
            take(run)
    while found:
        _, unit, score, run = heapq.heappop(found)
        yield score, unit
        take(run)


def context_matches(
    index: CorpusIndex, term: Term, context_factor: float
) -> Callable[[int], float]:
    """A line's ("block's") match of `term` from around it (itself, its heading, neighbours),
    weighted by `context_factor`; computed once per line and query."""
    near: dict[int, float] = {}
    by_block: dict[int, float] = {}
    around = index.around

    def weighted(block: int) -> float:
        found = by_block.get(block)
        if found is None:
            if not near:  # the first time it is needed
                near.update(_best(term.context))
            best = 0.0
            for b in around[block]:
                similarity = near.get(b, 0.0)
                if similarity > best:
                    best = similarity
            found = by_block[block] = best * context_factor
        return found

    return weighted


def context_blocks(index: CorpusIndex, term: Term) -> set[int]:
    """Blocks with `term` around them (some block in their `around` has it): the only places
    its context can raise a unit; elsewhere a unit matches it by its own text alone."""
    near = index.near
    blocks: set[int] = set()
    for ids, _ in term.context:
        for block in ids:
            blocks.update(near[block])
    return blocks


class TermUnits:
    """One term's units for one query, each set built the first time it is needed: a common
    word's sets cost more than answering with a rare word's, and are often never needed."""

    def __init__(self, index: CorpusIndex, term: Term) -> None:
        self.index = index
        self.term = term
        self.own_levels = OwnLevels(term)
        self.own_size = sum(len(ids) for ids, _ in term.own)
        self.context_size = sum(len(ids) for ids, _ in term.context)
        self._near_blocks: set[int] | None = None

    @property
    def similarities(self) -> list[float]:
        """How well units' own text can have it, best first."""
        return self.own_levels.similarities

    def level(self, similarity: float) -> set[int]:
        """The units whose own text has it this well, and no better."""
        levels = self.own_levels
        return levels.level(levels.similarities.index(similarity))

    def split(self, units: set[int]) -> list[tuple[float, set[int]]]:
        """`units` by how well their own text has it, best first; those that lack it last
        (0.0) (see `OwnLevels.split`)."""
        return self.own_levels.split(units)

    @cached_property
    def own(self) -> set[int]:
        """Every unit whose own text has it."""
        return set(chain.from_iterable(ids for ids, _ in self.term.own))

    @cached_property
    def blocks(self) -> set[int]:
        """The blocks (lines) whose own text has it."""
        return set(chain.from_iterable(ids for ids, _ in self.term.context))

    def near_blocks(self) -> set[int]:
        """The blocks with it around them (`context_blocks`)."""
        if self._near_blocks is None:
            self._near_blocks = context_blocks(self.index, self.term)
        return self._near_blocks

    @cached_property
    def around(self) -> set[int]:
        """Every unit with it around."""
        block_units = self.index.block_units
        return set(chain.from_iterable(map(block_units.__getitem__, self.near_blocks())))

    def far(self, units: Collection[int]) -> set[int]:
        """Those of `units` without it anywhere around them.

        Per unit, a look-up among the blocks with it around them once those are gathered (or
        worth gathering); until then (a common word is around tens of thousands), a test of the
        blocks around the unit's own against those that have it."""
        block_of = self.index.columns.block
        blocks = [block_of[unit] for unit in units]
        if self._near_blocks is not None or self.context_size <= len(blocks):
            inside = map(self.near_blocks().__contains__, blocks)
            return set(compress(units, map(not_, inside)))
        around = self.index.around
        return set(compress(units, map(self.blocks.isdisjoint, [around[b] for b in blocks])))


# --- groups split best coverage first -----------------------------------------------------------


class OwnLevels:
    """One term's units by how well their own text has it, each level's set built the first
    time it is needed: a common word's weaker forms are tens of thousands of units, which an
    answer rarely needs."""

    def __init__(self, term: Term) -> None:
        by_similarity: dict[float, list[Sequence[int]]] = {}
        for ids, similarity in sorted(term.own, key=lambda p: -p[1]):
            by_similarity.setdefault(similarity, []).append(ids)
        self.similarities = list(by_similarity)  # best first
        self._postings = list(by_similarity.values())
        self._sets: list[set[int]] = []
        self.looked_up = 0  # levels split by looking units up (see `split`)

    @property
    def best(self) -> float:
        return self.similarities[0] if self.similarities else 0.0

    def level(self, k: int) -> set[int]:
        """The units that have it at the k-th best similarity, and at no better one."""
        while len(self._sets) <= k:
            found = set().union(*self._postings[len(self._sets)])
            found.difference_update(*self._sets)
            self._sets.append(found)
        return self._sets[k]

    def split(self, units: set[int]) -> list[tuple[float, set[int]]]:
        """`units` by how well their own text has it, best first; those that lack it last
        (0.0)."""
        parts: list[tuple[float, set[int]]] = []
        rest = units
        for k, similarity in enumerate(self.similarities):
            if not rest:
                break
            if k < len(self._sets) or not self._looked_up(rest, k):
                inside = rest & self.level(k)
            else:  # those at a better level are no longer in `rest`
                inside = set().union(*(rest.intersection(ids) for ids in self._postings[k]))
            if inside:
                parts.append((similarity, inside))
                rest = rest - inside
        if rest:
            parts.append((0.0, rest))
        return parts

    def _looked_up(self, units: set[int], k: int) -> bool:
        """Whether to look a few units up in level k's postings (a pass in C over each) rather
        than gather the level: the first few times, when it is much larger (see `TermUnits`)."""
        if self.looked_up >= 2 or len(units) * LOOK_UP >= sum(map(len, self._postings[k])):
            return False
        self.looked_up += 1
        return True

    def without(self, units: set[int]) -> set[int]:
        """Those of `units` whose own text lacks it (levels not built yet are not built: their
        postings are passed over in C)."""
        built = len(self._sets)
        unbuilt = chain.from_iterable(self._postings[built:])
        return units.difference(*self._sets, *unbuilt)


@dataclass(frozen=True)
class SplitPart:
    """Units whose own text matches the terms split by so far (in splitting order) this well.

    `units` is None while they are not gathered: with `level` -1, the units that have none of
    those terms (too many to gather: only split); else those that have the last term at its
    `level`-th similarity and none of the terms before."""

    sims: tuple[float, ...]
    units: set[int] | None
    level: int = -1


Bounded = list[tuple[float, SplitPart]]  # parts, each with the best coverage its units can have
Runs = list[tuple[Key, list[int]]]  # units by key prefix, each run in corpus order


class GroupSplit:
    """The groups of `own_groups` with a coverage of at least `least`, found by splitting the
    candidates one term at a time, heaviest first, each part with the best coverage its units
    can reach (a bound): a part that cannot reach `least` is dropped unsplit, and a caller that
    needs only the best few groups (`merged_parts`) never splits nor gathers the others."""

    def __init__(self, terms: Sequence[Term], least: float) -> None:
        self.terms = terms
        self.least = least
        self.order = sorted(range(len(terms)), key=lambda i: -terms[i].weight)
        self.levels = [OwnLevels(terms[i]) for i in self.order]
        self.weights = [terms[i].weight for i in self.order]
        self.total = sum(self.weights)
        best = [w * levels.best for w, levels in zip(self.weights, self.levels, strict=True)]
        self.rest = [sum(best[d:]) for d in range(len(best) + 1)]  # what terms d on can add

    def bound(self, sims: tuple[float, ...]) -> float:
        """The best coverage of units matching the first terms this well (a hair above: the
        exact coverage adds its terms in another order)."""
        matched = sum(w * s for w, s in zip(self.weights, sims, strict=False))
        return (matched + self.rest[len(sims)]) / self.total + 1e-9

    def roots(self, allowed: Iterable[int] | None = None) -> Bounded:
        """All the candidates (of `allowed`, if given) as one part."""
        if not self.terms:
            return []
        return self._bounded([SplitPart((), set(allowed) if allowed is not None else None)])

    def _bounded(self, parts: Iterable[SplitPart]) -> Bounded:
        bounded = ((self.bound(part.sims), part) for part in parts)
        return [(bound, part) for bound, part in bounded if bound >= self.least]

    def open(self, part: SplitPart) -> tuple[Bounded, Group | None]:
        """Finer parts (with their bounds), or the group the part is once every term split it."""
        depth = len(part.sims)
        units = part.units
        if units is None and part.level >= 0:
            units = self.levels[depth - 1].level(part.level)
            for earlier in self.levels[: depth - 1]:
                units = earlier.without(units)
        if units is not None and not units:
            return [], None
        if depth == len(self.terms):
            if units is None:
                return [], None  # no term at all: no candidate
            sims = [0.0] * depth
            for i, similarity in zip(self.order, part.sims, strict=True):
                sims[i] = similarity
            return [], Group(tuple(sims), units)
        levels = self.levels[depth]
        if units is None:
            finer = [SplitPart((*part.sims, s), None, k) for k, s in enumerate(levels.similarities)]
            finer.append(SplitPart((*part.sims, 0.0), None))
        else:
            finer = [SplitPart((*part.sims, s), found) for s, found in levels.split(units)]
        return self._bounded(finer), None


def merged_parts(
    bounded: Iterable[tuple[float, T]],
    open_part: Callable[[T], tuple[Iterable[tuple[float, T]], Runs]],
) -> Iterator[int]:
    """Units of runs whose units share a key prefix, best first: by prefix, then by corpus
    order; the runs come from parts opened only when they could still hold a unit that comes
    first.

    `bounded` pairs each part with the highest score any of its units can have (a run's key
    starts with minus its units' score rounded to 6 places). Opening a part gives finer parts
    with their bounds and runs of units. A unit is yielded once no unopened part could hold
    one that comes before it.
    """
    todo: list[tuple[float, int, T]] = []  # (minus the bound, arrival, part): best bound first
    arrivals = count()
    found: list[tuple[Key, int, Iterator[int]]] = []  # the head of each run

    def add(parts: Iterable[tuple[float, T]]) -> None:
        for bound, part in parts:
            heapq.heappush(todo, (-bound, next(arrivals), part))

    def take(prefix: Key, run: Iterator[int]) -> None:
        for unit in run:
            heapq.heappush(found, (prefix, unit, run))  # a unit is in one run: never a tie
            return

    add(bounded)
    while todo:
        best_left = -round(-todo[0][0], 6)
        while found and found[0][0][0] < best_left:
            prefix, unit, run = heapq.heappop(found)
            yield unit
            take(prefix, run)
        finer, runs = open_part(heapq.heappop(todo)[2])
        add(finer)
        for prefix, units in runs:
            take(prefix, iter(units))
    while found:
        prefix, unit, run = heapq.heappop(found)
        yield unit
        take(prefix, run)
