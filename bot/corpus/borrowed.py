"""Whose words are these really: words that stand next to a named person but are not theirs.

German news often puts somebody else's words beside a named person: what an unnamed colleague
or neighbour once told them ("Ein Kollege habe ihm gesagt, …" inside their account), or what
their campaign team, office or party put out ("Ihr Wahlkampfteam schrieb: „…“"). Giving such
words to the named person puts them in the wrong mouth; a wrong speaker is worse than none.
"""

from __future__ import annotations

import re

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
