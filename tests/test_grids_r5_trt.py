"""Grids of the fifth round, second pass (r5b-trt): stain markers and treatments.

Found on the study reports added in the fifth round (head and neck, genitourinary, airway) and by probing
the common ways a case report states a stain or a treatment; each grid crosses the failing shape with
its common variants and pairs every absence with a presence, so it fails when its extractor finds
nothing (tests/test_null_extractors.py). Every sentence is written here.

- 'positive' or 'negative' heading a stain noun phrase whose markers follow 'for' governs them forward
  ('Positive immunohistochemical staining of the tumour cells for chromogranin A and CD56', 'negative
  staining of the neoplastic cells for CK20'): rules/markers.json polarity premodifier_objects,
  marker_cues._object_follows.
- The hormone drugs of a prostate or breast tumour are tumour-directed drugs named by their generic name
  (goserelin, leuprorelin, bicalutamide, enzalutamide, tamoxifen, letrozole ...), and 'endocrine therapy'
  is their class, kept only when none is named (rules/treatments.json).
- Drugs joined by a plus ('etoposide+cisplatin', 'etoposide+ cisplatin') are each read, as drugs joined
  by a slash are (pipeline/affix_ruler.py _plus_joined_drugs).
- A treatment for another cancer of a histology no NET has ('radiotherapy for a basal cell carcinoma of the
  cheek', 'chemotherapy for Hodgkin lymphoma') is the past history; one for a combined or neuroendocrine
  tumour is not (rules/context.json, an appended HISTORICAL cue with requires_in_clause 'for').
- A count of patients or cases is a group ('adjuvant chemotherapy was given to 4 patients (31%)'), unless a
  determiner makes it the report's own ('the 2 patients'): rules/context.json, an OTHER_PATIENT cue with
  after_count (pipeline/context.py _counted).
- 'somatostatin therapy' is the analogue's therapy: 'somatostatin analogue'.
- A sentence that opens with its date ('Three years earlier she had undergone a hysterectomy for uterine
  fibroids') dates a procedure into the past history as the date after it does, beside the condition it
  was for (rules/context.json, the dated cue read forward); 'platinum-etoposide' names etoposide
  (rules/treatments.json joined_words).
- The stains of genitourinary, gynaecological and breast tumours (NKX3.1, uroplakin, PSMA, androgen receptor,
  SALL4, OCT3/4, PLAP, mammaglobin, GCDFP-15, AMACR) are markers (rules/markers.json, appended); 'previously
  published' cases are the literature's (rules/context.json, an appended OTHER_PATIENT cue).
- Tumour cells in a lymphatic vessel ('lymphatic tumour embolization', 'lymphovascular embolization') are a
  pathology finding, no embolization treatment (rules/treatments.json excluded_modifiers_by_treatment,
  modifier_skips).
"""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid, framed_cells, grid_test


def markers(row) -> tuple[list[str], list[str]]:
    return sorted(row["markers_positive"] or []), sorted(row["markers_negative"] or [])


def treatments(row) -> list[str]:
    return sorted(row["treatments"] or [])


# --- a polarity word heading a stain noun phrase with 'for' ---------------------------------------------------
STAIN_PHRASES = [
    "{p} immunohistochemical staining of the tumour cells for {m}",
    "{p} staining of the neoplastic cells for {m}",
    "diffuse {p} immunostaining of the tumour cell cytoplasm for {m}",
    "strong {p} immunoreactivity of the cells for {m}",
    "a {p} immunohistochemical reaction for {m}",
]
STAIN_FRAMES = [
    "{}.",
    "The biopsy showed {}.",
    "There was {} on the resected specimen.",
]
STAIN_LISTS = [("chromogranin A, synaptophysin and CD56", ["CD56", "chromogranin A", "synaptophysin"]),
               ("CK20 and CDX2", ["CDX2", "CK20"]), ("INSM1", ["INSM1"])]


def stain_phrase_cells():
    intro = "A 66-year-old man had a mass of the larynx.\n"
    for phrase, frame, (items, names) in itertools.product(STAIN_PHRASES, STAIN_FRAMES, STAIN_LISTS):
        for pol in ("positive", "negative"):
            text = frame.format(phrase.format(p=pol, m=items))
            text = text[0].upper() + text[1:]
            yield CASE.format(intro + text), (names, []) if pol == "positive" else ([], names)
        # the same stain with no polarity word states no result, unless a word of its strength or place
        # tells one ('diffuse immunostaining ... for', 'strong immunoreactivity ... for': positive, r9c)
        plain = frame.format(phrase.replace("{p} ", "").format(m=items))
        told = phrase.startswith(("diffuse", "strong"))
        yield CASE.format(intro + plain[0].upper() + plain[1:]), (names, []) if told else ([], [])
    # a comma or a marker before 'for' ends the reach: the marker's own cue decides
    yield CASE.format(intro + "Synaptophysin was positive staining, and for CK7 no result was given."), (
        ["synaptophysin"], [])


test_grid_a_polarity_word_heading_a_stain_phrase_governs_its_for_object = grid_test(
    stain_phrase_cells, markers, "markers_positive", "markers_negative")


# --- hormone drugs of a prostate or breast tumour --------------------------------------------------------------
HORMONE_DRUGS = {"goserelin": "goserelin", "leuprolide": "leuprorelin", "leuprorelin": "leuprorelin",
                 "triptorelin": "triptorelin", "degarelix": "degarelix", "bicalutamide": "bicalutamide",
                 "flutamide": "flutamide", "enzalutamide": "enzalutamide", "abiraterone": "abiraterone",
                 "tamoxifen": "tamoxifen", "letrozole": "letrozole", "anastrozole": "anastrozole"}
HORMONE_FRAMES = [
    "He was started on {d}.",
    "Endocrine therapy with {d} was given for one year.",
    "Androgen deprivation with {d} was begun, and the PSA fell.",
    "She received {d} as adjuvant endocrine therapy.",
]


def hormone_cells():
    intro = "A 70-year-old patient had a mixed carcinoma.\n"
    for (word, name), frame in itertools.product(HORMONE_DRUGS.items(), HORMONE_FRAMES):
        yield CASE.format(intro + frame.format(d=word)), [name]
        yield CASE.format(intro + frame.format(d=word).replace(" " + word, " " + word + " and bicalutamide")
                          if name != "bicalutamide" else intro + frame.format(d=word)), sorted({name, "bicalutamide"})
    # the class alone when no drug is named; a refused drug is none
    yield CASE.format(intro + "He received adjuvant endocrine therapy."), ["endocrine therapy"]
    yield CASE.format(intro + "Tamoxifen was considered but not given."), []


test_grid_hormone_drugs_are_named_treatments = grid_test(hormone_cells, treatments, "treatments")


# --- drugs joined by a plus ------------------------------------------------------------------------------------
PLUS_FORMS = ["{a}+{b}", "{a}+ {b}", "{a} + {b}", "{a} +{b}"]
PLUS_PAIRS = [("etoposide", "cisplatin"), ("carboplatin", "etoposide"), ("capecitabine", "temozolomide"),
              ("everolimus", "octreotide")]
PLUS_FRAMES = ["He received {} chemotherapy.", "Treatment with {} was given for four cycles."]


def plus_cells():
    intro = "A 59-year-old man had a small cell carcinoma of the bladder.\n"
    for form, (a, b), frame in itertools.product(PLUS_FORMS, PLUS_PAIRS, PLUS_FRAMES):
        yield CASE.format(intro + frame.format(form.format(a=a, b=b))), sorted({a, b})
    # a stain with its sign is no treatment
    yield CASE.format(intro + "Immunohistochemistry: CgA+, Syn+, CD56+."), []


test_grid_drugs_joined_by_a_plus_are_each_read = grid_test(plus_cells, treatments, "treatments")


# --- a treatment for another cancer ------------------------------------------------------------------------------
OTHER_CANCERS = ["a basal cell carcinoma of the cheek", "squamous cell carcinoma of the skin",
                 "Hodgkin lymphoma", "Hodgkin's disease", "a squamous cell carcinoma of the lip"]
OTHER_CANCER_FRAMES = [  # (sentence, the treatment it names)
    ("At the age of 40 he had been given radiotherapy for {c}.", "radiotherapy"),
    ("Earlier, she received radiation for the treatment of {c}.", "radiotherapy"),
    ("He had undergone surgery for {c} in 2009.", "surgery"),
    ("She had received chemotherapy for {c} as a young adult.", "chemotherapy"),
]
INDEX_CANCERS = ["the small cell carcinoma of the larynx", "the combined small cell and squamous cell carcinoma",
                 "the atypical carcinoid"]


def other_cancer_cells():
    intro = "A 71-year-old man had a mass of the larynx.\n"
    for (frame, name), cancer in itertools.product(OTHER_CANCER_FRAMES, OTHER_CANCERS):
        yield CASE.format(intro + frame.format(c=cancer)), []
    for (frame, name), cancer in itertools.product(OTHER_CANCER_FRAMES, INDEX_CANCERS):
        yield CASE.format(intro + frame.format(c=cancer)), [name]


test_grid_a_treatment_for_another_cancer_is_past_history = grid_test(other_cancer_cells, treatments, "treatments")


# --- a count of patients is a group --------------------------------------------------------------------------------
GROUP_SENTENCES = [  # the treatment each names for a group
    ("Adjuvant chemotherapy was given to {n} patients (31%).", "chemotherapy"),
    ("Surgery was performed in {n} of 13 cases.", "surgery"),
    ("Among {n} patients in the literature, most received octreotide.", "octreotide"),
    ("Radiotherapy was used in {n} cases only.", "radiotherapy"),
]
COUNTS = ["4", "11", "three"]
OWN_SENTENCES = [("Adjuvant chemotherapy was given to {d} 2 patients.", "chemotherapy"),
                 ("Surgery was performed in {d} 2 cases.", "surgery")]


def group_cells():
    intro = "A 75-year-old woman had a tumour of the renal pelvis.\n"
    for (sentence, name), n in itertools.product(GROUP_SENTENCES, COUNTS):
        yield CASE.format(intro + sentence.format(n=n)), []
    # the report's own patients, or the patient's own counts, stay
    for (sentence, name), det in itertools.product(OWN_SENTENCES, ("the", "our", "both")):
        yield CASE.format(intro + sentence.format(d=det)), [name]
    yield CASE.format(intro + "She received 4 cycles of cisplatin."), ["cisplatin"]
    yield CASE.format(intro + "Surgery was done 3 days after admission."), ["surgery"]


test_grid_a_count_of_patients_is_a_group = grid_test(group_cells, treatments, "treatments")


# --- 'somatostatin therapy' ----------------------------------------------------------------------------------------
SOMATOSTATIN_FRAMES = ["She has stable disease on somatostatin therapy.",
                       "Somatostatin therapy was started after the scan.",
                       "The carcinoid was controlled with somatostatin therapy for two years."]


def somatostatin_cells():
    intro = "A 53-year-old woman had a lung carcinoid.\n"
    for frame in SOMATOSTATIN_FRAMES:
        yield CASE.format(intro + frame), ["somatostatin analogue"]
        yield CASE.format(intro + frame.replace("omatostatin therapy", "omatostatin receptor imaging")), []


test_grid_somatostatin_therapy_is_the_analogue = grid_test(somatostatin_cells, treatments, "treatments")


# --- tumour emboli in lymphatics are a finding -------------------------------------------------------------------
EMBOLI = ["lymphatic tumour embolization", "lymphovascular tumor embolization", "lymphatic embolization",
          "intralymphatic neoplastic embolization", "lymphovascular embolization"]
EMBOLI_FRAMES = ["The specimen showed a small cell carcinoma with {}.",
                 "Histology revealed {} and perineural invasion.",
                 "Margins were clear, but there was {}."]
TREATMENT_EMBOLI = ["transarterial embolization of the liver metastases", "tumour embolization before surgery",
                    "selective embolization of the hepatic lesions"]


def emboli_cells():
    intro = "A 62-year-old woman had a vulvar mass.\n"
    yield from framed_cells(intro, EMBOLI_FRAMES, dict.fromkeys(EMBOLI, []))
    for treatment in TREATMENT_EMBOLI:
        text = f"She underwent {treatment}."
        yield CASE.format(intro + text), sorted({"embolization"} | ({"surgery"} if "surgery" in text else set()))


test_grid_tumour_emboli_in_lymphatics_are_a_finding = grid_test(emboli_cells, treatments, "treatments")


# --- a date at the head of the sentence; 'platinum-' joined to a drug -------------------------------------------
DATES = ["Three years earlier", "Ten years ago,", "Many years previously"]
DATED = [("she had undergone a hysterectomy for uterine fibroids.", []),
         ("she had a cholecystectomy for gallstones.", []),
         ("she had undergone a hernia repair operation.", []),
         ("octreotide had been started for the carcinoid syndrome.", ["octreotide"]),
         ("she underwent a right hemicolectomy for an ileal NET.", ["surgery"])]


def dated_cells():
    intro = "A 64-year-old woman had liver metastases.\n"
    for date, (rest, expected) in itertools.product(DATES, DATED):
        yield CASE.format(intro + f"{date} {rest}"), expected
    for drug in ("etoposide", "irinotecan"):
        yield CASE.format(intro + f"She received durvalumab with platinum-{drug}."), sorted(["durvalumab", drug])
    yield CASE.format(intro + "She received platinum-based chemotherapy."), ["chemotherapy"]


test_grid_a_date_heading_the_sentence_dates_the_procedure = grid_test(dated_cells, treatments, "treatments")


# --- stains of genitourinary, gynaecological and breast tumours ---------------------------------------------------
SITE_STAINS = {"NKX3.1": "NKX3.1", "uroplakin III": "uroplakin", "PSMA": "PSMA", "androgen receptor": "androgen receptor",
               "SALL4": "SALL4", "OCT3/4": "OCT3/4", "PLAP": "PLAP", "mammaglobin": "mammaglobin",
               "GCDFP-15": "GCDFP-15", "AMACR": "AMACR", "P504S": "AMACR"}
SITE_STAIN_FRAMES = [("The tumour cells were negative for {m} and positive for synaptophysin.", "negative"),
                     ("{M} was negative, whereas CD56 was positive.", "negative"),
                     ("Immunohistochemistry showed focal positivity for {m} and synaptophysin.", "positive")]


def site_stain_cells():
    intro = "A 68-year-old man had a mass of the prostate.\n"
    for (word, name), (frame, pol) in itertools.product(SITE_STAINS.items(), SITE_STAIN_FRAMES):
        text = frame.format(m=word, M=word[0].upper() + word[1:])
        others = ["synaptophysin"] if "synaptophysin" in text else ["CD56"]
        yield CASE.format(intro + text), ((sorted(others), [name]) if pol == "negative"
                                           else (sorted(others + [name]), []))
    for opener in ("In previously published cases,", "Among the published cases,"):
        yield CASE.format(intro + f"{opener} the tumours were positive for NKX3.1 and chromogranin A."), ([], [])
    yield CASE.format(intro + "The tumour was positive for NKX3.1 and chromogranin A."), (
        ["NKX3.1", "chromogranin A"], [])


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_stains_of_other_sites_are_markers(run):
    assert_grid(run, site_stain_cells(), lambda row, e: (sorted(row["markers_positive"] or []),
                                                         sorted(row["markers_negative"] or [])) == e)
