"""The fetcher: what it fetches, what it refuses; every refusal is one line naming the URL."""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import replace

import pytest

from bot.web.http import FetchError, FetchSettings, HostPacer, address_allowed, fetch
from tests.web.conftest import Route, Site, resolving


def test_a_page_is_fetched_with_the_bot_named_as_user_agent(site: Site, local_settings) -> None:
    url = site.serve("/artikel", "<html><body><p>Hallo</p></body></html>")
    result = fetch(url, local_settings)
    assert result.status == 200
    assert result.body == b"<html><body><p>Hallo</p></body></html>"
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert result.final_url == url
    assert "election-night-bot" in site.requests[0][1]["user-agent"]


def test_a_loopback_address_is_refused_by_default(site: Site) -> None:
    url = site.serve("/artikel", "<p>geheim</p>")
    with pytest.raises(FetchError) as caught:
        fetch(url, FetchSettings())
    assert str(caught.value).startswith(url + ": refused")
    assert "allow_private_addresses" in str(caught.value)
    assert site.requests == []  # nothing was sent


@pytest.mark.parametrize(
    "address",
    ["10.1.2.3", "192.168.0.7", "172.20.0.1", "169.254.169.254", "::1", "fe80::1", "0.0.0.0"],
)
def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch, address: str) -> None:
    resolving(monkeypatch, {"intern.example": address})
    with pytest.raises(FetchError, match=r"refused: intern\.example is on a private"):
        fetch("http://intern.example/seite", FetchSettings())


def test_public_addresses_are_allowed_and_mapped_private_ones_are_not() -> None:
    assert address_allowed("93.184.216.34")
    assert address_allowed("2606:4700::1111")
    assert not address_allowed("::ffff:127.0.0.1")
    assert not address_allowed("100.64.0.1")  # carrier-grade NAT
    assert not address_allowed("224.0.0.1")


def test_the_connection_goes_to_the_address_that_was_checked(
    site: Site, local_settings, monkeypatch
) -> None:
    """The name is resolved once; the request goes to that address with the name as Host."""
    port = site.base.rsplit(":", 1)[1]
    site.serve("/seite", "<p>Hallo</p>")
    lookups = []
    answer = resolving(monkeypatch, {"zeitung.example": "127.0.0.1"})

    def counting(host, *args, **kwargs):
        if host != "127.0.0.1":
            lookups.append(host)
        return answer(host, *args, **kwargs)

    monkeypatch.setattr("socket.getaddrinfo", counting)
    result = fetch(f"http://zeitung.example:{port}/seite", local_settings)
    assert result.body == b"<p>Hallo</p>"
    assert lookups == ["zeitung.example"]
    assert site.requests[0][1]["host"] == f"zeitung.example:{port}"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/datei",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "http://",
        "kein link",
    ],
)
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(url, FetchSettings())
    assert str(caught.value).startswith(url)
    assert "\n" not in str(caught.value)


def test_redirects_are_followed_and_each_hop_is_checked(site: Site, local_settings) -> None:
    site.routes["/alt"] = Route(status=301, headers={"Location": "/neu"})
    site.serve("/neu", "<p>Neu</p>")
    result = fetch(site.url("/alt"), local_settings)
    assert result.final_url == site.url("/neu")
    assert result.body == b"<p>Neu</p>"


def test_a_redirect_to_a_private_address_is_refused(site: Site, monkeypatch) -> None:
    """The test site stands in for a public one; its redirect into a private network is not
    followed."""
    monkeypatch.setattr("bot.web.http.address_allowed", lambda address: address == "127.0.0.1")
    resolving(monkeypatch, {"intern.example": "10.0.0.5"})
    site.routes["/weiter"] = Route(status=302, headers={"Location": "http://intern.example/"})
    assert fetch(site.serve("/ok", "<p>ok</p>"), FetchSettings()).body == b"<p>ok</p>"
    with pytest.raises(FetchError, match=r"refused: intern\.example"):
        fetch(site.url("/weiter"), FetchSettings())
    assert site.asked("/weiter") == 1


def test_a_redirect_loop_and_too_many_redirects_stop(site: Site, local_settings) -> None:
    site.routes["/a"] = Route(status=302, headers={"Location": "/b"})
    site.routes["/b"] = Route(status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="redirects in a loop"):
        fetch(site.url("/a"), local_settings)
    for n in range(10):
        site.routes[f"/r{n}"] = Route(status=302, headers={"Location": f"/r{n + 1}"})
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(site.url("/r0"), replace(local_settings, max_redirects=3))


@pytest.mark.parametrize("status", [404, 410, 500, 503])
def test_an_error_status_names_the_url_and_the_status(site: Site, local_settings, status) -> None:
    site.routes["/x"] = Route(b"<p>Fehler</p>", status=status)
    with pytest.raises(FetchError) as caught:
        fetch(site.url("/x"), local_settings)
    assert str(caught.value) == f"{site.url('/x')}: the server answered HTTP {status}"


def test_a_slow_server_times_out(site: Site, local_settings) -> None:
    site.routes["/langsam"] = Route(b"<p>spaet</p>", delay=2.0)
    with pytest.raises(FetchError, match="timed out"):
        fetch(site.url("/langsam"), replace(local_settings, timeout=0.3))


def test_an_oversized_page_is_refused(site: Site, local_settings) -> None:
    site.serve("/gross", b"<p>" + b"x" * 200_000 + b"</p>")
    with pytest.raises(FetchError, match="too large"):
        fetch(site.url("/gross"), replace(local_settings, max_bytes=50_000))


def test_a_conditional_request_gets_not_modified(site: Site, local_settings) -> None:
    url = site.serve("/feed", "<rss/>", headers={"ETag": '"v1"'})
    first = fetch(url, local_settings)
    assert first.etag == '"v1"' and not first.not_modified
    again = fetch(url, local_settings, etag=first.etag)
    assert again.not_modified and again.body == b""
    assert site.requests[1][1]["if-none-match"] == '"v1"'


def test_the_pacer_lets_one_request_per_host_run_at_a_time() -> None:
    pacer = HostPacer(interval=0.05)
    inside = []
    overlaps = []

    def visit() -> None:
        with pacer.turn("zeitung.example"):
            if inside:
                overlaps.append(True)
            inside.append(1)
            time.sleep(0.01)
            inside.pop()

    threads = [threading.Thread(target=visit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == []
    assert set(pacer._last) == {"zeitung.example"}


def test_a_compressed_answer_is_unpacked_within_the_size_limit(site: Site, local_settings) -> None:
    page = b"<html><body><p>Wahlabend in Hallstedt.</p></body></html>"
    site.serve("/gz", gzip.compress(page), headers={"Content-Encoding": "gzip"})
    assert fetch(site.url("/gz"), local_settings).body == page
    bomb = gzip.compress(b" " * 2_000_000)  # a few kilobytes that unpack to two megabytes
    site.serve("/bombe", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="too large"):
        fetch(site.url("/bombe"), replace(local_settings, max_bytes=100_000))
