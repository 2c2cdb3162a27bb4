"""Whole runs: a folder in, the output files out; the regression gate on raw_reports/."""
import csv
import json
import shutil
import subprocess
import sys

from conftest import ROOT, SHARED_CORPUS
from pipeline.assemble import OUTPUT_COLUMNS
from pipeline.evaluation import evaluate, read_gold
from pipeline.extract import run_batch
from pipeline.rules import load_rules

# Raise this as the pipeline improves; it is the macro F1 on raw_reports/ against gold/cases.csv.
MIN_MACRO_F1_RAW_REPORTS = 0.98


def read_rows(path):
    return list(csv.DictReader(path.open(encoding="utf-8")))


def test_extract_a_folder_end_to_end(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("rr01_pancreatic_tail_g2.txt", "rr06_refusal_negation.txt"):
        shutil.copy(ROOT / "raw_reports" / name, reports / name)
    out = tmp_path / "out"
    result = run_batch(reports, out, log=None)
    assert result.exit_code == 0
    rows = read_rows(out / "cases.csv")
    assert list(rows[0].keys()) == OUTPUT_COLUMNS
    by_id = {r["report_id"]: r for r in rows}
    assert by_id["rr01_pancreatic_tail_g2"]["tumor_size_mm"] == "32 x 28 x 25"
    assert by_id["rr06_refusal_negation"]["treatments"] == "octreotide"
    jsonl = [json.loads(line) for line in (out / "cases.jsonl").read_text().splitlines()]
    assert jsonl[0]["markers_positive"] == ["synaptophysin", "chromogranin A", "CD56"]
    assert isinstance(jsonl[0]["age"], float)
    mentions = read_rows(out / "mentions.csv")
    kept = [m for m in mentions if m["kept"] == "yes" and m["report_id"] == "rr06_refusal_negation"]
    assert {m["field"] for m in kept} >= {"age", "sex", "primary_site", "treatments", "markers"}
    refused = [m for m in mentions if m["field"] == "treatments" and m["kept"] == "no" and m["text"] == "surgery"]
    assert refused and refused[0]["status"] == "negated" and "declined" in refused[0]["reason"]
    run = json.loads((out / "run.json").read_text())
    assert run["counts"]["cases"] == 2 and len(run["inputs"]) == 2 and run["rules_sha256"]
    assert read_rows(out / "problems.csv") == []


def test_regression_gate_on_raw_reports(tmp_path):
    out = tmp_path / "out"
    run_batch(ROOT / "raw_reports", out, log=None)
    gold = read_gold(ROOT / "gold" / "cases.csv")
    pred = {r["report_id"]: r for r in read_rows(out / "cases.csv")}
    assert set(gold) == set(pred), "every example report needs a gold row"
    ev = evaluate(gold, pred, load_rules())
    assert ev.macro_f1 >= MIN_MACRO_F1_RAW_REPORTS, [(e["report_id"], e["field"]) for e in ev.errors]


def test_literature_table_values_never_reach_the_row(tmp_path):
    """The first shared-corpus report has a table of eleven other cases (sizes, F/46, M/71, markers)."""
    source = SHARED_CORPUS if (SHARED_CORPUS / "000_3da3627dad8aa5be.txt").exists() else ROOT / "raw_reports"
    name = "000_3da3627dad8aa5be.txt" if source == SHARED_CORPUS else "rr02_ileal_crlf_table.txt"
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(source / name, reports / name)
    run_batch(reports, tmp_path / "out", log=None)
    row = read_rows(tmp_path / "out" / "cases.csv")[0]
    assert row["age"] == ("36" if source == SHARED_CORPUS else "71")  # the table lists F/46, M/59, ...
    assert row["tumor_size_mm"] != "60 x 60 x 60" and "NSE" not in row["markers_positive"]
    mentions = read_rows(tmp_path / "out" / "mentions.csv")
    in_table = [m for m in mentions if m["section"] == "literature_table"]
    assert in_table and all(m["kept"] == "no" and m["status"] == "other_patient" for m in in_table)


def test_command_line_help_and_errors(tmp_path):
    cmd = [sys.executable, "-m", "pipeline"]
    help_text = subprocess.run(cmd + ["extract", "--help"], capture_output=True, text=True, cwd=ROOT).stdout
    for option in ("--out", "--ner-model", "--recursive", "--fail-fast", "example"):
        assert option in help_text
    missing = subprocess.run(cmd + ["extract", str(tmp_path / "nope")], capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    none = subprocess.run(cmd + ["extract", str(empty)], capture_output=True, text=True, cwd=ROOT)
    assert none.returncode == 2 and "holds no .txt reports" in none.stderr
    unknown = subprocess.run(cmd + ["extract", str(empty), "--colour"], capture_output=True, text=True, cwd=ROOT)
    assert unknown.returncode == 2 and "--help" in unknown.stderr
