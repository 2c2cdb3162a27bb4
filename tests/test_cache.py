"""Re-runs skip unchanged reports: a hit gives the same bytes, a changed report or rule file runs
again, and a damaged or foreign cache costs time, never a wrong row."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from conftest import ROOT, copy_examples
from pipeline.extract import CACHE_FILE, run_batch

OUTPUTS = ("cases.csv", "cases.jsonl", "mentions.csv", "problems.csv")
NAMES = ["rr01_pancreatic_tail_g2.txt", "rr02_ileal_crlf_table.txt", "rr03_abstract_only.txt"]


@pytest.fixture
def batch(tmp_path):
    return copy_examples(tmp_path / "in", NAMES), tmp_path / "out"


def counts(out):
    return json.loads((out / "run.json").read_text())["counts"]


def outputs(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_unchanged_reports_come_from_the_cache_with_the_same_bytes(batch):
    folder, out = batch
    run_batch(folder, out, log=None)
    first = outputs(out)
    assert (counts(out)["cached"], counts(out)["processed"]) == (0, 3)
    run_batch(folder, out, log=None)
    assert (counts(out)["cached"], counts(out)["processed"]) == (3, 0)
    assert outputs(out) == first


def test_a_changed_report_runs_again_and_force_runs_all(batch):
    folder, out = batch
    run_batch(folder, out, log=None)
    report = folder / NAMES[0]
    report.write_text(report.read_text().replace("Case presentation", "Case presentation\nShe was 80 years old."))
    run_batch(folder, out, log=None)
    assert (counts(out)["cached"], counts(out)["processed"]) == (2, 1)
    run_batch(folder, out, log=None, use_cache=False)
    assert (counts(out)["cached"], counts(out)["processed"]) == (0, 3)


def test_a_changed_rule_file_runs_everything_again(batch, tmp_path):
    folder, out = batch
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    run_batch(folder, out, rules_dir=str(rules), log=None)
    sites = rules / "sites.json"
    sites.write_text(sites.read_text() + "\n")  # same vocabulary, another file: the cache cannot know
    run_batch(folder, out, rules_dir=str(rules), log=None)
    assert (counts(out)["cached"], counts(out)["processed"]) == (0, 3)


@pytest.mark.parametrize("damage", ["garbage", "foreign", "bad_entry"])
def test_a_damaged_or_foreign_cache_is_discarded_with_a_warning(batch, damage, capsys):
    folder, out = batch
    run_batch(folder, out, log=None)
    first = outputs(out)
    path = out / CACHE_FILE
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "foreign":
        path.unlink()
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('format', 'someone-else/3')")
        db.commit()
        db.close()
    else:
        db = sqlite3.connect(path)
        db.execute("UPDATE results SET outcome = '{\"report_id\": \"x\"'")
        db.commit()
        db.close()
    import sys

    run_batch(folder, out, log=sys.stderr)
    assert "warning:" in capsys.readouterr().err
    assert counts(out)["processed"] == 3
    assert outputs(out) == first
    run_batch(folder, out, log=None)  # and the new cache works
    assert counts(out)["cached"] == 3
