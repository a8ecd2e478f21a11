"""A small news site on 127.0.0.1 that the tests change as they go, and a guard that nothing else
is reached.

The pages in tests/web/pages/ are invented German news pages (made-up towns, parties and people)
laid out like real ones: header, navigation, cookie notice, article with byline, date and headings,
related links, share buttons, newsletter box, reader comments, footer.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bot.web.settings import FetchSettings

# The same guard as the Discord tests: any connection or lookup not for this machine fails.
from tests.discord_door.conftest import only_localhost  # noqa: F401

PAGES = Path(__file__).parent / "pages"
HTML = "text/html; charset=utf-8"


@dataclass
class Route:
    body: bytes = b""
    content_type: str = HTML
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer (a slow server)


@dataclass
class Site:
    """What the server serves (path → route; change it any time) and what it was asked."""

    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, name: str, **kwargs: Any) -> str:
        """Serve tests/web/pages/`name` at `path`; return its URL."""
        self.routes[path] = Route((PAGES / name).read_bytes(), **kwargs)
        return self.url(path)

    def serve(self, path: str, body: str | bytes, **kwargs: Any) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(data, **kwargs)
        return self.url(path)

    def asked(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = site.routes.get(self.path)
            if route is None:
                route = Route(b"<html><body>Seite nicht gefunden</body></html>", status=404)
            if route.delay:
                time.sleep(route.delay)
            etag = route.headers.get("ETag")
            if etag is not None and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            # The client may stop reading (over its size limit).
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    instance = Site(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(instance)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield instance
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def local_settings() -> FetchSettings:
    """Fetch settings for the test site: 127.0.0.1 allowed, no pause between requests."""
    return FetchSettings(timeout=5.0, allow_private_addresses=True, min_interval_per_host=0.0)


def resolving(monkeypatch: pytest.MonkeyPatch, answers: dict[str, str]) -> Callable[..., Any]:
    """Make host names resolve to the given addresses (nothing is looked up; an address given
    as such stands for itself, as connecting to it asks for it too)."""

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        address = answers.get(host, host)
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return getaddrinfo
