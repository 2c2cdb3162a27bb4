"""Grids of the sixth round's third pass (r6d-synd): a syndrome not stated as the index patient's.

Found by probing the traps that make a functional or hereditary syndrome out of words that are not the
patient's (76 own-words wordings, /tmp/h26/r6d-synd_probe.txt: a hormone stain alone, a normal hormone level,
a syndrome in the differential, discussion sentences about the tumour class, a relative's syndrome, a
screening with no result). Each grid crosses the failing shape with its common variants and pairs every
absence with a presence, so it fails when its extractor finds nothing (tests/test_null_extractors.py).
Every sentence is written here.

- A clause in the general present about a plural class of tumours ('about a quarter of gastrinomas arise in
  the setting of MEN1', 'pancreatic NETs occur in von Hippel-Lindau disease') defines the class: its syndrome
  and inherited syndrome are no finding of the patient (rules/context.json generic_statements: 'arise',
  'arises', 'occur', 'occurs' in present_words; HEREDITY in class_types; 'gastrinomas', 'insulinomas' in
  class_nouns). 'cause(s)' was tried and dropped: it cut a histology in the case text.
- A syndrome or an inherited syndrome judged unlikely ('making MEN1 unlikely', 'a carcinoid syndrome was
  considered unlikely') is no finding (the r3-meta backward 'unlikely' rule, SYNDROME and HEREDITY appended).
- A hormone that was undetectable ('PTHrP was undetectable') states no syndrome (the broad backward
  negation, 'was undetectable', 'were undetectable' appended).
- 'Most' as the subject of a general-present clause is the tumour class ('Most have been non-functional',
  study mx_08's shape): 'most' in generic_statements class_nouns. Study functional .903 -> .911.
"""
from __future__ import annotations

import pytest
from test_grids import CASE, assert_grid

INTRO = "A 48-year-old woman had a mass in the head of the pancreas.\n"


def hereditary(row) -> list[str]:
    return sorted(row["hereditary_syndrome"] or [])


def functional(row) -> list[str]:
    return sorted(row["functional_syndrome"] or [])


# --- a clause about the tumour class in the general present -----------------------------------------------------
CLASS_HEREDITY = [
    "About a quarter of gastrinomas arise in the setting of MEN1.",
    "Some pancreatic NETs arise in patients with MEN1.",
    "Pancreatic NETs occur in von Hippel-Lindau disease, MEN1 and tuberous sclerosis.",
    "Duodenal tumours occur more often in neurofibromatosis type 1.",
    "Insulinomas occur in about a tenth of MEN1 carriers.",
]
CLASS_FUNCTIONAL = [
    "Insulinomas arise mostly as solitary benign tumours that cause hypoglycaemia.",
    "Carcinoid syndrome occurs in a minority of midgut NETs.",
    "Zollinger-Ellison syndrome occurs in some duodenal tumours.",
]
PATIENT_HEREDITY = [
    ("Germline testing confirmed MEN1.", ["MEN1"]),
    ("She was known to have von Hippel-Lindau disease.", ["VHL"]),
]
PATIENT_FUNCTIONAL = [
    ("She had recurrent fasting hypoglycaemia with an inappropriately high insulin, and an insulinoma was "
     "diagnosed.", ["insulinoma"]),
    ("Her flushing and diarrhoea were attributed to carcinoid syndrome.", ["carcinoid syndrome"]),
]


def class_cells(class_sentences, patient_sentences):
    for sentence in class_sentences:
        yield CASE.format(INTRO + "\n\nDiscussion\n" + sentence), []
        yield CASE.format(INTRO + sentence), []
        for fact, value in patient_sentences:
            yield CASE.format(INTRO + fact + "\n\nDiscussion\n" + sentence), value
            yield CASE.format(INTRO + fact + " " + sentence), value


@pytest.mark.fields("hereditary_syndrome")
def test_grid_an_inherited_syndrome_of_the_tumour_class_is_not_the_patients(run):
    assert_grid(run, class_cells(CLASS_HEREDITY, PATIENT_HEREDITY), lambda row, e: hereditary(row) == e)


@pytest.mark.fields("functional_syndrome")
def test_grid_a_hormonal_syndrome_of_the_tumour_class_is_not_the_patients(run):
    assert_grid(run, class_cells(CLASS_FUNCTIONAL, PATIENT_FUNCTIONAL), lambda row, e: functional(row) == e)


# --- judged unlikely; a hormone undetectable ---------------------------------------------------------------------
def unlikely_cells():
    for shape in ("The serum calcium was normal, making MEN1 unlikely.",
                  "With no parathyroid or pituitary disease, MEN1 was considered unlikely.",
                  "MEN1 seemed unlikely."):
        yield CASE.format(INTRO + shape), []
        yield CASE.format(INTRO + shape + " Years later, germline testing confirmed MEN1."), ["MEN1"]
    yield CASE.format(INTRO + "A germline MEN1 mutation was found."), ["MEN1"]


@pytest.mark.fields("hereditary_syndrome")
def test_grid_an_inherited_syndrome_judged_unlikely(run):
    assert_grid(run, unlikely_cells(), lambda row, e: hereditary(row) == e)


def undetectable_cells():
    for absent in ("The serum calcium was normal and PTHrP was undetectable.",
                   "Calcium was normal; PTHrP was undetectable in the serum.",
                   "Serum calcium and PTHrP levels were undetectable or normal.",
                   "Carcinoid syndrome was considered unlikely."):
        yield CASE.format(INTRO + absent), []
    for present in ("Severe hypercalcaemia was due to PTHrP secretion by the tumour.",
                    "Hypercalcaemia from tumoural PTHrP was found, with a PTHrP of 9 pmol/L."):
        yield CASE.format(INTRO + present), ["PTHrP"]


@pytest.mark.fields("functional_syndrome")
def test_grid_a_hormone_undetectable_or_a_syndrome_judged_unlikely(run):
    assert_grid(run, undetectable_cells(), lambda row, e: functional(row) == e)


# --- 'most' as the subject of a general-present clause is the tumour class ---------------------------------------
# rules/context.json generic_statements class_nouns 'most': 'Most are non-functional at diagnosis' (a review
# sentence of the discussion) says how the class behaves, not that the patient's tumour was non-functioning.
def most_cells():
    for shape in ("Most are non-functional at diagnosis.", "Most have been non-functioning in the reported series.",
                  "Most remain non-functional throughout their course."):
        yield CASE.format(INTRO + shape), []
        yield CASE.format(INTRO + "Ileal NETs were reviewed. " + shape), []
        yield CASE.format(INTRO + "The tumour was non-functioning. " + shape), ["non-functioning"]
    yield CASE.format(INTRO + "The tumour was most likely non-functioning."), ["non-functioning"]


@pytest.mark.fields("functional_syndrome")
def test_grid_most_of_the_tumour_class_is_not_the_patients_tumour(run):
    assert_grid(run, most_cells(), lambda row, e: functional(row) == e)
