"""The grouped, bound-pruned ranking gives the answers a full scan of every candidate gives.

The reference functions below score every unit that shares a word with the query (what the
engine did before ranking by groups) on a generated corpus of near-identical articles, where
common words hit thousands of units and ties are everywhere.
"""

from __future__ import annotations

import pytest

from bot.engine import honest, questions, text_answers
from bot.engine.engine import Engine
from bot.engine.folding import fold, stem_word, words
from bot.engine.index import Unit
from bot.engine.interviews import answer_below
from bot.engine.lexicon import NUMBER, OUTCOME_STEMS, PERSON, REASON, TIME, question_kind
from bot.engine.matching import coverage, distinct, match_table, word_term
from bot.engine.reply import DIRECT, FACT, REPORTED
from tests.engine.generated import generated_engine

CORPUS_SIZE = 40


@pytest.fixture(scope="module")
def scaled() -> tuple[Engine, list]:
    """An engine over the seed and generated variants of it, and the benchmark's queries."""
    return generated_engine(CORPUS_SIZE)


def position(engine: Engine, unit_id: int) -> tuple[int, int, int]:
    unit = engine.index.units[unit_id]
    return (unit.article, unit.excerpt.line, unit.start)


def full_scan_search(engine: Engine, query: str) -> list[int]:
    ctx = engine._context
    terms = text_answers.query_terms(ctx, query)
    scored = []
    for unit_id, row in match_table(ctx.index, terms, context_factor=0.0).items():
        unit = ctx.index.unit(unit_id)
        share = coverage(terms, row)
        if unit.excerpt.kind != FACT and share >= text_answers.SEARCH_MIN_COVERAGE:
            rank = share * (text_answers.COMMENT_RANK if unit.is_comment else 1.0)
            kind = text_answers.KIND_ORDER[unit.excerpt.kind]
            scored.append((-round(rank, 6), kind, position(engine, unit_id), unit_id))
    return distinct(ctx.index, (u for *_, u in sorted(scored)), text_answers.MAX_SEARCH_RESULTS)


def unit_boost(question: questions.Question, unit: Unit) -> float:
    """What a unit's boost is, read from the unit itself (the engine reads its class byte)."""
    factor = 1.0
    asks = unit.excerpt.text.rstrip().endswith("?")
    if question.kind in (PERSON, TIME, NUMBER, REASON):
        if question.kind in unit.cues or asks:  # (an asked line: judged by its answer below)
            factor *= questions.CUE_MATCH
        elif question.strict and question.kind in questions.STATED_KINDS:
            return 0.0  # "wann" wants a time stated, "wie viele" a number
        else:
            factor *= questions.REASON_MISS if question.kind == REASON else questions.CUE_MISS
    if question.wants_quote and unit.excerpt.kind in (DIRECT, REPORTED):
        factor *= questions.SPEECH_MATCH
    if question.outcome and unit.excerpt.kind in (DIRECT, REPORTED):
        factor *= questions.NAMELESS_OUTCOME
    speaks = unit.speaker is not None and unit.speaker in (question.speakers or question.people)
    if speaks and question.kind not in questions.STATED_KINDS:
        factor *= questions.SPEAKER_MATCH
    if asks:
        if question.outcome:  # a question in the text says nothing of who won
            return 0.0
        if question.kind not in (PERSON, TIME, NUMBER, REASON):
            factor *= questions.ASKED_IN_TEXT
    return factor


def full_scan_scores(engine: Engine, question: str, comments: bool = False) -> list:
    """Every answer with its score, best first: by scoring every unit that matches a word."""
    ctx = engine._context
    asked = questions.read_question(ctx, question)
    terms = asked.terms
    weights = [t.weight for t in terms]
    least = questions.MIN_COVERAGE * sum(weights)
    required = [i for i, t in enumerate(terms) if t.required]
    source = "comment" if comments else "article"
    scored = []
    for unit_id, row in match_table(ctx.index, terms, questions.CONTEXT_FACTOR).items():
        if ctx.index.excerpt(unit_id).source != source or any(row[i] == 0 for i in required):
            continue
        matched = sum(w * m for w, m in zip(weights, row, strict=True))
        said = max(
            (m for t, m in zip(terms, row, strict=True) if t.weight and not t.where), default=0.0
        )
        boost = unit_boost(asked, ctx.index.unit(unit_id))
        if matched < least or said <= questions.CONTEXT_FACTOR or not boost:
            continue  # a place says where, not what: the unit must say some of it
        if (
            asked.wants_quote
            and asked.people
            and questions._by_another(ctx.index, unit_id, asked.people)
        ):
            boost *= questions.OTHERS_WORDS  # asked what X said: somebody else's words
        # the article's own question ("Wann …?") is judged by the answer on the line below
        shown = unit_id
        if ctx.index.unit(unit_id).excerpt.text.rstrip().endswith("?") and asked.kind in (
            PERSON,
            TIME,
            NUMBER,
            REASON,
        ):
            boost *= questions._asked_factor(ctx.index, asked, unit_id)
            below = answer_below(ctx.index, unit_id)
            stated = asked.kind in ctx.index.unit(unit_id).cues  # it states the kind itself
            shown = unit_id if below is None or stated else below
            if not boost:
                continue
        if asked.when and asked.strict and not questions._says_when(ctx.index, shown):
            continue
        if asked.measure and not questions.states_measure(
            ctx, shown, asked.measure, bool(asked.people), asked.margin
        ):
            continue
        speaker = ctx.index.unit(unit_id).speaker
        if asked.speakers and speaker is not None and speaker not in asked.speakers:
            continue  # "what did X say": another's words
        if asked.outcome and questions.only_supposed(ctx.index, unit_id):
            continue  # "wenn ich gewinne"
        if asked.outcome and questions._false_outcome(ctx.index, unit_id):
            continue  # "die Unterlagen" is no "unterlag"
        if asked.measure and questions._OfAnother(ctx.index, asked).of_another(unit_id):
            continue  # "Ys 26.412 Stimmen" for "wie viele Stimmen hatte X"
        if asked.measure and asked.place_paragraphs and unit_id not in asked.place_paragraphs:
            continue  # another town's paragraph
        if asked.outcome and asked.place_paragraphs and unit_id not in asked.place_paragraphs:
            continue  # a round-up's line about another town
        if asked.identity and not questions._names_another(ctx.index, unit_id, asked):
            continue  # "wie heißt der Sprecher": nobody named
        if asked.party and not questions._names_party(ctx.index, unit_id, asked.people):
            continue  # "in welcher Partei ist X": not X's party
        asked_about = questions.what_is_asked(asked) if asked.when and asked.strict else []
        if asked_about and not questions._has_any(ctx.index, unit_id, asked_about):
            continue  # "wann wird die Bank nach X benannt": not another time of X's
        reason = asked.kind == REASON and REASON in ctx.index.unit(unit_id).cues
        around = row[asked.topic] if asked.topic is not None else 1.0
        if asked.identity and around <= questions.CONTEXT_FACTOR:
            around = 0.0  # who holds a role is said where the role is, not around it
        unit = ctx.index.unit(unit_id)
        of_result = (
            asked.kind == REASON
            and asked.topic is not None
            and stem_word(fold(asked.terms[asked.topic].label)) in OUTCOME_STEMS
        )
        if of_result and asked.people:  # "warum hat X verloren": a reason given for X
            if not any(honest.reason_of(ctx.index, unit_id, p) for p in asked.people):
                continue
            own_words = (
                unit.excerpt.kind in (DIRECT, REPORTED)
                and unit.speaker in asked.people
                and len(questions.WORD_RE.findall(unit.excerpt.text)) >= questions.STATEMENT_WORDS
            )
            asks_why = (  # "Warum hat X verloren?": the reasons follow on the line below
                unit.excerpt.text.rstrip().endswith("?")
                and question_kind(words(unit.excerpt.text))[0] == REASON
            )
            if not reason and not own_words and not asks_why:
                continue  # a result row, or what X did after: no reason
        if of_result and not asked.people and not reason and unit.excerpt.kind != DIRECT:
            continue
        if asked.topic is not None and not reason and not around:
            continue  # "wann tritt X sein Amt an": neither the office nor a reason around it
        speech = unit.excerpt.kind in (DIRECT, REPORTED)
        if asked.beaten and (
            speech or not questions._reports_about(ctx.index, unit_id, asked.beaten)
        ):
            continue  # "gegen wen hat X gewonnen": the report of the rival's result
        if asked.outcome and not speech and not questions.names_outcome(ctx, unit_id):
            continue  # names nobody as the winner
        score = matched * boost
        scored.append((-round(score, 6), unit_id, score))  # unit ids follow corpus order
    return [(score, unit_id) for _, unit_id, score in sorted(scored)]


def full_scan_answers(engine: Engine, question: str) -> list[int]:
    return [u for _, u in full_scan_scores(engine, question)[: questions.MAX_CANDIDATES]]


def test_a_units_boost_follows_from_its_class_and_whether_it_speaks(scaled):
    engine, queries = scaled
    index = engine.index
    for question in dict.fromkeys(queries.ask):
        asked = questions.read_question(engine._context, question)
        for unit_id, unit in enumerate(index.units):
            speaks = unit.speaker in (asked.speakers or asked.people)
            expected = unit_boost(asked, unit)
            assert questions._boost(asked, index.classes[unit_id], speaks) == expected, question


def test_the_corpus_is_large_enough_for_ties_and_pruning(scaled):
    engine, _ = scaled
    terms = [word_term(engine.index, "wahl")]
    assert len(set().union(*(ids for ids, _ in terms[0].own))) > 450


def test_search_finds_what_a_full_scan_finds(scaled):
    engine, queries = scaled
    for query in queries.search:
        reply = engine.run_command("search", query)
        expected = engine._context.excerpts(full_scan_search(engine, query))
        assert reply.excerpts == expected, query


COMMON_SEARCHES = (
    "die",  # a stop word alone: searched as it is, in a third of the units
    "sein",
    "Stadt",
    "der und die",  # only stop words
    "auch dass allem",
    "Stadt CDU Grund",  # common words, each in hundreds of units
    "Stadt Xylophon",  # half of the weight is nowhere: too little to answer
    "Sieg Stadt Rathaus muss",
    "Wahlen",  # weaker forms (compounds, near spellings) of a common word
)


def test_searching_common_words_finds_what_a_full_scan_finds(scaled):
    """A reader searching a word in hundreds of places, or only stop words, gets the same best
    places (ties broken by kind, then position) as scoring every unit would give."""
    engine, _ = scaled
    for query in COMMON_SEARCHES:
        reply = engine.run_command("search", query)
        expected = engine._context.excerpts(full_scan_search(engine, query))
        assert reply.excerpts == expected, query
    assert len(engine.run_command("search", "die").excerpts) == text_answers.MAX_SEARCH_RESULTS


def tied_queries(engine, count: int) -> list[str]:
    """Queries of three words that weigh the same in this index (rare words, each in a few
    places), found in the index's own text rather than written down for one corpus."""
    by_weight: dict[float, list[str]] = {}
    for text in engine._context.index.columns.block_text[:400]:
        for word in text.split():
            word = word.strip('.,;:!?()„“"')
            if len(word) < 5 or not word.isalpha():
                continue
            terms = text_answers.query_terms(engine._context, word)
            if len(terms) != 1:
                continue
            words = by_weight.setdefault(terms[0].weight, [])
            if word not in words and all(w.lower() != word.lower() for w in words):
                words.append(word)
    queries = []
    for _, words in sorted(by_weight.items(), reverse=True):
        while len(words) >= 3 and len(queries) < count:
            query = " ".join(words[:3])
            words[:3] = []
            if len(text_answers.query_terms(engine._context, query)) == 3:
                queries.append(query)
    return queries


def test_places_that_tie_are_listed_by_kind_then_position_whichever_words_they_match(scaled):
    """Three words that weigh the same: a place with any two of them covers as much as one with
    any other two, so places from both are listed together, by kind, then position."""
    engine, _ = scaled
    queries = tied_queries(engine, 3)
    assert len(queries) == 3
    for query in queries:
        terms = text_answers.query_terms(engine._context, query)
        assert len(terms) == 3 and len({term.weight for term in terms}) == 1, query
        reply = engine.run_command("search", query)
        assert reply.excerpts == engine._context.excerpts(full_scan_search(engine, query)), query


def test_questions_rank_what_a_full_scan_ranks(scaled):
    engine, queries = scaled
    for question in queries.ask:
        found = questions._answers(
            engine._context, questions.read_question(engine._context, question), False
        )
        top = [u for _, u in list(found)[: questions.MAX_CANDIDATES]]
        assert top == full_scan_answers(engine, question), question


def test_every_answer_comes_with_the_score_and_place_a_full_scan_gives_it(scaled):
    """Drained to the last answer, the parts split only on demand (by own text, context and
    class, in whatever order) give every unit of the full scan, in its order, with its score,
    from the reporting and from the comments."""
    engine, queries = scaled
    ctx = engine._context
    drained = {False: 0, True: 0}
    for question in dict.fromkeys(queries.ask):
        asked = questions.read_question(ctx, question)
        for comments in (False, True):
            found = list(questions._answers(ctx, asked, comments))
            assert found == full_scan_scores(engine, question, comments), (question, comments)
            drained[comments] += len(found)
    assert drained[False] > 1000 and drained[True] > 10, drained


def full_scan_topic(engine: Engine, query: str, only_facts: bool = False) -> list[int]:
    ctx = engine._context
    terms = text_answers.query_terms(ctx, query)
    allowed = set(ctx.index.facts) if only_facts else None
    scored = []
    for unit_id, row in match_table(ctx.index, terms, 0.0, allowed).items():
        unit = ctx.index.unit(unit_id)
        if unit.is_comment or max(row) < text_answers.TOPIC_MIN_MATCH:
            continue
        score = sum(t.weight * m for t, m in zip(terms, row, strict=True))
        score *= text_answers.FACT_BOOST if unit.excerpt.kind == FACT else 1.0
        scored.append((score, unit_id))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    ranked = sorted(
        (s for s in scored if s[0] >= text_answers.TOPIC_SHARE_OF_BEST * best),
        key=lambda s: (
            -round(s[0], 6),
            text_answers.KIND_ORDER[ctx.index.unit(s[1]).excerpt.kind],
            position(engine, s[1]),
            s[1],
        ),
    )
    return distinct(ctx.index, (u for _, u in ranked), text_answers.TOPIC_RESULTS)


def test_topics_answer_what_a_full_scan_answers(scaled):
    engine, _ = scaled
    ctx = engine._context
    for topic in ctx.config.topics:
        expected = full_scan_topic(engine, topic.query)
        assert text_answers._topic_units(ctx, topic.query, only_facts=False) == expected


RARE_WITH_COMMON = (
    "Daniela Stadt",  # a fact naming only her outscores a passage with both words
    "Wüst Oberbürgermeister",
    "Budde Partei",  # the few places naming him: "Partei" alone is too weak to be listed
    "Heitkamp eins",
)


def test_a_topic_of_common_words_or_only_facts_is_what_a_full_scan_finds(scaled):
    """`!sein`, `facts Stadt` or a rare name with a common word: the best facts and passages,
    facts first, among hundreds of places that match, are those scoring every place would
    give, and places scoring far below the best are left out."""
    engine, _ = scaled
    ctx = engine._context
    queries = [*COMMON_SEARCHES, *RARE_WITH_COMMON, *(topic.query for topic in ctx.config.topics)]
    for query in queries:
        for only_facts in (False, True):
            expected = full_scan_topic(engine, query, only_facts)
            assert text_answers._topic_units(ctx, query, only_facts) == expected, query


def test_unit_ids_follow_corpus_order_with_quotes_before_their_sentence(scaled):
    engine, _ = scaled
    units = engine.index.units
    keys = [
        (u.article, u.excerpt.line, 0 if u.excerpt.kind in ("direct", "reported") else 1, u.start)
        for u in units
    ]
    assert keys == sorted(keys)


def test_a_surname_several_people_carry_asks_about_any_of_them(scaled):
    """ "Lang" in five cities' articles: an answer involves one of them, not all five at once."""
    engine, _ = scaled
    people = engine.index.people
    quoted = {
        key: owners
        for key, owners in people.by_alias.items()
        if len(owners) > 1 and all(engine.index.quotes_by_person[i] for i in owners)
    }
    assert quoted, "the generated corpus repeats surnames"
    surname, owners = next(iter(sorted(quoted.items())))
    reply = engine.run_command("ask", f"Was sagte {surname.title()}?")
    assert reply.status == "ok"
    names = {people.entries[i].name for i in owners}
    assert any(e.speaker in names for e in reply.excerpts)


def test_wie_lange_asks_for_a_time_not_for_a_person_named_lange():
    assert question_kind(["wie", "lange", "stellte", "die", "spd"]) == (TIME, {0, 1})
