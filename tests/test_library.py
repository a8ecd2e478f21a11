"""On election night articles arrive while the bot runs: new ones become answerable, broken ones
never take away what was already served."""

import gc
import os
import shutil
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

import bot.library as library_module
from bot.config import default_config
from bot.library import Library

SEED = (
    Path(__file__).resolve().parent.parent / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"
)
GUARD = 60  # seconds: only how long a broken test waits before it fails; never a measurement
NEW_ARTICLE = """Von Anna Beispiel
In Hagen hat die Stichwahl einen klaren Sieger. Die Wahlbeteiligung lag bei 31 Prozent.
Petra Probe: „Ein Abend für die ganze Stadt“
Die Siegerin Petra Probe (SPD) dankte allen. „Wir haben gemeinsam gewonnen“, sagte Probe.
"""


def make_library(tmp_path: Path, cache: bool = True) -> Library:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    shutil.copy(SEED, seeds / SEED.name)
    config = replace(
        default_config(),
        seeds=seeds,
        cache_dir=(tmp_path / "cache") if cache else None,
        reload_interval=0.05,
    )
    library, first = Library.open(config)
    assert first.problems == ()
    return library


@pytest.fixture
def copies_done(monkeypatch):
    """Files count as settled as soon as they are written: for stories of what the bot does
    with a file once its copy is complete (waiting for that has stories of its own)."""
    monkeypatch.setattr(library_module, "SETTLE_NS", 0)


def touch_later(path: Path) -> None:
    """Make sure a rewritten file's modification time differs from before."""
    stamp = time.time() + 2
    os.utime(path, (stamp, stamp))


def quoted(library: Library, name: str) -> list[str]:
    return [e.text for e in library.engine.run_command("quote", name).excerpts]


def test_a_new_article_becomes_answerable_without_a_restart(tmp_path, copies_done):
    library = make_library(tmp_path)
    assert library.engine.run_command("quote", "Petra Probe").status == "not_found"
    (tmp_path / "seeds" / "hagen.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = library.refresh()
    assert result.changed and result.added == ("hagen.txt",)
    assert "Ein Abend für die ganze Stadt" in quoted(library, "Petra Probe")
    assert quoted(library, "Westphal")  # the old article is still served


def test_a_broken_rewrite_keeps_the_previous_version_serving(tmp_path, copies_done):
    library = make_library(tmp_path)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    library.refresh()
    path.write_bytes(b"\x00\x01binary garbage")
    touch_later(path)
    result = library.refresh()
    assert any(
        "hagen.txt" in p and "still serving the previous version" in p for p in result.problems
    )
    assert "Ein Abend für die ganze Stadt" in quoted(library, "Petra Probe")


def test_a_removed_article_is_no_longer_answered(tmp_path, copies_done):
    library = make_library(tmp_path)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    library.refresh()
    path.unlink()
    result = library.refresh()
    assert result.removed == ("hagen.txt",)
    assert library.engine.run_command("quote", "Petra Probe").status == "not_found"


def test_an_unchanged_folder_is_not_rebuilt(tmp_path):
    library = make_library(tmp_path)
    engine = library.engine
    result = library.refresh()
    assert not result.changed
    assert library.engine is engine


def test_a_few_questions_after_a_start_run_without_pausing_for_the_garbage_collector(tmp_path):
    """The index is frozen out of the collector's reach, and a question's own short-lived sets
    die before the youngest generation is collected: no collection runs inside the questions."""
    library = make_library(tmp_path, cache=False)
    collections: list[int] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(note)
    try:
        for question in ("Wer hat die Wahl gewonnen?", "Warum hat Westphal verloren?"):
            assert library.engine.run_command("ask", question).excerpts
    finally:
        gc.callbacks.remove(note)
    assert collections == []
    assert gc.get_freeze_count() > 0


def test_a_restart_loads_unchanged_articles_from_the_cache(tmp_path):
    first = make_library(tmp_path)
    second, result = Library.open(first.config)
    assert result.problems == ()
    assert second.articles() == first.articles()
    assert (tmp_path / "cache" / "articles.msgpack").is_file()


def test_a_corrupt_cache_is_ignored_and_rebuilt(tmp_path):
    first = make_library(tmp_path)
    cache_file = tmp_path / "cache" / "articles.msgpack"
    cache_file.write_bytes(b"this is not a pickle")
    second, result = Library.open(first.config)
    assert result.problems == ()
    assert second.articles() == first.articles()
    assert cache_file.read_bytes() != b"this is not a pickle"


def test_the_watcher_picks_up_a_new_article_within_seconds(tmp_path):
    library = make_library(tmp_path, cache=False)
    seen = []
    watcher = library.watch(seen.append)
    try:
        (tmp_path / "seeds" / "hagen.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        deadline = time.monotonic() + GUARD  # a file is served once settled: two seconds
        while not seen and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        watcher.stop()
    assert seen and seen[0].added == ("hagen.txt",)
    assert quoted(library, "Petra Probe")


def test_a_broken_config_on_reload_keeps_the_old_config(tmp_path):
    config_file = tmp_path / "config.yaml"
    config_file.write_text("seeds: seeds\nprefix: '?'\ncache_dir: null\n", encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    from bot.config import load_config

    library, _ = Library.open(load_config(config_file), config_file)
    config_file.write_text("prefix: [broken\n", encoding="utf-8")
    result = library.reload()
    assert library.config.prefix == "?"
    assert any("config error" in p and "keeping the previous config" in p for p in result.problems)


def test_a_missing_seeds_folder_is_reported_once_not_on_every_poll(tmp_path):
    library = make_library(tmp_path)
    shutil.rmtree(tmp_path / "seeds")
    first = library.refresh()
    second = library.refresh()
    assert any("seeds folder does not exist" in p for p in first.problems)
    assert second.problems == ()
    assert first.removed == (SEED.name,)


def forbid(monkeypatch, *names: str) -> None:
    """Make these steps of `bot.library` fail the test if they are taken."""

    def forbidden(*args, **kwargs):
        raise AssertionError("a step was taken that nothing called for")

    for name in names:
        if name == "open_cache":
            monkeypatch.setattr(library_module.ArticleCache, "open", forbidden)
        else:
            monkeypatch.setattr(library_module, name, forbidden)


def test_a_restart_loads_the_persisted_index_and_no_article(tmp_path, monkeypatch):
    first = make_library(tmp_path)
    assert (tmp_path / "cache" / "index.msgpack").is_file()
    forbid(monkeypatch, "build_index", "extract_file", "extract_files", "open_cache")
    second, result = Library.open(first.config)
    assert result.problems == () and result.added == (SEED.name,)
    assert quoted(second, "Westphal") == quoted(first, "Westphal")


def test_after_a_quick_restart_a_new_article_still_joins_the_old_ones(tmp_path, copies_done):
    first = make_library(tmp_path)
    second, _ = Library.open(first.config)  # from the persisted index
    (tmp_path / "seeds" / "hagen.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = second.refresh()
    assert result.added == ("hagen.txt",) and result.problems == ()
    assert "Ein Abend für die ganze Stadt" in quoted(second, "Petra Probe")
    assert quoted(second, "Westphal") == quoted(first, "Westphal")


def test_after_a_quick_restart_a_broken_file_keeps_its_previous_version(tmp_path, copies_done):
    first = make_library(tmp_path)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    first.refresh()
    second, _ = Library.open(first.config)  # hagen.txt's article is not loaded yet
    path.write_bytes(b"\x00\x01binary garbage")
    touch_later(path)
    result = second.refresh()
    assert any("still serving the previous version" in p for p in result.problems)
    assert not result.changed
    assert "Ein Abend für die ganze Stadt" in quoted(second, "Petra Probe")
    (tmp_path / "seeds" / "new.txt").write_text(NEW_ARTICLE.replace("Hagen", "Hamm"), "utf-8")
    assert second.refresh().added == ("new.txt",)  # the rebuild takes hagen.txt from the cache
    assert "Ein Abend für die ganze Stadt" in quoted(second, "Petra Probe")


def test_a_touched_but_unchanged_file_does_not_rebuild(tmp_path, monkeypatch):
    library = make_library(tmp_path)
    touch_later(tmp_path / "seeds" / SEED.name)
    forbid(monkeypatch, "build_index", "extract_file", "extract_files", "load_index")
    result = library.refresh()
    assert not result.changed and result.problems == ()


def test_a_changed_config_reuses_the_index_of_unchanged_articles(tmp_path, monkeypatch):
    library = make_library(tmp_path)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        f"seeds: {tmp_path / 'seeds'}\ncache_dir: {tmp_path / 'cache'}\nlanguage: en\n",
        encoding="utf-8",
    )
    library.config_path = config_path
    index = library.engine.index
    forbid(monkeypatch, "build_index", "extract_file", "extract_files", "load_index")
    result = library.reload()
    assert result.changed and result.problems == ()
    assert library.engine.index is index and library.config.language == "en"


def test_a_poll_with_nothing_changed_does_not_read_the_cache_again(tmp_path, monkeypatch):
    library = make_library(tmp_path)

    def no_open(folder):
        raise AssertionError("the article cache was read although no file changed")

    monkeypatch.setattr(library_module.ArticleCache, "open", no_open)
    assert not library.refresh().changed


def test_hidden_files_and_other_kinds_are_not_articles(tmp_path):
    library = make_library(tmp_path)
    seeds = tmp_path / "seeds"
    (seeds / ".hagen.txt").write_text(NEW_ARTICLE, encoding="utf-8")  # an editor's temp copy
    (seeds / "hagen.md").write_text(NEW_ARTICLE, encoding="utf-8")
    (seeds / "folder.txt").mkdir()
    result = library.refresh()
    assert not result.changed and result.problems == ()
    assert library.engine.run_command("quote", "Petra Probe").status == "not_found"


def test_a_restart_reads_no_file_whose_signature_is_recorded(tmp_path, monkeypatch):

    # As if the seed had been copied long before the first start: its signature is trusted.
    monkeypatch.setattr(library_module, "SETTLE_NS", 0)
    first = make_library(tmp_path)
    forbid(
        monkeypatch,
        "read_article_files",
        "build_index",
        "extract_file",
        "extract_files",
        "open_cache",
    )
    second, result = Library.open(first.config)
    assert result.problems == ()
    assert quoted(second, "Westphal") == quoted(first, "Westphal")


def test_a_file_changed_while_the_bot_was_stopped_is_read_again(tmp_path):
    first = make_library(tmp_path)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    first.refresh()
    path.write_text(NEW_ARTICLE.replace("Ein Abend für die ganze Stadt", "Ein Abend für alle"))
    touch_later(path)
    second, result = Library.open(first.config)
    assert result.problems == ()
    assert "Ein Abend für alle" in quoted(second, "Petra Probe")
    assert "Ein Abend für die ganze Stadt" not in quoted(second, "Petra Probe")


def same_size_rewrite_keeping_mtime(path: Path, old: str, new: str) -> None:
    """A correction as `cp -p` or `rsync -a` delivers it: same size, same modification time."""
    assert len(old.encode()) == len(new.encode())
    before = path.stat()
    text = path.read_text(encoding="utf-8").replace(old, new)
    # The status-change time is all that moves: wait out the clock's tick if need be.
    while path.stat().st_ctime_ns == before.st_ctime_ns:
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size


def test_a_same_size_correction_with_the_mtime_kept_is_picked_up(tmp_path, copies_done):
    library = make_library(tmp_path)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    library.refresh()
    same_size_rewrite_keeping_mtime(path, "ganze Stadt", "ganze Welt!")
    result = library.refresh()
    assert result.updated == ("hagen.txt",)
    assert "Ein Abend für die ganze Welt!" in quoted(library, "Petra Probe")


def test_a_same_size_correction_while_stopped_is_picked_up_after_a_restart(tmp_path, monkeypatch):

    monkeypatch.setattr(library_module, "SETTLE_NS", 0)  # signatures trusted at once
    first = make_library(tmp_path)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    first.refresh()
    same_size_rewrite_keeping_mtime(path, "ganze Stadt", "ganze Welt!")
    second, _ = Library.open(first.config)
    assert "Ein Abend für die ganze Welt!" in quoted(second, "Petra Probe")
    assert "Ein Abend für die ganze Stadt" not in quoted(second, "Petra Probe")


def test_a_link_out_of_the_seeds_folder_is_named_once_and_never_read(tmp_path, copies_done):
    library = make_library(tmp_path)
    secret = tmp_path / "config.yaml"
    secret.write_text("discord:\n  token: SECRET-TOKEN root:x:0:0\n", encoding="utf-8")
    (tmp_path / "seeds" / "p.txt").symlink_to(secret)
    first, second = library.refresh(), library.refresh()
    (problem,) = first.problems
    assert "p.txt" in problem and "regular files" in problem
    assert second.problems == () and not first.changed
    for query in ("token", "SECRET-TOKEN", "root"):
        reply = library.engine.run_command("search", query)
        assert all("SECRET" not in e.text and "root:x" not in e.text for e in reply.excerpts)


class Marker:
    """A pickle that, if ever unpickled, leaves a file behind (harmless proof of code run)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self):
        return (Path.touch, (self.path,))


def test_a_pickle_dropped_into_the_cache_folder_runs_no_code(tmp_path):
    import pickle

    marker = tmp_path / "code-ran"
    cache = tmp_path / "cache"
    cache.mkdir()
    for name in ("index.pickle", "articles.pickle", "index.msgpack", "articles.msgpack"):
        (cache / name).write_bytes(pickle.dumps((Marker(marker), Marker(marker))))
    library = make_library(tmp_path)
    Library.open(library.config)
    assert not marker.exists()
    assert quoted(library, "Westphal")


@pytest.mark.parametrize(
    "header",
    [
        (3, "key", {"a.txt": 5}),  # a file's record of the wrong shape
        (3, "key", {"a.txt": (7, "k")}),
        (3,),
        "just a text",
    ],
)
def test_a_cache_header_of_the_wrong_shape_is_ignored_and_rebuilt(tmp_path, header):
    from bot.cache_files import encode

    first = make_library(tmp_path)
    index_file = tmp_path / "cache" / "index.msgpack"
    body = encode(header)
    index_file.write_bytes(len(body).to_bytes(8, "big") + body + b"rest")
    (tmp_path / "cache" / "articles.msgpack").write_bytes(encode(header))
    second, result = Library.open(first.config)
    assert result.problems == ()
    assert quoted(second, "Westphal") == quoted(first, "Westphal")


def test_a_cache_folder_others_may_write_is_not_used(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    config = replace(default_config(), seeds=seeds, cache_dir=cache)
    library, result = Library.open(config)
    (problem,) = result.problems
    assert str(cache) in problem and "others may write" in problem
    assert quoted(library, "Westphal") and list(cache.iterdir()) == []


def test_a_cache_file_others_may_write_is_ignored(tmp_path):
    first = make_library(tmp_path)
    index_file = tmp_path / "cache" / "index.msgpack"
    index_file.chmod(0o666)

    assert library_module.load_index(tmp_path / "cache", "any") is None
    second, result = Library.open(first.config)
    assert result.problems == () and quoted(second, "Westphal")
    assert index_file.stat().st_mode & 0o022 == 0  # rewritten by the bot, privately


def test_a_cache_folder_inside_the_seeds_folder_is_not_used(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    config = replace(default_config(), seeds=seeds, cache_dir=seeds / "cache")
    library, result = Library.open(config)
    (problem,) = result.problems
    assert "inside the seeds folder" in problem
    assert quoted(library, "Westphal") and not (seeds / "cache").exists()


def test_a_failed_cache_write_leaves_no_temp_file(tmp_path, monkeypatch):
    import errno

    def disk_full(value):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("bot.corpus.article_cache.encode", disk_full)
    monkeypatch.setattr("bot.engine.index_cache.encode", disk_full)
    library = make_library(tmp_path)
    assert quoted(library, "Westphal")
    assert list((tmp_path / "cache").iterdir()) == []


# -- files still being written, and slow articles ---------------------------------------------

# A copy's first chunk, which ends in the middle of a number: "… lag bei 3".
HALF = NEW_ARTICLE[: NEW_ARTICLE.index("1 Prozent")]
TURNOUT = "Wie hoch war die Wahlbeteiligung in Hagen?"


def answered(library: Library, question: str) -> list[str]:
    reply = library.engine.handle_message(question, dm=True)
    assert reply is not None
    return [e.text for e in reply.excerpts]


# A settle window no busy machine overruns between a write and the next look.
LONG_SETTLE_NS = 600 * 1_000_000_000


def test_a_file_copied_in_slowly_is_not_quoted_by_halves(tmp_path, monkeypatch):
    library = make_library(tmp_path)
    monkeypatch.setattr(library_module, "SETTLE_NS", LONG_SETTLE_NS)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(HALF, encoding="utf-8")  # the copy has written its first chunk
    result = library.refresh()
    assert not any("lag bei 3" in text for text in answered(library, TURNOUT))
    assert result.waiting == ("hagen.txt",) and not result.changed
    with path.open("a", encoding="utf-8") as rest:  # ... and then the rest
        rest.write(NEW_ARTICLE[len(HALF) :])
    monkeypatch.setattr(library_module, "SETTLE_NS", 0)  # seconds later: nothing moved since
    result = library.refresh()
    assert result.added == ("hagen.txt",) and result.waiting == ()
    assert "Die Wahlbeteiligung lag bei 31 Prozent." in answered(library, TURNOUT)


def test_while_a_correction_is_being_written_the_previous_version_keeps_serving(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(library_module, "SETTLE_NS", 0)
    library = make_library(tmp_path)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    library.refresh()
    monkeypatch.setattr(library_module, "SETTLE_NS", LONG_SETTLE_NS)
    path.write_text(HALF, encoding="utf-8")  # an editor saves the corrected text, slowly
    result = library.refresh()
    assert "Ein Abend für die ganze Stadt" in quoted(library, "Petra Probe")
    assert result.waiting == ("hagen.txt",) and not result.changed


def test_a_file_that_changes_while_it_is_extracted_is_not_served_from_that_read(
    tmp_path, monkeypatch, copies_done
):
    library = make_library(tmp_path)
    path = tmp_path / "seeds" / "hagen.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    real_extract_files = library_module.extract_files
    corrected = NEW_ARTICLE.replace("die ganze Stadt", "alle in Hagen")

    def a_writer_comes_back(paths, max_bytes, **options):
        done = real_extract_files(paths, max_bytes, **options)
        if path in paths and path.read_text(encoding="utf-8") != corrected:
            path.write_text(corrected, encoding="utf-8")  # the correction lands meanwhile
        return done

    monkeypatch.setattr(library_module, "extract_files", a_writer_comes_back)
    result = library.refresh()
    assert "Ein Abend für die ganze Stadt" not in quoted(library, "Petra Probe")
    assert result.waiting == ("hagen.txt",)
    library.refresh()
    assert "Ein Abend für alle in Hagen" in quoted(library, "Petra Probe")


HUGE = NEW_ARTICLE.replace("Hagen", "Hamm").replace("Petra Probe", "Klara Kurz")


class SlowExtraction:
    """Extraction that holds on to `huge.txt` until released, as a megabyte article would."""

    def __init__(self, monkeypatch) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.real = library_module.extract_files
        monkeypatch.setattr(library_module, "extract_files", self)

    def __call__(self, paths, max_bytes, **options):
        if any(path.name == "huge.txt" for path in paths):
            self.started.set()
            assert self.release.wait(GUARD), "the slow extraction was never released"
        return self.real(paths, max_bytes, **options)


def nothing_to_extract(paths, max_bytes, **options):
    assert not paths, f"{[p.name for p in paths]} had to be extracted again"
    return []


def in_thread(action) -> tuple[threading.Thread, list]:
    done: list = []
    thread = threading.Thread(target=lambda: done.append(action()), daemon=True)
    thread.start()
    return thread, done


def test_reload_answers_and_serves_a_small_article_while_a_huge_one_is_extracted(
    tmp_path, monkeypatch, copies_done
):
    library = make_library(tmp_path)
    seeds = tmp_path / "seeds"
    slow = SlowExtraction(monkeypatch)
    (seeds / "huge.txt").write_text(HUGE, encoding="utf-8")
    watcher_poll, polled = in_thread(library.refresh)  # the watcher meets the huge article
    assert slow.started.wait(GUARD)
    (seeds / "hagen.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    reload, reloaded = in_thread(library.reload)  # the owner: !reload
    reload.join(GUARD)
    answered_while_extracting = not reload.is_alive()
    slow.release.set()
    watcher_poll.join(GUARD)
    reload.join(GUARD)
    assert answered_while_extracting
    (result,) = reloaded
    assert result.added == ("hagen.txt",) and result.waiting == ("huge.txt",)
    # The huge article's refresh began before the small one came and ends after it: it adds
    # its own and keeps the small one.
    (late,) = polled
    assert late.added == ("huge.txt",) and late.removed == ()
    assert quoted(library, "Petra Probe") and quoted(library, "Klara Kurz")
    # Both refreshes wrote the caches; a restart finds both articles there, none to extract.
    monkeypatch.setattr(library_module, "extract_files", nothing_to_extract)
    restarted, _ = Library.open(library.config)
    assert {a.id for a in restarted.articles()} == {SEED.stem, "hagen", "huge"}


def test_the_watcher_serves_a_small_article_while_a_huge_one_is_extracted(
    tmp_path, monkeypatch, copies_done
):
    library = make_library(tmp_path)
    seeds = tmp_path / "seeds"
    slow = SlowExtraction(monkeypatch)
    small_served = threading.Event()

    def note(result):
        if "hagen.txt" in result.added:
            small_served.set()

    watcher = library.watch(note)
    try:
        (seeds / "huge.txt").write_text(HUGE, encoding="utf-8")
        assert slow.started.wait(GUARD)
        (seeds / "hagen.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        served_while_extracting = small_served.wait(GUARD)
        assert library.engine.run_command("quote", "Klara Kurz").status == "not_found"
    finally:
        slow.release.set()
        watcher.stop()
    assert served_while_extracting
    assert quoted(library, "Petra Probe")
