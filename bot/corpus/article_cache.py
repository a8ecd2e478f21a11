"""A persisted cache of extracted articles, keyed by the files' content hashes.

Extraction is the slow part of a start; with an unchanged seeds folder a restart loads every
article from here instead. The key covers the article's bytes, its sidecar's bytes and the
extraction code itself, so a changed file or a new version of the bot rebuilds what it must.
A missing, stale or corrupt cache is ignored and rewritten. The file is the bot's own (written
only by it, into its cache folder), which is what makes pickle acceptable here.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from bot.corpus.model import Article

log = logging.getLogger(__name__)
CACHE_NAME = "articles.pickle"
FORMAT = 1


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
        if folder is None:
            return cls(None)
        path = folder / CACHE_NAME
        try:
            with path.open("rb") as handle:
                version, articles = pickle.load(handle)
        except FileNotFoundError:
            return cls(path)
        except Exception as error:  # corrupt or foreign file: rebuild it
            log.warning(
                "%s: unusable article cache (%s); rebuilding it", path, type(error).__name__
            )
            return cls(path, dirty=True)
        if version != extractor_version() or not isinstance(articles, dict):
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

        Writing happens whole: a crash mid-write leaves the old cache, never half of one.
        """
        stale = self.articles.keys() - keep
        if self.path is None or not (self.dirty or stale):
            return
        for key in stale:
            del self.articles[key]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".articles-")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((extractor_version(), self.articles), handle, pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError as error:
            log.warning("%s: could not write the article cache (%s)", self.path, error)
