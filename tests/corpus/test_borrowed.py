"""Words standing next to a named person that are not theirs: what an unnamed somebody told
them, retold in their account, gets no speaker instead of theirs; what their campaign team put
out is the team's."""

from __future__ import annotations

from bot.corpus.model import DIRECT, REPORTED
from tests.corpus.articles import kinds_and_speakers, read, speakers_by_opening


def _reported(article_text: str) -> dict[str, str | None]:
    """Each reported statement's first three words, with its speaker."""
    article = read(article_text)
    return {" ".join(q.text.split()[:3]): q.speaker for q in article.quotes if q.kind == REPORTED}


def test_what_an_unnamed_neighbour_told_a_councillor_is_not_the_councillors_statement():
    reported = _reported(
        "\nGemeinderat\n"
        "Stadträtin Jana Kühn (SPD) warb für die Ampel. „Wir müssen handeln“, sagte sie. "
        "Die Kreuzung sei seit Jahren gefährlich. Ein Umbau sei nie angekündigt worden. "
        "Eine Nachbarin habe ihr erzählt, ihr Enkel sei dort fast angefahren worden.\n"
    )
    assert reported["Die Kreuzung sei"] == "Jana Kühn"
    assert reported["Ein Umbau sei"] == "Jana Kühn"  # a passive: still hers
    assert reported["Eine Nachbarin habe"] is None


def test_a_party_friends_warning_retold_in_konjunktiv_has_no_speaker_the_text_names():
    reported = _reported(
        "\nHaushalt\n"
        "Olaf Brink (FDP) lehnte den Plan ab. Er halte ihn für zu teuer, sagte Brink. "
        "Ein Parteifreund aus dem Kreistag habe ihm gesagt, solche Pläne würden dort "
        "„immer abgelehnt“. Die Stadt solle lieber sparen.\n"
    )
    assert reported["Er halte ihn"] == "Olaf Brink"
    assert reported["Ein Parteifreund aus"] is None


def test_a_campaign_teams_post_is_the_teams_words_not_the_candidates():
    article = read(
        "\nStichwahl\n"
        "Die Kandidatin Mara Ost (parteilos) gewann knapp. "
        "Ihr Wahlkampfteam schrieb am Abend: „Wir warten noch auf das letzte Wahllokal.“ "
        "Ihr Wahlkampfstab sprach von einem „historischen Abend“. "
        "„Ich bin einfach nur müde“, sagte Ost um Mitternacht.\n"
    )
    speakers = {q.text[:12]: q.speaker for q in article.quotes if q.kind == DIRECT}
    assert speakers == {
        "Wir warten n": "Ihr Wahlkampfteam",
        "historischen": "Ihr Wahlkampfstab",
        "Ich bin einf": "Mara Ost",
    }


def test_a_companys_argument_after_a_councillor_spoke_is_not_the_councillors():
    reported = _reported(
        "\nStadtbahn\n"
        "Verkehrsdezernent Jens Wiese (SPD) verteidigte die Folien. Sie seien billig, sagte "
        "Wiese. Die Verwaltung habe alles geprüft. Die RVG hält dagegen, die "
        "Bahnen seien meist unter der Erde unterwegs. Der WDR will wissen, dass "
        "die Folien doppelt so teuer gewesen seien.\n"
    )
    assert reported["Sie seien billig,"] == "Jens Wiese"
    assert reported["Die RVG hält"] is None
    assert reported["Der WDR will"] is None
    assert reported["Die Verwaltung habe"] == "Jens Wiese"  # Konjunktiv: he says it of it


def test_a_saying_a_councillor_recalls_is_the_former_mayors_whom_the_text_names():
    direct = speakers_by_opening(
        "\nFreibad\n"
        "Stadtrat Uwe Kamp (CDU) erinnerte an einen Satz des früheren Bürgermeisters Horst "
        "Eder, der das Bad gebaut hatte: „Ein Freibad ist das Wohnzimmer der Stadt.“\n"
    )
    assert direct == {"Ein Freibad ist": "Horst Eder"}


def test_advice_recalled_as_his_is_the_one_the_possessive_points_to_not_the_recaller():
    direct = speakers_by_opening(
        "\nLesertelefon\n"
        "Ihr Vorgänger Reinhard Kuntz rief ebenfalls an. Er habe nur gratulieren wollen, sagte "
        "Kuntz. Bürgermeisterin Wiebke Scholl erinnerte ihn an seinen Rat beim Amtswechsel: "
        "„Lies jeden Brief, den du unterschreibst.“\n",
        words=1,
    )
    assert direct == {"Lies": "Reinhard Kuntz"}


def test_an_answer_recalled_is_the_one_who_gave_it_and_words_spoken_to_a_name_are_not_hers():
    direct = speakers_by_opening(
        "\nWahlabend\n"
        "Jonas Reimers (Grüne) gewann. Die Kreisvorsitzende Hanna Lüders hatte es früh "
        "geahnt. Lüders erinnert sich an seine Antwort: „Hanna, du bist verrückt.“ "
        "„Ich hatte eben recht“, sagte Lüders. „Hanna, das hast du gut gemacht.“\n",
        words=2,
    )
    assert direct["Hanna, du"] == "Jonas Reimers"
    assert direct["Ich hatte"] == "Hanna Lüders"
    assert direct["Hanna, das"] is None


def test_a_question_his_wife_asked_him_is_hers_not_his():
    direct = speakers_by_opening(
        "\nWahlabend\n"
        "„Ich muss mich erst mal setzen“, sagte Jonas Reimers (Grüne). Seine Frau habe ihn "
        "gefragt: „Willst du das wirklich?“ Er habe ja gesagt, erzählte Reimers.\n",
        words=1,
    )
    assert direct == {"Ich": "Jonas Reimers", "Willst": None}


def test_a_sentence_a_member_heard_from_an_unnamed_mother_is_not_the_members():
    direct = speakers_by_opening(
        "\nLandtag\n"
        "Die Debatte hatte die CDU beantragt. Ihre Sprecherin Lena Roth eröffnete mit einem "
        "Satz, den sie nach eigenen Worten von einer Mutter aus Worms gehört hat: „Mein Sohn "
        "hatte in einem Jahr drei Mathelehrer.“ „Das ist die Regel“, sagte Roth.\n",
        words=1,
    )
    assert direct == {"Mein": None, "Das": "Lena Roth"}


def test_what_her_father_tells_about_her_is_his_not_hers():
    said = kinds_and_speakers(
        "\nAgrarmesse\n"
        "Danach sprach Landwirtin Jana Hess aus Romrod. „Was mich fertigmacht, sind die "
        "Formulare“, sagte sie. Ihr Vater, der neben der Bühne stand, erzählte hinterher, dass "
        "sie das zu Hause genauso sage, „nur lauter“.\n"
    )
    assert said == [
        (DIRECT, "Jana Hess"),
        (REPORTED, "ihr Vater"),
        (DIRECT, "ihr Vater"),
    ]
