"""The engine's commands as hybrid commands: one definition answers `!quote Westerkamp` and
`/quote person:Westerkamp` alike.

Everything comes from `Engine.command_specs()`: names (English; German as alias and as the slash
name German clients see), descriptions, the one optional argument and what it autocompletes.
A message command hands the whole message to `Engine.handle_message` (the same call the dry-run
console makes); a slash command calls `Engine.run_command` with the option's value.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from discord import app_commands
from discord.ext import commands

from bot.discord_door.translator import localized

if TYPE_CHECKING:
    import discord

    from bot.discord_door.client import ElectionBotMixin
    from bot.engine.specs import CommandSpec

log = logging.getLogger(__name__)

MAX_CHOICES = 25  # Discord: at most 25 autocomplete choices …
MAX_CHOICE_TEXT = 100  # … with names and values of at most 100 characters
MAX_DESCRIPTION = 100  # command and option descriptions
ENGINE_COMMAND = "engine_command"  # key in Command.extras marking the generated commands


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, marking a cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def make_autocomplete(
    what: str,
) -> Callable[[discord.Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]:
    """An autocomplete callback offering the engine's fuzzy matches for `what` (person, topic…)."""

    async def complete(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        bot: ElectionBotMixin = interaction.client  # type: ignore[assignment]
        values = bot.library.engine.complete(what, current, MAX_CHOICES)
        choices: list[app_commands.Choice[str]] = []
        for value in values:
            text = clip(str(value).strip(), MAX_CHOICE_TEXT)
            if text and all(choice.value != text for choice in choices):
                choices.append(app_commands.Choice(name=text, value=text))
        return choices[:MAX_CHOICES]

    return complete


def _callback(spec: CommandSpec) -> Callable[..., Coroutine[Any, Any, None]]:
    """The command's body; its signature decides the slash option (required or not)."""

    async def answer(ctx: commands.Context, argument: str) -> None:
        bot: ElectionBotMixin = ctx.bot
        if ctx.interaction is None:
            await bot.answer_message_command(ctx, spec.name, argument)
        else:
            await bot.answer_slash_command(ctx, spec.name, argument)

    if spec.argument is None:

        async def without_argument(ctx: commands.Context) -> None:
            await answer(ctx, "")

        return without_argument
    if spec.argument.required:

        async def with_required(ctx: commands.Context, *, argument: str) -> None:
            await answer(ctx, argument)

        return with_required

    async def with_optional(ctx: commands.Context, *, argument: str = "") -> None:
        await answer(ctx, argument)

    return with_optional


def make_command(spec: CommandSpec) -> commands.HybridCommand:
    """One hybrid command for `spec`, with German localisations and autocomplete."""
    callback = _callback(spec)
    argument = spec.argument
    if argument is not None:
        app_commands.rename(argument=localized(argument.name_en, argument.name_de))(callback)
        app_commands.describe(
            argument=localized(
                clip(argument.description_en, MAX_DESCRIPTION),
                clip(argument.description_de, MAX_DESCRIPTION),
            )
        )(callback)
        if argument.completes:
            app_commands.autocomplete(argument=make_autocomplete(argument.completes))(callback)
    aliases = [spec.alias] if spec.alias and spec.alias != spec.name else []
    return commands.HybridCommand(
        callback,
        name=localized(spec.name, spec.alias),
        description=localized(
            clip(spec.description_en, MAX_DESCRIPTION), clip(spec.description_de, MAX_DESCRIPTION)
        ),
        aliases=aliases,
        rest_is_raw=True,  # the engine gets the argument as typed, as from the slash option
        extras={ENGINE_COMMAND: spec},
    )


def make_commands(specs: tuple[CommandSpec, ...]) -> list[commands.HybridCommand]:
    """Hybrid commands for all specs; a spec discord.py refuses is logged and left out."""
    made: list[commands.HybridCommand] = []
    for spec in specs:
        try:
            made.append(make_command(spec))
        except (TypeError, ValueError) as error:
            log.error("cannot offer command %r on Discord: %s", spec.name, error)
    return made
