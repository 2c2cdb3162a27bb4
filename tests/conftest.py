"""Shared fixtures: one pipeline for the whole session, and helpers that run it on report text."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.assemble import CaseAssembler
from pipeline.nlp import build_nlp, process
from pipeline.reading import normalize_text
from pipeline.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def assembler():
    return CaseAssembler(load_rules())


@pytest.fixture(scope="session")
def run(nlp, assembler):
    """run(text) -> (row, mentions) for a whole report."""

    def _run(text: str, report_id: str = "test"):
        doc = process(nlp, normalize_text(text))
        result = assembler.assemble(report_id, doc)
        return result.row, result.mentions

    return _run


@pytest.fixture(scope="session")
def case(run):
    """case(text) -> row, with the text placed under a 'Case presentation' header."""

    def _case(text: str, **extra_sections):
        body = "Case report title\n\nCase presentation\n" + text + "\n"
        for header, content in extra_sections.items():
            body += f"\n{header.replace('_', ' ').title()}\n{content}\n"
        return run(body)[0]

    return _case
