"""The chart a reader sees in Discord: a real PNG of sensible size, drawn without a display, one
bar per candidate in the party's colour, as long as the candidate's share."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

from bot.results.chart import (
    BOTTOM,
    LABEL_WIDTH,
    ROW,
    TOP,
    WIDTH,
    chart_file,
    fonts,
    party_colour,
    render_png,
)
from bot.results.parsing import parse_count
from tests.results.conftest import CANDIDATES, DISTRICTS, portal_csv

TITLE = "Bürgermeisterwahl Lindenau"


def png_header(data: bytes) -> tuple[int, int]:
    """Width and height from the PNG's own header (signature, then the IHDR chunk and its CRC)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    body = data[16 : 16 + length]
    (crc,) = struct.unpack(">I", data[16 + length : 20 + length])
    assert zlib.crc32(kind + body) == crc
    width, height = struct.unpack(">II", body[:8])
    return width, height


def test_the_chart_is_a_png_of_sensible_size():
    count = parse_count(portal_csv(4), CANDIDATES)
    data = render_png(count, TITLE, "de")
    width, height = png_header(data)
    assert (width, height) == (WIDTH, TOP + ROW * 3 + BOTTOM)
    assert 2_000 < len(data) < 200_000


def test_each_bar_has_the_party_colour_and_the_length_of_the_share():
    count = parse_count(portal_csv(4), CANDIDATES)
    image = Image.open(io.BytesIO(render_png(count, TITLE, "de"))).convert("RGB")
    left, right = 24 + LABEL_WIDTH, WIDTH - 110
    valid = sum(d.valid for d in DISTRICTS)
    for row, k in enumerate((0, 1, 2)):  # most votes first: Vogt, Brandt, Keller
        share = sum(d.votes[k] for d in DISTRICTS) / valid
        middle = TOP + row * ROW + ROW // 2
        colour = party_colour(CANDIDATES[k].party)
        end = left + round((right - left) * share)
        assert image.getpixel((left + 2, middle)) == colour
        assert image.getpixel((end - 2, middle)) == colour
        assert image.getpixel((end + 3, middle - 12)) != colour


def test_party_colours_are_the_parties_own_and_others_are_grey():
    assert party_colour("SPD") == (227, 0, 15)
    assert party_colour("Bündnis 90/Die Grünen") == party_colour("GRÜNE")
    assert party_colour("Freie Wähler") != party_colour("parteilos")
    assert party_colour("parteilos") == party_colour("Einzelbewerber")


def test_without_a_system_font_umlauts_are_written_out():
    plain = fonts(("no-such-font.ttf",))
    assert not plain.german
    assert plain.spell("Bürgermeisterwahl Gießen, Süd") == "Buergermeisterwahl Giessen, Sued"
    count = parse_count(portal_csv(2), CANDIDATES)
    assert png_header(render_png(count, TITLE, "de", plain))[0] == WIDTH


def test_a_count_is_drawn_once_and_old_charts_are_cleared(tmp_path: Path):
    first = chart_file(parse_count(portal_csv(1), CANDIDATES), TITLE, "de", tmp_path)
    again = chart_file(parse_count(portal_csv(1), CANDIDATES), TITLE, "de", tmp_path)
    assert first == again
    for reported in (2, 3, 4):
        chart_file(parse_count(portal_csv(reported), CANDIDATES), TITLE, "de", tmp_path)
    assert len(list(tmp_path.glob("ergebnis-*.png"))) == 3
    assert not list(tmp_path.glob("*.part"))


def test_the_source_is_named_under_the_chart(tmp_path: Path):
    count = parse_count(portal_csv(2), CANDIDATES)
    named = render_png(count, TITLE, "de", source="https://wahlen.example/lindenau.csv")
    assert named != render_png(count, TITLE, "de")
    first = chart_file(count, TITLE, "de", tmp_path, source="https://a.example/x.csv")
    assert first != chart_file(count, TITLE, "de", tmp_path, source="https://b.example/x.csv")
