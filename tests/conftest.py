"""Shared fixtures: one pipeline for the whole session, and helpers that run it on report text."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.assemble import CaseAssembler
from pipeline.nlp import build_nlp, process
from pipeline.reading import normalize_text
from pipeline.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def copy_examples(folder: Path, names, copies: int = 1) -> Path:
    """A folder of example reports from raw_reports/ (with copies > 1: name_0.txt, name_1.txt, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for name in names:
            target = name if copies == 1 else f"{name[:-4]}_{k}.txt"
            shutil.copy(ROOT / "raw_reports" / name, folder / target)
    return folder


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def assembler():
    return CaseAssembler(load_rules())


@pytest.fixture(scope="session")
def run(nlp, assembler):
    """run(text) -> (row, mentions) for a whole report; the row as cases.csv shows it, lists kept as
    lists (CaseResult.shown: age '52', size '57 x 29'), which is what the extractors' tests assert."""

    def _run(text: str, report_id: str = "test"):
        doc = process(nlp, normalize_text(text))
        result = assembler.assemble(report_id, doc)
        return result.shown, result.mentions

    return _run


@pytest.fixture(scope="session")
def row_maker():
    """Text -> the row as the evaluation compares it (pipeline.robustness.check.RowMaker)."""
    from pipeline.robustness.check import RowMaker

    return RowMaker()


@pytest.fixture(scope="session")
def gold():
    """Every report with a gold row: raw_reports/ and ../shared/corpus."""
    from pipeline.robustness.check import gold_reports

    return gold_reports()


@pytest.fixture(scope="session")
def case(run):
    """case(text) -> row, with the text placed under a 'Case presentation' header."""

    def _case(text: str, **extra_sections):
        body = "Case report title\n\nCase presentation\n" + text + "\n"
        for header, content in extra_sections.items():
            body += f"\n{header.replace('_', ' ').title()}\n{content}\n"
        return run(body)[0]

    return _case


# --- The null-extractor check (tests/test_null_extractors.py) -------------------------------------
# `--null-extractor MarkerExtractor` swaps that extractor for one that finds nothing; every test
# marked `@pytest.mark.fields(...)` with one of its fields must then fail. A test that still passes
# asserts only an absence and has no presence twin.

def pytest_addoption(parser):
    parser.addoption("--null-extractor", default="", help="class name of an extractor to replace by one that finds nothing")
    parser.addoption("--outcomes-json", default="", help="write {test id: [outcome, fields]} to this file")


def pytest_configure(config):
    config.addinivalue_line("markers", "fields(*names): the row fields a test checks (for the null-extractor check)")
    name = config.getoption("--null-extractor")
    if name:
        from pipeline.extractors import EXTRACTORS

        classes = {cls.__name__: cls for cls in EXTRACTORS}
        if name not in classes:
            raise pytest.UsageError(f"--null-extractor: no extractor {name!r}; one of {', '.join(classes)}")
        classes[name].find = lambda self, report: []
    config._outcomes = {}


def pytest_collection_modifyitems(config, items):
    for item in items:
        names = [n for mark in item.iter_markers("fields") for n in mark.args]
        config._outcomes[item.nodeid] = ["not run", names]


def pytest_runtest_logreport(report):
    outcomes = getattr(pytest, "_null_check_outcomes", None)
    if outcomes is not None and report.nodeid in outcomes and (report.when == "call" or report.outcome != "passed"):
        if outcomes[report.nodeid][0] in ("not run", "passed"):
            outcomes[report.nodeid][0] = report.outcome


def pytest_sessionstart(session):
    pytest._null_check_outcomes = session.config._outcomes


def pytest_sessionfinish(session):
    path = session.config.getoption("--outcomes-json")
    if path:
        import json

        Path(path).write_text(json.dumps(session.config._outcomes, indent=1))
