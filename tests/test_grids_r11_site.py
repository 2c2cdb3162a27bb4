"""Grids of the eleventh round (site): how published NET case reports commonly state the metastases and
their sites and the primary's organ, written out in sentences of our own, each in a short case section.

The round started from the shapes, not from the study errors: a wide grid of the usual wordings was run and
the mechanisms behind its failures fixed, the commonest first.

- A metastasis word's list of sites after a comma and a focusing adverb ('widespread metastases, including
  the liver, bones and lungs', 'metastatic disease, predominantly in the liver', 'metastases, most notably
  to the skeleton': rules/metastasis.json site_list_after_comma).
- A copula sums up the lesion it is said of as the other summing-up phrases do ('the lesion in the liver was
  a metastasis', 'the hepatic nodule was metastatic NET', 'the mass in the ovary turned out to be a
  metastasis': summary_copulas); not before a participle, and not when the word's noun is its own site ('the
  shadows near the pancreas were metastatic lymph nodes').
- A recurrence told by its verb or adjective ('the tumour recurred in the liver', 'the disease relapsed in
  the bones', 'recurrent disease in the liver and lungs': distant_only_words, recurrent_words; the adjective
  only through the sites after its noun, so 'recurrent pulmonary infections' is none).
- 'The disease' as the tumour that spread ('the disease had spread to the liver', 'disseminated disease with
  liver and bone involvement': spread.disease_words), not a name's disease ("Crohn's disease with hepatic
  involvement").
- A spread noun in a sentence that names no tumour ('bone scintigraphy showed skeletal involvement') names
  a site that needs a metastasis said elsewhere, as lesions in a distant organ do (spread.untold_words; not
  the skin of a rash nor the heart of carcinoid heart disease: untold_not_sites).
- The liver's Couinaud segments ('a metastasis in segment IV', 'lesions in segments VI and VII':
  rules/sites.json segments).
- The organ a clause is about with an adverb before its participle ('the liver was diffusely infiltrated by
  metastatic NET') or before a verb of having ('the liver had numerous metastases': organ_subject
  possession_verbs), and a tumour found in a count of nodes ('tumour was present in 3 of 15 lymph nodes', 'in
  3/15 nodes': node_pathology count_words; a count of none is none), or by a form-like label ('Lymph nodes:
  3/15 positive', 'Lymph node status: 0/12': node_predicate label_words, label_marks).
- The organ an operation is named for votes for the primary when pathology finds the tumour in what it
  removed ('underwent appendectomy; histology revealed a 1 cm NET', 'a right upper lobectomy for a typical
  carcinoid': rules/sites.json operation_organs, pipeline/extractors/operation_organ.py); not a past
  operation of the history, nor one qualified by another organ ('hepatic lobectomy').
- A site that names an examination ends a metastasis word's list of sites ('metastases in the liver, and a
  bone scan showed no skeletal involvement' names no bone).
- No metastasis, said in the common ways, and lymph nodes 'not involved' (a negator between the nodes' verb
  and the predicate: node_predicate negators); 'uterine cervical' as the cervix (rules/sites.json).
- The common shapes that already passed (sites before, after and around the word, TNM, node counts, two
  sentences, the primary's organ by adjective, preposition and origin) are kept as grids, so they stay so.

Each grid pairs its absences with presences, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import CASE, framed_cells, grid_test, metastasis_and_sites, told_cells

ILEAL = "A 58-year-old woman had a well-differentiated NET of the terminal ileum, which was resected. "
APPENDIX = "A 58-year-old woman had a NET of the appendix, which was removed. "


def sites(row) -> set:
    return set(row["metastasis_sites"])


# --- a comma and a focusing adverb before the list of sites ----------------------------------------------------
COMMA_FRAMES = ["Imaging demonstrated widespread metastases, {} the liver, bones and lungs.",
                "CT revealed metastatic disease, {} the liver, bones and lungs.",
                "PET-CT showed multiple metastases, {} the liver, the bones and the lungs.",
                "She had extensive metastatic disease, {} the liver, bones and lungs."]
COMMA_LEADS = ["including", "involving", "affecting", "mainly in", "predominantly in", "most notably in",
               "particularly in", "especially in", "chiefly in", "mostly to", "predominantly to", "primarily in",
               "principally in", "largely in", "notably in"]


def comma_cells():
    yield from framed_cells(ILEAL, COMMA_FRAMES, dict.fromkeys(COMMA_LEADS, ("yes", {"liver", "bone", "lung"})))
    yield from told_cells(ILEAL, {
        "Imaging demonstrated metastases, mainly in the liver.": ("yes", {"liver"}),
        "CT showed metastatic disease, particularly to the bones.": ("yes", {"bone"}),
        # absences: after the comma no preposition, or a clause of its own
        "Imaging demonstrated metastases, and the liver was enlarged.": ("yes", set()),
        "CT showed no metastases, mainly because the scan was early.": ("no", set())})


test_grid_site_list_after_a_comma = grid_test(comma_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- a copula sums up the lesion it is said of -----------------------------------------------------------------
LESIONS = {"the lesion in the liver": "liver", "the liver lesion": "liver", "the hepatic nodule": "liver",
           "the nodule in the lung": "lung", "the pulmonary nodule": "lung", "the mass in the ovary": "ovary",
           "the ovarian mass": "ovary", "the adrenal mass": "adrenal", "the lesion in the spleen": "spleen",
           "the bone lesion": "bone", "the lesion in the right adrenal gland": "adrenal"}
PREDICATES = ["{l} was a metastasis.", "{l} was a metastasis of the NET.", "{l} turned out to be a metastasis.",
              "{l} was metastatic NET.", "On biopsy, {l} was a metastasis.",
              "Histology showed that {l} was a metastasis.", "{l} is a metastasis of the ileal NET."]


def copula_cells():
    for frame in PREDICATES:
        for lesion, organ in LESIONS.items():
            text = frame.format(l=lesion)
            yield CASE.format(ILEAL + text[0].upper() + text[1:]), {organ}
    yield from told_cells(ILEAL, {
        "The lesions in the liver and lung were metastases.": {"liver", "lung"},
        "The hepatic lesions were metastases of the NET.": {"liver"},
        "The liver lesions are metastases.": {"liver"},
        # absences: denied, doubted, or the word's own noun names the site
        "The lesion in the liver was not a metastasis.": set(),
        "The lesion in the liver was probably a metastasis.": set(),
        "The shadows near the pancreas were metastatic lymph nodes.": {"lymph node"}})


test_grid_copula_sums_up_its_lesion = grid_test(copula_cells, sites, "metastasis_sites")


# --- a recurrence by its verb or adjective; the disease that spread -------------------------------------------
RECURRENCES = {
    "Three years later, the tumour recurred in the liver.": ("yes", {"liver"}),
    "Three years later, the disease recurred in the liver.": ("yes", {"liver"}),
    "Three years later, the NET recurred in the liver and the lungs.": ("yes", {"liver", "lung"}),
    "Two years later, the tumour relapsed in the bones.": ("yes", {"bone"}),
    "Three years later, she had recurrent disease in the liver and lungs.": ("yes", {"liver", "lung"}),
    "Three years later, recurrent tumour was found in the liver.": ("yes", {"liver"}),
    "Three years later, recurrent disease was found in the liver.": ("yes", {"liver"}),
    "Three years later, CT showed recurrent lesions in the liver.": ("yes", {"liver"}),
    "The disease had spread to the liver.": ("yes", {"liver"}),
    "The disease had disseminated to the liver and lungs.": ("yes", {"liver", "lung"}),
    "Her disease had spread to the bones.": ("yes", {"bone"}),
    "She had disseminated disease with liver and bone involvement.": ("yes", {"liver", "bone"}),
    "The disease progressed with new liver involvement.": ("yes", {"liver"}),
    # absences: the adjective of what is no tumour, a name's disease, an infection
    "She had recurrent pulmonary infections.": ("unknown", set()),
    "She had recurrent bone pain in the spine.": ("unknown", set()),
    "She had recurrent episodes of flushing in the liver clinic.": ("unknown", set()),
    "She had Crohn's disease with hepatic involvement.": ("unknown", set()),
    "She had Paget disease with bone involvement.": ("unknown", set()),
    "She had an infection with hepatic involvement; the disease resolved.": ("unknown", set()),
    # r11: a spread noun in a sentence that names no tumour, in a report that states metastasis elsewhere
    "She had liver metastases. Bone scintigraphy showed skeletal involvement.": ("yes", {"liver", "bone"}),
    "She had liver metastases. PET-CT also showed adrenal involvement.": ("yes", {"liver", "adrenal"}),
    "She had liver metastases. The splenic involvement was unusual.": ("yes", {"liver", "spleen"}),
    "She had liver metastases. There was no skeletal involvement.": ("yes", {"liver"}),
    "She had liver metastases. Echocardiography showed cardiac involvement.": ("yes", {"liver"}),
    "She had liver metastases. Flushing with skin involvement was noted.": ("yes", {"liver"}),
    "She had liver metastases. The infection spread to the lungs.": ("yes", {"liver"}),
    "Bone scintigraphy showed skeletal involvement.": ("unknown", set())}


def recurrence_cells():
    yield from told_cells(APPENDIX, RECURRENCES)


test_grid_recurrence_and_disease_spread = grid_test(recurrence_cells, metastasis_and_sites, "metastasis",
                                                    "metastasis_sites")


# --- the liver's segments --------------------------------------------------------------------------------------
SEGMENT_FRAMES = ["CT showed a 3 cm metastasis in segment {}.", "A metastasis in segment {} was resected.",
                  "MRI showed metastases in segments {} and VIII.", "A metastatic deposit was found in segment {}.",
                  "CT showed lesions in segment {}, compatible with metastases."]
NUMERALS = ["I", "II", "III", "IV", "IVa", "IVb", "V", "VI", "VII", "VIII"]


def segment_cells():
    yield from framed_cells(ILEAL, SEGMENT_FRAMES, dict.fromkeys(NUMERALS, ("yes", {"liver"})))
    yield from told_cells(ILEAL, {
        "A metastasis was found in segment VI of the liver.": ("yes", {"liver"}),
        "CT showed metastases in segments VI and VII.": ("yes", {"liver"}),
        # absences: a segment of no liver, a benign lesion in a segment
        "A metastasis was found in segment 6 of the right lung.": ("yes", {"lung"}),
        "A 12 mm haemangioma was seen in segment IV.": ("unknown", set())})


test_grid_liver_segments = grid_test(segment_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- the organ a clause is about, with an adverb; a tumour found in a count of nodes -----------------------------
ORGAN_SUBJECTS = {
    "The liver was diffusely infiltrated by metastatic NET.": ("yes", {"liver"}),
    "The liver was extensively replaced by metastatic tumour.": ("yes", {"liver"}),
    "The liver was largely replaced by metastases.": ("yes", {"liver"}),
    "The omentum was densely studded with metastatic nodules.": ("yes", {"peritoneum"}),
    "The liver was studded with metastatic deposits.": ("yes", {"liver"}),
    # r11: the organ right before a verb of having
    "The liver had numerous metastases.": ("yes", {"liver"}),
    "The right lobe of the liver harboured a 4 cm metastasis.": ("yes", {"liver"}),
    "The left ovary contained a metastasis of the NET.": ("yes", {"ovary"}),
    "The spleen harbored two small metastases.": ("yes", {"spleen"}),
    "MRI of the brain revealed that she had a metastasis.": ("yes", {"brain"}),
    "The liver had no metastases, but the bones had several.": ("unknown", set())}
NODE_COUNTS = ["Tumour was present in {} lymph nodes.", "Tumour was found in {} lymph nodes.",
               "Neuroendocrine tumour was identified in {} lymph nodes.",
               "Tumour cells were seen in {} regional nodes.", "Carcinoma was detected in {} mesenteric lymph nodes."]
COUNTS = {"3 of 15": ("yes", {"lymph node"}), "3 of the 15": ("yes", {"lymph node"}),
          "3/15": ("yes", {"lymph node"}), "3 out of 15": ("yes", {"lymph node"}),
          "two of the twelve": ("yes", {"lymph node"}),
          # absences: a count of none
          "0 of 15": ("unknown", set()), "0/15": ("unknown", set())}


LABELLED_COUNTS = {  # r11: a form-like label of the nodes and their count
    "Lymph nodes: 3/15 positive.": ("yes", {"lymph node"}), "Lymph node status: 3/15.": ("yes", {"lymph node"}),
    "Regional lymph nodes: 2/14.": ("yes", {"lymph node"}),
    "Lymph nodes: 2/14 positive; margins: clear.": ("yes", {"lymph node"}),
    "Lymph nodes: 0/15.": ("no", set()), "Lymph node status: 0/12.": ("no", set()),
    "Lymph nodes: 15/15 negative.": ("no", set())}


def organ_and_count_cells():
    yield from told_cells(ILEAL, ORGAN_SUBJECTS)
    yield from framed_cells(ILEAL, NODE_COUNTS, COUNTS)
    yield from told_cells(ILEAL, LABELLED_COUNTS)
    yield from told_cells(ILEAL, {"No tumour was found in 3 of 15 lymph nodes.": ("unknown", set())})


test_grid_organ_subject_and_node_counts = grid_test(organ_and_count_cells, metastasis_and_sites, "metastasis",
                                                    "metastasis_sites")


# --- the common shapes that already passed -------------------------------------------------------------------
COMMON = {
    "Staging CT showed metastases to the liver and bones.": {"liver", "bone"},
    "CT demonstrated hepatic and osseous metastases.": {"liver", "bone"},
    "Imaging revealed liver, lung and bone metastases.": {"liver", "lung", "bone"},
    "CT showed metastatic disease involving the liver.": {"liver"},
    "CT revealed multiple liver lesions consistent with metastases.": {"liver"},
    "MRI showed multiple hepatic lesions compatible with metastatic disease.": {"liver"},
    "There were several deposits in the liver.": {"liver"},
    "Secondaries in the liver were found on CT.": {"liver"},
    "The tumour had spread to the liver and the peritoneum.": {"liver", "peritoneum"},
    "CT showed metastatic lesions in segments VI and VII of the liver.": {"liver"},
    "At laparotomy, peritoneal carcinomatosis was found.": {"peritoneum"},
    "Nodal metastases were present.": {"lymph node"},
    "There was lymph node involvement (3/12).": {"lymph node"},
    "The tumour was staged pT3 pN1 M0.": {"lymph node"},
    "The tumour was staged pT3 N0 M1 (hepatic).": {"liver"},
    "She had liver mets.": {"liver"},
    "She had multiple mets to the liver and bone.": {"liver", "bone"},
    "Metastases were found in the liver. Further lesions were seen in the lungs, also consistent with metastases.":
        {"liver", "lung"},
    "CT revealed metastases in the liver. Bone scintigraphy also showed skeletal metastases.": {"liver", "bone"},
    "The liver was involved by metastatic tumour.": {"liver"},
    "A liver biopsy confirmed metastatic NET.": {"liver"},
    "Metastatic spread to the mesenteric lymph nodes and the liver was seen.": {"lymph node", "liver"},
    "The patient had bilobar liver metastases.": {"liver"},
    "Somatostatin receptor scintigraphy showed uptake in multiple liver metastases.": {"liver"},
    "She developed brain metastases two years later.": {"brain"},
    "CT showed metastases in the liver, lungs and mediastinal lymph nodes.": {"liver", "lung", "lymph node"},
    "Two of fourteen lymph nodes harboured metastatic tumour.": {"lymph node"},
    "Metastatic tumour was present in 4 of 9 lymph nodes.": {"lymph node"},
    "PET-CT showed metastatic involvement of the liver and the spine.": {"liver", "bone"},
    "MRI revealed vertebral metastases.": {"bone"},
    "CT showed multiple osteoblastic metastases.": {"bone"},
    "Distant metastases were detected in the liver.": {"liver"},
    "Metastases were present in the liver (segments II and III).": {"liver"},
    "Liver metastases were seen on CT; the lymph nodes were not enlarged.": {"liver"},
    "Multiple liver lesions were seen, which proved to be metastases on biopsy.": {"liver"},
    "CT showed a mass in the liver, which was biopsied and shown to be a metastasis of the NET.": {"liver"},
    "She presented with metastatic disease to the liver.": {"liver"},
    "Hepatic metastases were treated with TACE.": {"liver"},
    "Regional lymph node metastases were found (5/21).": {"lymph node"},
    "Octreoscan demonstrated increased uptake in the liver, consistent with metastatic disease.": {"liver"},
    "CT showed hepatic deposits.": {"liver"},
    "Several bone lesions were found, consistent with metastases.": {"bone"},
    "CT showed metastases to the liver as well as to the bones.": {"liver", "bone"},
    "Two lesions were found in the liver. These were metastases.": {"liver"},
    "CT showed two lesions in the liver. They proved to be metastases.": {"liver"},
    "Peritoneal seeding was found at surgery.": {"peritoneum"},
    "The final stage was T3N1M1 (liver).": {"lymph node", "liver"},
    "Histology showed lymph node metastasis (2/18).": {"lymph node"},
    "Imaging demonstrated widespread metastases (liver, bones, lungs).": {"liver", "bone", "lung"},
    "Sites of metastasis included the liver and bones.": {"liver", "bone"},
    "Metastases: liver and bone.": {"liver", "bone"},
    "Three years later, recurrence in the liver was found.": {"liver"},
    "Three years later, new hepatic lesions appeared, confirmed as metastases by biopsy.": {"liver"},
    "MRI showed leptomeningeal metastases.": {"spinal cord"},
    "The tumour had spread to regional lymph nodes and the liver.": {"lymph node", "liver"}}


# r11: a site that names an examination ends a metastasis word's list of sites
EXAMINED_AFTER = {
    "She had metastases in the liver, and a bone scan showed no skeletal involvement.": ("yes", {"liver"}),
    "Metastases were found in the liver, and a brain MRI was normal.": ("yes", {"liver"}),
    "She had metastases to the lungs and a liver ultrasound was normal.": ("yes", {"lung"}),
    "She had metastases in the liver and the bones, and a brain MRI was normal.": ("yes", {"liver", "bone"})}


def common_cells():
    yield from told_cells(ILEAL, EXAMINED_AFTER)
    yield from told_cells(ILEAL, {text: ("yes", want) for text, want in COMMON.items()})
    yield from told_cells(ILEAL, {  # absences beside them
        "No metastases were found.": ("no", set()),
        "CT showed no evidence of metastatic disease.": ("no", set()),
        "CT showed a simple cyst in the liver.": ("unknown", set())})


test_grid_common_metastasis_shapes = grid_test(common_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- no metastasis: the common ways of saying so, and nodes 'not involved' ----------------------------------------
NONE_SAID = [
    "Imaging found no evidence of metastatic disease.", "No distant metastases were found.",
    "There were no metastases.",
    "Staging CT showed no metastases.", "CT of the chest and abdomen showed no evidence of metastasis.",
    "No metastatic lesions were detected.", "Ga-68 DOTATATE PET showed no evidence of distant disease.",
    "Somatostatin receptor scintigraphy was negative for metastases.",
    "There was no lymph node or distant metastasis.", "All 14 lymph nodes were negative for metastasis.",
    "The 14 resected lymph nodes were free of metastases.", "No nodal metastases were found (0/14).",
    "The lymph nodes were negative (0/14).", "The margins and the lymph nodes were free of tumour.",
    "None of the 14 lymph nodes was involved.", "The tumour was staged pT2 N0 M0.", "The tumour was staged pT2N0.",
    "Final stage: pT1b pN0 (0/12) cM0.", "No lymphovascular invasion or nodal metastasis was seen.",
    "Metastatic work-up was negative.", "The staging work-up showed no metastases.",
    "There was no sign of metastatic spread.", "There was no sign of dissemination.",
    "No metastases were detected on PET-CT.", "Neither lymph node nor distant metastases were found.",
    "She had no metastases at diagnosis.", "Whole-body imaging did not reveal any metastases.",
    "Imaging ruled out metastatic disease.", "Distant metastases were excluded.",
    # r11: a negator between the nodes' verb and the predicate
    "The lymph nodes were not involved.", "The regional lymph nodes were not involved.",
    "The mesenteric nodes were not affected.", "The 12 lymph nodes were not infiltrated."]


def none_said_cells():
    yield from told_cells(ILEAL, dict.fromkeys(NONE_SAID, ("no", set())))
    yield from told_cells(ILEAL, {  # presences beside them
        "The lymph nodes were involved.": ("yes", {"lymph node"}),
        "The lymph nodes were not involved, but liver metastases were found.": ("yes", {"liver"}),
        "The lymph nodes were not enlarged.": ("unknown", set())})


test_grid_no_metastasis_said = grid_test(none_said_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- the primary's organ -------------------------------------------------------------------------------------
PRIMARIES = {
    "A 55-year-old man had a NET arising in the terminal ileum.": "ileum",
    "A 55-year-old man had a NET arising from the pancreas.": "pancreas",
    "A 55-year-old man had a carcinoid tumour originating in the appendix.": "appendix",
    "A 55-year-old man had liver metastases of pancreatic origin.": "pancreas",
    "A 55-year-old man had liver metastases from an ileal primary.": "ileum",
    "A 55-year-old man had a primary rectal NET.": "rectum",
    "A 55-year-old man had a neuroendocrine tumour of the stomach.": "stomach",
    "A 55-year-old woman had a jejunal NET.": "jejunum",
    "A 55-year-old woman had an ampullary NET.": "duodenum",
    "A 55-year-old woman had a typical carcinoid of the bronchus.": "lung",
    "A 55-year-old woman had a thymic NET.": "thymus",
    "A 55-year-old woman had an ovarian carcinoid.": "ovary",
    "A 55-year-old woman had a renal carcinoid tumour.": "kidney",
    "A 55-year-old man had a prostatic neuroendocrine carcinoma.": "prostate",
    "A 55-year-old man had a small cell neuroendocrine carcinoma of the urinary bladder.": "bladder",
    "A 55-year-old man had a laryngeal neuroendocrine carcinoma.": "larynx",
    "A 55-year-old woman had a primary mammary neuroendocrine carcinoma.": "breast",
    "A 55-year-old man had a 2 cm NET in the head of the pancreas.": "pancreas",
    "A 55-year-old man had a pancreatic NET metastatic to the liver.": "pancreas",
    "A 55-year-old man had a well-differentiated NET of the ileum with metastases to the liver.": "ileum",
    "A 55-year-old man had a NET of the small bowel.": "small intestine",
    "A 55-year-old man had an oesophageal neuroendocrine carcinoma.": "esophagus",
    "A 55-year-old man had a NET of the common bile duct.": "bile duct",
    "A 55-year-old woman had an insulinoma in the body of the pancreas.": "pancreas",
    "A 55-year-old woman had a gastrinoma in the duodenal wall.": "duodenum",
    "A 55-year-old woman had a carcinoid of the lung.": "lung",
    "A 55-year-old woman was found to have a mass in the pancreatic tail. Histology showed a NET.": "pancreas",
    "A 55-year-old woman had a NET; the primary tumour was located in the ileum.": "ileum",
    "A 55-year-old woman had a metastatic NET; the primary was found in the jejunum.": "jejunum",
    "A 55-year-old man had a primary hepatic neuroendocrine tumour.": "liver",
    # r11: 'uterine cervical' is the cervix (rules/sites.json), not the uterus
    "A 55-year-old woman had a uterine cervical neuroendocrine carcinoma.": "cervix",
    "A 55-year-old woman had a uterine cervical small cell carcinoma.": "cervix",
    "A 55-year-old woman had a small cell carcinoma of the uterine cervix.": "cervix",
    "A 55-year-old woman had a large cell neuroendocrine carcinoma of the uterine corpus.": "uterus",
    # a metastasis said to be one: the lesion's organ is no primary
    "A 55-year-old woman had a rectal NET; the lesion in the liver was a metastasis.": "rectum",
    "A 55-year-old woman had a rectal NET; the tumour recurred in the liver.": "rectum",
    # absence: no primary found
    "A 55-year-old man had liver metastases of a NET of unknown primary.": ""}


# r11: the organ an operation is named for, when pathology finds the tumour in what it removed
OPERATIONS = {"appendectomy": "appendix", "appendicectomy": "appendix", "distal pancreatectomy": "pancreas",
              "right upper lobectomy": "lung", "pneumonectomy": "lung", "total gastrectomy": "stomach",
              "laparoscopic cholecystectomy": "gallbladder", "thymectomy": "thymus", "radical nephrectomy": "kidney",
              "orchiectomy": "testis", "radical prostatectomy": "prostate", "oesophagectomy": "esophagus"}
OPERATION_FRAMES = ["A 50-year-old patient underwent {}; histology revealed a 1 cm NET.",
                    "A 50-year-old patient underwent {} for a well-differentiated neuroendocrine tumour.",
                    "A 50-year-old patient underwent {}. Histopathological examination revealed a 6 mm NET.",
                    "A 50-year-old patient underwent {}, which revealed a carcinoid tumour.",
                    "A 50-year-old patient underwent {}. Microscopically, the tumour was a NET G1."]
OPERATION_ABSENCES = {  # a past operation of the history; another organ's operation
    "A 60-year-old man had an appendectomy at the age of 20. He now presented with liver metastases of a NET;"
    " no primary was found.": "",
    "A 60-year-old man underwent a hepatic lobectomy for a metastatic NET; no primary was found.": "",
    "A 60-year-old man underwent cholecystectomy for gallstones. He was well until liver metastases of a NET"
    " were found; the primary remained unknown.": "",
    "A 60-year-old man underwent right hemicolectomy; histology revealed a NET of the terminal ileum. He had had"
    " an appendectomy as a child.": "ileum"}


def primary_cells():
    for text, organ in PRIMARIES.items():
        yield CASE.format(text), organ
    yield from framed_cells("", OPERATION_FRAMES, OPERATIONS)
    yield from told_cells("", OPERATION_ABSENCES)


test_grid_primary_site_common_shapes = grid_test(primary_cells, lambda row: row["primary_site"] or "",
                                                 "primary_site")


# --- the primary's size: the common wordings, all of which already passed ------------------------------------
SIZES = {
    "A 50-year-old man had a 15 mm NET in the terminal ileum.": "15",
    "A 50-year-old man had a NET of the ileum measuring 15 mm.": "15",
    "A 50-year-old man had an ileal NET measuring 1.5 cm in diameter.": "15",
    "A 50-year-old man had an ileal NET (1.5 cm).": "15",
    "A 50-year-old man had an ileal NET of 1.5 cm.": "15",
    "A 50-year-old man had a 1.5 x 1.2 cm ileal NET.": "15 x 12",
    "A 50-year-old man had a 1.5 × 1.2 × 1.0 cm ileal NET.": "15 x 12 x 10",
    "A 50-year-old man had an ileal NET. The tumour measured 15 mm in greatest dimension.": "15",
    "A 50-year-old man had an ileal NET. The tumour was 15 mm in size.": "15",
    "A 50-year-old man had an ileal NET. The tumour size was 15 mm.": "15",
    "A 50-year-old man had an ileal NET. Tumour size: 15 mm.": "15",
    "A 50-year-old man had an ileal NET. The maximum diameter of the tumour was 15 mm.": "15",
    "A 50-year-old man had an ileal NET. The largest diameter was 15 mm.": "15",
    "A 50-year-old man had an ileal NET. The lesion, measuring 15 mm, was resected.": "15",
    "A 50-year-old man had an ileal NET. The resected specimen contained a 15-mm tumour.": "15",
    "A 50-year-old man had an ileal NET. Macroscopically, the tumour measured 1.5 cm.": "15",
    "A 50-year-old man had an ileal NET. CT showed a 20 mm mass; the resected tumour measured 15 mm.": "15",
    "A 50-year-old man had an ileal NET with liver metastases up to 4 cm. The primary measured 15 mm.": "15",
    "A 50-year-old man had an ileal NET with a 4 cm liver metastasis. The ileal tumour was 15 mm.": "15",
    "A 50-year-old man had a NET of the pancreatic tail, 3 cm in diameter.": "30",
    "A 50-year-old man had a NET of the pancreatic tail, 3 cm in size.": "30",
    "A 50-year-old man had a NET of the pancreatic tail with a diameter of 3 cm.": "30",
    "A 50-year-old man had a NET of the pancreatic tail with a maximum diameter of 30 mm.": "30",
    "A 50-year-old man had a NET of the pancreatic tail sized 3 cm.": "30",
    "A 50-year-old man had a NET of the pancreatic tail, approximately 3 cm.": "30",
    "A 50-year-old man had a three-centimetre NET of the pancreatic tail.": "30",
    "A 50-year-old man had a 3-cm NET of the pancreatic tail.": "30",
    "A 50-year-old man had a 3cm NET of the pancreatic tail.": "30",
    "A 50-year-old man had a NET of the pancreatic tail (3.0 × 2.5 cm).": "30 x 25",
    "A 50-year-old man had a NET of the pancreatic tail measuring 3.0 by 2.5 cm.": "30 x 25",
    "A 50-year-old man had a NET of the pancreatic tail measuring 3.0 x 2.5 x 2.0 cm.": "30 x 25 x 20",
    "A 50-year-old man had a NET of the pancreatic tail. The tumour was 3 cm in its largest dimension.": "30",
    "A 50-year-old woman had a rectal NET of 8 mm, removed endoscopically.": "8",
    "A 50-year-old woman had a rectal NET less than 1 cm.": None,
    "A 50-year-old woman had a small rectal NET (<1 cm).": None,
    "A 50-year-old woman had an 8-mm rectal NET.": "8",
    "A 50-year-old woman had a rectal NET, 0.8 cm in diameter.": "8",
}


def size_cells():
    yield from told_cells("", SIZES)


test_grid_size_common_shapes = grid_test(size_cells, lambda row: row["tumor_size_mm"] or None, "tumor_size_mm")
