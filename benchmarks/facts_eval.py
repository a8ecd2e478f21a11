"""How well `!fakten` tells facts from the rest: precision and recall on hand-labelled sentences.

`benchmarks/facts/labels.tsv` labels every sentence (as the bot splits them) of the seed article
and of the invented articles beside it as a fact or not. A fact is a checkable statement: a
result, a count, a share, or the time or date of an event, with what it is about. The figures are
in-sample: the same person wrote the rules, the articles and the labels.

    .venv/bin/python benchmarks/facts_eval.py [--show]

Beside the bot's figures stands a simple alternative: every sentence that contains a digit.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.corpus.loading import load_article
from bot.corpus.model import Article

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "facts" / "labels.tsv"
FOLDERS = (ROOT / "seeds", ROOT / "benchmarks" / "facts")
FACT = "fact"


@dataclass(frozen=True)
class Labelled:
    article: str  # file name
    text: str  # the sentence
    fact: bool


@dataclass
class Score:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def add(self, predicted: bool, fact: bool) -> None:
        self.true_pos += predicted and fact
        self.false_pos += predicted and not fact
        self.false_neg += fact and not predicted

    def line(self) -> str:
        found = self.true_pos + self.false_pos
        wanted = self.true_pos + self.false_neg
        precision = self.true_pos / found if found else 0.0
        recall = self.true_pos / wanted if wanted else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return (
            f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
            f"({self.true_pos} right, {self.false_pos} wrongly a fact, {self.false_neg} missed)"
        )


def read_labels(path: Path = LABELS) -> list[Labelled]:
    labelled = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            article, label, text = line.split("\t")
            labelled.append(Labelled(article, text, label == FACT))
    return labelled


def load(name: str) -> Article:
    path = next(folder / name for folder in FOLDERS if (folder / name).is_file())
    return load_article(path, 2_000_000)[0]


def sentences(article: Article) -> list[tuple[int, str]]:
    """(line, text) of every sentence of the article's own text, as the bot split them."""
    texts = {block.line: block.text for block in article.blocks}
    return [(line, texts[line][start:end]) for line, start, end in article.sentences]


def bot_facts(article: Article) -> Callable[[int, str], bool]:
    facts = [(fact.line, fact.text) for fact in article.facts]
    return lambda line, text: any(
        at == line and (said in text or text in said) for at, said in facts
    )


def has_digit(article: Article) -> Callable[[int, str], bool]:
    return lambda line, text: bool(re.search(r"\d", text))


def evaluate(show: bool = False) -> dict[tuple[str, str], Score]:
    """Scores per (system, article file), and per (system, "all")."""
    labelled = read_labels()
    scores: dict[tuple[str, str], Score] = {}
    for name in dict.fromkeys(item.article for item in labelled):
        article = load(name)
        labels = {item.text: item.fact for item in labelled if item.article == name}
        judges = {"bot": bot_facts(article), "any digit": has_digit(article)}
        for line, text in sentences(article):
            if text not in labels:
                raise SystemExit(f"{name}: sentence without a label: {text!r}")
            for system, judge in judges.items():
                predicted = judge(line, text)
                for key in ((system, name), (system, "all")):
                    scores.setdefault(key, Score()).add(predicted, labels[text])
                if show and system == "bot" and predicted != labels[text]:
                    wrong = "wrongly a fact" if predicted else "missed"
                    print(f"  {wrong}: {name}:{line}: {text[:100]}")
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every wrong sentence")
    args = parser.parse_args()
    scores = evaluate(args.show)
    articles = sorted({name for _, name in scores if name != "all"})
    print(f"facts, hand-labelled sentences of {len(articles)} articles:")
    for name in [*articles, "all"]:
        print(name)
        for system in ("bot", "any digit"):
            print(f"  {system:10} {scores[system, name].line()}")


if __name__ == "__main__":
    main()
