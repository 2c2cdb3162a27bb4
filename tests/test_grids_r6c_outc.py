"""Grids of the sixth round's second outcome pass (r6c-outc), from its own-words recall probe: the
status abbreviations of a follow-up line ('Follow-up: 24 months, NED', 'at 18 months the patient was
AWD', 'DOD at 11 months') and 'dead of disease' say a status as their spelt-out forms do, but only
in a follow-up clause, never as a statistic ('NED rates'); 'alive without disease' is free of disease,
not a bare 'alive'; an 'uneventful follow-up' says she is well. The sentences are our own; each grid
pairs an absence with a presence, so it fails when the outcome extractor finds nothing
(tests/test_null_extractors.py)."""
from __future__ import annotations

from test_grids import CASE, framed_cells, grid_test, told_cells
from test_grids_r5_outc import NO_DISEASE, NO_STATUS, OPENING, status_and_months

# --- abbreviations of a follow-up line ---------------------------------------------------------------------------
ABBREVIATIONS = {"NED": NO_DISEASE, "AWD": "alive with disease", "DOD": "died of disease"}
FRAMES = ["Follow-up: 24 months, {}.",
          "Outcome: {} at 24 months.",
          "At 24 months the patient was {}.",
          "Status at the last follow-up, 24 months after surgery: {}.",
          "The patient was {} two years after surgery."]
SPELT = [("She was dead of disease 24 months after the resection.", "died of disease"),
         ("He was dead of the disease two years after diagnosis.", "died of disease"),
         ("She was dead of other causes 24 months after surgery.", "died of other cause"),
         ("The patient is alive without disease 24 months after surgery.", NO_DISEASE),
         ("He is alive without recurrence two years after the operation.", NO_DISEASE),
         ("She remains free from disease 24 months after surgery.", NO_DISEASE),
         ("Two years after the operation he is free from tumour.", NO_DISEASE)]
NOT_A_STATUS = ["NED rates after resection of small tumours exceed 80%.",
                "The resection margins were free from tumour.",
                "The abbreviations NED and AWD are used in the table.",
                "The abbreviation DOD stands for dead of disease."]


def abbreviation_cells():
    yield from framed_cells(OPENING, FRAMES, {word: (status, 24) for word, status in ABBREVIATIONS.items()})
    yield from told_cells(OPENING, {text: (status, 24) for text, status in SPELT},
                          dict.fromkeys(NOT_A_STATUS, NO_STATUS))


test_grid_status_abbreviations_of_a_follow_up_line = grid_test(
    abbreviation_cells, status_and_months, "outcome", "follow_up_months")


# --- an uneventful follow-up ---------------------------------------------------------------------------------------
UNEVENTFUL = ["She had an uneventful follow-up of 2 years.",
              "Her follow-up was uneventful for 2 years.",
              "Over 2 years, his follow-up has been uneventful.",
              "The follow-up period was uneventful, 2 years after surgery.",
              "Two years after the operation, the follow-up remained uneventful."]
HOSPITAL = ["The postoperative course was uneventful.",
            "Her recovery was uneventful, and she went home on day 5."]


def uneventful_cells():
    return told_cells(OPENING, dict.fromkeys(UNEVENTFUL, ("alive", 24)), dict.fromkeys(HOSPITAL, NO_STATUS))


test_grid_an_uneventful_follow_up_says_alive = grid_test(
    uneventful_cells, status_and_months, "outcome", "follow_up_months")


# --- the conclusion names the patient by a pronoun ---------------------------------------------------------------
STORY = "A 58-year-old man had an ileal NET resected.\n\nDiscussion\nIleal NETs are often multifocal.\n\n"
HEADERS = ["Conclusion", "Conclusions"]
OWN_COURSE = [("Two years after the resection, he has no recurrence.", NO_DISEASE, 24),
              ("He remains free of disease 24 months after surgery.", NO_DISEASE, 24),
              ("He is alive with stable liver metastases two years after diagnosis.", "alive with disease", 24),
              ("He died of progressive disease two years after diagnosis.", "died of disease", 24),
              ("He is doing well at 24 months of follow-up.", "alive", 24),
              ("Two years after the excision, his gastrin is normal and imaging shows no recurrence.", NO_DISEASE, 24)]
NOT_OWN = ["Lee et al. described a man who died of liver metastases; he had no surgery.",
           "Such tumours may recur late, and a patient should be followed for 10 years."]


def conclusion_cells():
    under_headers = [header + "\n{}" for header in HEADERS]
    yield from framed_cells(STORY, under_headers, {text: (status, months) for text, status, months in OWN_COURSE})
    yield from framed_cells(STORY, under_headers, dict.fromkeys(NOT_OWN, NO_STATUS))
    for text, _status, _months in OWN_COURSE:  # in the discussion a pronoun stays nobody's
        yield CASE.format(STORY.replace("multifocal.", "multifocal. " + text)), NO_STATUS


test_grid_the_conclusions_pronoun_is_the_patient = grid_test(
    conclusion_cells, status_and_months, "outcome", "follow_up_months")


# --- 'no evidence of local recurrence' (a pseudo-cue of the context rules) ---------------------------------------
LOCAL = [("A surveillance CT at 24 months showed no evidence of local recurrence.", NO_DISEASE),
         ("Two years after surgery there was no evidence of local recurrence or distant metastasis.", NO_DISEASE),
         ("At 24 months, MRI showed no evidence of local recurrence and no liver metastases.", NO_DISEASE),
         ("At 24 months, MRI showed no evidence of local recurrence, but new liver metastases.", "alive with disease")]


def local_recurrence_cells():
    return told_cells(OPENING, {text: (status, 24) for text, status in LOCAL},
                      {"Local recurrence is rare after a complete resection.": NO_STATUS})


test_grid_no_evidence_of_local_recurrence = grid_test(
    local_recurrence_cells, status_and_months, "outcome", "follow_up_months")
