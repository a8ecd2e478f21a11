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

import heapq
from dataclasses import dataclass, replace

from bot.engine import lexicon
from bot.engine.context import Context
from bot.engine.folding import fold, name_key, words
from bot.engine.matching import (
    Term,
    distinct,
    match_table,
    party_term,
    person_term,
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


def _named_people(ctx: Context, folded: list[str]) -> tuple[list[int], set[int]]:
    """People the question names (by full name, alias, genitive or a typo of a rare word),
    and the positions of the words that named them."""
    directory = ctx.index.people
    found: list[int] = []
    used: set[int] = set()
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
            if hits:
                found.extend(h for h in hits if h not in found)
                used |= span
    return found, used


def read_question(ctx: Context, text: str) -> Question:
    folded = words(text)[: MAX_QUESTION_WORDS * 2]
    kind, asked = lexicon.question_kind(folded)
    people, used = _named_people(ctx, folded)
    terms: list[Term] = [
        person_term(ctx.index, p, ctx.index.people.entries[p].name) for p in people
    ]
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


def _boost(ctx: Context, question: Question, unit_id: int) -> float:
    unit = ctx.unit(unit_id)
    factor = 1.0
    if question.kind in (lexicon.PERSON, lexicon.TIME, lexicon.NUMBER, lexicon.REASON):
        if question.kind in unit.cues:
            factor *= CUE_MATCH
        else:
            factor *= REASON_MISS if question.kind == lexicon.REASON else CUE_MISS
    if question.wants_quote and unit.excerpt.kind in (DIRECT, REPORTED):
        factor *= SPEECH_MATCH
    if unit.speaker is not None and unit.speaker in question.people:
        factor *= SPEAKER_MATCH
    if unit.excerpt.text.rstrip().endswith("?"):
        factor *= ASKED_IN_TEXT
    return factor


def _answers(ctx: Context, question: Question, comments: bool) -> list[tuple[float, int]]:
    """Units that answer, as (score, unit), best first: all named people and parties involved,
    enough of the question covered; from reader comments only if `comments`."""
    table = match_table(ctx.index, question.terms, CONTEXT_FACTOR)
    units = ctx.index.units
    weights = [t.weight for t in question.terms]
    least = MIN_COVERAGE * sum(weights)
    required = [i for i, t in enumerate(question.terms) if t.required]
    source = "comment" if comments else "article"
    scored = []
    for unit_id, row in table.items():
        if units[unit_id].excerpt.source != source or any(row[i] == 0 for i in required):
            continue
        matched = sum(w * m for w, m in zip(weights, row, strict=True))
        if matched < least or max(row) <= CONTEXT_FACTOR:
            continue  # an answer must say some of it itself, not only stand near it
        scored.append((matched * _boost(ctx, question, unit_id), unit_id))
    # Only the best few are shown: pick them without sorting every candidate.
    best = heapq.nlargest(MAX_CANDIDATES, scored, key=lambda s: s[0])
    return sorted(best, key=lambda s: (-round(s[0], 6), _position(ctx, s[1])))


def _position(ctx: Context, unit_id: int) -> tuple[int, int, int, int]:
    unit = ctx.unit(unit_id)
    # Quotes before the sentence around them: the speaker is named on the quote.
    kind = 0 if unit.excerpt.kind in (DIRECT, REPORTED) else 1
    return (unit.article, unit.excerpt.line, kind, unit.start)


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
    if question.kind == lexicon.PERSON and len(question.people) == 1 and len(question.terms) == 1:
        # "Wer ist Kalouti?" asks who somebody is: that is what `who` answers.
        name = ctx.index.people.entries[question.people[0]].name
        return replace(who(ctx, name), command="ask")
    ranked = _answers(ctx, question, comments=False)
    if not ranked:
        note = ctx.say("answer_none")
        if _answers(ctx, question, comments=True):
            note += " " + ctx.say("answer_comment_only")
        return ctx.not_found("ask", note, title=title)
    best = ranked[0][0]
    good = (u for score, u in ranked if score >= FOLLOWERS_SHARE * best)
    chosen = distinct(ctx.index, good, MAX_ANSWERS)
    person = (
        ctx.index.people.entries[question.people[0]].name if len(question.people) == 1 else None
    )
    return ctx.ok(
        "ask", title, ctx.say("answer_found"), excerpts=ctx.excerpts(chosen), person=person
    )
