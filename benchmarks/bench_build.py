"""The build from raw text, side by side with another version of the code, in the same run.

`bench_scale` measures one version; a figure from another day is no comparison on a machine
whose speed moves with everybody else's load. This runs two versions back to back on the same
generated corpus, alternating which goes first, each phase in a fresh process:

- the build from raw text (`Library.open` on an empty cache), split into reading + extraction,
  index build and cache write, with the CPU time it took (user + system, extraction workers
  included: it moves much less with the load than the wall time);
- the seed's extraction (the median of many, in one process, after start-up);
- the cold start of a whole `dry-run` process on the seed, with its cache in place.

Figures are medians over the repetitions; the load average is printed before and after.

    .venv/bin/python -m benchmarks.bench_build --against /path/to/other/checkout -n 1000 --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # a worker runs this file by path, importing the version measured
    from importlib import import_module
else:
    import yaml

    from benchmarks.bench_scale import COLD_COMMAND, link_corpus, log
    from benchmarks.generate_corpus import SEED_ARTICLE, write_corpus
    from bot.library import SETTLE_NS

ROOT = Path(__file__).resolve().parent.parent
SEED_RUNS = 30  # seed extractions per measurement


# --- workers (run by path, with the measured version first on the import path) -----------------


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the joined extraction workers
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def worker_build(config_path: Path) -> dict:
    """A first start on an empty cache, split into its parts (`bench_scale`'s instrumentation)."""
    scale = import_module("benchmarks.bench_scale")
    before = _cpu_seconds()
    _, figures = scale._open_library(config_path, scale.Profiler(None, ""), "build")
    return {**figures, "cpu_s": _cpu_seconds() - before}


def worker_seed(seed: Path) -> dict:
    """The seed's extraction in a warm process: median and best of `SEED_RUNS`."""
    loading = import_module("bot.corpus.loading")
    data, sidecar = loading.read_article_files(seed, 10_000_000)
    for _ in range(3):
        loading.build_article(seed, data, sidecar)
    times = []
    for _ in range(SEED_RUNS):
        start = time.perf_counter()
        loading.build_article(seed, data, sidecar)
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": statistics.median(times), "best_ms": min(times)}


# --- orchestration ------------------------------------------------------------------------------


class Version:
    """One version of the code: a snapshot of its files and the Python that runs it."""

    def __init__(self, label: str, tree: Path, workdir: Path) -> None:
        self.label = label
        self.code = workdir / f"code_{label}"
        shutil.rmtree(self.code, ignore_errors=True)
        for folder in ("bot", "benchmarks", "seeds"):
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(tree / folder, self.code / folder, ignore=ignore)
        self.example = yaml.safe_load((tree / "config.example.yaml").read_text(encoding="utf-8"))
        own = tree / ".venv" / "bin" / "python"
        self.python = str(own if own.exists() else sys.executable)
        self.env = {**os.environ, "PYTHONPATH": str(self.code)}

    def config(self, path: Path, seeds: Path, cache: Path) -> Path:
        """Its own example config (versions differ in their keys), on these seeds and cache."""
        data = {**self.example, "seeds": str(seeds), "cache_dir": str(cache), "reload_interval": 0}
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return path

    def worker(self, kind: str, argument: Path, out: Path) -> dict:
        command = [self.python, str(Path(__file__).resolve()), kind, str(argument), str(out)]
        done = subprocess.run(
            command, cwd=self.code, env=self.env, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{self.label} {kind} failed:\n{done.stderr[-3000:]}")
        return json.loads(out.read_text(encoding="utf-8"))

    def cold_start(self, config: Path) -> float:
        command = [self.python, "-m", "bot", "dry-run", "--config", str(config), "-c", COLD_COMMAND]
        start = time.perf_counter()
        done = subprocess.run(
            command, cwd=self.code, env=self.env, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{self.label} dry-run failed:\n{done.stderr[-2000:]}")
        return time.perf_counter() - start


def _folder(workdir: Path, name: str, articles: Sequence[Any], corpus: Path) -> Path:
    seeds = workdir / name
    shutil.rmtree(seeds, ignore_errors=True)
    link_corpus(corpus, seeds, articles)
    return seeds


def measure(versions: Sequence[Version], size: int, runs: int, workdir: Path) -> dict:
    """Every figure of every version, `runs` times, alternating which version goes first."""
    corpus = workdir / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    articles = write_corpus(corpus, size)
    seeds = _folder(workdir, "seeds", articles, corpus)
    one = _folder(workdir, "seed_only", articles[:1], corpus)
    time.sleep(SETTLE_NS / 1e9)  # settled files, as a real first start finds them
    figures: dict[str, dict[str, list[float]]] = {v.label: {} for v in versions}
    cold_configs = {}
    for v in versions:  # the seed's cache, so the cold start loads it as a restart does
        cache = workdir / f"cold_cache_{v.label}"
        cold_configs[v.label] = v.config(workdir / f"cold_{v.label}.yaml", one, cache)
        v.cold_start(cold_configs[v.label])
    for run in range(runs):
        order = versions if run % 2 == 0 else list(reversed(versions))
        for v in order:
            cache = workdir / f"cache_{v.label}"
            shutil.rmtree(cache, ignore_errors=True)
            config = v.config(workdir / f"build_{v.label}.yaml", seeds, cache)
            built = v.worker("build", config, workdir / "out.json")
            seed = v.worker("seed", SEED_ARTICLE, workdir / "out.json")
            mine = figures[v.label]
            for name, value in (
                ("build_s", built["open_s"]),
                ("extraction_s", built["rest_s"]),
                ("index_s", built["index_build_s"]),
                ("cache_write_s", built["cache_save_s"]),
                ("cpu_s", built["cpu_s"]),
                ("seed_ms", seed["median_ms"]),
                ("cold_s", v.cold_start(cold_configs[v.label])),
            ):
                mine.setdefault(name, []).append(value)
            log(f"  run {run + 1}/{runs} {v.label}: build {built['open_s']:.2f} s")
    return figures


ROWS = (
    ("build from raw text, wall (s)", "build_s", "{:.2f}"),
    ("… reading + extraction and the rest (s)", "extraction_s", "{:.2f}"),
    ("… index build (s)", "index_s", "{:.2f}"),
    ("… cache write (s)", "cache_write_s", "{:.2f}"),
    ("build, CPU time with the workers' (s)", "cpu_s", "{:.2f}"),
    ("seed extraction, median of 30 (ms)", "seed_ms", "{:.2f}"),
    ("cold start, dry-run on the seed (s)", "cold_s", "{:.2f}"),
)


def table(figures: dict[str, dict[str, list[float]]]) -> str:
    labels = list(figures)
    lines = ["| figure (median) | " + " | ".join(labels) + " |", "|---" * (len(labels) + 1) + "|"]
    for title, key, form in ROWS:
        cells = [form.format(statistics.median(figures[label][key])) for label in labels]
        lines.append(f"| {title} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, required=True, help="the other checkout")
    parser.add_argument("--label", default="other", help="its name in the table")
    parser.add_argument("-n", type=int, default=1_000, help="articles (default 1,000)")
    parser.add_argument("--runs", type=int, default=5, help="repetitions (default 5)")
    parser.add_argument("--workdir", type=Path, help="keep the files here (default: temporary)")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench_build_"))
    workdir.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    try:
        versions = [Version(args.label, args.against, workdir), Version("this", ROOT, workdir)]
        figures = measure(versions, args.n, args.runs, workdir)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    load_after = os.getloadavg()
    print(
        f"\n### Build from raw text at N={args.n:,}, {args.runs} runs per version "
        f"({os.cpu_count()} cores; load average {load_before[0]:.1f} before, "
        f"{load_after[0]:.1f} after, {load_after[2]:.1f} over 15 minutes)\n"
    )
    print(table(figures))
    print("\nEvery run:", json.dumps(figures))
    return 0


def worker_main(argv: Sequence[str]) -> int:
    kind, argument, out = argv
    result = worker_build(Path(argument)) if kind == "build" else worker_seed(Path(argument))
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):
        raise SystemExit(worker_main(sys.argv[1:]))
    raise SystemExit(main())
