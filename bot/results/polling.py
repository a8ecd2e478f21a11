"""Poll every configured election's CSV at its interval, in a thread of its own (never on the
event loop), and tell the caller what changed: a new count, a new problem, the final count."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from bot.results.settings import ResultsSource
from bot.results.sources import SourceError, SourceReader
from bot.results.store import ResultsStore, Update
from bot.web.settings import FetchSettings

log = logging.getLogger(__name__)

MAX_SLEEP = 1.0  # seconds: how late a reloaded config's new election is noticed at most


class ResultsPoller:
    """Reads each source of `store` when it is due; `on_update` hears of every change.

    `fetch_settings` gives the current config's `fetch:` settings (a reload may change them).
    """

    def __init__(
        self,
        store: ResultsStore,
        on_update: Callable[[Update], None] | None = None,
        fetch_settings: Callable[[], FetchSettings] = FetchSettings,
    ) -> None:
        self.store = store
        self.on_update = on_update
        self.fetch_settings = fetch_settings
        self._readers: dict[ResultsSource, SourceReader] = {}
        self._due: dict[ResultsSource, float] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll(self, source: ResultsSource) -> Update:
        """Read one source now and put what it holds into the store."""
        reader = self._readers.get(source)
        settings = self.fetch_settings()
        if reader is None or reader.fetch_settings != settings:
            reader = self._readers[source] = SourceReader(source, settings)
        try:
            reading = reader.read()
        except SourceError as error:
            reader.forget()
            return self.store.fail(source.name, str(error))
        if reading.data is None:
            return Update(source.name)
        return self.store.take(source.name, reading.data, reading.published)

    def poll_due(self) -> list[Update]:
        """Read every source whose interval has passed (all of them the first time)."""
        now = time.monotonic()
        sources = [s.source for s in self.store.standings()]
        for gone in set(self._readers) - set(sources):  # dropped by a reloaded config
            self._readers.pop(gone, None)
            self._due.pop(gone, None)
        updates = []
        for source in sources:
            if now < self._due.get(source, 0.0):
                continue
            self._due[source] = now + source.interval
            update = self.poll(source)
            updates.append(update)
            if self.on_update is not None and (update.changed or update.problem or update.final):
                try:
                    self.on_update(update)
                except Exception:  # a failing listener must not stop the polling
                    log.exception("handling a results update failed")
        return updates

    def _sleep_time(self) -> float:
        if not self._due:
            return MAX_SLEEP
        return max(0.0, min(min(self._due.values()) - time.monotonic(), MAX_SLEEP))

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_due()
            except Exception:  # keep polling: one bad reading must not end the live results
                log.exception("polling the results failed; still serving the last good count")
            self._stop.wait(self._sleep_time())

    def start(self) -> ResultsPoller:
        """Poll in a daemon thread until `stop` (nothing to do without `results:`)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="results-poller", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
