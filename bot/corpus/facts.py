"""Facts: sentences that state something checkable — counts, results, times, dates, records.

A fact is kept verbatim with its line. When the checkable part stands inside somebody's
quotation, or the sentence is their reported speech, the fact is their claim (`claimed_by`).
"""

from __future__ import annotations

import re

from bot.corpus.quotes import FoundQuote
from bot.corpus.sentences import Sentence

NUMBER_WORDS = (
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
    "sechzig siebzig achtzig neunzig hundert tausend Dutzend Hälfte Drittel Viertel Million "
    "Millionen Milliarde Milliarden"
)
WEEKDAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
RECORD_PHRASES = (
    "erstmals",
    "erstmalig",
    "zum ersten Mal",
    r"Rekord\w*",
    "noch nie",
    r"historisch\w*",
    r"Historisch\w*",
)
RESULT_PHRASES = (
    "Prozent",
    "Stimmen",
    "Sitze",
    "Mandate",
    "Wahlbeteiligung",
    "stärkste Kraft",
    "gewählt",
    "gewonnen",
    "verloren",
)
# Every match starts with a digit or the first letter of a word above: the lookahead lets the
# regex engine pass over all other positions at once instead of trying every branch there.
FIRST_CHARS = "".join(
    sorted(
        {word[0] for words in (NUMBER_WORDS, WEEKDAYS, MONTHS) for word in words.split()}
        | {phrase[0] for phrase in RECORD_PHRASES + RESULT_PHRASES}
    )
)
CHECKABLE_RE = re.compile(
    rf"(?=[\d{FIRST_CHARS}])(?:"
    r"\b\d+(?:[.,]\d+)*\b"  # counts, results, years, dates
    r"|\b(?:" + "|".join(NUMBER_WORDS.split()) + r")\b"
    r"|\b(?:" + "|".join(WEEKDAYS.split()) + r")(?:abend|nacht)?\b"
    r"|\b(?:" + "|".join(MONTHS.split()) + r")\b"
    r"|\b(?:" + "|".join(RECORD_PHRASES) + r")\b"
    r"|\b(?:" + "|".join(RESULT_PHRASES) + r")\b"
    ")"
)


def is_checkable(text: str) -> bool:
    """Does the text state a count, result, time, date or record?"""
    return bool(CHECKABLE_RE.search(text))


def fact_claimant(
    sentence: Sentence, quotes: list[FoundQuote], reported_by: str | None
) -> tuple[bool, str | None]:
    """Is the sentence a fact, and whose claim is it (None: the article's own reporting)?"""
    if not sentence.quotes:  # no quotation (so no quote found): the first match decides
        return (True, reported_by) if is_checkable(sentence.text) else (False, None)
    for match in CHECKABLE_RE.finditer(sentence.text):
        at = sentence.start + match.start()
        for quote in quotes:
            if quote.span.start <= at < quote.span.end:
                return True, quote.speaker.name if quote.speaker else None
        if not any(q.start <= at < q.end for q in sentence.quotes):
            return True, reported_by
    return False, None
