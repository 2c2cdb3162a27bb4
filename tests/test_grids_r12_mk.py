"""Grids of the twelfth round (r12-mk): stains and Ki-67 in three shapes the earlier grids left out, each
written out in our own words with its variants and its look-alikes before any fix.

- Stains named as the basis of the diagnosis, with no result word ('the diagnosis was confirmed by
  immunohistochemistry for CgA and Syn', 'IHC (CgA, Syn, CD56) confirmed a NET', 'Immunohistochemistry:
  CgA, Syn, CD56.'): the labelling guideline reads them as positive (extractors/marker_basis.py,
  rules/markers.json 'polarity' basis_*). A panel with no result ('were performed', 'were requested',
  'is pending', 'could not be performed'), a modal ('should be confirmed'), a denial, a serum value and
  the introduction or discussion give nothing. 'immunohistochemistry for' is no cue of its own any more:
  the basis reader reads it where a basis word stands, and nothing else where none does.
- Stains named by their antibodies ('anti-CD56 was negative', 'an anti-chromogranin A antibody'):
  the 'anti-' prefix names the stain (rules/markers.json antibody_prefixes), and the antibody's words
  are cues ('reactivity with', 'showed strong reactivity', 'labelled by').
- A Ki-67 value in words ('five percent', 'less than two per cent', 'between two and three percent';
  rules/patterns.json ki67 number_words), and the index referred back to as 'the index' after the
  keyword's clause ('The Ki-67 stain was done; the index was 3%').
- A stain the vocabulary lacks, told by its symbol in a list of stains it knows ('positive for MUM1, TLE1
  and synaptophysin'; rules/markers.json symbol_shape, extractors/marker_symbols.py); alone ('positive for
  MEN1'), before a gene's word ('MEN1 mutation') or in a list of such symbols only ('CK17 and CK5') it is
  not read.

Every sentence is written here; each grid pairs its absences with presences, so it fails when its
extractor finds nothing."""
from __future__ import annotations

from test_grids import CASE, grid_test, told_cells
from test_grids_r11_mk import CD, INTRO, C, S, _told, markers  # the round's case opening and readers

# --- stains named as the basis of the diagnosis ------------------------------------------------------------
BASIS = _told(
    ("Immunohistochemical determination of NSE and CgA supported the diagnosis.", ["NSE", C], []),
    ("IHC (CgA, Syn, CD56) confirmed a NET.", [C, CD, S], []),
    ("Immunohistochemistry: chromogranin A, synaptophysin, CD56.", [C, CD, S], []),
    ("Immunohistochemistry: CgA, synaptophysin and CD56.", [C, CD, S], []),
    ("Immunohistochemical markers: chromogranin A, synaptophysin.", [C, S], []),
    ("The neuroendocrine nature was confirmed immunohistochemically with chromogranin A and synaptophysin.", [C, S], []),
    ("Chromogranin A and synaptophysin immunohistochemistry confirmed the diagnosis.", [C, S], []),
    ("The diagnosis was supported by immunostains for synaptophysin and CD56.", [CD, S], []),
    ("Immunohistochemical studies (chromogranin A, synaptophysin) were consistent with a NET.", [C, S], []),
    ("Immunohistochemistry with antibodies to CgA and Syn confirmed a well-differentiated NET.", [C, S], []),
    ("Immunohistochemistry (synaptophysin, chromogranin A) confirmed the neuroendocrine nature of the tumour.", [C, S], []),
    ("The immunohistochemical profile (CgA, Syn, CD56) was typical of a NET.", [C, CD, S], []),
    ("The diagnosis was made by immunohistochemical analysis of chromogranin A and synaptophysin.", [C, S], []),
    ("IHC for CgA and synaptophysin confirmed the diagnosis.", [C, S], []),
    ("Immunohistochemical detection of chromogranin A and synaptophysin confirmed the diagnosis of a NET.", [C, S], []),
    ("Histology and immunohistochemistry (chromogranin A and synaptophysin) established a grade 1 NET.", [C, S], []),
    ("The neuroendocrine origin was verified by immunohistochemistry for CgA and Syn.", [C, S], []),
    ("A NET was diagnosed on immunohistochemistry for CD56 and synaptophysin.", [CD, S], []),
    ("The tumour was identified as a NET by immunostaining for CD56 and synaptophysin.", [CD, S], []),
    ("The findings were compatible with a NET on immunohistochemistry for CgA and Syn.", [C, S], []),
    ("Immunohistochemistry for CgA and Syn was diagnostic of a carcinoid tumour.", [C, S], []),
    ("The diagnosis was confirmed with an immunohistochemical panel: CK, CgA, a stain for the thyroid, Syn.",
     ["cytokeratin", C, S], []),
    # a panel with no result, a modal, a denial, a serum value: nothing
    ("Immunohistochemical stains for chromogranin A and synaptophysin were performed.", [], []),
    ("Stains for CgA and Syn were requested.", [], []),
    ("Immunohistochemistry for chromogranin A and synaptophysin is pending.", [], []),
    ("Immunohistochemistry for chromogranin A and synaptophysin is recommended to confirm the diagnosis.", [], []),
    ("Immunohistochemistry for CgA and Syn could not be performed.", [], []),
    ("The diagnosis should be confirmed by immunohistochemistry for chromogranin A and synaptophysin.", [], []),
    ("The diagnosis could be confirmed by IHC (CgA, Syn) on a larger sample.", [], []),
    ("The diagnosis may be confirmed by IHC (CgA, Syn) on a larger sample.", [], []),
    ("The diagnosis would be confirmed by IHC (CgA, Syn) on a larger sample.", [], []),
    ("The diagnosis must be confirmed by IHC (CgA, Syn) on a larger sample.", [], []),
    ("Immunohistochemistry for chromogranin A and synaptophysin did not confirm the diagnosis.", [], []),
    ("The diagnosis was supported by elevated serum chromogranin A and NSE.", [], []),
    ("Immunohistochemistry for CgA and Syn.", [], []),
    # a hormone or a drug elsewhere in a basis sentence is no stain of the list: the stain phrase must hold it
    ("Immunohistochemistry confirmed the diagnosis of an insulinoma, and her hypoglycaemia resolved after the "
     "insulin infusion was stopped.", [], []),
    ("Immunohistochemistry confirmed a NET, consistent with the high serotonin and chromogranin A found before "
     "surgery.", [], []),
    ("Immunohistochemistry confirmed a gastrinoma; gastrin fell after surgery.", [], []),
    ("The diagnosis was confirmed by immunohistochemistry, and she was started on somatostatin analogues.", [], []),
    # a result told keeps its own polarity
    ("Immunohistochemistry for CK7 and CK20 was negative.", [], ["CK20", "CK7"]),
    ("IHC (CgA, Syn, CK20) confirmed a NET; CK20 was negative.", [C, S], ["CK20"]),
)
HEADED = {  # the same words in the introduction or the discussion are not the patient's stains
    "Introduction\nThe diagnosis of NETs is usually confirmed by immunohistochemistry (chromogranin A, "
    "synaptophysin).\n\n" + CASE.format(INTRO + "The tumour was positive for CD56."): ([CD], []),
    CASE.format(INTRO + "The tumour was positive for CD56.\n\nDiscussion\nThe diagnosis of a NET was confirmed by "
                "immunohistochemistry for chromogranin A and synaptophysin in most published cases."): ([CD], []),
}


def basis_cells():
    yield from told_cells(INTRO, BASIS)
    yield from HEADED.items()


test_grid_stains_named_as_the_basis_of_the_diagnosis = grid_test(basis_cells, markers, "markers_positive",
                                                                 "markers_negative")


# --- stains named by their antibodies ---------------------------------------------------------------------
ANTIBODIES = _told(
    ("The tumour cells were stained with an anti-chromogranin A antibody (positive).", [C], []),
    ("Antibodies against synaptophysin and CD56 showed strong reactivity.", [CD, S], []),
    ("Anti-CD56 was negative.", [], [CD]),
    ("The tumour cells were positive with anti-synaptophysin antibody.", [S], []),
    ("Staining with anti-chromogranin A and anti-synaptophysin antibodies was positive.", [C, S], []),
    ("The anti-CK20 antibody did not stain the tumour cells.", [], ["CK20"]),
    ("The tumour cells were labelled by anti-synaptophysin antibody.", [S], []),
    ("Anti-chromogranin A and anti-synaptophysin stained the tumour cells.", [C, S], []),
    ("The tumour reacted strongly with anti-CD56.", [CD], []),
    ("Anti-TTF-1 antibody showed no staining.", [], ["TTF-1"]),
    ("The cells were negative with anti-CK7 and anti-CK20 antibodies.", [], ["CK20", "CK7"]),
    ("Anti-synaptophysin immunostaining was diffusely positive, whereas anti-CK20 was negative.", [S], ["CK20"]),
    ("The tumour cells showed strong reactivity with anti-chromogranin A antibody.", [C], []),
    ("Antibodies to CK7 showed no reactivity.", [], ["CK7"]),
    ("Anti-CD117 (clone YR145) was positive.", ["CD117"], []),
    ("Using an anti-chromogranin A antibody, the tumour cells were strongly positive.", [C], []),
    # antibodies named for the panel, in the serum, or as a drug: nothing
    ("Anti-chromogranin A and anti-synaptophysin antibodies were used.", [], []),
    ("Staining was performed with antibodies against CgA and CD56.", [], []),
    ("Antinuclear antibodies were negative.", [], []),
    ("Anti-CD20 therapy was not given.", [], []),
)
test_grid_stains_named_by_their_antibodies = grid_test(lambda: told_cells(INTRO, ANTIBODIES), markers,
                                                       "markers_positive", "markers_negative")


# --- a Ki-67 value in words, and the index referred back to -----------------------------------------------
KI67_WORDS = {
    "The Ki-67 index was five percent.": ("5", "5"),
    "The Ki-67 index was less than two per cent.": (None, "2"),
    "The Ki-67 labelling index was three per cent.": ("3", "3"),
    "The proliferation index (Ki-67) was ten percent.": ("10", "10"),
    "The Ki-67 index was one per cent.": ("1", "1"),
    "The Ki-67 index was twelve percent.": ("12", "12"),
    "The Ki-67 index was twenty percent.": ("20", "20"),
    "The Ki-67 index was between two and three percent.": ("2", "3"),
    "The tumour had a low Ki-67 index of two percent.": ("2", "2"),
    "The Ki-67 index was four per cent.": ("4", "4"),
    "The MIB-1 index was six percent.": ("6", "6"),
    "The Ki-67 index was seven percent.": ("7", "7"),
    "The Ki-67 index was eight percent.": ("8", "8"),
    "The Ki-67 index was nine percent.": ("9", "9"),
    "The Ki-67 index was about fifteen percent.": ("15", "15"),
    "The Ki-67 index was over thirty percent.": ("30", None),
    "The Ki-67 index was about forty percent.": ("40", "40"),
    "The Ki-67 index was fifty percent.": ("50", "50"),
    "The Ki-67 stain was performed; the index was 3%.": ("3", "3"),
    "Ki-67 staining was done. The index was 2%.": ("2", "2"),
    "Proliferative activity (MIB-1) was low, about 2%.": ("2", "2"),
    # no value, another patient group, or a word that is no value: nothing
    "The Ki-67 index was not assessed.": (None, None),
    "Five percent of such patients have a high Ki-67 index.": (None, None),
    "The Ki-67 index was low.": (None, None),
    "One Ki-67 stain was requested.": (None, None),
}
test_grid_ki67_in_words_and_referred_back = grid_test(lambda: told_cells(INTRO, KI67_WORDS),
                                                      lambda row: (row["ki67_low"], row["ki67_high"]),
                                                      "ki67_low", "ki67_high")


# --- a stain symbol the vocabulary lacks, in a list of stains it knows ---------------------------------------
SYMBOLS = _told(
    ("The tumour cells were positive for MUM1, TLE1 and synaptophysin.", ["MUM1", "TLE1", S], []),
    ("The tumour was positive for synaptophysin and SOX11 but negative for CK20.", [S, "SOX11"], ["CK20"]),
    ("The cells were negative for STAT6, DLL3 and CK7.", [], ["CK7", "DLL3", "STAT6"]),
    ("Synaptophysin, PAX6 and ISL1 were positive.", ["ISL1", "PAX6", S], []),
    ("Immunohistochemistry showed positivity for CgA, HNF1B and CDX2.", ["CDX2", "HNF1B", C], []),
    ("The tumour expressed synaptophysin, LIN28 and SOX2.", ["LIN28", "SOX2", S], []),
    ("The tumour was negative for CK7 and TRPS1.", [], ["CK7", "TRPS1"]),
    ("The cells expressed CD56 and IDH1 but not GFAP.", [CD, "IDH1"], ["GFAP"]),
    # a symbol alone, a gene's symbol, a stage: no stain
    ("She was positive for MEN1 and negative for CK7.", [], ["CK7"]),
    ("The tumour was negative for CK7 and MEN1 mutation.", [], ["CK7"]),
    ("The tumour was negative for CK7; a BRCA2 variant was found.", [], ["CK7"]),
    ("She had a T2N1M0 tumour, positive for synaptophysin.", [S], []),
    ("CK17 and CK5 were negative; synaptophysin was positive.", [S], []),
)
test_grid_a_stain_symbol_in_a_list_of_known_stains = grid_test(lambda: told_cells(INTRO, SYMBOLS), markers,
                                                               "markers_positive", "markers_negative")
