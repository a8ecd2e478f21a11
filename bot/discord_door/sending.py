"""Render the engine's Reply for Discord and send it: embeds with the source in the footer, or
plain text where the bot may not embed links; several pages get paging buttons.
"""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path

import discord
from discord.ext import commands

from bot.discord_door.paging import Page, PageView, page_kwargs
from bot.engine.render import attachment_name, render_embeds, render_text
from bot.engine.reply import Reply

log = logging.getLogger(__name__)


def notice_language(ctx: commands.Context, default: str) -> str:
    """German for German clients, English for other clients; the configured one for messages.

    Only the door's own notices follow the client; answers use the configured language, exactly
    as the dry-run console shows them.
    """
    if ctx.interaction is None:
        return default
    return "de" if ctx.interaction.locale is discord.Locale.german else "en"


def may_embed(ctx: commands.Context) -> bool:
    """Whether the bot has Embed Links here (always in DMs and in interaction responses)."""
    try:
        return ctx.bot_permissions.embed_links
    except (AttributeError, TypeError):  # our member not cached: assume the invite's permissions
        return True


def reply_pages(reply: Reply, language: str, *, embeds: bool) -> list[Page]:
    """The reply's pages as plain values (see `paging.Page`)."""
    return list(render_embeds(reply, language) if embeds else render_text(reply, language))


def reply_files(reply: Reply) -> list[discord.File]:
    """The reply's images (a results chart) as uploads; the first embed shows the first one.
    An image whose file has gone (cleaned up meanwhile) is left out, the answer still goes."""
    files = []
    for path in reply.images:
        try:  # read now: a small PNG, and no file handle left for discord.py to close
            data = Path(path).read_bytes()
            files.append(discord.File(io.BytesIO(data), filename=attachment_name(path)))
        except OSError as error:
            log.warning("cannot attach %s: %s", path, error)
    return files


async def send_reply(
    ctx: commands.Context, reply: Reply, language: str, page_timeout: float
) -> PageView | None:
    """Answer `ctx` with `reply`, as a reply to the asking message (or the interaction's response).

    Returns the paging view when the reply has more than one page, so the bot can stop it on close.
    """
    # Rendering reads every excerpt: in a worker thread, so a long reply never stalls the loop.
    pages = await asyncio.to_thread(reply_pages, reply, language, embeds=may_embed(ctx))
    if not pages:
        return None
    view = PageView(pages, ctx.author.id, language, page_timeout) if len(pages) > 1 else None
    kwargs = page_kwargs(pages[0])
    kwargs.pop("embeds", None)
    if kwargs.get("content") is None:
        kwargs.pop("content")
    if view is not None:
        kwargs["view"] = view
    files = reply_files(reply)
    if files:
        kwargs["files"] = files
    message = await ctx.reply(**kwargs, mention_author=False)
    if view is not None:
        view.message = message
    return view


async def send_notice(ctx: commands.Context, text: str) -> None:
    """A short note from the door: private for slash commands, a reply for messages."""
    try:
        if ctx.interaction is not None:
            await ctx.send(text, ephemeral=True)
        else:
            await ctx.reply(text, mention_author=False)
    except discord.HTTPException as error:
        log.warning("could not send a notice: %s", error)


async def post_reply(
    channel: discord.abc.Messageable, reply: Reply, language: str, note: str
) -> None:
    """Post `reply` (its first page, with its images) to a channel unasked, `note` above it."""
    pages = reply_pages(reply, language, embeds=True)
    if not pages:
        return
    kwargs = page_kwargs(pages[0])
    kwargs.pop("embeds", None)
    kwargs["content"] = note
    files = reply_files(reply)
    if files:
        kwargs["files"] = files
    await channel.send(**kwargs)
