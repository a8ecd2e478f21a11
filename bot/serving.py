"""Build the engine from the configured seeds folder: the one place every door gets it from."""

from __future__ import annotations

from bot.config import Config
from bot.corpus.loading import LoadResult, load_corpus
from bot.engine.engine import Engine


def build_engine(config: Config) -> tuple[Engine, LoadResult]:
    """Load every article in the seeds folder and index it; bad files are listed, not fatal."""
    result = load_corpus([config.seeds], config.max_article_bytes)
    return Engine(result.articles, config), result
