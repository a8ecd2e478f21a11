"""One list of autocomplete choices, prepared so that a keystroke is a few bisections.

It runs on every keystroke, so the choices and their folded keys are sorted once: a keystroke
costs a bisection into sorted word starts and, for three letters or more when too few start that
way, one rapidfuzz pass over the word starts sharing a first or second letter. Prefix hits come
first (in the choices' default order), then word-start hits, then typo-tolerant ones.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.engine.folding import name_key
from bot.engine.phonetics import cologne_code

MAX_CHOICES = 25  # Discord's limit
CHOICE_MAX = 100  # characters per choice
FUZZY_FROM = 3  # letters typed before typo-tolerant matching starts
FUZZY_CUTOFF = 70.0
MIN_SOUND = 3  # sound-key digits needed before sounding alike counts


@dataclass(frozen=True)
class Choices:
    """One list of choices, in their default order, with a folded key each.

    Everything a keystroke needs is sorted once: the keys and every word-start suffix of a key
    ("anna westphal" → "westphal") for prefix lookups by bisection, the words' sound keys, and
    per first letter the word starts the typo-tolerant pass compares against.
    """

    shown: tuple[str, ...]
    keys: tuple[str, ...]
    sounds: tuple[tuple[str, int], ...]  # (sound key of a word, choice), sorted
    starts: tuple[str, ...]  # every word-start suffix of every key, sorted
    start_of: tuple[int, ...]  # the choice each of `starts` belongs to
    buckets: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = field(repr=False)

    @classmethod
    def of(cls, shown: Sequence[str]) -> Choices:
        unique = tuple(dict.fromkeys(s[:CHOICE_MAX] for s in shown if s.strip()))
        keys = tuple(name_key(s) for s in unique)
        sounds = sorted(
            {(cologne_code(word), i) for i, key in enumerate(keys) for word in key.split()}
        )
        suffixes = sorted({(key[p:], i) for i, key in enumerate(keys) for p in _word_starts(key)})
        grouped: dict[str, tuple[list[str], list[int]]] = {}
        for suffix, i in suffixes:
            texts, owners = grouped.setdefault(suffix[0], ([], []))
            texts.append(suffix)
            owners.append(i)
        return cls(
            unique,
            keys,
            tuple(s for s in sounds if s[0]),
            tuple(s for s, _ in suffixes),
            tuple(i for _, i in suffixes),
            {c: (tuple(texts), tuple(owners)) for c, (texts, owners) in grouped.items()},
        )

    def _starting_with(self, key: str) -> set[int]:
        """Choices with a word start where `key` begins (the key's own start included)."""
        i = bisect_left(self.starts, key)
        found = set()
        while i < len(self.starts) and self.starts[i].startswith(key):
            found.add(self.start_of[i])
            i += 1
        return found

    def _sounding_like(self, key: str) -> list[int]:
        """Choices with a word beginning with the sound of what was typed ("Westfa": Westerkamp)."""
        code = cologne_code(key.replace(" ", ""))
        if len(code) < MIN_SOUND:
            return []
        found = []
        i = bisect_left(self.sounds, (code, -1))
        while i < len(self.sounds) and self.sounds[i][0].startswith(code):
            found.append(self.sounds[i][1])
            i += 1
        return found

    def _typo_tolerant(self, key: str, limit: int) -> list[int]:
        """Choices with a word start close to what was typed, best first (ties: default order).

        Only word starts beginning with the first or second letter typed are compared (a slip
        of the finger rarely hits the first letter, and a swap or a dropped first letter moves
        the second one forward), each cut to the length typed and one letter either side, so a
        prefix with a dropped or doubled letter scores like the whole word would."""
        best: dict[int, float] = {}
        for letter in dict.fromkeys(key[:2]):
            texts, owners = self.buckets.get(letter, ((), ()))
            for size in range(max(2, len(key) - 1), len(key) + 2):
                cut = [text[:size] for text in texts]
                for _, score, j in process.extract(
                    key,
                    cut,
                    scorer=fuzz.ratio,
                    processor=None,
                    limit=None,
                    score_cutoff=FUZZY_CUTOFF,
                ):
                    i = owners[j]
                    if score > best.get(i, -1.0):
                        best[i] = score
        return heapq.nsmallest(limit, best, key=lambda i: (-best[i], i))

    def complete(self, current: str, limit: int) -> list[str]:
        limit = max(0, min(limit, MAX_CHOICES))
        key = name_key(current[:CHOICE_MAX])
        if not key:
            return list(self.shown[:limit])
        hits = self._starting_with(key)
        prefix = [i for i in hits if self.keys[i].startswith(key)]
        if len(prefix) >= limit:
            return [self.shown[i] for i in heapq.nsmallest(limit, prefix)]
        word_start = heapq.nsmallest(limit - len(prefix), hits.difference(prefix))
        found = dict.fromkeys(sorted(prefix) + word_start)
        if len(found) < limit and len(key) >= FUZZY_FROM:
            found.update(dict.fromkeys(self._sounding_like(key)))
        if len(found) < limit and len(key) >= FUZZY_FROM:
            found.update(dict.fromkeys(self._typo_tolerant(key, limit)))
        return [self.shown[i] for i in list(found)[:limit]]


def _word_starts(key: str) -> list[int]:
    """Where the words of a key begin."""
    return [p for p, c in enumerate(key) if c != " " and (p == 0 or key[p - 1] == " ")]
