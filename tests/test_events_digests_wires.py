"""Events in a monthly digest's clipped sentences, whose day stands between the subject and the verb ("ECOWAS
27 Nov suspended ..."), and in wire copy whose dateline runs into the subject. Examples written for this file."""

from __future__ import annotations


def events(nlp, text, published):
    doc = nlp(text, published=published)
    return [(e.type, text[e.trigger.start:e.trigger.end], [a.text for a in e.actors], [r.text for r in e.recipients])
            for e in doc.events]


def test_the_day_between_subject_and_verb_leaves_the_subject_to_the_verb(nlp):
    text = "African Union 15 Oct suspended Madagascar from all its activities."
    assert events(nlp, text, "2025-11-01") == [("SANCTION", "suspended", ["African Union"], ["Madagascar"])]
    assert events(nlp, "SADC 4 Nov condemned killings of protesters in Tanzania.", "2025-12-01")[0] == (
        "ACCUSE", "condemned", ["SADC"], ["protesters"])


def test_a_clipped_title_and_name_act_with_the_verb_after_the_day(nlp):
    assert events(nlp, "Pope Leo XIV 30 Nov met Erdogan in Ankara.", "2025-12-01") == [
        ("CONSULT", "met", ["Pope Leo XIV", "Erdogan"], [])]


def test_a_clipped_subject_keeps_the_verbs_conjoined_after_it(nlp):
    text = "Netanyahu 19 Oct accused Hamas of violating ceasefire, and Israeli jets struck Rafah same day."
    assert events(nlp, text, "2025-11-01") == [
        ("ACCUSE", "accused", ["Netanyahu"], ["Hamas"]),
        ("ASSAULT", "struck", ["Israeli jets"], ["Rafah"]),
    ]


def test_a_wire_dateline_is_no_part_of_the_subject(nlp):
    text = "PANJGUR, Pakistan (Agency) - Insurgents stormed a levies post on Sunday."
    assert events(nlp, text, "2025-03-17")[0][:3] == ("ASSAULT", "stormed", ["Insurgents"])
    text = "TURBAT, Pakistan (Agency) - Gunmen torched a levies post late on Friday."
    assert events(nlp, text, "2025-03-17")[0][:3] == ("ASSAULT", "torched", ["Gunmen"])


def test_a_figure_before_the_verb_is_no_clipped_day(nlp):
    assert events(nlp, "The army said 300 fighters surrendered.", "2025-03-17") == [
        ("RETREAT", "surrendered", ["300 fighters"], [])]


def places(nlp, text):
    doc = nlp(text, published="2025-06-01")
    return [(e.location.text, {p.id: p.country for p in doc.places}[e.location.place]) for e in doc.events if e.location]


def test_regions_and_towns_of_somalia_congo_and_mali_lie_in_their_country(nlp):
    assert places(nlp, "Al-Shabaab launched an offensive in Lower Shabelle in March.") == [("Lower Shabelle", "SOM")]
    assert places(nlp, "Federal troops and Jubaland forces clashed in Ras Kamboni.") == [("Ras Kamboni", "SOM")]
    assert places(nlp, "Fighting between M23 and the army spread across South Kivu.") == [("South Kivu", "COD")]
    assert places(nlp, "Jihadists attacked the army camp at Boulkessi on Sunday.") == [("Boulkessi", "MLI")]
