"""Grids of the metastasis wordings found in the third round's study reports (session r3, helper 'meta').

As in tests/test_grids_metastasis.py, each grid crosses the parts of one shape and pairs every absence with
a presence of the same frame, so that it fails when the metastasis extractor finds nothing
(tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- an overall stage IV of a tumour is distant spread -------------------------------------------------------
STAGE_WORDINGS = ["stage IV", "Stage IV", "stage 4", "clinical stage IV", "cStage IV", "stage-IV"]
STAGED_TUMOURS = ["small-cell lung cancer", "pancreatic NET", "neuroendocrine carcinoma of the colon",
                  "carcinoid tumour of the ileum"]
STAGE_FRAMES = ["A 64-year-old woman was found to have {s} {t}.",
                "The 70-year-old man was referred with a new diagnosis of {s} {t} and started chemotherapy.",
                "A 52-year-old man had a {t}, {s} at diagnosis."]
NOT_DISTANT = ["CKD {s}", "stage IVA"]  # another disease's staging; a sub-stage that may be local


def stage_four_cells():
    for s, t, frame in itertools.product(STAGE_WORDINGS, STAGED_TUMOURS, STAGE_FRAMES):
        yield CASE.format(frame.format(s=s, t=t)), "yes"
    for t, frame in itertools.product(STAGED_TUMOURS, STAGE_FRAMES):
        for other in NOT_DISTANT:
            yield CASE.format(frame.format(s=other.format(s="stage 4"), t=t)), "unknown"
        # a staging system whose stage IV is local says so by its M0
        yield CASE.format(frame.format(s="stage IV (T4 N0 M0)", t=t)), "no"
    yield CASE.format("A 58-year-old man had an ileal NET. Of the published cases, stage IV 21% were."), "unknown"


@pytest.mark.fields("metastasis")
def test_grid_an_overall_stage_four_is_a_metastasis(run):
    assert_grid(run, stage_four_cells(), lambda row, want: row["metastasis"] == want)


# --- 'dissemination' is a metastasis word ---------------------------------------------------------------------
SPREAD_SITES = {"peritoneal": "peritoneum", "pleural": "pleura", "hepatic": "liver", "osseous": "bone",
                "lymph node": "lymph node"}
SPREAD_FRAMES = ["Four months after surgery she developed {a} dissemination.",
                 "Follow-up CT showed {a} dissemination of the NET.",
                 "A laparotomy revealed {a} dissemination and the ileal primary."]


def dissemination_cells():
    lead = "A 66-year-old woman had an ileal NET resected. "
    for (adj, site), frame in itertools.product(SPREAD_SITES.items(), SPREAD_FRAMES):
        yield CASE.format(lead + frame.format(a=adj)), ("yes", {site})
    for frame in ["Staging found no dissemination.", "There was no evidence of dissemination on PET."]:
        yield CASE.format(lead + frame), ("no", set())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_dissemination_is_a_metastasis_word(run):
    assert_grid(run, dissemination_cells(),
                lambda row, want: (row["metastasis"], set(row["metastasis_sites"])) == want)


# --- a tumour found in biopsied lymph nodes is a nodal metastasis -----------------------------------------------
NODE_EXAMS = ["Biopsy of the {r}lymph node", "Excision of one {r}lymph node",
              "Fine-needle aspiration of the {r}lymph nodes", "The {r}lymph node biopsy"]
NODE_REGIONS = ["", "left supraclavicular ", "enlarged mediastinal "]
NODE_FINDINGS = ["revealed small cell carcinoma", "showed a well-differentiated NET",
                 "confirmed a poorly differentiated carcinoma", "demonstrated neuroendocrine tumour cells"]


def node_pathology_cells():
    lead = "A 59-year-old man had a bronchial carcinoid on CT. "
    for exam, region, finding in itertools.product(NODE_EXAMS, NODE_REGIONS, NODE_FINDINGS):
        yield CASE.format(f"{lead}{exam.format(r=region)} {finding}."), ("yes", {"lymph node"})
    for exam in NODE_EXAMS:  # a node free of tumour, or a tumour named in another clause, is no nodal metastasis
        yield CASE.format(f"{lead}{exam.format(r='')} showed no evidence of malignancy."), ("unknown", set())
        yield CASE.format(f"{lead}{exam.format(r='')} showed reactive changes, and the tumour was resected."), (
            "unknown", set())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_a_tumour_in_biopsied_nodes_is_a_nodal_metastasis(run):
    assert_grid(run, node_pathology_cells(),
                lambda row, want: (row["metastasis"], set(row["metastasis_sites"])) == want)


# --- a metastasis set against a primary, or a division into kinds, is no finding ---------------------------------
COMPARISONS = ["The outcome of primary NETs {c} metastatic NETs of the brain differs.",
               "Prognosis of primary tumours {c} NET metastases remains unclear.",
               "Metastatic {c} primary carcinoids were long debated."]
COMPARISON_CUES = ["versus", "vs", "vs."]
DIVISIONS = ["These carcinomas are {d} primary and metastatic tumours.",
             "The prognosis {d} NENs and metastatic NENs differs."]
DIVISION_CUES = ["divided into", "classified into", "categorized into"]


def comparison_cells():
    lead = "A 47-year-old woman had a NET of the brain resected. "
    finding = "Two years later, CT showed liver metastases."  # the twin: the same report with a finding
    texts = [frame.format(c=cue) for frame, cue in itertools.product(COMPARISONS, COMPARISON_CUES)]
    texts += [frame.format(d=cue) for frame, cue in itertools.product(DIVISIONS[:1], DIVISION_CUES)]
    texts.append(DIVISIONS[1].format(d="between primary"))
    for text in texts:
        yield CASE.format(lead + text), "unknown"
        yield CASE.format(lead + text + " " + finding), "yes"
    yield CASE.format(lead + "The primary and metastatic tumours were both resected."), "yes"


@pytest.mark.fields("metastasis")
def test_grid_a_comparison_with_a_primary_is_no_finding(run):
    assert_grid(run, comparison_cells(), lambda row, want: row["metastasis"] == want)


# --- the pathology of an organ in a report whose primary was never found -------------------------------------
BIOPSIED_ORGANS = {"liver": "liver", "bone marrow": "bone marrow", "brain": "brain", "lung": "lung"}
BIOPSY_FRAMES = ["Biopsy of the {o} showed a poorly differentiated neuroendocrine carcinoma.",
                 "A {o} biopsy revealed a well-differentiated NET."]
NOT_FOUND = ["No primary tumour was found on PET and endoscopy.", "The primary remained unknown despite imaging.",
             "It was classed as a NEC of unknown primary."]


def unknown_primary_cells():
    lead = "A 71-year-old man presented with back pain and anaemia. "
    for (organ, site), frame in itertools.product(BIOPSIED_ORGANS.items(), BIOPSY_FRAMES):
        finding = frame.format(o=organ)
        for not_found in NOT_FOUND:
            yield CASE.format(lead + finding + " " + not_found), [site]
        yield CASE.format(lead + finding), []  # the organ may be the primary's


@pytest.mark.fields("metastasis_sites")
def test_grid_organ_pathology_with_no_primary_found_is_a_metastasis(run):
    assert_grid(run, unknown_primary_cells(), lambda row, want: row["metastasis_sites"] == want)


# --- a metastasis judged unlikely is no finding -----------------------------------------------------------------
UNLIKELY = ["It was unlikely that a metastatic NET had stayed silent for years.",
            "It seemed improbable that the lesion was a metastasis.",
            "The lung nodule was unlikely to be metastatic.",
            "Liver metastasis was considered unlikely.",
            "A metastatic origin appeared improbable."]


def unlikely_cells():
    lead = "A 55-year-old woman had a NET of the liver resected. "
    finding = "A year later, MRI showed bone metastases."  # the twin: the same report with a finding
    for text in UNLIKELY:
        yield CASE.format(lead + text), "unknown"
        yield CASE.format(lead + text + " " + finding), "yes"


@pytest.mark.fields("metastasis")
def test_grid_a_metastasis_judged_unlikely_is_no_finding(run):
    assert_grid(run, unlikely_cells(), lambda row, want: row["metastasis"] == want)


# --- a tumour found in lymph nodes ('LCNEC was diagnosed in his cervical lymph node') ---------------------------
FOUND_TUMOURS = ["Combined LCNEC", "A well-differentiated NET", "Carcinoma", "Tumour cells"]
FOUND_VERBS = ["was then diagnosed in", "were found in", "was detected within", "was identified in"]
FOUND_NODES = ["his cervical lymph node", "two mesenteric lymph nodes", "the resected lymph nodes"]


def found_in_nodes_cells():
    lead = "A 63-year-old man had a bronchial carcinoid resected. "
    for tumour, verb, nodes in itertools.product(FOUND_TUMOURS, FOUND_VERBS, FOUND_NODES):
        yield CASE.format(f"{lead}{tumour} {verb} {nodes}."), ("yes", {"lymph node"})
    for tumour in FOUND_TUMOURS:  # beside the nodes, in another organ, or denied
        yield CASE.format(f"{lead}{tumour} was found in close proximity to the lymph nodes."), ("unknown", set())
        yield CASE.format(f"{lead}{tumour} was seen in the pleura and lymph nodes were enlarged."), (
            "unknown", set())
    yield CASE.format(f"{lead}No tumour was found in the resected lymph nodes."), ("unknown", set())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_a_tumour_found_in_lymph_nodes_is_a_nodal_metastasis(run):
    assert_grid(run, found_in_nodes_cells(),
                lambda row, want: (row["metastasis"], set(row["metastasis_sites"])) == want)
