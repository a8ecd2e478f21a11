"""A persisted cache of extracted articles, keyed by the files' content hashes.

Extraction is the slow part of a start; with an unchanged seeds folder a restart loads every
article from here instead. The key covers the article's bytes, its sidecar's bytes and the
extraction code itself, so a changed file or a new version of the bot rebuilds what it must.
A missing, stale, corrupt or foreign cache is ignored and rewritten. The file holds plain
values (`bot.cache_files`): loading it makes articles and nothing else.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from bot.cache_files import BYTE_ORDER, CacheFormatError, decoder, encode, read_private, write_whole
from bot.corpus.model import Article, Block, Fact, Person, Quote

log = logging.getLogger(__name__)
CACHE_NAME = "articles.msgpack"
FORMAT = 2
_decode = decoder((Article, Block, Person, Quote, Fact))


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the corpus code: a new extraction invalidates every cached article."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def content_key(data: bytes, sidecar: bytes | None) -> str:
    digest = hashlib.sha256(data)
    digest.update(b"\0sidecar\0" + (sidecar if sidecar is not None else b"-"))
    return digest.hexdigest()


@dataclass
class ArticleCache:
    """Extracted articles by content key; `save` writes it back only if something was added."""

    path: Path | None
    articles: dict[str, Article] = field(default_factory=dict)
    dirty: bool = False

    @classmethod
    def open(cls, folder: Path | None) -> ArticleCache:
        """The cache in `folder` (None: no cache); see `bot.cache_files.refusal` for folders
        that must not be used."""
        if folder is None:
            return cls(None)
        path = folder / CACHE_NAME
        try:
            data = read_private(path)
            if data is None:
                return cls(path)
            stored = _decode(data)
            if not (isinstance(stored, tuple) and len(stored) == 2):
                raise CacheFormatError("not an article cache")
            version, articles = stored
            if not isinstance(articles, dict) or not all(
                isinstance(a, Article) for a in articles.values()
            ):
                raise CacheFormatError("not an article cache")
        except CacheFormatError as error:  # corrupt or foreign file: rebuild it
            log.warning("%s: unusable article cache (%s); rebuilding it", path, error)
            return cls(path, dirty=True)
        if version != _version():
            return cls(path, dirty=True)
        return cls(path, articles)

    def get(self, key: str, path: Path) -> Article | None:
        article = self.articles.get(key)
        if article is None:
            return None
        # The same text may have been copied under another name.
        return replace(article, id=path.stem, path=str(path))

    def put(self, key: str, article: Article) -> None:
        if self.path is not None:
            self.articles[key] = article
            self.dirty = True

    def save(self, keep: set[str]) -> None:
        """Write the articles still in use, atomically (temp file + rename), if anything changed.

        Writing happens whole: a crash mid-write leaves the old cache, never half of one, and a
        failed write (disk full) leaves no temp file behind.
        """
        stale = self.articles.keys() - keep
        if self.path is None or not (self.dirty or stale):
            return
        for key in stale:
            del self.articles[key]
        if write_whole(self.path, self._encoded()):
            self.dirty = False

    def _encoded(self) -> Iterator[bytes]:
        """The file's bytes, made while writing (a failure then leaves no temp file either)."""
        yield encode((_version(), self.articles))


def _version() -> str:
    """What a cache must have been written by: this extraction code, this byte order."""
    return f"{FORMAT}/{extractor_version()}/{BYTE_ORDER}"
