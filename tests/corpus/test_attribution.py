"""Who said it, on text written like a reporter's, not like the seed: pronouns and role nouns
mean the nearest fitting person, and a quotation the text gives nobody stays unnamed."""

from __future__ import annotations

from bot.corpus.model import DIRECT, Article
from tests.corpus.articles import read


def speaker_of(article: Article, start: str) -> str | None:
    matches = [q for q in article.quotes if q.kind == DIRECT and q.text.startswith(start)]
    assert matches, f"no direct quote starting {start!r}"
    return matches[0].speaker


STORY = (
    "\nStichwahl in Hagenfeld\n"
    "Der SPD-Kandidat Markus Brenner hat die Stichwahl gewonnen. "
    "„Ein großer Tag für die Stadt“, sagte Brenner. "
    "Auch Sabine Okafor war im Rathaus. Die Grünen-Chefin hatte Brenner unterstützt. "
    "„So’n Ergebnis, damit hab ich nicht gerechnet“, sagt sie.\n"
    "Die erfahrene Kommunalpolitikerin fügte hinzu: „Jetzt beginnt die Arbeit.“\n"
    "„Wir haben alles gegeben“, sagte ein Experte.\n"
    "Kolbe gab sich als fairer Verlierer. Und sagt: „Ich gratuliere Markus Brenner herzlich.“\n"
)


def test_a_pronoun_means_the_nearest_fitting_subject_not_the_main_figure():
    # "sie" is the woman the text just spoke of, in its own words: never Brenner. "Die
    # Grünen-Chefin" right after the sentence about Okafor alone is Okafor.
    assert speaker_of(read(STORY), "So’n Ergebnis") == "Sabine Okafor"


def test_a_role_nobody_was_given_stays_as_the_text_writes_it_never_the_last_named_man():
    assert speaker_of(read(STORY), "Jetzt beginnt") == "die erfahrene Kommunalpolitikerin"


def test_a_role_the_article_gave_one_person_means_that_person():
    article = read(
        "\nStichwahl\n"
        "Die Grünen-Chefin Sabine Okafor und Markus Brenner (SPD) kamen ins Rathaus. "
        "Brenner gewann knapp. Die Grünen-Chefin sagte: „Jetzt beginnt die Arbeit.“\n"
    )
    assert speaker_of(article, "Jetzt beginnt") == "Sabine Okafor"


def test_an_unnamed_expert_stays_unnamed_and_is_shown_as_the_text_describes_him():
    article = read(STORY)
    assert speaker_of(article, "Wir haben alles") == "ein Experte"
    assert "ein Experte" not in [p.name for p in article.people]


def test_somebody_in_the_crowd_is_nobody_not_the_person_talked_about():
    article = read(
        "\nWahlparty\n"
        "Marlene Osterwald hat gewonnen. Aus der Ecke mit den Jusos, die Osterwald im zweiten "
        "Wahlgang unterstützt hatten, ruft jemand: „Das nächste Mal macht ihr das Café größer!“\n"
    )
    assert speaker_of(article, "Das nächste Mal") is None
    assert [q.text for q in article.quotes if q.kind != DIRECT] == []


def test_a_german_quote_with_was_in_it_is_speech_not_an_english_title():
    article = read(
        "\nErdbeben\n"
        "Peter Beck ist Dekan der Kathedrale. „Es ist erschütternd, was mit der Kathedrale "
        "passierte“, sagte Beck.\n"
    )
    assert speaker_of(article, "Es ist erschütternd") == "Peter Beck"


def test_a_sentence_opener_is_no_speaker():
    article = read(STORY)
    assert "Und" not in [p.name for p in article.people]
    assert speaker_of(article, "Ich gratuliere") != "Und"


def test_a_bare_quote_long_after_anybody_spoke_stays_unnamed():
    article = read(
        "\nBilanz\n"
        "„Wir sind zufrieden“, sagte Brenner. Die Wahlbeteiligung lag bei 38 Prozent. "
        "Der Rat tagt im Oktober. Die Stadt hat 200.000 Einwohner. "
        "„Das wird nicht reichen.“\n"
    )
    assert speaker_of(article, "Das wird nicht") is None


def test_reported_speech_after_an_announcement_is_the_announcers():
    article = read(
        "\nPläne\n"
        "„Wir sind zufrieden“, sagte die Grünen-Chefin Sabine Okafor. "
        "Markus Brenner (SPD) kündigte an, die Verwaltung neu aufzustellen. "
        "Er werde zuerst mit allen Fraktionen sprechen.\n"
    )
    reported = [q for q in article.quotes if q.text.startswith("Er werde")]
    assert reported and reported[0].speaker == "Markus Brenner"


def test_a_role_closing_a_quotation_means_the_person_the_last_sentence_was_about():
    article = read(
        "\nStichwahl\n"
        "Marlene Hoffstetter gewinnt gegen Amtsinhaber Jonas Krell. "
        "Jonas Krell gratulierte seiner Nachfolgerin noch im Ratssaal. "
        "„Ich wünsche Frau Hoffstetter eine glückliche Hand“, sagte der Oberbürgermeister.\n"
    )
    assert speaker_of(article, "Ich wünsche") == "Jonas Krell"


def test_a_name_right_before_its_verb_after_a_comma_is_the_subject_not_the_sentences_opener():
    article = read(
        "\nTalkrunde\n"
        "Elif Sarıkaya-Donner (Grüne) und Dirk Pöppelbaum (parteilos) diskutierten. "
        "Sarıkaya-Donner warb für ihre Kampagne, Pöppelbaum versprach einen „Kassensturz am "
        "ersten Tag“.\n"
    )
    assert speaker_of(article, "Kassensturz") == "Dirk Pöppelbaum"


def test_a_fragment_in_konjunktiv_after_somebody_took_a_stand_is_theirs():
    article = read(
        "\nDebatte\n"
        "Die Ministerin Johanna Wiegand-Brückner sprach sich gegen neue Sanktionen aus. "
        "Zwar sei Druck notwendig, das habe aber nichts mit „Strafen um jeden Preis“ zu tun.\n"
    )
    assert speaker_of(article, "Strafen um jeden Preis") == "Johanna Wiegand-Brückner"


def test_the_object_after_a_named_apposition_is_not_the_speaker():
    article = read(
        "\nHaushalt\n"
        "Die Haushaltspolitikerin der Grünen, Carla Weißenborn, kritisierte die Pläne des Senats. "
        "Hier seien die Mittel „völlig unrealistisch“.\n"
    )
    assert speaker_of(article, "völlig unrealistisch") == "Carla Weißenborn"


def test_for_whom_something_matters_inside_a_report_is_not_who_said_it():
    article = read(
        "\nVertrauensfrage\n"
        "Der Regierungssprecher Björn Aßmann hatte am Mittwoch erklärt, für den Kanzler sei "
        "entscheidend, „ob er die Mehrheit hinter sich hat“.\n"
    )
    assert speaker_of(article, "ob er die Mehrheit") == "Björn Aßmann"


def test_in_two_clauses_each_quote_is_its_own_clauses_subjects():
    article = read(
        "\nNach dem Spiel\n"
        "Stürmer Malte Ostendorp nannte seinen Platzverweis „überzogen“, "
        "Cheftrainer Jannik Berisha bezeichnete die Karten als „übertrieben“. "
        "Ministerin Petra Olschewski (CDU) wies die Kritik zurück, die Sprecherin der Fraktion, "
        "Sandra Bözkurt (Grüne), erklärte: „Neiddebatten schaden allen.“\n"
    )
    assert speaker_of(article, "überzogen") == "Malte Ostendorp"
    assert speaker_of(article, "übertrieben") == "Jannik Berisha"
    assert speaker_of(article, "Neiddebatten") == "Sandra Bözkurt"


def test_whom_a_paper_quotes_speaks_whichever_side_of_the_verb_the_paper_stands():
    article = read(
        "\nKonferenz\n"
        "Auf der Konferenz sprach der Entwickler Kevin Lohmeier. "
        "„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Lohmeier. "
        "Der „Spiegel“ zitiert den Prediger mit den Worten „Wir werden wiederkommen.“\n"
    )
    assert speaker_of(article, "Das wird das größte") == "Kevin Lohmeier"
    assert speaker_of(article, "Wir werden wiederkommen") == "den Prediger"


def test_a_quotation_whose_speaker_the_next_sentence_names_is_theirs():
    article = read(
        "\nWahlabend in Kleve\n"
        "Bürgermeisterin Petra Lindqvist (SPD) und ihr Herausforderer Jonas Brückner (CDU) "
        "warteten im Rathaus. „Wir haben gekämpft“, sagte Brückner. "
        "„Ein historischer Abend für Kleve.“ Das sagte Lindqvist kurz nach 22 Uhr.\n"
    )
    assert speaker_of(article, "Ein historischer Abend") == "Petra Lindqvist"


def test_short_forms_of_attribution_name_their_speaker():
    article = read(
        "\nStimmen\n"
        "Auch der Landrat Uwe Pohl meldete sich. "
        "Dazu Pohl: „Die Wahlbeteiligung war zu niedrig.“ "
        "Für Pohl ist klar: „Wir brauchen mehr Wahllokale.“ "
        "Nach den Worten von Pohl ist die Wahl „ein Weckruf“.\n"
    )
    assert [p.name for p in article.people] == ["Uwe Pohl"]
    assert speaker_of(article, "Die Wahlbeteiligung") == "Uwe Pohl"
    assert speaker_of(article, "Wir brauchen mehr") == "Uwe Pohl"
    assert speaker_of(article, "ein Weckruf") == "Uwe Pohl"


def test_the_52_year_old_closing_a_quotation_is_the_woman_just_spoken_of():
    article = read(
        "\nMorgenmagazin\n"
        "Danach kam die Herausforderin Ulrike Matthes (CDU) zu Wort. Sie räumte ihre Niederlage "
        "ein. „Das muss uns allen zu denken geben“, sagte die 52-Jährige. "
        "Sie habe viel Zuspruch erfahren, sagte die 52-Jährige später.\n"
    )
    assert speaker_of(article, "Das muss uns allen") == "Ulrike Matthes"
    reported = [q for q in article.quotes if q.text.startswith("Sie habe viel Zuspruch")]
    assert reported and reported[0].speaker == "Ulrike Matthes"


def test_closing_cues_with_an_auxiliary_or_lassen_and_a_possessed_view_name_the_speaker():
    article = read(
        "\nStimmen\n"
        "Die frühere Ministerin Silvana Koch-Brandt räumte Fehler ein. "
        "Ihre Arbeit sei „nicht frei von Schwächen“, hatte Koch-Brandt damals gesagt. "
        "„Der Fonds unterstützt die Stadt“, ließ der Kämmerer Otto Lindmann verlauten. "
        "Bürgermeister Jan Kiesewetter sprach von einer Zerstörung. "
        "Seiner Ansicht nach „sind wir Zeugen eines schwarzen Tages“.\n"
    )
    assert speaker_of(article, "nicht frei von Schwächen") == "Silvana Koch-Brandt"
    assert speaker_of(article, "Der Fonds unterstützt") == "Otto Lindmann"
    assert speaker_of(article, "sind wir Zeugen") == "Jan Kiesewetter"


def test_a_so_inserted_mid_sentence_names_the_speaker():
    article = read(
        "\nPolizeigesetz\n"
        "Der Abgeordnete Reinhold Galler (SPD) beantwortete Fragen. Dem Entwurf fehlt nach "
        "Meinung der Landes-SPD die Balance. Unter anderem sei die Schwelle viel zu niedrig. "
        "Sie solle sich der Einsatz, so Galler, „in Anbetracht des Eingriffs“ auf schwere "
        "Fälle begrenzen.\n"
    )
    assert speaker_of(article, "in Anbetracht des Eingriffs") == "Reinhold Galler"


def test_the_party_politician_is_the_one_woman_of_that_party_named():
    article = read(
        "\nKnappes Ergebnis\n"
        "Oberbürgermeisterin Jana Fuchs (SPD) setzte sich gegen die Herausforderin Petra "
        "Wendland (AfD) durch. „Das war knapp“, sagte Fuchs. "
        "Die AfD-Politikerin blieb bei ihrer Kritik. "
        "„Wir werden alle Möglichkeiten nutzen“, sagte die 41-Jährige.\n"
    )
    assert speaker_of(article, "Wir werden alle") == "Petra Wendland"


def test_the_minister_is_the_interior_minister_and_the_chancellor_the_federal_one():
    article = read(
        "\nStichwahl-Debatte\n"
        "Innenminister Peter-Michael Achterberg (SPD) verteidigte die Stichwahl. "
        "Bundeskanzlerin Anke Vollmer (CDU) schwieg dazu. "
        "„Danach reden wir gern weiter“, sagte der Minister. "
        "„Wir warten ab“, sagte die Kanzlerin später.\n"
    )
    assert speaker_of(article, "Danach reden wir") == "Peter-Michael Achterberg"
    assert speaker_of(article, "Wir warten ab") == "Anke Vollmer"


def test_while_the_other_adds_something_the_addition_is_the_others():
    article = read(
        "\nKoalition in Sicht\n"
        "SPD-Landeschef Dietmar Wolke und CDU-Chef Jan Redlich haben sich verständigt. "
        "„Wir reden ergebnisoffen“, sagte Wolke, während Redlich ergänzte: „Aber nicht endlos.“\n"
    )
    assert speaker_of(article, "Wir reden") == "Dietmar Wolke"
    assert speaker_of(article, "Aber nicht endlos") == "Jan Redlich"


def test_continuation_dash_cue_and_a_bracketed_name_name_their_speakers():
    article = read(
        "\nStimmen zur Wahl\n"
        "Bürgermeister Lars Kuhnert (SPD) und die Unternehmerin Maja Ostrowicz waren da. "
        "„Ich bin erleichtert“, sagte Kuhnert. Und weiter: „Jetzt wird gearbeitet.“\n"
        "„Die Stadt braucht Tempo“ – so Ostrowicz.\n"
        "Zitat des Tages: „Wer nicht wählt, darf nicht meckern.“ (Maja Ostrowicz)\n"
    )
    assert speaker_of(article, "Jetzt wird gearbeitet") == "Lars Kuhnert"
    assert speaker_of(article, "Die Stadt braucht Tempo") == "Maja Ostrowicz"
    assert speaker_of(article, "Wer nicht wählt") == "Maja Ostrowicz"


def test_an_applicant_in_apposition_with_his_name_is_that_person():
    article = read(
        "\nKreistag\n"
        "Landrat Bernd Tewes (CDU) und AfD-Bewerber Sven Schultheis stellten sich vor. "
        "Das wollte der dritte Bewerber, der parteilose Unternehmer Dirk Pöppelmann, nicht "
        "stehen lassen. Er warf ein, die Landwirte seien nicht die Sündenböcke.\n"
    )
    people = {p.name: (p.party, p.roles) for p in article.people}
    assert people["Sven Schultheis"] == ("AfD", ("AfD-Bewerber",))
    reported = [q for q in article.quotes if q.text.startswith("Er warf ein")]
    assert reported and reported[0].speaker == "Dirk Pöppelmann"


def test_sagte_sie_after_sentences_about_two_women_together_names_neither():
    article = read(
        "\nPodium in Löbau\n"
        "Amtsinhaberin Gabi Thielmann (CDU) und Herausforderin Nadja Schollwitz (Grüne) "
        "diskutierten. Thielmann und Schollwitz sind beide seit Jahren im Kreistag. Beim "
        "Krankenhaus klangen sie fast gleich. „Wir kämpfen um jede Station“, sagte sie.\n"
        "Schollwitz warf Thielmann vor, beim Geld zu tricksen. „Sie haben den Zuschuss "
        "gekürzt“, sagte sie.\n"
    )
    assert speaker_of(article, "Wir kämpfen") is None
    assert speaker_of(article, "Sie haben den Zuschuss") == "Nadja Schollwitz"


def test_an_answer_after_a_question_and_a_dash_is_the_one_asked_not_the_asker():
    article = read(
        "\nPodium in Löbau\n"
        "Der dritte Kandidat, Mirko Seidenschnur, wollte über anderes reden. Moderator Hennes "
        "Lüddecke holte ihn zurück: „Herr Seidenschnur, Bus oder nicht Bus?“ – „Bus, "
        "natürlich.“\n"
    )
    assert speaker_of(article, "Herr Seidenschnur") == "Hennes Lüddecke"
    assert speaker_of(article, "Bus, natürlich") == "Mirko Seidenschnur"


def test_a_caption_opening_with_a_quotation_then_a_dash_and_a_name_is_that_persons():
    article = read(
        "\nDie Wahlnacht in Bildern\n"
        "Bild 3 von 12: „Wir sind wieder da!“ – CDU-Kreischef Stefan Brückhoff reißt die Arme "
        "hoch. Foto: Lars Petermann\n"
    )
    assert speaker_of(article, "Wir sind wieder da") == "Stefan Brückhoff"


def test_in_a_live_ticker_entry_a_quotation_alone_is_the_entrys_subjects():
    article = read(
        "\nLiveticker zur OB-Wahl\n"
        "22.58 Uhr: Die unterlegene Kandidatin der CDU, Marlene Hausbrand, ist im Rathaus "
        "angekommen. „Ich gratuliere. Das war ein klares Ergebnis.“\n"
        "22.41 Uhr: „Endlich mal wieder ein Grund zum Feiern!“ Die Musik ist laut.\n"
        "22.30 Uhr: Sven Riegelsberger steigt auf die Bühne.\n"
        "„Danke, Schwerin!“\n"
    )
    # An entry is one scene: its subject speaks; an entry opening with a quotation and a
    # paragraph that is no entry give nobody.
    assert speaker_of(article, "Ich gratuliere") == "Marlene Hausbrand"
    assert speaker_of(article, "Endlich mal wieder") is None
    assert speaker_of(article, "Danke, Schwerin") is None


def test_antwortete_sie_after_a_moderators_question_is_the_woman_he_asked():
    article = read(
        "\nWahlstudio\n"
        "Moderator Sebastian Klingler begrüßte Birgit Hornsbach und Katrin Mayrhuber. "
        "Mayrhuber gratulierte. Hornsbach wollte das Ergebnis nicht kleinreden. „Wir haben "
        "überall gewonnen“, sagte sie. Klingler hakte nach: Ob das nicht am Namen der Partei "
        "liege? „Natürlich hilft das Logo“, antwortete sie.\n"
    )
    # Two women were named: "sie" answering the man's question is the one he pressed, who
    # spoke just before it.
    assert speaker_of(article, "Natürlich hilft das Logo") == "Birgit Hornsbach"
