"""The honest no (issue 11): whether a line the ranking found states what was asked.

The ranking (`questions._answers`) finds the lines that share most of a question's words. A
line can share them and still not answer: the turnout of the whole town for "die Wahlbeteiligung
in Ortsteil X", the new mayor for "wer war vorher Bürgermeister". The rules here say what a line
must have beyond the words; a question none of whose lines has it gets "the articles do not say".
Each rule is general news knowledge, for German and English alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.corpus.credits import in_credit
from bot.corpus.english_roles import ROLE_NOUNS
from bot.corpus.german import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    PARTY_PATTERNS,
    is_role_noun,
)
from bot.corpus.reading import TABLE_CELLS
from bot.corpus.sentences import split_sentences
from bot.engine import english, lexicon
from bot.engine.folding import TOKEN_RE, fold, has_any_phrase, stem_word, words
from bot.engine.index import CUE_BITS, NO_ENTRY, CorpusIndex, is_speech
from bot.engine.memo import remembered
from bot.engine.people import ROLE_SHORT_FORMS
from bot.engine.places import (
    DATELINE_BLOCKS,
    RELATIVES,
    ROLE_WORDS,
    about_place,
    dateline_places,
    in_another_villages_paragraph,
    person_noun,
    place_forms,
)
from bot.engine.wins import (
    ANTRETEN,
    ANTRITT,
    OFFICE_TAKEN,
    STANDING_VERBS,
    takes_office,
)

# "wer war vorher Landrat", "who was the previous mayor": the question asks for an earlier holder
EARLIER_ASKED = frozenset(
    "vorher zuvor bisher bisherige bisheriger bisherigen fruher fruhere fruherer vorganger "
    "vorgangerin previous former outgoing predecessor".split()
)
BEFORE = "before"  # "who was mayor before X": with an office asked, its earlier holder
# "wer ist der Nachfolger von X": a line telling the succession names X as the one who held
# the office before ("Y folgt auf X", "zum Nachfolger von X gewählt"), though it may not say
# "Nachfolger"; "Sein Nachfolger wurde Y" answers too (no line is required to name X so)
SUCCESSOR_ASKED = frozenset("nachfolger nachfolgerin successor".split())
BEFORE_PERSON = frozenset({"vor", "before"})  # "wer war vor X Bürgermeister": before X
# Words by which a line marks the earlier holder: "die bisherige Bürgermeisterin X", "der
# scheidende Oberbürgermeister X", "folgt auf Landrätin X", "X, the outgoing mayor"
EARLIER_MARKS = (
    "bisherig",
    "scheidend",
    "vorganger",
    "ehemalig",
    "amtsinhaber",
    "amtsvorganger",
    "previous",
    "former",
    "outgoing",
    "predecessor",
    "incumbent",
)
FOLLOWS = frozenset({"folgt", "folgte", "succeeds", "succeeded", "replaces", "replaced"})
SUCCEEDED_MARKS = (["nachfolger", "von"], ["nachfolgerin", "von"], ["vor", "ihm"], ["vor", "ihr"])
NAME_VERBS = frozenset({"heisst", "hiess", "heissen"})  # "wie heißt der bisherige Landrat"
MONTHS = tuple(
    "januar februar marz april mai juni juli august september oktober november dezember "
    "january february march june july october december".split()
)
# Words after a number that say it measures or dates something rather than counting it.
OTHER_UNITS = (
    *"uhr kilometer km meter euro millionen milliarden million billion dollar franken minute "
    "stunde tage jahr jahrig monat woche grad cent years year old hours".split(),
    *MONTHS,
)
# Words by a count that make it a change ("zwei Sitze verloren", "vier Mandate hinzu", "verlor
# drei Sitze", "gained four"), not what somebody has; "Sitze gewonnen" may be either, and
# stays a count
CHANGED = frozenset(
    "verloren verlor verlieren verliert eingebusst hinzu hinzugewonnen dazugewonnen lost "
    "losing loses gained gaining gains".split()
)
# "wie viele Apotheken gibt es", "how many pharmacies are there": how many things exist, which
# a count in a circumstance ("sie war in vier Apotheken", "mit drei Kindern") does not say
EXIST_ASKED = (
    ("gibt", "es"),
    ("gab", "es"),
    ("there", "are"),
    ("there", "were"),
    ("are", "there"),
    ("were", "there"),
)
CIRCUMSTANCE = frozenset("in im an am aus bei mit nach zu zum zur at with after".split())
# A question's words that ask for a change: "wie viele Sitze hat die CDU verloren / gewonnen"
CHANGE_ASKED = CHANGED | frozenset(
    "gewonnen gewinnen gewann gewinnt dazu mehr weniger zugelegt lose loses losing gain gains "
    "win won more fewer".split()
)
# "von 8 bis 18 Uhr", "zwischen zwei und drei Kilometer": the first number of a range takes
# the unit of the last
RANGE_WORDS = frozenset("bis und oder to and or".split())
NUMBER_WORDS = frozenset(
    "zwei drei vier funf sechs sieben acht neun zehn elf zwolf zwanzig dreissig hundert "
    "tausend two three four five six seven eight nine ten eleven twelve twenty thirty "
    "hundred thousand".split()
)
# "im ersten Wahlgang", "in the first round": the round asked about, or named in a line
FIRST_ROUND = tuple(
    tuple(p.split())
    for p in (
        "ersten wahlgang",
        "erster wahlgang",
        "erste wahlgang",
        "ersten runde",
        "erste runde",
        "ersten durchgang",
        "hauptwahl",
        "first round",
        "first ballot",
        "initial round",
    )
)
RUNOFF_WORDS = ("stichwahl", "runoff")  # "Stichwahlen", "runoffs"
SECOND = (("zweiten", "wahlgang"), ("second", "round"), ("run", "off"))
YEAR_ASKED = (("welchem", "jahr"), ("welches", "jahr"), ("what", "year"), ("which", "year"))
# "seit wann ist X in der SPD", "how long has X been mayor": since when a state lasts; a line
# gives it by "seit", "since", "ago" or a year ("zog 1984 ins Rathaus ein"), not by the date
# of something else ("legt sein Amt zum 31. Januar nieder")
SINCE_ASKED = (("seit", "wann"), ("since", "when"), ("how", "long", "has"), ("how", "long", "have"))
HOW_LONG = (("wie", "lange"), ("wie", "lang"))  # with "schon": "wie lange ist X schon im Stadtrat"
SINCE_WORDS = frozenset("seit seitdem since ago".split())
LETTERS_RE = re.compile(r"[a-z]+")  # the words of a folded file name ("wahl_in_beispielstadt")
YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")  # a year a news text may name
# "how much does the bridge cost", "wie viel verdient der Landrat": a sum of money is asked
PRICE_ASKED = (("wie", "teuer"), ("what", "price"))
HOW_MUCH = (("wie", "viel"), ("wieviel",), ("how", "much"), ("was",))  # "was kostet"
PAID = frozenset(
    "kosten kostet kostete kosteten gekostet verdient verdienen verdiente bezahlt zahlt zahlte "
    "cost costs costed paid pay pays earn earns earned spend spends spent".split()
)
COSTED = frozenset("kostet kostete kosteten gekostet".split())  # the verb, not "die Kosten"
# "what does the bridge cost", "what would a new hall cost": the English verb, which is also
# the noun ("what did she say about the cost"): a verb only where no article or preposition
# stands before it
COST_VERBS = frozenset("cost costs".split())
NOT_BEFORE_VERB = frozenset("the a an about of on for its their his her".split())
# "how much is the entrance fee", "how much was the rent": a sum asked with "be" and a word
# for a price, not "how much did the rent rise" (a change, which a share may give)
HOW_MUCH_IS = tuple(("how", "much", be) for be in ("is", "are", "was", "were", "will"))
PRICE_NOUNS = frozenset("fee fees price prices rent fare fares charge charges".split())
# "was verdient ein Landrat", "what does a mayor earn": pay asked by a "what" question
EARNED = frozenset("verdient verdienen verdiente earn earns earned".split())
# "wie heißt der Angeklagte", "what is the name of the treasurer", "what is the treasurer
# called": a name is asked, which a line gives only by naming somebody ("heißt es darin"
# names nobody)
NAME_ASKED = (
    ("wie", "heisst"),
    ("wie", "heissen"),
    ("wie", "hiess"),
    ("name", "of"),
    ("s", "name"),
)
# How a paragraph gives a sum: a currency ("4,2 Millionen Euro", "$30,000") or nothing to pay
MONEY_WORDS = frozenset(
    "euro eur dollar dollars franken pfund pound pounds cent kostenlos gratis umsonst free".split()
)
MONEY_SIGNS = ("€", "$", "£")
NO_CHARGE = frozenset("kostenlos gratis umsonst free".split())  # a price without a number
# Words between a number and its currency: "4,2 Millionen Euro", "20 Mio. Euro"
SUM_SCALES = frozenset("millionen million mio milliarden milliarde mrd billion tausend".split())
COST_TO_SCALE = 4  # "kostet rund 4,2 Millionen": words from the verb to the scale
SUM_SIGN_RE = re.compile(r"[€$£]\s?\d|\d\s?[€$£]")  # "€ 40", "40 €", "$30,000"
# Words of a cost question that say who pays or per what time, not what is paid for: "was
# kostet die Fähre die Stadt im Jahr" asks about the ferry
PAYER_OR_PERIOD = frozenset(
    "stadt gemeinde kreis landkreis land bund steuerzahler burger town city county council "
    "jahr jahre jahrlich monat monatlich woche tag taglich year years month week day "
    "kunftig kunftige kunftigen insgesamt".split()
)
COMPOUND_FRONT = 4  # "Stadt|bahn", "Klinik|neubau": the front of a compound, in letters
OWNING = frozenset("hat haben hatte hatten has have had".split())  # "wie viele X hat Y"
# "hat die Abteilung", "has the club": the owner is a noun with its article
ARTICLES = frozenset("der die das den dem des ein eine einen einem eines the a an".split())
THING_STEM = 4  # a shorter stem ("neu") is no thing; it may still end a compound ("Freibad")
# "what was the turnout", "wie hoch war die Wahlbeteiligung": a share is asked, and a share is
# given in per cent ("lag bei 41,2 Prozent", "turnout was 38%")
SHARE_ASKED = frozenset("turnout wahlbeteiligung beteiligung".split())
# What a paragraph giving the turnout speaks of (stems): turnout itself, or those who could vote
ELECTORATE = "Wahlberechtigte Wahlberechtigten Stimmberechtigte electorate"
TURNOUT_WORDS = lexicon.TURNOUT_ASKED | frozenset(stem_word(fold(w)) for w in ELECTORATE.split())
# The figure itself, asked by the opening words: "what was the turnout", "wie hoch war die
# Wahlbeteiligung"; not "what did the expert say about turnout" nor "wie war die
# Wahlbeteiligung", which words may answer.
FIGURE_ASKED = (
    ("what", "was"),
    ("what", "is"),
    ("what", "s"),
    ("what", "were"),
    ("how", "high"),
    ("how", "low"),
    ("wie", "hoch"),
    ("wie", "niedrig"),
)
# The words a question may open with ("welch…" apart): with none, it only names its subject
QUESTION_OPENERS = frozenset(key[0] for key in lexicon.QUESTION_WORDS) | frozenset(
    "was what which wie how".split()
)
PER_CENT = frozenset("prozent percent per prozentpunkte".split())
NAME_NEAR = 4  # "Der Angeklagte, ein 58-jähriger Bernd Beispiel": words from role to name
NAME_AFTER_MARK = 4  # "die bisherige Bürgermeisterin Ursula Kramm": words from mark to name
NAME_BEFORE_MARK = 3  # "Ursula Kramm, die bisherige Bürgermeisterin"
ROLE_OF = frozenset("von vom of".split())  # "Bürgermeister von X", "mayor of X"
HEADING_WORDS = 8  # "GOSLAR", "Nordheim: Im zweiten Anlauf klappt es": a heading
TOWN_BEFORE = frozenset("in im aus von vom bei of at".split())  # "in X", "mayor of X"
# "Tritt X wieder an?", "Kandidiert X erneut?", "Will X run again?": whether X stands again
AGAIN_WORDS = frozenset("wieder erneut nochmal nochmals again reelection wiederwahl".split())
AGAIN_PHRASES = (("noch", "einmal"), ("nicht", "mehr"))  # "kandidiert nicht mehr": not again
STANDING_STARTS = (
    *ANTRETEN,
    "kandid",
    "wiederwahl",
    "wiedergewahl",
    "reelect",
    "candida",
)
# "gegen wen hat X gewonnen", "against whom": the other side of a contest is asked
RIVAL_ASKED = (("gegen", "wen"), ("against", "whom"), ("against", "who"))
# Words by which a line sets somebody against somebody: "gewann gegen Y", "vor Y", "setzte
# sich gegen Y durch", "treten gegeneinander an", "unterlag Y", "defeated Y"
AGAINST_STARTS = ("gegen", "against", "unterleg")  # "die unterlegene Kandidatin"
AGAINST = frozenset("vor unterlag unterlagen besiegte besiegt schlug beat defeated".split())
# "mit wem will X koalieren", "with whom did X meet": somebody besides X is asked, a person or
# a party, which "Wir haben verstanden" (X's own words) does not name
PARTNER_ASKED = (("mit", "wem"), ("with", "whom"), ("with", "who"))
# "der Bürgermeister von X", "die Landrätin aus X": an office held in a place; a place no
# article knows at all is one whose office holder no line can name
OFFICE_OF = frozenset("von vom aus".split())
# "was sagt X zu Y", "was hält X von Y": what somebody thinks is asked, which a line saying
# that X did not speak ("X hatte sich in der Debatte nicht geäußert", "wollte sich dazu nicht
# äußern") does not give
OPINION_ASKED = tuple(
    ("was", verb) for verb in "sagt sagte sagen halt hielt meint meinte denkt denken".split()
)
TOPIC_STEM = 4  # a shorter word ("Bad") would be a part of too many compounds
# "wann ist der Adventsbasar", "wann findet die Weihnachtsfeier statt": the verb after "wann"
# before the thing whose time is asked, and the words that end its name ("… von St. Marien")
WHEN_VERBS = frozenset("ist sind war waren findet fand beginnt beginnen startet".split())
NAME_ENDS = frozenset("des der von vom in im am an auf bei fur zum zur".split())
EVENT_STEM = 5  # "Fest" is part of too many words; "Basar", "Umzug" are not
# The postal vote, counted apart from the ballot boxes (starts of folded words): "wer hat bei
# der Briefwahl gewonnen" is not answered by the whole town's result
POSTAL = ("briefwahl", "briefwahler", "postal", "absentee", "mail")
# "Was sagt die FDP (zu Y)": a party's own words are a line by one of its people, or one in
# which the party (or a person of it) is said to have spoken; "die FDP kommt auf 2 Sitze"
# says nothing the FDP said. The folded verbs of saying and of taking a stand.
PARTY_SAYS = frozenset(
    "sagt sagte sagten sagen sprach sprachen spricht erklart erklarte erklarten betont betonte "
    "kritisiert kritisierte kritisierten fordert forderte forderten lehnt lehnte lehnten "
    "begrusst begrusste begrussten warnt warnte warnten warf wirft bremste bremst kundigte "
    "kundigt nannte nennt reagierte reagiert zeigte zeigt teilte teilt schrieb schreibt "
    "sieht sah wertete wertet bezeichnete bezeichnet".split()
)
PARTY_NAMES_ASKED = tuple(
    (re.compile(pattern.pattern, re.IGNORECASE), party) for pattern, party in PARTY_PATTERNS
)
# Words for whoever holds an office, whichever it is (starts of folded words): "die
# Amtsinhaberin", "der Rathauschef", "das Stadtoberhaupt", "ihr Vorgänger", "the incumbent"
HOLDER_STARTS = (
    "amtsinhab",
    "rathauschef",
    "stadtoberhaupt",
    "verwaltungschef",
    "vorganger",
    "nachfolger",
    "incumbent",
)
# "verrät sie nicht", "verriet er nicht": keeping something to oneself
SILENT_STARTS = (
    "geaussert", "aussern", "ausserte", "aussert", "stellungnahme", "kommentier", "verrat",
    "verriet",
)  # fmt: skip
SILENT_NOT = frozenset("nicht keine keinen kein".split())
REASON_PART = "grund"  # "aus Altersgründen", "aus gesundheitlichen Gründen" (folded)
# A question asked in a line's own clause: "Sie fragt, warum der Bus nicht mehr fährt", "he
# asked why the pool was shut"; not "Warum, erklärt der Wahlleiter" (an answer follows) nor
# "weshalb" (also "…, weshalb die Sitzung ausfiel", a reason)
ASKED_WHY_RE = re.compile(r"(?:,|\b(?:asked|wondered))\s+(?:warum|wieso|why)\s+\w", re.I)
OPENING_BLOCKS = 4  # title, lead, byline, first paragraph: where an article's dateline stands
# Folded first names ("jonas", "barbel"), by sex and all: the first word of "Jonas Beispiel"
# in a question (each list folded once: it is thousands of names)
FEMALE_NAMES = frozenset(fold(name) for name in FEMALE_FIRST_NAMES)
MALE_NAMES = frozenset(fold(name) for name in MALE_FIRST_NAMES)
FIRST_NAMES = FEMALE_NAMES | MALE_NAMES
# An age's article and ending, and whether they are a woman's: "die 41-Jährige", "eine
# 41-jährige"; "der 52-Jährige", "ein 58-jähriger", "dem 61-Jährigen". Others may be either
# or plural ("der 41-Jährigen" is hers in the dative, "die 40-Jährigen" several): not read.
AGED_ARTICLES = {
    ("die", "jahrige"): True,
    ("eine", "jahrige"): True,
    ("der", "jahrige"): False,
    ("ein", "jahriger"): False,
    ("dem", "jahrigen"): False,
}
# Words before "N-Jährigen" that make it a group of voters, no one's age: "über", "unter",
# "ab", "bis" ("18- bis 24-Jährigen"), "und" ("zwischen 30 und 44-Jährigen"), folded
AGE_GROUP_MARKS = frozenset("uber unter ab bis und".split())
# Words by which a sentence speaks of a person named before it: "er", "sie" (and "der
# 26-Jährige": a word starting "jährig")
BACK_REFERENCES = frozenset("er sie ihm ihn he she him".split())
# "wie viele Stimmen hatte X", "how many votes did X get": a candidate's own figure is asked
VOTES_ASKED = frozenset("stimmen stimme prozent votes vote percent".split())
# Bodies and elections that a town's own council or mayor's race is not (starts of folded
# words): "wer hat die Kreistagswahl gewonnen", "wie viele Sitze hat X im Landtag" are not
# answered from an article that never names a district council or a state parliament
BODIES = (
    "kreistag",
    "landtag",
    "bundestag",
    "bezirkstag",
    "europawahl",
    "europaparlament",
    "regionalversammlung",
    "landrat",
)


AGE_ASKED = (("wie", "alt"), ("how", "old"))


@dataclass(frozen=True)
class Needs:
    """What a line must have, besides the question's words, to answer it."""

    earlier_holder: bool = False  # it names a person as the earlier holder
    # … other than these ("wer war vor X Bürgermeister": X, named "der scheidende
    # Bürgermeister X", held it after the one asked for)
    earlier_than: frozenset[int] = frozenset()
    place_forms: frozenset[str] = frozenset()  # it is about this place (index stems)
    # "wie viele Autos": a number that counts, not one of another unit ("drei Kilometer");
    # the folded unit words the question itself asks for ("wie viele Jahre") still count
    counted_but: frozenset[str] | None = None
    first_round: bool = False  # "im ersten Wahlgang": not the runoff's figure
    year: bool = False  # "in welchem Jahr": a year ("1984"), not "58 Jahre" or "am Montag"
    standing: bool = False  # "Tritt X wieder an?": a line that speaks of standing (again)
    # … of the people asked: another mayor's "tritt nicht noch einmal an" is no answer
    standers: tuple[int, ...] = ()
    money: bool = False  # "how much does it cost": a sum ("4,2 Millionen Euro"), not "zwei Spuren"
    # ... and the thing whose price is asked (an index stem): the sum's sentence or the one
    # before it names it, or the article's title and lead do
    priced: str = ""
    # "wie viele Mitglieder hat die Handballabteilung": the owner of what is counted (an index
    # stem), named as the priced thing is, by the count's sentence or the one before it
    owner: str = ""
    share: bool = False  # "what was the turnout": a figure in per cent, not "sie hat gewählt"
    # "Andreas Beispiel" when the articles know only Theresa Beispiel: the line names him so
    # (folded first name, surname), and gives a figure if a number (an age) is asked
    full_names: frozenset[tuple[str, str]] = frozenset()
    figure: bool = False  # a number is asked ("wie alt ist …"): with full_names, a figure
    since: bool = False  # "seit wann": a line saying since when ("seit 2020", "since 2010")
    # "warum tritt X nicht mehr an": a paragraph giving a reason ("aus Altersgründen", "weil")
    reason: bool = False
    # "warum …": not a line that asks the same ("Eine Anwohnerin fragt, warum …") in a
    # paragraph that gives no reason
    why: bool = False
    rival: bool = False  # "gegen wen hat X gewonnen": a line setting somebody against X
    # "wie alt ist Struckmanns Tochter": a paragraph naming her (folded words for her kin),
    # not one with only his age
    relative: frozenset[str] = frozenset()
    exists: bool = False  # "wie viele Apotheken gibt es": things that exist, not visited
    # "wie heißt der Angeklagte": a line naming a person the articles know beside one of
    # these words (index stems of the words after "heißt", "name of")
    named: frozenset[str] | None = None
    # "mit wem hat X verhandelt": a line naming a person besides those asked (folded words
    # of their names), or a party
    partner: frozenset[str] | None = None
    # "was sagt der Bürgermeister von X" where no article knows X: no line says it
    nowhere: bool = False
    # "was sagt die FDP zur Sondierung": a line of the party's own words (`PARTY_SAYS`)
    party_says: str = ""
    # "was sagt die Landrätin von X": a line by somebody of that office (an index stem) or
    # whose paragraph names it, not another speaker's line from an article about X
    office: str = ""
    opinion: bool = False  # "was hält X von Y": not a line saying X did not speak
    taking_office: bool = False  # "wann tritt X ihr Amt an": a line about taking office
    # "wann geht X in den Ruhestand" (X by name): not a time in the words of another person
    timed: bool = False
    # "was hat X gesagt" where X stands only in a credit ("Foto: X"): one of the articles'
    # makers, no person in them; no line says anything of X
    makers: bool = False
    # "wie viele Stimmen hatte X", "wie alt ist X": the one person asked by name (an entry),
    # whom the line speaks of (`speaks_of`); NO_ENTRY for none
    subject: int = NO_ENTRY
    aged: bool = False  # "wie alt ist X": with `subject`, an age the line gives a person of X's sex
    # "ist X verheiratet", "is X a lawyer", "does X have children": a yes/no question on one
    # person's trait; the line's paragraph has the trait's word (stems), or says nothing of it
    trait: frozenset[str] = frozenset()
    # … and whom the line speaks of: the one person named, or of two the first, who did it
    # ("hat X Y gratuliert", "did X congratulate Y": X)
    doer: int = NO_ENTRY
    # … or the stem of the office whose holder did it ("hat der Landrat X gratuliert"), which
    # the paragraph names instead (X may stand there as "seiner Nachfolgerin")
    trait_by: str = ""
    # … and, of two named ("hat X Y gratuliert"), the other, towards whom X did it: a line
    # whose first person named before the deed's word is not X tells another's deed ("Y räumt
    # ein und gratuliert X", "Z gratuliert X")
    toward: int = NO_ENTRY
    # "wer hat X gratuliert", "who thanked X": the one person named (`doer`) is whom the deed
    # was done to; a line where X did it answers nothing, one that names X only by a
    # description ("gratulierte der Siegerin") answers if X is the one it fits
    done_to: bool = False
    # The one person the question names (an entry; NO_ENTRY for none or several): a trait's
    # line speaks of them, and a line on taking office names them first (not "X will take
    # office, succeeding Y", asked when Y took office)
    person: int = NO_ENTRY
    by_name: bool = False  # … and the question names them by name, not by a role only
    # "was hat X gesagt", "was sagt X zu Y": whom the question asks what they said (an entry,
    # X; NO_ENTRY otherwise): only X's words or a line telling that X spoke ("X sprach von …")
    # answer, not Y's words nor the result line that names X (`said_by`)
    speaker: int = NO_ENTRY
    body: str = ""  # "Kreistagswahl": a body or election the line's article names (a start)
    # "wie hoch war die Wahlbeteiligung 2011": the years a question names (digits); a year
    # before the line's article's own the line's paragraph names (`of_year_asked`)
    years: frozenset[str] = frozenset()
    # "district council": the English word an English article names the body by instead
    body_english: str = ""
    # "wer hat die Stichwahl gewonnen", "what did X get in the runoff": a line set in a runoff
    # (`of_runoff`), not the first round's result of a town that has none
    runoff: bool = False
    # "was ist X von Beruf", "was macht X beruflich": a line with a noun of a job ("Als
    # Steuerberater weiß ich", "war Verwaltungsjuristin") or one of these, which give X a job
    # otherwise ("X, der eine Tischlerei führt"); not X's nearest line. None: not asked.
    job: frozenset[int] | None = None
    postal: bool = False  # "bei der Briefwahl", "the postal vote": a line on the postal vote
    # "wann ist der Adventsbasar": the thing whose time is asked (an index stem), which the
    # line, its paragraph, the one before or its article's title names ("Martinsumzug:
    # Donnerstag, 11. November" is no answer); "" for none
    event: str = ""
    # earlier_holder: of this office, if the line's mark names one ("wen löst X ab", X the OB:
    # "der scheidende OB Y", not "die scheidende Bezirksbürgermeisterin Z"); `office_stem`s
    earlier_offices: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return (
            bool(self.full_names)
            or self.reason
            or self.why
            or self.rival
            or bool(self.relative)
            or self.since
            or self.money
            or self.share
            or self.earlier_holder
            or bool(self.place_forms)
            or self.counted_but is not None
            or self.first_round
            or self.runoff
            or self.job is not None
            or self.postal
            or bool(self.event)
            or self.year
            or self.standing
            or self.named is not None
            or self.partner is not None
            or self.nowhere
            or bool(self.party_says)
            or bool(self.office)
            or self.opinion
            or self.makers
            or self.taking_office
            or (self.timed and self.by_name)
            or self.subject != NO_ENTRY
            or self.speaker != NO_ENTRY
            or bool(self.body)
            or bool(self.trait)
            or bool(self.years)
        )


def needs(
    kind: str,
    folded: list[str],
    places: Mapping[str, frozenset[str]],
    index: CorpusIndex,
    people: Sequence[int] = (),
) -> Needs:
    """What a question of this `kind` (a `lexicon` kind) and these folded words needs of a
    line. `places`: the places it names (folded) with their index stems; only a town asked
    "in X", "von X" or "X's" counts ("für die Stadtbahn" may be the thing asked about).
    `index`: the articles, whose people's surnames another may share. `people`: the people
    the question names (entries), as the question was read."""
    who = kind == lexicon.PERSON or any(a == "wie" and b in NAME_VERBS for a, b in pairwise(folded))
    german = english.to_german(folded)  # (read once: several needs look at its words)
    earlier = who and (
        not EARLIER_ASKED.isdisjoint(folded)
        or _idiom_asks_earlier(folded, german)
        or (BEFORE in folded and any(stem_word(w) in lexicon.OFFICE_STEMS for w in german))
    )
    earlier_than = _earlier_than(folded, german, people, index) if who else frozenset()
    earlier = earlier or bool(earlier_than)
    counts = kind == lexicon.NUMBER and any(
        tuple(folded[i : i + len(p)]) == p for p in lexicon.HOW_MANY for i in range(len(folded))
    )
    towns: set[str] = set()
    after_town = False  # "in ludwigslust-parchim": the second part of a town's name too
    for i, word in enumerate(folded):
        asked_as_town = after_town or (i > 0 and folded[i - 1] in TOWN_BEFORE)
        town = word in places and (asked_as_town or folded[i + 1 : i + 2] == ["s"])
        if town:
            towns |= places[word]
        after_town = town
    first_round = has_any_phrase(folded, FIRST_ROUND)
    # a runoff's result asked (a figure, who won), not a runoff as a condition ("was macht X,
    # wenn er die Stichwahl verliert")
    runoff = kind in (lexicon.NUMBER, lexicon.PERSON) and not first_round and _names_runoff(folded)
    year = has_any_phrase(folded, YEAR_ASKED)
    paid = has_any_phrase(folded, HOW_MUCH) and not PAID.isdisjoint(folded)
    paid = paid or (has_any_phrase(folded, HOW_MUCH_IS) and not PRICE_NOUNS.isdisjoint(folded))
    # "was hat der Kunstrasen gekostet" reads as a "what" question: the verb asks for a sum
    priced_by_verb = (
        kind == lexicon.WHAT
        and folded[:1] in (["was"], ["what"])
        and (not (COSTED | EARNED).isdisjoint(folded) or _cost_verb(folded))
    )
    money = priced_by_verb or (
        kind == lexicon.NUMBER and (paid or has_any_phrase(folded, PRICE_ASKED))
    )
    # by the question's own words: a question about turnout is read as one of a number anyway
    share = not SHARE_ASKED.isdisjoint(folded) and (
        has_any_phrase(folded[:2], FIGURE_ASKED) or _names_only(folded)
    )
    opinion = has_any_phrase(folded[:2], OPINION_ASKED)
    asked = _by_first_name(people, folded, index)
    need = Needs(
        earlier,
        earlier_than,
        frozenset(towns),
        frozenset(folded) if counts else None,
        first_round,
        year,
        money=money,
        priced=_priced(folded, places, index) if money else "",
        owner=_owner(folded, places, index) if counts else "",
        share=share,
        runoff=runoff,
        standing=asks_standing(folded),
        standers=tuple(people) if asks_standing(folded) else (),
        # "in wie vielen Orten gibt es …" asks where, as the answer's "in 41 Orten" says
        exists=counts
        and has_any_phrase(folded, EXIST_ASKED)
        and CIRCUMSTANCE.isdisjoint(folded[: _how_many_at(folded)]),
        full_names=unknown_full_names(folded, index),
        makers=credited_only(folded, index),
        figure=kind == lexicon.NUMBER,
        since=has_any_phrase(folded, SINCE_ASKED)
        or ("schon" in folded and has_any_phrase(folded, HOW_LONG)),
        reason=kind == lexicon.REASON and asks_standing(folded),
        why=kind == lexicon.REASON,
        rival=has_any_phrase(folded, RIVAL_ASKED),
        relative=_relative_aged(folded, index),
        named=_name_asked(folded, index),
        partner=_partner_asked(folded, index),
        nowhere=_office_nowhere(folded, places, index),
        # "was sagt der Bürgermeister von X": what the office holder says; "wie alt ist die
        # neue Bürgermeisterin von X" is answered by "X, 41, ist die erste Frau …"
        office=_office_asked(folded, places, index) if opinion else "",
        opinion=opinion,
        event=_event_asked(folded, index) if kind == lexicon.TIME and not people else "",
        postal=kind in (lexicon.NUMBER, lexicon.PERSON)
        and any(w.startswith(POSTAL) for w in german),
        party_says=_party_asked(folded) if opinion and not people else "",
        taking_office=kind == lexicon.TIME and asks_taking_office(folded),
        timed=kind == lexicon.TIME,
        subject=_subject(kind, folded, asked, index),
        aged=has_any_phrase(folded, AGE_ASKED),
        trait=_trait_asked(kind, folded, asked, index),
        trait_by=_trait_by(kind, folded, asked, index),
        doer=_doer(folded, asked, index),
        toward=_toward(folded, asked, index),
        done_to=kind == lexicon.PERSON and len(asked) == 1 and _asks_doer(folded),
        person=asked[0] if len(asked) == 1 else NO_ENTRY,
        by_name=len(asked) == 1 and _named_by_name(asked[0], folded, index),
        speaker=_speaker_asked(folded, asked, index),
        years=frozenset(w for w in folded if YEAR_RE.fullmatch(w)),
        earlier_offices=_earlier_offices(german, people, index) if earlier else frozenset(),
    )
    return _with_body(need, folded)


def _event_asked(folded: list[str], index: CorpusIndex) -> str:
    """The index stem of the thing a German "wann ist der X (von Y)" asks the time of: the
    last word of its name before "von", "des" … ("die erste Ratssitzung": ratssitzung)."""
    if folded[:1] != ["wann"] or folded[1:2] == [] or folded[1] not in WHEN_VERBS:
        return ""
    if folded[2:3] == [] or folded[2] not in ARTICLES:
        return ""
    name: list[str] = []
    for word in folded[3:]:
        if word in NAME_ENDS or word in RANGE_WORDS:
            break
        name.append(word)
    if not name or name[-1] in lexicon.STOP_WORDS:
        return ""
    stem = index.stem(name[-1])
    return stem if len(stem) >= EVENT_STEM else ""


def _event_named(index: CorpusIndex, unit: int, event: str) -> bool:
    """Whether a line, its paragraph, the one before or its article's title names the thing
    (either word a compound of the other: "Sitzung" for "Ratssitzung", "Ratssitzung" for
    "Sitzung")."""
    columns = index.columns
    block = columns.block[unit]
    texts = [columns.block_text[block], index.articles[columns.article[unit]].title or ""]
    if block > 0 and columns.block_article[block - 1] == columns.article[unit]:
        texts.append(columns.block_text[block - 1])
    for text in texts:
        for word in words(text):
            stem = index.stem(word)
            if stem.startswith(event) or stem.endswith(event):
                return True
            if len(stem) >= TOPIC_STEM and event.endswith(stem):
                return True
    return False


def _in_article_of(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line stands in an article that names the person."""
    article = index.columns.article[unit]
    return any(index.columns.article[u] == article for u in index.person_own[person])


def _earlier_than(
    folded: list[str], german: list[str], people: Sequence[int], index: CorpusIndex
) -> frozenset[int]:
    """The people a question asks the office holder before ("wer war vor X Bürgermeister",
    "who was mayor before X": X), with an office asked; none otherwise. `german`: the
    question's words as `english.to_german` reads them."""
    if not any(office_stem(w) for w in german):
        return frozenset()
    # ("vor otto brandner": a first name may stand between "vor" and the surname)
    after = [
        w for i, word in enumerate(folded) if word in BEFORE_PERSON for w in folded[i + 1 : i + 3]
    ]
    return frozenset(index.people.named_in(after)).intersection(people)


def _idiom_asks_earlier(folded: list[str], german: list[str]) -> bool:
    """Whether the question says "earlier holder" in an idiom (`lexicon.IDIOMS`: "wen löst X
    ab" is "wer war der bisherige …"; its words as the idioms have them, "löst" folded to the
    English "lost" and read as "verloren")."""
    asked = {*folded, *german}
    return any(
        idiom <= asked and not EARLIER_ASKED.isdisjoint(plain) for idiom, plain in lexicon.IDIOMS
    )


def office_stem(word: str) -> str:
    """The stem of an office word, its short form spelt out and a woman's form as a man's
    ("OB": oberburgermeist, "Landrätin": landrat, "Bezirksbürgermeisterin": bezirksburgermeist);
    empty for a word that names no office an election fills."""
    stem = stem_word(ROLE_SHORT_FORMS.get(word, word))
    if stem.endswith("in") and stem[:-2].endswith(tuple(lexicon.OFFICE_STEMS)):
        stem = stem[:-2]
    return stem if stem.endswith(tuple(lexicon.OFFICE_STEMS)) else ""


def _earlier_offices(
    german: list[str], people: Sequence[int], index: CorpusIndex
) -> frozenset[str]:
    """The office whose earlier holder a question asks for: the one it names ("wer war vor X
    Bürgermeister"), else the ones the people it names hold ("wen löst X ab", X "OB")."""
    asked = {office_stem(w) for w in german} - {""}
    if asked:
        return frozenset(asked)
    roles = (w for p in people for role in index.people.entries[p].roles for w in words(role))
    return frozenset({office_stem(w) for w in roles} - {""})


def _same_office(stem: str, offices: frozenset[str]) -> bool:
    """Whether an office stem is one of these, or a longer or shorter name of it
    ("oberburgermeist" and "burgermeist"; not "bezirksburgermeist" and "oberburgermeist")."""
    return any(stem.endswith(o) or o.endswith(stem) for o in offices)


def _with_body(need: Needs, folded: list[str]) -> Needs:
    """`need` with the body or election a question names: for an English question, as the
    glossary puts it in German ("district council": kreistag), with the English word an
    English article names it by ("council")."""
    body = _body_asked(folded)
    if body or not english.is_english(folded):
        return replace(need, body=body) if body else need
    for german, original in english.translated(folded):
        body = _body_asked([german])
        if body:
            return replace(need, body=body, body_english=original or "")
    return need


def _by_first_name(people: Sequence[int], folded: list[str], index: CorpusIndex) -> Sequence[int]:
    """The one of several people (a surname they share) whose first name the question gives
    ("wie alt ist Claudia X" beside Marco X); all of them when it gives none or several."""
    if len(people) < 2:
        return people
    given = FIRST_NAMES.intersection(folded)
    named = [p for p in people if fold(index.people.entries[p].name).split()[0] in given]
    return named if len(named) == 1 else people


def _subject(kind: str, folded: list[str], people: Sequence[int], index: CorpusIndex) -> int:
    """The one person whose votes, share or age a question asks by name ("wie viele Stimmen
    hatte X", "wie viel Prozent hat X geholt", "wie alt ist X"); NO_ENTRY when it names none
    or several, or asks by a role ("die CDU-Kandidatin in X": the line may name her by the
    role alone)."""
    if kind != lexicon.NUMBER or len(people) != 1:
        return NO_ENTRY
    if VOTES_ASKED.isdisjoint(folded) and not has_any_phrase(folded, AGE_ASKED):
        return NO_ENTRY
    return people[0] if _named_by_name(people[0], folded, index) else NO_ENTRY


def _speaker_asked(folded: list[str], people: Sequence[int], index: CorpusIndex) -> int:
    """The person a question asks what they said ("was hat X gesagt", "was meint X zu Y",
    "what did X say about Y": X, the one named first, right after the verb) by name; NO_ENTRY
    for none, for one named later, whom the question asks about ("what did the mayor say
    about X"), or for one of the articles' authors (a columnist's own text is their words)."""
    if folded[:1] not in (["was"], ["what"]) or lexicon.PLAIN_SAYING.isdisjoint(folded):
        return NO_ENTRY
    person = _doer(folded, people, index)
    if person == NO_ENTRY or not _named_by_name(person, folded[:SPEAKER_AT], index):
        return NO_ENTRY
    key = index.people.entries[person].key
    return NO_ENTRY if key in index.authors_by_key else person


# Words up to the speaker asked: "was hat (Bürgermeister) X", "what did X"
SPEAKER_AT = 5
# Verbs telling that somebody spoke, folded ("X sprach von einem fairen Wettbewerb"); not every
# verb that may cue a quote ("findet", "stimmen" are no speaking in "findet … statt").
SPOKE_WORDS = lexicon.PLAIN_SAYING | frozenset(
    fold(w)
    for w in "sprach spricht erklärte erklärt betonte betont nannte nennt rief ruft antwortete "
    "antwortet kündigte kündigt räumte räumt gratulierte gratuliert".split()
)


def said_by(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line may be what the person asked said: their own words, words nobody is told
    to have said, or a line with a verb of speaking about them (`speaks_up`); not another
    speaker's words, which would put the wrong name to them."""
    speaker = index.columns.speaker[unit]
    if speaker != NO_ENTRY:
        return _same_person(index, speaker, person)
    quoted = _quoted_within(index, unit)
    if quoted:  # "„…Frau X war gut“, sagte Y": the whole sentence is Y's, not X's
        return any(_same_person(index, other, person) for other in quoted)
    return speaks_up(index, unit, person)


def _quoted_within(index: CorpusIndex, unit: int) -> set[int]:
    """The known speakers of the quotations standing inside a line of nobody's words (the
    whole sentence around „…“, sagte Y): whose words the line gives."""
    columns = index.columns
    start, end = columns.start[unit], columns.end[unit]
    return {
        columns.speaker[other]
        for other in index.block_units[columns.block[unit]]
        if other != unit
        and columns.speaker[other] != NO_ENTRY
        and start <= columns.start[other]
        and columns.end[other] <= end
    }


def speaks_up(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line may tell what the person said: somebody's words (a sentence they once
    said may stand in another's quote), or a line with a verb of speaking about them
    (`speaks_of`)."""
    if is_speech(index.classes[unit]):
        return True
    tokens = words(index.columns.text(unit))
    return not SPOKE_WORDS.isdisjoint(tokens) and speaks_of(index, unit, person)


def _named_by_name(person: int, folded: list[str], index: CorpusIndex) -> bool:
    """Whether the question has a word of the person's name (not only a role of theirs); a
    double name's parts too, as a question's words split it ("pieper-lanz": pieper, lanz)."""
    return not set(words(index.people.entries[person].name)).isdisjoint(folded)


def _body_asked(folded: list[str]) -> str:
    """The body or election of `BODIES` a question names ("kreistagswahl": kreistag); empty
    if none."""
    return next((b for w in folded for b in BODIES if w.startswith(b)), "")


def _cost_verb(folded: list[str]) -> bool:
    """Whether an English question has "cost" as its verb ("what did the hall cost"), not as
    a noun ("what did she say about the cost")."""
    return any(
        w in COST_VERBS and (i == 0 or folded[i - 1] not in NOT_BEFORE_VERB)
        for i, w in enumerate(folded)
    )


def _names_only(folded: list[str]) -> bool:
    """Whether a question only names what it asks about, with no question word ("turnout in
    X", "Wahlbeteiligung X"): it asks for the figure, as "what was the turnout" does."""
    return not any(word in QUESTION_OPENERS or word.startswith("welch") for word in folded)


def _how_many_at(folded: list[str]) -> int:
    """Where "wie viele", "how many" stands in a question (0 if nowhere)."""
    return next(
        (i for i in range(len(folded)) if has_any_phrase(folded[i : i + 2], lexicon.HOW_MANY)), 0
    )


def _relative_aged(folded: list[str], index: CorpusIndex) -> frozenset[str]:
    """The words for the kin whose age a question asks ("wie alt ist die Tochter von X", "how
    old is X's husband"); none for another question, or for "Frau X", a title before a name."""
    if not has_any_phrase(folded, AGE_ASKED):
        return frozenset()
    for i, word in enumerate(folded):
        titled = folded[i + 1 : i + 2] and folded[i + 1] in index.people.by_word
        for group in RELATIVES:
            if word in group and not titled:
                return group
    return frozenset()


# The verbs a yes/no question on a person's trait opens with ("Ist X verheiratet?", "Hat X
# Kinder?", "Is X a lawyer?", "Does X have children?", "Did X concede?"), folded as the
# question is.
TRAIT_OPENERS = frozenset("ist is hat has dos did".split())
DEED_OPENERS = frozenset("hat has did".split())  # … of them, those asking what somebody did
# The only other words such a question has: an article, "have" after "does".
TRAIT_FILLERS = frozenset("a an ein eine einen have".split())


# A fact of somebody's life a German question asks after its question word ("wo wohnt X",
# "was hat X studiert", "wann ist X geboren"), with the stems every telling of it ends in
# ("wohnt", "wohnen", "Wohnort"; "studierte", "Jurastudium", "Studentin"; "geboren",
# "gebürtig", "kam … zur Welt"). A line naming X without one of them does not say where X
# lives, what X studied or when X was born.
LIFE_FACTS: dict[str, frozenset[str]] = {
    # ("lebt in Y", "hat in Y gelebt" tell where too; "leb" alone would be "Leben")
    **dict.fromkeys(
        ("wohnt", "wohnen"), frozenset("wohnt wohn wohnhaft wohnort lebt gelebt".split())
    ),
    **dict.fromkeys(
        ("studiert", "studieren"), frozenset("studiert studi studium student studentin".split())
    ),
    "geboren": frozenset("gebor geburt welt".split()),
}
# The question words such a question opens with, and the other words it has beside the person
# and the fact: an auxiliary.
LIFE_OPENERS = frozenset("wo was wann".split())
LIFE_FILLERS = LIFE_OPENERS | frozenset("hat hatte ist eigentlich".split())


def _trait_asked(
    kind: str, folded: list[str], people: Sequence[int], index: CorpusIndex
) -> frozenset[str]:
    """The stems of the one word a yes/no question asks of one named person ("verheiratet" of
    "is X married", as the glossary gives it, with its synonyms; "did X concede"): a line that
    does not have it says nothing of the trait, whatever else it says of X. Empty for any
    question with more words ("is X still deputy mayor", "is X going to appeal"): an office or
    a deed may be told otherwise. A fact of X's life asked after a question word ("wo wohnt
    X") is such a trait too. A deed asked of one person towards another ("hat X Y
    gratuliert", "did X congratulate Y") is one too: X's line without the word does not say X
    did it; so is one asked of an office's holder ("hat der Landrat X gratuliert": the deed's
    word, `_trait_by` the office's)."""
    if _doer(folded, people, index) == NO_ENTRY:
        return frozenset()
    if len(people) == 2 and folded[0] in LIFE_OPENERS:
        return frozenset()
    if folded[0] in LIFE_OPENERS:
        name = _name_words(index, people)
        rest = [w for w in folded if w not in name and w not in LIFE_FILLERS]
        return LIFE_FACTS.get(rest[0], frozenset()) if len(rest) == 1 else frozenset()
    rest = _trait_words(kind, folded, people, index)
    if len(people) == 1 and _by_office(folded, rest, index):
        rest = rest[-1:]
    if len(rest) != 1:
        return frozenset()
    # … or the words the lexicon tells it by ("did X concede": "räumte die Niederlage ein"),
    # or the English word typed, by its English stem (a report: "X conceded after nine")
    stems = {stem_word(w) for w in english.to_german(rest)}
    stems |= {english.english_stem(w) for w in rest if english.is_english(folded)}
    return frozenset(stems.union(*(lexicon.SYNONYMS.get(s, frozenset()) for s in stems)))


def _trait_words(
    kind: str, folded: list[str], people: Sequence[int], index: CorpusIndex
) -> list[str]:
    """The words of a yes/no question on people ("hat X Y gratuliert") besides its opening
    verb, their names and fillers, or of a question who did a deed to one person ("wer hat
    X gratuliert", "who congratulated X") besides "wer hat" and the name; none for another
    question."""
    if kind == lexicon.PERSON and people and _asks_doer(folded):
        name = _name_words(index, people)
        rest = [w for w in folded[1:] if w not in name and w not in DEED_AUXILIARIES]
        return [] if any(_outcome_word(w) for w in rest) else rest
    if kind != lexicon.WHAT or folded[0] not in TRAIT_OPENERS or not people:
        return []
    name = _name_words(index, people)
    return [w for w in folded[1:] if w not in name and w not in TRAIT_FILLERS]


# "wer hat X gratuliert", "who has congratulated X", "who congratulated X": who did a deed
WHO_WORDS = frozenset({"wer", "who"})
DEED_AUXILIARIES = frozenset("hat hatte has had did".split())
# Deeds of the contest itself ("wer hat X geschlagen", "who elected X"): the outcome's lines
# answer them, by words of winning and losing
CONTEST_DEEDS = frozenset("gewahlt geschlagen besiegt beat defeated elected voted".split())


def _asks_doer(folded: list[str]) -> bool:
    """Whether a question asks who did a deed: "wer hat …", "who has …", or an English
    past tense after "who" ("who congratulated X")."""
    if len(folded) < 3 or folded[0] not in WHO_WORDS:
        return False
    return folded[1] in DEED_AUXILIARIES or (folded[0] == "who" and folded[1].endswith("ed"))


def _outcome_word(word: str) -> bool:
    return word in CONTEST_DEEDS or stem_word(word) in lexicon.OUTCOME_STEMS


def _name_words(index: CorpusIndex, people: Sequence[int]) -> set[str]:
    """The folded words of the people's names, as a question types them."""
    return set().union(*(_person_name_words(index, p) for p in people))


def _person_name_words(index: CorpusIndex, person: int) -> frozenset[str]:
    """`_name_words` of one person, folded once per index (`Memos.name_words`): a question
    looks for each person it names in itself several times."""
    return remembered(
        index.memos.name_words,
        person,
        lambda: frozenset(fold(index.people.entries[person].name).split()),
        size=len(index.people.entries),  # keyed by the corpus's own people: never emptied
    )


def _by_office(folded: list[str], rest: list[str], index: CorpusIndex) -> str:
    """The office noun of a deed asked of its holder towards a person ("hat der Landrat X
    gratuliert", "did the mayor congratulate X": landrat, mayor): after "hat", "has" or "did"
    (not "ist X Freie Wähler", which asks a party), an article, the noun (a person's, or a
    role the articles give somebody: "Ministerpräsident"), the verb; empty otherwise."""
    own = [w for w in rest if w not in ARTICLES]
    if folded[0] not in DEED_OPENERS or len(own) != 2:
        return ""
    role = person_noun(own[0]) or index.stem(own[0]) in index.people.by_role_stem
    return own[0] if role else ""


def _trait_by(kind: str, folded: list[str], people: Sequence[int], index: CorpusIndex) -> str:
    """The stem of the office whose holder a yes/no question asks did a deed towards the one
    person it names (`_by_office`), as the glossary puts an English one in German; empty for
    none."""
    if len(people) != 1:
        return ""
    noun = _by_office(folded, _trait_words(kind, folded, people, index), index)
    return stem_word(english.to_german([noun])[0]) if noun else ""


def _doer(folded: list[str], people: Sequence[int], index: CorpusIndex) -> int:
    """Of the people a question names, the one it asks about: the only one, or of two the one
    named first, the subject ("hat X Y gratuliert", "was sagt X zu Y", also when Y's surname
    is another's too); NO_ENTRY for none, or when the first name typed is two others' (a
    surname they share: either may be meant), not two entries of one person ("Henrike X" and
    "X")."""
    if not people:
        return NO_ENTRY

    def first_at(person: int) -> int:
        name = _name_words(index, (person,))
        return next((i for i, w in enumerate(folded) if w in name), len(folded))

    # the people the first name typed may be: two of a surname ("Sauerbrey") from two
    # articles are either, and then nobody is known to be asked
    at = sorted((first_at(p), p) for p in people)
    first = [p for i, p in at if i == at[0][0]]
    if len(first) > 1 and not all(_same_person(index, first[0], p) for p in first[1:]):
        return NO_ENTRY
    return first[0]


def _toward(folded: list[str], people: Sequence[int], index: CorpusIndex) -> int:
    """Of a deed asked of one person towards another ("hat X Y gratuliert", "did X
    congratulate Y"), the other (Y); NO_ENTRY unless the question names two and asks a deed."""
    doer = _doer(folded, people, index)
    if (
        doer == NO_ENTRY
        or len(people) != 2
        or not _trait_asked(lexicon.WHAT, folded, people, index)
    ):
        return NO_ENTRY
    return next((p for p in people if not _same_person(index, p, doer)), NO_ENTRY)


def deed_by_another(index: CorpusIndex, unit: int, trait: frozenset[str], doer: int) -> bool:
    """Whether the line tells the deed asked as somebody else's: the first person it names
    before the deed's word is not the doer ("Y räumt seine Niederlage ein und gratuliert X",
    asked "hat X Y gratuliert"). A line naming nobody before it ("Als Erster gratulierte ihr
    X") is not read so. A line without the word (the doer's words beside it) is read by its
    paragraph's first telling of the deed."""
    columns = index.columns
    tokens = words(columns.text(unit))
    at = next((i for i, w in enumerate(tokens) if _is_trait_word(w, trait)), None)
    if at is None:
        tokens = words(columns.block_text[columns.block[unit]])
        at = next((i for i, w in enumerate(tokens) if _is_trait_word(w, trait)), None)
    if at is None:
        return False
    for end in range(1, at + 1):
        named = index.people.named_in(tokens[:end])
        if named:
            return not any(_same_person(index, person, doer) for person in named)
    return False


def deed_by_one(index: CorpusIndex, unit: int, trait: frozenset[str], person: int) -> bool:
    """Whether the line tells the person asked as the one who did the deed, not as whom it was
    done to: the first person named before the deed's word is they, and nobody named after it
    is ("X räumt seine Niederlage ein und gratuliert Y", asked "wer hat X gratuliert"). Not
    an English infinitive's: "I have written to X to congratulate her" is done to X."""
    tokens = words(index.columns.text(unit))
    at = next((i for i, w in enumerate(tokens) if _is_trait_word(w, trait)), None)
    if at is None or tokens[at - 1 : at] == ["to"]:
        return False
    for end in range(1, at + 1):
        named = index.people.named_in(tokens[:end])
        if named:
            doer = any(_same_person(index, p, person) for p in named)
            after = index.people.named_in(tokens[at + 1 :])
            return doer and not any(_same_person(index, p, person) for p in after)
    return False


# A recipient a line names by a description instead of a name, after a dative article or
# possessive ("gratulierte der Siegerin", "dankte dem scheidenden Bürgermeister", "hat seiner
# Nachfolgerin gratuliert") or, in English, "the" ("congratulated the winner"). The article
# tells a man from a woman: "dem" is a man's, "der" a woman's when her noun ends in "-in" or is
# an adjective's ("der Unterlegenen"); "der Sieger" is a subject, no recipient.
MALE_DATIVES = frozenset("dem einem seinem ihrem unserem".split())
FEMALE_DATIVES = frozenset("der einer seiner ihrer unserer".split())
WON, LOST, EARLIER = "won", "lost", "earlier"
# Starts of the folded words that say which one is meant: who won (and so follows the one
# before), who lost, who held the office before
DESCRIBED = (
    (WON, ("sieger", "wahlsieger", "gewinner", "wahlgewinner", "nachfolger", "winner")),
    (WON, ("successor",)),
    (LOST, ("verlierer", "wahlverlierer", "unterlegen", "loser", "runner")),
    (EARLIER, ("scheidend", "ausscheidend", "amtsinhaber", "bisherig", "vorganger")),
    (EARLIER, ("amtsvorganger", "outgoing", "incumbent", "predecessor")),
)
DESCRIPTION_WORDS = 3  # "der frisch gewählten neuen Bürgermeisterin"


@dataclass(frozen=True)
class Described:
    """Whom a line names by a description: who won, lost or held the office before, and
    whether a woman ("f") or a man ("m"), or not known ("")."""

    role: str
    sex: str


def described_recipient(index: CorpusIndex, unit: int) -> Described | None:
    """The recipient a line names only by a description (`DESCRIBED`, or "neu" beside an
    office: "der neuen Bürgermeisterin", "the new mayor"); None when it names none so, or
    names a person in it ("dem Wahlsieger X" is X, which the line's names tell)."""
    tokens = words(index.columns.text(unit))
    for i, token in enumerate(tokens):
        if token in MALE_DATIVES:
            sex = "m"
        elif token in FEMALE_DATIVES:
            sex = "f"
        elif token == "the":
            sex = ""
        else:
            continue
        phrase = tokens[i + 1 : i + 1 + DESCRIPTION_WORDS]
        role = _described_role(index, phrase)
        if role is None or index.people.named_in(tokens[i + 1 : i + 3 + DESCRIPTION_WORDS]):
            continue
        noun = next((w for w in phrase if _described_word(index, w)), "")
        if sex == "f" and not (noun.endswith("in") or noun.endswith("en")):
            continue  # "der Sieger gratulierte": a man, the subject
        return Described(role, sex)
    return None


def _described_word(index: CorpusIndex, word: str) -> bool:
    return any(word.startswith(starts) for _, starts in DESCRIBED) or (
        index.stem(word) in lexicon.OFFICE_STEMS or word in ROLE_NOUNS
    )


def _described_role(index: CorpusIndex, phrase: list[str]) -> str | None:
    for word in phrase:
        for role, starts in DESCRIBED:
            if word.startswith(starts):
                return role
    new = any(w.startswith("neu") or w == "new" for w in phrase)
    office = any(index.stem(w) in lexicon.OFFICE_STEMS or w in ROLE_NOUNS for w in phrase)
    return WON if new and office else None


def described_is(index: CorpusIndex, unit: int, trait: frozenset[str], person: int) -> bool:
    """Whether a line telling the deed asked names whom it was done to by a description that
    fits the person asked and nobody else its article names (`fitting`)."""
    fits = _described_fits(index, unit, trait)
    return fits is not None and len(fits) == 1 and _same_person(index, fits[0], person)


def described_not(index: CorpusIndex, unit: int, trait: frozenset[str], person: int) -> bool:
    """Whether a line telling the deed asked ("hat X Y gratuliert") names whom it was done to
    by a description that does not fit Y alone: "gratulierte der Siegerin" asked of the
    loser, or of a winner the article does not tell apart."""
    fits = _described_fits(index, unit, trait)
    return fits is not None and not (len(fits) == 1 and _same_person(index, fits[0], person))


def _described_fits(index: CorpusIndex, unit: int, trait: frozenset[str]) -> list[int] | None:
    """Whom the description of the recipient in a line telling the deed fits; None for a line
    without the deed's word or without such a description."""
    if not any(_is_trait_word(w, trait) for w in words(index.columns.text(unit))):
        return None
    described = described_recipient(index, unit)
    if described is None:
        return None
    return fitting(index, index.columns.article[unit], described)


def fitting(index: CorpusIndex, article: int, described: Described) -> list[int]:
    """The people of an article a description fits: those its lines name as the winner (or
    loser, or the earlier holder of the office), of the sex the description gives (a person
    whose first name tells none may be either); one each."""
    from bot.engine.questions import named_outcome  # questions asks honest: not at import

    columns = index.columns
    first = bisect_left(columns.block_article, article)
    last = bisect_left(columns.block_article, article + 1)
    found: list[int] = []
    for block in range(first, last):
        for unit in index.block_units[block]:
            if described.role == EARLIER:
                named = (
                    index.people.named_in(words(columns.text(unit)))
                    if names_earlier_holder(index, unit)
                    else set()
                )
            else:
                one = named_outcome(index, unit, described.role == LOST)
                named = {one} if one is not None else set()
            for person in named:
                if _of_sex(index, person, described.sex) and not any(
                    _same_person(index, person, f) for f in found
                ):
                    found.append(person)
    return found


def _of_sex(index: CorpusIndex, person: int, sex: str) -> bool:
    first = fold(index.people.entries[person].name).split()[0]
    female, male = first in FEMALE_NAMES, first in MALE_NAMES
    if not sex or female == male:
        return True
    return female if sex == "f" else male


def _is_trait_word(word: str, trait: frozenset[str]) -> bool:
    stem = stem_word(word)
    return (
        any(
            stem.endswith(asked) or (len(stem) >= VERB_STEM and asked.startswith(stem))
            for asked in trait
        )
        or english.english_stem(word) in trait
    )


VERB_STEM = 6  # "gratuli" of "Ich gratuliere": the stemmer keeps "gratuliert" whole


def has_trait(index: CorpusIndex, unit: int, trait: frozenset[str]) -> bool:
    """Whether the line's paragraph has the trait's word, alone or as a compound's head
    ("Rechtsanwalt" says "Anwalt", German puts the head last), or another form of its verb
    ("hat X gratuliert": "Ich gratuliere dem Gewinner"), or, in an English report, a word of
    the English stem asked ("did X concede": "X conceded")."""
    paragraph = _paragraph_words(index, unit)
    stems = {stem_word(w) for w in paragraph}
    return any(
        stem.endswith(asked) or (len(stem) >= VERB_STEM and asked.startswith(stem))
        for stem in stems
        for asked in trait
    ) or not trait.isdisjoint(english.english_stem(w) for w in paragraph)


def _paragraph_words(index: CorpusIndex, unit: int) -> set[str]:
    return set(words(index.columns.block_text[index.columns.block[unit]]))


def _priced(folded: list[str], places: Mapping[str, frozenset[str]], index: CorpusIndex) -> str:
    """The index stem of what a cost question prices: its first own word but for question
    and cost words, places, people, who pays and per what time ("wie viel kostet die Fähre die
    Stadt im Jahr": the ferry; "wie viel Eintritt kostet das Freibad": the entrance, not the
    pool); an English word as the glossary puts it in German. Empty if none."""
    for word in english.to_german(folded):
        if word in lexicon.STOP_WORDS or word in PAID or word in places or word.isdigit():
            continue
        if word in PAYER_OR_PERIOD or word in index.people.by_alias:
            continue
        stem = index.stem(word)
        if stem not in lexicon.COST_STEMS and len(stem) >= THING_STEM:
            return stem
    return ""


def _owner(folded: list[str], places: Mapping[str, frozenset[str]], index: CorpusIndex) -> str:
    """Whose things a count question counts, named with an article after "hat": "wie viele
    Mitglieder hat die Handballabteilung" (the department's members, not the club's), "how
    many members has the club"; found as a cost question's thing is. Empty when the question
    names no owner so ("wie viele Stimmen hat X bekommen", "how many have been …")."""
    for i in range(len(folded) - 3):
        if tuple(folded[i : i + 2]) in lexicon.HOW_MANY and folded[i + 3] in OWNING:
            owner = folded[i + 4 : i + 6]
            if len(owner) < 2 or owner[0] not in ARTICLES:
                return ""
            return _priced(owner[1:], places, index)
    return ""


def unknown_full_names(folded: list[str], index: CorpusIndex) -> frozenset[tuple[str, str]]:
    """The full names a question gives that belong to nobody the articles know as a person
    though their surname does: "Andreas Beispiel" beside Theresa Beispiel, her husband whom
    an article names only in passing ("Ihr Mann Andreas Beispiel, Schreiner")."""
    people = index.people
    found = set()
    for first, last in pairwise(folded):
        bearers = people.by_alias.get(last, ())
        if not bearers or f"{first} {last}" in people.by_name:
            continue
        pair = [first, last]
        if all(another_bearer(index, people.entries[p].key.split(), pair, 1) for p in bearers):
            found.add((first, last))
    return frozenset(found)


# Words of a question about a credit itself ("wer hat das Foto gemacht", "hat X fotografiert").
CREDIT_WORDS = ("foto", "fotograf", "bild", "photo", "picture", "grafik", "text", "redaktion")


def credited_only(folded: list[str], index: CorpusIndex) -> bool:
    """Whether the question names somebody (a first name and a surname) whom the articles name
    only in credits ("Foto: X", "Text: X"): the makers of an article, never people in it, so
    nothing the articles say is about them. Not a question about the credit itself."""
    if any(w.startswith(CREDIT_WORDS) for w in folded):
        return False
    people = index.people
    for first, last in pairwise(folded):
        if first not in FIRST_NAMES or f"{first} {last}" in people.by_name:
            continue
        places = _places_of(index, first, last)
        if places and all(in_credit(text, start) for text, start in places):
            return True
    return False


def _places_of(index: CorpusIndex, first: str, last: str) -> list[tuple[str, int]]:
    """Each line of the articles that names `first last` (folded), with where the name starts."""
    last_units = index.own.get(index.stem(last), ())
    found = []
    for unit in set(index.own.get(index.stem(first), ())).intersection(last_units):
        text = index.columns.text(unit)
        tokens = list(TOKEN_RE.finditer(text))
        for a, b in pairwise(tokens):
            if fold(a.group(0)) == first and fold(b.group(0)) == last:
                found.append((text, a.start()))
    return found


def another_bearer(index: CorpusIndex, names: Sequence[str], folded: list[str], at: int) -> bool:
    """Whether the one word of a question at `at`, which names a person by part of their name
    (`names`: the folded words of that person's name), stands in the full name of somebody
    else whom the articles name: "wie alt ist Andreas Beispiel" asks about Andreas, not about
    Theresa Beispiel, when a line names "Ihr Mann Andreas Beispiel"; "Jonas Muster" is not
    Jonas Krüger when a line names Jonas Muster. A husband, a son, a sister share a surname;
    a wrong person's age or words would be no answer. A full name no article uses ("Olaf
    Beispiel") or a first name that is also a word ("who beat X") says nothing."""
    before = folded[at - 1] if at > 0 else ""
    if before in FIRST_NAMES and before not in names and _in_articles(index, before, folded[at]):
        return True
    after = folded[at + 1] if at + 1 < len(folded) else ""
    return (
        folded[at] == names[0]
        and after not in names
        and after in index.people.by_alias
        and _in_articles(index, folded[at], after)
    )


def _in_articles(index: CorpusIndex, first: str, last: str) -> bool:
    """Whether a line of the articles names somebody `first last` (folded words). Once per
    name and index (`Memos.full_names`): a common surname's lines are many."""
    return remembered(
        index.memos.full_names, (first, last), lambda: _names_in_articles(index, first, last)
    )


def _names_in_articles(index: CorpusIndex, first: str, last: str) -> bool:
    last_units = index.own.get(index.stem(last), ())
    with_first = set(index.own.get(index.stem(first), ())).intersection(last_units)
    return any((first, last) in pairwise(words(index.columns.text(u))) for u in with_first)


def asks_standing(folded: list[str]) -> bool:
    """ "Tritt X wieder an?", "Kandidiert X erneut?", "Will X run again?", "stand for
    re-election": whether somebody stands (again)."""
    again = not AGAIN_WORDS.isdisjoint(folded) or has_any_phrase(folded, AGAIN_PHRASES)
    return again and any(w.startswith(STANDING_STARTS) or w in STANDING_VERBS for w in folded)


def _of_stander(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line of standing is about the person asked: theirs (`speaks_of`), or in a
    paragraph naming them ("das Gerücht, der Bürgermeister wolle nicht mehr antreten.
    Hesselbarth wollte sich dazu nicht äußern"); not another mayor's paragraph of a roundup."""
    if speaks_of(index, unit, person):
        return True
    block = index.columns.block_text[index.columns.block[unit]]
    return person in index.people.named_in(words(block))


def states_standing(index: CorpusIndex, unit: int) -> bool:
    """Whether a line speaks of standing for office: "nicht mehr angetreten", "kandidiert
    erneut", "tritt … an", "would run again", "re-election"; "wird ihr Amt am 1. November
    antreten" is taking office."""
    tokens = words(index.columns.text(unit))
    taken = not OFFICE_TAKEN.isdisjoint(tokens)
    for i, token in enumerate(tokens):
        if token.startswith(ANTRETEN) or token in ANTRITT:
            if not taken:
                return True
        elif token.startswith(STANDING_STARTS):
            return True
        elif token in STANDING_VERBS and (
            "an" in tokens[i + 1 :] or tokens[i + 1 : i + 2] in (["again"], ["for"])
        ):
            return not taken
    return False


def kept(
    index: CorpusIndex, need: Needs, answers: Iterable[tuple[float, int]]
) -> Iterator[tuple[float, int]]:
    """The (score, unit) answers whose line states what the question needs, in their order."""
    if not need:
        yield from answers
        return
    if need.nowhere or need.makers:
        return
    bodies: dict[int, bool] = {}  # article → whether it names the body asked
    # a deed asked ("hat X Y gratuliert"): the line that tells it before the others of its
    # paragraph (X's own words beside it)
    beside: list[tuple[float, int]] = []
    for scored in answers:
        unit = scored[1]
        if need.earlier_holder and not names_earlier_holder(
            index, unit, need.earlier_than, need.earlier_offices
        ):
            continue
        if need.earlier_than and not any(
            _in_article_of(index, unit, person) for person in need.earlier_than
        ):
            continue  # "wer war vor X Bürgermeister": an article on X's office, not another's
        if need.place_forms and not of_place(index, unit, need.place_forms):
            continue
        if need.counted_but is not None and not counts_something(
            index, unit, need.counted_but, need.exists
        ):
            continue
        if need.first_round and only_runoff(index, unit):
            continue
        if need.runoff and not of_runoff(index, unit):
            continue
        if need.runoff and need.by_name and not speaks_of(index, unit, need.person):
            continue  # "what did X get in the runoff": not the runoff of two others
        if need.money and not names_money(index, unit):
            continue
        if need.priced and not figure_of_thing(index, unit, need.priced, _gives_sum):
            continue
        if need.owner and not figure_of_thing(index, unit, need.owner, _gives_number):
            continue
        if need.share and not gives_share(index, unit):
            continue
        if need.year and not any(YEAR_RE.fullmatch(w) for w in words(index.columns.text(unit))):
            continue
        if need.standing and not states_standing(index, unit):
            continue
        if need.standers and not any(_of_stander(index, unit, p) for p in need.standers):
            continue
        if need.since and not says_since(index, unit):
            continue
        if need.full_names and not names_in_full(index, unit, need.full_names, need.figure):
            continue
        if need.reason and not gives_reason(index, unit):
            continue
        if need.why and asks_why(index, unit) and not gives_reason(index, unit):
            continue
        if need.rival and not sets_against(index, unit):
            continue
        if need.relative and need.relative.isdisjoint(_paragraph_words(index, unit)):
            continue
        if need.named is not None and not names_somebody(index, unit, need.named):
            continue
        if need.partner is not None and not names_partner(index, unit, need.partner):
            continue
        if need.office and not by_office(index, unit, need.office):
            continue
        if need.opinion and says_silent(index, unit):
            continue
        if need.party_says and not party_says(index, unit, need.party_says):
            continue
        if need.taking_office and not takes_office(words(index.columns.text(unit))):
            continue
        if need.taking_office and need.by_name and not _first_named(index, unit, need):
            continue
        if need.subject != NO_ENTRY and not speaks_of(index, unit, need.subject):
            continue
        if need.timed and need.by_name and others_words(index, unit, need.person):
            continue
        if need.speaker != NO_ENTRY and (
            not said_by(index, unit, need.speaker) or says_silent(index, unit)
        ):
            continue  # "Ob sie gewählt hat, verrät sie nicht" tells nothing she said
        if need.subject != NO_ENTRY and need.aged and other_sex_aged(index, unit, need.subject):
            continue
        if need.aged and only_age_groups(index, unit):
            continue
        if need.trait and not (
            has_trait(index, unit, need.trait)
            and (
                has_trait(index, unit, frozenset({need.trait_by}))
                if need.trait_by
                else speaks_of(index, unit, need.doer)
                or (need.done_to and described_is(index, unit, need.trait, need.doer))
            )
        ):
            continue
        if need.toward != NO_ENTRY and deed_by_another(index, unit, need.trait, need.doer):
            continue
        if need.toward != NO_ENTRY and described_not(index, unit, need.trait, need.toward):
            continue
        if need.done_to and need.trait and deed_by_one(index, unit, need.trait, need.doer):
            continue
        if need.body and not names_body(index, unit, need.body, bodies, need.body_english):
            continue
        if need.body and another_election(index, unit, need.body):
            continue
        if need.years and not of_year_asked(index, unit, need.years):
            continue
        if (
            need.job is not None
            and unit not in need.job
            and not gives_a_job(index.columns.text(unit))
        ):
            continue
        if need.event and not _event_named(index, unit, need.event):
            continue  # "wann ist der Adventsbasar": the time of the St. Martin's procession
        if need.postal and not any(w.startswith(POSTAL) for w in _paragraph_words(index, unit)):
            continue  # "wer hat bei der Briefwahl gewonnen": the whole town's result
        if need.trait and not any(
            _is_trait_word(w, need.trait) for w in words(index.columns.text(unit))
        ):
            beside.append(scored)
            continue
        yield scored
    yield from beside


# "ist Elektriker", "war Zimmermann", "arbeitet als Ingenieurin": a capitalised noun with no
# article after the verb, ending as nouns of persons do ("Elektriker", "Ärztin", "Kauffrau",
# "Pianist", "Ingenieur", "Praktikant", "Kollege"); not "Das ist Unsinn", "Das war Absicht".
# Offices and parts in a contest are ruled out (`lexicon.NOT_JOB_ENDS`).
PERSON_NOUN_ENDS = tuple("er in ist eur ant ent ege mann frau kraft arzt loge graf".split())
BARE_JOB_RE = re.compile(
    r"\b(?:ist|war|wird|wurde|arbeitet als|arbeitete als) ([A-ZÄÖÜ][a-zäöüß]+)\b"
)


def is_job_noun(noun: str) -> bool:
    """Whether a capitalised noun names a job (`lexicon.JOB_ENDS`, or a role noun that is no
    office, part in a contest or relative)."""
    folded = fold(noun).removesuffix("s")  # "des Bäckermeisters"
    folded = ROLE_SHORT_FORMS.get(folded, folded)  # "OB" is an office as "Oberbürgermeister" is
    if folded.endswith(lexicon.NOT_JOB_ENDS):
        return False
    return folded.endswith(lexicon.JOB_ENDS) or is_role_noun(noun)


def gives_a_job(text: str) -> bool:
    """Whether a line has a noun of a job (`is_job_noun`: "Als Steuerberater weiß ich", "war
    Verwaltungsjuristin"): what a question for somebody's job needs; a line that only names
    them ("X war im ersten Wahlgang Dritte geworden") or gives a club's chair says nothing of
    it. A bare noun after "ist", "war" or "arbeitet als" is one too, whatever the trade ("Der
    Sohn ist Zimmermann", "X, 39, ist Elektriker"): German gives a job without an article."""
    if any(is_job_noun(token) for token in TOKEN_RE.findall(text) if token[:1].isupper()):
        return True
    return any(
        fold(noun).endswith(PERSON_NOUN_ENDS) and not fold(noun).endswith(lexicon.NOT_JOB_ENDS)
        for noun in BARE_JOB_RE.findall(text)
    )


def _name_asked(folded: list[str], index: CorpusIndex) -> frozenset[str] | None:
    """The index stems of whom a name question asks ("wie heißt der angeklagte Kassenwart":
    angeklagt, kassenwart; English words as the glossary puts them in German); None when no
    name is asked or it is not a person's ("wie heißt die Partei", "der Sender")."""
    at = next(
        (
            i + len(p)
            for i in range(len(folded))
            for p in NAME_ASKED
            if tuple(folded[i : i + len(p)]) == p
        ),
        None,
    )
    end = len(folded)
    if at is None and folded[:1] in (["what"], ["whats"]) and folded[-1:] == ["called"]:
        at, end = 1, len(folded) - 1  # "what was the new spokesman called"
    if at is None:
        return None
    # "wie heißen die Söhne von Ilka Beispiel", "what is the name of beispiels husband": the
    # sons or the husband are asked, not a line naming her
    people = index.people.by_word
    rest = folded[at:end]
    asked = [
        w
        for w, after in zip(rest, [*rest[1:], ""], strict=True)
        if w not in lexicon.STOP_WORDS
        and w not in people
        and not (w.endswith("s") and w[:-1] in people)
        and after not in people
    ]
    # an office is named in other words by whoever won it ("X setzte sich durch"), so a name
    # question about one needs no line naming somebody beside the office
    if not any(person_noun(w) and index.stem(w) not in lexicon.OFFICE_STEMS for w in asked):
        return None
    return frozenset(s for s in map(index.stem, english.to_german(asked)) if len(s) >= THING_STEM)


def _partner_asked(folded: list[str], index: CorpusIndex) -> frozenset[str] | None:
    """For "mit wem …", "with whom …": the folded words of the people the question names (who
    are not the answer); None for another question."""
    if not has_any_phrase(folded, PARTNER_ASKED):
        return None
    return frozenset(w for w in folded if w in index.people.by_word)


def names_partner(index: CorpusIndex, unit: int, asked: frozenset[str]) -> bool:
    """Whether a line names somebody besides the people asked about, or a party: "mit wem
    will X koalieren" is answered by "X will mit der SPD reden" or "X traf sich mit Y", not
    by X's "Wir haben verstanden"."""
    text = index.columns.text(unit)
    people = index.people.by_word
    if any(w in people and w not in asked for w in words(text)):
        return True
    # "X (CDU) sagte …" gives X's own party, not a partner
    own = {index.people.entries[p].party for w in asked for p in people.get(w, ())}
    return any(
        party not in own and party != "parteilos" and pattern.search(text)
        for pattern, party in PARTY_PATTERNS
    )


def _party_asked(folded: list[str]) -> str:
    """The party a question names ("was sagt die fdp"), as `PARTY_PATTERNS` normalise it."""
    text = " ".join(folded)
    return next((party for pattern, party in PARTY_NAMES_ASKED if pattern.search(text)), "")


def party_says(index: CorpusIndex, unit: int, party: str) -> bool:
    """Whether a line gives the party's own words: spoken by one of its people (or by
    somebody of no known party whose paragraph names the party before: "Bei der SPD ist die
    Verärgerung groß. Fraktionschef X warf der CDU vor, …"), or telling that the party or one
    of its people said or did something of saying (`PARTY_SAYS`)."""
    columns = index.columns
    patterns = [pattern for pattern, name in PARTY_PATTERNS if name == party]  # ("FW" too)
    speaker = columns.speaker[unit]
    if speaker != NO_ENTRY:
        own = index.people.entries[speaker].party
        before = columns.block_text[columns.block[unit]][: columns.start[unit]]
        return own == party or (own is None and any(p.search(before) for p in patterns))
    text = columns.text(unit)
    if PARTY_SAYS.isdisjoint(words(text)):
        return False
    people = index.people
    return any(p.search(text) for p in patterns) or any(
        people.entries[p].party == party for p in people.named_in(words(text))
    )


def _office_nowhere(
    folded: list[str], places: Mapping[str, frozenset[str]], index: CorpusIndex
) -> bool:
    """Whether a question asks for the holder of an office in a place no article knows, not
    even by a near spelling: "was sagt der Bürgermeister von X" (a role, "von"/"aus", then a
    word of no article); a known place, a person or a topic after "von" does not count."""
    for role, word in _offices_of(folded):
        if word in places or word in lexicon.STOP_WORDS:
            continue
        office = _a_role(role.capitalize()) or index.stem(role) in index.people.by_role_stem
        if not office or word in index.people.by_word:
            continue
        if index.stem(word) not in index.own and not place_forms(index, word):
            return True
    return False


def _office_asked(
    folded: list[str], places: Mapping[str, frozenset[str]], index: CorpusIndex
) -> str:
    """The index stem of a German office asked for in a known place ("der Bürgermeister von
    X", "die Landrätin aus X"): burgermeist, landrat; empty for another question, or an
    English one (an English role word is not the German article's)."""
    if english.is_english(folded):
        return ""
    for role, word in _offices_of(folded):
        if word in places and index.stem(role) in index.people.by_role_stem:
            return index.stem(role)
    return ""


def _offices_of(folded: list[str]) -> Iterator[tuple[str, str]]:
    """Each word before "von"/"vom"/"aus" with the word after it ("bürgermeister", "x" of
    "der Bürgermeister von X"): an office held in a place, if the first is an office."""
    for role, of, word in zip(folded, folded[1:], folded[2:], strict=False):
        if of in OFFICE_OF:
            yield role, word


def by_office(index: CorpusIndex, unit: int, office: str) -> bool:
    """Whether a line may be by the holder of the office (its stem: "burgermeist" is in the
    roles "Oberbürgermeisterin", "Bürgermeister"): its speaker holds it, is called by a word
    for any holder ("die Amtsinhaberin", "der Rathauschef") or by no role; a line of nobody
    known must stand in a paragraph naming the office. "Was sagt der Bürgermeister von X" is
    not answered by Trainer Y's words in a report from X."""
    speaker = index.columns.speaker[unit]
    if speaker == NO_ENTRY:
        return any(office in index.stem(w) for w in _paragraph_words(index, unit))
    roles = [w for role in index.people.entries[speaker].roles for w in words(role)]
    return not roles or any(office in index.stem(w) or w.startswith(HOLDER_STARTS) for w in roles)


def asks_taking_office(folded: list[str]) -> bool:
    """ "wann tritt X ihr Amt an", "wann ist der Amtsantritt": a question about taking office
    (not "wann trat X aus der Partei aus")."""
    office = not OFFICE_TAKEN.isdisjoint(folded) or any(
        w.startswith(("amtsantritt", "sworn", "inaugur")) for w in folded
    )
    return office and takes_office(folded)


def of_year_asked(index: CorpusIndex, unit: int, years: frozenset[str]) -> bool:
    """Whether a line may be about the year a question names: a year before its article's
    own is past, and a line about it names it in its paragraph ("Damals, 2019, lag die
    Beteiligung bei 49 Prozent"), so "wie hoch war die Wahlbeteiligung 2011" is not answered by
    this year's turnout nor by 2019's. The article's own year (or a later one) the line need not
    name: "wer hat 2026 gewonnen" is answered by "X gewann mit 51 Prozent"; nor may it name
    another."""
    published = index.articles[index.columns.article[unit]].published or ""
    named = {w for w in _paragraph_words(index, unit) if YEAR_RE.fullmatch(w)}
    own = published[:4]
    if any(not own.isdigit() or year >= own for year in years):
        return not named or not named.isdisjoint(years) or own in named
    return not named.isdisjoint(years)


def _first_named(index: CorpusIndex, unit: int, need: Needs) -> bool:
    """Whether the first person a line names, its subject in most news sentences, is the one
    asked ("Zeller tritt ihr Amt am 1. Juli an und folgt auf Weichel" says nothing of when
    Weichel took office); a line naming nobody ("Die neue Bürgermeisterin tritt ihr Amt am
    1. Mai an") may speak of them."""
    for token in words(index.columns.text(unit)):
        named = index.people.named_in([token])
        if named:
            return any(_same_person(index, p, need.person) for p in named)
    return True


def says_silent(index: CorpusIndex, unit: int) -> bool:
    """Whether a line says that somebody did not speak or comment ("hatte sich nicht
    geäußert", "wollte sich dazu nicht äußern", "gab keine Stellungnahme ab")."""
    tokens = words(index.columns.text(unit))
    return not SILENT_NOT.isdisjoint(tokens) and any(t.startswith(SILENT_STARTS) for t in tokens)


def names_somebody(index: CorpusIndex, unit: int, nouns: frozenset[str]) -> bool:
    """Whether a line names a person the articles know beside a word for whom the question
    asks ("Der Angeklagte, Bernd Beispiel, schwieg"; "Schulleiterin Dr. Anna Muster"), or
    anybody when it asks by no such word: "wie heißt der Angeklagte" is not answered by "Er
    bereue alles, heißt es in seiner Erklärung", which shares the verb and names
    nobody, nor by a line naming his lawyer."""
    tokens = words(index.columns.text(unit))
    people = index.people.by_word
    named = [
        i for i, w in enumerate(tokens) if w in people or (w.endswith("s") and w[:-1] in people)
    ]
    if not named or not nouns:
        return bool(named)
    stems = [index.stem(w) for w in tokens]
    near = [
        i
        for i, s in enumerate(stems)
        if any(n in s or s in n for n in nouns if len(s) >= THING_STEM)
    ]
    return any(abs(i - j) <= NAME_NEAR for i in named for j in near)


def sets_against(index: CorpusIndex, unit: int) -> bool:
    """Whether a line's paragraph sets somebody against somebody ("gewann gegen Y", "Y
    unterlag", "Ihr Herausforderer Y kam auf …", "treten gegeneinander an"): "gegen wen hat X
    gewonnen" is not answered by a line about X's first months in office. The paragraph, as
    for counts: the other side often stands in the sentence after the winner's."""
    for token in words(index.columns.block_text[index.columns.block[unit]]):
        if token.startswith(AGAINST_STARTS) or token in AGAINST:
            return True
        if index.stem(token) in lexicon.OPPONENT_STEMS:
            return True
    return False


def gives_reason(index: CorpusIndex, unit: int) -> bool:
    """Whether a line's paragraph gives a reason ("weil", "wegen", "aus Altersgründen",
    "because"): "warum hat X nicht mehr kandidiert" is not answered by "X, der nicht mehr
    kandidierte", which only repeats what the question takes as known."""
    block = index.columns.block[unit]
    reason = CUE_BITS[lexicon.REASON]
    if any(index.classes[u] & reason for u in index.block_units[block]):
        return True
    return any(REASON_PART in word for word in words(index.columns.block_text[block]))


def asks_why(index: CorpusIndex, unit: int) -> bool:
    """Whether a line reports somebody asking why ("Ein Anwohner wollte wissen, warum die
    Ampel fehlt", "she asked why the pool was shut"): it repeats the question rather than
    answering it. An interviewer's question ("Herr X, warum hat es so lange gedauert?") is
    followed by the answer, and stays."""
    text = index.columns.text(unit)
    return not text.rstrip().endswith("?") and ASKED_WHY_RE.search(text) is not None


def says_since(index: CorpusIndex, unit: int) -> bool:
    """Whether a line says since when something lasts: "seit 2020", "since 2010", "two years
    ago", or a year ("Ins Rathaus zog er 1984 ein"); "seit wann ist X in der SPD" is not
    answered by "X legt sein Amt zum 31. Januar nieder"."""
    tokens = words(index.columns.text(unit))
    return not SINCE_WORDS.isdisjoint(tokens) or any(YEAR_RE.fullmatch(t) for t in tokens)


def names_in_full(
    index: CorpusIndex, unit: int, names: frozenset[tuple[str, str]], figure: bool
) -> bool:
    """Whether a line names the person asked about by first name and surname (and gives a
    figure, for "wie alt ist …"): of "Ihr Mann Andreas Beispiel, Schreiner in Lam" the line
    "Wer ist die 41-Jährige" about his wife says nothing, nor does any line naming him without
    a number give his age."""
    tokens = words(index.columns.text(unit))
    if figure and not any(token.isdigit() for token in tokens):
        return False
    return any(pair in names for pair in pairwise(tokens))


def only_runoff(index: CorpusIndex, unit: int) -> bool:
    """Whether a sentence speaks of the runoff and not of the first round: "Wittkopf erhielt in
    der Stichwahl 9.417 Stimmen" is not her first round's count."""
    folded = words(index.columns.text(unit))
    return _names_runoff(folded) and not has_any_phrase(folded, FIRST_ROUND)


def of_runoff(index: CorpusIndex, unit: int) -> bool:
    """Whether a line is set in a runoff: its paragraph or the heading above it names one
    ("Stichwahl", "zweiter Wahlgang", "runoff"), or its article's title, lead or file name
    does (a runoff's report need not say it again in every line). "Kniephoff erreichte 31,8
    Prozent" in a town whose winner took the first round is no runoff's figure."""
    columns = index.columns
    block = columns.block[unit]
    article = columns.article[unit]
    first = bisect_left(columns.block_article, article)
    heading = columns.block_text[block - 1] if block > first else ""
    texts = (
        columns.block_text[block],
        heading if len(heading.split()) <= HEADING_WORDS else "",
        index.articles[article].title or "",
        *(columns.block_text[b] for b in _title_and_lead(index, article)),
        " ".join(LETTERS_RE.findall(fold(index.articles[article].id))),
    )
    return any(_names_runoff(words(text)) for text in texts)


def _names_runoff(tokens: list[str]) -> bool:
    return any(t.startswith(RUNOFF_WORDS) for t in tokens) or has_any_phrase(tokens, SECOND)


def counts_something(
    index: CorpusIndex, unit: int, asked: frozenset[str], exists: bool = False
) -> bool:
    """Whether a line's paragraph has a number that may count things: one not followed by a
    unit of another kind ("bis zu drei Kilometer", "ab dem 8. Januar", "gegen 10.40 Uhr",
    "die 16-jährige"); a share counts ("40 Prozent der Wähler"). `asked`: the question's
    words, whose units do count ("wie viele Jahre"). The paragraph, not the sentence: the
    count often stands in the sentence after the one that shares the question's words."""
    columns = index.columns
    tokens = words(columns.block_text[columns.block[unit]])
    units = tuple(u for u in OTHER_UNITS if not any(word.startswith(u) for word in asked))
    held = CHANGE_ASKED.isdisjoint(asked)  # "wie viele Sitze hat X verloren" asks the change
    for i, token in enumerate(tokens):
        if not (token.isdigit() or token in NUMBER_WORDS):
            continue
        if i > 0 and tokens[i - 1].isdigit() and token.isdigit():
            continue  # "10.40", "2.350": one number, judged by its first part
        if i > 0 and tokens[i - 1] in MONTHS:
            continue  # "am 5. April 2026": the year of a date
        if token in asked and YEAR_RE.fullmatch(token):
            continue  # "wie viele Stimmen hatte X 2019": the question's own year is a time
        after = _after_number(tokens, i)
        if after < len(tokens) and tokens[after].startswith(units):
            continue
        if held and CHANGED.intersection([*tokens[i - 1 : i], *tokens[after : after + 2]]):
            continue  # "Wir haben zwei Sitze verloren": seats lost, not the seats held
        if exists and i > 0 and tokens[i - 1] in CIRCUMSTANCE:
            continue  # "sie war in vier Apotheken": where she went, not how many there are
        return True
    return False


def _a_number(tokens: list[str]) -> bool:
    return bool(tokens) and (tokens[0].isdigit() or tokens[0] in NUMBER_WORDS)


def _after_number(tokens: list[str], i: int) -> int:
    """Where the word after the number at `i` stands: past its other parts ("10.40", "2.350")
    and past a range's later numbers ("von 8 bis 18 Uhr" is a time, not eight things)."""
    after = i + 1
    while after < len(tokens):
        if tokens[after].isdigit():
            after += 1
        elif tokens[after] in RANGE_WORDS and _a_number(tokens[after + 1 : after + 2]):
            after += 2
        else:
            break
    return after


def names_money(index: CorpusIndex, unit: int) -> bool:
    """Whether a line's paragraph names a sum of money: "how much will the cycle path cost" is
    not answered by "Dafür fallen 40 Parkplätze weg" nor by "zwei Spuren". The paragraph,
    as for counts: the sum often stands in the sentence after the one with the question's
    words ("Der Neubau ist beschlossen. Er soll 4,2 Millionen Euro kosten")."""
    text = index.columns.block_text[index.columns.block[unit]]
    tokens = words(text)
    if any(sign in text for sign in MONEY_SIGNS) or not MONEY_WORDS.isdisjoint(tokens):
        return True
    return _scaled_cost(tokens)


def _scaled_cost(tokens: list[str]) -> bool:
    """Whether folded words cost a number of millions with no currency after it ("Das Hallenbad
    kostet zehn Millionen", "kostete 4,2 Millionen"): a sum, as reports write it after the
    verb."""
    for i, token in enumerate(tokens):
        if token not in COSTED:
            continue
        after = tokens[i + 1 : i + 1 + COST_TO_SCALE]
        for j, word in enumerate(after[1:], start=1):
            if word in SUM_SCALES and (after[j - 1].isdigit() or after[j - 1] in NUMBER_WORDS):
                return True
    return False


def figure_of_thing(
    index: CorpusIndex, unit: int, thing: str, gives: Callable[[str, list[str]], bool]
) -> bool:
    """Whether a line's paragraph gives a figure (`gives`: a sum, a number) for the thing
    asked: a sentence with the figure that names the thing, or follows one that does ("Der
    Rat stimmte dem Kunstrasenplatz zu. Die Stadt trägt die Kosten von 900.000 Euro"), or an
    article whose title and lead name it (a report about the pool gives the pool's costs
    without naming it again). "Wie viel kostet der Eintritt im Freibad" is not answered by
    what the pool's renovation would cost, nor the bus service's cost by parking income, nor
    a department's members by the club's."""
    columns = index.columns
    block = columns.block[unit]
    before: list[str] = []
    figured = False
    for text in (s.text for s in split_sentences(columns.block_text[block])):
        tokens = words(text)
        if gives(text, tokens):
            figured = True
            if _names_thing(index, [*before, *tokens], thing):
                return True
        before = tokens
    opening = _title_and_lead(index, columns.article[unit])
    # the opening itself was read sentence by sentence: the rest of it is no title for it
    if not figured or block in opening:
        return False
    return _names_thing(index, words(" ".join(map(columns.block_text.__getitem__, opening))), thing)


def _title_and_lead(index: CorpusIndex, article: int) -> range:
    """An article's opening up to its title and the paragraph after it (its lead): a kicker
    ("Bürgermeisterwahl in Bretten"), the title, the lead; what the article is about. Blocks."""
    columns = index.columns
    first = bisect_left(columns.block_article, article)
    last = min(first + OPENING_BLOCKS, bisect_left(columns.block_article, article + 1))
    title = index.articles[article].title or ""
    at = next((b for b in range(first, last) if columns.block_text[b] == title), first)
    return range(first, min(at + 2, last))


def _gives_sum(text: str, tokens: list[str]) -> bool:
    """Whether a sentence gives a sum: a number before a currency ("2,50 Euro", "4,2
    Millionen Euro", "40 €"), or nothing to pay ("kostenlos"); "keinen Euro Schulden" gives
    none."""
    if SUM_SIGN_RE.search(text) or not NO_CHARGE.isdisjoint(tokens) or _scaled_cost(tokens):
        return True
    for i, token in enumerate(tokens):
        if token in MONEY_WORDS:
            j = i - 1
            while j >= 0 and tokens[j] in SUM_SCALES:
                j -= 1
            if j >= 0 and (tokens[j].isdigit() or tokens[j] in NUMBER_WORDS):
                return True
    return False


def _gives_number(text: str, tokens: list[str]) -> bool:
    """Whether a sentence gives a number that may count ("1400 Mitglieder", "zwölf Räte"),
    not one of another unit ("ihr 50-jähriges Bestehen", "am 3. Mai")."""
    for i, token in enumerate(tokens):
        if not (token.isdigit() or token in NUMBER_WORDS):
            continue
        if i > 0 and tokens[i - 1] in MONTHS:
            continue  # "am 5. April 2026": the year of a date
        after = _after_number(tokens, i)  # "2.350", "8 bis 18 Uhr": judged by the last part
        if after >= len(tokens) or not tokens[after].startswith(OTHER_UNITS):
            return True
    return False


def _names_thing(index: CorpusIndex, tokens: list[str], thing: str) -> bool:
    """Whether words name the thing (an index stem): the word itself, a compound with it
    ("Parkhaus" for "parken"), or the word a compound thing ends in, standing alone ("der
    Neubau" for "Klinikneubau"); not another compound with that end ("Fußballabteilung" is
    no "Tennisabteilung")."""
    heads = _heads(index, thing)
    return any(thing in t or index.stem(t) in heads for t in tokens)


def _heads(index: CorpusIndex, thing: str) -> set[str]:
    """The thing's stem and, for a compound of words the articles know, the word it ends in
    ("klinikneubau": "neubau"; "poland" is no "Po" and "Land"), of at least `THING_STEM`
    letters."""
    heads = {thing}
    for cut in range(COMPOUND_FRONT, len(thing) - THING_STEM + 1):
        front, tail = thing[:cut], thing[cut:]
        fronts = (front, front[:-1]) if front.endswith("s") else (front,)
        if tail in index.own and any(index.stem(f) in index.own for f in fronts):
            heads.add(tail)
    return heads


def gives_share(index: CorpusIndex, unit: int) -> bool:
    """Whether a line's paragraph gives a figure in per cent and speaks of turnout: "what was
    the turnout in X" is not answered by "Kandidatin Petra Sommer hat schon am Morgen
    gewählt", nor by "Gewonnen hat X mit 51,8 Prozent. Der neue Landrat bedankte sich bei
    seinen Wählern" (a winner's share). The paragraph, as for counts ("Gewählt haben in
    Nordheim 9.120 Menschen. Das sind 41,2 Prozent")."""
    block = index.columns.block[unit]
    text = index.columns.block_text[block]
    tokens = words(text)
    if not _speaks_of_turnout(index, block):
        return False
    if "%" in text or not PER_CENT.isdisjoint(tokens):
        return True
    return lexicon.states_share(tokens, [index.stem(t) for t in tokens])  # "zwei Drittel"


def _speaks_of_turnout(index: CorpusIndex, block: int) -> bool:
    """Whether a paragraph, the header of its table, or the title and lead of its article (one
    on turnout lists each district's figure on a line of its own: "Nordfeld: 23,4 Prozent"),
    names turnout or the electorate, or tells how many voted ("Zur Wahl gingen 7.912 der
    13.480 Wahlberechtigten"; `lexicon.tells_turnout`)."""
    columns = index.columns
    article = columns.block_article[block]
    table = [block]  # a table's row: the header above names its columns ("… | Beteiligung")
    while TABLE_CELLS in columns.block_text[table[-1]] and table[-1] > 0:
        if columns.block_article[table[-1] - 1] != article:
            break
        table.append(table[-1] - 1)
    for at in (*table, *_title_and_lead(index, article)):
        if not TURNOUT_WORDS.isdisjoint(index.stem(t) for t in words(columns.block_text[at])):
            return True
        for unit in index.block_units[at]:
            said = words(columns.text(unit))
            if lexicon.tells_turnout(said, [index.stem(t) for t in said]):
                return True
    return False


def names_earlier_holder(
    index: CorpusIndex,
    unit: int,
    besides: frozenset[int] = frozenset(),
    offices: frozenset[str] = frozenset(),
) -> bool:
    """Whether a line names somebody as the one who held the office before ("folgt auf Urs
    Kägi", "der scheidende Oberbürgermeister Werner Beispiel"); "Dennis X ist neuer
    Oberbürgermeister" or "the outgoing mayor congratulated X" names nobody as such, and a line
    naming only one of `besides` (asked who held it before them) not the one asked for. With
    `offices`, a mark naming another office ("die scheidende Bezirksbürgermeisterin Z" asked of
    the mayor's office) names nobody."""
    tokens = words(index.columns.text(unit))
    for i, token in enumerate(tokens):
        # "folgt auf X" (not "es folgt eine Debatte"); "succeeds X", "replaces X"
        follows = token in FOLLOWS and (tokens[i + 1 : i + 2] == ["auf"] or token[0] != "f")
        # "zum Nachfolger von X" (not "sein Nachfolger X", the later one); "Vor ihr hatte X
        # das Amt inne", "vor ihm war X Bürgermeister": the one before whoever was just named
        succeeded = tokens[i : i + 2] in SUCCEEDED_MARKS
        if not (token.startswith(EARLIER_MARKS) or follows or succeeded):
            continue
        marked = i + 2 if follows else i + 1  # the word after the mark ("folgt auf": two)
        office = office_stem(tokens[marked]) if marked < len(tokens) and offices else ""
        if office and not _same_office(office, offices):
            continue
        # ("Vor ihm hatte die Sozialdemokratin X": a verb and an article more before the name)
        after, span = (i + 2, NAME_AFTER_MARK + 2) if succeeded else (i + 1, NAME_AFTER_MARK)
        # ("Y folgt auf X", "Y wird Nachfolger von X": the name before is the later one)
        before = [] if follows or succeeded else tokens[max(0, i - NAME_BEFORE_MARK) : i]
        near = before + tokens[after : after + span]
        if index.people.named_in(near) - besides:
            return True
    return False


def of_place(index: CorpusIndex, unit: int, forms: frozenset[str]) -> bool:
    """Whether a line speaks of the place asked about: it names it, or its paragraph does before
    it ("In Nordheim war es so weit. Bürgermeister ist nun …"), or it stands under a heading
    naming it, or its whole article is about the place (title, source, dateline). A town's
    article that names one of its villages elsewhere does not give that village's turnout."""
    columns = index.columns
    if _names(index, columns.text(unit), forms):
        return True
    article = columns.article[unit]
    if (
        about_place(index, sorted(forms), article)
        and not _set_elsewhere(index, forms, article)
        and not in_another_villages_paragraph(index, unit, forms)
    ):
        return True
    block = columns.block[unit]
    paragraph = columns.block_text[block]
    if _names(index, paragraph[: columns.start[unit]], forms, setting=True):
        return True  # "In Nordheim war es so weit. Bürgermeister ist nun …"
    first = bisect_left(columns.block_article, article)  # blocks run in article order
    heading = columns.block_text[block - 1] if block > first else ""
    if len(heading.split()) <= HEADING_WORDS and _names(index, heading, forms):
        return True
    last = bisect_left(columns.block_article, article + 1)
    for opening in range(first, min(first + OPENING_BLOCKS, last)):
        places = dateline_places(columns.block_text[opening])
        if any(index.stem(fold(place)) in forms for place in places):
            return True
    return False


def _set_elsewhere(index: CorpusIndex, forms: frozenset[str], article: int) -> bool:
    """Whether an article's dateline puts it in another place than the one asked about, which
    neither its title nor its file name names: a local paper named after its town (the
    "Beispielstädter Kreiszeitung") reports from the villages around it, and a report headed
    "Nachbardorf. …" is no news of the paper's own town."""
    columns = index.columns
    first = bisect_left(columns.block_article, article)
    last = min(first + DATELINE_BLOCKS, bisect_left(columns.block_article, article + 1))
    datelines = [p for b in range(first, last) for p in dateline_places(columns.block_text[b])]
    if not datelines or any(index.stem(fold(place)) in forms for place in datelines):
        return False
    info = index.articles[article]
    own = LETTERS_RE.findall(fold(f"{info.title or ''} {info.id}"))
    return not any(word.startswith(tuple(forms)) for word in own)


def _names(index: CorpusIndex, text: str, forms: frozenset[str], setting: bool = False) -> bool:
    """Whether a text names the place; with `setting`, not only in somebody's role ("der
    Bürgermeister von Nordheim", "the mayor of Nordheim", "der Nordheimer Bürgermeister"): a
    sentence after one that gives a person so sets nothing in that place."""
    tokens = TOKEN_RE.findall(text)
    for i, token in enumerate(tokens):
        if index.stem(fold(token)) not in forms:
            continue
        if not setting:
            return True
        before = tokens[max(0, i - 2) : i]
        of_role = len(before) == 2 and before[1] in ROLE_OF and _a_role(before[0])
        if not (of_role or _a_role(tokens[i + 1] if i + 1 < len(tokens) else "")):
            return True
    return False


def _a_role(word: str) -> bool:
    """A German or English role noun: "Bürgermeisterin", "Landrat", "mayor"."""
    return is_role_noun(word) or word.lower() in ROLE_NOUNS or fold(word) in ROLE_WORDS


def others_words(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line is another person's words that do not name `person` (theirs, or the
    paper's "Y sagte, …" naming only others): "wann geht X in den Ruhestand" is not answered
    by Y's "Danach gehe es um den Haushalt"."""
    columns = index.columns
    folded = words(columns.text(unit))
    named = _named_here(index, folded, columns.article[unit])
    if person in named:
        return False
    speaker = columns.speaker[unit]
    if speaker != NO_ENTRY:
        return not _same_person(index, speaker, person)
    return bool(named) and not SPOKE_WORDS.isdisjoint(folded)


def speaks_of(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line is about the person a figure is asked of: they speak it, or its
    paragraph up to it names them ("X gewann. Die 49-Jährige kam auf 61.208 Stimmen"), or,
    naming nobody, it refers back ("er", "der 26-Jährige") to the nearest paragraph before
    that names anybody, and that one names them. "Wie viele Stimmen hatte X" is not answered
    by the winner's count, nor by the turnout in the paragraph after X's share."""
    columns = index.columns
    speaker = columns.speaker[unit]
    if speaker != NO_ENTRY and _same_person(index, speaker, person):
        return True
    block, article = columns.block[unit], columns.article[unit]
    named = _named_here(index, words(columns.block_text[block][: columns.end[unit]]), article)
    if not named and BOX_ROW_RE.match(columns.block_text[block]):
        return person in boxed(index, block)
    if named or not any(
        t in BACK_REFERENCES or t.startswith("jahrig") for t in words(columns.text(unit))
    ):
        return person in named
    return person in _named_before(index, block)


# A fact box's row: a label of a word or two, a colon, its value ("Alter: 44 Jahre", "Im Amt
# ab: 1. Mai").
BOX_ROW_RE = re.compile(r"[A-ZÄÖÜ][\w-]*(?: [\w-]+)?:\s")


def boxed(index: CorpusIndex, block: int) -> set[int]:
    """Whom a fact box's row (`BOX_ROW_RE`) that names nobody is about: the one person its
    article's title names ("Steckbrief: Dorothea X" above "Alter: 44 Jahre"); nobody under a
    title naming none or several, nor for a row naming somebody."""
    columns = index.columns
    row = columns.block_text[block]
    if not BOX_ROW_RE.match(row) or _named_here(index, words(row), columns.block_article[block]):
        return set()
    article = columns.block_article[block]
    first = bisect_left(columns.block_article, article)
    title = _named_here(index, words(columns.block_text[first]), article)
    if not title:  # "Steckbrief: Das ist die neue Bürgermeisterin" above "Name: Katrin X"
        title = _name_row(index, first, article)
    surnames = {fold(index.people.entries[p].name).split()[-1] for p in title}
    return title if len(surnames) == 1 else set()


NAME_ROW_RE = re.compile(r"Name:\s")  # a fact box's row that gives whom it is about


def _name_row(index: CorpusIndex, first: int, article: int) -> set[int]:
    """The people a fact box's "Name: …" row names, in the article whose blocks start at
    `first`; none without such a row."""
    columns = index.columns
    block = first
    while block < len(columns.block_article) and columns.block_article[block] == article:
        row = columns.block_text[block]
        if NAME_ROW_RE.match(row):
            return _named_here(index, words(row), article)
        block += 1
    return set()


def _named_before(index: CorpusIndex, block: int) -> set[int]:
    """The people named in the nearest paragraph before `block`, in its article, naming any."""
    columns = index.columns
    article = columns.block_article[block]
    first = bisect_left(columns.block_article, article)
    for before in range(block - 1, first - 1, -1):
        named = _named_here(index, words(columns.block_text[before]), article)
        if named:
            return set(named)
    return set()


def reason_of(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a reason given in a line is given for the person asked ("warum hat X
    verloren"): the line speaks of them (`speaks_of`), or its paragraph up to it names nobody
    but whoever says it (an observer) and follows one about them ("X verlor. Beobachter
    führen die Niederlage des Sozialdemokraten auf … zurück"), or it gives reasons for the
    result of X's race ("Als Gründe für das Ergebnis gelten …, die Y senken will") where X
    was named; not a reason in another candidate's paragraph of a roundup, nor the reason
    one rival lost ("Dass Y verlor, lag an …") for another."""
    if speaks_of(index, unit, person):
        return True
    columns = index.columns
    block = columns.block[unit]
    before = _named_before(index, block)
    announcer = announced_reasons(index, block)
    if announcer != NO_ENTRY:  # "Warum …, erklärt sein Wahlkampfleiter Y. … die X …": X's
        others = _named_here(index, words(columns.block_text[block]), columns.article[unit])
        return person in (others - {announcer} or before)
    text = words(columns.block_text[block][: columns.end[unit]])
    named = _named_here(index, text, columns.article[unit])
    if not named - {columns.speaker[unit]}:
        return person in before
    of_result = any(index.stem(w) in lexicon.RESULT_STEMS for w in words(columns.text(unit)))
    return of_result and (person in named or person in before)


def announced_reasons(index: CorpusIndex, block: int) -> int:
    """Who gives the reasons of a paragraph that opens by announcing them
    (`lexicon.announces_reasons`: "Warum es diesmal nicht gereicht hat, erklärt sein
    Wahlkampfleiter X." then "Der Streit um … habe …, sagt X."): the speaker of its first
    sentence; NO_ENTRY where it opens otherwise or nobody is said to give them ("Warum, weiß
    keiner")."""
    columns = index.columns
    if not lexicon.announces_reasons(columns.block_text[block]):
        return NO_ENTRY
    said = [u for u in index.block_units[block] if columns.speaker[u] != NO_ENTRY]
    return columns.speaker[min(said, key=lambda u: (columns.start[u], u))] if said else NO_ENTRY


def _named_here(index: CorpusIndex, folded: list[str], article: int) -> set[int]:
    """The people words of an article name: its relatives of another ("Seine Frau Anna X")
    only with their first name, since the surname alone is the other one's."""
    named = index.people.named_in(folded)
    for person in index.relatives.get(article, ()):
        if person in named and fold(index.people.entries[person].name).split()[0] not in folded:
            named.discard(person)
    return named


def other_sex_aged(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether every age a line gives is, by its article, that of a man where the person asked
    has a woman's first name, or the other way round: of "Der 52-Jährige steht neben der
    Bühne, seine Frau Anna hält seine Hand" the age is not Anna's; "die 41-Jährige" is no
    man's."""
    first = fold(index.people.entries[person].name).split()[0]
    female, male = first in FEMALE_NAMES, first in MALE_NAMES
    if female == male:
        return False  # no first name, or one both bear
    ages = _ages(words(index.columns.text(unit)))
    if not ages or any(age not in AGED_ARTICLES for age in ages):
        return False
    return all(AGED_ARTICLES[age] != female for age in ages)


def only_age_groups(index: CorpusIndex, unit: int) -> bool:
    """Whether every age a line gives is that of a group of voters ("bei den über
    70-Jährigen", "unter den 18- bis 24-Jährigen"): "wie alt ist X" is not answered by X's
    share among them."""
    ages = _ages(words(index.columns.text(unit)))
    return bool(ages) and all(before in AGE_GROUP_MARKS for before, _ in ages)


def _ages(tokens: list[str]) -> list[tuple[str, str]]:
    """The ages folded words give ("die 41-Jährige": 41 jahrige), each as the word before its
    number and its "jährig" word: ("die", "jahrige")."""
    return [
        (tokens[i - 2], token)
        for i, token in enumerate(tokens)
        if token.startswith("jahrig") and i >= 2 and tokens[i - 1].isdigit()
    ]


def _same_person(index: CorpusIndex, one: int, other: int) -> bool:
    """Whether two entries may be one person: the same entry, or the same surname where one
    of them has no first name ("Petra Sommer" and "Sommer", whom a quote named so); not
    "Jan X" and "Maria X"."""
    if one == other:
        return True
    a = fold(index.people.entries[one].name).split()
    b = fold(index.people.entries[other].name).split()
    return a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or a[0] == b[0])


def another_election(index: CorpusIndex, unit: int, body: str) -> bool:
    """Whether a line names an election of another body and none of the one asked: "X gewinnt
    die Landratswahl" does not say who won the Kreistagswahl, though both are the district's."""
    tokens = words(index.columns.text(unit))
    elections = [t for t in tokens if t.endswith(("wahl", "wahlen")) and t.startswith(BODIES)]
    return bool(elections) and not any(t.startswith(body) for t in tokens)


def names_body(
    index: CorpusIndex, unit: int, body: str, seen: dict[int, bool], english_word: str = ""
) -> bool:
    """Whether a line's article names the body or election asked (a start of folded words:
    "kreistag" in "Kreistagswahl", "Kreistages"), or the English word asked for it (an
    English article's "council"); `seen` keeps the answer per article."""
    columns = index.columns
    article = columns.article[unit]
    if article not in seen:
        first = bisect_left(columns.block_article, article)
        last = bisect_left(columns.block_article, article + 1)
        text = " ".join(columns.block_text[b] for b in range(first, last))
        seen[article] = any(w.startswith(body) or w == english_word for w in words(text))
    return seen[article]
