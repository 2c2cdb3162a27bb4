"""Grids of the sixth round's third pass on metastasis (r6d-meta).

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds nothing
(tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- a tumour that invades the lymph nodes --------------------------------------------------------------------------
# rules/metastasis.json spread 'invasion_words' (r6d-meta): 'the ileal NET had invaded the mesenteric lymph nodes' is
# a nodal metastasis, read like an extension ('node_only_words') but with the nodes as the verb's object. An organ it
# invades is local invasion; a later clause's nodes ('but no lymph nodes') are not its object; the verb in a sentence
# with no tumour ('lymphocytes infiltrating the lymph nodes') says nothing.
INVADERS = ["The ileal NET", "The tumour", "The pancreatic neuroendocrine tumour", "The carcinoid"]
VERBS = ["had invaded", "invaded", "was infiltrating", "infiltrated", "invades", "infiltrates"]
NODES = ["the mesenteric lymph nodes", "two regional lymph nodes", "the peripancreatic lymph nodes and the duodenum",
         "the adjacent lymph nodes"]
ORGANS = ["the duodenum", "the muscularis propria", "the mesenteric fat", "the splenic vein"]


def invasion_cells():
    for tumour, verb in itertools.product(INVADERS, VERBS):
        for nodes in NODES:
            yield CASE.format(f"{tumour} {verb} {nodes}."), ("yes", {"lymph node"})
        for organ in ORGANS:
            yield CASE.format(f"{tumour} {verb} {organ}."), ("unknown", set())
        yield CASE.format(f"{tumour} {verb} the mesenteric fat but no lymph nodes were involved."), ("no", set())
    for cells in ["Lymphocytes", "Histiocytes"]:
        yield CASE.format(f"{cells} infiltrating the lymph nodes were noted."), ("unknown", set())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_a_tumour_that_invades_lymph_nodes_has_nodal_metastases(run):
    assert_grid(run, invasion_cells(),
                lambda row, want: (row["metastasis"], set(row["metastasis_sites"])) == want)
