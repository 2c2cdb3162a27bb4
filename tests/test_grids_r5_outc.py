"""Grids of the fifth round's outcome fixes, found by probing harder follow-up shapes (r5-outc): a
follow-up paragraph that tells one status in two sentences ('A CT scan 18 months after surgery showed no
recurrence. She is currently asymptomatic.'), a recurrent tumour or a regrowth that a scan denies, a
tumour that decreased in size, a clause dated from the onset of symptoms (the history, not the
follow-up), and durations spelled as the words thirteen to nineteen. The sentences are our own; each
grid pairs an absence with a presence, so it fails when the outcome extractor finds nothing
(tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid, grid_test

OPENING = "A 58-year-old man had an ileal NET resected. "
NO_DISEASE = "alive, no disease"
NO_STATUS = (None, None)  # the (outcome, follow-up) of a report that tells neither


def status_and_months(row) -> tuple:
    """The row's outcome and follow-up, the months as a number (the row shows them as text: '18')."""
    months = row["follow_up_months"]
    return row["outcome"], None if months in (None, "") else float(months)

# --- a bare 'alive' yields to the disease statement of the sentence right before it -------------------------------
SCANS = [("A CT scan 18 months after surgery showed no recurrence.", NO_DISEASE, 18),
         ("Imaging 18 months after the operation showed no evidence of disease.", NO_DISEASE, 18),
         ("At the 18-month follow-up the liver metastases were stable.", "alive with disease", 18)]
WELL = ["She is currently asymptomatic.", "He is doing well.", "The patient remains well.",
        "He is on regular follow-up."]


def paragraph_cells():
    for (scan, status, months), well in itertools.product(SCANS, WELL):
        yield CASE.format(f"{OPENING}{scan} {well}"), (status, months)
    for well in WELL:  # alone it stays 'alive'; with its own duration it keeps its own date
        yield CASE.format(f"{OPENING}{well.rstrip('.')} two years after surgery."), ("alive", 24)
    for scan, _, _ in SCANS:  # the treatment between them: the status of the scan is not the last one
        later = "Lanreotide was started. She is doing well two years after surgery."
        yield CASE.format(f"{OPENING}{scan} {later}"), ("alive", 24)


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_bare_alive_yields_to_the_sentence_before(run):
    assert_grid(run, paragraph_cells(),
                lambda row, want: status_and_months(row) == want)


# --- a recurrent tumour or a regrowth, denied or found; a tumour that decreased in size --------------------------
DENIED = ["MRI did not show any recurrent tumour", "there was no recurrent disease",
          "there were no signs of tumour regrowth", "CT showed no regrowth"]
FOUND = ["MRI showed a recurrent tumour in the pelvis", "CT revealed recurrent disease in the liver",
         "the hepatic lesions had decreased in size", "the liver metastases were reduced in size",
         "CT showed regrowth of the tumour"]
TIMES = ["One year postoperatively, {}.", "At the 12-month follow-up {}."]


def recurrent_cells():
    for time, words in itertools.product(TIMES, DENIED):
        yield CASE.format(OPENING + time.format(words)), (NO_DISEASE, 12)
    for time, words in itertools.product(TIMES, FOUND):
        yield CASE.format(OPENING + time.format(words)), ("alive with disease", 12)
    for words in DENIED + FOUND:  # at presentation, with no time word: no status
        yield CASE.format(f"On admission {words}."), (None, None)


test_grid_recurrent_tumour_and_regrowth = grid_test(recurrent_cells, status_and_months, "outcome")


# --- a time point after the onset of symptoms dates the history -------------------------------------------------
ONSETS = ["Two years after the onset of diarrhoea, CT showed a pancreatic mass with liver metastases.",
          "Six months after symptom onset, imaging revealed liver metastases.",
          "One year after the onset of flushing, a recurrence was suspected on imaging."]


def onset_cells():
    for onset in ONSETS:
        yield CASE.format(onset), None
        yield CASE.format(f"{onset} Three years after surgery she is alive with disease."), "alive with disease"
        yield CASE.format(f"{onset} Three years after surgery there was no recurrence."), NO_DISEASE


test_grid_the_onset_of_symptoms_is_no_follow_up = grid_test(onset_cells, lambda row: row["outcome"], "outcome")


# --- durations spelled thirteen to nineteen ------------------------------------------------------------------------
WORDS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "nineteen": 19}


def number_cells():
    for word, months in WORDS.items():
        yield CASE.format(f"{OPENING}{word.capitalize()} months later, CT revealed new liver metastases."), months
        yield CASE.format(f"{OPENING}She remains disease-free {word} months after surgery."), months
    yield CASE.format(f"{OPENING}She remains disease-free."), None


test_grid_durations_in_words_thirteen_to_nineteen = grid_test(
    number_cells, lambda row: status_and_months(row)[1], "follow_up_months")


# --- a status that its sentence follows with an operation is the state before it -----------------------------------
RESTAGING = ["After four cycles of chemotherapy, re-staging showed stable disease",
             "Re-staging after 6 months of lanreotide showed a partial response",
             "At 6 months the liver metastases were unchanged"]
OPERATIONS = [", and surgery was performed.", "; she then underwent a distal pancreatectomy.",
              ", therefore we went on to a right hemicolectomy.", ", and the primary was subsequently resected."]
KEPT = [", and she declined surgery.", ", and 2 years after resection she is alive.", "."]


def operation_cells():
    for restaging, operation in itertools.product(RESTAGING, OPERATIONS):
        yield CASE.format(restaging + operation), None
        later = " Two years after the operation she has no evidence of disease."
        yield CASE.format(restaging + operation + later), NO_DISEASE
    for restaging, kept in itertools.product(RESTAGING, KEPT):
        yield CASE.format(restaging + kept), "alive with disease"


test_grid_a_status_followed_by_an_operation = grid_test(operation_cells, lambda row: row["outcome"], "outcome")


# --- one spelling for the word lists; the short forms of a unit ---------------------------------------------------
# 'recurrent tumor' denied is the list's 'recurrent tumour'; 'hypoglycemia did not recur' is its 'hypoglycaemia'.
SPELLINGS = [("MRI showed no residual tumor", NO_DISEASE), ("MRI showed no residual tumour", NO_DISEASE),
             ("MRI showed no recurrent tumor", NO_DISEASE), ("her hypoglycemia did not recur", "alive"),
             ("her hypoglycaemia did not recur", "alive"), ("there was no recurrence of diarrhea", "alive"),
             ("there was no recurrence of the tumor", NO_DISEASE)]
SHORT_UNITS = [("18 mo after surgery", 18), ("18 mos after surgery", 18), ("at a 5-yr follow-up", 60),
               ("at 2 yrs after surgery", 24), ("6 wk after surgery", 1.5), ("18 months after surgery", 18)]


def spelling_cells():
    for words, status in SPELLINGS:
        yield CASE.format(f"{OPENING}Two years after the operation, {words}."), (status, 24)
    for words, months in SHORT_UNITS:
        yield CASE.format(f"{OPENING}The patient remains free of recurrence {words}."), (NO_DISEASE, months)
    yield CASE.format(f"{OPENING}She was 18 mo old at the time."), (None, None)  # an age is no follow-up


test_grid_spellings_and_short_units = grid_test(spelling_cells, status_and_months, "outcome", "follow_up_months")


# --- more ways to say the patient is well; a survival to date -------------------------------------------------------
WELL_WORDS = ["she has had no further hypoglycaemic episodes", "she has no symptoms", "he reports no complaints",
              "she is without symptoms", "he has returned to normal daily activities", "he is back to work",
              "she feels well", "her tumour markers remained normal", "her fasting glucose remains normal",
              "he has survived for more than 2 years"]


def well_cells():
    for words in WELL_WORDS:
        yield CASE.format(f"{OPENING}Two years after surgery {words}."), ("alive", 24)
    for words in WELL_WORDS[:7]:  # at presentation: no status ('remained' and 'has survived' say a time)
        yield CASE.format(f"On admission {words}."), (None, None)
    yield CASE.format(f"{OPENING}Two years after surgery her CT remained normal."), (NO_DISEASE, 24)
    yield CASE.format(f"{OPENING}She survived 2 years after surgery."), ("died", 24)  # without 'has': a death


test_grid_more_ways_to_be_well = grid_test(well_cells, status_and_months, "outcome")


# --- the literature's course of the disease is no status ----------------------------------------------------------
LITERATURE = ["Long-term follow-up is advised because late recurrences have been described.",
              "Liver metastases decades after resection have been described.",
              "A recurrence after complete resection has been described in a few patients."]


def literature_cells():
    for sentence in LITERATURE:
        yield CASE.format(f"{OPENING}{sentence}"), None
        yield CASE.format(f"{OPENING}Two years after surgery she has no recurrence. {sentence}"), NO_DISEASE


test_grid_the_literature_course_is_no_status = grid_test(literature_cells, lambda row: row["outcome"], "outcome")
