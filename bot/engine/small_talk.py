"""A greeting or a thank-you is not a question: it gets a short friendly reply that says how
to ask, in the language it was written in."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.context import Context
from bot.engine.reply import Reply

GREETINGS = frozenset(
    "hallo hi hey huhu moin moinsen servus gruss grusse gruezi tag morgen abend guten n8 "
    "hello hiya howdy good morning evening afternoon greetings".split()
)
THANKS = frozenset("danke dankeschon merci thx dank thanks thank ty cheers".split())
FILLERS = frozenset(
    "bot du dir euch ihr sehr vielen vielmals schon nochmal lieber liebe leute zusammen "
    "you so much a lot again there all everyone folks".split()
)
MAX_WORDS = 5
EXAMPLES = {"de": "Wer hat die Wahl gewonnen?", "en": "Who won the election?"}


def small_talk(ctx: Context, folded: Sequence[str]) -> Reply | None:
    """The reply to a greeting or thanks ("Hallo", "vielen Dank!"); None for anything else."""
    if not folded or len(folded) > MAX_WORDS:
        return None
    if not all(word in GREETINGS or word in THANKS or word in FILLERS for word in folded):
        return None
    thanked = any(word in THANKS for word in folded)
    if not thanked and not any(word in GREETINGS for word in folded):
        return None
    key = "thanks" if thanked else "greeting"
    example = EXAMPLES.get(ctx.language, EXAMPLES["de"])
    help_usage = ctx.usage("help")
    return ctx.ok("ask", ctx.say(f"title_{key}"), ctx.say(key, example=example, help=help_usage))


def after_greeting(folded: list[str]) -> list[str]:
    """A question's words without the greeting it opens with ("Hallo, wer hat gewonnen?")."""
    start = 0
    while start < len(folded) - 1 and folded[start] in GREETINGS | FILLERS:
        start += 1
    greeted = not GREETINGS.isdisjoint(folded[:start])
    return folded[start:] if greeted else folded
