"""Where a question asks about: "wer hat in Lindenhagen gewonnen" wants an answer from the
articles about Lindenhagen, not the best sentence of any city's.

A place is a word right after "in", "aus", "über" ("about", "of", …) that an article has in its
title or lead (the lead says where the article is), so is such a word after "von" ("Bürgermeister
von X"; after "von" a word no article has is no place), or a rare word in an article's title, file
name, web address or publisher's name, or in a paragraph's dateline ("Bochum (dpa) –",
"Nienburg. Der Kreistag …": a report of several towns gives each its own). Its articles are those
that name it (also in a compound: "Lindenhagener"); the answer must come from one of them,
though the sentence itself need not name the place. A word after such a preposition that no
article has at all ("in Wuppertal") is a place the articles do not cover.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, replace
from itertools import pairwise

from rapidfuzz import fuzz, process

from bot.corpus.english_roles import ROLE_NOUNS
from bot.corpus.german import is_role_noun
from bot.corpus.reading import TABLE_CELLS
from bot.engine.folding import fold
from bot.engine.glossary import PLACE_NAMES, REGIONS
from bot.engine.index import CorpusIndex
from bot.engine.lexicon import (
    JOB_ENDS,
    NOT_JOB_ENDS,
    ORDINAL_ENDINGS,
    OUTCOME_NOUNS,
    OUTCOME_STEMS,
    RANKS,
    STOP_WORDS,
    word_pairs,
)
from bot.engine.memo import remembered

_TOKEN_RE = re.compile(r"[^\W\d_]+")
PREPOSITIONS = frozenset({"in", "aus", "uber", "about", "of", "from", "at", "fur", "for"})
# "what did X say about higher fees", "fined for tearing down posters": after these a topic or a
# reason stands as often as a town, so a word the articles do not know is no place asked about.
TOPIC_PREPOSITIONS = frozenset({"about", "for", "uber", "fur"})
# "Bürgermeister von X", "die Gegnerin von X": a place or a person, so a word after these is a
# place only if the articles know it as one (never "a place I do not know").
OF_PREPOSITIONS = frozenset({"von", "vom"})
# "im Emmental", "beim Derby in X": a preposition and an article in one word, before a place
# or a thing, so a word after it is a place only if the articles know it as one.
JOINED_PREPOSITIONS = frozenset({"im", "beim", "am", "zum", "ins"})
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "the"})
LEAD_BLOCKS = 2  # an article's first lines say where it is
# … or its dateline, which opens the body after a kicker, title, lead and byline: "Mainz. …",
# "Mainz (dpa) – …", "Mainz – …".
DATELINE_BLOCKS = 6
# The most words a heading of its own line has ("Glückstadt", "Bad Kornau", "Landkreis Musterland").
HEADING_WORDS = 3
# A dateline's places: "Mainz. …", "Mainz (dpa) – …", "Essen/Bochum – …".
_DATELINE_RE = re.compile(r"([^\W\d_][\w-]*(?:/[^\W\d_][\w-]*)*)(?:\.\s| \(| [–—-] )")
MAX_PLACE_UNITS = 2000  # a word in more units than this is a topic, not a place
RARE_SHARE = 4  # a place named without a preposition is in at most a quarter of the articles
MIN_PLACE_LENGTH = 3
# What a time's name ends with ("Wahlabend", "Wahlsonntag", "Wahlnacht"): no place's.
TIME_ENDS = ("abend", "sonntag", "nacht", "wochenende")
# Words before a common noun: "das Rathaus", "im Rathaus" (a town has none: "in Jena").
ARTICLE_WORDS = frozenset(
    "der die das dem den des ein eine einem einen einer eines im zum zur vom beim am ins".split()
)
# Nouns for a person that no role list has: "die Frau von X", "ihr Mann", "Herr X", "der
# Angeklagte", "the victim"
PERSON_NOUNS = frozenset(
    "frau mann herr beschuldigte beschuldigter verurteilte verurteilter tater taterin opfer "
    "defendant accused victim man woman".split()
)
# … and what ends one: "Kassenwart", "Platzwart", "der Angeklagte"
PERSON_ENDS = ("wart", "wartin", "angeklagte", "angeklagter", "angeklagten")
# Offices no role head ends: "Landrat", "Oberbürgermeister" does ("meister" does not)
ROLE_WORDS = frozenset("landrat landratin ob".split())
# Kin ("die Tochter von X", "how old is X's husband"), each with the words that name them too;
# folded
RELATIVES = tuple(
    frozenset(group.split())
    for group in (
        "tochter tochtern daughter daughters",
        "sohn sohne son sons",
        "kind kinder child children kids",
        "enkel enkelin enkelkind grandson granddaughter grandchild",
        "frau ehefrau gattin wife",
        "mann ehemann gatte husband",
        "vater papa father dad",
        "mutter mama mother mum mom",
        "bruder bruder brother",
        "schwester schwestern sister",
        "opa grossvater grandfather grandpa",
        "oma grossmutter grandmother grandma",
        "partner partnerin lebensgefahrte lebensgefahrtin",
    )
)
# A person noun's case and plural endings ("des Landrats", "die Kandidaten"); whole words only,
# as a town's name may end like one ("Wolgast", "Wolfsburger").
PERSON_NOUN_ENDS = ("", "s", "n", "en", "nen")
# "Stadtrat", "Gemeinderat", "Betriebsrat": a council as well as one of its members, where a
# question may be held ("im Stadtrat"); "Landrat" is an office only (its council: the Kreistag).
COUNCIL_END = "rat"
OFFICES_IN_RAT = frozenset({"landrat"})
MAX_NOUN_CHECKS = 50  # sentences looked at to tell a common noun from a name
# Before a town's name in a text: "in Neustadt", "aus Neustadt", "nach Neustadt".
PLACE_WORDS = frozenset("in In aus Aus nach Nach".split())
# A line's first word and what follows it: "Nordheim (dpa) –", "In Nordheim …", a heading; a
# joined name is one word ("Bruttig-Fankel. …" is a dateline, not "Bruttig - …").
_OPENING_RE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s*([^\W\d_]+|[^\w\s]|$)")
# After a place opening its paragraph; "|" after the first cell of a table's row written as
# text ("Weidach | 55,0 % | 30,2 %": the results of one district).
_OPENING_MARKS = ("(", "–", "—", "-", "/", ":", "|")
# A place's English name → its German one ("munich" → "munchen"), both folded: where the
# articles do not have the name an English reader typed, they may have the German one.
GERMAN_NAMES: dict[str, str] = {
    english[0]: german[0]
    for english, german in word_pairs(fold(PLACE_NAMES))
    if len(english) == len(german) == 1
}

# The longer regions a region's name is part of, both languages ("Lower Saxony", "Saxony-Anhalt",
# "Sachsen-Anhalt", "Upper Bavaria"), by the word they share, as one pattern over folded text:
# "saxony" alone asks about Saxony, and an article that has the word only inside one of those
# is about another region.
_longer: dict[str, list[str]] = {}
for _pair in word_pairs(fold(REGIONS)):
    for _side in _pair:
        for _word in _side if len(_side) > 1 else ():
            _longer.setdefault(_word, []).append(r"[\s-]+".join(_side))
LONGER_REGIONS: dict[str, re.Pattern[str]] = {
    word: re.compile(r"\b(?:" + "|".join(names) + r")") for word, names in _longer.items()
}
del _longer, _pair, _side, _word


@dataclass(frozen=True)
class Scope:
    """The articles a question is about (None: all); `unknown`: a place no article names."""

    articles: frozenset[int] | None
    places: tuple[str, ...]  # as typed
    positions: frozenset[int]  # the question's words that named them
    unknown: str | None = None
    # Read from rare words of some title alone, no preposition before them ("velmar aktie"):
    # perhaps the thing asked about rather than where ("Absage" in "Kurzfristige Absage: …").
    bare: bool = False


EVERYWHERE = Scope(None, (), frozenset())


PLACE_SUFFIX_LETTERS = 4  # "-er", "-ern", "-erin", "-s" after a place's stem
# What follows a place's stem in a form of its name: "Mindener", "Jenaer", "Brixner", "Hagens".
NAME_ENDINGS = frozenset("e en er ern erin erinn n r s es ens ers".split())
# What joins a place to the word it starts: "Lindenhagen|straße", "Landshut|er|Straße".
LINKS = ("", "s", "e", "er", "en", "ener")
MIN_COMPOUND_TAIL = 4


def person_noun(word: str) -> bool:
    """Whether a folded word names a person by role, office, job or kin: "burgermeisterin",
    "landratin", "kassenwart", "angeklagte", "tochter", "treasurer"."""
    return (
        word in PERSON_NOUNS
        or word in ROLE_WORDS
        or word.endswith(PERSON_ENDS)
        or word.endswith(JOB_ENDS)
        or any(word.removesuffix(end) in NOT_JOB_ENDS for end in PERSON_NOUN_ENDS)
        or any(word in group for group in RELATIVES)
        or word in ROLE_NOUNS
        or is_role_noun(word.capitalize())
    )


def a_person_noun(index: CorpusIndex, word: str, stem: str) -> bool:
    """Whether a folded word names a person (`person_noun`: "Ortsvorsteher", "Landrätin",
    "Kassenwart", "Mutter"): a title may have it ("Ortsvorsteher tritt zurück"), but nobody
    is asked about "in" it. A compound that merely ends like a role ("Wolgast", "-gast") is a
    place where the articles use it as one."""
    if word.endswith(COUNCIL_END) and word not in OFFICES_IN_RAT:
        return False  # "im Stadtrat": the council as much as one of its members
    if not person_noun(word):
        return False
    return not (_in_dateline(index, stem) or _after_place_word(index, stem))


def _after_place_word(index: CorpusIndex, stem: str) -> bool:
    """Whether the articles write the word as a name right after "in", "aus" or "nach" ("in
    Neustadt"), over the first lines that have it."""
    columns = index.columns
    for unit in index.own.get(stem, ())[:MAX_NOUN_CHECKS]:
        tokens = _TOKEN_RE.findall(columns.text(unit))
        for before, token in zip(["", *tokens], tokens, strict=False):
            if before in PLACE_WORDS and token[:1].isupper() and index.stem(fold(token)) == stem:
                return True
    return False


def _name_form(index: CorpusIndex, stem: str, form: str) -> bool:
    """Whether a stem the place's stem starts is its name: itself, an inflection ("Mindener")
    or a compound it starts ("Lindenhagenstraße"), not a word that merely begins with the same
    letters ("mindestens" of "Minden", whose stem is "mind")."""
    rest = form[len(stem) :] if form.startswith(stem) else None
    if rest is None:
        return True  # a close typo's stem (`_forms`' fuzzy match)
    if rest == "" or rest in NAME_ENDINGS:
        return True
    return any(
        rest.startswith(link)
        and len(rest) - len(link) >= MIN_COMPOUND_TAIL
        and rest[len(link) :] in index.own
        for link in LINKS
    )


def _forms(index: CorpusIndex, stem: str, fuzzy: bool) -> list[str]:
    """The index stems a place word stands for: itself, compounds it starts, a close typo
    (`fuzzy`: looked for)."""
    found = [stem] if stem in index.own else []
    if len(stem) >= 4:
        # A person's name that merely starts the same is no form of the place
        # ("Kornauschek" of "Kornau"); its inflections ("Kornauer") are.
        found += [
            k
            for k in index.affixes.starting_with(stem)
            if k != stem
            and (len(k) - len(stem) <= PLACE_SUFFIX_LETTERS or k not in index.name_word_stems)
        ]
    if not found and len(stem) >= 5 and fuzzy:
        best = process.extractOne(
            stem, index.vocabulary, scorer=fuzz.ratio, processor=None, score_cutoff=85.0
        )
        if best is not None:
            found = [best[0]]
    return found


def _articles_naming(index: CorpusIndex, forms: Sequence[str]) -> set[int] | None:
    """The articles whose own text has one of the forms; None when that is too common a word
    to be a place."""
    units = [index.own[form] for form in forms]
    if sum(map(len, units)) > MAX_PLACE_UNITS:
        return None
    article_of = index.columns.article.__getitem__
    return set().union(*(map(article_of, ids) for ids in units))  # a pass in C per form


def short_heading(text: str) -> bool:
    """Whether a line is a heading of its own: a few words and no sentence's end ("Nordheim",
    "Die Ergebnisse")."""
    return 0 < len(text.split()) <= HEADING_WORDS and not text.rstrip().endswith(
        (".", "!", "?", ":")
    )


def _heading_of_its_own(text: str) -> bool:
    """A heading of capitalised words only: a section heading naming what the paragraphs under
    it are about, as a report of several towns heads each town's part ("Bad Kornau", then "In
    Bad Kornau setzte sich …")."""
    return short_heading(text) and all(p[:1].isupper() for p in text.split())


def _in_lead(index: CorpusIndex, forms: Sequence[str], articles: set[int]) -> bool:
    """Whether one of the articles has one of the forms in its title, lead, dateline or a
    section heading of its own, written as a name (capitalised)."""
    columns = index.columns
    wanted = set(forms)
    leads: dict[int, None] = {}
    datelines: list[str] = []
    for form in forms:
        for unit in index.own[form]:
            block = columns.block[unit]
            line = block - bisect_left(columns.block_article, columns.article[unit])
            if line < LEAD_BLOCKS or _heading_of_its_own(columns.block_text[block]):
                leads[block] = None
            elif line < DATELINE_BLOCKS:
                datelines += dateline_places(columns.block_text[block])
    texts = [columns.block_text[block] for block in leads] + datelines
    texts += [index.articles[a].title or "" for a in articles]
    return any(_named_in(index, text, wanted) for text in texts)


def the_whole_nights(index: CorpusIndex, stem: str) -> bool:
    """Whether every article names the place and the articles lead with it ("Landratswahl im
    Emsland"): the night is there, so a line need not name it to be about it."""
    forms = _forms(index, stem, fuzzy=False)
    articles = _articles_naming(index, forms) if forms else None
    return (
        articles is not None
        and len(articles) == len(index.articles)
        and _in_lead(index, forms, articles)
    )


def common_noun(index: CorpusIndex, stem: str) -> bool:
    """Whether the articles write the word mostly after an article ("das Rathaus", "im
    Rathaus"), as a common noun, not a town's name ("in Jena"). Once per stem and index
    (`Memos.common_noun`)."""
    return remembered(index.memos.common_noun, stem, lambda: _common_noun(index, stem))


def _token_stems(index: CorpusIndex) -> Callable[[str], str]:
    """The index stem of a token as written, each spelling folded once per call of its user:
    the lines a word's case is counted over repeat most of their words ("der", "die")."""
    stems: dict[str, str] = {}

    def stem_of(token: str) -> str:
        found = stems.get(token)
        if found is None:
            found = stems[token] = index.stem(fold(token))
        return found

    return stem_of


def _common_noun(index: CorpusIndex, stem: str) -> bool:
    columns = index.columns
    after_article = total = 0
    stem_of = _token_stems(index)
    for unit in index.own.get(stem, ())[:MAX_NOUN_CHECKS]:
        tokens = _TOKEN_RE.findall(columns.text(unit))
        for before, token in zip(["", *tokens], tokens, strict=False):
            if token[:1].isupper() and stem_of(token) == stem:
                total += 1
                after_article += fold(before) in ARTICLE_WORDS
    return total > 0 and after_article * 2 >= total


def _case_counts(index: CorpusIndex, stem: str) -> tuple[int, int]:
    """How often the articles write the word capitalised and in lower case ("in ganz
    Niedersachsen", "im neuen Stadtrat"), over the first lines that have it. Once per stem
    and index (`case_counts_memo`)."""
    return remembered(index.case_counts_memo, stem, lambda: _count_cases(index, stem))


def _count_cases(index: CorpusIndex, stem: str) -> tuple[int, int]:
    columns = index.columns
    upper = lower = 0
    stem_of = _token_stems(index)
    for unit in index.own.get(stem, ())[:MAX_NOUN_CHECKS]:
        for token in _TOKEN_RE.findall(columns.text(unit)):
            if stem_of(token) == stem:
                upper += token[:1].isupper()
                lower += token[:1].islower()
    return upper, lower


def _written_small(index: CorpusIndex, stem: str) -> bool:
    """Whether the articles write the word mostly in lower case: an adjective ("im neuen
    Stadtrat", "am kommenden Sonntag"), which names no place."""
    upper, lower = _case_counts(index, stem)
    return lower > upper


def a_name(index: CorpusIndex, stem: str) -> bool:
    """Whether the articles write the word as a name: capitalised, mostly with no article
    before it ("Fauser war Kämmerer in Horb"), not as a common noun ("im Rathaus")."""
    upper, lower = _case_counts(index, stem)  # "in ganz Niedersachsen": no name
    return upper > lower and not common_noun(index, stem)


def dateline_places(text: str) -> list[str]:
    """The places of a line's dateline ("Essen/Bochum (rpd) – …": both), if it opens with one."""
    opening = _DATELINE_RE.match(text)
    return opening.group(1).split("/") if opening is not None else []


def _in_dateline(index: CorpusIndex, stem: str) -> bool:
    """Whether a line opens with the word itself as (one of) its dateline's places ("Bochum
    (rpd) –"), not a longer place it starts ("Kirche" is not "Kirchheim")."""
    columns = index.columns
    for block in {columns.block[unit] for unit in index.own.get(stem, ())}:
        places = dateline_places(columns.block_text[block])
        if any(index.stem(fold(place)) == stem for place in places):
            return True
    return False


def _opens_a_line(index: CorpusIndex, stem: str) -> bool:
    """Whether a line opens with the word as its place, though no title or lead names it: a
    table gives each district its row ("Weidach | 55,0 % | …"), a roundup each village its
    paragraph ("In Hohenfeld gab es keine Überraschung. … In Birkach verliert …"), two or more
    of them (one "In X …" is only where a single town's story goes on)."""
    columns = index.columns
    for block in sorted({columns.block[unit] for unit in index.own.get(stem, ())}):
        text = columns.block_text[block]
        if opens_with(index, text, {stem}) and (
            TABLE_CELLS in text or _village_paragraphs(index, columns.block_article[block]) > 1
        ):
            return True
    return False


def _village_paragraphs(index: CorpusIndex, article: int) -> int:
    """How many of an article's lines open with "In" and a name ("In Birkach …", not "In der
    Altstadt …"), or with a name and a colon, as a digest heads each town's item ("Brunsloh:
    Die Bürgermeisterin bleibt im Amt."; not an interview's "Vollmer: …", a person's turn).
    Once per article and index (`village_paragraphs_memo`)."""
    return remembered(
        index.village_paragraphs_memo, article, lambda: _count_village_paragraphs(index, article)
    )


def _count_village_paragraphs(index: CorpusIndex, article: int) -> int:
    columns = index.columns
    blocks = range(
        bisect_left(columns.block_article, article), bisect_left(columns.block_article, article + 1)
    )
    count = 0
    for block in blocks:
        text = columns.block_text[block]
        first = _OPENING_RE.match(text)
        if first is not None and fold(first.group(1)) == "in":
            after = first.group(2)
            count += after[:1].isupper() and fold(after) not in ARTICLE_WORDS
        elif first is not None and first.group(2) == ":" and _an_item(text):
            word = fold(first.group(1))
            count += first.group(1)[:1].isupper() and word not in index.people.by_word
    return count


ITEM_WORDS = 8  # "Brunsloh: Die Bürgermeisterin bleibt im Amt." and more: a digest's item


def _an_item(text: str) -> bool:
    """Whether a line headed "X:" is a digest's item, sentences told of X, not a figure of a
    list ("Bahnhofsviertel: 27,9 Prozent (2018: 31,5)")."""
    return len(text.split()) >= ITEM_WORDS and text.rstrip().endswith(".")


def in_another_villages_paragraph(index: CorpusIndex, unit: int, forms: frozenset[str]) -> bool:
    """Whether a unit stands in a roundup's paragraph of another place ("In Talheim wird künftig
    eine Grüne das Rathaus führen. Andrea Kiefer setzte sich …", one of several "In X …"
    paragraphs): a local paper named after its town reports the villages around it, and that
    paragraph's winner, turnout or runoff is the village's, not the town's."""
    columns = index.columns
    first = _OPENING_RE.match(columns.block_text[columns.block[unit]])
    if first is None or fold(first.group(1)) != "in":
        return False
    after = first.group(2)
    if not after[:1].isupper() or fold(after) in ARTICLE_WORDS or index.stem(fold(after)) in forms:
        return False
    return _village_paragraphs(index, columns.article[unit]) > 1


def in_another_town(index: CorpusIndex, unit: int, forms: frozenset[str]) -> bool:
    """Whether the paragraph up to a line sets it "in X", another town that articles are about
    (in their title, file name, address or publisher): a paper named after its own town (a twin
    town's newsletter, a neighbour's paper) reporting another town's vote ("Our friends in X
    have elected …"); the winner that line names is X's, not the paper's town's."""
    columns = index.columns
    text = columns.block_text[columns.block[unit]][: columns.end[unit]]
    for before, token in pairwise(_TOKEN_RE.findall(text)):
        if before == "in" and token[:1].isupper():
            word = fold(token)
            stem = index.stem(word)
            if (
                stem not in forms
                and index.articles_by_source_word.get(word)
                and not common_noun(index, stem)  # "in Zahlen", "in Rat und Verwaltung"
            ):
                return True
    return False


def opens_with(index: CorpusIndex, text: str, places: set[str]) -> bool:
    """Whether a line opens a place's own paragraph: "In Nordheim …", a dateline ("Nordheim
    (dpa) – …") or the place alone as a heading; not a sentence or a quotation that merely
    begins with the town's name ("„Nordheim hat entschieden“")."""
    first = _OPENING_RE.match(text)
    if first is None:
        return False
    word, after = first.groups()
    if fold(word) in ("in", "im"):
        return index.stem(fold(after)) in places
    named = any(index.stem(fold(part)) in places for part in word.split("-"))
    return named and after in ("", *_OPENING_MARKS)


def _in_sources(index: CorpusIndex, forms: Sequence[str], articles: set[int]) -> bool:
    """Whether one of the articles has one of the forms where a place shows in its source:
    its title (written as a name: "verlor" in "Wie die Partei in X das Rathaus verlor" is
    no place), file name, web address or publisher ("Bergfelder Rundschau")."""
    prefixes = tuple(forms)
    return any(
        word.startswith(prefixes) for article in articles for word in index.source_words[article]
    )


def place_forms(index: CorpusIndex, place: str) -> tuple[str, ...]:
    """The index stems a place as the reader typed it stands for (a typo too: "tanfeld").
    Once per place and index (`Memos.place_forms`): every line an answer may come from asks."""
    key = fold(place)
    return remembered(
        index.memos.place_forms, key, lambda: tuple(_name_forms(index, key, index.stem, fuzzy=True))
    )


def _name_forms(
    index: CorpusIndex, word: str, stem: Callable[[str], str], fuzzy: bool
) -> list[str]:
    """`_forms` of a place's name as typed, or of its German name where the articles lack
    the English one a reader typed ("Cologne": "Köln", "Kölner")."""
    german = GERMAN_NAMES.get(word)
    if german is None:
        return _forms(index, stem(word), fuzzy)
    own = _forms(index, stem(word), fuzzy=False)
    # "Saxony" where the articles have it only in "Lower Saxony": as if they had it not at all
    if not own or not _outside_longer_regions(index, word, own, None):
        return _forms(index, stem(german), fuzzy=False)
    return _forms(index, stem(word), fuzzy)


def _outside_longer_regions(
    index: CorpusIndex, word: str, forms: Sequence[str], articles: set[int] | None
) -> set[int]:
    """Those of the articles (None: of all) that name a region (`word`, folded as asked, or
    its German name) outside the longer regions it is part of (see `LONGER_REGIONS`): "in
    Saxony" is not "in Lower Saxony". Other places' articles are all kept."""
    names = [n for n in (word, GERMAN_NAMES.get(word)) if n is not None and n in LONGER_REGIONS]
    if not names:
        return (
            articles
            if articles is not None
            else {index.columns.article[u] for f in forms for u in index.own[f]}
        )
    alone = re.compile(r"\b(?:" + "|".join(names) + r")")
    columns = index.columns
    kept: set[int] = set()
    for form in forms:
        for unit in index.own[form]:
            article = columns.article[unit]
            if article in kept:
                continue
            text = fold(columns.text(unit))
            for name in names:
                text = LONGER_REGIONS[name].sub(" ", text)
            if alone.search(text):
                kept.add(article)
    return kept if articles is None else kept & articles


def about_place(index: CorpusIndex, forms: Sequence[str], article: int) -> bool:
    """Whether an article is about a place (its `place_forms`), by its source: title, file
    name, web address or publisher (a report of several towns names none of them there)."""
    return bool(forms) and _in_sources(index, forms, {article})


def _named_in(index: CorpusIndex, text: str, stems: set[str]) -> bool:
    """Whether `text` has one of the stems in a capitalised word (a name, not "gewonnen")."""
    starts = tuple({stem[:3] for stem in stems})
    for token in _TOKEN_RE.findall(text):
        if token[:1].isupper():
            folded = fold(token)
            if folded.startswith(starts) and index.stem(folded) in stems:
                return True
    return False


def find_scope(
    index: CorpusIndex,
    folded: Sequence[str],
    taken: set[int],
    stem: Callable[[str], str] | None = None,
    common: frozenset[int] = frozenset(),
) -> Scope:
    """The places a question names and the articles about all of them (`taken`: positions
    already read as something else, such as a person's name; `stem`: the index's, by
    default; `common`: positions of common words, which may narrow to the articles that have
    them in their sources, but are never a town asked about after a preposition)."""
    stem = stem or index.stem
    total = len(index.articles)
    found = [
        _place(index, folded, p, stem, p in common) for p in range(len(folded)) if p not in taken
    ]
    named = [place for place in found if place is not None]
    unknown = next((place.unknown for place in named if place.unknown is not None), None)
    if unknown is not None:
        return unknown
    named = _double_names(named)
    # A place after "in", "aus" … is what the reader meant: a rare word of some title beside it
    # ("Briefwahl" in "in X per Briefwahl") does not narrow it further.
    if any(place.after for place in named):
        named = [place for place in named if place.after]
    # "der Kreiswahlleiter im Ostallgäu", "die Landrätin von X": the word before "im X" is
    # what is asked about there, even where some title or file name has it
    of_places = {place.position for place in named if place.of}
    named = [
        place
        for place in named
        if place.of
        or place.after
        or not (
            place.position + 2 in of_places
            and folded[place.position + 1] in OF_PREPOSITIONS | JOINED_PREPOSITIONS
        )
    ]
    chosen: Set[int] | None = None
    kept = []
    for place in sorted(named, key=lambda p: (not (p.after or p.of), len(p.articles))):
        both = place.articles if chosen is None else chosen & place.articles
        if not both and not (place.after or place.of):
            continue  # rare title words no article has together: the rarer is the place
        chosen = both
        kept.append(place)
    named = sorted(kept, key=lambda p: p.position)
    if chosen is not None and len(chosen) == total:
        chosen = None  # every article is about it: it narrows nothing
    return Scope(
        None if chosen is None else frozenset(chosen),
        tuple(place.word for place in named),
        frozenset(place.position for place in named),
        bare=bool(named) and not any(place.after or place.of for place in named),
    )


def _double_names(named: list[FoundPlace]) -> list[FoundPlace]:
    """A place of two words typed apart ("in neu tannfeld", "bad kornau"): the
    second belongs to it when every article naming one names the other."""
    by_position = {place.position: place for place in named}
    for place in named:
        second = by_position.get(place.position + 1)
        if (
            place.after
            and second is not None
            and (second.articles <= place.articles or place.articles <= second.articles)
        ):
            by_position[second.position] = replace(second, after=True)
    return [by_position[place.position] for place in named]


@dataclass(frozen=True)
class FoundPlace:
    """One word of a question read as a place."""

    word: str
    position: int
    articles: Set[int]  # (kept in `Memos.place_words`: never changed)
    after: bool  # it follows a preposition ("in Wuppertal")
    unknown: Scope | None = None  # a place no article names
    of: bool = False  # it follows "von" ("Bürgermeister von X")


def _place(
    index: CorpusIndex,
    folded: Sequence[str],
    position: int,
    stem: Callable[[str], str],
    common: bool = False,
) -> FoundPlace | None:
    """The word at `position` as a place, if it is one (see the module's docstring); a
    `common` word ("about higher fees": "höher") is none after a preposition. Read once per
    index for the word and the two before it (`Memos.place_words`): readers name the same
    towns all night, and whether a word is one reads its lines."""
    words = tuple(folded[max(0, position - 2) : position + 1])
    found = remembered(
        index.memos.place_words,
        (words, common),
        lambda: _read_place(index, folded, position, stem, common),
    )
    if found is None or found.position == position:
        return found
    unknown = found.unknown and replace(found.unknown, positions=frozenset({position}))
    return replace(found, position=position, unknown=unknown)


def _read_place(
    index: CorpusIndex,
    folded: Sequence[str],
    position: int,
    stem: Callable[[str], str],
    common: bool,
) -> FoundPlace | None:
    total = len(index.articles)
    word = folded[position]
    if word in STOP_WORDS or len(word) < MIN_PLACE_LENGTH or word.isdigit():
        return None
    if word.endswith(TIME_ENDS):
        return None  # "am Wahlabend", "den Wahlsonntag": when, however rare in titles
    if any(word.removeprefix(rank) in ORDINAL_ENDINGS for rank in RANKS if word.startswith(rank)):
        return None  # "wer wurde Zweiter": a place in the result, however rare in titles
    after = position > 0 and folded[position - 1] in PREPOSITIONS and not common
    of = position > 0 and folded[position - 1] in OF_PREPOSITIONS | JOINED_PREPOSITIONS
    of = of and not common
    # "in the Bitterfeld by-election", "about the Magdeburg result": a name before a noun
    named = position > 1 and folded[position - 1] in ARTICLES
    named = named and folded[position - 2] in PREPOSITIONS | OF_PREPOSITIONS and not common
    # "wurde X wiedergewählt": a verb of winning or losing, which the articles write in lower
    # case, is what is asked, however rare in titles ("Y im ersten Wahlgang wiedergewählt");
    # "Siegen" is written as a name; so is a noun of it ("woran lag die Niederlage von X")
    if (stem(word) in OUTCOME_STEMS and _written_small(index, stem(word))) or word in OUTCOME_NOUNS:
        return None
    # "die Rede vom Kassenwart", "about his mother": whom, never where, however
    # rare in titles (without a preposition it may still be a title's topic: "Der Kassenwart
    # vor Gericht")
    if (after or of or named) and a_person_noun(index, word, stem(word)):
        return None
    forms = _name_forms(index, word, stem, fuzzy=after or word not in index.stems)
    # "in X" with X no article has: a place the articles do not know
    unknown = Scope(frozenset(), (word,), frozenset({position}), unknown=word)
    nowhere = FoundPlace(word, position, set(), after, unknown)
    if not forms:
        return nowhere if after and folded[position - 1] not in TOPIC_PREPOSITIONS else None
    articles = _articles_naming(index, forms)
    if after and (articles is None or len(articles) > total // 2):
        town = _town_of_a_word(index, word)
        if town:
            return FoundPlace(word, position, town, after)
    if articles is not None:
        articles = _outside_longer_regions(index, word, forms, articles)
        if not articles:
            return None  # "Saxony" where the articles have only "Lower Saxony"
    joined = position > 0 and folded[position - 1] in JOINED_PREPOSITIONS
    if articles is None or (joined and _written_small(index, stem(word))):
        return None  # "im neuen Stadtrat": an adjective where a place may stand
    rare = total > 1 and len(articles) <= max(1, total // RARE_SHARE)
    some = total == 1 or len(articles) <= total // 2
    if (after or of or named) and some:
        # in its title, lead or dateline, or in its source ("in schwäbisch hall": a portrait
        # whose lead names only the man, filed as "portraet_…_schwaebisch_hall")
        if not (
            _in_lead(index, forms, articles)
            or _in_sources(index, forms, articles)
            or _opens_a_line(index, stem(word))
        ):
            # "who won in Lindhorst": only a name spelt close to it ("sagte von Lindenhorst")
            # in passing, no place of any article
            spelt = word in index.stems or any(form.startswith(stem(word)) for form in forms)
            typed = spelt or folded[position - 1] in TOPIC_PREPOSITIONS
            return nowhere if after and not typed else None
        if not rare and common_noun(index, stem(word)) and not _opens_a_line(index, stem(word)):
            # "for city hall": "im Rathaus" in many articles is no town; but a district the
            # results name row by row is a place, though its name is a noun ("Hafen: X 58 %")
            return None
    elif not (rare and (_in_sources(index, forms, articles) or _in_dateline(index, stem(word)))):
        return None
    # Its articles are those naming the place or a form of its name ("Mindener"), not every
    # word that starts like it ("mindestens"), which only told how common it is.
    own_forms = [form for form in forms if _name_form(index, stem(word), form)]
    named_articles = _articles_naming(index, own_forms) if own_forms else None
    if named_articles:
        named_articles = _outside_longer_regions(index, word, own_forms, named_articles)
    return FoundPlace(word, position, named_articles or articles, after, of=of or named)


def _town_of_a_word(index: CorpusIndex, word: str) -> set[int]:
    """The articles about a town whose name shares its stem with a word most articles of the
    night have ("in Siegen": "Sieg"; "in Hof": "der Hof"), found by the name as typed: in
    their sources (title, file name, web address, publisher), where the text writes it as a
    name (capitalised, mostly without an article before it). Empty when that is not so, or
    when half the articles or more are about it (it would narrow nothing)."""
    sources = _sources_naming(index, word)
    if not sources or len(sources) * 2 > len(index.articles):
        return set()
    columns = index.columns
    article_of = columns.article.__getitem__
    units = [u for u in index.own.get(index.stem(word), ()) if article_of(u) in sources]
    named = after_article = 0
    for unit in units[:MAX_NOUN_CHECKS]:
        tokens = _TOKEN_RE.findall(columns.text(unit))
        for before, token in zip(["", *tokens], tokens, strict=False):
            if token[:1].isupper() and fold(token) == word:
                named += 1
                after_article += fold(before) in ARTICLE_WORDS
    return sources if named > after_article * 2 else set()


def _sources_naming(index: CorpusIndex, word: str) -> set[int]:
    """The articles whose source has the word as a whole word: a capitalised word of the
    title, a word of the file name or web address, or of the publisher (`_in_sources`)."""
    return set(index.articles_by_source_word.get(word, ()))


def article_units(index: CorpusIndex, articles: frozenset[int]) -> list[range]:
    """The units of each of the articles (unit ids run in article order)."""
    column = index.columns.article
    return [range(bisect_left(column, a), bisect_left(column, a + 1)) for a in sorted(articles)]
