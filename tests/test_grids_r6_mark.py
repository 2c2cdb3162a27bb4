"""Grids of the sixth round (r6-mark): stain markers stated every way, syndromes of the index patient.

Found by probing the ways a case report states a negative stain, a flattened stain table and the panel of
stains used (about 90 own-words wordings, /tmp/h26/r6-mark_probe_*.txt); each grid crosses the failing
shape with its common variants and pairs every absence with a presence, so it fails when its extractor
finds nothing (tests/test_null_extractors.py). Every sentence is written here.

- A flattened table separates a stain from its result with a spaced hyphen or en dash ('Synaptophysin -
  positive', 'CK20 – diffusely positive'): before a word that dash is no minus sign, the result word is
  the cue (marker_cues._minus_signs_only). With no word after it, the en dash is a minus sign as the
  hyphen is ('CK20 (–)', 'CK20(–)', a line 'CK20 –'): rules/markers.json negative_backward,
  attached_sign_regex.
- A noun cue that names the panel used ('Immunohistochemical stains for synaptophysin, CK7 and CK20 were
  performed', 'we performed immunostaining with antibodies against CK7') states no result: the result
  sentence decides alone (rules/markers.json panel_verbs). Before, the panel's positive reading tied a
  later 'CK20 was negative' and the tie went to positive.
- A backward cue whose last word opens a longer forward cue ('the cells were positive for CgA') is that
  cue's verb and reaches back to no marker of an earlier clause (marker_cues.MarkerCues.find).
- 'was not seen', 'was present', an elliptical 'and CK20 was not.', 'negative immunoreaction for',
  'negative markers included' (rules/markers.json polarity lists, appended).
"""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

INTRO = "A 63-year-old man had a mass in the ileum.\n"


def markers(row) -> tuple[list[str], list[str]]:
    return sorted(row["markers_positive"] or []), sorted(row["markers_negative"] or [])


# --- a flattened table: a dash between the stain and its result, or a dash as the minus sign -------------------
SEPARATORS = [" - ", " \u2013 ", " \u2013 diffusely ", " - strongly "]
TABLE_OPENERS = ["Immunohistochemistry: {}.", "Immunohistochemical results:\n{}"]


def table_cells():
    for sep, opener in itertools.product(SEPARATORS, TABLE_OPENERS):
        joiner = ", " if opener.endswith(".") else "\n"
        items = joiner.join(f"{m}{sep}{p}" for m, p in (("synaptophysin", "positive"), ("chromogranin A", "positive"),
                                                        ("CK20", "negative")))
        yield CASE.format(INTRO + opener.format(items)), (["chromogranin A", "synaptophysin"], ["CK20"])
    for minus in ("\u2013", "-"):
        for shape in ("synaptophysin (+), CK20 ({m})", "synaptophysin(+), CK20({m})", "CK20 {m}, synaptophysin +"):
            yield CASE.format(INTRO + "Immunohistochemistry: " + shape.format(m=minus) + "."), (["synaptophysin"], ["CK20"])
        yield CASE.format(INTRO + f"Stains:\nSynaptophysin +\nCK20 {minus}\nTTF-1 {minus}"), (["synaptophysin"], ["CK20", "TTF-1"])
    # a dash between two clauses of a sentence governs no stain
    yield CASE.format(INTRO + "The tumour was examined \u2013 synaptophysin was seen on one slide."), ([], [])


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_a_dash_is_a_separator_before_a_word_and_a_minus_sign_alone(run):
    assert_grid(run, table_cells(), lambda row, e: markers(row) == e)


# --- the panel of stains used states no result -------------------------------------------------------------------
PANELS = [
    "Immunohistochemical stains for {} were performed.",
    "Immunohistochemical staining for {} was carried out.",
    "We performed immunostaining with antibodies against {}.",
    "Immunostaining for {} was done on the resected specimen.",
]
PANEL_LIST = "synaptophysin, chromogranin A, CK7 and CK20"
RESULTS = [  # (the result sentence, positive, negative)
    ("", [], []),
    ("The tumour cells were positive for synaptophysin and chromogranin A and negative for CK7 and CK20.",
     ["chromogranin A", "synaptophysin"], ["CK20", "CK7"]),
    ("Synaptophysin was positive, while CK7 and CK20 were negative.", ["synaptophysin"], ["CK20", "CK7"]),
]


def panel_cells():
    for panel, (result, pos, neg) in itertools.product(PANELS, RESULTS):
        yield CASE.format(INTRO + panel.format(PANEL_LIST) + (" " + result if result else "")), (pos, neg)
    # the same noun cues with a result are stains as before
    yield CASE.format(INTRO + "Staining for CK7 and CK20 was negative."), ([], ["CK20", "CK7"])
    yield CASE.format(INTRO + "Immunostaining for synaptophysin was diffuse."), (["synaptophysin"], [])
    yield CASE.format(INTRO + "Staining for synaptophysin, chromogranin A and TTF-1 was performed, and the tumour "
                              "cells were positive for synaptophysin and chromogranin A and negative for TTF-1."), (
        ["chromogranin A", "synaptophysin"], ["TTF-1"])


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_the_panel_of_stains_used_states_no_result(run):
    assert_grid(run, panel_cells(), lambda row, e: markers(row) == e)


# --- more ways to state a negative (or positive) result ---------------------------------------------------------------
WORDINGS = [  # (sentence, positive, negative)
    ("Expression of CK7 was not seen, while CK20 was focally positive.", ["CK20"], ["CK7"]),
    ("Nuclear staining for CDX2 was not seen in the tumour cells.", [], ["CDX2"]),
    ("Immunoreactivity for CK20 was absent, whereas CK7 was present.", ["CK7"], ["CK20"]),
    ("Chromogranin A staining was present in most cells.", ["chromogranin A"], []),
    ("Synaptophysin and chromogranin A were positive, and CK20 was not.", ["chromogranin A", "synaptophysin"], ["CK20"]),
    ("Synaptophysin was expressed, but TTF-1 and CDX2 were not.", ["synaptophysin"], ["CDX2", "TTF-1"]),
    ("CD56 was positive and CK7 was not, in keeping with a NET.", ["CD56"], ["CK7"]),
    ("Tumour cells showed negative immunoreaction for CK20.", [], ["CK20"]),
    ("Tumour cells showed positive immunoreaction for synaptophysin.", ["synaptophysin"], []),
    ("There was a negative reaction for TTF-1.", [], ["TTF-1"]),
    ("Negative markers included CK7, CK20 and PAX8.", [], ["CK20", "CK7", "PAX8"]),
    ("Positive markers included synaptophysin and CD56.", ["CD56", "synaptophysin"], []),
    ("The tumour showed negative immunostaining for S100.", [], ["S100"]),
    # the marker as the subject of the stain verb
    ("Chromogranin A stained the tumour cells intensely.", ["chromogranin A"], []),
    ("CD56 stained strongly, and synaptophysin stained diffusely.", ["CD56", "synaptophysin"], []),
    ("CK7 stained negative, and CD56 stained positive.", ["CD56"], ["CK7"]),
    ("CK20 did not stain the tumour.", [], ["CK20"]),
    ("TTF-1 failed to stain the neoplastic cells.", [], ["TTF-1"]),
    ("CK7 was not stained.", [], ["CK7"]),
]


def wording_cells():
    for sentence, pos, neg in WORDINGS:
        yield CASE.format(INTRO + sentence), (pos, neg)
    # the same verbs with no stain in the sentence name none
    yield CASE.format(INTRO + "Mitotic figures were not seen, and necrosis was present."), ([], [])


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_more_wordings_of_a_stain_result(run):
    assert_grid(run, wording_cells(), lambda row, e: markers(row) == e)


# --- the patient's children, nieces and nephews are other patients --------------------------------------------------
RELATIVES = ["son", "daughter", "niece", "nephew", "two sons", "two daughters"]
RELATIVE_FRAMES = [  # (sentence about the relative, the same sentence about the patient)
    ("Her {r} had been diagnosed with MEN1.", "She had been diagnosed with MEN1."),
    ("Genetic testing of his {r} revealed a germline VHL mutation.", "Genetic testing revealed a germline VHL mutation."),
    ("A germline NF1 variant had been found in her {r}.", "A germline NF1 variant had been found in her."),
]


def relative_cells():
    intro = "A 58-year-old patient had a pancreatic NET.\n"
    for (other, own), rel in itertools.product(RELATIVE_FRAMES, RELATIVES):
        yield CASE.format(intro + other.format(r=rel)), []
    for other, own in RELATIVE_FRAMES:
        yield CASE.format(intro + own), [name for name in ("MEN1", "VHL", "NF1") if name in own]


@pytest.mark.fields("hereditary_syndrome")
def test_grid_a_syndrome_of_the_patients_child_is_not_the_patients(run):
    assert_grid(run, relative_cells(), lambda row, e: sorted(row["hereditary_syndrome"] or []) == e)


def relative_age_cells():
    for rel in RELATIVES[:4]:
        yield CASE.format(f"A 66-year-old woman had an ileal NET. Her 41-year-old {rel} had a pancreatic NET."), "66"
        yield CASE.format(f"Her 41-year-old {rel} had a pancreatic NET, and the patient, 66 years old, had an ileal NET."), "66"


@pytest.mark.fields("age")
def test_grid_the_age_of_the_patients_child_is_not_the_patients(run):
    assert_grid(run, relative_age_cells(), lambda row, e: str(row["age"]) == e)


# --- a hormone given as a drug, a syndrome ruled out or prevented, and the symptom with its hormone ---------------
SYNDROME_CELLS = [  # (sentence, functional syndromes)
    # insulin as the diabetic patient's treatment is no tumour product
    ("He had type 2 diabetes treated with insulin and reported occasional hypoglycaemia.", []),
    ("Her diabetes was managed with insulin glargine; hypoglycaemic episodes followed skipped meals.", []),
    ("She had been on insulin for years, and nocturnal hypoglycaemia was frequent.", []),
    ("A diabetic man using an insulin pump had hypoglycaemia overnight.", []),
    ("She had fasting hypoglycaemia with an inappropriately high insulin level.", ["insulinoma"]),
    ("Hypoglycaemic episodes were accompanied by raised serum insulin and C-peptide.", ["insulinoma"]),
    # the symptom of a VIPoma or a glucagonoma with its hormone
    ("He had secretory diarrhoea and hypokalaemia, and plasma VIP was 450 pg/mL.", ["VIPoma"]),
    ("Profuse watery diarrhoea came with a vasoactive intestinal peptide level ten times normal.", ["VIPoma"]),
    ("She had a migratory erythematous rash, and serum glucagon was 1500 pg/mL.", ["glucagonoma"]),
    ("He had chronic diarrhoea, and serum VIP was not measured.", []),
    ("She had a drug rash after the antibiotic course.", []),
    # a syndrome ruled out by an examination, or prevented
    ("Echocardiography excluded carcinoid heart disease.", []),
    ("Echocardiography showed carcinoid heart disease with tricuspid regurgitation.", ["carcinoid syndrome"]),
    ("Carcinoid crisis was prevented with an octreotide infusion during surgery.", []),
    ("A carcinoid crisis developed during induction of anaesthesia.", ["carcinoid syndrome"]),
]


def syndrome_cells():
    for sentence, expected in SYNDROME_CELLS:
        yield CASE.format("A 59-year-old patient had a pancreatic NET.\n" + sentence), expected


@pytest.mark.fields("functional_syndrome")
def test_grid_a_hormone_given_as_a_drug_or_a_syndrome_ruled_out_is_no_syndrome(run):
    assert_grid(run, syndrome_cells(), lambda row, e: list(row["functional_syndrome"] or []) == e)


HEREDITY_CELLS = [
    ("Genetic testing excluded MEN1.", []),
    ("Sequencing excludes a germline VHL variant.", []),
    ("Genetic testing confirmed MEN1.", ["MEN1"]),
]


@pytest.mark.fields("hereditary_syndrome")
def test_grid_an_examination_that_excludes_an_inherited_syndrome(run):
    cells = [(CASE.format("A 44-year-old woman had a pancreatic NET.\n" + s), e) for s, e in HEREDITY_CELLS]
    assert_grid(run, cells, lambda row, e: list(row["hereditary_syndrome"] or []) == e)


# --- an operation for another endocrine disease is the past history ------------------------------------------------
OTHER_ENDOCRINE = ["primary hyperparathyroidism", "a prolactinoma", "a pituitary adenoma", "a multinodular goitre",
                   "a nodular goiter"]
OPERATION_FRAMES = [
    "She had been operated on for {d} in 2009.",
    "A parathyroidectomy had been performed for {d}.",
    "He was operated because of {d} at the age of 30.",
]


def other_endocrine_cells():
    intro = "A 52-year-old patient with MEN1 had a pancreatic NET treated with lanreotide.\n"
    for frame, disease in itertools.product(OPERATION_FRAMES, OTHER_ENDOCRINE):
        yield CASE.format(intro + frame.format(d=disease)), ["lanreotide"]
        # a clause that also names the NET keeps its surgery
        yield CASE.format(intro + frame.format(d=disease)[:-1] + ", and the pancreatic NET was resected."), [
            "lanreotide", "surgery"]


@pytest.mark.fields("treatments")
def test_grid_an_operation_for_another_endocrine_disease_is_past_history(run):
    assert_grid(run, other_endocrine_cells(), lambda row, e: sorted(row["treatments"] or []) == sorted(e))


# --- a diagnosis not made, criteria not met, a test back negative ---------------------------------------------------
NOT_MADE = ["A diagnosis of {s} could not be made.", "Clinical criteria for {s} were not met.",
            "The diagnostic criteria of {s} were not fulfilled.", "{s} mutation testing came back negative.",
            "Germline testing for {s} came back normal."]
MADE = ["A diagnosis of {s} was made.", "Clinical criteria for {s} were met.", "{s} mutation testing came back positive."]


def not_made_cells():
    intro = "A 36-year-old man had a duodenal NET.\n"
    for frame, name in itertools.product(NOT_MADE, ("MEN1", "VHL", "NF1")):
        yield CASE.format(intro + frame.format(s=name)), []
    for frame, name in itertools.product(MADE, ("MEN1", "VHL", "NF1")):
        yield CASE.format(intro + frame.format(s=name)), [name]


@pytest.mark.fields("hereditary_syndrome")
def test_grid_a_diagnosis_not_made_or_a_test_back_negative_names_no_syndrome(run):
    assert_grid(run, not_made_cells(), lambda row, e: list(row["hereditary_syndrome"] or []) == e)
