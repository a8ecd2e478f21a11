"""Find the spans that stand inside quotation marks in one line of text.

German news uses „…“ most, but sites also write "…", »…«, «…», ‚…‘, “…” and ”…”; a quote may
contain another one („… der „Sieg“ …“) and apostrophes (geht’s, Peter's). Only the outermost
pairs are returned; what stands inside them is kept exactly, inner marks included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# For each opening mark: the marks that may close it.
CLOSERS: dict[str, str] = {
    "„": '“”"',
    "“": "”“",
    "”": "”",
    '"': '"“”',
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "'": "'",
}
ALL_MARKS = frozenset("„“”\"»«‚‘’'")
MARK_RE = re.compile("[" + "".join(sorted(ALL_MARKS)) + "]")  # jumps from mark to mark


@dataclass(frozen=True)
class QuoteSpan:
    """The characters between an opening mark at `start - 1` and its closing mark at `end`;
    `open_end`: no closing mark, the quotation runs to the end of the line (it goes on in the
    next paragraph, or the text was cut off)."""

    start: int
    end: int
    text: str
    open_end: bool = False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _single_opens(text: str, i: int) -> bool:
    """‚ opens a quote when a word follows it and no word precedes it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word_char(before) and not after.isspace()


def _single_closes(text: str, i: int) -> bool:
    """‘/’ closes a quote only where it is not an apostrophe inside a word (geht’s)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word_char(after)


def _straight_closes(text: str, i: int) -> bool:
    """A straight " closes when no word starts right after it; otherwise it may open one."""
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not _is_word_char(after) or _is_word_char(before)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """The outermost quoted spans of `text`, left to right; unclosed marks are ignored."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []  # (opening mark, index of first char inside)
    for mark in MARK_RE.finditer(text):
        i = mark.start()
        ch = text[i]
        top = stack[-1][0] if stack else None
        if ch == "'":
            if top == "'" and _ascii_single_closes(text, i):
                _close(text, stack, spans, i)
            elif not stack and _ascii_single_opens(text, i):
                stack.append((ch, i + 1))
            continue  # otherwise an apostrophe (geht's, Klaus')
        if ch in "‘’":
            if top == "‚" and _single_closes(text, i):
                _close(text, stack, spans, i)
            continue  # otherwise an apostrophe
        if ch == "‚":
            if _single_opens(text, i):
                stack.append((ch, i + 1))
            continue
        closes = top is not None and ch in CLOSERS[top]
        if ch == '"' and closes and top != '"' and not _straight_closes(text, i):
            closes = False
        if ch == "“" and top == "“":
            # “…“ is a style some sites use; but “ right before a word opens a nested quote.
            after = text[i + 1] if i + 1 < len(text) else " "
            closes = not _is_word_char(after)
        if closes:
            _close(text, stack, spans, i)
            continue
        deeper = _deeper_opener(stack, ch)
        if deeper is not None and (ch != '"' or _straight_closes(text, i)):
            del stack[deeper + 1 :]  # an inner mark was never closed: drop it
            _close(text, stack, spans, i)
            continue
        # An unmatched mark that can only close („…“ style) after nothing opened is stray.
        if ch in CLOSERS:
            if ch == '"' and stack and _straight_closes(text, i) and i > 0:
                continue
            stack.append((ch, i + 1))
    _open_tail(text, stack, spans)
    return spans


# Only a German or guillemet opening mark may run to the end of a line unclosed, and only over
# enough words to be speech: a stray mark in a short line is not a quotation.
OPEN_TAIL_MARKS = "„»«"
OPEN_TAIL_WORDS = 4


def _open_tail(text: str, stack: list[tuple[str, int]], spans: list[QuoteSpan]) -> None:
    """An outermost quotation still open at the end of the line runs to its end."""
    if not stack or stack[0][0] not in OPEN_TAIL_MARKS:
        return
    start = stack[0][1]
    if spans and spans[-1].end > start:
        return
    tail = text[start:].rstrip()
    if len(tail.split()) >= OPEN_TAIL_WORDS:
        spans.append(QuoteSpan(start, start + len(tail), tail, open_end=True))


def _ascii_single_opens(text: str, i: int) -> bool:
    """' opens a quote ('Ich bleibe') after a space, a colon or a line start, before a letter."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in ":(") and after.isalpha()


def _ascii_single_closes(text: str, i: int) -> bool:
    """' closes a quote after its last word, before a space or punctuation."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word_char(after) and i > 0 and not text[i - 1].isspace()


def _deeper_opener(stack: list[tuple[str, int]], ch: str) -> int | None:
    """The index of the nearest opener below the top of the stack that `ch` closes."""
    for depth in range(len(stack) - 2, -1, -1):
        if ch in CLOSERS[stack[depth][0]]:
            return depth
    return None


def _close(text: str, stack: list[tuple[str, int]], spans: list[QuoteSpan], index: int) -> None:
    _, start = stack.pop()
    if not stack and index > start:
        spans.append(QuoteSpan(start, index, text[start:index]))
