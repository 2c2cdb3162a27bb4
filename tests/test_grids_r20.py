"""Grids of the nineteenth round (r20): the shapes its study errors showed, each with its common variants.

- A size whose own noun phrase is a duct measures that duct, which the tumour dilates, not the tumour (a
  vessel's size was none already) ('a pancreatic head mass with the common bile duct measuring 12 mm', 'a 14-mm CBD';
  rules/patterns.json size 'structure_nouns', extractors/size_problems.py). The tumour's own size beside it,
  before or after, stays the tumour's ('a tumour (5 mm) with duct dilation').
- A targeted agent is no agent of chemotherapy: 'she received chemotherapy; later, everolimus was started'
  keeps both, as 'chemotherapy with etoposide' keeps only the drug (rules/treatments.json: everolimus leaves
  the chemotherapy class; the kinase and PARP inhibitor stems make a 'targeted therapy' class of their own).
  In the class word's own sentence any drug is the one it names ('chemotherapy with everolimus';
  extractors/treatments.py `_agent_beside`).
- 'Adenopathies' and 'lymphadenopathies', the plurals, name lymph nodes as the singular 'lymphadenopathy'
  does ('multiple metastatic adenopathies'; rules/sites.json lymph node).
- A keratin followed in brackets by the clone of its antibody is one stain, named by the clone ('cytokeratin
  8/18 (CAM 5.2)' is 'cytokeratin (CAM5.2)', as the guideline writes a keratin with its clone;
  extractors/markers.py `_named_clones`).
- 'Was healthy' and 'are healthy' at a follow-up say she is alive, as 'is healthy' did ('a follow-up after 1
  year shows that she and her baby are healthy'; rules/outcome.json, needing a follow-up clause: 'she was
  healthy until ...' is her history).
- An imaging feature of the tumour told in a 'with' phrase between the tumour and its site ('a 5 cm mass with
  intense tracer uptake in the left thyroid lobe', 'a mass with central necrosis in the pancreatic tail')
  leaves the site the tumour's (rules/sites.json 'feature_nouns'; extractors/tumour_noun_vote.py). A 'with'
  phrase that names another lesion ('with lymph node metastases in the mesentery') still stands in the way.
- 'Metastatic disease' denied at a follow-up says the disease is gone, as 'metastases' denied does ('four years
  later there was no sign of recurrent or metastatic disease'; rules/outcome.json 'absent_means_no_disease').
- A tie of primary-site votes between an organ NETs spread to and another goes to the other: two generic votes
  for a liver lesion against a named NET of the pancreas ('a diagnosis of pancreatic NET was made') make the
  pancreas the primary (extractors/primary_site.py, rules/sites.json 'metastasis_organs').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test, metastasis_and_sites, outcome_and_months, told_cells

# --- the size of a duct or a vessel -------------------------------------------------------------------------------
STRUCTURE_FRAMES = ["CT showed a mass in the pancreatic head with the {s} measuring 12 mm.",
                    "MRI showed a pancreatic head mass, and the {s} measured 12 mm.",
                    "MRI showed a pancreatic head mass with a dilated {s} of 12 mm.",
                    "Endoscopic ultrasound showed a pancreatic head mass and a dilated {s} (12 mm).",
                    "CT showed a pancreatic head mass with a 12-mm {s}."]
STRUCTURES = {"common bile duct": None, "main pancreatic duct": None, "CBD": None, "Wirsung duct": None,
              "choledochus": None, "superior mesenteric vein": None}
TUMOUR_SIZES = {"CT showed a 25 mm mass in the pancreatic head with the common bile duct measuring 12 mm.": "25",
                "MRI showed a pancreatic head mass of 25 mm, and the CBD measured 12 mm.": "25",
                "MRI showed an enhancing tumour (5 mm) with dilation of the main pancreatic duct.": "5",
                "CT showed a pancreatic head mass measuring 25 mm and a dilated Wirsung duct.": "25",
                "The resected NET measured 18 mm, and the bile duct margin was free.": "18"}


def _structure_cells():
    intro = "A 61-year-old man had jaundice.\n"
    then = " Biopsy showed a NET."
    yield from framed_cells(intro, [frame + then for frame in STRUCTURE_FRAMES], STRUCTURES, "s")
    yield from told_cells(intro, {sentence + then: want for sentence, want in TUMOUR_SIZES.items()})


test_the_size_of_a_duct_or_a_vessel_is_not_the_tumours = grid_test(
    _structure_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- chemotherapy beside a targeted agent ------------------------------------------------------------------------
CLASS_FRAMES = ["She received chemotherapy. Later, {a} was started.",
                "After six cycles of chemotherapy the disease progressed. Treatment with {a} followed.",
                "She was treated with chemotherapy. On progression she was given {a}.",
                "The tumour progressed on {a}. Chemotherapy was then given."]
TARGETED = {"everolimus": ["chemotherapy", "everolimus"], "sunitinib": ["chemotherapy", "sunitinib"],
            "cabozantinib": ["cabozantinib", "chemotherapy"], "olaparib": ["chemotherapy", "olaparib"]}
AGENTS_NAMED = {"She received chemotherapy with etoposide and later everolimus.": ["etoposide", "everolimus"],
                "She received chemotherapy with carboplatin. Sunitinib followed.": ["carboplatin", "sunitinib"],
                "She was given chemotherapy with everolimus.": ["everolimus"],
                "She received sunitinib chemotherapy.": ["sunitinib"],
                "She was given targeted therapy with sunitinib.": ["sunitinib"],
                "She received temozolomide chemotherapy.": ["temozolomide"]}


def _class_cells():
    intro = "A 55-year-old woman had a metastatic pancreatic NET.\n"
    yield from framed_cells(intro, CLASS_FRAMES, TARGETED, "a")
    yield from told_cells(intro, AGENTS_NAMED)


test_chemotherapy_beside_a_targeted_agent_is_kept = grid_test(
    _class_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- the plurals of adenopathy -------------------------------------------------------------------------------------
ADENOPATHY_FRAMES = ["CT showed an ileal mass with multiple metastatic {}.",
                     "Staging CT revealed retroperitoneal {} consistent with metastases.",
                     "PET showed mediastinal {}, in keeping with metastatic spread."]
NODE_WORDS = {"adenopathies": ("yes", {"lymph node"}), "lymphadenopathies": ("yes", {"lymph node"}),
              "lymphadenopathy": ("yes", {"lymph node"})}
NO_NODES = {"CT showed an ileal mass with no adenopathies.": ("unknown", set()),
            "CT showed an ileal mass and no lymphadenopathies.": ("unknown", set()),
            "CT showed an ileal mass with liver metastases and no adenopathies.": ("yes", {"liver"})}


def _adenopathy_cells():
    intro = "A 66-year-old man had an ileal NET.\n"
    yield from framed_cells(intro, ADENOPATHY_FRAMES, NODE_WORDS)
    yield from told_cells(intro, NO_NODES)


test_the_plurals_of_adenopathy_name_lymph_nodes = grid_test(
    _adenopathy_cells, metastasis_and_sites, "metastasis_sites")


# --- a keratin and its clone in brackets ---------------------------------------------------------------------------
KERATIN_FRAMES = ["The tumour cells were positive for {}, chromogranin and synaptophysin.",
                  "Immunostaining showed the tumour to be positive for {}, chromogranin, and synaptophysin.",
                  "The neoplastic cells expressed {} and chromogranin and synaptophysin."]
KERATIN_WITH_CLONE = {"cytokeratin 8/18 (CAM5.2)": "cytokeratin (CAM5.2)", "CK8/18 (Cam 5.2)": "cytokeratin (CAM5.2)",
                      "CK 8/18 (CAM 5.2)": "cytokeratin (CAM5.2)", "pan-cytokeratin (AE1/AE3)": "cytokeratin (AE1/AE3)",
                      "cytokeratin (CAM5.2)": "cytokeratin (CAM5.2)"}
TWO_KERATINS = {"The tumour cells were positive for CK8/18, CAM5.2, chromogranin and synaptophysin.":
                ["chromogranin A", "cytokeratin (CAM5.2)", "cytokeratin (CK8/18)", "synaptophysin"],
                "The tumour cells were positive for AE1/AE3 and CAM5.2, chromogranin and synaptophysin.":
                ["chromogranin A", "cytokeratin (AE1/AE3)", "cytokeratin (CAM5.2)", "synaptophysin"]}


def _keratin_cells():
    intro = "A 58-year-old man had a rectal NET.\n"
    for text, keratin in framed_cells(intro, KERATIN_FRAMES, KERATIN_WITH_CLONE):
        yield text, sorted([keratin, "chromogranin A", "synaptophysin"])
    yield from told_cells(intro, TWO_KERATINS)


test_a_keratin_and_its_clone_in_brackets_are_one_stain = grid_test(
    _keratin_cells, lambda row: sorted(row["markers_positive"] or []), "markers_positive")


# --- healthy at a follow-up ----------------------------------------------------------------------------------------
HEALTHY_FRAMES = ["A follow-up visit after 1 year showed that {}.",
                  "At the 12-month follow-up, {}.",
                  "One year after surgery, {}."]
HEALTHY = {"she was healthy": ("alive", "12"), "she and her baby are healthy": ("alive", "12"),
           "the patient is healthy": ("alive", "12")}
NOT_FOLLOW_UP = {"She was healthy until she developed flushing a year ago.": (None, None),
                 "Her parents are healthy.": (None, None),
                 "One year after surgery she was healthy, and CT showed no recurrence.": ("alive, no disease", "12")}


def _healthy_cells():
    intro = "A 33-year-old woman had an ileal NET resected during pregnancy.\n"
    yield from framed_cells(intro, HEALTHY_FRAMES, HEALTHY)
    yield from told_cells(intro, NOT_FOLLOW_UP)


test_healthy_at_a_follow_up_says_she_is_alive = grid_test(
    _healthy_cells, outcome_and_months, "outcome")


# --- an imaging feature between a tumour and its site -------------------------------------------------------------
FEATURE_FRAMES = ["CT showed a 5 cm mass with {f} in the {s}.",
                  "PET-CT revealed a hypermetabolic tumour with {f} in the {s}.",
                  "MRI demonstrated a 3 cm lesion with {f} located in the {s}."]
FEATURES = ["marked metabolic activity", "intense uptake", "strong arterial enhancement", "central necrosis",
            "coarse calcifications", "irregular margins"]
FEATURE_SITES = {"pancreatic tail": "pancreas", "right thyroid lobe": "thyroid", "terminal ileum": "ileum"}
OTHER_WITH = {"CT showed a 5 cm mass with lymph node metastases in the mesentery.": None,
              "CT showed a 5 cm mass with satellite nodules in the liver.": None,
              "CT showed a 5 cm pancreatic mass with metastases in the liver.": "pancreas"}


def _feature_cells():
    intro = "A 63-year-old man had weight loss.\n"
    for frame, feature, (site, want) in itertools.product(FEATURE_FRAMES, FEATURES, FEATURE_SITES.items()):
        yield CASE.format(intro + frame.format(f=feature, s=site)), want
    yield from told_cells(intro, OTHER_WITH)


test_an_imaging_feature_between_a_tumour_and_its_site = grid_test(
    _feature_cells, lambda row: row["primary_site"], "primary_site")


# --- no metastatic disease at a follow-up ------------------------------------------------------------------------
NO_SPREAD_FRAMES = ["Four years later there was no sign of {}.", "At the 4-year follow-up she had no {}.",
                    "Four years after surgery, imaging showed no evidence of {}."]
NO_SPREAD = {"recurrent or metastatic disease": ("alive, no disease", "48"),
             "metastatic disease": ("alive, no disease", "48"),
             "local or metastatic disease": ("alive, no disease", "48")}
SPREAD_STATED = {"Four years later CT showed metastatic disease in the liver.": ("alive with disease", "48"),
                 "At staging there was no metastatic disease.": (None, None)}


def _no_spread_cells():
    intro = "A 49-year-old woman had an ileal NET, resected in full.\n"
    yield from framed_cells(intro, NO_SPREAD_FRAMES, NO_SPREAD)
    yield from told_cells(intro, SPREAD_STATED)


test_no_metastatic_disease_at_a_follow_up_is_no_disease = grid_test(
    _no_spread_cells, outcome_and_months, "outcome")


# --- a tie between an organ NETs spread to and another -------------------------------------------------------------
TIE_FRAMES = ["CT revealed a solitary {m} lesion. Histology of the {m} lesion showed a NET, and a diagnosis of {o} NET "
              "was made.",
              "MRI showed a {m} mass. A biopsy of the {m} mass found a NET; the final diagnosis was a {o} NET."]
SPREAD_AND_OTHER = {("liver", "pancreatic"): "pancreas", ("liver", "ileal"): "ileum", ("liver", "rectal"): "rectum",
                    ("bone", "pulmonary"): "lung"}
NO_TIE = {"CT revealed a liver mass. Histology of the liver mass showed a primary hepatic NET.": "liver",
          "CT revealed a gastric lesion and a duodenal lesion; biopsy of both showed a NET.": "stomach"}


def _tie_cells():
    intro = "A 52-year-old man had watery diarrhoea.\n"
    for frame, ((spread, other), want) in itertools.product(TIE_FRAMES, SPREAD_AND_OTHER.items()):
        yield CASE.format(intro + frame.format(m=spread, o=other)), want
    yield from told_cells(intro, NO_TIE)


test_a_tie_goes_to_the_organ_nets_seldom_spread_to = grid_test(
    _tie_cells, lambda row: row["primary_site"], "primary_site")
