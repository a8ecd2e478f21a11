"""Fixtures for the Discord door: a fake Discord on 127.0.0.1, and the real bot connected to it.

The bot answers from the real engine on the bundled seed articles (built once per session).
Nothing here may reach any other address: a guard refuses every connection and name lookup that
is not for 127.0.0.1, so a wrong `api_base` fails loudly instead of calling Discord.
"""

from __future__ import annotations

import asyncio
import copy
import io
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest

from bot.config import Config, default_config
from bot.discord_door.client import ElectionBotMixin, create_bot
from bot.discord_door.runner import serve
from bot.library import Library
from tests.discord_door.fake_discord import FakeDiscord
from tests.discord_door.figures import FIGURES
from tests.discord_door.payloads import EMBED_LINKS, Channel, Guild, User

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
GUILD_READY_TIMEOUT = 0.05  # the fake sends every GUILD_CREATE at once: no need to wait 2 s


@pytest.fixture(autouse=True)
def only_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any connection or DNS lookup that is not for this machine."""
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> Any:
        if isinstance(address, tuple) and address[0] not in LOCAL_HOSTS:
            raise AssertionError(f"the tests tried to connect to {address[0]}")
        return real_connect(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and name not in LOCAL_HOSTS:
            raise AssertionError(f"the tests tried to look up {name}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(scope="session")
def seeds_library() -> Library:
    """The bundled articles and the example topics, read once for all tests (no cache folder)."""
    library, result = Library.open(replace(default_config(), cache_dir=None))
    assert not result.problems
    return library


@dataclass
class World:
    """The server, channels and people of the fake Discord."""

    fake: FakeDiscord
    guild: Guild
    general: Channel  # everything allowed
    no_embeds: Channel  # the bot lacks Embed Links here
    closed: Channel  # not on the allow-list (when a test sets one)
    alice: User
    bob: User
    owner: User


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[Any]:
    """Keep each phase's report on the test, so fixtures can tell whether the test passed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """After the run: the figures of the fault and load tests (inputs, faults, answers, memory)."""
    if FIGURES.inputs == 0:
        return
    terminalreporter.write_sep("-", "Discord door: faults and load")
    for line in FIGURES.lines():
        terminalreporter.write_line(line)


@pytest.fixture
async def world(request: pytest.FixtureRequest) -> AsyncIterator[World]:
    fake = FakeDiscord()
    guild = fake.add_guild("Wahlabend", ["allgemein", "ohne-embeds", "gesperrt"])
    general, no_embeds, closed = guild.channels
    no_embeds.denied_to_bot = EMBED_LINKS
    await fake.start()
    try:
        yield World(
            fake,
            guild,
            general,
            no_embeds,
            closed,
            fake.user("alice"),
            fake.user("bob"),
            fake.owner,
        )
    finally:
        await fake.close()
        report = getattr(request.node, "report_call", None)
        FIGURES.inputs += fake.inputs
        FIGURES.record_faults(fake.faults, passed=report is not None and report.passed)
    assert fake.problems == [], "\n".join(fake.problems)


def bot_config(base: Config, fake: FakeDiscord, **discord_settings: Any) -> Config:
    """`base` pointed at the fake, commands synced on start, and the given discord settings."""
    defaults: dict[str, Any] = {"sync_on_start": True, "page_timeout": 5.0, "token": None}
    settings = replace(
        base.discord,
        api_base=fake.api_base,
        gateway=fake.gateway_url,
        **(defaults | discord_settings),
    )
    return replace(base, discord=settings, cache_dir=None)


StartBot = Callable[..., Awaitable[ElectionBotMixin]]


@pytest.fixture
async def start_bot(world: World, seeds_library: Library) -> AsyncIterator[StartBot]:
    """Start the real bot against the fake (`await start_bot(cooldown=…, library=…)`)."""
    running: list[tuple[ElectionBotMixin, asyncio.Task[int]]] = []

    async def start(library: Library | None = None, **discord_settings: Any) -> ElectionBotMixin:
        library = copy.copy(library or seeds_library)  # own config; the engine is shared
        library.config = bot_config(library.config, world.fake, **discord_settings)
        bot = create_bot(library, guild_ready_timeout=GUILD_READY_TIMEOUT)
        task = asyncio.create_task(serve(bot, world.fake.token, err=io.StringIO()))
        running.append((bot, task))
        ready = asyncio.create_task(bot.wait_until_ready())  # type: ignore[attr-defined]
        done, _ = await asyncio.wait({ready, task}, timeout=10, return_when="FIRST_COMPLETED")
        if ready not in done:
            ready.cancel()
            status = task.result() if task.done() else "still running"
            raise AssertionError(f"the bot did not get ready (exit status {status})")
        return bot

    yield start
    for bot, task in running:
        await bot.close()  # type: ignore[attr-defined]
        assert await task == 0
