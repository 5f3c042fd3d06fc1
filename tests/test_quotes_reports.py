"""`quotes.spans.Reports`: whether a cue lies inside what another report says or names as its source, answered
from an index of the reports' stretches instead of a scan of all of them."""

from dateline.quotes.spans import Reports, _nested
from dateline.quotes.speech import Frame

# 'Blinken said the minister told him the crossing would open', offsets as in that sentence
OUTER = Frame(cue=(8, 12), content=(13, 59), source=(0, 7))
INNER = Frame(cue=(26, 30), content=(35, 59), source=(17, 25))


def test_a_cue_inside_another_reports_content_is_nested():
    reports = Reports([OUTER, INNER])
    assert _nested(INNER, reports)
    assert not _nested(OUTER, reports)


def test_a_report_is_not_nested_in_its_own_content():
    lone = Frame(cue=(40, 44), content=(20, 80))
    assert not _nested(lone, Reports([lone]))


def test_a_cue_inside_another_reports_source_is_nested():
    # 'The spokesman, who said the talks had stalled, ...': the cue "said" sits inside the outer report's source
    outer = Frame(cue=(60, 64), content=(65, 90), source=(0, 58))
    inner = Frame(cue=(19, 23), content=(24, 45))
    assert _nested(inner, Reports([outer, inner]))


def test_a_long_report_reaches_a_cue_far_into_it():
    # a statement quoted over several paragraphs holds a cue thousands of characters after its start
    statement = Frame(cue=(0, 4), content=(5, 6000))
    late = Frame(cue=(5400, 5404), content=(5405, 5500))
    short = Frame(cue=(5900, 5904), content=(5905, 5950))
    reports = Reports([statement, short, late])
    assert _nested(late, reports) and _nested(short, reports)
    assert not _nested(statement, reports)


def test_a_cue_just_after_a_report_ends_is_not_nested():
    first = Frame(cue=(0, 4), content=(5, 40))
    after = Frame(cue=(40, 44), content=(45, 70))
    assert not _nested(after, Reports([first, after]))


def test_the_index_answers_as_a_scan_of_every_report():
    import random

    rng = random.Random(7)
    frames = []
    for _ in range(120):
        cue = rng.randrange(0, 3000)
        start = rng.randrange(0, 3000)
        named = rng.randrange(0, 3000)
        source = (named, named + rng.randrange(1, 60)) if rng.random() < 0.5 else None
        length = rng.randrange(1, 40) if rng.random() < 0.95 else rng.randrange(300, 900)  # a few long quotes
        frames.append(Frame(cue=(cue, cue + 4), content=(start, start + length), source=source))
    reports, answers = Reports(frames), set()
    for frame in frames:
        scanned = any(o is not frame and (o.content[0] <= frame.cue[0] < o.content[1]
                                          or o.source is not None and o.source[0] <= frame.cue[0] < o.source[1])
                      for o in frames)
        assert _nested(frame, reports) == scanned
        answers.add(scanned)
    assert answers == {True, False}
