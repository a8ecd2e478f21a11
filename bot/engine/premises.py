"""A false premise (issue 11): "warum hat X verloren" when the articles say X won, "why did X
win" when they name another winner beside X, "warum hat der Rat X abgelehnt" when they say it
passed. No line gives the reason asked for, since what the question takes for granted did not
happen; the honest reply says so, with the line that says what did happen, instead of a
passage that shares the question's words.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.engine import english, lexicon
from bot.engine.context import Context
from bot.engine.folding import words
from bot.engine.index import CorpusIndex, is_speech
from bot.engine.reply import Reply

# A body's decision, folded: passed or turned down ("hat … beschlossen", "lehnte … ab")
PASSED = frozenset(
    "beschlossen beschliesst beschloss zugestimmt genehmigt genehmigte bewilligt gebilligt "
    "angenommen approved passed".split()
)
TURNED_DOWN = frozenset(
    "abgelehnt lehnt lehnte abgewiesen verworfen gestoppt stoppt rejected".split()
)
# "genehmigt den Etat nicht": a decision turned the other way
NEGATIONS = frozenset("nicht kein keine keinen nie not never".split())
# The best lines the ranking found for the question, where a decision asked about is stated
# (a sentence may come as a passage and as reported speech of the body: twice)
DECISION_LINES = 6

# The one person a unit's reporting names as the winner (`lost`: the loser), or None
# (`questions.named_outcome`).
NamedOutcome = Callable[[CorpusIndex, int, bool], int | None]


def asked_outcome(index: CorpusIndex, folded: list[str]) -> bool | None:
    """Whether a question takes a loss (True) or a win (False) for granted: "warum hat X
    verloren", "why did X win"; None if it speaks of neither or of both."""
    stems = {index.stem(word) for word in (*folded, *english.to_german(folded))}  # "lose"
    lost = not lexicon.LOSE_STEMS.isdisjoint(stems)
    won = not lexicon.WIN_STEMS.isdisjoint(stems)
    return lost if lost != won else None


def false_outcome(
    ctx: Context, person: int, lost: bool, title: str, named: NamedOutcome
) -> Reply | None:
    """The honest no to "warum hat X verloren" (`lost`) or "warum hat X gewonnen" when the
    articles' own reporting says the opposite of X, or names somebody else as the winner in a
    paragraph that names X; None when they agree with the question or say nothing."""
    index = ctx.index
    own = [u for u in index.person_own[person] if _reporting(index, u)]
    won_lines = [u for u in own if named(index, u, False) == person]
    lost_lines = [u for u in own if named(index, u, True) == person]
    name = index.people.entries[person].name
    if lost and won_lines and not lost_lines:
        note = ctx.say("premise_won_not_lost", name=name)
        return ctx.not_found("ask", note, title=title, excerpts=ctx.excerpts(won_lines[:1]))
    if not lost and lost_lines and not won_lines:
        note = ctx.say("premise_lost_not_won", name=name)
        return ctx.not_found("ask", note, title=title, excerpts=ctx.excerpts(lost_lines[:1]))
    if lost or won_lines or lost_lines:
        return None
    others = _winners_beside(index, own, person, named)
    if len({winner for winner, _ in others}) != 1:
        return None
    winner, line = others[0]
    note = ctx.say("premise_other_won", name=name, winner=index.people.entries[winner].name)
    return ctx.not_found("ask", note, title=title, excerpts=ctx.excerpts([line]))


def _winners_beside(
    index: CorpusIndex, own: list[int], person: int, named: NamedOutcome
) -> list[tuple[int, int]]:
    """(winner, line) for each line of a paragraph naming `person` whose reporting names
    somebody else as the winner: "Franziska Beispiel wird neue Oberbürgermeisterin. … kam
    sie auf 50,4 Prozent, Amtsinhaber Bernd Muster auf 49,6 Prozent"."""
    found = []
    blocks = sorted({index.columns.block[u] for u in own})
    for block in blocks:
        for unit in index.block_units[block]:
            if not _reporting(index, unit):
                continue
            winner = named(index, unit, False)
            if winner is not None and winner != person:
                found.append((winner, unit))
    return found


def _reporting(index: CorpusIndex, unit: int) -> bool:
    """Whether a unit is the paper's own reporting, not somebody's words ("Wir haben
    gewonnen" is a claim; who won is what the reporting says)."""
    return not is_speech(index.classes[unit])


def asked_decision(folded: list[str]) -> tuple[str, bool] | None:
    """Who decided and whether the question takes the decision as passed (True) or turned
    down: ("stadtrat", False) for "warum hat der Stadtrat Tempo 30 abgelehnt"; None if it
    names no decision or no decider right after the question word."""
    german = english.to_german(folded)
    passed = _passed(german)
    if passed is None:
        return None
    rest = [word for word in german[1:] if word not in lexicon.STOP_WORDS]
    return (rest[0], passed) if rest else None


def false_decision(
    ctx: Context, decider: str, passed: bool, lines: list[int], title: str
) -> Reply | None:
    """The honest no to "warum hat der Rat X abgelehnt" when the first of the best `lines` of
    the reporting that names the decider and a decision says the opposite ("Der Stadtrat hat
    … beschlossen", "Die Behörde genehmigt den Etat nicht") and none says what was asked."""
    index = ctx.index
    said = []
    for unit in lines:
        tokens = words(index.columns.text(unit))
        decision = _passed(tokens)
        claim = not lexicon.PLAIN_SAYING.isdisjoint(tokens) or not _reporting(index, unit)
        if decision is None or claim:
            continue  # "X sagte, solche Anträge würden abgelehnt": a claim, not the decision
        if decision == passed:
            return None
        if any(w.endswith(decider) or decider.endswith(w) for w in tokens if len(w) > 2):
            said.append(unit)
    if not said:
        return None
    note = ctx.say("premise_decided_otherwise")
    return ctx.not_found("ask", note, title=title, excerpts=ctx.excerpts(said[:1]))


def _passed(tokens: list[str]) -> bool | None:
    """Whether words state a decision passed (True) or turned down (False); None if neither
    or both."""
    passed = not PASSED.isdisjoint(tokens)
    if passed == (not TURNED_DOWN.isdisjoint(tokens)):
        return None
    return passed != (not NEGATIONS.isdisjoint(tokens))
