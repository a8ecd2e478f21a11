"""Reported speech: a reader asks "what did Mader say?" and also gets what he said indirectly."""

from __future__ import annotations

import pytest

from bot.corpus.export import article_to_json
from bot.corpus.german import has_subjunctive
from bot.corpus.model import REPORTED, Article, Quote
from tests.corpus.articles import read, seed


def reported(article: Article, speaker: str | None = None) -> list[Quote]:
    return [
        q
        for q in article.quotes
        if q.kind == REPORTED and (speaker is None or q.speaker == speaker)
    ]


def said(paragraph: str) -> list[tuple[str | None, str]]:
    """Who said what in each reported sentence of a one-paragraph article (without the cue)."""
    found = reported(read("\nMeldung\n" + paragraph + "\n"))
    return [(q.speaker, q.statement or "") for q in found]


def statements(paragraph: str) -> list[str]:
    return [statement for _, statement in said(paragraph)]


def test_maders_statement_and_the_subjunctive_sentences_that_continue_it():
    texts = [q.text for q in reported(seed(), "Sascha Mader")]
    assert texts[0].startswith("Dortmund sei nicht mehr die Herzkammer der Sozialdemokratie")
    assert any(t.startswith("Die Zeiten der Folklore") for t in texts)
    assert any(t.startswith("Stattdessen müsse die CDU") for t in texts)  # next paragraph
    assert not any(t.startswith("Mader kündigt außerdem") for t in texts)  # indicative: not


def test_peicks_statement_and_its_continuation():
    texts = [q.text for q in reported(seed(), "Jens Peick")]
    assert texts[0].startswith("Vom Ende einer Ära zu sprechen, sei ein großes Wort")
    assert "Man bleibe trotz Verlust des OB-Postens stärkste Kraft im Rat." in texts
    assert any(t.startswith("Die SPD wolle nun in Ruhe auswerten") for t in texts)


def test_loegerings_statement_with_a_zu_infinitive_is_reported_speech():
    texts = [q.text for q in reported(seed(), "Katrin Lögering")]
    assert len(texts) == 1
    assert "mit dem OB zusammenarbeiten zu wollen" in texts[0]


def test_reported_speech_keeps_its_line_and_comes_in_text_order():
    quotes = seed().quotes
    assert [q.line for q in quotes] == sorted(q.line for q in quotes)
    mader = reported(seed(), "Sascha Mader")[0]
    assert mader.line == 17
    assert mader.section == "Mader kündigt Kurswechsel über Bier, Kohle und Stahl hinaus an"


def test_indicative_sentences_are_not_reported_speech():
    texts = [q.text for q in reported(seed())]
    assert not any(t.startswith("Hannah Rosenbaum, Kreissprecherin") for t in texts)
    assert not any(t.startswith("Alexander Kalouti wirkte") for t in texts)
    assert not any(t.startswith("Übertrieben hatte er damit nicht") for t in texts)


def test_reported_speech_in_another_article_with_a_pronoun_speaker():
    article = read(
        "\nStreit um den Haushalt\n"
        "Die Kämmerin Birgit Lorenz (Grüne) legte am Dienstag den Entwurf vor. "
        "Die Stadt müsse sparen, sagte sie. Es gebe keinen Spielraum mehr.\n"
        "Der Stadtrat tagt wieder im Mai.\n"
    )
    texts = [q.text for q in reported(article, "Birgit Lorenz")]
    assert texts == ["Die Stadt müsse sparen, sagte sie.", "Es gebe keinen Spielraum mehr."]
    assert reported(article, None) == reported(article, "Birgit Lorenz")


def test_subjunctive_forms_are_recognised_beyond_the_word_list():
    assert has_subjunctive("Er empfinde eine große Freude.")
    assert has_subjunctive("Nun komme es darauf an.")
    assert has_subjunctive("Dortmund sei nicht mehr die Herzkammer.")
    assert not has_subjunctive("Er sagte, er habe nicht viel Zeit gehabt.".replace("habe", "hat"))
    assert not has_subjunctive("Übertrieben hatte er damit nicht.")
    assert has_subjunctive("Lehmann erklärte, er akzeptiere das Ergebnis.")  # -iere is a verb
    assert not has_subjunctive("Das gilt es insbesondere zu prüfen.")  # -ere an adverb
    assert has_subjunctive("Man begleite den Prozess.")  # -eite: the past would be -eitete
    assert not has_subjunctive("Dann hält er inne.")  # a particle in -e, no verb
    assert not has_subjunctive("Man sagte es ihm.")
    # "bitte" beside "er" or "man" asks in Konjunktiv; beside "Sie" it is "please".
    assert has_subjunctive("Den Kreistag bitte er, den Willen der Wähler zu achten.")
    assert has_subjunctive("Er bitte darum, das Protokoll nachzulesen.")
    assert not has_subjunctive("Kommen Sie bitte mit.")


def test_reported_speech_is_shown_as_its_whole_sentence_with_the_statement_apart():
    quotes = [q for q in seed().quotes if q.line == 24]
    beschwor = [q for q in quotes if q.kind == REPORTED and "beschwor" in q.text]
    assert [q.text for q in beschwor] == [
        "„Das hier ist nicht das Ende von Irgendwas“, beschwor er den Willen, dass seine "
        "Partei auch künftig Dinge bewegen solle, könne und müsse."
    ]
    assert beschwor[0].speaker == "Thomas Westphal"
    assert (
        beschwor[0].statement
        == "dass seine Partei auch künftig Dinge bewegen solle, könne und müsse."
    )
    assert any(q.text == "Das hier ist nicht das Ende von Irgendwas" for q in quotes)


def test_reported_sentences_are_verbatim_and_their_statements_leave_out_the_cue():
    article = read(
        "\nHaushalt\n"
        "„Wir sparen“, erklärte die Kämmerin Birgit Lorenz (Grüne), man müsse Prioritäten setzen.\n"
        "Der Kämmerer Jan Roth sagte, er habe keine Wahl gehabt: „Das Geld ist weg.“\n"
        "Die Stadt habe eine „Schieflage“ erreicht, sagte Roth.\n"
    )
    found = reported(article)
    assert [q.text for q in found] == [
        "„Wir sparen“, erklärte die Kämmerin Birgit Lorenz (Grüne), man müsse Prioritäten setzen.",
        "Der Kämmerer Jan Roth sagte, er habe keine Wahl gehabt: „Das Geld ist weg.“",
        "Die Stadt habe eine „Schieflage“ erreicht, sagte Roth.",
    ]
    assert [q.statement for q in found] == [
        "man müsse Prioritäten setzen.",
        "er habe keine Wahl gehabt",  # the quotation after the colon is a direct quote
        "Die Stadt habe eine „Schieflage“ erreicht",
    ]
    body = "\n".join(block.text for block in article.blocks)
    assert all(q.text in body and q.statement in q.text for q in found)


def test_a_quote_with_nothing_reported_beside_it_gives_no_reported_speech():
    article = read("\nWahl\n„Wir hätten mehr erwartet, das ist bitter“, sagte die Kandidatin.\n")
    assert reported(article) == []


def test_attribution_phrases_report_whatever_the_mood():
    article = read(
        "\nNach der Wahl\n"
        "Nach Angaben der Stadt lag die Beteiligung bei 38 Prozent. "
        "Der Polizei zufolge blieb es ruhig. "
        "Wie die Wahlleiterin Anna Berg mitteilte, wurden alle Bezirke ausgezählt. "
        "Im Rathaus wurde gefeiert.\n"
    )
    found = reported(article)
    assert [q.text[:20] for q in found] == [
        "Nach Angaben der Sta",
        "Der Polizei zufolge ",
        "Wie die Wahlleiterin",
    ]
    assert found[2].speaker == "Anna Berg"
    assert found[2].statement == "wurden alle Bezirke ausgezählt."


def test_a_konjunktiv_sentence_nobody_is_named_for_is_reported_without_a_speaker():
    article = read("\nStreit\nDie Verwaltung sei überfordert. Der Rat tagt im Mai.\n")
    found = reported(article)
    assert [(q.text, q.speaker) for q in found] == [("Die Verwaltung sei überfordert.", None)]


def test_what_a_source_named_first_says_starts_at_the_verb_after_it():
    assert statements(
        "Nach Angaben der Polizei habe der Fahrer die Kontrolle verloren. "
        "Laut dem örtlichen Feuerwehrsprecher Tim Hahn ist die Straße wieder frei. "
        "Der Staatsanwaltschaft zufolge wird gegen den Fahrer ermittelt."
    ) == [
        "habe der Fahrer die Kontrolle verloren.",
        "ist die Straße wieder frei.",
        "wird gegen den Fahrer ermittelt.",
    ]


def test_a_source_in_the_middle_of_the_sentence_is_cut_out_of_the_statement():
    assert statements("Die Straße ist nach Angaben der Polizei wieder frei.") == [
        "Die Straße ist wieder frei."
    ]


def test_an_announced_plan_is_the_whole_zu_infinitive_clause():
    assert said(
        "Die Bürgermeisterin Eva Brandt kündigte am Montag an, die Akten prüfen zu lassen. "
        "Der Kämmerer Jan Roth versprach am Abend, den Vereinen Geld zukommen zu lassen."
    ) == [
        ("Eva Brandt", "die Akten prüfen zu lassen."),
        ("Jan Roth", "den Vereinen Geld zukommen zu lassen."),
    ]


def test_a_speaker_named_in_an_apposition_is_not_what_he_said():
    assert said("Der Sprecher der Stadt, Jan Roth, sagte am Montag, die Lage sei ruhig.") == [
        ("Jan Roth", "die Lage sei ruhig.")
    ]


def test_what_an_institution_announced_is_reported_speech_even_without_a_persons_name():
    assert statements(
        "Das Ministerium kündigte am Montag an, die Regeln zu lockern. "
        "Der Landkreis hat angekündigt, dass die Gebühren sinken. "
        "Die Straße wurde gesperrt, so dass der Verkehr ruhte."
    ) == ["die Regeln zu lockern.", "dass die Gebühren sinken."]


def test_what_nobody_demanded_is_no_reported_speech():
    assert statements("Der Verband hat nie gefordert, Rentnern das Wahlrecht zu entziehen.") == []


def test_a_headline_whose_verb_stands_after_its_colon_is_no_statement():
    assert statements("Zwei Frauen, ein Amt: Berger schlägt Roth in Aarau") == []
    assert said("Am Abend, kurz vor acht, erklärte die Stadt: Der Markt fällt aus.") == [
        ("die Stadt", "Am Abend, kurz vor acht, erklärte die Stadt: Der Markt fällt aus.")
    ]


def test_a_name_inside_what_was_said_is_not_whom_the_closing_cue_means():
    assert said(
        "Amtsinhaber Klaus Dreesen verlor gegen Matthias Hauser. Hauser stand auf der Bühne. "
        "Dreesen habe die Stadt gut verwaltet, sagte er."
    ) == [("Matthias Hauser", "Dreesen habe die Stadt gut verwaltet")]


def test_a_cue_in_konjunktiv_and_its_object_are_part_of_what_was_said():
    assert said(
        "Amtsinhaber Klaus Dreesen verlor. Vor der Tür sagte er, er gratuliere seinem Nachfolger."
    ) == [("Klaus Dreesen", "er gratuliere seinem Nachfolger.")]


def test_a_person_said_to_have_done_something_in_konjunktiv_is_talked_about_not_speaking():
    # "X habe das besser erklärt": somebody says so about X, who is no speaker of it
    assert said(
        "Andreas Huber (ÖVP) verlor gegen Tom Berger (SPÖ). Berger habe das besser erklärt."
    ) == [(None, "Berger habe das besser erklärt.")]


def test_a_party_members_noun_recaps_the_one_member_of_that_party():
    assert said(
        "Andreas Huber (CDU) verlor gegen Tom Berger (SPD). Huber war gut vorbereitet. Er habe "
        "dem Sieger gratuliert, sagte der Christdemokrat am Abend."
    ) == [("Andreas Huber", "Er habe dem Sieger gratuliert")]


def test_a_pronoun_after_somebody_unnamed_in_its_sentence_means_them_not_a_man_named_before():
    assert (
        said(
            "Der Vorsitzende Jens Moll sprach von einer fairen Wahl. Ein Wähler hatte Einspruch "
            "eingelegt; er macht geltend, in seinem Bezirk seien die Stimmzettel ausgegangen."
        )[-1][0]
        == "Ein Wähler"
    )


def test_a_swiss_source_with_ss_is_a_source():
    assert said("Gemäss Stadtkanzlei erhält Daniel Ammann 6482 Stimmen.") == [
        ("die Stadtkanzlei", "erhält Daniel Ammann 6482 Stimmen.")
    ]


def test_ihm_zufolge_and_a_closing_pronoun_go_on_with_who_just_spoke():
    found = said(
        "Kriminaldirektor Stefan Rumpf und Oberstaatsanwalt Dirk Pallmann traten vor die "
        "Presse. Rumpf sprach von einer Tat. Pallmann ergänzte, man ermittle wegen Raubes. Ihm "
        "zufolge prüft die Staatsanwaltschaft zwei Überfälle. Ob es dieselbe Gruppe sei, könne "
        "er nicht sagen, betonte er."
    )
    # ("Rumpf sprach von einer Tat" is his, told in the narrator's words.)
    assert [speaker for speaker, _ in found] == ["Stefan Rumpf"] + ["Dirk Pallmann"] * 3


def test_a_source_phrase_ends_before_a_time():
    assert said("Die Notaufnahme soll laut Beschluss Ende 2027 schließen.")[0][0] == "der Beschluss"


def test_a_speaker_announced_after_the_verb_in_apposition_goes_on_in_konjunktiv():
    found = said(
        "Nach der Sitzung spricht dann doch der Mann aus der letzten Reihe, Geschäftsführer "
        "Jörg Alberts. Der Neubau koste 240 Millionen Euro."
    )
    assert found == [("Jörg Alberts", "Der Neubau koste 240 Millionen Euro.")]


def test_konjunktiv_after_a_colon_that_names_another_woman_does_not_go_on_with_the_last():
    found = said(
        "Im Foyer stehen Monika Brantl und Heike Zeisberg. Brantl ist zuversichtlich, sagt sie. "
        "Zeisberg ist vorsichtiger: Sie habe schon knappere Abstimmungen erlebt."
    )
    assert found[-1][0] != "Monika Brantl"


def test_konjunktiv_after_a_colon_may_open_with_a_figure_and_is_the_subjects():
    found = said(
        "Auf dem Podium saß der Abgeordnete Hauke Melchers. Melchers eröffnete mit einer Zahl: "
        "40 Minuten brauche ein Rettungswagen nach Haselbek, wenn die Klinik schließe."
    )
    assert found[-1][0] == "Hauke Melchers"


def test_a_plural_must_in_konjunktiv_ii_goes_on_with_what_the_speaker_said():
    found = said(
        "Der Politikwissenschaftler Arne Wessels war zu Gast. Der neue Kreistag sei so "
        "zersplittert wie nie, sagt er. Acht Fraktionen müssten sich künftig einigen."
    )
    assert [who for who, _ in found] == ["Arne Wessels"] * 2


def test_a_verb_of_saying_in_the_perfect_names_its_subject_and_ends_a_chain():
    assert said("Rolf Chen sprach am Montag. Am Tag zuvor hatte er gesagt, dass er gehe.") == [
        ("Rolf Chen", "dass er gehe.")
    ]
    # the club's chair announced it, not the mayor who spoke before
    found = said(
        "Bürgermeister Florian Wastner sagte, die Stadt könne nicht zahlen. Dessen Vorsitzender "
        "hatte angekündigt, der Verein werde ausweichen."
    )
    assert found[-1][0] is None
    # nor is the man they wrote to the speaker
    assert said(
        "Einige Anwohner haben Minister Toni Berger in einem Brief geschrieben, dass er irre."
    ) == [(None, "dass er irre.")]


def test_a_verb_whose_particle_is_no_part_of_saying_is_no_cue():
    # "stellt … bereit" is no "stellt fest": the city is what the mayor promised, not a speaker
    assert said(
        "Bürgermeisterin Anna Roth sagte den Opfern Hilfe zu. Die Stadt stelle Notunterkünfte "
        "bereit."
    ) == [("Anna Roth", "Die Stadt stelle Notunterkünfte bereit.")]


def test_a_speaker_with_his_apposition_before_the_verb_is_no_statement_of_his():
    # The whole sentence reports what he called the decision; his name is not what he said.
    assert said("Der Landrat, Jan Roth, bezeichnete die Entscheidung als Fehler.") == [
        ("Jan Roth", "Der Landrat, Jan Roth, bezeichnete die Entscheidung als Fehler.")
    ]
    assert statements("Die Lage sei ernst, sagte der Landrat.") == ["Die Lage sei ernst"]


def test_a_statement_that_quotes_its_words_is_still_reported_speech():
    paragraph = (
        "Die Fraktionschefin Eva Brandt war enttäuscht. "
        "Brandt sagte, es sei „ein schwarzer Tag für die ganze Stadt und alle ihre Leute“."
    )
    assert said(paragraph) == [
        ("Eva Brandt", "es sei „ein schwarzer Tag für die ganze Stadt und alle ihre Leute“.")
    ]
    direct = [q.text for q in read("\nRat\n" + paragraph + "\n").quotes if q.kind != REPORTED]
    assert direct == ["ein schwarzer Tag für die ganze Stadt und alle ihre Leute"]


def test_a_source_closing_with_so_and_an_expectation_are_reported():
    assert said(
        "Die Anlage war wegen eines Stromausfalls abgeschaltet, so ein Sprecher der Stadtwerke. "
        "Die Gewerkschaft geht davon aus, dass der Streik andauert."
    ) == [
        ("ein Sprecher der Stadtwerke", "Die Anlage war wegen eines Stromausfalls abgeschaltet"),
        ("die Gewerkschaft", "dass der Streik andauert."),  # the expectation's subject
    ]


def test_what_a_report_says_demnach_is_reported_without_a_speaker():
    assert said(
        "Die Stadt legte am Montag ihren Haushaltsbericht vor. Demnach sollen die Gebühren steigen."
    ) == [(None, "sollen die Gebühren steigen.")]


def test_konjunktiv_only_after_the_main_clause_reports_that_clause_and_not_the_last_speaker():
    assert said(
        "Die Ministerin Eva Brandt sagte, die Lage sei ernst. "
        "Ihr Sprecher Jan Roth vertrat dagegen die Ansicht, alles sei unter Kontrolle. "
        "Die Feuerwehr rückte aus, weil ein Keller überflutet sei."
    ) == [
        ("Eva Brandt", "die Lage sei ernst."),
        ("Jan Roth", "alles sei unter Kontrolle."),  # his view, not hers
        (None, "weil ein Keller überflutet sei."),
    ]


def test_a_konjunktiv_verb_after_a_fronted_clause_keeps_the_whole_sentence():
    assert said(
        "Die Ministerin Eva Brandt sagte, die Lage sei ernst. "
        "Was die Bürger jetzt bräuchten, sei vor allem Geduld."
    ) == [
        ("Eva Brandt", "die Lage sei ernst."),
        ("Eva Brandt", "Was die Bürger jetzt bräuchten, sei vor allem Geduld."),
    ]


def test_a_clause_opening_the_sentence_is_no_statement_closed_by_the_verb_after_it():
    assert said(
        "Die stellvertretende Sprecherin der Stadt, Eva Brandt, forderte mehr Geld. "
        "Da er den Termin verpasst hatte, bat der Kämmerer um Aufschub. "
        "Wie der Landrat Jan Roth am Montag erklärte, sieht der Kreis keinen Spielraum."
    ) == [("Jan Roth", "sieht der Kreis keinen Spielraum.")]


def test_a_study_first_findings_or_an_opinion_named_first_are_reported_sources():
    assert statements(
        "Nach einer norwegischen Studie steigt das Risiko deutlich. "
        "Nach ersten Ermittlungen der Polizei war der Bus zu schnell. "
        "Seiner Meinung nach sollten die Kunden genauer hinsehen."
    ) == [
        "steigt das Risiko deutlich.",
        "war der Bus zu schnell.",
        "sollten die Kunden genauer hinsehen.",
    ]


def test_an_accusation_and_a_suspicion_report_what_they_state():
    assert statements(
        "Dem Mann wird vorgeworfen, Spenden unterschlagen zu haben. "
        "Die Ermittler vermuten, dass er ins Ausland floh."
    ) == ["Spenden unterschlagen zu haben.", "dass er ins Ausland floh."]


def test_an_adverb_after_a_pronoun_is_no_konjunktiv_and_reports_nothing():
    assert not has_subjunctive("In Frankreich gibt es beispielsweise erste Regeln.")
    assert not has_subjunctive("Nachts gab es insbesondere in den Vororten Unruhe.")
    assert statements("Weltweit gibt es teilweise schon solche Regeln.") == []


def test_a_purpose_clause_is_not_what_was_said():
    assert said(
        "Der Landrat Jan Roth rief am Montag im Rathaus an, um einen Termin zu vereinbaren. "
        "Er kündigte an, die Akten zu prüfen, um Klarheit zu schaffen."
    ) == [("Jan Roth", "die Akten zu prüfen, um Klarheit zu schaffen.")]


def test_a_speaker_with_a_relative_clause_before_the_verb_is_no_statement_of_hers():
    paragraph = (
        "Die Stadträtin Eva Brandt, die seit 2009 im Rat sitzt, kritisierte den Plan. "
        "Auch die größte örtliche Bank, die Stadtsparkasse, bezeichnete ihn als Fehler."
    )
    # (What the bank called the plan is its whole sentence, told in the narrator's words.)
    assert statements(paragraph) == [
        "Auch die größte örtliche Bank, die Stadtsparkasse, bezeichnete ihn als Fehler."
    ]


def test_a_sentence_the_next_one_attributes_with_das_or_dies_is_reported_speech():
    assert said(
        "Die Stadt erhöht die Gebühren um zehn Prozent. Das teilte die Verwaltung mit. "
        "Der Landrat Jan Roth tritt nicht wieder an. Dies bestätigte Roth am Abend. "
        "Die Lage ist ernst. Das sagte er."
    ) == [
        ("die Verwaltung", "Die Stadt erhöht die Gebühren um zehn Prozent."),
        ("Jan Roth", "Der Landrat Jan Roth tritt nicht wieder an."),
        (None, "Die Lage ist ernst."),
    ]


def test_a_konjunktiv_in_a_list_inside_the_subject_keeps_the_whole_sentence():
    sentence = (
        "Die Zeit der Kohle, in der immer wieder Zechen, Hütten und Stahl im Mittelpunkt "
        "gestanden habe, sei vorbei."
    )
    assert said("Die Ministerin Eva Brandt sagte, die Lage sei ernst. " + sentence) == [
        ("Eva Brandt", "die Lage sei ernst."),
        ("Eva Brandt", sentence),
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a message passed on through somebody is its sender's
            "Kläger Holger Brandt (CDU) war nicht erschienen. Über seinen Anwalt ließ er "
            "mitteilen, er akzeptiere das Urteil, halte es aber für falsch. Landrätin Anke Vogt "
            "ließ auf Anfrage ausrichten, sie sei an dem Abend verreist gewesen.",
            ["Holger Brandt", "Anke Vogt"],
        ),
        (  # the Konjunktiv after a judge gives his reasons is his
            "Der Vorsitzende Richter, Dr. Max Ruhland, begründete die Entscheidung ausführlich. "
            "Zwar habe die Wahlkabine falsch gestanden. Das sei ein Fehler gewesen.",
            ["Max Ruhland", "Max Ruhland"],
        ),
        (  # a cue in Konjunktiv I goes on with the reported speaker
            "Gewerkschafter Timo Berg (SPD) betonte, die Beteiligung sei ein gutes Zeichen. Dass "
            "eine zweite Liste so stark sei, zeige allerdings, dass es Unmut gebe.",
            ["Timo Berg", "Timo Berg"],
        ),
        (  # a stance taken without a speech verb announces what follows in Konjunktiv
            "Wahlleiterin Petra Haas war vor allem erleichtert. Die Stimmzettel seien diesmal "
            "rechtzeitig gedruckt worden. Landrätin Eva Roth (CDU) nahm den Bürgermeister in "
            "Schutz. Er habe die Stadt durch schwere Jahre geführt.",
            ["Petra Haas", "Eva Roth"],
        ),
        (  # a spokesman speaks as himself; a team's one captain is "Sein Kapitän"
            "Trainer Uwe Krass (parteilos) war nicht zu sprechen. Sein Sprecher sagte, Krass "
            "werde sich am Montag äußern. Kapitän Jonas Wiebe traf zum 1:0. Torwart Ole Sander "
            "hielt alles. Sein Kapitän lobte ihn: Der habe sich das verdient.",
            ["sein Sprecher", "Jonas Wiebe"],
        ),
        (  # after a relative clause on the subject, the verb's object is no speaker
            "Die Linke-Kandidatin Sandra Wolf, die auf 11,4 Prozent kam, rief ihre Wähler auf, "
            "in der Stichwahl den Amtsinhaber zu unterstützen. In einer Videobotschaft, die am "
            "Abend eingespielt wurde, sagte Amtsinhaber Jan Vogt, man werde kämpfen.",
            ["Sandra Wolf", "Jan Vogt"],
        ),
    ],
)
def test_whose_statements_a_report_gives(text, speakers):
    article = read(f"\nNach dem Urteil\n{text}\n")
    assert [q.speaker for q in reported(article)] == speakers


def test_after_an_announcement_somebody_elses_argument_or_a_document_is_not_his():
    article = read(
        "\nDie Folien\n"
        "Fahrgastsprecher Jens Krüger kritisierte die neuen Folien. Die Verkehrsbetriebe "
        "begegnen der Kritik mit dem Argument, die Folien seien billiger. Krüger legte einen "
        "Bericht vor. Im Bericht gebe es keine Zahlen zu den Kosten.\n"
    )
    speakers = {q.text[:20]: q.speaker for q in reported(article)}
    assert speakers.get("Die Verkehrsbetriebe") is None
    assert speakers.get("Im Bericht gebe es k") is None


def test_a_person_compared_with_is_not_the_subject():
    article = read(
        "\nDas Quorum\n"
        "Landrat Jörg Vogel (SPD) will neu wählen lassen. Kreistagsmitglied Uwe Brenn (CDU) "
        "widersprach. Anders als Vogel hält er eine Wiederholung für falsch: Sie koste nur "
        "Geld.\n"
    )
    assert reported(article)[-1].speaker == "Uwe Brenn"


def test_three_speakers_joined_by_semicolons_each_keep_their_own_words():
    paragraph = (
        "Der Ingenieur Lars Bemberg, die Dezernentin Frauke Olm und der Polizist Udo Senn "
        "sprachen im Rathaus. Bemberg zufolge wird ein Gutachten bis März zeigen, ob die "
        "Brücke zu retten ist; Olm räumte ein, dass die Stadt nicht vorbereitet sei; Senn gab "
        "zu bedenken, dass viele Navis die Sperrung nicht kennten. Er riet allen, den Schildern "
        "zu folgen."
    )
    speakers = [speaker for speaker, _ in said(paragraph)]
    assert speakers == ["Lars Bemberg", "Frauke Olm", "Udo Senn", "Udo Senn"]


def test_a_semicolon_before_a_clause_without_its_own_cue_keeps_the_sentence_whole():
    paragraph = (
        "Die Kandidatin Frauke Olm sprach am Abend. Sie habe gewonnen, sagte sie; die Partei "
        "habe gut gearbeitet."
    )
    found = reported(read("\nMeldung\n" + paragraph + "\n"))
    assert [(q.speaker, q.text) for q in found] == [
        ("Frauke Olm", "Sie habe gewonnen, sagte sie; die Partei habe gut gearbeitet.")
    ]


def test_loud_is_no_source_and_a_question_left_open_is_no_statement():
    paragraph = (
        "Die Dezernentin Frauke Olm sprach im Saal. Dort wurde es erst laut und dann still. "
        "Ob die Stadt das Land um Geld bitten werde, ließ sie offen. Laut Polizei blieb es "
        "ruhig."
    )
    assert said(paragraph) == [("die Polizei", "blieb es ruhig.")]


def test_a_bare_office_or_role_after_laut_is_shown_as_a_description_not_a_name():
    paragraph = (
        "Laut Wahlamt lag die Beteiligung bei 41 Prozent. Laut Hallensprecher kamen 1.200 "
        "Zuschauer. Laut Stadt kamen 40 Busse. Laut Brenner war es ruhig."
    )
    assert [speaker for speaker, _ in said(paragraph)] == [
        "das Wahlamt",
        "der Hallensprecher",
        "die Stadt",
        "Brenner",  # a surname, perhaps: not made a description
    ]


def test_said_and_a_comma_open_what_was_said_in_any_mood():
    paragraph = (
        "Ohne Debatte beschloss der Rat höhere Gebühren. Kämmerer Ole Brinkmeier sagte, die "
        "Stadt decke nur elf Prozent der Kosten. Er erklärte, als er kam, war es still."
    )
    assert said(paragraph) == [("Ole Brinkmeier", "die Stadt decke nur elf Prozent der Kosten.")]


def test_a_participle_of_saying_and_a_comma_open_what_was_said_too():
    paragraph = (
        "Die Geschäftsführerin Ute Lammering hat vor der Wahl gewarnt, eine Abschaffung schwäche "
        "die Bürgermeister. Ein Amt mit so viel Macht brauche eine Mehrheit."
    )
    assert [speaker for speaker, _ in said(paragraph)] == ["Ute Lammering", "Ute Lammering"]


def test_a_greeting_sent_by_video_is_how_the_mayor_spoke_not_who_spoke():
    article = read(
        "\nJahreshauptversammlung\n"
        "Bürgermeister Ulf Brandes, selbst Mitglied seit seiner Jugend, teilte per Grußwort mit, "
        "dass die Stadt den Umbau der Umkleiden unterstützen wolle.\n"
    )
    assert [q.speaker for q in article.quotes] == ["Ulf Brandes"]


def test_wie_the_judge_stressed_right_after_his_words_is_the_judge():
    article = read(
        "\nUrteil\n"
        "Richter Ansgar Brehm begründete das Urteil. Die Tat wiege schwer, sagte er. "
        "Wie der Vorsitzende betonte, sei die Bewährung die letzte Chance.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["Ansgar Brehm", "Ansgar Brehm"]


def test_the_source_before_zufolge_is_the_phrase_right_before_it_not_a_noun_before_the_verb():
    article = read(
        "\nStudie\n"
        "Das Impfen der Jungtiere senkt neuesten Studien zufolge die Sterblichkeit deutlich. "
        "Das Team kam der Meldung zufolge zu dem Schluss, dass Hygiene fehle.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert reported[0].speaker != "Jungtiere"
    assert reported[1].speaker == "die Meldung"  # a document, not a person


def test_a_surname_cut_to_its_initial_may_end_the_sentence_before_the_next_one():
    # A court report names a witness as the press names defendants' kin: "Monika K." ends the
    # sentence, and "Sie" opens the next one; before, both read as one name run and one sentence.
    found = said(
        "Als erste Zeugin sagte am Mittwoch seine Mutter aus, Monika K. Sie habe ihren Sohn "
        "um zwei Uhr heimkommen hören, sagte sie."
    )
    assert found == [("Monika K.", "Sie habe ihren Sohn um zwei Uhr heimkommen hören")]


def test_an_age_as_the_next_subject_goes_on_about_whom_the_speaker_spoke_to():
    # The judge speaks to the witness; "die 56-Jährige" is the witness again, so her "sagte
    # sie" is hers. Before, it went to the judge, the last woman who spoke.
    found = said(
        "Monika K. wurde als erste Zeugin gehört. Sie dürfe die Aussage verweigern, sagte "
        "Richterin Anke Thölen zu ihr. Doch die 56-Jährige wollte reden. Ihr Sohn sei erst "
        "um zwei Uhr heimgekommen, sagte sie."
    )
    assert found[-1] == ("Monika K.", "Ihr Sohn sei erst um zwei Uhr heimgekommen")


def test_a_closing_cue_may_take_up_what_was_said_with_darauf():
    # "…, darauf wies die Richterin sie hin": the judge said it, though "Sie" (the witness)
    # opens the sentence. Before, the sentence went on with the witness named just before.
    found = said(
        "Als Zeugin wurde Monika Kranz gehört. Sie hätte die Aussage verweigern dürfen, darauf "
        "wies die Vorsitzende Richterin Anke Thölen sie ausdrücklich hin."
    )
    assert [speaker for speaker, _ in found] == ["Anke Thölen"]


def test_konjunktiv_after_an_unnamed_person_opening_a_sentence_is_not_the_last_speakers():
    # An old man the text does not name complains; his Konjunktiv is not the councillor's
    # who spoke just before. Before, the report went on with her.
    found = said(
        "Gemeinderätin Sabine Kreitmair forderte, die Gemeinde solle Wohnungen bauen. "
        "Ein älterer Herr aus Pöring beschwerte sich über Raser auf der Hauptstraße. Seit die "
        "Blitzersäule weg sei, fahre dort jeder, wie er wolle."
    )
    assert found[0][0] == "Sabine Kreitmair"
    assert found[-1] == (None, "Seit die Blitzersäule weg sei, fahre dort jeder, wie er wolle.")


def test_an_unnamed_subject_after_the_verb_stops_the_report_too():
    found = said(
        "Junge Leute würden das sehr wohl verstehen, sagte Lea Inauen. Ihr widersprach ein "
        "älterer Landsmann aus Gonten. Wer keine Steuern zahle, solle nicht über Steuern "
        "befinden."
    )
    assert [speaker for speaker, _ in found] == ["Lea Inauen", None]


def test_a_clause_of_contrast_or_consequence_is_not_what_somebody_said():
    # The reporter describes an event; "sondern" and "sodass" go on with the narrator's words.
    paragraph = (
        "Die Stadtwerke erklärten den Ausfall nicht mit dem Sturm, sondern mit einem alten Kabel. "
        "Der Bürgermeister meldete die Schäden dem Land, sodass die Hilfe bald beginnen könne."
    )
    assert not any(
        statement.split()[0] in ("sondern", "sodass") for statement in statements(paragraph)
    )


def test_a_quotation_after_a_colon_is_no_part_of_what_was_reported():
    # The indirect statement ends at the colon; the quotation after it is extracted on its own.
    paragraph = (
        "Die Kämmerin Ulla Brandt sagte, der Haushalt sei ausgeglichen: "
        "„Wir haben gut gewirtschaftet.“"
    )
    assert ("Ulla Brandt", "der Haushalt sei ausgeglichen") in said(paragraph)


def continuing(paragraph: str) -> list[tuple[str | None, bool]]:
    """Each reported sentence's speaker and whether it goes on with the statement before it."""
    return [(q.speaker, q.continues) for q in reported(read("\nMeldung\n" + paragraph + "\n"))]


def test_konjunktiv_sentences_after_a_cue_are_one_statement_going_on():
    # The spokeswoman speaks over three sentences: the cue opens her statement, the two
    # Konjunktiv sentences after it are one continuation of it (as news data spans it), each
    # still shown to a reader as its own sentence.
    found = continuing(
        "Stadtsprecherin Wiebke Olthoff sagte, die Stadt habe die Brücke gesperrt. Man werde "
        "die Schäden bis Freitag prüfen. Eine Gefahr für Fußgänger bestehe nicht."
    )
    assert found == [
        ("Wiebke Olthoff", False),
        ("Wiebke Olthoff", False),
        ("Wiebke Olthoff", True),
    ]


def test_a_new_cue_or_a_narrators_sentence_ends_the_statement():
    found = continuing(
        "Stadtsprecherin Wiebke Olthoff sagte, die Stadt habe die Brücke gesperrt. Man werde "
        "die Schäden prüfen. Der Bauausschuss tagt am Montag. Die Sanierung sei teuer. Der "
        "Kämmerer Ole Brandes erklärte, das Geld sei im Haushalt. Ein Nachtragshaushalt sei "
        "nicht nötig."
    )
    assert [goes_on for _, goes_on in found] == [False, False, False, False, False]


def test_a_verb_of_saying_inside_a_going_on_statement_does_not_cut_it():
    # "wiederholt" after the Konjunktiv is part of what the police said, not a cue of its own.
    found = said(
        "Die Polizei Heidenau teilte mit, der Täter sei etwa 30 Jahre alt. Am Bahnhof sei es "
        "wiederholt zu Diebstählen, Pöbeleien und Schlägereien gekommen."
    )
    assert found[-1][1] == (
        "Am Bahnhof sei es wiederholt zu Diebstählen, Pöbeleien und Schlägereien gekommen."
    )


def test_a_source_named_inside_the_sentence_is_no_part_of_what_was_said():
    # The reader asks what the police said: the statement leaves out who said it, and only that.
    assert statements(
        "Ein Verdacht gegen den Kassierer bestehe nach Angaben der Polizei Nordhorn nicht mehr."
    ) == ["Ein Verdacht gegen den Kassierer bestehe nicht mehr."]
    assert statements("Die Baustelle am Markt ruhe laut einem Sprecher der Stadt bis Montag.") == [
        "Die Baustelle am Markt ruhe bis Montag."
    ]
    assert statements(
        "Die Linie 4 fährt nach Angaben der Verkehrsbetriebe den Bahnhof wieder an."
    ) == ["Die Linie 4 fährt den Bahnhof wieder an."]


def test_a_statement_may_go_on_into_the_next_paragraph():
    # The weather service's forecast runs on over a paragraph break, still in its Konjunktiv.
    article = read(
        "\nMeldung\nDer Wetterdienst Nordsee warnte, ein Sturmtief ziehe heran. Es bringe "
        "Böen bis 120 Kilometer pro Stunde.\n\nIn der Nacht könne es auch gewittern. "
        "Am Morgen lasse der Wind nach.\n"
    )
    assert [q.continues for q in reported(article)] == [False, False, True, True]


def test_a_report_or_a_partys_figures_named_as_source_make_a_statement():
    # "Nach einem Bericht der …", "Nach ukrainischen Angaben …": somebody's statement, even
    # in the indicative; "nach anderen Angaben" only gives a second figure.
    assert statements(
        "Nach einem Bericht der Lokalzeitung Ostwind ist die Stadthalle marode. "
        "Nach ukrainischen Angaben wurden zwei Dörfer geräumt. "
        "Die Halle fasst 2.000, nach anderen Angaben 2.500 Menschen."
    ) == ["ist die Stadthalle marode.", "wurden zwei Dörfer geräumt."]


def test_a_source_named_at_length_before_the_verb_is_no_part_of_the_statement():
    # The source runs on over an apposition or a relative clause; what was said starts at
    # the verb after it.
    assert statements(
        "Nach Angaben des Betreibers der Fähre, Ole Hansen, sei das Schiff in gutem Zustand "
        "gewesen. Nach offiziellen Angaben, die niemand prüfen kann, waren die meisten "
        "Fahrgäste Touristen."
    ) == [
        "sei das Schiff in gutem Zustand gewesen.",
        "waren die meisten Fahrgäste Touristen.",
    ]


def test_a_plural_konjunktiv_ii_right_after_a_report_goes_on_with_it():
    # "Die Täter haben" would look like the indicative, so the report says "hätten"; a
    # condition ("Wäre …, hätte …") and a narrator's sentence with an indicative verb are no
    # report of hers.
    found = said(
        "Polizeisprecherin Jana Voss sagte, der Überfall habe nur zwei Minuten gedauert. Die "
        "Täter hätten das Geschäft offenbar über Tage ausgespäht. Wäre der Alarm früher "
        "losgegangen, hätten die Beamten sie womöglich gefasst. Die Kollegen hatten befürchtet, "
        "dass die Täter bewaffnet wären."
    )
    assert found[:2] == [
        ("Jana Voss", "der Überfall habe nur zwei Minuten gedauert."),
        ("Jana Voss", "Die Täter hätten das Geschäft offenbar über Tage ausgespäht."),
    ]
    assert not any("Wäre der Alarm" in statement for _, statement in found)
    assert all(speaker is None for speaker, _ in found[2:])


def test_a_speech_act_whose_content_is_a_noun_phrase_is_reported_as_its_whole_sentence():
    # "sprach von …", "berichteten von …", "warnte vor …", "bezeichnete … als …", "nannte …":
    # what was said, told in the narrator's words; the speaker is the verb's subject.
    assert said(
        "Bürgermeisterin Karla Brandt sprach am Abend von einem klaren Auftrag der Wähler. "
        "Mehrere Gäste berichteten von Schüssen in der Nacht. "
        "Den Haushaltsplan bezeichnete Kämmerer Olaf Wiese als solide. "
        "Als Grund nannte die Stadt die gestiegenen Energiepreise."
    ) == [
        ("Karla Brandt", "Bürgermeisterin Karla Brandt sprach am Abend von einem klaren "
         "Auftrag der Wähler."),
        (None, "Mehrere Gäste berichteten von Schüssen in der Nacht."),
        ("Olaf Wiese", "Den Haushaltsplan bezeichnete Kämmerer Olaf Wiese als solide."),
        ("die Stadt", "Als Grund nannte die Stadt die gestiegenen Energiepreise."),
    ]  # fmt: skip
    # Denied, a name given, or an infinitive: nobody is said to have said anything.
    assert (
        said(
            "Belege nannte die Sprecherin nicht. "
            "Ihr Kollege wollte keine Zahlen nennen. "
            "Der Verein nennt sich seit 2010 Freunde der Altstadt. "
            "Man kann von einem Erfolg sprechen, ohne die Kosten zu nennen."
        )
        == []
    )


def test_extract_json_shows_a_speech_act_as_its_whole_sentence_and_its_speaker():
    article = read(
        "\nWahlabend\nDie Oberbürgermeisterin Tanja Holm warnte vor voreiligen Schlüssen.\n"
    )
    exported = [q for q in article_to_json(article)["quotes"] if q["kind"] == REPORTED]
    sentence = "Die Oberbürgermeisterin Tanja Holm warnte vor voreiligen Schlüssen."
    assert [(q["text"], q["statement"], q["speaker"]) for q in exported] == [
        (sentence, sentence, "Tanja Holm")
    ]


def test_a_zu_infinitive_with_any_separable_prefix_is_what_was_demanded_or_announced():
    # "niederzulegen", "beizutreten": the zu sits after the prefix, as in "anzunehmen".
    assert said(
        "Die Fraktionschefin Ida Kern forderte den Stadtrat auf, sein Mandat niederzulegen. "
        "Die Grünen kündigten an, der Koalition beizutreten."
    ) == [
        ("Ida Kern", "sein Mandat niederzulegen."),
        (None, "der Koalition beizutreten."),
    ]


def test_what_somebody_promised_offered_or_asked_for_is_the_clause_after_the_verb():
    # Promising, offering, asking, calling on somebody: the zu-infinitive is what they said.
    assert said(
        "Die Stadtwerke gaben an, die Preise nicht erhöhen zu wollen. "
        "Der Verband bot an, beim Umzug mitzuhelfen. "
        "Die Stadt hat die Anwohner gebeten, ihre Keller auszuräumen."
    ) == [
        (None, "die Preise nicht erhöhen zu wollen."),
        (None, "beim Umzug mitzuhelfen."),
        (None, "ihre Keller auszuräumen."),
    ]
    # Voters called to the polls, a thing given for a purpose: nobody said anything.
    assert (
        said(
            "Rund 9.000 Wahlberechtigte sind aufgerufen, einen neuen Bürgermeister zu wählen. "
            "Er gab ihr das Buch, um es in Ruhe zu lesen."
        )
        == []
    )


def test_a_source_named_inside_a_relative_clause_vouches_for_that_clause_only():
    # The sentence around the relative clause is the narrator's: no report of the brigade's.
    assert statements(
        "Ein Brand, der nach Angaben der Feuerwehr zwei Scheunen zerstörte, hat das Dorf "
        "erschüttert. Nach Angaben der Feuerwehr zerstörte der Brand zwei Scheunen."
    ) == ["zerstörte der Brand zwei Scheunen."]


def test_what_somebody_is_said_to_have_done_is_reported_without_a_speaker():
    # "soll … haben": an account the sentence does not say whose it is, so nobody's; a plan
    # or a state ("soll … fertig sein", "soll gewählt sein, wer …") is no account at all.
    assert said(
        "Der Bürgermeister Udo Falk sagte, die Lage sei ruhig. "
        "Der Täter soll das Geschäft geplündert haben. Der Fahrer soll geflohen sein. "
        "Künftig soll gewählt sein, wer die meisten Stimmen erhält. "
        "Die neue Halle soll im Herbst fertig sein."
    ) == [
        ("Udo Falk", "die Lage sei ruhig."),
        (None, "Der Täter soll das Geschäft geplündert haben."),
        (None, "Der Fahrer soll geflohen sein."),
    ]


def test_a_colleague_described_in_a_relative_clause_speaks_not_the_woman_he_describes():
    found = said(
        "Die Bürgermeisterin Lena Vogt feierte im Rathaus. Ein Kollege aus dem Verein, der seit"
        " Jahren mit ihr arbeitet, beschreibt sie so: Sie sei hartnäckig und ehrlich."
        " Sie lasse sich nicht beirren."
    )
    assert [speaker for speaker, _ in found[-2:]] == ["ein Kollege", "ein Kollege"]
    assert not any(speaker == "Lena Vogt" for speaker, _ in found[1:])


def test_what_was_said_starts_at_the_comma_right_after_the_verb_of_saying():
    # Not at a "dass" further on: the whole clause after "sagte," is what Ott said.
    assert said(
        "Der Kämmerer Jan Ott sagte, die Sorge komme daher, dass die Stadt kaum noch spare."
    ) == [("Jan Ott", "die Sorge komme daher, dass die Stadt kaum noch spare.")]


def test_a_pronoun_after_the_verb_of_saying_is_its_subject():
    assert said(
        "Die Ministerin Eva Berger reiste nach Brüssel. "
        "Am Abend betonte sie, die Länder hielten sich an die Regeln."
    ) == [("Eva Berger", "die Länder hielten sich an die Regeln.")]


def test_a_closing_wie_clause_names_who_said_what_comes_before_it():
    # "…, wie X mitteilte." in any mood; "wie man weiß" reports nobody's words.
    assert said(
        "Die Beta AG hat einen neuen Vorstand. "
        "Peter Lang wird stellvertretender Vorstandschef, wie die Beta AG am Montag mitteilte. "
        "Der Umbau dauert, wie man weiß, lange."
    ) == [("die Beta AG", "Peter Lang wird stellvertretender Vorstandschef")]


def test_a_wie_clause_whose_source_has_an_apposition_still_opens_the_statement():
    assert said(
        "Der Probealarm ging schief. Wie der Leiter des Amtes, Jan Roth, mitteilte, waren die "
        "Anwohner nicht informiert worden."
    ) == [("Jan Roth", "waren die Anwohner nicht informiert worden.")]


def test_hearsay_without_a_source_is_reported_by_nobody_even_after_a_named_speaker():
    assert said(
        "Bürgermeister Udo Falk sprach von einem Erfolg. "
        "Wie es hieß, soll das Rathaus bis 2030 fertig sein. "
        "Es heißt, dass die Kosten gestiegen sind."
    ) == [
        ("Udo Falk", "Bürgermeister Udo Falk sprach von einem Erfolg."),
        (None, "soll das Rathaus bis 2030 fertig sein."),
        (None, "dass die Kosten gestiegen sind."),
    ]


@pytest.mark.parametrize(
    "sentence, statement",
    [
        ("Die Grünen verlangen, dass der Ausschuss tagt.", "dass der Ausschuss tagt."),
        ("Aus der Partei verlautete, dass die Liste steht.", "dass die Liste steht."),
        ("Der Landrat gesteht ein, dass die Planung knapp war.", "dass die Planung knapp war."),
        (
            "Die Initiative vertritt die Ansicht, dass der Bau zu teuer wird.",
            "dass der Bau zu teuer wird.",
        ),
        ("Der Verband ist der Meinung, dass die Frist reicht.", "dass die Frist reicht."),
        (
            "Die beiden Männer werden beschuldigt, Mitglieder einer Bande zu sein.",
            "Mitglieder einer Bande zu sein.",
        ),
    ],
)
def test_more_verbs_of_saying_and_stating_a_view_introduce_what_was_said(sentence, statement):
    assert statements(sentence) == [statement]


def test_a_belief_with_its_content_is_reported_but_a_feeling_about_a_fact_is_not():
    # Confident that …: what Ott believes; relieved that …: the fact is the narrator's.
    assert said(
        "Der Trainer Jan Ott ist zuversichtlich, das Derby gewinnen zu können. "
        "Die Kapitänin Eva Roth war erleichtert, dass die Halle voll war."
    ) == [("Jan Ott", "das Derby gewinnen zu können.")]


def test_a_source_by_its_reports_or_its_will_makes_the_sentence_reported():
    assert statements(
        "Nach Meldungen der Agentur ist die Brücke gesperrt. "
        "Nach dem Willen der Stadt soll der Platz bis Mai umgebaut werden."
    ) == ["ist die Brücke gesperrt.", "soll der Platz bis Mai umgebaut werden."]


def test_a_verb_of_saying_closing_a_clause_of_its_own_opens_nothing():
    # A subordinate clause ("Als … warf,"), a relative clause ("der über … klagte,") or an
    # infinitive after a modal ("wollte … schreiben,") ends before the comma: nothing said.
    assert (
        statements(
            "Als Jan Ott den Ball ins Tor warf, jubelten die Fans. "
            "Ein Rentner, der über die Busse klagte, bekam Beifall. "
            "Eva Roth wollte eine Garantie in den Vertrag schreiben, Udo Falk hielt das für zu "
            "teuer. Das Gesetz soll jedem erlauben, Akteneinsicht verlangen zu können."
        )
        == []
    )


def test_a_long_closing_wie_clause_still_names_its_source_but_a_told_wie_clause_does_not():
    # "…, wie er in einem Brief … erklärte." closes what he said; "Er erinnert sich, wie …
    # schrieb" tells what he remembers: the sister wrote letters, she said nothing.
    found = said(
        "Die Koalition verlor die Abstimmung. Kanzler Jan Roth sah keinen Grund zum Rücktritt, "
        "wie er in einem Schreiben an das Parlament nach der Abstimmung am Abend erklärte. "
        "Sein Bruder Udo Roth erinnert sich, wie seine Schwester als Kind Briefe an das Amt "
        "schrieb."
    )
    assert found[0] == ("Jan Roth", "Kanzler Jan Roth sah keinen Grund zum Rücktritt")
    assert [speaker for speaker, _ in found[1:]] == ["Udo Roth"]


def test_a_strong_verb_says_something_only_with_its_own_particle():
    # "schlug vor, …" proposes and "räumte ein, …" concedes; "rief … an, …" only phoned.
    assert said(
        "Der Stadtrat Jan Ott schlug vor, statt eines Neubaus die alte Halle zu sanieren. "
        "Die Kämmerin Eva Roth räumte ein, dass die Kosten steigen. "
        "Udo Falk rief am Abend die Wahlleiterin an, um das Ergebnis zu erfahren."
    ) == [
        ("Jan Ott", "statt eines Neubaus die alte Halle zu sanieren."),
        ("Eva Roth", "dass die Kosten steigen."),
    ]


def test_quoted_words_inside_a_konjunktiv_statement_keep_it_reported():
    # Konjunktiv around the quoted words makes the sentence a report with quoted fragments; a
    # Konjunktiv only in the cue after the quotation reports who said the quotation.
    found = said(
        "Der Stadtrat Jan Ott war enttäuscht. Die Stadt habe „genug von leeren "
        "Versprechen“ und „keine Geduld mehr“, so Ott. Die Kämmerin räumte ein, dass es "
        "„an einzelnen Schulen im Norden der Stadt echte und große Lücken beim Personal“ gebe. "
        "Eva Roth erzählte von früher. „Sonst gibt "
        "es an Weihnachten Ärger“, habe die Großmutter gesagt."
    )
    assert [speaker for speaker, _ in found][:1] == ["Jan Ott"]
    assert any(statement.endswith("gebe.") for _, statement in found)
    assert not any("Weihnachten" in statement for _, statement in found)


def test_a_passive_of_saying_names_its_speaker_only_by_a_person_as_its_agent():
    # "Von der Verwaltung wurde betont, …" after Ott's words is the administration's, not his;
    # "Von Kämmerin Eva Roth wurde betont, …" is hers; "im Amt bestätigt" says nothing at all.
    assert said(
        "Die Kämmerin Eva Roth kam später. Der Stadtrat Jan Ott sagte, die Halle sei zu teuer. "
        "Von der Verwaltung wurde betont, dass die Rücklage nur bis 2028 reiche. "
        "In der Sitzung wurde mehrfach darauf hingewiesen, dass der Kreis zahlen müsse. "
        "Von Kämmerin Eva Roth wurde dagegen betont, die Rücklage reiche länger."
    ) == [
        ("Jan Ott", "die Halle sei zu teuer."),
        (None, "dass die Rücklage nur bis 2028 reiche."),
        (None, "dass der Kreis zahlen müsse."),
        ("Eva Roth", "die Rücklage reiche länger."),
    ]
    assert said("Der Stadtrat Jan Ott wurde im Amt bestätigt, die Beteiligung lag bei 40 %.") == []


def test_konjunktiv_ii_right_after_a_known_person_is_announced_goes_on_with_them():
    # "erläuterte, warum …" reports no statement of its own, but what follows in Konjunktiv II
    # ("stünden") and Konjunktiv I is the election officer's.
    assert said(
        "Wahlamtsleiter Jan Ott erläuterte zu Beginn, warum die Verwaltung Bezirke streichen "
        "wollte. Mehrere Schulen stünden am Wahltag nicht zur Verfügung. Zudem gebe die "
        "Briefwahl die Richtung vor."
    ) == [
        ("Jan Ott", "Mehrere Schulen stünden am Wahltag nicht zur Verfügung."),
        ("Jan Ott", "Zudem gebe die Briefwahl die Richtung vor."),
    ]


def test_what_a_statement_says_after_heisst_es_is_reported_and_nobodys_in_any_mood():
    # "gefährdeten" may be the past or Konjunktiv II: "heißt es, …" reports it all the same, as
    # the statement's (a description, no person); a time ("Im Wahlkampf") is no speaker;
    # "heißt es" closing a quotation reports nothing more.
    assert said(
        "Die Bürgermeisterin Eva Roth sagte, die Stadt sei gut aufgestellt. "
        "In einer Stellungnahme des Vereins heißt es, die Pläne gefährdeten 40 Läden. "
        "Im Wahlkampf hieß es, die Stadt wolle das Bad verkaufen. "
        "„Die Beteiligung folgt dem Einkommen der Viertel“, heißt es in der Studie, die das "
        "Institut am Dienstag vorgestellt hat."
    ) == [
        ("Eva Roth", "die Stadt sei gut aufgestellt."),
        ("eine Stellungnahme des Vereins", "die Pläne gefährdeten 40 Läden."),
        (None, "die Stadt wolle das Bad verkaufen."),
    ]


def test_the_grounds_of_a_denial_in_konjunktiv_are_the_denying_persons():
    # After the spokeswoman's words, "Das wiederum bestreitet X." turns to X: her grounds
    # in Konjunktiv are hers, not the spokeswoman's.
    assert said(
        "Eine Sprecherin sagte, der Verband sei eingeladen gewesen. Das wiederum bestreitet "
        "Gudrun Pfefferkorn. Die Einladung sei zu spät gekommen."
    ) == [
        ("eine Sprecherin", "der Verband sei eingeladen gewesen."),
        ("Gudrun Pfefferkorn", "Die Einladung sei zu spät gekommen."),
    ]


def test_konjunktiv_after_an_unnamed_users_words_does_not_go_back_to_the_mayor():
    # "schrieb ein Nutzer" is somebody else's cue even when the rules find no speaker in it:
    # the Konjunktiv after it is not the mayor's.
    assert said(
        "Bürgermeisterin Eva Roth sagte, die Stadt sei vorbereitet. Auf Facebook schrieb ein "
        "Nutzer, die Pumpen seien kaputt gewesen. Das sei seit Monaten bekannt."
    ) == [
        ("Eva Roth", "die Stadt sei vorbereitet."),
        (None, "die Pumpen seien kaputt gewesen."),
        (None, "Das sei seit Monaten bekannt."),
    ]


def test_two_speakers_joined_by_und_in_one_sentence_each_keep_their_words():
    # The Landrat's words are not the treasurer's because her cue closes the sentence.
    assert said(
        "Landrat Jan Ott sagte, der Kreis werde sparen, und Kämmerin Eva Roth ergänzte, die "
        "Rücklagen seien aufgebraucht. Man müsse Stellen streichen."
    ) == [
        ("Jan Ott", "der Kreis werde sparen"),
        ("Eva Roth", "die Rücklagen seien aufgebraucht."),
        ("Eva Roth", "Man müsse Stellen streichen."),
    ]


def test_konjunktiv_going_on_after_a_paragraph_break_stays_with_the_speaker_of_sagte():
    # A reader asks what the election officer said: his account goes on in the Konjunktiv in
    # the next paragraph with no new cue, and another person's own cue takes over after it.
    article = read(
        "\nWahlbeteiligung\n"
        "Kreiswahlleiter Jens Amsel sagte am Abend, die Beteiligung sei so niedrig wie nie.\n"
        "Viele Wahllokale seien fast leer geblieben. Man müsse die Briefwahl einfacher machen.\n"
        "Landrätin Ute Gerber (CDU) erklärte, die Zahl sei normal.\n"
        "Auch früher habe es solche Werte gegeben.\n"
    )
    assert [q.speaker for q in reported(article)] == [
        "Jens Amsel",
        "Jens Amsel",
        "Jens Amsel",
        "Ute Gerber",
        "Ute Gerber",
    ]


def test_an_announcement_in_apposition_is_the_persons_whatever_verb_the_plan_uses():
    # A reader asks what the deputy announced: the verb inside what he plans ("zu verlangen")
    # is no cue of its own, so the subject in apposition before "kündigte an" keeps it.
    article = read(
        "\nNach der Wahl\n"
        "Die Auszählung dauerte bis Mitternacht.\n"
        "Ihr Stellvertreter in Tannfeld, Matthias Wendland, kündigte an, noch in dieser Woche "
        "Gespräche zu verlangen.\n"
    )
    assert [q.speaker for q in reported(article)] == ["Matthias Wendland"]


def test_a_name_with_its_party_before_zufolge_is_the_source():
    # A reader asks what the mayor said about the ballots: "Name (SPD) zufolge" names him as
    # "Name zufolge" does; the party's own "Der SPD zufolge" names nobody.
    article = read(
        "\nWahlanfechtung\n"
        "Die Gemeinde weist die Vorwürfe zurück. Bürgermeister Kai Dressler (SPD) zufolge wurden "
        "alle Unterlagen fristgerecht verschickt. Der SPD zufolge ist die Klage ohne Aussicht.\n"
    )
    assert [q.speaker for q in reported(article)] == ["Kai Dressler", None]


def test_nach_seinen_angaben_in_the_indicative_is_what_the_man_just_named_said():
    # A reader asks what the returning officer said: "Nach seinen Angaben …" reports him even
    # in the indicative; "Nach ihren Angaben" after the police is the police, nobody named.
    article = read(
        "\nWahlabend\n"
        "19.40 Uhr: Wahlleiter Bernd Kaiserling meldet, alle Urnenbezirke seien ausgezählt. "
        "Nach seinen Angaben ist mit dem Endergebnis gegen 20.15 Uhr zu rechnen.\n"
        "Die Polizei sperrte die Straße vor dem Rathaus. Nach ihren Angaben gab es keine "
        "Verletzten.\n"
    )
    assert [q.speaker for q in reported(article)] == [
        "Bernd Kaiserling",
        "Bernd Kaiserling",
        "die Polizei",
    ]


def test_verbs_that_speak_only_with_their_particle_name_their_subject_as_the_speaker():
    # As a reader of council minutes: "merkte an, …", "wandte ein, …", "trägt vor, …" and
    # "legte dar, …" report the subject's words; "merkte, dass …" (noticed) names nobody.
    said = {
        "merkte an": "Ratsherr Piet Harms (SPD) merkte an, das Problem sei seit Jahren bekannt.",
        "wandte ein": "Ratsherr Piet Harms (SPD) wandte ein, das Problem sei bekannt.",
        "trägt vor": "Anwalt Piet Harms trägt vor, in zwölf Fällen sei der Wahlschein falsch.",
        "legte dar": "Ratsherr Piet Harms legte dar, das Problem sei bekannt.",
        "merkte": "Ratsherr Piet Harms merkte, dass das Problem bekannt sei.",
    }
    found = {
        cue: [q.speaker for q in read(f"\nRat\nDie Sitzung begann.\n{s}\n").quotes]
        for cue, s in said.items()
    }
    assert found == {
        "merkte an": ["Piet Harms"],
        "wandte ein": ["Piet Harms"],
        "trägt vor": ["Piet Harms"],
        "legte dar": ["Piet Harms"],
        "merkte": [None],
    }


def test_a_letter_writers_schade_dass_is_her_own_verdict_not_the_last_speakers_report():
    article = read(
        "\nLeserbriefe\n"
        "Herr Brunnert hat wenigstens offen gesagt, dass das Geld dafür fehlt. "
        "Schade, dass Ehrlichkeit nicht belohnt wird.\n"
        "Gerlinde Pütz, Ahrweiler\n"
    )
    reported = [(q.speaker, q.text[:6]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [("Brunnert", "Herr B")]


def test_a_view_stated_with_geht_davon_aus_or_ist_der_meinung_is_its_subjects():
    article = read(
        "\nHaushalt\n"
        "Kreiskämmerer Olaf Brinkmann geht davon aus, dass die Gewerbesteuer im kommenden Jahr "
        "sinken wird. Die Landrätin Petra Ohlsen ist der Meinung, dass der Kreis sparen muss. "
        "Der Ratsherr Ulf Kramer vertritt die Ansicht, dass die Schulden zu hoch sind.\n"
        "Man geht davon aus, dass die Umlage steigt.\n"
    )
    speakers = {q.text.split(",")[0]: q.speaker for q in reported(article)}
    assert speakers["Kreiskämmerer Olaf Brinkmann geht davon aus"] == "Olaf Brinkmann"
    assert speakers["Die Landrätin Petra Ohlsen ist der Meinung"] == "Petra Ohlsen"
    assert speakers["Der Ratsherr Ulf Kramer vertritt die Ansicht"] == "Ulf Kramer"
    assert speakers["Man geht davon aus"] is None  # nobody named


@pytest.mark.parametrize("group", ["Kritiker bemängeln", "Viele Anwohner befürchten"])
def test_what_a_group_holds_does_not_go_on_with_the_last_speakers_report(group):
    # a plural noun and its verb before the comma: the group's view, not the mayor's words
    article = read(
        "\nNach der Wahl\n"
        "Bürgermeisterin Anna Muster sagte, sie werde zuerst die Schulen sanieren. "
        f"{group}, dass die Stadt dafür kein Geld habe.\n"
    )
    assert [(q.speaker, q.text[:10]) for q in reported(article)] == [
        ("Anna Muster", "Bürgermeis"),
        (None, group[:10]),
    ]


def test_konjunktiv_closed_by_das_erklaerte_or_so_sieht_es_is_the_closers_not_the_last_speakers():
    article = read(
        "\nSporthalle\n"
        "Bürgermeister Arno Feldkamp sagte, die Halle werde im Mai fertig.\n"
        "Die Kosten seien um ein Viertel gestiegen. Der Kreis zahle davon nichts. "
        "Das erklärte Kämmerin Ute Brasch nach der Sitzung.\n"
        "Der Verein brauche die Halle jeden Abend. Ohne sie gehe die Jugend verloren. "
        "So sieht es der Vorsitzende des Turnvereins, Lars Wendt.\n"
        "Die Halle werde zur Einweihung geöffnet. Das teilte die Stadtverwaltung mit.\n"
    )
    speakers = {q.text: q.speaker for q in reported(article)}
    assert speakers["Die Kosten seien um ein Viertel gestiegen."] == "Ute Brasch"
    assert speakers["Der Kreis zahle davon nichts."] == "Ute Brasch"
    assert speakers["Der Verein brauche die Halle jeden Abend."] == "Lars Wendt"
    assert speakers["Ohne sie gehe die Jugend verloren."] == "Lars Wendt"
    # An office closes it: not the last person who spoke.
    assert speakers["Die Halle werde zur Einweihung geöffnet."] not in {"Lars Wendt", "Ute Brasch"}


def test_what_somebody_lets_be_known_is_their_report_but_leaving_it_open_is_not():
    assert said(
        "Die Ortsvorsteherin Gesa Lührs ließ auf Anfrage wissen, man prüfe den Antrag."
    ) == [("Gesa Lührs", "man prüfe den Antrag.")]
    counted = said("Kreiswahlleiter Timo Brandt lässt wissen, dass die Auszählung beendet ist.")
    assert [speaker for speaker, _ in counted] == ["Timo Brandt"]
    assert said("Ob sie noch einmal antritt, ließ Gesa Lührs offen.") == []


@pytest.mark.parametrize(
    "closing",
    ["Das sagte sie am Abend.", "So sieht es auch Ratsherr Jens Kolbe."],
)
def test_a_pronoun_or_somebody_sharing_the_view_leaves_the_konjunktiv_with_who_said_it(
    closing: str,
):
    article = read(
        "\nSporthalle\n"
        "Kämmerin Ute Brasch sagte, die Halle werde teurer. Der Kreis zahle nichts. "
        + closing
        + "\n"
    )
    speakers = {q.text: q.speaker for q in reported(article)}
    assert speakers["Der Kreis zahle nichts."] == "Ute Brasch"


def test_what_stands_fest_or_is_klar_for_a_named_person_is_their_view():
    article = read(
        "\nHaushalt im Kreistag\n"
        "Für die Kreiskämmerin Ute Bramkamp steht fest, dass die Umlage steigen muss. "
        "Für den Fraktionschef der Grünen, Lars Pietsch, ist dagegen klar, dass es keine "
        "Erhöhung geben darf. Für die Opposition steht fest, dass gespart werden muss. "
        "Für Kinder ist klar, dass Ferien schön sind.\n"
        # A voter named before is not "die Wähler".
        "Der Wähler Jan Roth stand früh im Wahllokal. Für die Wähler steht fest, dass die "
        "Straße saniert werden muss.\n"
    )
    assert [(q.statement, q.speaker) for q in reported(article)] == [
        ("dass die Umlage steigen muss.", "Ute Bramkamp"),
        ("dass es keine Erhöhung geben darf.", "Lars Pietsch"),
    ]


def test_a_proposal_with_regt_an_and_a_disclosure_with_verriet_are_reports():
    assert said(
        "Ortsrätin Frauke Imsiek regte an, den Markt im Winter in die Halle zu verlegen. "
        "Ihr Kollege Timo Rass verriet, die Stadt habe schon einen Mietvertrag."
    ) == [
        ("Frauke Imsiek", "den Markt im Winter in die Halle zu verlegen."),
        ("Timo Rass", "die Stadt habe schon einen Mietvertrag."),
    ]


def test_a_konjunktiv_ii_closing_on_an_infinitive_like_einstellen_goes_on_with_the_speaker():
    # "einstellen" ends the sentence after "müssten": no verb of saying of its own.
    assert said(
        "Kämmerin Petra Lohse sagte, die Umlage werde steigen. Die Gemeinden müssten sich "
        "darauf einstellen."
    ) == [
        ("Petra Lohse", "die Umlage werde steigen."),
        ("Petra Lohse", "Die Gemeinden müssten sich darauf einstellen."),
    ]
