"""Grids of the seventh round's first helper (r7a: treatments, outcome, follow-up, metastasis and its sites,
syndromes), from the round's new study reports: where the case starts in an introduction or under a label
the splitter does not know, a keyword list flattened into the abstract, drugs joined by hyphens, the organ
named before its examination, a lesion list of every kind, two durations with no 'and', and a relative clause
that goes on to the operation.

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds
nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test
from test_grids_r5_outc import NO_DISEASE, OPENING, status_and_months

# --- the case opens in the introduction, or under a label the splitter does not know --------------------------------
# rules/sections.json 'implicit_case_start' (r7a): 'We present an unusual long survival of a 60-year-old man' opens the
# case as 'We present a 60-year-old man' did (up to six words, then 'of' or 'in' and the patient), and so does a case
# opening after a label of a structured abstract that is no known header ('METHODS: We present a case of a
# 35-year-old patient'). The introduction's own sentences stay out: a drug they name is the literature's.
INTRO = "Background\n\nSmall cell carcinomas of the bladder are rare and aggressive. {literature}\n\n{opening}\n"
LITERATURE = "Cisplatin-based regimens have been reported in other patients [3]."
OPENINGS = ["We present an unusual long disease-free survival of a 60-year-old man who had a small cell carcinoma.",
            "We report the remarkable course of a 60-year-old man with a small cell carcinoma.",
            "We describe a rare presentation in a 60-year-old man with a small cell carcinoma.",
            "Methods: We present a case of a 60-year-old man with a small cell carcinoma.",
            "Results: We report a 60-year-old man with a small cell carcinoma."]
TREATED = {"He underwent four cycles of etoposide.": ["etoposide"],
           "He then received octreotide and radiotherapy.": ["octreotide", "radiotherapy"]}
UNTREATED = ["Such tumours are usually treated with etoposide.", "Octreotide is given in such cases."]


def intro_case_cells():
    for opening, (treated, drugs) in itertools.product(OPENINGS, TREATED.items()):
        yield INTRO.format(literature=LITERATURE, opening=f"{opening} {treated}"), ("60", drugs)
    for opening, untreated in itertools.product(OPENINGS, UNTREATED):
        yield INTRO.format(literature=LITERATURE, opening=f"{opening} {untreated}"), ("60", [])
    # no case opening: the introduction speaks of the literature's patients only
    for treated in TREATED:
        yield INTRO.format(literature=LITERATURE, opening=f"Small cell tumours need care. {treated}"), (None, [])


test_grid_a_case_opening_in_the_introduction_starts_the_case = grid_test(
    intro_case_cells, lambda row: (row["age"], row["treatments"]), "age", "treatments")

# --- a keyword list flattened into the abstract -----------------------------------------------------------------------
# pipeline/sections.py _keyword_list_end (r7a): 'SUMMARY KEYWORDS: neoplasia, chemotherapy. Small cell carcinoma is
# ...' on one long line: the keyword list ends at its first sentence end, as a keyword line of its own ends at the
# line's end, and the abstract it interrupted goes on. The list's own words stay unread.
FILLER = ("Small cell carcinoma of the oesophagus is an uncommon entity, and no more than a few hundred cases have "
          "been reported so far in the world literature. ")
KEYWORDS = ["KEYWORDS: oesophageal neoplasm, small cell carcinoma, surgery, chemotherapy.",
            "Key words: oesophagus, small cell carcinoma, surgery, chemotherapy.",
            "KEY WORDS: small cell carcinoma; oesophagus; surgery; chemotherapy."]
PATIENTS = {"A 61-year-old woman with a small cell carcinoma of the oesophagus was treated with cisplatin and "
            "etoposide.": ("61", ["cisplatin", "etoposide"]),
            "A 61-year-old woman with a small cell carcinoma of the oesophagus is reported.": ("61", [])}


def keyword_cells():
    for keywords, (patient, want) in itertools.product(KEYWORDS, PATIENTS.items()):
        yield (f"Oesophageal small cell carcinoma: a case report\n\nSUMMARY {keywords} {FILLER}{patient} A complete "
               "remission was obtained after the treatment and the review of the literature.\n"), want


test_grid_a_flattened_keyword_list_ends_at_its_sentence = grid_test(
    keyword_cells, lambda row: (row["age"], row["treatments"]), "age", "treatments")

# --- drugs joined by hyphens ------------------------------------------------------------------------------------------
# pipeline/affix_ruler.py _hyphen_joined (r7a): a hyphen that ends a drug's name suspends it ('cisplatin- and
# etoposide-based'), also in a list broken after it ('cisplatin- vincristine-etoposide'), and a misspelt piece of a
# word that holds a known drug is that drug ('vincristine-doxorubicine'). Refused, the same words give nothing.
JOINED = {"cisplatin- and etoposide-based chemotherapy": ["cisplatin", "etoposide"],
          "carboplatin- and etoposide-based treatment": ["carboplatin", "etoposide"],
          "a cisplatin- vincristine-etoposide regimen": ["cisplatin", "vincristine", "etoposide"],
          "the vincristine-doxorubicine-etoposide regimen": ["vincristine", "doxorubicin", "etoposide"],
          "a cisplatin-etoposid combination": ["cisplatin", "etoposide"]}
JOINED_FRAMES = ["She received {}.", "He was treated with {} for six cycles.", "The team started {} in May."]


def joined_cells():
    yield from framed_cells("A 58-year-old man had a small cell carcinoma. ", JOINED_FRAMES, JOINED)
    yield from framed_cells("A 58-year-old man had a small cell carcinoma. ", ["She declined {}."],
                            dict.fromkeys(JOINED, []))


test_grid_drugs_joined_by_hyphens_are_each_read = grid_test(
    joined_cells, lambda row: row["treatments"], "treatments")

# --- the organ named before its examination ---------------------------------------------------------------------------
# pipeline/extractors/metastasis_sites.py _imaged_organ (r7a): 'brain CT revealed multiple metastases' names the brain
# as 'CT of the brain revealed' does; an examination of no organ ('chest CT') names none, and a denied finding none.
ORGANS = {"Brain": "brain", "Liver": "liver", "Bone": "bone", "A brain": "brain", "The liver": "liver"}
EXAMS = ["CT", "MRI", "scan", "ultrasound"]
VERBS = ["revealed multiple metastases", "showed two metastatic lesions", "demonstrated metastatic deposits"]


def imaged_organ_cells():
    opening = "A 54-year-old man had a laryngeal NEC. Eight months later "
    for (organ, site), exam, verb in itertools.product(ORGANS.items(), EXAMS, VERBS):
        yield CASE.format(f"{opening}{organ.lower()} {exam} {verb}."), ("yes", [site])
    for exam, verb in itertools.product(EXAMS, VERBS):
        yield CASE.format(f"{opening}chest {exam} {verb}."), ("yes", [])
    for organ, exam in itertools.product(["brain", "liver"], EXAMS):
        # a denial that names its organ denies that organ only (as 'MRI of the brain revealed no metastases')
        yield CASE.format(f"{opening}{organ} {exam} revealed no metastases."), ("unknown", [])


test_grid_an_organ_before_its_examination_is_the_metastasis_site = grid_test(
    imaged_organ_cells, lambda row: (row["metastasis"], row["metastasis_sites"]), "metastasis", "metastasis_sites")

# --- a lesion list of every kind --------------------------------------------------------------------------------------
# pipeline/extractors/metastasis_choice.py listed_with_other_organs (r7a): lesions in distant organs listed with an
# organ that is neither distant, nor the nodes, nor the primary's ('lesions in the heart, the spine, the duodenum and
# the colon' of a tumour of unknown primary) are findings of every kind, no metastasis named; listed with the
# primary's organ, or alone, the distant ones stay metastases.
UNKNOWN = "A 35-year-old man had liver metastases of a neuroendocrine carcinoma of unknown primary. "
ILEAL = "A 35-year-old man had an ileal NET with liver metastases. "
SCANS = ["A somatostatin receptor scan showed lesions in {}.", "PET/CT revealed further lesions in {}."]
MIXED = ["the heart, the thoracic spine, the duodenum and the colon", "the lungs, the stomach and the rectum"]
DISTANT = {"the heart and the thoracic spine": ["liver", "heart", "bone"],
           "the lungs and the spine": ["liver", "lung", "bone"]}
WITH_PRIMARY = {"the ileum and the lungs": ["liver", "lung"], "the terminal ileum and both lungs": ["liver", "lung"]}


def lesion_list_cells():
    for scan, listed in itertools.product(SCANS, MIXED):
        yield CASE.format(UNKNOWN + scan.format(listed)), ["liver"]
    for scan, (listed, sites) in itertools.product(SCANS, DISTANT.items()):
        yield CASE.format(UNKNOWN + scan.format(listed)), sites
    for scan, (listed, sites) in itertools.product(SCANS, WITH_PRIMARY.items()):
        yield CASE.format(ILEAL + scan.format(listed)), sites


test_grid_a_lesion_list_of_every_kind_names_no_metastasis = grid_test(
    lesion_list_cells, lambda row: row["metastasis_sites"], "metastasis_sites")

# --- two durations with no 'and' --------------------------------------------------------------------------------------
# pipeline/extractors/follow_up_time.py (r7a): '2 years 8 months' is one duration, as '2 years and 8 months' is (a
# smaller unit adds on); a status with no duration has none.
DURATIONS = {"2 years 8 months": 32, "1 year 6 months": 18, "3 years 2 months": 38, "one year six months": 18,
             "2 years and 8 months": 32}
FU_FRAMES = ["He survived without recurrence for another {}.", "She remains disease-free {} after surgery.",
             "No recurrence was seen at {} of follow-up."]


def duration_cells():
    for frame, (duration, months) in itertools.product(FU_FRAMES, DURATIONS.items()):
        yield CASE.format(OPENING + frame.format(duration)), (NO_DISEASE, months)
    for status in ["He survived without recurrence.", "She remains disease-free after surgery."]:
        yield CASE.format(OPENING + status), (NO_DISEASE, None)


test_grid_two_durations_with_no_and_add_up = grid_test(
    duration_cells, status_and_months, "outcome", "follow_up_months")

# --- a relative clause that goes on to the operation ------------------------------------------------------------------
# rules/outcome.json 'later_operation_sequels' 'who' (r7a): 'a patient with liver metastases, who underwent hepatectomy
# and recovered' tells what the operation was for: the metastases are the course, the patient is 'alive'. A refusal
# keeps the disease ('who declined hepatectomy'). And 'under active surveillance' is alive as 'under close
# surveillance' is.
DISEASES = ["liver metastases from a bile duct NET", "a recurrence in the liver", "metastases to the liver"]
OPERATIONS = ["successfully underwent hepatectomy three times", "underwent a right hemicolectomy",
              "had the lesions resected"]


def relative_clause_cells():
    intro = "Background\n\nNETs of the bile duct are rare. We herein report a patient with {d}, who {o} and {s}.\n"
    for disease, operation in itertools.product(DISEASES, OPERATIONS):
        yield intro.format(d=disease, o=operation, s="recovered 8 years after the first operation"), ("alive", 96)
        yield intro.format(d=disease, o="declined hepatectomy", s="is alive 8 years later"), ("alive with disease", 96)
    for follow in ["He remains under active surveillance.", "He is under active surveillance two years later."]:
        yield CASE.format(OPENING + follow), ("alive", 24 if "two years" in follow else None)


test_grid_a_relative_clause_that_goes_on_to_the_operation_is_the_course = grid_test(
    relative_clause_cells, status_and_months, "outcome", "follow_up_months")

# --- a survival statistic ---------------------------------------------------------------------------------------------
# rules/context.json OTHER_PATIENT 'mean survival' (r7a): 'Mean survival of metastatic disease is less than five
# months' is a cohort's statistic, as 'median survival' is, no metastasis of the patient.
STATISTICS = ["Mean survival of metastatic disease is less than five months.",
              "The mean survival with metastatic disease is short."]


def statistic_cells():
    opening = "A 61-year-old woman had a small cell carcinoma of the oesophagus. "
    for statistic in STATISTICS:
        yield CASE.format(opening + statistic), "unknown"
        yield CASE.format(opening + "She had metastatic disease. " + statistic), "yes"


test_grid_a_mean_survival_is_a_cohort_statistic = grid_test(
    statistic_cells, lambda row: row["metastasis"], "metastasis")
