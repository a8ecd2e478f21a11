"""Quotations an article does not present as somebody's statement.

German news also quotes words that a person did NOT say: a denial ("X sagte nicht: „…“", "hat
nie gesagt", "bestritt, … gesagt zu haben", "stammt nicht von X"), a fake ("ein gefälschtes
Zitat, das X zugeschrieben wird", "ein KI-generiertes Video zeigt X, wie er sagt"), satire ("die
Satireseite ließ X sagen"), a hypothesis or question ("Hätte X gesagt …", "Hat X wirklich
gesagt: „…“?") or a correction ("In einer früheren Version hieß es, X habe gesagt …"). Such a
quotation is never credited to the person: it keeps a label saying what the article says about
it, and the speaker rules do not carry the person over to what follows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.corpus.speakers import PRONOUN_GENDER

DENIED = "denied"
FAKE = "fake"
SATIRE = "satire"
HYPOTHETICAL = "hypothetical"

_SAY = (
    r"(?:sag\w*|gesagt|erklär\w*|äußer\w*|geäußert|behaupt\w*|schrieb\w*|geschrieben|twitter\w*"
    r"|getwittert|sprach|gesprochen|meint\w*|gemeint)"
)
_NEGATION = r"(?:nicht|nie|niemals|keineswegs|keinesfalls)"
DENIED_RE = re.compile(
    rf"\b{_SAY}\s+(?:(?:aber|jedoch|dabei|allerdings|ausdrücklich|so)\s+)?{_NEGATION}\b"
    rf"|\b(?:hat|habe|hatte|haben|hätten?)\b[^.;!?]{{0,60}}\b{_NEGATION}\b[^.;!?]{{0,40}}\b"
    rf"(?:gesagt|geäußert|behauptet|geschrieben|getwittert)\b"
    r"|\b(?:bestr[ei]i?tt?\w*|dementi\w*|zurückgewiesen|wies\b[^.;!?]{0,60}\bzurück|weist\b"
    r"[^.;!?]{0,60}\bzurück)\b[^.;!?]{0,80}\b(?:gesagt|geäußert|behauptet|geschrieben)\s+zu\s+haben"
    # (not "stammt nicht von X, sondern von Y": that names who said it)
    r"|\bstammt\w*\s+(?:aber\s+|jedoch\s+)?nicht\s+von\b(?![^.;!?]*,\s*sondern\s+vo[nm]\b)"
    r"|\bnicht\s+von\s+\S+\s+stamm"
    r"|\bnie\s+so\s+gesagt\b|\bso\s+nie\s+gesagt\b",
    re.IGNORECASE,
)
_FAKE_WORDS = re.compile(
    r"\b(?:gefälscht\w*|Fälschung\w*|erfunden\w*|Falschzitat\w*|Fake\w*|fake\w*|Deepfake\w*"
    r"|KI-generiert\w*|KI-erzeugt\w*|künstlich erzeugt\w*|manipuliert\w*|untergeschoben\w*"
    r"|fälschlich\w*|falsch\w*|angeblich\w*)"
)
# … about a quotation or its medium, not about an election or a document ("die Wahl sei
# manipuliert worden" is somebody's claim, not a fake quotation).
_QUOTE_WORDS = re.compile(
    r"\b(?:Zitat\w*|Satz|Sätze|Aussage\w*|Äußerung\w*|Video\w*|Clip\w*|Post\w*|Beitrag\w*"
    r"|Sharepic\w*|Bild\w*|Tweet\w*|zugeschrieben\w*|Worte\w*)"
)
SATIRE_RE = re.compile(
    r"\b(?:Satir[ei]\w*|satirisch\w*|Postillon|Parodie\w*|parodier\w*|Glosse\w*|Kabarett\w*)"
)
HYPOTHETICAL_RE = re.compile(
    rf"^\s*(?:Hätte|Hätten|Würde|Würden|Wenn|Falls)\b[^;!?]{{0,120}}\b{_SAY}"
    r"|\b(?:würde|würden|könnte|könnten|hätte|hätten|dürfte)\b[^.;!?]{0,60}"
    r"\b(?:sagen|gesagt|lauten|gelautet)\b"
    # "Ich wünsche mir, dass er einfach sagt: „…“": words somebody wishes to hear, not said.
    rf"|\b(?:wünsch\w*|wunsch\w*)\b[^.;!?]{{0,40}}\bdass\b[^.;!?]{{0,60}}\b{_SAY}",
)
# A yes/no question opens with its finite verb: "Hat X wirklich gesagt: „…“?"
QUESTION_RE = re.compile(
    r"^\s*(?:[\w-]+:\s*)?(?:Hat|Hatte|Sagte|Sagt|Soll|Sollte|Ist|War|Stammt)\b"
)  # (after a label: "Faktencheck: Hat X wirklich gesagt …?")
ANSWER_NO_RE = re.compile(r"^\s*(?:Nein|Falsch|Stimmt nicht)\b")
# A correction: what an earlier version of the article put in somebody's mouth.
CORRECTION_RE = re.compile(
    r"\b(?:früheren|ersten|vorherigen|ursprünglichen)\s+(?:Version|Fassung)\b"
)
# A sentence that says somebody said something (hearsay, an attribution), and the next one that
# says so is false: the words were put in that person's mouth.
HEARSAY_RE = re.compile(
    r"\b(?:hieß|heißt)\s+es\b[^.;!?]*\b(?:habe|hätte)\b[^.;!?]*\b(?:gesagt|angekündigt|erklärt"
    r"|geäußert|betont|behauptet|gefordert)\b|\bzugeschrieben\b"
    r"|\bsoll\w*\b[^.;!?]{0,80}\b(?:gesagt|erklärt|geäußert)\s+haben\b"
)
FALSE_NEXT_RE = re.compile(
    r"^\s*(?:Das|Dies)\s+(?:ist|war|stimmt)\s+(?:so\s+)?(?:falsch|nicht\s+(?:richtig|korrekt"
    r"|zutreffend|wahr)|nicht)\s*[.!]"
)
# The next sentence calls the quotation itself made up: "Das Zitat ist falsch.", "Der Satz ist
# frei erfunden." (not "Die Aussage ist falsch": that judges what was said, not who said it).
_MADE_UP = r"(?:erfunden|gefälscht|untergeschoben|eine\s+Fälschung|ein\s+Fake|nicht\s+echt)"
_ADVERBS = r"(?:(?!nicht\b|nie\b)\w+\s+){0,2}?"  # "frei erfunden", never "nie gefälscht"
_IS = r"\s+(?:ist|war|wurde)\s+"
FAKE_QUOTE_NEXT_RE = re.compile(
    rf"^\s*(?:(?:Das|Dieses)\s+(?:angebliche\s+)?Zitat{_IS}{_ADVERBS}(?:falsch|{_MADE_UP})"
    rf"|(?:(?:Der|Dieser)\s+(?:angebliche\s+)?Satz|(?:Die|Diese)\s+(?:angebliche\s+)?"
    rf"(?:Aussage|Äußerung)){_IS}{_ADVERBS}{_MADE_UP}"
    # "Es handelt sich um ein gefälschtes Zitat.", "Das ist ein erfundener Satz."
    r"|(?:Es|Das|Dies)\s+(?:handelt\s+sich\s+um|ist|war)\s+(?:ein|eine|einen)\s+"
    r"(?:gefälscht|erfunden|manipuliert|untergeschoben)\w*\s+(?:Zitat|Satz|Aussage|Äußerung))\b"
)
# Somebody who was not there said nothing there: the passage's speaker does not go on.
ABSENT_RE = re.compile(
    r"\b(?:war|waren|ist|sind)\s+(?:\w+\s+){0,3}nicht\s+(?:anwesend|dabei|vor Ort|gekommen)\b"
    # ("fehlten" alone is as often about things: "weil Unterlagen fehlten")
    r"|\b(?:fehlten?\s+(?:entschuldigt|unentschuldigt|krankheitsbedingt|bei|beim)"
    r"|blieb\w*\s+(?:\w+\s+){0,3}fern|sagte\w*\s+(?:\w+\s+){0,3}ab)\b"
)


# Every pattern above needs one of these as the start of a word, or a question mark; most
# sentences have none and are passed at once (looked for with `in` first: a pattern opening with
# `\b` is tried at every position of the sentence).
_TRIGGERS = (
    "nicht nie niemals keines bestr dementi zurück stamm fälsch gefälsch Fälsch erfund Fake fake "
    "KI- künstlich manipul untergeschob angeblich falsch Satir satir Postillon Parod parod "
    "Glosse Kabarett Hätte Würde Wenn Falls würde könnte hätte dürfte Version Fassung wünsch"
).split()
_TRIGGER_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, _TRIGGERS)) + r")|\?")


def _triggered(frame: str) -> bool:
    if "?" not in frame and not any(word in frame for word in _TRIGGERS):
        return False
    return _TRIGGER_RE.search(frame) is not None


# Sentences whose verdict is remembered: agency copy repeats them across a night's articles.
SENTENCE_CACHE_SIZE = 4096


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def label_of(frame: str, following: str = "") -> str | None:
    """What the sentence (quotations blanked in `frame`) says about its quotations when they are
    not somebody's statement; None when they are. `following` is the next sentence, which may
    answer a question ("Nein, das ist ein Fake.")."""
    if following and FALSE_NEXT_RE.match(following) and HEARSAY_RE.search(frame):
        return FAKE  # "Im Bericht hieß es, X habe gesagt, … „…“. Das ist falsch."
    if following and FAKE_QUOTE_NEXT_RE.match(following):
        return FAKE  # "Darauf steht, X habe gesagt: „…“ Das Zitat ist falsch."
    if not _triggered(frame):
        return None
    if (_FAKE_WORDS.search(frame) and _QUOTE_WORDS.search(frame)) or CORRECTION_RE.search(frame):
        return FAKE
    if SATIRE_RE.search(frame):
        return SATIRE
    if DENIED_RE.search(frame):
        return DENIED
    if frame.rstrip().endswith("?") and QUESTION_RE.match(frame):
        if ANSWER_NO_RE.match(following):
            return FAKE if _FAKE_WORDS.search(following) else DENIED
        return HYPOTHETICAL
    if HYPOTHETICAL_RE.search(frame):
        return HYPOTHETICAL
    return None


# The next sentence denies what the one before quoted: "X bestreitet das (entschieden).", "Das
# dementierte X.", "Sie wies den Vorwurf zurück."
_DENY_VERB = r"(?:bestreite\w*|bestritt\w*|dementier\w*|weist|wies(?:en)?)"
_DENIED_THING = (
    r"(?:das|dies|diese\w*\s+(?:Satz|Aussage|Äußerung|Darstellung|Behauptung|Vorwurf|Zitat)"
    r"|den\s+(?:Satz|Vorwurf)|die\s+(?:Aussage|Äußerung|Darstellung|Behauptung))"
)
DENIED_NEXT_RE = re.compile(
    rf"^\s*(?:(?P<who>[^,.;:!?]{{1,60}}?)\s+{_DENY_VERB}\s+{_DENIED_THING}"
    rf"|{_DENIED_THING}\s+{_DENY_VERB}\s+(?P<who_after>[^,.;:!?]{{1,60}}?))"
    # (A semicolon ends the denial too: "X bestreitet das; er habe …" goes on with his account.)
    r"(?P<rest>[^.;!?]*)(?:;|[.!]?\s*$)"
)
WIES_RE = re.compile(r"\b(?:weist|wies|wiesen)\b")


def denied_next(following: str, name: str, gender: str | None, roles: tuple[str, ...] = ()) -> bool:
    """Does the next sentence say the person credited with a quotation denies it ("X bestreitet
    das entschieden.")? Only when it names that person, a pronoun of theirs, or a role of
    theirs ("Die Ärztin bestritt das")."""
    match = DENIED_NEXT_RE.match(following)
    if match is None:
        return False
    if WIES_RE.search(match.group(0)) and "zurück" not in match.group("rest"):
        return False  # "wies" denies only with its "zurück"
    who = (match.group("who") or match.group("who_after") or "").split()
    if len(who) == 1 and who[0].lower() in PRONOUN_GENDER:
        return PRONOUN_GENDER[who[0].lower()] == gender
    if len(who) == 2 and who[0].lower() in ("der", "die"):
        return any(role.split()[-1].lower().endswith(who[1].lower()) for role in roles)
    return bool(who) and name.split()[-1] in who


_ABSENT_WORDS = ("nicht", "fehlte", "fern", " ab")  # every match of ABSENT_RE has one


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def absent(frame: str) -> bool:
    """Does the sentence say somebody was not there (so said nothing there)?"""
    if not any(word in frame for word in _ABSENT_WORDS):
        return False
    return ABSENT_RE.search(frame) is not None
