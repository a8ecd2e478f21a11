"""Measure direct-quote extraction on the German news quotation data (Petersen-Frey & Biemann 2024).

    python benchmarks/quotes_eval.py ../shared/eval/german-news-quotes/dev.jsonl

Each line of the file is one article: {"id", "text", "quotes": [...]}, with character offsets into
"text". Every article is read with `parse_article` and extracted with `extract`, exactly as the
bot reads its seeds; the data itself is never copied into this repository (its licence is
non-commercial share-alike).

How it counts:
- A predicted direct quote is placed in the text: its block's line, then its exact text inside the
  line (repeats of the same text are taken left to right).
- Match: a prediction matches an annotated Direct quotation when it overlaps one of that
  quotation's character spans by at least half the longer of the two. An annotated quotation cut
  by its cue („A“, sagte er, „B“) has two spans; each half may be matched by its own prediction.
- Precision = matched predictions / predictions; recall = matched annotated quotations /
  annotated quotations (duplicates of one span with several speakers count once).
- Speaker accuracy, over matched quotations whose annotated speaker is a name, role or
  organisation: right when the predicted speaker shares a content word (articles and
  prepositions ignored, case ignored) with one of the annotated speaker spans.
- Quotations whose annotated speakers are only pronouns ("er", "sie", …) are counted apart: the
  annotation does not say whom the pronoun means, so the figure printed for them is only how many
  got a speaker name at all. Quotations with no annotated speaker are counted apart too.
- Baseline: every quoted span of four or more words, with no speaker.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.corpus.extract import extract
from bot.corpus.model import DIRECT, Article
from bot.corpus.quotemarks import find_quote_spans
from bot.corpus.reading import parse_article

OPENING_MARKS = '„“”"»«‚'
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"
PRONOUNS = frozenset("er sie es ich wir ihr man du sie er/sie".split())
FUNCTION_WORDS = frozenset(
    "der die das des dem den ein eine einer eines einem einen von vom im in am an auf aus bei "
    "mit nach zu zum zur für und oder sowie laut so seine sein seiner seinem seinen ihre ihr "
    "ihrer ihrem ihren dieser diese dieses".split()
)


@dataclass
class Gold:
    spans: list[tuple[int, int]]
    speakers: list[str] = field(default_factory=list)
    matched_by: str | bool | None = False  # False: not matched; else the predicted speaker


@dataclass
class Tally:
    predicted: int = 0
    predicted_right: int = 0
    gold: int = 0
    gold_found: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    pronoun_total: int = 0
    pronoun_named: int = 0
    no_speaker: int = 0

    def line(self, label: str) -> str:
        p = self.predicted_right / self.predicted if self.predicted else 0.0
        r = self.gold_found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        text = f"{label:<10} P={p:.3f} R={r:.3f} F1={f:.3f}  ({self.predicted} predicted, "
        text += f"{self.gold_found}/{self.gold} annotated found)"
        if self.speaker_total:
            acc = self.speaker_right / self.speaker_total
            text += (
                f"\n{'':<10} speaker accuracy={acc:.3f} ({self.speaker_right}/"
                f"{self.speaker_total}); pronoun-only speakers apart: {self.pronoun_total} "
                f"found, {self.pronoun_named} given a name; no annotated speaker: "
                f"{self.no_speaker}"
            )
        return text


def _content_words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[\w’'-]+", text)}
    words = {re.sub(r"(?:s|’s|'s)$", "", w) if len(w) > 4 else w for w in words}
    return {w for w in words if w not in FUNCTION_WORDS and len(w) > 1}


def _gold_quotes(row: dict) -> list[Gold]:
    by_spans: dict[tuple, Gold] = {}
    for quote in row["quotes"]:
        if quote["type"] != "Direct":
            continue
        key = tuple(tuple(s) for s in quote["quote"]["spans"])
        gold = by_spans.setdefault(key, Gold([tuple(s) for s in quote["quote"]["spans"]]))
        if quote["speaker"]:
            gold.speakers.append(quote["speaker"]["text"])
    return list(by_spans.values())


def _line_offsets(text: str) -> dict[int, tuple[int, str]]:
    offsets: dict[int, tuple[int, str]] = {}
    position = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        offsets[number] = (position, raw)
        position += len(raw) + 1
    return offsets


def _predicted_spans(article: Article, text: str) -> list[tuple[int, int, str | None]]:
    offsets = _line_offsets(text)
    cursor: dict[tuple[int, str], int] = {}
    spans = []
    for quote in article.quotes:
        if quote.kind != DIRECT:
            continue
        line_start, raw = offsets[quote.line]
        indent = len(raw) - len(raw.lstrip())
        block = raw.strip().replace("\u00a0", " ")
        key = (quote.line, quote.text)
        at = _find_quoted(block, quote.text, cursor.get(key, 0))
        if at < 0:
            continue
        cursor[key] = at + 1
        start = line_start + indent + at
        spans.append((start, start + len(quote.text), quote.speaker))
    return spans


def _find_quoted(block: str, text: str, start: int) -> int:
    """Where `text` stands in `block` right after an opening quotation mark (else anywhere)."""
    at = block.find(text, start)
    first = at
    while at > 0 and block[at - 1] not in OPENING_MARKS:
        at = block.find(text, at + 1)
    return at if at >= 0 else first


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def _score(tally: Tally, golds: list[Gold], predicted: list[tuple[int, int, str | None]]) -> None:
    tally.gold += len(golds)
    tally.predicted += len(predicted)
    for start, end, speaker in predicted:
        hits = [g for g in golds if any(_overlaps((start, end), s) for s in g.spans)]
        if hits:
            tally.predicted_right += 1
        for gold in hits:
            if gold.matched_by is False:
                gold.matched_by = speaker
    for gold in golds:
        if gold.matched_by is False:
            continue
        tally.gold_found += 1
        speaker = gold.matched_by if isinstance(gold.matched_by, str) else None
        named = [s for s in gold.speakers if not set(_content_words(s)) <= PRONOUNS]
        if not gold.speakers:
            tally.no_speaker += 1
        elif not named:
            tally.pronoun_total += 1
            if speaker and _content_words(speaker) - PRONOUNS:
                tally.pronoun_named += 1
        else:
            tally.speaker_total += 1
            predicted_words = _content_words(speaker or "")
            if any(predicted_words & _content_words(s) for s in named):
                tally.speaker_right += 1


def _baseline(text: str) -> list[tuple[int, int, str | None]]:
    spans = []
    position = 0
    for line in text.split("\n"):
        for span in find_quote_spans(line):
            if len(span.text.split()) >= 4:
                spans.append((position + span.start, position + span.end, None))
        position += len(line) + 1
    return spans


def evaluate(path: Path) -> tuple[Tally, Tally, float]:
    extracted, baseline = Tally(), Tally()
    elapsed = 0.0
    for raw in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        text = row["text"]
        started = time.perf_counter()
        article = extract(parse_article(text, article_id=row["id"], path=str(path)))
        elapsed += time.perf_counter() - started
        _score(extracted, _gold_quotes(row), _predicted_spans(article, text))
        _score(baseline, _gold_quotes(row), _baseline(text))
    return extracted, baseline, elapsed


def seed_time(runs: int = 20) -> float:
    """Milliseconds to extract the seed article, best of `runs` after one warm-up."""
    article = parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path=str(SEED))
    extract(article)
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        extract(article)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a .jsonl file of the quotation data")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"{args.path}: no such file", file=sys.stderr)
        return 2
    extracted, baseline, elapsed = evaluate(args.path)
    print(f"Direct quotations in {args.path.name}")
    print(extracted.line("extract"))
    print(baseline.line("baseline"))
    print(f"extraction time: {elapsed:.2f} s for the whole file")
    if SEED.is_file():
        print(f"seed article: {seed_time():.1f} ms per extraction (best of 20, after start-up)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
