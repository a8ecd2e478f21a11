"""Read an election portal's open-data CSV (or the plain shape documented in the README) into a
validated `Count`.

The portals (votemanager, OK.VOTE) publish one file per level: the whole municipality as one row
(`max-schnellmeldungen` = its number of polling districts), or one row per district (each
`max-schnellmeldungen` = 1; OK.VOTE adds a row holding only the eligible voters of the postal
districts). Both are summed the same way. A file that holds a total row *and* its parts uses the
total row alone, so nothing is counted twice. An empty cell is "not reported yet", never 0.

Anything that does not fit (a header without the needed columns, a cell that is not a whole
number, more reports than districts) raises `ResultsFormatError` with one line saying where.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.results.model import CandidateVotes, Count
from bot.results.settings import Candidate


class ResultsFormatError(ValueError):
    """The CSV cannot be read as results; the message is one line saying where and why."""


# The portals' columns: A eligible, B voters (B1 by post), C invalid, D valid, D<k> per candidate.
PORTAL_NAME = "gebiet-name"
PORTAL_MAX = "max-schnellmeldungen"
PORTAL_DONE = "anz-schnellmeldungen"
PORTAL_REQUIRED = (PORTAL_NAME, PORTAL_MAX, PORTAL_DONE, "A", "B", "C", "D")
# The plain shape: one row per district, "ausgezählt" ja/nein; same letters for the numbers.
PLAIN_NAME = "gebiet"
PLAIN_DONE = "ausgezählt"
PLAIN_REQUIRED = (PLAIN_NAME, PLAIN_DONE, "A", "B", "C", "D")
_YES = {"ja", "j", "yes", "y", "1", "x", "true"}
_NO = {"nein", "n", "no", "0", "", "false"}
_CANDIDATE_COLUMN = re.compile(r"D([1-9][0-9]*)(?:_summe_liste_kandidaten)?")
_NUMBERS = ("A", "B", "B1", "C", "D")


@dataclass(frozen=True)
class _Row:
    line: int  # in the file, for messages
    name: str
    expected: int  # reports expected from this area (districts in it)
    reported: int  # reports in
    numbers: dict[str, int | None]  # column → value; None: empty


def parse_count(data: bytes, candidates: Sequence[Candidate]) -> Count:
    """The count in `data` (UTF-8, optional BOM), candidates named by the config's mapping."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResultsFormatError("the file is not UTF-8 text") from None
    first = text.lstrip("\r\n").split("\n", 1)[0]
    if not first.strip():
        raise ResultsFormatError("the file is empty")
    delimiter = ";" if ";" in first else ","
    # A quoted area name may hold the delimiter or even a line break (RFC 4180).
    table = list(csv.reader(io.StringIO(text.lstrip("\r\n"), newline=""), delimiter=delimiter))
    header = [_column_name(cell) for cell in table[0]]
    if len(set(header)) != len(header):
        raise ResultsFormatError("bad header: a column name appears twice")
    portal = any(name in header for name in (PORTAL_NAME, PORTAL_MAX, PORTAL_DONE, "datum"))
    required = PORTAL_REQUIRED if portal else PLAIN_REQUIRED
    missing = [c for c in required if c not in header]
    if missing:
        shape = "open-data" if portal else "plain"
        raise ResultsFormatError(f"bad header ({shape} shape): no column {', '.join(missing)}")
    columns = {name: i for i, name in enumerate(header)}
    # List elections name a list's total `D<k>_summe_liste_kandidaten`; a plain `D<k>` wins.
    numbered = {
        int(m.group(1)): name
        for name in sorted(header, key=len, reverse=True)
        if (m := _CANDIDATE_COLUMN.fullmatch(name))
    }
    for candidate in candidates:
        if candidate.number not in numbered:
            raise ResultsFormatError(
                f"bad header: no column {candidate.column} (configured for {candidate.name})"
            )
    wanted = [*_NUMBERS, *(numbered[k] for k in sorted(numbered))]
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line
        if len(cells) != len(header):
            raise ResultsFormatError(
                f"line {number}: {len(cells)} fields, but the header has {len(header)}"
            )
        rows.append(_row(number, cells, columns, wanted, portal))
    if not rows:
        raise ResultsFormatError("no rows below the header")
    used = _areas(rows)
    named = {c.number: c for c in candidates}
    first_row = table[1] if len(table) > 1 else []
    return Count(
        election=_cell(first_row, columns, "wahl"),
        date=_cell(first_row, columns, "datum"),
        areas_counted=sum(r.reported for r in used),
        areas_total=sum(r.expected for r in used),
        eligible=_total(used, "A"),
        voters=_total(used, "B"),
        postal=_total(used, "B1"),
        invalid=_total(used, "C"),
        valid=_total(used, "D"),
        candidates=tuple(
            CandidateVotes(named.get(k) or Candidate(k, f"D{k}"), _total(used, numbered[k]))
            for k in sorted(numbered)
        ),
    )


def _column_name(cell: str) -> str:
    """Letters of the numbers upper-case (A, B1, D3), names lower-case; "ae" taken as "ä"."""
    name = cell.strip()
    letters = re.fullmatch(r"([A-Da-d][0-9]*)(_.*)?", name)
    if letters:
        return letters.group(1).upper() + (letters.group(2) or "").lower()
    return name.lower().replace("ausgezaehlt", PLAIN_DONE)


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _number(line: int, column: str, text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise ResultsFormatError(f"line {line}, column {column}: {text[:20]!r} is not a number")
    return int(text)


def _row(
    line: int, cells: list[str], columns: dict[str, int], wanted: list[str], portal: bool
) -> _Row:
    numbers = {
        name: _number(line, name, cells[columns[name]]) for name in wanted if name in columns
    }
    if portal:
        name = cells[columns[PORTAL_NAME]].strip()
        expected = _number(line, PORTAL_MAX, cells[columns[PORTAL_MAX]])
        reported = _number(line, PORTAL_DONE, cells[columns[PORTAL_DONE]]) or 0
        if expected is None:
            raise ResultsFormatError(f"line {line}, column {PORTAL_MAX}: empty")
    else:
        name = cells[columns[PLAIN_NAME]].strip()
        done = cells[columns[PLAIN_DONE]].strip().lower()
        if done not in _YES | _NO:
            raise ResultsFormatError(
                f"line {line}, column {PLAIN_DONE}: {done[:20]!r} is not ja/nein"
            )
        expected, reported = 1, int(done in _YES)
    if reported > expected:
        raise ResultsFormatError(f"line {line}: {reported} reports, but only {expected} expected")
    if numbers.get("D") is None:
        reported = 0  # counted, but no numbers published (yet, or withdrawn): not counted here
    return _Row(line, name, expected, reported, numbers)


def _areas(rows: list[_Row]) -> list[_Row]:
    """The rows to add up: all of them, or the one that is the total of all the others."""
    if len(rows) > 2:
        expected = sum(r.expected for r in rows)
        for row in rows:
            if row.expected > 1 and 2 * row.expected == expected:
                return [row]
    return rows


def _total(rows: list[_Row], column: str) -> int | None:
    values = [r.numbers.get(column) for r in rows]
    present = [v for v in values if v is not None]
    return sum(present) if present else None
