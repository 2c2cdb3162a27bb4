"""Grids of the second probing round of the fifth session on metastasis (r5b-meta): the tumour class's
behaviour stated in an unheaded introduction or abstract ('X is an aggressive disease with early distant
metastases', 'the prognosis is poor owing to early haematogenous spread', 'most of them are metastases from
other organs') is no finding of the patient; the same present tense about the case ('there are metastases in
the liver', a figure legend) is.

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds nothing
(tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test

# --- a generic clause about how the tumour class spreads -----------------------------------------------------------
# rules/context.json generic_statements spread_types/spread_markers: a clause in the general present with no
# anchor to the patient, holding a word of the class's behaviour, is other-patient talk for the metastasis word.
CLASSES = ["Large cell neuroendocrine carcinoma of the cervix", "Small cell carcinoma of the bladder",
           "Merkel cell carcinoma", "Neuroendocrine carcinoma of the larynx"]
CLASS_FRAMES = [
    "{c} is an aggressive disease with early distant metastases.",
    "{c} is a rare malignancy characterized by distant metastases at diagnosis.",
    "{c} is characterised by early haematogenous dissemination.",
    "{c} has a high rate of distant metastasis.",
    "The prognosis of {lc} is poor owing to distant metastases.",
    "The outlook of {lc} remains dismal because of early metastasis.",
    "Nodal and distant metastases are frequent in {lc}.",
]
GENERIC_OTHER = ["Most of them are metastases from other organs.",
                 "Secondary tumours of the ovary are metastases from other sites.",
                 "About half of the patients have liver metastases at diagnosis.",
                 "The liver is the commonest site of metastasis.",
                 "Distant metastases are common at presentation.",
                 "Nodal metastases are present in a minority, distant ones in the majority."]
# the patient's case, then: a finding, or none
CASE_WITH = "A 63-year-old woman presented with weight loss. CT showed metastases in the liver."
CASE_WITHOUT = "A 63-year-old woman presented with weight loss. CT showed a mass in the pelvis."
# present-tense findings of the case: a figure legend, a description of the images
PRESENT_FINDINGS = [
    "There are multiple metastases in the liver.",
    "Figure 2. The liver metastases are marked with arrows.",
    "Liver metastases are present in both lobes.",
    "The disease is metastatic to the liver and bones.",
    "Figure 3. Axial CT image showing liver metastases (arrows).",
]


# a title line first: the first line of a text is read as the report's title, where a class statement would count
TITLED = "A rare case and a review\n\n" + CASE


def class_statement_cells():
    statements = [f.format(c=c, lc=c[0].lower() + c[1:]) for f, c in itertools.product(CLASS_FRAMES, CLASSES)]
    for statement in statements + GENERIC_OTHER:
        yield TITLED.format(f"{statement} {CASE_WITHOUT}"), "unknown"
        yield TITLED.format(f"{statement} {CASE_WITH}"), "yes"
    opening = "A 63-year-old woman presented with weight loss."
    for finding in PRESENT_FINDINGS:
        yield TITLED.format(f"{opening} {finding}"), "yes"


test_grid_the_class_spreading_is_no_finding = grid_test(
    class_statement_cells, lambda row: row["metastasis"], "metastasis")


# --- primary sites outside the bowel a site list missed ---------------------------------------------------------------
# The vulva (and its labia) and the submandibular gland are organs of their own (rules/sites.json); a node below
# the jaw ('submandibular lymph node') stays a lymph node.
PRIMARY_WORDS = {"vulva": ["vulvar", "vulval"], "submandibular gland": []}
PRIMARY_NOUNS = {"vulva": ["vulva", "left labium majus", "labia minora"], "submandibular gland": ["submandibular gland"]}
PRIMARY_TUMOURS = ["neuroendocrine carcinoma", "small cell carcinoma", "Merkel cell carcinoma", "neuroendocrine tumour"]
PRIMARY_FRAMES_ADJ = ["A 66-year-old woman presented with a {a} {t}.", "We report a {a} {t} in a 66-year-old woman."]
PRIMARY_FRAMES_NOUN = ["A 66-year-old woman had a {t} of the {n}.",
                       "A 66-year-old woman presented with a mass in the {n}; excision showed a {t}."]


def primary_cells():
    for site, t in itertools.product(PRIMARY_WORDS, PRIMARY_TUMOURS):
        for a, frame in itertools.product(PRIMARY_WORDS[site], PRIMARY_FRAMES_ADJ):
            yield TITLED.format(frame.format(a=a, t=t)), site
        for n, frame in itertools.product(PRIMARY_NOUNS[site], PRIMARY_FRAMES_NOUN):
            yield TITLED.format(frame.format(n=n, t=t)), site
    for t in PRIMARY_TUMOURS:  # a node below the jaw is no gland, and a lung primary keeps its place
        yield TITLED.format(f"A 66-year-old woman had an enlarged submandibular lymph node; biopsy showed a {t} "
                            "metastatic from a lung primary."), "lung"


test_grid_primary_sites_outside_the_bowel = grid_test(primary_cells, lambda row: row["primary_site"], "primary_site")


# --- a column of empty abstract headers, then their values as one block -------------------------------------------
# rules/sections.json stacked_headers: a page that prints 'Objective: Background: / Case Report: / Conclusions: /
# MeSH Keywords: ...' as a column of empty labels and the abstract's values after it has its abstract in that
# block, whatever header it follows; one 'Conclusions:' header with its text is still a conclusion.
COLUMNS = [["Objective: Background:", "Case Report:", "Conclusions:", "MeSH Keywords:", "Full-text PDF:"],
           ["Objective:", "Background:", "Case Report:", "Conclusions:", "Keywords:"],
           ["Background:", "Case presentation:", "Conclusions:", "MeSH Keywords:"]]
PEOPLE = [("52", "female", "A 52-year-old woman"), ("67", "male", "A 67-year-old man"),
          ("41", "female", "A 41-year-old female patient")]
BLOCK = ("Unusual clinical course Carcinoids of this organ are uncommon. {p} came to us with a painful swelling. "
         "Resection showed a well-differentiated neuroendocrine tumour. The tumour should be kept in mind. "
         "Carcinoid tumour - neuroendocrine tumours")
BODY = "\n\nBackground\n\nCarcinoids of this organ are uncommon and are most often found by chance.\n"


def stacked_header_cells():
    for column, (age, sex, person) in itertools.product(COLUMNS, PEOPLE):
        head = "A carcinoid of an unusual organ: a case report\n\n" + "\n\n\n".join(column) + "\n\n"
        yield head + BLOCK.format(p=person) + BODY, (age, sex)
        # one conclusion header with its text, no column: a conclusion, not read for the patient
        yield ("A carcinoid of an unusual organ: a case report\n\nConclusions:\n\n" + BLOCK.format(p=person)
               + BODY), (None, None)


test_grid_a_column_of_empty_headers_holds_the_abstract = grid_test(
    stacked_header_cells, lambda row: (row["age"], row["sex"]), "age", "sex")


# --- an autopsy's list of sites: the meninges, and 'plus' in a list ---------------------------------------------
# The meninges are a site of their own (the leptomeninges stay with the spinal cord, as before); 'plus' joins a
# list of organs as 'and' does ('the meninges and the brain, plus the liver and the adrenal glands').
AUTOPSY_FRAMES = ["Autopsy revealed {t} with metastases to {l}.", "At post-mortem examination, {t} had spread to {l}.",
                  "In this man with {t}, post-mortem examination showed metastatic deposits in {l}."]
AUTOPSY_LISTS = [("the meninges and the brain, plus the liver and the adrenal glands",
                  ("adrenal", "brain", "liver", "meninges")),
                 ("the liver plus the pericardium", ("heart", "liver")),
                 ("the dura mater, the skull and the lungs", ("bone", "lung", "meninges"))]


def autopsy_cells():
    for frame, t, (words, sites) in itertools.product(AUTOPSY_FRAMES, ["a small cell carcinoma of the oesophagus",
                                                                       "a gastric NEC"], AUTOPSY_LISTS):
        yield TITLED.format("A 71-year-old man died of heart failure. " + frame.format(t=t, l=words)), sites
    # meningeal symptoms are no metastasis
    yield TITLED.format("A 71-year-old man with a gastric NEC had meningeal signs; CT was normal."), ()


test_grid_an_autopsy_list_of_sites = grid_test(
    autopsy_cells, lambda row: tuple(sorted(row["metastasis_sites"])), "metastasis_sites")


# --- an age written with a typographic dash ----------------------------------------------------------------------
# 'an 85\u2013year-old woman', 'a 62\u2010year\u2010old man': an en dash or a Unicode hyphen between the number and
# 'year' or 'old' is the hyphen (rules/patterns.json age patterns), in digits and in words.
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013"]
AGES = [("85", "85"), ("forty", "40"), ("7", "7")]
AGE_FRAMES = ["We report an {a}{d}year{e}old woman with flushing.", "A {a}{d}year{e}old man presented with diarrhoea.",
              "A {a}{d}years{e}old girl had hypoglycaemia."]


def dash_age_cells():
    for d, e, (a, age), frame in itertools.product(DASHES, ["-", "\u2013"], AGES, AGE_FRAMES):
        text = frame.format(a=a, d=d, e=e).replace("an 7", "a 7").replace("an forty", "a forty")
        yield TITLED.format(text), age
    for d in DASHES:  # a range of years is a duration, no age
        yield TITLED.format(f"Flushing had troubled her for 5{d}7 years."), None


test_grid_an_age_with_a_typographic_dash = grid_test(dash_age_cells, lambda row: row["age"], "age")


# --- a present-tense finding names its organs ----------------------------------------------------------------------
# 'Metastases are present in the liver' (a figure legend, a present-tense case description): 'is'/'are' stand
# between the metastasis word and its preposition as 'was'/'were' do (rules/metastasis.json found_verbs).
PRESENT_SITE_FRAMES = ["{s} present in {l}.", "{s} seen in {l} (arrows).", "Figure 4. {s} found in {l}."]
PRESENT_SITE_LISTS = [("the liver", ("liver",)), ("the liver, the bones and the adrenal glands", ("adrenal", "bone", "liver")),
                      ("both lungs", ("lung",))]
SUBJECTS = ["A metastasis is", "Metastases are", "Metastatic deposits are"]


def present_site_cells():
    opening = "A 64-year-old man with a pancreatic NET presented with jaundice."
    for frame, subject, (words, sites) in itertools.product(PRESENT_SITE_FRAMES, SUBJECTS, PRESENT_SITE_LISTS):
        yield TITLED.format(f"{opening} {frame.format(s=subject, l=words)}"), sites
    yield TITLED.format(f"{opening} The liver is normal."), ()


test_grid_a_present_tense_finding_names_its_organs = grid_test(
    present_site_cells, lambda row: tuple(sorted(row["metastasis_sites"])), "metastasis_sites")
