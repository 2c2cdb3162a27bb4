"""The review page's exports in a real browser: the gold file feeds `evaluate` (which scores only the
reviewed rows and says how many it could not), the corrected table downloads as CSV and as a typed
.xlsx, and the corrections log saves, replays on a fresh run (from the command and in the page,
naming what no longer applies) and matches the Python replay; leaving with unsaved work warns."""
from __future__ import annotations

import json

import pytest
from review_pages import browser, cell, download, extract, log_of, open_page, page, read_rows, site, type_in  # noqa: F401  (the module fixtures)

from pipeline.cli import main
from pipeline.evaluation import run_evaluation
from pipeline.review import build_review


def _review_two_rows(page):
    """rr06: age 84 -> 99, octreotide rejected, row reviewed; rr01 reviewed as it is."""
    assert type_in(page, "rr06_refusal_negation", "age", "99") == ""
    page.click(cell("rr06_refusal_negation", "treatments"))
    page.click("#evidence .evidence-item button.reject")  # octreotide: not given, says the reviewer
    page.check('input[aria-label="reviewed rr06_refusal_negation"]')
    page.check('input[aria-label="reviewed rr01_pancreatic_tail_g2"]')


def test_exported_gold_feeds_evaluate_with_the_numbers_counted_by_hand(page, site, tmp_path, capsys):
    out = site[2]
    _review_two_rows(page)
    gold = download(page, "#download", tmp_path / "gold.csv")
    rows = read_rows(gold)
    assert [r["report_id"] for r in rows] == ["rr01_pancreatic_tail_g2", "rr06_refusal_negation", "rr11_rectal_prrt",
                                              "zz_own"]  # the problem report has no output row to export
    assert [r["reviewed"] for r in rows] == ["yes", "yes", "", ""]
    capsys.readouterr()
    assert run_evaluation(gold, out, tmp_path / "ev") in (0, 1)
    printed = capsys.readouterr().out
    assert "not scored: 2 report(s): 2 gold row(s) not marked reviewed, 0 report(s) with no gold row" in printed
    scores = {r["field"]: r for r in read_rows(tmp_path / "ev" / "scores.csv")}
    # By hand, on the two reviewed rows: age 58 = 58, 99 against 84; treatments {surgery} both sides,
    # and octreotide predicted where the gold now has none; sex and grade agree on both rows.
    assert [scores["age"][k] for k in ("tp", "fp", "fn")] == ["1", "1", "1"]
    assert [scores["treatments"][k] for k in ("tp", "fp", "fn")] == ["1", "1", "0"]
    assert [scores["sex"][k] for k in ("tp", "fp", "fn")] == ["2", "0", "0"]
    assert [scores["grade"][k] for k in ("tp", "fp", "fn")] == ["2", "0", "0"]


def test_the_corrected_table_exports_as_csv_and_typed_xlsx(page, tmp_path):
    _review_two_rows(page)
    table = read_rows(download(page, "#download-table", tmp_path / "cases_reviewed.csv"))
    assert table[1]["age"] == "99" and table[1]["treatments"] == "" and "review_flags" in table[0]

    from openpyxl import load_workbook

    sheet = load_workbook(download(page, "#download-xlsx", tmp_path / "cases.xlsx")).active
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    assert header == list(table[0])
    record = dict(zip(header, values[2]))
    assert record["age"] == 99 and isinstance(record["age"], (int, float))  # a number column holds numbers
    assert record["ki67_low"] == 1 and record["grade"] == "G1" and record["reviewed"] == "yes"
    assert dict(zip(header, values[1]))["markers_positive"] == "synaptophysin; chromogranin A; CD56"


def test_the_corrections_log_saves_and_replays_on_a_fresh_run(page, browser, site, tmp_path, capsys):
    page.fill("#reviewer", "A. Reviewer")
    assert type_in(page, "zz_own", "age", "48") == ""
    assert type_in(page, "rr01_pancreatic_tail_g2", "grade", "G3") == ""
    page.check('input[aria-label="reviewed rr06_refusal_negation"]')
    assert page.locator("#unsaved").is_visible()
    log_path = download(page, "#save-log", tmp_path / "corrections.json")
    assert not page.locator("#unsaved").is_visible()
    log = json.loads(log_path.read_text())
    assert log["entries"][0]["reviewer"] == "A. Reviewer" and log["entries"][0]["time"][:2] == "20"
    assert (log["entries"][0]["old"], log["entries"][0]["new"]) == ("47", "48")

    _, out2 = extract(tmp_path / "fresh", 52)  # a later run: the report now says 52
    capsys.readouterr()
    assert main(["review", str(out2), "--corrections", str(log_path)]) == 0  # python -m pipeline review ...
    assert "2 applied, 1 no longer apply" in capsys.readouterr().err
    path = out2 / "review" / "index.html"
    context, fresh, errors = open_page(browser, path)
    assert fresh.locator(cell("rr01_pancreatic_tail_g2", "grade")).inner_text() == "G3"
    assert fresh.locator('input[aria-label="reviewed rr06_refusal_negation"]').is_checked()
    assert fresh.locator(cell("zz_own", "age")).inner_text() == "52"
    assert "zz_own · age: age is now '52', not '47'" in fresh.locator("#stale").inner_text()
    fresh.evaluate("localStorage.clear()")
    context.close()

    context, fresh, errors = open_page(browser, build_review(out2))  # the same log loaded in the page
    fresh.set_input_files("#load-log", str(log_path))
    fresh.wait_for_selector("#stale li")
    assert "age is now '52'" in fresh.locator("#stale").inner_text()
    assert fresh.locator(cell("rr01_pancreatic_tail_g2", "grade")).inner_text() == "G3"
    with fresh.expect_event("dialog") as dialog:
        fresh.close(run_before_unload=True)  # loaded, not yet saved to a file: leaving warns
    assert dialog.value.type == "beforeunload" and not errors
    dialog.value.accept()
    context.close()


def test_the_python_replay_matches_the_page(page, site):
    from pipeline.review.corrections import replay

    rows = {r["report_id"]: r for r in read_rows(site[2] / "cases.csv")}
    assert type_in(page, "rr11_rectal_prrt", "age", "70") == ""
    page.check('input[aria-label="reviewed rr11_rectal_prrt"]')
    entries = log_of(page) + [{"action": "edit", "report_id": "rr01_pancreatic_tail_g2", "column": "age",
                             "old": "40", "new": "41"}, {"action": "edit", "report_id": "gone", "column": "age"}]
    applied, stale = replay(entries, rows)
    in_page = page.evaluate("entries => { const r = replay(entries); return [r.applied.length, r.stale.map(s => s.reason)]; }",
                            entries)
    assert in_page == [len(applied), [s["reason"] for s in stale]] and len(applied) == 2
    assert [s["reason"] for s in stale] == ["age is now '58', not '40' as when it was corrected",
                                            "the report is no longer in the output"]


def test_evaluate_skips_unreviewed_rows_even_without_an_output_row(site, tmp_path, capsys):
    from pipeline.errors import GoldError
    from pipeline.gold import read_gold

    cases = read_rows(site[2] / "cases.csv")
    gold = tmp_path / "gold.csv"
    header = list(read_rows(site[2] / "cases.csv")[0])[:-1]
    header.remove("tumor_max_mm")
    lines = [",".join(header + ["reviewed"])]
    lines += [",".join(f'"{r[c]}"' for c in header) + ",yes" for r in cases[:1]]
    lines += ["not_run_yet" + "," * len(header) + "no"]  # a report never extracted: unreviewed, so no error
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_evaluation(gold, site[2], tmp_path / "ev") == 0
    assert f"not scored: {len(cases)} report(s): 1 gold row(s) not marked reviewed, {len(cases) - 1} report(s) " \
           "with no gold row" in capsys.readouterr().out
    gold.write_text("\n".join(lines[:2] + ["x" + "," * len(header) + "maybe"]) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="column reviewed: must be yes, no or empty"):
        read_gold(gold)
