"""One web address in, one saved article out: fetch, check it is an HTML page, extract, save.

Every way a page comes in (`python -m bot fetch`, a feed entry, the owner's `!add`) goes through
`import_page`, so each fails the same way: one `FetchError` line naming the address, nothing
saved.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from bot.web.http import FetchError, HostPacer, fetch
from bot.web.page import Hints, PageArticle, PageError, looks_like_html, page_article
from bot.web.saving import DUPLICATE, UNCHANGED, Saved, save_article
from bot.web.settings import FetchSettings

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Imported:
    url: str
    saved: Saved
    article: PageArticle

    def line(self) -> str:
        """What happened, in one line naming the address, the file and the article."""
        what = " · ".join(p for p in (self.article.title, self.article.publisher) if p)
        path = self.saved.path
        if self.saved.status == DUPLICATE:
            return f"{self.url}: same text as {path} already saved; not saved again"
        if self.saved.status == UNCHANGED:
            return f"{self.url}: unchanged, {path} ({what})"
        return f"{self.url}: saved {path} ({self.saved.status}; {what})"


def import_page(
    url: str,
    seeds: Path,
    settings: FetchSettings,
    pacer: HostPacer | None = None,
    hints: Hints | None = None,
) -> Imported:
    """Fetch `url` and save its article into `seeds`; raises FetchError (one line) if it fails.
    `hints` (from a feed entry) fill in metadata the page does not give."""
    url = url.strip()
    result = fetch(url, settings, pacer=pacer)
    body = result.body
    if result.content_type not in HTML_TYPES and not looks_like_html(body):
        kind = result.content_type or "no content type"
        raise FetchError(url, f"not an HTML page ({kind})")
    html: bytes | str = body
    if result.charset:
        # An unknown charset name: the extractor detects the encoding itself.
        with contextlib.suppress(LookupError):
            html = body.decode(result.charset, errors="replace")
    try:
        article = page_article(html, result.final_url, hints)
    except PageError as error:
        raise FetchError(url, str(error)) from None
    try:
        saved = save_article(seeds, url, article)
    except OSError as error:
        raise FetchError(url, f"cannot be saved in {seeds} ({error.strerror or error})") from None
    return Imported(url, saved, article)
