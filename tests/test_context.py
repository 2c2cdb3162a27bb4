"""The shared ConText mechanism: one status per mention, whatever the field."""
import pytest

from pipeline.context import status_for
from pipeline.nlp import process


def status_of(nlp, text, target, label):
    doc = process(nlp, text)
    start = text.index(target)
    span = doc.char_span(start, start + len(target), alignment_mode="expand")
    return status_for(doc, span.start, span.end, label)[0]


@pytest.mark.parametrize("text, target, label, status", [
    ("Staging CT found no evidence of metastatic spread.", "metastatic", "METASTASIS", "negated"),
    ("Metastases in the chest were not observed on CT.", "Metastases", "METASTASIS", "negated"),
    ("Surgery was deemed inappropriate.", "Surgery", "TREATMENT", "negated"),
    ("Palliative radiotherapy was considered for the painful rib.", "radiotherapy", "TREATMENT", "hypothetical"),
    ("The lesion was suspicious for metastasis.", "metastasis", "METASTASIS", "hypothetical"),
    ("Gasser et al reported that surgery prevented deterioration.", "surgery", "TREATMENT", "other_patient"),
    ("The patient underwent surgery.", "surgery", "TREATMENT", "affirmed"),
    ("There was no recurrence after surgery.", "surgery", "TREATMENT", "affirmed"),
    ("Surgery was not performed, but she received octreotide.", "octreotide", "TREATMENT", "affirmed"),
])
def test_statuses(nlp, text, target, label, status):
    assert status_of(nlp, text, target, label) == status


def test_refusal_cues_only_touch_treatments(nlp):
    text = "Given the extensive metastasis, surgery was deemed unsuitable."
    assert status_of(nlp, text, "metastasis", "METASTASIS") == "affirmed"
    assert status_of(nlp, text, "surgery", "TREATMENT") == "negated"


@pytest.mark.fields("treatments", "metastasis_sites")
def test_general_statements_in_the_case_text_are_not_the_patients(case):
    general = "Pancreatic NETs commonly metastasize to the liver and are frequently treated with everolimus."
    row = case("A 40-year-old woman had a pancreatic NET. " + general)
    assert row["metastasis_sites"] == [] and row["treatments"] == []
    row = case("A 40-year-old woman had a pancreatic NET with bone metastases. " + general + " She received lanreotide.")
    assert row["metastasis_sites"] == ["bone"] and row["treatments"] == ["lanreotide"]
