"""Grids of the sixth round's outcome pass (r6-outc), from its own-words probe: a discussion sentence
about the literature's patient that opens with 'the patient' ('the patient reported by Jones died
within a year') or names 'another patient' / 'X and colleagues' is no status of the index patient; a
patient well at discharge ('discharged in good condition') has no follow-up yet; 'continues to do
well' says she is alive. The sentences are our own; each grid pairs an absence with a presence, so it
fails when the outcome extractor finds nothing (tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test, told_cells
from test_grids_r5_outc import NO_DISEASE, NO_STATUS, OPENING, status_and_months

OWN = "She underwent a right hemicolectomy and is free of disease 16 months later."

# --- the literature's patient in the discussion -------------------------------------------------------------------
OTHERS = ["The patient reported by Jones died of liver metastases within one year.",
          "The patient described by Okafor and Lind died of progressive disease 12 months after diagnosis.",
          "The patient presented by Brandt et al. died of liver failure due to metastases after one year.",
          "The patient published by Moreau died of disseminated disease within a year.",
          "Lee and colleagues described a woman who died of liver metastases one year after diagnosis.",
          "Novak and coworkers reported a man who died of progressive disease one year after surgery.",
          "In another patient from our institution, death from liver metastases occurred one year after diagnosis."]
PLACES = ["\n\nDiscussion\n{}", " {}"]


def literature_cells():
    for place, other in itertools.product(PLACES, OTHERS):
        yield CASE.format(OWN + place.format(other)), (NO_DISEASE, 16)
    # the same death told of the index patient outranks her earlier freedom from disease (16 + 12 months)
    yield CASE.format(OWN + " The patient died of liver metastases one year later."), ("died of disease", 28)


test_grid_the_literatures_patient_is_no_status = grid_test(
    literature_cells, status_and_months, "outcome", "follow_up_months")


# --- well at discharge is no follow-up ----------------------------------------------------------------------------
AT_DISCHARGE = ["Ten days after surgery she was discharged in good condition.",
                "She recovered and was subsequently discharged home.",
                "The postoperative course was smooth, and he was discharged asymptomatic one week later.",
                "Two weeks after the operation the patient was discharged in good general condition."]
LATER = [("She was discharged on day 7 and remains well 2 years later.", "alive", 24),
         ("He was discharged home and remained asymptomatic at the 6-month follow-up.", "alive", 6),
         ("After she was discharged, she remained free of disease for 3 years.", NO_DISEASE, 36),
         ("Two years after surgery she is in good condition.", "alive", 24)]


def discharge_cells():
    return told_cells(OPENING, dict.fromkeys(AT_DISCHARGE, NO_STATUS),
                      {text: (status, months) for text, status, months in LATER})


test_grid_well_at_discharge_is_no_follow_up = grid_test(
    discharge_cells, status_and_months, "outcome", "follow_up_months")


# --- 'continues to do well' -------------------------------------------------------------------------------------
CONTINUES = ["continues to do well", "continues to be well", "continued to do well"]
WHEN = [("Five years after the operation, she {}.", 60), ("She {} 18 months after surgery.", 18),
        ("At the 2-year follow-up visit he {}.", 24)]


def continues_cells():
    for words, (frame, months) in itertools.product(CONTINUES, WHEN):
        yield CASE.format(OPENING + frame.format(words)), ("alive", months)
    yield CASE.format(OPENING + "Five years after the operation, the liver metastases are stable and she continues "
                                "to do well."), ("alive with disease", 60)
    yield CASE.format("In the week before admission she continued to do well at home, then fainted."), NO_STATUS


test_grid_continues_to_do_well = grid_test(continues_cells, status_and_months, "outcome", "follow_up_months")


# --- a recurrence denied after it in the perfect tense ----------------------------------------------------------
PERFECT = ["has not been observed", "had not been observed", "has not been noted", "had not been noted",
           "had not been detected", "had not been found"]
PERFECT_FRAMES = ["Five years after the operation, recurrence {}.", "Recurrence {} in the 5 years since surgery."]


def perfect_cells():
    yield from framed_cells(OPENING, PERFECT_FRAMES, dict.fromkeys(PERFECT, (NO_DISEASE, 60)))
    # the same recurrence, stated: the disease is back
    yield from framed_cells(OPENING, PERFECT_FRAMES, {"has been observed": ("alive with disease", 60)})


test_grid_a_recurrence_denied_in_the_perfect = grid_test(
    perfect_cells, status_and_months, "outcome", "follow_up_months")


# --- the patient's condition, a symptom or a laboratory value at follow-up; a tumour's size --------------------
R6_WORDS = [("she is in stable condition", "alive"), ("she is in a stable clinical condition", "alive"),
            ("she is free of hypoglycaemia", "alive"), ("he is free of flushing", "alive"),
            ("her fasting glucose is within normal limits", "alive"),
            ("the serum gastrin is within the normal range", "alive"),
            ("MRI shows a reduction in tumour size", "alive with disease"),
            ("CT shows a further reduction in the size of the liver lesions", "alive with disease"),
            ("the liver metastases have grown", "alive with disease"),
            ("MRI shows complete regression of the liver lesions", NO_DISEASE)]
R6_FRAMES = [("Two years after surgery, {}.", 24), ("At the 18-month follow-up {}.", 18)]


def condition_cells():
    for (words, status), (frame, months) in itertools.product(R6_WORDS, R6_FRAMES):
        yield CASE.format(OPENING + frame.format(words)), (status, months)
    for words, _ in R6_WORDS:  # on admission: no follow-up, no status
        yield CASE.format(f"On admission, {words}."), NO_STATUS


test_grid_condition_symptom_value_and_size_at_follow_up = grid_test(
    condition_cells, status_and_months, "outcome", "follow_up_months")


# --- a progression-free survival: the literature's statistic, or the patient's own ------------------------------
def free_survival_cells():
    for disease in ("progression", "recurrence", "relapse"):
        yield CASE.format(f"Median {disease}-free survival with everolimus is 11 months."), NO_STATUS
    yield CASE.format("Her progression-free survival on everolimus was 14 months."), ("alive with disease", 14)


test_grid_a_free_survival_is_a_statistic = grid_test(
    free_survival_cells, status_and_months, "outcome", "follow_up_months")


# --- a postoperative count told as an ordinal; a half without its 'a' -------------------------------------------
ORDINALS = [("She died on the 3rd postoperative day.", "died", 0.1),
            ("He died on the tenth post-operative day.", "died", 0.3),
            ("On the 21st postoperative day she died of sepsis.", "died", 0.7),
            ("In the third postoperative year she remains free of disease.", NO_DISEASE, 36),
            ("He is free of disease in his second post-operative year.", NO_DISEASE, 24),
            ("She died on postoperative day 3.", "died", 0.1)]
HALVES = [("After one and half years, she remains disease-free.", NO_DISEASE, 18),
          ("Two and half years after surgery there is no recurrence.", NO_DISEASE, 30),
          ("One and a half years after surgery there is no recurrence.", NO_DISEASE, 18)]


def ordinal_cells():
    return told_cells(OPENING, {text: (status, months) for text, status, months in ORDINALS + HALVES},
                      {"She died on the third day of her illness.": ("died", None)})  # the last: no operation count


test_grid_an_ordinal_postoperative_count_and_a_bare_half = grid_test(
    ordinal_cells, status_and_months, "outcome", "follow_up_months")


# --- an unremarkable follow-up study; a time point after a short subject starts a chain -------------------------
UNREMARKABLE = [("Follow-up at 6 months was unremarkable.", NO_DISEASE, 6),
                ("A follow-up MRI 12 months after the operation was unremarkable.", NO_DISEASE, 12),
                ("Surveillance CT scans over the following 2 years were unremarkable.", NO_DISEASE, 24),
                ("Two years after surgery, her serum chromogranin A remains unremarkable.", "alive", 24)]
CHAINS = [("Restaging after 3 months showed progressive disease, and the patient died 2 months later.", 5),
          ("A CT scan after 6 months showed liver metastases. She died 3 months later.", 9),
          ("Repeat imaging after 4 months revealed new liver lesions; he died 2 months later.", 6),
          ("The patient had abdominal pain for 2 months. She died 3 months later.", 3)]  # a history starts none


def unremarkable_and_chain_cells():
    return told_cells(OPENING, {text: (status, months) for text, status, months in UNREMARKABLE},
                      dict.fromkeys(("Physical examination was unremarkable.",
                                     "Her past medical history was unremarkable."), NO_STATUS),
                      {text: ("died", months) for text, months in CHAINS})


test_grid_an_unremarkable_follow_up_and_a_chained_time_point = grid_test(
    unremarkable_and_chain_cells, status_and_months, "outcome", "follow_up_months")


# --- the work-up at diagnosis is no follow-up -------------------------------------------------------------------
WORK_UP = ["After admission, CT revealed multiple liver metastases.",
           "Following the biopsy, staging CT confirmed multiple liver metastases.",
           "Imaging and an endoscopic biopsy then revealed liver metastases.",
           "Following histopathological examination, the liver lesions proved to be metastases.",
           "After histological examination the hepatic nodules were classified as metastases.",
           "After the initial work-up, the patient was found to have liver metastases.",
           "Following the workup, bone metastases were also found.",
           "After the diagnosis, a PET scan showed bone metastases.",
           "Following staging, the liver lesions were judged to be metastases."]
LATER_COURSE = [("Two years after surgery, CT revealed multiple liver metastases.", "alive with disease", 24),
                ("Three weeks after admission, she died of liver failure due to metastases.", "died of disease", 0.75),
                ("A year after the biopsy, the liver metastases were stable.", "alive with disease", 12),
                ("Two years after the diagnosis, the liver metastases were stable.", "alive with disease", 24),
                ("In the 3 years since the diagnosis, her liver metastases have remained stable.",
                 "alive with disease", 36)]


def work_up_cells():
    return told_cells(OPENING, dict.fromkeys(WORK_UP, NO_STATUS),
                      {text: (status, months) for text, status, months in LATER_COURSE})


test_grid_the_work_up_at_diagnosis_is_no_follow_up = grid_test(
    work_up_cells, status_and_months, "outcome", "follow_up_months")
