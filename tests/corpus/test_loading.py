"""Loading the seeds folder: good articles come in with their metadata, bad files are named and
skipped, and the rest keep working."""

import os
from pathlib import Path

import pytest

from bot.corpus.loading import SIDECAR_MAX_BYTES, load_corpus

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLE = "Von Anna Beispiel\nDie Stadt Hagen hat gewählt. „Das ist gut“, sagte Petra Probe.\n"


def test_the_bundled_seed_comes_with_its_sidecar_metadata():
    result = load_corpus([SEEDS], max_bytes=2_000_000)
    assert result.problems == ()
    (article,) = result.articles
    assert article.id == "2025-09-29_dortmund_stichwahl_rathaus"
    assert article.publisher == "Nordstadtblogger"
    assert article.published == "2025-09-29"
    assert article.title is None and article.url is None  # unknown, so not invented
    assert len(article.authors) == 5
    assert article.quotes and article.people  # extraction ran


def test_the_seed_text_is_bundled_unchanged():
    shared = SEEDS.parent.parent / "shared" / "seeds" / "000_874a370494ec94f7.txt"
    bundled = SEEDS / "2025-09-29_dortmund_stichwahl_rathaus.txt"
    if shared.is_file():
        assert bundled.read_bytes() == shared.read_bytes()


def test_without_a_sidecar_the_byline_gives_the_authors(tmp_path):
    (tmp_path / "hagen.txt").write_text(ARTICLE, encoding="utf-8")
    (article,) = load_corpus([tmp_path], max_bytes=10_000).articles
    assert article.authors == ("Anna Beispiel",)
    assert article.published is None and article.publisher is None


def test_bad_files_are_named_and_skipped_while_the_good_one_loads(tmp_path):
    (tmp_path / "a_good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (tmp_path / "d_huge.txt").write_text(ARTICLE * 1000, encoding="utf-8")
    (tmp_path / "e_badmeta.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "e_badmeta.yaml").write_text("published: [not, a, date\n", encoding="utf-8")
    result = load_corpus([tmp_path], max_bytes=10_000)
    assert [a.id for a in result.articles] == ["a_good"]
    problems = "\n".join(result.problems)
    assert "b_empty.txt: the file is empty" in problems
    assert "c_binary.txt: looks like a binary file" in problems
    assert "d_huge.txt" in problems and "over the limit of 10000" in problems
    assert "e_badmeta.yaml: not valid YAML" in problems
    assert len(result.problems) == 4


def test_an_unknown_sidecar_key_is_left_out_with_a_hint_and_the_article_loads(tmp_path):
    (tmp_path / "wahl.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "wahl.yaml").write_text(
        "title: Stichwahl entschieden\ndate: 2026-03-22\nfarbe: blau\n", encoding="utf-8"
    )
    result = load_corpus([tmp_path], max_bytes=10_000)
    (article,) = result.articles
    assert article.title == "Stichwahl entschieden" and article.published is None
    assert result.problems == ()
    sidecar = tmp_path / "wahl.yaml"
    assert result.warnings == (
        f"{sidecar}: unknown key 'date' left out (write 'published')",
        f"{sidecar}: unknown key 'farbe' left out "
        "(known: title, publisher, authors, published, url)",
    )


def test_windows_1252_text_is_read_with_a_warning(tmp_path):
    (tmp_path / "alt.txt").write_bytes(ARTICLE.encode("cp1252"))
    result = load_corpus([tmp_path], max_bytes=10_000)
    (article,) = result.articles
    assert "gewählt" in article.blocks[1].text
    assert result.warnings == (f"{tmp_path / 'alt.txt'}: not UTF-8; read as Windows-1252/Latin-1",)


def test_a_missing_path_is_a_problem_not_a_crash(tmp_path):
    result = load_corpus([tmp_path / "nowhere"], max_bytes=10_000)
    assert result.articles == ()
    assert result.problems == (f"{tmp_path / 'nowhere'}: no such file or folder",)


def test_links_pipes_and_lying_sizes_are_named_and_skipped_never_read(tmp_path):
    secret = tmp_path / "config.yaml"
    secret.write_text("discord:\n  token: SECRET-TOKEN\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a_good.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "b_link.txt").symlink_to(secret)
    os.mkfifo(seeds / "c_pipe.txt")  # would block a reader forever
    (seeds / "d_meta.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "d_meta.yaml").symlink_to(secret)  # a sidecar is a file read too
    result = load_corpus([seeds], max_bytes=10_000)
    assert [a.id for a in result.articles] == ["a_good"]
    names = ("b_link.txt", "c_pipe.txt", "d_meta.yaml")
    for name, problem in zip(names, result.problems, strict=True):
        assert name in problem and "regular files" in problem and "\n" not in problem
    assert not any("SECRET" in b.text for a in result.articles for b in a.blocks)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_file_reporting_size_zero_with_content_is_refused():
    proc = Path("/proc/self/status")  # reports 0 bytes, yet reads as text
    result = load_corpus([proc], max_bytes=100_000)
    assert result.articles == ()
    assert "size of 0" in result.problems[0]


def test_a_sidecar_over_its_size_limit_is_named_and_skipped(tmp_path):
    (tmp_path / "hagen.txt").write_text(ARTICLE, encoding="utf-8")
    title = "x" * (SIDECAR_MAX_BYTES + 1)
    (tmp_path / "hagen.yaml").write_text(f"title: {title}\n", encoding="utf-8")
    result = load_corpus([tmp_path], max_bytes=10_000)
    assert result.articles == ()
    (problem,) = result.problems
    assert "hagen.yaml" in problem and "limit" in problem


WEB_PAGES = Path(__file__).resolve().parents[1] / "web" / "pages"


def test_a_news_page_saved_as_html_is_read_as_an_article(tmp_path):
    page = (WEB_PAGES / "birkenfeld_landrat.html").read_bytes()
    (tmp_path / "landrat.html").write_bytes(page)
    (tmp_path / "paywall.htm").write_bytes((WEB_PAGES / "paywall.html").read_bytes())
    (tmp_path / "doppelt.html").write_bytes(page)  # beside its own text file: the text wins
    (tmp_path / "doppelt.txt").write_text("Die Stadt hat gewählt. Es war ein langer Abend.\n")
    (tmp_path / "landrat.yaml").write_text("title: Knapp vorn\n", encoding="utf-8")
    result = load_corpus([tmp_path], 1_000_000)
    assert [a.path.rsplit("/", 1)[1] for a in result.articles] == ["doppelt.txt", "landrat.html"]
    article = result.articles[1]
    assert article.title == "Knapp vorn"  # the sidecar wins over the page
    assert (article.publisher, article.authors, article.published) == (
        "Radio Westmark",
        ("Carla Niedermeier",),
        "2025-09-29",
    )
    assert any("unglaublich dankbar" in q.text for q in article.quotes)
    (problem,) = result.problems
    assert problem.startswith(f"{tmp_path / 'paywall.htm'}: too little text")
