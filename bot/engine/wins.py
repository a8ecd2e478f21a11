"""Whether a line's own words tell a win, and in which way, read from its text alone: the
index finds each article's win lines with these while it reads the article (`WinLines`), and
the questions read the same words when they ask who won.
"""

from __future__ import annotations

import re

from bot.corpus.german import QUOTED_RE
from bot.engine import lexicon
from bot.engine.folding import has_phrase, stem_word, words

QUOTE_MARK_RE = re.compile(r"[„“”\"»«]")
AGAINST_STEMS = frozenset(map(stem_word, lexicon.AGAINST_WINNER))

# Words (starts of folded words) that speak of standing for office: "nicht mehr angetreten",
# "kandidiert erneut", "die Wiederwahl", "run again", "re-election"
ANTRETEN = ("antret", "angetret", "anzutret", "wiederantr")
# "der nicht mehr antritt"; not "Antrittsrede", a speech on taking office
ANTRITT = frozenset("antritt antrat antraten".split())
STANDING_VERBS = frozenset("tritt trat treten traten run runs running ran stand stands".split())
# "ihr Amt am 1. November antreten": taking office, not standing for it
OFFICE_TAKEN = frozenset("amt amtes dienst stelle office".split())
TAKE_VERBS = frozenset("take takes taking took assume assumes assuming assumed".split())
# "wann tritt X ihr Amt an": taking office is asked, which a line says by these (starts of
# folded words: "wird ihr Amt am 1. Mai antreten", "Amtsantritt ist im Juli", "übernimmt die
# Amtsgeschäfte", "wird vereidigt"), or by "tritt … an"; the day she won is no answer
# ("will take office on July 1", "is sworn in", "the inauguration" in an English report)
TAKING_OFFICE = (
    *ANTRETEN, "amtsantritt", "dienstantritt", "amtsgeschaft", "amtsubergab", "vereidig",
    "angelob", "amtseinf", "sworn", "inaugur",
)  # fmt: skip
# "Ihre neue Amtszeit beginnt am 1. Dezember", "her second term begins" (not "Termin")
TERM_BEGINS = ("beginn", "begin", "start")


def offices_written_out(folded: list[str]) -> list[str]:
    """ "der OB", "wer ist OB in X", "die OB-Wahl" typed apart: the office, not "ob" (whether),
    which a stop word hides. "Whether" follows neither an article nor a verb of being, and no
    word of an election follows it."""
    return [
        "oberburgermeister"
        if word == "ob"
        and (
            (i and folded[i - 1] in lexicon.BEFORE_NOUN | lexicon.BECOMING)
            or (i > 1 and folded[i - 1] in lexicon.NOW_WORDS and folded[i - 2] in lexicon.BECOMING)
            or folded[i + 1 : i + 2] in ([w] for w in lexicon.ELECTION_WORDS)
        )
        else word
        for i, word in enumerate(folded)
    ]


def reporting(text: str) -> list[str]:
    """A line's own words, without what it quotes; "OB-Wahl" is the office, no "ob"
    (whether), which would make a win in it only supposed."""
    return offices_written_out(
        words(QUOTED_RE.sub(" ", text) if QUOTE_MARK_RE.search(text) else text)
    )


# "Gewählt ist X", "X wurde zur Bürgermeisterin gewählt", and asked, "wer wurde in X gewählt":
# the passive of "wählen" says who was elected; the active ("die mich gewählt haben", "haben X
# gewählt", "wer hat gewählt") says who voted.
ELECTED = "gewahlt"
PASSIVE_AUXILIARIES = frozenset("ist sind wurde wurden worden".split())
ACTIVE_AUXILIARIES = frozenset("hat haben hatte hatten habe".split())
# "Gewählt ist noch niemand", "Ich bin nicht gewählt worden": nobody elected
NOBODY_ELECTED = frozenset("niemand keiner keine nicht".split())
NOBODY_AFTER = 4  # "Gewählt ist bisher noch niemand"
ELECTED_WITHIN = 6  # "ist im zweiten Wahlgang zum Oberbürgermeister von Pirna gewählt worden"


def elected(reporting: list[str]) -> bool:
    """Whether the reporting says somebody was elected: "gewählt" in the passive, an auxiliary
    of it within its clause ("Gewählt ist X (SPD) bereits im ersten Wahlgang, weil sie … hat")."""
    for i, word in enumerate(reporting):
        if word == ELECTED:
            clause = set(reporting[max(0, i - ELECTED_WITHIN) : i + 3])
            # ("Gewählt ist bisher noch niemand": the subject may stand four words on)
            after = reporting[max(0, i - ELECTED_WITHIN) : i + NOBODY_AFTER + 1]
            if (
                not PASSIVE_AUXILIARIES.isdisjoint(clause)
                and ACTIVE_AUXILIARIES.isdisjoint(clause)
                and NOBODY_ELECTED.isdisjoint(after)
            ):
                return True
    return False


KEPT_WITHIN = 6  # words after "verteidigte" that may name the office ("… Amtsinhaberin X ihr Amt")


# A result or a count beside a word of staying: "bleibt im Amt" after an election, not in a
# scandal ("Ahlingen ist ausgezählt. X bleibt Bürgermeisterin.")
RESULT_RE = re.compile(r"\d\s*(?:Prozent|%|percent)|\bStimmen\b|\bausgezählt\b")
OFFICE_AFTER = 2  # "bleibt Bürgermeisterin", "bleibt damit Landrat"


def kept_office_in(reporting: list[str], stems: list[str], line: str) -> bool:
    """`kept_office` of a unit, whose line may give the result after it ("X bleibt im Amt. Er
    setzte sich mit 58,3 Prozent … durch"); the rest of the line is read only for a unit with a
    word of staying (most have none)."""
    if lexicon.STAYS.isdisjoint(reporting):
        return kept_office(reporting, stems)
    return kept_office(reporting, stems, RESULT_RE.search(line) is not None)


def kept_office(reporting: list[str], stems: list[str], result_after: bool = False) -> bool:
    """A re-election told as keeping the office: "X bleibt mit 61,2 Prozent im Amt", "X bleibt
    Bürgermeisterin" (with a result or a contest beside it, or, `result_after`, a result or a
    count in the sentences around it: "bleibt trotz der Kritik im Amt" is no election's),
    "verteidigte ihr Amt". Not "wurde 2019 im Amt bestätigt", which a portrait says of a term
    long past."""
    contest = (
        result_after
        or any(w.isdigit() for w in reporting)
        or any(s in AGAINST_STEMS or names_contest(s) for s in stems)
    )
    for i, word in enumerate(reporting):
        office = not lexicon.OFFICE_STEMS.isdisjoint(stems[i + 1 : i + 1 + OFFICE_AFTER])
        stays = (
            word in lexicon.STAYS
            and contest
            and (office or has_phrase(reporting[i + 1 :], ("im", "amt")))
        )
        defends = word in lexicon.DEFENDS and not lexicon.KEPT_SEATS.isdisjoint(
            reporting[i + 1 : i + 1 + KEPT_WITHIN]
        )
        # "wurde mit 91,3 Prozent für eine dritte Amtszeit bestätigt": tonight's result
        confirmed = (
            word in CONFIRMED
            and SHARE_WORDS.intersection(reporting[max(0, i - KEPT_WITHIN * 2) : i])
            and any(w.startswith(TERM_WORDS) for w in reporting[max(0, i - KEPT_WITHIN) : i])
        )
        if stays or defends or confirmed:
            return True
    return False


CONFIRMED = frozenset({"bestatigt"})
SHARE_WORDS = frozenset({"prozent"})
TERM_WORDS = ("amt", "amtszeit")  # "im Amt", "für eine dritte Amtszeit"


def names_contest(stem: str) -> bool:
    """Whether a word names the contest ("Wahl", "Stichwahl", "Wahlgang"): in "wer hat die
    Stichwahl gewonnen" it says which race, and the sentence naming the winner need not repeat
    it."""
    return stem.endswith("wahl") or stem in lexicon.CONTEST_STEMS


def takes_office(tokens: list[str]) -> bool:
    """Whether folded words speak of taking office: "wird ihr Amt am 1. Mai antreten", "tritt
    das Amt im Juli an", "der Amtsantritt", "wird vereidigt"."""
    for i, token in enumerate(tokens):
        if token.startswith(TAKING_OFFICE) or token in ANTRITT:
            return True
        if token in STANDING_VERBS and "an" in tokens[i + 1 :]:
            return True
        if token in TAKE_VERBS and tokens[i + 1 : i + 2] == ["office"]:
            return True
    terms = any(t.startswith("amtszeit") or t == "term" for t in tokens)
    return terms and any(t.startswith(TERM_BEGINS) for t in tokens)
