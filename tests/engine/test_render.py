"""What Discord shows: pages within its limits, every cut marked, nothing pinging anyone."""

import re

import pytest

from bot.engine.render import (
    EMBED_FIELD_VALUE_MAX,
    MESSAGE_MAX,
    PAGES_MAX,
    render_embeds,
    render_text,
    split_text,
)
from bot.engine.reply import Excerpt, Reply
from tests.discord_door.request_checks import embed_length

MENTION_RE = re.compile(r"@(everyone|here)|<@[!&]?\d+>|<#\d+>")


def excerpt(text: str, **fields) -> Excerpt:
    defaults = {"kind": "direct", "article": "a1", "line": 7, "speaker": "Anna Beispiel"}
    return Excerpt(text=text, **{**defaults, **fields})


def check_embed(embed: dict) -> None:
    assert len(embed["title"]) <= 256
    assert len(embed.get("description", "")) <= 4096
    assert len(embed.get("fields", [])) <= 25
    for field in embed.get("fields", []):
        assert 0 < len(field["name"]) <= 256 and 0 < len(field["value"]) <= 1024
    assert len(embed.get("footer", {}).get("text", "")) <= 2048
    assert embed_length(embed) <= 6000


def test_a_quote_shows_who_said_it_and_where_it_stands(engine):
    reply = engine.handle_message("!zitat Westphal 2")
    (page,) = render_text(reply, "de")
    assert "Thomas Westphal (SPD · Verlierer) – Zitat" in page
    assert "> „Ich weiß, dass es euch in diesem Moment nicht viel besser geht als mir…“" in page
    assert "-# Nordstadtblogger · 29.09.2025 · Absatz 13, Zeile 22" in page


def test_the_embed_footer_names_publisher_authors_date_paragraph_and_line(engine):
    reply = engine.handle_message("!zitat Westphal 2")
    (embed,) = render_embeds(reply, "de")
    footer = embed["footer"]["text"]
    assert footer.startswith("Nordstadtblogger · Lukas Pazzini, Finn Wieschermann")
    assert "29.09.2025" in footer and "Absatz 13, Zeile 22" in footer
    check_embed(embed)


def test_reported_speech_and_reader_comments_are_labelled(muster):
    reply = muster.handle_message("!suche gewonnen")
    page = "\n".join(render_text(reply, "de"))
    assert "Leserkommentar von Max Leser (nicht Teil des Berichts)" in page
    reported = muster.handle_message("!zitat Landrat")
    assert "– indirekte Rede" in render_text(reported, "de")[0]
    assert "„Der Grund" not in render_text(reported, "de")[0]  # no quotation marks added


def test_long_results_are_split_into_numbered_pages_within_2000_characters(engine):
    reply = engine.handle_message("!zitat SPD")
    pages = render_text(reply, "de")
    assert len(pages) > 1
    assert all(len(p) <= MESSAGE_MAX for p in pages)
    assert pages[0].startswith("**Zitate: SPD** (Seite 1/")
    assert pages[-1].startswith(f"**Zitate: SPD** (Seite {len(pages)}/{len(pages)})")
    shown = "".join(pages)
    for e in reply.excerpts:  # nothing lost between pages
        assert e.text in shown


def test_embeds_page_too_and_each_keeps_every_limit(engine):
    reply = engine.handle_message("!zitat SPD")
    embeds = render_embeds(reply, "de")
    assert len(embeds) > 1
    assert embeds[0]["title"] == f"Zitate: SPD (Seite 1/{len(embeds)})"
    for embed in embeds:
        check_embed(embed)


def test_a_quote_longer_than_a_page_is_cut_at_spaces_and_every_cut_is_marked():
    words = " ".join(f"Wort{i}" for i in range(900))  # about 7,000 characters
    reply = Reply("ok", "Lang", excerpts=(excerpt(words),))
    pages = render_text(reply, "de")
    assert len(pages) >= 4 and all(len(p) <= MESSAGE_MAX for p in pages)
    joined = "".join(pages)
    for i in (0, 450, 899):
        assert f"Wort{i}" in joined
    assert joined.count("…") >= 2 * (len(pages) - 1)
    for embed in render_embeds(reply, "de"):
        check_embed(embed)
        for field in embed.get("fields", []):
            assert len(field["value"]) <= EMBED_FIELD_VALUE_MAX


def test_split_text_never_cuts_inside_a_word_when_there_are_spaces():
    parts = split_text("ein zwei drei vier fünf sechs", 12)
    assert all(len(p) <= 12 for p in parts)
    assert (
        "".join(p.strip("…") + " " for p in parts).split()
        == "ein zwei drei vier fünf sechs".split()
    )


def test_one_endless_word_is_cut_but_marked():
    parts = split_text("x" * 50, 20)
    assert all(len(p) <= 20 for p in parts)
    assert parts[0].endswith("…") and parts[1].startswith("…")


def test_user_text_and_excerpts_can_neither_ping_nor_format(engine):
    reply = engine.handle_message("!suche @everyone <@123> **fett**")
    for page in render_text(reply, "de"):
        assert not MENTION_RE.search(page)
        assert "**fett**" not in page
    nasty = Reply(
        "ok", "@here", excerpts=(excerpt("@everyone <@&5> ||x||"),), suggestions=("<#9>",)
    )
    for page in render_text(nasty, "de"):
        assert not MENTION_RE.search(page) and "||x||" not in page
    for embed in render_embeds(nasty, "de"):
        assert not MENTION_RE.search(str(embed))


def test_the_json_keeps_the_verbatim_text(engine):
    reply = engine.handle_message("!zitat Westphal")
    assert reply.to_json()["excerpts"][0]["text"] == reply.excerpts[0].text
    assert set(reply.to_json()) == {
        "status",
        "command",
        "person",
        "title",
        "text",
        "excerpts",
        "suggestions",
    }


@pytest.mark.parametrize("language", ["de", "en"])
def test_render_labels_follow_the_language(engine, language):
    reply = engine.handle_message("!zitat Westphal 2")
    page = render_text(reply, language)[0]
    assert ("Absatz 13, Zeile 22" if language == "de" else "paragraph 13, line 22") in page
    assert ("– Zitat" if language == "de" else "– Quote") in page


def test_a_reply_without_excerpts_renders_its_text(engine):
    reply = engine.handle_message("!zitat Merz")
    (page,) = render_text(reply, "de")
    assert page == "**Nicht gefunden**\n\nIn den Artikeln kommt niemand vor, der zu „Merz“ passt."
    (embed,) = render_embeds(reply, "de")
    assert embed["description"] == reply.text and "fields" not in embed


def test_a_very_long_text_is_paged_in_embeds_as_in_messages():
    reply = Reply("ok", "Viele", text="\n".join(f"Zeile {i} " + "x" * 80 for i in range(200)))
    assert len(render_text(reply, "de")) > 5
    embeds = render_embeds(reply, "de")
    assert len(embeds) > 3
    for embed in embeds:
        check_embed(embed)


def test_a_megabyte_quote_is_cut_beside_the_quotation_and_pages_are_capped():
    words = " ".join(f"Wort{i}" for i in range(150_000))  # over a megabyte
    alone = render_text(Reply("ok", "Lang", excerpts=(excerpt(words),)), "de")
    assert len(alone) < PAGES_MAX
    joined = "".join(alone)
    assert "Zeichen mehr im Artikel, Zeile 7" in joined
    assert "gekürzt" not in joined.split("“", 1)[0]  # the note is never inside the quotation
    reply = Reply("ok", "Lang", excerpts=(excerpt(words),) * 15)
    pages = render_text(reply, "de")
    assert len(pages) == PAGES_MAX and all(len(p) <= MESSAGE_MAX for p in pages)
    assert "weitere Seiten, hier nicht gezeigt" in pages[-1]
    embeds = render_embeds(reply, "de")
    assert len(embeds) <= PAGES_MAX
    for embed in embeds:
        check_embed(embed)
    assert "weitere Seiten" in embeds[-1]["description"]


def test_split_text_keeps_every_word_of_a_long_text_in_order():
    text = " ".join(f"w{i}" for i in range(20_000))
    parts = split_text(text, 500)
    assert all(len(p) <= 500 for p in parts)
    assert " ".join(p.strip("…") for p in parts).split() == text.split()


def test_an_article_from_the_web_is_named_by_title_and_linked():
    url = "https://www.talbote.example/wahl/ida-wendt-gewinnt-100.html"
    quoted = excerpt(
        "Wir haben es geschafft",
        publisher="Talbote",
        title="Ida Wendt gewinnt die Stichwahl",
        authors=("Ole Brink",),
        published="2025-09-28",
        url=url,
    )
    reply = Reply("ok", "Zitate", excerpts=(quoted,))
    (page,) = render_text(reply, "de")
    assert f"-# Talbote: „Ida Wendt gewinnt die Stichwahl“ · 28.09.2025 · Zeile 7 · <{url}>" in page
    (embed,) = render_embeds(reply, "de")
    assert embed["fields"][0]["value"].endswith(f"* · {url}")
    assert embed["footer"]["text"].startswith(
        "Talbote: „Ida Wendt gewinnt die Stichwahl“ · Ole Brink"
    )


def test_a_headline_that_is_a_quotation_keeps_its_own_marks_only():
    quoted = excerpt(
        "Am 1. November.", publisher="Radio Hellweg", title="„Ich will zuhören“", line=9
    )
    (page,) = render_text(Reply("ok", "Zitate", excerpts=(quoted,)), "de")
    assert "-# Radio Hellweg: „Ich will zuhören“ · Zeile 9" in page


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "https://a.example/x y", "https://a.example/@everyone", "ftp://a"],
)
def test_a_link_that_could_break_the_message_is_not_shown(url):
    reply = Reply("ok", "Zitate", excerpts=(excerpt("Text", publisher="Talbote", url=url),))
    (page,) = render_text(reply, "de")
    assert url not in page and "<" not in page.split("-#")[1]


@pytest.mark.parametrize(
    ("language", "heading"),
    [("de", "Zitat – im Text ohne Namen"), ("en", "Quote – unnamed in the text")],
)
def test_a_quote_the_text_gives_nobody_says_so_plainly(language, heading):
    reply = Reply(
        "ok",
        "Suche",
        excerpts=(
            excerpt("Die Fahrbahn bleibt gesperrt", speaker=None),
            excerpt("Wir sind zufrieden"),
        ),
    )
    (page,) = render_text(reply, language)
    assert f"**1.** {heading}" in page
    assert "**2.** Anna Beispiel – " in page and page.count(heading) == 1
    (embed,) = render_embeds(reply, language)
    assert heading in str(embed)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("de", "Zitat – ein Polizeisprecher (im Text ohne Namen)"),
        ("en", "Quote – ein Polizeisprecher (unnamed in the text)"),
    ],
)
def test_a_quote_by_somebody_the_text_only_describes_shows_the_texts_words(language, heading):
    reply = Reply(
        "ok",
        "Suche",
        excerpts=(
            excerpt("Die Fahrbahn bleibt gesperrt", speaker=None, described="ein Polizeisprecher"),
        ),
    )
    (page,) = render_text(reply, language)
    assert f"**1.** {heading}" in page
    (embed,) = render_embeds(reply, language)
    assert heading in str(embed)
