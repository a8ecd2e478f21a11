"""A place in a question keeps the answer in that place when many cities are indexed."""

from bot.corpus.loading import load_corpus
from bot.engine.engine import Engine
from bot.engine.folding import words
from bot.engine.places import a_name, find_scope, person_noun
from tests.engine.conftest import engine_over


def scope(engine, question):
    return find_scope(engine.index, words(question), set())


def test_a_place_after_in_names_the_articles_about_it(night):
    found = scope(night, "wer hat in lindenhagen gewonnen")
    titles = {night.index.articles[a].title for a in found.articles}
    assert titles == {"Grüne Svenja Oberländer gewinnt Stichwahl in Lindenhagen"}
    assert found.places == ("lindenhagen",) and found.positions == {3}


def test_a_place_named_without_in_counts_when_it_is_where_an_article_is(night):
    assert scope(night, "wahlbeteiligung grauburg").places == ("grauburg",)
    assert scope(night, "ergebnis lindenhagn").places == ("lindenhagn",)  # a typo


def test_a_place_asked_again_is_found_again_where_it_stands_in_the_new_question(night):
    first = scope(night, "wer hat in lindenhagen gewonnen")
    again = scope(night, "und wer hat in lindenhagen gewonnen")  # read once, kept
    assert (first.positions, again.positions) == ({3}, {4})
    assert again.articles == first.articles and again.places == ("lindenhagen",)
    assert scope(night, "wer hat in wuppertal gewonnen").positions == {3}
    unknown = scope(night, "und wer hat in wuppertal gewonnen")
    assert unknown.unknown == "wuppertal" and unknown.positions == {4}


def test_words_that_are_no_place_narrow_nothing(night):
    found = scope(night, "wer hat die stichwahl gewonnen")
    assert found.articles is None and not found.places


def test_a_place_no_article_names_is_unknown(night):
    assert scope(night, "wer hat in wuppertal gewonnen").unknown == "wuppertal"


def test_one_article_about_the_place_narrows_nothing(engine):
    found = scope(engine, "wer hat in dortmund gewonnen")
    assert found.articles is None and found.places == ("dortmund",)


def test_a_rare_noun_in_a_lead_is_no_place_unless_the_source_names_it(night):
    """ "Herausforderer" stands capitalised in two leads, but no title, file name, address or
    paper carries it: it stays a word of the question."""
    found = scope(night, "wer war herausforderer in osterwede")
    assert found.places == ("osterwede",)


def test_a_verb_in_a_title_is_no_place(two_towns):
    """ "Wie die CDU das Rathaus … verlor": a title's word written small names no place."""
    assert scope(two_towns, "wer hat in talheim verloren").places == ("talheim",)


def test_the_place_after_in_wins_over_a_rare_noun_of_another_title(two_towns):
    """ "Briefwahl" is rare and stands in Talheim's title, but the reader asks about
    Auenbrück."""
    found = scope(two_towns, "wie viele haben in auenbrück per briefwahl gewählt")
    assert found.places == ("auenbruck",)
    titles = {two_towns.index.articles[a].title for a in found.articles}
    assert titles == {"Auenbrück runoff: Green challenger wins as turnout falls"}


def test_a_place_after_in_whose_article_names_it_past_its_lead_but_files_under_it(tmp_path, config):
    """A portrait whose title and lead name only the man (its dateline comes after the
    byline), filed under the town's name: "in schwäbisch hall" is that town, and another
    town's "city hall" does not make "hall" the place."""
    portrait = (
        "Porträt\n"
        "Der Rechner aus dem Nachbarhaus\n"
        "Wer ist der Mann, der ab Januar die Stadt führt?\n"
        "Von Lea Kranich\n"
        "Schwäbisch Hall – Jonas Fellbacher hat die Wahl in Schwäbisch Hall gewonnen.\n"
    )
    other = "Runoff in Oldenburg\nIna Brookmann, 47, won the runoff. The city hall was full.\n"
    (tmp_path / "portraet_ob_schwaebisch_hall.txt").write_text(portrait, encoding="utf-8")
    (tmp_path / "english_runoff_oldenburg.txt").write_text(other, encoding="utf-8")
    for n in range(4):  # a night of several towns
        (tmp_path / f"bericht_{n}.txt").write_text(
            f"Wahl in Ort{n}\nDie Halle in Ort{n} war voll, sagte Kai Mertens{n}.\n",
            encoding="utf-8",
        )
    night_of_towns = Engine(load_corpus([tmp_path], 2_000_000).articles, config)
    for question in (
        "wie alt ist der neue ob in schwäbisch hall",
        "how old is the mayor of schwäbisch hall",
    ):
        found = scope(night_of_towns, question)
        ids = {night_of_towns.index.articles[a].id for a in found.articles or ()}
        assert "schwabisch" in found.places and ids == {"portraet_ob_schwaebisch_hall"}


def test_a_common_noun_after_a_preposition_is_no_place_even_in_many_leads(tmp_path, config):
    """ "for city hall" is "für Rathaus": many articles say "im Rathaus" in their lead, which
    makes no town of it, so it does not push aside the town the question names."""
    for n in range(11):  # a night of twelve articles, five of them with "im Rathaus"
        where = "im Rathaus" if n < 5 else "auf dem Markt"
        (tmp_path / f"ort{n}.txt").write_text(
            f"Neuer Bürgermeister {where} von Ort{n}\n"
            f"{where.capitalize()} von Ort{n} plant Bürgermeister Kai Lenz{n} mehr Personal.\n",
            encoding="utf-8",
        )
    (tmp_path / "hagen.txt").write_text(
        "Stichwahl in Hagen\nIn Hagen gewann Ute Sommer die Stichwahl.\n", encoding="utf-8"
    )
    towns = Engine(load_corpus([tmp_path], 2_000_000).articles, config)
    found = scope(towns, "what are the new hagen mayor s plans for rathaus staff")
    assert found.places == ("hagen",)


def test_a_place_before_a_noun_after_in_the_is_where_not_what(night):
    """ "in the Grauburg runoff", "bei der Grauburger Wahl": the town is where the question is;
    a rare title word alone ("stichwahl grauburg") is perhaps what it asks about."""
    found = scope(night, "what was the turnout in the grauburg runoff")
    assert found.places == ("grauburg",) and not found.bare
    assert scope(night, "wahlbeteiligung grauburg").bare


def test_a_place_s_articles_name_it_not_a_word_that_starts_like_it(tmp_path, config):
    """ "Minden" stems as "mind", which "mindestens" starts: that word tells how common the
    place's letters are, but an article with only "mindestens" in it is not about Minden."""
    (tmp_path / "minden.txt").write_text(
        "Stichwahl in Minden\nIn Minden gewann Uwe Quast. Die Mindener feierten.\n",
        encoding="utf-8",
    )
    for n in range(7):  # two of them with "mindestens"
        share = "mindestens 30" if n < 2 else "rund 40"
        (tmp_path / f"ort{n}.txt").write_text(
            f"Wahl in Ort{n}\nIn Ort{n} gingen {share} Prozent wählen.\n", encoding="utf-8"
        )
    towns = Engine(load_corpus([tmp_path], 2_000_000).articles, config)
    found = scope(towns, "wer hat in minden gewonnen")
    assert {towns.index.articles[a].id for a in found.articles or ()} == {"minden"}


def test_the_word_before_im_place_is_asked_about_there_though_a_file_name_has_it(tmp_path, config):
    """ "Wer ist Kreiswahlleiter im Talgau": another district's interview is filed as
    "drei_fragen_kreiswahlleiter_…", but the reader asks who holds that role in the Talgau;
    the role stays a word of the question, so the line naming him answers."""
    (tmp_path / "drei_fragen_kreiswahlleiter_moorbach.txt").write_text(
        "Drei Fragen an den Kreiswahlleiter\n"
        "Moorbach – Kreiswahlleiter Jens Ulbrich erklärt, wie gezählt wird.\n",
        encoding="utf-8",
    )
    (tmp_path / "landratswahl_talgau.txt").write_text(
        "Landratswahl im Talgau: Ina Brenner gewinnt\n"
        "Talgau – Ina Brenner (CSU) hat die Landratswahl im Talgau gewonnen.\n"
        "Kreiswahlleiter Tim Osswald meldete Probleme mit der Schnellmeldung.\n",
        encoding="utf-8",
    )
    for n in range(7):  # a night of nine articles
        (tmp_path / f"ort{n}.txt").write_text(
            f"Wahl in Ort{n}\nIn Ort{n} gewann Kai Lenz{n} die Wahl.\n", encoding="utf-8"
        )
    night_of_towns = Engine(load_corpus([tmp_path], 2_000_000).articles, config)
    assert scope(night_of_towns, "wer ist kreiswahlleiter im talgau").places == ("talgau",)
    reply = night_of_towns.run_command("ask", "wer ist kreiswahlleiter im talgau")
    assert "Tim Osswald" in reply.excerpts[0].text


def test_a_town_named_in_passing_is_a_name_a_common_noun_or_small_word_is_not(tmp_path, config):
    """ "bislang Kämmerer in Kornau": a name, though no article is about Kornau; "im Rathaus"
    is a common noun and "in ganz Niedersachsen" a small word."""
    (tmp_path / "agentur.txt").write_text(
        "Wahlen im Land\n"
        "Fauser, der bislang Kämmerer in Kornau war, feierte im Rathaus. Das Rathaus war voll.\n"
        "In ganz Niedersachsen war es ruhig, ganz anders als sonst.\n",
        encoding="utf-8",
    )
    index = Engine(load_corpus([tmp_path], 2_000_000).articles, config).index
    assert a_name(index, index.stem("kornau"))
    assert not a_name(index, index.stem("rathaus"))
    assert not a_name(index, index.stem("ganz"))


def test_a_time_is_no_place_however_rare_in_titles(tmp_path, config):
    """Before, "Wahlabend" in one title made "am wahlabend" a place, and the answer had to
    come from that article: a time's name is no place's."""
    towns = ("Probedorf", "Musterhausen", "Beispielstadt", "Kelmshain", "Ostrau", "Talheim")
    articles = {
        town.lower(): (f"{town}\nWahl in {town}\n{town}. Gewählt wurde am Sonntag.\n", "")
        for town in towns
    }
    articles["studio"] = ("Grauburg\nDer Wahlabend im Studio\nDie Gäste sprachen.\n", "")
    engine = engine_over(tmp_path, articles, config)
    assert scope(engine, "wo war sie am wahlabend").places == ()
    assert scope(engine, "wer hat in ostrau gewonnen").places == ("ostrau",)


def _night_of_nouns(tmp_path, config):
    """Eight articles: a trial and a man's mother in titles, a town whose name ends like a
    role ("-gast"), a council meeting, and four towns' runoffs."""
    articles = {
        "ortsvorsteher_prozess": (
            "Ortsvorsteher angeklagt\nDer Prozess beginnt\n"
            "Am Landgericht muss sich der Ortsvorsteher verantworten.\n"
            "Verteidigt wird der Ortsvorsteher von Anwältin Ina Roth.\n",
            "",
        ),
        "mutter_erzaehlt": (
            "Die Mutter erzählt\nWie er Kämmerer wurde\n"
            "Seine Mutter sagt, Uwe Brandtner sei schon als Kind fleißig gewesen.\n",
            "",
        ),
        "ostergast": (
            "Ostergast hat gewählt\nStichwahl entschieden\n"
            "Ostergast (dpa) – In Ostergast gewann Eva Kühn die Stichwahl.\n",
            "",
        ),
        "gemeinderat": (
            "Gemeinderat tagt\nStreit um Gebühren\n"
            "Im Gemeinderat stimmten zwölf Räte für höhere Gebühren.\n",
            "",
        ),
    }
    for town in ("Probedorf", "Musterhausen", "Beispielstadt", "Kelmshain"):
        articles[town.lower()] = (
            f"{town}\nWahl in {town}\n{town}. In {town} gewann Tom Arndt die Wahl.\n",
            "",
        )
    return engine_over(tmp_path, articles, config)


def test_a_role_or_a_relative_after_a_preposition_is_no_place(tmp_path, config):
    """A role ("Ortsvorsteher") or a relative ("Mutter") in one title is whom a question asks
    about after "vom", "von", "über", not where: it holds the answer to no article. A town whose
    name ends like a role ("-gast") stays a place, and so does a council ("im Gemeinderat")."""
    night_of_nouns = _night_of_nouns(tmp_path, config)
    assert scope(night_of_nouns, "was sagte die rede vom ortsvorsteher").places == ()
    assert scope(night_of_nouns, "was sagen alle über die mutter").places == ()
    assert scope(night_of_nouns, "wer ist landrätin in musterhausen").places == ("musterhausen",)
    assert scope(night_of_nouns, "wer hat in ostergast gewonnen").places == ("ostergast",)
    assert scope(night_of_nouns, "stichwahl ostergast").places == ("ostergast",)
    assert scope(night_of_nouns, "wer stimmte im gemeinderat").places == ("gemeinderat",)


def test_a_town_heading_its_part_of_a_roundup_is_a_place(tmp_path, config):
    """A district's roundup heads each town's part with the town's name, and only that part
    names it; with another article beside it, "in X" keeps the answer in X's part."""
    roundup = (
        "Kreis Musterland\nStichwahlen im Kreis: ein Überblick\n"
        "Kreis Musterland. Drei Gemeinden haben am Sonntag gewählt.\n"
        "Ahlbeck\n"
        "In Ahlbeck hat sich Herausforderin Merle Kroh (Grüne) gegen Amtsinhaber Tom Brand (CDU) "
        "durchgesetzt.\n"
        "Wilsum\n"
        "In Wilsum gewann Hauke Timmer (SPD) mit 38 Stimmen Vorsprung vor Anja Rath.\n"
    )
    other = "Nordstadt\nWahlabend in Nordstadt\nNordstadt. Lea Probe gewinnt die Stichwahl.\n"
    engine = engine_over(
        tmp_path,
        {
            "roundup": (roundup, "title: 'Stichwahlen im Kreis: ein Überblick'\n"),
            "nordstadt": (other, "title: Wahlabend in Nordstadt\n"),
        },
        config,
    )
    assert scope(engine, "wer hat in ahlbeck gewonnen").places == ("ahlbeck",)
    reply = engine.handle_message("wer hat in ahlbeck gewonnen", dm=True)
    assert reply.status == "ok", reply.text
    assert reply.excerpts[0].text.startswith("In Ahlbeck")
    assert not any("Timmer" in e.text for e in reply.excerpts)


def test_saxony_is_not_lower_saxony(tmp_path, config):
    """A region's name inside a longer one's ("Lower Saxony", "Sachsen-Anhalt") names another
    region: "in Saxony" asks for the articles about Saxony, in English or German ("Sachsen")."""
    articles = {
        "nieder": (
            "Hannover\nRunoffs in Lower Saxony\nTurnout in Lower Saxony fell to 30 percent.\n",
            "title: Runoffs in Lower Saxony\n",
        ),
        "anhalt": (
            "Magdeburg\nWahl in Sachsen-Anhalt\nDie Wahlbeteiligung in Sachsen-Anhalts Städten "
            "lag bei 40 Prozent.\n",
            "title: Wahl in Sachsen-Anhalt\n",
        ),
        "sachsen": (
            "Dresden\nLandtagswahl in Sachsen\nDie Wahlbeteiligung in Sachsen lag bei 60 "
            "Prozent.\n",
            "title: Landtagswahl in Sachsen\n",
        ),
        "bayern": (
            "München\nKommunalwahl in Bayern\nDie Wahlbeteiligung lag bei 55 Prozent.\n",
            "title: Kommunalwahl in Bayern\n",
        ),
    }
    engine = engine_over(tmp_path, articles, config)
    reply = engine.handle_message("what was the turnout in saxony", dm=True)
    assert [e.article for e in reply.excerpts][:1] == ["sachsen"]
    assert "30" not in reply.text and "40" not in reply.text
    saxon = engine.handle_message("what was turnout in the saxon state election", dm=True)
    assert [e.article for e in saxon.excerpts][:1] == ["sachsen"]
    lower = engine.handle_message("what was the turnout in lower saxony", dm=True)
    assert "60" not in " ".join(e.text for e in lower.excerpts)


def test_one_predicate_names_a_person_by_role_office_job_or_kin():
    """The words honest answers and places both read as a person: a role or an office, a job,
    kin, a party to a trial, English roles; no thing, town or contest."""
    person = "kassenwart angeklagte tochter treasurer landratin ortsvorsteher frau herr wahlern ob"
    assert all(map(person_noun, person.split()))
    assert not any(map(person_noun, "rathaus haushalt lindenhagen stichwahl".split()))


def test_a_town_named_like_a_word_of_winning_is_where_the_question_asks(tmp_path, config):
    """ "wer hat in siegen gewonnen" on a night where most articles speak of a "Sieg": the town
    shares the word's stem, yet its articles name it as a town, so the answer is Siegen's
    winner, not the first winner of the night."""
    for n, town in enumerate(("Hagen", "Witten", "Unna")):
        (tmp_path / f"stichwahl_{town.lower()}.txt").write_text(
            f"Stichwahl in {town}\n{town}. Kai Lenz{n} (SPD) hat die Stichwahl gewonnen. "
            f"„Ein klarer Sieg“, sagte er.\n",
            encoding="utf-8",
        )
    (tmp_path / "stichwahl_siegen.txt").write_text(
        "Stichwahl in Siegen\nSiegen. Ute Sommer (CDU) hat die Stichwahl in Siegen gewonnen. "
        "Der Sieg war knapp.\n",
        encoding="utf-8",
    )
    towns = Engine(load_corpus([tmp_path], 2_000_000).articles, config)
    assert scope(towns, "wer hat in siegen gewonnen").places == ("siegen",)
    reply = towns.run_command("ask", "wer hat in siegen gewonnen")
    assert "Ute Sommer" in reply.excerpts[0].text
    # the word itself is still the word where no source names such a town
    assert scope(towns, "wer hat den sieg gefeiert").places == ()
