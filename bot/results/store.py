"""The last good count of every configured election, shared by the poller and every answer.

A new reading replaces the old one only if it parses and does not lose districts; otherwise
the problem is kept in one line and the last good count goes on serving. Readers get frozen
`Standing`s, so an answer never sees half of an update.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from bot.engine.folding import fold
from bot.results.model import Count
from bot.results.parsing import ResultsFormatError, parse_count
from bot.results.settings import ResultsSource


@dataclass(frozen=True)
class Standing:
    """What is known of one election right now."""

    source: ResultsSource
    count: Count | None = None  # the last good reading; None before the first one
    updated: datetime | None = None  # when that count was published (or first seen)
    problem: str | None = None  # why the latest reading was not taken; None if it was
    seen_open: bool = False  # a reading with districts missing was seen (see `Update.final`)
    final_posted: bool = False


@dataclass(frozen=True)
class Update:
    """What one reading changed, for whoever polls: the log, the owner, the results channel."""

    name: str
    changed: bool = False  # a new count is served
    problem: str | None = None  # a new problem to report (not repeated while it lasts)
    final: bool = False  # the last district just came in: post it (once)


class ResultsStore:
    """Thread-safe: the poller writes, any number of answering threads read."""

    def __init__(self, sources: tuple[ResultsSource, ...] = ()) -> None:
        self._lock = threading.Lock()
        self._standings: dict[str, Standing] = {}
        self.configure(sources)

    def configure(self, sources: tuple[ResultsSource, ...]) -> None:
        """Take over a (re)loaded config: an election still read from the same place and with
        the same candidates keeps its count; the others start afresh."""
        with self._lock:
            old = self._standings
            self._standings = {
                s.name: old[s.name] if s.name in old and old[s.name].source == s else Standing(s)
                for s in sources
            }

    def standings(self) -> tuple[Standing, ...]:
        with self._lock:
            return tuple(self._standings.values())

    def standing(self, name: str) -> Standing | None:
        with self._lock:
            return self._standings.get(name)

    def find(self, text: str) -> list[Standing]:
        """The elections `text` names, by name or place (case and umlauts folded)."""
        key = fold(text.strip())
        found = self.standings()
        if not key:
            return list(found)
        exact = [s for s in found if key in (fold(s.source.name), fold(s.source.place))]
        return exact or [
            s for s in found if key in fold(s.source.name) or key in fold(s.source.place)
        ]

    def take(self, name: str, data: bytes, published: datetime | None = None) -> Update:
        """A fresh reading of election `name`'s CSV."""
        standing = self.standing(name)
        if standing is None:
            return Update(name)  # its config entry was removed meanwhile
        try:
            count = parse_count(data, standing.source.candidates)
        except ResultsFormatError as error:
            return self.fail(name, str(error))
        old = standing.count
        if old is not None and count.areas_total < old.areas_total:
            return self.fail(
                name, f"{count.areas_total} districts, fewer than the {old.areas_total} before"
            )
        changed = count != old
        final = count.complete and standing.seen_open and not standing.final_posted
        with self._lock:
            current = self._standings.get(name)
            if current is None or current.source != standing.source:
                return Update(name)
            self._standings[name] = replace(
                current,
                count=count,
                updated=(published or datetime.now(UTC)) if changed else current.updated,
                problem=None,
                seen_open=current.seen_open or not count.complete,
                final_posted=current.final_posted or final,
            )
        return Update(name, changed=changed, final=final)

    def fail(self, name: str, problem: str) -> Update:
        """A reading that could not be used (unreachable, broken): keep serving the last good."""
        line = f"{name}: {problem}"
        with self._lock:
            current = self._standings.get(name)
            if current is None:
                return Update(name)
            self._standings[name] = replace(current, problem=line)
        return Update(name, problem=None if current.problem == line else line)
