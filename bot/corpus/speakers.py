"""Who is speaking: find the noun phrases that can name a speaker and resolve them to a person.

A speaker phrase is a name ("Albers", "Jonas Albers"), a pronoun ("er", "sie"), a role noun phrase
("der unterlegene Amtsinhaber", "die Grünen-Kreissprecherin", "Der Landesvorsitzende der CDU")
or an institution ("die Polizei"). Names resolve through the article's people; pronouns and role
phrases resolve to the person the passage is about (its focus), checked against gender, role and
party. A phrase that resolves to nobody stays as written, so "das Gericht" can still be a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from bot.corpus import english_roles, german
from bot.corpus.people import (
    ADDRESS_GENDER,
    PARTY_MEMBER_WORDS,
    RUN_RE,
    PeopleIndex,
    PersonRecord,
)
from bot.corpus.saying import ACCUSING_RE

WORD_RE = re.compile(r"[\w’'-]+(?:\.(?=\s[A-ZÄÖÜ]))?")
# A pronoun that may speak (group 1), or an article that may open a role phrase ("der Minister"),
# found in one pass; the lookahead lets the engine pass over most positions at once.
PRONOUN_OR_ARTICLE_RE = re.compile(
    r"(?=[DdEeSsHh])\b(?:(er|Er|sie|Sie|he|He|she|She)\b"
    r"|(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine|[Ee]iner|[Ee]ines)\s)"
)
# "Einer der Helfer", "eine der Organisatorinnen": one of a group, somebody the text does not name.
PARTITIVE_PRONOUNS = frozenset("einer eine eines".split())
PRONOUN_GENDER = {"er": "m", "sie": "f", "he": "m", "she": "f"}
INFLECTED_RE = re.compile(r"[a-zäöüß]+(?:e|en|er)")
AGE_ADJECTIVE_RE = re.compile(r"\d{1,3}-jährigen?")  # "den 23-jährigen", "der 71-jährige"
INFLECTED_ADJECTIVE_RE = re.compile(r"[a-zäöüß-]+(?:e|en|er|es)")
ARTICLE_GAP_RE = re.compile(r"\s*(?:(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des)\s+)?")
APPOSITION_NAME_RE = re.compile(r",\s+(" + RUN_RE.pattern + r")")
FIRST_WORD_RE = re.compile(r"\s*(\S+)")
VERB_RE = re.compile(r"\b([a-zäöüß]+)\s+(?:sich\s+)?")
DECLENSION_END_RE = re.compile(r"(?:en|er|e|n|r)$")  # Abgeordnete(r|n) → abgeordnet
# "die in New York geborene", "der aus Kiel stammende", "der seit 2010 amtierende": a preposition,
# up to four words, then a participle used as an adjective (no punctuation between).
PARTICIPLE_ATTRIBUTE_RE = re.compile(
    r"\s+(?:in|im|aus|bei|beim|am|an|auf|seit|von|vom|für|nach|zum|zur)\s+"
    r"(?:[\w.-]+\s+){1,4}?[a-zäöüß]+(?:ene|ende|te|ete)\s+"
)
PHRASE_BREAKS = frozenset(',.;:!?„“"')  # punctuation between two words ends a noun phrase
PHRASE_GAP_BREAKS = PHRASE_BREAKS | frozenset("()")  # … or stands between a cue and its speaker
# Determiners of a phrase that may name somebody already known ("der Minister", "dem Minister").
DEFINITE_SUBJECT_DETERMINERS = german.NOMINATIVE_DETERMINERS | {"den", "dem", "des"}
TIME_WORDS = german.MONTHS | german.WEEKDAYS | frozenset({"Ende", "Anfang", "Mitte"})
# Possessives in a case no subject takes: after a verb they open its object ("sie danke ihren
# Helfern"), never its speaker.
OBLIQUE_POSSESSIVES = frozenset(
    "seinem seinen seines ihrem ihren ihres meinem meinen meines unserem unseren unseres".split()
)
# Adverbs of time, of adding or of contrast that stand between a cue verb and its subject
# ("„…“, sagte auch X", "meint dazu X", "sagte gestern X", "entgegnete dagegen X"): the
# subject after them is still who speaks. (Not "nicht", "so", "wie": they change whose words.)
ADVERBS_BEFORE_SUBJECT = frozenset(
    "auch dazu gestern heute damals später zuvor danach dann nun noch schon bereits ebenfalls "
    "ebenso dagegen hingegen jedoch allerdings außerdem zudem inzwischen mittlerweile "
    "anschließend abschließend zuletzt".split()
)
POSSESSIVES = {
    "sein": "m",
    "seine": "m",
    "seiner": "m",
    "seinem": "m",
    "ihr": "f",
    "ihre": "f",
    "ihrer": "f",
    "ihrem": "f",
}
# People named by their tie to somebody: "seine Frau", "ihr Sohn" are not that somebody; the
# noun says their gender ("Ihre Mutter"), the possessive only the other's.
KIN_GENDER = {
    **dict.fromkeys(
        "frau ehefrau freundin partnerin tochter mutter schwester tante nichte enkelin oma "
        "großmutter lebensgefährtin witwe cousine schwägerin schwiegermutter "
        "schwiegertochter".split(),
        "f",
    ),
    **dict.fromkeys(
        "mann ehemann freund partner sohn vater bruder onkel neffe enkel opa großvater "
        "lebensgefährte witwer vetter cousin schwager schwiegervater schwiegersohn".split(),
        "m",
    ),
}
KIN_NOUNS = frozenset(KIN_GENDER) | {"kinder", "eltern", "familie"}
# Who stands across from somebody, also as a compound's last part ("Seine Gesprächspartnerin sah
# das anders", "Ihr Konkurrent", "sein Koalitionspartner"): another person, never the one the
# possessive means; the noun says their gender.
COUNTERPART_GENDER = {
    **dict.fromkeys(
        "partnerin freundin konkurrentin gegnerin rivalin kontrahentin gegenspielerin "
        "widersacherin vorrednerin".split(),
        "f",
    ),
    **dict.fromkeys(
        "partner freund konkurrent gegner rivale kontrahent gegenspieler widersacher "
        "vorredner".split(),
        "m",
    ),
}
FIRST_PERSON_POSSESSIVES = frozenset("mein meine meiner meinem unser unsere unserer".split())
RECENT_REACH = 3  # a pronoun means somebody named at most this many sentences back
VOICE = "voice"  # in Speakers.last_unnamed: the sentence announced a voice nobody is named for
PARTY_ROLE_REACH = 2  # sentences after a speaker in which "die Landeschefin der Grünen" is them
INDEFINITE = german.INDEFINITE_ARTICLES
# Indefinite pronouns that can only be a verb's subject: somebody the text does not name.
UNNAMED_VOICES = frozenset("jemand niemand man".split())
# Words that open a group as a verb's subject ("riefen mehrere Anhänger", "riefen einige",
# "sagten beide"): several voices, none of them alone the speaker.
GROUP_WORDS = frozenset("einige mehrere viele zahlreiche etliche manche beide alle".split())
# One of a group as a verb's subject ("sagt einer von ihnen", "ruft eine der Frauen"), a bare
# "einer", or one more of them ("sagt der eine", "ergänzt ein anderer").
ONE_OF_WORDS = frozenset({"einer", "eine", "ein", "der", "die"})
ONE_OF_GROUP_RE = re.compile(
    r"(?:einer|eine)(?:\s+(?:von|aus|unter)\s+(?:ihnen|uns|euch|(?:den|dem|der)\s+[\w-]+)"
    r"|\s+der\s+[A-ZÄÖÜ][\w-]*|(?=\s*[.,:;!?]|\s*$))"
    r"|(?:ein|eine|der|die)\s+(?:anderer?|weiterer?|zweiter?|dritter?|einer?)(?=\s*[.,:;!?]|\s*$)"
)
PHRASE_CACHE_SIZE = 8192  # phrases remembered by sentence and offset (see _role_np_end)
CHAIN_BROKEN = 1 << 20  # "sentences since the last speaker" after the chain was broken
NAME = "name"
PRONOUN = "pronoun"
ROLE = "role"
OTHER = "other"
UNNAMED = "unnamed"  # a voice the text does not name: "jemand", the writer of a letter read out
# A medium named in quotation marks ("laut „Reuters“", "Die „Lokalpost“ schreibt: „…“") is the
# source of what the sentence reports, not a person: it is shown as the text's description of
# that source, with its article outside the marks ("die „Lokalpost“", "die „Zeit“"), as a
# document is ("das Verbandsschreiben"); the article comes from the name's head noun, the one a
# German paper's, agency's or station's name ends in.
MEDIUM_ARTICLES = (
    ("die", ("zeitung", "post", "rundschau", "presse", "allgemeine", "welt", "zeit", "schau")),
    ("die", ("nachrichten", "neuesten", "informationen", "stimme", "woche", "agentur")),
    ("der", ("anzeiger", "kurier", "bote", "boten", "spiegel", "stern", "merkur", "beobachter")),
    ("der", ("express", "sender", "funk", "rundfunk", "report", "generalanzeiger", "tagesspiegel")),
    ("das", ("blatt", "echo", "magazin", "journal", "tageblatt", "abendblatt", "volksblatt")),
)
DEFINITE_ARTICLES = frozenset("der die das".split())
# A party member's noun names a person as a role noun does ("sagte die Sozialdemokratin", "Die
# Grüne will …"): the one member of that party and gender the text named. "die Grüne" is one
# woman; the party is "die Grünen".
MEMBER_NOUNS = PARTY_MEMBER_WORDS | frozenset({"Grüne", "Grüner"})
# "die SPD-Frau", "der CDU-Mann": a party's woman or man, as a party member's noun.
PARTY_PERSON_GENDER = {"-Frau": "f", "-Mann": "m"}


def _member_gender(word: str) -> str | None:
    """The gender a party's compound with "-Frau" or "-Mann" gives ("SPD-Frau": f); None for
    any other word."""
    for end, gender in PARTY_PERSON_GENDER.items():
        if word.endswith(end) and german.party_in(word[: -len(end)]) is not None:
            return gender
    return None


def _is_member_noun(word: str) -> bool:
    return word in MEMBER_NOUNS or _member_gender(word) is not None


# Nouns of a text somebody writes: a letter, a statement, a post; alone or closing a compound
# ("Abschiedsbrief", "Facebook-Post").
WRITTEN_NOUNS = (
    "Brief Erklärung Stellungnahme Nachricht Text Post Beitrag Schreiben Mitteilung Botschaft Mail"
).split()
WRITTEN_NOUN_RE = re.compile(
    r"\b(?:[A-ZÄÖÜ][\wäöüß]*-)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:"
    + "|".join(f"[{noun[0]}{noun[0].lower()}]{noun[1:]}" for noun in WRITTEN_NOUNS)
    + r")(?:s|es)?\b"
)
_WRITTEN_NOUN_TAILS = tuple(noun[1:] for noun in WRITTEN_NOUNS)


def written_nouns(frame: str, end: int | None = None) -> list[re.Match[str]]:
    """The nouns of written texts in `frame` (up to `end`). Most sentences name none, and the
    pattern takes long to say so: it is asked only where a noun's letters after its first
    stand at all."""
    for tail in _WRITTEN_NOUN_TAILS:
        if tail in frame:
            return list(WRITTEN_NOUN_RE.finditer(frame, 0, len(frame) if end is None else end))
    return []


# "eine Erklärung des Landrats Name", "ein Post des FDP-Ortsvorsitzenden Name"
AUTHOR_GAP_RE = re.compile(r"\s+(?:des|der)\s+(?:[\w-]+\s+){0,2}")


@dataclass(frozen=True)
class Mention:
    """A phrase that may name a speaker, with what it refers to when that is known."""

    start: int
    end: int
    text: str
    kind: str
    person: PersonRecord | None = None
    oblique: bool = False  # after a preposition or an oblique article: not a subject
    gender: str | None = None
    continuing: bool = False  # the cue closing a quotation ("„…“, so …", "„…“, sagte …")


def _words(text: str, pos: int, limit: int | None = None) -> list[re.Match[str]]:
    """The words of `text` from `pos` on; only the first `limit` when it is given."""
    return list(islice(WORD_RE.finditer(text, pos), limit))


def _authored(frame: str, start: int) -> bool:
    """Is the name at `start` the author of a text named right before it ("ein Post des
    Ortsvorsitzenden X", "eine Erklärung des Landrats X")?"""
    return any(
        AUTHOR_GAP_RE.fullmatch(frame[noun.end() : start]) for noun in written_nouns(frame, start)
    )


@lru_cache(maxsize=PHRASE_CACHE_SIZE)  # pure: a repeated sentence is read once
def _is_oblique(frame: str, start: int) -> bool:
    """Is the phrase at `start` governed by a preposition or an oblique article?"""
    before = frame[:start].rsplit(None, 5)[-5:]  # the last five words
    # Walk back over adjectives and role nouns to the word that governs the phrase.
    for at in range(len(before) - 1, -1, -1):
        word = before[at]
        low = word.lower().strip(",")
        if word.endswith(",") or word.endswith(":"):
            return False
        if low in german.PREPOSITIONS or low in german.OBLIQUE_DETERMINERS or low in OBJECT_OF:
            return True
        if low in COMPARING_WORDS and at > 0 and before[at - 1].lower() in COMPARED_BY:
            # "Anders als Ballhausen hält er …": compared with, not the subject ("wie X
            # sagte" stays a source)
            return True
        if low in german.NOMINATIVE_DETERMINERS:
            return False
        if word[:1].isupper() or (INFLECTED_RE.fullmatch(low) and not _finite_verb(before, at)):
            continue
        if AGE_ADJECTIVE_RE.fullmatch(low):
            continue  # "gegen den 23-jährigen X": an age, like any adjective
        return False
    return False


# Roles in a visit or an event that only exist beside their counterpart (host and guest).
HOST_OR_GUEST = frozenset({"gastgeber", "gastgeberin", "gast"})


# English prepositions whose object is never the speaker: "A supporter of X shouted at Y:".
OBJECT_OF = frozenset("of at about with".split())


# Prepositions that are also conjunctions opening a clause whose subject may follow ("seit sie
# im Amt ist", "während sie sprach", "bis sie kam", "statt sie zu fragen").
CONJUNCTION_PREPOSITIONS = frozenset({"bis", "seit", "während", "statt"})


def _after_preposition(frame: str, start: int) -> bool:
    """ "Über sie sagt X: „…“", "Neben sie setzt sich X": "sie" right after a preposition is
    its object (accusative), never the clause's subject."""
    before = frame[:start].rsplit(None, 1)[-1:]
    word = before[0].lower() if before else ""
    return word in german.PREPOSITIONS and word not in CONJUNCTION_PREPOSITIONS


def _finite_verb(words: list[str], at: int) -> bool:
    """Is the lower-case word at `at` the verb of a sentence in verb-second order, not an
    adjective? "In Neudorf erklärte X", "Am Abend feierte X": a cue verb, or a word right after
    a noun (an adjective stands before its noun: "mit der neuen Landrätin X"). The walk back to
    a preposition ends there, and X after the verb is its subject, not governed by "In"."""
    low = words[at].lower()
    if german.is_cue_verb(low):
        return True
    noun = words[at - 1] if at > 0 else ""
    return (
        noun[:1].isupper()
        and not noun.endswith(("s", "’", "'"))
        and noun.lower() not in german.PREPOSITIONS  # ("Über ihren Gegner X")
        and low not in german.DETERMINERS
    )


# "anders als X", "ebenso wie X": a comparison, which governs its phrase like a preposition.
COMPARING_WORDS = frozenset({"als", "wie"})
COMPARED_BY = frozenset("anders ebenso genauso ähnlich gleich".split())


APPOSED_RE = re.compile(r",\s+(?:(?:der|die)\s+)?(?:[\w-]+\s+|(?:Dr|Prof)\.\s+){0,3}$")


def _apposed_person(frame: str, end: int, names: list[Mention]) -> PersonRecord | None:
    """The person named in apposition right after a role phrase: "der dritte Bewerber, der
    parteilose Unternehmer Dirk Berger," is Berger."""
    for name in names:
        if name.kind != NAME or name.person is None or name.start <= end:
            continue
        gap = frame[end : name.start]
        if len(gap) <= 60 and APPOSED_RE.fullmatch(gap) and frame[name.end : name.end + 1] == ",":
            return name.person
    return None


VOCATIVE_BEFORE_RE = re.compile(r"(?:^|:\s*|[.?!]\s+)(?:Herr|Frau)\s+$")


# The nominative pronouns: after a sentence's verb one of them is its subject ("Hollmann hat er
# getroffen"), so the name in front of the verb is its object. ("sie" and "es" may be objects.)
NOMINATIVE_PRONOUNS = frozenset("er ich wir du".split())


def _fronted_object(frame: str, start: int, end: int) -> bool:
    """Is the name opening the sentence at `start` its object put first, its subject a pronoun
    right after the verb ("Hollmann hat er am Vorabend getroffen")? A German sentence has its
    verb second; a nominative pronoun after it is the subject."""
    if start > 2 or frame[:start].strip():
        return False
    after = frame[end:].split(None, 2)[:2]
    return (
        len(after) == 2
        and after[0].islower()
        and after[0].isalpha()
        and after[1].strip(",.") in NOMINATIVE_PRONOUNS
    )


def _addressed(frame: str, start: int, end: int) -> bool:
    """Is the name spoken to, not of ("Frau Berger, Ihr Parteifreund hat gesagt, …")?"""
    return frame[end : end + 1] == "," and VOCATIVE_BEFORE_RE.search(frame[:start]) is not None


@lru_cache(maxsize=PHRASE_CACHE_SIZE)  # pure: a repeated sentence is read once
def _is_genitive_attribute(frame: str, start: int) -> bool:
    """ "der"/"des" right after a noun opens its genitive attribute ("das Auftreten der Polizei"):
    the phrase is about somebody, it does not name the speaker."""
    if frame[start : start + 4] not in ("der ", "des "):
        return False
    before = frame[:start].split()
    if not before or not before[-1][:1].isupper() or not before[-1][-1:].isalpha():
        return False
    word = before[-1]
    return word not in german.SENTENCE_STARTERS and not german.is_opening_adverb(word)


@lru_cache(maxsize=PHRASE_CACHE_SIZE)  # pure: a repeated sentence is read once
def _role_np_end(frame: str, pos: int, limit: int = 10) -> tuple[int, bool]:
    """Where a noun phrase starting at `pos` ends, and whether it holds a role/institution noun."""
    words = _words(frame, pos, limit)
    end = pos
    head = ""
    has_role = False
    seen_noun = False
    determined = False
    in_attribute = False  # past "der"/"des": a genitive attribute, not the phrase's head
    i = 0
    while i < len(words):
        w = words[i].group(0)
        if i and not PHRASE_BREAKS.isdisjoint(frame[end : words[i].start()]):
            break
        low = w.lower()
        if i == 0 and low in german.DETERMINERS:
            # "Der Pastor", "ein Schüler": a man's noun that is also a surname (and so no role
            # head) is a person's noun after an article; its feminine form is a role head
            determined = True
            end = words[i].end()
            i += 1
            continue
        if i == 1 and low == "der" and words[0].group(0).lower() in PARTITIVE_PRONOUNS:
            end = words[i].end()  # "Einer der Helfer": the group's genitive article
            i += 1
            continue
        age = _age_words(words, i) if not seen_noun else 0
        if age:  # "eine 88 Jahre alte Bewohnerin", "der 61-jährige Zeuge": part of the phrase
            end = words[i + age - 1].end()
            i += age
            continue
        if not seen_noun and w.isdigit() and i + 1 < len(words):
            following = words[i + 1].group(0)
            if INFLECTED_ADJECTIVE_RE.fullmatch(following) or following[:1].isupper():
                end = words[i].end()  # "die 13 beteiligten Feuerwehrleute": a count, not a noun
                i += 1
                continue
        if w[:1].isupper() or w[:1].isdigit():
            # "das Auftreten der Polizei" is about the police, not said by it.
            head_like = not in_attribute or not german.is_abstract_noun(head)
            if (
                german.is_role_noun(w)
                or german.is_institution_noun(w)
                or _is_member_noun(w)
                or (determined and not seen_noun and german.is_feminine_role(w + "in"))
            ) and head_like:
                has_role = True
            if not seen_noun:
                head = w
            seen_noun = True
            end = words[i].end()
            i += 1
            # A genitive attribute: "der CDU", "des Linux-Verbandes", "der Grünen in Dortmund".
            if (
                i < len(words)
                and words[i].group(0) in ("der", "des")
                and i + 1 < len(words)
                and words[i + 1].group(0)[:1].isupper()
            ):
                in_attribute = True
                continue
            # (Not into a time: "laut Plan Ende 2027", "laut Plan im März".)
            if (
                i < len(words)
                and words[i].group(0)[:1].isupper()
                and words[i].group(0) not in TIME_WORDS
            ):
                continue
            break
        if not seen_noun and INFLECTED_ADJECTIVE_RE.fullmatch(low):
            end = words[i].end()
            i += 1
            continue
        if seen_noun and low in ("der", "des") and i + 1 < len(words):
            in_attribute = True
            end = words[i].end()
            i += 1
            continue
        break
    return end, has_role


AGE_ADJECTIVE_RE = re.compile(r"\d+-jährige[nmrs]?")


def _age_words(words: list[re.Match[str]], i: int) -> int:
    """How many words at `i` give an age before a noun: "88 Jahre alte" (3), "61-jährige" (1)."""
    first = words[i].group(0)
    if AGE_ADJECTIVE_RE.fullmatch(first):
        return 1
    following = [w.group(0) for w in words[i + 1 : i + 3]]
    if first.isdigit() and len(following) == 2 and following[0] == "Jahre":
        return 3 if INFLECTED_ADJECTIVE_RE.fullmatch(following[1]) else 0
    return 0


# "die 52-Jährige", "der 56-jährige Werkzeugmacher": how the text goes on about somebody it
# just named, by their age.
AGE_NOUN_RE = re.compile(r"\b\d+-(?:Jährige[rn]?\b|jährige[rn]?\s+[A-ZÄÖÜ])")
AGE_WORD_RE = re.compile(r"\d+-[Jj]ährige[nmrs]?")  # "46-Jährige", "56-jährige"
# An age as the text gives it: "46-Jährige", "39-jähriger", "39 Jahre alt", "Müller, 46,".
AGE_NUMBER_RE = re.compile(r"\b\d{1,3}(?=-[Jj]ährig|\s+Jahre?\s+alt)|(?<=,\s)\d{1,3}(?=,)")
DIGIT_RE = re.compile(r"\d")
# A sentence whose subject asks: "Ida fragt nach …", "Sie wollte wissen, ob …".
ASKING_RE = re.compile(
    r"\b(?:fragt|fragte|fragten|erfragt\w*|(?:will|wollte|wollten)\s+(?:\w+\s+)?wissen)\b"
)
COPULAS = frozenset("ist war sind waren bleibt blieb".split())
# A ticker's or feed's time stamp ending its entry's header: "19:30:", "18.15 Uhr –", "+++ 18:05
# +++".
ENTRY_STAMP_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*(?:[:|–]|\+{1,3})\s+")


@lru_cache(maxsize=1024)  # each sentence is asked three times in a row (see `has_digit`)
def has_digit(frame: str) -> bool:
    """Does the sentence write a number? Every age pattern needs one, and nine sentences in
    ten have none: the age patterns are tried only on the tenth."""
    return DIGIT_RE.search(frame) is not None


# Where the text gives a named person's age: "Carina Wolf (34)", "Name (SPD, 52)" after the
# name; "der 38-jährige Thiele", "die 46 Jahre alte Unternehmerin Name" before it.
# "Name (34)", "Name (SPD, 34)", and a portrait's or info box's "Name (SPD), 34, Hebamme".
AGE_AFTER_NAME_RE = re.compile(
    r"\s*\((?:[^()]{0,40}?,\s*)?(\d{1,3})\)"
    r"|\s*(?:\([^()\d]{1,40}\))?,\s+(\d{1,3})(?=,\s|\.?\s*$)"
    # …also where a two-digit age ends a sentence the splitter took for an ordinal: "und die
    # Lehrerin Name, 34. Bürgermeister X …" (a rank after a name is one digit: "Name, 2.
    # Vorsitzender").
    r"|,\s+([1-9]\d)(?=\.\s+[A-ZÄÖÜ])"
    # …or as the sentence's predicate: "Name ist 19 Jahre alt", "Name, 64 Jahre alt,".
    r"|(?:\s+(?:ist|war)|,)\s+(\d{1,3})\s+Jahre\s+alt\b"
)
AGE_BEFORE_NAME_RE = re.compile(
    r"\b(\d{1,3})(?:-jährige[nmr]?|\s+Jahre\s+alte[nmr]?)\s+(?:[A-ZÄÖÜ][\w-]*\s+){0,2}$"
)
AGE_REACH = 80  # characters before a name in which its age may stand
# "The 67-year-old has been …": an English age opening a sentence as its subject.
ENGLISH_AGE_OPENING_RE = re.compile(r"\s*The\s+(\d{1,3})-year-old\s+[a-z]")
# "der 52-Jährige", "die 34-jährige Landrätin": an age used as a name, with its gender.
AGE_PHRASE_RE = re.compile(r"\b([Dd]er|[Dd]ie)\s+(?:\w+\s+)?(\d{1,3})-(?:Jährige|jährige\s)")


# A voice announced with no name: "kam aus dem Publikum ein Ruf", "Aus den Reihen der CDU kam
# ein Zwischenruf", "eine Stimme aus dem Saal".
VOICE_NOUN_RE = re.compile(
    r"\b[Ee]ine?\s+(?:[a-zäöüß]\w*\s+)?(?:Ruf|Zwischenruf|Zuruf|Stimme|Einwurf|Schrei)\b"
)


UNNAMED_PERSON_RE = re.compile(
    r"\b([Ee]ine?)\s+(?:[a-zäöüß]\w*\s+){0,2}(?:[A-ZÄÖÜ]\w*(?:mann|frau)|Mann|Frau)\b"
)


# English brings in a person without a name as "Her flatmate", "A neighbour", "One voter":
# whom a following "he said" may mean as well as somebody named before.
ENGLISH_PERSON_NOUNS = sorted(
    english_roles.ROLE_NOUNS
    | set(
        "friend flatmate roommate neighbour neighbor wife husband partner son daughter mother "
        "father brother sister colleague voter supporter resident volunteer woman man aide".split()
    )
)
ENGLISH_OPENERS = frozenset("A An One Another Her His Their".split())  # opening the sentence
ENGLISH_UNNAMED_RE = re.compile(
    r"(?:A|An|One|Another|Her|His|Their)\s+(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(ENGLISH_PERSON_NOUNS)
    + r")s?\b"
)


def unnamed_in(frame: str, mentions: list[Mention]) -> frozenset[str]:
    """The genders of the people a sentence brings in without a name, as its subject or
    anywhere not after a preposition ("Draußen raucht ein Feuerwehrmann"), and VOICE when it
    announces a voice ("kam ein Zwischenruf"): whom a pronoun or quotation after it may mean."""
    genders = {
        _phrase_gender(m.text) or VOICE
        for m in mentions
        if m.kind == ROLE
        and m.person is None
        and not m.oblique
        and m.text.split()[0].lower() in INDEFINITE
        and any(german.is_role_noun(w) for w in m.text.split()[1:])  # a person, not "ein Amt"
    }
    opening = frame.lstrip()
    if opening[: opening.find(" ")] in ENGLISH_OPENERS and ENGLISH_UNNAMED_RE.match(opening):
        genders.add(VOICE)  # "Her flatmate disagreed.": somebody "he" may mean next
    if "ein" not in frame and "Ein" not in frame:
        return frozenset(genders)
    if VOICE_NOUN_RE.search(frame):
        genders.add(VOICE)
    for person in UNNAMED_PERSON_RE.finditer(frame):
        # ("ein Mann", "eine junge Frau", "ein Feuerwehrmann": no role noun, still a person)
        if not _is_oblique(frame, person.start()):
            genders.add("m" if person.group(1).lower() == "ein" else "f")
    return frozenset(genders)


@dataclass(frozen=True, eq=False)
class Referent:
    """Somebody the passage may be about: a known person or a phrase ("die Polizei")."""

    name: str
    gender: str | None = None  # "m", "f", "n" or None
    record: PersonRecord | None = None


class Speakers:
    """Finds speaker phrases in a sentence's frame and resolves them; keeps the passage's focus."""

    def __init__(self, people: PeopleIndex, author: str | None = None) -> None:
        self.people = people
        # The article's one author, whose first-person sayings ("Ich sage …: „…“") are theirs.
        self.author = author
        self.focus: Referent | None = None
        self.last_speaker: Referent | None = None
        self.spoke_at = -1  # the sentence the last speaker spoke in
        self.since_speaker = 0  # sentences since somebody was last quoted
        self.last_subject: Referent | None = None  # the previous sentence's subject
        # When that subject was a surname several people share ("Pahlmann erscheint"): them.
        self.last_sharers: list[PersonRecord] = []
        # When that sentence was about two people together ("X und Y kennen sich", then "…,
        # räumen beide ein"): them, so that "sagt sie" after it is not taken for either.
        self.last_group: list[PersonRecord] = []
        self.outgoing: set[str] = set()  # people the text calls outgoing holders of their role
        # Somebody unnamed whom the last sentence's named subject addressed ("Ein Rentner steht
        # am Zaun. Probe grüßt ihn."): a "sagt er" after it may be either of them.
        self.addressed_unnamed: Referent | None = None
        self.last_announced = False  # it named a person speaking but quoted nothing
        # When it asked somebody a question ("„…?“, fragte X die Landrätin"): the one asked,
        # who answers in the next sentence ("„…“, antwortete sie"); and the one who asked.
        self.last_asked: tuple[Referent, Referent] | None = None
        self.last_end = ""  # how the previous sentence ended (":" and "?" introduce a quote)
        self.last_asking = False  # its subject asked somebody ("fragte", "wollte wissen")
        self.last_question = False  # it ended in a question, quoted or not ("„…?“")
        # The previous sentence was about one named person and nobody else, quoting nothing.
        self.last_sole: Referent | None = None
        self.last_accusing = False  # the last sentence reported an accusation of somebody named
        self.last_sole_named = False  # … written there as a name, not a pronoun
        # … telling what they did, not what others say of them (Konjunktiv, "X soll …").
        self.last_sole_plain = False
        # It named nobody at all and quoted nothing ("Die Pflegekräfte versorgten … allein.").
        self.last_nobody = False
        # The genders of the people it brought in without a name ("Draußen raucht ein
        # Feuerwehrmann.": "m"), and VOICE when it announced a voice ("Aus dem Saal kam ein
        # Zwischenruf."): a pronoun or a quotation after it may be theirs, not somebody named
        # further back.
        self.last_unnamed: frozenset[str] = frozenset()
        # It named a text a known person wrote ("eine Erklärung Overkamps", "schrieb einen
        # Abschiedstext"): that person, whose words "Darin heißt es: „…“" then quotes.
        self.last_writer: Referent | None = None
        self.last_wording = False  # the last sentence was "Die Erklärung im Wortlaut:"
        self.ages_seen: set[str] = set()  # the ages the sentences read so far gave somebody
        self.opening = False  # the sentence being read opens a paragraph
        # The paragraph is a live ticker's time-stamped entry: one scene, and how many of its
        # sentences were read so far.
        self.scene = False
        self.scene_read = 0
        self.scene_people: list[Referent] = []  # whom the entry's sentences were about
        self.recent: list[Referent] = []  # most recent last
        self.current: list[Mention] = []  # the mentions of the sentence being read
        self.current_frame = ""  # … and its frame
        self.sentence_no = 0  # sentences read so far
        self.seen: dict[Referent, int] = {}  # the sentence each referent was last named in
        self.ages: dict[str, list[PersonRecord]] = {}  # the people the text gave each age
        # The people a sentence said won, it naming nobody else ("Gewonnen hat X mit 51,8
        # Prozent.", "X gewinnt mit 55,3 Prozent."): whom "der neue Landrat" recaps.
        self.winners: list[PersonRecord] = []
        self._referents: dict[int, Referent] = {}
        # The sentence being read: quoted names ("schrieb „Die Zeit“", "laut „Reuters“") by the
        # offset of their opening mark; a medium named in quotation marks is a source (MEDIUM).
        self.quoted_names: dict[int, tuple[int, str]] = {}
        # Mentions by frame: they depend only on the frame and this article's people, and each
        # sentence's frame is asked for several times (its quotes, its reported speech, after it).
        self._mentions: dict[str, list[Mention]] = {}
        # A surname (or other alias) several people of the article share, and its holders; and
        # the one holder the text named in full so far, who is whom the bare alias means until
        # a second holder is named ("Jana Beispiel … , erzählt Beispiel" before her brother
        # Tim Beispiel comes up; after him, "Beispiel" alone is unclear again: None).
        self._shared: dict[str, list[PersonRecord]] = {}
        for record in people.records:
            for alias in record.aliases():
                if people.get(alias) is None:
                    self._shared.setdefault(alias, []).append(record)
        self._bearer: dict[str, PersonRecord | None] = {}

    def _person(self, alias: str) -> PersonRecord | None:
        """The known person an alias names here (see `_bearer`); None when it is unclear."""
        person = self.people.get(alias)
        if person is None and alias in self._bearer:
            return self._bearer[alias]
        return person

    # --- finding phrases ------------------------------------------------------------------
    def mentions(self, frame: str) -> list[Mention]:
        """Every name, pronoun and role phrase in a frame (quotations blanked), left to right."""
        if frame not in self._mentions:
            self._mentions[frame] = self._find_mentions(frame)
        return list(self._mentions[frame])

    def _find_mentions(self, frame: str) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        if self.people.alias_finder is not None:
            for m in self.people.alias_finder.finditer(frame):
                record = self._person(m.alias)
                if m.genitive:  # genitive "Seebauers Sieg": about the person, not a speaker
                    found.append(Mention(m.start, m.end, m.text, NAME, record, True))
                else:
                    oblique = (
                        _is_oblique(frame, m.start)
                        or _addressed(frame, m.start, m.end)
                        or _fronted_object(frame, m.start, m.end)
                    )
                    found.append(Mention(m.start, m.alias_end, m.alias, NAME, record, oblique))
                taken.append((m.start, m.end))
        for word in PRONOUN_OR_ARTICLE_RE.finditer(frame):
            start = word.start()
            pronoun = word.group(1)
            if pronoun is not None:
                # (After a verb only the lower-case form: "Wollen Sie …" addresses somebody.)
                if pronoun.lower() == "sie" and (
                    _plural_verb_after(frame, start, word.end())
                    or (pronoun == "sie" and _plural_verb_before(frame, start))
                ):
                    # "…; sie glauben das nicht: „…“": several people, none of them alone.
                    found.append(Mention(start, word.end(), pronoun, UNNAMED))
                    continue
                gender = PRONOUN_GENDER[pronoun.lower()]
                governed = pronoun.lower() == "sie" and _after_preposition(frame, start)
                found.append(Mention(start, word.end(), pronoun, PRONOUN, None, governed, gender))
                continue
            if taken and any(a <= start < b for a, b in taken):
                continue
            end, has_role = _role_np_end(frame, start)
            if not has_role:
                continue
            text = frame[start:end]
            person = self._names_inside(text) or _apposed_person(frame, end, found)
            oblique = _is_oblique(frame, start) or _is_genitive_attribute(frame, start)
            found.append(Mention(start, end, text, ROLE, person, oblique))
            taken.append((start, end))
        # Stable: at one offset a name comes before a pronoun, as the names were found first.
        found.sort(key=lambda x: x.start)
        return found

    def _names_inside(self, text: str) -> PersonRecord | None:
        if self.people.alias_finder is None:
            return None
        match = self.people.alias_finder.search(text)
        return self._person(match.alias) if match and not match.genitive else None

    def phrase_at(self, frame: str, pos: int, verb: str | None = None) -> Mention | None:
        """The speaker phrase right at `pos` (after a cue verb or "so"), adverbs skipped. Right
        after a `verb`, a dative or accusative phrase is its object, passed over: "sagte dem
        „Spiegel“ der Minister", "forderte den Konzern auf" (nobody); but "zitiert den
        Minister" quotes him."""
        after_verb = verb is not None and not german.quotes_somebody(verb)
        medium = self._quoted_name_at(frame, pos)
        if medium is not None and not (after_verb and _object_before(frame, pos, medium.start)):
            return medium
        in_object = False
        skipped = 0
        for w in _words(frame, pos, 7):
            if not PHRASE_GAP_BREAKS.isdisjoint(frame[pos : w.start()]):
                return None
            word = w.group(0)
            low = word.lower()
            # (Only a particle some known name holds can open one: "von" in most texts opens none.)
            particle = low in german.NAME_PARTICLES and any(
                word in p.name for p in self.people.records
            )
            named = self._particle_name(frame, w.start()) if particle else None
            if named is not None and not in_object:
                return named
            if after_verb and (low in german.OBLIQUE_DETERMINERS or low in OBLIQUE_POSSESSIVES):
                in_object = True
                continue
            if in_object:
                in_object = not word[:1].isupper()  # the object ends with its noun
                continue
            if low in PRONOUN_GENDER:
                if low == "sie" and _plural_cue_before(frame, pos):
                    # "…, sagen sie": a plural verb, so several people, none of them alone.
                    return Mention(w.start(), w.end(), word, UNNAMED)
                gender = PRONOUN_GENDER[low]
                return Mention(w.start(), w.end(), word, PRONOUN, None, False, gender)
            if low in UNNAMED_VOICES or low in GROUP_WORDS:  # "ruft jemand:", "riefen einige:"
                return Mention(w.start(), w.end(), word, UNNAMED)
            one = ONE_OF_GROUP_RE.match(frame, w.start()) if low in ONE_OF_WORDS else None
            if one is not None:
                # "sagt einer von ihnen", "ruft eine der Frauen": one voice the text does not
                # name, whom a "sagt er" after it goes on with (not a man named before).
                return Mention(one.start(), one.end(), one.group(0), OTHER)
            if low in german.DETERMINERS or word[:1].isupper():
                return self._phrase_from(frame, w.start()) or self._attributed_name(frame, w)
            # Up to two adverbs may stand between: "sagte gestern der Minister".
            # (Right after the verb only: "So sieht es auch X" says X shares a view, not it.)
            adverb = verb is not None and skipped == 0 and low in ADVERBS_BEFORE_SUBJECT
            if low in german.PREPOSITIONS or (low in german.NOT_VERBS and not adverb):
                return None
            if skipped >= 2:
                return None
            skipped += 1
        return None

    def _particle_name(self, frame: str, start: int) -> Mention | None:
        """A known person's name that opens with its particles: "sagte von der Lühe" is the
        person named so, not a phrase after the preposition "von"."""
        for w in _words(frame, start, 4):
            if w.group(0) in german.NAME_PARTICLES:
                continue
            named = self._phrase_from(frame, w.start())
            if named is None or named.kind != NAME or named.person is None:
                return None
            written = frame[start : named.end]
            if not named.person.name.endswith(written):
                return None
            return replace(named, start=start, text=written)
        return None

    def _attributed_name(self, frame: str, article: re.Match[str]) -> Mention | None:
        """A name after an article and a participle attribute: "schrieb die in Rom geborene
        Sängerin Lea Moll" is Lea Moll. Only a person the text names: "die in Rom lebende
        Mutter des Opfers" names nobody."""
        if article.group(0).lower() not in german.NOMINATIVE_DETERMINERS:
            return None
        attribute = PARTICIPLE_ATTRIBUTE_RE.match(frame, article.end())
        if attribute is None:
            return None
        named = self._phrase_from(frame, attribute.end())
        return named if named is not None and named.kind == NAME else None

    def _quoted_name_at(self, frame: str, pos: int) -> Mention | None:
        """A medium named in quotation marks right at `pos`: „Die Zeit“, die „Computerwoche“."""
        for at, (end, text) in self.quoted_names.items():
            if at >= pos and ARTICLE_GAP_RE.fullmatch(frame[pos:at]):
                return Mention(at, end, _medium_description(text), OTHER)
        return None

    def _phrase_from(self, frame: str, start: int) -> Mention | None:
        if self.people.alias_finder is not None:
            m = self.people.alias_finder.match(frame, start)
            if m and not m.genitive:
                return Mention(start, m.alias_end, m.alias, NAME, self._person(m.alias))
        end, has_role = _role_np_end(frame, start, limit=14)
        # A name in apposition: "der Vorsitzende des Verbandes, Elmar Gesse".
        after = APPOSITION_NAME_RE.match(frame[end:])
        if after and has_role:
            end += after.end()
        text = frame[start:end].strip()
        if not text:
            return None
        first = text.split()[0]
        if first in ADDRESS_GENDER:  # "sagt Frau Kühn": the woman of that name, if known
            person = self._names_inside(text)
            return Mention(start, end, text, NAME, person) if person is not None else None
        if first in german.SENTENCE_STARTERS and first.lower() not in german.DETERMINERS:
            return None
        if german.is_opening_adverb(first) or text.lower() in german.DETERMINERS:
            return None
        person = self._names_inside(text)
        if person is not None:
            return Mention(start, end, text, NAME, person)
        if has_role or AGE_NOUN_RE.search(text):
            return Mention(start, end, text, ROLE)
        words = text.split()
        if len(words) <= 6 and _may_speak(words):
            return Mention(start, end, text, OTHER)
        return None

    def clause_subject(self, frame: str, end: int) -> Mention | None:
        """The subject of the clause before `end` when it is no known person: the phrase that
        opens it ("Die Bewohner des Dorfes sehen …:") or follows its verb ("In der ARD zeigt
        sich der Bundestrainer zufrieden:")."""
        clause_start = max(frame.rfind(". ", 0, end), frame.rfind("? ", 0, end)) + 1
        if has_digit(frame):
            # "Kreisbote live, 19:30: Eine Leserin schreibt:": a feed's entry opens after its
            # time stamp; the channel before it is no subject.
            for stamp in ENTRY_STAMP_RE.finditer(frame, clause_start, end):
                clause_start = stamp.end()
        match = FIRST_WORD_RE.match(frame[clause_start:end])
        if not match:
            return None
        first = match.group(1)
        pos = clause_start + match.start(1)
        medium = self._quoted_name_at(frame, pos)
        after_medium = frame[medium.end : end].split()[:1] if medium is not None else []
        if medium is not None and after_medium and after_medium[0][:1].islower():
            return medium  # "Die „Lokalpost“ schreibt: „…“"
        # (Not an object put first: "Den Landrat X kritisierte die Opposition scharf: „…“";
        # but "Dem Landrat zufolge" is a source.)
        object_first = (
            first.lower() in german.OBLIQUE_DETERMINERS and " zufolge" not in frame[pos:end]
        )
        if not object_first and (
            first.lower() in german.DETERMINERS
            or (first[:1].isupper() and first not in german.SENTENCE_STARTERS)
        ):
            mention = self._phrase_from(frame, pos)
            if mention is not None and mention.end <= end:
                after = frame[mention.end : end].split()
                if after and after[0].startswith("@"):  # "Der Account @name teilte …"
                    handle_end = frame.index(after[0], mention.end) + len(after[0])
                    mention = replace(
                        mention, end=handle_end, text=frame[mention.start : handle_end]
                    )
                    after = after[1:]
                # A verb follows the subject, or a colon a possessor's words ("Ihr Fazit:").
                possessive = first.lower() in POSSESSIVES
                # ("Landrat zu werden, sei …": an infinitive's object, no subject.)
                verb_follows = bool(after) and after[0][:1].islower() and after[0] != "zu"
                if (after == [":"] and possessive) or verb_follows:
                    verb_end = frame.find(after[0], mention.end) + len(after[0])
                    if (
                        mention.kind == OTHER
                        and " " not in mention.text
                        and after[0] in COPULAS
                        and after[1:2]
                        and (after[1] in POSSESSIVES or after[1] in german.DETERMINERS)
                    ):
                        # "Legendär ist sein Satz vom Empfang: „…“": a predicate before its
                        # copula, the subject after it.
                        return self.phrase_at(frame, verb_end)
                    inverted = self._quoted_name_at(frame, verb_end)
                    if inverted is not None and inverted.end <= end and mention.kind == OTHER:
                        return inverted  # "Schärfer urteilt die „Zeitung“: „…“": the paper
                    return mention
        for verb in VERB_RE.finditer(frame[:end]):
            if verb.start() < clause_start:
                continue
            if verb.group(1) in german.CUE_VERBS or verb.group(1) in german.FINITE_VERBS:
                mention = self.phrase_at(frame, verb.end(), verb.group(1))
                if mention is None or mention.end > end:
                    continue
                # After "ist", "zeigt sich" only a person or role speaks ("zeigt sich der
                # Trainer zufrieden:"); "ist die Wahl „ein Weckruf“" names no voice.
                if mention.kind not in (OTHER, UNNAMED) or verb.group(1) in german.CUE_VERBS:
                    return mention
        return None

    # --- resolving ------------------------------------------------------------------------
    def referent(self, record: PersonRecord) -> Referent:
        """The one referent that stands for a known person."""
        key = id(record)
        if key not in self._referents:
            self._referents[key] = Referent(record.name, record.gender, record)
        return self._referents[key]

    def resolve(self, mention: Mention | None) -> Referent | None:
        """Whom a phrase means: a known person, or the phrase itself when it names nobody known."""
        if mention is None:
            return None
        if mention.person is not None:
            return self.referent(mention.person)
        if mention.kind == UNNAMED:
            return None
        if mention.kind == NAME:
            return None  # a surname several people of the article share: the text is unclear
        if mention.kind == PRONOUN:
            return self._pronoun_target(mention.gender, mention.start)
        first = mention.text.split()[0].lower() if mention.text.split() else ""
        if first in POSSESSIVES:
            head = next((w for w in reversed(mention.text.split()) if w[:1].isupper()), "")
            counterpart = _counterpart_gender(head)
            if mention.kind == ROLE or head.lower() in KIN_NOUNS or counterpart is not None:
                # "sagte ihr Anwalt", "Seine Freundin sah das anders", "Ihr Konkurrent": somebody
                # else, unnamed, unless the article gave that role to one person ("Sein
                # Kapitän" is its one Kapitän).
                holder = self._role_holder(mention.text) if mention.kind == ROLE else None
                if holder is not None:
                    return self.referent(holder)
                shown = _described(mention.text)
                return Referent(shown, _phrase_gender(shown) or counterpart)
            # "Seine Zuversicht …:", "Ihr Fazit:" – the possessor speaks; but not in "Ihre
            # Antwort:" right after the one the pronoun would mean asked ("Ida fragt nach …").
            target = self._pronoun_target(POSSESSIVES[first], mention.start)
            if head.lower().startswith("antwort") and self.last_asking:
                asker = self.last_subject
                if target is not None and asker is not None and target.name == asker.name:
                    return None
            return target
        if first in FIRST_PERSON_POSSESSIVES:
            return None  # "mein Vater": the text does not say who
        shown = _described(mention.text)  # ("Dem Wahlleiter zufolge": "der Wahlleiter", "m")
        if first in INDEFINITE:  # "ein Polizeisprecher": unnamed, shown as the text says it
            return Referent(shown, _phrase_gender(shown))
        gender = _phrase_gender(shown)
        if mention.kind == ROLE:
            person = self._role_target(mention.text, mention.continuing)
            if person is not None:
                return self.referent(person)
            bare = shown.split()[0].lower() not in german.DETERMINERS
            if bare and mention.text[:1].isupper() and german.party_in(shown) is None:
                # "sagen Anwohner", "Kritiker sprechen von …": a role noun without an article
                # and without a name is a group (a singular German noun needs its article),
                # shown as the description it is ("die Anwohner"), never like a name; a bare
                # office keeps its own article ("laut Wahlvorstand": "der Wahlvorstand").
                article = german.noun_article(shown.split()[0], role=False) or "die"
                if shown.endswith("ern") and " " not in shown:
                    shown = shown[:-1]  # the dative plural "von Beobachtern": "die Beobachter"
                return Referent(f"{article} {shown}", None)
        return Referent(shown, gender)

    def _candidates(self, before: int | None) -> list[Referent]:
        """Whom a pronoun or role phrase may mean, nearest first: people named earlier in this
        sentence (before offset `before`), the previous sentence's subject, then everybody the
        passage named, most recent first."""
        found: list[Referent] = []
        if before is not None:
            said_from = self._closing_cue_statement(before)
            named_subject = any(
                m.kind == NAME and m.person is not None and not m.oblique and m.start < before
                for m in self.current
            )
            for mention in reversed(self.current):
                # (Not a name after a preposition: "hat für X Plakate geklebt, obwohl sie …";
                # but the author of a text the sentence names when nobody else is its subject:
                # "Für Aufsehen sorgte ein Post des Ortsvorsitzenden X. „…“, schrieb er.")
                if (
                    mention.start >= before
                    or said_from <= mention.start
                    or _fronted_object(self.current_frame, mention.start, mention.end)
                    or (
                        _is_oblique(self.current_frame, mention.start)
                        and (named_subject or not _authored(self.current_frame, mention.start))
                    )
                ):
                    continue
                if mention.kind == NAME and mention.person is not None:
                    found.append(self.referent(mention.person))
                elif mention.kind == ROLE and mention.text.split()[0].lower() in INDEFINITE:
                    # "Ein Anwohner hatte geklagt; er macht geltend, …": somebody the
                    # text does not name, whom the pronoun means before anybody named earlier.
                    found.append(Referent(_tidy(mention.text), _phrase_gender(mention.text)))
                elif (
                    mention.kind == ROLE
                    and mention.text.split()[0].lower() in german.NOMINATIVE_DETERMINERS
                ):
                    # "Die Kämmerin widersprach: Das Geld fehle, sagte sie": the sentence's own
                    # subject, whoever holds that role, before the last woman quoted; when the
                    # text does not say who holds it, the description itself (nobody named),
                    # unless it may be the previous subject again ("Nebenan wohnt X. Die
                    # Nachbarin …, wie sie sagt").
                    if mention.text.split()[-1].endswith("innen"):
                        continue  # "Die Kolleginnen hätten …, sagt sie": several, not her
                    described = self.resolve(mention)
                    last = self.last_subject
                    if described is None or (
                        described.record is None
                        and last is not None
                        and last.gender == described.gender
                    ):
                        continue
                    found.append(described)
        if self.last_subject is not None:
            found.append(self.last_subject)
        found += [
            r for r in reversed(self.recent) if self.sentence_no - self.seen[r] <= RECENT_REACH
        ]
        unique: list[Referent] = []
        for referent in found:
            if referent not in unique:
                unique.append(referent)
        return unique

    def _closing_cue_statement(self, at: int) -> int:
        """Where what was said starts, when the word at `at` is the subject of a cue closing it
        ("X habe …, sagte er"): a name there is somebody talked about, whom the pronoun does
        not mean. (A name before a colon introduces the speaker: "X sagte dazu: „…“, so er.")
        Past the end of the sentence when the word stands in no such cue."""
        frame = self.current_frame
        comma = frame.rfind(",", 0, at)
        between = frame[comma + 1 : at].split() if comma >= 0 else []
        if not (len(between) == 1 and (between[0] == "so" or german.is_cue_verb(between[0]))):
            return len(frame)
        # The cue closes its clause: "…, sagte er am Abend." (not "…, said he voted for …").
        if len(german.CLAUSE_END_RE.split(frame[at:], maxsplit=1)[0].split()) > 4:
            return len(frame)
        said_from = frame.rfind(":", 0, comma) + 1
        # Only what is reported in Konjunktiv talks about the name in it ("X habe …"), or
        # what opens with a pronoun as its subject ("Sie wird wohl X wählen, sagt sie"); in
        # "X ist zuversichtlich, sagt sie" the name may well be hers.
        opening = frame[said_from:comma].split()[:1]
        by_pronoun = bool(opening) and opening[0].lower() in PRONOUN_GENDER
        if not (by_pronoun or german.has_subjunctive(frame[said_from:comma], strict=True)):
            return len(frame)
        return said_from

    def _pronoun_target(self, gender: str | None, before: int | None = None) -> Referent | None:
        """The nearest person of the pronoun's gender named in the last few sentences; nobody
        when two such people stand there and the nearer one was not the last subject, or when a
        person of unknown gender comes first (unless they were the last subject). After a
        sentence about a shared surname, the one sharer of the pronoun's gender ("Pahlmann
        erscheint. Er gratuliert." with a brother and a sister Pahlmann), or nobody."""
        named_here = [
            m
            for m in self.current
            if m.kind == NAME and (before is None or m.start < before) and m.person is not None
        ]
        if self.scene and not named_here and not self.scene_people:
            # "21.05 Uhr: Altenhain geht zu ihr. „…“, sagt er": a ticker's entry is a scene of
            # its own; a man of an earlier entry is not whom "er" means when no sentence of
            # this one was about anybody the rules could tell (a surname alone): nobody.
            return None
        if self.last_asked is not None and not named_here:
            asked, asker = self.last_asked
            if asked.gender == gender:
                # "„…?“, fragte X die Landrätin. „…“, antwortete sie": the one asked answers;
                # nobody when the one who asked would fit as well.
                return asked if asker.gender != gender else None
        if self.last_sharers and not named_here:
            fitting = [p for p in self.last_sharers if p.gender == gender]
            return self.referent(fitting[0]) if len(fitting) == 1 else None
        addressed = self.addressed_unnamed
        if addressed is not None and addressed.gender == gender and not named_here:
            return None  # "Ein Rentner steht da. Probe grüßt ihn. „…“, sagt er": unclear
        if self.last_group and not named_here:
            fitting = [p for p in self.last_group if p.gender == gender]
            # (One of them whose gender no first name or role tells may be meant as well.)
            unknown = [p for p in self.last_group if p.gender is None]
            if len(fitting) > 1 or (fitting and unknown):
                return None  # "X und Y kennen sich … . „…“, sagt sie": either of them
            if len(fitting) == 1:
                return self.referent(fitting[0])
        last = self.last_speaker
        if (
            not named_here
            and self.since_speaker == 0
            and last is not None
            and last.record is not None
            and last.gender == gender
            and self.last_subject is not None
            and self.last_subject.record is None
        ):
            # "X nannte das Ergebnis „bitter“. Der Verein habe zu spät geworben. Aufgeben
            # werde man nicht, sagte sie": the sentence before went on with X's words, and what
            # they were about (the club) is no voice; she goes on.
            return last
        introduced = self.last_end == ":" and (
            self.last_subject is None or self.last_subject.record is None
        )
        if introduced and not named_here:
            # "Ein Ehepaar am Marktplatz, beide über 70:" introduces voices the text does not
            # name: "sagt sie" is one of them, not a woman named before.
            return self.last_subject
        candidates = self._candidates(before)
        for i, referent in enumerate(candidates):
            if referent.gender is None and referent.record is not None:
                # Somebody whose gender the text does not tell may be meant: only the previous
                # sentence's subject is taken so, and nobody beyond them.
                return referent if i == 0 and referent is self.last_subject else None
            if referent.gender is None and i == 0 and referent is self.last_subject:
                # "A retired bus driver said he …. “…,” he said.": the one the previous
                # sentence was about, whom the text does not name, before anybody named.
                return referent
            if referent.gender == gender:
                rivals = [c for c in candidates[i + 1 :] if c.gender == gender and c.record]
                # (Who spoke in the sentence just before goes on: "Kruse ergänzte, …. Ihm
                # zufolge …. Das könne er nicht sagen, betonte er.")
                just_spoke = self.since_speaker == 0 and referent == self.last_speaker
                if rivals and referent is not self.last_subject and i > 0 and not just_spoke:
                    return None  # two women (or men) named just before: the text is unclear
                if (
                    not named_here
                    and referent is not self.last_subject
                    and not just_spoke
                    and (gender in self.last_unnamed or VOICE in self.last_unnamed)
                ):
                    # "Kluge stellt ihm ein Wasser hin. Draußen raucht ein Feuerwehrmann.
                    # „…“, sagt er": the man just brought in, or the one named before; the text
                    # does not say which.
                    return None
                last = self.last_speaker
                if (
                    self.opening
                    and self.last_end != ":"
                    and last is not referent
                    and last in rivals
                ):
                    # A paragraph opening with "sie" after a sentence about one woman and the
                    # words of another ("Seibold schüttelt den Kopf.¶Was sie mitnimmt, erzählt
                    # sie: „…“"): news turns to either of them so, the text does not say which.
                    return None
                return referent
        return None

    def _role_holders(
        self, phrase: str, party: str | None = None, bare: bool = True
    ) -> list[PersonRecord]:
        """The people the article gave the role a phrase names (of `party`, if given)."""
        role_words = [_role_key(w) for w in phrase.split() if german.is_role_noun(w)]
        return [
            p
            for p in self.people.records
            if role_words
            and _holds_role(_role_keys(tuple(p.roles)), role_words, bare=bare)
            and (party is None or p.party in (None, party))
        ]

    def _role_holder(self, phrase: str) -> PersonRecord | None:
        """The one person the article gave the role a phrase names; None when none or several."""
        holders = self._role_holders(phrase)
        return holders[0] if len(holders) == 1 else None

    def learn_ages(self, frame: str, mentions: list[Mention], subject: Referent | None) -> None:
        """Remember the ages a sentence gives named people ("Carina Wolf (34)", "der
        38-jährige Thiele"), and the age that opens a sentence about the previous one's
        subject ("Name gewann. Die 52-Jährige war bisher …")."""
        if not has_digit(frame):
            return
        for mention in mentions:
            if mention.kind != NAME or mention.person is None:
                continue
            after = AGE_AFTER_NAME_RE.match(frame, mention.end)
            lead = max(0, mention.start - AGE_REACH)
            before = AGE_BEFORE_NAME_RE.search(frame, lead, mention.start)
            if after is not None:
                self._learn_age(
                    after.group(1) or after.group(2) or after.group(3) or after.group(4),
                    mention.person,
                )
            if before is not None:
                self._learn_age(before.group(1), mention.person)
        recap = AGE_PHRASE_RE.match(frame.lstrip())
        if recap is not None and subject is not None and subject.record is not None:
            gender = "m" if recap.group(1).lower() == "der" else "f"
            if subject.gender == gender:
                self._learn_age(recap.group(2), subject.record)

    def aged_opening(self, frame: str) -> Referent | None:
        """The person an age opening the sentence means, when the text gave that age to one
        person of its gender ("Die 52-Jährige war bisher …")."""
        if not has_digit(frame):
            return None
        recap = AGE_PHRASE_RE.match(frame.lstrip())
        person = self._aged(recap.group(0)) if recap is not None else None
        english = ENGLISH_AGE_OPENING_RE.match(frame) if recap is None else None
        if english is not None:
            # "The 67-year-old has …": English gives the age no gender; the one person of it.
            holders = self.ages.get(english.group(1), [])
            person = holders[0] if len(holders) == 1 else None
        return self.referent(person) if person is not None else None

    def _learn_age(self, age: str, person: PersonRecord) -> None:
        holders = self.ages.setdefault(age, [])
        if person not in holders:
            holders.append(person)

    def _aged(self, phrase: str) -> PersonRecord | None:
        """The one person of the phrase's gender the text gave the age it names ("sagte der
        46-Jährige" after "der 46 Jahre alte Unternehmer Name"); None when none or several."""
        found = AGE_PHRASE_RE.search(phrase)
        if found is None:
            return None
        gender = "m" if found.group(1).lower() == "der" else "f"
        fitting = [p for p in self.ages.get(found.group(2), []) if p.gender in (None, gender)]
        return fitting[0] if len(fitting) == 1 else None

    def _aged_otherwise(self, person: PersonRecord, phrase: str) -> bool:
        """Did the text give `person` an age other than the one the phrase names?"""
        ages = AGE_NUMBER_RE.findall(phrase)
        return any(person in holders for age, holders in self.ages.items() if age not in ages)

    def _role_target(self, phrase: str, continuing: bool) -> PersonRecord | None:
        """The person a definite role phrase means: the one person the article gave that role
        (of the phrase's party, if it names one) or the age it names; nobody when none or
        several hold it."""
        words = phrase.split()
        owner = _person_owner_at(words)
        if owner is not None:
            # "der Sprecher des Landrats", "die Tochter der Bürgermeisterin": the head noun is
            # somebody else than the person the genitive names; only the head is matched.
            holders = self._role_holders(" ".join(words[:owner]))
            return holders[0] if len(holders) == 1 else None
        role_words = [_role_key(w) for w in words if german.is_role_noun(w)]
        aged = AGE_NOUN_RE.search(phrase) is not None  # "die 52-Jährige": nobody's role, a recap
        if aged and words[0].lower() in DEFINITE_SUBJECT_DETERMINERS:
            by_age = self._aged(phrase)
            if by_age is not None:
                return by_age
        member = _is_member_noun(words[-1])  # "der Christdemokrat", "die Grüne", "der CDU-Mann"
        if (
            not (role_words or aged or member)
            or words[0].lower() not in DEFINITE_SUBJECT_DETERMINERS
        ):
            return None  # an indefinite "ein Sprecher" introduces somebody new
        party = german.party_in(phrase)
        by_role = self._role_holders(phrase, party, bare=len(words) <= 3) if role_words else []
        if NEW_HOLDER_WORDS.intersection(w.lower() for w in words):
            decided, person = self._new_holder(by_role, phrase)
            if decided:
                return person
        if len(by_role) > 1 and OLD_HOLDER_WORDS.intersection(w.lower() for w in words):
            # "die scheidende Oberbürgermeisterin" beside the new one: the one who did not win.
            by_role = [p for p in by_role if not _has_role_end(p, WINNER_ROLE_ENDS)]
        if len(by_role) > 1 and not _deputy(_role_key(w) for w in words):
            # "der Bürgermeister" beside the "Zweiter Bürgermeister" or the "früheren
            # Bürgermeister": the head of the office, not the deputy or the one before, whom
            # the text would call so.
            heads = [p for p in by_role if not _deputy(_role_keys(tuple(p.roles)))]
            by_role = heads if len(heads) == 1 else by_role
        if len(by_role) == 1:
            return by_role[0]
        if len(by_role) > 1:
            # "die Vorsitzende" beside a man and a woman who chair something: the one of the
            # phrase's gender, when both genders are known; else the text does not say which
            # ("der Präsident" with two presidents named).
            gender = _singular_gender(words)
            fitting = [p for p in by_role if p.gender in (gender, None)]
            if gender is not None and len(fitting) == 1 and fitting[0].gender == gender:
                return fitting[0]
            return None
        if any(w.endswith(WINNER_ROLE_ENDS) for w in role_words):
            # "Gewonnen hat X gegen Y. Y gratulierte. „…“, sagte der Wahlsieger": whom the text
            # said won, never the last subject who lost.
            gender = _singular_gender(words) or _phrase_gender(phrase)
            won = [p for p in self.winners if p.gender in (gender, None)]
            if won:
                return won[0] if len(won) == 1 else None
        # Nobody was given this role. It is how the text goes on about the last speaker when it
        # says their party ("„…“, so Brenner. Der Kreisvorsitzende der SPD verwies darauf, …"),
        # and, as the cue closing a quotation, about the last speaker or the last sentence's
        # subject ("„…“, betonte Brenner. „…“, so der unterlegene Herausforderer"; "Krell
        # gratulierte. „…“, sagte der Oberbürgermeister"), when the gender fits. Anything
        # looser (the person just named, the last subject before any sentence) named the wrong
        # person on the quotation data and our texts more often than the right one ("…, verlas
        # der Verteidiger. Der Angeklagte habe …"; "…, darunter der Angeklagte. Der Ermittler").
        feminine = any(german.is_feminine_role(w) for w in words)
        gender = _member_gender(words[-1]) or ("f" if feminine else _phrase_gender(phrase))
        if gender not in ("f", "m"):
            return None
        if party is not None:
            # "die AfD-Politikerin" when the article names one woman of that party: her.
            members = [p for p in self.people.records if p.party == party and p.gender == gender]
            of_party = [p for p in self.people.records if p.party == party]
            if not members and len(of_party) == 1 and of_party[0].gender is None:
                # ("Hilke X (CDU) … Die CDU-Politikerin": the one person of the party, whose
                # first name tells no gender.)
                members = of_party
            if len(members) == 1 and not self._partyless_nearby(gender):
                return members[0]
            # (Or the one announced as speaking: "Ganz anders sah das X.")
            about = self.last_sole or (self.last_subject if self.last_announced else None)
            sole = about.record if about is not None else None
            if not members and sole is not None and sole.party is None and sole.gender == gender:
                # "Ganz anders sah das Sabine Ketterer. Die Grünen-Stadträtin lehnte … ab.": the
                # one person the sentence before was about, whose party the text had not said.
                sole.party = party
                return sole
        if HOST_OR_GUEST.intersection(w.lower() for w in words):
            # "der Gastgeber", "ihr Gast", a role nobody was given: said only where host and
            # guest are both present, so the last subject or speaker is as likely the other.
            return None
        # An age recaps somebody just named also as the subject before a cue ("Die 41-Jährige
        # sagte, …"), and when the last subject was somebody else, the one person of its gender.
        person = self._recapped(continuing or aged, party is not None)
        if aged and person is not None and self._aged_otherwise(person, phrase):
            # "Der 38-Jährige will X ablösen. … sagt der 58-Jährige": not the man the text
            # said is 38.
            return None
        if aged and person is not None and self._group_rival(person):
            # "Muster und Ost stehen an der Bar. „…“, sagt der 58-Jährige": either man, the
            # text gave the age to neither.
            return None
        # (An age may recap somebody whose gender the text does not tell: "sagte Petersen. …
        # „…“, sagte der 47-Jährige".)
        fits = person is not None and person.gender in ((gender, None) if aged else (gender,))
        if aged and party is None and not fits:
            person = self._one_named_of(gender, AGE_NUMBER_RE.findall(phrase))
            fits = person is not None
        if person is None or not fits:
            return None
        if party is not None and person.party != party:
            return None
        # The role the text gave them so ("!zitat Landesvorsitzender" finds them), also behind
        # an age ("die 56-jährige Rechtsanwaltsfachangestellte"); an age is no part of it.
        role = " ".join(w for w in words[1:] if not AGE_WORD_RE.fullmatch(w))
        if role_words or (aged and role[:1].isupper()):
            person.add_role(role)
        return person

    def _group_rival(self, person: PersonRecord) -> bool:
        """Did the last sentence have `person` in a joint subject with another person of their
        gender?"""
        return person in self.last_group and any(
            p is not person and p.gender == person.gender for p in self.last_group
        )

    def _partyless_nearby(self, gender: str) -> bool:
        """Was a person of this gender whose party the text did not say named in the last few
        sentences? Then "die Sozialdemokratin" may well be her ("Die Ratsfrau X ist seit 1994
        in der SPD. …, sagte die Sozialdemokratin"), not the one woman the text gave the party."""
        return any(
            r.record is not None
            and r.record.party is None
            and r.gender == gender
            and self.sentence_no - self.seen[r] <= RECENT_REACH
            for r in self.recent
        )

    def _new_holder(
        self, holders: list[PersonRecord], phrase: str
    ) -> tuple[bool, PersonRecord | None]:
        """Whom "die neue Oberbürgermeisterin" means, if that is decided here: the one person
        of its gender the article calls the winner or successor ("Wahlsiegerin",
        "Nachfolgerin"); nobody when two of that gender hold the role or ran for it (the
        incumbent "Oberbürgermeisterin X" beside her challenger, two candidates). Otherwise
        (False, None): the phrase is read as any role phrase."""
        feminine = any(german.is_feminine_role(w) for w in phrase.split())
        gender = "f" if feminine else _phrase_gender(phrase)
        of_gender = [p for p in self.people.records if p.gender == gender]
        winners = [p for p in of_gender if _has_role_end(p, WINNER_ROLE_ENDS)]
        if not winners:  # ("Gewonnen hat X (CDU). Der neue Landrat …": whom the text said won)
            winners = [p for p in self.winners if p.gender == gender]
        if len(winners) == 1:
            return True, winners[0]
        if holders and all(p.name in self.outgoing for p in holders):
            return True, None  # "der scheidende Ortsbrandmeister X": the new one is somebody else
        contenders = [p for p in of_gender if p in holders or _has_role_end(p, RUNNER_ROLE_ENDS)]
        if len(winners) > 1 or len(contenders) > 1:
            return True, None
        return False, None

    def _one_named_of(self, gender: str, ages: list[str]) -> PersonRecord | None:
        """The one person of `gender` the last sentences named ("… gewann gegen Amtsinhaber X.
        „…“, sagte die 46-Jährige"), when the gender of all of them is known, the last sentence
        was not about somebody unnamed ("Eine Wählerin …") and the text gave the age to nobody
        before ("ein 39 Jahre alter Mann … Der 39-Jährige gab an"); else nobody."""
        if self.last_subject is not None and self.last_subject.record is None:
            return None
        if not self.ages_seen.isdisjoint(ages):
            return None
        recent = [
            r.record
            for r in self.recent
            if r.record is not None and self.sentence_no - self.seen[r] <= RECENT_REACH
        ]
        if any(p.gender is None for p in recent):
            return None
        fitting = [p for p in recent if p.gender == gender]
        return fitting[0] if len(fitting) == 1 else None

    def recapped(self) -> PersonRecord | None:
        """Whom a closing cue's age recaps ("“…,” the 38-year-old said"): see `_recapped`."""
        return self._recapped(True, False)

    def _recapped(self, continuing: bool, names_party: bool) -> PersonRecord | None:
        """Whom an unheld role may recap: as a closing cue, the last speaker if they spoke in
        the sentence before, else that sentence's subject; with a party, the last speaker
        within `PARTY_ROLE_REACH` sentences; otherwise nobody."""
        if continuing:
            if self.since_speaker == 0 and self.last_speaker is not None:
                return self.last_speaker.record
            return self.last_subject.record if self.last_subject is not None else None
        if names_party and self.last_speaker and self.since_speaker <= PARTY_ROLE_REACH:
            return self.last_speaker.record
        return None

    def standalone_speaker(self, quote_alone: bool) -> Referent | None:
        """Who speaks a quotation that has no cue of its own, when the text says it plainly
        enough: the subject of a question or colon sentence just before it ("Inwiefern er …
        unterstützen wird? „…“"), for a quotation standing alone right after somebody's
        quotation, that speaker going on (not after a question or an accusation, which the one
        asked or accused may be answering), and right after a sentence about one known person and
        nobody else, quoting nothing, that person (in the same paragraph, also when a pronoun
        names them in a plain sentence: "Sie lächelt. „…“"; or the last speaker going on in
        the next). Anything weaker (the passage's focus, a speaker two sentences
        back, a person named among others) names nobody: on the quotation data those fallbacks
        named the wrong person about as often as the right one, and a quotation under the wrong
        name is worse than one without a name. A live ticker's time-stamped entry is one short
        scene, though: there the known subject of the sentence before speaks."""
        if self.last_end in (":", "?") and self.last_subject is not None:
            return self.last_subject
        if self.last_speaker is not None and self.since_speaker == 0 and quote_alone:
            if self.last_accusing or self.last_asking or self.last_question:
                # "X warf Y vor, … . „Das stimmt nicht.“", "X wollte wissen, wer … . „…“",
                # "X hakte nach. „…?“ „…“": the one who spoke going on, or the one accused or
                # asked answering; the text does not say which.
                return None
            return self.last_speaker
        sole = self.last_sole if quote_alone and not self.last_asking else None
        if sole is not None and not self.opening:
            # "X steigt auf einen Stuhl. „…“": the one person just named; "Sie lächelt. „…“"
            # when "sie" is one person plainly.
            return sole
        if sole is not None and sole is self.last_speaker and self.since_speaker == 1:
            return sole  # "„…“, sagt X. Die 31-Jährige hat … gearbeitet.¶„…“": X goes on
        if (
            quote_alone
            and self.last_nobody
            and not self.last_unnamed
            and self.since_speaker == 1
            and not self.opening
            and self.last_speaker is not None
            and self.last_speaker.record is not None
        ):
            # "Das koste Zeit, ruft X. Die Kräfte versorgten … allein. „…“": one sentence
            # naming nobody between X's words and the quotation in X's paragraph: X goes on.
            return self.last_speaker
        if self.last_announced and quote_alone:
            return self.last_subject  # "Für die SPD antwortete Dörte Fahrenholz. „…“"
        if self.scene and self.scene_read > 0 and self.last_subject is not None:
            # "18.15 Uhr: X steigt auf einen Stuhl. „…“"
            return self.last_subject if self.last_subject.record is not None else None
        return None

    def answerer(self, gender: str | None) -> Referent | None:
        """Who answers with "antwortete sie" right after somebody else's question ("Kling hakte
        nach: Ob das nicht am Logo liege? „…“, antwortete sie"): the one who spoke in the
        sentence before the question, when the pronoun fits them; else None."""
        last = self.last_speaker
        asked = self.last_end == "?" and self.sentence_no - self.spoke_at == 1
        if last is None or not asked or last is self.last_subject or last.gender != gender:
            return None
        return last

    def sentence_done(
        self,
        speaker: Referent | None,
        subject: Referent | None,
        end: str,
        frame: str = "",
        sharers: list[PersonRecord] | None = None,
        subject_at: int = 0,
    ) -> None:
        """Remember what the sentence just read (its `frame`) said, for the quotations that
        follow it; `sharers` are the people whose shared surname was its subject, which stands
        at offset `subject_at`."""
        self.sentence_no += 1
        self.scene_read += 1
        if self.scene:
            self.scene_people += [r for r in (speaker, subject) if r is not None]
        if has_digit(frame):
            self.ages_seen.update(AGE_NUMBER_RE.findall(frame))
        if ("ew" in frame or "ieg" in frame) and WON_RE.search(frame):
            self._learn_winner(frame)
        self.last_sharers = sharers or []
        # A sentence whose known subject speaks, with nothing quoted: it announces what follows.
        # (Not a person named after the cue, past a comma: "Der Verband verlangte seinen
        # Rücktritt, weil er …" does not announce him.)
        # (The cue is looked for only where it can matter: an unquoted sentence's known subject.)
        known_subject = speaker is None and subject is not None and subject.record is not None
        cue = (
            german.first_cue_verb(frame) or german.STANCE_RE.search(frame)
            if known_subject
            else None
        )
        self.last_announced = cue is not None and not (
            subject_at > cue.end() and _in_later_clause(frame, cue.end(), subject_at)
        )
        # "X warf Y vor, …": the accused, whose answer may follow without a cue of its own.
        self.last_accusing = (
            speaker is not None
            and ("wirf" in frame or "warf" in frame or "schuldig" in frame or "zichtig" in frame)
            and ACCUSING_RE.search(frame) is not None
            and any(
                m.kind == NAME and m.person is not None and m.person is not speaker.record
                for m in self.current
            )
        )
        if speaker is not None:
            self.last_speaker = speaker
            self.spoke_at = self.sentence_no
            self.since_speaker = 0
            self.attend(speaker)
        elif (
            subject is not None
            and subject is not self.last_speaker
            and (not german.has_subjunctive(frame, strict=True) or _speaks_in_indicative(frame))
        ):
            # The text turned to somebody else ("Auch X nahm Stellung."), or somebody else
            # spoke whom the cue does not tell ("X will etwas anderes: Er habe …, sagte er"):
            # what follows does not go on reporting the last speaker.
            self.since_speaker = CHAIN_BROKEN
        else:
            self.since_speaker += 1
        if self.opening and speaker is None:
            # News opens a paragraph for a new topic or speaker: a paragraph whose first
            # sentence does not report the last speaker has left them, and Konjunktiv later in
            # it is somebody else's ("Die Stadtwerke wiesen das zurück. Die Preise seien …").
            self.since_speaker = CHAIN_BROKEN
        self.opening = False
        self.last_subject = subject
        # ("Ida wollte wissen, ob … . Die Antwort: „…“": the subject asked, so did not answer.)
        self.last_asking = ("frag" in frame or "wissen" in frame) and bool(ASKING_RE.search(frame))
        if subject is not None and speaker is None:
            self.attend(subject)
        self.last_end = end

    def _learn_winner(self, frame: str) -> None:
        """Remember the one person a sentence saying somebody won names."""
        named = {
            id(m.person): m.person
            for m in self.mentions(frame)
            if m.person is not None and frame[: m.start].split()[-1:] != ["gegen"]
        }  # ("X gewinnt gegen Y": Y lost)
        if len(named) == 1:
            person = next(iter(named.values()))
            if person not in self.winners:
                self.winners.append(person)

    def sharing(self, mention: Mention) -> list[PersonRecord]:
        """The people whose surname a name mention that resolved to nobody is."""
        if mention.kind != NAME or mention.person is not None:
            return []
        surname = mention.text.split()[-1]
        return [p for p in self.people.records if p.name.split()[-1] == surname]

    def source_unnamed(self) -> None:
        """The sentence just read reports with a cue of its own a source the rules could not
        name ("Einer Meldung der Agentur zufolge sei …"): Konjunktiv after it goes on with
        that source, not with the speaker before it."""
        self.since_speaker = CHAIN_BROKEN

    def paragraph_begins(self, scene: bool = False) -> None:
        """The next sentence opens a paragraph (see `sentence_done`); a `scene` when it is a
        live ticker's time-stamped entry (see `standalone_speaker`)."""
        self.opening = True
        self.scene = scene
        self.scene_read = 0
        self.scene_people = []

    def forget_speaker(self) -> None:
        """After a sentence saying somebody did not say something (or was not there), no later
        quotation may fall back on the speaker or the passage's focus."""
        self.last_group = []
        self.last_speaker = None
        self.last_subject = None
        self.last_sole = None  # ("X war nicht gekommen. Die Wahl sei fair gewesen.": not his)
        self.focus = None
        self.since_speaker = CHAIN_BROKEN

    # --- the passage's focus --------------------------------------------------------------
    def attend(self, referent: Referent | None) -> None:
        """The passage is now about `referent` (a speaker or a sentence's subject)."""
        if referent is None:
            return
        self.focus = referent
        if referent in self.recent:
            self.recent.remove(referent)
        self.recent.append(referent)
        self.seen[referent] = self.sentence_no

    def learn_outgoing(self, mention: Mention) -> None:
        """Remember a person the text gives their role as leaving it ("der scheidende
        Ortsbrandmeister X"): "der neue Ortsbrandmeister" is never them."""
        if mention.person is not None and not OLD_HOLDER_WORDS.isdisjoint(
            w.lower() for w in mention.text.split()
        ):
            self.outgoing.add(mention.person.name)

    def mentioned(self, person: PersonRecord | None) -> None:
        """A person named in the sentence just read is now the most recent one named."""
        if person is None:
            return
        # (Most articles share no surname: then nobody's aliases are computed here.)
        for alias in person.aliases() if self._shared else ():
            if alias not in self._shared or self._bearer.get(alias) is person:
                continue
            # The first holder named, or a second one: then the alias is unclear again.
            self._bearer[alias] = None if alias in self._bearer else person
            self._mentions.clear()  # (mentions found before depended on whom it meant)
        referent = self.referent(person)
        if referent in self.recent:
            self.recent.remove(referent)
        self.recent.append(referent)
        self.seen[referent] = self.sentence_no


PRONOMINAL_ADVERB_RE = re.compile(
    r"(?:[Dd]a|[Ww]o|[Hh]ie)r?"
    r"(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|vor|zu)?"
)


def _speaks_in_indicative(frame: str) -> bool:
    """Has the sentence a speech cue of its own in the indicative ("sagte", not "zeige")?"""
    cue = german.first_cue_verb(frame)
    return cue is not None and cue.group(0) not in german.KONJUNKTIV_I


def _in_later_clause(frame: str, start: int, at: int) -> bool:
    """Does a clause of its own open between `start` and `at` ("verlangte seinen Rücktritt,
    weil er …")? A comma before an apposition opens none ("spricht der Mann am Fenster,
    Geschäftsführer X")."""
    comma = frame.rfind(",", start, at)
    if comma < 0:
        return False
    opener = frame[comma + 1 : at].split()[:1]
    return (
        not opener
        or opener[0].lower() in german.NOT_VERBS
        or opener[0].lower() in german.DETERMINERS
    )


def _may_speak(words: list[str]) -> bool:
    """Can a phrase that names no known person or role be a speaker: an organisation, a medium,
    a name ("Computerwoche", "die Deutsche Welle")? Not "Darin", "Das Fazit", "Der Grund", "die
    Beschäftigung der …", "Die Nacht": pronominal adverbs, cue, abstract and time nouns do not
    speak."""
    content = [w for w in words if w.lower() not in german.DETERMINERS]
    capitalised = [w.strip(",.;:") for w in content if w[:1].isupper()]
    if not capitalised or PRONOMINAL_ADVERB_RE.fullmatch(capitalised[0]):
        return False
    head = capitalised[0]
    if german.CUE_NOUNS.fullmatch(head) or german.is_abstract_noun(head):
        # "Ihr Fazit:" is what its possessor says; "Das Fazit" speaks for nobody.
        return german.is_institution_noun(head) or words[0].lower() in POSSESSIVES
    return not (
        head in german.NOT_NAME_WORDS or german.is_opening_adverb(head) or german.is_time_noun(head)
    )


# Words ending in -en that may follow a clause-opening "sie" without being its verb.
NOT_PLURAL_VERBS = frozenset(
    "einen jeden keinen diesen allen beiden ihnen denen morgen gegen eben oben unten neben "
    "seinen ihren meinen unseren".split()
)
MAIN_CLAUSE_JOINS = frozenset("und aber doch denn".split())


def _plural_verb_after(frame: str, start: int, end: int) -> bool:
    """Does "sie" open a main clause before a plural finite verb ("Sie glauben …", "…; sie
    fürchten …", "…, und sie sagen …")? Then it means several people: in that place the
    next word is the verb, and a singular one ends otherwise ("sie glaubt", "sie sagte")."""
    before = frame[:start].rstrip()
    opens = not before or before[-1] in ",;:" or before.split()[-1] in MAIN_CLAUSE_JOINS
    following = frame[end:].split()[:1]
    verb = following[0] if following else ""
    return (
        opens
        and verb.endswith("en")
        and verb.isalpha()
        and verb.islower()
        and verb not in NOT_PLURAL_VERBS
    )


def _plural_verb_before(frame: str, start: int) -> bool:
    """Does "sie" follow a plural finite verb in its clause ("…, schenken sie keinen Glauben",
    "Dann gehen sie")? Not after a preposition or article ending so ("gegen sie", "den sie")."""
    before = frame[:start].split()
    verb = before[-1] if before else ""
    return (
        verb.endswith("en")
        and verb.isalpha()
        and verb.islower()
        and verb not in NOT_PLURAL_VERBS
        and verb not in german.PREPOSITIONS
        and verb not in german.DETERMINERS
    )


def _plural_cue_before(frame: str, pos: int) -> bool:
    """Is the word before `pos` a cue verb in the plural ("sagen", "erklärten"), also one the
    cue list has only in the singular ("schreiben" for "schreibt", "betonten" for "betonte",
    "fordern" for "fordert")?"""
    before = frame[:pos].split()
    verb = before[-1] if before else ""
    if not (verb.endswith("en") or verb.endswith("rn")) or not verb.islower():
        return False
    singular = (verb, verb[:-2] + "t", verb[:-1] + "t", verb[:-1])
    return any(german.is_cue_verb(form) for form in singular)


def _person_owner_at(words: list[str]) -> int | None:
    """Where a genitive naming a person starts in a phrase ("der Sprecher [des Landrats]",
    "die Tochter [der Bürgermeisterin]"); None when the phrase has none ("der Vorsitzende der
    CDU": a party owns no words)."""
    for i in range(2, len(words) - 1):
        if words[i].lower() not in ("des", "der"):
            continue
        owner = words[i + 1 :]
        if any(german.is_role_noun(w) or w.lower() in KIN_NOUNS for w in owner):
            return i
        return None
    return None


def _counterpart_gender(noun: str) -> str | None:
    """The gender of a noun for somebody's counterpart ("Gesprächspartnerin": "f"), else None."""
    low = noun.strip(".,;:").lower()
    return next((g for tail, g in COUNTERPART_GENDER.items() if low.endswith(tail)), None)


def _phrase_gender(text: str) -> str | None:
    first = text.split()[0].lower() if text.split() else ""
    if any(german.is_feminine_role(w) for w in text.split()[:4]):
        return "f"
    kin = [KIN_GENDER[w.lower()] for w in text.split()[:4] if w.lower() in KIN_GENDER]
    if kin:
        return kin[0]  # "Ihre Mutter", "sein Bruder": the noun says it, not "ihre"
    if first in ("der", "ein", "dieser") or text.startswith("einer"):
        return "m"  # ("einer von ihnen": one man of a group)
    if first in ("die", "eine", "diese"):
        return "f"  # or plural: "sie" can mean both
    if first in ("das", "dieses"):
        return "n"
    return None


def _singular_gender(words: list[str]) -> str | None:
    """The gender a singular role phrase says: a role in -in ("die Kandidatin"), or "der" /
    "die" before a role noun not ending in -n ("der Vorsitzende", "die Abgeordnete"; "die
    Vorsitzenden" is plural, "der Abgeordneten" genitive or dative)."""
    roles = [w for w in words if german.is_role_noun(w)]
    if not roles:
        return None
    if german.is_feminine_role(roles[-1]):
        return "f"
    first = words[0].lower()
    if roles[-1].strip(".,;:").endswith("n") or first not in ("der", "die"):
        return None
    return "m" if first == "der" else "f"


@lru_cache(maxsize=german.WORD_CACHE_SIZE)
def _role_key(word: str) -> str:
    """A role noun without a party or place prefix and declension: "Grünen-Kreissprecherin" →
    "kreissprecherin", "OB-Kandidaten" → "ob-kandidat"."""
    word = word.strip(".,;:").lower()
    parts = word.split("-")
    if len(parts) > 1 and german.party_in(parts[0].capitalize() + "-") is not None:
        parts = parts[1:]
    if len(parts) > 1 and german.party_in(parts[0].upper()) is not None:
        parts = parts[1:]
    word = "-".join(parts)
    if word.endswith("s") and german.is_role_noun(word[:-1].capitalize()):
        word = word[:-1]  # the genitive: "des neuen Bürgermeisters X" holds "Bürgermeister"
    if word.startswith("rathauschef"):
        # News calls the (Ober)Bürgermeister "der Rathauschef": the same office.
        word = "bürgermeister" + word.removeprefix("rathauschef")
    return DECLENSION_END_RE.sub("", word)


@lru_cache(maxsize=german.WORD_CACHE_SIZE)
def _role_keys(roles: tuple[str, ...]) -> frozenset[str]:
    """The role keys of every word of a person's roles (memoised: a person's roles are asked
    about for every role phrase of the article)."""
    return frozenset(_role_key(w) for role in roles for w in role.split())


# A sentence saying somebody won the vote: "gewinnt", "hat … gewonnen", "siegte".
WON_RE = re.compile(r"\b(?:[Gg]ewinnt|[Gg]ewann|[Gg]ewonnen|[Ss]iegt|[Ss]iegte|gesiegt)\b")
# "die neue Oberbürgermeisterin", "der künftige Landrat": the one who won, not the incumbent.
NEW_HOLDER_WORDS = frozenset(
    "neue neuer neuen künftige künftiger künftigen designierte designierter designierten "
    "gewählte gewählter gewählten".split()
)
# A deputy's or a former holder's words, as role keys: "Zweiter Bürgermeister",
# "stellvertretende Landrätin", "Vizebürgermeisterin", "des früheren Bürgermeisters".
DEPUTY_WORDS = frozenset({"zweit", "dritt", "früher", "ehemalig", "einstig"})
DEPUTY_STARTS = ("stellvertret", "vize")


def _deputy(keys: Iterable[str]) -> bool:
    """Do these role keys make somebody a deputy or a former holder, not the office's head?"""
    return any(k in DEPUTY_WORDS or k.startswith(DEPUTY_STARTS) for k in keys)


OLD_HOLDER_WORDS = frozenset(
    "scheidende scheidender scheidenden bisherige bisheriger bisherigen amtierende amtierender "
    "amtierenden abgewählte abgewählter abgewählten".split()
)
# The ends of the role keys (see `_role_key`) of who won an election ("Wahlsiegerin",
# "Nachfolger") and of who ran in it ("Herausforderin", "OB-Kandidat", "Bewerber").
WINNER_ROLE_ENDS = ("sieg", "siegeri", "gewinn", "gewinneri", "nachfolg", "nachfolgeri")
RUNNER_ROLE_ENDS = ("herausforder", "herausforderi", "kandidat", "kandidati", "bewerb", "bewerberi")
COMPOUND_HEAD_MIN = 5  # "der Minister" is the Innenminister; "Rat" is no Landrat's head
# Compounds that are no kind of their head: a Staatsanwalt is nobody's "Anwalt" ("sein Anwalt"
# is the defendant's, the Rechtsanwalt).
NOT_A_KIND_OF_HEAD = ("staatsanw", "oberstaatsanw")


def _holds_role(keys: frozenset[str], role_words: list[str], bare: bool) -> bool:
    """Does a person with these role keys hold one of the roles? A compound names its head's
    role too: the "Innenminister" is "der Minister", the "Fraktionschef" "der Chef" – but only
    for a `bare` phrase: "der Sprecher des Weißen Hauses" is not any spokesman."""
    return any(
        word in keys
        or (
            bare
            and len(word) >= COMPOUND_HEAD_MIN
            and any(k.endswith(word) and not k.startswith(NOT_A_KIND_OF_HEAD) for k in keys)
        )
        for word in role_words
    )


def _has_role_end(person: PersonRecord, ends: tuple[str, ...]) -> bool:
    """Does one of the person's role keys end so ("wahlsieg" ends with "sieg")?"""
    return any(key.endswith(ends) for key in _role_keys(tuple(person.roles)))


def _object_before(frame: str, pos: int, at: int) -> bool:
    """ "dem „Spiegel“": the quoted name right at `pos` follows an oblique article."""
    return frame[pos:at].strip().lower() in german.OBLIQUE_DETERMINERS


def _medium_description(name: str) -> str:
    """ "Westfälische Rundschau" → "die „Westfälische Rundschau“", "Die Zeit" → "die „Zeit“"; a
    name whose head noun says no article ("Reuters") is shown as it is."""
    first, _, rest = name.partition(" ")
    if first.lower() in DEFINITE_ARTICLES and rest:
        return f"{first.lower()} „{rest}“"
    head = name.split()[-1].lower()
    for article, ends in MEDIUM_ARTICLES:
        if head.endswith(ends):
            return f"{article} „{name}“"
    return name


# The nominative of an oblique determiner opening a description, for every gender, and for the
# feminine only ("der Sprecherin" is never a subject; "der Sprecher" is).
NOMINATIVE_OF_OBLIQUE = {"dem": "der", "einem": "ein", "seinem": "sein", "ihrem": "ihr"}
FEMININE_NOMINATIVE = {"der": "die", "einer": "eine", "seiner": "seine", "ihrer": "ihre"}


def _described(text: str) -> str:
    """A description shown in the one form a subject has, its determiner in lower case,
    wherever in the sentence it stood: "Seine Frau sagt" → "seine Frau", "Dem Kämmerer zufolge"
    → "der Kämmerer", "Der Sprecherin zufolge" → "die Sprecherin"."""
    first, _, rest = _tidy(text).partition(" ")
    low = first.lower()
    owned = OWNED_RE.fullmatch(_tidy(text))
    if owned is not None and (german.is_role_noun(rest) or rest.lower() in KIN_GENDER):
        # "Albers’ Sprecherin", "Vennemanns Schwester": "die Sprecherin von Albers", a
        # description like "die Sprecherin des Landrats", not a name.
        article = "die" if _phrase_gender(f"die {rest}") == "f" else "der"
        return f"{article} {rest} von {owned.group(1)}"
    if low not in german.DETERMINERS or not rest or german.party_named_with_article(text):
        return _tidy(text)
    low = NOMINATIVE_OF_OBLIQUE.get(low, low)
    if _phrase_gender(text) == "f":
        low = FEMININE_NOMINATIVE.get(low, low)
    return f"{low} {rest}"


# A name in the genitive before a noun: "Albers’ Sprecherin", "Vennemanns Schwester".
OWNED_RE = re.compile(rf"([A-ZÄÖÜ][\w-]*?){german.GENITIVE_PATTERN}\s+[A-ZÄÖÜ][\w-]*")


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" ,")
