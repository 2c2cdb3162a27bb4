"""Grids of the eighth round's new reports, treatments, outcome and metastatic sites (r9b): the shapes
their errors showed, each written out in its commonest variants in sentences of our own.

- Outcome: 'recurrent free' is 'recurrence-free' misspelt; 'no recurrent signs' in a follow-up clause says
  the disease is gone; a residual tumour that 'did not enlarge' or 'did not grow' is still there; a
  'favourable outcome' at a follow-up says she is well; 'disease-free survivors' is the literature's
  statistic; a patient let go ('cleared, with no need for additional surveillance', 'discharged from
  follow-up') is free of disease. Each of the phrases that need a follow-up clause says nothing at admission. A living status
  that its sentence ends with a return ('remained asymptomatic and re-presented 6 years later') is no
  outcome; a denied return ('has not been readmitted') ends none.
- Syndromes: a syndrome suspected in one sentence and confirmed in one of the next two ('A secretin
  stimulation test confirmed the diagnosis') is the patient's; 'confirmed the diagnosis of ...' and 'was
  not confirmed' confirm none.
- Follow-up: 'no recurrence was reported at the 2-year follow-up' is the patient's follow-up (a 'reported'
  cue makes a negated status in a follow-up clause no literature); her own 'progression-free survival of
  21 months' dates the follow-up. A death told twice (dated in the case, with its cause in a summary)
  keeps the cause of the one and the date of the other.
  A death from the operation's harm ('died of postoperative complications') is of another cause; a
  bleeding alone names none.
- A follow-up word inside a time with no length ('treated for years with improvement', 'over the years')
  places no status in the follow-up.
- Treatments: the plural of a drug's name ('oral etoposides'); the platinum and PD-1 drugs of Chinese and
  Japanese reports (nedaplatin, lobaplatin, sintilimab, toripalimab, camrelizumab, tislelizumab,
  serplulimab); 'CCRT' as chemoradiotherapy; ethanol ablation; an operation told by the organ it took
  ('removal of 20 cm of ileum'), but not a stone or a stent taken from an organ.
  An embolization that stops a bleeding ('control of the haemorrhage with embolization') is supportive care.
- Sites: a bracket after a metastasis word opens its list of sites ('multiple metastases (liver, lung and
  bone)'); a bracket after a site (a figure, a count) adds none.

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test, metastasis_and_sites, told_cells
from test_grids_r5_outc import NO_DISEASE, NO_STATUS, OPENING, status_and_months

WITH_DISEASE = "alive with disease"

# --- outcome: misspelt, plain and response phrases of a follow-up ----------------------------------------------
TIMES = ["two years after surgery", "at the 24-month follow-up", "24 months after the resection"]
LIVING = {"{t}, she is recurrent free.": NO_DISEASE,
          "She has remained recurrent-free {t}.": NO_DISEASE,
          "No recurrent signs were seen {t}.": NO_DISEASE,
          "The residual tumour did not enlarge {t}.": WITH_DISEASE,
          "The residual liver lesion has not enlarged {t}.": WITH_DISEASE,
          "The residual tumour did not grow {t}.": WITH_DISEASE,
          "The treatment led to a favourable outcome {t}.": "alive",
          "She had a favorable outcome {t}.": "alive"}
LET_GO = {"He was then seen in oncology and cleared, with no need for additional surveillance.": (NO_DISEASE, None),
          "No further surveillance was required after the appendectomy.": (NO_DISEASE, None),
          "There was no need for further surveillance.": (NO_DISEASE, None),
          "She was discharged from follow-up two years after surgery.": (NO_DISEASE, 24)}
AT_ADMISSION = ["No recurrent signs of the earlier gastritis were noted on admission.",
                "On histology the tumour did not grow into the muscularis propria.",
                "A favourable outcome was hoped for on admission.",
                "There are few long-term disease-free survivors after such transplants.",
                "In the literature, recurrence-free survivors are few."]


def living_cells():
    for (frame, status), time in itertools.product(LIVING.items(), TIMES):
        sentence = frame.format(t=time)
        yield CASE.format(OPENING + sentence[0].upper() + sentence[1:]), (status, 24)
    yield from told_cells(OPENING, dict.fromkeys(AT_ADMISSION, NO_STATUS), LET_GO)


test_grid_living_status_words = grid_test(living_cells, status_and_months, "outcome", "follow_up_months")

# --- a death told twice: the cause of one, the date of the other -----------------------------------------------
DATED = ["She died 42 days after the diagnosis.", "He died six weeks after the initial diagnosis.",
         "She passed away 6 weeks after surgery."]
SUMMED = {"We report a patient who died of progressive cancer.": "died of disease",
          "In summary, the patient died of liver failure from his metastases.": "died of disease",
          "Our patient, who died of pneumonia, shows the risk.": "died of other cause"}
UNDATED = {"The patient died of progressive cancer.": ("died of disease", None),
           "She died of pneumonia.": ("died of other cause", None)}


def death_cells():
    for dated, (summary, status) in itertools.product(DATED, SUMMED.items()):
        yield CASE.format(f"{OPENING}{dated}\n{summary}"), (status, 1.4 if "42" in dated else 1.5)
    yield from told_cells(OPENING, UNDATED)


test_grid_death_told_twice = grid_test(death_cells, status_and_months, "outcome", "follow_up_months")

# --- treatments: plurals, new drugs, CCRT, ethanol ablation, an organ removed ----------------------------------
INTRO = "A 62-year-old man had a small cell neuroendocrine carcinoma.\n"
TREATED = {"He stayed well on oral etoposides for a year.": ["etoposide"],
           "Two courses of cisplatins were given.": ["cisplatin"],
           "He then took daily capecitabines.": ["capecitabine"],
           "He underwent CCRT with weekly nedaplatin.": ["radiotherapy", "nedaplatin"],
           "Concurrent chemoradiotherapy (CCRT) followed.": ["chemotherapy", "radiotherapy"],
           "He received lobaplatin and etoposide.": ["lobaplatin", "etoposide"],
           "He was treated with paclitaxel, carboplatin and sintilimab.": ["paclitaxel", "carboplatin", "sintilimab"],
           "Toripalimab was added to etoposide.": ["toripalimab", "etoposide"],
           "He received camrelizumab with etoposide.": ["camrelizumab", "etoposide"],
           "Tislelizumab was started with carboplatin.": ["tislelizumab", "carboplatin"],
           "He was given serplulimab and carboplatin.": ["serplulimab", "carboplatin"],
           "EUS-guided ethanol ablation of the lesion was performed.": ["ethanol ablation"],
           "Alcohol ablation of the nodule was done under ultrasound.": ["ethanol ablation"],
           "Removal of 20 cm of ileum was performed.": ["surgery"],
           "After removal of the spleen, pathology confirmed the diagnosis.": ["surgery"],
           "We removed the left adrenal gland.": ["surgery"],
           "He underwent removal of a segment of small bowel.": ["surgery"]}
NOT_TREATED = ["The dosages were adjusted.",
               "ERCP with removal of a stone from the bile duct was done.",
               "He underwent removal of the stent in the duodenum.",
               "Removal of the drain in the liver bed was uneventful.",
               "Removal of the biliary stent was uneventful.", "The pleural drain was removed on day 3.",
               "After removal of the urinary catheter he went home."]


def treatment_cells():
    yield from told_cells(INTRO, {text: sorted(want) for text, want in TREATED.items()},
                          dict.fromkeys(NOT_TREATED, []))


test_grid_treatment_words = grid_test(treatment_cells, lambda row: sorted(row["treatments"]), "treatments")

# --- sites: a bracket opens the list ----------------------------------------------------------------------------
SITE_INTRO = "A 62-year-old man had a small cell carcinoma of the prostate.\n"
BRACKETED = {"CT showed distant metastases (liver and bone).": {"liver", "bone"},
             "CT showed multiple metastases (liver, lung and bone).": {"liver", "lung", "bone"},
             "CT showed multiple metastases (para-aortic lymph nodes, liver, and lung).": {"lymph node", "liver", "lung"},
             "PET showed metastatic lesions (liver and lungs).": {"liver", "lung"},
             "Staging found distant metastases (hepatic and osseous).": {"liver", "bone"}}
NOT_LISTED = {"Liver metastases (Figure 2) and a lung nodule were seen.": {"liver"},
              "Bone metastases (n = 3) and a liver cyst were seen.": {"bone"}}


def bracket_cells():
    yield from told_cells(SITE_INTRO, {text: ("yes", sites) for text, sites in {**BRACKETED, **NOT_LISTED}.items()})


test_grid_bracketed_site_list = grid_test(bracket_cells, metastasis_and_sites, "metastasis", "metastasis_sites")

# --- a living status that a return ended ------------------------------------------------------------------------
RETURN_OPENING = "A 42-year-old woman had an insulinoma enucleated in 2006. "
ENDED = ["The patient remained asymptomatic after surgery and re-presented 6 years later with the same symptoms.",
         "She was well until she was readmitted 6 years later with hypoglycaemia.",
         "She stayed free of symptoms for 6 years and then represented with fasting hypoglycaemia.",
         "She remained asymptomatic postoperatively, re-presenting six years later with confusion."]
LASTED = {"She remained asymptomatic for 6 years.": ("alive", 72),
          "She remained well 6 years after the operation and has never been readmitted.": ("alive", 72),
          "Six years after surgery she is well; she has not been readmitted.": ("alive", 72)}


def return_cells():
    yield from told_cells(RETURN_OPENING, dict.fromkeys(ENDED, NO_STATUS), LASTED)


test_grid_a_return_ends_the_status = grid_test(return_cells, status_and_months, "outcome", "follow_up_months")

# --- a suspected syndrome that a later sentence confirms --------------------------------------------------------
SUSPECT_INTRO = "A 48-year-old woman had watery diarrhoea and abdominal pain.\n"
SUSPECTED = {"Serum gastrin was high and suspicious for gastrinoma.": "gastrinoma",
             "An insulinoma was suspected.": "insulinoma",
             "The findings were suggestive of a VIPoma.": "VIPoma"}
CONFIRMED = ["A secretin stimulation test confirmed the diagnosis.", "The diagnosis was confirmed by a 72-hour fast.",
             "Further tests were done. Hormone levels confirmed the diagnosis."]
NOT_CONFIRMED = ["The diagnosis was not confirmed.", "A secretin stimulation test was negative.",
                 "Histology confirmed the diagnosis of a non-functioning NET.",
                 "CT was done. MRI was done. The diagnosis was confirmed by a fast."]


def confirmed_cells():
    for (suspicion, name), later in itertools.product(SUSPECTED.items(), CONFIRMED):
        yield CASE.format(f"{SUSPECT_INTRO}{suspicion} {later}"), [name]
    for suspicion, later in itertools.product(SUSPECTED, NOT_CONFIRMED):
        yield CASE.format(f"{SUSPECT_INTRO}{suspicion} {later}"), (
            ["non-functioning"] if "non-functioning" in later else [])


test_grid_a_suspicion_confirmed_later = grid_test(confirmed_cells, lambda row: row["functional_syndrome"],
                                                  "functional_syndrome")

# --- a follow-up the report reports; the patient's own progression-free survival ---------------------------------
REPORTED = {"At 5 months of follow-up, no recurrence was reported.": (NO_DISEASE, 5),
            "No recurrence was reported at the 2-year follow-up.": (NO_DISEASE, 24),
            "Two years after surgery, no symptoms were reported.": ("alive", 24),
            "The residual tumour did not enlarge further. Follow-up went on until 2021, with a progression-free "
            "survival of 21 months.": (WITH_DISEASE, 21),
            "She remains free of disease. Follow-up ended with a disease-free survival of 40 months.": (NO_DISEASE, 40)}
LITERATURE = ["Recurrence was reported in 10% of patients two years after surgery.",
              "No recurrence was reported in such cases.",
              "A median progression-free survival of 11 months is reported for such tumours."]


def reported_cells():
    yield from told_cells(OPENING, REPORTED, dict.fromkeys(LITERATURE, NO_STATUS))


test_grid_a_follow_up_the_report_reports = grid_test(reported_cells, status_and_months, "outcome", "follow_up_months")

# --- a death from the operation's harm --------------------------------------------------------------------------
OPERATION_DEATHS = {"He died of postoperative complications 18 days after surgery.": ("died of other cause", 0.6),
                    "He died 18 days after surgery of a postoperative complication.": ("died of other cause", 0.6),
                    "He died of surgical complications 18 days after the operation.": ("died of other cause", 0.6),
                    "He died of complications of surgery 18 days after the resection.": ("died of other cause", 0.6)}
TUMOUR_DEATHS = {"He died of liver metastases 2 years after surgery, without postoperative complications.":
                 ("died of disease", 24),
                 "He died of massive bleeding 18 days after surgery.": ("died", 0.6)}


def operation_death_cells():
    yield from told_cells(OPENING, OPERATION_DEATHS, TUMOUR_DEATHS)


test_grid_a_death_from_the_operation = grid_test(operation_death_cells, status_and_months, "outcome",
                                                 "follow_up_months")

# --- a time with no length is the history's ---------------------------------------------------------------------
VAGUE = ["He had been treated with topical steroids for years with improvement.",
         "Her flushing had improved for months with antihistamines before she came.",
         "Over the years her flushing had been relieved by antihistamines.",
         "She had been asymptomatic for many years before the diarrhoea began."]
DATED_LIVING = {"She has been well for 2 years.": ("alive", 24),
                "He remained asymptomatic for 3 years after surgery.": ("alive", 36),
                "Two years later she was free of disease.": (NO_DISEASE, 24)}


def vague_cells():
    yield from told_cells(OPENING, dict.fromkeys(VAGUE, NO_STATUS), DATED_LIVING)


test_grid_a_time_with_no_length = grid_test(vague_cells, status_and_months, "outcome", "follow_up_months")

# --- an embolization that stops a bleeding ----------------------------------------------------------------------
EMBOLIZED = {"Hepatic artery embolization of the liver metastases was performed.": ["embolization"],
             "He had haematuria, and embolization of the liver metastases followed.": ["embolization"],
             "Transarterial embolization was performed for the liver metastases.": ["embolization"]}
HAEMOSTASIS = ["Despite control of the hemorrhage with embolization via the internal iliac arteries, he died.",
               "The bleeding was stopped by embolization of the gastroduodenal artery.",
               "He underwent haemostatic embolization of the bladder arteries.",
               "Embolization for haematuria was done twice."]


def haemostasis_cells():
    yield from told_cells(INTRO, EMBOLIZED, dict.fromkeys(HAEMOSTASIS, []))


test_grid_an_embolization_that_stops_a_bleeding = grid_test(haemostasis_cells, lambda row: sorted(row["treatments"]),
                                                             "treatments")
