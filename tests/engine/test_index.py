"""The index holds every quote, fact and sentence verbatim, with where it stands."""

import random
from dataclasses import replace

from bot.config import default_config
from bot.corpus.extract import extract
from bot.corpus.reading import parse_article
from bot.engine.engine import Engine
from bot.engine.render import render_text
from bot.engine.reply import DIRECT, FACT, PASSAGE, REPORTED


def units(engine, kind=None):
    return [u for u in engine.index.units if kind is None or u.excerpt.kind == kind]


def engine_of(text: str, name: str) -> Engine:
    """An engine over one article written out in the test."""
    article = extract(parse_article(text, article_id=name, path=f"{name}.txt"))
    config = replace(default_config(), cache_dir=None, reload_interval=0)
    return Engine([article], config, rng=random.Random(7))


def test_every_excerpt_is_verbatim_text_of_its_line(seed_articles, engine):
    lines = {(a.id, b.line): b.text for a in seed_articles for b in a.blocks}
    for unit in engine.index.units:
        excerpt = unit.excerpt
        assert excerpt.text in lines[(excerpt.article, excerpt.line)], excerpt


def test_quotes_carry_their_speaker_with_party_and_role_from_the_person(muster):
    (quote,) = [u.excerpt for u in units(muster, DIRECT) if "gekämpft" in u.excerpt.text]
    assert quote.speaker == "Sabine Maier"  # the article wrote only "Maier"
    assert (quote.party, quote.role) == ("Grüne", "Konkurrentin")
    assert (quote.line, quote.source, quote.article) == (6, "article", "musterstadt")


def test_sentences_know_their_section_paragraph_and_publisher(muster):
    (sentence,) = [
        u.excerpt for u in units(muster, PASSAGE) if u.excerpt.text.startswith("Die Wahlbet")
    ]
    assert sentence.section == "Meier: „Ein guter Tag für Musterstadt“"
    assert sentence.paragraph == 5  # lead, then four paragraphs
    assert (sentence.publisher, sentence.published) == ("Musterblatt", "2025-09-29")


def test_a_reader_comment_is_labelled_as_one_with_its_writer(muster):
    comments = [u.excerpt for u in units(muster) if u.is_comment]
    assert comments and all(e.source == "comment" for e in comments)
    assert {e.speaker for e in comments} == {"Max Leser"}


def test_facts_and_reported_speech_are_indexed_with_their_kind(muster):
    assert len(units(muster, FACT)) == 2
    (reported,) = units(muster, REPORTED)
    assert reported.excerpt.speaker == "Hans-Peter Krüger-Lüdenscheidt"


def test_quotes_by_person_are_in_article_order(engine):
    index = engine.index
    westphal = index.people.by_name["thomas westphal"]
    lines = [index.units[u].excerpt.line for u in index.quotes_by_person[westphal]]
    assert lines == sorted(lines) and lines


def test_the_first_mention_is_the_first_sentence_naming_the_person(muster):
    index = muster.index
    maier = index.people.by_name["sabine maier"]
    first = index.units[index.first_mention[maier]].excerpt
    assert (first.line, first.kind) == (3, PASSAGE)


def test_a_quote_and_the_sentence_holding_it_overlap_but_two_sentences_do_not(muster):
    index = muster.index
    on_line_6 = [i for i, u in enumerate(index.units) if u.excerpt.line == 6]
    quote = next(i for i in on_line_6 if index.units[i].excerpt.kind == DIRECT)
    sentences = [i for i in on_line_6 if index.units[i].excerpt.kind == PASSAGE]
    assert len(sentences) == 2
    assert index.overlaps(quote, sentences[1]) and not index.overlaps(quote, sentences[0])
    assert not index.overlaps(sentences[0], sentences[1])


def test_an_empty_corpus_builds_an_empty_index():
    from bot.config import default_config
    from bot.engine.engine import Engine

    engine = Engine([], default_config())
    assert len(engine.index.units) == 0
    assert engine.handle_message("!zitat Westphal").status == "not_found"
    assert engine.handle_message("!quellen").status == "not_found"


def test_sentences_split_by_extraction_are_the_ones_the_index_would_split(seed_articles):
    from dataclasses import replace

    from bot.engine.index import build_index

    (seed,) = seed_articles
    assert seed.sentences  # extraction recorded them
    recorded = build_index([seed])
    split_here = build_index([replace(seed, sentences=())])
    assert list(recorded.units) == list(split_here.units)


def test_building_leaves_the_garbage_collector_as_it_found_it(seed_articles):
    import gc

    import pytest

    from bot.engine.index import build_index

    assert gc.isenabled()
    build_index(seed_articles)
    assert gc.isenabled()
    with pytest.raises(AttributeError):
        build_index([None])  # not an article: the build fails half-way
    assert gc.isenabled()


def test_a_quote_by_somebody_the_text_only_describes_carries_those_words_into_the_reply():
    text = (
        "\nBetriebsratswahl in Lingen\n"
        "Die Liste von Svenja Bräunlich hat gewonnen. Ein Staplerfahrer, der seit 20 Jahren im "
        "Betrieb ist, sagte unserer Zeitung: „Endlich hört uns mal jemand zu.“\n"
    )
    engine = engine_of(text, "lingen")
    reply = engine.handle_message("!suche endlich hört uns", dm=False)
    (page,) = render_text(reply, "de")
    assert "Zitat – ein Staplerfahrer (im Text ohne Namen)" in page
    assert "„Endlich hört uns mal jemand zu.“" in page


def test_a_line_is_marked_with_every_party_it_names_wherever_it_names_it():
    from bot.engine.index import _Marks

    text = "Die Grünen-Fraktion, Bündnis 90 und die AfD; später die Sozialdemokratin (SPD)."
    marks = _Marks.of(text)
    assert [(text[s:e], party) for s, e, party in marks.spans] == [
        ("Grünen", "grune"),
        ("Bündnis 90", "grune"),
        ("90", "number"),
        ("AfD", "afd"),
        ("Sozialdemokratin", "spd"),
        ("SPD", "spd"),
    ]


def test_party_spellings_that_may_start_with_anything_are_searched_without_a_letter_filter():
    from bot.engine.index import _first_letters

    assert _first_letters([r"\bCDU\b|\bChrist(?:in|en)?\b", r"\bSPD\b"]) == "CS"
    assert _first_letters([r"\bCDU\b|(?:\bSPD)"]) is None  # a branch that opens otherwise
    assert _first_letters([r"\b[Ll]inke\b"]) is None


def test_lines_read_ahead_while_extracting_build_the_same_index(seed_articles):
    from bot.engine.index import LineReader, build_index

    other = extract(
        parse_article(
            "\nKurzmeldung aus Unna\nDer Wahlleiter Jens Obermeier zählte nach.\n",
            article_id="unna",
            path="unna.txt",
        )
    )
    reader = LineReader()
    for article in (*seed_articles, other):  # read as the articles arrive from the workers
        reader.read_article(article)
    read_ahead = build_index(seed_articles, reader)
    plain = build_index(seed_articles)
    assert read_ahead.columns == plain.columns
    assert read_ahead.own == plain.own and read_ahead.context == plain.context
    assert read_ahead.stems == plain.stems  # no word of the article left out of this build
    assert "obermeier" in reader.memo.stems and "obermeier" not in read_ahead.stems


def test_the_headline_stands_around_every_line_of_its_article():
    """ "Hagel über Bachdorf" is what the whole report is about: a line under another heading,
    "Bis Mitternacht gingen 183 Notrufe ein", is about the hail too."""
    text = (
        "Von Tim Muster\n"
        "Hagel über Bachdorf\n"
        "Die Feuerwehr war mit 60 Leuten im Einsatz.\n"
        "Die Nacht danach\n"
        "Der Bürgermeister dankte den Helfern.\n"
        "Bis Mitternacht gingen 183 Notrufe ein.\n"
    )
    index = engine_of(text, "hagel").index
    lines = index.columns.block_line
    last = next(b for b, line in enumerate(lines) if line == 6)
    assert sorted(lines[b] for b in index.around[last]) == [2, 4, 5, 6]


def test_a_surname_that_is_also_a_common_word_names_the_person_only_where_it_is_a_name():
    text = (
        "\nNeue Rektorin in Haldern\n"
        "Die Schulkonferenz hat Daniela Kurz zur Rektorin gewählt. Bis kurz nach Mitternacht "
        "wurde beraten. Im Sommer zieht die Schule um. Jonas Sommer vom Förderverein ist froh.\n"
        "Die Eltern loben die Pläne, die Kurz vorgestellt hat.\n"
    )
    index = engine_of(text, "haldern").index

    def sentences_naming(name: str) -> list[str]:
        person = index.people.by_name[name]
        return [
            index.units[u].excerpt.text
            for u in index.person_own[person]
            if index.units[u].excerpt.kind == PASSAGE
        ]

    assert sentences_naming("daniela kurz") == [
        "Die Schulkonferenz hat Daniela Kurz zur Rektorin gewählt.",
        "Die Eltern loben die Pläne, die Kurz vorgestellt hat.",
    ]
    assert sentences_naming("jonas sommer") == ["Jonas Sommer vom Förderverein ist froh."]


def test_an_answer_is_about_what_the_question_before_it_names():
    """An interview's question says what the next paragraph answers about ("Die Beteiligung
    war niedrig. Ärgert Sie das?" / "Ja, das ärgert mich."); a question that follows a question,
    or a paragraph after a heading, answers none."""
    text = (
        "Von Tim Muster\n"
        "Lorenz Abel bleibt Bürgermeister von Kranzdorf\n"
        "Lorenz Abel hat die Wahl in Kranzdorf gewonnen. Mit ihm sprach Tim Muster.\n"
        "Herr Abel, nur jeder Dritte hat gewählt. Ärgert Sie die Wahlbeteiligung?\n"
        "Abel: Ja, das ärgert mich sehr.\n"
        "Was machen Sie morgen?\n"
        "Und übermorgen?\n"
        "Abel: Ich gehe angeln.\n"
        "Der Hafen\n"
        "Abel: Der Hafen wird saniert.\n"
    )
    index = engine_of(text, "kranzdorf").index
    asked = {index.units[u].excerpt.text for u in index.asked[index.stem("wahlbeteiligung")]}
    assert asked and all("ärgert mich" in text for text in asked)
    tomorrow = index.asked.get(index.stem("morgen"), ())
    assert tomorrow == () or not any("angeln" in index.units[u].excerpt.text for u in tomorrow)
    assert "angeln" in index.units[index.asked[index.stem("übermorgen")][0]].excerpt.text
    assert index.stem("hafen") not in index.asked


VOICES = (
    "Von Jonas Beispiel\n"
    "Stimmen vom Marktplatz\n"
    "Jens Wiechmann hat die Stichwahl in Talheim gewonnen. Er kam auf 54 Prozent.\n"
    "Der Pastor der Lutherkirche sieht das gelassen. „Wichtig ist, dass gewählt wurde“, "
    "sagt er.\n"
    "Ein Rentner vor dem Rathaus war weniger begeistert. „Es ändert sich doch nichts“, sagt er.\n"
)


def test_what_a_voice_the_text_does_not_name_said_is_found_by_its_description():
    """ "was sagt der Pastor": his words do not say "Pastor", the sentence before them does.
    The reader gets the quotation, under the description, not only the sentence about him."""
    night = engine_of(VOICES, "stimmen")
    reply = night.handle_message("was sagt der pastor", dm=True)
    assert "Wichtig ist, dass gewählt wurde" in reply.excerpts[0].text, reply.text
    pensioner = night.handle_message("what did the pensioner say", dm=True)
    assert "Es ändert sich doch nichts" in pensioner.excerpts[0].text, pensioner.text


def test_the_lines_that_tell_a_win_are_found_with_the_index_and_persisted_with_it(tmp_path):
    """Every "who won" reads them: no reader's question pays for finding them, not even the
    first after a restart. Each article's are found as the index reads it."""
    from bot.engine.index_cache import load_index, save_index

    text = (
        "\nBürgermeisterwahlen im Kreis Tannrode\n"
        "Gewählt ist Jonna Beispielfeld (SPD) bereits im ersten Wahlgang. "
        "In Nordwalde bleibt Tilo Musterberg mit 58,3 Prozent im Amt. "
        "Hanne Probstmeier ist neue Bürgermeisterin von Eichfeld. "
        "Als Grund für das Ergebnis gilt die niedrige Wahlbeteiligung. "
        "Das Ergebnis kam erst nach Mitternacht. "
        "Sie tritt ihr Amt am 1. Mai an.\n"
    )
    index = engine_of(text, "tannrode").index
    lines = index.win_lines

    def said(units) -> set[str]:  # (a fact and its sentence may have the same words)
        return {index.columns.text(u) for u in units}

    assert said(lines.elected) == {
        "Gewählt ist Jonna Beispielfeld (SPD) bereits im ersten Wahlgang."
    }
    assert said(lines.kept) == {"In Nordwalde bleibt Tilo Musterberg mit 58,3 Prozent im Amt."}
    assert [said(units) for units in lines.new_offices.values()] == [
        {"Hanne Probstmeier ist neue Bürgermeisterin von Eichfeld."}
    ]
    assert said(lines.reasons[index.stem("ergebnis")]) == {
        "Als Grund für das Ergebnis gilt die niedrige Wahlbeteiligung."
    }
    assert said(lines.office_starts) == {"Sie tritt ihr Amt am 1. Mai an."}
    save_index(tmp_path, "key", index)
    restarted = load_index(tmp_path, "key")
    assert restarted is not None and restarted.win_lines == lines


def test_the_words_of_an_articles_source_are_read_with_the_index():
    """A question naming a town asks whether its name stands in an article's file name or
    title: those words are read once, when the index is built, not for each question."""
    from bot.engine.index import build_index

    text = "\nDie Stimmen in Haldenau sind ausgezählt.\n"
    article = extract(parse_article(text, article_id="2025-09-29_haldenau", path="h.txt"))
    title = "Stichwahl: Vera Kleinwort siegt knapp"
    index = build_index([replace(article, title=title)])
    (words,) = index.source_words
    assert {"haldenau", "stichwahl", "vera", "kleinwort"} <= set(words)
    assert "siegt" not in words  # a title's word in lower case names nothing
    assert index.articles_by_source_word["haldenau"] == {0}


def test_the_units_with_any_of_some_stems_are_gathered_once_per_index():
    """A test every candidate line of a question takes ("does it say 'vorn' or 'Mehrheit'?")
    reads one set made from the postings, not each line's text."""
    text = (
        "\nStichwahl in Kalmbrunn\n"
        "Im Ortsteil Ried lag Ida Beispielhof deutlich vorn. "
        "Die Mehrheit im Rat ist unklar. "
        "Das Wetter war gut.\n"
    )
    index = engine_of(text, "kalmbrunn").index
    stems = (index.stem("mehrheit"), index.stem("vorn"))
    found = index.units_with_any(stems)
    assert {index.columns.text(u) for u in found} >= {
        "Im Ortsteil Ried lag Ida Beispielhof deutlich vorn.",
        "Die Mehrheit im Rat ist unklar.",
    }
    assert not any("Wetter" in index.columns.text(u) for u in found)
    assert index.units_with_any(stems) is found  # made once
