"""A reader of the causes table sees each quote of a tiny invented article that the bot leaves
unnamed, although the gold names its speaker, counted once under the cause that explains it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.unnamed_causes import Causes, count_folder, table

ARTICLE = (
    "Neuer Vorsitz im Heimatverein Moorbeek\n"
    "Moorbeek. Der Heimatverein hat Frauke Ellerbrock zur Vorsitzenden gewählt. "
    "„Ich freue mich auf die Arbeit“, sagte Ellerbrock.\n"
    "Die Versammlung dauerte drei Stunden. Es gab Kuchen und Kaffee.\n"
    "Der Verein hat 240 Mitglieder. Er wurde 1921 gegründet.\n"
    "Die Kasse sei in Ordnung, heißt es im Bericht. Das Museum brauche ein neues Dach.\n"
    "Kassenwart ist seit Jahren Ole Timmermann.\n"
)
GOLD = """\
people:
  - {name: Frauke Ellerbrock, party: null, roles: [Vorsitzende]}
  - {name: Ole Timmermann, party: null, roles: [Kassenwart]}
quotes:
  - {text: "Ich freue mich auf die Arbeit", kind: direct, speaker: Frauke Ellerbrock}
  - {text: "Die Kasse sei in Ordnung, heißt es im Bericht.", kind: reported,
     speaker: Ole Timmermann}
"""


def test_a_named_quote_is_not_counted_and_an_unnamed_one_is_counted_once_by_its_cause(
    tmp_path: Path,
) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "heimatverein.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold" / "heimatverein.yaml").write_text(GOLD, encoding="utf-8")
    causes = Causes()
    count_folder(causes, tmp_path)
    # Ellerbrock's quotation is hers: not counted. The report's speaker is named only in the
    # paragraph after it, and no rule reaches there.
    assert [(u.kind, u.gold, u.cause) for u in causes.examples] == [
        ("reported", "Ole Timmermann", "near, no rule: name only in the paragraph after")
    ]
    assert causes.counts == {tmp_path.name: {causes.examples[0].cause: 1}}
    last = table(causes).splitlines()[-1].split()
    assert last[:3] == ["all", "1", "1"]
