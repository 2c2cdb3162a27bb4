"""Grids of the fourth round on the real reports (r4-trt): treatments and functional syndromes.

Each grid crosses the parts a published report combines and pairs every absence with a presence, so it
fails when its extractor finds nothing (tests/test_null_extractors.py). Every sentence is written here.

- A syndrome stated for a plural tumour class in the general present ('most rectal carcinoids are
  non-functional', 'a tenth of midgut NETs come with carcinoid syndrome') is a definition, as a Ki-67 or a
  grade stated that way is (rules/context.json generic_statements class_types).
"""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- a syndrome stated for a plural tumour class is a definition -------------------------------------------
CLASS_NOUNS = ["NETs", "carcinoids", "tumours", "tumors", "neoplasms", "NENs"]
CLASS_FRAMES = [  # (a general sentence about the class, the syndrome it names)
    ("Most rectal {c} are non-functional.", "non-functioning"),
    ("Pancreatic {c} can be functional or non-functioning.", "non-functioning"),
    ("Hindgut {c} are hormonally silent as a rule.", "non-functioning"),
    ("About 10% of midgut {c} are accompanied by the carcinoid syndrome.", "carcinoid syndrome"),
    ("Carcinoid syndrome is seen in a minority of ileal {c}.", "carcinoid syndrome"),
]
PATIENT_SENTENCES = {  # the patient's own syndrome, stated in the case
    "non-functioning": "A 49-year-old man had a rectal NET that was non-functioning on hormone testing.",
    "carcinoid syndrome": "A 66-year-old woman with an ileal NET had flushing and diarrhoea from carcinoid syndrome.",
}


def class_cells():
    for noun, (frame, syndrome) in itertools.product(CLASS_NOUNS, CLASS_FRAMES):
        general = frame.format(c=noun)
        general = general[0].upper() + general[1:]
        yield CASE.format("A 55-year-old woman was referred with anaemia.\n" + general), []
        yield CASE.format(PATIENT_SENTENCES[syndrome] + "\n" + general), [syndrome]
    yield CASE.format("A 55-year-old woman was referred.\nPNETs are non-functioning in most series."), []


@pytest.mark.fields("functional_syndrome")
def test_grid_syndrome_stated_for_a_tumour_class_is_a_definition(run):
    assert_grid(run, class_cells(), lambda row, e: sorted(row["functional_syndrome"] or []) == e)
