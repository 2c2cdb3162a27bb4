"""Grids of the eleventh round (r11-mk), variant-driven: stains, Ki-67 and grade in the ways case reports
commonly write them, probed from about 400 sentences of our own before any fix (the passing ones are the
genre grids of tests/test_grids_r11_mk_genre.py); these are the shapes that failed, each with its variants.

- Stains joined by slashes with their signs ('CK7-/CK20+', 'Syn+/CgA+/TTF-1-', 'CK7(-)/CK20(+)',
  'CK7-negative/CK20-positive'): the tokenizer kept 'CK7-/CK20' whole, so neither stain was read; a slash
  after a sign is a token of its own now (nlp.SIGNED_SLASH).
- 'stained negatively for CK20' was read as the positive 'stained for' with the adverb left out: a cue with
  'negatively' inside is no cue, 'negatively for' governs (rules/markers.json polar_adverbs).
- Cue words: 'did not stain with', 'did not react with', 'immunolabelled with', 'a positive / negative
  reaction to', 'confirmed by immunohistochemistry for', 'react positively for', 'CD56 stained positively'.
- A negated subject before a positive cue ('No tumour cells were positive for CK7', 'None of the cells
  expressed TTF-1'; markers.json subject_negators); a result word before the stain ('retained Rb', 'intact
  MLH1 and PMS2', 'absent CK7 expression': premodifiers).
- 'Loss of ATRX and DAXX expression was observed': after a cue ending in 'of' the noun after the list
  closes the cue's noun phrase, whatever verb follows; 'ATRX and DAXX were lost'.
- A keratin clone is no shared-head list: 'cytokeratin 8/18' is the clone, not CK8 and CK18 as well.
- Stains of neighbouring specialties: GH, prolactin, GHRH, PTHrP, Bcl-2, cyclin D1, SMAD4 (DPC4), the
  mucins by shape ('MUC5AC').
- Grade as a predicate ('The tumour grade was 2', 'graded as intermediate') and 'G1-NET'.
- A Ki-67 or a grade for each tumour in the two parts of one sentence ('The liver metastasis had a Ki-67
  of 15%, while the primary tumour had a Ki-67 of 4%'): each part's cue is its own (patterns.json
  contrast_words).

Every sentence is written here; each grid pairs its absences with presences, so it fails when its
extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, told_cells

INTRO = "A 58-year-old woman underwent distal pancreatectomy for a 25-mm mass in the pancreatic tail.\n"
S, C, CD = "synaptophysin", "chromogranin A", "CD56"


def markers(row) -> tuple[list[str], list[str]]:
    return sorted(row["markers_positive"] or []), sorted(row["markers_negative"] or [])


def _told(*pairs):
    """{sentence: (sorted positives, sorted negatives)} from (sentence, positives, negatives)."""
    return {sentence: (sorted(pos), sorted(neg)) for sentence, pos, neg in pairs}


# --- stains joined by slashes with their signs ----------------------------------------------------------
SLASH_FRAMES = ["The tumour was {}.", "Immunohistochemistry showed a {} profile.", "The immunophenotype was {}."]
SLASHED = {
    "CK7-/CK20+": (["CK20"], ["CK7"]),
    "CK7+/CK20-": (["CK7"], ["CK20"]),
    "CK7+/CK20+": (["CK20", "CK7"], []),
    "CK7-/CK20-": ([], ["CK20", "CK7"]),
    "CK7 -/CK20 +": (["CK20"], ["CK7"]),
    "CK7(-)/CK20(+)": (["CK20"], ["CK7"]),
    "CK7-negative/CK20-positive": (["CK20"], ["CK7"]),
    "CK7 positive/CK20 negative": (["CK7"], ["CK20"]),
    "synaptophysin+/chromogranin A+/CDX2-": ([C, S], ["CDX2"]),
    "Syn+/CgA+/TTF-1-": ([C, S], ["TTF-1"]),
    "CD56+/Syn+": ([CD, S], []),
}


def slash_cells():
    yield from framed_cells(INTRO, SLASH_FRAMES, SLASHED)
    # a slash between two words with no sign names no stain
    yield from told_cells(INTRO, {"The tumour was assessed pre-/postoperatively.": ([], []),
                                  "The tumour was CK7/CK20 tested on the biopsy.": ([], [])})


test_grid_stains_joined_by_slashes_with_their_signs = grid_test(slash_cells, markers, "markers_positive",
                                                                "markers_negative")


# --- a polarity adverb, and the cue words of this round ----------------------------------------------------
CUE_WORDS = _told(
    ("The tumour stained negatively for CK20.", [], ["CK20"]),
    ("The tumour cells stained negatively for CK20 and TTF-1.", [], ["CK20", "TTF-1"]),
    ("The tumour stained positively for synaptophysin but negatively for CK20.", [S], ["CK20"]),
    ("The tumour cells reacted negatively with CK20.", [], ["CK20"]),
    ("The tumour stained positively for CK20.", ["CK20"], []),
    ("The tumour cells react positively for CD56.", [CD], []),
    ("On the slides, CD56 stained positively, and CK20 stained negatively.", [CD], ["CK20"]),
    ("The tumour did not stain with TTF-1.", [], ["TTF-1"]),
    ("The tumour did not stain with TTF-1 or CDX2.", [], ["CDX2", "TTF-1"]),
    ("The tumour cells did not react with CK20.", [], ["CK20"]),
    ("The tumour cells were immunolabelled with synaptophysin.", [S], []),
    ("Staining revealed a strong positive reaction to synaptophysin.", [S], []),
    ("There was a negative reaction to CK20.", [], ["CK20"]),
    ("The diagnosis was confirmed by immunohistochemistry for chromogranin A and synaptophysin.", [C, S], []),
    ("Immunohistochemistry for chromogranin A and synaptophysin confirmed the diagnosis.", [C, S], []),
    ("Immunohistochemistry for CK7 and CK20 was negative.", [], ["CK20", "CK7"]),
    # the panel named with no result states none
    ("Immunohistochemistry for CK7 and CK20 was performed.", [], []),
    ("The tumour was examined positively and carefully by two pathologists.", [], []),
)
test_grid_polarity_adverbs_and_cue_words = grid_test(lambda: told_cells(INTRO, CUE_WORDS), markers,
                                                     "markers_positive", "markers_negative")


# --- a negated subject; a result word before the stain ----------------------------------------------------------
SUBJECT_AND_PREMODIFIER = _told(
    ("No tumour cells were positive for CK7.", [], ["CK7"]),
    ("None of the tumour cells stained for CK7.", [], ["CK7"]),
    ("None of the cells expressed TTF-1.", [], ["TTF-1"]),
    ("No tumour cell stained for CK20.", [], ["CK20"]),
    ("No cells were immunoreactive for TTF-1 or CDX2.", [], ["CDX2", "TTF-1"]),
    ("No neoplastic cells were positive for CK7, whereas all were positive for CD56.", [CD], ["CK7"]),
    # a negated subject of another clause is not the cue's
    ("No necrosis was seen, and the tumour cells were positive for CD56.", [CD], []),
    ("None of the lymph nodes was involved; the tumour cells were positive for CD56.", [CD], []),
    ("The tumour showed retained Rb.", ["Rb"], []),
    ("The tumour showed intact MLH1 and PMS2.", ["MLH1", "PMS2"], []),
    ("The tumour showed preserved ATRX and DAXX expression.", ["ATRX", "DAXX"], []),
    ("The tumour showed absent CK7 expression.", [], ["CK7"]),
    ("There was absent staining for CK7, CK20 and TTF-1.", [], ["CK20", "CK7", "TTF-1"]),
    ("The tumour showed lost SDHB expression.", [], ["SDHB"]),
    ("The tumour cells reacted positively to synaptophysin.", [S], []),
    ("The tumour exhibited diffuse positivity with synaptophysin.", [S], []),
    ("The neoplastic cells showed immunoreactivity against synaptophysin.", [S], []),
    ("The capsule was intact, and the margins were free.", [], []),
)
test_grid_a_negated_subject_and_a_result_word_before_the_stain = grid_test(
    lambda: told_cells(INTRO, SUBJECT_AND_PREMODIFIER), markers, "markers_positive", "markers_negative")


# --- loss and retention of nuclear proteins ----------------------------------------------------------------
LOSS_FRAMES = ["Loss of {} expression was observed.", "Loss of nuclear {} expression was noted in the tumour.",
               "{} were lost in the tumour nuclei.", "The tumour showed loss of {} expression."]
LOSS = {"ATRX and DAXX": ([], ["ATRX", "DAXX"]), "MLH1 and PMS2": ([], ["MLH1", "PMS2"]),
        "SDHB": ([], ["SDHB"])}


def loss_cells():
    for frame in LOSS_FRAMES:
        for names, want in LOSS.items():
            text = frame.format(names).replace("SDHB were", "SDHB was")
            yield from told_cells(INTRO, {text[0].upper() + text[1:]: want})
    # a noun cue with its own predicate after another cue's clause keeps its polarity
    yield from told_cells(INTRO, {"The tumour was negative for CK7, and CD56 expression was strong.": ([CD], ["CK7"]),
                                  "ATRX and DAXX expression were retained.": (["ATRX", "DAXX"], [])})


test_grid_loss_of_a_list_of_nuclear_proteins = grid_test(loss_cells, markers, "markers_positive", "markers_negative")


# --- a keratin clone, and the stains of neighbouring specialties ------------------------------------------------
VOCABULARY = _told(
    ("The tumour was positive for cytokeratin 8/18.", ["cytokeratin (CK8/18)"], []),
    ("The tumour was positive for cytokeratins 8 and 18.", ["CK18", "CK8"], []),
    ("Growth hormone and prolactin were negative.", [], ["GH", "prolactin"]),
    ("The tumour was positive for GHRH.", ["GHRH"], []),
    ("The tumour cells were positive for PTHrP.", ["PTHrP"], []),
    ("Tumour cells were positive for Bcl-2 and cyclin D1.", ["Bcl-2", "cyclin D1"], []),
    ("The tumour showed intact SMAD4 (DPC4) expression.", ["SMAD4"], []),
    ("MUC2 and MUC5AC were negative.", [], ["MUC2", "MUC5AC"]),
    ("The tumour cells were negative for MUC1, MUC2 and MUC6.", [], ["MUC1", "MUC2", "MUC6"]),
    # a hormone measured in the blood is no stain
    ("Serum prolactin and growth hormone levels were elevated.", [], []),
    ("Her PTHrP level was 4.1 pmol/L.", [], []),
)
test_grid_a_clone_and_the_stains_of_neighbouring_specialties = grid_test(
    lambda: told_cells(INTRO, VOCABULARY), markers, "markers_positive", "markers_negative")


# --- grade as a predicate ---------------------------------------------------------------------------------------
GRADES = {
    "Histology showed a G1-NET.": "G1",
    "Histology showed a G2-NET of the pancreas.": "G2",
    "The tumour grade was 2.": "G2",
    "The histological grade was 1.": "G1",
    "The tumour grade was II.": "G2",
    "The tumour grade was intermediate.": "G2",
    "The tumour was graded as intermediate.": "G2",
    "The tumour was graded as low.": "G1",
    "The tumour was graded as 2.": "G2",
    "The WHO grade is 2.": "G2",
    # other grading systems and toxicities are no tumour grade
    "The Gleason grade was 3.": None,
    "The grade of the diarrhoea was 2 under everolimus.": None,
}
test_grid_grade_stated_as_a_predicate = grid_test(lambda: told_cells(INTRO, GRADES), lambda row: row["grade"], "grade")


# --- one sentence, two tumours: each part's cue is its own -------------------------------------------------------
TWO = "A 58-year-old woman had a pancreatic tumour with liver lesions.\n"
TWO_KI67 = {
    "The liver metastasis had a Ki-67 of 15%, while the primary tumour had a Ki-67 of 4%.": ("4", "4"),
    "The liver metastasis had a Ki-67 of 15%, whereas the resected primary had a Ki-67 of 4%.": ("4", "4"),
    "The primary tumour had a Ki-67 of 4%, whereas the liver metastasis had a Ki-67 of 15%.": ("4", "4"),
    "The Ki-67 index was 4% in the primary and 15% in the liver metastasis.": ("4", "4"),
    "The Ki-67 of the biopsy specimen was 3%, whereas that of the surgical specimen was 6%.": ("6", "6"),
}
TWO_GRADES = {
    "The liver metastasis was G3, while the primary tumour was G2.": "G2",
    "The liver metastasis was G3, whereas the primary tumour was G2.": "G2",
    "The primary tumour was G2, while the liver metastasis was G3.": "G2",
    "A biopsy showed a G1 NET; the resected tumour was G2.": "G2",
}


def two_ki67_cells():
    yield from told_cells(TWO, TWO_KI67)
    yield from told_cells(TWO, {"The liver lesions were not biopsied, while the pancreas was resected.": (None, None)})


def two_grade_cells():
    yield from told_cells(TWO, TWO_GRADES)
    yield from told_cells(TWO, {"The liver lesions were not biopsied, while the pancreas was resected.": None})


test_grid_ki67_of_two_tumours_in_one_sentence = grid_test(
    two_ki67_cells, lambda row: (row["ki67_low"], row["ki67_high"]), "ki67_low", "ki67_high")
test_grid_grade_of_two_tumours_in_one_sentence = grid_test(two_grade_cells, lambda row: row["grade"], "grade")
