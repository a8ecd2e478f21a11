"""Follow the configured RSS and Atom feeds: every new or changed entry's page becomes an article.

A `FeedPoller` thread reads each feed every `feed_interval` seconds (conditionally: a feed that
has not changed costs one short answer), fetches the pages of entries it has not seen or that
changed (updated time, title or summary), saves them into the seeds folder and refreshes the
library at once, so a new entry is answerable seconds after the poll. A feed or entry that fails
is reported in one line and tried again at the next poll; it never stops the other feeds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from urllib.parse import urljoin

from bot.corpus.reading import byline_authors
from bot.library import Library, Refresh
from bot.web.http import FetchError, HostPacer, fetch
from bot.web.importer import Imported, import_page
from bot.web.page import Hints
from bot.web.saving import DUPLICATE, UNCHANGED
from bot.web.settings import FetchSettings

log = logging.getLogger(__name__)

MAX_ENTRIES_PER_POLL = 30  # newest first; a feed's archive is not fetched all at once
MAX_TRIES = 3  # an entry whose page keeps failing is left alone until the entry changes
STATE_FILE = "feeds.json"  # in cache_dir: what each feed looked like, so a restart skips it


@dataclass
class FeedState:
    """What one feed looked like at the last poll."""

    etag: str | None = None
    last_modified: str | None = None
    seen: dict[str, str] = field(default_factory=dict)  # entry id → version imported
    tries: dict[str, int] = field(default_factory=dict)  # entry id → failed fetches


@dataclass(frozen=True)
class Poll:
    """One poll of all feeds: the pages saved (new or changed) and one line per failure."""

    imported: tuple[Imported, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    key: str  # the entry's id, else its link
    link: str
    version: str  # changes when the entry is updated
    hints: Hints = field(default_factory=Hints)  # what the feed says of the page


def feed_entries(body: bytes, url: str) -> list[Entry]:
    """The entries of an RSS or Atom document, newest first; FetchError if it is not a feed."""
    import feedparser  # imported by the poller's thread, not when the bot starts

    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:
        raise FetchError(url, "not an RSS or Atom feed")
    entries = []
    for item in parsed.entries[:MAX_ENTRIES_PER_POLL]:
        link = item.get("link")
        if not link:
            continue
        link = urljoin(url, link)
        # dict.get: the stored fields only (feedparser's own get maps a missing one, warning).
        stamp = dict.get(item, "updated") or dict.get(item, "published") or ""
        content = f"{stamp}\n{item.get('title', '')}\n{item.get('summary', '')}"
        version = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
        hints = Hints(
            title=item.get("title") or None,
            publisher=parsed.feed.get("title") or None,
            authors=byline_authors(item.get("author") or ""),
            published=_iso_date(dict.get(item, "published_parsed")),
        )
        entries.append(Entry(item.get("id") or link, link, version, hints))
    if parsed.bozo and not entries:
        raise FetchError(url, "not an RSS or Atom feed (not well-formed XML)")
    return entries


def load_states(cache_dir: Path | None) -> dict[str, FeedState]:
    """The feeds' states saved by the last run; nothing if there are none or they are unreadable
    (then every entry is looked at once more, and pages already saved come out unchanged)."""
    if cache_dir is None:
        return {}
    try:
        data = json.loads((cache_dir / STATE_FILE).read_text(encoding="utf-8"))
        return {url: FeedState(**state) for url, state in data.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def save_states(cache_dir: Path | None, states: dict[str, FeedState]) -> None:
    if cache_dir is None:
        return
    data = json.dumps({url: asdict(state) for url, state in states.items()}, ensure_ascii=False)
    temporary = cache_dir / f".{STATE_FILE}.{os.getpid()}.tmp"
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary.write_text(data, encoding="utf-8")
        os.replace(temporary, cache_dir / STATE_FILE)
    except OSError as error:
        log.warning("cannot save the feeds' state in %s: %s", cache_dir, error)
    finally:
        temporary.unlink(missing_ok=True)


def _iso_date(parsed: time.struct_time | None) -> str | None:
    return dt.date(*parsed[:3]).isoformat() if parsed else None


def poll_feeds(
    feeds: tuple[str, ...],
    states: dict[str, FeedState],
    library: Library,
    settings: FetchSettings,
    pacer: HostPacer,
) -> Poll:
    """Read every feed once and import its new and changed entries into the library's seeds."""
    imported: list[Imported] = []
    problems: list[str] = []
    for url in feeds:
        state = states.setdefault(url, FeedState())
        try:
            entries = _read_feed(url, state, settings, pacer)
        except FetchError as error:
            problems.append(f"feed {error}")
            continue
        for entry in entries:
            if state.seen.get(entry.key) == entry.version:
                continue
            try:
                result = import_page(entry.link, library.config.seeds, settings, pacer, entry.hints)
            except FetchError as error:
                tries = state.tries[entry.key] = state.tries.get(entry.key, 0) + 1
                if tries >= MAX_TRIES:
                    state.seen[entry.key] = entry.version
                problems.append(f"feed entry {error}")
                continue
            state.seen[entry.key] = entry.version
            state.tries.pop(entry.key, None)
            if result.saved.status not in (UNCHANGED, DUPLICATE):
                imported.append(result)
    return Poll(tuple(imported), tuple(problems))


def _read_feed(
    url: str, state: FeedState, settings: FetchSettings, pacer: HostPacer
) -> list[Entry]:
    result = fetch(url, settings, etag=state.etag, last_modified=state.last_modified, pacer=pacer)
    if result.not_modified:
        return []
    entries = feed_entries(result.body, result.final_url)
    state.etag, state.last_modified = result.etag, result.last_modified
    return entries


class FeedPoller(threading.Thread):
    """A daemon thread polling the library's configured feeds until stopped.

    After a poll that saved pages or met problems it refreshes the library and hands the result
    (with the feeds' problems) to `on_refresh`, as the seeds watcher does.
    """

    def __init__(
        self,
        library: Library,
        on_refresh: Callable[[Refresh], None] | None,
        pacer: HostPacer | None = None,
    ) -> None:
        super().__init__(name="feed-poller", daemon=True)
        self.library = library
        self.on_refresh = on_refresh
        self.pacer = pacer or HostPacer(library.config.fetch.min_interval_per_host)
        self.states = load_states(library.config.cache_dir)
        self._stop_event = threading.Event()

    def poll_once(self) -> Refresh | None:
        """One poll of every feed; the library's refresh if anything was saved or failed."""
        config = self.library.config  # read anew: `!reload` may have changed the feeds
        poll = poll_feeds(config.feeds, self.states, self.library, config.fetch, self.pacer)
        save_states(config.cache_dir, self.states)
        if not poll.imported and not poll.problems:
            return None
        for line in poll.problems:
            log.warning("%s", line)
        # Saved whole (renamed into place): served without waiting for them to settle.
        result = self.library.refresh(written=[page.saved.path for page in poll.imported])
        return replace(result, problems=(*poll.problems, *result.problems))

    def run(self) -> None:
        while not self._stop_event.is_set():
            try:
                result = self.poll_once()
            except Exception:  # keep polling: a bug in one poll must not stop the bot
                log.exception("polling the feeds failed; trying again at the next interval")
                result = None
            if result is not None and self.on_refresh is not None:
                self.on_refresh(result)
            self._stop_event.wait(self.library.config.feed_interval)

    def stop(self) -> None:
        self._stop_event.set()
        if self.is_alive():
            self.join(timeout=5)


def follow_feeds(
    library: Library, on_refresh: Callable[[Refresh], None] | None, pacer: HostPacer | None = None
) -> FeedPoller:
    """Start polling the configured feeds (while there are none, each poll does nothing; a
    `!reload` that adds some is followed at the next interval)."""
    poller = FeedPoller(library, on_refresh, pacer)
    poller.start()
    return poller
