"""Commands about the bot itself: `sources` (what it has read) and `help`."""

from __future__ import annotations

from bot.engine.context import Context
from bot.engine.folding import fold
from bot.engine.reply import Reply
from bot.engine.safe_text import one_line
from bot.engine.specs import CommandSpec
from bot.engine.strings import format_date
from bot.engine.unknown import unknown_command

MAX_SOURCES = 200  # lines; a larger archive is counted, not listed


def sources(ctx: Context, argument: str = "") -> Reply:
    """`sources`: every article with title, publisher, authors, date, link and what was found in
    it. An article without a known title is named by its file, after what is known of it."""
    articles = ctx.index.articles
    if not articles:
        return ctx.not_found("sources", ctx.say("sources_none"))
    lines = []
    for info in articles[:MAX_SOURCES]:
        where = " · ".join(
            part
            for part in (
                info.title,
                info.publisher,
                ", ".join(info.authors) if info.authors else None,
                format_date(info.published, ctx.language),
                None if info.title else ctx.say("sources_file", file=info.id),
            )
            if part
        )
        lines.append(
            ctx.say(
                "sources_line",
                where=where,
                quotes=ctx.count("n_quotes", info.quotes),
                reported=ctx.count("n_reported", info.reported),
                facts=ctx.count("n_facts", info.facts),
                people=ctx.count("n_people", info.people),
            )
            # In angle brackets: Discord links it without a preview, and the end is unambiguous.
            + (f" <{info.url}>" if info.url else "")
        )
    if len(articles) > MAX_SOURCES:
        lines.append(ctx.say("more", count=len(articles) - MAX_SOURCES))
    return ctx.ok("sources", ctx.say("title_sources"), "\n".join(lines))


def find_spec(ctx: Context, word: str) -> CommandSpec | None:
    """A command by its English name or German alias (case and umlauts folded)."""
    key = fold(word.strip().removeprefix(ctx.prefix))
    return next((s for s in ctx.specs if key in (fold(s.name), fold(s.alias))), None)


def help_reply(ctx: Context, argument: str = "") -> Reply:
    """`help [command]`: all commands with a line each, or one command in detail."""
    query = argument.strip()
    if query:
        spec = find_spec(ctx, query)
        if spec is None:
            return unknown_command(ctx, one_line(query, 40), command="help")
        return _help_one(ctx, spec)
    lines = [ctx.say("help_intro", prefix=ctx.prefix), ""]
    topics = []
    for spec in ctx.specs:
        if spec.is_topic:
            topics.append(f"{ctx.prefix}{spec.name}")
            continue
        lines.append(
            ctx.say(
                "help_line", usage=ctx.usage(spec.name), description=spec.description(ctx.language)
            )
        )
    if topics:
        lines += ["", ctx.say("help_topics", topics=", ".join(topics))]
    return ctx.ok("help", ctx.say("title_help"), "\n".join(lines))


def _help_one(ctx: Context, spec: CommandSpec) -> Reply:
    if spec.is_topic:
        usage = f"{ctx.prefix}{spec.name}"
        return ctx.ok(
            "help", ctx.say("title_help_command", command=usage), spec.description(ctx.language)
        )
    usage = ctx.usage(spec.name)
    other = spec.name if ctx.language == "de" else spec.alias
    # The usage stands in the title: the text says what it does and what to write.
    lines = [spec.description(ctx.language), "", ctx.say("help_alias", alias=ctx.prefix + other)]
    if spec.argument is not None:
        argument = spec.argument
        name = argument.name_de if ctx.language == "de" else argument.name_en
        description = argument.description_de if ctx.language == "de" else argument.description_en
        lines.append(f"<{name}>: {description}")
    return ctx.ok("help", ctx.say("title_help_command", command=usage), "\n".join(lines))
