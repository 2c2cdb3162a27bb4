"""Histology (NET / NEC / MiNEN) and the mitotic count (low, high, area): own-words sentences of the
shapes and traps ANNOTATION.md names, and grids of the commonest wordings. Every absence is paired
with a presence, so each test fails when its extractor finds nothing (tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- histology ---------------------------------------------------------------------------------------
CLASS_PHRASES = {
    "well-differentiated neuroendocrine tumour": "NET", "well differentiated neuroendocrine tumor": "NET",
    "well-differentiated NET": "NET", "NET G2": "NET", "NET G3": "NET", "neuroendocrine tumour, grade 1": "NET",
    "typical carcinoid": "NET", "atypical carcinoid": "NET", "carcinoid tumour": "NET", "insulinoma": "NET",
    "gastrinoma": "NET", "neuroendocrine carcinoma": "NEC", "poorly differentiated neuroendocrine carcinoma": "NEC",
    "small cell carcinoma": "NEC", "small-cell neuroendocrine carcinoma": "NEC",
    "large cell neuroendocrine carcinoma": "NEC", "high-grade NEC": "NEC",
    "small cell oesophageal carcinoma": "NEC", "large cell neuroendocrine tumour": "NEC", "islet cell tumour": "NET",
    "mixed adenoneuroendocrine carcinoma": "MiNEN", "MANEC": "MiNEN",
    "mixed neuroendocrine-non-neuroendocrine neoplasm": "MiNEN", "MiNEN": "MiNEN",
}
HISTOLOGY_FRAMES = [
    "Histology of the resected specimen showed a {p} of the ileum.",
    "The final diagnosis was {p}.",
    "A 58-year-old man was found to have a {p} of the pancreas.",
    "Biopsy of the mass confirmed a {p}.",
    "Immunohistochemistry supported the diagnosis of {p}.",
]


def histology_cells():
    for (phrase, cls), frame in itertools.product(CLASS_PHRASES.items(), HISTOLOGY_FRAMES):
        yield CASE.format(frame.format(p=phrase)), cls


@pytest.mark.fields("histology")
def test_grid_histology_class_phrases(run):
    assert_grid(run, histology_cells(), lambda row, cls: row["histology"] == cls)


# Traps: the row keeps the index tumour's class; the other sentence must not change it.
TRAPS = [
    "The differential diagnosis included small cell carcinoma.",
    "Small cell carcinoma was considered in the differential.",
    "Further stains were done to rule out a neuroendocrine carcinoma.",
    "There was no evidence of a neuroendocrine carcinoma.",
    "Neuroendocrine carcinomas have a poor prognosis.",
    "Large cell neuroendocrine carcinoma is an aggressive tumour.",
]
INDEX = ["The resected tumour was a well-differentiated neuroendocrine tumour, G2.",
         "Pathology showed a typical carcinoid.", "The lesion proved to be an insulinoma."]


def trap_cells():
    for trap, index in itertools.product(TRAPS, INDEX):
        yield CASE.format(f"{trap} {index}"), "NET"
        yield CASE.format(f"{index} {trap}"), "NET"


@pytest.mark.fields("histology")
def test_grid_histology_traps_do_not_change_the_class(run):
    assert_grid(run, trap_cells(), lambda row, cls: row["histology"] == cls)


@pytest.mark.fields("histology")
def test_definitive_pathology_comes_before_the_biopsy(case):
    row = case("A biopsy suggested a neuroendocrine carcinoma. Chemotherapy for a neuroendocrine carcinoma was "
               "planned. The resected specimen showed a NET G2.")
    assert row["histology"] == "NET"
    assert case("A biopsy suggested a neuroendocrine carcinoma.")["histology"] == "NEC"


@pytest.mark.fields("histology")
def test_an_unclassified_neoplasm_gives_no_class(case):
    assert case("Biopsy showed a neuroendocrine neoplasm of the rectum.")["histology"] is None
    assert case("Biopsy showed a neuroendocrine neoplasm of the rectum, a NET G1.")["histology"] == "NET"


@pytest.mark.fields("histology")
def test_minen_wins_over_its_carcinoma_component(case):
    row = case("The colectomy showed a MANEC. The neuroendocrine carcinoma component made up half of it; "
               "the neuroendocrine carcinoma cells were positive for synaptophysin.")
    assert row["histology"] == "MiNEN"


@pytest.mark.fields("histology")
def test_the_discussion_and_plural_class_names_never_count(run):
    text = ("Case presentation\nA woman of 60 had a well-differentiated NET of the rectum.\n\n"
            "Discussion\nNeuroendocrine carcinoma of the rectum is rare. Small cell carcinoma has a poor outlook.\n")
    assert run(text)[0]["histology"] == "NET"
    text = "Case presentation\nShe joined a trial of a new drug for advanced neuroendocrine tumours.\n"
    assert run(text)[0]["histology"] is None
    assert run(text.replace("tumours", "tumour") + "Her tumour was a neuroendocrine tumour.\n")[0]["histology"] == "NET"


@pytest.mark.fields("histology")
def test_carcinoid_syndrome_names_no_tumour_class(case):
    assert case("She had flushing typical of the carcinoid syndrome.")["histology"] is None
    assert case("She had flushing from a carcinoid of the ileum.")["histology"] == "NET"


@pytest.mark.fields("histology")
def test_the_title_and_a_defined_abbreviation_name_the_class(run):
    text = ("Large cell neuroendocrine carcinoma of the tongue: case report and literature review\n\n"
            "Case presentation\nA man of 70 had a mass of the tongue.\n")
    assert run(text)[0]["histology"] == "NEC"
    text = ("Introduction\nAtypical carcinoid (AC) of the thymus is uncommon.\n\n"
            "Case presentation\nThe resected mass was an AC of the thymus.\n")
    assert run(text)[0]["histology"] == "NET"


# --- mitoses -----------------------------------------------------------------------------------------
AREAS = {"per 10 HPF": "10 HPF", "/10 HPF": "10 HPF", "per 10 high-power fields": "10 HPF",
         "in 10 high power fields": "10 HPF", "/10 HPFs": "10 HPF", "per 2 mm²": "2 mm2", "/2 mm2": "2 mm2",
         "per mm2": "1 mm2", "/mm²": "1 mm2", "per 50 HPF": "50 HPF", "": None}
VALUES = {"3": ("3", "3"), "2-4": ("2", "4"), "2 to 4": ("2", "4"), "<2": (None, "2"), "less than 2": (None, "2"),
          "fewer than 2": (None, "2"), ">20": ("20", None), "more than 20": ("20", None), "0": ("0", "0")}
MITOSIS_FRAMES = [
    "The tumour showed {v} mitoses {a}.",
    "The mitotic count was {v} {a}.",
    "Mitotic count: {v} {a}.",
    "There were {v} mitotic figures {a} in the resected tumour.",
    "A mitotic rate of {v} {a} was recorded.",
    "Mitoses numbered {v} {a}.",
]


def mitosis_cells():
    for (v, pair), (a, per), frame in itertools.product(VALUES.items(), AREAS.items(), MITOSIS_FRAMES):
        text = frame.format(v=v, a=a).replace(" .", ".").replace("  ", " ")
        if frame.startswith("Mitoses numbered") and not a:
            continue  # 'Mitoses numbered 3.' is fine, but keep the grid to shapes with a count noun or an area
        yield CASE.format(text), (*pair, per)


def mitoses(row):
    return row["mitoses_low"], row["mitoses_high"], row["mitoses_per"]


@pytest.mark.fields("mitoses_low", "mitoses_high", "mitoses_per")
def test_grid_mitoses_values_and_areas(run):
    assert_grid(run, mitosis_cells(), lambda row, expected: mitoses(row) == expected)


ZERO = ["No mitoses were seen.", "No mitotic figures were found in the sections.",
        "No mitotic activity was present.", "Zero mitoses per 10 HPF were counted."]
NO_NUMBER = ["Mitoses were rare.", "Mitoses were absent.", "Mitotic activity was low.",
             "Mitotic figures were hard to find."]


@pytest.mark.fields("mitoses_low", "mitoses_high")
def test_no_mitoses_is_a_count_of_zero_but_rare_is_no_number(case):
    assert_grid(lambda t: (case(t), None), [(z, ("0", "0")) for z in ZERO],
                lambda row, pair: (row["mitoses_low"], row["mitoses_high"]) == pair)
    assert_grid(lambda t: (case(t + " Later, 4 mitoses per 10 HPF were counted."), None),
                [(n, ("4", "4")) for n in NO_NUMBER],
                lambda row, pair: (row["mitoses_low"], row["mitoses_high"]) == pair)


@pytest.mark.fields("mitoses_low", "mitoses_high", "mitoses_per")
def test_general_statements_and_other_sections_give_no_count(run):
    text = ("Case presentation\nThe resected NET had 3 mitoses per 10 HPF.\n\nDiscussion\n"
            "Mitotic counts above 20 per 10 HPF define G3. Other authors found 12 mitoses per 10 HPF.\n")
    assert mitoses(run(text)[0]) == ("3", "3", "10 HPF")
    text = "Case presentation\nA count of more than 20 mitoses per 10 HPF is required for G3.\n"
    assert mitoses(run(text)[0]) == (None, None, None)
    assert mitoses(run(text + "This tumour had 25 mitoses per 10 HPF.\n")[0]) == ("25", "25", "10 HPF")


@pytest.mark.fields("mitoses_low", "mitoses_high", "mitoses_per")
def test_an_area_alone_and_a_percentage_are_no_count(case):
    assert mitoses(case("Mitoses per 10 HPF were not counted.")) == (None, None, None)
    assert mitoses(case("The mitotic index was 5%.")) == (None, None, None)
    assert mitoses(case("The mitotic index was 5 per 10 HPF.")) == ("5", "5", "10 HPF")


@pytest.mark.fields("mitoses_low", "mitoses_high", "mitoses_per")
def test_the_resected_specimens_count_comes_first(case):
    row = case("The biopsy showed 1 mitosis per 10 HPF. In the resected specimen there were 6 mitoses per 10 HPF.")
    assert mitoses(row) == ("6", "6", "10 HPF")


@pytest.mark.fields("mitoses_low", "mitoses_high")
def test_a_number_inside_another_word_is_no_count(case):
    for other in ("the Ki-67 index was 6%", "the Ki-67 was 6", "the MIB-1 index was 6%"):
        assert mitoses(case(f"The mitotic count was low and {other}.")) == (None, None, None), other
        assert mitoses(case(f"The mitotic count was 2 and {other}."))[:2] == ("2", "2"), other


@pytest.mark.fields("histology")
def test_a_sentence_about_the_man_or_woman_is_no_general_statement(case):
    for person in ("man", "woman"):
        assert case(f"A 38-year-old {person} with a duodenal gastrinoma is described.")["histology"] == "NET"
    assert case("A duodenal gastrinoma is a rare tumour.")["histology"] is None


@pytest.mark.fields("histology")
def test_a_title_in_text_without_line_breaks(run):
    text = ("Primary gastric carcinoid of the antrum: a case report | Example Site Menu Abstract Case presentation "
            "A man of 50 had a gastric mass. It was resected. Discussion Gastric carcinoids are rare.")
    assert run(text)[0]["histology"] == "NET"


@pytest.mark.fields("histology")
def test_a_biopsy_specimen_is_no_definitive_pathology(case):
    text = "A biopsy specimen showed a carcinoid. The surgical specimen showed a neuroendocrine carcinoma."
    assert case(text)["histology"] == "NEC"
    text = "The biopsy specimen showed a neuroendocrine carcinoma. Later a carcinoid was found, and a carcinoid again."
    assert case(text)["histology"] == "NET"


@pytest.mark.fields("histology")
def test_plural_class_names_after_a_diagnosis_word_name_the_patients_tumours(case):
    for cue in ("The diagnosis was", "Biopsy confirmed", "The nodules turned out to be", "She was diagnosed with"):
        assert case(f"{cue} neuroendocrine tumours of the ileum.")["histology"] == "NET", cue
    assert case("She joined a study of octreotide in neuroendocrine tumours of the ileum.")["histology"] is None


@pytest.mark.fields("histology")
def test_an_abbreviation_defined_in_the_plural_is_read_in_the_singular(run):
    # r19: the definition past the topic's reach, so that only the abbreviation names the class in the case
    text = ("Introduction\nIn our experience over many years at this centre, primary hepatic neuroendocrine "
            "tumours (PHNTs) are uncommon.\n\n"
            "Case presentation\nThe resected liver mass was a PHNT of 40 mm.\n")
    assert run(text)[0]["histology"] == "NET"
    assert run(text.replace("(PHNTs)", ""))[0]["histology"] is None
