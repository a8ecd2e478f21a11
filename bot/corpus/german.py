"""German word lists the extraction rules share: cue verbs, subjunctive forms, pronouns, parties,
role nouns and common first names.

Everything here is general knowledge of German news language; nothing names one article's people.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# The word tests below are pure functions of one word, called for every word of every article:
# they are memoised (bounded, so a long run over many articles cannot grow without limit).
WORD_CACHE_SIZE = 1 << 16

# "ich", "wir" and their cases: only a speaker says them of themselves.
FIRST_PERSON_RE = re.compile(r"\b(?:[Ii]ch|[Ww]ir|[Mm]ir|[Mm]ich|[Uu]ns)\b")

# --- speech cue verbs -------------------------------------------------------------------------
# Weak verbs: the stem is enough to build sagt/sagte/sagten/gesagt/sage.
_WEAK_CUE_STEMS = (
    "sag erklär beton konstatier kündig mach stell bekräftig bestätig versicher ergänz erläuter "
    "begründ kritisier warn mahn forder äußer antwort entgegn berichtet bericht meld zitier "
    "kommentier lob klag beklag unterstreich fass resümier bilanzier folger appellier "
    "verkünd verdeutlich präzisier räum füg zeig gratulier bedank dank frag freu wünsch "
    "behaupt vermut schätz glaub hoff fürcht befürcht beteuer bedauer sorg ärger signalisier "
    "argumentier kontert konter protestier prophezei philosophier jubel scherz lach seufz "
    "reagier wiederhol richt mein sprech erinner plädier drück deut hinterfrag schwärm "
    "bilanzier rechn wert bewert urteil äußer bezeichn stimm bejah verneinen verrat wiegel "
    "zweifel bezweifel insistier beharr pocht poch würdig begrüß verurteil schilder feier "
    "ausführ feststell skandier beurteil bemängel beschuldig verlaut twitter poste "
    "pranger beantrag verlang empfehl erzähl spott läster raun stöhn murmel wink"
).split()
# Strong and irregular verbs: their finite forms, written out.
_STRONG_CUE_FORMS = (
    "spricht sprach sprachen rief riefen ruft schrieb schrieben schreibt beschwor beschwört "
    "beschworen wies weist wiesen hob hebt hoben gab gibt gaben nannte nannten nennt nenne "
    "betonte bekannte bekennt bekannten schloss schließt sah sieht sahen hielt hält hielten "
    "verwies verweist riet rät rieten schlug schlägt warf wirft meinte meint meinten "
    "bezeichnete bezeichnet bezeichneten fand findet fanden widersprach widerspricht "
    "versprach verspricht dachte denkt wusste weiß zog zieht trat tritt "
    "stellte stellt machte macht kündigte kündigt fügte fügt räumte räumt zeigte zeigt "
    "erklärte erklärt sagte sagt sagten erklärten teilte teilt teilten mitteilen bat bittet baten "
    "beschrieb beschreibt beschrieben empfahl empfiehlt empfahlen "
    # "X regte an, …" (anregen) and "X verriet, …" (verraten): a proposal, a disclosure
    "regt regte regten verrät verriet verrieten"
).split()
CUE_PARTICIPLES = (
    "gesagt erklärt betont gesprochen gerufen geschrieben zitiert mitgeteilt berichtet "
    "angekündigt gewarnt gefordert kritisiert bestätigt erläutert geäußert bezeichnet genannt "
    "versprochen versichert zugesagt eingeräumt behauptet entgegengehalten "
    "hingewiesen erwidert widersprochen"
).split()


def _weak_forms(stem: str) -> set[str]:
    e = (
        "e"
        if stem.endswith(("t", "d", "n", "chn", "ffn", "tm")) and not stem.endswith("rn")
        else ""
    )
    return {stem + e + "t", stem + e + "te", stem + e + "ten", stem + "e", stem + "en"}


# English reports about German elections quote the same way, with English verbs.
ENGLISH_CUE_VERBS = (
    "said says told tells added adds stated explained wrote warned joked noted insisted argued "
    "replied asked announced declared conceded admitted claimed countered counters "
    "acknowledged acknowledges responded responds stressed stresses emphasized emphasised "
    "cautioned remarked"
).split()
CUE_VERBS: frozenset[str] = frozenset(
    {form for stem in _WEAK_CUE_STEMS for form in _weak_forms(stem)}
    | set(_STRONG_CUE_FORMS)
    | set(ENGLISH_CUE_VERBS)
)
# Separable prefixes a cue verb carries at the end of a subordinate clause ("wie sie mitteilte").
_CUE_PREFIXES = ("mit", "an", "hinzu", "fest", "bekannt", "ein", "dar", "aus", "klar", "zu")


def quotes_somebody(verb: str) -> bool:
    """ "zitiert den Minister": a verb whose object, not its subject, is the speaker."""
    return verb.startswith("zitier")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_cue_verb(word: str) -> bool:
    """A speech cue verb, also with its separable prefix attached ("mitteilte", "ankündigte")."""
    if word in CUE_VERBS:
        return True
    return any(word.startswith(p) and word[len(p) :] in CUE_VERBS for p in _CUE_PREFIXES)


_LOWER_WORD_ALONE_RE = re.compile(r"(?<![\w-])[a-zäöüß]+(?![\w-])")


# A court hearing a witness: "Als erste Zeugin hörte das Gericht die Heimleiterin X.", "X wurde
# als Zeuge vernommen." The witness, not the court, is whom the next sentences report.
WITNESS_HEARD_PATTERN = (
    r"\b(?:hörte|hört|vernahm|vernimmt)\s+(?:das\s+Gericht|die\s+Kammer)\b"
    r"|\bals\s+(?:\w+\s+)?Zeug(?:e|in)\s+(?:gehört|vernommen)\b"
)
WITNESS_HEARD_RE = re.compile(WITNESS_HEARD_PATTERN)


# A stance somebody takes in words, without a speech verb: "war erleichtert, dass …", "zeigte
# sich zufrieden", "nahm den Bürgermeister in Schutz". What follows in Konjunktiv is theirs.
STANCE_RE = re.compile(
    r"\b(?:war|ist|zeigte\s+sich|zeigt\s+sich|gab\s+sich|gibt\s+sich)\s+(?:\w+\s+){0,4}?"
    r"(?:erleichtert|zufrieden|unzufrieden|enttäuscht|überzeugt|zuversichtlich|optimistisch"
    r"|skeptisch|besorgt|verärgert|empört|froh|überrascht|selbstkritisch|kämpferisch)\b"
    r"|\b(?:nahm|nimmt|nahmen)\b[^,;.]{0,60}\bin\s+Schutz\b"
    # "Das wiederum bestreitet X.": a denial, whose grounds follow in Konjunktiv
    r"|\b(?:bestreitet|bestritt|bestreiten|bestritten)\b"
    # "Auch X kommt zu Wort.", "X meldete sich zu Wort.": a turn to speak, its words follow
    r"|\b(?:kommt|kam|kommen|kamen|meldet\s+sich|meldete\s+sich)\s+(?:\w+\s+){0,3}?zu\s+Wort\b"
    # a witness heard in court (see WITNESS_HEARD_RE): what follows in Konjunktiv is theirs
    r"|" + WITNESS_HEARD_PATTERN
)


# Separable particles that make a verb of saying's finite form into something else: "stellt …
# bereit", "machte … zusammen", "trat … ab" (never "stellte fest", "räumte ein", "wies hin").
NOT_SPEECH_PARTICLES = frozenset(
    "bereit zusammen ab um fertig still fort los weg nieder durch wieder inne".split()
)
CLAUSE_END_RE = re.compile(r"[,.;:!?]")  # the punctuation that ends a clause


def _particle_not_speech(frame: str, end: int) -> bool:
    """The clause of the verb ending at `end` closes on a particle that is no part of saying."""
    clause = CLAUSE_END_RE.split(frame[end:], maxsplit=1)[0].split()
    return bool(clause) and clause[-1] in NOT_SPEECH_PARTICLES


# Verbs that speak only with their separable particle closing the clause: "merkte an, …"
# ("merkte, dass …" alone is noticing), "wandte ein", "trägt vor", "legte dar"; and "lassen"
# with the infinitive of making known closing it: "ließ (über einen Sprecher) wissen, …",
# "lässt verlauten, dass …" (the subject speaks through others, but says it).
SEPARABLE_CUES = {
    **dict.fromkeys(("merkte", "merkt", "merkten"), ("an",)),
    **dict.fromkeys(("wandte", "wandten", "wendet", "wendete"), ("ein",)),
    **dict.fromkeys(("trug", "trägt", "trugen"), ("vor",)),
    **dict.fromkeys(("legte", "legt", "legten"), ("dar",)),
    **dict.fromkeys(("ließ", "lässt", "ließen", "lassen"), ("wissen", "verlauten", "ausrichten")),
}


def separable_cue(frame: str, word: str, end: int) -> bool:
    """Is `word`, ending at `end`, a verb that speaks with the particle closing its clause?"""
    particles = SEPARABLE_CUES.get(word)
    if particles is None:
        return False
    clause = CLAUSE_END_RE.split(frame[end:], maxsplit=1)[0].split()
    return bool(clause) and clause[-1] in particles


@lru_cache(maxsize=64)  # asked several times for one sentence (reported speech, its speaker)
def first_cue_verb(frame: str) -> re.Match[str] | None:
    """The first speech cue verb of a sentence ("sagte", "mitteilte", "merkte … an"), or None."""
    return next(
        (
            m
            for m in _LOWER_WORD_ALONE_RE.finditer(frame)
            if (
                is_cue_verb(m.group(0))
                and not _particle_not_speech(frame, m.end())
                and not _possessive_mein(frame, m)
            )
            or separable_cue(frame, m.group(0), m.end())
        ),
        None,
    )


# "meine Mutter", "meinen ersten Wahlkampf": after "meine"/"meinen", what makes it the
# possessive, not the verb "meinen" ("Das meinen Sie nicht ernst", "Ich meine, …").
POSSESSIVE_MEIN_NOUN = r"\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?(?!Sie\b)[A-ZÄÖÜ]"
_POSSESSIVE_MEIN_RE = re.compile(POSSESSIVE_MEIN_NOUN)


def _possessive_mein(frame: str, word: re.Match[str]) -> bool:
    return word.group(0) in ("meine", "meinen") and bool(
        _POSSESSIVE_MEIN_RE.match(frame, word.end())
    )


CLAUSE_END_AFTER_RE = re.compile(r"\s*(?:[,.;:!?]|$)")
KONJUNKTIV_AUXILIARIES = frozenset(
    "habe hätte hätten sei seien wäre wären werde würde würden".split()
)
# The indicative auxiliaries of the perfect ("hat … gesagt") and those of being.
PERFECT_AUXILIARIES = frozenset("hat hatte hatten haben".split())
INDICATIVE_AUXILIARIES = PERFECT_AUXILIARIES | {"ist", "war", "waren", "sind"}


def reported_perfect(frame: str, start: int, end: int) -> bool:
    """ "X habe das besser erklärt": a participle closing a clause whose auxiliary is in
    Konjunktiv reports what somebody said about X; X is talked about, not the speaker."""
    if CLAUSE_END_AFTER_RE.match(frame, end) is None:
        return False
    clause = frame[frame.rfind(",", 0, start) + 1 : start].split()
    return not KONJUNKTIV_AUXILIARIES.isdisjoint(clause)


# Finite verbs of being, having and modality: a clause's verb, after which its subject may stand.
FINITE_VERBS = frozenset(
    "ist war sind waren hat hatte haben hatten zeigt zeigte zeigten gab gibt sieht sah "
    "will wollte kann konnte muss musste soll sollte wird wurde lautet lautete heißt "
    "ließ ließen lässt".split()  # "„…“, ließ ein Sprecher verlauten"
)


# Words that, after a quote and a comma, mean the sentence goes on without a speech cue.
NOT_VERBS = frozenset(
    "so und aber oder doch denn dass daß weil wenn ob als wie was wer wo sondern sowie "
    "heißt hieß hier da dann nun auch nur noch schon zumal obwohl während damit um "
    "dagegen daher deshalb deswegen darum trotzdem dennoch zudem außerdem ferner jedoch "
    "allerdings insbesondere vor allem etwa also sonst später zuvor danach davor dabei "
    "dazu damals heute gestern morgen bisher inzwischen mittlerweile sogar zwar nicht "
    "kein keine keiner nichts ebenso ebenfalls genauso weiter weiterhin derzeit wo womit "
    "wobei worauf sowohl weder noch entweder sei seien habe wie".split()
)
# Nouns that introduce a quote without a verb ("Zitat von X:", "Seine Worte:").
CUE_NOUNS = re.compile(
    r"\b(?:Zitat|Worte[n]?|Aussage|Äußerung|Erklärung|Mitteilung|Stellungnahme|Fazit|Bilanz"
    r"|Botschaft|Appell|Kommentar|Antwort|Begründung|Einschätzung|Meinung|Credo|Devise|Motto"
    r"|Stellung(?:nahme)?|zu Wort)\b"
)
# "laut X", "X zufolge", "nach Angaben von X", "wie X sagte".
ATTRIBUTION_PREPOSITIONS = frozenset({"laut", "zufolge", "gemäß", "gemäss"})  # (Swiss: ss)
# "laut X", "nach Angaben von X", "X zufolge", "nach Einschätzung des X": X's statement whatever
# the sentence's mood ("Nach Angaben der Polizei blieb es ruhig"). A match ends where the
# speaker's phrase begins (after "von"/"vom"), except for "zufolge", whose speaker stands before.
# ("laut" before a conjunction or a stop is the adjective: "Es wurde laut und dann still.")
ATTRIBUTION_RE = re.compile(
    r"(?=[LlzGgDdNnAa])\b(?:[Ll]aut(?!\s*[,.;:!?]|\s+(?:und|oder|aber|wie|als|genug|zu)\b)"
    r"|zufolge|[Gg]emä(?:ß|ss)|[Aa]ccording to|[Dd]em Vernehmen nach"
    r"|[Nn]ach "
    r"(?:(?:den|der|dem|des|eigenen|ersten|offiziellen|vorläufigen|bisherigen"
    r"|übereinstimmenden|neuesten|jüngsten|unbestätigten)\s+)*"
    r"(?:Angaben|Auffassung|Meinung|Ansicht|Darstellung|Worten|Einschätzung|Aussagen?"
    r"|Informationen|Überzeugung|Schätzungen?|Berechnungen|Erkenntnissen|Berichten|Prognosen?"
    r"|Umfragen?|Recherchen|Planungen|Auskunft|Mitteilung|Medienberichten|Polizeiangaben"
    r"|\w+(?:angaben|berichten|informationen))(?:\s+(?:von|vom))?)\b"
)

# --- subjunctive ------------------------------------------------------------------------------
# Konjunktiv I (and the common Konjunktiv II forms) that mark reported speech in news.
KONJUNKTIV_I = frozenset(
    (
        "sei seien seiest habe müsse könne dürfe wolle solle werde möge wisse komme "
        "gebe gehe stehe liege bleibe mache brauche fehle handle handele gelte lasse sehe trage "
        "finde zeige halte heiße laufe nehme setze spiele stelle suche verstehe wachse "
        "bringe denke arbeite diene entstehe entwickle entwickele erreiche erwarte führe "
        "gehöre glaube hoffe kenne koste lebe lerne lohne nutze plane rechne reiche sorge "
        "spreche treffe tue unterstütze verliere vertrete wähle warte zähle ziehe falle "
        "fordere hänge passiere profitiere schaffe trete verfüge bestehe betrage beginne "
        "befinde ermögliche existiere funktioniere bedeute bedürfe erfordere gelinge "
        "fließe steige sinke wirke helfe biete drohe leide zahle leiste baue ändere erhalte "
        "verdiene gewinne scheitere schade"
    ).split()
)
KONJUNKTIV_II = frozenset(
    "wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften "
    "ginge gingen käme kämen gäbe gäben stünde stünden läge lägen bliebe wüsste".split()
)

# --- pronouns and function words ----------------------------------------------------------------
DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen dieser diese dieses diesem "
    "diesen jener jene sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser "
    "unsere kein keine".split()
)
# A noun's article told by its ending (a compound takes its last part's): enough to show a
# bare office or role ("laut Wahlamt") as the description it is ("das Wahlamt"). A role noun
# may end in any of them; any other word only in an office's ending, since "laut Brenner"
# or "laut Lange" may be a surname.
_OFFICE_ENDINGS = (
    (
        "die",
        "ung heit keit schaft ion tät ei behörde vorlage kammer kasse stadt gemeinde "
        "feuerwehr anklage stelle".split(),
    ),
    ("das", "amt ium ministerium büro institut gericht".split()),
    ("der", "rat verband verein vorstand dienst bericht beschluss".split()),
)
_ROLE_ENDINGS = (
    ("die", ["in"]),
    ("der", "er or ent ant ist".split()),
)


def noun_article(noun: str, role: bool) -> str | None:
    """ "Wahlamt" → "das", "Polizei" → "die", the role "Hallensprecher" → "der"; None when
    unsure."""
    low = noun.lower()
    if party_in(noun) is not None:
        return "die"  # "laut SPD", "laut Grünen"
    for article, endings in _OFFICE_ENDINGS + (_ROLE_ENDINGS if role else ()):
        if low.endswith(tuple(endings)):
            return article
    return None


NOMINATIVE_DETERMINERS = frozenset("der die das ein eine dieser diese dieses".split())
# The indefinite article: "ein Sprecher", "ein 58-jähriger Goldschmied" is somebody new.
INDEFINITE_ARTICLES = frozenset("ein eine einer einem einen eines".split())
OBLIQUE_DETERMINERS = frozenset("dem den des einem einen eines diesem diesen".split())
PREPOSITIONS = frozenset(
    "an auf aus bei bis durch für gegen gegenüber hinter in im ins mit nach neben ohne über "
    "um unter von vom vor zu zum zur zwischen seit wegen trotz statt während beim am "
    "außer dank samt per via".split()
)
# Capitalised words at the start of a sentence that are not names.
SENTENCE_STARTERS = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einer Einen Einem Am Im In Auf Aus Bei Mit Nach Von "
    "Vor Zu Zum Zur Für Über Unter Als Auch Aber Doch Dabei Damit Danach Dann Da Dass Daher "
    "Deshalb Denn Dort Er Sie Es Wir Ihr Ich Man Nun Noch Nur So Schon Selbst Sein Seine "
    "Ihre Wie Was Wer Wo Wenn Welche Welcher Welches Ganz Jetzt Heute Gestern Morgen Sonntag "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Seit Trotz Wegen Während Ob Um "
    "Bis Durch Gegen Ohne Hier Diese Dieser Dieses Jene Alle Viele Einige Mehr Beim Vom "
    "Laut Nicht Kein Keine Zudem Ferner Außerdem Insgesamt Stattdessen Inwiefern Warum "
    "Weshalb Wieso Bereits Erst Zuvor Zuletzt Unterdessen Inzwischen Mittlerweile Laut "
    "Emotional Sichtlich Besonders Vor Nach Herr Frau Dr Prof "
    # English reports: "One voter …, said …" names nobody
    "The A An One Another Some Several Many Most Asked According".split()
)

# Adverbs and adverbial adjectives that open a German sentence before its verb ("Derzeit steht …",
# "Passend zu … warnte …", "Angesichts … nannte …"): never the subject.
_ADVERB_ENDINGS = re.compile(
    r"(?:lich|weise|mals|seits|dings|falls|halb|sichts|gegen|über|wärts|zeit|dessen|ends|artig)$"
)
OPENING_ADVERBS = frozenset(
    "Passend Gegenüber Angesichts Derzeit Demnach Dadurch Danach Deshalb Offenbar Allerdings "
    "Zunächst Später Anschließend Darüber Hingegen Dagegen Demgegenüber Ebenfalls Darunter "
    "Jedoch Trotzdem Damals Vorher Nachher Gleichzeitig Zugleich Immerhin Schließlich Letztlich "
    "Tatsächlich Seitdem Somit Folglich Stattdessen Kurz Lange Gestern Vorgestern Dort Hierzu "
    "Dazu Daraufhin Darauf Dafür Davon Deswegen Indes Indessen Zwar Eigentlich Ebenso Genauso "
    "Bislang Bisher Erneut Wiederum Weiter Weiterhin Entsprechend Insbesondere Vor allem "
    # how often: "Immer wieder riefen die Demonstranten …", "Oft hört man …"
    "Immer Oft Häufig Manchmal Mitunter Selten Stets Meist Meistens Abermals Wieder "
    # comparing: "Weniger versöhnlich war ein Beitrag …", "Ähnlich sieht es …"
    "Weniger Ähnlich Anders Kaum Eher Umso Desto "
    # "Kritischer fällt der Kommentar von X aus:", "Zurückhaltender äußerte sich X"
    "Kritischer Deutlicher Vorsichtiger Zurückhaltender Gelassener Optimistischer "
    "Pessimistischer Skeptischer Nüchterner Drastischer".split()
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_opening_adverb(word: str) -> bool:
    """A capitalised sentence opener that is an adverb, not a noun that could speak."""
    word = word.strip(".,;:")
    return word in OPENING_ADVERBS or bool(
        word[:1].isupper() and word[1:].islower() and _ADVERB_ENDINGS.search(word)
    )


# The interviewer addressing the interviewee inside a sentence ("… sagt, Sie hätten …", "Ihr
# Vorgänger …"): the polite pronoun, capitalised where no sentence starts.
FORMAL_YOU_RE = re.compile(r"(?:^|[^.!?:]\s)(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\b")


# The marks that open or close a quotation, in German, English and French use („…“, “…”, »…«,
# «…», "…"): one set for every reader of quotations.
QUOTATION_MARKS = '„“”»«"'
# A name's genitive ending before what it owns: "Seebauers Sieg", "Klaus’ Sieg", "Klaus' Sieg".
GENITIVE_ENDINGS = frozenset("s’'")
GENITIVE_PATTERN = r"(?:s|’|')"
# "heißt es", "hieß es" (also without ß): words whose speaker the sentence names only as a
# source, if at all.
IT_SAYS = r"(?:heißt|hieß|heisst|hiess)"
# The line crediting who made an interview ("Interview: X", "Das Gespräch führte X", "Die
# Fragen stellten X und Y", "Interview und Fotos: X"), as it opens its line.
CREDIT_WORDS = r"(?:Interview und Fotos?|Interview|Das Gespräch führten?|Die Fragen stellten?)"


# --- parties ------------------------------------------------------------------------------------
# Spellings met in text → normalised party name. Checked as whole words (or compound parts).
PARTY_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), party)
    for pattern, party in (
        (
            r"\bCDU\b|\bChristdemokrat(?:in|en|innen)?\b|\bchristdemokratisch"
            r"|\bChristian Democratic Union\b|\bChristian Democrat",
            "CDU",
        ),
        (r"\bCSU\b|\bChristian Social Union\b", "CSU"),
        (
            r"\bSPD\b|\bSozialdemokrat(?:in|en|innen)?\b|\bsozialdemokratisch"
            r"|\bSocial Democratic Party\b|\bSocial Democrat",
            "SPD",
        ),
        (r"\bGrüne[nr]?\b|\bBündnis ?90\b|\bGrünen-|\bthe Greens\b|\bGreen Party\b", "Grüne"),
        (r"\bLinke[nr]?\b|\bLinkspartei\b|\bPDS\b|\bLeft Party\b", "Linke"),
        (
            r"\bFDP\b|\bLiberale[nr]?\b|\bFreidemokrat|\bFreisinnige[nr]?\b|\bFree Democrat",
            "FDP",
        ),
        (r"\bAfD\b|\bAlternative for Germany\b", "AfD"),
        (r"\bBSW\b", "BSW"),
        (
            r"\bFreie[nr]?[ -]Wähler(?:in|innen|n)?\b|\bFREIE WÄHLER\b|\bFree Voters\b",
            "Freie Wähler",
        ),
        # "(FW)" is their usual short form; a local voters' association is its own list ("(FWG)").
        (r"\bFWG\b", "FWG"),
        (r"\bFW\b", "Freie Wähler"),
        (r"\bVolt\b", "Volt"),
        (r"\bÖDP\b", "ÖDP"),
        (r"\bPiraten(?:partei)?\b", "Piraten"),
        # the Danish minority's party in Schleswig-Holstein's Landtag and councils
        (r"\bSSW\b", "SSW"),
        (r"\bTierschutzpartei\b", "Tierschutzpartei"),
        (r"\bDie PARTEI\b", "Die PARTEI"),
        # Austria's and Switzerland's parties, as their agencies write them
        (r"\bÖVP\b|\bVolksparteiler(?:in|innen)?\b", "ÖVP"),
        (r"\bSPÖ\b", "SPÖ"),
        (r"\bFPÖ\b", "FPÖ"),
        (r"\bNEOS\b", "NEOS"),
        (r"\bSVP\b", "SVP"),
        (r"\bSP\b", "SP"),
        (r"\bGLP\b|\bGrünliberale[nr]?\b", "GLP"),
        (r"\bEVP\b", "EVP"),
        (r"\bparteilos(?:e[nrms]?)?\b|\bParteilose[nr]?\b", "parteilos"),
    )
)


# Parties whose article is part of the name, capitalised inside a sentence too ("Die PARTEI").
NAMES_WITH_ARTICLE = {
    party.casefold(): party
    for _, party in PARTY_PATTERNS
    if party.split()[0].casefold() in ("die", "der") and " " in party
}


# Any party's whole name, in one pattern (a name candidate is checked against all at once).
PARTY_NAME_RE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in PARTY_PATTERNS))


def is_party_name(name: str) -> bool:
    """Whether a capitalised run is a party's own name ("Christian Social Union", "Free
    Voters"): a wire report's "X of the Christian Social Union (CSU)" names no person in it."""
    return PARTY_NAME_RE.fullmatch(name) is not None


def party_named_with_article(text: str) -> str | None:
    """The party a phrase is, if its name holds its article: "die PARTEI" → "Die PARTEI"."""
    return NAMES_WITH_ARTICLE.get(" ".join(text.split()).casefold())


@lru_cache(maxsize=WORD_CACHE_SIZE)
def party_in(text: str) -> str | None:
    """The first party a phrase names, normalised ("der Grünen" → "Grüne")."""
    best: tuple[int, str] | None = None
    for pattern, party in PARTY_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), party)
    return best[1] if best else None


# A quotation in any of the marks the news sets ("„…“", "“…”", "»…«", "«…»", '"…"').
QUOTED_RE = re.compile(r"„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»")
# "Frage:", "F:", "Interviewer:", "SZ:" (a medium's initials) open the interviewer's turn; a
# live chat's "Leserfrage:", "Nutzerfrage:" a reader's; a transcript prints the host's role in
# capitals ("MODERATORIN:").
QUESTION_LABEL_RE = re.compile(
    r"^(?:(?:Leser|Nutzer|Hörer|Zuschauer|Publikums)?[Ff]rage|F|FRAGE|(?P<host>Interviewer(?:in)?"
    r"|Moderator(?:in)?|Moderation|MODERATOR(?:IN)?|MODERATION)(?:\s+[A-ZÄÖÜ][\w’'-]+){0,2}"
    r"|[A-ZÄÖÜ]{2,6})\s*:\s+\S"
)


# --- role nouns ---------------------------------------------------------------------------------
# The last part of a compound that makes a noun a person's role (Ministerpräsident,
# Grünen-Kreissprecherin, OB-Kandidaten, Amtsinhaber, Wahlsieger …).
ROLE_HEADS = (
    "vorsitzende vorsitzender vorsitzenden sprecher sprecherin präsident präsidentin "
    "präsidenten minister ministerin bürgermeister bürgermeisterin kandidat kandidatin "
    "kandidaten chef chefin leiter leiterin direktor direktorin inhaber inhaberin sieger "
    "siegerin verlierer verliererin politiker politikerin abgeordnete abgeordneter "
    "abgeordneten sekretär sekretärin kanzler kanzlerin beauftragte beauftragter beauftragten "
    "experte expertin experten anwalt anwältin richter richterin trainer trainerin manager "
    "managerin geschäftsführer geschäftsführerin führer führerin ob funktionär funktionärin "
    "vertreter vertreterin stadtrat stadträtin landrat landrätin dezernent dezernentin "
    "referent referentin senator senatorin gouverneur gouverneurin botschafter botschafterin "
    "kommissar kommissarin staatssekretär staatssekretärin generalsekretär "
    "generalsekretärin gründer gründerin ökonom ökonomin forscher forscherin wissenschaftler "
    "wissenschaftlerin professor professorin ermittler ermittlerin staatsanwalt "
    "staatsanwältin bischof papst könig königin prinz prinzessin sprecherinnen "
    "fraktionschef fraktionschefin spitzenkandidat spitzenkandidatin stellvertreter "
    "stellvertreterin mitglied vorstand vorständin amtsinhaber amtsinhaberin nachfolger "
    "nachfolgerin vorgänger vorgängerin herausforderer herausforderin oberbürgermeister "
    "oberbürgermeisterin ratsherr ratsfrau aktivist aktivistin organisator organisatorin "
    "gast gastgeber gastgeberin "
    "veranstalter veranstalterin pfarrer pfarrerin arzt ärztin autor autorin journalist "
    "journalistin sportler sportlerin spieler spielerin fahrer fahrerin pilot pilotin "
    "kapitän kapitänin koordinator koordinatorin analyst analystin beobachter beobachterin "
    "chefredakteur chefredakteurin intendant intendantin vize sprecherin kämmerer kämmerin "
    "dezernentin schulleiter schulleiterin oberhaupt dekan dekanin kardinal diplomat "
    "diplomatin kritiker kritikerin vorsteher vorsteherin polizist polizistin soldat soldatin "
    "lehrer lehrerin mitarbeiter mitarbeiterin reporter reporterin korrespondent "
    "korrespondentin redakteur redakteurin historiker historikerin jurist juristin "
    "kommentator kommentatorin loge login logen "
    # People the news quotes without a name: voters, neighbours, relatives, bystanders.
    "wahlhelfer wahlhelferin helfer helferin beisitzer beisitzerin bewerber bewerberin "
    "wähler wählerin bürger "
    "bürgerin bewohner "
    "bewohnerin anwohner anwohnerin passant passantin zeuge zeugin nachbar nachbarin besucher "
    "besucherin teilnehmer teilnehmerin anhänger anhängerin unterstützer unterstützerin "
    "rentner rentnerin student studentin ingenieur ingenieurin unternehmer unternehmerin "
    "apotheker apothekerin landwirt landwirtin mutter vater tochter bruder schwester "
    "großmutter großvater ehemann ehefrau parteimitglied angeklagte angeklagter angeklagten "
    "kläger klägerin beklagte beklagter verteidiger verteidigerin gutachter gutachterin "
    "moderator moderatorin "
    # … and an evening's crowd ("Fan" alone below: as the end of a word it is "Stefan")
    "zuschauer zuschauerin zuhörer zuhörerin pendler pendlerin "
    "spaziergänger spaziergängerin fußgänger fußgängerin "
    # Trades and offices of local news (a masculine form that is also a common surname, Metzger,
    # Händler, Sänger, Pfleger, stays out: its feminine form is in)
    "brandmeister brandmeisterin stadtbaumeister stadtbaumeisterin betriebsrätin "
    "gewerkschafter gewerkschafterin rektor rektorin "
    "torwart torhüter torhüterin stürmer stürmerin baurat baurätin eigentümer eigentümerin "
    # (a council's name is no role: "Gemeinderat" and "Ortschaftsrat" stay out, their members'
    # feminine forms are in)
    "kreisrat kreisrätin landesrat landesrätin gemeinderätin ortschaftsrätin ortsrätin "
    "bezirksrätin beigeordneten "
    # Who a person is to another of the article: "Ihr Fraktionskollege", "Sein Parteifreund".
    # ("Gegner" and "Konkurrent" stay out: "Gegner Thaksins" is more often a genitive's.)
    "kollege kollegin parteifreund parteifreundin "
    # Offices of clubs, fire brigades, theatres, schools and trades
    "delegierte delegierter delegierten kassenwart kassenwartin platzwart regisseur "
    "regisseurin schausteller schaustellerin besitzer besitzerin inspektor inspektorin "
    "schülerin "
    "vermieter vermieterin mieter mieterin pächter pächterin schöffe schöffin beigeordnete "
    "beigeordneter verordnete verordneter imam rabbiner rabbinerin pastorin superintendent "
    "superintendentin bischöfin pflegerin kurator kuratorin dirigent dirigentin sängerin "
    "winzerin wirtin bäckerin metzgerin händlerin erzieher erzieherin hebamme sanitäter "
    "sanitäterin beamter beamtin obmann obfrau stadtschreiber stadtschreiberin "
    # A master of a trade ("die Bäckermeisterin"; the masculine "Meister" is a common surname,
    # so it stays out) and a physician.
    "meisterin mediziner medizinerin"
).split()
_ROLE_HEAD_SET = frozenset(ROLE_HEADS)
_ROLE_HEAD_LENGTHS = sorted({len(head) for head in ROLE_HEADS})
# Before a head inside a compound: a letter ("Landes|vorsitzende") or a hyphen ("OB-|Kandidat").
_COMPOUND_JOIN = frozenset("abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ-")


# An abbreviated head joins a compound only with a hyphen ("Ex-OB"): "Jakob", "Eigenlob" end
# with its letters and name no role.
_HYPHENED_HEADS = frozenset({"ob"})


def _ends_with_role_head(word: str) -> bool:
    """Does the word end with a role head, alone or as the last part of a compound? (Set
    lookups of its few possible endings: a regex of a hundred alternatives searched at every
    position cost a third of the extraction.)"""
    size = len(word)
    for length in _ROLE_HEAD_LENGTHS:
        if length > size:
            break
        head = word[size - length :].lower()
        if head in _ROLE_HEAD_SET:
            start = size - length
            joins = _COMPOUND_JOIN if head not in _HYPHENED_HEADS else "-"
            if start == 0 or word[start - 1] in joins:
                return True
    return False


# Institutions that speak in news ("die Polizei teilte mit").
INSTITUTION_HEADS = frozenset(
    "polizei regierung gericht ministerium behörde staatsanwaltschaft partei verband "
    "unternehmen konzern firma agentur sprecher kommission rat senat verwaltung stadt "
    "gewerkschaft verein bundesregierung landesregierung feuerwehr armee militär "
    "organisation institut bundesamt amt ausschuss fraktion vorstand bank gemeinde".split()
)
_INSTITUTION_TAILS = tuple(INSTITUTION_HEADS)  # for one str.endswith call
# The last parts of the names of papers, stations and newsrooms ("Moselpost", "Tagblatt",
# "Kreisanzeiger", "Lokalsender").
MEDIUM_HEADS = frozenset(
    "zeitung blatt tagblatt anzeiger rundschau kurier post bote nachrichten presse sender "
    "magazin zeitschrift redaktion".split()
)
_MEDIUM_TAILS = tuple(MEDIUM_HEADS)


# The abbreviated roles of minutes and parliamentary records ("StRin Beispiel (SPD):", "Abg.
# Muster (CDU):", "MdL Beispiel"): Stadtrat/Stadträtin, Abgeordnete(r), Bürgermeister(in), members
# of a Landtag, the Bundestag or the European Parliament (without their full stop).
ROLE_ABBREVIATIONS = frozenset("StR StRin Abg Bgm Bgmin OBin MdL MdB MdEP".split())
# Short person nouns that end other words ("Stefan", "Elefant"): roles only as whole words.
ROLE_WORDS = frozenset("Fan Fans".split())


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_role_noun(word: str) -> bool:
    """A capitalised noun naming a person's function (OB-Kandidatin, Landesvorsitzende …)."""
    word = word.strip(".,;:")
    if not word or not (word[0].isupper() or word[:1].isdigit()):
        return False
    if word in ROLE_ABBREVIATIONS or word in ROLE_WORDS:
        return True
    # The genitive adds -s ("des SPD-Politikers"); plurals add -nen or -en ("Wählerinnen",
    # "Analysten", "Polizisten"), and the dative plural of a noun in -er an -n ("von
    # Beobachtern", "bei Anwohnern").
    return bool(
        _ends_with_role_head(word)
        or (word.endswith(("s", "ern")) and _ends_with_role_head(word[:-1]))
        or (word.endswith("innen") and _ends_with_role_head(word[:-3]))
        or (word.endswith("en") and _ends_with_role_head(word[:-2]))
    )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_institution_noun(word: str) -> bool:
    """A noun naming an institution that speaks (Polizei, Landesregierung, SPD-Fraktion …)."""
    tail = word.strip(".,;:").split("-")[-1].lower()
    return tail.endswith(_INSTITUTION_TAILS)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_medium_noun(word: str) -> bool:
    """A noun naming a paper, a station or a newsroom, which speaks through what it prints."""
    return word.strip(".,;:").split("-")[-1].lower().endswith(_MEDIUM_TAILS)


# The gender of the nouns for documents and media a quotation may come from ("im Bericht", "in
# dem Schreiben"): after "im"/"dem" the article does not say it, and a source shown in the
# nominative needs it. A compound has the gender of its last part ("Abschlussbericht").
MASCULINE_DOCUMENT_NOUNS = (
    "bericht brief entwurf beschluss aufruf antrag vertrag text artikel kommentar eintrag "
    "beitrag aufsatz bescheid erlass vermerk befund report rundbrief appell flyer newsletter "
    "blog podcast wortlaut abschnitt absatz paragraf paragraph leitartikel tweet post "
    "katalog plan haushaltsplan".split()
)
NEUTER_DOCUMENT_NOUNS = (
    "schreiben papier gutachten urteil protokoll programm statement dokument fazit interview "
    "gesetz kommuniqué memorandum manifest flugblatt blatt magazin schriftstück konzept "
    "rundschreiben merkblatt video handbuch buch heft plakat portal journal amtsblatt "
    "positionspapier".split()
)


def document_gender(noun: str) -> str | None:
    """ "m" or "n" for a document noun whose last part is listed, else None (not known)."""
    low = noun.strip(".,;:").split("-")[-1].lower()
    if low.endswith(tuple(MASCULINE_DOCUMENT_NOUNS)):
        return "m"
    if low.endswith(tuple(NEUTER_DOCUMENT_NOUNS)):
        return "n"
    return None


# Abstract nouns without a telling ending: they name a thing said or done, never who spoke.
PLAIN_ABSTRACT_NOUNS = frozenset(
    "Grund Gründe Ursache Anlass Ziel Problem Plan Idee Vorschlag Streit Fall Thema Punkt "
    "Schritt Weg Sinn Zweck Kern Rest Teil Folge Frage Vorwurf Kritik "
    "Lage Stand Zahl Zahlen Ende Anfang Beginn".split()
)
ABSTRACT_NOUN_RE = re.compile(
    r"(?:ung|heit|keit|tion|tät|ismus|nis|ment|tum|ierung|ungen|heiten|keiten|tionen|ten|en)$"
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_abstract_noun(word: str) -> bool:
    """A noun for an act, state or quality ("Anwendung", "Auftreten", "Pflichten"), which does not
    speak; institutions in -ung/-schaft ("Regierung", "Staatsanwaltschaft") do."""
    word = word.strip(".,;:")
    if not word[:1].isupper() or is_institution_noun(word) or is_role_noun(word):
        return False
    return word in PLAIN_ABSTRACT_NOUNS or bool(ABSTRACT_NOUN_RE.search(word.lower()))


# Nouns for a stretch of time ("die Nacht", "der Wahlabend", "die letzte Stunde"): what a
# night brought is never who spoke.
TIME_NOUN_RE = re.compile(r"(?:abend|nacht|stunde|stunden|minute|minuten|monat|jahr)$")
# Whole words only: papers are called "…woche" and "…morgen".
TIME_WORDS = frozenset("Tag Tage Tages Woche Wochen Morgen Mittag".split())


def is_time_noun(word: str) -> bool:
    """A noun for a stretch of time, which does not speak ("Die Nacht endete für X mit …:")."""
    word = word.strip(".,;:")
    return word in TIME_WORDS or bool(TIME_NOUN_RE.search(word.lower()))


_FEMININE_END_RE = re.compile(r"(?:[a-zäöü](?:in|innen)|mutter|tochter|schwester|ehefrau)$")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_feminine_role(word: str) -> bool:
    """Role nouns in -in/-innen name a woman (Kreissprecherin, OB-Kandidatin), as do Mutter,
    Tochter, Schwester, Ehefrau."""
    return bool(_FEMININE_END_RE.search(word.strip(".,;:"))) and is_role_noun(word)


# --- first names --------------------------------------------------------------------------------
# Common first names in German news (German and international), by usual gender. A name not
# listed can still be found by its context (role noun before it, party after it, …).
MALE_FIRST_NAMES = frozenset(
    (
        "Alexander Andreas Anton Armin Arne Axel Bastian Benedikt Benjamin Bernd Bernhard Björn "
        "Boris Burkhard Carsten Christian Christoph Claus Daniel David Dennis Detlef Dieter "
        "Dirk Dominik Edmund Egon Elmar Emil Erik Ernst Erwin Felix Florian Frank Franz "
        "Friedrich Fritz Georg Gerd Gerhard Gregor Günter Günther Hans Harald Heiko Heiner "
        "Heinrich Heinz Helmut Henning Herbert Hermann Holger Horst Hubert "
        "Hubertus Ingo Jan Jens Joachim Jochen Johann Johannes Jonas Jörg Josef Joseph "
        "Jürgen Kai Karl Karsten Klaus Knut Konrad Kurt Lars Leon Lothar Lukas Lutz Malte "
        "Manfred Marc Marcel Marco Marcus Mario Markus Martin Matthias Max Maximilian Michael "
        "Mike Moritz Nico Niklas Nils Norbert Olaf Oliver Oskar Otto Pascal Patrick Paul "
        "Peer Peter Philipp Rainer Ralf Ralph Reiner Reinhard René Richard Robert Roland "
        "Rolf Roman Rudolf Rüdiger Sascha Sebastian Siegfried Sigmar Simon Stefan Steffen "
        "Stephan Sven Thomas Thorsten Tim Timo Tobias Tom Torsten Udo Ulf Ulrich Uwe Volker "
        "Walter Werner Wilhelm Winfried Wolfgang Ali Mehmet Mustafa Ahmed "
        "Mohammed Mahmud Hassan Omar Ivan Igor Sergej Wladimir Vladimir Dmitri Juri Pavel "
        "Jacques Jean Pierre François Nicolas Emmanuel Silvio Giuseppe Marco Carlos José "
        "Juan Luis Pedro Fernando George John James Joe Donald Barack Bill Tony Gordon "
        "David Boris Keir Mark Kevin Ron Rick Edward Charles Henry Jim Bob Mike Joschka "
        "Guido Kurt Gregor Friedrich Olaf Cem Hubertus Lars Christian Robert Markus"
    ).split()
)
FEMALE_FIRST_NAMES = frozenset(
    (
        "Angela Anja Anke Anna Annalena Anne Annette Antje Barbara Bärbel Beate Birgit "
        "Brigitte Britta Carola Caroline Christa Christina Christine Claudia Cornelia Dagmar "
        "Daniela Doris Dorothee Edith Elisabeth Elke Ellen Emma Erika Eva Franziska Gabriele "
        "Gerda Gisela Hannah Hanna Hannelore Heidi Heike Helga Ilse Ina Ines Inge Ingrid "
        "Iris Jana Johanna Julia Jutta Karin Katarina Katharina Kathrin Katja Katrin "
        "Kerstin Kirsten Klara Lea Lena Lisa Luise Manuela Margit Margot Maria Marie Marina "
        "Marion Martina Melanie Monika Nadine Nancy Natalie Nicole Nina Petra Rebecca Regina "
        "Renate Ricarda Ruth Sabine Sahra Sandra Sarah Saskia Silke Simone Sina Sonja "
        "Stefanie Stephanie Susanne Svenja Tanja Ulla Ulrike Ursula Ute Verena Veronika "
        "Yvonne Fatma Ayşe Aylin Leyla Fatima Hillary Condoleezza Marine Ségolène Theresa "
        "Kamala Nancy Giorgia Julia Mette Kaja Malu Manuela Franziska Lisa Mona Luisa"
    ).split()
)
WEEKDAYS = frozenset("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split())
MONTH_NAMES = tuple(  # in the year's order: a date's month is its place here, plus one
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
MONTHS = frozenset(MONTH_NAMES)
# Capitalised words that never begin or end a person's name, though a name list or a run of
# capitals may offer them: conjunctions and adverbs opening a sentence ("Und sagt: „…“"), units
# and time words of a ticker ("19:09 Uhr Albers:"), forms of address.
NOT_NAME_WORDS = (
    SENTENCE_STARTERS
    | WEEKDAYS
    | MONTHS
    | frozenset(
        "Und Oder Sondern Denn Also Sowie Sowohl Weder Zwar Trotzdem Deshalb Dennoch Jedoch "
        "Uhr Prozent Euro Cent Millionen Milliarden Stimmen Punkte Minuten Stunden Tage "
        "Herr Frau Herrn Frauen Liebe Lieber Sehr Update Live Ticker Eilmeldung Frage Antwort "
        "Ihnen Fazit Zitat Foto Video Quelle Kommentar Hintergrund Analyse Interview "
        # A record's interjections: "Zwischenruf Beispiel (SPD): …", "Zuruf von der CDU".
        "Zwischenruf Zwischenrufe Zuruf Zurufe "
        # English reports: function words and party nouns open no name.
        "The A An His Her Their Its This That These Those He She They It We You Our My "
        "As For If When While Since Because But And Yet Then Now There "
        "Democrats Democrat Democratic Republicans Republican Party".split()
    )
)
# Common nouns and places that first-name lists also hold: not evidence of a person.
NOT_FIRST_NAMES = NOT_NAME_WORDS | frozenset(
    (
        "Tor Tore Lage Berg Jet Gala Villa Mars Venus Silvester Ostern Pfingsten Sonne Stern "
        "Adler Engel Wolf Rose Ende Mark Kurz Lang Paris Washington Virginia Jena Bali Florenz "
        "Georgia Carolina Dakota Sahara Asia Africa America Europa Berlin Wien Lima Sydney "
        "Victoria Florida Indiana Santiago Israel Jordan Chad Niger Kenia Albania"
    ).split()
)


def _names_from_gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Male and female first names and surnames of the generated gazetteer (see
    data/FIRST_NAMES.md)."""
    male: list[str] = []
    female: list[str] = []
    surnames: list[str] = []
    path = Path(__file__).resolve().parent / "data" / "first_names.tsv"
    # Read at every start and by every extraction worker: three plain tests per line cost a
    # third less than a loop over the kinds of use.
    for line in path.read_text(encoding="utf-8").splitlines():
        name, _, uses = line.partition("\t")
        if name.startswith("#") or not uses:
            continue
        if "m" in uses:
            male.append(name)
        if "f" in uses:
            female.append(name)
        if "s" in uses:
            surnames.append(name)
    return frozenset(male), frozenset(female), frozenset(surnames)


# The usual gender of a first name in German news, where the lists above say it: it settles a
# name the gazetteer gives both genders because another country uses it so ("Birgit",
# "Gabriele").
NEWS_FIRST_NAME_GENDER = {
    **dict.fromkeys(MALE_FIRST_NAMES - FEMALE_FIRST_NAMES, "m"),
    **dict.fromkeys(FEMALE_FIRST_NAMES - MALE_FIRST_NAMES, "f"),
}
_GAZETTEER_MALE, _GAZETTEER_FEMALE, SURNAMES = _names_from_gazetteer()
MALE_FIRST_NAMES = MALE_FIRST_NAMES | _GAZETTEER_MALE
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | _GAZETTEER_FEMALE
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# Parts of a name written in lower case (von der Leyen, de Maizière).
NAME_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "zu", "di", "da", "del", "al", "bin", "ter", "ten"}
)

# Words in -e next to a pronoun that are not verbs ("es eine", "er alleine").
_NOT_VERBS_IN_E = DETERMINERS | frozenset(
    "alle alleine beide diese eine keine viele wenige manche solche gerne ohne schnelle "
    "große kleine gute neue erste letzte andere ganze weitere wurde kurze lange "
    # separable particles and adverbs in -e: "hält er inne", "ging er alleine"
    "inne heute gerade bitte danke lange".split()
)
KONJUNKTIV = KONJUNKTIV_I | KONJUNKTIV_II
_LOWER_WORD_RE = re.compile(r"[a-zäöüß]+")
_PRONOUN_VERB_RE = re.compile(
    r"\b(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an)\s+([a-zäöüß]{3,}e)\b|\b([a-zäöüß]{3,}e)\s+(?:er|sie|es|man)\b"
)


# Every match of _PRONOUN_VERB_RE has one of these as a whole word of the lower-cased text.
_THIRD_PERSON = frozenset({"er", "sie", "es", "man"})


@lru_cache(maxsize=1024)
def _all_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD_RE.findall(text.lower()))


_VERB_WORD_RE = re.compile(r"(?<![\w-])[a-zäöüß]+(?![\w-])")


@lru_cache(maxsize=1024)  # a sentence is asked about several times in a row
def _lower_words(text: str) -> frozenset[str]:
    """The sentence's words that may be verbs: those written in lower case, and its first word
    ("Sei es drum"); a capitalised noun inside the sentence ("im Laufe") is none, nor a first
    word a comma closes ("Schade, dass …": an exclamation, not "es schade")."""
    words = set(_VERB_WORD_RE.findall(text))
    first = _LOWER_WORD_RE.search(text.lower())
    if first is not None and text[first.end() : first.end() + 1] != ",":
        words.add(first.group(0))
    return frozenset(words)


@lru_cache(maxsize=1024)
def _pronoun_verb(text: str) -> bool:
    """A verb in -e beside a third-person pronoun ("Er empfinde …", "… komme es darauf an")."""
    for match in _PRONOUN_VERB_RE.finditer(text):
        word = match.group(1) or match.group(2)
        # "-te" is the past tense (sagte, hatte), not the subjunctive, except after a stem in
        # "-eit", whose past is "-eitete" ("man begleite", "er arbeite"); "-weise" and "-ere"
        # are adverbs ("gibt es teilweise", "es insbesondere"), no verbs, but "-iere" is one
        # ("er akzeptiere", "sie kritisiere").
        adverb = word.endswith(("weise", "ere")) and not word.endswith("iere")
        if word not in _NOT_VERBS_IN_E and weak_konjunktiv(word) and not adverb:
            return True
        if word == "bitte" and not {"er", "man"}.isdisjoint(match.group(0).lower().split()):
            return True  # "Er bitte darum, …", "Den Kreistag bitte er, …": not "please"
    return False


def weak_konjunktiv(verb: str) -> bool:
    """ "sage", "gratuliere", "begleite": a weak verb's form in -e, in a news text's third person
    the Konjunktiv I of reported speech. "-te" is the past ("sagte"), except after a stem in
    "-eit", whose past is "-eitete"."""
    return verb.endswith("e") and not (verb.endswith("te") and not verb.endswith("eite"))


def has_subjunctive(text: str, strict: bool = True) -> bool:
    """Konjunktiv I in a sentence (also Konjunktiv II unless `strict`): a listed form, or a verb
    in -e beside a third-person pronoun ("Er empfinde …", "… komme es darauf an")."""
    forms = KONJUNKTIV_I if strict else KONJUNKTIV
    if not forms.isdisjoint(_lower_words(text)):
        return True
    # Without a pronoun there is nothing for the pattern to find: skip the scan.
    return not _THIRD_PERSON.isdisjoint(_all_words(text)) and _pronoun_verb(text)


# --- nominalised roles -----------------------------------------------------------------------
# Nominalised adjectives: "der Vorsitzende", "ein Vorsitzender", "die Vorsitzende", "des
# Vorsitzenden" all name one role, written by the person's gender.
NOMINALISED_ROLE_RE = re.compile(
    r"(?P<stem>.*(?:vorsitzend|abgeordnet|beauftragt|angestellt|gewählt|bevollmächtigt"
    r"|verantwortlich|delegiert|unterlegen|zuständig|bekannt|verwandt|angehörig|beigeordnet"
    r"|angeklagt|verordnet))(?:e|en|er|es)$",
    re.IGNORECASE,
)
# A nominalised role ("Vorsitzende") says its holder's gender only with its article: "der
# Vorsitzende" is a man, "die Vorsitzende" a woman ("der Vorsitzenden" may be either).
_MASCULINE_ARTICLE_ENDINGS = frozenset(
    {("der", "e"), ("des", "en"), ("dem", "en"), ("ein", "er"), ("eines", "en"), ("einem", "en")}
)
_FEMININE_ARTICLE_ENDINGS = frozenset({("die", "e"), ("eine", "e")})


def nominalised_role_gender(article: str, phrase: str) -> str | None:
    """The gender an article gives the nominalised role that heads `phrase` ("der" +
    "Fraktionsvorsitzende der CDU" → "m"); None when the phrase has no such head or the
    article leaves it open."""
    for word in phrase.split():
        match = NOMINALISED_ROLE_RE.fullmatch(word)
        if match:
            ending = word[len(match.group("stem")) :]
            key = (article.lower(), ending.lower())
            if key in _MASCULINE_ARTICLE_ENDINGS:
                return "m"
            return "f" if key in _FEMININE_ARTICLE_ENDINGS else None
        if is_role_noun(word):
            return None  # "die SPD-Abgeordnete" is headed by what follows "SPD-"
    return None


def first_name_gender(first: str) -> str | None:
    """ "m" or "f" for a first name the lists give one gender (the news lists' word first:
    "Birgit"); None when they give both or do not know it."""
    if first in NEWS_FIRST_NAME_GENDER:
        return NEWS_FIRST_NAME_GENDER[first]
    if first in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
        return "m"
    if first in FEMALE_FIRST_NAMES and first not in MALE_FIRST_NAMES:
        return "f"
    return None
