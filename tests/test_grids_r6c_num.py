"""Grids of the sixth round, second pass (r6c-num): stain results written in shapes the first pass did
not probe, and which of several sizes a report's row carries.

Found by probing (own words, /tmp/h26/r6c-num_probe_*.txt); each grid crosses the failing shape with its
common variants and pairs every absence with a presence, so it fails when its extractor finds nothing
(tests/test_null_extractors.py). Every sentence is written here.

- A short abbreviation ending lower-case then upper-case keeps the sentence's period in scispaCy's
  tokenizer ('positive for Syn and CgA.' leaves one token 'CgA.'): the lexicon adds the name with its
  period (pipeline/lexicon.py _keeps_period), as it did for 'chromogranin A.'.
- A hyphen left hanging before 'and'/'or' shares the suffix after ('Synaptophysin- and
  chromogranin-positive cells'); before, the bare hyphen read as a minus sign
  (extractors/markers.py _suspended_hyphens).
- Vocabulary: 'SST2A' (the receptor as often written), 'SATB-2', VMAT2 spelled out, PHH3, ARX, NKX6.1;
  cues 'immunoreactive to', 'nonreactive to', 'labelled with (antibodies to)' (rules/markers.json).
"""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test

INTRO = "A 58-year-old woman had a nodule in the pancreatic tail, which was resected.\n"


def markers(row) -> tuple[list[str], list[str]]:
    return sorted(row["markers_positive"] or []), sorted(row["markers_negative"] or [])


def tumour_size(row):
    return row["tumor_size_mm"]


# --- a mixed-case abbreviation at the sentence's end keeps its period -----------------------------------------
ABBREVIATIONS = [("CgA", "chromogranin A"), ("ChgA", "chromogranin A")]
END_FRAMES = ["The tumour cells were positive for synaptophysin and {}.",
              "Immunostaining was positive for CD56, synaptophysin and {}.",
              "Neoplastic cells expressed synaptophysin and {}.",
              "The tumour was negative for CK20 but positive for synaptophysin and {}."]


def period_cells():
    for (abbr, name), frame in itertools.product(ABBREVIATIONS, END_FRAMES):
        pos = sorted({"synaptophysin", name} | ({"CD56"} if "CD56" in frame else set()))
        neg = ["CK20"] if "CK20" in frame else []
        yield CASE.format(INTRO + frame.format(abbr)), (pos, neg)
    for abbr, name in ABBREVIATIONS:  # negative at the end, and a sentence that names no stain result
        yield CASE.format(INTRO + f"Synaptophysin was positive, while the tumour was negative for {abbr}."), (
            ["synaptophysin"], [name])
        yield CASE.format(INTRO + f"Serum levels were not measured for {abbr}."), ([], [])


test_grid_a_mixed_case_abbreviation_keeps_the_sentence_period = grid_test(
    period_cells, markers, "markers_positive", "markers_negative")


# --- a suspended hyphen shares the suffix after it -------------------------------------------------------------
SUSPENDED = [
    ("{a}- and {b}-positive tumour cells were seen.", "positive"),
    ("The tumour cells were {a}- and {b}-positive.", "positive"),
    ("The tumour was {a}- or {b}-negative on every slide.", "negative"),
    ("The tumour cells were {a}-, {c}- and {b}-negative.", "negative"),
    ("Nests of {a}-, {c}- and {b}-positive cells were present.", "positive"),
]
PAIRS = [("synaptophysin", "chromogranin", "CD56", ("synaptophysin", "chromogranin A", "CD56")),
         ("CK7", "CK20", "TTF-1", ("CK7", "CK20", "TTF-1"))]


def suspended_cells():
    for (frame, polarity), (a, b, c, names) in itertools.product(SUSPENDED, PAIRS):
        text = frame.format(a=a, b=b, c=c)
        found = sorted(names if "{c}" in frame else names[:2])
        yield CASE.format(INTRO + text), ((found, []) if polarity == "positive" else ([], found))
    # a sign after the join, or a comma before a word with its own suffix: two results, nothing shared
    yield CASE.format(INTRO + "Immunohistochemistry: CK20- and CDX2+."), (["CDX2"], ["CK20"])
    yield CASE.format(INTRO + "Immunohistochemistry: CK20-, synaptophysin-positive."), (["synaptophysin"], ["CK20"])
    yield CASE.format(INTRO + "The cells were CK7-negative and synaptophysin-positive."), (["synaptophysin"], ["CK7"])


test_grid_a_suspended_hyphen_shares_the_suffix_after_it = grid_test(
    suspended_cells, markers, "markers_positive", "markers_negative")


# --- names and cues a NET report uses ---------------------------------------------------------------------------
NAMES = [("SST2A", "SSTR2"), ("SST2", "SSTR2"), ("SATB-2", "SATB2"), ("vesicular monoamine transporter 2", "VMAT2"),
         ("PHH3", "PHH3"), ("phosphohistone H3", "PHH3"), ("ARX", "ARX"), ("NKX6.1", "NKX6.1")]
CUES = [("The tumour cells were immunoreactive to {}.", "positive"),
        ("The tumour cells were labelled with antibodies to {}.", "positive"),
        ("The tumour cells were labeled with {}.", "positive"),
        ("The tumour cells were nonreactive to {}.", "negative"),
        ("The tumour cells were non-reactive to {}.", "negative"),
        ("The tumour cells were positive for {}.", "positive")]


def vocabulary_cells():
    for (name, canonical), (frame, polarity) in itertools.product(NAMES, CUES):
        yield CASE.format(INTRO + frame.format(name)), (([canonical], []) if polarity == "positive" else ([], [canonical]))
    yield CASE.format(INTRO + "The specimen was labelled with the patient's name and sent for review."), ([], [])


test_grid_net_stain_names_and_result_cues = grid_test(vocabulary_cells, markers, "markers_positive", "markers_negative")


# --- which size the row carries: the container's, a depth, a number before the lesion word ------------------------
CONTAINERS = ["The surgical specimen, measuring 14 x 9 x 6 cm, contained a {t}.",
              "The resected specimen measured 22 cm in length and harboured a {t}.",
              "A 7 x 5 cm piece of gastric wall contained a {t}.",
              "The 11 cm cystic teratoma of the uterus harbored a {t}.",
              "The hemicolectomy specimen (30 cm of colon and 8 cm of ileum) contained a {t}."]
TUMOURS = [("2.6 x 2.1 cm well-circumscribed tumour", "26 x 21"), ("14 mm yellow nodule", "14"),
           ("9 mm carcinoid", "9")]


def container_cells():
    for frame, (tumour, want) in itertools.product(CONTAINERS, TUMOURS):
        yield CASE.format(INTRO + frame.format(t=tumour)), want
    # what is contained is no tumour: the first size stays the tumour's
    yield CASE.format(INTRO + "A 3.2 cm solid tumour contained a 1 cm cyst."), "32"
    yield CASE.format(INTRO + "The 4 cm tumour contained scattered calcifications of 2 mm."), "40"


DEPTHS = [("The duodenal wall was thickened to 12 mm, and a {s} nodule was found in the bulb.", "a"),
          ("The tumour infiltrated 4 mm into the submucosa and measured {s}.", "b"),
          ("A 3-cm tumour thrombus reached the portal vein from a {s} pancreatic mass.", "c"),
          ("A hypoechoic lesion up to {s} was seen in the pancreatic body.", "d"),
          ("The bowel wall measured 6 mm, and a {s} polyp arose from it.", "e")]


def depth_cells():
    for (frame, _), (size, want) in itertools.product(DEPTHS, [("8 mm", "8"), ("1.7 cm", "17")]):
        yield CASE.format(INTRO.split(",")[0] + ".\n" + frame.format(s=size)), want
    yield CASE.format("A 58-year-old woman had abdominal pain.\nThe mesenteric fat was infiltrated 5 mm deep."), None


test_grid_a_containers_size_is_not_the_tumours = grid_test(container_cells, tumour_size, "tumor_size_mm")


test_grid_a_depth_a_thrombus_and_a_wall_are_not_the_tumours_size = grid_test(depth_cells, tumour_size, "tumor_size_mm")


# --- a size told after an operation that was refused is no specimen's --------------------------------------------
REFUSALS = ["She declined surgery.", "Surgery was refused.", "An operation was not possible because of her frailty.",
            "Resection was deferred."]
DONE = ["Surgery was performed.", "Right hemicolectomy was performed.", "She underwent resection."]


def refusal_cells():
    first = "A 47-year-old woman had flushing. CT showed a 2.8 cm mass in the ileum. "
    for sentence in REFUSALS:
        for later in ("Two years later the mass measured 3.6 cm.", "The mass measured 3.6 cm a year later."):
            yield CASE.format(first + sentence + " " + later), "28"
    for sentence in DONE:  # the operation done: the size after it is the specimen's
        yield CASE.format(first + sentence + " The mass measured 3.6 cm."), "36"


test_grid_a_size_after_a_refused_operation_is_no_specimens = grid_test(refusal_cells, tumour_size, "tumor_size_mm")


def found_for_cells():
    for stem in ("Positivity was found for {}.", "Immunoreactivity was found for {}.", "Staining was found for {}."):
        yield CASE.format(INTRO + stem.format("synaptophysin and CD56")), (["CD56", "synaptophysin"], [])
    yield CASE.format(INTRO + "No residual tumour was found for the margins."), ([], [])


test_grid_positivity_was_found_for = grid_test(found_for_cells, markers, "markers_positive", "markers_negative")


# --- imaging and specimen sizes in one sentence: the specimen cue is the second size's own ------------------------
TWO_SIZES = ["The tumour was estimated endoscopically at {a}, but the resected specimen measured {b}.",
             "The lesion measured {a} on CT, whereas the resected specimen measured {b}.",
             "On MRI the mass was {a}, while the surgical specimen showed a {b} tumour.",
             "Although CT suggested a {a} mass, the resected tumour measured only {b}.",
             "The mass was {a} on MRI and {b} in the resected specimen."]


def two_size_cells():
    for frame, (a, b, want) in itertools.product(TWO_SIZES, [("4 cm", "3.2 cm", "32"), ("12 mm", "9 x 7 mm", "9 x 7")]):
        yield CASE.format("A 47-year-old woman had abdominal pain.\n" + frame.format(a=a, b=b)), want
    # the specimen first: its size stays the chosen one; one size alone keeps its whole clause
    yield CASE.format("A 47-year-old woman had pain.\nThe resected tumour measured 1.8 cm, although CT had estimated 2.5 cm."), "18"
    yield CASE.format("A 47-year-old woman had pain.\nIn the resected specimen, on careful slicing, the tumour was 14 mm."), "14"


test_grid_a_specimen_cue_belongs_to_its_own_size = grid_test(two_size_cells, tumour_size, "tumor_size_mm")
