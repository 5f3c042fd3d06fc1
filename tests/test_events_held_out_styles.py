"""Events in styles the project first met on held-out text: live blogs with time stamps, situation
reports and diplomatic analysis (sea incidents, summonses, trips). Sentences written for these tests."""

from __future__ import annotations

import pytest

LIVE = ("Live: the capital on the day of the march\n\n"
        "07:00 GMT — The army imposed a curfew on Thursday night.\n\n"
        "08:15 GMT — Riot police fired tear gas at students near the university.\n\n"
        "10:30 GMT — Yesterday a mob attacked a police post in the north.\n\n"
        "11:05 GMT — The UN rights chief, Volker Türk, called for an inquiry.")


def _one(doc, type_):
    found = [e for e in doc.events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_a_time_stamp_dates_its_entry_on_the_page_day(extract):
    """The stamp is on the published day even after an entry that named Thursday."""
    doc = extract(LIVE, published="2024-07-20")
    fired = _one(doc, "ASSAULT")
    assert (fired.trigger.text, fired.date.value) == ("fired", "2024-07-20T08:15")
    assert [m.text for m in fired.actors] == ["Riot police"]


def test_a_date_the_entry_names_outranks_its_stamp(extract):
    riot = _one(extract(LIVE, published="2024-07-20"), "PROTEST")
    assert (riot.trigger.text, riot.date.value) == ("attacked", "2024-07-19")


def test_the_time_zone_of_a_stamp_is_no_actor(extract):
    """The parser makes "GMT" the subject; the appositive behind it is who called."""
    doc = extract(LIVE, published="2024-07-20")
    request = _one(doc, "REQUEST")
    assert [m.text for m in request.actors] == ["UN rights chief, Volker Türk"]  # a title and its name: one mention
    assert all("GMT" not in m.text for e in doc.events for m in e.actors + e.recipients)


def test_a_date_in_a_relative_clause_does_not_date_the_next_sentence(extract):
    text = "Early on 3 May, navy commandos boarded a tanker that pirates had hijacked in 2019. They seized the cargo."
    seized = [e for e in extract(text, published="2024-05-10").events if e.trigger.text == "seized"]
    assert [(e.type, e.date.value) for e in seized] == [("COERCE", "2024-05-03")]


def test_a_curfew_imposed_by_someone_is_their_coercion_on_its_own_day(extract):
    text = "Students marched despite a curfew imposed by the army on Friday night."
    curfew = _one(extract(text, published="2024-07-20"), "COERCE")
    assert (curfew.trigger.text, curfew.mode, curfew.date.value) == ("curfew", "curfew", "2024-07-19TNI")
    assert [m.text for m in curfew.actors] == ["army"]


@pytest.mark.parametrize("text,trigger,type_,mode", [
    ("Coast guard personnel boarded two fishing boats near the atoll.", "boarded", "COERCE", "seize"),
    ("Patrol ships blasted the supply boat with water cannon.", "blasted", "ASSAULT", "crowd-control"),
    ("The ministry summoned the deputy chief of mission to protest.", "summoned", "ACCUSE", "disapprove"),
    ("The foreign minister flew to Jakarta on Monday.", "flew", "CONSULT", "visit"),
    ("Crowds broke into the presidential palace.", "broke", "PROTEST", "riot"),
    ("Protesters set fire to the party office.", "set", "PROTEST", "riot"),
    ("The two sides announced an understanding on fishing rights.", "understanding", "AGREE", None),
    ("The students said they would accept no government led by the army.", "accept", "REJECT", "meet"),
])
def test_held_out_triggers(extract, text, trigger, type_, mode):
    evs = extract(text, published="2024-07-20").events
    assert [(e.trigger.text, e.type, e.mode) for e in evs] == [(trigger, type_, mode)]


@pytest.mark.parametrize("text", [
    "The passengers boarded the ship at dawn.",
    "She broke into tears when the verdict was read.",
])
def test_boarding_and_breaking_into_without_force_are_no_events(extract, text):
    assert extract(text, published="2024-07-20").events == []


def test_whoever_is_jailed_in_a_relative_clause_underwent_it(extract):
    jailed = _one(extract("The court freed the blogger, who was jailed in 2021.", published="2024-07-20"), "COERCE")
    assert ([m.text for m in jailed.actors], [m.text for m in jailed.recipients]) == ([], ["blogger"])


def test_a_resolution_demands_for_the_council_that_adopted_it(extract):
    text = "The council adopted a resolution, which demands that the militia withdraw."
    request = _one(extract(text, published="2024-07-20"), "REQUEST")
    assert ([m.text for m in request.actors], [m.text for m in request.recipients]) == (["council"], ["militia"])


def test_a_city_naming_an_attack_says_where_not_who(extract):
    attack = _one(extract("The minister condemned the Kharkiv attack on Friday.", published="2024-07-20"), "ASSAULT")
    assert attack.actors == []


def test_all_sides_are_urged(extract):
    request = _one(extract("The envoy urged all sides to halt the fighting.", published="2024-07-20"), "REQUEST")
    assert [m.text for m in request.recipients] == ["sides"]
