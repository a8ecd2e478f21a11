"""An English report about a German runoff: its quotes and speakers are read too."""

from __future__ import annotations

import pytest

from bot.corpus.extract import extract
from bot.corpus.model import DIRECT, REPORTED
from bot.corpus.reading import parse_article
from tests.corpus.articles import direct_speakers, read

REPORT = (
    "By Jane Doe and John Roe\n"
    "Greens win runoff in Musterstadt\n"
    "Voters elected Greens candidate Lukas Brandhorst as mayor on Sunday.\n"
    "“This is a vote for a faster city,” Brandhorst told supporters.\n"
    "Political scientist Miriam Osterkamp said the low turnout was typical for runoffs. "
    "Runoffs often lack a national campaign, she said.\n"
)


def test_english_quotes_speakers_and_reported_speech():
    article = extract(parse_article(REPORT, article_id="en", path="en.txt"))
    assert article.authors == ("Jane Doe", "John Roe")
    direct = [(q.text, q.speaker) for q in article.quotes if q.kind == DIRECT]
    assert direct == [("This is a vote for a faster city,", "Lukas Brandhorst")]
    reported = [(q.statement, q.speaker) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("the low turnout was typical for runoffs.", "Miriam Osterkamp"),
        ("Runoffs often lack a national campaign", "Miriam Osterkamp"),
    ]


def test_an_english_wire_names_parties_as_parties_and_no_pronoun_as_speaker():
    article = read(
        "\nGerman city elects first Green mayor\n"
        "Mareike Stolz, 44, won the runoff against incumbent Holger Kelch of the Christian "
        'Democrats. "I didn\'t expect this," said Anna Berg, a retiree who voted for Stolz. '
        'Her husband disagreed: "It won\'t last."\n'
    )
    assert [p.name for p in article.people] == ["Mareike Stolz", "Holger Kelch", "Anna Berg"]
    assert [q.speaker for q in article.quotes if q.kind == DIRECT] == ["Anna Berg", None]


def test_a_wire_items_party_before_the_name_and_its_credits_line():
    article = read(
        "\nRunoff in Bielefeld\n"
        "Social Democrat Petra Vogelsang won Sunday's runoff for mayor of Bielefeld.\n"
        "(Reporting by Anna Clarke; Editing by Tom Hayes)\n"
    )
    assert [(p.name, p.party) for p in article.people] == [("Petra Vogelsang", "SPD")]


def test_a_wire_items_party_before_a_role_or_as_an_owner_is_the_persons():
    article = read(
        "\nGreen challenger wins runoff\n"
        "Green Party candidate Felix Brandt won the runoff on Sunday. He took 51.7 percent, "
        "against 48.3 percent for the CDU's Gisela Horn. Political scientist Dr. Ute Sand said "
        "turnout was low.\n"
    )
    assert [(p.name, p.party, p.roles) for p in article.people] == [
        ("Felix Brandt", "Grüne", ("candidate",)),  # not a "party candidate"
        ("Gisela Horn", "CDU", ()),
        ("Ute Sand", None, ("political scientist",)),
    ]


def test_a_wire_items_party_spelled_out_in_english_is_no_person():
    article = read(
        "\nConservative wins district runoff\n"
        "Michael Gebhardt of the Christian Social Union (CSU) won Sunday's runoff with 54.7 "
        "percent. His challenger Kerstin Lautenschlaeger of the Free Voters received 45.3 "
        "percent.\n"
    )
    assert [(p.name, p.party) for p in article.people] == [
        ("Michael Gebhardt", "CSU"),
        ("Kerstin Lautenschlaeger", "Freie Wähler"),
    ]


def test_english_speakers_after_an_age_behind_a_description_and_a_party():
    article = read(
        "\nRunoff in Freiburg\n"
        "Green Party candidate Miriam Kohler won, defeating Christian Democrat Stefan Brandt.\n"
        "\u201cFreiburg has voted for housing,\u201d Kohler, 44, told supporters. \u201cI wish "
        "her luck,\u201d Brandt said. \u201cWe will see how she pays,\u201d said local business "
        "leader Hans Gruber.\n"
    )
    direct = [q.speaker for q in article.quotes if q.kind == DIRECT]
    assert direct == ["Miriam Kohler", "Stefan Brandt", "Hans Gruber"]
    assert ("Stefan Brandt", "CDU") in [(p.name, p.party) for p in article.people]


def test_an_english_speaker_named_in_apposition_after_a_verb_and_a_description():
    article = read(
        "\nRecount in Ashby\n"
        "Council member Rhona Tait won the recount by twelve votes.\n"
        '"The numbers are the numbers, and I accept them," countered the defeated incumbent, '
        'Owen Pascoe, a retired pharmacist. "We will certify the result on Monday," remarked '
        "the county clerk, Ilse Varga.\n"
        '"That is not my call to make," said the clerk, Tait\'s neighbour for thirty years.\n'
    )
    assert direct_speakers(article)[:2] == ["Owen Pascoe", "Ilse Varga"]
    assert direct_speakers(article)[2] != "Rhona Tait"


def test_english_that_clauses_after_verbs_of_admitting_are_reported_speech():
    article = read(
        "\nRecount in Ashby\n"
        "Council member Rhona Tait won the recount. Her rival Owen Pascoe acknowledged that the "
        "margin was thin. He admitted defeat on Monday.\n"
    )
    reported = [(q.text, q.speaker) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("Her rival Owen Pascoe acknowledged that the margin was thin.", "Owen Pascoe")
    ]


def test_an_english_cue_set_off_by_commas_inside_a_statement_reports_it():
    article = read(
        "\nRecount in Ashby\n"
        "Council member Rhona Tait won the recount. Her first act, she said, would be to "
        "reopen the library. Turnout was 41 percent, a clerk said, up from 38 percent.\n"
    )
    reported = [(q.statement, q.speaker) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("Her first act would be to reopen the library.", "Rhona Tait"),
        ("Turnout was 41 percent up from 38 percent.", None),
    ]


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        pytest.param(
            "Sabine Wollner lost the runoff. She said she had called her rival to congratulate "
            "her. Political scientist Ulrike Brandis was not surprised. According to Brandis, "
            "neither candidate had won back the far-right's voters.",
            [
                (REPORTED, "Sabine Wollner", "She said she had cal"),
                (REPORTED, "Ulrike Brandis", "According to Brandis"),
            ],
            id="according_to_and_a_report_ending_on_her_are_reported_speech",
        ),
        pytest.param(
            "Miriam Hohlmann won 61 percent of the votes, according to figures announced by "
            "the chair. One delegate from Gera, who asked not to be named, said the party was "
            "“gambling with a candidate nobody knows.”",
            [
                (REPORTED, None, "Miriam Hohlmann won "),
                (REPORTED, None, "One delegate from Ge"),
                (DIRECT, None, "gambling with a cand"),
            ],
            id="an_unnamed_delegate_and_figures_according_to_nobody_get_no_speaker",
        ),
    ],
)
def test_english_reported_speech_and_its_speakers(paragraph, said):
    article = read(f"\nRunoff\n{paragraph}\n")
    assert [(q.kind, q.speaker, q.text[:20]) for q in article.quotes] == said


def test_an_unnamed_voter_and_his_next_words_are_not_the_mayors():
    article = read(
        "\nVoices\n"
        "Mayor Kai-Uwe Brandhorst spoke first. Outside a polling station, a retired bus driver "
        "who declined to give his name said he had not voted at all. “They all promise the "
        "same thing,” he said. “It was as close as it gets,” one of Brandhorst’s campaign "
        "volunteers said outside the town hall.\n"
    )
    assert "Kai-Uwe Brandhorst" not in {q.speaker for q in article.quotes}


def test_an_unnamed_man_opening_a_sentence_does_not_report_for_the_last_speaker():
    article = read(
        "\nVoices\n"
        "Candidate Paul Ostendorf said he would stay on the council. "
        "A young man next to him said he had not voted at all.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert reported[-1].text.startswith("A young man")
    assert reported[-1].speaker is None


def test_he_or_she_after_somebody_the_report_does_not_name_is_not_the_last_named_person():
    """An English reporter opens a sentence with a pensioner or the winner's wife, then quotes
    "he said", "she said": their words, not the winner's nor his rival's (the same gender
    named a sentence earlier)."""
    article = read(
        "\nSurprise in Soltau\n"
        "Jens Wiechmann won the runoff. His rival Ute Brandes conceded. “The voters have "
        "spoken,” she said.\n"
        "A pensioner outside the town hall was less impressed. “Nothing will change,” he said.\n"
        "Wiechmann's wife, Meike, watched from the back. “He wanted this,” she said.\n"
    )
    speakers = [q.speaker for q in article.quotes if q.kind == DIRECT]
    assert speakers == ["Ute Brandes", "A pensioner", "Wiechmann's wife"]


def test_what_her_office_or_his_aide_says_is_not_put_in_her_or_his_mouth():
    """An expat newsletter: "Her office says she will hold …" is the office's word about her,
    not hers; "his spokesman said" is the spokesman's. A possessive with a name after its
    noun ("His rival Ute Brandes said") still names who spoke."""
    article = read(
        "\nNew district chief\n"
        "Greta Vollmer (CDU) won the runoff on Sunday. Her office says she will hold an open "
        "consultation hour every month. Karl Imholt conceded; his spokesman said he would "
        "stay on the council. His rival Greta Vollmer said the count was fair.\n"
    )
    reported = [(q.text[:16], q.speaker) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("Her office says ", None),
        ("his spokesman sa", None),
        ("His rival Greta ", "Greta Vollmer"),
    ]


def test_figures_according_to_results_or_an_election_office_have_no_person_as_speaker():
    """Wire copy: "according to preliminary results", "according to the election office",
    "officials said" name no person; the candidates named around them did not say it."""
    article = read(
        "\nConservative wins district runoff\n"
        "Greta Vollmer of the CDU has won the runoff for district administrator, according to "
        "preliminary results published by the district election office on Sunday. Vollmer, "
        "51, took 54.2 percent, ahead of Karl Imholt with 45.8 percent, according to the "
        "election office. Turnout was 37.1 percent, officials said.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert reported and all(q.speaker is None for q in reported)


def test_a_result_the_election_office_closes_with_said_is_not_the_winners_statement():
    article = read(
        "\nGreens win runoff\n"
        "Katrin Bolt, 45, won the runoff with 52.8 percent of the vote against Tom Reed, who "
        "took 47.2 percent, the town's election office said on Sunday night. "
        "John Smith, a spokesman for the council, said the count was fair.\n"
    )
    reported = [(q.speaker, q.text[:12]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [(None, "Katrin Bolt,"), ("John Smith", "John Smith, ")]


def test_he_said_after_somebody_unnamed_was_brought_in_is_not_the_man_named_before():
    article = read(
        "\nCampus reacts\n"
        "Jonas Brede congratulated the winner.\n"
        '"Honestly, nobody talked about housing," said Lena Weyand, a law student. '
        'Her flatmate disagreed. "Ostendorf at least showed up on campus," he said.\n'
    )
    assert direct_speakers(article) == ["Lena Weyand", None]


def test_she_said_after_two_women_met_names_neither_of_them():
    article = read(
        "\nTown hall\n"
        'Mayor Jane Holt and her challenger Ruth Ellery met at the town hall. "We disagree on '
        'almost everything," she said.\n'
    )
    assert direct_speakers(article) == [None]


def test_a_supporter_of_a_candidate_shouting_at_another_is_neither_of_them():
    article = read(
        "\nRunoff\n"
        "Mayor Alan Pryor lost to Dean Whitby. A supporter of Dean Whitby shouted at Pryor: "
        '"Go home!" One of the councillors, a friend of Pryor, said: "It was a fair fight."\n'
    )
    assert direct_speakers(article) == [None, None]


def test_replied_that_and_told_a_named_paper_that_report_the_speakers_words():
    article = read(
        "\nRiverside council backs new bridge after narrow vote\n"
        "OSTERWALD — The council of Osterwald voted 19 to 16 on Monday to build a footbridge "
        "over the river. Mayor Hedda Brinkama (SPD) spoke after the session, and the "
        "opposition was not happy with the result.\n"
        "Asked whether the town could pay for it, Brinkama replied that the state would cover "
        "most of the cost.\n"
        "Brinkama later told the Osterwald Courier that work would start in spring.\n"
    )
    reported = [(q.speaker, q.text[:16]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("Hedda Brinkama", "Asked whether th"),
        ("Hedda Brinkama", "Brinkama later t"),
    ]
