"""The chart benchmark runs and prints its table (its figures are read, never asserted)."""

from benchmarks import bench_chart


def test_the_chart_benchmark_prints_a_row_per_size(monkeypatch, capsys):
    monkeypatch.setattr(bench_chart, "REPEATS", 1)
    bench_chart.main()
    out = capsys.readouterr().out
    assert "| 3 | " in out and "| 12 | " in out and "installed: Pillow" in out
