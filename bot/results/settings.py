"""The `results:` section of the config: which official results to read, and how to name them.

Validated as strictly as the rest of the config. Problems are raised as `ResultsConfigError`
naming the key; `bot.config` adds the file's name and turns it into its one-line `ConfigError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIN_INTERVAL = 5  # seconds: an election portal is a public service, not a firehose
_CANDIDATE_KEY = re.compile(r"D([1-9][0-9]*)")
_SOURCE_KEYS = ("name", "place", "url", "path", "interval", "candidates")


class ResultsConfigError(Exception):
    """A `results:` entry that cannot be used; the message names the key."""


@dataclass(frozen=True)
class Candidate:
    """What the CSV's column `D<number>` stands for: a candidate (or list) and their party."""

    number: int
    name: str
    party: str = ""

    @property
    def column(self) -> str:
        return f"D{self.number}"


@dataclass(frozen=True)
class ResultsSource:
    """One election whose count the bot reads: where from, how often, and who is who."""

    name: str  # what `!ergebnis` and the source line call it
    place: str  # what readers type
    url: str | None
    path: Path | None
    interval: float
    candidates: tuple[Candidate, ...]

    @property
    def address(self) -> str:
        """The source as shown to readers: the URL, or the file's name."""
        return self.url or (self.path.name if self.path else "")


def parse_results(data: Any, base: Path) -> tuple[ResultsSource, ...]:
    """The validated `results:` list; relative paths are taken relative to `base`."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ResultsConfigError("'results' must be a list of elections (name, place, url, …)")
    sources = [_source(f"results[{i}]", entry, base) for i, entry in enumerate(data)]
    names = [s.name.casefold() for s in sources]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ResultsConfigError(f"'results[{i}].name' {sources[i].name!r} is used twice")
    return tuple(sources)


def _text(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ResultsConfigError(f"'{key}' must be a non-empty text")
    return value.strip()


def _source(key: str, entry: Any, base: Path) -> ResultsSource:
    if not isinstance(entry, dict):
        raise ResultsConfigError(f"'{key}' must be a mapping with name, place, url, candidates")
    for sub in entry:
        if sub not in _SOURCE_KEYS:
            known = ", ".join(_SOURCE_KEYS)
            raise ResultsConfigError(f"unknown key '{key}.{sub}' (known: {known})")
    for required in ("name", "place", "candidates"):
        if required not in entry:
            raise ResultsConfigError(f"'{key}.{required}' is missing")
    url, path = entry.get("url"), entry.get("path")
    if (url is None) == (path is None):
        raise ResultsConfigError(f"'{key}' needs exactly one of 'url' and 'path'")
    if url is not None:
        url = _text(f"{key}.url", url)
        if not url.lower().startswith(("http://", "https://")):
            raise ResultsConfigError(f"'{key}.url' must start with http:// or https://")
    interval = entry.get("interval", 60)
    if isinstance(interval, bool) or not isinstance(interval, int | float):
        raise ResultsConfigError(f"'{key}.interval' must be a number of seconds")
    if interval < MIN_INTERVAL:
        raise ResultsConfigError(f"'{key}.interval' must be at least {MIN_INTERVAL} seconds")
    return ResultsSource(
        name=_text(f"{key}.name", entry["name"]),
        place=_text(f"{key}.place", entry["place"]),
        url=url,
        path=None if path is None else base / _text(f"{key}.path", path),
        interval=float(interval),
        candidates=_candidates(f"{key}.candidates", entry["candidates"]),
    )


def _candidates(key: str, data: Any) -> tuple[Candidate, ...]:
    if not isinstance(data, dict) or not data:
        raise ResultsConfigError(f"'{key}' must map columns D1, D2, … to {{name, party}}")
    found = []
    for column, spec in data.items():
        match = _CANDIDATE_KEY.fullmatch(str(column))
        if not match:
            raise ResultsConfigError(f"'{key}.{column}' is no candidate column (D1, D2, …)")
        where = f"{key}.{column}"
        if isinstance(spec, str):
            spec = {"name": spec}
        if not isinstance(spec, dict):
            raise ResultsConfigError(f"'{where}' must be {{name: …, party: …}}")
        for sub in spec:
            if sub not in ("name", "party"):
                raise ResultsConfigError(f"unknown key '{where}.{sub}' (known: name, party)")
        party = spec.get("party")
        if party is not None and not isinstance(party, str):
            raise ResultsConfigError(f"'{where}.party' must be a text")
        name = _text(f"{where}.name", spec.get("name"))
        found.append(Candidate(int(match.group(1)), name, (party or "").strip()))
    return tuple(sorted(found, key=lambda c: c.number))
