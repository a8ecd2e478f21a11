"""Interviews in question-and-answer form: the answers are the interviewee's own words.

German news prints interviews two ways. Either every turn opens with who speaks
("Frage: …" / "Yıldırım: …"), or the interviewer's questions stand as paragraphs of their own,
each followed by the answer, with the interviewee named in the lead or addressed in the first
question ("Herr Nguyen, …?"). An answer is a direct statement of the interviewee as a whole; a
quotation inside it is somebody the interviewee quotes, so it is not theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.corpus import german
from bot.corpus.german import FORMAL_YOU_RE, QUESTION_LABEL_RE, QUOTED_RE
from bot.corpus.model import PARAGRAPH, Block
from bot.corpus.people import ADDRESS_GENDER, PeopleIndex, PersonRecord

# "Yıldırım: …" / "Ayşe Yıldırım: …" opens an answer (not "Frage: „…“" nor a heading quote).
SPEAKER_LABEL_RE = re.compile(
    r"^([^\W\d_][\w’'.-]*(?:\s[^\W\d_][\w’'.-]*){0,3})(?:\s*\([^)]{1,30}\))?\s*:\s+"
    r"(?=[^„“\"»«\s])"
)
ADDRESS_RE = re.compile(r"^(?:Herr|Frau)\s+([^\W\d_][\w’'-]*(?:\s[^\W\d_][\w’'-]*)?)\s*,")
# A radio script's "O-Ton Klausen:" / "O-Ton Passantin (58):" (original sound) opens the voice's
# own words; "Reporterin:" and "Anmoderation:" are the station's.
# (Words in quotation marks after the label are read as any "Name: „…“" quotation.)
SOUND_BITE_RE = re.compile(
    r"^O-Ton\s+([^\W\d_][^:()]{0,60}?)\s*(?:\([^)]{1,40}\))?\s*:\s+[^„“\"»«\s]"
)
# ("Drei Fragen an X", "Nachgefragt": the short interview's usual headings.)
INTERVIEW_WORDS_RE = re.compile(
    r"\b(?:Interview|Gespräch|im Gespräch|sprach mit|Fragen an|Nachgefragt)\b", re.IGNORECASE
)
# The credit line of an interview, wherever it stands ("Interview: Jana Beispiel", "Das Gespräch
# führte Jana Beispiel.", "Die Fragen stellte …"): it names the interviewer, never a speaker.
CREDIT_RE = re.compile(
    rf"^{german.CREDIT_WORDS}[:\s]\s*"
    r"(?P<names>[^\W\d_][^.?!„“\"»«]{0,80}?)\.?$"
)
CREDIT_NAMES_SPLIT_RE = re.compile(r",\s*|\s+und\s+")
ANSWER_LABELS = frozenset({"Antwort", "A"})
# "Antwort Beispiel:" in a live chat of several answering: the answer of the person named.
ANSWER_WORDS = frozenset({"Antwort", "Antworten"})
# A record's interjection, "Zwischenruf Beispiel (SPD): Das stimmt doch nicht!", is the words of
# the member it names.
INTERJECTION_WORDS = frozenset({"Zwischenruf", "Zuruf"})
# A council's or a parliament's verbatim record prints every turn under its speaker, by role,
# surname and party ("Ratsfrau Muster (Grüne): …", "Oberbürgermeister Beispiel: …"): with no
# question asked, three such turns of two or more people of the article make it a record.
# (Not "Name (CDU): 41,2 Prozent": a result line opens with a figure.)
RECORD_TURN_RE = re.compile(
    r"^([^\W\d_][\w’'.-]*(?:\s[^\W\d_][\w’'.-]*){0,3})\s*(?:\(([^)]{1,30})\))?\s*:\s+"
    r"(?=[^„“\"»«\s\d])"
)
RECORD_TURN_MIN_WORDS = 4  # a turn says something; "Name: Ja." is a vote, not a statement
# Somebody speaks in a record: some turn says "ich" or "wir" outside what it quotes. A list of
# the night's winners and losers ("Name: Die 46-Jährige holt das Landratsamt …") speaks of its
# people, never as them.
FIRST_PERSON = frozenset(
    "ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem "
    "unserer".split()
)
WORD_RE = re.compile(r"[^\W\d_]+")
MASCULINE_ROLE_ENDS = ("herr", "mann")  # "Ratsherr", "Obmann": the role's form tells a man
INITIALS_RE = re.compile(r"(?:[A-ZÄÖÜ]\.\s?){2,3}|[A-ZÄÖÜ]{2,3}")  # "G. W.", "G.W.", "GW"
# "Fünf Fragen an Marlene Muster" (a heading, the person named in full or by surname).
QUESTIONNAIRE_HEADING_RE = re.compile(
    r"\bFragen an\s+(?P<name>[^\W\d_][\w’'-]*(?:\s[^\W\d_][\w’'-]*){0,2})\s*:?\s*$"
)
# "Ihr Lieblingsort in Wismar? Die Hafenspitze …": a short question, then its answer.
INLINE_ANSWER_RE = re.compile(r"[^?„“\"»«]{2,120}\?\s+(?=[^\s?])")
MIN_TURNS = 3  # question-and-answer pairs before a run of paragraphs counts as an interview
INTERVIEW_CUE_REACH = 6  # blocks at the top, and before the first question, that may announce it


@dataclass(frozen=True)
class Answer:
    """One answer of an interview: its block, where the answer's text starts, and who speaks."""

    line: int
    start: int
    speaker: PersonRecord | None  # None: a voice the text does not name ("O-Ton Passantin:")


def interview_answers(blocks: tuple[Block, ...], people: PeopleIndex) -> dict[int, Answer]:
    """The interview answers and radio sound bites of an article by line; empty when it has
    none."""
    answers = (
        _labelled_answers(blocks, people)
        or _alternating_answers(blocks, people)
        or _record_turns(blocks, people)
        or _inline_answers(blocks, people)
    )
    asking = _interviewers(blocks, people) + _hosts(blocks, answers)
    if asking:  # "Jana Beispiel: Wie geht es weiter?" under her credit line: her questions
        answers = {line: a for line, a in answers.items() if a.speaker not in asking}
    return _sound_bites(blocks, people) | answers


def _interviewers(blocks: tuple[Block, ...], people: PeopleIndex) -> list[PersonRecord]:
    """The people an interview's credit line names ("Das Gespräch führten Jana Beispiel und
    Tom Muster."): they ask, never answer."""
    found = []
    for block in blocks:
        credit = CREDIT_RE.match(block.text)
        if credit is None:
            continue
        for name in CREDIT_NAMES_SPLIT_RE.split(credit.group("names")):
            person = people.get(name.strip())
            if person is not None:
                found.append(person)
    return found


def _hosts(blocks: tuple[Block, ...], answers: dict[int, Answer]) -> list[PersonRecord]:
    """The hosts of a transcript ("Jana: Frau Beispiel, was ist passiert?"): a voice with two
    turns or more that asks and otherwise only addresses a guest ("Herr Muster, vielen Dank.").
    A guest who asks back once also says something of their own."""
    turns: dict[int, list[str]] = {}
    voices: dict[int, PersonRecord] = {}
    by_line = {block.line: block for block in blocks}
    for answer in answers.values():
        if answer.speaker is not None and answer.line in by_line:
            turn = by_line[answer.line].text[answer.start :].strip()
            turns.setdefault(id(answer.speaker), []).append(turn)
            voices[id(answer.speaker)] = answer.speaker
    hosts = []
    for key, said in turns.items():
        asking = [t.endswith("?") for t in said]
        addressing = [bool(ADDRESS_RE.match(t)) for t in said]
        if len(said) >= 2 and any(asking) and all(map(bool.__or__, asking, addressing)):
            hosts.append(voices[key])
    return hosts


def _sound_bites(blocks: tuple[Block, ...], people: PeopleIndex) -> dict[int, Answer]:
    """ "O-Ton Klausen: Wir sind froh.": the voice's words, from the label's end to the paragraph's;
    the speaker is the person the label names (full name or surname), else nobody."""
    bites: dict[int, Answer] = {}
    for block in blocks:
        match = SOUND_BITE_RE.match(block.text)
        if match is None:
            continue
        # ("O-Ton Henning Paschke, Wahlleiter:": the name before the comma, then the role.)
        label = match.group(1).split(",")[0].strip()
        speaker = people.get(label) or people.get(label.split()[-1])
        bites[block.line] = Answer(block.line, match.end() - 1, speaker)
    return bites


def _labelled_answers(blocks: tuple[Block, ...], people: PeopleIndex) -> dict[int, Answer]:
    questions = [b for b in blocks if QUESTION_LABEL_RE.match(b.text) and "?" in b.text]
    if len(questions) < MIN_TURNS:
        return {}
    # "Frage: Frau Beispiel, …?" names whom "Antwort:" and "G. W.:" mean.
    label = QUESTION_LABEL_RE.match(questions[0].text)
    asked = replace(questions[0], text=questions[0].text[label.end() - 1 :]) if label else None
    interviewee = _interviewee(blocks, asked, people) if asked else None
    asking = questions[0].text.split(":", 1)[0].strip()
    answers = _labelled(blocks, people, interviewee, asking)
    if len(answers) < MIN_TURNS:
        return {}
    return answers | _going_on(blocks, answers, asking)


def _labelled(
    blocks: tuple[Block, ...],
    people: PeopleIndex,
    interviewee: PersonRecord | None,
    asking: str | None = None,
) -> dict[int, Answer]:
    """The answers that open with whose they are ("Beispiel:", "A. B.:", "KM:", "Antwort:"),
    by line. Capitals that look like a medium's ("SZ:") open an answer only when they are the
    initials or the name of a person of the article ("POHL:", as transcripts print a surname)
    and not the label the first question stands under (`asking`)."""
    answers: dict[int, Answer] = {}
    for block in blocks:
        match = SPEAKER_LABEL_RE.match(block.text)
        if match is None:
            continue
        label = match.group(1)
        person = _answer_speaker(label, people, interviewee)
        question = QUESTION_LABEL_RE.match(block.text)
        if question and (label == asking or person is None or question.group("host")):
            continue  # (a host named after the role, "Moderatorin Name:", asks too)
        if person is not None:
            answers[block.line] = Answer(block.line, match.end(), person)
    return answers


def _going_on(
    blocks: tuple[Block, ...], answers: dict[int, Answer], asking: str
) -> dict[int, Answer]:
    """Paragraphs with no label right after an answer, before the interview's next labelled
    turn: the answer going on ("KM: Das Freibad … ." / "Und dann die Straße … ."). Paragraphs
    after the last turn are the closing note, nobody's answer."""
    going_on: dict[int, Answer] = {}
    pending: list[Block] = []
    speaker: PersonRecord | None = None
    for block in blocks:
        answer = answers.get(block.line)
        # (Also a second host's turn: "MODERATORIN:" asks first, "MODERATOR:" as well.)
        turn = (
            answer is not None
            or block.text.startswith(f"{asking}:")
            or QUESTION_LABEL_RE.match(block.text) is not None
        )
        if turn:
            going_on.update({b.line: Answer(b.line, 0, speaker) for b in pending if speaker})
            pending = []
            speaker = answer.speaker if answer is not None else None
        elif speaker is not None and block.kind == PARAGRAPH:
            pending.append(block)
        else:
            speaker, pending = None, []
    return going_on


def _record_turns(blocks: tuple[Block, ...], people: PeopleIndex) -> dict[int, Answer]:
    """The turns of a verbatim record ("Ratsherr Beispiel (CDU): Das ist ein schlechtes
    Signal."), by line: each paragraph under a label naming one person of the article is
    theirs, when three or more do, they are two people or more, and somebody speaks as
    themselves (`FIRST_PERSON`)."""
    turns: dict[int, Answer] = {}
    for block in blocks:
        if block.kind != PARAGRAPH:
            continue
        match = RECORD_TURN_RE.match(block.text)
        if match is None or len(block.text[match.end() :].split()) < RECORD_TURN_MIN_WORDS:
            continue
        host = QUESTION_LABEL_RE.match(block.text)
        if host is not None and host.group("host"):
            continue  # "Moderatorin Name:": the host asks, no turn of the record
        person = _labelled_person(match.group(1), match.group(2), people)
        if person is not None:
            turns[block.line] = Answer(block.line, match.end(), person)
    if len(turns) < MIN_TURNS or len({id(a.speaker) for a in turns.values()}) < 2:
        return {}
    texts = {block.line: block.text for block in blocks}
    spoken = (
        WORD_RE.findall(QUOTED_RE.sub(" ", texts[line][answer.start :]).lower())
        for line, answer in turns.items()
    )
    return turns if any(not FIRST_PERSON.isdisjoint(said) for said in spoken) else {}


def _labelled_person(label: str, bracket: str | None, people: PeopleIndex) -> PersonRecord | None:
    """The person a record's label names: the name itself ("Jana Beispiel"), or the name after
    role nouns and titles ("Ratsfrau Beispiel", "Bürgermeister Dr. Muster"); a surname two
    people share is theirs whose gender (by the role noun's form) and party (in brackets) fit,
    if that is one person."""
    person = _named_person(label, people)
    if person is not None:
        return person
    words = label.split()
    roles = []
    while len(words) > 1 and (
        german.is_role_noun(words[0])
        or words[0] in ("Dr.", "Prof.")
        or words[0] in INTERJECTION_WORDS
    ):
        roles.append(words.pop(0))
    name = " ".join(words)
    if not roles or not name:
        return None
    person = _named_person(name, people)
    if person is not None:
        return person
    fitting = [p for p in people.records if name in p.surnames()]
    gender = _role_gender(roles)
    if gender is not None:
        fitting = [p for p in fitting if p.gender == gender]
    party = german.party_in(bracket) if bracket else None
    if party is not None:
        fitting = [p for p in fitting if p.party == party]
    return fitting[0] if len(fitting) == 1 else None


def _named_person(label: str, people: PeopleIndex) -> PersonRecord | None:
    """The person a label names as written, or after "Frau"/"Herr" as a child's interview does
    ("Frau Rohlfs:") when the gender fits."""
    person = people.get(label)
    address, _, name = label.partition(" ")
    if person is None and address in ADDRESS_GENDER and name:
        found = people.get(name)
        if found is not None and found.gender in (ADDRESS_GENDER[address], None):
            person = found
    return person


def _role_gender(roles: list[str]) -> str | None:
    """ "f" for "Ratsfrau", "Stadträtin"; "m" for "Ratsherr"; else None ("Abgeordnete")."""
    for role in roles:
        if role in german.ROLE_ABBREVIATIONS and role.endswith("in"):
            return "f"  # "StRin", "OBin"
        if german.is_feminine_role(role) or role.lower().endswith("frau"):
            return "f"
        if role.lower().endswith(MASCULINE_ROLE_ENDS):
            return "m"
    return None


def _answer_speaker(
    label: str, people: PeopleIndex, interviewee: PersonRecord | None
) -> PersonRecord | None:
    """Who answers under a label: the person it names ("Beispiel:"), the interviewee under
    "Antwort:", the one person whose initials it is ("A. B.:") or whose first name it is
    ("Katrin:", as youth and local pages print interviews)."""
    # ("Bürgermeisterin Name:", "Frau Name:" name one too; so does a name in capitals, as
    # transcripts print it: "BASTGEN:", "DAGMAR POHL:".)
    person = _labelled_person(label, None, people)
    if person is None and label.isupper() and len(label) > 3:
        person = _labelled_person(label.title(), None, people)
    if person is not None:
        return person
    if label in ANSWER_LABELS:
        return interviewee
    word, _, named = label.partition(" ")
    if word in ANSWER_WORDS and named:
        return people.get(named)
    first = [p for p in people.records if " " in p.name and p.name.split()[0] == label]
    return first[0] if len(first) == 1 else _initials_of(label, people)


def _initials_of(label: str, people: PeopleIndex) -> PersonRecord | None:
    """The one person of the article whose initials a label is ("A. B.", "AB"); else None."""
    if not INITIALS_RE.fullmatch(label):
        return None
    letters = [c for c in label if c.isupper()]
    fitting = [
        p for p in people.records if [w[0] for w in p.name.replace("-", " ").split()] == letters
    ]
    return fitting[0] if len(fitting) == 1 else None


def _alternating_answers(blocks: tuple[Block, ...], people: PeopleIndex) -> dict[int, Answer]:
    """Question paragraphs (ending in "?") each followed by an answer paragraph, in an article
    that says it is an interview (at its top, or right before the questions: a report often
    ends with one, "Nachgefragt") and names whom it asks."""
    pairs = [
        (question, answer)
        for question, answer in pairwise(blocks)
        if _plain(question.text).endswith("?") and not _plain(answer.text).endswith("?")
    ]
    pairs = sorted(pairs + _statement_questions(blocks, pairs), key=lambda pair: pair[0].line)
    if not pairs:
        return {}
    first = blocks.index(pairs[0][0])
    if len(pairs) < MIN_TURNS and not _asked_under_heading(blocks, first, people):
        return {}
    announced = blocks[:INTERVIEW_CUE_REACH] + blocks[max(0, first - INTERVIEW_CUE_REACH) : first]
    if (
        not any(INTERVIEW_WORDS_RE.search(b.text) for b in announced)
        and not any(CREDIT_RE.match(b.text) for b in blocks)
        and not _asks_by_address(pairs, people)
    ):
        return {}
    # An answer that opens with its speaker's name is theirs ("Kruse: …" in an interview of
    # two), wherever it stands; an unlabelled one is the interviewee's, if the text says who.
    person = _interviewee(blocks, pairs[0][0], people)
    answers = _labelled(blocks, people, person)
    for _, answer in pairs:
        if answer.line not in answers and person is not None:
            answers[answer.line] = Answer(answer.line, 0, person)
    return answers


def _asks_by_address(pairs: list[tuple[Block, Block]], people: PeopleIndex) -> bool:
    """An interview no word announces ("Die Kanalbrücke kommt zuerst"): its first question
    addresses a person of the article ("Frau Albersmeyer, haben Sie …?") and its questions
    put to "Sie" are enough turns to be one."""
    address = ADDRESS_RE.match(_plain(pairs[0][0].text))
    if address is None or people.get(address.group(1)) is None:
        return False
    return sum(1 for question, _ in pairs if FORMAL_YOU_RE.search(question.text)) >= MIN_TURNS


def _plain(text: str) -> str:
    """A paragraph without the emphasis marks a copy from a web editor may keep around it
    ("**Frau Name, …?**" is a bold question)."""
    return text.strip().strip("*_").rstrip()


def _asked_under_heading(blocks: tuple[Block, ...], first: int, people: PeopleIndex) -> bool:
    """Does a short interview's heading ("Nachgefragt", "Drei Fragen an …") stand right
    before its first question, which addresses a person of the article ("Frau Kettler, …?")?
    Then even one or two questions are an interview, as at the end of a report."""
    if first == 0 or not INTERVIEW_WORDS_RE.search(blocks[first - 1].text):
        return False
    address = ADDRESS_RE.match(_plain(blocks[first].text))
    return address is not None and people.get(address.group(1)) is not None


def _inline_answers(blocks: tuple[Block, ...], people: PeopleIndex) -> dict[int, Answer]:
    """A short questionnaire closing a portrait: under a heading "Fünf Fragen an Name", each
    paragraph asks and answers at once ("Ihr Lieblingsort? Die Hafenspitze."); what follows
    the question is that person's answer, up to the first paragraph of another form."""
    answers: dict[int, Answer] = {}
    person: PersonRecord | None = None
    for block in blocks:
        heading = QUESTIONNAIRE_HEADING_RE.search(block.text) if "Fragen an" in block.text else None
        if heading is not None:
            person = people.get(heading.group("name"))
            continue
        inline = INLINE_ANSWER_RE.match(block.text) if person is not None else None
        if inline is None or block.text.rstrip().endswith("?"):
            person = None
            continue
        answers[block.line] = Answer(block.line, inline.end(), person)
    return answers if len(answers) >= MIN_TURNS else {}


def _statement_questions(
    blocks: tuple[Block, ...], pairs: list[tuple[Block, Block]]
) -> list[tuple[Block, Block]]:
    """A question put as a statement ("Ihr Vorgänger hat das dreimal verschoben.") between an
    answer and the next question's answer: the paragraph right after an answer that addresses
    the interviewee politely, followed by one more paragraph and then a question. It and the
    paragraph after it are one more turn, so strict alternation is kept. (An answer that
    itself addresses somebody politely leaves the turns unclear: none is taken.)"""
    answers = {answer.line for _, answer in pairs}
    questions = {question.line for question, _ in pairs}
    found = []
    for before, statement, reply, after in zip(
        blocks, blocks[1:], blocks[2:], blocks[3:], strict=False
    ):
        if (
            before.line in answers
            and after.line in questions
            and not statement.text.rstrip().endswith("?")
            and not reply.text.rstrip().endswith("?")
            and FORMAL_YOU_RE.search(statement.text)
            and not FORMAL_YOU_RE.search(reply.text)
        ):
            found.append((statement, reply))
    return found


def _interviewee(
    blocks: tuple[Block, ...], first_question: Block, people: PeopleIndex
) -> PersonRecord | None:
    """The person the first question addresses ("Herr Nguyen, …?"), else the one person the
    heading quotes ("Nguyen Van Minh: „…“")."""
    address = ADDRESS_RE.match(_plain(first_question.text))
    if address is not None:
        person = people.get(address.group(1))
        if person is not None:
            return person
    for block in blocks:
        if block.line >= first_question.line:
            break
        match = SPEAKER_LABEL_RE.match(block.text) or re.match(r"^(.+?):\s*[„“\"»«]", block.text)
        if match is not None:
            person = people.get(match.group(1).strip())
            if person is not None:
                return person
    return _said_to_answer(blocks, first_question, people)


# The lead of written questions says who answered them: "Geantwortet hat Sprecherin X.", "X hat
# unsere Fragen schriftlich beantwortet", "X stand Rede und Antwort".
ANSWERED_BY_RE = re.compile(r"\b(?:[Gg]eantwortet|beantwortet\w*|Rede und Antwort)\b")


def _said_to_answer(
    blocks: tuple[Block, ...], first_question: Block, people: PeopleIndex
) -> PersonRecord | None:
    """The one person a sentence before the first question says answered the questions; None
    when none is named there or several (an FAQ answered by the newspaper names nobody so)."""
    found: set[str] = set()
    for block in blocks:
        if block.line >= first_question.line:
            break
        for sentence in re.split(r"(?<=[.!?])\s+", block.text):
            if ANSWERED_BY_RE.search(sentence) is None:
                continue
            found.update(
                p.name
                for p in people.records
                if any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in (p.name, *p.aliases()))
            )
    return people.get(found.pop()) if len(found) == 1 else None
