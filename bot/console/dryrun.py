"""The dry-run console: each line is handled as a Discord message and answered as Discord would.

It calls the same `Engine.handle_message` the Discord door calls, and prints the same text
rendering Discord gets as message content, so what you see here is what a server would see.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.config import Config
from bot.engine.engine import Engine, warm_up_in_background
from bot.engine.render import render_text
from bot.engine.reply import Reply
from bot.engine.safe_text import unescape_markdown
from bot.library import Library, Refresh
from bot.results.polling import ResultsPoller
from bot.results.store import Update

QUIT = (":quit", ":q", ":exit")
HISTORY_FILE = Path.home() / ".election_night_bot_history"


def _load(config: Config, err: TextIO, config_path: Path | None = None) -> Library:
    library, result = Library.open(config, config_path)
    for line in (*result.warnings, *result.problems):
        print(line, file=err)
    if not library.engine.index.articles:
        print(f"no articles could be read from {config.seeds}", file=err)
    return library


def format_reply(reply: Reply, language: str) -> str:
    """The reply's pages as Discord displays them (its markdown escapes undone: a terminal does
    not render them), numbered pages separated by a rule; an image (a results chart) is a file,
    shown by its path."""
    pages = render_text(reply, language)
    label = "Grafik" if language == "de" else "Chart"
    images = [f"[{label}: {path}]" for path in reply.images]
    text = "\n\n---\n\n".join(unescape_markdown(page) for page in pages)
    return text + "".join(f"\n{line}" for line in images)


def _results_poller(library: Library, err: TextIO) -> ResultsPoller:
    """Reads the configured official results once now (problems to `err`); `start()` goes on
    reading them at their intervals."""
    language = library.config.language

    def note(update: Update) -> None:
        from bot.results.answers import update_note  # (only when results are configured)

        print(f"({update_note(update, library.results, language)})", file=err)

    poller = ResultsPoller(library.results, note, lambda: library.config.fetch)
    poller.poll_due()
    return poller


def no_reply_note(language: str) -> str:
    if language == "en":
        return "(no reply: in a server the bot answers only its prefix commands and mentions)"
    return (
        "(keine Antwort: auf einem Server antwortet der Bot nur auf Befehle mit Präfix "
        "und Erwähnungen)"
    )


def _answer(
    engine: Engine, config: Config, text: str, dm: bool, as_json: bool, out: TextIO, err: TextIO
) -> None:
    _show(engine.handle_message(text, dm=dm), config, as_json, out, err)


def _show(reply: Reply | None, config: Config, as_json: bool, out: TextIO, err: TextIO) -> None:
    """Print a reply as Discord would show it, or as one JSON line; say so when there is none."""
    if reply is None:
        print(no_reply_note(config.language), file=err)
    elif as_json:
        print(json.dumps(reply.to_json(), ensure_ascii=False), file=out)
    else:
        print(format_reply(reply, config.language), file=out)


def run_once(
    config: Config,
    commands: Sequence[str],
    *,
    dm: bool = False,
    as_json: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Answer each command (as a server message, or a DM with `dm`) and return."""
    out = out or sys.stdout
    err = err or sys.stderr
    library = _load(config, err)
    _results_poller(library, err)
    engine = library.engine
    for index, text in enumerate(commands):
        if index and not as_json:
            print(file=out)
        _answer(engine, config, text, dm, as_json, out, err)
    return 0


def ask_once(
    config: Config,
    question: str,
    *,
    as_json: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Answer one free question, as the bot would in a direct message."""
    out = out or sys.stdout
    err = err or sys.stderr
    library = _load(config, err)
    _results_poller(library, err)
    _show(library.engine.run_command("ask", question), config, as_json, out, err)
    return 0


def _enable_line_editing() -> None:
    """Line editing and history where the terminal has readline."""
    try:
        import atexit
        import readline
    except ImportError:  # pragma: no cover - e.g. Windows without pyreadline
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY_FILE)

    atexit.register(save)


def banner(config: Config, engine: Engine, dm: bool) -> str:
    where = "DM" if dm else "Server"
    if config.language == "en":
        return (
            f"Election-night bot, dry run ({where}). Try {config.prefix}help, "
            f"{config.prefix}quote <name>"
            + (" or just ask a question" if dm else "")
            + ". :quit to leave."
        )
    return (
        f"Wahlabend-Bot, Probelauf ({where}). Probier {config.prefix}hilfe, "
        f"{config.prefix}zitat <Name>"
        + (" oder stell einfach eine Frage" if dm else "")
        + ". :quit beendet."
    )


def refresh_note(result: Refresh) -> str:
    """What the watcher picked up, for the console's stderr: changes first, then problems.

    In English, as every operator's note is (the CLI's errors, the log, the problems with a
    file): one language per note, whatever language the bot answers in."""
    lines = [*result.problems, *result.warnings]
    if result.changed:
        lines.insert(0, "articles: " + result.summary("en"))
    return "\n".join(f"({line})" for line in lines)


def run_console(
    config: Config,
    config_path: Path | None = None,
    *,
    dm: bool = False,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Read lines until end of input or :quit; answer each one from the current articles.

    New, changed and removed articles in the seeds folder are picked up while it runs.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    stdin = stdin or sys.stdin
    library = _load(config, err, config_path)
    warm_up_in_background()  # while the banner is read: the first question does not wait

    def note(result: Refresh) -> None:
        print(refresh_note(result), file=err)

    from bot.web.feeds import follow_feeds  # not imported by a one-shot `dry-run -c`

    watcher = library.watch(note)
    feeds = follow_feeds(library, note)  # new feed entries show up here as they do in Discord
    poller = _results_poller(library, err).start()
    try:
        return _console_loop(library, config, dm, stdin, out, err)
    finally:
        poller.stop()
        watcher.stop()
        feeds.stop()


def _console_loop(
    library: Library, config: Config, dm: bool, stdin: TextIO, out: TextIO, err: TextIO
) -> int:
    interactive = stdin.isatty()
    if interactive:
        _enable_line_editing()
    print(banner(config, library.engine, dm), file=out)
    while True:
        try:
            line = input("> ") if interactive else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            print(file=out)
            break
        if not interactive and line == "":
            break
        line = line.strip()
        if not line:
            continue
        if line in QUIT:
            break
        _answer(library.engine, config, line, dm, False, out, err)
        out.flush()
    return 0
