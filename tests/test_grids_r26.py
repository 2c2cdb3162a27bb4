"""Grids of the twenty-sixth round (r26): the shorthand of meeting abstracts, and the shapes a new gathering of
published reports showed.

Meeting abstracts and short clinical vignettes write the patient in the clinic's shorthand: the sex as a capital
letter after the age ('a 45 yo F', 'a 62-year-old M': pipeline/extractors/sex.py, rules 'letters' as written), or
glued to it ('45 YOF', 'Case: 62M presented with ...': rules/patterns.json 'age_yo_letter', 'age_sex_glued'). The
glued form counts only at a sentence or line start or after 'a', in the case text, and never before a device's
size ('a 16F catheter'). They name the tumour by the organ's letters joined to the class: 'a pNET', 'a PNEN', 'a
PanNEN' of the pancreas, 'an SI-NET', 'a SINET', 'an SBNET' of the small intestine (rules/sites.json
'sites_as_written', matched as written since the capitals 'PNET' also name a primitive neuroectodermal tumour;
'primary_cues' 'tumour_nouns'); the NET forms are a NET's class, and 'SCLC' is a NEC as its long name is.

The fifteenth gathering's study reports showed the rest:
- a singular tumour 'can occur as part of four inherited disorders, including MEN1, VHL and NF1': 'syndromes' and
  'disorders' are class nouns of a generic clause (rules/context.json generic_statements);
- 'this is one of the few insulinoma cases reported', 'this article describes' name the report's own patient
  (rules/context.json 'index_patient_cues');
- a 'Case report' header whose text opens as a case does and tells it at length is the case, though a flattened
  page printed its abstract after it (pipeline/section_marks.py demote_article_type_label, rules/sections.json
  'told_case_min_chars');
- 'three tumours in the sigmoid, the largest of which was 45 mm': a superlative past a clause break takes the
  size for the plural lesions before it (rules/patterns.json size 'superlative_back_words');
- 'approx.' ends no sentence (rules/sections.json 'sentence_abbreviations', kept whole by the tokenizer), and a
  removed tumour's size is the specimen's ('specimen_cues');
- 'serotonin stain-positive', 'somatostatin antibody-positive' are backward stain cues; villin, substance P and the
  spelled-out CA19-9 are stains (rules/markers.json);
- a death 'due to recurrence' or 'of a relapse' is the disease's, a denied cause ('without evidence of recurrence')
  names none (rules/outcome.json 'cause_denials'); 'in consideration of' gives a reason, not a doubt;
- 'frequently', 'sometimes', 'usually', 'commonly' and 'metastasize' tell how the class spreads, and a sentence
  that cites the literature, or that a sentence before it on its line ran into, is no title
  (pipeline/extractors/title.py).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, metastasis_and_sites, outcome_and_months, told_cells

TUMOUR = " EUS-guided biopsy of the pancreatic mass showed a well-differentiated NET."

# --- the sex as a letter beside the age ---------------------------------------------------------------------------
SHORTHAND = ["Case presentation: A {} presented with epigastric pain." + TUMOUR,
             "A {} was referred for weight loss." + TUMOUR]
SHORTHAND_FILLINGS = {"45 yo F": ("45", "female"), "45 y/o F": ("45", "female"), "45 YOF": ("45", "female"),
                      "45 YOM": ("45", "male"), "45-year-old M": ("45", "male"), "45-year-old F": ("45", "female"),
                      "45 y.o. M": ("45", "male"), "45 yo female": ("45", "female"),
                      # an age with no sex stays an age alone
                      "45-year-old patient": ("45", "")}
GLUED = ["{} presented with flushing and diarrhoea." + TUMOUR, "Case: {} with a history of hypertension had "
                                                              "abdominal pain." + TUMOUR]
GLUED_FILLINGS = {"62M": ("62", "male"), "70F": ("70", "female"), "62 M": ("62", "male"),
                  # a number and a letter that are no patient
                  "A 16F catheter": ("", ""), "The 3 patients": ("", "")}


def _shorthand_cells():
    yield from framed_cells("", SHORTHAND, SHORTHAND_FILLINGS)
    yield from framed_cells("", GLUED, GLUED_FILLINGS)


def _age_and_sex(row) -> tuple:
    return ("" if row["age"] is None else str(int(row["age"])), row["sex"] or "")


test_the_sex_as_a_letter_beside_the_age = grid_test(_shorthand_cells, _age_and_sex, "age", "sex")

# --- the organ's letters joined to the class ----------------------------------------------------------------------
SHORT_NAMES = ["On CT, a 58-year-old woman was shown to have a {}.", "She was referred with a {} found at endoscopy.",
               "Biopsy confirmed a {}, grade 1."]
SHORT_NAME_FILLINGS = {"pNET": "pancreas", "pNEN": "pancreas", "PNEN": "pancreas", "PanNEN": "pancreas",
                       "PanNET": "pancreas", "SI-NET": "small intestine", "SINET": "small intestine",
                       "SBNET": "small intestine", "SB-NET": "small intestine", "SI-NEN": "small intestine",
                       # a class with no organ's letters names no organ
                       "NET": None, "GEP-NET": None}


def _short_name_cells():
    yield from framed_cells("", SHORT_NAMES, SHORT_NAME_FILLINGS)


test_the_organ_s_letters_joined_to_the_class_name_the_primary = grid_test(
    _short_name_cells, lambda row: row["primary_site"], "primary_site")

CLASSES = ["A 66-year-old man was diagnosed with {}.", "Biopsy of the mass showed {}."]
CLASS_FILLINGS = {"an SI-NET": "NET", "a SINET": "NET", "an SBNET": "NET", "a pNET": "NET",
                  "SCLC": "NEC", "small cell lung cancer": "NEC", "an LCNEC": "NEC",
                  # a neoplasm with no class has none
                  "a PNEN": None, "an SI-NEN": None}


def _class_cells():
    yield from framed_cells("", CLASSES, CLASS_FILLINGS)


test_short_names_give_the_class = grid_test(_class_cells, lambda row: row["histology"], "histology")

# --- the class's inherited syndromes, listed in the singular ------------------------------------------------------
HEREDITY = {"A pancreatic NET can occur as part of four inherited disorders, including MEN1, VHL and NF1.": [],
            "A pancreatic NET may arise within hereditary syndromes such as MEN1 and VHL.": [],
            "Such a tumour can be part of inherited syndromes, for instance MEN1.": [],
            # the patient's own syndrome is told with an anchor or in the past
            "Genetic testing showed that she has MEN1, one of the inherited syndromes of NETs.": ["MEN1"],
            "Germline testing confirmed MEN1.": ["MEN1"]}


def _heredity_cells():
    yield from told_cells("A 44-year-old woman had a pancreatic NET resected.\n", HEREDITY)


test_the_class_s_inherited_syndromes_are_no_patient_s = grid_test(
    _heredity_cells, lambda row: row["hereditary_syndrome"], "hereditary_syndrome")

# --- 'this is one of the few' claims the report's own patient's place in the literature ---------------------------
FEW = ["This is one of the few {} cases reported in a patient with diabetes.",
       "This is one of the first {} cases described during pregnancy.",
       "This is one of only a handful of {} cases reported in children.",
       "This article describes a case of {} with a severe course.",
       "This paper describes a case of {} in a young woman."]
FEW_FILLINGS = {"insulinoma": ["insulinoma"], "gastrinoma": ["gastrinoma"]}
OTHERS = {"Only a few insulinoma cases have been reported in patients with diabetes.": [],
          "A few gastrinoma cases have been described during pregnancy.": []}


def _few_cells():
    for frame, (word, want) in ((f, item) for f in FEW for item in FEW_FILLINGS.items()):
        yield (f"Introduction\nSuch tumours are rare. {frame.format(word)}\nCase presentation\nA 47-year-old woman had "
               f"episodes of confusion.\n"), want
    for sentence, want in OTHERS.items():
        yield (f"Introduction\nSuch tumours are rare. {sentence}\nCase presentation\nA 47-year-old woman had "
               f"episodes of confusion.\n"), want


test_one_of_the_few_cases_names_the_index_patient = grid_test(
    _few_cells, lambda row: row["functional_syndrome"], "functional_syndrome")

# --- a 'Case report' header that opens the case, wherever the page put its abstract -------------------------------
COURSE = (" Her blood counts and liver tests were normal. Endoscopy showed an ulcerated lesion of the lesser curvature,"
          " and CT showed no enlarged nodes. She underwent a total gastrectomy with lymph node dissection, and her"
          " recovery was uneventful.")
CASE_FIRST = ["tumours [3]. The prognosis is poor.\nCase report\n{}\nAbstract\nWe describe a rare gastric carcinoma.\n",
              "Case report\n{}\nAbstract\nWe describe a rare gastric carcinoma.\n",
              "Case report: {}\nAbstract\nWe describe a rare gastric carcinoma.\n"]
CASE_FIRST_FILLINGS = {
    "A 75-year-old woman had a gastric mass; biopsy samples were positive for CD10 and cytokeratin." + COURSE:
        ["CD10", "cytokeratin"],
    "A 68-year-old man was referred for anaemia. The biopsy was positive for chromogranin A." + COURSE:
        ["chromogranin A"],
    # a one-line teaser under the article-type label is no case told (r5: the abstract's patient is)
    "A 75-year-old woman had a gastric mass; biopsy samples were positive for CD10 and cytokeratin.": [],
    # the article type above a title is no case: the title's stains are nobody's finding
    "Gastric carcinoma positive for CD10 and cytokeratin in an elderly woman" + COURSE: []}


def _case_first_cells():
    for frame, (filling, want) in ((f, item) for f in CASE_FIRST for item in CASE_FIRST_FILLINGS.items()):
        yield frame.format(filling), want


test_a_case_header_whose_text_opens_a_case_is_the_case = grid_test(
    _case_first_cells, lambda row: row["markers_positive"], "markers_positive")

# --- the size of the largest of several tumours, told past a clause break -----------------------------------------
LARGEST = ["Histology revealed {} polypoid tumours in the sigmoid colon, the largest of which was 45 mm.",
           "Colonoscopy showed {} NETs in the rectum, the largest measuring 45 mm.",
           "The resected ileum held {} carcinoids, the biggest being 45 mm."]
LARGEST_FILLINGS = {"three": "45", "several": "45", "multiple": "45"}
NOT_THE_PRIMARY = {"CT showed several liver lesions, the largest of which was 45 mm.": None,
                   "CT showed enlarged mesenteric nodes, the largest of which was 25 mm.": None}


def _size_value(row):
    return row["tumor_size_mm"] or None


def _largest_cells():
    yield from framed_cells("A 58-year-old woman had rectal bleeding.\n", LARGEST, LARGEST_FILLINGS)
    yield from told_cells("A 58-year-old woman had an ileal NET.\n", NOT_THE_PRIMARY)


test_the_largest_of_several_tumours_is_the_primary_s_size = grid_test(_largest_cells, _size_value, "tumor_size_mm")

# --- 'approx.' ends no sentence; a removed tumour's size is the specimen's ---------------------------------------
SPECIMEN = {"The lesion, approx. 3 x 4 cm across, was a carcinoid.": "30 x 40",
            "The carcinoid was a tan round nodule approx. 3 x 4 cm. across.": "30 x 40",
            "A bronchial carcinoid measuring approx. 12 mm was seen.": "12",
            "Angiography showed a 4 x 2.5 cm tumour stain. A submucosal tumour, 3.5 x 2.4 x 2.0 cm, was removed.":
                "35 x 24 x 20",
            "EUS showed a 15 mm NET. The tumour, 12 mm across, was removed endoscopically.": "12",
            "The tunnel was opened 4 cm proximally to the polyp; the resected specimen measured 40 x 20 mm.": "40 x 20",
            # a distance, or an abbreviation before a cyst's size, is no tumour's
            "A submucosal injection was placed 5 cm distally to the lesion.": None,
            "CT showed a liver cyst approx. 2 cm across; the carcinoid was not seen.": None}


def _specimen_cells():
    yield from told_cells("A 58-year-old man had a cough.\n", SPECIMEN)


test_approx_ends_no_sentence_and_a_removed_tumour_is_measured = grid_test(_specimen_cells, _size_value, "tumor_size_mm")

# --- a stain word joined to the result; stains no list named ---------------------------------------------------------
STAINS = {"Serotonin stain-positive tumour cells infiltrated the muscle.": (["serotonin"], []),
          "Somatostatin antibody-positive cells were seen.": (["somatostatin"], []),
          "The cells were CK20 stain-negative and CDX2 stain-positive.": (["CDX2"], ["CK20"]),
          "Villin and CDX2 stains were negative.": ([], ["villin", "CDX2"]),
          "The tumour cells were positive for substance P and serotonin.": (["substance P", "serotonin"], []),
          "Cancer antigen 19-9 and TTF-1 were positive.": (["CA19-9", "TTF-1"], []),
          "The cells stained strongly for the somatostatin-receptor 2 alpha.": (["SSTR2"], []),
          "The cells were positive for the somatostatine receptor.": (["SSTR"], []),
          "Immunohistochemistry showed the presence of substance P in many tumour cells.": (["substance P"], []),
          "Staining revealed the presence of chromogranin A.": (["chromogranin A"], []),
          # a serum value is no stain
          "Her serum carbohydrate antigen 19-9 was elevated.": ([], [])}


def _stain_cells():
    yield from told_cells("A 58-year-old man had an ileal NET resected.\n", STAINS)


test_stain_words_joined_to_the_result_and_new_stains = grid_test(
    _stain_cells, lambda row: (row["markers_positive"], row["markers_negative"]), "markers_positive", "markers_negative")

# --- a death from recurrence or relapse, or a denied cause; a reason given 'in consideration of' ---------------------------------
DEATHS = {"She died of widespread metastases 4 months after the operation.": ("died of disease", "4"),
          "He died three years after his endoscopic resection because of recurrence.": ("died of disease", "36"),
          "She died of a relapse 8 months after surgery.": ("died of disease", "8"),
          # another cause, or none
          "She died of pneumonia 4 months after the operation.": ("died of other cause", "4"),
          "She died 4 months after the operation.": ("died", "4")}


REASONS = {"In consideration of her quality of life, we performed cytoreductive surgery only.": ["surgery"],
           "In consideration of his age, octreotide was started.": ["octreotide"],
           # what is only considered is no treatment
           "Surgery was under consideration.": [],
           "She was considered for PRRT.": []}


def _reason_cells():
    yield from told_cells("A 70-year-old woman had a renal NET with nodal metastases.\n", REASONS)


test_in_consideration_of_gives_a_reason = grid_test(_reason_cells, lambda row: row["treatments"], "treatments")

# --- how often the class spreads; a page that opens with its introduction --------------------------------------------
SPREAD = {"Nodal and hepatic metastases are seen frequently in this class.": ("unknown", set()),
          "Such carcinoids sometimes metastasize to nearby nodes.": ("unknown", set()),
          "These tumours usually metastasize to the liver.": ("unknown", set()),
          "Bone metastases are commonly seen in this class of tumours.": ("unknown", set()),
          # the patient's own
          "CT showed liver metastases.": ("yes", {"liver"}),
          "Staging found metastases in the regional lymph nodes.": ("yes", {"lymph node"})}


def _spread_cells():
    yield from told_cells("A 60-year-old woman had a gastric NEC resected.\n", SPREAD)


test_how_often_the_class_spreads_is_no_finding = grid_test(_spread_cells, metastasis_and_sites, "metastasis")

OPENING = {"Its outlook is grim, and hepatic metastases are frequent [4].": ("unknown", set()),
           "Its outlook is grim, and hepatic metastases are found in most cases (1,2).": ("unknown", set()),
           # a page that opens with its introduction: a sentence run into from the one before is no title
           "Such tumours are rare [1]. Atypical carcinoids are characterised by frequent recurrence and metastasis.":
               ("unknown", set()),
           # a title line names the patient's
           "Gastric neuroendocrine carcinoma with liver metastases": ("yes", {"liver"})}


def _opening_cells():
    for first, want in OPENING.items():
        yield f"{first}\nCase report\nA 75-year-old woman was referred with a gastric mass.\n", want


test_a_sentence_citing_the_literature_is_no_title = grid_test(_opening_cells, metastasis_and_sites, "metastasis")

# --- a cause word that is denied names no cause -------------------------------------------------------------------
DENIED = {"She died 5 years after surgery without evidence of recurrence.": ("died", "60"),
          "She died 5 years after surgery with no relapse.": ("died", "60"),
          "She died 5 years after surgery, free of metastases.": ("died", "60"),
          "She died 5 years after surgery, in the absence of metastatic disease.": ("died", "60"),
          # a cause named, with the denial elsewhere
          "She died of metastatic disease 5 years after surgery.": ("died of disease", "60"),
          "She died of heart failure 5 years after surgery, without recurrence.": ("died of other cause", "60")}


def _death_cells():
    yield from told_cells("A 66-year-old woman had a rectal NEC resected.\n", DEATHS, DENIED)


# a death from recurrence or relapse is the disease's; a denied cause names none
test_the_cause_of_a_death_from_recurrence_or_denied = grid_test(_death_cells, outcome_and_months, "outcome")

# --- a known background is the history, not the follow-up ------------------------------------------------------------
BACKGROUND = {"His history held a known background of a slowly enlarging ear nodule, watched for 3 years elsewhere.":
                  (None, None),
              "On a background of a stable nodule followed for 2 years elsewhere, he now had facial palsy.": (None, None),
              # the same words after the treatment are a follow-up
              "After the excision he has been observed for 3 years without recurrence.": ("alive, no disease", "36"),
              "Two years after surgery the residual mass remains stable.": ("alive with disease", "24")}


def _background_cells():
    yield from told_cells("A 33-year-old man came in with facial palsy; a middle ear NET was excised.\n", BACKGROUND)


test_a_known_background_is_no_follow_up = grid_test(_background_cells, outcome_and_months, "outcome")

# a cause word right after a time word dates the death; it names no cause
DATED_BY_DISEASE = {"She died 1 year after recurrence.": "died",
                    "She died 8 months after the relapse.": "died",
                    "She died two years following the recurrence.": "died",
                    # a cause after the time names it
                    "She died 1 year after surgery due to recurrence.": "died of disease",
                    "She died 8 months after the relapse, of liver failure.": "died of disease"}


def _dated_by_disease_cells():
    yield from told_cells("A 66-year-old woman had a rectal NET resected; the tumour later recurred.\n", DATED_BY_DISEASE)


test_a_death_dated_by_the_disease_names_no_cause = grid_test(
    _dated_by_disease_cells, lambda row: row["outcome"], "outcome")

# --- a mitotic count 'for' its area, and a bound after 'in' ----------------------------------------------------------
MITOSES = {"We counted one mitosis for 10 HPF in the tumour.": ("1", "1", "10 HPF"),
           "There were 3 mitoses for 10 high-power fields.": ("3", "3", "10 HPF"),
           "The cells showed mitoses in less than 2/10 HPF.": ("", "2", "10 HPF"),
           "Mitotic figures were found in fewer than 1 per 10 HPF.": ("", "1", "10 HPF"),
           # an area with no count is none
           "Mitoses per 10 HPF were not counted.": ("", "", "")}


def _mitoses_cells():
    yield from told_cells("A 61-year-old woman had a rectal NET removed.\n", MITOSES)


test_a_mitotic_count_for_its_area = grid_test(
    _mitoses_cells, lambda row: (row["mitoses_low"] or "", row["mitoses_high"] or "", row["mitoses_per"] or ""),
    "mitoses_low", "mitoses_high", "mitoses_per")

# --- a regimen's letters naming cells -----------------------------------------------------------------------------
CELLS = {"Midgut NETs arise from the enterochromaffin (EC) cells of the crypts.": [],
         "Hyperplasia of the EC cells was seen around the tumour.": [],
         # the regimen itself
         "She then received EC for four cycles.": ["carboplatin", "etoposide"]}


def _cell_cells():
    yield from told_cells("A 60-year-old man had a small bowel NET with liver metastases.\n", CELLS)


test_a_regimen_s_letters_naming_cells_are_no_regimen = grid_test(
    _cell_cells, lambda row: sorted(row["treatments"]), "treatments")

# --- a teaching page shows its own specimen -----------------------------------------------------------------------
EXAMPLE = {"This is an example of a lobe collapsed behind a bronchial carcinoid.": "NET",
           "This is an example of a small cell carcinoma filling the main bronchus.": "NEC",
           # a class's own description is no specimen
           "A bronchial carcinoid is a rare tumour of the airway.": None}


def _example_cells():
    for sentence, want in EXAMPLE.items():
        yield f"Lung specimen\nThe resected lobe of a 50-year-old man is shown. {sentence}\n", want


test_an_example_on_a_teaching_page_is_the_specimen_s = grid_test(
    _example_cells, lambda row: row["histology"], "histology")


# --- the prose right before a 'Core tip' box is the abstract ---------------------------------------------------------
BOX_ABSTRACT = ["Processing time: 120 Days and 4.0 Hours\nSuch tumours are rare. The case shown here concerns a {}"
                " with cough. CT showed a 4.3 cm x 6.6 cm mediastinal mass.\nCore tip: Such tumours are rare.\n",
                "Published online: March 3, 2021\nThese carcinomas are rare. This report concerns a {} with weight loss."
                " CT showed a 4.3 cm x 6.6 cm mediastinal mass.\nCore Tip: These carcinomas are rare.\n"]
BOX_FILLINGS = {"52-year-old man": ("52", "male", "43 x 66"), "61-year-old woman": ("61", "female", "43 x 66")}
# without the box the prose stays the front matter: the case below it is the patient's
NO_BOX = {"Processing time: 120 Days and 4.0 Hours\nSuch tumours are rare. The case shown here concerns a 52-year-old"
          " man with cough. CT showed a 4.3 cm x 6.6 cm mediastinal mass.\nKeywords: mediastinum\nCase report\nA"
          " 40-year-old woman had a cough.\n": ("40", "female", "")}


def _box_cells():
    for frame, (filling, want) in ((f, item) for f in BOX_ABSTRACT for item in BOX_FILLINGS.items()):
        yield frame.format(filling), want
    yield from NO_BOX.items()


test_the_prose_before_a_core_tip_box_is_the_abstract = grid_test(
    _box_cells, lambda row: (row["age"] or "", row["sex"] or "", row["tumor_size_mm"] or ""), "age", "sex")

# --- results told as findings; a tumour marker within normal limits; a tumour that masquerades ------------------
FINDINGS = {"Staining gave positive results for AE1/AE3 and CD56, with negative findings for synaptophysin and CK20.":
                (["cytokeratin (AE1/AE3)", "CD56"], ["synaptophysin", "CK20"]),
            "There were positive findings for CD56 and negative results for TTF-1.": (["CD56"], ["TTF-1"]),
            # a blood value within normal limits is no stain
            "Her CEA and chromogranin A stayed within normal limits.": ([], [])}


def _findings_cells():
    yield from told_cells("A 50-year-old man had a mediastinal NEC.\n", FINDINGS)


test_results_told_as_findings = grid_test(
    _findings_cells, lambda row: (row["markers_positive"], row["markers_negative"]), "markers_positive")

MASQUERADE = {"His complaints were masquerading as a rectal tumour. Biopsy showed a prostatic small cell "
              "carcinoma.": "prostate",
              "He presented with a mass masquerading as a rectal cancer; it was a prostatic small cell carcinoma.":
                  "prostate",
              # a tumour that is where it seems
              "He presented with bleeding from a rectal tumour; biopsy showed a small cell carcinoma.": "rectum"}


def _masquerade_cells():
    yield from told_cells("A 66-year-old man was referred.\n", MASQUERADE)


test_a_tumour_masquerading_as_another_is_not_there = grid_test(
    _masquerade_cells, lambda row: row["primary_site"], "primary_site")
