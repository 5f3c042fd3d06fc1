"""Events in styles the project first met in its blind17 round: a South Asian daily's look back at a protest movement
(a court overturning a verdict, students enforcing a shutdown, the army called out, a named long march) and a state
news agency's item on a clash at sea (warnings ignored, boats rammed, blades brandished, a protest through diplomatic
channels). Sentences written for these tests."""

from __future__ import annotations


def _events(doc):
    return [(e.trigger.text, e.type) for e in doc.events]


def test_ignoring_warnings_or_an_order_is_a_rejection_ignoring_the_weather_is_not(extract):
    doc = extract("The trawlers ignored repeated warnings from the navy and sailed on.", published="2024-05-02")
    assert [(e.trigger.text, e.type, [a.text for a in e.actors]) for e in doc.events] == \
        [("ignored", "REJECT", ["trawlers"])]
    assert extract("The rescuers ignored the rain and kept digging.", published="2024-05-02").events == []


def test_a_court_overturning_a_verdict_rejects_it_a_lorry_that_overturns_does_not(extract):
    doc = extract("On Tuesday the Supreme Court overturned the lower court's verdict.", published="2024-05-02")
    assert [(e.trigger.text, e.type, e.date.value) for e in doc.events] == [("overturned", "REJECT", "2024-04-30")]
    assert [e for e in extract("A lorry overturned on the motorway on Tuesday.", published="2024-05-02").events
            if e.type == "REJECT"] == []


def test_declaring_a_decree_unconstitutional_rejects_it(extract):
    doc = extract("The Constitutional Court declared the emergency decree unconstitutional on Monday.",
                  published="2024-05-02")
    assert [(e.trigger.text, e.type, [a.text for a in e.actors]) for e in doc.events] == \
        [("declared", "REJECT", ["Constitutional Court"])]


def test_protesting_through_diplomatic_channels_is_an_accusation_not_a_street_protest(extract):
    doc = extract("The ministry said it had protested through diplomatic channels against the seizure of the trawler.",
                  published="2024-05-02")
    assert ("protested", "ACCUSE") in _events(doc)
    assert ("protested", "PROTEST") not in _events(doc)
    street = extract("Fishermen protested outside the harbour office on Monday.", published="2024-05-02")
    assert _events(street) == [("protested", "PROTEST")]


def test_brandishing_knives_at_someone_threatens_brandishing_a_report_does_not(extract):
    doc = extract("Masked men brandished knives at the reporters outside the court.", published="2024-05-02")
    assert [(e.trigger.text, e.type, [a.text for a in e.actors]) for e in doc.events] == \
        [("brandished", "THREATEN", ["Masked men"])]
    assert extract("The senator brandished a copy of the report.", published="2024-05-02").events == []


def test_ramming_a_boat_is_an_assault_ramming_a_bill_through_is_not(extract):
    doc = extract("A patrol boat rammed the fishing vessel near the atoll on Sunday.", published="2024-05-02")
    assert [(e.trigger.text, e.type, [a.text for a in e.actors], [r.text for r in e.recipients]) for e in doc.events] \
        == [("rammed", "ASSAULT", ["patrol boat"], ["fishing vessel"])]
    assert extract("The speaker rammed the bill through the chamber.", published="2024-05-02").events == []


def test_protesters_enforcing_a_shutdown_protest_police_enforcing_a_curfew_do_not(extract):
    doc = extract("Students enforced a general strike across the northern districts on Monday.", published="2024-05-02")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [("enforced", "PROTEST", "strike")]
    assert [e for e in extract("Police enforced the curfew in the old town.", published="2024-05-02").events
            if e.type == "PROTEST"] == []


def test_calling_out_the_army_mobilizes_it_calling_out_hypocrisy_does_not(extract):
    doc = extract("As the riots spread, the government called out the army on Friday night.", published="2024-05-02")
    assert ("called", "MOBILIZE") in _events(doc)
    assert [e for e in extract("The editor called out the minister's hypocrisy.", published="2024-05-02").events
            if e.type == "MOBILIZE"] == []


def test_a_passive_conjunct_with_its_own_subject_inherits_no_doer(extract):
    doc = extract("Police clashed with farmers in the district, and twelve people were wounded.", published="2024-05-02")
    wounded = [e for e in doc.events if e.trigger.text == "wounded"]
    assert [([a.text for a in e.actors], [r.text for r in e.recipients]) for e in wounded] == [([], ["twelve people"])]
    clashed = [e for e in doc.events if e.trigger.text == "clashed"]
    assert [[a.text for a in e.actors] for e in clashed] == [["Police"]]


def test_a_passive_relative_clause_after_whose_has_no_doer(extract):
    doc = extract("In Khulna, the minister urged the police to protect the traders, some of whose shops had been looted.",
                  published="2024-05-02")
    looted = [e for e in doc.events if e.trigger.text == "looted"]
    assert [[a.text for a in e.actors] for e in looted] == [[]]


def test_likening_someone_to_pirates_is_a_charge_comparing_figures_is_not(extract):
    doc = extract("The admiral compared the boarding party to pirates on Thursday.", published="2024-05-02")
    assert [(e.trigger.text, e.type, [a.text for a in e.actors]) for e in doc.events] == \
        [("compared", "ACCUSE", ["admiral"])]
    assert extract("The report compared this year's harvest to last year's.", published="2024-05-02").events == []


def test_declaring_or_lending_support_is_support(extract):
    doc = extract("The opposition alliance declared its support for the teachers.", published="2024-05-02")
    assert [(e.trigger.text, e.type, [a.text for a in e.actors], [r.text for r in e.recipients]) for e in doc.events] \
        == [("support", "SUPPORT", ["opposition alliance"], ["teachers"])]


def test_schools_or_newspapers_ordered_shut_are_a_restriction_a_consulate_is_not(extract):
    doc = extract("The provincial government ordered all schools and colleges closed on Sunday.", published="2024-05-02")
    assert [(e.trigger.text, e.type, e.mode, [a.text for a in e.actors]) for e in doc.events] == \
        [("ordered", "COERCE", "restrict", ["provincial government"])]
    assert [e for e in extract("The ministry ordered the consulate closed.", published="2024-05-02").events
            if e.type == "COERCE"] == []


def test_the_measures_a_coercive_act_takes_are_no_recipient(extract):
    doc = extract("The coast guard took control measures against the trawlers on Monday.", published="2024-05-02")
    taken = [e for e in doc.events if e.type == "COERCE"]
    assert [(e.trigger.text, [a.text for a in e.actors]) for e in taken] == [("took", ["coast guard"])]
    assert all("measures" not in r.text for e in taken for r in e.recipients)


def test_a_verb_before_and_shares_the_object_of_the_next(extract):
    doc = extract("Militia boats rammed and boarded two fishing trawlers off the cape on Monday.", published="2024-05-02")
    rammed = [e for e in doc.events if e.trigger.text == "rammed"]
    assert [(e.type, [r.text for r in e.recipients]) for e in rammed] == [("ASSAULT", ["two fishing trawlers"])]
    # a verb that takes no object shares none
    advanced = extract("The rebels advanced and captured the airport on Monday.", published="2024-05-02")
    assert all(r.text != "airport" for e in advanced.events if e.trigger.text == "advanced" for r in e.recipients)


def test_whose_warnings_were_ignored_is_the_recipient_of_the_rejection(extract):
    doc = extract("The freighter ignored repeated warnings from the coast guard.", published="2024-05-02")
    assert [(e.trigger.text, e.type, [r.text for r in e.recipients]) for e in doc.events] == \
        [("ignored", "REJECT", ["coast guard"])]


def test_what_a_fighter_fights_with_is_no_party(extract):
    doc = extract("The villagers fought back with sticks and their bare hands.", published="2024-05-02")
    assert [(e.trigger.text, e.type, [r.text for r in e.recipients]) for e in doc.events] == \
        [("fought", "ASSAULT", [])]
    clash = extract("Riot police clashed with students near the campus.", published="2024-05-02")
    assert [[r.text for r in e.recipients] for e in clash.events if e.trigger.text == "clashed"] == [["students"]]


def test_who_orders_a_release_releases(extract):
    doc = extract("On Tuesday the president ordered the release of the jailed opposition leader.", published="2024-05-02")
    release = [e for e in doc.events if e.trigger.text == "release"]
    assert [(e.type, [a.text for a in e.actors]) for e in release] == [("RETREAT", ["president"])]
    asked = extract("The families demanded the release of the jailed opposition leader.", published="2024-05-02")
    assert [[a.text for a in e.actors] for e in asked.events if e.trigger.text == "release"] in ([], [[]])


def test_a_participle_in_a_later_conjunct_takes_that_conjuncts_date(extract):
    doc = extract("Inspectors reached the port on 2 April. Families have filed dozens of complaints, and on 9 April a "
                  "petition accusing the governor of negligence was lodged with the high court.", published="2024-05-02")
    accusing = [e for e in doc.events if e.trigger.text == "accusing"]
    assert [(e.type, e.date.value) for e in accusing] == [("ACCUSE", "2024-04-09")]


def test_a_crime_that_names_a_kind_of_case_is_no_event(extract):
    assert [e.type for e in extract("Relatives have filed murder cases against the police.",
                                     published="2024-05-02").events] == ["ACCUSE"]


def test_a_day_after_counts_back_from_the_main_clause_even_when_misparsed(extract):
    # the parser hangs "a day after" on the seizure and the seizure on the urging
    doc = extract("Hanoi on Friday again urged Beijing to stop its infringement and provocation at Da Loc, a day after "
                  "the China Coast Guard (CCG) seized two Vietnamese fishing boats near the reef.", published="2024-05-02")
    assert [(e.trigger.text, e.date.value) for e in doc.events] == [("urged", "2024-04-26"), ("seized", "2024-04-25")]
