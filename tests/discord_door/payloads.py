"""Discord's JSON objects as the fake server sends them: users, servers, channels, messages,
interactions. Shapes follow Discord's documentation; only what discord.py reads is filled in.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000
PERMISSIONS_ALL_TEXT = (
    (1 << 10)  # view channel
    | (1 << 11)  # send messages
    | (1 << 14)  # embed links
    | (1 << 15)  # attach files
    | (1 << 16)  # read message history
    | (1 << 38)  # send messages in threads
)
EMBED_LINKS = 1 << 14
CHANNEL_TEXT = 0
CHANNEL_DM = 1

# Interaction types and callback types (Discord docs: "Interactions – Receiving and Responding")
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE = 1, 2, 3, 4
CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 4, 5, 6, 7
AUTOCOMPLETE_RESULT = 8
EPHEMERAL = 1 << 6


class Snowflakes:
    """Unique, time-ordered ids like Discord's."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def __call__(self) -> int:
        ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        return (ms << 22) | (next(self._counter) & 0x3FFFFF)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class User:
    id: int
    name: str
    bot: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.name,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
        }

    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass
class Channel:
    id: int
    name: str
    guild_id: int | None  # None: a DM channel
    recipient: User | None = None  # for DMs
    denied_to_bot: int = 0  # permission bits the bot is denied here (an overwrite on its member)

    def payload(self, bot_user: User) -> dict[str, Any]:
        if self.guild_id is None:
            assert self.recipient is not None
            return {
                "id": str(self.id),
                "type": CHANNEL_DM,
                "recipients": [self.recipient.payload()],
                "last_message_id": None,
                "flags": 0,
            }
        overwrites = []
        if self.denied_to_bot:
            overwrites.append(
                {"id": str(bot_user.id), "type": 1, "allow": "0", "deny": str(self.denied_to_bot)}
            )
        return {
            "id": str(self.id),
            "type": CHANNEL_TEXT,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": 0,
            "permission_overwrites": overwrites,
            "parent_id": None,
            "nsfw": False,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }


@dataclass
class Guild:
    id: int
    name: str
    owner: User
    channels: list[Channel] = field(default_factory=list)
    locale: str = "de"

    def member(self, user: User) -> dict[str, Any]:
        return {
            "user": user.payload(),
            "roles": [],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
        }

    def payload(self, bot_user: User) -> dict[str, Any]:
        everyone = {
            "id": str(self.id),
            "name": "@everyone",
            "permissions": str(PERMISSIONS_ALL_TEXT),
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "owner_id": str(self.owner.id),
            "roles": [everyone],
            "channels": [c.payload(bot_user) for c in self.channels],
            "members": [self.member(bot_user)],
            "member_count": 2,
            "features": [],
            "emojis": [],
            "stickers": [],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": False,
            "unavailable": False,
            "joined_at": now_iso(),
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "premium_tier": 0,
            "preferred_locale": self.locale,
            "system_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
        }


def message_payload(
    message_id: int,
    channel: Channel,
    author: User,
    content: str,
    *,
    mentions: list[User] = (),  # type: ignore[assignment]
    guild: Guild | None = None,
    embeds: list[dict] | None = None,
    components: list[dict] | None = None,
    reference: dict | None = None,
    flags: int = 0,
) -> dict[str, Any]:
    """A message as MESSAGE_CREATE carries it (and as REST returns it)."""
    data: dict[str, Any] = {
        "id": str(message_id),
        "channel_id": str(channel.id),
        "author": author.payload(),
        "content": content,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [u.payload() for u in mentions],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "type": 19 if reference else 0,
        "flags": flags,
    }
    if guild is not None:
        data["guild_id"] = str(guild.id)
        data["member"] = {k: v for k, v in guild.member(author).items() if k != "user"}
    if reference is not None:
        data["message_reference"] = reference
    return data


def attachment_payload(attachment_id: int, channel_id: int, filename: str, size: int) -> dict:
    """An uploaded file as a message carries it (Discord docs: "Attachment Object")."""
    url = f"https://cdn.discordapp.com/attachments/{channel_id}/{attachment_id}/{filename}"
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": "image/png" if filename.endswith(".png") else "application/octet-stream",
    }


def interaction_payload(
    interaction_id: int,
    token: str,
    application_id: int,
    kind: int,
    data: dict[str, Any],
    user: User,
    channel: Channel,
    bot_user: User,
    *,
    guild: Guild | None = None,
    locale: str = "de",
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE: a slash command, an autocomplete request or a button click."""
    app_permissions = PERMISSIONS_ALL_TEXT & ~channel.denied_to_bot
    payload: dict[str, Any] = {
        "id": str(interaction_id),
        "application_id": str(application_id),
        "type": kind,
        "data": data,
        "channel_id": str(channel.id),
        "channel": channel.payload(bot_user),
        "token": token,
        "version": 1,
        "app_permissions": str(app_permissions),
        "locale": locale,
        "entitlements": [],
        "attachment_size_limit": 8 * 1024 * 1024,
    }
    if guild is not None:
        member = guild.member(user)
        member["permissions"] = str(PERMISSIONS_ALL_TEXT)
        payload.update(
            guild_id=str(guild.id),
            guild_locale=guild.locale,
            member=member,
            context=0,
            authorizing_integration_owners={"0": str(guild.id)},
        )
    else:
        payload.update(
            user=user.payload(), context=1, authorizing_integration_owners={"0": str(user.id)}
        )
    if message is not None:
        payload["message"] = message
    return payload
