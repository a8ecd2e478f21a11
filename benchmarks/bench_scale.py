"""How the bot scales to a whole night's coverage, measured against SQLite FTS5 and a naive scan.

For each corpus size N (the seed plus N-1 generated variants) it prints:
- index build time from raw text (extraction + engine build), the first start with an empty
  cache, and the restart with the persisted cache (`Library.open` on the unchanged folder);
- peak memory (max RSS) of a process that builds the index from raw text and answers every query,
  and of one that restarts from the cache: each phase runs in its own subprocess, so sizes and
  phases never pollute each other's figures;
- p50/p99 latency per command (`quote` by name, `who`, `search`, `ask`, a topic command,
  autocomplete) over a few hundred varied queries each;
- the same `search`/`ask` queries against SQLite FTS5 (bm25) and a naive linear rapidfuzz scan
  over the same sentences, the latency ratios, and for `ask` how many of the seed's example
  questions each one answers correctly in its top 3;
- the cold start of one whole process answering `!quote Westphal` (`python -m bot dry-run`).

Figures are printed, never asserted. One markdown table at the end, with the issue's targets.
The code under test (`bot/`, `benchmarks/`, `seeds/`) is copied into the work folder first, so
every phase measures the same version even while the project is being edited.

    .venv/bin/python -m benchmarks.bench_scale             # N = 1, 100, 1,000, 10,000
    .venv/bin/python -m benchmarks.bench_scale --quick     # N up to 1,000, fewer queries
    .venv/bin/python -m benchmarks.bench_scale --sizes 1000 --profile /tmp/prof   # cProfile
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import math
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:
    from benchmarks.generate_corpus import SEED_ARTICLE, GeneratedArticle, write_corpus
except ModuleNotFoundError:  # run as a script: put the project folder on the path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.generate_corpus import SEED_ARTICLE, GeneratedArticle, write_corpus
from benchmarks.scale_queries import QuerySet, build_queries
from benchmarks.seed_questions import AnswerKey
from bot.library import SETTLE_NS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_CONFIG = ROOT / "config.example.yaml"
FULL_SIZES = (1, 100, 1_000, 10_000)
QUICK_SIZES = (1, 100, 1_000)
WORKER_TIMEOUT = 1_800  # seconds; a hung phase must not hang the whole run
COLD_COMMAND = "!quote Westphal"


@dataclass(frozen=True)
class Settings:
    """How much to measure: queries per command and a time budget per (system, command)."""

    queries: int
    budget: float  # seconds; stop a command's loop once spent (at least MIN_QUERIES run)
    cold_runs: int


MIN_QUERIES = 10
FULL = Settings(queries=300, budget=10.0, cold_runs=5)
QUICK = Settings(queries=100, budget=3.0, cold_runs=3)


# --- measuring ---------------------------------------------------------------------------------


def max_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    Linux's VmHWM belongs to the process's own address space; `ru_maxrss` would also carry the
    parent's peak across fork and exec, and the parent holds the whole generated corpus.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def percentile(sorted_values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(share * len(sorted_values)))
    return sorted_values[rank - 1]


def measure(
    run: Callable[[Any], str], inputs: Sequence[Any], budget: float, warmup: int = 3
) -> dict:
    """Latency of `run` over `inputs` (ms): p50, p99, how many ran, and their outcomes."""
    for item in inputs[:warmup]:
        run(item)
    times: list[float] = []
    outcomes: Counter[str] = Counter()
    deadline = time.perf_counter() + budget
    for i, item in enumerate(inputs):
        if i >= MIN_QUERIES and time.perf_counter() > deadline:
            break
        start = time.perf_counter_ns()
        outcome = run(item)
        times.append((time.perf_counter_ns() - start) / 1e6)
        outcomes[outcome] += 1
    times.sort()
    return {
        "p50": percentile(times, 0.50),
        "p99": percentile(times, 0.99),
        "mean": statistics.fmean(times),
        "n": len(times),
        "outcomes": dict(outcomes),
    }


class Profiler:
    """Optional cProfile around named phases; writes `.pstats` and a short text summary."""

    def __init__(self, folder: Path | None, tag: str) -> None:
        self.folder = folder
        self.tag = tag

    def run(self, phase: str, action: Callable[[], Any]) -> Any:
        if self.folder is None:
            return action()
        profile = cProfile.Profile()
        result = profile.runcall(action)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.tag}_{phase}.pstats"
        profile.dump_stats(path)
        text = io.StringIO()
        stats = pstats.Stats(profile, stream=text).strip_dirs()
        stats.sort_stats("tottime").print_stats(15)
        stats.sort_stats("cumulative").print_stats(25)
        path.with_suffix(".txt").write_text(text.getvalue(), encoding="utf-8")
        return result


# --- workers (each runs in its own process) --------------------------------------------------


def _reply_outcome(reply: Any) -> str:
    return "no reply" if reply is None else str(reply.status)


def _top_lines(excerpts: Sequence[Any]) -> list[tuple[str, int]]:
    return [(e.article, e.line) for e in excerpts]


def instrument_library() -> dict[str, float]:
    """Split `Library.open`'s time into its parts, in this worker process only.

    The names `bot.library` uses (build_index, load_index, save_index, ArticleCache,
    extract_files, extract_file) are swapped for thin timing wrappers; nothing in the bot's
    files changes. Returns the live tally.
    """
    import bot.library as library_module

    spent = {
        "index_build_s": 0.0,
        "index_load_s": 0.0,
        "cache_load_s": 0.0,
        "cache_save_s": 0.0,
        "extracted": 0,
    }

    def timed(function: Callable[..., Any], tally: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[tally] += time.perf_counter() - start

        return wrapper

    cache_class = library_module.ArticleCache

    class TimedCache(cache_class):  # type: ignore[misc, valid-type]
        open = classmethod(timed(cache_class.open.__func__, "cache_load_s"))
        save = timed(cache_class.save, "cache_save_s")

    extract_files = library_module.extract_files
    extract_file = library_module.extract_file

    def counted_extract_files(paths: Any, *args: Any, **kwargs: Any) -> Any:
        spent["extracted"] += len(paths)
        return extract_files(paths, *args, **kwargs)

    def counted_extract_file(*args: Any, **kwargs: Any) -> Any:
        spent["extracted"] += 1
        return extract_file(*args, **kwargs)

    library_module.build_index = timed(library_module.build_index, "index_build_s")
    library_module.load_index = timed(library_module.load_index, "index_load_s")
    library_module.save_index = timed(library_module.save_index, "cache_save_s")
    library_module.ArticleCache = TimedCache
    library_module.extract_files = counted_extract_files
    library_module.extract_file = counted_extract_file
    return spent


def _open_library(config_path: Path, profile: Profiler, phase: str) -> tuple[Any, dict]:
    """`Library.open` on the configured seeds folder, timed and split into its parts."""
    from bot.config import load_config
    from bot.library import Library

    spent = instrument_library()
    rss_imports = max_rss_mb()
    config = load_config(config_path)
    start = time.perf_counter()
    library, refresh = profile.run(phase, lambda: Library.open(config))
    elapsed = time.perf_counter() - start
    figures = {
        **spent,
        "open_s": elapsed,
        "rest_s": elapsed - sum(v for k, v in spent.items() if k.endswith("_s")),
        "articles": len(library.engine.index.articles),
        "problems": len(refresh.problems),
        "rss_imports_mb": rss_imports,
        "rss_open_mb": max_rss_mb(),
        "code": str(Path(sys.modules["bot"].__file__ or "").parent.parent),
    }
    return library, figures


def worker_first_start(
    config_path: Path, queries: QuerySet, settings: Settings, profile: Profiler
) -> dict:
    """The first start: build the index from raw text (empty cache), then answer every query."""
    library, figures = _open_library(config_path, profile, "first_start")
    engine = library.engine
    # What a running bot does in the background right after its start, long before its first
    # reader (`warm_up_in_background`): the queries below are timed as that reader's are.
    from bot.engine.engine import import_answer_modules

    import_answer_modules()

    def command(name: str) -> Callable[[str], str]:
        return lambda argument: _reply_outcome(engine.run_command(name, argument))

    def complete(pair: tuple[str, str]) -> str:
        return "choices" if engine.complete(pair[0], pair[1]) else "none"

    runs: dict[str, tuple[Callable[[Any], str], Sequence[Any]]] = {
        "quote": (command("quote"), queries.quote),
        "who": (command("who"), queries.who),
        "autocomplete": (complete, queries.autocomplete),
        "topic": (lambda name: _reply_outcome(engine.run_command(name, "")), queries.topic),
        "search": (command("search"), queries.search),
        "ask": (command("ask"), queries.ask),
    }
    latency = {
        name: profile.run(
            name, lambda run=run, inputs=inputs: measure(run, inputs, settings.budget)
        )
        for name, (run, inputs) in runs.items()
    }
    key = AnswerKey.of(SEED_ARTICLE)
    answered, misses = 0, []
    for question, lines in key.questions:
        reply = engine.run_command("ask", question.text)
        if key.is_answered(lines, _top_lines(reply.excerpts)):
            answered += 1
        else:
            misses.append(question.text)
    return {
        **figures,
        "rss_peak_mb": max_rss_mb(),
        "latency": latency,
        "ask_correct": answered,
        "ask_total": len(key.questions),
        "ask_misses": misses,
    }


def worker_restart(config_path: Path, profile: Profiler) -> dict:
    """A restart on the unchanged folder: the persisted cache must make it quick."""
    library, figures = _open_library(config_path, profile, "restart")
    reply = library.engine.run_command("quote", "Westphal")  # ready means: it answers
    return {**figures, "answers": reply.status, "rss_peak_mb": max_rss_mb()}


def worker_baselines(config_path: Path, queries: QuerySet, settings: Settings) -> dict:
    """FTS5 and the naive scan over the same sentences, on the same search/ask queries."""
    from benchmarks.baselines import Fts5Search, NaiveScan, passages_of
    from bot.config import load_config
    from bot.corpus.loading import collect_paths, decode_text
    from bot.corpus.reading import parse_article

    config = load_config(config_path)
    files, _ = collect_paths([config.seeds])
    articles = []
    for path in files:
        text, _ = decode_text(path.read_bytes(), str(path))
        articles.append(parse_article(text, article_id=path.stem, path=str(path)))
    passages = passages_of(articles)
    key = AnswerKey.of(SEED_ARTICLE)
    results: dict[str, Any] = {"passages": len(passages)}
    for name, make in (("fts5", Fts5Search), ("naive", NaiveScan)):
        start = time.perf_counter()
        system = make(passages)
        built = time.perf_counter() - start

        def run(text: str, system: Any = system) -> str:
            return "hits" if system.search(text) else "none"

        answered, misses = 0, []
        for question, lines in key.questions:
            found = system.search(question.text)
            if key.is_answered(lines, [(p.article, p.line) for p in found]):
                answered += 1
            else:
                misses.append(question.text)
        results[name] = {
            "build_s": built,
            "search": measure(run, queries.search, settings.budget),
            "ask": measure(run, queries.ask, settings.budget),
            "ask_correct": answered,
            "ask_misses": misses,
        }
        system.close()
    return results


def worker_main(args: argparse.Namespace) -> int:
    settings = Settings(**json.loads(args.settings))
    profile = Profiler(args.profile, f"n{args.size}")
    queries = QuerySet.from_json(json.loads(args.query_file.read_text(encoding="utf-8")))
    if args.worker == "first_start":
        result = worker_first_start(args.config, queries, settings, profile)
    elif args.worker == "restart":
        result = worker_restart(args.config, profile)
    else:
        result = worker_baselines(args.config, queries, settings)
    args.out.write_text(json.dumps(result), encoding="utf-8")
    return 0


# --- orchestration ------------------------------------------------------------------------------


def write_config(folder: Path, seeds: Path, cache: Path) -> Path:
    """The example config (its topics), pointed at this corpus and cache, without watching."""
    data = yaml.safe_load(EXAMPLE_CONFIG.read_text(encoding="utf-8")) or {}
    data.update({"seeds": str(seeds), "cache_dir": str(cache), "reload_interval": 0})
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def link_corpus(source: Path, target: Path, articles: Sequence[GeneratedArticle]) -> None:
    """The first N articles of the generated corpus, as hard links into their own folder."""
    target.mkdir(parents=True, exist_ok=True)
    for article in articles:
        for suffix in (".txt", ".yaml"):
            name = article.stem + suffix
            if (source / name).exists():
                os.link(source / name, target / name)


def code_env(code: Path) -> dict[str, str]:
    """The environment that makes a child process import the bot from the code snapshot."""
    return {**os.environ, "PYTHONPATH": str(code)}


def snapshot_code(workdir: Path) -> Path:
    """Copy the code under test, so that every phase of a run measures the same version even
    while somebody edits the project (an edit to `bot/corpus` would invalidate the cache)."""
    code = workdir / "code"
    shutil.rmtree(code, ignore_errors=True)
    for folder in ("bot", "benchmarks", "seeds"):
        shutil.copytree(ROOT / folder, code / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return code


def code_version() -> str:
    """The git commit under test, and whether the working tree differs from it."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = git("status", "--porcelain", "--", "bot", "benchmarks")
    return commit + (" + uncommitted changes" if dirty else "")


def run_worker(
    kind: str, size: int, folder: Path, config: Path, queries: Path, **extra: Any
) -> dict:
    """One measuring phase in a fresh process, importing the code snapshot."""
    out = folder / f"{kind}.json"
    command = [
        sys.executable,
        "-m",
        "benchmarks.bench_scale",
        "--worker",
        kind,
        "--size",
        str(size),
        "--config",
        str(config),
        "--query-file",
        str(queries),
        "--out",
        str(out),
        "--settings",
        json.dumps(extra["settings"].__dict__),
    ]
    if extra.get("profile") is not None:
        command += ["--profile", str(extra["profile"])]
    start = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=extra["code"],
        env=code_env(extra["code"]),
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"N={size} {kind} failed:\n{done.stderr[-3000:]}")
    log(f"  N={size:,}: {kind} done in {time.perf_counter() - start:.1f} s")
    return json.loads(out.read_text(encoding="utf-8"))


def cold_start(config: Path, runs: int, cwd: Path, code: Path, trace_imports: bool) -> dict:
    """Wall time of whole `python -m bot dry-run -c …` processes, and whether discord loads."""
    command = [sys.executable, "-m", "bot", "dry-run", "--config", str(config), "-c", COLD_COMMAND]
    env = code_env(code)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, check=False
        )
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise RuntimeError(f"dry-run failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = {"median_s": statistics.median(times), "runs": runs}
    if trace_imports:
        traced = subprocess.run(
            [sys.executable, "-X", "importtime", *command[1:]],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        modules = [line.rsplit("|", 1)[-1].strip() for line in traced.stderr.splitlines()]
        result["discord_imported"] = any(m.split(".")[0] == "discord" for m in modules)
    return result


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def bench_size(
    size: int,
    workdir: Path,
    corpus: Path,
    articles: Sequence[GeneratedArticle],
    settings: Settings,
    options: argparse.Namespace,
    code: Path,
) -> dict:
    """Every figure for one corpus size; each phase in its own process."""
    folder = workdir / f"n{size}"
    seeds = folder / "seeds"
    link_corpus(corpus, seeds, articles)
    # Linking just changed the files' status times. A real restart finds files written long
    # before, whose signatures the first start could trust (`bot.library.SETTLE_NS`); wait
    # until these are as settled, or the restart would hash every file again.
    time.sleep(SETTLE_NS / 1e9)
    config = write_config(folder, seeds, folder / "cache")
    queries = folder / "queries.json"
    query_set = build_queries(articles, settings.queries)
    queries.write_text(json.dumps(query_set.to_json(), ensure_ascii=False), encoding="utf-8")
    common = {"settings": settings, "profile": options.profile, "code": code}
    result: dict[str, Any] = {"n": size}
    result["first"] = run_worker("first_start", size, folder, config, queries, **common)
    result["restart"] = run_worker("restart", size, folder, config, queries, **common)
    result["baselines"] = run_worker("baselines", size, folder, config, queries, **common)
    if size <= options.cold_start_max:
        runs = settings.cold_runs if size <= 100 else max(1, settings.cold_runs // 2)
        result["cold_start"] = cold_start(config, runs, folder, code, trace_imports=size == 1)
        log(f"  N={size:,}: cold start {result['cold_start']['median_s']:.2f} s (median of {runs})")
    return result


# --- the table --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    label: str
    target: str
    cell: Callable[[dict], str]
    # Where the issue sets a target: the N it applies at and whether a result meets it.
    check: tuple[int, Callable[[dict], bool]] | None = None


def _ms(stats: dict) -> str:
    return f"{stats['p50']:.2f} / {stats['p99']:.2f}"


def _lat(r: dict, command: str) -> dict:
    return r["first"]["latency"][command]


def _ratio(slow: float, fast: float) -> str:
    return f"{slow / fast:.1f}×" if fast > 0 else "–"


def _seconds(value: float) -> str:
    return f"{value:.2f}"


def _growth(results: list[dict]) -> dict[int, str]:
    """Marginal peak RSS per 1,000 articles between consecutive sizes."""
    cells = {results[0]["n"]: "–"} if results else {}
    for before, after in itertools.pairwise(results):
        extra = after["first"]["rss_peak_mb"] - before["first"]["rss_peak_mb"]
        cells[after["n"]] = f"{1000 * extra / (after['n'] - before['n']):.0f}"
    return cells


def _restart(r: dict) -> str:
    """The restart time; flagged if it did not come from the cache (code changed, cache lost)."""
    cell = _seconds(r["restart"]["open_s"])
    if r["restart"]["extracted"]:
        cell += f" (re-extracted {r['restart']['extracted']:,}!)"
    return cell


def _cold(r: dict) -> str:
    return _seconds(r["cold_start"]["median_s"]) if "cold_start" in r else "not run"


def rows(growth: dict[int, str]) -> list[Row]:
    """The figures, in the order the README shows them."""

    def p99_under(command: str, limit: float) -> Callable[[dict], bool]:
        return lambda r: _lat(r, command)["p99"] < limit

    def at_least_fts(command: str) -> Callable[[dict], bool]:
        return lambda r: _lat(r, command)["p99"] <= r["baselines"]["fts5"][command]["p99"]

    def baseline(system: str, command: str) -> Callable[[dict], str]:
        return lambda r: _ms(r["baselines"][system][command])

    def speedup(system: str, command: str) -> Callable[[dict], str]:
        def cell(r: dict) -> str:
            theirs, ours = r["baselines"][system][command], _lat(r, command)
            return f"{_ratio(theirs['p50'], ours['p50'])} · {_ratio(theirs['p99'], ours['p99'])}"

        return cell

    def correct(r: dict) -> str:
        fts5, naive = r["baselines"]["fts5"], r["baselines"]["naive"]
        return (
            f"{r['first']['ask_correct']} · {fts5['ask_correct']} · {naive['ask_correct']}"
            f" of {r['first']['ask_total']}"
        )

    return [
        Row(
            "articles / sentences",
            "",
            lambda r: f"{r['first']['articles']:,} / {r['baselines']['passages']:,}",
        ),
        Row(
            "**build from raw text** = first start, empty cache (s)",
            "< 5 s at 1,000",
            lambda r: _seconds(r["first"]["open_s"]),
            (1_000, lambda r: r["first"]["open_s"] < 5),
        ),
        Row(
            "… of which reading + extraction, and the rest (s)",
            "",
            lambda r: _seconds(r["first"]["rest_s"]),
        ),
        Row("… of which index build (s)", "", lambda r: _seconds(r["first"]["index_build_s"])),
        Row("… of which cache write (s)", "", lambda r: _seconds(r["first"]["cache_save_s"])),
        Row(
            "**restart**, unchanged folder, persisted cache (s)",
            "< 1 s at 10,000",
            _restart,
            (10_000, lambda r: r["restart"]["open_s"] < 1 and not r["restart"]["extracted"]),
        ),
        Row(
            "… of which article cache load · index load (s)",
            "",
            lambda r: f"{r['restart']['cache_load_s']:.2f} · {r['restart']['index_load_s']:.2f}",
        ),
        Row(
            "**peak RSS**, first start + all queries (MB)",
            "< 300 MB at 1,000",
            lambda r: f"{r['first']['rss_peak_mb']:.0f}",
            (1_000, lambda r: r["first"]["rss_peak_mb"] < 300),
        ),
        Row("peak RSS, restart (MB)", "", lambda r: f"{r['restart']['rss_peak_mb']:.0f}"),
        Row("RSS growth per 1,000 articles (MB)", "≤ linear", lambda r: growth.get(r["n"], "–")),
        Row(
            "**cold start**: one whole dry-run process (s)",
            "< 1 s at the seed (N=1)",
            _cold,
            (1, lambda r: "cold_start" in r and r["cold_start"]["median_s"] < 1),
        ),
        Row(
            "**quote** p50 / p99 (ms)",
            "p99 < 2 ms at 1,000",
            lambda r: _ms(_lat(r, "quote")),
            (1_000, p99_under("quote", 2)),
        ),
        Row(
            "**who** p50 / p99 (ms)",
            "p99 < 2 ms at 1,000",
            lambda r: _ms(_lat(r, "who")),
            (1_000, p99_under("who", 2)),
        ),
        Row(
            "**autocomplete** p50 / p99 (ms)",
            "p99 < 2 ms at 1,000",
            lambda r: _ms(_lat(r, "autocomplete")),
            (1_000, p99_under("autocomplete", 2)),
        ),
        Row("topic command p50 / p99 (ms)", "", lambda r: _ms(_lat(r, "topic"))),
        Row(
            "**search** p50 / p99 (ms)",
            "p99 < 20 ms at 1,000",
            lambda r: _ms(_lat(r, "search")),
            (1_000, p99_under("search", 20)),
        ),
        Row(
            "**ask** p50 / p99 (ms)",
            "p99 < 20 ms at 1,000",
            lambda r: _ms(_lat(r, "ask")),
            (1_000, p99_under("ask", 20)),
        ),
        Row("FTS5 search p50 / p99 (ms)", "", baseline("fts5", "search")),
        Row("FTS5 ask p50 / p99 (ms)", "", baseline("fts5", "ask")),
        Row("naive scan search p50 / p99 (ms)", "", baseline("naive", "search")),
        Row("naive scan ask p50 / p99 (ms)", "", baseline("naive", "ask")),
        Row(
            "search: FTS5 time ÷ engine time, p50 · p99",
            "≥ 1× at 1,000",
            speedup("fts5", "search"),
            (1_000, at_least_fts("search")),
        ),
        Row(
            "ask: FTS5 time ÷ engine time, p50 · p99",
            "≥ 1× at 1,000",
            speedup("fts5", "ask"),
            (1_000, at_least_fts("ask")),
        ),
        Row("search: naive time ÷ engine time, p50 · p99", "", speedup("naive", "search")),
        Row("ask: naive time ÷ engine time, p50 · p99", "", speedup("naive", "ask")),
        Row(
            "**seed questions right in top 3**: engine · FTS5 · naive",
            "engine ≥ FTS5 at 1,000",
            correct,
            (1_000, lambda r: r["first"]["ask_correct"] >= r["baselines"]["fts5"]["ask_correct"]),
        ),
    ]


def table(results: list[dict]) -> str:
    """One markdown table: a row per figure, a column per N, the target and whether it is met."""
    sizes = [r["n"] for r in results]
    by_size = {r["n"]: r for r in results}
    header = ["figure", "target", *(f"N={n:,}" for n in sizes), "met?"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows(_growth(results)):
        verdict = ""
        if row.check is not None:
            at, test = row.check
            verdict = ("yes" if test(by_size[at]) else "**no**") if at in by_size else "not run"
        cells = [row.label, row.target, *(row.cell(by_size[n]) for n in sizes), verdict]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def details(results: list[dict]) -> str:
    """How many queries each latency rests on, what they answered, and the missed questions."""
    key = AnswerKey.of(SEED_ARTICLE)
    number = {q.text: f"Q{i}" for i, (q, _) in enumerate(key.questions, start=1)}
    lines = ["", "Queries measured per command (their outcomes):", ""]
    for r in results:
        parts = []
        for command, stats in r["first"]["latency"].items():
            outcome = ", ".join(f"{k} {v}" for k, v in sorted(stats["outcomes"].items()))
            parts.append(f"{command} {stats['n']} ({outcome})")
        for system in ("fts5", "naive"):
            for command in ("search", "ask"):
                parts.append(f"{system} {command} {r['baselines'][system][command]['n']}")
        restart = r["restart"]
        parts.append(f"restart re-extracted {restart['extracted']} of {restart['articles']}")
        lines.append(f"- N={r['n']:,}: " + "; ".join(parts))
    lines += [
        "",
        "Seed questions: " + "; ".join(f"{number[q.text]} {q.text}" for q, _ in key.questions),
        "",
    ]
    for r in results:
        misses = {
            "engine": r["first"]["ask_misses"],
            "FTS5": r["baselines"]["fts5"]["ask_misses"],
            "naive": r["baselines"]["naive"]["ask_misses"],
        }
        text = "; ".join(
            f"{k} missed {' '.join(number[q] for q in v) or 'none'}" for k, v in misses.items()
        )
        lines.append(f"- N={r['n']:,}: {text}")
    traced = [r["cold_start"] for r in results if "discord_imported" in r.get("cold_start", {})]
    if traced:
        loaded = "imports" if traced[0]["discord_imported"] else "does not import"
        lines += ["", f"The dry-run console {loaded} discord.py."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="N up to 1,000, fewer queries")
    parser.add_argument("--sizes", help="comma-separated corpus sizes, e.g. 1,100,1000,10000")
    parser.add_argument("--queries", type=int, help="queries per command (default 300; quick 100)")
    parser.add_argument("--workdir", type=Path, help="keep the corpora here (default: a temp dir)")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of every phase here")
    parser.add_argument("--json", type=Path, help="also write the raw figures to this file")
    parser.add_argument(
        "--cold-start-max",
        type=int,
        help="time whole dry-run processes up to this N (default 1,000, quick 100; each run "
        "costs about one restart)",
    )
    # Internal: one measuring phase in its own process.
    parser.add_argument("--worker", choices=("first_start", "restart", "baselines"))
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--query-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--settings", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(args)

    settings = QUICK if args.quick else FULL
    if args.cold_start_max is None:
        args.cold_start_max = 100 if args.quick else 1_000
    if args.queries:
        settings = Settings(args.queries, settings.budget, settings.cold_runs)
    sizes = (
        tuple(int(s) for s in args.sizes.replace("_", "").split(","))
        if args.sizes
        else (QUICK_SIZES if args.quick else FULL_SIZES)
    )
    temporary = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="bench_scale_")) if temporary else args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    if load_before > 0.5:
        log(f"load average {load_before:.1f}: other processes are busy, latencies will suffer")
    try:
        start = time.perf_counter()
        version = code_version()
        code = snapshot_code(workdir)
        corpus = workdir / "corpus"
        shutil.rmtree(corpus, ignore_errors=True)
        articles = write_corpus(corpus, max(sizes))
        log(f"generated {len(articles):,} articles in {time.perf_counter() - start:.1f} s")
        results = []
        for size in sorted(sizes):
            shutil.rmtree(workdir / f"n{size}", ignore_errors=True)
            results.append(bench_size(size, workdir, corpus, articles[:size], settings, args, code))
        if args.json:
            args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
        mode = "quick" if args.quick else "full"
        print(
            f"\n### Scale benchmark ({mode}: {settings.queries} queries per command, "
            f"at most {settings.budget:.0f} s per command and system; {os.cpu_count()} cores, "
            f"load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after; "
            f"{time.perf_counter() - start:.0f} s in all; code {version})\n"
        )
        print(table(results))
        print(details(results))
    finally:
        if temporary:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
