"""Start the bot for `python -m bot run`, and build the invite URL for `python -m bot invite-url`.

A problem the person starting the bot must fix (no token, a rejected token, the Message Content
intent switched off) is one line on stderr and exit status 2; Discord unreachable is exit status 1.
The token is never printed or logged: every log handler gets a filter that blanks it out.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import concurrent.futures
import contextlib
import logging
import signal
import sys
from pathlib import Path
from typing import Any, TextIO

import aiohttp
import discord

from bot.config import Config
from bot.discord_door.client import ElectionBotMixin, create_bot
from bot.discord_door.endpoints import point_discord_py_at
from bot.engine.engine import warm_up_in_background
from bot.library import Library, Refresh
from bot.results.polling import ResultsPoller
from bot.results.store import Update
from bot.web.feeds import follow_feeds

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# What the bot needs in a channel: see it, write (also in threads), embed the sources, and read
# the history a reply refers to. Nothing else: no managing, no mentioning everyone.
INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
)
INVITE_SCOPES = ("bot", "applications.commands")

NO_TOKEN = (
    "no Discord bot token: set the environment variable DISCORD_TOKEN "
    "(or discord.token in the config)"
)
TOKEN_REJECTED = (
    "Discord rejected the bot token: copy a new one from the Developer Portal "
    "(your application → Bot → Reset Token) into DISCORD_TOKEN"
)
TOKEN_MALFORMED = (
    "the bot token is malformed: copy it again from the Developer Portal "
    "(your application → Bot → Reset Token) into DISCORD_TOKEN, or pass --client-id"
)
INTENT_MISSING = (
    "the Message Content intent is switched off: turn it on in the Developer Portal "
    "(your application → Bot → Privileged Gateway Intents → Message Content Intent)"
)


class RedactToken(logging.Filter):
    """Blanks the token out of every log record that passes a handler, whatever logged it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg = message.replace(self.token, "[token]")
            record.args = None
        return True


def _prepare_logging(token: str) -> None:
    root = logging.getLogger()
    if not root.handlers:
        discord.utils.setup_logging(level=logging.INFO)
    for handler in root.handlers:
        if not any(isinstance(f, RedactToken) for f in handler.filters):
            handler.addFilter(RedactToken(token))


def _fail(err: TextIO, message: str, status: int) -> int:
    print(f"error: {message}", file=err)
    return status


async def serve(bot: ElectionBotMixin, token: str, *, err: TextIO = sys.stderr) -> int:
    """Log in and run until the bot is closed; the exit status for the CLI.

    Points discord.py at the configured Discord (see endpoints.py) right before starting.
    """
    settings = bot.config.discord
    point_discord_py_at(settings.api_base, settings.gateway)
    client: Any = bot
    try:
        async with client:
            await client.start(token)
    except discord.LoginFailure:
        return _fail(err, TOKEN_REJECTED, EXIT_USAGE)
    except discord.PrivilegedIntentsRequired:
        return _fail(err, INTENT_MISSING, EXIT_USAGE)
    except discord.ConnectionClosed as error:
        if error.code == 4004:  # the gateway's "authentication failed"
            return _fail(err, TOKEN_REJECTED, EXIT_USAGE)
        return _fail(err, f"Discord closed the connection (code {error.code})", EXIT_FAILED)
    except discord.HTTPException as error:
        return _fail(err, f"Discord answered HTTP {error.status}: {error.text}", EXIT_FAILED)
    except (TimeoutError, aiohttp.ClientError, OSError) as error:
        reason = type(error).__name__
        return _fail(err, f"cannot reach Discord at {settings.api_base} ({reason})", EXIT_FAILED)
    return EXIT_OK


async def run_bot_async(
    config: Config,
    config_path: Path | None = None,
    *,
    token: str | None = None,
    err: TextIO = sys.stderr,
    **bot_options: Any,
) -> int:
    """Load the articles (off the loop), start watching them and polling the official results,
    run the bot until it is closed."""
    token = token or config.token()
    if not token:
        return _fail(err, NO_TOKEN, EXIT_USAGE)
    library, first = await asyncio.to_thread(Library.open, config, config_path)
    warm_up_in_background()  # done long before the bot has connected and its first reader asks
    for line in (*first.warnings, *first.problems):
        log.warning("%s", line)
    try:
        bot = create_bot(library, **bot_options)
    except discord.ClientException as error:  # e.g. shard_ids without shard_count
        return _fail(err, f"config: {error}", EXIT_USAGE)
    if first.problems:  # the owner hears of them in Discord too, once the bot is connected
        await bot.notify_owner("\n".join(first.problems))
    loop = asyncio.get_running_loop()

    def on_refresh(result: Refresh) -> None:  # in the watcher's thread
        done = asyncio.run_coroutine_threadsafe(bot.on_library_refresh(result), loop)
        done.add_done_callback(_log_failure)

    def on_results(update: Update) -> None:  # in the results poller's thread
        done = asyncio.run_coroutine_threadsafe(bot.on_results_update(update), loop)
        done.add_done_callback(_log_failure)

    watcher = library.watch(on_refresh)
    poller = ResultsPoller(library.results, on_results, lambda: library.config.fetch).start()
    feeds = follow_feeds(library, on_refresh, bot.pacer)
    with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
        loop.add_signal_handler(signal.SIGTERM, lambda: loop.create_task(bot.close()))
    try:
        return await serve(bot, token, err=err)
    finally:
        await asyncio.to_thread(poller.stop)
        await asyncio.to_thread(watcher.stop)
        await asyncio.to_thread(feeds.stop)


def _log_failure(done: concurrent.futures.Future[None]) -> None:
    """A failure while taking over refreshed articles is logged, never lost in a future."""
    if not done.cancelled() and done.exception() is not None:
        log.error("taking over the refreshed articles failed", exc_info=done.exception())


def run_bot(config: Config, config_path: Path | None = None) -> int:
    """`python -m bot run`: the exit status (0 after Ctrl+C or SIGTERM)."""
    token = config.token()
    if not token:
        return _fail(sys.stderr, NO_TOKEN, EXIT_USAGE)
    _prepare_logging(token)
    try:
        return asyncio.run(run_bot_async(config, config_path, token=token))
    except KeyboardInterrupt:
        return EXIT_OK


def invite_url(application_id: int) -> str:
    """The OAuth2 link that adds the bot to a server with the scopes and permissions it needs."""
    return discord.utils.oauth_url(
        application_id, permissions=INVITE_PERMISSIONS, scopes=INVITE_SCOPES
    )


def application_id_from_token(token: str) -> int | None:
    """A bot token starts with the bot's user id (= the application id), base64-encoded."""
    first = token.split(".", 1)[0]
    try:
        decoded = base64.b64decode(first + "=" * (-len(first) % 4), validate=False)
        return int(decoded.decode("ascii"))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def print_invite_url(
    config: Config,
    client_id: int | None = None,
    *,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """`python -m bot invite-url [--client-id ID]`: print the invite link."""
    if client_id is None:
        token = config.token()
        client_id = application_id_from_token(token) if token else None
        if client_id is None:
            if token:
                return _fail(err, TOKEN_MALFORMED, EXIT_USAGE)
            return _fail(
                err,
                "no application id: pass --client-id (Developer Portal → your application → "
                "General Information → Application ID) or set DISCORD_TOKEN",
                EXIT_USAGE,
            )
    print(invite_url(client_id), file=out)
    return EXIT_OK
