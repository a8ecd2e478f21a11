"""The persisted index: used when nothing changed, rebuilt when an article or the code changes,
ignored (and rewritten) when corrupt; the config is applied to a loaded index as to a new one."""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Topic
from bot.corpus.model import Article
from bot.engine import index_cache
from bot.engine.engine import Engine
from bot.engine.index import CorpusIndex, build_index
from bot.engine.index_cache import INDEX_NAME, files_key, index_key, load_index, save_index
from tests.engine.conftest import MUSTER_TOPICS, musterstadt_article


@pytest.fixture
def builds(monkeypatch) -> list[int]:
    """Counts the index builds (`build_index` as `load_or_build_index` below calls it)."""
    calls: list[int] = []
    real = build_index

    def counted(articles):
        calls.append(len(articles))
        return real(articles)

    monkeypatch.setattr(sys.modules[__name__], "build_index", counted)
    return calls


def load_or_build_index(
    articles: Sequence[Article], folder: Path | None, content_keys: Sequence[str] | None = None
) -> CorpusIndex:
    """The index over `articles` as a restart would get it: loaded from `folder` if built
    there from the same articles by the same code, else built and saved there (None: built)."""
    if folder is None:
        return build_index(articles)
    key = index_key(articles, content_keys)
    index = load_index(folder, key)
    if index is None:
        index = build_index(articles)
        save_index(folder, key, index)
    return index


def test_an_unchanged_corpus_loads_the_persisted_index(tmp_path, seed_articles, builds):
    first = load_or_build_index(seed_articles, tmp_path)
    again = load_or_build_index(seed_articles, tmp_path)
    assert builds == [len(seed_articles)]
    assert again == first and again is not first


def test_a_changed_article_rebuilds_the_index(tmp_path, seed_articles, builds):
    load_or_build_index(seed_articles, tmp_path)
    block = seed_articles[0].blocks[-1]
    changed = replace(
        seed_articles[0],
        blocks=(*seed_articles[0].blocks[:-1], replace(block, text=block.text + " Nachtrag.")),
    )
    index = load_or_build_index((changed, *seed_articles[1:]), tmp_path)
    assert len(builds) == 2
    assert any(u.excerpt.text.endswith("Nachtrag.") for u in index.units)
    load_or_build_index((changed, *seed_articles[1:]), tmp_path)
    assert len(builds) == 2  # the rebuilt index was saved


def test_an_added_or_renamed_article_changes_the_key(seed_articles):
    key = index_key(seed_articles)
    other = musterstadt_article()
    assert index_key((*seed_articles, other)) != key
    assert index_key((replace(seed_articles[0], id="renamed"),)) != key
    assert index_key(seed_articles, ["k"]) != index_key(seed_articles, ["k2"])


def test_new_code_rebuilds_the_index(tmp_path, seed_articles, builds, monkeypatch):
    load_or_build_index(seed_articles, tmp_path)
    monkeypatch.setattr(index_cache, "code_version", lambda: "another version")
    load_or_build_index(seed_articles, tmp_path)
    assert len(builds) == 2


@pytest.mark.parametrize("content", [b"", b"not a cache", b"\x80\x05garbage"])
def test_a_corrupt_file_is_ignored_and_rewritten(tmp_path, seed_articles, builds, content):
    (tmp_path / INDEX_NAME).write_bytes(content)
    index = load_or_build_index(seed_articles, tmp_path)
    assert builds == [len(seed_articles)] and index.units
    load_or_build_index(seed_articles, tmp_path)
    assert len(builds) == 1  # the corrupt file was replaced by a good one


def test_a_truncated_file_is_ignored(tmp_path, seed_articles, builds):
    load_or_build_index(seed_articles, tmp_path)
    path = tmp_path / INDEX_NAME
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert load_or_build_index(seed_articles, tmp_path).units
    assert len(builds) == 2


def test_no_cache_folder_builds_without_writing(tmp_path, seed_articles, builds):
    load_or_build_index(seed_articles, None)
    load_or_build_index(seed_articles, None)
    assert len(builds) == 2 and not list(tmp_path.iterdir())


def test_an_unwritable_folder_still_gives_an_index(tmp_path, seed_articles):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert load_or_build_index(seed_articles, blocker / "cache").units


def test_the_engine_answers_the_same_from_a_loaded_index(tmp_path, seed_articles, config, builds):
    built = Engine.from_index(
        load_or_build_index(seed_articles, tmp_path), config, rng=random.Random(3)
    )
    loaded = Engine.from_index(
        load_or_build_index(seed_articles, tmp_path), config, rng=random.Random(3)
    )
    assert len(builds) == 1
    for name, argument in [
        ("quote", "Westphal"),
        ("who", "Kalouti"),
        ("search", "Herzkammer"),
        ("ask", "Wer hat die Wahl gewonnen?"),
        ("stichwahlen", ""),
    ]:
        assert loaded.run_command(name, argument) == built.run_command(name, argument)
    assert loaded.complete("person", "Wes") == built.complete("person", "Wes")


def test_a_changed_config_applies_to_the_loaded_index(tmp_path, config, builds):
    """The index does not depend on the config: new topics or language need no rebuild."""
    articles = [musterstadt_article()]
    first = replace(config, topics=MUSTER_TOPICS)
    Engine.from_index(load_or_build_index(articles, tmp_path), first)
    topics = (Topic("beteiligung2", "Wahlbeteiligung", "Die Beteiligung"),)
    changed = replace(config, topics=topics, language="en")
    engine = Engine.from_index(load_or_build_index(articles, tmp_path), changed)
    assert len(builds) == 1
    reply = engine.run_command("beteiligung2")
    assert reply.status == "ok" and "41 Prozent" in reply.excerpts[0].text
    assert engine.run_command("quote", "Meier").title.startswith("Quotes")


def test_content_keys_stand_for_the_articles_text(tmp_path, seed_articles, builds):
    keys = ["abc"] * len(seed_articles)
    load_or_build_index(seed_articles, tmp_path, keys)
    load_or_build_index(seed_articles, tmp_path, keys)
    assert len(builds) == 1
    load_or_build_index(seed_articles, tmp_path, ["abd"] * len(seed_articles))
    assert len(builds) == 2
    with pytest.raises(ValueError):
        index_key(seed_articles, [])


def test_the_key_of_the_files_is_the_key_of_their_articles(seed_articles):
    from pathlib import Path

    keys = [f"key{i}" for i in range(len(seed_articles))]
    files = [(Path(a.path), k) for a, k in zip(seed_articles, keys, strict=True)]
    assert files_key(files) == index_key(seed_articles, keys)


def test_the_index_file_records_its_files_and_a_broken_one_records_nothing(tmp_path, seed_articles):
    from bot.engine.index_cache import recorded_files

    files = {"a.txt": ((1, 2, 0, -1), "key-a")}
    save_index(tmp_path, "k", build_index(seed_articles), files)
    assert recorded_files(tmp_path) == files
    (tmp_path / INDEX_NAME).write_bytes(b"not a cache")
    assert recorded_files(tmp_path) == {}
    assert recorded_files(tmp_path / "missing") == {}


def test_a_restart_finds_an_author_in_the_persisted_index(tmp_path, seed_articles, builds):
    load_or_build_index(seed_articles, tmp_path)
    again = load_or_build_index(seed_articles, tmp_path)
    assert builds == [len(seed_articles)]  # loaded, not built: the authors came with it
    assert again.authors_by_key["pazzini"] == again.authors_by_key["lukas pazzini"] == (0,)
