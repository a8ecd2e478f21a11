"""Speakers the text names plainly around a quotation: a name with its particle after the cue,
an age that recaps the one person just named, a colon introduction with no subject of its own,
"winkte ab", a quotation standing alone after a sentence about one named person, and Konjunktiv
of common verbs going on with the speaker just reported. Where two people fit, or an unnamed
one, the bot still names nobody."""

from __future__ import annotations

from bot.corpus.model import DIRECT, REPORTED, Article
from tests.corpus.articles import direct_speakers, read


def speaker_of(article: Article, start: str) -> str | None:
    matches = [q for q in article.quotes if q.kind == DIRECT and q.text.startswith(start)]
    assert matches, f"no direct quote starting {start!r}"
    return matches[0].speaker


def test_a_name_that_opens_with_its_particle_after_the_cue_is_that_person():
    article = read(
        "\nKreistag\n"
        "Mit 44 von 50 Stimmen ist Dr. Wiebke von der Aue (CDU) zur Vorsitzenden gewählt "
        "worden. „Ich nehme die Wahl an“, sagte von der Aue.\n"
        "Als Dritter trat Konrad Freiherr von Bramstedt an. Er sei „niemandem verpflichtet "
        "außer den Bürgern“, sagte von Bramstedt.\n"
    )
    assert direct_speakers(article) == ["Wiebke von der Aue", "Konrad Freiherr von Bramstedt"]


def test_an_age_after_the_quote_recaps_the_one_woman_just_named():
    article = read(
        "\nBürgermeisterwahl\n"
        "Die Stadt hat eine neue Bürgermeisterin: Dr. Carla Obermeyer-Lutz setzte sich gegen "
        "Amtsinhaber Rolf Hennecke (CDU) durch. Die Wahlbeteiligung lag bei 51 Prozent.\n"
        "„Ich bin überwältigt“, sagte die 46-Jährige im Foyer.\n"
    )
    assert speaker_of(article, "Ich bin überwältigt") == "Carla Obermeyer-Lutz"


def test_an_age_opening_the_cue_recaps_the_person_the_sentence_before_was_about():
    article = read(
        "\nPodium\n"
        "Die Kandidatin der CDU, Anna-Maria Tepe-Lohmann, ist Landwirtin. Die 41-Jährige "
        "sagte, die Gemeinde brauche „mehr Bauland für junge Familien“.\n"
    )
    assert speaker_of(article, "mehr Bauland") == "Anna-Maria Tepe-Lohmann"


def test_an_age_the_text_gave_an_unnamed_man_before_is_never_the_man_just_named():
    article = read(
        "\nAmtsgericht\n"
        "Ein 39 Jahre alter Mann soll seine Nachbarin bedroht haben. Laut Gerichtssprecher "
        "Jens Oltmann sei die Polizei zu spät gekommen.\n"
        "Dem Angeklagten wurde Nötigung vorgeworfen. „Ich wollte nur reden“, sagte der "
        "39-Jährige.\n"
    )
    assert speaker_of(article, "Ich wollte nur reden") == "der 39-Jährige"  # as written


def test_a_colon_introduction_with_no_subject_goes_on_with_the_person_just_named():
    article = read(
        "\nLiveticker\n"
        "18.52 Uhr: Tobias Rautenberg kommt mit seiner Frau ins Foyer. Und sagt: „Ich freue "
        "mich über jede Stimme, aber gezählt wird am Ende.“\n"
        "19.10 Uhr: Ilka Brandstätter betritt den Saal. Kurzes Statement: „Das ist noch lange "
        "nicht entschieden.“\n"
        "19.30 Uhr: Das Ergebnis lässt auf sich warten. Und weiter heißt es: „Geduld.“\n"
    )
    assert direct_speakers(article) == ["Tobias Rautenberg", "Ilka Brandstätter", None]


def test_winkte_ab_after_a_short_quote_makes_it_speech_of_the_woman_just_named():
    article = read(
        "\nEröffnung\n"
        "Die Konkurrenz ist skeptisch. Sofia Dang kennt die Sorge. „Wir nehmen niemandem "
        "etwas weg“, winkte sie ab.\n"
    )
    assert speaker_of(article, "Wir nehmen niemandem") == "Sofia Dang"


def test_a_quote_alone_after_a_sentence_about_one_named_person_is_theirs():
    article = read(
        "\nWahlabend\n"
        "Großer Jubel bei der SPÖ. Stefan Oberwinkler steigt auf einen Stuhl. „Danke! Ich bin "
        "der Bürgermeister von allen.“\n"
    )
    assert speaker_of(article, "Danke!") == "Stefan Oberwinkler"


def test_a_quote_alone_after_a_sentence_about_two_people_stays_unnamed():
    article = read(
        "\nWahlabend\n"
        "Stefan Oberwinkler steigt auf einen Stuhl und umarmt Petra Lindmayr. „Danke! Ich bin "
        "der Bürgermeister von allen.“\n"
    )
    assert speaker_of(article, "Danke!") is None


def test_a_quote_alone_after_a_sentence_whose_speaker_is_unnamed_is_not_the_father_before():
    article = read(
        "\nOrtsrat\n"
        "Jonas Wellbrock, 31, holte 455 Stimmen, sein Vater 402. Gerd Wellbrock sitzt seit "
        "1996 im Ortsrat. „Der Junge hat mehr Freunde als ich“, sagte der 66-Jährige. Sein "
        "Sohn sagte, er wolle sich um den Radweg kümmern. „Das ist seit Jahren versprochen.“\n"
    )
    # the son's words going on, as the text describes him, or nobody's: never the father's
    assert speaker_of(article, "Das ist seit Jahren") in (None, "sein Sohn")


def test_a_paragraph_that_is_a_quote_goes_on_after_a_sentence_about_the_speaker():
    article = read(
        "\nNeues Café\n"
        "Sofia Dang und Marek Zielinski haben das Café eröffnet.\n"
        "„Wir wollten einen Ort zum Sitzenbleiben“, sagt Dang. Die 31-Jährige hat zehn Jahre "
        "in einer Buchhandlung gearbeitet.\n"
        "„Bücher verkauft man heute nicht mehr nur im Regal.“\n"
    )
    assert speaker_of(article, "Bücher verkauft") == "Sofia Dang"


def test_a_quote_alone_after_a_named_person_reads_out_a_letter_is_the_letters_not_theirs():
    article = read(
        "\nOrtsbeirat\n"
        "Ortsvorsteher Walter Brennecke verlas zum Abschied einen Brief. „Ohne dich gäbe es "
        "kein Dorffest mehr.“\n"
    )
    assert speaker_of(article, "Ohne dich") is None


def test_an_age_recaps_the_man_who_just_spoke_even_when_his_first_name_tells_no_gender():
    article = read(
        "\nNachwahl\n"
        "Herausforderer Hauke Brodersen (CDU) kam auf 37 Prozent. Brodersen nahm das Ergebnis "
        "gefasst auf. Im Bezirk seien mehr Stimmzettel gezählt worden als Wähler abgehakt, "
        "sagte er. Das müsse aufgeklärt werden. „Bei 300 Stimmen Abstand ist das keine "
        "Kleinigkeit“, sagte der 47-Jährige.\n"
    )
    assert speaker_of(article, "Bei 300 Stimmen") == "Hauke Brodersen"


def test_an_introduction_saying_only_how_goes_on_with_the_speaker_just_reported():
    article = read(
        "\nKreistag\n"
        "Erst im Flur spricht Klinikchef Bernd Oltrogge. Der Neubau koste 240 Millionen Euro, "
        "sagte er. Und dann, fast leise: „Ich verstehe jeden, der heute vor der Tür stand.“\n"
        "Die Sitzung ist vorbei. Dann, nach einer Pause: „Gut so.“\n"
    )
    assert direct_speakers(article) == ["Bernd Oltrogge", None]


def test_konjunktiv_of_common_verbs_goes_on_with_the_treasurer_just_reported():
    article = read(
        "\nGemeinderat\n"
        "Kämmerin Dr. Ute Brandmeier sagte, die Stadt nehme damit jährlich 400.000 Euro mehr "
        "ein. Das Geld fließe vollständig in den Busverkehr. Davon profitiere vor allem das "
        "Umland, und niemand zahle mehr als zwei Euro.\n"
    )
    # Her sentence and the two going on with it, all three hers.
    assert sum(q.kind == REPORTED for q in article.quotes) == 3
    assert {q.speaker for q in article.quotes if q.kind == REPORTED} == {"Ute Brandmeier"}


def test_her_answer_closing_a_paragraph_introduces_the_quotation_below_as_hers():
    article = read(
        "\nOrtsrat\n"
        "Ortsvorsteher Klaas Hemmers (SPD) kam zum Dorfplatz. Sein Vorschlag:\n"
        "„Wir pflanzen Bäume. Das ist billiger.“\n"
        "Ratsfrau Theda Ubbena (CDU) widersprach sofort. Ihre Antwort:\n"
        "„Bäume pflanzen kann jeder.“\n"
    )
    assert direct_speakers(article) == ["Klaas Hemmers", "Theda Ubbena"]


def test_an_adverb_between_the_cue_and_the_name_still_names_the_speaker_but_nicht_does_not():
    article = read(
        "\nHaushalt\n"
        "Im Saal saßen die Kämmerin Frieda Olsen und der Ratsherr Bodo Kamp (FDP).\n"
        "„Wir müssen sparen“, sagte dazu Frieda Olsen.\n"
        "„Aber nicht bei den Schulen“, meint auch Bodo Kamp.\n"
        "„Die Kreditlinie reicht“, sagte gestern die Kämmerin Frieda Olsen.\n"
        "„Das war ein Fehler“, sagte nicht Bodo Kamp, sondern ein Zuhörer.\n"
    )
    assert direct_speakers(article) == ["Frieda Olsen", "Bodo Kamp", "Frieda Olsen", None]


def test_an_age_after_a_comma_in_an_info_box_tells_two_women_apart():
    # As a reader: "Name (Partei), 39, Beruf" gives her age as a bracket would; "die
    # 61-Jährige" is then the other woman, never the one who spoke before.
    article = read(
        "\nOrtsbürgermeisterwahl\n"
        "Es kandidieren Imke Dreyer (Grüne), 39, Tischlerin, und Hanna Kötter (FDP), 61, "
        "Apothekerin.\n"
        "„Der Radweg kommt zuerst“, sagte die 39-Jährige.\n"
        "„Erst die Brücke“, entgegnete die 61-Jährige.\n"
    )
    assert direct_speakers(article) == ["Imke Dreyer", "Hanna Kötter"]
