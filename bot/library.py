"""The articles the bot serves, kept current while it runs.

`Library` owns the one `Engine` every door asks. A refresh re-reads only the files that changed,
keeps serving the last good version of a file that has become unreadable, builds the new engine
completely and only then swaps the reference: a command sees the old index or the new one, never
half of one. Refreshes run in a worker thread (the watcher's or the caller's executor), so an
event loop never stalls while the index is built.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.cache_files import refusal
from bot.config import Config, ConfigError, load_config
from bot.corpus.article_cache import ArticleCache, content_key
from bot.corpus.extract_many import Extracted, extract_file, extract_files
from bot.corpus.loading import ArticleError, article_names, read_article_files, sidecar_path
from bot.corpus.model import Article
from bot.engine.engine import Engine
from bot.engine.index import CorpusIndex, build_index
from bot.engine.index_cache import files_key, load_index, recorded_files, save_index
from bot.engine.strings import say
from bot.results.store import ResultsStore

log = logging.getLogger(__name__)

# Device, inode, size, mtime_ns and ctime_ns of the text and of its sidecar (see `_signature`).
Signature = tuple[int, int, int, int, int, int, int, int, int, int]
# How long after its last change a file's signature is trusted to show the next change: file
# systems stamp times from a coarse clock (a few milliseconds; FAT two seconds), so a second
# write in the same tick as the first keeps the stamps. Until then the file is hashed again.
SETTLE_NS = 2_000_000_000


@dataclass(frozen=True)
class Refresh:
    """What one refresh did: whether the engine changed, and what could not be used.

    Problems and warnings are returned, not logged: each door reports them its own way.
    """

    changed: bool
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def summary(self, language: str = "en") -> str:
        """What changed, in a few words: "new: a.txt; removed: b.txt"."""
        parts = [
            say(language, key, files=", ".join(names))
            for key, names in (
                ("refresh_added", self.added),
                ("refresh_updated", self.updated),
                ("refresh_removed", self.removed),
            )
            if names
        ]
        return "; ".join(parts) or say(language, "refresh_nothing")


@dataclass
class _Entry:
    """One seeds file as last seen: its signature, and what of it is served."""

    signature: Signature
    key: str | None  # content key of the version served; None: the file never loaded
    # That version, extracted; None while it is only in the persisted caches (a restart that
    # finds its index does not load the articles it was built from until a rebuild needs them).
    article: Article | None = None
    settled: bool = True  # whether the signature can be trusted to show a change (`_settled`)


def _article_files(folder: Path) -> list[Path]:
    """The folder's article entries (see `article_names`; not folders), in corpus order: by
    name. Links and other non-regular entries are listed: reading them refuses them with one
    line (`read_regular_file`). One directory read, no stat per file (a restart over 10,000
    files counts its time in these)."""
    with os.scandir(folder) as listing:
        names = article_names(e.name for e in listing if not e.is_dir(follow_symlinks=False))
    return [folder / name for name in names]


def _in_order(entries: dict[Path, _Entry]) -> list[tuple[Path, _Entry]]:
    """The entries in corpus order (all files stand in one folder: by name)."""
    return sorted(entries.items(), key=lambda item: item[0].name)


def _signature(path: Path) -> Signature:
    """What tells whether a file may have changed, of the text and of its sidecar: device,
    inode, size, modification and status-change time (not following links).

    The status-change time (ctime) is the clock no program can set: a rewrite that keeps the
    size and restores the modification time (`cp -p`, `rsync -a`, `touch -d`) still moves it,
    and a file replaced by another gets a new inode. So a file whose signature is unchanged
    has unchanged content, except for a change within the file system's timestamp granularity
    of the previous one: such a file is not yet settled (`_settled`) and is hashed again.
    """
    text = os.lstat(path)
    try:
        meta = os.lstat(sidecar_path(path))
        meta_sig = (meta.st_dev, meta.st_ino, meta.st_size, meta.st_mtime_ns, meta.st_ctime_ns)
    except FileNotFoundError:
        meta_sig = (0, 0, -1, 0, 0)
    return (text.st_dev, text.st_ino, text.st_size, text.st_mtime_ns, text.st_ctime_ns, *meta_sig)


def _settled(signature: Signature, now_ns: int) -> bool:
    """Whether the last change of the file and its sidecar lies `SETTLE_NS` in the past: a
    later change then moves their status-change time, even on a coarse file-system clock."""
    return now_ns - max(signature[4], signature[9]) >= SETTLE_NS


@dataclass
class Library:
    """The current config and engine, and the articles they were built from."""

    config: Config
    config_path: Path | None = None
    _entries: dict[Path, _Entry] = field(default_factory=dict)
    _engine: Engine | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _folder_found: bool = True  # whether the seeds folder existed at the last refresh
    # The official counts: outlive every engine (a poller fills them in; see bot/results).
    results: ResultsStore = field(default_factory=ResultsStore)

    @classmethod
    def open(cls, config: Config, config_path: Path | None = None) -> tuple[Library, Refresh]:
        """Load the seeds folder once (from the persisted cache where files are unchanged)."""
        library = cls(config, config_path)
        return library, library.refresh(force=True)

    @property
    def engine(self) -> Engine:
        assert self._engine is not None, "Library.open() builds the first engine"
        return self._engine

    def articles(self) -> tuple[Article, ...]:
        """The articles served, in corpus order (loaded from the article cache if need be)."""
        with self._lock:
            cache_dir = _cache_dir(self.config, None)
            cache = _load_missing(self.config, cache_dir, self._entries, {}, [], [])
            cache.save(keep={e.key for e in self._entries.values() if e.key is not None})
            return tuple(e.article for _, e in _in_order(self._entries) if e.article)

    def refresh(self, force: bool = False) -> Refresh:
        """Re-read what changed in the seeds folder; swap in a new engine if anything did."""
        with self._lock:
            return self._refresh(self.config, force)

    def reload(self) -> Refresh:
        """Re-read the config file (keeping the old one if it is broken) and the articles."""
        with self._lock:
            problems: list[str] = []
            config = self.config
            if self.config_path is not None:
                try:
                    config = load_config(self.config_path)
                except ConfigError as error:
                    problems.append(f"config error: {error} (keeping the previous config)")
            result = self._refresh(config, force=config != self.config)
            return replace(result, problems=(*problems, *result.problems))

    def _refresh(self, config: Config, force: bool) -> Refresh:
        """Read what changed under `config`; commit config, articles and engine together.

        Changed files are read and hashed first. If the persisted index was built from exactly
        these contents, it is loaded and no article is extracted or even loaded; otherwise the
        changed articles are extracted (or taken from the article cache) and the index rebuilt.
        If anything raises before the end, the library is left exactly as it was.
        """
        problems: list[str] = []
        warnings: list[str] = []
        files = self._list_files(config.seeds, problems)
        # Said at the start and on a reload; otherwise only logged.
        cache_dir = _cache_dir(config, problems if force or self._engine is None else None)
        known = self._entries if config.seeds == self.config.seeds else {}
        present = set(files)
        removed = [p.name for p in known if p not in present]
        entries = {p: e for p, e in known.items() if p in present}
        # On the first refresh, the files the persisted index was built from need not be read
        # again where their signature is the one recorded (as a running bot trusts it too).
        recorded: Mapping[str, tuple[Hashable, str]] = {}
        if self._engine is None and cache_dir is not None:
            recorded = recorded_files(cache_dir)
        fresh = _scan(files, entries, recorded, config, problems)
        changed = bool(fresh or removed) or force or self._engine is None
        index = None
        if changed and not (fresh or removed) and self._engine and known is self._entries:
            index = self._engine.index  # only the config changed: the same articles
        elif changed:
            index = _persisted_index(cache_dir, entries)
            if index is None:  # extract what changed (or take it from the cache), then build
                cache = _load_missing(config, cache_dir, entries, fresh, problems, warnings)
                # A file that turned out unusable keeps its previous version: nothing to build.
                changed = bool(fresh or removed) or force or self._engine is None
                if changed:
                    index = build_index(_served(entries))
                    if cache_dir is not None:
                        save_index(cache_dir, _index_key(entries), index, _files(entries))
                cache.save(keep={e.key for e in entries.values() if e.key is not None})
        added: list[str] = []
        updated: list[str] = []
        for path, old in fresh.items():  # those that could be used
            if entries[path].key is not None:
                (updated if old is not None and old.key is not None else added).append(path.name)
        if index is not None:
            self.results.configure(config.results)
            self._engine = Engine.from_index(index, config, results=self.results)
            _settle_garbage_collector()
        self._entries = entries
        self.config = config
        return Refresh(
            changed, tuple(added), tuple(updated), tuple(removed), tuple(problems), tuple(warnings)
        )

    def _list_files(self, folder: Path, problems: list[str]) -> list[Path]:
        """The folder's article files; a missing folder is a problem, said once, not per poll."""
        if not folder.is_dir():
            if self._folder_found:
                problems.append(f"{folder}: the seeds folder does not exist")
            self._folder_found = False
            return []
        self._folder_found = True
        return _article_files(folder)

    def watch(self, on_refresh: Callable[[Refresh], None] | None = None) -> Watcher:
        """Poll the seeds folder every `reload_interval` seconds in a background thread."""
        watcher = Watcher(self, on_refresh)
        if self.config.reload_interval > 0:
            watcher.start()
        return watcher


def _scan(
    files: list[Path],
    entries: dict[Path, _Entry],
    recorded: Mapping[str, tuple[Hashable, str]],
    config: Config,
    problems: list[str],
) -> dict[Path, _Entry | None]:
    """Update `entries` for the files whose signature changed or that were not settled yet: a
    file is hashed (unless the persisted index `recorded` this very signature); one whose
    content changed is returned as read anew (path → the entry it had before), one merely
    touched keeps its article."""
    fresh: dict[Path, _Entry | None] = {}
    for path in files:
        now = time.time_ns()
        try:
            signature = _signature(path)
        except OSError:
            continue  # removed between listing and stat: next refresh sees it gone
        old = entries.get(path)
        if old is not None and old.signature == signature and old.settled:
            continue
        settled = _settled(signature, now)
        signed, key = recorded.get(path.name, (None, ""))
        try:
            if signed is None or tuple(signed) != signature:  # type: ignore[arg-type]
                key = content_key(*read_article_files(path, config.max_article_bytes))
        except ArticleError as error:
            if old is not None and old.signature == signature:  # the same file: said once
                entries[path] = replace(old, settled=settled)
                continue
            new = _Entry(signature, None, settled=settled)
            entries[path] = _unusable(old, new, error, problems)
            continue
        if old is not None and old.key == key:  # touched, not changed
            entries[path] = _Entry(signature, key, old.article, settled)
            continue
        entries[path] = _Entry(signature, key, settled=settled)
        fresh[path] = old
    return fresh


def _cache_dir(config: Config, problems: list[str] | None) -> Path | None:
    """The cache folder, if it may be used (`cache_files.refusal`); why not goes to the log
    and to `problems` (None: it was said before)."""
    if config.cache_dir is None:
        return None
    why = refusal(config.cache_dir, config.seeds)
    if why is None:
        return config.cache_dir
    if problems is not None:
        log.warning("%s", why)
        problems.append(why)
    return None


def _load_missing(
    config: Config,
    cache_dir: Path | None,
    entries: dict[Path, _Entry],
    fresh: dict[Path, _Entry | None],
    problems: list[str],
    warnings: list[str],
) -> ArticleCache:
    """Give every served entry its article, from the article cache or its file (the files
    extracted all at once, on every core). A file that cannot be used falls back to the
    version it had before, if any (`fresh`)."""
    cache = ArticleCache.open(cache_dir)
    missing = [
        path
        for path, e in _in_order(entries)
        if e.key is not None and e.article is None and e.key not in cache.articles
    ]
    done = dict(zip(missing, extract_files(missing, config.max_article_bytes), strict=True))
    for path, _ in _in_order(entries):
        entry = entries[path]
        while entry.key is not None and entry.article is None:
            try:
                key, article = _extracted(path, entry.key, config, cache, warnings, done)
                # A file changed since it was hashed: check its signature again at the next poll.
                settled = entry.settled and key == entry.key
                entry = entries[path] = replace(entry, key=key, article=article, settled=settled)
            except ArticleError as error:
                entry = entries[path] = _unusable(fresh.pop(path, None), entry, error, problems)
    return cache


def _unusable(old: _Entry | None, new: _Entry, error: ArticleError, problems: list[str]) -> _Entry:
    """The entry of a file that cannot be used (any more): its previous version if it had one."""
    if old is not None and old.key is not None:
        problems.append(f"{error} (still serving the previous version)")
        return replace(new, key=old.key, article=old.article)
    problems.append(f"{error} (skipped)")
    return replace(new, key=None, article=None)


def _extracted(
    path: Path,
    key: str,
    config: Config,
    cache: ArticleCache,
    warnings: list[str],
    done: dict[Path, Extracted | ArticleError],
) -> tuple[str, Article]:
    """The article of `path` with content `key`, from the cache; else the file as it is now
    (as extracted in `done`, or read and extracted here), with its content key (the file may
    have changed since it was hashed)."""
    article = cache.get(key, path)
    if article is not None:
        return key, article
    result = done.pop(path, None) or extract_file(path, config.max_article_bytes)
    if isinstance(result, ArticleError):
        raise result
    cache.put(result.key, result.article)
    warnings.extend(result.warnings)
    return result.key, result.article


def _served(entries: dict[Path, _Entry]) -> list[Article]:
    return [e.article for _, e in _in_order(entries) if e.article is not None]


def _index_key(entries: dict[Path, _Entry]) -> str:
    """The persisted index's key for the files served, in corpus order."""
    return files_key([(p, e.key) for p, e in _in_order(entries) if e.key is not None])


def _files(entries: dict[Path, _Entry]) -> dict[str, tuple[Signature | None, str]]:
    """What the persisted index records of its files (see `recorded_files`); a file not yet
    settled is recorded without its signature, so that a restart hashes it again."""
    return {
        p.name: (e.signature if e.settled else None, e.key)
        for p, e in entries.items()
        if e.key is not None
    }


def _persisted_index(cache_dir: Path | None, entries: dict[Path, _Entry]) -> CorpusIndex | None:
    """The persisted index, if it was built from exactly these files' contents."""
    if cache_dir is None:
        return None
    return load_index(cache_dir, _index_key(entries))


def _settle_garbage_collector() -> None:
    """Keep the long-lived index out of the cyclic garbage collector's scans.

    A full collection over a large index pauses every command for a long time (measured: about
    0.1 s at 1,000 articles, over 1 s at 10,000). Freezing what exists after a build exempts it;
    an old index dropped at the next swap is still freed by reference counting, and unfreezing
    first lets the collector clear any cycles it left.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class Watcher(threading.Thread):
    """A daemon thread that refreshes the library until stopped."""

    def __init__(self, library: Library, on_refresh: Callable[[Refresh], None] | None) -> None:
        super().__init__(name="seeds-watcher", daemon=True)
        self.library = library
        self.on_refresh = on_refresh
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(self.library.config.reload_interval):
            try:
                result = self.library.refresh()
            except Exception:  # keep watching: a bug in one refresh must not stop the bot
                log.exception("refreshing the articles failed; still serving the previous index")
                continue
            if (result.changed or result.problems) and self.on_refresh is not None:
                self.on_refresh(result)

    def stop(self) -> None:
        self._stop_event.set()
        if self.is_alive():
            self.join(timeout=5)
