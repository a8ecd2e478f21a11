"""Split an article's text into blocks, each with its line number and kind.

The rules are general ones for German news pages (byline, lead, short headings, body, then site
furniture: embed stubs, editor's notes, related links, reader comments); none is keyed to one
article's lines or names.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.corpus import german
from bot.corpus.lookalikes import visible_text
from bot.corpus.model import (
    BYLINE,
    COMMENT,
    COMMENT_AUTHOR,
    COMMENTS_HEADING,
    EMBED,
    HEADING,
    LEAD,
    NOTE,
    PARAGRAPH,
    RELATED,
    RELATED_TITLE,
    Article,
    Block,
)

BYLINE_RE = re.compile(
    r"^(?:Von|By|Text(?: und Fotos?)?:|Ein (?:Beitrag|Bericht|Kommentar) von|Autor(?:in|en)?:)"
    r"\s+\S",
)
EMBED_RE = re.compile(
    r"^(?:Sieh dir diese[nrs]? (?:Beitrag|Post|Video|Reel)\b|View this post on Instagram"
    r"|Ein Beitrag geteilt von|Beitrag (?:auf \w+ )?anzeigen|Externer Inhalt|Video abspielen"
    r"|Dieser Inhalt ist nicht verfügbar|Inhalt von \w+ (?:laden|anzeigen)|Weiterlesen$)",
    re.IGNORECASE,
)
NOTE_RE = re.compile(
    r"^(?:Anm(?:\.|erkung)\s*d(?:\.|er)\s*Red(?:\.|aktion)|Hinweis der Redaktion"
    r"|Transparenzhinweis|In eigener Sache|Korrektur(?:hinweis)?:"
    # credits: a wire item's "(Reporting by A; Editing by B)", an interview's "Das Gespräch
    # führte A" or "Interview: A"
    r"|\((?:Reporting|Writing|Editing|Additional reporting|Compiled|Mitarbeit)\s+(?:by|von)\b"
    r"|Das (?:Gespräch|Interview) führten?\b|Interview:\s+[A-ZÄÖÜ]\S*\s+[A-ZÄÖÜ]\S*\s*$)",
    re.IGNORECASE,
)
RELATED_RE = re.compile(
    r"^(?:Mehr\b.{0,60}|Lesen Sie (?:auch|mehr)\b.{0,60}"
    r"|Weitere (?:Artikel|Berichte|Beiträge)\b.{0,60}"
    r"|Das könnte Sie auch interessieren.{0,20}|Zum Thema\b.{0,40}|Auch interessant.{0,20}"
    r"|Mehr zum Thema.{0,40})\s*:?\s*$",
    re.IGNORECASE,
)
# The head of a comment section: "Kommentare", "3 Kommentare", "Kommentare (4)", and the forms
# blog software (WordPress) writes: "2 Gedanken zu „Titel“", "Ein Kommentar zu …", "Eine Antwort
# auf …", "Keine Kommentare"; and its reply form, "Schreibe einen Kommentar".
_COUNT = r"(?:\d+|eine?|keine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
_SECTION = r"(?:Reaktionen|Kommentare?|Leserkommentare?|Leserbriefe|Diskussion)"
_RESPONSES = r"(?:Reaktion(?:en)?|Kommentare?|Gedanken?|Antwort(?:en)?|Meinung(?:en)?)"
COMMENTS_RE = re.compile(
    rf"^(?:(?:{_COUNT}\s+)?{_SECTION}(?:\s*\(\d+\))?"
    rf"|{_COUNT}\s+{_RESPONSES}\s+(?:zu|auf|zum|zur)\s+\S.{{0,200}}"
    r"|(?:Schreibe|Hinterlasse|Schreiben Sie|Hinterlassen Sie) einen Kommentar"
    r"|Kommentar (?:schreiben|verfassen|hinterlassen|abgeben))\s*:?\s*$",
    re.IGNORECASE,
)
# How long a line may be and still be a heading, related-link title or commenter's name.
HEADING_MAX = 160
TITLE_MAX = 220
AUTHOR_MAX = 120
CLOSING_QUOTES = "“”\"«»‘’'"
SENTENCE_END = ".!?…:;,"


def _ends_like_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSING_QUOTES).rstrip()
    return not stripped or stripped[-1] in SENTENCE_END


SENTENCE_END_RE = re.compile(r"[.!?…](?:\s|$)")


def _sentence_count(text: str) -> int:
    return len(SENTENCE_END_RE.findall(text))


def looks_like_heading(text: str) -> bool:
    """A short line that does not end like a sentence (a question of one sentence is allowed)."""
    if len(text) > HEADING_MAX or text.startswith(("http://", "https://")):
        return False
    stripped = text.rstrip().rstrip(CLOSING_QUOTES).rstrip()
    if stripped.endswith("?"):
        return len(text) <= 100 and _sentence_count(stripped) <= 1
    if _ends_like_sentence(text):
        return False
    # A heading is one statement; two full sentences on a line make it body text.
    return _sentence_count(text) == 0 and len(text.split()) >= 2


def _looks_like_comment_author(text: str) -> bool:
    return (
        len(text) <= AUTHOR_MAX
        and not _ends_like_sentence(text)
        and not text.startswith(("http://", "https://"))
        and "„" not in text
    )


def split_blocks(text: str) -> tuple[Block, ...]:
    """Classify every non-empty line of `text` (line numbers are 1-based, blank lines count)."""
    blocks: list[Block] = []
    zone = "body"  # body → related → comments
    seen_body = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().replace("\u00a0", " ")
        if not line:
            continue
        if COMMENTS_RE.match(line) and (seen_body or zone != "body"):
            zone = "comments"
            blocks.append(Block(COMMENTS_HEADING, number, line))
            continue
        if zone == "comments":
            blocks.append(Block(_comment_kind(blocks, line), number, line))
            continue
        if EMBED_RE.match(line) or NOTE_RE.match(line):
            blocks.append(Block(EMBED if EMBED_RE.match(line) else NOTE, number, line))
            continue
        if seen_body and RELATED_RE.match(line) and len(line) <= 100:
            zone = "related"
            blocks.append(Block(RELATED, number, line))
            continue
        if zone == "related":
            if len(line) <= TITLE_MAX and not _ends_like_sentence(line):
                blocks.append(Block(RELATED_TITLE, number, line))
                continue
            zone = "body"  # a real paragraph after all: the related block has ended
        kind = _body_kind(line, first=not blocks, seen_body=seen_body)
        if kind == HEADING and blocks and _table_row_under(blocks[-1].text, line):
            kind = PARAGRAPH  # a row under its header row: the header is the row's heading
        seen_body = seen_body or kind == LEAD
        blocks.append(Block(kind, number, line))
    return tuple(blocks)


TABLE_CELLS = " | "  # between the cells of a table's row written as text


def _table_row_under(previous: str, line: str) -> bool:
    """A results table written as text, one row a line with its cells split by " | "
    ("Dirk Hollenbach | CDU | 11.019 | 31,6 %"): a row after a row of as many cells is body
    text under the table's first row, whose column names ("Stimmen", "Beteiligung") then head
    it as a section heading heads a list of figures."""
    cells = line.count(TABLE_CELLS)
    return cells >= 2 and previous.count(TABLE_CELLS) == cells


def _comment_kind(blocks: list[Block], line: str) -> str:
    """In the comment section: a name-like line after the heading or a comment starts a new
    comment (its author); anything else is comment text."""
    previous = blocks[-1].kind
    if (
        previous in (COMMENTS_HEADING, COMMENT)
        and _looks_like_comment_author(line)
        and (previous == COMMENTS_HEADING or _is_new_comment(blocks, line))
    ):
        return COMMENT_AUTHOR
    return COMMENT


def _body_kind(line: str, *, first: bool, seen_body: bool) -> str:
    """In the article's body: the byline (first), a heading, the lead (the first paragraph)
    or a paragraph."""
    if first and BYLINE_RE.match(line) and len(line) <= 300:
        return BYLINE
    if not seen_body and (names_byline(line) or is_credit_strip(line)):
        return BYLINE  # under the headline and its Dachzeile: "Von Markus Wendland"
    if looks_like_heading(line):
        return HEADING
    return PARAGRAPH if seen_body else LEAD


NAME_WORD_RE = re.compile(r"[A-ZÄÖÜ][\w’'-]*\.?")
BYLINE_NAME_WORDS = 4  # "Anna-Lena von der Heide" at most


def names_byline(line: str) -> bool:
    """A byline after the headings ("Von Markus Wendland und Eva Roth"): unlike the first line,
    it must be names alone, or "Von Gewinnern und Verlierern" (a heading) would be one."""
    if not BYLINE_RE.match(line) or len(line) > 120 or _ends_like_sentence(line):
        return False
    names = byline_authors(line)
    return bool(names) and all(
        2 <= len(name.split()) <= BYLINE_NAME_WORDS
        and all(NAME_WORD_RE.fullmatch(w) or w in ("von", "van", "de", "der") for w in name.split())
        and name.split()[-1][:1].isupper()
        for name in names
    )


def _is_new_comment(blocks: list[Block], line: str) -> bool:
    """After a comment, a short name-like line starts the next comment (not a closing line)."""
    words = line.replace(",", " ").split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= max(2, len(words) // 2)


AUTHOR_SPLIT_RE = re.compile(r",\s*|\s+(?:und|and|&)\s+")

# A news page's credit strip under its headline: publisher, date, time and byline on one line,
# split by middle dots or bars ("Saar-Kurier · 12. Oktober 2026 · Von A und B", "Von A |
# 12.10.2026, 18:30 Uhr"), or a line giving the date alone ("Stand: 12.10.2026 18:30 Uhr").
STRIP_SEPARATOR_RE = re.compile(r"\s+[·|•]\s+")
STRIP_MAX = 200
STRIP_PART_MAX = 60
DATED_LINE_RE = re.compile(
    r"^(?:Stand|Veröffentlicht|Erschienen|Publiziert|(?:Zuletzt )?[Aa]ktualisiert)"
    r"(?:\s+am)?\s*:?\s*\d[\w. -]{5,20}?(?:,?\s*(?:um\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s*$"
)
UPDATED_RE = re.compile(r"^(?:(?:Zuletzt )?[Aa]ktualisiert|Update)\b")
_MONTH_NUMBERS = {month: number for number, month in enumerate(german.MONTH_NAMES, start=1)}
NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
WORDED_DATE_RE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\.\s*({'|'.join(_MONTH_NUMBERS)})\s+(\d{{4}})(?!\d)"
)
ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# An English credit line's date: "October 12, 2026", "Oct. 12, 2026", "12 October 2026".
ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_ENGLISH_MONTH = rf"({'|'.join(m[:3] for m in ENGLISH_MONTHS)})[a-z]*\.?"
ENGLISH_DATE_RE = re.compile(
    rf"\b{_ENGLISH_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)"
    rf"|(?<!\d)(\d{{1,2}})\s+{_ENGLISH_MONTH}\s+(\d{{4}})(?!\d)"
)


def strip_parts(line: str) -> list[str]:
    """The parts of a credit strip (the line itself when it has no separator)."""
    return [part.strip() for part in STRIP_SEPARATOR_RE.split(line)]


def is_credit_strip(line: str) -> bool:
    """A short line of short parts of which one is a date or a byline; a sentence split by a
    bar ("Die SPD gewinnt | Die CDU verliert.") has neither."""
    if len(line) > STRIP_MAX:
        return False
    parts = strip_parts(line)
    if len(parts) < 2:
        return DATED_LINE_RE.match(line) is not None and date_in(line) is not None
    if any(not part or len(part) > STRIP_PART_MAX for part in parts):
        return False
    return any(date_in(part) is not None or names_byline(part) for part in parts)


def date_in(text: str) -> dt.date | None:
    """The first calendar date written in `text` ("12. Oktober 2026", "12.10.2026",
    "2026-10-12"); None when there is none or it is no real day."""
    found: list[tuple[int, int, int, int]] = []  # (where, year, month, day)
    for match in NUMERIC_DATE_RE.finditer(text):
        found.append((match.start(), int(match[3]), int(match[2]), int(match[1])))
    for match in WORDED_DATE_RE.finditer(text):
        found.append((match.start(), int(match[3]), _MONTH_NUMBERS[match[2]], int(match[1])))
    for match in ISO_DATE_RE.finditer(text):
        found.append((match.start(), int(match[1]), int(match[2]), int(match[3])))
    for match in ENGLISH_DATE_RE.finditer(text):
        month, day, year = (match[1], match[2], match[3]) if match[1] else match.group(5, 4, 6)
        found.append((match.start(), int(year), _english_month(month), int(day)))
    for _, year, month, day in sorted(found):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def _english_month(name: str) -> int:
    return [m[:3] for m in ENGLISH_MONTHS].index(name[:3]) + 1


def byline_authors(byline: str) -> tuple[str, ...]:
    """The names in a byline such as "Von A, B und C", alone or as a credit strip's part."""
    credit = next((p for p in strip_parts(byline) if BYLINE_RE.match(p)), None)
    if credit is None:
        return ()  # a strip of publisher and date names nobody
    text = BYLINE_RE.sub(lambda m: m.group(0)[-1], credit, count=1)
    text = re.sub(r"\s*[|(].*$", "", text)  # "Von A (Text)|Fotos: B"
    names = [n.strip(" .") for n in AUTHOR_SPLIT_RE.split(text)]
    # ("Von A, 12.10.2026": a date or time after the name is no author.)
    names = [n for n in names if n and not any(c.isdigit() for c in n)]
    return tuple(n for n in names if not _names_a_desk(n))


# The last word of what follows a reporter's name in a credit ("By Daniel Moser, Regional
# Wire", "Von Anna Roth, Landeskorrespondentin", "By Mark Ellison, Reuters"): the desk or
# agency, no co-author.
DESK_WORDS = frozenset(
    "Wire Press News Service Agency Agentur Nachrichtenagentur Writer Reporter Correspondent "
    "Editor Staff Bureau Redaktion Lokalredaktion dpa AFP AP Reuters epd KNA dts".split()
)


def _names_a_desk(part: str) -> bool:
    """A desk word ends it, or it is one role noun (a surname such as "Richter" is one too,
    so only alone)."""
    words = part.split()
    return words[-1] in DESK_WORDS or (len(words) == 1 and german.is_role_noun(words[0]))


def published_in_text(blocks: tuple[Block, ...]) -> str | None:
    """The date a byline or credit strip gives (ISO), not the date of an update."""
    for block in blocks:
        if block.kind != BYLINE:
            continue
        for part in strip_parts(block.text):
            day = None if UPDATED_RE.match(part) else date_in(part)
            if day is not None:
                return day.isoformat()
    return None


PUBLISHER_IN_RELATED_RE = re.compile(r"\bauf\s+([\w.-]+(?:\s[\w.-]+)?)\s*:?\s*$", re.IGNORECASE)


def self_named_publisher(blocks: tuple[Block, ...]) -> str | None:
    """A site names itself in its related-links header ("Mehr dazu auf Stadtanzeiger:")."""
    for block in blocks:
        if block.kind == RELATED:
            match = PUBLISHER_IN_RELATED_RE.search(block.text)
            if match and match.group(1)[:1].isupper():
                return match.group(1)
    return None


# Words that make a credit strip's first part a paper's, a station's or a site's name beside
# the last parts of `german.is_medium_noun` ("Radio Weserbergland", "Weser-Echo", "WDR Online").
PRESS_WORDS = frozenset(
    "Radio TV Fernsehen Echo Journal Online Express Merkur Spiegel Stern Times News Herald "
    "Gazette Tribune Chronicle Observer".split()
)
PUBLISHER_WORDS_MAX = 4


def publisher_in_strip(blocks: tuple[Block, ...]) -> str | None:
    """The paper a credit strip names ("Saar-Kurier · 12. Oktober 2026 · Von A"): a part of a
    few capitalised words beside the date or the credit, with a word of the press in it; a
    place ("Hameln · 19.10.2026") or a section ("Lokales · …") names no paper."""
    for block in blocks:
        parts = strip_parts(block.text) if block.kind == BYLINE else []
        for part in parts if len(parts) > 1 else []:
            words = part.split()
            if (
                len(words) <= PUBLISHER_WORDS_MAX
                and part[:1].isupper()
                and not any(c.isdigit() or c in ":,;" for c in part)
                and not names_byline(part)
                and any(german.is_medium_noun(w) or w.split("-")[-1] in PRESS_WORDS for w in words)
            ):
                return part
    return None


def parse_article(text: str, *, article_id: str, path: str) -> Article:
    """Read an article's text into an `Article` with blocks and what the text says of itself."""
    text = visible_text(text).replace("\r\n", "\n").replace("\r", "\n")
    blocks = split_blocks(text)
    bylines = (byline_authors(b.text) for b in blocks if b.kind == BYLINE)
    return Article(
        id=article_id,
        path=path,
        blocks=blocks,
        authors=next((names for names in bylines if names), ()),
        publisher=self_named_publisher(blocks) or publisher_in_strip(blocks),
        published=published_in_text(blocks),
    )
