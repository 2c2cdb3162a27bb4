"""Grids of the fifteenth round (r16): the shapes its study errors showed, each with its common variants.

- A large cell neuroendocrine 'cancer' is a NEC, as a small cell one already was ('large cell
  neuroendocrine cancer of the cervix', 'a large-cell neuroendocrine lung cancer'); a bare 'neuroendocrine
  cancer' names no class, and 'non-small cell lung cancer' is not one (rules/histology.json).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, told_cells

# --- a large cell neuroendocrine cancer ---------------------------------------------------------------------
NEC_FRAMES = ["Biopsy of the mass showed {}.", "We report a woman with {}.", "The final diagnosis was {}.",
              "Histology confirmed {} with extensive necrosis."]
CANCERS = {"a large cell neuroendocrine cancer": "NEC", "a large-cell neuroendocrine cancer": "NEC",
           "a large cell neuroendocrine lung cancer": "NEC", "large cell neuroendocrine cancer of the cervix": "NEC",
           "a large-cell neuroendocrine cancer (LCNEC) of the colon": "NEC",
           "a small cell neuroendocrine cancer": "NEC"}
NO_CLASS = {"Biopsy of the mass showed a neuroendocrine cancer.": None,
            "Biopsy of the mass showed a non-small cell lung cancer.": None,
            "The cells were large, and the neuroendocrine markers were positive in the cancer.": None}


def _large_cell_cells():
    intro = "A 58-year-old woman had a mass resected.\n"
    yield from framed_cells(intro, NEC_FRAMES, CANCERS)
    yield from told_cells(intro, NO_CLASS)


test_a_large_cell_neuroendocrine_cancer_is_a_nec = grid_test(_large_cell_cells, lambda row: row["histology"],
                                                            "histology")
