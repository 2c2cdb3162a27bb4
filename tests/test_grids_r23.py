"""Grids of the twenty-third round (r23): a symptom's course and its absence; a size range; a differential list.

'She had been troubled by diarrhoea for eight weeks, and an endoscopy was unremarkable': the eight weeks are the
symptom's course before the diagnosis, so the work-up's findings in that sentence ('unremarkable', 'liver
metastases') are no status at a follow-up, and the months are no follow-up time. A duration right after a
symptom word, with only linking words between ('for', 'over the past', 'during the last', 'for nearly'),
dates the time before the diagnosis, as 'a 2-year history' does (rules/outcome.json 'symptom_words',
'symptom_course_links', 'symptom_course_denials'; pipeline/extractors/follow_up_time.py `_symptom_course`,
read also by outcome_clause.py). A denied symptom's time is a follow-up ('no further hypoglycaemic episodes
for 18 months'), and so is a time point beside a symptom ('bleeding 6 weeks after the operation').

A symptom that a negation cue denies in a follow-up clause says the patient is alive and well, as a restaging
finding denied there says she is free of disease: 'eighteen months after surgery she has had no hypoglycaemic
episodes', 'at 18 months there have been no hypoglycaemic attacks' (rules/outcome.json 'symptom_words';
pipeline/extractors/outcome.py `_findings`). At the presentation it says nothing, and a disease statement of the
follow-up still wins ('she has no diarrhoea, but the liver metastases have grown'). A tumour's 'involution' (the
Romance authors' word for its regression) says the disease is there, as 'regression' does.

A size written as a range ('a 7-10 mm polyp', 'a lesion of 3–4 mm', '2 to 3 cm') is no one measurement of the
tumour, whichever dash joins it: the words read before '10 mm' are '7-' (pipeline/extractors/size_words.py),
which the range check now reads as a number and a dash of rules/patterns.json size 'range_words'
(size_problems.py `range_problem`), as it read '7 - 10 mm' and '7–10 mm' already.

A differential diagnosis puts in question the whole list it opens, however long ('the differential diagnosis
included lymphoma, rhabdomyosarcoma, a desmoplastic small round cell tumour and metastatic carcinoma'): its cue
reaches to the clause's end rather than the default ten tokens, and a colon ends it (rules/context.json, the
cue of 'differential diagnosis').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, outcome_and_months, told_cells

INTRO = "A 61-year-old woman had an ileal NET resected.\n"


def framed_and_told(intro: str, frames, fillings: dict, told: dict):
    """The cells of a grid of frames filled with each filling, then of sentences told as they are, after one intro."""
    yield from framed_cells(intro, frames, fillings)
    yield from told_cells(intro, told)
COURSE_FRAMES = ["She had been troubled by {} for eight weeks, and an endoscopy was unremarkable.",
                 "She had {} for 4 months, and a CT showed liver metastases.",
                 "She reported {} over the past 3 years, and gastroscopy was unremarkable.",
                 "She had suffered from {} during the last 6 weeks, and ultrasound showed a stable mass.",
                 "She had {} for nearly a year, and the liver lesions had grown on CT."]
SYMPTOMS = ["diarrhoea", "watery diarrhea", "abdominal pain", "flushing", "hypoglycaemic episodes", "a dry cough",
            "fatigue", "intermittent vomiting", "epigastric discomfort", "palpitations"]
FOLLOW_UPS = {  # a denied symptom's time, a time point beside a symptom, a course beside a later follow-up
    "Since the operation she has been free of flushing and diarrhoea for 2 years.": ("alive", "24"),
    "She has had no further hypoglycaemic episodes for 18 months.": ("alive", "18"),
    "She has been symptom-free for 6 months.": ("alive", "6"),
    "She died of a sudden rectal bleeding 6 weeks after the operation.": ("died", "1.5"),
    "Her diarrhoea for two years resolved, and three years later there is no recurrence.": ("alive, no disease", "36"),
}


def _course_cells():
    return framed_and_told(INTRO, COURSE_FRAMES, dict.fromkeys(SYMPTOMS, (None, None)), FOLLOW_UPS)


test_a_presenting_symptoms_course_is_no_follow_up = grid_test(_course_cells, outcome_and_months, "outcome")


# --- a size range -------------------------------------------------------------------------------------------------
RANGE_FRAMES = ["Colonoscopy showed a {} polypoid lesion in the rectum.",
                "Colonoscopy showed a polypoid lesion of {} in the rectum.",
                "A submucosal lesion measuring {} was found in the rectum at colonoscopy."]
RANGES = dict.fromkeys(["7-10 mm", "7–10 mm", "7 - 10 mm", "7 to 10 mm", "3-4 mm", "1.5-2 cm", "2–3 cm"])
ONE_SIZE = {"Colonoscopy showed a 12-mm polypoid lesion in the rectum.": "12",
            "Colonoscopy showed a 12 x 10-mm polypoid lesion in the rectum.": "12 x 10",
            "Colonoscopy showed a polypoid lesion of 1.5 cm in the rectum.": "15",
            "Colonoscopy showed a T1-stage lesion of 8 mm in the rectum.": "8",
            "A 2-3 mm erosion lay beside a 9 mm polypoid lesion in the rectum.": "9"}


def _range_cells():
    return framed_and_told("A 52-year-old man had rectal bleeding.\n", RANGE_FRAMES, RANGES, ONE_SIZE)


test_a_size_range_is_no_one_measurement = grid_test(
    _range_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- a symptom's absence at a follow-up -------------------------------------------------------------------------
ABSENT_AT_FOLLOW_UP = {
    "She has had no hypoglycaemic episodes for 18 months.": ("alive", "18"),
    "Eighteen months after surgery she has had no hypoglycaemic episodes.": ("alive", "18"),
    "At 18 months, she has not experienced any further hypoglycaemia.": ("alive", "18"),
    "At 18 months, there have been no hypoglycaemic attacks.": ("alive", "18"),
    "Eighteen months after the resection, she reports no flushing or diarrhoea.": ("alive", "18"),
    "At the 18-month follow-up visit she was without pain.": ("alive", "18"),
    "Eighteen months after surgery, she has no diarrhoea, but the liver metastases have grown.":
        ("alive with disease", "18"),
    "Six months after PRRT, CT showed a size involution of the liver lesions.": ("alive with disease", "6"),
    "Six months later, the hepatic lesions showed marked involution.": ("alive with disease", "6"),
}
ABSENT_AT_PRESENTATION = dict.fromkeys([
    "She had no diarrhoea at presentation.", "She denied flushing, and CT showed a 2 cm ileal mass.",
    "There was no abdominal pain on examination.", "Before the operation she had no symptoms of carcinoid syndrome.",
    "No hypoglycaemic episodes had occurred before the diagnosis."], (None, None))


def _absent_symptom_cells():
    intro = "A 39-year-old woman had an ileal NET with liver metastases resected.\n"
    yield from told_cells(intro, ABSENT_AT_FOLLOW_UP, ABSENT_AT_PRESENTATION)


test_a_symptom_denied_at_a_follow_up_says_she_is_well = grid_test(_absent_symptom_cells, outcome_and_months, "outcome")


# --- a differential diagnosis and its list ----------------------------------------------------------------------
DIFFERENTIAL_FRAMES = ["The differential diagnosis includes {}.", "The differential diagnosis included {}.",
                       "Differential diagnoses considered were {}."]
DIFFERENTIAL_LISTS = dict.fromkeys([
    "a heterogeneous group of small round cell neoplasms such as neuroblastoma, Ewing sarcoma and metastatic carcinoma",
    "lymphoma, rhabdomyosarcoma, a desmoplastic small round cell tumour and metastatic small cell carcinoma",
    "osteomyelitis, an eosinophilic granuloma, a primary bone lymphoma or a metastasis from an occult primary"],
    "unknown")
FINDINGS_BESIDE = {
    "Immunohistochemistry was essential for the differential diagnosis: staging CT showed multiple lung metastases.":
        "yes",
    "After the differential diagnosis had excluded lymphoma, a metastatic NEC was diagnosed.": "yes",
    "The differential diagnosis included lymphoma; staging CT showed multiple lung metastases.": "yes",
}


def _differential_cells():
    intro = "A 12-year-old boy had a mass of the femur, and biopsy showed a small round cell tumour.\n"
    return framed_and_told(intro, DIFFERENTIAL_FRAMES, DIFFERENTIAL_LISTS, FINDINGS_BESIDE)


test_a_differential_diagnosis_questions_its_whole_list = grid_test(
    _differential_cells, lambda row: row["metastasis"], "metastasis")
