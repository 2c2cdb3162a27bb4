"""Grids of the eighth round (r9): shapes found by writing out the commonest wordings of a field in
sentences of our own and reading the row each gives, before any new report was read.

- A clone name written with a Latin B ('CK 34BE12') or the Greek beta ('34βE12') is one clone, named
  in ASCII as the guideline's canonical names are (rules/markers.json).
- A drug no list names yet is told by its INN stem ('amrubicin', 'cabazitaxel', 'cediranib', 'olaparib'):
  the word itself is its name, and it is an agent of chemotherapy, so the class leaves the row beside it
  (rules/treatments.json drug_stems). Stems that drugs for other diseases carry are none: '-mab'
  (infliximab for Crohn's disease), '-citinib' (tofacitinib for arthritis).

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


# --- a drug told by its INN stem ---------------------------------------------------------------------------
STEM_INTRO = "A 58-year-old man had a small cell carcinoma of the lung with liver metastases.\n"
STEM_DRUGS = ["satraplatin", "cabazitaxel", "amrubicin", "gefitinib", "cediranib", "dabrafenib", "palbociclib",
              "olaparib", "alpelisib", "belotecan", "bendamustine"]
GIVEN = ["He received six cycles of {}.", "Second-line chemotherapy with {} was started.",
         "{} was given after progression.", "He was treated with {} and radiotherapy."]
NOT_GIVEN = ["He declined treatment with {}.", "{} was considered but not given."]


def stem_cells():
    for frame in GIVEN:
        for drug in STEM_DRUGS:
            want = [drug, "radiotherapy"] if "radiotherapy" in frame else [drug]
            yield from framed_cells(STEM_INTRO, [frame], {drug: sorted(want)})
    for frame in NOT_GIVEN:
        yield from framed_cells(STEM_INTRO, [frame], {d: [] for d in STEM_DRUGS})
    other_disease = ["He takes tofacitinib for rheumatoid arthritis.", "He receives infliximab for Crohn's disease."]
    yield from framed_cells(STEM_INTRO, other_disease, {"": []})


def _treatments(row):
    return sorted(t.lower() for t in row["treatments"] or [])


test_grid_a_drug_told_by_its_inn_stem = grid_test(stem_cells, _treatments, "treatments")
