"""Grids of metastasis and site wordings from the fourth round's error analysis (r4-meta, study part of the
metastatic-disease reports): the part of an organ between a metastasis word and its site, an N0 stage whose
distant stage was not assessed (MX), an examination that excludes a metastasis in the active voice, a
tumour's inclination to spread, and what the literature says.

Each grid crosses the parts of one shape and pairs every absence with a presence in the same frame, so it
fails when the metastasis extractor finds nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test, metastasis_and_sites

TUMOURS = ["an ileal NET", "a pancreatic neuroendocrine tumour", "a rectal carcinoid", "a gastric NEC"]


def _sites(row) -> tuple:
    return row["metastasis"], tuple(row["metastasis_sites"])


def primary_site(row):
    return row["primary_site"]


# --- the part of an organ before its name --------------------------------------------------------------------
# 'metastases to the left lateral lobe of the liver': the words of an organ's part do not count toward the gap a
# list of sites allows after the metastasis word and its preposition; other words still do.
PARTS = ["the quadrate lobe of the", "the right lobe of the", "the left lateral segment of the",
         "segment 7 of the", "the dome of the", "the upper portion of the", "the lower part of the"]
PART_FRAMES = ["{t} with metastasis to {p} liver.", "{t}; CT showed metastases in {p} liver.",
               "{t}, and a metastatic deposit was found within {p} liver."]


def organ_part_cells():
    for t, p, frame in itertools.product(TUMOURS, PARTS, PART_FRAMES):
        yield CASE.format("A 58-year-old woman had " + frame.format(t=t, p=p)), ("yes", ("liver",))
    # far from the word, across words that name no part, the organ is not the metastasis's
    yield CASE.format("A 58-year-old woman had an ileal NET with metastases to a region that on later review "
                      "of imaging concerned the liver."), ("yes", ())


test_grid_the_part_of_an_organ_before_its_name = grid_test(organ_part_cells, _sites, "metastasis", "metastasis_sites")


# --- N0 with MX: the nodes only ------------------------------------------------------------------------------
# 'pT1 N0 MX': distant spread was not assessed, so the stage denies nodal metastasis only and the row stays
# 'unknown'; N0 with M0 (or no M) says there is none; N1 is a nodal metastasis whatever M says.
STAGES = [("pT1 N0 MX", "unknown", ()), ("T2N0Mx", "unknown", ()), ("pT3 N0 (0/9) MX", "unknown", ()),
          ("pT1 N0 M0", "no", ()), ("T2N0M0", "no", ()), ("pT2 N0", "no", ()),
          ("pT2 N1 MX", "yes", ("lymph node",)), ("T3N1Mx", "yes", ("lymph node",))]
STAGE_FRAMES = ["The resected {t} was staged {s}.", "Pathology of {t}: {s}.",
                "After resection of {t} the final stage was {s}, stage I."]


def stage_cells():
    for (stage, answer, sites), t, frame in itertools.product(STAGES, TUMOURS, STAGE_FRAMES):
        if "stage I." in frame and answer == "yes":
            continue
        yield CASE.format("A 47-year-old man came for review. " + frame.format(t=t, s=stage)), (answer, sites)


test_grid_n0_with_mx_denies_the_nodes_only = grid_test(stage_cells, _sites, "metastasis", "metastasis_sites")


# --- an examination that excludes a metastasis ----------------------------------------------------------------
# 'the PET/CT excluded metastatic disease' (active voice) says there is none, as 'metastases were excluded'
# does; a finding after 'but' keeps its own status.
EXAMS = ["A somatostatin receptor PET/CT", "Contrast-enhanced MRI", "The staging CT", "Whole-body scintigraphy"]
EXCLUDED = ["excluded metastatic disease", "excluded distant metastases", "excludes metastatic spread",
            "excluded any metastasis"]


def excluded_cells():
    opening = "A 66-year-old woman had a pancreatic NET. "
    for exam, phrase in itertools.product(EXAMS, EXCLUDED):
        yield CASE.format(opening + f"{exam} {phrase}."), ("no", ())
        yield CASE.format(opening + f"{exam} excluded liver metastases but showed bone metastases."), \
            ("yes", ("bone",))
        yield CASE.format(opening + f"{exam} showed metastatic disease in the liver."), ("yes", ("liver",))


test_grid_an_examination_that_excludes_metastases = grid_test(excluded_cells, _sites, "metastasis", "metastasis_sites")


# --- an inclination to spread, and what the literature says ----------------------------------------------------
# 'a strong propensity for distant metastases' is a likelihood; 'literature shows that ...' (no
# article) speaks of other patients. The same report's own finding after it still counts.
LIKELIHOODS = ["These carcinomas have a strong propensity for distant and nodal metastases.",
               "This subtype shows a marked tendency to metastasize early.",
               "The lesion type has a predilection for hepatic metastasis.",
               "Its likelihood of lymph node metastasis is low.",
               "Literature shows that lymph node metastases are often missed before surgery.",
               "Literature suggests that metastatic spread to bone is late.",
               "Literature data indicate that liver metastases are common at diagnosis."]


def likelihood_cells():
    opening = "A 52-year-old man had a 9 mm duodenal NET removed. "
    for sentence in LIKELIHOODS:
        yield CASE.format(opening + sentence), ("unknown", ())
        yield CASE.format(opening + sentence + " A year later he had lung metastases."), ("yes", ("lung",))


test_grid_an_inclination_to_spread_and_the_literature_are_no_finding = grid_test(
    likelihood_cells, _sites, "metastasis", "metastasis_sites")


# --- a recurrence in the primary's own organ is local ----------------------------------------------------------
# 'a recurrence in the liver' is a metastasis of an ileal NET, a local recurrence of a primary liver NET; one
# in another organ besides is still a metastasis there.
PRIMARIES = [("a primary liver NET", "a primary hepatic neuroendocrine tumour", "liver"),
             ("a primary pulmonary carcinoid", "a primary lung carcinoid", "lung")]
RECURRENCES = ["{y} years later a recurrence in the {o} was resected.", "A {o} recurrence was found after {y} years.",
               "After {y} years she had a relapse in the {o}."]


def recurrence_cells():
    for (first, second, organ), frame, years in itertools.product(PRIMARIES, RECURRENCES, ["six", "ten"]):
        for tumour in (first, second):
            opening = f"A 52-year-old woman had {tumour} resected. "
            yield CASE.format(opening + frame.format(y=years, o=organ)), ("unknown", ())
        other = "bone" if organ == "liver" else "liver"
        yield CASE.format("A 52-year-old woman had an ileal NET resected. " + frame.format(y=years, o=organ)), \
            ("yes", (organ,))
        yield CASE.format(f"A 52-year-old woman had {first} resected. "
                          f"{years.capitalize()} years later a recurrence in the {organ} and the {other} was found."), \
            ("yes", (other,))


test_grid_a_recurrence_in_the_primarys_organ_is_local = grid_test(
    recurrence_cells, _sites, "metastasis", "metastasis_sites")


# --- an organ named between a metastasis word and 'disease', or holding the metastases -------------------------
# 'metastatic pulmonary disease' names where the metastases are (before a tumour noun the organ is the
# primary's: 'a metastatic pancreatic NET'); 'an enlarged liver with several metastatic lesions' too, for an
# organ where NETs spread. 'penile metastases' name the penis.
HOLDERS = [("He later developed metastatic {a} disease.", None),
           ("Follow-up CT showed metastatic {a} disease.", None),
           ("CT showed an enlarged {n} with several metastatic lesions.", ("liver", "bone", "brain")),
           ("MRI showed the {n} with multiple metastases.", ("liver", "bone", "brain"))]
ORGANS = {"lung": ("pulmonary", "lung"), "liver": ("hepatic", "liver"), "adrenal": ("adrenal", "adrenal"),
          "bone": ("osseous", "bone"), "brain": ("cerebral", "brain"), "pleura": ("pleural", "pleura")}


def holder_cells():
    opening = "A 70-year-old man had a rectal NET removed. "
    for (frame, only), (organ, (adjective, noun)) in itertools.product(HOLDERS, ORGANS.items()):
        if only is None or organ in only:
            yield CASE.format(opening + frame.format(a=adjective, n=noun)), ("yes", (organ,))
    for t in ["pancreatic NET", "ileal carcinoid", "gastric neuroendocrine carcinoma"]:
        yield CASE.format(f"A 70-year-old man was found to have a metastatic {t}."), ("yes", ())
    yield CASE.format(opening + "CT showed a mass in the pancreas with metastases."), ("yes", ())


test_grid_the_organ_of_metastatic_disease_and_the_organ_holding_metastases = grid_test(
    holder_cells, _sites, "metastasis", "metastasis_sites")


# --- an index-patient sentence outside the case text adds its sites --------------------------------------------
# 'We report a man with an ileal NET who had liver and bone metastases' in the introduction names the patient's
# own sites, though the case text names only some of them; another patient's sites in the same introduction
# never count.
INDEX_SENTENCES = ["We report a 66-year-old man with an ileal NET who had liver and {s} metastases.",
                   "We describe a 66-year-old man with an ileal NET and {s} metastases.",
                   "In our patient, the ileal NET had spread to the liver and the {s}."]
EXTRA_SITES = {"bone": "bone", "lung": "lung", "brain": "brain", "adrenal": "adrenal"}
CASE_TEXTS = ["CT showed multiple liver metastases.", "A liver biopsy confirmed a metastatic NET after CT showed "
              "liver metastases."]


def index_sentence_cells():
    for frame, (word, site), case_text in itertools.product(INDEX_SENTENCES, EXTRA_SITES.items(), CASE_TEXTS):
        intro = "Ileal NETs are common tumours of the small bowel. " + frame.format(s=word)
        yield f"Introduction\n{intro}\n\nCase presentation\n{case_text}\n", ("yes", {"liver", site})
        other = f"Ileal NETs may spread to the liver and the {word}. Our patient had an ileal NET."
        yield f"Introduction\n{other}\n\nCase presentation\n{case_text}\n", ("yes", {"liver"})


test_grid_an_index_sentence_outside_the_case_adds_its_sites = grid_test(
    index_sentence_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- the introduction's topic names the primary when the case does not ----------------------------------------
# 'Laryngeal NETs are rare' in the introduction names the tumour type the report is about; it is the primary
# when no sentence about the patient names one (the case says only 'the tumour'), not when the site stands
# after a copula ('this syndrome is caused by ...': one organ of several), not when the report says the
# primary was not found, and never against a site the case text names.
TOPIC_ORGANS = [("laryngeal", "larynx", "larynx"), ("appendiceal", "appendix", "appendix"),
                ("ovarian", "ovary", "ovary"), ("thymic", "thymus", "thymus"), ("gastric", "stomach", "stomach")]
TOPICS = ["{a} neuroendocrine tumours are rare.", "Neuroendocrine tumours of the {n} are uncommon in adults.",
          "Background: carcinoid tumours of the {n} account for few cases.", "{a} NETs seldom cause symptoms."]
PATIENT = "A 45-year-old woman presented with pain. The tumour was excised and was a well-differentiated NET."
HEAD = "A case report from our clinic\n\nIntroduction\n"  # a title line first, as a report has


def topic_cells():
    for (adjective, noun, site), topic in itertools.product(TOPIC_ORGANS, TOPICS):
        intro = topic.format(a=adjective.capitalize(), n=noun)
        yield f"{HEAD}{intro}\n\nCase presentation\n{PATIENT}\n", site
        yield f"{HEAD}{intro}\n\nCase presentation\n{PATIENT} A rectal NET was found later.\n", "rectum"
        yield (f"{HEAD}{intro}\n\nCase presentation\nA 45-year-old woman had liver metastases of a NET; "
               "no primary tumour was found.\n"), None
        caused = f"This syndrome is mostly caused by {adjective} neuroendocrine tumours."
        yield f"{HEAD}{caused}\n\nCase presentation\n{PATIENT}\n", None


test_grid_the_introductions_topic_names_the_primary_when_the_case_does_not = grid_test(
    topic_cells, primary_site, "primary_site")


# --- a diameter between a tumour and its organ -----------------------------------------------------------------
# 'a tumour 15 mm in diameter in the third part of the duodenum': 'diameter' is a word of the size,
# which may stand between a tumour and its site; another clause ('bleeding was seen in') still breaks them.
SIZES = ["measuring 22 mm in diameter", "of 2 cm in diameter", "15 mm in diameter", "of about 12 mm in diameter"]
DUODENAL_PARTS = ["the second portion", "the third portion", "the first part", "the distal part"]


def diameter_cells():
    opening = "A 74-year-old man was examined for anaemia. "
    for size, part in itertools.product(SIZES, DUODENAL_PARTS):
        yield CASE.format(opening + f"Endoscopy showed a submucosal tumour {size} in {part} of the duodenum."), \
            "duodenum"
        yield CASE.format(opening + f"Endoscopy showed a submucosal tumour {size}; bleeding was seen in {part} "
                                    "of the duodenum."), None


test_grid_a_diameter_between_a_tumour_and_its_site = grid_test(diameter_cells, primary_site, "primary_site")


# --- the organ a metastasis came from ---------------------------------------------------------------------------
# 'a NET of the scalp that had metastasized from the lung', 'metastases from the right ovary': the organ after
# a metastasis word and 'from' is the primary's, though a tumour noun names another organ; 'from' after another
# verb ('a sample taken from the liver') names no origin.
ORIGINS = [("the cervix", "cervix"), ("the right ovary", "ovary"), ("the ileum", "ileum"), ("the pancreas", "pancreas")]
ORIGIN_FRAMES = ["A 35-year-old woman had a neuroendocrine tumour of the jaw that had metastasized from {o}.",
                 "A 35-year-old woman had a NET in the breast, metastatic from {o}.",
                 "A 35-year-old woman had liver metastases from {o}."]


def origin_cells():
    for (phrase, site), frame in itertools.product(ORIGINS, ORIGIN_FRAMES):
        yield CASE.format(frame.format(o=phrase)), site
        yield CASE.format(frame.format(o="an unknown primary")), None
        yield CASE.format(f"A 35-year-old woman had a biopsy taken from {phrase}; it showed metastatic NET."), None


test_grid_the_organ_a_metastasis_came_from_is_the_primary = grid_test(origin_cells, primary_site, "primary_site")
