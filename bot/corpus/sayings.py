"""Sayings quoted inside a quotation: „Mein Vater hat immer gesagt: ‚…‘ Das stimmt.“

The words in the inner marks are somebody else's than the quoting person's: theirs only when the
quoting clause names a person of the article as its subject ("Horst hat immer gesagt: ‚…‘"),
nobody's when it names none ("Die Oma hat immer gesagt", "Er sagte dann"). Listed on their own,
they are not judged as the outer speaker's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.corpus import german
from bot.corpus.people import PeopleIndex
from bot.corpus.quotemarks import find_quote_spans

# What may stand before the name that opens the clause: "Frau Tiedemann hat mir gesagt: „…“".
ADDRESS_WORDS = frozenset({"", "Herr", "Frau", "Dr.", "Herr Dr.", "Frau Dr."})
MIN_WORDS = 3  # "der ‚Sieg‘" inside a quotation is a term, not a saying
# The clause that introduces the saying: from the last sentence end before it to its colon.
CLAUSE_START_RE = re.compile(r".*[.!?]\s+", re.DOTALL)


@dataclass(frozen=True)
class Saying:
    """A saying inside a quotation: where it starts in the quotation, its words, its speaker."""

    start: int
    text: str
    speaker: str | None


def sayings(
    quotation: str, people: PeopleIndex, quoting: str | None, question: str = ""
) -> list[Saying]:
    """The sayings a quotation quotes after a colon, each with the known person its
    introducing clause opens with (not the quoting person `quoting`), else no speaker. An
    interview answer passes the `question` it answers: "Er" opening the clause is the one man
    that question names ("Ihr Gegner X hat Ihnen … vorgeworfen." – "Er hat gesagt: ‚…‘")."""
    found: list[Saying] = []
    if ":" not in quotation:
        return found  # (most quotations: no colon, so no saying introduced by one)
    for span in find_quote_spans(quotation):
        before = quotation[: span.start - 1].rstrip()
        if not before.endswith(":") or len(span.text.split()) < MIN_WORDS:
            continue
        opened = CLAUSE_START_RE.match(before)
        clause = before[opened.end() if opened else 0 :]
        speaker = _clause_subject(clause, people, quoting)
        if speaker is None and clause.split()[:1] == ["Er"]:
            speaker = _the_man_asked_about(question, people, quoting)
        found.append(Saying(span.start, span.text, speaker))
    return found


def _the_man_asked_about(question: str, people: PeopleIndex, quoting: str | None) -> str | None:
    """The one man of the article a question names (not the one answering); else None. ("Sie"
    is left alone: in an answer it may be the interviewer addressed.)"""
    if not question or people.alias_finder is None:
        return None
    named = [people.get(m.alias) for m in people.alias_finder.finditer(question)]
    men = {p.name for p in named if p is not None and p.gender == "m" and p.name != quoting}
    return men.pop() if len(men) == 1 else None


def _clause_subject(clause: str, people: PeopleIndex, quoting: str | None) -> str | None:
    """The known person the clause opens with, when it names nobody else: by a name of theirs
    (after "Herr" or "Frau", as one speaks of somebody) or by a first name only they have
    ("Horst hat immer gesagt")."""
    named = people.alias_finder.finditer(clause) if people.alias_finder is not None else []
    if named:
        person = people.get(named[0].alias)
        opens = len(named) == 1 and clause[: named[0].start].strip() in ADDRESS_WORDS
        name = person.name if person is not None and opens else None
    else:
        first = clause.split()[:1]
        owners = [p.name for p in people.records if first and p.name.split()[0] == first[0]]
        name = owners[0] if len(owners) == 1 and first[0] in german.FIRST_NAMES else None
    return name if name != quoting else None
