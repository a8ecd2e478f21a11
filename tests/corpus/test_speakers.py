"""Whom a role phrase or a pronoun means: the new office holder is the winner, not the incumbent;
after two men in two clauses "sagte er" names neither."""

from __future__ import annotations

from tests.corpus.articles import direct_speakers, kinds_and_speakers, read


def test_the_new_mayor_is_the_winner_not_the_incumbent_who_held_the_title():
    said = kinds_and_speakers(
        "\nMachtwechsel\n"
        "Oberbürgermeisterin Hella Brandstetter (CDU) verliert nach zwölf Jahren gegen "
        "Wiebke Oltmanns. Im Foyer gratuliert die Amtsinhaberin der Wahlsiegerin Wiebke "
        "Oltmanns.\n"
        "Am Montag trafen sich beide. Zuerst wolle sie den Haushalt lesen, sagte die neue "
        "Oberbürgermeisterin. „Ich übergebe geordnete Finanzen“, sagte die scheidende "
        "Oberbürgermeisterin.\n"
    )
    assert said == [("reported", "Wiebke Oltmanns"), ("direct", "Hella Brandstetter")]


def test_the_new_mayor_is_nobody_when_two_women_ran_and_no_winner_is_named():
    article = read(
        "\nStichwahl\n"
        "Bürgermeisterin Greta Hölscher (SPD) und ihre Herausforderin Janine Voßkamp (CDU) "
        "warteten im Rathaus auf das Ergebnis. Voßkamp sprach mit Journalisten.\n"
        "„Jetzt wird gearbeitet“, sagte die neue Bürgermeisterin.\n"
    )
    assert direct_speakers(article) == ["die neue Bürgermeisterin"]  # as written: no name


def test_er_after_two_men_each_the_subject_of_a_clause_names_neither():
    article = read(
        "\nAmtsgericht\n"
        "Staatsanwalt Ortwin Pahlke forderte eine Geldstrafe. Verteidiger Sönke Margraf "
        "hielt dagegen, sein Mandant habe sich entschuldigt.\n"
        "Der Staatsanwalt blieb hart, der Verteidiger schüttelte den Kopf. "
        "„Das ist unverhältnismäßig“, sagte er.\n"
    )
    assert direct_speakers(article) == [None]


def test_er_after_a_man_and_a_woman_each_the_subject_of_a_clause_is_the_man():
    article = read(
        "\nAmtsgericht\n"
        "Richterin Edda Kranefeld fragte nach den Einkünften. Verteidiger Sönke Margraf "
        "hielt dagegen, sein Mandant sei arbeitslos.\n"
        "Die Richterin blätterte in der Akte, der Verteidiger wartete. "
        "„Mehr gibt es dazu nicht zu sagen“, sagte er.\n"
    )
    assert direct_speakers(article) == ["Sönke Margraf"]


def test_a_quote_alone_after_a_pronoun_is_hers_in_a_plain_sentence_not_in_a_report():
    plain = "Frauke Lüttjohann nickt. Dann geht sie zur Tür. Sie lächelt. „Danke, Arne.“"
    said = kinds_and_speakers(f"\nPorträt\nArne Dittmers zeigt auf Frauke Lüttjohann. {plain}\n")
    assert said[-1] == ("direct", "Frauke Lüttjohann")
    reported = kinds_and_speakers(
        "\nProzess\n"
        "Der Angeklagte Ortwin Saalfeld schwieg. Eine Nachbarin war als Zeugin geladen. Er sei "
        "jeden Sonntag gekommen, hatte sie ausgesagt. „Ich habe ihm vertraut.“\n"
    )
    assert ("direct", "Ortwin Saalfeld") not in reported


def test_a_man_whose_first_name_no_list_knows_is_a_man_once_his_age_recaps_him():
    said = kinds_and_speakers(
        "\nPorträt\n"
        "Okke Wübbena beginnt seinen Tag um neun. Der 51-Jährige hält Hausbesuche für "
        "überschätzt. Wübbena sagt, er habe Zeit. Eine Rentnerin fragt nach dem Bus. Er "
        "verweist auf das Rathaus. „Fragen Sie dort.“\n"
    )
    assert said == [("reported", "Okke Wübbena"), ("direct", "Okke Wübbena")]


def test_his_lawyer_is_the_defence_lawyer_not_the_public_prosecutor():
    said = kinds_and_speakers(
        "\nAmtsgericht\n"
        "Staatsanwalt Ortwin Pahlke forderte eine Geldstrafe. Rechtsanwalt Sönke Margraf "
        "verteidigte den Angeklagten Lutz Börger. Börger verließ das Gericht schweigend. Sein "
        "Anwalt sagte, der Angeklagte werde Berufung einlegen.\n"
    )
    assert said[-1] == ("reported", "Sönke Margraf")


def test_a_party_role_after_a_sentence_about_one_woman_is_her_and_tells_her_party():
    article = read(
        "\nGemeinderat\n"
        "Bürgermeister Jochen Ebner warb für das Baugebiet. Ganz anders sah das Marlene "
        "Tritschler. Die Grünen-Stadträtin lehnte den Plan ab. „Wir versiegeln Ackerland“, "
        "sagte sie.\n"
    )
    assert direct_speakers(article) == ["Marlene Tritschler"]
    assert {p.name: p.party for p in article.people}["Marlene Tritschler"] == "Grüne"


def test_a_shared_surname_means_the_one_bearer_named_so_far():
    article = read(
        "\nPorträt\n"
        "Mit 52 Jahren wird Renate Olschewski die erste Frau an der Spitze des Kreises. "
        "„Das war ein langer Abend“, erzählt Olschewski am Montag in ihrem Büro.\n"
        "„Ich habe nie daran gezweifelt“, sagt Olschewski.\n"
        "Verheiratet ist sie mit Jens Olschewski, einem Dachdecker. "
        "„Wir streiten nie über Politik“, sagt Olschewski.\n"
    )
    # Before her husband comes up, the surname can only be hers; after him it is unclear.
    assert direct_speakers(article) == ["Renate Olschewski", "Renate Olschewski", None]


def test_after_her_reported_words_about_the_party_sagte_sie_is_still_the_speaker():
    article = read(
        "\nParteitag\n"
        "Die Landesvorsitzende Ilka Brauneck sprach von einem „Weckruf“. "
        "Lange habe die Partei die Jungen vernachlässigt. "
        "Einen Rücktritt werde es nicht geben, sagte sie, „auch nicht nach der Sommerpause“.\n"
    )
    assert direct_speakers(article) == ["Ilka Brauneck", "Ilka Brauneck"]


def test_an_age_given_as_the_predicate_names_that_person_when_the_text_recaps_by_it():
    # "ist 71 Jahre alt" tells the age as well as "(71)" does; the other woman is younger.
    article = read(
        "\nZwei Bewerberinnen\n"
        "Gertrud Hülsmann ist 71 Jahre alt und war Hebamme. Ina Focke, 35, ist Lehrerin.\n"
        "„Ich habe hier jedes zweite Kind geholt“, sagt die 71-Jährige.\n"
    )
    assert direct_speakers(article) == ["Gertrud Hülsmann"]
