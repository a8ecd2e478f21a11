"""“Wann war die Wahl?”: the day of the vote, in the articles' own words.

An election-night report seldom prints the date of the vote: it says "in der Stichwahl am
Sonntag" or "gestern" and carries its own date. The reply quotes the lines that tie the vote
to a day, and says which date that is by the article's date (the latest such weekday on or
before it) when the line tells of a vote that is over. With no such line it says the articles
do not name the day, and when they appeared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.engine import lexicon
from bot.engine.context import Context
from bot.engine.folding import words
from bot.engine.index import KIND_CODES, PASSAGE, CorpusIndex
from bot.engine.places import article_units
from bot.engine.reply import Reply
from bot.engine.strings import format_date

# Words of a vote, folded: whole words, and the ends of compounds ("Stichwahl",
# "Oberbürgermeisterwahl", "Landratswahlen").
VOTE_WORDS = frozenset(
    "gewahlt wahlen wahlten abgestimmt abstimmung urnengang wahltag wahlabend wahlsonntag "
    "burgerentscheid volksentscheid election elections elected runoff vote voted votes voting "
    "ballot polls referendum".split()
)
VOTE_ENDINGS = ("wahl", "wahlen", "wahlgang")
# What every line with a vote word has in it (a cheap first look, before folding words).
VOTE_HINT_RE = re.compile(r"wahl|wähl|stimm|elect|vot|runoff|ballot|poll|entscheid|urneng", re.I)
# Words of any vote: with only these, any line of a vote answers; another vote word
# ("Stichwahl", "Landratswahl") asks about that vote, and a line must name it.
ANY_VOTE = frozenset(
    "wahl wahlen gewahlt wahlten abgestimmt abstimmung urnengang election elections elected "
    "vote voted votes voting ballot polls".split()
)
# English words of one kind of vote, as German articles name it.
ENGLISH_VOTES = {"runoff": "stichwahl", "referendum": "burgerentscheid"}
_GERMAN_DAYS = "montag dienstag mittwoch donnerstag freitag samstag sonntag"
_ENGLISH_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
WEEKDAYS = {
    **{day: i for i, day in enumerate(_GERMAN_DAYS.split())},
    **{day: i for i, day in enumerate(_ENGLISH_DAYS.split())},
    "sonnabend": 5,
}
SUNDAY = 6
# "Sonntagabend", "Sonntagnacht": the day with a time of it.
DAY_PARTS = ("abend", "nacht", "nachmittag", "vormittag", "morgen", "mittag", "night", "evening")
YESTERDAY = frozenset("gestern yesterday".split())
# A line that tells of a vote still to come, or only planned: no date is worked out from it.
TO_COME = frozenset(
    "wird werden soll sollen will kommenden kommende nachsten nachste kunftig bevorstehenden "
    "findet stattfinden entscheidet entscheiden shall upcoming next coming".split()
)
# A report of the vote appears on its day or the next: a weekday further back is no vote
# this article reports on the night.
REPORTED_WITHIN = 2
DATE_RE = re.compile(
    r"\b\d{1,2}\.\s*(?:\d{1,2}\.|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember)"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}\b"
)
# A day told from the article's own: "in zwei Wochen", "in einer Woche", "in drei Tagen", "in
# two weeks" (the line says it; no date is worked out).
RELATIVE_DAY_RE = re.compile(
    r"\b[Ii]n\s+(?:einer|einem|zwei|drei|vier|fünf|sechs|\d{1,2}|a|one|two|three|four|five|six)"
    r"\s+(?:Wochen?|Tagen?|weeks?|days?)\b"
)
MAX_LINES = 3
SENTENCE_ENDS = (".", "!", "“", "”", '"', "«", "»")  # a lead states; a question is no lead
LEAD_WORDS = 6  # an article's lead is its first paragraph of this many words; fewer: a heading
# "bis wann", "ab wann", "seit wann", "until when": a deadline or a span, not the day of a vote.
SPAN_OPENERS = frozenset("bis ab seit until since".split())
NEAR = 4  # words between a vote and its day: "hat die Stichwahl am Sonntag mit 54 Prozent"
# Participles that close a sentence's verb bracket ("hat am Sonntag … gewählt"), and the words
# a bracket may enclose between the day and them.
PARTICIPLES = frozenset("gewahlt abgestimmt elected voted".split())
BRACKET = 12
# "Die Stichwahl zwischen beiden findet am 29. November statt": "findet … statt" encloses the
# day, and the vote just before the verb is what takes place then.
HELD = frozenset("findet fand finden fanden".split())
HELD_PARTICLE = "statt"
# Elected bodies and offices a vote's name may give ("Stadtratswahl", "Kreistagswahl",
# "Bürgermeisterwahl"): a line may name the body or office instead ("die Wahl des
# Bürgermeisters").
BODY_ENDS = ("rat", "tag", "meister")
MIN_BODY = 6  # letters of a body's name a line may give for its vote: "Kreistag", not "Rat"
# "bei der Wahl der hauptamtlichen Bürgermeisterin am 14. März", "the election of the mayor on
# May 3": a vote named with whom it elects, its day after that genitive, which may be long.
OF_WHOM = frozenset("der des of".split())
DAY_PREPOSITIONS = frozenset("am vom on".split())
# "vor der Stichwahl", "nach der Wahl": what the line dates is another event.
OTHER_EVENT = frozenset("vor nach seit before after since".split())


@dataclass(frozen=True)
class DayLine:
    """A line that ties the vote to a day, and the date that day was, if it can be told."""

    unit: int
    day: date | None


def asks_election_day(folded: list[str], asked: list[str]) -> bool:
    """Whether a question asks when the vote was: "wann" or "when" and, places aside, only
    words of a vote (`asked`, folded): "Wann war die Stichwahl in Marlau?", "wann wurde
    gewählt", "when was the runoff". "Bis wann kann man Briefwahl beantragen?" asks a deadline."""
    if not asked or not all(map(is_vote_word, asked)):
        return False
    _, at = lexicon.question_kind(folded)
    if tuple(folded[i] for i in sorted(at)) in lexicon.DAY_ASKED:
        return True  # "an welchem Tag wurde gewählt", "which day was the vote"
    return any(
        word in ("wann", "when") and (i == 0 or folded[i - 1] not in SPAN_OPENERS)
        for i, word in enumerate(folded)
    )


def is_vote_word(word: str) -> bool:
    """A folded word of voting: "stichwahl", "gewahlt", "runoff"."""
    return word in VOTE_WORDS or word.endswith(VOTE_ENDINGS)


def day_lines(index: CorpusIndex, articles: frozenset[int], asked: list[str]) -> list[DayLine]:
    """Per article, the first line naming the vote asked about (`asked`, folded) and a day, in
    corpus order; a line of a vote that is over before one of a vote to come ("Am 12. Oktober
    entscheidet die Stichwahl" in an article that later says when the first round was). For
    "wann wurde gewählt", a report with no such line may give the day in its lead."""
    wanted = wanted_forms(asked)
    found: list[DayLine] = []
    leads: list[DayLine] = []
    columns = index.columns
    for units in article_units(index, articles):
        lines: list[tuple[int, list[str], str]] = []
        voted = False  # the article tells of the vote asked about
        for unit in units:
            text = columns.text(unit)
            if not VOTE_HINT_RE.search(text):
                continue  # most lines: no word of a vote, told without splitting them
            folded = words(text)
            if not tells_of(folded, wanted):
                continue
            voted = True
            day = _named_day(folded, text)
            if day is not None:
                lines.append((unit, folded, day))
        over = [line for line in lines if TO_COME.isdisjoint(line[1])]
        if over or lines:
            unit, folded, day = (over or lines)[0]
            published = index.articles[columns.article[unit]].published
            found.append(DayLine(unit, _date_of(day, folded, published)))
        elif voted and not wanted:  # a runoff's day is not the first round's its lead may give
            leads += _lead_day(index, units)
        if len(found) >= MAX_LINES:
            break
    return (found + leads)[:MAX_LINES]  # a line naming the vote is surer than a lead's day


def wanted_forms(asked: list[str]) -> list[tuple[str, ...]]:
    """The forms a line may give each vote word of a question (`asked`, folded) that names one
    vote ("stichwahl"); none for a word of any vote ("wahl", "gewählt")."""
    return [_forms(w) for w in asked if w not in ANY_VOTE]


def tells_of(folded: list[str], wanted: list[tuple[str, ...]]) -> bool:
    """Whether a line (its folded words) tells of a vote, and of the one asked about
    (`wanted_forms`) when the question names one."""
    if not any(is_vote_word(w) for w in folded):
        return False
    return all(any(form in w for w in folded for form in forms) for forms in wanted)


def lead_block(index: CorpusIndex, units: range) -> int | None:
    """The block of an article's lead: its first paragraph of plain text, not a heading (a
    headline has no full stop: "Bürgermeisterwahl in Mosbrück: Der Wahlabend zum Nachlesen")."""
    columns = index.columns
    plain = KIND_CODES[PASSAGE]
    return next(
        (
            columns.block[u]
            for u in units
            if columns.classes[u] & 3 == plain
            and len(columns.text(u).split()) >= LEAD_WORDS
            and columns.block_text[columns.block[u]].rstrip().endswith(SENTENCE_ENDS)
        ),
        None,
    )


def _lead_day(index: CorpusIndex, units: range) -> list[DayLine]:
    """The lead of a report of the vote that says when, without a word of voting: "Am Sonntag
    ereignete sich Historisches" in the paper of the morning after. A report puts the day of
    what it reports in its first paragraph; only a weekday or "gestern" that the article's own
    date makes the Sunday just past is taken (a date as written, or a day to come, may be
    another event's)."""
    columns = index.columns
    first = lead_block(index, units)
    published = index.articles[columns.article[units.start]].published if units else None
    for unit in units:
        if columns.block[unit] != first or columns.text(unit).rstrip().endswith("?"):
            continue
        folded = words(columns.text(unit))
        day = next((n for w in folded for n in WEEKDAYS if _is_day(w, n)), None) or next(
            (w for w in folded if w in YESTERDAY), None
        )
        if day is not None and TO_COME.isdisjoint(folded):
            when = _date_of(day, folded, published)
            # German votes are held on Sundays: another day the lead names is another event's
            # ("Erste Sondierung am Mittwochabend")
            return [DayLine(unit, when)] if when is not None and when.weekday() == SUNDAY else []
    return []


def _forms(word: str) -> tuple[str, ...]:
    """How a line may name the vote a question's word names: "stichwahlen" as "stichwahl",
    "runoff" as "runoff" or "stichwahl", "Pfarrgemeinderatswahl" by the body it elects too
    ("haben ihren neuen Pfarrgemeinderat gewählt": a line has a word of a vote anyway)."""
    word = word.removesuffix("en") if word.endswith("wahlen") else word
    if word in ENGLISH_VOTES:
        return (word, ENGLISH_VOTES[word])
    head = word.removesuffix("wahl").removesuffix("s")
    if len(head) >= MIN_BODY and head.endswith(BODY_ENDS):
        return (word, head)
    return (word,)  # "Ratswahl": "rat" stands in too many words ("Rathaus", "Vorrat")


def _named_day(folded: list[str], text: str) -> str | None:
    """The day a line gives the vote: a weekday, "gestern" or a date as written, within
    `NEAR` words of a word of the vote ("die Stichwahl am Sonntag", "Beide treffen am 28.
    September in der Stichwahl aufeinander"); None if none. Not a vote before or after which
    something else happened ("Vor der Stichwahl trafen sich am Donnerstag …")."""
    votes = [
        i
        for i, w in enumerate(folded)
        if is_vote_word(w) and not (i >= 2 and folded[i - 2] in OTHER_EVENT)
    ]
    votes += [_after_whom(folded, v) for v in votes if folded[v + 1 : v + 2] in OF_WHOM_NEXT]
    days: list[tuple[int, str]] = []
    for i, word in enumerate(folded):
        if word in YESTERDAY:
            days.append((i, word))
        for name in WEEKDAYS:
            if _is_day(word, name):
                days.append((i, name))
    days += [(len(words(text[: m.start()])), m.group(0)) for m in DATE_RE.finditer(text)]
    days += [(len(words(text[: m.start()])), m.group(0)) for m in RELATIVE_DAY_RE.finditer(text)]
    closing = [i for i in votes if folded[i] in PARTICIPLES]
    held = [
        (i, folded.index(HELD_PARTICLE, i))
        for i, w in enumerate(folded)
        if w in HELD
        and HELD_PARTICLE in folded[i + 1 : i + BRACKET]
        and any(0 < i - v <= NEAR for v in votes)
    ]
    for at, day in sorted(days):
        if any(abs(at - v) <= NEAR for v in votes):
            return day
        if any(verb < at < particle for verb, particle in held):
            return day
        # "haben am Sonntag in der Pfarre X ihren neuen Pfarrgemeinderat gewählt": the verb's
        # two parts enclose the day, however far apart
        if any(0 < v - at <= BRACKET for v in closing):
            return day
    return None


OF_WHOM_NEXT = [[word] for word in sorted(OF_WHOM)]


def _is_day(word: str, name: str) -> bool:
    """Whether a folded word is the weekday `name`: itself, or with a time of it
    ("Sonntagabend")."""
    return word == name or (word.startswith(name) and word[len(name) :] in DAY_PARTS)


def _after_whom(folded: list[str], vote: int) -> int:
    """Where the genitive after a vote word ends ("Wahl der hauptamtlichen Bürgermeisterin
    oder des … Bürgermeisters | am 14. März"): the first "am", "vom", "on" within `BRACKET`
    words, whose day is the vote's; the vote itself where none follows."""
    end = min(len(folded), vote + BRACKET)
    return next((i for i in range(vote + 1, end) if folded[i] in DAY_PREPOSITIONS), vote)


def _date_of(day: str, folded: list[str], published: str | None) -> date | None:
    """The date a weekday or "gestern" means in an article of `published`, for a vote that is
    over; None for a date as written (the line says it), a vote to come or no article date."""
    if published is None or not TO_COME.isdisjoint(folded):
        return None
    try:
        issued = date.fromisoformat(published)
    except ValueError:
        return None
    if day in YESTERDAY:
        return issued - timedelta(days=1)
    if day in WEEKDAYS:
        back = (issued.weekday() - WEEKDAYS[day]) % 7
        return issued - timedelta(days=back) if back <= REPORTED_WITHIN else None
    return None


def answer(ctx: Context, articles: frozenset[int] | None, asked: list[str], title: str) -> Reply:
    """The lines that say when the vote was (in `articles`; all when None), with the date they
    mean; or the honest no, with when the articles appeared."""
    scope = frozenset(range(len(ctx.index.articles))) if articles is None else articles
    lines = day_lines(ctx.index, scope, asked)
    if not lines:
        issued = sorted(
            {a.published for i, a in enumerate(ctx.index.articles) if i in scope and a.published}
        )
        dates = ctx.join([format_date(d, ctx.language) or d for d in issued[:MAX_LINES]])
        key = "election_day_unknown_dated" if dates else "election_day_unknown"
        return ctx.not_found("ask", ctx.say(key, dates=dates), title=title)
    days = {line.day for line in lines}
    units = [line.unit for line in lines]
    if len(days) == 1 and None not in days:
        (day,) = days
        assert day is not None
        text = ctx.say(
            "election_day",
            weekday=ctx.say("weekdays").split()[day.weekday()],
            date=format_date(day.isoformat(), ctx.language),
        )
    else:
        text = ctx.say("answer_found")
    return ctx.ok("ask", title, text, excerpts=ctx.excerpts(units))
