"""Shared by the review-loop browser tests (test_review_loop.py, test_review_export.py): a small
extracted output with a report in our own words and an empty file (a problems.csv entry), one
Chromium per test module, and helpers to type into a cell and download a file."""
from __future__ import annotations

import csv
import shutil

import pytest
from conftest import copy_examples

from pipeline.extract import run_batch
from pipeline.review import build_review

NAMES = ["rr01_pancreatic_tail_g2.txt", "rr06_refusal_negation.txt", "rr11_rectal_prrt.txt"]
OWN = ("Case presentation\nA {age}-year-old woman was referred for episodes of flushing and watery stools. "
       "Imaging found a 21 mm mass in the terminal ileum, which was resected. The tumour cells stained for "
       "synaptophysin and chromogranin, with a Ki-67 index of 2%.\n")


def read_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def extract(folder, age):
    reports = copy_examples(folder / "reports", NAMES)
    (reports / "zz_own.txt").write_text(OWN.format(age=age), encoding="utf-8")
    (reports / "zz_empty.txt").write_text("", encoding="utf-8")  # listed in problems.csv, no output row
    run_batch(reports, folder / "out", log=None)
    return reports, folder / "out"


_SITE: list = []


def make_site(tmp_path_factory):
    """(work folder, reports folder, output folder, review page) of a first extraction, made once per
    test process (the session's temporary folder outlives the modules). A test that changes the output
    works on a copy; the page's state lives in each test's fresh browser context."""
    if not _SITE:
        work = tmp_path_factory.mktemp("review_loop")
        reports, out = extract(work / "first", 47)
        _SITE.append((work, reports, out, build_review(out, reports)))
    return _SITE[0]


def chromium():
    """Yields one headless Chromium (a module fixture's body)."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "the browser tests need Chromium: make browser (apt-get install chromium)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


def open_page(browser, path, width=1600):
    context = browser.new_context(accept_downloads=True, viewport={"width": width, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return context, page, errors


def fresh_page(browser, path):
    """Yields the page in a fresh browser context; fails the test on a script error."""
    context, page, errors = open_page(browser, path)
    yield page
    assert not errors, errors
    context.close()


def cell(rid, column):
    return f'tr:has(td[data-col="report_id"]:text-is("{rid}")) td[data-col="{column}"]'


def type_in(page, rid, column, text):
    """Double-click a cell, type, Enter: the cell's error message ('' when the value was saved)."""
    page.dblclick(cell(rid, column))
    page.fill(cell(rid, column) + " input", text)
    page.keyboard.press("Enter")
    error = page.locator(cell(rid, column) + " .cell-error")
    return error.inner_text() if error.count() else ""


def download(page, button, target):
    with page.expect_download() as info:
        page.click(button)
    info.value.save_as(target)
    return target


def log_of(page):
    return page.evaluate("LOG")




# The module fixtures both review-loop modules use (imported there by name).
@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return make_site(tmp_path_factory)


@pytest.fixture(scope="module")
def browser():
    yield from chromium()


@pytest.fixture
def page(browser, site):
    yield from fresh_page(browser, site[3])
