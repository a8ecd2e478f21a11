"""The command line as a newsroom developer uses it: JSON contracts, exit codes, no tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_json(capsys, argv: list[str]) -> list[dict]:
    assert main(argv) == 0
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_extract_json_has_the_documented_shape(capsys):
    assert main(["extract", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (article,) = data["articles"]
    assert set(article) == {
        "id",
        "path",
        "title",
        "publisher",
        "authors",
        "published",
        "url",
        "blocks",
        "people",
        "quotes",
        "facts",
    }
    assert article["publisher"] == "Nordstadtblogger"
    assert article["published"] == "2025-09-29"
    assert {"kind", "line", "text"} == set(article["blocks"][0])
    assert all(set(p) == {"name", "aliases", "party", "roles"} for p in article["people"])
    assert all(
        set(q)
        == {
            "text",
            "speaker",
            "kind",
            "line",
            "section",
            "source",
            "label",
            "attributed_to",
            "statement",
            "continues",
        }
        for q in article["quotes"]
    )
    assert all(set(f) == {"text", "line", "claimed_by"} for f in article["facts"])


def test_extract_summary_lists_people_and_quotes_per_speaker(capsys):
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert "People:" in out and "Quotes per speaker" in out
    assert "Thomas Westphal (SPD)" in out


def test_extract_reports_an_unreadable_file_and_goes_on(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Von A\nEin Absatz. „Gut so“, sagte Max Muster.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary")
    assert main(["extract", "--json", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert [a["id"] for a in json.loads(captured.out)["articles"]] == ["a"]
    assert "b.txt: looks like a binary file" in captured.err


def test_dry_run_json_quote_has_status_ok_and_sourced_excerpts(capsys):
    (reply,) = run_json(capsys, ["dry-run", "--json", "-c", "!quote Westphal"])
    assert reply["status"] == "ok"
    assert reply["person"] == "Thomas Westphal"
    assert reply["excerpts"]
    assert {
        "number",
        "text",
        "speaker",
        "role",
        "party",
        "kind",
        "article",
        "line",
        "section",
        "source",
    } == set(reply["excerpts"][0])
    assert all(e["speaker"] == "Thomas Westphal" for e in reply["excerpts"])


def test_dry_run_answers_each_command_in_turn(capsys):
    replies = run_json(capsys, ["dry-run", "--json", "-c", "!zitat Kalouti", "-c", "!wer Merz"])
    assert [r["status"] for r in replies] == ["ok", "not_found"]


def test_a_dm_question_is_answered_without_prefix(capsys):
    (reply,) = run_json(capsys, ["dry-run", "--dm", "--json", "-c", "Wer hat die Wahl gewonnen?"])
    assert reply["status"] == "ok"
    assert reply["excerpts"]


def test_ask_prints_the_reply_as_json(capsys):
    (reply,) = run_json(capsys, ["ask", "--json", "Warum hat Westphal verloren?"])
    assert reply["status"] == "ok"
    assert any("Wahlbeteiligung" in e["text"] for e in reply["excerpts"])


def test_unknown_subcommand_is_a_usage_error():
    with pytest.raises(SystemExit) as caught:
        main(["fly"])
    assert caught.value.code == 2


@pytest.mark.parametrize("argv", [["-m", "bot", "dry-run", "--json", "-c", "!quote Westphal"]])
def test_the_module_runs_as_a_whole_process(argv):
    done = subprocess.run(
        [sys.executable, *argv], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "ok"


def test_an_empty_question_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["ask", "  "])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: python -m bot ask")
    assert "Wer hat die Wahl gewonnen?" in err


def test_a_seeds_folder_that_does_not_exist_is_one_line_and_exit_2(tmp_path, capsys):
    config = tmp_path / "config.yaml"
    config.write_text("seeds: nowhere\ncache_dir: null\n", encoding="utf-8")
    for argv in (["dry-run", "-c", "!quellen"], ["ask", "Wer?"], ["extract"], ["run"]):
        assert main([*argv, "--config", str(config)]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err == (
            f"error: {tmp_path / 'nowhere'}: the seeds folder does not exist "
            f"(set 'seeds' in {config})\n"
        )


def test_a_reader_that_stops_reading_gets_no_traceback():
    """`python -m bot dry-run -c '!zitat Westphal' | head -3` ends quietly."""
    argv = [sys.executable, "-m", "bot", "dry-run", "-c", "!zitat Westphal", "-c", "!fakten"]
    with subprocess.Popen(
        argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        err = process.stderr.read().decode()
        process.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err
