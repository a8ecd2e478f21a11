"""Make `discord-openapi.json`: Discord's OpenAPI spec cut down to what the tests check.

Kept: the request bodies of the routes the fake Discord serves, and every schema they refer
to, directly or not. Run it with the full spec (discord/discord-api-spec, MIT) to update:
`python tests/discord_door/data/trim_openapi.py path/to/openapi.json`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ROUTES = {  # the fake Discord's routes (tests/discord_door/fake_discord.py)
    ("GET", "/users/@me"),
    ("GET", "/oauth2/applications/@me"),
    ("GET", "/gateway"),
    ("GET", "/gateway/bot"),
    ("POST", "/channels/{channel_id}/messages"),
    ("PATCH", "/channels/{channel_id}/messages/{message_id}"),
    ("DELETE", "/channels/{channel_id}/messages/{message_id}"),
    ("POST", "/channels/{channel_id}/typing"),
    ("POST", "/users/@me/channels"),
    ("POST", "/interactions/{interaction_id}/{interaction_token}/callback"),
    ("POST", "/webhooks/{webhook_id}/{webhook_token}"),
    ("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
    ("PUT", "/applications/{application_id}/commands"),
    ("GET", "/applications/{application_id}/commands"),
    ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands"),
    ("GET", "/applications/{application_id}/guilds/{guild_id}/commands"),
}
PREFIX = "#/components/schemas/"


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        ref = str(node.get("$ref", ""))
        found = {ref.removeprefix(PREFIX)} if ref.startswith(PREFIX) else set()
        return found.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def trim(spec: dict) -> dict:
    paths: dict[str, dict] = {}
    for method, route in sorted(ROUTES):
        operation = spec["paths"][route][method.lower()]
        kept = {"requestBody": operation["requestBody"]} if "requestBody" in operation else {}
        paths.setdefault(route, {})[method.lower()] = kept
    schemas = spec["components"]["schemas"]
    wanted = _refs(paths) | {"SnowflakeType"}
    todo = list(wanted)
    while todo:
        for name in _refs(schemas[todo.pop()]) - wanted:
            wanted.add(name)
            todo.append(name)
    return {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "paths": paths,
        "components": {"schemas": {name: schemas[name] for name in sorted(wanted)}},
    }


if __name__ == "__main__":
    full = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out = HERE / "discord-openapi.json"
    out.write_text(json.dumps(trim(full), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {out.stat().st_size:,} bytes")
