"""People the articles name only partly, as a reader asks about them: a first name beside a
relative's or role noun ("wer ist jens"), an age in brackets ("Name (SPD, 61)", "Name jr. (34)"),
and photographers of a credit asked as if they had spoken. Every text here is invented."""

from __future__ import annotations

import random
from dataclasses import replace

from bot.config import default_config
from bot.corpus.extract import extract
from bot.corpus.loading import parse_article
from bot.engine.engine import Engine
from bot.engine.people import CHOICE, merge_people
from bot.engine.reply import OK

FAMILY = (
    "title: Wahlabend in Exempelstadt\n---\n"
    "Wahlabend in Exempelstadt\n"
    "Im Saal warten die Kandidatin Anke Beispiel, ihr Mann Holger und Tochter Lotta. Der "
    "CDU-Kandidat Holger Mustermann wartet mit seinem Team.\n"
    "„Jetzt wird es spannend“, sagte Holger, als die Zahlen kamen.\n"
    "Wahlvorsteher Otto Probe (SPD, 67) zählt zweimal. Sein Sohn Otto Probe jr. (34) hilft.\n"
    "Die Kandidatin mit ihrer Familie. Foto: Greta Knipser\n"
)
OTHER = (
    "title: Wahllokal in Musterdorf\n---\n"
    "Wahllokal in Musterdorf\n"
    "Wahlhelfer Holger öffnet um acht die Tür. „Es ist ruhig“, sagt Holger.\n"
)


def engine_of(*texts: tuple[str, str]) -> Engine:
    articles = [extract(parse_article(t, article_id=n, path=f"{n}.txt")) for n, t in texts]
    config = replace(default_config(), cache_dir=None, reload_interval=0)
    return Engine(articles, config, rng=random.Random(7))


def ask(engine: Engine, question: str):
    return engine.run_command("ask", question)


def test_a_first_name_of_two_articles_is_two_people_not_one():
    articles = [
        extract(parse_article(t, article_id=n, path=f"{n}.txt"))
        for n, t in (("familie", FAMILY), ("dorf", OTHER))
    ]
    holgers = [e for e in merge_people(articles) if e.name == "Holger"]
    assert [e.articles for e in holgers] == [("familie",), ("dorf",)]


def test_who_is_a_first_name_offers_each_person_of_that_name():
    engine = engine_of(("familie", FAMILY), ("dorf", OTHER))
    match = engine.index.people.lookup("Holger")
    assert match.how == CHOICE and len(match.people) == 2


def test_who_is_a_first_name_finds_the_relative_in_their_own_article():
    engine = engine_of(("familie", FAMILY))
    reply = ask(engine, "wer ist lotta")
    assert reply.status == OK
    assert "Tochter Lotta" in reply.excerpts[0].text


def test_a_first_name_persons_mentions_stay_in_their_article():
    """The line of another article that names "Holger Mustermann" does not mention "Holger"
    of the family: his first mention is his own article's."""
    engine = engine_of(("dorf", OTHER), ("familie", FAMILY))
    index = engine.index
    (holger,) = [
        i
        for i, e in enumerate(index.people.entries)
        if e.name == "Holger" and e.articles == ("dorf",)
    ]
    articles = {index.columns.article[u] for u in index.person_own[holger]}
    assert articles == {0}


def test_an_age_in_brackets_after_a_party_or_a_generation_answers_how_old():
    engine = engine_of(("familie", FAMILY))
    for question in ("wie alt ist otto probe", "wie alt ist otto probe jr."):
        reply = ask(engine, question)
        assert reply.status == OK, question
        assert "(SPD, 67)" in reply.excerpts[0].text or "(34)" in reply.excerpts[0].text


def test_a_photographer_of_a_credit_said_nothing():
    engine = engine_of(("familie", FAMILY))
    assert ask(engine, "was hat greta knipser gesagt").status != OK
    reply = ask(engine, "wer hat das foto gemacht")
    assert reply.status == OK and "Greta Knipser" in reply.excerpts[0].text
