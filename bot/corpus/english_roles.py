"""Roles English wire copy gives a person: "Political scientist NAME", "incumbent mayor NAME",
"NAME, a 36-year-old geologist running for the Greens,", "The party's state chairman, NAME,".

English writes role nouns in lower case, where German capitalises them, so none of the German
role rules sees them. The role is kept in English, as the text writes it, without the words of
the moment ("incumbent", "former", "36-year-old"), but with the noun or adjective that makes the
office ("political scientist", "campaign manager", "state chairman", "deputy mayor").
"""

from __future__ import annotations

import re

ROLE_NOUNS = frozenset(
    "mayor candidate incumbent scientist chairman chairwoman chair manager councillor "
    "councilor leader teacher schoolteacher officer engineer adviser advisor geologist "
    "paediatrician pediatrician spokesman spokeswoman spokesperson minister governor president "
    "secretary member lawyer economist analyst professor director official commissioner "
    "treasurer clerk doctor nurse farmer pensioner student activist".split()
)
# Words that make an office with the noun after them ("campaign manager", "police officer").
OFFICE_WORDS = frozenset(
    "political campaign state police tax music lead committee parliamentary party city "
    "deputy council press group school district county returning election".split()
)
WORD_RE = re.compile(r"[A-Za-z][a-z-]*")
# "NAME, a 39-year-old paediatrician and mayor of …,": the phrase after ", a".
APPOSITION_AFTER_RE = re.compile(r",\s+(?:a|an|the)\s+([^,;.()“”\"]{3,100})")
# "The party's state chairman, NAME": up to four words, then a comma right before the name.
APPOSITION_BEFORE_RE = re.compile(r"((?:[A-Za-z’'-]+\s+){0,3}[a-z]+),\s*$")
TITLES_RE = re.compile(r"(?:\b(?:Dr|Prof)\.\s+)+$")
PREFIX_RE = re.compile(r"((?:[A-Za-z-]+\s+){0,2}[a-z]+)\s+$")


# Where an apposition's noun phrase ends: "mayor of the small town", "no relation of the chair".
PHRASE_END = frozenset("of for in at from with who which to".split())


def _role_in(words: list[str], last: bool = False) -> str | None:
    """The first (or `last`) role noun of `words` with the office words right before it."""
    order = range(len(words) - 1, -1, -1) if last else range(len(words))
    for i in order:
        word = words[i]
        if word in ROLE_NOUNS:
            start = i
            # (capitalised only as a phrase's first word: "Political scientist", not the
            # "Party" of a party's name, "Green Party candidate")
            while start > 0 and _office_word(words[start - 1], first=start == 1):
                start -= 1
            return " ".join(w.lower() for w in words[start : i + 1])
    return None


def _office_word(word: str, first: bool) -> bool:
    return (word.lower() if first else word) in OFFICE_WORDS


def roles_around(text: str, start: int, end: int) -> list[str]:
    """The English roles written right before the name at `start` or in apposition around it
    (the name ends at `end`)."""
    found = []
    before = text[max(0, start - 60) : start]
    if "Dr." in before or "Prof." in before:  # (every title has one: no search without)
        before = TITLES_RE.sub("", before)  # "Political scientist Dr. X"
    # Only a role noun right before the name (or before its comma) can start either phrase:
    # asked first, that spares the two searches nearly every German name.
    last = before.split()[-1:]
    if last and last[0].rstrip(",") in ROLE_NOUNS:
        prefix = PREFIX_RE.search(before)
        if prefix and prefix.group(1).split()[-1] in ROLE_NOUNS:
            found.append(_role_in(prefix.group(1).split(), last=True))
        appositive = APPOSITION_BEFORE_RE.search(before)
        if appositive and appositive.group(1).split()[-1] in ROLE_NOUNS:
            found.append(_role_in(appositive.group(1).split(), last=True))
    after = APPOSITION_AFTER_RE.match(text, end)
    if after:
        for part in after.group(1).split(" and "):
            words = WORD_RE.findall(part)[:6]
            ends = [i for i, w in enumerate(words) if w in PHRASE_END]
            found.append(_role_in(words[: ends[0]] if ends else words))
    return [role for role in found if role]
