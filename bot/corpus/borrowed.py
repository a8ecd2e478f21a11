"""Whose words are these really: words that stand next to a named person but are not theirs.

German news often puts somebody else's words beside a named person: what an unnamed colleague
or neighbour once told them ("Ein Kollege habe ihm gesagt, …" inside their account), or what
their campaign team, office or party put out ("Ihr Wahlkampfteam schrieb: „…“"). Giving such
words to the named person puts them in the wrong mouth; a wrong speaker is worse than none.
"""

from __future__ import annotations

import re

from bot.corpus.speakers import Mention, Referent

# Past participles of telling somebody something ("habe ihm gesagt", "habe ihr erzählt").
TOLD_PARTICIPLES = (
    "gesagt erzählt geschrieben versprochen berichtet versichert erklärt zugesagt geraten "
    "anvertraut zugerufen mitgeteilt geklagt gestanden verraten geschildert gemailt "
    "zugeflüstert vorgeworfen"
).split()

# A Konjunktiv main clause whose subject is somebody the text does not name, telling something
# in the perfect: "Eine Mutter habe ihr erzählt, …", "Ein Kollege aus dem Kreistag habe ihm
# gesagt, …". (Only "habe"/"hätte": "Ein Rücktritt sei nie angekündigt worden" is a passive
# whose speaker is still the one reporting.)
RETOLD_BY_UNNAMED_RE = re.compile(
    r"^\s*(?:[Ee]in|[Ee]ine)\s+(?:[a-zäöüß-]+\s+)?[A-ZÄÖÜ][\w-]*\b[^,;:.!?]{0,60}?"
    r"\b(?:habe|hätte)\b[^,;:.!?]{0,50}?\b(?:" + "|".join(TOLD_PARTICIPLES) + r")\b"
)


def retold_by_unnamed(frame: str) -> bool:
    """Does a Konjunktiv sentence retell what an unnamed somebody told the person reporting
    ("Eine Mutter habe ihr erzählt, ihr Sohn sei …")? Then it is that somebody's account, whom
    the text does not name: the report does not go on with the person who retells it."""
    return RETOLD_BY_UNNAMED_RE.match(frame) is not None


# Nouns (and the ends of compounds) naming a body that speaks for a person: "Ihr Wahlkampfteam",
# "Sein Büro", "Seine Fraktion", "Ihr Ministerium", "Seine Pressestelle".
ORGANISATION_ENDINGS = (
    "team stab büro partei fraktion kanzlei ministerium verwaltung stelle kampagne lager "
    "umfeld verband verein behörde firma unternehmen amt gewerkschaft initiative bündnis "
    "zentrale sekretariat vorstand mannschaft club klub gemeinde konzern sender redaktion"
).split()
OWNER_POSSESSIVES = frozenset("sein seine seiner seinem seines ihr ihre ihrer ihrem ihres".split())


def organisation_speaker(mention: Mention) -> Referent | None:
    """A body speaking for the person a possessive points to ("Ihr Wahlkampfteam schrieb: „…“"):
    the team speaks, shown as the text names it, not the person ("Ihr Fazit:" is still hers)."""
    words = mention.text.split()
    if mention.person is not None or len(words) < 2 or words[0].lower() not in OWNER_POSSESSIVES:
        return None
    head = next((w for w in reversed(words) if w[:1].isupper()), "").lower()
    if head and any(head.endswith(ending) for ending in ORGANISATION_ENDINGS):
        return Referent(" ".join(words))
    return None
