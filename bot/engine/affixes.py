"""Find the keys that begin or end with a word, without scanning them all.

German glues words together: "Wahl" hides in "Stichwahl" and "Wahlsieg", "Vorsitzende" in
"Fraktionsvorsitzende". Two sorted lists (the keys, and the keys written backwards) turn
"starts with" and "ends with" into two binary searches, so a compound part is found in
logarithmic time however large the vocabulary grows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class AffixIndex:
    """Sorted keys, forwards and backwards; build once with `AffixIndex.of(keys)`."""

    forwards: tuple[str, ...]
    backwards: tuple[str, ...]

    @classmethod
    def of(cls, keys: Iterable[str]) -> AffixIndex:
        unique = set(keys)
        return cls(tuple(sorted(unique)), tuple(sorted(k[::-1] for k in unique)))

    @staticmethod
    def _starting(keys: tuple[str, ...], part: str, limit: int) -> list[str]:
        found: list[str] = []
        i = bisect_left(keys, part)
        while i < len(keys) and keys[i].startswith(part) and len(found) < limit:
            found.append(keys[i])
            i += 1
        return found

    def starting_with(self, part: str, limit: int = 64) -> list[str]:
        """Keys that begin with `part` (itself included), in sorted order."""
        return self._starting(self.forwards, part, limit)

    def ending_with(self, part: str, limit: int = 64) -> list[str]:
        """Keys that end with `part` (itself included)."""
        return [k[::-1] for k in self._starting(self.backwards, part[::-1], limit)]
