"""The review page's editing in a real browser (Debian's Chromium driven by Playwright): every entry
is checked by its column's spec (numbers and bounds, sizes, categories, names from the rules'
vocabularies with suggestions), rows and cells carry a reviewed state, a left-out candidate is
accepted and a kept value rejected in one click with its mention id, the table sorts and its search
finds words of the report text, the layout keeps the last columns and the section labels in view,
and reports listed in problems.csv show. One browser and one extracted output serve the module; each
test has a fresh browser context (and so a fresh localStorage)."""
from __future__ import annotations

import shutil

import pytest
from review_pages import browser, cell, log_of, open_page, page, read_rows, site, type_in  # noqa: F401  (the module fixtures)

from pipeline.review import build_review


def test_entries_are_checked_by_their_column_spec(page):
    rid = "rr01_pancreatic_tail_g2"
    assert "age must be a number of years from 0 to 120" in type_in(page, rid, "age", "81 years")
    assert page.locator(cell(rid, "age")).get_attribute("class").count("invalid")
    page.keyboard.press("Escape")
    assert page.locator(cell(rid, "age")).inner_text() == "58"  # the invalid value was not saved
    assert "0 to 120" in type_in(page, rid, "age", "130")
    page.keyboard.press("Escape")
    assert "must be one of G1, G2, G3" in type_in(page, rid, "grade", "grade two")
    page.keyboard.press("Escape")
    assert type_in(page, rid, "grade", "g3") == "" and page.locator(cell(rid, "grade")).inner_text() == "G3"
    assert type_in(page, rid, "tumor_size_mm", "30x20 mm") == ""
    assert page.locator(cell(rid, "tumor_size_mm")).inner_text() == "30 x 20"
    assert "must not be above ki67_high (8)" in type_in(page, rid, "ki67_low", "50")
    page.keyboard.press("Escape")
    assert [e["new"] for e in log_of(page)] == ["G3", "30 x 20"]


def test_names_are_checked_against_the_rules_vocabulary_with_suggestions(page):
    rid = "rr01_pancreatic_tail_g2"
    error = type_in(page, rid, "markers_positive", "synaptophysin; chromagranin")
    assert "unknown name 'chromagranin'" in error and "chromogranin A" in error  # a suggestion
    page.keyboard.press("Escape")
    assert type_in(page, rid, "markers_positive", "syp; CgA") == ""  # synonyms saved as canonical names
    assert page.locator(cell(rid, "markers_positive")).inner_text() == "synaptophysin; chromogranin A"
    assert "did you mean pancreas" in type_in(page, rid, "primary_site", "pankreas")
    page.keyboard.press("Escape")
    assert "unknown name 'ZQ-77'" in type_in(page, rid, "markers_negative", "CK20; ZQ-77")
    page.click(cell(rid, "markers_negative") + " button.new-name")  # the reviewer confirms a new name
    assert page.locator(cell(rid, "markers_negative")).inner_text() == "CK20; ZQ-77"
    page.dblclick(cell(rid, "review_flags"))
    assert page.locator(cell(rid, "review_flags") + " input").count() == 0  # not a gold column
    assert [e["new"] for e in log_of(page)] == ["synaptophysin; chromogranin A", "CK20; ZQ-77"]


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
    context, page, errors = open_page(browser, path)
    assert "0 to 40 nodes" in type_in(page, "rr11_rectal_prrt", "toy_count", "41")
    page.keyboard.press("Escape")
    assert "must be one of I, II, III" in type_in(page, "rr11_rectal_prrt", "toy_stage", "IV")
    page.keyboard.press("Escape")
    assert type_in(page, "rr11_rectal_prrt", "toy_stage", "ii") == ""
    assert page.locator(cell("rr11_rectal_prrt", "toy_stage")).inner_text() == "II"
    assert not errors
    context.close()


def test_rows_and_cells_carry_a_reviewed_state(page):
    rid = "rr11_rectal_prrt"
    assert type_in(page, rid, "age", "63") == ""
    assert "cell-reviewed" in page.locator(cell(rid, "age")).get_attribute("class")
    page.click(cell(rid, "sex"))
    page.click("#evidence button.confirm")
    assert "cell-reviewed" in page.locator(cell(rid, "sex")).get_attribute("class")
    page.check(f'input[aria-label="reviewed {rid}"]')
    assert "reviewed" in page.locator(f'tr:has(td[data-col="report_id"]:text-is("{rid}"))').get_attribute("class")
    assert "1 reviewed" in page.locator("#count").inner_text()
    page.select_option("#review-filter", "yes")
    assert page.locator('#table tbody td[data-col="report_id"]').all_inner_texts() == [rid]
    page.reload()  # kept in the browser
    assert page.locator(f'input[aria-label="reviewed {rid}"]').is_checked()
    assert [e["action"] for e in log_of(page)] == ["edit", "confirm", "reviewed"]
    assert log_of(page)[-1]["values"]["age"] == "63"


def test_one_click_accept_and_reject_are_logged_with_the_mention_id(page, site):
    out, rid = site[2], "rr06_refusal_negation"
    mentions = [m for m in read_rows(out / "mentions.csv") if m["report_id"] == rid and m["field"] == "treatments"]
    kept = next(m for m in mentions if m["kept"] == "yes")
    left = next(m for m in mentions if m["kept"] != "yes" and m["normalized"] == "chemotherapy")
    page.click(cell(rid, "treatments"))
    page.click(f'#evidence li button.accept[data-mention="{rid}:treatments:{left["start"]}-{left["end"]}"]')
    assert page.locator(cell(rid, "treatments")).inner_text() == f"{kept['normalized']}; chemotherapy"
    page.click(f'#evidence button.reject[data-mention="{rid}:treatments:{kept["start"]}-{kept["end"]}"]')
    assert page.locator(cell(rid, "treatments")).inner_text() == "chemotherapy"
    accept, reject = log_of(page)
    assert (accept["action"], accept["mention"], accept["old"]) == (
        "accept", f"{rid}:treatments:{left['start']}-{left['end']}", kept["normalized"])
    assert (reject["action"], reject["mention"], reject["new"]) == (
        "reject", f"{rid}:treatments:{kept['start']}-{kept['end']}", "chemotherapy")
    assert kept["text"] in reject["evidence"]  # the evidence sentence


def test_columns_sort_and_the_search_finds_words_of_the_report_text(page, site):
    cases = read_rows(site[2] / "cases.csv")
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
    page.click(cell("rr06_refusal_negation", "report_id"))
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
    context, page, _ = open_page(browser, site[3], width)
    page.click(cell("rr11_rectal_prrt", "treatments"))
    last = page.locator("#table thead th").last
    last.scroll_into_view_if_needed()
    box, pane = last.bounding_box(), page.locator("aside").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= pane["x"] + 1
    assert last.inner_text() == "review_flags"
    context.close()


def test_reports_listed_in_problems_show_as_markedrows(page):
    row = page.locator('tr:has(td[data-col="report_id"]:text-is("zz_empty"))')
    assert "problem" in row.get_attribute("class")
    assert "empty" in row.locator(".problem-badge").inner_text()
    assert row.locator('input[type="checkbox"]').count() == 0  # no output row: nothing to review


def test_a_page_of_many_reports_lays_out_one_batch_at_a_time(browser, site, tmp_path):
    import csv

    from playwright.sync_api import expect

    out = tmp_path / "out"
    shutil.copytree(site[2], out)
    cases = read_rows(out / "cases.csv")
    many = [{**r, "report_id": f"{r['report_id']}_{k}"} for k in range(300) for r in cases]  # 1,200 rows
    with open(out / "cases.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(cases[0]))
        writer.writeheader()
        writer.writerows(many)
    context, page, errors = open_page(browser, build_review(out))
    assert page.locator("#table tbody tr").count() == 300 and page.locator("#count").inner_text().startswith("1201 of 1201")
    page.locator("#table-wrap").evaluate("e => e.scrollTop = e.scrollHeight")
    expect(page.locator("#table tbody tr")).to_have_count(600)  # polled from outside: the page's CSP forbids eval
    page.fill("#search", many[-1]["report_id"])  # a row far past the first batch
    assert page.locator('#table tbody td[data-col="report_id"]').all_inner_texts() == [many[-1]["report_id"]]
    assert not errors
    context.close()
