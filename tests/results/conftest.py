"""A fictional town's count as the portals publish it, and a small portal on 127.0.0.1 serving it.

Lindenau elects its mayor; three candidates, districts reporting one by one. The CSV is written
here from the numbers below, so every test can sum the same numbers itself and compare.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.results.settings import Candidate, ResultsSource

HEADER = (
    "datum;wahl;ags;gebiet-nr;gebiet-name;max-schnellmeldungen;anz-schnellmeldungen;"
    "A1;A2;A3;A;B;B1;C;D"
)
CANDIDATES = (
    Candidate(1, "Hanna Vogt", "SPD"),
    Candidate(2, "Jonas Brandt", "CDU"),
    Candidate(3, "Mira Keller", "GRÜNE"),
)


@dataclass(frozen=True)
class District:
    """One polling district's numbers (the votes in candidate order)."""

    name: str
    eligible: int
    voters: int
    postal: int
    invalid: int
    votes: tuple[int, ...]

    @property
    def valid(self) -> int:
        return sum(self.votes)


DISTRICTS = (
    District("Stimmbezirk 001 Altstadt", 1200, 640, 210, 7, (301, 255, 77)),
    District("Stimmbezirk 002 Mühlbach", 980, 505, 160, 4, (198, 240, 63)),
    District("Stimmbezirk 003 Am Hang", 1105, 610, 190, 9, (320, 199, 82)),
    District("Briefwahl 901", 0, 830, 830, 11, (401, 310, 108)),
)


def district_row(number: int, district: District | None, name: str, candidates: int) -> str:
    """One district's line; `None`: not reported yet (its cells empty)."""
    head = f"21.09.2025;Bürgermeisterwahl;09999123;{number:03d};{name};1"
    if district is None:
        return head + ";0" + ";" * (8 + candidates)
    d = district
    numbers = [d.eligible, 0, 0, d.eligible, d.voters, d.postal, d.invalid, d.valid, *d.votes]
    return head + ";1;" + ";".join(str(n) for n in numbers)


def portal_csv(
    reported: int, districts: Sequence[District] = DISTRICTS, *, bom: bool = False
) -> bytes:
    """The district file with the first `reported` districts in."""
    candidates = len(districts[0].votes)
    header = HEADER + "".join(f";D{k}" for k in range(1, candidates + 1))
    rows = [
        district_row(i, d if i <= reported else None, d.name, candidates)
        for i, d in enumerate(districts, start=1)
    ]
    text = "\n".join([header, *rows]) + "\n"
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def lindenau(**changes: object) -> ResultsSource:
    """The config entry for Lindenau (a local file unless `url` is given)."""
    values: dict[str, object] = {
        "name": "Bürgermeisterwahl Lindenau",
        "place": "Lindenau",
        "url": None,
        "path": None,
        "interval": 60.0,
        "candidates": CANDIDATES,
    }
    values.update(changes)
    return ResultsSource(**values)  # type: ignore[arg-type]


@dataclass
class Portal:
    """An election portal on 127.0.0.1: serves `files`, answers conditional requests with 304."""

    port: int = 0
    files: dict[str, bytes] = field(default_factory=dict)
    requests: list[dict[str, str]] = field(default_factory=list)  # headers of each request

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def publish(self, name: str, data: bytes) -> None:
        self.files[name] = data


def _handler(portal: Portal) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            portal.requests.append(dict(self.headers))
            data = portal.files.get(self.path.lstrip("/"))
            if data is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/csv; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", formatdate(1758484800, usegmt=True))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:  # quiet
            pass

    return Handler


@pytest.fixture
def portal() -> Iterator[Portal]:
    found = Portal()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(found))
    found.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield found
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
