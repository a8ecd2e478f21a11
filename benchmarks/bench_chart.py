"""How long the results chart takes, and what the simple alternative would cost.

Draws the same bar chart (a fictional town, 3 and 12 candidates) with the bot's Pillow code and,
if matplotlib is installed (it is not a dependency), with matplotlib's Agg backend; prints the
median of repeated runs, the PNG sizes, and each library's installed size. Figures are printed,
never asserted.

    .venv/bin/python -m benchmarks.bench_chart
"""

from __future__ import annotations

import importlib.util
import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bot.results.chart import bars, render_png
from bot.results.model import CandidateVotes, Count
from bot.results.settings import Candidate

PARTIES = ("SPD", "CDU", "GRÜNE", "FDP", "AfD", "Die Linke", "BSW", "Freie Wähler", "Volt", "ÖDP")
REPEATS = 30


def sample_count(candidates: int) -> Count:
    """A complete count with `candidates` candidates (made-up names and numbers)."""
    votes = [1000 * (candidates - k) + 37 * k for k in range(candidates)]
    entries = tuple(
        CandidateVotes(Candidate(k + 1, f"Kandidatin Nummer {k + 1}", PARTIES[k % 10]), v)
        for k, v in enumerate(votes)
    )
    valid = sum(votes)
    return Count(
        "Bürgermeisterwahl",
        "21.09.2025",
        40,
        40,
        valid * 2,
        valid + 300,
        valid // 3,
        300,
        valid,
        entries,
    )


def matplotlib_png(count: Count, title: str) -> bytes:  # pragma: no cover - optional
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    shown = bars(count)
    figure, axes = pyplot.subplots(figsize=(8, 0.56 * len(shown) + 1.4), dpi=100)
    labels = [b.label for b in shown][::-1]
    shares = [100 * (b.share or 0) for b in shown][::-1]
    colours = [tuple(c / 255 for c in b.colour) for b in shown][::-1]
    drawn = axes.barh(labels, shares, color=colours)
    axes.bar_label(drawn, labels=[f"{s:.1f} %".replace(".", ",") for s in shares], padding=4)
    axes.set_xlim(0, 100)
    axes.set_title(title, loc="left")
    out = io.BytesIO()
    figure.savefig(out, format="png", bbox_inches="tight")
    pyplot.close(figure)
    return out.getvalue()


def median_ms(draw: Callable[[], bytes]) -> tuple[float, int]:
    draw()  # warm-up: fonts, imports
    times = []
    size = 0
    for _ in range(REPEATS):
        start = time.perf_counter()
        size = len(draw())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), size


def installed_mb(*packages: str) -> float | None:
    """The size of the packages' folders and of the shared libraries their wheels bring."""
    total = 0
    for name in packages:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            return None
        folder = Path(spec.origin).parent
        libs = folder.parent / f"{'pillow' if name == 'PIL' else name}.libs"
        for part in (folder, libs):
            total += sum(p.stat().st_size for p in part.rglob("*") if p.is_file())
    return total / 1e6


def main() -> None:
    has_matplotlib = importlib.util.find_spec("matplotlib") is not None
    print(f"results chart, median of {REPEATS} runs (ms) and PNG size (bytes)")
    print("| candidates | Pillow (the bot) | matplotlib Agg |")
    print("|---|---|---|")
    title = "Bürgermeisterwahl Musterstadt"
    for candidates in (3, 12):
        count = sample_count(candidates)
        ms, size = median_ms(lambda c=count: render_png(c, title, "de"))
        other = "not installed"
        if has_matplotlib:
            other_ms, other_size = median_ms(lambda c=count: matplotlib_png(c, title))
            other = f"{other_ms:.1f} ms, {other_size:,} B"
        print(f"| {candidates} | {ms:.1f} ms, {size:,} B | {other} |")
    pillow = installed_mb("PIL")
    print(f"installed: Pillow {pillow:.0f} MB" if pillow else "installed: Pillow ?")
    if has_matplotlib:
        heavy = installed_mb("matplotlib", "numpy", "fontTools", "kiwisolver", "contourpy")
        print(f"installed: matplotlib with numpy, fontTools, kiwisolver, contourpy {heavy:.0f} MB")


if __name__ == "__main__":
    main()
