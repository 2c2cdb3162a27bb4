"""Grids of size, age, sex, Ki-67 and mitoses wordings found by probing in round 6 (helper r6-num):
dimensions with a hyphen before their sign or unit ('a 4- x 3-cm mass'), a size measured of a pronoun
that opens its sentence ('... a mass in the tail. It measured 3 cm'), a header with the age first
('Patient: 52 years, male'), an infant's age in weeks or days, sex words beside an age ('housewife',
'businessman', 'pregnant'), an abbreviation's point before a Ki-67 value ('approx. 5%'), a hot spot's
greatest value ('3% overall and up to 8% in hot spots') and two tumours' values in one clause ('25% in the
liver metastasis and 8% in the primary tumour').

Each grid crosses the parts of one shape and pairs every absence with a presence in the same frame, so it
fails when its extractor finds nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- dimensions with a hyphen before the sign or the unit ----------------------------------------------------
# 'a 4- x 3-cm mass' is 40 x 30, not 30: the hyphen of a compound adjective may follow each number.
HYPHEN_DIMS = [("4- × 3-cm", "40 x 30"), ("4- x 3-cm", "40 x 30"), ("4-by-3-cm", "40 x 30"),
               ("4-cm × 3-cm", "40 x 30"), ("2.5- × 2- × 1.5-cm", "25 x 20 x 15"), ("25- x 18-mm", "25 x 18"),
               ("4 × 3-cm", "40 x 30"), ("4 × 3 cm", "40 x 30")]
HYPHEN_FRAMES = ["On examination she had a {d} mass in the right breast.",
                 "Ultrasound showed a {d} hypoechoic lesion in the pancreatic head.",
                 "Endoscopy revealed a {d} submucosal tumour in the duodenal bulb."]


def hyphen_cells():
    for (dims, want), frame in itertools.product(HYPHEN_DIMS, HYPHEN_FRAMES):
        yield CASE.format(frame.format(d=dims)), want


@pytest.mark.fields("tumor_size_mm")
def test_grid_size_dimensions_with_hyphens(run):
    assert_grid(run, hyphen_cells(), lambda row, want: row["tumor_size_mm"] == want)


# --- a size measured of a pronoun that opens its sentence ----------------------------------------------------
# 'A solid mass was seen in the pancreatic tail (Figure 1). It measured 34 mm.' ('Its size was ...', 'The
# maximal diameter was ...'): the lesion of the sentence before. A node, a metastasis or a cyst named there
# keeps the size out, as does a sentence naming no lesion.
LESION_SENTENCES = ["A solid mass was seen in the pancreatic tail on CT (Figure 1).",
                    "Endoscopy revealed a submucosal tumour in the duodenal bulb.",
                    "A hypoechoic lesion was found in the head of the pancreas.",
                    "Colonoscopy showed a yellowish polyp in the lower rectum."]
NOT_LESION_SENTENCES = ["An enlarged lymph node was seen beside the pancreas.",
                        "A liver metastasis was seen in segment 4.",
                        "A simple cyst was seen in the pancreatic tail.",
                        "The patient underwent a distal pancreatectomy."]
PRONOUN_SIZES = [("It measured {v} mm.", "{v}"), ("It measured approximately {v} mm.", "{v}"),
                 ("It measured {v} x 12 mm in diameter.", "{v} x 12"), ("Its size was {v} x 12 mm on CT.", "{v} x 12"),
                 ("The maximal diameter was {v} mm.", "{v}"), ("The largest diameter was about {v} mm.", "{v}"),
                 ("It was {v} mm in diameter.", "{v}"), ("It was {v} mm in greatest dimension.", "{v}")]
NOT_MEASURED = ["It was {v} mm from the pancreatic duct.", "It lay {v} mm deep to the capsule."]


def pronoun_cells():
    for sentence, (frame, want), v in itertools.product(LESION_SENTENCES, PRONOUN_SIZES, ("18", "34")):
        yield CASE.format(f"{sentence} {frame.format(v=v)}"), want.format(v=v)
    for sentence, (frame, _), v in itertools.product(NOT_LESION_SENTENCES, PRONOUN_SIZES, ("18", "34")):
        yield CASE.format(f"{sentence} {frame.format(v=v)}"), None
    for sentence, frame, v in itertools.product(LESION_SENTENCES, NOT_MEASURED, ("18", "34")):
        yield CASE.format(f"{sentence} {frame.format(v=v)}"), None


@pytest.mark.fields("tumor_size_mm")
def test_grid_size_measured_of_a_pronoun(run):
    assert_grid(run, pronoun_cells(), lambda row, want: row["tumor_size_mm"] == want)


# --- age first in a header, an infant's age in weeks or days ----------------------------------------------------
HEADER_AGES = [("Patient: {a} years, {s}. {p} presented with flushing.", "{a}"),
               ("The patient ({a} years, {s}) presented with flushing.", "{a}"),
               ("Patient: {a} years old, {s}. Flushing for a year.", "{a}"),
               ("Our patient ({a} yrs, {s}) had flushing for a year.", "{a}")]
INFANT_AGES = [("A {n}-week-old {noun} presented with hypoglycaemia.", 52),
               ("A {n}-day-old {noun} presented with hypoglycaemia.", 365),
               ("A {n} week old {noun} presented with hypoglycaemia.", 52),
               ("A {n}-days-old {noun} presented with hypoglycaemia.", 365)]


def header_age_cells():
    for (frame, want), a, (sex, pronoun) in itertools.product(HEADER_AGES, ("52", "67"),
                                                            (("male", "He"), ("female", "She"))):
        yield CASE.format(frame.format(a=a, s=sex, p=pronoun)), (want.format(a=a), sex)
    infants = (("boy", "male"), ("girl", "female"))
    for (frame, per_year), n, (noun, sex) in itertools.product(INFANT_AGES, (2, 10), infants):
        age = round(n / per_year, 2)
        yield CASE.format(frame.format(n=n, noun=noun)), (f"{age:g}", sex)


@pytest.mark.fields("age", "sex")
def test_grid_age_first_headers_and_infant_ages(run):
    assert_grid(run, header_age_cells(), lambda row, want: (row["age"], row["sex"]) == want)


# --- sex words beside an age ------------------------------------------------------------------------------------
# 'a 47-year-old housewife': the noun says the sex as 'woman' does; with no sex word, no sex.
SEX_WORDS = [("housewife", "female"), ("businessman", "male"), ("businesswoman", "female"),
             ("pregnant patient", "female"), ("pregnant", "female"), ("retired teacher", None),
             ("patient", None)]
SEX_FRAMES = ["A {a}-year-old {w} presented with a neck mass.", "We report a {a}-year-old {w} with flushing.",
              "A {a}-year-old {w} at 30 weeks of gestation had hypertension."]


def sex_word_cells():
    for (word, sex), frame, a in itertools.product(SEX_WORDS, SEX_FRAMES, ("41", "58")):
        if "gestation" in frame and sex != "female" and sex is not None:
            continue
        yield CASE.format(frame.format(a=a, w=word)), sex


@pytest.mark.fields("sex")
def test_grid_sex_words_beside_an_age(run):
    assert_grid(run, sex_word_cells(), lambda row, want: row["sex"] == want)


# --- Ki-67: an abbreviation's point, a hot spot's greatest value, two tumours' values in one clause -------------
OPENING = "A 58-year-old man had a well-differentiated neuroendocrine tumour of the pancreatic tail. "
APPROX_FRAMES = ["Ki-67: approx. {v}%.", "The Ki-67 index was approx. {v}%.", "Ki-67 ca. {v}% (hot spot).",
                 "The MIB-1 labelling index was approx. {v} % in the resected tumour."]
HOTSPOT_FRAMES = ["Ki-67 was {lo}% overall and up to {hi}% in hotspot areas.",
                  "The Ki-67 index was {lo}% in most of the tumour and up to {hi}% in hot spots.",
                  "Ki-67 labelling was {lo}% elsewhere and {hi}% in hot spots."]


def approx_cells():
    for frame, v in itertools.product(APPROX_FRAMES, ("3", "15")):
        yield CASE.format(OPENING + frame.format(v=v)), (v, v)
    for frame, (lo, hi) in itertools.product(HOTSPOT_FRAMES, (("2", "6"), ("10", "25"))):
        yield CASE.format(OPENING + frame.format(lo=lo, hi=hi)), (lo, hi)


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_ki67_abbreviated_approximation_and_hot_spot_extent(run):
    assert_grid(run, approx_cells(), lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)


# The index tumour's value comes second: the first is another tumour's or an earlier sample's. With the
# order turned round, or an index tumour's value followed by a later sample's, the first value stays.
TWO_TUMOUR_FRAMES = [
    ("The Ki-67 index was {a}% in the liver metastasis and {b}% in the primary tumour.", "b"),
    ("The Ki-67 index was {a}% in the nodal metastasis, and {b}% in the resected primary.", "b"),
    ("Ki-67 labelling index was {a}% in the biopsy specimen and {b}% in the surgical specimen.", "b"),
    ("The Ki-67 index of the liver metastasis was {a}%, whereas that of the primary tumour was {b}%.", "b"),
    ("The MIB-1 index of the lymph node deposit was {a}%, while the primary tumour showed {b}%.", "b"),
    ("The Ki-67 index was {a}% in the primary tumour and {b}% in the liver metastasis.", "a"),
    ("The Ki-67 index was {a}% on the first biopsy and rose to {b}% at recurrence.", "a"),
    ("The Ki-67 index of the primary tumour was {a}%, whereas that of the liver metastasis was {b}%.", "a"),
]


def two_tumour_cells():
    for (frame, which), (a, b) in itertools.product(TWO_TUMOUR_FRAMES, (("25", "8"), ("3", "12"))):
        v = a if which == "a" else b
        yield CASE.format(OPENING + frame.format(a=a, b=b)), (v, v)


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_ki67_two_tumours_in_one_clause(run):
    assert_grid(run, two_tumour_cells(), lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)


# --- an age in brackets or commas after the person; the title's age when the text states none --------------
AFTER_PERSON = ["A {noun} ({a} y) presented with flushing.", "A {noun}, {a} years, presented with flushing.",
                "Our {noun} ({a} years old) presented with flushing.", "A {noun} ({a} yrs) had flushing for a year."]


def after_person_cells():
    for frame, a, (noun, sex) in itertools.product(AFTER_PERSON, ("47", "63"), (("woman", "female"), ("man", "male"))):
        yield CASE.format(frame.format(noun=noun, a=a)), (a, sex)
    # a duration in brackets after another noun is no age
    for a in ("12", "30"):
        yield CASE.format(f"A smoker (for {a} years) presented with cough."), (None, None)


@pytest.mark.fields("age", "sex")
def test_grid_age_after_the_person(run):
    assert_grid(run, after_person_cells(), lambda row, want: (row["age"], row["sex"]) == want)


TITLES = ["Insulinoma in a {a}-year-old {noun}: a case report", "A {a}-year-old {noun} with a rectal carcinoid",
          "Ileal neuroendocrine tumour presenting as bowel obstruction in a {a}-year-old {noun}"]
TITLE_BODIES = [("The patient presented with recurrent confusion before breakfast. Glucose was 2.1 mmol/L.", "title"),
                ("A {b}-year-old {noun} presented with recurrent confusion before breakfast.", "body")]


def title_cells():
    for title, (body, which), (noun, sex) in itertools.product(TITLES, TITLE_BODIES, (("woman", "female"),
                                                                                         ("man", "male"))):
        text = f"{title.format(a='45', noun=noun)}\n\nAbstract\nWe describe a rare tumour.\n\nCase presentation\n" \
               f"{body.format(b='46', noun=noun)}\n"
        yield text, ("45" if which == "title" else "46", sex)
    # a title with no age: nothing to read
    yield "Insulinoma: a case report\n\nCase presentation\nThe patient had confusion.\n", (None, None)


@pytest.mark.fields("age", "sex")
def test_grid_age_and_sex_from_the_title_when_the_text_states_none(run):
    assert_grid(run, title_cells(), lambda row, want: (row["age"], row["sex"]) == want)


# --- mitoses: two tumours' counts in one clause ----------------------------------------------------------------
MITOSES_FRAMES = [
    ("The mitotic count was {a} per 10 HPF in the liver metastasis and {b} per 10 HPF in the primary tumour.", "b"),
    ("Mitoses numbered {a}/10 HPF in the nodal metastasis, and {b}/10 HPF in the resected primary.", "b"),
    ("The mitotic rate was {a} per 2 mm2 in the biopsy and {b} per 2 mm2 in the surgical specimen.", "b"),
    ("The mitotic count was {a} per 10 HPF in the primary tumour and {b} per 10 HPF in the liver metastasis.", "a"),
    ("The mitotic count was {a} per 10 HPF at diagnosis and {b} per 10 HPF at recurrence.", "a"),
    ("There were {a} mitoses per 10 HPF in the hot spots and {b} per 10 HPF elsewhere.", "a"),
]


def mitoses_cells():
    for (frame, which), (a, b) in itertools.product(MITOSES_FRAMES, (("25", "4"), ("3", "12"))):
        v = a if which == "a" else b
        per = "2 mm2" if "mm2" in frame else "10 HPF"
        yield CASE.format(OPENING + frame.format(a=a, b=b)), (v, v, per)


@pytest.mark.fields("mitoses_low", "mitoses_high", "mitoses_per")
def test_grid_mitoses_two_tumours_in_one_clause(run):
    assert_grid(run, mitoses_cells(),
                lambda row, want: (row["mitoses_low"], row["mitoses_high"], row["mitoses_per"]) == want)


# --- Ki-67 with its unit before the value, as a flattened table row gives it ------------------------------------
UNIT_FIRST = [("Ki-67 index (%): {v}", ("{v}", "{v}")), ("Ki-67 (%) {v}", ("{v}", "{v}")),
              ("MIB-1 labelling index (%): {v}", ("{v}", "{v}")), ("Ki-67 LI (%): <{v}", (None, "{v}")),
              ("Ki-67 index (%): {v}-{w}", ("{v}", "{w}"))]
UNIT_FIRST_ABSENT = ["Ki-67 index (%): not done", "Ki-67 (%) n/a"]


def unit_first_cells():
    for (row, want), (v, w) in itertools.product(UNIT_FIRST, (("3", "5"), ("12", "15"))):
        for lead in ("Immunohistochemistry: chromogranin A positive; ", "Pathology of the resected tumour. "):
            yield CASE.format(OPENING + lead + row.format(v=v, w=w) + "."), tuple(
                x.format(v=v, w=w) if x else None for x in want)
    for row in UNIT_FIRST_ABSENT:
        yield CASE.format(OPENING + row + "."), (None, None)


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_ki67_unit_before_the_value(run):
    assert_grid(run, unit_first_cells(), lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)
