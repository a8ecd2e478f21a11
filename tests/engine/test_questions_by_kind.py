"""A reader's questions by kind, asked plain, as typed in a chat and in other words, over one
invented election night: the loser's portrait whose campaign manager gives the reasons, the
town's press release with the day of the vote, a results page with one line per candidate and
the winner's profile box."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over
from tests.engine.test_questions_chat import ask
from tests.engine.test_questions_readers_night import first_lines


def _sidecar(title: str) -> str:
    return f"title: '{title}'\npublisher: Talbote\npublished: 2027-04-12\n"


NIGHT = {
    # The loser's portrait: his own farewell words, then his campaign manager announcing the
    # reasons and giving them in reported speech, none with "weil" or "Grund".
    "portraet_mersmann": (
        "Jörg Mersmann: Zehn Jahre und ein stiller Abschied\n"
        "Feldrode. Jörg Mersmann wartet am Sonntagabend im Foyer des Rathauses.\n"
        "„Ich gehe mit Dank an alle, die mich getragen haben“, sagt der 61-Jährige, der die "
        "Wahl deutlich verloren hat.\n"
        "Woran es am Ende lag, erklärt seine Wahlkampfleiterin Ute Brammertz offen. Die "
        "Schließung der Stadtbücherei habe viele Stammwähler vergrault, sagt Brammertz. Dazu "
        "komme die neue Parkgebühr, die Mersmann gegen den Rat durchgesetzt habe.\n"
        "Mersmann lebt mit seiner Frau in Feldrode.\n",
        _sidecar("Jörg Mersmann: Zehn Jahre und ein stiller Abschied"),
    ),
    # The report: who won, and another loser of the district with no reason given.
    "bericht_feldrode": (
        "Neue Bürgermeisterin in Feldrode\n"
        "Feldrode. Die Herausforderin Carla Ostendorp (Grüne) hat die Wahl mit 55,1 Prozent "
        "gewonnen. Amtsinhaber Jörg Mersmann (CDU) kam auf 44,9 Prozent.\n"
        "In Hagenau unterlag Bernd Tiemeyer (SPD) knapp gegen Anja Kessing (CDU), Ole "
        "Wollbrink (FDP) blieb chancenlos.\n",
        _sidecar("Neue Bürgermeisterin in Feldrode"),
    ),
    # The town's press release: the day after a long genitive of whom the vote elects.
    "pressemitteilung_feldrode": (
        "Pressemitteilung: Ergebnis in Feldrode\n"
        "Bei der Wahl der hauptamtlichen Bürgermeisterin oder des hauptamtlichen "
        "Bürgermeisters am 11. April 2027 hat Carla Ostendorp (Grüne) die Mehrheit der "
        "gültigen Stimmen erhalten.\n",
        _sidecar("Pressemitteilung: Ergebnis in Feldrode"),
    ),
    # A results page of another town: one line per candidate, in no stated order.
    "ergebnis_hagenau": (
        "Hagenau: das Ergebnis\n"
        "Tiemeyer, Bernd (SPD): 38,2 Prozent\n"
        "Kessing, Anja (CDU): 47,3 Prozent\n"
        "Wollbrink, Ole (FDP): 14,5 Prozent\n",
        _sidecar("Hagenau: das Ergebnis"),
    ),
    # Two candidates of a three-way race only: whose order by share says nothing.
    "kurz_brakel": (
        "Kurz notiert\n"
        "In Brakel holte Uwe Sander (SPD) 51,0 Prozent.\n"
        "Tina Holm (Linke) kam in Brakel auf 9,0 Prozent.\n",
        _sidecar("Kurz notiert"),
    ),
    # The winner's profile box: rows of a label and a value, none naming her.
    "steckbrief_ostendorp": (
        "Steckbrief: Carla Ostendorp\nAlter: 39 Jahre\nBeruf: Försterin\n",
        _sidecar("Steckbrief: Carla Ostendorp"),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("by_kind"), NIGHT, config)


@pytest.mark.parametrize(
    "question",
    [
        "warum hat mersmann verloren",  # plain
        "warum hat mersmann verlorn",  # as typed: one letter off "verlor" and "verloren"
        "woran ist mersmann gescheitert",  # in other words
    ],
)
def test_why_the_loser_lost_shows_the_reasons_his_campaign_manager_gives(night, question):
    found = first_lines(night, question)
    assert found and any("Parkgebühr" in text or "Stadtbücherei" in text for text in found)
    assert not any("Ich gehe mit Dank" in text for text in found)  # his farewell is no reason


def test_a_loser_whose_reasons_nobody_gives_is_an_honest_no(night):
    assert first_lines(night, "warum hat tiemeyer verloren") == []


@pytest.mark.parametrize(
    "question",
    [
        "wann war die bürgermeisterwahl",  # plain: the vote named by its office
        "an welchem tag wurde gewählt",  # in other words than "wann"
    ],
)
def test_the_day_of_the_vote_is_the_press_releases_date_after_whom_it_elects(night, question):
    found = first_lines(night, question)
    assert found and "am 11. April 2027" in found[0]


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("wer wurde zweiter", "Tiemeyer, Bernd (SPD): 38,2 Prozent"),
        ("wer is zweiter geworden", "Tiemeyer, Bernd (SPD): 38,2 Prozent"),  # as typed
        ("wer wurde dritter", "Wollbrink, Ole (FDP): 14,5 Prozent"),
    ],
)
def test_second_and_third_are_read_from_the_shares_of_a_complete_results_list(night, question, row):
    found = first_lines(night, question)
    assert row in found
    # Sander and Holm's shares add up to no whole: Holm's 9 % may be anybody's place
    assert not any("Holm" in text for text in found)


@pytest.mark.parametrize("question", ["wie alt ist ostendorp", "wie alt is ostendrop"])
def test_an_age_in_a_profile_box_is_the_age_of_whom_the_box_is_about(night, question):
    assert first_lines(night, question)[:1] == ["Alter: 39 Jahre"]


def test_the_box_gives_no_age_of_anybody_else(night):
    assert "Alter: 39 Jahre" not in first_lines(night, "wie alt ist kessing")
    assert "Alter: 39 Jahre" not in first_lines(night, "wie alt ist mersmann")


@pytest.mark.parametrize(
    "question", ["wann ist der steckbrief erschienen", "wann is der steckbrief erschinen"]
)
def test_when_an_article_appeared_is_asked_with_a_slip_of_the_word_too(night, question):
    assert "12.04.2027" in ask(night, question).text


def test_a_word_a_letter_away_from_a_metadata_word_is_no_slip_of_it(night):
    # "verpasst" is no "verfasst": a reader asks what was missed, not who wrote an article
    assert ask(night, "wie knapp wurde der sitz verfasst").title == "Zu den Artikeln"
    assert ask(night, "wie knapp wurde der sitz verpasst").title != "Zu den Artikeln"


@pytest.mark.parametrize(
    "reason",
    [
        "Seine Niederlage erklärte er mit der geringen Beteiligung im Norden.",
        "Er begründete die Niederlage mit der geringen Beteiligung im Norden.",
    ],
)
def test_a_defeat_explained_by_something_is_its_reason(tmp_path, config, reason):
    town = {
        "bericht_ostrode": (
            "Wahl in Ostrode\n"
            "Ostrode. Lea Brandes (SPD) hat die Stichwahl mit 56,0 Prozent gewonnen. Ihr "
            f"Gegner Kai Lohmann (CDU) kam auf 44,0 Prozent.\n{reason}\n"
            "Lohmann will im Rat bleiben.\n",
            _sidecar("Wahl in Ostrode"),
        )
    }
    lines = first_lines(engine_over(tmp_path, town, config), "warum hat lohmann verloren")
    assert lines[:1] == [reason]


def test_a_profile_box_whose_title_names_nobody_is_about_the_person_of_its_name_row(
    tmp_path, config
):
    """ "Steckbrief: Das ist die neue Bürgermeisterin" names nobody; its "Name: …" row says
    whom "Alter: 47 Jahre" and "Familie: verheiratet" are about. Another candidate's age is
    not in that box."""
    town = {
        "bericht_haldern": (
            "Wahl in Haldern\n"
            "Haldern. Jana Ulbrich (SPD) hat die Stichwahl gegen Tim Roeder (CDU) gewonnen.\n",
            _sidecar("Wahl in Haldern"),
        ),
        "steckbrief_haldern": (
            "Steckbrief: Das ist die neue Bürgermeisterin\nName: Jana Ulbrich\n"
            "Alter: 47 Jahre\nBeruf: Kämmerin\nFamilie: verheiratet, eine Tochter\n",
            _sidecar("Steckbrief: Das ist die neue Bürgermeisterin"),
        ),
    }
    engine = engine_over(tmp_path, town, config)
    assert first_lines(engine, "wie alt ist ulbrich")[:1] == ["Alter: 47 Jahre"]
    assert first_lines(engine, "ist ulbrich verheiratet")[:1] == [
        "Familie: verheiratet, eine Tochter"
    ]
    assert "Alter: 47 Jahre" not in first_lines(engine, "wie alt ist roeder")
