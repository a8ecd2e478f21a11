"""Reading splits a news page into its parts, so quotes and facts come only from the reporting."""

from pathlib import Path

import pytest

from bot.corpus.reading import byline_authors, looks_like_heading, parse_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"

# An article of another shape and other names, written for these tests.
OTHER = """\ufeffVon Anna Beispiel und Jonas Muster\r
Die Stadt Hagen hat gewählt. Die Wahlbeteiligung lag bei 38 Prozent.\r
\r
Petra Probe: „Wir haben es geschafft“\r
Die Kandidatin Petra Probe (SPD) freute sich. „Das ist ein guter Tag“, sagte sie.\r
Was bedeutet das für die Stadt?\r
Ein Sprecher erklärte, man werde die Ergebnisse prüfen.\r
Ein Beitrag geteilt von Stadt Hagen\r
Hinweis der Redaktion: Dieser Text wurde aktualisiert.\r
Lesen Sie auch:\r
Hagen vor der Wahl: Die Kandidaten im Überblick\r
Kommentare\r
Max Leser\r
Toller Bericht, danke!\r
Erika Leserin\r
Ich sehe das anders. Die Wahl war knapp.\r
"""


def kinds(text: str) -> list[tuple[int, str]]:
    article = parse_article(text, article_id="t", path="t.txt")
    return [(b.line, b.kind) for b in article.blocks]


def test_the_seed_article_is_read_into_its_parts():
    article = parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path=str(SEED))
    by_kind: dict[str, list[str]] = {}
    for block in article.blocks:
        by_kind.setdefault(block.kind, []).append(block.text)
    assert by_kind["byline"] == [article.blocks[0].text]
    assert article.blocks[0].line == 2  # the file starts with a blank line
    assert len(by_kind["lead"]) == 1 and by_kind["lead"][0].startswith("Am Sonntag")
    assert "Thomas Westphal: „Das hier ist nicht das Ende von Irgendwas“" in by_kind["heading"]
    assert by_kind["embed"] == ["Sieh dir diesen Beitrag auf Instagram an"]
    assert len(by_kind["note"]) == 1 and by_kind["note"][0].startswith("Anm.d.Red.")
    assert len(by_kind["related"]) == 1
    assert len(by_kind["related_title"]) == 3
    assert by_kind["comments_heading"] == ["Reaktionen"]
    assert len(by_kind["comment_author"]) == 1
    assert len(by_kind["comment"]) == 4
    assert article.authors[0] == "Lukas Pazzini" and article.authors[-1] == "Sina Sakrzewa"
    assert len(article.authors) == 5
    assert article.publisher == "Nordstadtblogger"


def test_another_page_with_bom_and_windows_line_ends_is_read_the_same_way():
    assert kinds(OTHER) == [
        (1, "byline"),
        (2, "lead"),
        (4, "heading"),
        (5, "paragraph"),
        (6, "heading"),
        (7, "paragraph"),
        (8, "embed"),
        (9, "note"),
        (10, "related"),
        (11, "related_title"),
        (12, "comments_heading"),
        (13, "comment_author"),
        (14, "comment"),
        (15, "comment_author"),
        (16, "comment"),
    ]
    article = parse_article(OTHER, article_id="t", path="t.txt")
    assert article.authors == ("Anna Beispiel", "Jonas Muster")
    assert article.publisher is None  # the page does not name itself


def test_headings_are_short_and_do_not_end_like_sentences():
    assert looks_like_heading("Die Grünen stellen Anforderungen an den neuen OB")
    assert looks_like_heading("Anna Muster: „Ein guter Abend für alle“")
    assert not looks_like_heading("„Das ist gut.“")
    assert not looks_like_heading("Er sagte, es sei gut.")
    assert not looks_like_heading("Eins")


def test_bylines_with_roles_and_ampersands():
    assert byline_authors("Von Anna Beispiel & Jonas Muster") == ("Anna Beispiel", "Jonas Muster")
    assert byline_authors("Text: Lea Test (Fotos: Max Bild)") == ("Lea Test",)


def test_a_text_without_byline_starts_with_its_lead():
    assert kinds("Erster Absatz mit Inhalt. Er ist lang genug.\nZweiter Absatz.\n") == [
        (1, "lead"),
        (2, "paragraph"),
    ]


BLOG_BODY = """Von Anna Beispiel
Die Stadt Hagen hat gewählt. „Wir bleiben dran“, sagte Petra Probe.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "2 Gedanken zu „Stichwahl in Hagen: Probe gewinnt“",
        "Ein Gedanke zu „Stichwahl in Hagen“",
        "Ein Kommentar zu „Stichwahl in Hagen“",
        '3 Kommentare zu "Wahlabend"',
        "Eine Antwort auf „Stichwahl in Hagen“",
        "12 Reaktionen auf Stichwahl in Hagen",
        "3 Kommentare",
        "Kommentare (4)",
        "Keine Kommentare",
        "Schreibe einen Kommentar",
    ],
)
def test_a_blog_style_comment_section_is_recognised(heading):
    text = BLOG_BODY + heading + "\nMax Leser\n„Alles gelogen“, sagte mir ein Nachbar.\n"
    article = parse_article(text, article_id="t", path="t.txt")
    assert [b.kind for b in article.blocks][2:] == ["comments_heading", "comment_author", "comment"]


def test_an_ordinary_paragraph_or_heading_is_no_comment_section():
    text = BLOG_BODY + "Zwei Antworten gab es auf diese Frage.\nGedanken zur Wahl\nMehr Text.\n"
    assert "comments_heading" not in [k for _, k in kinds(text)]


def test_a_byline_under_the_headline_and_its_dachzeile_names_the_author():
    article = parse_article(
        "Stichwahl in Hamm: Albrecht gewinnt\n"
        "Die SPD-Frau setzt sich gegen den Amtsinhaber durch\n"
        "Von Markus Wendland und Eva Roth\n"
        "Hamm. Kerstin Albrecht (SPD) hat die Stichwahl gewonnen.\n",
        article_id="hamm",
        path="hamm.txt",
    )
    assert article.authors == ("Markus Wendland", "Eva Roth")


def test_a_heading_opening_with_von_is_no_byline():
    article = parse_article(
        "Der Wahlabend\nVon Gewinnern und Verlierern\nHamm. Die Stichwahl ist entschieden.\n",
        article_id="hamm",
        path="hamm.txt",
    )
    assert article.authors == ()


def test_a_results_table_written_as_text_is_its_header_above_rows_of_body_text():
    table = (
        "Bürgermeisterwahl Auental: die Ergebnisse\n"
        "Alle Wahlbezirke sind ausgezählt.\n"
        "Kandidat | Partei | Stimmen\n"
        "Jana Quistorp | SPD | 9.120\n"
        "Olaf Remmert | CDU | 7.736\n"
        "Startseite | Politik\n"
    )
    assert kinds(table)[2:] == [
        (3, "heading"),  # the column names head the rows, as a section heading heads a list
        (4, "paragraph"),
        (5, "paragraph"),
        (6, "heading"),  # fewer cells: no row of the table
    ]


STRIP_PAGE = """Wahlnacht im Kreis
Knapper Sieg in Losheim: Molitor wird Bürgermeisterin
Saar-Kurier · 12. Oktober 2026 · Von Mira Ohlsen und Pit Kasten
Losheim. Mit 50,4 Prozent hat Anna Molitor (SPD) die Stichwahl gewonnen.
"""


def test_a_credit_strip_under_the_headline_gives_authors_and_date_and_the_lead_follows_it():
    article = parse_article(STRIP_PAGE, article_id="t", path="t.txt")
    assert article.authors == ("Mira Ohlsen", "Pit Kasten")
    assert article.published == "2026-10-12"
    assert [b.kind for b in article.blocks] == ["heading", "heading", "byline", "lead"]


@pytest.mark.parametrize(
    ("strip", "authors", "published"),
    [
        ("Von Mira Ohlsen | 12.10.2026, 18:30 Uhr", ("Mira Ohlsen",), "2026-10-12"),
        ("Von Mira Ohlsen, 12.10.2026", ("Mira Ohlsen",), "2026-10-12"),
        ("Stand: 12.10.2026, 22:15 Uhr", (), "2026-10-12"),
        ("Veröffentlicht am 12. Oktober 2026 um 18:30 Uhr", (), "2026-10-12"),
        ("Saar-Kurier · 2026-10-12 · 3 Min. Lesezeit", (), "2026-10-12"),
        # an update's date is not the day the article appeared
        ("12.10.2026 · Aktualisiert: 13.10.2026 · Von Pit Kasten", ("Pit Kasten",), "2026-10-12"),
        ("Aktualisiert am 13.10.2026", (), None),
        ("Saar-Kurier · 31.02.2026 · Von Pit Kasten", ("Pit Kasten",), None),  # no such day
        # English wire copy: the agency after the reporter's name is no co-author
        ("By Daniel Moser, Regional Wire · October 12, 2026", ("Daniel Moser",), "2026-10-12"),
        ("By Daniel Moser · 12 Oct. 2026", ("Daniel Moser",), "2026-10-12"),
        ("By Mark Ellison, Reuters · October 18, 2026", ("Mark Ellison",), "2026-10-18"),
        ("Von Jana Pohl, dpa", ("Jana Pohl",), None),
        ("Von Mira Ohlsen, Landeskorrespondentin", ("Mira Ohlsen",), None),
    ],
)
def test_the_forms_of_credit_lines_news_pages_print(strip, authors, published):
    article = parse_article(
        f"Molitor gewinnt in Losheim\n{strip}\nLosheim. Anna Molitor hat gewonnen.\n",
        article_id="t",
        path="t.txt",
    )
    assert (article.authors, article.published) == (authors, published)
    assert article.blocks[1].kind == "byline" and article.blocks[2].kind == "lead"


def test_lines_with_bars_or_dates_that_are_no_credit_strip_stay_text():
    article = parse_article(
        "Die SPD gewinnt | Die CDU verliert\n"
        "Am 12.10.2026 · ein langer Rückblick auf den Wahlabend und seine Folgen für die Stadt "
        "Losheim\n"
        "Stand: 4. Oktober 2026, 21.55 Uhr. Alle 58 Wahlbezirke sind ausgezählt.\n",
        article_id="t",
        path="t.txt",
    )
    assert [b.kind for b in article.blocks] == ["heading", "heading", "lead"]
    assert (article.authors, article.published) == ((), None)


@pytest.mark.parametrize(
    ("strip", "publisher"),
    [
        ("Saar-Kurier · 12. Oktober 2026 · Von Pit Kasten", "Saar-Kurier"),
        ("Radio Weserland · 19.10.2026 · Von Pit Kasten", "Radio Weserland"),
        ("Von Pit Kasten · Weser-Echo · 12.10.2026", "Weser-Echo"),
        # a place or a section before the date names no paper, nor does the author's name
        ("Losheim · 12.10.2026 · Von Pit Kasten", None),
        ("Lokales · 12.10.2026 · Von Pit Kasten", None),
        ("Von Anna Post · 12.10.2026", None),
    ],
)
def test_the_paper_a_credit_strip_names_is_the_publisher(strip, publisher):
    article = parse_article(
        f"Molitor gewinnt\n{strip}\nLosheim. Anna Molitor (SPD) hat die Stichwahl gewonnen.\n",
        article_id="t",
        path="t.txt",
    )
    assert article.publisher == publisher
