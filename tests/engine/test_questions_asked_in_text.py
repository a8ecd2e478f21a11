"""Articles that ask a reader's question themselves ("Muss die Stichwahl wiederholt werden?",
"Warum hat X verloren?") and answer it below, a results page naming districts by common nouns
(Altstadt, Hafen, Mitte) with only the leader's share, and a press review's words about a
candidate beside the candidate's own. The night is invented for these stories."""

import pytest

from bot.engine import questions
from bot.engine.engine import Engine
from bot.engine.reply import OK
from tests.engine.conftest import engine_over, texts
from tests.engine.test_questions_chat import ask


def _sidecar(
    title: str,
    published: str = "2026-11-16",
    publisher: str = "Fennwalder Bote",
    author: str = "Ina Lohmeier",
) -> str:
    return (
        f"title: '{title}'\npublisher: {publisher}\nauthors: ['{author}']\npublished: {published}\n"
    )


NIGHT = {
    # An FAQ page: each heading a question, the answer on the line below.
    "fragen_stichwahl": (
        "Die wichtigsten Fragen zur Stichwahl in Fennwald\n"
        "Nur 180 Stimmen trennen Siegerin und Verlierer. Was jetzt passiert.\n"
        "Wer hat gewonnen?\n"
        "Marit Olbrecht (Grüne) kam auf 50,4 Prozent, Amtsinhaber Hajo Pellmann (CDU) auf "
        "49,6 Prozent.\n"
        "Muss die Stichwahl wiederholt werden?\n"
        "Nein. Ein knappes Ergebnis ist noch kein Wahlfehler, und Einsprüche liegen keine vor.\n"
        "Wann tritt Olbrecht ihr Amt an?\n"
        "Am 1. März 2027. Bis dahin führt Pellmann die Geschäfte.\n"
        "Wer führt jetzt die Stadtbibliothek?\n"
        "Das ist offen. Olbrecht hatte die Bibliothek zehn Jahre geleitet.\n",
        _sidecar("Die wichtigsten Fragen zur Stichwahl in Fennwald"),
    ),
    # The loser's portrait: his farewell words first, then the paper's own "Warum …?".
    "portraet_pellmann": (
        "Hajo Pellmann: Abschied nach zwei Amtszeiten\n"
        "Am Sonntag hat Hajo Pellmann die Stichwahl in Fennwald verloren.\n"
        "„Ich gehe mit einem guten Gefühl, diese Stadt war mein Leben“, sagte Pellmann am "
        "Montag beim Räumen seines Büros.\n"
        "Warum hat Pellmann verloren?\n"
        "Vor allem der Streit um die Schließung der Fähre nach Osterbrink kostete ihn "
        "Stimmen, weil er sie gegen viele Proteste durchgesetzt hatte.\n",
        _sidecar("Hajo Pellmann: Abschied nach zwei Amtszeiten", published="2026-11-17"),
    ),
    # The results by district: districts named by common nouns, the leader's share alone.
    "stadtteile": (
        "Stichwahl in Fennwald: So haben die Stadtteile gewählt\n"
        "Die Kernstadt wählte Olbrecht, die Dörfer Pellmann.\n"
        "Altstadt: Olbrecht 54,8 Prozent. Hier lebt die Siegerin.\n"
        "Hafen: Olbrecht 61,2 Prozent. Ihr bestes Ergebnis.\n"
        "Mitte: Pellmann 50,9 Prozent. Knapp wie nirgends sonst.\n"
        "Osterbrink: Pellmann 66,0 Prozent. Die Fähre war hier das Thema.\n",
        _sidecar("Stichwahl in Fennwald: So haben die Stadtteile gewählt"),
    ),
    # A neighbour's night: a winner of a whole town, in an article that names its harbour,
    # with a defeat in its title.
    "nachbarstadt": (
        "Stichwahl in Brakum: Niederlage für die CDU\n"
        "Ole Tammen (SPD) hat die Stichwahl in Brakum mit 57,0 Prozent gewonnen.\n"
        "Gefeiert wurde im alten Zollhaus am Hafen. Der Narrenverein Weststadt schenkte aus.\n",
        _sidecar("Stichwahl in Brakum: Niederlage für die CDU"),
    ),
    # A chronicle of the night with the candidates' words, and other papers' words on them.
    "chronik": (
        "Der Wahlabend in Fennwald\n"
        "20.40 Uhr: Wahlleiter Sven Duckert verkündet das vorläufige Ergebnis.\n"
        "20.55 Uhr: Pellmann gratuliert der Siegerin. „Die Wähler haben entschieden, das "
        "akzeptiere ich“, sagt Hajo Pellmann am Wahlabend.\n",
        _sidecar("Der Wahlabend in Fennwald"),
    ),
    "pressestimmen": (
        "Pressestimmen zur Wahl in Fennwald\n"
        "Die „Küstenpost“ schreibt: „Pellmann hat am Wahlabend Größe gezeigt, aber den "
        "Wahlkampf hat er verschlafen.“\n"
        "Die „Marschener Zeitung“ meint, die Fähre habe Pellmann das Amt gekostet.\n",
        _sidecar("Pressestimmen zur Wahl in Fennwald", "2026-11-17", author="Tjark Mewes"),
    ),
    # A news agency's short item on a village.
    "agentur_osterbrink": (
        "Osterbrink: Fährverein sammelt Unterschriften\n"
        "Osterbrink (nnd) – Nach der Wahl in Fennwald will ein Verein die Fähre retten.\n",
        _sidecar(
            "Osterbrink: Fährverein sammelt Unterschriften", publisher="Nordsee-Nachrichtendienst"
        ),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("asked_in_text_night"), NIGHT, config)


def first_lines(night: Engine, question: str) -> list[str]:
    """The lines the bot answers with, best first; none where it says the articles do not."""
    reply = ask(night, question)
    return texts(reply)[:3] if reply.status == OK else []


def test_a_reader_asking_the_faqs_question_gets_its_answer_not_the_heading(night):
    found = first_lines(night, "muss die stichwahl wiederholt werden")
    assert found and found[0].startswith("Nein.")
    assert all(not text.endswith("?") for text in found)


def test_who_runs_it_now_is_answered_by_the_line_below_the_articles_own_who(night):
    found = first_lines(night, "wer führt jetzt die stadtbibliothek")
    assert found and found[0].startswith("Das ist offen.")


def test_when_she_takes_office_is_the_date_below_the_faqs_own_when(night):
    found = first_lines(night, "wann tritt olbrecht ihr amt an")
    assert found and found[0].startswith("Am 1. März 2027.")


def test_why_the_mayor_lost_shows_the_papers_reasons_before_his_farewell(night):
    found = first_lines(night, "warum hat pellmann verloren")
    assert found and "Vor allem der Streit um die Schließung der Fähre" in found[0]
    assert all("mit einem guten Gefühl" not in text for text in found)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        pytest.param("wer hat im hafen gewonnen", "Hafen: Olbrecht 61,2 Prozent", id="Hafen"),
        pytest.param("wer hat in der altstadt gewonnen", "Altstadt: Olbrecht 54,8", id="Altstadt"),
        pytest.param("wer hat in mitte gewonnen", "Mitte: Pellmann 50,9 Prozent", id="Mitte"),
    ],
)
def test_a_district_named_by_a_common_noun_is_a_place_the_results_name(night, question, line):
    reply = ask(night, question)
    assert reply.status == OK and line in texts(reply)[0]
    assert "Tammen" not in reply.text  # the bot names no other town's winner itself


def test_what_a_candidate_said_on_the_night_is_his_own_words_before_a_papers(night):
    found = first_lines(night, "was sagte pellmann am wahlabend")
    assert found and "Die Wähler haben entschieden" in found[0]


@pytest.mark.parametrize(
    "question",
    ["warum wurde pellmann abgewählt", "woran lag die niederlage von pellmann"],
)
def test_why_he_was_voted_out_is_why_he_lost_and_a_defeat_is_no_place(night, question):
    found = first_lines(night, question)
    assert found and "Vor allem der Streit um die Schließung der Fähre" in found[0]


def test_a_word_of_winning_typed_one_letter_off_still_asks_who_won(night):
    reply = ask(night, "wer hat im hafen gewonen")
    assert reply.status == OK and "Hafen: Olbrecht 61,2 Prozent" in texts(reply)[0]
    found = first_lines(night, "hat pellmann verlohren")
    assert found and "hat Hajo Pellmann die Stichwahl in Fennwald verloren" in found[0]


def test_what_a_paper_the_review_quotes_thinks_is_its_words_not_the_publishers_list(night):
    found = first_lines(night, "was meint die marschener zeitung")
    assert found and "Die „Marschener Zeitung“ meint" in found[0]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        pytest.param("wer hat die pressestimmen zusammengestellt", "Tjark Mewes", id="compiled"),
        pytest.param(
            "von welcher agentur ist die meldung über osterbrink",
            "Nordsee-Nachrichtendienst",
            id="agency",
        ),
    ],
)
def test_who_compiled_a_page_and_which_agency_sent_an_item_are_in_its_byline(night, question, said):
    reply = ask(night, question)
    assert reply.status == OK and said in reply.text


@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        ("Der Narrenverein Weststadt schenkte aus.", False),
        ("Hafen: Olbrecht 61,2 Prozent.", True),
        ("Ole Tammen (SPD) hat die Stichwahl in Brakum mit 57,0 Prozent gewonnen.", True),
    ],
)
def test_who_won_there_is_never_answered_by_a_line_that_tells_no_result(night, sentence, tells):
    # "wer hat in der Weststadt gewonnen": the only line naming it, about a carnival club,
    # with a win somewhere around it, is no answer: the bot says the articles do not say
    index = night.index
    unit = next(u for u in range(len(index.classes)) if index.columns.text(u) == sentence)
    assert questions._tells_a_result(index, unit) is tells
