"""Answers from the official count: `!ergebnis [Ort|Wahl]` and the questions it can answer.

Every answer names its source (the portal's address) and the time of the count, marks a partial
count as provisional, and says nothing the count does not hold: a question the count cannot
answer is left to the articles (`answer_question` returns None).
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.engine.folding import words
from bot.engine.reply import NOT_FOUND, OK, USAGE, Reply
from bot.engine.safe_text import one_line
from bot.results import texts
from bot.results.chart import chart_file
from bot.results.model import CandidateVotes, Count
from bot.results.store import ResultsStore, Standing, Update

COMMAND = "results"
_VOTES = frozenset({"stimmen", "stimme", "prozent", "votes", "vote", "percent"})
_TURNOUT = frozenset({"wahlbeteiligung", "beteiligung", "turnout"})
_INVALID = frozenset({"ungultig", "ungultige", "ungultigen", "invalid"})
_WINNER = frozenset(
    {"gewonnen", "gewinnt", "gewinner", "gewinnerin", "sieger", "siegerin", "vorn", "vorne"}
    | {"fuhrt", "won", "wins", "winner", "leading", "ahead"}
)
ECHO_LIMIT = 120


def _label(entry: CandidateVotes) -> str:
    candidate = entry.candidate
    return f"{candidate.name} ({candidate.party})" if candidate.party else candidate.name


def verdict(count: Count, language: str) -> str:
    """Who is ahead: won (absolute majority, all counted), ahead, or provisionally ahead."""
    leader = count.leader
    if leader is None:
        return texts.say(language, "tie") if any(c.votes for c in count.candidates) else ""
    share = count.share(leader.votes) or 0.0
    values = {"name": _label(leader), "share": texts.percent(language, share)}
    if not count.complete:
        return texts.say(language, "provisional", **values)
    return texts.say(language, "won" if share > 0.5 else "ahead_no_majority", **values)


def _districts(count: Count, language: str) -> str:
    key = "districts" if count.complete else "districts_open"
    return texts.say(
        language,
        key,
        counted=texts.number(language, count.areas_counted),
        total=texts.number(language, count.areas_total),
    )


def _turnout(count: Count, language: str) -> dict[str, str]:
    """Turnout as share and as "voters of eligible", for the texts that show it."""
    return {
        "share": texts.percent(language, count.turnout),
        "voters": texts.number(language, count.voters or 0),
        "eligible": texts.number(language, count.eligible or 0),
    }


def _time(standing: Standing, language: str) -> str:
    return texts.clock(language, standing.updated) if standing.updated else "–"


def _count_lines(standing: Standing, language: str) -> list[str]:
    """The full count of one election, line by line."""
    count = standing.count
    assert count is not None
    say = texts.say
    if not count.started:
        return [say(language, "not_started", counted=count.areas_counted, total=count.areas_total)]
    lines = []
    for entry in count.ranked():
        shown = (
            texts.votes(language, entry.votes)
            if entry.votes is not None
            else say(language, "no_votes")
        )
        share = texts.percent(language, count.share(entry.votes))
        lines.append(say(language, "candidate", name=_label(entry), votes=shown, share=share))
    lines.append("")
    state = verdict(count, language)
    if state:
        lines.append(state)
    if count.turnout is not None:
        lines.append(say(language, "turnout", **_turnout(count, language)))
    if count.invalid is not None:
        lines.append(say(language, "invalid", n=texts.number(language, count.invalid)))
    lines.append(_districts(count, language))
    return lines


def _footer(standing: Standing, language: str) -> list[str]:
    lines = [
        texts.say(language, "updated", time=_time(standing, language)),
        texts.say(language, "source", address=standing.source.address),
    ]
    if standing.problem:
        lines.append(texts.say(language, "stale", problem=standing.problem))
    return lines


def not_configured(language: str, prefix: str) -> Reply:
    return Reply(
        USAGE,
        texts.say(language, "title_none"),
        texts.say(language, "not_configured", prefix=prefix),
        command=COMMAND,
    )


def results_reply(
    store: ResultsStore | None,
    argument: str,
    *,
    language: str,
    prefix: str,
    chart_folder: Path,
) -> Reply:
    """`!ergebnis [Ort|Wahl]`: one election in full with its chart, or all of them in brief."""
    standings = store.standings() if store is not None else ()
    if not standings:
        return not_configured(language, prefix)
    found = store.find(argument) if store is not None else []
    if not found:
        known = ", ".join(f"{s.source.name} ({s.source.place})" for s in standings)
        query = one_line(argument, ECHO_LIMIT)
        return Reply(
            NOT_FOUND,
            texts.say(language, "title_all"),
            texts.say(language, "unknown", query=query, known=known),
            command=COMMAND,
        )
    if len(found) > 1:
        return _overview(found, language, prefix)
    standing = found[0]
    title = texts.say(language, "title", name=standing.source.name)
    if standing.count is None:
        interval = f"{standing.source.interval:g}"
        lines = [texts.say(language, "no_count", interval=interval)]
        if standing.problem:
            lines.append(standing.problem)
        lines.append(texts.say(language, "source", address=standing.source.address))
        return Reply(NOT_FOUND, title, "\n".join(lines), command=COMMAND)
    text = (
        "\n".join(_count_lines(standing, language))
        + "\n\n"
        + "\n".join(_footer(standing, language))
    )
    images: tuple[str, ...] = ()
    if standing.count.started:
        source = standing.source
        path = chart_file(
            standing.count, source.name, language, chart_folder, source=source.address
        )
        images = (str(path),)
    return Reply(OK, title, text, command=COMMAND, images=images)


def _overview(found: list[Standing], language: str, prefix: str) -> Reply:
    lines = []
    for standing in found:
        count = standing.count
        if count is None:
            state = texts.say(language, "no_count", interval=f"{standing.source.interval:g}")
        elif not count.started:
            state = texts.say(
                language, "not_started", counted=count.areas_counted, total=count.areas_total
            )
        else:
            state = f"{verdict(count, language)} · {_districts(count, language)}"
        source = standing.source
        lines.append(
            texts.say(language, "summary", name=source.name, place=source.place, state=state)
        )
    word = "ergebnis" if language == "de" else "results"
    lines += ["", texts.say(language, "more", usage=f"{prefix}{word} {found[0].source.place}")]
    return Reply(OK, texts.say(language, "title_all"), "\n".join(lines), command=COMMAND)


# --- questions ----------------------------------------------------------------------------------


def _phrase_in(phrase: str, folded: str) -> bool:
    key = " ".join(words(phrase))
    return bool(key) and f" {key} " in folded


def _named(entry: CandidateVotes, asked: set[str], folded: str) -> bool:
    """The question names the candidate: full name, surname (also as genitive: Westerkamps), or
    party ("Wie viele Stimmen hat die SPD bekommen?")."""
    name = words(entry.candidate.name)
    if not name:
        return False
    surname = name[-1]
    party = entry.candidate.party
    return (
        _phrase_in(entry.candidate.name, folded)
        or bool({surname, surname + "s"} & asked)
        or (bool(party) and _party_in(party, folded))
    )


def _party_in(party: str, folded: str) -> bool:
    """The party's name in the question, its last word inflected or not (GRÜNE: "Grünen")."""
    found = words(party)
    if not found:
        return False
    *head, last = (re.escape(w) for w in found)
    return re.search(rf" {' '.join([*head, last])}[a-z]{{0,2}} ", folded) is not None


def answer_question(store: ResultsStore | None, question: str, language: str) -> Reply | None:
    """The count's answer to a question about votes, turnout, invalid votes or who won, if the
    question names a configured election (by place or name) or candidate and the count holds
    that number; None otherwise (the articles are asked then)."""
    if store is None:
        return None
    asked = set(words(question))
    folded = f" {' '.join(words(question))} "
    lines: list[str] = []
    shown: Standing | None = None
    for standing in store.standings():
        count = standing.count
        if count is None or not count.started:
            continue
        source = standing.source
        place_named = _phrase_in(source.place, folded) or _phrase_in(source.name, folded)
        candidates = [c for c in count.candidates if _named(c, asked, folded)]
        found = _answers(count, source.name, asked, place_named, candidates, language)
        if found:
            lines.extend(found)
            shown = standing
            break  # one election per answer: the first configured that answers
    if shown is None or shown.count is None:
        return None
    count = shown.count
    total = texts.number(language, count.areas_total)
    if count.complete:
        lines.append(texts.say(language, "answer_final", total=total))
    else:
        counted = texts.number(language, count.areas_counted)
        lines.append(texts.say(language, "answer_partial", counted=counted, total=total))
    lines += [
        "",
        texts.say(
            language,
            "answer_source",
            name=shown.source.name,
            time=_time(shown, language),
            address=shown.source.address,
        ),
    ]
    title = texts.say(language, "answer_title", question=one_line(question, ECHO_LIMIT))
    return Reply(OK, title, "\n".join(lines), command="ask")


def _answers(
    count: Count,
    election: str,
    asked: set[str],
    place_named: bool,
    candidates: list[CandidateVotes],
    language: str,
) -> list[str]:
    """The sentences that answer the question from this count ([] if none does)."""
    if asked & _VOTES and candidates:
        return [
            texts.say(
                language,
                "answer_votes",
                name=_label(c),
                votes=texts.votes(language, c.votes),
                share=texts.percent(language, count.share(c.votes)),
            )
            for c in candidates
            if c.votes is not None
        ]
    if not (place_named or candidates):
        return []
    if asked & _TURNOUT and count.turnout is not None:
        values = _turnout(count, language)
        return [texts.say(language, "answer_turnout", election=election, **values)]
    if asked & _INVALID and count.invalid is not None:
        invalid = texts.number(language, count.invalid)
        return [texts.say(language, "answer_invalid", election=election, n=invalid)]
    if asked & _WINNER and place_named:
        state = verdict(count, language)
        return [texts.say(language, "answer_leader", state=state)] if state else []
    return []


def update_note(update: Update, store: ResultsStore, language: str) -> str:
    """One line on what a poll brought, for the console and the log."""
    if update.problem:
        return update.problem
    standing = store.standing(update.name)
    count = standing.count if standing is not None else None
    if count is None:
        return update.name
    if update.final:
        return texts.say(language, "final_post", name=update.name)
    return f"{update.name}: {_districts(count, language)}"
