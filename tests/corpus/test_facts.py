"""Facts: a reader asks "how many runoffs did the CDU win?" and gets the sentence that says so."""

from __future__ import annotations

from bot.corpus.facts import is_checkable
from bot.corpus.model import Article, Fact
from tests.corpus.articles import SEED, read, seed


def fact_with(article: Article, words: str) -> Fact:
    matches = [f for f in article.facts if words in f.text]
    assert matches, f"no fact with {words!r}"
    return matches[0]


def test_counts_times_and_records_of_the_seed_are_facts_with_their_lines():
    assert fact_with(seed(), "22 von 33 Stichwahlen").line == 9
    assert fact_with(seed(), "gegen 21 Uhr").line == 5
    assert fact_with(seed(), "Nach 80 Jahren").line == 7


def test_a_claim_is_attributed_to_whoever_made_it():
    assert fact_with(seed(), "22 von 33 Stichwahlen").claimed_by == "Hendrik Wüst"
    assert fact_with(seed(), "Nach 80 Jahren").claimed_by == "Hendrik Wüst"
    assert fact_with(seed(), "stärkste Kraft im Rat").claimed_by == "Jens Peick"
    assert fact_with(seed(), "gegen 21 Uhr").claimed_by is None  # the article's own reporting


def test_facts_come_only_from_the_reporting_never_from_comments_or_furniture():
    texts = " ".join(f.text for f in seed().facts)
    assert "Az. 250911" not in texts  # a reader comment
    assert "seit 1946" not in texts  # a related article's title
    assert "Anm.d.Red." not in texts


def test_facts_are_verbatim_sentences_of_their_line():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for fact in seed().facts:
        assert fact.text in lines[fact.line - 1]


def test_facts_in_another_article():
    article = read(
        "\nErgebnisse aus dem Kreis\n"
        "Die Wahlbeteiligung lag bei 41,3 Prozent. Erstmals seit 1999 stellt die FDP den Landrat. "
        "Das Wetter war schön.\n"
    )
    texts = [f.text for f in article.facts]
    assert texts == [
        "Die Wahlbeteiligung lag bei 41,3 Prozent.",
        "Erstmals seit 1999 stellt die FDP den Landrat.",
    ]


def test_what_is_checkable():
    assert is_checkable("Die Partei hat 22 von 33 Stichwahlen gewonnen")
    assert is_checkable("Zwei Drittel der Wähler stimmten für ihn.")  # a share
    assert is_checkable("Sie hatte den Kreis zwölf Jahre lang geführt.")  # a past duration
    assert is_checkable("In zwei Gemeinden musste nachgezählt werden.")  # a count
    assert is_checkable("Sie tritt ihr Amt im Januar an.")  # the date of an event
    assert is_checkable("Man bleibe trotz Verlust des OB-Postens stärkste Kraft im Rat.")
    assert is_checkable("Eva Stern (Grüne) wird neue Bürgermeisterin.")
    assert not is_checkable("Die Stimmung war gut und alle freuten sich.")


def test_opinions_forecasts_and_questions_are_not_facts():
    assert not is_checkable("Am Sonntag ereignete sich Historisches")
    assert not is_checkable("Es werden interessante fünf Jahre, kann ich da nur sagen.")
    assert not is_checkable("Ein Programm für die ersten hundert Tage wird angekündigt.")
    assert not is_checkable("Die niedrige Wahlbeteiligung ist ein Grund.")
    assert not is_checkable("Das ist ein Grund, warum er heute gewählt worden ist.")
    assert not is_checkable("Warum hat Voigt verloren?")
    assert not is_checkable("„Wir packen das an“, sagte die 44-Jährige.")


def test_a_sentence_opened_by_a_description_is_about_the_one_person_it_describes():
    """ "Die 52-Jährige gewann die Stichwahl": the sentence names nobody, yet a reader asking
    who won must learn it was the woman the text gave that age; a sentence about somebody
    the text only describes ("Eine 61-jährige Wahlhelferin") is about nobody it names."""
    article = read(
        "Neue Landrätin\n\n"
        "Mindelheim. Petra Hörmann (SPD), 52, jubelt am Abend im Landratsamt. Die 52-Jährige "
        "gewann die Stichwahl mit 52,1 Prozent. Ihr Gegenkandidat Max Huber (CSU) kam auf "
        "47,9 Prozent. Eine 61-jährige Wahlhelferin zählte bis Mitternacht.\n"
    )
    lines = {block.line: block.text for block in article.blocks}
    about = [
        (lines[line][start:].split()[1], name) for line, start, name in article.described_subjects
    ]
    assert about == [("52-Jährige", "Petra Hörmann")]
