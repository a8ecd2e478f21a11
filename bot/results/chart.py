"""The results as a bar chart (PNG): one bar per candidate in the party's colour, share labelled.

Drawn with Pillow, so it needs no display. Text is set in a common system font with German
letters (DejaVu, Liberation, Noto, Arial); where there is none, in Pillow's bundled font, which
has no umlauts: the text is then written as German does without them (ä → ae, ß → ss). A chart
is written once per count (its file name carries a hash of what it shows) and reused after that.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.engine.folding import words
from bot.results import texts
from bot.results.model import Count

if TYPE_CHECKING:  # Pillow is imported when a chart is drawn, not at every start
    from PIL import ImageDraw, ImageFont

WIDTH = 800
ROW = 56  # pixels per candidate
TOP = 96  # title and subtitle
BOTTOM = 44  # axis note
LABEL_WIDTH = 300
KEEP_PER_ELECTION = 3  # older charts of the same election are removed
_BACKGROUND = (255, 255, 255)
_INK = (33, 37, 41)
_MUTED = (108, 117, 125)
_TRACK = (233, 236, 239)

# The colours German parties use for themselves, by a word of the folded party name.
_PARTY_COLOURS: tuple[tuple[tuple[str, ...], tuple[int, int, int]], ...] = (
    (("cdu",), (25, 25, 25)),
    (("csu",), (0, 128, 200)),
    (("spd",), (227, 0, 15)),
    (("grune", "grunen", "gruene"), (70, 150, 43)),
    (("fdp",), (255, 237, 0)),
    (("afd",), (0, 158, 224)),
    (("linke",), (190, 48, 117)),
    (("bsw",), (121, 35, 81)),
    (("fw", "wahler"), (247, 168, 0)),
    (("volt",), (80, 35, 121)),
    (("piraten",), (255, 136, 0)),
    (("odp",), (255, 100, 0)),
)
_OTHER_COLOURS = ((96, 108, 118), (140, 150, 160), (72, 84, 96), (160, 170, 180))


@dataclass(frozen=True)
class Bar:
    label: str
    share: float | None
    colour: tuple[int, int, int]


def party_colour(party: str, fallback: int = 0) -> tuple[int, int, int]:
    """The party's own colour; a neutral grey for independents and parties not known here."""
    found = set(words(party))
    for keys, colour in _PARTY_COLOURS:
        if found.intersection(keys):
            return colour
    return _OTHER_COLOURS[fallback % len(_OTHER_COLOURS)]


def bars(count: Count) -> list[Bar]:
    """One bar per candidate, most votes first."""
    found = []
    for i, entry in enumerate(count.ranked()):
        candidate = entry.candidate
        label = f"{candidate.name} ({candidate.party})" if candidate.party else candidate.name
        found.append(Bar(label, count.share(entry.votes), party_colour(candidate.party, i)))
    return found


# Fonts with German letters, as Pillow finds them in the system's font folders.
SYSTEM_FONTS = (
    "DejaVuSans.ttf",
    "LiberationSans-Regular.ttf",
    "NotoSans-Regular.ttf",
    "Arial.ttf",
    "arial.ttf",
)
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_SPELLED_OUT[ord("ß")] = "ss"


@dataclass(frozen=True)
class Fonts:
    title: ImageFont.FreeTypeFont
    text: ImageFont.FreeTypeFont
    small: ImageFont.FreeTypeFont
    german: bool  # has umlauts and ß; if not, `spell` writes them out

    def spell(self, text: str) -> str:
        if self.german:
            return text
        text = text.translate(_SPELLED_OUT)
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
        return plain


@functools.cache
def fonts(names: tuple[str, ...] = SYSTEM_FONTS) -> Fonts:
    """The first of `names` the system has, else Pillow's own font (looked up once)."""
    from PIL import ImageFont

    for name in names:
        try:
            sizes = [ImageFont.truetype(name, size) for size in (26, 18, 15)]
        except OSError:
            continue
        return Fonts(sizes[0], sizes[1], sizes[2], german=True)
    title, text, small = (ImageFont.load_default(size=size) for size in (26, 18, 15))
    return Fonts(title, text, small, german=False)  # type: ignore[arg-type]


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """`text` cut with … to fit `width` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _readable_on(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    red, green, blue = colour
    return _INK if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else _BACKGROUND


def render_png(
    count: Count, title: str, language: str, font_set: Fonts | None = None, *, source: str = ""
) -> bytes:
    """The chart of `count` as PNG bytes; `source` (the portal's address) is named under it."""
    from PIL import Image, ImageDraw

    font_set = font_set or fonts()
    spell = font_set.spell
    big, normal, small = font_set.title, font_set.text, font_set.small
    shown = bars(count)
    height = TOP + ROW * max(len(shown), 1) + BOTTOM
    image = Image.new("RGB", (WIDTH, height), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((24, 18), _fit(draw, spell(title), big, WIDTH - 48), fill=_INK, font=big)
    key = "chart_final" if count.complete else "chart_partial"
    subtitle = texts.say(language, key, counted=count.areas_counted, total=count.areas_total)
    draw.text((24, 56), spell(subtitle), fill=_MUTED, font=normal)
    left, right = 24 + LABEL_WIDTH, WIDTH - 110
    for i, bar in enumerate(shown):
        top = TOP + i * ROW
        middle = top + ROW // 2
        label = _fit(draw, spell(bar.label), normal, LABEL_WIDTH - 16)
        draw.text((24, middle), label, fill=_INK, font=normal, anchor="lm")
        draw.rectangle((left, top + 10, right, top + ROW - 10), fill=_TRACK)
        end = left + round((right - left) * (bar.share or 0.0))
        if end > left:
            draw.rectangle((left, top + 10, end, top + ROW - 10), fill=bar.colour)
        share = texts.percent(language, bar.share)
        draw.text((end + 8, middle), share, fill=_INK, font=normal, anchor="lm")
    axis = texts.say(language, "chart_axis")
    if source:
        axis += " · " + texts.say(language, "source", address=source)
    axis = _fit(draw, spell(axis), small, WIDTH - 48)
    draw.text((24, height - BOTTOM // 2), axis, fill=_MUTED, font=small, anchor="lm")
    out = io.BytesIO()
    image.save(out, format="PNG")  # optimize=True: 3 times slower, no smaller here
    return out.getvalue()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", " ".join(words(name)))[:40].strip("-") or "wahl"


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:  # removed by another answer meanwhile
        return 0.0


def chart_file(count: Count, title: str, language: str, folder: Path, *, source: str = "") -> Path:
    """The chart of `count` as a file in `folder` (drawn only if this count has none yet)."""
    what = repr((count, title, language, source)).encode("utf-8")
    slug = _slug(title)
    path = folder / f"ergebnis-{slug}-{hashlib.sha256(what).hexdigest()[:12]}.png"
    if path.is_file():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.part")
    partial.write_bytes(render_png(count, title, language, source=source))
    partial.replace(path)  # whole or not at all, for a reader at the same moment
    older = sorted((p for p in folder.glob(f"ergebnis-{slug}-*.png") if p != path), key=_modified)
    for stale in older[: max(0, len(older) - (KEEP_PER_ELECTION - 1))]:
        stale.unlink(missing_ok=True)
    return path
