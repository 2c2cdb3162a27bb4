"""Grids of the twenty-ninth round (r29): the shapes the study reports still got wrong, and the eighteenth
gathering's.

- A bracket right after a site of a metastasis list ('metastases in the liver (2008), bone (2010) and kidney
  (2013)', 'to the liver (three lesions), the lungs (bilateral) and the bones') is an aside of that site, not the
  list's end: the walk passes it as the primary-site vote passes an aside (pipeline/extractors/asides.py,
  metastasis_sites.py).
- A cytokeratin stain written as one word with its clone or its 'pan' ('CKAE1/AE3', 'CK-AE1/AE3', 'CKpan', 'PCK',
  'pankeratin') names the cytokeratin stain (rules/markers.json).
- A follow-up of whole weeks is a quarter of a month, kept to two decimals ('3 weeks' is 0.75, as the guideline's
  '6 weeks' is 1.5), and any other count to one ('10 days' is 0.3): follow_up_time.as_stated.

The eighteenth gathering's study reports showed the rest:
- a meeting abstract runs its labels on, the label glued to the sentence before ('(stain, x200).Case: A
  58-year-old'): the case opens there (pipeline/header_grammar.py colon_flat_header);
- the past history told with a verb ('her medical history was significant for a tongue
  cancer') is the other cancer's, and that cancer's name, a cue on treatments only, no longer closes the history's
  scope on its site (rules/context.json; pipeline/scopes.py forward_stops by the types a cue acts on);
- somatostatin given as injections ('monthly somatostatin injections') is the analogue (rules/treatments.json);
- the muscles of the eye ('the inferior rectus muscle') are the orbit (rules/sites.json);
- a NET inside another lesion of its organ ('grown in a mature teratoma of the left ovary') has the organ as its
  primary (rules/sites.json 'host_lesion_words', pipeline/extractors/tumour_noun_vote.py);
- a specific class in the title outranks a generic 'neuroendocrine tumour' of the case text
  (pipeline/extractors/histology.py);
- the cervix is a part of the uterus: the title's cervix over a 'uterine mass' on CT (rules/sites.json 'part_of');
- a size after '≤' or '≥' is a bound, as after '<' and '>' (rules/patterns.json 'distance_before');
- a status some time 'before' something ('a clear scan 4 months before the last endoscopy') is the history
  (rules/outcome.json 'before_the_case_phrases');
- a regimen named for another tumour ('chemotherapy following the usual regimen for a small cell lung carcinoma') names no site of
  the patient's (rules/context.json), and the segments of the oesophagus ('the middle thoracic esophagus') place a
  tumour in it (rules/sites.json 'location_words');
- lesions an examination of an organ shows, summed up as metastases ('CT of the liver showed multiple lesions
  consistent with metastases'), are that organ's (extractors/summed_up_sites.py, metastasis_sites.py), and the
  'hemi-liver' is the liver (rules/sites.json, rules/patterns.json 'not_primary').
- 'S-1' and 'TS-1' name tegafur-gimeracil-oteracil, but not after 'segment' or 'sacral' (rules/treatments.json).
- a size the tumour changed to ('the tumour diameter decreased to 5 cm') is a later one: it comes after the size
  measured when the tumour was found (rules/patterns.json 'changed_size_words', extractors/tumor_size.py).
- a reporting verb between an organ and a tumour noun ('a lymph node biopsy indicated NET') breaks the organ from
  the noun: the organ was examined, the tumour is not named as its own (rules/sites.json 'site_tumour_breaks').
- a hormone syndrome told by its symptom and its hormone ('Cushing's syndrome, her adrenocorticotropic hormone
  high') is the tumour's, as an insulinoma's hypoglycaemia with its insulin is, unless the ACTH is suppressed or
  put elsewhere; a tumour named by PYY ('a PYY producing strumal carcinoid') has that hormone's syndrome
  (rules/syndromes.json 'symptom_with_hormone', 'secreting_hormones').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import CASE, framed_cells, grid_test, metastasis_and_sites, outcome_and_months, told_grid

# --- a bracket after a site of the list ----------------------------------------------------------------------------
DATED = {"Owing to metastases in the liver (2008), bone (2010) and kidney (2013), he received several treatments.":
         ("yes", {"liver", "bone", "kidney"}),
         "He developed metastases to the liver (2015), lung (2017) and bone (2019).": ("yes", {"liver", "lung", "bone"}),
         "He developed metastases in the liver (segment VI) and bone (L3 vertebra).": ("yes", {"liver", "bone"}),
         "He had metastases to the liver (three lesions), the lungs (bilateral) and the bones (spine and pelvis).":
         ("yes", {"liver", "lung", "bone"}),
         "He developed metastases to the liver [2015] and lung [2017].": ("yes", {"liver", "lung"}),
         # a bracket that holds no site of the list leaves the others as they were; a site alone stays alone
         "He developed metastases to the liver (2015).": ("yes", {"liver"}),
         "He had no metastases to the liver (2015 scan) or lung.": ("unknown", set())}


test_a_bracket_after_a_site_of_the_list = told_grid(
    "A 60-year-old man had an ileal NET resected in 2005.\n", (DATED,), metastasis_and_sites, "metastasis")

# --- a cytokeratin glued to its clone or its 'pan' -------------------------------------------------------------------
KERATIN_FRAMES = ("The tumour cells stained diffusely positive with {}, CD56 and synaptophysin.",
                  "Immunohistochemistry was positive for CD56 and {} and negative for TTF-1.")
KERATINS = {"CKAE1/AE3": "cytokeratin (AE1/AE3)", "CK-AE1/AE3": "cytokeratin (AE1/AE3)",
            "CK(AE1/AE3)": "cytokeratin (AE1/AE3)", "CK (AE1/AE3)": "cytokeratin (AE1/AE3)",
            "CKpan": "cytokeratin", "CK-pan": "cytokeratin", "PCK": "cytokeratin", "pankeratin": "cytokeratin",
            "pan-keratin": "cytokeratin",
            # a word that names no stain adds none
            "the stroma": None}


def _keratin_cells():
    yield from framed_cells("A 50-year-old woman had a cervical small cell NEC.\n",
                            KERATIN_FRAMES, KERATINS)


def _keratin(row) -> str | None:
    found = [m for m in row["markers_positive"] if m.startswith("cytokeratin")]
    return found[0] if found else None


test_a_cytokeratin_glued_to_its_clone = grid_test(_keratin_cells, _keratin, "markers_positive")

# --- weeks as quarters of a month ----------------------------------------------------------------------------------
WEEKS = {"She died three weeks after the operation.": ("died", "0.75"),
         "She died 5 weeks after the operation.": ("died", "1.25"),
         "She died six weeks after the operation.": ("died", "1.5"),
         "She died 1 week after the operation.": ("died", "0.25"),
         "She died 10 days after the operation.": ("died", "0.3"),
         "She died 18 days after the operation.": ("died", "0.6"),
         # no duration, no months
         "She died after the operation.": ("died", None)}


test_weeks_are_quarters_of_a_month = told_grid(
    "A 70-year-old woman underwent a Whipple procedure for a pancreatic NEC.\n", (WEEKS,), outcome_and_months,
    "outcome", "follow_up_months")

# --- a header glued to the sentence before it ------------------------------------------------------------------------
GLUED_INTRO = ("Introduction: NECs seldom present with trouble swallowing. Here is a man who could not swallow. "
               "Figure: Friable mass of the lower esophagus (stain, x200){}A 58-year-old man came in with dysphagia. "
               "Biopsy showed a neuroendocrine carcinoma with a Ki-67 index of 90%.")
GLUED_HEADERS = {".Case: ": "90", ".Case Report: ": "90", ".Case presentation: ": "90", "%.Case: ": "90",
                 ". Case: ": "90",
                 # no header: the case is never opened, and the introduction's values describe no patient
                 ". ": None}


def _glued_header_cells():
    for sep, want in GLUED_HEADERS.items():
        yield GLUED_INTRO.format(sep), want


test_a_header_glued_to_the_sentence_before = grid_test(_glued_header_cells, lambda row: row["ki67_high"], "ki67")

# --- the past history told with a verb; another cancer's name closes no scope on sites ------------------------------
HISTORY = {"He had a history of a laryngeal squamous cell carcinoma, irradiated.": "esophagus",
           "Her medical history was significant for a tongue cancer.": "esophagus",
           "Her medical history was significant for stage II squamous carcinoma of the tongue.": "esophagus",
           "His medical history was notable for adenocarcinoma of the colon.": "esophagus",
           "His history included a squamous cell carcinoma of the tongue.": "esophagus",
           "His past history is remarkable for a carcinoma of the larynx.": "esophagus",
           # the history's own NET is the tumour's: its organ votes
           "He had a history of a neuroendocrine carcinoma of the larynx treated with radiotherapy.": "larynx"}




def _history_cells():
    for sentence, want in HISTORY.items():
        yield CASE.format("A 60-year-old man presented with dysphagia. " + sentence + " Endoscopy showed a tumour of "
                          "the distal esophagus. Biopsy showed a neuroendocrine carcinoma."), want


test_the_past_history_told_with_a_verb = grid_test(_history_cells, lambda row: row["primary_site"] or "",
                                                   "primary_site")

# --- somatostatin given as injections --------------------------------------------------------------------------------
INJECTIONS = {"monthly somatostatin injections": ["somatostatin analogue"],
              "a somatostatin injection every four weeks": ["somatostatin analogue"],
              "long-acting somatostatin": ["somatostatin analogue"],
              "monthly injections of a somatostatin analogue": ["somatostatin analogue"],
              # a hormone measured is no treatment
              "a measurement of serum somatostatin": []}


def _injection_cells():
    yield from framed_cells("A 50-year-old man had a rectal NET with liver metastases.\n",
                            ("He was then treated with {}.", "After the resection he received {}."), INJECTIONS)


test_somatostatin_given_as_injections = grid_test(
    _injection_cells, lambda row: [t for t in row["treatments"] if t != "surgery"], "treatments")

# --- the muscles of the eye are the orbit ------------------------------------------------------------------------------
EYE_MUSCLES = {"the right inferior rectus muscle": {"orbit"}, "the left medial rectus": {"orbit"},
               "the lateral rectus muscle": {"orbit"}, "the superior oblique muscle": {"orbit"},
               # the abdominal wall's rectus is a muscle
               "the rectus abdominis muscle": {"muscle"}}


def _eye_muscle_cells():
    yield from framed_cells("A 70-year-old man had an ileal NET resected in 2015.\n",
                            ("In 2020 he developed a metastasis to {}.", "Biopsy of {} showed a metastatic NET."),
                            EYE_MUSCLES)


test_the_muscles_of_the_eye_are_the_orbit = grid_test(
    _eye_muscle_cells, lambda row: set(row["metastasis_sites"]), "metastasis_sites")

# --- a NET inside another lesion of its organ -------------------------------------------------------------------------
HOSTS = {"a neuroendocrine tumour arising in a mature cystic teratoma of the ovary": "ovary",
         "a carcinoid originating within a mature ovarian teratoma": "ovary",
         "a carcinoid arising within a dermoid cyst of the left ovary": "ovary",
         "a neuroendocrine tumour in a mature cystic ovarian teratoma": "ovary",
         "a NET arising in an adenoma of the stomach": "stomach",
         # beside the lesion, not in it: no site
         "a NET beside a mature cystic teratoma of the ovary": ""}


def _host_cells():
    yield from framed_cells("", ("A 41-year-old woman had {}. She underwent laparoscopic removal.",), HOSTS)


test_a_net_inside_another_lesion_of_its_organ = grid_test(
    _host_cells, lambda row: row["primary_site"] or "", "primary_site")

# --- the title's class over a generic 'neuroendocrine tumour' of the case text ------------------------------------
TITLED = {"Small cell NEC infiltrating the marrow: report of one case": "NEC",
          "Large cell neuroendocrine carcinoma of the cervix: a case report": "NEC",
          "Atypical carcinoid of the thymus: a case report": "NET",
          "Mixed adenoneuroendocrine carcinoma of the colon: a case report": "MiNEN",
          # a title that names no class leaves the case text's own
          "An unusual cause of anaemia: a case report": "NET"}


def _titled_cells():
    for title, want in TITLED.items():
        yield (title + "\n\nCase presentation\nA 37-year-old woman presented with anaemia. A smear showed a circulating "
               "neuroendocrine tumour cell beside a normal lymphocyte.\n"), want


test_the_titles_class_over_a_generic_net = grid_test(_titled_cells, lambda row: row["histology"], "histology")

# --- the cervix is the uterus's part ----------------------------------------------------------------------------------
CERVIX = {"A small cell NEC of the cervix in a young woman\n\nCase presentation\nA 51-year-old woman "
          "presented with bleeding. CT showed a uterine mass with pelvic lymphadenopathy.\n": "cervix",
          "Large cell NEC of the uterine cervix\n\nCase presentation\nA 51-year-old woman "
          "presented with bleeding. MRI showed a bulky uterine tumour.\n": "cervix",
          # the body of the uterus alone
          "Large cell NEC of the endometrium\n\nCase presentation\nA 51-year-old woman "
          "presented with bleeding. CT showed a uterine mass with pelvic lymphadenopathy.\n": "uterus"}


test_the_cervix_is_the_uteruss_part = grid_test(lambda: CERVIX.items(), lambda row: row["primary_site"] or "",
                                                "primary_site")

# --- a size after a comparator is a bound --------------------------------------------------------------------------
BOUNDS = {"≤20 mm": "", "≤ 20 mm": "", "≥2 cm": "", "< 20 mm": "",
          # a measurement
          "of 12 mm": "12"}


def _bound_cells():
    yield from framed_cells("A 75-year-old man had a duodenal NET G1, resected endoscopically.\n",
                            ("This resection is feasible for a NET G1 {} in size.",), BOUNDS)


test_a_size_after_a_comparator_is_a_bound = grid_test(_bound_cells, lambda row: row["tumor_size_mm"] or "",
                                                      "tumor_size_mm")

# --- a status dated some time before something ---------------------------------------------------------------------
BEFORE = {"A CT scan done 4 months before the last endoscopy had shown no lesion.": None,
          "A CT scan two years before the diagnosis showed no tumour.": None,
          "Three weeks before the biopsy she was free of symptoms.": None,
          # at the follow-up
          "A CT scan done 4 months after the resection showed no lesion.": "alive, no disease"}


test_a_status_dated_before_something = told_grid(
    "A 70-year-old man had a sigmoid NEC with liver metastases.\n", (BEFORE,), lambda row: row["outcome"], "outcome")

# --- a regimen named for another tumour; the segments of the oesophagus -----------------------------------------
REGIMENS = {"following the usual regimen for a small cell lung carcinoma": "",
            "as for small cell lung cancer": "",
            "following the protocol used for pulmonary small cell carcinoma": "",
            "with a regimen similar to that used for a pulmonary small cell tumour": "",
            # her own tumour's organ
            "for her small cell carcinoma of the lung": "lung"}


def _regimen_cells():
    yield from framed_cells("A 76-year-old woman had a small cell carcinoma with a solitary liver metastasis.\n",
                            ("We started chemotherapy with etoposide and cisplatin, {}.",), REGIMENS)


test_a_regimen_named_for_another_tumour = grid_test(
    _regimen_cells, lambda row: row["primary_site"] or "", "primary_site")

SEGMENTS = {"of the thoracic esophagus": "esophagus", "of the middle thoracic esophagus": "esophagus",
            "in the lower thoracic esophagus": "esophagus", "of the cervical esophagus": "esophagus",
            "of the mid esophagus": "esophagus", "of the abdominal esophagus": "esophagus",
            # no organ, no site
            "of the thoracic wall": ""}


def _segment_cells():
    yield from framed_cells("", ("A 76-year-old woman had a small cell carcinoma {}. We started chemotherapy.",
                                 "Biopsy showed a neuroendocrine carcinoma {} in a 70-year-old man."), SEGMENTS)


test_the_segments_of_the_oesophagus = grid_test(_segment_cells, lambda row: row["primary_site"] or "", "primary_site")

# --- the organ an examination shows lesions in, summed up as metastases ----------------------------------------------
SUMMED = {"CT of the liver showed several masses compatible with metastases.": ("yes", {"liver"}),
          "CT of the liver showed several masses (the biggest 6 cm) compatible with metastases.":
          ("yes", {"liver"}),
          "CT of the liver showed multiple lesions consistent with metastases.": ("yes", {"liver"}),
          "A bone scan showed several foci consistent with metastatic disease.": ("yes", {"bone"}),
          "CT showed an 8 x 11 cm mass in the right hemi-liver, consistent with a metastasis.": ("yes", {"liver"}),
          # lesions the examination shows, never called metastases
          "CT of the liver showed multiple cysts.": ("unknown", set())}


test_the_organ_of_lesions_summed_up_as_metastases = told_grid(
    "A 66-year-old woman with an ileal NET presented with flushing.\n", (SUMMED,), metastasis_and_sites, "metastasis")

HEMI = {"CT showed an 8 x 11 cm mass in the right hemi-liver.": "",
        "CT showed a mass of 8 x 11 cm in the left hemiliver.": "",
        # the primary's own
        "CT showed a rectal mass of 3 x 2 cm.": "30 x 20"}


test_a_mass_in_the_hemi_liver_is_no_primary = told_grid(
    "A 46-year-old man had a rectal NEC with liver metastases.\n", (HEMI,), lambda row: row["tumor_size_mm"] or "",
    "tumor_size_mm")

# --- S-1 by the name Japanese reports give it ----------------------------------------------------------------------
S_ONE = {"He then received chemotherapy with TS-1.": ["tegafur-gimeracil-oteracil"],
         "Adjuvant S-1 was given for one year.": ["tegafur-gimeracil-oteracil"],
         "He was treated with S-1 plus cisplatin.": ["tegafur-gimeracil-oteracil", "cisplatin"],
         # a liver segment or a sacral root of the same letters
         "A second nodule lay in segment S-1 of the liver.": [],
         "The pain followed the sacral S-1 root.": []}


test_s1_by_its_japanese_name = told_grid(
    "A 48-year-old man had a gastric NEC.\n", (S_ONE,), lambda row: [t for t in row["treatments"] if t != "surgery"],
    "treatments")

# --- a size the tumour changed to is a later one ----------------------------------------------------------------------
CHANGED = {"Seven months after everolimus was started, the tumour diameter decreased to 5 cm.": "84",
           "After four cycles the mass had shrunk to 3 cm.": "84",
           "A year later the mass grew to 10 cm.": "84",
           "After chemotherapy the tumour was reduced to 4.5 cm.": "84",
           # a second measurement of the same time is no change: the first stays
           "MRI showed the tumour to measure 9 cm.": "84"}


def _changed_cells():
    for later, want in CHANGED.items():
        yield CASE.format("A 44-year-old woman had a pancreatic NET with tumour thrombus in the portal vein. The "
                          "tumour diameter was 8.4 cm. " + later), want
    # the changed size alone is still the tumour's only size
    yield CASE.format("A 44-year-old woman had a pancreatic NET. After chemotherapy the tumour decreased to 5 cm."), "50"


test_a_size_the_tumour_changed_to_is_a_later_one = grid_test(
    _changed_cells, lambda row: row["tumor_size_mm"] or "", "tumor_size_mm")

# --- a reporting verb between an organ and a tumour noun ------------------------------------------------------------
EXAMINED = {"A neck lymph node biopsy indicated NET, though no primary was ever found.": "",
            "Liver biopsy revealed NET G2.": "",
            "A lymph node biopsy showed NET.": "",
            "Lung biopsy confirmed NET.": "",
            # the organ's own tumour, named before its noun
            "CT showed a pancreatic NET.": "pancreas",
            "A pancreas NET was found on EUS.": "pancreas"}


test_a_reporting_verb_between_an_organ_and_a_tumour = told_grid(
    "A 32-year-old man presented with neck swelling.\n", (EXAMINED,), lambda row: row["primary_site"] or "",
    "primary_site")

# --- a hormone syndrome told by its symptom and its hormone; a tumour named by PYY -----------------------------------
HORMONES = {"She had Cushing's syndrome, with her adrenocorticotropic hormone well above normal.": ["ectopic ACTH"],
            "She had ACTH-dependent Cushing's syndrome.": ["ectopic ACTH"],
            "She had Cushing syndrome, and plasma corticotropin was high.": ["ectopic ACTH"],
            "The tumour was a PYY producing strumal carcinoid.": ["peptide YY"],
            "The tumour was a peptide YY-secreting carcinoid.": ["peptide YY"],
            # an ACTH that is suppressed, or a syndrome with no hormone, names no tumour's syndrome
            "She had Cushing's syndrome with suppressed ACTH.": [],
            "She had Cushing's syndrome.": []}


def _hormone_cells():
    for sentence, want in HORMONES.items():
        yield CASE.format("A 45-year-old woman had hypertension. " + sentence + " CT showed a 2 cm mass in the left "
                          "lung, and resection showed a typical carcinoid."), want


test_a_hormone_syndrome_by_its_symptom_and_hormone = grid_test(
    _hormone_cells, lambda row: row["functional_syndrome"], "functional_syndrome")
