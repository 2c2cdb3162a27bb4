"""Grids of the fourteenth round (r15): the commonest wordings, probed field by field, and the round's new sites.

This round first probed each field with a grid of the ways pathology reports and case narratives commonly
state it, written afresh before looking at any report's errors; what failed is here:

- a mitotic count written in words ('two mitoses per 10 HPF', 'a mitotic count of three per 10
  high-power fields'), read as its digits as a Ki-67 value in words already was (one mechanism,
  pipeline/extractors/number_words.py; rules/mitoses.json 'number_words');
- 'she is alive with liver metastases': the disease she lives with, told without a follow-up time;
- a stain panel introduced as 'Positive stains included ...' or 'Negative stains including ...';
- 'an uneventful course on follow-up for two years' (a status dated by its follow-up).
- another carcinoma's grade beside the NET ('a high-grade serous ovarian carcinoma', 'grade 1 endometrioid');
- a bracketed aside inside a metastatic tumour's phrase ('a metastatic neuroendocrine (carcinoid) tumour in the
  orbit'), passed over as the primary-site vote already passed one;
- a bare 'carcinomatosis' names the peritoneum (a metastasis word with its own organ);
- the title's metastasis joins the text's sites; a headline's region word the text puts before its nodes names them.

Then the round's new reports (head and neck, genitourinary, digestive courses) showed primaries named by
an organ the vocabulary lacked: the tongue, the rest of the mouth as the oral cavity, the ear canal, the
lacrimal gland and sac (rules/sites.json).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test

# --- a mitotic count written in words ---------------------------------------------------------------------
# The count's shapes are those of digits ('3 mitoses per 10 HPF', 'mitotic count of 3 per 10 HPF', '<2 per
# 2 mm2'); a number word is read as its digits. A count word without a number ('mitoses were rare', 'one of
# the sections showed mitoses') gives none.
WORDS = {"one": 1, "two": 2, "three": 3, "five": 5, "twelve": 12}
COUNT_FRAMES = {"There {be} {w} {noun} per 10 HPF.": ("{n}", "{n}", "10 HPF"),
                "{W} {noun} per 10 high-power fields {be} counted.": ("{n}", "{n}", "10 HPF"),
                "The mitotic count was {w} per 2 mm2.": ("{n}", "{n}", "2 mm2"),
                "Mitotic activity: fewer than {w} per 10 HPF.": (None, "{n}", "10 HPF"),
                "The mitotic rate was {w} per square millimeter.": ("{n}", "{n}", "1 mm2")}


def mitoses(row):
    return (row["mitoses_low"], row["mitoses_high"], row["mitoses_per"])


def _number_word_cells():
    intro = "A 61-year-old woman had a mass of the ileum resected.\n"
    for (frame, want), (word, n) in itertools.product(COUNT_FRAMES.items(), WORDS.items()):
        noun, be = ("mitosis", "was") if n == 1 else ("mitoses", "were")
        text = frame.format(w=word, W=word.capitalize(), noun=noun, be=be)
        yield CASE.format(intro + text), tuple(None if v is None else v.format(n=n) for v in want)
    for absent in ("Mitoses were rare.", "One of the sections showed mitoses.", "Two pathologists counted the mitoses."):
        yield CASE.format(intro + absent), (None, None, None)


test_a_mitotic_count_written_in_words = grid_test(_number_word_cells, mitoses, "mitoses")


# --- alive with a disease ----------------------------------------------------------------------------------
# 'She is alive with liver metastases': a disease word after a living status and 'with' is what she lives with
# when the status is stated; it needs no follow-up time of its own (rules/outcome.json 'living_with_words').
# A disease word stated alone at presentation stays no status, and a denied one after 'alive with' ('alive
# with no evidence of disease') is no disease.
LIVING = ["She is alive with {d}.", "She is still alive with {d}.", "She remains alive, with {d}.",
          "The patient is alive with {d}."]
DISEASES = ["liver metastases", "metastatic disease", "residual tumour", "multiple bone metastases",
            "a recurrence in the liver"]


def _living_with_cells():
    intro = "A 66-year-old woman had a pancreatic NET resected and was given lanreotide.\n"
    for frame, disease in itertools.product(LIVING, DISEASES):
        yield CASE.format(intro + frame.format(d=disease)), "alive with disease"
    yield CASE.format(intro + "She is alive with no evidence of disease."), "alive, no disease"
    yield CASE.format("A 66-year-old woman was found to have liver metastases.\n"), None
    yield CASE.format("A 66-year-old woman, alert, with liver metastases, was admitted.\n"), None


test_alive_with_a_disease = grid_test(_living_with_cells, lambda row: row["outcome"], "outcome")


# --- a panel introduced as positive or negative -------------------------------------------------------------
# 'Positive stains included synaptophysin and chromogranin A', 'Negative stains including CK7 and TTF-1'
# (rules/markers.json polarity 'positive_forward', 'negative_forward'). ('lack of' was tried and left out: 'a
# lack of ACTH suppression' is a test's result, and ACTH a stain's name too.)
PANEL_FRAMES = {"Positive stains included {a} and {b}.": "+", "Positive stains including {a} and {b} were seen.": "+",
                "Negative stains included {a} and {b}.": "-", "Negative stains including {a} and {b} were noted.": "-"}
PAIRS = [("synaptophysin", "CD56"), ("CK7", "TTF-1"), ("CDX2", "chromogranin A")]


def _panel_cells():
    intro = "A 52-year-old man had a mass of the rectum resected.\n"
    for (frame, sign), (a, b) in itertools.product(PANEL_FRAMES.items(), PAIRS):
        yield CASE.format(intro + frame.format(a=a, b=b)), ({a, b}, set()) if sign == "+" else (set(), {a, b})
    yield CASE.format(intro + "Stains for synaptophysin and CD56 were ordered."), (set(), set())


test_a_panel_introduced_as_positive_or_negative = grid_test(
    _panel_cells, lambda row: (set(row["markers_positive"] or []), set(row["markers_negative"] or [])),
    "markers_positive", "markers_negative")


# --- a primary of the head and neck ------------------------------------------------------------------------
# A NEC or carcinoid arising in the mouth, the ear canal or the lacrimal apparatus is named by the organ as the
# reports name it (rules/sites.json 'tongue', 'oral cavity', 'ear canal', 'lacrimal gland', 'lacrimal sac').
# 'oral' names a route and stays no site: 'oral octreotide' places no tumour.
HEAD_AND_NECK = {"tongue": "tongue", "floor of the mouth": "oral cavity", "gingiva": "oral cavity",
                 "palate": "oral cavity", "buccal mucosa": "oral cavity", "external auditory canal": "ear canal",
                 "ear canal": "ear canal", "lacrimal gland": "lacrimal gland", "lacrimal sac": "lacrimal sac"}
SITE_FRAMES = ["Biopsy of a mass of the {s} showed a small cell neuroendocrine carcinoma.",
               "A well-differentiated neuroendocrine tumour arising in the {s} was excised.",
               "She was diagnosed with a large cell neuroendocrine carcinoma of the {s}."]


def _head_and_neck_cells():
    intro = "A 63-year-old woman noticed a painless swelling.\n"
    for frame, (site, want) in itertools.product(SITE_FRAMES, HEAD_AND_NECK.items()):
        yield CASE.format(intro + frame.format(s=site)), want
    yield CASE.format(intro + "A neuroendocrine carcinoma was diagnosed and oral etoposide was given."), None


test_a_primary_of_the_head_and_neck = grid_test(_head_and_neck_cells, lambda row: row["primary_site"], "primary_site")


# --- another carcinoma's grade ------------------------------------------------------------------------------
# A NEC or NET reported beside another carcinoma, each with its own grade: 'a history of high-grade serous
# ovarian carcinoma', 'a grade 1 endometrioid carcinoma of the corpus' grade that carcinoma, not the NET (rules/
# patterns.json grade 'blockers'); the NET's own grade, stated, still counts.
OTHER_CARCINOMAS = ["high-grade serous ovarian carcinoma", "grade 3 serous carcinoma", "grade 1 endometrioid carcinoma",
                    "low-grade mucinous neoplasm", "high-grade ductal carcinoma in situ",
                    "high-grade squamous intraepithelial lesion", "grade 2 hepatocellular carcinoma"]


def _other_grade_cells():
    intro = "A 70-year-old woman had a mass of the ileum resected.\n"
    for other in OTHER_CARCINOMAS:
        yield CASE.format(f"{intro}She had been treated for a {other} years before. The mass was a NET."), None
        yield CASE.format(f"{intro}She had been treated for a {other} years before. The mass was a NET G2."), "G2"


test_another_carcinoma_s_grade = grid_test(_other_grade_cells, lambda row: row["grade"], "grade")


# --- a bracketed aside in a metastatic tumour's phrase ------------------------------------------------------
# 'a metastatic neuroendocrine (carcinoid) tumour in the orbit', 'a metastatic NET (grade 2) in the breast': the
# aside holds another name or a detail and breaks nothing, so the organ is where the metastasis sits, as without
# it (pipeline/extractors/asides.py); an unclosed bracket still breaks the phrase.
ASIDE_TUMOURS = ["metastatic neuroendocrine (carcinoid) tumour", "metastatic neuroendocrine tumour (NET)",
                 "metastatic well-differentiated (grade 2) NET", "metastatic NET (Ki-67 5%)",
                 "metastatic neuroendocrine tumour", "metastatic carcinoid [NET]"]
SEATS = ["orbit", "breast", "skin"]


def _aside_cells():
    intro = "A 61-year-old woman was diagnosed with an ileal neuroendocrine tumour eight years earlier.\n"
    for tumour, seat in itertools.product(ASIDE_TUMOURS, SEATS):
        yield CASE.format(f"{intro}Now a {tumour} in the {seat} was excised."), ("ileum", {seat})
    yield CASE.format(f"{intro}Now a neuroendocrine (carcinoid) tumour in the breast was excised."), ("ileum", set())


test_a_bracketed_aside_in_a_metastatic_tumour_s_phrase = grid_test(
    _aside_cells, lambda row: (row["primary_site"], set(row["metastasis_sites"] or [])),
    "primary_site", "metastasis_sites")


# --- carcinomatosis: the peritoneum unless another organ is named --------------------------------------------
# A bare 'carcinomatosis' is peritoneal (rules/metastasis.json 'own_site_words'); 'lymphangitic' or 'leptomeningeal
# carcinomatosis' name their organ before the word, and a denied one names none.
CARCINOMATOSIS = {"with associated carcinomatosis": {"peritoneum"}, "with peritoneal carcinomatosis": {"peritoneum"},
                  "with diffuse carcinomatosis": {"peritoneum"}, "complicated by carcinomatosis": {"peritoneum"},
                  "with lymphangitic carcinomatosis": {"lung"}, "with leptomeningeal carcinomatosis": {"spinal cord"},
                  "without carcinomatosis": set()}


def _carcinomatosis_cells():
    for phrase, want in CARCINOMATOSIS.items():
        yield CASE.format(f"A 59-year-old woman was found to have a gastric NEC {phrase}."), want


test_carcinomatosis_names_the_peritoneum = grid_test(
    _carcinomatosis_cells, lambda row: set(row["metastasis_sites"] or []), "metastasis_sites")


# --- the title's metastasis beside the text's ------------------------------------------------------------
# A report about one metastasis names it in its title ('Carcinoid metastasis of the skin'); its text, cut short or
# busy with the primary's staging, may name only the nodes: the title's site joins the text's (metastasis_choice
# .chosen_sites). A region word of the title that the text puts before its lymph nodes ('with mesenteric
# metastases' of a report on 'mesenteric lymph nodes') names those nodes, not the peritoneum.
TITLES = {"Carcinoid metastasis of the skin: a case report": "skin",
          "Metastasis of a bronchial carcinoid to the breast": "breast",
          "Orbital metastasis of an ileal neuroendocrine tumour": "orbit",
          "Cardiac metastases from a small bowel NET": "heart"}
BODY = ("Case presentation\nA 66-year-old man had a neuroendocrine tumour of the ileum resected, staged pT3 N1, with "
        "metastases in 2 of 14 lymph nodes.\n")


def _title_site_cells():
    for title, seat in TITLES.items():
        yield f"{title}\n\n{BODY}", {seat, "lymph node"}
    yield ("Ileal NET with mesenteric and hepatic metastases\n\nCase presentation\nA 66-year-old man had an ileal "
           "NET resected with metastases to the mesenteric lymph nodes. CT showed liver metastases.\n",
           {"lymph node", "liver"})


test_the_title_s_metastasis_beside_the_text_s = grid_test(
    _title_site_cells, lambda row: set(row["metastasis_sites"] or []), "metastasis_sites")


# --- a hedge's 'not' reaches no further than the hedge ---------------------------------------------------------
# 'Malignancy could not be excluded and a lobectomy was performed': the 'not' is the hedge's own word (a longer cue
# hides the cues inside it, pipeline/context.py), so the operation after it is given; what the hedge is about
# stays a possibility ('liver metastasis could not be excluded' names no site).
HEDGES = ["could not be excluded", "cannot be excluded", "could not be ruled out", "cannot be ruled out"]
AFTER_HEDGE = {"and a lobectomy was performed": {"surgery"}, "so octreotide was started": {"octreotide"},
               "and the tumour was resected": {"surgery"}}


def _hedge_cells():
    intro = "A 54-year-old man had a nodule in the right lung.\n"
    for hedge, (after, want) in itertools.product(HEDGES, AFTER_HEDGE.items()):
        yield CASE.format(f"{intro}However, malignancy {hedge} {after}."), (want, set())
    for hedge in HEDGES:
        yield CASE.format(f"{intro}A liver metastasis {hedge} on CT."), (set(), set())
    yield CASE.format(f"{intro}A liver metastasis was found on CT."), (set(), {"liver"})


test_a_hedge_s_not_reaches_no_further = grid_test(
    _hedge_cells, lambda row: (set(row["treatments"] or []), set(row["metastasis_sites"] or [])),
    "treatments", "metastasis_sites")


# --- a short name of the tumour joined to NET, and Whipple's triad ------------------------------------------------
# 'a grade 1 GB-NET', 'SI-NETs', 'GEP-NEC', 'pNET', 'PanNET' are the tumour's names, so its grade counts beside them
# (rules/patterns.json grade 'tumour_suffixes'); 'Whipple's triad' proves a hypoglycaemia and is no operation
# (rules/treatments.json 'excluded_heads', read past the possessive), while 'a Whipple's procedure' is one.
SHORT_NAMES = ["GB-NET", "SI-NET", "GEP-NEC", "pNET", "PanNET", "GEP-NEN"]


def _short_name_cells():
    intro = "A 48-year-old woman was referred with abdominal pain.\n"
    for name, g in itertools.product(SHORT_NAMES, "123"):
        yield CASE.format(f"{intro}The final diagnosis was a grade {g} {name}."), (f"G{g}", [])
    yield CASE.format(f"{intro}Her hypoglycaemia fulfilled Whipple's triad."), (None, [])
    yield CASE.format(f"{intro}Symptoms were consistent with the Whipple triad."), (None, [])
    yield CASE.format(f"{intro}She underwent a Whipple's procedure for a grade 2 pNET."), ("G2", ["surgery"])


test_a_short_name_of_the_tumour_and_whipple_s_triad = grid_test(
    _short_name_cells, lambda row: (row["grade"], list(row["treatments"] or [])), "grade", "treatments")


# --- an uneventful course over the follow-up ------------------------------------------------------------------
# 'She had an uneventful course on follow-up for two years' is how she fared, dated (rules/outcome.json 'alive',
# 'needs_time'); the same words at discharge are the postoperative course and no outcome.
UNEVENTFUL = {"She had an uneventful course on follow-up for two years.": ("alive", 24),
              "He has had an uneventful course during 3 years of follow-up.": ("alive", 36),
              "An uneventful course followed over the next 18 months.": ("alive", 18),
              "She had an uneventful course and was discharged on day 7.": (None, None),
              "The postoperative course was uneventful.": (None, None)}


def _uneventful_cells():
    intro = "A 51-year-old woman had an appendiceal NET resected.\n"
    for sentence, want in UNEVENTFUL.items():
        yield CASE.format(intro + sentence), want


test_an_uneventful_course_over_the_follow_up = grid_test(
    _uneventful_cells, lambda row: (row["outcome"], None if row["follow_up_months"] is None
                                    else int(row["follow_up_months"])), "outcome")
