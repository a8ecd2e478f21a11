"""What a reader types and what the article writes meet on the same key."""

import pytest

from bot.engine import folding
from bot.engine.folding import fold, has_phrase, name_key, stem_word, words


@pytest.mark.parametrize("typed", ["Lögering", "Loegering", "Logering", "LÖGERING", "loegering"])
def test_every_spelling_of_an_umlaut_folds_to_the_same_key(typed):
    assert fold(typed) == "logering"


def test_sharp_s_and_ss_meet():
    assert fold("Straße") == fold("Strasse") == "strasse"


def test_accents_of_other_languages_fold_too():
    assert fold("Karacakurtoğlu") == "karacakurtoglu"
    assert fold("Éric Łódź") == "eric lodz"
    assert fold("Yıldırım") == "yildirim"  # a dotless i is typed as an i


def test_a_line_mixing_umlauts_quotes_and_dashes_folds_letter_by_letter():
    """Only the accented letters change; quotation marks, dashes and other scripts stay."""
    assert fold("„Größer – ÆØ Ñandú“ – Σ") == "„grosser – ao nandu“ – σ"
    assert fold("Plain ASCII Rathaus-Bote") == "plain ascii rathaus-bote"


def test_every_letter_the_accent_table_knows_is_one_the_search_finds():
    """A special letter added to the table outside the searched range would never be folded."""
    for code in folding._ACCENTS:
        assert folding._ACCENTED_RE.fullmatch(chr(code)), hex(code)


def test_a_ue_after_a_vowel_is_no_umlaut_and_stays():
    assert fold("neuen") == "neuen"
    assert fold("Steuer") == "steuer"


def test_names_with_hyphens_or_spaces_get_the_same_key():
    assert name_key("Krüger-Lüdenscheidt") == name_key("Krueger Luedenscheidt")


def test_words_split_compounds_at_hyphens_and_drop_punctuation():
    assert words("„Euer Wahlsieg“, rief der CDU-Vorsitzende.") == [
        "euer",
        "wahlsieg",
        "rief",
        "der",
        "cdu",
        "vorsitzende",
    ]


def test_stems_join_the_forms_of_a_word():
    assert stem_word("stichwahlen") == stem_word("stichwahl")
    assert stem_word("grunde") == stem_word("grund")
    assert stem_word("33") == "33"


def test_a_stem_asked_again_is_the_same_after_the_memo_started_over(monkeypatch):
    monkeypatch.setattr(folding, "STEM_MEMO_SIZE", 2)
    monkeypatch.setattr(folding, "_STEMS", {})
    first = [stem_word(w) for w in ("stichwahlen", "gewonnen", "niederlage", "stichwahlen")]
    assert first == [stem_word(w) for w in ("stichwahlen", "gewonnen", "niederlage", "stichwahlen")]
    assert len(folding._STEMS) <= 2


def test_a_phrase_is_found_only_with_its_words_in_a_row():
    asked = words("Wer lag in der ersten Runde vorn, wer in der Stichwahl?")
    assert has_phrase(asked, ("ersten", "runde"))
    assert has_phrase(asked, ("stichwahl",))
    assert not has_phrase(asked, ("runde", "ersten"))  # both words, not in this order
    assert not has_phrase(asked, ("ersten", "wahlgang"))  # its first word alone
    assert not has_phrase(asked, ("zweiten", "runde"))  # no first word at all
    assert not has_phrase(asked, ("stichwahl", "danach"))  # would run past the end
    assert has_phrase(asked, ())
