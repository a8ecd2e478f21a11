"""Text that looks like something it is not: invisible characters, and names mixing scripts.

A zero-width space inside "Anna Schmidt" splits the name for the reader, not for the eye; a
right-to-left override shows a surname backwards or hides it. Reading removes such characters
(`visible_text`), as no news text needs them. A name that mixes alphabets ("Mеrz" with a
Cyrillic "е") looks exactly like another person's: it stays a person of its own, and the
answers name it with the scripts it mixes (`mixed_scripts`), so nobody mistakes the two.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width and joiner characters, the soft hyphen, invisible operators, and every directional
# control (embeddings, overrides, isolates, marks).
INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_REMOVE = dict.fromkeys(map(ord, INVISIBLE))
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


def visible_text(text: str) -> str:
    """`text` without characters that change how it reads but show nothing themselves."""
    if _INVISIBLE_RE.search(text) is None:
        return text  # the usual case, found far quicker than `translate` (per character)
    return text.translate(_REMOVE)


def _script(char: str) -> str | None:
    """The alphabet a letter belongs to ("LATIN", "CYRILLIC", "GREEK" …); None for others."""
    if not char.isalpha():
        return None
    return unicodedata.name(char, "").split(" ", 1)[0] or None


@lru_cache(maxsize=1 << 14)  # pure; `who` asks it of every person it lists, in every reply
def mixed_scripts(name: str) -> tuple[str, ...]:
    """The alphabets a name mixes, in order of first use ("LATIN", "CYRILLIC"); () if one."""
    scripts = dict.fromkeys(s for s in map(_script, name) if s is not None)
    return tuple(scripts) if len(scripts) > 1 else ()
