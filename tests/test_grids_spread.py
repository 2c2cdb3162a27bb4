"""Grids of metastasis wordings found by probing the commonest phrasings of case reports (session r4):
spread and involvement of a distant organ, a surveillance plan or a search that names no finding, and a
population percentage ('in 10% of cases').

Each grid crosses the parts of one shape and pairs every absence with a presence in the same frame, so it
fails when the metastasis extractor finds nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

TUMOURS = ["an ileal NET", "a pancreatic neuroendocrine tumour", "a rectal carcinoid", "a small cell carcinoma of the lung"]


def _sites(row) -> tuple:
    return row["metastasis"], tuple(row["metastasis_sites"])


# --- spread to, and involvement of, a distant organ --------------------------------------------------------
# 'spread' and 'involvement' say a tumour reached the organ after them ('spread to the liver', 'involvement
# of the peritoneum') or before them ('hepatic involvement'): a metastasis, as a recurrence in a distant
# organ is. Not without a distant organ (spread into the fat, involvement of the muscularis), not when
# negated, and not in a sentence naming no tumour (a rash's skin involvement, an infection's spread).
SPREAD = [("{t} that had spread to the liver", ("liver",)),
          ("{t} which had spread to the liver and bones", ("liver", "bone")),
          ("{t} with spread to the peritoneum", ("peritoneum",)),
          ("{t} with hepatic involvement", ("liver",)),
          ("{t} with liver involvement", ("liver",)),
          ("{t} with involvement of the liver and the adrenal glands", ("liver", "adrenal")),
          ("{t} with bone marrow involvement", ("bone marrow",))]
LOCAL = ["{t} that had spread into the surrounding fat", "{t} with involvement of the muscularis propria",
         "{t} without spread to the liver", "{t} with no hepatic involvement"]
OPENINGS = ["A 61-year-old man was diagnosed with {}.", "Imaging showed {}.", "The patient had {}."]


def spread_cells():
    for (phrase, sites), t, opening in itertools.product(SPREAD, TUMOURS, OPENINGS):
        yield CASE.format(opening.format(phrase.format(t=t))), ("yes", sites)
    for phrase, t, opening in itertools.product(LOCAL, TUMOURS, OPENINGS):
        yield CASE.format(opening.format(phrase.format(t=t))), ("unknown", ())
    # no tumour in the sentence: a rash, an infection
    yield CASE.format("A 61-year-old man had an ileal NET. He also had a drug rash with skin involvement."), \
        ("unknown", ())
    yield CASE.format("A 61-year-old man had an ileal NET. Pneumonia had spread to the lungs."), ("unknown", ())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_spread_to_or_involvement_of_a_distant_organ(run):
    assert_grid(run, spread_cells(), lambda row, want: _sites(row) == want)


# --- a search or a surveillance plan names no finding ------------------------------------------------------
# 'CT every six months to detect metastases', 'surveillance for liver metastases': what is looked for is not
# found. A reporting verb after the search ends it: what the scan showed is a finding.
SEARCHES = ["CT was repeated every six months to detect {m}.", "Surveillance for {m} was planned.",
            "She was screened for {m} with MRI.", "A PET scan was obtained in search of {m}.",
            "Imaging to assess for {m} was arranged.", "Annual imaging was advised to monitor for {m}.",
            "CT for the detection of {m} was scheduled.", "She is monitored for {m} every year.",
            "A PET scan was done to look for {m}."]
SEARCHED = ["metastases", "liver metastases", "metastatic disease", "distant metastasis"]
FOUND = [("A PET scan done to look for metastases {v} liver metastases.", ("liver",)),
         ("CT performed in search of metastases {v} bone metastases.", ("bone",)),
         ("MRI to detect metastatic disease {v} multiple liver metastases.", ("liver",))]
VERBS = ["showed", "revealed", "demonstrated", "found", "detected", "identified", "confirmed", "disclosed"]


def search_cells():
    opening = "A 49-year-old woman had a duodenal NET resected. "
    for frame, m in itertools.product(SEARCHES, SEARCHED):
        yield CASE.format(opening + frame.format(m=m)), ("unknown", ())
    for (frame, sites), v in itertools.product(FOUND, VERBS):
        yield CASE.format(opening + frame.format(v=v)), ("yes", sites)


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_a_search_is_no_finding_until_a_reporting_verb(run):
    assert_grid(run, search_cells(), lambda row, want: _sites(row) == want)


# --- a population percentage of cases ----------------------------------------------------------------------
POPULATION = ["Cardiac involvement by metastases occurs in 4% of cases.",
              "Liver metastases are found in 40% of these cases.",
              "Bone metastases were present in 12% of cases."]


def population_cells():
    opening = "A 55-year-old man had an ileal NET resected. "
    for sentence in POPULATION:
        yield CASE.format(opening + sentence), ("unknown", ())
        yield CASE.format(opening + sentence + " Our patient had lung metastases."), ("yes", ("lung",))


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_a_percentage_of_cases_is_other_patients(run):
    assert_grid(run, population_cells(), lambda row, want: _sites(row) == want)
