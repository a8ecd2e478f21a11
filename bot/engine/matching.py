"""Score index units against the words of a query: the ranking shared by search, topics and
free questions.

A query word becomes a `Term`: the units whose own text holds it, and those that only have it
around them (same line, section heading). Words are matched by stem, then as part of a compound
("Wahl" in "Stichwahlen"), then by a few election synonyms ("verloren" ~ "Niederlage"), then by
edit distance on stems ("Herzkamer" ~ "Herzkammer"); each way counts a little less than the one
before. A unit's coverage is the share of the query's weight it matches, so a query about
something the articles never mention cannot be answered by a weak partial match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.engine.index import CorpusIndex
from bot.engine.lexicon import SYNONYMS

SYNONYM = 0.85
COMPOUND = 0.7
FUZZY = 0.9  # times the edit similarity (0-1)
MIN_COMPOUND_PART = 4  # shorter stems hide in too many words ("rat" in "Zitat")
MIN_FUZZY_LENGTH = 4
MAX_EXPANSIONS = 48

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
    return dict(sorted(found.items(), key=lambda kv: -kv[1])[:MAX_EXPANSIONS])


def word_term(index: CorpusIndex, word: str) -> Term:
    """A term for one folded query word."""
    stem = index.stem(word)
    matches = expansions(index, stem)
    own = tuple((index.own[k], s) for k, s in matches.items() if k in index.own)
    context = tuple((index.context[k], s) for k, s in matches.items() if k in index.context)
    # A word the articles only have in other forms weighs what its closest form weighs.
    closest = stem if stem in index.own or not matches else next(iter(matches))
    return Term(word, index.weight(closest), own, context)


def person_term(index: CorpusIndex, entry: int, label: str) -> Term:
    """A named person: units they say or are named in; around them counts less."""
    weight = index.weight(index.people.entries[entry].key.split()[-1])
    return Term(
        label,
        weight,
        ((index.person_own[entry], 1.0),),
        ((index.person_context[entry], 1.0),),
        required=True,
    )


def party_term(index: CorpusIndex, party_key: str, label: str) -> Term:
    """A named party: units that name it or whose speaker belongs to it."""
    return Term(
        label, index.weight(party_key), ((index.party_own.get(party_key, ()), 1.0),), required=True
    )


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
    units, around = index.units, index.around
    for i, term in enumerate(terms):
        if not term.context:
            continue
        near = _best(term.context)  # block → similarity of the term in that block's own text
        by_block: dict[int, float] = {}
        for unit, row in table.items():
            if row[i] >= context_factor:
                continue  # its own text already says it better than any context could
            block = units[unit].block
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
