"""One reading of an election's count: the totals over its areas, and what follows from them.

Numbers that were not reported yet are None, never 0: a share or a turnout is only computed
from numbers that are there.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.results.settings import Candidate


@dataclass(frozen=True)
class CandidateVotes:
    candidate: Candidate
    votes: int | None  # None: no area has reported this column yet


@dataclass(frozen=True)
class Count:
    """The totals of one CSV reading (the columns are the votemanager/OK.VOTE ones)."""

    election: str  # the CSV's `wahl`, e.g. "Oberbürgermeisterwahl" ("" if it has none)
    date: str  # the CSV's `datum`, as written there
    areas_counted: int  # polling districts reported (`anz-schnellmeldungen`) …
    areas_total: int  # … of all (`max-schnellmeldungen`)
    eligible: int | None  # A: eligible voters
    voters: int | None  # B: who voted
    postal: int | None  # B1: of them by post
    invalid: int | None  # C: invalid votes
    valid: int | None  # D: valid votes
    candidates: tuple[CandidateVotes, ...]

    @property
    def complete(self) -> bool:
        """Every district has reported."""
        return self.areas_total > 0 and self.areas_counted == self.areas_total

    @property
    def started(self) -> bool:
        """At least one district has reported numbers."""
        return self.areas_counted > 0 and self.valid is not None

    @property
    def turnout(self) -> float | None:
        """B ÷ A, if both are there. Postal districts have voters but no eligible voters of
        their own, so while they report ahead of the rest B can exceed A: no turnout then."""
        if self.voters is None or not self.eligible or self.voters > self.eligible:
            return None
        return self.voters / self.eligible

    def share(self, votes: int | None) -> float | None:
        """`votes` as a share of the valid votes (D)."""
        if votes is None or not self.valid:
            return None
        return votes / self.valid

    def ranked(self) -> tuple[CandidateVotes, ...]:
        """Most votes first; candidates without a number yet last, in ballot order."""
        return tuple(sorted(self.candidates, key=lambda c: (c.votes is None, -(c.votes or 0))))

    @property
    def leader(self) -> CandidateVotes | None:
        """The candidate ahead, if one is ahead alone."""
        ranked = [c for c in self.ranked() if c.votes]
        if not ranked or (len(ranked) > 1 and ranked[0].votes == ranked[1].votes):
            return None
        return ranked[0]
