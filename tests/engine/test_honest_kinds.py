"""The honest no kind by kind: a job nobody gives, the holder of an office before the one the
text calls its outgoing holder, the postal vote, the time of an event not listed, each asked
beside a cousin the text answers. The reader hears that the articles do not say, not
the person's nearest line; the cousin is answered."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over_texts, texts
from tests.engine.test_questions_chat import ask

# A small town's runoff as a club newsletter and a radio transcript tell it: the loser gives
# his job in his own words, the club's chair speaks without one, the third candidate is only
# named with her share.
NIGHT = {
    "verein_rundbrief": (
        "SV Probedorf 1921 – Rundbrief\n"
        "Neues aus dem Vorstand\n"
        "Unser Vorsitzender Knut Beispielmann sagte am Montag: „Wir wollen endlich einen "
        "Termin für den neuen Rasenplatz.“\n"
        "Die neue Bürgermeisterin Greta Musterfrau spielt seit Jahren in unserer "
        "Volleyballmannschaft.\n"
        "Unser Kassenwart Rolf Achterkamp, der eine Tischlerei in der Altstadt führt, hat die "
        "Bänke gespendet.\n"
        "Jens Rübenkamp, 52, ist Elektriker und hat das Flutlicht repariert.\n"
        "Kassenprüfer Malte Hinzpeter sagte, mit Greta Musterfrau als OB werde der Verein "
        "gehört.\n"
    ),
    "radio_stichwahl": (
        "Radio Probedorf: Die Nacht der Stichwahl\n"
        "Von Ole Beispiel\n"
        "Greta Musterfrau hat die Stichwahl in Probedorf mit 55,2 Prozent gewonnen, Timo "
        "Probstmeier kam auf 44,8 Prozent.\n"
        "„Ich hätte es mir anders gewünscht. Als Steuerberater weiß ich, dass man mit Zahlen "
        "nicht streitet“, sagte Probstmeier.\n"
        "Ines Vorlauf-Kessler war im ersten Wahlgang mit 21,4 Prozent Dritte geworden.\n"
        "Der scheidende Bürgermeister Holger Altmann (CDU) war nicht mehr angetreten.\n"
    ),
    "kleinprobe": (
        "Kleinprobe hat gewählt\n"
        "Kleinprobe. Im Rathaus folgt auf Bürgermeister Udo Kramm nun Lena Feldkamp.\n"
    ),
    "umfrage": (
        "Umfrage: Was zählt bei der Wahl?\n"
        "Viele Befragte sagen, der Beruf der Kandidaten sei ihnen wichtig. Wer beruflich mit "
        "Zahlen zu tun hat, traut sich die Stadtkasse eher zu. Die Turnhalle der Grundschule ist "
        "seit Jahren gesperrt.\n"
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("kinds"), NIGHT, config)


@pytest.mark.parametrize(
    "question",
    [
        "was ist vorlauf-kessler von beruf",
        "was macht beispielmann beruflich",
        "what is vorlauf-kessler's job",
        "what does beispielmann do for a living",
    ],
)
def test_a_job_no_line_gives_is_not_answered_with_the_persons_nearest_line(night, question):
    reply = ask(night, question)
    assert reply.status != "ok", texts(reply)


def test_a_job_a_person_gives_in_their_own_words_is_still_answered(night):
    reply = ask(night, "was ist probstmeier von beruf")
    assert reply.status == "ok" and any("Steuerberater" in t for t in texts(reply))


@pytest.mark.parametrize(
    "question", ["wer war vor altmann bürgermeister", "who was mayor before altmann"]
)
def test_the_holder_before_the_outgoing_one_is_not_the_outgoing_one(night, question):
    """ "der scheidende Bürgermeister Altmann" says he held the office, not who held it before
    him."""
    reply = ask(night, question)
    assert reply.status != "ok", texts(reply)


def test_the_holder_before_a_successor_and_the_outgoing_holder_are_still_answered(night):
    before = ask(night, "wer war vor feldkamp bürgermeisterin")
    assert before.status == "ok" and "Udo Kramm" in texts(before)[0]
    outgoing = ask(night, "wer war vorher bürgermeister")
    assert outgoing.status == "ok" and any("Holger Altmann" in t for t in texts(outgoing))


@pytest.mark.parametrize(
    "question", ["was hat vorlauf-kessler gesagt", "what did vorlauf-kessler say"]
)
def test_what_a_double_named_person_who_said_nothing_said_is_not_a_line_about_her(night, question):
    """A double name is asked as typed ("vorlauf-kessler"): the words of her name still make
    her the speaker asked about, so the line that only reports her share is no answer."""
    reply = ask(night, question)
    assert reply.status != "ok", texts(reply)


def test_what_the_loser_said_is_still_his_quote(night):
    reply = ask(night, "was hat probstmeier gesagt")
    assert reply.status == "ok" and "Steuerberater" in texts(reply)[0]


def test_a_job_told_by_what_somebody_runs_is_still_answered(night):
    """ "X, der eine Tischlerei führt" gives no job's noun, but says what X does."""
    reply = ask(night, "was macht achterkamp beruflich")
    assert reply.status == "ok" and "Tischlerei" in texts(reply)[0]


def test_an_office_in_short_form_is_no_job(night):
    """ "mit X als OB" in somebody's words gives the mayor's office, not the speaker's job."""
    reply = ask(night, "was ist hinzpeter von beruf")
    assert reply.status != "ok", texts(reply)


def test_a_job_said_with_no_article_is_still_answered(night):
    """German gives a trade without an article ("X, 52, ist Elektriker"): whatever the trade,
    that line answers what X does for a living."""
    reply = ask(night, "was macht rübenkamp beruflich")
    assert reply.status == "ok" and "ist Elektriker" in texts(reply)[0]


# Two towns' results: one gives its postal vote apart, the other only its total.
POSTAL_NIGHT = {
    "ahlingen": (
        "Ahlingen hat gewählt\n"
        "Von Ole Beispiel\n"
        "Ahlingen – Greta Musterfrau (SPD) hat die Stichwahl in Ahlingen mit 55,2 Prozent "
        "gewonnen. Timo Probstmeier (CDU) kam auf 44,8 Prozent.\n"
        "Bei der Briefwahl lag Probstmeier mit 51,3 Prozent vorn.\n"
    ),
    "behrendorf": (
        "Behrendorf hat gewählt\n"
        "Von Ole Beispiel\n"
        "Behrendorf – Ina Beispiel (CDU) hat die Stichwahl in Behrendorf mit 61,0 Prozent "
        "gewonnen. Tom Muster (SPD) kam auf 39,0 Prozent.\n"
    ),
}


@pytest.fixture(scope="module")
def postal_night(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("postal"), POSTAL_NIGHT, config)


@pytest.mark.parametrize(
    "question",
    ["wer hat bei der briefwahl in behrendorf gewonnen", "who won the postal vote in behrendorf"],
)
def test_a_towns_total_does_not_answer_who_won_its_postal_vote(postal_night, question):
    assert ask(postal_night, question).status != "ok"


def test_a_postal_vote_told_apart_is_still_answered(postal_night):
    reply = ask(postal_night, "wer lag bei der briefwahl in ahlingen vorn")
    assert reply.status == "ok" and "Briefwahl" in texts(reply)[0]


# A parish letter's dates: each row names its event.
PARISH = {
    "pfarrbrief": (
        "Pfarrbrief St. Anna Probedorf\n"
        "Liebe Gemeinde, die Stadt hat eine neue Bürgermeisterin.\n"
        "Termine\n"
        "Erntedankgottesdienst: Sonntag, 17. Oktober, 10 Uhr, St. Anna\n"
        "Martinsumzug: Donnerstag, 11. November, 17 Uhr, ab Kindergarten St. Anna\n"
    ),
    "verein": (
        "Aus den Vereinen\n"
        "Der Adventsbasar des Fördervereins bringt jedes Jahr viel Geld für die Schule.\n"
    ),
}


@pytest.fixture(scope="module")
def parish(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("parish"), PARISH, config)


def test_the_time_of_an_event_not_listed_is_not_another_events_time(parish):
    """ "wann ist der Adventsbasar": the letter dates the procession and the service only."""
    assert ask(parish, "wann ist der adventsbasar von st. anna").status != "ok"
    procession = ask(parish, "wann ist der martinsumzug von st. anna")
    assert procession.status == "ok" and "11. November" in texts(procession)[0]
