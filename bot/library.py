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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.config import Config, ConfigError, load_config
from bot.corpus.article_cache import ArticleCache, content_key
from bot.corpus.extract_many import Extracted, extract_file, extract_files
from bot.corpus.loading import ArticleError, article_names, read_article_files, sidecar_path
from bot.corpus.model import Article
from bot.engine.engine import Engine
from bot.engine.index import CorpusIndex, build_index
from bot.engine.index_cache import files_key, load_index, recorded_files, save_index

log = logging.getLogger(__name__)

Signature = tuple[int, int, int, int]  # mtime_ns and size of the text and of its sidecar


SUMMARY_LABELS = {
    "en": ("new", "changed", "removed", "no change"),
    "de": ("neu", "geändert", "entfernt", "keine Änderung"),
}


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
        new, changed, removed, nothing = SUMMARY_LABELS.get(language, SUMMARY_LABELS["en"])
        parts = [
            f"{label}: {', '.join(names)}"
            for label, names in (
                (new, self.added),
                (changed, self.updated),
                (removed, self.removed),
            )
            if names
        ]
        return "; ".join(parts) or nothing


@dataclass
class _Entry:
    """One seeds file as last seen: its signature, and what of it is served."""

    signature: Signature
    key: str | None  # content key of the version served; None: the file never loaded
    # That version, extracted; None while it is only in the persisted caches (a restart that
    # finds its index does not load the articles it was built from until a rebuild needs them).
    article: Article | None = None


def _article_files(folder: Path) -> list[Path]:
    """The folder's article files (see `article_names`), in corpus order: by name. One
    directory read, no stat per file (a restart over 10,000 files counts its time in these)."""
    with os.scandir(folder) as listing:
        names = article_names(e.name for e in listing if e.is_file())
    return [folder / name for name in names]


def _in_order(entries: dict[Path, _Entry]) -> list[tuple[Path, _Entry]]:
    """The entries in corpus order (all files stand in one folder: by name)."""
    return sorted(entries.items(), key=lambda item: item[0].name)


def _signature(path: Path) -> Signature:
    text = path.stat()
    try:
        meta = sidecar_path(path).stat()
        meta_sig = (meta.st_mtime_ns, meta.st_size)
    except FileNotFoundError:
        meta_sig = (0, -1)
    return (text.st_mtime_ns, text.st_size, *meta_sig)


@dataclass
class Library:
    """The current config and engine, and the articles they were built from."""

    config: Config
    config_path: Path | None = None
    _entries: dict[Path, _Entry] = field(default_factory=dict)
    _engine: Engine | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _folder_found: bool = True  # whether the seeds folder existed at the last refresh

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
            cache = _load_missing(self.config, self._entries, {}, [], [])
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
        folder = config.seeds
        problems: list[str] = []
        warnings: list[str] = []
        if not folder.is_dir():
            if self._folder_found:  # say it once, not on every poll
                problems.append(f"{folder}: the seeds folder does not exist")
            self._folder_found = False
            files: list[Path] = []
        else:
            self._folder_found = True
            files = _article_files(folder)
        known = self._entries if config.seeds == self.config.seeds else {}
        present = set(files)
        removed = [p.name for p in known if p not in present]
        entries = {p: e for p, e in known.items() if p in present}
        fresh: dict[Path, _Entry | None] = {}  # read anew: path → the entry it had before
        # On the first refresh, the files the persisted index was built from need not be read
        # again where their signature is the one recorded (as a running bot trusts it too).
        recorded = {}
        if self._engine is None and config.cache_dir is not None:
            recorded = recorded_files(config.cache_dir)
        for path in files:
            try:
                signature = _signature(path)
            except OSError:
                continue  # removed between listing and stat: next refresh sees it gone
            old = entries.get(path)
            if old is not None and old.signature == signature:
                continue
            signed, key = recorded.get(path.name, (None, ""))
            try:
                if signed != signature:
                    key = content_key(*read_article_files(path, config.max_article_bytes))
            except ArticleError as error:
                entries[path] = _unusable(old, _Entry(signature, None), error, problems)
                continue
            if old is not None and old.key == key:  # touched, not changed
                entries[path] = _Entry(signature, key, old.article)
                continue
            entries[path] = _Entry(signature, key)
            fresh[path] = old
        changed = bool(fresh or removed) or force or self._engine is None
        index = None
        if changed and not (fresh or removed) and self._engine and known is self._entries:
            index = self._engine.index  # only the config changed: the same articles
        elif changed:
            index = _persisted_index(config, entries)
            if index is None:  # extract what changed (or take it from the cache), then build
                cache = _load_missing(config, entries, fresh, problems, warnings)
                # A file that turned out unusable keeps its previous version: nothing to build.
                changed = bool(fresh or removed) or force or self._engine is None
                if changed:
                    index = build_index(_served(entries))
                    if config.cache_dir is not None:
                        save_index(config.cache_dir, _index_key(entries), index, _files(entries))
                cache.save(keep={e.key for e in entries.values() if e.key is not None})
        added: list[str] = []
        updated: list[str] = []
        for path, old in fresh.items():  # those that could be used
            if entries[path].key is not None:
                (updated if old is not None and old.key is not None else added).append(path.name)
        if index is not None:
            self._engine = Engine.from_index(index, config)
            _settle_garbage_collector()
        self._entries = entries
        self.config = config
        return Refresh(
            changed, tuple(added), tuple(updated), tuple(removed), tuple(problems), tuple(warnings)
        )

    def watch(self, on_refresh: Callable[[Refresh], None] | None = None) -> Watcher:
        """Poll the seeds folder every `reload_interval` seconds in a background thread."""
        watcher = Watcher(self, on_refresh)
        if self.config.reload_interval > 0:
            watcher.start()
        return watcher


def _load_missing(
    config: Config,
    entries: dict[Path, _Entry],
    fresh: dict[Path, _Entry | None],
    problems: list[str],
    warnings: list[str],
) -> ArticleCache:
    """Give every served entry its article, from the article cache or its file (the files
    extracted all at once, on every core). A file that cannot be used falls back to the
    version it had before, if any (`fresh`)."""
    cache = ArticleCache.open(config.cache_dir)
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
                entry = entries[path] = _Entry(entry.signature, key, article)
            except ArticleError as error:
                entry = entries[path] = _unusable(fresh.pop(path, None), entry, error, problems)
    return cache


def _unusable(old: _Entry | None, new: _Entry, error: ArticleError, problems: list[str]) -> _Entry:
    """The entry of a file that cannot be used (any more): its previous version if it had one."""
    if old is not None and old.key is not None:
        problems.append(f"{error} (still serving the previous version)")
        return _Entry(new.signature, old.key, old.article)
    problems.append(f"{error} (skipped)")
    return _Entry(new.signature, None)


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


def _files(entries: dict[Path, _Entry]) -> dict[str, tuple[Signature, str]]:
    """What the persisted index records of its files (see `recorded_files`)."""
    return {p.name: (e.signature, e.key) for p, e in entries.items() if e.key is not None}


def _persisted_index(config: Config, entries: dict[Path, _Entry]) -> CorpusIndex | None:
    """The persisted index, if it was built from exactly these files' contents."""
    if config.cache_dir is None:
        return None
    return load_index(config.cache_dir, _index_key(entries))


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
