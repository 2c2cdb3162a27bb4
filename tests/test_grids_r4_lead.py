"""Grids of the fourth round's lead fixes that are no single field's: a patient 'known to have' a
condition. 'NETs are known to cause carcinoid syndrome' is a statement about the class (an other-patient
cue); with the patient as its subject ('she is known to have carcinoid syndrome') it is her history.
The sentences are our own; each grid pairs an absence with a presence, so it fails when the syndrome
extractor finds nothing (tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

SUBJECTS = ["She is", "He is", "She was", "He was"]
CONDITIONS = [("carcinoid syndrome", "carcinoid syndrome"), ("a gastrinoma", "gastrinoma"),
              ("an insulinoma", "insulinoma")]
OPENING = "A 60-year-old patient with an ileal NET was seen in the clinic. "


def known_cells():
    for subject, (words, value) in itertools.product(SUBJECTS, CONDITIONS):
        yield CASE.format(f"{OPENING}{subject} known to have {words}."), [value]
    for words, _ in CONDITIONS:  # the class: what such tumours are known to do
        yield CASE.format(f"{OPENING}Such tumours are known to present as {words}."), []


@pytest.mark.fields("functional_syndrome")
def test_grid_a_patient_known_to_have_a_condition(run):
    assert_grid(run, known_cells(), lambda row, want: row["functional_syndrome"] == want)


# --- a no-disease word about the resected specimen is no status ------------------------------------------------
# 'the resection margins were free of tumour' is pathology at the operation; the same words about the patient
# at a follow-up ('two years later she was free of tumour') are her status.
SPECIMENS = ["The resection margins were free of tumour.", "The margin was free of tumour.",
             "All twelve lymph nodes were free of tumour.", "The surgical specimen was free of tumour at the margins."]
FOLLOW_UPS = ["Two years later she was free of tumour.", "At 18 months she remained free of tumour."]


def specimen_cells():
    opening = "A 51-year-old woman had a rectal NET removed endoscopically. "
    for sentence in SPECIMENS:
        yield CASE.format(opening + sentence), None
        for later in FOLLOW_UPS:
            yield CASE.format(opening + sentence + " " + later), "alive, no disease"


@pytest.mark.fields("outcome")
def test_grid_the_specimen_free_of_tumour_is_no_status(run):
    assert_grid(run, specimen_cells(), lambda row, want: row["outcome"] == want)
