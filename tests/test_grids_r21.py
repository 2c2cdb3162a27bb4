"""Grids of the twentieth round (r21): the shapes its study errors showed, each with its common variants.

- An examination after death says the patient died, and its clause names what it found, not what killed her
  ('the post-mortem examination showed liver metastases', 'the primary was found only at autopsy', 'he was
  autopsied'; rules/outcome.json 'post_mortem_words', extractors/outcome_death.py `after_death`). A death told
  with its cause elsewhere keeps the cause; 'autopsy series' and 'necropsy studies' are the literature's.
  'Demise' is a death word ('his rapid demise').
- 'A favourable evolution', 'the evolution was good', 'he evolved well': how authors who also write a Romance
  language say in English that the patient is well ('alive'; rules/outcome.json statuses and 'needs_time'). Like
  'doing well' they need a follow-up clause: the evolution right after the operation is the hospital stay.
- A radiation word after a pain and 'with' tells where the pain spreads, not a treatment: 'epigastric pain with
  irradiation to the back', 'pain in the right flank with posterior irradiation' (how authors who also write a
  Romance language say 'radiating'), 'chest pain with radiation to the left arm' (rules/treatments.json
  'pain_spread', extractors/treatments.py `_pain_spread`). A verb of treating or easing between them makes it
  the pain's treatment ('bone pain relieved with radiotherapy').
- A report in French names the commonest functioning tumours 'insulinome' and 'gastrinome' (rules/syndromes.json,
  as histology.json reads them for the class).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, outcome_and_months, told_cells

# --- an examination after death ------------------------------------------------------------------------------------
POST_MORTEM_FRAMES = ["She deteriorated quickly. {} examination disclosed a lung primary of small cell type.",
                      "He deteriorated quickly. {} showed widespread liver metastases.",
                      "She deteriorated quickly. The ileal primary was found only at {}.",
                      "He deteriorated quickly. At {}, the pancreas held a 2 cm tumour."]
POST_MORTEM = {"Autopsy": "died", "Post-mortem": "died", "Post mortem": "died", "Necropsy": "died",
               "autopsy": "died", "post-mortem": "died", "necropsy": "died"}
DEATHS_TOLD = {"He was autopsied, and the pancreas held a 2 cm tumour.": "died",
               "His rapid demise was unexpected.": "died",
               "She died of liver failure due to metastases. Autopsy confirmed a NET of the ileum.": "died of disease",
               "He died of pneumonia a week later. At post mortem the ileal NET had spread to the liver.":
               "died of other cause"}
LITERATURE = {"Such tumours are found in 1% of autopsy series. The tumour was resected.": None,
              "Necropsy studies show these tumours in 8% of adults. The tumour was resected.": None,
              "Post-mortem series report a prevalence of 1%. The tumour was resected.": None}


def _post_mortem_cells():
    intro = "A 71-year-old man had an ileal NET with liver metastases.\n"
    for text, want in framed_cells(intro, POST_MORTEM_FRAMES, POST_MORTEM):
        yield text, want
    yield from told_cells(intro, DEATHS_TOLD, LITERATURE)


test_an_examination_after_death_says_the_patient_died = grid_test(
    _post_mortem_cells, lambda row: row["outcome"], "outcome")


# --- a favourable evolution ----------------------------------------------------------------------------------------
EVOLUTION_FRAMES = ["At the one-year follow-up {}.", "One year after the resection {}.",
                    "During 12 months of follow-up {}."]
EVOLUTIONS = {"she had a favorable evolution": ("alive", "12"), "her evolution was good": ("alive", "12"),
              "she evolved favourably": ("alive", "12"), "she evolved well": ("alive", "12"),
              "the evolution has been satisfactory": ("alive", "12"), "she had a good evolution": ("alive", "12")}
EVOLUTION_TOLD = {"The postoperative evolution was favourable and she went home on day 6.": (None, None),
                  "The evolution of these tumours is usually favourable.": (None, None),
                  "A year later the evolution was satisfactory, with stable liver metastases.":
                  ("alive with disease", "12"),
                  "She evolved well, and two years after surgery there is no recurrence.": ("alive, no disease", "24")}


def _evolution_cells():
    intro = "A 47-year-old woman had an ileal NET resected.\n"
    yield from framed_cells(intro, EVOLUTION_FRAMES, EVOLUTIONS)
    yield from told_cells(intro, EVOLUTION_TOLD)


test_a_favourable_evolution_at_a_follow_up_says_she_is_alive = grid_test(
    _evolution_cells, outcome_and_months, "outcome")


# --- where a pain spreads ------------------------------------------------------------------------------------------
SPREAD_FRAMES = ["She had epigastric pain with {} to the back.", "She reported pain in the right flank with {}.",
                 "He had chest pain with {} to the left arm.", "She presented with abdominal pain, with {} to the back."]
SPREADS = {"irradiation": ["surgery"], "radiation": ["surgery"], "posterior irradiation": ["surgery"],
           "dorsal irradiation": ["surgery"]}
PAIN_TREATED = {"Her bone pain was relieved with radiotherapy to the spine.": ["radiotherapy", "surgery"],
                "His pain improved with palliative radiation to the spine.": ["radiotherapy", "surgery"],
                "Her bone pain was treated with radiation.": ["radiotherapy", "surgery"],
                "She had back pain. She was given radiation to the spine.": ["radiotherapy", "surgery"],
                "She had flank pain, and the tumour bed then received irradiation.": ["radiotherapy", "surgery"]}


def _spread_cells():
    intro = "A woman of 52 had a pancreatic NET.\n"
    then = " The tumour was resected."
    yield from framed_cells(intro, [frame + then for frame in SPREAD_FRAMES], SPREADS)
    yield from told_cells(intro, {sentence + then: want for sentence, want in PAIN_TREATED.items()})


test_a_pain_with_irradiation_is_where_it_spreads_not_a_treatment = grid_test(
    _spread_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- French names of functioning tumours --------------------------------------------------------------------------
FRENCH_FRAMES = ["Une femme de 61 ans avait un {} du pancréas, qui a été énucléé.",
                 "Le scanner a montré un {} dans le pancréas de cette femme de 61 ans.",
                 "Chez cette patiente de 61 ans, le diagnostic d'{} a été retenu."]
FRENCH_NAMES = {"insulinome": ["insulinoma"], "gastrinome": ["gastrinoma"], "insulinoma": ["insulinoma"]}
FRENCH_NONE = {"Une femme de 61 ans avait une tumeur neuroendocrine du pancréas, qui a été énucléée.": []}


def _french_cells():
    yield from framed_cells("", FRENCH_FRAMES, FRENCH_NAMES)
    yield from told_cells("", FRENCH_NONE)


test_french_names_of_functioning_tumours = grid_test(
    _french_cells, lambda row: sorted(row["functional_syndrome"] or []), "functional_syndrome")
