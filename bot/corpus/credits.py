"""Credit lines: a photo, text or editing credit names the article's makers, as its byline does.

A name in "Foto: NAME", "Fotos: Stadt Hagen/NAME" or "Redaktion: NAME, NAME und NAME" is one of
the people who made the article, not one it reports on ("Im Bild: NAME" names who is shown). The
name finder and the question engine both ask; this module is small so that the engine can ask
without loading the name finder, whose patterns take a cold start tens of milliseconds to compile.
"""

from __future__ import annotations

import re

CREDIT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:Fotos?|Grafik|Text|Redaktion|Kamera|Illustration|Zeichnung)\s*:\s*"
    r"(?:[^.:;!?„“”»«\"\n]*(?:[/,]|\sund)\s*)?$"
)


def in_credit(text: str, start: int) -> bool:
    """A name standing in a credit line ("Foto: NAME"): one of the makers, not of the people."""
    lead = max(0, start - 120)
    if text.find(":", lead, start) < 0:
        return False  # (most names: no credit's colon before them, nothing to scan)
    return CREDIT_BEFORE_RE.search(text, lead, start) is not None
