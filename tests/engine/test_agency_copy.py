"""The same quotation published in two articles (agency copy) is shown once, with both sources."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bot.config import default_config
from bot.engine.engine import Engine
from bot.engine.render import render_embeds, render_text
from bot.engine.reply import SourceRef
from tests.engine.conftest import MUSTER_TOPICS, musterstadt_article

SAID = "Ein guter Tag für Musterstadt"


def copy_of_musterstadt(article_id: str, publisher: str):
    """The Musterstadt article as another paper printed it (its lines one further down)."""
    article = musterstadt_article()
    return replace(
        article,
        id=article_id,
        path=f"{article_id}.txt",
        publisher=publisher,
        published="2025-09-30",
        blocks=tuple(replace(b, line=b.line + 1) for b in article.blocks),
        quotes=tuple(replace(q, line=q.line + 1) for q in article.quotes),
        facts=tuple(replace(f, line=f.line + 1) for f in article.facts),
    )


@pytest.fixture(scope="module")
def copied() -> Engine:
    config = replace(default_config(), cache_dir=None, topics=MUSTER_TOPICS)
    articles = [musterstadt_article(), copy_of_musterstadt("zweitblatt", "Zweitblatt")]
    return Engine(articles, config, rng=random.Random(7))


def test_a_quote_in_two_articles_is_listed_once_with_the_other_source(copied):
    reply = copied.run_command("quote", "Meier")
    shown = [e for e in reply.excerpts if e.text == SAID]
    assert len(shown) == 1
    assert shown[0].article == "musterstadt"
    assert shown[0].also_in == (SourceRef("zweitblatt", 5, "Zweitblatt", "2025-09-30"),)


def test_search_and_questions_show_the_quotation_once(copied):
    for reply in (
        copied.run_command("search", "guter Tag Musterstadt"),
        copied.run_command("ask", "Was sagte Meier?"),
    ):
        quotes = [e for e in reply.excerpts if e.kind == "direct" and e.text == SAID]
        assert len(quotes) == 1, reply
        assert {r.article for r in quotes[0].also_in} | {quotes[0].article} == {
            "musterstadt",
            "zweitblatt",
        }


def test_the_json_names_the_other_sources_and_keeps_its_keys(copied, muster):
    reply = copied.run_command("quote", "Meier")
    excerpts = reply.to_json()["excerpts"]
    copied_one = next(e for e in excerpts if e["text"] == SAID)
    assert copied_one["also_in"] == [{"article": "zweitblatt", "line": 5}]
    single = muster.run_command("quote", "Meier").to_json()["excerpts"]
    assert all("also_in" not in e for e in single)  # no other source: the contract as before
    assert set(copied_one) - {"also_in"} == set(single[0])


def test_text_and_embeds_name_the_other_source(copied):
    reply = copied.run_command("quote", "Meier")
    assert "auch in: Zweitblatt, 30.09.2025, Zeile 5" in "\n".join(render_text(reply, "de"))
    embeds = render_embeds(reply, "de")
    assert any("auch in: Zweitblatt" in f["value"] for e in embeds for f in e.get("fields", []))
    assert any("auch in: Zweitblatt" in e.get("footer", {}).get("text", "") for e in embeds)
    assert "also in: Zweitblatt" in "\n".join(render_text(reply, "en"))


def test_the_same_words_from_another_speaker_are_not_a_copy():
    other = copy_of_musterstadt("drittblatt", "Drittblatt")
    other = replace(
        other,
        quotes=tuple(
            replace(q, speaker="Sabine Maier") if q.text == SAID else q for q in other.quotes
        ),
    )
    config = replace(default_config(), cache_dir=None)
    engine = Engine([musterstadt_article(), other], config)
    meier = engine.run_command("quote", "Jürgen Meier")
    assert all(not e.also_in for e in meier.excerpts if e.text == SAID)


def test_many_copies_are_counted_not_all_listed():
    articles = [musterstadt_article()] + [
        copy_of_musterstadt(f"blatt{i}", f"Blatt {i}") for i in range(8)
    ]
    engine = Engine(articles, replace(default_config(), cache_dir=None))
    reply = engine.run_command("quote", "Meier")
    first = next(e for e in reply.excerpts if e.text == SAID)
    assert len(first.also_in) == 8
    text = "\n".join(render_text(reply, "de"))
    assert "und 3 weiteren" in text and "Blatt 5" not in text


def test_a_quote_without_copies_has_no_other_source(muster):
    assert all(not e.also_in for e in muster.run_command("quote", "Maier").excerpts)
