"""Actor resolution: names, metonyms, partisan names, titles, surnames, pronouns, user files."""

from __future__ import annotations

import pytest

import dateline
from dateline.actors.dictionary import load as load_dictionary
from dateline.annotations import Annotations, Source
from dateline.errors import UserError


def annotate(pipeline, text, published="2024-08-21"):
    doc = pipeline.nlp.make_doc(text)
    doc._.dl = Annotations(Source(text=text, published=published))
    return pipeline.nlp(doc)._.dl


def mentions(dl):
    """(text, actor) for every mention, in order; offsets checked on the way."""
    out = []
    for m in dl.mentions:
        assert dl.source.text[m.start:m.end] == m.text
        out.append((m.text, m.actor))
    return out


@pytest.fixture(scope="module")
def actors_only():
    return dateline.load(components=["actors"])


def test_capitals_stand_for_governments(actors_only):
    dl = annotate(actors_only, "Washington announced new sanctions on Tehran.")
    assert mentions(dl) == [("Washington", "USAGOV"), ("Tehran", "IRNGOV")]
    assert dl.actors["USAGOV"].kind == "government" and dl.actors["IRNGOV"].country == "IRN"


def test_a_capital_after_a_preposition_is_a_place(actors_only):
    dl = annotate(actors_only, "Talks in Doha and Cairo continued, and Cairo later rejected the plan.")
    assert mentions(dl) == [("Cairo", "EGYGOV")]
    assert dl.mentions[0].start == dl.source.text.rindex("Cairo")


def test_compound_actors_each_resolve(actors_only):
    dl = annotate(actors_only, "Egypt and Qatar mediated indirect talks between Israel and Hamas.")
    assert mentions(dl) == [("Egypt", "EGY"), ("Qatar", "QAT"), ("Israel", "ISR"), ("Hamas", "hamas")]
    assert dl.actors["hamas"].kind == "armed_group" and dl.actors["hamas"].code == "PSEREB"


@pytest.mark.parametrize("name", ["the Zionist entity", "the Zionist regime", "the Jewish entity"])
def test_partisan_names_resolve_to_the_state(actors_only, name):
    dl = annotate(actors_only, f"The statement accused {name} of lying.")
    assert mentions(dl) == [(name[4:], "ISR")]


def test_demonym_forces_are_the_military_and_keep_the_state_inside(actors_only):
    dl = annotate(actors_only, "Israeli troops and Russian occupation forces were named in the report.")
    assert ("Israeli troops", "ISRMIL") in mentions(dl)
    assert ("Israeli", "ISR") in mentions(dl)
    assert ("occupation forces", "RUSMIL") in mentions(dl)  # qualified by "Russian", not Israel's


def test_titles_resolve_to_the_office_holder_on_the_published_date(actors_only):
    text = "The US secretary of state met the Israeli prime minister."
    assert mentions(annotate(actors_only, text, "2024-08-21")) == [
        ("The US secretary of state", "antony-blinken"), ("US", "USA"),
        ("the Israeli prime minister", "benjamin-netanyahu"), ("Israeli", "ISR")]
    assert mentions(annotate(actors_only, text, "2025-03-01"))[0] == ("The US secretary of state", "marco-rubio")


def test_a_vacant_office_falls_back_to_the_government(actors_only):
    # between Raisi's death (19 May 2024) and Pezeshkian's inauguration
    dl = annotate(actors_only, "Iran's president has not commented.", "2024-06-10")
    assert ("Iran's president", "IRNGOV") in mentions(dl)


def test_title_before_a_name_joins_the_name(actors_only):
    dl = annotate(actors_only, "Israeli Prime Minister Benjamin Netanyahu met Mr. Biden.")
    assert mentions(dl) == [("Israeli Prime Minister Benjamin Netanyahu", "benjamin-netanyahu"),
                            ("Israeli", "ISR"), ("Benjamin Netanyahu", "benjamin-netanyahu"),
                            ("Mr. Biden", "joe-biden")]
    person = dl.actors["benjamin-netanyahu"]
    assert (person.kind, person.code, person.country) == ("person", "ISRGOV", "ISR")
    assert "Bibi" in person.aliases


def test_a_surname_after_another_first_name_is_someone_else(actors_only):
    dl = annotate(actors_only, "Hunter Biden spoke to reporters.")
    (text, actor), = mentions(dl)
    assert text == "Hunter Biden" and actor != "joe-biden"
    assert dl.actors[actor].kind == "person" and dl.actors[actor].code is None


def test_a_known_surname_that_opens_a_longer_name_is_someone_elses_first_name(actors_only):
    dl = annotate(actors_only, "Jean-Pierre Mbala, a pastor in the valley, told his church to pray at home.",
                  published="2025-09-19")
    assert [a for _, a in mentions(dl)][0] != "karine-jean-pierre"
    assert dl.actors[mentions(dl)[0][1]].kind == "person"


@pytest.mark.parametrize("text, name", [
    ("Pope Leo told the cardinals he would keep the Jubilee calendar.", "Pope Leo"),
    ("Leo XIV told the cardinals he would keep the Jubilee calendar.", "Leo XIV"),
])
def test_the_pope_elected_in_may_2025_is_known(actors_only, text, name):
    dl = annotate(actors_only, text, published="2025-05-20")
    assert mentions(dl)[0] == (name, "pope-leo-xiv")


def test_unknown_people_keep_one_id_within_the_document(actors_only):
    dl = annotate(actors_only, "Amira Haddad, a teacher in the camp, said the water ran out. Haddad said she walked for hours.")
    found = mentions(dl)
    assert found[0][0] == "Amira Haddad" and found[1] == ("Haddad", found[0][1])
    assert found[2] == ("she", found[0][1])


def test_he_is_the_last_salient_person(actors_only):
    dl = annotate(actors_only, "Netanyahu met Biden on Tuesday. He said the talks were useful.")
    assert mentions(dl)[-1] == ("He", "benjamin-netanyahu")


def test_group_descriptions_and_possessive_forces(actors_only):
    dl = annotate(actors_only, "Hezbollah fired rockets at the north. The Lebanese group said its fighters "
                               "hit a base. Israel said its forces struck back.")
    found = mentions(dl)
    assert ("The Lebanese group", "hezbollah") in found
    assert ("its fighters", "hezbollah") in found  # a group's fighters are the group
    assert ("its forces", "ISRMIL") in found


def test_expletive_it_is_left_alone(actors_only):
    dl = annotate(actors_only, "Hamas rejected the offer. It is unclear whether talks will resume.")
    assert mentions(dl) == [("Hamas", "hamas")]


def test_dictionary_lookup_and_outlets():
    dictionary = load_dictionary()
    assert dictionary.lookup("the Zionist regime").id == "ISR"
    assert dictionary.lookup("Ansar Allah").id == "houthis"
    assert dictionary.lookup("Netanyahu").id == "benjamin-netanyahu"
    assert dictionary.lookup("no such actor") is None
    assert dictionary.outlet("AFP") == "Agence France-Presse"
    assert dictionary.outlet("the New York Times") == "The New York Times"
    assert dictionary.outlet("Hamas") is None


def test_every_state_is_known():
    dictionary = load_dictionary()
    for code in ("ISR", "PSE", "USA", "TUV", "BTN", "XKX"):
        assert dictionary[code].kind == "state"
    assert dictionary.lookup("Bhutan").id == "BTN"  # from pycountry, no data entry


def test_a_user_file_adds_and_overrides(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- id: hamas\n  code: PSEHMS\n  aliases: [the Movement of Islamic Resistance]\n"
        "- id: valley-defence\n  name: Valley Defence Committee\n  kind: armed_group\n  country: LBN\n"
        "  code: LBNREB\n  aliases: [VDC]\n",
        encoding="utf-8")
    dictionary = load_dictionary(str(path))
    assert dictionary["hamas"].code == "PSEHMS" and dictionary["hamas"].name == "Hamas"
    assert dictionary.lookup("Movement of Islamic Resistance").id == "hamas"
    pipeline = dateline.load(actors=str(path), components=["actors"])
    dl = annotate(pipeline, "The VDC and Hamas traded accusations.")
    assert mentions(dl) == [("VDC", "valley-defence"), ("Hamas", "hamas")]
    assert dl.actors["valley-defence"].kind == "armed_group" and dl.actors["hamas"].code == "PSEHMS"


@pytest.mark.parametrize("content, problem", [
    ("- id: x\n  name: [unclosed\n", "not valid YAML"),
    ("- id: x\n  name: X\n  kind: militia\n", "kind 'militia' is not one of"),
    ("- name: No Id\n", "missing `id`"),
    ("- id: newbie\n", "missing `name`"),
    ("- id: x\n  name: X\n  country: Israel\n", "not an ISO 3166 alpha-3 code"),
    ("id: x\n", "expected a list"),
    ("- id: acme\n  name: Acme Corp\n  code: acme corp\n", "code 'acme corp' is not a CAMEO actor code"),
    ("- id: acme\n  name: [Acme, Corp]\n", "`name` must be text, not list"),
    ("- id: acme\n  name: '  '\n", "`name` is blank"),
    ("- id: acme\n  name: Acme\n  aliases: [ACME, {a: b}]\n", "`aliases` must be a list of names"),
    ("- id: ruto\n  name: William Ruto\n  offices: [[president, KEN, since 2022]]\n",
     "an office's dates are YYYY or YYYY-MM-DD"),
    ("- id: ruto\n  name: William Ruto\n  offices: [[president, KEN, 2025-02-30]]\n", "day is out of range"),
])
def test_a_bad_user_file_says_which_and_why(tmp_path, content, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as error:
        load_dictionary(str(path))
    assert str(path) in str(error.value) and problem in str(error.value)


def test_a_user_file_that_is_not_utf8_is_a_user_error(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("- id: x\n  name: Bogotá\n".encode("latin-1"))
    with pytest.raises(UserError, match=r"not valid UTF-8 \(byte 0xe1 at offset 21\)"):
        load_dictionary(str(path))


def test_a_missing_user_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="no such actors file"):
        load_dictionary(str(tmp_path / "absent.yaml"))


def test_acronyms_in_capitalised_text_are_words(actors_only):
    dl = annotate(actors_only, "THE PRESIDENT: THANK YOU ALL FOR JOINING US. The US and the WHO agreed.")
    assert mentions(dl) == [("US", "USA"), ("WHO", "who")]
    assert dl.turns == [(0, 13, "joe-biden")]  # the turn's label says who speaks: no mention


def test_a_bare_title_is_the_office_holder_the_document_is_about(actors_only):
    dl = annotate(actors_only, "Jake Sullivan briefed reporters on the American effort. The President "
                               "called the families on Friday.", "2024-08-02")
    assert ("The President", "joe-biden") in mentions(dl)


def test_laws_and_places_tagged_as_organisations_are_not_actors(actors_only):
    dl = annotate(actors_only, "The Bipartisan Safer Communities Act passed, and Idaho appealed.")
    assert [m for m in dl.mentions if m.text in ("Idaho", "The Bipartisan Safer Communities Act")] == []


def test_stage_directions_and_plural_pronouns(actors_only):
    dl = annotate(actors_only, "The plan drew praise. (Laughter.) The Safe Streets Coalition welcomed it, "
                               "and residents said they were relieved.")
    found = mentions(dl)
    assert all(text != "Laughter" for text, _ in found)
    assert all(text != "they" for text, _ in found)  # people, not the coalition


def test_places_the_tagger_took_for_names_are_not_actors(actors_only):
    dl = annotate(actors_only, "A rocket hit a football pitch in Majdal Shams. Hezbollah denied firing it.")
    assert all(m.text != "Majdal Shams" for m in dl.mentions)
    assert all(m.text != "it" for m in dl.mentions)  # the rocket, not an actor


def test_a_description_refers_to_the_actor_whose_name_holds_its_noun(actors_only):
    text = ("In January the International Court of Justice ruled on the case. In March the Security Council "
            "demanded a truce. In May the court ordered a halt to the offensive.")
    dl = annotate(actors_only, text)
    assert mentions(dl)[-1] == ("the court", dl.mentions[0].actor)


def test_a_name_that_modifies_a_place_noun_is_no_actor(actors_only):
    dl = annotate(actors_only, "Troops stayed at the Netzarim junction, and he met Sisi at the resort of El Alamein.")
    assert [text for text, _ in mentions(dl)] == ["Sisi"]


def test_transcript_turn_labels_are_speakers_not_actors_mentioned(actors_only):
    text = ("Press gaggle aboard the plane\n"
            "MS. DALTON:  Good afternoon, everyone.\n"
            "Q    Has the Prime Minister of Japan called the President?\n"
            "MR. OKAFOR:  Prime Minister Kishida called him on Monday.\n"
            "THE PRESIDENT:  Thank you all.")
    dl = annotate(actors_only, text, published="2024-04-08")
    said = [t for t, _ in mentions(dl)]
    assert "DALTON" not in " ".join(said) and "OKAFOR" not in " ".join(said) and "Q" not in said
    assert "THE PRESIDENT" not in said and "PRESIDENT" not in said
    assert "Prime Minister Kishida" in said or "Kishida" in " ".join(said)
    assert [text[start:end] for start, end, _ in dl.turns] == ["MS. DALTON", "Q", "MR. OKAFOR", "THE PRESIDENT"]
    assert not any(a.name in ("DALTON", "OKAFOR") for a in dl.actors.values())


def test_turn_labels_are_the_capitalised_words_before_a_colon_opening_a_line():
    from dateline.actors.resolve import turn_labels

    text = "MR. OKAFOR: Yes.\nQ  And Japan?\nThe envoy said: no.\nSECRETARY ALVAREZ-RUIZ: Later."
    assert [text[a:b] for a, b in turn_labels(text)] == ["MR. OKAFOR", "Q", "SECRETARY ALVAREZ-RUIZ"]


@pytest.mark.parametrize("text, labels", [
    ("Q: Will the port reopen?\nA: Not before May.\nQ. And the ferries?\nA. They sail now.", ["Q", "A", "Q.", "A."]),
    ("A: the first option.\nB: the second option.", []),  # no question, no interview
    ("A. Kovac wrote the report.\nQ. Smith checked it.", []),  # initials, no run of answers
])
def test_an_interviews_q_and_a_are_turn_labels_only_together(text, labels):
    from dateline.actors.resolve import turn_labels

    assert [text[a:b] for a, b in turn_labels(text)] == labels


@pytest.mark.parametrize("text, mention, actor", [
    ("Officials at Foggy Bottom declined to comment.", "Foggy Bottom", "USAGOV"),
    ("Miraflores answered the criticism within hours.", "Miraflores", "VENGOV"),
    ("The Casa Rosada recalled its envoy.", "Casa Rosada", "ARGGOV"),
    ("Bankova rejected the offer.", "Bankova", "UKRGOV"),
    ("Critics say the Hermit Kingdom is testing a new rocket.", "Hermit Kingdom", "PRK"),
])
def test_seats_of_government_and_nicknames_of_states(actors_only, text, mention, actor):
    assert (mention, actor) in mentions(annotate(actors_only, text))


def test_a_turn_label_in_capitals_names_a_known_speaker(actors_only):
    text = ("MR. KIRBY:  Good afternoon.\n"
            "Q    Any news on the talks?\n"
            "SECRETARY BLINKEN:  We are working on it.\n"
            "MR. OKAFOR:  Thank you.")
    dl = annotate(actors_only, text, published="2024-04-08")
    assert [actor for _, _, actor in dl.turns] == ["john-kirby", None, "antony-blinken", None]


def kind_when_tagged_org(pipeline, text, name):
    """The kind of actor `name` gets when the tagger slips and calls it an organisation."""
    nlp = pipeline.nlp
    doc = nlp.make_doc(text)
    doc._.dl = Annotations(Source(text=text, published="2024-08-21"))
    for component, process in nlp.pipeline:
        if component == "actors":
            break
        doc = process(doc)
    start = text.index(name)
    doc.ents = [doc.char_span(start, start + len(name), label="ORG")]
    dl = dict(nlp.pipeline)["actors"](doc)._.dl
    (actor,) = [a for a in dl.actors.values() if a.name == name]
    return actor.kind


def test_a_name_set_beside_an_office_is_a_person_whatever_the_tagger_says(actors_only):
    text = "Wilma Orrefors, the director of the coast guard, told the committee that the rescue came late."
    assert kind_when_tagged_org(actors_only, text, "Wilma Orrefors") == "person"


def test_a_name_with_an_age_set_off_by_commas_is_a_person_whatever_the_tagger_says(actors_only):
    text = "The youngest reader of the evening was Ezra Halloran, 15, who read the story of Ruth."
    assert kind_when_tagged_org(actors_only, text, "Ezra Halloran") == "person"


def test_a_hyphenated_bare_title_is_the_holder_in_the_body_the_text_names(actors_only):
    text = ("The Secretary-General welcomed the truce, and he asked UNICEF to send more vaccines. "
            "The mission said two of its posts were hit.")
    found = mentions(annotate(actors_only, text, published="2024-10-14"))
    assert ("The Secretary-General", "antonio-guterres") in found
    assert ("he", "antonio-guterres") in found


def test_a_title_followed_by_a_name_in_apposition_is_that_person(actors_only):
    text = "Israel closed the crossing, and the spokesperson, Stéphane Dujarric, said aid was stuck."
    found = mentions(annotate(actors_only, text, published="2024-10-14"))
    assert ("Stéphane Dujarric", "stephane-dujarric") in found
    assert not any(actor == "daniel-hagari" for _, actor in found)


def test_the_mission_stands_for_the_body_named_before(actors_only):
    text = ("UNIFIL said a tank had entered its base in the south. "
            "The mission called the breach unacceptable.")
    assert ("The mission", "unifil") in mentions(annotate(actors_only, text, published="2024-10-14"))


@pytest.mark.parametrize("name, actor", [
    ("the Office for the Coordination of Humanitarian Affairs", "ocha"),
    ("the International Organization for Migration", "iom"),
])
def test_un_offices_by_their_full_names(actors_only, name, actor):
    text = f"On Tuesday {name} said that the roads north were closed."
    assert actor in [a for _, a in mentions(annotate(actors_only, text, published="2024-10-14"))]


def test_her_agency_is_the_body_named_beside_her(actors_only):
    text = ("Cindy McCain, the head of the World Food Programme, visited Chad. "
            "She said her agency would double its deliveries.")
    assert ("her agency", "wfp") in mentions(annotate(actors_only, text, published="2024-03-20"))


def test_a_debate_records_mixed_case_labels_are_turns():
    from dateline.actors.resolve import turn_labels

    text = ("The Secretary of State for Defence (Mr Liam Okafor): I will update the House.\n\n"
            "Priya Castell (Bath West) (LD): The minister is late.\n\n"
            "Mr Okafor: I am not.\n\n"
            "Claim: a figure was halved.")
    assert [text[a:b] for a, b in turn_labels(text)] == [
        "The Secretary of State for Defence (Mr Liam Okafor)", "Priya Castell (Bath West) (LD)", "Mr Okafor"]
    assert turn_labels("Mr Sunak: I take responsibility\n\nThe count went on overnight.") == []


def test_forms_of_address_in_a_debate_name_the_member_answered(actors_only):
    text = ("Priya Castell (Bath West) (LD): The ferry contract has been cancelled without notice.\n\n"
            "Tomas Reyl (Dover Marsh) (Con): The hon. Lady is right, and the Minister must explain.\n\n"
            "Mr David Lammy: The hon. Member for Bath West raised this last week. The right hon. "
            "Gentleman knows that he voted for the contract.")
    dl = annotate(actors_only, text, published="2024-10-09")
    said = dict(mentions(dl))
    castell = dl.actors[said["The hon. Lady"]]
    assert castell.name == "Priya Castell" and said["The hon. Member for Bath West"] == castell.id
    assert dl.actors[said["The right hon. Gentleman"]].name == "Tomas Reyl"
    assert said["he"] == said["The right hon. Gentleman"]


def test_a_name_the_tagger_took_with_its_possessive_is_named_without_it(actors_only):
    dl = annotate(actors_only, "The Calder Examiner's editorial praised Mara Velt's budget. The Calder Examiner "
                               "then thanked Mara Velt.")
    names = sorted({dl.actors[actor].name for _, actor in mentions(dl) if actor.startswith("a")})
    assert names == ["Calder Examiner", "Mara Velt"]


@pytest.mark.parametrize("text, actor", [
    ("Congo's army said rebels had shelled the outskirts of Bukavu overnight.", "COD"),
    ("Congo reopened its river port to traders after President Sassou Nguesso visited Pointe-Noire.", "COG"),
    ("Congo and Angola signed a trade accord on Friday.", "COD"),
])
def test_a_bare_congo_is_the_reading_the_documents_other_names_point_to(actors_only, text, actor):
    dl = annotate(actors_only, text)
    assert ("Congo", actor) in mentions(dl)
    assert dl.mentions[0].start == 0 and dl.mentions[0].end == 5


def test_the_democratic_republic_of_congo_is_no_cue_for_the_republic_of_congo(actors_only):
    dl = annotate(actors_only, "The Democratic Republic of Congo recalled its envoy. Congo said the talks were over.")
    assert ("Congo", "COD") in mentions(dl)
    assert dl.mentions[-1].start == dl.source.text.rindex("Congo")


@pytest.mark.parametrize("text, owner, host, pronouns", [
    ("Iran's mission to the United Nations said on Monday that it would not attend the meeting.", ("Iran", "IRN"),
     ("the United Nations", "un"), [("it", "IRN")]),
    ("Egypt's embassy in Ethiopia said it had not been told of the dam's filling. It asked for talks.",
     ("Egypt", "EGY"), ("Ethiopia", "ETH"), [("it", "EGY"), ("It", "EGY")]),
    ("The Japanese delegation to the World Health Organization said it backed the accord.", ("Japanese", "JPN"),
     ("World Health Organization", "who"), [("it", "JPN")]),
])
def test_it_after_a_states_mission_or_embassy_is_the_state_not_the_host(actors_only, text, owner, host, pronouns):
    found = mentions(annotate(actors_only, text))
    assert found[:2] == [owner, host]
    assert [m for m in found if m[0].lower() == "it"] == pronouns


def test_a_local_persons_surname_the_tagger_missed_still_names_them():
    pipeline = dateline.load(components=["actors"])
    dl = annotate(pipeline, "Captain Tomas Ekdahl has sailed tankers for thirty years. "
                            "Ekdahl knew two of the sailors from an earlier ship.")
    named = [(text, actor) for text, actor in mentions(dl) if "Ekdahl" in text]
    assert len(named) == 2 and named[1] == ("Ekdahl", named[0][1]) and named[0][1] is not None


@pytest.mark.parametrize("text, expected", [
    ("A senior RSF commander said the group had taken the town.", ("RSF commander", "rsf")),
    ("An RSF commander said the group had taken the town.", ("RSF commander", "rsf")),
    ("The RSF commander said the group had taken the town.", ("The RSF commander", "mohamed-hamdan-dagalo")),
])
def test_an_indefinite_title_is_one_of_its_body_not_the_holder(actors_only, text, expected):
    dl = annotate(actors_only, text)
    assert expected in mentions(dl)


def test_a_religious_title_is_no_part_of_a_local_persons_name():
    doc = dateline.extract("Shaykh Harun Adeyemi, the imam of the mosque, said the war must end.",
                           published="2025-03-21")
    assert [a.name for a in doc.actors] == ["Harun Adeyemi"]


def test_a_book_named_in_a_scripture_reference_is_no_actor():
    doc = dateline.extract("The imam recited Surah Al-Hujurat 49:13 and Al-Imran 3:103, and the priest read "
                           "Isaiah 2:4.", published="2025-03-21")
    assert doc.actors == [] and len(doc.scripture) == 3


def test_a_surname_that_names_a_group_is_the_person(actors_only):
    dl = annotate(actors_only, "Thérèse Kayikwamba Wagner said the M23 fighters must withdraw.")
    assert ("Thérèse Kayikwamba Wagner", "a1") in mentions(dl)
    assert "wagner" not in dl.actors and dl.actors["a1"].kind == "person"


@pytest.mark.parametrize("text, name", [
    ("Sister Halima Bello, who runs the clinic, said supplies had run out.", "Sister Halima Bello"),
    ("Imam Abdullahi Musa condemned the attack on the mosque.", "Abdullahi Musa"),
    ("Hajiya Amina Yusuf said the women had fled the village.", "Hajiya Amina Yusuf"),
])
def test_a_name_after_a_personal_honorific_is_a_person(actors_only, text, name):
    dl = annotate(actors_only, text)
    assert mentions(dl)[0] == (name, "a1")
    assert dl.actors["a1"].kind == "person"


@pytest.mark.parametrize("text, code", [
    ("The representative of Rwanda, Ernest Rwamucyo, said his country rejected the claims.", "RWAGOV"),
    ("Rwanda's ambassador Ernest Rwamucyo rejected the claims.", "RWAGOV"),
    ("Amina Mohamed, Kenya's foreign minister, said Nairobi supported the talks.", "KENGOV"),
    ("Brigadier Nabil Abdallah of the Sudanese Armed Forces said the bridge was retaken.", "SDNMIL"),
    ("Nigerian police spokesman Olumuyiwa Adejobi said 12 suspects were arrested.", "NGACOP"),
])
def test_an_unlisted_person_serves_the_state_the_text_names(actors_only, text, code):
    dl = annotate(actors_only, text)
    person = dl.actors["a1"]
    assert person.kind == "person" and person.code == code and person.country == code[:3]
    assert not person.name.startswith(("Rwanda", "Kenya", "Nigerian"))


def test_an_unlisted_person_with_no_post_keeps_no_country(actors_only):
    dl = annotate(actors_only, "Jane Okello told Reuters that Kenya was safe.")
    assert dl.actors["a1"].country is None and dl.actors["a1"].code is None


@pytest.mark.parametrize("text, span, actor", [
    ("The A3+ members said the resolution was balanced.", "A3+ members", "a3"),
    ("The Group of Arab States welcomed the vote.", "Group of Arab States", "arab-group"),
    ("Members of the Security Council condemned the attack.", "Members of the Security Council", "unsc"),
    ("The Security Council met. The Council's members condemned the attack.", "The Council's members", "unsc"),
])
def test_collective_bodies_and_their_members_are_the_body(actors_only, text, span, actor):
    dl = annotate(actors_only, text)
    assert (span, actor) in mentions(dl)
    assert dl.actors[actor].code.startswith("IGO")


@pytest.mark.parametrize("text", ["Islamist Hamas rejected the offer.", "Sunni Islamist Hamas rejected the offer."])
def test_an_epithet_before_a_group_is_no_given_name(actors_only, text):
    assert ("Hamas", "hamas") in mentions(annotate(actors_only, text))


@pytest.mark.parametrize("text, code", [
    ("Jean Dupont, a French aid worker, was killed near the border.", "FRACVL"),
    ("Kenyan runner Faith Kipyegon won the race.", "KENCVL"),
    ("Ilya Voronin, a Russian opposition leader, was detained.", "RUSOPP"),
])
def test_a_national_without_a_post_is_a_civilian_of_the_state(actors_only, text, code):
    assert annotate(actors_only, text).actors["a1"].code == code


def test_a_state_the_post_is_about_is_no_affiliation(actors_only):
    dl = annotate(actors_only, "Jane Okello, a critic of Israel, spoke at the rally.")
    assert dl.actors["a1"].country is None


def test_a_name_in_apposition_after_a_post_is_a_person_who_serves_its_state(actors_only):
    dl = annotate(actors_only, "Russia's deputy ambassador, Dmitry Polyanskiy, said the text interfered.")
    assert ("Dmitry Polyanskiy", "a1") in mentions(dl)
    assert (dl.actors["a1"].kind, dl.actors["a1"].code) == ("person", "RUSGOV")


def test_a_ranked_title_is_another_office_than_the_bare_one(actors_only):
    text = "The deputy prime minister of Israel met the former president of the United States."
    assert mentions(annotate(actors_only, text, "2024-08-21")) == [("Israel", "ISR"), ("United States", "USA")]
    text = "The prime minister of Israel met the president of the United States."
    assert mentions(annotate(actors_only, text, "2024-08-21"))[0] == ("The prime minister of Israel", "benjamin-netanyahu")


def test_given_names_the_tagger_left_out_join_the_surname_and_its_later_mentions(actors_only):
    dl = annotate(actors_only, "Demetrios Anagnostou, who owns two walk-ups in Astoria, said his bills had risen. "
                               "Anagnostou said the boiler was old.")
    found = mentions(dl)
    assert found == [("Demetrios Anagnostou", "a1"), ("his", "a1"), ("Anagnostou", "a1")]
    assert dl.actors["a1"].name == "Demetrios Anagnostou"


def test_a_name_with_and_without_its_middle_initial_is_one_person(actors_only):
    dl = annotate(actors_only, "Thomas R. Halvorsen, the former mayor, opened the fair. Later Thomas Halvorsen said "
                               "the rides were safe.")
    found = mentions(dl)
    assert found == [("Thomas R. Halvorsen", found[0][1]), ("Thomas Halvorsen", found[0][1])]
    assert dl.actors[found[0][1]].aliases == ["Thomas Halvorsen"]


def test_a_given_name_after_a_form_of_address_is_the_person_named_in_full(actors_only):
    dl = annotate(actors_only, "Ustadha Maryam Siddiqui led the circle on Sunday. Afterwards Ustadha Maryam thanked "
                               "the sisters. Sr Rukaiya Bello read the names.")
    found = mentions(dl)
    assert found[:2] == [("Maryam Siddiqui", found[0][1]), ("Maryam", found[0][1])]
    assert dl.actors[found[0][1]].name == "Maryam Siddiqui" and dl.actors[found[0][1]].kind == "person"
    assert found[2][0] == "Sr Rukaiya Bello" and dl.actors[found[2][1]].name == "Rukaiya Bello"


def test_a_body_keeps_its_leading_number_word(actors_only):
    dl = annotate(actors_only, "A study by the Three Rivers Housing Trust found that rents rose.")
    (found,) = mentions(dl)
    assert found[0] == "the Three Rivers Housing Trust"
    assert dl.actors[found[1]].name == "Three Rivers Housing Trust"


def test_a_name_listed_with_places_is_no_actor(actors_only):
    dl = annotate(actors_only, "Shells fell on villages in Sindh and Azad Jammu and Kashmir overnight.")
    assert mentions(dl) == []


def test_a_title_set_off_with_an_honorific_names_the_person_later(actors_only):
    dl = annotate(actors_only, "The Spokesperson, Ambassador Tahir Qureshi, took questions on Monday. "
                               "The Spokesperson said the talks would go on.", published="2025-05-12")
    found = mentions(dl)
    person = next(actor for text, actor in found if text == "Tahir Qureshi")
    assert ("The Spokesperson", person) in found


def test_an_acronym_of_a_local_bodys_name_is_that_body(actors_only):
    dl = annotate(actors_only, "The Coastal Relief Alliance opened two kitchens in the port. "
                               "CRA volunteers said the queues were growing.")
    named = [(text, actor) for text, actor in mentions(dl) if text in ("The Coastal Relief Alliance", "CRA")]
    assert len(named) == 2 and named[0][1] == named[1][1] == "a1"
    assert dl.actors["a1"].name == "Coastal Relief Alliance"


@pytest.mark.parametrize("text, first, later", [
    ("King Tomas IV opened the new parliament in the capital. King Tomas spoke for an hour.", "Tomas IV", "Tomas"),
    ("Pope Gregory XVII greeted the crowd from the balcony. Pope Gregory then blessed the city.", "Gregory XVII",
     "Pope Gregory"),
    ("Yusuf Abu Karim, a fisherman from the north, lost his boat. Abu Karim now mends nets.", "Yusuf Abu Karim",
     "Abu Karim"),
])
def test_a_local_person_named_again_without_the_regnal_number_or_by_a_two_word_surname(text, first, later):
    doc = dateline.extract(text, published="2024-03-15")
    assert [(e.text, e.actor) for e in doc.entities if e.label == "PERSON"] == [(first, "a1"), (later, "a1")]
    assert [(a.name, a.kind) for a in doc.actors] == [(first, "person")]


@pytest.mark.parametrize("text, name", [
    ("“Welcome home!” the new abbot said from the balcony of St Paul’s Basilica on Thursday.", "St Paul’s Basilica"),
    ("That evening St Monica’s hosted an interfaith prayer service, planned months earlier.", "St Monica’s"),
])
def test_a_place_named_for_a_person_is_no_person(text, name):
    doc = dateline.extract(text, published="2024-03-15")
    assert [(e.text, e.label, e.actor) for e in doc.entities if e.text == name] == [(name, "PERSON", None)]
    assert doc.actors == []


def test_a_name_owning_a_common_noun_is_the_owners(actors_only):
    doc = dateline.extract("Andrew’s ministry, he said, is a ministry of service.", published="2024-03-15")
    assert [(a.name, a.kind) for a in doc.actors] == [("Andrew", "person")]


def test_a_councillors_title_is_no_part_of_the_name(actors_only):
    dl = annotate(actors_only, "Councillor Martin Okafor, the opposition spokesman on housing, said the plan was a "
                               "fantasy. “Nobody believes this,” Cllr Okafor said.")
    found = mentions(dl)
    assert found[0][1] == found[1][1] and dl.actors[found[0][1]].name == "Martin Okafor"


def test_a_federal_agency_is_its_own_actor_not_the_us_government(actors_only):
    """An agency issues its counts and notices in its own name: the CDC, the USGS, the Labor Department."""
    dl = annotate(actors_only, "The CDC said on Friday that 607 measles cases had been confirmed, the U.S. Geological "
                               "Survey recorded a small earthquake and the Labor Department said prices rose.")
    assert mentions(dl) == [("CDC", "us-cdc"), ("U.S. Geological Survey", "us-usgs"), ("Labor Department", "us-dol")]


def test_a_bodys_name_inside_a_longer_name_is_that_other_body(actors_only):
    """'Department of State' in a state health department's name is not the US government."""
    dl = annotate(actors_only, "Texas reported 505 cases, according to the Texas Department of State Health Services.")
    assert "USAGOV" not in [actor for _, actor in mentions(dl)]


def test_a_body_named_whole_after_the_article_keeps_its_actor(actors_only):
    dl = annotate(actors_only, "The US Department of State said on Monday it would reopen the embassy.")
    assert "USAGOV" in [actor for _, actor in mentions(dl)]


def test_a_name_beside_a_noun_of_people_is_a_persons(actors_only):
    dl = annotate(actors_only, "I put the complaints to our editor, Daniel Mistry. Luc, a flight attendant based in "
                               "Montreal, said the strike had changed him.")
    kinds = {dl.actors[m.actor].name: dl.actors[m.actor].kind for m in dl.mentions if m.actor in dl.actors}
    assert kinds.get("Daniel Mistry") == "person" and kinds.get("Luc") == "person"


def test_a_place_beside_a_noun_that_is_no_persons_stays_a_place(actors_only):
    dl = annotate(actors_only, "Montreal, a city of two million, said the airport would reopen.")
    assert not any(a.kind == "person" for a in dl.actors.values())


@pytest.mark.parametrize("text, first, later", [
    ("The hospital's chief surgeon, Paolo di Marco, operated through the night. Di Marco said the boy would "
     "recover.", "Paolo di Marco", "Di Marco"),
    ("The striker's agent, Jorge de la Cruz, flew to Madrid on Monday. De la Cruz said the talks were over.",
     "Jorge de la Cruz", "De la Cruz"),
])
def test_a_surname_with_its_particles_written_with_a_capital_names_the_person(text, first, later):
    doc = dateline.extract(text, published="2024-03-15")
    named = [e.actor for e in doc.entities if e.text == first]
    assert [(q.speaker.text, q.speaker.actor) for q in doc.quotes] == [(later, named[0])]
    assert [a.name for a in doc.actors] == [first]


def test_a_name_with_a_who_clause_of_its_own_is_a_person_who_speaks():
    doc = dateline.extract("Yves Carnot, who managed security at a regional museum in Brittany for 17 years, said the "
                           "thieves had chosen their moment well. \"They knew the guards' rota,\" he said.",
                           published="2024-03-15")
    assert [(a.name, a.kind) for a in doc.actors] == [("Yves Carnot", "person")]
    assert [q.speaker.actor for q in doc.quotes] == [doc.actors[0].id] * 2


def test_a_place_with_a_which_clause_stays_no_person():
    doc = dateline.extract("Brittany, which has lost three lifeboat stations since 2010, said nothing about the "
                           "cuts.", published="2024-03-15")
    assert [a.kind for a in doc.actors if a.name == "Brittany"] in ([], ["state"], ["organization"])
