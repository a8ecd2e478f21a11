"""Hostile input: how extraction and indexing scale with the length of one line.

An article may hold a single line of hundreds of kilobytes (a paste gone wrong, or on purpose).
For lines of 10 KB, 100 KB and 1 MB of three kinds (names with appositions, role nouns, short
quotations with speakers) it prints the median time per KB of extraction and of indexing: flat
from 10 KB to 1 MB means linear. Beside them, reading alone (splitting the file into blocks) is
the floor any reader pays. Then the time of `!zitat` (engine answer plus rendering every page,
embeds and text) on an article with a 1 MB quotation.

Last, how long a small article takes to be served while a 1 MB one is being extracted: with
the library as it is (extraction outside its lock) and, beside it, with one lock held through
the whole refresh, as before.

`make bench-hostile`, or `.venv/bin/python -m benchmarks.bench_hostile [--runs N]`.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.config import default_config
from bot.corpus.extract import extract
from bot.corpus.reading import parse_article
from bot.engine.engine import Engine
from bot.engine.index import build_index
from bot.engine.render import render_embeds, render_text
from bot.engine.reply import DIRECT, Excerpt, Reply
from bot.library import Library, Refresh

SIZES = (10_000, 100_000, 1_000_000)
# Each line is one of these repeated to the size wanted: the shapes that were quadratic.
LINES = {
    "names + appositions": (
        "Anna Schmidt, die Vorsitzende der Partei, und Peter Müller, Sprecher der Stadt, sowie "
        "Jan Meier (SPD), Bürgermeister von Hagen, "
    ),
    "role nouns": "Bürgermeister Oberbürgermeisterin Ministerpräsident Sprecherin Landrat. ",
    "quotes + speakers": "„Wir machen weiter“, sagte Anna Schmidt (SPD). ",
}
HEAD = "Von Jonas Muster\nIn Hagen wurde gewählt. Die Wahlbeteiligung lag bei 40 Prozent.\n"


def line_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def scaling(runs: int) -> list[str]:
    rows = [
        "| line | size | reading ms/KB | extraction ms/KB | indexing ms/KB |",
        "|---|---|---|---|---|",
    ]
    print("\n".join(rows), flush=True)
    for name, unit in LINES.items():
        for size in SIZES:
            text = HEAD + line_of(unit, size) + "\n"
            times = 1 if size >= 1_000_000 else runs
            article = parse_article(text, article_id="long", path="long.txt")
            read = median_seconds(lambda t=text: parse_article(t, article_id="x", path="x"), runs)
            extracted = extract(article)
            extraction = median_seconds(lambda a=article: extract(a), times)
            indexing = median_seconds(lambda a=extracted: build_index([a]), times)
            kb = size / 1000
            rows.append(
                f"| {name} | {size // 1000:,} KB | {read * 1000 / kb:.3f} "
                f"| {extraction * 1000 / kb:.2f} | {indexing * 1000 / kb:.2f} |"
            )
            print(rows[-1], flush=True)
    return rows


def zitat(runs: int) -> list[str]:
    """`!zitat` on an article whose one paragraph is a 1 MB quotation."""
    words = line_of("Wir bleiben bei unserem Kurs und machen weiter ", 1_000_000)
    text = HEAD + f"„{words.strip()}“, sagte Anna Schmidt (SPD).\n"
    article = extract(parse_article(text, article_id="long", path="long.txt"))
    config = replace(default_config(), cache_dir=None, reload_interval=0)
    engine = Engine((article,), config)

    def ask() -> tuple[int, int]:
        reply = engine.handle_message("!zitat Anna Schmidt", dm=False)
        assert reply is not None
        return len(render_embeds(reply, "de")), len(render_text(reply, "de"))

    embeds, texts = ask()
    seconds = median_seconds(ask, runs)
    # Reading cuts such a line into pieces, so no quotation of a megabyte reaches a reply; a
    # reply holding one anyway (the renderer's own bound) is timed as well.
    excerpt = Excerpt(words, DIRECT, "long", 3, None, speaker="Anna Schmidt")
    held = Reply("ok", "Zitate von Anna Schmidt", excerpts=(excerpt,))
    rendered = median_seconds(lambda: (render_embeds(held, "de"), render_text(held, "de")), runs)
    return [
        f"- `!zitat Anna Schmidt` on an article with a 1 MB quotation: {seconds * 1000:.1f} ms "
        f"(median of {runs}; answer and every page rendered: {embeds} embed page(s), "
        f"{texts} text page(s))",
        f"- rendering a reply that holds a 1 MB quotation: {rendered * 1000:.1f} ms "
        f"({len(render_embeds(held, 'de'))} embed pages, {len(render_text(held, 'de'))} text "
        "pages: the quotation is cut, with a note where the rest stands)",
    ]


@dataclass
class WholeRefreshLocked(Library):
    """The library with the locking it had before: one lock held through a whole refresh
    (reading, extraction, index, swap), so a refresh waits for any other to finish."""

    _whole: threading.Lock = field(default_factory=threading.Lock)

    def refresh(self, force: bool = False, written: Collection[Path] = ()) -> Refresh:
        with self._whole:
            return super().refresh(force, written)


SMALL = "Von Ida Probe\nIn Hagen gewann Eva Stern (SPD). „Ein klarer Auftrag“, sagte Stern.\n"


def small_while_huge(kind: type[Library], size: int) -> float:
    """Seconds from a small article's arrival to its being served, while a refresh extracts
    a `size`-byte one-line article that arrived just before (both written whole)."""
    with tempfile.TemporaryDirectory() as folder:
        seeds = Path(folder)
        (seeds / "seed.txt").write_text(HEAD, encoding="utf-8")
        config = replace(default_config(), seeds=seeds, cache_dir=None, reload_interval=0)
        library, _ = kind.open(config)
        huge = seeds / "huge.txt"
        huge.write_text(HEAD + line_of(LINES["names + appositions"], size) + "\n", "utf-8")
        extracting = threading.Thread(target=library.refresh, kwargs={"written": [huge]})
        extracting.start()
        time.sleep(0.3)  # the huge article's refresh is under way
        small = seeds / "small.txt"
        start = time.perf_counter()
        small.write_text(SMALL, encoding="utf-8")
        library.refresh(written=[small])  # the next poll, or `!reload`
        assert library.engine.run_command("quote", "Eva Stern").status == "ok"
        seconds = time.perf_counter() - start
        extracting.join()
    return seconds


def small_article_latency(runs: int, size: int = 1_000_000) -> list[str]:
    """The time until a small article is served while a huge one is extracted, now and with
    the old locking, medians of `runs` in one run."""
    now = statistics.median(small_while_huge(Library, size) for _ in range(runs))
    before = statistics.median(small_while_huge(WholeRefreshLocked, size) for _ in range(runs))
    return [
        f"- a small article served while a {size // 1000:,} KB one-line article is extracted: "
        f"{now * 1000:.0f} ms; with one lock held through the whole refresh, as before: "
        f"{before * 1000:.0f} ms (median of {runs})"
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (1 MB: one)")
    args = parser.parse_args(argv)
    print("### Hostile input: time per KB of one line (medians)\n")
    scaling(args.runs)
    print()
    for line in zitat(args.runs):
        print(line)
    for line in small_article_latency(args.runs):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
