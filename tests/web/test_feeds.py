"""Feeds on election night: new entries become answerable; a broken feed stops nothing else."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Config
from bot.library import Library, Refresh
from bot.web.feeds import FeedPoller, feed_entries
from bot.web.http import FetchError
from bot.web.settings import FetchSettings
from tests.web.conftest import Route, Site

RSS = "application/rss+xml"


def rss(site: Site, *items: tuple[str, str, str]) -> str:
    """An RSS 2.0 document with items (path of the page, title, publication date)."""
    entries = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}</link><guid>{site.url(path)}</guid>"
        f"<pubDate>{date}</pubDate></item>"
        for path, title, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Rundschau Wahl</title><link>{site.base}</link>{entries}</channel></rss>"
    )


def atom(site: Site, path: str, title: str, updated: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Radio Westmark</title><id>{site.base}/atom</id><updated>{updated}</updated>"
        f"<entry><title>{title}</title><id>tag:westmark,2025:{path}</id><updated>{updated}</updated>"
        f'<link rel="alternate" href="{path}"/></entry></feed>'
    )


HALLSTEDT = (
    "/lokales/stichwahl.html",
    "Hoffstetter löst Krell ab",
    "Sun, 28 Sep 2025 22:41:00 +0200",
)
AUENSTADT = ("/politik/auenstadt.html", "Auenstadt wählt", "Sun, 14 Sep 2025 19:05:00 +0200")


@pytest.fixture
def library(tmp_path: Path, local_settings: FetchSettings, site: Site) -> Library:
    config = Config(
        seeds=tmp_path / "seeds",
        cache_dir=None,
        reload_interval=0,
        fetch=local_settings,
        feeds=(site.url("/rss"), site.url("/atom")),
    )
    (tmp_path / "seeds").mkdir()
    library, _ = Library.open(config)
    return library


def test_a_new_feed_entry_is_saved_and_answerable(site: Site, library: Library) -> None:
    site.page(HALLSTEDT[0], "hallstedt_stichwahl.html")
    site.page(AUENSTADT[0], "auenstadt_wahlbeteiligung.html")
    site.serve("/rss", rss(site, HALLSTEDT), content_type=RSS)
    site.serve("/atom", atom(site, "/nix", "leer", "2025-09-29T06:00:00Z"), content_type=RSS)
    site.routes["/nix"] = Route(b"", status=404)
    poller = FeedPoller(library, None)

    first = poller.poll_once()
    assert first is not None and len(first.added) == 1
    reply = library.engine.run_command("quote", "Krell")
    assert any("eine glückliche Hand" in e.text for e in reply.excerpts)
    (source,) = library.engine.index.articles
    assert (source.title, source.publisher) == (
        "Stichwahl in Hallstedt: Hoffstetter löst Krell im Rathaus ab",
        "Hallstedter Rundschau",
    )

    site.serve("/rss", rss(site, AUENSTADT, HALLSTEDT), content_type=RSS)  # a new entry on top
    second = poller.poll_once()
    assert second is not None and len(second.added) == 1
    assert site.asked(HALLSTEDT[0]) == 1  # the known entry is not fetched again
    assert len(library.engine.index.articles) == 2


def test_an_unchanged_feed_costs_one_conditional_request(site: Site, library: Library) -> None:
    site.page(HALLSTEDT[0], "hallstedt_stichwahl.html")
    site.serve("/rss", rss(site, HALLSTEDT), content_type=RSS, headers={"ETag": '"w1"'})
    site.serve("/atom", atom(site, "/x", "x", "2025-09-29T06:00:00Z"), headers={"ETag": '"a1"'})
    site.routes["/x"] = Route(b"", status=404)
    poller = FeedPoller(library, None)
    poller.poll_once()
    asked = len(site.requests)
    poller.poll_once()
    assert [path for path, _ in site.requests[asked:]] == ["/rss", "/atom"]
    assert site.requests[-2][1]["if-none-match"] == '"w1"'


def test_an_updated_entry_is_fetched_again(site: Site, library: Library) -> None:
    site.serve("/rss", rss(site), content_type=RSS)
    site.page("/eilmeldung", "birkenfeld_landrat.html")
    site.serve("/atom", atom(site, "/eilmeldung", "Knapp vorn", "2025-09-29T06:12:00Z"))
    poller = FeedPoller(library, None)
    assert poller.poll_once().added
    page = (Path(__file__).parent / "pages" / "birkenfeld_landrat.html").read_text("utf-8")
    site.serve("/eilmeldung", page.replace("312 Stimmen", "298 Stimmen"))
    site.serve("/atom", atom(site, "/eilmeldung", "Knapp vorn", "2025-09-29T08:30:00Z"))
    result = poller.poll_once()
    assert result is not None and len(result.updated) == 1
    assert site.asked("/eilmeldung") == 2


def test_a_broken_feed_is_reported_and_the_others_go_on(site: Site, library: Library) -> None:
    site.page(HALLSTEDT[0], "hallstedt_stichwahl.html")
    site.serve("/rss", "<html><body><p>Wartung</p></body></html>")  # not a feed
    site.serve("/atom", atom(site, HALLSTEDT[0], "Stichwahl", "2025-09-28T20:41:00Z"))
    result = FeedPoller(library, None).poll_once()
    assert result is not None and len(result.added) == 1
    assert result.problems == (f"feed {site.url('/rss')}: not an RSS or Atom feed",)


def test_a_failing_entry_is_one_line_and_tried_again(site: Site, library: Library) -> None:
    site.serve("/rss", rss(site, HALLSTEDT), content_type=RSS)
    site.serve("/atom", atom(site, AUENSTADT[0], "Auenstadt", "2025-09-14T17:05:00Z"))
    site.page(AUENSTADT[0], "auenstadt_wahlbeteiligung.html")
    site.routes[HALLSTEDT[0]] = Route(b"kaputt", status=500)
    poller = FeedPoller(library, None)
    result = poller.poll_once()
    assert result.problems == (
        f"feed entry {site.url(HALLSTEDT[0])}: the server answered HTTP 500",
    )
    assert len(result.added) == 1
    site.page(HALLSTEDT[0], "hallstedt_stichwahl.html")  # the server is back
    assert len(poller.poll_once().added) == 1


@pytest.mark.parametrize("body", [b"<rss><channel><item>", b"\x00\x01 kein XML", b'{"items": []}'])
def test_what_is_not_a_feed_is_refused_in_one_line(body: bytes) -> None:
    with pytest.raises(FetchError) as caught:
        feed_entries(body, "https://zeitung.example/rss")
    assert str(caught.value).startswith("https://zeitung.example/rss: not an RSS or Atom feed")


def test_the_poller_thread_picks_up_an_entry_while_running(site: Site, library: Library) -> None:
    """As a user sees it: the entry appears in the feed, and a moment later it is answerable."""
    site.serve("/rss", rss(site), content_type=RSS)
    site.serve("/atom", atom(site, "/y", "y", "2025-09-29T06:00:00Z"))
    site.routes["/y"] = Route(b"", status=404)
    library.config = replace(library.config, feed_interval=0.1)
    refreshed: list[Refresh] = []
    got_one = threading.Event()

    def on_refresh(result: Refresh) -> None:
        refreshed.append(result)
        if result.added:
            got_one.set()

    poller = FeedPoller(library, on_refresh)
    poller.start()
    try:
        time.sleep(0.3)  # a few polls of an empty feed
        site.page(HALLSTEDT[0], "hallstedt_stichwahl.html")
        site.serve("/rss", rss(site, HALLSTEDT), content_type=RSS)
        assert got_one.wait(timeout=20)
    finally:
        poller.stop()
    assert library.engine.run_command("quote", "Krell").excerpts


def test_the_feed_fills_in_what_the_page_does_not_say(site: Site, library: Library) -> None:
    """An old CMS page names neither its site nor, in its tags, its date: the feed does."""
    site.page("/lokales/ratswahl", "moorbach_ratswahl.html")
    site.serve(
        "/rss",
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Moorbacher Anzeiger</title><link>{site.base}</link>"
        f"<item><title>Ratswahl</title><link>{site.url('/lokales/ratswahl')}</link>"
        "<author>Henrike Albers</author><pubDate>Mon, 29 Sep 2025 07:00:00 +0200</pubDate>"
        "</item></channel></rss>",
        content_type=RSS,
    )
    site.serve("/atom", atom(site, "/z", "z", "2025-09-29T06:00:00Z"))
    site.routes["/z"] = Route(b"", status=404)
    FeedPoller(library, None).poll_once()
    (source,) = library.engine.index.articles
    assert (source.publisher, source.authors, source.published) == (
        "Moorbacher Anzeiger",
        ("Henrike Albers",),
        "2025-09-29",
    )


def test_after_a_restart_the_entries_already_read_are_not_fetched_again(
    site: Site, library: Library, tmp_path: Path
) -> None:
    site.page(HALLSTEDT[0], "hallstedt_stichwahl.html")
    site.serve("/rss", rss(site, HALLSTEDT), content_type=RSS)
    site.serve("/atom", atom(site, "/x", "x", "2025-09-29T06:00:00Z"))
    site.routes["/x"] = Route(b"", status=404)
    library.config = replace(library.config, cache_dir=tmp_path / "cache")
    FeedPoller(library, None).poll_once()
    assert site.asked(HALLSTEDT[0]) == 1
    FeedPoller(library, None).poll_once()  # a new process: the state comes from the cache
    assert site.asked(HALLSTEDT[0]) == 1
    (tmp_path / "cache" / "feeds.json").write_text("{kaputt", encoding="utf-8")
    FeedPoller(library, None).poll_once()  # an unreadable state: every entry looked at again
    assert site.asked(HALLSTEDT[0]) == 2
    assert len(list((tmp_path / "seeds").glob("*.txt"))) == 1
