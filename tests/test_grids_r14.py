"""Grids of the thirteenth round (r14): reports in other languages and scripts, and names of a class.

(The mechanisms traced from the round's new study reports are in test_grids_r14_lead.py.)

About one published NET case report in ten that the dev set gathered is wholly or partly in Spanish,
Portuguese, French, Italian or Japanese (SciELO, J-STAGE, national journals). Their other fields need
another extractor, but the patient is introduced in a few fixed shapes that a pattern reads as surely as
'a 45-year-old woman' (rules/patterns.json 'age_person_other_language', 'age_sex_japanese',
'age_japanese'; sex 'article_nouns', 'phrase_patterns' and the nouns of 'female' and 'male'):

- a person word, its connector and the years: 'una mujer de 42 años', 'paciente de 57 años',
  'masculino, 52 anos', 'une patiente âgée de 76 ans', 'un uomo di 60 anni';
- Japanese '64歳女性', '75歳の女性', and the age in decades, '80歳代男性', which is no age;
- a patient word whose article says the sex: 'la paciente', 'el paciente', 'uma paciente'.

The look-alikes give no age: a duration ('dolor de 3 años de evolución', 'hace 10 años'), a decade
('70歳代'), a number of years after a person word with no connector ('paciente tras 2 años').

The grids after them: a Japanese stain list with ideographic commas and full-width signs, a sign glued to
a clone ('AE1/AE3(+)'), a panel named with bracketed clones (no result), and a low-grade neuroendocrine
carcinoma read as a NET (the team's settled reading).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test

# (person phrase, its sex or None when the word does not say it, connector, unit)
PERSONS = {
    "Describimos a una mujer": "female", "Se presenta un hombre": "male",
    "Varón": "male", "Paciente": None, "Paciente femenina": "female", "Relatamos o caso de uma mulher": "female",
    "Homem": "male", "Nous rapportons le cas d'une femme": "female", "Un homme": "male",
    "Presentiamo una donna": "female", "Un uomo": "male",
}
CONNECTORS = {"años": ["de {} años", "de {} años de edad"], "anos": ["de {} anos"],
              "ans": ["de {} ans", "âgée de {}ans"],
              "anni": ["di {} anni"]}
LANGUAGE_UNITS = {"Describimos a una mujer": "años", "Se presenta un hombre": "años", "Varón": "años",
                  "Paciente": "años", "Paciente femenina": "años", "Relatamos o caso de uma mulher": "anos",
                  "Homem": "anos", "Nous rapportons le cas d'une femme": "ans", "Un homme": "ans",
                  "Presentiamo una donna": "anni", "Un uomo": "anni"}
REST = " con dolor abdominal y diarrea."


def age_and_sex(row):
    age = row["age"]
    return (None if age is None else int(age), row["sex"])


def _person_cells():
    for (person, sex), age in itertools.product(PERSONS.items(), (34, 58, 71)):
        for connector in CONNECTORS[LANGUAGE_UNITS[person]]:
            if connector.startswith("âgée") and sex != "female":
                continue
            yield CASE.format(f"{person} {connector.format(age)}{REST}"), (age, sex)
    yield CASE.format("Masculino, 47 anos, internado por dor abdominal."), (47, "male")
    yield CASE.format("Paciente de 57 años. La paciente refería dolor abdominal."), (57, "female")
    yield CASE.format("Paciente de 57 años. El paciente refería dolor abdominal."), (57, "male")
    yield CASE.format("Un paziente di 66 anni con dolore addominale."), (66, "male")
    for absent in ("Paciente con dolor de 3 años de evolución.", "Paciente tras 2 años de tratamiento.",
                   "La lesión había crecido hace 10 años.", "Después de 2 años el paciente seguía bien."):
        yield CASE.format(absent), (None, None if "el paciente" not in absent else "male")


test_an_age_in_another_language_is_read_with_its_person = grid_test(_person_cells, age_and_sex, "age", "sex")

JAPANESE = {"{}歳女性。": "female", "{}歳の女性で、腹痛を主訴に来院した。": "female",
            "{}歳、男性。": "male",
            "症例は{}歳男性。": "male", "患者は{}歳の男性である。": "male"}


def _japanese_cells():
    for (frame, sex), age in itertools.product(JAPANESE.items(), (29, 64, 80)):
        yield CASE.format(frame.format(age)), (age, sex)
        # the event's age loses
        yield CASE.format("53歳時に胃切除術を受けた。" + frame.format(age)), (age, sex)
    for decade, sex in (("80歳代男性。", "male"), ("症例は70歳代の女性。", "female")):
        yield CASE.format(decade), (None, sex)  # an age in decades is no age, and still says the sex


test_a_japanese_age_and_sex = grid_test(_japanese_cells, age_and_sex, "age", "sex")


# --- a Japanese report's stain list -----------------------------------------------------------------------
# Japanese reports write stains by their English names with signs, separated by the ideographic comma and
# often in full-width brackets ('synaptophysin（+）、CD34（－）'). The reader turns the full-width forms into
# ASCII (NFKC) and the ideographic comma and full stop into their Western marks (pipeline/reading.py), so
# the list reads as 'synaptophysin(+), CD34(-)' does. Signs in words ('(positive)') and bare names stay
# as they were: a name without a sign is no result.
STAINS = [("synaptophysin", "synaptophysin"), ("chromogranin A", "chromogranin A"), ("CD56", "CD56")]
OTHERS = [("CD117", "CD117"), ("CD34", "CD34"), ("S-100", "S100")]
SIGNS = {"plus": ["(+)", "（+）", "（＋）"], "minus": ["(-)", "（-）", "（－）"]}


def stain_sets(row):
    return set(row["markers_positive"] or []), set(row["markers_negative"] or [])


def _ideographic_cells():
    for plus, minus, sep, end in itertools.product(SIGNS["plus"], SIGNS["minus"], ["、", ", "], ["。", "."]):
        items = [name + plus for name, _ in STAINS] + [name + minus for name, _ in OTHERS]
        yield (CASE.format("免疫染色: " + sep.join(items) + end),
               ({c for _, c in STAINS}, {c for _, c in OTHERS}))
    yield CASE.format("免疫染色でsynaptophysin、chromogranin A、CD56を検討した。"), (set(), set())


test_a_stain_list_with_ideographic_commas = grid_test(
    _ideographic_cells, stain_sets, "markers_positive", "markers_negative")


# --- a sign glued to a clone ---------------------------------------------------------------------------------
# 'AE1/AE3(+)', 'CAM5.2(-)': the tokenizer keeps a bracket glued to a name holding digits inside the
# name's token, which then names no stain; the reader spaces the bracketed sign off (pipeline/reading.py),
# as most authors write it ('CD56 (+)'). A Japanese sentence runs on into the name ('免疫染色でAE1/AE3(+)'):
# a space where the script changes makes the name a word, and a letter of a script without case opens a
# sentence after a full stop (pipeline/sentences.py), as a capital does.
GLUED = {"AE1/AE3": "cytokeratin (AE1/AE3)", "CAM5.2": "cytokeratin (CAM5.2)", "CK8/18": "cytokeratin (CK8/18)",
         "TTF-1": "TTF-1", "CD56": "CD56", "S-100": "S100"}
FRAMES = ["Immunostaining showed {}.", "Immunohistochemistry: {}.", "免疫染色で{}であった。",
          # a Japanese full stop ends its sentence, so the scan before is not the stains' context
          "Octreotide scintigraphyで肝臓に集積を認めた。免疫染色で{}であった。"]


def _glued_sign_cells():
    for frame, (name, canonical), (sign, positive) in itertools.product(
            FRAMES, GLUED.items(), [("(+)", True), ("(++)", True), ("(-)", False)]):
        other = "synaptophysin(+)" if not positive else "vimentin(-)"
        listed = f"{name}{sign}, {other}" if "免" not in frame else f"{name}{sign}、{other}"
        want = ({canonical}, {"vimentin"}) if positive else ({"synaptophysin"}, {canonical})
        yield CASE.format(frame.format(listed)), want
    yield CASE.format("Immunostaining for AE1/AE3 and CAM5.2 was requested."), (set(), set())


test_a_sign_glued_to_its_stain = grid_test(_glued_sign_cells, stain_sets, "markers_positive", "markers_negative")


# --- a panel named with its clones -----------------------------------------------------------------------
# 'Stains for synaptophysin (27G12, Leica) were performed': a stain method's list followed by a panel verb
# names the panel, not a result, also when each stain carries a bracketed clone, maker or dilution
# (pipeline/extractors/marker_cues.py, _after_list). The result, when the report gives it, still counts.
ASIDES = ["(Dako)", "(clone 27G12)", "(1:200)", "(27G12, Leica)", "[Ventana]"]
PANEL_FRAMES = ["Immunohistochemical stains for synaptophysin {a} and CD56 {a} were performed.",
                "Staining for synaptophysin {a} and CD56 {a} was done.",
                "Immunostaining for synaptophysin {a} and CD56 {a} was requested."]


def _panel_cells():
    for frame, aside in itertools.product(PANEL_FRAMES, ASIDES):
        panel = frame.format(a=aside)
        yield CASE.format(panel), (set(), set())
        yield CASE.format(panel + " Synaptophysin was positive and CD56 was negative."), ({"synaptophysin"}, {"CD56"})
        yield CASE.format(f"The tumour cells were positive for synaptophysin {aside} and CD56 {aside}."), (
            {"synaptophysin", "CD56"}, set())


test_a_panel_named_with_its_clones_states_no_result = grid_test(
    _panel_cells, stain_sets, "markers_positive", "markers_negative")


# --- 'low-grade neuroendocrine carcinoma' -----------------------------------------------------------------
# The team's settled reading (dev/real/README.md): a low-grade neuroendocrine carcinoma names a
# well-differentiated tumour by an old name, as 'intermediate-grade neuroendocrine carcinoma' does, so it is
# a NET (rules/histology.json 'specific'); a plain or high-grade neuroendocrine carcinoma stays a NEC.
LOW_GRADE = {"a low-grade neuroendocrine carcinoma": "NET", "a low grade neuroendocrine carcinoma": "NET",
             "a low-grade neuroendocrine carcinoma, primary in the skin,": "NET",
             "a neuroendocrine carcinoma": "NEC", "a high-grade neuroendocrine carcinoma": "NEC"}
LOW_GRADE_FRAMES = ["Biopsy of the scalp nodule showed {}.", "The final diagnosis was {} of the skin.",
                    "A core biopsy of a liver lesion showed {}."]


def _low_grade_cells():
    yield from framed_cells("A 69-year-old woman came with a nodule on the scalp.\n", LOW_GRADE_FRAMES, LOW_GRADE)


test_a_low_grade_neuroendocrine_carcinoma_is_a_net = grid_test(_low_grade_cells, lambda row: row["histology"],
                                                               "histology")


# --- a grade joined by a hyphen --------------------------------------------------------------------------------
# 'a grade-2 NET', 'grade-II' are written as 'grade 2' is (rules/patterns.json grade 'grade_word'); a range
# ('grade-1-2') states no one grade, and another disease's grade ('grade-3 oesophagitis') none of the tumour's.
HYPHENED = {"a grade-{g} NET": "G{g}", "a grade-{g} neuroendocrine tumour": "G{g}",
            "a grade-{r} well-differentiated NET": "G{g}"}
ROMAN = {"1": "I", "2": "II", "3": "III"}


def _hyphen_grade_cells():
    intro = "A 55-year-old woman had a pancreatic mass resected.\n"
    for (phrase, want), g in itertools.product(HYPHENED.items(), "123"):
        yield CASE.format(f"{intro}Histology showed {phrase.format(g=g, r=ROMAN[g])}."), want.format(g=g)
    yield CASE.format(f"{intro}Histology showed a grade-1-2 NET."), None
    yield CASE.format(f"{intro}Endoscopy showed a grade-3 oesophagitis."), None


test_a_grade_joined_by_a_hyphen = grid_test(_hyphen_grade_cells, lambda row: row["grade"], "grade")


# --- a stain that did not react ----------------------------------------------------------------------------
# 'CK7 stain was nonreactive', 'CK20 non-reactive', 'Negative stains included CK7, CK20 and TTF-1': a stain
# with no reaction is negative (rules/markers.json polarity 'negative_backward', 'negative_forward'); a
# reactive one stays positive.
NONREACTIVE = ["{m} stain was nonreactive.", "{m} was non-reactive.", "{m} was unreactive in the tumour cells.",
               "Negative stains included {m} and vimentin."]


def _nonreactive_cells():
    intro = "A 55-year-old man had a NET of the ileum resected. The tumour cells were positive for synaptophysin.\n"
    for frame, marker in itertools.product(NONREACTIVE, ["CK7", "CDX2", "TTF-1"]):
        negatives = {marker, "vimentin"} if "vimentin" in frame else {marker}
        yield CASE.format(intro + frame.format(m=marker)), ({"synaptophysin"}, negatives)


test_a_stain_that_did_not_react_is_negative = grid_test(
    _nonreactive_cells, stain_sets, "markers_positive", "markers_negative")


# --- a test's negative result after a treatment ------------------------------------------------------------
# 'She was given octreotide and genetic testing was negative': a finding word ('was negative', 'was
# absent', 'not seen') describes a test or a lesion, never a treatment, so it no longer reaches back over
# ' and ' to the treatment of the clause before (rules/context.json: TREATMENT left the backward negation's
# types). A treatment's form field left empty ('Adjuvant chemotherapy: none') still says it was not given.
GIVEN = {"She was given octreotide": {"octreotide"}, "Lanreotide was started": {"lanreotide"},
         "Sunitinib and everolimus were not tolerated": {"sunitinib", "everolimus"},
         "He was treated with sunitinib": {"sunitinib"}}
TESTS = ["genetic testing for MEN1 was negative", "the work-up for MEN1 was negative",
         "screening for VHL was negative", "a germline mutation was not found"]


def _test_result_cells():
    intro = "A 48-year-old woman had a metastatic pancreatic NET.\n"
    for (given, drugs), test in itertools.product(GIVEN.items(), TESTS):
        yield CASE.format(f"{intro}{given} and {test}."), drugs
    for empty in ("Adjuvant chemotherapy: none.", "Chemotherapy: nil."):
        yield CASE.format(intro + empty), set()


test_a_test_s_negative_result_is_no_treatment_s = grid_test(
    _test_result_cells, lambda row: set(row["treatments"] or []), "treatments")


# --- the class named in Spanish, Portuguese, French or Italian ------------------------------------------
# A report in another language names its class as English does, word for word: 'tumor neuroendocrino',
# 'tumeur neuroendocrine', 'carcinoma neuroendocrino', 'insulinome', 'carcinoide' (rules/histology.json).
# The plural is the class in general ('los tumores neuroendocrinos') and names none.
ROMANCE = {"un tumor neuroendocrino": "NET", "um tumor neuroendócrino": "NET", "une tumeur neuroendocrine": "NET",
           "un tumore neuroendocrino": "NET", "un carcinoma neuroendocrino": "NEC",
           "un carcinome neuroendocrine": "NEC", "un insulinome": "NET", "un tumor carcinoide": "NET",
           "une tumeur carcinoïde": "NET"}


def _romance_cells():
    for name, want in ROMANCE.items():
        yield CASE.format(f"Mujer de 58 años. La histología mostró {name} del páncreas."), want
    yield CASE.format("Mujer de 58 años. Los tumores neuroendocrinos son raros."), None


test_the_class_named_in_a_romance_language = grid_test(_romance_cells, lambda row: row["histology"], "histology")
