"""The Discord door end to end: the real discord.py client, connected over real sockets to a fake
Discord on 127.0.0.1, answering from the real engine on the bundled articles.

Every request the bot sends is checked by the fake against Discord's limits and its OpenAPI
schema; the `world` fixture fails a test that broke one.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import io
import logging
from dataclasses import replace
from pathlib import Path

import discord
import pytest

from bot.config import Cooldown, default_config, load_config
from bot.discord_door import runner
from bot.discord_door.client import create_bot
from bot.engine.engine import Engine
from bot.engine.render import render_embeds, render_text
from bot.engine.reply import Reply
from bot.engine.strings import say
from bot.library import Library
from bot.results.store import ResultsStore, Update
from bot.web.settings import FetchSettings
from tests.discord_door.conftest import GUILD_READY_TIMEOUT, StartBot, World, bot_config
from tests.discord_door.fake_discord import FakeDiscord, Sent
from tests.discord_door.payloads import (
    AUTOCOMPLETE_RESULT,
    CHANNEL_MESSAGE,
    EPHEMERAL,
    UPDATE_MESSAGE,
)
from tests.results.conftest import lindenau, portal_csv
from tests.web import conftest as news_site

NO_MENTIONS = {"parse": [], "replied_user": False}  # AllowedMentions.none() on a reply
NO_PINGS = {"parse": []}  # … and on an interaction response (which is no reply)
MESSAGES = "/channels/{channel_id}/messages"
CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"
QUIET = 0.3  # how long "the bot says nothing" is watched


def embeds_of(reply: Reply, language: str = "de") -> list[dict]:
    """The first page as discord.py serialises it, for comparing with what the bot sent."""
    return [discord.Embed.from_dict(render_embeds(reply, language)[0]).to_dict()]


def posted_in(channel_id: int, start: int = 0):
    def match(sent: Sent) -> bool:
        return (
            sent.method == "POST"
            and sent.route == MESSAGES
            and sent.params["channel_id"] == str(channel_id)
        )

    return match


def callback_for(interaction: dict):
    def match(sent: Sent) -> bool:
        return sent.route == CALLBACK and sent.params["interaction_id"] == interaction["id"]

    return match


async def say_nothing(world: World, start: int) -> None:
    await asyncio.sleep(QUIET)
    sent = [r for r in world.fake.requests[start:] if r.method in ("POST", "PATCH")]
    assert sent == []


# -- messages ---------------------------------------------------------------------------------


async def test_guild_prefix_command_is_answered_with_an_embed_replying_to_the_asker(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    asked = await world.fake.send_message(world.alice, world.general, "!quote Westphal")
    sent = await world.fake.wait_for(posted_in(world.general.id))
    expected = seeds_library.engine.handle_message("!quote Westphal")
    assert expected is not None and expected.status == "ok"
    assert sent.body["embeds"] == embeds_of(expected)
    assert sent.body["embeds"][0]["footer"]["text"]  # the source
    assert sent.body["allowed_mentions"] == NO_MENTIONS
    assert sent.body["message_reference"]["message_id"] == int(asked["id"])
    assert not sent.body.get("content")


async def test_german_alias_and_slash_command_give_the_same_answer(
    world: World, start_bot: StartBot
):
    await start_bot()
    await world.fake.send_message(world.alice, world.general, "!quote Westphal")
    prefix = await world.fake.wait_for(posted_in(world.general.id))
    mark = len(world.fake.requests)
    await world.fake.send_message(world.bob, world.general, "!zitat Westphal")
    alias = await world.fake.wait_for(posted_in(world.general.id), start=mark)
    interaction = await world.fake.slash(
        "quote", {"person": "Westphal"}, world.alice, world.general
    )
    slash = await world.fake.wait_for(callback_for(interaction))
    assert slash.query == {"with_response": "1"}
    assert slash.body["type"] == CHANNEL_MESSAGE
    assert prefix.body["embeds"] == alias.body["embeds"] == slash.body["data"]["embeds"]
    assert slash.body["data"]["allowed_mentions"] == NO_PINGS


async def test_dm_prefix_command_is_answered_in_the_dm(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    dm = world.fake.dm_channel(world.alice)
    asked = await world.fake.send_message(world.alice, dm, "!wer Kalouti")
    sent = await world.fake.wait_for(posted_in(dm.id))
    expected = seeds_library.engine.handle_message("!wer Kalouti", dm=True)
    assert expected is not None
    assert sent.body["embeds"] == embeds_of(expected)
    assert sent.body["message_reference"]["message_id"] == int(asked["id"])


async def test_dm_free_question_is_answered(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    dm = world.fake.dm_channel(world.bob)
    question = "Wer hat die Wahl in Dortmund gewonnen?"
    await world.fake.send_message(world.bob, dm, question)
    sent = await world.fake.wait_for(posted_in(dm.id))
    expected = seeds_library.engine.handle_message(question, dm=True)
    assert expected is not None
    assert sent.body["embeds"] == embeds_of(expected)
    assert sent.body["allowed_mentions"] == NO_MENTIONS


async def test_mention_in_a_server_is_a_question_and_plain_talk_is_ignored(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    fake = world.fake
    mark = len(fake.requests)
    await fake.send_message(world.alice, world.general, "Wer hat die Wahl gewonnen?")
    await say_nothing(world, mark)
    question = "Wer hat die Wahl gewonnen?"
    asked = await fake.send_message(
        world.alice,
        world.general,
        f"{fake.bot_user.mention()} {question}",
        mentions=[fake.bot_user],
    )
    sent = await fake.wait_for(posted_in(world.general.id))
    expected = seeds_library.engine.handle_message(question, mentioned=True)
    assert expected is not None
    assert sent.body["embeds"] == embeds_of(expected)
    assert sent.body["message_reference"]["message_id"] == int(asked["id"])


async def test_without_embed_links_the_answer_is_text(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    await world.fake.send_message(world.alice, world.no_embeds, "!quote Westphal")
    sent = await world.fake.wait_for(posted_in(world.no_embeds.id))
    expected = seeds_library.engine.handle_message("!quote Westphal")
    assert expected is not None
    assert sent.body["content"] == render_text(expected, "de")[0]
    assert not sent.body.get("embeds")
    assert sent.body["allowed_mentions"] == NO_MENTIONS


async def test_a_reply_is_rendered_off_the_event_loop_so_a_long_one_stalls_no_one(
    world: World, start_bot: StartBot, seeds_library: Library, monkeypatch: pytest.MonkeyPatch
):
    from bot.discord_door import sending

    rendered_on_loop: list[bool] = []
    render = sending.reply_pages

    def noting_where(*args, **kwargs):
        try:
            asyncio.get_running_loop()
            rendered_on_loop.append(True)
        except RuntimeError:  # no loop in this thread: a worker's
            rendered_on_loop.append(False)
        return render(*args, **kwargs)

    monkeypatch.setattr(sending, "reply_pages", noting_where)
    await start_bot()
    await world.fake.send_message(world.alice, world.general, "!quote Westphal")
    await world.fake.wait_for(posted_in(world.general.id))
    assert rendered_on_loop == [False]


async def test_unknown_command_gets_the_engines_answer_never_a_traceback(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    text = "!zitatt Westphal"
    expected = seeds_library.engine.handle_message(text)
    mark = len(world.fake.requests)
    await world.fake.send_message(world.alice, world.general, text)
    if expected is None:
        await say_nothing(world, mark)
        return
    sent = await world.fake.wait_for(posted_in(world.general.id))
    assert sent.body["embeds"] == embeds_of(expected)
    assert "Traceback" not in str(sent.body)


async def test_a_missing_argument_gets_the_engines_usage_answer(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    expected = seeds_library.engine.handle_message("!wer")
    assert expected is not None
    await world.fake.send_message(world.alice, world.general, "!wer")
    sent = await world.fake.wait_for(posted_in(world.general.id))
    assert sent.body["embeds"] == embeds_of(expected)


async def test_an_engine_failure_is_a_friendly_note_and_a_log_line(
    world: World,
    start_bot: StartBot,
    seeds_library: Library,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    def broken(*args, **kwargs):
        raise RuntimeError("index exploded")

    monkeypatch.setattr(seeds_library.engine, "handle_message", broken)
    monkeypatch.setattr(seeds_library.engine, "run_command", broken)
    await start_bot()
    await world.fake.send_message(world.alice, world.general, "!quote Westphal")
    sent = await world.fake.wait_for(posted_in(world.general.id))
    assert sent.body["content"] == say("de", "error_logged")
    interaction = await world.fake.slash(
        "quote", {"person": "Westphal"}, world.bob, world.general, locale="en-US"
    )
    slash = await world.fake.wait_for(callback_for(interaction))
    assert slash.body["data"]["content"] == say("en", "error_logged")
    assert slash.body["data"]["flags"] == EPHEMERAL
    failures = [r for r in caplog.records if r.name == "bot.discord_door.errors"]
    assert len(failures) == 2 and all("index exploded" in str(r.exc_info[1]) for r in failures)


# -- slash commands ---------------------------------------------------------------------------


async def test_slash_commands_are_registered_with_german_localisations(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    (put,) = world.fake.sent("PUT", "/applications/{application_id}/commands")
    by_name = {command["name"]: command for command in put.body}
    specs = seeds_library.engine.command_specs()
    assert set(by_name) == {spec.name for spec in specs}
    for spec in specs:
        command = by_name[spec.name]
        assert len(command["description"]) <= 100
        assert command["description"] == spec.description_en
        if spec.alias != spec.name:
            assert command["name_localizations"] == {"de": spec.alias}
        assert command["description_localizations"].get("de", spec.description_en) == (
            spec.description_de
        )
        assert sorted(command["contexts"]) == [0, 1]  # servers and DMs with the bot
        assert command["integration_types"] == [0]
        options = command.get("options", [])
        if spec.argument is None:
            assert options == []
            continue
        (option,) = options
        assert option["name"] == spec.argument.name_en
        assert option["required"] == spec.argument.required
        assert option.get("autocomplete", False) == bool(spec.argument.completes)
        if spec.argument.name_de != spec.argument.name_en:
            assert option["name_localizations"] == {"de": spec.argument.name_de}
    assert by_name["quote"]["name_localizations"] == {"de": "zitat"}


async def test_autocomplete_offers_at_most_25_fuzzy_matches(
    world: World, start_bot: StartBot, seeds_library: Library
):
    await start_bot()
    interaction = await world.fake.slash(
        "quote", {"person": "West"}, world.alice, world.general, focused="person"
    )
    sent = await world.fake.wait_for(callback_for(interaction))
    assert sent.body["type"] == AUTOCOMPLETE_RESULT
    choices = sent.body["data"]["choices"]
    expected = seeds_library.engine.complete("person", "West", 25)
    assert [c["value"] for c in choices] == expected[:25]
    assert any("Westphal" in c["name"] for c in choices)
    assert all(len(c["name"]) <= 100 and c["name"] == c["value"] for c in choices)
    empty = await world.fake.slash(
        "quote", {"person": ""}, world.alice, world.general, focused="person"
    )
    everyone = await world.fake.wait_for(callback_for(empty))
    assert 0 < len(everyone.body["data"]["choices"]) <= 25


async def test_slash_command_in_a_dm(world: World, start_bot: StartBot, seeds_library: Library):
    await start_bot()
    dm = world.fake.dm_channel(world.alice)
    interaction = await world.fake.slash("who", {"person": "Kalouti"}, world.alice, dm)
    sent = await world.fake.wait_for(callback_for(interaction))
    assert sent.body["data"]["embeds"] == embeds_of(
        seeds_library.engine.run_command("who", "Kalouti")
    )


# -- paging -----------------------------------------------------------------------------------


# Searches that find much on the bundled article; the first with several pages is used.
LONG_ANSWERS = ("!suche die", "!suche und", "!suche Dortmund", "!quote Westphal", "!facts")


def _long_command(library: Library, *, embeds: bool) -> tuple[str, list]:
    """A message whose answer has several pages (embeds, or text), and those pages."""
    for text in LONG_ANSWERS:
        reply = library.engine.handle_message(text)
        if reply is None:
            continue
        pages = render_embeds(reply, "de") if embeds else render_text(reply, "de")
        if len(pages) > 1:
            return text, pages
    raise AssertionError("no command gives a reply of several pages on the bundled articles")


def _buttons(message: dict) -> list[dict]:
    return [c for row in message["components"] for c in row["components"]]


def _page(body: dict, embeds: bool):
    return body["embeds"][0] if embeds else body["content"]


@pytest.mark.parametrize("embeds", [True, False], ids=["embed pages", "text pages"])
async def test_paging_buttons_work_for_the_asker_only_and_stop_after_the_timeout(
    world: World, start_bot: StartBot, seeds_library: Library, embeds: bool
):
    text, pages = _long_command(seeds_library, embeds=embeds)
    if embeds:
        pages = [discord.Embed.from_dict(page).to_dict() for page in pages]
    channel = world.general if embeds else world.no_embeds
    await start_bot(page_timeout=1.0)
    fake = world.fake
    await fake.send_message(world.alice, channel, text)
    sent = await fake.wait_for(posted_in(channel.id))
    message = sent.answer
    assert _page(sent.body, embeds) == pages[0]
    previous, counter, following = _buttons(message)
    assert previous["disabled"] and counter["label"] == f"1/{len(pages)}"
    assert not following.get("disabled")

    intruder = await fake.click(following["custom_id"], message, world.bob, channel)
    refused = await fake.wait_for(callback_for(intruder))
    assert refused.body["type"] == CHANNEL_MESSAGE
    assert refused.body["data"]["flags"] == EPHEMERAL
    assert refused.body["data"]["content"] == say("de", "only_asker")

    click = await fake.click(following["custom_id"], message, world.alice, channel)
    turned = await fake.wait_for(callback_for(click))
    assert turned.body["type"] == UPDATE_MESSAGE
    assert _page(turned.body["data"], embeds) == pages[1]
    assert _buttons(turned.body["data"])[1]["label"] == f"2/{len(pages)}"
    assert not _buttons(turned.body["data"])[0].get("disabled")  # back is possible now

    edit = await fake.wait_for(
        lambda r: r.method == "PATCH" and r.route == MESSAGES + "/{message_id}", timeout=5
    )
    assert edit.params["message_id"] == message["id"]
    assert all(button["disabled"] for button in _buttons(edit.body))


async def test_paging_a_slash_answer_edits_the_interaction_response_on_timeout(
    world: World, start_bot: StartBot, seeds_library: Library
):
    text, pages = _long_command(seeds_library, embeds=True)
    word, _, argument = text[1:].partition(" ")
    engine = seeds_library.engine
    spec = next(s for s in engine.command_specs() if word in (s.name, s.alias))
    options = {spec.argument.name_en: argument} if argument and spec.argument else {}
    await start_bot(page_timeout=0.5)
    interaction = await world.fake.slash(spec.name, options, world.alice, world.general)
    sent = await world.fake.wait_for(callback_for(interaction))
    assert sent.body["data"]["embeds"] == [discord.Embed.from_dict(pages[0]).to_dict()]
    assert len(_buttons(sent.body["data"])) == 3
    edit = await world.fake.wait_for(lambda r: r.method == "PATCH" and "@original" in r.route)
    assert all(button["disabled"] for button in _buttons(edit.body))


# -- safety -----------------------------------------------------------------------------------


async def test_cooldown_per_user_with_a_friendly_note(world: World, start_bot: StartBot):
    await start_bot(cooldown=Cooldown(rate=2, per=60))
    fake = world.fake
    for _ in range(3):
        mark = len(fake.requests)
        await fake.send_message(world.alice, world.general, "!quote Westphal")
        sent = await fake.wait_for(posted_in(world.general.id), start=mark)
    assert sent.body["content"] in {say("de", "cooldown", seconds=s) for s in range(55, 61)}
    interaction = await fake.slash("quote", {"person": "Westphal"}, world.alice, world.general)
    note = await fake.wait_for(callback_for(interaction))
    assert note.body["data"]["flags"] == EPHEMERAL
    assert note.body["data"]["content"].startswith("Nicht so schnell")
    other = await fake.slash("quote", {"person": "Westphal"}, world.bob, world.general)
    answer = await fake.wait_for(callback_for(other))  # another user is not slowed down
    assert answer.body["data"]["embeds"]


async def test_channel_allow_list(world: World, start_bot: StartBot):
    await start_bot(allowed_channels={world.guild.id: (world.general.id,)})
    fake = world.fake
    mark = len(fake.requests)
    await fake.send_message(world.alice, world.closed, "!quote Westphal")
    await say_nothing(world, mark)
    interaction = await fake.slash("quote", {"person": "Westphal"}, world.alice, world.closed)
    note = await fake.wait_for(callback_for(interaction))
    assert note.body["data"]["content"] == say("de", "channel_not_allowed")
    assert note.body["data"]["flags"] == EPHEMERAL
    await fake.send_message(world.alice, world.general, "!quote Westphal")
    await fake.wait_for(posted_in(world.general.id))


# -- owner commands ---------------------------------------------------------------------------


async def test_sync_is_for_owners_only(world: World, start_bot: StartBot):
    await start_bot()
    fake = world.fake
    await fake.send_message(world.alice, world.general, "!sync")
    refused = await fake.wait_for(posted_in(world.general.id))
    assert refused.body["content"] == say("de", "not_owner")
    mark = len(fake.requests)
    await fake.send_message(world.owner, world.general, "!sync here")
    put = await fake.wait_for(lambda r: r.method == "PUT" and "guilds" in r.route, start=mark)
    assert put.params["guild_id"] == str(world.guild.id)
    done = await fake.wait_for(posted_in(world.general.id), start=mark)
    assert done.body["content"].startswith(f"{len(put.body)} Slash-Befehle")


async def test_reload_keeps_the_old_index_when_the_config_breaks(
    world: World, start_bot: StartBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    source = Path(__file__).resolve().parents[2] / "seeds"
    for file in source.iterdir():
        (seeds / file.name).write_bytes(file.read_bytes())
    config_file = tmp_path / "config.yaml"
    config_file.write_text("seeds: seeds\ncache_dir: null\nreload_interval: 0\n", encoding="utf-8")
    library, _ = Library.open(load_config(config_file), config_file)
    bot = await start_bot(library=library)
    fake = world.fake
    before = bot.library.engine

    config_file.write_text("seeds: [not, a, folder\n", encoding="utf-8")
    await fake.send_message(world.owner, world.general, "!reload")
    report = await fake.wait_for(posted_in(world.general.id))
    assert "config error" in report.body["content"]
    assert bot.library.engine is before  # nothing changed: still the same index

    config_file.write_text("seeds: seeds\ncache_dir: null\nreload_interval: 0\n", encoding="utf-8")
    monkeypatch.setattr("bot.library.SETTLE_NS", 600 * 10**9)  # no busy machine overruns it
    (seeds / "zweiter.txt").write_text(
        "Von Anna Beispiel\nDie Stadt Hagen hat gewählt. „Das ist gut“, sagte Petra Probe.\n",
        encoding="utf-8",
    )
    mark = len(fake.requests)
    await fake.send_message(world.owner, world.general, "!reload")
    report = await fake.wait_for(posted_in(world.general.id), start=mark)
    # Just written: it may still be growing, so it is named as coming, not read half.
    assert report.body["content"].splitlines() == [
        say("de", "reload_done", summary=say("de", "refresh_nothing")),
        say("de", "reload_waiting", files="zweiter.txt"),
    ]
    assert bot.library.engine.run_command("quote", "Petra Probe").status == "not_found"
    monkeypatch.setattr("bot.library.SETTLE_NS", 0)  # a few seconds later: the copy is done
    mark = len(fake.requests)
    await fake.send_message(world.owner, world.general, "!reload")
    report = await fake.wait_for(posted_in(world.general.id), start=mark)
    assert "zweiter.txt" in report.body["content"]
    assert bot.library.engine.run_command("quote", "Petra Probe").status == "ok"
    mark = len(fake.requests)
    await fake.send_message(world.alice, world.general, "!reload")
    refused = await fake.wait_for(posted_in(world.general.id), start=mark)
    assert refused.body["content"] == say("de", "not_owner")


# -- connecting -------------------------------------------------------------------------------


async def _run_against(fake: FakeDiscord, library: Library, token: str) -> tuple[int, str]:
    library = copy.copy(library)
    library.config = bot_config(library.config, fake)
    bot = create_bot(library, guild_ready_timeout=GUILD_READY_TIMEOUT)
    err = io.StringIO()
    status = await asyncio.wait_for(runner.serve(bot, token, err=err), 10)
    return status, err.getvalue()


async def test_a_rejected_token_is_one_line_and_exit_status_2_without_the_token(
    world: World, seeds_library: Library, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-token.secret-part"
    status, err = await _run_against(world.fake, seeds_library, wrong)
    assert status == 2
    assert err.count("\n") == 1 and "rejected the bot token" in err
    assert wrong not in err and wrong not in caplog.text
    (login,) = world.fake.requests
    assert login.route == "/users/@me" and login.status == 401


async def test_missing_message_content_intent_is_exit_status_2(
    seeds_library: Library, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    fake = await FakeDiscord(privileged_intents=0).start()
    try:
        status, err = await _run_against(fake, seeds_library, fake.token)
    finally:
        await fake.close()
    assert status == 2
    assert err.count("\n") == 1 and "Message Content" in err
    assert fake.token not in caplog.text and fake.token not in err


async def test_no_token_is_exit_status_2(seeds_library: Library, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    err = io.StringIO()
    config = replace(
        seeds_library.config, discord=replace(seeds_library.config.discord, token=None)
    )
    assert await runner.run_bot_async(config, err=err) == 2
    assert "DISCORD_TOKEN" in err.getvalue()


async def test_the_token_is_never_logged(
    world: World, start_bot: StartBot, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    await start_bot()
    await world.fake.send_message(world.alice, world.general, "!quote Westphal")
    await world.fake.wait_for(posted_in(world.general.id))
    assert world.fake.identifies == 1
    assert world.fake.token not in caplog.text


# -- faults (the fake's hooks for rate limits and dropped connections) --------------------------


async def test_a_429_is_retried_after_retry_after(world: World, start_bot: StartBot):
    await start_bot()
    world.fake.fail_next("POST", MESSAGES, 429)
    await world.fake.send_message(world.alice, world.general, "!quote Westphal")
    sent = await world.fake.wait_for(lambda r: posted_in(world.general.id)(r) and r.status == 200)
    assert sent.body["embeds"]
    assert [r.status for r in world.fake.sent("POST", MESSAGES)] == [429, 200]


async def test_after_a_dropped_gateway_the_bot_resumes_and_answers(
    world: World, start_bot: StartBot
):
    await start_bot()
    fake = world.fake
    await fake.drop_gateway()
    await fake.send_message(world.alice, world.general, "!quote Westphal")  # sent while away
    sent = await fake.wait_for(posted_in(world.general.id))
    assert sent.body["embeds"]
    assert fake.resumes == 1 and fake.identifies == 1


async def test_sharded_bot_connects_every_shard(world: World, start_bot: StartBot, monkeypatch):
    async def no_pause(self, shard_id, *, initial=False):  # discord.py waits 5 s between shards
        return None

    monkeypatch.setattr(discord.AutoShardedClient, "before_identify_hook", no_pause)
    bot = await start_bot(shard_count=2)
    assert isinstance(bot, discord.AutoShardedClient)
    assert world.fake.identifies == 2
    await world.fake.send_message(world.alice, world.general, "!quote Westphal")
    await world.fake.wait_for(posted_in(world.general.id))


# -- the invite link --------------------------------------------------------------------------


def test_invite_url_has_both_scopes_and_only_the_needed_permissions():
    url = runner.invite_url(1234567890)
    assert url.startswith("https://discord.com/oauth2/authorize?client_id=1234567890")
    assert "scope=bot+applications.commands" in url
    permissions = discord.Permissions(int(url.split("permissions=")[1].split("&")[0]))
    assert permissions.send_messages and permissions.embed_links
    assert permissions.read_message_history and permissions.view_channel
    assert not (permissions.administrator or permissions.mention_everyone)
    assert not (permissions.manage_messages or permissions.manage_guild)


def test_invite_url_reads_the_application_id_from_the_token(monkeypatch: pytest.MonkeyPatch):
    token = base64.b64encode(b"1234567890").decode().rstrip("=") + ".abc.def"
    monkeypatch.setenv("DISCORD_TOKEN", token)
    out, err = io.StringIO(), io.StringIO()
    assert runner.print_invite_url(default_config(), out=out, err=err) == 0
    assert "client_id=1234567890" in out.getvalue()
    assert token not in out.getvalue() + err.getvalue()
    monkeypatch.delenv("DISCORD_TOKEN")
    assert runner.print_invite_url(default_config(), out=out, err=err) == 2
    assert "no application id" in err.getvalue()


def test_invite_url_says_a_garbage_token_is_malformed(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DISCORD_TOKEN", "garbage")
    out, err = io.StringIO(), io.StringIO()
    assert runner.print_invite_url(default_config(), out=out, err=err) == 2
    assert err.getvalue().startswith("error: the bot token is malformed")
    assert "garbage" not in err.getvalue() and out.getvalue() == ""


# -- the tests themselves -----------------------------------------------------------------------


async def test_the_tests_cannot_reach_any_host_but_this_one(seeds_library: Library):
    """A bot left pointing at discord.com fails here instead of sending traffic there."""
    assert seeds_library.config.discord.api_base == "https://discord.com/api/v10"
    bot = create_bot(seeds_library, guild_ready_timeout=GUILD_READY_TIMEOUT)
    with pytest.raises(AssertionError, match=r"discord\.com"):
        await runner.serve(bot, "token", err=io.StringIO())


# -- official results -------------------------------------------------------------------------


def results_library(seeds_library: Library, tmp_path: Path, reported: int) -> Library:
    """The seeds library with Lindenau's count (`reported` districts in) set up and read."""
    path = tmp_path / "lindenau.csv"
    path.write_bytes(portal_csv(reported))
    config = replace(seeds_library.config, results=(lindenau(path=path),), cache_dir=tmp_path)
    library = copy.copy(seeds_library)
    library.config = config
    library.results = ResultsStore(config.results)
    library.results.take(lindenau().name, path.read_bytes())
    library._engine = Engine.from_index(seeds_library.engine.index, config, results=library.results)
    return library


async def test_the_results_chart_is_uploaded_and_shown_in_the_embed(
    world: World, start_bot: StartBot, seeds_library: Library, tmp_path: Path
):
    library = results_library(seeds_library, tmp_path, 2)
    await start_bot(library)
    await world.fake.send_message(world.alice, world.general, "!ergebnis Lindenau")
    sent = await world.fake.wait_for(posted_in(world.general.id))
    (name,) = sent.files
    assert sent.files[name][:8] == b"\x89PNG\r\n\x1a\n"
    embed = sent.body["embeds"][0]
    assert embed["image"]["url"] == f"attachment://{name}"
    assert "Vorläufig: Hanna Vogt (SPD) vorn" in embed["description"]
    interaction = await world.fake.slash(
        "results", {"election": "Lindenau"}, world.bob, world.general
    )
    slash = await world.fake.wait_for(callback_for(interaction))
    assert list(slash.files) == [name]
    assert slash.body["data"]["embeds"][0]["image"]["url"] == f"attachment://{name}"
    await world.fake.send_message(world.alice, world.no_embeds, "!ergebnis Lindenau")
    text = await world.fake.wait_for(posted_in(world.no_embeds.id))
    assert list(text.files) == [name] and "Ausgezählt: 2 von 4" in text.body["content"]


async def test_the_final_count_is_posted_once_to_the_results_channel(
    world: World, start_bot: StartBot, seeds_library: Library, tmp_path: Path
):
    library = results_library(seeds_library, tmp_path, 4)
    bot = await start_bot(library, results_channel=world.general.id)
    mark = len(world.fake.requests)
    await bot.on_results_update(Update(lindenau().name, changed=True, final=True))
    sent = await world.fake.wait_for(posted_in(world.general.id), start=mark)
    assert sent.body["content"] == f"Alle Stimmbezirke sind ausgezählt: {lindenau().name}"
    assert "Ausgezählt: 4 von 4 Stimmbezirken" in sent.body["embeds"][0]["description"]
    assert len(sent.files) == 1
    mark = len(world.fake.requests)
    await bot.on_results_update(Update(lindenau().name, changed=True))
    await say_nothing(world, mark)


# -- adding a news page -----------------------------------------------------------------------

site = news_site.site  # a news site on 127.0.0.1 (tests/web/conftest.py)


async def test_the_owner_adds_a_news_page_and_it_is_answerable_at_once(
    world: World, start_bot: StartBot, tmp_path: Path, site: news_site.Site
):
    site.page("/lokales/stichwahl.html", "hallstedt_stichwahl.html")
    fetch_settings = FetchSettings(allow_private_addresses=True, min_interval_per_host=0)
    config = replace(default_config(), seeds=tmp_path / "seeds", fetch=fetch_settings)
    library, _ = Library.open(replace(config, cache_dir=None, reload_interval=0))
    await start_bot(library=library)
    fake = world.fake
    await fake.send_message(world.alice, world.general, f"!add {site.url('/x')}")
    refused = await fake.wait_for(posted_in(world.general.id))
    assert refused.body["content"] == say("de", "not_owner")

    mark = len(fake.requests)
    link = site.url("/lokales/stichwahl.html")
    await fake.send_message(world.owner, world.general, f"!hinzufuegen <{link}>")
    report = (await fake.wait_for(posted_in(world.general.id), start=mark)).body["content"]
    lines = report.splitlines()
    assert lines[0] == (
        "Neu: **Stichwahl in Hallstedt: Hoffstetter löst Krell im Rathaus ab** · "
        "Hallstedter Rundschau"
    )
    assert "Jonas Krell" in lines[1] and "Zitate" in lines[1]

    mark = len(fake.requests)
    await fake.send_message(world.alice, world.general, "!zitat Krell")
    answer = await fake.wait_for(posted_in(world.general.id), start=mark)
    assert "glückliche Hand" in str(answer.body)

    mark = len(fake.requests)
    await fake.send_message(world.owner, world.general, f"!add {site.url('/fehlt')}")
    failed = await fake.wait_for(posted_in(world.general.id), start=mark)
    assert failed.body["content"] == (
        f"Nicht hinzugefügt – {site.url('/fehlt')}: the server answered HTTP 404"
    )
