"""The articles the bot serves, kept current while it runs.

`Library` owns the one `Engine` every door asks. A refresh re-reads only the files that changed,
keeps serving the last good version of a file that has become unreadable, builds the new engine
completely and only then swaps the reference: a command sees the old index or the new one, never
half of one. Refreshes run in worker threads (the watcher's or the caller's executor), so an
event loop never stalls while the index is built.

Reading and extracting the changed files, the slow part for a huge article, happens without the
library's lock, so a slow article holds up neither `!reload` nor an article that arrives after
it; the lock is taken to merge what was read into the current state, build the index and swap.
A file is served only once it has settled (its last change `SETTLE_NS` past) and only from a
read during which it did not change: a file still being written is not served half.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from collections.abc import Callable, Collection, Hashable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.cache_files import refusal
from bot.config import Config, ConfigError, load_config
from bot.corpus.article_cache import ArticleCache, content_key
from bot.corpus.extract_many import Extracted, extract_file, extract_files
from bot.corpus.loading import ArticleError, article_names, read_article_files, sidecar_path
from bot.corpus.model import Article
from bot.engine.engine import Engine
from bot.engine.index import CorpusIndex, LineReader, build_index
from bot.engine.index_cache import files_key, load_index, recorded_files, save_index
from bot.engine.strings import say
from bot.results.store import ResultsStore

log = logging.getLogger(__name__)

# Device, inode, size, mtime_ns and ctime_ns of the text and of its sidecar (see `_signature`).
Signature = tuple[int, int, int, int, int, int, int, int, int, int]
# How long after its last change a file counts as settled. File systems stamp times from a
# coarse clock (a few milliseconds; FAT two seconds), so a second write in the same tick as the
# first keeps the stamps; and a file copied in slowly is written in several chunks. Until then
# a running bot does not serve the file's new content, and its signature is not trusted.
SETTLE_NS = 2_000_000_000
# Refreshes the watcher lets run at once: a poll starts while a slow one still extracts.
MAX_REFRESHES = 3


@dataclass(frozen=True)
class Refresh:
    """What one refresh did: whether the engine changed, and what could not be used.

    Problems and warnings are returned, not logged: each door reports them its own way.
    `waiting`: files still being written (or read by another refresh), served once complete.
    """

    changed: bool
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    waiting: tuple[str, ...] = ()

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


@dataclass
class _Look:
    """What one refresh read, without the lock: the entries it saw and how it changed them."""

    base: dict[Path, _Entry]  # the library's entries when it began (never changed in place)
    entries: dict[Path, _Entry]  # the same, with what this refresh read
    fresh: dict[Path, _Entry | None]  # files read anew → the entry each had before
    waiting: list[str] = field(default_factory=list)
    extracted: dict[str, Article] = field(default_factory=dict)  # by content key, for the cache
    cache: ArticleCache | None = None  # the article cache as opened while reading
    cache_saves: int = 0  # the library's count of cache writes when it was opened
    index: CorpusIndex | None = None  # the persisted index, if it matches (first refresh)
    # The lines of the articles extracted, read for the index while the workers extract.
    reader: LineReader = field(default_factory=LineReader)


def _article_files(folder: Path) -> list[Path]:
    """The folder's article entries (see `article_names`; not folders), in corpus order: by
    name. Links and other non-regular entries are listed: reading them refuses them with one
    line (`read_regular_file`). One directory read, no stat per file (a restart over 10,000
    files counts its time in these)."""
    with os.scandir(folder) as listing:
        names = article_names(e.name for e in listing if not e.is_dir(follow_symlinks=False))
    return [folder / name for name in names]


def _in_order(entries: Mapping[Path, _Entry]) -> list[tuple[Path, _Entry]]:
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
    later change then moves their status-change time, even on a coarse file-system clock,
    and a writer that paused that long has most likely finished."""
    return now_ns - max(signature[4], signature[9]) >= SETTLE_NS


@dataclass
class Library:
    """The current config and engine, and the articles they were built from.

    `_entries` is replaced whole at each commit, never changed in place, so a refresh can read
    against the state it began from while another commits.
    """

    config: Config
    config_path: Path | None = None
    _entries: dict[Path, _Entry] = field(default_factory=dict)
    _engine: Engine | None = None
    # Held to merge a refresh into the current state, build the index and swap the engine, and
    # for the caches' files; never while files are read and extracted.
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # The files some refresh is reading now (path → the signature it read), under `_claims`.
    _reading: dict[Path, Signature] = field(default_factory=dict)
    _claims: threading.Lock = field(default_factory=threading.Lock)
    _cache_saves: int = 0  # writes of the article cache, to tell whether one opened is stale
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
            entries = dict(self._entries)
            cache = ArticleCache.open(cache_dir)
            _load_missing(self.config, cache, entries, {}, [], [])
            self._save_cache(cache, entries)
            self._entries = entries
            return tuple(e.article for _, e in _in_order(entries) if e.article)

    def refresh(self, force: bool = False, written: Collection[Path] = ()) -> Refresh:
        """Re-read what changed in the seeds folder; swap in a new engine if anything did.

        `written`: files the caller has just written whole (renamed into place), served
        without waiting for them to settle.
        """
        return self._refresh(None, force, frozenset(path.name for path in written))

    def reload(self) -> Refresh:
        """Re-read the config file (keeping the old one if it is broken) and the articles."""
        problems: list[str] = []
        config = self.config
        if self.config_path is not None:
            try:
                config = load_config(self.config_path)
            except ConfigError as error:
                problems.append(f"config error: {error} (keeping the previous config)")
        result = self._refresh(config, config != self.config, frozenset())
        return replace(result, problems=(*problems, *result.problems))

    def _refresh(self, new_config: Config | None, force: bool, written: frozenset[str]) -> Refresh:
        """Read what changed (under `new_config`, if given), then commit it under the lock."""
        problems: list[str] = []
        warnings: list[str] = []
        first = self._engine is None
        base, serving = self._entries, self.config
        config = new_config or serving
        # Said at the start and on a reload; otherwise only logged.
        cache_dir = _cache_dir(config, problems if force or first else None)
        files = self._list_files(config.seeds, problems)
        known = base if config.seeds == serving.seeds else {}
        present = set(files)
        look = _Look(base, {p: e for p, e in known.items() if p in present}, {})
        # On the first refresh, the files the persisted index was built from need not be read
        # again where their signature is the one recorded (as a running bot trusts it too).
        recorded = recorded_files(cache_dir) if first and cache_dir is not None else {}
        with self._claims:
            reading = dict(self._reading)
        _scan(
            files,
            look,
            recorded,
            config,
            problems,
            settle=not first,
            written=written,
            reading=reading,
        )
        claimed = self._claim(look)
        try:
            self._read_fresh(look, config, cache_dir, problems, warnings, first)
            with self._lock:
                return self._commit(look, config, new_config, cache_dir, force, problems, warnings)
        finally:
            with self._claims:
                for path, signature in claimed.items():
                    if self._reading.get(path) == signature:
                        del self._reading[path]

    def _claim(self, look: _Look) -> dict[Path, Signature]:
        """Mark the files read anew as being read by this refresh; one that another refresh
        is reading in the very same version is left to it (and waits here)."""
        claimed: dict[Path, Signature] = {}
        with self._claims:
            for path in list(look.fresh):
                signature = look.entries[path].signature
                if self._reading.get(path) == signature:
                    _postpone(path, look)
                else:
                    self._reading[path] = claimed[path] = signature
        return claimed

    def _read_fresh(
        self,
        look: _Look,
        config: Config,
        cache_dir: Path | None,
        problems: list[str],
        warnings: list[str],
        first: bool,
    ) -> None:
        """Give the files read anew their articles (from the article cache, else extracted on
        every core), without the lock. A file that changed meanwhile is not served from this
        read: it waits for the next poll, its previous version (if any) serving meanwhile."""
        read = [p for p, e in _in_order(look.entries) if p in look.fresh and e.article is None]
        if first and cache_dir is not None:
            look.index = _persisted_index(cache_dir, look.entries)
            if look.index is not None:
                return  # a restart on an unchanged folder: no article is needed
        if not read:
            return
        look.cache_saves = self._cache_saves  # read before opening: a later save shows
        look.cache = cache = ArticleCache.open(cache_dir)
        missing = [p for p in read if look.entries[p].key not in cache.articles]
        extracted = extract_files(missing, config.max_article_bytes, each=look.reader.read_article)
        done = dict(zip(missing, extracted, strict=True))
        for path in read:
            entry = look.entries[path]
            assert entry.key is not None
            result = done.get(path)
            if isinstance(result, ArticleError):
                look.entries[path] = _unusable(look.fresh.pop(path), entry, result, problems)
                continue
            if (result is not None and result.key != entry.key) or _moved(path, entry.signature):
                _postpone(path, look)
                continue
            if result is None:
                article = cache.get(entry.key, path)
            else:
                article = look.extracted[entry.key] = result.article
                warnings.extend(result.warnings)
            look.entries[path] = replace(entry, article=article)

    def _commit(
        self,
        look: _Look,
        config: Config,
        new_config: Config | None,
        cache_dir: Path | None,
        force: bool,
        problems: list[str],
        warnings: list[str],
    ) -> Refresh:
        """Merge what `look` read into the current state; build and swap in the new engine if
        the articles served changed. Under the lock. If anything raises before the end, the
        library is left exactly as it was."""
        current = self._entries
        if new_config is None and config.seeds != self.config.seeds:
            return Refresh(False)  # a reload moved to another folder meanwhile: its look wins
        config = new_config or self.config  # a plain refresh keeps a config reloaded meanwhile
        if current is look.base or config.seeds != self.config.seeds:
            entries = look.entries
        else:  # another refresh committed meanwhile: take from this one only what it changed
            entries = _merged(current, look)
            # What this look said of a file another refresh changed since is stale ("skipped"
            # of a file whose new version was served meanwhile): the next poll reads it against
            # the version served now and says what holds then.
            stale = tuple(
                f"{path}:"
                for path in look.base.keys() | look.entries.keys()
                if not _same(current.get(path), look.base.get(path))
            )
            problems[:] = [line for line in problems if not line.startswith(stale)]
        first = self._engine is None
        changed = force or first or _served_keys(entries) != _served_keys(current)
        index = None
        if changed and self._engine and _served_keys(entries) == _served_keys(current):
            index = self._engine.index  # only the config changed: the same articles
        elif changed:
            # The first refresh looked for it already, before reading any article.
            index = look.index if first else _persisted_index(cache_dir, entries)
            if index is None:  # take every article from the cache (or its file), then build
                cache = look.cache
                if cache is None or look.cache_saves != self._cache_saves:
                    cache = ArticleCache.open(cache_dir)  # opened after a later write
                for key, article in look.extracted.items():
                    cache.put(key, article)
                entries = dict(entries)
                _load_missing(config, cache, entries, look.fresh, problems, warnings)
                # A file that turned out unusable keeps its previous version: nothing to build.
                changed = force or first or _served_keys(entries) != _served_keys(current)
                if changed:
                    index = build_index(_served(entries), look.reader)
                    if cache_dir is not None:
                        save_index(cache_dir, _index_key(entries), index, _files(entries))
                self._save_cache(cache, entries)
        added: list[str] = []
        updated: list[str] = []
        for path, old in look.fresh.items():  # those that could be used and were taken
            entry = entries.get(path)
            if entry is not None and entry.key is not None and entry is not current.get(path):
                (updated if old is not None and old.key is not None else added).append(path.name)
        removed = [p.name for p in current if p not in entries]
        if index is not None:
            self.results.configure(config.results)
            self._engine = Engine.from_index(index, config, results=self.results)
            _settle_garbage_collector()
        self._entries = entries
        self.config = config
        return Refresh(
            changed,
            tuple(added),
            tuple(updated),
            tuple(removed),
            tuple(problems),
            tuple(warnings),
            tuple(sorted(look.waiting)),
        )

    def _save_cache(self, cache: ArticleCache, entries: Mapping[Path, _Entry]) -> None:
        """Write the article cache (under the lock), keeping only the articles served."""
        cache.save(keep={e.key for e in entries.values() if e.key is not None})
        self._cache_saves += 1

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
    look: _Look,
    recorded: Mapping[str, tuple[Hashable, str]],
    config: Config,
    problems: list[str],
    *,
    settle: bool,
    written: Collection[str],
    reading: Mapping[Path, Signature],
) -> None:
    """Update `look.entries` for the files whose signature changed or that were not settled
    yet: a file is hashed (unless the persisted index `recorded` this very signature); one
    whose content changed goes to `look.fresh` (path → the entry it had before), one merely
    touched keeps its article. With `settle`, a file whose new signature has not settled
    (except those named `written`), or that another refresh is `reading`, waits: its previous
    version, if any, keeps serving."""
    entries = look.entries
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
        being_written = settle and not settled and path.name not in written
        if being_written or reading.get(path) == signature:
            if old is None or old.signature != signature:  # new content may be arriving
                look.waiting.append(path.name)
            continue
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
        look.fresh[path] = old


def _moved(path: Path, signature: Signature) -> bool:
    """Whether the file changed (or went) since it showed `signature`."""
    try:
        return _signature(path) != signature
    except OSError:
        return True


def _postpone(path: Path, look: _Look) -> None:
    """Not this time: the file keeps the entry it had (its previous version serves, if any)."""
    old = look.fresh.pop(path)
    if old is None:
        del look.entries[path]
    else:
        look.entries[path] = old
    look.waiting.append(path.name)


def _merged(current: dict[Path, _Entry], look: _Look) -> dict[Path, _Entry]:
    """`current` with the files `look` changed, where no other refresh changed them since
    `look` began (a file both changed keeps the other's version; the next poll looks again)."""
    entries = dict(current)
    for path in look.base.keys() | look.entries.keys():
        mine = look.entries.get(path)
        if mine is look.base.get(path) or not _same(current.get(path), look.base.get(path)):
            continue
        if mine is None:
            entries.pop(path, None)
        else:
            entries[path] = mine
    return entries


def _same(a: _Entry | None, b: _Entry | None) -> bool:
    """The same version of a file (whether or not its article is loaded)."""
    if a is None or b is None:
        return a is b
    return (a.signature, a.key, a.settled) == (b.signature, b.key, b.settled)


def _served_keys(entries: Mapping[Path, _Entry]) -> dict[Path, str]:
    return {p: e.key for p, e in entries.items() if e.key is not None}


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
    cache: ArticleCache,
    entries: dict[Path, _Entry],
    fresh: dict[Path, _Entry | None],
    problems: list[str],
    warnings: list[str],
) -> None:
    """Give every served entry its article, from the article cache or its file (the files
    extracted all at once, on every core): those of a restart that loaded the persisted index
    only. A file that cannot be used falls back to the version it had before, if any
    (`fresh`)."""
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


# Net new container objects between two collections of the youngest generation (Python's
# default: 700). A question makes a few thousand short-lived ones, and with the default a
# collection ran in the middle of one question in ten, walking the unit sets the question and
# the index's memos had just made (up to 17,000 units each; 1 to 7 ms of a question's time).
# Nearly all of them die by reference counting when the question ends; the few cycles commands
# leave (about five a question) wait a little longer.
YOUNG_COLLECTION = 20_000


def _settle_garbage_collector() -> None:
    """Keep the long-lived index out of the cyclic garbage collector's scans.

    A full collection over a large index pauses every command for a long time (measured: about
    0.1 s at 1,000 articles, over 1 s at 10,000). Freezing what exists after a build exempts it;
    an old index dropped at the next swap is still freed by reference counting, and unfreezing
    first lets the collector clear any cycles it left. The youngest generation is collected
    less often (`YOUNG_COLLECTION`), so that a command's own young sets are mostly gone by then.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])


class Watcher(threading.Thread):
    """A daemon thread that refreshes the library until stopped.

    Each poll runs in a thread of its own, so a poll that extracts a huge article does not hold
    up the next ones (which leave that file to it): up to `MAX_REFRESHES` run at once.
    """

    def __init__(self, library: Library, on_refresh: Callable[[Refresh], None] | None) -> None:
        super().__init__(name="seeds-watcher", daemon=True)
        self.library = library
        self.on_refresh = on_refresh
        self._stop_event = threading.Event()
        self._polls: list[threading.Thread] = []

    def run(self) -> None:
        while not self._stop_event.wait(self.library.config.reload_interval):
            self._polls = [poll for poll in self._polls if poll.is_alive()]
            if len(self._polls) < MAX_REFRESHES:
                poll = threading.Thread(target=self._poll, name="seeds-poll", daemon=True)
                self._polls.append(poll)
                poll.start()

    def _poll(self) -> None:
        try:
            result = self.library.refresh()
        except Exception:  # keep watching: a bug in one refresh must not stop the bot
            log.exception("refreshing the articles failed; still serving the previous index")
            return
        if (result.changed or result.problems) and self.on_refresh is not None:
            self.on_refresh(result)

    def stop(self) -> None:
        self._stop_event.set()
        if self.is_alive():
            self.join(timeout=5)
        for poll in self._polls:
            poll.join(timeout=5)
