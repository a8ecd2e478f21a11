"""The bot: discord.py's Bot wired to the library's engine.

It decides *whether* and *where* to answer (commands, DMs, mentions, allow-listed channels,
cooldowns) and leaves *what* to answer to the engine. The engine is read from the library on every
request, so a reload swaps it for all requests at once.
"""

from __future__ import annotations

import asyncio
import logging
import re
import weakref
from collections.abc import Callable, Collection
from typing import Any, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Config
from bot.discord_door.commands import ENGINE_COMMAND, clip, make_commands
from bot.discord_door.errors import (
    ChannelNotAllowed,
    handle_app_command_error,
    handle_command_error,
)
from bot.discord_door.owner import NO_COOLDOWN, OwnerCommands
from bot.discord_door.paging import PageView
from bot.discord_door.sending import post_reply, send_reply
from bot.discord_door.translator import GermanTranslator
from bot.engine.engine import Engine
from bot.engine.reply import Reply
from bot.engine.strings import say
from bot.library import Library, Refresh
from bot.results.store import Update
from bot.results.texts import say as say_results
from bot.web.http import FetchError, HostPacer
from bot.web.importer import Imported, import_page

log = logging.getLogger(__name__)
T = TypeVar("T")

MESSAGE_LIMIT = 2000


def bot_intents() -> discord.Intents:
    """The least the bot needs: servers and channels, messages in them and in DMs, and their text.

    Message Content is privileged: it must be switched on in the Developer Portal.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = True
    return intents


class ElectionBotMixin:
    """Everything the election-night bot adds to discord.py's Bot (plain or auto-sharded)."""

    library: Library
    owner_ids: Collection[int] | None  # discord.py's BotBase sets it; so does a reload

    def __init__(self, library: Library, *, guild_ready_timeout: float = 2.0, **options: Any):
        # A text bot: discord.py's warnings about missing voice libraries would only confuse.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        config = library.config
        owner_ids = set(config.discord.owner_ids)
        if owner_ids:
            options["owner_ids"] = owner_ids
        super().__init__(  # type: ignore[call-arg]
            command_prefix=lambda bot, _message: bot.config.prefix,
            help_command=None,  # the engine has its own help command
            case_insensitive=True,
            intents=bot_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True),
            allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
            chunk_guilds_at_startup=False,
            guild_ready_timeout=guild_ready_timeout,
            max_messages=None,  # nothing here needs old messages: keeps memory flat
            **options,
        )
        self.library = library
        _guard_parsers(self._connection.parsers)  # type: ignore[attr-defined]
        self._cooldown_setting = (config.discord.cooldown.rate, config.discord.cooldown.per)
        self._cooldowns = self._make_cooldowns()
        self._views: weakref.WeakSet[PageView] = weakref.WeakSet()
        self._installed_specs: tuple[Any, ...] = ()
        self._owner_notes: list[str] = []  # notes waiting for the connection (see notify_owner)
        # One request at a time per site, shared by `!add` and the feed poller.
        self.pacer = HostPacer(config.fetch.min_interval_per_host)
        self.add_check(self._gate)  # type: ignore[attr-defined]

    # -- settings -----------------------------------------------------------------------------

    @property
    def config(self) -> Config:
        return self.library.config

    def _make_cooldowns(self) -> commands.CooldownMapping:
        rate, per = self._cooldown_setting
        return commands.CooldownMapping.from_cooldown(rate, per, commands.BucketType.user)

    def channel_allowed(self, guild_id: int, channel: Any) -> bool:
        """The allow-list: a server listed in the config is answered only in its listed channels
        (and in threads of those channels)."""
        allowed = self.config.discord.allowed_channels.get(guild_id)
        if allowed is None:
            return True
        return channel.id in allowed or getattr(channel, "parent_id", None) in allowed

    def take_cooldown(self, message: discord.Message) -> None:
        """Count one request of the message's author; raise CommandOnCooldown when over the rate."""
        bucket = self._cooldowns.get_bucket(message)
        retry_after = bucket.update_rate_limit() if bucket is not None else None
        if bucket is not None and retry_after:
            raise commands.CommandOnCooldown(bucket, retry_after, commands.BucketType.user)

    async def _gate(self, ctx: commands.Context) -> bool:
        """The bot-wide check of every command, prefix or slash: channel allow-list, cooldown."""
        if ctx.guild is not None and not self.channel_allowed(ctx.guild.id, ctx.channel):
            raise ChannelNotAllowed()
        if ctx.command is None or not ctx.command.extras.get(NO_COOLDOWN):
            self.take_cooldown(ctx.message)
        return True

    # -- start-up ------------------------------------------------------------------------------

    async def setup_hook(self) -> None:
        tree: app_commands.CommandTree = self.tree  # type: ignore[attr-defined]
        await tree.set_translator(GermanTranslator())
        tree.error(handle_app_command_error)
        self.install_engine_commands()
        await self.add_cog(OwnerCommands(self))  # type: ignore[attr-defined]
        if self.config.discord.sync_on_start:
            guild = self.config.discord.sync_guild
            count = await self.sync_commands(guild)
            log.info("registered %d slash commands %s", count, f"for {guild}" if guild else "")

    async def on_ready(self) -> None:
        user = self.user  # type: ignore[attr-defined]
        guilds = self.guilds  # type: ignore[attr-defined]
        log.info("connected as %s (id %s) to %d servers", user, user.id, len(guilds))
        notes, self._owner_notes = self._owner_notes, []
        for note in notes:
            await self.notify_owner(note)

    def install_engine_commands(self) -> None:
        """(Re)create one hybrid command per engine command spec."""
        specs = self.library.engine.command_specs()
        self._installed_specs = specs
        for command in list(self.commands):  # type: ignore[attr-defined]
            if ENGINE_COMMAND in command.extras:
                self.remove_command(command.name)  # type: ignore[attr-defined]
        for command in make_commands(specs):
            try:
                self.add_command(command)  # type: ignore[attr-defined]
            except (commands.CommandRegistrationError, app_commands.AppCommandError) as error:
                log.error("cannot add command %r: %s", command.name, error)

    async def sync_commands(self, guild_id: int | None = None) -> int:
        """Register the slash commands with Discord, globally or (at once) for one server."""
        tree: app_commands.CommandTree = self.tree  # type: ignore[attr-defined]
        if guild_id is None:
            return len(await tree.sync())
        guild = discord.Object(id=guild_id)
        tree.copy_global_to(guild=guild)
        return len(await tree.sync(guild=guild))

    # -- messages ------------------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        """Commands, DMs and mentions; everything else in a server is none of the bot's business."""
        me = self.user  # type: ignore[attr-defined]
        if message.author.bot or me is None:
            return
        guild = message.guild
        if guild is not None and not self.channel_allowed(guild.id, message.channel):
            return
        ctx = await self.get_context(message)  # type: ignore[attr-defined]
        if ctx.command is not None:
            await self.invoke(ctx)  # type: ignore[attr-defined]
        elif ctx.prefix is not None and ctx.invoked_with:
            # "!word" that is no command: the engine may know it as a topic or suggest a command
            await self.answer_text(ctx, message.content, dm=guild is None)
        elif guild is None:
            await self.answer_text(ctx, message.content, dm=True)
        elif me in message.mentions:
            text = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
            await self.answer_text(ctx, text, mentioned=True)

    async def on_command_error(self, ctx: commands.Context, error: Exception) -> None:
        await handle_command_error(ctx, error)

    # -- answering -----------------------------------------------------------------------------

    async def ask(self, question: Callable[[Engine], T]) -> T:
        """Run `question` against the current engine in a worker thread: the loop never stalls."""
        engine = self.library.engine  # one engine for the whole request, even across a reload
        return await asyncio.to_thread(question, engine)

    async def send(self, ctx: commands.Context, reply: Reply) -> None:
        config = self.config
        view = await send_reply(ctx, reply, config.language, config.discord.page_timeout)
        if view is not None:
            self._views.add(view)

    async def answer_message_command(self, ctx: commands.Context, name: str, argument: str) -> None:
        """`!quote Westerkamp`: the whole message goes to the engine, as in the dry-run console."""
        dm = ctx.guild is None
        text = ctx.message.content
        reply = await self.ask(lambda engine: engine.handle_message(text, dm=dm))
        if reply is None:  # discord.py matched a command the engine's parser did not
            reply = await self.ask(lambda engine: engine.run_command(name, argument.strip()))
        await self.send(ctx, reply)

    async def answer_slash_command(self, ctx: commands.Context, name: str, argument: str) -> None:
        """`/quote person:Westerkamp`: the command and the option's value go to the engine."""
        reply = await self.ask(lambda engine: engine.run_command(name, argument.strip()))
        await self.send(ctx, reply)

    async def answer_text(
        self, ctx: commands.Context, text: str, *, dm: bool = False, mentioned: bool = False
    ) -> None:
        """A message that is no command: a DM, a mention, or an unknown `!word`."""
        try:
            self.take_cooldown(ctx.message)
            reply = await self.ask(
                lambda engine: engine.handle_message(text, dm=dm, mentioned=mentioned)
            )
            if reply is not None:
                await self.send(ctx, reply)
        except Exception as error:  # the same handler as for commands: never a traceback in chat
            await handle_command_error(ctx, error)

    async def answer_usage(self, ctx: commands.Context) -> bool:
        """After bad input to a message command: the engine's own usage answer, if it has one."""
        if ctx.interaction is not None:
            return False
        dm = ctx.guild is None
        text = ctx.message.content
        reply = await self.ask(lambda engine: engine.handle_message(text, dm=dm))
        if reply is None:
            return False
        await self.send(ctx, reply)
        return True

    # -- reloading -----------------------------------------------------------------------------

    async def reload_library(self) -> str:
        """Re-read the config and the articles (off the loop); on failure keep serving the old.

        Returns the report for the owner.
        """
        language = self.config.language
        try:
            result = await asyncio.to_thread(self.library.reload)
        except Exception as error:
            log.exception("reload failed; still serving the previous index")
            return say(language, "reload_failed", error=f"{type(error).__name__}: {error}")
        lines = [say(language, "reload_done", summary=result.summary(language))]
        if result.waiting:
            lines.append(say(language, "reload_waiting", files=", ".join(result.waiting)))
        lines.extend(result.problems)
        lines.extend(result.warnings)
        lines.extend(self.apply_library_change())
        return clip("\n".join(lines), MESSAGE_LIMIT)

    async def add_page(self, url: str) -> str:
        """`!add <url>`: fetch and save the page, refresh the library, report what it holds."""
        config = self.config
        language = config.language
        url = url.strip().strip("<>")  # Discord users wrap links in <> to hide the preview
        if not url:
            return say(language, "add_usage", prefix=config.prefix)
        try:
            imported = await asyncio.to_thread(
                import_page, url, config.seeds, config.fetch, self.pacer
            )
        except FetchError as error:
            return clip(say(language, "add_failed", error=error), MESSAGE_LIMIT)
        # Saved whole (renamed into place): served at once, without waiting for it to settle.
        result = await asyncio.to_thread(self.library.refresh, written=[imported.saved.path])
        found = await asyncio.to_thread(_added, imported, config, language)  # extracts: off loop
        notes = [*result.problems, *self.apply_library_change()]
        return clip("\n".join([found, *notes]), MESSAGE_LIMIT)

    def apply_library_change(self) -> list[str]:
        """Take over a reloaded config's settings and a new engine's commands; notes for the owner.

        The token, `api_base`, `gateway` and sharding take effect at the next start.
        """
        config = self.config
        notes: list[str] = []
        setting = (config.discord.cooldown.rate, config.discord.cooldown.per)
        if setting != self._cooldown_setting:
            self._cooldown_setting = setting
            self._cooldowns = self._make_cooldowns()
        if config.discord.owner_ids:
            self.owner_ids = set(config.discord.owner_ids)
        if self.library.engine.command_specs() != self._installed_specs:
            self.install_engine_commands()
            notes.append(say(config.language, "commands_changed", prefix=config.prefix))
        return notes

    async def on_library_refresh(self, result: Refresh) -> None:
        """After the watcher picked up changed articles: new commands, and problems to the owner."""
        self.apply_library_change()
        for line in (*result.problems, *result.warnings):
            log.warning("%s", line)
        if result.problems:
            await self.notify_owner("\n".join(result.problems))

    async def notify_owner(self, text: str) -> None:
        """A note in the configured owner log channel, if there is one.

        Before the bot is connected (problems found at start, or by an early refresh) there is no
        Discord to write to yet: the note waits and on_ready sends it.
        """
        channel_id = self.config.discord.owner_log_channel
        if channel_id is None:
            return
        if not self.is_ready():  # type: ignore[attr-defined]
            self._owner_notes.append(text)
            return
        channel = self.get_partial_messageable(channel_id)  # type: ignore[attr-defined]
        try:
            await channel.send(clip(text, MESSAGE_LIMIT))
        except discord.HTTPException as error:
            log.warning("could not write to the owner log channel %s: %s", channel_id, error)

    async def on_results_update(self, update: Update) -> None:
        """What the results poller found: a problem goes to the log and the owner; the final
        count (the last district in) is posted to the results channel, if there is one."""
        if update.problem:
            log.warning("results: %s", update.problem)
            await self.notify_owner(update.problem)
        channel_id = self.config.discord.results_channel
        if not update.final or channel_id is None:
            return
        if not self.is_ready():  # type: ignore[attr-defined]
            log.warning("results of %s complete before the bot was connected", update.name)
            return
        language = self.config.language
        reply = await self.ask(lambda engine: engine.run_command("results", update.name))
        channel = self.get_partial_messageable(channel_id)  # type: ignore[attr-defined]
        note = say_results(language, "final_post", name=update.name)
        try:
            await post_reply(channel, reply, language, clip(note, MESSAGE_LIMIT))
        except discord.HTTPException as error:
            log.warning("could not post the results to channel %s: %s", channel_id, error)

    async def close(self) -> None:
        for view in list(self._views):
            view.stop()
        await super().close()  # type: ignore[misc]


def _guard_parsers(parsers: dict[str, Callable[[Any], None]]) -> None:
    """Wrap discord.py's handler of each gateway event so that an event it cannot parse (a
    partial MESSAGE_UPDATE without `type`, a field of an unexpected shape) is logged and
    skipped: uncaught, it would end the connection and the process. The handlers are read by
    the gateway from this very dict (`ConnectionState.parsers`)."""
    for event, parse in list(parsers.items()):
        parsers[event] = _guarded(event, parse)


def _guarded(event: str, parse: Callable[[Any], None]) -> Callable[[Any], None]:
    def guarded(data: Any) -> None:
        try:
            parse(data)
        except Exception:
            log.exception("could not handle a %s event from the gateway; skipped it", event)

    return guarded


def _added(imported: Imported, config: Config, language: str) -> str:
    """What `!add` found: title, publisher, how many quotes, and who."""
    from bot.corpus.loading import ArticleError, load_article
    from bot.corpus.model import DIRECT, REPORTED, SOURCE_ARTICLE

    page = imported.article
    try:
        article, _ = load_article(imported.saved.path, config.max_article_bytes)
    except ArticleError as error:
        return str(error)
    own = [q.kind for q in article.quotes if q.source == SOURCE_ARTICLE]  # not the comments'
    direct, reported = own.count(DIRECT), own.count(REPORTED)
    people = ", ".join(p.name for p in article.people) or say(language, "add_nobody")
    return say(
        language,
        "add_done",
        status=say(language, f"add_{imported.saved.status}"),
        title=article.title or page.title or article.id,
        publisher=article.publisher or "–",
        quotes=direct,
        reported=reported,
        people=people,
        file=imported.saved.path.name,
    )


class ElectionBot(ElectionBotMixin, commands.Bot):
    """One connection: right for up to a couple of thousand servers."""


class ShardedElectionBot(ElectionBotMixin, commands.AutoShardedBot):
    """Several gateway connections (shards) in one process, for bots in very many servers."""


def create_bot(library: Library, **options: Any) -> ElectionBotMixin:
    """The bot for `library`'s config: sharded when `shard_count` or `shard_ids` is set.

    `options` go to discord.py (tests pass a short `guild_ready_timeout`).
    """
    settings = library.config.discord
    if settings.shard_count is None and settings.shard_ids is None:
        return ElectionBot(library, **options)
    if settings.shard_ids is not None:
        options["shard_ids"] = list(settings.shard_ids)
    return ShardedElectionBot(library, shard_count=settings.shard_count, **options)
