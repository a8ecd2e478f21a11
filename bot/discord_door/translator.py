"""German names and descriptions of slash commands for German Discord clients (`/zitat`).

Each name or description is a `locale_str` holding the English text, with the German one in its
extras under the locale's value (`de`). Discord shows the German text to clients set to German and
the English one to everybody else; which command runs is the same either way.
"""

from __future__ import annotations

import discord
from discord import app_commands

GERMAN = discord.Locale.german  # "de"
_NAMES = (
    app_commands.TranslationContextLocation.command_name,
    app_commands.TranslationContextLocation.group_name,
    app_commands.TranslationContextLocation.parameter_name,
)


def localized(english: str, german: str | None = None) -> app_commands.locale_str:
    """A text Discord shows in English, and in German to German clients when `german` is given."""
    extras = {GERMAN.value: german} if german and german != english else {}
    return app_commands.locale_str(english, **extras)


class GermanTranslator(app_commands.Translator):
    """Answers discord.py's translation requests from the German text stored in each locale_str."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        text = string.extras.get(locale.value)
        if not isinstance(text, str) or not text:
            return None
        if context.location in _NAMES:
            return text.lower()  # Discord's command and option names are lower case
        return text
