"""The extraction benchmark runs on the test pages and counts what a reader would check."""

from benchmarks.html_extraction import gold, measure


def test_the_gold_keeps_comments_apart_from_the_article() -> None:
    article, comments = gold("hallstedt_stichwahl")
    assert "Der neue Rat tritt Anfang November zum ersten Mal zusammen." in article
    assert "Das sollte man heute nicht vergessen." in comments
    assert not article & comments


def test_the_bot_keeps_the_article_and_the_naive_way_lets_furniture_through() -> None:
    rows = {row[0]: row for row in measure(runs=1)}
    _, pages, want, kept, given, furniture, leaked, _ = rows["bot (trafilatura, recall)"]
    assert pages == 4 and kept == want and leaked == 0
    assert furniture <= 0.1 * given
    naive = rows["naive: all <p> text"]
    assert naive[5] > furniture and naive[6] > 0  # furniture and comments in its text
