"""The owner sets up an election's results in config.yaml; a mistake is one line naming the file
and the key, and the CLI stops with exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, load_config
from bot.results.settings import Candidate

ENTRY = """\
results:
  - name: Bürgermeisterwahl Lindenau
    place: Lindenau
    path: lindenau.csv
    interval: 30
    candidates:
      D1: {name: Hanna Vogt, party: SPD}
      D3: {name: Mira Keller, party: GRÜNE}
      D2: Jonas Brandt
discord:
  results_channel: 42
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_election_in_the_issues_shape(tmp_path: Path):
    config = load_config(write(tmp_path, ENTRY))
    (source,) = config.results
    assert source.name == "Bürgermeisterwahl Lindenau" and source.place == "Lindenau"
    assert source.path == tmp_path / "lindenau.csv" and source.url is None
    assert source.interval == 30 and source.address == "lindenau.csv"
    assert source.candidates == (
        Candidate(1, "Hanna Vogt", "SPD"),
        Candidate(2, "Jonas Brandt", ""),
        Candidate(3, "Mira Keller", "GRÜNE"),
    )
    assert config.discord.results_channel == 42


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (("path: lindenau.csv", "url: ftp://x/y.csv"), "results[0].url"),
        (("    path: lindenau.csv\n", ""), "results[0]' needs exactly one of 'url' and 'path'"),
        (("interval: 30", "interval: 1"), "results[0].interval"),
        (("interval: 30", "interval: soon"), "results[0].interval"),
        (("D3:", "E3:"), "results[0].candidates.E3"),
        (("party: SPD", "partei: SPD"), "results[0].candidates.D1.partei"),
        (("place: Lindenau", "ort: Lindenau"), "results[0].ort"),
        (("    place: Lindenau\n", ""), "results[0].place"),
        (("results_channel: 42", "results_channel: general"), "discord.results_channel"),
    ],
)
def test_a_broken_entry_is_one_line_naming_file_and_key(tmp_path: Path, change, key):
    path = write(tmp_path, ENTRY.replace(*change))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and key in message and "\n" not in message


def test_the_same_name_twice_is_refused(tmp_path: Path):
    entry = ENTRY.split("discord:")[0]
    twice = entry + entry.split("results:\n")[1]
    with pytest.raises(ConfigError, match=r"results\[1\].name"):
        load_config(write(tmp_path, twice))


def test_the_cli_stops_with_exit_status_2(tmp_path: Path, capsys):
    path = write(tmp_path, "results: {name: x}\n")
    assert main(["dry-run", "--config", str(path), "-c", "!ergebnis"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("config error:") and "'results'" in err and "\n" not in err
