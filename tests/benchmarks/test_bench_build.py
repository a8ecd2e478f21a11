"""The side-by-side build benchmark's table and configs: how figures are shown, never a time."""

from pathlib import Path

import yaml

from benchmarks.bench_build import ROWS, Version, table


def _figures(value: float) -> dict[str, list[float]]:
    return {key: [value, 100.0, 0.0] for _, key, _ in ROWS}


def test_the_table_shows_each_versions_median_side_by_side():
    text = table({"old": _figures(3.0), "this": _figures(1.5)})
    lines = text.splitlines()
    assert lines[0] == "| figure (median) | old | this |"
    build = next(line for line in lines if line.startswith("| build from raw text, wall"))
    assert build.endswith("| 3.00 | 1.50 |")  # the median of three runs, not their mean
    assert len(lines) == 2 + len(ROWS)


def test_each_version_gets_its_own_example_config_on_the_same_seeds(tmp_path):
    tree = Path(__file__).resolve().parents[2]
    version = Version("this", tree, tmp_path)
    assert (version.code / "bot" / "library.py").exists()  # a snapshot, not the live files
    path = version.config(tmp_path / "c.yaml", tmp_path / "seeds", tmp_path / "cache")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["seeds"] == str(tmp_path / "seeds")
    assert data["cache_dir"] == str(tmp_path / "cache")
    assert data["reload_interval"] == 0
    assert data["topics"]  # the rest of that version's example config is kept
