"""The evaluator's counting rules and gold validation, on small hand-made pairs."""
import csv

import pytest

from pipeline.assemble import COLUMNS
from pipeline.evaluation import GoldError, evaluate, read_gold, run_evaluation, write_gold_template
from pipeline.rules import load_rules


def write_csv(path, rows, columns=COLUMNS):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=columns)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in columns})
    return path


def score(gold_row, pred_row):
    gold_row = {"report_id": "r1", **gold_row}
    pred_row = {"report_id": "r1", **pred_row}
    return evaluate({"r1": gold_row}, {"r1": pred_row}, load_rules())


def test_empty_vs_empty_counts_for_nothing():
    c = score({}, {}).counts["age"]
    assert (c.tp, c.fp, c.fn) == (0, 0, 0) and c.f1 is None


def test_prediction_where_gold_is_empty_is_a_false_positive_and_the_reverse_a_false_negative():
    ev = score({"sex": ""}, {"sex": "male"})
    assert (ev.counts["sex"].fp, ev.counts["sex"].fn) == (1, 0)
    ev = score({"sex": "female"}, {"sex": ""})
    assert (ev.counts["sex"].fp, ev.counts["sex"].fn) == (0, 1)


def test_wrong_value_is_both():
    c = score({"grade": "G2"}, {"grade": "G3"}).counts["grade"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_list_order_and_synonyms_do_not_matter():
    ev = score({"markers_positive": "synaptophysin; chromogranin A", "treatments": "surufatinib"},
               {"markers_positive": "CgA; Syn", "treatments": "sulfatinib"})
    assert ev.counts["markers_positive"].tp == 2 and ev.counts["markers_positive"].fp == 0
    assert ev.counts["treatments"].tp == 1


def test_list_fields_are_micro_averaged_over_items():
    c = score({"metastasis_sites": "liver; bone"}, {"metastasis_sites": "liver; lung"}).counts["metastasis_sites"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)


@pytest.mark.parametrize("gold, pred, ok", [
    ({"ki67_low": "20", "ki67_high": "22"}, {"ki67_low": "20", "ki67_high": "22"}, True),
    ({"ki67_low": "", "ki67_high": "2"}, {"ki67_low": "", "ki67_high": "2"}, True),
    ({"ki67_low": "", "ki67_high": "2"}, {"ki67_low": "2", "ki67_high": "2"}, False),
    ({"ki67_low": "5", "ki67_high": "5"}, {"ki67_low": "5.0", "ki67_high": "5"}, True),
])
def test_ki67_is_compared_as_a_pair(gold, pred, ok):
    assert (score(gold, pred).counts["ki67"].tp == 1) is ok


def test_size_on_largest_dimension_with_tolerance_and_exact_dims_reported():
    ev = score({"tumor_size_mm": "57 x 29"}, {"tumor_size_mm": "58 x 30"})
    assert ev.counts["tumor_size_mm"].tp == 1
    assert ev.size_exact.tp == 0 and ev.size_exact.fp == 1
    assert score({"tumor_size_mm": "57 x 29"}, {"tumor_size_mm": "60 x 29"}).counts["tumor_size_mm"].tp == 0


def test_macro_f1_averages_fields_that_have_counts():
    ev = score({"sex": "female", "grade": "G2"}, {"sex": "female", "grade": "G1"})
    assert ev.macro_f1 == pytest.approx(0.5)


@pytest.mark.parametrize("cells, message", [
    ({"tumor_size_mm": "57 × 29 mm"}, "column tumor_size_mm"),
    ({"ki67_high": "30%"}, "column ki67_high"),
    ({"ki67_low": "130"}, "column ki67_low"),
    ({"sex": "F"}, "column sex"),
    ({"grade": "grade 2"}, "column grade"),
    ({"age": "forty"}, "column age"),
])
def test_malformed_cells_name_file_row_and_cell(tmp_path, cells, message):
    path = write_csv(tmp_path / "gold.csv", [{"report_id": "a"}, {"report_id": "b", **cells}])
    with pytest.raises(GoldError) as err:
        read_gold(path)
    assert str(path) in str(err.value) and "row 3" in str(err.value) and message in str(err.value)


def test_unknown_column_duplicate_id_and_missing_output_row(tmp_path):
    bad = tmp_path / "bad.csv"
    write_csv(bad, [{"report_id": "a"}], COLUMNS + ["notes"])
    with pytest.raises(GoldError, match="unknown column.*notes"):
        read_gold(bad)
    dup = write_csv(tmp_path / "dup.csv", [{"report_id": "a"}, {"report_id": "a"}])
    with pytest.raises(GoldError, match="duplicated report id 'a'"):
        read_gold(dup)
    gold = write_csv(tmp_path / "gold.csv", [{"report_id": "a"}, {"report_id": "zz"}])
    pred = tmp_path / "pred"
    pred.mkdir()
    write_csv(pred / "cases.csv", [{"report_id": "a"}])
    assert run_evaluation(gold, pred) == 2


def test_evaluation_writes_scores_errors_and_report(tmp_path, capsys):
    gold = write_csv(tmp_path / "gold.csv", [{"report_id": "a", "sex": "female", "grade": "G2"}])
    pred = tmp_path / "pred"
    pred.mkdir()
    write_csv(pred / "cases.csv", [{"report_id": "a", "sex": "female", "grade": "G3"}])
    assert run_evaluation(gold, pred) == 0
    out = pred / "evaluation"
    assert {p.name for p in out.iterdir()} >= {"scores.csv", "errors.csv", "report.md"}
    errors = list(csv.DictReader((out / "errors.csv").open()))
    assert errors == [{**errors[0], "report_id": "a", "field": "grade", "gold": "G2", "predicted": "G3",
                       "kind": "wrong_value"}]
    assert "| grade |" in capsys.readouterr().out
    assert run_evaluation(gold, pred, min_macro_f1=0.9) == 1


def test_gold_template_never_overwrites_existing_rows(tmp_path):
    gold = write_csv(tmp_path / "gold.csv", [{"report_id": "a", "sex": "female"}])
    pred = tmp_path / "pred"
    pred.mkdir()
    write_csv(pred / "cases.csv", [{"report_id": "a", "sex": "male"}, {"report_id": "b", "sex": "male"}],
              COLUMNS + ["review_flags"])
    write_gold_template(pred, gold)
    rows = {r["report_id"]: r for r in csv.DictReader(gold.open())}
    assert rows["a"]["sex"] == "female" and rows["b"]["sex"] == "male"
    assert list(rows["a"].keys()) == COLUMNS
