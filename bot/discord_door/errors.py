"""One error handler for prefix and slash commands: a friendly note in the chat, a line in the log.

Expected trouble (cooldown, not an owner, wrong channel, bad input) is logged briefly; anything
else is logged with its traceback – which never reaches the chat.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_door.sending import notice_language, send_notice
from bot.engine.strings import say

if TYPE_CHECKING:
    from bot.discord_door.client import ElectionBotMixin

log = logging.getLogger(__name__)


class ChannelNotAllowed(commands.CheckFailure):
    """The command came from a channel outside the server's allow-list."""


def _unwrap(error: Exception) -> Exception:
    """The error that actually happened, without discord.py's invoke/hybrid wrappers."""
    while isinstance(error, (commands.CommandInvokeError, commands.HybridCommandError)):
        error = error.original
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    return error


def _where(ctx: commands.Context) -> str:
    kind = "slash" if ctx.interaction is not None else "message"
    place = f"guild {ctx.guild.id}" if ctx.guild is not None else "DM"
    name = ctx.command.qualified_name if ctx.command is not None else ctx.invoked_with
    return f"{kind} command {name!r} by user {ctx.author.id} in {place}"


async def handle_command_error(ctx: commands.Context, error: Exception) -> None:
    """Tell the user what went wrong, kindly, and log it. Used for every command error."""
    bot: ElectionBotMixin = ctx.bot
    language = notice_language(ctx, bot.config.language)
    error = _unwrap(error)
    if isinstance(error, commands.CommandOnCooldown):
        log.info("%s: on cooldown for %.1f s", _where(ctx), error.retry_after)
        seconds = max(1, math.ceil(error.retry_after))
        await send_notice(ctx, say(language, "cooldown", seconds=seconds))
    elif isinstance(error, ChannelNotAllowed):
        log.info("%s: channel %s not allowed", _where(ctx), ctx.channel.id)
        if ctx.interaction is not None:  # a message there is ignored silently
            await send_notice(ctx, say(language, "channel_not_allowed"))
    elif isinstance(error, commands.NotOwner):
        log.info("%s: refused, not an owner", _where(ctx))
        await send_notice(ctx, say(language, "not_owner"))
    elif isinstance(error, commands.CheckFailure):
        log.info("%s: check failed: %s", _where(ctx), error)
        await send_notice(ctx, say(language, "not_allowed"))
    elif isinstance(error, commands.UserInputError):
        log.info("%s: bad input: %s", _where(ctx), error)
        if not await bot.answer_usage(ctx):
            await send_notice(ctx, say(language, "usage", prefix=bot.config.prefix))
    elif isinstance(error, commands.CommandNotFound):
        pass  # unknown words are answered by the engine, see ElectionBotMixin.on_message
    else:
        log.error("%s failed", _where(ctx), exc_info=error)
        await send_notice(ctx, say(language, "error_logged"))


async def handle_app_command_error(
    interaction: discord.Interaction, error: app_commands.AppCommandError
) -> None:
    """Errors of slash commands outside the hybrid commands (which go to handle_command_error)."""
    language = "de" if interaction.locale is discord.Locale.german else "en"
    if isinstance(error, app_commands.CommandNotFound):
        log.info("unknown slash command %r from user %s", error.name, interaction.user.id)
        text = say(language, "unknown_slash")
    else:
        log.error("slash command failed for user %s", interaction.user.id, exc_info=error)
        text = say(language, "error_logged")
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
    except discord.HTTPException as failure:
        log.warning("could not send an error notice: %s", failure)
