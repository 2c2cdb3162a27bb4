"""Grids of the twenty-seventh round (r27): the shapes the study reports still got wrong, and the sixteenth
gathering's.

- A clause that says how a class of tumours spreads ('endocrine cell carcinoma is prone to early
  metastasis', 'such tumours often metastasize') states no new disease of the patient: its metastasis word is no
  'alive with disease' (rules/context.json generic_statements 'spread_types' holds OUTCOME beside METASTASIS).
- Lymph nodes that an 'involvement' reaches are a nodal metastasis in a sentence that names no tumour, as the phrase
  'lymph node involvement' is ('there was involvement of the regional lymph nodes', 'mesenteric lymph nodes
  involvement': pipeline/extractors/metastasis.py _nodes_involved); a 'nodal mass' is nodal disease
  (rules/metastasis.json 'phrases').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import grid_test, metastasis_and_sites, outcome_and_months, told_cells

# --- how the class spreads is no new disease ----------------------------------------------------------------------
CLASS_SPREAD = {"Since endocrine cell carcinoma is prone to early metastasis, an active multimodal treatment is "
                "recommended.": (None, None),
                "Because small-cell carcinoma often shows early metastasis, adjuvant chemotherapy is advised.": (None, None),
                "Such carcinomas often metastasize early, and a multimodal approach is recommended.": (None, None),
                "Endocrine cell carcinomas carry a poor prognosis owing to early metastasis.": (None, None)}
PATIENT_SPREAD = {"Eight months after surgery she developed liver metastases.": ("alive with disease", "8"),
                  "At the 1-year follow-up she remained free of metastasis.": ("alive, no disease", "12")}


def _class_spread_cells():
    yield from told_cells("A 63-year-old woman underwent resection of a rectal NEC.\n", CLASS_SPREAD, PATIENT_SPREAD)


test_how_the_class_spreads_is_no_new_disease = grid_test(_class_spread_cells, outcome_and_months, "outcome")

# --- lymph nodes that an involvement reaches ----------------------------------------------------------------------
NODES = {"There was involvement of the regional lymph nodes.": ("yes", {"lymph node"}),
         "PET-CT showed involvement of the mesenteric lymph nodes.": ("yes", {"lymph node"}),
         "Staging showed locoregional lymph nodes involvement.": ("yes", {"lymph node"}),
         "CT showed a large mesenteric nodal mass.": ("yes", {"lymph node"}),
         "Imaging showed two nodal masses along the iliac vessels.": ("yes", {"lymph node"}),
         "There was involvement of the lymph nodes and the liver.": ("yes", {"lymph node", "liver"}),
         # denied, or an organ's involvement with no metastasis said: no site
         "There was no involvement of the regional lymph nodes.": ("no", set()),
         "Bone scintigraphy showed skeletal involvement.": ("unknown", set()),
         "The mass showed involvement of the muscularis propria.": ("unknown", set())}


def _node_cells():
    yield from told_cells("A 58-year-old man was found to have an ileal NET.\n", NODES)


test_lymph_nodes_an_involvement_reaches = grid_test(_node_cells, metastasis_and_sites, "metastasis")
