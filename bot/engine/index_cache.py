"""The index persisted between runs, so a restart on an unchanged seeds folder skips the build.

The file holds a small header (format, key) and then the frozen `CorpusIndex`. The key covers
what the index is made of: every article (its id, path, metadata and lines, or the content keys
the caller already has for them) and the code that reads and indexes them (a hash of the
sources of `bot/engine` and `bot/corpus`). The config is not in the key: the index does not
depend on it (topics, language and prefix are applied when the engine is made, in no time).

A missing, stale or corrupt file is ignored and rewritten. It is written whole (temp file +
rename), so a crash mid-write leaves the previous file. Like the article cache, the file is the
bot's own (written only by it, into its cache folder), which is what makes pickle acceptable.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Hashable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from bot.corpus.model import Article
from bot.engine.index import CorpusIndex, paused_collector

log = logging.getLogger(__name__)
INDEX_NAME = "index.pickle"
FORMAT = 2
_CODE_FOLDERS = ("engine", "corpus")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code the index depends on: a new version of it rebuilds the index."""
    digest = hashlib.sha256(str(FORMAT).encode())
    root = Path(__file__).resolve().parent.parent
    for folder in _CODE_FOLDERS:
        for source in sorted((root / folder).glob("*.py")):
            digest.update(f"{folder}/{source.name}".encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _article_digest(article: Article) -> bytes:
    """What an article contributes to the key when the caller has no content key for it."""
    parts = [
        article.id,
        article.path,
        repr((article.title, article.publisher, article.authors, article.published, article.url)),
        *(f"{b.line}\t{b.kind}\t{b.text}" for b in article.blocks),
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).digest()


def index_key(articles: Sequence[Article], content_keys: Sequence[str] | None = None) -> str:
    """The key of the index over `articles`, in that order.

    `content_keys`, one per article in the same order (e.g. `article_cache.content_key` of its
    file and sidecar), saves reading the articles' text; the ids and paths are always included
    (a file renamed keeps its content key but changes its id).
    """
    if content_keys is not None and len(content_keys) != len(articles):
        raise ValueError("one content key per article")
    return _key(
        (a.id, a.path, content_keys[i].encode() if content_keys else _article_digest(a))
        for i, a in enumerate(articles)
    )


def files_key(files: Sequence[tuple[Path, str]]) -> str:
    """The key of the index over these (file, content key) pairs, in that order, without their
    articles: the same as `index_key` over the articles read from them, with those keys."""
    return _key((path.stem, str(path), key.encode()) for path, key in files)


def _key(parts: Iterable[tuple[str, str, bytes]]) -> str:
    """(article id, path, content digest) per article, in corpus order → the key."""
    digests = [
        f"\0{article_id}\0{path}\0".encode("utf-8", "surrogatepass") + content
        for article_id, path, content in parts
    ]
    digest = hashlib.sha256(f"{FORMAT}\0{code_version()}\0{len(digests)}".encode())
    for part in digests:
        digest.update(part)
    return digest.hexdigest()


def load_index(folder: Path, key: str) -> CorpusIndex | None:
    """The persisted index if it was built under `key`; None if missing, stale or corrupt."""
    path = folder / INDEX_NAME
    try:
        with path.open("rb") as handle:
            header = pickle.load(handle)
            if not isinstance(header, tuple) or header[:2] != (FORMAT, key):
                return None
            with paused_collector():
                index = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as error:  # corrupt or foreign file: rebuild it
        log.warning("%s: unusable index cache (%s); rebuilding it", path, type(error).__name__)
        return None
    if not isinstance(index, CorpusIndex):
        log.warning("%s: unusable index cache (not an index); rebuilding it", path)
        return None
    return index


def recorded_files(folder: Path) -> Mapping[str, tuple[Hashable, str]]:
    """What the persisted index recorded of the files it was built from: file name →
    (signature, content key). Empty if there is no usable index file."""
    try:
        with (folder / INDEX_NAME).open("rb") as handle:
            header = pickle.load(handle)
    except Exception:  # missing, corrupt or foreign: nothing recorded
        return {}
    if not isinstance(header, tuple) or len(header) != 3 or header[0] != FORMAT:
        return {}
    return header[2] if isinstance(header[2], dict) else {}


def save_index(
    folder: Path,
    key: str,
    index: CorpusIndex,
    files: Mapping[str, tuple[Hashable, str]] | None = None,
) -> None:
    """Write the index under `key`, atomically; a failure is logged, never raised.

    `files`: file name → (signature, content key) of the files it was built from, so that a
    restart need not read and hash a file whose signature has not changed (`recorded_files`).
    """
    path = folder / INDEX_NAME
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".index-")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump((FORMAT, key, dict(files or {})), handle, pickle.HIGHEST_PROTOCOL)
            pickle.dump(index, handle, pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except (OSError, pickle.PicklingError, RecursionError) as error:
        log.warning("%s: could not write the index cache (%s)", path, error)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
