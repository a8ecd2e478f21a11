"""A night told as a results list by district and an overall numbered table, an interview
without a byline whose lead credits "unser Reporter", a portrait of the runner-up and a
roundup of the villages around. The night is invented for these stories."""

import pytest

from bot.engine.engine import Engine
from bot.engine.reply import OK
from tests.engine.conftest import engine_over
from tests.engine.test_questions_chat import ask
from tests.engine.test_questions_new_forms import first_lines


def _sidecar(title: str, authors: str = "\nauthors:\n  - Ida Muster") -> str:
    return f"title: '{title}'\npublisher: Talbote\npublished: 2026-12-07{authors}\n"


NIGHT = {
    "ergebnisse": (
        "Bürgermeisterwahl Wendhagen: Alle Ergebnisse\n"
        "Pia Rautenberg gewinnt im ersten Wahlgang.\n"
        "Nordviertel: Rautenberg 58,0 % | Dessauer 30,1 % | Kloppmann 11,9 % – ihre Hochburg.\n"
        "Südviertel: Dessauer 47,3 % | Rautenberg 40,2 % | Kloppmann 12,5 % – sein Viertel.\n"
        "Gesamtergebnis\n"
        "1. Pia Rautenberg (CDU): 6.120 Stimmen, 51,2 Prozent\n"
        "2. Hauke Dessauer (SPD): 4.370 Stimmen, 36,6 Prozent\n"
        "3. Bernd Kloppmann (Einzelbewerber): 1.458 Stimmen, 12,2 Prozent\n",
        _sidecar("Bürgermeisterwahl Wendhagen: Alle Ergebnisse"),
    ),
    "interview_rautenberg": (
        "„Erst kommt die Schule“\n"
        "Die neue Bürgermeisterin über ihren Sieg. Unser Reporter Timo Brakel hat sie am "
        "Montag im Rathaus besucht.\n"
        "Frau Rautenberg, haben Sie mit dem Sieg gerechnet?\n"
        "Nein. Ich hatte mich auf eine Stichwahl eingestellt.\n"
        "Was nehmen Sie sich als Erstes vor?\n"
        "Die Sanierung der Grundschule im Südviertel.\n",
        _sidecar("„Erst kommt die Schule“", authors=""),
    ),
    "portraet_dessauer": (
        "Der Zweite\n"
        "Hauke Dessauer hat verloren. Ein Besuch.\n"
        "Von Ida Muster\n"
        "Ob er 2032 noch einmal antritt, lässt Dessauer offen: „Das entscheide ich später.“\n",
        _sidecar("Der Zweite"),
    ),
    "umland": (
        "Rund um Wendhagen\n"
        "Zwei Dörfer haben ebenfalls gewählt.\n"
        "Von Ida Muster\n"
        "Lübbersdorf: Bürgermeister Kai Ohlendorf (CDU) bleibt im Amt. Er holte 66,1 Prozent "
        "und ließ die Grüne Smilla Oeltjen mit 33,9 Prozent hinter sich. Er hat bereits gesagt, "
        "dass er 2032 nicht noch einmal antreten wird.\n"
        "Hemmingen: Amtsinhaber Rolf Seebrandt (SPD) verlor gegen die parteilose Ute Kahle.\n",
        _sidecar("Rund um Wendhagen"),
    ),
    # A letter naming the independent by his surname alone ("Herr Kloppmann").
    "leserbriefe": (
        "Leserbriefe zur Wahl\nEine Auswahl der Zuschriften.\n"
        "Herr Kloppmann sollte nicht klagen. Mit zwölf Prozent gewinnt man keine Wahl.\n"
        "Eva Tenhagen, Nordviertel\n",
        _sidecar("Leserbriefe zur Wahl", authors=""),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    """The bot over the Wendhagen night, read as the bot reads a seeds folder."""
    folder = tmp_path_factory.mktemp("results_rows_night")
    return engine_over(folder, NIGHT, config)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        pytest.param("wer ist zweiter geworden", "2. Hauke Dessauer (SPD)", id="row number"),
        pytest.param("wer wurde dritter", "3. Bernd Kloppmann", id="third row"),
    ],
)
def test_the_number_of_a_results_row_names_who_came_second_or_third(night, question, line):
    """A results list in the order of the votes ("2. X (SPD): 4.370 Stimmen") says who came
    second; before, only words such as "Platz zwei" did, and "zweiter" was read as a place."""
    assert line in first_lines(night, question)[0]


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("wie viel prozent hatte rautenberg", "1. Pia Rautenberg (CDU): 6.120 Stimmen"),
        ("wie viele stimmen hatte kloppmann", "3. Bernd Kloppmann (Einzelbewerber)"),
    ],
)
def test_a_share_asked_without_a_place_is_the_whole_towns_before_a_districts(night, question, line):
    """ "Nordviertel: Rautenberg 58,0 % | Dessauer 30,1 %" is one district's share: asked
    for her share with no place, the overall row answers first. "Kloppmann" is also the "Herr
    Kloppmann" of a letter, whom the directory keeps apart: the surname asks for both."""
    assert line in first_lines(night, question)[0]


def test_the_district_row_still_answers_for_its_district(night):
    assert (
        "Südviertel: Dessauer 47,3 %"
        in first_lines(night, "wie viel prozent hatte dessauer im südviertel")[0]
    )


@pytest.mark.parametrize(
    "question", ["wer hat das interview geführt", "wer hat rautenberg interviewt"]
)
def test_an_interview_without_a_byline_is_credited_by_its_lead(night, question):
    """No byline in the sidecar, no "Interview" in the title: its questions to "Sie" make it
    an interview, and "Unser Reporter Timo Brakel" in its lead names who did it."""
    reply = ask(night, question)
    assert reply.status == OK and "Timo Brakel" in reply.text


def test_standing_again_asked_with_a_split_verb_finds_the_persons_line(night):
    assert "Ob er 2032 noch einmal antritt" in first_lines(night, "tritt dessauer nochmal an")[0]


def test_another_mayors_standing_again_does_not_answer_for_the_one_asked(night):
    """Seebrandt lost; nothing says whether he stands again. Ohlendorf's "nicht noch einmal
    antreten" in the same roundup is about Ohlendorf."""
    assert first_lines(night, "tritt seebrandt nochmal an") == []


def test_a_share_after_he_is_the_one_his_paragraph_named_though_it_names_the_loser(night):
    """ "Ohlendorf bleibt im Amt. Er holte 66,1 Prozent und ließ die Grüne Smilla Oeltjen mit
    33,9 Prozent hinter sich": the sentence names only her, but "Er" is Ohlendorf."""
    assert "Er holte 66,1 Prozent" in first_lines(night, "wie viel prozent hatte ohlendorf")[0]


def test_the_loser_named_by_her_partys_adjective_is_a_person_of_that_party(night):
    """Smilla is in no first-name list: "die Grüne" before her name says who she is."""
    reply = ask(night, "wer ist smilla oeltjen")
    assert reply.status == OK and "Grüne" in reply.text
