"""The figures the Discord tests print at the end of a run (issue 5, "Done when"): inputs tried,
faults injected and survived, commands sent vs answered, cooldown notes, peak memory.

The tests record what really happened in them (the fake counts inputs and injected faults; the
load test counts answers and measures memory), and conftest.py prints it after the run. A fault
counts as survived only when the test that injected it passed. Nothing here is asserted on.
"""

from __future__ import annotations

import gc
import os
import resource
import sys
from collections import Counter
from dataclasses import dataclass, field

MIB = 1024 * 1024


@dataclass(frozen=True)
class Memory:
    """What the process holds: resident memory, the blocks Python's allocator has handed out, and
    the objects the garbage collector tracks (all cheap to read, unlike tracemalloc, which would
    slow a load test down threefold). A leak in the bot shows most clearly in the objects: the
    blocks also follow the size of the pool of open connections."""

    rss: int  # bytes
    blocks: int
    objects: int

    @classmethod
    def now(cls) -> Memory:
        return cls(current_rss_bytes(), sys.getallocatedblocks(), len(gc.get_objects()))

    def minus(self, other: Memory) -> Memory:
        return Memory(
            self.rss - other.rss, self.blocks - other.blocks, self.objects - other.objects
        )


@dataclass
class LoadFigures:
    """One load run: what was sent and what came back, and the memory held along the way."""

    users: int
    commands_sent: int
    answered: int
    cooldown_notes: int
    lost: int
    answered_twice: int
    held: tuple[Memory, ...]  # after the warm-up, after the first burst, after the second


@dataclass
class Figures:
    inputs: int = 0
    injected: Counter[str] = field(default_factory=Counter)
    survived: Counter[str] = field(default_factory=Counter)
    loads: list[LoadFigures] = field(default_factory=list)

    def record_faults(self, faults: Counter[str], *, passed: bool) -> None:
        self.injected.update(faults)
        if passed:
            self.survived.update(faults)

    def lines(self) -> list[str]:
        """The summary, one figure a line."""
        lines = [f"inputs tried (messages and interactions by users): {self.inputs}"]
        injected = sum(self.injected.values())
        survived = sum(self.survived.values())
        lines.append(f"faults injected: {injected}, survived: {survived}")
        for kind, count in sorted(self.injected.items()):
            lines.append(f"  {kind}: {count} injected, {self.survived[kind]} survived")
        for load in self.loads:
            lines.append(
                f"load: {load.commands_sent} commands from {load.users} users -> "
                f"{load.answered} answered + {load.cooldown_notes} cooldown notes, "
                f"{load.lost} lost, {load.answered_twice} answered twice"
            )
            rss = ", ".join(f"{m.rss / MIB:.1f}" for m in load.held)
            blocks = ", ".join(f"{m.blocks:,}" for m in load.held)
            lines.append(f"  memory held after warm-up, burst 1, burst 2: RSS {rss} MiB")
            objects = ", ".join(f"{m.objects:,}" for m in load.held)
            lines.append(f"  … Python memory blocks: {blocks}; objects: {objects}")
        lines.append(f"peak memory of the test process (max RSS): {max_rss_bytes() / MIB:.0f} MiB")
        return lines


def current_rss_bytes() -> int:
    """The process's resident memory now (Linux); elsewhere its peak, which is all there is."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return max_rss_bytes()


def max_rss_bytes() -> int:
    """The process's peak resident memory (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


FIGURES = Figures()
