"""A platform-neutral reply: what every door (console, Discord, JSON) renders in its own way."""

from __future__ import annotations

from dataclasses import dataclass

OK = "ok"
NOT_FOUND = "not_found"
USAGE = "usage"
ERROR = "error"

# Excerpt kinds
DIRECT = "direct"
REPORTED = "reported"
FACT = "fact"
PASSAGE = "passage"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Another place the same words were published (agency copy): where to find them."""

    article: str  # article id
    line: int
    publisher: str | None = None
    published: str | None = None  # ISO date


@dataclass(frozen=True, slots=True)  # one per indexed sentence and quote: kept small
class Excerpt:
    """Verbatim text from an article, with everything needed to cite it."""

    text: str
    kind: str  # DIRECT, REPORTED, FACT or PASSAGE
    article: str  # article id
    line: int
    section: str | None = None
    source: str = "article"  # "article" or "comment"
    speaker: str | None = None
    # The text's own words for a speaker it does not name ("ein Polizeisprecher"), if any.
    described: str | None = None
    # What the article says of a quotation in this sentence that is not its speaker's own
    # ("fake", "denied", "satire", "hypothetical"), if any.
    verdict: str | None = None
    role: str | None = None
    party: str | None = None
    # Where the article stands, for the footer of a rendering (not part of the JSON contract).
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date
    title: str | None = None
    url: str | None = None
    paragraph: int | None = None  # the paragraph's number in the article body, if a paragraph
    # The same quotation (same speaker, same words) in other articles, filled in when replying.
    also_in: tuple[SourceRef, ...] = ()


@dataclass(frozen=True)
class Reply:
    """The engine's answer to one command or question."""

    status: str  # OK, NOT_FOUND, USAGE or ERROR
    title: str
    text: str = ""
    excerpts: tuple[Excerpt, ...] = ()
    suggestions: tuple[str, ...] = ()
    command: str | None = None
    person: str | None = None
    images: tuple[str, ...] = ()  # paths of image files shown with the reply (a results chart)
    first_number: int = 1  # the number of the first excerpt (`quote Peick 2` shows number 2)
    language: str | None = None  # the bot's own words' language, if not the configured one

    def to_json(self) -> dict:
        """The CLI's JSON contract (`dry-run --json`, `ask --json`).

        An excerpt published in several articles also has "also_in": [{"article", "line"}]
        (the key is left out when there is no other source, so the contract stays as it was);
        likewise a reply with images has "images": [path, …].
        """
        found = {
            "status": self.status,
            "command": self.command,
            "person": self.person,
            "title": self.title,
            "text": self.text,
            "excerpts": [
                _excerpt_json(e, n) for n, e in enumerate(self.excerpts, start=self.first_number)
            ],
            "suggestions": list(self.suggestions),
        }
        if self.images:
            found["images"] = list(self.images)
        return found


def _excerpt_json(excerpt: Excerpt, number: int) -> dict:
    found: dict[str, object] = {
        "number": number,  # as the renderings number it
        "text": excerpt.text,
        "speaker": excerpt.speaker,
        "role": excerpt.role,
        "party": excerpt.party,
        "kind": excerpt.kind,
        "article": excerpt.article,
        "line": excerpt.line,
        "section": excerpt.section,
        "source": excerpt.source,
    }
    if excerpt.described:
        found["described"] = excerpt.described  # the text's words for an unnamed speaker
    if excerpt.verdict:
        found["verdict"] = excerpt.verdict  # a quotation in it is not its speaker's statement
    if excerpt.also_in:
        found["also_in"] = [{"article": r.article, "line": r.line} for r in excerpt.also_in]
    return found
