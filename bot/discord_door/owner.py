"""Owner-only message commands: `reload` (articles and config), `sync` (slash commands) and
`add` (a news page by its link).

They are message commands only, so they never show up in anyone's slash command list. The owners
are `discord.owner_ids` from the config, else the application's owner or team.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.engine.strings import say

if TYPE_CHECKING:
    from bot.discord_door.client import ElectionBotMixin

NO_COOLDOWN = "no_cooldown"  # key in Command.extras: the per-user cooldown does not apply


class OwnerCommands(commands.Cog, name="Owner"):
    """Maintenance for the people running the bot; everyone else gets a polite no."""

    def __init__(self, bot: ElectionBotMixin) -> None:
        self.bot = bot

    async def cog_check(self, ctx: commands.Context) -> bool:
        if not await ctx.bot.is_owner(ctx.author):
            raise commands.NotOwner("owner-only command")
        return True

    @commands.command(name="reload", extras={NO_COOLDOWN: True})
    async def reload(self, ctx: commands.Context) -> None:
        """Re-read the config and the articles; on any error keep serving the old index."""
        report = await self.bot.reload_library()
        await ctx.reply(report, mention_author=False)

    @commands.command(name="add", aliases=["hinzufuegen", "hinzufügen"], extras={NO_COOLDOWN: True})
    async def add(self, ctx: commands.Context, url: str = "") -> None:
        """Fetch a news page, save it into the seeds folder and serve it at once."""
        async with ctx.typing():
            report = await self.bot.add_page(url)
        await ctx.reply(report, mention_author=False)

    @commands.command(name="sync", extras={NO_COOLDOWN: True})
    async def sync(self, ctx: commands.Context, target: str = "", guild: str = "") -> None:
        """`sync` (global), `sync here`, `sync <server id>`, `sync clear <server id>`."""
        config = self.bot.config
        language = config.language
        clear = target.lower() == "clear"
        where = guild if clear else target
        if where.lower() == "here":
            where = str(ctx.guild.id) if ctx.guild is not None else ""
        if (clear and not where) or (where and not where.isdigit()):
            await ctx.reply(say(language, "sync_usage", prefix=config.prefix))
            return
        guild_id = int(where) if where else None
        if clear and guild_id is not None:
            tree = self.bot.tree  # type: ignore[attr-defined]
            tree.clear_commands(guild=discord.Object(id=guild_id))
            await tree.sync(guild=discord.Object(id=guild_id))
            await ctx.reply(say(language, "sync_cleared", guild=guild_id))
            return
        count = await self.bot.sync_commands(guild_id)
        place = (
            say(language, "sync_global")
            if guild_id is None
            else say(language, "sync_guild", guild=guild_id)
        )
        await ctx.reply(say(language, "sync_done", count=count, where=place))
