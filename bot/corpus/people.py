"""Find the people an article names: canonical full name, aliases, party and roles.

A person is a run of capitalised words that German news marks as a name: a known first name
("Paul Ried"), a role noun before it ("NRW-Ministerpräsident Jonas Albers"), a party after it
("… Albers (CDU)"), or an apposition around it ("Der Fraktionsvorsitzende der CDU, Ole Harms,").
Spellings of one person ("Jonas Alber" in a heading, "Jonas Albers" in the text) are merged by
surname and a fuzzy match of the first name. Byline authors and reader commenters are not people
of the article and are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from bot.corpus import english_roles, german
from bot.corpus.credits import in_credit
from bot.corpus.model import HEADING, PARAGRAPH, RELATED_TITLE, REPORTING_KINDS, Block, Person
from bot.corpus.roles import base_form as roles_base_form


def _accented_latin(lower: bool) -> str:
    """Every accented Latin letter of one case, for a character class: names are written with
    Turkish, Polish, Vietnamese and other letters ("Elif Doğanoğlu", "Trần Thị Mỹ"), and a
    word ending in one is still a name word. (Latin-1, Latin Extended-A and -B, and the
    Latin Extended Additional block Vietnamese uses.)"""
    blocks = (range(0xC0, 0x250), range(0x1E00, 0x1F00))
    letters = (chr(code) for block in blocks for code in block)
    return "".join(c for c in letters if (c.islower() if lower else c.isupper()))


_LOWER = "a-z" + _accented_latin(lower=True)
_UPPER = "A-Z" + _accented_latin(lower=False)
# A capitalised word ending in a lower-case letter, as a whole word: "AfD" is no name word.
TOKEN = rf"[{_UPPER}][\w'’]*[{_LOWER}](?:-[{_UPPER}][\w'’]*[{_LOWER}])*(?![\w'’])"
# Particles between a first name and a surname; "ter" and "ten" are Low German and Dutch
# ("Jan ter Beek", "Anke ten Brink").
PARTICLE = r"(?:von der|von|van der|van|de|zu|di|da|del|al|bin|el|ter|ten)"
# Arabic article joined to a surname by a hyphen: "Samir al-Beispiel", "Nadia as-Sabur".
JOINED_ARTICLE = r"(?:al|el|ad|ar|as|asch|at|az|an)-"
JOINED_ARTICLE_RE = re.compile(JOINED_ARTICLE + rf"[{_UPPER}]")
# Words of a name, with particles and middle initials between them ("Anna K. Berger").
# A surname cut to its initial, as court reports write it ("Rainer K."), closes a run.
# A double first name may cut its second part to an initial ("Hans-J. Beispiel"); a name may
# end with a generation ("Georg Beispiel sen.", "… jr."), which tells father and son apart.
INITIALLED_FIRST = rf"[{_UPPER}][\w'’]*[{_LOWER}]-[{_UPPER}]\.(?=\s[{_UPPER}])"
GENERATION = r"(?:sen|jun|jr|Jr|Sr)\."
GENERATION_RE = re.compile(rf"\s{GENERATION}$")
RUN_RE = re.compile(
    rf"(?:{INITIALLED_FIRST}|{TOKEN})(?:\s(?:(?:{PARTICLE}|[{_UPPER}]\.)\s|{JOINED_ARTICLE})?{TOKEN})*"
    rf"(?:\s[{_UPPER}]\.(?!\w)|\s{GENERATION}(?!\w))?"
)
WORD_BEFORE_RE = re.compile(r"([\w.’'-]+)\s*$")
PARTY_PAREN_RE = re.compile(r"^\s*\(([^)]{2,20})\)")
# "Heiner Garbe von der AfD", "… vom BSW", "… von den Grünen", "X of the Free Voters" (up to
# three words, within the clause: "Christian Social Union")
PARTY_AFTER_RE = re.compile(
    r"^,?\s+(?:von der|vom|von den|aus der|of the)\s+([^\s,;.]+(?:\s[^\s,;.]+){0,2})"
)
# A gallery's heading: "Anna Beispiel, 29, Grüne, Hebamme", "Jan Muster, 51, parteilos (…), Arzt"
PARTY_AFTER_AGE_RE = re.compile(r"^,\s+\d{1,3},\s+(\S+(?:\s\S+)?)(?=\s*[,(])")
# A results table written as text: "Dirk Hollenbach | CDU | 11.019 | 31,6 %"
PARTY_CELL_RE = re.compile(r"^ \| ([^|]{2,20}) \|")
# A party member's noun: right before a name it says the person's party ("die Sozialdemokratin
# X", "der Freisinnige X", English wire copy's "Social Democrat X"), and the name follows it, as
# it follows a role noun ("Christian Democrat Stefan Brandt").
PARTY_MEMBER_WORDS = frozenset(
    "Democrat Democrats Republican Sozialdemokrat Sozialdemokratin Christdemokrat "
    "Christdemokratin Freidemokrat Freidemokratin Freisinnige Freisinniger Liberale "
    "Liberaler Volksparteiler Volksparteilerin".split()
)
# A party's adjective as a member's noun, "die Grüne Smilla Oeltjen", "der Linke Bo Rahn": before
# a first name and surname it says the party (not "Grüne Jugend", where one noun follows).
PARTY_ADJECTIVE_NOUNS = frozenset("Grüne Grüner Linke Linker".split())
PARTY_PARTS = frozenset("Jugend Liste Partei Basis Spitze".split())
# … standing as the person's noun after its article: "ließ die Grüne Smilla Oeltjen hinter sich"
PARTY_MEMBER_BEFORE_RE = re.compile(r"(?<!\w)(?:[Dd]ie|[Dd]er)\s+(?:Grüne|Grüner|Linke|Linker)\s+$")
COMMON_NOUN_END = re.compile(r"(?:ung|heit|keit|schaft|tion|tät|ismus|nis|ment|tum|ei)$")
# A double surname: two capitalised words with lower-case letters, joined ("Kettler-Osei").
DOUBLE_SURNAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+")
# An adjective before a role noun: "scheidende", "Dortmunder", "SPD-" (of "SPD- und
# Grünen-Chef"), or an ordinal of an office's title ("der Erste Beigeordnete").
ROLE_ADJECTIVE_RE = re.compile(
    rf"^(?:[{_LOWER}]+(?:e|en|er|es)|[{_UPPER}][\w]*er|\w+-|(?:Erst|Zweit|Dritt)e[nr]?)$"
)
APPOSITION_CLAUSE_SPLIT_RE = re.compile(r"[.;:!?]|,(?=[^,]*,\s*$)")
APPOSITION_AFTER_RE = re.compile(r",\s+((?:\S+\s+){0,3}\S+)")
COLON_QUOTE_AFTER_RE = re.compile(r":\s*[„“\"»«]")
# An age between commas right after a full name marks a person as news writes them: "Kerem
# Aydın, 22, studiert …" (a place or a list of seats is not written so).
AGE_APPOSITION_RE = re.compile(r",\s+[1-9]\d?,\s+\w")
NON_PARTISAN_RE = re.compile(r"[Pp]arteilose[nrms]?")
ROLE_CLAUSE_SPLIT_RE = re.compile(r"[.;:!?]\s|,\s")
# The apposition after a name, past an age written alone ("NAME, 67, Rentnerin").
ROLE_AFTER_RE = re.compile(r",\s+(?:\d{1,3},\s+)?([^,;:()„“\"]+?)(?=,|;|:|\.(?:\s|$)|$|\s\()")
ROLE_LIST_SPLIT_RE = re.compile(r"\s+und\s+|\s+sowie\s+")
WORD_BEFORE_CHARS = frozenset(".’'-")
WORD_CHARS_RE = re.compile(r"[\w.’'-]+")
# Titles of nobility are part of a name: "Alexander Graf von Hohenwarth".
NOBILITY = frozenset("Graf Gräfin Freiherr Freifrau Baron Baronin Fürst Fürstin Prinz".split())


def without_generation(name: str) -> str:
    """A name without its generation: "Georg Beispiel sen." → "Georg Beispiel"."""
    return GENERATION_RE.sub("", name) if name.endswith(".") else name


@dataclass
class PersonRecord:
    """A person while the article is being read; becomes a frozen `Person` at the end."""

    name: str
    forms: Counter[str] = field(default_factory=Counter)
    gender: str | None = None  # "m", "f" or None when unknown
    party: str | None = None
    roles: list[str] = field(default_factory=list)
    first_line: int = 0
    # Introduced as somebody's relative ("Seine Frau Gisela Beispiel") whom the article does
    # not name in full: the surname alone then names that one, not this person
    # (see `_kin_of_another`).
    relative: bool = False

    @property
    def surname(self) -> str:
        return without_generation(self.name).split()[-1]

    def surnames(self) -> tuple[str, ...]:
        """The words a text may call this person by alone: the last one, and the first when it
        is a family name and no first name ("Nguyen" of "Nguyen Van Minh")."""
        first = self.name.split()[0]
        if first in german.SURNAMES and first not in german.FIRST_NAMES:
            return (self.surname, first)
        return (self.surname,)

    def aliases(self) -> tuple[str, ...]:
        names = {form for form in self.forms if form != self.name}
        if " " in self.name and not self.relative:
            names.update(self.surnames())
            names.update(without_generation(form).split()[-1] for form in self.forms)
            generation = GENERATION_RE.search(self.name)
            if generation:  # "sagt Beispiel sen.": the surname with the generation
                names.add(self.surname + generation.group(0))
        names.discard(self.name)
        return tuple(sorted(names))

    def add_role(self, role: str) -> None:
        role = role.strip(" ,.;:")
        if role and role not in self.roles and len(role) <= 120:
            self.roles.append(role)

    def freeze(self) -> Person:
        roles: list[str] = []
        for role in self.roles:
            base = roles_base_form(role, self.gender)
            if base and base not in roles:
                roles.append(base)
        return Person(self.name, self.aliases(), self.party, tuple(roles), self.relative)


@dataclass(frozen=True)
class NameHit:
    """A name found in one block: where it stands and what the text around it says of it."""

    name: str
    start: int
    end: int
    block: Block


def _word_before(text: str, index: int) -> str:
    """The word that ends `text[:index]` (trailing spaces ignored), as WORD_BEFORE_RE finds it,
    walked back from the end instead of searched for from the start."""
    end = min(index, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    after_space = text.rfind(" ", 0, end) + 1  # most words stand after a space: all of it
    if WORD_CHARS_RE.fullmatch(text, after_space, end):
        return text[after_space:end]
    start = end
    while start > 0 and (
        text[start - 1].isalnum() or text[start - 1] == "_" or text[start - 1] in WORD_BEFORE_CHARS
    ):
        start -= 1
    return text[start:end]


# Relatives whom news names by their first name ("seine Mutter Anna", "ihr Bruder Jan"), and
# partners, named so only after a possessive ("ihr Mann Jens", "seine Frau Anna"): "Frau Anna"
# alone is an address, "Mann" alone a noun.
RELATIVES = frozenset(
    "mutter vater tochter sohn schwester bruder tante onkel oma opa großmutter großvater "
    "enkel enkelin nichte neffe".split()
)
PARTNERS = frozenset(
    "mann frau ehemann ehefrau partner partnerin lebensgefährte lebensgefährtin freund "
    "freundin gatte gattin verlobte verlobter".split()
)
KIN_NOUNS = RELATIVES | PARTNERS
POSSESSIVE_OPENERS = frozenset("Ihr Ihre Sein Seine Mein Meine Unser Unsere".split())


def _surname_after_first_name(tokens: list[str], i: int) -> bool:
    return i > 0 and tokens[i] in german.SURNAMES and tokens[i - 1] in german.FIRST_NAMES


def _a_member(word: str) -> bool:
    """Whether the word after a party's adjective may open a member's name ("Grüne Smilla"),
    not a part of the party ("Grüne Jugend", "Linke Ratsfraktion")."""
    return word not in PARTY_PARTS and not german.is_institution_noun(word)


def _trim_run(tokens: list[str]) -> tuple[int, list[str]]:
    """Drop leading words that are not part of a name (sentence starters, role nouns)."""
    # A name follows the last role noun of a run: "Frankreichs Staatspräsident Nicolas Sarkozy".
    # (Not a surname that is also a role noun, after a first name: "Stellvertreter Olaf Richter".)
    roles = [
        i
        for i, t in enumerate(tokens)
        if (german.is_role_noun(t) and not _surname_after_first_name(tokens, i))
        or t in PARTY_MEMBER_WORDS
        or (t in PARTY_ADJECTIVE_NOUNS and i == len(tokens) - 3 and _a_member(tokens[i + 1]))
    ]
    # …and the last relative's noun before a first name: "Mann Jens" of "ihr Mann Jens", "Sohn
    # Jonas" (not "Thomas Mann", where the noun ends the run).
    roles += [
        i
        for i, t in enumerate(tokens[:-1])
        if t.lower() in KIN_NOUNS and tokens[i + 1] in german.FIRST_NAMES
    ]
    skip = roles[-1] + 1 if roles else 0
    # A word right after a possessive is a noun, even one that is also a first name: "Ihr Mann
    # Jonas Roth" names Jonas Roth.
    nouns = {i + 1 for i, t in enumerate(tokens) if t in POSSESSIVE_OPENERS}
    skip = max([skip, *(i + 1 for i in nouns if i < len(tokens) - 1)])
    # …or starts at its first name: "Theologen Hans Küng".
    firsts = [i for i, t in enumerate(tokens) if i >= skip and t in german.FIRST_NAMES]
    # (Not past a surname: "Nguyen Van Minh" writes the family name first.)
    if (
        firsts
        and len(tokens) - firsts[0] >= 2
        and not any(t in german.SURNAMES for t in tokens[skip : firsts[0]])
    ):
        skip = firsts[0]
    while (
        skip < len(tokens)
        and tokens[skip] not in german.FIRST_NAMES
        and (
            tokens[skip] in german.NOT_NAME_WORDS
            or tokens[skip] in german.OPENING_ADVERBS  # "Dazu Pohl: „…“"
            or german.is_role_noun(tokens[skip])
            or german.is_institution_noun(tokens[skip])
            or (tokens[skip].endswith("er") and tokens[skip] not in german.FIRST_NAMES)
            or COMMON_NOUN_END.search(tokens[skip])
        )
    ):
        skip += 1
    names = tokens[skip:]
    # A particle joins a first name to its surname ("Ursula von der Leyen"); after a full name
    # it opens a phrase of its own ("Heiner Garbe von der Stadtverwaltung").
    particles = [i for i, t in enumerate(names) if t[:1].islower()]
    if particles and particles[0] >= 2 and names[particles[0] - 1] not in NOBILITY:
        names = names[: particles[0]]
    # "zu" is a preposition far more often than a particle ("Tasha zu Dank verpflichtet"): only
    # after "von" or a title of nobility ("Graf zu Solms") does it join a name.
    for i, token in enumerate(names):
        if token == "zu" and i > 0 and names[i - 1] not in NOBILITY and names[i - 1] != "von":
            names = names[:i]
            break
    # A name does not open with its particle: "Bürgermeister von Christchurch" names a place.
    # (A surname with its particle alone, "von der Leyen", is found once the full name is.)
    while names and names[0][:1].islower():
        skip += 1
        names = names[1:]
    return skip, names


class RunName(NamedTuple):
    """The name a run of capitalised words may hold, judged by its words alone."""

    offset: int  # where the name starts in the run
    name: str
    words: int  # its capitalised words
    first_name: bool  # it opens with a known first name


@lru_cache(maxsize=german.WORD_CACHE_SIZE)
def _name_in_run(run: str) -> RunName | None:
    """The run without its leading non-name words; None when what is left cannot be a name.

    A pure function of the run's text, memoised: the same runs ("Die Stadt", "CDU") come back in
    every article."""
    tokens = run.split(" ")
    skip, name_tokens = _trim_run(tokens)
    real = [t for t in name_tokens if t[:1].isupper() or JOINED_ARTICLE_RE.match(t)]
    # A run of four or more capitalised words is a title, not a name.
    if not real or len(real) > 3:
        return None
    first_name = real[0] in german.FIRST_NAMES or real[0].split("-")[0] in german.FIRST_NAMES
    # "Dann zieht Anna Beispiel Bilanz", "nahm Jan Roth Stellung": a noun of speaking after a
    # first name and surname is the sentence going on, not a third name.
    if len(real) == 3 and first_name and german.CUE_NOUNS.fullmatch(real[2]):
        name_tokens, real = name_tokens[: name_tokens.index(real[2])], real[:2]
    last = real[-1]
    # A common noun's ending ("-ung", "-ei") rules a word out, except as a known surname after a
    # known first name: "Thomas Jung", "Sandra Frei".
    # So does a role noun that is also a surname: "Olaf Richter", "Anna König".
    known_surname = first_name and len(real) > 1 and last in german.SURNAMES
    # A double surname after a known first name is a name whatever its second part ends with:
    # "Dagmar Kettler-Osei" ("-ei" ends "Partei", but not this name).
    double_surname = first_name and len(real) > 1 and DOUBLE_SURNAME_RE.fullmatch(last)
    noun_end = COMMON_NOUN_END.search(last) and not known_surname and not double_surname
    role = german.is_role_noun(last) and not known_surname
    if last in german.NOT_NAME_WORDS or role or noun_end:
        return None
    if len(real) > 1 and german.party_in(real[0]) is not None:
        return None  # "der Grünen Jugend", "Freie Wähler": an organisation
    if len(real) > 1 and not first_name and german.is_medium_noun(last):
        return None  # "der Norddeutsche Kurier", "Wiskenauer Bote": a paper, not a person
    if len(real) > 1 and not first_name and german.party_in(last) is not None:
        return None  # "Enttäuschte Grüne", "Junge Liberale": a party's people, nobody's name
    offset = len(" ".join(tokens[:skip])) + (1 if skip else 0)
    return RunName(offset, " ".join(name_tokens), len(real), first_name)


ADDRESS_GENDER = {"Herr": "m", "Herrn": "m", "Frau": "f"}
TITLES = ("Dr.", "Prof.", "OB")


def _role_before(text: str, start: int) -> bool:
    """A role noun, title or form of address right before a name, in the same sentence."""
    word = _word_before(text, start)
    if word in TITLES or word in ADDRESS_GENDER:
        return True
    return not word.endswith(".") and german.is_role_noun(word)


def _before_titles(text: str, start: int) -> int:
    """Where a name starts with its academic titles: "Richter, Dr. NAME" → at "Dr."."""
    before = text[:start].rstrip()
    while before.endswith(("Dr.", "Prof.")):
        start = before.rfind(" ") + 1  # (0 when the title opens the text)
        before = text[:start].rstrip()
    return start


def _apposition_before(text: str, start: int) -> bool:
    """`… Fraktionsvorsitzende der CDU, NAME` — a role phrase, a comma, then the name."""
    before = text[: _before_titles(text, start)].rstrip()
    if not before.endswith(","):
        return False
    clause = APPOSITION_CLAUSE_SPLIT_RE.split(before[:-1])[-1]
    return any(german.is_role_noun(w) for w in clause.split()[-8:])


def _apposition_after(text: str, end: int) -> bool:
    after = text[end:]
    match = APPOSITION_AFTER_RE.match(after)
    return match is not None and any(german.is_role_noun(w) for w in match.group(1).split())


# A company's legal form after a run: "Brandt Logistik GmbH" is no person.
COMPANY_AFTER_RE = re.compile(r"\s*(?:GmbH|AG|SE|KG|KGaA|OHG|UG|mbH|e\.\s?V\.|Inc\.|Ltd\.)(?!\w)")


# A surname's initial ends a sentence as often as it stands inside a name: in "Monika K. Sie
# hätte …" the word after it can be no name, so the run ends at the initial.
INITIAL_THEN_WORD_RE = re.compile(rf"\s[{_UPPER}]\.\s(\S+)")


@lru_cache(maxsize=4096)  # read by the name finder and again by `_two_word_names`
def _runs(text: str) -> tuple[tuple[int, str], ...]:
    """Every run of capitalised words in `text` (RUN_RE), with where it starts."""
    return tuple((run.start(), run.group(0)) for run in RUN_RE.finditer(text))


def _run_name(text: str, run_start: int, found: str) -> RunName | None:
    """The name in a run (`found`, at `run_start` of `text`); a radio script's "O-Ton Klausen:"
    (original sound) labels whose voice follows, so there "Ton" is no part of the name."""
    initials = INITIAL_THEN_WORD_RE.finditer(found) if "." in found else ()  # (most runs: none)
    for initial in initials:
        if initial.group(1) in german.NOT_NAME_WORDS:
            found = found[: initial.start(1) - 1]
            break
    if found.startswith("Ton ") and text[max(0, run_start - 2) : run_start] == "O-":
        candidate = _name_in_run(found[4:])
        return candidate._replace(offset=candidate.offset + 4) if candidate else None
    generation = GENERATION_RE.search(found) if found.endswith(".") else None
    if generation is None:
        return _name_in_run(found)
    candidate = _name_in_run(found[: generation.start()])
    # Only a full name carries its generation ("Georg Beispiel sen."), and only at its end.
    if candidate is None or candidate.words < 2:
        return candidate
    if candidate.offset + len(candidate.name) != generation.start():
        return candidate
    return candidate._replace(name=candidate.name + generation.group(0))


def find_name_hits(block: Block, known_bad: frozenset[str]) -> list[NameHit]:
    """Full names in one block, by the general signals described in the module docstring."""
    text = block.text
    hits: list[NameHit] = []
    for run_start, run in _runs(text):
        candidate = _run_name(text, run_start, run)
        if candidate is None or candidate.name in known_bad:
            continue
        name = candidate.name
        start = run_start + candidate.offset
        end = start + len(name)
        if COMPANY_AFTER_RE.match(text, end) or in_credit(text, start):
            continue
        if german.is_party_name(name):
            continue
        full = candidate.words >= 2
        # The signals, cheapest first; the first that holds is enough.
        if not (
            (full and candidate.first_name)
            or _role_before(text, start)
            or (candidate.first_name and _relative_before(text, start))
            or (full and PARTY_PAREN_RE.match(text[end:]) is not None)
            # A heading or colon introduction of a quote: "Jonas Alber: „…“".
            or (full and COLON_QUOTE_AFTER_RE.match(text, end) is not None)
            or (full and _apposition_before(text, start))
            or (full and _apposition_after(text, end))
            or (full and AGE_APPOSITION_RE.match(text, end) is not None)
            # A role the sentence defines by the name: "Der Stellvertreter heißt NAME."
            or (full and _defined_role(text, start, end) is not None)
            # A party's member by its adjective: "die Grüne Smilla Oeltjen"
            or (full and PARTY_MEMBER_BEFORE_RE.search(text, max(0, start - 12), start))
        ):
            continue
        # Genitive: "Seebauers Sieg" names Seebauer.
        hits.append(NameHit(name, start, end, block))
    return hits


def _text_hits(block: Block, known_bad: frozenset[str]) -> list[NameHit]:
    """`find_name_hits`, remembered by the block's text (they depend on nothing else)."""
    return [NameHit(h.name, h.start, h.end, block) for h in _hits_in_text(block.text, known_bad)]


@lru_cache(maxsize=4096)  # agency copy repeats whole paragraphs across a night's articles
def _hits_in_text(text: str, known_bad: frozenset[str]) -> tuple[NameHit, ...]:
    return tuple(find_name_hits(Block(PARAGRAPH, 0, text), known_bad))


def _opens_with_particle(name: str) -> bool:
    """A surname with its particle, capitalised as a sentence opens with it: "Van Beek",
    "Von der Heide"."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first[:1].isupper() and first.lower() in german.NAME_PARTICLES


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one person: same surname (or nearly), first names alike or missing; a
    surname opening a sentence with its particle ("Van Beek") is the person it ends."""
    for full, short in ((a, b), (b, a)):
        if _opens_with_particle(short) and full.endswith(" " + short[0].lower() + short[1:]):
            return True
    a_parts, b_parts = a.split(), b.split()
    if fuzz.ratio(a_parts[-1], b_parts[-1]) < 88:
        return False  # most pairs part here, before the generation regex is asked
    if GENERATION_RE.search(a) or GENERATION_RE.search(b):
        return a == b  # father and son: "Georg Beispiel sen." and "… jr."
    if len(a_parts) == 1 or len(b_parts) == 1:
        return a_parts[-1] == b_parts[-1]
    return fuzz.ratio(a_parts[0], b_parts[0]) >= 80


def _gender_of(name: str) -> str | None:
    return german.first_name_gender(name.split()[0])


def _word_or_hyphen(char: str) -> bool:
    r"""`[\w-]` for one character ("" at either end of the text is neither)."""
    return char.isalnum() or char == "_" or char == "-"


class AliasMatch(NamedTuple):
    """An alias found in a text, possibly with a genitive ending ("Seebauers")."""

    start: int
    alias: str
    genitive: str  # "s", "’" or "'", or "" when the name stands bare

    @property
    def alias_end(self) -> int:
        return self.start + len(self.alias)

    @property
    def end(self) -> int:
        return self.start + len(self.alias) + len(self.genitive)

    @property
    def text(self) -> str:
        return self.alias + self.genitive


class AliasFinder:
    r"""Finds an article's aliases in text as `(?<![\w-])(A|B|…)(s|’|')?(?![\w-])` would, with
    the (non-empty) aliases tried in the given order, longest first.

    Compiling that pattern for every article cost more than all the searches with it. Instead,
    every alias is found through a "core", an alias that holds no other ("Albers" in "Jonas
    Albers"): where no core stands there is no alias (half the sentences name nobody), and
    `str.find` tells where one stands, in C. An alias can only start its fixed distance before
    one of its core's places, so only those starts are tried, left to right."""

    def __init__(self, aliases: list[str]) -> None:
        self._by_first: dict[str, list[str]] = {}
        for alias in aliases:
            self._by_first.setdefault(alias[0], []).append(alias)
        unique = set(aliases)
        cores = [a for a in aliases if not any(map(a.__contains__, unique - {a}))]
        # For each core, how far before it the aliases that hold it start.
        offsets: dict[str, set[int]] = {}
        for alias in aliases:
            core = next(filter(alias.__contains__, cores))  # itself, if it holds no other alias
            offsets.setdefault(core, set()).add(alias.index(core))
        self._cores = tuple(offsets)
        self._offsets = {core: sorted(offsets[core]) for core in self._cores}

    def _starts(self, text: str, cores: list[str]) -> list[int]:
        """Every place in `text` where an alias holding one of `cores` may start, in order."""
        starts: set[int] = set()
        for core in cores:
            offsets = self._offsets[core]
            at = text.find(core)
            while at >= 0:
                for offset in offsets:
                    if offset <= at:
                        starts.add(at - offset)
                at = text.find(core, at + 1)
        return sorted(starts)

    def _at(self, text: str, start: int) -> AliasMatch | None:
        """The first alias (in order) that stands at `start` as a whole word, maybe genitive."""
        for alias in self._by_first.get(text[start], ()):
            if not text.startswith(alias, start):
                continue
            end = start + len(alias)
            after = text[end : end + 1]
            if after in german.GENITIVE_ENDINGS and not _word_or_hyphen(text[end + 1 : end + 2]):
                return AliasMatch(start, alias, after)
            if not _word_or_hyphen(after):
                return AliasMatch(start, alias, "")
        return None

    def finditer(self, text: str) -> list[AliasMatch]:
        """Every alias in `text`, left to right, none overlapping."""
        cores = list(filter(text.__contains__, self._cores))
        if not cores:
            return []
        found: list[AliasMatch] = []
        resume = 0
        for start in self._starts(text, cores):
            if start < resume or (start > 0 and _word_or_hyphen(text[start - 1])):
                continue
            match = self._at(text, start)
            if match is not None:
                found.append(match)
                resume = match.end
        return found

    def search(self, text: str) -> AliasMatch | None:
        """The first alias in `text`."""
        found = self.finditer(text)
        return found[0] if found else None

    def match(self, text: str, start: int) -> AliasMatch | None:
        """The alias right at `start` (not inside a word)."""
        if start >= len(text) or (start > 0 and _word_or_hyphen(text[start - 1])):
            return None
        return self._at(text, start)


class PeopleIndex:
    """The people of one article, and how to find them again in its text."""

    def __init__(self, records: list[PersonRecord]) -> None:
        self.records = records
        self._by_alias: dict[str, PersonRecord | None] = {}
        for record in records:
            for alias in (record.name, *record.aliases()):
                known = self._by_alias.setdefault(alias, record)
                if known is not record and alias != getattr(known, "name", None):
                    self._by_alias[alias] = None  # a surname two people share names neither
        aliases = sorted(self._by_alias, key=len, reverse=True)
        self.alias_finder = AliasFinder(aliases) if aliases else None

    def get(self, alias: str) -> PersonRecord | None:
        return self._by_alias.get(alias)

    def people(self) -> tuple[Person, ...]:
        return tuple(record.freeze() for record in self.records)


def _clean_role(role: str) -> tuple[str, str | None]:
    """A role phrase without its article; a party adjective in it becomes the party."""
    words = role.split()
    while words and words[0].lower() in german.DETERMINERS:
        words = words[1:]
    party = german.party_in(" ".join(words))
    words = [w for w in words if not NON_PARTISAN_RE.fullmatch(w)]
    return " ".join(words), party


def _names_a_role(word: str) -> bool:
    """A capitalised word of a role phrase that says more than the party: "Grünen-Chefin",
    "Kämmerer"; not "CDU" or "SPD-"."""
    return word[:1].isupper() and (german.is_role_noun(word) or not german.party_in(word))


OPENING_BRACKETS = '([„“"»«'


def _role_attribute(word: str) -> bool:
    """A word that belongs to the role noun after it: an adjective ("scheidende", "Dortmunder")
    or a nominalised role used as one ("die Vorsitzende Richterin", "der Beigeordnete
    Dezernent": the text may go on with "die Vorsitzende")."""
    if ROLE_ADJECTIVE_RE.match(word):
        return True
    return word[:1].isupper() and german.NOMINALISED_ROLE_RE.fullmatch(word) is not None


def _prefix_role(text: str, start: int) -> str | None:
    """`der Hagener CDU-Vorsitzende NAME` → "Hagener CDU-Vorsitzende"."""
    # The phrase has at most four words: split off only those, not the whole text before it.
    # "Geschäftsführer Dr. NAME": the role stands before the academic title.
    start = _before_titles(text, start)
    words = text[:start].rsplit(None, 4)[-4:]
    if not words or not _role_before(text, start):
        return None
    last = words.pop()
    if (
        words
        and german.party_in(last) is None
        and german.party_in(words[-1]) is None
        and german.party_in(f"{words[-1]} {last}")
    ):
        return None  # "für die Freien Wähler NAME": the party's name, no role
    role_words = [last.lstrip(OPENING_BRACKETS)]  # "(Wahlleiter NAME: „…“)"
    if role_words[0] in ("Dr.", "Prof.") or role_words[0] in ADDRESS_GENDER:
        return None  # a title or a form of address is no role
    if role_words[0] != last:
        words = []  # nothing before the bracket belongs to the role
    while words and _role_attribute(words[-1]) and not words[-1].endswith(","):
        low = words[-1].lower()
        if low in german.DETERMINERS or low in german.PREPOSITIONS or low in german.NOT_VERBS:
            break
        if words[-1][0].isupper() and words[-1] in german.SENTENCE_STARTERS:
            break
        role_words.insert(0, words.pop())
        if len(role_words) >= 4:
            break
    # A weak ending ("scheidende", "neuen") needs an article or a genitive before it: without
    # one the word is the clause's verb ("Am Abend erklärte Bürgermeisterin NAME").
    while role_words[0][:1].islower() and not role_words[0].endswith(("er", "es", "-")):
        before = words[-1] if words else ""
        if before.lower() in german.DETERMINERS or (
            before[:1].isupper() and before.endswith(("s", "’", "'"))
        ):
            break
        role_words.pop(0)
    return " ".join(role_words)


NAME_WORD_RE = re.compile(TOKEN)


def _names_another(word: str) -> bool:
    """A word that may end a name: capitalised, no role, no party ("Lichtenfeld", not
    "Grünen" or "Bürgermeisterin")."""
    return (
        NAME_WORD_RE.fullmatch(word) is not None
        and not german.is_role_noun(word)
        and german.party_in(word) is None
    )


def _apposition_role_before(text: str, start: int) -> str | None:
    """`Die Co-Fraktionsvorsitzende und OB-Kandidatin der Linken, NAME` → the role phrase."""
    if not _apposition_before(text, start):
        return None
    before = text[: _before_titles(text, start)].rstrip()[:-1]
    clause = ROLE_CLAUSE_SPLIT_RE.split(before)[-1]
    words = clause.split()
    # Not past a verb: "Als erste Zeugin sagte die Pflegedienstleiterin des Heims, NAME".
    verbs = [i for i, w in enumerate(words) if w in german.CUE_VERBS or w in german.FINITE_VERBS]
    words = words[verbs[-1] + 1 :] if verbs else words
    # Not past another person's full name: "der SPD-Chef Bernd NAME und sein Kollege von den
    # Grünen, NAME" (the first role and party are the first man's; "der Kommissar für Schulwesen
    # und Kultur, NAME" names no other).
    names = [
        i
        for i in range(1, len(words) - 1)
        if words[i + 1] == "und" and _names_another(words[i - 1]) and _names_another(words[i])
    ]
    words = words[names[-1] + 2 :] if names else words
    # Start the phrase at the last determiner or role noun that opens it.
    for i, word in enumerate(words):
        if word.lower() in german.DETERMINERS or german.is_role_noun(word):
            phrase = words[i:]
            if any(german.is_role_noun(w) for w in phrase) and len(phrase) <= 12:
                return " ".join(phrase)
            break
    return None


# Words that open a clause or an object, never an apposition ("seit 2014 Landrätin" and "bis
# März Direktorin" do open one).
NOT_APPOSITION_OPENERS = frozenset(
    "sondern aber doch jedoch und oder denn weil als wie dass ob während obwohl".split()
) | (german.PREPOSITIONS - {"seit", "bis"})


# The polite "Sie" and its possessive, capitalised inside a sentence: words addressed to the
# person just named, not a description of them.
POLITE_ADDRESS = frozenset("Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres".split())


# Dative and accusative words that open a cue verb's object ("gratuliert ihrer Nachfolgerin").
OBJECT_WORDS = german.OBLIQUE_DETERMINERS | frozenset(
    "ihrer ihrem ihren seiner seinem seinen".split()
)


def _apposition_role_after(text: str, end: int) -> str | None:
    """`NAME, Kreissprecherin der Grünen und scheidende …,` → the phrase between the commas."""
    match = ROLE_AFTER_RE.match(text[end:])
    if not match:
        return None
    phrase = match.group(1)
    words = phrase.split()
    if not any(german.is_role_noun(w) for w in words[:4]) or len(words) > 16:
        return None
    if words[0] in NOT_APPOSITION_OPENERS:
        return None  # "nicht von X, sondern von seinem Sprecher Y": a clause, no noun phrase
    if words[0] in POLITE_ADDRESS:
        return None  # "Frau X, Ihr Kandidat hat verloren": the interviewer speaking to her
    if words[0].lower() in german.DETERMINERS and any(
        w in german.KONJUNKTIV_AUXILIARIES or w in german.FINITE_VERBS for w in words
    ):
        return None  # "X behauptete, die Ministerin habe …": a clause with its own subject
    if words[0] in german.CUE_VERBS and OBJECT_WORDS.intersection(words[1:3]):
        return None  # "X, 58, gratuliert ihrer Nachfolgerin": her object's role, not hers
    # Stop at a verb: an apposition is a noun phrase.
    kept: list[str] = []
    for word in words:
        if (word in german.CUE_VERBS or word in german.FINITE_VERBS) and kept:
            break
        kept.append(word)
    if any(
        determiner.lower() in german.DETERMINERS
        and german.is_role_noun(role)
        and first in german.FIRST_NAMES
        for determiner, role, first in zip(kept, kept[1:], kept[2:], strict=False)
    ):
        return None  # "X, die Pflegerin Nadine Kück und der …": a list introducing others
    return " ".join(kept)


# A role given by the sentence's verb: "NAME wird Oberbürgermeisterin.", "NAME ist neuer
# Landrat", "NAME wurde mit 51 Prozent zur Bürgermeisterin gewählt". Only a bare role noun
# that ends the phrase counts: "ist Leiterin des Amts" says more than one word can keep.
PREDICATE_ROLE_RE = re.compile(
    r"\s+(?:wird|ist|bleibt|wurde)\s+(?:(?:damit|nun|jetzt|somit|künftig)\s+)?(?:(?:der|die)\s+)?"
    r"((?:neue[rn]?\s+)?[\w-]+)(?=[,.;:!]|\s*$)"
)
ELECTED_ROLE_RE = re.compile(
    r"\s+(?:ist|wurde|wird)\s+(?:[\w,%-]+\s+){0,5}?zu[mr]\s+((?:neue[nr]\s+)?[\w-]+)\s+"
    r"(?:gewählt|ernannt)\b"
)


# A role the sentence defines by the name that follows: "Der neue Landrat heißt NAME.", "Die
# Siegerin ist NAME." (the role, as the sentence's subject, opens it).
DEFINED_ROLE_RE = re.compile(
    r"(?:^|[.!?:–]\s+)(?:Der|Die)\s+((?:(?:neue|künftige)[rn]?\s+)?[\w-]+)\s+(?:heißt|ist)\s+$"
)


# The same with a colon: "Der Landkreis hat eine neue Landrätin: NAME." The name ends the
# sentence (a colon before a longer clause, "Die Wahlleiterin: NAME habe …", gives nothing).
COLON_ROLE_RE = re.compile(
    r"(?<!\S)(?:[Dd]er|[Dd]ie|[Ee]ine[nr]?|[Ee]in)\s+((?:(?:neue|künftige)[rn]?\s+)?[\w-]+):\s+$"
)
NAME_ENDS_SENTENCE_RE = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*(?:[.!;]|$)")


def _defined_role(text: str, start: int, end: int) -> str | None:
    """The role a sentence gives the name it ends on (see DEFINED_ROLE_RE, COLON_ROLE_RE)."""
    lead = text[max(0, start - 60) : start]
    if lead.endswith(": ") and NAME_ENDS_SENTENCE_RE.match(text, end):
        match = COLON_ROLE_RE.search(lead)
    elif not lead.rstrip().endswith(("heißt", "ist")):
        return None  # (most names: no verb right before them, nothing to search)
    else:
        match = DEFINED_ROLE_RE.search(lead)
    if match is None or not german.is_role_noun(match.group(1).split()[-1]):
        return None
    return match.group(1)


def _predicate_role(text: str, end: int) -> str | None:
    """The office a sentence says the person wins or holds (see PREDICATE_ROLE_RE)."""
    after = text[end : end + 160]
    match = PREDICATE_ROLE_RE.match(after)
    match = match or ELECTED_ROLE_RE.match(after)
    if match is None or not german.is_role_noun(match.group(1).split()[-1]):
        return None
    return match.group(1)


def _split_roles(phrase: str) -> list[str]:
    return [part for part in ROLE_LIST_SPLIT_RE.split(phrase) if part]


MASCULINE_ROLE_RE = re.compile(r"(?:[Bb]ruder|[Vv]ater|[Ee]hemann|[Oo]nkel|[Nn]effe)$")


def _role_gender(role: str) -> str | None:
    """The gender a role phrase gives its holder: "Kreissprecherin" a woman; a masculine role
    noun whose feminine form exists ("Bürgermeister", "Chef") a man; "Vorsitzende" neither."""
    words = role.split()
    if any(german.is_feminine_role(w) for w in words):
        return "f"
    nouns = [w.strip(",.") for w in words if german.is_role_noun(w)]
    if not nouns:
        return None
    noun = nouns[0]
    # (A noun in "-erer" makes its feminine form of the stem: "Herausforderer", "Herausforderin".)
    feminine = noun + "in" if not noun.endswith("erer") else noun[:-2] + "in"
    if german.is_feminine_role(feminine) or MASCULINE_ROLE_RE.search(noun):
        return "m"
    return None


def _article_gender(text: str, start: int, prefix: str | None, before: str | None) -> str | None:
    """The gender the article of a role phrase before a name gives its holder, for a
    nominalised role ("der Vorsitzende NAME", "Die Beauftragte der Stadt, NAME")."""
    if before:
        article, _, rest = before.partition(" ")
        return german.nominalised_role_gender(article, rest)
    if prefix:
        preceding = text[: _before_titles(text, start)].rstrip()
        if preceding.endswith(prefix):
            last_word = preceding[: -len(prefix)].rsplit(None, 1)[-1:]
            return german.nominalised_role_gender(last_word[0], prefix) if last_word else None
    return None


# The party a list of names stands for: "für die Linke (sprach) NAME", "Für die Grünen treten NAME,
# NAME und NAME an", "Auf der Liste der ÖDP stehen: NAME, NAME und NAME".
FOR_PARTY_RE = re.compile(
    r"(?<!\w)[Ff]ür\s+([^\s.,;:]+(?:\s[^\s.,;:]+){0,2}?)\s+(?:[a-zäöüß]+\s+)?$"
)
BARE_LIST_RE = re.compile(r"(?<!\w)(?:[Aa]uf (?:der|ihrer|seiner) )?Liste (?:stehen|steht):\s*$")
LIST_OF_PARTY_RE = re.compile(r"(?<!\w)Liste\s+(?:der|des|von|vom)\s+([^.,;:]{2,80}):\s*$")
# The names of a list before this one, each maybe with a bracket: "NAME (54), NAME und ".
LIST_TAIL_RE = re.compile(
    rf"(?:{TOKEN}(?:\s(?:{TOKEN}|[{_UPPER}]\.|{GENERATION}))*(?:\s\([^)]*\))?"
    r"(?:,\s+|\s+und\s+|\s+sowie\s+))+$"
)
# "NAME tritt für die CDU an", "NAME kandidiert für die Freien Wähler".
RUNS_FOR_PARTY_RE = re.compile(
    r"\s+(?:tritt|trat|kandidiert|kandidierte)\s+(?:[\w-]+\s+){0,4}?für\s+(?:die|den|das)\s+"
    r"([\w/-]+(?:\s[\w/-]+)?)"
)


def _list_party(text: str, start: int) -> str | None:
    """The party whose list or speakers a name stands in (see FOR_PARTY_RE), within its
    sentence; None when the words before it name no party."""
    lead = text[max(0, start - 200) : start]
    stop = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "))
    lead = lead[stop + 2 :] if stop >= 0 else lead
    if "ür " not in lead and "Liste" not in lead:
        return None  # (most names: nothing to look at)
    for words in (lead, LIST_TAIL_RE.sub("", lead)):
        match = FOR_PARTY_RE.search(words) or LIST_OF_PARTY_RE.search(words)
        if match:
            return german.party_in(match.group(1))
        if BARE_LIST_RE.search(words) and stop >= 0:
            # "Die Freien Wähler haben gewählt. Auf der Liste stehen: NAME, …": the party the
            # sentence before opens with, as its subject
            before = text[max(0, start - 200) : start][: stop + 1].rstrip(" .")
            opening = re.split(r"[.!?]\s", before)[-1].split()
            if "–" in opening[:4]:  # past a dateline: "Ort – Die Grünen haben …"
                opening = opening[opening.index("–") + 1 :]
            return german.party_in(" ".join(opening[:3])) if opening else None
    return None


def _party_run_for(text: str, end: int) -> str | None:
    """The party a sentence says the person runs for (see RUNS_FOR_PARTY_RE)."""
    match = RUNS_FOR_PARTY_RE.match(text, end)
    return german.party_in(match.group(1)) if match else None


# English wire copy puts the party before the name: "the CDU's Gisela Muster", or before the
# role noun that stands before it ("Green Party candidate Felix Muster", "SPD mayor Jan Probe").
ENGLISH_PARTY_OWNER_RE = re.compile(r"\bthe\s+((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)['’]s?\s+$")
ENGLISH_PARTY_ROLE_RE = re.compile(r"((?:[A-Z][\w-]*\s){1,3})([a-z]+)\s+$")


def _english_party_before(text: str, start: int) -> str | None:
    """The party English copy names right before a person (see ENGLISH_PARTY_OWNER_RE)."""
    before = text[max(0, start - 50) : start]
    if not before.endswith(" "):
        return None
    owner = ENGLISH_PARTY_OWNER_RE.search(before)
    if owner:
        return german.party_in(owner.group(1))
    role = ENGLISH_PARTY_ROLE_RE.search(before)
    if role and role.group(2) in english_roles.ROLE_NOUNS:
        return german.party_in(role.group(1))
    return None


def _attach_details(record: PersonRecord, hit: NameHit, block_is_title: bool) -> None:
    text = hit.block.text
    address = ADDRESS_GENDER.get(_word_before(text, hit.start))
    if address and record.gender is None:
        record.gender = address
    after = text[hit.end :]
    paren = (
        PARTY_PAREN_RE.match(after)
        or PARTY_AFTER_RE.match(after)
        or PARTY_CELL_RE.match(after)
        or PARTY_AFTER_AGE_RE.match(after)
    )
    if paren:
        party = german.party_in(paren.group(1))
        if party and not record.party:
            record.party = party
    before = text[max(0, hit.start - 40) : hit.start].split()[-2:]
    if before and before[-1] in PARTY_MEMBER_WORDS and not record.party:
        record.party = german.party_in(" ".join(before))  # "Social Democrat Petra Vogelsang"
    if not record.party:
        record.party = _english_party_before(text, hit.start)
    if not record.party and PARTY_MEMBER_BEFORE_RE.search(text, max(0, hit.start - 12), hit.start):
        record.party = german.party_in(before[-1])  # "die Grüne Smilla Oeltjen"
    if not record.party:
        record.party = _list_party(text, hit.start) or _party_run_for(text, hit.end)
    if block_is_title:
        return  # another article's title tells the party, but no roles of this article
    # "Marion Kessler (Grüne), Bürgermeisterin von Werl": the apposition follows the party.
    name_end = hit.end + paren.end() if paren and paren.re is PARTY_PAREN_RE else hit.end
    prefix = _prefix_role(text, hit.start)
    appositive = _apposition_role_before(text, hit.start)
    phrases = [
        prefix,
        appositive,
        _apposition_role_after(text, name_end),
        _predicate_role(text, name_end),
        _defined_role(text, hit.start, hit.end),
    ]
    if record.gender is None:  # "Der Fraktionsvorsitzende der CDU, NAME": a man
        record.gender = _article_gender(text, hit.start, prefix, appositive)
    for phrase in phrases:
        if not phrase:
            continue
        for part in _split_roles(phrase):
            role, party = _clean_role(part)
            if party and not record.party:
                record.party = party
            # Every part of an apposition that names a role counts ("… und früherer Kämmerer").
            if role and any(_names_a_role(w) for w in role.split()):
                if record.gender is not None and _role_gender(role) not in (None, record.gender):
                    continue  # "Hauke X (SPD), die Chefärztin …, Dr. Y": a woman's role, not his
                record.add_role(role)
                if record.gender is None:
                    record.gender = _role_gender(role)
    for role in english_roles.roles_around(text, hit.start, name_end):
        record.add_role(role)


def find_people(blocks: tuple[Block, ...], exclude: tuple[str, ...] = ()) -> PeopleIndex:
    """Every person named in the article's reporting, merged across spellings."""
    known_bad = frozenset(exclude)
    hits: list[NameHit] = []
    for block in blocks:
        if block.kind in REPORTING_KINDS:
            hits.extend(_text_hits(block, known_bad))
    hits.extend(_surname_reused_hits(blocks, hits, known_bad))
    hits.extend(_first_names_before_a_shared_surname(hits))
    hits = _without_objects_after_roles(hits, blocks)
    hits = _after_lone_first_names(hits)
    records: list[PersonRecord] = []
    # A name's record, once found: the first record of its person stays the first, and a name
    # that found none opened its own (the records' names do not change in this loop).
    record_of: dict[str, PersonRecord] = {}
    for hit in hits:
        known = record_of.get(hit.name) or next(
            (r for r in records if _same_person(r.name, hit.name)), None
        )
        weight = 1 if hit.block.kind == HEADING else 3
        if known is None:
            known = PersonRecord(hit.name, first_line=hit.block.line)
            records.append(known)
        record_of[hit.name] = known
        known.forms[hit.name] += weight
    # The canonical name: the fullest form the body text uses most.
    for record in records:
        full = [f for f in record.forms if " " in f] or list(record.forms)
        record.name = max(
            full, key=lambda f: (not _opens_with_particle(f), record.forms[f], len(f.split()))
        )
        record.gender = _gender_of(record.name)
    # A single-word name that is the surname of a full name is that person, also when the full
    # name writes the family name first ("Herr Nguyen" is Nguyen Van Minh).
    # A lone first name that only one full name of the article has ("Giuseppe") is that person.
    # A surname or first name two people share stays apart from both.
    full_names = [r for r in records if " " in r.name]
    introducers: dict[str, set[str]] | None = None  # (looked for only when a first name needs it)
    surnames = Counter(r.surname for r in full_names)
    family = {surname for surname, count in surnames.items() if count > 1}
    generations = [m for m in full_names if GENERATION_RE.search(m.name)]
    for record in full_names:
        # Only where no other of the family is named in full (then the surname alone stays
        # the family's, which names neither) and the surname stands alone somewhere.
        record.relative = (
            record.surname not in family
            and _kin_of_another(record, hits)
            and _surname_alone(record, blocks)
        )
    merged: list[PersonRecord] = []
    for record in records:
        targets = []
        if " " not in record.name:
            targets = [m for m in full_names if record.name in m.surnames() and not m.relative]
            if not targets and record.name in german.FIRST_NAMES:
                targets = [m for m in full_names if m.name.split()[0] == record.name]
                # A first name a relative's or role noun introduces ("ihr Mann Jens",
                # "Wahlhelferin Petra") is a person of its own, not one with a full name of
                # that first name, unless that full name stands after the same noun or, for a
                # relative, belongs to a family the article names ("Mia und Jonas Beispiel …
                # Ihr Bruder Jonas").
                if targets:
                    if introducers is None:
                        introducers = _introducers(hits)
                    nouns = introducers.get(record.name)
                    if nouns:
                        targets = [
                            m for m in targets if _introduced_alike(m, nouns, introducers, family)
                        ]
        elif not GENERATION_RE.search(record.name):
            # "Ludwig Beispiel" in a heading is "Ludwig Beispiel sen." of the text, if only one
            # generation of him is named; if father and son are, it names neither.
            targets = [m for m in generations if without_generation(m.name) == record.name]
        if len(targets) == 1:
            targets[0].forms.update(record.forms)
        elif not targets and not _genitive_of_another(record, records):
            merged.append(record)
    _nicknames(merged, blocks)
    _first_names_as_speakers(merged, blocks)
    index = PeopleIndex(merged)
    owners: dict[str, PersonRecord | None] = {}  # by name: details change no record's name
    for hit in hits:
        if hit.name not in owners:
            owners[hit.name] = index.get(hit.name) or next(
                (r for r in merged if _same_person(r.name, hit.name)), None
            )
        owner = owners[hit.name]
        if owner:
            _attach_details(owner, hit, block_is_title=False)
    # Site furniture (related article titles) may tell a known person's party.
    _details_from_titles(index, blocks)
    _details_from_surnames(index, blocks)
    _genders_from_age_recaps(index, blocks)
    _parties_from_recaps(index, blocks)
    return index  # details change roles and parties, never names: the aliases still hold


def _genitive_of_another(record: PersonRecord, records: list[PersonRecord]) -> bool:
    """Is a one-word name the genitive of another person's surname ("ein Mitarbeiter
    Heisterkamps" beside Frank Heisterkamp)? Then it names no person of its own: the words
    of "Heisterkamps Sprecherin" are not Heisterkamp's."""
    name = record.name
    if " " in name or not name.endswith("s"):
        return False
    return any(r is not record and name[:-1] in r.surnames() for r in records)


# "Karl-Heinz Beispiel, genannt Kalle," / "…, genannt „Kalle“": the name the text goes on to call
# that person by.
NICKNAME_RE = re.compile(rf",?\s+genannt\s+[„“\"»]?({TOKEN})[“”\"«]?(?=[\s,.;:)])")


def _nicknames(records: list[PersonRecord], blocks: tuple[Block, ...]) -> None:
    """A nickname given with "genannt" right after a person's name becomes one of their names,
    unless it is another person's name or no name at all (a role, a party)."""
    taken = {alias for r in records for alias in (r.name, *r.forms, *r.surnames())}
    for block in blocks:
        if block.kind not in REPORTING_KINDS or "genannt" not in block.text:
            continue
        text = block.text
        for record in records:
            for form in list(record.forms):
                at = text.find(form)
                while at >= 0:
                    nick = NICKNAME_RE.match(text, at + len(form))
                    if nick and _usable_nickname(nick.group(1), taken):
                        record.forms[nick.group(1)] += 1
                        taken.add(nick.group(1))
                    at = text.find(form, at + 1)


def _word_at_start(literal: str) -> str:
    """A pattern for the escaped `literal` where no word character or hyphen stands before it,
    as "(?<![\\w-])" + literal, but with the literal first: a search then skips in C to the
    places where it stands instead of trying the lookbehind at every character (about ten times
    faster over a paragraph)."""
    return rf"{literal}(?<![\w-]{literal})"


def _first_names_as_speakers(records: list[PersonRecord], blocks: tuple[Block, ...]) -> None:
    """A portrait introduces a person in full and then quotes them by first name ("Kerem Aydın,
    22, studiert …" then "„…“, erzählt Kerem"): the first name alone becomes one of their names
    when it stands alone next to a verb of saying, only one person of the article has it, and
    nobody is called by it otherwise (a surname, a relative named by first name only). Only
    after the full name, and never where the first name introduces somebody of its own, as a
    street poll does ("sagt Sabine, 17, Schülerin", "sagt Sabine (68)")."""
    firsts = Counter(r.name.split()[0] for r in records if " " in r.name)
    taken = {alias for r in records for alias in (r.name, *r.forms, *r.surnames())}
    reporting = [b for b in blocks if b.kind in REPORTING_KINDS]
    for record in records:
        first = record.name.split()[0]
        if (
            " " not in record.name
            or record.relative
            or firsts[first] != 1
            or first in taken
            or not re.fullmatch(TOKEN, first)
            or first in german.NOT_NAME_WORDS
            or german.is_role_noun(first)
        ):
            continue
        texts = [b.text for b in reporting if first in b.text]
        name = re.escape(first)
        introduced_before = re.compile(rf"{FIRST_NAME_INTRODUCED_BEFORE}{name}(?![\w'’-])")
        introduced_after = re.compile(rf"{_word_at_start(name)}{FIRST_NAME_INTRODUCED}")
        if any(introduced_before.search(t) or introduced_after.search(t) for t in texts):
            continue  # "Sabine, 17, …", "der kleine Jonas": another one, by first name
        later = [b.text for b in reporting if b.line >= record.first_line and first in b.text]
        if any(_speaks_by_first_name(text, first) for text in later):
            record.forms[first] += 1


def _speaks_by_first_name(text: str, first: str) -> bool:
    """Does `first` stand alone (no surname after it) as the speaker of a verb of saying: after
    the verb, closing its clause ("sagt Lena-Marie und lacht", "erzählt Kerem."), or opening a
    sentence before it ("Kerem sagt")? Not an object after a participle ("als Gocta bekannten
    Wasserfall zu …")."""
    alone = re.compile(rf"{_word_at_start(re.escape(first))}(?![\w'’-])(?!\s+[{_UPPER}])")
    for match in alone.finditer(text):
        before = text[: match.start()].rstrip()
        after = text[match.end() :]
        verb_before = before.rsplit(None, 1)[-1:] if before else []
        if (
            verb_before
            and german.is_cue_verb(verb_before[0].strip(",;:"))
            and FIRST_NAME_CLOSES_RE.match(after)
        ):
            return True
        verb_after = after.split(None, 1)[:1]
        opens = not before or before[-1] in ".!?:"
        if opens and verb_after and german.is_cue_verb(verb_after[0].strip(",;:")):
            return True
    return False


# What may follow a speaker closing the clause of a verb of saying: the sentence's end, "und"
# (a comma may open an apposition that introduces somebody else: "sagt Sabine, die …").
FIRST_NAME_CLOSES_RE = re.compile(r"\s*(?:[.;!?]|$|und\b)")
# A first name introducing a person of its own: an age, an apposition or a relative clause.
# … or after an article and an adjective or age, as news writes children and passers-by: "der
# kleine Jonas", "die 13-jährige Lena", "die Schülerin Mia" (a role noun makes a hit of its own).
# (The article is written out, its start tested after it, so that a search skips in C to the
# places where one stands: the same as "(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em)".)
FIRST_NAME_INTRODUCED_BEFORE = (
    r"(?:Der|Die|Den|Dem|der|die|den|dem)(?<![\w-]\w{3})\s+(?:[\w-]+e[nr]?\s+)?"
)
FIRST_NAME_INTRODUCED = r"(?:\s*\(\d{1,3}\)|,\s+(?:\d{1,3}\b|(?:ein|eine|der|die|dessen|deren)\s))"


def _usable_nickname(word: str, taken: set[str]) -> bool:
    return (
        word not in taken
        and word not in german.NOT_NAME_WORDS
        and not german.is_role_noun(word)
        and german.party_in(word) is None
    )


# A sentence that opens by recapping its predecessor's subject by age: "Der 51-Jährige …".
AGE_RECAP_RE = re.compile(r"\s*(Der|Die)\s+\d{1,3}-Jährige\b")


def _genders_from_age_recaps(index: PeopleIndex, blocks: tuple[Block, ...]) -> None:
    """The gender of a person whose first name no list knows, from the age that recaps them:
    "Hauke Ohlrogge beginnt seinen Tag später. Der 51-Jährige …" is a man. Only when the
    sentence names nobody else and the person opens it."""
    if all(r.gender is not None for r in index.records):
        return
    for text, person, at, start, stop in _alone_in_sentences(index, blocks, "-Jährige"):
        if person.gender is not None or text[start:at].strip():
            continue  # not the sentence's opening words
        recap = AGE_RECAP_RE.match(text, stop + 1)
        if recap is not None:
            person.gender = "m" if recap.group(1) == "Der" else "f"


def _alone_in_sentences(
    index: PeopleIndex, blocks: tuple[Block, ...], marker: str
) -> Iterator[tuple[str, PersonRecord, int, int, int]]:
    """Each person named in a sentence of the reporting (blocks with `marker` in them) that
    names nobody else and ends with ". ": the block's text, the person, where the name stands,
    where the sentence starts and where it stops."""
    if index.alias_finder is None:
        return
    for block in blocks:
        if block.kind not in REPORTING_KINDS or marker not in block.text:
            continue
        text = block.text
        matches = index.alias_finder.finditer(text)
        for i, match in enumerate(matches):
            person = index.get(match.alias)
            if person is None:
                continue
            cut = text.rfind(". ", 0, match.start)
            start = cut + 2 if cut >= 0 else 0
            stop = text.find(". ", match.end)
            if stop < 0:
                continue
            around = [m for m in matches[:i] if m.start >= start] + matches[i + 1 :]
            if not any(m.start < stop and index.get(m.alias) is not person for m in around):
                yield text, person, match.start, start, stop


# A sentence that opens by recapping its predecessor's person by party: "Der CDU-Politiker …",
# "Die SPD-Frau …", "Die parteilose Kandidatin …".
PARTY_RECAP_RE = re.compile(
    rf"\s*(Der|Die)\s+(?:([Pp]arteilose)\s+|([\w/]+)-)([{_UPPER}][{_LOWER}]+)(?=[\s,.;:])"
)
# The person nouns such a recap ends with (a role noun may name the office and no party).
RECAP_NOUNS = {
    "m": frozenset("Politiker Mann Kandidat Bewerber".split()),
    "f": frozenset("Politikerin Frau Kandidatin Bewerberin".split()),
}


def _parties_from_recaps(index: PeopleIndex, blocks: tuple[Block, ...]) -> None:
    """The party of a person the text gives none, from the party noun that recaps them at the
    next sentence's opening: "Der neue Landrat heißt Matthias Beispiel. Der CDU-Politiker
    erreichte 61 Prozent" makes him CDU. Only when that sentence names nobody else and the
    noun's gender is the person's."""
    if all(r.party is not None for r in index.records):
        return
    for text, person, _, _, stop in _alone_in_sentences(index, blocks, ". D"):
        recap = PARTY_RECAP_RE.match(text, stop + 1)
        if person.party is not None or recap is None:
            continue
        if text[recap.end() :].lstrip()[:1].isupper():
            continue  # "Der CDU-Politiker Hans Beispiel …" introduces somebody else
        gender = "m" if recap.group(1) == "Der" else "f"
        party = "parteilos" if recap.group(2) else german.party_in(recap.group(3))
        if recap.group(4) in RECAP_NOUNS[gender] and person.gender in (None, gender):
            person.party = party


# "Die Eheleute Petra und NAME": a first name alone, then "und" right before a full name.
FIRST_NAME_AND_BEFORE_RE = re.compile(rf"(?<![\w-])([{_UPPER}][\w-]*[{_LOWER}])\s+und\s+$")


def _first_names_before_a_shared_surname(hits: list[NameHit]) -> list[NameHit]:
    """Two first names before one surname are two people of that surname: "Die Eheleute Petra
    und Stefan Beispiel", "Maria und Jan ter Beispiel" (the couple, siblings). Only a known
    first name counts, and not one another person of the article has with another surname."""
    first_names = {h.name.split()[0]: h.name for h in hits if " " in h.name}
    name_ends = {(id(h.block), h.end) for h in hits}
    found: list[NameHit] = []
    for hit in hits:
        first, _, surname = hit.name.partition(" ")
        if not surname or first not in german.FIRST_NAMES:
            continue
        before = FIRST_NAME_AND_BEFORE_RE.search(hit.block.text, max(0, hit.start - 40), hit.start)
        if before is None:
            continue
        other = before.group(1)
        if other not in german.FIRST_NAMES or other in german.NOT_FIRST_NAMES:
            continue
        if (id(hit.block), before.end(1)) in name_ends:
            continue  # "Petra Werner und Jan Beispiel": the surname of a name before
        if other in first_names and not first_names[other].endswith(" " + surname):
            continue  # "Petra" is another person of the article: not this family's
        name = f"{other} {surname}"
        found.append(NameHit(name, before.start(1), hit.end, hit.block))
    return found


# Articles and possessives of a dative or an accusative: a role after them is no subject.
# (Not the genitive: "die Rede des Ministerpräsidenten NAME" names him.)
OBLIQUE_DETERMINERS = frozenset(
    "dem den einem einen diesem diesen seinem seinen ihrem ihren unserem unseren".split()
)
# …and those that are oblique only before a feminine noun or a weak "-en" form ("der
# Bürgermeisterin", "der neuen Vorsitzenden"); before "der Landrat" they are the subject's.
FEMININE_OBLIQUE_DETERMINERS = frozenset("der einer dieser seiner ihrer unserer".split())
# A name going on after its first word: a particle ("Hans-Georg zu Beispielstein", "Samir
# al-Beispiel") or a regnal number ("Friedrich II.").
NAME_GOES_ON_RE = re.compile(rf"\s+(?:{PARTICLE}\s|[a-z]{{1,4}}-[A-Z]|[IVX]+\.)")
ADJECTIVE_RE = re.compile(rf"[{_LOWER}]+(?:e|en|er|es|em)")


def _object_after_role(hit: NameHit) -> bool:
    """A lone word right after a role noun in the dative or accusative: "überreichte der
    Ortsvorsteherin Rosen", "wünschte seinem Nachfolger Erfolg", "stellte für die Mutter
    Anträge" (the role is the indirect object, the word the object). In the nominative ("der
    SPD-Vorsitzende Beispiel") the word is the surname."""
    text = hit.block.text
    if " " in hit.name or NAME_GOES_ON_RE.match(text, hit.end):
        return False
    words = text[: hit.start].split()[-4:]
    if len(words) < 2 or not german.is_role_noun(words[-1]):
        return False
    role = words[-1]
    for word in reversed(words[:-1]):  # the role's own article, past its adjectives only
        low = word.lower()
        if low in OBLIQUE_DETERMINERS:
            return True
        if low in FEMININE_OBLIQUE_DETERMINERS:
            return german.is_feminine_role(role) or role.endswith("en")
        if not ADJECTIVE_RE.fullmatch(word) or low in german.DETERMINERS:
            return False  # "von Präsident NAME": no article of the role's own
    return False


KIN_POSSESSIVES = frozenset(
    "ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner mein meine meinen meinem "
    "meiner unser unsere deren dessen".split()
)


def _relative_before(text: str, start: int) -> bool:
    """A relative's noun right before a first name standing alone: "Tochter Lena", "ihr Mann
    Jens" (the text names that person by first name only)."""
    words = _two_words_before(text, start)
    if not words:
        return False
    noun = words[-1].lower()
    if noun in RELATIVES:
        return True
    return noun in PARTNERS and len(words) == 2 and words[0].lower() in KIN_POSSESSIVES


def _after_lone_first_names(hits: list[NameHit]) -> list[NameHit]:
    """A person the article calls by a first name only, after a relative's or role noun
    ("Kinderreporterin Lotta"), who then stands before another's full name is the subject
    before its object: "Dann hat Lotta Nele Brink getroffen" names Nele Brink, not a "Lotta
    Nele Brink". (A double first name, "Anna Lena Schulte", keeps its name: no "Anna" of
    her own stands alone after a noun.)"""
    lone = {h.name for h in hits if " " not in h.name and h.name in german.FIRST_NAMES}
    if not lone or not any(h.name.split(" ", 1)[0] in lone for h in hits if " " in h.name):
        return hits
    introduced = set(_introducers([h for h in hits if h.name in lone]))
    result = []
    for hit in hits:
        first, _, rest = hit.name.partition(" ")
        if first in introduced and " " in rest and rest.split()[0] in german.FIRST_NAMES:
            hit = NameHit(rest, hit.start + len(first) + 1, hit.end, hit.block)
        result.append(hit)
    return result


def _two_words_before(text: str, start: int) -> list[str]:
    """The (at most) two words right before a name: "ihr Mann" of "ihr Mann Jens"."""
    return text[max(0, start - 40) : start].split()[-2:]


def _kin_of_another(record: PersonRecord, hits: list[NameHit]) -> bool:
    """Is a person's first full mention introduced as somebody's relative by a possessive
    ("Seine Frau Gisela Beispiel", "ihr Sohn Jonas Beispiel")? News then calls the relative
    by the full or the first name; the surname alone ("sagt Beispiel") is the one the
    possessive points to, the family's better-known member, even where the text never gives
    that one's first name."""
    full = [h for h in hits if " " in h.name and h.name in record.forms]
    if not full:
        return False
    first = min(full, key=lambda h: (h.block.line, h.start))
    words = _two_words_before(first.block.text, first.start)
    return len(words) == 2 and words[0].lower() in KIN_POSSESSIVES and words[1].lower() in KIN_NOUNS


def _surname_alone(record: PersonRecord, blocks: tuple[Block, ...]) -> bool:
    """Does the person's surname stand somewhere without their first name before it?"""
    first = record.name.split()[0]
    surname = re.escape(record.surname)
    alone = re.compile(rf"{_word_at_start(surname)}(?<!{re.escape(first)} {surname})(?![\w-])")
    return any(alone.search(block.text) for block in blocks if record.surname in block.text)


def _introducers(hits: list[NameHit]) -> dict[str, set[str]]:
    """Per name, the relative's or role noun that stands right before it somewhere ("Tochter"
    of "Tochter Lena", "Wahlhelferin" of "Wahlhelferin Petra")."""
    found: dict[str, set[str]] = {}
    for hit in hits:
        text = hit.block.text
        if _relative_before(text, hit.start) or _role_before(text, hit.start):
            found.setdefault(hit.name, set()).add(_word_before(text, hit.start).lower())
    return found


def _introduced_alike(
    record: PersonRecord, nouns: set[str], introducers: dict[str, set[str]], family: set[str]
) -> bool:
    """Whether a full name may be the person a first name after `nouns` stands for: the same
    noun stands before it, or a relative's noun introduced the first name and the full name's
    surname is a family's that the article names (two people share it)."""
    if any(nouns & introducers.get(form, set()) for form in record.forms):
        return True
    return bool(nouns & KIN_NOUNS) and record.surname in family


def _noun_after_relative(hit: NameHit) -> bool:
    """A lone word right after a relative that is no first name: "schenkt seine Mutter
    Riesling aus" (the word is an object, a noun); a relative's name is a first name."""
    if " " in hit.name or hit.name in german.FIRST_NAMES:
        return False
    words = hit.block.text[: hit.start].rsplit(None, 1)[-1:]  # (the last word, not all)
    return bool(words) and words[0].lower() in RELATIVES


def _without_objects_after_roles(hits: list[NameHit], blocks: tuple[Block, ...]) -> list[NameHit]:
    """The hits without objects read as surnames (`_object_after_role`, `_noun_after_relative`).
    A surname the article writes again ("der Landrat Meier …, sagte Meier") is kept: an object
    stands once."""
    doubtful = {h.name for h in hits if _object_after_role(h) or _noun_after_relative(h)}
    if not doubtful:
        return hits
    reporting = " ".join(b.text for b in blocks if b.kind in REPORTING_KINDS)
    once = {
        name
        for name in doubtful
        if len(re.findall(rf"{_word_at_start(re.escape(name))}(?![\w-])", reporting)) == 1
    }
    return [h for h in hits if h.name not in once]


@lru_cache(maxsize=4096)  # agency copy repeats whole paragraphs across a night's articles
def _two_word_names(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """The last two words of each run of capitalised words that may be a name, with where they
    stand ("CDU-Konkurrent Hauke Petersen" runs from "Konkurrent"): first, last, start, end."""
    found = []
    for start, run in _runs(text):
        words = run.split(" ")
        if len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]):
            continue
        first, last = words[-2:]
        name = f"{first} {last}"
        end = start + len(run)
        if _name_in_run(name) is not None:
            found.append((first, last, end - len(name), end))
    return tuple(found)


def _surname_reused_hits(
    blocks: tuple[Block, ...], hits: list[NameHit], known_bad: frozenset[str]
) -> list[NameHit]:
    """Two-word names with a first name no list knows ("Hauke Petersen", "Men Tscharner"),
    found because a sentence later opens with the surname alone as a speaker: right before a
    speech verb ("Petersen räumte ein") or before a role in apposition ("Tscharner,
    Bauingenieur und …,"). A place or a thing is not written so."""
    reporting = [b for b in blocks if b.kind in REPORTING_KINDS]
    found = {h.name for h in hits}
    surnames = {n.split()[-1] for n in found}
    candidates: dict[str, NameHit] = {}
    for block in reporting:
        for first, last, start, end in _two_word_names(block.text):
            name = f"{first} {last}"
            if name in found or name in known_bad:
                continue
            if last in surnames or first in german.NOT_FIRST_NAMES or "-" in first:
                continue
            candidates.setdefault(last, NameHit(name, start, end, block))
    if not candidates:
        return []
    starts = (_word_at_start(re.escape(surname)) for surname in candidates)
    alone = re.compile("(" + "|".join(starts) + r")\b")
    spoke: set[str] = set()
    for block in reporting:
        for match in alone.finditer(block.text):
            before = block.text[: match.start()].rstrip()
            if before and before[-1] not in ".!?:":
                continue  # only as a sentence's subject: not "die Debatte", "Hotel Petersen"
            after = block.text[match.end() :]
            verb = after.split(maxsplit=1)[0].rstrip(",:") if after.strip() else ""  # "sagt,"
            # ("finden" also reports a game: "Hameln fand kein Mittel" is a team.)
            speaks = german.is_cue_verb(verb) and not verb.startswith(("fand", "find"))
            if speaks or _apposition_after(block.text, match.end()):
                spoke.add(match.group(1))
    return [candidates[s] for s in candidates if s in spoke]


def _details_from_titles(index: PeopleIndex, blocks: tuple[Block, ...]) -> None:
    for block in blocks:
        if block.kind != RELATED_TITLE or index.alias_finder is None:
            continue
        for match in index.alias_finder.finditer(block.text):
            record = index.get(match.alias)
            if record:
                hit = NameHit(match.alias, match.start, match.alias_end, block)
                _attach_details(record, hit, block_is_title=True)


def _details_from_surnames(index: PeopleIndex, blocks: tuple[Block, ...]) -> None:
    """Roles and parties written next to a surname-only mention ("Präsident Gusmão (PRD)")."""
    if index.alias_finder is None:
        return
    for block in blocks:
        if block.kind not in REPORTING_KINDS:
            continue
        for match in index.alias_finder.finditer(block.text):
            if match.genitive:
                continue
            record = index.get(match.alias)
            if record and match.alias != record.name:
                hit = NameHit(match.alias, match.start, match.alias_end, block)
                _attach_details(record, hit, block_is_title=False)
