"""How messages reach the engine: prefix commands, DMs, mentions, slash commands by name."""

import pytest

from bot.engine.specs import DESCRIPTION_MAX


def test_in_a_server_plain_chat_is_not_for_the_bot(engine):
    assert engine.handle_message("Wer hat die Wahl gewonnen?") is None
    assert engine.handle_message("!") is None
    assert engine.handle_message("") is None


def test_in_a_server_a_mention_makes_the_text_a_question(engine):
    reply = engine.handle_message("Wer hat die Wahl gewonnen?", mentioned=True)
    assert reply.command == "ask" and reply.status == "ok"


def test_a_bare_mention_gets_help(engine):
    assert engine.handle_message("", mentioned=True).command == "help"


def test_in_a_dm_text_without_prefix_is_a_question_and_commands_still_work(engine):
    assert engine.handle_message("Wer hat die Wahl gewonnen?", dm=True).command == "ask"
    assert engine.handle_message("!zitat Westphal", dm=True).command == "quote"


def test_a_custom_prefix_is_honoured(seed_articles, config):
    from dataclasses import replace

    from bot.engine.engine import Engine

    engine = Engine(seed_articles, replace(config, prefix="?"))
    assert engine.handle_message("?zitat Westphal").status == "ok"
    assert engine.handle_message("!zitat Westphal") is None


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("quote", "zitat"),
        ("random", "zufall"),
        ("who", "wer"),
        ("people", "personen"),
        ("search", "suche"),
        ("facts", "fakten"),
        ("ask", "frage"),
        ("sources", "quellen"),
        ("help", "hilfe"),
    ],
)
def test_every_command_answers_to_its_english_name_and_german_alias(engine, name, alias):
    argument = {"who": "Westphal", "search": "Herzkammer", "ask": "Wer hat gewonnen?"}.get(name, "")
    by_name = engine.run_command(name, argument)
    by_alias = engine.run_command(alias, argument)
    assert by_name.command == by_alias.command == name
    assert by_name.status == by_alias.status == "ok"
    if name != "random":
        assert by_name == by_alias


def test_run_command_takes_topic_names_too(engine):
    assert engine.run_command("stichwahlen").command == "stichwahlen"


def test_the_command_table_is_ready_for_slash_registration(engine):
    specs = engine.command_specs()
    builtin = [s for s in specs if not s.is_topic]
    assert [s.name for s in builtin] == [
        "quote",
        "random",
        "who",
        "people",
        "search",
        "facts",
        "ask",
        "sources",
        "results",
        "help",
    ]
    for spec in specs:
        assert spec.name.islower() and spec.alias.islower() and len(spec.name) <= 32
        assert 0 < len(spec.description_en) <= DESCRIPTION_MAX
        assert 0 < len(spec.description_de) <= DESCRIPTION_MAX
        if spec.argument is not None:
            assert 0 < len(spec.argument.description_de) <= DESCRIPTION_MAX
            assert spec.argument.name_en.islower() and spec.argument.name_de.islower()
    topics = [s.name for s in specs if s.is_topic]
    assert topics == ["stichwahlen", "wahlbeteiligung", "wahlausgang", "gruende"]
    who = next(s for s in specs if s.name == "who")
    assert who.argument.required and who.argument.completes == "person"


def test_autocomplete_offers_people_best_first(engine):
    assert engine.complete("person", "West")[0] == "Thomas Westphal"
    assert engine.complete("person", "kalo")[0] == "Alexander Kalouti"
    assert "Thomas Westphal" in engine.complete("person", "Westfa")  # a typo
    assert "Katrin Lögering" in engine.complete("person", "loeg")


def test_autocomplete_without_input_offers_the_most_quoted_first(engine):
    choices = engine.complete("person", "")
    assert choices[0] == "Thomas Westphal"
    assert "SPD" in choices  # parties can be asked for too


def test_autocomplete_keeps_to_discords_limits(engine):
    assert len(engine.complete("person", "", limit=3)) == 3
    assert len(engine.complete("person", "", limit=100)) <= 25
    assert all(len(c) <= 100 for c in engine.complete("person", "a" * 500))


def test_autocomplete_for_topics_and_commands(engine):
    assert engine.complete("topic", "stich") == ["stichwahlen"]
    assert engine.complete("command", "zit")[0] == "zitat"
    assert engine.complete("nonsense", "x") == []


def test_a_failing_command_gives_a_friendly_error_not_a_traceback(engine, monkeypatch):
    from bot.engine import engine as engine_module

    def broken(ctx, argument):
        raise RuntimeError("boom")

    monkeypatch.setitem(engine_module.HANDLERS, "people", broken)
    reply = engine.handle_message("!personen")
    assert reply.status == "error" and "boom" not in reply.text


def test_punctuation_after_the_command_word_is_forgiven(engine):
    assert engine.handle_message("!stichwahlen?").command == "stichwahlen"
    assert engine.handle_message("!zitat: Westphal").person == "Thomas Westphal"
