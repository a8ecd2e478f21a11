"""One fingerprint per question block of every reply the engine gives: proof that a change
meant to be only faster changes no answer.

`questions_eval` prints totals; two versions can answer differently and still score the same.
This asks every block's questions (engine only, no FTS5) and prints, per block, a hash of the
replies as the command line's JSON contract gives them (`Reply.to_json`): titles, texts,
excerpts and their order. Run it before and after, and diff the two outputs. A blind block's
line says only whether something changed, never what, so it may be compared like the others.

    PYTHONPATH=. .venv/bin/python -m benchmarks.answer_digest > before.txt
    PYTHONPATH=. .venv/bin/python -m benchmarks.answer_digest --only dev --only dev2
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import replace

from benchmarks.questions_eval import BLOCKS, QUESTIONS, load_articles, load_questions
from bot.config import default_config
from bot.engine.engine import Engine


def block_digest(half: str) -> tuple[int, str]:
    """How many questions a block asks, and the hash of the engine's replies to them."""
    block = next(b for b in BLOCKS if b.half == half)
    articles = load_articles(block.folders)
    split = block.questions == QUESTIONS
    questions = load_questions(articles, block.questions, split=split, half=block.half)
    config = replace(default_config(), cache_dir=None, reload_interval=0)
    engine = Engine(articles, config, rng=random.Random(7))
    digest = hashlib.sha256()
    for question in questions:
        reply = engine.run_command("ask", question.text)
        digest.update(json.dumps(reply.to_json(), ensure_ascii=False, sort_keys=True).encode())
    return len(questions), digest.hexdigest()[:16]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--only",
        action="append",
        choices=[b.half for b in BLOCKS],
        help="this block only (repeatable); every block by default",
    )
    args = parser.parse_args(argv)
    for block in BLOCKS:
        if not args.only or block.half in args.only:
            count, digest = block_digest(block.half)
            print(f"{block.half:10} {count:4} {digest}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
