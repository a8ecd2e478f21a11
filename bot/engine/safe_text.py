"""Make text safe to show in Discord: no pings, no broken formatting, no invisible tricks.

Used for everything the bot shows there: what a user typed and is echoed back, and excerpt text
(the JSON output keeps the verbatim text; only renderings go through here). The Discord door
uses the same functions for anything it writes itself. Mentions are defused with a zero-width
space (the way Discord's own clients show them literally) on top of `AllowedMentions.none()`.
"""

from __future__ import annotations

import re
import unicodedata

ZERO_WIDTH_SPACE = "\u200b"
ELLIPSIS = "…"
# Bidirectional overrides and isolates can make an echoed text read backwards.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_MARKDOWN_RE = re.compile(r"([\\*_~`|])")
_LINK_RE = re.compile(r"\[(?=[^\]]*\]\()")  # only a "[…](" can become a masked link
_LINE_START_RE = re.compile(r"(?m)^(\s*)([#>+\-])(?=\s|$|#)")
_NUMBERED_RE = re.compile(r"(?m)^(\s*\d+)\.(?=\s)")
_ESCAPED_RE = re.compile(r"\\([\\*_~`|\[.#>+\-])")  # what escape_markdown puts a \ before
_MASS_MENTION_RE = re.compile(r"@(everyone|here)", re.IGNORECASE)
_WEB_ADDRESS_RE = re.compile(r"https?://[^\s<>]+")
_MARKDOWN_ESCAPE_RE = re.compile(r"\\([\\*_~`|])")
_ANGLE_RE = re.compile(r"<(?=[@#/:]|a:|t:)")  # <@…>, <#…>, </…>, <:emoji:…>, <a:…>, <t:…>


def clean(text: str) -> str:
    """Without control characters (NUL and the like) and bidirectional overrides."""
    if text.isprintable():
        return text  # most text (one pass in C): nothing it drops is printable
    return "".join(
        c
        for c in text
        if c in "\n\t" or (unicodedata.category(c) != "Cc" and c not in _BIDI_CONTROLS)
    )


def one_line(text: str, limit: int) -> str:
    """User input to echo in a reply: cleaned, on one line, at most `limit` characters, its
    mentions defused already in the reply, so the JSON shows what Discord gets."""
    return neutralise_mentions(clip(" ".join(clean(text).split()), limit))


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def escape_markdown(text: str) -> str:
    """Backslash-escape Discord markdown: emphasis, code, spoilers, links, headings, lists."""
    text = _MARKDOWN_RE.sub(r"\\\1", text)
    text = _LINK_RE.sub(r"\\[", text)
    text = _NUMBERED_RE.sub(r"\1\\.", text)
    text = _LINE_START_RE.sub(r"\1\\\2", text)
    # Discord links a web address as typed, backslashes included: keep addresses unescaped (a
    # linked address is never formatted, so nothing inside it can turn into markdown).
    return _WEB_ADDRESS_RE.sub(lambda m: _MARKDOWN_ESCAPE_RE.sub(r"\1", m.group()), text)


def unescape_markdown(text: str) -> str:
    """`escape_markdown` undone: the text as Discord displays it, for a terminal."""
    return _ESCAPED_RE.sub(r"\1", text)


def neutralise_mentions(text: str) -> str:
    """@everyone, @here, <@user>, <@&role>, <#channel>, </command:id>, <t:…> shown, not parsed."""
    text = _MASS_MENTION_RE.sub("@" + ZERO_WIDTH_SPACE + r"\1", text)
    return _ANGLE_RE.sub("<" + ZERO_WIDTH_SPACE, text)


def safe(text: str) -> str:
    """Everything above: what any untrusted text needs before it goes into a Discord message."""
    return neutralise_mentions(escape_markdown(clean(text)))
