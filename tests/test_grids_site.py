"""Grids of the primary site, the tumour size, Ki-67 and the grade (session h23, helper `site`).

Same method as tests/test_grids.py (whose `assert_grid` and `CASE` they reuse): the parts real reports
combine are crossed, and every cell must give the right row. The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- a metastasis presented as the index lesion -------------------------------------------------------------
# 'metastatic NET in the breast': the organ after a metastasis-qualified tumour noun and a deposit
# preposition holds a deposit; the primary is the organ the report calls the origin or the primary.
DEPOSITS = {"breast": "breast", "left breast": "breast", "ovary": "ovary", "right ovary": "ovary", "skin": "skin"}
METASTATIC_NOUNS = ["metastatic NET", "metastatic grade 1 neuroendocrine tumour",
                    "metastatic carcinoid", "metastatic low-grade neuroendocrine tumor", "metastatic NEN"]
DEPOSIT_FRAMES = ["A 58-year-old woman was found to have a {np} in the {organ}.",
                  "Biopsy confirmed a {np} within the {organ} of a 58-year-old woman.",
                  "A 58-year-old woman underwent excision of a {np} in her {organ}."]
ORIGINS = {"Staging showed it was of ileal origin.": "ileum",
           "Further work-up found the primary, a jejunal NET.": "jejunum",
           "Work-up then revealed a primary pancreatic NET.": "pancreas",
           "Imaging showed primary small bowel multifocal NETs.": "small intestine",
           "The pathologists judged the tumour to be of pancreatic origin.": "pancreas"}


def deposit_cells():
    for (organ, _), noun, frame in itertools.product(DEPOSITS.items(), METASTATIC_NOUNS, DEPOSIT_FRAMES):
        first = frame.format(np=noun, organ=organ)
        for origin, site in ORIGINS.items():
            yield CASE.format(f"{first} {origin}"), site
        yield CASE.format(first), None  # a deposit alone names no primary
    for (organ, site), frame in itertools.product(DEPOSITS.items(), DEPOSIT_FRAMES):  # no metastasis word
        yield CASE.format(frame.format(np="well-differentiated NET", organ=organ)), site


@pytest.mark.fields("primary_site")
def test_grid_a_metastasis_presented_first_leaves_the_primary_to_its_origin(run):
    assert_grid(run, deposit_cells(), lambda row, site: row["primary_site"] == site)


# --- region versus part -------------------------------------------------------------------------------------
# The guideline reports the organ as stated, at its most specific: a part named anywhere as the tumour's
# place ('a mass in the terminal ileum') wins over the region the rest of the report uses ('small bowel NET').
REGIONS = {"small bowel": "small intestine", "small intestinal": "small intestine", "mediastinal": "mediastinum"}
PARTS = {"small intestine": {"ileal": "ileum", "jejunal": "jejunum", "duodenal": "duodenum"},
         "mediastinum": {"thymic": "thymus"}}
PART_FRAMES = ["Colonoscopy then showed a 2 cm mass in her {noun}.", "Pathology confirmed a {adj} NET.",
               "The resected specimen held a well-differentiated {adj} neuroendocrine tumour."]
PART_NOUNS = {"ileal": "terminal ileum", "jejunal": "proximal jejunum", "duodenal": "duodenum", "thymic": "thymus"}
REGION_FRAMES = ["A 61-year-old woman was treated for a {region} NET.",
                 "We report a 61-year-old woman with a metastatic {region} neuroendocrine tumour.",
                 "A 61-year-old woman had a {region} carcinoid resected."]


def part_cells():
    for (region, name), frame in itertools.product(REGIONS.items(), REGION_FRAMES):
        first = frame.format(region=region)
        first = f"{first} {first.replace('A 61-year-old woman', 'She')}"  # the region stated twice
        yield CASE.format(first), name
        for (adj, part), part_frame in itertools.product(PARTS[name].items(), PART_FRAMES):
            yield CASE.format(f"{first} {part_frame.format(adj=adj, noun=PART_NOUNS[adj])}"), part


@pytest.mark.fields("primary_site")
def test_grid_a_part_stated_anywhere_wins_over_its_region(run):
    assert_grid(run, part_cells(), lambda row, site: row["primary_site"] == site)


# 'We experienced a case of ...' introduces the index patient, in the introduction as in an abstract.
EXPERIENCED = ["We experienced a case of {np} in a 61-year-old man.", "We encountered a 61-year-old man with a {np}.",
               "We experienced a rare {np} and report it here."]


def experienced_cells():
    for frame, (adj, site) in itertools.product(EXPERIENCED, {"thymic": "thymus", "rectal": "rectum",
                                                              "gastric": "stomach"}.items()):
        text = f"Introduction\n{frame.format(np=f'{adj} carcinoid')}\n\nCase presentation\nHe had chest pain.\n"
        yield text, site
    # a generic statement introduces no patient: the case's own site wins (r19: with no site in the case, the
    # introduction's topic would vote, as it does under a title line; tests/test_grids_r19.py)
    yield "Introduction\nThymic carcinoids are rare.\n\nCase presentation\nHe had a rectal carcinoid.\n", "rectum"


@pytest.mark.fields("primary_site")
def test_grid_we_experienced_a_case_introduces_the_index_patient(run):
    assert_grid(run, experienced_cells(), lambda row, site: row["primary_site"] == site)


# --- a hormone named between the site and its tumour noun ---------------------------------------------------
HORMONE_SITES = {"pancreatic": "pancreas", "duodenal": "duodenum", "gastric": "stomach", "rectal": "rectum"}
HORMONES = ["insulin-producing", "gastrin-secreting", "somatostatin-producing",
            "vasoactive intestinal peptide-producing", "VIP-secreting", "glucagon-producing", "serotonin-secreting",
            "ACTH-producing",
            "adrenocorticotropic hormone-secreting", "insulin producing", "vasoactive intestinal polypeptide secreting"]
HORMONE_NOUNS = ["tumour", "tumor", "NET", "neuroendocrine tumour", "neoplasm"]
HORMONE_FRAMES = ["A 45-year-old woman was found to have a {np}.",
                  "Imaging of the 45-year-old man showed a {np} of 2 cm."]
OMAS = ["VIPoma", "glucagonoma", "somatostatinoma", "insulinoma", "gastrinoma"]


def hormone_cells():
    for (adj, site), hormone, noun, frame in itertools.product(HORMONE_SITES.items(), HORMONES, HORMONE_NOUNS,
                                                              HORMONE_FRAMES[:1]):
        yield CASE.format(frame.format(np=f"{adj} {hormone} {noun}")), site
    for hormone, frame in itertools.product(HORMONES, HORMONE_FRAMES):
        yield CASE.format(frame.format(np=f"{hormone} tumour")), None  # no site named
    for (adj, site), oma, frame in itertools.product(HORMONE_SITES.items(), OMAS, HORMONE_FRAMES):
        yield CASE.format(frame.format(np=f"{adj} {oma}")), site


@pytest.mark.fields("primary_site")
def test_grid_a_hormone_between_the_site_and_the_tumour_noun(run):
    assert_grid(run, hormone_cells(), lambda row, site: row["primary_site"] == site)


# --- sizes: a margin's width, a colon flexure, an adjective list ---------------------------------------------
MARGINS = ["margins", "margin", "clearance"]
MARGIN_ADJECTIVES = ["", "clear ", "gross tumour ", "free ", "negative resection "]
FLEXURES = ["splenic flexure", "hepatic flexure", "splenic angle"]
ADJECTIVE_LISTS = ["firm, lobulated and solid", "well-defined, hypoechoic, cystic, and solid",
                   "round and smooth", "heterogeneous, enhancing"]
LESIONS = ["mass", "lesion", "tumour", "nodule"]


def size_cells():
    for margin, adj in itertools.product(MARGINS, MARGIN_ADJECTIVES):
        yield CASE.format(f"A 61-year-old man had a resection with 5 cm {adj}{margin}."), None
        yield CASE.format(f"A 61-year-old man had a 28 mm tumour resected with 5 cm {adj}{margin}."), "28"
    for flexure, lesion in itertools.product(FLEXURES, LESIONS):
        yield CASE.format(f"Colonoscopy showed a {lesion} of 4 cm in the {flexure} of the colon."), "40"
        yield CASE.format(f"Colonoscopy showed a 4 cm {lesion} at the {flexure}."), "40"
    for adjectives, lesion in itertools.product(ADJECTIVE_LISTS, LESIONS):
        yield CASE.format(f"Ultrasound showed a 3.4 × 3.0 cm {adjectives} {lesion} in the left testis."), "34 x 30"
    for lesion in LESIONS:  # the organs the primary seldom lies in still do not count
        text = f"A rectal NET was known. CT showed a 4 cm {lesion} in the spleen and liver metastases."
        yield CASE.format(text), None


@pytest.mark.fields("tumor_size_mm")
def test_grid_size_margins_flexures_and_adjective_lists(run):
    assert_grid(run, size_cells(), lambda row, size: row["tumor_size_mm"] == size)


# --- Ki-67: the shapes of its statement ---------------------------------------------------------------------
KI67_NAMES = ["Ki-67", "Ki67", "Ki-67 labelling index", "Ki-67 labeling index", "MIB-1 index",
              "Ki-67 proliferation index", "MIB-1 labelling index", "Ki-67 index"]
KI67_VALUES = {"2%": ("2", "2"), "15 %": ("15", "15"), "<2%": (None, "2"), "less than 1%": (None, "1"),
               "3-5%": ("3", "5"), "3–5%": ("3", "5"), "approximately 5%": ("5", "5"), ">20%": ("20", None),
               "2.5%": ("2.5", "2.5"), "1 to 2%": ("1", "2")}
KI67_FRAMES = ["The {name} was {v}.", "{name}: {v}.", "A {name} of {v} was found in the resected tumour.",
               "Immunostaining gave a {name} of {v}, with synaptophysin positive."]
BRACKETED_FRAMES = ["The tumour had a proliferative index of {v} ({name}).",
                    "The proliferation index was {v} ({name}) and mitoses were rare.",
                    "A labelling index of {v} ({name} index) was found."]
BOUND_VERBS = ["did not exceed", "does not exceed", "was not exceeding"]


def ki67_cells():
    for name, (v, want), frame in itertools.product(KI67_NAMES, KI67_VALUES.items(), KI67_FRAMES):
        yield CASE.format(frame.format(name=name, v=v)), want
    for name, (v, want), frame in itertools.product(["Ki-67", "MIB-1", "Ki67"], KI67_VALUES.items(), BRACKETED_FRAMES):
        yield CASE.format(frame.format(name=name, v=v)), want
    for name, verb in itertools.product(KI67_NAMES, BOUND_VERBS):
        yield CASE.format(f"The {name} {verb} 2%."), (None, "2")
    yield CASE.format("The Ki-67 stain was not done."), (None, None)


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_ki67_shapes_ranges_and_bounds(run):
    assert_grid(run, ki67_cells(), lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)


# --- grade: the class and its grade, joined every way reports join them -------------------------------------
GRADE_CLASSES = ["NET", "NEN", "NEC"]
GRADE_JOINS = ["{c} {g}", "{c}-{g}", "{c}, {g},", "{c} ({g})"]
GRADE_LEVELS = {"G1": "G1", "G2": "G2", "G3": "G3"}
GRADE_CLASS_FRAMES = ["Pathology of the resected specimen showed a {np} of the ileum.",
                      "The final diagnosis was {np} with lymph node involvement."]


def grade_class_cells():
    for c, join, (g, want), frame in itertools.product(GRADE_CLASSES, GRADE_JOINS, GRADE_LEVELS.items(),
                                                       GRADE_CLASS_FRAMES):
        yield CASE.format(frame.format(np=join.format(c=c, g=g))), want
    for word in ["HER-G2", "anti-G2", "CT-G2"]:  # a hyphen after anything else joins no grade
        yield CASE.format(f"The {word} result was reported for the ileal NET."), None


@pytest.mark.fields("grade")
def test_grid_grade_joined_to_its_class(run):
    assert_grid(run, grade_class_cells(), lambda row, want: row["grade"] == want)


# --- a Ki-67 or grade stated for the tumour class is no value of the patient ---------------------------------
CLASS_SUBJECTS = ["Grade 1 NETs", "G1 tumours", "Well-differentiated neoplasms", "Grade 1 NENs", "Typical carcinoids"]
CLASS_CLAUSES = ["{s} have a Ki-67 index under 3%.", "By the WHO scale, {s} have Ki-67 values under 3 %.",
                 "The WHO criteria were applied; {s} have a Ki-67 index that is under 3%."]
PATIENT_CLAUSES = {"The Ki-67 index is 5%.": ("5", "5"), "Both tumours have a Ki-67 index of 4%.": ("4", "4"),
                   "Her two NETs have a Ki-67 index below 2%.": (None, "2"), "The Ki-67 index was 8%.": ("8", "8")}


def class_statement_cells():
    for subject, clause in itertools.product(CLASS_SUBJECTS, CLASS_CLAUSES):
        yield CASE.format(f"A 61-year-old woman had an ileal NET. {clause.format(s=subject)}"), (None, None)
        for patient, want in PATIENT_CLAUSES.items():  # the patient's own value still counts
            yield CASE.format(f"A 61-year-old woman had an ileal NET. {clause.format(s=subject)} {patient}"), want


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_a_ki67_stated_for_the_tumour_class_is_not_the_patients(run):
    assert_grid(run, class_statement_cells(), lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)


# --- a finding verb between the tumour noun and its site ----------------------------------------------------
FINDING_VERBS = ["found", "identified", "seen", "detected", "noted", "observed", "visualized", "visualised",
                 "evidenced", "discovered", "localized", "localised"]
FOUND_SITES = {"hepatic flexure of the colon": "colon", "terminal ileum": "ileum",
               "pancreatic tail": "pancreas", "rectum": "rectum"}


def finding_verb_cells():
    for verb, (place, site) in itertools.product(FINDING_VERBS, FOUND_SITES.items()):
        yield CASE.format(f"Endoscopy then showed that a mass of 3 cm was {verb} within the {place}."), site
        yield CASE.format(f"A mass was {verb} on CT, and then a biopsy of the {place} was taken."), None


@pytest.mark.fields("primary_site")
def test_grid_a_finding_verb_between_the_tumour_and_its_site(run):
    assert_grid(run, finding_verb_cells(), lambda row, site: row["primary_site"] == site)
