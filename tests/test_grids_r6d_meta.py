"""Grids of the sixth round's third pass on metastasis (r6d-meta).

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds nothing
(tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test, metastasis_and_sites

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


test_grid_a_tumour_that_invades_lymph_nodes_has_nodal_metastases = grid_test(
    invasion_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- the organ's lesion as the subject of the biopsy ------------------------------------------------------------------
# rules/metastasis.json 'pathology_after_skips' (r6d-meta): 'multiple hepatic lesions were biopsied and showed a NET'
# is the pathology of the liver, as 'a biopsy of the liver showed a NET' is: a metastasis when the primary is
# elsewhere. The same sentence without another primary leaves the liver as a possible primary (no metastasis), and a
# biopsy of the primary's own organ is none.
PRIMARIES = ["A 55-year-old woman had a pancreatic NET. ", "A 70-year-old man had an ileal carcinoid. "]
BIOPSIED = {"Multiple hepatic lesions were": {"liver"}, "A liver nodule was": {"liver"},
            "The lung mass had been": {"lung"}, "Two bone lesions were": {"bone"}}
FINDINGS = ["biopsied and showed a well-differentiated NET", "biopsied, confirming a grade 2 NET",
            "biopsied; histology revealed a neuroendocrine tumour"]


def biopsied_lesion_cells():
    for (subject, sites), finding in itertools.product(BIOPSIED.items(), FINDINGS):
        for primary in PRIMARIES:
            yield CASE.format(primary + f"{subject} {finding}."), ("yes", sites)
        yield CASE.format(f"{subject} {finding}."), ("unknown", set())
    for finding in FINDINGS:
        yield CASE.format(f"A 66-year-old man had an ileal NET. The ileal mass was {finding}."), ("unknown", set())


test_grid_a_biopsied_lesion_of_another_organ_is_a_metastasis = grid_test(
    biopsied_lesion_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- a statistic about 'such cases' ---------------------------------------------------------------------------------
# rules/context.json OTHER_PATIENT (r6d-meta): 'of such cases', 'of such patients' join 'of cases', 'of patients': a
# share of a group ('nodal metastases are present in 30% of such cases') is no finding of the index patient, while
# the patient's own metastases in the same frame stay.
GROUPS = ["of such cases", "of such patients"]
SHARES = ["30%", "up to half", "about a third", "10-20%"]
SPREADS = ["Nodal metastases are present in", "Liver metastases develop in", "Distant metastases are found in"]


def group_share_cells():
    opening = "A 57-year-old woman had a rectal NET removed. "
    for group, share, spread in itertools.product(GROUPS, SHARES, SPREADS):
        yield CASE.format(opening + f"{spread} {share} {group}."), "unknown"
    for spread in ["Nodal metastases were present", "Liver metastases were found", "Distant metastases developed"]:
        yield CASE.format(opening + f"{spread} at diagnosis."), "yes"


test_grid_a_share_of_such_cases_is_no_finding = grid_test(
    group_share_cells, lambda row: row["metastasis"], "metastasis")
