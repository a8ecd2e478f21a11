"""Varied, realistic queries per command for a generated corpus (deterministic by seed and size).

Names, cities and parties come from the generator's cast, so a query names people who are in the
corpus (in every spelling a user types: full name, surname, lower case, one typo) and, now and
then, somebody who is not. Search phrases are cut from the articles' own sentences, sometimes with
a typo; questions follow the shapes people ask on an election night, plus the seed's examples.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.generate_corpus import GeneratedArticle, Person
from benchmarks.seed_questions import SEED_QUESTIONS

TOPICS = ("stichwahlen", "wahlbeteiligung", "ergebnis", "gruende")
COMMAND_WORDS = ("zitat", "wer", "suche", "frage", "hilfe", "quote", "who", "search", "ask")
UNKNOWN_NAMES = ("Zybrowski", "Quandtmeier", "Olafsdottir", "Nguyen-Lehr", "Pfefferkorn")
_WORD_RE = re.compile(r"[A-Za-zÄÖÜäöüß]{4,}")
_QUOTE_MARKS_RE = re.compile(r"[„“”»«]")


@dataclass(frozen=True)
class QuerySet:
    """The inputs each command is measured with. Autocomplete inputs are (what, current)."""

    quote: tuple[str, ...]
    who: tuple[str, ...]
    search: tuple[str, ...]
    ask: tuple[str, ...]
    topic: tuple[str, ...]
    autocomplete: tuple[tuple[str, str], ...]

    def to_json(self) -> dict:
        return {
            "quote": list(self.quote),
            "who": list(self.who),
            "search": list(self.search),
            "ask": list(self.ask),
            "topic": list(self.topic),
            "autocomplete": [list(pair) for pair in self.autocomplete],
        }

    @classmethod
    def from_json(cls, data: dict) -> QuerySet:
        return cls(
            tuple(data["quote"]),
            tuple(data["who"]),
            tuple(data["search"]),
            tuple(data["ask"]),
            tuple(data["topic"]),
            tuple((what, current) for what, current in data["autocomplete"]),
        )


def typo(rng: random.Random, word: str) -> str:
    """One slip of the finger: a swapped, dropped, doubled or replaced letter."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeinrst") + word[i + 1 :]


def _name_query(rng: random.Random, person: Person) -> str:
    first, last = person.name.split(" ", 1)
    roll = rng.random()
    if roll < 0.30:
        return person.name
    if roll < 0.60:
        return last
    if roll < 0.70:
        return last.lower()
    if roll < 0.85:
        return typo(rng, last)
    if roll < 0.90:
        return f"{first} {typo(rng, last)}"
    if roll < 0.95:
        return f"{last} {rng.randrange(1, 4)}"  # "!zitat Name 2": the second quote
    return rng.choice(UNKNOWN_NAMES)


def _sentences(article: GeneratedArticle) -> list[str]:
    lines = [line for line in article.text.splitlines() if len(line) > 60]
    return lines or [article.text]


def _search_query(rng: random.Random, article: GeneratedArticle) -> str:
    line = _QUOTE_MARKS_RE.sub("", rng.choice(_sentences(article)))
    words = _WORD_RE.findall(line)
    if not words:
        return line[:40]
    size = min(len(words), rng.choice((1, 2, 2, 3, 3, 4)))
    start = rng.randrange(len(words) - size + 1)
    picked = words[start : start + size]
    if rng.random() < 0.2:
        k = rng.randrange(len(picked))
        picked[k] = typo(rng, picked[k])
    return " ".join(picked)


def _by_role(article: GeneratedArticle, role: str) -> Person | None:
    return next((p for p in article.people if p.role == role), None)


def _question(rng: random.Random, article: GeneratedArticle) -> str:
    winner = _by_role(article, "winner")
    loser = _by_role(article, "loser")
    anyone = rng.choice(article.people) if article.people else None
    shapes = [
        f"Wer hat die Wahl in {article.city} gewonnen?",
        f"Wie war die Wahlbeteiligung in {article.city}?",
        f"Wie viele Stichwahlen hat die {article.winner_party} gewonnen?",
        "Was fordern die Grünen vom neuen Oberbürgermeister?",
        f"Wer wird Oberbürgermeister in {article.city}?",
    ]
    if winner:
        shapes += [
            f"Was will {winner.last} als Oberbürgermeister angehen?",
            f"Wer hat {winner.name} unterstützt?",
        ]
    if loser:
        shapes += [f"Warum hat {loser.last} verloren?", f"Was sagte {loser.name} am Wahlabend?"]
    if anyone:
        shapes += [f"Was sagt {anyone.name} zum Ergebnis?", f"Wer ist {anyone.last}?"]
    return rng.choice(shapes)


def _autocomplete(rng: random.Random, person: Person) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.15:
        topic = rng.choice(TOPICS)
        return ("topic", topic[: rng.randrange(0, len(topic) + 1)])
    if roll < 0.30:
        word = rng.choice(COMMAND_WORDS)
        return ("command", word[: rng.randrange(0, len(word) + 1)])
    name = rng.choice((person.name, person.last))
    current = name[: rng.randrange(1, min(len(name), 9) + 1)]
    if len(current) >= 4 and rng.random() < 0.2:
        current = typo(rng, current)
    return ("person", current.lower() if rng.random() < 0.3 else current)


def build_queries(articles: Sequence[GeneratedArticle], count: int, seed: int = 0) -> QuerySet:
    """`count` queries per command over `articles` (the seed's own examples are among them)."""
    rng = random.Random(f"queries:{seed}:{len(articles)}")
    cast = [(a, p) for a in articles for p in a.people]

    def person() -> Person:
        return rng.choice(cast)[1]

    quote = ["Westphal", *(_name_query(rng, person()) for _ in range(count - 1))]
    who = ["Kalouti", *(_name_query(rng, person()) for _ in range(count - 1))]
    search = [_search_query(rng, rng.choice(articles)) for _ in range(count)]
    examples = [q.text for q in SEED_QUESTIONS]
    ask = examples + [_question(rng, rng.choice(articles)) for _ in range(count - len(examples))]
    rng.shuffle(ask)
    topic = [TOPICS[i % len(TOPICS)] for i in range(count)]
    autocomplete = [_autocomplete(rng, person()) for _ in range(count)]
    return QuerySet(
        tuple(quote[:count]),
        tuple(who[:count]),
        tuple(search),
        tuple(ask[: max(count, len(examples))]),
        tuple(topic),
        tuple(autocomplete),
    )
