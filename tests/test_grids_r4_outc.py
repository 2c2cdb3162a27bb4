"""Grids of the follow-up wordings of the fourth round (r4-outc): a patient kept under follow-up, a cure
told as the treatment's result, a remission, a clause dated 'as of' the time of writing, the visits of
a follow-up listed by their months, and the weeks of a pregnancy (an age, not a follow-up). Own words
throughout; each grid pairs what must be found with what must not, so it fails when the outcome
extractor finds nothing (tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

import pytest

from test_grids import CASE, assert_grid
from test_grids_outcome import _row

OPENINGS = ["A 52-year-old man had a rectal NET removed endoscopically. {}",
            "{} No adjuvant treatment was given."]


def _cells(table) -> list:
    return [(CASE.format(opening.format(text)), want) for (text, want), opening in itertools.product(table, OPENINGS)]


# --- the last status in words of follow-up, cure and remission -----------------------------------------
# Being kept under follow-up says the patient is alive (a disease statement of its sentence still
# decides); a follow-up the patient missed ('defaulted on follow-up') says nothing. A cure told as what
# the treatment led to, and a remission, say the disease is gone; 'cured' needs a follow-up clause, as
# 'disease-free' in the literature would not.
LAST_STATUS = [("He is on regular follow-up with yearly scans.", ("alive", None)),
               ("She remains on follow-up at our clinic.", ("alive", None)),
               ("He is currently under regular follow-up in the outpatient clinic.", ("alive", None)),
               ("The patient remains under surveillance with yearly imaging.", ("alive", None)),
               ("She is under follow-up with stable liver metastases.", ("alive with disease", None)),
               ("Eighteen months later he is free of symptoms.", ("alive", "18")),
               ("The distal pancreatectomy led to a cure.", ("alive, no disease", None)),
               ("The distal pancreatectomy led to a cure of the hypoglycaemia.", ("alive", None)),  # a symptom's
               ("The operation resulted in a cure.", ("alive, no disease", None)),
               ("Two years after surgery the patient is cured.", ("alive, no disease", "24")),
               ("Three years later the patient remains in remission.", ("alive, no disease", "36")),
               ("She was in remission at the visit 9 months after the operation.", ("alive, no disease", "9")),
               # none of these is a status of the patient
               ("He later defaulted on follow-up and was not seen again.", (None, None)),
               ("Small tumours of this kind are often cured by local excision.", (None, None)),
               ("The surgeon hoped the excision would be curative.", (None, None))]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_follow_up_cure_and_remission(run):
    assert_grid(run, _cells(LAST_STATUS), lambda row, want: _row(row) == want)


# --- a clause dated at the time of writing, and the visits of a follow-up by their months ------------
# 'As of' a date or the present places its clause in the follow-up, as 'currently' does; the visits
# of a follow-up listed by their months ('seen at 3, 6 and 12 months') end at the last one; the weeks of
# a pregnancy are her age then, never a follow-up time.
DATED = [("As of this year, the liver metastases have progressed.", ("alive with disease", None)),
         ("As of the last visit, progression of the liver metastases was seen.", ("alive with disease", None)),
         ("Liver metastases were seen on the staging CT.", (None, None)),
         ("She was followed at 3, 6 and 12 months without recurrence.", ("alive, no disease", "12")),
         ("She was followed up at 3, 9 and 15 months, and no recurrence was seen.",
          ("alive, no disease", "15")),
         ("He was followed at 6 and 12 months; the scans showed no recurrence.", ("alive, no disease", "12")),
         ("Resection at 20 weeks of gestation led to a cure.", ("alive, no disease", None)),
         ("The tumour was removed at 18 weeks of pregnancy, and she remains disease-free.",
          ("alive, no disease", None))]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_as_of_listed_visits_and_pregnancy_weeks(run):
    assert_grid(run, _cells(DATED), lambda row, want: _row(row) == want)


# --- a disease statement before a bare 'alive', and a change in a tumour ------------------------------
# A disease statement before 'alive' in its sentence says the state at the end as one after it does
# ('the liver metastases were unchanged and she remained well'), unless it is what a treatment was for
# ('treated for two recurrences', 'the metastases were resected'): then it is an event of the course.
# An 'alive' word that is a change in a tumour ('improvement in the lung masses') is a response.
DISEASE_STATES = ["the liver metastases showed no change", "there was slow progression of the disease",
                  "the bone metastases remained stable", "the liver metastases progressed slowly"]
WELL = ["she remained clinically stable", "she remains in good condition", "he is doing well", "she is asymptomatic"]
COURSES = [("After resection of the liver metastases", "alive"),
           ("Treated with lanreotide for liver metastases", "alive"),
           ("Although the recurrence was excised", "alive"),
           ("Despite progression of the liver metastases", "alive with disease")]
RESPONSES = [("A year after chemotherapy, CT found some improvement in both pulmonary masses.", "alive with disease"),
             ("A year after chemotherapy, CT showed improvement of the hepatic lesions.", "alive with disease"),
             ("A year after chemotherapy, her flushing showed marked improvement.", "alive"),
             ("A year after chemotherapy, there was improvement in her appetite.", "alive")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_disease_state_before_a_bare_alive(run):
    cells = [(CASE.format(f"Two years after surgery, {state}, but {well}."), ("alive with disease", "24"))
             for state, well in itertools.product(DISEASE_STATES, WELL)]
    cells += [(CASE.format(f"{course}, {well} two years after surgery."), (value, "24"))
              for (course, value), well in itertools.product(COURSES, WELL)]
    cells += [(CASE.format(text), (value, "12")) for text, value in RESPONSES]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a survival that a living status describes ----------------------------------------------------------
# 'survived N months' followed in its sentence by a living status ('with no evidence of recurrence',
# 'and is doing well') is a life the status describes; alone, or with the disease it lived with or a
# death after it, it is a death.
SURVIVALS = [("she survived {d} without any sign of recurrence", ("alive, no disease", "{m}")),
             ("she has now survived {d} and is doing well", ("alive", "{m}")),
             ("he survived {d}, free of disease", ("alive, no disease", "{m}")),
             ("she survived {d} after diagnosis and remains alive", ("alive", "{m}")),
             ("he survived only {d} after diagnosis", ("died", "{m}")),
             ("she survived {d} with progressive liver metastases", ("died of disease", "{m}")),
             ("he survived {d} and died of liver failure", ("died of disease", "{m}"))]
SPANS = [("40 months", "40"), ("five years", "60")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_survival_a_living_status_describes(run):
    cells = [(CASE.format(f"After resection of a rectal NET, {text.format(d=d)}."), (value, months.format(m=m)))
             for (text, (value, months)), (d, m) in itertools.product(SURVIVALS, SPANS)]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a follow-up the title names ----------------------------------------------------------------------
# A title's follow-up duration ('... : a 9-year follow-up') names the case's follow-up when the case text
# dates the last status no other way; a duration in the status's own sentence still dates it, and a
# title without a follow-up phrase gives none.
TITLES = [("Pancreatic insulinomas in multiple endocrine neoplasia type 1: a {d} follow-up", "{m}"),
          ("A {d} follow-up of a rectal neuroendocrine tumour treated endoscopically", "{m}"),
          ("Rectal neuroendocrine tumour treated endoscopically, with a {d} course", None)]
TITLE_SPANS = [("9-year", "108"), ("six-month", "6")]
TITLED_CASES = [("She had a rectal NET removed endoscopically and remains disease-free.", "alive, no disease", None),
                ("The tumour was excised; she remains alive with slowly progressing liver metastases.", "alive with disease",
                 None),
                ("She had a rectal NET removed and was disease-free 3 years after the operation.", "alive, no disease",
                 "36")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_follow_up_the_title_names(run):
    cells = []
    for (title, months), (d, m), (text, value, own) in itertools.product(TITLES, TITLE_SPANS, TITLED_CASES):
        want = own or (months.format(m=m) if months else None)
        cells.append((f"{title.format(d=d)}\n\n{CASE.format(text)}", (value, want)))
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a status word in the title -------------------------------------------------------------------------
# A title names the report's topic ('a frozen-section dilemma resolved by touch preparation', 'recurrence of an ileal
# NET'), not how the patient fared: a status word there is no status; the case text's own statement is.
STATUS_TITLES = ["Thymic carcinoid: a frozen-section dilemma resolved by touch preparation",
                 "Late recurrence of an ileal neuroendocrine tumour ten years after surgery",
                 "A pancreatic neuroendocrine tumour doing well on lanreotide"]
TITLE_BODIES = [("She had a thymic mass resected.", (None, None)),
                ("She had the tumour resected and was disease-free 2 years after the operation.",
                 ("alive, no disease", "24"))]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_status_word_in_the_title(run):
    cells = [(f"{title}\n\n{CASE.format(text)}", want)
             for title, (text, want) in itertools.product(STATUS_TITLES, TITLE_BODIES)]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a normal laboratory value, and more ways of being followed ------------------------------------------
# 'was normal' about a laboratory value ('serum gastrin was normal') says she is well, as 'serum gastrin
# normalized' does; about a scan or an examination it still says the disease is gone.
LAB_AND_FOLLOWED = [("Two years after surgery, serum gastrin was normal.", ("alive", "24")),
                    ("Two years after surgery, her plasma chromogranin A level was normal.", ("alive", "24")),
                    ("Two years after surgery, the urinary 5-HIAA was normal.", ("alive", "24")),
                    ("Two years after surgery, the follow-up CT was normal.", ("alive, no disease", "24")),
                    ("Two years after surgery, colonoscopy was normal.", ("alive, no disease", "24")),
                    ("She continues to be closely followed by her oncologist.", ("alive", None)),
                    ("She is being followed in the endocrine clinic.", ("alive", None)),
                    ("He remains under close follow-up.", ("alive", None)),
                    ("Chemotherapy was closely followed by a second operation.", (None, None))]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_normal_lab_value_and_being_followed(run):
    assert_grid(run, _cells(LAB_AND_FOLLOWED), lambda row, want: _row(row) == want)


# --- residual tumour, 'any' evidence, and a symptom's course at presentation ----------------------------
# 'no residual' is a pseudo-negation of the context rules, so 'no residual tumour' is a no-disease phrase
# of its own, in a follow-up clause only; 'without any evidence of disease' is 'without evidence of
# disease'. A symptom that resolved in the clause that introduces the patient by her age is her
# presentation ('a 60-year-old woman with pain that resolved after analgesia'), not how she fared.
RESIDUAL = [("A year later, imaging showed no residual tumour.", ("alive, no disease", "12")),
            ("Six months after surgery, MRI showed no residual disease.", ("alive, no disease", "6")),
            ("A year later, CT showed residual tumour in the pancreatic bed.", ("alive with disease", "12")),
            ("The resection was complete, with no residual tumour.", (None, None)),
            ("She is now 5 years after surgery without any evidence of disease.", ("alive, no disease", "60")),
            ("Two years later there is no evidence of any recurrence.", ("alive, no disease", "24"))]
PRESENTATIONS = [("A 60-year-old woman presented with abdominal pain that resolved after analgesia.", (None, None)),
                 ("A 58-year-old man whose jaundice resolved after biliary stenting was referred to us.", (None, None)),
                 ("A 70-year-old woman whose hypoglycaemia was relieved by glucose was referred.", (None, None)),
                 ("A 60-year-old woman remains well 5 years after surgery.", ("alive", "60"))]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_residual_tumour_and_a_symptom_course_at_presentation(run):
    cells = _cells(RESIDUAL)
    cells += [(CASE.format(f"{text} CT showed a pancreatic mass."), want) for text, want in PRESENTATIONS]
    assert_grid(run, cells, lambda row, want: _row(row) == want)


# --- a recurrence denied in the past perfect, or as a reappearance -----------------------------------------
NOT_BACK = [("Three months after surgery, the tumour had not recurred.", ("alive, no disease", "3")),
            ("Three months after surgery, the hypoglycaemia had not recurred.", ("alive", "3")),
            ("The tumour did not reappear during 2 years of follow-up.", ("alive, no disease", "24")),
            ("Her flushing has not reappeared in the 2 years since surgery.", ("alive", "24")),
            ("The lesion had not reappeared at the 6-month endoscopy.", ("alive, no disease", "6"))]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_a_recurrence_denied_in_other_tenses(run):
    assert_grid(run, _cells(NOT_BACK), lambda row, want: _row(row) == want)


# --- more spellings of the last status ---------------------------------------------------------------
SPELLINGS = [("Two years later she shows no signs of disease.", ("alive, no disease", "24")),
             ("Three years after surgery he is doing well without evidence of recurrent disease.",
              ("alive, no disease", "36")),
             ("A year after surgery, CT was without evidence of metastatic disease.", ("alive, no disease", "12")),
             ("One year after the operation, she is in good general condition.", ("alive", "12")),
             ("Two years later, he remains healthy.", ("alive", "24")),
             # at diagnosis, the same words are staging or history
             ("Staging CT was without evidence of metastatic disease.", (None, None)),
             ("He had been healthy and was in good general condition on admission.", (None, None))]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_more_spellings_of_the_last_status(run):
    assert_grid(run, _cells(SPELLINGS), lambda row, want: _row(row) == want)
