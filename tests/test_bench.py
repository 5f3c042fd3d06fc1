"""`dateline bench --repeat N`: the argument and the arithmetic of its rounds, on given timings."""

import pytest

from dateline.bench import Round, Run, median_components, median_ratio, report
from dateline.cli import parser_for


def _round(bare_words_per_second: float, full_words_per_second: float, events: float = 1.0) -> Round:
    """A round over 1,000 words, with the given throughputs and CPU times equal to wall times."""
    bare = Run("spaCy (bare)", documents=3, words=1000, seconds=1000 / bare_words_per_second,
               cpu_seconds=1000 / bare_words_per_second)
    full = Run("dateline", documents=3, words=1000, seconds=1000 / full_words_per_second,
               cpu_seconds=1000 / full_words_per_second)
    full.components.update({"ner": 2.0, "events": events})
    return Round(bare, full)


def test_repeat_defaults_to_one_round():
    assert parser_for("bench").parse_args([]).repeat == 1


def test_repeat_takes_a_count_of_rounds():
    args = parser_for("bench").parse_args(["../shared/corpus/whitehouse-2024", "--limit", "30", "--repeat", "5"])
    assert (args.dir, args.limit, args.repeat) == ("../shared/corpus/whitehouse-2024", 30, 5)


@pytest.mark.parametrize("value", ["0", "-2", "three", "1.5"])
def test_a_repeat_that_is_no_count_is_a_usage_error(value, capsys):
    with pytest.raises(SystemExit) as exit:
        parser_for("bench").parse_args(["--repeat", value])
    assert exit.value.code == 2
    assert "--repeat" in capsys.readouterr().err


def test_a_rounds_ratio_is_datelines_words_per_second_over_spacys():
    assert _round(2500, 2000).ratio == pytest.approx(0.80)


def test_the_median_ratio_ignores_one_round_slowed_by_other_jobs():
    rounds = [_round(2500, 2000), _round(2500, 1000), _round(2000, 1800)]
    assert [round(r.ratio, 2) for r in rounds] == [0.80, 0.40, 0.90]
    assert median_ratio(rounds) == pytest.approx(0.80)


def test_the_median_of_an_even_number_of_rounds_is_the_mean_of_the_middle_two():
    assert median_ratio([_round(1000, 700), _round(1000, 900)]) == pytest.approx(0.80)


def test_component_times_are_medians_in_pipeline_order():
    medians = median_components([_round(1000, 800, events=9.0), _round(1000, 800, events=3.0),
                                 _round(1000, 800, events=4.0)])
    assert list(medians) == ["ner", "events"]
    assert medians == {"ner": 2.0, "events": 4.0}


def test_a_round_with_no_spacy_throughput_has_no_ratio():
    empty = Round(Run("spaCy (bare)"), Run("dateline", words=10, seconds=1.0))
    assert (empty.ratio, empty.cpu_ratio, median_ratio([])) == (0.0, 0.0, 0.0)


def test_several_rounds_report_each_round_and_the_median():
    out = report([_round(2500, 2000), _round(2500, 1000), _round(2000, 1800)])
    lines = out.splitlines()
    assert lines[1].split() == ["1", "2500", "2000", "0.80", "0.80"]
    assert lines[2].split() == ["2", "2500", "1000", "0.40", "0.40"]
    assert "throughput ratio dateline/spaCy: 0.80 (median of 3 rounds; on CPU time 0.80)" in out
    assert "time per component (median of 3 dateline runs):" in out


def test_one_round_reports_as_before():
    out = report([_round(2500, 2000)])
    assert "throughput ratio dateline/spaCy: 0.80\n" in out
    assert "median" not in out
