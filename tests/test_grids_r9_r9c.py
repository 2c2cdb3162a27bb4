"""Grids of the eighth round's new reports, markers to ki67 (r9c): the shapes their study errors had,
written out in their commonest variants in sentences of our own.

- A case told under a label of the introduction's class ('Purpose: A 63-year-old man presented ...'),
  opened as 'The case records of a 42-year-old ...' or in the third person ('The current article
  presents a case of a 40-year-old woman', mid-line too): rules/sections.json implicit_case_start,
  midline_case_needs, sections.py.
- A suspicion names what a seen lesion may be: the size measured stays a finding ('a suspected mass
  measuring 6 x 3 mm', 'raised the suspicion of an insulinoma, and CT revealed a 12 mm lesion');
  a conditional still questions it (rules/context.json, the hedges' own cue). What a laparotomy
  found is measured on the operated tumour (patterns.json size operation_cues 'laparotom').
- A classification in the general present ('the WHO classification divides NENs into NET G1 and
  G2') names no grade of the patient (context.json generic_statements present_words).
- A stain noun whose object follows an aside ('strong staining within the tumour cells for
  antibodies directed against ACTH'), and a panel's result told after it ('Stains for A, B and C were
  performed. However, all were negative.'): marker_cues.py, marker_anaphora.py.

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test

INTRO = "A 66-year-old man had a 3-cm neuroendocrine tumour of the ileum, which was resected.\n"


# --- the case under an introduction label, or opened in other words -------------------------------------
def _abstract(*paragraphs: str) -> str:
    return "A rare tumour of the pancreas: a case report\n\nAbstract\n\n" + "\n\n".join(paragraphs) + "\n"


OPENINGS = {
    "Purpose: A {age}-year-old man presented with watery diarrhoea and weight loss.": True,
    "Background: A {age}-year-old woman was referred with recurrent hypoglycaemia.": True,
    "Objective: An {age}-year-old man came to us with flushing.": True,
    "Method: The case records of a {age}-year-old widow with chronic diarrhoea were reviewed.": True,
    "Methods: The case of a {age}-year-old man with a pancreatic mass is described.": True,
    "Patient: The medical records of a {age}-year-old woman were studied.": True,
    # absences: an introduction label over the literature's patients, a label with no case
    "Purpose: Such tumours are commonest in patients around {age} years of age.": False,
    "Background: Most of the reported patients were older than {age} years.": False,
}


def opening_cells():
    for sentence, case in OPENINGS.items():
        for age in ("44", "80"):
            intro = "Background: Neuroendocrine tumours of the pancreas are rare." if not sentence.startswith(
                "Background") else "Introduction: Neuroendocrine tumours of the pancreas are rare."
            yield _abstract(intro, sentence.format(age=age)), age if case else None


CASE_AFTER = "Case report\nThe patient was seen in our clinic with abdominal pain.\n"
THIRD_PERSON = ["The current article presents a case of a {age}-year-old woman who underwent an excision.",
                "This report describes a {age}-year-old man who had a pancreatic tumour removed.",
                "This paper reports the case of a {age}-year-old woman with an insulinoma.",
                "The present report describes a {age}-year-old man with a rectal NET."]


def third_person_cells():
    """Mid-line, in an unheaded abstract after the authors' affiliations: the report's own case."""
    for sentence in THIRD_PERSON:
        for age in ("51", "67"):
            text = ("- 1Department of Surgery, General Hospital, Springfield\n"
                    "Pancreatic neuroendocrine tumours represent a rare clinical entity, challenging to manage. "
                    + sentence.format(age=age) + " Pathology reported a neuroendocrine tumour grade 2.\n"
                    "Introduction\nNeuroendocrine tumours usually arise in the gut.\n" + CASE_AFTER)
            yield text, age
        # absence: the same abstract about the literature's patients
        yield ("- 1Department of Surgery, General Hospital, Springfield\n"
               "Pancreatic neuroendocrine tumours represent a rare clinical entity. This review describes "
               f"patients around {age} years old at diagnosis.\nIntroduction\nNeuroendocrine tumours usually arise "
               "in the gut.\n" + CASE_AFTER, None)


test_grid_case_under_an_introduction_label_or_opened_in_other_words = grid_test(
    opening_cells, lambda row: row["age"], "age")
test_grid_case_opened_in_the_third_person = grid_test(third_person_cells, lambda row: row["age"], "age")


# --- a suspicion names the lesion, not its size ------------------------------------------------------------
HEDGED_SIZES = ["CT showed a suspected mass measuring {} in the pancreatic tail.",
                "Ultrasound showed a {} lesion suspicious for a NET in the pancreatic tail.",
                "Tests raised the suspicion of an insulinoma, and abdominal CT revealed a {} lesion of the pancreatic tail.",
                "Glucose was low, suggestive of an insulinoma, and MRI showed a {} nodule in the pancreatic tail.",
                "EUS found a {} hypoechoic lesion of the pancreatic tail, concerning for a NET."]
SIZES = {"12 mm": "12", "1.5 cm": "15", "0.6 x 0.3 cm": "6 x 3"}
SIZE_INTRO = "A 58-year-old woman had fasting hypoglycaemia.\n"


def hedged_size_cells():
    yield from framed_cells(SIZE_INTRO, HEDGED_SIZES, SIZES)
    # absences: a conditional, a threshold of the guidelines
    yield from framed_cells(SIZE_INTRO, ["If the lesion exceeded {}, surgery would be advised."], dict.fromkeys(SIZES))


OPERATED_SIZES = ["Laparotomy revealed a {} tumour of the ileum.",
                  "At laparotomy, a {} mass was found in the terminal ileum.",
                  "Exploratory laparotomy demonstrated a well-circumscribed {} mass in the ileum, which was excised."]


def operated_size_cells():
    yield from framed_cells("A 61-year-old man had diarrhoea. CT showed a 47 mm mass in the ileum.\n",
                            OPERATED_SIZES, {"35 mm": "35", "4 x 5 cm": "40 x 50"})
    # absence: the imaging size stays when the operation measured nothing
    yield from framed_cells("", ["A 61-year-old man had diarrhoea. CT showed a {} mass in the ileum.\n"
                                 "Laparotomy revealed a tumour of the ileum."], {"47 mm": "47", "3 cm": "30"})


test_grid_a_suspicion_leaves_the_size_measured = grid_test(hedged_size_cells, lambda row: row["tumor_size_mm"],
                                                           "tumor_size_mm")
test_grid_a_size_found_at_laparotomy = grid_test(operated_size_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- a classification names no grade of the patient -----------------------------------------------------
CLASSIFICATIONS = ["The current WHO classification divides NENs into the following categories: NET {g} and G3; NEC.",
                   "The WHO scheme classifies NENs as NET {g}, NET G3 or NEC.",
                   "The 2019 classification categorizes these neoplasms into {g}, G3 and NEC.",
                   "The ENETS system categorises NETs as {g} or G3 by their Ki-67 index.",
                   "The WHO subdivides NENs into NET {g}, NET G3 and NEC."]


def classification_cells():
    intro = "A 60-year-old woman had a large cell neuroendocrine carcinoma of the gallbladder.\n"
    yield from framed_cells(intro, CLASSIFICATIONS, {"G1": None, "G2": None}, key="g")
    # presences: the patient's own tumour, classified
    yield from framed_cells(intro, ["The resected tumour was classified as NET {g}."], {"G1": "G1", "G2": "G2"}, key="g")


test_grid_a_classification_names_no_grade = grid_test(classification_cells, lambda row: row["grade"], "grade")


# --- a stain noun's object after an aside; a panel's result told after it -----------------------------
ASIDES = ["Immunostains showed strong staining of the tumour cells for {}.",
          "There was diffuse immunoreactivity in the neoplastic cells for {}.",
          "Strong cytoplasmic staining within the tumour cells for antibodies directed against {} was seen.",
          "Immunoperoxidase stains showed granular staining within the tumor cells for antibodies against {}."]
STAINS = {"ACTH": "ACTH", "chromogranin A": "chromogranin A", "CD56": "CD56"}


def aside_cells():
    yield from framed_cells(INTRO, ASIDES, STAINS)
    yield from framed_cells(INTRO, ["There was no staining of the tumour cells for {}."], dict.fromkeys(STAINS))


def _positive(row):
    return ";".join(row["markers_positive"] or []) or None


test_grid_a_stain_noun_reaches_its_object_over_an_aside = grid_test(aside_cells, _positive, "markers_positive")

PANELS = ["Immunohistochemical stains for {}, TTF-1 and calcitonin were performed. However, all were negative.",
          "Stains for {} and CK20 were done. Both were negative.",
          "Stains for {} and CK20 were performed. They were all negative.",
          "Stains for {} and CK20 were performed; all were negative.",
          "Immunostains for {} and CK20 were carried out. These were negative."]
PANEL_STAINS = {"thyroglobulin": "thyroglobulin", "CK7": "CK7", "S100": "S100"}


def panel_cells():
    yield from framed_cells(INTRO, PANELS, PANEL_STAINS)
    # absences: a panel with no result, a result that names its own markers
    yield from framed_cells(INTRO, ["Stains for {} and CK20 were performed. The results are awaited.",
                                    "Stains for {} were performed. Both CD56 and CK20 were negative."],
                            dict.fromkeys(PANEL_STAINS))


def _first_negative(row):
    """The panel's marker among the negative ones (CD56 and CK20 may be negative beside it)."""
    return next((m for m in row["markers_negative"] or [] if m in PANEL_STAINS.values()), None)


test_grid_a_panel_result_told_after_it = grid_test(panel_cells, _first_negative, "markers_negative")


# --- the older names of a NET; 'neoplasia'; the uncinate process -----------------------------------------
NAMES = {"an intermediate-grade neuroendocrine carcinoma": "NET",
         "a moderately differentiated neuroendocrine carcinoma": "NET",
         "a well-differentiated neuroendocrine neoplasia": "NET",
         "a poorly differentiated neuroendocrine neoplasia": "NEC",
         "a high-grade neuroendocrine carcinoma": "NEC"}


def name_cells():
    yield from framed_cells("A 57-year-old woman had a liver mass.\n", ["She underwent resection of {} of the liver.",
                                                                     "Pathology showed {}, grade 2, in the resected liver."],
                            NAMES)


test_grid_older_names_of_a_net = grid_test(name_cells, lambda row: row["histology"], "histology")

PLACED = ["A 56-year-old man was diagnosed with a well-differentiated neuroendocrine neoplasia, histological grade 1 "
          "(G1), located in the {}.",
          "EUS revealed a hypoechoic {} mass; biopsy showed a neuroendocrine tumour.",
          "CT showed a 24 mm lesion in the {}, and a neuroendocrine neoplasia was confirmed."]


def placed_cells():
    yield from framed_cells("", PLACED[:1], {"terminal ileum": "ileum", "rectum": "rectum"})
    yield from framed_cells("", PLACED[1:2], {"uncinate": "pancreas", "gastric": "stomach"})
    yield from framed_cells("", PLACED[2:], {"uncinate process": "pancreas", "duodenum": "duodenum"})


test_grid_neoplasia_and_the_uncinate_process = grid_test(placed_cells, lambda row: row["primary_site"], "primary_site")
