"""A name the articles do not know: "was hat Bennert gesagt" when they name only Rennert.

A question's word that no article writes, standing where a name stands (after a first name:
"Anna Kallenberg"; bare after the verb: "was sagt Kallenberg", "did Kallenberg win"), or close
to a known person's name without being a slip of it (`people.mistyped`), names somebody the
articles do not know. The honest answer says so: matched by edit distance to a word the
articles have, it would put another person's words in the answer (Rennert's for "Bennert",
a line about the village Hallenberg for "Kallenberg").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from rapidfuzz import fuzz, process

from bot.corpus import german
from bot.engine import english
from bot.engine.honest import FIRST_NAMES
from bot.engine.index import CorpusIndex
from bot.engine.lexicon import ORDINALS, SPEECH_WORDS, STOP_WORDS
from bot.engine.matching import expansions
from bot.engine.memo import remembered
from bot.engine.people import NONE

MIN_NAME = 4  # shorter words are too often other words ("Ohm", "Eck")
# The finite verbs a question puts before its subject ("was hat X gesagt", "wurde X gewählt",
# "what did X say", "is X re-elected"): a bare word there, with no article, is a name when
# the question ends after it or goes on with a participle or a particle ("gesagt", "zur Wahl").
# (Not "was": German asks "was meint X" with it.)
SUBJECT_VERBS = frozenset(
    """
    hat hatte ist war wurde wird sagt sagte meint meinte findet fand will wollte kann konnte
    soll sollte did does dos do is has had will can
    """.split()
)
# Words before a noun that is no name ("die Wahl", "zur Pleite", "seinen Sieg", "about the
# vote", "in Moorbach").
NOUN_MARKERS = frozenset(
    """
    der die das den dem des ein eine einen einem einer zur zum beim vom am im ins ans in aus
    fur uber mit nach bei von zu sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer
    the a an about of his her their
    """.split()
)
# As close as this (edit similarity) to a known person's name, a word would be matched to it.
CLOSE_TO_NAME = 80.0
# This close (edit similarity) to a word of the articles that names nobody: a typo of it.
WORD_TYPO = 90.0
# Endings of adjectives and adverbs ("zuständig", "erfolgreich"): a bare word after the verb
# with one of them says how, not who.
ADJECTIVE_ENDS = ("ig", "lich", "isch", "bar", "sam", "haft", "los")
# A participle with "ge": "gewählt", "gefeiert", "zugestimmt", "angekündigt".
GE_PARTICIPLE_RE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|zuruck|uber|um|durch|fest|los|dar)?ge\w+(?:t|en)"
)
# … and one without "ge" ("verloren", "bekommen", "erreicht"), which many surnames look like
# too ("Bennert", "Ernst"): such a word is a name only when it is close to a known one.
PARTICIPLE_RE = re.compile(GE_PARTICIPLE_RE.pattern + r"|(?:be|ver|er|ent|zer|emp|miss)\w+(?:t|en)")


def unknown_name(
    index: CorpusIndex,
    folded: Sequence[str],
    typed: Sequence[str | None],
    taken: Collection[int],
    stem: Callable[[str], str],
) -> str | None:
    """The first word of the question (folded) that names somebody the articles do not know,
    if any (`typed`: per word, the English word it translates, None if kept as typed; `taken`:
    positions already read as a person, place, party or question word)."""
    for position, word in enumerate(folded):
        translated = position < len(typed) and typed[position] is not None
        if position in taken or translated or not _unknown_word(index, word):
            continue
        if word in index.authors_by_key:
            continue  # a byline's name: somebody who wrote an article, not a stranger
        before = folded[position - 1] if position else ""
        after = folded[position + 1] if position + 1 < len(folded) else ""
        if after and index.people.mentioned_in([after]):
            continue  # "was meint Beispiel": a verb or a role before a name
        if GE_PARTICIPLE_RE.fullmatch(word) or word.endswith(ADJECTIVE_ENDS):
            continue  # "wo hat X gefeiert", "wer ist zuständig": what or how, not who
        stemmed = stem(word)
        after_first = before in FIRST_NAMES
        bare = before in SUBJECT_VERBS and stemmed not in index.own and _subject(word, after)
        close = before not in NOUN_MARKERS and _close_to_someone(index, word)
        if after_first and not expansions(index, stemmed, typo=False):
            return word  # "Anna Kallenberg": a surname, though a village is "Hallenberg"
        if (bare or close) and not _a_word(index, stemmed):
            return word
    return None


def _subject(word: str, after: str) -> bool:
    """Whether a bare word after the verb stands as its subject: no participle itself ("wer
    hat verloren"), and the end of the question, a particle or a participle after it (not a
    noun: "wer wird neuer Bürgermeister")."""
    return PARTICIPLE_RE.fullmatch(word) is None and (
        not after
        or after in STOP_WORDS
        or after in SPEECH_WORDS
        or PARTICIPLE_RE.fullmatch(after) is not None
    )


def _unknown_word(index: CorpusIndex, word: str) -> bool:
    """A word that may be a name and that no article writes as such."""
    return (
        len(word) >= MIN_NAME
        and word.isalpha()
        and word not in STOP_WORDS
        and word not in ORDINALS  # "wer wurde zweiter": a place in the order, no name
        and word not in index.stems
        and word not in english.ENGLISH_FILLERS
        and not english.is_english([word])
        and index.people.party_named(word) is None
        and not german.is_role_noun(word.capitalize())
    )


def _close_to_someone(index: CorpusIndex, word: str) -> bool:
    """Close to a known person's name, but no slip of it: "Bennert" beside Rennert. Once per
    word and index (`close_names_memo`): a comparison with every name the articles give."""
    return remembered(index.close_names_memo, word, lambda: _find_close(index, word))


def _find_close(index: CorpusIndex, word: str) -> bool:
    people = index.people
    near = process.extractOne(
        word, people.fuzzy_keys, scorer=fuzz.ratio, processor=None, score_cutoff=CLOSE_TO_NAME
    )
    return near is not None and people.fuzzy(word).how == NONE


def _a_word(index: CorpusIndex, stemmed: str) -> bool:
    """Whether the articles have the word in another form, a synonym or a compound, or a word
    that names nobody so close that it is a typo of it ("Wahlbeteilgung")."""
    if expansions(index, stemmed, typo=False):
        return True
    found = process.extractOne(
        stemmed, index.vocabulary, scorer=fuzz.ratio, processor=None, score_cutoff=WORD_TYPO
    )
    return found is not None and found[0] not in index.name_word_stems
