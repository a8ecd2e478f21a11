"""The per-path speaker count: on a tiny article whose gold says, by hand, which quote the bot
gets right, which it gives another name and which it names though the text names nobody."""

import json
from pathlib import Path

import yaml

from benchmarks.speaker_paths import Counts, count_data, count_folder, main, table

ARTICLE = (
    "Landrat bleibt im Amt\n"
    "Kreisstadt. „Wir haben gewonnen“, sagte Landrat Hans Meier (CDU). "
    "„Das war knapp“, sagte Meier. „Danke an alle“, sagte Meier.\n"
)
GOLD = {
    "people": [
        {"name": "Hans Meier", "party": "CDU", "roles": ["Landrat"]},
        {"name": "Eva Roth", "party": None, "roles": []},
    ],
    "quotes": [
        {"text": "Wir haben gewonnen", "kind": "direct", "speaker": "Hans Meier", "label": None},
        {"text": "Das war knapp", "kind": "direct", "speaker": "Eva Roth", "label": None},
        {"text": "Danke an alle", "kind": "direct", "speaker": None, "label": None},
    ],
    "non_quotes": [],
}


def folder_with_one_article(tmp_path: Path) -> Path:
    folder = tmp_path / "articles_tiny"
    (folder / "gold").mkdir(parents=True)
    (folder / "landrat.txt").write_text(ARTICLE, encoding="utf-8")
    sidecar = {"title": "Landrat bleibt im Amt", "publisher": "Test", "published": "2026-01-01"}
    (folder / "landrat.yaml").write_text(yaml.safe_dump(sidecar), encoding="utf-8")
    (folder / "gold" / "landrat.yaml").write_text(yaml.safe_dump(GOLD), encoding="utf-8")
    return folder


def test_each_quote_is_counted_right_wrong_or_invented_under_the_rule_that_named_it(tmp_path):
    counts: Counts = {}
    count_folder(counts, folder_with_one_article(tmp_path))
    assert sum(c.right for c in counts.values()) == 1
    assert sum(c.wrong for c in counts.values()) == 1
    assert sum(c.invented for c in counts.values()) == 1
    # "„…“, sagte Meier": the cue after the quotation named him, read from the calls.
    for kind, path in counts:
        assert kind == "direct"
        assert "_cue_after" in path, path
    wrong = [e for c in counts.values() for e in c.examples if "gold Eva Roth" in e]
    assert wrong == ["articles_tiny/landrat: 'Das war knapp' → Hans Meier (gold Eva Roth)"]


def test_the_data_splits_are_counted_by_the_datas_own_spans(tmp_path):
    text = "„Wir haben gewonnen“, sagte Landrat Hans Meier."
    row = {
        "id": 1,
        "text": text,
        "quotes": [
            {
                "type": "Direct",
                "quote": {"spans": [[1, 19]]},
                "speaker": {"text": "Hans Meier"},
            }
        ],
    }
    split = tmp_path / "tiny.jsonl"
    split.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    counts: Counts = {}
    count_data(counts, split)
    assert [(c.right, c.wrong, c.invented) for c in counts.values()] == [(1, 0, 0)]


def test_the_table_lists_the_least_precise_path_first_and_a_total(tmp_path, capsys):
    assert main(["--articles", str(folder_with_one_article(tmp_path)), "--examples", "1"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].split()[:6] == ["kind", "right", "wrong", "invnt", "none", "prec"]
    assert printed[-1].split() == ["all", "1", "1", "1", "0", "0.333"]
    assert table({}).splitlines()[-1].split() == ["all", "0", "0", "0", "0", "1.000"]
