"""Fetch one web page or feed safely: the only module of the bot that opens a network connection.

Why not a plain `urllib.request.urlopen`: a link posted in a chat or listed in a feed is
untrusted. So only http and https are fetched; the host name is resolved once, every address is
checked (private, loopback, link-local and other non-global addresses are refused unless the
config allows them) and the connection goes to that checked address, so a second DNS answer
cannot swap in another one between check and connect; every redirect is a new, checked hop, and
there are only a few of them; the body is cut off while it streams in at the size limit; the
whole fetch has a deadline. The standard library's `http.client` does all of this with a small
override of where it connects, so no HTTP library is needed.

`HostPacer` keeps to one request at a time per host with a short pause between them; one pacer
is shared by everything that fetches in one process (the feed poller, `!add`).
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from bot.web.settings import FetchSettings

CHUNK = 64 * 1024
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchResult:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    body: bytes
    content_type: str  # the media type only, lower case ("text/html"); "" if the server gave none
    etag: str | None
    last_modified: str | None
    not_modified: bool  # 304 to a conditional request: `body` is empty, keep what you have
    charset: str | None = None  # from the Content-Type header, if given


class FetchError(Exception):
    """A fetch that failed; `str()` is one line naming the URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass
class HostPacer:
    """One request at a time per host, and at least `interval` seconds between two of them."""

    interval: float = 1.0
    _locks: dict[str, threading.Lock] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _guard: threading.Lock = field(default_factory=threading.Lock)

    @contextlib.contextmanager
    def turn(self, host: str) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            wait = self._last.get(host, -float("inf")) + self.interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                self._last[host] = time.monotonic()


def address_allowed(address: str) -> bool:
    """Whether an IP address is on the public internet (IPv4 inside IPv6 judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _resolve(url: str, host: str, port: int, settings: FetchSettings, deadline: float) -> str:
    """The address to connect to: resolved once, every address checked."""
    _remaining(url, deadline)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(url, f"the host name {host!r} cannot be resolved") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(url, f"the host name {host!r} cannot be resolved")
    if not settings.allow_private_addresses:
        refused = [a for a in addresses if not address_allowed(a)]
        if refused:
            raise FetchError(
                url,
                f"refused: {host} is on a private, local or reserved network ({refused[0]}); "
                "set fetch.allow_private_addresses to allow it",
            )
    return addresses[0]


def _remaining(url: str, deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(url, "timed out")
    return left


class _PinnedHTTP(http.client.HTTPConnection):
    """Speaks to `host` (Host header) over a connection to the already checked `address`."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """As `_PinnedHTTP`, with TLS checked against the host name, not the address."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


def _split(url: str) -> tuple[str, str, int, str]:
    """scheme, host, port and the request target of an http(s) URL; FetchError otherwise."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise FetchError(url, "not a valid web address") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, "only http and https addresses can be fetched")
    if not parts.hostname:
        raise FetchError(url, "the address has no host name")
    if parts.username or parts.password:
        raise FetchError(url, "addresses with a user name or password are not fetched")
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80), target


def fetch(
    url: str,
    settings: FetchSettings,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    pacer: HostPacer | None = None,
) -> FetchResult:
    """GET `url` as `settings` allow, following a few redirects; raises FetchError.

    `etag` / `last_modified` (from an earlier result) make the request conditional; a 304 comes
    back as `not_modified`. With a `pacer`, each hop waits for its host's turn.
    """
    deadline = time.monotonic() + settings.timeout
    current = url.strip()
    seen: set[str] = set()
    for _ in range(settings.max_redirects + 1):
        seen.add(current)
        scheme, host, port, target = _split(current)
        turn = pacer.turn(host.lower()) if pacer is not None else contextlib.nullcontext()
        with turn:
            status, headers, body = _one_request(
                url, scheme, host, port, target, settings, deadline, etag, last_modified
            )
        if status in REDIRECTS:
            location = headers.get("location")
            if not location:
                raise FetchError(url, f"HTTP {status} redirect without a target")
            current = urljoin(current, location.strip())
            if current in seen:
                raise FetchError(url, "redirects in a loop")
            continue
        if status == 304 and (etag or last_modified):
            return _result(url, current, status, b"", headers, not_modified=True)
        if not 200 <= status < 300:
            raise FetchError(url, f"the server answered HTTP {status}")
        return _result(url, current, status, body, headers, not_modified=False)
    raise FetchError(url, f"more than {settings.max_redirects} redirects")


def _result(
    url: str, final: str, status: int, body: bytes, headers: dict[str, str], *, not_modified: bool
) -> FetchResult:
    media, _, params = headers.get("content-type", "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ").lower()
    return FetchResult(
        url=url,
        final_url=final,
        status=status,
        body=body,
        content_type=media.strip().lower(),
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        not_modified=not_modified,
        charset=charset,
    )


def _one_request(
    url: str,
    scheme: str,
    host: str,
    port: int,
    target: str,
    settings: FetchSettings,
    deadline: float,
    etag: str | None,
    last_modified: str | None,
) -> tuple[int, dict[str, str], bytes]:
    """One GET to a checked address: status, headers (lower-case names) and the body (not read
    for redirects and 304)."""
    address = _resolve(url, host, port, settings, deadline)
    kind = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    connection = kind(host, port, address, timeout=_remaining(url, deadline))
    headers = {
        "User-Agent": settings.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        "application/xml;q=0.9,*/*;q=0.5",
        "Accept-Language": "de,en;q=0.5",
        "Accept-Encoding": "identity",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        connection.request("GET", target, headers=headers)
        # Closed explicitly: a response to a closing connection holds the socket open.
        with connection.getresponse() as response:
            got = {name.lower(): value for name, value in response.getheaders()}
            if not 200 <= response.status < 300:  # an error, a redirect or 304: no body wanted
                return response.status, got, b""
            body = _read_body(url, response, settings, deadline)
            return response.status, got, _decoded(url, body, got, settings)
    except TimeoutError:
        raise FetchError(url, "timed out") from None
    except ssl.SSLError as error:
        raise FetchError(url, f"secure connection failed ({error.reason or error})") from None
    except (OSError, http.client.HTTPException) as error:
        reason = getattr(error, "strerror", None) or error.__class__.__name__
        raise FetchError(url, f"connection failed ({reason})") from None
    finally:
        connection.close()


def _decoded(url: str, body: bytes, headers: dict[str, str], settings: FetchSettings) -> bytes:
    """The body as sent, unpacked if the server compressed it although asked not to; the size
    limit holds for the unpacked bytes too (no decompression bomb)."""
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(url, f"unsupported content encoding {encoding!r}")
    unpacker = zlib.decompressobj(wbits=zlib.MAX_WBITS | 32)  # gzip or zlib, from the header
    try:
        data = unpacker.decompress(body, settings.max_bytes + 1)
    except zlib.error:
        raise FetchError(url, "the compressed body is broken") from None
    if len(data) > settings.max_bytes:
        raise FetchError(url, f"too large (over the limit of {settings.max_bytes} bytes)")
    return data


def _read_body(
    url: str, response: http.client.HTTPResponse, settings: FetchSettings, deadline: float
) -> bytes:
    declared = response.getheader("content-length")
    if declared and declared.isdigit() and int(declared) > settings.max_bytes:
        raise FetchError(
            url, f"too large ({int(declared)} bytes; the limit is {settings.max_bytes})"
        )
    chunks: list[bytes] = []
    size = 0
    while True:
        _remaining(url, deadline)
        chunk = response.read1(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > settings.max_bytes:
            raise FetchError(url, f"too large (over the limit of {settings.max_bytes} bytes)")
        chunks.append(chunk)
