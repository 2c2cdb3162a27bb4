"""Grids of the third round (helper `site`): where the case narrative starts, and site vocabulary.

Same method as tests/test_grids.py (whose `assert_grid` and `CASE` they reuse): the parts real reports
combine are crossed, and every cell must give the right row. The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

# --- a header whose words a hyphen joins --------------------------------------------------------------------
# 'Case-summary: A 51-year-old ...': some publishers join a header's words with a hyphen. The header still
# opens its section: a case header makes the patient the index patient, a literature header does not.
CASE_HEADERS = ["Case-summary", "Case-presentation", "Case-report", "Case-description", "Clinical-case",
                "Case-history"]
OTHER_HEADERS = ["Literature-review", "Review-of-the-literature"]
HEADER_FORMS = ["{h}: {s}", "{h}\n{s}", "{h}:\n{s}"]
PATIENTS = {"A 51-year-old woman had an ileal NET resected.": ("51", "female"),
            "A 68-year-old man was found to have a rectal carcinoid.": ("68", "male")}


def hyphen_header_cells():
    intro = "Background: Such tumours are rare and seldom functioning.\n"
    for form, (sentence, want) in itertools.product(HEADER_FORMS, PATIENTS.items()):
        for header in CASE_HEADERS:
            yield intro + form.format(h=header, s=sentence) + "\n", want
        for header in OTHER_HEADERS:  # a patient of the literature stays unread
            yield intro + form.format(h=header, s=sentence) + "\n", (None, None)


@pytest.mark.fields("age", "sex")
def test_grid_a_header_joined_by_a_hyphen_opens_its_section(run):
    assert_grid(run, hyphen_header_cells(), lambda row, want: (row["age"], row["sex"]) == want)


# --- a case narrative that starts under the introduction's header -----------------------------------------
# Short reports put the case under 'Introduction'. A line that opens with the patient ('In a 47-year-old
# woman, ...', 'This is a 47-year-old man ...') starts the case there; a patient named inside a sentence of
# the introduction does not.
OPENINGS = ["In a {age} {noun}, a rectal NET was found at colonoscopy.",
            "In an {age} {noun} a rectal NET was found at colonoscopy.",
            "This is a {age} {noun} with no past history, referred for a rectal NET.",
            "This is an {age} {noun} referred for a rectal NET."]
AGES = {"47": ["47-year-old", "47 year old", "47years old", "47-years-old"],
        "81": ["81-year-old", "81 years old"]}
NOUNS = {"woman": "female", "man": "male", "female patient": "female"}
INTRODUCTION = "Introduction\nRectal neuroendocrine tumours are increasingly found at screening.\n"


def introduction_case_cells():
    for opening, noun in itertools.product(OPENINGS, NOUNS):
        article_an = "an " in opening.split("{age}")[0]
        for age, forms in AGES.items():
            if article_an != age.startswith("8"):
                continue
            for form in forms:
                text = INTRODUCTION + opening.format(age=form, noun=noun) + "\nThe tumour was resected.\n"
                yield text, (age, NOUNS[noun])
        # the same patient inside a sentence of the introduction is another patient
        inside = f"Such a tumour was once reported in a 47-year-old {noun} by others."
        yield INTRODUCTION.rstrip("\n") + " " + inside + "\n", (None, None)


@pytest.mark.fields("age", "sex")
def test_grid_a_case_that_opens_under_the_introduction_header(run):
    assert_grid(run, introduction_case_cells(), lambda row, want: (row["age"], row["sex"]) == want)


# --- organs named with their anatomical qualifier ---------------------------------------------------------
# 'the uterine cervix' is the cervix: a site right before another site names its region, and the organ is the
# second (primary_site._region_start, modifies_next_site). The urachus, the
# bladder's embryonic remnant, is an organ of its own ('urachal NET', 'tumour of urachal origin').
# 'extrahepatic' places a bile duct tumour, as 'distal' or 'common' do (sites.json location_words).
ORGAN_PHRASES = {"the uterine cervix": "cervix", "the cervix": "cervix", "the uterus": "uterus",
                 "the urachus": "urachus", "the urinary bladder": "bladder",
                 "the extrahepatic bile duct": "bile duct", "the intrahepatic bile duct": "bile duct"}
ORGAN_ADJECTIVES = {"urachal": "urachus", "uterine": "uterus", "cervical": None}
ORGAN_NOUNS = ["neuroendocrine carcinoma", "large cell neuroendocrine carcinoma", "NET", "neuroendocrine tumour"]
ORGAN_FRAMES = ["A 39-year-old woman was diagnosed with a {noun} of {organ}.",
                "Biopsy of a mass in {organ} showed a {noun} in a 39-year-old woman."]


def organ_cells():
    for (organ, site), noun, frame in itertools.product(ORGAN_PHRASES.items(), ORGAN_NOUNS, ORGAN_FRAMES):
        yield CASE.format(frame.format(noun=noun, organ=organ)), site
    for (adj, site), noun in itertools.product(ORGAN_ADJECTIVES.items(), ORGAN_NOUNS):
        yield CASE.format(f"A 39-year-old woman was found to have a primary {adj} {noun}."), site


@pytest.mark.fields("primary_site")
def test_grid_organs_named_with_their_anatomical_qualifier(run):
    assert_grid(run, organ_cells(), lambda row, site: row["primary_site"] == site)


# --- a Ki-67 value before its keyword and index noun -----------------------------------------------------------
# 'a 10-15% Ki-67 proliferation index': the value stands before the keyword, which an index noun follows.
# A value after the keyword ('chromogranin 70% Ki-67 index 4%') is the index, the one before belongs to
# another stain.
KI67_VALUES = {"4%": ("4", "4"), "10-15%": ("10", "15"), "<2%": (None, "2"), "2.5%": ("2.5", "2.5")}
KI67_KEYWORDS = ["Ki-67", "Ki67", "MIB-1", "Ki 67"]
KI67_NOUNS = ["index", "proliferation index", "proliferative index", "labelling index", "labeling index",
              "LI", "positivity"]
KI67_FRAMES = ["Liver biopsy showed a neuroendocrine tumour with a {v} {k} {n}.",
               "The resected NET had a {v} {k} {n} and no necrosis."]


def ki67_before_cells():
    for (v, want), k, n, frame in itertools.product(KI67_VALUES.items(), KI67_KEYWORDS, KI67_NOUNS, KI67_FRAMES):
        yield CASE.format(frame.format(v=v, k=k, n=n)), want
    for k, n in itertools.product(KI67_KEYWORDS, KI67_NOUNS):
        yield CASE.format(f"Stains: chromogranin 70% {k} {n} 4%."), ("4", "4")
        yield CASE.format(f"Stains: chromogranin 70%, {k} {n} pending."), (None, None)


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_a_ki67_value_before_its_keyword_and_index_noun(run):
    assert_grid(run, ki67_before_cells(), lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)


# --- an article glued to the age ---------------------------------------------------------------------------------
# 'A68-year-old man': text taken from a PDF may lose the space after the article; the age is still the
# patient's. A number glued to another word is no age ('HbA1c' is no article).
GLUED = {"A{a}-year-old {n} presented with back pain.": True, "An{a}-year-old {n} presented with back pain.": True,
         "a{a} year old {n} presented with back pain.": True, "A {a}-year-old {n} presented with back pain.": True,
         "Type{a}-year-old records were reviewed for a {n}.": False}


def glued_age_cells():
    for (frame, read), (noun, sex), age in itertools.product(GLUED.items(), (("man", "male"), ("woman", "female")),
                                                             ("68", "81", "7")):
        if frame.startswith("An") != age.startswith("8"):
            continue
        yield CASE.format(frame.format(a=age, n=noun)), age if read else None


@pytest.mark.fields("age")
def test_grid_an_article_glued_to_the_age(run):
    assert_grid(run, glued_age_cells(), lambda row, age: row["age"] == age)


# --- the short form of a disease named by a tumour noun -----------------------------------------------------
# 'carcinoid heart disease (CHD)': the short form names the disease, neither a tumour nor the heart, so a
# later 'severe CHD' votes for no primary (pipeline/abbreviations.py link_abbreviations). The short form of a
# tumour ('pancreatic neuroendocrine tumour (PNET)') still carries its organ.
DISEASE_FORMS = {"carcinoid heart disease": ["CHD", "CaHD"], "carcinoid syndrome": ["CS"],
                 "carcinoid crisis": ["CC"]}
DISEASE_LATER = ["Echocardiography then showed severe {s}.", "Her {s} progressed over two years.",
                 "The {s} worsened despite treatment."]
PRIMARY_LATER = {"": None, " Imaging later found the primary, an ileal NET.": "ileum",
                 " A jejunal carcinoid was then resected.": "jejunum"}
TUMOUR_FORMS = {"pancreatic neuroendocrine tumour": ("PNET", "pancreas"),
                "small bowel neuroendocrine tumour": ("SBNET", "small intestine")}


def disease_short_form_cells():
    for (long, shorts), later, (more, site) in itertools.product(DISEASE_FORMS.items(), DISEASE_LATER,
                                                                   PRIMARY_LATER.items()):
        for short in shorts:
            text = f"A 52-year-old woman was diagnosed with {long} ({short}). {later.format(s=short)}{more}"
            yield CASE.format(text), site
    for (long, (short, site)), later in itertools.product(TUMOUR_FORMS.items(), DISEASE_LATER):
        yield CASE.format(f"A 52-year-old woman had a 2 cm mass. The {short} was resected."
                          f" It proved a {long} ({short}). {later.format(s=short)}"), site


@pytest.mark.fields("primary_site")
def test_grid_the_short_form_of_a_disease_names_no_primary(run):
    assert_grid(run, disease_short_form_cells(), lambda row, site: row["primary_site"] == site)


# --- a size at an organ's hilum -----------------------------------------------------------------------------------
# 'a 2 cm mass in the hepatic hilum': the organ word names the place where ducts and vessels enter, not the
# organ's tissue, so the size is not set aside as another organ's (patterns.json size.place_nouns). A size in
# the organ itself ('a 2 cm mass in the liver') still is, when the primary lies elsewhere.
HILUM_PRIMARIES = {"A bile duct NET was diagnosed.": ("hepatic", "liver"),
                   "A neuroendocrine carcinoma of the common bile duct was diagnosed.": ("hepatic", "liver"),
                   "A pancreatic tail NET was diagnosed.": ("splenic", "spleen")}
HILUM_SIZES = {"2 cm": "20", "25 mm": "25", "2.5 x 2 cm": "25 x 20"}


def hilum_cells():
    for (primary, (adj, organ)), (size, mm) in itertools.product(HILUM_PRIMARIES.items(), HILUM_SIZES.items()):
        for place in ("hilum", "hilus"):
            yield CASE.format(f"A 66-year-old man was jaundiced. {primary} CT showed a {size} mass in the {adj} {place}."), mm
        yield CASE.format(f"A 66-year-old man was jaundiced. {primary} CT showed a {size} mass in the {organ}."), None


@pytest.mark.fields("tumor_size_mm")
def test_grid_a_size_at_an_organs_hilum(run):
    assert_grid(run, hilum_cells(), lambda row, mm: row["tumor_size_mm"] == mm)


# --- the sizes of an endocrine syndrome's other glands ------------------------------------------------------------
# In MEN1 a report measures the parathyroid and pituitary lesions too: those sizes are no NET's
# (patterns.json size.not_primary 'parathyroid', 'pituitary'); the pancreatic NET's own size is.
GLANDS = ["parathyroid", "pituitary"]
GLAND_NOUNS = ["lesion", "adenoma", "mass", "nodule"]
GLAND_FRAMES = ["Imaging identified a {s} {g} {n}.", "A {g} {n} of {s} was found."]


def gland_cells():
    for g, n, frame, s in itertools.product(GLANDS, GLAND_NOUNS, GLAND_FRAMES, ("21mm", "1.2 cm")):
        gland = frame.format(s=s, g=g, n=n)
        yield CASE.format(f"A 40-year-old man with MEN1 had a pancreatic NET. {gland}"), None
        yield CASE.format(f"A 40-year-old man with MEN1 had a 15 mm pancreatic NET. {gland}"), "15"


@pytest.mark.fields("tumor_size_mm")
def test_grid_a_size_of_another_endocrine_gland_is_no_net_size(run):
    assert_grid(run, gland_cells(), lambda row, mm: row["tumor_size_mm"] == mm)
