"""Turn the seed article into N distinct, realistic election-night articles (benchmarks, tests).

Article 0 is the seed itself, unchanged, with its sidecar. Article i > 0 is a variant of the
seed's text and depends only on (seed number, i), so the first 100 articles of a 1,000-article
corpus are the 100-article corpus. A variant has other people (same gender and role), parties,
numbers, city, state, publisher and byline; reworded sentences and quotes; its sections reordered
or dropped; extra facts; different site furniture and reader comments. The shapes the reader relies
on stay: byline first, lead, short headings (some `Name: „quote“`), quotes in „…“ with cue verbs,
embed line, editor's note, related links and a `Reaktionen` section.

The state's Ministerpräsident is the same person in every article of that state (as on a real
election night), so some names recur across thousands of articles; surnames come in near-duplicate
clusters (Meier/Meyer/Maier, Kremer/Cramer) so fuzzy name lookup has real competition. No variant
reuses the seed's surnames or city, so a question about the seed has one right source.

    python -m benchmarks.generate_corpus OUT_DIR -n 1000 [--seed 0] [--no-original]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.corpus.model import BYLINE, COMMENTS_HEADING, HEADING, LEAD, PARAGRAPH
from bot.corpus.reading import split_blocks

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"
PUBLISHED = "2025-09-29"

# --- the seed's cast: who stands where in the text ----------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One person of the seed: the spellings the text uses, gender, and party slot."""

    role: str
    spellings: tuple[str, ...]  # full names as the seed writes them (the first is canonical)
    gender: str  # "m" or "f": pronouns and role nouns in the text depend on it
    party: str | None  # "W" (winner's party), "L" (loser's), "G", "K" (third parties), or fixed


SLOTS = (
    Slot("ministerpraesident", ("Hendrik Wüst", "Henrik Wüst"), "m", "W"),
    Slot("winner", ("Alexander Kalouti",), "m", "W"),
    Slot("ally", ("Martin Cremer",), "m", "parteilos"),
    Slot("winner_party_chair", ("Sascha Mader",), "m", "W"),
    Slot("winner_group_leader", ("Jendrik Suck",), "m", "W"),
    Slot("loser", ("Thomas Westphal",), "m", "L"),
    Slot("loser_party_chair", ("Jens Peick",), "m", "L"),
    Slot("third_party_speaker", ("Hannah Rosenbaum",), "f", "G"),
    Slot("third_party_candidate", ("Katrin Lögering",), "f", "G"),
    Slot("fourth_party_candidate", ("Fatma Karacakurtoglu",), "f", "K"),
    Slot("commenter", ("Ulrich Sander",), "m", None),
)
SEED_CITY = "Dortmund"
SEED_PUBLISHER = "Nordstadtblogger"
SEED_DISTRICT = "Nordstadt"


@dataclass(frozen=True)
class Party:
    """A party and the forms the seed's sentences need of it."""

    short: str  # "CDU"
    member: str  # "Christdemokrat" (ein …)
    member_acc: str  # "Christdemokraten" (einen …)
    members: str  # "Christdemokrat:innen"
    heartland: str  # "der Christdemokratie" (die Herzkammer …)
    comrades: str  # "Parteifreund:innen"


PARTIES = {
    "CDU": Party(
        "CDU",
        "Christdemokrat",
        "Christdemokraten",
        "Christdemokrat:innen",
        "der Christdemokratie",
        "Parteifreund:innen",
    ),
    "SPD": Party(
        "SPD",
        "Sozialdemokrat",
        "Sozialdemokraten",
        "Sozialdemokrat:innen",
        "der Sozialdemokratie",
        "Genoss:innen",
    ),
    "FDP": Party(
        "FDP", "Liberaler", "Liberalen", "Liberalen", "der Liberalen", "Parteifreund:innen"
    ),
}
# (winner, loser) pairs and their weights: mostly CDU against SPD, as in NRW's runoffs.
PARTY_PAIRS = (
    (("CDU", "SPD"), 45),
    (("SPD", "CDU"), 35),
    (("SPD", "FDP"), 8),
    (("FDP", "CDU"), 6),
    (("CDU", "FDP"), 6),
)
THIRD_PARTIES = ("Grünen", "Linken")  # plural forms; the seed's sentences fit both


@dataclass(frozen=True)
class State:
    name: str
    ministerpraesident: str  # the phrase before the name: "NRW-Ministerpräsident"
    party: str  # the Ministerpräsident's party; only a winner of it gets a visit


STATES = (
    State("NRW", "NRW-Ministerpräsident", "CDU"),
    State("Niedersachsen", "Niedersachsens Ministerpräsident", "SPD"),
    State("Hessen", "Hessens Ministerpräsident", "CDU"),
)


@dataclass(frozen=True)
class City:
    name: str
    adjective: str  # "Dortmunder"
    genitive: str  # "Dortmunds"
    state: str


def _city(name: str, state: str = "NRW", adjective: str = "", genitive: str = "") -> City:
    return City(name, adjective or name + "er", genitive or name + "s", state)


CITIES = (
    _city("Bochum"),
    _city("Essen"),
    _city("Duisburg"),
    _city("Gelsenkirchen"),
    _city("Bielefeld"),
    _city("Münster", adjective="Münsteraner"),
    _city("Köln", adjective="Kölner"),
    _city("Düsseldorf"),
    _city("Bonn"),
    _city("Aachen", adjective="Aachener"),
    _city("Hagen", adjective="Hagener"),
    _city("Hamm"),
    _city("Herne", adjective="Herner"),
    _city("Oberhausen", adjective="Oberhausener"),
    _city("Mülheim", adjective="Mülheimer"),
    _city("Krefeld"),
    _city("Mönchengladbach"),
    _city("Wuppertal"),
    _city("Solingen", adjective="Solinger"),
    _city("Remscheid"),
    _city("Leverkusen", adjective="Leverkusener"),
    _city("Bottrop"),
    _city("Recklinghausen", adjective="Recklinghäuser"),
    _city("Paderborn"),
    _city("Siegen", adjective="Siegener"),
    _city("Gütersloh"),
    _city("Iserlohn"),
    _city("Witten"),
    _city("Unna", adjective="Unnaer"),
    _city("Lünen", adjective="Lüner"),
    _city("Castrop-Rauxel"),
    _city("Marl"),
    _city("Dorsten"),
    _city("Ratingen", adjective="Ratinger"),
    _city("Velbert"),
    _city("Minden", adjective="Mindener"),
    _city("Detmold"),
    _city("Lippstadt"),
    _city("Arnsberg"),
    _city("Gladbeck"),
    _city("Bocholt"),
    _city("Dinslaken", adjective="Dinslakener"),
    _city("Herten", adjective="Hertener"),
    _city("Düren", adjective="Dürener"),
    _city("Viersen", adjective="Viersener"),
    _city("Hattingen", adjective="Hattinger"),
    _city("Bergkamen", adjective="Bergkamener"),
    _city("Hannover", "Niedersachsen", adjective="Hannoveraner"),
    _city("Braunschweig", "Niedersachsen"),
    _city("Osnabrück", "Niedersachsen"),
    _city("Oldenburg", "Niedersachsen"),
    _city("Göttingen", "Niedersachsen", adjective="Göttinger"),
    _city("Wolfsburg", "Niedersachsen"),
    _city("Salzgitter", "Niedersachsen", adjective="Salzgitteraner"),
    _city("Frankfurt", "Hessen"),
    _city("Kassel", "Hessen", adjective="Kasseler"),
    _city("Darmstadt", "Hessen"),
    _city("Wiesbaden", "Hessen", adjective="Wiesbadener"),
    _city("Offenbach", "Hessen"),
    _city("Gießen", "Hessen", adjective="Gießener"),
    _city("Marburg", "Hessen"),
    _city("Fulda", "Hessen", adjective="Fuldaer"),
)
DISTRICTS = (
    "Nordstadt",
    "Südstadt",
    "Innenstadt",
    "Altstadt",
    "Weststadt",
    "Oststadt",
    "Neustadt",
    "Gartenstadt",
)
PUBLISHER_SUFFIXES = ("blogger", "reporter")

MALE_FIRST = (
    "Andreas Bernd Christian Daniel Dirk Florian Frank Georg Hans Heiko Jan Jörg Jürgen Kai "
    "Karsten Klaus Lars Marc Markus Matthias Michael Niklas Oliver Patrick Peter Ralf Sebastian "
    "Stefan Sven Tobias Torsten Uwe Volker Wolfgang Mehmet Ali Emre Murat Tim Felix Jonas Moritz "
    "Philipp Dennis Holger Ingo Jens Thomas Martin Alexander Hendrik Björn Carsten Detlef Lukas"
).split()
FEMALE_FIRST = (
    "Anna Andrea Anja Birgit Christina Claudia Daniela Eva Franziska Gabriele Heike Ines Jana "
    "Julia Karin Katharina Kerstin Laura Lena Lisa Maria Martina Melanie Nadine Nicole Petra "
    "Sabine Sandra Sarah Silke Simone Sonja Stefanie Susanne Tanja Ulrike Ursula Verena Ayşe "
    "Elif Zeynep Derya Miriam Johanna Carolin Britta Annika Jessica Svenja Larissa Hannah Katrin"
).split()
# Near-duplicate clusters on purpose: a fuzzy lookup must prefer the exact spelling.
SURNAMES = (
    "Müller Möller Schmidt Schmitt Schmid Schneider Fischer Fischler Weber Wever Meyer Meier "
    "Maier Mayer Wagner Wegner Becker Bäcker Schulz Schultz Schulze Hoffmann Hofmann Schäfer "
    "Schaefer Koch Bauer Richter Klein Wolf Wolff Schröder Schröter Neumann Schwarz Zimmermann "
    "Braun Krüger Krieger Hartmann Lange Lang Schmitz Krause Werner Lehmann Köhler Kohler "
    "Herrmann König Walter Walther Huber Kaiser Fuchs Peters Petersen Scholz Scholl Weiß Weiss "
    "Jung Hahn Schubert Vogel Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann "
    "Franke Albrecht Schuster Ludwig Böhm Winter Kraus Schumacher Krämer Kremer Cramer Vogt "
    "Stein Jäger Sommer Groß Seidel Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn "
    "Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Pfeiffer Westfahl Westphalen "
    "Westermann Wüstefeld Wüstner Rosenberg Rosenthal Rosenbusch Löhring Lüdering Peik Kaloudis "
    "Marder Suckow Zuck Sandner Yılmaz Yildiz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan "
    "Kowalski Nowak Wiśniewski Kaminski Lewandowski Rossi Russo Esposito Ferrari Papadopoulos "
    "Georgiou Ivanov Petrović Jovanović Haddad Nasser Brinkmann Terhorst Overbeck Hülsmann "
    "Niehaus Uhlenbrock Kötter Tenbusch Bödeker Holtkamp Brockmann Schürmann Dreier Wessel "
    "Rademacher Kortmann Lütke Heitkamp Surmann Nölle Hegemann Wittkamp Budde Fehling"
).split()
SEED_SURNAMES = frozenset(
    {s.spellings[0].split()[-1] for s in SLOTS}
    | {"Wüst", "Pazzini", "Wieschermann", "Völkel", "Latos", "Sakrzewa"}
)
assert not SEED_SURNAMES & set(SURNAMES), "variants must not reuse the seed's people"

# --- rewordings: seed text → alternatives (written about the seed; names are mapped after) -----


@dataclass(frozen=True)
class Rewording:
    """Passages of the seed that change together; option 0 (the seed's own words) is implicit."""

    originals: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]


def _one(original: str, *alternatives: str) -> Rewording:
    return Rewording((original,), tuple((a,) for a in alternatives))


REWORDINGS = (
    _one(
        "Am Sonntag ereignete sich Historisches – so war es vielfach im Dortmunder Rathaus zu "
        "hören.",
        "Am Sonntagabend wurde Geschichte geschrieben – darin waren sich im Dortmunder Rathaus "
        "viele einig.",
        "Es war ein historischer Abend, hieß es am Sonntag immer wieder im Dortmunder Rathaus.",
        "Ein Wahlabend, über den man noch lange sprechen wird: So klang es am Sonntag im "
        "Dortmunder Rathaus.",
    ),
    _one(
        "Die CDU konnte ihre Freude kaum in Worte fassen, die Sozialdemokrat:innen wirkten wie "
        "erstarrt und konnten nicht glauben, dass die einstige Herzkammer der Sozialdemokratie "
        "bald nicht mehr von einem SPD-Oberbürgermeister regiert wird.",
        "Bei der CDU brach Jubel aus, die Sozialdemokrat:innen standen fassungslos vor den "
        "Bildschirmen: Die einstige Herzkammer der Sozialdemokratie wird bald nicht mehr von "
        "einem SPD-Oberbürgermeister regiert.",
        "Während die CDU feierte, herrschte bei den Sozialdemokrat:innen Stille. Dass die "
        "einstige Herzkammer der Sozialdemokratie bald nicht mehr von einem "
        "SPD-Oberbürgermeister regiert wird, mochte dort kaum jemand glauben.",
    ),
    _one(
        "Wir haben uns bei anderen Akteur:innen umgehört, was sie zu den Ergebnissen sagen.",
        "Wir haben Stimmen aus den Parteien zum Ergebnis gesammelt.",
        "Was die anderen Parteien zum Ausgang der Wahl sagen, haben wir zusammengetragen.",
    ),
    Rewording(
        (
            "Henrik Wüst: „Ein Sieg des Herzens und der Gemeinsamkeit gegen die Spaltung“",
            "Dieser Sieg sei ein „Sieg des Herzens und ein Sieg der Gemeinsamkeit gegen die "
            "Spaltung“, stellt er klar.",
        ),
        (
            (
                "Henrik Wüst: „Ein Signal weit über Dortmund hinaus“",
                "Das Ergebnis sei ein „Signal weit über Dortmund hinaus“, sagte er.",
            ),
            (
                "Henrik Wüst: „Ein Sieg für die ganze Stadt“",
                "Es sei „ein Sieg für die ganze Stadt und nicht nur für eine Partei“, betonte er.",
            ),
        ),
    ),
    _one(
        "Einer ließ es sich nicht nehmen, im Dortmunder Rathaus vorbeizuschauen:",
        "Hoher Besuch im Dortmunder Rathaus:",
        "Auch aus der Landespolitik kam Besuch ins Dortmunder Rathaus:",
    ),
    _one(
        "traf gegen 21 Uhr ein und beglückwünschte die Dortmunder CDU zu ihrem Sieg.",
        "kam gegen 21 Uhr ins Rathaus und gratulierte der Dortmunder CDU zu ihrem Sieg.",
        "erschien gegen 21 Uhr und feierte mit der Dortmunder CDU.",
    ),
    _one(
        "„Euer Wahlsieg ist das Wunder von Dortmund“, rief Wüst den CDU-Parteimitgliedern "
        "während seiner Ansprache zu.",
        "„Dieser Abend gehört euch“, rief Wüst den CDU-Parteimitgliedern während seiner "
        "Ansprache zu.",
        "„Was ihr hier geschafft habt, ist das Wunder von Dortmund“, sagte Wüst vor den "
        "CDU-Parteimitgliedern.",
    ),
    _one(
        "„Heute ist es wahr geworden! Nach 80 Jahren hat diese Stadt einen neuen "
        "Oberbürgermeister. Einen Christdemokraten. Alexander Kalouti“, so Wüst.",
        "„Nach 80 Jahren hat diese Stadt einen neuen Oberbürgermeister – einen "
        "Christdemokraten: Alexander Kalouti“, sagte Wüst.",
        "„Wir haben es geschafft! Zum ersten Mal seit 80 Jahren wird ein Christdemokrat "
        "Oberbürgermeister dieser Stadt“, so Wüst.",
    ),
    _one(
        "„Ganz Deutschland guckt in diesen Stunden nach Dortmund.“",
        "„Heute schaut das ganze Land auf Dortmund.“",
        "„Das ganze Land blickt heute Abend nach Dortmund.“",
    ),
    _one(
        "Übertrieben hatte er damit nicht: Selbst das „ZDF Heute Journal“ hatte Dortmund als "
        "erste Meldung.",
        "Tatsächlich: Selbst das „ZDF Heute Journal“ machte mit Dortmund auf.",
        "Übertrieben war das nicht: Das „ZDF Heute Journal“ meldete das Ergebnis als Erstes.",
    ),
    _one(
        "Der Landesvorsitzende der CDU wies aber auch darauf hin, dass die Partei, 22 von 33 "
        "Stichwahlen gewonnen hat und damit ihre Dominanz als „Kommunalpartei Nummer Eins“ unter "
        "Beweis gestellt habe.",
        "Landesweit habe die CDU 22 von 33 Stichwahlen gewonnen, betonte der Landesvorsitzende. "
        "Die Partei sei damit die „Kommunalpartei Nummer Eins“.",
        "Der Landesvorsitzende der CDU verwies zudem auf die Bilanz des Abends: 22 von 33 "
        "Stichwahlen habe die Partei gewonnen.",
    ),
    _one(
        "Die Dortmunder CDU kann ihr Glück kaum fassen",
        "Großer Jubel bei der Dortmunder CDU",
        "Die Dortmunder CDU feiert ihren Kandidaten",
    ),
    _one(
        "Alexander Kalouti wirkte über lange Strecken während der Auszählung sehr angespannt.",
        "Alexander Kalouti verfolgte die Auszählung lange mit ernster Miene.",
        "Lange wirkte Alexander Kalouti während der Auszählung nervös.",
    ),
    _one(
        "Als sich sein Vorsprung immer weiter ausbaute, konnte er seine Freude nicht zurückhalten.",
        "Erst als sein Vorsprung wuchs, löste sich die Anspannung.",
        "Mit jedem ausgezählten Bezirk wuchs sein Vorsprung – und seine Freude.",
    ),
    _one(
        "Er empfinde eine große Freude, erklärte er, und bedankte sich bei seinem Team.",
        "Er sei dankbar und glücklich, sagte er, und dankte seinem Team und seiner Familie.",
        "Er sei überwältigt, erklärte er, und bedankte sich bei allen Wahlkämpfer:innen.",
    ),
    _one(
        "„Das bürgerliche Lager hat hier wieder zusammengefunden“, konstatierte Kalouti.",
        "„Wir haben gezeigt, was gemeinsam möglich ist“, sagte Kalouti.",
        "„Dieser Sieg gehört allen, die mit uns gelaufen sind“, betonte Kalouti.",
    ),
    Rewording(
        (
            "Welche Projekte er nun angehen wolle? „Wir müssen die Themen Sauberkeit, Sicherheit "
            "und Ordnung in den Blick nehmen und handeln.“",
            "Ferner ginge es darum, Dortmunds Wirtschaft zu stärken und Wohnraum für die "
            "wachsende Stadt zu schaffen.",
        ),
        (
            (
                "Was er sich als Erstes vornimmt? „Wir werden uns zuerst um Schulen, Kitas und "
                "den Nahverkehr kümmern.“",
                "Außerdem wolle er Dortmunds Innenstadt beleben und mehr Wohnungen bauen lassen.",
            ),
            (
                "Seine ersten Vorhaben? „Die Verwaltung muss schneller und bürgernäher werden.“",
                "Dazu komme die Sanierung der Schulen und Brücken, sagte er.",
            ),
        ),
    ),
    _one(
        "Inwiefern er einen OB Kalouti unterstützen wird? „Ich stehe mit meiner Expertise "
        "bereit und helfe dem Oberbürgermeister, sofern er mich braucht.“",
        "Ob er im Rathaus mitarbeiten wird? „Wenn er mich fragt, bin ich da.“",
        "Wie es für ihn weitergeht? „Ich werde den neuen Oberbürgermeister nach Kräften "
        "unterstützen.“",
    ),
    Rewording(
        (
            "Mader kündigt Kurswechsel über Bier, Kohle und Stahl hinaus an",
            "Die Zeiten der Folklore, in der immer wieder Bier, Kohle und Stahl in den "
            "Mittelpunkt gestellt worden sei, seien vorbei.",
        ),
        (
            (
                "Mader verspricht einen neuen Kurs für die Stadt",
                "Die Stadt brauche jetzt einen Aufbruch statt Nostalgie.",
            ),
            (
                "Mader: Schluss mit der Folklore",
                "Es reiche nicht mehr, die alten Zeiten zu beschwören.",
            ),
        ),
    ),
    _one(
        "ist sichtlich zufrieden mit dem Wahlergebnis",
        "zeigte sich hochzufrieden mit dem Ergebnis",
        "ist mit dem Ergebnis mehr als zufrieden",
    ),
    _one(
        "Emotional zeigte sich Thomas Westphal, der Verlierer des Abends, als er vor seine "
        "Genoss:innen trat:",
        "Sichtlich bewegt trat Thomas Westphal, der Verlierer des Abends, vor seine Genoss:innen:",
        "Thomas Westphal, der unterlegene Amtsinhaber, rang um Fassung, als er vor seine "
        "Genoss:innen trat:",
    ),
    Rewording(
        (
            "Thomas Westphal: „Das hier ist nicht das Ende von Irgendwas“",
            "„Das hier ist nicht das Ende von Irgendwas“, beschwor er den Willen, dass seine "
            "Partei auch künftig Dinge bewegen solle, könne und müsse.",
        ),
        (
            (
                "Thomas Westphal: „Wir kommen wieder“",
                "„Wir kommen wieder, darauf könnt ihr euch verlassen“, versprach er. Seine "
                "Partei werde auch künftig Dinge bewegen.",
            ),
            (
                "Thomas Westphal: „Wir geben diese Stadt nicht auf“",
                "„Wir geben diese Stadt nicht auf“, rief er den Anwesenden zu.",
            ),
        ),
    ),
    _one(
        "„Wir hatten die Ideen, wir hatten die Pläne, wir hatten die Inhalte“, betonte Westphal.",
        "„Wir haben einen guten Wahlkampf gemacht“, betonte Westphal.",
        "„An unseren Inhalten hat es nicht gelegen“, sagte Westphal.",
    ),
    _one(
        "Die SPD will jetzt erst mal das Kommunalwahl-Ergebnis analysieren",
        "Die SPD sucht nach den Gründen",
        "Ursachenforschung bei der SPD",
    ),
    _one(
        "„Die niedrige Wahlbeteiligung ist ein Grund“",
        "„Wir haben unsere Leute nicht an die Urnen gebracht“",
        "„Die niedrige Wahlbeteiligung hat uns geschadet“",
    ),
    _one(
        "Die Grünen stellen Anforderungen an den neuen OB",
        "Die Grünen wollen mitreden",
        "Forderungen der Grünen an den Wahlsieger",
    ),
    _one(
        "„Dazu zählt eine gute Infrastruktur für Schüler:innen mit kostenlosen "
        "Deutschlandticket. Auch bezahlbarer Wohnraum steht ganz oben auf der Liste“",
        "„Klimaschutz und bezahlbarer Wohnraum stehen für uns ganz oben auf der Liste“",
        "„Wir erwarten ein kostenloses Deutschlandticket für alle Schüler:innen“",
    ),
    _one(
        "„Es werden interessante fünf Jahre, kann ich da nur sagen.“",
        "„Wir werden genau hinschauen.“",
        "„Das wird eine spannende Amtszeit.“",
    ),
)

# Facts a variant may add (about the seed's people; names are mapped afterwards).
EXTRA_FACTS = (
    "Nach dem vorläufigen Endergebnis kam Alexander Kalouti auf {share_w} Prozent der Stimmen, "
    "Thomas Westphal auf {share_l} Prozent.",
    "Die Wahlbeteiligung lag bei {turnout} Prozent und damit {trend} als im ersten Wahlgang.",
    "Um {hour}.{minute:02d} Uhr war der letzte von {districts} Stimmbezirken ausgezählt.",
    "Im ersten Wahlgang hatte Thomas Westphal noch knapp vorn gelegen.",
)
# Reader comments a variant may carry (the text only; the author line is generated).
COMMENTS = (
    (
        "Glückwunsch an Alexander Kalouti! Jetzt muss er zeigen, dass er es besser kann als "
        "sein Vorgänger.",
    ),
    (
        "Die niedrige Wahlbeteiligung ist das eigentliche Problem. Wenn nicht einmal jede:r "
        "Dritte wählen geht, sollten sich alle Parteien Gedanken machen.",
    ),
    (
        "Schade um Thomas Westphal. Er hat viel für die Stadt getan, auch wenn das im "
        "Wahlkampf kaum jemand gesehen hat.",
    ),
    (
        "Ich hoffe, dass der neue OB die Nordstadt nicht vergisst.",
        "Hier wohnen auch Menschen, die jeden Tag um ihre Miete kämpfen.",
    ),
)
COMMENTER_AFFILIATIONS = ("", "", "", ", Anwohner", ", Bürgerinitiative Nordstadt", ", Leserin")
MEDIA = ("ZDF Heute Journal", "ZDF-Morgenmagazin", "ARD-Nachtmagazin", "ZDF-Mittagsmagazin")
NUMBER_WORDS = ("zwei", "drei", "vier")
DAYS_PHRASES = ("hundert Tage", "100 Tage", "200 Tage", "ersten Wochen")


# --- the generated article ----------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Who an article names, as the generator cast them (ground truth for queries)."""

    name: str
    gender: str
    party: str | None
    role: str

    @property
    def last(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class GeneratedArticle:
    stem: str  # file name without ".txt"
    text: str
    sidecar: str  # YAML
    city: str
    publisher: str
    winner_party: str
    loser_party: str
    people: tuple[Person, ...] = field(default=())
    is_seed: bool = False


def _genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sßxz" else "s")


def _slug(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _sidecar(publisher: str, authors: Sequence[str]) -> str:
    published = dt.date.fromisoformat(PUBLISHED)
    data = {"publisher": publisher, "authors": list(authors), "published": published}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def state_ministers(seed: int) -> dict[str, str]:
    """One Ministerpräsident per state for the whole corpus (the same person in every article)."""
    rng = random.Random(f"states:{seed}")
    names: dict[str, str] = {}
    used: set[str] = set()
    for state in STATES:
        last = rng.choice([s for s in SURNAMES if s not in used])
        used.add(last)
        names[state.name] = f"{rng.choice(MALE_FIRST)} {last}"
    return names


def seed_article(path: Path = SEED_ARTICLE) -> GeneratedArticle:
    """The seed itself, as article 0 (text and sidecar byte for byte)."""
    sidecar = path.with_suffix(".yaml")
    return GeneratedArticle(
        stem=path.stem,
        text=path.read_text(encoding="utf-8"),
        sidecar=sidecar.read_text(encoding="utf-8") if sidecar.is_file() else "",
        city=SEED_CITY,
        publisher=SEED_PUBLISHER,
        winner_party="CDU",
        loser_party="SPD",
        people=tuple(Person(s.spellings[0], s.gender, _seed_party(s.party), s.role) for s in SLOTS),
        is_seed=True,
    )


def _seed_party(slot_party: str | None) -> str | None:
    return {"W": "CDU", "L": "SPD", "G": "Grüne", "K": "Linke"}.get(slot_party or "", slot_party)


@dataclass
class _Layout:
    """The seed's lines grouped the way a variant rearranges them."""

    lead: list[str]
    sections: list[list[str]]  # each: heading, then its paragraphs
    furniture: list[str]  # embed, editor's note, related links
    comments: list[str]  # from "Reaktionen" on


def _layout(text: str) -> _Layout:
    layout = _Layout([], [], [], [])
    zone = "lead"
    for block in split_blocks(text):
        line = block.text
        if block.kind == BYLINE:
            continue
        if block.kind == COMMENTS_HEADING:
            zone = "comments"
        elif zone == "comments":
            pass
        elif block.kind == HEADING:
            zone = "sections"
            layout.sections.append([line])
            continue
        elif block.kind not in (LEAD, PARAGRAPH):
            zone = "furniture"
        if zone == "lead":
            layout.lead.append(line)
        elif zone == "sections":
            layout.sections[-1].append(line)
        elif zone == "furniture":
            layout.furniture.append(line)
        else:
            layout.comments.append(line)
    return layout


class Variants:
    """Builds variant i of a seed text; every choice comes from a generator seeded by (seed, i)."""

    def __init__(self, seed_text: str, seed: int = 0) -> None:
        self.seed_text = seed_text
        self.seed = seed
        self.ministers = state_ministers(seed)
        missing = [o for r in REWORDINGS for o in r.originals if o not in seed_text]
        if missing:
            raise ValueError(f"the seed no longer contains: {missing[0][:60]!r}")

    def article(self, index: int) -> GeneratedArticle:
        rng = random.Random(self.seed * 1_000_003 + index)
        city = rng.choice(CITIES)
        state = next(s for s in STATES if s.name == city.state)
        (winner, loser) = rng.choices(
            [pair for pair, _ in PARTY_PAIRS], [weight for _, weight in PARTY_PAIRS]
        )[0]
        third, fourth = rng.sample(THIRD_PARTIES, 2)
        district = rng.choice(DISTRICTS)
        publisher = district + rng.choice(PUBLISHER_SUFFIXES)
        if publisher == SEED_PUBLISHER:  # the seed's site covers only the seed's city
            publisher = district + PUBLISHER_SUFFIXES[1]
        minister_visits = state.party == winner

        people = self._cast(rng, state)
        text = self._reword(rng)
        text = self._rearrange(rng, text, minister_visits)
        mapping = self._mapping(rng, people, city, state, district, publisher)
        mapping.update(self._party_forms(winner, loser, third, fourth))
        text = _substitute(text, mapping)
        authors = self._authors(rng, people)
        byline = self._byline(rng, authors)
        text = ("\n" if rng.random() < 0.5 else "") + byline + "\n" + text
        cast = tuple(  # only who is still in the text after sections were dropped
            Person(name, slot.gender, _party_name(slot.party, winner, loser, third, fourth), role)
            for role, (slot, name) in people.items()
            if name in text
        )
        return GeneratedArticle(
            stem=f"{PUBLISHED}_{_slug(city.name)}_stichwahl_{index:05d}",
            text=text,
            sidecar=_sidecar(publisher, authors),
            city=city.name,
            publisher=publisher,
            winner_party=winner,
            loser_party=loser,
            people=cast,
        )

    def _cast(self, rng: random.Random, state: State) -> dict[str, tuple[Slot, str]]:
        """A new name for every slot (same gender); the state's Ministerpräsident is fixed."""
        used = set(SEED_SURNAMES)
        minister = self.ministers[state.name]
        used.add(minister.split()[-1])
        people: dict[str, tuple[Slot, str]] = {}
        for slot in SLOTS:
            if slot.role == "ministerpraesident":
                people[slot.role] = (slot, minister)
                continue
            last = rng.choice([s for s in SURNAMES if s not in used])
            used.add(last)
            first = rng.choice(MALE_FIRST if slot.gender == "m" else FEMALE_FIRST)
            people[slot.role] = (slot, f"{first} {last}")
        return people

    def _reword(self, rng: random.Random) -> str:
        text = self.seed_text
        for rewording in REWORDINGS:
            choice = rng.randrange(len(rewording.alternatives) + 1)
            if choice == 0:
                continue
            for original, new in zip(
                rewording.originals, rewording.alternatives[choice - 1], strict=True
            ):
                text = text.replace(original, new)
        return text

    def _rearrange(self, rng: random.Random, text: str, minister_visits: bool) -> str:
        layout = _layout(text)
        sections = list(layout.sections)
        if not minister_visits:  # the Ministerpräsident only congratulates his own party
            sections = [s for s in sections if "Wüst" not in s[0]]
        drop = rng.choice((0, 0, 1, 1, 2))
        for _ in range(min(drop, len(sections) - 2)):
            sections.pop(rng.randrange(len(sections)))
        if rng.random() < 0.6:
            rng.shuffle(sections)
        for template in rng.sample(EXTRA_FACTS, rng.randrange(0, 4)):
            share = rng.uniform(50.2, 68.0)
            fact = template.format(
                share_w=_decimal(share),
                share_l=_decimal(100 - round(share, 1)),
                turnout=_decimal(rng.uniform(24.0, 48.0)),
                trend=rng.choice(("niedriger", "höher", "etwas niedriger")),
                hour=rng.randrange(20, 24),
                minute=rng.randrange(0, 60),
                districts=rng.randrange(120, 480),
            )
            target = rng.choice([layout.lead, *sections]) if sections else layout.lead
            target.insert(rng.randrange(1, len(target) + 1), fact)
        body: list[str] = [*layout.lead]
        for section in sections:
            body.extend(section)
        lines = _with_blank_lines(rng, body)
        lines.extend(self._furniture(rng, layout.furniture))
        lines.extend(self._comments(rng, layout.comments))
        return "\n".join(lines)

    def _furniture(self, rng: random.Random, furniture: list[str]) -> list[str]:
        kept: list[str] = []
        related = False
        for line in furniture:
            if line.startswith("Sieh dir"):
                if rng.random() < 0.5:
                    kept.append(line)
            elif line.startswith("Anm.d.Red."):
                if rng.random() < 0.7:
                    kept.append(line)
            elif line.startswith("Mehr "):
                related = rng.random() < 0.8
                if related:
                    kept.append(line)
            elif related and rng.random() < 0.7:
                kept.append(line)
        return kept

    def _comments(self, rng: random.Random, seed_comments: list[str]) -> list[str]:
        count = rng.choice((0, 1, 1, 2, 3))
        if count == 0 or not seed_comments:
            return []
        heading, seed_body = seed_comments[0], tuple(seed_comments[2:])
        lines = [heading]
        for body in rng.sample([*COMMENTS, seed_body], count):
            first = rng.choice(MALE_FIRST + FEMALE_FIRST)
            last = rng.choice(SURNAMES)
            lines.append(f"{first} {last}{rng.choice(COMMENTER_AFFILIATIONS)}")
            lines.extend(body)
        return lines

    def _mapping(
        self,
        rng: random.Random,
        people: dict[str, tuple[Slot, str]],
        city: City,
        state: State,
        district: str,
        publisher: str,
    ) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for slot, name in people.values():
            for spelling in slot.spellings:
                mapping[spelling] = name
            seed_last = slot.spellings[0].split()[-1]
            mapping[seed_last] = name.split()[-1]
            mapping[_genitive(seed_last)] = _genitive(name.split()[-1])
        years = rng.randrange(20, 81)
        won = rng.randrange(6, 31)
        mapping.update(
            {
                f"{SEED_CITY}erinnen und {SEED_CITY}er": (
                    f"{city.adjective}innen und {city.adjective}"
                ),
                f"{SEED_CITY}er": city.adjective,
                f"{SEED_CITY}s": city.genitive,
                SEED_CITY: city.name,
                SEED_PUBLISHER: publisher,
                SEED_DISTRICT: district,
                "NRW-Ministerpräsident": state.ministerpraesident,
                "80 Jahren": f"{years} Jahren",
                "seit 1946": f"seit {2026 - years}",
                "22 von 33": f"{won} von {won + rng.randrange(3, 25)}",
                "gegen 21 Uhr": f"gegen {rng.randrange(19, 24)} Uhr",
                "zwei Wochen": f"{rng.choice(NUMBER_WORDS)} Wochen",
                "hundert Tage": rng.choice(DAYS_PHRASES),
                "ZDF Heute Journal": rng.choice(MEDIA),
                "250911-1010-061104": (
                    f"{rng.randrange(250901, 250931)}-{rng.randrange(1000, 9999)}-"
                    f"{rng.randrange(100000, 999999)}"
                ),
            }
        )
        return mapping

    @staticmethod
    def _party_forms(winner: str, loser: str, third: str, fourth: str) -> dict[str, str]:
        w, lo = PARTIES[winner], PARTIES[loser]
        return {
            "CDU": w.short,
            "Christdemokraten": w.member_acc,
            "Christdemokrat": w.member,
            "SPD": lo.short,
            "Sozialdemokrat:innen": lo.members,
            "der Sozialdemokratie": lo.heartland,
            "Genoss:innen": lo.comrades,
            "Grünen": third,
            "Linken": fourth,
        }

    def _authors(self, rng: random.Random, people: dict[str, tuple[Slot, str]]) -> list[str]:
        used = {name.split()[-1] for _, name in people.values()}
        authors = []
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4, 5))):
            last = rng.choice([s for s in SURNAMES if s not in used])
            used.add(last)
            authors.append(f"{rng.choice(MALE_FIRST + FEMALE_FIRST)} {last}")
        return authors

    @staticmethod
    def _byline(rng: random.Random, authors: list[str]) -> str:
        if len(authors) == 1 and rng.random() < 0.3:
            return f"Text und Fotos: {authors[0]}"
        if len(authors) == 1:
            return f"Von {authors[0]}"
        return f"Von {', '.join(authors[:-1])} und {authors[-1]}"


def _party_name(slot_party: str | None, *parties: str) -> str | None:
    winner, loser, third, fourth = parties
    names = {"W": winner, "L": loser, "G": third[:-1], "K": fourth[:-1]}  # "Grünen" → "Grüne"
    return names.get(slot_party or "", slot_party)


def _with_blank_lines(rng: random.Random, body: list[str]) -> list[str]:
    """Paragraphs one per line; some separated by a blank line, as the seed's are."""
    lines: list[str] = []
    for index, line in enumerate(body):
        if index > 1 and rng.random() < 0.3:
            lines.append("")
        lines.append(line)
    return lines


def _substitute(text: str, mapping: dict[str, str]) -> str:
    """Replace every key (as a whole word, longest first) in one pass: no replacement is redone."""
    return _pattern(frozenset(mapping)).sub(lambda m: mapping[m.group(0)], text)


@lru_cache(maxsize=8)
def _pattern(keys: frozenset[str]) -> re.Pattern[str]:
    """The same seed spellings are replaced in every variant: compile their pattern once."""
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")


def generate_articles(
    n: int, seed: int = 0, source: Path = SEED_ARTICLE, include_seed: bool = True
) -> Iterator[GeneratedArticle]:
    """The first `n` articles: the seed itself (unless `include_seed` is off), then variants."""
    if n <= 0:
        return
    start = 0
    if include_seed:
        yield seed_article(source)
        start = 1
    variants = Variants(source.read_text(encoding="utf-8"), seed)
    for index in range(start, n):
        yield variants.article(index)


def write_corpus(
    folder: Path,
    n: int,
    seed: int = 0,
    source: Path = SEED_ARTICLE,
    include_seed: bool = True,
) -> list[GeneratedArticle]:
    """Write `n` articles (`.txt` + `.yaml` sidecar) into `folder`; returns what was written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for article in generate_articles(n, seed, source, include_seed):
        if article.is_seed:
            shutil.copyfile(source, folder / f"{article.stem}.txt")
        else:
            (folder / f"{article.stem}.txt").write_text(article.text, encoding="utf-8")
        if article.sidecar:
            (folder / f"{article.stem}.yaml").write_text(article.sidecar, encoding="utf-8")
        written.append(article)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write the articles")
    parser.add_argument("-n", type=int, default=100, help="how many articles (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="seed number (default 0)")
    parser.add_argument("--source", type=Path, default=SEED_ARTICLE, help="the seed article")
    parser.add_argument(
        "--no-original", action="store_true", help="variants only, without the seed itself"
    )
    args = parser.parse_args(argv)
    written = write_corpus(args.folder, args.n, args.seed, args.source, not args.no_original)
    print(f"wrote {len(written)} articles to {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
