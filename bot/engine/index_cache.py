"""The index persisted between runs, so a restart on an unchanged seeds folder skips the build.

The file holds a small header (format, key) and then the frozen `CorpusIndex`. The key covers
what the index is made of: every article (its id, path, metadata and lines, or the content keys
the caller already has for them) and the code that reads and indexes them (a hash of the
sources of `bot/engine` and `bot/corpus`). The config is not in the key: the index does not
depend on it (topics, language and prefix are applied when the engine is made, in no time).

The file is a small header (its length in 8 bytes, then format, key and the files recorded)
and the index, in plain values (`bot.cache_files`): loading it makes an index and nothing else.
A missing, stale, corrupt or foreign file is ignored and rewritten. It is written whole (temp
file + rename), so a crash mid-write leaves the previous file.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from bot.cache_files import BYTE_ORDER, CacheFormatError, decoder, encode, read_private, write_whole
from bot.corpus.model import Article
from bot.engine.affixes import AffixIndex
from bot.engine.choices import Choices
from bot.engine.index import ArticleInfo, CorpusIndex, UnitColumns, WinLines, paused_collector
from bot.engine.people import PeopleDirectory, PersonEntry

log = logging.getLogger(__name__)
INDEX_NAME = "index.msgpack"
FORMAT = 3
_HEADER_LENGTH = 8  # bytes giving the header's length, big-endian
_decode_header = decoder(())
_decode_index = decoder(
    (
        CorpusIndex,
        UnitColumns,
        ArticleInfo,
        PeopleDirectory,
        PersonEntry,
        AffixIndex,
        Choices,
        WinLines,
    )
)
_CODE_FOLDERS = ("engine", "corpus")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code the index depends on: a new version of it rebuilds the index."""
    digest = hashlib.sha256(f"{FORMAT}/{BYTE_ORDER}".encode())
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


def _read(folder: Path) -> tuple[tuple, memoryview] | None:
    """The header (format, key, files) and the encoded index of the file in `folder`; None if
    there is none. CacheFormatError if it is not one the bot wrote."""
    data = read_private(folder / INDEX_NAME)
    if data is None:
        return None
    end = _HEADER_LENGTH + int.from_bytes(data[:_HEADER_LENGTH], "big")
    view = memoryview(data)
    header = _decode_header(view[_HEADER_LENGTH:end])
    if not (isinstance(header, tuple) and len(header) == 3 and isinstance(header[2], dict)):
        raise CacheFormatError("not an index header")
    return header, view[end:]


def load_index(folder: Path, key: str) -> CorpusIndex | None:
    """The persisted index if it was built under `key`; None if missing, stale or corrupt."""
    path = folder / INDEX_NAME
    try:
        stored = _read(folder)
        if stored is None or stored[0][:2] != (FORMAT, key):
            return None
        with paused_collector():
            index = _decode_index(stored[1])
        if not isinstance(index, CorpusIndex):
            raise CacheFormatError("not an index")
    except CacheFormatError as error:  # corrupt or foreign file: rebuild it
        log.warning("%s: unusable index cache (%s); rebuilding it", path, error)
        return None
    return index


def recorded_files(folder: Path) -> Mapping[str, tuple[Hashable, str]]:
    """What the persisted index recorded of the files it was built from: file name →
    (signature, content key). Empty if there is no usable index file."""
    try:
        stored = _read(folder)
    except CacheFormatError:  # corrupt or foreign: nothing recorded
        return {}
    if stored is None or stored[0][0] != FORMAT:
        return {}
    return {
        name: (signature, key)
        for name, entry in stored[0][2].items()
        if isinstance(name, str) and isinstance(entry, tuple) and len(entry) == 2
        for signature, key in (entry,)
        if isinstance(key, str) and (signature is None or isinstance(signature, tuple))
    }


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

    def parts() -> Iterator[bytes]:
        header = encode((FORMAT, key, dict(files or {})))
        yield len(header).to_bytes(_HEADER_LENGTH, "big") + header
        yield encode(index)

    write_whole(folder / INDEX_NAME, parts())
