"""Kölner Phonetik: a sound key for German names, so that typed spellings meet written ones.

"Maier"/"Meyer", "Fischer"/"Vischer" and "Schmitt"/"Schmidt" sound alike and get the same
code; an edit-distance score alone rates some of them too low to accept. The rules are Hans
Joachim Postel's (1969), general to German and keyed to no name.
"""

from __future__ import annotations

from functools import lru_cache

_SIMPLE = {
    **dict.fromkeys("aeijouy", "0"),
    "b": "1",
    **dict.fromkeys("fvw", "3"),
    **dict.fromkeys("gkq", "4"),
    "l": "5",
    **dict.fromkeys("mn", "6"),
    "r": "7",
    **dict.fromkeys("sz", "8"),
}
_C_HARD_AT_START = frozenset("ahkloqrux")
_C_HARD = frozenset("ahkoqux")


def _code(word: str, i: int) -> str:
    ch = word[i]
    before = word[i - 1] if i > 0 else ""
    after = word[i + 1] if i + 1 < len(word) else ""
    if ch in _SIMPLE:
        return _SIMPLE[ch]
    if ch == "h":
        return ""
    if ch == "p":
        return "3" if after == "h" else "1"
    if ch in "dt":
        return "8" if after in ("c", "s", "z") and after else "2"
    if ch == "c":
        if i == 0:
            return "4" if after in _C_HARD_AT_START else "8"
        return "4" if after in _C_HARD and before not in ("s", "z") else "8"
    if ch == "x":
        return "8" if before in ("c", "k", "q") and before else "48"
    return ""  # digits and anything else carry no sound


@lru_cache(maxsize=1 << 14)  # names and their words recur across a night's articles
def cologne_code(folded: str) -> str:
    """The Kölner Phonetik code of a folded word or name ("westphal" → "38235")."""
    letters = "".join(c for c in folded if "a" <= c <= "z")
    if not letters:
        return ""
    raw = "".join(_code(letters, i) for i in range(len(letters)))
    collapsed = [c for i, c in enumerate(raw) if i == 0 or c != raw[i - 1]]
    return collapsed[0] + "".join(c for c in collapsed[1:] if c != "0") if collapsed else ""
