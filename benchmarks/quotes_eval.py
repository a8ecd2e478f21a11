"""Measure who-said-what extraction: direct quotes, their speakers, and reported speech.

    python benchmarks/quotes_eval.py ../shared/eval/german-news-quotes/dev.jsonl [--json]
    python benchmarks/quotes_eval.py --articles benchmarks/articles [--details] [--json]
    python benchmarks/quotes_eval.py --articles FOLDER --articles OTHER_FOLDER [--details]

Two kinds of input:
- A .jsonl split of the German news quotation data (Petersen-Frey & Biemann 2024): one article a
  line, {"id", "text", "quotes": [...]}, character offsets into "text". Never copied into this
  repository (its licence is non-commercial share-alike).
- A folder of our own articles (`benchmarks/articles/*.txt`, read exactly like a seeds folder) with
  gold files `gold/<name>.yaml` (see benchmarks/articles/README.md). `--articles` may be given
  more than once; each folder is scored and printed in its own block. `benchmarks/articles_fresh`
  is a held-out set written after the rules by someone else (see its README).

Predictions are what `extract --json` shows (`article_to_json` of the extracted article): each
quote's text, kind, speaker and optional `label` (denied, fake, satire, hypothetical; missing
means none). Quotes from reader comments (source "comment") are not scored.

How it counts:
- Placing: a direct quote is placed in its line right after an opening mark (repeats of the same
  text left to right); a reported quote (any kind but direct) is placed in its line as written;
  a quote over two paragraphs, joined otherwise than the text has it, by its first and last
  characters (up to 30). A prediction that cannot be placed matches nothing.
- Match: a prediction matches an annotation when it overlaps one of the annotation's spans, or
  all its spans together, by at least half of the longer of the two. An annotation cut by its cue
  („A“, sagte er, „B“) may have each half matched by its own prediction.
- Precision = matched predictions / predictions; recall = matched annotations / annotations
  (an annotated span listed several times, once per speaker, counts once).
- Strict direct quotes: each annotated span (so each half of a cut quotation) may be taken by one
  prediction only, and only when both texts are equal after trimming whitespace, quotation marks
  and final punctuation.
- Speakers, over matched annotations: the speaker is judged on the prediction matching it most
  closely (most characters shared, fewest not shared; the first of equals), so a quote nested
  in a longer one is judged on its own prediction, not on the outer quote's.
  * right: on the data, the predicted speaker shares a content word (articles, prepositions and
    possessives ignored, case ignored) with one of the annotated speaker spans, so a surname or a
    role written in the span counts; so does a role the bot gives that person in the article
    (the data annotates "die Kanzlerin" where the bot names the person the text calls so). On our
    own articles, the predicted name is the gold person's full name (academic titles ignored; a
    role may stand before it), or their surname alone when no other person of the article has
    it: two people sharing a surname stay apart.
  * none: no speaker predicted, or only a description ("ein Experte", "die Sozialdemokratin",
    "Seine Frau": it starts with an article or a possessive), which names nobody; descriptions
    are also counted apart.
  * wrong: any other speaker: another person, or a non-name such as "Und" or "Uhr Quade".
  * labelled: the prediction carries a label and names the annotated speaker: the bot says the
    quote is attributed to that person but not their statement; neither right nor wrong. A
    gold-labelled quote (own articles) credited to its person without a label is wrong.
  * Speaker accuracy = right / matched annotations with a named speaker. Misattribution =
    (wrong + invented) / matched annotations with a named speaker, where invented = a name (not
    a description) given to a matched annotation whose speaker the text does not name.
  * On the data, an annotated speaker that is only a pronoun ("er", "sie") is counted apart: the
    data has no coreference, so nobody can say whom it means; printed is how many got a name.
- Indirect speech (the data's Indirect, Reported, FreeIndirect and IndirectFreeIndirect; our
  articles' reported statements): the bot's predictions have no type, so precision is over all
  kinds together; each kind gets recall and speaker figures. The bot shows a reported statement
  as the whole sentence it stands in and exports what was said apart (`statement`: the sentence
  without its cue, "[Er sei enttäuscht], sagte Paul Ried."), which is what the data annotates:
  the statement is placed and matched by the rule of the direct quotes (half of the longer).
  Konjunktiv sentences the bot marks as going on with the reported statement right before them
  (`continues`: "Man werde … . Das sei …", one speaker, no cue of their own) are one statement
  with it on the data, which spans such a run as one; our own articles list each sentence.
  A statement that leaves out a source named inside its sentence ("Ein Verdacht bestehe [nach
  Angaben der Polizei] nicht mehr") is placed around it: the longest head of it found, then the
  rest within 150 characters; the words between are no part of it when overlaps are counted.
  Beside it ("lenient (sentence)"), a match needs only half of the annotated quotation and a
  quarter of the placed text.
- Our own articles add: people found / missed / false (a predicted person whose name is no gold
  person's full name, titles ignored, such as a medium, a place, a time stamp or a sentence
  opener, or a person listed twice), the found people's party and roles (exact, case ignored);
  labelled gold quotes (denied, fake, satire, hypothetical) handled right when they are not
  credited to a person as their statement (not extracted, no speaker, or a label), and real
  statements the bot labels all the same (a label is a claim about the person); a matched
  labelled quote counts for precision but a missed one costs no recall; non-quotes (titles,
  slogans, chants) extracted as quotes, which are false predictions.
- Baseline (direct quotes only): every quoted span of four or more words, with no speaker.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import yaml

from bot.corpus.export import article_to_json
from bot.corpus.extract import extract
from bot.corpus.german import party_in
from bot.corpus.loading import ArticleError, collect_paths, decode_text, load_article
from bot.corpus.quotemarks import find_quote_spans
from bot.corpus.reading import parse_article

OPENING_MARKS = '„“”"»«‚‘'
TRIM = " \t\n\u00a0" + "„“”\"»«‚‘’'"
FINAL_PUNCTUATION = ".,;:!?…"
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"
MAX_BYTES = 10_000_000
DIRECT = "Direct"
INDIRECT_TYPES = ("Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")
LABELS = ("denied", "fake", "satire", "hypothetical")
TITLES = frozenset("dr. prof. dr.-ing. dipl.-ing.".split())
DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen kein keine the a an".split()
)
PRONOUNS = frozenset("er sie es ich wir ihr man du er/sie".split())
# "Seine Frau", "ihr Begleiter", "her husband": a description by somebody's tie, no name.
POSSESSIVE_DETERMINERS = frozenset(
    "sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres mein meine meinem "
    "meinen meiner unser unsere his her their my our".split()
)
FUNCTION_WORDS = frozenset(
    "der die das des dem den ein eine einer eines einem einen von vom im in am an auf aus bei "
    "mit nach zu zum zur für und oder sowie laut so seine sein seiner seinem seinen ihre ihr "
    "ihrer ihrem ihren dieser diese dieses the of".split()
)

Span = tuple[int, int]
SameSpeaker = Callable[[str, str], bool]


@dataclass(frozen=True)
class Prediction:
    start: int  # -1 when the quote could not be placed in the text
    end: int
    text: str
    speaker: str | None
    label: str | None = None
    gap: Span | None = None  # words inside [start, end) it leaves out (a source named there)


@dataclass
class Annotation:
    spans: list[Span]
    kind: str
    speakers: list[str] = field(default_factory=list)  # empty: the text names nobody
    label: str | None = None


@dataclass
class SpanScore:
    predicted: int = 0
    predicted_right: int = 0
    gold: int = 0
    gold_found: int = 0

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: SpanScore) -> None:
        for name in asdict(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict:
        return {
            "P": round(self.precision, 3),
            "R": round(self.recall, 3),
            "F1": round(self.f1, 3),
            **asdict(self),
        }


@dataclass
class SpeakerScore:
    named: int = 0  # matched annotations whose speaker is named
    right: int = 0
    none: int = 0
    wrong: int = 0
    labelled: int = 0
    unnamed: int = 0  # matched annotations whose speaker the text does not name
    invented: int = 0  # ... that got a name anyway
    described: int = 0  # speaker given as a description ("ein Experte"): a none, not a name
    pronoun: int = 0  # matched annotations whose speaker is only a pronoun (data only)
    pronoun_named: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.named if self.named else 0.0

    @property
    def misattribution(self) -> float:
        return (self.wrong + self.invented) / self.named if self.named else 0.0

    def add(self, other: SpeakerScore) -> None:
        for name in asdict(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict:
        return {
            "accuracy": round(self.accuracy, 3),
            "misattribution": round(self.misattribution, 3),
            **asdict(self),
        }


# --- matching -------------------------------------------------------------------------------


def content_words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[\w’'-]+", text)}
    words = {re.sub(r"(?:s|’s|'s)$", "", w) if len(w) > 4 else w for w in words}
    return {w for w in words if w not in FUNCTION_WORDS and len(w) > 1}


def shares_content_word(predicted: str, annotated: str) -> bool:
    return bool(content_words(predicted) & content_words(annotated))


def described_as(exported: dict) -> SameSpeaker:
    """The data's rule for one article: the predicted speaker shares a content word with the
    annotated span, counting the roles the bot gives that person in this article: the data
    annotates "die Kanzlerin" where the bot names the person the text calls so."""
    roles = {p["name"]: " ".join(p["roles"]) for p in exported["people"]}

    def same(predicted: str, annotated: str) -> bool:
        return shares_content_word(f"{predicted} {roles.get(predicted, '')}", annotated)

    return same


def name_key(name: str) -> str:
    """A name compared without case, spacing or academic titles ("Dr. Olaf Brinkschulte")."""
    return " ".join(w for w in name.casefold().split() if w not in TITLES)


def same_person(people: Sequence[str]) -> SameSpeaker:
    """The own articles' rule: the gold person's full name (a role may stand before it), or
    their surname alone when no other person of the article has that surname."""
    keys = [name_key(name) for name in people]

    def same(predicted: str, annotated: str) -> bool:
        said, gold = name_key(predicted), name_key(annotated)
        if said == gold or said.endswith(" " + gold):
            return True
        sharing = [k for k in keys if k == said or k.endswith(" " + said)]
        return gold.endswith(" " + said) and len(sharing) == 1

    return same


def is_description(speaker: str) -> bool:
    """ "ein Experte", "die Sozialdemokratin", "Seine Frau", "ihr Begleiter": the text's words
    for somebody, not a name."""
    first = speaker.split()[0].casefold() if speaker.split() else ""
    return first in DETERMINERS or first in POSSESSIVE_DETERMINERS


def is_pronoun(speaker: str) -> bool:
    return content_words(speaker) <= PRONOUNS


def _overlap_ok(shared: int, a: int, b: int) -> bool:
    return shared > 0 and shared >= 0.5 * max(a, b)


def overlaps(prediction: Prediction, spans: Sequence[Span], sentence: bool = False) -> bool:
    """At least half of the longer shared, with one span or with all spans together.

    With `sentence` (reported speech, shown as the whole sentence around it): at least half of
    the annotated quotation and a quarter of the predicted sentence are shared.
    """
    if prediction.start < 0:
        return False
    length = prediction.end - prediction.start
    shares = [max(0, min(prediction.end, e) - max(prediction.start, s)) for s, e in spans]
    if prediction.gap is not None:
        gap_start, gap_end = prediction.gap
        length -= gap_end - gap_start
        shares = [
            share - max(0, min(gap_end, e) - max(gap_start, s))
            for share, (s, e) in zip(shares, spans, strict=True)
        ]
    if sentence:
        shared = sum(shares)
        return (
            shared > 0 and shared >= 0.5 * sum(e - s for s, e in spans) and shared >= 0.25 * length
        )
    if any(_overlap_ok(sh, length, e - s) for sh, (s, e) in zip(shares, spans, strict=True)):
        return True
    return _overlap_ok(sum(shares), length, sum(e - s for s, e in spans))


def trimmed(text: str) -> str:
    """Text without surrounding whitespace, quotation marks or final punctuation."""
    previous = None
    while previous != text:
        previous = text
        text = text.strip(TRIM).rstrip(FINAL_PUNCTUATION)
    return " ".join(text.split())


def _closeness(prediction: Prediction, spans: Sequence[Span]) -> int:
    """How nearly a prediction covers an annotation: the characters both share, less those only
    one of them has (the same span scores highest)."""
    shared = sum(max(0, min(prediction.end, e) - max(prediction.start, s)) for s, e in spans)
    total = sum(e - s for s, e in spans)
    return 2 * shared - (prediction.end - prediction.start) - total


def match(
    predictions: Sequence[Prediction], annotations: Sequence[Annotation], sentence: bool = False
) -> tuple[dict[int, Prediction], set[int]]:
    """The prediction matching each annotation most closely (by index; the first of equals),
    and the matched predictions. (A quote nested in a longer one matches both: its own
    prediction, not the outer quote's, is the one whose speaker counts.)"""
    first: dict[int, Prediction] = {}
    closest: dict[int, int] = {}
    matched: set[int] = set()
    for p_index, prediction in enumerate(predictions):
        for a_index, annotation in enumerate(annotations):
            if overlaps(prediction, annotation.spans, sentence):
                matched.add(p_index)
                closeness = _closeness(prediction, annotation.spans)
                if a_index not in first or closeness > closest[a_index]:
                    first[a_index] = prediction
                    closest[a_index] = closeness
    return first, matched


def span_score(
    predictions: Sequence[Prediction],
    annotations: Sequence[Annotation],
    *,
    recall_over: Callable[[Annotation], bool] | None = None,
    sentence: bool = False,
) -> SpanScore:
    """P/R/F1 counts; `recall_over` limits recall to some annotations (all by default)."""
    first, matched = match(predictions, annotations, sentence)
    counted = [i for i, a in enumerate(annotations) if recall_over is None or recall_over(a)]
    return SpanScore(
        predicted=len(predictions),
        predicted_right=len(matched),
        gold=len(counted),
        gold_found=sum(1 for i in counted if i in first),
    )


def strict_score(predictions: Sequence[Prediction], annotations: Sequence[Annotation], text: str):
    """One prediction per annotated span, equal after trimming; each span is its own unit."""
    units = [trimmed(text[s:e]) for a in annotations if a.label is None for s, e in a.spans]
    optional = [trimmed(text[s:e]) for a in annotations if a.label is not None for s, e in a.spans]
    free = list(range(len(predictions)))
    found = 0
    for unit in units:
        hit = next((i for i in free if trimmed(predictions[i].text) == unit), None)
        if hit is not None:
            free.remove(hit)
            found += 1
    for unit in optional:  # a labelled quote extracted exactly is no false prediction
        hit = next((i for i in free if trimmed(predictions[i].text) == unit), None)
        if hit is not None:
            free.remove(hit)
    return SpanScore(len(predictions), len(predictions) - len(free), len(units), found)


def speaker_score(
    predictions: Sequence[Prediction],
    annotations: Sequence[Annotation],
    same: SameSpeaker,
    sentence: bool = False,
) -> SpeakerScore:
    first, _ = match(predictions, annotations, sentence)
    score = SpeakerScore()
    for index, prediction in first.items():
        annotation = annotations[index]
        speaker = prediction.speaker
        named = [s for s in annotation.speakers if not is_pronoun(s)]
        credited = speaker is not None and any(same(speaker, s) for s in named)
        described = speaker is not None and not credited and is_description(speaker)
        score.described += int(described)
        if not annotation.speakers:
            score.unnamed += 1
            score.invented += int(speaker is not None and not described)
        elif not named:
            score.pronoun += 1
            if speaker and content_words(speaker) - PRONOUNS:
                score.pronoun_named += 1
        else:
            score.named += 1
            if speaker is None or described:
                score.none += 1
            elif credited and prediction.label:
                score.labelled += 1
            elif credited and annotation.label is None:
                score.right += 1
            else:  # another name, or a denied/fake/… quote credited as the person's statement
                score.wrong += 1
    return score


# --- reading predictions ----------------------------------------------------------------------


def _find_quoted(block: str, text: str, start: int) -> int:
    """Where `text` stands in `block` right after an opening quotation mark (else anywhere)."""
    at = block.find(text, start)
    first = at
    while at > 0 and block[at - 1] not in OPENING_MARKS:
        at = block.find(text, at + 1)
    return at if at >= 0 else first


def _place(rest: str, body: str, start: int, direct: bool) -> tuple[int, int] | None:
    """Where `body` stands in `rest` (the text from the quote's line on), from `start` on."""
    at = (_find_quoted if direct else str.find)(rest, body, start)
    if at >= 0:
        return at, at + len(body)
    # A quote over two paragraphs may be joined otherwise than the text has it (the second
    # opening mark, the line break): place it by its beginning and its end.
    size = min(30, len(body) // 3)
    head, tail = body[:size], body[-size:]
    at = rest.find(head, start)
    end = rest.find(tail, at) if at >= 0 else -1
    if end >= 0 and end + len(tail) - at <= 2 * len(body):
        return at, end + len(tail)
    return None


GAP_MAX = 150  # characters: a source named inside a statement is no longer


def _place_around(rest: str, body: str, start: int) -> tuple[int, int, int, int] | None:
    """Where a reported statement that leaves out words of its sentence stands ("Ein Verdacht
    bestehe nicht mehr" in "Ein Verdacht bestehe nach Angaben der Polizei nicht mehr"): the
    longest head found, then the rest of it after it; (head start, head end, tail start, end)."""
    cuts = [i for i, char in enumerate(body) if char == " "]
    for cut in reversed(cuts):
        head, tail = body[:cut], body[cut + 1 :]
        at = rest.find(head, start)
        if at < 0 or not tail:
            continue
        head_end = at + len(head)
        after = rest.find(tail, head_end, head_end + GAP_MAX + len(tail))
        return (at, head_end, after, after + len(tail)) if after >= 0 else None
    return None


def predictions(
    exported: dict, text: str, statements: bool = False
) -> tuple[list[Prediction], list[Prediction]]:
    """The article's direct and reported quotes from `article_to_json`, placed in `text`; with
    `statements`, a reported quote is placed by its statement (the sentence without its cue),
    as the quotation data annotates it, else by its whole sentence, as our gold files do."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    cursor: dict[tuple[int, str], int] = {}
    direct: list[Prediction] = []
    reported: list[Prediction] = []
    for quote in exported["quotes"]:
        if quote.get("source", "article") != "article":
            continue
        number, body = quote["line"], quote["text"]
        if statements and quote["kind"] != "direct" and quote.get("statement"):
            body = quote["statement"]  # what was said, without its cue ("sagte X")
        line_start = starts[number - 1] if 0 < number < len(starts) else 0
        rest = text[line_start:].replace("\u00a0", " ")
        key = (number, body)
        is_direct = quote["kind"] == "direct"
        gap = None
        around = None
        if not is_direct and body not in rest[cursor.get(key, 0) :]:
            around = _place_around(rest, body, cursor.get(key, 0))
        if around is not None:
            place = (around[0], around[3])
            gap = (line_start + around[1], line_start + around[2])
        else:
            place = _place(rest, body, cursor.get(key, 0), is_direct)
        if place is not None:
            cursor[key] = place[0] + 1
        start, end = (line_start + place[0], line_start + place[1]) if place else (-1, -1)
        placed = Prediction(start, end, body, quote["speaker"], quote.get("label") or None, gap)
        if statements and quote.get("continues") and reported and place is not None:
            before = reported[-1]  # the same statement going on: one prediction
            if 0 <= before.start < start:
                reported[-1] = replace(before, end=end, text=text[before.start : end])
                continue
        (direct if is_direct else reported).append(placed)
    return direct, reported


def baseline(text: str) -> list[Prediction]:
    spans = []
    position = 0
    for line in text.split("\n"):
        for span in find_quote_spans(line):
            if len(span.text.split()) >= 4:
                start = position + span.start
                spans.append(Prediction(start, start + len(span.text), span.text, None))
        position += len(line) + 1
    return spans


# --- the quotation data -----------------------------------------------------------------------


def data_annotations(row: dict) -> list[Annotation]:
    """One annotation per (type, spans); the speakers of its duplicates gathered."""
    by_key: dict[tuple, Annotation] = {}
    for quote in row["quotes"]:
        spans = [(s, e) for s, e in quote["quote"]["spans"]]
        key = (quote["type"], tuple(spans))
        annotation = by_key.setdefault(key, Annotation(spans, quote["type"]))
        if quote["speaker"]:
            annotation.speakers.append(quote["speaker"]["text"])
    return list(by_key.values())


def _merged_by_spans(annotations: Sequence[Annotation]) -> list[Annotation]:
    by_spans: dict[tuple, Annotation] = {}
    for annotation in annotations:
        merged = by_spans.setdefault(
            tuple(annotation.spans), Annotation(list(annotation.spans), "any")
        )
        merged.speakers.extend(annotation.speakers)
    return list(by_spans.values())


@dataclass
class Report:
    """Every figure of one input, in the order it is printed."""

    name: str
    articles: int = 0
    direct: SpanScore = field(default_factory=SpanScore)
    strict: SpanScore = field(default_factory=SpanScore)
    baseline: SpanScore = field(default_factory=SpanScore)
    speakers: SpeakerScore = field(default_factory=SpeakerScore)
    indirect: SpanScore = field(default_factory=SpanScore)
    indirect_lenient: SpanScore = field(default_factory=SpanScore)  # by the direct quotes' rule
    indirect_speakers: SpeakerScore = field(default_factory=SpeakerScore)
    per_kind: dict[str, tuple[SpanScore, SpeakerScore]] = field(default_factory=dict)
    extra: dict[str, int] = field(default_factory=dict)  # own articles: people, labels, …
    false_people: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # own articles, with --details
    seconds: float = 0.0

    def kind(self, name: str) -> tuple[SpanScore, SpeakerScore]:
        return self.per_kind.setdefault(name, (SpanScore(), SpeakerScore()))

    def count(self, name: str, value: int) -> None:
        self.extra[name] = self.extra.get(name, 0) + value


def unlabelled(annotation: Annotation) -> bool:
    return annotation.label is None


def score_article(
    report: Report,
    text: str,
    exported: dict,
    annotations: Sequence[Annotation],
    indirect_kinds: Sequence[str],
    same: SameSpeaker,
    statements: bool = False,
) -> None:
    """Add one article's direct and reported figures to `report`."""
    direct, reported = predictions(exported, text, statements)
    golds = [a for a in annotations if a.kind == DIRECT]
    report.articles += 1
    report.direct.add(span_score(direct, golds, recall_over=unlabelled))
    report.strict.add(strict_score(direct, golds, text))
    report.baseline.add(span_score(baseline(text), golds, recall_over=unlabelled))
    report.speakers.add(speaker_score(direct, golds, same))
    indirect = [a for a in annotations if a.kind in indirect_kinds]
    together = _merged_by_spans(indirect)
    report.indirect.add(span_score(reported, together, recall_over=unlabelled))
    report.indirect_lenient.add(
        span_score(reported, together, recall_over=unlabelled, sentence=True)
    )
    report.indirect_speakers.add(speaker_score(reported, together, same))
    for kind in indirect_kinds:
        of_kind = [a for a in indirect if a.kind == kind]
        spans, speakers = report.kind(kind)
        spans.add(span_score(reported, of_kind, recall_over=unlabelled))
        speakers.add(speaker_score(reported, of_kind, same))


def evaluate_data(path: Path) -> Report:
    report = Report(path.name)
    for raw in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        text = row["text"]
        started = time.perf_counter()
        article = extract(parse_article(text, article_id=row["id"], path=str(path)))
        report.seconds += time.perf_counter() - started
        annotations = data_annotations(row)
        exported = article_to_json(article)
        score_article(
            report, text, exported, annotations, INDIRECT_TYPES, described_as(exported), True
        )
    return report


# --- our own articles -------------------------------------------------------------------------


def locate(text: str, part: str, taken: set[Span]) -> Span | None:
    """The first place of `part` in `text` not taken yet (places after a quotation mark first)."""
    candidates = []
    at = text.find(part)
    while at >= 0:
        candidates.append((at, at + len(part)))
        at = text.find(part, at + 1)
    marks = OPENING_MARKS + "'"  # a headline may quote in ASCII single quotes
    candidates.sort(key=lambda s: (s[0] <= 0 or text[s[0] - 1] not in marks, s[0]))
    return next((s for s in candidates if s not in taken), None)


def gold_annotations(gold: dict, text: str, where: str) -> tuple[list[Annotation], list[Span]]:
    """The gold file's quotes as annotations placed in `text`, and the non-quotes' spans."""
    taken: set[Span] = set()
    annotations = []
    for entry in gold.get("quotes") or []:
        parts = entry["text"] if isinstance(entry["text"], list) else [entry["text"]]
        spans = []
        for part in parts:
            span = locate(text, part, taken)
            if span is None:
                raise ValueError(f"{where}: quote not in the article: {part[:60]!r}")
            taken.add(span)
            spans.append(span)
        kind = DIRECT if entry.get("kind", "direct") == "direct" else "reported"
        label = entry.get("label")
        if label is not None and label not in LABELS:
            raise ValueError(f"{where}: unknown label {label!r}")
        speakers = [entry["speaker"]] if entry.get("speaker") else []
        annotations.append(Annotation(spans, kind, speakers, label))
    non_quotes = []
    for part in gold.get("non_quotes") or []:
        span = locate(text, part, taken)
        if span is None:
            raise ValueError(f"{where}: non-quote not in the article: {part[:60]!r}")
        taken.add(span)
        non_quotes.append(span)
    return annotations, non_quotes


def score_people(report: Report, gold: dict, exported: dict) -> None:
    gold_people = {name_key(p["name"]): p for p in gold.get("people") or []}
    found: set[str] = set()
    for person in exported["people"]:
        key = name_key(person["name"])
        expected = gold_people.get(key)
        if expected is None or key in found:  # not a gold person, or the same one twice
            report.false_people.append(person["name"])
            continue
        found.add(key)
        report.count("party_right", int(same_party(person["party"], expected.get("party"))))
        roles = {r.casefold() for r in expected.get("roles") or []}
        report.count("roles_gold", len(roles))
        report.count("roles_right", len(roles & {r.casefold() for r in person["roles"]}))
        report.count("roles_predicted", len(person["roles"]))
    report.count("people_gold", len(gold_people))
    report.count("people_found", len(found))
    report.count("people_missed", len(gold_people) - len(found))
    report.count("people_false", len(exported["people"]) - len(found))


def score_labels_and_non_quotes(
    report: Report, text: str, exported: dict, annotations, non_quotes: list[Span]
) -> None:
    direct, reported = predictions(exported, text)
    for annotation in annotations:
        is_direct = annotation.kind == DIRECT
        pool = direct if is_direct else reported
        hits = [p for p in pool if overlaps(p, annotation.spans, sentence=not is_direct)]
        if annotation.label is None:  # a real statement: a label on it is wrong
            report.count("statements", 1)
            report.count("statements_labelled", int(any(p.label for p in hits)))
            continue
        credited = any(p.speaker and not p.label for p in hits)
        report.count("labelled_gold", 1)
        report.count("labelled_handled_right", int(not credited))
        report.count("labelled_kept_with_label", int(any(p.label for p in hits)))
    for span in non_quotes:
        hits = [p for p in direct if overlaps(p, [span])]
        report.count("non_quotes", 1)
        report.count("non_quotes_extracted", int(bool(hits)))
        report.count("non_quotes_with_speaker", int(any(p.speaker for p in hits)))


def article_files(folder: Path) -> list[Path]:
    files, _ = collect_paths([folder])
    return files


def explain(
    text: str, exported: dict, annotations: Sequence[Annotation], same: SameSpeaker
) -> list[str]:
    """One line per gold quote the bot missed or gave another speaker, and per false one."""
    lines = []
    direct, reported = predictions(exported, text)
    for predicted, kind, sentence in ((direct, DIRECT, False), (reported, "reported", True)):
        golds = [a for a in annotations if a.kind == kind]
        first, matched = match(predicted, golds, sentence)
        for index, gold in enumerate(golds):
            quote = " / ".join(text[s:e] for s, e in gold.spans)[:70]
            expected = (gold.speakers or ["-"])[0] + (f" ({gold.label})" if gold.label else "")
            if index not in first:
                lines.append(f"  missed {kind.lower()}: {quote!r}, {expected}")
                continue
            said, label = first[index].speaker, first[index].label
            right = said is not None and any(same(said, s) for s in gold.speakers)
            unnamed_right = not gold.speakers and (said is None or is_description(said))
            if not unnamed_right and not (right and not gold.label):
                lines.append(
                    f"  {kind.lower()} {quote!r}: {said} [{label or '-'}], gold {expected}"
                )
        for index, prediction in enumerate(predicted):
            if index not in matched:
                lines.append(
                    f"  false {kind.lower()}: {prediction.text[:70]!r} ({prediction.speaker})"
                )
    return lines


def evaluate_articles(folder: Path, details: bool = False) -> Report:
    report = Report(f"{folder.name}/ (own articles)")
    for path in article_files(folder):
        gold_path = folder / "gold" / f"{path.stem}.yaml"
        if not gold_path.is_file():
            raise ValueError(f"{path}: no gold file {gold_path}")
        text, _ = decode_text(path.read_bytes(), str(path))
        started = time.perf_counter()
        article, _ = load_article(path, MAX_BYTES)
        report.seconds += time.perf_counter() - started
        exported = article_to_json(article)
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        annotations, non_quotes = gold_annotations(gold, text, str(gold_path))
        same = same_person([p["name"] for p in gold.get("people") or []])
        score_article(report, text, exported, annotations, ("reported",), same)
        score_people(report, gold, exported)
        score_labels_and_non_quotes(report, text, exported, annotations, non_quotes)
        if details:
            report.details.append(f"- {path.name}")
            report.details.extend(explain(text, exported, annotations, same))
    return report


# --- output -----------------------------------------------------------------------------------


def figures(report: Report) -> dict:
    result = {
        "input": report.name,
        "articles": report.articles,
        "direct": report.direct.figures(),
        "direct_strict": report.strict.figures(),
        "direct_baseline": report.baseline.figures(),
        "direct_speakers": report.speakers.figures(),
        "indirect": report.indirect.figures(),
        "indirect_half_of_longer": report.indirect_lenient.figures(),
        "indirect_speakers": report.indirect_speakers.figures(),
        "indirect_by_kind": {
            kind: {
                "R": round(spans.recall, 3),
                "gold": spans.gold,
                "gold_found": spans.gold_found,
                "speakers": speakers.figures(),
            }
            for kind, (spans, speakers) in report.per_kind.items()
        },
        "seconds": round(report.seconds, 3),
    }
    if report.extra:
        result["own"] = dict(sorted(report.extra.items()))
        result["false_people"] = report.false_people
    return result


def same_party(predicted: str | None, gold: str | None) -> bool:
    """Whether the bot's party is the gold's, a short form read as its party ("FW" in a gold
    file is the Freie Wähler the bot writes out)."""
    if not predicted or not gold:
        return not predicted and not gold
    return predicted == gold or predicted == party_in(gold)


def _span_row(name: str, score: SpanScore, recall_only: bool = False) -> str:
    if recall_only:  # predictions have no kind: precision means nothing for one kind
        return f"  {name:<22}{'-':>7}{score.recall:>7.3f}{'-':>7}{'-':>7}{score.gold:>7}" + (
            f"{score.gold_found:>7}"
        )
    return (
        f"  {name:<22}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
        f"{score.predicted:>7}{score.gold:>7}{score.gold_found:>7}"
    )


def _speaker_row(name: str, score: SpeakerScore) -> str:
    return (
        f"  {name:<22}{score.named:>6}{score.right:>6}{score.none:>6}{score.wrong:>6}"
        f"{score.labelled:>6}{score.described:>6}{score.accuracy:>7.3f}{score.misattribution:>7.3f}"
        f"{score.unnamed:>6}{score.invented:>6}{score.pronoun:>6}{score.pronoun_named:>6}"
    )


def table(report: Report) -> str:
    """Every figure in fixed rows and columns, so two runs can be placed side by side."""
    lines = [f"== {report.name}: {report.articles} articles, extraction {report.seconds:.2f} s"]
    lines.append(f"  {'spans':<22}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}{'found':>7}")
    lines.append(_span_row("direct", report.direct))
    lines.append(_span_row("direct strict", report.strict))
    lines.append(_span_row("direct baseline", report.baseline))
    lines.append(_span_row("indirect, all kinds", report.indirect))
    lines.append(_span_row("  lenient (sentence)", report.indirect_lenient))
    kinds = report.per_kind.items() if len(report.per_kind) > 1 else ()  # one kind: same row
    for kind, (spans, _) in kinds:
        lines.append(_span_row(f"  {kind}", spans, recall_only=True))
    lines.append(
        f"  {'speakers':<22}{'named':>6}{'right':>6}{'none':>6}{'wrong':>6}{'label':>6}{'desc':>6}"
        f"{'acc':>7}{'misat':>7}{'nonam':>6}{'invnt':>6}{'pron':>6}{'p.nam':>6}"
    )
    lines.append(_speaker_row("direct", report.speakers))
    lines.append(_speaker_row("indirect, all kinds", report.indirect_speakers))
    for kind, (_, speakers) in kinds:
        lines.append(_speaker_row(f"  {kind}", speakers))
    extra = Counter(report.extra)  # a figure never counted reads 0
    if extra:
        lines.append(
            f"  people: {extra['people_found']} of {extra['people_gold']} found, "
            f"{extra['people_missed']} missed, {extra['people_false']} false; of those found: "
            f"party right {extra['party_right']}, roles {extra['roles_right']} "
            f"of {extra['roles_gold']} gold right ({extra['roles_predicted']} given)"
        )
        if report.false_people:
            lines.append("  false people: " + "; ".join(report.false_people))
        lines.append(
            f"  labels: {extra['labelled_handled_right']} of {extra['labelled_gold']}"
            " denied/fake/satire/hypothetical quotes not credited to their person "
            f"({extra['labelled_kept_with_label']} kept with a label); "
            f"{extra['statements_labelled']} of {extra['statements']} real "
            "statements given a label"
        )
        lines.append(
            f"  non-quotes extracted: {extra['non_quotes_extracted']} of "
            f"{extra['non_quotes']} ({extra['non_quotes_with_speaker']} with a "
            "speaker); invented speakers: "
            f"{report.speakers.invented + report.indirect_speakers.invented}"
        )
    return "\n".join(lines)


LEGEND = """\
speakers: named = matched annotations with a named speaker, split into right / none / wrong /
  label (labelled: attributed, not credited); desc = speakers given as a description ("ein
  Experte"), counted as none; acc = right / named; misat = (wrong + invnt) / named; nonam =
  matched annotations whose speaker is not named, invnt = of those given a name; pron = speaker
  only a pronoun, p.nam = of those given a name"""


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


def reports(
    paths: Sequence[Path], folders: Sequence[Path], details: bool = False
) -> Iterator[Report]:
    for path in paths:
        yield evaluate_data(path)
    for folder in folders:
        yield evaluate_articles(folder, details)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="*", help=".jsonl files of the quotation data")
    parser.add_argument(
        "--articles",
        type=Path,
        action="append",
        default=[],
        help="a folder of own articles (repeatable)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--details", action="store_true", help="own articles: list each miss and wrong speaker"
    )
    args = parser.parse_args(argv)
    if not args.paths and not args.articles:
        parser.error("give a .jsonl file or --articles FOLDER")
    for path in args.paths:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
    for folder in args.articles:
        if not folder.is_dir():
            print(f"{folder}: no such folder", file=sys.stderr)
            return 2
    try:
        done = list(reports(args.paths, args.articles, args.details))
    except (ValueError, ArticleError, yaml.YAMLError) as error:
        print(f"cannot score: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([figures(r) for r in done], ensure_ascii=False, indent=1))
        return 0
    for report in done:
        print(table(report))
        if report.details:
            print("\n".join(report.details))
    print(LEGEND)
    if SEED.is_file():
        print(f"seed article: {seed_time():.1f} ms per extraction (best of 20, after start-up)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
