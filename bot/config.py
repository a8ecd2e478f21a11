"""The bot's settings: loaded from a YAML file, validated strictly, with safe defaults.

A config problem is reported as one line naming the file and the key (`ConfigError`), never a
traceback; the CLI turns it into exit status 2.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.results.settings import ResultsConfigError, ResultsSource, parse_results
from bot.web.settings import FetchSettings

DEFAULT_API_BASE = "https://discord.com/api/v10"
DEFAULT_GATEWAY = "wss://gateway.discord.gg"
LANGUAGES = ("de", "en")


class ConfigError(Exception):
    """A config file that cannot be used; the message is one line naming the file and key."""


@dataclass(frozen=True)
class Topic:
    """A topic command declared in the config, e.g. `!stichwahlen`."""

    name: str
    query: str  # what the topic searches the articles for
    description: str = ""


@dataclass(frozen=True)
class Cooldown:
    rate: int = 5  # commands …
    per: float = 10.0  # … per this many seconds, per user


@dataclass(frozen=True)
class DiscordSettings:
    # Prefer the DISCORD_TOKEN environment variable; kept out of repr so a logged config never
    # shows it.
    token: str | None = field(default=None, repr=False)
    api_base: str = DEFAULT_API_BASE
    gateway: str = DEFAULT_GATEWAY
    owner_ids: tuple[int, ...] = ()
    sync_on_start: bool = False
    sync_guild: int | None = None
    allowed_channels: dict[int, tuple[int, ...]] = field(default_factory=dict)
    owner_log_channel: int | None = None
    results_channel: int | None = None  # where the final count of a `results:` election is posted
    cooldown: Cooldown = field(default_factory=Cooldown)
    page_timeout: float = 180.0
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class Config:
    seeds: Path = Path("seeds")  # parse_config: the bundled seeds/ when the file names none
    prefix: str = "!"
    language: str = "de"
    max_article_bytes: int = 2_000_000
    reload_interval: float = 5.0
    cache_dir: Path | None = Path(".cache")
    topics: tuple[Topic, ...] = ()
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    feeds: tuple[str, ...] = ()  # RSS or Atom addresses polled while the bot runs
    feed_interval: float = 300.0
    results: tuple[ResultsSource, ...] = ()  # official counts to read (see bot/results)
    source: Path | None = None  # the file this was loaded from, if any

    def token(self) -> str | None:
        """The bot token: DISCORD_TOKEN from the environment wins over the config file."""
        return os.environ.get("DISCORD_TOKEN") or self.discord.token


# The ranges numbers must lie in: (lowest, highest, whether 0 is allowed as "off"). A poll more
# often than every half second only burns CPU; a cooldown or page timeout must end some time.
RELOAD_INTERVAL = (0.5, 86_400.0, True)
COOLDOWN_RATE = (1, 10_000, False)
COOLDOWN_PER = (0.1, 86_400.0, False)
PAGE_TIMEOUT = (1.0, 86_400.0, False)
SHARD_COUNT = (1, 100_000, False)

# key -> (accepted python types, description for error messages)
_TOP_KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "seeds": ((str,), "a folder path"),
    "prefix": ((str,), "a short text such as '!'"),
    "language": ((str,), "'de' or 'en'"),
    "max_article_bytes": ((int,), "a whole number of bytes"),
    "reload_interval": ((int, float), "a number of seconds (0 turns watching off)"),
    "cache_dir": ((str, type(None)), "a folder path, or null for no cache"),
    "topics": ((dict, type(None)), "a mapping of command name to {query, description}"),
    "discord": ((dict, type(None)), "a mapping"),
    "fetch": ((dict, type(None)), "a mapping"),
    "feeds": ((list, type(None)), "a list of RSS or Atom addresses"),
    "feed_interval": ((int, float), "a number of seconds (at least 10)"),
    "results": ((list, type(None)), "a list of elections"),
}
_FETCH_KEYS: dict[str, tuple[type, ...]] = {
    "timeout": (int, float),
    "max_bytes": (int,),
    "max_redirects": (int,),
    "user_agent": (str,),
    "allow_private_addresses": (bool,),
    "min_interval_per_host": (int, float),
}
_TOPIC_KEYS = {"query": (str,), "description": (str,)}
_DISCORD_KEYS: dict[str, tuple[type, ...]] = {
    "token": (str, type(None)),
    "api_base": (str,),
    "gateway": (str,),
    "owner_ids": (list,),
    "sync_on_start": (bool,),
    "sync_guild": (int, type(None)),
    "allowed_channels": (dict, type(None)),
    "owner_log_channel": (int, type(None)),
    "results_channel": (int, type(None)),
    "cooldown": (dict,),
    "page_timeout": (int, float),
    "shard_count": (int, type(None)),
    "shard_ids": (list, type(None)),
}


def _check_type(where: str, key: str, value: Any, types: tuple[type, ...]) -> None:
    # bool is an int in Python; a YAML `yes` must not pass as a number.
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        names = " or ".join("null" if t is type(None) else t.__name__ for t in types)
        raise ConfigError(f"{where}: '{key}' must be {names}, not {type(value).__name__}")


def _check_range(where: str, key: str, value: float, low: float, high: float, zero: bool) -> None:
    """A number within [low, high] (or 0 where 0 means "off"); NaN and infinity never pass."""
    if (zero and value == 0) or (math.isfinite(value) and low <= value <= high):
        return
    allowed = f"from {low:g} to {high:g}"
    raise ConfigError(f"{where}: '{key}' must be {'0 (off) or ' if zero else ''}{allowed}")


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or lies inside it (links resolved)."""
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


def _command_words() -> set[str]:
    """Every command name and alias: a topic may not take one (imported late: the command
    specs themselves read `Topic` from here)."""
    from bot.engine.specs import BUILTIN_COMMANDS, OWNER_COMMANDS

    return {w for spec in BUILTIN_COMMANDS for w in (spec.name, spec.alias)} | set(OWNER_COMMANDS)


def _check_keys(where: str, section: str, data: dict, allowed: dict) -> None:
    for key in data:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise ConfigError(f"{where}: unknown key '{section}{key}' (known: {known})")


def _int_list(where: str, key: str, value: list) -> tuple[int, ...]:
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of whole numbers (Discord ids)")
    return tuple(value)


def parse_config(data: Any, where: str, base: Path) -> Config:
    """Validate the parsed YAML `data` (from file `where`); paths are relative to `base`."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"{where}: the file must be a mapping of settings, not {type(data).__name__}"
        )
    _check_keys(where, "", data, _TOP_KEYS)
    for key, value in data.items():
        _check_type(where, key, value, _TOP_KEYS[key][0])
    defaults = Config()
    language = data.get("language", defaults.language)
    if language not in LANGUAGES:
        raise ConfigError(
            f"{where}: 'language' must be one of {', '.join(LANGUAGES)}, not {language!r}"
        )
    prefix = data.get("prefix", defaults.prefix)
    if not prefix.strip() or len(prefix) > 5 or any(c.isspace() for c in prefix):
        raise ConfigError(f"{where}: 'prefix' must be 1 to 5 characters without spaces")
    if data.get("max_article_bytes", 1) <= 0:
        raise ConfigError(f"{where}: 'max_article_bytes' must be positive")
    _check_range(where, "reload_interval", data.get("reload_interval", 0), *RELOAD_INTERVAL)
    try:
        results = parse_results(data.get("results"), base)
    except ResultsConfigError as error:
        raise ConfigError(f"{where}: {error}") from None
    cache_dir = data.get("cache_dir", str(defaults.cache_dir))
    # Without a `seeds` key: the bundled articles, wherever the config file stands.
    seeds = base / data["seeds"] if "seeds" in data else project_root() / "seeds"
    if cache_dir is not None and _inside(base / cache_dir, seeds):
        raise ConfigError(f"{where}: 'cache_dir' must not lie inside the seeds folder")
    return Config(
        **_web_settings(data, where),
        seeds=seeds,
        prefix=prefix,
        language=language,
        max_article_bytes=data.get("max_article_bytes", defaults.max_article_bytes),
        reload_interval=float(data.get("reload_interval", defaults.reload_interval)),
        cache_dir=None if cache_dir is None else base / cache_dir,
        topics=_parse_topics(data.get("topics") or {}, where),
        discord=_parse_discord(data.get("discord") or {}, where),
        results=results,
        source=None if where == "<defaults>" else Path(where),
    )


def _parse_topics(data: dict, where: str) -> tuple[Topic, ...]:
    """The `topics:` section: command name → {query, description} (or just the query)."""
    topics = []
    for name, spec in data.items():
        key = f"topics.{name}"
        if not isinstance(name, str) or not name.isidentifier() or name.lower() != name:
            raise ConfigError(f"{where}: topic name {name!r} must be one lower-case word")
        if name in _command_words():
            raise ConfigError(f"{where}: topic name '{key}' is already a command's name")
        if isinstance(spec, str):
            spec = {"query": spec}
        if not isinstance(spec, dict):
            raise ConfigError(f"{where}: '{key}' must be a mapping with 'query' and 'description'")
        _check_keys(where, key + ".", spec, _TOPIC_KEYS)
        for sub, value in spec.items():
            _check_type(where, f"{key}.{sub}", value, _TOPIC_KEYS[sub])
        if not spec.get("query", "").strip():
            raise ConfigError(f"{where}: '{key}.query' must say what the topic searches for")
        topics.append(Topic(name, spec["query"].strip(), spec.get("description", "").strip()))
    return tuple(topics)


def _parse_discord(data: dict, where: str) -> DiscordSettings:
    """The `discord:` section."""
    _check_keys(where, "discord.", data, _DISCORD_KEYS)
    for key, value in data.items():
        _check_type(where, f"discord.{key}", value, _DISCORD_KEYS[key])
    cooldown_data = data.get("cooldown", {})
    _check_keys(where, "discord.cooldown.", cooldown_data, {"rate": 0, "per": 0})
    _check_type(where, "discord.cooldown.rate", cooldown_data.get("rate", 1), (int,))
    _check_type(where, "discord.cooldown.per", cooldown_data.get("per", 1.0), (int, float))
    _check_range(where, "discord.cooldown.rate", cooldown_data.get("rate", 1), *COOLDOWN_RATE)
    _check_range(where, "discord.cooldown.per", cooldown_data.get("per", 1.0), *COOLDOWN_PER)
    _check_range(where, "discord.page_timeout", data.get("page_timeout", 1), *PAGE_TIMEOUT)
    if data.get("shard_count") is not None:
        _check_range(where, "discord.shard_count", data["shard_count"], *SHARD_COUNT)
    allowed: dict[int, tuple[int, ...]] = {}
    for guild, channels in (data.get("allowed_channels") or {}).items():
        if not isinstance(guild, int) or not isinstance(channels, list):
            raise ConfigError(
                f"{where}: 'discord.allowed_channels' maps a server id to a list of channel ids"
            )
        allowed[guild] = _int_list(where, f"discord.allowed_channels.{guild}", channels)
    shard_ids = data.get("shard_ids")
    d = DiscordSettings()
    return DiscordSettings(
        token=data.get("token") or None,
        api_base=data.get("api_base", d.api_base).rstrip("/"),
        gateway=data.get("gateway", d.gateway).rstrip("/"),
        owner_ids=_int_list(where, "discord.owner_ids", data.get("owner_ids", [])),
        sync_on_start=data.get("sync_on_start", d.sync_on_start),
        sync_guild=data.get("sync_guild"),
        allowed_channels=allowed,
        owner_log_channel=data.get("owner_log_channel"),
        results_channel=data.get("results_channel"),
        cooldown=Cooldown(
            rate=cooldown_data.get("rate", d.cooldown.rate),
            per=float(cooldown_data.get("per", d.cooldown.per)),
        ),
        page_timeout=float(data.get("page_timeout", d.page_timeout)),
        shard_count=data.get("shard_count"),
        shard_ids=None if shard_ids is None else _int_list(where, "discord.shard_ids", shard_ids),
    )


def _web_settings(data: dict, where: str) -> dict[str, Any]:
    """The `fetch:`, `feeds:` and `feed_interval` settings, checked."""
    fetch_data = data.get("fetch") or {}
    _check_keys(where, "fetch.", fetch_data, _FETCH_KEYS)
    for key, value in fetch_data.items():
        _check_type(where, f"fetch.{key}", value, _FETCH_KEYS[key])
        if key != "allow_private_addresses" and key != "user_agent" and value < 0:
            raise ConfigError(f"{where}: 'fetch.{key}' must not be negative")
    if fetch_data.get("timeout", 1) <= 0 or fetch_data.get("max_bytes", 1) <= 0:
        raise ConfigError(f"{where}: 'fetch.timeout' and 'fetch.max_bytes' must be positive")
    if not fetch_data.get("user_agent", "x").strip():
        raise ConfigError(f"{where}: 'fetch.user_agent' must name the bot")
    feeds = data.get("feeds") or []
    for url in feeds:
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ConfigError(f"{where}: each of 'feeds' must be an http or https address")
    interval = data.get("feed_interval", Config.feed_interval)
    if interval < 10:
        raise ConfigError(f"{where}: 'feed_interval' must be at least 10 seconds")
    return {
        "fetch": FetchSettings(**fetch_data),
        "feeds": tuple(dict.fromkeys(url.strip() for url in feeds)),
        "feed_interval": float(interval),
    }


def load_config(path: str | Path | None) -> Config:
    """Load and validate a config file; None gives the built-in defaults (with the bundled topics).

    Relative paths in the file are taken relative to the file's folder.
    """
    if path is None:
        return default_config()
    path = Path(path)
    where = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{where}: no such config file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{where}: cannot be read ({error.__class__.__name__})") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{where}: not valid YAML{at}") from None
    return parse_config(data, where, path.parent)


def project_root() -> Path:
    """The folder holding the bundled `seeds/` and `config.example.yaml`."""
    return Path(__file__).resolve().parent.parent


def default_config() -> Config:
    """The built-in default: the bundled example config (seeds and topics), or bare defaults."""
    example = project_root() / "config.example.yaml"
    if example.is_file():
        config = load_config(example)
        return Config(**{**config.__dict__, "source": None})
    return parse_config({}, "<defaults>", project_root())
