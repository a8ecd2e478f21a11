"""Load article files (and their metadata sidecars) from disk into extracted articles.

A file that cannot be used is reported with its path and skipped; the rest still load. Nothing
here raises for a bad file: problems are collected so the bot keeps serving what it has.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from bot.corpus.lookalikes import visible_text
from bot.corpus.model import Article
from bot.corpus.reading import parse_article

SIDECAR_KEYS = ("title", "publisher", "authors", "published", "url")
# A sidecar holds five short values; a bigger one is no sidecar (and would cost every reply
# showing its title).
SIDECAR_MAX_BYTES = 64 * 1024
HTML_SUFFIXES = (".html", ".htm")
# Share of control characters above which a file is taken for binary, not text.
BINARY_CONTROL_SHARE = 0.05
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# libyaml's parser (in PyYAML's wheels) reads a sidecar several times faster than the pure-Python
# one; both hand their events to the same safe constructor, so the values are the same.
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ArticleError(Exception):
    """An article file that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class LoadResult:
    articles: tuple[Article, ...]
    problems: tuple[str, ...]  # one line each: "path: what is wrong (skipped)"
    warnings: tuple[str, ...] = ()  # one line each: "path: what was done about it"


def article_names(names: Iterable[str]) -> list[str]:
    """The article files among a folder's file names, sorted: `*.txt`, and news pages saved as
    `*.html` / `*.htm` unless a `.txt` of the same name is there (they would share one id and
    sidecar). Hidden files, such as an editor's or a download's temporary copy, are not."""
    names = [n for n in names if not n.startswith(".")]
    texts = {n[:-4] for n in names if n.endswith(".txt")}
    return sorted(
        n
        for n in names
        if n.endswith(".txt")
        or (n.lower().endswith(HTML_SUFFIXES) and n.rsplit(".", 1)[0] not in texts)
    )


def collect_paths(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Files as given, folders expanded to their article files (sorted; links and other
    non-regular entries too, so that reading them names and skips them); and missing paths."""
    files: list[Path] = []
    missing: list[str] = []
    for path in paths:
        if path.is_dir():
            names = article_names(
                p.name for p in path.iterdir() if not p.is_dir() or p.is_symlink()
            )
            files.extend(path / name for name in names)
        elif os.path.lexists(path):
            files.append(path)
        else:
            missing.append(f"{path}: no such file or folder")
    return files, missing


def decode_text(data: bytes, where: str) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM); else Windows-1252/Latin-1 with a warning; binary is refused."""
    if not data.strip():
        raise ArticleError(f"{where}: the file is empty")
    if b"\x00" in data:
        raise ArticleError(f"{where}: looks like a binary file, not text")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        warnings.append(f"{where}: not UTF-8; read as Windows-1252/Latin-1")
    controls = len(CONTROL_RE.findall(text))
    if controls > BINARY_CONTROL_SHARE * len(text):
        raise ArticleError(f"{where}: looks like a binary file, not text")
    return text, warnings


def safe_load_yaml(text: str) -> object:
    """`yaml.safe_load`, with libyaml when it is there; the pure-Python parser decides whenever
    libyaml refuses a text, so no sidecar is refused that `yaml.safe_load` would accept."""
    if FAST_SAFE_LOADER is not yaml.SafeLoader:
        try:
            return yaml.load(text, Loader=FAST_SAFE_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


# Keys people write for a known one; named in the warning so the fix is obvious.
SIDECAR_HINTS = {
    "date": "published",
    "datum": "published",
    "author": "authors",
    "autor": "authors",
    "autoren": "authors",
    "titel": "title",
    "link": "url",
    "zeitung": "publisher",
    "quelle": "publisher",
}


def read_sidecar(data: bytes, where: str, warnings: list[str] | None = None) -> dict:
    """The metadata next to an article (`name.yaml`): only the known keys, checked.

    An unknown key is left out with a warning (appended to `warnings`): one typo in the
    metadata must not cost the whole article. A known key with a wrong value is an error."""
    try:
        parsed = safe_load_yaml(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ArticleError(f"{where}: not UTF-8 text") from None
    except yaml.YAMLError:
        raise ArticleError(f"{where}: not valid YAML") from None
    if parsed is None:
        return {}
    if not isinstance(parsed, dict):
        raise ArticleError(f"{where}: must be a mapping of {', '.join(SIDECAR_KEYS)}")
    meta: dict = {}
    for key, value in parsed.items():
        if key not in SIDECAR_KEYS:
            hint = SIDECAR_HINTS.get(str(key).casefold())
            instead = f"write '{hint}'" if hint else f"known: {', '.join(SIDECAR_KEYS)}"
            if warnings is not None:
                warnings.append(f"{where}: unknown key '{key}' left out ({instead})")
            continue
        if value is None:
            continue
        if key == "authors":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ArticleError(f"{where}: 'authors' must be a list of names")
            names = (visible_text(v).strip() for v in value)
            meta[key] = tuple(name for name in names if name)
        elif key == "published":
            meta[key] = _iso_date(value, where)
        elif not isinstance(value, str):
            raise ArticleError(f"{where}: '{key}' must be text")
        else:
            meta[key] = visible_text(value).strip() or None
    return meta


def _iso_date(value: object, where: str) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ArticleError(f"{where}: 'published' must be a date like 2025-09-29")


def sidecar_path(path: Path) -> Path:
    return path.with_suffix(".yaml")


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path` if it is a regular file of at most `max_bytes`; else ArticleError.

    The file is opened without following a symbolic link and checked on the open handle, so a
    link (to /etc/passwd, to the config file) or a device, pipe or folder is refused, even one
    swapped in after the folder was listed. At most `max_bytes` + 1 bytes are read: a file that
    reports a size it does not have (/proc's report 0) cannot slip past the limit.
    """
    where = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP or path.is_symlink():
            raise ArticleError(f"{where}: is a link; only regular files are read") from None
        raise ArticleError(f"{where}: cannot be read ({error.strerror or error})") from None
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise ArticleError(f"{where}: is not a regular file; only regular files are read")
        if status.st_size > max_bytes:
            raise ArticleError(f"{where}: {status.st_size} bytes is over the limit of {max_bytes}")
        try:
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise ArticleError(f"{where}: cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise ArticleError(f"{where}: over the limit of {max_bytes} bytes")
    if status.st_size == 0 and data:
        raise ArticleError(f"{where}: reports a size of 0 but has content; not a regular file")
    return data


def read_article_files(path: Path, max_bytes: int) -> tuple[bytes, bytes | None]:
    """The raw bytes of an article and of its sidecar (None if it has none); both must be
    regular files (see `read_regular_file`), the sidecar at most `SIDECAR_MAX_BYTES`."""
    data = read_regular_file(path, max_bytes)
    sidecar = sidecar_path(path)
    if not os.path.lexists(sidecar):
        return data, None
    return data, read_regular_file(sidecar, SIDECAR_MAX_BYTES)


def build_article(path: Path, data: bytes, sidecar: bytes | None) -> tuple[Article, list[str]]:
    """Decode, parse and extract one article; raises ArticleError if it cannot be used."""
    # Imported here: a start from the persisted index extracts nothing, and importing the
    # extraction rules is a large part of a process's start.
    from bot.corpus.extract import extract

    where = str(path)
    warnings: list[str] = []
    if path.suffix.lower() in HTML_SUFFIXES:
        text, page_meta = _page_text(data, where)
    else:
        text, warnings = decode_text(data, where)
        page_meta = {}
    meta = read_sidecar(sidecar, str(sidecar_path(path)), warnings) if sidecar is not None else {}
    meta = {**page_meta, **meta}  # what the sidecar says wins over what the page says
    article = parse_article(text, article_id=path.stem, path=where)
    if not any(block.kind != "byline" for block in article.blocks):
        raise ArticleError(f"{where}: has no text besides a byline")
    article = replace(article, **meta)
    return extract(article), warnings


def _page_text(data: bytes, where: str) -> tuple[str, dict]:
    """A news page saved as HTML: its article text and what the page says about itself."""
    from bot.web.page import PageError, page_article

    try:
        page = page_article(data)
    except PageError as error:
        raise ArticleError(f"{where}: {error}") from None
    meta = page.sidecar()
    if "authors" in meta:
        meta["authors"] = tuple(meta["authors"])
    if "published" in meta:
        meta["published"] = _iso_date(meta["published"], where)
    return page.text, meta


def load_article(path: Path, max_bytes: int) -> tuple[Article, list[str]]:
    """Read, parse and extract one article file; raises ArticleError if it cannot be used."""
    data, sidecar = read_article_files(path, max_bytes)
    return build_article(path, data, sidecar)


def load_corpus(paths: Sequence[Path], max_bytes: int) -> LoadResult:
    """Load every article under `paths`; bad files become problems, not exceptions."""
    files, problems = collect_paths(paths)
    articles: list[Article] = []
    warnings: list[str] = []
    for path in files:
        try:
            article, notes = load_article(path, max_bytes)
        except ArticleError as error:
            problems.append(f"{error} (skipped)")
            continue
        articles.append(article)
        warnings.extend(notes)
    return LoadResult(tuple(articles), tuple(problems), tuple(warnings))
