"""Claim lines: a fact-check's 'The claim (Name): ...' is the named speaker's words at the occasion checked."""

from __future__ import annotations

FACT_CHECK = (
    "Senator JD Vance and Governor Tim Walz met for their only debate on Tuesday night in New York, hosted by "
    "CBS News. We checked four claims that readers asked about most.\n\n"
    "The claim (Vance): “Kamala Harris has had three and a half years to fix the border.”\n\n"
    "Rating: Needs context\n\n"
    "The claim (Walz): Vance’s running mate would sign a “national abortion ban” if Congress passed one.\n\n"
    "Rating: Misleading\n"
)


def claim(nlp, text, content, published="2024-10-03"):
    found = [q for q in nlp(text, published=published).quotes if content in q.text]
    assert len(found) == 1, [q.text for q in nlp(text, published=published).quotes]
    q = found[0]
    assert text[q.start:q.end] == q.text
    return q


def test_claim_wholly_in_marks_is_direct_with_the_bracketed_speaker_on_the_debate_day(nlp):
    q = claim(nlp, FACT_CHECK, "three and a half years")
    assert q.text == "Kamala Harris has had three and a half years to fix the border."
    assert q.direct
    assert q.speaker.text == "Vance"
    assert q.speaker.actor == "jd-vance"
    assert q.date == "2024-10-01"


def test_claim_in_the_desks_words_is_one_indirect_quote_with_its_marks_inside(nlp):
    q = claim(nlp, FACT_CHECK, "national abortion ban")
    assert q.text == "Vance’s running mate would sign a “national abortion ban” if Congress passed one"
    assert not q.direct
    assert q.speaker.text == "Walz"
    assert q.date == "2024-10-01"


def test_claim_line_without_an_occasion_keeps_the_published_day(nlp):
    text = "The claim (Walz): “We have cut the cost of insulin for every family in the state.”\n"
    q = claim(nlp, text, "insulin", published="2024-10-03")
    assert q.direct and q.speaker.text == "Walz"
    assert q.date == "2024-10-03"


def test_a_bracket_with_no_name_and_a_rating_line_give_no_claim(nlp):
    text = ("The claim (in short): the state cut taxes for every family last year.\n\n"
            "Our verdict (False): the state raised two taxes and cut one.\n")
    assert nlp(text, published="2024-10-03").quotes == []

