"""Grids of the fifth round's second outcome pass (r5b-outc), from the new reports' shapes: a disease the
report calls controlled ('two years on, the disease remains well controlled') is still there; a death
from the treatment's harm ('multi-organ failure due to myelosuppression after chemotherapy') has another
cause; a cause named before the death word ('a tumour-related death') is its cause. The sentences are
our own; each grid pairs an absence with a presence, so it fails when the outcome extractor finds
nothing (tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test, told_cells
from test_grids_r5_outc import NO_DISEASE, NO_STATUS, OPENING, status_and_months

WITH = "alive with disease"

# --- a controlled disease is a disease still there ----------------------------------------------------------------
CONTROLLED = ["her disease remains well controlled", "the disease is well controlled on lanreotide",
              "his disease has remained under control", "the disease remains controlled with octreotide"]
TIMES = ["Two years after starting treatment, {}.", "At the 24-month follow-up {}."]
SYMPTOMS = ["her flushing remains well controlled", "the diarrhoea remained well controlled"]


def controlled_cells():
    yield from framed_cells(OPENING, TIMES, dict.fromkeys(CONTROLLED, (WITH, 24)))
    yield from framed_cells(OPENING, TIMES, dict.fromkeys(SYMPTOMS, ("alive", 24)))  # the symptoms: she is well
    for words in CONTROLLED:  # a general statement with no time word: no status
        yield CASE.format(f"In such tumours {words.replace('her ', '').replace('his ', '')}."), NO_STATUS


test_grid_a_controlled_disease_is_there = grid_test(controlled_cells, status_and_months, "outcome", "follow_up_months")


# --- a death from the treatment's harm; a cause named before the death word -----------------------------------------
OTHER = ["He died of multiple organ failure caused by myelosuppression after the third cycle.",
         "She died of bone marrow suppression following chemotherapy.",
         "He died of treatment-related toxicity.",
         "She died a chemotherapy-related death 4 months after diagnosis."]
OWN = ["He suffered a tumour-related death 4 months after diagnosis.",
       "She had a cancer-related death 4 months after diagnosis.",
       "He died of multiple organ failure from progressive liver metastases."]
BARE = ["He died 4 months after diagnosis.", "She died of multiple organ failure."]
LITERATURE = ["Treatment-related death occurs in a minority of patients.",
              "The risk of a tumour-related death is high in this group."]


def cause_cells():
    return told_cells(OPENING, dict.fromkeys(OTHER, "died of other cause"), dict.fromkeys(OWN, "died of disease"),
                      dict.fromkeys(BARE, "died"), dict.fromkeys(LITERATURE, None))  # the last: no death of hers


test_grid_causes_of_death = grid_test(cause_cells, lambda row: row["outcome"], "outcome")


# --- a metastasis denied at a follow-up; two disease words under one 'no'; a biochemical remission -----------------
DENIED = ["the patient showed no evidence of metastasis", "CT showed no liver metastases",
          "there was no residual or recurrent disease", "there was no evidence of local or distant disease"]
AT = ["Over a 2-year follow-up after surgery, {}.", "Two years after the resection {}."]
NEW_ONLY = "Two years after the resection CT showed no new metastases."


def denied_metastasis_cells():
    yield from framed_cells(OPENING, AT, dict.fromkeys(DENIED, (NO_DISEASE, 24)))
    yield from told_cells(OPENING, {NEW_ONLY: NO_STATUS})  # the known ones remain: no status
    # a hormone level back to normal: she is well
    yield from framed_cells(OPENING, AT, {"she was in biochemical remission": ("alive", 24)})
    yield from framed_cells("", ["At diagnosis {}."], dict.fromkeys(DENIED[:2], NO_STATUS))  # at staging: no status


test_grid_denied_metastasis_at_follow_up = grid_test(
    denied_metastasis_cells, status_and_months, "outcome", "follow_up_months")


# --- a disease stated right before a dated 'alive' is still there at that date ------------------------------------
DISEASE = ["The tumour and the liver lesions showed a partial response after six cycles.",
           "Restaging a year later showed stable liver metastases."]
FREE = ["A CT scan at 6 months showed no recurrence."]
DATED_ALIVE = ["She is alive 18 months after diagnosis.", "He remains alive, 18 months after diagnosis."]


def dated_alive_cells():
    for disease, alive in itertools.product(DISEASE, DATED_ALIVE):
        yield CASE.format(f"{OPENING}{disease} {alive}"), (WITH, 18)
    for free, alive in itertools.product(FREE, DATED_ALIVE):  # freedom at an earlier scan says nothing later
        yield CASE.format(f"{OPENING}{free} {alive}"), ("alive", 18)
    yield from told_cells(OPENING, dict.fromkeys(DATED_ALIVE, ("alive", 18)))  # alone: 'alive'


test_grid_disease_before_a_dated_alive = grid_test(dated_alive_cells, status_and_months, "outcome", "follow_up_months")


# --- a 'without' phrase right after a disease found tells where the disease is not --------------------------------
FOUND = ["Two years after surgery he developed bone metastases {}.",
         "Two years after surgery CT showed liver metastases, {}."]
WITHOUT = ["without local recurrence", "without any evidence of recurrence", "without recurrence"]
FREE_ALONE = "Two years after surgery he was well, without recurrence."


def qualifier_cells():
    yield from framed_cells(OPENING, FOUND, dict.fromkeys(WITHOUT, (WITH, 24)))
    free = [FREE_ALONE, "The liver metastases were resected. Two years later he was without recurrence."]
    yield from told_cells(OPENING, dict.fromkeys(free, (NO_DISEASE, 24)))


test_grid_without_beside_a_disease_found = grid_test(qualifier_cells, status_and_months, "outcome", "follow_up_months")


# --- the index patient's own survival; a course that has been uneventful ------------------------------------------
OWN_SURVIVAL = ["The patient has had a disease-free survival of 30 months.", "Her recurrence-free survival is now 30 months.",
       "He had a disease-free survival of 30 months."]
STATISTIC = ["Patients treated this way have a disease-free survival of 30 months.",
             "The median disease-free survival in such series is 30 months."]
UNEVENTFUL = ["After adjuvant chemotherapy her course has been uneventful as of 30 months.",
              "Thirty months after surgery his recovery remains uneventful."]


def own_survival_cells():
    return told_cells(OPENING, dict.fromkeys(OWN_SURVIVAL, (NO_DISEASE, 30)), dict.fromkeys(STATISTIC, NO_STATUS),
                      dict.fromkeys(UNEVENTFUL, ("alive", 30)), {"The postoperative course was uneventful.": NO_STATUS})


test_grid_own_survival_and_uneventful_course = grid_test(
    own_survival_cells, status_and_months, "outcome", "follow_up_months")
