"""Grids of the common wordings of the last follow-up: a follow-up told by dates, time points told
relative to one another ('a year later', 'six months later' after 'after two years'), halves and
dosing intervals, a bare 'alive' beside a disease statement, and a status that came an unstated time
after its sentence's duration ('died shortly thereafter'). Own words throughout; each grid pairs what
must be found with what must not, so it fails when the outcome extractor finds nothing
(tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

import pytest

from test_grids import CASE, assert_grid


def _row(row) -> tuple:
    return row["outcome"], row["follow_up_months"]


def table_cells(table, opening: str) -> list:
    """Each (sentence, outcome, months) of a table, after an opening sentence and on its own."""
    return [(CASE.format(frame.format(text)), (value, months)) for (text, value, months), frame
            in itertools.product(table, [opening + " {}", "{}"])]


# --- a follow-up told by dates ---------------------------------------------------------------------
# The months run from the first date of the case text to the date in the status's sentence; a clause
# dated after that first date is in the follow-up, so a status that needs a time word ('was well',
# 'liver metastases') counts there too. 'May' after a preposition is the month, not the modal verb.
FIRST_DATES = [("She was diagnosed in {d} and underwent a distal pancreatectomy.", "March 2017"),
               ("A rectal NET was excised endoscopically in {d}.", "March 2017"),
               ("A 54-year-old woman presented in {d} with an ileal NET.", "March 2017")]
LAST_DATES = [("May 2019", 26), ("September 2018", 18), ("March 2020", 36)]
DATED_STATUSES = [("In {d} she was well.", "alive"),
                  ("At the last visit in {d}, she was doing well.", "alive"),
                  ("As of {d}, she is disease-free.", "alive, no disease"),
                  ("In {d} there was no recurrence.", "alive, no disease"),
                  ("In {d} CT showed liver metastases.", "alive with disease"),
                  ("She died of progressive disease in {d}.", "died of disease"),
                  ("Until {d} she remained free of disease.", "alive, no disease")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_follow_up_told_by_dates(run):
    cells = []
    for (first, d0), (last, months), (status, value) in itertools.product(FIRST_DATES, LAST_DATES, DATED_STATUSES):
        text = f"{first.format(d=d0)} {status.format(d=last)}"
        cells.append((CASE.format(text), (value, str(months))))
    # the first date alone dates no follow-up: metastases at presentation are no outcome
    cells += [(CASE.format(f"In {d0} CT showed liver metastases."), (None, None)) for d0 in ("May 2016", "June 2016")]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


@pytest.mark.fields("outcome", "treatments")
def test_the_month_may_is_no_hypothetical_cue(case):
    row = case("She was diagnosed in March 2017. In May 2019 she underwent a right hemicolectomy and was disease-free.")
    assert row["outcome"] == "alive, no disease" and "surgery" in row["treatments"]
    row = case("She was diagnosed in March 2017. Everolimus may be given if the disease progresses.")
    assert row["outcome"] is None and row["treatments"] == []


# --- time points told relative to one another --------------------------------------------------------
# 'a' counts one, 'half a' a half, 'and a half' adds one; 'N later' counts from the time point stated
# just before it when that is a time point too; a dosing interval ('once a month') is no duration.
RELATIVE = [("A year later she was disease-free.", "alive, no disease", "12"),
            ("Half a year later she was disease-free.", "alive, no disease", "6"),
            ("A year and a half later she was disease-free.", "alive, no disease", "18"),
            ("One and a half years after surgery she was disease-free.", "alive, no disease", "18"),
            ("She died a month after the operation.", "died", "1"),
            ("After 2 years liver metastases appeared. She died 6 months later.", "died", "30"),
            ("After 3 months CT showed liver metastases. He died 6 months later.", "died", "9"),
            ("Two years after surgery liver metastases appeared, and she died 3 months later.", "died", "27"),
            ("A year after surgery liver metastases were found. Six months later they had progressed, and she died "
             "2 months later.", "died", "20"),
            ("Liver metastases were found 1 year after the resection. She died 4 months thereafter.", "died", "16"),
            # a duration of another kind starts no chain
            ("She had abdominal pain for 2 months. She was disease-free 1 year later.", "alive, no disease", "12"),
            ("She remains well on lanreotide once a month.", "alive", None),
            ("She remains well on lanreotide 120 mg every 4 weeks.", "alive", None),
            ("Two years after surgery she remains stable on octreotide twice a day.", "alive with disease", "24")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_relative_time_points(run):
    frames = ["A 58-year-old man had an ileal NET resected. {}", "{} No further treatment was given."]
    cells = [(CASE.format(frame.format(text)), (value, months)) for (text, value, months), frame
             in itertools.product(RELATIVE, frames)]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a bare 'alive' beside a disease statement ------------------------------------------------------
# 'alive' says nothing of the disease; a disease statement of its sentence decides: one that says a
# status by itself, anywhere in the sentence, or one stated after 'alive' ('alive with liver
# metastases'). An event told before it ('treated for recurrences, she remains alive') does not.
ALIVE_WORDS = ["doing well", "asymptomatic", "alive", "in good health"]
DISEASE_STATEMENTS = [("disease-free", "alive, no disease"), ("free of disease", "alive, no disease"),
                      ("without evidence of disease", "alive, no disease"), ("stable disease", "alive with disease")]
ALIVE_FRAMES = ["Two years after surgery, she is {a} and {s}.", "Two years after surgery, she has {s} and is {a}.",
                "She is {a}, with {s}, two years after surgery."]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_bare_alive_yields_to_a_disease_statement(run):
    cells = []
    for a, (s, value), frame in itertools.product(ALIVE_WORDS, DISEASE_STATEMENTS, ALIVE_FRAMES):
        if frame.startswith("Two years after surgery, she has") and not s.endswith("disease"):
            continue  # 'has disease-free' is no English
        cells.append((CASE.format(frame.format(a=a, s=s)), (value, "24")))
    cells += [(CASE.format("He is still alive with liver metastases 3 years after diagnosis."),
               ("alive with disease", "36")),
              (CASE.format("He is alive with metastatic disease 3 years after diagnosis."),
               ("alive with disease", "36")),
              (CASE.format("Treated with chemotherapy for two recurrences, she remains alive 8 years after surgery."),
               ("alive", "96"))]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a status an unstated time after its sentence's duration ----------------------------------------
UNSTATED = ["shortly thereafter", "soon afterwards", "a few weeks later", "thereafter"]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_status_an_unstated_time_later_has_no_duration(run):
    cells = []
    for phrase in UNSTATED:
        text = f"About one week after chemotherapy began, he chose comfort care and died {phrase}."
        cells.append((CASE.format(text), ("died", None)))
        text = f"Two years after surgery liver metastases appeared, and she died {phrase}."
        cells.append((CASE.format(text), ("died", None)))
    cells.append((CASE.format("About one week after chemotherapy began, he died."), ("died", "0.25")))
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- response words and era phrases --------------------------------------------------------------------
# A response category of restaging is a status by itself, with or without the word between
# ('partial tumour response'); an era of the literature ('over the last years', 'in recent decades')
# is no follow-up time, so an improvement of the field is no improvement of the patient.
RESPONSES = [("partial tumour response", "alive with disease"), ("partial tumor response", "alive with disease"),
             ("partial radiological response", "alive with disease"),
             ("partial metabolic response", "alive with disease"),
             ("partial remission", "alive with disease"), ("complete radiological response", "alive, no disease"),
             ("complete metabolic response", "alive, no disease")]
RESPONSE_FRAMES = ["Everolimus achieved a {r}.", "Restaging after four cycles of PRRT showed a {r}.",
                   "The liver metastases showed a {r} to lanreotide."]
ERAS = ["over the last years", "in recent years", "over the past decades", "in recent decades"]


@pytest.mark.fields("outcome")
def test_grid_response_words_and_eras(run):
    cells = [(CASE.format(frame.format(r=r)), value)
             for (r, value), frame in itertools.product(RESPONSES, RESPONSE_FRAMES)]
    for era in ERAS:
        general = f"Major improvements in the treatment of NETs have been made {era}."
        cells.append((CASE.format(f"She had an ileal NET resected. {general}"), None))
        later = f"She had an ileal NET resected. {general} She is doing well 2 years later."
        cells.append((CASE.format(later), "alive"))
    assert_grid(run, cells, lambda row, want: row["outcome"] == want)


# --- the common wordings of a last follow-up ---------------------------------------------------------
# Follow-up periods, time points, compound numbers ('twenty-four'), day counts after the operation,
# 'death occurred', 'is well', 'at the time of writing'; and what is no outcome.
COMMON = [("During a follow-up period of 24 months, there was no recurrence.", "alive, no disease", "24"),
          ("The follow-up period was 3 years, and she remained disease-free.", "alive, no disease", "36"),
          ("Over a 5-year follow-up, she remained free of disease.", "alive, no disease", "60"),
          ("She has been followed up regularly for 4 years without recurrence.", "alive, no disease", "48"),
          ("Currently, 3 years after surgery, she is asymptomatic.", "alive", "36"),
          ("Twenty-four months postoperatively she remains free of disease.", "alive, no disease", "24"),
          ("Thirty-six months after surgery, she developed liver metastases.", "alive with disease", "36"),
          ("She is recurrence-free at 5 years.", "alive, no disease", "60"),
          ("There has been no recurrence at 15-month follow-up.", "alive, no disease", "15"),
          ("He succumbed to the disease 11 months after diagnosis.", "died of disease", "11"),
          ("Death occurred 11 months after diagnosis due to tumour progression.", "died of disease", "11"),
          ("He died of causes unrelated to the tumour 6 years after surgery.", "died of other cause", "72"),
          ("At the time of writing, 2 years after surgery, she is well.", "alive", "24"),
          ("At the time of writing she is well.", "alive", None),
          ("The patient is alive 40 months after diagnosis with stable disease on octreotide.", "alive with disease",
           "40"),
          ("At her 1-year follow-up visit she remained asymptomatic with no recurrence.", "alive, no disease", "12"),
          ("She died on postoperative day 10.", "died", "0.3"),
          ("She died 10 days postoperatively.", "died", "0.3"),
          ("The patient was lost to follow-up.", None, None),
          ("After surgery the patient had an uneventful recovery.", None, None),
          ("She is well known to our clinic for asthma.", None, None)]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_common_follow_up_wordings(run):
    cells = table_cells(COMMON, "A 63-year-old woman had a pancreatic NET resected.")
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- the disease in general, beside the patient's course ---------------------------------------------
# A status word with a predicate of possibility or frequency ('recurrence can occur late') or in a
# statistic speaks of such tumours, not of this patient; her own status beside it still counts.
GENERAL = ["Because late recurrence is common, she is followed every 6 months.",
           "Because recurrence can occur late, annual CT was planned.",
           "Long-term follow-up is needed, as metastases may appear after 10 years.",
           "Recurrences are frequent after resection, so she is followed yearly.",
           "The prognosis of such tumours is poor, and most patients die within 1 year.",
           "The 5-year survival of patients with liver metastases is 60%."]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_the_disease_in_general_is_no_outcome(run):
    cells = []
    for text in GENERAL:
        cells.append((CASE.format(f"She had an ileal NET resected. {text}"), (None, None)))
        cells.append((CASE.format(f"She had an ileal NET resected. {text} Two years later she is doing well."),
                      ("alive", "24")))
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a duration in two units ------------------------------------------------------------------------
# '5 years and 3 months': the smaller unit adds on (63), in digits or words, with or without a comma;
# a duration in one unit beside it ('for 2 years, and 3 months later') is two time points, not one.
TWO_UNITS = [("5 years and 3 months", 63), ("two years and six months", 30), ("1 year and 2 weeks", 12.5),
             ("3 years, and 6 months", 42), ("four years and one month", 49)]
TWO_UNIT_FRAMES = [("At {d} of follow-up, she is free of disease.", "alive, no disease"),
                   ("{D} after the resection, he remains disease-free.", "alive, no disease"),
                   ("She died of liver failure from her metastases {d} after diagnosis.", "died of disease")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_duration_in_two_units_adds_them(run):
    cells = [(CASE.format("A 58-year-old man had an ileal NET resected. " + frame.format(d=d, D=d[0].upper() + d[1:])),
              (value, f"{months:g}")) for (d, months), (frame, value) in itertools.product(TWO_UNITS, TWO_UNIT_FRAMES)]
    assert_grid(run, cells, lambda row, want: _row(row) == want)
