"""Grids of the seventh round's first helper (r7a: treatments, outcome, follow-up, metastasis and its sites,
syndromes), from the round's new study reports: where the case starts in an introduction or under a label
the splitter does not know, a keyword list flattened into the abstract, drugs joined by hyphens, the organ
named before its examination, a lesion list of every kind, two durations with no 'and', a relative clause
that goes on to the operation, and a clause spliced on with a comma.

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds
nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test

# --- the organ named before its examination ---------------------------------------------------------------------------
# pipeline/extractors/metastasis_sites.py _imaged_organ (r7a): 'brain CT revealed multiple metastases' names the brain
# as 'CT of the brain revealed' does; an examination of no organ ('chest CT') names none, and a denied finding none.
ORGANS = {"Brain": "brain", "Liver": "liver", "Bone": "bone", "A brain": "brain", "The liver": "liver"}
EXAMS = ["CT", "MRI", "scan", "ultrasound"]
VERBS = ["revealed multiple metastases", "showed two metastatic lesions", "demonstrated metastatic deposits"]


def imaged_organ_cells():
    opening = "A 54-year-old man had a laryngeal NEC. Eight months later "
    for (organ, site), exam, verb in itertools.product(ORGANS.items(), EXAMS, VERBS):
        yield CASE.format(f"{opening}{organ.lower()} {exam} {verb}."), ("yes", [site])
    for exam, verb in itertools.product(EXAMS, VERBS):
        yield CASE.format(f"{opening}chest {exam} {verb}."), ("yes", [])
    for organ, exam in itertools.product(["brain", "liver"], EXAMS):
        # a denial that names its organ denies that organ only (as 'MRI of the brain revealed no metastases')
        yield CASE.format(f"{opening}{organ} {exam} revealed no metastases."), ("unknown", [])


test_grid_an_organ_before_its_examination_is_the_metastasis_site = grid_test(
    imaged_organ_cells, lambda row: (row["metastasis"], row["metastasis_sites"]), "metastasis", "metastasis_sites")

# --- a lesion list of every kind --------------------------------------------------------------------------------------
# pipeline/extractors/metastasis_choice.py listed_with_other_organs (r7a): lesions in distant organs listed with an
# organ that is neither distant, nor the nodes, nor the primary's ('lesions in the heart, the spine, the duodenum and
# the colon' of a tumour of unknown primary) are findings of every kind, no metastasis named; listed with the
# primary's organ, or alone, the distant ones stay metastases.
UNKNOWN = "A 35-year-old man had liver metastases of a neuroendocrine carcinoma of unknown primary. "
ILEAL = "A 35-year-old man had an ileal NET with liver metastases. "
SCANS = ["A somatostatin receptor scan showed lesions in {}.", "PET/CT revealed further lesions in {}."]
MIXED = ["the heart, the thoracic spine, the duodenum and the colon", "the lungs, the stomach and the rectum"]
DISTANT = {"the heart and the thoracic spine": ["liver", "heart", "bone"],
           "the lungs and the spine": ["liver", "lung", "bone"]}
WITH_PRIMARY = {"the ileum and the lungs": ["liver", "lung"], "the terminal ileum and both lungs": ["liver", "lung"]}


def lesion_list_cells():
    for scan, listed in itertools.product(SCANS, MIXED):
        yield CASE.format(UNKNOWN + scan.format(listed)), ["liver"]
    for scan, (listed, sites) in itertools.product(SCANS, DISTANT.items()):
        yield CASE.format(UNKNOWN + scan.format(listed)), sites
    for scan, (listed, sites) in itertools.product(SCANS, WITH_PRIMARY.items()):
        yield CASE.format(ILEAL + scan.format(listed)), sites


test_grid_a_lesion_list_of_every_kind_names_no_metastasis = grid_test(
    lesion_list_cells, lambda row: row["metastasis_sites"], "metastasis_sites")
