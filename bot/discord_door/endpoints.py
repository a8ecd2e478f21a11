"""Where discord.py talks to: Discord itself, or a Discord-compatible server (e.g. the test fake).

discord.py has no per-client setting for this: the REST base is the class attribute
`discord.http.Route.BASE` (interaction callbacks and webhooks use the same `Route`), and the gateway
a plain `Bot` connects to is `DiscordWebSocket.DEFAULT_GATEWAY` (also where it goes back to when a
session is invalidated). Both are process-global, so they are set here, in one place, right before
each bot start (`runner.serve`): the latest start wins, which is right for one bot per process and
for tests that start one bot after another against fakes on new ports.
"""

from __future__ import annotations

import discord.gateway
import discord.http
import yarl


def point_discord_py_at(api_base: str, gateway: str) -> None:
    """Send every REST call to `api_base` (https://discord.com/api/v10), connect to `gateway`."""
    discord.http.Route.BASE = api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
