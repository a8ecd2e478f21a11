"""Direct quotations: which quoted spans are speech, and who said them.

A quoted span is speech when it is long enough to be said, or when a short one (a partial quote
such as „Sieg des Herzens …“) stands in a sentence that reports speech (a cue verb, "so X", a colon
introduction, the subjunctive). Names of shows, titles and single terms with no speaker are not
speech. The speaker is found, in order, from a cue right after the quotation („…“, sagte X /
„…“, so X), a "so X" closing the sentence, the subject before the quotation (X sagte: „…“ /
X ist zufrieden: „…“), and otherwise the person the passage is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.corpus import borrowed, english_roles, german
from bot.corpus.claims import POSSESSIVE_WORDS, accused, claim_before, in_the_text, owned_words
from bot.corpus.people import PersonRecord
from bot.corpus.quotemarks import QuoteSpan
from bot.corpus.sentences import CLOSING_MARKS, Sentence
from bot.corpus.speakers import (
    AUTHOR_GAP_RE,
    KIN_GENDER,
    KIN_NOUNS,
    NAME,
    ONE_OF_GROUP_RE,
    OTHER,
    POSSESSIVES,
    PRONOUN,
    PRONOUN_GENDER,
    ROLE,
    UNNAMED,
    VOICE_NOUN_RE,
    WRITTEN_NOUNS,
    Mention,
    Referent,
    Speakers,
    unnamed_in,
    written_nouns,
)

# Nouns that name a work, a medium or an organisation: what follows in quotes is its name.
TITLE_NOUNS = re.compile(
    r"(?:Sendung|Zeitung|Zeitschrift|Magazin|Blatt|Illustrierte[n]?|Film[s]?|Buch(?:es)?|Roman[s]?"
    r"|Titel[s]?|Motto[s]?|Name[n]?|Projekt[s]?|Aktion|Operation|Organisation|Initiative|Programm[s]?"
    r"|Kampagne|Album[s]?|Lied[es]?|Song[s]?|Serie|Show|Modell[s]?|Typ[s]?|Fluggesellschaft"
    r"|Firma|Unternehmen[s]?|Verein[s]?|Partei|Gruppe|Bewegung|Festival[s]?|Schiff[es]?|Bündnis(?:ses)?"
    r"|Stiftung|Band|Spiel[s]?|Studie|Bericht[s]?|Artikel[s]?|Plattform|Portal[s]?|Kolumne"
    r"|Stück[s]?|Oper|Ausstellung|Konferenz|Gipfel[s]?|Marke|Slogan[s]?|Parole|Schlagzeile"
    r"|Rubrik|Format[s]?|Reihe|Kategorie|Preis(?:es)?|Award[s]?|Sender[s]?|Kanal[s]?|Blog[s]?"
    r"|Podcast[s]?|Newsletter[s]?|Inszenierung|Theaterstück[s]?|Hashtag[s]?)$"
)
SO_CALLED = re.compile(
    r"(?:so ?genannte[nrms]?|sog\.|genannte[nrms]?|namens|heißt|hieß|Begriff[s]?)$"
)
COLON_BEFORE = re.compile(r":\s*$")
SO_RE = re.compile(r"^\s*[,–—-]?\s*so\s+")
VERB_AFTER_RE = re.compile(r"^\s*(,?)\s*([a-zäöüß]+)\b")
SUBJECT_REACH = 25  # a phrase this near the start of a sentence is its subject
SHOULD_RE = re.compile(r"\b(?:soll|sollen)\b")  # "X soll … haben": what others say of X
# "…, sagte X", "…, so X"; the cue may take up what was said with a pronominal adverb or
# "das": "…, darauf wies X hin", "…, daran erinnerte X", "…, das betonte X".
CUE_LATER_RE = re.compile(
    r",\s*(?:so|(?:(?:darauf|daran|darüber|das|dies)\s+)?([a-zäöüß]+))\s+(?=\S)"
)
SO_LATER_RE = re.compile(r"[,–—]\s*so\s+\S")  # "…, so X" / "„…“ – so X"
WORDS_RE = re.compile(r"[\w’'-]+")
LOWER_WORD_RE = re.compile(r"\b([a-zäöüß]+)\b")
PAST_OR_PLURAL_ENDINGS = ("t", "te", "ten", "en")
# A quotation with at most this many words of the sentence around it stands alone ("„…“" or
# "Und weiter: „…“"): it may continue the speaker just quoted.
STANDALONE_WORDS = 3


@dataclass(frozen=True)
class FoundQuote:
    """A direct quotation found in a sentence, before it becomes a `Quote`."""

    span: QuoteSpan
    speaker: Referent | None
    # Named by a correction as the words' true source: their statement, whatever the sentence
    # says of whom they were wrongly given to before.
    corrected: bool = False
    # Words the sentence cites as somebody else's ("Y erinnert an Xs Satz „…“"): X's words,
    # but not X who speaks in the sentence, so not X whom Konjunktiv after it goes on with.
    cited: bool = False


def _words(text: str) -> list[str]:
    return WORDS_RE.findall(text)


def _last_word(text: str) -> str:
    """The last whitespace-separated word of `text` ("" if none), without splitting all of it."""
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


# Function words of English and Romance titles ("Brothers to the Rescue"); words that German uses
# too ("was", "pro", "per") are left out: „Es ist schlimm, was passierte“ is speech.
FOREIGN_WORDS = frozenset(
    "the of for and to it is are be on at with from by la le les du della dello di el "
    "los las que et y".split()
)
INTRODUCING_WORDS = frozenset("als einen eine ein einem einer von vor zum zur zu".split())
DEFINITE_ARTICLES = frozenset("der die das des dem den".split())
# A preposition joined with its article: "im „Haus der Kirche“", "beim „Tag der Vereine“"
ARTICLE_PREPOSITIONS = frozenset("im ins am ans beim vom".split())


def _title_like(
    span: QuoteSpan, words: list[str], before: str, previous: str, sentence_like: bool
) -> bool:
    """„ZDF Heute Journal“, die Zeitung „Stern“, „Brothers to the Rescue“: a name, not speech.
    `words` are the span's words, `previous` the word before it."""
    if not words:
        return True
    if TITLE_NOUNS.search(previous.strip(",")) and len(words) <= 6:
        return True
    if before.rstrip().endswith(("(", "etwa:", "übersetzt:", "engl.", "deutsch:")):
        return True
    if before.endswith("-"):
        return True  # a compound with a title: das ARD-„Bericht aus Berlin“
    if sentence_like:
        return False
    if len(words) < 6 and not FOREIGN_WORDS.isdisjoint(map(str.lower, words)):
        return True  # a title is short; a longer span in another language is speech
    if span.text[:1].isupper() and previous.lower() in DEFINITE_ARTICLES | ARTICLE_PREPOSITIONS:
        # die „Aktion Deutschland hilft“, das „ZDF Heute Journal“, im „Haus der Kirche“
        return True
    if len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return previous.lower() not in INTRODUCING_WORDS
    return len(words) == 1 and any(c.isupper() for c in words[0][1:])  # "OOo", "iPod"


CUE_WORDS = german.CUE_VERBS.union(german.CUE_PARTICIPLES, german.ATTRIBUTION_PREPOSITIONS)


def _cue_in(frame: str) -> bool:
    """A speech cue in the sentence: a cue verb, "so X", "laut X", "X zufolge", a cue noun."""
    if not CUE_WORDS.isdisjoint([w.lower() for w in _words(frame)]):
        return True
    return bool(SO_LATER_RE.search(frame) or german.CUE_NOUNS.search(frame))


def _subjunctive_in(frame: str) -> bool:
    return not german.KONJUNKTIV.isdisjoint(_words(frame.lower()))


# What a crowd chants or a banner reads has no speaker: „Bir-te, Bir-te!", Transparente mit
# der Aufschrift „…".
CHANT_WORDS = (
    r"\b(?:Sprechch[oö]re?n?|Chor|Chören|skandier\w*|Aufschrift|Transparent\w*|Plakat\w*"
    r"|Banner\w*|Schild\w*|Sprüche\w*|Spruchbänder\w*|Parole\w*)\b"
)
CHANT_BEFORE_RE = re.compile(CHANT_WORDS + r"[^„“\"»«]{0,40}$")
CHANT_WORD_RE = re.compile(CHANT_WORDS)


# "nannte das Ergebnis „…“", "bezeichnete es als „…“": a word the speaker chose ("sprachen vom
# „…“" is as often a term many use).
NAMING_CUE_RE = re.compile(
    r"\b(?:nannte|nannten|nennt|bezeichnete|bezeichneten|bezeichnet)\b[^„“\"»«.;:!?]{0,60}$"
)


# „Das hatten wir erwartet“, hieß es aus ihrem Team: words somebody said, whoever it was.
HEARSAY_AFTER_RE = re.compile(rf"\s*,\s*{german.IT_SAYS}\s+es\b")


def _chant(words: list[str], before: str) -> bool:
    """A chant or a banner: announced as one, or a short cry of the same words over again."""
    if CHANT_BEFORE_RE.search(before):
        return True
    if not 2 <= len(words) <= 6:
        return False  # folding the words is the costly part: only when their count fits
    folded = [w.lower().replace("-", "") for w in words]
    return len(set(folded)) * 2 <= len(folded)


def _is_speech(span: QuoteSpan, frame: str, before: str) -> bool:
    """Is this quoted span something said (see the module docstring)?"""
    words = _words(span.text)
    n = len(words)
    sentence_like = span.text.rstrip()[-1:] in ".!?…" and n >= 2
    previous = _last_word(before)
    after = frame[len(before) + len(span.text) + 2 :]
    # „Endlich Wechsel“, sagt er: a cue verb right after the quotation makes it speech,
    # however much its capitals look like a title's
    closing = VERB_AFTER_RE.match(after)
    answered = bool(closing and closing.group(1) and german.is_cue_verb(closing.group(2)))
    answered = answered or HEARSAY_AFTER_RE.match(after) is not None
    cued = answered or ENGLISH_CUE_AFTER_RE.match(after) is not None
    if not cued and _title_like(span, words, before, previous, sentence_like):
        return False
    if _chant(words, before):
        return False
    if SO_CALLED.search(previous) and n <= 4:
        return False
    if n >= 6 or sentence_like:
        return True
    if n >= 3 and not before.strip() and not after.strip():
        return True  # a headline or paragraph that is a quotation and nothing else
    if (
        n >= 3
        and not before.strip()
        and DASH_AFTER_RE.match(after)
        and german.FIRST_PERSON_RE.search(span.text)
    ):
        # a headline opening with somebody's words, then what it is about after a dash („Wir
        # bleiben hier“ – ein Dorf wehrt sich); a motto stands there too („Mut zur Mitte“ – …),
        # so only words a speaker says of themselves, unless a cue follows
        return True
    if COLON_BEFORE.search(before) and (n >= 3 or span.text.rstrip()[-1:] in ".!?…"):
        return True  # "gibt sich gelassen: „Abwarten.“": an utterance of its own
    cue = _cue_in(frame)
    if n == 1 and NAMING_CUE_RE.search(before):
        return True  # nannte er das Ergebnis „bitter“: a one-word verdict is his word
    if answered:
        return True  # „Danke“, antwortete er knapp: a word answered is said
    if span.text[:1].isupper() and n == 1:
        return cue and previous.lower() in INTRODUCING_WORDS
    return cue or _subjunctive_in(frame)


# English news puts the speaker before the verb: “…,” she said / “…,” Brenner told supporters.
ENGLISH_CUE_AFTER_RE = re.compile(
    r"^\s*,?\s*(he|she|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})(?:,\s*\d{1,3},)?\s+(?:"
    + "|".join(german.ENGLISH_CUE_VERBS)
    + r")\b"
)  # (", 44," an age between the name and its verb: “…,” Kohler, 44, told supporters)
# … or after it, behind a description in lower case: “…,” said local business leader X; “…,”
# countered the losing candidate, X, a retired … (the name in apposition, after one comma).
ENGLISH_INVERTED_VERBS = [
    v for v in german.ENGLISH_CUE_VERBS if v not in ("told", "tells", "asked")
]
ENGLISH_SAID_NAME_RE = re.compile(
    r"^\s*,?\s*(?:" + "|".join(ENGLISH_INVERTED_VERBS) + r")\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*,?\s+(?=[A-Z])"
)
ENGLISH_NAME_ENDS_RE = re.compile(r"\s*(?:[,.;]|$)")


# “…,” the 38-year-old said: an age recaps whom the sentence before was about.
ENGLISH_AGE_CUE_RE = re.compile(
    r"^\s*,?\s*(the\s+\d{1,3}-year-old)\s+(?:" + "|".join(german.ENGLISH_CUE_VERBS) + r")\b"
)


# “…,” the mayor replied / the party's treasurer said: a role in lower case before the verb.
ENGLISH_ROLE_CUE_RE = re.compile(
    r"^\s*,?\s*(the\s+(?:[a-z’'-]+\s+){0,2}("
    + "|".join(sorted(english_roles.ROLE_NOUNS))
    + r"))\s+(?:"
    + "|".join(german.ENGLISH_CUE_VERBS)
    + r")\b"
)


def _english_cue_after(frame: str, end: int, speakers: Speakers) -> Mention | None:
    match = ENGLISH_CUE_AFTER_RE.match(frame[end:])
    if match is not None:
        return speakers.phrase_at(frame, end + match.start(1))
    aged = ENGLISH_AGE_CUE_RE.match(frame[end:])
    if aged is not None:
        person = speakers.recapped()
        if person is None:
            return None
        return Mention(end + aged.start(1), end + aged.end(1), aged.group(1), NAME, person)
    role = ENGLISH_ROLE_CUE_RE.match(frame[end:])
    if role is not None:
        # "“…,” the mayor replied": the one person the text gave that role; else somebody the
        # cue describes, never the last speaker going on.
        noun = role.group(2)
        holders = [p for p in speakers.people.records if noun in " ".join(p.roles).lower().split()]
        if len(holders) == 1:
            return Mention(end + role.start(1), end + role.end(1), role.group(1), NAME, holders[0])
        return Mention(end + role.start(1), end + role.end(1), role.group(1), UNNAMED)
    described = ENGLISH_SAID_NAME_RE.match(frame[end:])
    if described is None:
        return None
    named = speakers.phrase_at(frame, end + described.end())
    if named is None or named.kind != NAME:
        return None
    # Behind a comma only a name in apposition, closed by a comma or the sentence's end: not
    # "said the mayor, Okafor's rival".
    if described.group(0).rstrip().endswith(",") and not ENGLISH_NAME_ENDS_RE.match(
        frame, named.end
    ):
        return None
    return named


def _cue_after(frame: str, end: int, speakers: Speakers) -> Mention | None:
    """„…“, sagte X / „…“ macht X klar / „…“, so X / “…,” she said."""
    after = frame[end:]
    english = _english_cue_after(frame, end, speakers)
    if english is not None:
        return english
    so = SO_RE.match(after)
    if so:
        mention = speakers.phrase_at(frame, end + so.end())
        return replace(mention, continuing=True) if mention is not None else None

    verb = VERB_AFTER_RE.match(after)
    if verb:
        word = verb.group(2)
        if word in german.NOT_VERBS or word in german.DETERMINERS:
            return None
        if word in german.PREPOSITIONS and word not in german.ATTRIBUTION_PREPOSITIONS:
            return None  # "„…“, mit Kopfschütteln": no verb, so nobody named after it
        if (
            word in german.CUE_VERBS
            or word in german.FINITE_VERBS
            or (verb.group(1) and word.endswith(PAST_OR_PLURAL_ENDINGS))
        ):
            mention = _quoted_object(frame, word, end + verb.end(), speakers) or speakers.phrase_at(
                frame, end + verb.end(), word
            )
            return replace(mention, continuing=True) if mention is not None else None
    return None


DASH_AFTER_RE = re.compile(r"\s*[–—]\s+")


def _dashed_name(
    frame: str, before: str, start: int, end: int, mentions: list[Mention], speakers: Speakers
) -> Mention | None:
    """A caption or teaser that opens with a quotation and goes on after a dash with the
    speaker doing something („Wir sind wieder da!“ – CDU-Kreischef X reißt die Arme hoch):
    the known person named right after the dash, as the clause's subject (a verb or the end
    follows). Only when nothing but a label ("Bild 3 von 12:") stands before the quotation."""
    if before.strip() and (
        not before.rstrip().endswith(":") or any(m.start < start for m in mentions)
    ):
        return None
    dash = DASH_AFTER_RE.match(frame, end)
    if dash is None:
        return None
    named = speakers.phrase_at(frame, dash.end())
    if named is None or named.kind != NAME or named.person is None or named.start != dash.end():
        return None
    follows = frame[named.end :].split()[:1]
    if follows and not (follows[0][:1].islower() or follows[0][:1] in ".(,"):
        return None
    return named


def _cue_later(frame: str, end: int, speakers: Speakers) -> Mention | None:
    """„… ein Grund“, aber auch, dass …, so Peick. / … „Ruck“ verpasst, sagte Jane Greaves."""
    for match in reversed(list(CUE_LATER_RE.finditer(frame, end))):
        verb = match.group(1)
        # "Die Sprecherin, Ute Lenz, kritisierte die Pläne", "X, die auf 11 Prozent kam, rief
        # ihre Wähler auf, …": the comma closes what stands beside the subject; an object follows.
        if verb is not None and (
            _closes_apposition(frame, match.start(), speakers)
            or _closes_subject_relative(frame, match.start())
        ):
            continue
        if verb in AUXILIARIES and _participle_cue(frame, match.end()):
            verb = None  # "…, hatte Ute Lenz damals gesagt": the subject follows "hatte"
        if verb is None or verb in german.CUE_VERBS:
            mention = speakers.phrase_at(frame, match.end(), verb)
            if mention is not None:
                return replace(mention, continuing=True)  # a cue closing what was said
    return None


def _closes_apposition(frame: str, comma: int, speakers: Speakers) -> bool:
    """Does the comma at `comma` close a name in apposition ("Die Sprecherin, Ute Lenz,"),
    so that the verb after it is that subject's, not an inverted cue ("…, sagte X")?"""
    return any(
        m.kind == NAME
        and not m.oblique
        and frame[m.end : comma].strip() == ""
        and frame[: m.start].rstrip().endswith(",")
        for m in speakers.mentions(frame)
        if m.end <= comma
    )


NAME_TO_VERB_RE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,?\s*")  # " (CDU), " or nothing


def _subject_after_comma(mentions: list[Mention], verb: int, frame: str) -> Mention | None:
    """A name standing right before the verb at `verb`, in a clause that opens after a comma,
    is its subject, not whoever opened the sentence: "A warb für …, Berger versprach …",
    "A nannte …, Bundestrainer B bezeichnete …", "A wies das zurück, die Sprecherin …, B (SPD),
    erklärte: „…“". Before the name only its title or role may stand."""
    for m in reversed(mentions):
        if m.kind != NAME or m.oblique or m.end > verb:
            continue
        if not NAME_TO_VERB_RE.fullmatch(frame[m.end : verb]):
            return None
        lead = frame[: m.start]
        comma = lead.rfind(",")
        if comma < 0:
            return None
        title = lead[comma + 1 :].split()
        if len(title) <= 3 and all(
            w[:1].isupper()
            or w in german.DETERMINERS
            or (INFLECTED_RE.fullmatch(w) is not None and not german.is_cue_verb(w))
            for w in title
        ):
            return m
        return None
    return None


# ", der Bürgermeister sprach", ", die 38-Jährige nannte": after a comma a new main clause opens
# with its own subject, an article and one or two capitalised words (or an age) before the verb.
COMMA_CLAUSE_SUBJECT_RE = re.compile(r",\s+(?:der|die)\s+(?:[A-ZÄÖÜ0-9][\w-]*\s+){1,2}$")


# ", er sprach", ", sie nannte": a pronoun opening such a clause (a plural verb after "sie":
# several people, left to the other rules).
COMMA_PRONOUN_SUBJECT_RE = re.compile(r",\s+(er|sie)\s+$")


def _role_after_comma(frame: str, verb: int, speakers: Speakers) -> Mention | None:
    """ "A nannte es „…“, der Bürgermeister sprach von „…“": the second quotation is the
    subject's of its own clause, a role, an age or a pronoun standing right before the verb,
    not A's."""
    pronoun = COMMA_PRONOUN_SUBJECT_RE.search(frame, max(0, verb - 8), verb)
    if pronoun is not None:
        word = pronoun.group(1)
        if word == "sie" and frame[verb:].split(maxsplit=1)[0].endswith("en"):
            return None
        start, end = pronoun.span(1)
        return Mention(start, end, word, PRONOUN, None, False, PRONOUN_GENDER[word])
    opening = COMMA_CLAUSE_SUBJECT_RE.search(frame, max(0, verb - 60), verb)
    if opening is None:
        return None
    phrase = speakers.phrase_at(frame, opening.start() + 1)
    if phrase is None or phrase.kind != ROLE or phrase.end > verb:
        return None
    return phrase


def _quoted_object(frame: str, verb: str, verb_end: int, speakers: Speakers) -> Mention | None:
    """Whom "zitiert" quotes: its object, not its subject ("Die Zeitung zitiert den Pfarrer
    mit den Worten „…“"), also after an inverted subject ("zitiert die „Lokalpost“ Berger")."""
    if not german.quotes_somebody(verb):
        return None
    pronoun = OBJECT_PRONOUN_RE.match(frame, verb_end)
    if pronoun is not None:
        return _object_pronoun_target(frame, pronoun.start(1), pronoun.end(1), speakers)
    quoted = speakers.phrase_at(frame, verb_end, verb)
    if quoted is None or quoted.kind in (OTHER, UNNAMED):
        # "zitiert die Zeitung den Polizeisprecher Jan Ott", "zitiert ndr.de Sprecher Ott": the
        # medium first, then the person quoted, a person the text names.
        named = _object_after_medium(frame, verb_end, speakers)
        if named is not None:
            return named
    if quoted is None or quoted.kind not in (OTHER, UNNAMED):
        return quoted  # (after "zitierte man", "man" is the subject: the object follows)
    for mention in speakers.mentions(frame):
        if mention.kind == NAME and frame[quoted.end : mention.start].strip() == "":
            return mention
    first = quoted.text.split()[0].lower()
    return quoted if first in german.OBLIQUE_DETERMINERS else None


WEB_MEDIUM_RE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:de|at|ch|com|net|org|eu)")
MEDIUM_OBJECT_WORDS = 6  # "die „Rheinpfalz“ den Polizeisprecher": the medium and the object's head
_OBJECT_BREAKS = frozenset(",;:.!?()")


def _object_after_medium(frame: str, verb_end: int, speakers: Speakers) -> Mention | None:
    """The named person quoted after "zitiert" and its subject, a medium: the first name of the
    clause, with nothing but the medium, articles and role nouns before it (not "den Anwalt
    von X", not after a comma)."""
    for mention in speakers.mentions(frame):
        if mention.start < verb_end or mention.kind != NAME or mention.person is None:
            continue
        # (A medium named by its web address, "ndr.de", is one word with dots in it.)
        between = frame[verb_end : mention.start].split()
        words = [w for w in between if not WEB_MEDIUM_RE.fullmatch(w)]
        if (
            not 2 <= len(between) <= MEDIUM_OBJECT_WORDS
            or not _OBJECT_BREAKS.isdisjoint("".join(words))
            or any(w.lower() in german.PREPOSITIONS for w in words)
            or not all(w[:1].isupper() or w.lower() in german.DETERMINERS for w in words)
        ):
            return None
        return mention
    return None


# "zitierte ihn": an object pronoun; "sie" is left alone, as it may be the verb's subject.
OBJECT_PRONOUN_RE = re.compile(r"\s+(ihn)\b")


def _object_pronoun_target(frame: str, start: int, end: int, speakers: Speakers) -> Mention:
    """Whom "ihn" means after "zitierte": a man named earlier in the sentence, never its
    subject ("X nannte seinen Vorgänger, Y, und zitierte ihn mit dem Satz: „…“" quotes Y).
    When the sentence names no such man, the text leaves the speaker open."""
    named = [
        m.person
        for m in speakers.mentions(frame)
        if m.kind == NAME and m.person is not None and m.end <= start and not m.oblique
    ]
    for person in reversed(named[1:]):  # named[0], the first name of the sentence, its subject
        if person is not named[0] and person.gender == "m":
            return Mention(start, end, frame[start:end], NAME, person)
    return Mention(start, end, frame[start:end], UNNAMED)


# "las … vor:", "verlas": what is read out is somebody else's words (a listener's message, a
# letter): the reader is not its speaker, only a name after the verb may be its writer.
READ_OUT_RE = re.compile(
    r"\b(?:(?:las|lasen|liest|lesen)\b[^.;:!?]*\bvor|verl(?:as|asen|iest|esen)|vorgelesen"
    r"|vorlas|vorlasen)\b"
)


# "Und sagt:", "Dann fügt sie hinzu:" (no: a pronoun is a subject), "Kurzes Statement:": a colon
# introduction that opens its sentence with a cue verb or a cue noun and has no subject.
ELIDED_INTRODUCTION_RE = re.compile(
    r"\s*(?:(?:Und|Dann|Danach|Später|Schließlich)\s+(?P<verb>[a-zäöüß]+)(?:\s+[a-zäöüß]+)?"
    r"|(?:[A-ZÄÖÜ][a-zäöüß]+e[rs]?\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+))\s*:\s*$"
)


# "Und dann, fast leise:", "Dann, nach einer Pause:": how and when, but no verb and no subject.
ADVERBIAL_INTRODUCTION_RE = re.compile(
    r"\s*(?:Und\s+)?(?:[Dd]ann|[Dd]anach|[Ss]päter|[Ss]chließlich|[Zz]uletzt)\b"
    r"(?P<rest>[^:„“]{0,40}):\s*$"
)


def _elided_subject(before: str, mentions: list[Mention], speakers: Speakers) -> Mention | None:
    """ "X kommt ins Foyer. Und sagt: „…“", "X betritt den Saal. Kurzes Statement: „…“": a
    colon introduction with no subject of its own goes on with the previous sentence's
    subject, when that is a person the text names; one that says only how or when ("Und
    dann, fast leise: „…“") with the speaker of the sentence just before."""
    if any(m.start < len(before) for m in mentions):
        return None
    adverbial = ADVERBIAL_INTRODUCTION_RE.fullmatch(before)
    if adverbial is not None:
        last = speakers.last_speaker
        verbless = german.FINITE_VERBS.isdisjoint(_words(adverbial.group("rest").lower()))
        if not verbless or german.first_cue_verb(before) is not None or speakers.since_speaker:
            return None
        return Mention(0, 0, last.name, NAME, last.record) if last and last.record else None
    elided = ELIDED_INTRODUCTION_RE.fullmatch(before)
    if elided is None:
        return None
    verb, noun = elided.group("verb"), elided.group("noun")
    said = (
        german.is_cue_verb(verb) and verb.endswith("t")  # "sagt", not "sagten"
        if verb is not None
        else noun == "Statement" or german.CUE_NOUNS.fullmatch(noun) is not None
    )
    subject = speakers.last_subject
    if not said or subject is None or subject.record is None:
        return None
    answer = (noun or verb or "").lower().startswith("antwort")
    if answer and speakers.last_asking:
        return None  # "Ida wollte wissen, ob … . Die Antwort: „…“": not the one who asked
    return Mention(0, 0, subject.name, NAME, subject.record)


def _read_out(frame: str, start: int, speakers: Speakers) -> Mention | None:
    """The writer of what a sentence's subject reads out before a quotation ("Der Moderator
    las die Mail eines Zuhörers vor: „…“" names nobody; "verlas einen Brief von X: „…“"
    names X), or None when no reading-out verb introduces it."""
    breaks = list(CLAUSE_OR_COLON_RE.finditer(frame[:start].rstrip().removesuffix(":")))
    reading = READ_OUT_RE.search(frame, breaks[-1].end() if breaks else 0, start)
    if reading is None:
        return None
    for mention in speakers.mentions(frame):
        if reading.start() < mention.start < start and mention.kind == NAME and mention.person:
            return mention
    return Mention(reading.start(), reading.end(), reading.group(0), UNNAMED)


AUXILIARIES = frozenset("hat hatte habe hätte haben hatten".split())


def _participle_cue(frame: str, pos: int) -> bool:
    """Does the clause from `pos` close with a cue participle ("… damals gesagt")?"""
    clause = german.CLAUSE_END_RE.split(frame[pos:], maxsplit=1)[0]
    return any(w in german.CUE_PARTICIPLES for w in clause.split())


# A participle right before a quotation, after it only a colon or a comma: "… habe gesagt: „".
PARTICIPLE_BEFORE_RE = re.compile(r"\b([a-zäöüß]+)[,:]?\s*$")


def _inner_said(frame: str, start: int, mentions: list[Mention]) -> Mention | None:
    """ "X trug vor, die Bürgermeisterin habe gesagt: „…“" (or "…, habe gesagt, „…“"): the
    quotation is what the inner clause's subject said (`_inner_cue_subject`), not X's words."""
    said = PARTICIPLE_BEFORE_RE.search(frame, 0, start)
    if said is None or said.group(1) not in german.CUE_PARTICIPLES:
        return None
    return _inner_cue_subject(frame, 0, [said], mentions)


PERFECT_CUE_RE = re.compile(
    rf"\b({'|'.join(sorted(german.PERFECT_AUXILIARIES))})\b[^,;:.!?„“]{{0,80}}?\b(?:"
    + "|".join(german.CUE_PARTICIPLES)
    + r")\b"
)


def _perfect_auxiliary(frame: str, start: int, mentions: list[Mention]) -> list[re.Match[str]]:
    """The auxiliary of a verb of saying in the perfect before `start` ("hatte er gesagt"), as
    the clause's finite verb; none when there is no such verb, or when something the rules do
    not know stands in the subject's place before it ("Einige Anwohner haben Minister X
    geschrieben": X is no subject)."""
    found = PERFECT_CUE_RE.search(frame, 0, start)
    if found is None:
        return []
    breaks = list(CLAUSE_BREAK_RE.finditer(frame, 0, found.start(1)))
    clause_start = max([b.end() for b in breaks] + [frame.rfind(",", 0, found.start(1)) + 1])
    opening = frame[clause_start : found.start(1)].split()[:1]
    inverted = (
        not opening
        or opening[0].lower() in german.PREPOSITIONS
        or german.is_opening_adverb(opening[0])
    )
    subject = any(clause_start <= m.start < found.start(1) for m in mentions)
    if not (inverted or subject):
        return []
    auxiliary = LOWER_WORD_RE.match(frame, found.start(1))
    return [auxiliary] if auxiliary is not None else []


def _gapped_subject(
    frame: str, verb_end: int, start: int, mentions: list[Mention]
) -> Mention | None:
    """ "X sprach von einem „…“, Y von einem „…“": after a comma, a clause that leaves out the
    verb it shares with the one before has its own subject, the name standing in it."""
    comma = frame.rfind(",", verb_end, start)
    if comma < 0:
        return None
    words = _words(frame[comma + 1 : start])
    lower = [w for w in words if not w[:1].isupper()]
    if not lower or any(
        w.lower() not in german.DETERMINERS and w.lower() not in german.PREPOSITIONS for w in lower
    ):
        return None  # a clause with a verb of its own, or no preposition: no gapping
    named = [m for m in mentions if comma < m.start < start and m.kind == NAME and m.person]
    return named[0] if len(named) == 1 else None


def _cue_verb_before(
    frame: str, start: int, mentions: list[Mention], speakers: Speakers
) -> Mention | None:
    """X sagte, … „…“ / wie sich X ausdrückte, „…“ / …, sagte die Königin, ihre „…“: the
    speaker stands right after the last cue verb before the quotation, or is its subject."""
    # (Not an infinitive with "zu": "kündigte an, Gespräche zu verlangen" is what was said.)
    verbs = [
        m
        for m in LOWER_WORD_RE.finditer(frame[:start])
        if (m.group(1) in german.CUE_VERBS or german.separable_cue(frame, m.group(1), m.end(1)))
        and not german.reported_perfect(frame, m.start(), m.end())
        and not frame.endswith(" zu ", 0, m.start())
    ]
    if not verbs:
        # "Am Tag zuvor hatte er bereits gesagt, dass …": a verb of saying in the perfect; its
        # subject stands beside the auxiliary.
        verbs = _perfect_auxiliary(frame, start, mentions)
    if not verbs:
        return None
    if len(verbs) > 1 and "," in frame[verbs[0].end() : start]:
        # "B bezeichnete Karten in einem Spiel, in dem es nur 26 Fouls gab, als „…“": a verb
        # closing a relative clause before the quotation says nothing about who spoke it.
        closed = [(a, b) for a, b in _relative_clauses(frame[:start]) if b < start]
        verbs = [m for m in verbs if not any(a < m.start() < b for a, b in closed)] or verbs
    # A verb of saying in Konjunktiv I after another cue is part of what was said: "sagte sie,
    # sie danke ihren Helfern".
    indicative = [m for m in verbs if not german.weak_konjunktiv(m.group(1))]
    verb = indicative[-1] if indicative else verbs[-1]
    gapped = _gapped_subject(frame, verb.end(), start, mentions)
    if gapped is not None:
        return gapped
    quoted = _quoted_object(frame, verb.group(1), verb.end(), speakers)
    if quoted is not None and quoted.end <= start:
        return quoted
    comma = len(frame[: verb.start()].rstrip()) - 1
    if (
        comma >= 0
        and frame[comma] == ","
        and german.has_subjunctive(frame[:comma], strict=True)
        and not _closes_subject_relative(frame, comma)
    ):
        # "X habe …, sagte er, „…“": a cue right after what was said in Konjunktiv puts its
        # subject after the verb; a name or pronoun before it is somebody talked about.
        # (After an apposition, "X, Präsident des Verbandes, würdigte Y als „…“", the
        # phrase after the verb is its object.)
        inverted = speakers.phrase_at(frame, verb.end(), verb.group(1))
        if inverted is not None and inverted.end <= start and inverted.kind != OTHER:
            return replace(inverted, continuing=True)
    breaks = list(CLAUSE_BREAK_RE.finditer(frame, 0, verb.start()))
    clause_start = breaks[-1].end() if breaks else 0
    if frame.split()[:1] in (["Ich"], ["Wir"]) or FIRST_PERSON_AFTER_RE.match(frame, verb.end()):
        # "Ich habe X gefragt, ob …", "Am Ende fragte ich ihn, ob …": the writer asks or
        # tells; the person beside the verb is whom they spoke to, not a speaker.
        return None
    in_clause = [m for m in mentions if clause_start <= m.start < verb.start()]
    subject = _subject_before(in_clause, verb.start())
    adjacent = _subject_after_comma(in_clause, verb.start(), frame) or _role_after_comma(
        frame, verb.start(), speakers
    )
    if adjacent is not None:
        return adjacent
    # Verb second: a subject opening the clause stands before the verb ("Modder nannte …");
    # after an adverbial the subject follows the verb ("Dazu erklärte Hartmann: …").
    if subject is not None and len(frame[clause_start : subject.start].split()) <= 3:
        return subject
    after = speakers.phrase_at(frame, verb.end(), verb.group(1))
    if after is not None and after.end <= start and after.kind not in (OTHER, UNNAMED):
        return after
    # Otherwise only a subject right before its verb ("…, she said", "er sagte"): a phrase
    # further back in a long clause is as often somebody talked about.
    if subject is not None and len(frame[subject.end : verb.start()].split()) <= 1:
        return subject
    if subject is None and not in_clause:
        opening = speakers.clause_subject(frame, verb.end())  # "Sein Sprecher sagte, …"
        if opening is not None and opening.kind == ROLE:
            return opening
    return None


# The writer as the subject right after a cue verb ("Am Ende fragte ich ihn, ob …").
FIRST_PERSON_AFTER_RE = re.compile(r"\s+(?:ich|wir)\b")


# The attributions whose next phrase is taken as a quotation's speaker: fewer than those that
# make a sentence reported speech (german.ATTRIBUTION_RE): "nach den Berechnungen der …", "laut
# vorläufigem Ergebnis" report, but taking their phrase as the speaker named the wrong one more
# often than the right one on the quotation data (7 wrong, 6 right more on train).
SPEAKER_ATTRIBUTION_RE = re.compile(
    r"\b(?:[Ll]aut|[Nn]ach (?:(?:den|der|dem) )?(?:Angaben|Auffassung|Meinung|Ansicht"
    r"|Darstellung|Worten|Einschätzung|Aussagen?|Informationen|Überzeugung)(?: von| vom)?"
    r"|[Gg]emä(?:ß|ss)|[Aa]ccording to)\s"
)
SO_INSERTED_RE = re.compile(r",\s*so\s+(?=[^,;:.!?]{1,60},)")  # "…, so Lenz, …"
PLURAL_POSSESSIVE_GENDER = {"seinen": "m", "ihren": "f"}  # "nach seinen Angaben"
POSSESSIVE_VIEW_RE = re.compile(
    r"\b(?P<view>(?:[Ss]einer|[Ii]hrer)\s+(?:Ansicht|Meinung|Auffassung|Einschätzung|Überzeugung)"
    r")\s+nach\b"
    # "Nach ihrer Darstellung soll X …": her account, not X's words
    r"|\b[Nn]ach\s+(?P<account>(?:seiner|ihrer|seinen|ihren)\s+(?:Darstellung|Ansicht|Meinung"
    r"|Auffassung|Einschätzung|Überzeugung|Worten|Angaben|Aussage|Schilderung))\b"
)
# "Für X sei …" opens its sentence or clause; "für X" inside a clause is an object, not a voice.
# (Each branch takes its own spaces: "\s+\s*" backtracked quadratically over a quotation
# blanked to spaces.)
FOR_RE = re.compile(r"(?:^\s*|[,;:–]\s+|\bund\s+)[Ff]ür\s+")
CLAUSE_BREAK_RE = re.compile(r",\s+(?:und|sowie)\s+(?=[A-ZÄÖÜ]|der |die |das )|;\s+")
CLAUSE_OR_COLON_RE = re.compile(CLAUSE_BREAK_RE.pattern + r"|:\s+")


# "ließ (über seine Anwältin) mitteilen / ausrichten / erklären": the subject of "ließ" speaks.
LET_SAY_RE = re.compile(
    r"\b(?:ließ|ließen|lässt|lassen)\b[^,;:.!?„“]{0,60}?\b(?:mitteilen|ausrichten|erklären"
    r"|verlauten|verkünden|übermitteln|wissen|sagen|bestellen)\b"
)


def _let_say(frame: str, mentions: list[Mention], speakers: Speakers) -> Mention | None:
    """ "Die Landrätin ließ auf Anfrage ausrichten, sie sei …", "Über seinen Anwalt ließ er
    mitteilen, …": who had the message passed on (not the messenger)."""
    if not any(word in frame for word in ("ließ", "läss", "lass")):
        return None  # (most sentences: the pattern is not tried at every word)
    match = LET_SAY_RE.search(frame)
    if match is None:
        return None
    inverted = speakers.phrase_at(frame, match.start() + len(match.group(0).split()[0]))
    if inverted is not None and inverted.kind in (NAME, PRONOUN):
        return inverted  # "ließ er mitteilen", "ließ Vogt ausrichten"
    breaks = list(CLAUSE_OR_COLON_RE.finditer(frame, 0, match.start()))
    clause_start = breaks[-1].end() if breaks else 0
    subject = _subject_before([m for m in mentions if m.start >= clause_start], match.start())
    if subject is not None and len(frame[clause_start : subject.start].split()) <= SUBJECT_WORDS:
        return subject
    return None


DATIVE_PRONOUN_BEFORE_RE = re.compile(r"(?:^|[\s,;:])([Ii]hm|[Ii]hr)$")


BRACKET_BEFORE_ZUFOLGE_RE = re.compile(r"(?:\s*\([^()]{1,40}\))?")  # " (SPD)" or nothing


def _named_before_zufolge(frame: str, speakers: Speakers) -> Mention | None:
    """ "Kühnapfel zufolge …", "Bürgermeister Roth (SPD) zufolge …": the person named right
    before "zufolge" (perhaps with the party after the name); "Ihm zufolge …" the man a
    pronoun means."""
    at = frame.find(" zufolge")
    if at < 0:
        return None
    pronoun = DATIVE_PRONOUN_BEFORE_RE.search(frame, 0, at)
    if pronoun is not None and pronoun.end() == at:
        gender = "m" if pronoun.group(1).lower() == "ihm" else "f"
        return Mention(
            pronoun.start(1), pronoun.end(1), pronoun.group(1), PRONOUN, None, False, gender
        )
    for mention in speakers.mentions(frame):
        if (
            mention.kind == NAME
            and mention.person is not None
            and BRACKET_BEFORE_ZUFOLGE_RE.fullmatch(frame, mention.end, at)
        ):
            return mention
    return None


def _bare(phrase: str) -> bool:
    """A capitalised noun phrase without an article or possessive ("Wahlamt", "Polizei")."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    return phrase[:1].isupper() and first not in german.DETERMINERS and first not in POSSESSIVES


def _attribution(frame: str, start: int, speakers: Speakers) -> Mention | None:
    """laut X / nach Angaben von X / nach Meinung des X …; "Für X sei …" in the subjunctive,
    "Für X ist klar: „…“" before a colon."""
    for cue in SPEAKER_ATTRIBUTION_RE.finditer(frame):
        mention = speakers.phrase_at(frame, cue.end())
        bare = (
            mention is not None
            and mention.person is None
            and mention.kind in (ROLE, OTHER)
            and mention.start == cue.end()  # no adjective before it ("laut nationalem …")
            and " " not in mention.text
        )
        if mention is not None and bare and _bare(mention.text):
            # "Laut Wahlamt", "laut Hallensprecher": an office or a role without a name is
            # nobody the text names; it is shown as the description it is ("das Wahlamt").
            # (A word whose article is unsure may be a surname: "laut Boudegast".)
            article = german.noun_article(mention.text.split()[-1], mention.kind == ROLE)
            if article is not None:
                return replace(mention, text=f"{article} {mention.text}", kind=OTHER)
        if mention is not None and mention.person is None and _nobodys_source(mention.text):
            return replace(mention, kind=UNNAMED)
        if mention is not None:
            return mention
        if cue.group(0)[0] in "Aa":  # "according to figures announced by …": nobody named
            return Mention(cue.start(), cue.end(), cue.group(0).strip(), UNNAMED)
    inserted = SO_INSERTED_RE.search(frame, 0, start)
    if inserted is not None:  # "Er solle sich, so Lenz, „…“ beschränken"
        mention = speakers.phrase_at(frame, inserted.end())
        if mention is not None and mention.kind in (NAME, ROLE):
            return replace(mention, continuing=True)
    view = POSSESSIVE_VIEW_RE.search(frame, 0, start)
    if view is not None:  # "Seiner Ansicht nach „…“": the possessor's view
        part = "view" if view.group("view") else "account"
        # (Her account of what somebody said, "… soll X gesagt haben: „…“", is hers as a
        # whole sentence; the quotation is X's, as its own cue says.)
        quoted_by_cue = start < len(frame) and bool(
            {w.lower() for w in _words(frame[view.end() : start])} & CUE_WORDS
        )
        if not (part == "account" and quoted_by_cue):
            owner = view.group(part).split()[0]
            if owner.lower() in PLURAL_POSSESSIVE_GENDER:
                # "Nach seinen Angaben …": the man (or woman) the possessive means, as "Ihm
                # zufolge" does.
                gender = PLURAL_POSSESSIVE_GENDER[owner.lower()]
                at = view.start(part)
                return Mention(at, at + len(owner), owner, PRONOUN, None, False, gender)
            return Mention(view.start(part), view.end(part), view.group(part), OTHER)
    named = _named_before_zufolge(frame, speakers)
    if named is not None:
        return named
    match = FOR_RE.search(frame, 0, start) if "ür" in frame else None
    # "Für X sei …" opens an opinion; after a cue it is part of what somebody said ("Der
    # Sprecher hatte erklärt, für den Kanzler sei entscheidend, …").
    opinion = _subjunctive_in(frame) or COLON_BEFORE.search(frame[:start]) is not None
    if match and opinion and german.first_cue_verb(frame[: match.start()]) is None:
        mention = speakers.phrase_at(frame, match.end())
        if mention is not None and mention.kind in (NAME, ROLE):
            return mention
    return None


def _nobodys_source(phrase: str) -> bool:
    """Is the phrase after "laut" / "nach Angaben von" without an article a law or a document
    ("laut Hochschulgesetz", "laut Entwurf") or a noun phrase opened by an adjective in the
    dative ("laut Deutschem Wetterdienst")? Neither is a person, and without its article each
    would read like a name. ("laut einem Bericht" shows that it is none.)"""
    words = phrase.split()
    if not words or not words[0][:1].isupper() or words[0].lower() in german.DETERMINERS:
        return False
    if german.document_gender(words[-1]) is not None:
        return True
    return len(words) > 1 and words[0].endswith("em") and words[1][:1].isupper()


# "Sie wird mit den Worten zitiert:", "wurde X zitiert": the subject is the one quoted.
PASSIVE_RE = re.compile(r"\b(?:wird|wurde|werden|wurden|worden)\b")


def _quoted_before(
    frame: str, mentions: list[Mention], clause_start: int, verb: re.Match[str], start: int
) -> Mention:
    """Whom "zitiert" quotes when its object is not right after it: a known person named
    between the clause's subject and the quotation ("Die Zeitung hatte Name zitiert: „…“",
    "zitiert dazu Name mit den Worten:"); else somebody the text does not name ("X hatte eine
    frühere Bürgermeisterin zitiert:", "Er zitierte seinen Vater:"). The one who quotes is
    never the speaker."""
    comma = frame.find(",", verb.end(), start)  # ("zitiert …, wonach X …": not the object)
    end = start if comma < 0 else comma
    in_clause = [m for m in mentions if clause_start <= m.start < end and not m.oblique]
    # The subject: the first phrase named, or one the rules do not take for a person, opening
    # the clause with its article ("Die Zeitung hatte …").
    lead = frame[clause_start : in_clause[0].start].split() if in_clause else []
    by_phrase = bool(lead) and lead[0].lower() in german.DETERMINERS
    if by_phrase and any(w[:1].islower() for w in lead[1:]):
        candidates = in_clause
    else:
        candidates = in_clause[1:]
    objects = [m for m in candidates if m.kind in (NAME, ROLE) and m.person is not None]
    if objects:
        return objects[-1]
    return Mention(verb.start(1), verb.end(1), verb.group(1), UNNAMED)


UNNAMED_BEFORE_RE = re.compile(r"\b([Jj]emand|[Mm]an|[Nn]iemand)\s+$")  # searched up to a verb


JOINED_CLAUSE_RE = re.compile(r",\s+(?:während|wobei|und|bevor|nachdem|ehe|als)\s+")


def _introduced_by(
    frame: str, start: int, mentions: list[Mention], speakers: Speakers
) -> Mention | None:
    """The subject of the clause that introduces the quotation (X sagte: „…“, X erklärte, …
    „…“), when that clause reports speech; otherwise nobody (the passage's focus speaks)."""
    before = frame[:start]
    colon = COLON_BEFORE.search(before) is not None
    if not (colon or _cue_in(before)):
        return None
    # A colon before the introducing clause ends another clause ("… scharf: So sagte X: „…“").
    breaks = list(CLAUSE_OR_COLON_RE.finditer(before.rstrip().removesuffix(":")))
    clause_start = breaks[-1].end() if breaks else 0
    if colon:
        # "„…“, sagte A, während B ergänzte: „…“": the colon's clause opens after the comma.
        joined = list(JOINED_CLAUSE_RE.finditer(before, clause_start))
        if joined and _cue_in(before[joined[-1].end() :]):
            clause_start = joined[-1].end()
            opening = [m for m in mentions if m.start == clause_start and m.kind == NAME]
            if opening:  # (not taken for a prepositional object: "während" joins clauses)
                return opening[0]
    voice = VOICE_NOUN_RE.search(before, clause_start) if colon and "in" in before else None
    governed = voice is not None and any(
        w.lower() in german.PREPOSITIONS for w in before[: voice.start()].split()[-1:]
    )
    if voice is not None and not governed:
        # "Kaum hatte er ausgesprochen, kam aus dem Publikum ein Ruf: „…“": a voice the text
        # does not name, not whoever the clause names beside it.
        return Mention(voice.start(), voice.end(), voice.group(0), UNNAMED)
    verbs = [m for m in LOWER_WORD_RE.finditer(before, clause_start) if m.group(1) in CUE_WORDS]
    if verbs:
        after = speakers.phrase_at(frame, verbs[-1].end())
        if after is not None and after.kind == UNNAMED:
            return after  # "Aus der Ecke der Jusos, die X unterstützen, ruft jemand: „…“"
        voice = UNNAMED_BEFORE_RE.search(frame, 0, verbs[-1].start())
        if voice is not None and voice.end() == verbs[-1].start():
            # "Jubel im Saal, jemand ruft: „…“": a voice the text does not name
            return Mention(voice.start(1), voice.end(1), voice.group(1), UNNAMED)
        lead = frame[clause_start : verbs[-1].start()].strip()
        if ONE_OF_GROUP_RE.fullmatch(lead[:1].lower() + lead[1:]):
            # "Einer von ihnen ruft X hinterher: „…“": one of a group speaks, the name after
            # the verb is whom he calls to.
            at = frame.index(lead, clause_start)
            return Mention(at, at + len(lead), lead, OTHER)
        quoted = _quoted_object(frame, verbs[-1].group(1), verbs[-1].end(), speakers)
        if quoted is not None:
            return quoted
        passive = PASSIVE_RE.search(frame, clause_start, verbs[-1].start()) is not None
        if german.quotes_somebody(verbs[-1].group(1)) and not passive:
            return _quoted_before(frame, mentions, clause_start, verbs[-1], start)
        # A cue verb right after a comma opens the main clause after a fronted one: its
        # subject follows it ("Auf die Frage, ob X bleibe, antwortete Adler: „…“").
        fronted = frame[: verbs[-1].start()].rstrip().endswith(",")
        if fronted and after is not None and after.kind in (NAME, ROLE, PRONOUN):
            return after
    cue_at = verbs[-1].start() if verbs else start
    in_clause = [
        m for m in _outside_relative_clauses(frame, mentions, cue_at) if m.start >= clause_start
    ]
    if not in_clause and any(m.start >= clause_start for m in mentions):
        # Only a relative clause names anybody: the subject is somebody else, a name the
        # people finder does not know ("postete Pham Minh Chau, die …, …"), or something the
        # rules cannot name ("Ein Zitat, das X zugeschrieben wird, macht die Runde: „…“").
        subject = speakers.clause_subject(frame, start)
        unknown_name = subject is not None and subject.text.split()[0].lower() not in (
            german.DETERMINERS
        )
        if subject is not None and (subject.kind in (NAME, ROLE) or unknown_name):
            return subject
        return Mention(clause_start, start, frame[clause_start:start], UNNAMED)
    cue_verbs = [v for v in verbs if v.group(1) in german.CUE_VERBS]
    said = [
        v for v in verbs if v.group(1) in german.CUE_VERBS or v.group(1) in german.CUE_PARTICIPLES
    ]
    if said and not COLON_BEFORE.search(before):
        # Past "sagen," or "hat gesagt," comes what was said: its subject is not the speaker
        # ("Die Gutachter sagen, der Fahrer trage die „volle Verantwortung“", "Sein Bruder hat
        # gesagt, X sei „am Limit“").
        comma = frame.find(",", said[-1].end(), start)
        if comma >= 0:
            in_clause = [m for m in in_clause if m.start < comma]
    adjacent = _subject_after_comma(in_clause, cue_verbs[-1].start(), frame) if cue_verbs else None
    if (
        colon
        and adjacent is None
        and _from_somebody_before_colon(frame, clause_start, in_clause, start)
    ):
        # "Rückendeckung bekam X von Kreisrätin Y (SPD): „…“": Y's words about X, or X's
        # answer to what came from Y; the text does not say which. In the passive the words
        # are what Y did to X ("Kritisiert wurde X von Y: „…“"): Y's.
        if PASSIVE_RE.search(frame, clause_start, start) is not None:
            return in_clause[-1]
        return Mention(clause_start, start, frame[clause_start:start], UNNAMED)
    agent = _passive_agent(frame, clause_start, in_clause, start) if colon else None
    if agent is not None:
        return agent  # "X was criticised by Y: "…"": Y's words about X
    subject = adjacent or _subject_before(in_clause, start)
    if subject is not None and _body_speaks_about(frame, clause_start, subject):
        # "Die Zeitung lobt X: „…“": the paper's words about X, not X's.
        body = speakers.clause_subject(frame, start)
        if body is not None and body.kind == OTHER:
            return body
        return Mention(clause_start, start, frame[clause_start:start], UNNAMED)
    return subject or speakers.clause_subject(frame, start)


# An English passive naming its agent: "X was criticised by (the treasurer,) Y:".
ENGLISH_PASSIVE_BY_RE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\s+by\s"
)


def _passive_agent(
    frame: str, clause_start: int, in_clause: list[Mention], start: int
) -> Mention | None:
    """The person after "by" in an English passive right before the colon: the one who did
    what the clause says to its subject, and whose words follow."""
    passive = ENGLISH_PASSIVE_BY_RE.search(frame, clause_start, start)
    if passive is None:
        return None
    after = [m for m in in_clause if m.start >= passive.end() and m.kind in (NAME, ROLE)]
    return after[-1] if after else None


# "… von (der) (Role) Y (Partei):", "… from (the) Y:" closing a clause before the quotation.
FROM_BEFORE_RE = re.compile(
    r"\b(?:vo[nm]|from)\s+(?:(?:der|dem|einer|einem|the)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
FROM_END_RE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*:\s*")
FROM_WORDS = frozenset({"von", "vom", "from", "the"}) | german.DETERMINERS


def _from_somebody_before_colon(
    frame: str, clause_start: int, in_clause: list[Mention], start: int
) -> bool:
    """Whether a clause with a verb names one person as its subject and another after "von"
    right before the colon ("Lob bekam X von Y:"), so that either may speak next. ("Die
    Tochter von Y:", with no verb, is the daughter's words.)"""
    if len(in_clause) < 2:
        return False
    last = in_clause[-1]
    lead = frame[clause_start : last.start].split()
    return (
        last.kind in (NAME, ROLE)
        and FROM_BEFORE_RE.search(frame, 0, last.start) is not None
        and FROM_END_RE.fullmatch(frame, last.end, start) is not None
        and any(w.islower() and w not in FROM_WORDS for w in lead)
    )


# A clause opening with a body that speaks, then its verb, then (maybe) an object's article:
# "Die Zeitung lobt …", "Der Kreisverband sieht die …", "Die „Moselpost“ nennt …" (a quoted
# name is blanked in the frame).
BODY_THEN_VERB_RE = re.compile(
    r"^\s*(?:Der|Die|Das)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?(?P<head>[A-ZÄÖÜ][\w-]*|\s{3,})\s+"
    r"[a-zäöüß]+\s+(?:(?:de[nmr]|die|das)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?)?$"
)


def _body_speaks_about(frame: str, clause_start: int, mention: Mention) -> bool:
    """Whether the person stands right after the verb of a clause whose subject is a paper or
    an institution: in that place German puts the object, and the quotation that follows the
    colon is the body's verdict on the person, not the person's words."""
    opening = BODY_THEN_VERB_RE.match(frame[clause_start : mention.start])
    if opening is None:
        return False
    head = opening.group("head")
    return not head.strip() or german.is_medium_noun(head) or german.is_institution_noun(head)


def _inner_cue_subject(
    frame: str, clause_start: int, verbs: list[re.Match[str]], mentions: list[Mention]
) -> Mention | None:
    """ "X trug vor, die Bürgermeisterin habe gesagt: „…“": a colon closing a reported clause
    whose own cue is in Konjunktiv ("habe … gesagt") introduces what that clause's subject said,
    not X's words. Nobody when the clause names no subject ("…, man habe gerufen: „…“")."""
    if not verbs or verbs[-1].group(1) not in german.CUE_PARTICIPLES:
        return None
    comma = frame.rfind(",", clause_start, verbs[-1].start())
    if comma < 0 or german.KONJUNKTIV_AUXILIARIES.isdisjoint(
        frame[comma : verbs[-1].start()].split()
    ):
        return None
    for mention in mentions:
        if comma < mention.start < verbs[-1].start() and not mention.oblique:
            if len(frame[comma + 1 : mention.start].split()) > SUBJECT_WORDS:
                break
            if mention.kind in (NAME, PRONOUN, ROLE):
                return mention
    return Mention(comma, verbs[-1].end(), frame[comma + 1 : verbs[-1].end()], UNNAMED)


def _subject_before(mentions: list[Mention], start: int) -> Mention | None:
    for i, mention in enumerate(mentions):
        if mention.start >= start:
            break
        if not mention.oblique and mention.kind in (NAME, PRONOUN, ROLE, UNNAMED):
            # (A role with a name in apposition is that person: speakers._apposed_person.
            # Several people, "sie glauben …", are nobody alone.)
            return mention
        # "Das Fazit von Sandra Boser …:", "Zitat von Schröder:" – the name after the cue noun.
        if german.CUE_NOUNS.search(mention.text) and i + 1 < len(mentions):
            following = mentions[i + 1]
            if following.start < start and following.kind in (NAME, ROLE):
                return following
    return None


# "Das Fazit von X …:", "Zitat von X:", "Die knappe Antwort vom Trainer X:": a noun for words
# said, opening its sentence, then "von" and the one who said them (an article and an adjective
# may stand before the noun).
CUE_NOUN_OWNER_RE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][a-zäöüß]*\s+)?(?:[a-zäöüß]+\s+)?(?:" + german.CUE_NOUNS.pattern + r")"
    r"\s+vo[nm]\s+$"
)


# Nouns for what somebody put forward, whose owner said it: "Sein Vorschlag:", "Korbs Prognose:".
PROPOSAL_NOUNS = frozenset({"Vorschlag", "Forderung", "Warnung", "Angebot", "Prognose"})
# "Korbs Fazit fiel knapp aus:", "Korbs Kommentar zum Ergebnis:": the name's genitive opens the
# sentence before the noun for words said.
GENITIVE_CUE_NOUN_RE = re.compile(
    r"^\s*(?:[a-zäöüß]+\s+)?(?:" + german.CUE_NOUNS.pattern + "|" + "|".join(PROPOSAL_NOUNS) + r")"
)
# "Von Korb kam nur ein Satz:", "Von X kamen nur wenige Worte:": what came from X is X's words.
CAME_FROM_RE = re.compile(r"^\s*kam(?:en)?\b[^:;„“]{0,60}?\b(?:Satz|Worte|Kommentar|Antwort)\b")
# A messenger's forward or message, opening the sentence or a feed's entry after its time stamp:
# "Weitergeleitet von X:", "Weitergeleitet aus dem Kanal von X:", "+++ 18:05 +++ Nachricht von
# Wahlleiterin X:", "Sprachnachricht von X, abgetippt:" is X's message.
FORWARDED_FROM_RE = re.compile(
    r"(?:^|:\s|\+\s)\s*(?:Weitergeleitet(?:\s+aus\s+de[mr]\s+[A-ZÄÖÜ][\w-]*)?"
    r"|(?:Sprach|Kurz|Text)?[Nn]achricht)\s+vo[nm]\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)


def _cue_noun_owner(frame: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The person whose words a cue noun opening the sentence names before a colon: "Das Fazit
    von Anna Korb nach der Wahl fällt knapp aus: „…“", "Korbs Fazit: „…“", "Von Korb kam
    nur ein Satz: „…“" and a messenger's "Weitergeleitet von Korb: „…“" are Korb's. Only the
    sentence's first named person, and only when no cue verb stands between them and the
    quotation (that verb has a subject of its own: "Zitat von X, sagte Y: …")."""
    named = [m for m in mentions if m.start < start]
    if not named or named[0].kind != NAME:
        return None
    owner = named[0]
    before, after = frame[: owner.start], frame[owner.end : start]
    genitive = GENITIVE_CUE_NOUN_RE.match(after) if owner.oblique and not before.strip() else None
    came = CAME_FROM_RE.match(after) if before.strip() in ("Von", "Vom") else None
    if (
        genitive is None
        and came is None
        and CUE_NOUN_OWNER_RE.match(before) is None
        and FORWARDED_FROM_RE.search(before) is None
    ):
        return None
    noun = genitive or came
    if _cue_in(after[noun.end() :] if noun is not None else after):
        return None
    return replace(owner, oblique=False) if genitive is not None else owner


# The writer's own saying, told in the first person before a colon: "Ich sage meinen
# Studierenden seit Jahren: „…“", "Meinen Kollegen sagte ich damals:", "Ich habe ihr gesagt:".
_FIRST_PERSON_VERBS = r"(?:sage|sagte|schreibe|schrieb|frage|fragte|antworte|antwortete|rief)"
FIRST_PERSON_CUE_RE = re.compile(
    r"(?:^|[.!?]\s)[^.!?,;:„“]*?(?:\b[Ii]ch\s+(?:[a-zäöüß]+\s+)?"
    + _FIRST_PERSON_VERBS
    + r"|\b"
    + _FIRST_PERSON_VERBS
    + r"\s+ich|\b[Ii]ch\s+(?:habe|hatte)\s+[^.!?,;:„“]*?"
    r"\b(?:gesagt|geschrieben|gefragt|geantwortet))\b[^.!?,;:„“]*:\s*$"
)


def _first_person_cue(before: str) -> bool:
    """Does the writer introduce the quotation as their own saying (FIRST_PERSON_CUE_RE)?"""
    return ("ich " in before or "Ich " in before) and FIRST_PERSON_CUE_RE.search(before) is not None


# "Ein Satz aus ihrer Neujahrsrede ist vielen im Gedächtnis geblieben: „…“": words taken from
# what the possessor said or wrote are the possessor's.
WORDS_FROM_POSSESSOR_RE = re.compile(
    r"^\s*(?:Ein|Der|Dieser)\s+(?:Satz|Spruch|Ausspruch|Zitat)\s+(?:aus|in)\s+"
    r"(ihre[mnr]?|seine[mnr]?)\s+[A-ZÄÖÜ][\w-]*"
)


def _words_from_possessor(frame: str, start: int) -> Mention | None:
    """The possessive of "Ein Satz aus ihrer Rede …:" as a pronoun for its possessor, when no
    cue verb with a subject of its own follows before the quotation."""
    found = WORDS_FROM_POSSESSOR_RE.match(frame)
    if found is None or found.end() > start or _cue_in(frame[found.end() : start]):
        return None
    gender = "f" if found.group(1).startswith("ihr") else "m"
    return Mention(found.start(1), found.end(1), found.group(1), PRONOUN, None, False, gender)


RELATIVE_CLAUSE_RE = re.compile(
    r",\s+(?:(?:von|mit|in|an|auf|für|bei|zu|nach|aus|über|unter|gegen)\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|welche[rnms]?|who|whom|whose|which)\s"
)


CLAUSE_COMMA_RE = re.compile(r",(?!\d)")


def _relative_clauses(frame: str) -> list[tuple[int, int]]:
    """Where the relative clauses of a sentence stand: from the comma that opens one to the
    comma (or end) that closes it."""
    spans = []
    for clause in RELATIVE_CLAUSE_RE.finditer(frame):
        closing = CLAUSE_COMMA_RE.search(frame, clause.end())  # (not the comma of "11,4")
        close = closing.start() if closing else len(frame)
        words = frame[clause.end() : close].split()
        # A German relative clause ends with its verb; ", der Pilot trage die Verantwortung"
        # is a clause of its own, "der" its article. (English "who", "which" say it alone.)
        english = clause.group(0).split()[-1] in ("who", "whom", "whose", "which")
        if english or (words and words[-1][:1].islower()):
            spans.append((clause.start(), close))
    return spans


def _closes_subject_relative(frame: str, comma: int) -> bool:
    """Whether `comma` closes a relative clause on the sentence's subject ("Die Kandidatin X,
    die …, rief …": the verb's subject stands before it), not on a fronted phrase ("In einer
    Videobotschaft, die …, sagte X": the subject follows the verb)."""
    for start, close in _relative_clauses(frame):
        if close == comma:
            first = frame[:start].split()[:1]
            return bool(first) and first[0].lower() not in german.PREPOSITIONS
    return False


def _outside_relative_clauses(frame: str, mentions: list[Mention], cue: int) -> list[Mention]:
    """The mentions that are no part of a relative clause without the cue at offset `cue`:
    "Ein Sprecher der Grünen, die Vogelsang unterstützt hatten, sagte …" names Vogelsang as an
    object; "…, die die Ministerin zum Ziel erklärt hatte: „…“" names the speaker in it."""
    spans = [(a, b) for a, b in _relative_clauses(frame) if not a <= cue < b]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


SUBJECT_WORDS = 4  # the subject of a German main clause stands in its first few words


def _embedding_subject(
    frame: str, start: int, mentions: list[Mention], speakers: Speakers
) -> Mention | None:
    """A quotation woven into a sentence with no speech cue ("Der Kanzler würdigte ihn als
    „…“") is said by that sentence's subject: a person, role or institution opening the clause
    or standing right after its verb. A bare quotation sentence has none and falls through."""
    before = frame[:start]
    if len(before.split()) < 2 or _subjunctive_in(frame):
        return None  # a subjunctive sentence continues whoever was reported before
    breaks = list(CLAUSE_BREAK_RE.finditer(before))
    clause_start = breaks[-1].end() if breaks else 0
    if RELATIVE_CLAUSE_RE.search(before, clause_start):
        return None  # „…“ inside "…, die die Gefahr einer „…“ beschwören": the antecedent's
    for mention in mentions:
        if mention.start >= start:
            break
        if mention.start < clause_start or mention.oblique:
            continue
        if mention.kind not in (NAME, ROLE, PRONOUN):
            continue
        if len(frame[clause_start : mention.start].split()) <= SUBJECT_WORDS:
            return mention
    return None


# "In der Erklärung heißt es: „…“", "…, hieß es aus Paris", "dem Bericht zufolge": the speaker is
# a document, a medium or a capital's government, named by a prepositional phrase next to the cue.
_SOURCE_PREP = r"(?P<prep>[Ii]n|[Ii]m|[Aa]uf|[Aa]us|[Vv]on|[Vv]om|[Bb]ei|[Bb]eim)"
# (A party in brackets may stand in it: "In der Antwort von Landrätin X (Grüne) heißt es".)
_SOURCE_NP = r"(?P<np>(?:[^,;:.!?()]|\([^()]{1,30}\)){1,120}?)"
SOURCE_BEFORE_RE = re.compile(
    rf"\b{_SOURCE_PREP}\s+{_SOURCE_NP}\s+(?:heißt|hieß|heisst|hiess|hatte|hat)\s+es\b"
)
SOURCE_AFTER_RE = re.compile(
    rf"\b{german.IT_SAYS}\s+es\s+(?:(?:wörtlich|dazu|weiter|auch|außerdem|nun|zudem"
    r"|etwa|ferner|jedoch|aber|dagegen|allerdings|später|abends|am\s+(?:Abend|Morgen|Mittag"
    r"|Nachmittag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag))\s+)*"
    rf"{_SOURCE_PREP}\s+(?P<np>[^,;:.!?()]{{1,120}})"
)
# Every match of the three patterns holds one of these ("hat" also stands for "hatte").
SOURCE_CUE_WORDS = ("heißt", "hieß", "heisst", "hiess", "hat", "zufolge")
SOURCE_FROM = frozenset({"aus", "von", "vom"})  # "hieß es aus / von …": where words came from
ACCORDING_RE = re.compile(r"\b(?P<np>(?:dem|der|den|einem|einer)\s+[^,;:.!?()]{1,80}?)\s+zufolge\b")
PARTICLE_NAME_RE = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ]")  # al-Jazeera, el-Baradei
ACCORDING_START_RE = re.compile(r"\b(?:dem|der|den|einem|einer)\s")
_NP_GLUE = frozenset("von vom der des und den dem".split())
SOURCE_WORDS = 12
INDEFINITE = german.INDEFINITE_ARTICLES


INFLECTED_RE = re.compile(r"[a-zäöüß-]+(?:e|en|er|es|em)")


def _in_noun_phrase(word: str) -> bool:
    """Can `word` stand in a document's noun phrase: a noun or name, an article, a genitive link
    ("der", "von") or an inflected adjective ("gemeinsamen") — not a verb or preposition."""
    low = word.lower()
    if word[:1].isupper() or word[:1].isdigit() or low in german.DETERMINERS or low in _NP_GLUE:
        return True
    return bool(
        INFLECTED_RE.fullmatch(low)
        and low not in german.NOT_VERBS
        and low not in german.FINITE_VERBS
        and low not in german.CUE_VERBS
        and low not in german.PREPOSITIONS
    )


def _in_according(word: str) -> bool:
    """A word of a "zufolge" source's phrase, names with a lower-case particle included
    ("dem Korrespondenten al-Jazeeras")."""
    return _in_noun_phrase(word) or PARTICLE_NAME_RE.match(word) is not None


def _according_phrase(frame: str) -> re.Match[str] | None:
    """ "… kam der Meldung zufolge …": the noun phrase that ends right before "zufolge" and
    opens with an article, when there is one."""
    at = frame.find(" zufolge")
    for start in (m.start() for m in ACCORDING_START_RE.finditer(frame, 0, at)):
        if all(map(_in_according, frame[start:at].split())):
            return ACCORDING_RE.match(frame, start)
    return None


def _source_phrase(text: str) -> str:
    """A document's noun phrase, cut where the clause goes on ("… an Staatsanwaltschaft")."""
    kept: list[str] = []
    for word in text.split()[:SOURCE_WORDS]:
        if not _in_noun_phrase(word):
            break
        kept.append(word)
    while kept and (kept[-1].lower() in _NP_GLUE or not kept[-1][:1].isupper()):
        kept.pop()
    return " ".join(kept)


def _document_source(frame: str, speakers: Speakers) -> Mention | None:
    """The document or medium a "heißt es"/"zufolge" sentence quotes; its author when the phrase
    names a known person ("hieß es vom Abgeordneten X"). A statement with no named owner ("in
    einer Erklärung", "in seiner Erklärung") is left to the other rules: its author is the
    sentence's or the passage's person."""
    if not any(word in frame for word in SOURCE_CUE_WORDS):
        return None  # none of the three patterns below can match
    match: re.Match[str] | None = SOURCE_BEFORE_RE.search(frame)
    after = SOURCE_AFTER_RE.search(frame)
    if after is not None and (match is None or after.group("prep").lower() in SOURCE_FROM):
        # "Beim Empfang hieß es aus der Kommission, …": the phrase after the cue says where
        # the words came from; one before it may be only the occasion.
        match = after
    if match is not None and {w.lower() for w in _words(frame[match.end() :])} & CUE_WORDS:
        return None  # "Im Bericht hieß es, X habe gesagt: „…“": the inner cue names who spoke
    if match is None:
        if {w.lower() for w in _words(frame)} & german.CUE_VERBS:
            return None  # "sagte X einigen Teilnehmern zufolge": the verb's subject speaks
        match = ACCORDING_RE.search(frame)
        if match is not None and not all(map(_in_according, match.group("np").split())):
            # "Das Impfen der Jungtiere senkt neuesten Studien zufolge …": the phrase
            # right before "zufolge" is the source, not one before the verb.
            match = _according_phrase(frame)
    if match is None:
        return None
    phrase = _source_phrase(match.group("np"))
    if not phrase:
        return None
    start = match.start("np")
    prep_word = match.groupdict().get("prep") or ""
    from_inside = prep_word.lower() == "aus" or (
        prep_word.lower() == "von" and phrase.split()[0] == "Seiten"
    )
    if from_inside and len(phrase.split()) > 1:
        # "Aus der Kreisgeschäftsstelle hieß es, …", "Von Seiten der Verwaltung hieß es": somebody
        # there, whom the text does not name (nor is "aus dem Umfeld von X" X). "Aus Paris hieß
        # es" names a government.
        return Mention(start, start + len(phrase), phrase, UNNAMED)
    person = speakers.mentions(phrase)
    named = [m for m in person if m.kind == NAME and m.person is not None]
    if named:
        return Mention(start, start + len(phrase), phrase, NAME, named[0].person)
    words = phrase.split()
    capitalised = [w for w in words if w[:1].isupper()]
    if words[0].lower() in POSSESSIVE_WORDS or (
        words[0].lower() in INDEFINITE and len(capitalised) <= 1
    ):
        return None  # "in seiner Erklärung", "in einer Erklärung": the passage's person speaks
    prep = match.groupdict().get("prep") or ""
    shown = _as_source(words, prep.lower())
    # (Not a person's role: "dem Zeugen zufolge" is the witness.)
    dative = words[0].lower() == "dem" and not any(map(german.is_role_noun, words))
    while words and words[0].lower() in german.DETERMINERS:
        words = words[1:]
    if not words:
        return None
    if shown is None and dative:
        # "dem Wahlausschuss zufolge", "dem vorläufigen Ergebnis zufolge": a body or a text
        # whose nominative the phrase does not tell; without its article it would read like a
        # name ("Wahlausschuss"), so the source is shown as nobody.
        return Mention(start, start + len(phrase), phrase, UNNAMED)
    return Mention(start, start + len(phrase), shown or " ".join(words), OTHER)


# A source's article after a preposition ("in der Studie", "im Bericht", "in einem Schreiben")
# and the one it takes alone, where the case says the gender; "dem" and "im" need the noun's.
_ARTICLE_ALONE = {"der": "die", "einer": "eine", "einem": "ein"}
_MASCULINE_OR_NEUTER = {"m": "der", "n": "das"}
_CONTRACTED = frozenset({"im", "vom", "beim"})  # "in dem", "von dem", "bei dem"


def _as_source(words: list[str], prep: str) -> str | None:
    """A document's phrase as a description in the nominative ("die Studie", "der Bericht",
    "das Schreiben der Behörde", "eine Mitteilung der SPD"): a study or a letter names no person,
    and shown with its article it is not taken for a person's name. None when the case or the
    gender cannot be told ("in Paris", "in dem Rathaus", "in der neuen Studie")."""
    first = words[0].lower()
    if first in _ARTICLE_ALONE and len(words) > 1 and words[1][:1].isupper():
        article = _ARTICLE_ALONE[first]
        if first == "einem" and german.document_gender(words[1]) is None:
            return None
        rest = words[1:]
    elif (first == "dem" and len(words) > 1) or (prep in _CONTRACTED and words[0][:1].isupper()):
        rest = words[1:] if first == "dem" else words
        gender = german.document_gender(rest[0])
        if gender is None or not rest[0][:1].isupper():
            return None
        article = _MASCULINE_OR_NEUTER[gender]
    else:
        return None
    return " ".join([article, *rest])


MEDIUM_WORDS = 4  # „Die Zeit“, „Reuters“, „BBC News“: a medium's name is short


def _quoted_names(sentence: Sentence) -> dict[int, tuple[int, str]]:
    """Short capitalised quoted spans that are names, not speech, by their opening mark's offset
    in the sentence frame (with the offset just after the closing mark)."""
    if not sentence.quotes:
        return {}
    frame = sentence.frame()
    names: dict[int, tuple[int, str]] = {}
    for span in sentence.quotes:
        start = span.start - 1 - sentence.start
        before = sentence.text[:start]
        words = _words(span.text)
        if not words or len(words) > MEDIUM_WORDS or not span.text[:1].isupper():
            continue
        if span.text.rstrip()[-1:] in ".!?…" or _is_speech(span, frame, before):
            continue
        names[start] = (span.end + 1 - sentence.start, span.text)
    return names


CHAIN_REACH = 2  # sentences after a speaker within which the subjunctive goes on reporting them


def chained_speaker(speakers: Speakers) -> Referent | None:
    """Whom a Konjunktiv sentence may go on reporting: the last speaker, a sentence or two on,
    or a known person the sentence before announced speaking without quoting them ("X sprach
    sich gegen Gewalt aus. Zwar sei Druck nötig, aber „…“")."""
    if speakers.last_speaker is not None and speakers.since_speaker <= CHAIN_REACH:
        return speakers.last_speaker
    return speakers.last_subject if speakers.last_announced else None


def _reported_chain(frame: str, mentions: list[Mention], speakers: Speakers) -> bool:
    """Does this sentence go on reporting the last speaker: Konjunktiv I a sentence or two on,
    with nobody else named as its subject?"""
    last = chained_speaker(speakers)
    if last is None or _cue_in(frame):
        return False  # a sentence with a cue of its own is not the last speaker going on
    if names_somebody_else(mentions, last):
        return False  # "Auch X will „…“ prüfen": somebody else's sentence
    return german.has_subjunctive(frame, strict=True)


def names_somebody_else(mentions: list[Mention], last: Referent) -> bool:
    """Does a subject phrase of these mentions name somebody other than the last speaker (or
    somebody nobody knows)? Then the sentence does not go on reporting them."""
    return any(
        mention.person is None or mention.person is not last.record
        for mention in mentions
        if not mention.oblique and mention.kind in (NAME, ROLE)
    )


# A subordinate clause with a speech cue and a subject of its own, opened at the sentence's
# start or after a comma: "Während X erklärte, sie sei „…“, räumte Y ein, …", "…, zumal X
# betont hatte, … „…“, doch …". What the quotation inside it says is that clause's speaker's.
SUBORDINATE_OPENING_RE = re.compile(
    r"(?:^|,\s*)(?:[Ww]ährend|[Zz]umal|[Ww]eil|[Nn]achdem|[Oo]bwohl|[Oo]bgleich|[Dd]a|[Aa]ls)\s+"
)
# "Die Sichtweise von X, wonach …„…“": the view's holder, not the main clause's subject.
VIEW_OF_RE = re.compile(
    r"\b(?:Sichtweise|Ansicht|Auffassung|Aussage|Äußerung|Darstellung|Einschätzung|Behauptung"
    r"|Meinung|Position|Forderung|Warnung|Vorwurf|Argument)\s+(?:von|vom|des|der)\s+"
)
SUBORDINATE_SUBJECT_LEAD = 2  # "zumal Anwalt X": a title or role may stand before the name
SUBORDINATE_CUE_WORDS = 5  # "X immer wieder betont hatte,": the subject's cue, a few words on


def _subordinate_speaker(frame: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The subject of the subordinate speech clause the quotation stands in ("Während X
    erklärte, sie sei „…“, räumte Y ein"), or the holder of a view it states ("Die Sichtweise
    von X, wonach … „…“ …, teilt Y nicht"): a cue of the main clause after it is not its cue.
    Nobody when another cue stands between that clause's comma and the quotation."""
    before = frame[:start]
    views = list(VIEW_OF_RE.finditer(before))
    view = views[-1] if views else None
    if view is not None:
        wonach = before.find(", wonach ", view.end())
        if wonach >= 0 and german.first_cue_verb(before[wonach:]) is None:
            holder = next(
                (m for m in mentions if view.end() <= m.start < wonach and m.kind == NAME), None
            )
            if holder is not None:
                return holder
    openings = list(SUBORDINATE_OPENING_RE.finditer(before))
    if not openings:
        return None
    clause = openings[-1].end()
    subject = next((m for m in mentions if clause <= m.start < start), None)
    if subject is None or subject.kind not in (NAME, ROLE, PRONOUN):
        return None
    # Only a title or role before it ("zumal Anwalt X"): a name right after "während" may be
    # read as a preposition's object, but a cue verb follows it here, so it is the subject.
    lead = frame[clause : subject.start].split()
    if len(lead) > SUBORDINATE_SUBJECT_LEAD or not all(w[:1].isupper() for w in lead):
        return None
    comma = frame.find(",", subject.end, start)
    if comma < 0:
        # Inside the clause, its verb after the quotation: "Während X von „…“ sprach, warnte
        # Y vor …" – X's words, not Y's.
        closing = frame.find(",", start)
        cue_words = frame[subject.end : closing].split() if closing >= 0 else []
        inside = any(w in CUE_WORDS for w in cue_words[-SUBORDINATE_CUE_WORDS:])
        return subject if inside and ";" not in frame[subject.end : closing] else None
    cue_words = frame[subject.end : comma].split()
    if len(cue_words) > SUBORDINATE_CUE_WORDS or not any(w in CUE_WORDS for w in cue_words):
        return None
    rest = frame[comma:start]
    if ";" in rest or ":" in rest or german.first_cue_verb(rest) is not None:
        return None
    return subject


RELATIVE_GENDER = {"der": "m", "die": "f"}


def _relative_clause_speaker(
    frame: str, start: int, mentions: list[Mention], speakers: Speakers
) -> Mention | None:
    """A quotation inside a relative clause with its own cue speaks for the one the clause is
    about: "Wiegand, der im Frühjahr von einer „…“ gesprochen hatte, legte …" is Wiegand's,
    "Die Landrätin, die von einer „…“ sprach, hält daran fest" hers. The phrase must stand
    right before the clause and fit its pronoun's gender; else nobody the rules can name."""
    for opening, close in _relative_clauses(frame):
        if not opening < start < close:
            continue
        clause = frame[opening + 1 : close]
        pronoun = clause.split()[0] if clause.split() else ""
        if pronoun not in RELATIVE_GENDER or CUE_WORDS.isdisjoint(_words(clause.lower())):
            return None
        if any(opening < m.start < start and not m.oblique for m in mentions):
            return None  # "die Marke, die X … erklärt hatte: „…“": the clause's own subject
        before = [m for m in mentions if m.end <= opening]  # (an object may be meant too)
        head = before[-1] if before else None
        known = speakers.resolve(head) if head is not None else None
        if (
            head is None
            or known is None
            or known.record is None
            or not NAME_TO_VERB_RE.fullmatch(frame[head.end : opening + 1])
            or known.gender not in (None, RELATIVE_GENDER[pronoun])
        ):
            # "X gratulierte Ys Mann, der von einem „…“ sprach": somebody the rules cannot
            # name speaks in the clause, not the sentence's subject.
            return Mention(opening, close, clause, UNNAMED)
        return head
    return None


# A noun for words right before a quotation, which stands beside it as its wording.
WORDS_NOUN_BEFORE_RE = re.compile(
    r"\b(?:Satz|Spruch|Slogan|Parole|Schlagwort|Versprechen|Wort|"
    + german.CUE_NOUNS.pattern
    + r")\s*[„“\"]?$"
)


def _cued_speaker(
    frame: str,
    before: str,
    start: int,
    end: int,
    mentions: list[Mention],
    speakers: Speakers,
    document: Mention | None,
    answered: bool = False,
) -> Mention | None:
    """The phrase a speech cue names as the quotation's speaker, the rules tried from the
    strongest evidence to the weakest. `answered`: a question answered right after it, so a
    cue after the answer is the answerer's („…?“ – „…“, sagte sie), not the asker's."""
    if document is not None:
        return document
    unnamed = borrowed.unnamed_cue_subject(frame)
    if unnamed is not None and frame.find(",", unnamed.end) < start:
        return unnamed  # "Ihr Vater, der …, erzählte, dass sie …, „…“": his words, unnamed
    colon = COLON_BEFORE.search(before) is not None
    # "Der Satz „…“ ärgerte X", "Vogts Slogan „…“ überzeugte X nicht": the quotation names a
    # saying, the subject of the verb after it; X is its object, not who said it.
    # (Not before a comma: "Der Satz „…“, sagte X, …" is X's cue.)
    named_saying = WORDS_NOUN_BEFORE_RE.search(before) is not None and not frame[
        end:
    ].lstrip().startswith((",", "–"))
    return (
        _subordinate_speaker(frame, start, mentions)
        or _relative_clause_speaker(frame, start, mentions, speakers)
        or (None if named_saying else _cue_after(frame, end, speakers))
        or _dashed_name(frame, before, start, end, mentions, speakers)
        or (_read_out(frame, start, speakers) if colon else None)
        or (None if answered else _cue_later(frame, end, speakers))
        or _attribution(frame, start, speakers)
        or _inner_said(frame, start, mentions)
        or (_cue_noun_owner(frame, start, mentions) if colon else None)
        or (_words_from_possessor(frame, start) if colon else None)
        or (_introduced_by(frame, start, mentions, speakers) if colon else None)
        or (_elided_subject(before, mentions, speakers) if colon else None)
        or _let_say(frame[:start], mentions, speakers)
        or _cue_verb_before(frame, start, mentions, speakers)
        or _introduced_by(frame, start, mentions, speakers)
        or _embedding_subject(frame, start, mentions, speakers)
    )


# "„…“ Das sagte X am Abend." / "Dies erklärte X.": the next sentence names the speaker.
# "Und weiter: „…“": the speaker just quoted goes on.
CONTINUATION_RE = re.compile(r"^\s*(?:Und\s+)?(?:[Ww]eiter|[Ff]erner|[Zz]udem|[Aa]ußerdem)\s*:\s*$")
SAID_NEXT_RE = re.compile(r"^\s*(?:Das|Dies)\s+(?:hat\s+|hatte\s+)?([a-zäöüß]+)\b")
BRACKETED_NAME_RE = re.compile(r"^\s*\(([^()]{3,60})\)\s*$")


def _bracketed_name(following: str, speakers: Speakers) -> Mention | None:
    """A name alone in brackets right after a quotation: "„…“ (Maja Ostrowski)"."""
    bracket = BRACKETED_NAME_RE.match(following)
    if bracket is None:
        return None
    named = speakers.phrase_at(following, bracket.start(1))
    return named if named is not None and named.kind == NAME else None


# Words that may follow a caption's name where a sentence would have its verb: "Name kurz
# nach der Wahl", "Name am Abend im Foyer", "Name mit ihrem Mann".
CAPTION_WORDS = german.PREPOSITIONS | frozenset("kurz gestern heute vorhin".split())
CAPTION_PARTY_RE = re.compile(r"\s*\([^()]{1,40}\)")  # "Name (SPD) nach der Wahl"
CAPTION_AGE_RE = re.compile(r",\s*\d{1,3}(?:,|\s*$)")  # "Name, 18, Schülerin aus Stadtfeld"


def _caption_name(following: str, speakers: Speakers) -> Mention | None:
    """A photo caption: a paragraph that opens with a quotation, then a known person's name
    followed by where or when, with no verb ("„…“ Karin Berg kurz nach der Wahl im Foyer."),
    or a voice's age and job ("„…“ Lea Brandt, 18, Schülerin").
    A German main clause has its verb second, right after the subject; a preposition there
    means no clause at all, so the name says whose words the quotation is. With a verb
    ("„…“ Berg widersprach.") the next sentence is about somebody else's reaction: not read."""
    named = speakers.phrase_at(following, 0)
    if named is None or named.kind != NAME or named.person is None:
        return None
    if following[: named.start].strip():
        return None  # a name further in: "Daneben Karin Berg …" says nothing about the quote
    end = named.end
    party = CAPTION_PARTY_RE.match(following, end)
    if party is not None:
        end = party.end()
    rest = following[end:].split(maxsplit=1)
    aged = CAPTION_AGE_RE.match(following, end) is not None  # "Name, 18, Schülerin"
    if not aged and (not rest or rest[0].lower() not in CAPTION_WORDS):
        return None
    if "„" in following or german.first_cue_verb(following) is not None:
        return None  # "„…“ Berg mit einem Lachen: „…“" or a caption with a verb of saying
    return named


# "Der Satz stammt nicht von X, sondern von seinem Sprecher Y": a correction.
TRUE_SOURCE_RE = re.compile(
    r"\bstamm\w*\s+(?:aber\s+|jedoch\s+|also\s+)?nicht\s+vo[nm]\s+[^,;.!?]{1,60},\s+"
    r"sondern\s+vo[nm]\s+"
)
CORRECTION_SUBJECT_WORDS = 3  # "Der Satz", "Dieses Zitat", "Die Äußerung" before "stammt"
# The sentence after a correction's "… wurde fälschlich X zugeschrieben." naming who said it:
# "Tatsächlich sagte das Y.", "Richtig ist: Die Aussage stammt von Y."
TRUE_SPEAKER_NEXT_RE = re.compile(
    r"^\s*(?:Tatsächlich|Vielmehr|In Wahrheit|Richtig ist:?)\s+(?:(?:sagte|sagten)\s+"
    r"(?:das|dies|es|sie)|(?:stammt|stammte)\s+(?:sie|er|es|das|dies)\s+vo[nm]"
    r"|(?:Die Aussage|Das Zitat|Der Satz)\s+(?:stammt|stammte)\s+vo[nm])\s+"
)
TRUE_SPEAKER_OPENINGS = ("Tatsächlich", "Vielmehr", "In Wahrheit", "Richtig")


def _true_source(frame: str, following: str, speakers: Speakers) -> Mention | None:
    """Whom a correction names as the real source of the sentence's quotation, in the sentence
    itself or right after it ("„…“ Der Satz stammt nicht von X, sondern von Y.", "… wurde
    fälschlich X zugeschrieben. Tatsächlich sagte das Y."): Y."""
    named = TRUE_SPEAKER_NEXT_RE.match(following)
    if named is not None:
        # Only a person the text knows ("Tatsächlich sagte das Wort niemand" names nobody).
        source = speakers.phrase_at(following, named.end())
        return source if source is not None and source.person is not None else None
    for text in (frame, following):
        match = TRUE_SOURCE_RE.search(text)
        if match is None:
            continue
        if text is following and len(text[: match.start()].split()) > CORRECTION_SUBJECT_WORDS:
            continue
        return speakers.phrase_at(text, match.end())
    return None


# "„…“ Mit diesem Satz eröffnete X die Versammlung.", "Mit diesen Worten verabschiedete sich
# X.", "Mit diesem Appell wandte sich X an …", "Mit dieser Bitte schloss X": the next sentence
# says whose words they were, whatever its verb. (The nouns name an utterance, not a deed.)
SAID_WITH_RE = re.compile(
    r"^\s*Mit\s+(?:(?:diesem|dem)\s+(?:Satz|Hinweis|Appell|Aufruf|Versprechen|Fazit|Kommentar"
    r"|Ausruf|Ratschlag|Bekenntnis|Seufzer|Scherz)|(?:dieser|der)\s+(?:Bitte|Warnung|Mahnung"
    r"|Ansage|Botschaft|Feststellung|Bemerkung|Aufforderung)|(?:diesen|den)\s+(?:Sätzen|Worten))\s+"
    r"(?:hat\s+|hatte\s+)?([a-zäöüß]+)\b"
)
# "„…“ Der Satz stammt von X, …", "Die Worte stammen von X": the next sentence gives the
# quotation's author ("nicht von X" does not match: a correction is read elsewhere); so do
# "Es ist X, die das sagt", "Wer so redet, ist X", "Those were the words of X" and "It was
# signed by X".
SAYS_THAT = (
    r"(?:das|dies|so(?:\s+etwas)?)\s+(?:sagt|sagte|redet|redete|spricht|sprach|schreibt|schrieb)"
)
SOURCE_NEXT_RE = re.compile(
    r"^\s*(?:(?:(?:Der|Dieser)\s+(?:Satz|Spruch|Ausspruch)\s+stammt(?:e)?"
    r"|(?:Die|Diese)\s+(?:Worte|Sätze)\s+stamm(?:en|ten)"
    r"|(?:Das|Dieses)\s+Zitat\s+stammt(?:e)?)\s+(?:von|vom)\s+"
    rf"|Es\s+(?:ist|war)\s+(?=[^,.;:]{{3,60}},\s+(?:der|die)\s+{SAYS_THAT}\b)"
    rf"|Wer\s+{SAYS_THAT},\s+(?:ist|war)\s+"
    r"|(?:Those|These|That|Such)\s+(?:were|was)\s+the\s+words\s+of\s+"
    r"|(?:It|The\s+(?:letter|statement|note))\s+(?:was|is)\s+signed\s+by\s+)"
)
# "„…“ So lautete das Fazit von X.", "So die Antwort von X.": "So" points back at the
# quotation, the noun names it as somebody's words.
SO_NAMED_NEXT_RE = re.compile(
    r"^\s*So\s+(?:(?:lautet|lautete)\s+)?(?:das|die|der)\s+(?:Fazit|Antwort|Bilanz|Urteil"
    r"|Botschaft|Kommentar|Einschätzung|Reaktion|Prognose)\s+(?:von|vom)\s+"
)


def _said_with(following: str, speakers: Speakers) -> Mention | None:
    """The person the next sentence names as having spoken "with these words", as the
    author of "the sentence" ("Der Satz stammt von X") or of "the verdict" ("So lautete das
    Fazit von X")."""
    match = SAID_WITH_RE.match(following)
    if match is not None:
        named = speakers.phrase_at(following, match.end(1), match.group(1))
    else:
        source = SOURCE_NEXT_RE.match(following) or SO_NAMED_NEXT_RE.match(following)
        named = speakers.phrase_at(following, source.end()) if source is not None else None
    return named if named is not None and named.kind in (NAME, ROLE) else None


# "„…“ So beschreibt X die Lage.", "So sagt es X.": "So" points back at the quotation alone.
SO_SAID_NEXT_RE = re.compile(r"^\s*So\s+([a-zäöüß]+)\b")
# "„…“ X lacht, als sie das sagt.": the next sentence's subject is the one saying it.
AS_SAYING_THAT_RE = re.compile(
    r",\s+(?:als|während|wenn|wie)\s+(er|sie)\s+(?:das|dies)\s+([a-zäöüß]+)\s*[.!]?\s*$"
)


def _said_so_next(following: str, speakers: Speakers) -> Mention | None:
    """The person the next sentence names as having said the quotation standing alone before
    it, pointing back with "So" ("So beschreibt X die Lage") or saying it while doing
    something ("X lacht, als sie das sagt": the subject, of the pronoun's gender; a pronoun of
    the other gender is somebody unnamed)."""
    so = SO_SAID_NEXT_RE.match(following)
    if so is not None and german.is_cue_verb(so.group(1)):
        named = speakers.phrase_at(following, so.end(1), so.group(1))
        return named if named is not None and named.kind in (NAME, ROLE) else None
    saying = AS_SAYING_THAT_RE.search(following)
    if saying is None or not german.is_cue_verb(saying.group(2)):
        return None
    named = speakers.phrase_at(following, 0)
    if named is None or named.kind != NAME or named.person is None:
        return None
    if following[: named.start].strip():
        return None
    if named.person.gender not in (None, PRONOUN_GENDER[saying.group(1)]):
        # "X lacht, als er das sagt": a man the sentence does not name said it, not X.
        return Mention(saying.start(1), saying.end(1), saying.group(1), UNNAMED)
    return named


def _another_named_next(following: str, speaker: Referent, speakers: Speakers) -> bool:
    """Does the next sentence name, as a subject, a known person other than `speaker`?"""
    return any(
        m.kind == NAME and m.person is not None and m.person is not speaker.record and not m.oblique
        for m in speakers.mentions(following)
    )


def said_next(following: str, speakers: Speakers) -> tuple[bool, Mention | None]:
    """Does the next sentence say who spoke what came before it, pointing back with "Das" or
    "Dies" ("„…“ Das sagte X am Abend.", "… . Das teilte die Stadt mit."), and with which
    phrase (None when it names nobody the rules can read)?"""
    match = points_back(following)
    if match is None:
        return False, None
    return True, speakers.phrase_at(following, match.end(1), match.group(1))


def points_back(text: str) -> re.Match[str] | None:
    """The cue verb of a sentence that opens by saying who said what came before it ("Das
    sagte X am Abend, …"): such a sentence reports nothing of its own. ("Das zeige, dass …"
    has no subject after its verb: the Konjunktiv reports.)"""
    match = SAID_NEXT_RE.match(text)
    if match is None or not german.is_cue_verb(match.group(1)):
        return None
    return None if text[match.end() :].lstrip().startswith(",") else match


ANSWER_VERBS = frozenset("antwortete antwortet entgegnete entgegnet erwiderte erwidert".split())


def _answering(frame: str, end: int) -> bool:
    """Is the cue right after the quotation a verb of answering („…“, antwortete sie)?"""
    verb = VERB_AFTER_RE.match(frame[end:])
    return verb is not None and verb.group(2) in ANSWER_VERBS


# Only a dash between a question and the quotation after it: „…?“ – „…“.
EXCHANGE_GAP_RE = re.compile(r"\s*[–—-]\s*")
ADDRESS_RE = re.compile(r"(?:Herr|Frau)\s+([A-ZÄÖÜ][\w’'-]*(?:\s[A-ZÄÖÜ][\w’'-]*)?)\s*,")


def _question_answered(
    sentence: Sentence, found: list[FoundQuote], span: QuoteSpan
) -> QuoteSpan | None:
    """The question a quotation answers when it follows it with only a dash between, as a
    report prints a question and its answer („Herr X, Bus oder nicht?“ – „Bus.“); else None."""
    if not found:
        return None
    question = found[-1].span
    between = sentence.text[question.end + 1 - sentence.start : span.start - 1 - sentence.start]
    if not question.text.rstrip().endswith("?") or not EXCHANGE_GAP_RE.fullmatch(between):
        return None
    return question


ANSWER_AFTER_RE = re.compile(r"\s*[–—-]\s*[„»«\"]")


def _answer_follows(sentence: Sentence, span: QuoteSpan) -> bool:
    """Is the quotation a question that another quotation answers right after a dash?"""
    after = sentence.text[span.end + 1 - sentence.start :]
    return span.text.rstrip().endswith("?") and ANSWER_AFTER_RE.match(after) is not None


def _addressed_in(question: QuoteSpan, speakers: Speakers) -> Mention | None:
    """The known person a question addresses by name at its start ("Herr Seidel, …?")."""
    address = ADDRESS_RE.match(question.text)
    if address is None:
        return None
    named = speakers.phrase_at(question.text, address.start(1))
    return named if named is not None and named.kind == NAME and named.person else None


def direct_quotes(
    sentence: Sentence, speakers: Speakers, following: str = "", next_paragraph: str = ""
) -> list[FoundQuote]:
    """The direct quotations of one sentence with their speakers; updates the passage focus.
    `following` is the next sentence's text: it may name who spoke a quotation standing alone.
    `next_paragraph` is the next paragraph's first sentence, given for a paragraph that is only
    a quotation: it may point back at it ("„…“¶Das sagte X.", "Mit diesen Worten lädt X …")."""
    frame = sentence.frame()
    mentions = speakers.mentions(frame)
    speakers.current = mentions
    speakers.current_frame = frame
    speakers.quoted_names = _quoted_names(sentence)
    found: list[FoundQuote] = []
    # A document or medium named by the sentence ("heißt es in …") speaks all its quotations.
    document = _document_source(frame, speakers) if sentence.quotes else None
    for span in sentence.quotes:
        start = span.start - 1 - sentence.start  # the opening mark
        end = span.end + 1 - sentence.start  # just after the closing mark
        before = sentence.text[:start]
        # Whether the span is speech is asked first: finding a speaker changes nothing, and most
        # spans that are not speech would otherwise have every rule below tried on them.
        if not _is_speech(span, frame, before):
            continue
        corrected = (
            _true_source(frame, following, speakers)
            if "stamm" in frame + following or following.lstrip().startswith(TRUE_SPEAKER_OPENINGS)
            else None
        )
        asked = _question_answered(sentence, found, span)
        recalled, owner = borrowed.recalled(frame[:start], mentions)
        claim = (
            claim_before(frame, start, mentions) or owned_words(frame, start, mentions)
            if asked is None
            else None
        )
        if asked is not None:
            # „Herr X, …?“ – „…“: the answer is the one asked, not whoever asked.
            mention = _cue_after(frame, end, speakers) or _addressed_in(asked, speakers)
        elif claim is not None:
            mention = claim.owner  # "Beispiels Vorwurf, er sei „…“": hers, or nobody named
        else:
            mention = corrected or _cued_speaker(
                frame,
                before,
                start,
                end,
                mentions,
                speakers,
                document,
                _answer_follows(sentence, span),
            )
        if (asked is not None or claim is not None) and mention is None:
            speaker = None
        elif speakers.last_writer is not None and (
            THEREIN_RE.fullmatch(before) or (speakers.last_wording and not before.strip())
        ):
            # "… schrieb einen Brief. Darin heißt es: „…“"; "X verbreitete eine Erklärung. Die
            # Erklärung im Wortlaut: ¶ „…“"
            speaker = speakers.last_writer
        elif recalled and corrected is None:
            # "Y erinnerte an den Satz des früheren Landrats X: „…“": X's words, not Y's.
            speaker = speakers.resolve(owner)
        elif _first_person_cue(before):
            # The one author writing in the first person: "Ich sage …: „…“" is theirs; with no
            # author named (a letter signed below, a reader's post) the writer's, whom the
            # sentence does not name, never the person "ich" speaks to ("… ihr gesagt: „…“").
            speaker = Referent(speakers.author) if speakers.author is not None else None
        elif mention is not None and mention.kind == PRONOUN and _answering(frame, end):
            speaker = speakers.answerer(mention.gender) or speakers.resolve(mention)
        elif mention is not None and accused(frame, mention):
            speaker = None  # "Die Kampagne warf X vor, er sei ein „…“": X is accused, not quoted
        elif mention is not None:
            # ("Ihr Wahlkampfteam schrieb: „…“": the team's words, not the candidate's.)
            speaker = borrowed.organisation_speaker(mention) or speakers.resolve(mention)
        elif borrowed.retold_by_kin(frame[:start]):
            speaker = None  # "Seine Frau habe ihn gefragt: „…“": hers, whom the text does not name
        elif THERE_IT_SAYS_RE.match(frame):
            speaker = speakers.last_writer  # the text's writer if named, else nobody
        elif in_the_text(frame, speakers):
            speaker = None  # "In der Studie, die …, heißt es: „…“": the study's words
        elif _reported_chain(frame, mentions, speakers):
            # A partial quotation inside reported speech that goes on ("Damit seien „…“"):
            # the reported speaker's words.
            speaker = chained_speaker(speakers)
        else:
            alone = (
                len(frame.split()) <= STANDALONE_WORDS and not COLON_BEFORE.search(before)
            ) or CONTINUATION_RE.match(before) is not None
            pointing = following or next_paragraph
            next_named = (
                said_next(pointing, speakers)[1]
                or _said_with(pointing, speakers)
                or _said_so_next(pointing, speakers)
                if alone
                else None
            )
            caption = _caption_name(following, speakers) if sentence.start == 0 else None
            if caption is None and start == 0 and frame[end : end + 1] == ":":
                # "„…“: Name am Sonntagabend im Rathaus.": the caption in the quotation's sentence.
                caption = _caption_name(frame[end + 1 :], speakers)
            named_next = (
                _bracketed_name(following, speakers)
                or caption
                or (
                    next_named
                    if next_named is not None and next_named.kind not in (OTHER, UNNAMED)
                    else None
                )
            )
            if named_next is not None:
                speaker = speakers.resolve(named_next)
            elif next_named is not None and next_named.kind == UNNAMED:
                speaker = None  # "„…“ Das sagten einige.": several voices, or one not named
            elif LIST_ITEM_RE.fullmatch(before):
                speaker = None  # "5. „…“": a list's heading, not the last speaker going on
            elif alone and WRITTEN_NEXT_RE.match(pointing):
                speaker = None  # "„…“ Das stand auf einem Zettel": written, nobody going on
            else:
                speaker = speakers.standalone_speaker(alone)
                if (
                    speaker is not None
                    and start == 0
                    and sentence.start == 0
                    and _another_named_next(following, speaker, speakers)
                ):
                    # "„…“¶… Diese Reihenfolge gab Landrat X vor.": a quotation opening its
                    # paragraph whose next sentence is about somebody else is not the last
                    # speaker going on.
                    speaker = None
        if speaker is not None and speaker.record is None and _own_kin(speaker.name):
            speaker = None  # "my mother": the text does not say who she is
        if speaker is not None and borrowed.addressed(span.text, speaker):
            speaker = None  # "Hanna, du bist …": spoken to her, so not by her
        cited = claim is not None or (recalled and corrected is None)
        quote = FoundQuote(span, speaker, corrected is not None and speaker is not None, cited)
        found.append(quote)
    return found


# "„…“ Das stand auf einem Plakat.", "So steht es im Antrag.": the words were written
# somewhere, by nobody the sentence names.
WRITTEN_NEXT_RE = re.compile(
    r"^\s*(?:Das|Dies|So)\s+(?:stand|steht|standen|stehen)\s+(?:es\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:auf|in|im|an|am|unter)\s"
)
# A numbered list item opening with its quotation ("5. „Morgen ist Sitzung“").
LIST_ITEM_RE = re.compile(r"\s*\d{1,2}\.\s*")


def _own_kin(phrase: str) -> bool:
    """ "Meine Mutter", "unser Sohn": a speaker's own kin, named by nobody."""
    return OWN_KIN_ANYWHERE_RE.fullmatch(phrase.strip()) is not None


def remember_sentence(
    sentence: Sentence, speakers: Speakers, found: list[FoundQuote], reporter: Referent | None
) -> PersonRecord | None:
    """After a sentence is read: who spoke in it and whom it was about, for what follows.
    Returns the person the sentence is about when it gives them only by a description that
    opens it ("Die 52-Jährige gewann …", "Die Sozialdemokratin gewann …"): what it says of
    them (a win, a share) is theirs, though it names nobody."""
    frame = sentence.frame()
    mentions = speakers.mentions(frame)
    for mention in mentions:
        if mention.kind == NAME and mention.person is not None:
            speakers.mentioned(mention.person)
        elif mention.kind == ROLE and mention.person is not None:
            speakers.learn_outgoing(mention)
    speakers.learn_ages(frame, mentions, speakers.last_subject)
    said = [q.speaker for q in found if q.speaker is not None and not q.cited]
    speaker = said[-1] if said else reporter
    if "gesagt" in sentence.text and RETELLING_RE.search(sentence.text):
        # "In den Gesprächen habe X gesagt: „…“": the quote is X's, but the report is the
        # teller's, whom a Konjunktiv sentence after it goes on with.
        just_spoke = speakers.last_speaker if speakers.since_speaker == 0 else None
        speaker = reporter or just_spoke
    subject = None
    subject_at = 0
    sharers: list[PersonRecord] = []
    opening = INDEFINITE_OPENING_RE.match(frame)
    if opening is not None and _named_only_in_relative(frame, opening.end(), mentions):
        # "Ein Mann, der nach eigenen Angaben X gewählt hatte, sah das anders.": the man,
        # whom the text does not name, is the subject; X is only talked about.
        mentions = []
    introduced = _introduced_as(frame, mentions)
    if introduced is not None:
        # "Später stellt sie sich als Name vor": the one talked of until now is Name.
        mentions = [introduced]
    aged = speakers.aged_opening(frame)
    described = aged.record if aged is not None else None
    if aged is not None:
        subject = aged  # "Die 52-Jährige war bisher …, der 38-jährige X ist …": her, not X
        mentions = []
    for mention in mentions:
        known = mention.kind in (NAME, PRONOUN) or mention.person is not None
        if not mention.oblique and (known or mention.start < SUBJECT_REACH):
            subject = speakers.resolve(mention)
            subject_at = mention.start
            sharers = speakers.sharing(mention)
            if mention.kind == ROLE and mention.start == 0 and subject is not None:
                described = subject.record  # "Die Sozialdemokratin gewann …"
            if subject is not None and subject.record is None:
                named = _closing_apposition(frame, mentions)
                if named is not None and named.gender in (None, subject.gender):
                    subject = speakers.referent(named)
            break
    unnamed = _english_unnamed_subject(frame)
    if unnamed is not None and unnamed.start(1) <= subject_at:
        # "A retired bus driver said he …": "he" in the next sentence is the driver too.
        subject = Referent(" ".join(unnamed.group(1).split()))
    own_kin = OWN_KIN_RE.match(frame) if subject is None else None
    if own_kin is None and subject is None and german.FIRST_PERSON_RE.search(frame):
        # "Ich habe zuerst meine Mutter angerufen. Sie hat gesagt: ‚…‘": she is the one the
        # first person just told of, not a woman named before.
        own_kin = _last_own_kin(frame)
    if own_kin is not None and own_kin.group(1).lower() in KIN_NOUNS:
        # "Meine Mutter. Sie hat nur gesagt: ‚…‘": the speaker's own kin, whom the text does
        # not name; "sie" right after it is her, not the woman who answers.
        subject = Referent(own_kin.group(0).strip(), KIN_GENDER.get(own_kin.group(1).lower()))
    kin = KIN_OPENING_RE.match(frame)
    if kin is not None and subject is not None and not _opening_subject(frame, kin, subject_at):
        kin = None
    if kin is not None and kin.group(1).lower() in KIN_NOUNS:
        # "Ihre Mutter, die …, weinte." – somebody described by their tie: "sie" in the next
        # sentence is more likely her than the woman named before.
        subject = speakers.resolve(Mention(0, kin.end(), kin.group(0), OTHER))
    elif kin is not None and _possessive_role_subject(frame, kin):
        # "Ihr Herausforderer klang anders." after "ihr Herausforderer Name": the one person
        # the article gave that role is whom "er" in the next sentence means.
        holder = speakers.resolve(Mention(0, kin.end(), kin.group(0).strip(), ROLE))
        subject = holder if holder is not None and holder.record is not None else None
        if subject is None and not sentence.quotes and "," not in frame:
            # "Ihre Stellvertreterin sah das anders. „…“, sagte sie.": held by nobody named,
            # she is somebody the text does not name, not the woman named before. (Not when
            # the sentence reports her: "Ihre Chefin rechnet vor, dass …" may be a known one.)
            subject = holder
    # (Only a sentence ending in a colon is tried: most sentences are not.)
    closing_colon = subject is None and frame.rstrip().endswith(":")
    said_noun = POSSESSIVE_SAYING_RE.fullmatch(frame) if closing_colon else None
    if said_noun is not None and (
        german.CUE_NOUNS.fullmatch(said_noun.group(1)) or said_noun.group(1) in PROPOSAL_NOUNS
    ):
        # "Sein Vorschlag:" closing a paragraph, the quotation opening the next: the
        # possessor's words, as "Er sagte:" would be.
        subject = speakers.resolve(Mention(0, said_noun.end(1), said_noun.group(0)[:-1], OTHER))
    owned = OWNED_OPENING_RE.match(frame) if subject is None else None
    if owned is not None and _owned_person(owned, mentions):
        # "Pfeffers Sohn steht daneben. „…“, sagt er.": the son, whom the text does not
        # name, not Pfeffer, whom the genitive only says whose son he is.
        subject = speakers.resolve(Mention(owned.start(1), owned.end(1), owned.group(1), OTHER))
    first = FIRST_NAME_OPENING_RE.match(frame) if subject is None and not sharers else None
    if first is not None and first.group(1) in german.FIRST_NAMES:
        # "Mira hat auch einen Bruder. „…“, sagt sie.": the one person the article gave that
        # first name, not the woman named last; several share it like a surname (nobody).
        word = first.group(1)
        sharers = [p for p in speakers.people.records if p.name.split()[0] == word]
        subject = speakers.referent(sharers[0]) if len(sharers) == 1 else None
    # "A pensioner outside the town hall was less impressed.", "Wiechmann's wife, Meike,
    # watched …": "he"/"she" in the next sentence is that person, not one named before
    # (Wiechmann only says whose wife she is).
    unnamed_opening = _english_unnamed_opening(frame)
    if unnamed_opening is not None and (subject is None or subject_at == 0):
        subject = unnamed_opening
    names = any(m.kind == NAME for m in mentions)
    somebody = opening if subject is None and not names else None
    if somebody is not None:
        # "Ein Kleingärtner, der …, zeigte sich erleichtert. „…“, sagte er.": somebody the
        # text does not name is whom the next sentence's "er" means, not a man named before.
        # (Not when the sentence names somebody: "Eine Frau, die nicht von Xs Seite wich, …"
        # may turn out to be a person of the article.)
        subject = speakers.resolve(Mention(0, somebody.end(), somebody.group(0).strip(), OTHER))
    if subject is None and not any(m.kind == NAME and not m.oblique for m in mentions):
        # ("Neben Beispiel steht ihre Schwester.": a name after a preposition is no subject.)
        subject = _unnamed_person_subject(frame, speakers) or _age_recap(frame, speakers)
    witness = _heard_witness(frame, mentions) if speaker is None else None
    if witness is not None and witness.person is not None:
        # "Als erste Zeugin hörte das Gericht die Heimleiterin X.": the sentence is about her.
        subject, subject_at = speakers.referent(witness.person), witness.start
    floor = _given_the_floor(frame, mentions, subject, speakers) if speaker is None else None
    if floor is not None:
        # "Die Moderatorin gab das Wort an X weiter.": X speaks next, not the moderator.
        subject, subject_at = speakers.referent(floor), 0
    end = sentence.text.rstrip()[-1:]
    group = _joint_subject(frame, mentions, speakers.last_group)
    second = _second_subject(frame, mentions, subject, speakers) if speaker is None else None
    if not group and second is not None and subject is not None and subject.record is not None:
        group = [subject.record, second]  # "er" after it may mean either of them
    asked = _asked(frame, mentions, speaker, speakers)
    named_subject = any(m.start == subject_at and m.kind == NAME for m in mentions)
    speakers.addressed_unnamed = (
        _addressed_unnamed(frame, subject, speakers.last_subject) if named_subject else None
    )
    speakers.sentence_done(speaker, subject, end, frame, sharers, subject_at)
    speakers.last_group = group
    speakers.last_question = sentence.text.rstrip().rstrip(CLOSING_MARKS).endswith("?")
    speakers.last_nobody = not sentence.quotes and not speakers.mentions(frame)
    speakers.last_unnamed = unnamed_in(frame, mentions)
    # "Die Erklärung im Wortlaut:" points back to the text the sentence before named.
    speakers.last_wording = WORDING_RE.fullmatch(frame) is not None
    if not speakers.last_wording:
        speakers.last_writer = _writer(frame, mentions, subject, subject_at, speakers)
    speakers.last_asked = (asked, speaker) if asked is not None and speaker is not None else None
    speakers.last_sole = (
        subject
        if speaker is None
        and end == "."
        and not sentence.quotes
        and subject_at <= SUBJECT_REACH
        and _about_one(frame, mentions, subject, subject_at)
        and _caption_name(frame, speakers) is None  # ("X mit seiner Frau im Foyer.")
        else None
    )
    # (Its subject written as a name, or as "der"/"die" and a role the article gave one known
    # person: "Die Landrätin schüttelte den Kopf. „…“"; a pronoun only in the same paragraph.)
    speakers.last_sole_named = any(
        m.start == subject_at
        and m.kind in (NAME, ROLE)
        and (m.person is not None or _definite_role_of(m, subject))
        for m in mentions
    )
    speakers.last_sole_plain = (
        speakers.last_sole is not None
        and not german.has_subjunctive(frame, strict=True)
        and SHOULD_RE.search(frame) is None
    )
    if floor is not None:
        # "Danach ergriff X das Wort.": what follows uncued, quotation or Konjunktiv, is X's.
        speakers.last_announced = True
        speakers.last_sole = subject
        speakers.last_sole_named = speakers.last_sole_plain = True
    if not speakers.last_sole_named and german.has_subjunctive(frame, strict=True):
        # "Er sei jeden Monat gekommen, hatte sie ausgesagt": somebody's report about him, so
        # the quotation after it is not his.
        speakers.last_sole = None
    if described is None or subject is None or subject.record is not described:
        return None
    return described


# A pronoun of each gender that stands as an object after the verb ("grüßt ihn", "gibt ihr
# die Hand", "fragt sie"): the sentence's subject is the named person, not the pronoun.
# ("ihr" before a noun is her possessive: "ihr Slogan".)
ADDRESSED_PRONOUN_RE = {
    "m": re.compile(r"\s(?:ihn|ihm)\b"),
    "f": re.compile(r"\sihr\b(?!\s+[A-ZÄÖÜ])"),
}


def _addressed_unnamed(
    frame: str, subject: Referent | None, before: Referent | None
) -> Referent | None:
    """The unnamed person the sentence before was about, when this sentence's named subject of
    the same gender turns to them by a pronoun ("Ein Rentner steht am Zaun. Probe grüßt
    ihn."): whom a "sagt er" right after means, the text does not say."""
    if subject is None or subject.record is None or before is None or before.record is not None:
        return None
    pronoun = ADDRESSED_PRONOUN_RE.get(before.gender or "")
    if pronoun is None or subject.gender != before.gender or not pronoun.search(frame):
        return None
    nouns = [w for w in before.name.split() if w[:1].isupper()]
    return before if nouns and _person_noun(nouns[-1]) else None  # ("Die Stadt": no one)


# "Darin heißt es:", "Dort steht:": words quoted from the text the sentence before named.
THEREIN_RE = re.compile(
    r"\s*(?:Darin|Dort|Hierin)\s+(?:heißt|hieß|heisst|hiess|steht|stand)(?:\s+es)?\s*:\s*"
)
# "Im Programm steht das nicht. Dort heißt es, man wolle „…“": a sentence opening with a word
# pointing back to a text quotes that text, not the person named before it.
THERE_IT_SAYS_RE = re.compile(rf"\s*(?:Darin|Dort|Hierin)\s+{german.IT_SAYS}\s+es\b")
WRITING_VERBS = frozenset(
    "schrieb schreibt verfasste verfasst postete postet verbreitete verbreitet veröffentlichte "
    "veröffentlicht".split()
)
# "Die Erklärung im Wortlaut:", "Ihr Schreiben im Wortlaut:": the text named just before,
# printed whole after the colon (a text whose author the line itself names is not this).
WORDING_RE = re.compile(
    r"\s*(?:Die|Der|Das|Seine|Ihre)\s+(?:[a-zäöüß]+e\s+)?(?:"
    + "|".join(WRITTEN_NOUNS)
    + r")\s+im\s+Wortlaut\s*:\s*"
)


def _writer(
    frame: str,
    mentions: list[Mention],
    subject: Referent | None,
    subject_at: int,
    speakers: Speakers,
) -> Referent | None:
    """The known person who wrote the text the sentence names: its subject when it writes one
    ("X schrieb auf ihrer Seite einen Abschiedstext"), or the person named as its author right
    after the noun ("eine Erklärung Overkamps", "ein Brief der Landrätin Name"). A text of a
    club or office ("ein Brief des Heimatvereins") has no such author: None."""
    nouns = written_nouns(frame)
    if not nouns:
        return None
    for noun in nouns:
        for m in mentions:
            if m.kind != NAME or m.person is None or m.start < noun.end():
                continue
            gap = frame[noun.end() : m.start]
            saxon = gap.strip() == "" and m.text.endswith("s") and not m.person.name.endswith("s")
            if saxon or AUTHOR_GAP_RE.fullmatch(gap):
                return speakers.referent(m.person)
    verbs = {w.lower() for w in WORDS_RE.findall(frame)} & WRITING_VERBS
    writes = (
        verbs
        and subject is not None
        and subject.record is not None
        and subject_at < nouns[0].start()
        and not any(m.kind == NAME and m.person not in (None, subject.record) for m in mentions)
    )
    return subject if writes else None


def _definite_role_of(mention: Mention, subject: Referent | None) -> bool:
    """Is the mention a bare role with a definite article ("Der Geschäftsführer") that
    resolved to one known person?"""
    words = mention.text.split()
    return (
        mention.kind == ROLE
        and len(words) == 2
        and words[0] in ("Der", "Die", "der", "die")
        and subject is not None
        and subject.record is not None
    )


def _about_one(
    frame: str, mentions: list[Mention], subject: Referent | None, subject_at: int = -1
) -> bool:
    """Is the sentence about one person the text names, its subject, and nobody else ("X
    steigt auf einen Stuhl.", "SPD-Fraktionschef X hatte … abgegeben.")? Not when it reports
    speech whose speaker went unnamed ("Sein Sohn sagte, er wolle …"), nor when it names a
    document, a banner or a chant whose words may follow ("X verlas einen Brief.")."""
    if subject is None or subject.record is None or german.first_cue_verb(frame) is not None:
        return False
    if CHANT_WORD_RE.search(frame) or any(
        german.document_gender(w) is not None for w in WORDS_RE.findall(frame) if w[:1].isupper()
    ):
        return False
    return all(
        m.person is subject.record
        or (m.kind not in (NAME, ROLE) and m.person is None)
        or (m.start == subject_at and _definite_role_of(m, subject))
        for m in mentions
        if m.kind in (NAME, ROLE, PRONOUN)
    )


# A Konjunktiv perfect of saying right before a quotation's colon: "habe X gesagt: „".
RETELLING_RE = re.compile(r"\b(?:habe|hätte)\b[^,;:.!?„“]{1,60}\bgesagt\s*:\s*„")
ASKED_RE = re.compile(r"\b(?:fragte|fragten|gefragt)\b")


def _asked(
    frame: str, mentions: list[Mention], asker: Referent | None, speakers: Speakers
) -> Referent | None:
    """Whom a sentence with a question cue asks ("„…?“, fragte X die Landrätin"): the one
    known person it names besides the one who asked."""
    if asker is None or "fragt" not in frame or ASKED_RE.search(frame) is None:
        return None
    others = {
        id(known.record): known
        for m in mentions
        if m.kind in (NAME, ROLE)
        and (known := speakers.resolve(m)) is not None
        and known.record is not None
        and known.record is not asker.record
    }
    return next(iter(others.values())) if len(others) == 1 else None


INTRODUCED_AS_RE = re.compile(r"\bsich\s+(?:[a-zäöüß]+\s+){0,2}als\s+$")
VOR_RE = re.compile(r"\bvor\b")  # the separable prefix of "stellt sich … vor"
INTRODUCED_AS_REACH = 60  # characters before the name in which "sich … als" stands


def _introduced_as(frame: str, mentions: list[Mention]) -> Mention | None:
    """The person somebody so far unnamed introduces themselves as ("Später stellt sie sich
    als Ilka Brand vor, seine Schwester")."""
    if "sich" not in frame:
        return None  # (most sentences: no name to look before)
    for mention in mentions:
        if mention.kind != NAME or mention.person is None:
            continue
        lead = max(0, mention.start - INTRODUCED_AS_REACH)
        introduced = INTRODUCED_AS_RE.search(frame, lead, mention.start) is not None
        if introduced and VOR_RE.search(frame, mention.end):
            return replace(mention, oblique=False)
    return None


def _named_only_in_relative(frame: str, opening_end: int, mentions: list[Mention]) -> bool:
    """Does a sentence opening with an unnamed somebody ("Ein Mann, der …,") name people only
    inside the relative clause about them?"""
    names = [m for m in mentions if m.kind in (NAME, PRONOUN) or m.person is not None]
    clause = next(
        ((a, b) for a, b in _relative_clauses(frame) if opening_end <= a <= opening_end + 40),
        None,
    )
    return (
        bool(names) and clause is not None and all(clause[0] <= m.start < clause[1] for m in names)
    )


# "X (CDU) und Y", "X, 63, und Y" (a caption's ages), "X und Bürgermeisterin Y", "X and her
# challenger Y" (a role before the second name)
JOINT_SUBJECT_GAP_RE = re.compile(
    r"\s*(?:\([^()]{1,40}\)|,\s*\d{1,3},)?\s+"
    r"(?:und\s+(?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?|and\s+(?:(?:his|her|the)\s+)?(?:\w+\s+)?)"
)
# "beide", "die beiden": the two people of the sentence before, still together.
BOTH_RE = re.compile(r"\b(?:[Bb]eide|[Dd]ie\s+beiden)\b")


def _joint_subject(
    frame: str, mentions: list[Mention], before: list[PersonRecord]
) -> list[PersonRecord]:
    """The two named people a sentence opens with as one subject ("X und Y kennen sich seit der
    Schulzeit."), or the pair of the sentence before while this one goes on about both of
    them: it calls them "beide" or a plural "sie" ("Dabei klangen sie fast gleich."), or it
    names the two and nobody else ("X wählt Grün, Y die CDU."); else nobody. A singular
    pronoun right after such a sentence may mean either of them."""
    known = [m for m in mentions if m.kind == NAME and m.person is not None]
    people = [m.person for m in known if m.person is not None]
    if len(known) >= 2 and known[0].start <= SUBJECT_REACH and not known[0].oblique:
        joined = JOINT_SUBJECT_GAP_RE.fullmatch(frame[known[0].end : known[1].start])
        if joined and people[0] is not people[1]:
            return people[:2]
    if (
        len(known) == 2
        and known[0].oblique
        and people[0] is not people[1]
        and JOINT_SUBJECT_GAP_RE.fullmatch(frame[known[0].end : known[1].start])
        and not any(m.kind in (ROLE, PRONOUN) and not m.oblique for m in mentions)
    ):
        # "Zwischen X und Y gab es Streit.": two people under one preposition and nobody as
        # the subject ("Der Landrat sprach mit X und Y" is about the Landrat); "sagte er"
        # after it may mean either of them.
        return people
    if not before:
        return []
    plural = any(m.kind == UNNAMED and m.text.lower() == "sie" for m in mentions)
    if not known and (plural or BOTH_RE.search(frame)):
        return before
    both = {id(p) for p in before}
    if {id(p) for p in people} == both and not any(m.oblique for m in known):
        return before
    return []


# Where a second main clause with a subject of its own starts: "Der Staatsanwalt schüttelte den
# Kopf, der Verteidiger blieb dabei."; "…; Kurz hielt dagegen"; "…, aber Kurz blieb dabei".
SECOND_CLAUSE_RE = re.compile(r"[,;]\s+(?:(?:und|aber|doch|denn|sondern)\s+)?$")
NOT_A_VERB_AFTER_SUBJECT = frozenset("und oder sowie zufolge".split()) | german.PREPOSITIONS


def _second_subject(
    frame: str, mentions: list[Mention], subject: Referent | None, speakers: Speakers
) -> PersonRecord | None:
    """The known person a second main clause of the sentence is about, when they are of the
    first subject's gender: "Der Staatsanwalt schüttelte den Kopf, der Verteidiger blieb
    dabei. „…“, sagte er." – either man may speak, so "er" names neither."""
    if subject is None or subject.record is None or subject.gender is None:
        return None
    for mention in mentions:
        if mention.kind not in (NAME, ROLE) or mention.oblique:
            continue
        after = frame[mention.end :].split()[:1]
        verb_follows = bool(after) and after[0][:1].islower()
        if not verb_follows or after[0] in NOT_A_VERB_AFTER_SUBJECT:
            continue
        if not SECOND_CLAUSE_RE.search(frame, 0, mention.start):
            continue
        referent = speakers.resolve(mention)
        person = referent.record if referent is not None else None
        if person is not None and person is not subject.record and person.gender == subject.gender:
            return person
    return None


# An indefinite subject opening the sentence or right after its verb: "Ein älterer Herr aus
# X beschwerte sich …", "Ihr widersprach ein älterer Landsmann, …", "Dann kam eine Frau …".
INDEFINITE_SUBJECT_RE = re.compile(
    r"\s*(?:[A-ZÄÖÜ][\w-]*\s+[a-zäöüß]+\s+)?((?:Ein|Eine|ein|eine)\s+"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]*))(?=\s+[a-zäöüß]|,|\s*$)"
)
# Nouns for somebody with no function ("ein älterer Herr"); function nouns are role nouns.
PLAIN_PERSON_NOUNS = frozenset(
    "Herr Mann Frau Dame Junge Mädchen Mensch Landsmann Landsfrau Zuhörer Zuhörerin Bürger "
    "Bürgerin Pendler Pendlerin Jugendlicher Jugendliche".split()
    # (and everyday jobs the role lexicon does not hold: "Am Tresen wartet eine Kellnerin")
    + "Kellner Kellnerin Verkäufer Verkäuferin Bauer Bäuerin Kassierer Kassiererin".split()
)


# Two people as one subject ("ein älteres Ehepaar"): "er" or "sie" after it is one of them.
PAIR_NOUNS = frozenset("Ehepaar Paar Rentnerpaar Elternpaar Geschwisterpaar".split())
# A definite person noun placed by a phrase after it, opening the sentence: "Der Mann neben
# ihm", "Die Frau am Infostand", "Der ältere Herr mit Hut", "Die Frau von X" (X's wife).
_DEFINITE_NOUN = r"\s*((?:Der|Die)\s+(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]*))"
PLACED_PERSON_RE = re.compile(
    _DEFINITE_NOUN + r"(?=\s+(?:neben|hinter|vor|am|an|mit|aus|im|von|vom|gegenüber)\s)"
)
# A definite person noun opening the sentence as its subject: "Der Mann trägt einen Hut".
DEFINITE_PERSON_RE = re.compile(_DEFINITE_NOUN + r"(?=\s+[a-zäöüß])")


# An indefinite subject right after the verb of a sentence that opens with an adverbial, a
# place, a time or an occasion, no comma before it: "In der Fragestunde meldete sich ein
# Anwohner.", "Zu Wort meldete sich auch einer der Wahlhelfer.", "Dann kam eine ältere Frau".
# The verb may take "sich" and a particle or two before the subject ("sich danach auch").
FRONTED_INDEFINITE_SUBJECT_RE = re.compile(
    r"\s*(?P<lead>[A-ZÄÖÜ][a-zäöüß]*)"
    r"(?P<rest>(?:\s+[\w-]+){0,5}?\s+[A-ZÄÖÜ][\w-]*|\s+(?:ihm|ihr|ihnen|mir|uns))?"
    r"\s+(?P<verb>[a-zäöüß]+)\s+"
    r"(?:(?:sich|auch|noch|dann|danach|schließlich|sogar|spontan|gleich|plötzlich|zuerst)\s+){0,3}"
    r"(?P<np>(?:ein|eine|sein|seine|ihr|ihre)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*)"
    r"|(?:einer|eine)\s+(?:von|der|aus|unter)\s+(?:(?:dem|den|der)\s+)?(?P<group>[A-ZÄÖÜ][\w-]*))"
    r"(?![\w-])"
)
# Opening words of time or sequence that stand alone before the verb ("Dann kam ein Mann").
TIME_OPENERS = frozenset("Dann Da Nun Jetzt Heute Hier Zuerst Zuletzt Plötzlich".split())
# Adverbs of place that stand alone before the verb ("Daneben steht ihre Freundin").
PLACE_OPENERS = frozenset("Daneben Dahinter Davor Nebenan Gegenüber".split())
# Adverbs of place that open a sentence before a prepositional phrase ("Draußen vor der Tür").
PLACE_ADVERBS = frozenset(
    "Draußen Drinnen Drüben Hinten Vorne Vorn Oben Unten Mitten Direkt".split()
)


def _unnamed_person_subject(frame: str, speakers: Speakers) -> Referent | None:
    """Somebody the text does not name as the sentence's subject ("Ein älterer Herr aus X
    beschwerte sich über Raser.", "In der Fragestunde meldete sich ein Anwohner."): what
    follows in Konjunktiv is theirs, not the last named speaker's, and a "sagte er" after it
    means them, not the last man the text named."""
    found = INDEFINITE_SUBJECT_RE.match(frame)
    if found is not None and found.group(2) in PAIR_NOUNS:
        # "Ein älteres Ehepaar steht am Rand. Er sagt: „…“": one of the two, unnamed, of
        # either gender.
        pair = speakers.resolve(Mention(found.start(1), found.end(1), found.group(1), OTHER))
        return Referent(pair.name) if pair is not None else None
    if found is not None and _person_noun(found.group(2)):
        return speakers.resolve(Mention(found.start(1), found.end(1), found.group(1), OTHER))
    placed = PLACED_PERSON_RE.match(frame)
    before = speakers.last_subject
    if placed is None and before is not None and before.record is None:
        # "Am Rand steht ein Ehepaar. Der Mann trägt einen Hut.": one of the unnamed people
        # just met, not a man named before.
        placed = DEFINITE_PERSON_RE.match(frame)
    if placed is not None and placed.group(2) in PLAIN_PERSON_NOUNS:
        # "Der Mann neben ihm nickt.", "Die Frau am Infostand winkt ab.": somebody the text
        # places but does not name, not a person named before.
        return speakers.resolve(Mention(placed.start(1), placed.end(1), placed.group(1), OTHER))
    fronted = FRONTED_INDEFINITE_SUBJECT_RE.match(frame)
    if fronted is None or not _adverbial_before_verb(fronted):
        return None
    noun = fronted.group("noun") or fronted.group("group")
    np = fronted.group("np")
    if noun in PAIR_NOUNS:  # "Am Rand steht ein Ehepaar.": either of the two
        pair = speakers.resolve(Mention(fronted.start("np"), fronted.end("np"), np, OTHER))
        return Referent(pair.name) if pair is not None else None
    if not _person_noun(noun) and noun.lower() not in KIN_NOUNS:
        return None
    # ("Neben ihr steht ihre Nachbarin": a possessive role is its one holder, if the text
    # gave that role to one person, else somebody unnamed.)
    kind = ROLE if german.is_role_noun(noun) else OTHER
    return speakers.resolve(Mention(fronted.start("np"), fronted.end("np"), np, kind))


def _person_noun(noun: str) -> bool:
    """A noun for a person: with no function ("Herr") or a role ("Anwohner", "Wahlhelfer")."""
    return noun in PLAIN_PERSON_NOUNS or german.is_role_noun(noun)


def _adverbial_before_verb(fronted: re.Match[str]) -> bool:
    """What stands before the verb is an adverbial, so the indefinite phrase after it is the
    subject: a prepositional phrase ending in its noun ("In der Fragestunde") or one adverb
    ("Dann"). After a noun phrase it is the object ("Die Stadt stellte eine Sprecherin ein")."""
    lead, verb, rest = fronted.group("lead"), fronted.group("verb"), fronted.group("rest")
    if verb in german.PREPOSITIONS or verb in german.DETERMINERS:
        return False
    if rest is not None:
        # ("Draußen vor der Tür raucht ein Polizist": a place adverb before the phrase.)
        placed = lead in PLACE_ADVERBS and rest.split()[0].lower() in german.PREPOSITIONS
        return lead.lower() in german.PREPOSITIONS or placed
    return lead in TIME_OPENERS or lead in PLACE_OPENERS or german.is_opening_adverb(lead)


# A sentence whose subject is somebody's age, after at most one opening word: "Doch die
# 56-Jährige wollte reden.", "Der 29-Jährige bestreitet die Tat."
AGE_RECAP_RE = re.compile(r"\s*(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?([Dd]er|[Dd]ie)\s+\d+-Jährige\b")


def _age_recap(frame: str, speakers: Speakers) -> Referent | None:
    """Whom an age as a sentence's subject goes on about: the previous sentence's subject,
    when that is a known person of the age's gender or of a gender the text does not tell
    ("…, darauf wies die Richterin sie hin. Doch die 56-Jährige wollte reden.": the woman
    told, not the judge who spoke), so that a "sagte sie" after it is hers, not the last
    speaker's. Anybody else: left unsaid."""
    recap = AGE_RECAP_RE.match(frame)
    before = speakers.last_subject
    if recap is None or before is None or before.record is None:
        return None
    gender = "m" if recap.group(1).lower() == "der" else "f"
    return before if before.gender in (gender, None) else None


# A sentence opening with an indefinite noun phrase and a relative clause about it: "Ein
# Anwohner, der …,", "Eine Mutter, die …,".
INDEFINITE_OPENING_RE = re.compile(
    r"\s*(?:Ein\s+[A-ZÄÖÜ][\w-]*(?=[^,]*,\s*der\s)"
    r"|Eine\s+[A-ZÄÖÜ][\w-]*(?=[^,]*,\s*die\s)"
    # One of a group: "Einer von ihnen", "Eine der Anwohnerinnen", "Einer aus dem Publikum".
    r"|Einer?\s+(?:von|der|aus|unter)\s+(?:(?:dem|den|der)\s+)?(?:ihnen|[A-ZÄÖÜ][\w-]*))"
)
POSSESSIVE_SAYING_RE = re.compile(r"\s*(?:Sein|Seine|Ihr|Ihre)\s+([A-ZÄÖÜ][a-zäöüß]+):\s*")
# A named person's kin or staff opening the sentence before its verb: "Pfeffers Sohn steht
# daneben", "Albers’ Sprecherin winkte ab", "Pfeffers Sohn, der die Küche führt, …".
OWNED_OPENING_RE = re.compile(
    rf"\s*([A-ZÄÖÜ][\w-]*{german.GENITIVE_PATTERN}\s+([A-ZÄÖÜ][a-zäöüß]+))(?=\s+[a-zäöüß]|,)"
)
KIN_OPENING_RE = re.compile(r"\s*(?:Sein|Seine|Ihr|Ihre)\s+([A-ZÄÖÜ][a-zäöüß]+)\b")
OWN_KIN_RE = re.compile(r"\s*(?:Mein|Meine|Unser|Unsere)\s+([A-ZÄÖÜ][a-zäöüß]+)\b")
# The speaker's own kin anywhere in a sentence, in any case: "habe ich meine Mutter angerufen".
OWN_KIN_ANYWHERE_RE = re.compile(r"\b(?:[Mm]ein|[Uu]nser)(?:e|en|em)?\s+([A-ZÄÖÜ][a-zäöüß]+)\b")


def _last_own_kin(frame: str) -> re.Match[str] | None:
    """The last "meine Mutter", "unseren Sohn" of a sentence in the first person."""
    found = list(OWN_KIN_ANYWHERE_RE.finditer(frame))
    return found[-1] if found else None


# A first name alone opening the sentence before its verb: "Mira hat auch einen Bruder".
FIRST_NAME_OPENING_RE = re.compile(r"\s*([A-ZÄÖÜ][a-zäöüß]+)\s+[a-zäöüß]")


def _opening_subject(frame: str, opening: re.Match[str], subject_at: int) -> bool:
    """Is the phrase opening the sentence its subject, not the pronoun found after the verb?
    "Ihre Tochter begleitet sie.": the daughter, the verb right after her."""
    after = frame[opening.end() :].split()[:1]
    return subject_at > opening.end() and bool(after) and after[0][:1].islower()


def _owned_person(owned: re.Match[str], mentions: list[Mention]) -> bool:
    """Is the opening a known person's name in the genitive before a noun of kin or of a role
    (see OWNED_OPENING_RE)?"""
    noun = owned.group(2)
    if noun.lower() not in KIN_NOUNS and not german.is_role_noun(noun):
        return False
    return any(
        m.start == owned.start(1) and m.kind == NAME and m.oblique and m.person is not None
        for m in mentions
    )


# Taking the floor, with no saying verb: "Danach ergriff X das Wort", "X meldete sich zu Wort",
# "Dann kam X zu Wort", "bat X um das Wort", "trat X ans Rednerpult"; and handing it on, whose
# receiver is the one named besides the subject: "gab das Wort an X weiter", "erteilte X das
# Wort".
FLOOR_TAKEN_RE = re.compile(
    r"\b(?:ergriff|ergreift|ergriffen|ergreifen)\b.*\bdas\s+Wort\b"
    r"|\b(?:meldete|meldet|meldeten|melden)\s+sich\b.*\bzu\s+Wort\b"
    r"|\b(?:kam|kommt|kamen|kommen)\b.*\bzu\s+Wort\b"
    r"|\b(?:bat|bittet|baten)\b.*\bum\s+das\s+Wort\b"
    r"|\b(?:trat|tritt|traten)\b.*\ban(?:s|\s+das)\s+(?:Rednerpult|Redepult|Pult|Mikrofon)\b"
)
FLOOR_GIVEN_RE = re.compile(
    r"\b(?:gab|gibt|übergab|übergibt|erteilte|erteilt|reichte|reicht)\b.*\bdas\s+Wort\b"
)


def _given_the_floor(
    frame: str, mentions: list[Mention], subject: Referent | None, speakers: Speakers
) -> PersonRecord | None:
    """Who takes the floor in a sentence that says only that (see FLOOR_TAKEN_RE): its known
    subject; or, handed the floor, the one known person named besides the subject. None when
    the sentence quotes or cues anything itself, or names several."""
    if "Wort" not in frame and "pult" not in frame and "Mikrofon" not in frame:
        return None
    if german.has_subjunctive(frame, strict=True):
        return None
    if FLOOR_GIVEN_RE.search(frame) is not None:
        # ("gab … weiter" is no cue here: the floor, not a message, is passed on.)
        others = {
            id(m.person): m.person
            for m in mentions
            if m.person is not None and (subject is None or m.person is not subject.record)
        }
        return next(iter(others.values())) if len(others) == 1 else None
    cue = german.first_cue_verb(frame)
    if (cue is not None and not cue.group(0).startswith("meld")) or ":" in frame:
        return None  # ("meldete sich zu Wort" is no report; "sagte", "dass" would be)
    if FLOOR_TAKEN_RE.search(frame) is None:
        return None
    if subject is not None:
        return subject.record
    # ("Zum Schluss ergriff noch einmal der Bürgermeister das Wort.": a role after the verb.)
    takers = [m for m in mentions if not m.oblique and m.kind in (NAME, ROLE)]
    taker = speakers.resolve(takers[0]) if len(takers) == 1 else None
    return taker.record if taker is not None else None


def _heard_witness(frame: str, mentions: list[Mention]) -> Mention | None:
    """The one known person a sentence about a witness being heard names (see
    german.WITNESS_HEARD_RE); None when it names none or several."""
    if "Zeug" not in frame and "Gericht" not in frame and "Kammer" not in frame:
        return None
    if german.WITNESS_HEARD_RE.search(frame) is None:
        return None
    named = [m for m in mentions if m.kind == NAME and m.person is not None]
    return named[0] if len({id(m.person) for m in named}) == 1 else None


def _possessive_role_subject(frame: str, opening: re.Match[str]) -> bool:
    """Does the sentence open with a possessive and a role noun as its subject ("Ihr
    Herausforderer klang anders", "Seine Sprecherin sagte")? A verb (lower case) follows."""
    after = frame[opening.end() :].split()[:1]
    return bool(after) and after[0][:1].islower() and german.is_role_noun(opening.group(1))


def _closing_apposition(frame: str, mentions: list[Mention]) -> PersonRecord | None:
    """The person a sentence names last, after a comma, as its whole end: "Um 21 Uhr kommt eine
    der Bewerberinnen vorbei, die Grünen-Kandidatin Tina Reske." says who the description
    was."""
    for mention in mentions:
        at_end = frame[mention.end :].strip() in ("", ".", "!")
        after_comma = frame[: mention.start].rstrip().endswith(",")
        if mention.person is not None and not mention.oblique and at_end and after_comma:
            return mention.person
    return None


# English: "a retired bus driver who declined to give his name said …", "“…,” one of X’s
# volunteers said", "A young man next to her said he …" (at a sentence's start, capitalised):
# an indefinite subject right before the verb is somebody not named. So is a possessive one
# that names nobody ("Her office says she will …", "his spokesman said", "Vogt's campaign
# said"): the office, aide or campaign of the person the possessive points to speaks, not
# that person (with a name after the noun, "His rival Ute Brandes said", that name speaks).
ENGLISH_UNNAMED_SUBJECT_RE = re.compile(
    r"(?:^|[,”\"])\s*((?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Ss]ome)\s[^,.;:”\"]{0,80}?"
    r"|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*(?:’s|'s))(?:\s[a-z-]+){1,3})\s+(?:"
    + "|".join(german.ENGLISH_CUE_VERBS)
    + r")\b"
)
# Every English cue verb ends in "-ed" or is one of a few others ("said", "told"): a sentence
# holding none of these has no such subject (most German sentences hold none).
_ENGLISH_CUE_CLUES = tuple(
    sorted({"ed" if verb.endswith("ed") else verb for verb in german.ENGLISH_CUE_VERBS})
)


# An English sentence opening with somebody it does not name: "A pensioner …", "An elderly
# voter …", "Wiechmann's wife …", "Her husband …" (the person's noun within a few words).
ENGLISH_OPENING_RE = re.compile(
    r"(?:(?:A|An|Another|One)\s|(?:His|Her|Their|[A-Z][\w-]*(?:’s|'s))\s)"
    r"(?:[a-z-]+\s){0,3}?([a-z]+)\b"
)
ENGLISH_OPENERS = ("A ", "An ", "Another ", "One ", "His ", "Her ", "Their ")
ENGLISH_MEN = frozenset("man husband father son brother grandfather boy".split())
ENGLISH_WOMEN = frozenset("woman wife mother daughter sister grandmother girl".split())
ENGLISH_PEOPLE = (
    ENGLISH_MEN
    | ENGLISH_WOMEN
    | english_roles.ROLE_NOUNS
    | frozenset(
        "voter resident supporter neighbour neighbor volunteer retiree shopkeeper worker "
        "partner friend bystander passer-by local onlooker".split()
    )
)


def _english_unnamed_opening(frame: str) -> Referent | None:
    """The person an English sentence opens with, when the text does not name them (see
    ENGLISH_OPENING_RE), with the gender their noun gives; None for any other sentence."""
    if not (frame.startswith(ENGLISH_OPENERS) or "’s " in frame[:30] or "'s " in frame[:30]):
        return None
    match = ENGLISH_OPENING_RE.match(frame)
    if match is None or match.group(1) not in ENGLISH_PEOPLE:
        return None
    noun = match.group(1)
    gender = "m" if noun in ENGLISH_MEN else "f" if noun in ENGLISH_WOMEN else None
    return Referent(frame[: match.end()], gender)


def _english_unnamed_subject(frame: str) -> re.Match[str] | None:
    """ENGLISH_UNNAMED_SUBJECT_RE's first match, searched for only where a cue verb may stand:
    the pattern takes several microseconds to fail on a sentence, the clues one."""
    for clue in _ENGLISH_CUE_CLUES:
        if clue in frame:
            return ENGLISH_UNNAMED_SUBJECT_RE.search(frame)
    return None


# "…, the town's election office said on Sunday.": an English cue closing a sentence, its subject
# a definite phrase after the last comma.
CLOSING_CUES = ("said", "says", "told", "announced")
ENGLISH_CLOSING_SOURCE_RE = re.compile(
    r",\s+((?:[Tt]he|[Ii]ts|[Tt]heir)\s[^,.;:”\"]{1,60}?)\s+(?:" + "|".join(CLOSING_CUES) + r")\b"
    r"[^,;:”\"]*$"
)
CLAUSE_WORDS = 6  # a clause before the comma, not a name and its apposition


def _english_closing_source(frame: str, speakers: Speakers) -> Mention | None:
    """ "Bolt won the runoff with 52.8 percent, the election office said.": the phrase before
    the closing cue speaks, named or not; a person named in the clause before the comma is
    what was said about, not who said it. ("Smith, the council's spokesman, said …" is an
    apposition: too short a clause before the comma.)"""
    if not any(cue in frame for cue in CLOSING_CUES):
        return None  # (the cheap test first: most sentences are German)
    found = ENGLISH_CLOSING_SOURCE_RE.search(frame)
    if found is None or len(frame[: found.start()].split()) < CLAUSE_WORDS:
        return None
    inside = [
        m
        for m in speakers.mentions(frame)
        if found.start(1) <= m.start < found.end(1) and m.kind in (NAME, ROLE, PRONOUN)
    ]
    if inside:
        return inside[0]
    return Mention(found.start(1), found.end(1), found.group(1), UNNAMED)


def cue_mention(frame: str, speakers: Speakers) -> Mention | None:
    """The phrase a sentence's speech cue names as its speaker (for reported speech): "…,
    erklärte X." or "X erklärte, …" or "laut X …". It may name nobody known ("Ein Sprecher der
    Stadt teilte mit, …"): then the sentence has a speaker the text does not name."""
    unnamed = _english_unnamed_subject(frame)
    if unnamed is not None:
        return Mention(unnamed.start(1), unnamed.end(1), unnamed.group(1), UNNAMED)
    return (
        _english_closing_source(frame, speakers)
        or _document_source(frame, speakers)
        or _cue_later(frame, 0, speakers)
        or _attribution(frame, len(frame), speakers)
        or _let_say(frame, speakers.mentions(frame), speakers)
        or _cue_verb_before(frame, len(frame), speakers.mentions(frame), speakers)
    )
