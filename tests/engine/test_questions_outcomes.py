"""Winners and losers the text only implies: a runoff's other candidate given only a result,
a re-election told as keeping the office, a margin in votes that does not name the winner.
The night is invented for these stories."""

import pytest

from bot.engine.engine import Engine
from bot.engine.folding import words
from bot.engine.reply import OK
from bot.engine.wins import kept_office
from tests.engine.conftest import engine_over, texts
from tests.engine.test_questions_chat import ask

SIDECAR = "title: {title}\npublisher: Kreisbote Nord\npublished: 2026-07-05\n"

NIGHT = {
    # The loser given only a result, in the same line as the winner's.
    "stichwahl_fernau": (
        "Fernau\n"
        "Fernau hat gewählt\n"
        "Von Bo Muster\n"
        "Fernau. In der Stichwahl standen sich Jan Ahlborn (SPD) und Mia Grotefend (CDU) "
        "gegenüber.\n"
        "Jan Ahlborn gewinnt die Stichwahl mit 56,2 Prozent. Mia Grotefend kommt auf 43,8 "
        "Prozent.\n"
        "„Wir haben alles gegeben“, sagte Grotefend.\n",
        SIDECAR.format(title="Fernau hat gewählt"),
    ),
    # Two towns under headings; both mayors keep their office.
    "kreis_ueberblick": (
        "Kreis\n"
        "Zwei Bürgermeister bestätigt\n"
        "Von Bo Muster\n"
        "Kreis Musterland. In zwei Gemeinden wurde am Sonntag gewählt.\n"
        "Ostheim\n"
        "Bürgermeister Kurt Pelzer (CDU) bleibt mit 64,0 Prozent im Amt. Sein Herausforderer "
        "Ole Brix kam auf 36,0 Prozent.\n"
        "Westheim\n"
        "In Westheim verteidigte Bürgermeisterin Lore Fink (parteilos) ihr Amt. Sie setzte "
        "sich mit 57,5 Prozent gegen Udo Kramer durch.\n",
        SIDECAR.format(title="Zwei Bürgermeister bestätigt"),
    ),
    # A lead in votes in a line that names only the loser.
    "landrat_suedkreis": (
        "Südkreis\n"
        "Neuer Landrat im Südkreis\n"
        "Von Bo Muster\n"
        "Südkreis. Der neue Landrat heißt Egon Sattler. Er erreichte 58,0 Prozent.\n"
        "Seine Mitbewerberin Hanna Lenz erhielt 42,0 Prozent. Der Abstand betrug rund 7.100 "
        "Stimmen.\n",
        SIDECAR.format(title="Neuer Landrat im Südkreis"),
    ),
    # A re-election in the title, a word no town has.
    "buergermeisterin_hollerbach": (
        "Hollerbach\n"
        "Anke Wiebe im ersten Wahlgang wiedergewählt\n"
        "Von Bo Muster\n"
        "Hollerbach. Bürgermeisterin Anke Wiebe (SPD) hat die Wahl mit 71,2 Prozent gewonnen.\n",
        SIDECAR.format(title="Anke Wiebe im ersten Wahlgang wiedergewählt"),
    ),
    # A radio bulletin of three towns: a mayor kept, a new mayor, an incumbent beaten with the
    # verb first ("In Y unterlag Amtsinhaber X dem Kandidaten Z").
    "radio_nachrichten": (
        "Die Nachrichten um 22 Uhr\n"
        "Drei Städte im Kreis haben am Sonntag gewählt.\n"
        "Lindtal\n"
        "In Lindtal bleibt Bürgermeister Bruno Kessler (parteilos) im Amt. Er setzte sich mit "
        "58,3 Prozent gegen Rita Ulmen durch.\n"
        "Eschenau\n"
        "In Eschenau hat Aylin Korkmaz (SPD) die Wahl zur Bürgermeisterin gewonnen. Sie kam auf "
        "51,9 Prozent. Die 38-Jährige ist die erste Frau im Amt. Ihr Gegenkandidat Rolf Berger "
        "(CDU) räumte seine Niederlage ein.\n"
        "Brückfeld\n"
        "In Brückfeld unterlag Amtsinhaber Harald Voss (CDU) überraschend dem Grünen-Kandidaten "
        "Timo Lindgren.\n",
        SIDECAR.format(title="Die Nachrichten um 22 Uhr"),
    ),
    # A first round that decided nothing: the two best go into a runoff in two weeks.
    "erster_wahlgang_kornheim": (
        "Kornheim\n"
        "Kornheim wählt in zwei Wochen noch einmal\n"
        "Von Bo Muster\n"
        "Kornheim. Keiner der drei Bewerber hat die absolute Mehrheit geschafft.\n"
        "Es gibt eine Stichwahl. Greta Lindqvist (SPD) bekam 41,2 Prozent, Paul Ebbinghaus "
        "(CDU) 35,0 Prozent.\n"
        "Der Dritte, Malte Rieck (FDP), schied mit 23,8 Prozent aus.\n"
        "Die Schulleiterin Greta Lindqvist stand am Abend lange im Foyer des Rathauses.\n"
        "Gewählt haben nur 39,5 Prozent der Kornheimer.\n"
        "Im Stadtteil Ostend lag Ebbinghaus vorn. Er gewann den Stadtteil vor Lindqvist.\n",
        SIDECAR.format(title="Kornheim wählt in zwei Wochen noch einmal"),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("outcomes_night"), NIGHT, config)


def test_the_loser_of_a_runoff_is_the_other_candidate_given_a_result(night):
    reply = ask(night, "wer hat in fernau verloren")
    assert reply.status == OK
    assert "Mia Grotefend kommt auf 43,8 Prozent" in texts(reply)[0]


def test_the_loser_asked_by_a_role_is_the_other_candidate(night):
    reply = ask(night, "was hat die verliererin in fernau gesagt")
    assert "Wir haben alles gegeben" in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    ["gegen wen hat ahlborn gewonnen", "wen hat ahlborn geschlagen", "wen hat ahlborn besiegt"],
)
def test_whom_the_winner_beat_in_the_same_line(night, question):
    reply = ask(night, question)
    assert "Mia Grotefend" in texts(reply)[0]


@pytest.mark.parametrize(
    "question", ["gegen wen hat grotefend verloren", "who was grotefend up against"]
)
def test_whom_the_loser_lost_to_is_the_winner_whose_only_rival_she_was(night, question):
    reply = ask(night, question)
    assert reply.status == OK
    assert "Jan Ahlborn gewinnt die Stichwahl" in " ".join(texts(reply))


def test_a_re_election_asked_is_no_town_though_a_title_has_the_word(night):
    # "wiedergewählt" stands in one title only, as rare as a town's name would be
    reply = ask(night, "wurde pelzer wiedergewählt")
    assert reply.status == OK
    assert "Kurt Pelzer (CDU) bleibt" in texts(reply)[0]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("wer hat in ostheim gewonnen", "Kurt Pelzer (CDU) bleibt"),
        ("wer wurde in ostheim wiedergewählt", "Kurt Pelzer (CDU) bleibt"),
        ("who won in ostheim", "Kurt Pelzer (CDU) bleibt"),
        ("wer hat in westheim gewonnen", "verteidigte Bürgermeisterin Lore Fink"),
    ],
)
def test_keeping_the_office_is_a_win_of_the_place_under_its_heading(night, question, answer):
    reply = ask(night, question)
    assert reply.status == OK
    assert answer in texts(reply)[0]


def test_several_races_in_one_report_give_no_rival_from_another(night):
    # Fink's rival is Kramer, set against her by "gegen"; Brix is Ostheim's loser
    reply = ask(night, "gegen wen hat fink gewonnen")
    assert all("Brix" not in text for text in texts(reply))


@pytest.mark.parametrize(
    ("question"),
    ["mit wie vielen stimmen vorsprung hat sattler gewonnen", "how many votes did sattler win by"],
)
def test_a_lead_in_the_winners_article_answers_by_how_much(night, question):
    reply = ask(night, question)
    assert reply.status == OK
    assert "Der Abstand betrug rund 7.100 Stimmen" in texts(reply)[0]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bürgermeister Max Muster bleibt mit 61,2 Prozent im Amt.", True),
        ("Bürgermeisterin Eva Beispiel verteidigte ihr Amt.", True),
        ("Probe war 2019 im Amt bestätigt worden.", False),
        ("Der Minister bleibt trotz der Kritik im Amt.", False),
        ("Die Stadt bestätigte den Termin.", False),
        ("Sie verteidigte die Pläne für das Freibad.", False),
    ],
)
def test_keeping_the_office(text, kept):
    tokens = words(text)
    assert kept_office(tokens, tokens) is kept


def test_with_several_races_and_no_place_nobody_is_the_implied_loser(night):
    reply = ask(night, "wer hat verloren")
    assert all("Grotefend kommt auf" not in text for text in texts(reply)[:1])


# A region's night told twice, its name in one title and in passing in the other article: the
# night is there, though no line of the result names it.
REGION_NIGHT = {
    "kanal_hollerland": (
        "Landratswahl im Hollerland: der Abend im Kanal\n"
        "18:00 – Die Wahllokale sind zu.\n"
        "20:12 – Entschieden: Greta Imholte gewinnt mit 56,8 Prozent.\n"
        "20:20 – Lars Ovelgönne räumt die Niederlage ein.\n",
        SIDECAR.format(title="Landratswahl im Hollerland"),
    ),
    "faktencheck_hollerland": (
        "Faktencheck zum Bild des Verlierers\n"
        "Ein Bild im Netz zeigt den unterlegenen Kandidaten Lars Ovelgönne.\n"
        "Geteilt wurde es zuerst von einem Account, der sich „Hollerland wacht auf“ nennt.\n",
        SIDECAR.format(title="Faktencheck zum Bild des Verlierers"),
    ),
}


@pytest.fixture(scope="module")
def region_night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("region_night"), REGION_NIGHT, config)


@pytest.mark.parametrize(
    "question",
    ["wer hat in hollerland gewonnen", "who won in hollerland", "who won in Hollerland?"],
)
def test_a_region_every_article_leads_with_need_not_stand_in_the_winners_line(
    region_night, question
):
    reply = ask(region_night, question)
    assert reply.status == OK
    assert "Greta Imholte gewinnt" in texts(reply)[0]


@pytest.mark.parametrize(
    "question", ["wann hat ovelgönne die niederlage eingeräumt", "when did ovelgönne concede"]
)
def test_a_tickers_time_stamp_says_when_its_news_happened(region_night, question):
    reply = ask(region_night, question)
    assert reply.status == OK
    assert texts(reply)[0].startswith("20:20 – Lars Ovelgönne räumt")


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("wer hat in brückfeld verloren", "Verloren hat Harald Voss"),
        ("wer hat in brückfeld gewonnen", "Gewonnen hat Timo Lindgren"),
        ("who won in brückfeld", "Timo Lindgren won"),
    ],
)
def test_with_the_verb_first_the_beaten_incumbent_is_the_subject_not_the_dative(
    night, question, heading
):
    reply = ask(night, question)
    assert reply.status == OK and reply.text.startswith(heading)
    assert "unterlag Amtsinhaber Harald Voss" in texts(reply)[0]


@pytest.mark.parametrize("question", ["wurde kessler wiedergewählt", "hat lindgren gewonnen"])
def test_asked_whether_somebody_won_another_towns_winner_is_no_answer(night, question):
    """In a bulletin of several towns, a line that does not speak of the person asked (by
    name, as speaker or by "er" after their name) never answers whether they won."""
    reply = ask(night, question)
    assert reply.status == OK
    assert "Korkmaz" not in reply.text and all("Korkmaz" not in t for t in texts(reply))


@pytest.mark.parametrize(
    "question", ["wer hat in lindtal gewonnen", "who won in lindtal", "wurde kessler wiedergewählt"]
)
def test_keeping_the_office_with_the_result_in_the_next_sentence_is_a_win(night, question):
    """ "In L. bleibt Bürgermeister X im Amt. Er setzte sich mit 58,3 Prozent … durch": the
    sentence that says X stays names the winner, the result beside it says it was an election."""
    reply = ask(night, question)
    assert reply.status == OK and "Bruno Kessler" in reply.text.split("–")[0]
    assert texts(reply)[0].startswith("In Lindtal bleibt Bürgermeister Bruno Kessler")


def test_the_new_mayor_of_a_town_is_the_winner_of_its_paragraph_in_a_bulletin(night):
    """Three towns' winners stand in one bulletin; "die neue Bürgermeisterin von Eschenau" is
    the one its paragraph names."""
    reply = ask(night, "wie alt ist die neue bürgermeisterin von eschenau")
    assert reply.status == OK
    assert "Die 38-Jährige" in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    [
        "wen hat korkmaz geschlagen",
        "gegen wen hat korkmaz gewonnen",
        "who did korkmaz beat",
        "who did Korkmaz defeat?",
    ],
)
def test_whom_a_winner_beat_is_the_loser_her_own_paragraph_names(night, question):
    """A bulletin names a loser per town; the one in the winner's paragraph is whom she beat,
    though he has no result of his own."""
    reply = ask(night, question)
    assert reply.status == OK
    assert texts(reply)[0].startswith("Ihr Gegenkandidat Rolf Berger (CDU) räumte")


def test_a_mayor_who_stays_after_the_count_is_who_won_there(tmp_path, config):
    """A district's ticker: "Birkweiler ist ausgezählt. Anke Ruppert bleibt Bürgermeisterin."
    tells who won in Birkweiler, though no word of winning stands there. Staying in office in
    a scandal is no election's ("bleibt Bürgermeisterin, trotz der Kritik")."""
    night = {
        "ticker_kreis_lohn": (
            "Wahlabend im Kreis Lohn: Der Ticker\n"
            "Landratswahl und zwei Bürgermeisterwahlen: Wir berichten live.\n"
            "Von Ida Muster\n"
            "18.40 Uhr: Erste Zahlen aus Birkweiler. Anke Ruppert liegt vorn.\n"
            "19.30 Uhr: Birkweiler ist ausgezählt. Anke Ruppert bleibt Bürgermeisterin.\n"
            "20.10 Uhr: In Tannhof gewinnt Olaf Brems (SPD) mit 55,2 Prozent.\n",
            SIDECAR.format(title="Wahlabend im Kreis Lohn"),
        ),
        "skandal_moosdorf": (
            "Moosdorf\nKritik am Rathaus\nVon Tom Muster\nMoosdorf. Nach dem Streit um die "
            "Kita bleibt Bürgermeisterin Greta Hall, trotz der Kritik, im Amt.\n",
            SIDECAR.format(title="Kritik am Rathaus"),
        ),
    }
    engine = engine_over(tmp_path, night, config)
    reply = ask(engine, "wer hat die bürgermeisterwahl in birkweiler gewonnen")
    assert reply.status == OK and "Anke Ruppert" in reply.text, reply.text
    assert "bleibt Bürgermeisterin" in texts(reply)[0]
    assert "Greta Hall" not in ask(engine, "wer hat in moosdorf gewonnen").text


def test_the_new_mayor_asked_is_not_the_districts_new_landrat(tmp_path, config):
    """ "wer ist der neue Bürgermeister in Wendorf" where the district's report names only a
    new Landrätin and a runoff still to come in Wendorf: the Landrätin is no mayor."""
    night = {
        "kreis_lohn_ergebnis": (
            "Kreis Lohn hat gewählt\n"
            "Von Ida Muster\n"
            "Lohn. Jana Beispiel (SPD) gewinnt die Landratswahl mit 51,4 Prozent.\n"
            "In Wendorf findet am 27. September eine Stichwahl um das Bürgermeisteramt statt.\n"
            "Jana Beispiel ist die erste Landrätin des Kreises. Sie lebt in Wendorf.\n",
            SIDECAR.format(title="Kreis Lohn hat gewählt"),
        ),
    }
    engine = engine_over(tmp_path, night, config)
    reply = ask(engine, "wer ist der neue bürgermeister in wendorf")
    assert "Gewonnen hat Jana Beispiel" not in reply.text, reply.text


def test_a_winner_the_result_line_gives_only_by_her_age_is_named(tmp_path, config):
    """ "Petra Hörmann (SPD), 52, jubelt. Die 52-Jährige gewann die Stichwahl …": the line of
    the win names her only by her age; "wer hat gewonnen" names her, with that line, and
    "wer hat verloren" the other candidate. A woman who congratulates is no winner."""
    night = engine_over(
        tmp_path,
        {
            "landrat_mindelheim": (
                "Neue Landrätin\n\n"
                "Mindelheim. Petra Hörmann (SPD), 52, jubelt am Abend im Landratsamt. Die "
                "52-Jährige gewann die Stichwahl mit 52,1 Prozent. Ihr Gegenkandidat Max Huber "
                "(CSU) kam auf 47,9 Prozent.\n\n"
                "Auch Vera Kolb (Grüne), 47, war gekommen. Die 47-Jährige gratulierte der "
                "Siegerin.\n",
                SIDECAR.format(title="Neue Landrätin in Mindelheim"),
            )
        },
        config,
    )
    won = ask(night, "wer hat in mindelheim gewonnen")
    assert won.text.startswith("Gewonnen hat Petra Hörmann")
    assert texts(won)[0] == "Die 52-Jährige gewann die Stichwahl mit 52,1 Prozent."
    assert ask(night, "who won the runoff").text.startswith("Petra Hörmann won")
    lost = ask(night, "wer hat verloren")
    assert "Vera Kolb" not in lost.text and "Petra Hörmann" not in lost.text


def test_who_won_over_a_night_of_several_towns_names_each_winner_shown(tmp_path, config):
    """ "wer hat gewonnen" with no place, over two towns' reports: the bot says the articles
    name several winners and which, each with the line that names them, and how to ask for
    one town; asked by place, the one winner."""
    night = engine_over(
        tmp_path,
        {
            "stichwahl_ahlen": (
                "Stichwahl in Ahlen\n\nAhlen. Jana Brück (SPD) gewinnt die Stichwahl mit 54,0 "
                "Prozent gegen Kai Esch (CDU).\n",
                SIDECAR.format(title="Stichwahl in Ahlen"),
            ),
            "stichwahl_beckum": (
                "Stichwahl in Beckum\n\nBeckum. Ole Wiek (CDU) gewinnt die Stichwahl mit 51,2 "
                "Prozent gegen Ina Saal (SPD).\n",
                SIDECAR.format(title="Stichwahl in Beckum"),
            ),
        },
        config,
    )
    reply = ask(night, "wer hat gewonnen")
    assert reply.text == (
        "Die Artikel nennen mehrere Gewinner, darunter Jana Brück und Ole Wiek. Für einen Ort "
        "frag z. B. „Wer hat in … gewonnen?“ – das sagen sie dazu:"
    )
    assert [line.split(" (")[0] for line in texts(reply)] == ["Jana Brück", "Ole Wiek"]
    english = ask(night, "who won")
    assert english.text.startswith("The articles name several winners, among them ")
    assert ask(night, "wer hat in beckum gewonnen").text.startswith("Gewonnen hat Ole Wiek")


def test_a_districts_win_of_the_loser_is_no_second_winner_of_the_night(tmp_path, config):
    """A Landrat's runoff won by Brandl, whose loser Aigner won one town of the district: before,
    "wer hat gewonnen" said the articles name several winners, Aigner among them. The loser of
    the article's own contest won only a part of it; asked by that town, she won there."""
    night = engine_over(
        tmp_path,
        {
            "landrat_rottal": (
                "Brandl gewinnt Stichwahl\n\nFlorian Brandl (CSU) ist neuer Landrat. Er setzte "
                "sich mit 58,3 Prozent gegen Monika Aigner (FW) durch.\nAigner räumte ihre "
                "Niederlage am Abend ein.\nIn Simbach hat Aigner gewonnen, dort lag sie mit "
                "50,9 Prozent vorn.\n",
                SIDECAR.format(title="Brandl gewinnt Stichwahl"),
            ),
        },
        config,
    )
    reply = ask(night, "wer hat gewonnen")
    assert reply.text.startswith("Gewonnen hat Florian Brandl"), reply.text
    assert all("Simbach" not in text for text in texts(reply))
    assert ask(night, "wer hat in simbach gewonnen").text.startswith("Gewonnen hat Monika Aigner")


def test_a_runoff_still_to_come_has_no_winner_in_a_columns_reported_promise(tmp_path, config):
    """ "who won the runoff in Wendorf" where the night's column only looks ahead to it ("Und
    Wendorf? Dort wird in zwei Wochen noch einmal gewählt") beside the new Landrätin's
    promise in reported speech: her words, in an article not about Wendorf and in a line that
    does not name it, say nobody won there."""
    night = {
        "kolumne_kreis_lohn": (
            "Muster meint: Ein Kreis hat gewählt\n"
            "Von Ida Muster\n"
            "Am Sonntag war es im Kreishaus wie immer: Alle gaben sich die Hand.\n"
            "Jana Beispiel (SPD) ist die neue Landrätin des Kreises.\n"
            "Die neue Landrätin hat versprochen, dass kein Dorf mehr abgehängt wird.\n"
            "Und Wendorf? Dort wird in zwei Wochen noch einmal gewählt. Mein Rat: Hingehen.\n",
            SIDECAR.format(title="Muster meint - Ein Kreis hat gewählt"),
        ),
        "stichwahl_wendorf": (
            "Stichwahl in Wendorf\n"
            "Von Tom Muster\n"
            "Wendorf. In zwei Wochen entscheidet sich, wer Wendorf künftig führt. Die "
            "Stichwahl findet am 27. September statt.\n",
            SIDECAR.format(title="Stichwahl in Wendorf"),
        ),
    }
    engine = engine_over(tmp_path, {**NIGHT, **night}, config)
    for question in ("who won the runoff in wendorf", "wer hat die stichwahl in wendorf gewonnen"):
        reply = ask(engine, question)
        assert reply.status != OK and not texts(reply), question


@pytest.mark.parametrize(
    "question", ["wer hat in kornheim gewonnen", "hat lindqvist gewonnen", "who won in kornheim"]
)
def test_after_a_first_round_that_decided_nothing_nobody_has_won_yet(night, question):
    # the reader learns that there is a runoff, and between whom, not "the articles do not say"
    reply = ask(night, question)
    assert reply.status == OK
    assert "Stichwahl" in reply.text or "runoff" in reply.text
    assert "Greta Lindqvist (SPD) bekam 41,2 Prozent" in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    [
        "wer hat die stichwahl in kornheim gewonnen",
        "wer wird kämmerer wenn lindqvist gewinnt",
        # Ebbinghaus won a part of the town, not its election
        "wer hat die stichwahl gewonnen in kornheim",
    ],
)
def test_the_runoff_to_come_answers_no_question_about_its_own_result(night, question):
    assert ask(night, question).status != OK


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # her first mention gives only her result; a later line says what she does
        ("wer ist greta lindqvist", "Die Schulleiterin Greta Lindqvist stand"),
        # the turnout told as how many voted, without the word "Wahlbeteiligung"
        ("wie hoch war die wahlbeteiligung in kornheim", "Gewählt haben nur 39,5 Prozent"),
        ("wahlbeteiligung kornheim", "Gewählt haben nur 39,5 Prozent"),
    ],
)
def test_the_line_that_says_it_in_its_own_words_comes_first(night, question, answer):
    reply = ask(night, question)
    assert reply.status == OK and answer in texts(reply)[0]


# The runoff's loser won some parts of the town: that is no second winner of the night.
PARTS_NIGHT = (
    "Oberau\n"
    "Oberau hat eine neue Bürgermeisterin\n"
    "Von Bo Muster\n"
    "Oberau. Die Stichwahl hat Carla Niehoff (CDU) mit 54,8 Prozent gewonnen. Ihr Gegner "
    "Malte Schrage (SPD) kam auf 45,2 Prozent.\n"
    "Schrage dagegen {part_win}. Seine Niederlage erklärte er mit der geringen "
    "Wahlbeteiligung im Norden.\n"
)
PART_WINS = [
    "gewann die Innenstadt-Bezirke rund um den Markt",
    "gewann 9 von 24 Wahlbezirken",
    "gewann fast alle Ortsteile im Süden",
]


@pytest.mark.parametrize("part_win", PART_WINS)
def test_the_loser_winning_districts_is_no_second_winner(tmp_path, config, part_win):
    town = {"oberau": (PARTS_NIGHT.format(part_win=part_win), SIDECAR.format(title="Oberau"))}
    engine = engine_over(tmp_path, town, config)
    reply = ask(engine, "wer hat gewonnen")
    assert reply.text.startswith("Gewonnen hat Carla Niehoff")
    assert "Die Stichwahl hat Carla Niehoff" in texts(reply)[0]
    why = ask(engine, "warum hat schrage verloren")
    assert "nicht verloren" not in why.text  # he lost the town, whatever parts he won


def test_winning_the_runoff_in_every_district_is_winning_it(tmp_path, config):
    text = (
        "Unterau\n"
        "Unterau hat gewählt\n"
        "Von Bo Muster\n"
        "Unterau. Jonas Brede (SPD) gewann die Stichwahl in allen Ortsteilen, mit 61,0 Prozent.\n"
    )
    engine = engine_over(tmp_path, {"unterau": (text, SIDECAR.format(title="Unterau"))}, config)
    assert ask(engine, "wer hat gewonnen").text.startswith("Gewonnen hat Jonas Brede")


# The winner told only in a line about the victory, a party leader's tally of runoffs told
# in the same report (nobody's own win).
PARTY_TALLY = {
    "stichwahl_gerstedt": (
        "Gerstedt\n"
        "Machtwechsel in Gerstedt\n"
        "Von Bo Muster\n"
        "Gerstedt. Im Rathaus von Gerstedt feierte die Wählergruppe am Sonntagabend.\n"
        "Der Landesvorsitzende der Partei, Arno Quast, kam gegen 21 Uhr.\n"
        "Er wies darauf hin, dass die Partei 14 von 20 Stichwahlen im Land gewonnen hat.\n"
        "Der Landesvorsitzende wies auch darauf hin, dass die Partei 14 von 20 Stichwahlen "
        "gewonnen hat.\n"
        "Lea Dornbusch freute sich über Pahlkes Sieg. Jonas Pahlke dankte seinem Team.\n",
        SIDECAR.format(title="Machtwechsel in Gerstedt"),
    ),
}


@pytest.mark.parametrize(
    "question", ["wer hat die stichwahl in gerstedt gewonnen", "wer hat gewonnen"]
)
def test_the_winner_is_named_first_though_a_speaker_tells_a_partys_tally(
    tmp_path, config, question
):
    # the leader who says the party won 14 runoffs is the voice of that line, not its winner
    reply = ask(engine_over(tmp_path, PARTY_TALLY, config), question)
    assert reply.status == OK
    assert reply.text.startswith("Gewonnen hat Jonas Pahlke")
    assert not any("Stichwahlen" in text for text in texts(reply))
