"""A reader asks for people's quotes: `!zitat`, `!zufall`, `!wer`, `!personen` (and English)."""

import re

import pytest

from bot.corpus.export import corpus_summary
from bot.engine.render import render_embeds, render_text
from tests.engine.conftest import speakers, texts


@pytest.mark.parametrize("command", ["!quote Westphal", "!zitat Westphal", "!ZITAT westphal"])
def test_quote_shows_only_that_persons_words_with_their_source(engine, command):
    reply = engine.handle_message(command)
    assert (reply.status, reply.command, reply.person) == ("ok", "quote", "Thomas Westphal")
    assert speakers(reply) == {"Thomas Westphal"}
    assert "Das hier ist nicht das Ende von Irgendwas" in texts(reply)
    assert all(e.party == "SPD" and e.article and e.line for e in reply.excerpts)


def test_direct_quotes_come_first_in_article_order_then_reported_speech(engine):
    reply = engine.handle_message("!zitat Westphal")
    kinds = [e.kind for e in reply.excerpts]
    assert kinds == sorted(kinds, key=lambda k: k != "direct")
    direct_lines = [e.line for e in reply.excerpts if e.kind == "direct"]
    assert direct_lines == sorted(direct_lines)
    assert "Aussagen in indirekter Rede" in reply.text


@pytest.mark.parametrize("typed", ["Westfal", "Kaluti", "Kremer", "Loegering"])
def test_typos_still_get_the_right_persons_quotes(engine, typed):
    reply = engine.handle_message(f"!zitat {typed}")
    assert reply.status == "ok"
    assert speakers(reply) == {reply.person}


@pytest.mark.parametrize("typed", ["Merz", "Scholz"])
def test_a_name_not_in_the_articles_gets_nobodys_quotes(engine, typed):
    reply = engine.handle_message(f"!zitat {typed}")
    assert reply.status == "not_found"
    assert reply.excerpts == () and reply.person is None
    assert typed in reply.text and "niemand" in reply.text


def test_a_near_miss_is_offered_but_not_quoted(engine):
    reply = engine.handle_message("!zitat Suk")
    assert reply.status == "not_found" and reply.excerpts == ()
    assert reply.suggestions == ("Jendrik Suck",)
    assert "Meintest du: Jendrik Suck?" in reply.text


def test_a_party_shows_the_quotes_of_its_people_only(engine):
    reply = engine.handle_message("!zitat SPD")
    assert reply.status == "ok" and reply.person is None
    assert speakers(reply) == {"Thomas Westphal", "Jens Peick"}
    assert all(e.party == "SPD" for e in reply.excerpts)


def test_a_party_without_voices_in_the_articles_says_so(engine):
    reply = engine.handle_message("!zitat AfD")
    assert reply.status == "not_found" and reply.excerpts == ()
    assert "AfD" in reply.text


def test_a_role_shows_its_holders_quotes(engine):
    reply = engine.handle_message("!zitat Ministerpräsident")
    assert (reply.status, reply.person) == ("ok", "Hendrik Wüst")
    assert speakers(reply) == {"Hendrik Wüst"}


def test_a_role_the_text_only_recaps_finds_its_holder(engine):
    # The seed never writes "Landesvorsitzender Wüst"; it goes on about him as "Der
    # Landesvorsitzende der CDU", and a reader asks for that role.
    reply = engine.handle_message("!zitat Landesvorsitzende")
    assert (reply.status, reply.person) == ("ok", "Hendrik Wüst")


def test_a_number_picks_one_quote(engine):
    all_quotes = engine.handle_message("!zitat Westphal").excerpts
    reply = engine.handle_message("!zitat Westphal 2")
    assert reply.status == "ok" and reply.excerpts == (all_quotes[1],)
    assert reply.title.startswith("Zitat 2 von")


def test_a_picked_quote_carries_its_own_number_in_every_rendering(engine):
    reply = engine.handle_message("!zitat Westphal 2")
    assert render_text(reply, "de")[0].splitlines()[2].startswith("**2.** Thomas Westphal")
    assert render_embeds(reply, "de")[0]["fields"][0]["name"].startswith("2. Thomas Westphal")
    assert [e["number"] for e in reply.to_json()["excerpts"]] == [2]


def test_a_number_out_of_range_explains_the_range(engine):
    reply = engine.handle_message("!zitat Westphal 99")
    assert reply.status == "usage" and reply.excerpts == ()
    assert "1 bis" in reply.text


def test_the_same_words_in_a_heading_and_the_text_are_shown_once(muster):
    reply = muster.handle_message("!zitat Meier")
    assert texts(reply) == ["Ein guter Tag für Musterstadt"]


def test_quote_without_a_name_lists_the_speakers_with_counts(engine):
    reply = engine.handle_message("!zitat")
    assert reply.status == "ok" and reply.excerpts == ()
    assert "Thomas Westphal (SPD):" in reply.text
    assert reply.text.splitlines()[0].startswith("Thomas Westphal")  # most quoted first


@pytest.mark.parametrize("command", ["!random", "!zufall"])
def test_random_gives_one_attributed_quote(engine, command):
    reply = engine.handle_message(command)
    assert reply.status == "ok" and reply.command == "random"
    assert len(reply.excerpts) == 1 and reply.excerpts[0].speaker


def test_random_for_a_person_is_theirs(engine):
    for _ in range(5):
        reply = engine.handle_message("!zufall Rosenbaum")
        assert speakers(reply) == {"Hannah Rosenbaum"}
        assert reply.person == "Hannah Rosenbaum"


def test_random_for_an_unknown_name_finds_nothing(engine):
    assert engine.handle_message("!zufall Merz").status == "not_found"


@pytest.mark.parametrize("command", ["!who Kremer", "!wer Cremer"])
def test_who_tells_party_roles_quote_count_and_first_mention(engine, command):
    reply = engine.handle_message(command)
    assert (reply.status, reply.command, reply.person) == ("ok", "who", "Martin Cremer")
    assert "Partei: parteilos" in reply.text
    assert "Rollen: OB-Kandidat\n" in reply.text  # the role in its base form
    assert "Zitiert: 1 wörtliches Zitat" in reply.text
    assert "Zuerst erwähnt: Nordstadtblogger, Absatz 7, Zeile 13" in reply.text
    (first,) = reply.excerpts
    assert first.line == 13 and "Martin Cremer" in first.text


def test_who_needs_a_name_and_says_what_to_write(engine):
    reply = engine.handle_message("!wer")
    assert reply.status == "usage"
    assert reply.text == (
        "Da fehlt noch etwas – Name, Partei oder Rolle (z. B. ein Nachname, SPD, "
        "Bürgermeister): !wer <person>"
    )


def test_who_for_a_party_lists_its_people(engine):
    reply = engine.handle_message("!wer Grüne")
    assert reply.status == "ok"
    assert "Hannah Rosenbaum" in reply.text and "Katrin Lögering" in reply.text


def test_wer_followed_by_a_question_is_answered_as_a_question(engine):
    reply = engine.handle_message("!wer hat die Wahl gewonnen?")
    assert reply.command == "ask" and reply.status == "ok"


@pytest.mark.parametrize("command", ["!people", "!personen"])
def test_people_lists_everyone_grouped_by_party(engine, command):
    reply = engine.handle_message(command)
    assert reply.status == "ok"
    lines = reply.text.splitlines()
    assert lines[0] == "10 Personen"
    assert lines[1].startswith("CDU: Hendrik Wüst (NRW-Ministerpräsident)")
    assert any(line.startswith("SPD: Thomas Westphal") for line in lines)


def test_english_replies_use_english_words(engine_en):
    reply = engine_en.handle_message("!quote Westphal")
    assert reply.title == "Quotes by Thomas Westphal"
    assert engine_en.handle_message("!who Merz").text == "Nobody in the articles matches “Merz”."


def test_quote_extract_and_sources_count_a_persons_quotes_alike(engine, seed_articles):
    """A heading that repeats a quote from the text below is one quotation, not two."""
    summary = corpus_summary(seed_articles)
    listed = engine.handle_message("!zitat").text.splitlines()
    total_direct = total_reported = 0
    for line in listed:
        name = line.split(" (")[0]
        direct, reported = (
            int(n)
            for n in re.findall(
                r"(\d+) (?:wörtliche?s? Zitate?|Aussagen? in indirekter Rede)", line
            )
        )
        assert f"  {name}: {direct} / {reported}" in summary
        assert engine.handle_message(f"!zitat {name}").text.startswith(f"{direct} wörtliche")
        total_direct += direct
        total_reported += reported
    assert "Thomas Westphal (SPD): 6 wörtliche Zitate, 3 Aussagen in indirekter Rede" in listed
    # Quotations given to nobody known (no speaker, or a description such as "ein Sprecher")
    # count in the article's figures, not under a person.
    for line in summary.splitlines():
        found = re.fullmatch(r"  (.+): (\d+) / (\d+)", line)
        if found and not any(entry.startswith(found.group(1) + " (") for entry in listed):
            total_direct += int(found.group(2))
            total_reported += int(found.group(3))
    assert (
        f"{total_direct} wörtliche Zitate, {total_reported} Aussagen in indirekter Rede"
        in engine.handle_message("!quellen").text
    )
    assert f"{total_direct + total_reported} quotes" in summary


def test_a_first_name_only_one_person_has_finds_them(engine):
    assert engine.run_command("quote", "Thomas").title == "Zitate von Thomas Westphal"
    assert engine.run_command("zitat", "Hendrik").person == "Hendrik Wüst"


def test_a_first_name_several_people_have_offers_them(night):
    reply = night.run_command("quote", "Thomas")
    assert reply.status == "not_found"
    assert set(reply.suggestions) == {"Thomas Westphal", "Thomas Reiners"}
    assert "Wen meinst du?" in reply.text


@pytest.mark.parametrize(
    ("role", "person"),
    [
        ("OB", "Alexander Kalouti"),
        ("Oberbürgermeister", "Alexander Kalouti"),
        ("Oberbürgermeisterin", "Alexander Kalouti"),
        ("Amtsinhaber", "Thomas Westphal"),
        ("Kreissprecherin", "Hannah Rosenbaum"),
    ],
)
def test_roles_and_their_short_forms_find_who_holds_them(engine, role, person):
    reply = engine.run_command("who", role)
    assert reply.status == "ok" and person in reply.text


def test_a_role_finds_who_holds_it_before_who_only_runs_for_it(engine):
    reply = engine.run_command("who", "OB")
    assert "Martin Cremer" not in reply.text  # an OB candidate is not the OB


def test_an_author_is_somebody_too(engine):
    reply = engine.run_command("wer", "Lukas Pazzini")
    assert reply.status == "ok" and reply.person == "Lukas Pazzini"
    assert "Nordstadtblogger" in reply.text and "29.09.2025" in reply.text
    assert "Lukas Pazzini hat an einem Artikel mitgeschrieben:" in reply.text
    assert engine.run_command("wer", "Pazzini").person == "Lukas Pazzini"


@pytest.mark.parametrize("question", ["wer ist lukas pazzini", "wer is pazzini", "who is pazzini"])
def test_asked_in_a_chat_who_an_author_is_the_reader_hears_what_they_wrote(engine, question):
    reply = engine.handle_message(question, dm=True)
    assert reply.status == "ok" and "Nordstadtblogger" in reply.text, reply.text


def test_an_author_is_told_in_english_words_too(engine_en):
    reply = engine_en.run_command("who", "Lukas Pazzini")
    assert "Lukas Pazzini wrote or co-wrote one article:" in reply.text


def test_a_columnist_asked_about_is_told_by_the_line_at_the_foot_of_the_column(tmp_path):
    """ "who is X" of a columnist: beside what they wrote, the line of their own column that
    says who they are ("X war 30 Jahre lang Lokalchef …"), not their byline."""
    from bot.config import default_config
    from tests.engine.conftest import engine_over

    night = {
        "kolumne": (
            "Beispiel meint: Wer nicht wählt, zählt nicht\nVon Greta Beispiel\nAm Sonntag "
            "blieb jeder Zweite zu Hause.\nGreta Beispiel war 30 Jahre lang Lokalchefin dieser "
            "Zeitung. Sie schreibt jeden Freitag an dieser Stelle.\n",
            "authors: [Greta Beispiel]\n",
        ),
    }
    engine = engine_over(tmp_path, night, default_config())
    for question in ("who is greta beispiel", "wer ist Greta Beispiel"):
        reply = engine.handle_message(question, dm=True)
        assert reply.status == "ok" and reply.person == "Greta Beispiel"
        assert texts(reply) == ["Greta Beispiel war 30 Jahre lang Lokalchefin dieser Zeitung."]


def test_a_namesake_in_another_articles_byline_or_credit_is_not_the_person(tmp_path):
    """`!wer Jana Kowalczyk`: reporters of the same surname who made another article ("Von Nils
    Kowalczyk" under its teaser, "Redaktion: Tim Muster, Sevgi Kowalczyk") are not where Jana
    Kowalczyk is first mentioned; her own article is."""
    from bot.config import default_config
    from tests.engine.conftest import engine_over

    night = {
        "a_handwerk": (
            "Musterhausen\nEin Dachdecker führt jetzt das Handwerk\nNach 16 Jahren gibt der "
            "Kreishandwerksmeister Ulf Probe sein Amt ab.\nVon Nils Kowalczyk\nMusterhausen. Die "
            "Versammlung wählte Tom Probe.\nRedaktion: Tim Muster, Sevgi Kowalczyk.\n",
            "authors: [Nils Kowalczyk]\n",
        ),
        "b_wahl": (
            "Probedorf hat eine neue Bürgermeisterin\nVon Ina Muster\nProbedorf. Jana Kowalczyk "
            "(Grüne) hat die Bürgermeisterwahl in Probedorf gewonnen.\n",
            "authors: [Ina Muster]\n",
        ),
    }
    engine = engine_over(tmp_path, night, default_config())
    reply = engine.handle_message("!wer Jana Kowalczyk")
    assert reply.status == "ok" and "Probedorf" in texts(reply)[0], texts(reply)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("wer ist nora beispiel", "Nora Beispiel (SPD), 52, leitet"),
        ("wer ist tom muster", "Muster ist 39 Jahre alt und arbeitet als"),
    ],
)
def test_who_somebody_is_leads_with_the_line_that_says_who_they_are(tmp_path, question, shown):
    """ "wer ist X" in a chat: the line that gives X's age beside the name says who X is, so it
    comes first, before the first mention ("X liegt auf Platz zwei")."""
    from bot.config import default_config
    from tests.engine.conftest import engine_over_texts

    night = {
        "a_ticker": (
            "Der Wahlabend im Ticker\nVon Ina Probe\n20.05 Uhr: Tom Muster führt, Nora Beispiel "
            "liegt auf Platz zwei.\n"
        ),
        "b_fragen": (
            "Stichwahl in Probedorf: Wer tritt an?\nVon Lea Probe\nNora Beispiel (SPD), 52, "
            "leitet die Grundschule.\nTom Muster (CDU) ist Ortsvorsteher. Muster ist 39 Jahre "
            "alt und arbeitet als Bankkaufmann.\n"
        ),
    }
    engine = engine_over_texts(tmp_path, night, default_config())
    reply = engine.handle_message(question, dm=True)
    assert shown in texts(reply)[0], texts(reply)


def test_a_speaker_the_text_only_describes_is_found_by_that_description(tmp_path):
    """ "!zitat Wahlhelfer": nobody of that name is in the articles, but a poll worker is
    quoted without a name; the reader gets those words, marked as unnamed, and nobody
    else's."""
    from bot.config import default_config
    from tests.engine.conftest import engine_over_texts

    night = {
        "ticker": (
            "Der Wahlabend im Ticker\nVon Ina Probe\n19.47 Uhr: Ein Wahlhelfer sagt uns: „So "
            "ruhig war es hier noch nie.“\n20.10 Uhr: „Wir sind zufrieden“, sagte Tom Muster "
            "(CDU).\n"
        ),
    }
    engine = engine_over_texts(tmp_path, night, default_config())
    reply = engine.handle_message("!zitat Wahlhelfer")
    assert reply.status == "ok" and reply.person is None
    assert texts(reply) == ["So ruhig war es hier noch nie."]
    assert speakers(reply) == {None}
    assert "ohne Namen" in reply.title and "Niemand dieses Namens" in reply.text
    assert engine.handle_message("!zitat Wahlhelfer 2").status == "usage"
    assert engine.handle_message("!zitat Wahlhelferin").status == "not_found"
