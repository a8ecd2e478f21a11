"""German words the answers need: stop words, question words, answer cues and a few synonyms.

All general German (news) language, folded the same way as the index (`folding.fold`), so they
can be compared with index terms directly. Nothing here names an article's people or places.
"""

from __future__ import annotations

import re

from bot.corpus.german import CUE_PARTICIPLES, CUE_VERBS
from bot.engine.folding import fold, stem_word

# Question kinds: what sort of answer a question word asks for.
PERSON = "person"
TIME = "time"
NUMBER = "number"
REASON = "reason"
PLACE = "place"
WHAT = "what"

# Words that say nothing of what is asked; near the end, chat German's particles ("wie viele sind
# überhaupt wählen gegangen", "grad", "nochmal", "ne" for "eine", "nich" for "nicht"): they colour
# a question only.
_STOP_WORDS = """
aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin
bis bist da dabei dadurch dafur dagegen daher damit dann dar daran darauf daraus darin darum
das dass dein deine dem den denen der deren des dessen dich die dies diese diesem diesen dieser
dieses dir doch dort du durch ein eine einem einen einer eines einig einige einigen einmal er
es etwa etwas euch euer eure fur gab gegen gewesen gibt hab habe haben hat hatte hatten hier
hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jede jedem jeden jeder
jedes jene jetzt kann kein keine keinem keinen keiner konnte konnen konnten man manche mehr
mein meine mich mir mit muss musste mussen nach nicht nichts noch nun nur ob oder ohne sehr
sein seine seinem seinen seiner seit sich sie sind so solche soll sollen sollte sondern sonst
uber um und uns unser unsere unter viel vom von vor wahrend war waren warst was weg weil
weiter welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird
wirst wo wollen wollte wurde wurden zu zum zur zwar zwischen worden wurde gerade eigentlich
genau denn eben halt mal bitte gibt gab gegeben geben tun getan macht gemacht machen schon bereits
geworden wegen gibts
wirklich tatsachlich really actually
uberhaupt grad echt nochmal nochmals eh sowieso ne nen
ham hab nix nich typ kerl
gibts gabs warn wars
furs vorm ubers ums aufs
wann warum wieso weshalb weswegen wieviel wieviele wen wem wessen woher wohin womit wofur
was wie welche
the a an of to in on for and or is are was were be been what who whom whose when why where
which how many much did do does say said about has have had it its this that these those
he she him his her hers they them their we our you your i me my there here then than now
get gets got getting after by at as from with into out up if not no any some all more most
very so just also still ever yet will would could should can may might must being s
anyone anybody someone somebody anything something everyone everybody
outside inside during between among within without across along around behind over under
through towards toward upon onto off again ago both either neither each every other another
"""
STOP_WORDS: frozenset[str] = frozenset(fold(w) for w in _STOP_WORDS.split())

# Words that ask for somebody's quotations ("stollwerck zitat", "zitate von X"): never a
# place, though a file name may have one.
QUOTING_WORDS = frozenset("zitat zitate zitiert originalton".split())
# Verbs of saying: they ask for a quotation ("Was sagte X?"), but are no topic of their own.
SPEECH_WORDS: frozenset[str] = frozenset(
    {fold(w) for w in CUE_VERBS}
    # "wie hat sich X geäußert", "was hat X erwidert": the cues' participles ask X's words too
    | {fold(w) for w in CUE_PARTICIPLES}
    | {fold(w) for w in "sagen gesagt meinen gemeint sprechen gesprochen aussage".split()}
    | QUOTING_WORDS
    | {"say", "said", "says", "tell", "told"}
)

# Cue verbs that are other verbs in a question: "wann fand die Wahl statt" (stattfinden), "gibt
# es eine Stichwahl" (there is): no words of anybody's are asked for (`not_saying`).
TAKES_PLACE = frozenset("findet finden fand fanden".split())
TAKES_PLACE_PARTICLE = "statt"
THERE_IS = frozenset("gibt gab geben gaben".split())
THERE_IS_PRONOUN = "es"


def not_saying(folded: list[str], position: int) -> bool:
    """Whether the cue verb at `position` is part of "stattfinden" (its particle later in the
    question) or of "es gibt" / "gibt es" (the pronoun beside it): no verb of saying there."""
    word = folded[position]
    if word in TAKES_PLACE:
        return TAKES_PLACE_PARTICLE in folded[position + 1 :]
    if word in THERE_IS:
        beside = folded[max(position - 1, 0) : position] + folded[position + 1 : position + 2]
        return THERE_IS_PRONOUN in beside
    return False


# Speech acts whose content is what a reader asks for ("was verspricht X", "was fordert X",
# "wovor warnt X"): beside X's words, the verb itself says which of them answer.
SPEECH_ACTS = frozenset(
    fold(w)
    for w in (
        "versprechen verspricht versprach versprochen fordern fordert forderte gefordert "
        "verlangt verlangte kritisiert kritisierte warnt warnte gewarnt vorgeschlagen "
        "angekündigt kündigt kündigte promise promised promises demand demanded demands "
        "criticised criticized warned warns proposed announced"
    ).split()
)

# Saying as such, no act of its own: "wer hat gratuliert" asks who did it, "wer hat das
# gesagt" only whose words.
PLAIN_SAYING = frozenset(
    fold(w) for w in "sagen sagt sagte gesagt meinen meint meinte gemeint say said says".split()
)

# Belonging to a party: "welcher Partei gehört X an" asks nothing beyond the party.
MEMBERSHIP_WORDS = frozenset(
    fold(w) for w in "gehört gehören angehört Mitglied belong belongs member".split()
)

# Question words that ask for a day in other words than "wann" ("an welchem Tag wurde
# gewählt"): of kind TIME in `QUESTION_WORDS`.
DAY_ASKED = frozenset(
    {("an", "welchem", "tag"), ("welcher", "tag"), ("which", "day"), ("what", "day")}
)
# Question words (folded, one or two words) and the kind of answer they ask for.
QUESTION_WORDS: dict[tuple[str, ...], str] = {
    ("wer",): PERSON,
    ("wen",): PERSON,
    ("wem",): PERSON,
    ("wessen",): PERSON,
    ("who",): PERSON,
    ("whom",): PERSON,
    ("wann",): TIME,
    **dict.fromkeys(DAY_ASKED, TIME),
    ("when",): TIME,
    ("wie", "lange"): TIME,
    ("wie", "lang"): TIME,  # chat German drops the "e"
    ("seit", "wann"): TIME,
    ("since", "when"): TIME,
    ("what", "time"): TIME,
    ("wie", "viel", "uhr"): TIME,
    ("wieviel", "uhr"): TIME,
    ("how", "long"): TIME,
    ("wie", "viele"): NUMBER,
    ("wie", "vielen"): NUMBER,  # "mit wie vielen Stimmen"
    ("wie", "viel"): NUMBER,
    ("wieviel",): NUMBER,
    ("wieviele",): NUMBER,
    ("wie", "hoch"): NUMBER,
    ("wie", "stark"): NUMBER,  # "wie stark ist die Aktie gefallen": by how much
    ("wie", "sehr"): NUMBER,
    ("how", "many"): NUMBER,
    ("how", "much"): NUMBER,
    ("how", "big"): NUMBER,
    ("warum",): REASON,
    ("wieso",): REASON,
    ("weshalb",): REASON,
    ("weswegen",): REASON,
    ("woran", "lag"): REASON,  # "woran lag die Niederlage": what it was due to
    ("woran", "liegt"): REASON,
    ("why",): REASON,
    ("wo",): PLACE,
    ("where",): PLACE,
    ("wie", "alt"): NUMBER,
    ("how", "old"): NUMBER,
    ("was", "kostet"): NUMBER,  # a price: "was kostet der Neubau"
    ("was", "kosten"): NUMBER,
    ("was", "kostete"): NUMBER,
    ("wie", "teuer"): NUMBER,
    ("wie", "groß"): NUMBER,
    ("wie", "gross"): NUMBER,
    ("how", "high"): NUMBER,
}
# Question words that ask how long, which a length of time answers ("nach sechzehn Jahren"):
# the others of kind TIME ask when.
HOW_LONG = frozenset({("wie", "lange"), ("wie", "lang"), ("how", "long")})
QUESTION_WORD_WITHIN = 2  # words before a question word: "und dann wann", "mit wie viel"
# Question words that name what they count themselves: "wie alt" asks for an age ("41-jährig").
MEASURED_BY: dict[tuple[str, ...], str] = {
    ("wie", "alt"): "jahrige",
    ("how", "old"): "jahrige",
    ("was", "kostet"): "euro",  # money, by its synonyms too ("Geld", "Kosten")
    ("was", "kosten"): "euro",
    ("was", "kostete"): "euro",
    ("wie", "teuer"): "euro",
}
# "wie viel hat X gekostet", "how much did X cost": money too.
COST_STEMS = frozenset(stem_word(w) for w in "kosten gekostet cost".split())


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem_word(fold(w)) for w in text.split())


# Stems that mark a sentence as giving a reason.
# Each list ends with the English words for the same (a night's reports may be English).
REASON_STEMS = _stems(
    "Grund Gründe Gründen weil denn deshalb weshalb weswegen wegen darum daher aufgrund Ursache "
    "Ursachen deswegen schuld dadurch zurückzuführen "
    "because reason reasons blamed cause"
)
# Reasons given by the shape of a sentence, not by one of those words: "da" opening a clause of
# cause ("Da sie als Einzige dagegen war, …", "…, da der Bus nur stündlich fährt"; not "Da war
# die Stimmung gekippt", whose verb follows at once), and a result traced back ("führte die
# Niederlage auf den Streit zurück", "Beobachter führen das auf … zurück"), and a result put down
# to something ("das lag vor allem an ihm selbst", "liegt daran, dass"; not "liegt bei 56
# Prozent", "lag am Markt").
_CLAUSE_SUBJECTS = (
    "der die das den dem des ein eine einer es er sie wir ich ihr man viele nur nicht noch kein "
    "keine sein seine ihre unser unsere diese dieser dieses mehr weniger alle beide immer"
)
# (The regex runs on a line only when one of these stems is in it: most lines have neither.)
REASON_RE_HINTS = _stems(
    "da zurück lag lagen liegt liegen gelegen erklärt erklärte erklärten begründet begründete "
    "begründeten"
)
# … and a result explained by something ("Seine Niederlage erklärte er mit der geringen
# Beteiligung", "begründete ihren Rückzug mit …"; not "erklärte mit ruhiger Stimme": the thing
# explained stands between, or the explainer after the verb of a fronted object).
_EXPLAINED = r"(?:erklärt|erklärte|erklärten|begründet|begründete|begründeten)"
REASON_RE = re.compile(
    rf"(?:^|[,;:(–]\s*)[Dd]a\s+(?:{'|'.join(_CLAUSE_SUBJECTS.split())})\b"
    r"|\bf(?:ü|ue)hr(?:t|te|ten|en)\b[^.;]*\bauf\b[^.;]*\bzurück\b"
    r"|\b(?:lag|lagen|liegt|liegen|gelegen)\b(?:\s+\w+){0,3}?\s+(?:an\s+(?!\d)|daran\b)"
    rf"|\b{_EXPLAINED}\s+(?:(?:er|sie|man)\s+)?(?:sein|seine|seinen|ihr|ihre|ihren|die|den|das"
    r"|diese|diesen|dieses)\s+\w+\s+mit\b"
    rf"|\b{_EXPLAINED}\s+\w+\s+mit\b(?!\s+(?:ruhiger|fester|leiser|lauter)\b)"
)
# A paragraph opening with an indirect question of cause announces that the sentences after it
# give the reasons, said by whoever the opening attributes them to: "Warum es diesmal nicht
# gereicht hat, erklärt sein Wahlkampfleiter X.", "Woran es lag, sagt Y so: …"; not the
# article's own question ("Warum hat X verloren?").
ANNOUNCED_REASONS_RE = re.compile(
    r"\s*(?:Warum|Wieso|Weshalb|Weswegen|Woran)\s+[^.?!:;]*,[^.?!]*(?:[.:]|$)"
)


def announces_reasons(line: str) -> bool:
    """Whether a line opens by announcing the reasons it gives (`ANNOUNCED_REASONS_RE`)."""
    return ANNOUNCED_REASONS_RE.match(line) is not None


# A deed's noun in "-ung" and its participle: "die Auszählung" is what was "ausgezählt", "die
# Sanierung" what is "saniert", "die Beteiligung" who "beteiligt" were. The participle takes
# "ge" after a separable prefix ("aus-ge-zählt"), not after an inseparable one ("beteiligt")
# nor in "-ieren" verbs ("saniert"); a noun with no prefix is left alone.
SEPARABLE_PREFIXES = "zuruck ab an auf aus bei durch ein fest mit nach um vor weg zu".split()
INSEPARABLE_PREFIXES = tuple("be emp ent er ge miss ver zer".split())
DEED_NOUN_END = "ung"
MIN_DEED_ROOT = 4  # "Lösung" → "gelöst"; shorter roots ("Ung") are no verbs


def participles_of(noun: str) -> tuple[str, ...]:
    """The participles a folded noun in "-ung" may stand for ("auszahlung": "ausgezahlt")."""
    root = noun[: -len(DEED_NOUN_END)]
    if not noun.endswith(DEED_NOUN_END) or len(root) < MIN_DEED_ROOT:
        return ()
    if root.startswith(INSEPARABLE_PREFIXES) or root.endswith("ier"):
        return (root + "t", root + "et")
    for prefix in SEPARABLE_PREFIXES:
        rest = root[len(prefix) :]
        if root.startswith(prefix) and len(rest) >= MIN_DEED_ROOT - 1:
            return (prefix + "ge" + rest + "t", prefix + "ge" + rest + "et")
    return ()  # "Stimmung" is no "gestimmt", "Wohnung" no "gewohnt": too many are other words


# The inseparable prefixes a participle keeps from its noun's verb ("beteiligt": "Beteiligung");
# "ge" opens every other participle ("gewählt", "gesagt"), no deed noun.
DEED_PREFIXES = tuple(p for p in INSEPARABLE_PREFIXES if p != "ge")


def deed_nouns_of(participle: str) -> tuple[str, ...]:
    """The nouns in "-ung" a folded participle may stand for, the way back of `participles_of`
    ("ausgezahlt": "auszahlung", "saniert": "sanierung", "beteiligt": "beteiligung")."""
    if not participle.endswith("t"):
        return ()
    root = participle[:-2] if participle.endswith("et") else participle[:-1]
    for prefix in SEPARABLE_PREFIXES:
        rest = root[len(prefix) + 2 :]
        if root.startswith(prefix + "ge") and len(rest) >= MIN_DEED_ROOT - 1:
            return (prefix + rest + DEED_NOUN_END,)
    if len(root) >= MIN_DEED_ROOT and (root.startswith(DEED_PREFIXES) or root.endswith("ier")):
        return (root + DEED_NOUN_END,)
    return ()


# "-chef" in a compound is the colloquial word for its chair or head: a reader's "Kreischef" is
# the article's "Kreisvorsitzender", "Amtschef" its "Amtsleiter", and back.
CHIEF_ENDS = ("chefin", "chef")
CHAIR_ENDS = ("vorsitz", "leit")
MIN_CHIEF_PREFIX = 4  # "Kreis-", "Partei-": a short prefix is no compound's first part


def chief_synonyms(stem: str) -> tuple[str, ...]:
    """The stems a compound of "-chef" stands for ("kreischef": "kreisvorsitz", "kreisleit"),
    or the "-chef" compounds a compound of a chair stands for ("fraktionsvorsitz"). One rule
    for the words of a text and for the roles of its people."""
    for ends, others in ((CHIEF_ENDS, CHAIR_ENDS), (CHAIR_ENDS, CHIEF_ENDS)):
        for end in ends:
            if stem.endswith(end) and len(stem) - len(end) >= MIN_CHIEF_PREFIX:
                return tuple(stem[: -len(end)] + other for other in others)
    return ()


NUMBER_STEMS = _stems(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert "
    "tausend Million Millionen Prozent Hälfte Drittel Viertel Mehrheit Dutzend "
    "two three four five six seven eight nine ten twenty thirty hundred thousand million "
    "percent half third quarter majority dozen"
)
# A share written in words: "gut die Hälfte", "zwei Drittel", "jede dritte Stimme", "jeder
# Vierte", "vier von zehn", "half of the voters" (folded). It answers "wie viel Prozent" and "wie
# hoch war die Beteiligung" as a figure in per cent does.
SHARE_PARTS = frozenset("halfte drittel drittels viertel viertels funftel zehntel half".split())
SHARE_PART_STEMS = frozenset(stem_word(w) for w in SHARE_PARTS)
EACH_WORDS = frozenset("jeder jede jedes jeden jedem every".split())
ORDINALS = frozenset(
    "zweite zweiten zweiter dritte dritten dritter vierte vierten vierter funfte funften "
    "funfter sechste sechsten zehnte zehnten second third fourth fifth tenth".split()
)
OUT_OF = frozenset("von in out".split())  # "vier von zehn", "one in four"
TENS = frozenset("zehn hundert ten hundred".split())
FEW = frozenset(
    fold(w)
    for w in "ein eine einer zwei drei vier fünf sechs sieben acht neun one two three four five "
    "six seven eight nine".split()
)
# "7.912 der 13.480 Wahlberechtigten": a count of those who voted out of all who could.
ELECTORATE_STEMS = _stems(
    "Wahlberechtigte Wahlberechtigten Stimmberechtigte Stimmberechtigten Wähler Wählerinnen "
    "voters electorate"
)
# What a share in words is of, a few words after it ("zwei Drittel der Stimmen").
VOTED_STEMS = ELECTORATE_STEMS | _stems("Stimme Stimmen Stimmzettel Sitze Mandate votes seats")
NOUN_WITHIN = 3  # "der gültigen Stimmen", "der rund 13.480 Wahlberechtigten"


def states_share(tokens: list[str], stems: list[str]) -> bool:
    """Whether folded words (with their stems) give a share of votes or voters in words ("gut
    zwei Drittel der Wähler", "jede dritte Stimme", "vier von zehn Wählern"; not "mehr als die
    Hälfte hat jemand anderen gewollt") or a count out of the electorate ("7.912 der 13.480
    Wahlberechtigten"): what a figure in per cent would say."""
    # (Folded words split a number at its dots: "13.480" is "13", "480".)
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        before = tokens[i - 1] if i else ""
        each = token in EACH_WORDS and after in ORDINALS  # "jede dritte"
        out_of = token in OUT_OF and after in TENS and (before.isdigit() or before in FEW)
        # "7.912 der 13.480", "61.300 der knapp 112.000", "von rund 2.100" Wahlberechtigten
        count = token in ("der", "von", "of") and before.isdigit()
        if token in SHARE_PARTS:
            nouns = _words_after(stems, i + 1)
        elif each or out_of:
            nouns = _words_after(stems, i + 2)
        elif count and any(t.isdigit() for t in tokens[i + 1 : i + 3]):
            nouns = _words_after(stems, i + 1)
            if ELECTORATE_STEMS.isdisjoint(nouns):
                continue
        else:
            continue
        if not VOTED_STEMS.isdisjoint(nouns):
            return True
    return False


def _words_after(stems: list[str], start: int) -> list[str]:
    """The first `NOUN_WITHIN` words from `start` that are no number's parts."""
    return [s for s in stems[start : start + NOUN_WITHIN + 4] if not s.isdigit()][:NOUN_WITHIN]


# Turnout told by what the voters did, not by its noun: "Zur Wahl gingen 7.912 der 13.480
# Wahlberechtigten", "an die Urnen gingen", "ihre Stimme gaben 61.300 ab", "beteiligt haben sich
# fast die Hälfte". A sentence with a word of the first two sets of a row (the second's after a
# word of the third: "zur Wahl", not "die Wahl ging an X"; with a word of the fourth: "gaben
# ihre Stimme ab", not "gaben der Partei ihre Stimme") says how many took part.
_TURNOUT_DEEDS = (
    ("ging gingen gegangen gehen geht", "Wahl Wahllokal Wahllokale", "zur ins", ""),
    ("ging gingen gegangen gehen geht", "Urne Urnen", "", ""),
    ("gab gaben gibt geben abgegeben", "Stimme Stimmen", "ihre seine ihren", "ab abgegeben"),
    (
        "beteiligt beteiligten mitgemacht teilgenommen",
        "Wahlberechtigte Wahlberechtigten Stimmberechtigte Stimmberechtigten Wähler Wählerinnen "
        "Hälfte Drittel Viertel Wahl Abstimmung",
        "",
        "",
    ),
    ("abgestimmt", "Prozent Wahlberechtigte Wahlberechtigten", "", "haben hat"),
    # "Gewählt haben nur 44,2 Prozent der Einwohner": only as the sentence's first words (not
    # "die Wähler haben mit 52 Prozent X gewählt")
    ("gewählt", "Prozent", "", "haben"),
)
TURNOUT_DEEDS: tuple[tuple[frozenset[str], ...], ...] = tuple(
    (_stems(deed), _stems(what), frozenset(before.split()), frozenset(also.split()))
    for deed, what, before, also in _TURNOUT_DEEDS
)
VOTED_FIRST = TURNOUT_DEEDS[-1]
# The words of a question that ask for the turnout, which those sentences answer (stems).
TURNOUT_ASKED = _stems("Wahlbeteiligung Beteiligung Stimmbeteiligung turnout")


def tells_turnout(tokens: list[str], stems: list[str]) -> bool:
    """Whether a sentence's folded words (with their stems) tell how many voted by what they
    did (`TURNOUT_DEEDS`); not a sentence of who won ("ging als Siegerin aus der Wahl hervor")."""
    if not OUTCOME_STEMS.isdisjoint(stems) or "hervor" in tokens:
        return False
    for row in TURNOUT_DEEDS:
        deed, what, before, also = row
        if deed.isdisjoint(stems) or (also and also.isdisjoint(tokens)):
            continue
        if row is VOTED_FIRST and stems[:1] != sorted(deed):
            continue
        for i, stem in enumerate(stems):
            if stem in what and (not before or (i > 0 and tokens[i - 1] in before)):
                return True
    return False


# Words that say when ("danach", "zuvor" only point at the sentence before: no answer alone).
TIME_STEMS = _stems(
    "gestern heute morgen Abend abends Nacht nachts Vormittag Nachmittag Uhr Montag Dienstag "
    "Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August "
    "September Oktober November Dezember Jänner Woche Wochen Tag Tagen seit bald "
    "künftig "
    "Jahr Jahre Jahren Jahrzehnt Jahrzehnte Monat Monate Monaten Stunde Stunden Minuten "
    "Jan Feb Apr Aug Sept Okt Nov Dez "
    "yesterday today tomorrow evening night morning afternoon Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March June July October December Oct Dec week "
    "weeks day days year years month months hour hours minutes since until"
)
# Lengths of time: "nach sechzehn Jahren" says how long, not when. With one of these words
# before it, a length is a point in time: "vor zwei Jahren", "in drei Wochen", "seit 20
# Jahren", "im vergangenen Jahr", "last year", and a part of one: "Ende des Monats", "Anfang
# nächster Woche", "Mitte des Jahres", "at the end of the month", "early next week".
DURATION_STEMS = _stems(
    "Woche Wochen Tag Tagen Jahr Jahre Jahren Jahrzehnt Jahrzehnte Monat Monate Monaten Stunde "
    "Stunden Minuten week weeks day days year years month months hour hours minutes"
)
_DURATION_ANCHORS = frozenset(
    fold(w)
    for w in "vor in im seit binnen innerhalb ab bis letzte letzten letztes vergangene "
    "vergangenen vergangenes kommende kommenden kommendes nächste nächsten nächstes diese "
    "dieser diesem dieses selben gleichen nächster ende anfang mitte ago last next this since "
    "within end beginning middle early".split()
)
DURATION_ANCHOR_BEFORE = 3  # "vor gut zwei Jahren", "in den kommenden Wochen"
# Seasons say when with a word before them: "im Frühjahr", "Ende des Sommers", "im kommenden
# Herbst", "this spring"; alone they may be a name ("Sommer sagte", "Frau Winter").
SEASON_STEMS = _stems(
    "Frühjahr Frühjahrs Frühling Frühlings Sommer Sommers Herbst Herbstes Winter Winters "
    "Jahresende Jahreswechsel spring summer autumn winter"
)
SEASON_ANCHOR_BEFORE = 2
# "Nach einem Jahr soll die Regel überprüft werden": a length after "nach" in a sentence that
# looks ahead is when something will happen, not how long something took.
AFTER_WORDS = frozenset({"nach", "after"})
AHEAD_WORDS = frozenset("soll sollen solle sollten wird werden will wollen shall will".split())
DIGIT_RE = re.compile(r"\d")
TIME_RE = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr\b|[ap]\.m\.)|\b(?:19|20)\d{2}\b|\b\d{1,2}\.\s?\d{1,2}\."
    r"|\b\d{1,2}:\d{2}\s*[–—-]\s"  # a ticker's time stamp: "20:20 – X räumt die Niederlage ein"
)

# Words that stand for one another in election reporting (as stems).
_WIN_WORDS = (
    "gewinnen gewonnen gewann gewinnt Gewinner Sieg siegen siegte gesiegt Sieger Siegerin "
    "Wahlsieg Wahlsieger Wahlsiegerin wiedergewählt durchgesetzt "
    "win wins won winner victory elected reelected beat beats"
)
_LOSE_WORDS = (  # with chat German's "Schlappe" and "rausgeflogen" (out of a council)
    "verlieren verloren verlor verliert Verlierer Verliererin Niederlage unterlegen unterlag "
    "Verlust gescheitert scheiterte scheitert Schlappe rausgeflogen "
    "lost defeat defeated conceded"
)
# Words whose stem is one of winning or losing but that mean something else: "Unterlagen"
# (papers) stems as "unterlag" (lost to). Compared as words.
FALSE_OUTCOMES = frozenset("unterlagen unterlage".split())
# Who won, who lost: a question with one of these asks for the winner or the loser.
WIN_STEMS = _stems(_WIN_WORDS)
LOSE_STEMS = _stems(_LOSE_WORDS)
OUTCOME_STEMS = WIN_STEMS | LOSE_STEMS
# The nouns among them ("die Niederlage von X"), folded: what is asked about, never a place,
# however rare in titles ("Niederlage für die SPD").
OUTCOME_NOUNS = frozenset(
    fold(word) for word in (_WIN_WORDS + " " + _LOSE_WORDS).split() if word[:1].isupper()
)
# All of them as written (folded), for reading a typo of one ("gewonen").
OUTCOME_WORDS = frozenset(fold(word) for word in (_WIN_WORDS + " " + _LOSE_WORDS).split())
# The winner and the loser as a reader names them ("was sagte die Siegerin in X"), folded.
WINNER_WORDS = frozenset(
    "sieger siegerin wahlsieger wahlsiegerin gewinner gewinnerin winner".split()
)
LOSER_WORDS = frozenset("verlierer verliererin unterlegene unterlegenen loser".split())
# "X sah ihre Seite als Gewinnerin des Abends", "bezeichnete sich als Sieger": a judgement of
# who won (a referendum's camp, a party that lost votes), not a result (folded forms)
JUDGING = frozenset(
    "sah sieht sehen sahen wertete wertet werteten bezeichnete bezeichnet bezeichneten "
    "betrachtete betrachtet fuhlte fuhlt fuhlten sees saw described".split()
)
# "Was ist in X passiert?", "what happened in X": a place's news, which its articles' leads
# tell (with nothing else asked).
NEWS_WORDS = frozenset(
    "passiert geschehen los neues neuigkeiten nachrichten happened happening news".split()
)
ASKS_NAME = frozenset({("wie", "heisst"), ("wie", "heissen")})  # "wie heißt der neue OB"
NEW_WORDS = frozenset("neue neuer neuen neu new".split())  # "der neue OB": who won the office
# The result as a whole: why somebody won or lost is often given as why the result was so.
RESULT_STEMS = _stems("Ergebnis Wahlergebnis Wahlausgang Ausgang result outcome")
# How a vote ended somewhere: "wie ist die Wahl in X ausgegangen" is who came first there.
ENDED_STEMS = _stems("ausgegangen")
# Whoever stood against somebody: "wer war die Gegnerin von X".
_OPPONENT_WORDS = (
    "Gegner Gegnerin Gegenkandidat Gegenkandidatin Konkurrent Konkurrentin Kontrahent "
    "Kontrahentin Herausforderer Herausforderin Mitbewerber Mitbewerberin opponent rival"
)
OPPONENT_STEMS = _stems(_OPPONENT_WORDS)
# "gegen wen hat X gewonnen", "who did X win against": the other side of X's win is asked.
RIVAL_ASKED = (("gegen", "wen"), ("against", "whom"), ("against", "who"))
# A candidate's own result: "Y kam auf 45,7 Prozent", "erhielt 3.120 Stimmen" (folded words).
RESULT_VERBS = frozenset("kam kommt erhielt erhalt erreichte erreicht holte holt bekam got".split())
RESULT_UNITS = frozenset("prozent stimmen percent votes".split())
# A re-election told as keeping the office (folded words): "bleibt mit 60 Prozent im Amt" (with
# a result or a contest beside it: "bleibt trotz der Kritik im Amt" is no election), "verteidigte
# ihr Amt" (see `wins.kept_office`).
STAYS = frozenset("bleibt bleiben blieb blieben bleibe stays stayed remains".split())
DEFENDS = frozenset("verteidigt verteidigte verteidigten verteidigen".split())
KEPT_SEATS = frozenset("amt posten mandat direktmandat chefsessel rathaussessel".split())
# Outcomes as events: "die Niederlage" says what happened, not to whom ("seine Niederlage").
# Compared as words: "Wahlsieger" (a person) shares the stem of "Wahlsieg".
EVENT_WORDS = frozenset("niederlage schlappe sieg wahlsieg verlust defeat victory".split())
# Words that make a word of winning or losing near them supposed or denied, not reported:
# "falls sie gewinnt", "sollte er verlieren", "nie eine Wahl verloren", "if she wins", "dass
# sie gewinnen könne".
SUPPOSING = frozenset(
    "wenn falls sollte sollten solltest ob kein keine keinen nicht nie niemals konne wolle "
    "weder if unless should not never could would might neither "
    # "Wähler zurückgewinnen", "win back voters": no contest won
    "zurück back".split()
)
# "wer wurde zweiter", "welche Liste ist zweitstärkste Kraft", "Platz drei": a place in a
# result's order, by the folded start of its ordinal, with the number "Platz zwei" writes out
# and the words that put somebody right after the first ("Gleich dahinter landete X",
# "gefolgt von X").
RANKS = {
    "zweit": ("zwei", frozenset({"dahinter", "gefolgt"})),
    "dritt": ("drei", frozenset()),
}
# … and the number a result's numbered row stands under ("2. X (SPD): 4.931 Stimmen").
RANK_DIGITS = {"zweit": "2", "dritt": "3"}
# "zweitbester Bewerber", "Zweitstärkste Kraft", "zweitmeisten Stimmen": what follows the
# ordinal's start in a compound of ranking (folded).
RANK_COMPOUNDS = ("best", "stark", "meist", "hochst", "grosst", "platziert")
# "die Zweite", "Zweiter", "zweiten": the ordinal's own endings.
ORDINAL_ENDINGS = frozenset({"e", "er", "es", "en"})
# "was ist X von Beruf", "was macht X beruflich", "was arbeitet X": X's job is asked.
JOB_WORDS = frozenset({"beruf", "beruflich", "arbeitet", "arbeitete"})
# … with nothing else asked but when ("was war X früher von Beruf"), folded.
# "Sie ist Lehrerin", "Er arbeitete als Landwirt": a pronoun recapping a person, then a verb of
# being or working before the job.
RECAP_PRONOUNS = frozenset({"Er", "Sie"})
JOB_VERBS = frozenset("ist war arbeitet arbeitete".split())
# … and the verb a chat question asks a job with: "was macht X beruflich", "was hat X vorher
# beruflich gemacht".
JOB_ASIDE = frozenset("fruher vorher bisher zuvor jetzt macht machte gemacht".split())
# Folded ends of job nouns beside the role nouns of quotation reading: a trade's master
# ("Bäckermeisterin"), "Sozialarbeiter", "Polizeibeamtin", "Sozialpädagoge", "Gastwirt",
# "Psychologin", "Geografin", "Förster", "Kauffrau", "Techniker", "Berater".
JOB_ENDS = tuple(
    "meister meisterin arbeiter arbeiterin beamte beamter beamtin padagoge padagogin wirt "
    "wirtin loge login grafin forster forsterin kaufmann kauffrau techniker technikerin "
    "berater beraterin "
    # trades whose masculine form is also a surname, so no role noun of the speaker rules
    "tischler tischlerin schreiner schreinerin schlosser schlosserin maurer maurerin "
    "zimmerer zimmerin backer backerin metzger metzgerin friseur friseurin".split()
)
# … and of nouns of a person that are no job: an office or a part in a contest, a relative,
# a voter, a guest ("Herausforderer X", "Bürgermeister X", "ihr Vater").
NOT_JOB_ENDS = tuple(
    "burgermeister burgermeisterin landrat landratin stadtrat stadtratin kandidat kandidatin "
    "bewerber bewerberin amtsinhaber amtsinhaberin herausforderer herausforderin gegner "
    "gegnerin nachfolger nachfolgerin vorganger vorgangerin sieger siegerin wahler wahlerin "
    "burger burgerin mitglied mutter vater tochter sohn bruder schwester ehemann ehefrau gast "
    "besucher besucherin anwohner anwohnerin nachbar nachbarin teilnehmer teilnehmerin "
    "anhanger anhangerin unterstutzer unterstutzerin bewohner bewohnerin zeuge zeugin "
    "chef chefin vorsitzende vorsitzender sprecher sprecherin stellvertreter stellvertreterin "
    "prasident prasidentin minister ministerin vorsteher vorsteherin ratsherr ratsfrau".split()
)
# "Wie viele Leute / Menschen": a count of people, whoever they are ("140 Besucher"); "wie
# viele haben abgestimmt" (a verb right after "wie viele") counts people too.
PEOPLE_WORD = "leute"
HOW_MANY = frozenset({("wie", "viele"), ("wie", "vielen"), ("wieviele",), ("how", "many")})
# "Wie viel hat die Stadt eingeplant", "how much would it save": an amount with no word for it
# right after.
HOW_MUCH = frozenset({("wie", "viel"), ("wieviel",), ("how", "much")})
PEOPLE_STEMS = _stems("Leute Menschen Personen people")
COUNTED_PEOPLE_STEMS = PEOPLE_STEMS | _stems(
    "Besucher Besucherinnen Zuschauer Zuschauerinnen Zuhörer Zuhörerinnen Fans Gäste Anhänger "
    "Anhängerinnen Unterstützer Wählerinnen Helferinnen Teilnehmer Teilnehmerinnen Mitglieder "
    "Bürgerinnen Beschäftigte Mitarbeiter Einwohner Wahlberechtigte Wahlberechtigten "
    "Stimmberechtigte Stimmberechtigten visitors supporters voters members residents"
)
# Quantities: a question about one wants a number, though it may have none ("Wie war die
# Wahlbeteiligung?").
QUANTITY_STEMS = _stems(
    "Wahlbeteiligung Beteiligung Stimmbeteiligung turnout Stimmenanteil Vorsprung margin"
)
# A lead, not a count: "Vorsprung von 1.900 Stimmen", "trennten nur 312 Stimmen".
MARGIN_STEMS = _stems(
    "Vorsprung Abstand trennen trennten trennt Differenz Unterschied zwischen margin separated "
    "ahead between"
)
# A lead or a shortfall in numbers, the answer to "wie knapp": "trennen nur 412 Stimmen", "ihr
# fehlten 212 Stimmen" ("zwischen" says it only beside a count, and is often a time's); the
# loser's side of it, "Rückstand", "behind"; and English "lead", the reader's commonest word
# for it ("how big was X's lead": an English report's own word joins what the answer may say).
LEAD_STEMS = _stems(
    "Vorsprung Rückstand Abstand trennen trennten trennt Differenz Unterschied fehlen fehlten "
    "fehlte fehlt margin separated ahead behind lead"
)
# Question words that ask for a lead: "wie knapp", "zwischen X und Y".
MARGIN_WORDS = frozenset("knapp knapper zwischen between close narrow".split())
# Words before the other side of a contest: "gewann gegen Y", "defeated Y", "won over Y"
# name the loser; "unterlag Y", "lost to Y" the winner.
AGAINST_WINNER = frozenset(
    "gegen against over defeated defeating beat beating ousted ousting unseated unseating "
    "besiegte schlug".split()
)
AGAINST_LOSER = frozenset("gegen against unterlag to".split())
# Words a noun follows ("den OB", "der neue OB"): "ob" after them is the office.
BEFORE_NOUN = frozenset(
    "der die den dem des ein eine einen einem neue neuen neuer alte alten scheidende "
    "scheidenden the new".split()
)
# "der alte Bürgermeister", "die alte OB": in a question about an office holder, "alt" is the
# one who held it until now ("bisherige"), not the holder's age.
OLD_WORDS = frozenset("alte alten alter altes".split())
ARTICLES = frozenset("der die den dem des".split())
OUTGOING = "bisherige"
# "Welche Partei", "which party": the word that asks which one of a kind.
WHICH = frozenset("welche welcher welchen welchem which what".split())
# Verbs of being and becoming before an office ("wer ist OB", "wer wird Landrat"), and the
# words that may stand between ("wer ist jetzt OB").
BECOMING = frozenset(
    "ist sind war waren wird werden wurde wurden bleibt blieb "
    "is are was were becomes became".split()
)
# The verbs a yes/no question about a person's party opens with: "Ist X in der SPD?", "Gehört X
# den Grünen an?", "Is X a member of the CDU?", "Does X belong to the Greens?".
YES_NO_OPENERS = frozenset(
    fold(w)
    for w in "ist war wird wurde bleibt gehört gehörte is was does did belongs belonged".split()
)
# … and those of any yes/no question on an outcome: "Hat X gewonnen?", "Did X win?"
YES_NO_VERBS = YES_NO_OPENERS | frozenset("hat hatte haben konnte kann has have had".split())
NOW_WORDS = frozenset("jetzt nun neuer neue neuen wieder".split())
# An election's words, after an office typed apart ("OB Wahl", "OB Kandidatin").
ELECTION_WORDS = frozenset(
    "wahl wahlen stichwahl stichwahlen kandidat kandidatin kandidaten wahlkampf".split()
)
# Offices an election fills: "neuer Bürgermeister" names the winner.
OFFICE_STEMS = _stems(
    "Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Landrat Landrätin "
    "Stadtoberhaupt Rathauschef Rathauschefin mayor"
)
NEW_STEM = stem_word("neu")
# Which round of a vote a figure is of ("die Beteiligung im ersten Wahlgang").
_ROUND_WORDS = "Wahlgang Wahlgangs Durchgang Wahlrunde"
ROUND_STEMS = _stems(_ROUND_WORDS)
# "Wann ist die nächste Wahl": a time to come, which a report of this one seldom gives; the
# answer must say it of the next one ("die nächste Wahl ist 2031", "im kommenden Jahr").
_NEXT_WORDS = "nächste nächsten nächstes nächster kommende kommenden künftig next upcoming"
NEXT_STEMS = _stems(_NEXT_WORDS)
WON = "gewonnen"  # the plain word of winning a question's other words may stand for
LOST = "verloren"  # … and of losing
CONTEST_STEMS = _stems("Wahlgang Rennen Abstimmung Urnengang Wahlkampf")
_SYNONYM_GROUPS = (
    _WIN_WORDS,
    _LOSE_WORDS,
    "Wahlbeteiligung Beteiligung Stimmbeteiligung turnout",
    # taking part: "wie viele haben mitgemacht" asks for the turnout too
    "teilnehmen teilgenommen mitgemacht mitmachen beteiligt Beteiligung Teilnahme",
    # how something ended: "wie ist das Derby ausgegangen" asks for its result
    "Wahlergebnis Ergebnis Resultat Ausgang ausgegangen ausgehen endete result results",
    # a result's standing: "ist das Ergebnis endgültig" is answered by "noch vorläufig"
    "endgültig vorläufig amtlich Endergebnis final preliminary official",
    # how long a vote holds: "wie lange gilt das Ergebnis" is "drei Jahre lang bindend"
    "gilt gelten bindend verbindlich binding",
    # where somebody lives: "seit wann wohnt X in Y" is "lebt seit 2015 in Y" (not "Leben")
    "wohnt wohnte gewohnt wohnhaft lebt lebte gelebt lives lived",  # "wohnhaft in": official
    # a vote upheld or not: "bleibt gültig", "für ungültig erklärt"
    "gültig ungültig valid invalid annulled",
    "Sitze Mandate Mandat seats",
    # voting by post: "what about postal votes" is "die Rolle der Briefwahl"
    "Wahlbriefe Wahlbrief Briefwahlstimmen Briefwahl",
    "Leute Menschen Personen people",
    # who is counted at a fire: "wie viele Feuerwehrleute" is "mit rund 90 Einsatzkräften"
    "Feuerwehrleute Einsatzkräfte Feuerwehrmänner Feuerwehrkräfte firefighters",
    "Zuschauer Zuschauerinnen Fans Publikum spectators fans crowd",
    "Mitarbeiter Mitarbeiterinnen Beschäftigte Angestellte Belegschaft employees staff workers",
    _NEXT_WORDS,
    # taking up an office or a task: "wann fängt X an" is "tritt sein Amt am 1. Mai an"
    "anfangen angefangen fängt fing beginnen beginnt begonnen antreten angetreten Amtsantritt",
    # a draw decides: "wann wird gelost" is "zieht der Wahlleiter ein Los"
    "losen gelost Los Losentscheid Losverfahren",
    "Zuschuss Zuschüsse Fördermittel Förderung Fördergeld subsidy grant",
    "Unwetter Gewitter Hagel Starkregen Hagelsturm thunderstorm",
    "Vorsprung Abstand Differenz margin",
    # a town's pool by its kind: "welches Schwimmbad schließt" is "das Hallenbad soll schließen"
    "Schwimmbad Schwimmbäder Hallenbad Hallenbäder Freibad Freibäder Schwimmhalle pool",
    # a count or a vote challenged in court
    "Berufung Revision Einspruch anfechten angefochten Anfechtung appeal",
    "Ermittlungsverfahren Ermittlungen ermitteln ermittelt investigation",
    # a charge in court: "wer hat X angeklagt" is who "hat Anklage erhoben" (not any "Vorwurf":
    # a rival's reproach is no charge)
    "anklagen angeklagt Anklage charged",
    "gestorben starb verstorben Tod died",
    "Trauerfeier Beerdigung Beisetzung Begräbnis funeral",
    "Nachfolger Nachfolgerin successor",
    # a budget's gap, jobs, demands, a council sitting: general words of local news
    "Defizit Minus Fehlbetrag Haushaltsloch deficit",
    "Stellen Arbeitsplätze Jobs jobs",
    # who helps unpaid, who sits in a council
    "Ehrenamtliche Ehrenamtlichen Freiwillige Freiwilligen volunteers",
    "Ratsmitglied Ratsmitglieder Ratsfrau Ratsherr Ratsherren Stadtrat Stadträtin Stadträte",
    "fordern fordert forderte Forderung Forderungen verlangen verlangt demand demands",
    "tagen tagt Sitzung Sondersitzung zusammenkommen meeting",
    "gestrichen streichen streicht wegfallen abgebaut Abbau Kürzungen gekürzt cut cuts",
    # a round of a vote: "im ersten Durchgang" is "im ersten Wahlgang"
    _ROUND_WORDS,
    # who heads something: "der Chef vom Wahlamt" is its "Leiter", "die Chefin der Stadtwerke"
    # their "Geschäftsführerin"
    "Chef Chefin Leiter Leiterin Geschäftsführer Geschäftsführerin head chief",
    "Oberbürgermeister Oberbürgermeisterin Stadtoberhaupt",
    # "kam … an", "traf … ein": a split verb leaves its stem alone in the sentence
    "ankommen angekommen eintreffen eingetroffen kam kommt traf trifft arrive arrived",
    "Stimmen votes",
    "Stichwahl runoff",
    # who is ahead before a runoff: "wer liegt vorne" is who "führt mit 44 Prozent vor Y"
    "vorn vorne führt führte ahead",
    # a share in words answers "wie viel Prozent": "gut zwei Drittel", "fast die Hälfte"
    "Prozent Hälfte Drittel Viertel percent",
    "Geld Euro kosten kostet Kosten money cost costs",
    # numbers as digits and as words ("in den ersten 100 Tagen" / "hundert Tage")
    "zwei 2",
    "drei 3",
    "vier 4",
    "fünf 5",
    "sechs 6",
    "sieben 7",
    "acht 8",
    "neun 9",
    "zehn 10",
    "elf 11",
    "zwölf 12",
    "zwanzig 20",
    "dreißig 30",
    "hundert 100",
    "tausend 1000",
    "Amtsinhaber Amtsinhaberin Amtsträger incumbent",
    # who stands: "die Kandidaten" are "die Bewerberinnen und Bewerber"
    "Kandidat Kandidatin Kandidaten Kandidatinnen Bewerber Bewerberin Bewerberinnen candidate "
    "candidates",
    # taking the oath of office; Austria's word is "angelobt"; "legte den Amtseid ab"
    "vereidigt vereidigen Vereidigung angelobt angeloben Angelobung Amtseid sworn",
    # a promise: "sagte zu, bis Ende November zu sprechen" is "versprach"
    "versprechen versprochen versprach Versprechen zusagen zugesagt Zusage promise promised",
    "sparen spart sparte gespart einsparen eingespart Einsparung Einsparungen save savings",
    # what a builder applies for and what the office grants: a reader asks for either
    "Baugenehmigung Baugenehmigungen Bauantrag Bauanträge",
    "Nachzählung Neuauszählung nachzählen nachgezählt recount",
    # a village's or a city district's elected head and council, by the state's word for them
    "Ortsvorsteher Ortsvorsteherin Ortsbürgermeister Ortsbürgermeisterin",
    "Ortsrat Ortsbeirat Ortschaftsrat",
    "ausgezeichnet Auszeichnung Auszeichnungen geehrt Ehrung Ehrungen award",
    # plurals and verbs the stemmer does not bring to one stem ("Busse" is "buss", "ob sie
    # noch einmal antritt" is "antreten"; not "kandidieren": "ihr Amt antreten" is no standing)
    "antreten angetreten antritt antrat",
    "Bus Busse Bussen bus buses",
    "Protest Proteste protestieren protestierten protestiert demonstrieren demonstriert "
    "demonstrierten Demonstration Kundgebung protest",
    # leaving office: "zurückgetreten", "legte sein Amt nieder", "geht in den Ruhestand"
    "zurücktreten zurückgetreten Rücktritt aufhören Ruhestand abtreten abgetreten "
    "hinschmeißen hingeschmissen hinwerfen hingeworfen resign resigned resignation",
    "Grund Gründe Ursache Ursachen reason reasons",
    # who held the office before: "der scheidende Oberbürgermeister" (see `IDIOMS`); on an
    # election night "the current mayor" is the one still in office, "der jetzige"
    "bisher bisherige scheidende Vorgänger Vorgängerin ehemalige amtierende früher "
    "Amtsinhaber Amtsinhaberin previous former outgoing predecessor incumbent "
    "jetzige derzeitige current",
    # a result known: "stand fest", "nach der Bekanntgabe", "wurde verkündet"
    "feststand feststehen festgestanden feststellen festgestellt Bekanntgabe bekanntgegeben "
    "verkündet announced",
    "Plan Pläne Vorhaben plant vorhaben Ziel Ziele plans",
    "angehen anpacken anpackt tackle",
    "Absprache Absprachen abgesprochen absprechen",
    "Unterstützung unterstützt unterstützte Empfehlung Wahlempfehlung backed support",
    _OPPONENT_WORDS,
    # chat German beside the news word: what somebody "gekriegt" is what they "erhielt", the
    # "Vize" is the deputy, posters "runtergerissen" were "abgerissen", "Schwangere" are
    # "werdende Mütter", a ward "dicht" is "geschlossen", a shop "aufgemacht" has "eröffnet"
    "bekommen bekam bekommt erhalten erhielt erhält kriegen kriegt kriegte gekriegt received",
    "Stellvertreter Stellvertreterin stellvertretende stellvertretender Vize deputy",
    "abreißen abgerissen riss runtergerissen heruntergerissen runterreißen",
    "Schwangere Schwangeren schwanger werdende werdenden pregnant",
    "geschlossen schließen schließt Schließung dicht dichtgemacht zugemacht zumachen closed",
    "eröffnet eröffnen eröffnete Eröffnung aufgemacht aufmachen opened",
    # a hospital's "OP" in chat is the news's "Operation"
    "Operation Operationen OP OPs",
    # "wie lang hat X geredet": her "Rede" (the stemmer keeps "ge-")
    "Rede Reden reden redet redete geredet speech",
    # "mit wem will X reden": with whom X will hold "Gespräche"
    "Gespräch Gespräche Gesprächen reden redet talks",
)
# Idioms a question may use for a plain word (folded; all of an idiom's words anywhere in the
# question, in any order): "wer ging als Sieger hervor", "wer hat es geschafft" ask who won;
# fees that "gehen hoch" in chat "steigen" in the news; a clinic that "macht zu" closes, talks
# that "gehen weiter" are "fortgesetzt", the "Leute" who "arbeiten" there are its "Beschäftigte".
# "wen löst X ab" asks whom X succeeds (folded "löst" is the English "lost", read "verloren").
_IDIOM_LINES = """
ging als sieger hervor = gewonnen
geht als sieger hervor = gewonnen
als sieger hervorgegangen = gewonnen
fur sich entschieden = gewonnen
fur sich entschied = gewonnen
fur sich entscheiden = gewonnen
rennen gemacht = gewonnen
rennen machte = gewonnen
nase vorn = gewonnen
nase vorne = gewonnen
es geschafft = gewonnen
es schafft = gewonnen
niederlage erlitten = verloren
niederlage erlitt = verloren
niederlage kassiert = verloren
den kurzeren gezogen = verloren
wen geschlagen = gegen wen gewonnen
wen besiegt = gegen wen gewonnen
who did gewonnen = gegen wen gewonnen
whom did gewonnen = gegen wen gewonnen
who did niederlage = gegen wen gewonnen
legte amt nieder = zuruckgetreten
amt niedergelegt = zuruckgetreten
hort auf = aufhoren
horte auf = aufhoren
hat aufgehort = aufhoren
wer war vorher = wer war bisherige
wen verloren ab = wer war bisherige
wen loste ab = wer war bisherige
wer angeklagt = wer staatsanwalt anklage
wer anklage erhoben = wer staatsanwalt anklage
kam nach ins amt = nachfolger
folgte im amt = nachfolger
leute wahlen gegangen = wahlbeteiligung
menschen wahlen gegangen = wahlbeteiligung
wahlen gegangen = wahlbeteiligung
zur wahl gegangen = wahlbeteiligung
stand fest = feststand
steht fest = feststand
ergebnis klar = ergebnis feststand
geht hoch = steigt
gehen hoch = steigen
ging hoch = stieg
geht weiter = fortgesetzt
gehen weiter = fortgesetzt
macht zu = zumachen
machen zu = zumachen
leute arbeiten = beschaftigte
lief es = ausgegangen
es gelaufen = ausgegangen
menschen arbeiten = beschaftigte
"""


# Verbs a sentence splits in two ("Kettler tritt zurück", "legt sein Amt nieder"), and an idiom
# told in two parts ("kam 1982 zur Welt": geboren): the joined forms a question uses = the
# verb's finite forms and, last, its particle (folded below).
_SPLIT_VERB_LINES = """
zurücktreten zurückgetreten = tritt trat zurück
niederlegen niedergelegt = legt legte nieder
zurückziehen zurückgezogen = zieht zog zurück
ankommen angekommen = kommt kam an
eintreffen eingetroffen = trifft traf ein
einräumen eingeräumt = räumt räumte ein
eingestehen eingestanden = gesteht gestand ein
ankündigen angekündigt = kündigt kündigte an
vorwerfen vorgeworfen = wirft warf vor
anklagen angeklagt = klagt klagte an
aufhören aufgehört = hört hörte auf
aufgeben aufgegeben = gibt gab auf
stattfinden stattgefunden = findet fand statt
feststellen festgestellt = stellt stellte fest
feststehen festgestanden feststand = steht stand fest
durchsetzen durchgesetzt = setzt setzte durch
vorlegen vorgelegt = legt legte vor
ausgehen ausgegangen = geht ging aus
abstimmen abgestimmt = stimmt stimmte ab
zustimmen zugestimmt = stimmt stimmte zu
ablehnen abgelehnt = lehnt lehnte ab
anfangen angefangen = fängt fing an
antreten angetreten = tritt trat treten traten an
zusagen zugesagt = sagt sagte zu
aufstellen aufgestellt = stellt stellte auf
ablösen abgelöst = löst löste ab
geboren = kam kommt gekommen welt
"""


def word_pairs(table: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The lines "words = words" of a table, as the words of each side."""
    pairs = (line.split("=") for line in table.strip().splitlines())
    return [(tuple(left.split()), tuple(right.split())) for left, right in pairs]


IDIOMS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = tuple(
    (frozenset(idiom), plain) for idiom, plain in word_pairs(_IDIOM_LINES)
)
# A joined verb's stem → the stems of its split finite forms, and its particle.
SPLIT_VERBS: dict[str, tuple[frozenset[str], str]] = {
    stem_word(fold(joined)): (frozenset(stem_word(fold(v)) for v in verbs), fold(particle))
    for joined_forms, (*verbs, particle) in word_pairs(fold(_SPLIT_VERB_LINES))
    for joined in joined_forms
}
# "setzte sich … durch": a verb of winning split in two in the article's sentence.
PREVAIL = SPLIT_VERBS[stem_word("durchgesetzt")]
# Words a line tells in other words, one way only: a loser "gesteht die Niederlage ein" in a
# line on their "Niederlage" ("X räumte seine Niederlage ein", "eine klare Niederlage, die
# nehme ich auf meine Kappe"), by congratulating the winner ("X gratulierte der Siegerin
# noch am Abend") or by respecting the result ("Die Wähler haben entschieden, das respektiere
# ich"); not by any "räumte … ein" ("räumte Fehler ein"), and a congratulation asked ("hat X
# gratuliert") is no defeat admitted.
_TOLD_BY = (
    (
        "eingestehen eingestanden",
        "Niederlage gratulieren gratuliert gratulierte respektieren respektiere respektiert "
        "anerkennen anerkannt",
    ),
)
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _SYNONYM_GROUPS:
    _stemmed = _stems(_group)
    for _stem in _stemmed:
        SYNONYMS[_stem] = SYNONYMS.get(_stem, frozenset()) | (_stemmed - {_stem})
for _asked, _telling in _TOLD_BY:
    for _stem in _stems(_asked):
        SYNONYMS[_stem] = SYNONYMS.get(_stem, frozenset()) | _stems(_asked + " " + _telling)
        SYNONYMS[_stem] -= {_stem}
del _group, _stemmed, _stem, _asked, _telling


def _season_anchored(folded: list[str], i: int) -> bool:
    """ "im Frühjahr", "Ende des Sommers": a word before the season makes it a time."""
    return not _DURATION_ANCHORS.isdisjoint(folded[max(0, i - SEASON_ANCHOR_BEFORE) : i])


def states_point_in_time(text: str, folded: list[str], stems: list[str]) -> bool:
    """Whether a text says when (for "wann", "when"): a date, an hour, a day, a month or a
    relative time ("gestern", "seit", "vor zwei Jahren"), not only how long something took
    ("nach sechzehn Jahren", "eine Stunde lang")."""
    if TIME_RE.search(text):
        return True
    for i, stem in enumerate(stems):
        if stem in DURATION_STEMS:
            before = folded[max(0, i - DURATION_ANCHOR_BEFORE) : i]
            if not _DURATION_ANCHORS.isdisjoint(before):
                return True
            if not AFTER_WORDS.isdisjoint(before) and not AHEAD_WORDS.isdisjoint(folded):
                return True
        elif stem in TIME_STEMS or (stem in SEASON_STEMS and _season_anchored(folded, i)):
            return True
    return False


def question_kind(folded_words: list[str]) -> tuple[str, set[int]]:
    """The kind of answer the first question word asks for (WHAT if none), and the positions
    of its words ("wie hoch" is a question word, not a topic). A question word opens the
    question ("und wer …", "mit wie viel …"): one further on belongs to what is asked about
    ("hat X gesagt, wer …" asks whether, not who)."""
    for i in range(min(len(folded_words), QUESTION_WORD_WITHIN + 1)):
        for size in (3, 2, 1):  # "um wie viel Uhr" asks for a time, "wie viel" for a number
            key = tuple(folded_words[i : i + size])
            if len(key) == size and key in QUESTION_WORDS:
                return QUESTION_WORDS[key], set(range(i, i + size))
    return WHAT, set()
