"""On the night, files break and get fixed: the last good count keeps serving, each problem is
reported once, and the final count is announced exactly once."""

from __future__ import annotations

from bot.results.store import ResultsStore
from tests.results.conftest import DISTRICTS, lindenau, portal_csv

NAME = "Bürgermeisterwahl Lindenau"


def test_a_new_reading_replaces_the_count():
    store = ResultsStore((lindenau(),))
    assert store.take(NAME, portal_csv(1)).changed
    assert store.take(NAME, portal_csv(2)).changed
    assert not store.take(NAME, portal_csv(2)).changed
    standing = store.standing(NAME)
    assert standing is not None and standing.count is not None
    assert standing.count.areas_counted == 2 and standing.problem is None
    assert standing.updated is not None


def test_a_broken_file_is_reported_once_and_the_last_good_count_serves_on():
    store = ResultsStore((lindenau(),))
    store.take(NAME, portal_csv(2))
    broken = portal_csv(3).replace(b";Stimmbezirk", b";Stimmbezirk;extra", 1)
    first = store.take(NAME, broken)
    assert first.problem is not None and first.problem.startswith(NAME + ": line 2")
    assert not first.changed
    again = store.take(NAME, broken)
    assert again.problem is None  # the same problem is not reported on every poll
    standing = store.standing(NAME)
    assert standing is not None and standing.count is not None
    assert standing.count.areas_counted == 2
    assert standing.problem == first.problem
    assert store.take(NAME, portal_csv(3)).changed
    assert store.standing(NAME).problem is None  # type: ignore[union-attr]


def test_fewer_districts_than_before_are_refused():
    store = ResultsStore((lindenau(),))
    store.take(NAME, portal_csv(3))
    update = store.take(NAME, portal_csv(2, DISTRICTS[:3]))
    assert update.problem == f"{NAME}: 3 districts, fewer than the 4 before"
    assert store.standing(NAME).count.areas_total == 4  # type: ignore[union-attr]


def test_the_final_count_is_announced_once_and_only_when_it_came_in_live():
    store = ResultsStore((lindenau(),))
    assert not store.take(NAME, portal_csv(3)).final
    assert store.take(NAME, portal_csv(4)).final
    assert not store.take(NAME, portal_csv(4)).final
    restarted = ResultsStore((lindenau(),))
    assert not restarted.take(NAME, portal_csv(4)).final  # old news after a restart


def test_a_reloaded_config_keeps_the_counts_of_unchanged_elections():
    store = ResultsStore((lindenau(),))
    store.take(NAME, portal_csv(2))
    store.configure((lindenau(),))
    assert store.standing(NAME).count is not None  # type: ignore[union-attr]
    store.configure((lindenau(interval=30.0),))
    assert store.standing(NAME).count is None  # type: ignore[union-attr]
    store.configure(())
    assert store.standings() == () and not store.take(NAME, portal_csv(2)).changed


def test_elections_are_found_by_place_or_name():
    store = ResultsStore((lindenau(), lindenau(name="Landratswahl Kreis Au", place="Kreis Au")))
    assert [s.source.place for s in store.find("lindenau")] == ["Lindenau"]
    assert [s.source.place for s in store.find("Landratswahl")] == ["Kreis Au"]
    assert len(store.find("")) == 2 and store.find("Berlin") == []
