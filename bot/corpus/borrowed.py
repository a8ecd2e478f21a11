"""Whose words are these really: words that stand next to a named person but are not theirs.

German news often puts somebody else's words beside a named person: what an unnamed colleague
or neighbour once told them ("Ein Kollege habe ihm gesagt, …" inside their account), or what
their campaign team, office or party put out ("Ihr Wahlkampfteam schrieb: „…“"), or what an
organisation or a medium holds ("Der Kreisverband hält dagegen, …" after a councillor
spoke). Giving such words to the named person puts them in the wrong mouth; a wrong
speaker is worse than none.
"""

from __future__ import annotations

import re

from bot.corpus import german
from bot.corpus.speakers import KIN_NOUNS, OTHER, PRONOUN, Mention, Referent

# Nouns (and the ends of compounds) naming a body that speaks for a person: "Ihr Wahlkampfteam",
# "Sein Büro", "Seine Fraktion", "Ihr Ministerium", "Seine Pressestelle".
ORGANISATION_ENDINGS = (
    "team stab büro partei fraktion kanzlei ministerium verwaltung stelle kampagne lager "
    "umfeld verband verein behörde firma unternehmen amt gewerkschaft initiative bündnis "
    "zentrale sekretariat vorstand mannschaft club klub gemeinde konzern sender redaktion"
).split()
OWNER_POSSESSIVES = frozenset("sein seine seiner seinem seines ihr ihre ihrer ihrem ihres".split())

# Past participles of telling somebody something ("habe ihm gesagt", "habe ihr erzählt").
TOLD_PARTICIPLES = (
    "gesagt erzählt geschrieben versprochen berichtet versichert erklärt zugesagt geraten "
    "anvertraut zugerufen mitgeteilt geklagt gestanden verraten geschildert gemailt "
    "zugeflüstert vorgeworfen gefragt"
).split()

# A Konjunktiv main clause whose subject is somebody the text does not name, telling something
# in the perfect: "Eine Mutter habe ihr erzählt, …", "Ein Kollege aus dem Kreistag habe ihm
# gesagt, …". (Only "habe"/"hätte": "Ein Rücktritt sei nie angekündigt worden" is a passive
# whose speaker is still the one reporting.)
RETOLD_BY_UNNAMED_RE = re.compile(
    r"^\s*(?:[Ee]in|[Ee]ine)\s+(?:[a-zäöüß-]+\s+)?[A-ZÄÖÜ][\w-]*\b[^,;:.!?]{0,60}?"
    r"\b(?:habe|hätte)\b[^,;:.!?]{0,50}?\b(?:" + "|".join(TOLD_PARTICIPLES) + r")\b"
)


KIN_HEADS = "|".join(kin.capitalize() for kin in sorted(KIN_NOUNS))  # Mutter|Vater|…

# The same told by somebody named by their tie to the teller, the quotation after a colon:
# "Seine Frau habe ihn gefragt: „…“", "Ihr Vater hatte ihr geraten: „…“".
RETOLD_BY_KIN_RE = re.compile(
    r"^\s*(?:Sein|Seine|Ihr|Ihre)\s+(?:[a-zäöüß-]+\s+)?(?:"
    + KIN_HEADS
    + r")\b[^,;:.!?]{0,60}?\b(?:habe|hätte|hat|hatte)\b[^;:.!?]{0,50}?\b(?:"
    + "|".join(TOLD_PARTICIPLES)
    + r")\b[^;:.!?]{0,20}:\s*$"
)


def retold_by_kin(before: str) -> bool:
    """Does the clause before a quotation's colon say that the teller's kin said it ("Seine
    Frau habe ihn gefragt: „…“")? Then the words are that unnamed relative's, not the
    teller's going on."""
    return RETOLD_BY_KIN_RE.match(before) is not None


def retold_by_unnamed(frame: str) -> bool:
    """Does a Konjunktiv sentence retell what an unnamed somebody told the person reporting
    ("Eine Mutter habe ihr erzählt, ihr Sohn sei …")? Then it is that somebody's account, whom
    the text does not name: the report does not go on with the person who retells it."""
    return RETOLD_BY_UNNAMED_RE.match(frame) is not None


# A main clause opening with an organisation or a medium as its subject, in the indicative:
# "Der Kreisverband hält dagegen, …", "Der Sender will wissen, dass …", "Die Zeitung will
# erfahren haben, …"; or saying where the words came from: "Aus dem Ministerium hieß es, …".
BODY_SUBJECT_RE = re.compile(
    r"^\s*(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?P<head>[A-ZÄÖÜ][\w-]*)"
    r"(?:\s+[A-ZÄÖÜ][\w-]*)?\s+[a-zäöüß]"
)
BODY_SOURCE_RE = re.compile(
    r"^\s*(?:Von|Aus)\s+(?:der|dem|den)\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?P<head>[A-ZÄÖÜ][\w-]*)"
    r"\s+(?:kam|kamen|kommt|kommen|hieß|heißt)\b"
)
ACRONYM_RE = re.compile(r"[A-ZÄÖÜ]{2,}[a-z]?")  # RVG, WDR, SPD, AfD
MEDIUM_ENDINGS = "portal zeitung sender agentur magazin blatt polizei regierung".split()
MAIN_CLAUSE_END_RE = re.compile(r"[,:;]")


def _body(head: str) -> bool:
    """Does a noun name an organisation, an office or a medium rather than a person?"""
    low = head.lower()
    return ACRONYM_RE.fullmatch(head) is not None or any(
        low.endswith(ending) for ending in (*ORGANISATION_ENDINGS, *MEDIUM_ENDINGS)
    )


def body_says(frame: str) -> bool:
    """Is a Konjunktiv sentence's indicative main clause about what an organisation or a medium
    holds or found out ("Der Kreisverband hält dagegen, die Gebühren seien …")?
    Then the words are that body's, not the last speaker's going on."""
    main = MAIN_CLAUSE_END_RE.split(frame, maxsplit=1)[0]
    found = BODY_SUBJECT_RE.match(main) or BODY_SOURCE_RE.match(main)
    return (
        found is not None
        and _body(found.group("head"))
        and not german.has_subjunctive(main, strict=False)
    )


# Somebody the text does not name, opening a sentence: "Ein Kollege", "Eine ältere Frau",
# "Ihr Vater", "Seine Schwester".
UNNAMED_NP = (
    r"(?:(?:Ein|Eine)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*"
    r"|(?:Sein|Seine|Ihr|Ihre)\s+(?:" + KIN_HEADS + r")\b)"
)
UNNAMED_OPENING_RE = re.compile(r"\s*" + UNNAMED_NP)
# … as the subject of an indicative main clause, with a relative clause about them: "Ein
# Anrufer, der sich als … vorstellte, wollte wissen, ob …".
UNNAMED_SUBJECT_RE = re.compile(
    r"^\s*" + UNNAMED_NP + r"[^,;:.!?]{0,40},\s*(?:der|die)\s"
    r"[^,;:.!?]{1,120}?,\s*(?P<verb>[a-zäöüß]+)\b"
)
# … right before the sentence's cue verb: "Ein Kollege, der sie kennt, beschreibt sie so:",
# "Ihr Vater, der neben der Bühne stand, erzählte hinterher, dass …".
UNNAMED_CUE_SUBJECT_RE = re.compile(
    r"\s*(?P<np>" + UNNAMED_NP + r")"
    r"(?:\s+(?:aus|von|vom|der|des|im|in|bei|beim)\s+(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]*)?"
    r"(?:,\s+(?:der|die|welcher|welche)\s+[^,;:.!?]{1,80},)?\s+$"
)


def unnamed_subject_says(frame: str) -> bool:
    """Does the sentence's indicative main clause have an unnamed somebody as its subject
    ("Ein Anrufer, der …, wollte wissen, ob …")? What follows is theirs."""
    found = UNNAMED_SUBJECT_RE.match(frame)
    return found is not None and found.group("verb") not in (
        german.KONJUNKTIV_I | german.KONJUNKTIV_II
    )


def unnamed_cue_subject(frame: str) -> Mention | None:
    """The unnamed person whose cue opens the sentence ("Ein Kollege, der sie kennt, beschreibt
    sie so: Sie sei …"): they speak, described, not the person named by a pronoun or a name
    after the cue, and not the last person named before them."""
    if UNNAMED_OPENING_RE.match(frame) is None:
        return None
    cue = german.first_cue_verb(frame)
    if cue is None or german.quotes_somebody(cue.group(0)):
        return None  # ("Ein Sender zitierte X mit den Worten: „…“": X's words)
    found = UNNAMED_CUE_SUBJECT_RE.match(frame[: cue.start()])
    if found is None:
        return None
    return Mention(found.start("np"), found.end("np"), found.group("np"), OTHER)


def someone_else_says(frame: str) -> bool:
    """Does a Konjunktiv sentence say whose words it holds, somebody other than the last
    speaker: an unnamed somebody they retell or who asks, or an organisation or medium?"""
    return retold_by_unnamed(frame) or body_says(frame) or unnamed_subject_says(frame)


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


# "erinnerte an einen Satz des früheren Bürgermeisters X: „…“", "Sie erinnert sich an seine
# Antwort: „…“", "erinnerte ihn an seinen Rat: „…“": words somebody recalls are not their own.
RECALLED_RE = re.compile(
    r"\berinner\w*\s+(?:\w+\s+){0,2}?(?P<an>an)\s+(?:\w+\s+){0,2}?(?:[A-ZÄÖÜ]\w*s\s+)?"
    r"(?:Satz|Sätze|Spruch|Sprüche|Worte|Wort|Rat|Ratschlag|Antwort|Ausspruch|Mahnung|Warnung"
    r"|Frage|Bemerkung|Motto|Versprechen)\b[^:;„“]*:\s*$"
)


# "eröffnete mit einem Satz, den sie von einer Mutter aus Pirmasens gehört hat: „…“": words
# somebody heard from another, who is named after "von".
HEARD_RE = re.compile(
    r"\b(?:Satz|Sätze|Spruch|Worte|Frage|Antwort),\s+(?:den|die|das)\s+[^:;„“]{0,80}?"
    r"\b(?P<an>vo[nm])\s+[^:;„“]{1,60}\bgehört\s+(?:hat|hatte|habe|hätte)\s*:\s*$"
)


POSSESSIVE_AFTER_RE = re.compile(r"\s+(seine[nmrs]?|sein|ihre[nmrs]?|ihr)\s")

# "Seinen Satz von damals weiß sie noch: „…“", "Ihre Antwort kennt er auswendig:": somebody's
# words put first as the object of a sentence whose subject, a pronoun after the verb, recalls
# them. ("Ihr Fazit: „…“" and "Seine Antwort fiel knapp aus:" have no other subject: theirs.)
OWNED_WORDS_OBJECT_RE = re.compile(
    r"\s*(?P<owner>[Ss]eine[nmrs]?|[Ss]ein|[Ii]hre[nmrs]?|[Ii]hr)\s+(?:[a-zäöüß]\w*\s+)?"
    r"(?:Satz|Sätze|Spruch|Sprüche|Worte|Rat|Ratschlag|Antwort|Ausspruch|Mahnung|Warnung|Motto)"
    r"\b[^:;,„“]*?\s[a-zäöüß]+\s+(?:er|sie|ich|wir)\b[^:;,„“]*:\s*$"
)


def recalled(before: str, mentions: list[Mention]) -> tuple[bool, Mention | None]:
    """Does a colon right before a quotation close somebody recalling words ("Y erinnerte an
    den Satz des früheren Landrats X: „…“", "mit einem Satz, den Y von X gehört hat: „…“"),
    and whose words are they? The one person named after "an" or "von" (X, or "an Xs Satz"),
    or a possessive there ("an seinen Rat") to be resolved like a pronoun; nobody when the
    text names no one there or more than one."""
    if "erinner" not in before and "gehört" not in before:
        owned = OWNED_WORDS_OBJECT_RE.match(before) if before.lstrip()[:1] in "SsIi" else None
        if owned is None:
            return False, None  # (most quotations: no regular expression to try)
        word = owned.group("owner")
        gender = "m" if word.lower().startswith("sein") else "f"
        return True, Mention(owned.start(1), owned.end(1), word, PRONOUN, None, False, gender)
    found = RECALLED_RE.search(before) or HEARD_RE.search(before)
    if found is None:
        return False, None
    named = [
        m
        for m in mentions
        if found.start("an") < m.start < len(before) and m.person is not None and m.kind != PRONOUN
    ]
    owners = {id(m.person) for m in named}
    if owners:
        return True, (named[0] if len(owners) == 1 else None)
    # "erinnerte ihn an seinen Rat: „…“": the words of whom the possessive points to.
    possessive = POSSESSIVE_AFTER_RE.match(before, found.end("an"))
    if possessive is None:
        return True, None
    word = possessive.group(1)
    start = possessive.start(1)
    gender = "m" if word.lower().startswith("sein") else "f"
    return True, Mention(start, start + len(word), word, PRONOUN, None, False, gender)


# A name spoken to: opening the quotation or after a comma ("Hanna, du …", "…, Frau Berg!"),
# followed by a comma or closing it.
ADDRESSED_BEFORE = r"(?:^|[,–]\s*)(?:Herr\s+|Frau\s+)?"
ADDRESSED_AFTER = r"\s*(?:,|[!?.]?\s*$)"


def addressed(quote: str, speaker: Referent) -> bool:
    """Does the quotation speak to the person it would be given to ("Hanna, du bist …",
    "Aber sicher, Thomas!")? Nobody calls themselves by name: the words are somebody else's."""
    record = speaker.record
    if record is None:
        return False
    names = {record.name.split()[0], record.name.split()[-1]}
    text = quote.strip()
    return any(
        name in text  # (most quotations name nobody: no regular expression to build)
        and re.search(ADDRESSED_BEFORE + re.escape(name) + ADDRESSED_AFTER, text)
        for name in names
    )
