"""The lookup the serialiser makes for every entity gives what `mention_at` gives."""

from dateline.annotations import Annotations, Source, SpanIndex, _covering
from dateline.model import Mention

TEXT = "Israeli Prime Minister Benjamin Netanyahu met Egypt's foreign minister in Cairo."


def _mention(text: str, actor: str) -> Mention:
    start = TEXT.index(text)
    return Mention(text=text, start=start, end=start + len(text), actor=actor)


def _annotations() -> Annotations:
    dl = Annotations(Source(text=TEXT))
    dl.mentions = [
        _mention("Israeli", "ISR"),
        _mention("Israeli Prime Minister Benjamin Netanyahu", "benjamin-netanyahu"),
        _mention("Benjamin Netanyahu", "benjamin-netanyahu"),
        _mention("Egypt", "EGY"),
        _mention("Egypt's", "EGYGOV"),
        _mention("Cairo", "EGYGOV"),
    ]
    return dl


def test_the_index_finds_the_longest_mention_within_a_stretch():
    dl = _annotations()
    covering = SpanIndex(dl.mentions).longest_within
    whole = TEXT.index("Israeli"), TEXT.index(" met")
    assert covering(*whole).text == "Israeli Prime Minister Benjamin Netanyahu"
    name = TEXT.index("Benjamin"), TEXT.index(" met")
    assert covering(*name).text == "Benjamin Netanyahu"


def test_the_index_breaks_ties_by_list_order_as_mention_at_does():
    dl = Annotations(Source(text=TEXT))
    dl.mentions = [_mention("Cairo", "EGYGOV"), _mention("Egypt", "EGY")]  # as long: the first listed wins
    stretch = TEXT.index("Egypt"), len(TEXT)
    assert SpanIndex(dl.mentions).longest_within(*stretch).text == "Cairo"
    assert dl.mention_at(*stretch).text == "Cairo"


def test_the_index_and_mention_at_agree_on_every_stretch():
    dl = _annotations()
    covering = SpanIndex(dl.mentions).longest_within
    bounds = sorted({0, len(TEXT)} | {m.start for m in dl.mentions} | {m.end for m in dl.mentions})
    for start in bounds:
        for end in bounds:
            if start <= end:
                assert covering(start, end) is dl.mention_at(start, end) is _covering(dl.mentions, start, end)
    assert covering(TEXT.index(" met"), TEXT.index("Egypt")) is None


def test_mention_at_reads_a_changed_list_of_mentions_again():
    dl = _annotations()
    cairo = TEXT.index("Cairo"), TEXT.index("Cairo") + len("Cairo")
    assert dl.mention_at(*cairo).actor == "EGYGOV"
    dl.mentions[-1] = _mention("Cairo", "cairo-governorate")
    assert dl.mention_at(*cairo).actor == "cairo-governorate"
    dl.mentions.pop()
    assert dl.mention_at(*cairo) is None


def test_the_index_lists_the_mentions_overlapping_a_stretch_by_start():
    dl = _annotations()
    stretch = TEXT.index("Netanyahu"), TEXT.index("Egypt") + 1
    assert [m.text for m in SpanIndex(dl.mentions).overlapping(*stretch)] == [
        "Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Egypt", "Egypt's"]


def _blank_doc(text: str):
    import spacy

    return spacy.blank("en")(text)


def test_tokens_within_gives_the_tokens_that_start_in_a_stretch():
    from dateline.annotations import tokens_within

    doc = _blank_doc(TEXT)
    start, end = TEXT.index("Egypt"), TEXT.index(" in Cairo")
    assert [t.text for t in tokens_within(doc, start, end)] == ["Egypt", "'s", "foreign", "minister"]
    assert [t.text for t in tokens_within(doc, start + 1, end)] == ["'s", "foreign", "minister"]  # 'Egypt' starts before
    assert [t.text for t in tokens_within(doc, end, start)] == []
    assert [t.text for t in tokens_within(doc, TEXT.index("Cairo"), len(TEXT) + 10)] == ["Cairo", "."]


def test_entity_of_a_token_is_the_entity_doc_ents_holds_it_in():
    from spacy.tokens import Span

    from dateline.annotations import entity_of

    doc = _blank_doc(TEXT)
    doc.ents = [Span(doc, 0, 1, label="NORP"), Span(doc, 3, 5, label="PERSON"), Span(doc, 6, 7, label="GPE")]
    assert [(e.text, e.label_, e.start_char) for e in map(entity_of, doc[3:5])] == [
        ("Benjamin Netanyahu", "PERSON", TEXT.index("Benjamin"))] * 2
    assert (entity_of(doc[0]).text, entity_of(doc[0]).label_) == ("Israeli", "NORP")
    assert entity_of(doc[1]) is None  # 'Prime' is in none
    for token in doc:
        assert entity_of(token) == next((e for e in doc.ents if e.start <= token.i < e.end), None)


def test_token_indices_reads_an_attribute_off_the_documents_array():
    from dateline.annotations import token_indices

    doc = _blank_doc("The Minister met the minister and MINISTERS.")
    assert token_indices(doc, "LOWER", {"minister", "never-seen-word"}) == [1, 4]
    assert token_indices(doc, "LOWER", ()) == []


def test_sentences_are_listed_once_per_document():
    from dateline.annotations import sentences

    doc = _blank_doc("Talks resumed. Both sides met.")
    for token in doc:
        token.is_sent_start = token.i in (0, 3)
    assert [s.text for s in sentences(doc)] == ["Talks resumed.", "Both sides met."]
    assert sentences(doc) is sentences(doc)


def test_mentions_starting_in_a_stretch_come_in_list_order():
    from dateline.annotations import mentions_starting

    dl = _annotations()
    stretch = TEXT.index("Egypt"), TEXT.index(" in Cairo")
    assert [m.actor for m in mentions_starting(dl, *stretch)] == ["EGY", "EGYGOV"]
    assert [m.text for m in mentions_starting(dl, 0, TEXT.index("Prime"))] == [
        "Israeli", "Israeli Prime Minister Benjamin Netanyahu"]
    dl.mentions.append(_mention("Cairo", "cairo-governorate"))  # a changed list is read again
    assert [m.actor for m in mentions_starting(dl, TEXT.index("Cairo"), len(TEXT))] == ["EGYGOV", "cairo-governorate"]


def test_the_index_lists_the_spans_within_a_stretch_in_list_order():
    dl = _annotations()
    dl.mentions.reverse()  # the list's order, not the offsets', decides
    stretch = TEXT.index("Israeli"), TEXT.index(" met")
    assert [m.text for m in dl.index_of("mentions").within(*stretch)] == [
        "Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu", "Israeli"]
    assert [m.text for m in dl.index_of("mentions").within(TEXT.index("Egypt"), TEXT.index("'s"))] == ["Egypt"]
    assert dl.index_of("mentions").within(TEXT.index(" met"), TEXT.index("Egypt")) == []


def test_crossing_finds_every_span_overlapping_a_stretch_however_long():
    dl = _annotations()
    dl.mentions.append(Mention(text=TEXT, start=0, end=len(TEXT), actor="the-whole-line"))
    stretch = TEXT.index("Cairo"), TEXT.index("Cairo") + 2
    assert [m.actor for m in dl.index_of("mentions").crossing(*stretch)] == ["the-whole-line", "EGYGOV"]
    assert [m.text for m in dl.index_of("mentions").crossing(TEXT.index("Egypt") + 1, TEXT.index(" foreign"))] == [
        TEXT, "Egypt", "Egypt's"]


def test_tokens_where_gives_the_tokens_a_loop_over_the_document_or_sentence_keeps(nlp):
    """`tokens_where` reads spaCy's attribute arrays: the same tokens, in the same order, as testing each token."""
    from dateline.annotations import tokens_where

    text = ("The Dutch government said on Tuesday that it would send F-16s to Ukraine.\n\n"
            "Zelensky thanked Rutte, and the two leaders signed a security agreement in Kharkiv.")
    doc = nlp.nlp(text)
    for tokens in [doc, *doc.sents, doc[3:9], doc[5:5]]:
        assert tokens_where(tokens, "POS", ("VERB", "AUX").__contains__) == [t for t in tokens if t.pos_ in ("VERB", "AUX")]
        assert tokens_where(tokens, "LEMMA", lambda word: word.lower() in {"say", "sign"}) == \
            [t for t in tokens if t.lemma_.lower() in {"say", "sign"}]
        assert tokens_where(tokens, "DEP", "nsubj".__eq__) == [t for t in tokens if t.dep_ == "nsubj"]
        assert tokens_where(tokens, "ORTH", lambda word: "\n" in word) == [t for t in tokens if "\n" in t.text]
    assert [t.text for t in tokens_where(doc, "LOWER", {"the", "it"}.__contains__)] == ["The", "it", "the"]


def test_tokens_where_finds_nothing_when_no_value_passes(nlp):
    from dateline.annotations import tokens_where

    assert tokens_where(nlp.nlp("Rutte met Zelensky in Kharkiv."), "POS", "NUM".__eq__) == []


def test_tokens_where_reads_a_retagged_word_after_retagged_is_called(nlp):
    """The columns `tokens_where` reads are kept on the Doc; a repair that retags a word calls `retagged`, and the
    next scan sees the new tag."""
    from dateline.annotations import retagged, tokens_where

    doc = nlp.nlp("Blinken visits the camp and promises aid.")
    promises = next(t for t in doc if t.text == "promises")
    assert tokens_where(doc, "LEMMA", "promise".__eq__) == [promises]
    promises.lemma_ = "pledge"
    retagged(doc)
    assert tokens_where(doc, "LEMMA", "promise".__eq__) == []
    assert tokens_where(next(iter(doc.sents)), "LEMMA", "pledge".__eq__) == [promises]


BRIEFING = ("MS. JEAN-PIERRE: Good afternoon.\nQ Thank you, Karine.\nMR. KIRBY: The President spoke with "
            "Prime Minister Netanyahu today.\nQ Did he raise Rafah?")


def _turns() -> Annotations:
    dl = Annotations(Source(text=BRIEFING))
    for label in ("MS. JEAN-PIERRE:", "\nQ", "MR. KIRBY:", "\nQ Did"[:2]):
        start = BRIEFING.index(label, dl.turns[-1][1] if dl.turns else 0) + label.startswith("\n")
        dl.turns.append((start, start + len(label.strip()), None))
    return dl


def test_turn_before_gives_the_last_label_ending_before_an_offset_as_a_scan_of_the_turns_does():
    dl = _turns()
    for offset in [0, 5, BRIEFING.index("Good"), BRIEFING.index("Thank"), BRIEFING.index("President"),
                   BRIEFING.index("Rafah"), len(BRIEFING)]:
        before = [turn for turn in dl.turns if turn[1] <= offset]
        assert dl.turn_before(offset) == (before[-1] if before else None)
    assert dl.turn_before(BRIEFING.index("President"))[0] == BRIEFING.index("MR. KIRBY:")


def test_turn_before_and_in_turn_label_follow_a_turn_added_later():
    dl = _turns()
    assert dl.turn_before(BRIEFING.index("Good")) == dl.turns[0]
    dl.turns.append((0, 0, "karine-jean-pierre"))  # an interview's turns are added after the labels
    assert dl.turn_before(BRIEFING.index("Good")) == (0, 0, "karine-jean-pierre")
    assert dl.in_turn_label(BRIEFING.index("KIRBY")) and not dl.in_turn_label(BRIEFING.index("President"))


def test_tokens_where_any_gives_each_word_passing_any_test_once_in_text_order(nlp):
    from dateline.annotations import tokens_where_any

    doc = nlp.nlp("Russian troops struck Kharkiv overnight, and the strikes went on until dawn.")
    found = tokens_where_any(doc, ("LOWER", "strikes".__eq__), ("LEMMA", "strike".__eq__), ("POS", "PROPN".__eq__))
    assert [t.text for t in found] == ["struck", "Kharkiv", "strikes"]
    sentence = next(iter(doc.sents))
    assert tokens_where_any(sentence, ("LOWER", "truce".__eq__), ("POS", "NUM".__eq__)) == []


def test_strings_of_gives_each_words_attribute_as_reading_the_tokens_does(nlp):
    """`strings_of` reads the kept column: the same strings, in the same order, as each token's attribute."""
    from dateline.annotations import strings_of

    doc = nlp.nlp("According to the Qatari Foreign Ministry, Hamas and Israel agreed to a four-day truce.")
    for tokens in [doc, *doc.sents, doc[3:6], doc[4:4]]:
        assert strings_of(tokens, "LOWER") == [t.lower_ for t in tokens]
        assert strings_of(tokens, "POS") == [t.pos_ for t in tokens]
    assert strings_of(doc[3:6], "LOWER") == ["qatari", "foreign", "ministry"]
