"""The quotation scorer itself, on tiny hand-made articles whose figures are known by hand."""

import json
import re
from pathlib import Path

import pytest
import yaml

from benchmarks.quotes_eval import (
    DIRECT,
    LABELS,
    MAX_BYTES,
    Annotation,
    Report,
    explain,
    figures,
    gold_annotations,
    main,
    predictions,
    same_party,
    same_person,
    score_article,
    score_labels_and_non_quotes,
    score_people,
    shares_content_word,
    span_score,
    speaker_score,
    strict_score,
    table,
    trimmed,
)
from bot.corpus.loading import load_corpus

TEXT = (
    "Von Eva Muster\n"
    "„Wir haben gewonnen.“ sagte Lena Berg. „Das ist ein guter Tag“, so Berg.\n"
    "Der Verlierer sprach von einem „bitteren Abend“. Er sei enttäuscht, sagte Paul Ried.\n"
    "„Ein Skandal!“, rief ein Passant."
)


def span(part: str, start: int = 0) -> tuple[int, int]:
    at = TEXT.index(part, start)
    return at, at + len(part)


def exported(*quotes: dict, people: tuple = ()) -> dict:
    """What `extract --json` shows for one article, reduced to what the scorer reads."""
    rows = [{"source": "article", "label": None, **q} for q in quotes]
    return {"quotes": rows, "people": list(people)}


def direct(text: str, line: int, speaker: str | None, **more) -> dict:
    return {"text": text, "kind": "direct", "line": line, "speaker": speaker, **more}


def gold(part: str, speakers: list[str], kind: str = DIRECT, label=None) -> Annotation:
    return Annotation([span(part)], kind, speakers, label)


GOLD = [
    gold("Wir haben gewonnen.", ["Lena Berg"]),
    gold("Das ist ein guter Tag", ["Berg"]),
    gold("bitteren Abend", ["Der Verlierer"]),
    gold("Ein Skandal!", []),
]


def test_a_prediction_counts_when_it_shares_half_of_the_longer_span():
    found, _ = predictions(
        exported(
            direct("Wir haben gewonnen", 2, "Lena Berg"),  # final stop left out: still a match
            direct("Das ist", 2, "Lena Berg"),  # less than half of the quote
            direct("Ein Skandal!", 4, None),
        ),
        TEXT,
    )
    score = span_score(found, GOLD)
    assert (score.predicted, score.predicted_right, score.gold, score.gold_found) == (3, 2, 4, 2)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_strict_takes_one_prediction_per_span_and_trims_marks_and_final_punctuation():
    assert trimmed(" „Wir haben gewonnen.“ ") == "Wir haben gewonnen"
    found, _ = predictions(
        exported(
            direct("Wir haben gewonnen.", 2, "Lena Berg"),
            direct("Wir haben gewonnen.", 2, "Lena Berg"),  # the same span twice
            direct("Das ist ein guter", 2, "Lena Berg"),  # overlaps, but not exact
        ),
        TEXT,
    )
    lenient, strict = span_score(found, GOLD), strict_score(found, GOLD, TEXT)
    assert (lenient.predicted_right, lenient.gold_found) == (2, 2)
    assert (strict.predicted_right, strict.gold_found, strict.gold) == (1, 1, 4)


def test_speakers_are_right_none_or_wrong_and_a_name_for_nobody_is_invented():
    found, _ = predictions(
        exported(
            direct("Wir haben gewonnen.", 2, "Lena Berg"),  # right
            direct("Das ist ein guter Tag", 2, "Paul Ried"),  # wrong name
            direct("bitteren Abend", 3, None),  # none
            direct("Ein Skandal!", 4, "Lena Berg"),  # the text names nobody: invented
        ),
        TEXT,
    )
    score = speaker_score(found, GOLD, shares_content_word)
    assert (score.named, score.right, score.none, score.wrong) == (3, 1, 1, 1)
    assert (score.unnamed, score.invented) == (1, 1)
    assert score.accuracy == pytest.approx(1 / 3)
    assert score.misattribution == pytest.approx(2 / 3)  # (wrong + invented) / named


def test_pronoun_speakers_are_counted_apart():
    annotations = [gold("Wir haben gewonnen.", ["sie"])]
    found, _ = predictions(exported(direct("Wir haben gewonnen.", 2, "Lena Berg")), TEXT)
    score = speaker_score(found, annotations, shares_content_word)
    assert (score.named, score.pronoun, score.pronoun_named) == (0, 1, 1)


def test_a_labelled_quote_naming_its_person_is_neither_right_nor_wrong():
    annotations = [gold("Wir haben gewonnen.", ["Lena Berg"], label="denied")]
    labelled = exported(direct("Wir haben gewonnen.", 2, "Lena Berg", label="denied"))
    credited = exported(direct("Wir haben gewonnen.", 2, "Lena Berg"))
    no_field = {"quotes": [{k: v for k, v in credited["quotes"][0].items() if k != "label"}]}
    same = same_person(["Lena Berg"])
    score = speaker_score(predictions(labelled, TEXT)[0], annotations, same)
    assert (score.labelled, score.right, score.wrong) == (1, 0, 0)
    for unlabelled in (credited, no_field):  # a missing label field is no label
        score = speaker_score(predictions(unlabelled, TEXT)[0], annotations, same)
        assert (score.labelled, score.right, score.wrong) == (0, 0, 1)


def test_own_articles_judge_speakers_by_name_so_namesakes_stay_apart():
    same = same_person(["Lena Berg", "Tom Berg", "Dr. Paul Ried"])
    assert same("Lena  Berg", "lena berg")
    assert same("Bürgermeisterin Lena Berg", "Lena Berg")  # a role before the name
    assert same("Paul Ried", "Dr. Paul Ried") and same("Ried", "Dr. Paul Ried")
    assert not same("Tom Berg", "Lena Berg")
    assert not same("Berg", "Lena Berg")  # two Bergs: the surname alone says not which
    assert not same("Uhr Ried", "Dr. Paul Ried")
    assert shares_content_word("Tom Berg", "Lena Berg")  # the data's looser rule


def test_a_description_for_a_speaker_is_no_name_and_no_invention():
    found, _ = predictions(
        exported(
            direct("Wir haben gewonnen.", 2, "die Kandidatin"),
            direct("Ein Skandal!", 4, "ein Passant"),
        ),
        TEXT,
    )
    score = speaker_score(found, GOLD, same_person(["Lena Berg"]))
    assert (score.none, score.wrong, score.invented, score.described) == (1, 0, 0, 2)


def test_reported_speech_precision_is_over_all_kinds_and_each_kind_gets_recall():
    sentence = "Er sei enttäuscht, sagte Paul Ried."
    annotations = [
        Annotation([span("Er sei enttäuscht")], "Indirect", ["Paul Ried"]),
        Annotation([span("von einem „bitteren Abend“")], "Reported", ["Der Verlierer"]),
    ]
    report = Report("test")
    quotes = exported(
        {
            "text": sentence,
            "statement": "Er sei enttäuscht",
            "kind": "reported",
            "line": 3,
            "speaker": "Paul Ried",
        },
        {"text": "Das ist ein guter Tag", "kind": "reported", "line": 2, "speaker": None},
    )
    kinds = ("Indirect", "Reported")
    score_article(report, TEXT, quotes, annotations, kinds, shares_content_word, True)
    assert (report.indirect.predicted, report.indirect.predicted_right) == (2, 1)
    assert (report.indirect.gold, report.indirect.gold_found) == (2, 1)
    indirect, indirect_speakers = report.per_kind["Indirect"]
    assert indirect.recall == 1.0 and indirect_speakers.right == 1
    assert report.per_kind["Reported"][0].recall == 0.0
    rows = table(report).splitlines()
    assert any(r.split()[:2] == ["Indirect", "-"] for r in rows)  # no precision per kind
    assert json.dumps(figures(report))  # the --json form is plain data


ARTICLE = (
    "Von Eva Muster\n"
    "Anna Beispiel (SPD) sagte nicht: „Die Wahl war gefälscht.“ Sie sagte: „Wir feiern.“\n"
    "Die Menge rief „Ab-wäh-len!“.\n"
)
GOLD_FILE = {
    "people": [{"name": "Anna Beispiel", "party": "SPD", "roles": ["Kandidatin"]}],
    "quotes": [
        {"text": "Die Wahl war gefälscht.", "speaker": "Anna Beispiel", "label": "denied"},
        {"text": "Wir feiern.", "speaker": "Anna Beispiel"},
    ],
    "non_quotes": ["Ab-wäh-len!"],
}


def test_own_articles_count_people_labels_and_non_quotes():
    annotations, non_quotes = gold_annotations(GOLD_FILE, ARTICLE, "gold.yaml")
    assert [a.label for a in annotations] == ["denied", None]
    shown = exported(
        direct("Die Wahl war gefälscht.", 2, "Anna Beispiel"),  # credited: handled wrong
        direct("Wir feiern.", 2, "Anna Beispiel"),
        direct("Ab-wäh-len!", 3, None),  # a chant extracted as a quote
        people=(
            {"name": "Anna Beispiel", "party": "SPD", "roles": ["Kandidatin"]},
            {"name": "Die Menge", "party": None, "roles": []},
        ),
    )
    report = Report("own")
    same = same_person(["Anna Beispiel"])
    score_article(report, ARTICLE, shown, annotations, ("reported",), same)
    score_people(report, GOLD_FILE, shown)
    score_labels_and_non_quotes(report, ARTICLE, shown, annotations, non_quotes)
    # the denied quote costs no recall and its match is no false prediction; the chant is one
    assert (report.direct.predicted_right, report.direct.gold, report.direct.gold_found) == (
        2,
        1,
        1,
    )
    assert (report.speakers.right, report.speakers.wrong) == (1, 1)
    assert report.extra["labelled_handled_right"] == 0
    assert (report.extra["statements"], report.extra["statements_labelled"]) == (1, 0)
    assert report.extra["non_quotes_extracted"] == 1
    assert (report.extra["people_found"], report.extra["people_false"]) == (1, 1)
    assert report.false_people == ["Die Menge"]
    assert report.extra["party_right"] == 1 and report.extra["roles_right"] == 1


def test_details_name_each_miss_wrong_speaker_and_false_quote():
    annotations, _ = gold_annotations(GOLD_FILE, ARTICLE, "gold.yaml")
    shown = exported(
        direct("Die Wahl war gefälscht.", 2, "Anna Beispiel"),
        direct("Ab-wäh-len!", 3, None),
    )
    assert explain(ARTICLE, shown, annotations, same_person(["Anna Beispiel"])) == [
        "  direct 'Die Wahl war gefälscht.': Anna Beispiel [-], gold Anna Beispiel (denied)",
        "  missed direct: 'Wir feiern.', Anna Beispiel",
        "  false direct: 'Ab-wäh-len!' (None)",
    ]


def test_a_label_on_a_real_statement_is_counted():
    annotations, non_quotes = gold_annotations(GOLD_FILE, ARTICLE, "gold.yaml")
    shown = exported(
        direct("Die Wahl war gefälscht.", 2, None, label="denied"),  # handled right
        direct("Wir feiern.", 2, None, label="denied"),  # her real words, shown as denied
    )
    report = Report("own")
    score_labels_and_non_quotes(report, ARTICLE, shown, annotations, non_quotes)
    assert (report.extra["labelled_handled_right"], report.extra["labelled_kept_with_label"]) == (
        1,
        1,
    )
    assert report.extra["statements_labelled"] == 1
    assert "1 of 1 real statements given a label" in table(report)


def test_a_gold_quote_missing_from_its_article_is_named():
    with pytest.raises(ValueError, match="quote not in the article: 'Nie gesagt'"):
        gold_annotations({"quotes": [{"text": "Nie gesagt"}]}, ARTICLE, "gold.yaml")


def test_the_command_scores_a_folder_and_says_plainly_what_is_missing(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    (tmp_path / "wahl.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold" / "wahl.yaml").write_text(json.dumps(GOLD_FILE), encoding="utf-8")
    assert main(["--articles", str(tmp_path), "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert result["articles"] == 1 and result["own"]["people_gold"] == 1
    assert main([str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: no such file" in capsys.readouterr().err
    (tmp_path / "gold" / "wahl.yaml").unlink()
    assert main(["--articles", str(tmp_path)]) == 2
    assert "no gold file" in capsys.readouterr().err


def test_each_articles_folder_is_scored_in_its_own_block(tmp_path, capsys):
    for name in ("own", "fresh"):
        (tmp_path / name / "gold").mkdir(parents=True)
        (tmp_path / name / "wahl.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / name / "gold" / "wahl.yaml").write_text(json.dumps(GOLD_FILE), "utf-8")
    folders = ["--articles", str(tmp_path / "own"), "--articles", str(tmp_path / "fresh")]
    assert main([*folders, "--json"]) == 0
    assert [r["input"] for r in json.loads(capsys.readouterr().out)] == [
        "own/ (own articles)",
        "fresh/ (own articles)",
    ]
    assert main(folders) == 0
    blocks = [line for line in capsys.readouterr().out.splitlines() if line.startswith("== ")]
    assert [b.split(":")[0] for b in blocks] == [
        "== own/ (own articles)",
        "== fresh/ (own articles)",
    ]


BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
# The rule author's own articles, thirty-three held-out sets (fresh, heldout, heldout3 to heldout33)
# and forty more fresh sets (fresh2 to fresh41).
FOLDERS = [
    BENCHMARKS / "articles",
    BENCHMARKS / "articles_fresh",
    BENCHMARKS / "articles_heldout",
    BENCHMARKS / "articles_heldout3",
    BENCHMARKS / "articles_heldout4",
    BENCHMARKS / "articles_heldout5",
    BENCHMARKS / "articles_heldout6",
    BENCHMARKS / "articles_heldout7",
    BENCHMARKS / "articles_heldout8",
    BENCHMARKS / "articles_heldout9",
    BENCHMARKS / "articles_heldout10",
    BENCHMARKS / "articles_heldout11",
    BENCHMARKS / "articles_heldout12",
    BENCHMARKS / "articles_heldout13",
    BENCHMARKS / "articles_heldout14",
    BENCHMARKS / "articles_heldout15",
    BENCHMARKS / "articles_heldout16",
    BENCHMARKS / "articles_heldout17",
    BENCHMARKS / "articles_heldout18",
    BENCHMARKS / "articles_heldout19",
    BENCHMARKS / "articles_heldout20",
    BENCHMARKS / "articles_heldout21",
    BENCHMARKS / "articles_heldout22",
    BENCHMARKS / "articles_heldout23",
    BENCHMARKS / "articles_heldout24",
    BENCHMARKS / "articles_heldout25",
    BENCHMARKS / "articles_heldout26",
    BENCHMARKS / "articles_heldout27",
    BENCHMARKS / "articles_heldout28",
    BENCHMARKS / "articles_heldout29",
    BENCHMARKS / "articles_heldout30",
    BENCHMARKS / "articles_heldout31",
    BENCHMARKS / "articles_heldout32",
    BENCHMARKS / "articles_heldout33",
    BENCHMARKS / "articles_fresh2",
    BENCHMARKS / "articles_fresh3",
    BENCHMARKS / "articles_fresh4",
    BENCHMARKS / "articles_fresh5",
    BENCHMARKS / "articles_fresh6",
    BENCHMARKS / "articles_fresh7",
    BENCHMARKS / "articles_fresh8",
    BENCHMARKS / "articles_fresh9",
    BENCHMARKS / "articles_fresh10",
    BENCHMARKS / "articles_fresh11",
    BENCHMARKS / "articles_fresh12",
    BENCHMARKS / "articles_fresh13",
    BENCHMARKS / "articles_fresh14",
    BENCHMARKS / "articles_fresh15",
    BENCHMARKS / "articles_fresh16",
    BENCHMARKS / "articles_fresh17",
    BENCHMARKS / "articles_fresh18",
    BENCHMARKS / "articles_fresh19",
    BENCHMARKS / "articles_fresh20",
    BENCHMARKS / "articles_fresh21",
    BENCHMARKS / "articles_fresh22",
    BENCHMARKS / "articles_fresh23",
    BENCHMARKS / "articles_fresh24",
    BENCHMARKS / "articles_fresh25",
    BENCHMARKS / "articles_fresh26",
    BENCHMARKS / "articles_fresh27",
    BENCHMARKS / "articles_fresh28",
    BENCHMARKS / "articles_fresh29",
    BENCHMARKS / "articles_fresh30",
    BENCHMARKS / "articles_fresh31",
    BENCHMARKS / "articles_fresh32",
    BENCHMARKS / "articles_fresh33",
    BENCHMARKS / "articles_fresh34",
    BENCHMARKS / "articles_fresh35",
    BENCHMARKS / "articles_fresh36",
    BENCHMARKS / "articles_fresh37",
    BENCHMARKS / "articles_fresh38",
    BENCHMARKS / "articles_fresh39",
    BENCHMARKS / "articles_fresh40",
    BENCHMARKS / "articles_fresh41",
]
COMMENTS_HEADINGS = ("Kommentare", "Leserkommentare", "Reaktionen")
QUOTED_RE = re.compile(r"„([^“\n]+)“|“([^”\n]+)”|^'([^'\n]+)'")


def own_articles(folder: Path) -> list[tuple[Path, str, dict]]:
    return [
        (
            path,
            path.read_text(encoding="utf-8"),
            yaml.safe_load((folder / "gold" / f"{path.stem}.yaml").read_text(encoding="utf-8")),
        )
        for path in sorted(folder.glob("*.txt"))
    ]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_own_articles_read_as_a_seeds_folder_each_with_sidecar_and_gold(folder):
    loaded = load_corpus([folder], MAX_BYTES)
    assert loaded.problems == () and len(loaded.articles) >= 5
    stems = {p.stem for p in folder.glob("*.txt")}
    assert {p.stem for p in (folder / "gold").glob("*.yaml")} == stems
    for article in loaded.articles:
        assert article.title and article.publisher and article.published


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_every_gold_quote_stands_in_its_article_and_names_a_gold_person(folder):
    for path, text, gold in own_articles(folder):
        annotations, _ = gold_annotations(gold, text, path.name)  # raises if one is not there
        people = {p["name"] for p in gold["people"]}
        for entry, annotation in zip(gold["quotes"], annotations, strict=True):
            assert entry["kind"] in ("direct", "reported"), (path.name, entry)
            assert entry["label"] in (None, *LABELS), (path.name, entry)
            assert entry["speaker"] is None or entry["speaker"] in people, (path.name, entry)
            assert annotation.spans


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_every_quoted_string_of_the_reporting_is_a_gold_quote_or_non_quote(folder):
    for path, text, gold in own_articles(folder):
        listed = set(gold.get("non_quotes") or [])
        for entry in gold["quotes"]:
            parts = entry["text"] if isinstance(entry["text"], list) else [entry["text"]]
            listed.update(parts)
        for line in text.split("\n"):
            if line.strip() in COMMENTS_HEADINGS:
                break  # reader comments are not the article's reporting
            for match in QUOTED_RE.finditer(line):
                quoted = next(group for group in match.groups() if group)
                assert any(quoted == item or quoted in item for item in listed), (
                    path.name,
                    quoted,
                )


def test_a_quote_over_two_paragraphs_is_one_quote_however_the_bot_joins_it():
    text = "Sie sagte: „Wir bleiben.\n„Und wir kämpfen weiter.“\n"
    annotation = Annotation(
        [(text.index("Wir bleiben."), text.index("Wir bleiben.") + 12), (26, 49)],
        DIRECT,
        ["Lena Berg"],
    )
    assert text[26:49] == "Und wir kämpfen weiter."
    joined = exported(direct("Wir bleiben. Und wir kämpfen weiter.", 1, "Lena Berg"))
    found, _ = predictions(joined, text)
    score = span_score(found, [annotation])
    assert (score.predicted_right, score.gold_found) == (1, 1)


def test_a_quote_nested_in_a_longer_one_is_judged_on_its_own_prediction():
    outer = "Er sagte immer: ‚Geduld gewinnt im Rathaus, nicht die Lautstärke.‘ Stimmt."
    text = f"Albers: {outer}\n"
    inner = "Geduld gewinnt im Rathaus, nicht die Lautstärke."
    annotations = [
        Annotation([(text.index(outer), text.index(outer) + len(outer))], DIRECT, ["Eva Albers"]),
        Annotation([(text.index(inner), text.index(inner) + len(inner))], DIRECT, ["Kurt Pieper"]),
    ]
    found, _ = predictions(exported(direct(outer, 1, "Eva Albers"), direct(inner, 1, None)), text)
    score = speaker_score(found, annotations, same_person(["Eva Albers", "Kurt Pieper"]))
    # The outer answer shares half of the longer with the inner quote too, but the inner one's
    # own prediction (no speaker) is what counts: a none, not a wrong name.
    assert (score.named, score.right, score.none, score.wrong) == (2, 1, 1, 0)


def test_a_possessive_description_for_a_speaker_is_no_name_and_no_invention():
    found, _ = predictions(
        exported(
            direct("Wir haben gewonnen.", 2, "Seine Frau"),
            direct("Ein Skandal!", 4, "ihr Begleiter"),
        ),
        TEXT,
    )
    score = speaker_score(found, GOLD, same_person(["Lena Berg"]))
    assert (score.none, score.wrong, score.invented, score.described) == (1, 0, 0, 2)


def test_sentences_the_bot_says_go_on_with_a_report_are_scored_as_one_statement():
    # The data spans the two Konjunktiv sentences as one statement; the bot shows them as two
    # sentences, the second marked as going on with the first.
    text = "Sie sagte, es regne. Die Stadt sei nass. Der Bus komme spät."
    run = "Die Stadt sei nass. Der Bus komme spät."
    at = text.index(run)
    annotations = [Annotation([(at, at + len(run))], "IndirectFreeIndirect", ["Sie"])]
    quotes = exported(
        {"text": "Die Stadt sei nass.", "kind": "reported", "line": 1, "speaker": None},
        {
            "text": "Der Bus komme spät.",
            "kind": "reported",
            "line": 1,
            "speaker": None,
            "continues": True,
        },
    )
    _, placed = predictions(quotes, text, statements=True)
    assert [(p.start, p.end) for p in placed] == [(at, len(text))]
    report = Report("test")
    kinds = ("IndirectFreeIndirect",)
    score_article(report, text, quotes, annotations, kinds, shares_content_word, True)
    assert (report.indirect.predicted, report.indirect.predicted_right) == (1, 1)


def test_a_statement_that_leaves_out_its_source_is_placed_around_it():
    # The data annotates "Die Linie fahre | wieder" around "laut der Stadt"; the bot's statement
    # leaves the source out, so it stands in the text in two parts.
    text = "Die Linie fahre laut der Stadt Hamm ab Montag wieder."
    parts = [(0, 15), (text.index("ab Montag"), len(text) - 1)]
    annotations = [Annotation(parts, "Indirect", ["der Stadt Hamm"])]
    quotes = exported(
        {
            "text": text,
            "statement": "Die Linie fahre ab Montag wieder.",
            "kind": "reported",
            "line": 1,
            "speaker": "Stadt Hamm",
        }
    )
    _, (placed,) = predictions(quotes, text, statements=True)
    assert (placed.start, placed.end, placed.gap) == (0, len(text), (15, parts[1][0]))
    report = Report("test")
    score_article(report, text, quotes, annotations, ("Indirect",), shares_content_word, True)
    assert (report.indirect.predicted_right, report.indirect.gold_found) == (1, 1)


def test_a_party_short_form_in_a_gold_file_is_the_party_the_bot_writes_out():
    assert same_party("Freie Wähler", "FW") and same_party("SPD", "SPD")
    assert same_party(None, None) and not same_party("FWG", "FW")
    assert not same_party(None, "CDU") and not same_party("CDU", None)
