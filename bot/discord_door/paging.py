"""Buttons to page through a long reply: only the asker can turn pages, and they stop after a while.

A page is an embed, or a text when the bot may not send embeds in that channel. A reply has at
most `render.PAGES_MAX` pages, each made into a message only when it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord

from bot.engine.strings import say

log = logging.getLogger(__name__)

# A page as rendered (`bot.engine.render`): an embed's dict or a message text. The view keeps
# these plain values and makes the `discord.Embed` only for the page being shown.
Page = dict | str


def page_kwargs(page: Page) -> dict[str, Any]:
    """The send/edit arguments that show `page` (and clear whatever the other kind left)."""
    if isinstance(page, dict):
        return {"content": None, "embed": discord.Embed.from_dict(page)}
    return {"content": page, "embeds": []}


class PageView(discord.ui.View):
    """◀ n/N ▶ under a reply; a click by anyone but the asker gets a private, friendly no."""

    def __init__(self, pages: Sequence[Page], asker_id: int, language: str, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.asker_id = asker_id
        self.language = language
        self.index = 0
        self.message: discord.Message | None = None  # set once the reply is sent
        self.previous_page.label = "◀ " + say(language, "previous")
        self.next_page.label = say(language, "next") + " ▶"
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index >= len(self.pages) - 1
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.asker_id:
            return True
        language = "de" if interaction.locale is discord.Locale.german else "en"
        await interaction.response.send_message(say(language, "only_asker"), ephemeral=True)
        return False

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._update_buttons()
        await interaction.response.edit_message(**page_kwargs(self.pages[self.index]), view=self)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await interaction.response.defer()  # a label only; disabled, so never clicked

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def next_page(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        """Grey the buttons out so nobody clicks a dead control."""
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is None:
            return
        try:
            await self.message.edit(view=self)
        except discord.HTTPException as error:  # deleted message, expired token: nothing to do
            log.info("could not disable the page buttons: %s", error)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        log.error("page button failed", exc_info=error)
