"""A place in a question keeps the answer in that place when many cities are indexed."""

from bot.engine.folding import words
from bot.engine.places import find_scope


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


def test_a_place_before_a_noun_after_in_the_is_where_not_what(night):
    """ "in the Grauburg runoff", "bei der Grauburger Wahl": the town is where the question is;
    a rare title word alone ("stichwahl grauburg") is perhaps what it asks about."""
    found = scope(night, "what was the turnout in the grauburg runoff")
    assert found.places == ("grauburg",) and not found.bare
    assert scope(night, "wahlbeteiligung grauburg").bare
