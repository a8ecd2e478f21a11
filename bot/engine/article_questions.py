"""Questions about the articles themselves: who wrote them, where and when they appeared, their
title and web address. Answered from each article's metadata (byline, sidecar), naming the
article it is about; a place in the question picks the articles about it; without one, its words
do where an article's first lines have them all ("the article about the wind farm").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from bot.corpus.german import CREDIT_WORDS, FORMAL_YOU_RE
from bot.engine import english
from bot.engine.context import Context
from bot.engine.folding import fold, words
from bot.engine.index import ArticleInfo, CorpusIndex
from bot.engine.lexicon import SPEECH_WORDS, STOP_WORDS
from bot.engine.matching import SYNONYM, word_term
from bot.engine.places import common_noun, find_scope
from bot.engine.render import in_quotes
from bot.engine.reply import Reply
from bot.engine.strings import format_date

AUTHOR = "author"
PUBLISHER = "publisher"
PUBLISHED = "published"
TITLE = "title"
URL = "url"

# Folded words that ask for one field of an article's metadata.
FIELD_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "geschrieben verfasst schreibt schrieb autor autorin autoren autorinnen journalist "
        "journalistin reporter reporterin author authors wrote written writes writer "
        "byline zusammengestellt compiled".split(),
        AUTHOR,
    ),
    **dict.fromkeys(
        "zeitung zeitungen blatt medium verlag herausgeber herausgegeben publisher newspaper "
        "paper outlet portal agentur nachrichtenagentur agency".split(),
        PUBLISHER,
    ),
    **dict.fromkeys("erschienen veroffentlicht published datum date".split(), PUBLISHED),
    **dict.fromkeys("titel uberschrift schlagzeile headline title".split(), TITLE),
    **dict.fromkeys(
        "url link links webadresse internetadresse website webseite homepage".split(), URL
    ),
}
# What a paper says ("was schreiben andere Zeitungen", "was meint die X Zeitung"): its words.
PAPERS_SAY = SPEECH_WORDS | {"schreiben"}
# Of those, the verbs: they say somebody wrote, never what somebody's job is.
WRITING_VERBS = frozenset("geschrieben verfasst schreibt schrieb wrote written writes".split())
# "wer hat das Interview geführt", "who conducted the interview": the interviewer too
# (see `INTERVIEWER_WORDS`); "wer wurde interviewt" asks for the one asked.
CONDUCTED = frozenset("gefuhrt fuhrte conducted did".split())  # "who did the interview"
TALKS = frozenset({"interview", "gesprach"})
PASSIVE = frozenset("wurde wurden was were".split())
ARTICLE_WORDS = frozenset(
    "artikel bericht beitrag text meldung ticker liveticker kommentar reportage analyse "
    "interview portrat portrait kolumne glosse pressemitteilung pressemeldung mitteilung korrektur "
    "richtigstellung "
    "article report story piece ticker commentary column".split()
)
# "wie heißt der Artikel", "wie lautet die Überschrift": with a word for the article, its title
NAMED_WORDS = frozenset("heisst hiess heissen lautet called".split())
WHEN_WORDS = frozenset({"wann", "when"})
# "der Artikel über X", "the piece on X", "the interview with X": what follows names the
# article's topic
TOPIC_WORDS = frozenset("uber zu zum zur mit about on with".split())
# "Von wem ist der Artikel?", "by whom": with a word for the article, these ask for its authors.
BY_WHOM = (("von", "wem"), ("by", "whom"))
MAX_LISTED = 5
# "wer hat … geschrieben", "who wrote …": a writer is asked for, whoever else the question names
WRITER_ASKED = frozenset({"wer", "wem", "who", "whom"})
# "was hat die Bürgermeisterin auf Facebook geschrieben", "what did X write": the words written
# are asked for, not who wrote an article (unless a word for one is there: "was steht im Artikel")
CONTENT_ASKED = frozenset({"was", "what"})
# "which paper covered X", "wer hat über X berichtet": how an article treats its topic, no topic
REPORTING_WORDS = frozenset("covered cover covers covering reported berichtet".split())
# "which paper ran / carried / printed the interview", "welche Zeitung hat es gebracht", "in
# welcher Zeitung stand der Artikel": verbs that say an outlet published a piece, read before
# the glossary gives them another sense ("ran" as "leitete": who ran a campaign); no topic
# either.
CARRYING_WORDS = frozenset(
    "ran run runs carried carry carries printed print prints brought had has did "
    "gebracht brachte gedruckt druckte kam raus rausgekommen heraus herausgekommen "
    "erschien stand steht".split()
)
# "who interviewed X", "wer hat X interviewt": the one who put an interview's questions, whom
# its byline names ("Interview: Name", "Das Gespräch führte Name"); the person after the verb is
# the one interviewed, not a reporter's name (see `_role_of_a_named_person`).
INTERVIEWER_WORDS = frozenset(
    "interviewed interviewer interviewerin interviewt interviewte".split()
)
# A kind of article a question names, and what its title says when it is one (folded): "wer
# hat den Kommentar geschrieben" asks for the commentary's byline, not every article's.
KIND_TITLES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("interview", "gesprach", *INTERVIEWER_WORDS),
        ("interview", "gesprach", "nachgefragt", "fragen an"),
    ),
    **dict.fromkeys(("ticker", "liveticker", "liveblog"), ("ticker", "liveblog", "live-blog")),
    **dict.fromkeys(
        ("kommentar", "commentary", "column", "kolumne", "glosse"),
        ("kommentar", "meinung", "standpunkt", "kolumne", "glosse", " meint:"),
    ),
    **dict.fromkeys(
        ("pressemitteilung", "pressemeldung", "mitteilung"), ("pressemitteilung", "pressemeldung")
    ),
    **dict.fromkeys(
        ("portrat", "portrait", "profile"),
        ("portrat", "portrait", "kopf des tages", "zur person", "wer ist "),
    ),
    **dict.fromkeys(
        ("korrektur", "richtigstellung", "correction"), ("korrektur", "richtigstellung")
    ),
}
LEAD_LINES = 3  # place, title, lead: the lines that say what an article is about
# An interview is also told by its form: its questions stand as turns of their own, each with
# its answer after it (`CorpusIndex.answered`), whatever its title says ("Die Brücke kommt zuerst").
INTERVIEW_TURNS = 2
# A text without a byline may credit its maker in its lead or at its end: "Unser Reporter Jan
# Beispiel hat sie besucht", "Das Gespräch führte Jan Beispiel", "Interview: Jan Beispiel".
CREDITED_RE = re.compile(
    r"(?:\b[Uu]nser(?:e)?\s+(?:Reporter|Reporterin|Redakteur|Redakteurin|Korrespondent|"
    rf"Korrespondentin|Mitarbeiter|Mitarbeiterin|Volontär|Volontärin)\s+|^{CREDIT_WORDS}[:\s]\s*)"
    r"(?P<name>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,2})"
)
# "when will the results be published", "wann wird das Ergebnis veröffentlicht": a publication
# to come is something the articles may report, never the date an article appeared.
TO_COME = frozenset("will wird werden soll sollen".split())


def asked_field(folded: Sequence[str]) -> tuple[str, set[int]] | None:
    """The metadata field a question asks for, and the positions of the words that say so;
    None if it asks about something else. "Wann" with "Artikel" asks for the date, and so
    does "wann ist der Newsletter der X Zeitung erschienen": the paper names the piece."""
    articles = {i for i, w in enumerate(folded) if w in ARTICLE_WORDS}
    whens = {i for i, w in enumerate(folded) if w in WHEN_WORDS}
    dated = [i for i, w in enumerate(folded) if FIELD_WORDS.get(w) == PUBLISHED]
    if whens and dated:
        return PUBLISHED, articles | {dated[0]}
    for position, word in enumerate(folded):
        if word in FIELD_WORDS:
            return FIELD_WORDS[word], articles | {position}
    if articles and whens:
        return PUBLISHED, articles | whens
    named = {i for i, w in enumerate(folded) if w in NAMED_WORDS}
    if articles and named:
        return TITLE, articles | named
    by_whom = {
        i + k for i in range(len(folded) - 1) for k in (0, 1) if tuple(folded[i : i + 2]) in BY_WHOM
    }
    if articles and by_whom:
        return AUTHOR, articles | by_whom
    return None


def _of_kind(
    index: CorpusIndex, folded: Sequence[str], ranks: Sequence[int], lead: bool = False
) -> list[int]:
    """Those of the articles whose title says they are of the kind the question names ("der
    Kommentar", "das Interview"; an interview also by its turns), or with `lead` whose title
    or first lines say so ("… Ein Porträt.", "Pressemitteilung Nr. 12": weaker, a lead may
    speak of "ein Gespräch"); none if it names no kind or none says so."""
    forms = {form for word in folded for form in KIND_TITLES.get(word, ())}
    if not forms:
        return []
    talk = "interview" in forms
    if lead:
        return [rank for rank in ranks if any(f in _heading(index, rank) for f in forms)]
    return [
        rank
        for rank in ranks
        if ((title := index.articles[rank].title) and any(form in fold(title) for form in forms))
        or (talk and _turns(index, rank) >= INTERVIEW_TURNS)
    ]


def _turns(index: CorpusIndex, rank: int) -> int:
    """How many of an article's paragraphs are questions put to somebody ("Haben Sie …?"),
    each answered by the next: an interview's, not an explainer's ("Wann tritt sie an?")."""
    columns = index.columns
    return sum(
        1
        for block in index.answered
        if columns.block_article[block] == rank and FORMAL_YOU_RE.search(columns.block_text[block])
    )


def _credited(index: CorpusIndex, rank: int) -> str | None:
    """The maker a text without a byline credits in its own lines (`CREDITED_RE`)."""
    start = bisect_left(index.columns.block_article, rank)
    end = bisect_left(index.columns.block_article, rank + 1)
    for text in index.columns.block_text[start:end]:
        if match := CREDITED_RE.search(text):
            return match["name"]
    return None


def _heading(index: CorpusIndex, rank: int) -> str:
    """An article's title and first lines (`LEAD_LINES`, its own: a short text's end is not
    followed into the next article's), folded."""
    first = bisect_left(index.columns.block_article, rank)
    end = min(first + LEAD_LINES, bisect_left(index.columns.block_article, rank + 1))
    lines = index.columns.block_text[first:end]
    return fold(" ".join([index.articles[rank].title or "", *lines]))


def _first_lines_first(index: CorpusIndex, folded: Sequence[str], ranks: list[int]) -> list[int]:
    """The articles whose title or first lines have more of the question's words first ("der
    Artikel über die Stichwahl in X": the one whose headline is about it), else the newest
    first: a reader asks about the night that has just been."""
    asked = set(folded)
    newest = sorted(ranks, key=lambda rank: index.articles[rank].published or "", reverse=True)
    return sorted(newest, key=lambda rank: -len(asked.intersection(words(_heading(index, rank)))))


def _named_ones(index: CorpusIndex, folded: Sequence[str], ranks: Sequence[int]) -> list[int]:
    """Of the articles (`_first_lines_first`'s order), those whose title or first lines share
    the most of the question's words, when they share more than the rest: "wann ist der
    Gemeindebrief von St. Marien in X erschienen" asks of that letter, not of X's other
    articles; all of them when none stands out."""
    asked = set(folded)
    shared = [len(asked.intersection(words(_heading(index, rank)))) for rank in ranks]
    if not shared or shared[0] == shared[-1]:
        return list(ranks)
    return [rank for rank, count in zip(ranks, shared, strict=True) if count == shared[0]]


def _writer_named(index: CorpusIndex, folded: Sequence[str], taken: set[int]) -> bool:
    """Whether "geschrieben" asks what a person of the articles wrote, not who wrote an
    article: no word for an article, and "was" asks for the words, or a name the articles give
    someone but no byline ("wer hat über X geschrieben" asks for a byline)."""
    if any(word in ARTICLE_WORDS or word in WRITER_ASKED for word in folded):
        return False
    if folded[:1] and folded[0] in CONTENT_ASKED:
        return True
    return any(
        word in index.people.by_alias and word not in index.authors_by_key
        for i, word in enumerate(folded)
        if i not in taken
        and word not in STOP_WORDS
        and folded[i - 1 : i] not in (["uber"], ["about"])
    )


def _source(ctx: Context, info: ArticleInfo, field: str) -> str:
    """How an article is named: its title, else its publisher (or, with none, its file name)
    and date (unless the date is what was asked); a date alone would name no article."""
    if info.title:
        return in_quotes(info.title, *(("„", "“") if ctx.language == "de" else ("“", "”")))
    day = None if field == PUBLISHED else format_date(info.published, ctx.language)
    parts = [info.publisher or info.id, day]
    return ", ".join(p for p in parts if p)


def _value(ctx: Context, info: ArticleInfo, field: str, rank: int) -> str | None:
    if field == AUTHOR:
        return ctx.join(list(info.authors)) or _credited(ctx.index, rank)
    if field == PUBLISHED:
        return format_date(info.published, ctx.language)
    return getattr(info, field)


def _about_topic(index: CorpusIndex, folded: Sequence[str], taken: set[int]) -> set[int]:
    """The articles whose first lines (`LEAD_LINES`) have all the question's words beside the
    field asked for ("who wrote the article about the wind farm"); none if the question has no
    such words or no article's lead has them all (one word of two picks the wrong article)."""
    topic = [
        word
        for i, word in enumerate(folded)
        if i not in taken
        and word not in STOP_WORDS
        and word not in FIELD_WORDS
        and word not in REPORTING_WORDS
    ]
    columns = index.columns
    hits: Counter[int] = Counter()
    for word in topic:
        # the word itself or a synonym: a close spelling names another thing too often
        units = (u for ids, s in word_term(index, word).own if s >= SYNONYM for u in ids)
        hits.update(
            {
                columns.article[unit]
                for unit in units
                if columns.block[unit] - bisect_left(columns.block_article, columns.article[unit])
                < LEAD_LINES
            }
        )
    return {article for article, n in hits.items() if n == len(topic)}


def _unless_named_nowhere(
    index: CorpusIndex, rest: Sequence[str], ranks: Sequence[int]
) -> list[int]:
    """The articles, or none if no article has any of the words a question names one by
    ("who wrote the article about the zoo" where none mentions a zoo: whose byline is unknown,
    not every article's). Without such words ("who wrote this"), or where every article fits
    in one answer, all of them."""
    if not rest or len(index.articles) <= MAX_LISTED:
        return list(ranks)
    for word in rest:
        if any(ids for ids, _ in word_term(index, word).own):  # (a typo of a word too)
            return list(ranks)
    asked = {index.stem(word) for word in rest}
    publishers = (fold(info.publisher or "") for info in index.articles)
    if any(not asked.isdisjoint(index.stem(w) for w in words(p)) for p in publishers):
        return list(ranks)  # "the dpa story"
    return []


def _role_of_a_named_person(index: CorpusIndex, folded: Sequence[str], taken: set[int]) -> bool:
    """Whether a word for a writer is the job of somebody the articles name ("wie alt ist die
    Reporterin Lea Beispiel", "what did journalist Beispiel report"): a question about that
    person, whom a line quotes or names, not about who wrote the articles. A name after a
    preposition is the article's topic ("wer hat das Porträt über X geschrieben", "who wrote
    the article about X" ask for a byline); so is a name after a verb of writing, which is
    nobody's job ("who wrote the X portrait")."""
    return any(
        index.people.mentioned_in(folded[i + 1 : i + 3])
        for i in taken
        if TOPIC_WORDS.isdisjoint(folded[i + 1 : i + 2]) and folded[i] not in WRITING_VERBS
    )


def _interviewer_asked(typed: Sequence[str]) -> set[int] | None:
    """The positions of "who interviewed", "wer hat das Gespräch geführt" in a question as typed
    (folded), None if it has none or asks for the one interviewed ("wer wurde interviewt"): the
    byline of an interview answers it."""
    if not WRITER_ASKED.intersection(typed) or not PASSIVE.isdisjoint(typed):
        return None
    verbs = {i for i, word in enumerate(typed) if word in INTERVIEWER_WORDS}
    conducted = {i for i, word in enumerate(typed) if word in CONDUCTED}
    talks = {i for i, word in enumerate(typed) if word in TALKS}
    if conducted and talks:
        verbs |= conducted | talks
    if not verbs:
        return None
    return verbs | {i for i, word in enumerate(typed) if word in WRITER_ASKED}


# The long words of a field, whose slips a chat makes ("geschriben", "erschinen"): a shorter
# one is one letter off too many words.
MIN_FIELD_TYPO = 8
LONG_FIELD_WORDS = tuple(sorted(w for w in FIELD_WORDS if len(w) >= MIN_FIELD_TYPO))


def _field_spelled(index: CorpusIndex, word: str) -> str:
    """A word no article has, one long word of a field with a letter dropped or doubled
    ("erschinen", "geschriebben"), as that word: "wann ist der Leserchat erschinen" asks when
    it appeared. A letter changed may make another word ("verpasst" is no "verfasst")."""
    if len(word) < MIN_FIELD_TYPO or word in FIELD_WORDS or word in index.stems:
        return word
    close = [
        w
        for w in LONG_FIELD_WORDS
        if len(w) != len(word) and OSA.distance(word, w, score_cutoff=1) <= 1
    ]
    return close[0] if len(close) == 1 else word


def about_articles(ctx: Context, typed: Sequence[str]) -> Reply | None:
    """The answer to a question (folded, as typed) about the articles' metadata; None if it is
    not one. An English question is read in the German the articles use, word by word."""
    pairs = english.translated([_field_spelled(ctx.index, word) for word in typed])
    folded = [german for german, _ in pairs]
    interviewer = _interviewer_asked([original or german for german, original in pairs])
    asked = asked_field(folded) if interviewer is None else (AUTHOR, interviewer)
    if asked is None:
        return None
    field, taken = asked
    if field == PUBLISHED and not TO_COME.isdisjoint(folded):
        return None
    if field == PUBLISHER and folded[:1] == ["was"] and not PAPERS_SAY.isdisjoint(folded):
        return None  # "was meint die Nordheider Zeitung": what a paper said, no publisher
    taken |= {
        i for i, (german, original) in enumerate(pairs) if (original or german) in CARRYING_WORDS
    }
    if interviewer is None and (
        field == AUTHOR
        and (
            _writer_named(ctx.index, folded, taken)
            or _role_of_a_named_person(ctx.index, folded, taken)
        )
    ):
        return None  # "was hat X geschrieben", "wie alt ist die Reporterin X": about X, no byline
    scope = find_scope(ctx.index, folded, taken)
    title = ctx.say("title_about_articles")
    if scope.unknown is not None:
        note = ctx.say("answer_place_unknown", place=scope.unknown)
        return ctx.not_found("ask", note, title=title)
    # No town named ("in X", "über X"): the question's words may pick the article, a thing
    # read as a title's rare word too ("the article about the bus protest": "die Busse"); a
    # town's articles differ by their kind more often ("der Ticker zur Stichwahl in X").
    everything = range(len(ctx.index.articles))
    # A kind named ("der Ticker", "das Interview") picks the articles that are one; with the
    # words of a lead, those that are both. A person named picks surer than a kind, a kind
    # surer than other words ("the live ticker on the regional runoff").
    ranks = sorted(scope.articles) if scope.articles is not None else everything
    things = scope.bare or all(common_noun(ctx.index, ctx.index.stem(p)) for p in scope.places)
    if scope.articles is None or things:
        # a kind its title gives, else its first lines ("Wer ist X?" heads a portrait)
        kinds = _of_kind(ctx.index, folded, everything) or _of_kind(
            ctx.index, folded, everything, lead=True
        )
        topical = _about_topic(ctx.index, folded, taken)
        rest = [w for i, w in enumerate(folded) if i not in taken and w not in STOP_WORDS]
        named = bool(ctx.index.people.mentioned_in(rest))
        if interviewer is not None and not topical and (named or not kinds):
            return None  # "who interviewed X" with no interview about X: the texts may say
        both = [rank for rank in kinds if rank in topical]
        ranks = (
            both
            or (sorted(topical) if named else kinds)
            or sorted(topical)
            or _unless_named_nowhere(ctx.index, rest, ranks)
        )
    else:
        kinds = _of_kind(ctx.index, folded, ranks)
        ranks = kinds or _of_kind(ctx.index, folded, ranks, lead=True) or ranks
    rest = [w for i, w in enumerate(folded) if i not in taken and w not in STOP_WORDS]
    ranks = _first_lines_first(ctx.index, rest, list(ranks))
    if not ranks:
        return ctx.not_found("ask", ctx.say("answer_none"), title=title)
    asked_of = _named_ones(ctx.index, rest, ranks)
    if not any(_value(ctx, ctx.index.articles[rank], field, rank) for rank in asked_of):
        ranks = asked_of  # the article asked about does not say it; another's date is no answer
    lines = []
    given = False
    for rank in list(ranks)[:MAX_LISTED]:
        info = ctx.index.articles[rank]
        value = _value(ctx, info, field, rank)
        given = given or bool(value)
        source = _source(ctx, info, field)
        key = f"about_{field}" if value else "about_missing"
        lines.append(ctx.say(key, source=source, value=value))
    if len(ranks) > MAX_LISTED:
        lines.append(ctx.say("about_more", count=len(ranks) - MAX_LISTED))
    if not given:  # "who wrote the Mörlingen article" when no byline is given: an honest no
        return ctx.not_found("ask", "\n".join(lines), title=title)
    return ctx.ok("ask", title, "\n".join(lines))
