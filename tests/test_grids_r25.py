"""Grids of the twenty-fifth round (r25): where a metastasis is.

The pelvis is a metastasis site of its own ('pulmonary, pelvic and penile metastases', 'deposits in the mesenteric
nodes and the pelvis'), and its bones when a bone is named with it ('metastases in the thoracic spine and pelvis':
rules/metastasis.json 'bone_regions'). The renal pelvis is the kidney's; 'pelvic lateral lymph nodes' are nodes
(rules/metastasis.json node_region 'position_words'). 'Bony' is a bone word and a bare 'marrow' the bone marrow
(rules/sites.json), so one unknown adjective no longer drops a whole list ('pulmonary, hepatic and bony
metastases').

What an examination was of is not where the metastases are when the metastasis word names its own site: the walk
back from 'liver metastases' stops at the reporting verb ('CT of the kidney showed liver metastases'), where it
went on through '-ed' as through an adjective (pipeline/extractors/metastasis_sites.py `_before`). The examined
organ still names a bare metastasis word's site, now past a side word too ('a biopsy of the right lung confirmed
metastatic NET': pipeline/extractors/metastasis_organ.py).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, metastasis_and_sites, told_cells

INTRO = "A 63-year-old man had a rectal neuroendocrine carcinoma.\n"

# --- the pelvis, its bones, and lists with an adjective of bone -------------------------------------------------
PELVIC_LISTS = ["Staging CT showed {} metastases.", "Restaging PET showed new {} metastases."]
PELVIC_FILLINGS = {"pulmonary, pelvic and penile": ("yes", {"lung", "pelvis", "penis"}),
                   "hepatic and pelvic": ("yes", {"liver", "pelvis"}),
                   "pelvic": ("yes", {"pelvis"}),
                   "pulmonary, hepatic and bony": ("yes", {"lung", "liver", "bone"}),
                   "bony": ("yes", {"bone"})}
PELVIS = {"CT showed metastatic deposits in the mesenteric lymph nodes and the pelvis.":
              ("yes", {"lymph node", "pelvis"}),
          "Bone scintigraphy showed metastases in the thoracic spine and pelvis.": ("yes", {"bone"}),
          "PET showed metastases in the ribs, the liver and the pelvis.": ("yes", {"bone", "liver"}),
          "MRI showed pelvic lateral lymph node metastases.": ("yes", {"lymph node"}),
          "PET showed liver metastases and diffuse marrow involvement.": ("yes", {"liver", "bone marrow"}),
          # the pelvis, scanned or the kidney's, is no metastasis
          "CT of the abdomen and pelvis was unremarkable.": ("unknown", set()),
          "He had a stone in the renal pelvis.": ("unknown", set())}


def _pelvis_cells():
    yield from framed_cells(INTRO, PELVIC_LISTS, PELVIC_FILLINGS)
    yield from told_cells(INTRO, PELVIS)


test_the_pelvis_and_its_bones_as_metastasis_sites = grid_test(_pelvis_cells, metastasis_and_sites, "metastasis_sites")

# --- what was examined, and where the metastases are ---------------------------------------------------------
EXAMINED = ["CT of the {} showed multiple liver metastases.", "MRI of the {} revealed two liver metastases.",
            "A PET scan of the {} demonstrated liver metastases."]
EXAMINED_FILLINGS = {"kidney": ("yes", {"liver"}), "chest, abdomen and pelvis": ("yes", {"liver"}),
                     "abdomen and pelvis": ("yes", {"liver"}), "spleen": ("yes", {"liver"})}
BARE_WORDS = {"A wedge biopsy of the right lung confirmed metastatic carcinoma.": ("yes", {"lung"}),
              "A biopsy of the left adrenal confirmed a metastasis.": ("yes", {"adrenal"}),
              "MRI of the brain revealed two metastatic lesions.": ("yes", {"brain"}),
              # the examined organ with no metastasis word names none
              "A biopsy of the right lung showed organising pneumonia.": ("unknown", set())}


def _examined_cells():
    yield from framed_cells(INTRO, EXAMINED, EXAMINED_FILLINGS)
    yield from told_cells(INTRO, BARE_WORDS)


test_the_examined_organ_is_no_site_beside_the_metastasis_word_own = grid_test(
    _examined_cells, metastasis_and_sites, "metastasis_sites")
