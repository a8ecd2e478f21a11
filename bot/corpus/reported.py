"""Reported (indirect) speech: `X sagte, …` with the statement in the subjunctive, and the
subjunctive sentences that continue it.

German news reports what somebody said in Konjunktiv I ("Dortmund sei nicht mehr …, erklärte
X"; "Man bleibe stärkste Kraft im Rat."). A sentence with a speech verb and a subjunctive, "dass"
or zu-infinitive complement is reported speech of the verb's subject; a following sentence in the
subjunctive with no cue of its own continues what the last speaker said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.corpus import german
from bot.corpus.quotes import FoundQuote, cue_speaker
from bot.corpus.sentences import Sentence
from bot.corpus.speakers import Referent, Speakers

# Verbs that introduce what somebody said (narrower than the cue verbs of direct quotes, where
# the quotation marks already say that it is speech).
REPORTING_STEMS = (
    "sag erklär beton meint mein bericht teil kündig warn forder kritisier versicher bestätig "
    "erläuter ergänz füg äußer behaupt argumentier begründ unterstreich bekräftig wies weis "
    "verwies verweis schrieb schreib riet rät "
    "beklag klag mahn appellier bezeichn nannt nenn"
).split()
# Each pattern below opens with a lookahead of the characters its matches start with: it lets
# the regex engine pass over all other positions at once instead of trying every branch there.
_REPORTING_FIRST = "".join(sorted({stem[0] for stem in REPORTING_STEMS} | {"z", "h", ","}))
REPORTING_VERB_RE = re.compile(
    rf"(?=[{_REPORTING_FIRST}])(?:"
    r"\b(?:(?:"
    + "|".join(REPORTING_STEMS)
    + r")[a-zäöüß]*\b|zufolge\b|(?:heißt|hieß) es\b)|,\s*so\s+\S"
    ")"
)
COMPLEMENT_RE = re.compile(
    r"(?=[,a-z])(?:"
    r",\s*(?:dass|daß|ob|wie|wonach)\b"
    r"|\bzu\s+(?!(?:den|einen|diesen|seinen|ihren|unseren|allen|vielen)\b)[a-zäöüß]{3,}en\b"
    r"|\b(?:an|auf|aus|ein|mit|vor|zurück|fest|her|hin|weiter|um|ab|zu)zu[a-zäöüß]{3,}en\b"
    ")"
)
# A sentence mostly made of a direct quotation is reported as that quotation, not again here.
QUOTED_SHARE = 0.5
CHAIN_REACH = 2  # sentences after a speaker within which a subjunctive sentence continues them


@dataclass(frozen=True)
class FoundReport:
    """A sentence of reported speech and who said it."""

    text: str
    speaker: Referent | None


def _subjunctive(frame: str, strict: bool) -> bool:
    return german.has_subjunctive(frame, strict=strict)


def _quoted_share(sentence: Sentence) -> float:
    if not sentence.quotes:
        return 0.0
    quoted = sum(len(q.text) + 2 for q in sentence.quotes)
    return quoted / max(len(sentence.text), 1)


LEADING_PUNCTUATION = " ,;:–-"
CUE_AFTER_QUOTE_RE = re.compile(r"\s*,\s*([a-zäöüß]+)\b")


def _reported_part(sentence: Sentence, quotes: list[FoundQuote]) -> str:
    """The sentence without a direct quotation that opens it with its own cue verb („…“,
    beschwor er den Willen, dass …) or closes it after a colon (X erklärte, man sei …: „…“):
    that quotation is listed as a direct quote already, and the reader should not get its words
    twice. A quotation that is part of the reported statement stays („…“, aber auch, dass …)."""
    text = sentence.text
    start, end = 0, len(text)
    if quotes:
        first = quotes[0].span
        opening = first.start - 1 - sentence.start
        closing = first.end + 1 - sentence.start
        cue = CUE_AFTER_QUOTE_RE.match(text, closing)
        # Only a quotation with its own cue verb stands apart („…“, beschwor er …); in „…“, aber
        # auch, dass … the quotation is part of the reported statement and stays.
        if not text[:opening].strip() and cue and cue.group(1) in german.CUE_VERBS:
            start = closing
            while start < end and text[start] in LEADING_PUNCTUATION:
                start += 1
        last = quotes[-1].span
        opening = last.start - 1 - sentence.start
        closing = last.end + 1 - sentence.start
        before = text[:opening].rstrip()
        if opening > start and before.endswith(":") and not text[closing:].strip(" .!?"):
            end = len(before) - 1
            while end > start and text[end - 1] in LEADING_PUNCTUATION:
                end -= 1
    return text[start:end]


def reported_speech(
    sentence: Sentence, speakers: Speakers, quotes: list[FoundQuote]
) -> FoundReport | None:
    """The sentence as reported speech with its speaker, or None when it is not."""
    if _quoted_share(sentence) >= QUOTED_SHARE or sentence.text.rstrip().endswith("?"):
        return None
    frame = sentence.frame()
    text = _reported_part(sentence, quotes)
    if not (_subjunctive(text, strict=False) or COMPLEMENT_RE.search(text)):
        return None  # what is left besides the direct quotation reports nothing
    cued = REPORTING_VERB_RE.search(frame)
    if cued and (_subjunctive(frame, strict=False) or COMPLEMENT_RE.search(frame)):
        speaker = cue_speaker(frame, speakers)
        if speaker is None and quotes:
            speaker = quotes[-1].speaker
        if speaker is not None:
            return FoundReport(text, speaker)
    if _subjunctive(frame, strict=True) and speakers.since_speaker <= CHAIN_REACH:
        speaker = speakers.last_speaker
        if speaker is not None:
            return FoundReport(text, speaker)  # the report goes on
    return None
