"""A first start over many files extracts them on every core, with the same result as one by
one, and one bad file does not stop the others."""

from pathlib import Path

from bot.corpus.extract_many import Extracted, extract_files
from bot.corpus.loading import ArticleError, load_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"


def test_workers_extract_what_one_process_extracts(tmp_path):
    good = tmp_path / "hagen.txt"
    good.write_text("Von Anna Beispiel\nDie Siegerin Petra Probe (SPD) dankte allen.\n", "utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01binary garbage")
    paths = [SEED, broken, good]
    in_workers = extract_files(paths, 10**7, workers=2)
    here = extract_files(paths, 10**7, workers=1)
    assert [type(r) for r in in_workers] == [Extracted, ArticleError, Extracted]
    assert in_workers[0] == here[0] and in_workers[2] == here[2]
    assert str(in_workers[1]) == str(here[1]) and "broken.txt" in str(in_workers[1])
    assert in_workers[0].article == load_article(SEED, 10**7)[0]


def test_workers_that_cannot_start_leave_the_work_to_this_process(tmp_path, monkeypatch, caplog):
    import bot.corpus.extract_many as extract_many

    class BrokenPool:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def map(self, *args, **kwargs):
            raise extract_many.BrokenProcessPool("a worker died at start")

    monkeypatch.setattr(extract_many, "ProcessPoolExecutor", BrokenPool)
    results = extract_files([SEED, SEED], 10**7, workers=2)
    assert [type(r) for r in results] == [Extracted, Extracted]
    assert "extracting here instead" in caplog.text


def test_each_article_is_handed_on_as_soon_as_it_is_extracted(tmp_path):
    other = tmp_path / "hagen.txt"
    other.write_text("Von Anna Beispiel\nDie Siegerin Petra Probe (SPD) dankte allen.\n", "utf-8")
    for workers in (1, 2):
        handed: list = []
        results = extract_files([SEED, other], 10**7, workers=workers, each=handed.append)
        assert handed == [result.article for result in results]
