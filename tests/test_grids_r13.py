"""Grids of the twelfth round (r13): a negation that ran on into the next clause.

- After ', and' an examination that is the subject of its own finite reporting verb starts a new clause
  ('There was no ascites, and abdominal sonography revealed liver lesions'; 'She denied weight loss, and
  CT of the abdomen showed hepatic metastases'): the negation of the first clause stays there, and the
  finding is the patient's (rules/context.json clause_boundaries 'examination_clauses').

The look-alikes keep their negation: an examination that ends a list with no verb of its own ('no
uptake in the liver, the bones, or the lungs on MRI, PET, and CT'), and a second clause that negates
its own finding ('..., and CT showed no liver metastases').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test, metastasis_and_sites

NEGATED_FIRST = ["There was no ascites", "She denied weight loss", "Physical examination showed no jaundice",
                 "No lymphadenopathy was palpable", "Tumour markers were not raised"]
EXAMINATIONS = ["sonography", "abdominal CT", "contrast-enhanced MRI", "CT of the abdomen",
                "a PET scan", "ultrasonography", "68Ga-DOTATATE PET/CT"]
FINDINGS = {"revealed multiple liver metastases": {"liver"}, "showed two lesions in the liver, consistent with "
            "metastases": {"liver"}, "demonstrated bone metastases in the spine": {"bone"},
            "detected metastatic nodules in both lungs": {"lung"}}
STILL_NEGATED = [
    "No metastases to the liver, the lungs, or the bones were seen on MRI, PET, and CT.",
    "There was no ascites, and CT showed no liver metastases.",
    "She denied weight loss, and abdominal sonography revealed no hepatic metastases.",
    "There was no evidence of liver, lung, and bone metastases on imaging.",
]


def _examination_cells():
    intro = "A 61-year-old man had an ileal NET.\n"
    for first, exam, (finding, sites) in itertools.product(NEGATED_FIRST, EXAMINATIONS, FINDINGS.items()):
        yield CASE.format(f"{intro}{first}, and {exam} {finding}."), ("yes", sites)
    for sentence in STILL_NEGATED:
        yield CASE.format(intro + sentence), ("unknown", set())  # a site's metastasis denied says no more


test_an_examination_after_and_starts_its_own_clause = grid_test(
    _examination_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- organs the site vocabulary lacked ----------------------------------------------------------------------
# Small-cell carcinomas of the ureter and the tonsil, carcinoids of the oropharynx, the fallopian tube and
# the epididymis are rare but reported: each organ by its noun and its adjective, in the frames a primary is
# named in (rules/sites.json). A metastasis to the organ is no primary, and a word that only contains the
# organ's name ('tonsillitis', 'ureterectomy' told of another organ's tumour) names no site.
ORGANS = {"ureter": ["the left ureter", "ureteral", "ureteric"], "tonsil": ["the right tonsil", "tonsillar"],
          "oropharynx": ["the oropharynx", "oropharyngeal"], "hypopharynx": ["the hypopharynx", "hypopharyngeal"],
          "fallopian tube": ["the fallopian tube"], "epididymis": ["the epididymis", "epididymal"]}
ORGAN_FRAMES = ["Biopsy showed a small cell neuroendocrine carcinoma of {noun}.",
                "A {adj} neuroendocrine carcinoma was diagnosed.",
                "The final diagnosis was a primary {adj} carcinoid tumour."]


def _organ_cells():
    intro = "A 67-year-old man presented with pain.\n"
    for organ, words in ORGANS.items():
        nouns = [w for w in words if w.startswith("the ")]
        adjectives = [w for w in words if not w.startswith("the ")]
        for frame in ORGAN_FRAMES:
            for word in (nouns if "{noun}" in frame else adjectives):
                yield CASE.format(intro + frame.format(noun=word, adj=word)), organ
    yield CASE.format(intro + "He had recurrent tonsillitis. A rectal NET was resected."), "rectum"
    yield CASE.format(intro + "An ileal NET had spread to the liver; CT showed no ureteral obstruction."), "ileum"


test_organs_the_vocabulary_lacked_name_the_primary = grid_test(
    _organ_cells, lambda row: row["primary_site"], "primary_site")


# --- a treatment the patient did not tolerate was given ----------------------------------------------------
# 'Everolimus was not tolerated' says the drug was given and stopped: it is no refusal (rules/context.json
# REFUSED no longer holds 'not tolerated'; 'could not tolerate', 'unable to tolerate' are pseudo-cues, so
# that their 'could' and 'unable to' are no hypothetical and no refusal). A refusal and a plan never
# carried out still remove the treatment.
TOLERANCE = ["{D} was not tolerated and was stopped after two months.", "{D} could not be tolerated.",
             "She did not tolerate {d}.", "She could not tolerate {d}, which was stopped.",
             "She was unable to tolerate {d} because of diarrhoea.", "{D} was poorly tolerated."]
NOT_GIVEN = ["She refused {d}.", "{D} was declined by the patient.", "She was unable to undergo {d}.",
             "{D} could be considered if the disease progresses."]
DRUGS = ["everolimus", "sunitinib", "octreotide"]


def _tolerance_cells():
    intro = "A 60-year-old woman had a pancreatic NET with liver metastases.\n"
    for frame, drug in itertools.product(TOLERANCE, DRUGS):
        yield CASE.format(intro + frame.format(d=drug, D=drug.capitalize())), [drug]
    for frame, drug in itertools.product(NOT_GIVEN, DRUGS):
        yield CASE.format(intro + frame.format(d=drug, D=drug.capitalize())), []


test_a_treatment_not_tolerated_was_given = grid_test(
    _tolerance_cells, lambda row: list(row["treatments"] or []), "treatments")


# --- a pathologist's population is the tumour's cells ------------------------------------------------------
# 'population' and 'the majority of' speak of other people ('in the general population', 'the majority of
# patients'), but with a cell word in their clause they describe the tumour ('a monotonous population of
# small cells', 'positive in the majority of tumour cells'): the stains stay the patient's. A comparison
# after the finding (', which differed from previous reports', ', different from most reported cases') keeps
# the literature's cue in its own clause (rules/context.json clause_boundaries 'comparisons').
CELL_FRAMES = ["Histology showed a monotonous population of small cells positive for {m}.",
               "The tumour consisted of a uniform population of round cells, which were positive for {m}.",
               "{M} was positive in the majority of tumour cells.",
               "The majority of the neoplastic cells expressed {m}.",
               "The tumour cells were positive for {m}, which differed from previous reports.",
               "Staining for {m} was positive, different from most reported cases."]
POPULATION_FRAMES = ["In the general population, {m} staining is positive in most such tumours.",
                     "In the majority of patients, {m} is positive.",
                     "Previous reports found {m} positive, which differed from other series."]
STAINS = ["synaptophysin", "chromogranin A", "CD56"]


def _cell_cells():
    intro = "A 57-year-old woman had a pancreatic NET.\n"
    for frame, stain in itertools.product(CELL_FRAMES, STAINS):
        yield CASE.format(intro + frame.format(m=stain, M=stain[0].upper() + stain[1:])), [stain]
    for frame, stain in itertools.product(POPULATION_FRAMES, STAINS):
        yield CASE.format(intro + frame.format(m=stain)), []


test_a_population_of_cells_is_the_tumour = grid_test(
    _cell_cells, lambda row: list(row["markers_positive"] or []), "markers_positive")


# --- a keratin clone spaced around its slash ---------------------------------------------------------------
# Flattened pages space a clone's slash ('AE1/ AE3', 'AE1 /AE3'): it is still the cytokeratin clone, and its
# second half is no stain of its own beside the list's other stains (rules/markers.json 'clones';
# extractors/markers.py hands the clone's tokens to the symbol reader as a known marker's).
CLONE_SPELLINGS = ["AE1/AE3", "AE1/ AE3", "AE1 /AE3", "AE1 / AE3", "AE1-AE3"]
CLONE_FRAMES = {"The tumour cells were positive for {c} and synaptophysin.": ["cytokeratin (AE1/AE3)", "synaptophysin"],
                "Synaptophysin, CD56 and {c} were positive.": ["synaptophysin", "CD56", "cytokeratin (AE1/AE3)"],
                "The cells stained for cytokeratin ({c}), with CD56 positive.": ["cytokeratin (AE1/AE3)", "CD56"]}


def _clone_cells():
    intro = "A 70-year-old man had a small cell carcinoma of the ureter.\n"
    for (frame, want), clone in itertools.product(CLONE_FRAMES.items(), CLONE_SPELLINGS):
        yield CASE.format(intro + frame.format(c=clone)), sorted(want)
    yield CASE.format(intro + "The cells were positive for synaptophysin and negative for AE1/ AE3."), ["synaptophysin"]


test_a_clone_spaced_around_its_slash = grid_test(
    _clone_cells, lambda row: sorted(row["markers_positive"] or []), "markers_positive")


# --- an adverb inside a status -----------------------------------------------------------------------------
# 'He is currently being regularly followed up', 'she continues to be closely followed', 'remains under
# regular follow-up': an adverb of time or manner may stand inside a status (rules/outcome.json
# 'status_gap_words'). Not any '-ly' word: an examination 'entirely normal' at presentation is no status.
ONGOING = ["He is {a} being followed up in our clinic.", "He is being {a} followed up in our clinic.",
           "He is {a} being {b} followed up in our clinic.", "He continues to be {a} followed in our clinic."]
GAPS = ["currently", "regularly", "closely", "still", "now", "routinely", "periodically"]


def _gap_cells():
    intro = "A 50-year-old man had a rectal NET, resected endoscopically in 2019.\n"
    for frame, (a, b) in itertools.product(ONGOING, [("currently", "regularly"), ("still", "closely"),
                                                     ("now", "routinely"), ("periodically", "regularly")]):
        yield CASE.format(intro + frame.format(a=a, b=b)), "alive"
    for word in GAPS:
        yield CASE.format(intro + f"He is {word} being followed up in our clinic."), "alive"
    yield CASE.format(intro + "On admission his abdominal examination was entirely normal."), None
    yield CASE.format(intro + "On admission his thyroid function tests were completely normal."), None


test_an_adverb_inside_a_status = grid_test(_gap_cells, lambda row: row["outcome"], "outcome")


# --- a recommendation in the general present ---------------------------------------------------------------
# 'They recommend antrectomy for type 1 gastric NETs with more than five lesions', 'The guideline advocates
# surgery for tumours over 2 cm': a recommendation in the general present with nothing tying it to the
# patient is what is done for the class (rules/context.json generic_statements 'present_words'). Tied to
# her ('we recommend ... for her', 'she underwent the ... they recommend') it stays hers.
RECOMMENDERS = ["They also", "Most authors", "The guideline", "ENETS"]
RECOMMENDED = {"antrectomy": "surgery", "lanreotide": "lanreotide", "PRRT": "PRRT"}


def _recommendation_cells():
    intro = "A 50-year-old woman had a type 1 gastric NET.\n"
    for who, (name, _), verb in itertools.product(RECOMMENDERS, RECOMMENDED.items(), ["recommend", "advocate"]):
        verb = verb + "s" if who in ("The guideline", "ENETS") else verb
        yield CASE.format(intro + f"{who} {verb} {name} for tumours larger than 2 cm."), []
    for name, canonical in RECOMMENDED.items():
        yield CASE.format(intro + f"We recommend {name} for her, and she agreed."), [canonical]
        yield CASE.format(intro + f"She underwent {name}, which most authors recommend."), [canonical]


test_a_recommendation_in_the_general_present = grid_test(
    _recommendation_cells, lambda row: list(row["treatments"] or []), "treatments")


# --- what a class can do is no finding ---------------------------------------------------------------------
# 'Gut NETs can quickly metastasize if missed', 'these tumours can spread to the liver', 'carcinoids have the
# ability to metastasize': 'can' (with 'capable of', 'ability to') before a metastasis word is what the class
# is able to do (rules/context.json, the HYPOTHETICAL cue of 'propensity to'). The patient's own spread,
# told in the same report, still counts.
ABLE = ["Gut NETs are indolent but can quickly metastasize if they are missed.",
        "These tumours can metastasize to the liver even when small.",
        "Carcinoids have the ability to metastasize to distant organs.",
        "Such tumours can spread early, so screening matters."]
HIS_OWN = {"CT showed that his tumour had spread to the liver.": ("yes", {"liver"}),
           "Staging CT revealed two liver metastases.": ("yes", {"liver"})}


def _able_cells():
    intro = "We report a 65-year-old man with an ileal NET."
    for header in ("Abstract\n", "Case presentation\n"):
        for sentence in ABLE:
            yield f"{header}{intro} {sentence}\n", ("unknown", set())
            for own, want in HIS_OWN.items():
                yield f"{header}{intro} {sentence} {own}\n", want


test_what_a_class_can_do_is_no_finding = grid_test(_able_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- a size followed by its bound --------------------------------------------------------------------------
# 'tumours 1 cm or greater', 'lesions of 2 cm or more', 'polyps of 1 cm or less': a threshold, no
# measurement of the patient's tumour (rules/patterns.json size 'distance_after'; 'greater than' before it,
# 'distance_before'). The patient's own size beside it still counts.
BOUNDS = ["or greater", "or more", "or larger", "or bigger", "or less", "or smaller", "and larger", "and above"]
THRESHOLD_FRAMES = ["Endoscopic resection is advised for gastric NETs of {n} cm {b}.",
                    "Antrectomy is recommended for type 1 tumours {n} cm {b}."]
PREFIX_FRAMES = ["Antrectomy is recommended for lesions greater than {n} cm.",
                 "She had recurrent lesions, some intermittently greater than {n} cm."]


def _bound_cells():
    intro = "A 50-year-old woman had a gastric NET.\n"
    thresholds = [frame.format(n=n, b=bound) for frame, bound, n in itertools.product(THRESHOLD_FRAMES, BOUNDS, "12")]
    thresholds += [frame.format(n=n) for frame, n in itertools.product(PREFIX_FRAMES, "12")]
    for threshold in thresholds:
        yield CASE.format(intro + threshold), None
        yield CASE.format(intro + "Endoscopy showed a 14 mm polyp in the body. " + threshold), "14"


test_a_size_followed_by_its_bound = grid_test(
    _bound_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- a Ki-67 value told by what the stain showed -----------------------------------------------------------
# '24% nuclear reactivity for Ki-67', '30% positivity for MIB-1', '15% staining with Ki-67': the value, what
# the stain showed, then the stain (rules/patterns.json ki67 'by_keyword_after_value'). The same words for
# another stain give no Ki-67.
SHOWED = ["nuclear reactivity for", "positivity for", "nuclear positivity for", "staining for", "expression of",
          "immunoreactivity for", "nuclear staining with"]


def _showed_cells():
    intro = "A 50-year-old woman had a hepatic NET.\n"
    for words, stain, value in itertools.product(SHOWED, ["Ki-67", "MIB-1", "Ki67"], ["24", "3"]):
        yield CASE.format(f"{intro}The tumour showed {value}% {words} {stain}."), (f"{value}", f"{value}")
    for words in SHOWED:
        yield CASE.format(f"{intro}The tumour showed 80% {words} synaptophysin."), (None, None)


test_a_ki67_value_told_by_what_the_stain_showed = grid_test(
    _showed_cells, lambda row: (row["ki67_low"], row["ki67_high"]), "ki67")
