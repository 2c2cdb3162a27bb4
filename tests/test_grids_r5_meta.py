"""Grids of metastasis and site wordings found by probing (r5-meta, fifth round): own-words case texts in the
common ways reports name where a NET has spread, where it began, and that it has not spread, run through the
pipeline; each shape that failed is a grid here. Sites a list of organs missed (the trachea, the penis, the
jaw and pelvic bones as bone), lymph nodes a tumour spread to or recurred in, a 'distant' right before a
denied metastasis word, and the primary's wordings (below).

Each grid crosses the parts of one shape and pairs every absence with a presence in the same frame, so it
fails when its extractor finds nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

TUMOURS = ["an ileal NET", "a pancreatic neuroendocrine tumour", "a rectal carcinoid", "a gastric NEC"]


def _sites(row) -> tuple:
    return row["metastasis"], tuple(sorted(row["metastasis_sites"]))


# --- sites a list of organs missed ------------------------------------------------------------------------------
# The trachea and the penis are organs of their own; the jaw bones and the bones of the pelvis are bone. ('penile'
# stays out: a 'penile lesion' is most often a skin lesion, and a generic tumour noun would vote for it.)
ORGAN_WORDS = {"trachea": ["trachea", "tracheal"], "penis": ["penis"],
               "bone": ["mandible", "mandibular", "maxilla", "ilium", "iliac crest", "acetabulum"]}
ORGAN_FRAMES = ["A 60-year-old man with {t} developed a metastasis in the {w}.",
                "A 60-year-old man with {t} was found to have {w} metastases on CT.",
                "PET/CT in this patient with {t} showed a metastasis of the {w}."]


def organ_word_cells():
    for (organ, words), t, frame in itertools.product(ORGAN_WORDS.items(), TUMOURS, ORGAN_FRAMES):
        for w in words:
            adjective = w.endswith(("al", "ile", "ar"))
            if adjective == ("{w} metastases" in frame):
                yield CASE.format(frame.format(t=t, w=w)), ("yes", (organ,))
    # a local invasion of the trachea (no metastasis word) is no metastasis
    for t in TUMOURS:
        yield CASE.format(f"A 60-year-old man with {t} had a mass that invaded the trachea."), ("unknown", ())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_organs_a_site_list_missed(run):
    assert_grid(run, organ_word_cells(), lambda row, want: _sites(row) == want)


# --- lymph nodes a tumour spread to, or recurred in ------------------------------------------------------------
# 'had spread to the regional lymph nodes and the liver', 'a recurrence in the para-aortic lymph nodes': nodes a
# spread or recurrence word reaches are a nodal metastasis (ANNOTATION.md lists 'lymph node'), not local spread;
# a spread into the lymphatic vessels names no nodes.
NODES = ["the regional lymph nodes", "the mesenteric lymph nodes", "two para-aortic nodes", "the cervical lymph nodes"]
NODE_FRAMES = [("The tumour had spread to {n}.", ("lymph node",)),
               ("The tumour had spread to {n} and the liver.", ("liver", "lymph node")),
               ("Three years after surgery, a recurrence in {n} was found.", ("lymph node",)),
               ("PET/CT showed tumour involvement of {n}.", ("lymph node",))]


def node_spread_cells():
    for t, n, (frame, want) in itertools.product(TUMOURS, NODES, NODE_FRAMES):
        yield CASE.format(f"A 57-year-old woman had {t} resected. " + frame.format(n=n)), ("yes", want)
    for t in TUMOURS:
        yield CASE.format(f"A 57-year-old woman had {t} resected. The tumour showed lymphatic spread."), ("unknown", ())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_lymph_nodes_a_tumour_spread_to(run):
    assert_grid(run, node_spread_cells(), lambda row, want: _sites(row) == want)


# --- 'distant' right before a denied metastasis word -----------------------------------------------------------
# 'No lymph node or distant metastasis was found in the resected appendix NET': the word for the rest of the body
# stands before the metastasis word, so the denial is of every metastasis ('no'), though the only organ after it
# is the tumour's own; a denial of named organs alone still says nothing of the rest ('unknown').
DENIALS = ["No lymph node or distant metastasis was found in the resected {o} NET.",
           "There was no nodal or distant metastasis in the {o} specimen.",
           "No regional or distant metastases were seen in the {o} tumour on CT.",
           "No other metastases were detected apart from the {o} NET."]
ORGANS = {"appendix": "appendiceal", "rectum": "rectal", "ileum": "ileal", "stomach": "gastric"}


def distant_denial_cells():
    for organ, frame in itertools.product(ORGANS, DENIALS):
        yield CASE.format(f"A 40-year-old woman had a 9 mm NET of the {organ}. " + frame.format(o=organ)), ("no", ())
        yield CASE.format(f"A 40-year-old woman had a 9 mm NET of the {organ}. "
                          f"No hepatic metastases were seen in the {organ} NET workup."), ("unknown", ())
        yield CASE.format(f"A 40-year-old woman had a 9 mm NET of the {organ}. "
                          "CT showed distant metastases in the liver."), ("yes", ("liver",))


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_distant_before_a_denied_metastasis_word(run):
    assert_grid(run, distant_denial_cells(), lambda row, want: _sites(row) == want)
