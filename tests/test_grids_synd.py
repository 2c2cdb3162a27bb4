"""Grids of the wordings by which a report states its patient's hormonal syndrome (functional_syndrome).

Real reports often name the syndrome only in the title ('Insulinoma presenting as ...'): the title
names the index patient's tumour, as it does for the primary site, even though its section (front
matter) feeds no row. A tumour named by its hormone in brackets after the hormone's full name
('growth hormone-releasing hormone (GHRH)-secreting carcinoid') states the syndrome as the bare
abbreviation does; and the ectopic ACTH syndrome is written with British and American spellings of
the hormone ('adrenocorticotrophic', 'corticotropin'). Each presence is paired with an absence (a plural
title naming the class, a stain, a negation), so the grids fail when the extractor finds nothing."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

BODY = CASE.format("A 54-year-old woman was admitted with recurrent episodes of confusion.")
NOUNS = ["insulinoma", "gastrinoma", "VIPoma", "glucagonoma", "somatostatinoma"]
TITLES = [
    "{Noun} presenting as a seizure disorder",
    "A case of {noun} with weight loss",
    "{Noun} of the pancreatic tail: report of a case and literature review",
    "Recurrent {noun} in a 54-year-old woman",
    "Metastatic {noun} treated with everolimus",
]


def syndrome_is(expected):
    return lambda row, _: sorted(row["functional_syndrome"] or []) == sorted(expected)


def title_cells():
    for noun, title in itertools.product(NOUNS, TITLES):
        text = title.format(noun=noun, Noun=noun[0].upper() + noun[1:])
        yield f"{text}\n\n{BODY}", [noun]
    for noun in NOUNS:  # a plural names the class, not this tumour
        yield f"{noun[0].upper() + noun[1:]}s: a review of forty years of surgery\n\n{BODY}", []


@pytest.mark.fields("functional_syndrome")
def test_grid_syndrome_named_in_the_title(run):
    assert_grid(run, title_cells(), lambda row, e: syndrome_is(e)(row, e))


HORMONES = {  # full name (abbreviation) -> canonical
    "adrenocorticotropic hormone (ACTH)": "ectopic ACTH",
    "growth hormone-releasing hormone (GHRH)": "ectopic GHRH",
    "vasoactive intestinal peptide (VIP)": "VIPoma",
    "parathyroid hormone-related protein (PTHrP)": "PTHrP",
}
VERBS = ["-secreting", " secreting", "-producing", " producing"]
FRAMES = [
    "Histology confirmed a {h}{v} carcinoid tumour of the lung.",
    "The final diagnosis was a {h}{v} pancreatic neuroendocrine tumour.",
]
STAIN_FRAME = "On immunostaining, scattered {h}{v} cells were seen in a rectal neuroendocrine tumour."


def bracket_cells():
    for (hormone, canonical), verb, frame in itertools.product(HORMONES.items(), VERBS, FRAMES):
        yield CASE.format(frame.format(h=hormone, v=verb)), [canonical]
    # cells on a slide: a stain, no syndrome (a bare 'PTHrP' names the syndrome itself, so it is left out)
    for hormone, verb in itertools.product(list(HORMONES)[:3], VERBS):
        yield CASE.format(STAIN_FRAME.format(h=hormone, v=verb)), []


@pytest.mark.fields("functional_syndrome")
def test_grid_hormone_abbreviation_in_brackets_before_the_verb(run):
    assert_grid(run, bracket_cells(), lambda row, e: syndrome_is(e)(row, e))


ACTH_NAMES = ["ectopic adrenocorticotropic hormone", "ectopic adrenocorticotrophic hormone",
              "ectopic adrenocorticotropic", "ectopic adrenocorticotrophic", "ectopic corticotropin",
              "ectopic corticotrophin", "ectopic ACTH"]
ACTH_FRAMES = [
    "Tests confirmed {n}-dependent Cushing syndrome from a bronchial carcinoid.",
    "She was diagnosed with {n} secretion by a thymic neuroendocrine tumour.",
    "Her hypokalaemia was due to {n} syndrome.",
]
ACTH_NEGATED = "A 54-year-old woman with a bronchial carcinoid; {n} secretion was excluded."


def acth_cells():
    for name, frame in itertools.product(ACTH_NAMES, ACTH_FRAMES):
        yield CASE.format(frame.format(n=name)), ["ectopic ACTH"]
    for name in ACTH_NAMES:
        yield CASE.format(ACTH_NEGATED.format(n=name)), []


@pytest.mark.fields("functional_syndrome")
def test_grid_ectopic_acth_spellings(run):
    assert_grid(run, acth_cells(), lambda row, e: syndrome_is(e)(row, e))


SYNDROME_NAMES = {"carcinoid crisis": "carcinoid syndrome", "carcinoid syndrome": "carcinoid syndrome",
                  "gastrinoma": "gastrinoma", "insulinoma": "insulinoma", "VIPoma": "VIPoma"}
NOT_STATED = [  # a risk guarded against, a test that rules it out: no syndrome of this patient
    "Octreotide was given before the operation to prevent a {s}.",
    "Octreotide cover was started for prevention of {s}.",
    "An octreotide infusion was run during surgery to avoid a {s}.",
    "Her fasting hormone levels were normal, ruling out a {s}.",
    "Her fasting hormone levels were normal, excluding a {s}.",
    "She had no symptoms of {s}.",
    "During two years of octreotide, a {s} did not develop.",
]
STATED = [
    "Her flushing and diarrhoea were due to a {s}.",
    "The work-up confirmed a {s} of the pancreatic head.",
]


def ruled_out_cells():
    for (name, canonical), frame in itertools.product(SYNDROME_NAMES.items(), STATED + NOT_STATED):
        yield CASE.format(frame.format(s=name)), [canonical] if frame in STATED else []


@pytest.mark.fields("functional_syndrome")
def test_grid_syndrome_prevented_or_ruled_out_is_not_stated(run):
    assert_grid(run, ruled_out_cells(), lambda row, e: syndrome_is(e)(row, e))


SILENT_WORDS = ["non-functioning", "nonfunctioning", "non-functional", "nonfunctional", "non-secretory",
                "hormonally inactive", "hormonally silent"]
SILENT_FRAMES = [
    "Her pancreatic neuroendocrine tumour was {w}.",
    "A {w} pancreatic neuroendocrine tumour was resected.",
]


def silent_cells():
    for word, frame in itertools.product(SILENT_WORDS, SILENT_FRAMES):
        yield CASE.format(frame.format(w=word)), ["non-functioning"]
        # a syndrome named in the same report wins over the silence of another lesion
        yield CASE.format(frame.format(w=word) + " Two years later a gastrinoma was found in her duodenum."), ["gastrinoma"]


@pytest.mark.fields("functional_syndrome")
def test_grid_non_functioning_wordings(run):
    assert_grid(run, silent_cells(), lambda row, e: syndrome_is(e)(row, e))


NOT_A_NAME = [  # a place named after a tumour, a resemblance: no syndrome, and no tumour class either
    ("The duodenal lesion lay within the {n} triangle.", "gastrinoma"),
    ("CT showed a 2-cm node in the {n} triangle.", "gastrinoma"),
    ("She described {n}-like episodes of sweating.", "insulinoma"),
    ("He reported {n}-like attacks of flushing.", "carcinoid syndrome"),
]


def not_a_name_cells():
    for frame, name in NOT_A_NAME:
        yield CASE.format(frame.format(n=name)), ([], None)
        yield CASE.format(frame.format(n=name) + f" Surgery then confirmed a {name}."), (
            [name], None if name == "carcinoid syndrome" else "NET")


@pytest.mark.fields("functional_syndrome", "histology")
def test_grid_a_place_or_a_resemblance_is_no_syndrome(run):
    assert_grid(run, not_a_name_cells(), lambda row, e: sorted(row["functional_syndrome"] or []) == e[0]
                and row["histology"] == e[1])


REFERENCES = [  # a reference list with no header, below a report with no headers either
    "Brandt KL, Oswald P. {t}. In: Keller R, ed. Endocrine surgery. 3rd ed. Berlin: Hoffmann; 2011.",
    "Ortega M, Lind JB, et al. {t}. Clin Endocr Surg. 2015;8(2):101-9.",
    "Haas W. {t}. In: Haas W, Roth E, eds. Tumours of the gut. Vienna: Lenz; 1998.",
]
REFERENCE_TITLES = {"Carcinoid syndrome and its heart": "carcinoid syndrome",
                    "Surgery for insulinoma": "insulinoma", "Imaging of gastrinoma": "gastrinoma"}
HEADERLESS = "A 58-year-old man had an ileal neuroendocrine tumour resected.{stated}\n\n{refs}\n"


def reference_cells():
    for (title, canonical), shape in itertools.product(REFERENCE_TITLES.items(), REFERENCES):
        refs = "\n".join(r.format(t=title if r is shape else "Neuroendocrine tumours") for r in REFERENCES)
        yield HEADERLESS.format(stated="", refs=refs), []
        yield HEADERLESS.format(stated=f" Before surgery he had a {canonical}.", refs=refs), [canonical]


@pytest.mark.fields("functional_syndrome")
def test_grid_a_reference_title_is_no_syndrome(run):
    assert_grid(run, reference_cells(), lambda row, e: syndrome_is(e)(row, e))


NE_ORGANS = ["", "breast ", "gastric ", "cervical ", "prostatic ", "cell "]
NE_FRAMES = ["The final diagnosis was a NE {o}carcinoma.", "Core biopsy and immunostains confirmed a NE {o}carcinoma.",
             "She was treated for a NE {o}carcinoma with cisplatin and etoposide."]
NOT_NE_CARCINOMA = [  # 'NE' as a compass point, NE markers in another tumour's description: the carcinoid decides
    "The mass lay in the NE quadrant of the {o}field; histology showed a carcinoid.",
    "NE markers were weak in the surrounding {o}tissue; histology showed a carcinoid.",
]


def ne_cells():
    for organ, frame in itertools.product(NE_ORGANS, NE_FRAMES):
        yield CASE.format(frame.format(o=organ)), "NEC"
    for organ, frame in itertools.product(NE_ORGANS, NOT_NE_CARCINOMA):
        yield CASE.format(frame.format(o=organ)), "NET"


@pytest.mark.fields("histology")
def test_grid_histology_ne_abbreviation(run):
    assert_grid(run, ne_cells(), lambda row, e: row["histology"] == e)


OTHER_ADENOMAS = ["adrenal adenoma", "pituitary adenoma", "pituitary macroadenoma", "adrenal incidentaloma", "adenoma"]
ADENOMA_FRAMES = [  # a non-functioning adenoma of another gland says nothing of the NET
    "CT also showed a {w} {a}; her pancreatic neuroendocrine tumour was resected.",
    "Beside the pancreatic neuroendocrine tumour, MRI found a {w} {a}.",
]


def adenoma_cells():
    for word, adenoma, frame in itertools.product(SILENT_WORDS[:4], OTHER_ADENOMAS, ADENOMA_FRAMES):
        yield CASE.format(frame.format(w=word, a=adenoma)), []
        yield CASE.format(frame.format(w=word, a=adenoma) + f" The neuroendocrine tumour was {word} too."), [
            "non-functioning"]


@pytest.mark.fields("functional_syndrome")
def test_grid_a_non_functioning_adenoma_is_another_lesion(run):
    assert_grid(run, adenoma_cells(), lambda row, e: syndrome_is(e)(row, e))


SYNDROME_TESTS = ["Genetic testing for {s}", "Germline testing for {s}", "Screening for {s}", "{s} mutation analysis"]
NOT_DONE = ["was not performed", "was not done", "was not carried out", "was declined", "was not available"]
DONE = ["confirmed {s}", "showed {s}"]


def hereditary_test_cells():
    for syndrome, test, verb in itertools.product(["MEN1", "VHL", "NF1"], SYNDROME_TESTS, NOT_DONE):
        yield CASE.format(test.format(s=syndrome) + f" {verb}."), []
    for syndrome, verb in itertools.product(["MEN1", "VHL", "NF1"], DONE):  # a test that was done and found it
        yield CASE.format("Germline testing " + verb.format(s=syndrome) + "."), [syndrome]


@pytest.mark.fields("hereditary_syndrome")
def test_grid_a_genetic_test_not_done_states_no_syndrome(run):
    """A test for a syndrome that was not done, or declined, says nothing of the syndrome; the same test
    done and positive states it."""
    assert_grid(run, hereditary_test_cells(),
                lambda row, e: sorted(row["hereditary_syndrome"] or []) == sorted(e))
