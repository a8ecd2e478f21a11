"""The public entry point: fill an article's people, quotes and facts from its blocks.

Quotes and facts come from the article's own reporting (lead, headings, paragraphs). Reader
comments yield quotes only where they hold quotations, with source "comment"; titles of other
articles (related links) never yield quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.corpus import german
from bot.corpus.facts import fact_claimant
from bot.corpus.interviews import Answer, interview_answers
from bot.corpus.model import (
    COMMENT,
    DIRECT,
    HEADING,
    LEAD,
    PARAGRAPH,
    REPORTED,
    REPORTING_KINDS,
    SECTION_KINDS,
    SOURCE_ARTICLE,
    SOURCE_COMMENT,
    Article,
    Block,
    Fact,
    Quote,
)
from bot.corpus.nonstatements import DENIED, FAKE, SATIRE, absent, denied_next, label_of
from bot.corpus.people import PeopleIndex, PersonRecord, find_people
from bot.corpus.quiz import quiz_speakers
from bot.corpus.quotemarks import QuoteSpan, find_quote_spans
from bot.corpus.quotes import FoundQuote, direct_quotes, remember_sentence
from bot.corpus.reported import (
    FoundReport,
    closing_speaker,
    goes_on,
    reported_speech,
    reports_somebody,
    speech_clauses,
)
from bot.corpus.saying import PARTICIPLE_RE as SAYING_PARTICIPLE_RE
from bot.corpus.saying import VERB_RE as SAYING_VERB_RE
from bot.corpus.sayings import sayings
from bot.corpus.sentences import Sentence, read_sentences
from bot.corpus.speakers import Speakers

# A live ticker entry's time stamp: "22.58 Uhr:", "18:52 Uhr", "18.15 |", or a line of its own.
TIME_STAMP_RE = re.compile(r"\s*\d{1,2}[.:]\d{2}(?:\s*Uhr)?(?:\s*[:|–-])?(?:\s|$)")
# A paragraph longer than any real news paragraph (the longest of the 5,800 in the German news
# quotation data has 2,345 characters) is read in pieces of at most this many characters, each
# cut after a sentence where there is one: the work per piece is bounded, so extraction takes
# time linear in a line's length however the line is made.
PIECE_MAX = 3_000
_SENTENCE_END_RE = re.compile(r"[.!?…:;][“”\"«»‘’']?\s+")


def pieces(text: str, limit: int = PIECE_MAX) -> list[tuple[int, str]]:
    """`text` as (offset, piece) of at most `limit` characters, cut after the last sentence
    end in each window, else after its last space, else at the limit; one piece if short."""
    if len(text) <= limit:
        return [(0, text)]
    found: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(window, limit // 2)]
        cut = ends[-1] if ends else window.rfind(" ", limit // 2) + 1 or limit
        found.append((start, text[start : start + cut]))
        start += cut
    found.append((start, text[start:]))
    return found


def extract(article: Article) -> Article:
    """The same article with `people`, `quotes` (direct and reported, in text order) and `facts`."""
    read = [
        (block, offset, text) for block in article.blocks for offset, text in pieces(block.text)
    ]
    people = find_people(
        tuple(Block(block.kind, block.line, text) for block, _, text in read),
        exclude=article.authors,
    )
    speakers = Speakers(people, article.authors[0] if len(article.authors) == 1 else None)
    answers = interview_answers(article.blocks, people)
    quotes: list[tuple[int, int, Quote]] = []
    facts: list[Fact] = []
    split: list[tuple[int, int, int]] = []  # every sentence of the article's own text
    described: list[tuple[int, int, PersonRecord]] = []  # (line, start, whom it describes)
    whole_spans: dict[Block, list[QuoteSpan]] = {}  # a block read in one piece: its quotations
    # Blocks in line order (as read from a file) have as section the last heading so far; asking
    # `section_of` for every block would read the blocks before it again each time.
    in_order = all(a.line < b.line for a, b in pairwise(article.blocks))
    heading: str | None = None
    carried: tuple[int, str | None] | None = None  # the last piece's last sentence, going on
    for number, (block, offset, text) in enumerate(read):
        before, carried = carried, None
        if block.kind in SECTION_KINDS and offset == 0:
            heading = block.text
            speakers.forget_speaker()  # a heading speaks for itself, not for the text above
        if block.kind in REPORTING_KINDS:
            source = SOURCE_ARTICLE
            active = speakers
        elif block.kind == COMMENT:
            source = SOURCE_COMMENT
            active = Speakers(PeopleIndex([]))  # a comment's quotes never borrow the article's
        else:
            continue
        found_spans, found_sentences = read_sentences(text)
        spans = list(found_spans)
        if text is block.text:
            whole_spans[block] = spans
        if source == SOURCE_COMMENT and not spans:
            continue  # a comment yields only its quotations: without any it yields nothing
        section = heading if in_order else article.section_of(block.line)
        sentences = list(found_sentences)
        if source == SOURCE_COMMENT:
            # A comment's speakers serve only its own quotations: what it says after the last
            # one cannot change anything found, so it is not read.
            quoting = [i for i, sentence in enumerate(sentences) if sentence.quotes]
            sentences = sentences[: quoting[-1] + 1] if quoting else []
        else:
            split.extend((block.line, offset + s.start, offset + s.end) for s in sentences)
            sentences = [clause for s in sentences for clause in speech_clauses(s)]
        answer = answers.get(block.line)
        if answer is not None and offset == 0 and text == block.text:
            question = read[number - 1][2] if number > 0 else ""
            quotes.extend(_interview_answer(block, answer, sentences, section, people, question))
            speakers.forget_speaker()  # the next turn is the interviewer's: nobody goes on
            continue
        if source == SOURCE_ARTICLE and offset == 0:
            stamped = TIME_STAMP_RE.match(text) is not None or (
                number > 0 and TIME_STAMP_RE.fullmatch(read[number - 1][2].strip()) is not None
            )
            active.paragraph_begins(scene=stamped)
        # The last sentence going on with a report (a paragraph's first may go on with the
        # last of the paragraph before).
        going_on = (-1, before[1]) if before is not None else None
        run: list[int] = []  # where in `quotes` the Konjunktiv going on right before stands
        for i, sentence in enumerate(sentences):
            following = sentences[i + 1].text if i + 1 < len(sentences) else ""
            # A paragraph that is only a quotation ("„…“", "2. „…“") may be pointed back at by
            # the next one's first sentence ("Das sagte X …", "Mit diesem Satz tröstete X …").
            alone = len(sentences) == 1 and STANDALONE_PARAGRAPH_RE.fullmatch(text) is not None
            next_paragraph = _opening_sentence(read, number + 1) if alone else ""
            found = direct_quotes(sentence, active, following, next_paragraph)
            # "„…“, X bestreitet das.", "Das Zitat ist falsch.": what is said of quotations may
            # open the next paragraph.
            after = (following or _opening_sentence(read, number + 1)) if found else ""
            label = label_of(sentence.frame(), following or after)
            # "Sie habe nie behauptet, die Stadt sei „pleite“, betonte sie": the sentence is her
            # statement; only the words she denies (or imagines) keep the label. Words a report
            # put in somebody's mouth (fake) or a satirist's stay nobody's statement.
            own_words = not found or label not in (FAKE, SATIRE)
            # (Asked only of a labelled sentence: without a label there is nothing to drop.)
            report_label = (
                None
                if label is None or (own_words and reports_somebody(sentence, active))
                else label
            )
            direct_at: list[tuple[int, FoundQuote]] = []  # this sentence's, where in `quotes`
            for quote in found:
                speaker = quote.speaker.name if quote.speaker else None
                item = Quote(quote.span.text, speaker, DIRECT, block.line, section, source)
                denied = quote.speaker is not None and denied_next(
                    after,
                    quote.speaker.name,
                    quote.speaker.gender,
                    tuple(quote.speaker.record.roles) if quote.speaker.record else (),
                )
                # (A correction naming the true speaker makes the words theirs, unlabelled.)
                shown_label = None if quote.corrected else label
                item = _labelled(item, DENIED if denied and shown_label is None else shown_label)
                direct_at.append((len(quotes), quote))
                quotes.append((block.line, offset + quote.span.start, item))
                for saying in sayings(quote.span.text, people, speaker):
                    inner = Quote(saying.text, saying.speaker, DIRECT, block.line, section, source)
                    quotes.append((block.line, offset + quote.span.start + saying.start, inner))
            if source != SOURCE_ARTICLE:
                remember_sentence(sentence, active, found, None)
                continue
            report = reported_speech(sentence, active, found, following)
            if report is None and not found and run:
                _closed_by(sentence, active, run, quotes)
            if report_label is not None:
                _labelled_report(report, block, section, report_label, quotes)
                found, report = [], None
            elif report is not None and report.speaker is not None:
                _words_of_the_report(report, direct_at, quotes)
            about = remember_sentence(sentence, active, found, report.speaker if report else None)
            if about is not None:
                described.append((block.line, offset + sentence.start, about))
            if report is not None and report.cued and report.speaker is None and not found:
                active.source_unnamed()
            if report_label is not None or absent(sentence.frame()):
                # Words somebody did not say, or somebody absent: nobody to carry over to the
                # next quotation.
                active.forget_speaker()
            reported_by = report.speaker.name if report and report.speaker else None
            if report is not None:
                item = Quote(
                    report.text, reported_by, REPORTED, block.line, section, source,
                    statement=report.statement,
                    continues=going_on == (i - 1, reported_by) and goes_on(report),
                )  # fmt: skip
                quotes.append((block.line, offset + sentence.start, item))
            run = [*run, len(quotes) - 1] if report is not None and not report.cued else []
            going_on = (i, reported_by) if report is not None and goes_on(report) else None
            is_fact, claimed_by = fact_claimant(sentence, found, reported_by)
            if is_fact:
                facts.append(Fact(sentence.text, block.line, claimed_by))
        if going_on is not None and going_on[0] == len(sentences) - 1:
            carried = going_on
    quotes.sort(key=lambda item: (item[0], item[1]))
    quotes = _joined_over_paragraphs(quotes, article, whole_spans)
    found_people = people.people()
    names = {p.name for p in found_people}
    quotes = _caption_speakers(quotes, article, names)
    quotes = _captions_below(quotes, article, names)
    quotes = _box_speakers(quotes, article, people)
    quotes = _sound_bites_below_labels(quotes, article, people)
    quotes = quiz_speakers(quotes, article, people)
    quotes = _headline_speakers(quotes, article, names)
    return replace(
        article,
        people=found_people,
        quotes=tuple(q for _, _, q in quotes),
        facts=tuple(facts),
        sentences=tuple(split),
        described_subjects=tuple((line, start, record.name) for line, start, record in described),
    )


def _closed_by(
    sentence: Sentence,
    speakers: Speakers,
    run: list[int],
    quotes: list[tuple[int, int, Quote]],
) -> None:
    """Konjunktiv sentences with no cue of their own, closed by one that says whose words they
    were ("Das Bad sei alt. Es koste viel. So argumentierte X." / "Das erklärte X." / "So sieht
    es X."), are X's, not those of whoever spoke before them; closed by an office or nobody
    the rules read ("Das teilte die Gemeinde mit."), they are nobody's named."""
    closes, speaker = closing_speaker(sentence.text, speakers)
    if not closes:
        return
    name = speaker.name if speaker is not None else None
    for k, at in enumerate(run):
        line, offset, item = quotes[at]
        quotes[at] = (
            line,
            offset,
            replace(item, speaker=name, continues=k > 0 and name is not None),
        )


# Participles of calling somebody something ("habe ihn „einen Träumer“ genannt"): the quoted
# words are the caller's; the verbs of saying' own forms are read from `saying`.
CALLED_RE = re.compile(r"\b(?:genannt|gerufen|beschimpft|betitelt|getauft|geheißen)\b")


def _says_who_said_it(statement: str) -> bool:
    """Does a statement, its quotation left out, name a saying of its own ("… habe gesagt",
    "… habe ihn … genannt", "… bezeichnete … als")?"""
    return (
        SAYING_VERB_RE.search(statement) is not None
        or SAYING_PARTICIPLE_RE.search(statement) is not None
        or CALLED_RE.search(statement) is not None
        or german.first_cue_verb(statement) is not None
    )


def _words_of_the_report(
    report: FoundReport,
    direct_at: list[tuple[int, FoundQuote]],
    quotes: list[tuple[int, int, Quote]],
) -> None:
    """A partial quotation inside a reported statement whose speaker is a known person ("Sie
    werde „sehr genau hinschauen“, wie …") is that person's words, as a reader takes them,
    when no rule named anybody for it and nothing in the statement says somebody else said
    them: no saying besides the report's own cue ("Seine Gegnerin habe ihn „einen Träumer“
    genannt" quotes her), no colon opening the quotation ("… habe gesagt: „…“")."""
    if report.speaker is None or report.speaker.record is None:
        return
    statement = report.statement
    for index, found in direct_at:
        line, start, item = quotes[index]
        if item.speaker is not None or item.label is not None or found.cited:
            continue
        text = found.span.text
        marked = statement.find(text)
        if marked <= 0 or len(text) >= len(statement) - 2:
            continue  # not inside the statement, or the statement is the quotation itself
        before, after = statement[: marked - 1], statement[marked + len(text) + 1 :]
        if before.rstrip().endswith(":") or _says_who_said_it(f"{before} {after}"):
            continue
        quotes[index] = (line, start, replace(item, speaker=report.speaker.name))


def _opening_sentence(read: list[tuple[Block, int, str]], number: int) -> str:
    """The first sentence of the `number`th piece read, if it is reporting; "" otherwise."""
    if number >= len(read) or read[number][0].kind not in REPORTING_KINDS:
        return ""
    sentences = read_sentences(read[number][2])[1]
    return sentences[0].text if sentences else ""


def _labelled(quote: Quote, label: str | None) -> Quote:
    """A quote the sentence says is not its speaker's statement loses the speaker."""
    if label is None:
        return quote
    return replace(quote, speaker=None, label=label, attributed_to=quote.speaker)


def _labelled_report(
    report: FoundReport | None,
    block: Block,
    section: str | None,
    label: str,
    quotes: list[tuple[int, int, Quote]],
) -> None:
    """Reported speech the sentence denies ("X hat nie gesagt, dass …") is kept as a labelled,
    unattributed quote; it is nobody's report."""
    if report is None:
        return
    attributed = report.speaker.name if report.speaker else None
    item = Quote(
        report.text, None, REPORTED, block.line, section, SOURCE_ARTICLE, label, attributed,
        report.statement,
    )  # fmt: skip
    quotes.append((block.line, block.text.find(report.text), item))


# "(lacht)", "(zögert kurz)", "(Pause)": a transcript's note of what the speaker does.
_STAGE_DIRECTION = r"\((?:[a-zäöüß]+(?: [a-zäöüß]+){0,2}|(?:[Ll]ange )?Pause|Gelächter|Applaus)\)"
STAGE_DIRECTION_RE = re.compile(_STAGE_DIRECTION + r"\s+")
STAGE_DIRECTION_END_RE = re.compile(r"\s+" + _STAGE_DIRECTION + r"\s*$")


def _interview_answer(
    block: Block,
    answer: Answer,
    sentences: list[Sentence],
    section: str | None,
    people: PeopleIndex,
    question: str,
) -> list[tuple[int, int, Quote]]:
    """An interview answer is the interviewee's direct statement; what they quote in it is
    somebody else's words: a saying's, when its clause names a person ("Horst hat immer
    gesagt: ‚…‘") or is "Er" for the one man the `question` before names, else nobody's."""
    start = answer.start
    text = block.text[start:]
    # A transcript's stage directions, "(lacht)" before or after the words, are no part of them.
    opening = STAGE_DIRECTION_RE.match(text)
    if opening is not None and opening.end() < len(text):
        start += opening.end()
        text = text[opening.end() :]
    closing = STAGE_DIRECTION_END_RE.search(text)
    if closing is not None and closing.start() > 0:
        text = text[: closing.start()]
    speaker = answer.speaker.name if answer.speaker else None
    found = [(block.line, start, Quote(text, speaker, DIRECT, block.line, section))]
    said = {start + s.start: s.speaker for s in sayings(text, people, speaker, question)}
    nobody = Speakers(PeopleIndex([]))
    for sentence in sentences:
        for quote in direct_quotes(sentence, nobody):
            owner = said.get(quote.span.start)
            item = Quote(quote.span.text, owner, DIRECT, block.line, section)
            found.append((block.line, quote.span.start, item))
    return found


def _joined_over_paragraphs(
    quotes: list[tuple[int, int, Quote]],
    article: Article,
    known_spans: dict[Block, list[QuoteSpan]],
) -> list[tuple[int, int, Quote]]:
    """A quotation left open at the end of a paragraph that goes on in the next one (opening
    with a new mark, as German typesetting has it) is one quotation: its parts joined by a
    space, under the first part's line and the speaker either part names. `known_spans`: the
    quotations of blocks already looked through (not found again)."""
    open_ends = {
        block.line
        for block in article.blocks
        if block.kind in REPORTING_KINDS
        and (spans := known_spans[block] if block in known_spans else find_quote_spans(block.text))
        and spans[-1].open_end
    }
    if not open_ends:
        return quotes
    starts = {b.line: b for b in article.blocks}
    next_line = {a.line: b.line for a, b in pairwise(article.blocks)}
    joined: list[tuple[int, int, Quote]] = []
    for item in quotes:
        line, start, quote = item
        if joined and quote.kind == DIRECT:
            first_line, first_start, first = joined[-1]
            block = starts.get(line)
            if (
                first.kind == DIRECT
                and first_line in open_ends
                and next_line.get(first_line) == line
                and block is not None
                and start == 1
                and first.label is None
                and quote.label is None
            ):
                speaker = first.speaker or quote.speaker
                text = f"{first.text} {quote.text}"
                joined[-1] = (first_line, first_start, replace(first, text=text, speaker=speaker))
                continue
        joined.append(item)
    return joined


# The parties whose name is a plural: "die Grünen", "die Freien Wähler".
PLURAL_PARTIES = {"Grüne": "Grünen", "Freie Wähler": "Freien Wähler"}


def _headline_speakers(
    quotes: list[tuple[int, int, Quote]], article: Article, people: set[str]
) -> list[tuple[int, int, Quote]]:
    """A headline or lead quotation without a speaker (or with a description, as "Drei Fragen
    an den Wahlleiter: „…“") takes one only from the body: when the body quotes the same words
    under a person's name."""
    kinds = {b.line: b.kind for b in article.blocks}
    said = [
        (quote.text.strip(" .!?…").casefold(), quote.speaker)
        for _, _, quote in quotes
        if quote.kind == DIRECT and quote.speaker and kinds.get(quote.line) == PARAGRAPH
    ]
    result: list[tuple[int, int, Quote]] = []
    for line, start, quote in quotes:
        unnamed = quote.speaker is None or quote.speaker not in people
        if quote.kind == DIRECT and unnamed and kinds.get(line) in (HEADING, LEAD):
            words = quote.text.strip(" .!?…").casefold()
            owners = {speaker for text, speaker in said if words and words in text}
            if len(owners) == 1:
                quote = replace(quote, speaker=owners.pop())
            elif quote.speaker is not None and german.party_in(quote.speaker) == quote.speaker:
                # "SPD nach der Wahl: „…“": a party is no person; shown as the body shows an
                # organisation ("die SPD"), not as a name.
                shown = PLURAL_PARTIES.get(quote.speaker, quote.speaker)
                if german.party_named_with_article(shown) is None:  # "Die PARTEI" has one
                    shown = f"die {shown}"
                quote = replace(quote, speaker=shown)
        result.append((line, start, quote))
    return result


# The heading of a profile's box of facts about its person.
BOX_HEADINGS = frozenset({"zur person", "steckbrief"})
BOX_FIELD_RE = re.compile(r"[A-ZÄÖÜ][\w-]*(?: [\w-]+)?: \S")  # "Alter: 47", "Partei: SPD"
# A box line quoting the person's saying: "Lebensmotto: „…“", "Lieblingssatz: „…“".
SAYING_LINE_RE = re.compile(
    r"(?:Lebens)?[Mm]otto|Lieblings(?:satz|zitat|spruch)|Leitspruch|Wahlspruch|Credo"
)


def _box_speakers(
    quotes: list[tuple[int, int, Quote]], article: Article, people: PeopleIndex
) -> list[tuple[int, int, Quote]]:
    """A profile's `ZUR PERSON` box lists its person's data line by line, its heading
    ("Zur Person: Jonas Beispiel") or first line ("Jonas Beispiel, geboren 1998 in …") opening
    with their name; a line quoting a motto or favourite saying ("Lebensmotto: „…“") quotes
    that person. The box ends at the next heading that is no field line ("Alter: 47"); with
    no known name it gives nobody."""

    def known(text: str) -> str | None:
        found = people.alias_finder.match(text, 0) if people.alias_finder is not None else None
        record = people.get(found.alias) if found is not None else None
        return record.name if record is not None else None

    owner: dict[int, str] = {}
    person: str | None = None
    in_box = first = False
    for block in article.blocks:
        heading, colon, named = block.text.strip().partition(":")
        if heading.casefold() in BOX_HEADINGS:
            in_box, first, person = True, not colon, None
            if colon:  # "Zur Person: Jonas Beispiel"
                person = known(named.strip())
            continue
        if not in_box or (block.kind == HEADING and not BOX_FIELD_RE.match(block.text)):
            in_box = False  # (a field line, "Alter: 47", may be read as a heading)
            continue
        if first:
            person = known(block.text)
        first = False
        label = block.text.split(":", 1)[0].strip()
        if person is not None and SAYING_LINE_RE.fullmatch(label):
            owner[block.line] = person
    if not owner:
        return quotes
    return [
        (line, start, replace(quote, speaker=owner[line]))
        if line in owner and quote.kind == DIRECT and quote.speaker is None
        else (line, start, quote)
        for line, start, quote in quotes
    ]


# A paragraph that is only a quotation, perhaps numbered as a list's item: "2. „…“".
STANDALONE_PARAGRAPH_RE = re.compile(r"\s*(?:\d{1,2}\.\s*)?„[^„“]+“[.!?]?\s*")


# A voice's caption in a street poll or a "voices of the night" collection: its name, perhaps
# a party, its age and job: "Gudrun Ebeling, 67, Rentnerin", "Gudrun Ebeling (67), Rentnerin",
# "Aylin Demir (SPD), 42, Ärztin"; a photo's caption may say so first ("Im Bild: Name (63), …").
CAPTION_RE = re.compile(
    r"(?:(?:Im|Auf dem) Bild: )?"
    r"(?P<name>[A-ZÄÖÜ][\w’'-]+(?: [A-ZÄÖÜ][\w’'-]+){1,3})(?: \([^()\d]{1,20}\))?"
    r"(?:, \d{1,3}| \(\d{1,3}\))(?:, [^.!?:„“]*)?"
)
# A second voice in the same caption: "Karin Opitz, 63, und Renate Fuchs, 66, Nachbarinnen".
SECOND_VOICE_RE = re.compile(r"(?:,|\bund) [A-ZÄÖÜ][\w’'-]+(?: [A-ZÄÖÜ][\w’'-]+)*(?:, \d| \(\d)")
OPENING_MARKS = ("„", "»", '"', "“")


CAPTION_BELOW_WORDS = 14  # a caption is short: "Name (SPD), neue Landrätin, kurz nach 21 Uhr"
CAPTION_ROLE_WORDS = 2  # words before the name: "Gleichstellungsbeauftragte Name"


# How a signature opens under a statement printed in full: "gez. Name, Bürgermeister", "i. A.
# Name", "Für den Vorstand: Name, Vorsitzende".
SIGNED_RE = re.compile(
    r"(?:gez\.|gezeichnet:?|i\.\s?[AV]\.|Für\s+(?:den|die|das)\s+[^:„“\"]{1,40}:)\s+",
    re.IGNORECASE,
)


def _caption_person(text: str, names: set[str]) -> str | None:
    """The one known person a caption line or signature opens with, perhaps after a dash and
    a role ("– Landrat Name (CDU), der …", "gez. Name, Bürgermeister"); None for a line that is
    a sentence, quotes, or names more."""
    line = text.strip().lstrip("–—- ")
    signed = SIGNED_RE.match(line)
    line = line[signed.end() :] if signed is not None else line
    if (
        len(line.split()) > CAPTION_BELOW_WORDS
        or line.endswith((".", "!", "?", ":"))
        or any(mark in line for mark in german.QUOTATION_MARKS)
    ):
        return None
    found = [name for name in names if name in line]
    if len(found) != 1:
        return None
    name = found[0]
    at = line.index(name)
    before, after = line[:at].split(), line[at + len(name) :]
    if len(before) > CAPTION_ROLE_WORDS or not all(w[0].isupper() and w.isalpha() for w in before):
        return None
    return name if after == "" or after.startswith((",", " (", " aus ")) else None


# A radio script's label on a line of its own, the sound bite in quotation marks below it:
# "O-TON OSTENDORF:" / "O-Ton Kira Ostendorf, Bürgermeisterin:" / "O-TON KIRA OSTENDORF (SPD):".
SOUND_BITE_LABEL_RE = re.compile(
    r"O-Ton\s+(?P<label>[^\W\d_][^:()]{0,60}?)\s*(?:\([^)]{1,40}\))?\s*:", re.IGNORECASE
)


def _sound_bites_below_labels(
    quotes: list[tuple[int, int, Quote]], article: Article, people: PeopleIndex
) -> list[tuple[int, int, Quote]]:
    """A quotation that is the rest of its paragraph after an "O-Ton Name:" label, on the line
    above or opening its own line, is that voice's (the person the label names, in full or by
    surname, in capitals or not); an unnamed voice's ("O-Ton Passantin:") stays nobody's."""
    above = {b.line: a.text.strip() for a, b in pairwise(article.blocks)}
    texts = {b.line: b.text for b in article.blocks}
    result: list[tuple[int, int, Quote]] = []
    for line, start, quote in quotes:
        opening = texts[line][: start - 1].strip()
        label_text = opening or (above.get(line, "") if start == 1 else "")
        sound_bite = label_text[:5].lower() == "o-ton"  # (a quick test first)
        label = SOUND_BITE_LABEL_RE.fullmatch(label_text) if sound_bite else None
        if label is not None and quote.kind == DIRECT and quote.speaker is None:
            alone = not texts[line][start + len(quote.text) + 1 :].strip(" .!?")
            name = label.group("label").split(",")[0].strip().title()
            person = people.get(name) or people.get(name.split()[-1])
            if alone and person is not None:
                quote = replace(quote, speaker=person.name)
        result.append((line, start, quote))
    return result


# A short label ending in a colon before a quotation that opens no sentence of its own.
LABEL_BEFORE_RE = re.compile(r"[A-ZÄÖÜ][^„“\"»«:.!?]{0,40}:\s*")


def _names_or_cues(label: str, names: set[str]) -> bool:
    """Does a label say itself who speaks ("Dazu Name:", "sagte sie:")? Then it is no label."""
    words = label.rstrip(": ").split()
    return any(name.split()[-1] in words for name in names) or any(
        german.is_cue_verb(w) for w in words
    )


def _captions_below(
    quotes: list[tuple[int, int, Quote]], article: Article, names: set[str]
) -> list[tuple[int, int, Quote]]:
    """A collection of the night's sentences prints each quotation as a paragraph of its own
    and who said it on the short line below ("„…“¶Name (SPD), neue Landrätin"): such a
    quotation with no speaker yet takes the one known person that line opens with."""
    after = {a.line: b.text for a, b in pairwise(article.blocks)}
    texts = {b.line: b.text for b in article.blocks}
    result: list[tuple[int, int, Quote]] = []
    for line, start, quote in quotes:
        # (A label may stand before the quotation: "Aus den Kommentaren: „…“".)
        label = LABEL_BEFORE_RE.fullmatch(texts.get(line, "")[: start - 1]) if start > 1 else None
        opens = start == 1 or (label is not None and not _names_or_cues(label.group(0), names))
        if quote.kind == DIRECT and quote.speaker is None and opens and line in after:
            whole = not texts[line][start - 1 + len(quote.text) + 2 :].strip(" .!?")
            person = _caption_person(after[line], names) if whole else None
            if person is not None:
                quote = replace(quote, speaker=person)
        result.append((line, start, quote))
    return result


# A questionnaire's answer under a caption: a question or a short field, then only the
# quotation ("Was würden Sie ändern? „…“", "Lebensmotto: „…“").
ANSWER_LINE_RE = re.compile(
    r"(?P<label>[^„“»«\"?]{1,100}\?|[A-ZÄÖÜ][\w-]*(?: [\w-]+){0,2}:)\s*[„»\"][^„»\"]*[“«\"]\s*"
)


def _answer_line(text: str, person: str, names: set[str]) -> bool:
    """A question or field and its quoted answer, with no cue or other person's name before
    the quotation ("Sein Bruder Karl Beispiel sagt: „…“" is Karl's, not the caption's; "Herr
    Beispiel, was würden Sie ändern? „…“" asks the caption's person)."""
    line = ANSWER_LINE_RE.fullmatch(text)
    if line is None:
        return False
    label = line.group("label")
    said = german.first_cue_verb(label) is not None or SAYING_VERB_RE.search(label) is not None
    others = (name for name in names if name != person)
    return not said and not any(name.split()[-1] in label for name in others)


def _questionnaire_answers(blocks: Sequence[Block], names: set[str]) -> dict[int, str]:
    """The lines under a caption above ("Jonas Beispiel, 39, Tischler") that answer a question
    or fill a field with a quotation, up to the next caption or other paragraph: each is the
    caption's person's answer, whoever the text named last."""
    owner: dict[int, str] = {}
    person: str | None = None
    for block in blocks:
        found = CAPTION_RE.fullmatch(block.text.strip())
        if found is not None:
            name = found.group("name")
            alone = name in names and not SECOND_VOICE_RE.search(found.group(0))
            person = name if alone else None
        elif person is not None and _answer_line(block.text, person, names):
            owner[block.line] = person
        else:
            person = None
    return owner


def _caption_speakers(
    quotes: list[tuple[int, int, Quote]], article: Article, names: set[str]
) -> list[tuple[int, int, Quote]]:
    """A street poll ("Stimmen zur Wahl") prints each voice's name, age and job in a caption
    line, either below each quotation or as a heading above each voice's paragraph. Which of
    the two the article does, its first caption shows: a paragraph opening with a quotation
    right above it means captions below. A quotation opening a paragraph takes the one person
    its caption names: below, unless the paragraph named its speaker itself (a quotation
    standing alone there only inherited the one before); above, only when it has no speaker
    (a cue in the paragraph says better). A caption naming two people or nobody known gives
    nobody."""
    blocks = article.blocks
    captions = [b for b in blocks if CAPTION_RE.fullmatch(b.text.strip())]
    if not captions:
        return quotes
    before = {b.line: a for a, b in pairwise(blocks)}
    first_above = before.get(captions[0].line)
    above = first_above is None or not first_above.text.lstrip().startswith(OPENING_MARKS)
    nearby = before if above else {a.line: b for a, b in pairwise(blocks)}
    texts = {b.line: b.text for b in blocks}
    answers = _questionnaire_answers(blocks, names) if above else {}
    result: list[tuple[int, int, Quote]] = []
    for line, start, quote in quotes:
        if line in answers and quote.kind == DIRECT:
            result.append((line, start, replace(quote, speaker=answers[line])))
            continue
        caption = nearby.get(line) if quote.kind == DIRECT and start == 1 else None
        found = CAPTION_RE.fullmatch(caption.text.strip()) if caption is not None else None
        if found and found.group("name") in names and not SECOND_VOICE_RE.search(found.group(0)):
            alone = not texts[line][len(quote.text) + 2 :].strip(" .!?")
            if quote.speaker is None or (alone and not above):
                quote = replace(quote, speaker=found.group("name"))
        result.append((line, start, quote))
    return result
