"""Grids of the seventh round's outcome pass on the older reports (r7c): 'followed by' orders events and
is no follow-up word (a patient introduced with 'a tumour followed by two relapses over the years' is
her presentation, not how she fared); a death's cause told before the death word with a causal word
('Owing to tumour progression, he died', 'pneumonia caused her death'); 'has been well' as a status
of the follow-up; the latest visit dated by a time point after the operation; a website's generated
summary ('AI Key Findings') is no part of the report; a survival extended 'to' a duration is a death
dated by it; a duration a living status lasted ('free of disease for 14 months duration') is its time,
though a history word stands beside it; a death told before a hypothetical cue of another clause ('died
before a biopsy could be obtained') is a fact. The sentences are our own; each grid pairs an
absence with a presence, so it fails when the outcome extractor finds nothing
(tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test, told_cells
from test_grids_r5_outc import NO_DISEASE, NO_STATUS, OPENING, status_and_months

WITH_DISEASE = "alive with disease"

# --- 'followed by' is an order of events, not a follow-up ------------------------------------------------------
INTRODUCED = ["We describe a 47-year-old woman with a gastric NET followed by two relapses over the years.",
              "This is the case of a 47-year-old man whose thymic carcinoid was followed by recurrences for years.",
              "A 47-year-old woman had a rectal NET, followed by three local recurrences over 10 years.",
              "We present a 47-year-old man with a lung carcinoid followed by liver metastases years later."]
FOLLOWED_UP = [("We describe a 47-year-old woman with a gastric NET who was followed for 2 years without recurrence.",
                NO_DISEASE, 24),
               ("A 47-year-old man had a rectal NET excised, followed by octreotide; he remains well 2 years later.",
                "alive", 24),
               ("We present a 47-year-old woman whose NET recurred and who is followed with stable disease 2 years later.",
                WITH_DISEASE, 24)]


def sequence_cells():
    return told_cells("", dict.fromkeys(INTRODUCED, NO_STATUS),
                      {text: (status, months) for text, status, months in FOLLOWED_UP})


test_grid_followed_by_is_no_follow_up = grid_test(sequence_cells, status_and_months, "outcome", "follow_up_months")

# --- a cause told before the death word -------------------------------------------------------------------------
OPENERS = ["Because of", "Owing to", "Due to", "As a result of", "Secondary to"]
CAUSES = {"the spread of her metastatic disease": "died of disease", "tumour progression": "died of disease",
          "an overwhelming pneumonia": "died of other cause", "a stroke": "died of other cause"}
SUBJECTS = ["she died", "the patient died", "she passed away", "our patient succumbed"]
LED = ["led to her death", "caused her death", "resulted in her death", "contributed to her death"]
NO_CAUSE = ["Chemotherapy was stopped because of toxicity, and she died 8 months after diagnosis.",
            "Because of her wishes she went home, and she died 8 months after diagnosis.",
            "Owing to the rarity of the tumour, no trial was open; she died 8 months after diagnosis.",
            "Due to a fall, she broke her hip. She died 8 months after diagnosis."]
CAUSE_AFTER = [("Because of her wishes, she died at home of liver failure 8 months after diagnosis.", "died of disease"),
               ("Due to the progression, therapy changed, and she died of pneumonia 8 months after diagnosis.",
                "died of other cause")]


def cause_cells():
    for opener, (cause, status), subject in itertools.product(OPENERS, CAUSES.items(), SUBJECTS):
        yield CASE.format(f"{OPENING}{opener} {cause}, {subject} 8 months after diagnosis."), (status, 8)
    for verb, (cause, status) in itertools.product(LED, CAUSES.items()):
        yield CASE.format(f"{OPENING}{cause[0].upper()}{cause[1:]} {verb} 8 months after diagnosis."), (status, 8)
    yield from told_cells(OPENING, dict.fromkeys(NO_CAUSE, ("died", 8)),
                          {text: (status, 8) for text, status in CAUSE_AFTER})


test_grid_a_cause_told_before_the_death = grid_test(cause_cells, status_and_months, "outcome", "follow_up_months")

# --- 'has been well' and the latest visit -----------------------------------------------------------------------
BEEN_WELL = ["She has been well for 2 years.",
             "Since the operation two years ago, he has been well.",
             "At 24 months of follow-up, he has been well.",
             "Two years after surgery, the patient has been well and is working."]
NOT_YET = ["She has been well apart from the flushing.",
           "He had been well until the diarrhoea began 2 years before admission."]
LATEST_VISIT = [("At the latest visit, 2 years after surgery, she was free of disease.", NO_DISEASE),
                ("At her most recent visit, two years after the resection, she was well.", "alive"),
                ("At the last visit, 24 months after the operation, the liver metastases were stable.", WITH_DISEASE),
                ("Two years after surgery, at his latest visit, there was no recurrence.", NO_DISEASE)]


def been_well_cells():
    return told_cells(OPENING, dict.fromkeys(BEEN_WELL, ("alive", 24)), dict.fromkeys(NOT_YET, NO_STATUS),
                      {text: (status, 24) for text, status in LATEST_VISIT})


test_grid_has_been_well_and_the_latest_visit = grid_test(been_well_cells, status_and_months,
                                                         "outcome", "follow_up_months")

# --- a website's generated summary --------------------------------------------------------------------------------
OWN_END = "The patient continues to be closely followed."
GENERATED = ["AI Key Findings\n\nThe tumour recurred within 14 months of surgery and spread to the lungs.\n",
             "AI Key Findings\nMethodology\nA case report.\nKey Results\nLung metastases appeared 14 months after "
             "the operation.\n"]


def generated_summary_cells():
    for summary in GENERATED:
        yield CASE.format(f"{OPENING}{OWN_END}\n\n{summary}"), ("alive", None)
    yield CASE.format(OPENING + "Lung metastases appeared 14 months after the operation."), (WITH_DISEASE, 14)


test_grid_a_generated_summary_is_not_the_report = grid_test(generated_summary_cells, status_and_months,
                                                            "outcome", "follow_up_months")

# --- a survival extended to a duration ----------------------------------------------------------------------------
EXTENDED = ["Second-line chemotherapy extended her survival to 20 months after diagnosis.",
            "Everolimus prolonged his survival to 20 months after the diagnosis.",
            "With PRRT and sunitinib, the patient's survival to 20 months after diagnosis exceeded the expected course."]
NOT_DEAD = [("PRRT may extend survival to 20 months in such tumours.", (None, None)),
            ("Her survival to date is 20 months, and she is free of disease.", (NO_DISEASE, 20))]


def survival_cells():
    return told_cells(OPENING, dict.fromkeys(EXTENDED, ("died", 20)), dict(NOT_DEAD))


test_grid_a_survival_extended_to_a_duration = grid_test(survival_cells, status_and_months,
                                                        "outcome", "follow_up_months")

# --- the time a living status lasted --------------------------------------------------------------------------------
LASTED = [("She remained disease-free for 14 months duration.", NO_DISEASE),
          ("He stayed free of disease for a period of 14 months duration.", NO_DISEASE),
          ("After the resection she was asymptomatic for 14 months duration.", "alive"),
          ("He was free of tumour for a total of 14 months duration, after which he developed lung metastases.",
           WITH_DISEASE)]
HISTORY = ["She had flushing for 14 months duration.",
           "He reported diarrhoea of 14 months duration.",
           "Her abdominal pain, of 14 months duration, had been treated as gastritis."]


def lasted_cells():
    return told_cells(OPENING, {text: (status, 14) for text, status in LASTED}, dict.fromkeys(HISTORY, NO_STATUS))


test_grid_the_time_a_status_lasted = grid_test(lasted_cells, status_and_months, "outcome", "follow_up_months")

# --- a death before a hypothetical cue of another subject ----------------------------------------------------------
STATED_DEATHS = [("She died suddenly before a biopsy could be obtained.", "died"),
                 ("The patient passed away before any treatment could be started.", "died"),
                 ("He died of liver failure before chemotherapy could be given.", "died of disease"),
                 ("She died on the ward, and no autopsy could be performed.", "died"),
                 ("He died at home before surgery was considered.", "died")]
FEARED = ["The patient may have died of the tumour.",
          "Had the tumour been missed, she might have died.",
          "It was feared that he might die before the operation.",
          "A death from the tumour could be expected within months."]


def stated_death_cells():
    return told_cells(OPENING, {text: (status, None) for text, status in STATED_DEATHS},
                      dict.fromkeys(FEARED, NO_STATUS))


test_grid_a_death_before_another_clauses_hypothesis = grid_test(stated_death_cells, status_and_months,
                                                                "outcome", "follow_up_months")

# --- a value that normalized --------------------------------------------------------------------------------------
LATER_NORMAL = ["Three months after surgery, her serum calcium normalized.",
                "Her blood glucose normalised within 3 months after the resection.",
                "At 3 months of follow-up, his gastrin level had normalized."]
ON_ARRIVAL = ["On arrival, an infusion of dextrose normalised her glucose.",
              "In the emergency room, intravenous glucose normalized her blood sugar and the confusion cleared.",
              "Fluids and calcitonin normalized the calcium before the work-up."]


def normalized_cells():
    return told_cells(OPENING, dict.fromkeys(LATER_NORMAL, ("alive", 3)), dict.fromkeys(ON_ARRIVAL, NO_STATUS))


test_grid_a_value_normalized_in_the_follow_up = grid_test(normalized_cells, status_and_months,
                                                          "outcome", "follow_up_months")

# --- another death word --------------------------------------------------------------------------------------------
DEATH_WORDS = [("He remained alive for 30 months after diagnosis before succumbing to the disease.", "died of disease"),
               ("She lived 30 months after the resection, finally succumbing to liver failure.", "died of disease")]
NOT_DEATHS = [("Thirty months after surgery she was treated for pneumonia and recovered well.", "alive")]


def death_word_cells():
    return told_cells(OPENING, {text: (status, 30) for text, status in DEATH_WORDS + NOT_DEATHS})


test_grid_more_words_of_a_death = grid_test(death_word_cells, status_and_months, "outcome", "follow_up_months")
