"""An engine over the seed and generated variants of it, for tests of the paths that matter at
scale (many near-identical articles, common words everywhere, ties)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from benchmarks.generate_corpus import generate_articles
from benchmarks.scale_queries import build_queries
from bot.config import load_config, project_root
from bot.corpus.loading import build_article
from bot.engine.engine import Engine


def generated_engine(size: int, queries_per_command: int = 60) -> tuple[Engine, list]:
    """The engine over `size` generated articles, and the benchmark's queries for them."""
    generated = list(generate_articles(size))
    articles = [
        build_article(Path(f"{g.stem}.txt"), g.text.encode(), g.sidecar.encode() or None)[0]
        for g in generated
    ]
    config = replace(
        load_config(project_root() / "config.example.yaml"), cache_dir=None, reload_interval=0
    )
    engine = Engine(sorted(articles, key=lambda a: a.path), config, rng=random.Random(1))
    return engine, build_queries(generated, queries_per_command)
