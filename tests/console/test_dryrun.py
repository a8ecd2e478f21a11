"""Trying the bot in the terminal: each line is answered exactly as Discord would answer it."""

import io
import time
from dataclasses import replace

from bot.config import default_config
from bot.console.dryrun import refresh_note, run_console, run_once
from bot.engine.render import render_text
from bot.library import Library
from bot.web.http import FetchSettings
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


def test_the_console_tells_of_new_articles_and_problems_once_each():
    from bot.library import Refresh

    note = refresh_note(
        Refresh(
            changed=True, added=("hagen.txt",), problems=("x.txt: the file is empty (skipped)",)
        ),
        "de",
    )
    assert note.splitlines() == [
        "(Artikel: neu: hagen.txt)",
        "(x.txt: the file is empty (skipped))",
    ]
    assert refresh_note(Refresh(changed=False, problems=("p",)), "en") == "(p)"


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
    assert "(Artikel: neu: 127-0-0-1-stichwahl_" in err.getvalue()
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
