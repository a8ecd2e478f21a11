"""Fold German text into matching keys: case, umlauts and their spellings, hyphens, stems.

rapidfuzz compares code points as they are, so "Lögering", "Loegering" and "Logering" would
differ. Every key the index stores and every query it is asked goes through the same folding,
so the scorers only ever see plain lower-case ASCII-ish letters.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

# ä/ö/ü are written ae/oe/ue where a keyboard lacks them; both fold to the bare vowel. A "ue"
# after a vowel is no umlaut (neue, Steuer, Frauen), so it stays.
_DIGRAPH_RE = re.compile(r"(?<![aeiouy])([aou])e")
# The vowel kept: a C-level replacement (a template like r"\1" is expanded in Python per call).
_VOWEL = operator.methodcaller("group", 1)
TOKEN_RE = re.compile(r"[^\W_]+|%")
PERCENT_WORD = "prozent"
_SEPARATORS_RE = re.compile(r"[\s\-‐‑‒–—/.'’_]+")


def _accent_table() -> dict[int, str]:
    """Latin letters with accents → their base letters (é → e, ğ → g, ł → l), computed once."""
    # (Turkish "ı" has no dot to lose: readers type "Yildirim" for "Yıldırım".)
    special = {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"}
    table = {ord(k): v for k, v in special.items()}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if base != char and base.isascii() and base:
            table.setdefault(code, base.lower())
    return table


_ACCENTS = _accent_table()
# The accented letters found by one regex search and replaced one by one: `str.translate` with
# a table looks up every character of a line, ten times slower over a German sentence, where
# only its few umlauts need replacing (every key of the table lies in this range).
_ACCENTED_RE = re.compile("[\u00c0-\u024f]")


def _base_letters(match: re.Match[str]) -> str:
    letter = match.group()
    return _ACCENTS.get(ord(letter), letter)


def fold(text: str) -> str:
    """Lower case without accents or umlauts: "Lögering" / "Loegering" → "logering"."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        text = _ACCENTED_RE.sub(_base_letters, text)
    return _DIGRAPH_RE.sub(_VOWEL, text)


@lru_cache(maxsize=1 << 14)  # the same names come back in article after article
def name_key(text: str) -> str:
    """A name's key: folded, hyphens and dots as spaces ("Kramp-Karrenbauer" → "kramp karrenbauer").

    Hyphenated and spaced spellings of a name thus meet."""
    return _SEPARATORS_RE.sub(" ", fold(text)).strip()


def words(text: str) -> list[str]:
    """The folded words of a text, split at anything that is not a letter or digit; a per
    cent sign is the word it is read as ("55,2 %": "55", "2", "prozent")."""
    found = TOKEN_RE.findall(fold(text))
    if "%" in text:
        return [PERCENT_WORD if token == "%" else token for token in found]
    return found


def has_phrase(folded: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether these folded words hold the phrase's words in a row ("erste", "runde")."""
    size = len(phrase)
    if size and phrase[0] not in folded:
        return False  # (one pass in C first: a question has few of the many phrases tested)
    return any(tuple(folded[i : i + size]) == phrase for i in range(len(folded) - size + 1))


def has_any_phrase(folded: list[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    return any(has_phrase(folded, phrase) for phrase in phrases)


STEM_MEMO_SIZE = 1 << 14  # words kept before the memo starts again (readers' words are unbounded)
_STEMS: dict[str, str] = {}  # only strings: the cyclic garbage collector never walks it


def stem_word(word: str) -> str:
    """The German stem of one folded word; numbers and words of up to three letters stay whole.

    Snowball's stemmer objects keep state while they work, so each call makes its own; a
    question's rules stem the same words of its lines and of the questions before it again and
    again (about fifty a question), so the stems are remembered.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    stem = _STEMS.get(word)
    if stem is None:
        if len(_STEMS) >= STEM_MEMO_SIZE:
            _STEMS.clear()
        stem = _STEMS[word] = Stemmer.Stemmer("german").stemWord(word)
    return stem


class StemMemo:
    """Stems remembered while one index is built (owned by that build: no sharing, no locks)."""

    def __init__(self) -> None:
        self.stems: dict[str, str] = {}

    def stem(self, word: str) -> str:
        stem = self.stems.get(word)
        if stem is None:
            stem = self.stems[word] = stem_word(word)
        return stem
