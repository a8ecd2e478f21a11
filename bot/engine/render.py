"""Render a `Reply` for Discord: as message text (also what the console prints) or as embeds.

Both fit Discord's limits by construction: content is cut into pieces that each fit, and pieces
are packed into numbered pages; a quote too long for one piece is split at a space and every
cut is marked (…), never silently. Everything shown is escaped (`safe_text.safe`), so neither a
user's echoed words nor an excerpt can ping anyone or break the formatting; the JSON output
(`Reply.to_json`) keeps the verbatim text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.engine.reply import DIRECT, REPORTED, Excerpt, Reply
from bot.engine.safe_text import ELLIPSIS, clip, safe
from bot.engine.strings import format_date, say

MESSAGE_MAX = 2000
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
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
_TITLE_OPENINGS = frozenset('„“”"»«‚‘')
_TITLE_CLOSINGS = frozenset('“”"«»‘’')
EMBED_COLOUR = 0x2B6CB0
EMBED_FIELDS_PER_PAGE = 8  # readable pages; Discord would allow 25
ALSO_IN_SHOWN = 5  # other sources of the same quotation named; the rest are counted
# What one reply holds at most: a quotation of a megabyte must not become hundreds of pages
# built, sent and kept for the page buttons. Longer excerpts are cut, with a note where the
# rest stands; further pages are counted, not made.
EXCERPT_SHOWN_MAX = 8_000
PAGES_MAX = 20
_ARTICLE_TITLE_MAX = 90
# A link shown as it is (outside the escaping, which would break it): http(s), nothing that could
# end it early or format, ping or break the line.
_LINK_RE = re.compile(r"https?://[^\s<>()\[\]`*_~|@\\]+")


# --- shared pieces ------------------------------------------------------------------------------


def split_text(text: str, size: int) -> list[str]:
    """`text` in parts of at most `size` characters, cut at spaces; each cut marked with …

    Walks `text` by position (no copy of the rest per part), so a long text costs its length.
    """
    if len(text) <= size:
        return [text]
    room = size - 2 * len(ELLIPSIS) - 1  # a part may begin and end with a mark
    parts: list[str] = []
    start, mark = 0, ""
    while len(mark) + len(text) - start > size:
        lead = len(mark)
        cut = text.rfind(" ", start + room // 2 - lead, start + room - lead)
        cut = cut if cut > start else start + room - lead  # one endless word: cut it all the same
        parts.append((mark + text[start:cut]).rstrip() + ELLIPSIS)
        start, mark = cut, ELLIPSIS
        while start < len(text) and text[start].isspace():
            start += 1
    parts.append(mark + text[start:])
    return parts


def shown_text(excerpt: Excerpt, language: str) -> tuple[str, str | None]:
    """An excerpt's text as a reply shows it, and a note if it is cut: whole up to
    `EXCERPT_SHOWN_MAX` characters; beyond that its beginning (marked …), and the note says how
    much more the article holds and where (shown beside the quotation, never inside it)."""
    text = excerpt.text
    if len(text) <= EXCERPT_SHOWN_MAX:
        return text, None
    kept = split_text(text[: EXCERPT_SHOWN_MAX + 1], EXCERPT_SHOWN_MAX)[0]
    more = len(text) - len(kept) + len(ELLIPSIS)
    return kept, say(language, "excerpt_cut", count=more, line=excerpt.line)


def _capped(groups: list[list[str]], language: str) -> list[list[str]]:
    """At most `PAGES_MAX` pages; the last of them says how many more there would have been."""
    if len(groups) <= PAGES_MAX:
        return groups
    note = say(language, "pages_cut", count=len(groups) - PAGES_MAX + 1)
    return [*groups[: PAGES_MAX - 1], [note]]


def _kind_label(excerpt: Excerpt, language: str) -> str:
    return say(language, f"kind_{excerpt.kind}")


def _who(excerpt: Excerpt, language: str) -> str:
    """Who is speaking, as a heading: "Thomas Westerkamp (SPD · scheidende OB) – Zitat"."""
    if excerpt.source == "comment":
        label = (
            say(language, "comment_by", name=excerpt.speaker)
            if excerpt.speaker
            else say(language, "comment")
        )
        return f"{label} ({say(language, 'not_article')})"
    if not excerpt.speaker and excerpt.kind in (DIRECT, REPORTED):
        # Said plainly, so no name seems lost: "Zitat – im Text ohne Namen", or with the text's
        # own words for the speaker: "Zitat – ein Polizeisprecher (im Text ohne Namen)".
        unnamed = say(language, "speaker_unnamed")
        if excerpt.described:
            return f"{_kind_label(excerpt, language)} – {excerpt.described} ({unnamed})"
        return f"{_kind_label(excerpt, language)} – {unnamed}"
    if excerpt.verdict:
        return f"{_kind_label(excerpt, language)} – {say(language, f'verdict_{excerpt.verdict}')}"
    if not excerpt.speaker:
        return _kind_label(excerpt, language)
    details = " · ".join(x for x in (excerpt.party, excerpt.role) if x)
    name = f"{excerpt.speaker} ({details})" if details else excerpt.speaker
    return f"{name} – {_kind_label(excerpt, language)}"


def source_line(excerpt: Excerpt, language: str, with_article: bool = True) -> str:
    """Where an excerpt stands: publisher, date, paragraph, line, section."""
    parts: list[str] = []
    if with_article:
        parts.append(_article_name(excerpt))
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


def _article_name(excerpt: Excerpt) -> str:
    """Publisher and title where both are known ("Rundschau: „Stichwahl …“"), else either."""
    title = clip(excerpt.title, _ARTICLE_TITLE_MAX) if excerpt.title else None
    if excerpt.publisher and title:
        return f"{excerpt.publisher}: {in_quotes(title, _OPEN, _CLOSE)}"
    return excerpt.publisher or title or excerpt.article


def in_quotes(title: str, opening: str, closing: str) -> str:
    """A title in quotation marks, unless it is a quotation itself (a headline of somebody's
    words, „Ich will zuhören“): marks around marks would read as a quote in a quote."""
    if title[:1] in _TITLE_OPENINGS and title.rstrip("…")[-1:] in _TITLE_CLOSINGS:
        return title
    return f"{opening}{title}{closing}"


def _link(excerpt: Excerpt, brackets: bool) -> str:
    """The article's address to append to a source line ("" if it has none that is safe to
    show); in angle brackets, Discord links it without a preview."""
    url = excerpt.url or ""
    if not _LINK_RE.fullmatch(url):
        return ""
    return f" · <{url}>" if brackets else f" · {url}"


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
    """The article an excerpt comes from: publisher and title, authors, date."""
    parts = [_article_name(excerpt)]
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
    source = "-# " + safe(source_line(excerpt, language)) + _link(excerpt, brackets=True)
    also = also_in_line(excerpt, language)
    if also:
        source += "\n-# " + safe(clip(also, _TEXT_PIECE_MAX // 4))
    text, cut = shown_text(excerpt, language)
    if cut:
        source += "\n-# " + cut
    room = _TEXT_PIECE_MAX - len(head) - len(source) - 8
    # Escaping can lengthen text (each * becomes \*): split the raw text with room to spare.
    parts = split_text(text, room // 2)
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
    for number, excerpt in enumerate(reply.excerpts, start=reply.first_number):
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
    groups = _capped(groups, language)
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
    source += _link(excerpt, brackets=False)  # embeds do not preview links
    also = also_in_line(excerpt, language)
    if also:
        source += "\n*" + safe(clip(also, EMBED_FIELD_VALUE_MAX // 4)) + "*"
    text, cut = shown_text(excerpt, language)
    if cut:
        source += "\n*" + cut + "*"
    room = EMBED_FIELD_VALUE_MAX - len(source) - 2
    parts = split_text(text, room // 2)
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
        for number, excerpt in enumerate(reply.excerpts, start=reply.first_number)
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
    if len(pages) > PAGES_MAX:
        note = say(language, "pages_cut", count=len(pages) - PAGES_MAX + 1)
        pages = [*pages[: PAGES_MAX - 1], (note, [])]
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
        if number == 1 and reply.images:  # the door uploads the file under its own name
            embed["image"] = {"url": f"attachment://{attachment_name(reply.images[0])}"}
        embeds.append(embed)
    return embeds


def attachment_name(path: str) -> str:
    """The name an image file is uploaded under (Discord allows letters, digits, - _ .)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in name)
