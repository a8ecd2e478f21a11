"""A reader must never see words under the name of somebody who, the article says, did not say
them: denied, fake, satirical and hypothetical quotations keep a label and no speaker."""

from __future__ import annotations

import pytest

from bot.corpus.model import DIRECT, REPORTED
from bot.corpus.nonstatements import absent, label_of
from tests.corpus.articles import read

INTRO = (
    "\nAm Wahlabend\nDer Landrat Bernd Okonkwo (CDU) und Petra Quellenberg (parteilos) waren da. "
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Der Landrat Bernd Okonkwo (CDU) sagte nicht: „Die Wahl war gefälscht.“", "denied"),
        ("Okonkwo hat nie gesagt: „Die Wahl war gefälscht.“", "denied"),
        ("Okonkwo bestritt, jemals gesagt zu haben: „Die Wahl war gefälscht.“", "denied"),
        ("Der angebliche Satz „Die Wahl war gefälscht.“ stammt nicht von Okonkwo.", "fake"),
        (
            "Ein gefälschtes Zitat, das Okonkwo zugeschrieben wird, macht die Runde: "
            "„Die Wahl war gefälscht.“",
            "fake",
        ),
        (
            "Ein KI-generiertes Video zeigt Okonkwo, wie er sagt: „Die Wahl war gefälscht.“",
            "fake",
        ),
        ("Die Satireseite ließ Okonkwo sagen: „Die Wahl war gefälscht.“", "satire"),
        (
            "Hätte Okonkwo gesagt: „Die Wahl war gefälscht.“, wäre er zurückgetreten.",
            "hypothetical",
        ),
        (
            "Faktencheck: Hat Okonkwo wirklich gesagt, die Wahl sei „gefälscht worden“?",
            "hypothetical",
        ),
        (
            "In einer früheren Version dieses Artikels hieß es, Okonkwo habe gesagt: "
            "„Die Wahl war gefälscht.“",
            "fake",
        ),
    ],
)
def test_words_a_person_did_not_say_are_not_his_quote(sentence, label):
    article = read(INTRO + sentence + "\n")
    quotes = [q for q in article.quotes if q.kind == DIRECT and "gefälscht" in q.text]
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.speaker is None
    assert quote.label == label
    assert quote.attributed_to in (None, "Bernd Okonkwo")


def test_a_question_answered_no_is_marked_fake():
    article = read(
        INTRO + "Hat Okonkwo wirklich gesagt: „Die Wahl war gefälscht.“? Nein, das ist ein Fake.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label) == (None, "fake")


def test_after_a_denial_no_quote_falls_back_on_the_denied_person():
    article = read(
        INTRO + "Okonkwo sagte nicht: „Die Wahl war gefälscht.“ „Wir fechten das Ergebnis an.“\n"
    )
    follow = [q for q in article.quotes if q.text.startswith("Wir fechten")]
    assert follow[0].speaker is None


def test_a_claim_about_a_manipulated_election_is_no_fake_quote():
    assert label_of("Die Opposition warf der Regierung vor, die Wahl manipuliert zu haben.") is None
    assert label_of("Okonkwo sagte: „Die Wahl war manipuliert.“") is None


def test_the_labelled_quote_is_kept_in_the_json_export():
    from bot.corpus.export import article_to_json

    article = read(INTRO + "Okonkwo sagte nicht: „Die Wahl war gefälscht.“\n")
    exported = [q for q in article_to_json(article)["quotes"] if "gefälscht" in q["text"]]
    assert exported[0]["label"] == "denied"
    assert exported[0]["speaker"] is None
    assert exported[0]["attributed_to"] == "Bernd Okonkwo"


def test_words_one_side_claims_the_other_said_and_she_denies_are_labelled_denied():
    article = read(
        "\nVor Gericht\n"
        "Bürgermeisterin Anke Lindqvist (parteilos) gewann knapp gegen Holger Brandt (CDU). "
        "Brandt trug vor, die Bürgermeisterin habe vor dem Wahllokal gesagt: „Wählen Sie "
        "richtig.“ Lindqvist bestreitet das.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label, quote.attributed_to) == (None, "denied", "Anke Lindqvist")


def test_a_claim_with_a_comma_before_the_quotation_is_the_claimed_speakers_denied_words():
    article = read(
        "\nLandtag\nBildungsministerin Eva Roth (SPD) sprach zuerst. Dann behauptete der "
        "Abgeordnete Jan Kurz, die Ministerin habe im Ausschuss gesagt, „Quereinsteiger sind "
        "Lehrer zweiter Klasse“. Roth wies das zurück.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label, quote.attributed_to) == (None, "denied", "Eva Roth")
    assert [p.roles for p in article.people] == [("Bildungsministerin",), ("Abgeordneter",)]


def test_a_denial_that_goes_on_after_a_semicolon_still_labels_the_words_denied():
    article = read(
        INTRO + "Okonkwo soll den Kreistag einen „Kaffeekranz“ genannt haben. Okonkwo "
        "bestreitet das; er habe von langen Sitzungen gesprochen, sagte er.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label, quote.attributed_to) == (None, "denied", "Bernd Okonkwo")


def test_words_a_writer_wishes_somebody_would_say_are_hypothetical_not_his():
    article = read(
        INTRO + "Okonkwo will die Wahl anfechten. Ich wünsche mir, dass er einfach sagt: "
        "„Ich habe verloren.“ Okonkwo sagte: „Ich gratuliere nicht.“\n"
    )
    quotes = [(q.speaker, q.label) for q in article.quotes if q.kind == DIRECT]
    assert quotes == [(None, "hypothetical"), ("Bernd Okonkwo", None)]


def test_words_the_next_sentence_calls_a_forged_quotation_are_fake():
    article = read(
        INTRO + "Im Netz kursiert ein Bild. Es zeigt Okonkwo mit dem Satz „Wer anders wählt, "
        "ist dumm“. Es handelt sich um ein gefälschtes Zitat.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label) == (None, "fake")


def test_a_denial_by_somebody_else_leaves_the_quote_its_speaker():
    article = read(INTRO + "Okonkwo sagte: „Die Wahl war fair.“ Quellenberg bestreitet das.\n")
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label) == ("Bernd Okonkwo", None)


@pytest.mark.parametrize(
    ("sentence", "is_absent"),
    [
        ("Der Landrat fehlte entschuldigt.", True),
        ("Okonkwo blieb der Wahlparty fern.", True),
        ("Quellenberg war am Abend nicht anwesend.", True),
        ("Man zählte bis vier Uhr, weil am Ende zwei Stimmzettel fehlten.", False),
        ("Es fehlten elf Stimmen zur Mehrheit.", False),
    ],
)
def test_only_a_person_missing_is_absent_not_a_missing_thing(sentence, is_absent):
    assert absent(sentence) is is_absent


def test_a_quotation_after_a_story_of_missing_ballots_is_still_the_storytellers():
    article = read(
        "\nDie Zähler\nWahlhelfer Erwin Gutjahr (parteilos) zählt seit 1990 mit. 1994, erinnert "
        "er sich, habe man bis vier Uhr gezählt, weil zwei Stimmzettel fehlten. „Die lagen "
        "unter einer Tasse.“\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert quote.speaker == "Erwin Gutjahr"


def test_a_correction_gives_the_quotation_to_whom_it_names():
    article = read(
        INTRO + "Wir hatten Okonkwo den Satz „Wer jetzt jammert, hat die Wahl schon verloren“ "
        "zugeschrieben. Der Satz stammt nicht von Okonkwo, sondern von seinem Sprecher Lutz "
        "Engel. Auch „Wir bleiben an allen Themen dran“ stammt nicht von Okonkwo, sondern von "
        "Lutz Engel.\n"
    )
    quotes = [(q.speaker, q.label) for q in article.quotes if q.kind == DIRECT]
    assert quotes == [("Lutz Engel", None), ("Lutz Engel", None)]
    okonkwo = next(p for p in article.people if p.name == "Bernd Okonkwo")
    assert okonkwo.roles == ("Landrat",)  # not "sondern von seinem Sprecher Lutz Engel"


def test_words_a_report_put_in_somebodys_mouth_and_the_paper_calls_false_are_fake():
    article = read(
        INTRO + "In einem Bericht hieß es, Okonkwo habe angekündigt, er werde „nie wieder "
        "antreten“. Das ist falsch. In einem Bericht hieß es, die Wahlbeteiligung sei "
        "„historisch niedrig“ gewesen. Das stimmt nicht.\n"
    )
    quotes = [(q.speaker, q.label) for q in article.quotes if q.kind == DIRECT]
    assert quotes[0] == (None, "fake")
    assert quotes[1][1] is None  # a false figure is no false attribution
    hearsay = next(q for q in article.quotes if q.kind == "reported" and "antreten" in q.text)
    assert (hearsay.speaker, hearsay.label) == (None, "fake")  # nobody's statement either


def test_her_own_denial_is_her_statement_and_only_the_denied_words_are_labelled():
    article = read(
        INTRO + "Sie habe nie behauptet, die Stadt sei „pleite“, sagte Quellenberg. Sie habe "
        "von hohen Schulden gesprochen.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label) == (None, "denied")
    reports = [(q.speaker, q.label) for q in article.quotes if q.kind == "reported"]
    assert reports == [("Petra Quellenberg", None), ("Petra Quellenberg", None)]


def test_a_denial_opening_the_next_paragraph_labels_the_quotation_too():
    article = read(
        INTRO + "Quellenberg zitierte aus der Sitzung. Okonkwo habe dort gesagt: „Wer baden "
        "will, kann an den See fahren.“\nOkonkwo wies das umgehend zurück. Er habe das nie "
        "gesagt.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label, quote.attributed_to) == (None, "denied", "Bernd Okonkwo")


def test_her_account_of_what_another_said_is_hers_and_the_quote_denied_by_role_is_labelled():
    article = read(
        "\nSchule\nSchulleiterin Karin Woltmann (parteilos) verteidigte das Verbot. Die "
        "Vorsitzende des Elternbeirats, Nadine Falk, widersprach. Nach ihrer Darstellung "
        "soll Woltmann gesagt haben: „Die Eltern entscheiden zu Hause.“ Die Schulleiterin "
        "bestritt das.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert reported == ["Nadine Falk"]
    assert (quote.speaker, quote.label, quote.attributed_to) == (None, "denied", "Karin Woltmann")


def test_a_fact_check_that_calls_the_quotation_made_up_in_the_next_paragraph_credits_nobody():
    article = read(
        INTRO + "Im Netz kursiert ein Bild von Okonkwo. Darauf steht, er habe gesagt: „Die "
        "Wahl war gefälscht.“\nDas Zitat ist falsch. Okonkwo hat den Satz nie gesagt.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label, quote.attributed_to) == (None, "fake", "Bernd Okonkwo")


@pytest.mark.parametrize(
    "verdict", ["Der Satz ist frei erfunden.", "Die Aussage war eine Fälschung."]
)
def test_a_sentence_calling_the_words_invented_makes_them_fake(verdict):
    article = read(INTRO + "Okonkwo soll gesagt haben: „Die Wahl war gefälscht.“ " + verdict + "\n")
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label) == (None, "fake")


def test_a_statement_the_paper_calls_wrong_on_the_facts_stays_the_speakers():
    article = read(
        INTRO + "Okonkwo sagte: „Die Wahlbeteiligung war noch nie so niedrig.“ Die Aussage ist "
        "falsch: 2014 lag sie niedriger.\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert (quote.speaker, quote.label) == ("Bernd Okonkwo", None)
