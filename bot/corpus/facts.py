"""Facts: sentences that state something checkable — results, counts, shares, times, dates.

A fact is kept verbatim with its line. When the checkable part stands inside somebody's
quotation, or the sentence is their reported speech, the fact is their claim (`claimed_by`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.corpus.quotes import FoundQuote
from bot.corpus.sentences import Sentence

NUMBER_WORDS = (
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
    "sechzig siebzig achtzig neunzig hundert tausend Dutzend Hälfte Drittel Viertel Million "
    "Millionen Milliarde Milliarden"
)
# "fünf Jahre", "die nächsten hundert Tage" frame a span of time (often a promise or a
# forecast), they count nothing: a number word before these is a count only as a past
# duration ("zwölf Jahre lang").
TIME_UNITS = "Jahre Jahren Monate Monaten Wochen Tage Tagen Stunden Minuten"
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
RECORD_PHRASES = ("erstmals", "erstmalig", "zum ersten Mal", r"Rekord\w*", "noch nie")
# What an election decides, said without a number. A weekday or a word like "historisch" or
# "Wahlbeteiligung" alone states nothing checkable ("Am Sonntag ereignete sich Historisches").
RESULT_PHRASES = (
    "stärkste Kraft",
    "gewählt",
    "wiedergewählt",
    "gewonnen",
    "gewinnt",
    "gewann",
    "verloren",
    "bleibt im Amt",
    r"wird neue[rs]? [A-ZÄÖÜ]\w+",  # "… wird neue Bürgermeisterin"
)
# Every match starts with a digit or the first letter of a word above: the lookahead lets the
# regex engine pass over all other positions at once instead of trying every branch there.
FIRST_CHARS = "".join(
    sorted(
        {word[0] for words in (NUMBER_WORDS, MONTHS) for word in words.split()}
        | {phrase[0] for phrase in RECORD_PHRASES + RESULT_PHRASES}
    )
)
CHECKABLE_RE = re.compile(
    rf"(?=[\d{FIRST_CHARS}])(?:"
    r"\b\d+(?:[.,]\d+)*\b(?!-Jährig)"  # counts, results, times, years, dates; not an age
    r"|\b(?:" + "|".join(NUMBER_WORDS.split()) + r")\b"
    r"(?!\s+(?:" + "|".join(TIME_UNITS.split()) + r")\b(?!\s+lang\b))"
    r"|\b(?:" + "|".join(MONTHS.split()) + r")\b"
    r"|\b(?:" + "|".join(RECORD_PHRASES) + r")\b"
    r"|\b(?:" + "|".join(RESULT_PHRASES) + r")\b"
    ")"
)
# A result verb in a clause asking why or whether ("warum er gewählt worden ist") states no
# result; nor does a question.
_OPEN_WORD = r"\b(?:[Ww]arum|[Ww]eshalb|[Ww]ieso|[Ww]eswegen|[Oo]b)\b"
_OPEN_CLAUSE_RE = re.compile(_OPEN_WORD + r"[^,;:–]*$")
# A text without any such word has no such clause before any match (each match starts a word):
# looked for once, not once per match from the text's start.
_OPEN_WORD_RE = re.compile(_OPEN_WORD)
_QUESTION_END_RE = re.compile(r"\?[\s“”\"»«‘’')]*$")


@lru_cache(maxsize=4096)  # agency copy repeats sentences across a night's articles
def _anchors(text: str) -> tuple[int, ...]:
    """Where the text states something checkable (offsets); none in a question."""
    if _QUESTION_END_RE.search(text):
        return ()
    found = list(CHECKABLE_RE.finditer(text))
    if not found or _OPEN_WORD_RE.search(text) is None:
        return tuple(match.start() for match in found)
    return tuple(
        match.start()
        for match in found
        if match.group()[0].isdigit() or not _OPEN_CLAUSE_RE.search(text, 0, match.start())
    )


def is_checkable(text: str) -> bool:
    """Does the text state a result, count, share, time or date?"""
    return bool(_anchors(text))


def fact_claimant(
    sentence: Sentence, quotes: list[FoundQuote], reported_by: str | None
) -> tuple[bool, str | None]:
    """Is the sentence a fact, and whose claim is it (None: the article's own reporting)?"""
    anchors = _anchors(sentence.text)
    if not sentence.quotes:  # no quotation (so no quote found): the first match decides
        return (True, reported_by) if anchors else (False, None)
    for offset in anchors:
        at = sentence.start + offset
        for quote in quotes:
            if quote.span.start <= at < quote.span.end:
                return True, quote.speaker.name if quote.speaker else None
        if not any(q.start <= at < q.end for q in sentence.quotes):
            return True, reported_by
    return False, None
