"""Chat German asks in other words than the news: "gekriegt" for "erhielt", "vize" for the
deputy, "rausgeflogen" for a lost seat, "chefin" for the managing director, "gehen hoch" for
"steigen". The reader still gets the line that says it. The night is invented for these
stories."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over, texts

SIDECAR = "title: {title}\npublisher: Elbtal-Anzeiger\npublished: 2026-04-20\n"

NIGHT = {
    "ratswahl_moorhusen": (
        "Moorhusen\n"
        "Ratswahl in Moorhusen: Die Freien Wähler legen zu\n"
        "Von Ada Beispiel\n"
        "Moorhusen. Die Freien Wähler erhielten bei der Ratswahl am Sonntag 31,4 Prozent der "
        "Stimmen. Die Wahlbeteiligung lag bei 49,2 Prozent.\n"
        "Die Ratsfrau Elke Tammen (SPD) hat ihren Sitz im Rat verloren. „Wir haben verloren, "
        "das muss man so sagen“, sagte SPD-Ortschef Gerd Winkel.\n"
        "Bürgermeisterin Hanne Loers dankte ihrer Stellvertreterin Britta Meinert für die "
        "Arbeit am Wahltag.\n",
        SIDECAR.format(title="Ratswahl in Moorhusen"),
    ),
    "schuetzenverein_tessau": (
        "Tessau\n"
        "Schützenverein wählt eine neue Vorsitzende\n"
        "Von Bo Muster\n"
        "Tessau. Der Schützenverein Tessau hat eine neue Vorsitzende: Die Mitglieder wählten "
        "am Freitag Wiebke Harms an die Spitze.\n"
        "Die Beiträge steigen um drei Euro im Jahr, berichtete Kassenwart Udo Fenske.\n"
        "Am Ende gab es Schnittchen für alle.\n",
        SIDECAR.format(title="Schützenverein wählt eine neue Vorsitzende"),
    ),
    "kita_lindholm": (
        "Lindholm\n"
        "Neue Kita in Lindholm\n"
        "Von Bo Muster\n"
        "Lindholm. Die neue Kita am Deich hat am Montag eröffnet. Bürgermeister Jens Ohm "
        "(CDU) schnitt das Band durch.\n"
        "Die Stadt hat für den Bau 1,2 Millionen Euro ausgegeben.\n"
        "Die Stadtwerke Lindholm führt seit Mai die Geschäftsführerin Gesa Wilms.\n",
        SIDECAR.format(title="Neue Kita in Lindholm"),
    ),
    # a town with a joined name: its dateline is no paragraph of a report of several towns
    "ortsbuergermeister_lauben_ostrich": (
        "Lauben-Ostrich\n"
        "Ein Winzer führt das Dorf\n"
        "Von Bo Muster\n"
        "Lauben-Ostrich. Der Dorfladen öffnet um sieben Uhr.\n"
        "Am Sonntag hat der 31-Jährige die Wahl zum Ortsbürgermeister gewonnen.\n",
        SIDECAR.format(title="Ein Winzer führt das Dorf"),
    ),
    # a text names a compound once, then its head alone ("der Plan")
    "radwegeplan_kelbra": (
        "Kelbra\n"
        "Rat beschließt den Radwegeplan\n"
        "Von Ada Beispiel\n"
        "Kelbra. Der Stadtrat hat am Montag den Radwegeplan für die Altstadt beschlossen.\n"
        "Bürgermeister Lutz Hensel (SPD) sprach von einem guten Tag für alle, die Rad fahren.\n"
        "Nach zwei Jahren soll der Plan überprüft werden.\n"
        "Die Sitzung am Montag dauerte fast vier Stunden.\n",
        SIDECAR.format(title="Rat beschließt den Radwegeplan"),
    ),
    "bauplan_sollstedt": (
        "Sollstedt\n"
        "Neuer Bauplan für die Schule\n"
        "Von Bo Muster\n"
        "Sollstedt. Der Plan für den Anbau der Grundschule wird im Herbst überprüft.\n",
        SIDECAR.format(title="Neuer Bauplan für die Schule"),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("colloquial_night"), NIGHT, config)


def ask(engine: Engine, question: str):
    return engine.run_command("ask", question)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # "gekriegt" is what the news calls "erhielt"
        ("wieviel ham die freien wähler in moorhusen gekriegt", "Die Freien Wähler erhielten"),
        # a lost seat, as a reader says it
        ("wer is in moorhusen aus dem rat rausgeflogen", "Die Ratsfrau Elke Tammen (SPD)"),
        # "vize" is the deputy
        ("wer ist die vize von der bürgermeisterin in moorhusen", "Bürgermeisterin Hanne Loers"),
        # "chefin" of a public utility is its managing director
        ("wer is die chefin der stadtwerke in lindholm", "Die Stadtwerke Lindholm führt"),
        # fees "gehen hoch": they rise
        ("um wieviel gehen die beiträge beim schützenverein hoch", "Die Beiträge steigen"),
    ],
)
def test_a_chat_word_finds_the_news_word_of_the_line(night, question, line):
    reply = ask(night, question)
    assert reply.status == "ok", reply.text
    assert texts(reply)[0].startswith(line), texts(reply)


def test_a_defeat_called_a_schlappe_finds_what_the_losers_said(night):
    reply = ask(night, "was hat die spd in moorhusen zu ihrer schlappe gesagt")
    assert reply.status == "ok", reply.text
    assert any("Wir haben verloren" in text for text in texts(reply)[:3])


def test_a_chat_particle_for_nothing_leaves_the_question_as_it_was(night):
    # "nix", "ham", "typ": chat words that colour a question, not its topic
    question = "hat der typ von der stadt lindholm nix gesagt wann die kita aufgemacht hat"
    reply = ask(night, question)
    assert reply.status == "ok", reply.text
    assert "hat am Montag eröffnet" in texts(reply)[0]


def test_what_the_articles_do_not_say_is_still_declined(night):
    reply = ask(night, "wie viele mitglieder hat der schützenverein tessau")
    assert reply.status != "ok"


def test_a_compound_is_found_by_its_head_in_its_own_article(night):
    # The text names "den Radwegeplan" once and then says "der Plan"; "nach zwei Jahren soll"
    # says when it will be checked, not how long something took.
    reply = ask(night, "wann wird der radwegeplan in kelbra überprüft")
    assert reply.status == "ok", reply.text
    assert "Nach zwei Jahren soll der Plan überprüft werden." in texts(reply)[:3]


def test_the_head_alone_in_another_article_is_about_something_else(night):
    # Sollstedt's "Plan" is its school's, not Kelbra's cycle-path plan
    reply = ask(night, "wann wird der radwegeplan überprüft")
    assert reply.status == "ok", reply.text
    assert all("Grundschule" not in text for text in texts(reply))


def test_a_joined_town_name_keeps_its_whole_article_for_the_question(night):
    # "Lauben-Ostrich. …" opens the article's first paragraph: a dateline, so every line of
    # the article is about the town, not only those that name it
    reply = ask(night, "wie alt is der ortsbürgermeister von lauben")
    assert reply.status == "ok", reply.text
    assert texts(reply)[0].startswith("Am Sonntag hat der 31-Jährige")


def test_how_long_without_its_e_still_asks_how_long(night):
    # "wie lang" is chat German's "wie lange": a length answers, not the day of the sitting
    reply = ask(night, "wie lang hat die sitzung in kelbra gedauert")
    assert reply.status == "ok", reply.text
    assert texts(reply)[0] == "Die Sitzung am Montag dauerte fast vier Stunden."
    # since when somebody holds an office, which no line says, is declined
    assert ask(night, "wie lang ist hensel schon bürgermeister").status != "ok"
