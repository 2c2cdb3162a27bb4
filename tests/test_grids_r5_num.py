"""Grids of Ki-67 and grade wordings found by probing in round 5 (helper r5-num): a lower bound stated with
'exceeded', a value far from its keyword after an index noun, a value followed by 'by Ki-67', and the
sentences that define the grades (the grading scheme, not the patient's tumour).

Each grid crosses the parts of one shape and pairs every absence with a presence in the same frame, so it
fails when its extractor finds nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid, framed_cells, grid_test

OPENING = "A 49-year-old man had a well-differentiated neuroendocrine tumour of the pancreatic tail. "


def ki67_pair(row):
    """What the Ki-67 grids compare: the low and the high end of the index."""
    return row["ki67_low"], row["ki67_high"]


# --- Ki-67 bounds stated with 'exceeded' ---------------------------------------------------------------------
# 'exceeded 20%' is a lower bound as 'more than 20%' is ('did not exceed 2%' stays an upper bound).
BOUND_FRAMES = ["The Ki-67 index {op} {v}%.", "Staining for Ki-67 {op} {v}% of the tumour cells.",
                "The MIB-1 labelling index {op} {v}% in the resected tumour."]
BOUND_OPS = [("exceeded", "low"), ("exceeds", "low"), ("clearly exceeded", "low"), ("did not exceed", "high"),
             ("was", "both")]


def bound_cells():
    for frame, (op, side), v in itertools.product(BOUND_FRAMES, BOUND_OPS, ("2", "20")):
        want = {"low": (v, None), "high": (None, v), "both": (v, v)}[side]
        yield CASE.format(OPENING + frame.format(op=op, v=v)), want


test_grid_ki67_exceeded_is_a_lower_bound = grid_test(bound_cells, ki67_pair, "ki67_low", "ki67_high")


# --- a Ki-67 value far from its keyword, after an index noun -------------------------------------------------
# 'Ki-67 immunostaining of the resected specimen revealed a labelling index of 3%': the words between the
# keyword and the value are many, but the value follows the index's own noun. Another stain or a mitotic
# count named between them keeps the value away; a value far away with no index noun stays unread.
LONG_FRAMES = [
    "Ki-67 immunohistochemical staining of the resected specimen revealed a labelling index of {v}%.",
    "Ki-67 immunostaining, performed on the surgical specimen at our institution, showed a proliferation index of {v}%.",
    "Ki-67 staining, counted in the most densely labelled areas of the tumour, gave an index of {v}%.",
    "Ki67 immunohistochemistry on the whole tumour sections of the pancreatic specimen: labelling index {v}%.",
]
LONG_ABSENT = [
    "Ki-67 staining was done on the specimen and was scanned, and the chromogranin A staining index was {v}%.",
    "Ki-67 was stained on the resected specimen, and beyond that the tumour showed fibrosis in about {v}%.",
]


def long_cells():
    yield from framed_cells(OPENING, LONG_FRAMES, {v: (v, v) for v in ("3", "12")}, key="v")
    yield from framed_cells(OPENING, LONG_ABSENT, dict.fromkeys(("3", "12"), (None, None)), key="v")


test_grid_ki67_value_after_an_index_noun_far_from_the_keyword = grid_test(
    long_cells, ki67_pair, "ki67_low", "ki67_high")


# --- a value followed by 'by Ki-67' -----------------------------------------------------------------------
BY_FRAMES = ["A proliferation index of {v}% by Ki-67 was found.", "The labelling index was {v}% with MIB-1.",
             "Proliferative activity was {v}% as assessed by Ki-67 immunostaining.",
             "The growth fraction was estimated at {v}% using Ki67."]


def by_cells():
    yield from framed_cells(OPENING, BY_FRAMES, {v: (v, v) for v in ("1", "8", "25")}, key="v")
    # a percentage of something else before 'by' and no keyword after it: no Ki-67
    yield CASE.format(OPENING + "The tumour was reduced by 30% on octreotide."), (None, None)


test_grid_ki67_value_before_by_ki67 = grid_test(by_cells, ki67_pair, "ki67_low", "ki67_high")


# --- sentences that define the grades ------------------------------------------------------------------------
# 'A Ki-67 index between 3% and 20% defines G2', 'the ENETS criteria define G1 as a Ki-67 up to 2%', 'NET
# G3, defined by a Ki-67 over 20%', 'grade 3 requires a Ki-67 above 20%', 'a Ki-67 of 55% separates NEC from
# NET G3': the grading scheme, not the patient's tumour. The patient's own value after it is kept; with no
# value of the patient, nothing is.
DEFINITIONS = [
    "A Ki-67 index between 3% and 20% defines G2.",
    "The ENETS criteria define G1 as a Ki-67 index of at most 2%.",
    "The WHO has since added the category of well-differentiated NET G3, defined by a Ki-67 index above 20%.",
    "Grade 3 requires a Ki-67 index above 20%.",
    "A Ki-67 index of 55% separates neuroendocrine carcinoma from NET G3.",
    "A mitotic count of 2 per 10 HPF separates G1 from G2.",
    "A Ki-67 index of 3% distinguishes G1 from G2.",
]
PATIENT = [("The resected tumour was G2 with a Ki-67 index of 7%.", ("7", "7", "G2")),
           ("In the biopsy, the Ki-67 index was 14%.", ("14", "14", None)),
           ("", (None, None, None))]


def definition_cells():
    for definition, (patient, want) in itertools.product(DEFINITIONS, PATIENT):
        for order in (definition + " " + patient, patient + " " + definition):
            yield CASE.format(OPENING + order.strip()), want


test_grid_a_definition_of_the_grades_is_not_the_patients = grid_test(
    definition_cells, lambda row: (row["ki67_low"], row["ki67_high"], row["grade"]), "ki67_low", "ki67_high", "grade")


# --- a plural class of tumours 'carries' a prognosis ---------------------------------------------------------
CLASS_FRAMES = ["High-grade tumours carry a poor prognosis.", "Low-grade NETs carry an excellent prognosis.",
                "A grade 3 neoplasm carries a poor prognosis."]


def class_cells():
    for frame in CLASS_FRAMES[:2]:
        yield CASE.format(OPENING + frame + " The resected tumour was grade 2."), "G2"
        yield CASE.format(OPENING + frame), None
    # a singular tumour is no class: 'a grade 3 neoplasm' may be the patient's
    yield CASE.format(OPENING + CLASS_FRAMES[2]), "G3"


test_grid_a_class_of_tumours_carries_a_prognosis = grid_test(class_cells, lambda row: row["grade"], "grade")


# --- the index named without its keyword, shortly after it ------------------------------------------------
# 'Ki-67 staining was performed (Figure 3). The labelling index was 5%.': the next sentence names the index
# by its noun alone. Without a keyword before it, a 'proliferation index' stays unread; so does a value
# that is not right after the index noun. 'The proliferation index was 3% (MIB-1 antibody)': the keyword in
# brackets after the value, with its antibody or clone word.
ALONE_FIRST = ["Ki-67 staining was performed (Figure 3).", "Ki-67 immunostaining was done on the resected tumour.",
               "The sections were also stained with MIB-1."]
ALONE_SECOND = ["The labelling index was {v}%.", "It showed a proliferation index of {v}%.",
                "The proliferative fraction was {v}%.", "A labeling index of {v}% was found."]
BRACKET_AFTER = ["The proliferation index was {v}% (MIB-1 antibody).", "The labelling index was {v}% (Ki-67 clone)."]


def alone_cells():
    for first, second, v in itertools.product(ALONE_FIRST, ALONE_SECOND, ("2", "15")):
        yield CASE.format(OPENING + first + " " + second.format(v=v)), (v, v)
    for second in ALONE_SECOND:  # no keyword before it
        yield CASE.format(OPENING + second.format(v="15")), (None, None)
    for frame, v in itertools.product(BRACKET_AFTER, ("2", "15")):
        yield CASE.format(OPENING + frame.format(v=v)), (v, v)
    # a value that does not follow the index noun: not read
    yield CASE.format(OPENING + "Ki-67 staining was done. The labelling index of p53 was high in 40%."), (None, None)


test_grid_ki67_index_named_without_its_keyword = grid_test(alone_cells, ki67_pair, "ki67_low", "ki67_high")


# --- the grading scheme written out ---------------------------------------------------------------------
# '(G1: Ki-67 <3%; G2: 3-20%; G3: >20%)' lists the grades' thresholds: no value of the list is the
# patient's, whatever follows it. One grade with its own value ('NET G1 (Ki-67 <2%)') is the patient's.
SCHEMES = ["(G1: Ki-67 <3%; G2: Ki-67 3-20%; G3: Ki-67 >20%)", "(G1: Ki-67 ≤2%; G2: 3–20%; G3: >20%)",
           "(G1, <3%; G2, 3-20%; G3, >20%)", "with Ki-67 <3% (G1), 3-20% (G2) and >20% (G3)",
           "(grade 1: Ki-67 below 3%; grade 2: 3 to 20%)", "(G1 (<3%), G2 (3-20%), G3 (>20%))"]
SCHEME_FRAMES = ["The WHO grading {s} was applied.", "Tumours were graded {s} according to the WHO."]
SCHEME_PATIENT = [("The resected tumour was G2 with a Ki-67 index of 6%.", ("6", "6", "G2")), ("", (None, None, None))]
ONE_GRADE = [("The final diagnosis was NET G1 (Ki-67 <2%).", (None, "2", "G1")),
             ("The tumour was a NET G2 (Ki-67 5%), as was the liver metastasis.", ("5", "5", "G2")),
             ("Pathology: NET, G1, Ki-67 < 1%.", (None, "1", "G1"))]


def scheme_cells():
    for s, frame, (patient, want) in itertools.product(SCHEMES, SCHEME_FRAMES, SCHEME_PATIENT):
        yield CASE.format(OPENING + frame.format(s=s) + (" " + patient if patient else "")), want
    for text, want in ONE_GRADE:
        yield CASE.format(OPENING + text), want


test_grid_a_written_out_grading_scheme_is_not_the_patients = grid_test(
    scheme_cells, lambda row: (row["ki67_low"], row["ki67_high"], row["grade"]), "ki67_low", "ki67_high", "grade")


MITOTIC_SCHEMES = ["(G1: <2 mitoses/10 HPF; G2: 2-20 mitoses/10 HPF; G3: >20 mitoses/10 HPF)",
                   "(G1, <2 mitoses per 10 HPF; G2, 2-20 mitoses per 10 HPF)"]


def mitotic_scheme_cells():
    for s in MITOTIC_SCHEMES:
        yield CASE.format(OPENING + f"The tumour was graded by the mitotic count {s}."), (None, None)
        yield CASE.format(OPENING + f"The tumour was graded by the mitotic count {s}. It showed 4 mitoses per 10 HPF."), (
            "4", "10 HPF")


test_grid_a_written_out_mitotic_scheme_is_not_the_patients = grid_test(
    mitotic_scheme_cells, lambda row: (row["mitoses_high"], row["mitoses_per"]),
    "mitoses_low", "mitoses_high", "mitoses_per")


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_another_stains_index_after_the_keyword_is_not_ki67(run):
    """'Ki-67 staining was done, and the p53 labelling index was 8%': another stain named between."""
    cells = [(CASE.format(OPENING + f"Ki-67 staining was done. The {w} labelling index was 8%."), (None, None))
             for w in ("p53", "cytokeratin", "chromogranin")]
    cells += [(CASE.format(OPENING + "Ki-67 staining was done. The labelling index was 8%."), ("8", "8"))]
    assert_grid(run, cells, lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)


# --- a size told right after the operation is the resected specimen's ---------------------------------------
# 'CT showed a 3 cm mass in the pancreatic tail. Distal pancreatectomy was performed. The tumour measured 3.5 x
# 2.5 cm.': the narrative's size after the operation is the specimen's and wins over the imaging one, in the
# next sentence or later in the operation's own sentence; a size whose sentence names an imaging study
# (follow-up CT) is not; an operation in another paragraph does not reach.
IMAGING_FIRST = ["CT showed a 30 mm mass in the pancreatic tail.", "Endoscopic ultrasound revealed a 30 mm lesion in the pancreatic tail."]
OPERATIONS = ["Distal pancreatectomy was performed.", "She underwent a laparoscopic resection of the tail.",
              "The lesion was enucleated.", "The tumour was removed surgically."]
AFTER = [("The tumour measured 35 x 25 mm.", "35 x 25"), ("The lesion was 3.5 cm in diameter and well demarcated.", "35"),
         ("The tumor was 36 mm, firm and yellow.", "36"),
         ("Follow-up CT showed the residual tumour measured 40 mm.", "30")]


def operation_cells():
    for first, op, (after, want) in itertools.product(IMAGING_FIRST, OPERATIONS, AFTER):
        yield CASE.format(OPENING + f"{first} {op} {after}"), want
        if want != "30":  # in another paragraph the operation does not reach: the first imaging size stays
            yield CASE.format(OPENING + f"{first} {op}\n{after}"), "30"
    yield CASE.format(OPENING + "CT showed a 25 mm pancreatic mass. Enucleation was performed, and the tumour "
                                "measured 22 mm."), "22"


test_grid_a_size_after_the_operation_is_the_specimens = grid_test(
    operation_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- a size of a tumour of another kind ----------------------------------------------------------------------
# 'A 4 cm adenocarcinoma of the ascending colon was found, with an incidental 5 mm NET of the appendix': the
# size whose own phrase names another tumour is that tumour's. A mass only suspected to be one stays the mass's.
OTHER = [("a 40 mm {t}", "40"), ("an {t} measuring 40 mm", "40"), ("an {t} of 40 mm", "40"), ("a 4-cm {t}", "40")]
OTHER_FRAMES = ["The resected colon held {o} and a 6 mm neuroendocrine tumour of the appendix.",
                "Gastrectomy showed {o} in the antrum, and a 6 mm NET in the fundus."]
OTHER_KINDS = ["adenocarcinoma", "adenoma", "GIST", "lymphoma"]


def other_tumour_cells():
    for (phrase, _), frame, kind in itertools.product(OTHER, OTHER_FRAMES, OTHER_KINDS):
        o = phrase.format(t=kind).replace("an GIST", "a GIST").replace("an lymphoma", "a lymphoma")
        yield CASE.format(OPENING + frame.format(o=o)), "6"
    for frame in OTHER_FRAMES:  # a mass suspected to be another tumour stays the mass's
        yield CASE.format(OPENING + frame.format(o="a 40 mm mass suspicious for adenocarcinoma")), "40"


test_grid_a_size_of_another_kind_of_tumour_is_not_the_nets = grid_test(
    other_tumour_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")
