"""Grids of the sixth round's third follow-up pass (r6d-fu), from its own-words probe of how reports give
the length of follow-up: two durations joined by 'and' are one duration only when the second is in a
smaller unit ('1 year and 3 months' is 15); in the same unit or a larger one they are two time points,
and the follow-up is the later one ('at the 1-year and 2-year follow-up visits' is 24, not 36). The
sentences are our own; each grid pairs an absence with a presence, so it fails when the outcome
extractor finds nothing (tests/test_null_extractors.py)."""
from __future__ import annotations

import pytest
from test_grids import CASE, assert_grid
from test_grids_r5_outc import NO_DISEASE, OPENING, status_and_months

# --- two time points joined by 'and' -----------------------------------------------------------------------------
TWO_POINTS = ["No recurrence was seen at the 1-year and 2-year follow-up visits.",
              "Imaging at the 12-month and 24-month follow-up showed no recurrence.",
              "She was free of disease at 6 months and 24 months of follow-up.",
              "CT scans at one year and two years after surgery showed no recurrence.",
              "He remained disease-free at the 18-month and 24-month visits."]
ONE_DURATION = [("She remains free of disease 1 year and 6 months after surgery.", 18),
                ("No recurrence was seen 1 year and 3 months after the resection.", 15),
                ("He is disease-free at 2 years and 4 months of follow-up.", 28)]
NO_STATUS = ["Octreotide was given for 1 year and 6 months before the operation.",
             "The visits at 1 year and 2 years were planned."]


def two_point_cells():
    for text in TWO_POINTS:
        yield CASE.format(OPENING + text), (NO_DISEASE, 24)
    for text, months in ONE_DURATION:
        yield CASE.format(OPENING + text), (NO_DISEASE, months)
    for text in NO_STATUS:
        yield CASE.format(OPENING + text), (None, None)


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_two_time_points_joined_by_and_are_the_later_one(run):
    assert_grid(run, two_point_cells(), lambda row, want: status_and_months(row) == want)


# --- a follow-up told by years alone -----------------------------------------------------------------------------
YEAR_STORIES = [("The ileal NET was resected in 2015. In 2020 she is alive and disease-free.", NO_DISEASE, 60),
                ("In 2016 a pancreatic NET was enucleated. As of 2019, there is no recurrence.", NO_DISEASE, 36),
                ("She underwent a Whipple procedure in 2012. By 2018 she had died of liver failure due to metastases.",
                 "died of disease", 72),
                ("Liver metastases were found in March 2014. In 2017 he remains alive with stable disease.",
                 "alive with disease", 36),
                ("The rectal NET was removed in 2018; in 2021 a colonoscopy showed no recurrence.", NO_DISEASE, 36)]
NO_TIME = [("In 2018 she had a rectal NET removed, and she has no recurrence.", NO_DISEASE),
           ("Guidelines published in 2017 advise surveillance. She has no recurrence.", NO_DISEASE)]


def year_cells():
    for text, status, months in YEAR_STORIES:
        yield CASE.format(text), (status, months)
    for text, status in NO_TIME:
        yield CASE.format(text), (status, None)


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_follow_up_told_by_years_alone(run):
    assert_grid(run, year_cells(), lambda row, want: status_and_months(row) == want)


# --- a month by its number, and a hyphenated half --------------------------------------------------------------
NUMBERED = [("In 03/2018 she underwent a distal pancreatectomy. In 09/2020 she was free of recurrence.", NO_DISEASE, 30),
            ("The ileal NET was resected in 11/2016. She died of liver failure due to metastases in 5/2018.",
             "died of disease", 18),
            ("He was diagnosed in 01/2019; in 07/2021 he is alive with stable liver metastases.",
             "alive with disease", 30)]
HALVES = [("She is alive and well at one-and-a-half years.", "alive", 18),
          ("No recurrence was seen one-and-a-half years after surgery.", NO_DISEASE, 18),
          ("He is free of disease two-and-a-half years after the resection.", NO_DISEASE, 30)]
NOT_DATES = [("On 04/05/2019 she underwent a resection and she has no recurrence.", NO_DISEASE),
             ("The operation took one-and-a-half hours, and she has no recurrence.", NO_DISEASE)]


def numbered_cells():
    for text, status, months in NUMBERED + [(OPENING + t, s, m) for t, s, m in HALVES]:
        yield CASE.format(text), (status, months)
    for text, status in NOT_DATES:
        yield CASE.format(OPENING + text), (status, None)


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_month_by_its_number_and_a_hyphenated_half(run):
    assert_grid(run, numbered_cells(), lambda row, want: status_and_months(row) == want)
