"""The lexicon of German verbs of saying that report speech ("sagte", "kündigte … an", "wies …
zurück", "räumte … ein"), and the patterns the reported-speech rules build from it.

One list per kind of verb, so that a verb is added in one place and every rule knows it:
- weak and regular verbs by the stem all their forms start with ("sag": sagt, sagte, sagen);
- strong verbs that mean saying only with their particle, by their finite forms and particles
  ("gab … an", "räumte … ein", "rief … auf");
- verbs of promising, asking, offering and threatening, written out (their stems start other
  words: "bitter", "Bote");
- speech acts whose content is a noun phrase after a preposition ("sprach von", "warnte vor").

These are narrower than the cue verbs of direct quotes (`german.CUE_VERBS`), where the quotation
marks already say that something was said.
"""

from __future__ import annotations

import re

from bot.corpus.german import POSSESSIVE_MEIN_NOUN

# Weak and regular verbs of saying: every form starts with the stem ("bekräftig": bekräftigt,
# bekräftigte), so do strong stems written out ("schrieb", "wies", "warf" of "warf … vor").
STEMS = (
    "sag erklär beton meint mein bericht teil kündig warn forder kritisier versicher bestätig "
    "erläuter ergänz füg äußer behaupt argumentier begründ unterstreich bekräftig wies weis "
    "verwies verweis schrieb schreib riet rät beklag klag mahn appellier bezeichn nannt nenn "
    "erzähl wirf warf worf beschuldig befürcht vermut verlang verlaut vermeld gesteh bekund "
    "vorwirf vorwarf entgegn"
).split()
# Particles a participle carries before its "ge" ("angekündigt", "hingewiesen", "zurückgewiesen").
PARTICIPLE_PREFIXES = "an auf mit hin fest bekannt zu aus vor dar klar zurück".split()
# Particles that close a clause of saying before the comma opening what was said ("teilte
# mit, …", "fügte hinzu, …", "stellte fest, …").
CLOSING_PARTICLES = "an mit ein hinzu fest zu aus dar klar".split()
# Strong verbs that mean saying only with their particle at the end of the clause: their finite
# forms and those particles ("gab … an", "gab … zu bedenken", "räumte … ein").
WITH_PARTICLE: dict[str, tuple[str, ...]] = {
    "gab gaben gibt": ("an", "bekannt", "zu bedenken"),
    "räumte räumten räumt": ("ein",),
    "hielt hielten hält": ("dagegen",),
    "schlug schlugen schlägt": ("vor",),
    "bot boten bietet": ("an",),
    "rief riefen ruft": ("auf",),
}
# Verbs of promising, asking, proposing, offering, threatening and calling on somebody, whose
# content is the zu-infinitive or dass clause after them ("Der Verband bot an, beim Umzug zu
# helfen", "Die Stadt hat die Anwohner gebeten, …"), and the participles of those above.
PROMISING = (
    "versprach versprachen verspricht versprechen versprochen bat baten bittet bitten gebeten "
    "drohte drohten droht drohen gedroht plädierte plädierten plädiert verkündete verkündeten "
    "verkündet vorgeschlagen angeboten aufgerufen angegeben bekanntgegeben"
).split()
# "Wie es hieß, …", "Wie aus Kreisen der Partei verlautete, …": said, by nobody named.
SAID_WITHOUT_SPEAKER = frozenset({"hieß", "heißt", "verlautete", "verlautet"})
# Verbs of knowing and seeing, which a "wie" clause closes without reporting words ("wie man
# weiß") and which take a "wie" clause as what was seen ("sahen, wie …").
KNOWING = frozenset("weiß wusste wussten sieht sah sahen findet fand fanden".split())


def _first_letters(words: list[str]) -> str:
    return "".join(sorted({word[0] for word in words}))


# Each pattern below opens with a lookahead of the characters its matches start with: it lets
# the regex engine pass over all other positions at once instead of trying every branch there.
# (Not the possessive: "meine Mutter", "meinen ersten Wahlkampf"; "meinen Sie" is the verb.)
NOT_POSSESSIVE = rf"(?!meinen?{POSSESSIVE_MEIN_NOUN})"
WORD = r"\b" + NOT_POSSESSIVE + r"(?:" + "|".join(STEMS) + r")[a-zäöüß]*\b"
PARTICIPLE = (
    r"\b(?:" + "|".join(PARTICIPLE_PREFIXES) + r")?ge(?:" + "|".join(STEMS) + r")"
    r"[a-zäöüß]*(?:t|en)\b"
)
WORD_RE = re.compile(WORD)
PARTICIPLE_RE = re.compile(PARTICIPLE)
VERB_RE = re.compile(
    rf"(?=[{_first_letters(STEMS)}zhgiEe,])(?:"
    r"\b(?:" + WORD + r"|zufolge\b|(?:heißt|hieß) es\b|[Ee]s\s+(?:heißt|hieß)\b"
    # "X geht davon aus, dass …": an expectation stated
    r"|(?:geht|gehen|ging|gingen)\b[^,.;:]{0,60}?\bdavon aus\b"
    # "X vertritt die Ansicht, dass …", "X ist der Meinung, …": a view stated
    r"|(?:vertritt|vertrat|vertreten|vertraten|ist|sind|war|waren)\s+(?:[a-zäöüß]+\s+){0,2}?"
    r"(?:der|die)\s+(?:Ansicht|Auffassung|Meinung|Überzeugung)\b)|,\s*so\s+\S"
    ")"
)


def _with_particle(forms: str, particles: tuple[str, ...]) -> str:
    return (
        "(?:"
        + "|".join(forms.split())
        + r")\s+(?:"
        + "|".join(p.replace(" ", r"\s+") for p in particles)
        + ")"
    )


PARTICLE_VERBS = "|".join(_with_particle(f, p) for f, p in WITH_PARTICLE.items())
PARTICLE_FORMS = frozenset(form for forms in WITH_PARTICLE for form in forms.split())
# A verb of saying (with its particle) right before the comma that opens what was said, and its
# subject when it follows ("sagte, …", "teilte mit, …", "räumte ein, …", "betonte sie, …");
# a name only before a pronoun ("sagte Ried, man müsse …"): after a name, "der"/"die" or a noun
# may open a relative clause or an apposition ("sagte X, der …", "sagte X, Chef der …"). Not an
# indirect question or a clause of time or reason: "erklärte, wie …", "sagte, als …".
SAID_COMMA_RE = re.compile(
    rf"(?=[{_first_letters(STEMS + PARTICIPLE_PREFIXES + list(PARTICLE_FORMS))}g])"
    r"(?:(?:" + WORD + "|" + PARTICIPLE + r")"
    r"(?:\s+(?:" + "|".join(CLOSING_PARTICLES) + r"))?|\b(?:" + PARTICLE_VERBS + r"))"
    r"(?:\s+(?P<subject>er|sie|[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?(?=\s*,\s+"
    r"(?:es|man|er|sie|wir|dies|dieser|diese|dieses)\b)))?"
    r"\s*,\s+"
    r"(?!(?:was|wer|wen|wem|wie|wo|wann|warum|weshalb|wieso|ob|als|und|aber|denn|weil|nachdem"
    r"|bevor|während|obwohl|wenn|damit|um|so|sondern|doch|jedoch)\b)[A-Za-zÄÖÜäöüß]"
)
_PROMISING_FORMS = PROMISING + sorted(PARTICLE_FORMS)
PROMISING_RE = re.compile(
    rf"(?=[{_first_letters(_PROMISING_FORMS)}])\b(?:" + "|".join(_PROMISING_FORMS) + r")\b"
)


def particle_closes(verb: str, frame: str, start: int, comma: int) -> bool:
    """Does the particle `verb` needs stand right before the comma at `comma` ("schlug … vor,
    …")? True for a verb that needs none."""
    for forms, particles in WITH_PARTICLE.items():
        if verb in forms.split():
            closing = re.compile(r"\b(?:" + "|".join(particles) + r")\s*,")
            return closing.search(frame, start, comma + 1) is not None
    return True


# Speech acts whose content is a noun phrase ("X sprach von einem Erfolg", "Gäste
# berichteten von Schüssen", "X warnte vor den Folgen", "X bezeichnete den Plan als Fehler",
# "Als Grund nannte X die Kosten"): what was said, told in the narrator's words. Not reflexive
# ("bezeichnet sich als", "nennt sich"), not "nannte man" (a name given, nobody speaking).
SPEECH_ACT_RE = re.compile(
    r"(?=[sbwn])\b(?:"
    r"(?:spricht|sprach|sprachen|sprechen|berichtet|berichtete|berichteten|berichten)"
    r"(?!\s+sich\b)[^,;:]{0,60}?\bvon\b"
    r"|(?:warnt|warnte|warnten|warnen)\b[^,;:]{0,60}?\bvor\b"
    r"|(?:bezeichnet|bezeichnete|bezeichneten|bezeichnen)(?!\s+sich\b)"
    r"[^;:]{0,80}?\bals\b"
    r"|(?:nennt|nannte|nannten|nennen)\b(?!\s+(?:man|sich)\b)"
    r")"
)
# Verbs of accusing: their object is who was accused ("Kritiker werfen X vor, …").
ACCUSING_RE = re.compile(
    r"\b(?:wirft|warf|werfen|warfen|beschuldigt|beschuldigte|beschuldigten|beschuldigen"
    r"|bezichtigt|bezichtigte|bezichtigten)\b"
)
