"""Grids of the commonest wordings of each field, generated from their parts and run as one test each.

Own-words examples reproduce the shapes their writer imagined; published reports combine the same parts
in every order. So each grid crosses the parts case reports use (site adjective x modifier x tumour noun,
grade before or after Ki-67, value before or after the marker, a refusal as a verb or as a judgement on
the treatment) and every cell must give the right row. Each grid is marked with its fields, so the
null-extractor check (tests/test_null_extractors.py) proves it fails when its extractor finds nothing.

A failing grid lists every failing cell, so one run shows the shape of a gap, not one sentence of it."""
from __future__ import annotations

import itertools

import pytest


def failures(run, cells, check):
    """Runs every (text, expected) cell; returns the cells whose row fails `check(row, expected)`."""
    bad = []
    for text, expected in cells:
        row, _ = run(text)
        if not check(row, expected):
            bad.append((text, expected))
    return bad


def assert_grid(run, cells, check):
    cells = list(cells)
    bad = failures(run, cells, check)
    assert not bad, f"{len(bad)} of {len(cells)} cells fail, e.g.:\n" + "\n".join(f"  {t!r} -> {e!r}" for t, e in bad[:12])


CASE = "Case presentation\n{}\n"


def grid_test(cells, value, *fields):
    """A grid as a test: every cell of `cells()` must give its expected value, as `value(row)` reads it
    from the row. Marked with the grid's fields, so that the null-extractor check
    (tests/test_null_extractors.py) proves it fails when their extractor finds nothing."""
    @pytest.mark.fields(*fields)
    def test(run):
        assert_grid(run, cells(), lambda row, want: value(row) == want)
    return test


def told_grid(intro: str, told: tuple, value, *fields):
    """The grid of sentences told as they are (told_cells(intro, *told)) as a test (grid_test)."""
    return grid_test(lambda: told_cells(intro, *told), value, *fields)


def framed_cells(intro: str, frames, fillings: dict, key: str | None = None):
    """The cells of the commonest grid: each frame filled with each filling, after `intro`, under the
    case header. `fillings` maps what fills a frame to the row value it should give; the frame holds
    it as '{}' or, with `key`, as '{key}' ('The cells were shown to express {}.', 'Screened for {s}.')."""
    for frame, (filling, want) in itertools.product(frames, fillings.items()):
        yield CASE.format(intro + (frame.format(**{key: filling}) if key else frame.format(filling))), want


def told_cells(intro: str, *told: dict):
    """The cells of sentences told as they are: each sentence of each `told` after `intro`, under the
    case header, giving the row value its `told` maps it to (framed_cells with the sentence as its own
    frame). A grid pairs its presences with its absences: `dict.fromkeys(absences, None)` is one `told`."""
    for sentences in told:
        yield from framed_cells(intro, ["{}"], sentences)


def metastasis_and_sites(row) -> tuple:
    """The row's metastasis status and its set of sites, as most metastasis grids compare them."""
    return row["metastasis"], set(row["metastasis_sites"])


def outcome_and_months(row) -> tuple:
    """The row's outcome and its follow-up months, as the outcome grids compare them."""
    return row["outcome"], row["follow_up_months"]


# --- primary site --------------------------------------------------------------------------------------
SITE_ADJECTIVES = {"pancreatic": "pancreas", "rectal": "rectum", "ileal": "ileum", "gastric": "stomach",
                   "duodenal": "duodenum", "appendiceal": "appendix", "thymic": "thymus", "colonic": "colon",
                   "bronchial": "lung"}
MODIFIERS = ["", "metastatic ", "primary ", "well-differentiated ", "non-functioning ", "metastatic well-differentiated ",
             "functioning ", "large "]
TUMOUR_NOUNS = ["NET", "neuroendocrine tumour", "neuroendocrine tumor", "carcinoid", "carcinoid tumour",
                "neuroendocrine neoplasm", "MiNEN", "MANEC"]
SITE_FRAMES = [
    "A 61-year-old man was diagnosed with a {np}.",
    "We report a 61-year-old man with a {np} metastatic to the liver.",
    "A 61-year-old woman presented with a {np} that had metastasized to the liver.",
]


def site_cells():
    for (adj, site), mod, noun, frame in itertools.product(SITE_ADJECTIVES.items(), MODIFIERS, TUMOUR_NOUNS, SITE_FRAMES):
        yield CASE.format(frame.format(np=f"{mod}{adj} {noun}")), site
    for (adj, site), noun in itertools.product(SITE_ADJECTIVES.items(), TUMOUR_NOUNS):  # a title, then the case
        title = f"Metastatic {adj} {noun}: a case report".capitalize().replace(adj.capitalize(), adj, 1)
        yield f"{title[0].upper()}{title[1:]}\n\n" + CASE.format("A 61-year-old man had liver lesions."), site


@pytest.mark.fields("primary_site")
def test_grid_primary_site_adjective_modifier_noun(run):
    assert_grid(run, site_cells(), lambda row, site: row["primary_site"] == site)


# --- grade beside Ki-67 ----------------------------------------------------------------------------------
GRADE_WORDS = {"grade 2": "G2", "G2": "G2", "WHO grade 2": "G2", "grade II": "G2", "grade 1": "G1", "G1": "G1",
               "WHO grade 3": "G3", "grade 3": "G3"}
KI67 = {"G1": "2", "G2": "8", "G3": "35"}
GRADE_FRAMES = [
    "The Ki-67 index was {k}%, consistent with {g}.",
    "The Ki-67 index was {k}%, compatible with {g}.",
    "The Ki-67 index was {k}%, corresponding to {g}.",
    "The Ki-67 index was {k}% ({g}).",
    "The Ki-67 index of {k}%, i.e. {g}, was noted.",
    "Ki-67 was {k}%, in keeping with {g}.",
    "The tumour was {g} with a Ki-67 index of {k}%.",
    "A {g} neuroendocrine tumour was diagnosed; Ki-67 {k}%.",
    "Pathology showed a well-differentiated NET, {g}, Ki-67 {k}%.",
    "The lesion was classified as {g} (Ki-67 {k}%).",
]


def grade_cells():
    for (words, grade), frame in itertools.product(GRADE_WORDS.items(), GRADE_FRAMES):
        text = f"A 55-year-old woman had a pancreatic NET. {frame.format(k=KI67[grade], g=words)}"
        yield CASE.format(text), grade


@pytest.mark.fields("grade")
def test_grid_grade_before_and_after_ki67(run):
    assert_grid(run, grade_cells(), lambda row, grade: row["grade"] == grade)


# --- Ki-67 value before and after its name ---------------------------------------------------------------
KI67_FRAMES = {
    "The Ki-67 index was {v}%.": ("{v}", "{v}"),
    "Ki-67: {v}%.": ("{v}", "{v}"),
    "The Ki-67 labelling index was {v}%.": ("{v}", "{v}"),
    "a Ki-67 proliferation index of {v}%": ("{v}", "{v}"),
    "MIB-1 index {v}%.": ("{v}", "{v}"),
    "Ki67 was positive in {v}% of tumour cells.": ("{v}", "{v}"),
    "{v}% of the tumour cells were Ki-67 positive.": ("{v}", "{v}"),
    "a Ki-67 of approximately {v}%": ("{v}", "{v}"),
    "The Ki-67 index was less than {v}%.": (None, "{v}"),
    "Ki-67 <{v}%.": (None, "{v}"),
}


def ki67_cells():
    for (frame, (lo, hi)), v in itertools.product(KI67_FRAMES.items(), ("2", "5", "15")):
        text = f"A 55-year-old woman had a rectal NET. Immunohistochemistry showed {frame.format(v=v)}"
        yield CASE.format(text), (lo and lo.format(v=v), hi.format(v=v))


@pytest.mark.fields("ki67_low", "ki67_high")
def test_grid_ki67_value_before_and_after_its_name(run):
    assert_grid(run, ki67_cells(), lambda row, want: (row["ki67_low"], row["ki67_high"]) == want)


# --- markers: value before and after the marker name ---------------------------------------------------------
MARKER_NAMES = {"synaptophysin": "synaptophysin", "chromogranin A": "chromogranin A", "CD56": "CD56",
                "CK7": "CK7", "TTF-1": "TTF-1", "CDX2": "CDX2", "INSM1": "INSM1", "SSTR2": "SSTR2"}
POSITIVE_FRAMES = ["The tumour cells were positive for {m}.", "{m} was positive.", "Tumour cells were {m}-positive.",
                   "Immunohistochemistry: {m} (+).", "The cells stained positively for {m}.",
                   "The tumour was immunoreactive for {m}.", "The neoplastic cells expressed {m}.",
                   "Staining for {m} was diffusely positive.", "{m} showed strong positivity.",
                   "Immunohistochemically, the tumour cells showed diffuse expression of {m}.",
                   "Immunohistochemistry: {m} [+].", "Biopsy confirmed a NET with positive markers including {m}.",
                   "Stains: vimentin (-), {m} (+), S100 (-).", "The immunochemistry showed a positive reaction for {m}."]
NEGATIVE_FRAMES = ["The tumour cells were negative for {m}.", "{m} was negative.", "Tumour cells were {m}-negative.",
                   "Immunohistochemistry: {m} (-).", "There was no staining for {m}.",
                   "The cells did not express {m}.", "Staining for {m} was negative.", "Immunohistochemistry: {m} [-].",
                   "Stains: vimentin (+), {m} (-), EMA (+).", "The tumour was negative for vimentin and {m} expression."]


def marker_cells():
    for (name, canon), frame in itertools.product(MARKER_NAMES.items(), POSITIVE_FRAMES):
        yield CASE.format("A 55-year-old man had an ileal NET. " + frame.format(m=name)), ("positive", canon)
    for (name, canon), frame in itertools.product(MARKER_NAMES.items(), NEGATIVE_FRAMES):
        yield CASE.format("A 55-year-old man had an ileal NET. " + frame.format(m=name)), ("negative", canon)


def marker_ok(row, want):
    polarity, canon = want
    other = "negative" if polarity == "positive" else "positive"
    return canon in row[f"markers_{polarity}"] and canon not in row[f"markers_{other}"]


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_markers_value_before_and_after_the_name(run):
    assert_grid(run, marker_cells(), marker_ok)


# --- treatments: given, and refused as a verb or as a judgement on the treatment -------------------------------
TREATMENTS = {"surgery": "surgery", "surgical resection": "surgery", "chemotherapy": "chemotherapy",
              "everolimus": "everolimus", "PRRT": "PRRT", "octreotide": "octreotide"}
GIVEN = ["The patient underwent {t}.", "She received {t}.", "{T} was performed.", "She was treated with {t}.",
         "{T} was started.", "{T} was administered.", "She was started on {t}."]
REFUSED = ["{T} was deemed inappropriate.", "{T} was considered unsuitable.", "{T} was not feasible.",
           "{T} was contraindicated.", "{T} was not indicated.", "{T} was judged too risky.",
           "She declined {t}.", "She refused {t}.", "{T} was not performed.", "{T} was ruled out.",
           "{T} was considered but rejected.", "She was not a candidate for {t}.",
           "{T} was deemed unsuitable because of her age."]
GIVEN_VERBS = {"underwent": ("surgery", "surgical resection", "chemotherapy", "PRRT"),
               "performed": ("surgery", "surgical resection", "PRRT")}


def treatment_cells():
    for (words, canon), frame in itertools.product(TREATMENTS.items(), GIVEN + REFUSED):
        verb = next((v for v in GIVEN_VERBS if v in frame), None)
        if verb and words not in GIVEN_VERBS[verb]:
            continue  # 'underwent octreotide' is no English
        sentence = frame.format(t=words, T=words[0].upper() + words[1:])
        text = f"A 66-year-old woman had a metastatic ileal NET. {sentence}"
        yield CASE.format(text), (frame in GIVEN, canon)


@pytest.mark.fields("treatments")
def test_grid_treatments_given_and_refused(run):
    assert_grid(run, treatment_cells(), lambda row, want: (want[1] in row["treatments"]) == want[0])


# --- metastasis and its sites -------------------------------------------------------------------------------
MET_SITES = {"liver": ("liver", "hepatic"), "lung": ("lung", "pulmonary"), "bone": ("bone", "osseous"),
             "lymph node": ("lymph node", "nodal"), "peritoneum": ("peritoneum", "peritoneal"), "brain": ("brain", "cerebral")}
MET_FRAMES = ["CT showed {adj} metastases.", "CT showed metastases to the {noun}.", "CT showed metastasis in the {noun}.",
              "The tumour was metastatic to the {noun}.", "CT showed {noun} metastases.",
              "She had metastatic disease in the {noun}.", "The NET had metastasized to the {noun}."]
NO_MET_FRAMES = ["There was no evidence of metastasis.", "No distant metastases were found.",
                 "Staging CT showed no metastatic disease.",
                 # h23-meta: was 'no liver or lung metastases', which now denies only those organs
                 # (tests/test_grids_metastasis.py, test_grid_a_negation_of_some_organs_is_no_no)
                 "There were no liver, lung or other distant metastases."]


def metastasis_cells():
    for (site, (noun, adj)), frame in itertools.product(MET_SITES.items(), MET_FRAMES):
        noun_plural = noun + "s" if site == "lymph node" and "metastases to" in frame else noun
        text = "A 66-year-old woman had a rectal NET. " + frame.format(noun=noun_plural, adj=adj)
        yield CASE.format(text), ("yes", site)
    for frame in NO_MET_FRAMES:
        yield CASE.format("A 66-year-old woman had a rectal NET. " + frame), ("no", None)


def metastasis_ok(row, want):
    status, site = want
    return row["metastasis"] == status and (site in row["metastasis_sites"] if site else not row["metastasis_sites"])


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_metastasis_and_sites(run):
    assert_grid(run, metastasis_cells(), metastasis_ok)


# --- age and sex --------------------------------------------------------------------------------------------
AGE_FRAMES = ["A {a}-year-old {n} presented with abdominal pain.", "A {n} aged {a} years presented with pain.",
              "A {a} year old {n} presented with pain.", "The patient, a {a}-year-old {n}, presented with pain.",
              "We report a {a}-year-old {n} with a rectal NET.", "A {n} of {a} years presented with pain.",
              "A {a}-year-old {n} patient presented with pain."]
NOUNS = {"woman": "female", "man": "male", "female": "female", "male": "male", "lady": "female", "gentleman": "male"}


def age_cells():
    for frame, (noun, sex), age in itertools.product(AGE_FRAMES, NOUNS.items(), ("34", "71")):
        if "patient" in frame and noun not in ("female", "male"):
            continue
        yield CASE.format(frame.format(a=age, n=noun)), (age, sex)


@pytest.mark.fields("age", "sex")
def test_grid_age_and_sex(run):
    assert_grid(run, age_cells(), lambda row, want: (row["age"], row["sex"]) == want)


# --- size of the primary ------------------------------------------------------------------------------------------
SIZE_FRAMES = {"A {s} tumour was found in the rectum.": None, "A rectal tumour measuring {s} was found.": None,
               "CT showed a rectal mass of {s}.": None, "The rectal NET was {s} in size.": None,
               "The resected rectal tumour measured {s}.": None, "A rectal NET, {s} in diameter, was resected.": None}
SIZES = {"2.5 cm": "25", "25 mm": "25", "2.5 x 1.8 cm": "25 x 18", "25 × 18 mm": "25 x 18", "1.2 cm": "12"}


def size_cells():
    for frame, (words, mm) in itertools.product(SIZE_FRAMES, SIZES.items()):
        yield CASE.format("A 66-year-old woman had abdominal pain. " + frame.format(s=words)), mm


@pytest.mark.fields("tumor_size_mm")
def test_grid_size_of_the_primary(run):
    assert_grid(run, size_cells(), lambda row, mm: row["tumor_size_mm"] == mm)


# --- treatments in generic statements: what is done for such tumours, not for this patient -------------------
GENERIC_FRAMES = ["{T} is the mainstay of therapy.", "{T} is the treatment of choice for such tumours.",
                  "{T} has been approved for advanced tumours.", "{T} remains the standard treatment.",
                  "Options include {t} and observation.", "{T} may prolong survival in metastatic disease.",
                  "{T} can be an alternative for small tumours.", "{T} appears effective in these tumours.",
                  "{T} should be considered in selected cases."]
ANCHORED_FRAMES = ["{T} was the mainstay of her therapy.", "She is now receiving {t}.", "{T} is planned for her.",
                   "{T} has been continued for 6 months.", "The patient is on {t}.", "{T} is indicated, and she agreed."]
GENERIC_TREATMENTS = {"surgery": "surgery", "everolimus": "everolimus", "lanreotide": "lanreotide", "PRRT": "PRRT",
                      "radiotherapy": "radiotherapy"}


def generic_cells():
    for (words, canon), frame in itertools.product(GENERIC_TREATMENTS.items(), GENERIC_FRAMES + ANCHORED_FRAMES):
        sentence = frame.format(t=words, T=words[0].upper() + words[1:])
        yield CASE.format(f"A 58-year-old woman had a metastatic pancreatic NET. {sentence}"), (frame in ANCHORED_FRAMES, canon)


@pytest.mark.fields("treatments")
def test_grid_treatments_in_generic_statements_are_not_given(run):
    assert_grid(run, generic_cells(), lambda row, want: (want[1] in row["treatments"]) == want[0])


# --- site chrome: a back-matter word above the article's own text, a reference list mid-page ------------------
CHROME_HEADERS = ["Article information", "Bibliography", "References", "Metrics", "Similar articles", "Open access",
                  "Cited by"]
RESUMING_LINES = [
    "This was a {a}-year-old {n} who consulted for flushing and weight loss over several months before admission.",
    "We present the case of a {a}-year-old {n} with a pancreatic neuroendocrine tumour found on staging imaging.",
    "The patient, a {a}-year-old {n}, was admitted to our clinic with abdominal pain, nausea and vomiting last spring.",
]
REFERENCE_LIST = ("1. Carter JM, Lindqvist AB, Osei K. Outcomes of small-bowel carcinoids. J Surg Res 2011; 4: 10-20\n"
                  "2. Moreau, P.L., Varga, T.E. Liver-directed therapy in metastatic disease. Ann Oncol 2015; 2: 33-40\n")


def chrome_cells():
    for header, line, (noun, sex) in itertools.product(CHROME_HEADERS, RESUMING_LINES, (("woman", "female"), ("man", "male"))):
        text = f"Journal of Rare Tumours\nA rare tumour of the pancreas\n{header}\nFull text\nDownload PDF\n\n{line.format(a=57, n=noun)}\n"
        yield text, ("57", sex)
    for line, (noun, sex) in itertools.product(RESUMING_LINES, (("woman", "female"), ("man", "male"))):
        text = f"A rare tumour of the pancreas\n\nAbstract\nPancreatic NETs are rare.\n\n{REFERENCE_LIST}\n{line.format(a=57, n=noun)}\n"
        yield text, ("57", sex)


@pytest.mark.fields("age", "sex")
def test_grid_prose_after_site_chrome_is_read_again(run):
    assert_grid(run, chrome_cells(), lambda row, want: (row["age"], row["sex"]) == want)


@pytest.mark.fields("primary_site")
def test_a_reference_list_found_by_its_shape_feeds_no_row(run):
    text = ("A case of flushing\n\nCase presentation\nA 57-year-old woman had a rectal NET, resected endoscopically.\n\n"
            "1. Carter JM, Lindqvist AB, Osei K. Pulmonary carcinoid tumours in 106 cases. J Surg Res 2011; 4: 10-20\n"
            "2. Moreau, P.L., Varga, T.E. Pulmonary carcinoids revisited. Ann Oncol 2015; 2: 33-40\n")
    row, mentions = run(text)
    assert row["primary_site"] == "rectum"
    lung = [m for m in mentions if m.field == "primary_site" and m.normalized == "lung"]
    assert lung and all(m.section in ("references", "back_matter") and not m.kept for m in lung)


# --- the title below the site's chrome, even where a 'Case Report' line opens the case above it ---------------
CHROME_ABOVE = ["Skip to main content", "Call us: 1.800.555.0100\nMon-Fri 9 am - 5 pm EST\nContact us",
                "Case Report", "Open in a new tab\nShare this article on social media"]
TITLES = {"Primary Neuroendocrine Tumor in the {s}": None,
          "Rare Presentation of a {a} Neuroendocrine Tumor: A Case Report": None,
          "A {a} Carcinoid: A Case Report With a Literature Review": None,
          "Well-differentiated neuroendocrine tumour of the {s} in an elderly man": None}
TITLE_SITES = {"stomach": ("Stomach", "Gastric"), "kidney": ("Kidney", "Renal"), "thymus": ("Thymus", "Thymic"),
               "ovary": ("Ovary", "Ovarian")}


def title_cells():
    for chrome, title, (site, (noun, adj)) in itertools.product(CHROME_ABOVE, TITLES, TITLE_SITES.items()):
        text = (f"{chrome}\n{title.format(s=noun, a=adj)}\n\nAbstract\nThese tumours are rare. A 66-year-old man "
                "presented with weight loss, and a mass was resected.\n")
        yield text, site


@pytest.mark.fields("primary_site")
def test_grid_the_title_below_site_chrome_names_the_primary(run):
    assert_grid(run, title_cells(), lambda row, site: row["primary_site"] == site)


# --- 'primary' before a disease name is no primary tumour -------------------------------------------------------
DISEASES = ["primary pulmonary hypertension", "primary biliary cholangitis", "primary hepatic porphyria",
            "primary renal hyperparathyroidism"]
PRIMARIES = {"primary ileal NET": "ileum", "primary rectal carcinoid": "rectum", "primary pancreatic tumour": "pancreas"}


def primary_word_cells():
    for disease, (tumour, site) in itertools.product(DISEASES, PRIMARIES.items()):
        yield CASE.format(f"A 61-year-old woman with a history of {disease} was found to have a {tumour}."), site
        yield CASE.format(f"A 61-year-old woman with a history of {disease} presented with flushing."), None


@pytest.mark.fields("primary_site")
def test_grid_primary_before_a_disease_name_names_no_primary(run):
    assert_grid(run, primary_word_cells(), lambda row, site: row["primary_site"] == site)


# --- an unlabelled abstract in the front matter introduces the patient ------------------------------------------
INTRODUCING = ["We report a recurrence in a {a}-year-old {n} with a NET of the ileum after 4 years.",
               "We present a {a}-year-old {n} whose ileal NET recurred after resection.",
               "We describe a rare relapse in a {a}-year-old {n}."]


def front_matter_cells():
    for line, (noun, sex) in itertools.product(INTRODUCING, (("woman", "female"), ("man", "male"))):
        text = (f"Late recurrence of a small-bowel tumour\n\nJ. Smith, K. Jones\n\nSuch tumours are rare. "
                f"{line.format(a=64, n=noun)}\n\nCase report\nScreening CT showed a mass; it was resected.\n")
        yield text, ("64", sex)


@pytest.mark.fields("age", "sex")
def test_grid_an_index_sentence_in_an_unlabelled_abstract_counts(run):
    assert_grid(run, front_matter_cells(), lambda row, want: (row["age"], row["sex"]) == want)


# --- surgery words that name no tumour-directed operation ------------------------------------------------------
NOT_AN_OPERATION = ["She was admitted to the Department of {x} Surgery.", "She was referred to the Division of {x} Surgery.",
                    "Exploratory surgery revealed the tumour.", "During surgical exploration the tumour was seen.",
                    "Valve surgery was performed for her heart disease.", "A second-look operation found nothing."]
AN_OPERATION = ["She underwent {x} surgery for the tumour.", "The tumour was removed by {x} surgery.",
                "A surgical resection was performed.", "She underwent an operation to remove the tumour."]


def operation_cells():
    for frame, x in itertools.product(NOT_AN_OPERATION + AN_OPERATION, ("Thoracic", "Abdominal", "Spinal")):
        text = f"A 58-year-old woman had a metastatic ileal NET. {frame.format(x=x)}"
        yield CASE.format(text), frame in AN_OPERATION


@pytest.mark.fields("treatments")
def test_grid_surgery_words_that_name_no_operation(run):
    assert_grid(run, operation_cells(), lambda row, given: ("surgery" in row["treatments"]) == given)


# --- sizes beside plural tumour nouns, and colon sub-sites named by their flexure --------------------------------
PLURAL_SIZES = ["two {s} gastric carcinoids", "several {s} rectal carcinoids", "two {s} ileal NETs"]


@pytest.mark.fields("tumor_size_mm")
def test_grid_a_size_before_a_plural_tumour_noun(run):
    cells = [(CASE.format(f"A 46-year-old woman underwent endoscopic resection of {f.format(s=s)}."), mm)
             for f, (s, mm) in itertools.product(PLURAL_SIZES, (("3 mm", "3"), ("4-mm", "4"), ("0.5 cm", "5")))]
    assert_grid(run, cells, lambda row, mm: row["tumor_size_mm"] == mm)


@pytest.mark.fields("metastasis_sites")
def test_grid_colon_flexures_are_the_colon(run):
    cells = [(CASE.format(f"A 70-year-old man had a rectal NET. CT showed metastases in the {w}."), "colon")
             for w in ("splenic flexure", "hepatic flexure", "splenic angle")]
    cells += [(CASE.format("A 70-year-old man had a rectal NET. CT showed metastases in the spleen."), "spleen")]
    assert_grid(run, cells, lambda row, site: row["metastasis_sites"] == [site])


# --- a patient's age and sex are never negated or hypothetical --------------------------------------------------
CUED_BEFORE_AGE = ["We describe a NET that mimicked an infection in a {a}-year-old {n}.",
                   "We report a tumour suspected to be a lymphoma in a {a}-year-old {n}.",
                   "A lesion possibly representing a metastasis was found in a {a}-year-old {n}.",
                   "Without any symptoms, a {a}-year-old {n} was referred for a pancreatic mass."]


@pytest.mark.fields("age", "sex")
def test_grid_cues_before_the_patient_leave_age_and_sex(run):
    cells = [(CASE.format(f.format(a=57, n=noun)), ("57", sex))
             for f, (noun, sex) in itertools.product(CUED_BEFORE_AGE, (("man", "male"), ("woman", "female")))]
    assert_grid(run, cells, lambda row, want: (row["age"], row["sex"]) == want)


# --- a paired organ spreads to its twin -----------------------------------------------------------------------
@pytest.mark.fields("metastasis_sites")
def test_grid_the_primarys_twin_organ_is_a_metastasis_site(run):
    cells = []
    for (adj, site), word in itertools.product((("ovarian", "ovary"), ("renal", "kidney"), ("adrenal", "adrenal"),
                                                ("pulmonary", "lung")), ("contralateral", "opposite", "other")):
        noun = {"ovary": "ovary", "kidney": "kidney", "adrenal": "adrenal gland", "lung": "lung"}[site]
        text = f"A 60-year-old woman had a {adj} NET, with metastases in the {word} {noun} and the liver."
        cells.append((CASE.format(text), [site, "liver"]))
        cells.append((CASE.format(f"A 60-year-old woman had a {adj} NET, with metastases in the liver."), ["liver"]))
    assert_grid(run, cells, lambda row, sites: row["metastasis_sites"] == sites)


# --- a grade that belongs to another histology of a mixed or double tumour ----------------------------------------
OTHER_HISTOLOGY = ["The biopsy showed a low grade colorectal adenocarcinoma.",
                   "One part was a high-grade urothelial carcinoma (G3).", "A low-grade squamous component was seen."]
NET_GRADE = {"The resected NET was grade 2.": "G2", "Final pathology: a well-differentiated NET, G1.": "G1"}


@pytest.mark.fields("grade")
def test_grid_a_grade_of_another_histology_is_not_the_nets(run):
    cells = [(CASE.format(f"A 60-year-old man had a mixed tumour. {other} {net}"), grade)
             for other, (net, grade) in itertools.product(OTHER_HISTOLOGY, NET_GRADE.items())]
    assert_grid(run, cells, lambda row, grade: row["grade"] == grade)


# --- regimens and drugs joined by a hyphen, and regimen acronyms -------------------------------------------------
JOINED = {"FOLFOX-bevacizumab": {"fluorouracil", "leucovorin", "oxaliplatin", "bevacizumab"},
          "CAPOX-bevacizumab": {"capecitabine", "oxaliplatin", "bevacizumab"},
          "FOLFIRI-Avastin": {"fluorouracil", "leucovorin", "irinotecan", "bevacizumab"},
          "CAV": {"cyclophosphamide", "doxorubicin", "vincristine"},
          "177Lu-DOTATATE": {"PRRT"}, "177Lu-lanreotide": {"PRRT"}}


@pytest.mark.fields("treatments")
def test_grid_joined_regimens_and_drugs(run):
    cells = [(CASE.format(f"A 60-year-old man had a metastatic colon NEC. {frame.format(r=words)}"), drugs)
             for (words, drugs), frame in itertools.product(JOINED.items(), (
                 "Treatment with {r} was started.", "He received six cycles of {r}."))]
    cells.append((CASE.format("A 60-year-old man had a metastatic colon NEC and was followed up."), set()))
    assert_grid(run, cells, lambda row, drugs: set(row["treatments"]) == drugs)
