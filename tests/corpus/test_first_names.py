"""The shipped first-name gazetteer is exactly what its builder makes from Faker's lists."""

from __future__ import annotations

import pytest

from bot.corpus import german
from bot.corpus.data import build_first_names


def test_the_shipped_gazetteer_is_up_to_date():
    pytest.importorskip("faker")
    shipped = build_first_names.TARGET.read_text(encoding="utf-8")
    assert shipped == build_first_names.render(build_first_names.collect())


def test_the_gazetteer_holds_names_of_many_origins_and_no_sentence_openers():
    for name in ("Jonas", "Merle", "Emre", "Minh", "Anna-Lena", "Jens"):
        assert name in german.FIRST_NAMES
    for word in ("Und", "Uhr", "Lage", "Tor", "Herr"):
        assert word not in german.FIRST_NAMES
