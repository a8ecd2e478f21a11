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

from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass, replace
from itertools import islice
from operator import mul

from bot.engine import lexicon
from bot.engine.context import Context
from bot.engine.folding import fold, name_key, words
from bot.engine.index import CLASS_ASKS, CLASS_COMMENT, CUE_BITS, KIND_OF_CODE
from bot.engine.matching import (
    Group,
    Key,
    Term,
    class_runs,
    context_blocks,
    context_matches,
    distinct,
    own_groups,
    party_term,
    person_term,
    ranked,
    units_in,
    word_term,
)
from bot.engine.people import FUZZY
from bot.engine.person_answers import who
from bot.engine.reply import DIRECT, REPORTED, USAGE, Reply
from bot.engine.safe_text import one_line

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
EXAMPLE = "Wer hat die Wahl gewonnen?"


@dataclass(frozen=True)
class Question:
    """What a question asks, as far as the index can tell."""

    kind: str  # lexicon.PERSON, TIME, NUMBER, REASON, PLACE or WHAT
    terms: tuple[Term, ...]
    people: tuple[int, ...]  # directory entries the question names
    wants_quote: bool  # it asks what somebody said


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
            if size == 1 and key in lexicon.STOP_WORDS:
                continue
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


def read_question(ctx: Context, text: str) -> Question:
    folded = words(text)[: MAX_QUESTION_WORDS * 2]
    kind, asked = lexicon.question_kind(folded)
    named, used = _named_people(ctx, folded, asked)
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
    for position, word in enumerate(folded):
        if position in used or position in asked:
            continue
        if word in lexicon.SPEECH_WORDS:
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
            if _describes_person(folded, position, used):
                term = replace(term, weight=term.weight * ROLE_PHRASE_WEIGHT)
            terms.append(term)
    return Question(kind, tuple(terms), tuple(people), wants_quote)


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
        else:
            factor *= REASON_MISS if question.kind == lexicon.REASON else CUE_MISS
    if question.wants_quote and KIND_OF_CODE[code & 3] in (DIRECT, REPORTED):
        factor *= SPEECH_MATCH
    if speaker_asked:
        factor *= SPEAKER_MATCH
    if code & CLASS_ASKS:
        factor *= ASKED_IN_TEXT
    return factor


def _answers(ctx: Context, question: Question, comments: bool) -> Iterator[tuple[float, int]]:
    """Units that answer, as (score, unit), best first: all named people and parties involved,
    enough of the question covered; from reader comments only if `comments`.

    Lazy: only groups of units that could still beat what was found are scored (see
    `matching.ranked`), so a caller that takes the first few pays for little more.
    """
    terms = question.terms
    index = ctx.index
    weights = [t.weight for t in terms]
    least = MIN_COVERAGE * sum(weights)
    required = [i for i, t in enumerate(terms) if t.required]
    around_best = [max((s for _, s in t.context), default=0.0) for t in terms]
    context = [context_matches(index, t, CONTEXT_FACTOR) if t.context else None for t in terms]
    columns = index.columns
    block_of, article_of, start_of = columns.block, columns.article, columns.start
    speaker_of, line_of = columns.speaker, columns.block_line
    scores: dict[int, float] = {}

    def matched_bound(sims: tuple[float, ...], reach: Sequence[float]) -> float | None:
        """The best match a unit with these own-text matches can reach when each term's
        context gives at most `reach` (its best similarity around any unit of the set, or
        0.0: none); None if none of them can answer."""
        if max(sims, default=0.0) <= CONTEXT_FACTOR:
            return None  # an answer must say some of it itself, not only stand near it
        if any(sims[i] == 0 and reach[i] == 0 for i in required):
            return None
        row = [max(s, CONTEXT_FACTOR * a) for s, a in zip(sims, reach, strict=True)]
        matched = sum(w * m for w, m in zip(weights, row, strict=True))
        return matched if matched >= least else None

    near_blocks: dict[int, set[int]] = {}

    def parts(group: Group) -> Iterator[tuple[float, Set[int]]]:
        """The group's units split by which terms they have around them (found with set
        operations), each part with the best match its units can reach: a tighter bound than
        the group's, so that parts that cannot compete are never scored unit by unit."""
        split: list[tuple[list[float], Set[int]]] = [(list(around_best), group.units)]
        for i, best in enumerate(around_best):
            if CONTEXT_FACTOR * best <= group.sims[i]:
                continue  # its context cannot raise this term for these units
            if i not in near_blocks:
                near_blocks[i] = context_blocks(index, terms[i])
            finer = []
            for reach, members in split:
                inside = units_in(index, near_blocks[i], members)
                if inside:
                    finer.append((reach, inside))
                if len(inside) < len(members):
                    finer.append(([*reach[:i], 0.0, *reach[i + 1 :]], members - inside))
            split = finer
        for reach, members in split:
            top = matched_bound(group.sims, reach)
            if top is not None:
                yield top, members

    near_terms = [(i, near) for i, near in enumerate(context) if near is not None]
    speakers = set(question.people)
    boosts: dict[tuple[int, bool], float] = {}  # (class byte, speaker asked about) → boost
    classes = index.classes
    by_group: dict[tuple[float, ...], tuple[list[tuple[int, Callable]], dict]] = {}

    def block_match(
        block: int, sims: tuple[float, ...], nearby: list[tuple[int, Callable]]
    ) -> float | None:
        """How much of the question a unit of this line matches with these own-text matches
        (its context is its line's); None if that is not enough. `nearby`: the terms whose
        context could still raise the match."""
        row = list(sims)
        for i, near in nearby:
            found = near(block)
            if found > row[i]:
                row[i] = found
        for i in required:
            if row[i] == 0:
                return None
        matched = sum(map(mul, weights, row))
        return matched if matched >= least else None

    last: list = [None, None]  # the group scored last, and what `by_group` holds for it

    def key(unit_id: int, group: Group) -> Key | None:
        sims = group.sims
        if group is last[0]:
            known = last[1]
        else:
            known = by_group.get(sims)
            if known is None:
                nearby = [(i, near) for i, near in near_terms if sims[i] < CONTEXT_FACTOR]
                known = by_group[sims] = (nearby, {})
            last[:] = [group, known]
        nearby, by_block = known
        block = block_of[unit_id]
        if block in by_block:
            matched = by_block[block]
        else:
            matched = by_block[block] = block_match(block, sims, nearby)
        if matched is None:
            return None
        # A unit's boost follows from its class byte and whether it is the speaker asked
        # about: worked out once per such pair and query.
        kind = (classes[unit_id], speaker_of[unit_id] in speakers)
        boost = boosts.get(kind)
        if boost is None:
            boost = boosts[kind] = _boost(question, *kind)
        score = scores[unit_id] = matched * boost
        # Ties go by position (article, line, quotes before the sentence around them, place).
        quoted = 0 if KIND_OF_CODE[classes[unit_id] & 3] in (DIRECT, REPORTED) else 1
        position = (article_of[unit_id], line_of[block], quoted, start_of[unit_id], unit_id)
        return (-round(score, 6), *position)

    bounded = []
    wanted = CLASS_COMMENT if comments else 0
    for group in own_groups(terms):
        if matched_bound(group.sims, around_best) is None:
            continue
        for top, part in parts(group):
            for code, members in class_runs(index.classes, part).items():
                if code & CLASS_COMMENT == wanted:
                    bound = top * _boost(question, code, bool(question.people))
                    bounded.append((bound, Group(group.sims, members)))
    for unit_id in ranked(bounded, key):
        yield scores[unit_id], unit_id


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
    """`ask <question>`: the best one to three sourced excerpts, or "the articles do not say"."""
    text = argument.strip()
    if not text:
        return ctx.needs_argument("ask")
    echo = one_line(text, ECHO_LIMIT)
    title = ctx.say("title_answer", question=echo)
    question = read_question(ctx, text)
    if not question.terms:
        return Reply(USAGE, title, ctx.say("question_empty", example=EXAMPLE), command="ask")
    if question.kind == lexicon.PERSON and question.people and len(question.terms) == 1:
        # "Wer ist Kalouti?" asks who somebody is: that is what `who` answers (for a name
        # several people share, it lists them all).
        return replace(who(ctx, question.terms[0].label), command="ask")
    # Only the best few are shown: the rest of the candidates is never scored.
    answers = islice(_answers(ctx, question, comments=False), MAX_CANDIDATES)
    first = next(answers, None)
    if first is None:
        note = ctx.say("answer_none")
        if next(_answers(ctx, question, comments=True), None) is not None:
            note += " " + ctx.say("answer_comment_only")
        return ctx.not_found("ask", note, title=title)
    chosen = distinct(ctx.index, _followers(first, answers), MAX_ANSWERS)
    person = (
        ctx.index.people.entries[question.people[0]].name if len(question.people) == 1 else None
    )
    return ctx.ok(
        "ask", title, ctx.say("answer_found"), excerpts=ctx.excerpts(chosen), person=person
    )
