"""Read one election's CSV from where the config says: a local file (`path:`) or the portal
(`url:`, fetched with the same care as articles: `bot.web.http`), asking only for what changed
since the last reading (file signature; ETag and Last-Modified)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot.results.settings import ResultsSource
from bot.web.settings import FetchSettings

MAX_CSV_BYTES = 5_000_000  # a city's district file is some 100 kB; more is no results file


class SourceError(Exception):
    """The source could not be read; the message is one line."""


@dataclass(frozen=True)
class Reading:
    data: bytes | None  # None: unchanged since the last reading
    published: datetime | None = None  # when the source says it was last changed


class SourceReader:
    """Reads one source; remembers its file signature or HTTP validators between readings."""

    def __init__(self, source: ResultsSource, fetch_settings: FetchSettings) -> None:
        self.source = source
        self.fetch_settings = fetch_settings
        self._signature: tuple[int, int] | None = None
        self._etag: str | None = None
        self._last_modified: str | None = None

    def forget(self) -> None:
        """After a failed reading: read the next one whole, so that it is checked (and a
        problem it clears is cleared) even if the source is back as it was before."""
        self._signature = self._etag = self._last_modified = None

    def read(self) -> Reading:
        """The source's bytes if they changed since the last reading; raises SourceError."""
        if self.source.path is not None:
            return self._read_file()
        return self._read_url()

    def _read_url(self) -> Reading:
        # Imported here: a bot whose results come from a file never loads HTTP and TLS.
        from bot.web.http import FetchError, fetch

        url = self.source.url
        assert url is not None
        settings = self.fetch_settings
        try:
            result = fetch(url, settings, etag=self._etag, last_modified=self._last_modified)
        except FetchError as error:
            raise SourceError(str(error)) from None
        if result.not_modified:
            return Reading(None)
        self._etag, self._last_modified = result.etag, result.last_modified
        return Reading(result.body, _http_date(result.last_modified))

    def _read_file(self) -> Reading:
        path = self.source.path
        assert path is not None
        try:
            stat = path.stat()
            signature = (stat.st_mtime_ns, stat.st_size)
            if signature == self._signature:
                return Reading(None)
            if stat.st_size > MAX_CSV_BYTES:
                raise SourceError(f"{path.name}: larger than {MAX_CSV_BYTES:,} bytes")
            data = path.read_bytes()
            after = path.stat()
        except FileNotFoundError:
            raise SourceError(f"{path.name}: no such file") from None
        except OSError as error:
            raise SourceError(f"{path.name}: cannot be read ({type(error).__name__})") from None
        if (after.st_mtime_ns, after.st_size) != signature or len(data) != stat.st_size:
            # Being written right now (an export in progress): a half file would be reported
            # as broken; the next poll reads it whole.
            return Reading(None)
        self._signature = signature
        return Reading(data, datetime.fromtimestamp(stat.st_mtime, UTC))


def _http_date(value: str | None) -> datetime | None:
    """A Last-Modified header as a time; None if absent or unreadable."""
    if not value:
        return None
    from email.utils import parsedate_to_datetime  # (only a fetched source has the header)

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
