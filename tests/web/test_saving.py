"""Saved articles land in the seeds folder once: same address, same file; same text, no copy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.corpus.loading import load_article
from bot.web.page import PageArticle
from bot.web.saving import DUPLICATE, NEW, UNCHANGED, UPDATED, article_name, save_article

ARTICLE = PageArticle(
    text="Die Stichwahl ist entschieden. Die neue Bürgermeisterin heißt Ida Wendt.\n",
    title="Wendt gewinnt",
    publisher="Talbote",
    authors=("Ole Brink",),
    published="2025-09-28",
    url="https://talbote.example/wahl/wendt-gewinnt.html",
)
URL = "https://talbote.example/wahl/wendt-gewinnt.html?utm_source=rss"


def test_the_name_is_readable_and_stable() -> None:
    name = article_name(URL)
    assert name.startswith("talbote-example-wendt-gewinnt_")
    assert name == article_name(URL)
    assert name != article_name("https://talbote.example/wahl/wendt-gewinnt.html")


def test_an_article_is_saved_with_its_sidecar_and_loads_as_written(tmp_path: Path) -> None:
    saved = save_article(tmp_path, URL, ARTICLE)
    assert saved.status == NEW
    article, warnings = load_article(saved.path, 1_000_000)
    assert (article.title, article.publisher, article.authors) == (
        "Wendt gewinnt",
        "Talbote",
        ("Ole Brink",),
    )
    assert (article.published, article.url) == ("2025-09-28", ARTICLE.url)
    assert warnings == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        saved.path.name,
        saved.path.with_suffix(".yaml").name,
    ]  # no temporary file left behind


def test_the_same_address_again_updates_the_same_file(tmp_path: Path) -> None:
    first = save_article(tmp_path, URL, ARTICLE)
    assert save_article(tmp_path, URL, ARTICLE).status == UNCHANGED
    changed = replace(ARTICLE, text=ARTICLE.text + "Sie tritt ihr Amt im November an.\n")
    again = save_article(tmp_path, URL, changed)
    assert (again.status, again.path) == (UPDATED, first.path)
    assert first.path.read_text(encoding="utf-8") == changed.text


def test_the_same_text_from_another_address_is_not_saved_twice(tmp_path: Path) -> None:
    first = save_article(tmp_path, URL, ARTICLE)
    twin = save_article(tmp_path, "https://talbote.example/p/12345", ARTICLE)
    assert (twin.status, twin.path) == (DUPLICATE, first.path)
    assert len(list(tmp_path.glob("*.txt"))) == 1
