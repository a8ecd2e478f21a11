"""Commands over the text: `search`, `facts` and topics (from the config, or an unknown `!word`).

`search` wants most of what was typed (typos forgiven) and lists every place, reader comments
included and labelled. A topic is a list of words of which any may match; it answers with the
few best facts and passages of the articles' own reporting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import chain, takewhile

from bot.config import Topic
from bot.engine.context import Context
from bot.engine.folding import fold, words
from bot.engine.index import CLASS_COMMENT, KIND_CODES, KIND_OF_CODE
from bot.engine.lexicon import STOP_WORDS
from bot.engine.matching import Term, distinct, word_term
from bot.engine.narrowing import Narrowing, Weighing
from bot.engine.reply import DIRECT, FACT, PASSAGE, REPORTED, Excerpt, Reply
from bot.engine.safe_text import one_line

MAX_QUERY_WORDS = 12  # a pasted essay is searched by its first words only
SEARCH_MIN_COVERAGE = 0.6
MAX_SEARCH_RESULTS = 25
MAX_FACTS = 30
TOPIC_RESULTS = 5
TOPIC_MIN_MATCH = 0.7  # a topic unit must match at least one word this well in its own text
TOPIC_SHARE_OF_BEST = 0.35
FACT_BOOST = 1.25  # topics are answered with facts first
COMMENT_RANK = 0.8  # a reader comment ranks below equal article text
ECHO_LIMIT = 80
KIND_ORDER = {DIRECT: 0, REPORTED: 1, FACT: 2, PASSAGE: 3}
KIND_MASK = 3 | CLASS_COMMENT  # the class bits search and topics rank by


def query_terms(ctx: Context, text: str) -> list[Term]:
    """One term per distinct content word (all words if there are only stop words)."""
    folded = words(text)
    content = [w for w in folded if w not in STOP_WORDS] or folded
    stems: dict[str, str] = {}
    for word in content:
        stems.setdefault(ctx.index.stem(word), word)
        if len(stems) >= MAX_QUERY_WORDS:
            break
    return [word_term(ctx.index, word) for word in stems.values()]


def search(ctx: Context, argument: str) -> Reply:
    """`search <text>`: quotes and passages holding (most of) the words, best first."""
    query = argument.strip()
    if not query:
        return ctx.needs_argument("search")
    echo = one_line(query, ECHO_LIMIT)
    terms = query_terms(ctx, query)
    chosen = distinct(ctx.index, _search_ranked(ctx, terms), MAX_SEARCH_RESULTS)
    if not chosen:
        return ctx.not_found(
            "search", ctx.say("search_none", query=echo), title=ctx.say("title_search", query=echo)
        )
    return ctx.ok(
        "search",
        ctx.say("title_search", query=echo),
        ctx.say("search_found", count=len(chosen)),
        excerpts=ctx.excerpts(chosen),
    )


def _search_ranked(ctx: Context, terms: Sequence[Term]) -> Iterator[int]:
    """The units that cover enough of the query in their own text, best first (a reader
    comment a little lower; at an equal rank quotes, then reported speech, then passages).
    The candidates are split only as far as the first answers need (see `narrowing`): a
    common word is in tens of thousands of units, and only the best few are shown."""

    def boost(code: int, speaker_asked: bool) -> float:
        kind = KIND_OF_CODE[code & 3]
        if kind == FACT:
            return 0.0  # each fact is one of the sentences searched already
        return COMMENT_RANK if code & CLASS_COMMENT else 1.0

    total = sum(t.weight for t in terms)
    if not total:
        return iter(())
    own_only = [replace(t, weight=t.weight / total, context=()) for t in terms]
    weighing = Weighing(boost, KIND_MASK, KIND_CODES[PASSAGE], order=_kind_order)
    narrowing = Narrowing(ctx.index, own_only, weighing, SEARCH_MIN_COVERAGE, 0.0, 0.0)
    return (unit for _, unit in narrowing.ranked())


def _kind_order(code: int) -> int:
    return KIND_ORDER[KIND_OF_CODE[code & 3]]


def _topic_units(ctx: Context, query: str, only_facts: bool) -> list[int]:
    """The best units of the articles' reporting for a topic query (any word may match, one
    well in the unit's own text; facts first), those scoring less than a share of the best
    left out. Ranked as far as the first answers need (see `narrowing`)."""
    terms = [replace(t, context=()) for t in query_terms(ctx, query)]
    if not terms:
        return []
    if only_facts:
        terms.append(Term("", 0.0, ((ctx.index.facts, 1.0),), required=True))

    def boost(code: int, speaker_asked: bool) -> float:
        if code & CLASS_COMMENT:
            return 0.0
        return FACT_BOOST if KIND_OF_CODE[code & 3] == FACT else 1.0

    weighing = Weighing(boost, KIND_MASK, KIND_CODES[PASSAGE], order=_kind_order)
    below = TOPIC_MIN_MATCH - 1e-9  # a unit must match some word at least this well
    answers = Narrowing(ctx.index, terms, weighing, 0.0, below, 0.0).ranked()
    first = next(answers, None)
    if first is None:
        return []
    least = TOPIC_SHARE_OF_BEST * first[0]
    strong = takewhile(lambda scored: scored[0] >= least, chain([first], answers))
    return distinct(ctx.index, (unit for _, unit in strong), TOPIC_RESULTS)


def find_topic(ctx: Context, name: str) -> Topic | None:
    """The config's topic of that name (case and umlauts folded)."""
    key = fold(name.strip())
    return next((t for t in ctx.config.topics if fold(t.name) == key), None)


def topic(ctx: Context, topic: Topic) -> Reply:
    """A topic command from the config: its facts and passages, with sources."""
    label = _capitalised(topic.description or topic.name)
    units = _topic_units(ctx, topic.query, only_facts=False)
    if not units:
        return ctx.not_found(
            topic.name,
            ctx.say("topic_none", topic=label),
            title=ctx.say("title_topic", topic=label),
        )
    title = ctx.say("title_topic", topic=label)
    return ctx.ok(topic.name, title, excerpts=_substance_first(ctx, units))


def corpus_topic(ctx: Context, word: str) -> Reply | None:
    """An unknown `!word` answered as a topic if the articles' reporting has it; else None."""
    units = _topic_units(ctx, word, only_facts=False)
    if not units:
        return None
    echo = one_line(word, ECHO_LIMIT)
    title = ctx.say("title_topic", topic=_capitalised(echo))
    return ctx.ok(fold(echo), title, excerpts=_substance_first(ctx, units))


# The writer speaking of the reporting itself ("Wir haben uns … umgehört"): a first person
# plural outside any quotation. Quoted speakers say "wir" too; their words are not framing.
_QUOTED_RE = re.compile(r"„[^“]*“|»[^«]*«|\"[^\"]*\"")
_WRITERS_WE_RE = re.compile(r"\b(?:[Ww]ir|uns|unser\w*)\b")
_QUESTION_RE = re.compile(r"\?[\s“”\"«»]*$")


def _substance_first(ctx: Context, units: list[int]) -> tuple[Excerpt, ...]:
    """A topic's excerpts with what it says first: facts lead (topics are answered with facts);
    a question the text asks is shown with the sentence after it on its line (its answer); a
    question without one, and the writer's framing of the article, come last."""
    shown: list[tuple[bool, Excerpt]] = []
    for unit, excerpt in zip(units, ctx.excerpts(units), strict=True):
        if excerpt.kind == PASSAGE and _QUESTION_RE.search(excerpt.text):
            answered = _with_answer(ctx, unit, excerpt)
            shown.append((answered is None, answered or excerpt))
        else:
            framing = excerpt.kind == PASSAGE and _WRITERS_WE_RE.search(
                _QUOTED_RE.sub("", excerpt.text)
            )
            shown.append((bool(framing), excerpt))
    kept: list[Excerpt] = []
    # Stable: within each rank, the scores' order stays.
    for _, excerpt in sorted(shown, key=lambda item: (item[0], item[1].kind != FACT)):
        if not any(_within(excerpt, other) for other in kept):
            kept.append(excerpt)
    return tuple(kept)


def _with_answer(ctx: Context, unit: int, question: Excerpt) -> Excerpt | None:
    """The question and the sentence that follows it on the same line, verbatim; None if the
    line ends with the question."""
    columns = ctx.index.columns
    block, end = columns.block[unit], columns.end[unit]
    following = [
        other
        for other in ctx.index.block_units[block]
        if columns.start[other] >= end and ctx.index.excerpt(other).kind == PASSAGE
    ]
    if not following:
        return None
    answer = min(following, key=lambda other: columns.start[other])
    text = columns.block_text[block][columns.start[unit] : columns.end[answer]]
    return replace(question, text=text)


def _within(excerpt: Excerpt, other: Excerpt) -> bool:
    """Whether `excerpt` is shown already as part of `other` (a question with its answer)."""
    return (
        excerpt.article == other.article
        and excerpt.line == other.line
        and excerpt is not other
        and excerpt.text in other.text
    )


def _capitalised(label: str) -> str:
    """A topic as a title names it: "wahlsieger" → "Wahlsieger" (a command word is typed in
    lower case; a German topic is a noun)."""
    return label[:1].upper() + label[1:]


def facts(ctx: Context, argument: str) -> Reply:
    """`facts [topic]`: the checkable facts, all in article order, or the best on a topic."""
    query = argument.strip()
    if not ctx.index.facts:
        return ctx.not_found("facts", ctx.say("facts_none"))
    if not query:
        units = list(ctx.index.facts)
        text = ctx.say("facts_found", count=len(units))
        if len(units) > MAX_FACTS:
            text += " " + ctx.say("more", count=len(units) - MAX_FACTS)
        return ctx.ok(
            "facts", ctx.say("title_facts"), text, excerpts=ctx.excerpts(units[:MAX_FACTS])
        )
    configured = find_topic(ctx, query)
    label = (
        (configured.description or configured.name) if configured else one_line(query, ECHO_LIMIT)
    )
    units = _topic_units(ctx, configured.query if configured else query, only_facts=True)
    title = ctx.say("title_facts_topic", topic=label)
    if not units:
        return ctx.not_found("facts", ctx.say("facts_topic_none", topic=label), title=title)
    return ctx.ok("facts", title, excerpts=ctx.excerpts(units))
