"""What every command handler gets: the index, the config, the command table and a random source.

Handlers are plain functions `(Context, argument) -> Reply`; the context is frozen, so the same
one can serve every thread that asks the engine at once.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.config import Config
from bot.engine.index import CorpusIndex
from bot.engine.reply import NOT_FOUND, OK, USAGE, Excerpt, Reply
from bot.engine.specs import CommandSpec
from bot.engine.strings import count, join_list, say

if TYPE_CHECKING:
    from bot.results.store import ResultsStore


@dataclass(frozen=True)
class Context:
    index: CorpusIndex
    config: Config
    specs: tuple[CommandSpec, ...]
    rng: random.Random  # only for the `random` command
    results: ResultsStore | None = None  # the official counts (live; see bot/results)
    # The fusion point for meaning: a question → per unit, how close in meaning (0 to 1) the
    # units nearest to it are (a sentence-embedding model's cosine); None: words alone.
    similar: Callable[[str], Mapping[int, float]] | None = None

    @property
    def language(self) -> str:
        return self.config.language

    @property
    def prefix(self) -> str:
        return self.config.prefix

    def say(self, key: str, **values: object) -> str:
        return say(self.language, key, **values)

    def count(self, key: str, n: int) -> str:
        return count(self.language, key, n)

    def join(self, items: list[str]) -> str:
        return join_list(self.language, items)

    def excerpts(self, unit_ids: list[int] | tuple[int, ...]) -> tuple[Excerpt, ...]:
        """The units' excerpts; a quotation published in several articles names the others."""
        return tuple(self._with_copies(u) for u in unit_ids)

    def _with_copies(self, unit_id: int) -> Excerpt:
        excerpt = self.index.excerpt(unit_id)
        refs = self.index.also_in(unit_id)
        return replace(excerpt, also_in=refs) if refs else excerpt

    def spec(self, name: str) -> CommandSpec:
        return next(s for s in self.specs if s.name == name)

    def usage(self, name: str) -> str:
        """How a command is typed, in the configured language: "!zitat <person>"."""
        spec = self.spec(name)
        word = spec.alias if self.language == "de" else spec.name
        argument = spec.argument
        if argument is None:
            return f"{self.prefix}{word}"
        arg = argument.name_de if self.language == "de" else argument.name_en
        return f"{self.prefix}{word} " + (f"<{arg}>" if argument.required else f"[{arg}]")

    # --- replies ------------------------------------------------------------------------------

    def ok(self, command: str, title: str, text: str = "", **fields: object) -> Reply:
        return Reply(OK, title, text, command=command, **fields)  # type: ignore[arg-type]

    def not_found(self, command: str | None, text: str, **fields: object) -> Reply:
        title = fields.pop("title", None) or self.say("title_not_found")
        return Reply(NOT_FOUND, str(title), text, command=command, **fields)  # type: ignore[arg-type]

    def needs_argument(self, name: str) -> Reply:
        spec = self.spec(name)
        assert spec.argument is not None
        argument = spec.argument
        description = argument.description_de if self.language == "de" else argument.description_en
        text = self.say("usage_needs", usage=self.usage(name), description=description)
        return Reply(USAGE, self.say("title_usage"), text, command=name)
