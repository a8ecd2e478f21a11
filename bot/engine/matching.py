"""Score index units against the words of a query: the ranking shared by search, topics and
free questions.

A query word becomes a `Term`: the units whose own text holds it, and those that only have it
around them (same line, section heading). Words are matched by stem, then as part of a compound
("Wahl" in "Stichwahlen"), then by a few election synonyms ("verloren" ~ "Niederlage"), then by
edit distance on stems ("Stimmzetel" ~ "Stimmzettel"); each way counts a little less than the one
before. A unit's coverage is the share of the query's weight it matches, so a query about
something the articles never mention cannot be answered by a weak partial match.

Ranking never scores every unit that shares a word with the query (a common word such as "Wahl"
is in a quarter of a night's sentences): search, topics and questions all rank with
`narrowing`, which splits the candidates by these terms only as far as the first answers need.
A term's sets are built only when a split needs them (`TermUnits`, `OwnLevels`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import chain, compress
from operator import not_

from rapidfuzz import fuzz, process

from bot.corpus import german
from bot.engine.folding import words
from bot.engine.index import CorpusIndex, Ids, kept_ids
from bot.engine.lexicon import (
    SPLIT_VERBS,
    SYNONYMS,
    TURNOUT_ASKED,
    TURNOUT_DEEDS,
    chief_synonyms,
    deed_nouns_of,
    participles_of,
    tells_turnout,
)
from bot.engine.memo import remembered

SYNONYM = 0.85
COMPOUND = 0.7
HEAD = 0.6  # a compound's head alone ("die Regel" once the text has said "die Handyregel")
MIN_HEAD = 5  # shorter heads are often other words ("trat" ends "Stadtrat")
FUZZY = 0.9  # times the edit similarity (0-1)
# A word only the question before an answer has (an interview's): more than a word around a
# line (the context's half), less than the answer's own words.
ASKED = 0.75
MIN_COMPOUND_PART = 4  # shorter stems hide in too many words ("rat" in "Zitat")
MIN_FUZZY_LENGTH = 4
MAX_EXPANSIONS = 48
LOOK_UP = 4  # a term's postings more than this many times the units to split: looked up
# A verb's finite forms and the noun of who does it: "wer verteidigt X" is answered by "sein
# Verteidiger", "wer klagt" by "der Kläger", "wer leitet" by "die Leiterin". The endings a
# question's verb may carry, longest first; the root plus "er" is the doer.
VERB_ENDINGS = ("eten", "ten", "et", "te", "en", "t")
AGENT = "er"
MIN_ROOT = 4  # "tut" → "Tuer": shorter roots make nouns that are something else

Postings = tuple[tuple[Sequence[int], float], ...]  # (ids, how well they match)
# Units as a set of their own, or a term's kept level itself (shared: never changed).
Units = set[int] | frozenset[int]


@dataclass(frozen=True)
class Term:
    """One thing a query asks for, with the units that have it and how well."""

    label: str  # as the reader wrote it
    weight: float
    own: Postings  # units whose own text has it
    context: Postings = ()  # blocks (lines) that have it around them
    required: bool = False  # a named person or party: an answer must involve them
    where: bool = False  # a place: it says where, not what, so it never answers alone
    # Answers whose question before them has it (`CorpusIndex.asked`): what they are about, for
    # a question about somebody's words on it; who or what they name is only their own text's.
    asked: Postings = ()


def _fuzzy_cutoff(stem: str) -> float:
    return 80.0 if len(stem) >= 6 else 85.0


def expansions(index: CorpusIndex, stem: str, typo: bool = True) -> dict[str, float]:
    """The index stems that stand for `stem`, each with how closely (1.0 = the same); close
    spellings and longer words it starts only if the word may be a typo (`typo`). Once per
    stem and index (`expansions_memo`): the close spellings are a search of the whole
    vocabulary, and readers ask the same words again and again. A copy: callers add to it."""
    found = remembered(index.expansions_memo, (stem, typo), lambda: _expansions(index, stem, typo))
    return dict(found)


def _expansions(index: CorpusIndex, stem: str, typo: bool) -> dict[str, float]:
    found: dict[str, float] = {}

    def add(key: str, similarity: float) -> None:
        if similarity > found.get(key, 0.0):
            found[key] = similarity

    if stem in index.own or stem in index.context:
        add(stem, 1.0)
    for synonym in (*SYNONYMS.get(stem, ()), *chief_synonyms(stem)):
        if synonym in index.own or synonym in index.context:
            add(synonym, SYNONYM)
    if len(stem) >= MIN_COMPOUND_PART and not stem.isdigit():
        affixes = index.affixes
        # (A known word is no typo, nor the start of another word: "Richter" stems as
        # "richt", which "richtig" starts with.)
        starting = affixes.starting_with(stem) if typo else ()
        for key in (*starting, *affixes.ending_with(stem)):
            if key != stem:
                add(key, COMPOUND)
    fuzzy = typo and len(stem) >= MIN_FUZZY_LENGTH and not stem.isdigit()
    if fuzzy and len(found) < MAX_EXPANSIONS:
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


def agent_stems(index: CorpusIndex, word: str, stem: str) -> dict[str, float]:
    """The stems of the nouns for who does what a question's verb says ("verteidigt":
    "Verteidiger"), those the articles have, as close as a synonym."""
    found: dict[str, float] = {}
    for ending in VERB_ENDINGS:
        root = word[: -len(ending)]
        if word.endswith(ending) and len(root) >= MIN_ROOT:
            agent = index.stem(root + AGENT)
            if agent != stem and agent in index.own:
                found[agent] = SYNONYM
    return found


def word_term(index: CorpusIndex, word: str, stem: str | None = None) -> Term:
    """A term for one folded query word (`stem`: its stem, if known already)."""
    stem = stem or index.stem(word)
    # A role the articles never name ("Richter") is no typo of a word they have ("richtig").
    known_word = german.is_role_noun(word.capitalize())
    matches = expansions(index, stem, typo=not known_word or stem in index.own)
    for participle in participles_of(word):  # "Auszählung" asked, "ausgezählt" answers
        key = index.stem(participle)
        if key != stem and key in index.own and matches.get(key, 0.0) < SYNONYM:
            matches[key] = SYNONYM
    for noun in deed_nouns_of(word):  # "ausgezählt" asked, "Neuauszählung" answers
        deed = index.stem(noun)
        for key in (deed, *index.affixes.ending_with(deed)):
            if key != stem and key in index.own and matches.get(key, 0.0) < SYNONYM:
                matches[key] = SYNONYM
    for agent, similarity in agent_stems(index, word, stem).items():
        if similarity > matches.get(agent, 0.0):  # a verb asked, the noun of its doer answers
            matches[agent] = similarity
    own: Postings = tuple((index.own[k], s) for k, s in matches.items() if k in index.own)
    own += split_verb_postings(index, stem)
    own += turnout_postings(index, stem)
    context = tuple((index.context[k], s) for k, s in matches.items() if k in index.context)
    # An answer whose question names the word is about it, surer than a line near it is.
    asked: Postings = tuple(
        (index.asked[k], s * ASKED) for k, s in matches.items() if k in index.asked
    )
    asked += _answers_to(index, turnout_postings(index, stem))
    # A word the articles only have in other forms weighs what its closest form weighs.
    closest = stem if stem in index.own or not matches else next(iter(matches))
    return Term(word, index.weight(closest), own, context, asked=asked)


def head_postings(index: CorpusIndex, stem: str) -> Postings:
    """The units that call a compound by its head alone, in the articles that use the compound:
    a text names "die Handyregel" once and then says "die Regel", "der Landrat" after "der
    Altlandrat". The head is the longest ending of at least `MIN_HEAD` letters the articles
    have as a word of its own; other articles' units with the head are about other things."""
    compound = index.own.get(stem)
    if not compound:
        return ()
    for cut in range(MIN_COMPOUND_PART, len(stem) - MIN_HEAD + 1):
        head = index.own.get(stem[cut:])
        if head:
            break
    else:
        return ()
    column = index.columns.article
    found: list[int] = []
    for article in sorted({column[u] for u in compound}):
        first, last = bisect_left(column, article), bisect_left(column, article + 1)
        found.extend(head[bisect_left(head, first) : bisect_left(head, last)])
    return ((found, HEAD),) if found else ()


def split_verb_postings(index: CorpusIndex, stem: str) -> Postings:
    """The units where the word (or a synonym) stands split in two: "tritt … zurück" for
    "zurückgetreten", "legt sein Amt nieder" for "niederlegen"."""
    postings: list[tuple[Sequence[int], float]] = []
    memo = index.split_verb_memo
    for key in sorted({stem, *SYNONYMS.get(stem, ())}):
        if key not in SPLIT_VERBS:
            continue
        if key not in memo:
            verbs, particle = SPLIT_VERBS[key]
            candidates = sorted(set(chain.from_iterable(index.own.get(v, ()) for v in verbs)))
            with_particle = index.own.get(index.stem(particle), ())
            memo[key] = kept_ids(u for u in candidates if _holds(with_particle, u))
        if memo[key]:
            postings.append((memo[key], 1.0 if key == stem else SYNONYM))
    return tuple(postings)


TURNOUT_MEMO = " turnout"  # the memo's key for `turnout_postings` (no stem has a space)


def turnout_postings(index: CorpusIndex, stem: str) -> Postings:
    """For a word asking for the turnout ("Wahlbeteiligung"), the units that tell it by what the
    voters did ("Zur Wahl gingen 7.912 der 13.480 Wahlberechtigten"; `lexicon.tells_turnout`),
    as close as a synonym."""
    if stem not in TURNOUT_ASKED:
        return ()
    memo = index.split_verb_memo
    if TURNOUT_MEMO not in memo:
        found: set[int] = set()
        for deed, what, *_ in TURNOUT_DEEDS:
            doing = set(chain.from_iterable(index.own.get(s, ()) for s in sorted(deed)))
            found |= doing & set(chain.from_iterable(index.own.get(s, ()) for s in sorted(what)))
        memo[TURNOUT_MEMO] = kept_ids(u for u in sorted(found) if _tells_turnout(index, u))
    return ((memo[TURNOUT_MEMO], SYNONYM),) if memo[TURNOUT_MEMO] else ()


def _answers_to(index: CorpusIndex, postings: Postings) -> Postings:
    """The answers to the questions that hold these units ("Nur jeder Dritte hat gewählt.
    Ärgert Sie das?" for the turnout), each as close as the closest unit of its question, times
    `ASKED`."""
    block_of, answered = index.columns.block, index.answered
    found: dict[int, float] = {}
    for ids, similarity in postings:
        for unit in ids:
            answer = answered.get(block_of[unit])
            if answer is not None and similarity > found.get(answer, 0.0):
                found[answer] = similarity
    return tuple(
        (index.block_units[answer], similarity * ASKED) for answer, similarity in found.items()
    )


def _tells_turnout(index: CorpusIndex, unit: int) -> bool:
    tokens = words(index.columns.text(unit))
    return tells_turnout(tokens, [index.stem(t) for t in tokens])


def _holds(ids: Sequence[int], unit: int) -> bool:
    """Whether sorted `ids` hold `unit`."""
    i = bisect_left(ids, unit)
    return i < len(ids) and ids[i] == unit


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


SUBJECT = 0.5  # a line of an article about the person, which need not name them again
SUBJECT_LINES = 3  # title, kicker and lead: where an article says whom it is about


def about_person(index: CorpusIndex, term: Term, entries: Sequence[int]) -> Term:
    """A person's term that the other lines of an article about them (their name in its
    first lines: an obituary, a portrait) have too, at `SUBJECT`: "Die Trauerfeier findet am
    Freitag statt" is hers though it does not name her."""
    columns = index.columns
    articles = set().union(*(_subject_of(index, e) for e in entries))
    units = [
        range(bisect_left(columns.article, a), bisect_left(columns.article, a + 1))
        for a in sorted(articles)
    ]
    return replace(term, own=(*term.own, *((r, SUBJECT) for r in units)))


def _subject_of(index: CorpusIndex, entry: int) -> frozenset[int]:
    """The articles that name the person in their first lines (`SUBJECT_LINES`), once per
    person and index (`Memos.subject`): a common surname is named in thousands of units. Not
    those that name them as another's relative ("Seine Frau X"): they are about the other."""
    columns = index.columns
    return remembered(
        index.memos.subject,
        entry,
        lambda: frozenset(
            columns.article[u]
            for u in index.person_own[entry]
            if columns.block[u] - bisect_left(columns.block_article, columns.article[u])
            < SUBJECT_LINES
            and entry not in index.relatives.get(columns.article[u], ())
        ),
        size=len(index.people.entries),  # keyed by the directory's people: never emptied
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
    """One term's units, each set built the first time it is needed: a common word's sets cost
    more than answering with a rare word's, and are often never needed. They depend on the
    term's postings alone: `term_units` keeps them for the next query that asks the word."""

    def __init__(self, index: CorpusIndex, term: Term) -> None:
        self.index = index
        self.term = term
        self.own_levels = OwnLevels(term)
        self.own_size = sum(len(ids) for ids, _ in term.own)
        self.context_size = sum(len(ids) for ids, _ in term.context)
        self._near_blocks: set[int] | None = None

    def held(self) -> int:
        """How many ids its built sets hold (what keeping it costs)."""
        built = (self.__dict__.get(name, ()) for name in ("own", "blocks", "around", "best"))
        return self.own_levels.held() + sum(map(len, built)) + len(self._near_blocks or ())

    @cached_property
    def best(self) -> dict[int, float]:
        """Block → how well its own text has it (the best of the context postings)."""
        return _best(self.term.context)

    def context_match(self, context_factor: float) -> Callable[[int], float]:
        """A line's ("block's") match from around it (itself, its heading, neighbours),
        weighted by `context_factor`; computed once per line and query."""
        by_block: dict[int, float] = {}
        around = self.index.around

        def weighted(block: int) -> float:
            found = by_block.get(block)
            if found is None:
                near = self.best
                best = 0.0
                for b in around[block]:
                    similarity = near.get(b, 0.0)
                    if similarity > best:
                        best = similarity
                found = by_block[block] = best * context_factor
            return found

        return weighted

    @property
    def similarities(self) -> list[float]:
        """How well units' own text can have it, best first."""
        return self.own_levels.similarities

    def level(self, similarity: float) -> frozenset[int]:
        """The units whose own text has it this well, and no better."""
        levels = self.own_levels
        return levels.level(levels.similarities.index(similarity))

    def split(self, units: Units) -> list[tuple[float, Units]]:
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


TERM_UNITS_KEPT = 256  # terms whose sets an index keeps (`term_units`) …
TERM_IDS_KEPT = 400_000  # … and the ids they may hold (some 30 MB) before the oldest go


def term_units(index: CorpusIndex, term: Term) -> TermUnits:
    """The term's `TermUnits`, the same for every query that asks it: readers ask the same few
    words all night, and a common word's sets cost more to build than the rest of an answer. A
    term is kept when each of its postings is the index's own (an array, never changed once
    built: its identity says what it holds) or a range of units (its value does); a term with
    a list made for one question is not."""
    key = (postings_key(term.own), postings_key(term.context))
    if key[0] is None or key[1] is None:
        return TermUnits(index, term)
    memo = index.memos.term_units
    units = memo.pop(key, None)
    if units is None:  # (it holds its term, so the ids in its key stay those arrays')
        _make_room(memo)
        units = TermUnits(index, term)
    memo[key] = units  # (last: the words asked all night are the last to go)
    return units


def _make_room(memo: dict[tuple, TermUnits]) -> None:
    """Drop the terms asked least recently until one more fits: only as many as needed, so
    that no reader's question pays for freeing every kept set at once (some 400,000 ids,
    several milliseconds)."""
    kept = list(memo.items())  # (a snapshot: a concurrent question may add or drop terms)
    held = sum(units.held() for _, units in kept)
    for key, units in kept:
        if len(memo) < TERM_UNITS_KEPT and held <= TERM_IDS_KEPT:
            return
        memo.pop(key, None)
        held -= units.held()


def postings_key(postings: Postings) -> tuple | None:
    """What the postings hold, as a key for what is remembered of them per index (see
    `term_units`); None if a list, made for one question, is among them."""
    key: list[tuple[int | range, float]] = []
    for ids, similarity in postings:
        if type(ids) is Ids:
            key.append((id(ids), similarity))
        elif type(ids) is range:
            key.append((ids, similarity))
        else:
            return None
    return tuple(key)


# --- a term's units by how well they have it ----------------------------------------------------


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
        self._sets: dict[int, frozenset[int]] = {}  # level → its units, once built
        self.looked_up = 0  # levels split by looking units up (see `split`)

    @property
    def best(self) -> float:
        return self.similarities[0] if self.similarities else 0.0

    def held(self) -> int:
        """How many ids its built levels hold."""
        return sum(map(len, list(self._sets.values())))

    def level(self, k: int) -> frozenset[int]:
        """The units that have it at the k-th best similarity, and at no better one (each
        level made whole before it is kept: a kept term is shared by concurrent queries)."""
        found = self._sets.get(k)
        if found is None:
            better = [self.level(j) for j in range(k)]
            found = self._sets[k] = frozenset().union(*self._postings[k]).difference(*better)
        return found

    def split(self, units: Units) -> list[tuple[float, Units]]:
        """`units` by how well their own text has it, best first; those that lack it last
        (0.0)."""
        parts: list[tuple[float, Units]] = []
        rest = units
        for k, similarity in enumerate(self.similarities):
            if not rest:
                break
            if k in self._sets or not self._looked_up(rest, k):
                inside = rest & self.level(k)
            else:  # those at a better level are no longer in `rest`
                inside = set().union(*(rest.intersection(ids) for ids in self._postings[k]))
            if inside:
                parts.append((similarity, inside))
                rest = rest - inside
        if rest:
            parts.append((0.0, rest))
        return parts

    def _looked_up(self, units: Units, k: int) -> bool:
        """Whether to look a few units up in level k's postings (a pass in C over each) rather
        than gather the level: the first few times, when it is much larger (see `TermUnits`)."""
        if self.looked_up >= 2 or len(units) * LOOK_UP >= sum(map(len, self._postings[k])):
            return False
        self.looked_up += 1
        return True
