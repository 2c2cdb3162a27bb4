"""Grids of the twenty-eighth round (r28): the shapes the study reports still got wrong, and the seventeenth
gathering's.

- A count of the nodes between a metastasis word's preposition and the nodes ('metastasis in 2 out of 20 excised
  lymph nodes', 'in 3 of the 18 harvested nodes') is no word of the list's gap: the nodes are its site
  (pipeline/extractors/node_counts.py, read forwards by metastasis_sites.py as pathology_findings.py reads it
  backwards).
- A pathology line that glues the grade to the TNM stage ('G1pT3pN1cM0') gives both: the grade (rules/patterns.json
  grade_g) and the nodal stage (rules/metastasis.json 'tnm').

The seventeenth gathering's study reports showed the rest:
- a parity noun says the patient is a woman ('a 32-year-old multipara'), and a teaching case's header on two lines
  ('Patient', then '63 years, male') gives the age and the sex (rules/patterns.json);
- the page's citation of itself may quote its title ('Citation: Authors. \u201cTitle\u201d. Journal'), and 'of unknown
  primary' there says the primary was never found (rules/sites.json title 'self_citation', extractors/title.py);
- 'type' after an organ's adjective names a histological type, not a site ('a pulmonary type small cell tumour
  arising in the ovary': rules/sites.json 'site_tumour_breaks');
- 'during the last decade' dates its clause in the history (rules/outcome.json 'not_follow_up_words');
- a recommendation told as a noun is not yet a treatment ('discharged with a recommendation for cholecystectomy':
  rules/context.json);
- the authors' own report names the patient with an adverb or commas before its verb ('we, hereby, present the
  ninth case': rules/context.json own_report_verbs, pipeline/index_patient.py);
- 'improved' says the patient is better at a follow-up a duration dates ('three months after surgery the palsy had
  improved'), not 'after' a treatment at the work-up (rules/outcome.json 'needs_duration',
  pipeline/extractors/outcome_clause.py ClauseReader.timed);
- an organ's lesions whose nature the report leaves open ('two liver nodules of undetermined nature') are no site of
  a metastasis said elsewhere (rules/context.json, a backward hypothetical cue on sites).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import grid_test, metastasis_and_sites, outcome_and_months, told_grid

# --- a count of the nodes after the metastasis word ---------------------------------------------------------------
COUNTED = {"Pathology showed metastasis in 2 out of 20 excised lymph nodes.": ("yes", {"lymph node"}),
           "Pathology showed metastases in 3 of the 18 harvested lymph nodes.": ("yes", {"lymph node"}),
           "Pathology showed metastasis in two of the twenty examined lymph nodes.": ("yes", {"lymph node"}),
           "Pathology showed metastasis in 1/14 retrieved regional lymph nodes.": ("yes", {"lymph node"}),
           "Pathology showed metastases in 4 of 12 nodes.": ("yes", {"lymph node"}),
           # a denial reaches no node
           "Pathology showed no metastasis in the 20 excised lymph nodes.": ("no", set()),
           "All 20 excised lymph nodes were free of metastasis.": ("no", set())}


test_a_count_of_the_nodes_after_the_metastasis_word = told_grid(
    "A 61-year-old man underwent a pancreatoduodenectomy with lymphadenectomy for a pancreatic NET.\n",
    (COUNTED,), metastasis_and_sites, "metastasis")

# --- a grade glued to the TNM stage -------------------------------------------------------------------------------
GLUED = {"The resected ileal NET was staged G1pT3pN1cM0.": ("G1", "yes", {"lymph node"}),
         "The final stage was G2pT2pN1M0.": ("G2", "yes", {"lymph node"}),
         "The final stage was G2 pT2 pN1 M0.": ("G2", "yes", {"lymph node"}),
         "The tumour was staged G1pT2pN0cM0.": ("G1", "no", set()),
         # a cell-cycle phase before a T word is no grade, and no stage is read without one
         "The cells were arrested in G1 phase.": ("", "unknown", set())}


test_a_grade_glued_to_the_tnm_stage = told_grid(
    "A 57-year-old woman underwent a right hemicolectomy for an ileal NET.\n",
    (GLUED,), lambda row: (row["grade"] or "", *metastasis_and_sites(row)), "grade", "metastasis")

# --- the sex a parity noun says, and a two-line header -------------------------------------------------------------
PARITY = {"A 34-year-old multipara presented with vaginal bleeding.": "female",
          "A 29-year-old primipara presented with vaginal bleeding.": "female",
          "A 41-year-old nullipara presented with vaginal bleeding.": "female",
          "A 34-year-old woman presented with vaginal bleeding.": "female",
          # no sex word, no sex
          "A 34-year-old patient presented with vaginal bleeding.": ""}


test_a_parity_noun_says_female = told_grid(
    "", (PARITY,), lambda row: row["sex"] or "", "sex")

HEADER = {"Patient\n\n63 years, male\n\nClinical History\nA 63-year-old patient presented with pain; CT showed a "
          "pancreatic NET.\n": ("63", "male"),
          "Patient\n58 years, female\nClinical History\nA 58-year-old patient presented with pain; CT showed a "
          "pancreatic NET.\n": ("58", "female"),
          # no header: the age alone
          "Clinical History\nA 63-year-old patient presented with pain; CT showed a pancreatic NET.\n": ("63", "")}


def _age(row) -> str:
    age = row["age"]
    return "" if age is None or age != age else str(int(age))


def _age_and_sex(row) -> tuple:
    return _age(row), row["sex"] or ""


test_a_two_line_patient_header = told_grid("", (HEADER,), _age_and_sex, "age", "sex")

# --- a primary the page's citation of itself says was never found -------------------------------------------------
CITED = "Citation: Roe A and Doe B. {}. J Rare Tumours 1.1 (2018).\n"
BODY = ("Case presentation\nHere we report a 61-year-old man who was referred for a retroperitoneal mass with enlarged "
        "retroperitoneal lymph nodes. Biopsy showed a neuroendocrine carcinoma.\n")
UNKNOWN = {CITED.format("\u201cTumour Lysis in a Neuroendocrine Carcinoma of Unknown Primary\u201d"): ("yes", {"lymph node"}),
           CITED.format('"Tumour Lysis in a Neuroendocrine Carcinoma of Unknown Primary"'): ("yes", {"lymph node"}),
           CITED.format("Tumour Lysis in a Neuroendocrine Carcinoma of Unknown Primary"): ("yes", {"lymph node"}),
           # a cited title that says nothing of the primary, or no citation: the nodes are only enlarged
           CITED.format("\u201cTumour Lysis in a Neuroendocrine Carcinoma\u201d"): ("unknown", set()),
           "": ("unknown", set())}


def _unknown_cells():
    for line, want in UNKNOWN.items():
        yield line + BODY, want


test_a_cited_title_says_the_primary_was_never_found = grid_test(_unknown_cells, metastasis_and_sites, "metastasis")

# --- 'type' after an organ's adjective, an era of the history, a recommendation --------------------------------------
TYPE = {"She had a pulmonary type small cell carcinoma of the ovary.": "ovary",
        "Pathology showed the pulmonary type of a small cell carcinoma arising in the ovary.": "ovary",
        "She had an intestinal-type carcinoid of the ovary.": "ovary",
        # the organ beside its tumour noun
        "She had a pulmonary small cell carcinoma.": "lung"}


test_type_after_an_organ_names_no_site = told_grid(
    "A 38-year-old woman presented with bleeding.\n", (TYPE,), lambda row: row["primary_site"] or "", "primary_site")

ERA = {"During the last decade, he took mesalazine alone and remained completely asymptomatic.": None,
       "Over the past decade he had remained asymptomatic on mesalazine.": None,
       # the same words at a follow-up
       "Two years after surgery, he remained completely asymptomatic.": "alive"}


test_the_last_decade_is_the_history = told_grid(
    "A 55-year-old man had had ulcerative colitis for 20 years.\n", (ERA,),
    lambda row: row["outcome"], "outcome")

RECOMMENDED = {"He went home with a recommendation for a later cholecystectomy and a scan in six months.": set(),
               "The board's recommendation was surgery; he declined.": set(),
               # done
               "He underwent a cholecystectomy, and a scan six months later.": {"surgery"},
               "Following the recommendation, he underwent cholecystectomy.": {"surgery"}}


test_a_recommendation_is_not_yet_a_treatment = told_grid(
    "A 49-year-old man had gallbladder stones and three small liver lesions; biopsy showed a pancreatic NEC.\n",
    (RECOMMENDED,), lambda row: set(row["treatments"]), "treatments")

# --- the authors' own report of their case ------------------------------------------------------------------------
OWN = {"Only eight such cases have been described in a review of the literature, and we, hereby, present the ninth, "
       "in a 50-year-old woman.": "50",
       "Only eight such cases appear in a review of the literature; we hereby report a 50-year-old woman.": "50",
       "Only eight such cases appear in a review of the literature; we herein describe a 50-year-old woman.": "50",
       "Only eight such cases appear in a review of the literature; we report a 50-year-old woman.": "50",
       # the literature's patient
       "A review of the literature found a 50-year-old woman with the same tumour.": ""}


test_the_authors_own_report_names_the_patient = told_grid(
    "", (OWN,), _age, "age")

# --- 'improved' at a dated follow-up ------------------------------------------------------------------------------
IMPROVED = {"Three months after surgery, the facial palsy had improved.": ("alive", "3"),
            "Six months later her hearing had improved.": ("alive", "6"),
            # improved 'after' a treatment or a meal, with no stated time: the work-up's course
            "Her epigastric pain improved after the stent was placed.": (None, None),
            "Her symptoms improved after octreotide was started.": (None, None),
            "The dizziness improved after eating.": (None, None)}


test_improved_at_a_dated_follow_up = told_grid(
    "A 47-year-old woman had a middle ear NET resected.\n", (IMPROVED,), outcome_and_months, "outcome")

# --- lesions of undetermined nature -------------------------------------------------------------------------------
OPEN_NATURE = {"CT showed metastatic mesenteric lymph nodes and two liver nodules of undetermined nature.":
                   ("yes", {"lymph node"}),
               "CT showed metastatic mesenteric lymph nodes and a lung nodule of uncertain significance.":
                   ("yes", {"lymph node"}),
               "CT showed metastatic mesenteric lymph nodes and liver lesions of indeterminate nature.":
                   ("yes", {"lymph node"}),
               # the organ's lesions told as they are
               "CT showed metastatic mesenteric lymph nodes and two liver nodules.": ("yes", {"lymph node", "liver"})}


test_lesions_of_undetermined_nature_name_no_site = told_grid(
    "A 66-year-old man had an ileal NET resected.\n", (OPEN_NATURE,), metastasis_and_sites, "metastasis")
