"""Election night, live: the portal's CSV changes as districts report, and the bot's count follows
it poll by poll, from a web address or a local file, without ever stalling the caller."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bot.results.polling import ResultsPoller
from bot.results.store import ResultsStore, Update
from bot.web.settings import FetchSettings
from tests.results.conftest import DISTRICTS, Portal, lindenau, portal_csv

NAME = "Bürgermeisterwahl Lindenau"
LOCAL = FetchSettings(allow_private_addresses=True, min_interval_per_host=0)


def poller_for(store: ResultsStore, heard: list[Update] | None = None) -> ResultsPoller:
    listener = heard.append if heard is not None else None
    return ResultsPoller(store, listener, lambda: LOCAL)


def test_the_count_follows_the_portal_poll_by_poll(portal: Portal):
    portal.publish("lindenau.csv", portal_csv(1))
    source = lindenau(url=portal.url("lindenau.csv"))
    store = ResultsStore((source,))
    heard: list[Update] = []
    poller = poller_for(store, heard)
    poller.poll(source)
    count = store.standing(NAME).count  # type: ignore[union-attr]
    assert count is not None and count.areas_counted == 1
    assert count.voters == DISTRICTS[0].voters

    poller.poll(source)  # unchanged: the portal answers 304 to the conditional request
    assert portal.requests[-1].get("If-None-Match")
    portal.publish("lindenau.csv", portal_csv(4))
    poller.poll(source)
    count = store.standing(NAME).count  # type: ignore[union-attr]
    assert count is not None and count.complete
    valid = sum(d.valid for d in DISTRICTS)
    hanna = sum(d.votes[0] for d in DISTRICTS)
    assert count.share(count.candidates[0].votes) == pytest.approx(hanna / valid)
    eligible = sum(d.eligible for d in DISTRICTS)
    assert count.turnout == pytest.approx(sum(d.voters for d in DISTRICTS) / eligible)
    assert store.standing(NAME).updated.year == 2025  # type: ignore[union-attr]  # Last-Modified


def test_a_private_address_is_refused_unless_the_config_allows_it(portal: Portal):
    portal.publish("lindenau.csv", portal_csv(1))
    source = lindenau(url=portal.url("lindenau.csv"))
    store = ResultsStore((source,))
    update = ResultsPoller(store, None, FetchSettings).poll(source)
    assert update.problem is not None and "fetch.allow_private_addresses" in update.problem
    assert portal.requests == []


def test_an_unreachable_or_broken_portal_keeps_the_last_good_count(portal: Portal):
    portal.publish("lindenau.csv", portal_csv(2))
    source = lindenau(url=portal.url("lindenau.csv"))
    store = ResultsStore((source,))
    poller = poller_for(store)
    poller.poll(source)
    portal.publish("lindenau.csv", b"datum;wahl\n1;2\n")
    assert "bad header" in (poller.poll(source).problem or "")
    portal.publish("lindenau.csv", portal_csv(2))
    assert not poller.poll(source).changed and store.standing(NAME).problem is None  # type: ignore[union-attr]
    del portal.files["lindenau.csv"]
    assert "HTTP 404" in (poller.poll(source).problem or "")
    assert store.standing(NAME).count.areas_counted == 2  # type: ignore[union-attr]
    portal.publish("lindenau.csv", portal_csv(2))  # back as it was: the problem is over
    assert not poller.poll(source).changed
    assert store.standing(NAME).problem is None  # type: ignore[union-attr]


def test_a_local_file_is_read_again_only_when_it_changed(tmp_path: Path):
    path = tmp_path / "lindenau.csv"
    source = lindenau(path=path)
    store = ResultsStore((source,))
    poller = poller_for(store)
    assert poller.poll(source).problem == f"{NAME}: lindenau.csv: no such file"
    path.write_bytes(portal_csv(1))
    assert poller.poll(source).changed
    assert not poller.poll(source).changed
    path.write_bytes(portal_csv(3) + b"\n")
    assert poller.poll(source).changed
    assert store.standing(NAME).count.areas_counted == 3  # type: ignore[union-attr]


def test_a_file_caught_while_it_is_being_written_is_read_whole_at_the_next_poll(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "lindenau.csv"
    path.write_bytes(portal_csv(3))
    source = lindenau(path=path)
    store = ResultsStore((source,))
    poller = poller_for(store)
    whole = portal_csv(4)
    real_read_bytes = Path.read_bytes

    def read_while_the_export_writes(self: Path) -> bytes:
        half = real_read_bytes(self)[: len(whole) // 2]
        self.write_bytes(whole)  # the export finishes while we read
        return half

    monkeypatch.setattr(Path, "read_bytes", read_while_the_export_writes)
    update = poller.poll(source)
    assert update.problem is None and not update.changed
    monkeypatch.undo()
    assert poller.poll(source).changed
    assert store.standing(NAME).problem is None  # type: ignore[union-attr]
    assert store.standing(NAME).count.areas_counted == 4  # type: ignore[union-attr]


def test_the_poller_thread_picks_up_a_change_at_the_next_interval(portal: Portal):
    portal.publish("lindenau.csv", portal_csv(1))
    source = lindenau(url=portal.url("lindenau.csv"), interval=0.2)
    store = ResultsStore((source,))
    heard: list[Update] = []
    finished = threading.Event()

    def listen(update: Update) -> None:
        heard.append(update)
        if update.final:
            finished.set()

    poller = ResultsPoller(store, listen, lambda: LOCAL).start()
    try:
        deadline = time.monotonic() + 10
        while store.standing(NAME).count is None and time.monotonic() < deadline:  # type: ignore[union-attr]
            time.sleep(0.05)
        portal.publish("lindenau.csv", portal_csv(4))
        assert finished.wait(10), "the final count never arrived"
    finally:
        poller.stop()
    assert [u.final for u in heard if u.changed] == [False, True]


def test_a_failing_listener_does_not_stop_the_polling(tmp_path: Path):
    path = tmp_path / "lindenau.csv"
    path.write_bytes(portal_csv(1))
    source = lindenau(path=path)
    store = ResultsStore((source,))

    def broken(update: Update) -> None:
        raise RuntimeError("listener bug")

    updates = ResultsPoller(store, broken, lambda: LOCAL).poll_due()
    assert [u.changed for u in updates] == [True]
    assert store.standing(NAME).count is not None  # type: ignore[union-attr]
