"""A quiz ("Wer hat's gesagt?"): numbered quotations first, their speakers in a later answer key.

The quotation lines carry no cue at all ("3. „…“"); the reader is meant to guess, and the key
further down ("Auflösung: 1. Name (Partei) beim Wahlforum. 2. Das sagte Name …") says whose each
one is. A key item names its speaker only when it names exactly one known person: an unnamed
heckler ("5. Ein Zuhörer rief das dazwischen") or two people ("Name über Name") name nobody.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.corpus.model import DIRECT, Article, Quote
from bot.corpus.people import PeopleIndex

# A number as a quiz numbers its items: "1.", "2)", "(3)", "4:", "5 –".
NUMBER = r"\(?(\d{1,2})(?:[.):]|\s[–-])"
# What may stand before an item's number: "Zitat 2:", "Frage Nr. 3:".
ITEM_WORD = r"(?:(?:Zitat|Frage)\s+(?:Nr\.\s*)?)?"
# A quiz's quotation under its number, on a line of its own or several to a line, perhaps after
# a short question ("1. „…“", "Zitat 2: »…«", "(3) „…“ (Juni)", "4. Wer sagte: „…“"); the match
# ends where the quotation's text begins.
NUMBERED_QUOTE_RE = re.compile(
    rf"(?:^|(?<=\s)){ITEM_WORD}{NUMBER}\s*(?:[^„“»«\"\d]{{1,40}}?[:?]\s*)?[„»\"]"
)
# The answer key's opening: "Auflösung:", "Die Lösung:", "Und hier die Auflösung:", "Die
# richtigen Antworten:", or such words alone on their line.
KEY_RE = re.compile(
    r"\s*(?:[\w’']+\s+){0,3}?(?:Auflösung|Lösung|Lösungen|Antworten)\b[^:.!?„“]{0,30}?"
    r"(?:\s*:\s*|\s*$)"
)
# An item's number where an item may open: at the start of the key or a line, or after the
# end of the item before ("… Lindwerder. 2. …", "… (CDU), 2. …"), so "am 3. Mai" inside an
# item opens none.
ITEM_RE = re.compile(rf"(?:^|(?<=[.,;!?)]\s)){ITEM_WORD}{NUMBER}\s+")


def _numbered_quotes(article: Article) -> dict[tuple[int, int], int]:
    """(line, where the quotation's text starts) → its number, for each numbered quotation."""
    numbered: dict[tuple[int, int], int] = {}
    for block in article.blocks:
        for found in NUMBERED_QUOTE_RE.finditer(block.text):
            numbered[(block.line, found.end())] = int(found.group(1))
    return numbered


def _key_items(article: Article, after: int) -> dict[int, str]:
    """Number → text of each item of the first answer key below line `after`: the key's own
    line and the lines right after it that open with the next number. Items are read in order
    (1, 2, 3 …), so a number inside an item's text opens no item unless it is the next one."""
    items: dict[int, str] = {}
    in_key = False
    for block in article.blocks:
        if block.line <= after:
            continue
        text = block.text
        if not in_key:
            opening = KEY_RE.match(text)
            if opening is None:
                continue
            in_key, text = True, text[opening.end() :]
            if not text:
                continue  # the key's heading alone; its items follow on their lines
        elif ITEM_RE.match(text) is None:
            break
        opened: list[tuple[int, int, int]] = []  # (number, start, end of its number)
        for found in ITEM_RE.finditer(text):
            number = int(found.group(1))
            if number == (opened[-1][0] if opened else max(items, default=0)) + 1:
                opened.append((number, found.start(), found.end()))
        for i, (number, _, end) in enumerate(opened):
            stop = opened[i + 1][1] if i + 1 < len(opened) else len(text)
            items[number] = text[end:stop]
        if not opened:
            break
    return items


def _one_person(text: str, people: PeopleIndex) -> str | None:
    """The one known person an item names, or nobody when it names none or several."""
    if people.alias_finder is None:
        return None
    # (A surname two people share names neither: None, which names nobody.)
    records = [people.get(found.alias) for found in people.alias_finder.finditer(text)]
    named = {record.name if record is not None else None for record in records}
    return named.pop() if len(named) == 1 else None


def quiz_speakers(
    quotes: list[tuple[int, int, Quote]], article: Article, people: PeopleIndex
) -> list[tuple[int, int, Quote]]:
    """Each numbered quotation with the speaker the answer key names under its number."""
    # (Most articles have no answer key; looking for one first spares reading every line for
    # numbered quotations, the costlier search.)
    if not any(KEY_RE.match(block.text) for block in article.blocks):
        return quotes
    numbered = _numbered_quotes(article)
    if not numbered:
        return quotes
    items = _key_items(article, max(line for line, _ in numbered))
    if not items:
        return quotes
    speakers = {number: _one_person(text, people) for number, text in items.items()}
    result = []
    for line, start, quote in quotes:
        number = numbered.get((line, start))
        if number in speakers and quote.kind == DIRECT:
            quote = replace(quote, speaker=speakers[number])
        result.append((line, start, quote))
    return result
