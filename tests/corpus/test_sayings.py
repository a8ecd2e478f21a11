"""A saying quoted inside a quotation is somebody else's words: named only when the quoting
clause names them, never the quoting person's."""

from __future__ import annotations

from bot.corpus.model import DIRECT
from tests.corpus.articles import read


def direct(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in read(text).quotes if q.kind == DIRECT}


def test_a_saying_of_somebody_unnamed_inside_a_quotation_has_no_speaker():
    said = direct(
        "\nWahlhelfer in Lindenau\n"
        "Der Wahlhelfer Bernd Quasthoff hatte viel zu tun. „Ein Mann fragte, ob er auch den "
        "Landrat wählen kann“, sagte Quasthoff. „Er hat gelacht und gesagt: ‚Dann komme ich "
        "nächstes Jahr wieder.‘“\n"
    )
    assert said["Er hat gelacht und gesagt: ‚Dann komme ich nächstes Jahr wieder.‘"] == (
        "Bernd Quasthoff"
    )
    assert said["Dann komme ich nächstes Jahr wieder."] is None


def test_a_saying_of_a_person_the_article_names_is_theirs():
    said = direct(
        "\nAbschied im Rathaus\n"
        "Die neue Bürgermeisterin Greta Fallnbügl dankte ihrem Vorgänger Horst Wiesentaler. "
        "„Horst hat immer gesagt: ‚Im Rathaus gewinnt, wer sitzen bleibt.‘ Daran halte ich "
        "mich“, sagte Fallnbügl.\n"
    )
    assert said["Im Rathaus gewinnt, wer sitzen bleibt."] == "Horst Wiesentaler"


def test_a_quoted_term_inside_a_quotation_is_no_saying():
    said = direct(
        "\nWahlabend\n"
        "„Das war kein ‚Erdrutsch‘, das war ein Sieg“, sagte Kandidatin Ilka Brommerhoff.\n"
    )
    assert "Erdrutsch" not in said


def test_a_saying_of_a_person_spoken_of_as_frau_name_is_theirs():
    said = direct(
        "\nKitastreik\n"
        "Die Sozialdezernentin Birgit Tiefenbrunn besuchte im Frühjahr die Kita. „Frau "
        "Tiefenbrunn hat mir gesagt: ‚Ihr macht die wichtigste Arbeit in der Stadt.‘ Heute "
        "frage ich mich, was das wert ist“, sagte die Erzieherin Frauke Krügerhoff.\n"
    )
    assert said["Ihr macht die wichtigste Arbeit in der Stadt."] == "Birgit Tiefenbrunn"
