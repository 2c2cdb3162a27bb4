"""Bootstrap intervals of the dev-set scores (pipeline/intervals.py): they bracket the table's own F1,
they are as wide as the number of values scored makes them, and they never count a cell differently
from the evaluation."""
import pytest

from pipeline.intervals import bootstrap_intervals, paired_difference
from pipeline.rules import load_rules
from pipeline.scoring import evaluate


def rows(n_right: int, n_wrong: int, field: str = "sex", right="female", wrong=("female", "male")):
    """n_right reports whose `field` is read right and n_wrong read wrong, as (gold, pred) rows."""
    gold, pred = {}, {}
    for i in range(n_right + n_wrong):
        rid = f"r{i:03d}"
        g, p = (right, right) if i < n_right else wrong
        gold[rid] = {"report_id": rid, field: g}
        pred[rid] = {"report_id": rid, field: p}
    return gold, pred


def test_the_interval_brackets_the_tables_f1_and_is_the_same_every_run():
    gold, pred = rows(40, 10)
    rules = load_rules()
    table = evaluate(gold, pred, rules).counts["sex"].f1
    first = bootstrap_intervals(gold, pred, rules)
    assert first["sex"].low < table < first["sex"].high
    assert first["MACRO F1"].low < evaluate(gold, pred, rules).macro_f1 < first["MACRO F1"].high
    assert bootstrap_intervals(gold, pred, rules) == first


def test_few_values_give_a_wide_interval_and_many_a_narrow_one():
    rules = load_rules()
    few = bootstrap_intervals(*rows(4, 1), rules)["sex"]
    many = bootstrap_intervals(*rows(400, 100), rules)["sex"]
    assert few.high - few.low > 3 * (many.high - many.low)
    assert many.high - many.low > 0  # and a real spread, not a point


def test_a_perfect_field_has_a_point_interval_and_an_unscored_field_none():
    gold, pred = rows(30, 0, field="grade", right="G2")
    intervals = bootstrap_intervals(gold, pred, load_rules())
    assert (intervals["grade"].low, intervals["grade"].high) == (1.0, 1.0)
    assert "age" not in intervals  # no gold value and no prediction: nothing to bracket


@pytest.mark.parametrize("gold_value, pred_value", [("G2", "G1"), ("G2", ""), ("", "G3")])
def test_a_single_report_draws_only_itself(gold_value, pred_value):
    gold = {"r1": {"report_id": "r1", "grade": gold_value, "sex": "male"}}
    pred = {"r1": {"report_id": "r1", "grade": pred_value, "sex": "male"}}
    rules = load_rules()
    ev = evaluate(gold, pred, rules)
    intervals = bootstrap_intervals(gold, pred, rules)
    assert intervals["grade"].low == intervals["grade"].high == ev.counts["grade"].f1 == 0.0
    assert intervals["MACRO F1"].low == pytest.approx(ev.macro_f1)


def test_a_paired_difference_sees_a_change_the_reports_could_not_have_made():
    rules = load_rules()
    gold, before = rows(40, 20)
    after = {rid: {**row, "sex": gold[rid]["sex"]} for rid, row in before.items()}  # every report mended
    mended = paired_difference(gold, before, after, rules)
    assert 0 < mended["sex"].low <= mended["sex"].high and mended["MACRO F1"].low > 0
    one = dict(before, r059={**before["r059"], "sex": "female"})  # one report of sixty mended
    assert paired_difference(gold, before, one, rules)["sex"].low == 0.0  # could be chance
    unchanged = paired_difference(gold, before, before, rules)["sex"]
    assert (unchanged.low, unchanged.high) == (0.0, 0.0)
