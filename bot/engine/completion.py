"""Autocomplete for slash-command arguments: people, topics, commands.

It runs on every keystroke, so the choices and their folded keys are prepared once per index;
a keystroke costs a prefix scan and, for three letters or more, one rapidfuzz pass. Prefix hits
come first (most quoted people first), then word-start hits, then typo-tolerant ones.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.config import Config
from bot.engine.folding import name_key
from bot.engine.index import CorpusIndex
from bot.engine.phonetics import cologne_code
from bot.engine.specs import COMPLETES_COMMAND, COMPLETES_PERSON, COMPLETES_TOPIC, CommandSpec

MAX_CHOICES = 25  # Discord's limit
CHOICE_MAX = 100  # characters per choice
FUZZY_FROM = 3  # letters typed before typo-tolerant matching starts
FUZZY_CUTOFF = 70.0
MIN_SOUND = 3  # sound-key digits needed before sounding alike counts


@dataclass(frozen=True)
class Choices:
    """One list of choices, in their default order, with a folded key each."""

    shown: tuple[str, ...]
    keys: tuple[str, ...]
    sounds: tuple[tuple[str, int], ...]  # (sound key of a word, choice), sorted

    @classmethod
    def of(cls, shown: Sequence[str]) -> Choices:
        unique = tuple(dict.fromkeys(s[:CHOICE_MAX] for s in shown if s.strip()))
        keys = tuple(name_key(s) for s in unique)
        sounds = sorted(
            {(cologne_code(word), i) for i, key in enumerate(keys) for word in key.split()}
        )
        return cls(unique, keys, tuple(s for s in sounds if s[0]))

    def _sounding_like(self, key: str) -> list[int]:
        """Choices with a word beginning with the sound of what was typed ("Westfa": Westphal)."""
        code = cologne_code(key.replace(" ", ""))
        if len(code) < MIN_SOUND:
            return []
        found = []
        i = bisect_left(self.sounds, (code, -1))
        while i < len(self.sounds) and self.sounds[i][0].startswith(code):
            found.append(self.sounds[i][1])
            i += 1
        return found

    def complete(self, current: str, limit: int) -> list[str]:
        limit = max(0, min(limit, MAX_CHOICES))
        key = name_key(current[:CHOICE_MAX])
        if not key:
            return list(self.shown[:limit])
        prefix = [i for i, k in enumerate(self.keys) if k.startswith(key)]
        word_start = [
            i for i, k in enumerate(self.keys) if f" {key}" in f" {k}" and not k.startswith(key)
        ]
        found = dict.fromkeys(prefix + word_start)
        if len(found) < limit and len(key) >= FUZZY_FROM:
            found.update(dict.fromkeys(self._sounding_like(key)))
        if len(found) < limit and len(key) >= FUZZY_FROM:
            for _, _, i in process.extract(
                key,
                self.keys,
                scorer=fuzz.WRatio,
                processor=None,
                limit=limit,
                score_cutoff=FUZZY_CUTOFF,
            ):
                found.setdefault(i)
        return [self.shown[i] for i in list(found)[:limit]]


@dataclass(frozen=True)
class Completer:
    people: Choices
    topics: Choices
    commands: Choices

    @classmethod
    def build(cls, index: CorpusIndex, config: Config, specs: Sequence[CommandSpec]) -> Completer:
        entries = index.people.entries
        quoted = sorted(
            range(len(entries)),
            key=lambda i: (
                -len(index.quotes_by_person[i]) - len(index.reported_by_person[i]),
                -len(index.person_own[i]),
                entries[i].name,
            ),
        )
        parties = sorted({e.party for e in entries if e.party})
        words = [s.alias if config.language == "de" else s.name for s in specs]
        words += [s.name if config.language == "de" else s.alias for s in specs]
        return cls(
            people=Choices.of([entries[i].name for i in quoted] + parties),
            topics=Choices.of([t.name for t in config.topics]),
            commands=Choices.of(words),
        )

    def complete(self, what: str, current: str, limit: int = MAX_CHOICES) -> list[str]:
        choices = {
            COMPLETES_PERSON: self.people,
            COMPLETES_TOPIC: self.topics,
            COMPLETES_COMMAND: self.commands,
        }.get(what)
        return choices.complete(current, limit) if choices is not None else []
