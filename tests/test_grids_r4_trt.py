"""Grids of the fourth round on the real reports (r4-trt): treatments and functional syndromes.

Each grid crosses the parts a published report combines and pairs every absence with a presence, so it
fails when its extractor finds nothing (tests/test_null_extractors.py). Every sentence is written here.

- A syndrome stated for a plural tumour class in the general present ('most rectal carcinoids are
  non-functional', 'a tenth of midgut NETs come with carcinoid syndrome') is a definition, as a Ki-67 or a
  grade stated that way is (rules/context.json generic_statements class_types).
- Cushing's syndrome with the tumour named as its cause, either way round ('Cushing syndrome secondary to a
  thymic NET', 'a bronchial carcinoid causing Cushing's syndrome') is the tumour's ectopic ACTH syndrome; the
  name alone, or with a pituitary or adrenal tumour as its cause, is not (rules/syndromes.json
  caused_by_tumour).
- An operation told by what it took out ('removal of the pancreatic lesion', 'we removed the whole tumour',
  'the mass was completely removed') is surgery; a drain, a catheter or a stent removed is none
  (rules/treatments.json removal).
- An excision (excisional) biopsy takes the whole lesion out: surgery, where a core, needle or incisional
  biopsy stays a diagnostic step (rules/treatments.json surgery synonyms).
- A drug that only controls a hormone syndrome is no tumour treatment: mitotane, ketoconazole, metyrapone
  and osilodrostat lower the cortisol of an ectopic ACTH syndrome, diazoxide raises the glucose of an
  insulinoma (rules/treatments.json: mitotane left the lexicon).
- How often a syndrome comes with a tumour ('carcinoid syndrome is seen infrequently with appendiceal
  NETs', 'seldom') is about the class, as 'rarely' and 'frequently' already were (rules/context.json, the
  other-patient cue of frequency words).
- An inherited syndrome named by its number without 'type' ('multiple endocrine neoplasia 1',
  'neurofibromatosis 1') and parathyroid hormone-related peptide spelled out before '-secreting'
  (rules/syndromes.json, appended names).
- Proton therapy is radiotherapy, HIPEC is chemotherapy (rules/treatments.json, appended synonyms); a
  proton-density scan is no treatment.
- A patient 'considered for' a treatment did not get it by those words ('she was considered for PRRT'):
  'was considered' reads backward and had hidden the forward 'considered' (rules/context.json, appended).
"""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- a syndrome stated for a plural tumour class is a definition -------------------------------------------
CLASS_NOUNS = ["NETs", "carcinoids", "tumours", "tumors", "neoplasms", "NENs"]
CLASS_FRAMES = [  # (a general sentence about the class, the syndrome it names)
    ("Most rectal {c} are non-functional.", "non-functioning"),
    ("Pancreatic {c} can be functional or non-functioning.", "non-functioning"),
    ("Hindgut {c} are hormonally silent as a rule.", "non-functioning"),
    ("About 10% of midgut {c} are accompanied by the carcinoid syndrome.", "carcinoid syndrome"),
    ("Carcinoid syndrome is seen in a minority of ileal {c}.", "carcinoid syndrome"),
]
PATIENT_SENTENCES = {  # the patient's own syndrome, stated in the case
    "non-functioning": "A 49-year-old man had a rectal NET that was non-functioning on hormone testing.",
    "carcinoid syndrome": "A 66-year-old woman with an ileal NET had flushing and diarrhoea from carcinoid syndrome.",
}


def class_cells():
    for noun, (frame, syndrome) in itertools.product(CLASS_NOUNS, CLASS_FRAMES):
        general = frame.format(c=noun)
        general = general[0].upper() + general[1:]
        yield CASE.format("A 55-year-old woman was referred with anaemia.\n" + general), []
        yield CASE.format(PATIENT_SENTENCES[syndrome] + "\n" + general), [syndrome]
    yield CASE.format("A 55-year-old woman was referred.\nPNETs are non-functioning in most series."), []


@pytest.mark.fields("functional_syndrome")
def test_grid_syndrome_stated_for_a_tumour_class_is_a_definition(run):
    assert_grid(run, class_cells(), lambda row, e: sorted(row["functional_syndrome"] or []) == e)


# --- Cushing's syndrome with the tumour as its cause ---------------------------------------------------------
CUSHING_NAMES = ["Cushing's syndrome", "Cushing syndrome", "hypercortisolism"]
TUMOURS = ["a bronchial carcinoid", "a thymic neuroendocrine tumour", "a pancreatic NET", "an atypical carcinoid tumor"]
AFTER_FRAMES = [  # the name, a link, the tumour
    "A 47-year-old woman had {n} caused by {t}.",
    "The diagnosis was {n} secondary to {t} of 14 mm.",
    "Work-up of a 38-year-old man showed {n} due to {t}.",
    "{N} from {t}: a case report",
    "She was treated for {n} resulting from {t}.",
]
BEFORE_FRAMES = [  # the tumour, a link, the name
    "A 47-year-old woman had {t} causing {n}.",
    "{T} presenting as severe {n} in a 38-year-old man",
    "A 52-year-old man was found to have {t} with {n}.",
]
NOT_THE_TUMOUR = [  # the name with another cause, or with no cause stated: no value
    "A 47-year-old woman had {n} caused by a pituitary tumour; a rectal NET was found later.",
    "A 47-year-old woman had {n} from an adrenal lesion. A rectal NET was also resected.",
    "A 47-year-old woman had {n}. A rectal NET was found at colonoscopy.",
]


def _upper_first(text: str) -> str:
    return text[0].upper() + text[1:]


def cushing_cells():
    for name, tumour in itertools.product(CUSHING_NAMES, TUMOURS):
        for frame in AFTER_FRAMES + BEFORE_FRAMES:
            text = frame.format(n=name, N=_upper_first(name), t=tumour, T=_upper_first(tumour))
            yield CASE.format(text), ["ectopic ACTH"]
    for name, frame in itertools.product(CUSHING_NAMES, NOT_THE_TUMOUR):
        yield CASE.format(frame.format(n=name)), []


@pytest.mark.fields("functional_syndrome")
def test_grid_cushing_syndrome_caused_by_the_tumour_is_ectopic_acth(run):
    assert_grid(run, cushing_cells(), lambda row, e: sorted(row["functional_syndrome"] or []) == e)


# --- an operation told by what it took out -------------------------------------------------------------------
REMOVED = ["lesion", "tumour", "tumor", "mass", "nodule", "carcinoid", "polyp"]
REMOVAL_FRAMES = [
    "Removal of the duodenal {o} was uneventful.",
    "Our team removed the entire {o} with clear margins in 2019.",
    "The {o} was completely removed at the second attempt.",
    "Two weeks later the {o} had been removed and she was discharged.",
    "Eventually the surgeons decided on removing the {o}.",
]
NOT_A_TUMOUR = ["drain", "urinary catheter", "biliary stent", "central line", "nasogastric tube"]
NOT_REMOVED_FRAMES = [  # absences: another object, or a removal that did not happen
    "The {x} was removed on the third day.",
    "Removal of the {x} was uneventful.",
]
NOT_DONE = ["The {o} could not be removed.", "The patient refused removal of the {o}."]


def removal_cells():
    for obj, frame in itertools.product(REMOVED, REMOVAL_FRAMES):
        yield CASE.format("A 59-year-old man had a duodenal NET. " + frame.format(o=obj)), ["surgery"]
    for obj, frame in itertools.product(REMOVED, NOT_DONE):
        yield CASE.format("A 59-year-old man had a duodenal NET. " + frame.format(o=obj)), []
    for other, frame in itertools.product(NOT_A_TUMOUR, NOT_REMOVED_FRAMES):
        yield CASE.format("A 59-year-old man had a duodenal NET. " + frame.format(x=other)), []


@pytest.mark.fields("treatments")
def test_grid_an_operation_told_by_what_it_removed_is_surgery(run):
    assert_grid(run, removal_cells(), lambda row, e: sorted(row["treatments"] or []) == e)


# --- an excisional biopsy is an operation; other biopsies are not ---------------------------------------------
EXCISIONAL = ["excision biopsy", "excisional biopsy"]
OTHER_BIOPSIES = ["core biopsy", "needle biopsy", "incisional biopsy", "punch biopsy", "forceps biopsy"]
BIOPSY_FRAMES = [
    "She underwent {a} {b} of the nodule, which showed a NET.",
    "{A} {b} of the laryngeal mass was performed under general anaesthesia.",
    "The {b} confirmed a well-differentiated NET, grade 1.",
]


def biopsy_cells():
    for frame, b in itertools.product(BIOPSY_FRAMES, EXCISIONAL + OTHER_BIOPSIES):
        article = "an" if b[0] in "aeiou" else "a"
        text = frame.format(a=article, A=article.capitalize(), b=b)
        yield CASE.format("A 70-year-old woman was seen for hoarseness. " + text), ["surgery"] if b in EXCISIONAL else []


@pytest.mark.fields("treatments")
def test_grid_an_excisional_biopsy_is_surgery(run):
    assert_grid(run, biopsy_cells(), lambda row, e: sorted(row["treatments"] or []) == e)


# --- a drug that only controls a hormone syndrome is no treatment of the tumour --------------------------------
HORMONE_CONTROL = ["mitotane", "ketoconazole", "metyrapone", "osilodrostat", "Lysodren"]
CONTROL_FRAMES = [
    "Her cortisol stayed high despite {d}.",
    "Hypercortisolism was controlled with {d} for two months.",
    "Despite therapy with {d}, her 24-hour urine cortisol remained elevated.",
]
TUMOUR_TREATMENT = ("The thymic NET was then resected.", "surgery")


def hormone_control_cells():
    for drug, frame in itertools.product(HORMONE_CONTROL, CONTROL_FRAMES):
        text = "A 46-year-old man had ectopic ACTH syndrome from a thymic NET. " + frame.format(d=drug)
        yield CASE.format(text), []
        yield CASE.format(text + " " + TUMOUR_TREATMENT[0]), [TUMOUR_TREATMENT[1]]


@pytest.mark.fields("treatments")
def test_grid_a_drug_that_only_controls_a_hormone_syndrome_is_no_treatment(run):
    assert_grid(run, hormone_control_cells(), lambda row, e: sorted(row["treatments"] or []) == e)


# --- how often a syndrome comes with a tumour is about the class -----------------------------------------------
FREQUENCY_WORDS = ["infrequently", "seldom", "rarely", "frequently"]
FREQUENCY_FRAMES = [
    ("The carcinoid syndrome arises {f} in an appendiceal NET, and only with liver spread.", "carcinoid syndrome"),
    ("A Zollinger-Ellison syndrome is {f} the first sign of a duodenal NET.", "gastrinoma"),
    ("Insulinoma {f} occurs outside the pancreas.", "insulinoma"),
]
OWN_SYNDROME = {
    "carcinoid syndrome": "A 61-year-old man with an appendiceal NET had carcinoid syndrome with flushing.",
    "gastrinoma": "A 61-year-old man had a duodenal gastrinoma with raised serum gastrin.",
    "insulinoma": "A 61-year-old man had an insulinoma with fasting hypoglycaemia and high insulin.",
}


def frequency_cells():
    for word, (frame, syndrome) in itertools.product(FREQUENCY_WORDS, FREQUENCY_FRAMES):
        general = frame.format(f=word)
        yield CASE.format("A 61-year-old man was seen for abdominal pain.\n" + general), []
        yield CASE.format(OWN_SYNDROME[syndrome] + "\n" + general), [syndrome]


@pytest.mark.fields("functional_syndrome")
def test_grid_how_often_a_syndrome_comes_is_about_the_class(run):
    assert_grid(run, frequency_cells(), lambda row, e: sorted(row["functional_syndrome"] or []) == e)


# --- numbered names without 'type'; a hormone spelled out -------------------------------------------------------
HEREDITARY_NUMBERED = {"multiple endocrine neoplasia 1": "MEN1", "Multiple Endocrine Neoplasia 1": "MEN1",
                       "multiple endocrine neoplasia 2": "MEN2", "neurofibromatosis 1": "NF1",
                       "neurofibromatosis-1": "NF1"}
HEREDITARY_FRAMES = [
    ("Genetic testing of the 33-year-old woman confirmed {h}.", True),
    ("The 33-year-old woman was known to carry {h} since childhood.", True),
    ("The 33-year-old woman had no family history of {h}.", False),
]
PTHRP_NAMES = ["parathyroid hormone-related peptide", "parathyroid hormone-related protein",
               "parathyroid hormone related peptide"]
PTHRP_FRAMES = [
    ("A 58-year-old man had hypercalcaemia from a {p}-secreting pancreatic NET.", True),
    ("Her hypercalcaemia was caused by a {p} secreting NET of the pancreas.", True),
    ("A 58-year-old man had a pancreatic NET; a {p}-secreting tumour was ruled out.", False),
]


def numbered_cells():
    for (name, value), (frame, stated) in itertools.product(HEREDITARY_NUMBERED.items(), HEREDITARY_FRAMES):
        yield CASE.format(frame.format(h=name)), ("hereditary_syndrome", [value] if stated else [])
    for name, (frame, stated) in itertools.product(PTHRP_NAMES, PTHRP_FRAMES):
        yield CASE.format(frame.format(p=name)), ("functional_syndrome", ["PTHrP"] if stated else [])


@pytest.mark.fields("hereditary_syndrome", "functional_syndrome")
def test_grid_numbered_names_and_spelled_out_hormones(run):
    assert_grid(run, numbered_cells(), lambda row, e: sorted(row[e[0]] or []) == e[1])


# --- proton therapy, HIPEC ------------------------------------------------------------------------------------------
MODALITY_CELLS = [
    ("The sacral NET was treated with proton therapy to 60 Gy.", ["radiotherapy"]),
    ("She then received proton beam therapy for the skull base metastasis.", ["radiotherapy"]),
    ("Proton beam irradiation of the orbit followed.", ["radiotherapy"]),
    ("A proton-density MRI of the sacrum was normal.", []),
    ("Cytoreduction with HIPEC was performed for the peritoneal disease.", ["chemotherapy", "surgery"]),
    ("He was considered for HIPEC but declined.", []),
]


def modality_cells():
    for sentence, expected in MODALITY_CELLS:
        yield CASE.format("A 52-year-old woman had a metastatic NET. " + sentence), sorted(expected)


@pytest.mark.fields("treatments")
def test_grid_proton_therapy_and_hipec(run):
    assert_grid(run, modality_cells(), lambda row, e: sorted(row["treatments"] or []) == e)


# --- considered for a treatment ------------------------------------------------------------------------------------
CONSIDERED_TREATMENTS = {"surgery": "surgery", "PRRT": "PRRT", "lanreotide": "lanreotide",
                         "liver transplantation": "surgery", "everolimus": "everolimus"}
CONSIDERED_FRAMES = ["She was considered for {t}.", "At the tumour board she was then considered for {t}.",
                     "They were considered for {t} after the scan."]


def considered_cells():
    for (words, value), frame in itertools.product(CONSIDERED_TREATMENTS.items(), CONSIDERED_FRAMES):
        yield CASE.format("A 64-year-old woman had a metastatic NET. " + frame.format(t=words)), []
    yield CASE.format("A 64-year-old woman had a metastatic NET. She was considered for surgery; "
                      "a Whipple procedure was done."), ["surgery"]
    yield CASE.format("A 64-year-old woman had a metastatic NET. She was considered for PRRT. "
                      "Four cycles of PRRT were given."), ["PRRT"]


@pytest.mark.fields("treatments")
def test_grid_considered_for_a_treatment_is_not_given(run):
    assert_grid(run, considered_cells(), lambda row, e: sorted(row["treatments"] or []) == e)
