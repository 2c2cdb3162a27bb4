"""The match budget: text denser in matches than any report is read up to a bound and flagged,
while real reports are read whole and never flagged."""
from __future__ import annotations

import pytest
import spacy
from conftest import ROOT, SHARED_CORPUS
from sampling import sampled

from pipeline.budget import MatchBudget, first_per_kind, over_budget, within
from pipeline.lexicon import SPANS_KEY
from pipeline.nlp import process
from pipeline.reading import normalize_text, read_report
from pipeline.rules import load_rules

CASE = """Case presentation
A 58-year-old woman presented with intermittent flushing. Colonoscopy found a 1.6 cm submucosal
nodule in the terminal ileum, which was resected. The tumour cells stained for chromogranin A and
synaptophysin but not for CK7, and the MIB-1 index was below 2%. The final diagnosis was a
well-differentiated neuroendocrine tumour, grade 1, of the ileum.
"""


def _doc(text: str):
    doc = spacy.blank("en").make_doc(text)
    doc._.report_text = text
    return doc


def test_the_budget_grows_with_the_text():
    budget = MatchBudget(base=200, per_kb=20)
    assert budget.limit(_doc("")) == 200
    assert budget.limit(_doc("x " * 5120)) == 200 + 20 * 10
    costly = MatchBudget(base=200, per_kb=20, per_kb_of={"brackets": 10})
    assert costly.limit(_doc("x " * 5120), "brackets") == 200 + 10 * 10
    assert costly.limit(_doc("x " * 5120), "MARKER") == 200 + 20 * 10


def test_a_kind_is_noted_only_when_it_has_more_matches_than_the_limit():
    doc, used = _doc("short"), {}
    assert list(within(iter(range(5)), 5, doc, "grade", used)) == [0, 1, 2, 3, 4]
    assert over_budget(doc) == []
    assert list(within(iter(range(9)), 5, _doc("other"), "grade", {})) == [0, 1, 2, 3, 4]
    assert list(within(iter(range(9)), 5, doc, "grade", used)) == []  # the count goes on
    assert over_budget(doc) == ["grade"]


def test_each_kind_has_a_budget_of_its_own():
    doc = _doc("short")
    items = [("MARKER", i) for i in range(4)] + [("SITE", i) for i in range(2)] + [("MARKER", 9)]
    kept = first_per_kind(items, lambda item: item[0], 3, doc)
    assert kept == [("MARKER", 0), ("MARKER", 1), ("MARKER", 2), ("SITE", 0), ("SITE", 1)]
    assert over_budget(doc) == ["MARKER"]
    assert first_per_kind([("SITE", 7), ("SITE", 8)], lambda item: item[0], 3, doc) == [("SITE", 7)]


def _with_dump(unit: str, times: int) -> str:
    return CASE + "\nSupplementary data\n" + " ".join([unit] * times) + "\n"


def test_a_pasted_dump_is_read_up_to_the_budget_and_flagged(run, nlp):
    plain_row, _ = run(CASE)
    assert "dense_text" not in plain_row["review_flags"]
    text = _with_dump("CD56+ G3 4.5 cm Ki-67 40%", 6000)
    row, mentions = run(text)
    assert "dense_text" in row["review_flags"]
    # The case's own findings, which come first, are all still read.
    for column in ("age", "sex", "primary_site", "markers_negative"):
        assert row[column] == plain_row[column], column
    assert {"chromogranin A", "synaptophysin"} <= set(row["markers_positive"])
    doc = process(nlp, normalize_text(text))
    limit = MatchBudget.from_rules(load_rules()).limit(doc)
    assert limit < 6000
    assert 0 < sum(m.field == "grade" for m in mentions) <= limit
    assert 0 < sum(s.label_ == "MARKER" for s in doc.spans[SPANS_KEY]) <= limit


DUMPS = {"MARKER": "CD56+", "brackets": "(positive for CD56)", "grade": "G2", "tumor_size": "2.5 cm",
         "ki67": "Ki-67 12%", "abbreviation": "(NET) NET"}


# A lexicon kind and a pattern kind in `make test`, every kind in `make test-exhaustive` (tests/sampling.py).
@pytest.mark.parametrize("kind", sampled(DUMPS, {"MARKER", "grade"}))
def test_every_dense_kind_of_input_is_bounded(nlp, assembler, kind):
    doc = process(nlp, normalize_text(_with_dump(DUMPS[kind], 8000)))
    row = assembler.assemble("dump", doc).row
    assert kind in over_budget(doc) and "dense_text" in row["review_flags"], (kind, over_budget(doc))


@pytest.mark.exhaustive  # runs every real and example report (5 s): in `make test-exhaustive`
def test_no_real_or_example_report_meets_the_budget(nlp, assembler):
    folders = [ROOT / "raw_reports", SHARED_CORPUS, SHARED_CORPUS.parent / "general"]
    paths = [p for folder in folders for p in sorted(folder.glob("*.txt"))]
    assert len(paths) > 90
    for path in paths:
        doc = process(nlp, read_report(path).text)
        assembler.assemble(path.stem, doc)
        assert over_budget(doc) == [], path.name
