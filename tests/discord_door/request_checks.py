"""Checks of every request body the bot sends: Discord's documented limits, and Discord's OpenAPI
schema for the route (the copy in `data/`, cut down to the fake's routes; the environment variable
DISCORD_OPENAPI_SPEC may name a full or newer spec file instead).

Limits are from Discord's developer documentation (Message Resource: "Create Message"; Embed
Limits; Component Reference; Application Commands: naming, "Autocomplete"; Localization).
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

MESSAGE_CONTENT = 2000
EMBEDS_PER_MESSAGE = 10
EMBED_TOTAL = 6000
EMBED_LIMITS = {"title": 256, "description": 4096}
FIELDS_PER_EMBED = 25
FIELD_NAME, FIELD_VALUE = 256, 1024
FOOTER_TEXT, AUTHOR_NAME = 2048, 256
ACTION_ROWS, COMPONENTS_PER_ROW = 5, 5
CUSTOM_ID, BUTTON_LABEL = 100, 80
COMMANDS_PER_KIND = 100
COMMAND_NAME = re.compile(r"[-_\w]{1,32}")
COMMAND_DESCRIPTION = 100
OPTIONS_PER_COMMAND = 25
CHOICES, CHOICE_NAME, CHOICE_VALUE = 25, 100, 100
LOCALES = frozenset(
    "id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el "
    "bg ru uk hi th zh-CN ja zh-TW ko".split()
)

MESSAGE_ROUTES = {
    ("POST", "/channels/{channel_id}/messages"): "create",
    ("PATCH", "/channels/{channel_id}/messages/{message_id}"): "edit",
    ("POST", "/webhooks/{webhook_id}/{webhook_token}"): "create",
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"): "edit",
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"): "edit",
}
COMMAND_ROUTES = {
    ("PUT", "/applications/{application_id}/commands"),
    ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands"),
}
CALLBACK_ROUTE = ("POST", "/interactions/{interaction_id}/{interaction_token}/callback")


def check_limits(method: str, route: str, body: Any) -> list[str]:
    """Everything in `body` that breaks one of Discord's documented limits, one line each."""
    where = f"{method} {route}"
    if (method, route) in MESSAGE_ROUTES:
        return check_message(body, where, create=MESSAGE_ROUTES[method, route] == "create")
    if (method, route) in COMMAND_ROUTES:
        return check_commands(body, where)
    if (method, route) == CALLBACK_ROUTE:
        kind = body.get("type")
        data = body.get("data") or {}
        if kind == 8:
            return check_choices(data.get("choices"), where)
        if kind in (4, 7):
            return check_message(data, where, create=kind == 4)
    return []


def check_message(body: dict, where: str, *, create: bool) -> list[str]:
    problems: list[str] = []
    content = body.get("content") or ""
    if len(content) > MESSAGE_CONTENT:
        problems.append(f"{where}: content has {len(content)} > {MESSAGE_CONTENT} characters")
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS_PER_MESSAGE:
        problems.append(f"{where}: {len(embeds)} embeds > {EMBEDS_PER_MESSAGE}")
    total = 0
    for embed in embeds:
        total += embed_length(embed)
        problems.extend(_check_embed(embed, where))
    if total > EMBED_TOTAL:
        problems.append(f"{where}: embeds total {total} > {EMBED_TOTAL} characters")
    problems.extend(_check_components(body.get("components") or [], where))
    mentions = body.get("allowed_mentions")
    if create and mentions is None:
        problems.append(f"{where}: no allowed_mentions (the bot must never ping)")
    if mentions is not None:
        if mentions.get("parse"):
            problems.append(f"{where}: allowed_mentions parses {mentions['parse']}")
        if mentions.get("users") or mentions.get("roles") or mentions.get("replied_user"):
            problems.append(f"{where}: allowed_mentions lets somebody be pinged: {mentions}")
    return problems


def embed_length(embed: dict) -> int:
    """The characters Discord counts against an embed's 6000 total."""
    parts = [embed.get("title"), embed.get("description")]
    parts += [(embed.get("footer") or {}).get("text"), (embed.get("author") or {}).get("name")]
    for item in embed.get("fields") or []:
        parts += [item.get("name"), item.get("value")]
    return sum(len(p) for p in parts if p)


def _check_embed(embed: dict, where: str) -> list[str]:
    problems = []
    for key, limit in EMBED_LIMITS.items():
        if len(embed.get(key) or "") > limit:
            problems.append(f"{where}: embed {key} longer than {limit}")
    if len((embed.get("footer") or {}).get("text") or "") > FOOTER_TEXT:
        problems.append(f"{where}: embed footer longer than {FOOTER_TEXT}")
    if len((embed.get("author") or {}).get("name") or "") > AUTHOR_NAME:
        problems.append(f"{where}: embed author longer than {AUTHOR_NAME}")
    fields = embed.get("fields") or []
    if len(fields) > FIELDS_PER_EMBED:
        problems.append(f"{where}: {len(fields)} embed fields > {FIELDS_PER_EMBED}")
    for item in fields:
        if not item.get("name") or len(item["name"]) > FIELD_NAME:
            problems.append(f"{where}: embed field name empty or longer than {FIELD_NAME}")
        if not item.get("value") or len(item["value"]) > FIELD_VALUE:
            problems.append(f"{where}: embed field value empty or longer than {FIELD_VALUE}")
    return problems


def _check_components(rows: list[dict], where: str) -> list[str]:
    problems = []
    if len(rows) > ACTION_ROWS:
        problems.append(f"{where}: {len(rows)} action rows > {ACTION_ROWS}")
    for row in rows:
        children = row.get("components") or []
        if row.get("type") != 1 or not 1 <= len(children) <= COMPONENTS_PER_ROW:
            problems.append(f"{where}: an action row must hold 1 to 5 components")
        for child in children:
            if len(child.get("custom_id") or "") > CUSTOM_ID:
                problems.append(f"{where}: custom_id longer than {CUSTOM_ID}")
            if len(child.get("label") or "") > BUTTON_LABEL:
                problems.append(f"{where}: button label longer than {BUTTON_LABEL}")
    return problems


def _check_name(name: Any, where: str) -> list[str]:
    if not isinstance(name, str) or not COMMAND_NAME.fullmatch(name) or name != name.lower():
        return [f"{where}: invalid command or option name {name!r}"]
    return []


def _check_description(text: Any, where: str) -> list[str]:
    if not isinstance(text, str) or not 1 <= len(text) <= COMMAND_DESCRIPTION:
        return [f"{where}: description must have 1 to {COMMAND_DESCRIPTION} characters: {text!r}"]
    return []


def _check_localized(item: dict, where: str) -> list[str]:
    problems = _check_name(item.get("name"), where)
    problems += _check_description(item.get("description"), where)
    for key, check in (("name_localizations", _check_name), ("description_localizations", None)):
        for locale, text in (item.get(key) or {}).items():
            if locale not in LOCALES:
                problems.append(f"{where}: unknown locale {locale!r} in {key}")
            problems += (check or _check_description)(text, f"{where} [{locale}]")
    return problems


def check_commands(body: list, where: str) -> list[str]:
    problems = []
    if len([c for c in body if c.get("type", 1) == 1]) > COMMANDS_PER_KIND:
        problems.append(f"{where}: more than {COMMANDS_PER_KIND} slash commands")
    names = [c.get("name") for c in body]
    if len(names) != len(set(names)):
        problems.append(f"{where}: duplicate command names")
    for command in body:
        here = f"{where} /{command.get('name')}"
        problems += _check_localized(command, here)
        options = command.get("options") or []
        if len(options) > OPTIONS_PER_COMMAND:
            problems.append(f"{here}: more than {OPTIONS_PER_COMMAND} options")
        seen_optional = False
        for option in options:
            problems += _check_localized(option, f"{here} {option.get('name')}")
            if option.get("required") and seen_optional:
                problems.append(f"{here}: a required option after an optional one")
            seen_optional |= not option.get("required")
            problems += check_choices(option.get("choices"), here)
    return problems


def check_choices(choices: Any, where: str) -> list[str]:
    if choices is None:
        return []
    problems = []
    if len(choices) > CHOICES:
        problems.append(f"{where}: {len(choices)} choices > {CHOICES}")
    for choice in choices:
        name, value = choice.get("name"), choice.get("value")
        if not isinstance(name, str) or not 1 <= len(name) <= CHOICE_NAME:
            problems.append(f"{where}: choice name must have 1 to {CHOICE_NAME} characters")
        if isinstance(value, str) and len(value) > CHOICE_VALUE:
            problems.append(f"{where}: choice value longer than {CHOICE_VALUE}")
    return problems


# -- Discord's OpenAPI schema --------------------------------------------------------------------

SPEC_URI = "urn:discord-openapi"


BUNDLED_SPEC = Path(__file__).parent / "data" / "discord-openapi.json"


def openapi_path() -> Path:
    value = os.environ.get("DISCORD_OPENAPI_SPEC")
    return Path(value) if value else BUNDLED_SPEC


@cache
def _load_spec(path: Path) -> tuple[dict, Registry]:
    spec = json.loads(path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    # Known quirk: SnowflakeType is string-only, but discord.py sends some snowflakes as integers.
    schemas["SnowflakeType"] = {
        "anyOf": [schemas["SnowflakeType"], {"type": "integer", "minimum": 0}]
    }
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    return spec, Registry().with_resource(SPEC_URI, resource)


def _anchor_refs(schema: Any) -> Any:
    """A copy of an inline schema whose local refs ("#/…") point into the registered spec."""
    if isinstance(schema, dict):
        return {
            k: (SPEC_URI + v if k == "$ref" and v.startswith("#") else _anchor_refs(v))
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_anchor_refs(v) for v in schema]
    return schema


@cache
def _validator(path: Path, method: str, route: str) -> Draft202012Validator | None:
    spec, registry = _load_spec(path)
    operation = spec["paths"].get(route, {}).get(method.lower())
    if operation is None:
        raise KeyError(f"{method} {route} is not in Discord's OpenAPI spec")
    body = operation.get("requestBody")
    if body is None:
        return None
    schema = _anchor_refs(body["content"]["application/json"]["schema"])
    return Draft202012Validator(schema, registry=registry)


def check_openapi(method: str, route: str, body: Any) -> list[str]:
    """Problems validating `body` against the spec's request schema for the route."""
    try:
        validator = _validator(openapi_path(), method, route)
    except KeyError as error:
        return [str(error)]
    if validator is None:
        return [] if body is None else [f"{method} {route}: the spec expects no body"]
    error = best_match(validator.iter_errors(body))
    if error is None:
        return []
    at = "/".join(str(p) for p in error.absolute_path) or "(body)"
    return [f"{method} {route}: OpenAPI: {error.message[:300]} at {at}"]
