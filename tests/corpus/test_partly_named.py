"""People a text names only partly: a first name beside a relative's or role noun, a nickname
after "genannt", a first name cut to an initial, father and son told apart by "sen." / "jr.",
and the party of a list of names. Every text here is invented."""

from __future__ import annotations

from bot.corpus.model import Article, Person
from tests.corpus.articles import direct_speakers, read


def people(article: Article) -> dict[str, Person]:
    return {p.name: p for p in article.people}


def test_a_first_name_after_a_relatives_noun_is_a_person_of_its_own():
    article = read(
        "\nIm Saal wartet die Kandidatin Anke Beispiel mit ihrem Team, ihr Mann Holger und "
        "Sohn Jonas. Auch der SPD-Kandidat Holger Mustermann ist gekommen.\n"
        "„Jetzt wird es spannend“, sagte Holger, als die Zahlen kamen.\n"
        "„Ich gratuliere“, sagte Mustermann.\n"
    )
    found = people(article)
    assert {"Holger", "Jonas", "Holger Mustermann"} <= set(found)
    assert "Holger" not in found["Holger Mustermann"].aliases
    assert direct_speakers(article) == ["Holger", "Holger Mustermann"]


def test_a_first_name_after_a_role_noun_is_not_a_full_name_of_that_first_name():
    article = read(
        "\nWahlhelferin Sabine öffnet um acht. Später kommt Sabine Exempel (CDU) zur Wahl.\n"
        "„Es ist ruhig“, sagt Sabine.\n"
    )
    found = people(article)
    assert {"Sabine", "Sabine Exempel"} <= set(found)
    assert found["Sabine"].roles == ("Wahlhelferin",)
    assert direct_speakers(article) == ["Sabine"]


def test_a_first_name_after_a_relatives_noun_joins_a_family_the_text_names():
    article = read(
        "\nDie Geschwister Ida und Noah Probemann wählen zum ersten Mal. "
        "Ihr Bruder Noah hat sich weniger Gedanken gemacht.\n"
    )
    assert sorted(people(article)) == ["Ida Probemann", "Noah Probemann"]


def test_a_nickname_after_genannt_is_the_same_person():
    article = read(
        "\nSein Herausforderer Bernd-Otto Exempel, genannt Bo, führt eine Bäckerei.\n"
        "Bo sieht das anders: „Gebaut ist nichts.“\n"
    )
    exempel = people(article)["Bernd-Otto Exempel"]
    assert "Bo" in exempel.aliases
    assert "Bo" not in people(article)
    assert direct_speakers(article) == ["Bernd-Otto Exempel"]


def test_a_double_first_name_cut_to_an_initial_is_a_full_name():
    article = read(
        "\nKarl-W. Musterfeld (SPD, 61) ist seit zehn Jahren im Amt.\n"
        "Musterfeld gewann. „Das war knapp“, sagte er.\n"
    )
    found = people(article)
    assert found["Karl-W. Musterfeld"].party == "SPD"
    assert direct_speakers(article) == ["Karl-W. Musterfeld"]


def test_father_and_son_differ_by_their_generation():
    article = read(
        "\nAuf der Liste stehen Anton Probst sen. (68) und sein Sohn Anton Probst jr. (34).\n"
        "„Überleg es dir gut“, sagt Probst sen.\n"
        "„Wir Jungen müssen mitmachen“, sagt Probst jr.\n"
    )
    assert {"Anton Probst sen.", "Anton Probst jr."} <= set(people(article))
    assert "Anton Probst" not in people(article)
    assert direct_speakers(article) == ["Anton Probst sen.", "Anton Probst jr."]


def test_a_heading_without_the_generation_is_the_one_generation_the_text_names():
    article = read(
        "\nLudger Beispielhof: Der Hof bleibt offen\n"
        "Seniorchef Ludger Beispielhof sen. hat den Hof überlassen.\n"
    )
    assert [p.name for p in article.people] == ["Ludger Beispielhof sen."]


def test_the_party_of_a_list_goes_to_each_name_on_it():
    article = read(
        "\nAuf der Liste der ÖDP stehen: Erna Musterfrau, Olaf Exempel und Pia Probe. "
        "Für die Linke treten Tim Beispiel, Uta Muster und Kai Probst an.\n"
        "Für Die Linke sprach Ina Testfrau, für das BSW Ralf Testmann und für die Freien Wähler "
        "Udo Musterknabe.\n"
        "Ole Testhof tritt für die CDU an.\n"
    )
    parties = {p.name: p.party for p in article.people}
    assert parties == {
        "Erna Musterfrau": "ÖDP",
        "Olaf Exempel": "ÖDP",
        "Pia Probe": "ÖDP",
        "Tim Beispiel": "Linke",
        "Uta Muster": "Linke",
        "Kai Probst": "Linke",
        "Ina Testfrau": "Linke",
        "Ralf Testmann": "BSW",
        "Udo Musterknabe": "Freie Wähler",
        "Ole Testhof": "CDU",
    }
    assert people(article)["Udo Musterknabe"].roles == ()  # "Wähler" is the party's name


def test_a_list_without_a_party_gives_none():
    article = read("\nAuf der Liste stehen: Erna Musterfrau, Olaf Exempel und Pia Probe.\n")
    assert {p.party for p in article.people} == {None}


def test_a_party_whose_article_is_part_of_its_name_keeps_it_as_a_description():
    article = read(
        "\nDie PARTEI schrieb am Abend: „Wir haben gewonnen, irgendwie.“\n"
        "Die Linke teilte mit: „Wir sind enttäuscht.“\n"
    )
    assert direct_speakers(article) == ["Die PARTEI", "die Linke"]


def test_a_list_takes_the_party_the_sentence_before_opens_with():
    article = read(
        "\nMusterstadt – Die Freien Wähler haben am Samstag gewählt. Auf der Liste stehen: Erna "
        "Musterfrau "
        "und Olaf Exempel.\n"
        "Der Verein hat gewählt. Auf der Liste stehen: Pia Probe und Kai Probst.\n"
    )
    parties = {p.name: p.party for p in article.people}
    assert parties == {
        "Erna Musterfrau": "Freie Wähler",
        "Olaf Exempel": "Freie Wähler",
        "Pia Probe": None,
        "Kai Probst": None,
    }
