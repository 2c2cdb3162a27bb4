"""Grids of the seventeenth round (r18): the shapes its study errors showed, each with its common variants.

- An adverb of time or manner may stand between a metastasis word and the verb that places it ('metastatic
  deposits were already present in the liver and vertebrae', 'metastases were subsequently found in the
  liver'; rules/metastasis.json 'found_verbs', 'found_verb_suffixes').
- A Ki-67 value told before its keyword as the rate or index of it ('a 3% rate of Ki-67 positivity'), as the
  share of cells positive for it with no verb ('3% of tumour cells positive for Ki-67') or as the count of its
  positive cells ('3% Ki-67-positive cells'; rules/patterns.json ki67 'reverse', 'keyword_after_value',
  'by_keyword_after_value').
- 'was reported' in a clause of the patient's own ('in her biopsy, a 3% Ki-67 index was reported') is what her
  pathology found, not the literature's cases (rules/context.json, the cue's 'blocked_in_clause').
- A bare 'and' (or ', and') between two clauses, each with its own finite verb, ends the first: a backward
  cue of the second ('Liver metastases were found and chemotherapy was considered', 'The tumour was graded G2 and
  further surgery was considered') stays in its own clause (rules/context.json clause_boundaries
  'coordinated_clauses', clause_bounds.py). So does a bare 'and' before an examination with its own reporting
  verb, as ', and' did ('There was no lymphadenopathy and bone scintigraphy showed metastases'; r13's
  'examination_clauses').
- A reason opening its sentence ends at its comma: 'As liver metastases were found, chemotherapy was
  considered', 'Given the liver metastases, ...'; so does 'without' ('Without further symptoms, liver metastases
  were detected'; rules/context.json 'opening_clauses').
- A treatment set aside opening its sentence ends at its comma ('Instead of surgery, octreotide was given'), and
  'during' ends a refusal's scope ('a caecal mass was found instead of an inflamed appendix during surgery': the
  operation is done; rules/context.json 'phrase_openers' and the REFUSED cue's 'ends_at').
- A consequence ends every scope, as 'therefore' and 'thus' did: 'Liver metastases were detected, hence
  systemic therapy was recommended' (rules/context.json, the TERMINATE cue's 'hence', 'consequently',
  'accordingly').
- 'but' followed right away by a verb goes on with the subject before it: 'Insulinomas are usually sporadic, but may
  occur with MEN1' is the literature's throughout (rules/context.json clause_boundaries 'but_shared_subject').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

import pytest

from test_grids import CASE, assert_grid, framed_cells, grid_test, metastasis_and_sites, told_cells

# --- an adverb between a metastasis word and its verb -------------------------------------------------------
SPREAD_SUBJECTS = ["Metastatic deposits were", "Metastases were", "Metastatic lesions were", "Metastatic disease was"]
ADVERBS = ["already", "still", "subsequently", "clearly", "now", "additionally"]
PLACING = {"present in his liver and vertebrae": {"liver", "bone"}, "found in the liver": {"liver"},
           "seen in both lungs": {"lung"}}
NOT_SPREAD = {"No metastatic deposits were seen in the liver or the bones.": ("unknown", set()),
              "Metastatic deposits were clearly absent.": ("no", set()),
              "Liver metastases were excluded.": ("unknown", set()),
              "No metastatic disease was present.": ("no", set())}


def _adverb_cells():
    intro = "A 68-year-old man had a small cell carcinoma of the urinary bladder.\n"
    for subject, adverb, (placing, want) in itertools.product(SPREAD_SUBJECTS, ADVERBS, PLACING.items()):
        yield CASE.format(intro + f"{subject} {adverb} {placing}."), ("yes", want)
    yield from told_cells(intro, NOT_SPREAD)


test_an_adverb_between_a_metastasis_word_and_its_verb = grid_test(_adverb_cells, metastasis_and_sites,
                                                                  "metastasis")


# --- a Ki-67 value before its keyword -------------------------------------------------------------------------
KI67_BEFORE = ["a {v}% rate of Ki-67 positivity", "a {v}% rate of MIB-1 staining", "{v}% Ki-67 positive cells",
               "{v}% Ki-67-positive tumour cells", "{v}% MIB-1 positive nuclei", "{v}% of cells positive for Ki-67",
               "{v}% of the tumour cells positive for Ki-67", "{v}% of the nuclei staining for MIB-1",
               "{v}% of tumour cells immunoreactive for Ki-67"]
OTHER_STAINS = ["{v}% CD56 positive cells", "{v}% of cells positive for p53", "a {v}% rate of p53 positivity"]


def _ki67_before_cells():
    intro = "A 59-year-old woman had a rectal NET.\n"
    frames = [f"The biopsy showed a NET G2 with {frame}." for frame in KI67_BEFORE]
    yield from framed_cells(intro, frames, {v: (v, v) for v in ("2", "4.5", "15")}, key="v")
    # another stain's share names no Ki-67
    yield from told_cells(intro, dict.fromkeys((f"The biopsy showed a NET G2 with {frame.format(v=3)}."
                                                for frame in OTHER_STAINS), (None, None)))


test_a_ki67_value_before_its_keyword = grid_test(_ki67_before_cells,
                                                 lambda row: (row["ki67_low"], row["ki67_high"]), "ki67_low")


# --- 'was reported' in the patient's own clause ---------------------------------------------------------------
OWN_REPORTS = ["In her original biopsy, a NET with a Ki-67 index of {v}% was reported",
               "His first biopsy was reported to show a Ki-67 index of {v}%",
               "A Ki-67 index of {v}% was reported in her resected specimen",
               "In his biopsy a Ki-67 index of {v}% was reported"]
LITERATURE = {"A Ki-67 index of 3% was reported in most cases.": (None, None),
              "Ki-67 indices of 3% were reported in earlier series.": (None, None),
              "In a series of 12 patients, a median Ki-67 index of 3% was reported.": (None, None)}


def _own_report_cells():
    intro = "A 59-year-old woman had a pancreatic NET.\n"
    for frame, v in itertools.product(OWN_REPORTS, ("2", "8")):
        yield CASE.format(intro + frame.format(v=v) + "."), (v, v)
    yield from told_cells(intro, LITERATURE)


test_was_reported_in_the_patients_own_clause = grid_test(_own_report_cells,
                                                         lambda row: (row["ki67_low"], row["ki67_high"]), "ki67_low")


# --- a bare 'and' between two clauses ---------------------------------------------------------------------------
FIRST_CLAUSES = {"Liver metastases were found": ("metastasis_sites", ["liver"]),
                 "CT showed liver metastases": ("metastasis_sites", ["liver"]),
                 "The tumour was resected": ("treatments", ["surgery"]),
                 "A right hemicolectomy was performed": ("treatments", ["surgery"]),
                 "The tumour was graded G2": ("grade", "G2"),
                 "The tumor was classified as low grade": ("grade", "G1")}
SECOND_CLAUSES = ["adjuvant chemotherapy was considered", "no chemotherapy cycles were considered",
                  "bone metastases were excluded", "radiotherapy was not considered necessary",
                  "further imaging was discussed"]
ONE_CLAUSE = {"Liver and bone metastases were excluded.": ("metastasis_sites", []),
              "Surgery and chemotherapy were considered.": ("treatments", []),
              "CT showed that liver and bone metastases were excluded.": ("metastasis_sites", []),
              "She was admitted and was considered for surgery.": ("treatments", []),
              "CT showed no lesions in the lung, liver, and bone metastases were excluded.": ("metastasis_sites", [])}


def _coordinated_cells():
    """Each cell expects (field, value): the clauses before the 'and' hold findings of different fields."""
    intro = "A 62-year-old man had a rectal NET.\n"
    for (first, expected), second, joiner in itertools.product(FIRST_CLAUSES.items(), SECOND_CLAUSES,
                                                               (" and", ", and")):
        yield CASE.format(intro + f"{first}{joiner} {second}."), expected
    yield from told_cells(intro, ONE_CLAUSE)


@pytest.mark.fields("metastasis_sites", "treatments", "grade")
def test_a_bare_and_between_two_clauses_ends_the_first(run):
    assert_grid(run, _coordinated_cells(), lambda row, expected: row[expected[0]] == expected[1])


# --- a bare 'and' before an examination with its own reporting verb ---------------------------------------------
DENIALS = ["There was no lymphadenopathy", "She denied weight loss", "No ascites was present",
           "The chest X-ray showed no nodules"]
EXAMINATIONS = {"bone scintigraphy showed multiple bone metastases": {"bone"},
                "CT of the abdomen revealed liver metastases": {"liver"},
                "abdominal MRI demonstrated hepatic metastases": {"liver"}}
LISTED = {"There were no metastases on MRI and CT.": ("no", set()),
          "No liver metastases were seen on ultrasound and CT.": ("unknown", set())}


def _examination_cells():
    intro = "A 58-year-old woman had an ileal NET.\n"
    for denial, (examination, want) in itertools.product(DENIALS, EXAMINATIONS.items()):
        yield CASE.format(intro + f"{denial} and {examination}."), ("yes", want)
    yield from told_cells(intro, LISTED)


test_a_bare_and_before_an_examination_clause = grid_test(_examination_cells, metastasis_and_sites, "metastasis")


# --- a reason opening its sentence ------------------------------------------------------------------------------
REASON_CLAUSES = ["As {f} were found", "Since {f} were found", "Because {f} were found", "Given the {f}",
                  "In view of the {f}", "Due to the {f}", "Because of the {f}", "Owing to the {f}",
                  "On account of the {f}", "As a result of the {f}", "In light of the {f}"]
REASON_FINDINGS = {"liver metastases": {"liver"}, "bone metastases": {"bone"}}
MAIN_CLAUSES = ["chemotherapy was considered", "surgery was not considered", "PRRT was discussed"]
QUIET_OPENINGS = ["Without further symptoms", "Without any complaints", "Without new symptoms two years later"]
NOT_FOUND = {"As no liver metastases were found, surgery was performed.": ("unknown", set()),
             "Since liver metastases were suspected, CT was repeated.": ("unknown", set())}


def _reason_cells():
    intro = "A 64-year-old man had an ileal NET.\n"
    for reason, (finding, want), main in itertools.product(REASON_CLAUSES, REASON_FINDINGS.items(), MAIN_CLAUSES):
        yield CASE.format(intro + f"{reason.format(f=finding)}, {main}."), ("yes", want)
    for opening, (finding, want) in itertools.product(QUIET_OPENINGS, REASON_FINDINGS.items()):
        yield CASE.format(intro + f"{opening}, {finding} were detected on follow-up CT."), ("yes", want)
    yield from told_cells(intro, NOT_FOUND)


test_a_reason_opening_its_sentence_ends_at_its_comma = grid_test(_reason_cells, metastasis_and_sites, "metastasis")


# --- a treatment set aside: its opening phrase and 'during' ----------------------------------------------------
SET_ASIDE = ["Instead of", "Rather than"]
SET_ASIDE_PAIRS = {("surgery", "octreotide was given"): ["octreotide"],
                   ("chemotherapy", "she underwent a right hemicolectomy"): ["surgery"],
                   ("a hemicolectomy", "lanreotide was started"): ["lanreotide"]}
FOUND_INSTEAD = {"A caecal mass was found instead of an inflamed appendix during surgery.": ["surgery"],
                 "A carcinoid was found instead of appendicitis during the appendectomy.": ["surgery"],
                 "She chose octreotide instead of surgery.": ["octreotide"],
                 "Octreotide was given rather than chemotherapy during the first year.": ["octreotide"]}


def _set_aside_cells():
    intro = "A 49-year-old woman had an ileal NET.\n"
    for opener, ((aside, done), want) in itertools.product(SET_ASIDE, SET_ASIDE_PAIRS.items()):
        yield CASE.format(intro + f"{opener} {aside}, {done}."), want
    yield from told_cells(intro, FOUND_INSTEAD)


test_a_treatment_set_aside_opening_its_sentence = grid_test(_set_aside_cells, lambda row: row["treatments"],
                                                            "treatments")


# --- a consequence ends every scope -----------------------------------------------------------------------------
CONSEQUENCES = ["hence", "consequently", "accordingly", "therefore", "thus"]
FOLLOWING_PLANS = ["systemic therapy was recommended", "chemotherapy was considered", "PRRT was discussed"]
NOT_CONSEQUENT = {"No liver metastases were detected; hence no systemic therapy was given.": ("unknown", set()),
                  "Liver metastases were suspected, hence a biopsy was done.": ("unknown", set())}


def _consequence_cells():
    intro = "A 66-year-old man had a pancreatic NET.\n"
    for word, plan in itertools.product(CONSEQUENCES, FOLLOWING_PLANS):
        yield CASE.format(intro + f"Liver metastases were detected, {word} {plan}."), ("yes", {"liver"})
    yield from told_cells(intro, NOT_CONSEQUENT)


test_a_consequence_ends_every_scope = grid_test(_consequence_cells, metastasis_and_sites, "metastasis")


# --- 'but' and a verb of the same subject ------------------------------------------------------------------------
CLASS_STATEMENTS = ["Insulinomas are usually solitary and sporadic", "Gastrinomas are usually sporadic",
                    "Such tumours are usually sporadic"]
BUT_VERBS = ["may occur", "can occur", "also occur", "often occur", "occasionally occur", "sometimes occur"]
HEREDITY = {"in association with MEN1": [], "as part of von Hippel-Lindau disease": []}
HER_OWN = {"Insulinomas are usually sporadic, but she was found to carry a MEN1 mutation.": ["MEN1"],
           "Insulinomas are usually sporadic, but our patient had MEN1.": ["MEN1"],
           "Her insulinoma was first thought sporadic, but MEN1 was confirmed by genetic testing.": ["MEN1"]}


def _shared_but_cells():
    intro = "A 35-year-old woman had an insulinoma of the pancreatic tail.\n"
    for statement, verb, (heredity, want) in itertools.product(CLASS_STATEMENTS, BUT_VERBS, HEREDITY.items()):
        yield CASE.format(intro + f"{statement}, but {verb} {heredity}."), want
    yield from told_cells(intro, HER_OWN)


test_but_and_a_verb_of_the_same_subject = grid_test(_shared_but_cells, lambda row: row["hereditary_syndrome"],
                                                    "hereditary_syndrome")
