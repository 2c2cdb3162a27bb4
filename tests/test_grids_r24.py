"""Grids of the twenty-fourth round (r24): reports written in Spanish, Portuguese, French or Italian; a grade written
with a hyphen; spinal metastases; a question.

About one published NET case report in sixteen is written in a Romance language (a Spanish, Portuguese or French
journal page, an Italian congress abstract). The age, the sex, the class and the markers of such a report were
read already (r14); its primary site, its treatments, its metastases and its sections were not, so its row came
out nearly empty. Five mechanisms read them now, all but one of them vocabulary in rules/:

- The site's adjective after the tumour noun: 'carcinoide tímico', 'tumor neuroendócrino gástrico', 'carcinome
  bronchique', past the tumour's own description ('bem diferenciado', 'de células pequeñas'). Only an adjective
  of those languages' shapes is read so (rules/sites.json 'postnominal_site_suffixes': '-ico', '-ique', '-onar'),
  so an English site after a tumour noun is no adjective of it (pipeline/extractors/tumour_noun_vote.py
  `follows_tumour`). Their organ words, their tumour nouns and their 'de', 'do', 'du' join the site lists.
- Operations, therapies and drugs by their own names ('pancreatectomía', 'ressecção', 'chimiothérapie',
  'cisplatino'), not where they name a department or a journal ('Servicio de Cirugía General', 'Revista de
  cirugía'), and not when unavailable or lacking ('la radiothérapie indisponible', 'faute de moyens pour une
  chimiothérapie'): rules/treatments.json, rules/context.json.
- 'metástasis hepáticas', 'métastases hépatiques': a metastasis word with its accent, its site adjective after
  it; 'sin metástasis', 'sem metástases', 'sans métastase' deny it (rules/metastasis.json 'prefixes',
  rules/context.json).
- Outcome and follow-up: the status words ('asintomática', 'libre de enfermedad', 'falleció', 'décès'), the
  follow-up words ('seguimiento', 'acompanhamento', 'suivi', 'recul', 'después', 'após'), the units and small
  numbers ('meses', 'anos', 'mois', 'un', 'dos') and the denials ('não', 'pas de', 'ningún') of those languages
  (rules/outcome.json, rules/context.json); a symptom's course ('de 2 años de evolución') stays no follow-up.
- The sections' own headings ('Introducción', 'Relato de caso', 'Discussion', 'Bibliografía'), so what the
  introduction and the discussion say of other patients stays out of the row, and a patient's line after a
  page's 'Bibliografía' link resumes the text (rules/sections.json).

Two English shapes of the round's own-words probes: a grade written with a hyphen ('a NET, G-2,', 'NEC (G-3)') is
that grade, and a cell-cycle phase ('arrested in G-1 phase') none (rules/patterns.json grade_g); 'spinal
metastases' are the bones' (rules/sites.json: 'spinal' is a bone word, 'spinal cord' still its own site).

A question asks, it states nothing: a treatment in one ('A 6 mm rectal NET: is surgery always needed?', 'Surgery or
surveillance?', a title's commonest question) is hypothetical; the statement before its colon stays one
(rules/context.json, the backward cue '?', treatments only). A title that overrules a generic statement's cue
('Small rectal NETs: is surgery ...' speaks of the class) keeps the question (extractors/treatments.py
`_in_title`, from the status the other cues give: context_status.py `beside_other`).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import pytest
from test_grids import CASE, assert_grid, framed_cells, grid_test, metastasis_and_sites, outcome_and_months, told_cells

# --- the primary site: the adjective after the tumour noun, or 'de' and the organ ----------------------------------
SPANISH = ["La biopsia mostró un {} de 2 cm.", "Se diagnosticó un {}.", "El diagnóstico final fue {}."]
SPANISH_SITES = {"tumor neuroendocrino gástrico": "stomach", "carcinoide tímico": "thymus",
                 "tumor neuroendocrino pancreático": "pancreas", "carcinoma neuroendocrino pulmonar": "lung",
                 "tumor neuroendocrino bien diferenciado de páncreas": "pancreas",
                 "carcinoma de células pequeñas de pulmón": "lung", "carcinoide del íleon": "ileum"}
PORTUGUESE = ["O exame mostrou {}.", "Foi diagnosticado {}."]
PORTUGUESE_SITES = {"tumor neuroendócrino gástrico": "stomach", "carcinoma pulmonar de células pequenas": "lung",
                    "tumor neuroendócrino bem diferenciado do pâncreas": "pancreas",
                    "tumor neuroendócrino primário do pâncreas": "pancreas"}
FRENCH = ["La biopsie montrait une {}.", "Le diagnostic retenu était celui d'une {}."]
FRENCH_SITES = {"tumeur neuroendocrine gastrique": "stomach", "tumeur neuroendocrine thymique": "thymus",
                "tumeur neuroendocrine bien différenciée du pancréas": "pancreas", "masse pulmonaire": "lung"}
# an organ's adjective after a word that is no tumour names no primary; a tumour noun there still does
NOT_THE_TUMOURS = {"Presentaba una insuficiencia pancreática y dolor abdominal.": "",
                   "Elle avait une toux et une dyspnée, sans fièvre, et une insuffisance hépatique.": "",
                   "Presentaba dolor abdominal; la ecografía mostró una masa pancreática.": "pancreas"}
INTRO = "Paciente de 58 años.\n"


def _primary_cells():
    yield from framed_cells(INTRO, SPANISH, SPANISH_SITES)
    yield from framed_cells(INTRO, PORTUGUESE, PORTUGUESE_SITES)
    yield from framed_cells(INTRO, FRENCH, FRENCH_SITES)
    yield from told_cells(INTRO, NOT_THE_TUMOURS)


test_the_site_adjective_after_the_tumour_noun_names_the_primary = grid_test(
    _primary_cells, lambda row: row["primary_site"] or "", "primary_site")


# --- treatments: by their own names, not as a department, not when lacking -----------------------------------------
GIVEN = {"Se realizó pancreatectomía distal.": {"surgery"},
         "Se le practicó una gastrectomía total.": {"surgery"},
         "Recibió quimioterapia con cisplatino y etopósido.": {"cisplatin", "etoposide"},
         "Recibió radioterapia y octreotida.": {"radiotherapy", "octreotide"},
         "Foi submetido a ressecção cirúrgica e quimioterapia.": {"surgery", "chemotherapy"},
         "Foi realizada gastrectomia total.": {"surgery"},
         "Il a bénéficié d'une résection chirurgicale.": {"surgery"},
         "Il a reçu une chimiothérapie par cisplatine et étoposide.": {"cisplatin", "etoposide"},
         "Il a reçu une radiothérapie.": {"radiotherapy"}}
NOT_GIVEN = {"Fue remitida al Servicio de Cirugía General.": set(),
             "Acudió al Centro de Radioterapia para una valoración.": set(),
             "Il a été adressé au Service de Chirurgie Thoracique.": set(),
             "La tumeur était inextirpable et la radiothérapie indisponible.": set(),
             "Il est décédé faute de moyens pour une chimiothérapie.": set()}


def _treatment_cells():
    yield from told_cells("Mujer de 61 años con un tumor neuroendocrino gástrico.\n", GIVEN, NOT_GIVEN)


test_treatments_by_their_own_names = grid_test(_treatment_cells, lambda row: set(row["treatments"]), "treatments")


# --- metastases: the accented word, the site adjective after it, a denial -----------------------------------------
METASTASES = {"La tomografía mostró metástasis hepáticas.": ("yes", {"liver"}),
              "Se encontraron metástasis óseas.": ("yes", {"bone"}),
              "Había metástasis ganglionares.": ("yes", {"lymph node"}),
              "A tomografia mostrou metástases hepáticas.": ("yes", {"liver"}),
              "Le scanner montrait des métastases hépatiques.": ("yes", {"liver"}),
              "La TC mostrava metastasi epatiche.": ("yes", {"liver"}),
              "El estudio de extensión fue negativo, sin metástasis.": ("no", set()),
              "O estadiamento foi negativo, sem metástases.": ("no", set()),
              "Le bilan d'extension était négatif, sans métastase.": ("no", set())}


def _metastasis_cells():
    yield from told_cells("Paciente de 70 años con un carcinoide pulmonar.\n", METASTASES)


test_metastases_in_the_romance_languages = grid_test(_metastasis_cells, metastasis_and_sites, "metastasis")


# --- outcome and follow-up: the status words, the follow-up words, the units -------------------------------------
OUTCOMES = {"Tras 24 meses de seguimiento, la paciente está libre de enfermedad.": ("alive, no disease", "24"),
            "A los 2 años de seguimiento no hay recidiva.": ("alive, no disease", "24"),
            "Actualmente, 3 años después de la cirugía, se encuentra asintomática y sin recidiva.":
                ("alive, no disease", "36"),
            "La paciente se encuentra asintomática 11 años después.": ("alive", "132"),
            "La paciente falleció por progresión de la enfermedad 8 meses después.": ("died of disease", "8"),
            "Após 12 meses de acompanhamento, não há sinais de recidiva.": ("alive, no disease", "12"),
            "Após 2 anos de acompanhamento, o paciente está assintomático.": ("alive", "24"),
            "Faleceu 6 meses após o diagnóstico.": ("died", "6"),
            "Au dernier suivi, à 16 mois, elle restait asymptomatique malgré une progression des métastases.":
                ("alive with disease", "16"),
            "Après 6 mois de suivi, la maladie est stable.": ("alive with disease", "6"),
            "Elle est décédée un mois plus tard.": ("died", "1")}
# a symptom's course and a population statement are no follow-up
NOT_FOLLOW_UPS = {"Refería dolor abdominal de 2 años de evolución.": (None, None),
                  "Ela tinha diarreia havia 3 anos.": (None, None),
                  "La supervivencia a 5 años de estos tumores es del 25% y la recidiva es frecuente.": (None, None)}


def _outcome_cells():
    yield from told_cells("Paciente de 55 años con un tumor neuroendocrino pancreático resecado.\n", OUTCOMES,
                          NOT_FOLLOW_UPS)


test_outcome_and_follow_up_in_the_romance_languages = grid_test(_outcome_cells, outcome_and_months, "outcome")


# --- sections: the introduction and the discussion by their own headings ------------------------------------------
HEADINGS = [("Introducción", "Caso clínico", "Discusión"), ("Introdução", "Relato de caso", "Discussão"),
            ("Introduction", "Cas clinique", "Discussion"), ("Introducción:", "Presentación del caso:", "Discusión:")]
OTHER_PATIENTS = "El carcinoma neuroendocrino de pulmón es agresivo y se trata con cisplatino y radioterapia."
INDEX_PATIENT = "Mujer de 45 años. Se realizó gastrectomía por un tumor neuroendocrino gástrico."
DISCUSSION = "Los carcinoides de íleon se tratan con octreotida."
# a page's link to its bibliography above the case: the patient's line resumes the text
BIBLIOGRAPHY = ("Resumen\nTexto completo\nBibliografía\nPaciente de 42 años de edad con dolor epigástrico desde hacía "
                "tres años y vómitos después de comer, sin antecedentes de importancia.\n"
                "Se resecó un tumor neuroendocrino de la cabeza del páncreas.\n")


def _section_cells():
    for intro, case, discussion in HEADINGS:
        yield (f"{intro}\n{OTHER_PATIENTS}\n{case}\n{INDEX_PATIENT}\n{discussion}\n{DISCUSSION}\n",
               ("stomach", {"surgery"}, "45"))
    yield BIBLIOGRAPHY, ("pancreas", {"surgery"}, "42")


@pytest.mark.fields("primary_site", "treatments")
def test_the_romance_sections_keep_other_patients_out(run):
    assert_grid(run, _section_cells(),
                lambda row, want: (row["primary_site"], set(row["treatments"]), row["age"]) == want)


def test_the_english_site_after_a_tumour_noun_is_no_adjective_of_it(run):
    """The English order stays read as before: a site after a tumour noun needs its preposition."""
    row, _ = run(CASE.format("A 50-year-old man had an ileal NET. The tumour hepatic margin was clear."))
    assert row["primary_site"] == "ileum"
    row, _ = run(CASE.format("A 50-year-old man. La biopsia mostró un carcinoide gástrico."))
    assert row["primary_site"] == "stomach"


# --- a grade written with a hyphen, and metastases of the spine -------------------------------------------------------
GRADES = {"Pathology showed a well-differentiated NET, G-2; its Ki-67 index was 5%.": "G2",
          "Pathology showed a NET G-1.": "G1", "Pathology showed a NEC (G-3).": "G3",
          "The final diagnosis was NET-G-2.": "G2", "Pathology showed a NET G2.": "G2",
          # a cell-cycle phase, a growth factor and a needle's gauge are no grade
          "In vitro, the tumour cells were arrested in G-1 phase.": "", "He was given G-CSF after chemotherapy.": "",
          "A G-20 needle was used for the biopsy.": ""}


def _grade_cells():
    yield from told_cells("A 50-year-old man had an ileal NET resected.\n", GRADES)


test_a_grade_written_with_a_hyphen = grid_test(_grade_cells, lambda row: row["grade"] or "", "grade")

SPINE = {"MRI showed spinal metastases.": ("yes", {"bone"}),
         "MRI showed multiple spinal metastatic lesions.": ("yes", {"bone"}),
         "MRI showed metastases in the spine and the liver.": ("yes", {"bone", "liver"}),
         "MRI showed a spinal cord metastasis.": ("yes", {"spinal cord"}),
         # the spine as no metastasis
         "He had spinal stenosis and back pain.": ("unknown", set()),
         "The resection was done under spinal anaesthesia.": ("unknown", set())}


def _spine_cells():
    yield from told_cells("A 50-year-old man had an ileal NET.\n", SPINE)


test_spinal_metastases_are_the_bones = grid_test(_spine_cells, metastasis_and_sites, "metastasis_sites")


# --- a question asks: a treatment in it is no treatment given --------------------------------------------------------
QUESTIONS = {  # a title's question, or the case's, with the statements beside it
    "A 6 mm rectal NET in a young man: is surgery always needed? A case report\n\nCase presentation\n"
    "A 57-year-old man had a 6 mm rectal NET and was followed up.\n": [],
    "Type 1 gastric NET with high gastrin: is antrectomy needed at all?\n\nCase presentation\n"
    "A 37-year-old man had a 6 mm gastric NET and was followed up.\n": [],
    "Small rectal NETs: is surgery always needed? A case report\n\nCase presentation\n"
    "A 57-year-old man had a 6 mm rectal NET and was followed up.\n": [],
    "Surgery or surveillance? A small rectal NET\n\nCase presentation\n"
    "A 57-year-old man had a 6 mm rectal NET and was followed up.\n": [],
    "Case presentation\nA 57-year-old man had a 6 mm rectal NET. Should it be resected? "
    "The team chose surveillance.\n": [],
    "Case presentation\nA 57-year-old man had a metastatic ileal NET. Would PRRT help? The team gave everolimus.\n":
        ["everolimus"],
    # the statement before a colon, and a question after the treatment, leave it given
    "Rectal NET removed by polypectomy: is more surgery needed? A case report\n\nCase presentation\n"
    "A 57-year-old man had a 6 mm rectal NET and was followed up.\n": ["surgery"],
    "Case presentation\nA 57-year-old man had a 6 mm rectal NET. It was resected endoscopically. Was that enough? "
    "He was followed up.\n": ["surgery"]}


@pytest.mark.fields("treatments")
def test_a_treatment_in_a_question_is_not_given(run):
    assert_grid(run, QUESTIONS.items(), lambda row, want: sorted(row["treatments"]) == want)
