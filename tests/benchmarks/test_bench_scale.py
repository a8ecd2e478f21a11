"""The scale benchmark's own arithmetic: queries, percentiles, budgets and the printed table.

No test here looks at a measured time: benchmarks print figures, tests check how they are made.
"""

from benchmarks import bench_scale
from benchmarks.bench_scale import measure, percentile, table
from benchmarks.generate_corpus import generate_articles
from benchmarks.scale_queries import QuerySet, build_queries, typo


def test_percentile_is_nearest_rank():
    values = sorted(float(v) for v in range(1, 101))
    assert percentile(values, 0.50) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([7.0], 0.99) == 7.0


def test_measure_stops_at_the_budget_but_runs_a_minimum(monkeypatch):
    calls = []
    result = measure(lambda item: calls.append(item) or "ok", list(range(500)), budget=0.0)
    assert result["n"] == bench_scale.MIN_QUERIES
    assert result["outcomes"] == {"ok": bench_scale.MIN_QUERIES}
    assert result["p50"] <= result["p99"]


def test_queries_are_deterministic_and_name_the_corpus_people():
    articles = list(generate_articles(30))
    first = build_queries(articles, 120)
    assert first == build_queries(articles, 120)
    assert QuerySet.from_json(first.to_json()) == first
    assert all(len(getattr(first, f)) == 120 for f in ("quote", "who", "search", "topic"))
    assert "Wer hat die Wahl gewonnen?" in first.ask  # the seed's examples are among them
    surnames = {p.last for a in articles for p in a.people}
    assert sum(q in surnames for q in first.quote) > 20
    assert {what for what, _ in first.autocomplete} == {"person", "topic", "command"}


def test_a_typo_changes_one_letter_at_most():
    import random

    rng = random.Random(1)
    for _ in range(100):
        slip = typo(rng, "Westphal")
        assert slip != "" and abs(len(slip) - len("Westphal")) <= 1


def _fake_result(n: int) -> dict:
    latency = {"p50": 0.5, "p99": 1.5, "mean": 0.6, "n": 100, "outcomes": {"ok": 100}}
    system = {
        "build_s": 0.1,
        "search": {**latency, "p99": 3.0},
        "ask": {**latency, "p99": 3.0},
        "ask_correct": 10,
        "ask_misses": ["Wer hat die Wahl gewonnen?"],
    }
    return {
        "n": n,
        "first": {
            "articles": n,
            "open_s": 0.01 * n,
            "rest_s": 0.005 * n,
            "index_build_s": 0.005 * n,
            "index_load_s": 0.0,
            "cache_save_s": 0.0,
            "rss_peak_mb": 30 + 0.2 * n,
            "latency": {
                c: latency for c in ("quote", "who", "autocomplete", "topic", "search", "ask")
            },
            "ask_correct": 12,
            "ask_total": 17,
            "ask_misses": [],
        },
        "restart": {
            "open_s": 0.5,
            "cache_load_s": 0.1,
            "index_build_s": 0.0,
            "index_load_s": 0.4,
            "rss_peak_mb": 40,
            "extracted": 0,
            "articles": n,
        },
        "baselines": {"passages": 50 * n, "fts5": system, "naive": system},
        **({"cold_start": {"median_s": 0.2, "runs": 3}} if n == 1 else {}),
    }


def test_the_table_puts_targets_and_verdicts_next_to_the_figures():
    printed = table([_fake_result(1), _fake_result(1_000)])
    lines = printed.splitlines()
    assert lines[0].startswith("| figure | target | N=1 | N=1,000 | met? |")
    row = next(line for line in lines if line.startswith("| **build from raw text**"))
    assert "< 5 s at 1,000" in row and row.endswith("| **no** |")  # 10 s at 1,000
    row = next(line for line in lines if line.startswith("| **quote**"))
    assert row.endswith("| yes |")
    row = next(line for line in lines if line.startswith("| **restart**"))
    assert row.endswith("| not run |")  # its target is at 10,000
    row = next(line for line in lines if line.startswith("| **cold start**"))
    assert "not run" in row and row.endswith("| yes |")  # only timed at N=1 here
    row = next(line for line in lines if line.startswith("| search: FTS5"))
    assert "2.0×" in row and row.endswith("| yes |")
