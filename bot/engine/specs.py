"""What commands there are: names (English), German aliases, descriptions, their argument.

The doors read these to register slash commands (with German localisations) and to write help;
the engine reads them to route a typed command. Topic commands come from the config.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Topic
from bot.engine.strings import say

DESCRIPTION_MAX = 100  # Discord's limit for command and option descriptions

# What an argument's autocomplete offers.
COMPLETES_PERSON = "person"
COMPLETES_TOPIC = "topic"
COMPLETES_COMMAND = "command"
COMPLETES_ELECTION = "election"


@dataclass(frozen=True)
class ArgumentSpec:
    """The one argument a command takes (the rest of the message after the command word)."""

    name_en: str
    name_de: str
    description_en: str
    description_de: str
    required: bool
    completes: str | None = None  # one of the COMPLETES_… above


@dataclass(frozen=True)
class CommandSpec:
    """One command as the doors register it and help lists it."""

    name: str  # English, as slash command and canonical name
    alias: str  # German
    description_en: str
    description_de: str
    argument: ArgumentSpec | None = None
    is_topic: bool = False

    def description(self, language: str) -> str:
        return self.description_en if language == "en" else self.description_de


def _clip(text: str) -> str:
    return text if len(text) <= DESCRIPTION_MAX else text[: DESCRIPTION_MAX - 1].rstrip() + "…"


def _argument(
    name_en: str, name_de: str, key: str, required: bool, completes: str | None = None
) -> ArgumentSpec:
    return ArgumentSpec(
        name_en, name_de, _clip(say("en", key)), _clip(say("de", key)), required, completes
    )


def _command(name: str, alias: str, argument: ArgumentSpec | None = None) -> CommandSpec:
    key = f"desc_{name}"
    return CommandSpec(name, alias, _clip(say("en", key)), _clip(say("de", key)), argument)


BUILTIN_COMMANDS: tuple[CommandSpec, ...] = (
    _command(
        "quote", "zitat", _argument("person", "person", "arg_person_n", False, COMPLETES_PERSON)
    ),
    _command(
        "random", "zufall", _argument("person", "person", "arg_person", False, COMPLETES_PERSON)
    ),
    _command("who", "wer", _argument("person", "person", "arg_person", True, COMPLETES_PERSON)),
    _command("people", "personen"),
    _command("search", "suche", _argument("text", "text", "arg_text", True)),
    _command("facts", "fakten", _argument("topic", "thema", "arg_topic", False, COMPLETES_TOPIC)),
    _command("ask", "frage", _argument("question", "frage", "arg_question", True)),
    _command("sources", "quellen"),
    _command(
        "results",
        "ergebnis",
        _argument("election", "wahl", "arg_election", False, COMPLETES_ELECTION),
    ),
    _command(
        "help", "hilfe", _argument("command", "befehl", "arg_command", False, COMPLETES_COMMAND)
    ),
)


# The owner's maintenance commands (prefix only, see `bot/discord_door/owner.py`).
OWNER_COMMANDS = ("reload", "sync", "add")


def topic_spec(topic: Topic) -> CommandSpec:
    """A topic command from the config; its own description, or a generic one."""
    de = topic.description or say("de", "desc_topic", name=topic.name)
    en = topic.description or say("en", "desc_topic", name=topic.name)
    return CommandSpec(topic.name, topic.name, _clip(en), _clip(de), None, is_topic=True)


def all_specs(topics: tuple[Topic, ...]) -> tuple[CommandSpec, ...]:
    """Built-in commands, then the config's topics that do not clash with a command word."""
    taken = {w for spec in BUILTIN_COMMANDS for w in (spec.name, spec.alias)}
    specs = list(BUILTIN_COMMANDS)
    for topic in topics:
        if topic.name not in taken:
            taken.add(topic.name)
            specs.append(topic_spec(topic))
    return tuple(specs)
