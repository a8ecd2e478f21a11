"""The fake Discord's checks of request bodies catch what Discord would refuse (so a clean run of
the Discord tests means something)."""

from __future__ import annotations

import pytest

from tests.discord_door.request_checks import check_limits, check_openapi

MESSAGES = "/channels/{channel_id}/messages"
CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"
COMMANDS = "/applications/{application_id}/commands"
QUIET = {"parse": []}


def test_a_good_message_passes():
    body = {"content": "x" * 2000, "embeds": [{"title": "t"}], "allowed_mentions": QUIET}
    assert check_limits("POST", MESSAGES, body) == []


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ({"content": "x" * 2001, "allowed_mentions": QUIET}, "content has 2001"),
        ({"embeds": [{"title": "t"}] * 11, "allowed_mentions": QUIET}, "11 embeds"),
        ({"embeds": [{"description": "x" * 4097}], "allowed_mentions": QUIET}, "description"),
        (
            {"embeds": [{"description": "x" * 4000}, {"description": "y" * 2001}]}
            | {"allowed_mentions": QUIET},
            "total 6001",
        ),
        ({"content": "hi"}, "no allowed_mentions"),
        ({"content": "hi", "allowed_mentions": {"parse": ["everyone"]}}, "parses"),
        ({"content": "hi", "allowed_mentions": {"parse": [], "replied_user": True}}, "pinged"),
    ],
)
def test_a_message_over_the_limits_is_caught(body, complaint):
    problems = check_limits("POST", MESSAGES, body)
    assert any(complaint in p for p in problems), problems


def test_autocomplete_choices_are_limited():
    choices = [{"name": str(i), "value": str(i)} for i in range(26)]
    body = {"type": 8, "data": {"choices": choices}}
    assert any("26 choices" in p for p in check_limits("POST", CALLBACK, body))
    long = {"type": 8, "data": {"choices": [{"name": "x" * 101, "value": "x"}]}}
    assert check_limits("POST", CALLBACK, long)


def test_command_registrations_are_checked():
    good = {"name": "zitat", "description": "Zitate", "name_localizations": {"de": "zitat"}}
    assert check_limits("PUT", COMMANDS, [good]) == []
    for bad in (
        good | {"name": "Zitat"},
        good | {"description": "x" * 101},
        good | {"name_localizations": {"xx": "zitat"}},
        good | {"description_localizations": {"de": ""}},
    ):
        assert check_limits("PUT", COMMANDS, [bad]), bad


def test_the_openapi_schema_catches_a_wrong_type_and_accepts_integer_snowflakes():
    assert check_openapi("POST", MESSAGES, {"content": 5})
    reply = {"content": "ok", "message_reference": {"message_id": 123, "fail_if_not_exists": False}}
    assert check_openapi("POST", MESSAGES, reply) == []
    assert check_openapi("PUT", COMMANDS, [{"name": "quote", "description": "x" * 101}])
