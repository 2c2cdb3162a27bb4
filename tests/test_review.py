"""The review page in a real browser (Debian's Chromium driven by Playwright): values open their
evidence with the span highlighted and the left-out candidates with their reasons, the report view
highlights every mention, gold disagreements are marked, corrections survive a reload and download
as a gold CSV that the evaluation accepts, and report text never runs as code."""
from __future__ import annotations

import csv

import pytest
import review_pages
from conftest import ROOT, copy_examples

from pipeline.evaluation import run_evaluation
from pipeline.extract import run_batch
from pipeline.review import build_review

NAMES = ["rr01_pancreatic_tail_g2.txt", "rr06_refusal_negation.txt", "rr11_rectal_prrt.txt"]
TRAP = ("Case presentation\nA 58-year-old man had an ileal NET.</textarea><script>window.hacked = 1;</script> "
        "The cells were positive for CD56 but negative for CK20.\n")


_rows = review_pages.read_rows


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("review")
    reports = copy_examples(work / "reports", NAMES)
    (reports / "zz_trap.txt").write_text(TRAP, encoding="utf-8")
    out = work / "out"
    run_batch(reports, out, log=None)
    gold = [r for r in _rows(ROOT / "gold" / "cases.csv") if r["report_id"] + ".txt" in NAMES]
    gold[0]["age"] = "99"  # one disagreement to mark
    with open(work / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(gold[0]))
        writer.writeheader()
        writer.writerows(gold)
    page_path = build_review(out, reports, work / "gold.csv")
    return work, out, page_path


@pytest.fixture(scope="module")
def browser():
    yield from review_pages.chromium()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(accept_downloads=True)
    requests = []
    context.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "blob:", "data:")) else None)
    page = context.new_page()
    page.goto(site[2].as_uri())
    yield page
    assert not requests, f"the page made network requests: {requests}"
    context.close()


def _mentions(out, report_id, field):
    return [m for m in _rows(out / "mentions.csv") if m["report_id"] == report_id and m["field"] == field]


def test_a_value_shows_its_evidence_and_the_left_out_candidates(page, site):
    _, out, _ = site
    rid = "rr06_refusal_negation"
    page.click(f'tr:has(td[data-col="report_id"]:text-is("{rid}")) td[data-col="treatments"]')
    kept = [m for m in _mentions(out, rid, "treatments") if m["kept"] == "yes"]
    rejected = [m for m in _mentions(out, rid, "treatments") if m["kept"] != "yes"]
    assert kept and rejected
    hits = page.locator("#evidence mark.hit").all_inner_texts()
    assert hits == [m["text"] for m in kept]
    reasons = page.locator("#evidence .rejected li").all_inner_texts()
    assert len(reasons) == len(rejected)
    assert any(m["reason"] and m["reason"] in " ".join(reasons) for m in rejected)


def test_keyboard_opens_the_report_with_every_mention_highlighted(page, site):
    _, out, _ = site
    page.click('tr[data-index="0"] td[data-col="report_id"]')
    page.keyboard.press("j")
    assert page.locator("tr.selected").get_attribute("data-index") == "1"
    page.keyboard.press("k")
    page.keyboard.press("Enter")
    assert page.locator("#report").is_visible()
    rid = page.locator('tr[data-index="0"] td[data-col="report_id"]').inner_text()
    assert rid in page.locator("#pinned").inner_text()
    marks = page.locator("#report-text mark.m").count()
    assert 0 < marks <= len([m for m in _rows(out / "mentions.csv") if m["report_id"] == rid])
    assert page.locator("#report-text .band-case").count() >= 1
    page.keyboard.press("Escape")
    assert not page.locator("#report").is_visible()


def test_report_text_is_shown_never_run(page):
    assert page.evaluate("window.hacked") is None
    page.fill("#search", "zz_trap")
    page.click('tr td[data-col="report_id"]')
    page.keyboard.press("Enter")
    assert "<script>window.hacked = 1;</script>" in page.locator("#report-text").inner_text()
    assert page.evaluate("window.hacked") is None


def test_gold_disagreements_are_marked_and_the_errors_listed(page, tmp_path):
    page.click('tr[data-index="0"] td[data-col="markers_positive"]')
    shot = tmp_path / "review_screenshot.png"  # tests write only to temporary folders, never into outputs/
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    diff = page.locator("td.diff")
    assert diff.count() >= 1 and "gold: 99" in (diff.first.get_attribute("title") or "")
    page.click("#show-errors")
    assert "99" in page.locator("#errors").inner_text()


def test_corrections_survive_a_reload_and_download_as_gold_the_evaluation_accepts(page, site, tmp_path):
    work, out, _ = site
    cell = page.locator('tr[data-index="1"] td[data-col="primary_site"]')
    cell.dblclick()
    page.locator('tr[data-index="1"] td[data-col="primary_site"] input').fill("appendix")
    page.keyboard.press("Enter")
    page.reload()
    assert page.locator('tr[data-index="1"] td[data-col="primary_site"]').inner_text() == "appendix"
    with page.expect_download() as info:
        page.click("#download")
    target = tmp_path / "gold.csv"
    info.value.save_as(target)
    rows = _rows(target)
    assert len(rows) == 4 and rows[1]["primary_site"] == "appendix"
    from pipeline.gold import read_gold

    assert read_gold(target)[rows[1]["report_id"]]["primary_site"] == "appendix"  # the project's gold reader
    assert list(rows[0]) == list(_rows(work / "gold.csv")[0]) + ["reviewed"]  # the gold layout, and who checked what
    assert run_evaluation(target, out, tmp_path / "ev") in (0, 1)  # read as gold: no format error (2)
    page.evaluate("localStorage.clear()")
