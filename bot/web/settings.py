"""How the bot fetches web pages, as the config says: apart from `bot.web.http`, so that reading
the config does not load the HTTP, TLS and e-mail modules a start that fetches nothing never
uses."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_USER_AGENT = "election-night-bot/0.1 (reads news articles for an election-night chat bot)"


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 15.0  # seconds for the whole fetch, redirects included
    max_bytes: int = 5_000_000  # a larger body is refused while it streams in
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    # Private, loopback and link-local addresses are refused unless this is set (e.g. in tests).
    allow_private_addresses: bool = False
    min_interval_per_host: float = 1.0  # seconds between two requests to one host
