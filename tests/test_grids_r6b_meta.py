"""Grids of the sixth round's second pass on metastasis (r6b-meta).

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds nothing
(tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

PRIMARY = "A 63-year-old man had a well-differentiated NET of the terminal ileum. "

# --- a metastasis named only as the alternative set aside -------------------------------------------------------------
# rules/context.json (r6b-meta): 'rather than' and 'instead of' negate a metastasis or site word within three tokens:
# 'the liver lesion proved to be a haemangioma rather than a metastasis' states no metastasis. The same words with the
# metastasis first ('a metastasis rather than a haemangioma') keep it, and a treatment chosen instead of another
# ('embolisation instead of surgery') says nothing against the metastasis it treats.
LESIONS = ["The liver lesion", "The lung nodule", "The adrenal mass", "The bone lesion"]
OTHER_THINGS = ["a haemangioma", "a second primary", "a benign adenoma", "a granuloma", "a synchronous primary tumour"]
SET_ASIDE = ["{c} {o} rather than a metastasis", "{c} {o} rather than metastatic disease",
             "{c} {o} instead of a metastasis", "{c} {o} rather than a metastatic deposit"]
KEPT = ["{c} a metastasis rather than {o}", "{c} metastatic disease rather than {o}",
        "{c} a metastasis instead of {o}"]
COPULAS = ["proved to be", "was judged to be", "was", "turned out to be"]


def contrast_cells():
    for lesion, other, copula in itertools.product(LESIONS, OTHER_THINGS, COPULAS):
        for frame in SET_ASIDE:
            yield CASE.format(PRIMARY + f"{lesion} {frame.format(c=copula, o=other)}."), "no"
        for frame in KEPT:
            yield CASE.format(PRIMARY + f"{lesion} {frame.format(c=copula, o=other)}."), "yes"
    for therapy in ["embolisation instead of surgery", "lanreotide rather than resection"]:
        yield CASE.format(PRIMARY + f"Liver metastases were treated with {therapy}."), "yes"


@pytest.mark.fields("metastasis")
def test_grid_a_metastasis_set_aside_by_rather_than_is_no_finding(run):
    assert_grid(run, contrast_cells(), lambda row, want: row["metastasis"] == want)


# --- 'liver mets': the clinician's short form -------------------------------------------------------------------------
# rules/metastasis.json 'abbreviations' (token patterns matched as written): 'liver mets', 'mets to the bones' are
# metastases; the exercise unit 'METs' ('6 METs on the treadmill') is none.
METS_SITES = {"liver": {"liver"}, "hepatic": {"liver"}, "bone": {"bone"}, "lung": {"lung"}, "brain": {"brain"},
              "nodal": {"lymph node"}}
METS_FRAMES = ["CT showed multiple {a} mets.", "Staging revealed {a} mets from the ileal NET.",
               "He was found to have {a} mets at diagnosis.", "New {a} mets appeared two years later."]
TO_SITES = {"the liver": {"liver"}, "the liver and bones": {"liver", "bone"}, "both lungs": {"lung"}}
TO_FRAMES = ["She had mets to {s} at presentation.", "Mets to {s} were found on the PET scan."]
UNIT_FRAMES = ["Exercise capacity was {n} METs on the treadmill test.", "He reached {n} METS before stopping."]


def mets_cells():
    for (adjective, sites), frame in itertools.product(METS_SITES.items(), METS_FRAMES):
        yield CASE.format(PRIMARY + frame.format(a=adjective)), ("yes", sites)
    for (where, sites), frame in itertools.product(TO_SITES.items(), TO_FRAMES):
        yield CASE.format(PRIMARY + frame.format(s=where)), ("yes", sites)
    for n, frame in itertools.product(["5", "7.5", "10"], UNIT_FRAMES):
        yield CASE.format(PRIMARY + frame.format(n=n)), ("unknown", set())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_the_short_form_mets_is_a_metastasis(run):
    assert_grid(run, mets_cells(),
                lambda row, want: (row["metastasis"], set(row["metastasis_sites"])) == want)


# --- another cancer's metastases in the past history ------------------------------------------------------------------
# rules/context.json (r6b-meta): after 'history of', 'previously treated for', 'had been diagnosed with', a clause
# that names a cancer of another kind and not the NET holds that cancer's metastases, not the index tumour's. The
# same clause naming the NET ('a history of an ileal NET with liver metastases') keeps them.
HISTORY_CUES = ["had a history of", "had a past history of", "had previously been treated for",
                "had been diagnosed with"]
OTHER_CANCERS = ["renal cell carcinoma", "breast cancer", "colon adenocarcinoma", "melanoma", "prostate cancer"]
OWN_TUMOURS = ["an ileal NET", "a carcinoid tumour", "a pancreatic neuroendocrine tumour",
               "a small cell carcinoma of the lung", "a rectal neuroendocrine carcinoma"]
SPREAD = {"lung metastases": {"lung"}, "liver metastases": {"liver"}, "bone metastases": {"bone"},
          "metastases to the brain": {"brain"}}
WHEN = ["", " treated in 2010", ", resected ten years earlier"]
INDEX_NET = "A 63-year-old man was diagnosed with a well-differentiated NET of the terminal ileum. "


def history_cells():
    for cue, (spread, sites), when in itertools.product(HISTORY_CUES, SPREAD.items(), WHEN):
        for cancer in OTHER_CANCERS:
            yield CASE.format(INDEX_NET + f"He {cue} {cancer} with {spread}{when}."), set()
        for own in OWN_TUMOURS:
            yield CASE.format(INDEX_NET + f"He {cue} {own} with {spread}{when}."), sites


@pytest.mark.fields("metastasis_sites")
def test_grid_another_cancers_metastases_in_the_history_are_not_the_nets(run):
    assert_grid(run, history_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- a short structured abstract flattened onto one line --------------------------------------------------------------
# pipeline/sections.py _split_colon_headers: 'Background: ... Case presentation: A 52-year-old man ... Conclusion: ...'
# on one line shorter than the flat-text threshold is split where a known header and its colon follow a sentence end,
# so the case part is read as the case, not as the introduction. The same values with no case label stay unread.
OPENERS = ["Background: Ileal neuroendocrine tumours are uncommon.",
           "Introduction: Carcinoids of the small bowel often spread late."]
CASE_LABELS = ["Case presentation", "Case report", "Case summary", "Case description"]
CLOSERS = ["", " Conclusion: Such tumours may present late.", " Conclusions: Clinicians should keep this in mind."]
CASE_TEXT = "A 58-year-old woman had a 20 mm ileal NET with {s}."
FLAT_SITES = {"liver metastases": {"liver"}, "bone metastases": {"bone"}, "metastases to the lungs": {"lung"}}


def flat_abstract_cells():
    for opener, label, closer, (spread, sites) in itertools.product(OPENERS, CASE_LABELS, CLOSERS,
                                                                    FLAT_SITES.items()):
        line = f"{opener} {label}: {CASE_TEXT.format(s=spread)}{closer}"
        yield f"A rare tumour of the small bowel\n\n{line}\n", (58, sites)
    for opener, closer, spread in itertools.product(OPENERS, CLOSERS, FLAT_SITES):  # no case label: introduction
        line = f"{opener} Such a tumour may reach 20 mm and give {spread}.{closer}"
        yield f"A rare tumour of the small bowel\n\n{line}\n", (None, set())


@pytest.mark.fields("age", "metastasis_sites")
def test_grid_a_structured_abstract_on_one_line_is_split_at_its_labels(run):
    def check(row, want):
        age = row["age"]
        return (int(float(age)) if age else None, set(row["metastasis_sites"])) == want
    assert_grid(run, flat_abstract_cells(), check)


# --- 'peritoneal implants': seeded metastases, not devices --------------------------------------------------------------
# rules/metastasis.json spread.words 'implants', 'implant': with a distant site attached, in a sentence naming a tumour,
# they are metastases ('peritoneal implants around the ileal tumour'); a device ('silicone breast implants', a hip
# implant: 'not_tumour_before') or the implants of another disease (no tumour named) are none.
IMPLANT_FRAMES = ["At laparotomy, {a} implants were found around the ileal tumour.",
                  "Multiple {a} implants of the NET were resected with the primary.",
                  "The ileal carcinoid had seeded small implants on the {n}."]
IMPLANT_SITES = {("peritoneal", "peritoneum"): {"peritoneum"}, ("omental", "omentum"): {"peritoneum"},
                 ("hepatic", "liver"): {"liver"}}
DEVICE_FRAMES = ["She had {d} implants placed before the ileal NET was resected.",
                 "A {d} implant was seen on the CT that showed the ileal tumour."]
DEVICES = ["silicone breast", "breast", "dental", "hip", "knee", "cochlear"]
OTHER_DISEASE = ["Laparoscopy showed {a} implants of endometriosis.", "Biopsy of the {a} implants showed tuberculosis."]


def implant_cells():
    for ((adjective, noun), sites), frame in itertools.product(IMPLANT_SITES.items(), IMPLANT_FRAMES):
        yield CASE.format(frame.format(a=adjective, n=noun)), ("yes", sites)
    for device, frame in itertools.product(DEVICES, DEVICE_FRAMES):
        yield CASE.format(frame.format(d=device)), ("unknown", set())
    for (adjective, _), frame in itertools.product(IMPLANT_SITES, OTHER_DISEASE):
        yield CASE.format(frame.format(a=adjective)), ("unknown", set())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_peritoneal_implants_are_metastases_and_devices_are_not(run):
    assert_grid(run, implant_cells(),
                lambda row, want: (row["metastasis"], set(row["metastasis_sites"])) == want)
