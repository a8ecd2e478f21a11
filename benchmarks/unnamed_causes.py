"""Why does the bot leave a quote unnamed when the text names its speaker? Counted by cause.

    PYTHONPATH=. .venv/bin/python benchmarks/unnamed_causes.py [DATA.jsonl …] [--articles DIR …]
        [--examples N]

Most of the speaker accuracy lost on unseen text is quotes left with no speaker, not wrong names;
a ranker over the people found around them helps little, because the gold speaker is mostly not
among them. This sorts every quotation and reported statement that matches an annotation with a
named speaker (as `quotes_eval.py` matches and scores them) but gets no name (or only a
description) into one cause, so that work goes to the biggest general one:

- `not a person: …` the gold speaker is none of the people the bot found. Why: a source
  ("Polizeiangaben", "einem Bericht"), a role or a description ("der Sprecher"), an organisation
  ("die Polizei"), a name the text writes only in a
  headline, caption or byline, a name the text writes otherwise than the gold (a surname only, a
  name inside a word), or a name in the reporting the bot did not read as a person.
- `found, not near: …` a person of the article, but named neither in the quote's paragraph nor
  in the one before or after it: named only before, or only in a later paragraph.
- `near, no rule: …` named in the quote's paragraph or next to it, and no rule proposed them.
  Which cue form stands there: the name in the quote's sentence with a verb of saying, with a
  colon, without either; a pronoun cue ("sagt sie"); the name only in the sentence before or
  after, or only in the paragraph before or after.
- `gated: RULE` a rule proposed them (`RULE` is the function that returned them last) and the
  quote still ended without a speaker: a gate refused them.

Own folders: the gold speaker is a full name; it is looked for in the text by its full name and
surname. Quotation data: the annotated speaker span is where the text names them. Quotes whose
annotated speaker is only a pronoun are not counted (as in `quotes_eval.py`). Use it on the
in-sample folders and the data splits only, never on a blind set.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import FrameType

import yaml

from benchmarks import speaker_paths
from benchmarks.quotes_eval import (
    DIRECT,
    INDIRECT_TYPES,
    Annotation,
    Prediction,
    SameSpeaker,
    _merged_by_spans,
    article_files,
    content_words,
    data_annotations,
    described_as,
    gold_annotations,
    is_description,
    is_pronoun,
    match,
    predictions,
    same_person,
)
from benchmarks.speaker_paths import Tracer
from bot.corpus.loading import decode_text
from bot.corpus.model import REPORTING_KINDS, Article
from bot.corpus.quotes import FoundQuote
from bot.corpus.reported import FoundReport
from bot.corpus.saying import VERB_RE
from bot.corpus.speakers import Mention, Referent

SEPARATOR = "\x00"  # between a speaker and the quote's index while predictions are placed
# Words that make an annotated speaker an organisation, not a person (general German news).
ORGANISATION_RE = re.compile(
    r"\b[A-ZÄÖÜ]{2,}\b|\b(?:AG|GmbH|e\.V\.)|(?i:(?:ministerium|amt|behörde|polizei|regierung"
    r"|partei|verband|verein|gericht|kommission|agentur|institut|konzern|gewerkschaft|fraktion"
    r"|bündnis|bank|zeitung|sender|rundfunk|verwaltung|staatsanwaltschaft)\b)"
)
# Words that make an annotated speaker a source, not somebody speaking ("Polizeiangaben",
# "einem Bericht der Zeitung", "demnach").
SOURCE_RE = re.compile(
    r"(?i:angabe|bericht|meldung|aussage|medien|quelle|studie|untersuchung|erklärung"
    r"|stellungnahme|mitteilung|demnach|kreise|ansicht|einschätzung|informationen)"
)
PRONOUN_CUE_RE = re.compile(r"(?<![\w-])(?:er|sie|ich|wir)(?![\w-])")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[„\"»A-ZÄÖÜ])")
OPENING = '„“”"»«‚‘'


@dataclass
class Unnamed:
    """One quote left unnamed although the gold names its speaker."""

    where: str
    kind: str  # direct | reported
    text: str
    gold: str
    cause: str
    described: str | None = None  # the description the bot gave instead of a name


@dataclass
class Causes:
    """Counts per cause and per input, and the quotes behind them."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)  # input → cause → count
    examples: list[Unnamed] = field(default_factory=list)

    def add(self, source: str, unnamed: Unnamed) -> None:
        self.counts.setdefault(source, Counter())[unnamed.cause] += 1
        self.examples.append(unnamed)


class ProposalTracer(Tracer):
    """Notes, for each quote made without a speaker, the people the rules proposed for it."""

    def _made(self, made: FoundQuote | FoundReport, frame: FrameType) -> None:
        proposed = [] if frame.f_locals.get("speaker") is not None else self._proposals()
        super()._made(made, frame)
        if proposed:
            self.path_of[id(made)] = "|".join(f"{rule}={name}" for rule, name in proposed)

    def _proposals(self) -> list[tuple[str, str]]:
        found = []
        for returned in self.returned:
            value = returned.value
            name = value.name if isinstance(value, Referent) else None
            if isinstance(value, Mention) and value.person is not None:
                name = value.person.name
            if name and returned.function not in ("referent", "resolve"):
                found.append((returned.function, name))
        return found


def traced(read: Callable[[], Article]) -> tuple[dict, list[str]]:
    """The exported article, and for each quote what the rules proposed ("rule=name|…")."""
    return speaker_paths.traced(read, ProposalTracer())


@dataclass(frozen=True)
class Place:
    """Where things stand in an article's text: its lines and which of them are reporting."""

    text: str
    starts: list[int]
    reporting: frozenset[int]  # 0-based line numbers of lead, heading and paragraph lines

    @classmethod
    def of(cls, text: str, exported: dict) -> Place:
        starts = [0]
        for line in text.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        kinds = frozenset(b["line"] - 1 for b in exported["blocks"] if b["kind"] in REPORTING_KINDS)
        return cls(text, starts, kinds)

    def line(self, offset: int) -> int:
        low, high = 0, len(self.starts) - 2
        while low < high:
            middle = (low + high + 1) // 2
            if self.starts[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low

    def paragraphs(self) -> list[int]:
        """The reporting lines in order (their 0-based numbers)."""
        return sorted(self.reporting)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end): from the last sentence end before it (outside a
        quotation, roughly) to the first after it, within its line."""
        line = self.line(start)
        low, high = self.starts[line], self.starts[line + 1] - 1
        before = [m.end() for m in SENTENCE_END_RE.finditer(self.text, low, start)]
        after = SENTENCE_END_RE.search(self.text, end, high)
        return (before[-1] if before else low), (after.end() if after else high)


def _occurrences(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    found = []
    for name in names:
        if len(name) < 3:
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text):
            found.append((hit.start(), hit.end()))
    return sorted(found)


def _not_a_person(gold: str, place: Place, spots: list[tuple[int, int]], own: bool) -> str:
    first = gold.split()[0] if gold.split() else ""
    if not own and SOURCE_RE.search(gold):
        return "not a person: a source (figures, reports, media)"
    if not own and (is_description(gold) or first[:1].islower()):
        return "not a person: a role or description"
    if not own and ORGANISATION_RE.search(gold):
        return "not a person: an organisation"
    if not spots:
        return "not a person: named otherwise than the gold"
    if not any(place.line(s) in place.reporting for s, _ in spots):
        return "not a person: named only in a headline, caption or byline"
    if len(gold.split()) == 1:
        return "not a person: a surname or single name not read"
    return "not a person: a name not read"


def _near(
    place: Place, quote: tuple[int, int], spots: list[tuple[int, int]], proposed: str, direct: bool
) -> str:
    lines = place.paragraphs()
    quote_line = place.line(quote[0])
    position = lines.index(quote_line) if quote_line in lines else -1
    # A direct quotation's own words are not its cue; a reported statement's sentence may be.
    outside = [(s, e) for s, e in spots if not (direct and quote[0] <= s < quote[1])]
    in_reporting = [(s, e) for s, e in outside if place.line(s) in place.reporting]
    if position < 0 or not in_reporting:
        return "found, not near: named only outside the reporting or inside the quote"
    distance = {
        (s, e): lines.index(place.line(s)) - position
        for s, e in in_reporting
        if place.line(s) in lines
    }
    near = [spot for spot, d in distance.items() if abs(d) <= 1]
    if not near:
        if all(d > 0 for d in distance.values()):
            return "found, not near: named only in a later paragraph"
        return "found, not near: named only further before"
    if proposed:
        return "gated: " + proposed.split("|")[-1].split("=")[0]
    start, end = place.sentence(*quote)
    frame = place.text[start : quote[0]] + " " + place.text[quote[1] : end]
    in_sentence = [s for s, _ in near if start <= s < end]
    if in_sentence:
        at = in_sentence[0]
        colon = place.text.rfind(":", at, quote[0])
        between = place.text[colon + 1 : quote[0]].strip(" " + OPENING)
        if colon >= 0 and at < quote[0] and not between:
            return "near, no rule: name with a colon before the quote"
        if VERB_RE.search(frame):
            return "near, no rule: name and a verb of saying in the sentence"
        return "near, no rule: name in the sentence, no verb of saying"
    if PRONOUN_CUE_RE.search(frame) and VERB_RE.search(frame):
        return "near, no rule: a pronoun with a verb of saying"
    same_line = [s for s, _ in near if place.line(s) == quote_line]
    if same_line:
        side = "before" if min(same_line) < quote[0] else "after"
        return f"near, no rule: name in another sentence {side} the quote"
    side = "before" if min(s for s, _ in near) < quote[0] else "after"
    return f"near, no rule: name only in the paragraph {side}"


def classify(
    place: Place,
    quote: tuple[int, int],
    gold: str,
    gold_spans: Sequence[tuple[int, int]],
    exported: dict,
    same: SameSpeaker,
    proposed: str,
    own: bool,
    direct: bool,
) -> str:
    """The cause of one unnamed quote (see the module's docstring); `own`: an own folder's
    gold (a full name), else the data's (`gold_spans` where the text names them)."""
    people = [p for p in exported["people"] if same(p["name"], gold)]
    if own:
        names = [gold, gold.split()[-1]] + [a for p in people for a in p["aliases"]]
        spots = _occurrences(place.text, names)
    else:
        spots = list(gold_spans)
    if not people:
        return _not_a_person(gold, place, spots, own)
    if not own:  # the data's speaker span may be a pronoun or a role: look for the person too
        names = [p["name"] for p in people] + [a for p in people for a in p["aliases"]]
        spots = sorted(set(spots) | set(_occurrences(place.text, names)))
    return _near(place, quote, spots, proposed, direct)


def _carried(exported: dict, proposals: Sequence[str]) -> dict:
    """The export with each quote's index carried in its speaker, to survive placement."""
    quotes = []
    for index, quote in enumerate(exported["quotes"]):
        quotes.append({**quote, "speaker": f"{quote['speaker'] or ''}{SEPARATOR}{index}"})
    return {**exported, "quotes": quotes}


def _split(prediction: Prediction) -> tuple[Prediction, int]:
    speaker, index = (prediction.speaker or SEPARATOR + "-1").split(SEPARATOR, 1)
    return replace(prediction, speaker=speaker or None), int(index)


def count_article(
    causes: Causes,
    source: str,
    where: str,
    text: str,
    exported: dict,
    proposals: Sequence[str],
    annotations: Sequence[Annotation],
    speaker_spans: dict[tuple, list[tuple[int, int]]] | None,
    indirect_kinds: Sequence[str],
    same: SameSpeaker,
    statements: bool = False,
) -> None:
    """Add one article's unnamed quotes (those whose gold names a speaker) to `causes`."""
    place = Place.of(text, exported)
    own = speaker_spans is None
    speaker_spans = speaker_spans or {}
    direct, reported = predictions(_carried(exported, proposals), text, statements)
    golds = [a for a in annotations if a.kind == DIRECT]
    together = _merged_by_spans([a for a in annotations if a.kind in indirect_kinds])
    for kind, carried, pool in (("direct", direct, golds), ("reported", reported, together)):
        split = [_split(p) for p in carried]
        first, _ = match([p for p, _ in split], pool)  # as `quotes_eval.speaker_score` does
        index_of = {id(p): i for p, i in split}
        for a_index, prediction in first.items():
            annotation = pool[a_index]
            named = [s for s in annotation.speakers if not is_pronoun(s)]
            said = prediction.speaker
            credited = said is not None and any(same(said, s) for s in named)
            if not named or annotation.label or credited or (said and not is_description(said)):
                continue
            gold = named[0]
            quote = (annotation.spans[0][0], annotation.spans[-1][1])
            index = index_of[id(prediction)]
            proposed = proposals[index] if 0 <= index < len(proposals) else ""
            proposed = "" if proposed in ("-", "?") or "=" not in proposed else proposed
            spans = speaker_spans.get(tuple(annotation.spans), [])
            cause = classify(
                place, quote, gold, spans, exported, same, proposed, own, kind == "direct"
            )
            unnamed = Unnamed(where, kind, text[quote[0] : quote[1]], gold, cause, said)
            causes.add(source, unnamed)


def _speaker_spans(row: dict) -> dict[tuple, list[tuple[int, int]]]:
    """The data's annotated speaker spans per quotation spans (pronoun speakers left out)."""
    spans: dict[tuple, list[tuple[int, int]]] = {}
    for quote in row["quotes"]:
        speaker = quote["speaker"]
        if speaker and not content_words(speaker["text"]) <= {"er", "sie", "ich", "wir"}:
            key = tuple((s, e) for s, e in quote["quote"]["spans"])
            spans.setdefault(key, []).extend((s, e) for s, e in speaker["spans"])
    return spans


def count_data(causes: Causes, path: Path) -> None:
    for raw in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        text, where = row["text"], f"{path.stem}:{row['id']}"
        exported, proposals = traced(partial(speaker_paths.extracted, text, row["id"], where))
        annotations = data_annotations(row)
        spans = _speaker_spans(row)
        same = described_as(exported)
        count_article(
            causes, path.name, where, text, exported, proposals, annotations, spans,
            INDIRECT_TYPES, same, True,
        )  # fmt: skip


def count_folder(causes: Causes, folder: Path) -> None:
    for path in article_files(folder):
        gold = yaml.safe_load((folder / "gold" / f"{path.stem}.yaml").read_text("utf-8")) or {}
        text, _ = decode_text(path.read_bytes(), str(path))
        exported, proposals = traced(partial(speaker_paths.loaded, path))
        annotations, _ = gold_annotations(gold, text, str(path))
        same = same_person([p["name"] for p in gold.get("people") or []])
        where = f"{folder.name}/{path.stem}"
        count_article(
            causes, folder.name, where, text, exported, proposals, annotations, None,
            ("reported",), same,
        )  # fmt: skip


def table(causes: Causes, examples: int = 0) -> str:
    """One row per cause (the most frequent first), one column per input, and the total."""
    sources = list(causes.counts)
    total: Counter[str] = Counter()
    for counts in causes.counts.values():
        total.update(counts)
    width = max([len(c) for c in total] + [5])
    lines = [f"{'cause':{width}} {'all':>5} " + " ".join(f"{s[:12]:>12}" for s in sources)]
    for cause, count in total.most_common():
        row = " ".join(f"{causes.counts[s].get(cause, 0):12}" for s in sources)
        lines.append(f"{cause:{width}} {count:5} {row}")
        shown = [u for u in causes.examples if u.cause == cause][:examples]
        lines.extend(
            f"    {u.where} [{u.kind}] {u.text[:70]!r} (gold {u.gold}"
            + (f", given {u.described!r})" if u.described else ")")
            for u in shown
        )
    lines.append(f"{'all':{width}} {sum(total.values()):5} " + " ".join(
        f"{sum(causes.counts[s].values()):12}" for s in sources
    ))  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="*", help=".jsonl files of the quotation data")
    parser.add_argument("--articles", type=Path, action="append", default=[], help="a folder")
    parser.add_argument("--examples", type=int, default=0, help="list up to N quotes per cause")
    args = parser.parse_args(argv)
    if not args.paths and not args.articles:
        parser.error("give a .jsonl file or --articles FOLDER")
    causes = Causes()
    for path in args.paths:
        count_data(causes, path)
    for folder in args.articles:
        count_folder(causes, folder)
    print(table(causes, args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
