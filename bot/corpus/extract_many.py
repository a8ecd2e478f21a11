"""Read and extract many article files at once, on every core the machine has.

A first start over a whole night's coverage extracts thousands of files, each independent of
the others: worker processes share the work (started fresh with "spawn", never forked, as the
bot's other threads may hold locks a forked child would inherit). A few files are extracted in
this process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from bot.corpus.article_cache import content_key
from bot.corpus.loading import ArticleError, build_article, read_article_files
from bot.corpus.model import Article

log = logging.getLogger(__name__)
PARALLEL_FROM = 100  # files; below this, one process is quicker than starting workers
CHUNK = 16  # files per task sent to a worker


@dataclass(frozen=True)
class Extracted:
    """One file read and extracted: its content key, its article, what was done about it."""

    key: str
    article: Article
    warnings: tuple[str, ...]


def extract_file(path: Path, max_bytes: int) -> Extracted | ArticleError:
    """Read and extract one file; an unusable file gives its error (returned, not raised, so
    one bad file does not stop the others in a worker)."""
    try:
        data, sidecar = read_article_files(path, max_bytes)
        article, warnings = build_article(path, data, sidecar)
    except ArticleError as error:
        return error
    return Extracted(content_key(data, sidecar), article, tuple(warnings))


def extract_files(
    paths: Sequence[Path],
    max_bytes: int,
    workers: int | None = None,
    each: Callable[[Article], None] | None = None,
) -> list[Extracted | ArticleError]:
    """`extract_file` for each path, in order; `workers` None: one per core when there are
    enough files to make it worth it. `each` is handed every article as soon as it is
    extracted, while the workers go on with the others (the same article may come twice,
    should the workers fail half-way)."""
    if workers is None:
        workers = (os.cpu_count() or 1) if len(paths) >= PARALLEL_FROM else 1
    workers = max(1, min(workers, len(paths)))
    if workers == 1:
        return _collected((extract_file(path, max_bytes) for path in paths), each)
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = pool.map(extract_file, paths, repeat(max_bytes), chunksize=CHUNK)
            return _collected(results, each)
    except (BrokenProcessPool, OSError, RuntimeError) as error:
        # Workers that cannot start (a host program that is not import-safe, no processes
        # left) must not cost the articles: the work is done here instead, only slower.
        log.warning("extracting in worker processes failed (%s); extracting here instead", error)
        return _collected((extract_file(path, max_bytes) for path in paths), each)


def _collected(
    results: Iterable[Extracted | ArticleError], each: Callable[[Article], None] | None
) -> list[Extracted | ArticleError]:
    found = []
    for result in results:
        if each is not None and isinstance(result, Extracted):
            each(result.article)
        found.append(result)
    return found
