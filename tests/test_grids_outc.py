"""Grids of the follow-up wordings of the third round (h24): deaths told by their date ('death 7 months
after surgery', 'survived only three months'), spellings of the last status ('reoccurrence', 'currently
well') and time points counted from the operation or the diagnosis. Own words throughout; each grid
pairs what must be found with what must not, so it fails when the outcome extractor finds nothing
(tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

import pytest

from test_grids import CASE, assert_grid
from test_grids_outcome import _row, table_cells



# --- a death told by its date ---------------------------------------------------------------------------
# 'death' and 'survived' are a death when a duration follows them (next to them or one word on); the
# noun alone is the literature's ('the risk of death'), and 'has survived' is a patient still alive.
DATED_DEATHS = ["with death {d} after surgery", "and death {d} postoperatively", "until her death {d} later",
                "and she survived {d} after diagnosis", "and she survived only {d} after the operation",
                "and she survived for {d} after diagnosis"]
DEATH_SPANS = [("8 months", "8"), ("two years", "24"), ("eleven weeks", "2.75"), ("a year and a half", "18")]
DEATH_OPENINGS = ["A 66-year-old woman had a small-cell carcinoma of the lung treated with chemotherapy, {e}.",
                  "The ileal NET was resected; liver metastases appeared, {e}."]
NO_DEATHS = ["The risk of death is high in patients with such tumours.",
             "Death from carcinoid crisis has been described during surgery.",
             "She survived the operation without complications."]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_death_told_by_its_date(run):
    cells = [(CASE.format(opening.format(e=event.format(d=d))), ("died", months))
             for event, (d, months), opening in itertools.product(DATED_DEATHS, DEATH_SPANS, DEATH_OPENINGS)]
    cells += [(CASE.format(f"A 66-year-old woman had an ileal NET resected. {text}"), (None, None)) for text in NO_DEATHS]
    # (r5-outc) 'has survived' is a patient still alive: no death, and since r5 her life to date ('alive')
    cells.append((CASE.format("A 66-year-old woman had an ileal NET resected. She has survived 12 years since the "
                              "resection of her ileal NET."), ("alive", "144")))
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
    cells = table_cells(SPELLINGS, "A 59-year-old man had a rectal NET excised.")
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a growth denied together with the disease ------------------------------------------------------------
# 'free of progression' alone says the disease stands still ('alive with disease'); denied together with
# a disease word by one negation ('no recurrence or progression') it says the disease is gone.
NEGATIONS = ["there was no {a} or {b}", "there was no evidence of {a} or {b}", "there was neither {a} nor {b}",
             "she remained free of {a} and {b}", "she was seen without {a} or {b}"]
DENIED_PAIRS = [("recurrence", "progression"), ("recurrence", "disease progression"), ("metastases", "progression"),
                ("relapse", "progression")]
DENIED_FRAMES = ["Two years after surgery, {n}.", "At the 2-year follow-up visit, {n}.", "{n} two years after surgery."]
ONE_GROWTH = [("Two years after surgery she remains free of progression.", "alive with disease"),
              ("Two years after surgery she has residual disease and no progression.", "alive with disease"),
              ("Two years after surgery, the liver metastases show no progression.", "alive with disease")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_growth_denied_with_the_disease(run):
    cells = []
    for negation, (a, b), frame in itertools.product(NEGATIONS, DENIED_PAIRS, DENIED_FRAMES):
        text = frame.format(n=negation.format(a=a, b=b))
        text = text[0].upper() + text[1:]
        cells.append((CASE.format(f"A 70-year-old woman had a rectal NET excised. {text}"), ("alive, no disease", "24")))
    cells += [(CASE.format(f"A 70-year-old woman had a rectal NET excised. {text}"), (value, "24"))
              for text, value in ONE_GROWTH]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a time point counted from the operation, in its unit ------------------------------------------------
# 'postoperative year 3' is 36 months and puts its clause in the follow-up, as 'postoperative day 10'
# counts days; the case text's own last status comes before an index-patient sentence of the
# conclusion that retells the disease ('In our case, liver metastases ...').
COUNTS = [("postoperative year 3", "36"), ("post-operative year 2", "24"), ("postoperative month 8", "8"),
          ("postoperative week 6", "1.5"), ("postoperative day 45", "1.5")]
COUNT_FRAMES = [("At {c}, the patient is doing well without any recurrence.", "alive, no disease"),
                ("On {c} she was free of disease.", "alive, no disease"),
                ("Liver metastases were found on {c}.", "alive with disease"),
                ("She died on {c}.", "died")]
CONCLUSION = "\n\nConclusion\nIn our case, a single nodal metastasis was found after a long follow-up.\n"


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_time_point_counted_from_the_operation(run):
    cells = []
    for (c, months), (frame, value) in itertools.product(COUNTS, COUNT_FRAMES):
        text = "A 64-year-old man had a gastric NET resected. " + frame.format(c=c)
        cells.append((CASE.format(text), (value, months)))
        cells.append((CASE.format(text + CONCLUSION), (value, months)))
    cells.append((CASE.format("A 64-year-old man had a gastric NET resected." + CONCLUSION), ("alive with disease", None)))
    cells.append((CASE.format("A 64-year-old man had a gastric NET resected. On the day 3 ward round she was well."),
                  (None, None)))
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- the sentence that introduces the patient --------------------------------------------------------------
# A clause that gives the patient's age is her presentation: a recurrence, a progression or a symptom-free
# interval told there is why she came, not how she fared, and its durations date her history. A word of
# the lasting follow-up ('remains', 'currently') keeps a status there, and a death counts anywhere.
INTRODUCTIONS = ["We report a {age} woman with a recurrence of an ileal NET 4 years after surgery.",
                 "We describe a {age} man with flushing for over 5 years that eventually progressed to heart failure.",
                 "A {age} woman developed liver metastases 3 years after resection of a rectal NET.",
                 "Case report: a pancreatic NET with liver metastasis in a {age} man who had had pain for 3 months.",
                 "A {age} woman had seizures after a 6-year asymptomatic interval."]
AGES = ["64-year-old", "64 year-old", "64-years-old", "64 years old"]
LASTING = [("A {age} woman whose ileal NET was resected remains disease-free 5 years later.", "alive, no disease", "60"),
           ("A {age} man with a rectal NET is currently well, 2 years after the excision.", "alive", "24"),
           ("A {age} man with liver metastases died 8 months after diagnosis.", "died", "8")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_the_sentence_that_introduces_the_patient(run):
    later = " Two years after the second operation she is free of disease."
    cells = []
    for intro, age in itertools.product(INTRODUCTIONS, AGES):
        cells.append((CASE.format(intro.format(age=age)), (None, None)))
        cells.append((CASE.format(intro.format(age=age) + later), ("alive, no disease", "24")))
    cells += [(CASE.format(text.format(age=age)), (value, months))
              for (text, value, months), age in itertools.product(LASTING, AGES)]
    cells.append((CASE.format("We report a woman aged 64 with a relapse of a gastric NET 6 years after surgery."),
                  (None, None)))
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a symptom that did not come back ----------------------------------------------------------------------
# A no-disease statement about a symptom ('no recurrence of flushing', 'her seizures did not recur')
# says the patient is well ('alive'), not that the tumour is gone; about the tumour it still does.
SYMPTOMS = ["diarrhoea", "flushing", "symptoms", "hypoglycaemia", "seizures", "abdominal pain"]
SYMPTOM_FRAMES = ["Two years after surgery she is without recurrence of {s}.",
                  "Two years after surgery there has been no recurrence of her {s}.",
                  "Two years after surgery her {s} did not recur.",
                  "Two years after surgery her {s} have not recurred.",
                  "After the resection her {s} did not occur again, 2 years on."]
TUMOUR_FRAMES = ["Two years after surgery there has been no recurrence of the tumour.",
                 "Two years after surgery she has no pain and no recurrence.",
                 "Two years after surgery the tumour has not recurred.",
                 "Two years after surgery the NET did not recur."]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_symptom_that_did_not_come_back(run):
    cells = [(CASE.format(frame.format(s=s)), ("alive", "24")) for s, frame in itertools.product(SYMPTOMS, SYMPTOM_FRAMES)]
    cells += [(CASE.format(text), ("alive, no disease", "24")) for text in TUMOUR_FRAMES]
    assert_grid(run, cells, lambda row, want: _row(row) == want)
