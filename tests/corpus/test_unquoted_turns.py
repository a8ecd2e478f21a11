"""Turns without quotation marks in forms a reader knows at a glance: minutes with abbreviated
roles ("StRin Name (SPD):", "Abg. Name (CDU):"), a record's interjections ("Zwischenruf Name
(Party):"), a live chat's "Leserfrage:" / "Antwort Name:", and a transcript whose hosts are
labelled by first name and only ask (their turns are no statements)."""

from __future__ import annotations

from bot.corpus.model import DIRECT
from tests.corpus.articles import read


def _turns(text: str) -> dict[str, str | None]:
    return {q.text.split()[0]: q.speaker for q in read(text).quotes if q.kind == DIRECT}


MINUTES = (
    "\nAus dem Stadtrat\nMusterstadt – Der Stadtrat hat über den Bauhof beraten. Es sprachen "
    "Oberbürgermeister Kurt Beispiel, Stadträtin Eva Muster (SPD) und Stadtrat Tim Probst "
    "(CSU).\n"
    "OB Beispiel: Der Bauhof muss bis zum Winter umziehen, sonst fehlt uns die Halle.\n"
    "StRin Muster (SPD): Der neue Standort liegt zu weit draußen für die Mitarbeiter.\n"
    "(Beifall bei der SPD)\n"
    "StR Probst (CSU): Ein Umzug ist immer noch billiger als ein Neubau am alten Platz.\n"
)


def test_minutes_with_abbreviated_roles_give_each_turn_to_its_member():
    # As a reader of minutes: "StRin" is a councillor (a woman), "StR" one (a man), "OB" the
    # mayor; the applause note is nobody's words.
    turns = {q.text.split()[1]: q.speaker for q in read(MINUTES).quotes if q.kind == DIRECT}
    assert turns == {"Bauhof": "Kurt Beispiel", "neue": "Eva Muster", "Umzug": "Tim Probst"}
    assert not any(p.name.startswith(("StR", "OB ")) for p in read(MINUTES).people)


PLENARY = (
    "\nAus dem Landtag\nMusterstadt – Der Landtag hat über die Schulbusse gestritten. Es "
    "sprachen die Abgeordneten Hanna Beispiel (Grüne) und Kurt Muster (CDU); Landtagspräsident "
    "ist Tim Probst.\n"
    "Abg. Beispiel (Grüne): Die Kinder auf dem Land sitzen jeden Tag zwei Stunden im Bus.\n"
    "Abg. Muster (CDU): Dafür hat das Land im Haushalt schlicht kein Geld mehr.\n"
    "Zwischenruf Beispiel (Grüne): Für die Umgehungsstraße war doch auch Geld da!\n"
    "Präsident Probst: Ich bitte die Kollegin, den Redner ausreden zu lassen.\n"
)


def test_a_plenary_record_reads_abbreviated_members_and_interjections():
    turns = {q.text.split()[1]: q.speaker for q in read(PLENARY).quotes if q.kind == DIRECT}
    assert turns == {
        "Kinder": "Hanna Beispiel",
        "hat": "Kurt Muster",
        "die": "Hanna Beispiel",
        "bitte": "Tim Probst",
    }
    assert not any(p.name.startswith("Zwischenruf") for p in read(PLENARY).people)


LIVE_CHAT = (
    "\nLive-Chat: Ihre Fragen zur Wahl\nMusterstadt – Wahlleiterin Hanna Beispiel und ihr "
    "Stellvertreter Olaf Richter haben am Montag Fragen unserer Leser beantwortet.\n"
    "Leserfrage: Wann steht das amtliche Endergebnis fest?\n"
    "Antwort Beispiel: Der Wahlausschuss tagt am Freitag, dann ist es amtlich.\n"
    "Leserfrage: Darf ich bei der Auszählung zusehen?\n"
    "Antwort Richter: Ja, die Auszählung ist öffentlich und jeder darf kommen.\n"
    "Leserfrage: Wo finde ich die Ergebnisse meines Bezirks?\n"
    "Antwort Beispiel: Auf der Seite der Stadt, sortiert nach Wahlbezirken.\n"
)


def test_a_live_chat_gives_each_answer_to_whom_its_label_names():
    # "Olaf Richter": a surname that is also a role noun is a name after a first name.
    turns = {q.text.split()[0]: q.speaker for q in read(LIVE_CHAT).quotes if q.kind == DIRECT}
    assert turns == {"Der": "Hanna Beispiel", "Ja,": "Olaf Richter", "Auf": "Hanna Beispiel"}


RADIO = (
    "\nDie Wahlnacht im Radio – die Abschrift\nMusterstadt – In unserer Sendung sprechen Jana "
    "Beispiel und Tom Muster mit Gästen. Zu Gast waren die Forscherin Eva Probst und der "
    "Wahlkampfleiter Kurt Lange.\n"
    "Jana: Guten Abend. Frau Probst, was ist heute passiert?\n"
    "Probst: Die Wahlbeteiligung ist gestiegen, und das hat den Kleinen geholfen.\n"
    "Tom: Herr Lange, feiern Sie schon?\n"
    "Lange: Noch nicht, wir warten auf die Briefwahl. Aber die Stimmung ist gut.\n"
    "Jana: Und wenn es eine Stichwahl gibt?\n"
    "Lange: Dann gehen wir ab Montag wieder an die Haustüren, wie im Frühjahr.\n"
    "Tom: Frau Probst, Herr Lange, vielen Dank für das Gespräch.\n"
)


def test_hosts_labelled_by_first_name_who_only_ask_say_nothing_of_their_own():
    quotes = [q for q in read(RADIO).quotes if q.kind == DIRECT]
    assert {q.speaker for q in quotes} == {"Eva Probst", "Kurt Lange"}
    assert len(quotes) == 3


def test_a_member_who_asks_once_and_states_once_is_no_host():
    # Only a voice that does nothing but ask (and address) is a host; a councillor who asks in
    # one turn and states in another keeps the statement. (A question is no statement anyway.)
    text = MINUTES + "StR Probst (CSU): Wer soll den Neubau denn bezahlen, Frau Kollegin?\n"
    turns = {q.text.split()[1]: q.speaker for q in read(text).quotes if q.kind == DIRECT}
    assert turns["Umzug"] == "Tim Probst"
