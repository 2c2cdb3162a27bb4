"""Grids of the eleventh round (r12, lead): how case reports name a tumour's hormonal syndrome by the hormone
it makes in excess, written from the genre, not from a traced error.

- A hormone's excess named as a noun is the tumour's syndrome, as its participle is: 'calcitonin
  hypersecretion', 'hypersecretion of calcitonin', 'ectopic secretion of ACTH', 'flushing due to serotonin
  hypersecretion' (rules/syndromes.json 'secreting_words', 'secreting_before_hormone'). Plain 'secretion
  of' stays out: 'secretion of insulin was suppressed' states physiology.
- Somatostatin and calcitonin name a tumour as the other hormones do ('a somatostatin-producing duodenal
  NET', 'a calcitonin-secreting laryngeal NET'): the guideline's 'other hormones by name'.
- The short forms of a non-functioning pancreatic tumour ('NF-PanNET', 'NF-pNET' and their NEN forms) call
  it non-functioning, as the words do.

The look-alikes give nothing: a hormone raised for another cause (gastrin in atrophic gastritis), a stain
with no syndrome, insulin given as a drug, a syndrome denied.

- A sentence that opens by introducing a patient with an article and an age ('A 58-year-old man ...',
  after a label such as 'Case summary') names the report's own patient, as 'our patient' does: the
  literature's cues later in it ('a lesion that previous studies had missed', 'unlike most patients
  described in the literature') no longer take the age, the sex or the sentence's findings away
  (rules/context.json 'index_patient_opening', pipeline/index_patient.py). The literature's patient
  is still nobody's: one an author or a study introduces ('Lee described a 70-year-old man'), and one
  told in the introduction or discussion.
- 'was reported as' names what the patient's own pathology report found ('the biopsy was reported as a
  neuroendocrine carcinoma'): a pseudo-cue hides the literature's 'was reported' there, which still acts
  without 'as' ('a carcinoma of this site was reported in a previous series').
- A comparison of the patient's finding with other cases after a comma ('the Ki-67 index was 15%, higher
  than in most reported cases'; 'CT showed liver metastases, similar to previously reported cases';
  ', in keeping with the literature'; ', a finding rarely reported') is a clause of its own for the
  literature's cues and for a generic statement (rules/context.json clause_boundaries 'comparisons'):
  the finding before the comma stays the patient's. A finding told of the literature before the comma
  stays the literature's.
- A sentence that claims the patient's place in the literature ('this is the first case of ...', 'this
  is only the third case in the literature of ...') names the index patient, so its 'in the literature'
  yields and its findings are the patient's, in the discussion too; the first case reported by an
  author stays the author's.
- Where a tumour came back ('a recurrence of the tumour in the lung') is no primary site; a bilateral
  adrenalectomy, which ends an ectopic ACTH syndrome's cortisol excess, treats no tumour (a one-sided
  one that removes an adrenal tumour still does).
- An exception ends a negation: 'no distant disease apart from two liver metastases', '... other than',
  'aside from', 'besides', 'with the exception of', 'save for' (a terminator of rules/context.json).
- 'Case summary' flattened into a structured abstract's line opens the case, as 'Case presentation'
  does ('... conclusion of the background. Case summary A 58-year-old man ...').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid, framed_cells, grid_test, metastasis_and_sites, told_cells

INTRO = "A 58-year-old man was referred for a neck mass and weight loss.\n"


def _syndromes(row):
    return sorted(row["functional_syndrome"] or [])


HYPERSECRETION_FRAMES = [
    "Biopsy showed a laryngeal neuroendocrine carcinoma with {}.",
    "He was found to have a well-differentiated NET of the larynx with {}.",
    "The work-up pointed to a pancreatic NET with {}.",
    "A NET of the thymus with {} was diagnosed after resection.",
]
HYPERSECRETIONS = {
    "calcitonin hypersecretion": ["calcitonin"],
    "hypersecretion of calcitonin": ["calcitonin"],
    "marked calcitonin hypersecretion": ["calcitonin"],
    "ectopic secretion of ACTH": ["ectopic ACTH"],
    "ACTH hypersecretion": ["ectopic ACTH"],
    "hypersecretion of gastrin": ["gastrinoma"],
    "normal hormone levels": [],
    "no evidence of hormone excess": [],
}


def _hypersecretion_cells():
    yield from framed_cells(INTRO, HYPERSECRETION_FRAMES, HYPERSECRETIONS)


test_hormone_excess_named_as_a_noun = grid_test(_hypersecretion_cells, _syndromes, "functional_syndrome")

TUMOUR_FRAMES = [
    "Pathology confirmed a {} duodenal NET of 1.4 cm.",
    "He was diagnosed with a {} neuroendocrine tumour of the larynx.",
    "The resected {} tumour was a well-differentiated NET.",
]
TUMOURS_BY_HORMONE = {
    "somatostatin-producing": ["somatostatinoma"],
    "somatostatin-secreting": ["somatostatinoma"],
    "calcitonin-secreting": ["calcitonin"],
    "calcitonin-producing": ["calcitonin"],
    "gastrin-secreting": ["gastrinoma"],
    "small": [],
    "well-circumscribed": [],
}


def _by_hormone_cells():
    yield from framed_cells(INTRO, TUMOUR_FRAMES, TUMOURS_BY_HORMONE)


test_tumour_named_by_its_hormone = grid_test(_by_hormone_cells, _syndromes, "functional_syndrome")

NON_FUNCTIONING_FRAMES = [
    "CT found a {} of 2.8 cm in the pancreatic tail.",
    "He was treated for a {} with liver metastases.",
    "A 2 cm {} was enucleated from the pancreatic head.",
]
NON_FUNCTIONING = {
    "NF-PanNET": ["non-functioning"],
    "NF-pNET": ["non-functioning"],
    "NF-PanNEN": ["non-functioning"],
    "NF-pNEN": ["non-functioning"],
    "non-functioning PanNET": ["non-functioning"],
    "PanNET": [],
    "pNET": [],
}


def _non_functioning_cells():
    yield from framed_cells(INTRO, NON_FUNCTIONING_FRAMES, NON_FUNCTIONING)


test_non_functioning_short_forms = grid_test(_non_functioning_cells, _syndromes, "functional_syndrome")

SYNDROME_TOLD = {
    "He had flushing and diarrhoea due to serotonin hypersecretion from an ileal NET.": ["carcinoid syndrome"],
    "Hypercortisolism resulted from ectopic secretion of ACTH by a bronchial carcinoid.": ["ectopic ACTH"],
    "Serum calcitonin was high, and the laryngeal NET showed calcitonin hypersecretion.": ["calcitonin"],
}
LOOK_ALIKES = dict.fromkeys([
    "He had a type 1 gastric NET with hypergastrinaemia from atrophic gastritis.",
    "He had a gastric NET; his serum gastrin was raised because of chronic atrophic gastritis.",
    "He had a pancreatic NET that stained for insulin, but he had no hormonal symptoms.",
    "He had a rectal NET. He had type 2 diabetes treated with insulin and occasional hypoglycaemia.",
    "He had an ileal NET and no symptoms of carcinoid syndrome.",
    "He had an ileal NET; secretion of serotonin was within normal limits.",
], [])


def _told_cells():
    yield from told_cells(INTRO, SYNDROME_TOLD, LOOK_ALIKES)


test_syndrome_told_and_its_look_alikes = grid_test(_told_cells, _syndromes, "functional_syndrome")


# --- the patient's opening sentence ---------------------------------------------------------------------
OPENINGS = {"A 58-year-old man": (58, "male"), "An 81-year-old woman": (81, "female"),
            "A previously healthy 58 year old man": (58, "male"), "Case summary A 70-year-old woman": (70, "female"),
            "A 64-year-old Caucasian gentleman": (64, "male")}
LITERATURE_TAILS = [
    "{} had a heart lesion that previous studies had missed.",
    "{}, unlike most patients described in the literature, had no symptoms.",
    "{} had a liver lesion similar to those reported in previous studies.",
    "{} had a rectal NET, which is rarely reported in the literature.",
]
NOBODYS = dict.fromkeys([
    "Lee and colleagues described a 70-year-old man with a similar lesion.",
    "In a previous study, a 70-year-old man had a similar lesion.",
    "Previous studies described a 70-year-old woman whose tumour was missed.",
], (None, None))


def _age_sex(row):
    age = row["age"]
    return (None if age is None or age != age else int(age)), (row["sex"] or None)


def _opening_cells():
    yield from framed_cells("", LITERATURE_TAILS, OPENINGS)
    yield from told_cells("The patient was referred with a neck mass.\n", NOBODYS)


test_patient_opening_outranks_the_literature = grid_test(_opening_cells, _age_sex, "age", "sex")

BACKGROUND = ("Abstract Background Tumours of this kind are rare and grow slowly, so that many patients already have "
              "liver lesions when they are found. Imaging with a tracer is the most sensitive way to find them. ")
CONCLUSION = " Conclusion Such lesions should be looked for on every scan."


def _flat_summary_cells():
    for opening, want in OPENINGS.items():
        if not opening.startswith("Case summary"):
            sentence = f"{opening} was found to have a heart lesion that earlier scans had missed."
            yield BACKGROUND + "Case summary " + sentence + CONCLUSION + "\n", want
    yield BACKGROUND + "Lee described a 70-year-old man with a heart lesion." + CONCLUSION + "\n", (None, None)


test_flat_case_summary_opens_the_case = grid_test(_flat_summary_cells, _age_sex, "age", "sex")


def _discussion_cells():
    later = "Discussion\nA 45-year-old man with a similar tumour was reported in previous studies.\n"
    yield "Case presentation\nThe patient was referred with a neck mass.\n" + later, (None, None)
    yield "Case presentation\nA 62-year-old woman was referred with a neck mass.\n" + later, (62, "female")


test_literature_opening_in_the_discussion_is_nobodys = grid_test(_discussion_cells, _age_sex, "age", "sex")


# --- 'reported as': the patient's own report --------------------------------------------------------------
REPORTED_FRAMES = ["The biopsy {}.", "Histology of the resected specimen {}.", "The final pathology {}."]
REPORTED = {"was reported as a neuroendocrine carcinoma": "NEC",
            "was reported as a well-differentiated neuroendocrine tumour, grade 2": "NET",
            "was reported as a typical carcinoid": "NET",
            "was reported as a mixed adenoneuroendocrine carcinoma": "MiNEN",
            "was reported as benign": None}
LITERATURE_REPORTS = dict.fromkeys(["A neuroendocrine carcinoma of this site was reported in a previous series.",
                                    "Typical carcinoids were reported in 12 patients of that series."], None)


def _histology(row):
    return row["histology"] or None


def _reported_cells():
    intro = "The patient was referred with a neck mass.\n"
    yield from framed_cells(intro, REPORTED_FRAMES, REPORTED)
    yield from told_cells(intro, LITERATURE_REPORTS)


test_reported_as_is_the_patients_own_report = grid_test(_reported_cells, _histology, "histology")


# --- a comparison with other cases after the patient's finding -------------------------------------------
FINDINGS = {"The Ki-67 index was 15%": ("ki67_high", "15"), "The tumour measured 3 cm": ("tumor_size_mm", "30"),
            "Immunohistochemistry was positive for synaptophysin": ("markers_positive", ["synaptophysin"]),
            "CT showed liver metastases": ("metastasis_sites", ["liver"]),
            "She was given everolimus": ("treatments", ["everolimus"])}
COMPARISONS = ["as is typical of these tumours", "as is usual in this setting", "as is common in such tumours",
               "as in most reported cases", "as previously described in such patients", "as reported in other patients",
               "as described in other patients", "higher than in most reported cases",
               "lower than in the published series", "larger than most NETs described in the literature",
               "smaller than in most reported cases", "similar to previously reported cases", "unlike most cases in the literature",
               "consistent with previous reports", "in keeping with the literature", "in line with earlier studies",
               "in contrast to most published cases", "contrary to most reports", "comparable to the cases reported by Lee",
               "a finding rarely reported in the literature", "which has been described in few patients"]
INTRO_NET = "A 50-year-old woman had a pancreatic NET.\n"


def _comparison_cells():
    for (head, (field, want)), tail in itertools.product(FINDINGS.items(), COMPARISONS):
        yield CASE.format(INTRO_NET + f"{head}, {tail}."), (field, want)
    # the literature's finding before the comma stays the literature's
    for text, field in [("Most reported cases had a Ki-67 index of 15%, higher than in G1 tumours.", "ki67_high"),
                        ("Previous studies found liver metastases, similar to the cases of Lee.", "metastasis_sites"),
                        ("In the literature, everolimus was given, in keeping with the guidelines.", "treatments")]:
        yield CASE.format(INTRO_NET + text), (field, None)


@pytest.mark.fields("ki67", "tumor_size_mm", "markers_positive", "metastasis_sites", "treatments")
def test_a_comparison_keeps_the_literature_in_its_clause(run):
    assert_grid(run, _comparison_cells(), lambda row, expected: (row[expected[0]] or None) == expected[1])


# --- the patient's place in the literature; recurrence sites; the adrenalectomy of a syndrome -------------
PLACE_FRAMES = ["This is the first case of a pancreatic NET with {} metastases.",
                "This is only the third case in the literature of a NET with {} metastases.",
                "As far as we know, this is the first reported case of {} metastases from an ileal NET.",
                "This represents the first case of a NET with {} metastases."]
PLACES = {"orbital": ["orbit"], "cardiac": ["heart"], "breast": ["breast"]}


def _sites(row):
    return sorted(row["metastasis_sites"] or [])


def _place_cells():
    for frame, (organ, want) in itertools.product(PLACE_FRAMES, PLACES.items()):
        yield CASE.format("A 50-year-old woman had a NET.\n") + f"\nDiscussion\n{frame.format(organ)}\n", want
    for organ in PLACES:
        yield (CASE.format("A 50-year-old woman had a NET.\n")
               + f"\nDiscussion\nThe first case of a NET with {organ} metastases was reported by Lee in 1990.\n", [])


test_the_patients_place_in_the_literature = grid_test(_place_cells, _sites, "metastasis_sites")

RECURRENCE_FRAMES = ["Years later, a recurrence of the tumour in the {} was found.",
                     "A relapse of the NET in the {} was treated with surgery.",
                     "She presented with a recurrence of the carcinoid in the {}."]


def _recurrence_cells():
    for frame, organ in itertools.product(RECURRENCE_FRAMES, ["lung", "liver", "pelvis"]):
        yield CASE.format("A NET was resected 8 years ago.\n" + frame.format(organ)), None
        yield CASE.format("An ileal NET was resected 8 years ago.\n" + frame.format(organ)), "ileum"


test_where_a_tumour_came_back_is_no_primary = grid_test(_recurrence_cells, lambda row: row["primary_site"] or None,
                                                        "primary_site")

ADRENALECTOMIES = {"Her Cushing syndrome resolved after bilateral adrenalectomy.": [],
                   "The adrenal NET was removed by left adrenalectomy.": ["surgery"],
                   "She underwent an adrenalectomy for the adrenal NET.": ["surgery"],
                   "She underwent bilateral oophorectomy for the ovarian NET.": ["surgery"]}


def _adrenalectomy_cells():
    yield from told_cells("A 44-year-old woman had an ectopic ACTH syndrome from a NET.\n", ADRENALECTOMIES)


test_a_bilateral_adrenalectomy_treats_the_syndrome = grid_test(
    _adrenalectomy_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- an exception ends a negation ---------------------------------------------------------------------------
EXCEPTIONS = ["apart from", "other than", "aside from", "besides", "with the exception of", "save for", "except"]
EXCEPTION_FRAMES = {"Staging showed no distant disease {} two liver metastases.": ("yes", {"liver"}),
                    "No metastatic disease was found {} bone metastases in the spine.": ("yes", {"bone"}),
                    "No other metastases were seen, {} a solitary lung metastasis.": ("yes", {"lung"})}


def _exception_cells():
    intro = "A 50-year-old woman had a pancreatic NET.\n"
    for (frame, want), word in itertools.product(EXCEPTION_FRAMES.items(), EXCEPTIONS):
        yield CASE.format(intro + frame.format(word)), want
    yield CASE.format(intro + "Staging showed no distant disease."), ("no", set())
    yield CASE.format(intro + "Apart from the primary, staging showed no metastases."), ("no", set())


test_an_exception_ends_a_negation = grid_test(_exception_cells, metastasis_and_sites, "metastasis", "metastasis_sites")
