"""Whose words a sentence reports when it speaks of somebody else's: the accused in "X warf Y
vor, …" (who says nothing), a document ("Im Bericht heißt es, …"), a claim ("Beispiels Vorwurf,
er sei „…“") or somebody's words owned by a genitive ("Probes Satz „…“")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.corpus import german, saying
from bot.corpus.speakers import NAME, PRONOUN, Mention, Speakers

POSSESSIVE_WORDS = frozenset("sein seine seinen seiner seinem ihr ihre ihren ihrer ihrem".split())


PASSIVE_ACCUSED_RE = re.compile(r"\b(?:wird|wurde|werden|wurden)\b[^,;:]{0,60}\bvorgeworfen\b")
DATIVE_PRONOUN_RE = re.compile(r"\s+(?:ihm|ihr|ihnen|mir|uns)\s+(?=[A-ZÄÖÜ])")
DETERMINER_AFTER_RE = re.compile(r"\s*(?:der|dem|den|die|das|einer|einem|einen|seiner|ihrer)\b")


def accused(frame: str, mention: Mention) -> bool:
    """Is the phrase a cue found for a report the person accused, not the accuser? "Kritiker
    werfen X vor, er …", "Zudem warf die Staatsanwaltschaft X vor, …", "Y beschuldigte General
    X, …": named after the verb, right before "vor" or the comma that opens the accusation;
    "X wird vorgeworfen, …" in the passive. (Not "Zudem warf X der Regierung vor, …": a subject
    before the object.)"""
    clause = frame[: frame.find(",", mention.end) if "," in frame[mention.end :] else None]
    if "vorgeworfen" in clause and PASSIVE_ACCUSED_RE.search(clause):  # (no search without)
        return True
    verb = saying.ACCUSING_RE.search(frame, 0, mention.start)
    if verb is None or "," in frame[verb.end() : mention.start] or mention.kind == PRONOUN:
        return False  # "Dem Bürgermeister warf er vor, …": "er" is who accused
    if re.match(r"\s*(?:Dem|Ihm|Ihr|Ihnen)\b", frame[frame.rfind(",", 0, verb.start()) + 1 :]):
        return False  # "Dem Bürgermeister warf X vor": the accused stands first
    if DATIVE_PRONOUN_RE.match(frame, verb.end()):
        return False  # "Im Wahlkampf warf ihr Kandidat X vor, …": the object right after the verb
    # (After the name itself: the phrase may run on over an object, "X der Verwaltung".)
    surname = mention.person.name.split()[-1] if mention.person else ""
    named = frame.find(surname, mention.start, mention.end) if surname else -1
    after = frame[named + len(surname) if named >= 0 else mention.end :]
    if DETERMINER_AFTER_RE.match(after):
        return False
    return re.match(r"\s*(?:vor\b|,)", after) is not None


# "In der Studie", "Im Bericht", "In dem Papier des Ministeriums, das …, heißt es": a definite
# text opening the sentence, whose words follow "heißt es".
IN_THE_TEXT_RE = re.compile(
    r"\s*(?:Im|In\s+(?:der|dem|den))\s+(?P<np>[^;:]{1,160}?)\s+" + german.IT_SAYS + r"\s+es\b"
)
# Feminine nouns for texts (the masculine and neuter ones: german.document_gender).
FEMININE_TEXT_NOUNS = (
    "studie erklärung mitteilung stellungnahme version fassung vorlage satzung meldung analyse "
    "umfrage bilanz broschüre klageschrift begründung auswertung".split()
)


def in_the_text(frame: str, speakers: Speakers) -> bool:
    """Does "heißt es" follow a definite text that names no owner ("In der Vorabversion des
    Berichts, der …, heißt es", "Im „Landboten“ heißt es")? Not "in ihrem Schreiben", nor "im
    Brief von X" (theirs)."""
    opening = IN_THE_TEXT_RE.match(frame)
    if opening is None:
        return False
    words = [w.strip(",").lower() for w in opening.group("np").split()]
    if not words:
        return True  # "Im „Landboten“ heißt es": a paper's name in quotation marks
    if POSSESSIVE_WORDS.intersection(words) or any(
        m.kind == NAME or m.person is not None for m in speakers.mentions(opening.group("np"))
    ):
        return False
    return any(
        german.document_gender(w.removesuffix("s")) or w.endswith(tuple(FEMININE_TEXT_NOUNS))
        for w in words
    )


# A claim somebody else made, right before what it says ("Beispiels Vorwurf, er sei „…“",
# "wies den Vorwurf zurück, er habe …", "auf die Forderung des Vorsitzenden X, …"): what follows
# is the claim's, its owner's when the text names one, never the subject reacting to it.
CLAIM_RE = re.compile(
    r"\b(?:Vorwurfs?|Vorwürfen?|Behauptung(?:en)?|Darstellung|Forderung(?:en)?|Warnung(?:en)?"
    r"|Anschuldigung(?:en)?|Unterstellung(?:en)?)\b(?P<rest>[^,;:.!?]{0,60}?),\s+(?:dass\s+)?"
)
GENITIVE_OWNER_RE = re.compile(german.GENITIVE_PATTERN + r"\s+")  # a genitive, never a bare name
# "seine Forderung", "ihrer eigenen Darstellung": the subject's own claim
OWN_CLAIM_RE = re.compile(rf"\b(?:{'|'.join(sorted(POSSESSIVE_WORDS))}|eigenen?)\s+$")


@dataclass(frozen=True)
class Claim:
    """A claim standing before a statement, and its owner when the text names one."""

    owner: Mention | None


def claim_before(frame: str, at: int, mentions: list[Mention]) -> Claim | None:
    """The claim whose words, reported in Konjunktiv, go on to offset `at` in one clause
    ("Beispiels Vorwurf, er sei „…“"), or None."""
    if "," not in frame[:at]:
        return None  # (the cheap guard: every claim ends in a comma)
    found = None
    for claim in CLAIM_RE.finditer(frame, 0, at):
        found = claim
    if found is None:
        return None
    between = frame[found.end() : at]
    # Its words go on in Konjunktiv up to the quotation ("…, er sei „…“"), in one clause.
    if "," in between or ":" in between or not german.has_subjunctive(between, strict=False):
        return None
    return _claim(frame, found, mentions)


# "Probes Satz „…“", "an Probes Worte „…“", "Probes Äußerung, „…“": words a genitive name owns.
OWNED_WORDS_RE = re.compile(
    r"\b(?:Satz|Sätze|Worte[n]?|Zitat|Ausspruch|Bemerkung|Äußerung|Motto|Credo|Devise|Spruch"
    r"|Versprechen|Parole)\s*,?\s*$"
)


def owned_words(frame: str, at: int, mentions: list[Mention]) -> Claim | None:
    """The words right before offset `at` that a name in the genitive owns ("Beispiel konterte
    Probes Satz „…“"): his, not the sentence's subject's."""
    noun = OWNED_WORDS_RE.search(frame, max(0, at - 40), at)
    if noun is None:
        return None
    owner = next((m for m in mentions if _genitive_before(frame, m, noun.start())), None)
    return Claim(owner) if owner is not None else None


def _genitive_before(frame: str, mention: Mention, at: int) -> bool:
    """Is the name a genitive standing right before offset `at` ("Probes Satz", "Klaus’ Satz"),
    not the person's name itself ("Lukas Satz" of a man named Lukas)?"""
    if mention.kind != NAME or mention.person is None:
        return False
    gap = frame[mention.end : at]
    if GENITIVE_OWNER_RE.fullmatch(gap):
        return True
    inflected = mention.text.endswith(("s", "’", "'")) and not mention.person.name.endswith(
        mention.text
    )
    return inflected and gap.isspace()


def _claim(frame: str, found: re.Match[str], mentions: list[Mention]) -> Claim | None:
    """The claim found, with its owner; None when it is the subject's own ("seine Forderung,
    …") or the clause goes on to a cue of its own ("wies den Vorwurf zurück und sagte, …")."""
    rest = found.group("rest")
    if "und " in rest or german.first_cue_verb(rest) is not None:
        return None
    if OWN_CLAIM_RE.search(frame, max(0, found.start() - 12), found.start()):
        return None
    named = [m for m in mentions if m.kind == NAME]
    after = [m for m in named if found.start("rest") <= m.start < found.end("rest")]
    # "Beispiels Vorwurf": the genitive name right before the noun.
    before = [m for m in named if _genitive_before(frame, m, found.start())]
    owners = after or before
    return Claim(owners[0] if owners else None)
