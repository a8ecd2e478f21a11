"""The honest no (issue 11): a line that shares the question's words but does not state what
was asked is no answer; the reader hears that the articles do not say."""

import pytest

from bot.engine.engine import Engine
from bot.engine.folding import words
from bot.engine.honest import _cost_verb, _name_asked, _name_words
from tests.engine.conftest import engine_over_texts, texts

# Two towns: one paper names the mayor who leaves, the other only the one who comes.
HANDOVER = {
    "stichwahl_eichwalde": (
        "Eichwalde hat einen neuen Bürgermeister\n"
        "Von Kai Beispiel\n"
        "Eichwalde – Jonas Brecht (SPD) ist neuer Bürgermeister von Eichwalde. Er gewann die "
        "Stichwahl mit 56 Prozent.\n"
        "Die scheidende Bürgermeisterin Helga Rautmann (CDU) gratulierte ihm noch am Abend.\n"
    ),
    "stichwahl_moosbach": (
        "Moosbach hat eine neue Bürgermeisterin\n"
        "Von Ute Muster\n"
        "Moosbach – Lina Korte (Grüne) ist neue Bürgermeisterin von Moosbach. Sie gewann die "
        "Stichwahl mit 52 Prozent.\n"
        "Der bisherige Bürgermeister, der nicht mehr angetreten war, gratulierte Korte am "
        "Telefon.\n"
    ),
    "wire_moosbach": (
        "Greens win Moosbach runoff\n"
        "By Ann Example\n"
        "MOOSBACH – Lina Korte of the Greens was elected mayor of Moosbach on Sunday.\n"
        "The outgoing mayor, who did not run again, congratulated Korte by phone.\n"
    ),
}


def ask(engine, question):
    return engine.handle_message(question, dm=True)


def test_the_earlier_mayor_named_as_such_answers_who_was_before(night):
    reply = ask(night, "wer war vorher bürgermeisterin in eichwalde")
    assert reply.status == "ok"
    assert "Helga Rautmann" in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    [
        "wie heißt der bisherige bürgermeister von moosbach",
        "who was moosbach's previous mayor",
    ],
)
def test_a_new_mayor_or_a_nameless_old_one_does_not_say_who_was_before(night, question):
    """The new mayor is named, the old one only by office: the articles do not say who it was."""
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)


# A town's election night naming one of its villages in another paragraph; the village's news.
TOWN_AND_VILLAGE = {
    "stichwahl_grossstedt": (
        "Großstedt wählt Brandt\n"
        "Von Eva Muster\n"
        "Großstedt – Mia Brandt (SPD) ist neue Bürgermeisterin. Die Wahlbeteiligung lag bei "
        "41,2 Prozent.\n"
        "Am längsten warteten die Helfer auf den Wahlbezirk Kleinau. Brandt dankte ihnen.\n"
    ),
    "feuerwehrfest_kleinau": (
        "Kleinau feiert seine Feuerwehr\n"
        "Von Tom Beispiel\n"
        "Kleinau – Mit einem Umzug hat die Freiwillige Feuerwehr ihr 125-jähriges Bestehen "
        "gefeiert. Rund 800 Gäste kamen zum Festzelt.\n"
    ),
}


# A bridge closed: a traffic jam measured in kilometres, commuters counted elsewhere.
BRIDGE = {
    "brueckensperrung_lindau_am_see": (
        "Seebrücke bleibt gesperrt\n"
        "Von Ida Beispiel\n"
        "Lindau am See – Seit Freitag ist die Seebrücke für Autos gesperrt. Auf der Umleitung "
        "stauten sich die Autos am Montag bis zu vier Kilometer weit.\n"
        "Rund 300 Pendler nehmen seitdem morgens die Fähre.\n"
    ),
}


# A runoff's count, with the first round's turnout only.
RUNOFF = {
    "stichwahl_hainbach": (
        "Vogel gewinnt in Hainbach\n"
        "Von Jan Muster\n"
        "Hainbach – Kerstin Vogel (SPD) erhielt in der Stichwahl 5.120 Stimmen. Die "
        "Wahlbeteiligung lag bei 35,2 Prozent; im ersten Wahlgang waren es 44,0 Prozent.\n"
    ),
}


# An obituary: the year he came, only a duration for when he left.
OBITUARY = {
    "nachruf_altbuergermeister_tannau": (
        "Tannau trauert um Altbürgermeister Georg Kessel\n"
        "Von Rita Beispiel\n"
        "Tannau – Ins Rathaus zog Georg Kessel 1979 ein. Er blieb dort 24 Jahre lang "
        "Bürgermeister.\n"
    ),
}

# A mayor who does not stand again, and a treasurer who takes office ("ihr Amt antreten").
STANDING = {
    "abschied_feldau": (
        "Abschied im Rathaus Feldau\n"
        "Von Eva Beispiel\n"
        "Feldau – Bürgermeister Anton Reimers (SPD) tritt nach drei Amtszeiten nicht mehr an. "
        "Das kündigte er am Montag im Rat an.\n"
        "Die neue Kämmerin Carla Wendt wird ihr Amt am 1. Mai antreten. Wendt sprach von einer "
        "schönen Aufgabe.\n"
    ),
    "stichwahl_kranzberg": (
        "Almendinger gewinnt in Kranzberg\n"
        "Von Rita Muster\n"
        "Kranzberg – Petra Almendinger (CSU) gewann die Stichwahl gegen Rolf Seiwald (SPD) mit "
        "53 Prozent.\n"
    ),
    "abschied_wiesental": (
        "Wiesental sucht eine neue Bürgermeisterin\n"
        "Von Ida Muster\n"
        "Wiesental – Bürgermeisterin Gisela Brandauer (CDU) tritt aus Altersgründen nicht mehr "
        "an. Sie führt die Gemeinde seit 2008.\n"
    ),
}


# Two councils' evenings: one bridge with its price, one cycle path with parking spaces only.
COUNCILS = {
    "stadtrat_birkenfeld": (
        "Stadtrat beschließt neue Brücke\n"
        "Von Lea Beispiel\n"
        "Birkenfeld – Der Stadtrat hat am Dienstag die neue Brücke über die Nahe beschlossen. "
        "Sie soll 1,8 Millionen Euro kosten.\n"
    ),
    "stadtrat_eschenbach": (
        "Eschenbach bekommt seine Radwege\n"
        "Von Max Muster\n"
        "Eschenbach – Die Radwege an der Bahnhofstraße kommen: Dafür fallen 40 Parkplätze weg, "
        "die Fahrbahn bekommt zwei getrennte Spuren.\n"
    ),
}


# An election day's report with the queues at the polls and a candidate voting, no turnout.
POLLING_DAY = {
    "wahltag_lindenfels": (
        "Lange Schlangen in Lindenfels\n"
        "Von Jan Beispiel\n"
        "Lindenfels – Vor dem Wahllokal in der Grundschule standen die Wähler am Sonntag "
        "Schlange. Kandidatin Petra Sommer (SPD) hat ihren Wahlzettel schon am Morgen "
        "abgegeben.\n"
    ),
}


# A new district chief, her husband and her son, who share her surname and are named only in
# passing (the son shares his first name with Eichwalde's new mayor).
FAMILY = {
    "portraet_landraetin_ebersau": (
        "Die neue Landrätin kennt jeden Schützenverein\n"
        "Von Ole Beispiel\n"
        "Ebersau – Tanja Fiedler (CSU) hat die Stichwahl um das Landratsamt gewonnen. Sie "
        "erhielt 54 Prozent der Stimmen.\n"
        "Die 47-Jährige wird als erste Frau den Kreis führen. Ihr Mann Kurt Fiedler, Tischler "
        "in Ebersau, hält sich aus der Politik heraus. Ihr Sohn Jonas Fiedler studiert in "
        "Passau.\n"
    ),
}


# A mayor steps down, a treasurer retires: each on a date; since when the mayor has held his
# office is told, since when the treasurer is in her party not.
RESIGNATION = {
    "ruecktritt_hollfeld": (
        "Bürgermeister von Hollfeld tritt zurück\n"
        "Von Nina Beispiel\n"
        "Hollfeld – Bürgermeister Gregor Tannhauser (CDU) legt sein Amt zum 31. März nieder. "
        "Tannhauser ist seit 2014 Bürgermeister von Hollfeld.\n"
    ),
    "ruhestand_kaemmerin_weidach": (
        "Kämmerin von Weidach geht in den Ruhestand\n"
        "Von Nina Beispiel\n"
        "Weidach – Kämmerin Ute Brandl (SPD) geht zum 1. April in den Ruhestand. Brandl "
        "will sich dann um ihren Garten kümmern.\n"
    ),
}


# A town's pool, car park and sports ground: a sum each, the entrance fee and the bus service's
# cost not told (the car park's income only goes to the buses).
POOL = {
    "freibad_rosenau": (
        "Rosenau streitet über sein Freibad\n"
        "Von Eva Beispiel\n"
        "Rosenau – Das Freibad in Rosenau ist marode. Eine Sanierung würde drei Millionen Euro "
        "kosten, sagte Bürgermeister Udo Kernbach (SPD).\n"
        "Die Stadt nimmt mit dem Parkhaus am Bahnhof jährlich 200.000 Euro ein. Das Geld "
        "fließe in den Busverkehr.\n"
        "Der Gemeinderat stimmte dem Bau eines Sportplatzes zu. Die Stadt trägt die Kosten von "
        "rund 500.000 Euro.\n"
    ),
}


# A sports club counts its members; of its departments only the football one.
CLUB = {
    "jubilare_talheim": (
        "Sportverein Talheim ehrt seine Jubilare\n"
        "Von Eva Beispiel\n"
        "Talheim – Beim Ehrenabend des SV Talheim standen die treuesten Mitglieder im "
        "Mittelpunkt.\n"
        "Der Verein hat 900 Mitglieder. Die Tennisabteilung feiert ihr 50-jähriges Bestehen.\n"
        "Die Fußballabteilung hat 240 Mitglieder, sagte der Vorsitzende Rolf Quandtmeier.\n"
    ),
}


# The town hall's notice of a runoff: a date with its year and the opening hours, no count of
# polling stations; the helpers counted in a paragraph of their own.
NOTICE = {
    "bekanntmachung_hohenau": (
        "Stichwahl in Hohenau\n"
        "Von Eva Beispiel\n"
        "Hohenau – Die Stichwahl findet am Sonntag, 19. April 2026, statt. Die Wahllokale sind "
        "von 8 bis 18 Uhr geöffnet.\n"
        "Im Einsatz sind rund 120 Wahlhelferinnen und Wahlhelfer.\n"
    ),
}


# A district council's election night: the loss in seats told, the seats held not.
SEATS = {
    "kreistagswahl_tannau": (
        "Kreistag Tannau: CDU bleibt vorn\n"
        "Von Ida Muster\n"
        "Tannau – Die CDU bleibt stärkste Kraft im Kreistag. „Wir haben zwei Sitze verloren, "
        "aber die Dörfer vertrauen uns“, sagte CDU-Fraktionschef Ralf Quandt.\n"
    ),
    "wire_tannau": (
        "Greens gain in Tannau\n"
        "By Ann Example\n"
        "TANNAU – The Christian Democrats stayed ahead in Tannau despite losing two seats, while "
        "the Greens gained four.\n"
    ),
}


# Medicines short in two towns: one mother's round of pharmacies, the other town's pharmacies
# counted.
PHARMACIES = {
    "lieferengpass_wiesental": (
        "Kein Fiebersaft in Wiesental\n"
        "Von Ute Beispiel\n"
        "Wiesental – Seit Wochen fehlen Säfte für Kinder. Eine Mutter erzählt, sie sei an einem "
        "Nachmittag in vier Apotheken gewesen.\n"
    ),
    "lieferengpass_bergheim": (
        "Auch Bergheim wartet auf Fiebersaft\n"
        "Von Ute Beispiel\n"
        "Bergheim – In Bergheim gibt es 14 Apotheken, keine hat noch Fiebersaft.\n"
    ),
}


# A mayor's first hundred days: his age told, his daughter only mentioned.
HUNDRED_DAYS = {
    "hundert_tage_wiesloch": (
        "Hundert Tage im Amt\n"
        "Von Ida Muster\n"
        "Wiesloch – Seit hundert Tagen ist der 41-jährige Timo Brandhorst (SPD) Bürgermeister. "
        "Er will das Rathaus schneller machen.\n"
        "Die Bilder an der Wand hat seine Tochter ausgesucht, sagt Brandhorst.\n"
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    """One night's papers: all the articles above together."""
    folder = tmp_path_factory.mktemp("night")
    papers = {
        **HANDOVER,
        **TOWN_AND_VILLAGE,
        **BRIDGE,
        **RUNOFF,
        **OBITUARY,
        **STANDING,
        **COUNCILS,
        **POLLING_DAY,
        **FAMILY,
        **POOL,
        **CLUB,
        **NOTICE,
        **SEATS,
        **PHARMACIES,
        **HUNDRED_DAYS,
    }
    return engine_over_texts(folder, papers, config)


def test_the_towns_turnout_answers_for_the_town(night):
    reply = ask(night, "wie hoch war die wahlbeteiligung in großstedt")
    assert reply.status == "ok" and "41,2 Prozent" in texts(reply)[0]


def test_the_towns_turnout_is_not_the_turnout_of_a_village_it_names_elsewhere(night):
    reply = ask(night, "wie hoch war die wahlbeteiligung in kleinau")
    assert reply.status == "not_found"
    assert "41,2" not in reply.text


def test_another_towns_earlier_mayor_is_not_the_one_asked_about(night):
    """Eichwalde's old mayor, named as such, is no answer about Moosbach."""
    reply = ask(night, "wer war vorher bürgermeister in moosbach")
    assert reply.status == "not_found", texts(reply)


def test_commuters_counted_answer_how_many_commuters(night):
    reply = ask(night, "wie viele pendler nehmen die fähre")
    assert reply.status == "ok" and "300" in texts(reply)[0]


def test_a_jam_in_kilometres_does_not_count_the_cars_in_it(night):
    """ "bis zu vier Kilometer" measures the jam; nothing counts the cars in it."""
    reply = ask(night, "wie viele autos stauten sich auf der umleitung")
    assert reply.status == "not_found", texts(reply)


@pytest.mark.parametrize(
    "question",
    ["wie viele wahllokale gibt es in hohenau", "how many polling stations does hohenau have"],
)
def test_opening_hours_and_a_dates_year_do_not_count_the_polling_stations(night, question):
    """ "von 8 bis 18 Uhr" is a time, "19. April 2026" a date: neither counts the polls."""
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)
    helpers = ask(night, "wie viele wahlhelfer sind in hohenau im einsatz")
    assert helpers.status == "ok" and "120" in texts(helpers)[0]


def test_seats_lost_answer_how_many_were_lost_not_how_many_are_held(night):
    """ "zwei Sitze verloren" is a change; the seats the CDU holds now nobody counts."""
    for question in (
        "wie viele sitze hat die cdu im kreistag tannau",
        "how many seats do the greens have in tannau",
    ):
        held = ask(night, question)
        assert held.status == "not_found", texts(held)
    for question in (
        "wie viele sitze hat die cdu in tannau verloren",
        "how many seats did the cdu lose in tannau",
    ):
        lost = ask(night, question)
        assert lost.status == "ok" and "zwei Sitze verloren" in texts(lost)[0]


def test_the_pharmacies_one_mother_tried_are_not_all_there_are(night):
    """ "in vier Apotheken gewesen" is where she went: how many there are in Wiesental nobody
    says; Bergheim's are counted, and the mother's round answers how many she tried."""
    there = ask(night, "wie viele apotheken gibt es in wiesental")
    assert there.status == "not_found", texts(there)
    counted = ask(night, "wie viele apotheken gibt es in bergheim")
    assert counted.status == "ok" and "14 Apotheken" in texts(counted)[0]
    tried = ask(night, "in wie vielen apotheken war die mutter in wiesental")
    assert tried.status == "ok" and "vier Apotheken" in texts(tried)[0]


@pytest.mark.parametrize(
    "question", ["wie alt ist brandhorsts tochter", "how old is brandhorst's daughter"]
)
def test_a_fathers_age_is_not_his_daughters(night, question):
    """ "der 41-jährige Timo Brandhorst" is his age; hers nobody gives."""
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)
    his = ask(night, "wie alt ist timo brandhorst")
    assert his.status == "ok" and "41-jährige" in texts(his)[0]


def test_the_runoffs_count_answers_for_the_runoff(night):
    reply = ask(night, "wie viele stimmen hatte vogel in der stichwahl")
    assert reply.status == "ok" and "5.120" in texts(reply)[0]


def test_the_runoffs_count_is_not_the_first_rounds(night):
    reply = ask(night, "wie viele stimmen hatte vogel im ersten wahlgang")
    assert reply.status == "not_found", texts(reply)


def test_the_year_he_came_answers_in_which_year(night):
    """The line with the year comes first, not "24 Jahre lang", which names none."""
    reply = ask(night, "in welchem jahr zog kessel ins rathaus ein")
    assert reply.status == "ok" and "1979" in texts(reply)[0]


def test_how_long_he_stayed_is_not_the_year_he_left(night):
    """ "24 Jahre lang" gives no year: the articles do not say when he stopped."""
    reply = ask(night, "in welchem jahr hat kessel als bürgermeister aufgehört")
    assert reply.status == "not_found", texts(reply)


@pytest.mark.parametrize(
    "question",
    ["tritt reimers wieder an", "Is Reimers running again?"],
)
def test_whether_somebody_stands_again_is_answered_by_a_line_about_standing(night, question):
    reply = ask(night, question)
    assert reply.status == "ok" and "nach drei Amtszeiten nicht mehr an" in texts(reply)[0]


@pytest.mark.parametrize(
    "question", ["warum tritt reimers nicht mehr an", "why is reimers not running again"]
)
def test_why_somebody_does_not_stand_again_is_not_the_line_saying_that_he_does_not(night, question):
    """ "Reimers tritt nach drei Amtszeiten nicht mehr an" says that he does not, not why."""
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)


def test_why_somebody_does_not_stand_again_is_answered_by_the_reason_given(night):
    reply = ask(night, "warum tritt brandauer nicht mehr an")
    assert reply.status == "ok" and "aus Altersgründen" in texts(reply)[0]


@pytest.mark.parametrize(
    "question", ["gegen wen hat jonas brecht gewonnen", "against whom did brecht win"]
)
def test_whom_somebody_beat_is_not_said_by_a_line_naming_nobody_against_him(night, question):
    """ "Jonas Brecht ist neuer Bürgermeister … Er gewann die Stichwahl mit 56 Prozent" names
    no opponent."""
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)


def test_whom_somebody_beat_is_answered_by_the_line_setting_them_against_each_other(night):
    reply = ask(night, "gegen wen hat almendinger gewonnen")
    assert reply.status == "ok" and any("gegen Rolf Seiwald" in t for t in texts(reply))


@pytest.mark.parametrize(
    "question", ["tritt wendt wieder an", "kandidiert wendt noch einmal", "Is Wendt running again?"]
)
def test_taking_office_is_not_standing_again(night, question):
    """ "Wendt wird ihr Amt am 1. Mai antreten" shares "antreten" with the question: she
    takes office; whether she will stand again the articles do not say."""
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)


def test_the_price_in_euros_answers_what_the_bridge_costs(night):
    reply = ask(night, "was kostet die brücke in birkenfeld")
    assert reply.status == "ok" and "1,8 Millionen Euro" in texts(reply)[0]


def test_parking_spaces_and_lanes_do_not_say_what_the_bike_lanes_cost(night):
    """ "40 Parkplätze", "zwei Spuren": numbers, but no sum of money; the articles do not say."""
    reply = ask(night, "how much will the bike lanes in eschenbach cost")
    assert reply.status == "not_found", texts(reply)


def test_the_pools_renovation_cost_answers_what_the_renovation_costs(night):
    reply = ask(night, "was kostet die sanierung des freibads in rosenau")
    assert reply.status == "ok" and "drei Millionen Euro" in texts(reply)[0]


@pytest.mark.parametrize(
    "question", ["wie viel kostet der sportplatz in rosenau", "was hat der sportplatz gekostet"]
)
def test_a_sum_after_the_sentence_naming_the_thing_answers_what_it_costs(night, question):
    reply = ask(night, question)
    assert reply.status == "ok" and "500.000 Euro" in " ".join(texts(reply))


@pytest.mark.parametrize(
    "question",
    [
        "wie viel eintritt kostet das freibad in rosenau",
        "wie viel kostet der busverkehr in rosenau im jahr",
        "how much does the ferry in rosenau cost each year",
        "was hat der kunstrasen in rosenau gekostet",
    ],
)
def test_a_sum_for_another_thing_does_not_say_what_this_one_costs(night, question):
    """The renovation's three million are not the entrance fee, the car park's income is not
    what the buses cost, and nothing is said of a ferry: the articles do not say."""
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)


@pytest.mark.parametrize(
    ("department", "members"), [("fußballabteilung", "240 Mitglieder"), ("tennisabteilung", None)]
)
def test_a_departments_members_are_counted_only_where_the_department_is_named(
    night, department, members
):
    """The football department's 240 members answer for it; the club's 900 are no count of
    the tennis department's, nor is its age: for it the articles do not say."""
    reply = ask(night, f"wie viele mitglieder hat die {department} in talheim")
    if members is None:
        assert reply.status == "not_found", texts(reply)
    else:
        assert reply.status == "ok" and members in texts(reply)[0]


def test_the_towns_turnout_in_per_cent_answers_what_the_turnout_was(night):
    reply = ask(night, "what was the turnout in großstedt")
    assert reply.status == "ok" and "41,2 Prozent" in texts(reply)[0]


def test_queues_at_the_polls_do_not_say_what_the_turnout_was(night):
    """Voters queueing and a candidate who cast her ballot: no figure; the articles do not
    say."""
    reply = ask(night, "what was the turnout in lindenfels")
    assert reply.status == "not_found", texts(reply)


@pytest.mark.parametrize(
    "question", ["wie alt ist kurt fiedler", "how old is kurt fiedler", "wie alt ist jonas fiedler"]
)
def test_the_mothers_age_is_not_her_husbands_nor_her_sons(night, question):
    """Kurt and Jonas Fiedler share her surname (Jonas also the first name of Jonas Brecht);
    the articles give her age, not theirs, and still tell who they are."""
    hers = ask(night, "wie alt ist tanja fiedler")
    assert hers.status == "ok" and "47-Jährige" in " ".join(texts(hers))
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)
    his = ask(night, "was macht kurt fiedler beruflich")
    assert his.status == "ok" and "Tischler" in texts(his)[0]


@pytest.fixture(scope="module")
def departures(tmp_path_factory, config) -> Engine:
    """Another night's papers: the two departures alone."""
    folder = tmp_path_factory.mktemp("departures")
    return engine_over_texts(folder, RESIGNATION, config)


def test_since_when_he_is_mayor_is_answered_by_the_year_he_took_office(departures):
    reply = ask(departures, "seit wann ist tannhauser bürgermeister")
    assert reply.status == "ok" and "seit 2014" in texts(reply)[0]


@pytest.mark.parametrize(
    "question", ["seit wann ist brandl in der spd", "since when has brandl been in the spd"]
)
def test_the_day_she_retires_does_not_say_since_when_she_is_in_her_party(departures, question):
    """ "zum 1. April" is when she leaves office; since when she is a member nobody says."""
    reply = ask(departures, question)
    assert reply.status == "not_found", texts(reply)


def test_seats_lost_do_not_say_how_many_seats_a_party_has(tmp_path, config):
    """Before, "Wir haben zwei Sitze verloren" answered "wie viele Sitze hat die CDU jetzt":
    a count of what changed is no count of what is held. The line with both answers."""
    night = {
        "kreistag": "Probedorf\nKreistagswahl in Probedorf\nProbedorf. CDU-Spitzenkandidat "
        "Jonas Quist wirkt erleichtert. „Wir haben zwei Sitze verloren, aber wir bleiben die "
        "Partei der Dörfer“, sagte der 61-jährige Winzer.\n",
        "stadtrat": "Musterhausen\nStadtratswahl in Musterhausen\nMusterhausen. Die CDU stellt "
        "künftig 13 der 44 Sitze, drei weniger als bisher.\n",
    }
    engine = engine_over_texts(tmp_path, night, config)
    assert ask(engine, "wie viele sitze hat die cdu jetzt in probedorf").status == "not_found"
    reply = ask(engine, "wie viele sitze hat die cdu in musterhausen")
    assert "13 der 44 Sitze" in texts(reply)[0]


# A trial that names the lawyer and the prosecutor but not the accused; a club whose keeper is
# named; a district wire naming a town only in its mayor's title; a town giving its own turnout.
NAMELESS = {
    "prozess_tennisclub": (
        "Früherer Kassenwart soll Tennisclub bestohlen haben\n"
        "Lindhorst (dpa) – Vor dem Landgericht hat am Dienstag der Prozess gegen den früheren "
        "Kassenwart eines Tennisclubs begonnen. Der 61-Jährige soll 80.000 Euro veruntreut "
        "haben.\n"
        "Sein Verteidiger, Dr. Felix Morgenroth, verlas eine Erklärung. Der Mandant bereue "
        "alles, heißt es darin.\n"
        "Staatsanwältin Greta Ulmenhof warf dem Mann vor, das Geld verspielt zu haben.\n"
    ),
    "jahresversammlung_schachclub": (
        "Schachclub ehrt seine Mitglieder\n"
        "Birkenau – Der Schachclub Birkenau hat eine neue Kassenwartin: Sabine Oderkamp wurde "
        "am Freitag einstimmig gewählt.\n"
    ),
    "wire_district_runoff": (
        "Social Democrat wins district runoff\n"
        "KALTENBACH, Germany — Voters in the Kaltenbach district elected Ina Seefeld as its "
        "head on Sunday. Her rival Tom Rehkamp, the mayor of Ulmendorf, took 46 percent. "
        "Turnout was 39.5 percent.\n"
    ),
    "landraetin_kaltenbach": (
        "Seefeld wird Landrätin\n"
        "Kaltenbach – Als Landrätin verdient Ina Seefeld künftig deutlich mehr als bisher, "
        "sagte ihr Sprecher. Seefeld gewann die Wahl, weil sie in den Dörfern stark war.\n"
        "Auch in Wiesental lag sie vorn.\n"
    ),
    "stichwahl_wiesental": (
        "Wiesental hat gewählt\n"
        "Wiesental – In Wiesental lag die Wahlbeteiligung bei 52,3 Prozent. Der Bürgermeister "
        "verdient dort 7.900 Euro im Monat.\n"
    ),
}


@pytest.fixture(scope="module")
def nameless(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("nameless"), NAMELESS, config)


@pytest.mark.parametrize(
    "question",
    ["wie heißt der angeklagte kassenwart", "What is the name of the accused treasurer?"],
)
def test_the_name_of_an_accused_nobody_names_is_not_his_lawyers(nameless, question):
    """ "heißt es darin" names nobody, and the lawyer and the prosecutor are not the accused."""
    reply = ask(nameless, question)
    assert reply.status == "not_found", texts(reply)


def test_a_treasurer_named_beside_her_office_answers_what_her_name_is(nameless):
    reply = ask(nameless, "wie heißt die neue kassenwartin vom schachclub")
    assert reply.status == "ok" and "Sabine Oderkamp" in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    ["wie hoch war die wahlbeteiligung in ulmendorf", "What was the turnout in Ulmendorf?"],
)
def test_a_town_in_the_rivals_title_does_not_place_the_districts_turnout(nameless, question):
    """ "the mayor of Ulmendorf" says who the rival is, not where the turnout was counted."""
    reply = ask(nameless, question)
    assert reply.status == "not_found", texts(reply)
    assert "39.5 percent" not in reply.text.split(":")[0]


def test_a_towns_own_turnout_answers_for_the_town(nameless):
    reply = ask(nameless, "wie hoch war die wahlbeteiligung in wiesental")
    assert reply.status == "ok" and "52,3 Prozent" in texts(reply)[0]


def test_what_a_district_head_earns_is_not_said_without_a_sum(nameless):
    """A "was verdient" question asks for a sum of money; a line about the office has none."""
    reply = ask(nameless, "was verdient eine landrätin in kaltenbach")
    assert reply.status == "not_found", texts(reply)


def test_what_a_mayor_earns_is_answered_by_the_sum(nameless):
    reply = ask(nameless, "was verdient der bürgermeister in wiesental")
    assert reply.status == "ok" and "7.900 Euro" in texts(reply)[0]


def test_why_somebody_won_in_a_town_is_not_the_reason_given_for_elsewhere(nameless):
    """A reason from Kaltenbach's article says nothing about why she won in Wiesental."""
    reply = ask(nameless, "warum hat seefeld in wiesental gewonnen")
    assert reply.status == "not_found", texts(reply)
    reply = ask(nameless, "warum hat seefeld in kaltenbach gewonnen")
    assert reply.status == "ok" and "Dörfern" in texts(reply)[0]


# Round 17: what kind of fact is asked, and whether a line states it about what was asked.
KINDS = {
    "ortsrat_lindenau": (
        "Ärger im Ortsrat\n"
        "Von Pia Beispiel\n"
        "Lindenau – Im Ortsrat fragte eine Mutter, warum der Spielplatz am Teich seit dem Frühjahr "
        "gesperrt ist. Ortsvorsteher Bernd Kalkhoff (SPD) versprach eine Antwort.\n"
        "Das Freibad öffnet erst im Juni, weil das Becken saniert wird.\n"
        "Seine Rivalin Gesa Beispiel, gegen die Kalkhoff 2019 die Kampfabstimmung um den "
        "Fraktionsvorsitz verlor, sagte damals über ihn: „Er redet zu viel.“ Kalkhoff lacht "
        "darüber.\n"
        "Bernd Kalkhoff tritt im Mai für die SPD wieder an. Er ist Landwirt, Vater zweier Töchter "
        "und sitzt seit elf Jahren im Ortsrat.\n"
        "Bürgermeisterin Anja Sommerfeld sagte: „Der Spielplatz kommt wieder.“\n"
        "Landrat Peter Quast (CDU), der die Sitzung besuchte, hatte sich in der Debatte nicht "
        "geäußert.\n"
    ),
    "pokal_lindenau": (
        "Lindenau verliert im Pokal\n"
        "Von Tim Muster\n"
        "Lindenau – Der TSV hat das Pokalspiel verloren. Trainer Jens Hollmer nahm die Schuld "
        "auf sich. Er habe zu spät gewechselt, sagte er.\n"
    ),
    "landtagswahl_kommentar": (
        "Nach der Wahl\n"
        "Von Udo Muster\n"
        "Wahlsieger Jörg Rautenberg (CDU) sagte am Abend: „Wir haben verstanden.“\n"
        "Jede Koalition, die Rautenberg jetzt schmiedet, wird eine Koalition der Zumutungen.\n"
        "Seine Herausforderin Tanja Wehling will mit den Grünen reden.\n"
        "Am Sonntag hat Rautenberg die Wahl zum Landrat gewonnen.\n"
    ),
    "hallenbad_birkenau": (
        "Birkenau baut ein neues Hallenbad\n"
        "Von Lea Beispiel\n"
        "Birkenau – Der Stadtrat hat am Dienstag den Bau eines neuen Hallenbads beschlossen. 17 "
        "Ratsmitglieder stimmten dafür, drei dagegen.\n"
        "Das Bad soll im Herbst 2028 öffnen, sagte Bürgermeisterin Jana Muster (SPD). Den "
        "Eintritt will die Stadt niedrig halten, sie erwartet 300 Badegäste am Tag.\n"
        "Gegen den Kassenwart des Fördervereins ermittelt die Staatsanwaltschaft. Der angeklagte "
        "Kassenwart schwieg am Dienstag im Amtsgericht.\n"
        "Bei der Wahl am Sonntag waren Helfer aller Vereine in den Wahllokalen im Einsatz; am "
        "Abend zählten sie in zwei Wahllokalen nach.\n"
    ),
}


@pytest.fixture(scope="module")
def kinds(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("kinds"), KINDS, config)


@pytest.mark.parametrize(
    "question",
    [
        # "Eine Mutter fragte, warum …" repeats the question; no line gives a reason
        "warum ist der spielplatz in lindenau gesperrt",
        # "2019" stands in the line because the question has it; no line counts the votes
        "wie viele stimmen hatte kalkhoff 2019 bei der kampfabstimmung",
        # the daughters are asked about; a line naming Kalkhoff names neither of them
        "wie heißen die töchter von bernd kalkhoff",
        # Rautenberg's own words (and his own party) name nobody he would govern with
        "mit wem will rautenberg koalieren",
        # no article names Fernhausen: its mayor's words are not Lindenau's mayor's
        "was sagt der bürgermeister von fernhausen zu dem spielplatz",
        # Lindenau is known, but the office asked about is the mayor's, not the trainer's
        "was sagt der bürgermeister von lindenau zum pokalspiel",
        # a line saying that somebody kept silent gives no opinion of theirs
        "was hält landrat quast von dem spielplatz",
        # "Am Sonntag hat X gewonnen" gives a day, but not the one X takes office
        "wann tritt rautenberg sein amt an",
        # English: "cost" as the verb of a "what" question asks a sum, as "was kostet" does
        "what will the new pool in birkenau cost",
        # "how much is the fee": a sum asked with "be" and a word for a price
        "how much is the entrance fee for the pool in birkenau",
        # "what is X called" asks a name, as "what is the name of X" does
        "what was the accused treasurer called",
        # "how many X are there" asks for things that exist, as "wie viele X gibt es" does:
        # "in zwei Wahllokalen" is where they counted, not how many there are
        "how many polling stations are there in birkenau",
        # "district council" is a body the town's article never names
        "when is the first district council meeting in birkenau",
    ],
)
def test_a_line_of_another_kind_of_fact_does_not_answer(kinds, question):
    reply = ask(kinds, question)
    assert reply.status == "not_found", texts(reply)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("warum öffnet das freibad erst im juni", "weil das Becken saniert wird"),
        ("mit wem will wehling reden", "Grünen"),
        ("was sagt die bürgermeisterin von lindenau zu dem spielplatz", "kommt wieder"),
        ("was sagt der trainer von lindenau zum pokalspiel", "gewechselt"),
    ],
)
def test_a_line_of_the_kind_of_fact_asked_answers(kinds, question, answer):
    reply = ask(kinds, question)
    assert reply.status == "ok" and answer in " ".join(texts(reply)), texts(reply)


def _with_sidecars(folder, articles: dict[str, tuple[str, str]], config) -> Engine:
    """The bot over texts with a sidecar naming each one's paper (name: (paper, text))."""
    for name, (paper, text) in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.yaml").write_text(f"publisher: {paper}\n", encoding="utf-8")
    return engine_over_texts(folder, {}, config)


LOCAL_PAPER = {
    "feuerwehr_heidrode": (
        "Bergstädter Kreiszeitung",
        "Heidrode\n"
        "Ein Jahr voller Einsätze\n"
        "Von Lea Beispiel\n"
        "Heidrode. Die Freiwillige Feuerwehr zählte im vergangenen Jahr 97 Einsätze.\n"
        "Der Landkreis plant eine Atemschutzwerkstatt in Bergstadt.\n",
    ),
}


def test_a_local_papers_town_is_not_where_its_village_news_happen(tmp_path, config):
    """The paper is named after Bergstadt; the fire brigade's dateline is Heidrode's."""
    engine = _with_sidecars(tmp_path, LOCAL_PAPER, config)
    reply = ask(engine, "wie viele einsätze hatte die feuerwehr in bergstadt")
    assert reply.status == "not_found", texts(reply)
    reply = ask(engine, "wie viele einsätze hatte die feuerwehr in heidrode")
    assert reply.status == "ok" and "97 Einsätze" in texts(reply)[0]


@pytest.fixture(scope="module")
def runoff(tmp_path_factory, config) -> Engine:
    """The district runoff and the town council below, indexed together."""
    return engine_over_texts(tmp_path_factory.mktemp("runoff"), DISTRICT_RUNOFF, config)


# A district runoff: the winner's votes, the loser's share, a third who was out; a town
# council's seats in another paper.
DISTRICT_RUNOFF = {
    "stichwahl_tannfeld": (
        "Tannfeld hat eine neue Landrätin\n"
        "Von Max Muster\n"
        "Tannfeld – Petra Quandt (SPD) gewann die Stichwahl am Sonntag mit 18.412 Stimmen. Ihr "
        "Gegner Jan Velde (CDU) kam auf 44,1 Prozent.\n"
        "Olaf Grünberg (FDP) war im ersten Wahlgang ausgeschieden und hatte keine Empfehlung "
        "abgegeben.\n"
        "Die Wahlbeteiligung lag bei 41 Prozent, sagte Wahlleiter Uwe Sander.\n"
        "„Ich danke allen, die gewählt haben“, sagte Quandt. „Das ist bitter“, sagte Jan "
        "Velde. Seine Frau Maria Velde stand neben ihm.\n"
    ),
    "stadtrat_brunnhausen": (
        "Neuer Stadtrat in Brunnhausen\n"
        "Brunnhausen – Im Stadtrat hat die CDU künftig zwölf Sitze, die SPD neun und die AfD "
        "vier.\n"
    ),
}


def test_the_winners_votes_do_not_say_how_many_votes_a_third_candidate_had(runoff):
    """The count stands in a paragraph that does not name him, and the turnout in the one after
    his names another man: his own votes nobody gives."""
    reply = ask(runoff, "wie viele stimmen hat petra quandt bekommen")
    assert reply.status == "ok" and "18.412 Stimmen" in texts(reply)[0]
    assert ask(runoff, "wie viele stimmen hatte olaf grünberg").status == "not_found"


@pytest.mark.parametrize(
    "question",
    ["wer hat die kreistagswahl in tannfeld gewonnen", "wie viele sitze hat die afd im landtag"],
)
def test_a_runoff_or_a_town_council_does_not_answer_for_another_body(runoff, question):
    """A district council or a state parliament that no article names: neither the runoff nor
    the town council's seats say who won it or how it is made up."""
    reply = ask(runoff, question)
    assert reply.status == "not_found", texts(reply)


def test_the_body_named_in_the_article_answers(runoff):
    won = ask(runoff, "wer hat die stichwahl in tannfeld gewonnen")
    assert won.status == "ok" and "Quandt" in texts(won)[0]
    seats = ask(runoff, "wie viele sitze hat die afd im stadtrat brunnhausen")
    assert seats.status == "ok" and "vier" in texts(seats)[0]


def test_an_age_given_by_a_back_reference_is_the_age_of_the_one_named_before(tmp_path, config):
    """ "der 29-Jährige" opens a paragraph that names his rival after it: the age is his, named
    in the paragraph before."""
    night = {
        "portraet_weinbach": "Ein Winzer wird Ortsbürgermeister\nWeinbach – Um sieben Uhr "
        "steht Lukas Rebholz schon im Weinberg.\nAm Sonntag hat der 29-Jährige die Wahl "
        "gewonnen. Seine Gegnerin Anke Moll kam auf 41 Prozent.\n",
    }
    engine = engine_over_texts(tmp_path, night, config)
    reply = ask(engine, "wie alt ist lukas rebholz")
    assert reply.status == "ok" and "29-Jährige" in texts(reply)[0]


def test_a_mans_age_is_not_the_age_of_the_wife_named_beside_him(tmp_path, config):
    """ "Der 52-Jährige …, seine Frau Anna …": the age is his; hers nobody gives."""
    night = {
        "wahlabend_tannbach": "Ein Abend im Bürgerhaus\nTannbach – Um 20 Uhr kam Bernd Hollweg "
        "auf die Bühne.\nDer 52-Jährige stand neben dem Rednerpult, seine Frau Anna Hollweg "
        "hielt seine Hand.\n",
    }
    engine = engine_over_texts(tmp_path, night, config)
    assert ask(engine, "wie alt ist anna hollweg").status == "not_found"
    reply = ask(engine, "wie alt ist bernd hollweg")
    assert reply.status == "ok" and "52-Jährige" in texts(reply)[0]


def test_cost_as_a_noun_is_no_question_for_a_sum():
    """ "what did the mayor say about the cost": a statement is asked, not a sum."""
    assert _cost_verb(["what", "will", "the", "pool", "cost"])
    assert not _cost_verb(["what", "did", "the", "mayor", "say", "about", "the", "cost"])


def test_a_fee_in_euros_answers_how_much_the_fee_is(tmp_path, config):
    night = {
        "freibad_eichhausen": "Freibad öffnet am Samstag\nEichhausen – Das Freibad öffnet am "
        "Samstag. Der Eintritt kostet in diesem Jahr 4,50 Euro, sagte der Bademeister.\n",
    }
    engine = engine_over_texts(tmp_path, night, config)
    reply = ask(engine, "how much is the entrance fee at the pool in eichhausen")
    assert reply.status == "ok" and "4,50 Euro" in texts(reply)[0]


# One candidate's profile gives job and family, the other's only job and a quotation.
PROFILES = {
    "steckbrief_lindenau": (
        "Zwei Kandidaten für Lindenau\n"
        "Lindenau – Am Sonntag wählt Lindenau einen neuen Bürgermeister.\n"
        "Zur Person: Malte Quernheim, 44, Rechtsanwalt. Familie: verheiratet, zwei Kinder.\n"
        "Zur Person: Irma Volkholz, 51, Tierärztin. „Ich will zuhören“, sagt Volkholz.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    ["is irma volkholz married", "ist irma volkholz verheiratet", "does volkholz have children"],
)
def test_a_trait_the_profile_does_not_give_is_not_answered_by_her_quotation(
    tmp_path, config, question
):
    engine = engine_over_texts(tmp_path, PROFILES, config)
    assert ask(engine, question).status == "not_found"


@pytest.mark.parametrize(
    "question", ["is malte quernheim married", "hat quernheim kinder", "is quernheim a lawyer"]
)
def test_a_trait_the_profile_gives_answers_the_yes_or_no_question(tmp_path, config, question):
    engine = engine_over_texts(tmp_path, PROFILES, config)
    reply = ask(engine, question)
    assert reply.status == "ok" and any("Quernheim" in text for text in texts(reply))


WINNER_AND_RIVAL = {
    "portraet_ahlhorn": (
        "Der neue Bürgermeister von Ahlhorn\n"
        "Ahlhorn – Bastian Freudenthal hat die Wahl mit 58,2 Prozent gewonnen. Seine Rivalin "
        "Nele Oetjen kam auf 41,8 Prozent.\n"
        "Freudenthal kam 1979 auf einem Hof bei Ahlhorn zur Welt. Er studierte "
        "Agrarwissenschaften in Göttingen und wohnt mit seiner Familie in Ahlhorn-Süd.\n"
        "„Wir haben in den Dörfern verloren“, sagte Oetjen am Abend.\n"
    ),
}


@pytest.mark.parametrize(
    "question", ["wo wohnt oetjen", "was hat oetjen studiert", "wann ist oetjen geboren"]
)
def test_where_the_rival_lives_or_what_she_studied_is_not_answered_by_lines_naming_her(
    tmp_path, config, question
):
    """A reader asks where the loser lives, what she studied, when she was born: the portrait
    tells it of the winner only; her result and her quotation name her but say nothing of it."""
    engine = engine_over_texts(tmp_path, WINNER_AND_RIVAL, config)
    assert ask(engine, question).status == "not_found"


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("wo wohnt freudenthal", "Ahlhorn-Süd"),
        ("was hat freudenthal studiert", "Agrarwissenschaften"),
        ("wann ist freudenthal geboren", "kam 1979"),
    ],
)
def test_where_the_winner_lives_and_what_he_studied_are_answered_by_his_portrait(
    tmp_path, config, question, told
):
    engine = engine_over_texts(tmp_path, WINNER_AND_RIVAL, config)
    reply = ask(engine, question)
    assert reply.status == "ok" and told in texts(reply)[0], texts(reply)


def test_a_deed_asked_in_another_form_of_its_verb_is_answered_by_the_persons_own_words(
    tmp_path, config
):
    """ "hat X gratuliert": her own "Ich gratuliere dem Gewinner" says it; the rival who said
    nothing of congratulating is declined."""
    night = {
        "stimmen_lindenau": (
            "Stimmen aus Lindenau\n"
            "Lindenau – Malte Quernheim hat die Stichwahl gewonnen. Irma Volkholz unterlag.\n"
            "„Ich gratuliere dem Gewinner fair“, sagte Volkholz am Abend.\n"
            "„Jetzt geht die Arbeit los“, sagte Quernheim.\n"
        ),
    }
    engine = engine_over_texts(tmp_path, night, config)
    reply = ask(engine, "hat volkholz gratuliert")
    assert reply.status == "ok" and "Ich gratuliere" in texts(reply)[0]
    assert ask(engine, "hat quernheim gratuliert").status == "not_found"


def test_what_somebody_said_whom_no_article_quotes_is_declined(tmp_path, config):
    """ "was hat X gesagt" of a candidate the press release only lists with a share: no
    result line answers it; somebody who spoke, even in a sentence of the reporting ("Y sprach
    von einem fairen Wahlkampf"), is still answered."""
    night = {
        "pressemitteilung_musterhausen": (
            "Ergebnis der Bürgermeisterwahl\n"
            "Musterhausen. Bürgermeisterwahl Musterhausen: Jana Beispiel (SPD) 61,2 Prozent, "
            "Timo Probe (CDU) 38,8 Prozent.\n"
            "Die unterlegene Bewerberin Ina Muster sprach von einem fairen Wahlkampf.\n"
        ),
    }
    engine = engine_over_texts(tmp_path, night, config)
    assert ask(engine, "was hat timo probe gesagt").status == "not_found"
    assert ask(engine, "was sagt probe zum ergebnis").status == "not_found"
    spoke = ask(engine, "was hat ina muster gesagt")
    assert spoke.status == "ok" and "fairen Wahlkampf" in texts(spoke)[0]


# A district that reports only its Landrat election, and mentions the Kreistag elsewhere.
LANDRAT_ONLY = (
    "Ornau hat eine neue Landrätin\nVon Eva Beispiel\nOrnau. Jana Beispiel (SPD) gewinnt die "
    "Landratswahl mit 52,4 Prozent.\nDer unterlegene Tom Muster will 2027 für den Kreistag "
    "kandidieren.\n"
)


def test_the_winner_of_another_election_does_not_answer_who_won_the_one_asked(tmp_path, config):
    """ "wer hat die Kreistagswahl gewonnen" where only the Landrat election is reported:
    nobody; the Landrat's winner still answers for the Landratswahl."""
    engine = engine_over_texts(tmp_path, {"landratswahl_kreis_ornau": LANDRAT_ONLY}, config)
    assert ask(engine, "wer hat die kreistagswahl in ornau gewonnen").status == "not_found"
    assert "Jana Beispiel" in ask(engine, "wer hat die landratswahl in ornau gewonnen").text


def test_the_name_of_somebodys_husband_asked_by_her_genitive_needs_a_line_naming_him(
    tmp_path, config
):
    """ "what is the name of kornmeiers husband", "wie heißt Kornmeiers Mann": her name in the
    genitive says whose husband, so "Kornmeier ist verheiratet" does not answer; a line naming
    him beside "Mann" does."""
    portraits = {
        "portraet_kornmeier": (
            "Die neue Landrätin im Porträt\n"
            "Von Ina Muster\n"
            "Rabenstein. Greta Kornmeier ist die neue Landrätin.\n"
            "Kornmeier ist verheiratet und hat zwei Söhne. Ihr Mann arbeitet als Lehrer.\n"
        ),
        "portraet_hafner": (
            "Der Mann vom Hafen\n"
            "Von Ina Muster\n"
            "Hafenau. Anna Hafner ist die neue Bürgermeisterin.\n"
            "Anna Hafner ist verheiratet, ihr Mann Tom Hafner arbeitet im Hafen.\n"
        ),
    }
    engine = engine_over_texts(tmp_path, {**NAMELESS, **portraits}, config)
    for question in ("what is the name of kornmeiers husband", "wie heißt Kornmeiers Mann"):
        assert ask(engine, question).status == "not_found", question
    named = ask(engine, "what is the name of hafners husband")
    assert named.status == "ok" and "Tom Hafner" in texts(named)[0]
    # her genitive is no word for whom the name is asked: only "Mann" is
    index = engine._context.index
    assert _name_asked(words("what is the name of kornmeiers husband"), index) == {"mann"}


# A council's soundings: the seats of four parties, the Greens' spokeswoman, and a man the
# paragraph tells is of the SPD ("Bei der SPD … Fraktionschef X sagte, …").
SOUNDINGS = {
    "sondierung_kornau": (
        "CDU und Grüne sondieren in Kornau\n"
        "Von Ina Muster\n"
        "Kornau. Im neuen Rat stellt die CDU 16 Sitze, die Grünen 12, die SPD 13 und die FDP 2.\n"
        "Die Sprecherin der Grünen, Mira Olsen, bremste die Erwartungen an die Sondierung.\n"
        "Bei der SPD ist der Ärger groß. Fraktionschef Ole Brandt sagte, die SPD lasse sich von "
        "der CDU nicht drängen.\n"
    ),
}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("was sagt die fdp zur sondierung", None),  # its seats say nothing it said
        ("was sagen die grünen zur sondierung", "Mira Olsen, bremste"),
        ("was sagt die spd zur cdu", "Ole Brandt sagte"),
    ],
)
def test_what_a_party_says_needs_the_partys_own_words_not_its_seats(
    tmp_path, config, question, answer
):
    reply = ask(engine_over_texts(tmp_path, SOUNDINGS, config), question)
    if answer is None:
        assert reply.status == "not_found"
    else:
        assert reply.status == "ok" and answer in " ".join(texts(reply))


# Who congratulated the new mayor: one rival did; the other left early and only spoke of his
# party's evening, and the outgoing mayor is away.
CONGRATULATIONS = {
    "glueckwuensche_birkenweiler": (
        "Glückwünsche für die neue Bürgermeisterin\n"
        "Von Ina Muster\n"
        "Birkenweiler – Kaum stand das Ergebnis fest, gratulierte Udo Brinkhoff der Siegerin "
        "Marie Feldkamp im Rathaus.\n"
        "Der unterlegene Kandidat Lars Ehrenberg verließ das Rathaus früh. „Das ist ein bitterer "
        "Abend für uns“, sagte Ehrenberg.\n"
        "Der scheidende Bürgermeister Kurt Lorenzen ist im Urlaub.\n"
    ),
}


def test_the_rival_who_congratulated_the_winner_is_the_answer(tmp_path, config):
    reply = ask(
        engine_over_texts(tmp_path, CONGRATULATIONS, config), "hat brinkhoff feldkamp gratuliert"
    )
    assert reply.status == "ok" and "gratulierte Udo Brinkhoff" in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    [
        "hat ehrenberg feldkamp gratuliert",
        "did ehrenberg congratulate feldkamp",
        "hat der bürgermeister feldkamp gratuliert",
        "did the mayor congratulate feldkamp",
    ],
)
def test_a_rivals_bitter_words_do_not_say_he_congratulated_the_winner(tmp_path, config, question):
    """Nobody says Ehrenberg or the mayor congratulated her: his line about the evening, or
    Brinkhoff's congratulation, is no yes."""
    reply = ask(engine_over_texts(tmp_path, CONGRATULATIONS, config), question)
    assert reply.status == "not_found", texts(reply)


# This year's turnout beside the last election's, in a dated article that names another year.
TURNOUT_THEN_AND_NOW = {
    "beteiligung_birkenweiler": (
        "Wahlbeteiligung in Birkenweiler gestiegen\n"
        "Von Ina Muster\n"
        "Birkenweiler – Die Wahlbeteiligung lag am Sonntag bei 61,4 Prozent.\n"
        "Bei der letzten Wahl 2020 hatte die Wahlbeteiligung nur bei 52,0 Prozent gelegen.\n"
        "Die neue Bürgermeisterin Marie Feldkamp sitzt seit 2014 im Rat.\n"
    ),
}


@pytest.fixture
def then_and_now(tmp_path, config) -> Engine:
    (tmp_path / "beteiligung_birkenweiler.yaml").write_text(
        "title: Wahlbeteiligung in Birkenweiler gestiegen\npublished: 2026-11-02\n",
        encoding="utf-8",
    )
    return engine_over_texts(tmp_path, TURNOUT_THEN_AND_NOW, config)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("wie hoch war die wahlbeteiligung 2020 in birkenweiler", "52,0 Prozent"),
        ("what was the turnout in birkenweiler in 2020", "52,0 Prozent"),
    ],
)
def test_the_turnout_of_the_year_asked_answers(then_and_now, question, answer):
    reply = ask(then_and_now, question)
    assert reply.status == "ok" and answer in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    [
        "wie hoch war die wahlbeteiligung 2014 in birkenweiler",
        "what was the turnout in birkenweiler in 2014",
    ],
)
def test_neither_this_years_turnout_nor_2020s_is_that_of_an_earlier_year(then_and_now, question):
    """An election of 2014 the article does not speak of: it does not say its turnout."""
    reply = ask(then_and_now, question)
    assert reply.status == "not_found", texts(reply)


# The winner's age; the loser's share among older voters, whose age group is nobody's age.
AGE_GROUPS = {
    "analyse_birkenweiler": (
        "Wer wen gewählt hat\n"
        "Von Ina Muster\n"
        "Birkenweiler – Die 41-jährige Marie Feldkamp gewann vor allem bei jungen Wählern.\n"
        "Unter 30 Jahren stimmten 58 Prozent für Feldkamp. Bei den über 60-Jährigen kam "
        "dagegen Udo Brinkhoff auf 52 Prozent.\n"
    ),
}


def test_the_winners_age_answers_how_old_she_is(tmp_path, config):
    reply = ask(engine_over_texts(tmp_path, AGE_GROUPS, config), "wie alt ist feldkamp")
    assert reply.status == "ok" and "41-jährige" in texts(reply)[0]


@pytest.mark.parametrize("question", ["wie alt ist brinkhoff", "how old is brinkhoff"])
def test_a_share_among_the_over_sixties_does_not_say_how_old_he_is(tmp_path, config, question):
    reply = ask(engine_over_texts(tmp_path, AGE_GROUPS, config), question)
    assert reply.status == "not_found", texts(reply)


# Words of the night: the winner's and one rival's; the other rival stayed away and said nothing.
VOICES = {
    "stimmen_birkenweiler": (
        "Stimmen zum Wahlabend\n"
        "Von Ina Muster\n"
        "Birkenweiler – Marie Feldkamp dankte ihren Helfern: „Dieser Sieg gehört uns allen.“\n"
        "Udo Brinkhoff gratulierte ihr: „Das war ein fairer Wahlkampf.“\n"
        "Lars Ehrenberg blieb der Feier im Rathaus fern.\n"
    ),
}


def test_what_one_rival_said_to_the_winner_is_his_words_not_hers(tmp_path, config):
    reply = ask(engine_over_texts(tmp_path, VOICES, config), "was hat brinkhoff zu feldkamp gesagt")
    assert reply.status == "ok" and "fairer Wahlkampf" in texts(reply)[0]
    assert not any("gehört uns allen" in text for text in texts(reply))


@pytest.mark.parametrize(
    "question",
    ["was hat ehrenberg zu feldkamps sieg gesagt", "what did ehrenberg say about feldkamps win"],
)
def test_the_winners_words_are_not_what_a_silent_rival_said_about_her(tmp_path, config, question):
    """Ehrenberg said nothing the article tells: her thanks are not his words."""
    reply = ask(engine_over_texts(tmp_path, VOICES, config), question)
    assert reply.status == "not_found", texts(reply)


def test_a_season_says_when_but_a_surname_of_a_season_does_not(tmp_path, config):
    """ "im Frühjahr" answers "wann"; "Sommer" as a person's name is no time, so when she
    praised the handover the articles do not say."""
    night = {
        "uebergabe": "Übergabe im Kreishaus\nVon Kai Beispiel\nKreisdirektor Ulf Probst führt "
        "die Verwaltung bis zum Amtsantritt der neuen Landrätin. Er geht im Frühjahr in den "
        "Ruhestand.\nFraktionschefin Jana Sommer lobte die Übergabe.\n",
    }
    engine = engine_over_texts(tmp_path, night, config)
    reply = ask(engine, "wann geht probst in den ruhestand")
    assert reply.status == "ok" and "im Frühjahr" in texts(reply)[0]
    reply = ask(engine, "wann hat sommer die übergabe gelobt")
    assert reply.status == "not_found", texts(reply)


def test_when_one_person_does_something_is_not_told_by_a_time_in_another_persons_words(
    tmp_path, config
):
    """The paper says when the handover begins, in the words of the new district
    administrator; when the director retires it does not say."""
    night = {
        "uebergabe": "Übergabe im Kreishaus\nVon Kai Beispiel\nKreisdirektor Ulf Probst geht in "
        "den Ruhestand.\nLandrätin Jana Sommer sagte, am Montag gehe die Übergabe los.\n",
    }
    engine = engine_over_texts(tmp_path, night, config)
    reply = ask(engine, "wann geht probst in den ruhestand")
    assert reply.status == "not_found", texts(reply)
    reply = ask(engine, "wann geht die übergabe los")
    assert reply.status == "ok" and "am Montag" in texts(reply)[0]


def test_a_persons_name_is_folded_once_for_every_question_naming_them(night):
    """ "Hat Brecht Korte gratuliert?" looks for each name in the question several times."""
    index = night.index
    brecht = next(i for i, e in enumerate(index.people.entries) if e.name == "Jonas Brecht")
    korte = next(i for i, e in enumerate(index.people.entries) if e.name == "Lina Korte")
    assert _name_words(index, (brecht, korte)) == {"jonas", "brecht", "lina", "korte"}
    kept = index.memos.name_words[brecht]
    ask(night, "Hat Jonas Brecht Lina Korte gratuliert?")
    assert index.memos.name_words[brecht] is kept
    assert _name_words(index, ()) == set()
