"""An interview's answer stands on the line after its question.

A reader asking "was will X als Erstes angehen" finds the interviewer's line "Was steht als
Erstes auf Ihrer Liste?" (the words match), but the answer is the next line ("X: Der
Busverkehr. …"). The same holds for a report that asks a question and answers it below, and
the other way round for a readers' letter, signed on the line after it.
"""

from __future__ import annotations

from bot.corpus.german import is_role_noun
from bot.engine.folding import words
from bot.engine.index import CorpusIndex
from bot.engine.memo import remembered


def answers_for_questions(
    index: CorpusIndex, chosen: list[int], keep: frozenset[int] = frozenset()
) -> list[int]:
    """`chosen` with each unit of a line asking a question replaced by the first unit of the
    next line of its article, when that line answers (asks nothing itself); a unit of `keep`
    stays, with that answer after it. A unit shown twice is shown once."""
    result: list[int] = []
    for unit in chosen:
        answer = answer_below(index, unit)
        shown = (unit,) if answer is None else (unit, answer) if unit in keep else (answer,)
        result.extend(u for u in shown if u not in result)
    return result


def answer_below(index: CorpusIndex, unit: int) -> int | None:
    """The first unit of the line after `unit`'s, if `unit`'s line asks a question."""
    columns = index.columns
    block = columns.block[unit]
    if not _asks(index, block) and not (
        _asks(index, block, quoted=True) and _is_question(columns.text(unit))
    ):
        return None  # a quoted question ends the line: only its own sentence asks it
    below = block + 1
    if below >= len(index.block_units) or not index.block_units[below]:
        return None
    first = min(index.block_units[below], key=lambda u: (columns.start[u], u))
    if columns.article[first] != columns.article[unit] or _asks(index, below):
        return None
    return first


# Closing quotation marks after a question mark: a report's line may end with a moderator's
# quoted question ("… mit der Frage: „Warum fährt kein Bus?“"), answered on the line below.
_CLOSING_QUOTES = "“”\"»«’‘'"


def _asks(index: CorpusIndex, block: int, quoted: bool = False) -> bool:
    """Whether a line ends with a question (then it is no answer); `quoted`: a question in
    quotation marks counts too."""
    columns = index.columns
    last = max(index.block_units[block], key=lambda u: (columns.end[u], u))
    text = columns.text(last).rstrip()
    return _is_question(text) if quoted else text.endswith("?")


def _is_question(text: str) -> bool:
    """Whether a text ends with a question mark, before any closing quotation marks."""
    return text.rstrip().rstrip(_CLOSING_QUOTES).endswith("?")


# A readers' letter is signed on the line after it: "Ilse Warnecke, Dörnhagen" (a name, maybe
# the writer's town), a few words and no sentence.
SIGNATURE_WORDS = 5


def letters_for_signatures(index: CorpusIndex, chosen: list[int]) -> list[int]:
    """`chosen` with the letter above each signature line before it: "was schreibt X über die
    Brücke" finds X's name on the line under the letter, but the letter says it."""
    result: list[int] = []
    for unit in chosen:
        letter = _letter_above(index, unit)
        shown = (unit,) if letter is None else (letter, unit)
        result.extend(u for u in shown if u not in result)
    return result


def _letter_above(index: CorpusIndex, unit: int) -> int | None:
    """The first unit of the line before `unit`'s, if `unit`'s line signs it."""
    columns = index.columns
    block = columns.block[unit]
    if not _signs(index, block) or block == 0 or _signs(index, block - 1):
        return None
    above = index.block_units[block - 1]
    if not above:
        return None
    first = min(above, key=lambda u: (columns.start[u], u))
    return first if columns.article[first] == columns.article[unit] else None


def _signs(index: CorpusIndex, block: int) -> bool:
    """Whether a line is a signature: a person's full name, then nothing or a comma and the
    writer's town; no end of a sentence, and not a profile's "Name, 56, Sozialarbeiterin"
    (an age, a job). Remembered per line (`Memos.signature`): answers come from the same lines."""
    # (keyed by the corpus's own lines, so bounded by them: never emptied)
    return remembered(
        index.memos.signature,
        block,
        lambda: _a_signature(index, block),
        size=len(index.block_units),
    )


def _a_signature(index: CorpusIndex, block: int) -> bool:
    text = index.columns.block_text[block].strip()
    if len(words(text)) > SIGNATURE_WORDS or text.endswith((".", "!", "?", ":", "“", '"')):
        return False
    name, *town = text.split(",")
    if len(town) > 1 or any(
        not word[:1].isupper() or is_role_noun(word) for word in "".join(town).split()
    ):
        return False
    return " ".join(words(name)) in index.people.by_name
