"""Example questions about the seed article, each with the seed lines that answer it.

The answering lines are found in the seed's text by a distinctive phrase (never a hard-coded line
number), so an edit to the seed moves them along or fails loudly. A system answers a question
correctly when one of its first three results is one of those lines of the seed article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SeedQuestion:
    text: str
    phrases: tuple[str, ...]  # each stands on exactly one line of the seed that answers it


SEED_QUESTIONS = (
    SeedQuestion(
        "Wer hat die Wahl gewonnen?",
        (
            "beglückwünschte die Dortmunder CDU zu ihrem Sieg",
            "Nach 80 Jahren hat diese Stadt einen neuen Oberbürgermeister",
            "Martin Cremer freute sich über Kaloutis Sieg",
            "gratuliert dem Wahlsieger Alexander Kalouti",
        ),
    ),
    SeedQuestion(
        "Warum hat Westphal verloren?",
        ("Die Gründe, weshalb es Westphal am Ende nicht geschafft hat",),
    ),
    SeedQuestion(
        "Was will Kalouti als Oberbürgermeister angehen?",
        ("Sauberkeit, Sicherheit und Ordnung", "ein Programm für die ersten hundert Tage"),
    ),
    SeedQuestion("Wann kam Wüst ins Rathaus?", ("traf gegen 21 Uhr ein",)),
    SeedQuestion("Wie viele Stichwahlen hat die CDU gewonnen?", ("22 von 33 Stichwahlen",)),
    SeedQuestion(
        "Was sagte Westphal nach der Niederlage?",
        (
            "Thomas Westphal: „Das hier ist nicht das Ende von Irgendwas“",
            "Ich weiß, dass es euch in diesem Moment nicht viel besser geht",
            "beschwor er den Willen",
            "Wir hatten die Ideen, wir hatten die Pläne",
        ),
    ),
    SeedQuestion(
        "Wer hat Kalouti im Wahlkampf unterstützt?",
        ("den parteilosen OB-Kandidaten Martin Cremer", "Inwiefern er einen OB Kalouti"),
    ),
    SeedQuestion(
        "Was fordern die Grünen vom neuen Oberbürgermeister?",
        (
            "Die Grünen stellen Anforderungen an den neuen OB",
            "verweist auf die inhaltlichen Schwerpunkte der Grünen",
            "eine gute Infrastruktur für Schüler:innen",
            "Also ÖPNV und Radverkehr",
            "auf dem Rücken der Schwächsten der Gesellschaft",
        ),
    ),
    SeedQuestion("Wie war die Wahlbeteiligung?", ("Die niedrige Wahlbeteiligung ist ein Grund",)),
    SeedQuestion(
        "Wie lange stellte die SPD in Dortmund den Oberbürgermeister?",
        ("Nach 80 Jahren hat diese Stadt", "erstmals seit 1946 den Chefsessel"),
    ),
    SeedQuestion(
        "Was sagte Wüst über den Wahlsieg?",
        (
            "Henrik Wüst: „Ein Sieg des Herzens",
            "Euer Wahlsieg ist das Wunder von Dortmund",
            "Heute ist es wahr geworden!",
            "ein „Sieg des Herzens und ein Sieg der Gemeinsamkeit",
        ),
    ),
    SeedQuestion(
        "Was plant Sascha Mader für die ersten hundert Tage?",
        ("ein Programm für die ersten hundert Tage",),
    ),
    SeedQuestion(
        "Was sagt die Linke zum Ausgang der Wahl?", ("überrascht über den Ausgang der Wahl",)
    ),
    SeedQuestion(
        "Wie will Martin Cremer den neuen Oberbürgermeister unterstützen?",
        ("Ich stehe mit meiner Expertise bereit",),
    ),
    SeedQuestion(
        "Was sagte Jendrik Suck zum Wahlergebnis?",
        ("ist sichtlich zufrieden mit dem Wahlergebnis",),
    ),
    SeedQuestion(
        "Ist Dortmund noch die Herzkammer der Sozialdemokratie?",
        (
            "Dortmund sei nicht mehr die Herzkammer der Sozialdemokratie",
            "die einstige Herzkammer der Sozialdemokratie",
        ),
    ),
    SeedQuestion("Spricht die SPD vom Ende einer Ära?", ("Vom Ende einer Ära zu sprechen",)),
)


def expected_lines(seed_text: str, question: SeedQuestion) -> frozenset[int]:
    """The 1-based line numbers of the seed that answer `question` (as the reader counts lines)."""
    lines = seed_text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    found: set[int] = set()
    for phrase in question.phrases:
        hits = [number for number, line in enumerate(lines, start=1) if phrase in line]
        if len(hits) != 1:
            raise ValueError(f"{phrase!r} must stand on exactly one line of the seed, not {hits}")
        found.add(hits[0])
    return frozenset(found)


@dataclass(frozen=True)
class AnswerKey:
    """The questions with their answering lines in one seed article."""

    article: str  # the seed's article id (its file name without .txt)
    questions: tuple[tuple[SeedQuestion, frozenset[int]], ...]

    @classmethod
    def of(cls, seed_path: Path) -> AnswerKey:
        text = seed_path.read_text(encoding="utf-8")
        pairs = tuple((q, expected_lines(text, q)) for q in SEED_QUESTIONS)
        return cls(seed_path.stem, pairs)

    def is_answered(self, lines: frozenset[int], results: Iterable[tuple[str, int]]) -> bool:
        """Whether one of the first three (article, line) results is an answering seed line."""
        top = list(results)[:3]
        return any(article == self.article and line in lines for article, line in top)
