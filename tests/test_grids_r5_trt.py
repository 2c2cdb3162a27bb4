"""Grids of the fifth round, second pass (r5b-trt): stain markers and treatments.

Found on the study reports added in the fifth round (head and neck, genitourinary, airway) and by probing
the common ways a case report states a stain or a treatment; each grid crosses the failing shape with
its common variants and pairs every absence with a presence, so it fails when its extractor finds
nothing (tests/test_null_extractors.py). Every sentence is written here.

- 'positive' or 'negative' heading a stain noun phrase whose markers follow 'for' governs them forward
  ('Positive immunohistochemical staining of the tumour cells for chromogranin A and CD56', 'negative
  staining of the neoplastic cells for CK20'): rules/markers.json polarity premodifier_objects,
  marker_cues._object_follows.
- The hormone drugs of a prostate or breast tumour are tumour-directed drugs named by their generic name
  (goserelin, leuprorelin, bicalutamide, enzalutamide, tamoxifen, letrozole ...), and 'endocrine therapy'
  is their class, kept only when none is named (rules/treatments.json).
- Drugs joined by a plus ('etoposide+cisplatin', 'etoposide+ cisplatin') are each read, as drugs joined
  by a slash are (pipeline/lexicon.py _plus_joined_drugs).
"""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid


def markers(row) -> tuple[list[str], list[str]]:
    return sorted(row["markers_positive"] or []), sorted(row["markers_negative"] or [])


def treatments(row) -> list[str]:
    return sorted(row["treatments"] or [])


# --- a polarity word heading a stain noun phrase with 'for' ---------------------------------------------------
STAIN_PHRASES = [
    "{p} immunohistochemical staining of the tumour cells for {m}",
    "{p} staining of the neoplastic cells for {m}",
    "diffuse {p} immunostaining of the tumour cell cytoplasm for {m}",
    "strong {p} immunoreactivity of the cells for {m}",
    "a {p} immunohistochemical reaction for {m}",
]
STAIN_FRAMES = [
    "{}.",
    "The biopsy showed {}.",
    "There was {} on the resected specimen.",
]
STAIN_LISTS = [("chromogranin A, synaptophysin and CD56", ["CD56", "chromogranin A", "synaptophysin"]),
               ("CK20 and CDX2", ["CDX2", "CK20"]), ("INSM1", ["INSM1"])]


def stain_phrase_cells():
    intro = "A 66-year-old man had a mass of the larynx.\n"
    for phrase, frame, (items, names) in itertools.product(STAIN_PHRASES, STAIN_FRAMES, STAIN_LISTS):
        for pol in ("positive", "negative"):
            text = frame.format(phrase.format(p=pol, m=items))
            text = text[0].upper() + text[1:]
            yield CASE.format(intro + text), (names, []) if pol == "positive" else ([], names)
        # the same stain with no polarity word states no result
        plain = frame.format(phrase.replace("{p} ", "").format(m=items))
        yield CASE.format(intro + plain[0].upper() + plain[1:]), ([], [])
    # a comma or a marker before 'for' ends the reach: the marker's own cue decides
    yield CASE.format(intro + "Synaptophysin was positive staining, and for CK7 no result was given."), (
        ["synaptophysin"], [])


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_a_polarity_word_heading_a_stain_phrase_governs_its_for_object(run):
    assert_grid(run, stain_phrase_cells(), lambda row, e: markers(row) == e)


# --- hormone drugs of a prostate or breast tumour --------------------------------------------------------------
HORMONE_DRUGS = {"goserelin": "goserelin", "leuprolide": "leuprorelin", "leuprorelin": "leuprorelin",
                 "triptorelin": "triptorelin", "degarelix": "degarelix", "bicalutamide": "bicalutamide",
                 "flutamide": "flutamide", "enzalutamide": "enzalutamide", "abiraterone": "abiraterone",
                 "tamoxifen": "tamoxifen", "letrozole": "letrozole", "anastrozole": "anastrozole"}
HORMONE_FRAMES = [
    "He was started on {d}.",
    "Endocrine therapy with {d} was given for one year.",
    "Androgen deprivation with {d} was begun, and the PSA fell.",
    "She received {d} as adjuvant endocrine therapy.",
]


def hormone_cells():
    intro = "A 70-year-old patient had a mixed carcinoma.\n"
    for (word, name), frame in itertools.product(HORMONE_DRUGS.items(), HORMONE_FRAMES):
        yield CASE.format(intro + frame.format(d=word)), [name]
        yield CASE.format(intro + frame.format(d=word).replace(" " + word, " " + word + " and bicalutamide")
                          if name != "bicalutamide" else intro + frame.format(d=word)), sorted({name, "bicalutamide"})
    # the class alone when no drug is named; a refused drug is none
    yield CASE.format(intro + "He received adjuvant endocrine therapy."), ["endocrine therapy"]
    yield CASE.format(intro + "Tamoxifen was considered but not given."), []


@pytest.mark.fields("treatments")
def test_grid_hormone_drugs_are_named_treatments(run):
    assert_grid(run, hormone_cells(), lambda row, e: treatments(row) == e)


# --- drugs joined by a plus ------------------------------------------------------------------------------------
PLUS_FORMS = ["{a}+{b}", "{a}+ {b}", "{a} + {b}", "{a} +{b}"]
PLUS_PAIRS = [("etoposide", "cisplatin"), ("carboplatin", "etoposide"), ("capecitabine", "temozolomide"),
              ("everolimus", "octreotide")]
PLUS_FRAMES = ["He received {} chemotherapy.", "Treatment with {} was given for four cycles."]


def plus_cells():
    intro = "A 59-year-old man had a small cell carcinoma of the bladder.\n"
    for form, (a, b), frame in itertools.product(PLUS_FORMS, PLUS_PAIRS, PLUS_FRAMES):
        yield CASE.format(intro + frame.format(form.format(a=a, b=b))), sorted({a, b})
    # a stain with its sign is no treatment
    yield CASE.format(intro + "Immunohistochemistry: CgA+, Syn+, CD56+."), []


@pytest.mark.fields("treatments")
def test_grid_drugs_joined_by_a_plus_are_each_read(run):
    assert_grid(run, plus_cells(), lambda row, e: treatments(row) == e)
