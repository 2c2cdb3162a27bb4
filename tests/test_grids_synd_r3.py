"""Grids of the third round on the real reports (r3-synd): mitotic counts, tumour classes and syndromes.

Each grid crosses the parts a published report combines and pairs every absence with a presence, so it
fails when its extractor finds nothing (tests/test_null_extractors.py). Every sentence is written here.

- A mitotic count given as a bound in any of the words pathology uses for one ('higher than 20',
  'at most 2', 'did not exceed 2'): the same comparison words the Ki-67 index already reads.
- A large cell neuroendocrine carcinoma with its organ inside the phrase ('large cell neuroendocrine lung
  carcinoma') is a NEC, as 'small cell oesophageal carcinoma' is.
- A syndrome named by the short form the report defines right after its name ('ectopic Cushing syndrome
  (ECS)' in the introduction, 'consistent with ECS' in the case).
- A MiNEN stated by its parts ('a small cell carcinoma intermixed with an adenocarcinoma').
- A title in Title Case, found by its ending ('...: A Case Report'), names the patient's syndrome.
- A finding the case 'revealed' is the patient's even when a present tense describes it ('revealed a NEC,
  the cells of which are arranged in nests'): 'revealed' anchors a clause as 'was' does (generic statements).
"""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

BOUNDS = {  # the words of a bound -> (low, high) of a count of 2 (upper bound) or 20 (lower bound)
    "higher than 20": ("20", None), "at least 20": ("20", None), "no less than 20": ("20", None),
    "more than 20": ("20", None), "lower than 2": (None, "2"), "under 2": (None, "2"), "at most 2": (None, "2"),
    "no more than 2": (None, "2"), "not more than 2": (None, "2"), "less than 2": (None, "2"), "3": ("3", "3"),
}
BOUND_FRAMES = [
    "The resected tumour showed {v} mitoses per 10 HPF.",
    "Its mitotic index was {v} per 10 high-power fields.",
    "Mitotic count: {v}/2 mm2.",
    "The carcinoma component had a mitotic rate {v} mitoses per 10 high power fields.",
]
VERB_BOUNDS = {"did not exceed": (None, "2"), "does not exceed": (None, "2"), "was": ("2", "2")}
VERB_FRAMES = ["The mitotic count {v} 2 per 10 HPF.", "In the resected specimen the mitotic rate {v} 2 per 2 mm2."]


def bound_cells():
    for (value, pair), frame in itertools.product(BOUNDS.items(), BOUND_FRAMES):
        per = "2 mm2" if "mm2" in frame else "10 HPF"
        yield CASE.format(frame.format(v=value)), (*pair, per)
    for (verb, pair), frame in itertools.product(VERB_BOUNDS.items(), VERB_FRAMES):
        per = "2 mm2" if "mm2" in frame else "10 HPF"
        yield CASE.format(frame.format(v=verb)), (*pair, per)


@pytest.mark.fields("mitoses_low", "mitoses_high", "mitoses_per")
def test_grid_mitotic_count_given_as_a_bound(run):
    assert_grid(run, bound_cells(),
                lambda row, e: (row["mitoses_low"], row["mitoses_high"], row["mitoses_per"]) == e)


# --- a large cell neuroendocrine carcinoma with its organ inside the phrase --------------------------------
LCNEC_ORGANS = ["lung", "pulmonary", "cervical", "gastric", "bladder", "colonic"]
LCNEC_FRAMES = [
    "Pathology of the resected specimen showed a large cell neuroendocrine {o} carcinoma.",
    "Eight years earlier she had a large-cell neuroendocrine {o} carcinoma removed by surgery.",
    "The final diagnosis was large cell neuroendocrine {o} carcinoma, stage IIIA.",
]
NOT_LCNEC = "Pathology showed a large cell {o} carcinoma without neuroendocrine features."


def lcnec_cells():
    for organ, frame in itertools.product(LCNEC_ORGANS, LCNEC_FRAMES):
        yield CASE.format(frame.format(o=organ)), "NEC"
    for organ in LCNEC_ORGANS:  # a large cell carcinoma with no neuroendocrine word is no class of ours
        yield CASE.format(NOT_LCNEC.format(o=organ)), None


@pytest.mark.fields("histology")
def test_grid_large_cell_neuroendocrine_carcinoma_with_its_organ_inside(run):
    assert_grid(run, lcnec_cells(), lambda row, e: row["histology"] == e)


# --- a syndrome named by the short form the report defines for it -----------------------------------------
SHORT_FORMS = [  # the definition (in the introduction), its short form, the column and its value
    ("Zollinger-Ellison syndrome (ZES)", "ZES", "functional_syndrome", "gastrinoma"),
    ("Ectopic Cushing syndrome (ECS)", "ECS", "functional_syndrome", "ectopic ACTH"),
    ("Ectopic ACTH syndrome (EAS)", "EAS", "functional_syndrome", "ectopic ACTH"),
    ("Humoral hypercalcaemia of malignancy (HHM)", "HHM", "functional_syndrome", "PTHrP"),
    ("Wermer syndrome (WS)", "WS", "hereditary_syndrome", "MEN1"),
]
HORMONE_SHORT_FORMS = [("growth hormone-releasing hormone", "GHRH"), ("adrenocorticotropic hormone", "ACTH"),
                       ("corticotropin", "ACTH")]
SHORT_STATED = ["His presentation was consistent with {s}.", "A diagnosis of {s} was made.",
                "Work-up confirmed {s} due to a duodenal tumour."]
SHORT_NOT_STATED = ["{s} was excluded by the work-up.", "He was well and went home."]
SHORT_REPORT = "Introduction\n{d} is rare in adults.\n\nCase presentation\nA 49-year-old man was admitted. {c}\n"


def short_form_cells():
    for (definition, short, column, value), frame in itertools.product(SHORT_FORMS, SHORT_STATED + SHORT_NOT_STATED):
        yield SHORT_REPORT.format(d=definition, c=frame.format(s=short)), (column, [value] if frame in SHORT_STATED else [])
    for hormone, short in HORMONE_SHORT_FORMS:  # a hormone's own short form is a level, not the syndrome
        definition = f"Ectopic {hormone} ({short}) secretion"
        yield SHORT_REPORT.format(d=definition, c=f"His serum {short} level was normal."), ("functional_syndrome", [])


@pytest.mark.fields("functional_syndrome", "hereditary_syndrome")
def test_grid_syndrome_named_by_its_defined_short_form(run):
    assert_grid(run, short_form_cells(), lambda row, e: sorted(row[e[0]] or []) == e[1])


# --- a mixed neoplasm stated by its parts ----------------------------------------------------------------
NE_PARTS = {"large cell neuroendocrine carcinoma": "NEC", "small cell carcinoma": "NEC", "NEC": "NEC",
            "neuroendocrine carcinoma": "NEC", "well-differentiated neuroendocrine tumour": "NET"}
OTHER_PARTS = ["adenocarcinoma", "squamous cell carcinoma", "acinar cell carcinoma"]
MIXED_FRAMES = [
    "Biopsy of the cervix showed a {ne} admixed with foci of {o}.",
    "The resected tumour was a {ne} intermixed with a moderately differentiated {o}.",
    "Histology revealed a mixed neoplasm of {o} and {ne}.",
    "The specimen showed an {o} with a {ne} component.",
    "Histopathology showed coexisting {o} and {ne} components.",
]
APART_FRAMES = [  # no mixing word, or the other carcinoma denied: the class phrase decides
    "The resected tumour was a {ne}; no {o} component was identified.",
    "A {ne} of the appendix was resected; a synchronous {o} of the sigmoid colon was found.",
    "Immunostains confirmed the {ne} after a metastatic {o} had been considered.",
]


def mixed_cells():
    for (ne, cls), other in itertools.product(NE_PARTS.items(), OTHER_PARTS):
        for frame in MIXED_FRAMES:
            yield CASE.format(frame.format(ne=ne, o=other)), "MiNEN"
        for frame in APART_FRAMES:
            yield CASE.format(frame.format(ne=ne, o=other)), cls


@pytest.mark.fields("histology")
def test_grid_mixed_neoplasm_stated_by_its_parts(run):
    assert_grid(run, mixed_cells(), lambda row, e: row["histology"] == e)


# --- a Title Case title ending in 'case report' ------------------------------------------------------------
TITLE_CASE_TITLES = {"Ectopic Cushing's Syndrome From A Bronchial Carcinoid": "ectopic ACTH",
                     "Zollinger-Ellison Syndrome In A Young Man": "gastrinoma",
                     "Insulinoma Presenting As Epilepsy": "insulinoma",
                     "Carcinoid Syndrome With Right Heart Failure": "carcinoid syndrome"}
TITLE_ENDINGS = ["A Case Report", "Case Report", "Report Of A Case", "A Case Report And Brief Review",
                 "Case Report And Literature Review", "A Case Series"]
TITLE_SEPARATORS = [": ", " - ", " \u2013 "]
TITLE_BODY = "Jump to content\n\n{t}\n\nRecommended posts\n\n" + CASE.format(
    "A 54-year-old woman was admitted with recurrent episodes of confusion.")


def title_case_cells():
    for (title, value), ending, sep in itertools.product(TITLE_CASE_TITLES.items(), TITLE_ENDINGS, TITLE_SEPARATORS):
        yield TITLE_BODY.format(t=f"{title}{sep}{ending}"), [value]
    for ending in TITLE_ENDINGS:  # a plural names the class, not this patient's tumour
        yield TITLE_BODY.format(t=f"Insulinomas In Children: {ending}"), []


@pytest.mark.fields("functional_syndrome")
def test_grid_title_case_title_ending_in_case_report(run):
    assert_grid(run, title_case_cells(), lambda row, e: sorted(row["functional_syndrome"] or []) == e)


# --- a finding 'revealed' in the past is the patient's, whatever present tense describes it ----------------
FOUND_CLASSES = {"neuroendocrine carcinoma": "NEC", "NEC": "NEC", "small cell carcinoma": "NEC",
                 "well-differentiated neuroendocrine tumour": "NET", "atypical carcinoid": "NET"}
FOUND_FRAMES = ["The resected specimen revealed a {p}, the cells of which are arranged in nests.",
                "The biopsy revealed a {p} whose cells are small and round."]
CLASS_TALK = "A {p} is a tumour whose cells are arranged in nests."  # a general statement: no class of ours


def revealed_cells():
    for (phrase, cls), frame in itertools.product(FOUND_CLASSES.items(), FOUND_FRAMES):
        yield CASE.format(frame.format(p=phrase)), cls
    for phrase in FOUND_CLASSES:
        yield CASE.format(CLASS_TALK.format(p=phrase)), None


@pytest.mark.fields("histology")
def test_grid_a_revealed_finding_is_no_general_statement(run):
    assert_grid(run, revealed_cells(), lambda row, e: row["histology"] == e)
