"""Commands about people: `quote`, `random`, `who`, `people`.

A person, party or role is looked up once (`PeopleDirectory.lookup`); a reply only ever shows
quotes whose speaker is one of the people found, so a near miss can never put somebody else's
words under a name. A name nobody carries gets "not found" and, at most, close suggestions.
"""

from __future__ import annotations

import re

from bot.corpus.lookalikes import mixed_scripts
from bot.engine.context import Context
from bot.engine.folding import fold, name_key, words
from bot.engine.people import CHOICE, NONE, PARTY, PeopleMatch
from bot.engine.places import article_units
from bot.engine.reply import DIRECT, USAGE, Excerpt, Reply
from bot.engine.safe_text import one_line
from bot.engine.strings import format_date

MAX_QUOTES = 50  # per reply; the rest is counted, not shown
MAX_LINES = 100  # speakers listed by `quote` without a name
MAX_NAMES = 40  # names per party listed by `people`
ECHO_LIMIT = 80  # characters of user input repeated in a reply
# A word of a speaker's description asked for ("Wahlhelfer", "Anwohnerin"), not "ein" or "die"
MIN_DESCRIPTION_WORD = 4
_TRAILING_NUMBER_RE = re.compile(r"^(.*?)\s*#?(\d{1,4})$")


def _unknown(ctx: Context, command: str, query: str, match: PeopleMatch) -> Reply:
    """Nobody found: say so, and offer close names only (never their quotes)."""
    text = ctx.say("person_unknown", query=one_line(query, ECHO_LIMIT))
    if match.suggestions:
        text += " " + ctx.say("did_you_mean", options=ctx.join(list(match.suggestions)))
    return ctx.not_found(command, text, suggestions=match.suggestions)


def _choose(ctx: Context, command: str, query: str, match: PeopleMatch) -> Reply:
    """A first name several people have: name them all and let the reader pick one."""
    names = [ctx.index.people.entries[i].name for i in match.people]
    text = ctx.say("person_choose", query=one_line(query, ECHO_LIMIT), options=ctx.join(names))
    return ctx.not_found(command, text, suggestions=tuple(names))


def _label(ctx: Context, match: PeopleMatch) -> str:
    if match.label:
        return match.label
    return ctx.join([ctx.index.people.entries[i].name for i in match.people])


def _quote_units(ctx: Context, people: tuple[int, ...]) -> tuple[list[int], list[int]]:
    """Their direct quotes, then their reported speech, each in article order (the index
    keeps them so, without repeats; several people's lists are merged by position)."""
    index = ctx.index
    if len(people) == 1:
        return list(index.quotes_by_person[people[0]]), list(index.reported_by_person[people[0]])
    direct = sorted(u for p in people for u in index.quotes_by_person[p])  # ids: corpus order
    reported = sorted(u for p in people for u in index.reported_by_person[p])
    return direct, reported


def split_number(argument: str) -> tuple[str, int | None]:
    """ "Westerkamp 2" → ("Westerkamp", 2); "Westerkamp" → ("Westerkamp", None)."""
    match = _TRAILING_NUMBER_RE.match(argument.strip())
    if match and match.group(1).strip():
        return match.group(1).strip(), int(match.group(2))
    return argument.strip(), None


def quote(ctx: Context, argument: str) -> Reply:
    """`quote [person|party|role] [n]`."""
    query, number = split_number(argument)
    if not query:
        return speakers(ctx) if number is None else ctx.needs_argument("quote")
    match = ctx.index.people.lookup(query)
    if match.how == NONE:
        described = _described_speakers(ctx, query)
        if described:
            return _described_quotes(ctx, query, described, number)
        return _unknown(ctx, "quote", query, match)
    if match.how == CHOICE:
        return _choose(ctx, "quote", query, match)
    person = _single(ctx, match)
    label = person or _label(ctx, match)
    if match.how == PARTY and not match.people:
        return ctx.not_found("quote", ctx.say("party_nobody", party=label))
    direct, reported = _quote_units(ctx, match.people)
    units = direct + reported
    if not units:
        key, value = (
            ("no_quotes", {"name": label}) if person else ("no_quotes_group", {"label": label})
        )
        return ctx.not_found("quote", ctx.say(key, **value), person=person)
    if number is not None:
        if not 1 <= number <= len(units):
            count = ctx.count("n_quotes_any", len(units))
            text = ctx.say("quote_range", name=label, count=count, total=len(units))
            return Reply(USAGE, ctx.say("title_usage"), text, command="quote", person=person)
        title = ctx.say("title_quote_n", n=number, total=len(units), name=label)
        excerpts = ctx.excerpts([units[number - 1]])
        return ctx.ok("quote", title, excerpts=excerpts, person=person, first_number=number)
    summary = ctx.say(
        "quotes_summary" if person else "quotes_group_summary",
        people=ctx.count("n_people", len(match.people)),
        direct=ctx.count("n_quotes", len(direct)),
        reported=ctx.count("n_reported", len(reported)),
    )
    if reported:
        summary += " " + ctx.say("reported_note")
    if len(units) > MAX_QUOTES:
        summary += " " + ctx.say("more", count=len(units) - MAX_QUOTES)
    title = ctx.say("title_quotes" if person else "title_quotes_group", name=label, label=label)
    return ctx.ok("quote", title, summary, excerpts=ctx.excerpts(units[:MAX_QUOTES]), person=person)


def _described_speakers(ctx: Context, query: str) -> list[int]:
    """The quotations whose speaker the text only describes by the words asked ("!zitat
    Wahlhelfer": „…“, sagte ein Wahlhelfer), direct ones first: nobody of the directory, so
    they are shown as unnamed, never under somebody's name."""
    asked = [w for w in words(query) if len(w) >= MIN_DESCRIPTION_WORD]
    if not asked:
        return []
    columns = ctx.index.columns
    labels = {
        i
        for i, label in enumerate(columns.labels)
        if all(any(w.startswith(a) for w in words(label)) for a in asked)
    }
    if not labels:
        return []
    units = [u for u, label in enumerate(columns.described) if label in labels]
    excerpts = dict(zip(units, ctx.excerpts(units), strict=True))
    return sorted(units, key=lambda u: (excerpts[u].kind != DIRECT, u))


def _described_quotes(ctx: Context, query: str, units: list[int], number: int | None) -> Reply:
    """`quote` of a description nobody of that name answers: the described speakers' words."""
    label = ctx.say("described_label", query=one_line(query, ECHO_LIMIT))
    if number is not None:
        if not 1 <= number <= len(units):
            count = ctx.count("n_quotes_any", len(units))
            text = ctx.say("quote_range", name=label, count=count, total=len(units))
            return Reply(USAGE, ctx.say("title_usage"), text, command="quote")
        title = ctx.say("title_quote_n", n=number, total=len(units), name=label)
        excerpts = ctx.excerpts([units[number - 1]])
        return ctx.ok("quote", title, excerpts=excerpts, first_number=number)
    summary = ctx.say("described_summary", count=ctx.count("n_quotes_any", len(units)))
    if len(units) > MAX_QUOTES:
        summary += " " + ctx.say("more", count=len(units) - MAX_QUOTES)
    title = ctx.say("title_quotes_group", label=label)
    return ctx.ok("quote", title, summary, excerpts=ctx.excerpts(units[:MAX_QUOTES]))


def _single(ctx: Context, match: PeopleMatch) -> str | None:
    """The canonical name when the lookup found exactly one person by name (not a group)."""
    if match.how == PARTY or len(match.people) != 1:
        return None
    return ctx.index.people.entries[match.people[0]].name


def speakers(ctx: Context) -> Reply:
    """`quote` without argument: who is quoted, and how often."""
    index = ctx.index
    rows = []
    for i, entry in enumerate(index.people.entries):
        direct, reported = _quote_units(ctx, (i,))
        if direct or reported:
            rows.append((-(len(direct) + len(reported)), entry.name, entry, direct, reported))
    if not rows:
        return ctx.not_found("quote", ctx.say("no_speakers"))
    lines = [
        ctx.say(
            "speaker_line",
            name=entry.name,
            party=f" ({entry.party})" if entry.party else "",
            direct=ctx.count("n_quotes", len(direct)),
            reported=ctx.count("n_reported", len(reported)),
        )
        for _, _, entry, direct, reported in sorted(rows, key=lambda r: (r[0], r[1]))[:MAX_LINES]
    ]
    if len(rows) > MAX_LINES:
        lines.append(ctx.say("more", count=len(rows) - MAX_LINES))
    return ctx.ok("quote", ctx.say("title_speakers"), "\n".join(lines))


def random_quote(ctx: Context, argument: str) -> Reply:
    """`random [person|party|role]`: one quote, drawn from theirs or from everybody's."""
    query = argument.strip()
    person: str | None = None
    if query:
        match = ctx.index.people.lookup(query)
        if match.how == NONE:
            return _unknown(ctx, "random", query, match)
        if match.how == CHOICE:
            return _choose(ctx, "random", query, match)
        person = _single(ctx, match)
        people = match.people
        if not people:
            return ctx.not_found("random", ctx.say("party_nobody", party=_label(ctx, match)))
    else:
        people = tuple(range(len(ctx.index.people.entries)))
    pool = [u for p in people for u in ctx.index.quotes_by_person[p]]
    if not pool:
        pool = [u for p in people for u in ctx.index.reported_by_person[p]]
    if not pool:
        text = ctx.say("no_quotes", name=person) if person else ctx.say("no_speakers")
        return ctx.not_found("random", text, person=person)
    chosen = ctx.rng.choice(sorted(pool))
    return ctx.ok("random", ctx.say("title_random"), excerpts=ctx.excerpts([chosen]), person=person)


def who(ctx: Context, argument: str) -> Reply:
    """`who <person|party|role>`: party, roles, how often quoted, where first mentioned."""
    query = argument.strip()
    if not query:
        return ctx.needs_argument("who")
    match = ctx.index.people.lookup(query)
    if match.how == NONE:
        return author(ctx, query) or _unknown(ctx, "who", query, match)
    if not match.people:
        return ctx.not_found("who", ctx.say("party_nobody", party=_label(ctx, match)))
    blocks = []
    first_units = []
    for i in match.people:
        entry = ctx.index.people.entries[i]
        direct, reported = _quote_units(ctx, (i,))
        lines = [_shown(ctx, entry.name)]
        lines.append(ctx.say("who_party", party=entry.party or ctx.say("no_party")))
        if entry.roles:
            lines.append(ctx.say("who_roles", roles=", ".join(entry.roles)))
        lines.append(
            ctx.say(
                "who_quotes",
                direct=ctx.count("n_quotes", len(direct)),
                reported=ctx.count("n_reported", len(reported)),
            )
        )
        first = ctx.index.first_mention[i]
        if first is not None:
            excerpt = ctx.index.excerpt(first)
            lines.append(ctx.say("who_first", where=_where(ctx, excerpt)))
            first_units.append(first)
        if len(entry.articles) > 1:
            lines.append(ctx.say("who_articles", count=len(entry.articles)))
        blocks.append("\n".join(lines))
        if len(blocks) >= MAX_QUOTES and len(first_units) >= MAX_QUOTES:
            break  # all that is shown: a role a thousand people hold is not written out whole
    person = _single(ctx, match)
    title = (
        ctx.say("title_who", name=person)
        if person
        else ctx.say("title_who_group", label=_label(ctx, match))
    )
    return ctx.ok(
        "who",
        title,
        "\n\n".join(blocks[:MAX_QUOTES]),
        excerpts=ctx.excerpts(first_units[:MAX_QUOTES]),
        person=person,
    )


def author(ctx: Context, query: str) -> Reply | None:
    """`who <author>`: the articles they wrote (authors are people too, though the articles
    do not quote them); None if no article names them as an author."""
    key = name_key(query)
    written = [ctx.index.articles[n] for n in ctx.index.authors_by_key.get(key, ())]
    if not written:
        return None
    name = next(a for a in written[0].authors if key in (name_key(a), name_key(a).split()[-1]))
    lines = [
        " · ".join(
            p
            for p in (
                info.title or info.id,
                info.publisher,
                format_date(info.published, ctx.language),
            )
            if p
        )
        for info in written[:MAX_QUOTES]
    ]
    heading = ctx.say("who_author", name=name, written=ctx.count("n_written", len(written)))
    text = "\n".join([heading, *lines])
    told = _told_about(ctx, name, ctx.index.authors_by_key.get(key, ()))
    return ctx.ok(
        "who", ctx.say("title_who", name=name), text, excerpts=ctx.excerpts(told), person=name
    )


def _told_about(ctx: Context, name: str, written: tuple[int, ...]) -> list[int]:
    """The lines of the author's own articles that open with their full name: a column's or
    a guest writer's foot says who they are ("X war 25 Jahre lang Redakteur", "X ist
    Professorin für …"); a byline ("Von X") names them only. One unit per line."""
    columns = ctx.index.columns
    opening = fold(name)
    found: dict[int, int] = {}  # line (block) → its first unit
    for units in article_units(ctx.index, frozenset(written)):
        for unit in units:
            if fold(columns.text(unit)).startswith(opening):
                found.setdefault(columns.block[unit], unit)
    return list(found.values())[:MAX_QUOTES]


def _where(ctx: Context, excerpt: Excerpt) -> str:
    parts = [excerpt.publisher or excerpt.article]
    if excerpt.paragraph is not None:
        parts.append(ctx.say("paragraph", paragraph=excerpt.paragraph))
    parts.append(ctx.say("line", line=excerpt.line))
    return ", ".join(parts)


def _shown(ctx: Context, name: str) -> str:
    """A name as listed; one mixing alphabets is marked, as it may pose as another's."""
    scripts = mixed_scripts(name)
    if not scripts:
        return name
    return f"{name} ⚠ " + ctx.say("mixed_scripts", scripts=" + ".join(s.title() for s in scripts))


def people(ctx: Context, argument: str = "") -> Reply:
    """`people`: everyone in the articles, grouped by party (largest group first)."""
    entries = ctx.index.people.entries
    if not entries:
        return ctx.not_found("people", ctx.say("people_none"))
    groups: dict[str | None, list[str]] = {}
    for entry in entries:
        name = _shown(ctx, entry.name)
        name = f"{name} ({entry.role})" if entry.role else name
        groups.setdefault(entry.party, []).append(name)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] is None, -len(kv[1]), kv[0] or ""))
    lines = []
    for party, names in ordered:
        shown = ", ".join(names[:MAX_NAMES])
        if len(names) > MAX_NAMES:
            shown += " " + ctx.say("more", count=len(names) - MAX_NAMES)
        lines.append(ctx.say("people_line", party=party or ctx.say("no_party"), names=shown))
    title = ctx.say("title_people")
    return ctx.ok("people", title, ctx.count("n_people", len(entries)) + "\n" + "\n".join(lines))
