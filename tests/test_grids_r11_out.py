"""Grids of the eleventh round (r11, helper 'out'): the common ways a case report states how the patient
fared and when, written from the genre in sentences of our own, not traced from reports.

- The last follow-up as reports commonly word it: alive and well, disease-free, no evidence of recurrence,
  in complete remission, stable disease, progression, a recurrence found at follow-up, died of the disease,
  of another cause or of a cause not stated; dated as 'at the last follow-up (24 months)', 'X years after
  surgery', 'during a follow-up of X months', 'to date', 'currently', numbers written out, in the case
  section, the abstract, the conclusion or the discussion, and in two sentences (a scan, then 'she is
  well'). Most of it was read already; the grid keeps it so.
- A treatment still going on at the end ('she is currently receiving lanreotide', 'he remains on
  everolimus', 'octreotide LAR was continued') was read as 'alive with disease' here; r27 retired that: it is
  no status by itself, and a status said beside it is read as every status is.
- A tumour's response told by a word of its own ('the liver lesions regressed', 'regression of the
  metastases', 'shrinkage of the mass', 'the lesions were smaller') or its control ('the disease is
  currently under control') is 'alive with disease', but only about a tumour ('response_subjects'): a lung
  infiltrate's regression is none, a symptom's control says she is well ('alive').
- The clause opening the report's account ('We present a case of shrinking carcinoids ...', 'We report a patient
  with a recurrence after 4 years') tells its topic: its disease words are no outcome, unless it goes on
  to say she lives ('We report a patient who ... was well 8 years after the first operation').
- A death dated after its cause ('Death due to tumour progression occurred 19 months after diagnosis'), and a
  cause told as not the tumour's ('died of causes not related to the tumour', 'other than the NET').
- An insulinoma's patient 'euglycaemic' or 'normoglycaemic' at a follow-up is well, as one in 'excellent
  general condition' or who 'leads a normal life' is.
- A bare 'alive' word right after a denial ('No improvement was noted') is no status.
- A point after a later event ('alive 3 years after the detection of the metastases') counts from the point
  that dated the event, past the lengths of treatments told between them ('everolimus for 8 months').

Each grid pairs every absence with a presence, so it fails when the outcome extractor finds nothing."""
from __future__ import annotations

from test_grids import CASE, framed_cells, grid_test, told_cells
from test_grids_r5_outc import NO_DISEASE, NO_STATUS, status_and_months

WITH, ALIVE = "alive with disease", "alive"
DOD, DOC, DIED = "died of disease", "died of other cause", "died"
RESECTED = ("A 58-year-old man presented with intermittent abdominal pain. Computed tomography showed a 3-cm mass in "
            "the terminal ileum. He underwent a segmental ileal resection with lymphadenectomy. Histology showed a "
            "well-differentiated neuroendocrine tumour, G1, with a Ki-67 index of 2%. ")
METASTATIC = ("A 63-year-old woman presented with flushing and diarrhoea. Computed tomography showed multiple liver "
              "metastases and a mesenteric mass. A liver biopsy showed a well-differentiated neuroendocrine tumour, "
              "G2, with a Ki-67 index of 8%. ")

# --- the last follow-up as reports commonly word it ----------------------------------------------------------
LAST_FOLLOW_UP = {
    "At the last follow-up, 24 months after surgery, he is alive and well with no evidence of recurrence.":
        (NO_DISEASE, 24),
    "He remains asymptomatic and free of disease 2 years after the operation.": (NO_DISEASE, 24),
    "Two years postoperatively, he has no evidence of recurrence or metastasis.": (NO_DISEASE, 24),
    "The patient has been disease-free for 3 years.": (NO_DISEASE, 36),
    "He is currently in complete remission, 18 months after surgery.": (NO_DISEASE, 18),
    "During a follow-up of 30 months, there was no sign of recurrence.": (NO_DISEASE, 30),
    "Follow-up CT at 12 months showed no evidence of disease.": (NO_DISEASE, 12),
    "At the 5-year follow-up, he remains tumour-free.": (NO_DISEASE, 60),
    "He has been followed up for 4 years without recurrence.": (NO_DISEASE, 48),
    "No recurrence has been observed to date (36 months).": (NO_DISEASE, 36),
    "Until now (20 months after surgery), the patient has shown no signs of recurrence.": (NO_DISEASE, 20),
    "He is alive and disease-free at 6 years.": (NO_DISEASE, 72),
    "Surveillance imaging over the following two years has shown no recurrence.": (NO_DISEASE, 24),
    "The patient was recurrence-free at his 1-year follow-up visit.": (NO_DISEASE, 12),
    "One year after resection, somatostatin receptor scintigraphy showed no residual disease.": (NO_DISEASE, 12),
    "Eighteen months after surgery, he is well with no evidence of disease on imaging.": (NO_DISEASE, 18),
    "He has remained free of recurrence for more than five years.": (NO_DISEASE, 60),
    "There has been no evidence of recurrent disease over a follow-up period of 3 years.": (NO_DISEASE, 36),
    "Postoperative follow-up for 14 months revealed no recurrence.": (NO_DISEASE, 14),
    "A follow-up colonoscopy performed one year later showed no residual tumour.": (NO_DISEASE, 12),
    "The patient is alive without recurrence 8 years after diagnosis.": (NO_DISEASE, 96),
    "At present, 2 years after surgery, there is no sign of local recurrence or distant metastases.": (NO_DISEASE, 24),
    "His chromogranin A level normalised and he remains disease free 15 months after the operation.": (NO_DISEASE, 15),
    "He is tumour free after a follow-up of 2.5 years.": (NO_DISEASE, 30),
    "Twenty-four months after surgery, he remains free of disease.": (NO_DISEASE, 24),
    "He remains tumor-free 10 years after surgery.": (NO_DISEASE, 120),
    "At the last follow-up (24 months), the patient was alive without recurrence.": (NO_DISEASE, 24),
    "At the last follow-up (two years), the patient was alive without recurrence.": (NO_DISEASE, 24),
    "To date, 30 months after the resection, there has been no recurrence.": (NO_DISEASE, 30),
    "Regular follow-up for 3 years has shown no recurrence.": (NO_DISEASE, 36),
    "A year later he had no evidence of disease.": (NO_DISEASE, 12),
    "No recurrence was detected on CT performed 12 and 24 months after surgery.": (NO_DISEASE, 24),
    "Follow-up: 36 months, no evidence of disease.": (NO_DISEASE, 36),
    "He has been followed for 26 months. He is asymptomatic and there is no evidence of recurrence.": (NO_DISEASE, 26),
    "Follow-up imaging was performed every 6 months. At 3 years, there is no evidence of disease.": (NO_DISEASE, 36),
    "After a follow-up of 48 months, the patient shows no signs of recurrence.": (NO_DISEASE, 48),
    "The patient remains recurrence-free, with 5 years of follow-up.": (NO_DISEASE, 60),
    "He is now 4 years post-resection with no evidence of recurrent disease.": (NO_DISEASE, 48),
    "Seven years after the operation, the patient is still alive without any evidence of disease.": (NO_DISEASE, 84),
    "Repeat imaging at 6 and 12 months showed no evidence of recurrence.": (NO_DISEASE, 12),
    "She is currently alive and free of symptoms 40 months after surgery.": (ALIVE, 40),
    "Currently, 7 years after the operation, the patient is in good health.": (ALIVE, 84),
    "He is alive and well four and a half years after resection.": (ALIVE, 54),
    "The patient is doing well at 6 months of follow-up.": (ALIVE, 6),
    "At his 2-year follow-up, he was asymptomatic.": (ALIVE, 24),
    "Over a follow-up of 5 years, the patient had no further episodes of diarrhoea.": (ALIVE, 60),
    "He has had no recurrence of flushing during 3 years of follow-up.": (ALIVE, 36),
    "He was alive at the last contact, 13 months after the diagnosis.": (ALIVE, 13),
    "Five years on, he is alive and well.": (ALIVE, 60),
    "He has now been followed for two years. He remains well, with normal chromogranin A.": (ALIVE, 24),
    "The patient has survived for nearly 9 years and is still under observation.": (ALIVE, 108),
    "Twelve months later, CT showed progression of the liver metastases.": (WITH, 12),
    "At 9 months, a local recurrence was found at the anastomosis.": (WITH, 9),
    "Two years later, he remains alive with disease.": (WITH, 24),
    "The patient is alive with persistent liver metastases 5 years after initial diagnosis.": (WITH, 60),
    "He developed a local recurrence 2 years postoperatively.": (WITH, 24),
    "Five years after surgery, he presented with multiple liver metastases.": (WITH, 60),
    "The patient is currently alive, 2 years after diagnosis, with bone metastases.": (WITH, 24),
    "At 4 years he remains on lanreotide with no evidence of progression.": (WITH, 48),
    "He is under surveillance with stable disease 2 years after diagnosis.": (WITH, 24),
    "At the time of writing, 16 months after the diagnosis, he is alive with disease.": (WITH, 16),
    "The patient died of progressive disease 8 months after diagnosis.": (DOD, 8),
    "He passed away 14 months after the diagnosis due to liver failure from metastatic disease.": (DOD, 14),
    "He succumbed to his disease 2 years after presentation.": (DOD, 24),
    "He expired 3 months after surgery from pneumonia.": (DOC, 3),
    "He died of an unrelated cause (myocardial infarction) 5 years after the resection, with no evidence of "
    "recurrence.": (DOC, 60),
    "He died six months later.": (DIED, 6),
    "The patient died 11 months after the diagnosis.": (DIED, 11),
    "Despite chemotherapy, the disease progressed and he died 10 months after diagnosis.": (DIED, 10),
    "He died of tumour progression 15 months after the start of treatment.": (DOD, 15),
    "He died from a stroke 3 years after surgery, free of tumour.": (DOC, 36),
    "Death occurred 7 months after diagnosis owing to multiple liver metastases.": (DOD, 7),
    "The patient died of causes unrelated to the tumour 6 years later.": (DOC, 72),
    "He eventually died of carcinoid heart disease 4 years after the diagnosis.": (DOD, 48),
    "The patient died of metastatic disease, 26 months after the initial diagnosis.": (DOD, 26),
    "He refused further treatment and died 2 months later.": (DIED, 2),
    "He died suddenly at home 9 months after surgery; no autopsy was performed.": (DIED, 9),
    "Despite treatment there was no improvement, and he died 3 months later.": (DIED, 3),
    "The patient succumbed to the disease after 20 months.": (DOD, 20),
}
NO_FOLLOW_UP = ["The patient was subsequently lost to follow-up.",
                "He was discharged on postoperative day 7 in good condition.",
                "The postoperative course was uneventful.", "Regular follow-up with CT every 6 months was recommended."]
ELSEWHERE = {"He is alive and disease-free 3 years after surgery.": (NO_DISEASE, 36),
             "He remains free of recurrence 4 years after the operation.": (NO_DISEASE, 48),
             "He died of metastatic disease 2 years after diagnosis.": (DOD, 24)}


def last_follow_up_cells():
    yield from told_cells(RESECTED, LAST_FOLLOW_UP, dict.fromkeys(NO_FOLLOW_UP, NO_STATUS))
    for text, want in ELSEWHERE.items():  # the status told only in the abstract, the conclusion or the discussion
        case = CASE.format(RESECTED)
        yield f"Abstract\nWe describe a 58-year-old man with an ileal neuroendocrine tumour. {text}\n\n{case}", want
        yield f"{case}\nConclusion\n{text}\n", want
        yield f"{case}\nDiscussion\nIleal NETs are often found late. Our patient {text[0].lower()}{text[1:]}\n", want


test_grid_the_last_follow_up_as_commonly_worded = grid_test(
    last_follow_up_cells, status_and_months, "outcome", "follow_up_months")


# --- a treatment still going on at the end: no status by itself (r27) ---------------------------------------------
# r11 read it as 'alive with disease'; r27 retired that: the guideline's worked example of a report that ends as a
# treatment starts leaves the outcome empty, and the development set's labellers never read one so. A status said
# beside it is read as every status is.
ONGOING_FRAMES = ["She {} lanreotide.", "Two years after diagnosis, she {} octreotide LAR.",
                  "She {} everolimus, 18 months after the diagnosis.",
                  "At the last visit she {} monthly injections of lanreotide."]
ONGOING = ["is currently receiving", "is currently on", "remains on", "continues on", "continues to receive",
           "is still being treated with", "is now receiving", "has been on", "is maintained on", "is still on",
           "remained on"]
ONGOING_TOLD = ["She is currently undergoing peptide receptor radionuclide therapy.",
                "She is receiving palliative chemotherapy.", "She has been on lanreotide for 3 years.",
                "She remains on octreotide LAR 2 years after diagnosis.", "Treatment with lanreotide is ongoing.",
                "Lanreotide treatment is ongoing, 2 years after diagnosis.", "She was continued on lanreotide.",
                "She is still under treatment with lanreotide.", "She is currently on the fourth cycle of PRRT."]
STATED_BESIDE = {  # a status said beside the treatment is read as every status is
    "She is still on octreotide and doing well 5 years after diagnosis.": (ALIVE, 60),
    "Octreotide LAR was continued, and she remains well 2 years after diagnosis.": (ALIVE, 24),
    "She remains on lanreotide with stable disease 2 years after diagnosis.": (WITH, 24),
    "A CT scan two years after surgery showed no recurrence. She remains on lanreotide.": (NO_DISEASE, 24),
    "She is free of disease and remains on lanreotide 2 years after surgery.": (NO_DISEASE, 24),
    "She is now on regular follow-up without any treatment.": (ALIVE, None)}


def ongoing_cells():
    for frame in ONGOING_FRAMES:
        yield from framed_cells(METASTATIC, [frame], dict.fromkeys(ONGOING, NO_STATUS))
    yield from told_cells(METASTATIC, dict.fromkeys(ONGOING_TOLD, NO_STATUS), STATED_BESIDE)


test_grid_a_treatment_still_going_on_is_no_status_by_itself = grid_test(
    ongoing_cells, status_and_months, "outcome", "follow_up_months")


# --- a tumour's response told by a word of its own --------------------------------------------------------------
RESPONSE = {"Six months later, the liver lesions were smaller.": (WITH, 6),
            "The liver lesions regressed after treatment, 6 months later.": (WITH, 6),
            "CT after 6 months showed regression of the liver metastases.": (WITH, 6),
            "Follow-up CT 6 months later showed shrinkage of the mesenteric mass.": (WITH, 6),
            "Six months later, the mesenteric mass had regressed.": (WITH, 6),
            "Six months later, the tumour deposits were smaller.": (WITH, 6),
            "The disease is currently under control with monthly lanreotide.": (WITH, None),
            "The disease is currently under control with monthly lanreotide, 4 years after the diagnosis.": (WITH, 48),
            "Two years later, the metastatic disease remains under control.": (WITH, 24),
            "Her disease is well controlled 2 years after diagnosis.": (WITH, 24),
            "Six months later, the mesenteric mass showed complete regression.": (NO_DISEASE, 6)}
NOT_A_RESPONSE = {"Six months later, the pulmonary infiltrates showed regression.": NO_STATUS,
                  "On admission, a smaller nodule was seen beside the mass.": NO_STATUS,
                  # a symptom under control: she is well
                  "Her flushing has been well controlled for two years.": (ALIVE, 24),
                  "Two years after diagnosis, her symptoms are under control.": (ALIVE, 24)}


def response_cells():
    yield from told_cells(METASTATIC, RESPONSE, NOT_A_RESPONSE)


test_grid_a_response_of_the_tumour_is_alive_with_disease = grid_test(
    response_cells, status_and_months, "outcome", "follow_up_months")


# --- the clause opening the report's account --------------------------------------------------------------------
OPENERS = ["We report", "We present", "We describe", "We herein report", "Here we present"]
TOPICS = {"{} a case of shrinking gastric carcinoids once the antrum was removed.": NO_STATUS,
          "{} a woman with liver metastases 4 years after resection of a rectal NET.": NO_STATUS,
          "{} a woman with a recurrence after 4 years.": NO_STATUS,
          "{} a woman who had two hepatectomies and was well 8 years after the first operation.":
              (ALIVE, 96),
          "{} a woman who remains disease-free 10 years after resection of a rectal NET.": (NO_DISEASE, 120)}


def opener_cells():
    for topic, want in TOPICS.items():
        yield from framed_cells("", [topic], {opener: want for opener in OPENERS})


test_grid_the_clause_opening_the_report_tells_its_topic = grid_test(
    opener_cells, status_and_months, "outcome", "follow_up_months")


# --- a death dated after its cause ---------------------------------------------------------------------------
CAUSED_DEATHS = {"Death due to tumour progression occurred 19 months after diagnosis.": (DOD, 19),
                 "Death from liver failure occurred 19 months after diagnosis.": (DOD, 19),
                 "Death owing to metastatic disease followed 19 months after diagnosis.": (DOD, 19),
                 "Death from pneumonia came 19 months after diagnosis.": (DOC, 19),
                 "Death due to tumour progression 19 months after diagnosis was recorded.": (DOD, 19)}
NOT_A_DEATH = {"The risk of death from liver failure is discussed with every patient.": NO_STATUS}


def caused_death_cells():
    yield from told_cells(METASTATIC, CAUSED_DEATHS, NOT_A_DEATH)


test_grid_a_death_dated_after_its_cause = grid_test(
    caused_death_cells, status_and_months, "outcome", "follow_up_months")


# --- a point after a later event, with treatments' lengths told between ---------------------------------------
# 'alive 3 years after the detection of the metastases' counts from the point that dated the event, past the
# lengths of the treatments told between them; a plain 'later' after a treatment's length still starts afresh.
EVENT_CHAINS = {
    "Liver metastases were found 2 years after surgery. Everolimus was given for 8 months, then sunitinib for 6 "
    "months. She is alive 3 years after the detection of the metastases.": (WITH, 60),
    "Two years after surgery a recurrence was found in the liver. Lanreotide was given for 12 months. She remains "
    "well 18 months after the recurrence.": (WITH, 42),  # the recurrence is not said to be gone
    "A recurrence appeared 2 years later. She received capecitabine for 4 months and PRRT for 6 months. She died "
    "of progressive disease 20 months after the relapse.": (DOD, 44),
    "A recurrence appeared 2 years later. She received capecitabine for 4 months. She is alive 20 months after "
    "the recurrence, with stable disease.": (WITH, 44),
    # no event: the point counts as it stands
    "She received capecitabine for 4 months. She is alive 20 months later, with stable disease.": (WITH, 20)}


def event_chain_cells():
    yield from told_cells(METASTATIC, EVENT_CHAINS)


test_grid_a_point_after_a_later_event_counts_past_treatment_lengths = grid_test(
    event_chain_cells, status_and_months, "outcome", "follow_up_months")


# --- an insulinoma's patient at follow-up ---------------------------------------------------------------------
INSULINOMA = ("A 45-year-old woman presented with recurrent episodes of confusion and sweating relieved by "
              "food. Fasting tests confirmed endogenous hyperinsulinism, and MRI showed a 14-mm lesion in the "
              "pancreatic tail. She underwent laparoscopic enucleation, and histology showed a well-differentiated "
              "neuroendocrine tumour, G1. ")
EUGLYCAEMIC = {"She is now euglycaemic, 6 months after surgery.": (ALIVE, 6),
               "Two years after surgery she remains normoglycaemic.": (ALIVE, 24),
               "She has remained euglycemic for 2 years.": (ALIVE, 24),
               "She has been free of hypoglycaemia for 2 years.": (ALIVE, 24),
               "Two years after surgery there has been no recurrence of hypoglycaemia.": (ALIVE, 24)}
NOT_YET = {"On admission she was euglycaemic under a glucose infusion.": NO_STATUS,
           "She was discharged home on the fifth postoperative day.": NO_STATUS}


def insulinoma_cells():
    yield from told_cells(INSULINOMA, EUGLYCAEMIC, NOT_YET)


test_grid_an_insulinoma_patient_at_follow_up = grid_test(insulinoma_cells, status_and_months, "outcome",
                                                         "follow_up_months")


# --- the durations of a follow-up, as reports word them -------------------------------------------------------
DURATIONS_TOLD = {
    'He has been free of recurrence till date, 3 years after surgery.': (NO_DISEASE, 36),
    'Up to now, 3 years after surgery, there has been no recurrence.': (NO_DISEASE, 36),
    'He has had a 3-year follow-up without recurrence.': (NO_DISEASE, 36),
    'After a follow-up period of 1.5 years, there is no evidence of recurrence.': (NO_DISEASE, 18),
    'At the 30-month follow-up, there was no evidence of recurrence.': (NO_DISEASE, 30),
    'Over the following 5 years, there was no recurrence.': (NO_DISEASE, 60),
    'In the subsequent 2 years, no recurrence was observed.': (NO_DISEASE, 24),
    'After 2 years of follow-up, he is free of disease.': (NO_DISEASE, 24),
    'He has been disease-free for 7 years now.': (NO_DISEASE, 84),
    'Since then, he has remained free of disease for 5 years.': (NO_DISEASE, 60),
    'He remains without evidence of disease at 36 months.': (NO_DISEASE, 36),
    'No recurrence has been detected during 2 years of surveillance.': (NO_DISEASE, 24),
    'Surveillance CT scans every 6 months for 3 years showed no recurrence.': (NO_DISEASE, 36),
    'The patient is alive and free of disease 30 months postoperatively.': (NO_DISEASE, 30),
    'Thirty months postoperatively, the patient is alive and free of disease.': (NO_DISEASE, 30),
    'He has been followed for 5 years with no evidence of recurrence.': (NO_DISEASE, 60),
    'The patient has been followed up regularly for 2 years and remains disease-free.': (NO_DISEASE, 24),
    'He was disease-free at 1-year follow-up.': (NO_DISEASE, 12),
    'At one-year follow-up, he was disease-free.': (NO_DISEASE, 12),
    'At 12-month follow-up, MRI showed no recurrence.': (NO_DISEASE, 12),
    'Follow-up MRI one year later showed no recurrence.': (NO_DISEASE, 12),
    'He is well and disease-free 2 years and 3 months after surgery.': (NO_DISEASE, 27),
    'Two and a half years after the operation he is well with no recurrence.': (NO_DISEASE, 30),
    'He remains recurrence-free after 26 months.': (NO_DISEASE, 26),
    'He has remained asymptomatic with no recurrence for the past 4 years.': (NO_DISEASE, 48),
    'At his most recent visit, 3 years after surgery, he was disease-free.': (NO_DISEASE, 36),
    'At the latest follow-up 3 years after surgery he was doing well.': (ALIVE, 36),
    'Three years after surgery, the patient is in excellent general condition.': (ALIVE, 36),
    'He is alive 3 years after surgery.': (ALIVE, 36),
    'He is asymptomatic 3 years post surgery.': (ALIVE, 36),
    'He is symptom free at 3 years post-operatively.': (ALIVE, 36),
    'Three years after surgery he leads a normal life.': (ALIVE, 36),
}


def duration_cells():
    yield from told_cells(RESECTED, DURATIONS_TOLD)


test_grid_the_durations_of_a_follow_up_as_worded = grid_test(duration_cells, status_and_months, "outcome",
                                                             "follow_up_months")


# --- the course of a metastatic tumour to its end -----------------------------------------------------------------
PANCREATIC = ("A 66-year-old man presented with weight loss. Computed tomography showed a 5-cm pancreatic mass with "
              "liver metastases. EUS-guided biopsy showed a well-differentiated neuroendocrine tumour, G2, with a "
              "Ki-67 index of 12%. ")
COURSE_TO_THE_END = {
    'He was started on lanreotide 120 mg every 4 weeks. After 12 months, the disease progressed and '
    'everolimus was added. He is alive 2 years after diagnosis.': (WITH, 24),
    'He received four cycles of 177Lu-DOTATATE. Follow-up imaging 6 months after the last cycle showed '
    'stable disease.': (WITH, 6),
    'Capecitabine and temozolomide were started. After 6 cycles, CT showed a partial response, and the '
    'patient remains on treatment.': (WITH, None),
    'He underwent distal pancreatectomy and resection of the liver metastases. He remains disease-free 3 '
    'years later.': (NO_DISEASE, 36),
    'Despite treatment, he died of hepatic failure 14 months after the diagnosis.': (DOD, 14),
    'His condition deteriorated, and he died 14 months after the diagnosis.': (DIED, 14),
    'He was referred to palliative care and died 3 months later.': (DIED, 3),
    'He died 3 months later from progression of the disease.': (DOD, 3),
    'He was transferred to hospice care, where he died 3 months later.': (DIED, 3),
    'He is currently alive with stable disease on lanreotide, 30 months after the diagnosis.': (WITH, 30),
    'At the time of this report, he is alive with stable disease.': (WITH, None),
    'He remains clinically well with stable disease 30 months after diagnosis.': (WITH, 30),
    'Thirty months after diagnosis he is alive, with a stable tumour burden.': (WITH, 30),
    'He has survived 30 months since the diagnosis with good quality of life.': (ALIVE, 30),
    # r27: the treatment she continues says nothing of the disease; her condition says she is alive
    'He is in good general condition and continues on lanreotide, 30 months after the diagnosis.': (ALIVE, 30),
    'The patient is still alive with liver metastases 30 months after the diagnosis.': (WITH, 30),
    'Thirty months after diagnosis, CT shows no progression of the liver metastases.': (WITH, 30),
    'Unfortunately, he died of tumour progression 30 months after diagnosis.': (DOD, 30),
    'Thirty months after diagnosis he developed bone metastases and died 2 months later.': (DIED, 32),
    'The patient succumbed to liver failure 30 months after diagnosis.': (DOD, 30),
    'The patient died of sepsis 30 months after diagnosis.': (DIED, 30),
    'The patient died of a myocardial infarction 30 months after diagnosis, with stable disease.': (DOC, 30),
    'The patient died of an unrelated cardiac event 30 months after diagnosis.': (DOC, 30),
    'The patient died of a cause unrelated to the NET 30 months after diagnosis.': (DOC, 30),
    'He died of causes not related to the tumour 30 months after diagnosis.': (DOC, 30),
    'He died of other causes 30 months after diagnosis.': (DOC, 30),
    'He died of a cause other than the NET 30 months after diagnosis.': (DOC, 30),
    'He died 30 months after diagnosis of causes not related to his neuroendocrine tumour.': (DOC, 30),
    'He died of a stroke not related to the tumour 30 months after diagnosis.': (DOC, 30),
    'He died of liver failure related to the metastases 30 months after diagnosis.': (DOD, 30),
}


def course_cells():
    yield from told_cells(PANCREATIC, COURSE_TO_THE_END)


test_grid_the_course_of_a_metastatic_tumour_to_its_end = grid_test(course_cells, status_and_months, "outcome",
                                                                   "follow_up_months")


# --- a bare 'alive' word denied right before it --------------------------------------------------------------
# 'No improvement was noted': the pseudo-cue 'no improvement' keeps ConText's 'no' off the sentence, and the
# improvement it denies is no living status (rules/outcome.json 'denials_before_alive').
DENIED = {"No improvement was seen in spite of treatment and regular visits.": NO_STATUS,
          "Two years later, there was no improvement of her symptoms.": NO_STATUS,
          "Two years later her symptoms were not relieved by octreotide.": NO_STATUS,
          "She was treated for two years without improvement.": NO_STATUS,
          "She is not doing well two years after diagnosis.": NO_STATUS}
NOT_DENIED = {"Two years later there was a marked improvement of her symptoms.": (ALIVE, 24),
              "Two years later her flushing was relieved by octreotide.": (ALIVE, 24),
              "She is doing well two years after diagnosis.": (ALIVE, 24)}


def denied_cells():
    yield from told_cells("A 63-year-old woman presented with flushing and diarrhoea. Computed tomography showed "
                          "multiple liver metastases. ", DENIED, NOT_DENIED)


test_grid_a_living_word_denied_right_before_it = grid_test(denied_cells, status_and_months, "outcome",
                                                           "follow_up_months")
