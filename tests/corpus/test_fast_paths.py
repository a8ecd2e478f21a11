"""The fast paths of extraction find exactly what their plain definitions find.

Each fast path here replaced something slower that defined the behaviour: a regex compiled per
article, a pattern tried at every position, the pure-Python YAML parser, a scan of all blocks
per block. These tests pin each one to that definition, on written cases and generated text.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.corpus import facts, german, people, quotes, reported, saying, speakers
from bot.corpus.extract import extract
from bot.corpus.loading import safe_load_yaml
from bot.corpus.model import HEADING, PARAGRAPH, Block
from bot.corpus.people import AliasFinder
from bot.corpus.reading import parse_article
from tests.corpus.articles import SEED

# --- aliases: the per-article regex they replace ---------------------------------------------


def alias_regex(aliases: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, aliases)) + r")(s|’|')?(?![\w-])")


def as_tuples(matches) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.alias, m.genitive) for m in matches]


def regex_tuples(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(1), m.group(2) or "") for m in pattern.finditer(text)]


NAMES = ["Wüst", "Hendrik Wüst", "Henrik Wüst", "Kalouti", "Alexander Kalouti", "Anna", "Ann"]
NAMES += ["O’Neill", "Müller-Lüdenscheidt", "Müller", "von der Leyen", "Leyen", "Wüsts"]
PIECES = [*NAMES, " ", "  ", "s", "’", "'", "-", "_", ",", ".", "x", "„", "“", "3", "ä", "\t"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=6, unique=True),
    st.lists(st.sampled_from(PIECES), max_size=14),
)
def test_the_alias_finder_finds_what_the_alias_regex_finds(chosen, pieces):
    aliases = sorted(chosen, key=len, reverse=True)
    text = "".join(pieces)
    finder, pattern = AliasFinder(aliases), alias_regex(aliases)
    assert as_tuples(finder.finditer(text)) == regex_tuples(pattern, text)
    first = pattern.search(text)
    found = finder.search(text)
    assert (found is None) == (first is None)
    if found is not None:
        assert (found.start, found.alias) == (first.start(), first.group(1))
    for start in range(len(text) + 1):
        at, expected = finder.match(text, start), pattern.match(text, start)
        assert (at is None) == (expected is None), (text, start)
        if at is not None:
            assert (at.start, at.end, at.alias) == (expected.start(), expected.end(), expected[1])


def test_the_alias_finder_on_the_seed():
    names = ["Hendrik Wüst", "Wüst", "Henrik Wüst", "Thomas Westphal", "Westphal", "Peick"]
    aliases = sorted(names, key=len, reverse=True)
    text = SEED.read_text(encoding="utf-8")
    found = as_tuples(AliasFinder(aliases).finditer(text))
    assert found == regex_tuples(alias_regex(aliases), text)
    assert len(found) > 10


# --- patterns that open with a lookahead of their first characters ---------------------------


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was before its `(?=[…])` prefix was added."""
    assert pattern.pattern.startswith("(?=[")
    return re.compile(pattern.pattern[pattern.pattern.index("])") + 2 :])


LOOKAHEAD_PATTERNS = [facts.CHECKABLE_RE, saying.VERB_RE, reported.COMPLEMENT_RE]
SEED_LINES = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
WORDS = "er Er sie Sie es man der Der die das Das ein eine Eine zu zufolge sagte, so dass".split()
WORDS += "12 3,5 1.000 Prozent Sonntag Sonntagabend zum ersten Mal Rekordwahl noch nie".split()
WORDS += "heißt es hieß mit der erklärte, wie ob - x-der ’die _er".split()


@pytest.mark.parametrize("pattern", LOOKAHEAD_PATTERNS, ids=lambda p: p.pattern[:24])
def test_a_lookahead_changes_no_match_on_the_seed(pattern):
    plain = without_lookahead(pattern)
    for line in SEED_LINES:
        assert spans(pattern, line) == spans(plain, line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, " ", ", ", ".", "-", "’"]), max_size=16))
def test_a_lookahead_changes_no_match_on_any_text(pieces):
    text = "".join(pieces)
    for pattern in LOOKAHEAD_PATTERNS:
        plain = without_lookahead(pattern)
        assert spans(pattern, text) == spans(plain, text)


PRONOUN_RE = re.compile(r"\b(er|Er|sie|Sie)\b")
ARTICLE_RE = re.compile(r"\b([Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine|[Ee]iner|[Ee]ines)\s")


def pronouns_and_articles(text: str) -> list[tuple[int, int, bool]]:
    """What the two patterns the single one replaced found, in text order."""
    found = [(m.start(), m.end(), True) for m in PRONOUN_RE.finditer(text)]
    found += [(m.start(), m.end(), False) for m in ARTICLE_RE.finditer(text)]
    return sorted(found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, " ", ", ", "\n", "x", "ä"]), max_size=16))
def test_one_pass_finds_the_pronouns_and_articles_two_passes_found(pieces):
    text = "".join(pieces)
    found = [
        (m.start(), m.end(), m.group(1) is not None)
        for m in speakers.PRONOUN_OR_ARTICLE_RE.finditer(text)
    ]
    assert found == pronouns_and_articles(text)


# --- the subjunctive test, which skips its pronoun scan when there is no pronoun ------------


def plain_has_subjunctive(text: str, strict: bool = True) -> bool:
    """`has_subjunctive` as it was written before its fast path: a listed form among the words
    written in lower case or the first word, or a verb in -e beside a pronoun."""
    forms = german.KONJUNKTIV_I if strict else german.KONJUNKTIV
    words = re.findall(r"(?<![\w-])[a-zäöüß]+(?![\w-])", text)
    words += re.findall(r"[a-zäöüß]+", text.lower())[:1]
    if not forms.isdisjoint(words):
        return True
    pattern = re.compile(
        r"\b(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an)\s+([a-zäöüß]{3,}e)\b"
        r"|\b([a-zäöüß]{3,}e)\s+(?:er|sie|es|man)\b"
    )
    for match in pattern.finditer(text):
        word = match.group(1) or match.group(2)
        if word not in german._NOT_VERBS_IN_E and not word.endswith("te"):
            return True
    return False


VERBS = "empfinde liebe komme sagte alleine habe hätte wäre gehe Freude".split()
PRONOUNS = "er Er sie Sie es Es man Man MAN".split()
SENTENCES = st.lists(
    st.sampled_from([*VERBS, *PRONOUNS, "der", "İch", "Ⓔr", "x-er", "12", "."]), max_size=8
).map(" ".join)


@pytest.mark.parametrize(
    "text",
    [
        "Er empfinde eine große Freude.",
        "Man sagte es.",
        "Es alleine",
        *(f"{pronoun} liebe das." for pronoun in PRONOUNS),
        *(f"Nun liebe {pronoun}." for pronoun in PRONOUNS),
    ],
)
def test_the_subjunctive_is_found_as_before_on_examples(text):
    for strict in (True, False):
        assert german.has_subjunctive(text, strict=strict) == plain_has_subjunctive(text, strict)


@settings(max_examples=300, deadline=None)
@given(SENTENCES, st.booleans())
def test_the_subjunctive_is_found_as_before(text, strict):
    assert german.has_subjunctive(text, strict=strict) == plain_has_subjunctive(text, strict)


# --- sidecars: libyaml where PyYAML has it, with the same values --------------------------------

SIDECARS = [
    "title: Stichwahl\npublisher: Nordstadtblogger\nauthors:\n- A\n- B\npublished: 2025-09-29\n",
    "authors: Max Muster\npublished: '2025-09-29'\nurl: https://example.invalid/a?b=1\n",
    "published: 2025-09-29T21:15:00\n",
    "",
    "# nur ein Kommentar\n",
    "title: [unclosed\n",
    "title: a\n\tpublisher: b\n",
    "title: 'Zitat: „Sieg“'\n",
    "- a\n- b\n",
    "title: \x01\n",
    "k: &a 1\nj: *a\n",
    "k: *missing\n",
]


@pytest.mark.parametrize("text", SIDECARS)
def test_a_sidecar_reads_as_yaml_safe_load_reads_it(text):
    try:
        expected = ("ok", yaml.safe_load(text))
    except yaml.YAMLError:
        expected = ("error", None)
    try:
        got = ("ok", safe_load_yaml(text))
    except yaml.YAMLError:
        got = ("error", None)
    assert got == expected


# --- sections: the last heading so far, unless the blocks are not in line order ----------------


def test_blocks_out_of_line_order_still_get_the_section_section_of_gives():
    article = parse_article(
        "Lead des Artikels mit 3 Zahlen.\n\nErste Überschrift hier\n"
        "„Wir haben gewonnen, und zwar deutlich“, sagte Anna Schmidt.\n",
        article_id="t",
        path="t.txt",
    )
    in_order = extract(article)
    assert [q.section for q in in_order.quotes if q.kind == "direct"] == ["Erste Überschrift hier"]
    shuffled = (
        Block(PARAGRAPH, 4, article.blocks[2].text),
        Block(HEADING, 9, "Späte Überschrift dort"),
        Block(PARAGRAPH, 1, article.blocks[0].text),
    )
    out_of_order = extract(replace(article, blocks=shuffled))
    expected = [out_of_order.section_of(q.line) for q in out_of_order.quotes]
    assert [q.section for q in out_of_order.quotes] == expected


# --- comments: read only as far as their last quotation -------------------------------------

COMMENTED = """Die Stadt hat gewählt, sagte Anna Schmidt (SPD) am Abend.

Kommentare
Max Leser
Mein Nachbar, der Bürgermeister, war da. Er sagte: „Wir bauen die Brücke neu.“ {tail}
Erika Leserin
Ich sehe das anders. Die Wahl war knapp.
"""


@pytest.mark.parametrize("tail", ["", "Danach ging er. Sie lachte. Der Minister schwieg."])
def test_a_comment_after_its_last_quotation_changes_nothing(tail):
    article = extract(parse_article(COMMENTED.format(tail=tail), article_id="c", path="c.txt"))
    comment_quotes = [(q.text, q.speaker) for q in article.quotes if q.source == "comment"]
    assert comment_quotes == [("Wir bauen die Brücke neu.", "der Bürgermeister")]


# --- role heads: the regex of every head, searched at every position, that set lookups replace -

# (An abbreviated head, "OB", joins a compound only with a hyphen: "Jakob" is no role.)
ROLE_HEAD_RE = re.compile(
    r"(?:(?:^|-|(?<=[a-zäöüß]))(?:"
    + "|".join(sorted(set(german.ROLE_HEADS) - german._HYPHENED_HEADS, key=len, reverse=True))
    + r")|(?:^|-)(?:"
    + "|".join(sorted(german._HYPHENED_HEADS))
    + r"))$",
    re.IGNORECASE,
)
ROLE_PIECES = [
    "Landes",
    "vorsitzende",
    "OB",
    "-",
    "Kandidat",
    "in",
    "nen",
    "s",
    "Sprecher",
    "Ä",
    "x",
]


@pytest.mark.parametrize(
    "word",
    [
        "Landesvorsitzende",
        "OB-Kandidatin",
        "Sprecherinnen",
        "Präsident",
        "Residenz",
        "Xkanzler",
        "Jakob",
    ],
)
def test_a_role_head_is_found_as_the_regex_found_it(word):
    assert german._ends_with_role_head(word) == bool(ROLE_HEAD_RE.search(word))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ROLE_PIECES), min_size=1, max_size=5))
def test_a_role_head_is_found_as_the_regex_found_it_in_any_compound(pieces):
    word = "".join(pieces)
    assert german._ends_with_role_head(word) == bool(ROLE_HEAD_RE.search(word))


# --- written texts: the nouns' letters looked for with `in` before the slow pattern -----------

TEXT_PIECES = ["Brief", "brief", "Abschieds", "Facebook-", "Post", "post", "Erklärung", "Mail"]
TEXT_PIECES += ["es", "s", "E-", "rief", "ext", " ", ", ", ".", "Der", "des Landrats", "x", "-"]


def plain_written_nouns(frame: str, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in speakers.WRITTEN_NOUN_RE.finditer(frame, 0, end)]


@pytest.mark.parametrize(
    "frame",
    ["Sie schrieb einen Abschiedsbrief.", "Ein Facebook-Post des Landrats X.", "Die Wahl.", ""],
)
def test_the_nouns_of_written_texts_are_found_as_the_pattern_finds_them(frame):
    for end in range(len(frame) + 1):
        found = [m.span() for m in speakers.written_nouns(frame, end)]
        assert found == plain_written_nouns(frame, end)
    assert [m.span() for m in speakers.written_nouns(frame)] == plain_written_nouns(
        frame, len(frame)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TEXT_PIECES), max_size=10), st.integers(0, 80))
def test_the_nouns_of_written_texts_are_found_as_the_pattern_finds_them_anywhere(pieces, end):
    frame = "".join(pieces)
    end = min(end, len(frame))
    assert [m.span() for m in speakers.written_nouns(frame, end)] == plain_written_nouns(frame, end)


# --- a role the sentence defines: the verb before the name looked for before the pattern ------

DEFINING_PIECES = ["Der", "Die", "eine", "neue", "künftige", "Landrat", "Siegerin", "heißt", "ist"]
DEFINING_PIECES += [" ", "  ", "\t", ". ", ": ", "– ", "x", "Bürgermeisterin"]


def plain_defined_role(text: str, start: int, end: int) -> str | None:
    lead = text[max(0, start - 60) : start]
    match = people.DEFINED_ROLE_RE.search(lead)
    if match is None and people.NAME_ENDS_SENTENCE_RE.match(text, end):
        match = people.COLON_ROLE_RE.search(lead)
    if match is None or not german.is_role_noun(match.group(1).split()[-1]):
        return None
    return match.group(1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DEFINING_PIECES), max_size=10), st.sampled_from([".", " sagt"]))
def test_a_defined_role_is_found_as_the_pattern_finds_it(pieces, after):
    text = "".join(pieces) + "Anna Beispiel" + after
    start = len("".join(pieces))
    end = start + len("Anna Beispiel")
    assert people._defined_role(text, start, end) == plain_defined_role(text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Der neue Landrat heißt Anna Beispiel.",
        "Die Siegerin ist \tAnna Beispiel.",
        "Der Kreis hat eine neue Landrätin: Anna Beispiel.",
    ],
)
def test_a_defined_role_is_still_found(text):
    start = text.index("Anna")
    end = start + len("Anna Beispiel")
    found = people._defined_role(text, start, end)
    assert found == plain_defined_role(text, start, end) is not None


# --- an unnamed English subject: the cue verbs' letters looked for before the pattern --------

ENGLISH_PIECES = ["A", "a", "An", "One", "Another", "Some", "voter", "retired driver", "said"]
ENGLISH_PIECES += ["told", "added", "asked", "wrote", "says", "ed", "sagte", " ", ", ", "”", '"']


def plain_english_subject(frame: str) -> tuple[int, int] | None:
    match = quotes.ENGLISH_UNNAMED_SUBJECT_RE.search(frame)
    return match.span(1) if match else None


@pytest.mark.parametrize(
    "frame", ["A retired bus driver said he was tired.", "Ein Rentner sagte, er sei müde.", ""]
)
def test_an_unnamed_english_subject_is_found_as_the_pattern_finds_it(frame):
    found = quotes._english_unnamed_subject(frame)
    assert (found.span(1) if found else None) == plain_english_subject(frame)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ENGLISH_PIECES), max_size=10))
def test_an_unnamed_english_subject_is_found_as_the_pattern_finds_it_anywhere(pieces):
    frame = "".join(pieces)
    found = quotes._english_unnamed_subject(frame)
    assert (found.span(1) if found else None) == plain_english_subject(frame)


def test_every_english_cue_verb_holds_a_clue():
    assert all(
        any(clue in verb for clue in quotes._ENGLISH_CUE_CLUES) for verb in german.ENGLISH_CUE_VERBS
    )


# --- a name as a whole word: the literal first, its start tested after it -------------------

WORD_START_PIECES = ["Lena", "Lenas", "Mia", "der", "Der", "die", "kleine", "13-jährige", "Alt"]
WORD_START_PIECES += [" ", "  ", "-", "_", ",", ", ", "(12)", ", 17", ", die", "x", "ä", "\n"]


def word_start_spans(literal: str, text: str) -> tuple[list[tuple[int, int]], ...]:
    """What the name pattern finds, with the lookbehind first (as it was) and last (as now)."""
    old = re.compile(rf"(?<![\w-]){re.escape(literal)}(?![\w-])")
    new = re.compile(rf"{people._word_at_start(re.escape(literal))}(?![\w-])")
    return spans(old, text), spans(new, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["Lena", "Mia", "Lena Alt"]), st.lists(st.sampled_from(WORD_START_PIECES)))
def test_a_name_as_a_whole_word_is_found_where_the_lookbehind_found_it(name, pieces):
    old, new = word_start_spans(name, "".join(pieces))
    assert new == old


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORD_START_PIECES), max_size=14))
def test_a_first_name_after_an_article_is_found_where_it_was(pieces):
    """An article before a first name ("die kleine Lena") is found as the lookbehind found it."""
    text = "".join(pieces)
    old = r"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em)\s+(?:[\w-]+e[nr]?\s+)?Lena(?![\w'’-])"
    new = rf"{people.FIRST_NAME_INTRODUCED_BEFORE}Lena(?![\w'’-])"
    assert spans(re.compile(new), text) == spans(re.compile(old), text)


def test_a_role_before_a_doctor_is_still_read():
    """The cheap test before the title's search ("Dr." or "Prof." in the words before a name)
    leaves the role found as it was."""
    from bot.corpus import english_roles

    text = "Political scientist Dr. Jane Doe said it was close."
    found = english_roles.roles_around(text, text.index("Jane"), text.index(" said"))
    assert found == ["political scientist"]
