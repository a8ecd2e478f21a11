"""The German sound key that lets "Westfal" find "Westphal"."""

import pytest

from bot.engine.folding import fold
from bot.engine.phonetics import cologne_code


@pytest.mark.parametrize(
    ("word", "code"), [("müller-lüdenscheidt", "65752682"), ("wikipedia", "3412")]
)
def test_known_codes_from_the_literature(word, code):
    assert cologne_code(fold(word)) == code


@pytest.mark.parametrize(
    ("typed", "written"),
    [("Westfal", "Westphal"), ("Kremer", "Cremer"), ("Kaluti", "Kalouti"), ("Mayer", "Meier")],
)
def test_spellings_that_sound_alike_share_a_code(typed, written):
    assert cologne_code(fold(typed)) == cologne_code(fold(written))


def test_different_names_keep_different_codes():
    assert cologne_code("merz") != cologne_code("mader")
    assert cologne_code("") == ""
