"""An unknown `!word`: the nearest commands, so a typo costs one look, not a guess."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.engine.context import Context
from bot.engine.folding import fold
from bot.engine.reply import Reply
from bot.engine.safe_text import one_line

CLOSE_COMMAND = 80.0  # this close to a command word, it is taken for a typo of it
SUGGEST_COMMAND = 60.0
MAX_SUGGESTIONS = 3


def _command_words(ctx: Context) -> list[tuple[str, str]]:
    """(folded word, as shown) for every command word: the configured language's first."""
    words: list[tuple[str, str]] = []
    for spec in ctx.specs:
        first, second = (spec.alias, spec.name) if ctx.language == "de" else (spec.name, spec.alias)
        for word in dict.fromkeys((first, second)):
            words.append((fold(word), ctx.prefix + first))
    return words


def nearest_commands(ctx: Context, word: str, cutoff: float = SUGGEST_COMMAND) -> list[str]:
    """Command words close to `word`, best first, as the user would type them ("!zitat")."""
    key = fold(word)
    if not key:
        return []
    candidates = _command_words(ctx)
    found = process.extract(
        key,
        [folded for folded, _ in candidates],
        scorer=fuzz.ratio,
        processor=None,
        limit=MAX_SUGGESTIONS * 2,
        score_cutoff=cutoff,
    )
    shown = [candidates[position][1] for _, _, position in found]
    return list(dict.fromkeys(shown))[:MAX_SUGGESTIONS]


def unknown_command(ctx: Context, word: str, command: str | None = None) -> Reply:
    """No such command: say so, and suggest the nearest ones (or help)."""
    typed = one_line(ctx.prefix + word, 40)
    options = nearest_commands(ctx, word)
    help_word = ctx.prefix + (ctx.spec("help").alias if ctx.language == "de" else "help")
    text = ctx.say("unknown_command", command=typed)
    if options:
        text += " " + ctx.say("unknown_try", options=ctx.join(options), help=help_word)
    else:
        text += " " + ctx.say("unknown_help", help=help_word)
    return ctx.not_found(
        command, text, title=ctx.say("title_unknown_command"), suggestions=tuple(options)
    )
