"""English questions over German articles: which questions are English, and their words in the
German the articles use.

A small bilingual word list of question words and election-night vocabulary (general, not any
article's): "who won the runoff" is read as "wer gewonnen stichwahl", and the bot answers in
English with the German quotations verbatim. Words are folded (`folding.fold`); a word the list
does not know is kept as typed (names, places and parties read the same in both languages).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import Stemmer
from rapidfuzz.distance import OSA

from bot.engine.folding import fold, has_any_phrase, words
from bot.engine.glossary import ENGLISH_GERMAN, REGIONS
from bot.engine.lexicon import STOP_WORDS, word_pairs

# Words only English has (German has none of these spellings), folded as the question is
# ("does" is "dos": "oe" folds as "ö" does): enough to tell the language. A short question
# about a German name ("Will X run again?", "Hows X doing") has few, so those English readers
# ask it with are here too (run, again, quit, doing, whats).
_ENGLISH_ONLY = frozenset(
    """
    the who whom whose what when why where which how many much did dos do is are was were
    won win wins lost lose loses say said says tell told about of got get gets been has have
    had new mayor election elections runoff runoffs turnout votes vote wrote written write
    article articles newspaper paper published hello hi thanks thank you please round first
    seats council party old since percentage percent reported report district administrator
    administrator arrive arrived there their they he she his her with from for and now get
    after quote real ballots invalid money missing jobs plant factory coach game match team
    strike trial judge appeal appealed recount late lawyer
    again run runs running quit quits quitting doing whats whos hows wheres any news office
    standing concede conceded become becomes resigning dosnt didnt isnt wont
    age
    """.split()
)
_GERMAN_ONLY = frozenset(
    """
    wer wen wem wessen wann warum wieso weshalb wo wie welche welcher welches was hat haben
    ist sind war die der das den dem des und ein eine einen zum zur im vom gewonnen verloren
    sagt sagte gesagt wahl stichwahl hallo danke wird werden wieder noch nicht schon gibt
    tritt antreten
    """.split()
)

# Words English readers put around what they ask ("how much did she take", "what went wrong",
# "how many doors did they knock on", "what happened to the motion", "can the public watch the
# count"): light verbs, hedges and fillers that name no topic. The glossary knows none of them
# and no German article has them, so kept as typed each weighed as much as the rarest word and
# no answer covered the question; they are left out instead. Phrases the glossary has ("take
# office", "came first") are read first. Verbs of saying ("tell", "told") are no filler: they
# ask for a quotation. A superlative ("where is turnout lowest") ranks figures the articles give
# side by side, seldom by that word.
ENGLISH_FILLERS = frozenset(
    """
    take takes took taken taking go goes going gone went come comes came coming happen
    happens happened happening make makes made put keep kept let like think thinks thought
    need needs see saw look looks know knew clear really exactly actually likely supposed
    gonna wanna sort thing things stuff guy guys folks ok okay well hey anyway wrong right per
    knock knocked according give gives gave given giving instead needed watch still
    vs versus
    himself herself themselves
    lowest highest largest smallest
    """.split()
)

# English contractions, folded as the question is: typed without the apostrophe ("whos",
# "didnt") they are one word, with it two ("didn't" is "didn" and "t"); either way the words
# they stand for, so "whos the mayor" asks who as "who is the mayor" does, and no piece is
# left to weigh as a word no article has. ("won't" is "won t": read before "won".)
_CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "whos": ("who", "is"),
    "whats": ("what", "is"),
    "hows": ("how", "is"),
    "wheres": ("where", "is"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "dont": ("do", "not"),
    "dosnt": ("dos", "not"),
    "didnt": ("did", "not"),
    "hasnt": ("has", "not"),
    "havent": ("have", "not"),
    "hadnt": ("had", "not"),
    "wont": ("will", "not"),
    "cant": ("can", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
}
# The second piece of a contraction typed with its apostrophe ("they're", "we've", "it'll").
_CLITICS = {"re": "are", "ve": "have", "ll": "will"}


# English words that are a noun and a verb, read as the verb after a modal or "did" with its
# subject between ("can EU citizens vote", "could 16-year-olds vote") or right after "to" or
# "not" ("allowed to vote"), with no determiner right before ("did X win the vote", "objections
# to the Falkenrode vote" are the noun): the glossary gives the noun, "Stimmen", which is a
# verb of saying too ("stimmt zu"), so "can X vote" asked for somebody's words. Voting for or
# against something stays "stimmen" ("why did X vote against the wind farm": "X stimmte gegen
# …"). ("Lead" is not here: "did X lead in the first round" asks who was ahead, not who led
# something.)
_VERB_AFTER_MODAL = {"vote": "wahlen"}
# ("dos" is "does" folded: the umlaut rule reads its "oe" as "ö")
_MODALS = frozenset("can could cannot may might must will would should shall did do dos".split())
_INFINITIVE = frozenset({"to", "not"})
_FOR_OR_AGAINST = frozenset({"for", "against"})
_DETERMINERS = frozenset(
    "the a an this that these those each every any no of postal popular first second".split()
)


def _as_verb(folded: Sequence[str], i: int) -> str | None:
    """The German verb for the word at `i` if it is a noun-and-verb word read as the verb (see
    `_VERB_AFTER_MODAL`), else None."""
    verb = _VERB_AFTER_MODAL.get(folded[i])
    if verb is None or not i or folded[i - 1] in _DETERMINERS or folded[i - 1] in POSSESSIVES:
        return None
    if folded[i + 1 : i + 2] and folded[i + 1] in _FOR_OR_AGAINST:
        return None
    return verb if folded[i - 1] in _INFINITIVE or not _MODALS.isdisjoint(folded[:i]) else None


# The singular noun with an article is the ballot itself, "die Wahl" ("when was the vote",
# "where was the vote", "did X win the vote"); the plural is the votes counted, "Stimmen" ("how
# many votes"), and so is the singular after "of" ("52 percent of the vote").
_BALLOT_ARTICLES = frozenset("the this that a an".split())


def _as_ballot(folded: Sequence[str], i: int) -> str | None:
    """ "wahl" for "vote" read as the ballot (see `_BALLOT_ARTICLES`), else None."""
    if folded[i] != "vote" or not i or folded[i - 1] not in _BALLOT_ARTICLES:
        return None
    return None if folded[max(0, i - 2)] == "of" else "wahl"


# "6pm", "6 am": an hour as English readers type it, the German articles' "18 Uhr", "6 Uhr".
_CLOCK_RE = re.compile(r"(\d{1,2})(am|pm)")
_HALF_DAY = 12


def _clock(folded: Sequence[str]) -> list[str]:
    """The words with English clock times as German hours ("6pm" → "18 uhr"): kept as typed,
    "6pm" is a word no article has, and the question no article answers."""
    result: list[str] = []
    for word in folded:
        typed = _CLOCK_RE.fullmatch(word)
        split = word in ("am", "pm") and result and result[-1].isdigit()
        if typed is None and not split:
            result.append(word)
            continue
        hour, half = (typed.group(1), typed.group(2)) if typed else (result.pop(), word)
        if half == "pm" and int(hour) < _HALF_DAY:
            hour = str(int(hour) + _HALF_DAY)
        result.extend((hour, "uhr"))
    return result


# "what did X get", "what did the CDU score in the first round": with nothing after the verb but
# where or when, "what" asks for a figure, as "how much" does (a thing got has its noun after
# the verb: "what did X get for it").
_GETTING = frozenset(
    "get gets got receive receives received score scores scored poll polled".split()
)
_AFTER_GETTING = frozenset("in at on after this last".split())


def _what_got(folded: Sequence[str]) -> list[str]:
    """The words with "what … get" read as "how much … get" (see `_GETTING`)."""
    if folded[:1] != ["what"] or folded[1:2] not in (["did"], ["dos"], ["do"], ["will"]):
        return list(folded)  # "what percentage did X get": the glossary's own phrase
    for i, word in enumerate(folded[2:], start=2):
        if word in _GETTING:
            if i + 1 == len(folded) or folded[i + 1] in _AFTER_GETTING:
                return ["how", "much", *folded[1:]]
            break
    return list(folded)


# Question words that ask for a figure: what is got is votes or a share ("how many votes did
# X receive", "what percentage did X poll").
_FIGURE_ASKED = (
    ("how", "many"),
    ("how", "much"),
    ("what", "number"),
    ("what", "percentage"),
    ("what", "share"),
)


def _getting(folded: Sequence[str]) -> list[str]:
    """The words with each verb of getting (`_GETTING`) read as "get" in a question asking for
    a figure: "receive" and "poll" are the same question as "get", which the glossary reads
    as "bekommen"; kept as typed (or as "Umfrage"), they were words no line of a result has.
    A word that opens a phrase of the glossary is that phrase's ("poll workers")."""
    if not has_any_phrase(list(folded), _FIGURE_ASKED):
        return list(folded)
    return [
        "get" if word in _GETTING and tuple(folded[i : i + 2]) not in _PHRASE_STARTS else word
        for i, word in enumerate(folded)
    ]


# English words whose sense at the end of a question is the verb's: "when does the pool
# close" asks when it closes; "close" before a noun is the adjective ("a close race"); "where
# did X study" asks where X studied, "the study" before a verb is the survey's; "what did the
# recount show" asks what it found ("ergab"), "the show" is a performance.
_VERB_AT_THE_END = {"close": "schliessen", "study": "studiert", "show": "ergeben"}


# "what % did X get": the sign as the word a reader would type instead
_PERCENT_SIGN = "%"


def spelled_signs(text: str) -> str:
    """The question with a per cent sign written as a word ("percent" in an English question,
    "Prozent" otherwise): the sign is no word, so "what % did X get" asked no figure."""
    if _PERCENT_SIGN not in text:
        return text
    word = "percent" if is_english(words(text)) else "Prozent"
    return text.replace(_PERCENT_SIGN, f" {word} ")


def uncontracted(folded: Sequence[str]) -> list[str]:
    """The words with English contractions written out (see `_CONTRACTIONS`)."""
    result: list[str] = []
    i = 0
    while i < len(folded):
        joined = folded[i] + "t" if folded[i + 1 : i + 2] == ["t"] else None
        if joined in _CONTRACTIONS:
            result.extend(_CONTRACTIONS[joined])
            i += 2
            continue
        word = folded[i]
        result.extend(_CONTRACTIONS.get(word, (_CLITICS.get(word, word),) if i else (word,)))
        i += 1
    return result


# English words → the German words the articles would use, both sides folded.
_TRANSLATIONS: dict[tuple[str, ...], tuple[str, ...]] = dict(
    [*word_pairs(fold(ENGLISH_GERMAN)), *word_pairs(fold(REGIONS))]
)
# The German words of regions: of all the glossary gives, only these may name a place.
_REGION_WORDS = frozenset(word for _, german in word_pairs(fold(REGIONS)) for word in german)
_LONGEST = max(len(key) for key in _TRANSLATIONS)
# One English word's stem → its German (Porter's English stems: "robbed" and "robbery" find
# "rob"'s and "robbery"'s entry, "cancels" finds "cancelled"'s), for questions not German.
MIN_INFLECTED = 4


@lru_cache(maxsize=1 << 12)
def english_stem(word: str) -> str:
    """Porter's English stem (a stemmer of its own per call: Snowball's keep state while they
    work, see `folding.stem_word`; the answers are remembered)."""
    return Stemmer.Stemmer("english").stemWord(word)


# One-word entries by their first two letters, for `_typo_of`.
MIN_TYPO = 8
_TYPO_KEYS: dict[str, list[str]] = {}
for _word, *_rest in _TRANSLATIONS:
    if not _rest and len(_word) >= MIN_TYPO - 1:
        _TYPO_KEYS.setdefault(_word[:2], []).append(_word)
# A doer's noun ("challenger", "moderator") shares its stem with the verb's forms
# ("challenge", "challenged"): "is anyone challenging the result" asks about a challenge
# ("anfechten"), not a challenger ("Herausforderer"); a doer's form asks for the doer.
_DOER_ENDINGS = ("er", "ers", "or", "ors")
_BY_STEM: dict[tuple[str, bool], tuple[str, ...]] = {}
for _key, _german in _TRANSLATIONS.items():
    if len(_key) == 1:
        _doer = _key[0].endswith(_DOER_ENDINGS)
        _BY_STEM.setdefault((english_stem(_key[0]), _doer), _german)
# The first two words of each phrase of the glossary ("poll workers" of "poll workers").
_PHRASE_STARTS = frozenset(key[:2] for key in _TRANSLATIONS if len(key) > 1)
# Phrases by their first word's stem ("take office" as "take" "office"): "taking office",
# "stepped down" and "swearing in" are the glossary's phrase in another form of its verb.
_PHRASE_BY_STEM: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
for _key, _german in _TRANSLATIONS.items():
    if len(_key) > 1:
        _PHRASE_BY_STEM.setdefault((english_stem(_key[0]), *_key[1:]), (_key, _german))
del _key, _german, _word, _rest, _doer
# Possessive determiners, passed over inside a phrase: "break her promise", "broke their
# promise" and "broken promise" are one entry's ("break promise"), not one entry each.
POSSESSIVES = frozenset("my your his her its our their".split())


def _phrase(folded: Sequence[str], start: int, size: int) -> tuple[tuple[str, ...], int] | None:
    """The `size` words from `start` with possessives after the first passed over, and the
    position after the last; None if the question ends first or nothing was passed over."""
    taken = [folded[start]]
    i = start + 1
    while len(taken) < size and i < len(folded):
        if folded[i] not in POSSESSIVES:
            taken.append(folded[i])
        i += 1
    if len(taken) < size or i - start == size:
        return None
    return tuple(taken), i


def _glossed_phrase(
    folded: Sequence[str], start: int, size: int
) -> tuple[tuple[str, ...], tuple[str, ...], int] | None:
    """A phrase of the glossary (of two words or more) at `start` with possessives passed
    over: its key, its German and the position after it."""
    skipping = _phrase(folded, start, size)
    if skipping is None or (german := _TRANSLATIONS.get(skipping[0])) is None:
        return None
    return skipping[0], german, skipping[1]


def _lean(folded: Sequence[str]) -> int:
    """Words only English has minus words only German has."""
    return sum(word in _ENGLISH_ONLY for word in folded) - sum(
        word in _GERMAN_ONLY for word in folded
    )


def is_english(folded: Sequence[str]) -> bool:
    """Whether a question is English: more words only English has than words only German has."""
    return _lean(folded) > 0


def is_german(folded: Sequence[str]) -> bool:
    """Whether a question is German: more words only German has than words only English has."""
    return _lean(folded) < 0


def to_german(folded: Sequence[str]) -> list[str]:
    """The question's words with English vocabulary replaced by the German the articles use
    (question words stay: `lexicon.QUESTION_WORDS` knows both languages)."""
    return [german for german, _ in translated(folded)]


def _by_stem(word: str) -> tuple[str, ...] | None:
    """The German of a listed English word of the same stem, a doer's noun for a doer's form
    and a verb's or thing's entry for the others (see `_DOER_ENDINGS`); either if only one
    is listed."""
    stem, doer = english_stem(word), word.endswith(_DOER_ENDINGS)
    return _BY_STEM.get((stem, doer)) or _BY_STEM.get((stem, not doer))


def _may_inflect(word: str) -> bool:
    """Whether a word may be another form of a listed English word: not a number, not a short
    or function word ("die", German's article, stems as English "died" does)."""
    return len(word) >= MIN_INFLECTED and not word.isdigit() and word not in STOP_WORDS


def _typo_of(word: str) -> str | None:
    """The listed English word (one word, `MIN_TYPO` letters or more, the same first two
    letters) that `word` is one slip from: a letter left out, added, changed or two swapped
    ("seperated", "goverment"). A shorter word is as often another word ("lost", "most")."""
    if len(word) < MIN_TYPO:
        return None
    near = (
        key
        for key in _TYPO_KEYS.get(word[:2], ())
        if abs(len(key) - len(word)) <= 1 and OSA.distance(word, key, score_cutoff=1) == 1
    )
    return next(near, None)


def _reported_as(phrase: tuple[str, ...], count: int) -> list[str | None]:
    """The English words an English report has for a phrase's `count` German words: its words
    that are no stop words ("sworn" of "sworn in": every line has "in"), in order, the last
    German word taking the last of them ("last word": "letzten" "last", "Wort" "word"; "is
    ahead": "liegt" and "vorn" both "ahead"); None if all are stop words."""
    content: list[str | None] = [word for word in phrase if word not in STOP_WORDS] or [None]
    return [content[min(i, len(content) - 1)] for i in range(count - 1)] + [content[-1]]


def translated(folded: Sequence[str]) -> list[tuple[str, str | None]]:
    """`to_german`'s words, each with the English word it stands for (None: kept as typed):
    an English report has the English word itself. The German words of a phrase stand for its
    English words that are no stop words (`_reported_as`: "political scientist" is
    "scientist", "take office" is "Amt antreten", "sworn in" is "sworn"), so that an English
    report's line has all of the phrase the question has; a word one slip from a listed one
    ("seperated") stands for that one (see `_typo_of`), and a phrase in another form of its
    verb ("swearing in") for the glossary's (`_PHRASE_BY_STEM`). English fillers
    (`ENGLISH_FILLERS`) are left out. A German question stays as typed: "Union", "plant" and
    "man" are German words too."""
    if is_german(folded):
        return [(word, None) for word in folded]
    folded = _getting(_what_got(_clock(uncontracted(folded))))
    result: list[tuple[str, str | None]] = []
    i = 0
    while i < len(folded):
        if i == len(folded) - 1 and folded[i] in _VERB_AT_THE_END:
            result.append((_VERB_AT_THE_END[folded[i]], folded[i]))
            break
        for size in range(_LONGEST, 0, -1):
            key = tuple(folded[i : i + size])
            german = _TRANSLATIONS.get(key) if len(key) == size else None
            if size == 1 and (verb := _as_verb(folded, i) or _as_ballot(folded, i)):
                german = (verb,)
            end = i + size
            if german is None and size > 1 and (found := _glossed_phrase(folded, i, size)):
                key, german, end = found
            if german is None and size > 1 and len(key) == size and _may_inflect(key[0]):
                key, german = _PHRASE_BY_STEM.get((english_stem(key[0]), *key[1:]), (key, None))
            if german is None and size == 1 and _may_inflect(folded[i]):
                german = _by_stem(folded[i])
                if german is None and (meant := _typo_of(folded[i])) is not None:
                    key, german = (meant,), _TRANSLATIONS[(meant,)]
            if german is not None:
                result.extend(zip(german, _reported_as(key, len(german)), strict=True))
                i = end
                break
        else:
            if folded[i] not in ENGLISH_FILLERS:
                result.append((folded[i], None))
            i += 1
    return result


def glossed(pairs: Sequence[tuple[str, str | None]]) -> set[int]:
    """The positions of `translated`'s words that the glossary gave for an English word, other
    than a region's: each is a common word ("pool" → "Bad", "fined" → "Geldstrafe"), so no
    place asked about, though a town's name may start with it."""
    return {
        i
        for i, (german, original) in enumerate(pairs)
        if original is not None and german not in _REGION_WORDS
    }
