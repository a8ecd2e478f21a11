"""English questions over German articles: which questions are English, and their words in the
German the articles use.

A small bilingual word list of question words and election-night vocabulary (general, not any
article's): "who won the runoff" is read as "wer gewonnen stichwahl", and the bot answers in
English with the German quotations verbatim. Words are folded (`folding.fold`); a word the list
does not know is kept as typed (names, places and parties read the same in both languages).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.lexicon import word_pairs

# Words only English has (German has none of these spellings): enough to tell the language.
_ENGLISH_ONLY = frozenset(
    """
    the who whom whose what when why where which how many much did does do is are was were
    won win wins lost lose loses say said says tell told about of got get gets been has have
    had new mayor election elections runoff runoffs turnout votes vote wrote written write
    article articles newspaper paper published hello hi thanks thank you please round first
    seats council party old since percentage percent reported report district administrator
    administrator arrive arrived there their they he she his her with from for and now get
    after quote real ballots invalid money missing jobs plant factory coach game match team
    strike trial judge
    """.split()
)
_GERMAN_ONLY = frozenset(
    """
    wer wen wem wessen wann warum wieso weshalb wo wie welche welcher welches was hat haben
    ist sind war die der das den dem des und ein eine einen zum zur im vom gewonnen verloren
    sagt sagte gesagt wahl stichwahl hallo danke
    """.split()
)

# English words → the German words the articles would use (folded), one pair a line.
_TRANSLATION_LINES = """
what percentage = wie viel prozent
what share = wie viel prozent
share of the vote = prozent
by election = nachwahl
works council = betriebsrat
court = gericht
ruling = urteil
verdict = urteil
annul = ungultig
annulled = ungultig
overturned = ungultig
resign = zurucktreten
resigns = zurucktreten
resigned = zurucktreten
step down = zurucktreten
stepped down = zurucktreten
withdraw = zuruckgezogen
withdrew = zuruckgezogen
withdrawn = zuruckgezogen
candidacy = kandidatur
injured = verletzt
police = polizei
investigation = ermittlungsverfahren
fire = brand
caused = ursache
cause = ursache
died = gestorben
funeral = trauerfeier
successor = nachfolger
people = menschen
final = endgultig
preliminary = vorlaufig
valid = gultig
won = gewonnen
win = gewonnen
wins = gewonnen
winner = sieger
victory = sieg
lost = verloren
lose = verloren
loser = verlierer
defeat = niederlage
election = wahl
elections = wahl
runoff = stichwahl
runoffs = stichwahlen
turnout = wahlbeteiligung
result = ergebnis
results = ergebnis
mayor = burgermeister
lord mayor = oberburgermeister
district administrator = landrat
candidate = kandidat
challenger = herausforderer
incumbent = amtsinhaber
votes = stimmen
vote = stimmen
voters = wahler
percent = prozent
percentage = prozent
seats = sitze
council = rat
city council = stadtrat
party = partei
greens = grunen
green = grunen
state chairman = landesvorsitzende
state chair = landesvorsitzende
chairman = vorsitzende
chairwoman = vorsitzende
spokeswoman = sprecherin
spokesman = sprecher
premier = ministerprasident
first round = ersten wahlgang
second round = zweiten wahlgang
round = wahlgang
supported = unterstutzt
support = unterstutzt
backed = unterstutzt
reason = grund
reasons = grunde
arrive = ankommen
arrived = ankommen
office = amt
take office = amt antreten
takes office = amt antreten
governed = regiert
govern = regiert
governs = regiert
front = vorn
ahead = vorn
separated = trennen
city hall = rathaus
town hall = rathaus
plans = will
plan = will
first = erste
new = neue
city = stadt
district = kreis
county = kreis
town = stadt
elected = gewahlt
re elected = wiedergewahlt
reelected = wiedergewahlt
majority = mehrheit
second = zweiten
third = dritte
term = amtszeit
campaign = wahlkampf
recommendation = wahlempfehlung
endorsement = wahlempfehlung
endorsed = empfehlung
celebrated = feierte
celebrate = feierte
congratulated = gratulierte
congratulate = gratulierte
thanked = dankte
welcomed = begrusste
criticised = kritisiert
criticized = kritisiert
accuse = vorwerfen
accused = vorwerfen
blame = verantwortlich
blamed = verantwortlich
lead = vorsprung
margin = vorsprung
gap = vorsprung
behind = ruckstand
narrow = knapp
close = knapp
opposition = opposition
cooperation = zusammenarbeit
work together = zusammenarbeit
budget = haushalt
debt = schulden
debts = schulden
housing = wohnraum
affordable = bezahlbar
school = schule
hospital = krankenhaus
hospitals = krankenhauser
clinic = klinik
swimming pool = hallenbad
cycle paths = radwege
bike lanes = radwege
public transport = opnv
city centre = innenstadt
city center = innenstadt
young = jung
youngest = jungste
woman = frau
evening = abend
night = abend
sunday = sonntag
years = jahre
weeks = wochen
days = tage
hundred = hundert
leader = vorsitzende
parliamentary group = fraktion
group leader = fraktionsvorsitzende
member of parliament = abgeordneter
state parliament = landtag
voter = wahler
polls = wahl
mayoral = burgermeister
outgoing = scheidende
former = bisherige
previous = bisherige
before = vorher
first woman = erste frau
district mayor = bezirksburgermeister
ballot = stimmzettel
ballots = stimmzettel
ballot papers = stimmzettel
invalid = ungultig
spoiled = ungultig
mail = briefwahl
postal vote = briefwahl
postal votes = wahlbriefe
postal voting = briefwahl
recount = nachzahlung
count = auszahlung
counted = ausgezahlt
polling station = wahllokal
polling stations = wahllokale
quote = zitat
quotes = zitat
fake = falsch
false = falsch
real = echt
genuine = echt
true = wahr
speech = rede
born = geboren
age = alter
wife = frau
husband = mann
money = geld
missing = fehlen
lacks = fehlen
deficit = defizit
fees = gebuhren
candidates = kandidaten
opponent = gegner
rival = gegner
announced = angekundigt
promised = versprochen
promise = versprechen
wants = will
want = will
political scientist = politikwissenschaftler
political scientists = politikwissenschaftler
expert = experte
supporters = anhanger
party members = parteimitglieder
members = mitglieder
moderated = moderiert
moderator = moderator
host = moderator
debate = debatte
radio = radio
posted = schrieb
wrote on = schrieb auf
tweeted = schrieb
challenge = anfechten
contest = anfechten
appeal = anfechten
jobs = stellen
job = stelle
job cuts = stellenabbau
employees = beschaftigte
workers = beschaftigte
staff = beschaftigte
plant = werk
factory = werk
company = unternehmen
firm = unternehmen
closure = schliessung
shut down = schliessen
close down = schliessen
closing = schliessen
strike = streik
strikes = streik
union = gewerkschaft
wages = lohn
coach = trainer
game = spiel
match = spiel
team = mannschaft
captain = kapitan
goal = tor
goals = tore
player = spieler
players = spieler
season = saison
league = liga
judge = richter
sentenced = verurteilt
prison = haft
fraud = betrug
defendant = angeklagte
prosecutor = staatsanwalt
lawyer = anwalt
trial = prozess
flood = hochwasser
storm = sturm
firefighters = feuerwehr
fire brigade = feuerwehr
damage = schaden
nurses = pflegekrafte
doctors = arzte
patients = patienten
taxes = steuern
cost = kosten
costs = kosten
savings = einsparungen
district council = kreistag
county council = kreistag
meet = sitzung
meets = sitzung
meeting = sitzung
session = sitzung
became = gewahlt
become = gewahlt
chair = vorsitzende
chairs = vorsitzende
chaired = vorsitzende
case = verfahren
sentence = urteil
prison sentence = haft
investors = anleger
investor = anleger
defrauded = betrogen
cheated = betrogen
last word = letzten wort
apologised = entschuldigt
apologized = entschuldigt
cut = gestrichen
cuts = kurzungen
demand = fordert
demands = fordert
pool = bad
pools = bader
swimming pools = bader
free kick = freistoss
penalty = elfmeter
referee = schiedsrichter
scored = tor
score = ergebnis
equaliser = ausgleich
equalizer = ausgleich
negotiations = verhandlungen
talks = gesprache
"""
_TRANSLATIONS: dict[tuple[str, ...], tuple[str, ...]] = dict(word_pairs(_TRANSLATION_LINES))
_LONGEST = max(len(key) for key in _TRANSLATIONS)


def _lean(folded: Sequence[str]) -> int:
    """Words only English has minus words only German has."""
    return sum(word in _ENGLISH_ONLY for word in folded) - sum(
        word in _GERMAN_ONLY for word in folded
    )


def is_english(folded: Sequence[str]) -> bool:
    """Whether a question is English: more words only English has than words only German has."""
    return _lean(folded) > 0


def is_german(folded: Sequence[str]) -> bool:
    """Whether a question is German: more words only German has than words only English has."""
    return _lean(folded) < 0


def to_german(folded: Sequence[str]) -> list[str]:
    """The question's words with English vocabulary replaced by the German the articles use
    (question words stay: `lexicon.QUESTION_WORDS` knows both languages)."""
    return [german for german, _ in translated(folded)]


def translated(folded: Sequence[str]) -> list[tuple[str, str | None]]:
    """`to_german`'s words, each with the English word it stands for (None: kept as typed):
    an English report has the English word itself. A phrase's last German word stands for its
    last English word, which an English phrase turns on ("political scientist", "take
    office")."""
    result: list[tuple[str, str | None]] = []
    i = 0
    while i < len(folded):
        for size in range(_LONGEST, 0, -1):
            key = tuple(folded[i : i + size])
            if len(key) == size and key in _TRANSLATIONS:
                *first, last = _TRANSLATIONS[key]
                result.extend((german, None) for german in first)
                result.append((last, key[-1]))
                i += size
                break
        else:
            result.append((folded[i], None))
            i += 1
    return result
