"""Grids of the fifteenth round (r16): the shapes its study errors showed, each with its common variants.

- A large cell neuroendocrine 'cancer' is a NEC, as a small cell one already was ('large cell
  neuroendocrine cancer of the cervix', 'a large-cell neuroendocrine lung cancer'); a bare 'neuroendocrine
  cancer' names no class, and 'non-small cell lung cancer' is not one (rules/histology.json).
- A denied list denies every item, however long ('no abdominal pain, fever, jaundice, weight loss or
  carcinoid syndrome'), and 'did not present with' denies what follows (rules/context.json).
- A report in Spanish, French, Portuguese or Italian names its patient as 'we present the case of' does
  ('Presentamos el caso de una mujer de 49 años'), wherever the sentence stands.
- ... and its stains, in the shapes English ones have ('positiva para cromogranina y sinaptofisina', 'positif
  pour la synaptophysine', 'negatività per CK20'; rules/markers.json).
- 'CD56 was diffusely reactive' is a positive stain (rules/markers.json).
- A negation inside an opening phrase ends at its comma ('After 14 months without signs of disease, liver
  metastases were found'; rules/context.json 'phrase_openers').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test, metastasis_and_sites, told_cells

# --- a large cell neuroendocrine cancer ---------------------------------------------------------------------
NEC_FRAMES = ["Biopsy of the mass showed {}.", "We report a woman with {}.", "The final diagnosis was {}.",
              "Histology confirmed {} with extensive necrosis."]
CANCERS = {"a large cell neuroendocrine cancer": "NEC", "a large-cell neuroendocrine cancer": "NEC",
           "a large cell neuroendocrine lung cancer": "NEC", "large cell neuroendocrine cancer of the cervix": "NEC",
           "a large-cell neuroendocrine cancer (LCNEC) of the colon": "NEC",
           "a small cell neuroendocrine cancer": "NEC"}
NO_CLASS = {"Biopsy of the mass showed a neuroendocrine cancer.": None,
            "Biopsy of the mass showed a non-small cell lung cancer.": None,
            "The cells were large, and the neuroendocrine markers were positive in the cancer.": None}


def _large_cell_cells():
    intro = "A 58-year-old woman had a mass resected.\n"
    yield from framed_cells(intro, NEC_FRAMES, CANCERS)
    yield from told_cells(intro, NO_CLASS)


test_a_large_cell_neuroendocrine_cancer_is_a_nec = grid_test(_large_cell_cells, lambda row: row["histology"],
                                                            "histology")


# --- a denied list ------------------------------------------------------------------------------------------
# 'He had no abdominal pain, fever, jaundice, weight loss or carcinoid syndrome': 'no' denies every item of
# its list, however long; past the list's clause ('..., but he had carcinoid syndrome') it denies nothing
# (rules/context.json defaults 'negated_list_commas').
SYMPTOMS = ["abdominal pain, fever", "abdominal pain, fever, jaundice",
            "right upper quadrant pain, fever, jaundice, weight loss",
            "nausea, vomiting, fever, night sweats, jaundice, weight loss"]
LIST_FRAMES = {"He had no {s} or carcinoid syndrome.": [],
               "There was no {s}, or carcinoid syndrome-related symptoms.": [],
               "She denied {s} or symptoms of carcinoid syndrome.": [],
               "He had {s} and carcinoid syndrome.": ["carcinoid syndrome"],
               "He had no {s}, but he had carcinoid syndrome.": ["carcinoid syndrome"],
               "He had no {s}; carcinoid syndrome was diagnosed.": ["carcinoid syndrome"]}


def _denied_list_cells():
    intro = "A 66-year-old man had a NET of the ileum resected.\n"
    for (frame, want), symptoms in itertools.product(LIST_FRAMES.items(), SYMPTOMS):
        yield CASE.format(intro + frame.format(s=symptoms)), want


test_a_denied_list_denies_every_item = grid_test(_denied_list_cells, lambda row: row["functional_syndrome"],
                                                 "functional_syndrome")


# --- 'did not present with' ---------------------------------------------------------------------------------
# The verb 'present' after 'not' denies what it presents with; 'not present' after a finding
# ('metastases were not present') still denies the finding before it.
PRESENTED = {"She did not present with {}.": [], "Our patient did not present with {}.": [],
             "He was not presenting with {} at diagnosis.": [], "She presented with {}.": None,
             "At diagnosis he presented with {}.": None}
SYNDROMES = {"carcinoid syndrome": "carcinoid syndrome", "Cushing syndrome from ectopic ACTH": "ectopic ACTH",
             "Zollinger-Ellison syndrome": "gastrinoma"}


def _not_presented_cells():
    intro = "A 52-year-old woman had a NET of the pancreas.\n"
    for (frame, want), (syndrome, value) in itertools.product(PRESENTED.items(), SYNDROMES.items()):
        yield CASE.format(intro + frame.format(syndrome)), [value] if want is None else want


test_did_not_present_with_denies_what_follows = grid_test(_not_presented_cells, lambda row: row["functional_syndrome"],
                                                          "functional_syndrome")


def _not_present_metastasis_cells():
    intro = "A 52-year-old woman had a NET of the pancreas resected.\n"
    # an organ's metastases denied leave the others open: 'unknown', no site
    yield from told_cells(intro, {"Liver metastases were not present.": ("unknown", set()),
                                  "Distant metastases were not present at diagnosis.": ("no", set()),
                                  "She did not present with liver metastases.": ("unknown", set()),
                                  "She did not present with distant metastases.": ("no", set()),
                                  "She presented with liver metastases.": ("yes", {"liver"}),
                                  "Liver metastases were present at diagnosis.": ("yes", {"liver"})})


test_not_present_still_denies_the_finding_before_it = grid_test(
    _not_present_metastasis_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- a report in another language names its patient -----------------------------------------------------
# 'Presentamos el caso de una mujer de 49 años' in a Spanish report's introduction is the index patient, as
# 'We present the case of a 49-year-old woman' is (rules/context.json 'index_patient_cues'); the
# introduction's other sentences stay the literature's.
NAMINGS = {"Presentamos el caso de una mujer de 49 años con dolor abdominal.": ("49", "female"),
           "Presentamos un caso de una mujer de 49 años con dolor abdominal.": ("49", "female"),
           "Describimos el caso de un hombre de 49 años con dolor abdominal.": ("49", "male"),
           "Nous rapportons l’observation d’une patiente âgée de 49 ans.": ("49", "female"),
           "Nous présentons le cas d’un homme de 49 ans.": ("49", "male"),
           "Relatamos o caso de um homem de 49 anos com dor abdominal.": ("49", "male"),
           "Apresentamos o caso de uma mulher de 49 anos.": ("49", "female"),
           "Presentiamo il caso di una donna di 49 anni.": ("49", "female"),
           "We present the case of a 49-year-old woman.": ("49", "female"),
           "Se han descrito casos en mujeres de 49 años.": (None, None),
           "Des cas ont été décrits chez des femmes de 49 ans.": (None, None)}


def _naming_cells():
    for sentence, want in NAMINGS.items():
        yield (f"A rare tumour\n\nIntroduction\nThe tumour is rare in adults. {sentence}\n\n"
               "Discussion\nSuch tumours are rare.\n"), want


test_a_report_in_another_language_names_its_patient = grid_test(
    _naming_cells, lambda row: (row["age"], row["sex"]), "age", "sex")


# --- stains in another language ----------------------------------------------------------------------------
# A Spanish, Portuguese, French or Italian report states its stains in the shapes English ones have: a result
# word before the stains ('positivo para', 'positif pour', 'positività per'), the stains by their Romance names
# (rules/markers.json). A stain named with no result ('se realizó sinaptofisina') is none.
ROMANCE_STAINS = {
    "La inmunohistoquímica fue positiva para cromogranina, sinaptofisina y CD56.":
        ({"chromogranin A", "synaptophysin", "CD56"}, set()),
    "Las células tumorales fueron positivas para sinaptofisina y negativas para CK7.": ({"synaptophysin"}, {"CK7"}),
    "Con positividad intensa para CK 19, cromogranina y sinaptofisina.":
        ({"CK19", "chromogranin A", "synaptophysin"}, set()),
    "Se observó negatividad para CK y CK 20.": (set(), {"cytokeratin", "CK20"}),
    "Se observó expresión de citoqueratina y sinaptofisina.": ({"cytokeratin", "synaptophysin"}, set()),
    "A imuno-histoquímica foi positiva para cromogranina e sinaptofisina.":
        ({"chromogranin A", "synaptophysin"}, set()),
    "O tecido mostrou expressão para citoceratina e positividade para cromogranina A.":
        ({"cytokeratin", "chromogranin A"}, set()),
    "Les cellules tumorales étaient positives pour la synaptophysine et négatives pour la CK7.":
        ({"synaptophysin"}, {"CK7"}),
    "L’immunohistochimie montrait un marquage intense par la chromogranine A et la synaptophysine.":
        ({"chromogranin A", "synaptophysin"}, set()),
    "Positività per cromogranina e sinaptofisina, negatività per CK20.":
        ({"chromogranin A", "synaptophysin"}, {"CK20"}),
    "Se realizó un estudio con sinaptofisina y cromogranina.": (set(), set()),
}


def _romance_stain_cells():
    intro = "Una mujer de 61 años con un tumor neuroendocrino del íleon.\n"
    yield from told_cells(intro, ROMANCE_STAINS)


test_stains_in_another_language = grid_test(
    _romance_stain_cells, lambda row: (set(row["markers_positive"]), set(row["markers_negative"])),
    "markers_positive", "markers_negative")


# --- 'reactive' after a stain -------------------------------------------------------------------------------
# 'CD56 was diffusely reactive' is a positive stain, as 'CD56 was positive' is; 'non-reactive' stays negative,
# and a reactive lymph node is no stain (rules/markers.json positive_backward).
REACTIVE = {"CD56 was {}reactive.": ({"CD56"}, set()),
            "Chromogranin A and CD56 were {}reactive.": ({"chromogranin A", "CD56"}, set()),
            "Synaptophysin was {}immunoreactive.": ({"synaptophysin"}, set()),
            "CK7 was non-reactive.": (set(), {"CK7"}), "Reactive lymph nodes were seen.": (set(), set())}


def _reactive_cells():
    intro = "A 58-year-old woman had a NET of the ileum resected.\n"
    for adverb in ("", "totally ", "diffusely ", "strongly "):
        yield from told_cells(intro, {frame.format(adverb): want for frame, want in REACTIVE.items()})


test_a_reactive_stain_is_positive = grid_test(
    _reactive_cells, lambda row: (set(row["markers_positive"]), set(row["markers_negative"])),
    "markers_positive", "markers_negative")


# --- a negation inside an opening phrase ------------------------------------------------------------------
# 'After 14 months without signs of disease, liver metastases were found': the negation denies the interval's
# disease, and the comma that closes the opening phrase ('after', 'following', 'during', 'within') ends it,
# as it ends a 'despite' phrase's (rules/context.json clause_boundaries opening_clauses 'phrase_openers').
OPENINGS = ["After 14 months without signs of disease", "After 14 months free of disease",
            "Following 14 months with no evidence of disease", "During follow-up without evidence of disease"]
MAIN_CLAUSES = {"liver metastases were found": ("alive with disease", ("yes", {"liver"})),
                "she was readmitted with liver metastases": ("alive with disease", ("yes", {"liver"})),
                "she presented with bone metastases": ("alive with disease", ("yes", {"bone"})),
                "she remained well": ("alive, no disease", ("unknown", set()))}


def _opening_phrase_cells():
    intro = "A 54-year-old woman had a NET of the ileum resected.\n"
    for opening, (clause, want) in itertools.product(OPENINGS, MAIN_CLAUSES.items()):
        yield CASE.format(intro + f"{opening}, {clause}."), want


test_a_negation_in_an_opening_phrase_ends_at_its_comma = grid_test(
    _opening_phrase_cells, lambda row: (row["outcome"], metastasis_and_sites(row)), "outcome", "metastasis")
