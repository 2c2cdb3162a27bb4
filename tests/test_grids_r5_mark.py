"""Grids of the fifth round (r5-mark): stain markers, syndromes of the index patient.

Found by probing the common ways a case report states a stain, a hormonal syndrome or an inherited one
(about 200 own-words wordings); each grid crosses the failing shape with its common variants and pairs
every absence with a presence, so it fails when its extractor finds nothing (tests/test_null_extractors.py).
Every sentence is written here.

- 'positive' or 'negative' standing right before a marker is its adjective and governs it and its list
  forward ('immunohistochemistry showed positive chromogranin A and synaptophysin', 'with negative CK7');
  after a marker ('CK7 positive CD56 positive', a flattened table) it stays a backward cue
  (rules/markers.json polarity premodifiers).
- 'immunoexpression of', 'found to express', 'positive immunohistochemistry for' name a stain's positive
  result as 'expression of' does (rules/markers.json positive_forward, appended); 'immunostaining' and
  'immunoexpression' after a marker are noun cues as 'staining' is ('confirmed by chromogranin A and
  synaptophysin immunostaining', 'CK7 immunostaining was negative': positive_backward, noun_backward).
- A search for an inherited syndrome with no result in its clause ('the patient was screened for MEN1',
  'screening for MEN1 was performed, and calcium was normal') names none; a result ('testing for MEN1 was
  positive', 'screening revealed a germline mutation') is a finding. A somatic mutation is the tumour's own
  (rules/context.json, two HEREDITY cues).
- A hormone as the object of 'producing' / 'secreting' ('a pancreatic NET producing gastrin') names its
  syndrome as 'gastrin-producing' does; on a slide it is a stain (rules/syndromes.json
  secreting_before_hormone).
- A refusal closing the sentence after 'but' ('she was advised to undergo surgery but refused.') takes back
  the treatment of its first clause; a refusal with its own object ('underwent surgery but refused
  chemotherapy') does not (rules/context.json, a backward REFUSED cue).
- 'surgical risk', 'operative risks' weigh an operation, they do not report one (rules/treatments.json
  excluded_heads, appended).
- A suspicion its own clause confirms is a finding ('a gastrinoma was suspected and later confirmed by EUS');
  'suspected but not confirmed' and a bare 'was suspected' stay questions (rules/context.json, the backward
  hypothetical cue's blocked_in_clause).
- A drug joined by a hyphen to 'based' names the drug ('cisplatin-based chemotherapy'); 'platinum-based'
  names none (rules/treatments.json joined_words, appended).
"""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test


def markers(row) -> tuple[list[str], list[str]]:
    return sorted(row["markers_positive"] or []), sorted(row["markers_negative"] or [])


# --- 'positive' / 'negative' as a marker's adjective -----------------------------------------------------------
PREMODIFIER_OPENERS = [
    "Immunohistochemistry showed {}.",
    "The biopsy confirmed a neuroendocrine tumour with {}.",
    "Staining of the resected nodule revealed {}.",
    "On the slides there was {}.",
]
PREMODIFIER_LISTS = [  # (the list, positive, negative)
    ("positive chromogranin A and synaptophysin", ["chromogranin A", "synaptophysin"], []),
    ("positive CD56, synaptophysin and chromogranin A, and negative CK7",
     ["CD56", "chromogranin A", "synaptophysin"], ["CK7"]),
    ("negative TTF-1 and CDX2", [], ["CDX2", "TTF-1"]),
    ("positive INSM1 but negative S100", ["INSM1"], ["S100"]),
]
TABLE_LINES = [  # a flattened table keeps the backward reading: the word after the marker is its polarity
    ("Synaptophysin positive CD56 positive CK7 negative", ["CD56", "synaptophysin"], ["CK7"]),
    ("CgA positive, Syn positive, CDX2 negative", ["chromogranin A", "synaptophysin"], ["CDX2"]),
]


def premodifier_cells():
    for opener, (items, pos, neg) in itertools.product(PREMODIFIER_OPENERS, PREMODIFIER_LISTS):
        yield CASE.format("A 58-year-old woman had a pancreatic mass.\n" + opener.format(items)), (pos, neg)
        # the same words without a polarity word state no stain result
        bare = items.replace("positive ", "").replace("negative ", "").replace("but ", "and ")
        no_result = opener.format("a report on " + bare)
        yield CASE.format("A 58-year-old woman had a pancreatic mass.\n" + no_result), ([], [])
    for line, pos, neg in TABLE_LINES:
        yield CASE.format("A 58-year-old woman had a pancreatic mass.\nImmunohistochemistry: " + line + "."), (pos, neg)


test_grid_positive_or_negative_before_a_marker_is_its_adjective = grid_test(
    premodifier_cells, markers, "markers_positive", "markers_negative")


# --- other ways to say a stain was positive -----------------------------------------------------------------
EXPRESSION_FRAMES = [
    "The tumour cells showed strong immunoexpression of {}.",
    "Tumour cells were found to express {} on immunohistochemistry.",
    "The cells were shown to express {}.",
    "Pathology confirmed a NET with positive immunohistochemistry for {}.",
]
EXPRESSED_LISTS = [("synaptophysin and chromogranin A", ["chromogranin A", "synaptophysin"]),
                   ("CD56", ["CD56"]), ("INSM1, CD56 and synaptophysin", ["CD56", "INSM1", "synaptophysin"])]


def expression_cells():
    yield from framed_cells("A 47-year-old man had an ileal mass.\n", EXPRESSION_FRAMES,
                            {items: (pos, []) for items, pos in EXPRESSED_LISTS})
    yield CASE.format("A 47-year-old man had an ileal mass.\n"
                      "Pathology showed a NET with negative immunohistochemistry for CK20."), ([], ["CK20"])
    yield CASE.format("A 47-year-old man had an ileal mass.\nThe tumour cells did not express CK7."), ([], ["CK7"])


test_grid_expression_wordings_name_a_positive_stain = grid_test(
    expression_cells, markers, "markers_positive", "markers_negative")


# --- a search for an inherited syndrome, and a somatic mutation, name none ------------------------------------
SEARCHES = [
    "The patient was screened for {s}.",
    "Screening for {s} was performed, and serum calcium and PTH were normal.",
    "She was evaluated for {s} because of her young age.",
    "He was tested for {s} at the genetics clinic.",
    "Sequencing of the tumour showed a somatic {s} mutation.",
]
RESULTS = [
    "Genetic testing for {s} was positive.",
    "Screening for {s} revealed a germline mutation.",
    "She was tested for {s} and found to carry a pathogenic variant.",
    "He had a germline {s} mutation.",
]
SYNDROME_NAMES = {"MEN1": "MEN1", "VHL": "VHL", "NF1": "NF1"}


def search_cells():
    intro = "A 39-year-old woman had a pancreatic NET.\n"
    yield from framed_cells(intro, SEARCHES, dict.fromkeys(SYNDROME_NAMES, []), key="s")
    yield from framed_cells(intro, RESULTS, {name: [canonical] for name, canonical in SYNDROME_NAMES.items()}, key="s")


test_grid_a_search_or_a_somatic_mutation_names_no_inherited_syndrome = grid_test(
    search_cells, lambda row: sorted(row["hereditary_syndrome"] or []), "hereditary_syndrome")


# --- the hormone as the verb's object names the syndrome -----------------------------------------------------
OBJECT_FRAMES = [
    "The work-up found a pancreatic NET {v} {h}.",
    "A bronchial carcinoid {v} {h} was removed.",
]
OBJECT_HORMONES = {"gastrin": "gastrinoma", "insulin": "insulinoma", "ACTH": "ectopic ACTH", "VIP": "VIPoma"}


def object_cells():
    for frame, verb, (hormone, canonical) in itertools.product(
            OBJECT_FRAMES, ["producing", "secreting"], OBJECT_HORMONES.items()):
        yield CASE.format("A 44-year-old man was admitted.\n" + frame.format(v=verb, h=hormone)), [canonical]
        # on a slide the same words describe stained cells
        yield CASE.format("A 44-year-old man was admitted.\nImmunostaining showed scattered cells "
                          f"{verb} {hormone}."), []
    yield CASE.format("A 44-year-old man was admitted.\nSecretion of insulin was suppressed during the fast."), []


test_grid_a_tumour_producing_a_hormone_has_its_syndrome = grid_test(
    object_cells, lambda row: sorted(row["functional_syndrome"] or []), "functional_syndrome")


# --- a refusal after 'but' closes the sentence -----------------------------------------------------------------
ADVICE = ["She was advised to undergo {t} but {r}.", "She was referred for {t} but {r}.",
          "The team suggested {t} to her, but {r}."]
REFUSALS = ["refused", "declined", "she refused", "she declined", "the patient declined"]
TREATMENTS = {"surgery": ["surgery"], "PRRT": ["PRRT"], "everolimus": ["everolimus"]}


def refusal_cells():
    intro = "A 70-year-old woman had an ileal NET with liver metastases.\n"
    for frame, refusal, name in itertools.product(ADVICE, REFUSALS, TREATMENTS):
        yield CASE.format(intro + frame.format(t=name, r=refusal)), []
    for name, value in TREATMENTS.items():
        yield CASE.format(intro + f"She received {name} but refused chemotherapy."), value
        yield CASE.format(intro + f"She was referred for {name}, and it was given in May."), value


test_grid_a_refusal_after_but_takes_back_the_treatment = grid_test(
    refusal_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- the risk of an operation is no operation -------------------------------------------------------------------
RISK_FRAMES = ["Owing to the high {w} risk, she was treated with lanreotide alone.",
               "The {w} risks were judged too high, and lanreotide was started.",
               "Because of a prohibitive {w} risk, lanreotide was given."]
RISK_WORDS = ["surgical", "operative"]


def risk_cells():
    intro = "An 81-year-old man had an ileal NET with liver metastases.\n"
    for frame, word in itertools.product(RISK_FRAMES, RISK_WORDS):
        yield CASE.format(intro + frame.format(w=word)), ["lanreotide"]
        yield CASE.format(intro + frame.format(w=word) + f" A year later a {word} resection was done."), [
            "lanreotide", "surgery"]


test_grid_the_risk_of_an_operation_is_no_operation = grid_test(
    risk_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- a drug named before '-based' ------------------------------------------------------------------------------
BASED_DRUGS = ["cisplatin", "temozolomide", "capecitabine", "carboplatin"]
BASED_FRAMES = ["He received {d}-based chemotherapy for four cycles.",
                "After surgery, {d}-based chemotherapy was given.",
                "Second-line {d}-based treatment was started."]


def based_cells():
    intro = "A 59-year-old man had a pancreatic NEC with liver metastases.\n"
    for frame, drug in itertools.product(BASED_FRAMES, BASED_DRUGS):
        expected = sorted([drug] + (["surgery"] if "surgery" in frame else []))
        yield CASE.format(intro + frame.format(d=drug)), expected
    yield CASE.format(intro + "He received platinum-based chemotherapy."), ["chemotherapy"]
    yield CASE.format(intro + "An evidence-based plan was made, and sunitinib was started."), ["sunitinib"]


test_grid_a_drug_before_based_names_the_drug = grid_test(
    based_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- 'immunostaining' / 'immunoexpression' after the marker -------------------------------------------------------
NOUN_FRAMES = [  # (sentence, positive, negative)
    ("Neuroendocrine differentiation was confirmed by {m} {n}.", True),
    ("The diagnosis rested on diffuse {m} {n}.", True),
    ("{m} {n} was negative.", False),
    ("{m} {n} was absent in the tumour cells.", False),
]
NOUN_MARKERS = [("chromogranin A and synaptophysin", ["chromogranin A", "synaptophysin"]), ("CD56", ["CD56"])]


def noun_cells():
    for (frame, positive), (items, values), noun in itertools.product(
            NOUN_FRAMES, NOUN_MARKERS, ["immunostaining", "immunoexpression"]):
        text = frame.format(m=items, n=noun)
        expected = (values, []) if positive else ([], values)
        yield CASE.format("A 52-year-old woman had a rectal polyp.\n" + text[0].upper() + text[1:]), expected


test_grid_immunostaining_after_a_marker_is_a_noun_cue = grid_test(
    noun_cells, markers, "markers_positive", "markers_negative")


# --- a suspicion confirmed in its own clause ----------------------------------------------------------------------
SUSPECTED = {"A gastrinoma": "gastrinoma", "An insulinoma": "insulinoma", "A VIPoma": "VIPoma"}
CONFIRMED = ["{s} was suspected and later confirmed by EUS.", "{s} was suspected, which was confirmed at surgery.",
             "{s} was suspected and was proven by the fasting test."]
UNCONFIRMED = ["{s} was suspected but not confirmed.", "{s} was suspected.", "{s} was considered."]


def suspicion_cells():
    intro = "A 45-year-old woman had a pancreatic mass.\n"
    yield from framed_cells(intro, CONFIRMED, {name: [canonical] for name, canonical in SUSPECTED.items()}, key="s")
    yield from framed_cells(intro, UNCONFIRMED, dict.fromkeys(SUSPECTED, []), key="s")


test_grid_a_suspicion_confirmed_in_its_clause_is_a_finding = grid_test(
    suspicion_cells, lambda row: sorted(row["functional_syndrome"] or []), "functional_syndrome")
