"""Free questions in plain German: the one to three excerpts that answer best, or an honest
"the articles do not say".

A question is read into what it asks about (content words, stemmed and folded), whom it names
(people and parties: an answer must involve them), what kind of answer it wants (wer → a
person, wann → a time, wie viele → a number, warum → a reason) and whether it asks what
somebody said. Units are scored by how much of the question they cover (their own text fully,
their surroundings by half), then weighed by those signals. Only the articles' own reporting
answers; when only a reader comment matches, the reply says so instead of quoting it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain, islice, pairwise

from rapidfuzz.distance import OSA

from bot.corpus.german import (
    INDEFINITE_ARTICLES,
    MONTH_NAMES,
    PARTY_PATTERNS,
    QUESTION_LABEL_RE,
    QUOTED_RE,
    first_name_gender,
    is_role_noun,
)
from bot.corpus.sentences import split_sentences
from bot.engine import (
    election_day,
    english,
    honest,
    lexicon,
    premises,
    unknown_names,
    vote_place,
    wins,
)
from bot.engine.article_questions import FIELD_WORDS, about_articles
from bot.engine.context import Context
from bot.engine.folding import (
    StemMemo,
    fold,
    has_any_phrase,
    has_phrase,
    name_key,
    stem_word,
    words,
)
from bot.engine.index import (
    CLASS_ASKS,
    CLASS_COMMENT,
    CUE_BITS,
    KIND_CODES,
    KIND_OF_CODE,
    NO_ENTRY,
    CorpusIndex,
    Ids,
    is_speech,
    kept_ids,
)
from bot.engine.interviews import answer_below, answers_for_questions, letters_for_signatures
from bot.engine.matching import (
    SEMANTIC_LABEL,
    SYNONYM,
    Postings,
    Term,
    about_person,
    distinct,
    expansions,
    head_postings,
    party_term,
    person_term,
    postings_key,
    semantic_term,
    split_verb_postings,
    term_units,
    word_term,
)
from bot.engine.memo import remembered
from bot.engine.narrowing import Narrowing, Scored, Weighing
from bot.engine.people import FUZZY, NONE, ROLE, STILL_IN_OFFICE, PeopleMatch, surname_key
from bot.engine.person_answers import who
from bot.engine.phonetics import cologne_code
from bot.engine.places import (
    EVERYWHERE,
    RELATIVES,
    Scope,
    a_name,
    about_place,
    article_units,
    common_noun,
    dateline_places,
    find_scope,
    in_another_town,
    in_another_villages_paragraph,
    opens_with,
    place_forms,
    short_heading,
    the_whole_nights,
)
from bot.engine.reply import DIRECT, PASSAGE, USAGE, Reply
from bot.engine.safe_text import one_line
from bot.engine.small_talk import EXAMPLES, after_greeting, small_talk

CONTEXT_FACTOR = 0.5  # a word found only around a unit (its line, its heading) counts half
ROLE_PHRASE_WEIGHT = 0.25  # "Seebauer als Oberbürgermeister": the role only describes him
MIN_COVERAGE = 0.5  # below this share of the question, a unit does not answer it
FOLLOWERS_SHARE = 0.7  # a second or third excerpt must score this share of the best
BARE_OUTCOME_WORDS = 3  # "ergebnis stichwahl marlau": a result, the vote, a place
# The words a question may open with: with none of them, "ergebnis marlau" asks who won.
INTERROGATIVES = frozenset(key[0] for key in lexicon.QUESTION_WORDS) | frozenset(
    "was what welche welcher welches welchen which".split()
)
MAX_ANSWERS = 3
MAX_CANDIDATES = 30  # ranked in full; enough to find three that do not overlap
MAX_QUESTION_WORDS = 16
CUE_MATCH = 1.3  # the unit gives the kind of answer asked for (a reason for "warum")
CUE_MISS = 0.75
STATEMENT_WORDS = 4  # a quote this long says something; "bitteren Abend" names it only
REASON_MISS = 0.6  # "warum" without any reason in the unit rarely answers
SPEECH_MATCH = 1.3  # "was sagte X": quotations first
SPEAKER_MATCH = 1.2  # the named person says it themselves
OTHERS_WORDS = 0.6  # asked what X said: somebody else's words on X come after X's own
ASKED_IN_TEXT = 0.8  # a question the article itself asks is seldom the answer
ECHO_LIMIT = 120
SEMANTIC_SHARE = 0.5  # closeness in meaning weighs half as much as all the question's words
MIN_COMPOUND_PART = 4  # "Landrat" + "wahl": shorter parts hide in too many words
MIN_TAIL = 5  # "Oberschulen" counts "Schulen"; a shorter word ends too many others
NUMBER_BEFORE = 4  # "54,3 Prozent der Stimmen": words from a number to what it counts
NUMBER_AFTER = 6  # "die Wahlbeteiligung stieg im zweiten Wahlgang auf 57,3 Prozent"
TOKEN_RE = re.compile(r"\w+")
HYPHENATED_RE = re.compile(r"\w+(?:-\w+)*")  # "Diplom-Geografin", "47-jährige": one word each
SHARE_PATTERN = r"\d+(?:,\d+)?\s*(?:Prozent|%)"
TWO_SHARES_RE = re.compile(rf"{SHARE_PATTERN}.*{SHARE_PATTERN}")  # "50,4 … 49,6 Prozent"
# A share on a line, its figure captured: "52,4 Prozent", "36 %" (a share has one or two digits).
SHARE_RE = re.compile(r"\b(\d{1,2}(?:,\d{1,2})?)\s*(?:Prozent|%)")
SCORE_RE = re.compile(r"\d[\d.’']*\s+zu\s+\d[\d.’']*")  # "mit 17 zu 16 Stimmen"
# A lead told as what lies between the two ("Zwischen beiden lagen am Ende 212 Stimmen") or
# what one won by ("won … by just over 200 votes").
BETWEEN_COUNT_RE = re.compile(
    r"\b(?:[Zz]wischen\b[^.;:]{0,40}?\b(?:lagen|liegen|lag|liegt)|by)\b"
    r"[^.;:\d]{0,20}?\d[\d.,’']*\s+(?:Stimmen|votes)\b"
)
# "wie" and "how" before a word of closeness: the English question word stays as typed
HOW = (["wie"], ["how"])
# After a count, the side of a lead it gives: "lag 90 Stimmen vor X", "300 votes ahead of X".
AHEAD = (["vor"], ["ahead"])
# … and the loser's side too ("7.490 Stimmen hinter der Siegerin", "300 votes behind X"), which
# answers "how far behind was X", though the same sentence may give what X got.
LEAD_SIDES = (*AHEAD, ["hinter"], ["behind"])
LEAD_SIDE_RE = re.compile(r"\b(?:vor|hinter|ahead|behind)\b")  # a quick look before `_ahead`
# A question naming a lead or a shortfall ("Rückstand", "how far behind", "fehlten") asks for a
# margin, as one naming the gap itself does.
MARGIN_ASKED = lexicon.MARGIN_STEMS | lexicon.LEAD_STEMS
JOB_NEAR = 4  # "Daniel Ammann, 47, ist Schulleiter": words from a name to the job it gives
# A relative clause of heading or running something: ", die das Amt leitet", ", der … betreibt"
RUNS_RE = re.compile(
    r",\s*(?:der|die)\s[^,.;:]{0,60}?\b(?:leitet|leitete|führt|führte|betreibt|betrieb)\b"
)
AGE_WORD_RE = re.compile(r"\d{1,3}-[Jj]ährige[nr]?")  # "die 47-Jährige": an age recapping somebody
JOB_FILLERS = 2  # "Sie ist gelernte Krankenschwester", "Er arbeitet seit Jahren als Koch"

OFFICE_MATCH = 0.7  # "neuer Bürgermeister" for "gewonnen": as close as a compound
DEFINITE = (["der"], ["die"], ["den"], ["dem"], ["des"], ["the"])
PLACE_SHARE = 0.2  # a line naming the place asked about: this share of the question more
PLACE_ELSEWHERE = 0.5  # elsewhere in its articles: half that, so coverage stays as it was
LEAD_LINES = 3  # title, byline, lead: where an article says where it is
LEAD_WORDS = 6  # "Knappes Rennen bis zum Schluss": a heading, not the news
LEADS_AN_ARTICLE = 2
RIVAL_OF = 0.5  # "die Gegnerin von X": X weighs half as much as the rival found
OTHER_SIDE = 0.6  # "verloren" for "wer hat gewonnen": the same report, from the other side
CONGRATULATE = ("gratul", "begluckwunsch")  # folded starts of verbs of congratulating
# … and of thanking: a line congratulating or thanking the holder of a new office names the
# one who does it beside the office ("dankte Y der neuen Landrätin")
DONE_TO_HOLDER = (*CONGRATULATE, "dankt", "bedankt")
NAMELESS_OUTCOME = 0.5  # "wer hat gewonnen": a sentence that names no winner
SUPPOSED_WITHIN = 4  # words before a word of winning that may make it supposed ("wenn ich …")
OWNER_WORDS = 3  # "der Sieg von Finn-Ole Harms": the words after "von" naming whose it is
AGAINST_WORDS = 5  # "gegen die SPD-Amtsinhaberin Claudia Wessels": the words naming the other
RUNNER_UP = frozenset({"vor", "ahead"})  # "gewann … vor Y", "won ahead of Y": Y came second
VOTED_VERBS = frozenset("gewahlt abgestimmt".split())  # "wie viele haben gewählt"
TURNOUT_WORD = "wahlbeteiligung"
PEOPLE = lexicon.COUNTED_PEOPLE_STEMS  # "wie viele Leute / Wähler haben gewählt"
SIDES = frozenset("ja nein dafur dagegen fur gegen".split())  # "mit Nein gestimmt": one side
VOTE_ENDS = ("wahlen", "wahl")  # "Stadtratswahl", "Kreistagswahlen"
# "und mit wie viel Prozent", "und um wie viel Uhr": words before a second question's own.
SECOND_OPENERS = frozenset("mit um seit bis ab von in".split())
# Prepositions before "dem Sieger", "dem neuen Landrat": an object, not who won ("landet zwölf
# Punkte hinter der Siegerin", "verlor gegen die Siegerin" name somebody else as the winner)
OBJECT_CASE = frozenset("mit vom zum beim für an von bei hinter gegen".split())
STATED_KINDS = (lexicon.TIME, lexicon.NUMBER)  # an answer must state one itself
TOPIC_KINDS = (lexicon.TIME, lexicon.REASON)  # about what somebody did (see `_topic`)
# A share asked for: "wie viel Prozent", "wie hoch war die Beteiligung" (stems).
SHARE_ASKED = frozenset(map(stem_word, ("prozent", "percent"))) | lexicon.TURNOUT_ASKED
SHARE_STEMS = frozenset(map(stem_word, ("prozent", "percent", "prozentpunkte", "anteil")))
# What is counted, not measured in shares: "wie viele Stimmen" is not answered by "51 Prozent".
COUNTED_STEMS = frozenset(
    map(stem_word, "stimmen stimme votes stimmzettel ballots wahler voters sitze seats".split())
)
AGE_STEM = stem_word(lexicon.MEASURED_BY[("wie", "alt")])
AGE_WORD_STEM = stem_word("alter")  # "im Alter von 84 Jahren"
# A fact box's row of age: "Alter: 44 Jahre" (whose it is: `honest.boxed`).
BOX_AGE_RE = re.compile(r"\s*Alter:\s*\d{1,3}\b")
AGE_IN_WORDS_RE = re.compile(
    rf"\b[Ii]m Alter von (?:\d+|[a-zäöüß]+)\b|\b\d{{1,3}} Jahre alt\b|^{BOX_AGE_RE.pattern}"
)
# "Ein Verwaltungsfachmann, parteilos, 34 Jahre alt: … auf Jan Beispiel gewettet": the age of
# the one person its sentence names
YEARS_OLD_RE = re.compile(r"\b\d{1,3} Jahre alt\b")
# "Sie ist 41 Jahre alt": one person's age, told of whoever the text spoke of just before
PRONOUN_AGE_RE = re.compile(r"\s*(Sie|Er) (?:ist|war) \d{1,3} Jahre alt\b")
# A name's last word, then an age between commas, maybe after a party in brackets: "Roth-Beck,
# 39, won", "Beispiel (SPD), 52, leitet"; or in brackets, maybe after a party and past a
# generation: "Beispiel (SPD, 61)", "Beispiel jr. (34)".
_AGE = r"(?:1[89]|[2-9]\d|1[01]\d)"
AGE_AFTER_NAME_RE = re.compile(
    rf"([^\W\d_]+)(?:(?: \([^()\d]{{1,30}}\))?, {_AGE}, "
    rf"| (?:(?:sen|jun|jr|Jr|Sr)\. )?\((?:[^()\d]{{1,30}}, )?{_AGE}\))"
)
# "die 46-jährige Juristin", "sagte der 61-Jährige", "ein 58-jähriger Goldschmied": the age
# and the word before it, which tells a recap (definite) from somebody new (indefinite).
AGE_RECAP_RE = re.compile(r"\b([^\W\d_]+)\s+\d{1,3}-[Jj]ährig(\w*)|\b[Ii]m Alter von\b")
WORD_RE = re.compile(r"[^\W\d_]+")
AGE_LOOK_BACK = 2  # paragraphs back to the person a recap ("der 61-Jährige") names
AGE_NAME_AHEAD = 4  # "Der 29-jährige Grünen-Kandidat Timo Achterberg": words to the name
# "der 61-Jährige" is a man, "die 44-Jährige" a woman ("der 46-jährigen Juristin": either)
RECAP_GENDER = {("der", "e"): "m", ("die", "e"): "f"}
# "ein 58-jähriger Goldschmied": the age of the noun after it ("der 52-Jährige": of whoever
# the line is about).
AGE_OF_NOUN_RE = re.compile(r"\d+-jährige[nrms]? ([A-ZÄÖÜ][\w-]+)")
MIN_FIGURES = 2  # a line of figures under a heading naming what they count (`_tabled`) …
FIGURES_SHARE = 4  # … has at least one number in this many words
SHARE_AFTER = 2  # "50,4 Prozent": "50", "4", then the share's word
TURNOUT_STEMS = frozenset(map(stem_word, "wahlbeteiligung beteiligung turnout".split()))
TURNOUT_BEFORE = 6  # "Die Wahlbeteiligung lag nach Angaben der Stadt bei 46,8"
PARTY_STEMS = frozenset(map(stem_word, ("partei", "parteien")))
# "welche Parteien unterstützen X", "which parties backed X": who backs X, not X's own party
SUPPORT_STEMS = frozenset(
    map(stem_word, "unterstutzt unterstutzen unterstutzte unterstutzten unterstutzung".split())
)
NO_PARTY_RE = re.compile(r"\b[Pp]arteilos|\b[Ii]ndependent\b")  # no party is an answer too
ENGLISH_WAS = "was"  # "was X re-elected": a yes/no opener in English only (German: "what")


@dataclass(frozen=True)
class Question:
    """What a question asks, as far as the index can tell."""

    kind: str  # lexicon.PERSON, TIME, NUMBER, REASON, PLACE or WHAT
    terms: tuple[Term, ...]
    people: tuple[int, ...]  # directory entries the question names
    wants_quote: bool  # it asks what somebody said
    scope: Scope = EVERYWHERE  # the places it asks about
    strict: bool = True  # a "wann"/"wie viele" answer must state a time/number
    when: bool = False  # "wann", not "wie lange": a strict answer says when, not how long
    outcome: bool = False  # "wer hat gewonnen / verloren": the answer names the winner/loser
    measure: frozenset[str] = frozenset()  # "wie viele Stimmen": a number next to these stems
    topic: int | None = None  # "warum hat X verloren": the term an answer has, or a reason
    margin: bool = False  # it asks by how much ("wie knapp", "Vorsprung", "zwischen")
    lost: bool = False  # an `outcome` question asks who lost
    # Any question of winning or losing ("welche Partei hat in X gewonnen", not only "wer"):
    # a winner of another place does not answer it.
    of_outcome: bool = False
    # … and the index stems of the places asked about, for telling whose win a line reports.
    place_forms: frozenset[str] = frozenset()
    # A report of several places: only these units may name who won there, or give a number
    # about the place asked about (empty: any).
    place_paragraphs: frozenset[int] = frozenset()
    # "wer ist der Sprecher", "wie heißt die Tochter": it asks who somebody is, so the answer
    # names a person besides those asked about, or that role with "der"/"die" (these stems).
    identity: frozenset[str] = frozenset()
    known: tuple[int, ...] = ()  # the people it names, each the only one of that name
    # "in welcher Partei ist X": the answer names X and a party.
    party: bool = False
    by_name: tuple[int, ...] = ()  # the `people` named in the question, not found by a role
    # "wie viele Sitze": lines of figures under a heading that says what they count ("So
    # verteilen sich die Sitze" above "CDU 13, Grüne 11, …"); they state the measure too.
    tabled: frozenset[int] = frozenset()
    # "gegen wen hat X gewonnen" where the articles tell whom X beat: that person, whose line
    # answers though it names no loss ("Y kam auf 45,7 Prozent")
    beaten: tuple[int, ...] = ()
    # "wer ist der neue Bürgermeister von X": the office won (a stem); a line of another
    # office's race ("Y gewinnt die Landratswahl") does not say who won it
    new_office: str = ""
    # "wurde X wiedergewählt", "hat X gewonnen", "did X win": a yes/no question, whose answer
    # speaks of the people it names
    yes_no: bool = False
    # A name no article knows ("was hat Bennert gesagt" beside Rennert), as folded.
    unknown_name: str | None = None
    # "was sagte X über Y", "what did X say": the people whose words are asked for; another
    # known speaker's words do not answer (Y's own quote about X is not what X said).
    speakers: tuple[int, ...] = ()
    rank: str = ""  # "wer wurde Zweiter": the place in the result's order asked (its start)
    job: bool = False  # "was ist X von Beruf": X's job
    office_start: bool = False  # "wann tritt X das Amt an"


def in_language(ctx: Context, folded: list[str]) -> Context:
    """The context that answers in the question's language (the configured one if unclear)."""
    if english.is_english(folded):
        language = "en"
    elif english.is_german(folded):
        language = "de"
    else:
        return ctx
    if language == ctx.language:
        return ctx
    return replace(ctx, config=replace(ctx.config, language=language))


def _named_people(
    ctx: Context, folded: list[str], taken: set[int], stem: Callable[[str], str]
) -> tuple[list[tuple[str, tuple[int, ...]]], set[int]]:
    """People the question names (by full name, alias, genitive or a typo of a rare word): per
    name as typed, everyone it may mean; and the positions of the words that named them
    (`taken`: positions already read as something else, such as "wie lange")."""
    directory = ctx.index.people
    found: list[tuple[str, tuple[int, ...]]] = []
    used: set[int] = set(taken)
    for size in (3, 2, 1):
        for start in range(len(folded) - size + 1):
            span = set(range(start, start + size))
            if span & used:
                continue
            key = " ".join(folded[start : start + size])
            if size == 1 and (key in lexicon.STOP_WORDS or folded[start - 1 : start] == ["in"]):
                continue  # "in Altwasser" is a place, whoever may be called so
            hits: tuple[int, ...] = ()
            if key in directory.by_name:
                # "Herr Ebbinghoff" of a letter and Kurt Ebbinghoff of the results: both
                alike = directory.by_alias.get(key, ()) if size == 1 else ()
                hits = tuple(dict.fromkeys((directory.by_name[key], *alike)))
            elif key in directory.by_alias:
                hits = directory.by_alias[key]
            elif size > 1 and key.endswith("s") and key[:-1] in directory.by_name:
                hits = (directory.by_name[key[:-1]],)  # "Eva Beispiels Beruf": she only
            elif size == 1 and key.endswith("s") and key[:-1] in directory.by_alias:
                hits = directory.by_alias[key[:-1]]  # genitive: "Seebauers Sieg"
            elif size == 1 and len(key) >= 5 and key not in ctx.index.stems:
                hits = _mistyped_name(ctx.index, key, stem(key))
            if size == 1:  # "Kurt Beispiel" is not Tanja Beispiel: another of that surname
                entries = directory.entries
                hits = tuple(
                    h
                    for h in hits
                    if not honest.another_bearer(ctx.index, entries[h].key.split(), folded, start)
                )
            named = [h for h in hits if all(h not in group for _, group in found)]
            if size == 1 and named and _family_firm(ctx.index, folded, start, named):
                continue
            if named:
                found.append((key, tuple(named)))
                used |= span
    return found, used - taken


def _mistyped_name(index: CorpusIndex, key: str, stemmed: str) -> tuple[int, ...]:
    """The people a word no article writes is a slip of ("schmitt": Schmidt). A word the
    articles have in other forms must also sound like the name: "sieger" is no
    slip of Siegert where a line says "Siegerin"."""
    match = index.people.fuzzy(name_key(key))
    if match.how != FUZZY:
        return ()
    if stemmed not in index.own:
        return match.people
    sound = cologne_code(key)
    entries = index.people.entries
    return tuple(
        p for p in match.people if any(cologne_code(w) == sound for w in entries[p].key.split())
    )


def _family_firm(index: CorpusIndex, folded: list[str], start: int, people: list[int]) -> bool:
    """ "bei Kessler Antriebe": a surname and the word after it as the articles write a firm
    or thing named after a family ("Kessler Antriebe", "Gasthof Brandl") where nobody of that
    name the question may mean appears; no person is asked about."""
    if start + 1 >= len(folded) or folded[start + 1] in lexicon.STOP_WORDS:
        return False  # "was hat kessler gesagt": a verb or a particle names no firm
    phrase = tuple(folded[start : start + 2])
    entries = index.people.entries
    theirs = {article for p in people for article in entries[p].articles}
    found = False
    for unit in index.own.get(index.stem(folded[start + 1]), ()):
        if has_phrase(words(index.columns.text(unit)), phrase):
            if index.articles[index.columns.article[unit]].id in theirs:
                return False  # the name stands where one of the people does
            found = True
    return found


def _role_holders(
    ctx: Context, folded: list[str], taken: set[int], scope: Scope, kind: str, named: bool
) -> tuple[list[tuple[int, str, tuple[int, ...]]], set[int]]:
    """People the question names by a role in the place it asks about ("was sagt die
    Herausforderin in X", "the incumbent in X"), or as the winner or loser there ("was sagte
    die Siegerin in X", "wie alt ist der neue Bürgermeister von X"): per such word, its
    position, the person's name and the one person it means there. A role several people
    there hold names nobody; "wer ist …" asks for the sentence that says who, not for them.
    With no place asked about, a role only one person of the night is called by ("was sagt
    die Werkleiterin") names that person, unless the question names somebody (`named`): "will
    X Vorsitzende werden" asks about X."""
    if kind == lexicon.PERSON:
        return [], set()
    if scope.articles is None:
        return ([], set()) if named else _sole_holders(ctx.index, folded, taken)
    index = ctx.index
    found: list[tuple[int, str, tuple[int, ...]]] = []
    parties = {
        position: party
        for position, word in enumerate(folded)
        if position not in taken and (party := index.people.party_named(word)) is not None
    }
    repeated: set[int] = set()  # words naming somebody another word of the role named
    for position, word in enumerate(folded):
        if position in taken or word in lexicon.STOP_WORDS or len(word) < MIN_COMPOUND_PART:
            continue
        new = position > 0 and folded[position - 1] in lexicon.NEW_WORDS  # "der neue OB"
        match = PeopleMatch(NONE)
        if word in lexicon.WINNER_WORDS or word in lexicon.LOSER_WORDS or new:
            # (in a report of several towns, from the paragraphs about the place asked)
            within = _place_paragraphs(index, scope)
            people = _outcome_holders(index, scope.articles, word in lexicon.LOSER_WORDS, within)
            if not people and word in lexicon.LOSER_WORDS:  # "was sagt die Verliererin"
                people = _implied_loser(index, scope.articles)
        elif _after_outgoing(folded, position) and (held := _incumbents(index, scope.articles)):
            people = held
        else:
            match = index.people.role_match(word)
            people = (
                tuple(p for p in match.people if _appears_in(index, p, scope.articles))
                if match.how == ROLE
                else ()
            )
            if len(people) > 1 and _after_outgoing(folded, position):
                # "der alte Bürgermeister" where the winner holds the office by now too
                won = _outcome_holders(
                    index, scope.articles, False, _place_paragraphs(index, scope)
                )
                people = tuple(p for p in people if p not in won)
        # the party that qualifies this role stands next to it ("Spitzenkandidat der CDU");
        # one further off is asked about ("ist die neue Bürgermeisterin bei den Grünen")
        others = {party for p, party in parties.items() if 0 < abs(p - position) <= PARTY_NEAR}
        if people and others:
            # "die Grünen-Fraktionschefin": the Greens' one; none of that party is held there,
            # though the role is, so its word need not stand in the answer ("OB-Kandidatin")
            people = _of_parties(index, people, others)
            if not people:
                continue
        if people and any(people == group for _, _, group in found):
            repeated.add(position)  # "Grünen" of "Fraktionsvorsitzende der Grünen" named her
            continue
        if len(people) == 1:
            found.append((position, index.people.entries[people[0]].name, people))
        elif not people and _a_role(index, match, word):  # somebody's role, nobody's there
            if found and found[-1][0] == position - 1 and found[-1][2]:
                repeated.add(position)  # "die bisherige Bürgermeisterin": the one just found
                continue
            found.append((position, word, ()))
    return found, repeated


# Words between a role and the party that qualifies it: "Fraktionschefin der Grünen".
PARTY_NEAR = 2


def _party_phrases(index: CorpusIndex, folded: list[str]) -> set[int]:
    """The positions of a party named in two words neither of which names it alone ("Freie
    Wähler", "Free Voters"): those words ask about the party, not about whoever has a role
    with one of them in it ("Freie-Wähler-Fraktionschef")."""
    party_named = index.people.party_named
    found: set[int] = set()
    for i in range(len(folded) - 1):
        first, second = folded[i], folded[i + 1]
        if (
            party_named(f"{first} {second}") is not None
            and party_named(first) is None
            and party_named(second) is None
        ):
            found |= {i, i + 1}
    return found


def _of_parties(index: CorpusIndex, people: tuple[int, ...], parties: set[str]) -> tuple[int, ...]:
    """The people the articles give one of these parties, as theirs or in a role ("CDU-
    Spitzenkandidat"); somebody of no known party is of none of them."""
    entries = index.people.entries
    return tuple(
        p
        for p in people
        if entries[p].party in parties
        or any(index.people.party_named(w) in parties for r in entries[p].roles for w in words(r))
    )


# "der bisherige OB", "die scheidende Bürgermeisterin", "der alte Landrat" (see `_outgoing`).
STILL_IN_OFFICE_STEMS = frozenset(map(stem_word, STILL_IN_OFFICE))


def _after_outgoing(folded: list[str], position: int) -> bool:
    """Whether the word at `position` is an office an election fills with a word before it
    saying its holder until now."""
    return (
        position > 0
        and stem_word(folded[position - 1]) in STILL_IN_OFFICE_STEMS
        and stem_word(folded[position]) in lexicon.OFFICE_STEMS
    )


def _incumbents(index: CorpusIndex, articles: frozenset[int]) -> tuple[int, ...]:
    """The one person these articles call the office's holder until now ("Amtsinhaber",
    "der scheidende Bürgermeister"); none if not exactly one. The office itself may be the
    winner's role by now ("X wird Oberbürgermeisterin"), so it does not say who held it."""
    match = index.people.role_match("amtsinhaber")
    if match.how != ROLE:
        return ()
    people = tuple(p for p in match.people if _appears_in(index, p, articles))
    return people if len(people) == 1 else ()


def _sole_holders(
    index: CorpusIndex, folded: list[str], taken: set[int]
) -> tuple[list[tuple[int, str, tuple[int, ...]]], set[int]]:
    """The words of a question that are the role of exactly one person (see `_role_holders`),
    or name the winner or loser ("der neue OB", "the winner") when all the articles name only
    one person as such: with several races indexed and no place asked, nobody. Also the
    positions of "neue" that such a role took along (no word to look for any more)."""
    found: list[tuple[int, str, tuple[int, ...]]] = []
    new_words: set[int] = set()
    everything = frozenset(range(len(index.articles)))
    for position, word in enumerate(folded):
        if position in taken:
            continue
        lost = word in lexicon.LOSER_WORDS
        if word in lexicon.WINNER_WORDS or lost:
            winner = _outcome_holders(index, everything, lost, sole=True)
            if lost and not winner:
                winner = _implied_loser(index, everything, sole=True)
        elif position > 0 and folded[position - 1] in lexicon.NEW_WORDS:
            # "der neue OB": the winner, if that is the office the one winner holds
            office = index.people.role_match(word)
            sole = _outcome_holders(index, everything, False, sole=True)
            winner = tuple(
                p
                for p in sole
                if (office.how == ROLE and p in office.people) or _race_for(index, p, word)
            )
            if sole and not winner:
                continue  # whoever holds that office is not the one who won it ("scheidende")
        elif _after_outgoing(folded, position):
            winner = _incumbents(index, everything)  # "der bisherige OB": not the new one
        else:
            winner = ()
        if winner:
            found.append((position, index.people.entries[winner[0]].name, winner))
            if word not in lexicon.WINNER_WORDS and not lost:
                new_words.add(position - 1)
            continue
        if word in lexicon.STOP_WORDS or len(word) < MIN_COMPOUND_PART:
            continue
        last = stem_word(word)
        people = index.people.head_holders(last)
        if len(people) == 1:
            found.append((position, index.people.entries[people[0]].name, (people[0],)))
    return found, new_words


def _race_for(index: CorpusIndex, person: int, office: str) -> bool:
    """Whether an article of the person's names the office in its title ("Bürgermeisterwahl
    in X", "Xs neuer Bürgermeister"): the winner there won that office, though no sentence
    gives them the role."""
    stem = stem_word(office)
    mine = index.people.entries[person].articles
    return any(
        info.id in mine and info.title is not None and stem in fold(info.title)
        for info in index.articles
    )


def _named_by_role(index: CorpusIndex, term: Term, role: str, scope: Scope) -> Term:
    """A person's term that also has the units naming their role in their place's articles
    (or, with no place asked about, in their own articles)."""
    column = index.columns.article
    articles = scope.articles or frozenset(column[u] for ids, _ in term.own for u in ids)
    own = tuple(
        ([u for u in ids if column[u] in articles], similarity)
        for ids, similarity in word_term(index, role).own
    )
    return replace(term, own=term.own + own)


def _a_role(index: CorpusIndex, match: PeopleMatch, word: str) -> bool:
    """Whether a word is what people are called somewhere ("Ministerpräsident"), not only a
    part of their roles ("neue" of "neue Oberbürgermeisterin", "Schule" of "Gesamtschule")."""
    last = stem_word(word)
    heads = index.people.role_heads
    return match.how == ROLE and any(last in heads[person] for person in match.people)


def _opponents(
    index: CorpusIndex,
    folded: list[str],
    taken: set[int],
    named: list[tuple[str, tuple[int, ...]]],
    kind: str,
    stem: Callable[[str], str],
) -> list[tuple[int, str, tuple[int, ...]]]:
    """ "Wer war die Gegnerin von X", "who was X's rival": the one person the reporting most
    often sets against X ("X gewann gegen Y", "Y setzte sich gegen X durch", "Seine Gegnerin
    Y"), as a word of opposition's position, their name and them; none if unclear."""
    if kind != lexicon.PERSON or len(named) != 1 or len(named[0][1]) != 1:
        return []
    position = next(
        (
            i
            for i, word in enumerate(folded)
            if i not in taken and stem(word) in lexicon.OPPONENT_STEMS
        ),
        None,
    )
    if position is None:
        return []
    person = named[0][1][0]
    against = lexicon.AGAINST_WINNER | lexicon.AGAINST_LOSER
    counts: Counter[int] = Counter()
    lines = chain.from_iterable(index.block_units[b] for b in index.person_context[person])
    for unit in lines:  # "X gewann. Er setzte sich gegen Y durch": the line names X
        text = index.columns.text(unit)
        reporting = wins.reporting(text)
        other = _other_side(index, unit, reporting, against)
        if other == person:  # X after "gegen": the other side is whoever won, in that line
            line = index.block_units[index.columns.block[unit]]
            winners = (named_outcome(index, u, lost=False) for u in (unit, *line))
            other = next((w for w in winners if w is not None and w != person), None)
        elif other is None and any(index.stem(w) in lexicon.OPPONENT_STEMS for w in reporting):
            others = index.people.mentioned_in(reporting) - {person}
            other = next(iter(others)) if len(others) == 1 else None
        if other is not None and other != person:
            counts[other] += 1
    if not counts:  # no line sets anybody against X: the other side of X's articles' result
        counts.update(_other_side_of_result(index, person))
    if not counts:  # "Y gewinnt mit 57 Prozent. X kommt auf 43 Prozent.": the other of the two
        counts.update(_winner_over(index, person) or _others_with_results(index, person))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return []
    rival = ranked[0][0]
    return [(position, index.people.entries[rival].name, (rival,))]


def _loser_asked(
    index: CorpusIndex, folded: list[str], scope: Scope, kind: str, stem: Callable[[str], str]
) -> list[tuple[int, str, tuple[int, ...]]]:
    """ "wer hat in X verloren", "who lost in X" (nobody named, no word of winning): the
    implied loser of X's articles (`_implied_loser`), as the position of the word of losing,
    their name and them; none if the question names no place or a line names a loser."""
    if kind != lexicon.PERSON or scope.articles is None:
        return []
    stems = [stem(w) for w in folded]
    losing = [i for i, s in enumerate(stems) if s in lexicon.LOSE_STEMS]
    if not losing or not lexicon.WIN_STEMS.isdisjoint(stems):
        return []
    loser = _implied_loser(index, scope.articles)
    if not loser:
        return []
    return [(losing[0], index.people.entries[loser[0]].name, loser)]


def _asks_whom_beaten(folded: list[str], stem: Callable[[str], str]) -> bool:
    """ "gegen wen hat X gewonnen", "against whom did X win": the loser of X's win;
    "gegen wen hat X verloren": the winner over X."""
    return has_any_phrase(folded, lexicon.RIVAL_ASKED) and any(
        stem(w) in lexicon.OUTCOME_STEMS for w in folded
    )


def _beaten(
    index: CorpusIndex,
    folded: list[str],
    named: list[tuple[str, tuple[int, ...]]],
    stem: Callable[[str], str],
) -> list[tuple[int, str, tuple[int, ...]]]:
    """ "gegen wen hat X gewonnen" where no line names X's loser as such: the one other
    candidate of X's win whose result a line gives (`_others_with_results`), as a word of
    the question's position, their name and them; none if unclear. Of several people of
    X's name, the one the articles name a winner. "gegen wen hat X verloren": the winner
    whose only rival with a result is X (`_winner_over`)."""
    if len(named) != 1 or not _asks_whom_beaten(folded, stem):
        return []
    group = named[0][1]
    position = folded.index(next(a for a, _ in lexicon.RIVAL_ASKED if a in folded))
    if lexicon.WIN_STEMS.isdisjoint(stem(w) for w in folded):  # "gegen wen hat X verloren"
        over = {w for p in group for w in _winner_over(index, p)}
        if len(over) != 1:
            return []
        winner = over.pop()
        return [(position, index.people.entries[winner].name, (winner,))]
    winners = [p for p in group if _won_articles(index, p)]
    if len(winners) != 1 or _other_side_of_result(index, winners[0]):
        return []  # unclear, or the loser is named so ("Y unterlag"), as words find
    others = _others_with_results(index, winners[0]) or _paragraph_loser(index, winners[0])
    if not others:
        return []
    return [(position, index.people.entries[others[0]].name, (others[0],))]


def _paragraph_loser(index: CorpusIndex, person: int) -> list[int]:
    """The one loser named in the paragraphs that name `person` the winner, as a report of
    several towns tells each race in its own ("In M. hat X gewonnen. Sie kam auf 51,9 Prozent.
    Ihr Gegenkandidat Y räumte seine Niederlage ein."); nobody if none or several."""
    columns = index.columns
    blocks = {
        columns.block[u]
        for u in index.person_own[person]
        if named_outcome(index, u, False) == person
    }
    losers = {
        other
        for block in blocks
        for unit in index.block_units[block]
        if (other := named_outcome(index, unit, True)) not in (None, person)
    }
    return list(losers) if len(losers) == 1 else []


def what_is_asked(question: Question) -> list[Term]:
    """ "wann wird die Bank nach X benannt": the time must be of what is asked (the bank, the
    naming), which the unit, its line or the line before (an interview's question) names, or
    which is close to the unit in meaning; not any time in a line that names X. The terms of
    it (with the one of meaning), none if the question names nobody or nothing else. An office
    is who X is, not what is asked ("seit wann ist X Oberbürgermeister": "X had led the town
    since 2010"), as for `_topic`."""
    if not question.people:
        return []
    lexical = [
        t
        for t in question.terms
        if not t.required
        and not t.where
        and t.label != SEMANTIC_LABEL
        and stem_word(fold(t.label)) not in lexicon.OFFICE_STEMS
    ]
    meaning = [t for t in question.terms if t.label == SEMANTIC_LABEL]
    return [*lexical, *meaning] if lexical else []


def _has_any(index: CorpusIndex, unit: int, terms: Sequence[Term]) -> bool:
    """Whether a unit, its line or the line before in its article has one of the terms."""
    columns = index.columns
    blocks = [columns.block[unit]]
    first = index.block_units[blocks[0]][0]
    if first > 0 and columns.article[first - 1] == columns.article[unit]:
        blocks.append(columns.block[first - 1])
    return any(
        any(_in(ids, unit) for ids, _ in term.own)
        or any(_in(ids, block) for ids, _ in term.context for block in blocks)
        for term in terms
    )


def _in(ids: Sequence[int], key: int) -> bool:
    """Whether sorted `ids` hold `key`."""
    i = bisect_left(ids, key)
    return i < len(ids) and ids[i] == key


def _reports_about(index: CorpusIndex, unit: int, people: tuple[int, ...]) -> bool:
    """Whether a unit's line names one of these people ("Y kam auf 45,7 Prozent")."""
    block = index.columns.block[unit]
    return any(block in index.person_context[p] for p in people)


def _gives_result(index: CorpusIndex, unit: int) -> bool:
    """Whether a unit's line gives a result in per cent or votes ("Y kam auf 45,7 Prozent"),
    not only names the candidates ("Y und X standen sich gegenüber")."""
    reporting = wins.reporting(index.columns.block_text[index.columns.block[unit]])
    return not lexicon.RESULT_UNITS.isdisjoint(reporting)


def _won_articles(index: CorpusIndex, person: int) -> frozenset[int]:
    """The articles whose own reporting names the person as the winner."""
    own = index.person_own[person]
    return frozenset(
        index.columns.article[u] for u in own if named_outcome(index, u, False) == person
    )


def _sole_won_articles(index: CorpusIndex, person: int) -> frozenset[int]:
    """The articles that name the person the winner and nobody else: one naming another
    winner too reports several races, and whose result or lead is whose race's it does not
    say."""
    return frozenset(
        a
        for a in _won_articles(index, person)
        if _outcome_holders(index, frozenset({a}), False, sole=True) == (person,)
    )


def _others_with_results(index: CorpusIndex, person: int) -> list[int]:
    """ "X ist neue Bürgermeisterin … Y kam auf 45,7 Prozent": in the articles naming X the
    winner, the one other person whose own result a sentence reports ("kam auf", "erhielt"
    beside per cent or votes), in sentences that do not report X's win (the same line may:
    "X gewinnt mit 54 Prozent. Y kommt auf 46 Prozent."); nobody if there are several (a
    first round of many)."""
    won = _sole_won_articles(index, person)
    others: set[int] = set()
    for stretch in article_units(index, won):
        for block in sorted({index.columns.block[u] for u in stretch}):
            units = index.block_units[block]
            winning = [named_outcome(index, u, False) == person for u in units]
            # a line without X's win speaks as a whole ("Für Y endet die Amtszeit. Er kam auf
            # 47,2 Prozent."); one with it, by its other sentences ("X gewinnt mit 54 Prozent.
            # Y kommt auf 46 Prozent.")
            texts = (
                [index.columns.text(u) for u, w in zip(units, winning, strict=True) if not w]
                if any(winning)
                else [index.columns.block_text[block]]
            )
            for text in texts:
                reporting = wins.reporting(text)
                if lexicon.RESULT_VERBS.isdisjoint(reporting) or lexicon.RESULT_UNITS.isdisjoint(
                    reporting
                ):
                    continue
                named = index.people.mentioned_in(reporting) - {person}
                others |= {p for p in named if block in index.person_context[p]}
    return list(others) if len(others) == 1 else []


def _winner_over(index: CorpusIndex, person: int) -> list[int]:
    """ "Y gewinnt die Stichwahl mit 57,3 Prozent. X kommt auf 42,7 Prozent.": the one winner
    of X's articles whose only other candidate with a result is X (`_others_with_results`)."""
    articles = frozenset(index.columns.article[u] for u in index.person_own[person])
    winners = {
        w
        for a in articles
        for w in _outcome_holders(index, frozenset({a}), False, sole=True)
        if w != person and _others_with_results(index, w) == [person]
    }
    return list(winners) if len(winners) == 1 else []


def _other_side_of_result(index: CorpusIndex, person: int) -> list[int]:
    """ "X ist neuer Oberbürgermeister" … "Y, der Verlierer des Abends": in the articles whose
    own reporting names X as the winner (the loser), whoever they name as the loser (the
    winner); nobody if X is named as both or the articles name several."""
    own = index.person_own[person]
    won = {index.columns.article[u] for u in own if named_outcome(index, u, False) == person}
    lost = {index.columns.article[u] for u in own if named_outcome(index, u, True) == person}
    if bool(won) == bool(lost):
        return []
    articles = frozenset(won or lost)
    other_stems = lexicon.LOSE_STEMS if won else lexicon.WIN_STEMS
    units = sorted(set(chain.from_iterable(index.own.get(s, ()) for s in other_stems)))
    inside = (  # the units of those articles: one stretch of ids each
        u
        for r in article_units(index, articles)
        for u in units[bisect_left(units, r.start) : bisect_left(units, r.stop)]
    )
    others = {
        other
        for u in inside
        if (other := named_outcome(index, u, lost=bool(won))) not in (None, person)
    }
    return list(others) if len(others) == 1 else []


def _implied_loser(
    index: CorpusIndex, articles: frozenset[int], sole: bool = False
) -> tuple[int, ...]:
    """ "X gewinnt die Stichwahl mit 54 Prozent. Y kommt auf 46 Prozent.": where no line names
    a loser, the one other candidate whose own result a line of the winner's articles reports
    (`_others_with_results`); nobody if the articles name no one winner (`sole`: as for
    `_outcome_holders`) or several others have results."""
    if _outcome_holders(index, articles, True):
        return ()  # a line names the loser so ("Y unterlag"): words find it
    winner = _outcome_holders(index, articles, False, sole=sole)
    if not winner:
        return ()
    others = _others_with_results(index, winner[0])
    return (others[0],) if others else ()


def _appears_in(index: CorpusIndex, person: int, articles: frozenset[int]) -> bool:
    article_of = index.columns.article
    units = index.person_own[person]
    if len(articles) * 4 < len(units):
        # Few articles: units follow corpus order, so each article's units are one stretch of
        # ids; two binary searches per article instead of a look at every unit of the person.
        for article in articles:
            at = bisect_left(units, bisect_left(article_of, article))
            if at < len(units) and article_of[units[at]] == article:
                return True
        return False
    return any(article_of[unit] in articles for unit in units)


def _outcome_holders(
    index: CorpusIndex,
    articles: frozenset[int],
    lost: bool,
    within: frozenset[int] = frozenset(),
    sole: bool = False,
) -> tuple[int, ...]:
    """The one person the articles' own reporting names most often as the winner (`lost`: the
    loser), in the units `within` if any are given; none if two are named as often (`sole`: if
    anybody else is named so at all). Over the whole corpus, once per index
    (`outcome_holders_memo`): "der neue OB", "the winner" ask it with no place named, and
    that reads every line."""
    whole = not within and len(articles) == len(index.articles)
    if whole and (lost, sole) in index.outcome_holders_memo:
        return index.outcome_holders_memo[(lost, sole)]
    found = _counted_outcome_holders(index, articles, lost, within, sole)
    if whole:
        index.outcome_holders_memo[(lost, sole)] = found
    return found


def _counted_outcome_holders(
    index: CorpusIndex, articles: frozenset[int], lost: bool, within: frozenset[int], sole: bool
) -> tuple[int, ...]:
    counts: Counter[int] = Counter()
    for units in article_units(index, articles):
        for unit in units:
            if is_speech(index.classes[unit]) or (within and unit not in within):
                continue
            person = named_outcome(index, unit, lost)
            if person is not None:
                counts[person] += 1
                if sole and len(counts) > 1:
                    return ()  # a second person named so: nobody is the one
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and (sole or ranked[0][1] == ranked[1][1])):
        return ()
    return (ranked[0][0],)


# Offices a reader names one another by: the mayor as "Bürgermeister", "OB", "Rathauschef"
# (stems); the Landrat and the Landrätin.
OFFICE_FAMILIES = (
    frozenset(lexicon.OFFICE_STEMS - {stem_word("landrat"), stem_word("landrätin")}),
    frozenset({stem_word("landrat"), stem_word("landrätin")}),
)


def _another_office(index: CorpusIndex, unit: int, office: str) -> bool:
    """Whether a line names another office than the one asked (stems: "landrat" in
    "Landratswahl", "Landrätin"), and not that one ("Oberbürgermeisterin" is a
    "Bürgermeister" as readers ask)."""
    family = next((f for f in OFFICE_FAMILIES if office in f), frozenset({office}))
    others = tuple(lexicon.OFFICE_STEMS - family)
    text = index.columns.text(unit)
    tokens = words(text)
    if any(f in token for f in family for token in tokens):
        # ("Oberbürgermeisterin" has "bürgermeist" in it) … unless it is only the title of a
        # holder elsewhere ("Der Bürgermeister von Konradsreuth setzte sich durch") in an
        # article whose title is about another office's election ("Neuer Landrat für …")
        return _only_a_title(text, family) and _titled_for(index, unit, others, family)
    return any(token.startswith(others) for token in tokens)


# An office as somebody's title where they hold it: "Bürgermeister von Konradsreuth".
OFFICE_OF_PLACE_RE = re.compile(r"\b(\w+)\s+(?:von|aus)\s+[A-ZÄÖÜ]")


def _only_a_title(text: str, family: frozenset[str]) -> bool:
    """Whether every mention of the office family in a line is a title of a place's holder."""
    titles = [m.start(1) for m in OFFICE_OF_PLACE_RE.finditer(text) if _of_family(m[1], family)]
    mentions = [m.start() for m in re.finditer(r"\w+", text) if _of_family(m[0], family)]
    return bool(mentions) and mentions == titles


def _of_family(word: str, family: frozenset[str]) -> bool:
    folded = fold(word)
    return any(f in folded for f in family)


def _titled_for(
    index: CorpusIndex, unit: int, others: tuple[str, ...], family: frozenset[str]
) -> bool:
    """Whether the unit's article has another office in its source (title, file name, web
    address: `CorpusIndex.source_words`) and not the one asked."""
    title = index.source_words[index.columns.article[unit]]
    return any(w.startswith(others) for w in title) and not any(
        f in w for f in family for w in title
    )


def _ages_given(index: CorpusIndex, people: list[int]) -> list[int]:
    """The units that give one of these people's age right after their name, between commas
    ("Roth-Beck, 39, won", "Ihre Mutter Erika Beispiel, 71, sitzt")."""
    found = []
    for person in people:
        names = {
            surname_key(index.people.entries[person].key)
        }  # not "Aydoğan" of "Aydoğan-Bußmann"
        for unit in index.person_own[person]:
            text = index.columns.text(unit)
            if any(fold(m.group(1)) in names for m in AGE_AFTER_NAME_RE.finditer(text)):
                found.append(unit)
    return sorted(found)


def _ages_in_words(index: CorpusIndex) -> list[int]:
    """The units that give an age as "im Alter von 84 Jahren" or "34 Jahre alt" ("älter"
    folds alike)."""
    units = index.own.get(AGE_WORD_STEM, ())
    return [u for u in units if AGE_IN_WORDS_RE.search(index.columns.text(u))]


def _margins(index: CorpusIndex, scope: Scope) -> Postings:
    """ "Wie knapp war es": the units of the articles asked about that give a margin as a lead
    or a shortfall ("trennen nur 412 Stimmen", "lag 87 Stimmen vor X", "ihr fehlten 212
    Stimmen"), and less well as a score ("mit 17 zu 16 Stimmen") or two shares ("50,4 Prozent
    …, X auf 49,6 Prozent"), which may be another round's."""
    # Only lines with a word of a lead, a count or a share can give one: a few of the night's.
    leads = set(chain.from_iterable(index.own.get(key, ()) for key in sorted(lexicon.LEAD_STEMS)))
    counts = COUNTED_STEMS | SHARE_STEMS
    candidates = leads.union(*(index.own.get(key, ()) for key in sorted(counts)))
    if scope.articles is not None:
        candidates &= set(chain.from_iterable(article_units(index, scope.articles)))
    margins: list[int] = []
    shares: list[int] = []
    for unit in sorted(candidates):
        text = index.columns.text(unit)
        if not any(c.isdigit() for c in text):
            continue
        if (
            unit in leads
            or (LEAD_SIDE_RE.search(text) and _ahead(index, text))
            or BETWEEN_COUNT_RE.search(text)
        ):
            margins.append(unit)
        elif TWO_SHARES_RE.search(text) or SCORE_RE.search(text):
            shares.append(unit)
    return ((margins, 1.0), (shares, SYNONYM))


def _leads_of_winner(index: CorpusIndex, person: int) -> list[int]:
    """The units that give a lead in numbers ("Der Abstand betrug 9.400 Stimmen") in the
    articles naming the person the one winner: that lead is theirs, named or not."""
    won = _sole_won_articles(index, person)
    if not won:
        return []
    leads = _margins(index, Scope(won, (), frozenset()))[0][0]
    return sorted(leads)


def _ahead(index: CorpusIndex, text: str) -> bool:
    """ "lag am Ende 87 Stimmen vor X", "340 Stimmen hinter X": a count before a side of a lead
    (`LEAD_SIDES`) is a lead."""
    tokens = words(text)
    return any(
        index.stem(token) in COUNTED_STEMS and tokens[i + 1 : i + 2] in LEAD_SIDES
        for i, token in enumerate(tokens)
    )


def _rank_asked(folded: list[str]) -> tuple[int, str] | None:
    """ "wer wurde zweiter", "wer ist zweitstärkste kraft", "wer kam auf platz zwei": where a
    question asks for a place in a result's order, and its ordinal's start; not an ordinal
    before its noun ("im zweiten Wahlgang", "wer ist zweite Bürgermeisterin")."""
    for i, word in enumerate(folded):
        after = folded[i + 1 : i + 2]
        for ordinal, (number, _) in lexicon.RANKS.items():
            rest = word.removeprefix(ordinal) if word.startswith(ordinal) else None
            alone = not after or after[0] in lexicon.STOP_WORDS or after == ["platz"]
            if (
                (rest in lexicon.ORDINAL_ENDINGS and alone)
                or (rest and rest.startswith(lexicon.RANK_COMPOUNDS))
                or (word == number and folded[i - 1 : i] == ["platz"])
            ):
                return i, ordinal
    return None


RUNOFF_STEM = stem_word("stichwahl")
WHO_WORDS = frozenset({"wer", "who"})


def _second_of_a_runoff(index: CorpusIndex, folded: list[str]) -> list[str]:
    """ "wer ist Zweite geworden", "who came second" over a runoff's articles that state no
    order ("X 54,7 Prozent, Y kommt auf 45,3 Prozent"): of two candidates the second is the one
    who lost, so it is asked as who lost; not of a first round ("wer wurde im ersten Wahlgang
    Zweiter"), nor where a line states the place itself."""
    if not WHO_WORDS.intersection(folded[:2]):
        return folded  # "welche Liste wurde Zweite": a council's order, no runoff's loser
    rank = _rank_asked(folded)
    if rank is None or rank[1] != "zweit" or has_any_phrase(folded, honest.FIRST_ROUND):
        return folded
    if RUNOFF_STEM not in index.own or _ranked(index, rank[1]):
        return folded
    return [*folded[: rank[0]], lexicon.LOST, *folded[rank[0] + 1 :]]


def _ranked(index: CorpusIndex, ordinal: str) -> list[int]:
    """The units that state this place in a result's order: "zweitbester Bewerber", "Zweiter
    wurde X", "wurde Zweite", "auf Platz zwei", "den zweiten Platz" (second also "Gleich
    dahinter landete X", "gefolgt von X"); not an ordinal before its noun ("im zweiten
    Wahlgang", "Zweiter Bürgermeister", "in der zweiten Reihe")."""
    number, behind = lexicon.RANKS[ordinal]
    near = {index.stem(word) for word in (number, lexicon.RANK_DIGITS[ordinal], "platz", *behind)}
    keys = near | set(index.affixes.starting_with(ordinal, limit=len(index.vocabulary)))
    found = set(chain.from_iterable(index.own.get(key, ()) for key in sorted(keys)))
    stated = {u for u in found if _states_rank(index.columns.text(u), ordinal)}
    return sorted(stated | set(_rows_by_share(index, int(lexicon.RANK_DIGITS[ordinal]))))


# A results list is complete when its shares add up to a whole: rounding leaves a little over
# or under, a list of some candidates only (whose order by share says nothing) falls short.
WHOLE_FROM, WHOLE_TO = 98.5, 100.5


def _rows_by_share(index: CorpusIndex, place: int) -> list[int]:
    """The units of the rows standing at `place` by their share in a complete results list: an
    article whose lines each give one candidate and one share ("Wengenroth, Dorothea (CDU):
    52,4 Prozent", "Lappat, Yvonne (Freie Wähler): 11,5 Prozent"), the shares adding up to a
    whole. "Wer wurde Zweiter" is the second highest share, though no line says "Zweiter"."""
    columns, people = index.columns, index.people
    rows: dict[int, dict[int, tuple[float, int]]] = {}  # article → block → (share, unit)
    for unit in index.own.get(index.stem("prozent"), ()):
        block = columns.block[unit]
        line = columns.block_text[block]
        shares = SHARE_RE.findall(line)
        if len(shares) != 1:
            continue
        surnames = {fold(people.entries[p].name).split()[-1] for p in people.named_in(words(line))}
        if len(surnames) == 1:
            rows.setdefault(columns.article[unit], {}).setdefault(
                block, (float(shares[0].replace(",", ".")), unit)
            )
    found = []
    for lines in rows.values():
        ordered = sorted(lines.values(), reverse=True)
        if len(ordered) >= place and WHOLE_FROM <= sum(s for s, _ in ordered) <= WHOLE_TO:
            share, unit = ordered[place - 1]
            if [s for s, _ in ordered].count(share) == 1:  # a tie gives nobody that place
                found.append(unit)
    return found


def _states_rank(text: str, ordinal: str) -> bool:
    """Whether a text states the place `ordinal` in a result's order (see `_ranked`); a
    capital tells the ordinal as a noun ("wurde Zweite") from one before its noun."""
    number, behind = lexicon.RANKS[ordinal]
    if _numbered_row(text) == lexicon.RANK_DIGITS[ordinal]:
        return True  # "2. Matthias Klemmsen (SPD): 4.931 Stimmen": the row's number is its place
    tokens = TOKEN_RE.findall(text)
    folded = [fold(token) for token in tokens]
    for i, (token, word) in enumerate(zip(tokens, folded, strict=True)):
        after = folded[i + 1 : i + 2]
        rest = word.removeprefix(ordinal) if word.startswith(ordinal) else None
        as_noun = token[0].isupper() and not any(t[0].isupper() for t in tokens[i + 1 : i + 2])
        if (
            (rest and rest.startswith(lexicon.RANK_COMPOUNDS))
            or (rest in lexicon.ORDINAL_ENDINGS and (as_noun or after == ["platz"]))
            or (word == "platz" and after == [number])
            or word in behind
        ):
            return True
    return False


# A numbered row of a result: "2. Matthias Klemmsen (SPD): 4.931 Stimmen, 31,4 Prozent".
NUMBERED_ROW_RE = re.compile(r"(?P<place>\d)\.\s+[A-ZÄÖÜ][^:]{2,80}:.*\d")


def _numbered_row(text: str) -> str | None:
    """The number a result's row stands under ("2." of "2. X (SPD): 4.931 Stimmen"), if the
    line is such a row: a list of results is written in the order of the votes."""
    match = NUMBERED_ROW_RE.match(text)
    return None if match is None else match["place"]


@dataclass(frozen=True)
class _Jobs:
    """What the lines naming a person say they are (see `_jobs`)."""

    named: list[int]  # "X, 47, ist Schulleiter", "den Bäckermeister X"
    recaps: list[int]  # "Die Diplom-Geografin arbeitet bisher …" after X's name


def _jobs(index: CorpusIndex, person: int) -> _Jobs:
    """ "Was ist X von Beruf": the units in the lines naming X that give X a job, by name or
    recapping X right after a sentence naming X alone; a job beside somebody else's name is
    theirs ("Stadtschreiber Y verliest"), and so is a recap in a unit that names X elsewhere
    ("Die 44-jährige Tierärztin setzte sich gegen X durch")."""
    own = {fold(part) for part in index.people.entries[person].name.split()}
    named: set[int] = set()
    recaps: set[int] = set()
    mentions = set(index.person_own[person])
    for line in sorted({index.columns.block[u] for u in mentions}):
        units = index.block_units[line]
        for before, unit in zip((None, *units), units, strict=False):
            quoted = KIND_OF_CODE[index.classes[unit] & 3] == DIRECT
            recap = (
                before in mentions
                and unit not in mentions
                and not quoted
                and _names_only(index, index.columns.text(before), own)
            )
            text = index.columns.text(unit)
            nouns = _nouns_of(index, text, own, recap)
            if (
                any(honest.is_job_noun(noun) for noun in nouns)
                or (unit in mentions and _runs_something(text, own))
                or (_quotes_inside(index, unit, units, person) and _cue_gives_job(index, text))
            ):
                (recaps if unit not in mentions else named).add(unit)
    return _Jobs(sorted(named), sorted(recaps - named))


def _runs_something(text: str, own: set[str]) -> bool:
    """Whether a relative clause right after the person's name (`own`; with no name, after
    an age recapping the speaker: "„…“, sagte die 47-Jährige, die bisher das Umweltamt
    leitet") says what they head or run ("Vera Holm, die bisher das Umweltamt leitet", "Sein
    Bruder Ole, der eine Werft betreibt"): a job given by its verb, not by a noun."""
    for found in RUNS_RE.finditer(text):
        before = HYPHENATED_RE.findall(text[: found.start()])[-JOB_NEAR:]
        if before and (fold(before[-1]) in own if own else AGE_WORD_RE.fullmatch(before[-1])):
            return True
    return False


def _successions(index: CorpusIndex) -> list[int]:
    """The lines naming somebody as the one the new holder follows ("folgt auf Landrat Georg
    Huber", "succeeds X"): they say who held the office before without a word of it."""
    follows = {u for word in sorted(honest.FOLLOWS) for u in index.own.get(index.stem(word), ())}
    return sorted(u for u in follows if honest.names_earlier_holder(index, u))


def _cue_gives_job(index: CorpusIndex, text: str) -> bool:
    """Whether the cue of a quotation in the sentence recaps its speaker by a job ("„…“,
    sagte die frühere Schulleiterin") or by what they run ("…, sagte die 47-Jährige, die bisher
    das Umweltamt leitet"); the quotation's own words give nobody's job."""
    cue = QUOTED_RE.sub(" ", text)
    return _runs_something(text, set()) or any(
        honest.is_job_noun(noun) for noun in _nouns_of(index, cue, set(), recap=True)
    )


def _quotes_inside(index: CorpusIndex, unit: int, units: Sequence[int], person: int) -> bool:
    """Whether a sentence holds a quotation of the person's: its cue recaps them."""
    columns = index.columns
    return any(
        other != unit
        and columns.speaker[other] == person
        and columns.start[unit] <= columns.start[other] < columns.end[unit]
        for other in units
    )


def _asks_job(folded: list[str], names: set[int]) -> bool:
    """ "Was ist X von Beruf", "was macht X beruflich", "was war X früher von Beruf": a word
    of a job and nothing else asked about X besides (`names`: where X and places stand);
    "woran arbeitet X gerade" asks something else."""
    asked = [w for i, w in enumerate(folded) if i not in names and w not in lexicon.STOP_WORDS]
    return (
        bool(asked)
        and all(w in lexicon.JOB_WORDS | lexicon.JOB_ASIDE for w in asked)
        and (not lexicon.JOB_WORDS.isdisjoint(asked))
    )


def _with_jobs(
    index: CorpusIndex, term: Term, terms: list[Term], named: list[tuple[str, tuple[int, ...]]]
) -> tuple[Term, list[Term]]:
    """ "Was ist X von Beruf": the job word's term has the units that give the people asked
    about a job, and each person's term the units that recap them with one, which are about
    them though they do not name them."""
    found = {p: _jobs(index, p) for _, group in named for p in group}
    jobs = sorted({u for job in found.values() for u in (*job.named, *job.recaps)})
    terms = list(terms)
    for i, (_, group) in enumerate(named):
        recaps = sorted({u for p in group for u in found[p].recaps})
        terms[i] = replace(terms[i], own=(*terms[i].own, (recaps, 1.0)))
    # … besides the word's own ("ist von Beruf Landwirt", "arbeitet seit 2019 als …")
    own = ((jobs, 1.0), *term.own)
    return replace(term, own=own), terms


def _names_only(index: CorpusIndex, text: str, own: set[str]) -> bool:
    """Whether every name a text has is a word of one person's name (`own`, folded)."""
    return all(
        fold(token) in own
        for token in HYPHENATED_RE.findall(text)
        if token[0].isupper() and index.people.by_word.get(fold(token))
    )


def _nouns_of(index: CorpusIndex, text: str, own: set[str], recap: bool) -> list[str]:
    """The capitalised nouns of a text that may say what a person (whose folded name words
    are `own`) is: within `JOB_NEAR` words of their name with no other name nearer, or
    (`recap`: the text may recap them) with no name that near, after "der"/"die" ("Der
    47-jährige Polizeibeamte dankte")."""
    tokens = HYPHENATED_RE.findall(text)
    folded = [fold(token) for token in tokens]
    names = {
        i: word in own
        for i, word in enumerate(folded)
        if tokens[i][0].isupper() and (word in own or index.people.by_word.get(word))
    }
    nouns = []
    for i, token in enumerate(tokens):
        if not token[0].isupper() or i in names:
            continue
        nearest = min(names, key=lambda n: abs(n - i), default=None)
        if nearest is not None and abs(nearest - i) <= JOB_NEAR:
            if names[nearest]:
                nouns.append(token)
        elif recap and (_after_article(tokens, i) or _after_pronoun(tokens, i)):
            nouns.append(token)
    return nouns


def _after_pronoun(tokens: list[str], i: int) -> bool:
    """Whether the noun at `i` is what a sentence opening with "Er"/"Sie" says the person is
    ("Sie ist Lehrerin", "Er war gelernter Koch", "Sie arbeitet als Erzieherin"): the pronoun,
    a verb of being or working, at most `JOB_FILLERS` small words, then the noun."""
    return (
        len(tokens) > 2
        and tokens[0] in lexicon.RECAP_PRONOUNS
        and tokens[1] in lexicon.JOB_VERBS
        and 2 <= i <= 2 + JOB_FILLERS
        and all(not t[0].isupper() for t in tokens[2:i])
    )


def _after_article(tokens: list[str], i: int) -> bool:
    """Whether the noun at `i` follows "der"/"die" with at most a few small words between
    ("Die Diplom-Geografin", "die 46-jährige Juristin"; not "die Funktion des Vize…")."""
    for before in reversed(tokens[max(0, i - 3) : i]):
        if before in ("der", "die", "Der", "Die"):
            return True
        if before[0].isupper():
            return False
    return False


def _measured(folded: list[str], asked: set[int], taken: set[int]) -> int | None:
    """Where the word stands that says what a "wie viele" question counts ("wie viele
    Stimmen", "wie hoch war die Wahlbeteiligung"); None if it names nobody's number."""
    start = max(asked) + 1 if asked else 0
    for position in range(start, len(folded)):
        word = folded[position]
        if position in taken:
            return None
        if word not in lexicon.STOP_WORDS and not word.isdigit():
            return position
    return None


def read_question(ctx: Context, text: str, similar: Mapping[int, float] | None = None) -> Question:
    """What a question asks. `similar`: per unit, how close in meaning it is to the question
    (see `Context.similar`); fused as one more term weighing `SEMANTIC_SHARE` of the words."""
    typed = after_greeting(words(text))[: MAX_QUESTION_WORDS * 2]
    pairs = _idioms_plain(english.translated(typed))
    pairs = _bare_outcome(_voters_counted(_second_question(_term_start(pairs))))
    folded = _outgoing(wins.offices_written_out([german for german, _ in pairs]), pairs)
    folded = _second_of_a_runoff(ctx.index, folded)
    folded = [_as_meant(ctx.index, word) for word in folded]
    originals = [original for _, original in pairs]
    kind, asked = lexicon.question_kind(folded)
    if kind == lexicon.WHAT and folded[:1] == ["woran"] and _of_an_outcome(folded):
        kind, asked = lexicon.REASON, {0}  # "woran ist X gescheitert": what the loss was due to
    if kind == lexicon.REASON:  # "warum wurde X abgewählt": why X lost
        folded = [LOST if word in VOTED_OUT else word for word in folded]
    stem = _stemmer(ctx.index)
    # "Wie war die Wahlbeteiligung?", "what was turnout like": a quantity, stated or not;
    # "what was the turnout" asks for the figure, as "wie hoch war die Wahlbeteiligung" does.
    strict = True
    when = kind == lexicon.TIME and tuple(folded[i] for i in sorted(asked)) not in lexicon.HOW_LONG
    # ("was sagt X zur Wahlbeteiligung": what was said is asked for, not the figure)
    if (
        kind == lexicon.WHAT
        and any(stem(w) in lexicon.QUANTITY_STEMS for w in folded)
        and lexicon.SPEECH_WORDS.isdisjoint(folded)
    ):
        kind, strict = lexicon.NUMBER, _asks_figure(typed)
    # "what did the judge say": "Richter", the glossary's word for "judge", names no Mr Richter;
    # a word typed as the articles spell it ("winter") still may
    glossary_words = {i for i in english.glossed(pairs) if originals[i] != folded[i]}
    named, used = _named_people(ctx, folded, asked | glossary_words, stem)
    by_name = tuple(p for _, group in named for p in group)  # not found through a role
    # "wie viele Wahlbezirke hat X": what is counted is no place, though a title may have it
    counted_at = {max(asked) + 1} if kind == lexicon.NUMBER and asked else set()
    quoting = {i for i, word in enumerate(folded) if word in lexicon.QUOTING_WORDS}
    parties = _party_phrases(ctx.index, folded)  # "Freie Wähler" is a party, no place
    # "wer war ihr Gegner", "who did X beat": the rival asked for is no place, though some
    # article's title may have the word
    rival = {i for i, w in enumerate(folded) if stem(w) in lexicon.OPPONENT_STEMS}
    # "was ist X von Beruf": the job asked, no place, though some title has "Beruf"
    jobs = {i for i, w in enumerate(folded) if w in lexicon.JOB_WORDS}
    taken = used | asked | counted_at | quoting | parties | jobs | (rival if named else set())
    # "about higher fees": "höher" is no town after "about" ("Hohe Möhr")
    scope = find_scope(ctx.index, folded, taken, stem, frozenset(english.glossed(pairs)))
    if _role_beside_name(ctx.index, scope, named, folded, originals):
        scope = EVERYWHERE
    # "wie viele Sitze": what is counted is no person ("Sitz" ends "Vorsitz", a role).
    # "wie alt ist der Spitzenkandidat": an age, so a role may say whose
    by_measure = any(has_phrase(folded, k) for k in lexicon.MEASURED_BY)
    counted = (
        _measured(folded, asked, used | scope.positions)
        if kind == lexicon.NUMBER and not by_measure
        else None
    )
    not_roles = used | asked | scope.positions | ({counted} if counted is not None else set())
    not_roles |= _party_phrases(ctx.index, folded)
    # "Ist X Mitglied der …", "a member of": membership, not somebody whose role is "Mitglied"
    not_roles |= {i for i, word in enumerate(folded) if word in lexicon.MEMBERSHIP_WORDS}
    # "was ist X von Beruf", "was macht X beruflich": X's job and nothing else
    job = kind == lexicon.WHAT and bool(named) and _asks_job(folded, used | scope.positions)
    # "wer wurde zweiter": a place in the result's order, which no role names
    rank = _rank_asked(folded) if kind in (lexicon.PERSON, lexicon.WHAT) else None
    if rank is not None:
        not_roles.add(rank[0])
    # "wer ist neuer Landrat im Kreis X", "wer wird Landrätin in X": who won the office there,
    # not whoever the articles already give that role
    asks_who = kind == lexicon.PERSON or has_any_phrase(folded, lexicon.ASKS_NAME)
    becomes = _becomes_office(folded, stem) if asks_who and not named else set()
    not_roles |= becomes
    holders, repeated = _role_holders(ctx, folded, not_roles, scope, kind, bool(named))
    used |= repeated
    rivals = _opponents(ctx.index, folded, used | asked | scope.positions, named, kind, stem)
    beaten: tuple[int, ...] = ()
    if not rivals and kind == lexicon.PERSON:
        rivals = _beaten(ctx.index, folded, named, stem)
        beaten = rivals[0][2] if rivals else ()
    unnamed_loser = [] if rivals or named else _loser_asked(ctx.index, folded, scope, kind, stem)
    if unnamed_loser:  # "wer hat in X verloren" where no line names a loser: the other's result
        beaten = unnamed_loser[0][2]
    # A role nobody holds in the place asked about ("was sagt der Ministerpräsident in X"
    # when X's articles have none): its word must stand in the answer itself.
    unheld = {position for position, _, group in holders if not group}
    holders = [holder for holder in holders if holder[2]]
    # Where the person asked about by a role is named by it ("Die neue Oberbürgermeisterin
    # tritt ihr Amt am 1. November an"), that sentence is about them too.
    by_role = {len(named) + i: folded[position] for i, (position, _, _) in enumerate(holders)}
    holders += rivals + unnamed_loser
    named += [(typed, group) for _, typed, group in holders]
    used |= {position for position, _, _ in holders}
    measure = None
    if kind == lexicon.NUMBER and strict:
        implied = next((w for k, w in lexicon.MEASURED_BY.items() if has_phrase(folded, k)), None)
        quantity = [i for i, w in enumerate(folded) if stem(w) in lexicon.QUANTITY_STEMS]
        after = folded[max(asked) + 1 : max(asked) + 2] if asked else []
        costs = any(stem(w) in lexicon.COST_STEMS for w in folded)
        if (
            implied is None
            and costs
            and has_any_phrase(folded, lexicon.HOW_MUCH | lexicon.HOW_MANY)
        ):
            implied = lexicon.MEASURED_BY[("was", "kostet")]  # what it cost: money
        if implied is None and not quantity and has_any_phrase(folded, lexicon.HOW_MANY):
            # "wie viele haben abgestimmt": a verb right after "wie viele" counts people
            implied = lexicon.PEOPLE_WORD if not after or after[0] in lexicon.STOP_WORDS else None
        # "wie viel hat die Stadt eingeplant": an amount, whatever it is counted in
        amount = has_any_phrase(folded, lexicon.HOW_MUCH) and (
            not after or after[0] in lexicon.STOP_WORDS
        )
        if implied is not None:
            folded, originals = [*folded, implied], [*originals, None]
            measure = len(folded) - 1
        elif not amount:
            # "wie viele Leute sind wählen gegangen": the turnout ("wählen gegangen") is what
            # is counted, not the people; "mit wie vielen Stimmen Vorsprung": the votes
            first = _measured(folded, asked, used | scope.positions)
            votes = first is not None and stem(folded[first]) in COUNTED_STEMS
            measure = first if votes or not quantity else quantity[0]
    # A surname several people share ("Lang" in many cities' articles) is one term: an answer
    # must involve one of them, not all of them at once.
    entries = ctx.index.people.entries
    terms: list[Term] = [
        person_term(ctx.index, group, entries[group[0]].name if len(group) == 1 else typed)
        for typed, group in named
    ]
    if kind == lexicon.NUMBER and strict:
        # "mit wie viel Prozent hat X gewonnen": "X wird Bürgermeisterin. In der Stichwahl kam
        # die 46-jährige Juristin auf 51,8 Prozent" gives her share without her name
        recaps = _OfAnother(ctx.index)
        for i, (_, group) in enumerate(named):
            if len(group) == 1 and (recapping := recaps.recapping(group[0])):
                terms[i] = replace(terms[i], own=(*terms[i].own, (recapping, 1.0)))
            if len(group) == 1 and any(stem(w) in lexicon.LEAD_STEMS for w in folded):
                # "mit wie vielen Stimmen Vorsprung hat X gewonnen": "X wird Landrat. … Der
                # Abstand betrug 9.400 Stimmen." gives X's lead without X's name
                leads = _leads_of_winner(ctx.index, group[0])
                terms[i] = replace(terms[i], own=(*terms[i].own, (leads, 1.0)))
    if rivals:  # "wer war Xs Gegnerin": the rival is the answer, X only whom it is about
        terms[0] = replace(terms[0], weight=terms[0].weight * RIVAL_OF, required=False)
    measured: frozenset[str] = frozenset()
    tabled: frozenset[int] = frozenset()
    people = [p for _, group in named for p in group]
    wants_quote = False
    seen: set[str] = set()
    worded: list[int] = []  # the terms of the question's own words (no person, party, place)
    # "wie heißt der AfD-Kandidat": a party says whose candidate, it is no role ("Der AfD-Bewerber")
    named_parties = {i for i, w in enumerate(folded) if ctx.index.people.party_named(w, stem)}
    identity = (
        frozenset()
        if holders or rank is not None
        else _identity_nouns(folded, kind, asked, used | scope.positions | named_parties, stem)
    )
    new_office = stem(folded[min(becomes)]) if becomes else ""
    if becomes:  # "wer ist / wie heißt der neue Bürgermeister von X": who won there
        folded = [lexicon.WON if stem(w) == lexicon.NEW_STEM or w in BECOMES else w for w in folded]
        identity = frozenset()
    if asks_who and wins.elected(folded):  # "wer wurde in X gewählt": who won there
        folded = [lexicon.WON if w == wins.ELECTED else w for w in folded]
    content = [stem(word) for word in folded if word not in lexicon.STOP_WORDS]
    of_outcome = not lexicon.OUTCOME_STEMS.isdisjoint(content)
    # "gegen wen hat X gewonnen" answered by the rival's result: no line naming a winner
    outcome = kind == lexicon.PERSON and of_outcome and not beaten
    lost = outcome and lexicon.WIN_STEMS.isdisjoint(content)
    asks_party = bool(people) and (
        _asks_party(folded, stem) or _asks_party_yes_no(ctx, folded, used, stem)
    )
    yes_no_party = asks_party and kind == lexicon.WHAT
    intent = _asks_intent(folded, kind, asked, people)
    if intent is not None and len(terms) < MAX_QUESTION_WORDS:
        terms.append(_intent_term(ctx.index))
    if _split_standing(folded) and len(terms) < MAX_QUESTION_WORDS:
        terms.append(_standing_term(ctx.index))
    office_start = kind == lexicon.TIME and honest.asks_taking_office(folded)
    if office_start and len(terms) < MAX_QUESTION_WORDS:
        terms.append(_office_start_term(ctx.index, "Amtsantritt"))
    done_to_a_thing = _done_to_a_thing(folded, people)
    for position, word in enumerate(folded):
        if position in used or position in asked or position in scope.positions:
            continue
        if office_start and _asks_office_start(word):
            continue  # "tritt", "Amt": `_office_start_term` asks it
        if (intent is not None or job) and word in DOING_WORDS:
            continue  # "was will X machen", "was macht X beruflich": not X's words
        if lexicon.not_saying(folded, position) or word == lexicon.TAKES_PLACE_PARTICLE:
            continue  # "wo fand das Duell statt", "gibt es eine Stichwahl": nobody's words
        if (
            word in lexicon.SPEECH_WORDS
            and position != measure  # "wie viele Stimmen"
            # "muss die Wahl wiederholt werden": what is done to it, not somebody's words
            and not (done_to_a_thing and word not in lexicon.PLAIN_SAYING)
            and stem(word) not in lexicon.OUTCOME_STEMS  # "who conceded": who lost
            # "wer hat (X) gratuliert": who did it; "wer hat das gesagt" asks nothing more
            and (kind != lexicon.PERSON or word in lexicon.PLAIN_SAYING)
        ):
            wants_quote = True
            if word not in lexicon.SPEECH_ACTS:
                continue
        if word in lexicon.STOP_WORDS:
            continue
        if asks_party and (stem(word) in PARTY_STEMS or word in lexicon.MEMBERSHIP_WORDS):
            continue  # "in welcher Partei": answered by a party's name (`_names_party`)
        party = ctx.index.people.party_named(word, stem)
        if party is not None and yes_no_party:
            continue  # "Ist X in der SPD?": answered by X's own party, whichever it is
        if party is not None and _before_name(folded, originals, position, used):
            continue  # "what did the CDU chairman Bödecker say": who he is, not what about
        if party is not None:
            key = fold(party)
            if key not in seen:
                seen.add(key)
                terms.append(party_term(ctx.index, key, party))
            continue
        stemmed = stem(word)
        if stemmed not in seen and len(terms) < MAX_QUESTION_WORDS:
            seen.add(stemmed)
            term = word_term(ctx.index, word, stemmed)
            original = originals[position]
            if original is not None:  # "won" for "gewonnen": an English report has "won"
                term = _also(term, word_term(ctx.index, original, stem(original)))
            if rank is not None and position == rank[0]:  # only lines that state that place
                term = replace(term, own=((_ranked(ctx.index, rank[1]), 1.0),), context=())
            elif job and word in lexicon.JOB_WORDS:
                term, terms = _with_jobs(ctx.index, term, terms, named)
            elif word in honest.EARLIER_ASKED or word in honest.SUCCESSOR_ASKED:
                # "wer war vorher Landrat": "Brandl folgt auf Landrat Georg Huber" says it, as
                # it says who is Huber's "Nachfolger"
                term = replace(term, own=(*term.own, (_successions(ctx.index), SYNONYM)))
            elif (word in lexicon.MARGIN_WORDS and folded[position - 1 : position] in HOW) or (
                kind == lexicon.NUMBER and stemmed in lexicon.LEAD_STEMS
            ):
                # "wie knapp war es", "how close was it", "wie groß war der Abstand": a line
                # giving the margin answers, in any words, as one saying it was close does
                term = replace(term, own=(*_margins(ctx.index, scope), *term.own))
            parts = () if term.own or term.context else _compound_parts(ctx.index, word, stem)
            if parts:  # "Landratswahl", which no article has: "Landrat" and "Wahl"
                head, tail = parts
                terms.append(word_term(ctx.index, head))
                worded.append(len(terms) - 1)
                term, stemmed = word_term(ctx.index, tail), stem(tail)
            if term.own and not parts:  # "die Regel" in the article about "die Handyregel"
                term = replace(term, own=(*term.own, *head_postings(ctx.index, stemmed)))
            contest = outcome and term.own and wins.names_contest(stemmed)
            if position in unheld:
                term = replace(term, context=(), required=True)
            elif _in_a_name(ctx.index, folded, position, stemmed):
                term = _in_its_lines(ctx.index, term)
            if _describes_person(folded, position, used) or contest:
                term = replace(term, weight=term.weight * ROLE_PHRASE_WEIGHT)
            # "gegen wen hat X verloren": the winner's line need not say "verloren"
            if (outcome or beaten) and stemmed in lexicon.OUTCOME_STEMS:
                term = _both_sides(ctx.index, term, stemmed)
            elif kind == lexicon.REASON and stemmed in lexicon.OUTCOME_STEMS:
                term = _reasons_for_result(ctx.index, term)
            if kind == lexicon.TIME and stemmed in lexicon.NEXT_STEMS:
                term = replace(term, context=(), required=True)  # the next one, not this one
            if kind == lexicon.NUMBER and stemmed in lexicon.ROUND_STEMS:
                # "die Beteiligung im ersten Wahlgang": the runoff's figure is not that round's,
                # though its paragraph mentions the first round: the round in its own words
                term = replace(term, context=(), required=True)
            if position == measure:  # the answer must state it in its own words
                term = replace(term, context=(), required=True)
                close = expansions(ctx.index, stemmed)
                if original is not None:  # an English report states it in the word typed
                    # (not the word's German synonyms: "eligible voters" are no "Stimmen")
                    typed_word = stem(original)
                    if typed_word in ctx.index.own or typed_word in ctx.index.context:
                        close = {typed_word: 1.0, **close}
                # Nothing close in the articles ("wie alt": no "-jährige" anywhere): only the
                # word itself, which no unit states, so the honest answer is "not said".
                near = frozenset(k for k, s in close.items() if s >= SYNONYM)
                measured = near or frozenset({stemmed})
                tabled = _tabled(ctx.index, measured)
                if tabled:
                    term = replace(term, own=(*term.own, (sorted(tabled), 1.0)))
                if stemmed == AGE_STEM:  # "Roth-Beck, 39, won …", "im Alter von 84 Jahren"
                    aged = _ages_given(ctx.index, [p for _, group in named for p in group])
                    aged += _ages_in_words(ctx.index)
                    term = replace(term, own=(*term.own, (sorted(aged), 1.0)))
                    measured |= {AGE_STEM}
                elif not lexicon.PEOPLE_STEMS.isdisjoint(measured):
                    # "wie viele Leute": any people counted ("hundert Anhänger", "30 Besucher")
                    measured |= lexicon.COUNTED_PEOPLE_STEMS
                    counted_people = chain.from_iterable(
                        ctx.index.own.get(s, ()) for s in sorted(lexicon.COUNTED_PEOPLE_STEMS)
                    )
                    term = replace(term, own=(*term.own, (sorted(set(counted_people)), SYNONYM)))
            terms.append(term)
            worded.append(len(terms) - 1)
    if kind != lexicon.PERSON and not wants_quote:
        # "wann ist die Trauerfeier für X": a line of X's obituary or portrait is about X,
        # whether or not it names X again (not X's words, nor who somebody is)
        for i, (_, group) in enumerate(named):
            terms[i] = about_person(ctx.index, terms[i], group)
    for i, role in by_role.items():
        terms[i] = _named_by_role(ctx.index, terms[i], role, scope)
    if kind in (lexicon.NUMBER, lexicon.PERSON) and not outcome:
        terms = _which_vote(terms, worded, stem)
    if wants_quote:  # "was sagt X zur Wahlbeteiligung": an answer to a question on it is
        terms = [replace(t, own=t.own + t.asked) if t.asked else t for t in terms]
    topic = _topic(kind, terms, len(named))
    identity = frozenset() if outcome else identity
    # "Wie heißt der Partner von X": the partner must be there. An office is said by whoever
    # won it too ("wer ist jetzt OB von X": "In X setzte sich Y durch").
    if topic is None and identity and identity.isdisjoint(lexicon.OFFICE_STEMS):
        topic = next((i for i, t in enumerate(terms) if stem(fold(t.label)) in identity), None)
    if similar:
        lexical = sum(t.weight for t in terms) or 1.0
        terms.append(semantic_term(similar, SEMANTIC_SHARE * lexical))
    if scope.articles is not None:
        share = PLACE_SHARE * sum(t.weight for t in terms)
        if scope.bare:  # perhaps the thing asked about: it weighs what its words weigh
            share = max(share, sum(ctx.index.weight(stem(folded[p])) for p in scope.positions))
        terms.append(_place_term(ctx.index, scope, share))
    if kind != lexicon.REASON:  # who led there is no reason why
        # after the place's own term: "Altstadt: X 49,1 % | Y 30,2 %" leads there
        terms = _with_place_leads(ctx.index, terms, stem)
    # A place read from a word no article writes ("wurde Wallenbach gewählt" beside a title
    # "Kallenbach gewinnt …") may be a name the articles do not know.
    places_written = {p for p in scope.positions if folded[p] in ctx.index.stems}
    added = {measure} if measure is not None else set()  # "wie alt": "jährige" added
    not_names = used | asked | places_written | named_parties | quoting | added
    stranger = unknown_names.unknown_name(ctx.index, folded, originals, not_names, stem)
    return Question(
        kind,
        tuple(terms),
        tuple(people),
        wants_quote,
        scope,
        outcome=outcome,
        measure=measured,
        strict=strict,
        when=when,
        topic=topic,
        lost=lost,
        of_outcome=of_outcome,
        place_forms=frozenset(
            form for place in scope.places for form in place_forms(ctx.index, place)
        )
        if of_outcome
        else frozenset(),
        # a report of several towns: a question about one of them, not about a person named
        # in it, is answered from that town's paragraphs
        place_paragraphs=_place_paragraphs(ctx.index, scope)
        if outcome or measure is not None
        else _place_paragraphs(ctx.index, scope, datelines=2)
        if not people
        else frozenset(),
        identity=identity,
        known=tuple(group[0] for _, group in named if len(group) == 1),
        party=asks_party,
        by_name=by_name,
        tabled=tabled,
        beaten=beaten,
        new_office=new_office,
        yes_no=_asks_yes_no(ctx, folded),
        unknown_name=stranger,
        speakers=_speakers_asked(folded, named) if wants_quote and kind == lexicon.WHAT else (),
        margin=any(stem(word) in MARGIN_ASKED for word in folded)
        or not lexicon.MARGIN_WORDS.isdisjoint(folded),
        rank=rank[1] if rank is not None else "",
        job=job,
        office_start=office_start,
    )


# "what was the turnout", "what's the turnout": an English question that opens so asks for the
# figure itself (with "like" at its end, how it was: "what was turnout like")
FIGURE_OPENERS = (("what", "was"), ("what", "is"), ("what", "s"), ("what", "were"))


def _of_an_outcome(folded: list[str]) -> bool:
    """Whether a question has a word of winning or losing ("gescheitert", "verloren")."""
    return any(stem_word(word) in lexicon.OUTCOME_STEMS for word in folded)


def _asks_figure(typed: list[str]) -> bool:
    """Whether a question about a quantity asks for its figure by its opening words."""
    return has_any_phrase(typed[:2], FIGURE_OPENERS) and "like" not in typed


def _in_a_name(index: CorpusIndex, folded: list[str], position: int, stemmed: str) -> bool:
    """ "wer hat in Horb gewonnen", where Horb is only named in passing ("Fauser war Kämmerer
    in Horb"), no article's place: still where the question is, so the answer must name it."""
    return (
        position > 0
        and folded[position - 1] in IN_A_PLACE
        and folded[position] not in lexicon.STOP_WORDS
        and a_name(index, stemmed)
        and not the_whole_nights(index, stemmed)  # "who won in Emsland" when all are there
    )


def _in_its_lines(index: CorpusIndex, term: Term) -> Term:
    """A place's term that every unit of a line naming it has ("Zittau (nrd) – … Sie ziehe
    sich aus gesundheitlichen Gründen zurück"), required: a line that only stands next to it
    is about another town."""
    columns = index.columns
    lines = {columns.block[u] for ids, _ in term.own for u in ids}
    lines |= {block for ids, _ in term.context for block in ids}
    units = [
        u
        for line in sorted(lines)
        for u in range(bisect_left(columns.block, line), bisect_left(columns.block, line + 1))
    ]
    return replace(term, own=((units, 1.0),), context=(), required=True, where=True)


def _identity_nouns(
    folded: list[str],
    kind: str,
    asked: set[int],
    skipped: set[int],
    stem: Callable[[str], str],
) -> frozenset[str]:
    """ "Wer ist der Sprecher der Stadt", "wie heißt die Tochter von X", "who is the new
    mayor": it asks who holds a role, and these are the role's stems (up to the words after
    it; names, parties and places, `skipped`, aside); empty for any other question."""
    if has_any_phrase(folded, lexicon.ASKS_NAME):
        start = next(i for i, w in enumerate(folded) if w in ("heisst", "heissen")) + 1
    elif (
        kind == lexicon.PERSON
        and asked
        and folded[max(asked) + 1 : max(asked) + 2] in ([w] for w in lexicon.BECOMING)
    ):
        start = max(asked) + 2
    else:
        return frozenset()
    nouns: list[str] = []
    for i in range(start, len(folded)):
        word = folded[i]
        if nouns and word in lexicon.STOP_WORDS:
            break
        if word not in lexicon.STOP_WORDS and i not in skipped:
            nouns.append(stem(word))
    return frozenset(nouns)


def _asks_party(folded: list[str], stem: Callable[[str], str]) -> bool:
    """ "In welcher Partei ist X", "what party is X in": it asks which party; not "welche
    Parteien unterstützen X" (`SUPPORT_STEMS`), which asks who backs X."""
    if any(stem(word) in SUPPORT_STEMS for word in folded):
        return False
    return any(
        stem(word) in PARTY_STEMS and folded[i - 1 : i] in ([w] for w in lexicon.WHICH)
        for i, word in enumerate(folded)
    )


def _asks_yes_no(ctx: Context, folded: list[str]) -> bool:
    """ "Hat X gewonnen?", "was X re-elected?": a verb first. A German question opening with
    "was" asks what ("was hat X gesagt"), not whether."""
    if not folded or folded[0] not in lexicon.YES_NO_VERBS:
        return False
    return folded[0] != ENGLISH_WAS or ctx.language != "de"


def _asks_party_yes_no(
    ctx: Context, folded: list[str], named: set[int], stem: Callable[[str], str]
) -> bool:
    """ "Ist X in der SPD?", "Is X a member of the Greens?": a yes/no question whose only
    words besides the person (`named`) are a party's and membership's. What settles it is X's
    party as the articles give it, the same answer as "In welcher Partei ist X?"."""
    if not folded or folded[0] not in lexicon.YES_NO_OPENERS:
        return False
    parties = 0
    for position, word in enumerate(folded[1:], start=1):
        if position in named or word in lexicon.STOP_WORDS:
            continue
        if ctx.index.people.party_named(word, stem) is not None:
            parties += 1
        elif stem(word) not in PARTY_STEMS and word not in lexicon.MEMBERSHIP_WORDS:
            return False  # "Ist X Vorsitzender der SPD-Fraktion?" asks more than a party
    return parties > 0


def _place_term(index: CorpusIndex, scope: Scope, weight: float) -> Term:
    """The place asked about, weighing `weight`: an answer must come from its articles, and a
    line that names it weighs a little more (a report of several towns has one paragraph per
    town). The rest of its articles match half, so a unit covers as much of the question as
    without the place."""
    ranges = article_units(index, scope.articles or frozenset())
    own = (*((r, PLACE_ELSEWHERE) for r in ranges), (_naming_units(index, scope), 1.0))
    return Term(" ".join(scope.places), weight, own, (), True, where=not scope.bare)


NAMING_MEMO_SIZE = 256  # places remembered (`_naming_units`): each holds a few thousand units


def _naming_units(index: CorpusIndex, scope: Scope) -> Ids:
    """The units of the place's articles whose line names the place, in corpus order. Once per
    place and index (`naming_memo`; read-only, shared): a town's stem starts many words
    ("Siegen": "Sieger", "Siegerin"), whose thousands of lines a question about it would read
    twice."""
    key = (scope.places, scope.articles)
    return remembered(
        index.naming_memo, key, lambda: _find_naming_units(index, scope), size=NAMING_MEMO_SIZE
    )


def _find_naming_units(index: CorpusIndex, scope: Scope) -> Ids:
    articles = scope.articles or frozenset()
    naming: set[int] = set()
    for place in scope.places:
        stem = index.stem(fold(place))
        for form in (stem, *index.affixes.starting_with(stem)):  # "Musterstädter" too
            blocks = index.context.get(form, ())
            naming.update(chain.from_iterable(index.block_units[b] for b in blocks))
    return kept_ids(sorted(u for u in naming if index.columns.article[u] in articles))


def _place_paragraphs(index: CorpusIndex, scope: Scope, datelines: int = 0) -> frozenset[int]:
    """The units of lines that name the place, when a paragraph of the body opens with it
    ("Nordheim (dpa) – …", "In Nordheim …"): the article reports on several places, one paragraph
    each, and only those lines say who won there. Empty when every line may. `datelines`: how
    many of its paragraphs must open with a dateline to make it a report of several places
    (one is a single town's: "Landshut – Als um 19.48 Uhr …"). Only such a report is cut to
    its lines about the place: the town's own article beside it speaks of the town in every
    line ("Die Wahlbeteiligung stieg auf 55,9 Prozent"), so all its units stay."""
    key = (scope.places, scope.articles, datelines)
    return remembered(
        index.memos.place_paragraphs,
        key,
        lambda: _find_place_paragraphs(index, scope, datelines),
        size=NAMING_MEMO_SIZE,
    )


def _find_place_paragraphs(index: CorpusIndex, scope: Scope, datelines: int) -> frozenset[int]:
    """`_place_paragraphs`, read from the lines (once per place, its articles and `datelines`)."""
    if scope.articles is None:
        return frozenset()
    columns = index.columns
    places = {index.stem(fold(place)) for place in scope.places}
    first_block = {}
    for units in article_units(index, scope.articles):
        if len(units):
            first_block[columns.article[units.start]] = columns.block[units.start]
    naming = _naming_units(index, scope)
    # Whether a unit's paragraph opens with the place is its paragraph's to say: read once per
    # paragraph, not again for each of its sentences.
    opens: dict[int, bool] = {}
    opening = []
    for u in naming:
        block = columns.block[u]
        verdict = opens.get(block)
        if verdict is None:
            text = columns.block_text[block]
            verdict = opens[block] = (
                # a heading of the place alone may stand right below the title and the lead
                block - first_block[columns.article[u]]
                >= (1 if short_heading(text) else LEAD_LINES)
                and opens_with(index, text, places)
                and not _own_dateline(index, u)
            )
        if verdict:
            opening.append(u)
    if datelines:  # (a place's own heading, "Nordheim", makes a report of several places too)
        opening = [
            u
            for u in opening
            if short_heading(columns.block_text[columns.block[u]])
            or _datelines(index, columns.article[u]) >= datelines
        ]
    if not opening:
        return frozenset()
    reports = {columns.article[u] for u in opening}
    # A village no article is about (in its title, lead or source), only reported on line by
    # line ("In Hohenfeld …"): an article beside the report that names it (a gallery of the
    # night's people, one paragraph on its new mayor) speaks of it only in those lines.
    others = scope.articles - reports
    about = any(_about_place(index, scope, article, first_block[article]) for article in others)
    passing = set() if about else others
    own_articles = others - passing
    return frozenset(
        chain(
            (u for u in naming if columns.article[u] in reports | passing),
            chain.from_iterable(_under_heading(index, u) for u in opening),
            chain.from_iterable(article_units(index, own_articles)),
        )
    )


def _about_place(index: CorpusIndex, scope: Scope, article: int, first_block: int) -> bool:
    """Whether the article says it is about the place: in its title, lead or source."""
    forms = [form for place in scope.places for form in place_forms(index, place)]
    if about_place(index, forms, article):
        return True
    stems = {index.stem(fold(place)) for place in scope.places}
    columns = index.columns
    return any(
        stems & {index.stem(word) for word in words(columns.block_text[block])}
        for block in range(first_block, first_block + LEAD_LINES)
        if block < len(columns.block_article) and columns.block_article[block] == article
    )


def _under_heading(index: CorpusIndex, unit: int) -> list[int]:
    """A place alone as a heading ("Nordheim") above a paragraph that does not name it again
    ("Bürgermeister X bleibt im Amt."): the units of the lines below it, up to the next
    heading or the article's end; none for any other line."""
    columns = index.columns
    block = columns.block[unit]
    if not short_heading(columns.block_text[block]):
        return []
    article = columns.article[unit]
    last = bisect_left(columns.block_article, article + 1)
    found: list[int] = []
    for below in range(block + 1, last):
        if short_heading(columns.block_text[below]):
            break
        found.extend(index.block_units[below])
    return found


def _own_dateline(index: CorpusIndex, unit: int) -> bool:
    """Whether a unit stands in the one paragraph of its article that opens with a dateline
    ("Nordheim – Am Sonntag …"): that says where the whole article is, not that it reports on
    several places, one paragraph each; how old the new mayor is, or how many came, a later
    line of the town's article says without naming the town again."""
    columns = index.columns
    block = columns.block[unit]
    return bool(dateline_places(columns.block_text[block])) and (
        _datelines(index, columns.article[unit]) < 2
    )


def _datelines(index: CorpusIndex, article: int) -> int:
    """How many of an article's body paragraphs open with a dateline ("Herne (rpd) –")."""
    columns = index.columns
    blocks = range(
        bisect_left(columns.block_article, article), bisect_left(columns.block_article, article + 1)
    )
    return sum(1 for block in blocks[LEAD_LINES:] if dateline_places(columns.block_text[block]))


def _topic(kind: str, terms: list[Term], people: int) -> int | None:
    """ "Wann tritt X sein Amt an", "warum hat X verloren": when and why ask about one thing
    somebody did; a sentence that only names them, with some time or reason in it, does not
    answer. With one such word beside the people named (an office is who they are: "wie
    lange war X Bürgermeisterin"), the answer must have it, have it around, or be close to
    the question in meaning; for "warum", giving a reason will do too ("Grund dafür sei
    …"). That word's term, if so."""
    if kind not in TOPIC_KINDS or not people:
        return None
    words_asked = [
        i
        for i, t in enumerate(terms)
        if i >= people
        and (not t.required or t.where)  # "in Zittau" (`_in_a_name`) is asked too
        and stem_word(t.label) not in lexicon.OFFICE_STEMS
    ]
    return words_asked[0] if len(words_asked) == 1 else None


def _also(term: Term, other: Term) -> Term:
    """A term that also matches where `other` does (the same word in another language),
    weighing what the term weighs unless only `other` is in the articles."""
    weight = term.weight if term.own or term.context else other.weight
    return replace(
        term, weight=weight, own=term.own + other.own, context=term.context + other.context
    )


# "was will X (als Erstes) machen", "was möchte Y tun": X's plan, which the news states as "X
# will …", "sie wolle …", "plant …" (not X's words as such); "machen" and "tun" then ask nothing.
INTENT_MODALS = frozenset("will wollen wolle mochte mochten plant planen".split())
INTENT_FORMS = ("will", "wolle", "wollen", "werde", "plant", "vorhaben")
DOING_WORDS = frozenset("machen macht machte gemacht tun tut tat unternehmen".split())
INTENT_WITHIN = 2  # "was will …", "und was will …"
# The modal tips the balance between X's plan and X's other lines; it is not what is asked,
# so a plan in other words ("muss als Erstes …") still answers.
INTENT_WEIGHT = 0.3


def _asks_intent(folded: list[str], kind: str, asked: set[int], people: list[int]) -> int | None:
    """Where "was will X …" has its modal (right after "was"), if it asks a named person's
    plan; None otherwise ("wer will …" asks who, "was will die Stadt …" names nobody)."""
    if kind != lexicon.WHAT or not people or "was" not in folded[:INTENT_WITHIN]:
        return None
    after = folded.index("was") + 1
    if after < len(folded) and after not in asked and folded[after] in INTENT_MODALS:
        return after
    return None


def _intent_term(index: CorpusIndex) -> Term:
    """The modal of a plan as a term: lines where somebody "will", "wolle", "plant", or "werde
    sich als Erstes um … kümmern"."""
    found = [word_term(index, form) for form in INTENT_FORMS]
    term = found[0]
    for other in found[1:]:
        term = _also(term, other)
    return replace(term, label="will", weight=term.weight * INTENT_WEIGHT)


# "tritt X nochmal an": standing again asked by a split verb, which no line's word matches as
# typed; these forms stand for it ("noch einmal antreten", "ob er erneut antritt", "kandidiert").
STANDING_FORMS = ("antreten", "antritt", "kandidiert", "kandidieren", "kandidatur")


def _split_standing(folded: list[str]) -> bool:
    """Whether a question asks whether somebody stands again with a split verb only ("tritt X
    nochmal an", "trat X wieder an"), no word of standing of its own ("kandidiert X erneut")."""
    return honest.asks_standing(folded) and not any(
        w.startswith(honest.STANDING_STARTS) for w in folded
    )


def _standing_term(index: CorpusIndex) -> Term:
    """Standing for office as a term: lines that say so in a word of their own (see
    `STANDING_FORMS`), so that the asked person's line of standing comes before the others."""
    found = [word_term(index, form) for form in STANDING_FORMS]
    term = found[0]
    for other in found[1:]:
        term = _also(term, other)
    return term


ROLE_OPENERS = frozenset("der die den dem das neue neuer neuen".split())
IN_A_PLACE = frozenset({"in", "aus"})  # "in Horb", "aus Horb": where, or whence
BECOMES = frozenset({"wird", "werden"})  # "wer wird Landrätin": who won the office
# Voted out of office (folded): asked why, it asks why somebody lost. (Not a word of losing
# as such: "der nach 15 Jahren abgewählt wurde" tells the loser in a clause of the winner's.)
VOTED_OUT = frozenset({"abgewahlt", "abgewaehlt"})
LOST = "verloren"


def _becomes_office(folded: list[str], stem: Callable[[str], str]) -> set[int]:
    """The positions of an elected office in a question asking who holds it anew ("neuer
    Landrat", "wer wird Bürgermeisterin"); none when nothing in it says "anew"."""
    new = any(w in lexicon.NEW_WORDS or w in BECOMES for w in folded)
    offices = {i for i, w in enumerate(folded) if stem(w) in lexicon.OFFICE_STEMS}
    return offices if new else set()


def _outgoing(folded: list[str], pairs: list[tuple[str, str | None]]) -> list[str]:
    """ "was sagt der alte Bürgermeister", "die alte OB": "alt" between an article and an
    office or role is the holder until now ("der bisherige Bürgermeister"), whose age nobody
    asked ("wie alt ist der Bürgermeister" keeps its word)."""
    return [
        lexicon.OUTGOING
        if word in lexicon.OLD_WORDS
        and 0 < i < len(folded) - 1
        and folded[i - 1] in lexicon.ARTICLES
        and _a_role_word(folded[i + 1], pairs[i + 1][1])
        else word
        for i, word in enumerate(folded)
    ]


def _role_beside_name(
    index: CorpusIndex,
    scope: Scope,
    named: list[tuple[str, tuple[int, ...]]],
    folded: list[str],
    originals: list[str | None],
) -> bool:
    """ "was sagt der Verlierer X", "what did the loser X say": a role read as a place from
    some titles (`Scope.bare`) beside a person asked about by name says what X is, not where,
    when none of the articles it narrows to names X (where one does, it may tell two people
    of one name apart)."""
    if not (scope.bare and named and scope.articles is not None):
        return False
    if not all(_a_role_word(folded[p], originals[p]) for p in scope.positions):
        return False
    article = index.columns.article
    return all(
        scope.articles.isdisjoint(article[u] for u in index.person_own[p])
        for _, group in named
        for p in group
    )


def _before_name(
    folded: list[str], originals: list[str | None], position: int, named: set[int]
) -> bool:
    """Whether a word stands right before a person named by name, or before a role word right
    before them ("the CDU chairman Bödecker", "SPD-Kandidatin X"): it says who they are. Not
    before a role that stands for somebody ("the CDU candidate" asks whose words)."""
    after = position + 1
    role = after < len(folded) and _a_role_word(folded[after], originals[after])
    if after in named:
        return not role
    return after + 1 in named and role


def _a_role_word(word: str, original: str | None) -> bool:
    """Whether a question's word (folded; `original`: as typed) names an office or a role."""
    return (
        stem_word(word) in lexicon.OFFICE_STEMS
        or is_role_noun(word.capitalize())
        or (original is not None and is_role_noun(original.capitalize()))
    )


def states_measure(
    ctx: Context, unit: int, stems: frozenset[str], owned: bool = False, margin: bool = False
) -> bool:
    """Whether a unit gives a number right by what was counted ("54,3 Prozent", "312
    Stimmen", "die Wahlbeteiligung lag bei 38,2"), on the same side of any quotation mark: a
    number elsewhere in it is about something else. `owned`: it asks what somebody got ("wie
    viele Stimmen hatte X"), which a share or a lead over another does not say, unless the
    question asks for a lead (`margin`)."""
    # a share in words is its own number ("zwei Drittel der Stimmen"; `lexicon.states_share`):
    # "Hälfte", a synonym of "Prozent", is no measure beside "mehr" ("mehr als die Hälfte")
    share_asked = not stems.isdisjoint(SHARE_ASKED)
    lead_asked = margin and bool(stems) and stems <= lexicon.LEAD_STEMS
    stems -= lexicon.SHARE_PART_STEMS
    count_asked = owned and not stems.isdisjoint(COUNTED_STEMS)
    # "wie viel Prozent hatte X": "die Wahlbeteiligung lag bei 46,8 Prozent" is nobody's share
    theirs = owned and stems.isdisjoint(TURNOUT_STEMS)
    # A compound ending in it counts too: "elf Oberschulen" for "wie viele Schulen" (not
    # "Hersteller" for "Stellen": "her" is too short to be a word of its own).
    tails = tuple(stem for stem in stems if len(stem) >= MIN_TAIL)

    def compound_of(stem: str) -> bool:
        return any(
            stem.endswith(tail) and len(stem) - len(tail) >= MIN_COMPOUND_PART for tail in tails
        )

    # "die 16-jährige Emilia Rapp": an age, no count of votes or seats (unless one is asked)
    ages_not_counts = AGE_STEM not in stems
    text = ctx.index.columns.text(unit)
    if AGE_STEM in stems and (AGE_AFTER_NAME_RE.search(text) or AGE_IN_WORDS_RE.search(text)):
        return True  # an age between commas after a name (`_ages_given`), or in words
    for stretch in wins.QUOTE_MARK_RE.split(text):
        tokens = words(stretch)
        stemmed = [ctx.index.stem(token) for token in tokens]
        # After the word, only the words that say something count: "lag nach Angaben der
        # Stadt bei 40,1" puts the number four words after "Wahlbeteiligung".
        said = list(accumulate(t.isdigit() or t not in lexicon.STOP_WORDS for t in tokens))
        numbers = [
            i
            for i, (token, stem) in enumerate(zip(tokens, stemmed, strict=True))
            if (token.isdigit() or stem in lexicon.NUMBER_STEMS)
            and not (count_asked and _a_share(stemmed, i))
            and not (theirs and _of_turnout(stemmed, i))
            and not (ages_not_counts and stemmed[i + 1 : i + 2] == [AGE_STEM])
        ]
        if count_asked and not margin and _a_margin(tokens, stemmed):
            continue  # "90 Stimmen vor X", "trennen nur 300 Stimmen": not anybody's votes
        if share_asked and lexicon.states_share(tokens, stemmed):
            return True  # "wie viel Prozent": "gut zwei Drittel", "jede dritte Stimme"
        if (
            lead_asked
            and numbers
            and (_a_lead(tokens, stemmed) or BETWEEN_COUNT_RE.search(stretch))
        ):
            return True  # "wie groß war der Abstand": "Zwischen beiden lagen 212 Stimmen"
        if lexicon.TURNOUT_ASKED & stems and numbers and lexicon.tells_turnout(tokens, stemmed):
            return True  # "Zur Wahl gingen 7.912 der 13.480 Wahlberechtigten"
        for i, stem in enumerate(stemmed):
            if (stem in stems or compound_of(stem)) and any(
                -NUMBER_BEFORE <= n - i <= 0 or 0 < said[n] - said[i] <= NUMBER_AFTER
                for n in numbers
            ):
                return True
    return False


def _tabled(index: CorpusIndex, stems: frozenset[str]) -> frozenset[int]:
    """The units of lines of figures whose section heading has one of `stems`: "So verteilen
    sich die Sitze" above "CDU 13 (minus 3), Grüne 11 (plus 4), …" gives the seats, though no
    line of the list says "Sitze". Once per stems and index (`tabled_memo`)."""
    return remembered(index.tabled_memo, stems, lambda: _find_tabled(index, stems))


def _find_tabled(index: CorpusIndex, stems: frozenset[str]) -> frozenset[int]:
    columns = index.columns
    found: set[int] = set()
    for stem in sorted(stems):
        for heading in index.context.get(stem, ()):
            text = columns.block_text[heading]
            for line in index.near[heading]:
                section = columns.block_section[line]
                if (
                    line != heading
                    and section != NO_ENTRY
                    and columns.labels[section] == text
                    and _figures(columns.block_text[line])
                ):
                    found.update(index.block_units[line])
    return frozenset(found)


def _figures(text: str) -> bool:
    """A line that is mostly figures ("CDU 13 (minus 3), Grüne 11 (plus 4)"), not a sentence
    with a number in it."""
    tokens = words(text)
    numbers = sum(1 for token in tokens if token.isdigit())
    return numbers >= MIN_FIGURES and numbers * FIGURES_SHARE >= len(tokens)


def _says_when(index: CorpusIndex, unit: int) -> bool:
    """Whether a unit says when ("am Sonntag", "vor zwei Jahren"), not only how long."""
    text = index.columns.text(unit)
    folded = words(text)
    return lexicon.states_point_in_time(text, folded, [index.stem(w) for w in folded])


def _a_margin(tokens: list[str], stemmed: list[str]) -> bool:
    """Whether a stretch gives a count as a lead over somebody ("lag 90 Stimmen vor X",
    "trennen nur 300 Stimmen", "wins by 500 votes"), not as what somebody got."""
    if not lexicon.MARGIN_STEMS.isdisjoint(stemmed):
        return True
    return any(
        (token.isdigit() and tokens[i - 1 : i] in (["by"], ["um"]))
        or (stemmed[i] in COUNTED_STEMS and tokens[i + 1 : i + 2] in AHEAD)
        for i, token in enumerate(tokens)
    )


def _a_lead(tokens: list[str], stemmed: list[str]) -> bool:
    """Whether a stretch gives a lead in its own words ("Vorsprung", "trennten", "fehlten") or
    as a count before a side (`LEAD_SIDES`: "lag 90 Stimmen vor X"); unlike `_a_margin`,
    "zwischen" alone (often a time's) is not enough."""
    return not lexicon.LEAD_STEMS.isdisjoint(stemmed) or any(
        stemmed[i] in COUNTED_STEMS and tokens[i + 1 : i + 2] in LEAD_SIDES
        for i in range(len(tokens))
    )


def _of_turnout(stemmed: list[str], i: int) -> bool:
    """Whether the number at `i` is the turnout's ("die Wahlbeteiligung lag bei 46,8")."""
    return not TURNOUT_STEMS.isdisjoint(stemmed[max(0, i - TURNOUT_BEFORE) : i])


def _a_share(stemmed: list[str], i: int) -> bool:
    """Whether the number at `i` is a share ("50,4 Prozent der Stimmen"), which does not say
    how many votes: "wie viele Stimmen" wants a count."""
    return any(s in SHARE_STEMS for s in stemmed[i : i + SHARE_AFTER + 1])


def names_outcome(ctx: Context, unit: int) -> bool:
    """Whether a unit says in its own reporting who won or lost: a word of winning or losing
    (or a new office holder: "neuer Bürgermeister") and somebody's name outside any
    quotation, not only its speaker's ("Was für ein Abend!", rief Albers: a speaker's cheer; "die
    Partei hat 17 Stichwahlen gewonnen": nobody named)."""
    memo = ctx.index.outcome_memo
    if unit not in memo:
        memo[unit] = _names_outcome(ctx.index, unit)
    return memo[unit]


LABEL_CHARS = 60  # "Co-Moderatorin Dr. Anna-Lena Schulte-Brinkmann (NDR): " and a little more


def _turn_parts(index: CorpusIndex, unit: int) -> list[str]:
    """A unit's text, or a transcript's turn as its label and its words: in "Moderatorin X:
    Frau Y, Sie haben gewonnen." the name before the colon is whose turn it is, not who won;
    in "O-Ton Y, Wahlsiegerin: Ich kann es nicht glauben." the label says who won."""
    text = index.columns.text(unit)
    columns = index.columns
    if ":" not in text[:LABEL_CHARS] or KIND_OF_CODE[index.classes[unit] & 3] == DIRECT:
        return [text]
    if QUESTION_LABEL_RE.match(text):  # a host's or interviewer's turn ("Moderator X: …")
        colon = text.index(":") + 1
        return [text[:colon], text[colon:]]
    for turn in index.block_units[columns.block[unit]]:
        opens = columns.start[turn] - columns.start[unit]
        if (
            0 < opens <= LABEL_CHARS
            and KIND_OF_CODE[index.classes[turn] & 3] == DIRECT
            and columns.speaker[turn] != NO_ENTRY
            and text[:opens].rstrip().endswith(":")
        ):
            return [text[:opens], text[opens:]]
    return [text]


def _states_result(index: CorpusIndex, unit: int) -> bool:
    """Whether a unit names who won or who lost."""
    return any(named_outcome(index, unit, lost) is not None for lost in (False, True))


def _in_turn(index: CorpusIndex, unit: int) -> bool:
    """Whether a unit stands in a transcript's turn ("Moderatorin X: …")."""
    line = index.block_units[index.columns.block[unit]]
    return any(len(_turn_parts(index, u)) == 2 for u in line)


def _names_outcome(index: CorpusIndex, unit: int) -> bool:
    return any(_part_names_outcome(index, unit, part) for part in _turn_parts(index, unit))


def _part_names_outcome(index: CorpusIndex, unit: int, text: str) -> bool:
    reporting = wins.reporting(text)
    stems = [index.stem(word) for word in reporting]
    if (
        not _says_whose(reporting, stems, lexicon.OUTCOME_STEMS)
        and not _new_office(reporting, stems)
        and not _split_win(stems)
        and not _kept_office_at(index, unit, reporting, stems)
        and not wins.elected(reporting)
    ):
        return False
    # Whoever congratulates is not the winner: only names after "gratuliert" count, and
    # after the office where the winner is its new holder ("gratulierte Y der neuen …").
    congratulated = [i for i, word in enumerate(reporting) if word.startswith(CONGRATULATE)]
    holder = _holder_described(reporting, stems)
    if holder is not None:
        reporting = reporting[holder + 1 :]
    elif congratulated:
        reporting = reporting[congratulated[0] + 1 :]
    named = index.people.named_in(reporting)  # "Seebauers Sieg" too
    described = index.subjects.get(unit)
    if described is not None and not congratulated:
        named.add(described)  # "Die 52-Jährige gewann die Stichwahl"
    return bool(named - {index.columns.speaker[unit]})


def named_outcome(index: CorpusIndex, unit: int, lost: bool) -> int | None:
    """The one person a unit's own reporting names as the winner (`lost`: the loser): a word
    of winning (losing) in it, and one person named besides whoever congratulates and whoever
    stands on the other side ("gegen Y", "defeated Y"; for the loser "unterlag Y"): "Wahlsieger
    X", "X gewinnt mit 51 Prozent", "X ist neuer Bürgermeister", "gratuliert dem Wahlsieger X",
    "freute sich über Xs Sieg"; for the loser also the other side of a win ("X gewann gegen
    Y"); None if it names no one or several."""
    for part in _turn_parts(index, unit):
        named = _named_in_part(index, unit, part, lost)
        if named is not None:
            return named
    return None


def town_outcome(index: CorpusIndex, unit: int, lost: bool) -> int | None:
    """`named_outcome` of the town's election: "Y gewann die Innenstadtbezirke" names no
    winner of the town, and "warum hat Y verloren" is no false premise for it."""
    return None if _part_won(index, unit) else named_outcome(index, unit, lost)


def _named_in_part(index: CorpusIndex, unit: int, text: str, lost: bool) -> int | None:
    reporting = wins.reporting(text)
    stems = [index.stem(word) for word in reporting]
    won = _says_whose(reporting, stems, lexicon.WIN_STEMS)
    elected = wins.elected(reporting)
    winning = (
        won
        or elected
        or _new_office(reporting, stems)
        or _kept_office_at(index, unit, reporting, stems)
    )
    if lost and not _says_whose(reporting, stems, lexicon.LOSE_STEMS):
        return _other_side(index, unit, reporting, lexicon.AGAINST_WINNER) if winning else None
    if not lost and not winning:
        return _defeated_by(index, unit, reporting)
    if not lost and not won and elected:
        return _one_named(index, unit, reporting)  # "Gewählt ist X (SPD) im ersten Wahlgang"
    if not lost and not won:
        # "X wird neue Oberbürgermeisterin": the winner stands beside the new office; "Y
        # sagte, der neue Bürgermeister habe …" names Y as the speaker, not as the winner
        return _one_named(index, unit, _beside_new_office(reporting, stems))
    people = index.people
    outcome = lexicon.LOSE_STEMS if lost else lexicon.WIN_STEMS
    for i in range(1, len(reporting)):  # "über Xs Sieg": whose victory it is
        word = reporting[i - 1]
        if (
            stems[i] in outcome
            and word.endswith("s")
            and word not in people.by_word  # "Kloß" folds to "kloss": no genitive of "Klos"
            and len(people.by_word.get(word[:-1], ())) == 1
        ):
            return people.by_word[word[:-1]][0]
        if stems[i - 1] in outcome and reporting[i] in ("von", "of"):  # "den Sieg von X"
            return _one_named(index, unit, reporting[i + 1 : i + 1 + OWNER_WORDS])
    congratulated = [i for i, word in enumerate(reporting) if word.startswith(CONGRATULATE)]
    if lost and congratulated and not outcome.isdisjoint(stems[: congratulated[0]]):
        # "X räumt seine Niederlage ein und gratuliert Y": who lost congratulates, Y won
        return _one_named(index, unit, reporting[: congratulated[0]])
    start = congratulated[0] + 1 if congratulated else 0
    other_side = lexicon.AGAINST_LOSER if lost else lexicon.AGAINST_WINNER | RUNNER_UP
    said = list(accumulate(word not in lexicon.STOP_WORDS for word in reporting))
    against = [_other_side_starts(reporting, i) for i, w in enumerate(reporting) if w in other_side]

    def named_from(first: int) -> int | None:
        return _one_named(
            index,
            unit,
            [
                word
                for i, word in enumerate(reporting[first:], first)
                if not any(i > a and said[i] - said[a] <= AGAINST_WORDS for a in against)
            ],
        )

    # "Kommentator X meint, Y verdanke seinen Sieg …", "Für X steht fest, dass Y gewonnen
    # hat": the win is told in what somebody says or holds, and its owner is named there
    voice = _last_voice_before(reporting, next((i for i, s in enumerate(stems) if s in outcome), 0))
    named = named_from(max(start, voice + 1)) if voice is not None else None
    named = named if named is not None else named_from(start)
    if named is not None or voice is not None:
        # ("Der Landesvorsitzende wies darauf hin, dass die Partei 22 Stichwahlen gewonnen
        # hat": the one described before the saying is the voice, not the winner)
        return named
    return _described_subject(index, unit, congratulated)


def _described_subject(index: CorpusIndex, unit: int, congratulated: list[int]) -> int | None:
    """The person a line is about who opens it by a description only ("Die 52-Jährige gewann
    die Stichwahl", "Der 44-Jährige setzte sich gegen Y durch"): the subject of its word of
    winning or losing, when the line names nobody else on that side. Not the one who
    congratulates ("Die 51-Jährige gratulierte dem Sieger")."""
    if congratulated:
        return None
    described = index.subjects.get(unit)
    return None if described == index.columns.speaker[unit] else described


DATIVE_ARTICLES = frozenset("dem der einem einer".split())
SUBJECT_WORDS = 6  # "unterlag Amtsinhaber Michael Dreier (CDU) überraschend dem …"


def _other_side_starts(reporting: list[str], i: int) -> int:
    """Where the other side begins after a word setting it apart (at `i`): right after it
    ("gegen Y", "X unterlag Y"), but after the subject where the verb comes first ("In P.
    unterlag Amtsinhaber X überraschend dem Kandidaten Y": the dative names the winner)."""
    if not reporting[i].startswith("unterlag"):
        return i
    ahead = reporting[i + 1 : i + 1 + SUBJECT_WORDS]
    dative = next((k for k, w in enumerate(ahead) if w in DATIVE_ARTICLES), None)
    return i + 1 + dative if dative else i


def _one_named(index: CorpusIndex, unit: int, kept: list[str]) -> int | None:
    """The one person these words name (a double name as one: "Maier-Okafor"), not the
    unit's speaker; None if nobody or several."""
    people = index.people
    named: set[int] = set()
    for pair in pairwise(kept):
        key = " ".join(pair)
        owners = (people.by_name[key],) if key in people.by_name else people.by_alias.get(key)
        if owners is not None and len(owners) == 1:
            named.add(owners[0])
    if not named:
        named = people.mentioned_in(kept)
    named.discard(index.columns.speaker[unit])
    if len(named) != 1:
        return None
    # Somebody of another article only shares a word with this line ("Passau" of a place,
    # "kurz" of "kurz vor Mitternacht"): the winner a line names is one its article names.
    person = next(iter(named))
    article = index.articles[index.columns.article[unit]].id
    return person if article in people.entries[person].articles else None


PREVAILED = "durchgesetzt"  # the joined participle of winning (see `_pushed_through`)


def _says_whose(reporting: list[str], stems: list[str], outcome: frozenset[str]) -> bool:
    """Whether a word of the outcome stands in the reporting saying whose it is: "für die
    Niederlage verantwortlich", "wertete den Sieg in X als Zeichen" name an event, not who
    won or lost ("seine Niederlage", "den Sieg von X", "Verlierer des Abends" do); "dass die
    Partei wieder gewinnen könne" is only supposed; a split "setzte sich … durch" is a win."""
    if outcome is lexicon.WIN_STEMS and _split_win(stems):
        return True
    return any(
        stem in outcome
        and not (
            reporting[i] in lexicon.EVENT_WORDS
            and reporting[i - 1 : i] in DEFINITE
            and reporting[i + 1 : i + 2] not in (["von"], ["of"])
        )
        # "ein Abend mit der Siegerin und ihrer Vorgängerin X": the winner in an object of a
        # preposition, unnamed there; X is somebody else
        and not (
            reporting[i] in lexicon.WINNER_WORDS
            and not OBJECT_CASE.isdisjoint(reporting[max(0, i - 2) : i])
        )
        and lexicon.SUPPOSING.isdisjoint(reporting[max(0, i - SUPPOSED_WITHIN) : i + 2])
        and not _judged(reporting, i)
        and not _pushed_through(reporting, i)
        for i, stem in enumerate(stems)
    )


def _pushed_through(reporting: list[str], i: int) -> bool:
    """ "die Parkgebühr, die X durchgesetzt habe": a measure pushed through, not a win, which
    is "durchgesetzt" with "sich" ("X hat sich gegen Y durchgesetzt")."""
    return reporting[i] == PREVAILED and "sich" not in reporting


def _judged(reporting: list[str], i: int) -> bool:
    """ "X sah ihre Seite als Gewinnerin des Abends": the winner's noun after "als" and a verb
    of judging is somebody's view, not who won ("ging als Siegerin hervor" still is)."""
    return (
        reporting[i] in lexicon.WINNER_WORDS | lexicon.LOSER_WORDS
        and reporting[i - 1 : i] in (["als"], ["as"])
        and not lexicon.JUDGING.isdisjoint(reporting[: i - 1])
    )


def _split_win(stems: list[str]) -> bool:
    """ "X setzte sich gegen Y durch", "setzte sich mit 52 Prozent durch", "in der Stichwahl":
    the verb of winning split in two, about a contest ("setzte sich über links durch" is a
    footballer's run)."""
    verbs, particle = lexicon.PREVAIL
    return (
        particle in stems
        and not verbs.isdisjoint(stems)
        and any(
            stem in wins.AGAINST_STEMS or stem.isdigit() or wins.names_contest(stem)
            for stem in stems
        )
    )


def _new_office(reporting: list[str], stems: list[str]) -> bool:
    """ "X ist neuer Bürgermeister", "neue Oberbürgermeisterin": whoever won the office; not
    in an object ("mit dem neuen Bürgermeister zusammenarbeiten" names nobody as the winner)."""
    return any(
        stem in lexicon.OFFICE_STEMS
        and lexicon.NEW_STEM in stems[max(0, i - 3) : i]
        and OBJECT_CASE.isdisjoint(reporting[max(0, i - 3) : i])
        for i, stem in enumerate(stems)
    )


def _kept_office_at(index: CorpusIndex, unit: int, reporting: list[str], stems: list[str]) -> bool:
    """`wins.kept_office_in` of a unit and its line."""
    return wins.kept_office_in(
        reporting, stems, index.columns.block_text[index.columns.block[unit]]
    )


def _holder_described(reporting: list[str], stems: list[str]) -> int | None:
    """Where the office stands when a line congratulates or thanks its new holder by a
    dative description ("gratulierte Y der neuen Bürgermeisterin", "dankte dem neuen
    Landrat"): a name after it is the holder's, one before it the well-wisher's; None for
    another line."""
    if not any(word.startswith(DONE_TO_HOLDER) for word in reporting):
        return None
    for i, stem in enumerate(stems):
        before = reporting[max(0, i - 3) : i]
        if (
            stem in lexicon.OFFICE_STEMS
            and lexicon.NEW_STEM in stems[max(0, i - 3) : i]
            and not DATIVE_ARTICLES.isdisjoint(before)
        ):
            return i
    return None


def _beside_new_office(reporting: list[str], stems: list[str]) -> list[str]:
    """The words that may name the holder of a new office: "Franziska Beispiel wird neue
    Oberbürgermeisterin", "Der neue Bürgermeister heißt Jonas Muster"; not whoever speaks
    before it ("Y sagte, der neue Bürgermeister habe …", "Für Y steht fest, dass der neue
    Bürgermeister …"), nor whoever congratulates (or thanks) its holder ("Am Abend gratulierte
    Y der neuen Bürgermeisterin": only a name after the office is hers)."""
    for i, stem in enumerate(stems):
        if stem in lexicon.OFFICE_STEMS and lexicon.NEW_STEM in stems[max(0, i - 3) : i]:
            if _holder_described(reporting, stems) == i:
                return reporting[i + 1 :]
            voice = _last_voice_before(reporting, i)
            return reporting[voice + 1 :] if voice is not None else reporting
    return reporting


# "Für X steht fest, dass …", "X is sure that …": what follows is what X holds, not X
THAT_WORDS = frozenset({"dass", "that"})


def _last_voice_before(reporting: list[str], end: int) -> int | None:
    """Where the last word of saying ("sagte", "meint") or a "dass" stands before `end`: the
    words after it are what somebody says or holds, and the one saying it stands before."""
    return next(
        (
            j
            for j in range(end - 1, -1, -1)
            if reporting[j] in lexicon.SPEECH_WORDS or reporting[j] in THAT_WORDS
        ),
        None,
    )


DEFEAT_VERBS = frozenset("unterlag unterlagen verlor verloren lost".split())
DEFEATED_BY = frozenset("gegen to".split())  # "verlor gegen Y", "lost to Y"; "unterlag Y"
DEFEAT_WORDS = 4  # "verlor knapp gegen Y", "lost narrowly to Y"


def _defeated_by(index: CorpusIndex, unit: int, reporting: list[str]) -> int | None:
    """The winner a line names as whom somebody lost to, in its own reporting: "X unterlag Y",
    "In P. unterlag Amtsinhaber X dem Kandidaten Y", "X verlor gegen Y", "X lost to Y"; not a
    defeat by no one ("scheiterte an einer Stimmung gegen Amtsinhaber")."""
    for i, word in enumerate(reporting):
        if word not in DEFEAT_VERBS:
            continue
        if word.startswith("unterlag"):
            start = _other_side_starts(reporting, i)
        else:
            ahead = reporting[i + 1 : i + 1 + DEFEAT_WORDS]
            by = next((k for k, w in enumerate(ahead) if w in DEFEATED_BY), None)
            if by is None:
                continue
            start = i + 1 + by
        return _one_named(index, unit, reporting[start + 1 : start + 1 + AGAINST_WORDS])
    return None


def _other_side(
    index: CorpusIndex, unit: int, reporting: list[str], before: frozenset[str]
) -> int | None:
    """The one person named within a few words after "gegen", "defeated" …: the other side."""
    said = list(accumulate(word not in lexicon.STOP_WORDS for word in reporting))
    against = [_other_side_starts(reporting, i) for i, w in enumerate(reporting) if w in before]
    kept = [
        word
        for i, word in enumerate(reporting)
        if any(i > a and said[i] - said[a] <= AGAINST_WORDS for a in against)
    ]
    return _one_named(index, unit, kept)


# A district's result, as results by district are told. Every district question reads it from
# `place_result`: a row of a results table ("Lindenhof: X 61,7 % | Y 24,8 %"), who came first
# in a place ("In Ixheim lag Roth vorn", "im Norden hatte X die Nase vorn", "X holte in
# Mittelbach die meisten Stimmen", "X kommt in Ixheim auf fast 60 Prozent": more than half) or
# the win of a part of the town ("gewann den Stadtteil"): a result there, not of the election.
FIRST_WORD_TEXTS = ("vorn", "vorne", "meisten Stimmen", "Mehrheit")
FIRST_WORDS = rf"(?:{'|'.join(FIRST_WORD_TEXTS)})"
# (their first words' stems: a line without any of them and without digits tells no lead)
FIRST_WORD_STEMS = tuple(sorted({stem_word(fold(text.split()[0])) for text in FIRST_WORD_TEXTS}))
# "ihre Mehrheit verloren", "mit großer Mehrheit beschlossen": a majority lost, or a council's
# vote, is nobody's lead at a place.
NOT_FIRST = (
    r"(?![^,;:.]{0,30}?\b(?:verloren|verlor|verfehlt|verfehlte|verpasst|verpasste|eingebüßt|"
    r"beschlossen|beschloss|abgelehnt|lehnte|verabschiedet|zugestimmt|stimmte|gebilligt)\b)"
)
# (a share of a lead is over half: "50,4 %" to "99 Prozent")
PLACE_LEAD_HINT_RE = re.compile(rf"\b{FIRST_WORDS}\b|\b[5-9]\d(?:,\d+)?\s*(?:Prozent|%)")
PLACE_VERBS = (
    r"(?:lag|lagen|liegt|liegen|hatte|hatten|hat|haben|holte|holten|holt|holen|erhielt|"
    r"erhielten|erhält|erhalten|bekam|bekamen|bekommt|bekommen)"
)
# Said with the candidate first, a share has its own verbs: "X kommt in Ixheim auf 58 Prozent".
SHARE_VERBS = r"(?:kam|kamen|kommt|kommen|erreichte|erreichten|erreicht|erreichen)"
# A place's name after "in" ("Ixheim", "Bad Ems"); not a time ("im Herbst", "im Mai").
NOT_PLACES = (*MONTH_NAMES, "Frühjahr", "Frühling", "Sommer", "Herbst", "Winter")
PLACE_NAME = rf"(?!(?:{'|'.join(NOT_PLACES)})\b)[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?"
ABOUT = r"(?:(?:fast|knapp|rund|gut|etwa|über|nahezu|beinahe|mehr als)\s+)?"
# "In Ixheim lag Roth vorn", "In Ixheim kam Roth auf 58 Prozent": the place first; "Roth lag in
# Ixheim vorn", "Roth kommt in Ixheim auf 58 Prozent": the one who came first, then the place.
PLACE_LEAD_RES = (
    re.compile(
        rf"\b[Ii][nm]\s+(?:(?:der|dem|den)\s+)?(?P<place>{PLACE_NAME})\s+(?:{PLACE_VERBS}|"
        rf"{SHARE_VERBS})\s+(?:[\w-]+\s+){{1,3}}?(?:(?:auf|mit)\s+)?{ABOUT}"
        r"(?P<share>\d+(?:,\d+)?)\s*(?:Prozent|%)"
    ),
    re.compile(
        rf"\b[Ii][nm]\s+(?P<place>[^,;:]{{2,60}}?)\s+{PLACE_VERBS}\b[^,;:]{{0,60}}?"
        rf"\b{FIRST_WORDS}\b{NOT_FIRST}"
    ),
    re.compile(
        rf"\b(?:{PLACE_VERBS}|{SHARE_VERBS})\s+(?:\w+\s+){{0,2}}?[Ii][nm]\s+(?P<place>{PLACE_NAME})"
        rf"\s+(?:[^,;:]{{0,40}}?\b{FIRST_WORDS}\b{NOT_FIRST}|(?:auf|mit)\s+{ABOUT}"
        r"(?P<share>\d+(?:,\d+)?)\s*(?:Prozent|%))"
    ),
)
MAJORITY = 50.0  # a share over half is the most votes there, whoever else stood
PART_ROW_RE = re.compile(r"^(?P<label>[A-ZÄÖÜ][\w.\- ]{1,40}):\s")
WHOLE_LABELS = ("gesamt", "insgesamt", "endergebnis", "ergebnis", "ergebnisse", "stadt")
PART_ROW_FACTOR = 0.8  # below a line with the whole town's figure, still an answer
PART_LABEL_WORDS = 2  # "Am Kanal", "Altstadt": a district's name
ELECTION_ENDS = ("wahl", "wahlen", "ergebnis", "ergebnisse")  # a label naming the vote itself
# Parts of a town a candidate may win without winning its election ("gewann den Stadtteil",
# "holte den Wahlbezirk", "gewann die Innenstadtbezirke"); not "Wahlkreis", which is a seat of
# its own. A folded word ending in one of them, with a plural or case ending.
TOWN_PARTS = ("stadtteil", "ortsteil", "bezirk", "viertel", "wahllokal")
TOWN_PART_RE = re.compile(rf"(?:{'|'.join(TOWN_PARTS)})(?:e|en|n|s|es)?$")
TOWN_PARTS_IN_RE = re.compile("|".join(TOWN_PARTS))  # any of them anywhere in a lowered line
# Words from the verb of winning to the part won: "gewann 23 von 31 Wahlbezirken", "gewann
# fast alle Ortsteile"; a word of the contest before the part makes the win the election's
# ("gewann die Stichwahl in allen Stadtteilen")
PART_WITHIN = 5


@dataclass(frozen=True)
class PlaceResult:
    """A result at a place within the town, as one line tells it."""

    unit: int  # the line
    where: frozenset[str]  # the folded words of the places somebody came first at
    row: bool  # a results table's row of one part of the town, under its name
    part_won: bool  # a win of a part of the town named by its kind ("gewann den Stadtteil")


def place_result(index: CorpusIndex, unit: int) -> PlaceResult | None:
    """The district's result a line tells (`PlaceResult`), if any: remembered per unit, as
    every "who won", "who led in X" and share question reads the same lines."""
    return remembered(
        index.memos.place_results,
        unit,
        lambda: _read_place_result(index, unit),
        size=len(index.classes),  # keyed by the corpus's own units: never emptied
    )


def _read_place_result(index: CorpusIndex, unit: int) -> PlaceResult | None:
    """`place_result`, read from the line: a table's row, who came first at the places its
    clauses name, the win of a part of the town."""
    text = index.columns.text(unit)
    match = PART_ROW_RE.match(text)
    row = match is not None and _part_row(index, text, match)
    where = _lead_places(text)
    if row and match:
        where |= frozenset(words(match["label"]))
    part_won = _won_a_part(index, text)
    if not (where or part_won):
        return None
    return PlaceResult(unit, where, row, part_won)


def _lead_places(text: str) -> frozenset[str]:
    """The folded words of the places where a line's clauses say somebody came first: "vorn",
    "die meisten Stimmen", "die Mehrheit", or more than half ("auf fast 60 Prozent"; not "auf
    38 Prozent", which may be second of several)."""
    if not PLACE_LEAD_HINT_RE.search(text):
        return frozenset()  # (the cheap test first: most lines tell no lead)
    found: set[str] = set()
    for clause in re.split(r"[,;:]\s+", text):
        for pattern in PLACE_LEAD_RES:
            match = pattern.search(clause)
            if match and (not match.groupdict().get("share") or _over_half(match["share"])):
                found.update(words(match["place"]))
    return frozenset(found)


def _over_half(share: str) -> bool:
    """Whether a share as written ("59,8") is more than half of the votes."""
    return float(share.replace(",", ".")) > MAJORITY


def _part_row(index: CorpusIndex, text: str, match: re.Match[str]) -> bool:
    """Whether a line with a label and a colon (`PART_ROW_RE`) is one district's row of a
    results table: candidates with shares, under the name of a part of the town (not the
    whole town's recap, nor "So wählte X: SPD 30,2 %")."""
    if fold(match["label"]).startswith(WHOLE_LABELS):
        return False
    label = match["label"].split()
    if len(label) > PART_LABEL_WORDS or any(fold(w).endswith(ELECTION_ENDS) for w in label):
        return False  # "So wählte X: SPD 30,2 %", "Bürgermeisterwahl X: …": not a district
    # (a runoff's page may give the leader's share alone: "Altstadt: X 55,2 Prozent")
    shares = SHARE_RE.findall(text)
    if len(shares) < 2 and not (shares and _over_half(shares[0].split()[0].rstrip("%"))):
        return False
    return bool(index.people.named_in(words(text[match.end() :])))  # candidates, not parties


def _won_a_part(index: CorpusIndex, text: str) -> bool:
    """Whether a line's win is of a part of the town: "Wennemann gewann den Stadtteil vor X",
    "Y gewann 23 von 31 Wahlbezirken", "Z gewann die Kernstadt-Bezirke"."""
    if not TOWN_PARTS_IN_RE.search(text.lower()):
        return False  # (the cheap test first: most lines name no part of a town)
    folded = words(text)
    return any(
        index.stem(word) in lexicon.WIN_STEMS
        and _part_follows(index, folded[i + 1 : i + 1 + PART_WITHIN])
        for i, word in enumerate(folded)
    )


def _part_follows(index: CorpusIndex, after: list[str]) -> bool:
    """Whether the words after a verb of winning name a part of the town before any word of
    the contest ("gewann die Stichwahl in allen Ortsteilen" is the election's win)."""
    for word in after:
        if wins.names_contest(index.stem(word)):
            return False
        if TOWN_PART_RE.search(word):
            return True
    return False


def _leads_at_place(index: CorpusIndex, unit: int, places: Collection[str]) -> bool:
    """Whether a line tells who came first at one of the (folded) places ("wer hat in Ixheim
    gewonnen": "In Ixheim und Rimschweiler lag Roth deutlich vorn"): a district's result,
    which no word of winning may tell."""
    return bool(_leading_among(index, (unit,), places))


def _leading_among(index: CorpusIndex, units: Iterable[int], places: Collection[str]) -> list[int]:
    """The units of `units` that tell who came first at one of the (folded) places
    (`_leads_at_place`), in their order. Only a line that may tell a lead is read
    (`PlaceResult.where`): a share and a table's row have digits (the class's number bit), any
    other lead a word of `FIRST_WORDS` (its stem). Every line naming a place asked is tested,
    most of them have neither, so the test runs once per line, its sets fetched once per call,
    and the reader of district results (`place_result`) is spared them."""
    classes = index.classes
    number = CUE_BITS[lexicon.NUMBER]
    firsts = index.units_with_any(FIRST_WORD_STEMS)
    found = []
    for unit in units:
        if classes[unit] & number or unit in firsts:
            result = place_result(index, unit)
            if result is not None and not result.where.isdisjoint(places):
                found.append(unit)
    return found


def _place_leads(index: CorpusIndex, term: Term) -> tuple[int, ...]:
    """The lines of a place's term that tell who came first there (`_leading_among`): read
    once per index and place, as readers ask "who won in X" of the same towns all night, and
    a town's name stands in hundreds of lines."""
    label = fold(term.label)

    def read() -> tuple[int, ...]:
        return tuple(
            chain.from_iterable(_leading_among(index, ids, [label]) for ids, _ in term.own)
        )

    key = postings_key(term.own)
    if key is None:
        return read()
    return remembered(index.memos.place_leads, (key, label), read)


def _district_row(index: CorpusIndex, unit: int) -> bool:
    """Whether a line is one district's row of a results table (`PlaceResult.row`): asked for
    X's share with no place, the whole town's figure answers first."""
    result = place_result(index, unit)
    return result is not None and result.row


def _part_won(index: CorpusIndex, unit: int) -> bool:
    """Whether a line's win is of a part of the town (`PlaceResult.part_won`)."""
    result = place_result(index, unit)
    return result is not None and result.part_won


def _with_place_leads(
    index: CorpusIndex, terms: list[Term], stem: Callable[[str], str]
) -> list[Term]:
    """ "Wer hat in Ixheim gewonnen", "wie war das Ergebnis in Ixheim": the lines saying who
    came first at the place asked (`_leads_at_place`) answer as a synonym of the word of winning
    or of the result."""
    asked = lexicon.WIN_STEMS | lexicon.RESULT_STEMS | lexicon.ENDED_STEMS
    if all(stem(fold(t.label)) not in asked for t in terms):
        return terms
    leads = sorted(set().union(*(_place_leads(index, term) for term in terms if term.where)))
    if not leads:
        return terms
    return [
        replace(t, own=(*t.own, (leads, 1.0))) if stem(fold(t.label)) in asked else t for t in terms
    ]


def _partial_wins(index: CorpusIndex, units: Sequence[int]) -> set[int]:
    """The lines giving the win of somebody their own article names as the loser beside
    another winner: "In Simbach hat Frau Aigner gewonnen" in a report that Brandl won the
    Landrat's runoff (and Aigner "räumte ihre Niederlage ein") is a district's result, not a
    second winner of the night. (One winner alone in an article, who lost an earlier round,
    keeps the win.)"""
    columns = index.columns
    winners: dict[int, dict[int, list[int]]] = {}  # article → winner → their lines
    for unit in units:
        winner = named_outcome(index, unit, False)
        if winner is not None:
            winners.setdefault(columns.article[unit], {}).setdefault(winner, []).append(unit)
    partial: set[int] = set()
    for article, lines in winners.items():
        if len(lines) < 2:
            continue
        losers = {
            person
            for person in lines
            if any(
                columns.article[other] == article and named_outcome(index, other, True) == person
                for other in index.person_own[person]
            )
        }
        if losers and len(losers) < len(lines):
            partial.update(u for person in losers for u in lines[person])
    return partial


def _tells_a_result(index: CorpusIndex, unit: int) -> bool:
    """Whether a line may tell who won or lost: it has a word of winning or losing, of being
    elected or new in office, or a share ("Hafen: X 58,7 Prozent"), tells who led somewhere
    (`place_result`), or names the one who won (`named_outcome`). "Wer hat in der Weststadt
    gewonnen" is not answered by the only line naming the Weststadt, about a carnival club,
    which a paragraph's win lies around."""
    text = index.columns.text(unit)
    stems = {index.stem(token) for token in words(text)}
    told = lexicon.OUTCOME_STEMS | {index.stem(wins.ELECTED), lexicon.NEW_STEM}
    return (
        not told.isdisjoint(stems)
        or SHARE_RE.search(text) is not None
        or place_result(index, unit) is not None  # "In Oberau lag X vorn"
        or named_outcome(index, unit, False) is not None
    )


def _no_outcome(index: CorpusIndex, unit: int) -> bool:
    """Whether a unit's words of winning or losing tell no outcome (`only_supposed`,
    `_false_outcome`): remembered per unit (`Memos.no_outcome`), as every "who won" reads the
    same lines."""
    return remembered(
        index.memos.no_outcome,
        unit,
        lambda: only_supposed(index, unit) or _false_outcome(index, unit),
        size=len(index.classes),  # keyed by the corpus's own units: never emptied
    )


def _false_outcome(index: CorpusIndex, unit: int) -> bool:
    """Whether a unit's only words of winning or losing mean something else ("die
    Unterlagen": papers, not "unterlag"), and it names no new office holder: no outcome."""
    text = index.columns.text(unit)
    lowered = text.lower()
    if not any(word in lowered for word in lexicon.FALSE_OUTCOMES):
        return False  # most sentences: none of those words (a cheap test before the words)
    tokens = words(text)
    stems = [index.stem(token) for token in tokens]
    return not _new_office(tokens, stems) and all(
        token in lexicon.FALSE_OUTCOMES
        for token, stem in zip(tokens, stems, strict=True)
        if stem in lexicon.OUTCOME_STEMS
    )


def only_supposed(index: CorpusIndex, unit: int) -> bool:
    """Whether every word of winning or losing in a unit is supposed or denied ("falls sie
    gewinnt", "sollte er gewinnen", "wir wollen nicht verlieren", "so gewinnt man keine
    Wahl"): such a sentence says nothing of who won. "OB-Wahl" is the office, no "ob"
    (whether): "Liveticker zur OB-Wahl: X gewinnt" reports a win."""
    tokens = wins.offices_written_out(words(index.columns.text(unit)))
    if lexicon.SUPPOSING.isdisjoint(tokens):
        return False  # most sentences: no word that could make anything supposed
    stems = [index.stem(token) for token in tokens]
    outcomes = [i for i, stem in enumerate(stems) if stem in lexicon.OUTCOME_STEMS]
    return bool(outcomes) and all(
        not lexicon.SUPPOSING.isdisjoint(tokens[max(0, i - SUPPOSED_WITHIN) : i + 2])
        for i in outcomes
    )


def _both_sides(index: CorpusIndex, term: Term, stem: str) -> Term:
    """A word of winning or losing that also finds the other side's words, a split "setzte
    sich … durch" and the new office holder: "Y gewann gegen X" says who lost as much as who
    won."""
    won = stem in lexicon.WIN_STEMS
    other = lexicon.LOSE_STEMS if won else lexicon.WIN_STEMS
    sides: Postings = tuple((index.own[s], OTHER_SIDE) for s in sorted(other) if s in index.own)
    sides += tuple(
        (units, OTHER_SIDE) for s in sorted(other) for units, _ in split_verb_postings(index, s)
    )
    return with_offices(index, replace(term, own=term.own + sides))


def _reasons_for_result(index: CorpusIndex, term: Term) -> Term:
    """ "warum hat X verloren": a word of winning or losing that also finds a reason given
    for the result ("Als Gründe für das Ergebnis gelten …"), not any sentence naming it."""
    stems = [s for s in sorted(lexicon.RESULT_STEMS) if s in index.own]
    own: Postings = tuple((_reasons_with(index, s), OTHER_SIDE) for s in stems)
    return replace(term, own=term.own + own)


def _reasons_with(index: CorpusIndex, stem: str) -> Ids:
    """The units with the stem (a word of the result) that give a reason (`WinLines.reasons`)."""
    return index.win_lines.reasons[stem]


def _idioms_plain(pairs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The question with each idiom it uses as its plain word, where its first word stood
    ("wer ging in X als Sieger hervor": "wer gewonnen in X")."""
    asked = {word for word, _ in pairs}
    for idiom, plain in lexicon.IDIOMS:
        if not idiom <= asked:
            continue  # (the cheap test first: most questions use no idiom)
        present = [i for i, (word, _) in enumerate(pairs) if word in idiom]
        if {pairs[i][0] for i in present} == idiom:
            first = present[0]
            pairs = [
                *(pair for i, pair in enumerate(pairs[:first]) if i not in present),
                *((word, None) for word in plain),
                *(pair for i, pair in enumerate(pairs[first:], first) if i not in present),
            ]
            asked = {word for word, _ in pairs}
    return pairs


def _term_start(pairs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """ "ab wann ist X Bürgermeisterin", "ab wann is Y im Amt": from when somebody holds an
    office asks when the term begins, which the news says as "tritt ihr Amt am 1. Mai an" or
    "übernimmt am 1. Mai", not by naming the office again. The office word (or "Amt") is read
    as "anfangen"; "ab wann gilt die neue Gebühr" names no office and stays as it is."""
    folded = [word for word, _ in pairs]
    if "ab" not in folded or "wann" not in folded or folded.index("ab") + 1 != folded.index("wann"):
        return pairs
    # "im Amt" is what is asked; an office after "die (neue)" says who ("ab wann ist die neue
    # Bürgermeisterin im Amt") and stays
    offices = [i for i, word in enumerate(folded) if word == "amt"] or [
        i
        for i, word in enumerate(folded)
        if stem_word(word) in lexicon.OFFICE_STEMS and not (set(folded[i - 2 : i]) & ROLE_OPENERS)
    ]
    if not offices:
        return pairs
    at = offices[0]
    dropped = {folded.index("ab")}
    if at > 0 and folded[at - 1] == "im":
        dropped.add(at - 1)
    return [
        ("anfangen", None) if i == at else pair for i, pair in enumerate(pairs) if i not in dropped
    ]


def _second_question(pairs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """ "wer hat gewonnen und mit wie viel Prozent", "wer wurde Ortsbrandmeister und mit wie
    vielen Stimmen": a second question joined to the first by "und" asks what the first one's
    answer mostly says too (a lead gives the winner with the share). Its question words are
    dropped ("und mit wie viel"), so they neither decline the whole nor count as a topic; its
    other words ("Prozent") stay."""
    folded = [word for word, _ in pairs]
    for at, word in enumerate(folded):
        if word != "und" or lexicon.question_kind(folded[:at])[1] == set():
            continue  # "und" before any question word joins two things asked about
        start = at + 1
        while start < len(folded) and folded[start] in SECOND_OPENERS:
            start += 1
        for size in (3, 2, 1):
            if tuple(folded[start : start + size]) in lexicon.QUESTION_WORDS:
                return [*pairs[:at], *pairs[start + size :]]
    return pairs


def _bare_outcome(pairs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """ "ergebnis marlau", "Wahlergebnis in Grauburg", "sieger minden", "verlierer kalk": a
    result, a winner or a loser asked for with no question word and little else (a place,
    the vote) asks who won or lost there; a sentence that only mentions "das Ergebnis" or
    quotes the winner does not answer it."""
    said = [i for i, (word, _) in enumerate(pairs) if word not in lexicon.STOP_WORDS]
    results = [i for i in said if stem_word(pairs[i][0]) in lexicon.RESULT_STEMS]
    outcomes = [i for i in said if stem_word(pairs[i][0]) in lexicon.OUTCOME_STEMS]
    if len(results) + len(outcomes) != 1 or len(said) > BARE_OUTCOME_WORDS:
        return pairs
    if not INTERROGATIVES.isdisjoint(word for word, _ in pairs):
        return pairs  # "wann stand das Ergebnis fest", "what did X say about the results"
    at = (results or outcomes)[0]
    plain = (lexicon.WON, pairs[at][1]) if results else pairs[at]
    return [*pairs[:at], ("wer", None), plain, *pairs[at + 1 :]]


def _new_offices(index: CorpusIndex) -> list[Ids]:
    """Per office the articles name (in the order of its stem), its units that also have
    "neu" ("ist neuer Bürgermeister"; `WinLines.new_offices`)."""
    return [index.win_lines.new_offices[office] for office in _offices_named(index)]


def _offices_named(index: CorpusIndex) -> list[str]:
    return [office for office in sorted(lexicon.OFFICE_STEMS) if office in index.own]


def _office_start_term(index: CorpusIndex, label: str) -> Term:
    """ "wann tritt X das Amt an": taking office as one term, the lines that tell it in any
    words (`WinLines.office_starts`: "wird am 1. Mai vereidigt", "Amtsantritt ist der …"),
    not the words asked ("tritt", "Amt"), which such a line need not have; an article's own
    question on it ("Wann tritt X ihr Amt an?") is among them, its date on the line below
    (`_asked_factor`)."""
    units = index.win_lines.office_starts
    return Term(label, index.weight(index.stem("amtsantritt")), ((units, 1.0),))


def _asks_office_start(word: str) -> bool:
    """Whether a word of a question on taking office is one of its words of taking office
    ("tritt", "Amt", "antreten", "Amtsantritt"), which `_office_start_term` stands for."""
    return (
        word in wins.OFFICE_TAKEN
        or word in wins.STANDING_VERBS
        or word in wins.TAKE_VERBS
        or word in wins.ANTRITT
        or word.startswith(wins.TAKING_OFFICE)
    )


def with_offices(index: CorpusIndex, term: Term) -> Term:
    """A word of winning that also finds the new office holder ("ist neuer Bürgermeister"),
    a little weaker than the word itself. The office alone is no win: "Über den
    Oberbürgermeister redet keiner" names nobody who won it."""
    offices = tuple((units, OFFICE_MATCH) for units in _new_offices(index))
    kept = (_kept_offices(index), OFFICE_MATCH)
    return replace(term, own=(*term.own, *offices, kept, (_elected_units(index), OFFICE_MATCH)))


def _elected_units(index: CorpusIndex) -> Ids:
    """The units that tell a win as an election in the passive (`_elected`): "Gewählt ist X
    bereits im ersten Wahlgang", as a results page puts it (`WinLines.elected`)."""
    return index.win_lines.elected


def _kept_offices(index: CorpusIndex) -> Ids:
    """The units that tell a re-election as keeping the office (`_kept_office`;
    `WinLines.kept`)."""
    return index.win_lines.kept


def _voters_counted(pairs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """ "wie viele (Leute) haben in X gewählt", "wie viele haben abgestimmt": how many voted,
    which the turnout says ("Die Wahlbeteiligung lag bei 40,5 Prozent"), as "wie viele sind
    wählen gegangen" does (`lexicon.IDIOMS`): the verb is read as "Wahlbeteiligung". Only with
    nothing else asked but the place: "wie viele haben per Brief gewählt", "mit Nein
    gestimmt", "wie viele Stimmen …" count something else."""
    folded = [word for word, _ in pairs]
    if not has_any_phrase(folded, lexicon.HOW_MANY) or not SIDES.isdisjoint(folded):
        return pairs
    asked = lexicon.question_kind(folded)[1]
    after = folded[max(asked) + 1 : max(asked) + 2] if asked else []
    if VOTED_VERBS.isdisjoint(folded) or (
        after and after[0] not in lexicon.STOP_WORDS and stem_word(after[0]) not in PEOPLE
    ):
        return pairs  # "wie viele Stimmen haben X gewählt": votes are counted
    who = max(asked) + 1 if after and after[0] not in lexicon.STOP_WORDS else None
    said = (
        i
        for i, word in enumerate(folded)
        if i not in asked and i != who and word not in lexicon.STOP_WORDS | VOTED_VERBS
    )
    if any(i == 0 or folded[i - 1] not in IN_A_PLACE | {"im"} for i in said):
        return pairs  # "per Brief gewählt", "bei der Betriebsratswahl": a count of some voters
    return [
        (TURNOUT_WORD, None) if word in VOTED_VERBS else (word, original)
        for i, (word, original) in enumerate(pairs)
        if i != who  # "wie viele Leute": the voters, whom the turnout counts
    ]


def _which_vote(terms: list[Term], worded: list[int], stem: Callable[[str], str]) -> list[Term]:
    """ "wie hoch war die Wahlbeteiligung bei der Stadtratswahl in X", "wer liegt vorne bei
    der Landratswahl": beside the figure or person asked for, the vote of an office or a
    body only says which vote, and the line that answers seldom repeats it ("Die
    Wahlbeteiligung stieg auf 55,9 Prozent"): it weighs as a role phrase does, as in "wer hat
    die Stichwahl gewonnen". Alone it is what is asked; nor does "Stichwahl", "Nachwahl" or
    "Kommunalwahl" say only which vote ("wer steht in der Stichwahl")."""
    contests = [i for i in worded if terms[i].own and _of_an_office(fold(terms[i].label), stem)]
    if not contests or len(contests) == len(worded):
        return terms  # no word asked besides the vote's (people, places): the vote is the topic
    return [
        replace(t, weight=t.weight * ROLE_PHRASE_WEIGHT) if i in contests else t
        for i, t in enumerate(terms)
    ]


def _of_an_office(word: str, stem: Callable[[str], str]) -> bool:
    """Whether a word names the vote of an office or an elected body: "Landratswahl",
    "Stadtratswahl", "Kreistagswahl" (a linking "s" dropped), not "Stichwahl"."""
    for end in VOTE_ENDS:
        head = word.removesuffix(end)
        if head != word:
            head = head.removesuffix("s")
            return head.endswith(election_day.BODY_ENDS) or stem(head) in lexicon.OFFICE_STEMS
    return False


def _compound_parts(
    index: CorpusIndex, word: str, stem: Callable[[str], str]
) -> tuple[str, str] | None:
    """A compound no article has, as two words they have ("landratswahl": "landrat",
    "wahl"; a linking "s" dropped); None if it does not split so."""
    for cut in range(len(word) - MIN_COMPOUND_PART, MIN_COMPOUND_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        for first in (head, head[:-1] if head.endswith("s") else None):
            if first and stem(first) in index.own and stem(tail) in index.own:
                return first, tail
    return None


def _stemmer(index: CorpusIndex) -> Callable[[str], str]:
    """The index's stems, with those of words it has not seen remembered for one question
    (several readings of a question stem the same words)."""
    memo = StemMemo()

    def stem(word: str) -> str:
        known = index.stems.get(word)
        return known if known is not None else memo.stem(word)

    return stem


MIN_OUTCOME_TYPO = 6  # "gewonen" for "gewonnen"; a shorter word is one letter off too many
OUTCOME_WORDS_IN_ORDER = tuple(sorted(lexicon.OUTCOME_WORDS))  # (the first close one is taken)


# Question words as chat German types them, a doubled letter dropped ("wan ist die wahl").
CHAT_QUESTION_WORDS = {"wan": "wann"}


def _as_meant(index: CorpusIndex, word: str) -> str:
    """A word no article has as the reader meant it: a question word as chat types it
    (`CHAT_QUESTION_WORDS`), or one letter off a word of winning or losing ("gewonen",
    "verlohren"): "wer hat in X gewonen" asks who won there. A word one letter off two forms
    of one side ("verlorn": "verlor", "verloren") is that side's first."""
    if word in CHAT_QUESTION_WORDS and word not in index.stems:
        return CHAT_QUESTION_WORDS[word]
    if len(word) < MIN_OUTCOME_TYPO or word in index.stems or word in lexicon.OUTCOME_WORDS:
        return word
    close = [w for w in OUTCOME_WORDS_IN_ORDER if OSA.distance(word, w, score_cutoff=1) <= 1]
    sides = {stem_word(w) in lexicon.WIN_STEMS for w in close}
    return close[0] if len(sides) == 1 else word


# "wird … wiederholt", "muss … wiederholt werden": a passive asks what is done to a thing.
PASSIVE_ASKED = frozenset("wird werden wurde worden".split())


def _done_to_a_thing(folded: list[str], people: Sequence[int]) -> bool:
    """Whether a question in the passive names nobody ("muss die Stichwahl wiederholt
    werden", "wird das Ergebnis bestätigt"): a verb that may report speech ("wiederholte er")
    then says what happens to the thing asked about, and is a word to find, not a wish for
    somebody's quotation. "Was wurde gesagt" still asks for words: plain saying is no act."""
    return not people and not PASSIVE_ASKED.isdisjoint(folded)


def _describes_person(folded: list[str], position: int, named: set[int]) -> bool:
    """Whether a word stands in an "als …" phrase right after a named person ("Seebauer als
    Oberbürgermeister"): it says in what role, not what about."""
    return position >= 2 and folded[position - 1] == "als" and (position - 2) in named


# Words after which a question names what somebody spoke about, not who spoke: "über",
# "zum", "zur", "about", "regarding" (folded).
ABOUT_WORDS = frozenset("uber zum zur about regarding".split())


def _speakers_asked(
    folded: list[str], named: Sequence[tuple[str, tuple[int, ...]]]
) -> tuple[int, ...]:
    """The people a question asks the words of ("was sagte X über Y", "what did X say about
    Y": X; "what did X say": X): those named before "über"/"about", or all named if it has
    none; none if nobody is named before it ("what was said about X")."""
    about = next((i for i, w in enumerate(folded) if w in ABOUT_WORDS), len(folded))
    result: list[int] = []
    for typed, group in named:
        first = typed.split()
        starts = (i for i in range(len(folded)) if folded[i : i + len(first)] == first)
        if next(starts, len(folded)) < about:
            result.extend(group)
    return tuple(result)


def _boost(question: Question, code: int, speaker_asked: bool) -> float:
    """How much more (or less) a unit of this class (`index.class_code`) answers the question;
    `speaker_asked`: it is said by one of the people asked about. With `speaker_asked` true
    for every class, it bounds what a group of units can get."""
    factor = 1.0
    if question.kind in CUE_BITS:
        # (an article's own question is judged by its answer below: `_asked_factor`)
        if code & (CUE_BITS[question.kind] | CLASS_ASKS):
            factor *= CUE_MATCH
        elif question.strict and question.kind in STATED_KINDS:
            return 0.0  # "wann" is not answered by a sentence without any time
        else:
            factor *= REASON_MISS if question.kind == lexicon.REASON else CUE_MISS
    speech = is_speech(code)
    if question.wants_quote and speech:
        factor *= SPEECH_MATCH
    if question.outcome and speech:  # somebody's words are not the report of who won
        factor *= NAMELESS_OUTCOME
    if speaker_asked and question.kind not in STATED_KINDS:  # "wann kam X": not X's words
        factor *= SPEAKER_MATCH
    if code & CLASS_ASKS:
        if question.outcome:  # "Was, wenn sie verliert?" says nothing of who did
            return 0.0
        if question.kind not in CUE_BITS:
            factor *= ASKED_IN_TEXT
    return factor


def _by_another(index: CorpusIndex, unit: int, people: Sequence[int]) -> bool:
    """Whether a unit is somebody else's words than those of the people asked about: a known
    speaker, or one the text describes ("der „Kurier“ schreibt: „X hat am Wahlabend …“");
    asked what X said, those come after X's own (a quotation nobody is given may be X's)."""
    columns = index.columns
    if not is_speech(index.classes[unit]) or columns.speaker[unit] in people:
        return False
    if columns.speaker[unit] != NO_ENTRY:
        return True
    described = columns.described[unit]
    if described == NO_ENTRY:
        return False
    # "Der Landrat räumte ein, …" may be the Landrat asked about, described by a role; a
    # paper ("der „Kurier“") is nobody asked about
    return not any(is_role_noun(word) for word in WORD_RE.findall(columns.labels[described]))


def _asked_factor(index: CorpusIndex, question: Question, unit: int) -> float:
    """For a line the article asks itself ("Wann tritt X ihr Amt an?", "Warum hat X
    verloren?"), of a question asking a kind of answer: 1 if it asks that kind too and the
    line below answers it (its reporter's reasons, "Am 1. Februar."; shown in its place by
    `answers_for_questions`), else what a line without that kind gets (`_boost` counted it
    as matched). "Wer ist X?" above "kennt die Stadt seit seiner Kindheit" says no "wie
    lange". A question that itself states that kind ("wie viele Stunden haben Sie
    geschlafen?", "Wer ist die 41-Jährige, die …?") is as likely an answer as before: its
    own kind of line, a little less for asking."""
    if index.classes[unit] & CUE_BITS[question.kind]:
        return ASKED_IN_TEXT
    below = answer_below(index, unit)
    if below is not None:
        own_kind = lexicon.question_kind(words(index.columns.text(unit)))[0]
        if own_kind == question.kind and not (
            question.when and question.strict and not _says_when(index, below)
        ):
            return 1.0
    if question.strict and question.kind in STATED_KINDS:
        return 0.0
    miss = REASON_MISS if question.kind == lexicon.REASON else CUE_MISS
    return miss / CUE_MATCH * ASKED_IN_TEXT


def _answers(ctx: Context, question: Question, comments: bool) -> Iterator[Scored]:
    """Units that answer, as (score, unit), best first: all named people and parties involved,
    enough of the question covered; from reader comments only if `comments`.

    Lazy: only parts of the candidates that could still beat what was found are gathered,
    split and scored (see `narrowing`), so a caller that takes the first few pays for little
    more.
    """
    wanted = CLASS_COMMENT if comments else 0

    def boost(code: int, speaker_asked: bool) -> float:
        return _boost(question, code, speaker_asked) if code & CLASS_COMMENT == wanted else 0.0

    about = None if question.topic is None else _Around(ctx.index, question)
    owned = _OfAnother(ctx.index, question) if question.measure else None

    aged = _aged_nouns(ctx.index, question)
    labels = [fold(t.label) for t in question.terms]  # places a district's lead may be at
    roles = _role_forms(question.identity)
    # … or the question's word itself, a synonym or its English original ("elected")
    role_terms = [t for t in question.terms if stem_word(fold(t.label)) in question.identity]
    named_role = {u for t in role_terms for ids, sim in t.own if sim >= SYNONYM for u in ids}

    says_when = question.when and question.strict
    asked_about = what_is_asked(question) if says_when else []

    people = question.speakers or question.people  # "was sagte X über Y": X's words
    others_words = question.wants_quote and bool(people)

    def looked_at(unit: int) -> float:
        # "was sagte X am Wahlabend": a paper's words on X come after X's own
        factor = OTHERS_WORDS if others_words and _by_another(ctx.index, unit, people) else 1.0
        if not (ctx.index.classes[unit] & CLASS_ASKS and question.kind in CUE_BITS):
            return factor * looked_below(unit, unit)
        # the article's own question: what it says, judged by the answer below it (unless it
        # states the kind asked itself)
        factor *= _asked_factor(ctx.index, question, unit)
        below = answer_below(ctx.index, unit)
        stated = ctx.index.classes[unit] & CUE_BITS[question.kind]
        shown = unit if below is None or stated else below
        return factor and factor * looked_below(unit, shown)

    def looked_below(unit: int, shown: int) -> float:
        if says_when and not _says_when(ctx.index, shown):
            return 0.0  # "nach sechzehn Jahren" says how long, not when
        if says_when and asked_about and not _has_any(ctx.index, unit, asked_about):
            return 0.0  # "Ihre Tochter lebt heute in Hannover": another time of X's
        if (
            question.measure
            and shown not in question.tabled
            and not states_measure(
                ctx, shown, question.measure, bool(question.people), question.margin
            )
        ):
            return 0.0
        if aged and _age_of_another(ctx.index, unit, aged):
            return 0.0  # "wie alt sind die Täter": "ein 58-jähriger Zeuge" is not their age
        if owned is not None and owned.of_another(unit):
            return 0.0
        if question.place_paragraphs and unit not in question.place_paragraphs:
            return 0.0  # another town's number or news, in a report of several towns
        if question.identity and not _names_another(ctx.index, unit, question):
            return 0.0  # "Ein Sprecher der Stadt teilte mit": nobody's name
        if roles and unit not in named_role and not _has_role(ctx.index, unit, roles):
            return 0.0  # "haderte mit der Schiedsrichterleistung": nobody is the referee
        if question.party and not _names_party(ctx.index, unit, question.people):
            return 0.0
        if about is not None and not about.has(unit):
            return 0.0
        speech = is_speech(ctx.index.classes[unit])
        if question.speakers and ctx.index.columns.speaker[unit] not in (
            NO_ENTRY,
            *question.speakers,
        ):
            return 0.0  # "what did X say": Y's words, though they name X
        if question.beaten and (
            speech
            or not _reports_about(ctx.index, unit, question.beaten)
            or not _gives_result(ctx.index, unit)
        ):
            return 0.0  # "gegen wen hat X gewonnen": the report of the rival's result
        if question.outcome and _no_outcome(ctx.index, unit):
            return 0.0
        if (
            question.outcome
            and question.yes_no
            and question.people
            and not _about_them(ctx.index, unit, question)
        ):
            return 0.0  # "wurde X wiedergewählt": another town's winner, in a report of several
        if question.new_office and _another_office(ctx.index, unit, question.new_office):
            return 0.0  # "X gewinnt die Landratswahl": no answer to who is the new mayor
        if (
            question.outcome
            and not speech
            and unit not in question.place_paragraphs
            and _part_won(ctx.index, unit)
        ):
            return 0.0  # "X gewann den Stadtteil": a win there, not of the town's election
        if (
            question.outcome
            and not speech
            and not names_outcome(ctx, unit)
            and not _leads_at_place(ctx.index, unit, labels)
        ):
            # "Gewählt wird erst am Sonntag" names nobody who won; "Kapitän X setzte sich über
            # links durch" names somebody, but no win
            return 0.0
        if (
            question.outcome
            and question.scope.places
            and speech
            and not _at_the_place(ctx.index, unit, question)
        ):
            return 0.0  # somebody's words on another election, in an article on several
        if question.of_outcome and not speech and question.scope.places:
            winner = named_outcome(ctx.index, unit, question.lost)
            if winner is None and question.outcome and not _at_the_place(ctx.index, unit, question):
                return 0.0  # "Die neue Landrätin …" in a column that names the town elsewhere
            if not of_the_place(unit, winner):
                return 0.0  # another town's winner, in a report of several towns
        if question.measure and not question.scope.places and _district_row(ctx.index, unit):
            return PART_ROW_FACTOR  # "Lindenhof: X 61,7 % | Y 24,8 %" is one district's share
        return 1.0

    placed: dict[tuple[int, int | None], bool] = {}  # (article, winner) → of the place?

    def of_the_place(unit: int, winner: int | None) -> bool:
        key = (ctx.index.columns.article[unit], winner)
        if key not in placed:
            placed[key] = _of_the_place(ctx.index, unit, winner, question)
        return placed[key]

    placed_outcome = question.of_outcome and bool(question.scope.places)

    weighing = Weighing(
        boost,
        mask=CLASS_COMMENT | CLASS_ASKS | 3 | CUE_BITS.get(question.kind, 0),
        plain=KIND_CODES[PASSAGE] | wanted,
        speakers=frozenset(question.speakers or question.people),
        unit_factor=(
            looked_at
            if question.kind in CUE_BITS
            or others_words
            or says_when
            or question.speakers
            or question.outcome
            or question.measure
            or about
            or placed_outcome
            or question.identity
            or question.party
            or question.place_paragraphs
            or question.beaten
            else None
        ),
    )
    narrowing = Narrowing(
        ctx.index, question.terms, weighing, MIN_COVERAGE, CONTEXT_FACTOR, CONTEXT_FACTOR
    )
    yield from narrowing.ranked()


def _role_forms(identity: frozenset[str]) -> tuple[str, ...]:
    """ "Wer war der Schiedsrichter": the stems that name the role asked about, with their
    synonyms ("Chef" is "Leiter"); none for an office, a rival or a win, which a report of who
    won says in other words ("setzte sich gegen X durch")."""
    said_otherwise = lexicon.OFFICE_STEMS | lexicon.OPPONENT_STEMS | lexicon.OUTCOME_STEMS
    if not identity or not identity.isdisjoint(said_otherwise):
        return ()
    synonyms = (lexicon.SYNONYMS.get(stem, frozenset()) for stem in identity)
    return tuple(sorted(identity.union(*synonyms)))


def _has_role(index: CorpusIndex, unit: int, roles: tuple[str, ...]) -> bool:
    """Whether a unit names the role as a person's: the word itself or a compound ending in it
    ("Klinikgeschäftsführer"), not one that merely starts with it ("Schiedsrichterleistung")."""
    return any(index.stem(w).endswith(roles) for w in words(index.columns.text(unit)))


def _aged_nouns(index: CorpusIndex, question: Question) -> frozenset[str]:
    """ "Wie alt sind die Täter": the stems of what a question asks the age of, when that is
    no person it names, or a relative of one ("wie alt ist der Vater von X": not "die
    41-jährige Juristin X"); empty: it asks no age, or a person's."""
    if AGE_STEM not in question.measure:
        return frozenset()
    asked = [t for t in question.terms if not t.required and t.label != SEMANTIC_LABEL]
    if question.people:
        asked = [t for t in asked if any(fold(t.label) in kin for kin in RELATIVES)]
    return frozenset(index.stem(fold(t.label)) for t in asked)


def _age_of_another(index: CorpusIndex, unit: int, aged: frozenset[str]) -> bool:
    """Whether every age a unit gives with a noun ("ein 58-jähriger Goldschmied") is that of
    something other than what was asked (a compound of it counts as it: "Pflegerin" in
    "Pflegedienstleiterin")."""
    nouns = [index.stem(fold(n)) for n in AGE_OF_NOUN_RE.findall(index.columns.text(unit))]
    return bool(nouns) and not any(a in n or n in a for n in nouns for a in aged)


def _names_another(index: CorpusIndex, unit: int, question: Question) -> bool:
    """Whether a unit names somebody besides the people asked about, or the role asked about
    as somebody already named ("Der Amtsinhaber dankte …"; not "Ein Sprecher der Stadt teilte
    mit"). Of a surname several people share, the one it names with the first name beside
    the role is somebody else ("Ilona X, seine Schwester und Wahlkampfleiterin")."""
    tokens = words(index.columns.text(unit))
    named = index.people.named_in(tokens)
    if not named <= set(question.people):
        return True
    stems = [index.stem(token) for token in tokens]
    if question.identity.isdisjoint(stems):
        return False
    entries = index.people.entries
    if any(fold(entries[p].name.split()[0]) in tokens for p in named - set(question.known)):
        return True
    # "Der AfD-Bewerber" is somebody unnamed: a party says whose candidate, not who
    return any(
        stem in question.identity and [before] in DEFINITE and not index.people.party_named(word)
        for before, word, stem in zip(tokens, tokens[1:], stems[1:], strict=False)
    )


def _names_party(index: CorpusIndex, unit: int, people: tuple[int, ...]) -> bool:
    """Whether a unit names one of the people asked about and the party the articles give
    them (none known: the articles do not say it)."""
    text = index.columns.text(unit)
    named = index.people.named_in(words(text)) & set(people)
    parties = {party for p in named if (party := index.people.entries[p].party) is not None}
    stated = {party for pattern, party in PARTY_PATTERNS if pattern.search(text)}
    no_party = any(NO_PARTY_RE.match(party) for party in parties)
    return not parties.isdisjoint(stated) or (no_party and NO_PARTY_RE.search(text) is not None)


PRONOUN_GENDER = {"Er": "m", "Sie": "f"}  # a sentence's subject, recapping a person

# The clauses of a line, each a figure's own: "X kam auf 40,9 Prozent, Y auf 6,7 Prozent".
CLAUSE_SPLIT_RE = re.compile(r",\s|[;:|–]|\s-\s|\bund\b")
# Words after which a name is the rival, not who has the figure: "gegen Amtsinhaber Kurt X",
# "vor X", "über X" (a few words on, past a role and a first name).
RIVAL_BEFORE = frozenset("gegen vor über ueber against ahead".split())
RIVAL_WITHIN = 3
SHARE_NEXT_TO = 1  # "X 48 %", "X (48 %)": the share right after a name is theirs


def _share_owners(index: CorpusIndex, text: str) -> set[int]:
    """Whose shares a line gives: for each share, the person named right before it ("Y (52 %)
    gewann vor X (48 %)"), else the one named last before it in its clause ("Y setzte sich
    mit 52,4 Prozent gegen X durch" is Y's), else first after it ("Mit 52,4 Prozent setzte
    sich Y durch"), never one named as the rival ("gegen X", "vor X"). Nobody if a share's
    owner is not in its clause ("…, die 42,8 Prozent erreichte"): then the line may be X's."""
    owners: set[int] = set()
    for clause in CLAUSE_SPLIT_RE.split(text):
        shares = [m.start() for m in SHARE_RE.finditer(clause)]
        if not shares:
            continue
        named: list[tuple[int, int, set[int], bool]] = []  # (word, where, whom, a rival's)
        tokens = list(WORD_RE.finditer(clause))
        for i, token in enumerate(tokens):
            people = index.people.named_in([fold(token.group())])
            before = {fold(t.group()) for t in tokens[max(0, i - RIVAL_WITHIN) : i]}
            if people:
                named.append((i, token.start(), people, not before.isdisjoint(RIVAL_BEFORE)))
        for share in shares:
            words_before = sum(1 for t in tokens if t.start() < share)
            earlier = [(i, people, rival) for i, where, people, rival in named if where < share]
            if earlier and words_before - earlier[-1][0] <= SHARE_NEXT_TO:
                owners |= earlier[-1][1]  # "X (48 %)", "X: 48 Prozent"
                continue
            mine = [people for _, people, rival in earlier if not rival]
            later = [people for _, where, people, rival in named if where > share and not rival]
            if not mine and not later:
                return set()  # "…, die 42,8 Prozent erreichte": whose, the clause does not say
            owners |= mine[-1] if mine else later[0]
    return owners


class _OfAnother:
    """ "Wie alt ist X", "wie viele Stimmen hatte X": "Ys 26.412 Stimmen" is the count of
    whoever it names, so a unit that names somebody else and not X is about them (unless X
    was asked about by a role, "die CDU-Kandidatin", which may name her by it alone). An age
    is X's only where it stands after X's name ("X, 46,") or recaps the person named last
    before it ("X umarmte ihre Tochter. … sagte die 46-Jährige"); "ein 58-jähriger
    Goldschmied" is somebody new, and a line naming X elsewhere does not make it X's."""

    def __init__(self, index: CorpusIndex, question: Question | None = None) -> None:
        """Without a question: only to tell whom a recap stands for (`recapping`)."""
        self.index = index
        people = question.people if question else ()
        self.people = frozenset(people)
        self.own = set(chain.from_iterable(index.person_own[p] for p in people))
        self.by_name = bool(question and question.by_name) and len(people) == len(self.people)
        self.age = question is not None and AGE_STEM in question.measure
        if question and not self.age:  # "mit wie viel Prozent hat X gewonnen"
            self.own.update(chain.from_iterable(self.recapping(p) for p in people))

    def of_another(self, unit: int) -> bool:
        if self.age and self.people:
            return not self._their_age(unit)
        if not self.people:
            return False
        columns = self.index.columns
        named = self.index.people.named_in(words(columns.text(unit))) if self.by_name else set()
        if not named.isdisjoint(self.people):
            # "Y setzte sich mit 52,4 Prozent gegen X durch": Y's share, though X is named
            owners = _share_owners(self.index, columns.text(unit))
            return bool(owners) and owners.isdisjoint(self.people)
        if unit in self.own:
            return False
        if named and self._pronoun_of_asked(unit):
            return False  # "X bleibt. Er holte 71,2 Prozent und ließ Y mit 28,8 hinter sich"
        if named:
            return named.isdisjoint(self.people)  # names people, none of them asked about
        return False

    def _pronoun_of_asked(self, unit: int) -> bool:
        """Whether a sentence opens with "Er" or "Sie" for one of the people asked, whom its
        paragraph named before it, of that gender: the figure after it is theirs."""
        columns = self.index.columns
        opener = PRONOUN_GENDER.get(columns.text(unit).split(" ", 1)[0])
        if opener is None:
            return False
        before = columns.block_text[columns.block[unit]][: columns.start[unit]]
        named = self.index.people.named_in(words(before))
        return any(p in named and self._gender(p) in (opener, None) for p in self.people)

    def _their_age(self, unit: int) -> bool:
        """Whether an age the unit gives belongs to one of the people asked about."""
        text = self.index.columns.text(unit)
        # the last word of the name: "Gülsen Aydoğan, 71" is not Emine Aydoğan-Bußmann's age
        names = {surname_key(self.index.people.entries[p].key) for p in self.people}
        article = self.index.columns.article[unit]
        for m in AGE_AFTER_NAME_RE.finditer(text):
            # "Zofia Kowalski, 24," is not Piotr Kowalski's age: a shared surname goes to
            # whoever's first name stands before it
            if fold(m.group(1)) in names and not self._of_others(text[: m.end(1)], article):
                return True
        if BOX_AGE_RE.match(text):  # "Alter: 44 Jahre" in X's fact box
            return not self.people.isdisjoint(
                honest.boxed(self.index, self.index.columns.block[unit])
            )
        for found in split_sentences(text):
            sentence = found.text
            if YEARS_OLD_RE.search(sentence):
                owners = self._all_named(sentence, article)
                pronoun = PRONOUN_AGE_RE.match(sentence)
                if not owners and pronoun is not None:
                    # "Albrecht wird am 1. Juni vereidigt. Sie ist 41 Jahre alt": the person
                    # of that gender named last before it
                    said = "f" if pronoun.group(1) == "Sie" else "m"
                    owners = self._recapped(unit, text[: found.start], said)
                if len(owners) == 1 and not owners.isdisjoint(self.people):
                    return True
        for match in AGE_RECAP_RE.finditer(text):
            before = match.group(1)
            if before is not None and fold(before) in INDEFINITE_ARTICLES:
                continue  # "ein 58-jähriger Goldschmied": somebody not named yet
            ahead = WORD_RE.findall(text[match.end() :])[:AGE_NAME_AHEAD]
            if any(fold(token) in names for token in ahead if token[0].isupper()):
                # "die 46-jährige Juristin Verena X", not "die 83-jährige Halina X" of a family
                if not self._of_others(" ".join(ahead), article, last=False):
                    return True
                continue
            owners = self._named(" ".join(ahead), article, last=False)
            if not owners:
                gender = RECAP_GENDER.get((fold(before or ""), match.group(2) or ""))
                owners = self._recapped(unit, text[: match.start()], gender)
            if len(owners) == 1 and not owners.isdisjoint(self.people):
                return True
        return False

    def recapping(self, person: int) -> list[int]:
        """The units of the person's articles that recap them and them alone ("die 46-jährige
        Juristin" after "Verena Beispiel wird Bürgermeisterin"): they are about the person,
        though they do not name them."""
        columns = self.index.columns
        own = set(self.index.person_own[person])
        found = []
        for units in article_units(self.index, frozenset(columns.article[u] for u in own)):
            for unit in units:
                if unit in own:
                    continue
                text = columns.text(unit)
                for match in AGE_RECAP_RE.finditer(text):
                    before = match.group(1)
                    if before is None or fold(before) in INDEFINITE_ARTICLES:
                        continue  # "ein 58-jähriger Goldschmied": somebody new
                    gender = RECAP_GENDER.get((fold(before), match.group(2) or ""))
                    if gender is None or self._gender(person) != gender:
                        continue  # "der 46-jährigen Juristin" may be anyone's; so may a noun
                    ahead = WORD_RE.findall(text[match.end() :])[:AGE_NAME_AHEAD]
                    article = columns.article[unit]
                    owners = self._named(" ".join(ahead), article, last=False)
                    owners = owners or self._recapped(unit, text[: match.start()], gender)
                    if owners == {person}:
                        found.append(unit)
                        break
        return found

    def _of_others(self, text: str, article: int, last: bool = True) -> bool:
        """Whether the name of a text stands for people, none of them asked about."""
        owners = self._named(text, article, last)
        return bool(owners) and owners.isdisjoint(self.people)

    def _named(self, text: str, article: int, last: bool = True) -> set[int]:
        """The people of an article the last (or first) capitalised name of a text stands
        for; of a surname several of them share, whoever's first name stands before it."""
        by_word = self.index.people.by_word
        entries = self.index.people.entries
        here = self.index.articles[article].id
        tokens = WORD_RE.findall(text)
        places = range(len(tokens) - 1, -1, -1) if last else range(len(tokens))
        for i in places:
            token = tokens[i]
            if not token[0].isupper():
                continue  # "kurz vor Mitternacht": a surname elsewhere, not here
            word = fold(token)
            owners = by_word.get(word) or by_word.get(word[:-1] if word.endswith("s") else "")
            mine = {p for p in owners or () if here in entries[p].articles}
            if len(mine) > 1:  # "Hermann-Josef Kötter" and "Maria Kötter"
                before = {fold(t) for t in tokens[max(0, i - 2) : i]}
                mine = {p for p in mine if before & set(entries[p].key.split()[:-1])} or mine
            if mine:
                return mine
        return set()

    def _recapped(self, unit: int, before: str, gender: str | None) -> set[int]:
        """Whom a recap ("sagte der 61-Jährige") stands for: the people of its gender named in
        the last sentence before it that names any (several: it is unsure)."""
        columns = self.index.columns
        block = columns.block[unit]
        article = columns.block_article[block]
        text = columns.block_text[block][: columns.start[unit]] + " " + before
        for back in range(AGE_LOOK_BACK + 1):
            if back:
                block -= 1
                if block < 0 or columns.block_article[block] != article:
                    break
                text = columns.block_text[block]
            for sentence in reversed([s.text for s in split_sentences(text)]):
                named = self._all_named(sentence, article)
                fitting = {p for p in named if gender is None or self._gender(p) in (gender, None)}
                if fitting:  # "die 44-Jährige" passes over the men named after her
                    return fitting
        return set()

    def _all_named(self, sentence: str, article: int) -> set[int]:
        """The people of an article a sentence names."""
        tokens = WORD_RE.findall(sentence)
        found: set[int] = set()
        for i, token in enumerate(tokens):
            if token[0].isupper():
                found |= self._named(" ".join(tokens[max(0, i - 2) : i + 1]), article)
        return found

    def _gender(self, person: int) -> str | None:
        # ("Finn-Ole": the first part of a double first name tells it)
        first = self.index.people.entries[person].name.split()[0].split("-")[0]
        return first_name_gender(first)


class _Around:
    """Whether a unit speaks of a question's topic (`Question.topic`): has its word in its own
    text or around it, is close in meaning, or (for "warum") gives a reason; the sets are
    built once per question. "Warum hat X verloren" asks for a reason of a result: a line
    that only reports it ("Bruchhausen: X 44,6 %", "X verlässt das Rathaus") beside the word
    gives none, nor does a report of what X did after ("sprach von einem bitteren Abend"); a
    line that gives one ("weil", "lag an ihm") or somebody's own words on it do. The word's
    sets are those every question asking it shares (`term_units`): a common word's are tens of
    thousands of units, too many to gather and free for each question."""

    def __init__(self, index: CorpusIndex, question: Question) -> None:
        assert question.topic is not None
        term = question.terms[question.topic]
        meaning = [t for t in question.terms if t.label == SEMANTIC_LABEL]
        self.index = index
        owns = [term_units(index, t).own for t in (term, *meaning)]
        self.own = owns[0] if len(owns) == 1 else set().union(*owns)
        # Who holds a role is said where the role is ("Der Vorsitzende Richter, X"), not
        # around it: a paragraph names many people.
        self.blocks = frozenset() if question.identity else term_units(index, term).blocks
        self.reason = CUE_BITS[lexicon.REASON] if question.kind == lexicon.REASON else 0
        self.people = question.people
        self.of_result = bool(self.reason) and stem_word(fold(term.label)) in (
            lexicon.OUTCOME_STEMS
        )

    def has(self, unit: int) -> bool:
        code = self.index.classes[unit]
        if self.of_result:
            if self.people and not any(honest.reason_of(self.index, unit, p) for p in self.people):
                return False
            if code & self.reason or self._asks_why(unit):
                return True
            if self.people and not self._own_words(unit):
                return False  # X's own words may say why, where the loss is spoken of
            if not self.people and KIND_OF_CODE[code & 3] != DIRECT:
                return False
        if unit in self.own or code & self.reason:
            return True
        return not self.blocks.isdisjoint(self.index.around[self.index.columns.block[unit]])

    def _asks_why(self, unit: int) -> bool:
        """Whether a unit is the article's own "Warum hat X verloren?": the reporter's reasons
        follow it, and `answers_for_questions` shows them in its place."""
        if not self.index.classes[unit] & CLASS_ASKS:
            return False
        asked = words(self.index.columns.text(unit))
        return lexicon.question_kind(asked)[0] == lexicon.REASON

    def _own_words(self, unit: int) -> bool:
        """Whether a unit is a statement of one of the people asked ("Wir haben die Dörfer
        unterschätzt", "Sie habe die Stimmung unterschätzt"), not a phrase cited from them
        ("sprach von einem „bitteren Abend“")."""
        columns = self.index.columns
        return (
            is_speech(self.index.classes[unit])
            and columns.speaker[unit] in self.people
            and len(WORD_RE.findall(columns.text(unit))) >= STATEMENT_WORDS
        )


def _followers(first: tuple[float, int], rest: Iterator[tuple[float, int]]) -> Iterator[int]:
    """The best answer, then those scoring at least `FOLLOWERS_SHARE` of it, best first.

    Lazy, so that `distinct` stops the ranking once it has its excerpts. The answers come best
    first by their score rounded to 6 places: once that rounded score is below the rounded
    threshold, no later answer can reach the threshold, and nothing more need be scored."""
    best = first[0]
    threshold = FOLLOWERS_SHARE * best
    yield first[1]
    for score, unit in rest:
        if round(score, 6) < round(threshold, 6):
            return
        if score >= threshold:
            yield unit


def ask(ctx: Context, argument: str) -> Reply:
    """`ask <question>`: the best one to three sourced excerpts, or "the articles do not say"
    (with the nearest passage, labelled as not answering, when there is one); in the
    question's language."""
    text = english.spelled_signs(argument.strip())
    if not text:
        return ctx.needs_argument("ask")
    folded = [_as_meant(ctx.index, word) for word in words(text)]
    asked = in_language(ctx, folded)
    reply = _answer(asked, text, folded)
    return reply if asked is ctx else replace(reply, language=asked.language)


def _answer(ctx: Context, text: str, folded: list[str]) -> Reply:
    reply = small_talk(ctx, folded) or about_articles(ctx, folded)
    if reply is not None:
        return reply
    echo = one_line(text, ECHO_LIMIT)
    title = ctx.say("title_answer", question=echo)
    question = read_question(ctx, text, ctx.similar(text) if ctx.similar else None)
    example = EXAMPLES.get(ctx.language, EXAMPLES["de"])
    if question.scope.unknown is not None:
        note = ctx.say("answer_place_unknown", place=_as_typed(text, question.scope.unknown))
        return ctx.not_found("ask", note, title=title)
    if question.unknown_name is not None:
        return _nobody_called(ctx, text, question.unknown_name, title)
    writer = _writer_asked(ctx.index, question)
    if writer is not None:  # "wer ist X", "was hat X geschrieben": X wrote, the articles say
        return replace(who(ctx, writer), command="ask")
    if not question.terms:
        return Reply(USAGE, title, ctx.say("question_empty", example=example), command="ask")
    words_asked = [t for t in question.terms if t.label != SEMANTIC_LABEL]
    if question.kind == lexicon.PERSON and question.people and len(words_asked) == 1:
        # "Wer ist Seebauer?" asks who somebody is: that is what `who` answers (for a name
        # several people share, it lists them all).
        return _who_reply(ctx, question)
    if _asks_known_party(ctx, question, words_asked):
        # "In welcher Partei ist X", "Ist X in der SPD?": the party the articles give X, as
        # `who` shows it, with the line that gives it
        return _party_reply(ctx, question)
    voted = [fold(t.label) for t in words_asked if not t.where]
    if not question.people and election_day.asks_election_day(folded, voted):
        return election_day.answer(ctx, question.scope.articles, voted, title)
    if (
        not question.people
        and not question.scope.places  # "wo wurde in X gewählt": where in X, not X
        and vote_place.asks_vote_place(question.kind, voted)
    ):
        reply = vote_place.answer(ctx, question.scope.articles, voted, title)
        if reply is not None:
            return reply
    if _asks_news(question, words_asked):
        return ctx.ok(
            "ask",
            title,
            ctx.say("answer_found"),
            excerpts=ctx.excerpts(_leads(ctx.index, question)),
        )
    if question.kind == lexicon.REASON and len(question.people) == 1:
        # "warum hat X verloren" when the articles say X won: the premise, not a reason
        taken = premises.asked_outcome(ctx.index, folded)
        if taken is not None:
            subject = question.people[0]
            premise = premises.false_outcome(ctx, subject, taken, title, town_outcome)
            if premise is not None:
                return premise
    # Only the best few are shown: the rest of the candidates is never scored.
    ranked = _answers(ctx, question, comments=False)
    decision = premises.asked_decision(folded) if question.kind == lexicon.REASON else None
    if decision is not None:  # "warum hat der Rat X abgelehnt" when it passed
        best = list(islice(ranked, premises.DECISION_LINES))
        premise = premises.false_decision(ctx, *decision, [unit for _, unit in best], title)
        if premise is not None:
            return premise
        ranked = chain(best, ranked)  # the same ranking goes on, not a second one
    places = _asked_place(ctx.index, question)
    need = honest.needs(question.kind, folded, places, ctx.index, question.people)
    if question.beaten:  # the line of whom X beat, found by name, sets them against X
        need = replace(need, rival=False)
    if question.job:  # "was ist X von Beruf": a line that gives somebody a job
        jobs = [_jobs(ctx.index, person) for person in question.people]
        need = replace(need, job=frozenset(u for j in jobs for u in (*j.named, *j.recaps)))
    answers = _kept(ctx.index, need, question, islice(ranked, MAX_CANDIDATES))
    first = next(answers, None)
    if first is None:
        return _runoff_reply(ctx, question, folded, title) or _not_answered(ctx, question, title)
    chosen = distinct(ctx.index, _followers(first, answers), MAX_ANSWERS)
    if question.outcome and not any(_tells_a_result(ctx.index, u) for u in chosen):
        return _not_answered(ctx, question, title)  # "Narrenverein Weststadt …": no result
    if question.outcome and not question.lost and not question.scope.places:
        partial = _partial_wins(ctx.index, chosen)
        chosen = [u for u in chosen if u not in partial]
    # "Wer hat gewonnen", "wer hat verloren": a moderator's turn "Frau X, Sie haben gewonnen.
    # Wie fühlt sich das an?" says the result itself, and stands before the answer below it
    # (her reply would answer "who lost" with the winner's words); any other line asking a
    # question gives way to its answer.
    stating = (
        frozenset(u for u in chosen if _in_turn(ctx.index, u) and _states_result(ctx.index, u))
        if question.outcome and question.kind == lexicon.PERSON and not question.people
        else frozenset()
    )
    chosen = answers_for_questions(ctx.index, chosen, keep=stating)
    chosen = letters_for_signatures(ctx.index, chosen)
    person = (
        ctx.index.people.entries[question.people[0]].name if len(question.people) == 1 else None
    )
    named = None
    several: list[int] = []  # different winners (losers) the lines name, none asked by place
    # "wer hat im Hafen gewonnen": a line saying who led there ("Hafen: X 58,7 Prozent") comes
    # before any naming a winner of a whole town, and the bot names nobody itself
    asked_places = [fold(place) for place in question.scope.places]
    forms = sorted(question.place_forms)
    leading_there = [
        u
        for u in chosen
        if asked_places
        and _leads_at_place(ctx.index, u, asked_places)
        # (not "Rheinberg-Mitte: X 51,2 %" in Rheinberg's own report, asked who won Rheinberg)
        and not about_place(ctx.index, forms, ctx.index.columns.article[u])
    ]
    if question.outcome and not question.lost and leading_there:
        chosen = [*leading_there, *(u for u in chosen if u not in leading_there)]
    elif question.outcome:  # the sentence that names the winner first, if one of them does
        allowed = question.place_paragraphs
        winners = (
            (u, named_outcome(ctx.index, u, question.lost))
            for u in chosen
            if not allowed or u in allowed
        )
        naming = (
            (u, winner)
            for u, winner in winners
            if winner is not None and _of_the_place(ctx.index, u, winner, question)
        )
        # a line that names the winner by name before one that only describes them ("Der
        # 52-jährige Schreinermeister setzte sich … durch")
        found = sorted(naming, key=lambda pair: ctx.index.subjects.get(pair[0]) == pair[1])
        first_naming, named = found[0] if found else (None, None)
        if first_naming is not None:
            chosen = [first_naming, *(u for u in chosen if u != first_naming)]
        named_winners = list(dict.fromkeys(winner for _, winner in found))
        if len(named_winners) > 1:
            named = None  # the lines name different winners: the excerpts speak, not the bot
            if not question.people and not question.scope.places:
                several = named_winners  # each first with a line that names them
                leading = [next(u for u, w in found if w == winner) for winner in several]
                chosen = [*leading, *(u for u in chosen if u not in leading)]
        elif named is not None:  # under "X won", every line shown is about X
            chosen = [u for u in chosen if _speaks_of(ctx.index, u, named)]
        elif question.yes_no and (runoff := _runoff_reply(ctx, question, folded, title)):
            return runoff  # "hat X gewonnen": no line says so, one says X is in the runoff
    if several:
        # "wer hat gewonnen" over a night of several towns: the lines shown name different
        # winners, each below with the line that says so (the night may have more)
        names = ctx.join([ctx.index.people.entries[w].name for w in several])
        text = ctx.say(
            "answer_lost_several" if question.lost else "answer_won_several", names=names
        )
    elif named is None:
        text = ctx.say("answer_found")
    else:  # "wer hat gewonnen": the winner first, as the excerpt below names them
        name = ctx.index.people.entries[named].name
        text = ctx.say("answer_lost" if question.lost else "answer_won", name=name)
    return ctx.ok("ask", title, text, excerpts=ctx.excerpts(chosen), person=person)


SHARE_STEM = stem_word("prozent")
VOTES_STEM = stem_word("stimmen")


def kind_of(ctx: Context, argument: str) -> str:
    """What kind of question the reader takes `argument` for, as `ask` routes it ("won",
    "share", "why", "other" …): for counting which kinds the bot answers well, kind by kind."""
    text = english.spelled_signs(argument.strip())
    folded = [_as_meant(ctx.index, word) for word in words(text)]
    asked = in_language(ctx, folded)
    if small_talk(asked, folded) is not None:
        return "greeting"
    if about_articles(asked, folded) is not None:
        return "article"
    question = read_question(asked, text)
    words_asked = [t for t in question.terms if t.label != SEMANTIC_LABEL]
    voted = [fold(t.label) for t in words_asked if not t.where]
    if question.scope.unknown is not None or question.unknown_name is not None:
        return "unknown name"
    if _writer_asked(ctx.index, question) is not None:
        return "who is"
    if question.yes_no:
        return "yes/no"
    if question.wants_quote:
        return "quote by" if question.speakers else "said about"
    if question.kind == lexicon.PERSON and question.people and len(words_asked) == 1:
        return "who is"
    if question.party:
        return "party"
    if question.rank:
        return "second"
    if question.outcome:
        return "lost" if question.lost else "place won" if question.scope.places else "won"
    if question.kind == lexicon.TIME:
        if question.office_start:
            return "office start"
        return "when"
    if not question.people and election_day.asks_election_day(folded, voted):
        return "when"
    if question.kind == lexicon.REASON:
        return "why"
    if question.margin:
        return "margin"
    if question.kind == lexicon.NUMBER:
        stems = {stem_word(w) for w in folded}
        if not stems.isdisjoint(lexicon.TURNOUT_ASKED):
            return "turnout"
        if SHARE_STEM in question.measure:
            return "share"
        return "votes" if VOTES_STEM in question.measure else "number"
    if question.identity or question.job:
        return "role"
    if question.kind == lexicon.PLACE:
        return "where"
    return "who other" if question.kind == lexicon.PERSON else "other"


def _kept(
    index: CorpusIndex, need: honest.Needs, question: Question, answers: Iterator[Scored]
) -> Iterator[Scored]:
    """`honest.kept`, but "mit wie vielen Stimmen Vorsprung hat X gewonnen" is answered by a
    lead in X's winning article that does not name X ("Der Abstand betrug 9.400 Stimmen")."""
    if not question.margin or need.subject == NO_ENTRY:
        return honest.kept(index, need, answers)
    leads = frozenset(_leads_of_winner(index, need.subject))
    if not leads:
        return honest.kept(index, need, answers)
    unnamed = replace(need, subject=NO_ENTRY)
    return (
        scored
        for scored in answers
        for scored in honest.kept(index, unnamed if scored[1] in leads else need, [scored])
    )


def _asked_place(index: CorpusIndex, question: Question) -> dict[str, frozenset[str]]:
    """The places a question asks about (folded) with their index stems, for `honest.needs`;
    none when its place words may be the thing asked about (`Scope.bare`), nor a common noun
    read as a place ("in der Stadthalle"); none for who won, whose place `_of_the_place`
    tells by the winner ("Erste Zahlen aus X: Y liegt vorn" above "Y hat gewonnen"), but
    why somebody won in X needs a reason given for X."""
    if question.scope.bare or (question.of_outcome and question.kind != lexicon.REASON):
        return {}
    return {
        fold(place): frozenset(place_forms(index, place))
        for place in question.scope.places
        if not common_noun(index, index.stem(fold(place)))
    }


def _about_them(index: CorpusIndex, unit: int, question: Question) -> bool:
    """Whether a line speaks of one of the people a question names (`honest.speaks_of`: says
    it, names them, or refers back to them)."""
    return any(honest.speaks_of(index, unit, person) for person in question.people)


def _speaks_of(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line is by `person`, is about them or names them (a genitive too: "über Xs
    Sieg"); below "Verloren hat X" a line about the winner's party is no evidence."""
    if index.columns.speaker[unit] == person or index.subjects.get(unit) == person:
        return True  # (or opens it described: "Die 52-Jährige gewann die Stichwahl")
    folded = words(index.columns.text(unit))
    genitives = (w[:-1] for w in folded if w.endswith("s"))
    return person in index.people.mentioned_in([*folded, *genitives])


def _asks_known_party(ctx: Context, question: Question, words_asked: list[Term]) -> bool:
    """ "Welcher Partei gehört X an", asked of one person the articles give a party."""
    return (
        question.party
        and len(question.people) == 1
        and len(words_asked) == 1
        and ctx.index.people.entries[question.people[0]].party is not None
    )


def _who_reply(ctx: Context, question: Question) -> Reply:
    """What `who` shows of X, led by the line that gives X's age beside the name ("X (SPD),
    52, leitet …", "X ist 34 Jahre alt und arbeitet als …"), else the first that gives X's
    role ("Stadtkämmerin X"): it says who X is, where the first mention ("X liegt auf Platz
    zwei") need not."""
    reply = replace(who(ctx, question.terms[0].label), command="ask")
    if len(question.people) != 1:
        return reply
    person = question.people[0]
    index = ctx.index
    own = index.person_own[person]
    leading = (
        _ages_given(index, [person])
        or [u for u in own if _gives_their_age(index, u, person)]
        or [u for u in own if _gives_their_role(index, u, person)]
    )
    if not leading:
        return reply
    line = ctx.excerpts(leading[:1])
    place = (line[0].article, line[0].line)
    others = tuple(e for e in reply.excerpts if (e.article, e.line) != place)
    return replace(reply, excerpts=(*line, *others)[:MAX_ANSWERS])


def _gives_their_age(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line of a person's own gives their age: beside their name ("X ist 34 Jahre
    alt"), or naming nobody, in nobody's words, as a gallery's paragraph below "Die Siegerin:
    X" does ("Die 44-Jährige ist die erste Frau an der Spitze der Stadt")."""
    text = index.columns.text(unit)
    named = index.people.named_in(words(text))
    if person in named:
        return bool(AGE_IN_WORDS_RE.search(text))
    unsaid = not named and index.columns.speaker[unit] == NO_ENTRY
    return unsaid and bool(AGE_IN_WORDS_RE.search(text) or AGE_RECAP_RE.search(text))


def _gives_their_role(index: CorpusIndex, unit: int, person: int) -> bool:
    """Whether a line names a person beside a role the articles give them ("Schulleiter X"),
    in its own reporting, not in somebody's words."""
    if is_speech(index.classes[unit]):
        return False
    roles = {index.stem(fold(role.split()[-1])) for role in index.people.entries[person].roles}
    folded = words(index.columns.text(unit))
    return not roles.isdisjoint(index.stem(w) for w in folded) and person in (
        index.people.named_in(folded)
    )


def _party_reply(ctx: Context, question: Question) -> Reply:
    """What `who` shows of X (their party), led by the best line that names X with that party:
    the first mention ("X wird Landrätin") need not give it."""
    reply = replace(who(ctx, question.terms[0].label), command="ask")
    best = next(_answers(ctx, question, comments=False), None)
    if best is None:
        return reply
    line = ctx.excerpts([best[1]])
    place = (line[0].article, line[0].line)
    others = tuple(e for e in reply.excerpts if (e.article, e.line) != place)
    return replace(reply, excerpts=(*line, *others)[:MAX_ANSWERS])


def _asks_news(question: Question, words_asked: list[Term]) -> bool:
    """ "Was ist in X passiert?", "what happened in X", "was war in X": nothing asked but a
    place's news."""
    return (
        question.kind == lexicon.WHAT
        and bool(question.scope.places)  # every article may be about it (one city's night)
        and not question.people
        and not question.wants_quote  # "was hat X wiederholt": somebody's words
        and all(t.where or fold(t.label) in lexicon.NEWS_WORDS for t in words_asked)
    )


def _leads(index: CorpusIndex, question: Question) -> list[int]:
    """The first sentences of the place's articles' first paragraphs (a heading of a few words
    says too little), two an article, in corpus order: what the papers put first about it."""
    columns = index.columns
    plain = KIND_CODES[PASSAGE]
    found: list[int] = []
    articles = question.scope.articles
    for units in article_units(index, articles or frozenset(range(len(index.articles)))):
        passages = sorted(
            (columns.block[u], columns.start[u], u)
            for u in units
            if columns.classes[u] & 3 == plain
            and not columns.classes[u] & CLASS_COMMENT
            and len(columns.text(u).split()) >= LEAD_WORDS
        )
        firsts: dict[int, int] = {}
        for block, _, unit in passages:
            firsts.setdefault(block, unit)
        found += list(firsts.values())[:LEADS_AN_ARTICLE]
        if len(found) >= MAX_ANSWERS:
            break
    return found[:MAX_ANSWERS]


def _at_the_place(index: CorpusIndex, unit: int, question: Question) -> bool:
    """Whether somebody's words speak of the place asked about: their article is about it,
    they stand in its own paragraph, or their line names it. "Die neue Landrätin hat
    versprochen, …" in a column that mentions a town's runoff to come says nobody won there."""
    forms = question.place_forms
    if about_place(index, sorted(forms), index.columns.article[unit]):
        return True
    if unit in question.place_paragraphs:
        return True
    line = index.columns.block_text[index.columns.block[unit]]
    return not forms.isdisjoint(index.stem(w) for w in words(line))


def _of_the_place(index: CorpusIndex, unit: int, person: int | None, question: Question) -> bool:
    """Whether the winner a line names is the one of the place asked about: their article is
    about the place (`places.about_place`), or one of its lines names them both ("Erste
    Zahlen aus Tannfeld: Amtsinhaber Wegner liegt vorn"). A ticker of several towns
    ("Wegner hat gewonnen.") must not answer for a town it names but says no winner of."""
    if person is None or not question.scope.places:
        return True
    columns = index.columns
    article = columns.article[unit]
    forms = question.place_forms
    if (
        about_place(index, sorted(forms), article)
        and not in_another_villages_paragraph(index, unit, forms)
        and not in_another_town(index, unit, forms)
    ):
        return True
    if unit in question.place_paragraphs:
        return True  # the place's own paragraph, under its heading ("Nordheim" above "X bleibt")
    entry = index.people.entries[person]
    names = [fold(n) for n in (entry.name, *entry.aliases, entry.name.split()[-1])]
    first = bisect_left(columns.block_article, article)  # blocks run in article order
    last = bisect_left(columns.block_article, article + 1)
    for block in range(first, last):
        text = fold(columns.block_text[block])
        stems = {index.stem(w) for w in words(text)}
        if not stems.isdisjoint(forms) and any(name in text for name in names):
            return True  # a line names the place and them
    return False


def _as_typed(text: str, folded: str) -> str:
    """A word of the question as the reader typed it ("Köln" for "koln")."""
    return next((w for w in TOKEN_RE.findall(text) if fold(w) == folded), folded)


def _nobody_called(ctx: Context, text: str, name: str, title: str) -> Reply:
    """The articles name nobody so: say it, and offer the close names only (never their lines)."""
    note = ctx.say("answer_person_unknown", name=_as_typed(text, name))
    close = ctx.index.people.fuzzy(name).suggestions
    if close:
        note += " " + ctx.say("did_you_mean", options=ctx.join(list(close)))
    return ctx.not_found("ask", note, title=title, suggestions=close)


def _writer_asked(index: CorpusIndex, question: Question) -> str | None:
    """The author a question names and asks nothing else of but who they are or what they
    wrote ("wer ist Merle Johannsen", "was hat Ashworth geschrieben"); None for a question
    about somebody the articles name, or about anything more."""
    if question.people:
        return None
    asked = [
        fold(t.label)
        for t in question.terms
        if t.label != SEMANTIC_LABEL and fold(t.label) not in FIELD_WORDS
    ]
    writer = " ".join(asked)
    return writer if asked and writer in index.authors_by_key else None


# A first round that decided nothing: "X und Y gehen in die Stichwahl", "Es gibt eine
# Stichwahl.", "Eine Stichwahl ist sicher" (not "eine Stichwahl ist damit nicht nötig", nor
# "wenn zwei um den Einzug in die Stichwahl konkurrieren")
RUNOFF_TO_COME_RE = re.compile(
    r"\b(?:(?:gehen|geht|ziehen|zieht|kommen|kommt|müssen|muss)\b[^.;:]{0,60}\bin die Stichwahl"
    r"|(?:es )?gibt (?:es )?eine Stichwahl"
    r"|eine Stichwahl\b[^.;:]{0,60}\bist (?:sicher|nötig|notwendig|nun nötig))\b",
    re.IGNORECASE,
)
RUNOFF_ASKED = ("stichwahl", "runoff", "zweit")  # starts of folded words asking about the runoff
IF_WORDS = frozenset({"wenn", "falls", "if"})  # "wer wird Kämmerer, wenn X gewinnt": not who won


def _runoff_reply(ctx: Context, question: Question, folded: list[str], title: str) -> Reply | None:
    """ "Wer hat in X gewonnen", "hat Y gewonnen" after a first round that decided nothing:
    nobody has won yet, and the lines saying who goes into the runoff tell so; None when the
    question asks about the runoff itself, or for a new office holder ("wer ist der neue
    Landrat": nobody yet), or when no such line names the people asked."""
    if not question.outcome or question.lost or not IF_WORDS.isdisjoint(folded):
        return None
    if lexicon.WIN_STEMS.isdisjoint(map(stem_word, folded)):
        return None
    if any(word.startswith(RUNOFF_ASKED) for word in folded):
        return None
    lines = _runoff_to_come(ctx.index, question)
    if not lines:
        return None
    excerpts = ctx.excerpts(distinct(ctx.index, lines, MAX_ANSWERS))
    return ctx.ok("ask", title, ctx.say("answer_runoff"), excerpts=excerpts)


def _runoff_to_come(index: CorpusIndex, question: Question) -> list[int]:
    """The lines of the place's articles (or naming the people asked) whose own reporting says
    that named people go into a runoff, and names no winner or loser."""
    articles = question.scope.articles
    if articles is None and not question.people:
        return []  # the whole night: some town's first round is no answer
    asked = set(question.people)
    if articles is None:
        articles = frozenset(index.columns.article[u] for p in asked for u in index.person_own[p])
    found = []
    for units in article_units(index, articles):
        for unit in units:
            code = index.classes[unit]
            if is_speech(code) or code & CLASS_COMMENT:
                continue
            if not RUNOFF_TO_COME_RE.search(QUOTED_RE.sub(" ", index.columns.text(unit))):
                continue
            # "Es gibt eine Stichwahl. X hat die meisten Stimmen …": the line names them
            line = index.block_units[index.columns.block[unit]]
            if any(_states_result(index, u) for u in line):
                continue
            for shown in (unit, *line):  # the runoff's sentence, or the next one naming them
                named = index.people.named_in(words(QUOTED_RE.sub(" ", index.columns.text(shown))))
                if named and (not asked or asked & named):
                    found.append(shown)
                    break
    return found


def _not_answered(ctx: Context, question: Question, title: str) -> Reply:
    """The honest no: what the articles lack, with the nearest passage (a sentence that does
    not state the time or number asked for), labelled as not answering, if there is one."""
    if question.strict and question.kind in STATED_KINDS:
        nearest = next(_answers(ctx, replace(question, strict=False), comments=False), None)
        if nearest is not None:
            excerpts = ctx.excerpts([nearest[1]])
            return ctx.not_found("ask", ctx.say("answer_nearest"), title=title, excerpts=excerpts)
    note = ctx.say("answer_none")
    if next(_answers(ctx, question, comments=True), None) is not None:
        note += " " + ctx.say("answer_comment_only")
    return ctx.not_found("ask", note, title=title)
