"""Grids of the follow-up wordings of the third round (h24): deaths told by their date ('death 7 months
after surgery', 'survived only three months'), spellings of the last status ('reoccurrence', 'currently
well') and time points counted from the operation or the diagnosis. Own words throughout; each grid
pairs what must be found with what must not, so it fails when the outcome extractor finds nothing
(tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

import pytest

from test_grids import CASE, assert_grid


def _row(row) -> tuple:
    return row["outcome"], row["follow_up_months"]


# --- a death told by its date ---------------------------------------------------------------------------
# 'death' and 'survived' are a death when a duration follows them (next to them or one word on); the
# noun alone is the literature's ('the risk of death'), and 'has survived' is a patient still alive.
DATED_DEATHS = ["with death {d} after surgery", "and death {d} postoperatively", "until her death {d} later",
                "and she survived {d} after diagnosis", "and she survived only {d} after the operation",
                "and she survived for {d} after diagnosis"]
DEATH_SPANS = [("8 months", "8"), ("two years", "24"), ("eleven weeks", "2.8"), ("a year and a half", "18")]
DEATH_OPENINGS = ["A 66-year-old woman had a small-cell carcinoma of the lung treated with chemotherapy, {e}.",
                  "The ileal NET was resected; liver metastases appeared, {e}."]
NO_DEATHS = ["The risk of death is high in patients with such tumours.",
             "Death from carcinoid crisis has been described during surgery.",
             "She has survived 12 years since the resection of her ileal NET.",
             "She survived the operation without complications."]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_death_told_by_its_date(run):
    cells = [(CASE.format(opening.format(e=event.format(d=d))), ("died", months))
             for event, (d, months), opening in itertools.product(DATED_DEATHS, DEATH_SPANS, DEATH_OPENINGS)]
    cells += [(CASE.format(f"A 66-year-old woman had an ileal NET resected. {text}"), (None, None)) for text in NO_DEATHS]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- spellings of the last status and time points from the operation or the diagnosis ---------------
# 'reoccurrence' is 'recurrence' (denied, 'alive, no disease'); 'currently well' and 'still well' say
# the patient is alive; 'N months postoperatively' and 'N months after (the) diagnosis' are time points.
SPELLINGS = [("Two years after surgery there was no sign of reoccurrence.", "alive, no disease", "24"),
             ("She remains free of reoccurrence at 3 years.", "alive, no disease", "36"),
             ("At the 2-year follow-up she was healthy without reoccurrence.", "alive, no disease", "24"),
             ("Liver metastases were found; a reoccurrence appeared 2 years after surgery.", "alive with disease", "24"),
             ("The patient is currently well and is scheduled for a restaging scan.", "alive", None),
             ("She is still well and attends the clinic yearly.", "alive", None),
             ("She is currently well, 18 months after surgery.", "alive", "18"),
             ("Eighteen months postoperatively, she is free of disease.", "alive, no disease", "18"),
             ("Liver metastases appeared 9 months postoperatively.", "alive with disease", "9"),
             ("She is disease-free 30 months after diagnosis.", "alive, no disease", "30"),
             ("She remains disease-free. A CT 14 months after the diagnosis was clear.", "alive, no disease", "14"),
             ("She was well known to the ward.", None, None)]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_spellings_of_the_last_status(run):
    frames = ["A 59-year-old man had a rectal NET excised. {}", "{}"]
    cells = [(CASE.format(frame.format(text)), (value, months)) for (text, value, months), frame
             in itertools.product(SPELLINGS, frames)]
    assert_grid(run, cells, lambda row, want: _row(row) == want)
