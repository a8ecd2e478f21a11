"""Everyone the articles name, and finding them again from whatever a reader types.

Lookup order, strictest first, so that an exact hit always beats a fuzzy one: the full name,
then an alias or surname, then a party, then a role, and only then a typo-tolerant match
(edit distance on folded keys, backed by a German sound key). A name nobody in the articles
carries finds nobody: at most a "did you mean" for names that are really close.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.corpus import german
from bot.corpus.model import Article, Person
from bot.engine.affixes import AffixIndex
from bot.engine.folding import fold, name_key, stem_word, words
from bot.engine.lexicon import STOP_WORDS, chief_synonyms
from bot.engine.memo import remembered
from bot.engine.phonetics import cologne_code

# How a lookup found its people.
EXACT = "exact"
ALIAS = "alias"
PARTY = "party"
ROLE = "role"
FUZZY = "fuzzy"
FIRST = "first"  # a first name only one person has
CHOICE = "choice"  # a first name several people have: the reader picks one
NONE = "none"

ACCEPT_SCORE = 85.0  # edit similarity (0-100) of one slip of the finger (see `mistyped`)
ACCEPT_SOUNDALIKE = 72.0  # … when the names also sound alike (Kölner Phonetik)
MIN_NAME_PART = 4  # a double surname's part shorter than this ("Le-Roux") names nobody alone
SUGGEST_SCORE = 70.0  # close enough to offer as "did you mean"
MIN_FUZZY_LENGTH = 4  # shorter queries must match exactly: 3 letters fit too many names
FUZZY_PLACES = 20  # the closest (name, person) places a typo is checked against
PARTY_NAMES = tuple(dict.fromkeys(name for _, name in german.PARTY_PATTERNS))
# Common surnames of the name gazetteer, folded: a reader who types one means that name.
SURNAME_KEYS = frozenset(fold(name) for name in german.SURNAMES)
_LEADING_WORDS = frozenset({"die", "der", "den", "partei", "fraktion"})


@dataclass(frozen=True)
class PersonEntry:
    """One person across all articles (merged by full name)."""

    key: str  # name_key of the canonical name
    name: str
    aliases: tuple[str, ...] = ()
    party: str | None = None
    roles: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()  # ids of the articles naming them, in corpus order

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None


@dataclass(frozen=True)
class PeopleMatch:
    """What a lookup found: how, whom (indices into the directory), and what else is close."""

    how: str
    people: tuple[int, ...] = ()
    label: str | None = None  # the party or role as the articles write it
    suggestions: tuple[str, ...] = ()


GENERATION_KEYS = frozenset({"sen", "jun", "jr", "sr"})  # "Georg Beispiel jr." folded


def surname_key(key: str) -> str:
    """The last word of a name key that is no generation ("georg beispiel jr" → "beispiel")."""
    parts = key.split()
    while len(parts) > 1 and parts[-1] in GENERATION_KEYS:
        parts.pop()
    return parts[-1] if parts else key


def surname_of(name: str) -> str:
    """The surname of a full name, with its particles ("Ursula von der Leyen" → "von der Leyen")."""
    parts = name.split()
    while len(parts) > 2 and parts[-1].rstrip(".").lower() in GENERATION_KEYS:
        parts.pop()  # "Georg Beispiel jr.": Beispiel
    for i, part in enumerate(parts[1:], start=1):
        if part.lower() in german.NAME_PARTICLES:
            return " ".join(parts[i:])
    return parts[-1] if parts else name


def _double_name_parts(surname: str) -> list[str]:
    """The keys of a double surname's parts ("Maier-Okafor": "maier", "okafor"): the
    text names such a person by one word split at the hyphen, so each part is a word that
    names them (shared with others of the article, the article's owners decide)."""
    if "-" not in surname or " " in surname:
        return []
    parts = [name_key(part) for part in surname.split("-")]
    return [p for p in parts if len(p) >= MIN_NAME_PART and " " not in p and p not in STOP_WORDS]


def _first_name_only(name: str) -> bool:
    return " " not in name and name in german.FIRST_NAMES


def merge_people(articles: Sequence[Article]) -> tuple[PersonEntry, ...]:
    """One entry per full name across the articles; aliases and roles united, first party kept."""
    merged: dict[tuple[str, str], dict] = {}
    for article in articles:
        for person in article.people:
            key = name_key(person.name)
            if not key:
                continue
            # A person an article names by first name only ("ihr Mann Jens", "Wahlhelferin
            # Petra") is that article's: another article's "Jens" is nobody known to be him.
            # (A surname alone may well be one person across a night's follow-ups.)
            place = article.id if _first_name_only(person.name) else ""
            entry = merged.setdefault(
                (key, place),
                {"name": person.name, "aliases": {}, "party": None, "roles": {}, "articles": {}},
            )
            entry["aliases"].update(dict.fromkeys(person.aliases))
            entry["roles"].update(dict.fromkeys(person.roles))
            entry["articles"][article.id] = None
            entry["party"] = entry["party"] or person.party
    return tuple(
        PersonEntry(
            key=key,
            name=e["name"],
            aliases=tuple(a for a in e["aliases"] if name_key(a) != key),
            party=e["party"],
            roles=tuple(e["roles"]),
            articles=tuple(e["articles"]),
        )
        for (key, _), e in merged.items()
    )


# Short forms of roles as the articles and readers write them.
ROLE_SHORT_FORMS = {
    "ob": "oberburgermeister",
    "obm": "oberburgermeister",
    "bm": "burgermeister",
    "mp": "ministerprasident",
    "mdl": "landtagsabgeordneter",
    "mdb": "bundestagsabgeordneter",
}
# A role said by what it is not ("Amtsinhaber": whoever holds the office still, the outgoing).
STILL_IN_OFFICE = ("amtierende", "scheidende", "bisherige")
ROLE_SYNONYMS = {
    stem_word("amtsinhaber"): tuple(map(stem_word, STILL_IN_OFFICE)),
    # … and back: "die bisherige Bürgermeisterin" is the "Amtsinhaberin" of the report
    **{stem_word(w): (stem_word("amtsinhaber"),) for w in STILL_IN_OFFICE},
}
# Words that end a role's head and begin what it belongs to ("Vorsitzende der CDU").
_ROLE_ATTRIBUTES = frozenset({"der", "des", "von", "vom", "fur", "im", "in", "am", "bei"})


def _role_words(role: str) -> list[str]:
    """A role's words with short forms written out ("OB-Kandidat" → Oberbürgermeister,
    Kandidat)."""
    return [ROLE_SHORT_FORMS.get(w, w) for w in words(role)]


def _role_stems(role: str, stem: Callable[[str], str] = stem_word) -> list[str]:
    return [stem(w) for w in _role_words(role) if w not in STOP_WORDS]


def _role_head(role: str, stem: Callable[[str], str] = stem_word) -> str | None:
    """What a role is, its last word before any attribute ("Vorsitzende" in "Hagener
    CDU-Vorsitzende", "Fraktionsvorsitzende" in "Fraktionsvorsitzende der CDU")."""
    head = None
    for word in _role_words(role):
        if word in _ROLE_ATTRIBUTES and head is not None:
            break
        if word not in STOP_WORDS:
            head = stem(word)
    return head


@dataclass(frozen=True)
class PeopleDirectory:
    """Everyone, with every key a lookup needs, computed once when the index is built."""

    entries: tuple[PersonEntry, ...]
    by_name: Mapping[str, int]
    by_alias: Mapping[str, tuple[int, ...]]  # alias and surname keys
    by_party: Mapping[str, tuple[int, ...]]  # folded party → people
    party_names: Mapping[str, str]  # folded party → as written
    party_stems: Mapping[str, str]  # stem of a folded party → as written ("grun" → "Grüne")
    by_role_stem: Mapping[str, tuple[int, ...]]
    role_stems: AffixIndex
    # Every (key, entry) pair of names, aliases and surnames is a "place"; a key many people
    # share (a common surname) is compared once, standing for all its places.
    fuzzy_keys: tuple[str, ...]  # each key once, in the order of its first place
    fuzzy_places: tuple[tuple[int, ...], ...]  # per key: its places
    fuzzy_owners: tuple[int, ...]  # per place: the entry it belongs to
    fuzzy_sounds: tuple[str, ...]  # per key: its sound key
    by_word: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # one-word name keys
    by_first: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # first names
    role_heads: tuple[frozenset[str], ...] = ()  # per entry: the heads of their roles
    # (first name key, article id) → the person an article names by first name only: theirs
    one_word: Mapping[tuple[str, str], int] = field(default_factory=dict)

    @classmethod
    def build(
        cls, entries: Iterable[PersonEntry], stem: Callable[[str], str] = stem_word
    ) -> PeopleDirectory:
        """Compute every key once (`stem`: the index build's memoised stemmer)."""
        entries = tuple(entries)
        by_name: dict[str, int] = {}
        by_alias: dict[str, list[int]] = {}
        one_word: dict[tuple[str, str], int] = {}
        for i, entry in enumerate(entries):
            by_name.setdefault(entry.key, i)
            if _first_name_only(entry.name):
                one_word.update(((entry.key, a), i) for a in entry.articles)
        # A first name that is a person of its own in several articles ("Jens" here and there)
        # is no full name of anyone: a lookup offers them all, as for a shared surname.
        shared = Counter(e.key for e in entries if _first_name_only(e.name))
        for key in (k for k, n in shared.items() if n > 1):
            del by_name[key]
            by_alias[key] = [i for i, e in enumerate(entries) if e.key == key]
        by_party: dict[str, list[int]] = {}
        party_names = {fold(p): p for p in PARTY_NAMES}
        by_role: dict[str, list[int]] = {}
        fuzzy: dict[tuple[str, int], None] = {}
        stems_of_role: dict[str, list[str]] = {}
        known_keys: dict[str, str] = {}  # surnames and aliases recur across people

        def key_of(name: str) -> str:
            key = known_keys.get(name)
            if key is None:
                key = known_keys[name] = name_key(name)
            return key

        for i, entry in enumerate(entries):
            keys = {key_of(a) for a in entry.aliases} | {key_of(surname_of(entry.name))}
            keys.discard("")
            for key in keys - {entry.key}:
                by_alias.setdefault(key, []).append(i)
            for key in (entry.key, *keys):
                fuzzy[(key, i)] = None
            if entry.party:
                party = fold(entry.party)
                party_names.setdefault(party, entry.party)
                by_party.setdefault(party, []).append(i)
            for role in entry.roles:
                if role not in stems_of_role:  # the same roles come back for many people
                    stems_of_role[role] = _role_stems(role, stem)
                for role_stem in stems_of_role[role]:
                    holders = by_role.setdefault(role_stem, [])
                    if not holders or holders[-1] != i:  # ascending: i is last if it is there
                        holders.append(i)
        by_first: dict[str, list[int]] = {}
        for i, entry in enumerate(entries):
            parts = entry.key.split()
            if len(parts) >= 2 and parts[0] not in STOP_WORDS:
                by_first.setdefault(parts[0], []).append(i)
        by_word: dict[str, list[int]] = {}
        for key, i in fuzzy:  # each (key, person) once: no need to look for it first
            if " " not in key:
                by_word.setdefault(key, []).append(i)
        named = {(key, i) for key, i in fuzzy if " " not in key}
        for i, entry in enumerate(entries):
            for part in _double_name_parts(surname_of(entry.name)):
                if (part, i) not in named:
                    named.add((part, i))
                    by_word.setdefault(part, []).append(i)
        heads = {role: _role_head(role, stem) for role in stems_of_role}
        keys_owners = list(fuzzy)
        places: dict[str, list[int]] = {}
        for place, (key, _) in enumerate(keys_owners):
            places.setdefault(key, []).append(place)
        return cls(
            entries=entries,
            by_name=by_name,
            by_alias={k: tuple(v) for k, v in by_alias.items()},
            by_party={k: tuple(v) for k, v in by_party.items()},
            party_names=party_names,
            party_stems={stem(k): v for k, v in party_names.items()},
            by_role_stem={k: tuple(v) for k, v in by_role.items()},
            role_stems=AffixIndex.of(by_role),
            fuzzy_keys=tuple(places),
            fuzzy_places=tuple(tuple(p) for p in places.values()),
            fuzzy_owners=tuple(i for _, i in keys_owners),
            fuzzy_sounds=tuple(cologne_code(k) for k in places),
            by_word={k: tuple(v) for k, v in by_word.items()},
            by_first={k: tuple(v) for k, v in by_first.items()},
            role_heads=tuple(
                frozenset(h for h in (heads[r] for r in e.roles) if h) for e in entries
            ),
            one_word=one_word,
        )

    # --- lookups ----------------------------------------------------------------------------

    def lookup(self, query: str) -> PeopleMatch:
        """The people a reader means by `query`: a name, alias, party or role (see module doc)."""
        key = name_key(query)
        if not key:
            return PeopleMatch(NONE)
        if key in self.by_name:
            return PeopleMatch(EXACT, (self.by_name[key],))
        if key in self.by_alias:
            found = self.by_alias[key]
            if len(found) > 1 and all(_first_name_only(self.entries[i].name) for i in found):
                return PeopleMatch(CHOICE, found)  # "Jens" of one article and of another
            return PeopleMatch(ALIAS, found)
        if key in self.by_first:  # "Thomas": one person, or a choice among several
            found = self.by_first[key]
            return PeopleMatch(FIRST if len(found) == 1 else CHOICE, found)
        party = self.party_named(query)
        if party is not None:
            return PeopleMatch(PARTY, self.by_party.get(fold(party), ()), label=party)
        role = self.role_match(key)
        if role.people:
            return role
        if key in self.by_word:  # "Lemke" for Katrin Lemke-Sauer: a part of a double surname
            found = self.by_word[key]
            return PeopleMatch(ALIAS if len(found) == 1 else CHOICE, found)
        return self.fuzzy(key)

    def party_named(self, query: str, stem: Callable[[str], str] = stem_word) -> str | None:
        """The party a short query names ("spd", "die Grünen", "Sozialdemokraten"), if any
        (`stem`: a stemmer that remembers, if the caller has one). Once per query
        (`_parties_named`): a question's words and pairs of words are asked of every
        question, and the same ones come back all night."""
        return remembered(self._parties_named, query, lambda: self._party_named(query, stem))

    @cached_property
    def _parties_named(self) -> dict[str, str | None]:
        return {}

    def _party_named(self, query: str, stem: Callable[[str], str]) -> str | None:
        folded = [w for w in words(query) if w not in _LEADING_WORDS]
        if not folded or len(folded) > 3:
            return None
        key = " ".join(folded)
        if key in self.party_names:
            return self.party_names[key]
        stemmed = stem(key)
        if stemmed in self.party_stems:
            return self.party_stems[stemmed]
        stripped = query.strip()
        for variant in (stripped, stripped.upper(), stripped.title()):
            found = german.party_in(variant)
            if found is not None:
                return found
        return None

    def role_match(self, key: str) -> PeopleMatch:
        """People whose roles contain every word of the query, compounds and short forms
        included; those whose role *is* it (its head: "OB", not "OB-Kandidat") first.

        "Ministerpräsident" finds "NRW-Ministerpräsident", "Vorsitzende" finds
        "Fraktionsvorsitzende" (the query is a head or first part of the role's word).
        Once per key (`_matches`): a word held by thousands ("Oberbürgermeister" at a
        thousand articles) is asked by question after question.
        """
        return remembered(self._matches, ("role", key), lambda: self._role_match(key))

    @cached_property
    def _matches(self) -> dict[tuple[str, str], PeopleMatch]:
        """("role" or "fuzzy", key asked) → its `role_match` or `fuzzy` match, filled as
        readers ask (not a field: never persisted)."""
        return {}

    def _role_match(self, key: str) -> PeopleMatch:
        stems = [stem_word(w) for w in _role_words(key) if w not in STOP_WORDS]
        if not stems:
            return PeopleMatch(NONE)
        found: set[int] | None = None
        for stem in stems:
            holders = self._holders(stem)
            for synonym in (*ROLE_SYNONYMS.get(stem, ()), *chief_synonyms(stem)):
                holders |= self._holders(synonym)
            found = holders if found is None else found & holders
        if not found:
            return PeopleMatch(NONE)
        lasts = (stems[-1], *chief_synonyms(stems[-1]))
        heads = {i for i in found if any(h.endswith(lasts) for h in self.role_heads[i])}
        people = tuple(sorted(heads or found))
        return PeopleMatch(ROLE, people, label=self._role_label(people, stems))

    def head_holders(self, stem: str) -> tuple[int, ...]:
        """The people whose role *is* the stem (one of their roles' heads: "Oberbürgermeister",
        not "OB-Kandidat"), in directory order. Once per stem (`_head_holders`): at a thousand
        articles a mayor's office has thousands of holders to look through."""
        return remembered(
            self._head_holders,
            stem,
            lambda: tuple(p for p in self.by_role_stem.get(stem, ()) if stem in self.role_heads[p]),
        )

    @cached_property
    def _head_holders(self) -> dict[str, tuple[int, ...]]:
        """Stems asked → their `head_holders` (not a field: never persisted)."""
        return {}

    def _holders(self, stem: str) -> set[int]:
        """People with a role word that is the stem, starts with it or ends with it."""
        holders: set[int] = set(self.by_role_stem.get(stem, ()))
        if len(stem) >= 4:
            for role_stem in (
                *self.role_stems.starting_with(stem),
                *self.role_stems.ending_with(stem),
            ):
                holders.update(self.by_role_stem[role_stem])
        return holders

    def _role_label(self, people: tuple[int, ...], stems: list[str]) -> str | None:
        for i in people:
            for role in self.entries[i].roles:
                role_stems = _role_stems(role)
                if all(any(s in r for r in role_stems) for s in stems):
                    return role
        return None

    def fuzzy(self, key: str) -> PeopleMatch:
        """Typo-tolerant name match; very short queries only get suggestions, never a match.
        Once per key (`_matches`): a comparison with every name the articles give."""
        return remembered(self._matches, ("fuzzy", key), lambda: self._fuzzy(key))

    def _fuzzy(self, key: str) -> PeopleMatch:
        if len(key.replace(" ", "")) < 3:
            return PeopleMatch(NONE)
        sound = cologne_code(key)
        best: dict[int, float] = {}  # entry → best score
        accepted: dict[int, float] = {}
        found = process.extract(
            key,
            self.fuzzy_keys,
            scorer=fuzz.ratio,
            processor=None,
            limit=FUZZY_PLACES,
            score_cutoff=min(SUGGEST_SCORE, ACCEPT_SOUNDALIKE) - 10,
        )
        # The best places (ties in listing order): a key's places rank with its score.
        best_places = heapq.nsmallest(
            FUZZY_PLACES,
            ((-score, place, k) for _, score, k in found for place in self.fuzzy_places[k]),
        )
        for minus_score, place, k in best_places:
            score = -minus_score
            owner = self.fuzzy_owners[place]
            same_sound = bool(sound) and self.fuzzy_sounds[k] == sound
            best[owner] = max(best.get(owner, 0.0), score + (10 if same_sound else 0))
            long_enough = len(key) >= MIN_FUZZY_LENGTH
            if long_enough and mistyped(key, self.fuzzy_keys[k], score, same_sound):
                accepted[owner] = max(accepted.get(owner, 0.0), score)
        if accepted:
            top = max(accepted.values())
            people = tuple(sorted(i for i, s in accepted.items() if s >= top))
            return PeopleMatch(FUZZY, people)
        close = sorted((i for i, s in best.items() if s >= SUGGEST_SCORE), key=lambda i: -best[i])
        return PeopleMatch(NONE, suggestions=tuple(self.entries[i].name for i in close[:3]))

    def mentioned_in(self, folded_words: Iterable[str], prefer: Iterable[int] = ()) -> set[int]:
        """The people a text names by a one-word key (surname or alias).

        A word several people share goes to those of `prefer` (the article's own people) when
        any of them carries it, else to all who carry it.
        """
        preferred = set(prefer)
        found: set[int] = set()
        by_word = self.by_word
        for word in set(folded_words):  # a short text against many names: look its words up
            owners = by_word.get(word)
            if owners is None:
                continue
            if len(owners) > 1 and preferred:
                mine = [i for i in owners if i in preferred]
                owners = tuple(mine) or owners
            found.update(owners)
        return found

    def named_in(self, folded_words: Sequence[str]) -> set[int]:
        """The people folded words name, in the genitive too ("Seebauers Sieg")."""
        genitives = [word[:-1] for word in folded_words if word.endswith("s")]
        return self.mentioned_in([*folded_words, *genitives])

    def resolve_speaker(self, speaker: str | None, article_people: Iterable[int]) -> int | None:
        """The entry a quote's speaker names: full name, else an alias unique in the article,
        else an alias unique in the whole corpus; None when it names nobody indexed."""
        if not speaker:
            return None
        return self.resolve_key(name_key(speaker), article_people)

    def resolve_key(
        self, key: str, article_people: Iterable[int], strangers: Collection[int] = ()
    ) -> int | None:
        """`resolve_speaker` for a speaker's `name_key`; an alias names none of `strangers`
        (an article's relatives of another, whom its surname alone does not name)."""
        if key in self.by_name:
            return self.by_name[key]
        owners = [i for i in self.by_alias.get(key, ()) if i not in strangers]
        if not owners:
            return None
        present = set(article_people)
        mine = [i for i in owners if i in present]
        if len(mine) == 1:
            return mine[0]
        if len(owners) == 1:
            return owners[0]
        return None


def mistyped(typed: str, name: str, score: float, same_sound: bool) -> bool:
    """Whether a reader who typed `typed` (folded) meant `name` (a folded name key) and slipped,
    rather than asking about somebody else whose name is close: "filipp" and "schmitt" sound
    as Philipp and Schmidt do, "rosenbreg" swaps two letters of Rosenberg; but Bennert is
    not Rennert nor Lautenbach Lauterbach (a letter changed, and with it the sound), and
    "Müller", a common surname of its own, is not Möller (but "Meier" may be Meyer: one name
    in two spellings). `score`: their edit similarity."""
    if typed in SURNAME_KEYS and not any(_spelled_alike(typed, part) for part in name.split()):
        return False
    if same_sound:
        return score >= ACCEPT_SOUNDALIKE
    return score >= ACCEPT_SCORE and _one_slip(typed, name)


# Spellings of one sound in German names: Meier/Meyer/Maier, Schmidt/Schmitt, Philipp/Filipp,
# Conrad/Konrad.
_SPELLINGS = (
    ("dt", "t"),
    ("th", "t"),
    ("ph", "f"),
    ("ck", "k"),
    ("c", "k"),
    ("tz", "z"),
    ("y", "i"),
    ("ai", "ei"),
)


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two folded names are one name spelled two ways (doubled letters aside)."""
    return _plain_spelling(a) == _plain_spelling(b)


def _plain_spelling(name: str) -> str:
    for written, said in _SPELLINGS:
        name = name.replace(written, said)
    return "".join(c for i, c in enumerate(name) if i == 0 or c != name[i - 1])


def _one_slip(typed: str, name: str) -> bool:
    """One letter too many or too few, or two neighbours swapped: no letter changed."""
    return OSA.distance(typed, name) == 1 and (
        len(typed) != len(name) or sorted(typed) == sorted(name)
    )


def people_of(directory: PeopleDirectory, people: Iterable[Person], article: str = "") -> list[int]:
    """The directory entries of an article's own people (`article`: its id, which tells whose
    a one-word name is)."""
    found = []
    for person in people:
        key = name_key(person.name)
        entry = directory.one_word.get((key, article)) if " " not in key else None
        if entry is None:
            entry = directory.by_name.get(key)
        if entry is not None:
            found.append(entry)
    return found
