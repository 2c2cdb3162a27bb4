"""A spaCy component that raises on one report: that report becomes an `extraction_error` problem row
with the exception's type and message, the batch goes on, in this process and in worker processes
alike; with --fail-fast the exception itself stops the run and names the component."""
from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline import nlp as nlp_module
from pipeline.extract import run_batch
from pipeline.runners import worker

REPORTS = {
    "flushing_ileum": "Case presentation\nA 63-year-old man came to us with episodes of flushing. A CT scan found a "
                      "21 mm mass in the terminal ileum, and the resected tumour was a well-differentiated "
                      "neuroendocrine tumour with a Ki-67 index of 2%.\n",
    "bleeding_rectum": "Case presentation\nDuring a screening colonoscopy a 55-year-old woman was found to have a "
                       "small rectal polyp of 6 mm; its histology showed a grade 1 neuroendocrine tumour.\n",
    "pain_duodenum": "Case presentation\nA 70-year-old man with upper abdominal pain had a 12 mm lesion of the "
                     "duodenum on endoscopy; biopsies showed a neuroendocrine tumour positive for synaptophysin.\n",
}


@Language.component("test_faulty_on_duodenum")
def faulty_on_duodenum(doc):
    if "duodenum" in (doc._.report_text or ""):
        raise ValueError("the faulty stage cannot read the duodenum")
    return doc


class _FaultyBuild:
    """build_nlp with one more component at the end, on a pipeline of its own (the cached one is left alone)."""

    def __init__(self, build):
        self.build = build.__wrapped__  # not the cached one

    def __call__(self, rules_dir: str = "", ner_model: str = ""):
        nlp = self.build(rules_dir, ner_model)
        nlp.add_pipe("test_faulty_on_duodenum")
        return nlp

    def cache_clear(self) -> None:
        pass


@pytest.fixture
def faulty_pipeline(monkeypatch):
    worker._pipeline.cache_clear()
    monkeypatch.setattr(nlp_module, "build_nlp", _FaultyBuild(nlp_module.build_nlp))
    yield
    worker._pipeline.cache_clear()  # the next test builds the real pipeline again


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / f"{name}.txt").write_text(text)
    return folder


@pytest.mark.parametrize("jobs, timeout", [(1, 0), (2, 60)], ids=["in_process", "workers"])
def test_a_component_that_raises_on_one_report_is_that_reports_problem(faulty_pipeline, tmp_path, jobs, timeout):
    result = run_batch(_folder(tmp_path), tmp_path / "out", log=None, jobs=jobs, report_timeout=timeout)
    assert [(p["report_id"], p["problem"], p["detail"]) for p in result.problems] == [
        ("pain_duodenum", "extraction_error", "ValueError: the faulty stage cannot read the duodenum")]
    assert sorted(row["report_id"] for row in result.cases) == ["bleeding_rectum", "flushing_ileum"]


def test_fail_fast_raises_the_components_exception_and_names_the_component(faulty_pipeline, tmp_path):
    with pytest.raises(ValueError, match="cannot read the duodenum") as raised:
        run_batch(_folder(tmp_path), tmp_path / "out", log=None, fail_fast=True)
    assert "raised by the spaCy component 'test_faulty_on_duodenum'" in raised.value.__notes__
