"""Grids of pathology wordings found in the error analysis of round 4 (helper r4-path): sizes printed with a
raised decimal point or with their dimensions in brackets, a lesion 'measuring up to' its greatest extent,
and marker spellings that immunohistochemistry reports use.

Each grid crosses the parts of one shape and pairs every absence with a presence in the same frame, so it
fails when its extractor finds nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

OPENING = "A 58-year-old woman was diagnosed with a pancreatic neuroendocrine tumour. "


# --- a size with a raised decimal point, or with its dimensions in brackets --------------------------------
# Some journals print the decimal point raised ('4·2 cm': middle dot, bullet or dot operator); it is a decimal
# point between two digits and nowhere else. Dimensions in brackets before their unit ('a (42 × 37) mm
# mass') are one size, as without the brackets.
RAISED = ["\u00b7", "\u2219", "\u22c5"]
SIZE_FRAMES = ["Contrast CT showed a {s} mass in the pancreatic head.",
               "Endoscopic ultrasound revealed a hypoechoic lesion of {s} in the pancreatic body.",
               "The resected tumour measured {s}."]
RAISED_SIZES = [("4{d}2 cm", "42"), ("4{d}2 × 3{d}1 cm", "42 x 31"), ("2{d}5 x 1{d}5 x 1{d}0 cm", "25 x 15 x 10"),
                ("18{d}5 mm", "18.5")]
BRACKETED = [("(42 × 37) mm", "42 x 37"), ("( 42 x 37 ) mm", "42 x 37"), ("(4.2 × 3.7) cm", "42 x 37"),
             ("(42 × 37 × 30) mm", "42 x 37 x 30")]


def size_cells():
    for (size, want), d, frame in itertools.product(RAISED_SIZES, RAISED, SIZE_FRAMES):
        yield CASE.format(OPENING + frame.format(s=size.format(d=d))), want
    for (size, want), frame in itertools.product(BRACKETED, SIZE_FRAMES):
        yield CASE.format(OPENING + frame.format(s=size)), want
    # a raised dot that is no decimal point (a list bullet, a dot between words) makes no size
    for d in RAISED:
        yield CASE.format(OPENING + f"Findings {d} a soft pancreas {d} no duct dilatation."), None
    # brackets around something else than dimensions: the size is still read as written
    yield CASE.format(OPENING + "Contrast CT showed a mass (arterial phase) of 42 mm in the pancreatic head."), "42"


@pytest.mark.fields("tumor_size_mm")
def test_grid_size_with_a_raised_decimal_point_or_bracketed_dimensions(run):
    assert_grid(run, size_cells(), lambda row, want: row["tumor_size_mm"] == want)


# --- 'measuring up to' states the greatest extent ----------------------------------------------------------
# 'up to 9 cm' after a measure verb is the lesion's largest dimension ('a cyst-like mass measuring up to 9
# cm'); without the verb it stays a bound over several lesions or a population ('lesions of up to 2 cm',
# 'tumours up to 2 cm are resected endoscopically') and is no size.
EXTENT_FRAMES = ["Ultrasound showed a solid mass in the pancreatic tail {v} up to {n} cm.",
                 "CT demonstrated a well-circumscribed tumour {v} up to {n} cm in its greatest dimension.",
                 "The resected specimen contained a firm tumour that {v} up to {n} cm."]
VERBS = {0: ["measuring", "measured"], 1: ["measuring", "measured"], 2: ["measured", "measures"]}
BOUNDS = ["Lesions of up to {n} cm were scattered through the pancreas.",
          "Tumours up to {n} cm in size can be removed endoscopically."]


def extent_cells():
    for (i, frame), n in itertools.product(enumerate(EXTENT_FRAMES), ["3", "4.5", "11"]):
        for v in VERBS[i]:
            yield CASE.format(OPENING + frame.format(v=v, n=n)), str(round(float(n) * 10, 1)).removesuffix(".0")
    for frame, n in itertools.product(BOUNDS, ["2", "3"]):
        yield CASE.format(OPENING + frame.format(n=n)), None


@pytest.mark.fields("tumor_size_mm")
def test_grid_measuring_up_to_is_the_greatest_extent(run):
    assert_grid(run, extent_cells(), lambda row, want: row["tumor_size_mm"] == want)


# --- a measure noun and 'of' before the size; three sides before a cubic unit ------------------------------
# 'a NET of the bile duct, with a diameter of 35 mm': the noun and 'of' say the size is measured, as a measure
# verb does, so the size belongs to the lesion named earlier in the sentence. Three sides followed by a cubic
# unit ('5.5 × 4.5 × 4 cm3') are the size; a single number before it is a volume, no size.
LESIONS = ["a NET in the common bile duct", "a neuroendocrine tumour of the ampulla", "a carcinoid in the ileum"]
MEASURE_TAILS = [(", with a diameter of 35 mm", "35"), (", with a maximum diameter of 3.5 cm", "35"),
                 (" with a size of 35 mm", "35"), (", with a volume of 3.5 × 2.5 × 2 cm3", "35 x 25 x 20"),
                 (", measuring 3.5 × 2.5 × 2 cm3", "35 x 25 x 20"), (" with a volume of 12 cm3", None),
                 (", at a distance of 35 mm from the papilla", None)]
LESION_OPENINGS = ["We report {l}{t}.", "Endoscopic ultrasound found {l}{t}."]


def measure_noun_cells():
    for lesion, (tail, want), opening in itertools.product(LESIONS, MEASURE_TAILS, LESION_OPENINGS):
        yield CASE.format("A 49-year-old man had jaundice. " + opening.format(l=lesion, t=tail)), want


@pytest.mark.fields("tumor_size_mm")
def test_grid_measure_noun_of_and_three_sides_before_a_cubic_unit(run):
    assert_grid(run, measure_noun_cells(), lambda row, want: row["tumor_size_mm"] == want)


# --- a size with its number spelled out ----------------------------------------------------------------------
# 'a two-centimetre mass', 'measured twenty-five millimetres': the number word and the unit, with a hyphen or a
# space, are a size as digits are; a spelled distance ('two centimetres from the anal verge') is none.
SPELLED = {"two": 2, "three": 3, "four": 4, "eleven": 11}
SPELLED_UNITS = [("-centimetre", 10), ("-centimeter", 10), (" centimetre", 10), (" cm", 10), ("-millimetre", 1),
                 (" millimeter", 1)]
SPELLED_FRAMES = ["CT showed a {s} solid mass in the pancreatic tail.",
                  "Endoscopy revealed a {s} submucosal tumour in the rectum."]


def spelled_cells():
    for (word, number), (unit, factor), frame in itertools.product(SPELLED.items(), SPELLED_UNITS, SPELLED_FRAMES):
        yield CASE.format(OPENING + frame.format(s=word + unit)), str(number * factor)
    yield CASE.format(OPENING + "The resected tumour measured twenty-five millimetres."), "25"
    for word in SPELLED:
        yield CASE.format(OPENING + f"A polyp lay {word} centimetres from the anal verge."), None


@pytest.mark.fields("tumor_size_mm")
def test_grid_size_with_its_number_spelled_out(run):
    assert_grid(run, spelled_cells(), lambda row, want: row["tumor_size_mm"] == want)


# --- a mass in a lobe of the brain is no primary's size ------------------------------------------------------
# 'a left frontal 2.6 cm mass' on a head CT is a brain lesion, as a cerebral one is: a metastasis of a NET
# found elsewhere, or of an unknown primary. The primary's own size still counts in the same report.
LOBES = ["frontal", "parietal", "occipital"]
HEAD_FRAMES = ["Head CT showed a left {lobe} 2.6 × 1.5 cm mass.",
               "MRI of the brain revealed a 26 mm right {lobe} lesion.",
               "A {lobe} enhancing mass of 26 mm was seen on MRI."]


def brain_lobe_cells():
    for lobe, frame in itertools.product(LOBES, HEAD_FRAMES):
        yield CASE.format("A 70-year-old man had seizures. " + frame.format(lobe=lobe)), None
        yield CASE.format("A 70-year-old man had seizures. " + frame.format(lobe=lobe)
                          + " CT of the abdomen then showed a 41 mm mass in the pancreatic tail."), "41"


@pytest.mark.fields("tumor_size_mm")
def test_grid_a_mass_in_a_lobe_of_the_brain_is_no_primary_size(run):
    assert_grid(run, brain_lobe_cells(), lambda row, want: row["tumor_size_mm"] == want)


# --- marker spellings of immunohistochemistry reports ------------------------------------------------------
# A CD number with a hyphen ('CD-56') is the CD number; 'neuro-specific enolase' is NSE; 'HER2neu' and
# 'HER-2Neu' are HER2; the keratin clone 'AE1/3' is cytokeratin (AE1/AE3). A figure call glued to a marker
# ('synaptophysin(Fig. 2b)', 'chromogranin(3c)') does not hide it.
SPELLINGS = [("CD-56", "CD56"), ("CD-117", "CD117"), ("neuro-specific enolase", "NSE"),
             ("neuro specific enolase", "NSE"),
             ("HER2neu", "HER2"), ("HER-2Neu", "HER2"), ("AE1/3", "cytokeratin (AE1/AE3)"),
             ("synaptophysin(Fig. 2b)", "synaptophysin"), ("chromogranin(3c)", "chromogranin A"),
             ("synaptophysin(Figure 4)", "synaptophysin")]
MARKER_FRAMES = [  # (frame, the sign it gives the marker, the other markers it names: positive, negative)
    ("Immunohistochemistry showed that the tumour cells were positive for {m}.", "+", set(), set()),
    ("The neoplastic cells stained strongly for {m} and were negative for CK20.", "+", set(), {"CK20"}),
    ("The tumour cells were negative for {m} but positive for CK7.", "-", {"CK7"}, set()),
    ("The tumour cells did not express {m}.", "-", set(), set())]


def marker_cells():
    for (written, name), (frame, sign, positive, negative) in itertools.product(SPELLINGS, MARKER_FRAMES):
        want = (positive | {name}, negative) if sign == "+" else (positive, negative | {name})
        yield CASE.format(OPENING + frame.format(m=written)), want
    # the same frame with no marker of these spellings: only the other marker is read
    yield CASE.format(OPENING + "The tumour cells were negative for CK20 but positive for CK7."), ({"CK7"}, {"CK20"})


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_marker_spellings(run):
    assert_grid(run, marker_cells(),
                lambda row, want: (set(row["markers_positive"]), set(row["markers_negative"])) == want)


# --- an age whose 'old' was left out ---------------------------------------------------------------------
# 'a 52 years woman', '46 year Caucasian male presented': the age stands right before the person, with at
# most one word between, at a line or sentence start or after 'a', 'an' or 'of'. After a time word it is a
# duration ('after 2 years patient ...'), and the patient's own age elsewhere wins.
AGE_OPENINGS = ["A {n} {y} {adj}{p} presented with recurrent flushing.",
                "{n} {y} {adj}{p} presented with recurrent flushing.",
                "We describe the case of {n} {y} {adj}{p} with recurrent flushing.",
                "History: {n} {y} {adj}{p} referred for recurrent flushing."]
PERSONS = [("woman", "female"), ("man", "male"), ("female", "female"), ("male", "male"), ("lady", "female")]
DURATIONS = ["After 2 years patient developed liver metastases.",
             "For 3 years patient had been treated with octreotide.",
             "Within 5 years male relatives were screened.", "Over 4 years female patients were followed."]


def age_cells():
    for opening, (person, sex), years, adj in itertools.product(AGE_OPENINGS, PERSONS, ["years", "year", "yrs"],
                                                               ["", "Caucasian ", "Asian "]):
        n = "47" if opening[0] != "{" else "63"
        text = opening.format(n=n, y=years, adj=adj, p=person)
        yield CASE.format(text[0].upper() + text[1:] + " A pancreatic neuroendocrine tumour was found."), (n, sex)
    for duration in DURATIONS:
        yield CASE.format(f"The patient is a 58-year-old woman with an ileal NET. {duration}"), ("58", "female")
        yield CASE.format(f"An ileal NET was resected. {duration}"), (None, None)


@pytest.mark.fields("age", "sex")
def test_grid_age_without_old_before_the_person(run):
    assert_grid(run, age_cells(), lambda row, want: (row["age"], row["sex"]) == want)


# --- small cell carcinoma named with its organ, and what 'non' takes away ---------------------------------
# 'small cell lung cancer', 'small cell bladder cancer', 'small-cell neuroendocrine prostate carcinoma' name a
# neuroendocrine carcinoma with the organ inside the phrase; 'non-small cell lung cancer' is not one (a past
# lung cancer of a NET patient), so the NET named beside it decides.
SMALL_CELL = ["small cell lung cancer", "small-cell lung cancer", "small cell bladder cancer", "small cell cancer",
              "small cell neuroendocrine prostate carcinoma", "small-cell neuroendocrine cervical carcinoma",
              "small cell neuroendocrine prostate cancer", "small-cell neuroendocrine bladder cancer"]
HISTOLOGY_FRAMES = ["Biopsy of the mass revealed a {h}.", "The final diagnosis was {h}, stage IV.",
                    "Histology of the resected tumour showed a {h} with extensive necrosis."]
NON_SMALL = ["non-small cell lung cancer", "non-small-cell lung cancer", "non small cell lung cancer",
             "Non-small cell lung cancer"]


def small_cell_cells():
    for h, frame in itertools.product(SMALL_CELL, HISTOLOGY_FRAMES):
        yield CASE.format("A 66-year-old man had weight loss. " + frame.format(h=h)), "NEC"
    for h, frame in itertools.product(NON_SMALL, HISTOLOGY_FRAMES[:2]):
        yield CASE.format("A 66-year-old man had weight loss. " + frame.format(h=h)), None
        yield CASE.format("A 66-year-old man had weight loss. " + frame.format(h=h)
                          + " A well-differentiated neuroendocrine tumour of the ileum was found later."), "NET"


@pytest.mark.fields("histology")
def test_grid_small_cell_carcinoma_with_its_organ_and_non_small_cell(run):
    assert_grid(run, small_cell_cells(), lambda row, want: row["histology"] == want)


# --- a Ki-67 value before its keyword, with or without the cells named -------------------------------------
# '3.5% were positive for Ki-67' says what '3.5% of the tumour cells were positive for Ki-67' says; the value
# is the index. A value of another stain in the same sentence is not.
KI67_VALUES = [("3.5%", ("3.5", "3.5")), ("<2%", (None, "2")), ("about 4%", ("4", "4")), ("10-15%", ("10", "15"))]
KI67_FRAMES = ["The tumour cells were positive for synaptophysin, and {v} were positive for {k}.",
               "Immunohistochemistry showed that {v} of the tumour cells were positive for {k}.",
               "Chromogranin A was expressed by 90% of cells and {v} stained for {k}."]


def ki67_cells():
    for (value, want), frame, keyword in itertools.product(KI67_VALUES, KI67_FRAMES, ["Ki-67", "MIB-1", "Ki67"]):
        yield CASE.format(OPENING + frame.format(v=value, k=keyword)), want
    # no Ki-67 keyword: the percentage belongs to another stain
    yield CASE.format(OPENING + "The tumour cells were positive for synaptophysin, and 80% were positive for CD56."), \
        (None, None)


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_ki67_value_before_its_keyword(run):
    assert_grid(run, ki67_cells(), lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)


# --- somatostatin receptor subtypes after 'of', with 'types' before or after them ---------------------------
# 'somatostatin receptors of 5 and 2 types', 'of types 2 and 5', 'subtypes 2 and 5': SSTR2 and SSTR5, as
# 'somatostatin receptors 2 and 5' are. The receptor without subtypes stays SSTR.
SUBTYPE_LISTS = ["of 5 and 2 types", "of types 2 and 5", "subtypes 2 and 5", "of subtypes 2 and 5", "2 and 5",
                 "of type 2 and 5"]
SSTR_FRAMES = ["Immunohistochemistry showed expression of somatostatin receptors {l}.",
               "The tumour cells were positive for somatostatin receptors {l}.",
               "The tumour cells stained for somatostatin receptors {l} and for chromogranin A."]


def sstr_cells():
    for subtypes, frame in itertools.product(SUBTYPE_LISTS, SSTR_FRAMES):
        extra = {"chromogranin A"} if "chromogranin" in frame else set()
        yield CASE.format(OPENING + frame.format(l=subtypes)), {"SSTR2", "SSTR5"} | extra
    yield CASE.format(OPENING + "The tumour cells were positive for somatostatin receptors."), {"SSTR"}


@pytest.mark.fields("markers_positive")
def test_grid_somatostatin_receptor_subtypes(run):
    assert_grid(run, sstr_cells(), lambda row, want: set(row["markers_positive"]) == want)


# --- an abbreviation defined after the head noun of a class phrase -----------------------------------------
# 'Gastric carcinoid tumours (GCTs) are rare': the abbreviation stands for the class phrase with its head noun,
# and a case text that uses only it ('the final pathology was GCT') names that class.
DEFINITIONS = [("Gastric carcinoid tumours (GCTs) are rare lesions of the stomach.", "GCT", "NET"),
               ("Bronchial carcinoid tumors (BCT) are uncommon.", "BCT", "NET"),
               ("Atypical carcinoid tumours (ACs) are intermediate-grade lesions.", "AC", "NET"),
               ("Typical carcinoid tumors (TC) are slow-growing.", "TC", "NET")]
USES = ["In our patient, the final pathology was {a}.", "The resected lesion of our patient proved to be a {a}.",
        "Biopsy in our patient confirmed {a}."]


def abbreviation_cells():
    for (definition, abbreviation, want), use in itertools.product(DEFINITIONS, USES):
        yield CASE.format(definition + " A 52-year-old woman had epigastric pain. " + use.format(a=abbreviation)), want
        # the definition alone, a statement about the class, names nothing of the patient's
        yield CASE.format(definition + " A 52-year-old woman had epigastric pain."), None


@pytest.mark.fields("histology")
def test_grid_abbreviation_after_the_head_noun(run):
    assert_grid(run, abbreviation_cells(), lambda row, want: row["histology"] == want)
