"""How well news pages become articles: article sentences kept, page furniture let through.

    python -m benchmarks.html_extraction [--runs 5]

Pages: the invented German news pages in tests/web/pages/ (header, navigation, cookie notice,
byline, headings, teasers, "Mehr zum Thema", share buttons, newsletter box, comments, footer),
each with a hand-set gold text in tests/web/pages/gold/ (article lines, then a "Kommentare" line
and the readers' comments). These pages were written alongside the extractor's settings, so the
figures are IN-SAMPLE: they show that it works and how it compares, not how it does on unseen
sites.

How it counts, per method, over all pages (sentences split as the bot splits them):
- kept: share of the gold article sentences found in the article text the method gives;
- furniture: sentences of that text that are neither article nor comment sentences of the gold
  (navigation, cookie notice, teasers, newsletter …), as a count and share of its sentences;
- comments in text: comment sentences that ended up in the article text (they must be apart);
- time per page: median over the runs of the page's extraction, in milliseconds.
Methods: the bot (`page_article`, trafilatura favouring recall), trafilatura with its default
settings, and the naive alternative: the text of every <p> element.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from lxml import html as lxml_html

from bot.corpus.sentences import split_sentences
from bot.web.page import COMMENTS_LINE, page_article

PAGES = Path(__file__).resolve().parent.parent / "tests" / "web" / "pages"


def sentences(lines: list[str]) -> list[str]:
    return [s.text.strip() for line in lines for s in split_sentences(line) if s.text.strip()]


def gold(name: str) -> tuple[set[str], set[str]]:
    lines = (PAGES / "gold" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    cut = lines.index(COMMENTS_LINE) if COMMENTS_LINE in lines else len(lines)
    return set(sentences(lines[:cut])), set(sentences(lines[cut + 1 :]))


def bot_method(data: bytes) -> list[str]:
    text = page_article(data).text
    return text.split(f"\n{COMMENTS_LINE}\n")[0].splitlines()


def trafilatura_default(data: bytes) -> list[str]:
    import trafilatura

    lines = (trafilatura.extract(data, include_comments=False) or "").splitlines()
    return [line.removeprefix("- ") for line in lines]  # its list items' bullets


def all_paragraphs(data: bytes) -> list[str]:
    root = lxml_html.fromstring(data)
    return [" ".join(p.text_content().split()) for p in root.iter("p")]


METHODS: dict[str, Callable[[bytes], list[str]]] = {
    "bot (trafilatura, recall)": bot_method,
    "trafilatura default": trafilatura_default,
    "naive: all <p> text": all_paragraphs,
}


def measure(runs: int) -> list[tuple[str, int, int, int, int, int, int, float]]:
    names = sorted(p.stem for p in (PAGES / "gold").glob("*.txt"))
    rows = []
    for label, method in METHODS.items():
        want = kept = given = furniture = leaked = 0
        times: list[float] = []
        for name in names:
            data = (PAGES / f"{name}.html").read_bytes()
            article, comments = gold(name)
            per_run = []
            for _ in range(runs):
                start = time.perf_counter()
                lines = method(data)
                per_run.append(time.perf_counter() - start)
            times.append(statistics.median(per_run))
            got = sentences(lines)
            want += len(article)
            kept += len(article & set(got))
            given += len(got)
            furniture += sum(1 for s in got if s not in article and s not in comments)
            leaked += sum(1 for s in got if s in comments)
        rows.append(
            (label, len(names), want, kept, given, furniture, leaked, statistics.median(times))
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per page and method")
    args = parser.parse_args()
    bot_method((PAGES / "hallstedt_stichwahl.html").read_bytes())  # warm-up: imports
    print("IN-SAMPLE: the pages were written while the extractor was set up.\n")
    print(
        f"{'method':28} {'pages':>5} {'kept':>14} {'furniture':>14} {'comments in':>11} "
        f"{'ms/page':>8}"
    )
    for label, pages, want, kept, given, furniture, leaked, seconds in measure(args.runs):
        print(
            f"{label:28} {pages:5} {kept:4}/{want:<4} {kept / want:5.0%} "
            f"{furniture:4}/{given:<4} {furniture / max(given, 1):4.0%} {leaked:11} "
            f"{seconds * 1000:8.1f}"
        )


if __name__ == "__main__":
    main()
