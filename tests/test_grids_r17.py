"""Grids of the sixteenth round (r17): the shapes its study errors showed, each with its common variants.

- Enlarged lymph nodes summed up as metastases are a site with no lesion noun before them ('CT showed
  enlarged mediastinal lymph nodes consistent with metastases'; extractors/metastasis_sites.py).
- A backward cue closes the forward scope of its own kind before it: 'the possibility of malignancy could
  not be excluded and a lobectomy was performed' questions the malignancy only (context.py).
- A purpose opening its sentence ('To exclude malignancy, a lobectomy was performed') ends at its comma
  (rules/context.json 'phrase_openers').
- A site before 'from' or 'to' names no tumour noun after it ('metastasis to the orbit from a primary ileal
  tumour'), and a participle adjective after the origin preposition keeps a tumour noun's site ('a carcinoid
  arising in an inflamed appendix'; rules/sites.json).
- The largest of several lesions stated as an extent past a copula ('the largest being up to 2 cm') is its
  size, as 'measuring up to' is (rules/patterns.json size 'extent_links').
- A Portuguese indefinite article ('uma mulher', 'um homem') and the feminine definite one ('La patiente', 'la
  mujer') open the patient's noun phrase (rules/patterns.json sex 'noun_phrase_words').
- An abbreviation defined after the organ a class arose in ('small cell carcinoma of the prostate (SCCP)') names
  the class where the case text uses only it (rules/histology.json 'abbreviation_organ_words').
- A full stop glued to the next sentence after a space ('reported to date .We describe a case') ends its
  sentence (nlp.py GLUED_FULL_STOP).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test, metastasis_and_sites, told_cells

# --- enlarged lymph nodes summed up as metastases ---------------------------------------------------------
NODE_FINDINGS = ["enlarged mediastinal lymph nodes", "mediastinal lymphadenopathy", "bulky para-aortic lymph nodes",
                 "enlarged hilar and subcarinal lymph nodes", "retroperitoneal lymphadenopathy"]
SUMMARIES = ["consistent with metastases", "compatible with metastatic disease", "in keeping with nodal metastases",
             "indicative of metastatic spread"]
NO_NODES = {"CT showed enlarged mediastinal lymph nodes, reactive on biopsy.": ("unknown", set()),
            "CT showed no enlarged lymph nodes and no signs of metastases.": ("no", set()),
            "CT showed mediastinal lymphadenopathy, probably reactive.": ("unknown", set())}


def _summed_nodes_cells():
    intro = "A 61-year-old man had a small cell carcinoma of the bladder.\n"
    for finding, summary in itertools.product(NODE_FINDINGS, SUMMARIES):
        yield CASE.format(intro + f"Staging CT showed {finding} {summary}."), ("yes", {"lymph node"})
    yield from told_cells(intro, NO_NODES)


test_lymph_nodes_summed_up_as_metastases_are_a_site = grid_test(_summed_nodes_cells, metastasis_and_sites,
                                                                "metastasis")


# --- a backward cue closes the forward one before it --------------------------------------------------------
QUESTIONS = ["The possibility of malignancy could not be excluded", "Possible malignancy could not be ruled out",
             "The possibility of a carcinoid could not be excluded", "A possible malignant lesion was suspected"]
DONE = {"a right lower lobectomy was performed": ["surgery"], "a wedge resection was performed": ["surgery"],
        "she underwent a right lower lobectomy": ["surgery"]}
STILL_QUESTIONED = {"The possibility of a lobectomy was discussed.": [],
                    "A lobectomy could not be excluded as the next step.": [],
                    "A possible lobectomy was considered.": []}


def _closed_question_cells():
    intro = "A 47-year-old woman had a nodule in the right lower lobe of the lung.\n"
    for question, (done, want) in itertools.product(QUESTIONS, DONE.items()):
        yield CASE.format(intro + f"{question} and {done}."), want
    yield from told_cells(intro, STILL_QUESTIONED)


test_a_backward_cue_closes_the_forward_one_before_it = grid_test(_closed_question_cells,
                                                                 lambda row: row["treatments"], "treatments")


# --- a purpose opening its sentence -------------------------------------------------------------------------
PURPOSES = ["To exclude malignancy", "To rule out malignancy", "To exclude a carcinoid tumour",
            "To rule out metastatic disease"]
PURPOSE_FRAMES = {"{}, a right lower lobectomy was performed.": ["surgery"],
                  "{}, she underwent a wedge resection.": ["surgery"],
                  "{}, a lobectomy was recommended.": []}


def _purpose_cells():
    for (frame, want), purpose in itertools.product(PURPOSE_FRAMES.items(), PURPOSES):
        intro = "A 47-year-old woman had a nodule in the right lower lobe of the lung.\n"
        yield CASE.format(intro + frame.format(purpose)), want


test_a_purpose_opening_its_sentence_ends_at_its_comma = grid_test(_purpose_cells,
                                                                  lambda row: row["treatments"], "treatments")


# --- the site of a tumour noun: 'from', 'to', and the organ's state -------------------------------------------
SPREAD = {"carcinoid metastasis to the orbit from a primary ileal tumour": "ileum",
          "a metastasis to the breast from a primary pancreatic tumour": "pancreas",
          "metastatic spread to the orbit from a primary rectal carcinoid": "rectum",
          "a NET metastatic to the skin from an ileal primary": "ileum"}
STATES = {"a carcinoid tumour arising in an inflamed appendix": "appendix",
          "a carcinoid within a perforated appendix": "appendix",
          "a neuroendocrine tumour arising in an inflamed Meckel's diverticulum": "ileum",
          "a NET in a dilated common bile duct": "bile duct",
          "a carcinoid of the resected terminal ileum": "ileum"}
NO_PRIMARY = {"We present a case of carcinoid metastasis to the orbit from an unknown primary.": None,
              "We describe a tumour found during surgery for an inflamed appendix and later lost to follow-up.": None}


def _tumour_site_cells():
    yield from framed_cells("", ["We present a case of {}."], {**SPREAD, **STATES})
    yield from told_cells("", NO_PRIMARY)


test_a_tumour_noun_keeps_its_site = grid_test(_tumour_site_cells, lambda row: row["primary_site"], "primary_site")


# --- a full stop glued to the next sentence --------------------------------------------------------------------
# 'reported in the literature to date .We describe a case': flattened web pages leave a sentence's full stop
# after a space and glued to the next word; the tokenizer splits it off (nlp.py GLUED_FULL_STOP), so the next
# sentence names its patient. A decimal ('.5 cm') stays whole.
BEFORE = ["Only 25 such tumours have been reported in the literature to date",
          "Fewer than 30 cases have been published", "Such tumours are rare in women"]
GLUED_NEXT = {"We describe a 60-year-old woman with a vaginal NEC.": ("60", "female"),
              "We report a case of a 47-year-old man with a rectal NET.": ("47", "male"),
              "Here we present a 33-year-old woman with an ovarian carcinoid.": ("33", "female")}
NO_PATIENT = ["Most of the patients were older than 60 years.", "Its incidence peaks at 60 years of age."]


def _glued_full_stop_cells():
    for before, (sentence, want) in itertools.product(BEFORE, GLUED_NEXT.items()):
        yield f"Introduction\n{before} .{sentence}\n", want
    for before, sentence in itertools.product(BEFORE, NO_PATIENT):  # the literature's patients, no index one
        yield f"Introduction\n{before} .{sentence}\n", (None, None)


test_a_glued_full_stop_ends_its_sentence = grid_test(_glued_full_stop_cells, lambda row: (row["age"], row["sex"]),
                                                     "age", "sex")


# --- the largest lesion's extent past a copula ------------------------------------------------------------------
# 'Multiple small nodules were seen, the largest being up to 2 cm in diameter': the largest lesion's greatest
# extent, as 'measuring up to 9 cm' is; a bound of a rule or a distance is still no size.
LESIONS = ["Multiple small nodules were seen on the gastric mucosa", "Endoscopy showed several gastric polyps",
           "Three polypoid lesions were found in the gastric body"]
LARGEST = {"the largest being up to 2 cm in diameter": "20", "the largest being up to 18 mm": "18",
           "the largest was up to 1.5 cm": "15", "the largest measuring up to 2 cm": "20"}
BOUNDS = {"Lesions up to 2 cm can be removed endoscopically.": None,
          "The resection margin was up to 2 cm from the lesion.": None,
          "Polyps are usually up to 1 cm in size.": None}


def _largest_extent_cells():
    intro = "A 61-year-old woman had a gastric NET.\n"
    for lesions, (largest, want) in itertools.product(LESIONS, LARGEST.items()):
        yield CASE.format(intro + f"{lesions}, {largest}."), want
    yield from told_cells(intro, BOUNDS)


test_the_largest_lesion_extent_past_a_copula_is_its_size = grid_test(
    _largest_extent_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- the patient's noun phrase after a Portuguese or a feminine definite article ------------------------------------
ROMANCE_PATIENTS = {"Relatamos o caso de uma mulher com um tumor carcinoide do pulmão.": "female",
                    "Descrevemos o caso de um homem com um tumor neuroendócrino do pâncreas.": "male",
                    "Uma mulher foi internada por dor abdominal.": "female",
                    "La patiente se plaignait de douleurs abdominales depuis un an.": "female",
                    "La mujer refería dolor abdominal desde hacía un año.": "female"}
NO_PATIENT_NOUN = {"O caso foi discutido em reunião multidisciplinar.": None,
                   "La tumeur mesurait trois centimètres.": None,
                   "La biopsia confirmó un tumor neuroendocrino.": None}


def _romance_article_cells():
    yield from told_cells("", ROMANCE_PATIENTS, NO_PATIENT_NOUN)


test_a_romance_article_opens_the_patient_noun_phrase = grid_test(_romance_article_cells, lambda row: row["sex"], "sex")


# --- an abbreviation defined past the organ -------------------------------------------------------------------
# 'Small cell carcinoma of the prostate (SCCP) is rare ... a 65-year-old man with SCCP': the introduction defines
# the abbreviation after the organ the class arose in, and the case text uses only the abbreviation.
DEFINED = {("small cell carcinoma of the prostate", "SCCP"): "NEC",
           ("large cell neuroendocrine carcinoma of the cervix", "LCNECC"): "NEC",
           ("neuroendocrine carcinoma of the uterine cervix", "NECC"): "NEC",
           ("typical carcinoid of the lung", "TCL"): "NET",
           ("neuroendocrine tumour of the ampulla", "ANET"): "NET"}
NOT_DEFINED = {("carcinoma of the prostate", "CaP"): None, ("adenocarcinoma of the uterine cervix", "ACC"): None}
CASE_SENTENCES = ["A 65-year-old patient was diagnosed with {}.", "Biopsy of the mass confirmed {}.",
                  "The final diagnosis was {} with nodal spread."]


def _defined_past_the_organ_cells():
    for ((long_form, short), want), sentence in itertools.product({**DEFINED, **NOT_DEFINED}.items(), CASE_SENTENCES):
        intro = f"Introduction\n{long_form.capitalize()} ({short}) is a rare entity.\n\n"
        yield intro + CASE.format(sentence.format(short)), want


test_an_abbreviation_defined_past_the_organ_names_the_class = grid_test(
    _defined_past_the_organ_cells, lambda row: row["histology"], "histology")
