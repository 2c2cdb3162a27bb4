"""Grids of the seventh round (r7b): the study errors of the new reports (ry_*, rz_*) in markers, age, sex,
size, histology, primary site and grade, traced to their mechanism.

Each grid crosses the shape with its common variants and pairs every absence with a presence, so it fails
when its extractor finds nothing (tests/test_null_extractors.py). Every sentence is written here.

- Vocabulary: the single keratins CK8 and CK14 and PDGFRA (spelled out with its Greek alpha), which a
  detailed pathology panel lists beside CK18 and KIT (rules/markers.json).
- 'Intensely positive cells to synaptophysin and CD56': 'positive/negative cells for/to' are forward cues,
  and 'to' is an object word of a premodifier as 'for' is ('positive immunostaining of the tumour cells to
  chromogranin') (rules/markers.json polarity positive_forward, negative_forward, premodifier_objects).
- A sex noun phrase of the literature's patients ('case reports of a woman ... in the literature') does not
  stop the search for the patient's own ('we report a female patient ...'): the first usable one counts
  (extractors/sex.py _introduced).
- A grade beside a short form the report defines for its tumour ('neuroendocrine carcinoma of the
  endometrium (NECE) ... high-grade NECE') stands beside a tumour word (extractors/grade.py).
- 'a mixed large cell neuroendocrine carcinoma with squamous cell carcinoma' is a MiNEN: 'mixed' alone is
  the mixing cue (rules/histology.json mixed_cues).
- 'NEN' names the lesion a size is told of; a report whose whole text is an abstract states the resected
  specimen's size there, and it outranks the imaging size (rules/patterns.json size lesion_nouns,
  specimen_sections).
- A keyword list inside flattened text ('SUMMARY KEYWORDS: A, B, C. Small cell carcinoma ...') is page
  furniture up to its sentence's end, as a keyword line is; then the interrupted section goes on
  (pipeline/sections.py).
- A title line ending in a full stop is still the title when it is a paragraph of its own with no
  other-patient cue (extractors/title.py holds).
- 'Mean survival of metastatic disease is ...' is a statistic of the class, as 'median survival' is
  (rules/context.json).
- The resected tumour's grade outranks the biopsy's: a grade whose sentence names the definitive specimen,
  or follows the sentence that tells the operation, decides (extractors/grade.py; study sz_04's shape).
"""
from __future__ import annotations

import itertools

from test_grids import CASE, assert_grid, framed_cells, grid_test

INTRO = "A 62-year-old woman had a tumour at the bladder base, which was resected.\n"


def markers(row) -> tuple[list[str], list[str]]:
    return sorted(row["markers_positive"] or []), sorted(row["markers_negative"] or [])


# --- single keratins and PDGFRA ----------------------------------------------------------------------------------
NEW_MARKERS = {"CK8": "CK8", "CK 8": "CK8", "cytokeratin 8": "CK8", "CK14": "CK14", "CK-14": "CK14",
               "cytokeratin 14": "CK14", "PDGFRA": "PDGFRA", "PDGFR-α": "PDGFRA",
               "platelet-derived growth factor receptor alpha": "PDGFRA"}
POSITIVE = ["The tumour cells were positive for synaptophysin and {}.", "Synaptophysin and {} were positive.",
            "The neoplastic cells expressed synaptophysin and {}.",
            "Immunohistochemistry: synaptophysin (+), {} (+)."]
NEGATIVE = ["The tumour cells were positive for synaptophysin and negative for {}.",
            "Synaptophysin was positive, whereas {} was negative.",
            "Immunohistochemistry: synaptophysin (+), {} (-)."]


def vocabulary_cells():
    for frame, (written, name) in itertools.product(POSITIVE, NEW_MARKERS.items()):
        yield CASE.format(INTRO + frame.format(written)), (sorted(["synaptophysin", name]), [])
    for frame, (written, name) in itertools.product(NEGATIVE, NEW_MARKERS.items()):
        yield CASE.format(INTRO + frame.format(written)), (["synaptophysin"], [name])
    # a gene's mutation analysis is no stain; the keratin pair stays one cocktail
    yield CASE.format(INTRO + "Synaptophysin was positive. Sequencing found no mutation of PDGFRA."), (
        ["synaptophysin"], [])
    yield CASE.format(INTRO + "The tumour cells were positive for CK8/18."), (["cytokeratin (CK8/18)"], [])


test_grid_single_keratins_and_pdgfra_are_markers = grid_test(
    vocabulary_cells, markers, "markers_positive", "markers_negative")


# --- 'positive cells to/for X' -----------------------------------------------------------------------------------
CELL_FRAMES = ["Immunohistochemistry: intensely positive cells to {}.", "Immunohistochemistry showed positive cells to {}.",
               "There were scattered positive cells for {}.", "Staining showed positive tumour cells for {}.",
               "We found positive immunostaining of the tumour cells to {}."]
CELL_MARKERS = {"synaptophysin and CD56": ["CD56", "synaptophysin"], "chromogranin A": ["chromogranin A"],
                "CD56, synaptophysin and INSM1": ["CD56", "INSM1", "synaptophysin"]}


def cells_to_cells():
    for frame, (written, names) in itertools.product(CELL_FRAMES, CELL_MARKERS.items()):
        yield CASE.format(INTRO + frame.format(written)), (names, [])
        negative = frame.replace("positive", "negative").replace("intensely ", "")
        yield CASE.format(INTRO + negative.format(written)), ([], names)
    yield CASE.format(INTRO + "Positive lymph nodes were sent to pathology; CD56 was not tested."), ([], [])


test_grid_positive_cells_to_a_marker = grid_test(cells_to_cells, markers, "markers_positive", "markers_negative")


# --- the first usable sex noun phrase ------------------------------------------------------------------------------
LITERATURE = ["Few case reports in the literature describe a woman with this tumour",
              "The literature holds only a handful of reports of a man with this tumour",
              "Most patients with this tumour are elderly; the literature mentions a man with a similar lesion"]
OWN = {"we report a female patient treated at our hospital": "female",
       "we herein describe a male patient seen at our clinic": "male",
       "here we present a woman who came to our unit": "female"}


def sex_cells():
    for lit, (own, sex) in itertools.product(LITERATURE, OWN.items()):
        yield f"{lit}. Therefore {own}. The tumour was resected.\n", sex
        yield f"{lit}.\n\n{own[0].upper()}{own[1:]}.\n", sex
        yield f"{lit}. The tumour was resected.\n", None


test_grid_a_literature_noun_phrase_leaves_the_patients_own = grid_test(sex_cells, lambda row: row["sex"], "sex")


# --- a grade beside the tumour's defined short form ---------------------------------------------------------------
SHORT_FORMS = [("neuroendocrine carcinoma of the endometrium", "NECE"), ("small cell carcinoma of the bladder", "SCCB"),
               ("rectal neuroendocrine tumour", "RNET")]
GRADES = {"high-grade": "G3", "grade 2": "G2", "low-grade": "G1"}
GRADE_FRAMES = ["The final pathology revealed a stage IV {g} {s}.", "The resected specimen showed a {g} {s}.",
                "Pathology confirmed the {s} to be {g}."]


def short_form_cells():
    for (long, short), (words, grade), frame in itertools.product(SHORT_FORMS, GRADES.items(), GRADE_FRAMES):
        sentence = frame.format(g=words, s=short)
        yield CASE.format(f"A 33-year-old woman had a {long} ({short}). {sentence}"), grade
        yield CASE.format(f"A 33-year-old woman had bleeding. {sentence}"), None  # the short form never defined


test_grid_a_grade_beside_the_tumours_short_form = grid_test(short_form_cells, lambda row: row["grade"], "grade")


# --- 'mixed' before the class phrase --------------------------------------------------------------------------------
CLASSES = ["large cell neuroendocrine carcinoma", "small cell carcinoma", "neuroendocrine carcinoma"]
OTHERS = ["squamous cell carcinoma", "adenocarcinoma"]
MIXED_FRAMES = ["A 50-year-old man had a mixed {c} with {o} of the rectum.",
                "Histology showed a mixed {c} and {o}.",
                "Pathology revealed a {c} mixed with {o}."]


def mixed_cells():
    for c, o, frame in itertools.product(CLASSES, OTHERS, MIXED_FRAMES):
        yield CASE.format(frame.format(c=c, o=o)), "MiNEN"
        yield CASE.format(f"Histology showed a {c}; a synchronous {o} was found in the colon."), "NEC"


test_grid_mixed_before_the_class_phrase_is_a_minen = grid_test(mixed_cells, lambda row: row["histology"], "histology")


# --- a NEN's size, and the specimen's size in an abstract-only report ------------------------------------------------
ABSTRACT = ("Abstract\nWe report a 50-year-old man with hypoglycaemia. MRI showed a {img} lesion in the body of the "
            "pancreas. {specimen} He is well.\n")
SPECIMENS = ["After distal pancreatectomy, histology confirmed a {s} well-differentiated pancreatic NEN.",
             "The resected tumour measured {s}.", "Histology of the resected specimen showed a {s} NEN G2.",
             "The pathological examination found a {s} NEN."]
SIZES = {"4.4-cm": "44", "38 mm": "38", "2.6 cm": "26"}


def abstract_size_cells():
    for frame, (written, mm) in itertools.product(SPECIMENS, SIZES.items()):
        yield ABSTRACT.format(img="41 mm", specimen=frame.format(s=written)), mm
    yield ABSTRACT.format(img="41 mm", specimen="Surgery was declined."), "41"
    for written, mm in SIZES.items():  # 'NEN' names the lesion in the case text too
        yield CASE.format(f"CT showed a {written} pancreatic NEN in the tail."), mm


test_grid_a_nens_size_and_the_abstracts_specimen = grid_test(
    abstract_size_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- a keyword list inside flattened text -----------------------------------------------------------------------------
FLAT_OPENING = ("JOURNAL OF RARE TUMOURS Vol. 12 1998 ONCOLOGY CASE REPORT Rare tumours of the gut and what we learned "
                "from one of them in our hospital over a long time. ")
KEYWORD_HEADS = ["SUMMARY KEYWORDS: Oesophageal neoplasia, small cell tumours, chemotherapy.",
                 "ABSTRACT Key words: oesophagus, small cell carcinoma.",
                 "SUMMARY KEYWORDS: Oesophagus; neuroendocrine carcinoma; cisplatin."]
PATIENTS = {"A female patient, 61 years old, with a small cell carcinoma of the oesophagus is reported.": ("61", "female"),
            "We report a 47-year-old man with a small cell carcinoma of the oesophagus.": ("47", "male")}
TAIL = " Dysphagia was the presenting symptom. INTRODUCTION Small cell tumours are aggressive and often disseminated."


def keyword_cells():
    for head, (patient, want) in itertools.product(KEYWORD_HEADS, PATIENTS.items()):
        yield FLAT_OPENING + head + " " + patient + TAIL + "\n", want
        # the same patient told only after the references begin stays out
        yield FLAT_OPENING + head + " REFERENCES 1. Smith J. Small cell tumours. 1990." + "\n", (None, None)


def age_sex(row):
    return row["age"], row["sex"]


test_grid_a_flat_keyword_list_ends_at_its_sentence = grid_test(keyword_cells, age_sex, "age", "sex")


# --- a title line with a full stop, a paragraph of its own ----------------------------------------------------------
TITLES = {"Colonic large cell neuroendocrine carcinoma obscured by an initial diagnosis of diverticulitis.": "NEC",
          "Atypical carcinoid of the thymus presenting as chest pain.": "NET",
          "Small cell carcinoma of the gallbladder mistaken for cholecystitis.": "NEC"}
BODY = ("The gut holds many neuroendocrine cells. Such tumours are rare, and most patients present late.\n\n\n"
        "An 80-year-old man presented with abdominal pain for three weeks. He was treated with antibiotics.\n")


def title_cells():
    for title, cls in TITLES.items():
        yield f"Printer Friendly\n\n{title}\n\n\n{BODY}", cls
        yield f"{title}\n\n{BODY}", cls
        # a first paragraph that talks of the class is no title
        yield f"Printer Friendly\n\n{title[:-1]} is extremely rare.\n\n\n{BODY}", None


test_grid_a_title_with_a_full_stop = grid_test(title_cells, lambda row: row["histology"], "histology")


# --- 'mean survival' is a statistic -------------------------------------------------------------------------------------
SURVIVAL = ["Mean survival of metastatic disease is less than five months.",
            "The mean survival with metastatic disease is short.",
            "Mean survival in metastatic cases is below a year."]


def survival_cells():
    for sentence in SURVIVAL:
        yield CASE.format(f"A 61-year-old woman had a small cell carcinoma of the oesophagus. {sentence}"), "unknown"
        yield CASE.format(f"A 61-year-old woman had a small cell carcinoma of the oesophagus with liver metastases. "
                          f"{sentence}"), "yes"


test_grid_mean_survival_is_a_statistic = grid_test(survival_cells, lambda row: row["metastasis"], "metastasis")


def test_framed_cells_is_the_shared_builder():
    """The grids above frame their sentences under the case header as test_grids.framed_cells does."""
    cells = list(framed_cells("", ["{}"], {"x": 1}))
    assert cells == [(CASE.format("x"), 1)]


# --- the resected tumour's grade outranks the biopsy's ------------------------------------------------------------------
BIOPSIES = ["Endoscopic biopsy revealed a neuroendocrine tumour (NET) {g}.", "The biopsy showed a NET, {g}.",
            "A biopsy of the mass was read as a well-differentiated NET {g}."]
RESECTIONS = ["A pancreatoduodenectomy was performed. Histopathology confirmed the diagnosis of a NET {g}.",
              "The tumour was resected. Pathology confirmed a NET {g}.",
              "The resected specimen was a NET {g}.",
              "Final pathology showed a well-differentiated NET {g}."]
GRADE_PAIRS = [("G1", "G2"), ("G2", "G1"), ("grade 1", "grade 2")]


def resected_grade_cells():
    for biopsy, resection, (first, last) in itertools.product(BIOPSIES, RESECTIONS, GRADE_PAIRS):
        want = {"grade 2": "G2"}.get(last, last)
        yield CASE.format(f"A 60-year-old man had a duodenal mass. {biopsy.format(g=first)} "
                          f"{resection.format(g=last)}"), want
    for first, later in (("G1", "G3"), ("G2", "G3")):  # a biopsy told after the operation is no resected tumour's
        yield CASE.format(f"A 60-year-old man had an ileal NET, {first}. It was resected. A liver biopsy a year "
                          f"later showed a NET {later}."), first
    for biopsy, (first, _) in itertools.product(BIOPSIES, GRADE_PAIRS):  # the biopsy alone still gives its grade
        yield CASE.format(f"A 60-year-old man had a duodenal mass. {biopsy.format(g=first)} He declined surgery."), (
            {"grade 1": "G1"}.get(first, first))


test_grid_the_resected_tumours_grade_outranks_the_biopsys = grid_test(
    resected_grade_cells, lambda row: row["grade"], "grade")


# Another lesion's resected grade never outranks (found by probing the mechanism above): a metastasis, a
# node or a recurrence named before the grade in its clause makes the grade that lesion's, while a spread
# told after the grade ('a NET G2 with lymph node metastases') leaves it the tumour's.
OTHER_LESIONS = ["The resected liver metastasis was {g}.", "A lymph node metastasis removed at operation was {g}.",
                 "Three years later a liver recurrence was resected and graded {g}.",
                 "The resected nodal deposit was {g}."]
SPREAD_AFTER = ["The resected specimen was a NET {g} with two lymph node metastases.",
                "Final pathology showed a NET {g}, and 3 of 12 nodes held metastases."]


def other_lesion_grade_cells():
    for lesion, (first, later) in itertools.product(OTHER_LESIONS, (("G1", "G2"), ("G2", "G3"), ("G1", "G3"))):
        yield CASE.format(f"A 58-year-old woman had a pancreatic mass. The biopsy showed a NET {first}. She "
                          f"underwent distal pancreatectomy. {lesion.format(g=later)}"), first
    for spread, (first, later) in itertools.product(SPREAD_AFTER, (("G1", "G2"), ("G2", "G1"))):
        yield CASE.format(f"A 58-year-old woman had a pancreatic mass. The biopsy showed a NET {first}. She "
                          f"underwent distal pancreatectomy. {spread.format(g=later)}"), later


test_grid_another_lesions_resected_grade_does_not_outrank = grid_test(
    other_lesion_grade_cells, lambda row: row["grade"], "grade")


# A short form defined for another tumour is no word of this one (found by probing the short-form rule above):
# its long form names no neuroendocrine neoplasm, so the grade beside it is that cancer's. Paired with the NET's
# own short form, whose grade stays.
OTHER_SHORT_FORMS = [("renal cell carcinoma", "RCC"), ("urothelial carcinoma", "UC"),
                     ("hepatocellular carcinoma", "HCC"), ("ductal carcinoma in situ", "DCIS")]
OTHER_GRADE_FRAMES = ["The {s} was grade 2.", "It was a high-grade {s}.", "A grade 3 {s} was found on review."]
NET_SHORT_FORMS = [("neuroendocrine carcinoma of the cervix", "NECC", "high-grade {s}", "G3"),
                   ("well-differentiated neuroendocrine tumour", "WDNET", "{s}, grade 2", "G2")]


def other_short_form_cells():
    for (long, short), frame in itertools.product(OTHER_SHORT_FORMS, OTHER_GRADE_FRAMES):
        yield CASE.format(f"A 64-year-old woman had a history of {long} ({short}). {frame.format(s=short)} "
                          "A duodenal NET was found at endoscopy."), ""
    for long, short, words, grade in NET_SHORT_FORMS:
        yield CASE.format(f"A 64-year-old woman had a {long} ({short}). The biopsy showed "
                          f"{words.format(s=short)}."), grade


test_grid_another_tumours_short_form_is_no_tumour_word = grid_test(
    other_short_form_cells, lambda row: row["grade"] or "", "grade")
