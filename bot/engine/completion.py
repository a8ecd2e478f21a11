"""Autocomplete for slash-command arguments: people, topics, commands.

The people (most quoted first, then the parties) are prepared with the index and persisted with
it, so a restart does not sort tens of thousands of names again; topics and commands come from
the config and are prepared when the engine is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.config import Config
from bot.engine.choices import MAX_CHOICES, Choices
from bot.engine.index import CorpusIndex
from bot.engine.specs import COMPLETES_COMMAND, COMPLETES_PERSON, COMPLETES_TOPIC, CommandSpec


@dataclass(frozen=True)
class Completer:
    people: Choices
    topics: Choices
    commands: Choices

    @classmethod
    def build(cls, index: CorpusIndex, config: Config, specs: Sequence[CommandSpec]) -> Completer:
        words = [s.alias if config.language == "de" else s.name for s in specs]
        words += [s.name if config.language == "de" else s.alias for s in specs]
        return cls(
            people=index.people_choices,
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
