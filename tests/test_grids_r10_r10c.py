"""Grids of the ninth round's new reports, markers to ki67 (r10c): the shapes their study errors had,
written out in their commonest variants in sentences of our own.

- Stain cues: a noun cue in the plural ('The expressions of A and B were confirmed'); a premodifier, a
  stain noun and an object word as one cue ('produced negative stains to A and B', 'positive stainings
  for A'), also after a cue of the other polarity (lexicon.plural_noun_cues, marker_cues.py).
- Stains: prostatic acid phosphatase, the silver stains (argentaffin, argyrophil), a high-molecular-weight
  cytokeratin (rules/markers.json).
- An age with a possessive apostrophe ('a 9 years' old girl': rules/patterns.json age).
- A title in Title Case with no lower-case word ('Primary Calcitonin-negative Neuroendocrine Tumor':
  extractors/title.py).
- A Ki-67 placed in the primary ('with the primary source in the stomach') outranks a metastasis's biopsy
  told first (patterns.json ki67 definitive_cues 'primary').
- A size told of 'the largest' of several lesions is one of them ('multiple liver lesions, the largest
  45 mm': tumor_size.py).
- The organ of a complication a tumour caused ('a jejunal stricture due to an intraluminal mass':
  extractors/cause_link.py); the papilla of the duodenum (sites.json location_words).
- A structured abstract's 'Results: The female patient was admitted ...' opens the case
  (sections.json implicit_case_start).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import pytest

from test_grids import CASE, assert_grid, framed_cells, grid_test

INTRO = "A 52-year-old woman had a thyroid nodule, which was removed.\n"
PAIR = {"synaptophysin and chromogranin A": "synaptophysin; chromogranin A", "CD56 and TTF-1": "CD56; TTF-1"}


def _joined(key):
    return lambda row: "; ".join(row[key] or []) or None


# --- a noun cue in the plural ---------------------------------------------------------------------------
PLURAL_POSITIVE = ["The expressions of {} were confirmed at pathology.",
                   "Expressions of {} were seen in the tumour cells.",
                   "The immunoreactivities for {} were confirmed on the resected specimen."]
PLURAL_NEGATIVE = ["The expressions of {} were absent.",
                   "Stainings for {} were absent in the tumour cells."]


def plural_positive_cells():
    yield from framed_cells(INTRO, PLURAL_POSITIVE, PAIR)
    # absence: the panel named, no result
    yield from framed_cells(INTRO, ["Stainings for {} were performed."], dict.fromkeys(PAIR))


def plural_negative_cells():
    yield from framed_cells(INTRO, PLURAL_NEGATIVE, PAIR)
    yield from framed_cells(INTRO, ["The expressions of {} were confirmed."], dict.fromkeys(PAIR))


test_grid_a_plural_noun_cue_is_positive = grid_test(plural_positive_cells, _joined("markers_positive"),
                                                    "markers_positive")
test_grid_a_plural_noun_cue_takes_a_negative_predicate = grid_test(plural_negative_cells, _joined("markers_negative"),
                                                                   "markers_negative")


# --- a premodifier, a stain noun and an object word --------------------------------------------------
PREMODIFIED = ["The tumour cells showed {pol} stains to {m}.",
               "The tumour cells gave {pol} staining to {m}.",
               "The tumour cells showed {pol} immunoreactivity to {m}.",
               "The tumour cells showed {pol} stainings for {m}.",
               "The cells were immunoreactive to CK7 and NSE and produced {pol} stains to {m}.",
               "The cells showed immunoreactivity to CK7 and {pol} stains for {m}.",
               "The tumour cells showed {pol} immunostains for {m}.",
               "The tumour cells showed {pol} staining with {m}.",
               "The tumour cells had {pol} expressions of {m}.",
               "The tumour cells showed {pol} staining of the tumour cells for {m}."]


def premodified_cells(polarity: str):
    def cells():
        other = "negative" if polarity == "positive" else "positive"
        for frame in PREMODIFIED:
            for stains, want in PAIR.items():
                yield CASE.format(INTRO + frame.format(pol=polarity, m=stains)), want
                # absence: the other polarity names none of them here
                yield CASE.format(INTRO + frame.format(pol=other, m=stains)), None
    return cells


def _of(key, names):
    """The row's markers of `key` among `names`, joined, or None."""
    return lambda row: "; ".join(m for m in row[key] or [] if m in names) or None


STAINED = {"synaptophysin", "chromogranin A", "CD56", "TTF-1"}
test_grid_a_negative_premodifier_heads_its_stain_noun = grid_test(
    premodified_cells("negative"), _of("markers_negative", STAINED), "markers_negative")
test_grid_a_positive_premodifier_heads_its_stain_noun = grid_test(
    premodified_cells("positive"), _of("markers_positive", STAINED), "markers_positive")


def cue_before_cells():
    """The markers before the premodifier keep the earlier cue's polarity."""
    frames = ["The cells were immunoreactive to {m} and produced negative stains to S-100.",
              "The cells showed immunoreactivity to {m} and negative stains for S-100."]
    yield from framed_cells(INTRO, frames, PAIR, key="m")
    yield from framed_cells(INTRO, ["The cells were negative for {m} and S-100."], dict.fromkeys(PAIR), key="m")


test_grid_an_earlier_cue_keeps_its_markers = grid_test(cue_before_cells, _of("markers_positive", STAINED),
                                                      "markers_positive")


# --- stains of the prostate panel, the silver stains, a high-molecular-weight keratin -------------------------
NEW_STAINS = {"PSAP": "PSAP", "prostatic acid phosphatase": "PSAP", "argentaffin": "argentaffin",
              "Fontana-Masson": "argentaffin", "argyrophil": "argyrophil", "Grimelius": "argyrophil",
              "high molecular weight cytokeratin": "cytokeratin (high molecular weight)",
              "high-molecular-weight cytokeratin": "cytokeratin (high molecular weight)",
              "HMWCK": "cytokeratin (high molecular weight)"}
STAIN_FRAMES = ["The tumour cells were negative for {}.", "{} and CD56 were negative in the tumour cells.",
                "Stains for {} were negative."]


def new_stain_cells():
    yield from framed_cells(INTRO, STAIN_FRAMES, NEW_STAINS)
    # absence: a serum value is no stain
    yield from framed_cells(INTRO, ["Serum {} was normal."], {"prostatic acid phosphatase": None, "PSAP": None})


test_grid_stains_of_the_prostate_panel_and_the_silver_stains = grid_test(
    new_stain_cells, _of("markers_negative", set(NEW_STAINS.values())), "markers_negative")


# --- an age with a possessive apostrophe -------------------------------------------------------------------
AGES = ["A {age} years' old girl presented with abdominal pain.",
        "A {age} years\u2019 old, white female child presented with abdominal pain.",
        "We saw a {age} years' old boy with bloody diarrhoea."]


def apostrophe_age_cells():
    yield from framed_cells("", AGES, {"9": "9", "12": "12"}, key="age")
    # absence: a duration
    yield from framed_cells("", ["The pain had lasted {age} years' time before she came to us."],
                            {"9": None, "12": None}, key="age")


test_grid_an_age_with_a_possessive_apostrophe = grid_test(apostrophe_age_cells, lambda row: row["age"], "age")


# --- a title in Title Case with no lower-case word ------------------------------------------------------------
TITLES = {"Primary Calcitonin-negative Neuroendocrine Tumor": "NET", "Insulinoma Of The Pancreatic Tail": "NET",
          "Atypical Bronchial Carcinoid": "NET", "Small Cell Neuroendocrine Carcinoma Of The Cervix": "NEC"}
BODY = ("\n\nJOURNAL TITLE: Journal of Surgical Cases\n\nAbstract\n\nIntroduction\n\nSuch tumours are rare.\n\n"
        "Case report\n\nThe patient was a 45-year-old woman whose tumour stained for synaptophysin.\n")


def title_cells():
    for title, want in TITLES.items():
        yield title + BODY, (want, True)
        # absence: the same report under a title in capitals, which is no title (r19: its class is still the
        # report's topic, the last resort when nothing about the patient names one: not read as the title)
        yield title.upper() + BODY, (want, False)
    yield "LETTER TO THE EDITOR" + BODY, (None, False)  # a heading in capitals that names no tumour


def _class_and_title(run, text):
    row, mentions = run(text)
    return row["histology"], any(m.field == "histology" and m.reason == "report title" for m in mentions)


@pytest.mark.fields("histology")
def test_grid_a_title_in_title_case(run):
    assert_grid(lambda text: (_class_and_title(run, text), None), title_cells(), lambda got, want: got == want)


# --- a Ki-67 placed in the primary ------------------------------------------------------------------------
KI67_FRAMES = ["EUS-guided cytology of the gastric wall lesion confirmed a NET with a Ki-67 of {} with the primary "
               "source in the stomach.",
               "Biopsy of the primary site in the stomach showed a Ki-67 index of {}.",
               "Endoscopic biopsy of the gastric primary showed a Ki-67 index of {}."]


def primary_ki67_cells():
    intro = ("A 51-year-old man had liver lesions. A metastatic NET (Ki-67 of 20%) was diagnosed on core biopsy of "
             "one of the lesions.\n")
    yield from framed_cells(intro, KI67_FRAMES, {"10%": "10", "5%": "5"})
    # the metastasis's value when the primary's sample names no value
    yield from framed_cells(intro, ["Biopsy of the gastric primary confirmed a {}."], {"NET": "20"})


test_grid_a_ki67_placed_in_the_primary = grid_test(primary_ki67_cells, lambda row: row["ki67_high"], "ki67")


# --- a size told of the largest of several lesions ------------------------------------------------------------
LARGEST = ["CT showed multiple {organ} lesions, the largest measuring 45 mm.",
           "CT showed an increase in the size of the {organ} lesions, with the largest lesion measuring 45 mm.",
           "CT showed numerous lesions in the {organ}, the largest measuring 45 mm.",
           "CT showed numerous {organ} nodules, the largest of which measured 45 mm."]


def largest_cells():
    intro = "A 60-year-old man had a pancreatic neuroendocrine tumour.\n"
    yield from framed_cells(intro, LARGEST, {"liver": None, "hepatic": None, "lung": None}, key="organ")
    # presence: several lesions of the primary's own organ
    yield from framed_cells(intro, LARGEST, {"pancreatic": "45", "pancreas": "45"}, key="organ")


test_grid_the_largest_of_several_lesions = grid_test(largest_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- the organ of a complication a tumour caused; the papilla ---------------------------------------------------
CAUSED = ["CT revealed {s} segment stricture due to an intraluminal mass.",
          "CT revealed {s} intussusception caused by a polypoid mass.",
          "CT revealed {s} obstruction secondary to a 3-cm tumour.",
          "CT revealed {s} stenosis due to a small mass."]
CAUSE_INTRO = "A 59-year-old woman was admitted with vomiting. "
CAUSE_TAIL = " The segment was resected, and histology showed a neuroendocrine tumour."


def cause_cells():
    organs = {"a jejunal": "jejunum", "an ileal": "ileum", "a duodenal": "duodenum"}
    for frame in CAUSED:
        for adjective, want in organs.items():
            yield CASE.format(CAUSE_INTRO + frame.format(s=adjective) + CAUSE_TAIL), want
    # absences: no tumour caused it; the tumour has an organ of its own
    yield CASE.format(CAUSE_INTRO + "CT revealed a jejunal stricture due to adhesions." + CAUSE_TAIL), None
    yield CASE.format(CAUSE_INTRO + "CT revealed a biliary obstruction caused by a mass in the pancreatic head."
                      + CAUSE_TAIL), "pancreas"


test_grid_the_organ_of_a_complication_a_tumour_caused = grid_test(cause_cells, lambda row: row["primary_site"],
                                                                  "primary_site")

PAPILLA = ["The patient was diagnosed with a NET of the {} papilla of the duodenum.",
           "Endoscopy showed a neuroendocrine tumour of the {} papilla of the duodenum."]


def papilla_cells():
    yield from framed_cells("A 70-year-old man had no symptoms.\n", PAPILLA,
                            {"accessory": "duodenum", "minor": "duodenum", "major": "duodenum"})
    yield from framed_cells("A 70-year-old man had no symptoms.\n", ["Endoscopy showed a {} papilla of the duodenum."],
                            {"normal": None})


test_grid_a_net_of_the_papilla = grid_test(papilla_cells, lambda row: row["primary_site"], "primary_site")


# --- a structured abstract's results open the case -------------------------------------------------------------
def results_cells():
    head = ("Bladder neuroendocrine carcinoma: a case report\n\nObjective: To describe a rare tumour of the bladder.\n\n"
            "Methods: A case admitted to our hospital was reviewed with the literature.\n\n")
    for noun, want in (("female", "female"), ("male", "male")):
        yield head + f"Results: The {noun} patient was admitted with haematuria. The tumour was resected.\n", want
    # absence: the literature's patients
    yield head + "Results: The female patients of the literature were older than the male ones.\n", None


test_grid_a_structured_abstracts_results_open_the_case = grid_test(results_cells, lambda row: row["sex"], "sex")
