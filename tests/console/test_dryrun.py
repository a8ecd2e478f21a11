"""Trying the bot in the terminal: each line is answered exactly as Discord would answer it."""

import io
import json
import time
from dataclasses import replace
from pathlib import Path

from bot.config import default_config
from bot.console.dryrun import refresh_note, run_console, run_once
from bot.engine.render import render_text
from bot.library import Library
from bot.web.settings import FetchSettings
from tests.results.conftest import lindenau, portal_csv
from tests.web import conftest as news_site


def console(lines: str, dm: bool = False, **overrides) -> tuple[str, str]:
    config = replace(default_config(), reload_interval=0, cache_dir=None, **overrides)
    out, err = io.StringIO(), io.StringIO()
    status = run_console(config, dm=dm, stdin=io.StringIO(lines), out=out, err=err)
    assert status == 0
    return out.getvalue(), err.getvalue()


def test_the_console_prints_what_discord_would_get():
    config = replace(default_config(), reload_interval=0, cache_dir=None)
    library, _ = Library.open(config)
    expected = "\n\n---\n\n".join(
        render_text(library.engine.handle_message("!zitat Westphal"), "de")
    )
    out, _ = console("!zitat Westphal\n:quit\n")
    assert expected in out


def test_the_console_shows_text_as_discord_displays_it_without_markdown_escapes(tmp_path):
    (tmp_path / "zz_hagen.txt").write_text(
        "Von Ida Probe\nIn *Hagen* gewann Eva Stern (SPD) mit 51 Prozent.\n", encoding="utf-8"
    )
    out, _ = console("!quellen\n!suche Hagen\n", seeds=tmp_path)
    assert "Datei zz_hagen" in out and "In *Hagen* gewann" in out
    assert "\\" not in out


def test_an_echoed_mention_is_defused_alike_in_json_text_and_discord(capsys):
    out, err = io.StringIO(), io.StringIO()
    config = replace(default_config(), cache_dir=None)
    run_once(config, ["!quote @everyone"], as_json=True, out=out, err=err)
    reply = json.loads(out.getvalue())
    assert "@everyone" not in reply["text"] and "@\u200beveryone" in reply["text"]
    library, _ = Library.open(config)
    (page,) = render_text(library.engine.handle_message("!quote @everyone"), "de")
    assert reply["text"] in page


def test_quit_ends_the_session_and_later_lines_are_not_answered():
    out, _ = console("!hilfe\n:quit\n!zitat Westphal\n")
    assert "!zitat" in out  # the help was answered
    assert "Irgendwas" not in out  # Westphal's quote was not


def test_in_a_server_plain_text_gets_no_reply_and_a_note():
    out, err = console("Hallo zusammen\n")
    assert out.count("\n") == 1  # only the banner
    assert "keine Antwort" in err and "Erwähnungen" in err


def test_in_a_dm_plain_text_is_a_question():
    out, _ = console("Wer hat die Wahl gewonnen?\n", dm=True)
    assert "Kalouti" in out


def test_english_when_configured():
    out, _ = console("!help\n", language="en")
    assert "Election-night bot" in out


def test_one_shot_commands_print_json_lines():
    out, err = io.StringIO(), io.StringIO()
    config = replace(default_config(), cache_dir=None)
    run_once(config, ["!quote Westphal", "!who Westphal"], as_json=True, out=out, err=err)
    assert len(out.getvalue().strip().splitlines()) == 2


def test_the_console_tells_of_new_articles_and_problems_once_each_in_one_language():
    from bot.library import Refresh

    note = refresh_note(
        Refresh(
            changed=True,
            added=("hagen.txt",),
            removed=("alt.txt",),
            problems=("x.txt: the file is empty (skipped)",),
        )
    )
    assert note.splitlines() == [
        "(articles: new: hagen.txt; removed: alt.txt)",
        "(x.txt: the file is empty (skipped))",
    ]
    assert refresh_note(Refresh(changed=False, problems=("p",))) == "(p)"


def test_a_german_console_notes_file_changes_in_english_like_the_problems_beside_them(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("bot.library.SETTLE_NS", 0)  # b.txt's copy is complete when looked at
    article = "Von Ida Probe\nIn Hagen gewann Eva Stern (SPD) mit 51 Prozent.\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    config = replace(default_config(), seeds=tmp_path, cache_dir=None, reload_interval=0)
    library, _ = Library.open(config)
    (tmp_path / "a.txt").unlink()
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    note = refresh_note(library.refresh())
    assert note.startswith("(articles: removed: a.txt)")
    assert "entfernt" not in note and "b.txt" in note


def test_the_results_chart_is_a_file_whose_path_is_shown(tmp_path):
    path = tmp_path / "lindenau.csv"
    path.write_bytes(portal_csv(2))
    config = replace(default_config(), cache_dir=tmp_path / "cache", results=(lindenau(path=path),))
    out, err = io.StringIO(), io.StringIO()
    run_once(config, ["!ergebnis", "!ergebnis"], as_json=True, out=out, err=err)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    (image,) = first["images"]
    assert first == second and Path(image).read_bytes()[:4] == b"\x89PNG"
    assert Path(image).parent == tmp_path / "cache" / "charts"
    out = io.StringIO()
    run_once(config, ["!ergebnis"], out=out, err=err)
    assert f"[Grafik: {image}]" in out.getvalue()
    assert "Ausgezählt: 2 von 4 Stimmbezirken" in out.getvalue()


def test_a_broken_results_file_is_one_line_in_the_console(tmp_path):
    path = tmp_path / "lindenau.csv"
    path.write_bytes(b"datum;wahl\n")
    config = replace(default_config(), cache_dir=None, results=(lindenau(path=path),))
    out, err = io.StringIO(), io.StringIO()
    run_once(config, ["!ergebnis"], out=out, err=err)
    assert err.getvalue().count("\n") == 1 and "bad header" in err.getvalue()
    assert "Noch keine Zahlen gelesen" in out.getvalue() and "bad header" in out.getvalue()


# -- feeds while the console runs ------------------------------------------------------------

site = news_site.site  # a news site on 127.0.0.1 (tests/web/conftest.py) …
only_localhost = news_site.only_localhost  # … and nothing else reachable (autouse)


class WaitingInput(io.StringIO):
    """Standard input typed by someone who waits until the console says a new article came."""

    def __init__(self, err: io.StringIO, line: str) -> None:
        super().__init__()
        self.err, self.line = err, line

    def readline(self, *args) -> str:
        line, self.line = self.line, ""
        deadline = time.monotonic() + 20
        while line and "neu:" not in self.err.getvalue() and time.monotonic() < deadline:
            time.sleep(0.05)
        return line


def test_a_feed_entry_becomes_answerable_while_the_console_runs(tmp_path, site):
    page = site.page("/wahl/stichwahl.html", "hallstedt_stichwahl.html")
    feed = site.serve(
        "/rss",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wahl</title>'
        f"<item><title>Stichwahl</title><link>{page}</link></item></channel></rss>",
        content_type="application/rss+xml",
    )
    config = replace(
        default_config(),
        seeds=tmp_path,
        reload_interval=0,
        cache_dir=None,
        feeds=(feed,),
        fetch=FetchSettings(allow_private_addresses=True, min_interval_per_host=0),
    )
    out, err = io.StringIO(), io.StringIO()
    stdin = WaitingInput(err, "!zitat Krell\n")
    assert run_console(config, stdin=stdin, out=out, err=err) == 0
    assert "(articles: new: 127-0-0-1-stichwahl_" in err.getvalue()
    assert "eine glückliche Hand" in out.getvalue()
    source = (
        "-# Hallstedter Rundschau: „Stichwahl in Hallstedt: Hoffstetter löst Krell im Rathaus ab“"
        " · 28.09.2025 · "
    )
    assert source in out.getvalue()
    assert (
        "<https://www.hallstedter-rundschau.de/lokales/stichwahl-hoffstetter-krell-100.html>"
        in (out.getvalue())
    )


def test_a_one_shot_answer_loads_neither_the_results_answers_nor_the_feed_reader_nor_http():
    import subprocess
    import sys

    # (Nor the name finder, bot.corpus.people: with the articles' cache in place nothing is
    # extracted, and its patterns take tens of milliseconds to compile.)
    probe = (
        "import sys, bot.console.dryrun; "
        "print(sorted(m for m in ('PIL', 'bot.web.feeds', 'discord', 'bot.web.http', 'http.client',"
        " 'ssl', 'bot.results.answers', 'bot.results.chart', 'bot.corpus.people')"
        " if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"  # the cold start pays only for what it answers with


def test_the_console_loads_the_results_answers_in_the_background_before_the_first_question():
    import subprocess
    import sys

    probe = (
        "import io, sys, threading; from dataclasses import replace;"
        " from bot.config import default_config; from bot.console.dryrun import run_console;"
        " config = replace(default_config(), reload_interval=0, cache_dir=None);"
        " run_console(config, stdin=io.StringIO(':quit\\n'), out=io.StringIO(), err=io.StringIO());"
        " [t.join(30) for t in threading.enumerate() if t.name == 'warm-up'];"
        " print('bot.results.answers' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "True"  # nobody asked: it was loaded while the console waited
