"""Put a page's article into the seeds folder, where the library's watcher picks it up.

The file name comes from the address the page was asked for, so fetching it again updates the
same article. A text that another file already holds word for word is not saved twice. Each file
is written to a hidden temporary name and renamed into place, sidecar first: the watcher (which
skips hidden files) never reads half a file, nor a new text without its metadata.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from bot.web.page import PageArticle

NEW, UPDATED, UNCHANGED, DUPLICATE = "new", "updated", "unchanged", "duplicate"
SLUG_RE = re.compile(r"[^a-z0-9]+")
SLUG_MAX = 60


@dataclass(frozen=True)
class Saved:
    path: Path  # the article's text file (for a duplicate: the file that already holds it)
    status: str  # NEW, UPDATED, UNCHANGED or DUPLICATE


def article_name(url: str) -> str:
    """A readable, stable file name for a page: its site and last path part, and a short hash
    of the whole address (two pages never share a name)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "web").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segments[-1].lower()) if segments else ""
    slug = SLUG_RE.sub("-", f"{host} {last}".lower()).strip("-")[:SLUG_MAX].rstrip("-")
    digest = hashlib.sha256(url.strip().split("#", 1)[0].encode("utf-8")).hexdigest()[:8]
    return f"{slug}_{digest}"


def sidecar_text(article: PageArticle, url: str) -> str:
    header = f"# Read from {url} (written by the bot; replaced when the page is fetched again)\n"
    body = yaml.safe_dump(article.sidecar(), allow_unicode=True, sort_keys=False, width=1000)
    return header + body


def save_article(folder: Path, url: str, article: PageArticle) -> Saved:
    """Write `article` (fetched from `url`) into `folder` unless it is already there."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{article_name(url)}.txt"
    meta_path = path.with_suffix(".yaml")
    text = article.text.encode("utf-8")
    meta = sidecar_text(article, url).encode("utf-8")
    twin = _same_text(folder, text, besides=path)
    if twin is not None:
        return Saved(twin, DUPLICATE)
    existed = path.is_file()
    if existed and _read(path) == text and _read(meta_path) == meta:
        return Saved(path, UNCHANGED)
    _write_atomically(meta_path, meta)
    _write_atomically(path, text)
    return Saved(path, UPDATED if existed else NEW)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _same_text(folder: Path, text: bytes, besides: Path) -> Path | None:
    """Another article file in `folder` with exactly this text (sizes compared first)."""
    with os.scandir(folder) as listing:
        for entry in listing:
            if not entry.name.endswith(".txt") or entry.name.startswith("."):
                continue
            if entry.name == besides.name or not entry.is_file():
                continue
            if entry.stat().st_size == len(text) and _read(Path(entry.path)) == text:
                return Path(entry.path)
    return None


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
