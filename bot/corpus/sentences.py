"""Split one block of text into sentences without cutting through a quotation.

A quotation may hold several sentences („Endlich ist es so weit! Nach 40 Jahren …“, so X.), so
boundaries inside quotation marks are ignored; a quotation ending in . ! ? followed by a new
capitalised word does end the sentence. Abbreviations and ordinal dates do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bot.corpus import german
from bot.corpus.quotemarks import QuoteSpan, find_quote_spans

ABBREVIATIONS = frozenset(
    "dr prof nr st str bzw ca vgl usw etc z b d h u a o ä evtl ggf inkl ehem geb gest "
    "jr sen mio mrd abs art bspw hl min max tel sog zzgl jh jhd chr v mr mrs ms".split()
)
_BOUNDARY_RE = re.compile(r"[.!?…]+[“”\"«»‘’']*\s+")
# A full stop with the space lost between two sentences ("…, sagte der Papst.Der Bruder …"):
# a lower-case word of three letters or more, then a capitalised word (not "ver.di", "z.B.").
# (The lookbehind follows the mark, so the search can skip from one . ! ? to the next.)
_GLUED_RE = re.compile(r"[.!?](?<=[a-zäöüß]{3}[.!?])(?=[A-ZÄÖÜ][a-zäöüß]{2,}\b)")
CLOSING_MARKS = "“”\"«»‘’'"
# Texts whose quotations and sentences are remembered (see `read_sentences`).
READ_CACHE_SIZE = 4096


@dataclass(frozen=True)
class Sentence:
    """A sentence of a block: `start`/`end` index the block's text; `quotes` lie inside it."""

    start: int
    end: int
    text: str
    quotes: tuple[QuoteSpan, ...]

    def frame(self) -> str:
        """The sentence with every quotation replaced by spaces (same length, same offsets)."""
        return self._frame if self.quotes else self.text  # most sentences quote nobody

    @cached_property
    def _frame(self) -> str:
        # Computed once per sentence: the quote finders and speaker rules all ask for it.
        text = self.text
        for span in self.quotes:
            low = max(span.start - 1 - self.start, 0)  # the opening mark
            high = min(span.end + 1 - self.start, len(text))  # the closing mark
            if low < high:
                text = text[:low] + " " * (high - low) + text[high:]
        return text


def _word_chars_before(text: str, end: int) -> str:
    """The run of word characters (\\w) that ends at `end`; "" if there is none."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def _is_abbreviation(text: str, dot: int) -> bool:
    # The word right before the dot (a regex "(\\w+)$" on text[:dot], which also allows a
    # final line break between them).
    end = dot - 1 if dot > 0 and text[dot - 1] == "\n" else dot
    word = _word_chars_before(text, end)
    if not word:
        return False
    if word.isdigit():
        return len(word) <= 2  # "28. September", "3. Liga"; a year or count ends a sentence
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


NEXT_WORD_RE = re.compile(r"[\w’'-]+")


def _initial_ends_sentence(text: str, dot: int, after: int) -> bool:
    """A capital's initial, as court reports cut a surname ("Monika K."), ends its sentence
    when the next word can open no name: "… seine Mutter, Monika K. Sie hätte …"."""
    if dot < 1 or not text[dot - 1].isupper() or (dot > 1 and text[dot - 2].isalnum()):
        return False
    word = NEXT_WORD_RE.match(text, after)
    return word is not None and word.group(0) in german.NOT_NAME_WORDS


def split_sentences(text: str, spans: list[QuoteSpan] | None = None) -> list[Sentence]:
    """The sentences of `text`, each with the quotations it contains."""
    spans = find_quote_spans(text) if spans is None else spans
    inside = [(s.start - 1, s.end) for s in spans]  # a quote's marks included
    cuts: list[int] = []
    for match in _GLUED_RE.finditer(text):
        if not (inside and any(a <= match.start() < b for a, b in inside)):
            cuts.append(match.end())
    for match in _BOUNDARY_RE.finditer(text):
        end = match.end()
        if end >= len(text):
            continue
        next_char = text[end]
        if next_char == "(":  # "… so.“ (Zuruf von der CDU: …)": a remark of its own
            next_char = text[end + 1 : end + 2] or " "
        if not (next_char.isupper() or next_char.isdigit() or next_char in '„»«"“‚'):
            continue
        punct = match.start()
        if spans:  # a cut inside a quotation is no cut, unless the quotation closes there
            last_mark = match.group(0).rstrip()
            closes_quote = last_mark[-1] in CLOSING_MARKS and any(
                s.end == match.start() + len(last_mark) - 1 for s in spans
            )
            if not closes_quote and any(a <= punct < b for a, b in inside):
                continue  # inside a quotation
        # (Not after a quotation closing on a number: „Ich bin 58.“ is no ordinal date.)
        closes_on_it = match.group(0)[1:2] in CLOSING_MARKS
        if (
            text[punct] == "."
            and not closes_on_it
            and _is_abbreviation(text, punct)
            and not _initial_ends_sentence(text, punct, end)
        ):
            continue
        cuts.append(end)
    sentences: list[Sentence] = []
    start = 0
    for cut in [*sorted(cuts), len(text)]:
        piece = text[start:cut].rstrip()
        if piece:  # rstripped: empty when it was only spaces
            quotes = tuple(s for s in spans if start <= s.start < start + len(piece) + 1)
            sentences.append(Sentence(start, start + len(piece), piece, quotes))
        start = cut
    return sentences


@lru_cache(maxsize=READ_CACHE_SIZE)
def read_sentences(text: str) -> tuple[tuple[QuoteSpan, ...], tuple[Sentence, ...]]:
    """A text's quotations and its sentences, remembered: a night's coverage repeats whole
    paragraphs (agency copy in many papers, a live ticker's entries), each read once."""
    spans = find_quote_spans(text)
    return tuple(spans), tuple(split_sentences(text, spans))
