"""The review loop in a real browser (Debian's Chromium driven by Playwright): every entry is
checked by its column's spec (numbers and bounds, sizes, categories, names from the rules'
vocabularies with suggestions), rows and cells carry a reviewed state, a left-out candidate is
accepted and a kept value rejected in one click with its mention id, the table sorts and its search
finds words of the report text, the layout keeps the last columns and the section labels in view,
reports listed in problems.csv show, and the exports round-trip: the gold file feeds `evaluate`
(which scores only reviewed rows and says how many it could not), the .xlsx is typed, and the
corrections log replays on a fresh run, naming what no longer applies.

One browser and one extracted output serve the whole module; each test has a fresh browser context
(and so a fresh localStorage)."""
from __future__ import annotations

import csv
import json
import shutil

import pytest

from conftest import copy_examples
from pipeline.evaluation import run_evaluation
from pipeline.extract import run_batch
from pipeline.review import build_review

NAMES = ["rr01_pancreatic_tail_g2.txt", "rr06_refusal_negation.txt", "rr11_rectal_prrt.txt"]
OWN = ("Case presentation\nA {age}-year-old woman was referred for episodes of flushing and watery stools. "
       "Imaging found a 21 mm mass in the terminal ileum, which was resected. The tumour cells stained for "
       "synaptophysin and chromogranin, with a Ki-67 index of 2%.\n")


def _rows(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def _extract(folder, age):
    reports = copy_examples(folder / "reports", NAMES)
    (reports / "zz_own.txt").write_text(OWN.format(age=age), encoding="utf-8")
    (reports / "zz_empty.txt").write_text("", encoding="utf-8")  # listed in problems.csv, no output row
    run_batch(reports, folder / "out", log=None)
    return reports, folder / "out"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("review_loop")
    reports, out = _extract(work / "first", 47)
    return work, reports, out, build_review(out, reports)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "the browser tests need Chromium: make browser (apt-get install chromium)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


def _open(browser, path, width=1600):
    context = browser.new_context(accept_downloads=True, viewport={"width": width, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return context, page, errors


@pytest.fixture
def page(browser, site):
    context, page, errors = _open(browser, site[3])
    yield page
    assert not errors, errors
    context.close()


def _td(rid, column):
    return f'tr:has(td[data-col="report_id"]:text-is("{rid}")) td[data-col="{column}"]'


def _type(page, rid, column, text):
    """Double-click a cell, type, Enter: the cell's error message ('' when the value was saved)."""
    page.dblclick(_td(rid, column))
    page.fill(_td(rid, column) + " input", text)
    page.keyboard.press("Enter")
    error = page.locator(_td(rid, column) + " .cell-error")
    return error.inner_text() if error.count() else ""


def _download(page, button, target):
    with page.expect_download() as info:
        page.click(button)
    info.value.save_as(target)
    return target


def _log(page):
    return page.evaluate("LOG")


def test_entries_are_checked_by_their_column_spec(page):
    rid = "rr01_pancreatic_tail_g2"
    assert "age must be a number of years from 0 to 120" in _type(page, rid, "age", "81 years")
    assert page.locator(_td(rid, "age")).get_attribute("class").count("invalid")
    page.keyboard.press("Escape")
    assert page.locator(_td(rid, "age")).inner_text() == "58"  # the invalid value was not saved
    assert "0 to 120" in _type(page, rid, "age", "130")
    page.keyboard.press("Escape")
    assert "must be one of G1, G2, G3" in _type(page, rid, "grade", "grade two")
    page.keyboard.press("Escape")
    assert _type(page, rid, "grade", "g3") == "" and page.locator(_td(rid, "grade")).inner_text() == "G3"
    assert _type(page, rid, "tumor_size_mm", "30x20 mm") == ""
    assert page.locator(_td(rid, "tumor_size_mm")).inner_text() == "30 x 20"
    assert "must not be above ki67_high (8)" in _type(page, rid, "ki67_low", "50")
    page.keyboard.press("Escape")
    error = _type(page, rid, "markers_positive", "synaptophysin; chromogranine")
    assert "unknown name 'chromogranine'" in error and "chromogranin A" in error  # a suggestion
    page.keyboard.press("Escape")
    assert _type(page, rid, "markers_positive", "syp; CgA") == ""  # synonyms saved as canonical names
    assert page.locator(_td(rid, "markers_positive")).inner_text() == "synaptophysin; chromogranin A"
    assert "did you mean pancreas" in _type(page, rid, "primary_site", "pankreas")
    page.keyboard.press("Escape")
    assert "unknown name 'ZQ-77'" in _type(page, rid, "markers_negative", "CK20; ZQ-77")
    page.click(_td(rid, "markers_negative") + " button.new-name")  # the reviewer confirms a new name
    assert page.locator(_td(rid, "markers_negative")).inner_text() == "CK20; ZQ-77"
    page.dblclick(_td(rid, "review_flags"))
    assert page.locator(_td(rid, "review_flags") + " input").count() == 0  # not a gold column
    assert [e["new"] for e in _log(page)] == ["G3", "30 x 20", "synaptophysin; chromogranin A", "CK20; ZQ-77"]


def test_any_column_the_specs_list_is_validated(browser, site, tmp_path):
    from pipeline import fields

    out = tmp_path / "out"
    shutil.copytree(site[2], out)
    fields.register(fields.Field("toy_stage", (fields.Column("toy_stage", "category", ("I", "II", "III")),
                                               fields.Column("toy_count", "number", low=0, high=40, hint="0 to 40 nodes"))))
    try:
        path = build_review(out, site[1])
    finally:
        fields.unregister("toy_stage")
    context, page, errors = _open(browser, path)
    assert "0 to 40 nodes" in _type(page, "rr11_rectal_prrt", "toy_count", "41")
    page.keyboard.press("Escape")
    assert "must be one of I, II, III" in _type(page, "rr11_rectal_prrt", "toy_stage", "IV")
    page.keyboard.press("Escape")
    assert _type(page, "rr11_rectal_prrt", "toy_stage", "ii") == ""
    assert page.locator(_td("rr11_rectal_prrt", "toy_stage")).inner_text() == "II"
    assert not errors
    context.close()


def test_rows_and_cells_carry_a_reviewed_state(page):
    rid = "rr11_rectal_prrt"
    assert _type(page, rid, "age", "63") == ""
    assert "cell-reviewed" in page.locator(_td(rid, "age")).get_attribute("class")
    page.click(_td(rid, "sex"))
    page.click("#evidence button.confirm")
    assert "cell-reviewed" in page.locator(_td(rid, "sex")).get_attribute("class")
    page.check(f'input[aria-label="reviewed {rid}"]')
    assert "reviewed" in page.locator(f'tr:has(td[data-col="report_id"]:text-is("{rid}"))').get_attribute("class")
    assert "1 reviewed" in page.locator("#count").inner_text()
    page.select_option("#review-filter", "yes")
    assert page.locator('#table tbody td[data-col="report_id"]').all_inner_texts() == [rid]
    page.reload()  # kept in the browser
    assert page.locator(f'input[aria-label="reviewed {rid}"]').is_checked()
    assert [e["action"] for e in _log(page)] == ["edit", "confirm", "reviewed"]
    assert _log(page)[-1]["values"]["age"] == "63"


def test_one_click_accept_and_reject_are_logged_with_the_mention_id(page, site):
    out, rid = site[2], "rr06_refusal_negation"
    mentions = [m for m in _rows(out / "mentions.csv") if m["report_id"] == rid and m["field"] == "treatments"]
    kept = next(m for m in mentions if m["kept"] == "yes")
    left = next(m for m in mentions if m["kept"] != "yes" and m["normalized"] == "chemotherapy")
    page.click(_td(rid, "treatments"))
    page.click(f'#evidence li button.accept[data-mention="{rid}:treatments:{left["start"]}-{left["end"]}"]')
    assert page.locator(_td(rid, "treatments")).inner_text() == f"{kept['normalized']}; chemotherapy"
    page.click(f'#evidence button.reject[data-mention="{rid}:treatments:{kept["start"]}-{kept["end"]}"]')
    assert page.locator(_td(rid, "treatments")).inner_text() == "chemotherapy"
    accept, reject = _log(page)
    assert (accept["action"], accept["mention"], accept["old"]) == (
        "accept", f"{rid}:treatments:{left['start']}-{left['end']}", kept["normalized"])
    assert (reject["action"], reject["mention"], reject["new"]) == (
        "reject", f"{rid}:treatments:{kept['start']}-{kept['end']}", "chemotherapy")
    assert kept["text"] in reject["evidence"]  # the evidence sentence


def test_columns_sort_and_the_search_finds_words_of_the_report_text(page, site):
    cases = _rows(site[2] / "cases.csv")
    page.click('th[data-col="age"]')
    ids = page.locator('#table tbody td[data-col="report_id"]').all_inner_texts()
    by_age = [r["report_id"] for r in sorted(cases, key=lambda r: float(r["age"]))]
    assert ids == by_age + ["zz_empty"]  # numbers as numbers, the empty cell last
    page.click('th[data-col="age"]')
    assert page.locator('#table tbody td[data-col="report_id"]').all_inner_texts() == by_age[::-1] + ["zz_empty"]
    page.fill("#search", "watery")  # a word of zz_own's text only, in no cell
    assert page.locator('#table tbody td[data-col="report_id"]').all_inner_texts() == ["zz_own"]
    assert "text-hit" in page.locator("#table tbody tr").get_attribute("class")
    page.fill("#search", "PRRT")
    assert page.locator('#table tbody td[data-col="report_id"]').all_inner_texts() == ["rr11_rectal_prrt"]


def test_legend_colours_and_section_labels_in_view(page):
    page.click(_td("rr06_refusal_negation", "report_id"))
    page.keyboard.press("Enter")
    for status in ("affirmed", "negated", "hypothetical", "other_patient"):
        shown = page.locator(f'#report-text mark.m[data-status="{status}"]').first
        legend = page.locator(f'#legend mark.m[data-status="{status}"]').first
        colour = "getComputedStyle(e).backgroundColor"
        assert shown.evaluate(f"e => {colour}") == legend.evaluate(f"e => {colour}")
    labels = page.locator("#report-text .band-label")
    assert labels.count() >= 2
    for i in range(labels.count()):
        box = labels.nth(i).bounding_box()
        assert box["x"] >= 0 and labels.nth(i).evaluate("e => e.scrollWidth <= e.clientWidth + 1")


@pytest.mark.parametrize("width", [1280, 1440])
def test_the_last_column_is_not_hidden_by_the_evidence_pane(browser, site, width):
    context, page, _ = _open(browser, site[3], width)
    page.click(_td("rr11_rectal_prrt", "treatments"))
    last = page.locator("#table thead th").last
    last.scroll_into_view_if_needed()
    box, pane = last.bounding_box(), page.locator("aside").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= pane["x"] + 1
    assert last.inner_text() == "review_flags"
    context.close()


def test_reports_listed_in_problems_show_as_marked_rows(page):
    row = page.locator('tr:has(td[data-col="report_id"]:text-is("zz_empty"))')
    assert "problem" in row.get_attribute("class")
    assert "empty" in row.locator(".problem-badge").inner_text()
    assert row.locator('input[type="checkbox"]').count() == 0  # no output row: nothing to review


def test_exported_gold_feeds_evaluate_and_the_table_exports_typed(page, site, tmp_path, capsys):
    out = site[2]
    assert _type(page, "rr06_refusal_negation", "age", "99") == ""
    page.click(_td("rr06_refusal_negation", "treatments"))
    page.click("#evidence .evidence-item button.reject")  # octreotide: not given, says the reviewer
    page.check('input[aria-label="reviewed rr06_refusal_negation"]')
    page.check('input[aria-label="reviewed rr01_pancreatic_tail_g2"]')
    gold = _download(page, "#download", tmp_path / "gold.csv")
    rows = _rows(gold)
    assert [r["report_id"] for r in rows] == ["rr01_pancreatic_tail_g2", "rr06_refusal_negation", "rr11_rectal_prrt",
                                              "zz_own"]  # the problem report has no output row to export
    assert [r["reviewed"] for r in rows] == ["yes", "yes", "", ""]
    capsys.readouterr()
    assert run_evaluation(gold, out, tmp_path / "ev") in (0, 1)
    printed = capsys.readouterr().out
    assert "not scored: 2 report(s): 2 gold row(s) not marked reviewed, 0 report(s) with no gold row" in printed
    scores = {r["field"]: r for r in _rows(tmp_path / "ev" / "scores.csv")}
    # By hand, on the two reviewed rows: age 58 = 58, 99 against 84; treatments {surgery} both sides,
    # and octreotide predicted where the gold now has none; sex and grade agree on both rows.
    assert [scores["age"][k] for k in ("tp", "fp", "fn")] == ["1", "1", "1"]
    assert [scores["treatments"][k] for k in ("tp", "fp", "fn")] == ["1", "1", "0"]
    assert [scores["sex"][k] for k in ("tp", "fp", "fn")] == ["2", "0", "0"]
    assert [scores["grade"][k] for k in ("tp", "fp", "fn")] == ["2", "0", "0"]
    table = _rows(_download(page, "#download-table", tmp_path / "cases_reviewed.csv"))
    assert table[1]["age"] == "99" and table[1]["treatments"] == "" and "review_flags" in table[0]

    from openpyxl import load_workbook

    sheet = load_workbook(_download(page, "#download-xlsx", tmp_path / "cases.xlsx")).active
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    assert header == list(table[0])
    record = dict(zip(header, values[2]))
    assert record["age"] == 99 and isinstance(record["age"], (int, float))  # a number column holds numbers
    assert record["ki67_low"] == 1 and record["grade"] == "G1" and record["reviewed"] == "yes"
    assert dict(zip(header, values[1]))["markers_positive"] == "synaptophysin; chromogranin A; CD56"


def test_the_corrections_log_saves_and_replays_on_a_fresh_run(page, browser, site, tmp_path, capsys):
    work, reports, out, _ = site
    page.fill("#reviewer", "A. Reviewer")
    assert _type(page, "zz_own", "age", "48") == ""
    assert _type(page, "rr01_pancreatic_tail_g2", "grade", "G3") == ""
    page.check('input[aria-label="reviewed rr06_refusal_negation"]')
    assert page.locator("#unsaved").is_visible()
    log_path = _download(page, "#save-log", tmp_path / "corrections.json")
    assert not page.locator("#unsaved").is_visible()
    log = json.loads(log_path.read_text())
    assert log["entries"][0]["reviewer"] == "A. Reviewer" and log["entries"][0]["time"][:2] == "20"
    assert (log["entries"][0]["old"], log["entries"][0]["new"]) == ("47", "48")

    _, out2 = _extract(tmp_path / "fresh", 52)  # a later run: the report now says 52
    capsys.readouterr()
    path = build_review(out2, corrections=log_path)
    assert "2 applied, 1 no longer apply" in capsys.readouterr().err
    context, fresh, errors = _open(browser, path)
    assert fresh.locator(_td("rr01_pancreatic_tail_g2", "grade")).inner_text() == "G3"
    assert fresh.locator('input[aria-label="reviewed rr06_refusal_negation"]').is_checked()
    assert fresh.locator(_td("zz_own", "age")).inner_text() == "52"
    assert "zz_own · age: age is now '52', not '47'" in fresh.locator("#stale").inner_text()
    fresh.evaluate("localStorage.clear()")
    context.close()

    context, fresh, errors = _open(browser, build_review(out2))  # the same log loaded in the page
    fresh.set_input_files("#load-log", str(log_path))
    fresh.wait_for_selector("#stale li")
    assert "age is now '52'" in fresh.locator("#stale").inner_text()
    assert fresh.locator(_td("rr01_pancreatic_tail_g2", "grade")).inner_text() == "G3"
    with fresh.expect_event("dialog") as dialog:
        fresh.close(run_before_unload=True)  # loaded, not yet saved to a file: leaving warns
    assert dialog.value.type == "beforeunload" and not errors
    dialog.value.accept()
    context.close()


def test_the_python_replay_matches_the_page(page, site):
    from pipeline.review.corrections import replay

    rows = {r["report_id"]: r for r in _rows(site[2] / "cases.csv")}
    assert _type(page, "rr11_rectal_prrt", "age", "70") == ""
    page.check('input[aria-label="reviewed rr11_rectal_prrt"]')
    entries = _log(page) + [{"action": "edit", "report_id": "rr01_pancreatic_tail_g2", "column": "age",
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

    cases = _rows(site[2] / "cases.csv")
    gold = tmp_path / "gold.csv"
    header = list(_rows(site[2] / "cases.csv")[0])[:-1]
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
