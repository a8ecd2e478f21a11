"""Free questions about what comes next and who charges whom, asked in readers' words: "was will
X als Erstes machen" (X's plan, not X's other words), "ab wann ist X Bürgermeisterin" (the
start of the term, told as "tritt ihr Amt an"), "wer hat X angeklagt" (the prosecutor), "was
macht X beruflich" where only a relative clause says what X runs.
The night is invented for these stories."""

import pytest

from bot.engine.engine import Engine
from bot.engine.folding import words
from bot.engine.questions import _asks_intent, _runs_something, _term_start
from bot.engine.wins import takes_office
from tests.engine.conftest import engine_over, texts

SIDECAR = "title: {title}\npublisher: Kreisbote Süd\npublished: 2026-06-02\n"

NIGHT = {
    "stichwahl_lorbach": (
        "Lorbach\n"
        "Nina Falk gewinnt die Stichwahl in Lorbach\n"
        "Von Ada Beispiel\n"
        "Lorbach. Nina Falk (SPD) hat die Stichwahl mit 55,2 Prozent gegen Jens Rode (CDU) "
        "gewonnen.\n"
        "„Ich freue mich riesig“, sagte Falk im Rathaus. „Das war ein langer Abend.“\n"
        "Falk will als Erstes die Bücherei wieder an Samstagen öffnen.\n"
        "Am 1. September tritt sie ihr Amt an.\n",
        SIDECAR.format(title="Nina Falk gewinnt die Stichwahl in Lorbach"),
    ),
    "bürgermeister_brenz": (
        "Brenz\n"
        "Zwei neue Bürgermeister im Kreis\n"
        "Von Bo Muster\n"
        "Brenz. Die neuen Bürgermeister von Brenz und Ulm-Süd treten ihr Amt am 1. Juli an, "
        "Ole Timm in Brenz schon am 15. Juni.\n",
        SIDECAR.format(title="Zwei neue Bürgermeister im Kreis"),
    ),
    "prozess_velben": (
        "Velben\n"
        "Prozess gegen früheren Kassierer\n"
        "Von Bo Muster\n"
        "Velben. Vor dem Amtsgericht hat der Prozess gegen den früheren Kassierer Egon Bast "
        "begonnen. Staatsanwalt Mark Quast hat Anklage wegen Untreue erhoben.\n"
        "„Ich bereue das“, sagte Bast. Die Summe sei geringer als angeklagt, sagte sein Anwalt.\n",
        SIDECAR.format(title="Prozess gegen früheren Kassierer"),
    ),
    "kandidatin_velben": (
        "Velben\n"
        "Grüne nominieren Vera Holm\n"
        "Von Bo Muster\n"
        "Velben. Die Grünen schicken Vera Holm, die bisher das Umweltamt des Kreises leitet, "
        "ins Rennen um das Rathaus.\n"
        "„Ich kenne jede Kläranlage im Kreis“, sagte Holm.\n",
        SIDECAR.format(title="Grüne nominieren Vera Holm"),
    ),
    # An English wire report: the winner takes office, succeeding the mayor.
    "runoff_wire": (
        "Social Democrat wins Kessberg mayoral runoff\n"
        "KESSBERG, Germany — Lena Harbach of the Social Democrats won Sunday's runoff for mayor "
        "of Kessberg with 53.1 percent of the vote.\n"
        "Harbach will take office on July 1, succeeding Paul Osterkamp, who did not seek "
        "re-election after 16 years in office.\n",
        SIDECAR.format(title="Social Democrat wins Kessberg mayoral runoff"),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("plans_night"), NIGHT, config)


def ask(engine: Engine, question: str):
    return engine.handle_message(question, dm=True)


@pytest.mark.parametrize(
    "question", ["was will falk als erstes machen", "was will nina falk als erstes tun"]
)
def test_what_somebody_wants_is_their_plan_not_their_other_words(night, question):
    """ "machen" is also a verb of saying ("machte deutlich"), so the question read as asking
    for Falk's words and her quotes came first. "was will X" asks X's plan: the line where X
    "will" answers."""
    reply = ask(night, question)
    assert reply.status == "ok", reply.text
    assert "Bücherei" in texts(reply)[0]


def test_only_a_modal_right_after_was_about_a_named_person_asks_a_plan():
    assert _asks_intent(["was", "will", "falk", "machen"], "what", set(), [1]) == 1
    assert _asks_intent(["was", "will", "die", "stadt", "machen"], "what", set(), []) is None
    assert _asks_intent(["was", "hat", "falk", "gesagt"], "what", set(), [1]) is None
    assert _asks_intent(["wer", "will", "falk", "wählen"], "person", {0}, [1]) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ab wann ist falk bürgermeisterin", "1. September"),
        ("ab wann is falk im amt", "1. September"),
        ("ab wann ist timm bürgermeister", "15. Juni"),
    ],
)
def test_from_when_somebody_holds_an_office_is_when_they_take_it_up(night, question, expected):
    """The term's start is told as "tritt ihr Amt an" (or, of several, "treten ihr Amt an"),
    which names no office: "ab wann ist X Bürgermeisterin" asks for that line."""
    reply = ask(night, question)
    assert reply.status == "ok", reply.text
    assert expected in texts(reply)[0]


def test_an_office_read_as_the_start_of_a_term_only_after_from_when():
    def pairs(text: str) -> list[tuple[str, str | None]]:
        return [(w, None) for w in text.split()]

    assert [w for w, _ in _term_start(pairs("ab wann ist falk burgermeisterin"))] == [
        "wann",
        "ist",
        "falk",
        "anfangen",
    ]
    # the office after "die neue" says who; "im Amt" is what is asked
    asked = _term_start(pairs("ab wann ist die neue burgermeisterin im amt"))
    assert [w for w, _ in asked] == ["wann", "ist", "die", "neue", "burgermeisterin", "anfangen"]
    for other in ("ab wann gilt die gebuhr", "wann ist falk burgermeisterin geworden"):
        assert _term_start(pairs(other)) == pairs(other)


def test_who_charged_somebody_is_the_prosecutor(night):
    """ "angeklagt" also stands in the defence's "geringer als angeklagt"; who charged Bast is
    who "hat Anklage erhoben": the prosecutor."""
    reply = ask(night, "wer hat bast angeklagt")
    assert reply.status == "ok", reply.text
    assert "Mark Quast" in texts(reply)[0]


def test_a_job_told_by_a_relative_clause_after_the_name_answers(night):
    """No job noun stands beside Holm's name, only "die bisher das Umweltamt leitet": a
    relative clause of heading or running something right after the name gives her job."""
    reply = ask(night, "was macht vera holm beruflich")
    assert reply.status == "ok", reply.text
    assert "Umweltamt" in texts(reply)[0]


def test_only_a_clause_right_after_the_name_gives_the_job():
    own = {"vera", "holm"}
    assert _runs_something("Vera Holm, die das Amt leitet, tritt an.", own)
    assert not _runs_something("Vera Holm dankt Ute Rau, die das Amt leitet.", own)
    assert not _runs_something("Vera Holm, die im Dorf lebt, tritt an.", own)


def test_the_new_mayor_is_who_won_the_race_not_the_outgoing_one(tmp_path, config):
    """Only the outgoing mayor is called "Bürgermeister" in the text; the winner is named by
    the race the headline names. "der neue Bürgermeister" is the winner, never the one leaving."""
    engine = engine_over(
        tmp_path,
        {
            "stichwahl_harsum": (
                "Bürgermeisterwahl in Harsum: Der Abend im Überblick\n"
                "Von Ada Beispiel\n"
                "Harsum. Lene Ostrup gewinnt die Stichwahl mit 54,6 Prozent der Stimmen. "
                "Die 38-jährige Juristin arbeitet bisher im Landratsamt.\n"
                "Der scheidende Bürgermeister Gerd Wiebe, 66 Jahre alt, trat nicht mehr an.\n",
                SIDECAR.format(title="'Bürgermeisterwahl in Harsum: Der Abend im Überblick'"),
            )
        },
        config,
    )
    reply = ask(engine, "wie alt ist der neue bürgermeister")
    assert reply.status == "ok", reply.text
    assert "38-jährige" in texts(reply)[0]
    assert not any("Wiebe" in text for text in texts(reply))


@pytest.mark.parametrize(
    "question", ["when does harbach take office", "when will harbach take office"]
)
def test_an_english_reader_asking_when_she_takes_office_gets_the_day(night, question):
    reply = ask(night, question)
    assert reply.status == "ok", reply.text
    assert "July 1" in texts(reply)[0]


def test_when_her_predecessor_took_office_is_not_the_day_she_takes_it(night):
    """The line that says she takes office names him only as whom she succeeds."""
    reply = ask(night, "when did osterkamp take office")
    assert reply.status == "not_found"
    assert "do not say" in reply.text


@pytest.mark.parametrize(
    ("line", "says_office"),
    [
        ("Ihre neue Amtszeit beginnt am 1. Dezember.", True),
        ("Die Amtsübergabe ist für Anfang Juni geplant.", True),
        ("She will be sworn in on May 2.", True),
        ("Harbach takes office in July.", True),
        ("Seine Amtszeit endet im Juni.", False),
        ("Der Termin beginnt um zehn Uhr.", False),
        ("Her second term begins in May.", True),
        ("The office opens at nine.", False),
    ],
)
def test_a_line_on_taking_office_in_either_language(line, says_office):
    assert takes_office(words(line)) is says_office
