"""A small Discord on 127.0.0.1 for the real discord.py client: REST routes and a gateway websocket.

It records every request the bot sends (`requests`), checks each body against Discord's limits and
(when configured) its OpenAPI schema (`problems`), and lets tests push gateway events (`dispatch`,
`send_message`, `send_interaction`). For fault tests it can fail REST calls (`fail_next`: 429 with
`retry_after`, 500 …) and drop gateway connections (`drop_gateway`: the bot RESUMEs and gets what it
missed; a close code that ends the session, e.g. 4009, or `invalidate_sessions` make it IDENTIFY
anew). It serves many users and several shards (a guild's shard is `(guild_id >> 22) % count`).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import socket
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.discord_door import payloads
from tests.discord_door.payloads import Channel, Guild, Snowflakes, User
from tests.discord_door.request_checks import check_limits, check_openapi

API = "/api/v10"
MESSAGE_CONTENT_INTENT = 1 << 15
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | MESSAGE_CONTENT_INTENT  # members, presences, content
GATEWAY_PATH = "/gateway"
# Close codes after which Discord does not let a session be resumed: invalid sequence, session
# timed out. discord.py still tries a RESUME, is told "invalid session" and IDENTIFIes anew.
SESSION_ENDING_CLOSE_CODES = frozenset({4007, 4009})
BODY = web.RequestKey("body", object)  # the parsed request body, read once by the middleware
FILES = web.RequestKey("files", dict)  # uploaded files of a multipart request: name → bytes


@dataclass
class Sent:
    """One REST request the bot made, as the fake understood it."""

    method: str
    route: str  # the route template, e.g. "/channels/{channel_id}/messages"
    params: dict[str, str]
    query: dict[str, str]
    body: Any
    status: int = 200
    answer: Any = None
    files: dict[str, bytes] = field(default_factory=dict)  # uploads (multipart), by file name


@dataclass
class Failure:
    method: str
    route: str
    status: int
    times: int
    retry_after: float
    is_global: bool


@dataclass
class Session:
    """One gateway session: survives a dropped connection until the bot RESUMEs it."""

    id: str
    shard: tuple[int, int]
    ws: web.WebSocketResponse | None
    sequence: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py wants exactly "application/json" (no charset) to parse a body as JSON
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


class FakeDiscord:
    """Start with `await fake.start()`; point the bot at `fake.api_base` and `fake.gateway_url`."""

    def __init__(
        self,
        *,
        token: str = "fake-bot-token.for-tests",
        privileged_intents: int = MESSAGE_CONTENT_INTENT,
        heartbeat_interval_ms: int = 41_250,
    ) -> None:
        self.token = token
        self.privileged_intents = privileged_intents
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.ids = Snowflakes()
        self.bot_user = User(self.ids(), "Wahlabend", bot=True)
        self.application_id = self.bot_user.id
        self.owner = User(self.ids(), "owner")
        self.guilds: list[Guild] = []
        self.requests: list[Sent] = []
        self.problems: list[str] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.interactions: dict[int, dict[str, Any]] = {}
        self.originals: dict[str, int] = {}  # interaction token -> id of its response message
        self.commands: dict[int | None, list[dict[str, Any]]] = {}  # guild id (None: global)
        self.sessions: dict[str, Session] = {}
        self.identifies = 0
        self.resumes = 0
        self.inputs = 0  # messages and interactions the fake's users sent
        self.faults: Counter[str] = Counter()  # faults injected, by kind ("HTTP 429", …)
        self.shard_count = 1
        self._failures: list[Failure] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._middleware])
        routes = [
            ("GET", "/users/@me", self._get_me),
            ("GET", "/oauth2/applications/@me", self._get_application),
            ("GET", "/gateway", self._get_gateway),
            ("GET", "/gateway/bot", self._get_gateway_bot),
            ("POST", "/channels/{channel_id}/messages", self._create_message),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self._edit_message),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self._no_content),
            ("POST", "/channels/{channel_id}/typing", self._no_content),
            ("POST", "/users/@me/channels", self._create_dm),
            (
                "POST",
                "/interactions/{interaction_id}/{interaction_token}/callback",
                self._interaction_callback,
            ),
            ("POST", "/webhooks/{webhook_id}/{webhook_token}", self._followup),
            ("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", self._original),
            (
                "PATCH",
                "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
                self._edit_original,
            ),
            ("PUT", "/applications/{application_id}/commands", self._put_commands),
            ("GET", "/applications/{application_id}/commands", self._get_commands),
            (
                "PUT",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self._put_commands,
            ),
            (
                "GET",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self._get_commands,
            ),
        ]
        for method, path, handler in routes:
            app.router.add_route(method, API + path, handler)
        app.router.add_get(GATEWAY_PATH, self._gateway)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        self.port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def close(self) -> None:
        for session in self.sessions.values():
            if session.ws is not None and not session.ws.closed:
                await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{GATEWAY_PATH}"

    # -- the world ----------------------------------------------------------------------------

    def user(self, name: str) -> User:
        return User(self.ids(), name)

    def add_guild(self, name: str, channel_names: list[str], **kwargs: Any) -> Guild:
        guild = Guild(self.ids(), name, self.owner, **kwargs)
        guild.channels = [Channel(self.ids(), n, guild.id) for n in channel_names]
        self.guilds.append(guild)
        return guild

    def dm_channel(self, user: User) -> Channel:
        return Channel(self.ids(), f"dm-{user.name}", None, recipient=user)

    # -- what the bot sent --------------------------------------------------------------------

    async def wait_for(
        self, predicate: Callable[[Sent], bool], *, timeout: float = 5.0, start: int = 0
    ) -> Sent:
        """The first request from index `start` on that matches; waits for it to arrive."""

        def found() -> Sent | None:
            return next((r for r in self.requests[start:] if predicate(r)), None)

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: found() is not None), timeout)
        result = found()
        assert result is not None
        return result

    async def wait_until(self, condition: Callable[[], bool], *, timeout: float = 5.0) -> None:
        """Wait until `condition()` holds; it is checked after every request and gateway event."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(condition), timeout)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def forget_history(self) -> None:
        """Drop what the fake recorded so far (requests, messages, replay buffers).

        For memory measurements: what is left growing in the process is then the bot's own.
        """
        self.requests.clear()
        self.messages.clear()
        self.interactions.clear()
        self.originals.clear()
        for session in self.sessions.values():
            session.sent.clear()

    def sent(self, method: str, route: str) -> list[Sent]:
        return [r for r in self.requests if r.method == method and r.route == route]

    def fail_next(
        self,
        method: str,
        route: str,
        status: int,
        *,
        times: int = 1,
        retry_after: float = 0.05,
        is_global: bool = False,
    ) -> None:
        """Answer the next `times` requests to `route` (a template such as
        "/channels/{channel_id}/messages") with `status` (429: with `retry_after`)."""
        self._failures.append(Failure(method, route, status, times, retry_after, is_global))

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        if request.path == GATEWAY_PATH:
            return await handler(request)
        route = request.match_info.route.resource
        template = route.canonical[len(API) :] if route is not None else request.path
        body = await self._read_body(request)
        request[BODY] = body
        sent = Sent(request.method, template, dict(request.match_info), dict(request.query), body)
        sent.files = request.get(FILES) or {}
        if body is not None:
            self.problems.extend(check_limits(request.method, template, body))
            self.problems.extend(check_openapi(request.method, template, body))
        response = self._injected_failure(request.method, template)
        if response is None:
            needs_token = not template.startswith(("/interactions/", "/webhooks/"))
            if needs_token and request.headers.get("Authorization") != f"Bot {self.token}":
                response = _json({"message": "401: Unauthorized", "code": 0}, 401)
            else:
                response = await handler(request)
        sent.status = response.status
        if isinstance(response, web.Response) and response.body:
            sent.answer = json.loads(response.body)
        self.requests.append(sent)
        await self._notify()
        return response

    async def _read_body(self, request: web.Request) -> Any:
        if not request.can_read_body:
            return None
        if request.content_type == "multipart/form-data":
            form = await request.post()
            request[FILES] = {
                part.filename: part.file.read()
                for part in form.values()
                if isinstance(part, web.FileField)
            }
            return json.loads(str(form["payload_json"])) if "payload_json" in form else {}
        raw = await request.read()
        return json.loads(raw) if raw else None

    def _injected_failure(self, method: str, route: str) -> web.Response | None:
        for failure in self._failures:
            if failure.times > 0 and failure.method == method and failure.route == route:
                failure.times -= 1
                self.faults[f"HTTP {failure.status}{' (global)' if failure.is_global else ''}"] += 1
                if failure.status == 429:
                    data = {
                        "message": "You are being rate limited.",
                        "retry_after": failure.retry_after,
                        "global": failure.is_global,
                    }
                    return _json(data, 429, {"Via": "1.1 google"})
                return _json({"message": "injected failure", "code": 0}, failure.status)
        return None

    # -- REST handlers ------------------------------------------------------------------------

    async def _unknown(self, request: web.Request) -> web.Response:
        self.problems.append(f"the bot called an unknown route: {request.method} {request.path}")
        return _json({"message": "404: Not Found", "code": 0}, 404)

    async def _no_content(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def _get_me(self, request: web.Request) -> web.Response:
        me = self.bot_user.payload() | {"verified": True, "mfa_enabled": False, "email": None}
        return _json(me)

    async def _get_application(self, request: web.Request) -> web.Response:
        return _json(
            {
                "id": str(self.application_id),
                "name": self.bot_user.name,
                "icon": None,
                "description": "",
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": self.owner.payload(),
                "team": None,
                "verify_key": "0" * 64,
                "flags": 1 << 19,  # GATEWAY_MESSAGE_CONTENT_LIMITED: the intent is switched on
                "interactions_endpoint_url": None,
                "summary": "",
                "rpc_origins": [],
                "tags": [],
                "redirect_uris": [],
            }
        )

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return _json({"url": self.gateway_url})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        data = {"url": self.gateway_url, "shards": self.shard_count, "session_start_limit": limit}
        return _json(data)

    def _channel(self, channel_id: int) -> Channel | None:
        for guild in self.guilds:
            for channel in guild.channels:
                if channel.id == channel_id:
                    return channel
        return None

    def _bot_message(
        self, channel_id: int, body: dict[str, Any], files: dict[str, bytes] | None = None
    ) -> dict[str, Any]:
        """The message the bot's request creates (with its uploads), as Discord would return it."""
        channel = self._channel(channel_id) or Channel(channel_id, "dm", None, self.owner)
        guild = next((g for g in self.guilds if g.id == channel.guild_id), None)
        message = payloads.message_payload(
            self.ids(),
            channel,
            self.bot_user,
            body.get("content") or "",
            guild=guild,
            embeds=body.get("embeds"),
            components=body.get("components"),
            reference=body.get("message_reference"),
            flags=body.get("flags") or 0,
        )
        message["attachments"] = [
            payloads.attachment_payload(self.ids(), channel.id, name, len(data))
            for name, data in (files or {}).items()
        ]
        self.messages[int(message["id"])] = message
        return message

    def _update(self, message: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        for key in ("content", "embeds", "components"):
            if key in body:
                message[key] = (
                    body[key] if body[key] is not None else ([] if key != "content" else "")
                )
        message["edited_timestamp"] = payloads.now_iso()
        return message

    async def _create_message(self, request: web.Request) -> web.Response:
        body = self.requests_body(request)
        files = request.get(FILES)
        return _json(self._bot_message(int(request.match_info["channel_id"]), body, files))

    async def _edit_message(self, request: web.Request) -> web.Response:
        message = self.messages.get(int(request.match_info["message_id"]))
        if message is None:
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        return _json(self._update(message, self.requests_body(request)))

    async def _create_dm(self, request: web.Request) -> web.Response:
        body = self.requests_body(request)
        user = User(int(body["recipient_id"]), "someone")
        return _json(self.dm_channel(user).payload(self.bot_user))

    def requests_body(self, request: web.Request) -> dict[str, Any]:
        """The body the middleware parsed (it is read only once)."""
        return request.get(BODY) or {}

    async def _interaction_callback(self, request: web.Request) -> web.Response:
        body = self.requests_body(request)
        interaction = self.interactions.get(int(request.match_info["interaction_id"]))
        if interaction is None or interaction["token"] != request.match_info["interaction_token"]:
            return _json({"message": "Unknown interaction", "code": 10062}, 404)
        kind = body["type"]
        data = body.get("data") or {}
        resource: dict[str, Any] = {"type": kind}
        message_id = None
        if kind in (payloads.CHANNEL_MESSAGE, payloads.DEFERRED_CHANNEL_MESSAGE):
            message = self._bot_message(int(interaction["channel_id"]), data, request.get(FILES))
            user = interaction.get("user") or interaction["member"]["user"]
            message["interaction_metadata"] = {
                "id": interaction["id"],
                "type": interaction["type"],
                "user": user,
                "authorizing_integration_owners": interaction["authorizing_integration_owners"],
            }
            self.originals[interaction["token"]] = int(message["id"])
            message_id = message["id"]
            resource["message"] = message
        elif kind == payloads.UPDATE_MESSAGE and "message" in interaction:
            message = self.messages[int(interaction["message"]["id"])]
            message_id = message["id"]
            resource["message"] = self._update(message, data)
        answer = {
            "interaction": {
                "id": interaction["id"],
                "type": interaction["type"],
                "response_message_id": message_id,
                "response_message_loading": kind == payloads.DEFERRED_CHANNEL_MESSAGE,
                "response_message_ephemeral": bool((data.get("flags") or 0) & payloads.EPHEMERAL),
            },
            "resource": resource,
        }
        return _json(answer)

    def _interaction_by_token(self, token: str) -> dict[str, Any] | None:
        return next((i for i in self.interactions.values() if i["token"] == token), None)

    async def _followup(self, request: web.Request) -> web.Response:
        interaction = self._interaction_by_token(request.match_info["webhook_token"])
        if interaction is None:
            return _json({"message": "Unknown Webhook", "code": 10015}, 404)
        message = self._bot_message(int(interaction["channel_id"]), self.requests_body(request))
        return _json(message)

    async def _original(self, request: web.Request) -> web.Response:
        message_id = self.originals.get(request.match_info["webhook_token"])
        if message_id is None:
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        return _json(self.messages[message_id])

    async def _edit_original(self, request: web.Request) -> web.Response:
        message_id = self.originals.get(request.match_info["webhook_token"])
        if message_id is None:
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        return _json(self._update(self.messages[message_id], self.requests_body(request)))

    async def _put_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild_id")
        guild_id = int(guild) if guild else None
        stored = []
        for command in self.requests_body(request) or []:
            entry = {
                "id": str(self.ids()),
                "application_id": str(self.application_id),
                "version": str(self.ids()),
                "type": 1,
                "options": [],
                "default_member_permissions": None,
                "nsfw": False,
                **command,
            }
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        self.commands[guild_id] = stored
        return _json(stored)

    async def _get_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild_id")
        return _json(self.commands.get(int(guild) if guild else None, []))

    # -- gateway ------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        await ws.send_str(
            json.dumps({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        )
        session: Session | None = None
        async for frame in ws:
            if frame.type != WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            op, data = payload.get("op"), payload.get("d")
            if op == 1:  # heartbeat
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:  # identify
                session = await self._identify(ws, data)
            elif op == 6:  # resume
                session = await self._resume(ws, data)
        if session is not None and session.ws is ws:
            session.ws = None  # dropped: events wait for a RESUME
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict) -> Session | None:
        self.identifies += 1
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        missing = data.get("intents", 0) & PRIVILEGED_INTENTS & ~self.privileged_intents
        if missing:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return None
        shard = tuple(data.get("shard") or (0, 1))
        self.shard_count = shard[1]
        session = Session(secrets.token_hex(8), shard, ws)  # type: ignore[arg-type]
        self.sessions[session.id] = session
        guilds = [g for g in self.guilds if self._shard_of(g.id) == shard[0]]
        ready = {
            "v": 10,
            "user": self.bot_user.payload(),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "resume_gateway_url": self.gateway_url,
            "shard": list(shard),
            "application": {"id": str(self.application_id), "flags": 1 << 19},
            "private_channels": [],
            "relationships": [],
        }
        await self._send(session, "READY", ready)
        for guild in guilds:
            await self._send(session, "GUILD_CREATE", guild.payload(self.bot_user))
        await self._notify()
        return session

    async def _resume(self, ws: web.WebSocketResponse, data: dict) -> Session | None:
        session = self.sessions.get(data.get("session_id", ""))
        if data.get("token") != self.token or session is None:
            await ws.send_str(json.dumps({"op": 9, "d": False}))
            return None
        self.resumes += 1
        session.ws = ws
        for event in session.sent:
            if event["s"] > (data.get("seq") or 0):
                await ws.send_str(json.dumps(event))
        await self._send(session, "RESUMED", {})
        await self._notify()
        return session

    def _shard_of(self, guild_id: int | None) -> int:
        return 0 if guild_id is None else (guild_id >> 22) % self.shard_count

    async def _send(self, session: Session, event: str, data: dict[str, Any]) -> None:
        session.sequence += 1
        frame = {"op": 0, "t": event, "s": session.sequence, "d": data}
        session.sent.append(frame)
        if session.ws is not None and not session.ws.closed:
            await session.ws.send_str(json.dumps(frame))

    async def dispatch(self, event: str, data: dict[str, Any], guild_id: int | None = None) -> None:
        """Send a gateway event to the session of the guild's shard (DMs: shard 0)."""
        shard = self._shard_of(guild_id)
        live = [s for s in self.sessions.values() if s.shard[0] == shard]
        assert live, "the bot has no gateway session for this shard"
        await self._send(live[-1], event, data)

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close every gateway connection as Discord does in an outage: the bot should RESUME.

        After a code in SESSION_ENDING_CLOSE_CODES the sessions are gone, as on Discord: the
        RESUME is refused (op 9) and the bot must IDENTIFY again; what was sent meanwhile is lost.
        """
        self.faults[f"gateway closed with {code}"] += 1
        for session in list(self.sessions.values()):
            if session.ws is not None:
                ws, session.ws = session.ws, None
                await ws.close(code=code)
            if code in SESSION_ENDING_CLOSE_CODES:
                del self.sessions[session.id]

    async def invalidate_sessions(self) -> None:
        """Send "invalid session" (op 9, d=false) on every live connection, as Discord does when
        it ends a session: the bot must IDENTIFY again."""
        self.faults["invalid session (op 9)"] += 1
        for session in list(self.sessions.values()):
            del self.sessions[session.id]
            if session.ws is not None and not session.ws.closed:
                await session.ws.send_str(json.dumps({"op": 9, "d": False}))

    # -- what users do ------------------------------------------------------------------------

    async def send_message(
        self,
        author: User,
        channel: Channel,
        content: str,
        *,
        mentions: list[User] = (),  # type: ignore[assignment]
    ) -> dict[str, Any]:
        """A user writes `content` in `channel` (a server channel or a DM)."""
        guild = next((g for g in self.guilds if g.id == channel.guild_id), None)
        message = payloads.message_payload(
            self.ids(), channel, author, content, mentions=list(mentions), guild=guild
        )
        self.messages[int(message["id"])] = message
        self.inputs += 1
        await self.dispatch("MESSAGE_CREATE", message, channel.guild_id)
        return message

    async def send_interaction(
        self,
        kind: int,
        data: dict[str, Any],
        user: User,
        channel: Channel,
        *,
        locale: str = "de",
        message: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A user runs a slash command, types into an option (autocomplete) or clicks a button."""
        guild = next((g for g in self.guilds if g.id == channel.guild_id), None)
        interaction = payloads.interaction_payload(
            self.ids(),
            secrets.token_urlsafe(24),
            self.application_id,
            kind,
            data,
            user,
            channel,
            self.bot_user,
            guild=guild,
            locale=locale,
            message=message,
        )
        self.interactions[int(interaction["id"])] = interaction
        self.inputs += 1
        await self.dispatch("INTERACTION_CREATE", interaction, channel.guild_id)
        return interaction

    async def slash(
        self,
        name: str,
        options: dict[str, str],
        user: User,
        channel: Channel,
        *,
        locale: str = "de",
        focused: str | None = None,
    ) -> dict[str, Any]:
        """`/name option:value …` (or, with `focused`, the autocomplete request while typing)."""
        command = next(c for c in self._all_commands() if c["name"] == name)
        data = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "options": [
                {"name": k, "type": 3, "value": v} | ({"focused": True} if k == focused else {})
                for k, v in options.items()
            ],
        }
        kind = payloads.AUTOCOMPLETE if focused else payloads.APPLICATION_COMMAND
        return await self.send_interaction(kind, data, user, channel, locale=locale)

    async def click(
        self, custom_id: str, message: dict[str, Any], user: User, channel: Channel
    ) -> dict[str, Any]:
        data = {"custom_id": custom_id, "component_type": 2}
        message = self.messages[int(message["id"])]
        return await self.send_interaction(
            payloads.MESSAGE_COMPONENT, data, user, channel, message=message
        )

    def _all_commands(self) -> list[dict[str, Any]]:
        return [c for commands in self.commands.values() for c in commands]
