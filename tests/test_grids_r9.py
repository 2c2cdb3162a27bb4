"""Grids of the eighth round (r9): shapes found by writing out the commonest wordings of a field in
sentences of our own and reading the row each gives, before any new report was read.

- A clone name written with a Latin B ('CK 34BE12') or the Greek beta ('34βE12') is one clone, named
  in ASCII as the guideline's canonical names are (rules/markers.json).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test

INTRO = "A 66-year-old man had a 3-cm neuroendocrine tumour of the ileum, which was resected.\n"

# --- a keratin clone in Latin or Greek letters -----------------------------------------------------------
CLONE_FRAMES = ["The tumour cells were positive for synaptophysin and negative for CK 7 and {}.",
                "Synaptophysin was positive; CK7 and {} were negative.",
                "Immunohistochemistry: synaptophysin (+), CK7 (-), {} (-)."]
CLONES = {"CK 34BE12": "cytokeratin (34BE12)", "CK 34βE12": "cytokeratin (34BE12)",
          "cytokeratin 34betaE12": "cytokeratin (34BE12)", "CK 20": "CK20"}


def clone_cells():
    yield from framed_cells(INTRO, CLONE_FRAMES, CLONES)


def _negative_other_than_ck7(row):
    return ";".join(m for m in (row["markers_negative"] or []) if m != "CK7") or None


test_grid_keratin_clone_in_latin_or_greek_letters = grid_test(clone_cells, _negative_other_than_ck7, "markers_negative")
