"""Hostile input: how extraction and indexing scale with the length of one line.

An article may hold a single line of hundreds of kilobytes (a paste gone wrong, or on purpose).
For lines of 10 KB, 100 KB and 1 MB of three kinds (names with appositions, role nouns, short
quotations with speakers) it prints the median time per KB of extraction and of indexing: flat
from 10 KB to 1 MB means linear. Beside them, reading alone (splitting the file into blocks) is
the floor any reader pays. Then the time of `!zitat` (engine answer plus rendering every page,
embeds and text) on an article with a 1 MB quotation.

`make bench-hostile`, or `.venv/bin/python -m benchmarks.bench_hostile [--runs N]`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from bot.config import default_config
from bot.corpus.extract import extract
from bot.corpus.reading import parse_article
from bot.engine.engine import Engine
from bot.engine.index import build_index
from bot.engine.render import render_embeds, render_text
from bot.engine.reply import DIRECT, Excerpt, Reply

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (1 MB: one)")
    args = parser.parse_args(argv)
    print("### Hostile input: time per KB of one line (medians)\n")
    scaling(args.runs)
    print()
    for line in zitat(args.runs):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
