"""Numeric claims: the figure as written, its value, unit, measure, approximation and date."""

from __future__ import annotations

import pytest

from dateline.quantities import lexicon, words_value


def claims(nlp, text, published="2024-08-21"):
    doc = nlp(text, published=published)
    for q in doc.quantities:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.value, q.unit, q.measure, q.approximate) for q in doc.quantities]


def test_killed_and_wounded(nlp):
    assert claims(nlp, "At least 40 people were killed and 120 wounded in the raid.") == [
        ("40", 40, "people", "killed", True),
        ("120", 120, "people", "wounded", False),
    ]


def test_verb_object_and_participle(nlp):
    assert claims(nlp, "The shelling killed 12 villagers, wounding 30 others.") == [
        ("12", 12, "people", "killed", False),
        ("30", 30, "people", "wounded", False),
    ]


def test_death_toll_with_its_date(nlp):
    doc = nlp("The death toll has risen to 41,000 since October 7, the health ministry said.",
              published="2024-08-21")
    (q,) = doc.quantities
    assert (q.text, q.value, q.measure, q.date) == ("41,000", 41000, "killed", "2023-10-07")


def test_date_of_the_clause(nlp):
    doc = nlp("As of Monday, 1.9 million people had been displaced.", published="2024-08-21")
    (q,) = doc.quantities
    assert (q.text, q.value, q.measure, q.date) == ("1.9 million", 1900000, "displaced", "2024-08-19")


def test_vague_plurals_are_approximate(nlp):
    assert claims(nlp, "Hundreds of thousands displaced by the floods sleep in tents.") == [
        ("Hundreds of thousands", 200000, "people", "displaced", True),
    ]


def test_detained_and_hostages(nlp):
    assert claims(nlp, "Police arrested more than 9,000 demonstrators, and the militia holds 115 hostages.") == [
        ("9,000", 9000, "people", "detained", True),
        ("115", 115, "people", "hostages", False),
    ]


def test_subset_takes_the_measure(nlp):
    assert claims(nlp, "The gunmen kidnapped 50 travellers, including ten children.") == [
        ("50", 50, "people", "hostages", False),
        ("ten", 10, "people", "hostages", False),
    ]


def test_running_total(nlp):
    assert claims(nlp, "Troops detained 25 men overnight, bringing the total to 9,400.") == [
        ("25", 25, "people", "detained", False),
        ("9,400", 9400, "people", "detained", False),
    ]


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Congress approved $20 billion in aid.", "$20 billion", 20e9, "USD"),
    ("The fund holds USD 1.2 million.", "USD 1.2 million", 1.2e6, "USD"),
    ("Brussels pledged €300m for repairs.", "€300m", 300e6, "EUR"),
    ("London offered £5bn in loans.", "£5bn", 5e9, "GBP"),
    ("They asked for 20 billion dollars.", "20 billion dollars", 20e9, "USD"),
    ("The state set aside Rs 450 crore for the new bridge.", "Rs 450 crore", 4.5e9, "INR"),
    ("Farmers were promised Rs. 2 lakh each.", "Rs. 2 lakh", 2e5, "INR"),
])
def test_money(nlp, text, figure, value, unit):
    assert claims(nlp, text) == [(figure, value, unit, "money", False)]


def test_money_conjunct_keeps_the_currency(nlp):
    assert claims(nlp, "The bill gives 14.1 billion USD for defence and 9.2 billion for relief.") == [
        ("14.1 billion USD", 14.1e9, "USD", "money", False),
        ("9.2 billion", 9.2e9, "USD", "money", False),
    ]


def test_length_and_area(nlp):
    assert claims(nlp, "The corridor is 14 kilometers long and 100 meters wide.") == [
        ("14 kilometers", 14, "km", "length", False),
        ("100 meters", 100, "m", "length", False),
    ]
    assert claims(nlp, "The zone covers 365 square kilometres, roughly 40% of the strip.") == [
        ("365 square kilometres", 365, "km2", "area", False),
        ("40%", 40, "percent", "percent", True),
    ]
    assert claims(nlp, "A 4-mile fence now runs along the border.") == [("4-mile", 4, "mi", "length", False)]


def test_counts(nlp):
    assert claims(nlp, "Some 200 trucks and dozens of tankers crossed on Sunday.") == [
        ("200", 200, "truck", "count", True),
        ("dozens", 24, "tanker", "count", True),
    ]


@pytest.mark.parametrize("text", [
    "Security Council Resolution 2728 was adopted in March 2024.",
    "The attack on October 7 shocked the country.",
    "Call 202-456-1111 before 10:30 tomorrow.",
    "She finished 3rd in the race.",
    "One of the officials declined to comment.",
    "A 10-year-old boy was among them.",
    "Read Quran 2:191 and (Al-Israa 17-1) again.",
])
def test_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_list_labels_are_not_claims(nlp):
    assert claims(nlp, "Demands:\n1. An end to the siege.\n2. The release of 30 prisoners.") == [
        ("30", 30, "people", "detained", False),
    ]


@pytest.mark.parametrize("words, value, vague", [
    ("ten", 10, False),
    ("twenty-five", 25, False),
    ("one hundred and twenty", 120, False),
    ("two million", 2e6, False),
    ("a dozen", 12, False),
    ("tens of thousands", 20000, True),
    ("several hundred", 300, True),
    ("half a million", 5e5, False),
])
def test_spelled_out_numbers(words, value, vague):
    assert words_value(words, lexicon()) == (value, vague)


@pytest.mark.parametrize("text, expected", [
    # the figure, not the noun after "of", is what the verb governs
    ("The floods killed hundreds of people in the valley.", [("hundreds", 200, "people", "killed", True)]),
    ("Thousands of families fled south overnight.", [("Thousands", 2000, "people", "displaced", True)]),
    # "about" parsed as a preposition
    ("The storm killed 9 people and injured about 300.",
     [("9", 9, "people", "killed", False), ("300", 300, "people", "wounded", True)]),
    ("Officials said the number of dead was under 50.", [("50", 50, "people", "killed", True)]),
    # a currency is evidence enough inside a name
    ("The Council approved a €20bn Recovery Fund.", [("€20bn", 20e9, "EUR", "money", False)]),
    # a misparsed numeral after a date
    ("On 3 May nine journalists were detained.", [("nine", 9, "people", "detained", False)]),
    # partitives take what the earlier figure counts
    ("Parliament passed a 40-billion-euro budget, 12 billion of it for defence.",
     [("40-billion-euro", 40e9, "EUR", "money", False), ("12 billion", 12e9, "EUR", "money", False)]),
    ("At least five civilians, three of them women, were killed.",
     [("five", 5, "people", "killed", True), ("three", 3, "people", "killed", False)]),
    ("About 50 detainees remain, including dozens held without charge.",
     [("50", 50, "people", "detained", True), ("dozens", 24, "people", "detained", True)]),
    ("The enclave covers some 41 km² of land.", [("41 km²", 41, "km2", "area", True)]),
])
def test_general_causes_of_misses(nlp, text, expected):
    assert claims(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The two ministers met, and one aide took notes.",
    "Their three sons run the shop; patience and courage are one virtue.",
])
def test_numerals_that_pick_out_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_a_partitive_after_a_figure_takes_its_measure(nlp):
    assert claims(nlp, "The clinic received eight bodies overnight, and five of them were women.") == [
        ("eight", 8, "people", "killed", False),
        ("five", 5, "people", "killed", False),
    ]


def test_a_figure_with_more_after_it_adds_to_the_one_before(nlp):
    text = "The floods drove 40,000 people from their homes, and close to 9,000 more have crossed into Niger."
    assert claims(nlp, text) == [
        ("40,000", 40000, "people", "displaced", False),
        ("9,000", 9000, "people", "displaced", True),
    ]


def test_more_before_a_noun_is_no_ellipsis(nlp):
    text = "The storm killed 12 people, and three more schools closed."
    assert claims(nlp, text) == [("12", 12, "people", "killed", False), ("three", 3, "school", "count", False)]


@pytest.mark.parametrize("text", [
    "Three officials familiar with the plan said the vote would be delayed.",
    "The vote will be delayed, according to two people briefed on the plan.",
    "The paper, citing four diplomats, said the vote would be delayed.",
])
def test_how_many_sources_a_report_has_is_no_claim(nlp, text):
    assert claims(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The drive reached children under the age of ten in every district.",
    "A boy aged 12 was among the passengers rescued.",
    "About nine in ten households have power again.",
    "Three out of four voters backed the measure.",
])
def test_ages_and_bases_of_proportions_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_a_vague_sum_of_dollars_is_money(nlp):
    text = "Rebuilding the harbour will cost tens of billions of dollars, the mayor said."
    (q,) = nlp(text, published="2024-03-15").quantities
    assert (q.text, q.value, q.unit, q.measure) == ("tens of billions", 20e9, "USD", "money")


@pytest.mark.parametrize("text, figure, measure", [
    ("More than 20,000 people have been forced from their homes by the floods.", "20,000", "displaced"),
    ("The militia drove 3,000 residents from their villages last spring.", "3,000", "displaced"),
    ("The junta still holds 2,400 protesters in military prisons.", "2,400", "detained"),
    ("The committee held 12 meetings in the capital.", "12", "count"),
])
def test_what_is_done_to_the_people_counted(nlp, text, figure, measure):
    (q,) = nlp(text, published="2024-03-15").quantities
    assert (q.text, q.measure) == (figure, measure)


def test_a_table_row_names_what_its_figures_count(nlp):
    text = ("Barge traffic on the river.\n\n| Indicator | Before | After |\n|---|---|---|\n"
            "| Daily grain barges | about 60 | 20 |\n| Displaced families | 1,200 | 3,400 |\n")
    assert claims(nlp, text) == [
        ("60", 60.0, "barge", "count", True), ("20", 20.0, "barge", "count", False),
        ("1,200", 1200.0, "people", "displaced", False), ("3,400", 3400.0, "people", "displaced", False),
    ]


def test_note_markers_are_no_figures(nlp):
    assert claims(nlp, "Premiums doubled, according to the underwriters [2]; freight rose [3].") == []


@pytest.mark.parametrize("text, expected", [
    ("Lutherans number about 70,000 in the province.", ("about 70,000", 70000.0, "people", "count", True)),
    ("The refugees in the camp now total some 40,000.", ("40,000", 40000.0, "people", "displaced", True)),
])
def test_a_verb_of_numbering_counts_its_subject(nlp, text, expected):
    (found,) = claims(nlp, text)
    assert found[1:] == expected[1:] and expected[0].endswith(found[0])


def test_the_whole_a_part_is_told_of_is_a_claim(nlp):
    assert claims(nlp, "The council kept 12 of the 40 libraries and closed 9 branches out of 25.") == [
        ("12", 12, "library", "count", False),
        ("40", 40, "library", "count", False),
        ("9", 9, "branch", "count", False),
        ("25", 25, "branch", "count", False),
    ]


def test_people_counted_among_the_dead_or_joined_to_the_dead_were_killed(nlp):
    assert claims(nlp, "The report listed 310 civilians and 95 children among the dead.") == [
        ("310", 310, "people", "killed", False),
        ("95", 95, "people", "killed", False),
    ]
    assert claims(nlp, "The flood killed 61 people, among them 20 children and 14 women.") == [
        ("61", 61, "people", "killed", False),
        ("20", 20, "people", "killed", False),
        ("14", 14, "people", "killed", False),
    ]


def test_a_majority_of_a_figure_is_a_count(nlp):
    assert claims(nlp, "The coalition won with a majority of 38 and a margin of 4,000 votes.") == [
        ("38", 38, None, "count", False),
        ("4,000", 4000, "vote", "count", False),
    ]


def test_a_vague_plural_that_does_something_is_people(nlp):
    assert claims(nlp, "The camp is full, and tens of thousands now sleep in tents along the beach.") == [
        ("tens of thousands", 20000, "people", "count", True),
    ]


def test_a_vague_plural_that_undergoes_something_is_not_people(nlp):
    assert claims(nlp, "Thousands were destroyed in the fire at the depot.") == []


def test_power_is_a_measure_of_its_own(nlp):
    assert claims(nlp, "The grid lost about 6 GW this year, and the new plant adds 450 megawatts.") == [
        ("6 GW", 6, "GW", "other", True),
        ("450 megawatts", 450, "MW", "other", False),
    ]


def test_two_figures_with_nothing_between_them_do_not_break_the_component(extract):
    """Scraped text can glue figures together ("0\\r000 41,000"): the second figure has no words before it."""
    doc = extract("IsraelIsrael0\r000 41,000 killedIsrael")
    assert [q.text for q in doc.quantities][-1] == "41,000"


def test_a_range_shares_the_scale_of_its_upper_bound(nlp):
    assert claims(nlp, "Analysts put the cost at between four and five billion dollars.") == [
        ("four", 4_000_000_000, "USD", "money", False),
        ("five billion dollars", 5_000_000_000, "USD", "money", False),
    ]


def test_a_toll_put_at_a_range_counts_the_dead(nlp):
    assert claims(nlp, "The agency put the number killed in the region at between 2,000 and 3,000.") == [
        ("2,000", 2000, "people", "killed", False),
        ("3,000", 3000, "people", "killed", False),
    ]


def test_people_among_them_share_the_toll_whatever_they_are_called(nlp):
    assert [(t, m) for t, _, _, m, _ in claims(
        nlp, "The raid killed nine members of the unit, among them three officers.")] == [
        ("nine", "killed"), ("three", "killed")]


def test_a_body_of_people_counts_its_members(nlp):
    assert claims(nlp, "The crew of 18 was rescued by a passing freighter.") == [("18", 18, "people", "count", False)]
    assert claims(nlp, "The mill, with a workforce of about 2,300, closed in May.") == [
        ("2,300", 2300, "people", "count", True)]


@pytest.mark.parametrize("text", [
    "The lake is now four times the size of the old reservoir.",
    "Three times as many birds nest there this spring.",
])
def test_a_multiplier_is_no_count(nlp, text):
    assert claims(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Some 2,000 to 3,000 fighters crossed the river.",
     [("2,000", 2000, "people", "count"), ("3,000", 3000, "people", "count")]),
    ("The fire destroyed 4 to 5 hectares of forest.", [("4", 4, "ha", "area"), ("5 hectares", 5, "ha", "area")]),
    ("Two to three million people fled.",
     [("Two", 2_000_000, "people", "displaced"), ("three million", 3_000_000, "people", "displaced")]),
])
def test_a_ranges_lower_bound_counts_what_its_upper_bound_counts(nlp, text, expected):
    assert [(t, v, u, m) for t, v, u, m, _ in claims(nlp, text)] == expected


def test_and_joins_a_range_only_after_between(nlp):
    assert [(t, m) for t, _, _, m, _ in claims(nlp, "The strike killed 12 and wounded 30.")] == [
        ("12", "killed"), ("30", "wounded")]


def test_an_earlier_value_of_a_figure_counts_what_it_counts(nlp):
    assert [(t, m) for t, _, _, m, _ in claims(
        nlp, "The agency said 1,400 people had been killed, up from 1,250 a day earlier.")] == [
        ("1,400", "killed"), ("1,250", "killed")]


@pytest.mark.parametrize("text, expected", [
    ("A quarter of a million people have fled the region.", [("A quarter of a million", 250_000, "displaced")]),
    ("Three quarters of a million people were displaced.", [("Three quarters of a million", 750_000, "displaced")]),
    ("Three quarters of the vote went to the party.", []),
])
def test_a_quarter_of_a_scale_word(nlp, text, expected):
    assert [(t, v, m) for t, v, _, m, _ in claims(nlp, text)] == expected


def test_the_second_figure_of_an_either_or_counts_the_same_noun(nlp):
    assert claims(nlp, "The coastguard has only four or five cutters for the whole bay.") == [
        ("four", 4, "cutter", "count", False),
        ("five", 5, "cutter", "count", False),
    ]


# -- an inventory of how news copy writes a figure (session 12) --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Between 30 and 40 people were killed in the strike on the school.",
     [("30", 30, "people", "killed", False), ("40", 40, "people", "killed", False)]),
    ("At least 17 people were wounded when the shell hit the market.", [("17", 17, "people", "wounded", True)]),
    ("Some 2,000 families fled the camp overnight.", [("2,000", 2000, "people", "displaced", True)]),
    # a fraction is no figure of its own
    ("Nearly half of the population has been displaced.", []),
    ("A third of the hospitals are still working.", []),
    ("The buffer zone would cover 60 km² of farmland.", [("60 km²", 60, "km2", "area", False)]),
    ("The World Bank approved $1.2bn for reconstruction.", [("$1.2bn", 1.2e9, "USD", "money", False)]),
    ("The state has released Rs 500 crore for flood relief.", [("Rs 500 crore", 5e9, "INR", "money", False)]),
    ("About 1.5 lakh people have been evacuated from the coast.", [("1.5 lakh", 1.5e5, "people", "displaced", True)]),
    ("Tens of thousands of people marched in Tel Aviv on Saturday.", [("Tens of thousands", 20000, "people", "count", True)]),
])
def test_figure_inventory(nlp, text, expected):
    assert claims(nlp, text) == expected
