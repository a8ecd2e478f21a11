"""Reported (indirect) speech: `X sagte, …` with the statement in the subjunctive, and the
subjunctive sentences that continue it.

German news reports what somebody said in Konjunktiv I ("Dortmund sei nicht mehr …, erklärte
X"; "Man bleibe stärkste Kraft im Rat."). A sentence with a speech verb and a subjunctive, "dass"
or zu-infinitive complement is reported speech of the verb's subject; a following sentence in the
subjunctive with no cue of its own continues what the last speaker said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from bot.corpus import borrowed, german, saying
from bot.corpus.claims import accused, in_the_text
from bot.corpus.quotes import (
    CHAIN_REACH,
    PERFECT_CUE_RE,
    SO_SAID_NEXT_RE,
    THERE_IT_SAYS_RE,
    FoundQuote,
    chained_speaker,
    cue_mention,
    names_somebody_else,
    points_back,
    said_next,
)
from bot.corpus.sentences import Sentence
from bot.corpus.speakers import (
    NAME,
    OTHER,
    PRONOUN,
    ROLE,
    Mention,
    Referent,
    Speakers,
    unnamed_in,
    written_nouns,
)

ENGLISH_SAID_RE = re.compile(
    r"\b(?:(?:said|says|added|explained|warned|argued|insisted|noted"
    # (told a person, or a paper or station by its name: "told the Weser Post that …")
    r"|told\s+(?:\w+|(?:the|a)\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*))\s+(?:that\s+)?"
    # (verbs that also take a plain object, "admitted defeat", report only with "that")
    r"|(?:acknowledged|acknowledges|conceded|concedes|admitted|admits|stressed|stresses"
    r"|emphasi[sz]ed|claimed|claims|stated|states|replied|replies|responded|responds"
    r"|answered|answers)\s+that\s+)(?=[a-z]+\s)"
)
# An English cue set off by commas inside its statement: "…, she said, would be …", "…, he told
# me, usually …", "…, a spokeswoman for the town said, down from …".
ENGLISH_ASIDE_RE = re.compile(
    r",\s+(?P<subject>he|she|they|(?:a|an|the)\s+[a-z][\w’' -]{0,40}?"
    r"|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
    r"\s+(?:said|says|told\s+(?:me|us|reporters)|added|explained|insisted|recalled)"
    r"(?:\s+on\s+[A-Z]\w+)?,\s+"
)
INFINITIVE = r"(?:[a-zäöüß]{3,}(?:e|er|el)n|sein|tun)\b"  # gehen, ändern, handeln, sein
COMPLEMENT_RE = re.compile(
    r"(?=[,a-z])(?:" + ENGLISH_SAID_RE.pattern + "|"
    r",\s*(?:dass|daß|ob|wie|wonach)\b"
    r"|\bzu\s+(?!(?:den|einen|diesen|seinen|ihren|unseren|allen|vielen)\b)" + INFINITIVE + "|"
    r"\b(?:an|auf|aus|ein|mit|vor|zurück|fest|her|hin|weiter|um|ab|zu|nieder|bei|dar|durch"
    r"|fort|frei|nach|teil|weg|zusammen|heraus|herbei|hervor|voran|entgegen|statt|los)zu"
    + INFINITIVE
    + ")"
)
# A zu-infinitive opened by these is an adverbial ("um … zu bekämpfen"), not what was said.
NOT_COMPLEMENT_OPENERS = frozenset({"um", "ohne", "statt", "anstatt", "außer"})


def _complement(frame: str, start: int = 0) -> re.Match[str] | None:
    """The first dass/ob/zu clause after `start` that may be what was said."""
    for match in COMPLEMENT_RE.finditer(frame, start):
        if match.group(0)[:1] != "," and not ENGLISH_SAID_RE.match(match.group(0)):
            comma = frame.rfind(",", start, match.start())
            clause = frame[comma + 1 if comma >= 0 else start : match.start()].split()
            if clause and clause[0] in NOT_COMPLEMENT_OPENERS:
                continue
        return match
    return None


# A sentence mostly made of a direct quotation is reported as that quotation, not again here.
QUOTED_SHARE = 0.5


@dataclass(frozen=True)
class FoundReport:
    """A sentence of reported speech, who said it, and what was said: the sentence without
    its cue ("Brenner sagte, dass …" → "dass …"; "…, teilte die Stadt mit." → "…")."""

    text: str
    speaker: Referent | None
    statement: str
    cued: bool = False  # the sentence's own cue says that it reports (not the chain alone)


def _subjunctive(frame: str, strict: bool) -> bool:
    return german.has_subjunctive(frame, strict=strict)


def _quoted_share(sentence: Sentence) -> float:
    if not sentence.quotes:
        return 0.0
    quoted = sum(len(q.text) + 2 for q in sentence.quotes)
    return quoted / max(len(sentence.text), 1)


# A cue closing a quotation: "„…“, habe die Großmutter gesagt." / "„…“, sagte sie."
CLOSING_CUE_RE = re.compile(r"\s*,\s*([a-zäöüß]+)\b")


def _mostly_quoted(sentence: Sentence) -> bool:
    """Is the sentence mostly a direct quotation, to be shown as that alone? Not when the
    quotations are part of a subjunctive statement around them ("Sie sagte, es sei „ein
    Skandal“", "Die Bürger hätten „genug“, so X", "…, dass es „Lücken“ gebe"): the sentence
    reports, the quotations give its words. (A Konjunktiv only in the cue after the quotation
    reports who said it: "„…“, habe die Großmutter gesagt.")"""
    if _quoted_share(sentence) < QUOTED_SHARE:
        return False
    frame = sentence.frame()
    closing = sentence.quotes[-1].end + 1 - sentence.start
    cue = CLOSING_CUE_RE.match(sentence.text, closing)
    if cue is not None and (
        german.is_cue_verb(cue.group(1)) or cue.group(1) in german.KONJUNKTIV_AUXILIARIES
    ):
        frame = frame[:closing]
    return not _subjunctive(frame, strict=True)


LEADING_PUNCTUATION = " ,;:–-"
CUE_AFTER_QUOTE_RE = re.compile(r"\s*,\s*([a-zäöüß]+)\b")


def _reported_part(sentence: Sentence, quotes: list[FoundQuote]) -> str:
    """The sentence's frame (quotations blanked) without a direct quotation that opens it
    with its own cue verb („…“, beschwor er den Willen, dass …) or closes it after a colon (X
    erklärte, man sei …: „…“): what the sentence says besides that quotation. A quotation that
    is part of the reported statement stays („…“, aber auch, dass …)."""
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
    return sentence.frame()[start:end]


# "Wie die Polizei mitteilte, wurden …": the clause after the comma is the statement.
# (Its source may carry an apposition: "Wie der Sprecher, Jan Roth, mitteilte, …".)
AS_SAID_RE = re.compile(
    r"(?:^|,\s+)[Ww]ie\s+[^,;:]{1,100}?(?:,\s+[^,;:]{1,60}?,)?\s+([a-zäöüß]+)"
    r"(?:\s+(?:hat|hatte))?,\s+"
)
# "X widersprach: Am Thema habe es nicht gelegen": a colon introduces the statement.
COLON_STATEMENT_RE = re.compile(r"[a-zäöüß]:\s{1,2}[A-ZÄÖÜa-zäöüß]")
# (After a plain sentence about somebody, what the colon opens may start with a figure: "X
# eröffnete mit einer Zahl: 40 Minuten brauche …".)
COLON_SUBJECT_RE = re.compile(r"[a-zäöüß]:\s{1,2}[A-ZÄÖÜa-zäöüß\d]")
# An inverted cue closing the sentence: "…, teilte die Stadt mit." / "…, sagte Brenner."
FINAL_CUE_WORDS = 10


# Conjunctions opening a subordinate clause before the main clause's verb.
SUBORDINATORS = frozenset(
    "wie da nachdem während als weil wenn obwohl obgleich bevor seit seitdem sobald falls "
    "damit indem sodass wo".split()
)


def _said_comma(frame: str) -> re.Match[str] | None:
    """The first verb of saying right before the comma that opens what was said. Not a verb
    closing a subordinate or relative clause ("Als er den Ball warf, …", "ein Rentner, der über
    die Busse klagte, …"), nor an infinitive after a modal ("wollte … schreiben, …")."""
    for found in saying.SAID_COMMA_RE.finditer(frame):
        comma = frame.rfind(",", 0, found.start())
        words = frame[comma + 1 : found.start()].split()
        if any(word.lower() in SUBORDINATORS for word in words[:3]):
            continue
        if comma >= 0 and words and words[0] in RELATIVES:
            continue
        verb = WORD_RE.match(frame, found.start())
        infinitive = verb is not None and verb.group(0).rstrip(",").endswith("en")
        if infinitive and INFINITIVE_MARKERS_RE.search(" ".join(words)):
            continue
        return found
    return None


def _subject_after_said(frame: str, speakers: Speakers) -> Mention | None:
    """ "Am Abend sagte Ried, …": the subject standing right after the verb of saying."""
    found = _said_comma(frame)
    if found is None or found.group("subject") is None:
        return None
    verb = frame[found.start() : found.start("subject")].split()[0]
    return speakers.phrase_at(frame, found.start("subject"), verb)


# A belief stated, whose content follows ("X zeigte sich zuversichtlich, …", "X ist überzeugt,
# dass …", "X ist der Meinung, …", "X vertritt die Ansicht, …", "X geht davon aus, dass …");
# not a feeling about a fact ("erleichtert, dass …": the fact is the narrator's).
BELIEF_RE = re.compile(
    r"\b(?:(?:ist|sind|war|waren|zeigt|zeigte|zeigten|gibt|gab|gaben)\s+(?:sich\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:überzeugt|zuversichtlich|optimistisch|skeptisch|sicher)"
    r"|(?:ist|sind|war|waren|vertritt|vertrat|vertreten|vertraten)\s+(?:[a-zäöüß]+\s+){0,2}?"
    r"(?:der|die)\s+(?:Ansicht|Auffassung|Meinung|Überzeugung)"
    r"|(?:geht|gehen|ging|gingen)\s+(?:[a-zäöüß]+\s+){0,3}?davon\s+aus"
    # "Für X steht fest, dass …", "Für X ist (dagegen) klar, dass …": X's view.
    r"|(?:steht|stand)\s+(?:[a-zäöüß]+\s+){0,2}?fest(?=\s*,\s*dass\b)"
    r"|(?:ist|war)\s+(?:[a-zäöüß]+\s+){0,2}?(?:klar|ausgemacht)(?=\s*,\s*dass\b))\b"
)
# The person a "Für X steht fest" belief is of: the phrase after "Für" opening the sentence.
FOR_WHOM_RE = re.compile(r"\s*Für\s+")


def _belief_subject(frame: str, speakers: Speakers) -> Mention | None:
    """ "Trainer Ott ist zuversichtlich, …": the first phrase of the belief's clause that no
    preposition or oblique article governs."""
    belief = BELIEF_RE.search(frame)
    if belief is None:
        return None
    for_whom = FOR_WHOM_RE.match(frame)
    if for_whom is not None and belief.group(0).split()[0] not in ("zeigt", "zeigte"):
        # "Für die Fraktionschefin X steht fest, …": the one the "für" phrase names, whose
        # view it is (a preposition governs it, yet it is no object here).
        # Only a person the text names there: "Für die Wähler steht fest" is a group's view,
        # not that of a voter named before.
        inside = [m for m in speakers.mentions(frame) if for_whom.end() <= m.start < belief.start()]
        named = inside[0] if inside and inside[0].person is not None else None
        return named if named is not None and named.kind in (NAME, ROLE) else None
    clause = frame.rfind(",", 0, belief.start()) + 1
    before = [
        m
        for m in speakers.mentions(frame)
        if clause <= m.start and m.end <= belief.start() and not m.oblique
    ]
    return before[0] if before else None


def _perfect_cue(frame: str) -> bool:
    """A verb of saying in the perfect ("hatte er gesagt"), not negated ("hat nie gefordert")."""
    found = PERFECT_CUE_RE.search(frame)
    return found is not None and NEGATION_RE.search(found.group(0)) is None


# "In einer Stellungnahme heißt es, die Pläne gefährdeten …": what a text or a place says,
# whatever the mood of the clause after it.
IT_IS_SAID_RE = re.compile(
    r"\b(?:heißt|hieß)\s+es\b[^,;:]{0,40},\s+(?!(?:dass|daß|ob|wie|wenn|als)\b)\w"
)


# "hieß es aus der Partei", "heißt es dort": the sentence names a source of its own.
SAID_BY_SOURCE_RE = re.compile(rf"\b{german.IT_SAYS}\s+es\b(?P<source>[^,;:.„“]{{0,60}})")
# "heißt es dort", "Darin hieß es": the text or place just named.
POINTING_BACK_RE = re.compile(r"\b(?:dort|darin|hierin)\b", re.IGNORECASE)


def _said_by_a_source(rest: str) -> bool:
    """Does the sentence's own "heißt es" give its words a source other than a text ("Aus der
    Partei hieß es", "heißt es dort")? A text ("heißt es in einer Erklärung", "In ihrem
    Schreiben heißt es") may be the last speaker's, whose report then goes on."""
    found = SAID_BY_SOURCE_RE.search(rest)
    if found is None:
        return False
    opening = max(rest.rfind(",", 0, found.start()), rest.rfind(";", 0, found.start())) + 1
    return not written_nouns(rest[opening : found.start()] + found.group("source"))


# "Im Wahlkampf", "Am Abend", "Beim Parteitag": when or where, not who ("Aus Paris hieß es"
# names a source).
WHEN_OR_WHERE = frozenset({"im", "am", "beim"})


def _when_or_where(frame: str, mention: Mention) -> bool:
    """Is the phrase a noun after "im"/"am"/"beim" ("Im Wahlkampf hieß es, …"), no speaker?"""
    before = frame[: mention.start].split()
    return mention.kind == OTHER and bool(before) and before[-1].lower() in WHEN_OR_WHERE


def _it_is_said(rest: str) -> bool:
    """Does "heißt es, …" open what a text or place said? Not as the cue of a quotation before
    it ("„…“, heißt es in der Studie, die …")."""
    found = IT_IS_SAID_RE.search(rest)
    return found is not None and bool(rest[: found.start()].strip(" ,"))


def _said_before_colon(rest: str) -> bool:
    """ "Er sagte: Die Wahl …": a colon after a cue opens what was said. A cue after the colon
    belongs to what follows it ("Zwei Frauen, ein Amt: X schlägt Y")."""
    colon = COLON_STATEMENT_RE.search(rest)
    if colon is None:
        return False
    before = rest[: colon.start() + 1]
    return saying.VERB_RE.search(before) is not None or german.first_cue_verb(before) is not None


# A closing "wie" clause ends on its verb, so it may name its source at more length than a
# closing cue ("…, wie er in einem Brief an den Rat nach der Sitzung erklärte.").
AS_SAID_WORDS = 16


def _closing_as_said(frame: str, comma: int, tail: list[str]) -> bool:
    """ "…, wie die Polizei mitteilte.": a closing "wie" clause of a source and its verb of
    saying; what comes before it is what was said, in any mood."""
    verb = tail[-1].rstrip(".!")
    return (
        3 <= len(tail) <= AS_SAID_WORDS
        and tail[1] != "man"
        and verb not in saying.KNOWING
        and _saying(verb)
        and bool(frame[:comma].strip())
        and ":" not in frame[comma:]
        and not _takes_wie_object(frame[:comma])
    )


def _takes_wie_object(before: str) -> bool:
    """Does the text end on a verb of saying, knowing or seeing, so that "wie …" after it is
    what was told or seen ("Er erinnert sich, wie seine Schwester … schrieb")?"""
    last = " ".join(before.split()[-2:])  # the verb, or the verb and "sich"
    return (
        german.first_cue_verb(last) is not None
        or saying.VERB_RE.search(last) is not None
        or not saying.KNOWING.isdisjoint(last.split())
    )


def _final_cue(frame: str) -> int:
    """Where a closing ", <cue verb> <speaker> [mit|an|hinzu]." starts (a statement of the
    speaker in any mood); -1 when the sentence has none."""
    comma = frame.rfind(", ")
    if comma < 0:
        return -1
    tail = frame[comma + 2 :].split()
    if 2 <= len(tail) <= 4 and tail[-1].rstrip(".") in german.ENGLISH_CUE_VERBS:
        return comma  # "…, she said."
    if 2 <= len(tail) <= FINAL_CUE_WORDS and tail[0] == "so":
        # "…, so ein Sprecher der Stadt." / "…, so Roth.": the source closes its statement.
        named = tail[1] in german.NOMINATIVE_DETERMINERS or tail[1][:1].isupper()
        return comma if named and frame[:comma].strip() and ":" not in frame[comma:] else -1
    if tail[:1] == ["wie"]:
        return comma if _closing_as_said(frame, comma, tail) else -1
    if len(tail) < 2 or len(tail) > FINAL_CUE_WORDS or tail[0] not in german.CUE_VERBS:
        return -1
    if ":" in frame[comma:]:
        return -1  # "…, ruft jemand: „…“": the cue opens a quotation, it closes no statement
    if tail[0] in german.ENGLISH_CUE_VERBS:
        return -1  # ", said he voted …": English puts the speaker first
    # The verb's subject follows it ("…, sagte der Minister"): "…, gratuliert dem Sieger" is
    # the sentence's own predicate.
    subject = tail[1].lower()
    if subject in german.OBLIQUE_DETERMINERS or subject in german.PREPOSITIONS:
        return -1
    if not frame[:comma].strip() or frame[:comma] != frame[:comma].rstrip():
        return -1  # the cue of the direct quotation right before it: no reported statement
    if _names_only(frame[:comma]):
        return -1  # "Der Sprecher, Jan Roth, bezeichnete …": the speaker, not a statement
    if frame.split(maxsplit=1)[0].lower() in SUBORDINATORS:
        return -1  # "Wie X erklärte, sieht …", "Da er …, bat er …": a clause, then the verb
    return comma


@lru_cache(maxsize=64)  # asked of each sentence by the report, its statement and its label
def _as_said(frame: str) -> int | None:
    """Where the statement starts after "Wie X mitteilte, …"; None without such a clause."""
    match = AS_SAID_RE.search(frame)
    if match is None or not _said_by_as(match):
        return None
    return match.end()


def _said_by_as(match: re.Match[str]) -> bool:
    """Does the "wie" clause name words said ("wie sie mitteilte"), not knowledge ("wie man
    weiß")?"""
    verb = match.group(1)
    if verb in saying.KNOWING:
        return False
    return _saying(verb) or verb in saying.SAID_WITHOUT_SPEAKER


def _saying(word: str) -> bool:
    """A verb of saying: a cue verb of direct quotes or one of the reporting verbs."""
    return german.is_cue_verb(word) or saying.WORD_RE.fullmatch(word) is not None


def _as_said_mention(frame: str, speakers: Speakers) -> Mention | None:
    """ "Wie die Wahlleiterin Anna Berg mitteilte, …": the phrase after "wie"."""
    match = AS_SAID_RE.search(frame)
    if match is None or not _said_by_as(match):
        return None
    after_wie = frame.index(" ", match.start() + (0 if frame[match.start()] in "Ww" else 2)) + 1
    mention = speakers.phrase_at(frame, after_wie)
    # "Wie der Vorsitzende betonte, …" right after his words recaps him, as "…, betonte der
    # Vorsitzende" does.
    return replace(mention, continuing=True) if mention is not None else None


# Words inside a noun phrase naming a source ("des stellvertretenden Gouverneurs von X").
PHRASE_WORDS = german.DETERMINERS | german.PREPOSITIONS | {"und", "sowie"}
PHRASE_REACH = 12  # words: a source named at more length is not followed through
WORD_RE = re.compile(r"\S+")


ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
RELATIVES = frozenset("der die das dem den deren dessen denen welche welcher welches".split())
RELATIVE_OPENERS = RELATIVES | {"als"}


def _phrase_verb(words: list[str]) -> int | None:
    """The index of the first word that is no part of a noun phrase: no capitalised word,
    article, preposition or adjective (which stands, lower case, before a capitalised noun)."""
    attributive = False  # may the word stand before a noun (after an article or adjective)?
    for i, token in enumerate(words):
        if token[0].isupper() or token in PHRASE_WORDS:
            attributive = token.lower() in PHRASE_WORDS  # "Die stellvertretende …"
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        adjective = following[:1].isupper() or following.endswith(ADJECTIVE_ENDINGS)
        if attributive and adjective and token not in german.FINITE_VERBS:
            continue  # "des stellvertretenden Gouverneurs", "die größte deutsche Bank"
        return i
    return None


def _after_source(frame: str, start: int) -> int | None:
    """Where the verb after a source's noun phrase stands ("Nach Angaben der Polizei | habe
    der Mann …"). None when the phrase cannot be read through (an apposition between commas,
    a bracket, or no verb within reach)."""
    words = list(islice(WORD_RE.finditer(frame, start), PHRASE_REACH + 1))
    tokens = [word.group(0) for word in words]
    verb = _phrase_verb(tokens)
    if verb is None or verb >= PHRASE_REACH:
        return None
    for token in tokens[: verb + 1]:
        if not token[0].isalpha() or token.endswith((",", ";", ":", ")")) or "(" in token:
            return None
    return words[verb].start()


def _relative(tokens: list[str]) -> bool:
    """Does a clause open with a relative pronoun (after a preposition or not) or "als"?"""
    opener = [t.lower() for t in tokens[:2]]
    if not opener:
        return False
    if opener[0] in german.PREPOSITIONS and len(opener) > 1:
        return opener[1] in RELATIVES
    return opener[0] in RELATIVE_OPENERS


def _names_only(text: str) -> bool:
    """ "Der Sprecher der Stadt, Jan Roth", "X, die im Rat sitzt": noun phrases between
    commas, or a relative clause or an "als" apposition after one; no clause of its own."""
    for index, part in enumerate(text.split(",")):
        tokens = [t.strip('()„“"') for t in part.split()]
        tokens = [t for t in tokens if t[:1].isalpha()]
        if index > 0 and _relative(tokens):
            continue  # "…, die im Rat sitzt", "…, auf deren Listen …", "…, als Sprecherin"
        if _phrase_verb(tokens) is not None:
            return False
    return True


# "Demnach sollen …": according to the source just named (a report, a study, a statement);
# "Nach einer norwegischen Studie …", "Nach ersten Ermittlungen …", "Seiner Meinung nach …":
# sources beyond the attributions the speaker rules know (german.ATTRIBUTION_RE).
SOURCE_RE = re.compile(
    r"(?=[DdNnSsIi])(?:(?<![\w-])[Dd]emnach\b"
    # ("nach anderen Angaben" gives another figure; "nach seinen Angaben", "nach ihren
    # Worten" point back to whom the possessive means, in any mood.)
    r"|\b[Nn]ach\s+(?:seinen|ihren)\s+(?:Angaben|Worten)\b"
    r"|\b[Nn]ach\s+(?!anderen\b)(?:(?:den|der|dem|einer|einem|seiner|ihrer|deren|dieser|diesem"
    r"|(?!(?:ihr|sein|unser)[a-z]+\b)[a-zäöüß]+(?:en|er|em))\s+){0,3}"
    r"(?:Ermittlungen|Studie|Untersuchung(?:en)?|Analyse|Umfrage|Vorhersage|Erkenntnisstand"
    r"|Einschätzung|Meinung|Ansicht|Auffassung|Darstellung(?:en)?|Überzeugung|Quellen|Medien"
    # "Nach einem Bericht der Zeitung", "Nach israelischen Angaben", "nach eigenem Bekunden"
    r"|Stellungnahme|Veröffentlichung|Schätzung|Bekunden|Aussagen?|Angaben|Informationen"
    # "Nach Meldungen der Agentur …", "Nach dem Willen der Regierung soll …"
    r"|Meldungen?|Vorstellungen?|Willen"
    r"|[\w-]*(?:[Bb]ericht|[Bb]erichten|[Aa]ngaben|[Aa]ussagen|[Mm]einung))\b"
    r"|\b(?:[Ss]einer|[Ii]hrer|[Dd]eren)\s+(?:Meinung|Ansicht|Auffassung|Einschätzung"
    r"|Überzeugung|Darstellung)\s+nach\b)"
)


# "Dem Landrat zufolge …", "Der Sprecherin zufolge …", "Seinem Anwalt zufolge …": a role in the
# dative opening the sentence right before "zufolge" (a name there is found by the cue rules).
DATIVE_ROLE_ZUFOLGE_RE = re.compile(
    r"(?:Dem|Der|Seinem|Seiner|Ihrem|Ihrer)\s+(?:[a-zäöüß-]+e[nr]?\s+)?[A-ZÄÖÜ][\w-]+\s+zufolge\b"
)


def _role_before_zufolge(frame: str, speakers: Speakers) -> Mention | None:
    """The role phrase a sentence opens with before "zufolge": the person the article gave
    that role ("Dem Bürgermeister zufolge" after "Bürgermeisterin Eva Roth"), else the role as
    the description it is ("dem Wahlleiter", "seiner Sprecherin": nobody named, never the
    possessor)."""
    opening = DATIVE_ROLE_ZUFOLGE_RE.match(frame.lstrip())
    if opening is None:
        return None
    start = len(frame) - len(frame.lstrip())
    mention = speakers.phrase_at(frame, start)
    if mention is None or mention.kind != ROLE or mention.start != start:
        return None  # "Seinem Umfeld zufolge": people around him, not he nor one named
    return mention  # shown in the nominative ("der Wahlleiter") as every description is


# "nach eigenen Worten", "nach eigener Aussage", "nach eigenen Angaben": the source is the
# clause's own subject.
OWN_WORDS_RE = re.compile(r"[Nn]ach eigene[nr]?\s")


def _own_words_subject(frame: str, at: int, speakers: Speakers) -> Mention | None:
    """The subject "nach eigenen Worten" at `at` refers to: the last person, pronoun or role
    named before it in its clause, not as an object ("Zuerst will X nach eigenen Angaben …",
    "Seine Mitarbeiter will er nach eigenen Worten …")."""
    clause_start = max(frame.rfind(",", 0, at), frame.rfind(":", 0, at)) + 1
    before = [
        m
        for m in speakers.mentions(frame)
        if clause_start <= m.start
        and m.end <= at
        and not m.oblique
        and m.kind in (NAME, PRONOUN, ROLE)
    ]
    return before[-1] if before else None


@lru_cache(maxsize=64)  # asked of a sentence by the report, its statement and its speaker
def _attributed(frame: str) -> re.Match[str] | None:
    """ "laut X", "nach Angaben von X", "X zufolge", "demnach": reported whatever the mood."""
    return german.ATTRIBUTION_RE.search(frame) or SOURCE_RE.search(frame)


# "Von der Stadt wurde betont, dass …", "In der Sitzung wurde darauf hingewiesen, man …": a verb
# of saying in the passive, its participle right before the comma that opens what was said. It
# names who spoke only by an agent after "von"; the speaker before is not who spoke here.
PASSIVE_SAID_RE = re.compile(
    r"\b(?:wird|wurde|wurden)\b(?:\s+[^\s,;:]+){0,5}?\s+(?:"
    + saying.PARTICIPLE
    + r"|(?:be|er|ver|unter)[a-zäöüß]+(?:t|en))\s*,\s+"
    r"(?!(?:als|weil|nachdem|bevor|während|obwohl|wenn|damit|um|und|aber|sondern|denn)\b)"
)
AGENT_RE = re.compile(r"\b(?:[Vv]on|[Vv]om)\s+")


def _passive_said(frame: str) -> tuple[re.Match[str] | None, bool]:
    """The passive of a verb of saying that opens the sentence's first comma clause ("wurde
    betont, …"), and whether what follows is what was said: a dass clause or Konjunktiv. ("X
    wurde im Amt bestätigt, die Wahlbeteiligung lag …": a passive of no saying at all.)"""
    found = PASSIVE_SAID_RE.search(frame)
    if found is None:
        return None, False
    participle = frame[: found.end()].rstrip(", ").split()[-1]
    if not (_saying(participle) or saying.PARTICIPLE_RE.fullmatch(participle)):
        return None, False
    said = frame[found.end() :]
    return found, said.startswith(("dass ", "daß ")) or _subjunctive(said, strict=True)


def _passive_agent(frame: str, passive: re.Match[str], speakers: Speakers) -> Referent | None:
    """Who spoke in a passive of saying: a known person named as its agent ("Von Kämmerer X
    wurde betont"); an authority, several people or nobody named is no speaker."""
    clause = frame.rfind(",", 0, passive.start()) + 1
    for agent in AGENT_RE.finditer(frame, clause, passive.end()):
        mention = speakers.phrase_at(frame, agent.end())
        if mention is not None and mention.person is not None:
            return speakers.resolve(mention)
    return None


def _after_final_cue(frame: str, final: int, speakers: Speakers) -> Mention | None:
    """The phrase right after the verb of a closing cue ("…, sagt sie schließlich.")."""
    verb = WORD_RE.search(frame, final + 1)
    if verb is None:
        return None
    start = WORD_RE.search(frame, verb.end())
    return speakers.phrase_at(frame, start.start(), verb.group(0)) if start else None


def _points_back(frame: str) -> bool:
    """Is the sentence's attribution one that means a source named before ("Demnach …",
    "Ihrer Ansicht nach …")?"""
    match = _attributed(frame)
    return match is not None and (
        match.group(0).lower() == "demnach" or match.group(0).endswith(" nach")
    )


def _source_first(frame: str) -> int | None:
    """Where the statement starts in a sentence that opens with its source ("Laut X …",
    "Nach Angaben von X …", "Der Polizei zufolge …", "Demnach …"): at the verb after it."""
    match = _attributed(frame)
    if match is None:
        return None
    if match.group(0) == "Demnach" or match.group(0).endswith(" nach"):  # "Seiner Meinung nach"
        return match.end() + 1 if match.start() == 0 and frame[match.end() :][:1] == " " else None
    if match.group(0) == "zufolge":
        source = _after_source(frame, 0)
        return _after_source(frame, match.end()) if source == match.start() else None
    if frame[: match.start()].strip():
        return None
    after = _after_source(frame, match.end())
    return after if after is not None else _after_apposition(frame, match.end())


# Words that may open a clause between commas and are no verb: conjunctions and adverbs.
NOT_VERB_OPENERS = SUBORDINATORS | frozenset(
    "und oder aber sondern denn dass daß ob so wie als auch jedoch doch also zwar".split()
)
APPOSITIONS_MAX = 3  # commas: a source named at more length is not followed through


def _after_apposition(frame: str, start: int) -> int | None:
    """ "Nach Angaben des Direktors, Jan Ott, sei …", "Nach offiziellen Angaben, die niemand
    prüfen kann, waren …": the verb after a source whose name runs on over an apposition or
    a relative clause between commas; the first clause opened by a word in lower case that
    is no article, preposition, relative pronoun or conjunction."""
    at = start
    for _ in range(APPOSITIONS_MAX):
        comma = frame.find(", ", at)
        if comma < 0:
            return None
        at = comma + 2
        word = WORD_RE.match(frame, at)
        token = word.group(0).rstrip(",") if word else ""
        if not token[:1].islower() or token in PHRASE_WORDS or token in RELATIVES:
            continue
        return None if token in NOT_VERB_OPENERS else at
    return None


CLAUSE_SPLIT_RE = re.compile(r"[,:] ")


@lru_cache(maxsize=64)  # asked for the statement and for the speaker of one sentence
def _subjunctive_clause(frame: str) -> int:
    """Where the reported part of a sentence with no cue starts: at the first clause in
    Konjunktiv I after an indicative main clause ("Er vertrat die Ansicht, | das sei falsch";
    "…, | weil die Polizei überlastet sei"); else at the start. Noun phrases before the main
    clause's verb do not count as one ("Die Zeiten, in der … sei, seien vorbei")."""
    start = 0
    main = False  # has an indicative clause with a verb been passed?
    while True:
        # (A colon ends a clause too: "X ist skeptischer: | Sie habe …".)
        found = CLAUSE_SPLIT_RE.search(frame, start)
        comma = found.start() if found else -1
        clause = frame[start : comma if comma >= 0 else None]
        if _subjunctive(clause, strict=True):
            # "Was sie wollten, | sei …": the main clause's verb after a fronted clause.
            return start if main and clause.split()[0] not in german.KONJUNKTIV else 0
        main = main or not (clause.strip() and _names_only(clause))
        if comma < 0:
            return 0
        start = comma + 2


# A verb of saying right before a comma, maybe closed by its particle ("sagte, …", "kündigte
# an, …"), opens what was said; not a clause of time, reason or purpose ("sagte, als …").
CUE_COMMA_RE = re.compile(
    r"(?:\s+(?:an|mit|ein|hinzu|fest|zu|aus|dar|klar))?\s*,\s+"
    r"(?!(?:als|weil|nachdem|bevor|während|obwohl|wenn|damit|um|und|aber|sondern|denn)\b)"
)


def _statement(text: str, frame: str, final: int) -> str:
    """What the sentence reports, without the cue that says who reported it."""
    if final > 0:
        return text[:final]
    as_said = _as_said(frame)
    if as_said is not None:
        return text[as_said:]
    source_first = _source_first(frame)
    if source_first is not None:
        return text[source_first:]
    cue = german.first_cue_verb(frame) or _reporting_verb(frame) or BELIEF_RE.search(frame)
    if cue is None:
        return text[_subjunctive_clause(frame) :]
    colon = frame.find(": ", cue.end())
    if colon >= 0 and frame[cue.end() : colon].strip() == "":
        return text[colon + 2 :]  # "X widersprach: …"
    if cue.group(0) in german.ENGLISH_CUE_VERBS and not frame[cue.end() :].startswith(","):
        rest = text[cue.end() :].lstrip()
        return rest.removeprefix("that ") or text  # "X said (that) …"
    said_comma = CUE_COMMA_RE.match(frame, cue.end())
    if said_comma is not None:
        # "X sagte, die Sorge komme daher, dass …": what was said starts at the cue's own
        # comma, not at a "dass" further on.
        return text[said_comma.end() :]
    complement = _complement(frame, cue.end())
    if complement is not None:  # "…, beschwor er den Willen, dass …": from "dass" on
        start = complement.start()
        if frame[start] != "," and not ENGLISH_SAID_RE.match(frame, start):
            # A zu-infinitive's clause starts after the cue's comma ("kündigte an, die
            # Akten prüfen zu lassen"), or right after the cue without one.
            comma = frame.find(", ", cue.end(), start)
            start = comma + 2 if comma >= 0 else cue.end()
        return text[start:].lstrip(", ")
    before = frame.rfind(",", 0, cue.start())
    inverted = not frame[cue.end() :].lstrip().startswith(",")
    cue_follows_comma = before >= 0 and not frame[before : cue.start()].strip(", ")
    if inverted and cue_follows_comma and _subjunctive(frame[:before], strict=False):
        # "Er empfinde eine große Freude, erklärte er, und …": the statement comes first (in
        # Konjunktiv; "Der Sprecher, X, sagte …" opens with its speaker, not a statement).
        return text[:before]
    comma = frame.find(", ", cue.end())
    if comma >= 0 and text[comma + 2 :].strip():
        return text[comma + 2 :]
    return text


# A source's name after "laut" or "nach Angaben": articles, "von", names and nouns, adjectives
# after an article, and a genitive after a noun ("nach Angaben des Leiters der Feuerwehr"). Any
# other word ends it ("gemäß einem Sprecher der Stadt | bis Montag", "laut der Stadt | die
# Kosten"); a longer name is not read (a second genitive may be what was said).
SOURCE_ARTICLES = german.DETERMINERS | {"von", "vom", "und", "sowie"}
GENITIVE_ARTICLES = frozenset({"der", "des", "eines", "einer"})
SOURCE_WORDS_MAX = 5


def _source_end(text: str, start: int, between_commas: bool) -> int | None:
    """Where the name of a source after "laut" or "nach Angaben" ends: after its last noun, at
    the first word that is no part of it, or after the comma closing it when a comma opened it
    ("…, laut X, …"); None when it cannot be read (another comma: an apposition or a list; a
    bracket; a name too long)."""
    words = list(islice(WORD_RE.finditer(text, start), SOURCE_WORDS_MAX + 1))
    after_noun: int | None = None  # where the word after the name's last noun starts
    article = False  # did an article or an adjective come right before?
    for i, word in enumerate(words):
        raw = word.group(0)
        token = raw.strip(german.QUOTATION_MARKS).rstrip(",")
        if not token or "(" in raw or raw.endswith((";", ":", ")")):
            return None
        if after_noun is not None and (
            raw[0] in german.QUOTATION_MARKS  # "… des Gerichts | „…“": a quotation after the name
            or (token in german.DETERMINERS and token not in GENITIVE_ARTICLES)
        ):
            return after_noun
        if token in SOURCE_ARTICLES:
            article = True
        elif token[0].isupper():
            article = False
            if raw.endswith(","):
                return word.end() if between_commas else None
            after_noun = words[i + 1].start() if i + 1 < len(words) else None
            if after_noun is None:
                return None
            if raw.endswith(("“", '"', "«")):
                return after_noun  # "laut „Reuters“ | …": a name in quotation marks ends
        else:
            following = (
                words[i + 1].group(0).strip(german.QUOTATION_MARKS) if i + 1 < len(words) else ""
            )
            if not (article and token.endswith(ADJECTIVE_ENDINGS) and following[:1].isupper()):
                return after_noun
        if raw.endswith(","):
            return None
    return None


def _without_source(statement: str) -> str:
    """What was said without the source named inside it ("Ein Verdacht bestehe nach Angaben
    der Polizei nicht mehr" → "Ein Verdacht bestehe nicht mehr"): the source says who said
    it and is no part of what was said. (A source opening the sentence is cut before.)"""
    match = _attributed(statement)
    if match is None or not statement[: match.start()].strip():
        return statement
    word = match.group(0)
    if word == "zufolge":
        return statement  # its source stands before it, where no rule finds its start
    end = match.end() if word.lower() == "demnach" or word.endswith(" nach") else None
    if end is None:
        opened = statement[: match.start()].rstrip().endswith(",")
        end = _source_end(statement, match.end(), opened)  # "laut X", "nach Angaben von X"
    after = statement[end:].lstrip(" ,") if end is not None else ""
    if not after.strip(" .!?"):
        return statement
    return statement[: match.start()].rstrip(" ,") + " " + after


def _colon_subject(frame: str, speakers: Speakers) -> Referent | None:
    """The known person a sentence opens with when a colon after its indicative main clause
    opens Konjunktiv ("X ist vorsichtiger: Sie habe …", "X nahm es gelassen: Seine Frau sei
    …", "Er führte das auf den Termin zurück: Mitten in den Ferien wählten …"): what follows
    the colon is what they said."""
    colon = COLON_SUBJECT_RE.search(frame)
    if colon is None:
        return None
    before, after = frame[: colon.start() + 1], frame[colon.start() + 2 :]
    if not _subjunctive(after, strict=True) or _subjunctive(before, strict=True):
        return None
    opening = len(frame) - len(frame.lstrip())
    mentions = [m for m in speakers.mentions(frame) if m.start < colon.start()]
    if not mentions or mentions[0].start != opening or mentions[0].kind not in (NAME, PRONOUN):
        return None
    subject = speakers.resolve(mentions[0])
    return subject if subject is not None and subject.record is not None else None


def _going_on_statement(text: str, frame: str) -> str:
    """What a Konjunktiv sentence going on with a report says. A verb of saying after its
    Konjunktiv is part of what was said ("Er habe versucht, sie zu fassen", "Es sei wiederholt
    zu Diebstählen gekommen"), no cue to cut the sentence at."""
    cue = german.first_cue_verb(frame) or _reporting_verb(frame)
    if (
        cue is not None
        and _subjunctive(frame[: cue.start()], strict=True)
        and _as_said(frame) is None
        and _source_first(frame) is None
    ):
        return text[_subjunctive_clause(frame) :]
    return _statement(text, frame, -1)


NEGATION_RE = re.compile(r"\b(?:nie|niemals|nicht|keineswegs)\b")


def _speech_verb_with_content(frame: str) -> bool:
    """ "Die Regierung kündigte an, …", "Das Ministerium teilte mit, dass …": a verb of saying
    followed by what was said (a dass, ob or zu clause, or Konjunktiv I), which is reported
    speech even when its subject is nobody the article names."""
    if german.FIRST_PERSON_RE.search(frame):
        return False
    verb = _reporting_verb(frame)
    if verb is None:
        return False
    clause = frame[frame.rfind(",", 0, verb.start()) + 1 : verb.start()]
    if NEGATION_RE.search(clause):
        return False  # "X hat nie gefordert, …": what X did not say
    after = frame[verb.end() :]
    if after.startswith(" zu ") and verb.group(0).endswith("en"):
        return False  # "… Akteneinsicht verlangen zu können": the verb is an infinitive itself
    return _complement(after) is not None or _subjunctive(after, strict=True)


CALLED_TO_RE = re.compile(r"\b(?:ist|sind|war|waren|seien|wären)\b")


def _promising_verb(frame: str) -> re.Match[str] | None:
    """A verb of promising, asking or calling on somebody; a strong verb whose meaning needs its
    particle ("schlug … vor", "rief … auf", "gab … an") only with that particle right before
    the comma that opens what was said."""
    verb = saying.PROMISING_RE.search(frame)
    if verb is not None and verb.group(0) == "aufgerufen":
        clause = frame[frame.rfind(",", 0, verb.start()) + 1 : verb.start()]
        # "Rund 9.000 Wahlberechtigte sind aufgerufen, …": called to vote, nobody speaking.
        return None if CALLED_TO_RE.search(clause) else verb
    if verb is None or verb.group(0) not in saying.PARTICLE_FORMS:
        return verb
    comma = frame.find(",", verb.end())
    if comma < 0 or not saying.particle_closes(verb.group(0), frame, verb.end(), comma):
        return None
    return verb


def _reporting_verb(frame: str) -> re.Match[str] | None:
    """The first verb of saying ("sagte", "gefordert"); ", so …" is a cue only when a speaker
    follows it ("…, so der Minister"), which this does not know."""
    finite = next((m for m in saying.VERB_RE.finditer(frame) if m.group(0)[0] != ","), None)
    participle = saying.PARTICIPLE_RE.search(frame, 0, finite.start() if finite else len(frame))
    return participle or finite or _promising_verb(frame)


# Where a sentence joins two speakers' clauses: a semicolon, or ", und" before a new subject
# ("…, und Kämmerin Eva Roth ergänzte, …", "…, und die Kämmerin …").
CLAUSE_JOINT_RE = re.compile(r"; |, und (?=[A-ZÄÖÜ]|(?:der|die|das) [A-ZÄÖÜ])")
# "Ob die Stadt …, ließ sie offen": a question left open, nothing said.
LEFT_OPEN_RE = re.compile(r",\s+(?:ließ|ließen|lässt|lassen)\s+[^,.;:]{0,40}?\boffen\W*$")


def _has_cue(clause: str) -> bool:
    return (
        german.first_cue_verb(clause) is not None
        or saying.VERB_RE.search(clause) is not None
        or _attributed(clause) is not None
    )


def speech_clauses(sentence: Sentence) -> list[Sentence]:
    """ "X zufolge …; Y räumte ein, dass …; Z gab zu bedenken, dass …", "X sagte, …, und Y
    ergänzte, …": clauses joined by semicolons or by ", und" before a new subject, each with a
    speech cue of its own, are each one speaker's statement. Without a cue in every clause
    ("Er habe …, sagte er; die Stadt habe …") the sentence stays whole."""
    frame = sentence.frame()
    if "; " not in frame and ", und " not in frame:
        return [sentence]
    spans, start = [], 0
    for joint in CLAUSE_JOINT_RE.finditer(frame):
        # (A semicolon stays with the clause it closes; ", und" belongs to neither.)
        spans.append((start, joint.start() + (1 if joint.group(0)[0] == ";" else 0)))
        start = joint.end()
    spans.append((start, len(frame)))
    if len(spans) == 1 or not all(_has_cue(frame[a:b]) for a, b in spans):
        return [sentence]
    clauses = []
    for a, b in spans:
        text = sentence.text[a:b].rstrip()
        begin = sentence.start + a
        quotes = tuple(q for q in sentence.quotes if begin <= q.start < begin + len(text))
        clauses.append(Sentence(begin, begin + len(text), text, quotes))
    return clauses


def reported_speech(
    sentence: Sentence, speakers: Speakers, quotes: list[FoundQuote], following: str = ""
) -> FoundReport | None:
    """The sentence as reported speech with its speaker, or None when it is not. The reader
    gets the whole sentence, so that nothing starts mid-sentence; the speaker is None when the
    sentence reports but does not say whose words they are ("Nach ersten Informationen …").
    `following` is the next sentence of the paragraph, which may say whose words these were
    ("Das teilte die Stadt mit.")."""
    if _mostly_quoted(sentence) or sentence.text.rstrip().endswith("?"):
        return None
    if LEFT_OPEN_RE.search(sentence.frame()):
        return None  # "Ob …, ließ sie offen.": she did not say
    if points_back(sentence.text):
        return None  # "Das sagte er, noch bevor …": whose words came before, nothing new
    report = _reported(sentence, speakers, quotes)
    if report is None and not sentence.quotes:
        report = _said_next(sentence.text, following, speakers)
    if report is None and not sentence.quotes:
        report = _speech_act(sentence, speakers)
    if report is None and not sentence.quotes and _hearsay(sentence.frame()):
        # Whose account it is the sentence does not say: nobody's, never the last speaker's.
        report = FoundReport(sentence.text, None, sentence.text, cued=True)
    if report is not None and _adverbial_statement(report):
        return None
    if report is not None and _rumour(sentence.frame()):
        # Nobody named vouches for a rumour: not the person it is about, not the last speaker.
        report = replace(report, speaker=None, cued=True)
    if report is not None:
        report = replace(report, statement=_without_closing_quotation(report.statement))
    return report


# "Im Rathaus kursiert das Gerücht, …", "Gerüchten zufolge …": a rumour.
RUMOUR_RE = re.compile(
    r"\b(?:kursier\w*|macht\w*\s+(?:\w+\s+){0,3}die\s+Runde)\b[^,;:]{0,60}\bGerücht"
    r"|\bGerücht\w*\s+(?:zufolge|nach)\b"
    r"|\bGerücht\w*\b[^,;:]{0,40}\b(?:kursier\w*|die\s+Runde)\b"
)
# "Angeblich soll sie gesagt haben, …": words somebody is only said to have said.
ALLEGED_SAYING_RE = re.compile(
    r"\b(?:soll|sollen)\b[^,;:]{0,60}\b(?:gesagt|erklärt|geäußert|behauptet)\s+haben\b"
)


def _rumour(frame: str) -> bool:
    """A rumour, or an account of what somebody allegedly said that gives no source for it
    ("Nach ihrer Darstellung soll X gesagt haben, …" is her account: not a rumour)."""
    if RUMOUR_RE.search(frame):
        return True
    return ALLEGED_SAYING_RE.search(frame) is not None and _attributed(frame) is None


# "Der Kassierer soll Geld unterschlagen haben", "Drei Scheunen sollen zerstört worden sein":
# "sollen" with a perfect infinitive tells what others say happened, not what is planned.
# ("Künftig soll gewählt sein, wer …", "soll geeignet sein": a state, no past event; "sein"
# goes with a strong participle, "gekommen sein", or "worden sein".)
HEARSAY_RE = re.compile(
    r"\b(?:soll|sollen)\b[^,;:]*?(?:"
    r"\b(?:ge[a-zäöüß]+[tn]|[a-zäöüß]+(?:iert|ert|tet))\s+(?:haben|worden\s+sein)"
    r"|\b[a-zäöüß]*ge[a-zäöüß]+en\s+sein)\b"
)


def _hearsay(frame: str) -> bool:
    """Is the sentence an account of what somebody is said to have done ("soll … haben")?"""
    return HEARSAY_RE.search(frame) is not None and not german.FIRST_PERSON_RE.search(frame)


# Before or after the verb, these make it an infinitive ("ohne den Namen zu nennen", "der
# seinen Namen nicht nennen wollte", "Er wollte keine Zahlen nennen"): nobody is said to have
# spoken.
INFINITIVE_MARKERS_RE = re.compile(
    r"\s*\b(?:will|wollte|wollten|wollen|möchte|möchten|kann|konnte|konnten|können|muss|musste"
    r"|müssen|soll|sollte|sollten|sollen|darf|durfte|dürfen|werde|wird|werden|würde|würden)\b"
)


SPEECH_ACT_NEGATION_RE = re.compile(r"\bkein(?:e|en|em|er|es)?\b")


def _speech_act_verb(frame: str) -> re.Match[str] | None:
    """The finite verb of a speech act with a noun phrase for its content, not negated ("Belege
    nannte er nicht": nothing said)."""
    found = saying.SPEECH_ACT_RE.search(frame)
    if found is None or frame[: found.start()].endswith("zu "):
        return None
    start = max(frame.rfind(",", 0, found.start()), 0)
    comma = frame.find(",", found.end())
    end = comma if comma >= 0 else len(frame)
    verb_end = frame.find(" ", found.start(), end)
    if INFINITIVE_MARKERS_RE.search(frame, start, found.start()) or (
        verb_end >= 0 and INFINITIVE_MARKERS_RE.match(frame, verb_end)
    ):
        return None
    if NEGATION_RE.search(frame, start, end) or SPEECH_ACT_NEGATION_RE.search(frame, start, end):
        return None
    return found


def _speech_act(sentence: Sentence, speakers: Speakers) -> FoundReport | None:
    """The whole sentence as the report of a speech act with a noun phrase for its content;
    its speaker is the verb's subject when the cue names one, else nobody."""
    frame = sentence.frame()
    if _speech_act_verb(frame) is None or german.FIRST_PERSON_RE.search(frame):
        return None
    mention = cue_mention(frame, speakers)
    if mention is None or accused(frame, mention):
        return FoundReport(sentence.text, None, sentence.text, cued=True)
    return FoundReport(sentence.text, speakers.resolve(mention), sentence.text, cued=True)


# "Er sei zufrieden: „Wir haben …“": a colon opening a direct quotation after the statement.
COLON_QUOTATION_RE = re.compile(r':\s+[„“"»«]')
STATEMENT_BEFORE_COLON = 3  # words: fewer are a cue ("Er sagte: „…“"), not a statement


def _without_closing_quotation(statement: str) -> str:
    """What was said in indirect speech, without the direct quotation a colon adds to it: the
    quotation is its speaker's own words, extracted as such, and no part of the report."""
    colon = COLON_QUOTATION_RE.search(statement)
    if colon is None or len(statement[: colon.start()].split()) < STATEMENT_BEFORE_COLON:
        return statement
    return statement[: colon.start()]


# Clauses of contrast, added reason or consequence: no verb of saying has one as what was said
# ("Er nannte nicht den Ort, sondern …", "…, zumal …", "…, sodass …"). ("Wenn" and "als" may
# open a statement: "Wenn nur jeder Dritte wähle, verlören …"; "als Erstes …".)
NOT_STATEMENT_OPENERS = frozenset({"sondern", "zumal", "sodass"})


def _adverbial_statement(report: FoundReport) -> bool:
    """Is what the sentence was read to report only an adverbial clause cut from it? Then the
    cue was misread, and the sentence is no report of what somebody said."""
    if report.statement == report.text:
        return False
    words = report.statement.split(maxsplit=1)
    return bool(words) and words[0].lower() in NOT_STATEMENT_OPENERS


def _said_next(text: str, following: str, speakers: Speakers) -> FoundReport | None:
    """A statement whose source the next sentence names, pointing back with "Das"/"Dies"
    ("… . Das teilte die Stadt mit.")."""
    points_back, mention = said_next(following, speakers)
    if not points_back:
        return None
    named = mention is not None and mention.kind != PRONOUN
    return FoundReport(text, speakers.resolve(mention) if named else None, text)


def closing_speaker(text: str, speakers: Speakers) -> tuple[bool, Referent | None]:
    """Does the sentence close the Konjunktiv before it by saying whose words it was ("Das
    erklärte X nach der Sitzung.", "So argumentierte X.", "So sieht es X."), and whose (an
    office's phrase too: "Das teilte die Gemeinde mit.")? A pronoun ("Das sagte er.") only
    confirms whoever spoke last, and a phrase the rules cannot read ("So sieht es auch X":
    X shares the view) says nothing: no closing then."""
    cue = points_back(text) or SO_SAID_NEXT_RE.match(text)
    if cue is None or not german.is_cue_verb(cue.group(1)):
        return False, None
    verb = cue.group(1)
    if verb.endswith("e") and not verb.endswith("te"):
        return False, None  # "Dies begründe die Fluchtgefahr": Konjunktiv, reported itself
    mention = speakers.phrase_at(text, cue.end(1), verb)
    if mention is None or mention.kind == PRONOUN:
        return False, None
    return True, speakers.resolve(mention)


def _inside_relative_clause(frame: str, at: int) -> bool:
    """Is `at` inside a relative clause between commas ("Ein Brand, der nach Angaben der
    Feuerwehr drei Scheunen erfasste, ist gelöscht")? A source named there vouches
    for that clause only; the sentence is the narrator's."""
    comma = frame.rfind(", ", 0, at)
    closing = frame.find(", ", at)
    if comma < 0 or closing < 0:
        return False
    return _relative(frame[comma + 2 : at].split())


# An indefinite subject opening the sentence, maybe with where the person comes from and a
# relative clause after it, right before the cue verb: "Eine Nachbarin erzählt, …", "Ein Kollege
# aus dem Verein, der seit Jahren mit ihr arbeitet, beschreibt sie so: …".
def _reported(
    sentence: Sentence, speakers: Speakers, quotes: list[FoundQuote]
) -> FoundReport | None:
    """The sentence as reported speech by its own words (see reported_speech)."""
    frame = sentence.frame()
    if (
        "," not in frame
        and not _subjunctive(frame, strict=False)
        and _attributed(frame) is None
        and ENGLISH_SAID_RE.search(frame) is None
    ):
        return None  # no cue clause, no attribution, no subjunctive: nothing reported
    text = sentence.text
    aside = ENGLISH_ASIDE_RE.search(frame)
    if aside is not None and frame[: aside.start()].strip() and frame[aside.end() :].strip():
        # "Her first task, she said, would be …": English puts its cue inside the statement.
        mention = speakers.phrase_at(frame, aside.start("subject"))
        said_by = speakers.resolve(mention) if mention is not None else None
        statement = text[: aside.start()] + " " + text[aside.end() :]
        return FoundReport(text, said_by, statement, cued=True)
    # What the sentence says besides its quotations (they blanked: a "dass" inside a quotation
    # is no complement of the sentence's cue).
    rest = _reported_part(sentence, quotes)
    source = _attributed(rest)
    attributed = source is not None and not _inside_relative_clause(rest, source.start())
    final = _final_cue(frame)
    as_said = _as_said(frame) is not None
    passive, said_passively = None, False
    if not (attributed or final > 0 or as_said):
        passive, said_passively = _passive_said(rest)
    if passive is not None and _has_cue(rest[: passive.start()]):
        passive = None  # "X sagte, er wurde …": the passive is part of what was said
    if passive is not None and said_passively:
        agent = _passive_agent(rest, passive, speakers)
        return FoundReport(text, agent, _statement(text, frame, final), cued=True)
    # (The cue and what it says are looked for only when nothing cheaper has settled it.)
    cued_complement = (
        not (attributed or final > 0 or as_said)
        and passive is None  # a passive that says nothing is no cue ("wurde … bestätigt, …")
        and (
            saying.VERB_RE.search(frame) is not None
            or german.first_cue_verb(frame) is not None
            or _perfect_cue(frame)  # "hatte er gesagt, dass …"
            # "X zeigte sich zuversichtlich, …", "X ist überzeugt, dass …": a belief stated
            or BELIEF_RE.search(frame) is not None
        )
        and (
            _subjunctive(rest, strict=False)
            or _complement(rest) is not None
            or _said_before_colon(rest)
            or _said_comma(rest) is not None
            or _it_is_said(rest)
        )
    )
    if attributed or final > 0 or as_said or cued_complement:
        if WANTED_TO_KNOW_RE.search(frame) or _question_before_answer(frame, rest):
            # "Ob …, wollte eine Zuhörerin wissen.", "Auf die Frage, ob …, antwortete X: „…“":
            # the question is the asker's (named after "wollte", or nobody), never the
            # person it names or the one who answers in the quotation.
            return FoundReport(
                text, _asker(frame, speakers), _statement(text, frame, final), cued=True
            )
        mention = (
            _as_said_mention(frame, speakers)
            or borrowed.unnamed_cue_subject(frame)
            or cue_mention(frame, speakers)
            or _subject_after_said(rest, speakers)
            or _belief_subject(frame, speakers)
            or _role_before_zufolge(frame, speakers)
        )
        if mention is None and attributed and source and OWN_WORDS_RE.match(source.group(0)):
            # "Harms will nach eigenen Worten als Erstes …": the subject vouches for it.
            mention = _own_words_subject(rest, source.start(), speakers)
        if mention is None and final > 0 and frame.startswith(", wie ", final):
            # "…, wie die Stadt mitteilte.": said by the phrase after "wie", named or not.
            mention = _after_final_cue(frame, final, speakers)
            if mention is None:
                return FoundReport(text, None, _statement(text, frame, final), cued=True)
        statement = _statement(text, frame, final)
        if attributed:
            statement = _without_source(statement)
        if mention is not None and accused(frame, mention):
            return FoundReport(text, None, statement, cued=True)
        if mention is not None and final > 0 and mention.start < final and not attributed:
            # "Er starb am Samstag, teilte die Stiftung mit.": a closing cue names its speaker
            # after the verb; a phrase before it is whom the statement is about.
            mention = _after_final_cue(frame, final, speakers)
            if mention is None:
                return FoundReport(text, None, statement, cued=True)
        if mention is not None:
            # Named or not ("Ein Wahlhelfer sagte, …"), the cue says who spoke: nobody else.
            said_by = speakers.resolve(mention)
            if _it_is_said(rest) and _when_or_where(frame, mention):
                said_by = None  # "Im Wahlkampf hieß es, …": a time or place, nobody speaking
            return FoundReport(text, said_by, statement, cued=True)
        if quotes and quotes[-1].speaker is not None:
            return FoundReport(text, quotes[-1].speaker, statement, cued=True)
        if attributed or as_said or ENGLISH_SAID_RE.search(frame):
            # (Also "One voter, who asked not to be named, said …": nobody named.) "Demnach"
            # and "Seiner Meinung nach" point back to a source named before: no new one.
            return FoundReport(text, None, statement, cued=not _points_back(rest))
        if _it_is_said(rest) and in_the_text(frame, speakers):
            # "In der Vorabversion des Berichts, der …, heißt es, …": that text's words, not
            # the person named before it.
            return FoundReport(text, None, statement, cued=True)
        if _it_is_said(rest) and THERE_IT_SAYS_RE.match(frame):
            # "Dort heißt es, man wolle …": the text pointed back to, not the last speaker.
            return FoundReport(text, speakers.last_writer, statement, cued=True)
        if _it_is_said(rest) and not _subjunctive(rest, strict=False):
            # "In einer Stellungnahme heißt es, die Pläne gefährdeten …" (Konjunktiv goes on
            # with whoever spoke last below: "Sie sei …, heißt es in ihrem Schreiben").
            return FoundReport(text, None, statement, cued=True)
    if _subjunctive(frame, strict=True) and not german.FIRST_PERSON_RE.search(frame):
        # Konjunktiv I is how German news reports speech: the report goes on, or its speaker
        # is not named in this sentence. ("Ich habe …" is no Konjunktiv: in an interview or
        # a quotation without marks the first person speaks for itself.)
        introduced = _colon_subject(frame, speakers)
        if introduced is not None:
            # "X ist vorsichtiger: Sie habe …": the person the sentence opens with, before
            # whoever spoke last.
            return FoundReport(text, introduced, _going_on_statement(text, frame), cued=True)
        if _said_by_a_source(rest):
            # "Aus der Partei hieß es, X sei …", "Es sei ihre Art, heißt es dort.": the
            # sentence's own source (a party, the team just named), not the last speaker.
            writer = speakers.last_writer if POINTING_BACK_RE.search(rest) else None
            return FoundReport(text, writer, _going_on_statement(text, frame), cued=True)
        chained = _chain_speaker(frame, speakers)
        # A cue of its own whose speaker was not found: somebody else's words, whom the next
        # Konjunktiv does not go back past ("Auf Facebook schrieb ein Nutzer, …").
        own = chained is None and _finite_cue(frame)
        return FoundReport(text, chained, _going_on_statement(text, frame), cued=own)
    if _konjunktiv_ii_going_on(frame, speakers):
        # "Die Dämme befänden sich nahe der Grenze": right after a speaker's report, Konjunktiv
        # II stands in for the Konjunktiv I that looks like the indicative (plural "haben").
        chained = _chain_speaker(frame, speakers)
        if chained is not None:
            return FoundReport(text, chained, _going_on_statement(text, frame))
    if _speech_verb_with_content(frame):
        return FoundReport(text, None, _statement(text, frame, final), cued=True)
    return None


# Konjunktiv II forms that stand for a plural Konjunktiv I looking like the indicative ("sie
# haben" → "sie hätten", "sie müssen" → "sie müssten"); not the singular, whose Konjunktiv I is
# its own ("habe", "sei"), so that "wäre" is a condition; not the modals that hedge in the
# narrator's words too ("könnten", "dürften"), nor forms equal to the past ("gingen").
REPLACING_KONJUNKTIV_II = frozenset(
    "hätten wären würden befänden lägen kämen gäben stünden müssten".split()
)
# A finite verb in the indicative: the sentence (or a clause of it) is the narrator's ("Ihre
# Rivalin hatte geahnt, dass es nicht reichen würde").
INDICATIVE_FINITE = german.INDICATIVE_AUXILIARIES | {"wird", "wurde", "wurden", "werden"}
LOWER_WORD_RE = re.compile(r"[a-zäöüß]+")


def _konjunktiv_ii_going_on(frame: str, speakers: Speakers) -> bool:
    """Does the sentence go on, in a plural Konjunktiv II, right after a sentence the last
    speaker said, or one that announced a known person speaking ("X erläuterte, warum …"): no
    indicative verb, no condition opening it, no first person, no cue?"""
    just_spoke = speakers.last_speaker is not None and speakers.since_speaker == 0
    if not (just_spoke or speakers.last_announced):
        return False  # (most sentences: no words to read)
    words = set(LOWER_WORD_RE.findall(frame))
    return (
        not REPLACING_KONJUNKTIV_II.isdisjoint(words)
        and INDICATIVE_FINITE.isdisjoint(words)
        and frame.split(maxsplit=1)[0].lower() not in german.KONJUNKTIV_II  # "Hätte X …": if
        and not german.FIRST_PERSON_RE.search(frame)
        and not _has_cue(_without_final_infinitive(frame))
    )


def _without_final_infinitive(frame: str) -> str:
    """The sentence without an infinitive closing it after its modal verb: "Die Gemeinden
    müssten sich darauf einstellen" has no verb of saying of its own ("einstellen" is not
    "stellte fest")."""
    cue = german.first_cue_verb(frame)
    if cue is not None and cue.group(0).endswith("en") and not frame[cue.end() :].strip(" .!?"):
        return frame[: cue.start()]
    return frame


# "Im Bericht gebe es keine Zahlen", "In der Studie …": a document says it, not the
# last speaker.
DOCUMENT_RE = re.compile(
    r"\b(?:[Ii]m|[Ii]n\s+(?:dem|der|diesem|dieser))\s+(?:[\w-]+\s+)?(?:Bericht|Studie"
    r"|Resolution|Gutachten|Papier|Schreiben|Urteil|Beschluss|Entwurf|Gesetzentwurf|Antrag"
    r"|Umfrage|Analyse|Dokument|Report|Abschlussbericht|Zwischenbericht|Positionspapier)\b"
)


def _finite_cue(frame: str) -> bool:
    """Does the sentence have a finite cue of its own ("Ein älterer Herr erzählte, er sei …",
    "Auf Facebook schrieb ein Nutzer, …")? Then it names somebody else than the last speaker,
    found or not. (An infinitive is part of what was said: "Die SPD müsse sich fragen, …"; so
    is a cue in Konjunktiv I, "Dass …, zeige, dass …", or a participle, "Er habe ihm
    gratuliert".)"""
    cue = german.first_cue_verb(frame)
    if cue is None or german.reported_perfect(frame, cue.start(), cue.end()):
        return False
    word = cue.group(0)
    return not word.endswith("en") and word not in german.KONJUNKTIV_I


# "Kritiker bemängeln, dass …", "Viele Anwohner befürchten, …": a group (a plural noun and
# its verb, right before the comma that opens what they hold) holds what the Konjunktiv clause
# after it says, not the last speaker going on. (Not "Die Leute hätten genug von …, auf
# denen …": a Konjunktiv's own clause, nor a verb with more words before its comma.)
GROUP_SPEAKS_RE = re.compile(
    r"(?:(?:Die|Viele|Einige|Manche|Andere|Mehrere|Zahlreiche)\s+)?(?:[a-zäöüß]+e\s+)?"
    r"[A-ZÄÖÜ][\w-]*\s+(?P<verb>[a-zäöüß]+n),"
)
KONJUNKTIV_VERBS = german.KONJUNKTIV_II | german.KONJUNKTIV_AUXILIARIES


def _group_speaks(main_clause: str) -> bool:
    """Whether a main clause is a group's verb of holding or saying (GROUP_SPEAKS_RE)."""
    match = GROUP_SPEAKS_RE.match(main_clause)
    return match is not None and match["verb"] not in KONJUNKTIV_VERBS


def _chain_speaker(frame: str, speakers: Speakers) -> Referent | None:
    """Whose report a Konjunktiv sentence goes on with: the last speaker a sentence or two
    back, unless its main clause is not in Konjunktiv and names somebody else ("Ihr Sprecher X
    ist der Meinung, dass …" is not the last speaker's; "X dagegen sei …" still is). After a
    sentence that only announced somebody speaking ("Die Richterin begründete ihr Urteil.
    Der Antrag sei …"), only a sentence whose main clause is itself Konjunktiv goes on with
    them ("Die Stadt hält dagegen, die Busse seien …" is the city's)."""
    last = chained_speaker(speakers)
    if last is None:
        return _sole_speaker(frame, speakers)
    announced = last is not speakers.last_speaker or speakers.since_speaker > CHAIN_REACH
    if (announced and _subjunctive_clause(frame) > 0) or DOCUMENT_RE.search(frame):
        return None
    if borrowed.someone_else_says(frame) or HEARD_FROM_RE.search(frame):
        # "Eine Mutter habe ihr erzählt, …", "Der Kreisverband hält dagegen, …", "Aus dem
        # Umfeld der Partei war zu hören, …": the unnamed mother's account, the association's
        # answer, words from a circle nobody names.
        return None
    clause = _subjunctive_clause(frame)
    if clause > 0 and unnamed_in(
        frame[:clause], [m for m in speakers.mentions(frame) if m.start < clause]
    ):
        # "Ein junger Mann drängelt sich vor, er müsse zum Zug.": the man just brought in,
        # whom the text does not name, not the last speaker going on.
        return None
    if _finite_cue(frame) or (clause > 0 and _group_speaks(frame[:clause])):
        return None
    main_clause = frame[:clause]
    # So does a cue in the perfect or past perfect of the indicative ("Deren Sprecherin
    # hatte angekündigt, die Initiative werde …").
    # ("Er habe angekündigt, …" is Konjunktiv: the report goes on.)
    participle = saying.PARTICIPLE_RE.search(main_clause)
    auxiliaries = (
        set(re.findall(r"\w+", main_clause[: participle.start()])) if participle else set()
    )
    if auxiliaries & german.INDICATIVE_AUXILIARIES and not (
        auxiliaries & german.KONJUNKTIV_AUXILIARIES
    ):
        return None
    if names_somebody_else(speakers.mentions(main_clause), last):
        return None
    asker = _asker(frame, speakers)
    return asker if asker is not None else last


# "war aus Parteikreisen zu hören, …", "wie aus der Fraktion verlautete": words heard from
# somewhere, as "hieß es" says.
HEARD_FROM_RE = re.compile(
    r"\b(?:war|ist|waren|sind)\s+(?:[^,;:]{1,40}\s)?zu\s+hören\s*,|\bverlautet"
)


def _sole_speaker(frame: str, speakers: Speakers) -> Referent | None:
    """Whose words a Konjunktiv sentence is right after a plain sentence about one named person
    and nobody else in the same paragraph ("Twelker versuchte, die Debatte einzufangen. Man
    werde …"): that person's, German news' way of reporting what somebody argued. Not when
    the sentence names or points to anybody (it may be about them: "Sie sei ins Wasser
    gesprungen"), gives a source of its own ("…, heißt es") or goes back to a document."""
    sole = speakers.last_sole
    if (
        sole is None
        or not (speakers.last_sole_named and speakers.last_sole_plain)
        or speakers.opening
        or speakers.mentions(frame)
        or _it_is_said(frame)
        or _subjunctive_clause(frame) > 0
        or DOCUMENT_RE.search(frame)
        or borrowed.someone_else_says(frame)
        or _finite_cue(frame)
    ):
        return None
    return sole


# "…, wollte Wolf sofort wissen.": a question reported in Konjunktiv, closed by who asked it.
WANTED_TO_KNOW_RE = re.compile(r",\s+(?:wollte|wollten|will|wollen)\s+([^,;:]{1,60})\bwissen\W*$")
# "Zum Schluss wollte Wolf von allen wissen, ob …": the asker between the verb and "wissen",
# the question after it.
WANTED_TO_KNOW_FIRST_RE = re.compile(
    r"^[^,;:]{0,40}?\b(?:wollte|wollten|will|wollen)\s+([^,;:]{1,60}?)\bwissen,\s+"
    r"(?:ob|wie|wer|wen|wem|was|warum|weshalb|wieso|wann|wo|welche\w*)\b"
)


def _asker(frame: str, speakers: Speakers) -> Referent | None:
    """Who asked a question the sentence reports ("Welche das seien, wollte Wolf wissen.",
    "Dann wollte Wolf wissen, ob …"): the one person named between "wollte" and "wissen",
    else nobody."""
    found = WANTED_TO_KNOW_RE.search(frame) or WANTED_TO_KNOW_FIRST_RE.search(frame)
    if found is None:
        return None
    named = [
        m
        for m in speakers.mentions(frame)
        if found.start(1) <= m.start < found.end(1) and m.kind == NAME
    ]
    return speakers.resolve(named[0]) if len(named) == 1 else None


# "Auf die Frage, ob er bleibe, …", "Auf seine Nachfrage, wann …": a question put to somebody.
QUESTION_PUT_RE = re.compile(
    r"(?:Auf|Nach)\s+(?:die|eine|seine|ihre|unsere|meine)\s+(?:\w+\s+){0,2}?(?:Nachfrage|Frage)"
    r"(?:\s+[^,;:]{1,60})?,\s+(?:ob|wie|wer|wen|wem|was|warum|weshalb|wieso|wann|wo|wohin|"
    r"woher|welche\w*)\b"
)


def _question_before_answer(frame: str, rest: str) -> bool:
    """Is all the sentence reports a question put to the one who answers in a quotation after
    a colon ("Auf die Frage, ob …, antwortete X: „…“")? Then the reported words are the
    asker's. ("…, antwortete X, er wisse es nicht" reports X's answer: no quotation cut off.)"""
    return len(rest.rstrip()) < len(frame.rstrip()) and QUESTION_PUT_RE.match(rest) is not None


def goes_on(report: FoundReport) -> bool:
    """Does the sentence only go on with a report, all of it what was said ("Man werde … .")?
    A cue of its own opens a statement of its own ("Sie sagte, …", "Nach Angaben der Polizei
    …": the statement is cut from its sentence)."""
    return not report.cued and report.statement == report.text


def reports_somebody(sentence: Sentence, speakers: Speakers) -> bool:
    """Is the sentence somebody's reported statement (Konjunktiv, or a cue naming who spoke),
    so that a denial or a hypothesis in it is what that person said ("Sie habe nie behauptet,
    …, betonte sie"), not the article's word on a quotation?"""
    frame = sentence.frame()
    if german.has_subjunctive(frame, strict=True) and not german.FIRST_PERSON_RE.search(frame):
        return True
    return _final_cue(frame) > 0 or _as_said(frame) is not None or _said_comma(frame) is not None
