"""The shortcuts that keep autocomplete and free questions fast on a night's worth of articles
give what the plain ways give: bisection over sorted keys what a scan of every key gives,
tighter bounds and a lazy `ask` the answers of the eager ranking, a term's sets looked up or
gathered what a unit-by-unit look gives."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

import pytest
from rapidfuzz import fuzz, process

from bot.engine import honest, matching, people, person_answers, questions
from bot.engine.choices import Choices
from bot.engine.engine import Engine
from bot.engine.folding import fold, name_key, words
from bot.engine.lexicon import PERSON
from bot.engine.matching import (
    TermUnits,
    context_blocks,
    distinct,
    term_units,
    word_term,
)
from bot.engine.narrowing import ranked
from bot.engine.people import PeopleMatch
from bot.engine.phonetics import cologne_code
from tests.engine.generated import generated_engine

CORPUS_SIZE = 30


@pytest.fixture(scope="module")
def scaled() -> tuple[Engine, list]:
    """An engine over the seed and generated variants of it, and the benchmark's queries."""
    return generated_engine(CORPUS_SIZE)


# --- autocomplete -------------------------------------------------------------------------------


def scanned(choices: Choices, current: str, limit: int) -> list[str]:
    """Prefix hits, then word-start hits, each in default order: by looking at every key."""
    key = name_key(current)
    prefix = [i for i, k in enumerate(choices.keys) if k.startswith(key)]
    word_start = [
        i for i, k in enumerate(choices.keys) if f" {key}" in f" {k}" and not k.startswith(key)
    ]
    return [choices.shown[i] for i in (prefix + word_start)[:limit]]


def test_prefix_and_word_start_hits_are_those_a_scan_finds(scaled):
    engine, _ = scaled
    people = engine._completer.people
    names = {w for key in people.keys for w in key.split()}
    typed = ["", "a", "m", "sch", "anna", "von", "de"]
    typed += [name[:n] for name in sorted(names)[:80] for n in (1, 2, 4)]
    typed += [f"{a} {b[:2]}" for a, b in zip(sorted(names)[:20], sorted(names)[20:40], strict=True)]
    for current in typed:
        for limit in (1, 3, 25):
            expected = scanned(people, current, limit)
            found = people.complete(current, limit)
            if not name_key(current):
                continue
            assert found[: len(expected)] == expected, (current, limit)


def test_exact_prefixes_come_before_word_starts_and_typos():
    choices = Choices.of(["Petra Kalouti", "Kalle Meier", "Anna Kalb", "Thomas Westphal", "Kal"])
    assert choices.complete("kal", 25)[:3] == ["Kalle Meier", "Kal", "Petra Kalouti"]
    assert "Anna Kalb" in choices.complete("kal", 25)


def test_typos_still_find_the_name():
    choices = Choices.of(["Thomas Westphal", "Alexander Kalouti", "Katrin Lögering", "SPD"])
    assert choices.complete("Westpahl", 25)[0] == "Thomas Westphal"  # swapped
    assert choices.complete("Wesphal", 25)[0] == "Thomas Westphal"  # dropped
    assert choices.complete("Kaloutti", 25)[0] == "Alexander Kalouti"  # doubled
    assert choices.complete("eWstphal", 25)[0] == "Thomas Westphal"  # the first letter slipped
    assert choices.complete("Logerinf", 25)[0] == "Katrin Lögering"  # replaced
    assert choices.complete("Zybrowski", 25) == []


def test_typo_tolerance_keeps_to_the_limit_and_finds_nothing_for_nonsense():
    names = [f"Person{i} Mustermann{i % 7}" for i in range(200)]
    choices = Choices.of(names)
    assert len(choices.complete("Mustremann", 25)) == 25
    assert len(choices.complete("Mustremann", 5)) == 5
    assert choices.complete("qqqqxxx", 25) == []


# --- free questions -----------------------------------------------------------------------------


def test_near_is_around_turned_round(scaled):
    engine, _ = scaled
    index = engine.index
    for block, around in enumerate(index.around):
        for other in around:
            assert block in index.near[other]
    assert sum(map(len, index.near)) == sum(map(len, index.around))


def test_context_blocks_are_where_a_terms_context_counts(scaled):
    engine, _ = scaled
    index = engine.index
    for word in ("oberburgermeister", "wahl", "fordern", "neuen", "stichwahl"):
        term = word_term(index, word)
        near = TermUnits(index, term).context_match(1.0)
        expected = {b for b in range(len(index.around)) if near(b) > 0}
        assert context_blocks(index, term) == expected, word


def test_ask_chooses_what_the_eager_ranking_chooses(scaled):
    engine, queries = scaled
    ctx = engine._context
    for question in queries.ask:
        asked = questions.read_question(ctx, question)
        if asked.kind == PERSON and asked.people and len(asked.terms) == 1:
            continue  # "Wer ist Kalouti?" is answered by `who`
        reply = engine.run_command("ask", question)
        answers = list(islice(questions._answers(ctx, asked, False), questions.MAX_CANDIDATES))
        # the lines that state what was asked, as `ask` keeps them (`honest.kept`)
        folded = [questions._as_meant(ctx.index, w) for w in words(question)]
        places = questions._asked_place(ctx.index, asked)
        need = honest.needs(asked.kind, folded, places, ctx.index, asked.people)
        answers = list(honest.kept(ctx.index, need, answers))
        assert (reply.status == "ok") == bool(answers), question
        if not answers:
            continue
        best = answers[0][0]
        good = (u for s, u in answers if s >= questions.FOLLOWERS_SHARE * best)
        expected = ctx.excerpts(distinct(ctx.index, good, questions.MAX_ANSWERS))
        if asked.outcome and reply.text != ctx.say("answer_found"):
            # under "X won" only the lines about X stay, the naming line first
            assert all(e in expected for e in reply.excerpts), question
        else:
            assert reply.excerpts == expected, question


WORDS = ("wahl", "oberburgermeister", "stichwahl", "neuen", "gewonnen")


def best_own(term) -> dict[int, float]:
    """Unit → how well its own text has the term, read posting by posting."""
    best: dict[int, float] = {}
    for ids, similarity in term.own:
        for unit in ids:
            best[unit] = max(best.get(unit, 0.0), similarity)
    return best


def test_a_few_units_looked_up_split_like_many_split_by_the_gathered_sets(scaled):
    engine, _ = scaled
    index = engine.index
    everyone = range(index.unit_count())
    for word in WORDS:
        term = word_term(index, word)
        best = best_own(term)
        units = TermUnits(index, term)
        few = set(sorted(best)[::10]) | {len(everyone) // 3, len(everyone) // 2}
        many = set(everyone)
        assert len(few) * 4 < units.own_size < len(many), word
        for chosen in (few, many):
            split = units.split(chosen)
            expected: dict[float, set[int]] = {}
            for unit in chosen:
                expected.setdefault(best.get(unit, 0.0), set()).add(unit)
            assert dict(split) == expected, word
            assert [s for s, _ in split] == sorted(expected, reverse=True), word
        assert units.own_levels.looked_up >= 1, word  # the few were looked up


def test_units_far_from_a_term_have_it_on_no_line_around_them(scaled):
    engine, _ = scaled
    index = engine.index
    block_of = index.columns.block
    for word in (*WORDS, "fordern"):
        term = word_term(index, word)
        near = TermUnits(index, term).context_match(1.0)
        units = TermUnits(index, term)
        many = set(range(index.unit_count()))
        few = set(range(0, len(many), len(many) // (units.context_size // 2) + 1))
        assert len(few) < units.context_size <= len(many), word
        for chosen in (few, many, few):  # before and after its blocks are gathered
            expected = {u for u in chosen if near(block_of[u]) == 0.0}
            assert units.far(chosen) == expected, word
        assert {u for u in many if near(block_of[u]) > 0} == units.around, word


def test_a_word_asked_again_finds_its_sets_built_and_the_same_units_in_them(scaled):
    engine, _ = scaled
    index = engine.index
    everyone = set(range(index.unit_count()))
    for word in WORDS:
        kept = term_units(index, word_term(index, word))
        assert term_units(index, word_term(index, word)) is kept, word  # the next reader's
        fresh = TermUnits(index, word_term(index, word))
        assert kept.split(everyone) == fresh.split(everyone), word
        assert kept.far(everyone) == fresh.far(everyone), word
        near, kept_near = fresh.context_match(1.0), kept.context_match(1.0)
        assert all(near(b) == kept_near(b) for b in range(len(index.around))), word


def test_a_why_question_reads_its_topic_from_the_sets_every_question_shares(scaled):
    """ "Warum hat X verloren" tests each candidate against the lines with the word: the sets
    of a word readers ask all night are gathered once, not again for each question."""
    engine, _ = scaled
    ctx = engine._context
    asked = questions.read_question(ctx, "Warum hat Westphal verloren?")
    assert asked.topic is not None
    about = questions._Around(ctx.index, asked)
    kept = term_units(ctx.index, asked.terms[asked.topic])
    assert about.own is kept.own and about.blocks is kept.blocks
    assert questions._Around(ctx.index, asked).own is kept.own  # the next reader's


def test_who_won_in_a_town_reads_the_towns_lines_once_for_every_reader(scaled):
    """ "Wer hat die Wahl in X gewonnen?": the lines telling who came first in X are found once
    per index, the same as reading the town's lines anew."""
    engine, queries = scaled
    ctx = engine._context
    asked = next(q for q in queries.ask if " in " in q and q.endswith("gewonnen?"))
    first = engine.run_command("ask", asked)
    places = [t for t in questions.read_question(ctx, asked).terms if t.where]
    assert places and all(
        questions._place_leads(ctx.index, t) is questions._place_leads(ctx.index, t) for t in places
    )
    for term in places:
        units = [u for ids, _ in term.own for u in ids]
        label = fold(term.label)
        read = questions._leading_among(ctx.index, units, [label])
        assert sorted(set(questions._place_leads(ctx.index, term))) == sorted(set(read))
    assert engine.run_command("ask", asked) == first  # the next reader's, from what was kept


def test_a_term_with_units_found_for_one_question_is_not_kept(scaled):
    engine, _ = scaled
    index = engine.index
    term = word_term(index, "wahl")
    own_list = replace(term, own=(*term.own, ([1, 2, 3], 0.5)))  # a list: made for this question
    assert term_units(index, own_list) is not term_units(index, own_list)
    ranged = replace(term, own=(*term.own, (range(0, 40), 0.5)))  # a range is what it says
    assert term_units(index, ranged) is term_units(index, replace(ranged, weight=2.0))


def test_the_kept_terms_make_room_least_recently_asked_first(scaled, monkeypatch):
    engine, _ = scaled
    index = engine.index
    monkeypatch.setattr(matching, "TERM_UNITS_KEPT", 3)
    index.memos.term_units.clear()
    asked = []
    for word in WORDS:
        asked.append(term_units(index, word_term(index, word)))
        # the three asked last stay; only the oldest made room (nobody frees them all at once)
        assert list(index.memos.term_units.values()) == asked[-3:]
    again = term_units(index, word_term(index, WORDS[-3]))  # asked again: it stays longest
    term_units(index, word_term(index, WORDS[0]))
    assert again in index.memos.term_units.values()
    assert asked[-2] not in index.memos.term_units.values()
    monkeypatch.setattr(matching, "TERM_IDS_KEPT", 0)
    index.memos.term_units.clear()
    units = term_units(index, word_term(index, "wahl"))
    units.split(set(range(index.unit_count())))  # builds its sets
    again = term_units(index, word_term(index, "stichwahl"))
    assert list(index.memos.term_units.values()) == [again]  # the sets held were let go


def test_a_night_of_questions_asked_again_gets_the_same_answers_from_what_was_kept():
    engine, queries = generated_engine(CORPUS_SIZE)  # a fresh index: nothing kept yet
    first = [engine.run_command("ask", question) for question in queries.ask]
    index = engine.index
    assert index.memos.term_units and index.memos.place_words and index.memos.subject
    assert [engine.run_command("ask", question) for question in queries.ask] == first


def test_the_ranking_opens_only_the_parts_that_could_still_beat_what_it_found():
    """Parts of scored units (score, unit), each with the best score it can hold: taking the
    first two opens the parts whose bound reaches them, no more, and ties come in unit order."""
    parts = {
        "strong": [(9.0, 7), (5.0, 1)],
        "tied": [(9.0, 3)],
        "middling": [(6.0, 2), (4.0, 4)],
        "weak": [(2.0, 5)],
    }
    bounds = {"strong": 9.0000000001, "tied": 9.0, "middling": 6.5, "weak": 2.0}
    opened: list[str] = []

    def open_part(name: str) -> tuple[list, list]:
        opened.append(name)
        return [], [iter(parts[name])]

    answers = ranked([(bounds[n], n) for n in parts], open_part)
    assert [next(answers), next(answers)] == [(9.0, 3), (9.0, 7)]
    assert sorted(opened) == ["strong", "tied"]
    assert list(answers) == [(6.0, 2), (5.0, 1), (4.0, 4), (2.0, 5)]
    assert opened[2:] == ["middling", "weak"]


def test_equal_scores_come_by_order_then_unit_opening_only_parts_that_could_come_first():
    """Search lists quotes before passages at an equal rank: runs of one order each, from
    parts opened only when their bound reaches what is to come; an equal score is ordered by
    the units' order (here: their parity), then by unit."""
    parts = {
        "coarse": ([(9.0, "strong"), (2.0, "weak")], []),
        "strong": ([], [iter([(9.0, 8), (9.0, 10)])]),
        "tied": ([], [iter([(9.0, 7)]), iter([(7.2, 2)])]),
        "middling": ([], [iter([(6.0, 3)]), iter([(6.0, 6)])]),
        "weak": ([], [iter([(2.0, 5)])]),
    }
    opened: list[str] = []

    def open_part(name: str) -> tuple[list, list]:
        opened.append(name)
        return parts[name]

    units = ranked(
        [(9.5, "coarse"), (9.0, "tied"), (6.5, "middling")], open_part, lambda unit: unit % 2
    )
    assert [next(units), next(units)] == [(9.0, 8), (9.0, 10)]
    assert sorted(opened) == ["coarse", "strong", "tied"]
    assert list(units) == [(9.0, 7), (7.2, 2), (6.0, 6), (6.0, 3), (2.0, 5)]
    assert opened[3:] == ["middling", "weak"]


# --- typo-tolerant names --------------------------------------------------------------------------


def fuzzy_over_every_place(directory, key: str) -> PeopleMatch:
    """The typo lookup comparing the key with every (name, person) place one by one."""
    order = sorted(
        (place, k) for k, places in enumerate(directory.fuzzy_places) for place in places
    )
    keys = [directory.fuzzy_keys[k] for _, k in order]
    sound = cologne_code(key)
    best: dict[int, float] = {}
    accepted: dict[int, float] = {}
    cutoff = min(people.SUGGEST_SCORE, people.ACCEPT_SOUNDALIKE) - 10
    for _, score, place in process.extract(
        key, keys, scorer=fuzz.ratio, processor=None, limit=people.FUZZY_PLACES, score_cutoff=cutoff
    ):
        owner = directory.fuzzy_owners[place]
        same_sound = bool(sound) and cologne_code(keys[place]) == sound
        best[owner] = max(best.get(owner, 0.0), score + (10 if same_sound else 0))
        if len(key) >= people.MIN_FUZZY_LENGTH and people.mistyped(
            key, keys[place], score, same_sound
        ):
            accepted[owner] = max(accepted.get(owner, 0.0), score)
    if accepted:
        top = max(accepted.values())
        return PeopleMatch(people.FUZZY, tuple(sorted(i for i, s in accepted.items() if s >= top)))
    close = sorted(
        (i for i, s in best.items() if s >= people.SUGGEST_SCORE), key=lambda i: -best[i]
    )
    return PeopleMatch(people.NONE, suggestions=tuple(directory.entries[i].name for i in close[:3]))


def test_a_shared_surname_is_compared_once_and_finds_whom_a_full_scan_finds(scaled):
    engine, queries = scaled
    directory = engine.index.people
    assert len(directory.fuzzy_keys) < len(directory.fuzzy_owners)  # surnames are shared
    for typed in dict.fromkeys((*queries.quote, *queries.who)):
        key = name_key(typed)
        assert directory.fuzzy(key) == fuzzy_over_every_place(directory, key), typed


def test_who_appears_in_a_few_articles_is_what_a_look_at_every_unit_says(scaled):
    engine, _ = scaled
    index = engine.index
    article_of = index.columns.article
    count = len(index.articles)
    scopes = [frozenset({a}) for a in range(count)] + [frozenset({0, count // 2, count - 1})]
    for person in range(len(index.people.entries)):
        for scope in scopes:
            scan = any(article_of[unit] in scope for unit in index.person_own[person])
            assert questions._appears_in(index, person, scope) == scan


def test_who_of_a_role_more_hold_than_a_reply_shows_lists_the_first_with_where_they_were_named(
    scaled, monkeypatch
):
    engine, _ = scaled
    holders = engine.index.people.role_match("oberburgermeister").people
    everyone = engine.run_command("who", "Oberbürgermeister")
    assert len(holders) > 5 and len(everyone.excerpts) == len(holders)
    monkeypatch.setattr(person_answers, "MAX_QUOTES", 5)  # as if a thousand held the role
    shown = engine.run_command("who", "Oberbürgermeister")
    assert shown.text.split("\n\n") == everyone.text.split("\n\n")[:5]
    assert shown.excerpts == everyone.excerpts[:5]
