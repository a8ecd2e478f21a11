"""Figures and reasons as reports write them without the question's word: a turnout told by
what the voters did, a share in words, a reason given by "da" or traced back. The night is
invented for these stories."""

import pytest

from bot.engine import lexicon
from bot.engine.engine import Engine
from bot.engine.folding import stem_word, words
from bot.engine.index import class_code
from bot.engine.reply import OK
from tests.engine.conftest import engine_over, texts
from tests.engine.test_questions_chat import ask

SIDECAR = "title: {title}\npublisher: Kreisbote Süd\npublished: 2026-06-08\n"

NIGHT = {
    "buergermeister_wiesenau": (
        "Wiesenau\n"
        "Wiesenau hat eine neue Bürgermeisterin\n"
        "Von Ada Beispiel\n"
        "Wiesenau. Die parteilose Greta Holm ist neue Bürgermeisterin von Wiesenau. Sie "
        "setzte sich am Sonntag mit 58,1 Prozent der Stimmen durch.\n"
        "Zur Wahl gingen 4.210 der 7.930 Wahlberechtigten. Holm lebt seit 2009 in "
        "Wiesenau.\n"
        "Ihr Gegenkandidat Lars Ott (CDU) führte das Ergebnis auf den Streit um die Ortsumfahrung "
        "zurück.\n",
        SIDECAR.format(title="Wiesenau hat eine neue Bürgermeisterin"),
    ),
    "entscheid_talheim": (
        "Talheim\n"
        "Talheim sagt Nein zur Seilbahn\n"
        "Von Bo Muster\n"
        "Talheim. Die Seilbahn auf den Kahlenberg kommt nicht. Beim Bürgerentscheid stimmten "
        "knapp zwei Drittel der Wählerinnen und Wähler gegen das Projekt.\n"
        "Ihre Stimme gaben etwa 3.100 der rund 6.000 Stimmberechtigten ab. Ausgezählt war "
        "das Ergebnis um 19.40 Uhr.\n"
        "Die Bürgerinitiative hatte gegen die Seilbahn gekämpft, da die Stadt die "
        "Betriebskosten allein tragen müsste.\n"
        "Das Ergebnis ist zwei Jahre lang bindend.\n",
        SIDECAR.format(title="Talheim sagt Nein zur Seilbahn"),
    ),
    # The loser named in a line of their own, with no word of losing or opposing.
    "stichwahl_moorbach": (
        "Moorbach\n"
        "Moorbach hat einen neuen Bürgermeister\n"
        "Von Bo Muster\n"
        "Moorbach. Der Grüne Till Wendt ist neuer Bürgermeister von Moorbach. Er gewann die "
        "Stichwahl am Sonntag mit 53,4 Prozent.\n"
        "Für Amtsinhaberin Rita Sennholz (SPD) endet damit nach zwölf Jahren die Amtszeit. Sie "
        "kam auf 46,6 Prozent.\n"
        "„Ich freue mich auf die Arbeit“, sagte Wendt.\n",
        SIDECAR.format(title="Moorbach hat einen neuen Bürgermeister"),
    ),
    # A time of the person's family, not of the naming asked about.
    "nachruf_kirchdorf": (
        "Nachruf\n"
        "Ein Leben für den Ortsrat\n"
        "Von Bo Muster\n"
        "Kirchdorf. Die frühere Ortsvorsteherin Herta Wallmeyer ist im Alter von 88 Jahren "
        "gestorben. 20 Jahre lang leitete sie den Ortsrat.\n"
        "Ihr Sohn Peter Wallmeyer-Otto lebt heute in Bremen. Seine Mutter habe jeden Morgen "
        "die Zeitung gelesen, sagt er.\n"
        "Der Heimatverein plant, den Brunnen am Markt nach ihr zu benennen.\n",
        SIDECAR.format(title="Ein Leben für den Ortsrat"),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("figures_night"), NIGHT, config)


def _stemmed(text: str) -> tuple[list[str], list[str]]:
    tokens = words(text)
    return tokens, [stem_word(t) for t in tokens]


@pytest.mark.parametrize(
    "text",
    [
        "Beim Entscheid stimmten gut zwei Drittel der Wähler dagegen.",
        "Auf die Partei entfiel jede dritte Stimme.",
        "Vier von zehn Wählern stimmten per Brief ab.",
        "Zur Wahl gingen 812 der knapp 1.900 Wahlberechtigten.",
        "Mitgemacht hat etwa jeder vierte der rund 2.000 Wahlberechtigten.",
    ],
)
def test_a_share_in_words_or_out_of_the_electorate_is_a_share(text):
    assert lexicon.states_share(*_stemmed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mehr als die Hälfte hat jemand anderen gewollt.",  # of nothing counted
        "Die erste Hälfte des Abends war ruhig.",
        "Der Rat von zehn Mitgliedern tagte.",
        "Von 40 der 52 Wahlbezirke lagen Ergebnisse vor.",
    ],
)
def test_a_half_of_nothing_counted_is_no_share(text):
    assert not lexicon.states_share(*_stemmed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zur Wahl gingen 812 Menschen.",
        "An die Urnen gingen am Sonntag weniger als erwartet.",
        "Ihre Stimme gaben 3.100 Bürger ab.",
        "Beteiligt haben sich fast die Hälfte der Stimmberechtigten.",
    ],
)
def test_what_the_voters_did_tells_the_turnout(text):
    assert lexicon.tells_turnout(*_stemmed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sie ging mit 54 Prozent als Siegerin aus der Wahl hervor.",
        "Die Wahl ging an den Amtsinhaber.",
        "Viele Wähler gaben der CDU ihre Stimme.",  # whom they voted for, not how many voted
        "Die Stadt ist mit 20 Prozent an den Kosten beteiligt.",
    ],
)
def test_other_going_and_giving_is_no_turnout(text):
    assert not lexicon.tells_turnout(*_stemmed(text))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Da die Stadt nicht zahlen will, fällt das Fest aus.", True),
        ("Sie fordert mehr Busse, da der letzte schon um acht fährt.", True),
        ("Er führte die Niederlage auf den Streit im Rat zurück.", True),
        ("Da war die Stimmung schon gekippt.", False),  # "da" as "then"
        ("Er führte die Gruppe zurück ins Rathaus.", False),
    ],
)
def test_a_reason_by_the_shape_of_the_sentence(text, reason):
    stems = {stem_word(t) for t in words(text)}
    code = class_code("passage", False, text, set(), stems, False)
    assert bool(code & 128) is reason


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("wie hoch war die wahlbeteiligung in wiesenau", "Zur Wahl gingen 4.210"),
        ("wie hoch war die beteiligung in talheim", "Ihre Stimme gaben etwa 3.100"),
        ("wie viel prozent waren in talheim gegen die seilbahn", "knapp zwei Drittel"),
    ],
)
def test_a_turnout_or_share_without_per_cent_answers(night, question, answer):
    reply = ask(night, question)
    assert answer in texts(reply)[0]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("warum hat ott verloren", "führte das Ergebnis auf den Streit"),
        ("warum war die bürgerinitiative gegen die seilbahn", "da die Stadt"),
    ],
)
def test_a_reason_without_weil_answers_warum(night, question, answer):
    reply = ask(night, question)
    assert answer in texts(reply)[0]


def test_whom_the_winner_beat_is_the_other_candidate_given_a_result(night):
    reply = ask(night, "gegen wen hat wendt gewonnen")
    assert "Rita Sennholz" in texts(reply)[0]


def test_whom_a_candidate_beat_is_not_asked_of_a_loser(night):
    # Sennholz won nothing: no rival is made up for her
    reply = ask(night, "gegen wen hat sennholz gewonnen")
    assert not reply.excerpts


@pytest.mark.parametrize(
    ("noun", "participle"),
    [
        ("auszahlung", "ausgezahlt"),
        ("abstimmung", "abgestimmt"),
        ("sanierung", "saniert"),
        ("beteiligung", "beteiligt"),
        ("eroffnung", "eroffnet"),
        ("einweihung", "eingeweiht"),
    ],
)
def test_a_deed_s_noun_stands_for_its_participle(noun, participle):
    assert participle in lexicon.participles_of(noun)


@pytest.mark.parametrize("noun", ["stimmung", "wohnung", "zeitung", "sitzung", "wahl"])
def test_a_noun_with_no_prefix_stands_for_no_participle(noun):
    assert lexicon.participles_of(noun) == ()  # "Stimmung" is no "gestimmt"


def test_a_deed_asked_by_its_noun_is_answered_by_its_participle(night):
    reply = ask(night, "wann war die auszählung in talheim")
    assert "Ausgezählt war das Ergebnis um 19.40 Uhr" in texts(reply)[0]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("seit wann wohnt holm in wiesenau", "lebt seit 2009"),
        ("wie lange gilt das ergebnis in talheim", "zwei Jahre lang bindend"),
    ],
)
def test_a_plain_verb_is_answered_by_the_report_s_word(night, question, answer):
    assert answer in texts(ask(night, question))[0]


def test_a_time_of_something_else_beside_the_person_does_not_say_when(night):
    # "Ihr Sohn … lebt heute in Bremen" is no time of the naming asked about
    reply = ask(night, "wann wird der brunnen nach herta wallmeyer benannt")
    assert reply.status != OK
