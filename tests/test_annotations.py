"""The lookup the serialiser makes for every entity gives what `mention_at` gives."""

from dateline.annotations import Annotations, Source, SpanIndex
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
                assert covering(start, end) is dl.mention_at(start, end)
    assert covering(TEXT.index(" met"), TEXT.index("Egypt")) is None


def test_the_index_lists_the_mentions_overlapping_a_stretch_by_start():
    dl = _annotations()
    stretch = TEXT.index("Netanyahu"), TEXT.index("Egypt") + 1
    assert [m.text for m in SpanIndex(dl.mentions).overlapping(*stretch)] == [
        "Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Egypt", "Egypt's"]
