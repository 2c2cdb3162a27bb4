"""Grids of the seventeenth round (r18): the shapes its study errors showed, each with its common variants.

- An adverb of time or manner may stand between a metastasis word and the verb that places it ('metastatic
  deposits were already present in the liver and vertebrae', 'metastases were subsequently found in the
  liver'; rules/metastasis.json 'found_verbs', 'found_verb_suffixes').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test, metastasis_and_sites, told_cells

# --- an adverb between a metastasis word and its verb -------------------------------------------------------
SPREAD_SUBJECTS = ["Metastatic deposits were", "Metastases were", "Metastatic lesions were", "Metastatic disease was"]
ADVERBS = ["already", "still", "subsequently", "clearly", "now", "additionally"]
PLACING = {"present in his liver and vertebrae": {"liver", "bone"}, "found in the liver": {"liver"},
           "seen in both lungs": {"lung"}}
NOT_SPREAD = {"No metastatic deposits were seen in the liver or the bones.": ("unknown", set()),
              "Metastatic deposits were clearly absent.": ("no", set()),
              "Liver metastases were excluded.": ("unknown", set()),
              "No metastatic disease was present.": ("no", set())}


def _adverb_cells():
    intro = "A 68-year-old man had a small cell carcinoma of the urinary bladder.\n"
    for subject, adverb, (placing, want) in itertools.product(SPREAD_SUBJECTS, ADVERBS, PLACING.items()):
        yield CASE.format(intro + f"{subject} {adverb} {placing}."), ("yes", want)
    yield from told_cells(intro, NOT_SPREAD)


test_an_adverb_between_a_metastasis_word_and_its_verb = grid_test(_adverb_cells, metastasis_and_sites,
                                                                  "metastasis")
