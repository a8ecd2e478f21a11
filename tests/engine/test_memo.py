"""Work that depends on the corpus alone is done once per index, and asked again it is the same."""

from bot.engine.matching import expansions
from bot.engine.memo import remembered


def test_what_is_remembered_is_made_once():
    made: list[str] = []
    memo: dict[str, int] = {}

    def make() -> int:
        made.append("x")
        return 42

    assert remembered(memo, "x", make) == 42
    assert remembered(memo, "x", make) == 42
    assert made == ["x"]


def test_a_full_memo_starts_again_instead_of_growing_for_ever():
    memo: dict[int, int] = {}
    for key in range(5):
        remembered(memo, key, lambda key=key: key * 2, size=3)
    assert len(memo) <= 3
    assert remembered(memo, 4, lambda: -1, size=3) == 8  # the latest key is kept


def test_a_reader_asking_the_same_question_twice_gets_the_same_reply(engine):
    question = "Was fordern die Grünen vom neuen Oberbürgermeister?"
    first = engine.run_command("ask", question)
    again = engine.run_command("ask", question)
    assert again == first


def test_a_caller_adding_to_the_close_words_does_not_change_them_for_the_next_question(engine):
    stem = engine.index.stem("stichwahlen")
    first = expansions(engine.index, stem)
    first["erfunden"] = 1.0
    assert "erfunden" not in expansions(engine.index, stem)
