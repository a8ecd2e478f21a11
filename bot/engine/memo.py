"""Answers remembered per index, for work that depends on the corpus alone.

A reader's question asks the same words, roles and sections as the questions before it: what
the corpus says about them is found once and kept beside the index (which is rebuilt, memos and
all, when the articles change). Keys that come from readers' free text are bounded: the memo is
emptied when full, never grown for ever."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MEMO_SIZE = 4_096  # keys kept per memo before it starts again
_MISSING = object()


def remembered(memo: dict[K, V], key: K, make: Callable[[], V], size: int = MEMO_SIZE) -> V:
    """`memo[key]`, made by `make()` the first time it is asked (one look-up, so that a
    thread emptying the memo meanwhile costs a second making, never an error)."""
    value = memo.get(key, _MISSING)
    if value is _MISSING:
        if len(memo) >= size:
            memo.clear()
        value = memo[key] = make()
    return value  # type: ignore[return-value]
