"""Grids of the twenty-seventh round (r27): the shapes the study reports still got wrong, and the sixteenth
gathering's.

- A clause that says how a class of tumours spreads ('endocrine cell carcinoma is prone to early
  metastasis', 'such tumours often metastasize') states no new disease of the patient: its metastasis word is no
  'alive with disease' (rules/context.json generic_statements 'spread_types' holds OUTCOME beside METASTASIS).
- Lymph nodes that an 'involvement' reaches are a nodal metastasis in a sentence that names no tumour, as the phrase
  'lymph node involvement' is ('there was involvement of the regional lymph nodes', 'mesenteric lymph nodes
  involvement': pipeline/extractors/metastasis.py _nodes_involved).

The sixteenth gathering's study reports showed the rest:
- the anal canal is an organ NECs start in ('an anal mass', 'perianal'; 'the anal verge' stays a rectal tumour's
  landmark), and the pituitary one they spread to, never a NET report's primary: its tumour there is MEN1's adenoma
  or a Cushing work-up's finding (rules/sites.json, 'primary_cues' 'never_primary');
- a number a counted noun takes ('went home on post operative day 2. Pathology showed ...') is no numbered header
  in a flattened line (rules/sections.json 'numbered_header_not_after'): read as one, it left the case before it
  outside the case;
- a comma or semicolon glued between two words ('CK7,CK20', 'CD56;Negative for S100') separates them
  (pipeline/nlp.py GLUED_LIST_MARK), so the stains and the list's polarity are read;
- 'the tumour was reported to be a NET of the pancreas' is the patient's own pathology report, as 'was reported as' is
  (rules/context.json, a pseudo-cue);
- the title's treatment joins the case text's ('Nivolumab with radiotherapy for a metastatic oesophageal NEC after
  oesophagectomy'), an institution keeps its 'Surgery' with an affiliation number glued to it ('1Department of
  Hepatobiliary Surgery'), a bypass treats no tumour ('coronary bypass surgery ten years ago'), and a refusal told
  as a noun refuses ('radiotherapy after refusal of major surgery': rules/context.json);
- fluorouracil with leucovorin is written as one name ('5-FU/LV', '5FU-LV') and etoposide by its French brand
  ('cisplatine-vepeside'): rules/treatments.json regimens and synonyms;
- a page that lost its title line still cites itself ('Citation: Smith A, Jones B. Mediastinal small cell carcinoma
  with liver metastasis. J Rare Tumours 2021; ...'): that sentence is the title (rules/sites.json title
  'self_citation', pipeline/extractors/title.py);
- the entity a tumour is told apart from ('must be differentiated from a primary pulmonary small cell carcinoma',
  'a separate entity from', 'in contrast to') is no finding of the patient's (rules/context.json, a hypothetical
  cue as 'mimicking' is);
- a clause dated before the case ('one month before presentation, ... it resolved spontaneously') tells the
  history: no living status there is the last one (rules/outcome.json 'before_the_case_phrases');
- a journal's structured case header gives the sex and then the age with no unit ('Patient: Female, 66':
  rules/patterns.json 'age_sex_case_header').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import CASE, grid_test, metastasis_and_sites, outcome_and_months, told_cells, told_grid

# --- how the class spreads is no new disease ----------------------------------------------------------------------
CLASS_SPREAD = {"Since endocrine cell carcinoma is prone to early metastasis, an active multimodal treatment is "
                "recommended.": (None, None),
                "Because small-cell carcinoma often shows early metastasis, adjuvant chemotherapy is advised.":
                    (None, None),
                "Such carcinomas often metastasize early, and a multimodal approach is recommended.": (None, None),
                "Endocrine cell carcinomas carry a poor prognosis owing to early metastasis.": (None, None)}
PATIENT_SPREAD = {"Eight months after surgery she developed liver metastases.": ("alive with disease", "8"),
                  "At the 1-year follow-up she remained free of metastasis.": ("alive, no disease", "12")}


test_how_the_class_spreads_is_no_new_disease = told_grid(
    "A 63-year-old woman underwent resection of a rectal NEC.\n",
    (CLASS_SPREAD, PATIENT_SPREAD), outcome_and_months, "outcome")

# --- lymph nodes that an involvement reaches ----------------------------------------------------------------------
NODES = {"There was involvement of the regional lymph nodes.": ("yes", {"lymph node"}),
         "PET-CT showed involvement of the mesenteric lymph nodes.": ("yes", {"lymph node"}),
         "Staging showed locoregional lymph nodes involvement.": ("yes", {"lymph node"}),
         "There was involvement of the lymph nodes and the liver.": ("yes", {"lymph node", "liver"}),
         # denied, or an organ's involvement with no metastasis said: no site
         "There was no involvement of the regional lymph nodes.": ("no", set()),
         "Bone scintigraphy showed skeletal involvement.": ("unknown", set()),
         "The mass showed involvement of the muscularis propria.": ("unknown", set())}


test_lymph_nodes_an_involvement_reaches = told_grid(
    "A 58-year-old man was diagnosed with an ileal NET.\n",
    (NODES,), metastasis_and_sites, "metastasis")

# --- the anal canal and the pituitary -----------------------------------------------------------------------------
ANAL = {"A 63-year-old man came in with an anal mass; biopsy showed a small cell carcinoma.": "anal canal",
        "A 58-year-old woman was diagnosed with an anal neuroendocrine carcinoma.": "anal canal",
        "A 70-year-old man had a neuroendocrine carcinoma of the anal canal.": "anal canal",
        "A 66-year-old woman had a perianal neuroendocrine tumour excised.": "anal canal",
        # the anal verge is a landmark of a rectal tumour, not its organ
        "A 55-year-old man had a 6 mm rectal NET located 5 cm from the anal verge.": "rectum",
        "A 49-year-old woman had a rectal carcinoid 3 cm above the anal verge.": "rectum"}
PITUITARY = {"A 60-year-old woman had a pancreatic NET. MRI showed a pituitary metastasis.":
                 ("pancreas", {"pituitary"}),
             "A 52-year-old man had a lung carcinoid with metastasis to the pituitary gland.": ("lung", {"pituitary"}),
             # the pituitary of a MEN1 adenoma, or of a Cushing work-up, is no primary and no metastasis
             "A 40-year-old woman with MEN1 had a pituitary tumour removed years ago; a pancreatic NET was found.":
                 ("pancreas", set()),
             "Despite a lesion on pituitary MRI, sampling showed ectopic ACTH from a bronchial carcinoid.":
                 ("lung", set()),
             "A 45-year-old woman had a pituitary adenoma resected.": (None, set())}


test_the_anal_canal_is_a_primary_site = told_grid("", (ANAL,), lambda row: row["primary_site"], "primary_site")
test_the_pituitary_is_a_metastasis_site_never_a_primary = told_grid(
    "", (PITUITARY,), lambda row: (row["primary_site"], set(row["metastasis_sites"])), "primary_site")

# --- a number a counted noun takes is no numbered header ----------------------------------------------------------
OPENING = ("This report describes a goblet cell tumour of the appendix and reviews its treatment. A 48 year old man "
           "came in with right lower quadrant pain and fever, and CT showed a dilated appendix. ")
COUNTED = {"He had a laparoscopic appendectomy and went home on post operative day 2. Pathology showed "
           "a goblet cell carcinoid.": "48",
           "Biopsy showed a neuroendocrine tumour, grade 2. Immunohistochemistry showed synaptophysin.": "48",
           "He received cisplatin and etoposide, cycle 1. Pathology of the resected bowel showed a NEC.": "48",
           "He was staged as stage 3. Pathology revealed nodal spread of a NEC.": "48",
           # a numbered header after a sentence of the introduction starts its section
           "Surgery is the mainstay of treatment. 2. Case presentation Pathology showed a NEC.": None}


def _counted_cells():
    for sentence, want in COUNTED.items():
        first = OPENING if want else "Goblet cell tumours are rare tumours of the appendix, and a 48 year old man " \
            "is described in the literature with right lower quadrant pain and fever. "
        yield "A goblet cell tumour of the appendix\n\n" + first + sentence + " The rest of the report follows " \
            "here and tells the course after the operation in full.\n", want


test_a_number_a_counted_noun_takes_is_no_numbered_header = grid_test(
    _counted_cells, lambda row: None if row["age"] is None else str(int(row["age"])), "age")

# --- a comma or a semicolon glued between two stains --------------------------------------------------------------
GLUED = {"The tumour cells were positive for CK7,synaptophysin and CD56;Negative for CK20 and S100.":
             ({"CK7", "synaptophysin", "CD56"}, {"CK20", "S100"}),
         "The cells were positive for chromogranin A,CD56;negative for S100.":
             ({"chromogranin A", "CD56"}, {"S100"}),
         "Stains: synaptophysin positive;CDX2 negative.": ({"synaptophysin"}, {"CDX2"}),
         # a decimal comma and a translocation stay whole
         "The tumour measured 2,5 cm and was positive for synaptophysin.": ({"synaptophysin"}, set())}


test_a_glued_comma_or_semicolon_separates_stains = told_grid(
    "A 60-year-old man had a rectal NEC resected.\n",
    (GLUED,), lambda row: (set(row["markers_positive"]), set(row["markers_negative"])), "markers_positive")

# --- the pathology 'was reported to be' -----------------------------------------------------------------------------
REPORTED = {"At histology the tumour was reported to be a NET of the pancreas, testing positive for synaptophysin.":
                {"synaptophysin"},
            "The biopsy was reported as a NET, positive for chromogranin A.": {"chromogranin A"},
            "The lesions were reported to be positive for CD56.": {"CD56"},
            # the literature's cases stay the literature's
            "Similar tumours positive for CD56 were reported by Smith et al.": set()}


test_a_pathology_reported_to_be_is_the_patient_s = told_grid(
    "A 43-year-old woman had a pancreatic mass resected.\n",
    (REPORTED,), lambda row: set(row["markers_positive"]), "markers_positive")

# --- the title's treatment joins the case text's --------------------------------------------------------------------
TITLES = {"Nivolumab with radiotherapy for a metastatic oesophageal NEC after oesophagectomy: a case report":
              {"nivolumab", "radiotherapy", "surgery"},
          "Everolimus in a patient with a metastatic rectal NET":
              {"everolimus", "surgery"},
          "Long survival after PRRT for an ileal NET: a case report": {"PRRT", "surgery"},
          # a title that asks, or names no treatment, adds none
          "Small rectal NETs: is radiotherapy ever needed?": {"surgery"},
          "A rare metastatic rectal NET: a case report": {"surgery"}}
AFFILIATIONS = {"1Department of Hepatobiliary Surgery, City Hospital, China": {"sunitinib"},
                "- 1Department of Hepatobiliary Surgery, City Hospital, China\n- 2Department of Pathology, City "
                "Hospital, China": {"sunitinib"},
                "2Division of Thoracic Surgery, University Clinic": {"sunitinib"},
                "Department of Oncology, City Hospital": {"sunitinib"}}
HISTORY = {"She had coronary bypass surgery ten years ago.": {"sunitinib"},
           "She had a gastric bypass operation in 2010.": {"sunitinib"},
           "She had a distal pancreatectomy in 2010.": {"sunitinib", "surgery"}}


def _title_cells():
    for title, want in TITLES.items():
        yield f"{title}\nCase report\nA 60-year-old man with a NET underwent resection of the primary tumour.\n", want
    for line, want in AFFILIATIONS.items():  # below the title, or first on a page that lost its title
        yield f"Sunitinib for a pancreatic NET\n{line}\nCase report\nA 50-year-old man with a pancreatic NET was " \
              "given sunitinib.\n", want
        yield f"{line}\nCase report\nA 50-year-old man with a pancreatic NET was given sunitinib.\n", want
    for sentence, want in HISTORY.items():
        yield f"Case report\nA 64-year-old woman with a pancreatic NET was given sunitinib. {sentence}\n", want


test_the_title_s_treatment_joins_the_case_s = grid_test(_title_cells, lambda row: set(row["treatments"]), "treatments")

# --- a refusal told as a noun ----------------------------------------------------------------------------------------
REFUSAL = {"She was treated with radiotherapy after refusal of major surgery.": {"radiotherapy"},
           "After her refusal of surgery, octreotide was started.": {"octreotide"},
           "Given his refusal of chemotherapy, he received PRRT.": {"PRRT"},
           "After surgery, she was given octreotide.": {"surgery", "octreotide"}}


def _refusal_cells():
    yield from told_cells("A 70-year-old woman had a rectal NET.\n", REFUSAL)
    yield ("Rectal NET treated with radiotherapy after refusal of major surgery\nCase report\nA 70-year-old woman "
           "with a rectal NET received radiotherapy.\n", {"radiotherapy"})


test_a_refusal_told_as_a_noun = grid_test(_refusal_cells, lambda row: set(row["treatments"]), "treatments")

# --- fluorouracil with leucovorin as one name; a French brand of etoposide -------------------------------------------
REGIMEN_FRAMES = ["After the resection he was treated with 5 cycles of {} adjuvant chemotherapy.",
                  "Second-line {} was started for progression."]
REGIMEN_NAMES = {"5FU-LV": {"fluorouracil", "leucovorin"}, "5-FU/LV": {"fluorouracil", "leucovorin"},
                 "5FU/LV": {"fluorouracil", "leucovorin"}, "5-FU-LV": {"fluorouracil", "leucovorin"},
                 "FU/LV": {"fluorouracil", "leucovorin"}, "cisplatine-vepeside": {"cisplatin", "etoposide"},
                 "Vépéside": {"etoposide"},
                 # a class with no agent named stays the class
                 "platinum-based chemotherapy": {"chemotherapy"}}


def _regimen_cells():
    for frame in REGIMEN_FRAMES:
        for name, want in REGIMEN_NAMES.items():
            yield CASE.format("A 54-year-old man had a rectal NEC.\n" + frame.format(name)), want


test_fluorouracil_with_leucovorin_as_one_name = grid_test(
    _regimen_cells, lambda row: set(row["treatments"]) - {"surgery"}, "treatments")

# --- a page's citation of itself names its title ----------------------------------------------------------------
BODY = ("Published online: 3 May 2021\nPrimary mediastinal carcinomas are rare tumours of adults. A 52-year-old man "
        "presented with cough and weight loss, and CT showed a large anterior mediastinal mass. Biopsy showed a small "
        "cell carcinoma.\n")
CITATIONS = {
    "- Citation: Smith A, Jones B. Small cell carcinoma of the mediastinum with hepatic and bone marrow metastases. "
    "J Rare Tumours 2021; 3(1): 1-5": ("yes", {"liver", "bone marrow"}),
    "Citation: Smith A, Jones B (2021) A Case of Mediastinal Small Cell Carcinoma with Liver Metastases. "
    "J Rare Tumours 3: 1": ("yes", {"liver"}),
    "How to cite this article: Smith A, Jones B, et al. Mediastinal carcinoma with bone metastases. "
    "J Rare Tumours. 2021;3:1-5": ("yes", {"bone"}),
    # a citation of another paper, or none, names no title
    "References\n1. Smith A, Jones B. Liver metastases of mediastinal carcinomas. J Rare Tumours 2019; 1: 1-5":
        ("unknown", set()),
    "Keywords: mediastinum; small cell carcinoma; liver metastasis": ("unknown", set())}


def _citation_cells():
    for line, want in CITATIONS.items():
        yield BODY + line + "\n", want


test_a_page_s_citation_of_itself_names_its_title = grid_test(_citation_cells, metastasis_and_sites, "metastasis")

# --- the entity a tumour is told apart from ----------------------------------------------------------------------
APART = {"It must be differentiated from a primary pulmonary small cell carcinoma.": None,
         "It is a separate clinical entity from pulmonary small cell carcinoma.": None,
         "Its course is different from that of a pancreatic NET.": None,
         "In contrast to a pancreatic NET, it expressed CDX2.": None,
         "It is distinguished from a primary pulmonary carcinoid by its CK20 staining.": None,
         # the primary told as the patient's
         "It arose from a primary pulmonary small cell carcinoma.": "lung",
         "A pancreatic NET was found at CT.": "pancreas"}


test_the_entity_a_tumour_is_told_apart_from = told_grid(
    "A 60-year-old man had skin metastases of a neuroendocrine carcinoma.\n",
    (APART,), lambda row: row["primary_site"], "primary_site")

# --- a clause dated before the case tells the history ---------------------------------------------------------------
BEFORE_CASE = {"One month before presentation, he had a similar episode but it resolved spontaneously.": (None, None),
               "Two weeks prior to admission he had had melaena, which resolved.": (None, None),
               "Three months before surgery his flushing was well controlled with octreotide.": (None, None),
               # after the case the same words are how he fared
               "One month after surgery, his flushing had resolved.": ("alive", "1"),
               "Two years after surgery he remains free of recurrence.": ("alive, no disease", "24")}


test_a_clause_dated_before_the_case_tells_the_history = told_grid(
    "A 60-year-old man had an ileal NET resected.\n",
    (BEFORE_CASE,), outcome_and_months, "outcome")

# --- a journal's structured case header: the sex, then the age with no unit ------------------------------------------
HEADERS = {"Patient: Female, 66\n\nFinal Diagnosis: Small cell lung cancer\n": ("66", "female"),
           "Patient: Male, 71-year-old\nFinal Diagnosis: Atypical carcinoid\n": ("71", "male"),
           "Patient: Female, 42\nSymptoms: Flushing\n": ("42", "female"),
           "Patient: male, 45 years; presented with flushing.\n": ("45", "male"),
           # a number that is no age
           "Patient: female, 2 cm tumour in the lung.\n": ("", "")}


def _header_cells():
    for header, want in HEADERS.items():
        yield "Abstract\n" + header + "Case report\nA bronchial mass was biopsied and showed a carcinoid.\n", want


test_a_structured_case_header_gives_the_age = grid_test(
    _header_cells, lambda row: ("" if row["age"] is None else str(int(row["age"])), row["sex"] or ""), "age")
