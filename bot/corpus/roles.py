"""A person's role as a reader looks it up: one office in its base form and the person's gender.

The text writes a role inside its sentence: inflected ("des OB-Kandidaten"), with the adjectives
of the moment ("der scheidende", "die neue", "die 46-jährige", "der Dortmunder"), with where the
office is held ("Bürgermeister von Werl", "Lehrer an einer Gesamtschule", "Kreissprecherin der
Grünen") and sometimes with words of the clause around it ("Am Abend erklärte Bürgermeisterin").
The role shown in `!wer`, in an excerpt's header and found by `!zitat <role>` is the office alone:
"OB-Kandidat", "Oberbürgermeisterin", "SPD-Vorsitzender" for a man. Kept are the words that make
another office ("stellvertretende Landrätin", "Erster Beigeordneter", "innenpolitische
Sprecherin", "Vorsitzender Richter", "ehemaliger Landrat") and, after a bare relational noun that
says nothing alone ("Leiterin", "Vorsitzende", "Sprecher"), its genitive ("Leiterin des
Ordnungsamts").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.corpus import german

ADJECTIVE_RE = re.compile(r"(?P<stem>[a-zäöüß]+)(?:e|en|er|es|em)$")
# A word that may stand between a role noun and its article: an adjective ("scheidende"), a
# place's adjective ("Dortmunder"), an age ("46-jährige"), an ordinal ("Ersten").
ATTRIBUTE_RE = re.compile(r"(?:[\w-]+(?:e|en|er|es|em)|\d+-jährige[nmrs]?)")
# Capitalised ordinals that are part of an office's title: "Erster Beigeordneter", "Zweite
# Bürgermeisterin".
ORDINAL_RE = re.compile(r"(?P<stem>Erst|Zweit|Dritt|Viert)(?:e|en|er|es|em)$")
# Adjectives that make another office, not a passing state of it: the deputy ("stellvertretende
# Landrätin"), the acting holder ("kommissarischer Bürgermeister"), the field of a party's
# spokesperson ("innenpolitische Sprecherin"), and one who no longer holds it ("frühere
# Lehrerin", "ehemaliger Landrat": without the word the role would say he still does).
OFFICE_ADJECTIVE_RE = re.compile(
    r"(?P<stem>(?:stellvertretend|kommissarisch|geschäftsführend|leitend|früher|ehemalig"
    r"|[a-zäöüß]*politisch))(?:e|en|er|es|em)$"
)
WEAK_NOUN_EN_RE = re.compile(
    r"(?P<stem>.*(?:kandidat|präsident|student|assistent|dezernent|referent|agent|demokrat"
    r"|bürokrat|diplomat|soldat|kollege|experte|aktivist|journalist|polizist|jurist|christ"
    r"|kommunist|sozialist|terrorist|analyst|ökonom|astronom|biologe|soziologe|psychologe"
    r"|politologe|philosoph|fotograf|architekt|mensch|nachbar|bauer|herr|fürst|graf|prinz"
    r"|zeuge|kunde|bote|löwe|held|narr|laie|kamerad|monarch|pilot|patriot|idiot))(?:en|n)$",
    re.IGNORECASE,
)
# Bare nouns that need their genitive to name an office: "Leiterin des Ordnungsamts",
# "Vorsitzender des Hochschulrats", "Sprecherin der Stadt". A compound says it itself
# ("Schulleiterin", "Fraktionsvorsitzender"): its genitive is where it is held, and goes.
RELATIONAL_NOUNS = frozenset(
    "leiter leiterin vorsitzende vorsitzender präsident präsidentin sprecher sprecherin "
    "vorsteher vorsteherin direktor direktorin".split()
)
GENITIVE_ARTICLES = frozenset("des der eines einer".split())
# A preposition that may hold the role itself when a phrase was cut too wide: "Abend von der
# Chefredakteurin des Lokalradios", "zusammen mit der Schulleiterin".
ROLE_PREPOSITIONS = frozenset("von vom mit".split())


def _is_head(word: str) -> bool:
    return word[:1].isupper() and (
        german.is_role_noun(word) or german.NOMINALISED_ROLE_RE.fullmatch(word) is not None
    )


def _prepositional_phrases(words: list[str]) -> list[tuple[int, int]]:
    """Where each prepositional phrase stands: its preposition up to its first capitalised
    word or number ("an der Fernuniversität", "seit sechs Jahren", "seit 2009"), as (start,
    end) indexes."""
    phrases = []
    i = 0
    while i < len(words):
        if words[i] in german.PREPOSITIONS:
            end = i + 1
            while end < len(words) and not (words[end][:1].isupper() or words[end][:1].isdigit()):
                end += 1
            phrases.append((i, min(end + 1, len(words))))
            i = end + 1
        else:
            i += 1
    return phrases


def _head(words: list[str]) -> int | None:
    """The office's noun: the first role noun outside a prepositional phrase that is no other
    name's title ("Jugendreferentin NAME zusammen mit der Schulleiterin": not "Jugendreferentin");
    of a run of role nouns the last ("Vorsitzende Richterin"). Failing that, the role noun of a
    "von"/"mit" phrase. None when the only role noun stands in another phrase ("seit Jahren im
    Gemeindevorstand" names a board, no office) or is another name's title ("vier ihr
    Gegenkandidat NAME": his role, not the person's the phrase follows)."""
    phrases = _prepositional_phrases(words)
    inside = {i for start, end in phrases for i in range(start, end)}

    def usable(i: int) -> bool:
        if not _is_head(words[i]):
            return False
        following = words[i + 1] if i + 1 < len(words) else ""
        # A capitalised word right after it that is no role: the role is that name's title.
        return not (following[:1].isupper() and not _is_head(following))

    for i in range(len(words)):
        if i not in inside and usable(i):
            while i + 1 < len(words) and i + 1 not in inside and _is_head(words[i + 1]):
                i += 1
            return i
    for start, end in phrases:
        if words[start] in ROLE_PREPOSITIONS:
            found = [i for i in range(start + 1, end) if usable(i)]
            if found:
                return found[0]
    return None


def _genitive(words: list[str], head: int) -> list[str]:
    """The genitive right after a relational head, to its noun, without lower-case adjectives:
    "des Zentralen Kriminaldienstes", "des Wahlamts" (of "des städtischen Wahlamts"), "des
    Narrenvereins" (of "des Narrenvereins Weststadt")."""
    after = words[head + 1 :]
    if not after or after[0] not in GENITIVE_ARTICLES:
        return []
    kept = [after[0]]
    for i, word in enumerate(after[1:], start=1):
        if not word[:1].isupper():
            continue  # "des städtischen Wahlamts": the office is the Wahlamt's
        kept.append(word)
        following = after[i + 1] if i + 1 < len(after) else ""
        if not (ADJECTIVE_RE.fullmatch(word.lower()) and following[:1].isupper()):
            return kept
    return []  # no noun: no genitive attribute


def _noun_base_form(word: str, gender: str | None) -> str:
    match = german.NOMINALISED_ROLE_RE.fullmatch(word)
    if match:
        return match.group("stem") + ("er" if gender == "m" else "e")
    if word.endswith("innen"):
        return word[:-3]  # "Sprecherinnen" → "Sprecherin"
    match = WEAK_NOUN_EN_RE.fullmatch(word)
    if match:
        return match.group("stem")
    if word.endswith("s") and not word.endswith("ss") and german.is_role_noun(word[:-1]):
        return word[:-1]  # genitive "des Politikers" → "Politiker"
    return word


def _modifier(word: str, gender: str | None) -> str | None:
    """An adjective that belongs to the office, in the nominative of the person's gender
    ("Ersten" → "Erster" for a man); None for any other ("neue", "Dortmunder", "46-jährige")."""
    ending = "er" if gender == "m" else "e"
    for pattern in (ORDINAL_RE, OFFICE_ADJECTIVE_RE):
        match = pattern.fullmatch(word)
        if match:
            return match.group("stem") + ending
    return None


@lru_cache(maxsize=german.WORD_CACHE_SIZE)  # the same roles come back in article after article
def base_form(role: str, gender: str | None) -> str | None:
    """A role phrase as the office of one person: "Dortmunder SPD-Vorsitzende" → "SPD-Vorsitzender"
    for a man; "unterlegenen OB-Kandidaten" → "OB-Kandidat"; "Bürgermeister von Werl" →
    "Bürgermeister"; "Leiterin des Ordnungsamts" stays. A phrase without a role noun comes back
    as written; None when its only role noun is no office of the person (see `_head`)."""
    words = role.split()
    if not any(_is_head(w) for w in words):
        return role
    head = _head(words)
    if head is None:
        return None
    office = [_noun_base_form(words[head], gender)]
    # Walk back over the adjectives of the head's own noun phrase, keeping the office's.
    for i in range(head - 1, -1, -1):
        word = words[i]
        if i == head - 1 and _is_head(word):
            office.insert(0, _noun_base_form(word, gender))  # "Vorsitzende Richterin"
        elif not ATTRIBUTE_RE.fullmatch(word) or word.lower() in german.DETERMINERS:
            break
        elif modifier := _modifier(word, gender):
            office.insert(0, modifier)
    if office[-1].lower() in RELATIONAL_NOUNS:
        office.extend(_genitive(words, head))
    return " ".join(office)
