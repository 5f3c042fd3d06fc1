"""Events in styles the project first met in its sixth blind round: radio bulletin scripts (short items in the
present perfect) and court diaries (parties filing cases, accusing and asking; a court declining, a judge voting
against). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _triggers(doc):
    return [(e.trigger.text, e.type) for e in doc.events]


def test_declining_to_grant_what_was_asked_is_a_rejection_declining_to_comment_is_not(extract):
    doc = extract("On Monday the tribunal declined to order the release of the two journalists.",
                  published="2024-05-07")
    declined = doc.events[0]
    assert (declined.trigger.text, declined.type, declined.date.value) == ("declined", "REJECT", "2024-05-06")
    assert extract("The ministry declined to comment on the report.", published="2024-05-07").events == []


def test_voting_against_a_resolution_is_a_rejection(extract):
    doc = extract("Two judges voted against the ruling on Friday.", published="2024-05-12")
    assert _triggers(doc) == [("voted", "REJECT")]


def test_filing_a_case_accuses_in_court(extract):
    doc = extract("Ecuador filed a case against Mexico at the court on 16 April.", published="2024-04-20")
    filed = doc.events[0]
    assert (filed.trigger.text, filed.type, filed.mode, filed.date.value) == ("filed", "ACCUSE", "allege", "2024-04-16")


def test_calling_a_case_one_sided_accuses(extract):
    doc = extract("The minister called the complaint one-sided.", published="2024-04-20")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [("called", "ACCUSE", "disapprove")]


def test_promised_transfers_of_jets_and_training_of_pilots_are_agreements(extract):
    doc = extract("Norway said on Tuesday that it will transfer six fighter jets to Ukraine and will train "
                  "Ukrainian pilots.", published="2024-05-30")
    assert _triggers(doc) == [("transfer", "AGREE"), ("train", "AGREE")]
    assert all(e.date.value == "2024-05-28" for e in doc.events)


def test_a_date_of_a_clause_coordinated_after_the_reporting_one_dates_no_act_inside_it(extract):
    text = ("Officers say a man threw a bottle at the mayor on Thursday.\n\n"
            "Police have not said why the man attacked the mayor, and they will give more details tomorrow.")
    attacked = [e for e in extract(text, published="2024-05-17").events if e.trigger.text == "attacked"][0]
    assert (attacked.date.value, attacked.date.timex) == ("2024-05-17", None)  # the bulletin's day, not tomorrow


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("A federal judge on Friday blocked the administration from deploying Guard troops to Portland.", "blocked",
     "federal judge", "administration"),
    ("On Sunday the court barred the government from sending troops into Oregon.", "barred", "court", "government"),
    ("The judge issued an injunction barring agents from using tear gas against reporters.", "barring", "judge",
     "agents"),
])
def test_a_court_blocking_an_act_rejects_it_and_the_act_blocked_is_no_event(extract, text, trigger, actor, recipient):
    doc = extract(text, published="2025-10-06")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [(trigger, "REJECT", "change")]
    assert ([a.text for a in doc.events[0].actors], [r.text for r in doc.events[0].recipients]) == ([actor], [recipient])


def test_police_blocking_an_avenue_is_no_court_rejection(extract):
    doc = extract("Police blocked the avenue leading to parliament on Monday.", published="2025-10-06")
    assert _triggers(doc) == [("blocked", "COERCE")]
