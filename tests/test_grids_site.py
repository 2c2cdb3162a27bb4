"""Grids of the primary site, the tumour size, Ki-67 and the grade (session h23, helper `site`).

Same method as tests/test_grids.py (whose `assert_grid` and `CASE` they reuse): the parts real reports
combine are crossed, and every cell must give the right row. The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- a metastasis presented as the index lesion -------------------------------------------------------------
# 'metastatic NET in the breast': the organ after a metastasis-qualified tumour noun and a deposit
# preposition holds a deposit; the primary is the organ the report calls the origin or the primary.
DEPOSITS = {"breast": "breast", "left breast": "breast", "ovary": "ovary", "right ovary": "ovary", "skin": "skin"}
METASTATIC_NOUNS = ["metastatic NET", "metastatic well-differentiated neuroendocrine tumour",
                    "metastatic carcinoid", "metastatic low-grade neuroendocrine tumor", "metastatic NEN"]
DEPOSIT_FRAMES = ["A 58-year-old woman was found to have a {np} in the {organ}.",
                  "Biopsy confirmed a {np} within the {organ} of a 58-year-old woman.",
                  "A 58-year-old woman underwent excision of a {np} in her {organ}."]
ORIGINS = {"Staging showed it was of ileal origin.": "ileum",
           "Further work-up found the primary, a jejunal NET.": "jejunum",
           "Work-up then revealed a primary pancreatic NET.": "pancreas",
           "Imaging showed primary small bowel multifocal NETs.": "small intestine",
           "The pathologists judged the tumour to be of pancreatic origin.": "pancreas"}


def deposit_cells():
    for (organ, _), noun, frame in itertools.product(DEPOSITS.items(), METASTATIC_NOUNS, DEPOSIT_FRAMES):
        first = frame.format(np=noun, organ=organ)
        for origin, site in ORIGINS.items():
            yield CASE.format(f"{first} {origin}"), site
        yield CASE.format(first), None  # a deposit alone names no primary
    for (organ, site), frame in itertools.product(DEPOSITS.items(), DEPOSIT_FRAMES):  # no metastasis word
        yield CASE.format(frame.format(np="well-differentiated NET", organ=organ)), site


@pytest.mark.fields("primary_site")
def test_grid_a_metastasis_presented_first_leaves_the_primary_to_its_origin(run):
    assert_grid(run, deposit_cells(), lambda row, site: row["primary_site"] == site)
