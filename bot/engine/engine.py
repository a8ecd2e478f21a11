"""The engine every door calls: a message or a command in, a platform-neutral `Reply` out.

Building one indexes the articles (a moment for a large corpus: callers build it off the event
loop and swap the finished engine in). After that it is read-only and safe to share between
threads; the only state that moves is the random source of the `random` command, and the
official counts in its `ResultsStore`, which a poller updates (thread-safe; see bot/results).
"""

from __future__ import annotations

import logging
import random
import re
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.config import Config
from bot.corpus.model import Article
from bot.engine import lexicon
from bot.engine.choices import MAX_CHOICES
from bot.engine.completion import Completer
from bot.engine.context import Context
from bot.engine.folding import fold
from bot.engine.index import CorpusIndex, build_index
from bot.engine.info_answers import find_spec, help_reply, sources
from bot.engine.person_answers import people, quote, random_quote, who
from bot.engine.questions import ask, kind_of
from bot.engine.reply import ERROR, NOT_FOUND, Reply
from bot.engine.safe_text import clean
from bot.engine.specs import COMPLETES_ELECTION, CommandSpec, all_specs
from bot.engine.strings import say
from bot.engine.text_answers import corpus_topic, facts, find_topic, search, topic
from bot.engine.unknown import CLOSE_COMMAND, nearest_commands, unknown_command
from bot.results.store import ResultsStore

log = logging.getLogger(__name__)

Handler = Callable[[Context, str], Reply]


def chart_folder(config: Config) -> Path:
    """Where result charts are written: beside the index cache, or in the temporary folder."""
    if config.cache_dir is not None:
        return config.cache_dir / "charts"
    return Path(tempfile.gettempdir()) / "election-night-bot-charts"


# The official count's answers (and their chart drawing) are imported when first asked for: a
# start that only quotes or searches does not compile them. A door that keeps running imports
# them in the background right after it starts (`warm_up_in_background`), so that its first
# reader's question does not wait for them; a one-shot command never does.


def import_answer_modules() -> None:
    """Import what the first free question or results command needs, once per process."""
    import bot.results.answers  # noqa: F401  (imported once: later imports find it loaded)


def warm_up_in_background() -> threading.Thread:
    """Start `import_answer_modules` in a daemon thread (a long-running door, after its start)."""
    thread = threading.Thread(target=import_answer_modules, name="warm-up", daemon=True)
    thread.start()
    return thread


def results(ctx: Context, argument: str) -> Reply:
    """`!ergebnis [Ort|Wahl]`: the official count (bot/results)."""
    from bot.results.answers import results_reply

    folder = chart_folder(ctx.config)
    return results_reply(
        ctx.results, argument, language=ctx.language, prefix=ctx.prefix, chart_folder=folder
    )


def ask_results_first(ctx: Context, argument: str) -> Reply:
    """A free question: the official count answers what it holds, the articles the rest."""
    from bot.results.answers import answer_question

    return answer_question(ctx.results, argument, ctx.language) or ask(ctx, argument)


HANDLERS: dict[str, Handler] = {
    "quote": quote,
    "random": random_quote,
    "who": who,
    "people": people,
    "search": search,
    "facts": facts,
    "ask": ask_results_first,
    "sources": sources,
    "results": results,
    "help": help_reply,
}
# The command word (trailing punctuation allowed: "!stichwahlen?"), then the argument.
_COMMAND_RE = re.compile(r"([^\W_][\w-]*)[^\w\s]*(?:\s+(.*))?", re.DOTALL)
# Words that open a question typed as if it were a command ("!warum hat … verloren?").
_QUESTION_OPENERS = frozenset(w for key in lexicon.QUESTION_WORDS for w in key[:1]) | {
    "was",
    "wie",
    "welche",
    "welcher",
    "welches",
}


class Engine:
    """Answers commands and questions from an index of `articles`."""

    def __init__(
        self,
        articles: Sequence[Article],
        config: Config,
        *,
        rng: random.Random | None = None,
        index: CorpusIndex | None = None,
        results: ResultsStore | None = None,
    ) -> None:
        """`index`: one already built over these `articles` (see `from_index`); `results`: the
        live official counts (kept by the library across engines), else a store of its own."""
        self.config = config
        self.index: CorpusIndex = index if index is not None else build_index(articles)
        self.results = results if results is not None else ResultsStore(config.results)
        self._specs = all_specs(config.topics)
        self._context = Context(
            self.index, config, self._specs, rng or random.Random(), self.results
        )
        self._completer = Completer.build(self.index, config, self._specs)

    @classmethod
    def from_index(
        cls,
        index: CorpusIndex,
        config: Config,
        *,
        rng: random.Random | None = None,
        results: ResultsStore | None = None,
    ) -> Engine:
        """The engine over an index already built (or loaded from the persisted cache)."""
        return cls((), config, rng=rng, index=index, results=results)

    # --- the doors' entry points ------------------------------------------------------------

    def handle_message(
        self, text: str, *, dm: bool = False, mentioned: bool = False
    ) -> Reply | None:
        """A message as typed. Prefix commands everywhere; in a DM, or when the bot was
        mentioned (the door strips the mention), other text is a question. None: not for us."""
        text = clean(text).strip()
        prefix = self.config.prefix
        if text.startswith(prefix):
            match = _COMMAND_RE.fullmatch(text[len(prefix) :])
            if match:
                return self.run_command(match.group(1), match.group(2) or "")
        if mentioned and not text:
            return self.run_command("help")
        if (dm or mentioned) and text:
            return self.run_command("ask", text)
        return None

    def run_command(self, name: str, argument: str = "") -> Reply:
        """A command by English name, German alias or topic name, with its raw argument."""
        try:
            return self._dispatch(clean(name).strip(), clean(argument))
        except Exception:  # one bad answer must not take the bot down; the log has the details
            log.exception("command %r failed", name[:40])
            language = self.config.language
            return Reply(ERROR, say(language, "title_error"), say(language, "error"), command=None)

    def question_kind(self, text: str) -> str:
        """What kind of question the reader takes `text` for (`questions.kind_of`)."""
        return kind_of(self._context, clean(text))

    def command_specs(self) -> tuple[CommandSpec, ...]:
        """Every command, topics included, for slash registration and help."""
        return self._specs

    def complete(self, what: str, current: str, limit: int = MAX_CHOICES) -> list[str]:
        """Autocomplete choices for "person", "topic", "command" or "election", best first."""
        if what == COMPLETES_ELECTION:
            return [s.source.place for s in self.results.find(current)][:limit]
        return self._completer.complete(what, current, limit)

    # --- routing ----------------------------------------------------------------------------

    def _dispatch(self, name: str, argument: str) -> Reply:
        ctx = self._context
        word = name.removeprefix(self.config.prefix)
        spec = find_spec(ctx, word)
        if spec is not None and not spec.is_topic:
            reply = HANDLERS[spec.name](ctx, argument)
            if spec.name == "who" and _asks_instead(reply, argument):
                return ask_results_first(ctx, f"{word} {argument}")  # "!wer hat gewonnen?" asks
            return reply
        configured = find_topic(ctx, word)
        if configured is not None:
            return topic(ctx, configured)
        key = fold(word)
        if key in _QUESTION_OPENERS:
            return ask_results_first(ctx, f"{word} {argument}")
        if nearest_commands(ctx, word, CLOSE_COMMAND):
            return unknown_command(ctx, word)
        return corpus_topic(ctx, word) or unknown_command(ctx, word)


def _asks_instead(reply: Reply, argument: str) -> bool:
    """`wer` is German for "who" and a question word: "!wer hat gewonnen?" names nobody."""
    return reply.status == NOT_FOUND and not reply.suggestions and len(argument.split()) >= 2
