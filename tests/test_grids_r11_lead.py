"""Grids of the tenth round (r11, lead), written from how case reports of functioning tumours say it, not
from a traced error.

- A hypoglycaemia with the tumour named as its cause ('hypoglycaemic episodes caused by a pancreatic
  NET', 'a functioning NET causing recurrent hypoglycaemia', 'a pancreatic NET presenting with
  hypoglycemia', 'the hypoglycaemia was due to a pancreatic NET': a link may carry its verb, for Cushing's
  syndrome as well) is the tumour's insulinoma: the guideline's 'hypoglycaemia from insulin', stated without
  naming the hormone. As for Cushing's syndrome (rules/syndromes.json 'caused_by_tumour'), a
  hypoglycaemia with another cause (an adrenal tumour, insulin therapy), one denied, or one named in a
  statement about a tumour class is no syndrome of the patient's.

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test

INTRO = "A 52-year-old woman was referred with confusion and sweating.\n"


def _syndromes(row):
    return sorted(row["functional_syndrome"] or [])


HYPOGLYCAEMIAS = ["hypoglycaemia", "hypoglycemia", "recurrent hypoglycaemia", "severe hypoglycemia",
                  "hypoglycaemic episodes", "hypoglycemic episodes"]
CAUSED = ["Work-up showed {} caused by a pancreatic NET.", "She had {} due to a neuroendocrine tumour of the tail.",
          "Imaging found a functioning pancreatic NET causing {}.",
          "She was diagnosed with a pancreatic NET presenting with {}."]
NOT_CAUSED = ["Work-up showed {} from an adrenal tumour.",
              "Her {} was caused by insulin therapy; a pancreatic NET was found incidentally.",
              "A pancreatic NET was found; there was no {} caused by the tumour.",
              "Insulinomas are the commonest tumours causing {}. She had a pancreatic NET."]


VERB_LINKS = ["was caused by", "was due to", "was secondary to"]


def hypoglycaemia_cells():
    yield from framed_cells(INTRO, CAUSED, dict.fromkeys(HYPOGLYCAEMIAS, ["insulinoma"]))
    # the link with its verb ('the hypoglycaemia was due to ...', 'the episodes were caused by ...')
    for link in VERB_LINKS:
        yield from framed_cells(INTRO, [f"The {{}} {link} a 14 mm pancreatic neuroendocrine neoplasm."],
                                dict.fromkeys(HYPOGLYCAEMIAS[:4], ["insulinoma"]))
        yield from framed_cells(INTRO, [f"The {{}} {link.replace('was', 'were')} a pancreatic NET."],
                                dict.fromkeys(HYPOGLYCAEMIAS[4:], ["insulinoma"]))
    yield from framed_cells(INTRO, NOT_CAUSED, dict.fromkeys(HYPOGLYCAEMIAS, []))


test_grid_hypoglycaemia_caused_by_the_tumour = grid_test(hypoglycaemia_cells, _syndromes, "functional_syndrome")
