"""Finding a person from whatever a reader types: exact before alias before fuzzy, never
somebody merely similar when the name is not in the articles."""

import pytest

from bot.engine.folding import stem_word, words
from bot.engine.people import (
    ALIAS,
    CHOICE,
    EXACT,
    FUZZY,
    NONE,
    PARTY,
    ROLE,
    PeopleDirectory,
    PersonEntry,
    mistyped,
)


def names(engine, match) -> list[str]:
    return [engine.index.people.entries[i].name for i in match.people]


def lookup(engine, query):
    return engine.index.people.lookup(query)


def test_the_full_name_is_an_exact_match(engine):
    match = lookup(engine, "Thomas Westphal")
    assert (match.how, names(engine, match)) == (EXACT, ["Thomas Westphal"])


@pytest.mark.parametrize("typed", ["Westphal", "westphal", "WESTPHAL"])
def test_the_surname_in_any_case_is_an_alias_match(engine, typed):
    match = lookup(engine, typed)
    assert (match.how, names(engine, match)) == (ALIAS, ["Thomas Westphal"])


@pytest.mark.parametrize(
    ("typed", "person"),
    [
        ("Westfal", "Thomas Westphal"),
        ("Kaluti", "Alexander Kalouti"),
        ("Kremer", "Martin Cremer"),
        ("Thomas Westfal", "Thomas Westphal"),
    ],
)
def test_typos_still_find_the_person(engine, typed, person):
    match = lookup(engine, typed)
    assert match.how == FUZZY
    assert names(engine, match) == [person]


@pytest.mark.parametrize(
    ("typed", "name", "score", "same_sound"),
    [
        ("kaluti", "kalouti", 92.3, True),  # a letter left out
        ("achterbegr", "achterberg", 90.0, False),  # two neighbours swapped
        ("meier", "karl meyer", 80.0, True),  # one name in two spellings
        ("westfal", "thomas westphal", 80.0, True),
    ],
)
def test_a_slip_of_the_finger_or_another_spelling_is_the_same_name(typed, name, score, same_sound):
    assert mistyped(typed, name, score, same_sound)


@pytest.mark.parametrize(
    ("typed", "name", "score", "same_sound"),
    [
        ("lautenbach", "lauterbach", 90.0, False),  # a letter changed, and with it the sound
        ("bennert", "rennert", 85.7, False),
        ("muller", "katrin moller", 83.3, True),  # a common surname of its own
    ],
)
def test_a_close_name_of_its_own_is_somebody_else(typed, name, score, same_sound):
    assert not mistyped(typed, name, score, same_sound)


@pytest.mark.parametrize("typed", ["Loegering", "Logering", "Lögering", "hendrik wuest"])
def test_umlaut_spellings_find_the_person_without_fuzziness(engine, typed):
    assert lookup(engine, typed).how in (EXACT, ALIAS)


@pytest.mark.parametrize("typed", ["Merz", "Scholz", "Habeck", "xyz"])
def test_a_name_not_in_the_articles_finds_nobody(engine, typed):
    match = lookup(engine, typed)
    assert match.how == NONE
    assert match.people == ()
    assert match.suggestions == ()


def test_a_near_miss_that_is_too_short_to_accept_is_only_suggested(engine):
    match = lookup(engine, "Suk")
    assert match.how == NONE
    assert match.suggestions == ("Jendrik Suck",)


@pytest.mark.parametrize("typed", ["SPD", "spd", "die SPD", "Sozialdemokraten"])
def test_a_party_finds_its_people(engine, typed):
    match = lookup(engine, typed)
    assert match.how == PARTY and match.label == "SPD"
    assert set(names(engine, match)) == {"Thomas Westphal", "Jens Peick"}


@pytest.mark.parametrize("typed", ["Grüne", "grünen", "Gruene", "die Grünen"])
def test_the_greens_are_found_however_written(engine, typed):
    match = lookup(engine, typed)
    assert match.how == PARTY and match.label == "Grüne"
    assert set(names(engine, match)) == {"Hannah Rosenbaum", "Katrin Lögering"}


def test_a_party_nobody_in_the_articles_belongs_to_finds_no_one(engine):
    match = lookup(engine, "AfD")
    assert match.how == PARTY and match.people == ()


def test_a_role_finds_its_holder_even_inside_a_compound(engine):
    match = lookup(engine, "Ministerpräsident")
    assert match.how == ROLE and names(engine, match) == ["Hendrik Wüst"]
    assert match.label == "NRW-Ministerpräsident"


def test_a_role_part_finds_everyone_holding_it(engine):
    match = lookup(engine, "Vorsitzende")
    assert match.how == ROLE
    assert {"Sascha Mader", "Jens Peick"} <= set(names(engine, match))


def test_an_exact_alias_beats_a_closer_sounding_fuzzy_one(muster):
    # "Maier" is Sabine Maier's own name, though "Meier" is one letter away.
    match = lookup(muster, "Maier")
    assert (match.how, names(muster, match)) == (ALIAS, ["Sabine Maier"])


def test_a_typo_goes_to_the_closest_name_only(muster):
    match = lookup(muster, "Meyer")
    assert names(muster, match) == ["Jürgen Meier"]


def test_hyphenated_names_are_found_with_spaces_or_without_umlauts(muster):
    for typed in ("Krüger-Lüdenscheidt", "Krueger Luedenscheidt", "Hans Peter Krüger-Lüdenscheidt"):
        assert names(muster, lookup(muster, typed)) == ["Hans-Peter Krüger-Lüdenscheidt"]


def test_a_speaker_written_by_surname_is_resolved_within_the_article():
    directory = PeopleDirectory.build(
        [PersonEntry("anna schmidt", "Anna Schmidt"), PersonEntry("paul schmidt", "Paul Schmidt")]
    )
    assert directory.resolve_speaker("Schmidt", [1]) == 1
    assert directory.resolve_speaker("Schmidt", []) is None  # two Schmidts: nobody is guessed
    assert directory.resolve_speaker("Anna Schmidt", []) == 0


def test_a_double_surname_written_alone_names_its_person(two_towns):
    """ "Weber-Aydin trifft ein": the text gives only the surname, which reads as two words."""
    directory = two_towns.index.people
    named = directory.mentioned_in(words("Weber-Aydin trifft ein"))
    assert [directory.entries[i].name for i in named] == ["Jonas Weber-Aydin"]


def test_one_part_of_a_double_surname_typed_alone_finds_its_bearers():
    """A reader types "Brinkmann" for Anna-Lena Schulte-Brinkmann; a part two people share
    offers both, a part too short to name anybody ("Le") finds nobody."""
    directory = PeopleDirectory.build(
        [
            PersonEntry("anna lena schulte brinkmann", "Anna-Lena Schulte-Brinkmann"),
            PersonEntry("ole kaya lindqvist", "Ole Kaya-Lindqvist"),
            PersonEntry("ida kaya mertens", "Ida Kaya-Mertens"),
            PersonEntry("ida le roux", "Ida Le-Roux"),
        ]
    )

    def found(query):
        match = directory.lookup(query)
        return match.how, [directory.entries[i].name for i in match.people]

    assert found("brinkmann") == (ALIAS, ["Anna-Lena Schulte-Brinkmann"])
    assert found("Schulte") == (ALIAS, ["Anna-Lena Schulte-Brinkmann"])
    assert found("Kaya") == (CHOICE, ["Ole Kaya-Lindqvist", "Ida Kaya-Mertens"])
    assert found("Le")[0] == NONE


def test_a_body_s_chief_is_its_chair_and_the_other_way_round():
    """A reader asks for "die Fraktionschefin" where the report writes "Fraktionsvorsitzende
    der Grünen", or for "den Parteivorsitzenden" where it writes "Parteichef"."""
    directory = PeopleDirectory.build(
        [
            PersonEntry("lena kurz", "Lena Kurz", roles=("Fraktionsvorsitzende der Grünen",)),
            PersonEntry("jan ott", "Jan Ott", roles=("SPD-Parteichef",)),
            PersonEntry("eva roth", "Eva Roth", roles=("Chefin der Stadtwerke",)),
        ]
    )
    assert directory.role_match("fraktionschefin").people == (0,)
    assert directory.role_match("parteivorsitzender").people == (1,)
    assert directory.role_match("vorsitzende").people == (0,)  # "Chefin" alone chairs nothing


def test_the_former_or_outgoing_holder_is_the_incumbent():
    """ "die bisherige Bürgermeisterin", "der scheidende Landrat": the "Amtsinhaber(in)"."""
    directory = PeopleDirectory.build(
        [PersonEntry("petra lind", "Petra Lind", roles=("Amtsinhaberin",))]
    )
    assert directory.role_match("bisherige").people == (0,)
    assert directory.role_match("scheidende").people == (0,)


def test_whose_role_an_office_is_leaves_out_who_only_runs_for_it():
    """ "der Oberbürgermeister": the one who holds the office, not the "OB-Kandidatin" beside him;
    asked again by the next reader, the same people (made once per directory)."""
    directory = PeopleDirectory.build(
        [
            PersonEntry("tom berg", "Tom Berg", roles=("Oberbürgermeister",)),
            PersonEntry("ina falk", "Ina Falk", roles=("Oberbürgermeister-Kandidatin",)),
            PersonEntry("udo lenz", "Udo Lenz", roles=("Kämmerer",)),
        ]
    )
    stem = stem_word("oberbürgermeister")
    assert directory.head_holders(stem) == (0,)
    assert directory.head_holders(stem) == (0,)
    assert directory.head_holders(stem_word("landrat")) == ()


def test_a_party_asked_again_is_looked_up_once_and_answered_alike(engine):
    """Every question asks its words and pairs of words whether they name a party; the same
    ones come back all night, and each is read once."""
    people = engine.index.people
    assert people.party_named("die Grünen") == people.party_named("die Grünen") is not None
    assert people.party_named("Westphal") is None
    assert {"die Grünen", "Westphal"} <= set(people._parties_named)
