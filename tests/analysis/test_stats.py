"""analysis.stats: plain numbers in, plain figures out."""

import pytest

from immersion.analysis import stats
from immersion.analysis.stats import (
    MIN_RESPONDENTS,
    MIN_TEST_PAIRS,
    paired_shift,
    scale_distribution,
    spread,
)


def test_median_of_an_odd_count_is_the_middle_value():
    assert stats.median([7, 1, 3]) == 3.0


def test_median_of_an_even_count_is_the_mean_of_the_two_middle_values():
    assert stats.median([1, 2, 4, 10]) == 3.0


def test_median_and_mean_of_nothing_are_none():
    assert stats.median([]) is None
    assert stats.mean([]) is None


def test_quartiles_of_an_odd_count_interpolate_like_a_spreadsheet():
    # QUARTILE.INC({0, 5, 10, 20, 40}) = 5, 10, 20
    s = spread([20, 0, 40, 5, 10])
    assert (s.count, s.q1, s.median, s.q3, s.iqr) == (5, 5.0, 10.0, 20.0, 15.0)


def test_quartiles_of_an_even_count_interpolate_like_a_spreadsheet():
    # QUARTILE.INC({1, 2, 3, 4}) = 1.75, 2.5, 3.25
    s = spread([4, 3, 2, 1])
    assert (s.q1, s.median, s.q3) == (1.75, 2.5, 3.25)
    assert s.iqr == pytest.approx(1.5)


def test_spread_leaves_out_missing_values_and_handles_one_or_none():
    assert spread([None, 12, None]) == stats.Spread(1, 12.0, 12.0, 12.0)
    empty = spread([None])
    assert empty.count == 0 and empty.median is None and empty.iqr is None


def test_counts_give_shares_of_the_total_in_the_order_of_the_choices():
    tallies = stats.counts({"b": 1, "a": 3}, [("a", "A"), ("b", "B"), ("c", "C")])
    assert [(t.code, t.count, t.share) for t in tallies] == [
        ("a", 3, 75.0),
        ("b", 1, 25.0),
        ("c", 0, 0.0),
    ]
    assert stats.counts({}, [("a", "A")])[0].share is None


def test_the_small_count_rule_is_three_people():
    assert MIN_RESPONDENTS == 3


def test_fewer_than_three_pairs_show_nothing_but_their_number():
    shift = paired_shift([(1, 5), (2, 5)])
    assert not shift.shown
    assert shift.pairs == 2
    assert (shift.up, shift.down, shift.unchanged) == (0, 0, 0)
    assert shift.mean_change is None and shift.median_change is None and shift.test is None


def test_a_shift_counts_rises_falls_and_unchanged_answers():
    shift = paired_shift([(1, 3), (2, 2), (4, 3), (3, 5)])
    assert shift.shown
    assert (shift.up, shift.down, shift.unchanged) == (2, 1, 1)
    assert shift.mean_change == 0.75  # (2 + 0 - 1 + 2) / 4
    assert shift.median_change == 1.0  # of -1, 0, 2, 2


def test_no_test_below_six_pairs_that_changed_however_many_pairs():
    # 20 pairs, but only 5 changed: counts only, never a p-value
    pairs = [(3, 3)] * 15 + [(1, 5)] * 5
    shift = paired_shift(pairs)
    assert shift.shown and shift.changed == 5
    assert shift.test is None and not shift.testable and not shift.significant


def test_six_changes_that_do_not_tie_are_tested_exactly():
    shift = paired_shift([(1, 2), (1, 3), (1, 4), (1, 5), (0, 5), (0, 6)])
    assert MIN_TEST_PAIRS == 6
    assert shift.test is not None
    assert shift.test.pairs == 6
    assert shift.test.p_value == pytest.approx(2 / 2**6)  # exact two-sided: 0.03125
    assert shift.significant


def test_tied_changes_use_the_normal_approximation_with_corrections():
    # six changes of +2: ranks all tie (as R's wilcox.test(rep(2, 6)), correct = TRUE)
    shift = paired_shift([(2, 4)] * 6)
    assert shift.test.p_value == pytest.approx(0.019656, abs=1e-6)


def test_the_test_stays_fast_on_a_large_seminar():
    import time

    pairs = [(1, 2), (2, 4), (3, 2), (2, 3), (3, 3)] * 100  # 400 changes, all tied
    start = time.perf_counter()
    shift = paired_shift(pairs)
    assert time.perf_counter() - start < 0.5
    assert shift.test.pairs == 400 and shift.significant


def test_zero_differences_are_left_out_of_the_test():
    changed = [(1, 2), (1, 3), (2, 1), (1, 4), (2, 5), (3, 4)]
    with_zeros = paired_shift(changed + [(3, 3)] * 10)
    without = paired_shift(changed)
    assert with_zeros.test.pairs == without.test.pairs == 6
    assert with_zeros.test.p_value == pytest.approx(without.test.p_value)
    assert not without.significant


def test_a_scale_distribution_under_three_answers_is_not_shown():
    scale = [(v, str(v)) for v in range(1, 6)]
    hidden = scale_distribution([5, 4], scale)
    assert not hidden.shown and hidden.values == [] and hidden.mean is None
    shown = scale_distribution([5, 4, 4, 2], scale)
    assert shown.shown
    assert [(t.code, t.count) for t in shown.values] == [
        ("1", 0),
        ("2", 1),
        ("3", 0),
        ("4", 2),
        ("5", 1),
    ]
    assert shown.mean == 3.75 and shown.median == 4.0
