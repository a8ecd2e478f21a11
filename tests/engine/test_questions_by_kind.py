"""A reader's questions by kind, asked plain, as typed in a chat and in other words, over one
invented election night: the loser's portrait whose campaign manager gives the reasons, the
town's press release with the day of the vote."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over
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
        "In Hagenau unterlag Bernd Tiemeyer (SPD) knapp.\n",
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
