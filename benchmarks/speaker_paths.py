"""Which rule chose each quote's speaker, and how often that rule is right, wrong or invents.

    PYTHONPATH=. .venv/bin/python benchmarks/speaker_paths.py [DATA.jsonl …] [--articles DIR …]
        [--examples N]

Precision of attribution is lost in a long tail of weak rules; this finds them. Every quote and
reported statement the bot attributes is traced back to the function that produced its speaker
(read from the calls while the article is extracted, so no rule has to record itself), and each
match with an annotation is counted for that path: right, wrong (another name), invented (a name
where the text names nobody) or none. A path reads innermost first: `_cue_after<_cued_speaker
[name]` is a mention `_cue_after` found and `_cued_speaker` passed on, of kind `name`, resolved
by `Speakers.resolve`; a path ending in `@function:line` is a speaker the creating line took from
elsewhere (the last quotation's); a pass after the sentence loop (captions, headlines, …) is named
by its function. Scored as `quotes_eval.py` scores (same matching, same speaker comparison).
Use it on in-sample folders and the data splits only, never on a blind set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Any

import yaml

import bot.corpus.extract as extract_module
from benchmarks.quotes_eval import (
    DIRECT,
    INDIRECT_TYPES,
    MAX_BYTES,
    Annotation,
    Prediction,
    SameSpeaker,
    _merged_by_spans,
    article_files,
    data_annotations,
    described_as,
    gold_annotations,
    is_description,
    is_pronoun,
    match,
    predictions,
    same_person,
)
from bot.corpus.export import article_to_json
from bot.corpus.loading import decode_text, load_article
from bot.corpus.model import Article
from bot.corpus.quotes import FoundQuote
from bot.corpus.reading import parse_article
from bot.corpus.reported import FoundReport
from bot.corpus.speakers import Mention, Referent

BOT_DIR = str(Path(extract_module.__file__).resolve().parent.parent)
# Passes over the article's quotations after the sentence loop that may change a speaker.
LATER_PASSES = (
    "_joined_over_paragraphs",
    "_caption_speakers",
    "_captions_below",
    "_box_speakers",
    "_sound_bites_below_labels",
    "quiz_speakers",
    "_headline_speakers",
)
SEPARATOR = "\x00"  # between a speaker and its path while predictions are placed
NO_SPEAKER = "-"
# Functions that only build or look up a referent: no rule of their own.
HELPERS = frozenset({"referent", "resolve"})


@dataclass
class Returned:
    """A function of the bot that returned a mention or a referent."""

    function: str
    value: object
    mention: Mention | None = None  # what `Speakers.resolve` was asked to resolve


@dataclass
class Tracer:
    """Follows one extraction: the path of every quote and report found, by their text."""

    returned: list[Returned] = field(default_factory=list)
    last_speaker: object = None
    last_path: str = NO_SPEAKER
    path_of: dict[int, str] = field(default_factory=dict)  # id(FoundQuote | FoundReport)
    found: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    overridden: dict[tuple[bool, str], str] = field(default_factory=dict)

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "return" and isinstance(arg, Mention | Referent):
            if frame.f_code.co_filename.startswith(BOT_DIR):
                name = frame.f_code.co_name
                asked = frame.f_locals.get("mention") if name == "resolve" else None
                self.returned.append(Returned(name, arg, asked))
        elif event == "call" and frame.f_code.co_name == "__init__":
            made = frame.f_locals.get("self")
            if isinstance(made, FoundQuote | FoundReport):
                self._made(made, frame)

    def _made(self, made: FoundQuote | FoundReport, frame: FrameType) -> None:
        speaker = frame.f_locals.get("speaker")
        creator = frame.f_back
        site = f"@{creator.f_code.co_name}:{creator.f_lineno}" if creator else "@?"
        if speaker is None:
            path = NO_SPEAKER
        elif speaker is self.last_speaker and not self.returned:
            path = self.last_path  # the same report again (`replace`)
        else:
            path = self._path(speaker) or site
        self.path_of[id(made)] = path
        self.last_speaker, self.last_path = speaker, path
        self.returned = []

    def _path(self, speaker: object) -> str:
        chain = self._returners(speaker)
        asked = [
            r.mention
            for r in self.returned
            if r.value is speaker and r.function == "resolve" and r.mention is not None
        ]
        if not asked:
            return "<".join(name for name in chain if name not in HELPERS)
        # The outermost resolution: the mention a rule handed over, how it was resolved, and
        # which functions passed the referent on.
        last = max(i for i, name in enumerate(chain) if name == "resolve")
        how = dict.fromkeys(name for name in chain[:last] if name not in HELPERS)
        kind = asked[-1].kind + (":" + "+".join(how) if how else "")
        inner = "<".join(self._returners(asked[-1])) or "?"
        return f"{inner}[{kind}]" + "".join(f"<{name}" for name in chain[last + 1 :])

    def _returners(self, value: object) -> list[str]:
        names: list[str] = []
        for returned in self.returned:
            if returned.value is value and (not names or names[-1] != returned.function):
                names.append(returned.function)
        return names

    def path(self, kind: str, text: str) -> str:
        direct = kind == "direct"
        if (direct, text) in self.overridden:
            return self.overridden[(direct, text)]
        waiting = self.found.get((direct, text))
        return waiting.pop(0) if waiting else "?"


def _wrapped(tracer: Tracer) -> dict[str, Callable[..., Any]]:
    """Stand-ins for the extraction's functions that note which quote came from where."""
    originals: dict[str, Callable[..., Any]] = {}

    def direct_quotes(*args: Any, **kwargs: Any) -> list[FoundQuote]:
        found = originals["direct_quotes"](*args, **kwargs)
        for quote in found:
            tracer.found[(True, quote.span.text)].append(tracer.path_of.get(id(quote), "?"))
        return found

    def reported_speech(*args: Any, **kwargs: Any) -> FoundReport | None:
        report = originals["reported_speech"](*args, **kwargs)
        if report is not None:
            tracer.found[(False, report.text)].append(tracer.path_of.get(id(report), "?"))
        return report

    def sayings(*args: Any, **kwargs: Any) -> list[Any]:
        found = originals["sayings"](*args, **kwargs)
        for saying in found:
            tracer.overridden[(True, saying.text)] = "sayings"
        return found

    def interview_answer(*args: Any, **kwargs: Any) -> list[Any]:
        found = originals["_interview_answer"](*args, **kwargs)
        for _, _, quote in found:
            tracer.overridden[(True, quote.text)] = "_interview_answer"
        return found

    def later(name: str) -> Callable[..., Any]:
        def run(quotes: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
            before = {(line, start): quote.speaker for line, start, quote in quotes}
            after = originals[name](quotes, *args, **kwargs)
            for line, start, quote in after:
                if quote.speaker is not None and before.get((line, start)) != quote.speaker:
                    tracer.overridden[(quote.kind == "direct", quote.text)] = name
            return after

        return run

    stand_ins: dict[str, Callable[..., Any]] = {
        "direct_quotes": direct_quotes,
        "reported_speech": reported_speech,
        "sayings": sayings,
        "_interview_answer": interview_answer,
    }
    stand_ins.update({name: later(name) for name in LATER_PASSES})
    for name in stand_ins:
        originals[name] = getattr(extract_module, name)
    return stand_ins


def traced(read: Callable[[], Article], tracer: Tracer | None = None) -> tuple[dict, list[str]]:
    """The exported article `read` extracts, and the path of each of its quotes in order (as
    `tracer` notes it: a `Tracer` by default)."""
    tracer = tracer or Tracer()
    stand_ins = _wrapped(tracer)
    originals = {name: getattr(extract_module, name) for name in stand_ins}
    for name, function in stand_ins.items():
        setattr(extract_module, name, function)
    sys.setprofile(tracer)
    try:
        article = read()
    finally:
        sys.setprofile(None)
        for name, function in originals.items():
            setattr(extract_module, name, function)
    exported = article_to_json(article)
    paths = [tracer.path(q["kind"], q["text"]) for q in exported["quotes"]]
    return exported, paths


@dataclass
class PathCount:
    right: int = 0
    wrong: int = 0
    invented: int = 0
    none: int = 0  # matched a named annotation, no name given (or a description)
    examples: list[str] = field(default_factory=list)  # the wrong and invented quotes

    @property
    def precision(self) -> float:
        named = self.right + self.wrong + self.invented
        return self.right / named if named else 1.0


Counts = dict[tuple[str, str], PathCount]  # (direct | reported, path) → counts


def _with_paths(exported: dict, paths: Sequence[str]) -> dict:
    """The export with each quote's path carried in its speaker, to survive placement."""
    quotes = []
    for quote, path in zip(exported["quotes"], paths, strict=True):
        speaker = quote["speaker"]
        carried = None if speaker is None else f"{speaker}{SEPARATOR}{path}"
        quotes.append({**quote, "speaker": carried})
    return {**exported, "quotes": quotes}


def _split(prediction: Prediction) -> tuple[Prediction, str]:
    if prediction.speaker is None:
        return prediction, NO_SPEAKER
    speaker, path = prediction.speaker.split(SEPARATOR, 1)
    return replace(prediction, speaker=speaker), path


def count(
    counts: Counts,
    kind: str,
    carried: Sequence[Prediction],
    annotations: Sequence[Annotation],
    same: SameSpeaker,
    where: str,
    sentence: bool = False,
) -> None:
    """Add the speaker verdicts of one article's predictions of one kind to their paths."""
    split = [_split(p) for p in carried]
    first, _ = match([p for p, _ in split], annotations, sentence)
    path_of = {id(p): path for p, path in split}
    for index, prediction in first.items():
        annotation, said = annotations[index], prediction.speaker
        named = [s for s in annotation.speakers if not is_pronoun(s)]
        if annotation.speakers and not named:
            continue  # the annotation names its speaker only by a pronoun: not counted
        credited = said is not None and any(same(said, s) for s in named)
        given = said is not None and (credited or not is_description(said))
        tally = counts.setdefault((kind, path_of[id(prediction)]), PathCount())
        if not given:
            tally.none += int(bool(named))
            continue
        if credited and prediction.label:
            continue  # kept with a label, not credited: neither right nor wrong
        if credited and annotation.label is None:
            tally.right += 1
            continue
        if named:
            tally.wrong += 1
        else:
            tally.invented += 1
        gold = named[0] if named else "nobody"
        tally.examples.append(f"{where}: {prediction.text[:60]!r} → {said} (gold {gold})")


def count_article(
    counts: Counts,
    text: str,
    exported: dict,
    paths: Sequence[str],
    annotations: Sequence[Annotation],
    indirect_kinds: Sequence[str],
    same: SameSpeaker,
    where: str,
    statements: bool = False,
) -> None:
    direct, reported = predictions(_with_paths(exported, paths), text, statements)
    golds = [a for a in annotations if a.kind == DIRECT]
    count(counts, "direct", direct, golds, same, where)
    together = _merged_by_spans([a for a in annotations if a.kind in indirect_kinds])
    count(counts, "reported", reported, together, same, where)


def extracted(text: str, row_id: int, where: str) -> Article:
    """A row of the quotation data, read and extracted as an article."""
    return extract_module.extract(parse_article(text, article_id=str(row_id), path=where))


def loaded(path: Path) -> Article:
    """An article file of our own, loaded and extracted as the bot does."""
    return load_article(path, MAX_BYTES)[0]


def count_data(counts: Counts, path: Path) -> None:
    for raw in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        text = row["text"]
        where = f"{path.stem}:{row['id']}"
        exported, paths = traced(partial(extracted, text, row["id"], where))
        annotations = data_annotations(row)
        same = described_as(exported)
        count_article(counts, text, exported, paths, annotations, INDIRECT_TYPES, same, where, True)


def count_folder(counts: Counts, folder: Path) -> None:
    for path in article_files(folder):
        gold = yaml.safe_load((folder / "gold" / f"{path.stem}.yaml").read_text("utf-8")) or {}
        text, _ = decode_text(path.read_bytes(), str(path))
        exported, paths = traced(partial(loaded, path))
        annotations, _ = gold_annotations(gold, text, str(path))
        same = same_person([p["name"] for p in gold.get("people") or []])
        where = f"{folder.name}/{path.stem}"
        count_article(counts, text, exported, paths, annotations, ("reported",), same, where)


def rows(counts: Counts) -> Iterator[tuple[str, str, PathCount]]:
    """Paths with a name given, the least precise (then the most used) first."""
    named = [(key, c) for key, c in counts.items() if c.right + c.wrong + c.invented]
    named.sort(key=lambda item: (item[1].precision, -(item[1].right + item[1].wrong)))
    for (kind, path), tally in named:
        yield kind, path, tally


def table(counts: Counts, examples: int = 0) -> str:
    lines = [f"{'kind':8} {'right':>5} {'wrong':>5} {'invnt':>5} {'none':>5} {'prec':>6}  path"]
    total = PathCount()
    for kind, path, tally in rows(counts):
        lines.append(
            f"{kind:8} {tally.right:5} {tally.wrong:5} {tally.invented:5} {tally.none:5} "
            f"{tally.precision:6.3f}  {path}"
        )
        lines.extend(f"{'':10}{example}" for example in tally.examples[:examples])
    for tally in counts.values():
        total.right += tally.right
        total.wrong += tally.wrong
        total.invented += tally.invented
        total.none += tally.none
    lines.append(
        f"{'all':8} {total.right:5} {total.wrong:5} {total.invented:5} {total.none:5} "
        f"{total.precision:6.3f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="*", help=".jsonl files of the quotation data")
    parser.add_argument("--articles", type=Path, action="append", default=[], help="a folder")
    parser.add_argument(
        "--examples", type=int, default=0, help="list up to N wrong or invented quotes per path"
    )
    args = parser.parse_args(argv)
    if not args.paths and not args.articles:
        parser.error("give a .jsonl file or --articles FOLDER")
    counts: Counts = {}
    for path in args.paths:
        count_data(counts, path)
    for folder in args.articles:
        count_folder(counts, folder)
    print(table(counts, args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
