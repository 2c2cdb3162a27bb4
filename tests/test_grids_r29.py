"""Grids of the twenty-ninth round (r29): the shapes the study reports still got wrong, and the eighteenth
gathering's.

- A bracket right after a site of a metastasis list ('metastases in the liver (2008), bone (2010) and kidney
  (2013)', 'to the liver (three lesions), the lungs (bilateral) and the bones') is an aside of that site, not the
  list's end: the walk passes it as the primary-site vote passes an aside (pipeline/extractors/asides.py,
  metastasis_sites.py).
- A cytokeratin stain written as one word with its clone or its 'pan' ('CKAE1/AE3', 'CK-AE1/AE3', 'CKpan', 'PCK',
  'pankeratin') names the cytokeratin stain (rules/markers.json).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, metastasis_and_sites, told_grid

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
    yield from framed_cells("A 50-year-old woman had a small cell neuroendocrine carcinoma of the cervix.\n",
                            KERATIN_FRAMES, KERATINS)


def _keratin(row) -> str | None:
    found = [m for m in row["markers_positive"] if m.startswith("cytokeratin")]
    return found[0] if found else None


test_a_cytokeratin_glued_to_its_clone = grid_test(_keratin_cells, _keratin, "markers_positive")
