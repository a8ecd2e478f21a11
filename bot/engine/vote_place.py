"""“Wo wurde gewählt?”: the place of the vote, from the leads of the articles that report it.

A report names its town where it begins: in the dateline ("MOSBRÜCK. …", "Mosbrück (lhn) –
…") or in the lead's first sentence ("im Dortmunder Rathaus"). A question whose only words
are "wo" and words of a vote asks that place; a line that merely uses the word "gewählt"
elsewhere does not answer it.
"""

from __future__ import annotations

from bot.engine import election_day, lexicon
from bot.engine.context import Context
from bot.engine.folding import words
from bot.engine.index import CorpusIndex
from bot.engine.places import article_units, dateline_places
from bot.engine.reply import Reply

MAX_LINES = 3


def asks_vote_place(kind: str, asked: list[str]) -> bool:
    """Whether a question of `kind` asks where the vote was: "wo wurde gewählt", "wo war die
    Stichwahl", "where was the runoff" (`asked`: its words, folded, places aside)."""
    return kind == lexicon.PLACE and bool(asked) and all(map(election_day.is_vote_word, asked))


def lead_lines(index: CorpusIndex, articles: frozenset[int], asked: list[str]) -> list[int]:
    """Per article that tells of the vote asked about, the first sentence of its lead that
    has words enough (after a dateline standing alone as "MOSBRÜCK."): first the articles
    whose lead itself tells of the vote (a report), then the others (a portrait that mentions
    it later), each in corpus order."""
    wanted = election_day.wanted_forms(asked)
    columns = index.columns
    reports: list[int] = []
    others: list[int] = []
    for units in article_units(index, articles):
        telling = {columns.block[u] for u in units if _tells(index, u, wanted)}
        lead = election_day.lead_block(index, units)
        if not telling or lead is None:
            continue
        first = min(
            (u for u in units if columns.block[u] == lead and _long(index, u)),
            key=lambda u: columns.start[u],
        )
        (reports if lead in telling else others).append(first)
        if len(reports) >= MAX_LINES:
            break
    return (reports + others)[:MAX_LINES]


def _tells(index: CorpusIndex, unit: int, wanted: list[tuple[str, ...]]) -> bool:
    text = index.columns.text(unit)
    return bool(election_day.VOTE_HINT_RE.search(text)) and election_day.tells_of(
        words(text), wanted
    )


def _long(index: CorpusIndex, unit: int) -> bool:
    return len(index.columns.text(unit).split()) >= election_day.LEAD_WORDS


def answer(
    ctx: Context, articles: frozenset[int] | None, asked: list[str], title: str
) -> Reply | None:
    """The leads of the reports of the vote (in `articles`; all when None); None when no
    article tells of it, for the ranking to try."""
    scope = frozenset(range(len(ctx.index.articles))) if articles is None else articles
    lines = lead_lines(ctx.index, scope, asked)
    if not lines:
        return None
    places = _datelines(ctx.index, lines)
    text = ctx.say("vote_place", places=ctx.join(places)) if places else ctx.say("answer_found")
    return ctx.ok("ask", title, text, excerpts=ctx.excerpts(lines))


def _datelines(index: CorpusIndex, lines: list[int]) -> list[str]:
    """The places the leads' datelines give, once each, as a name is written ("MOSBRÜCK." as
    "Mosbrück"); a lead's first word is a dateline only if capitalised."""
    found: list[str] = []
    for unit in lines:
        for place in dateline_places(index.columns.block_text[index.columns.block[unit]]):
            name = place.title() if place.isupper() else place
            if name[:1].isupper() and name not in found:
                found.append(name)
    return found
