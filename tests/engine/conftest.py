"""Engines to talk to: one over the real seed article, one over a small hand-made article.

The hand-made article ("Musterstadt") has other names, parties and numbers than the seed, so
every rule the tests pass with it is general, not keyed to the seed.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Config, Topic, default_config, project_root
from bot.corpus.loading import load_corpus
from bot.corpus.model import Article, Fact, Person, Quote
from bot.corpus.reading import parse_article
from bot.engine.engine import Engine

MUSTERSTADT_LINES = (
    "",
    "Von Erika Beispiel",
    "Die Stichwahl in Musterstadt ist entschieden: Jürgen Meier gewinnt mit 54 Prozent "
    "gegen Sabine Maier.",
    "Meier: „Ein guter Tag für Musterstadt“",
    "„Ein guter Tag für Musterstadt“, sagte der neue Bürgermeister Jürgen Meier (FDP) am "
    "Sonntagabend gegen 22 Uhr.",
    "Seine Konkurrentin Sabine Maier (Grüne) räumte die Niederlage ein. „Wir haben gekämpft "
    "und knapp verloren“, sagte Maier.",
    "Der Grund für die Niederlage sei der schwache Wahlkampf im Norden gewesen, sagte Landrat "
    "Hans-Peter Krüger-Lüdenscheidt (SPD).",
    "Die Wahlbeteiligung lag bei 41 Prozent.",
    "Kommentare",
    "Max Leser",
    "Die FDP hat doch nur gewonnen, weil die Piraten nicht angetreten sind.",
)
MUSTERSTADT_TEXT = "\n".join(MUSTERSTADT_LINES) + "\n"


def musterstadt_article() -> Article:
    """A small article whose people, quotes and facts are written out by hand."""
    article = parse_article(MUSTERSTADT_TEXT, article_id="musterstadt", path="musterstadt.txt")
    return replace(
        article,
        publisher="Musterblatt",
        published="2025-09-29",
        people=(
            Person("Jürgen Meier", ("Meier",), "FDP", ("Bürgermeister",)),
            Person("Sabine Maier", ("Maier",), "Grüne", ("Konkurrentin",)),
            Person("Hans-Peter Krüger-Lüdenscheidt", ("Krüger-Lüdenscheidt",), "SPD", ("Landrat",)),
        ),
        quotes=(
            Quote("Ein guter Tag für Musterstadt", "Jürgen Meier", "direct", 4, None),
            Quote("Ein guter Tag für Musterstadt", "Jürgen Meier", "direct", 5, None),
            Quote("Wir haben gekämpft und knapp verloren", "Maier", "direct", 6, None),
            Quote(
                "Der Grund für die Niederlage sei der schwache Wahlkampf im Norden gewesen",
                "Hans-Peter Krüger-Lüdenscheidt",
                "reported",
                7,
                None,
            ),
        ),
        facts=(
            Fact(
                "Die Stichwahl in Musterstadt ist entschieden: Jürgen Meier gewinnt mit "
                "54 Prozent gegen Sabine Maier.",
                3,
            ),
            Fact("Die Wahlbeteiligung lag bei 41 Prozent.", 8),
        ),
    )


MUSTER_TOPICS = (
    Topic("stichwahl", "Stichwahl gewinnt gewonnen Sieg", "Wer die Stichwahl gewann"),
    Topic("beteiligung", "Wahlbeteiligung Beteiligung", "Die Wahlbeteiligung"),
)


@pytest.fixture(scope="session")
def seed_articles() -> tuple[Article, ...]:
    result = load_corpus([project_root() / "seeds"], 2_000_000)
    assert result.articles and not result.problems
    return result.articles


@pytest.fixture(scope="session")
def config() -> Config:
    return replace(default_config(), cache_dir=None, reload_interval=0)


@pytest.fixture(scope="session")
def engine(seed_articles, config) -> Engine:
    """The bot over the bundled seed article, German, prefix "!"."""
    return Engine(seed_articles, config, rng=random.Random(7))


@pytest.fixture(scope="session")
def engine_en(seed_articles, config) -> Engine:
    return Engine(seed_articles, replace(config, language="en"), rng=random.Random(7))


@pytest.fixture(scope="session")
def night(config) -> Engine:
    """The bot over a whole election night: the seed and the question benchmark's eleven
    articles from other (fictional) cities, with their sidecars."""
    folders = [project_root() / "seeds", project_root() / "benchmarks" / "questions" / "articles"]
    result = load_corpus(folders, 2_000_000)
    assert len(result.articles) >= 12 and not result.problems
    return Engine(result.articles, config, rng=random.Random(7))


@pytest.fixture(scope="session")
def muster() -> Engine:
    """The bot over the hand-made Musterstadt article, with topics of its own."""
    config = replace(default_config(), cache_dir=None, topics=MUSTER_TOPICS)
    return Engine([musterstadt_article()], config, rng=random.Random(7))


# Two small towns' reports, one German (a ticker), one English (a wire report): double
# surnames, a split verb, a share, a lead, a supposed win and a title with a rare noun in it.
TWO_TOWNS = {
    "talheim": (
        "Von Max Muster\n"
        "Talheim wählt: Wie die CDU das Rathaus trotz Briefwahlrekord verlor\n"
        "In der Stichwahl um das Bürgermeisteramt in Talheim treten Jonas Weber-Aydin (SPD) "
        "und Lea Brandt (CDU) gegeneinander an. Wir berichten aus dem Rathaus.\n"
        "19.10 Uhr: Weber-Aydin trifft ein, begleitet von seiner Familie.\n"
        "19.40 Uhr: Lea Brandt gibt sich kämpferisch. „Wenn ich gewinne, baue ich das "
        "Freibad aus“, sagt sie.\n"
        "20.05 Uhr: Es ist entschieden. Jonas Weber-Aydin gewinnt mit 51,3 Prozent.\n"
        "20.20 Uhr: Brandt gratuliert ihrem Nachfolger. Im vorläufigen Endergebnis trennen "
        "die beiden nur 240 Stimmen.\n",
        'title: "Talheim wählt: Wie die CDU das Rathaus trotz Briefwahlrekord verlor"\n'
        "publisher: Talheimer Bote\nauthors: [Max Muster]\npublished: 2025-09-28\n",
    ),
    "auenbrueck": (
        "By Jane Example\n"
        "Auenbrück runoff: Green challenger wins as turnout falls\n"
        "AUENBRÜCK, Germany — Voters in Auenbrück elected Greens candidate Mara Feldhaus-Okoro "
        "as mayor on Sunday.\n"
        "Feldhaus-Okoro won 52.1 percent of the vote against the incumbent Peter Brandl, "
        "according to preliminary results. Turnout was 36 percent.\n"
        "Brandl conceded shortly after 9 p.m. “The voters have decided, and I accept that,” "
        "he said.\n",
        'title: "Auenbrück runoff: Green challenger wins as turnout falls"\n'
        "publisher: Example Wire\nauthors: [Jane Example]\npublished: 2025-09-29\n",
    ),
}


@pytest.fixture(scope="session")
def two_towns(tmp_path_factory, config) -> Engine:
    """The bot over `TWO_TOWNS`, read from a seeds folder as the bot reads it."""
    return engine_over(tmp_path_factory.mktemp("two_towns"), TWO_TOWNS, config)


def engine_over(folder: Path, articles: dict[str, tuple[str, str]], config: Config) -> Engine:
    """The bot over `articles` (name: text and sidecar), written to `folder` as a seeds folder
    and read from it as the bot reads one."""
    for name, (text, sidecar) in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.yaml").write_text(sidecar, encoding="utf-8")
    result = load_corpus([folder], 2_000_000)
    assert len(result.articles) == len(articles) and not result.problems
    return Engine(result.articles, config, rng=random.Random(7))


def engine_over_texts(folder: Path, articles: dict[str, str], config: Config) -> Engine:
    """The bot over plain texts (name: text, no sidecar), written to `folder` and read."""
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return Engine(load_corpus([folder], 2_000_000).articles, config, rng=random.Random(7))


def speakers(reply) -> set[str | None]:
    return {e.speaker for e in reply.excerpts}


def texts(reply) -> list[str]:
    return [e.text for e in reply.excerpts]
