"""Grids of the eighteenth round (r19): the shapes its study errors showed, each with its common variants.

- A treatment the past history gives another cancer is that cancer's ('a history of breast cancer treated with
  a mastectomy', 'her medical history included colon cancer, for which she had undergone a hemicolectomy'):
  never a treatment of the index tumour (rules/context.json, the HISTORICAL cue on the other cancer's name and
  its 'crosses'; context.py reads its scope over the treatment words that end other scopes). The index tumour's
  own history ('a history of an ileal NET treated with ...') and an adenocarcinoma of the prostate or the lung,
  where a small cell carcinoma arises by transformation, keep their treatments.
- An operation named for its organ votes for the primary when the tumour told before it was removed by it ('the
  NET was resected by partial gastrectomy') or diagnosed before it ('Following a diagnosis of insulinoma, distal
  pancreatectomy was performed'; rules/sites.json operation_organs 'found_words', extractors/operation_organ.py).
- 'Neuroendocrine adenoma' names a tumour ('a neuroendocrine adenoma of the middle ear'; rules/sites.json
  'tumour_nouns', 'specific_tumour_nouns').
- A page that lost its own title line has none in its introduction: a line there that names a tumour and ends
  without a full stop ('Laryngeal neuroendocrine carcinomas are rare and aggressive tumours') is the report's
  topic, not its title (extractors/title.py: the title is sought only in the sections where it may stand).
- When nothing about the patient names a class, the introduction's topic does ('Small cell neuroendocrine
  carcinoma of the bladder is a rare and aggressive malignancy' over a case that says only 'the tumour'), as it
  votes for the primary site (extractors/histology.py with topic.py); a class the case names wins. So does the
  first prose of a page cut before its headers (rules/sites.json topic 'sections' += front_matter).
- The introduction's topic counts after its copula ('Insulinomas are uncommon functioning tumours of the
  pancreas'; rules/sites.json primary_vote topic 'copulas').
- An examination and its verb make a clause boundary at an 'and' only in the 'and''s own sentence: in 'a history
  of breast cancer treated with a mastectomy and chemotherapy. CT showed ...' the next sentence's 'CT showed'
  no longer cuts the list at its 'and' (clause_bounds.py `_examination_after`).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test, told_cells

# --- a treatment of another cancer in the past history -----------------------------------------------------------
HISTORIES = ["She had a history of {c} treated with {t}.",
             "She had a history of {c}, which was treated with {t}.",
             "She had a history of {c} that was treated with {t} ten years ago.",
             "Her medical history included {c}, for which she had undergone {t}.",
             "Her past history was notable for {c}, for which she received {t}.",
             "A 62-year-old woman with a history of {c} treated with {t} presented with flushing."]
OTHER_CANCERS = ["breast cancer", "ovarian carcinoma", "colon adenocarcinoma", "Hodgkin lymphoma", "melanoma"]
OTHER_TREATMENTS = ["a mastectomy and adjuvant chemotherapy", "surgery followed by radiotherapy",
                    "tamoxifen", "six cycles of doxorubicin"]
OWN_HISTORIES = {"She had a history of an ileal NET treated with a right hemicolectomy.": ["lanreotide", "surgery"],
                 "She had a history of a small cell carcinoma treated with cisplatin.": ["cisplatin", "lanreotide"],
                 "She had a history of flushing treated with octreotide.": ["lanreotide", "octreotide"],
                 "He had a history of prostate cancer treated with a transurethral resection.": ["lanreotide", "surgery"],
                 "He had a history of lung adenocarcinoma treated with osimertinib.": ["lanreotide", "osimertinib"]}
THEN = " The ileal NET was treated with lanreotide."


def _other_cancer_cells():
    intro = "A 62-year-old woman had an ileal NET.\n"
    for history, cancer, treatment in itertools.product(HISTORIES, OTHER_CANCERS, OTHER_TREATMENTS):
        yield CASE.format(intro + history.format(c=cancer, t=treatment) + THEN), ["lanreotide"]
    yield from told_cells(intro, {sentence + THEN: want for sentence, want in OWN_HISTORIES.items()})


test_a_treatment_of_another_cancer_in_the_past_history = grid_test(
    _other_cancer_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- an examination after 'and' counts in its own sentence only ---------------------------------------------------
LISTS_ENDING = ["She had a history of {c} treated with a mastectomy and chemotherapy.",
                "Her medical history included {c}, for which she had undergone surgery and radiotherapy."]
EXAMINATIONS_NEXT = ["CT showed an ileal mass, which was treated with lanreotide.",
                     "MRI revealed an ileal mass, which was treated with lanreotide.",
                     "Colonoscopy showed an ileal mass, which was treated with lanreotide."]
OWN_LISTS = {"She had a history of an ileal NET treated with surgery and lanreotide. CT showed no recurrence.":
             ["lanreotide", "surgery"]}


def _next_sentence_cells():
    intro = "A 57-year-old woman had an ileal NET.\n"
    for history, cancer, following in itertools.product(LISTS_ENDING, OTHER_CANCERS[:2], EXAMINATIONS_NEXT):
        yield CASE.format(intro + f"{history.format(c=cancer)} {following}"), ["lanreotide"]
    yield from told_cells(intro, OWN_LISTS)


test_an_examination_after_and_counts_in_its_own_sentence_only = grid_test(
    _next_sentence_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- an operation named for an organ, after the tumour it removed ----------------------------------------------
OPERATIONS = {"distal pancreatectomy": "pancreas", "appendectomy": "appendix", "right upper lobectomy": "lung",
              "partial gastrectomy": "stomach", "thymectomy": "thymus"}
TUMOUR_FIRST = ["The {t} was removed by {op}.", "The {t} was resected by {op}.", "The {t} was excised by {op}.",
                "The {t} was treated with {op}.", "Following the diagnosis of a {t}, {op} was performed.",
                "After a diagnosis of {t}, an urgent {op} was done."]
OPERATED_TUMOURS = ["NET", "carcinoid", "neuroendocrine tumour"]
NOT_THE_TUMOURS = {"An ileal NET was resected, and a cholecystectomy was done for gallstones.": "ileum",
                   "She had an appendectomy at the age of 20. CT showed a mass.": None,
                   "The NET was removed by endoscopic resection; a cholecystectomy was done in 2010.": None}


def _operation_cells():
    intro = "A 50-year-old woman presented with abdominal pain.\n"
    for frame, tumour, (operation, organ) in itertools.product(TUMOUR_FIRST, OPERATED_TUMOURS, OPERATIONS.items()):
        yield CASE.format(intro + frame.format(t=tumour, op=operation)), organ
    yield from told_cells(intro, NOT_THE_TUMOURS)


test_an_operation_named_for_an_organ_after_the_tumour_it_removed = grid_test(
    _operation_cells, lambda row: row["primary_site"], "primary_site")


# --- 'neuroendocrine adenoma' names a tumour -------------------------------------------------------------------
ADENOMA_FRAMES = ["A neuroendocrine adenoma of the {n} was removed.", "Histology showed a neuroendocrine adenoma of "
                  "the {n}.", "A {a} neuroendocrine adenoma was diagnosed.", "Two neuroendocrine adenomas of the {n} "
                  "were removed."]
ADENOMA_SITES = {("middle ear", "middle ear"): "middle ear", ("duodenum", "duodenal"): "duodenum"}
OTHER_ADENOMAS = {"A pleomorphic adenoma of the parotid gland was removed.": None,
                  "A tubular adenoma of the sigmoid colon was removed.": None}


def _adenoma_cells():
    intro = "A 41-year-old man presented with hearing loss.\n"
    for frame, ((noun, adjective), organ) in itertools.product(ADENOMA_FRAMES, ADENOMA_SITES.items()):
        yield CASE.format(intro + frame.format(n=noun, a=adjective)), organ
    yield from told_cells(intro, OTHER_ADENOMAS)


test_a_neuroendocrine_adenoma_names_a_tumour = grid_test(_adenoma_cells, lambda row: row["primary_site"],
                                                         "primary_site")


# --- no title in an introduction --------------------------------------------------------------------------------
PAGE_TOP = "Case Report\nJournal of Clinical Cases 2020; 3(1): 1-3\nAnna Smith, Bob Jones\nAbstract\nIntroduction\n"
TOPIC_LINES = {"Neuroendocrine tumours of the middle ear are rare tumours of the ear": "middle ear",
               "Laryngeal neuroendocrine carcinomas are rare and aggressive tumours": "larynx",
               "Thymic carcinoids are rare tumours of the anterior mediastinum": "thymus"}
CASE_LINES = ["A 40-year-old man had a mass. The tumour was removed.",
              "A 62-year-old woman presented with pain. The tumour was treated with chemotherapy."]
# a case that names its own site keeps it over the introduction's topic
OWN_SITES = {"A 40-year-old man had a mass in the ileum. The ileal NET was removed.": "ileum"}


def _page_cells():
    for (line, organ), case in itertools.product(TOPIC_LINES.items(), CASE_LINES):
        yield f"{PAGE_TOP}{line}\nCase presentation\n{case}\n", organ
    for case, organ in OWN_SITES.items():
        yield f"{PAGE_TOP}{next(iter(TOPIC_LINES))}\nCase presentation\n{case}\n", organ


test_an_introduction_line_is_no_title = grid_test(_page_cells, lambda row: row["primary_site"], "primary_site")


# --- the introduction's topic after its copula -------------------------------------------------------------------
TOPIC_STATEMENTS = ["{c} are uncommon functioning {a} tumours.",
                    "{c} are rare {a} neoplasms.", "{c} are uncommon tumours of the {n}."]
TOPIC_CLASSES = ["Insulinomas", "Such tumours", "These neoplasms"]
TOPIC_SITES = {("pancreatic", "pancreas"): "pancreas", ("appendiceal", "appendix"): "appendix",
               ("thymic", "thymus"): "thymus"}
CASE_OWN_SITE = {"Insulinomas are rare pancreatic neoplasms.": ("She had an ileal NET removed.", "ileum"),
                 "Such tumours are uncommon tumours of the thymus.": ("A carcinoid of the lung was removed.", "lung")}


def _copula_topic_cells():
    for statement, cls, ((adjective, noun), organ) in itertools.product(TOPIC_STATEMENTS, TOPIC_CLASSES,
                                                                         TOPIC_SITES.items()):
        line = statement.format(c=cls, a=adjective, n=noun)
        yield (f"A case report from our clinic\n\nIntroduction\n{line}\n\nCase presentation\n"
               "A 12-year-old girl had a tumour removed.\n"), organ
    for line, (case, organ) in CASE_OWN_SITE.items():
        yield f"A case report from our clinic\n\nIntroduction\n{line}\n\nCase presentation\n{case}\n", organ


test_the_introductions_topic_after_its_copula = grid_test(_copula_topic_cells, lambda row: row["primary_site"],
                                                          "primary_site")


# --- the introduction's class when the case names none -----------------------------------------------------------
TOPIC_CLASSES_NAMED = {"Small cell neuroendocrine carcinoma of the bladder": "NEC",
                       "Large cell neuroendocrine carcinoma": "NEC", "Atypical carcinoid of the thymus": "NET",
                       "Well-differentiated neuroendocrine tumour of the middle ear": "NET",
                       "Mixed neuroendocrine-non-neuroendocrine neoplasm of the colon": "MiNEN"}
TOPIC_PREDICATES = ["is a rare and aggressive malignancy.", "is rare.", "accounts for less than 1% of all tumours."]
CASE_NAMES_CLASS = {"The biopsy showed a well-differentiated neuroendocrine tumour.": "NET",
                    "The biopsy showed a neuroendocrine carcinoma.": "NEC"}
NOT_OPENING = {"Among all tumours seen at our large referral centre over many years, a small cell carcinoma is rare.":
               None}


def _class_topic_cells():
    top = "A case report from our clinic\n\nIntroduction\n"
    case = "\n\nCase presentation\nA 66-year-old man had a tumour removed.\n"
    for (subject, cls), predicate in itertools.product(TOPIC_CLASSES_NAMED.items(), TOPIC_PREDICATES):
        yield f"{top}{subject} {predicate}{case}", cls
    for own, cls in CASE_NAMES_CLASS.items():
        yield f"{top}Atypical carcinoid of the thymus is rare.\n\nCase presentation\n{own}\n", cls
    for line, cls in NOT_OPENING.items():
        yield f"{top}{line}{case}", cls
    # a page cut before its headers: its first prose is the introduction, though no header says so
    for subject, cls in TOPIC_CLASSES_NAMED.items():
        yield (f"An unusual tumour in an elderly man: a case report\nJournal of Clinical Cases 2020; 3(1): 1-3\n"
               f"{subject} is an uncommon and aggressive tumour, and few cases have been "
               f"reported so far. Its diagnosis is difficult.{case}"), cls


test_the_introductions_class_when_the_case_names_none = grid_test(_class_topic_cells, lambda row: row["histology"],
                                                                  "histology")
