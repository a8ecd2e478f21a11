"""Render a `Reply` for Discord: as message text (also what the console prints) or as embeds.

Both fit Discord's limits by construction: content is cut into pieces that each fit, and pieces
are packed into numbered pages; a quote too long for one piece is split at a space and every
cut is marked (…), never silently. Everything shown is escaped (`safe_text.safe`), so neither a
user's echoed words nor an excerpt can ping anyone or break the formatting; the JSON output
(`Reply.to_json`) keeps the verbatim text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bot.engine.reply import DIRECT, Excerpt, Reply
from bot.engine.safe_text import ELLIPSIS, clip, safe
from bot.engine.strings import format_date, say

MESSAGE_MAX = 2000
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000

# Room kept free on a page for its header and page marker; pieces are cut to fit the rest.
_TEXT_TITLE_ROOM = 300
_TEXT_PIECE_MAX = MESSAGE_MAX - _TEXT_TITLE_ROOM
_EMBED_DESCRIPTION_BUDGET = 2000  # per page, so that fields still fit the 6000 total
_EMBED_TOTAL_BUDGET = EMBED_TOTAL_MAX - 200
_SECTION_MAX = 60
_OPEN, _CLOSE = "„", "“"
EMBED_COLOUR = 0x2B6CB0
EMBED_FIELDS_PER_PAGE = 8  # readable pages; Discord would allow 25
ALSO_IN_SHOWN = 5  # other sources of the same quotation named; the rest are counted


# --- shared pieces ------------------------------------------------------------------------------


def split_text(text: str, size: int) -> list[str]:
    """`text` in parts of at most `size` characters, cut at spaces; each cut marked with …"""
    if len(text) <= size:
        return [text]
    parts: list[str] = []
    rest = text
    while len(rest) > size:
        room = size - 2 * len(ELLIPSIS) - 1  # a part may begin and end with a mark
        cut = rest.rfind(" ", room // 2, room)
        cut = cut if cut > 0 else room  # one endless word: cut it, marked all the same
        parts.append(rest[:cut].rstrip() + ELLIPSIS)
        rest = ELLIPSIS + rest[cut:].lstrip()
    parts.append(rest)
    return parts


def _kind_label(excerpt: Excerpt, language: str) -> str:
    return say(language, f"kind_{excerpt.kind}")


def _who(excerpt: Excerpt, language: str) -> str:
    """Who is speaking, as a heading: "Thomas Westphal (SPD · scheidende OB) – Zitat"."""
    if excerpt.source == "comment":
        label = (
            say(language, "comment_by", name=excerpt.speaker)
            if excerpt.speaker
            else say(language, "comment")
        )
        return f"{label} ({say(language, 'not_article')})"
    if not excerpt.speaker:
        return _kind_label(excerpt, language)
    details = " · ".join(x for x in (excerpt.party, excerpt.role) if x)
    name = f"{excerpt.speaker} ({details})" if details else excerpt.speaker
    return f"{name} – {_kind_label(excerpt, language)}"


def source_line(excerpt: Excerpt, language: str, with_article: bool = True) -> str:
    """Where an excerpt stands: publisher, date, paragraph, line, section."""
    parts: list[str] = []
    if with_article:
        parts.append(excerpt.publisher or excerpt.title or excerpt.article)
        date = format_date(excerpt.published, language)
        if date:
            parts.append(date)
    place = []
    if excerpt.paragraph is not None:
        place.append(say(language, "paragraph", paragraph=excerpt.paragraph))
    place.append(say(language, "line", line=excerpt.line))
    parts.append(", ".join(place))
    if excerpt.section:
        parts.append(say(language, "section", section=clip(excerpt.section, _SECTION_MAX)))
    return " · ".join(parts)


def also_in_line(excerpt: Excerpt, language: str) -> str:
    """The other articles that published the same quotation ("auch in: …"); "" if none."""
    if not excerpt.also_in:
        return ""
    shown = []
    for ref in excerpt.also_in[:ALSO_IN_SHOWN]:
        where = [ref.publisher or ref.article]
        date = format_date(ref.published, language)
        if date:
            where.append(date)
        where.append(say(language, "line", line=ref.line))
        shown.append(", ".join(where))
    text = "; ".join(shown)
    if len(excerpt.also_in) > ALSO_IN_SHOWN:
        text += " " + say(language, "also_in_more", count=len(excerpt.also_in) - ALSO_IN_SHOWN)
    return say(language, "also_in", sources=text)


def article_line(excerpt: Excerpt, language: str) -> str:
    """The article an excerpt comes from: publisher, authors, date."""
    parts = [excerpt.publisher or excerpt.title or excerpt.article]
    if excerpt.authors:
        parts.append(", ".join(excerpt.authors))
    date = format_date(excerpt.published, language)
    if date:
        parts.append(date)
    return " · ".join(parts)


def _quoted(text: str, excerpt: Excerpt, first: bool, last: bool) -> str:
    """Direct quotes get German quotation marks around the verbatim words."""
    if excerpt.kind != DIRECT:
        return text
    return (_OPEN if first else "") + text + (_CLOSE if last else "")


def _paragraphs(reply: Reply, size: int) -> list[str]:
    """The reply's text in paragraphs of at most `size` characters (escaped), split at line
    ends where a paragraph is longer, and inside a line only where a line is."""
    pieces: list[str] = []
    for paragraph in reply.text.split("\n\n") if reply.text.strip() else []:
        lines = [
            safe(part) for line in paragraph.split("\n") for part in split_text(line, size // 2)
        ]
        current: list[str] = []
        for line in lines:
            if current and sum(len(x) + 1 for x in current) + len(line) > size:
                pieces.append("\n".join(current))
                current = []
            current.append(line)
        if current:
            pieces.append("\n".join(current))
    return pieces


# --- message text -------------------------------------------------------------------------------


def _excerpt_pieces(number: int, excerpt: Excerpt, language: str) -> Iterator[str]:
    head = f"**{number}.** {safe(_who(excerpt, language))}"
    source = "-# " + safe(source_line(excerpt, language))
    also = also_in_line(excerpt, language)
    if also:
        source += "\n-# " + safe(clip(also, _TEXT_PIECE_MAX // 4))
    room = _TEXT_PIECE_MAX - len(head) - len(source) - 8
    # Escaping can lengthen text (each * becomes \*): split the raw text with room to spare.
    parts = split_text(excerpt.text, room // 2)
    for i, part in enumerate(parts):
        body = "> " + safe(_quoted(part, excerpt, i == 0, i == len(parts) - 1)).replace(
            "\n", "\n> "
        )
        if len(parts) == 1:
            yield f"{head}\n{body}\n{source}"
        elif i == 0:
            yield f"{head}\n{body}"
        elif i == len(parts) - 1:
            yield f"{body}\n{source}"
        else:
            yield body


def _text_pieces(reply: Reply, language: str) -> list[str]:
    pieces = _paragraphs(reply, _TEXT_PIECE_MAX)
    for number, excerpt in enumerate(reply.excerpts, start=1):
        pieces.extend(_excerpt_pieces(number, excerpt, language))
    if reply.suggestions:
        label = say(language, "suggestions")
        joined = safe(", ".join(reply.suggestions))
        pieces.extend(split_text(f"{label}: {joined}", _TEXT_PIECE_MAX // 2))
    return [p if len(p) <= _TEXT_PIECE_MAX else p[: _TEXT_PIECE_MAX - 1] + ELLIPSIS for p in pieces]


def _pack(pieces: list[str], budget: int, separator: str) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    used = 0
    for piece in pieces:
        extra = len(piece) + (len(separator) if pages[-1] else 0)
        if pages[-1] and used + extra > budget:
            pages.append([])
            extra = len(piece)
            used = 0
        pages[-1].append(piece)
        used += extra
    return pages


def render_text(reply: Reply, language: str) -> list[str]:
    """The reply as Discord message contents: one or more pages of at most 2000 characters."""
    language = reply.language or language  # an English question is answered in English
    title = "**" + safe(clip(reply.title, EMBED_TITLE_MAX)) + "**"
    groups = _pack(_text_pieces(reply, language), MESSAGE_MAX - len(title) - 40, "\n\n")
    pages = []
    for number, group in enumerate(groups, start=1):
        marker = (
            f" ({say(language, 'page', page=number, pages=len(groups))})" if len(groups) > 1 else ""
        )
        page = "\n\n".join([title + marker, *group])
        pages.append(page if len(page) <= MESSAGE_MAX else page[: MESSAGE_MAX - 1] + ELLIPSIS)
    return pages


# --- embeds -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    name: str
    value: str
    excerpt: Excerpt | None

    @property
    def size(self) -> int:
        return len(self.name) + len(self.value)


def _excerpt_fields(number: int, excerpt: Excerpt, language: str) -> list[_Field]:
    name = clip(f"{number}. " + safe(_who(excerpt, language)), EMBED_FIELD_NAME_MAX)
    source = "*" + safe(source_line(excerpt, language, with_article=False)) + "*"
    also = also_in_line(excerpt, language)
    if also:
        source += "\n*" + safe(clip(also, EMBED_FIELD_VALUE_MAX // 4)) + "*"
    room = EMBED_FIELD_VALUE_MAX - len(source) - 2
    parts = split_text(excerpt.text, room // 2)
    fields = []
    for i, part in enumerate(parts):
        value = safe(_quoted(part, excerpt, i == 0, i == len(parts) - 1))
        if i == len(parts) - 1:
            value += "\n" + source
        field_name = name if i == 0 else clip(f"{number}. {say(language, 'continued')}", 256)
        fields.append(_Field(field_name, clip(value, EMBED_FIELD_VALUE_MAX), excerpt))
    return fields


def _footer(fields: list[_Field], language: str, page: int, pages: int) -> str:
    excerpts = [f.excerpt for f in fields if f.excerpt is not None]
    articles = list(dict.fromkeys(article_line(e, language) for e in excerpts))
    parts = [" | ".join(articles)] if articles else []
    unique = list(dict.fromkeys((e.article, e.line) for e in excerpts))
    if len(unique) == 1 and excerpts:
        parts.append(source_line(excerpts[0], language, with_article=False))
    parts.extend(dict.fromkeys(also_in_line(e, language) for e in excerpts))
    if pages > 1:
        parts.append(say(language, "page", page=page, pages=pages))
    return clip(" · ".join(p for p in parts if p), EMBED_FOOTER_MAX)


def render_embeds(reply: Reply, language: str) -> list[dict]:
    """The reply as embeds (dicts for `discord.Embed.from_dict`), one per page, within limits."""
    language = reply.language or language
    title = clip(safe(reply.title), EMBED_TITLE_MAX - 20)
    descriptions = _pack(
        _paragraphs(reply, _EMBED_DESCRIPTION_BUDGET), _EMBED_DESCRIPTION_BUDGET, "\n\n"
    )
    fields = [
        field
        for number, excerpt in enumerate(reply.excerpts, start=1)
        for field in _excerpt_fields(number, excerpt, language)
    ]
    if reply.suggestions:
        joined = clip(safe(", ".join(reply.suggestions)), EMBED_FIELD_VALUE_MAX)
        fields.append(_Field(say(language, "suggestions"), joined, None))
    pages: list[tuple[str, list[_Field]]] = [("\n\n".join(d), []) for d in descriptions if d]
    if not pages:
        pages = [("", [])]
    # Fields go on the last description page, then on pages of their own, within the limits.
    for field in fields:
        description, current = pages[-1]
        used = len(title) + len(description) + sum(f.size for f in current) + 200
        if len(current) >= EMBED_FIELDS_PER_PAGE or used + field.size > _EMBED_TOTAL_BUDGET:
            pages.append(("", []))
            description, current = pages[-1]
        current.append(field)
    embeds = []
    for number, (description, page_fields) in enumerate(pages, start=1):
        marker = (
            f" ({say(language, 'page', page=number, pages=len(pages))})" if len(pages) > 1 else ""
        )
        embed: dict = {"title": clip(title + marker, EMBED_TITLE_MAX), "color": EMBED_COLOUR}
        if description:
            embed["description"] = clip(description, EMBED_DESCRIPTION_MAX)
        if page_fields:
            embed["fields"] = [
                {"name": f.name, "value": f.value, "inline": False} for f in page_fields
            ]
        footer = _footer(page_fields, language, number, len(pages))
        if footer:
            embed["footer"] = {"text": footer}
        embeds.append(embed)
    return embeds


def embed_size(embed: dict) -> int:
    """The characters Discord counts against an embed's 6000 total."""
    size = len(embed.get("title", "")) + len(embed.get("description", ""))
    size += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", ()))
    size += len(embed.get("footer", {}).get("text", ""))
    size += len(embed.get("author", {}).get("name", ""))
    return size
