"""Command line: `python -m bot extract | dry-run | ask | fetch | run | invite-url`.

Every subcommand reads the same config; a config or usage problem is one line on stderr and exit
status 2, never a traceback. Discord is imported only by `run` and `invite-url`, so the console
starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import Config, ConfigError, default_config, load_config

EXIT_USAGE = 2


def resolve_config(path: str | None) -> tuple[Config, Path | None]:
    """--config FILE, else ./config.yaml if there is one, else the built-in default.

    Returns the config and the file it came from (None for the built-in default).
    """
    if path is not None:
        return load_config(path), Path(path)
    local = Path("config.yaml")
    if local.is_file():
        return load_config(local), local
    return default_config(), None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="The election-night bot: sourced answers from the night's articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--config",
            metavar="FILE",
            help="config file (default: ./config.yaml if present, else the built-in defaults)",
        )
        return p

    extract = with_config(sub.add_parser("extract", help="show what the articles contain"))
    extract.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="article files or folders (default: the configured seeds folder)",
    )
    extract.add_argument("--json", action="store_true", help="print the corpus as JSON")

    dry = with_config(sub.add_parser("dry-run", help="talk to the bot in the terminal"))
    dry.add_argument(
        "-c",
        "--command",
        dest="commands",
        action="append",
        metavar="CMD",
        help="answer this message and exit (repeatable)",
    )
    dry.add_argument(
        "--dm",
        action="store_true",
        help="act as a direct message (text without prefix is a question)",
    )
    dry.add_argument("--json", action="store_true", help="print each reply as one JSON object")

    ask = with_config(sub.add_parser("ask", help="answer one free question"))
    ask.add_argument("question", type=_question)
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")

    fetch = with_config(sub.add_parser("fetch", help="save web pages into the seeds folder"))
    fetch.add_argument("urls", nargs="+", metavar="URL", help="address of a news page")

    with_config(sub.add_parser("run", help="connect to Discord (token from DISCORD_TOKEN)"))

    invite = with_config(sub.add_parser("invite-url", help="print the URL to invite the bot"))
    invite.add_argument(
        "--client-id",
        type=int,
        metavar="ID",
        help="the application id (default: read from the token)",
    )
    return parser


def _question(text: str) -> str:
    """An `ask` argument: an empty one is a usage error, like a missing one."""
    if not text.strip():
        raise argparse.ArgumentTypeError('empty; ask something, e.g. "Wer hat die Wahl gewonnen?"')
    return text


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config, config_path = resolve_config(args.config)
    except ConfigError as error:
        print(f"config error: {error}", file=sys.stderr)
        return EXIT_USAGE
    # `fetch` writes into the seeds folder and makes it when it saves the first page.
    reads_seeds = args.command not in ("invite-url", "fetch") and not getattr(args, "paths", None)
    if reads_seeds and not config.seeds.is_dir():
        where = f" (set 'seeds' in {config_path})" if config_path else ""
        print(f"error: {config.seeds}: the seeds folder does not exist{where}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "extract":
        return _extract(config, args.paths, as_json=args.json)
    if args.command == "dry-run":
        from bot.console.dryrun import run_console, run_once

        if args.commands:
            return run_once(config, args.commands, dm=args.dm, as_json=args.json)
        return run_console(config, config_path, dm=args.dm)
    if args.command == "ask":
        from bot.console.dryrun import ask_once

        return ask_once(config, args.question, as_json=args.json)
    if args.command == "fetch":
        return _fetch(config, args.urls)
    if args.command == "run":
        from bot.discord_door.runner import run_bot

        return run_bot(config, config_path)
    if args.command == "invite-url":
        from bot.discord_door.runner import print_invite_url

        return print_invite_url(config, args.client_id)
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands


def _extract(config: Config, paths: list[Path], *, as_json: bool) -> int:
    from bot.corpus.export import corpus_summary, corpus_to_json
    from bot.corpus.loading import load_corpus

    result = load_corpus(paths or [config.seeds], config.max_article_bytes)
    for line in (*result.warnings, *result.problems):
        print(line, file=sys.stderr)
    if as_json:
        json.dump(corpus_to_json(result.articles), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(corpus_summary(result.articles))
    return 0 if result.articles or not result.problems else 1


def _fetch(config: Config, urls: list[str]) -> int:
    """`fetch URL …`: one line per address, the file saved or why not; 1 if any failed."""
    from bot.web.http import FetchError, HostPacer
    from bot.web.importer import import_page

    pacer = HostPacer(config.fetch.min_interval_per_host)
    failed = 0
    for url in urls:
        try:
            result = import_page(url, config.seeds, config.fetch, pacer)
        except FetchError as error:
            failed += 1
            print(error, file=sys.stderr)
            continue
        print(result.line())
    return 1 if failed else 0
