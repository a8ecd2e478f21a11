"""A news page's HTML becomes the article text the bot reads: main text in, furniture out."""

from __future__ import annotations

import re

import pytest

from bot.corpus.model import COMMENT, COMMENT_AUTHOR, COMMENTS_HEADING, HEADING, LEAD
from bot.corpus.reading import parse_article
from bot.web.page import PageError, looks_like_html, page_article
from tests.web.conftest import PAGES

FURNITURE = [
    "Cookies",
    "Alle akzeptieren",
    "Newsletter",
    "Mehr zum Thema",
    "Teilen",
    "Impressum",
    "Startseite",
    "So sieht der neue Stadtrat aus",
    "Alle Rechte vorbehalten",
]


def read(name: str):
    return page_article((PAGES / name).read_bytes(), "https://zeitung.example/artikel")


def test_the_article_text_is_kept_and_the_page_furniture_dropped() -> None:
    article = read("hallstedt_stichwahl.html")
    assert "„Das ist ein Auftrag, den ich sehr ernst nehme“, sagte die 47-Jährige." in article.text
    assert "Der neue Rat tritt Anfang November zum ersten Mal zusammen." in article.text
    body = article.text.split("\nKommentare\n")[0]
    for word in FURNITURE:
        assert word not in body, word


def test_the_metadata_comes_from_the_page() -> None:
    article = read("hallstedt_stichwahl.html")
    assert article.sidecar() == {
        "title": "Stichwahl in Hallstedt: Hoffstetter löst Krell im Rathaus ab",
        "publisher": "Hallstedter Rundschau",
        "authors": ["Anna Berger", "Tim Vogt"],
        "published": "2025-09-28",
        "url": "https://www.hallstedter-rundschau.de/lokales/stichwahl-hoffstetter-krell-100.html",
    }


def test_metadata_only_in_structured_data_is_found_too() -> None:
    meta = read("birkenfeld_landrat.html").sidecar()
    assert meta["authors"] == ["Carla Niedermeier"]
    assert meta["published"] == "2025-09-29"
    assert meta["publisher"] == "Radio Westmark"


def test_the_reader_sees_headings_paragraphs_and_comments_apart() -> None:
    article = read("hallstedt_stichwahl.html")
    blocks = parse_article(article.text, article_id="a", path="a").blocks
    kinds = [b.kind for b in blocks]
    assert kinds[0] == LEAD
    assert [b.text for b in blocks if b.kind == HEADING] == [
        "Krell räumt Niederlage ein",
        "Was die neue Oberbürgermeisterin vorhat",
    ]
    assert kinds.index(COMMENTS_HEADING) > max(i for i, k in enumerate(kinds) if k == HEADING)
    comments = [b.text for b in blocks if b.kind in (COMMENT, COMMENT_AUTHOR)]
    assert "Endlich frischer Wind im Rathaus. Ich bin gespannt, ob die Brücke wirklich kommt." in (
        comments
    )


def test_a_lead_styled_as_a_teaser_is_kept() -> None:
    article = read("birkenfeld_landrat.html")
    assert article.text.startswith("Im Kreis Birkenfeld hat die Stichwahl")
    assert "Sendung: Radio Westmark" not in article.text
    assert "Audio abspielen" not in article.text


def test_the_headline_is_the_title_not_a_line_of_the_text() -> None:
    article = read("auenstadt_wahlbeteiligung.html")
    assert article.title == "Auenstadt wählt: Was Sie zum Wahlabend wissen müssen"
    assert not article.text.startswith(article.title)
    assert "Erreicht niemand mehr als die Hälfte der Stimmen" in article.text  # a list item


def test_a_paywalled_teaser_is_too_little_text() -> None:
    with pytest.raises(PageError, match="too little text"):
        read("paywall.html")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n...",
        b'{"title": "Wahl"}',
        b"Einfach nur Text.",
        b"\x89PNG\r\n\x1a\n",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wahl</title></channel></rss>',
    ],
)
def test_what_is_not_html_is_refused(data: bytes) -> None:
    assert not looks_like_html(data)
    with pytest.raises(PageError, match="not an HTML page"):
        page_article(data)


def test_a_credit_line_naming_the_site_is_no_author() -> None:
    html = (PAGES / "birkenfeld_landrat.html").read_text(encoding="utf-8")
    without_structured_data = re.sub(
        r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S
    )
    article = page_article(without_structured_data)
    assert article.publisher == "Radio Westmark"
    assert article.authors == ()
    assert article.published == "2025-09-29"  # from the page's "Stand:" line


def test_a_page_without_article_markup_keeps_its_paragraphs_apart() -> None:
    """An old CMS: text in a <div>, paragraphs split by line breaks, the byline a plain <div>."""
    article = read("moorbach_ratswahl.html")
    lines = article.text.splitlines()
    assert "Hallenbad bleibt Streitthema" in lines
    assert any(line.startswith("Listenführer Arnold Pietsch sprach") for line in lines)
    assert article.authors == ("Henrike Albers",)
    assert "Von Henrike Albers" not in lines
    for word in ("Cookies", "Impressum", "Artikel drucken"):
        assert word not in article.text
