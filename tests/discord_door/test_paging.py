"""A long reply is paged: only the page shown is made into a Discord embed, when it is shown
(a reply of twenty pages held for the buttons' timeout keeps plain values, not twenty embeds)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import discord
import pytest

from bot.discord_door import paging
from bot.discord_door.paging import PageView, page_kwargs


class _Response:
    def __init__(self) -> None:
        self.edits: list[dict[str, Any]] = []

    async def edit_message(self, **kwargs: Any) -> None:
        self.edits.append(kwargs)


def test_only_the_page_shown_becomes_an_embed(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    real = discord.Embed.from_dict

    def counting(data: dict[str, Any]) -> discord.Embed:
        made.append(data["title"])
        return real(data)

    monkeypatch.setattr(paging.discord.Embed, "from_dict", staticmethod(counting))
    pages = [{"title": f"Seite {n}", "description": "…"} for n in range(1, 21)]

    async def story() -> list[dict[str, Any]]:
        first = page_kwargs(pages[0])  # what the reply is sent with
        view = PageView(pages, asker_id=7, language="de", timeout=60)
        assert first["embed"].title == "Seite 1" and made == ["Seite 1"]
        response = _Response()
        await view._show(SimpleNamespace(response=response), 1)  # the reader clicks ▶
        view.stop()
        return response.edits

    edits = asyncio.run(story())
    assert made == ["Seite 1", "Seite 2"]
    assert edits[0]["embed"].title == "Seite 2"
