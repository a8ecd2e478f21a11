"""A newsroom sets the bot up with a config file; mistakes get one clear line, not a traceback."""

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, default_config, load_config

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_config_is_valid_and_documents_the_bundled_topics():
    config = load_config(ROOT / "config.example.yaml")
    assert config.prefix == "!"
    assert config.language == "de"
    assert config.seeds == ROOT / "seeds"
    assert {"stichwahlen", "wahlbeteiligung", "wahlausgang"} <= {t.name for t in config.topics}


def test_without_a_config_file_the_bot_uses_the_bundled_seeds_and_topics():
    config = default_config()
    assert config.seeds == ROOT / "seeds"
    assert any(t.name == "stichwahlen" for t in config.topics)


def test_an_empty_file_means_all_defaults_with_the_bundled_articles(tmp_path):
    config = load_config(write(tmp_path, ""))
    assert config.prefix == "!"
    assert config.seeds == ROOT / "seeds"
    assert config.topics == ()


def test_a_config_elsewhere_without_seeds_answers_from_the_bundled_articles(tmp_path, capsys):
    path = write(tmp_path, "prefix: '?'\ncache_dir: null\n")
    assert main(["dry-run", "--config", str(path), "-c", "?zitat Westphal"]) == 0
    assert "Thomas Westphal" in capsys.readouterr().out


def test_relative_paths_are_relative_to_the_config_file(tmp_path):
    config = load_config(write(tmp_path, "seeds: articles\ncache_dir: null\n"))
    assert config.seeds == tmp_path / "articles"
    assert config.cache_dir is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("prefx: '!'\n", "prefx"),
        ("prefix: 3\n", "prefix"),
        ("language: fr\n", "language"),
        ("reload_interval: soon\n", "reload_interval"),
        ("max_article_bytes: yes\n", "max_article_bytes"),
        ("discord:\n  tokn: abc\n", "discord.tokn"),
        ("discord:\n  owner_ids: [abc]\n", "discord.owner_ids"),
        ("discord:\n  cooldown: {rate: fast}\n", "discord.cooldown.rate"),
        ("topics:\n  wahl: {query: ''}\n", "topics.wahl.query"),
        ("topics:\n  wahl: {quer: x}\n", "topics.wahl.quer"),
        ("- just\n- a list\n", "mapping"),
        ("prefix: [unclosed\n", "YAML"),
        ("fetch:\n  timout: 3\n", "fetch.timout"),
        ("fetch:\n  allow_private_addresses: 1\n", "fetch.allow_private_addresses"),
        ("fetch:\n  max_bytes: 0\n", "fetch.max_bytes"),
        ("feeds: https://a.example/rss\n", "feeds"),
        ("feeds: [ftp://a.example/rss]\n", "feeds"),
        ("feed_interval: 1\n", "feed_interval"),
    ],
)
def test_a_broken_setting_is_named_with_its_file_and_key(tmp_path, text, names):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert str(path) in message
    assert names in message
    assert "\n" not in message


def test_a_missing_config_file_is_one_clear_line_and_exit_status_2(tmp_path, capsys):
    status = main(["extract", "--config", str(tmp_path / "nope.yaml")])
    err = capsys.readouterr().err
    assert status == 2
    assert "nope.yaml" in err and "no such config file" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_the_token_comes_from_the_environment_first(tmp_path, monkeypatch):
    config = load_config(write(tmp_path, "discord:\n  token: from-file\n"))
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert config.token() == "from-file"
    monkeypatch.setenv("DISCORD_TOKEN", "from-env")
    assert config.token() == "from-env"


def test_feeds_and_fetch_settings_are_read(tmp_path):
    text = (
        "feeds: [https://a.example/rss, https://a.example/rss, https://b.example/atom]\n"
        "feed_interval: 60\n"
        "fetch: {timeout: 4, allow_private_addresses: true, user_agent: Wahlbot}\n"
    )
    config = load_config(write(tmp_path, text))
    assert config.feeds == ("https://a.example/rss", "https://b.example/atom")
    assert config.feed_interval == 60
    assert config.fetch.timeout == 4 and config.fetch.allow_private_addresses
    assert config.fetch.user_agent == "Wahlbot"
    assert not load_config(write(tmp_path, "")).fetch.allow_private_addresses


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("reload_interval: .inf\n", "reload_interval"),
        ("reload_interval: .nan\n", "reload_interval"),
        ("reload_interval: 1e-9\n", "reload_interval"),
        ("reload_interval: -1\n", "reload_interval"),
        ("discord:\n  cooldown: {rate: 0}\n", "discord.cooldown.rate"),
        ("discord:\n  cooldown: {rate: -2}\n", "discord.cooldown.rate"),
        ("discord:\n  cooldown: {per: .nan}\n", "discord.cooldown.per"),
        ("discord:\n  cooldown: {per: -1}\n", "discord.cooldown.per"),
        ("discord:\n  page_timeout: -1\n", "discord.page_timeout"),
        ("discord:\n  page_timeout: .inf\n", "discord.page_timeout"),
        ("discord:\n  shard_count: 0\n", "discord.shard_count"),
        ("discord:\n  shard_count: -3\n", "discord.shard_count"),
        ("topics:\n  reload: Neuauszählung\n", "topics.reload"),
        ("topics:\n  sync: Abgleich\n", "topics.sync"),
        ("topics:\n  zitat: Zitate\n", "topics.zitat"),
    ],
)
def test_a_number_out_of_range_or_a_topic_named_like_a_command_exits_2_naming_file_and_key(
    tmp_path, capsys, text, key
):
    path = write(tmp_path, text + "seeds: .\ncache_dir: null\n")
    status = main(["extract", "--config", str(path)])
    err = capsys.readouterr().err.strip()
    assert status == 2
    assert len(err.splitlines()) == 1
    assert str(path) in err and f"'{key}'" in err


def test_numbers_inside_their_ranges_are_kept(tmp_path):
    config = load_config(
        write(
            tmp_path,
            "reload_interval: 0\ndiscord:\n  cooldown: {rate: 3, per: 7.5}\n"
            "  page_timeout: 60\n  shard_count: 2\n",
        )
    )
    assert config.reload_interval == 0
    assert (config.discord.cooldown.rate, config.discord.cooldown.per) == (3, 7.5)
    assert (config.discord.page_timeout, config.discord.shard_count) == (60.0, 2)


def test_the_owner_commands_named_in_the_specs_are_the_ones_registered():
    from bot.discord_door.owner import OwnerCommands
    from bot.engine.specs import OWNER_COMMANDS

    names = {command.name for command in OwnerCommands(None).get_commands()}  # type: ignore[arg-type]
    assert names == set(OWNER_COMMANDS)
