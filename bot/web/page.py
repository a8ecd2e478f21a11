"""A news page's HTML becomes the article text the bot reads, plus its metadata sidecar.

The main text is found by trafilatura, the best measured main-text extractor on German news
pages: it drops navigation, cookie notices, teasers, share buttons and newsletter boxes, and
reads title, site name, authors, date and canonical address from the page's metadata. Its
result is written in the seeds' text format (one block per line, see bot/corpus/reading.py):
headings and paragraphs as lines, and reader comments after a "Kommentare" line, where the
reader files them as comments, never as the article's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.corpus.reading import BYLINE_RE, byline_authors

MAX_NAME_WORDS = 5  # an author's name is at most this many words ("Anna-Lena von der Heide")
MIN_WORDS = 60  # less main text than this is a teaser, a paywall or an empty page
COMMENTS_LINE = "Kommentare"
# Site furniture German news pages share, for what the extractor lets through on pages without
# clear article markup: cookie notices, footer link rows, copyright, print/share/subscribe rows.
FURNITURE_RE = re.compile(
    r"\bCookies?\b.*\b(?:zustimm|stimmen Sie|akzeptier|einverstanden|verwende|nutz|setz)"
    r"|\b(?:Impressum|Datenschutz(?:erklärung)?|AGB|Kontakt)\s*[·|•]\s*\w"
    r"|^©|\bAlle Rechte vorbehalten\b"
    r"|^(?:Artikel|Seite) (?:drucken|teilen|versenden|merken)\b"
    r"|\bNewsletter\b.{0,80}\b(?:anmelden|abonnieren)",
    re.IGNORECASE,
)
FURNITURE_MAX = 400  # a longer line is reporting, whatever words it contains
BYLINE_WITHIN = 6  # a byline stands among the first lines of the text …
BYLINE_MAX = 200  # … and is short
SPACE_RE = re.compile(r"\s+")
HOST_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+(?::\d+)?|[\w.-]+:\d+", re.ASCII)  # not "SPIEGEL"
# An HTML page starts with markup (after a BOM and blanks) and has HTML's own elements early on;
# PDF, JSON, images, plain text and feeds do not.
MARKUP_START_RE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<")
HTML_TAG_RE = re.compile(rb"<(?:html|head|body|div|p|article|main)\b", re.I)


class PageError(Exception):
    """A page that yields no usable article; the message says why in a few words."""


@dataclass(frozen=True)
class PageArticle:
    text: str  # one block per line, as in the seeds folder
    title: str | None
    publisher: str | None
    authors: tuple[str, ...]
    published: str | None  # ISO date
    url: str | None  # the page's canonical address, else the one it was fetched from

    def sidecar(self) -> dict[str, Any]:
        """The metadata as the sidecar YAML holds it (only what the page says)."""
        fields = {
            "title": self.title,
            "publisher": self.publisher,
            "authors": list(self.authors) or None,
            "published": self.published,
            "url": self.url,
        }
        return {key: value for key, value in fields.items() if value}


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes begin like an HTML document (servers' content types are not trusted)."""
    start = data[:4096]
    return MARKUP_START_RE.match(start) is not None and HTML_TAG_RE.search(start) is not None


@dataclass(frozen=True)
class Hints:
    """What a feed entry says about its page, for what the page itself does not say."""

    title: str | None = None
    publisher: str | None = None  # the feed's title
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date


def page_article(
    html: bytes | str, url: str | None = None, hints: Hints | None = None
) -> PageArticle:
    """Extract the article from a page's HTML; raises PageError if there is no article."""
    import trafilatura  # heavy: imported when a page is read, not when the bot starts

    start = html[:4096].encode("utf-8") if isinstance(html, str) else html
    if not looks_like_html(start):
        raise PageError("not an HTML page")
    # A Document (with_metadata and no output format); typed as a union with the dict form.
    document: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=True,
        # Recall over precision: the default drops a lead paragraph styled as a "teaser", where
        # the night's key facts stand; a related-links heading let through is filed as such by
        # the reader (measured in benchmarks/html_extraction.py).
        favor_recall=True,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,  # True keeps a process-wide memory: a page read again would lose text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or document.body is None:
        raise PageError("no article text found")
    hints = hints or Hints()
    title = _clean(document.title) or hints.title
    lines = _lines(document.body)
    if lines and lines[0] == title:
        lines = lines[1:]  # the page's headline is the sidecar's title, not a heading of its text
    words = sum(len(line.split()) for line in lines)
    if words < MIN_WORDS:
        raise PageError(f"too little text ({words} words; a teaser, paywall or empty page?)")
    comments = _lines(document.commentsbody) if document.commentsbody is not None else []
    if comments and document.commentsbody[0].tag == "head":
        comments = comments[1:]  # the section's own heading: replaced by ours
    if comments:
        lines += [COMMENTS_LINE, *comments]
    site = _clean(document.sitename)
    if site and HOST_RE.fullmatch(site):  # the extractor's fallback: a host name, not a name
        site = None
    publisher = site or hints.publisher or _clean(document.sitename) or _clean(document.hostname)
    authors = _authors(document.author, publisher) or hints.authors
    byline = next((i for i, line in enumerate(lines[:BYLINE_WITHIN]) if _is_byline(line)), None)
    if byline is not None:  # the byline is metadata: its names, where the page's tags had none
        authors = authors or _authors("; ".join(byline_authors(lines[byline])), publisher)
        del lines[byline]
    return PageArticle(
        text="\n".join(lines) + "\n",
        title=title,
        publisher=publisher,
        authors=authors,
        published=_clean(document.date) or hints.published,
        url=_clean(document.url) or url,
    )


def _lines(body: Any) -> list[str]:
    """Each heading, paragraph, list item, quote of the extracted body as one line (paragraphs
    a page separates with line breaks only become lines of their own); site furniture that the
    extractor let through is left out."""
    lines: list[str] = []
    for element in body.iter("head", "p", "item", "quote", "cell"):
        parent = element.getparent()
        if element.tag == "p" and parent is not None and parent.tag in ("quote", "item"):
            continue  # read with its quote or item
        lines.extend(line for line in _parts(element) if not _is_furniture(line))
    return lines


def _parts(element: Any) -> list[str]:
    """The element's text, cut at its line breaks (`<lb/>`)."""
    parts: list[str] = []
    current = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("".join(current))
            current = []
        else:
            current.append("".join(child.itertext()))
        current.append(child.tail or "")
    parts.append("".join(current))
    return [text for text in map(_clean, parts) if text]


def _is_byline(line: str) -> bool:
    return len(line) <= BYLINE_MAX and BYLINE_RE.match(line) is not None


def _is_furniture(line: str) -> bool:
    return len(line) <= FURNITURE_MAX and FURNITURE_RE.search(line) is not None


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    return SPACE_RE.sub(" ", text).strip() or None


def _authors(author: str | None, publisher: str | None) -> tuple[str, ...]:
    """The page's authors as people's names (two to five words); not what names the site itself
    ("Sendung Radio Westmark"), a single word ("Nachrichten", "dpa"), or what holds digits (a
    date or a credit line read as the author)."""
    names = (_clean(name) for name in (author or "").split(";"))
    site = (publisher or "").casefold()
    return tuple(
        dict.fromkeys(
            name
            for name in names
            if name
            and not (site and site in name.casefold())
            and not any(c.isdigit() for c in name)
            and 2 <= len(name.split()) <= MAX_NAME_WORDS
        )
    )
