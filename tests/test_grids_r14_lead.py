"""Grids of the thirteenth round's traced mechanisms (r14-lead): shapes of the 50 new study reports
(gastrointestinal, outside the gut, mostly small-cell carcinomas, pancreatic and functioning), each
fixed as a mechanism with a grid of its common variants, in sentences of our own:

- the small bowel's named part (a lesion in the jejunum beside 'carcinoid tumours of the small bowel');
- a class's share presenting with metastases ('More than 90% of ... present with metastatic disease');
- SIADH as the tumour's ADH syndrome; more names of a class (small cell neuroendocrine tumour,
  endocrine cell carcinoma, mixed acinar-endocrine carcinoma);
- a journal named on a page's label line; the sex in an index-patient sentence outside the case text;
- the extraocular muscles as the orbit; an appendicolith's size; a tumour found at its organ's operation;
- the vinca alkaloids and the antifolates; a tracer inside a radionuclide read as imaging.

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, framed_cells, grid_test, metastasis_and_sites

# --- the region's part named beside a lesion word ------------------------------------------------------------
# 'Carcinoid tumours of the small bowel' votes for the region; 'two small lesions were seen in the jejunum'
# names the part too far from a tumour noun to vote. The guideline reports the most specific organ stated,
# so a part of the winning region named in a case-text sentence with a lesion word (rules/sites.json
# primary_vote 'part_named_with') names it, when no part votes and no other part is named so
# (pipeline/extractors/primary_site.py). A part in a normal finding, a denied one, two parts, and the
# literature's part leave the region.
REGIONS = ["A 58-year-old man had a small bowel carcinoid resected.",
           "Histology confirmed a well-differentiated NET of the small intestine.",
           "The final diagnosis was carcinoid tumours of the small bowel."]
PARTS = {"At laparotomy, two small lesions were seen in the jejunum.": "jejunum",
         "CT had shown mural thickening along a segment of the mid ileum.": "ileum",
         "Enteroscopy showed several small polyps scattered over the proximal jejunum.": "jejunum",
         "Barium study had shown a short stricture of the terminal ileum.": "ileum"}
REGION_STAYS = ["Endoscopy of the duodenum was normal.",
                "There was no thickening of the ileum.",
                "Lesions were found in the jejunum and in the ileum.",
                "Discussion\nSuch lesions are often found in the ileum."]


def _part_cells():
    for region, (part_sentence, part) in itertools.product(REGIONS, PARTS.items()):
        yield CASE.format(f"{part_sentence}\n{region}"), part
    for region, sentence in itertools.product(REGIONS, REGION_STAYS):
        yield CASE.format(f"{region}\n{sentence}"), "small intestine"


test_a_part_of_the_region_named_beside_a_lesion_word = grid_test(
    _part_cells, lambda row: row["primary_site"], "primary_site")


# --- how a class presents, in shares ---------------------------------------------------------------------------
# 'More than 90% of small cell carcinomas of the larynx present with metastatic disease' is what the class
# does: 'present'/'presents' state it in the general present, and a share ('%') marks the class's spread
# (rules/context.json generic_statements 'present_words', 'spread_markers'). The patient's own presentation
# ('He presents with liver metastases', 'CT showed ...') keeps its metastases.
CLASSES = ["small cell carcinomas of the larynx", "laryngeal neuroendocrine carcinomas", "these neoplasms",
           "NETs of this site"]
SHARES = ["Over 90% of {c} present with metastatic disease.", "About 60% of {c} present with liver metastases.",
          "Up to 40% of {c} have metastases in the liver at diagnosis."]
PATIENT_SPREAD = {"He presents with liver metastases.": ("yes", {"liver"}),
                  "CT showed multiple liver metastases.": ("yes", {"liver"}),
                  "At presentation, 90% of the liver was replaced by metastases.": ("yes", {"liver"})}


def _share_cells():
    intro = "A 64-year-old man had a small cell carcinoma of the larynx.\n"
    for frame, c in itertools.product(SHARES, CLASSES):
        yield CASE.format(intro + frame.format(c=c)), ("unknown", set())
        for own, want in PATIENT_SPREAD.items():
            yield CASE.format(intro + frame.format(c=c) + "\n" + own), want


test_a_share_of_a_class_presenting_is_no_finding = grid_test(
    _share_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- SIADH ----------------------------------------------------------------------------------------------------------
# A small cell carcinoma's commonest hormonal syndrome is the syndrome of inappropriate antidiuretic hormone
# secretion; the guideline names a syndrome of another hormone by the hormone: 'ADH' (rules/syndromes.json
# 'functional'). Denied or told of the class, it is no syndrome of the patient's.
SIADH_NAMES = ["SIADH", "the syndrome of inappropriate antidiuretic hormone secretion (SIADH)",
               "a syndrome of inappropriate secretion of antidiuretic hormone",
               "ectopic antidiuretic hormone secretion"]
SIADH_FRAMES = {"Laboratory tests showed hyponatraemia due to {}.": ["ADH"],
                "She developed {} after admission.": ["ADH"],
                "There was no evidence of {}.": None, "{} is common in small cell lung cancer.": None}


def _siadh_cells():
    intro = "A 66-year-old woman had a small cell carcinoma of the lung.\n"
    for (frame, want), name in itertools.product(SIADH_FRAMES.items(), SIADH_NAMES):
        sentence = frame.format(name)
        yield CASE.format(intro + sentence[0].upper() + sentence[1:]), want


test_siadh_is_the_tumour_s_adh_syndrome = grid_test(
    _siadh_cells, lambda row: row["functional_syndrome"] or None, "functional_syndrome")


# --- more names of a class -----------------------------------------------------------------------------------
# A small cell neuroendocrine tumour is a small cell carcinoma (NEC), as a large cell one is; 'endocrine cell
# carcinoma' is the Japanese gastrointestinal name of a NEC; the pancreas's mixed acinar- or ductal-
# (neuro)endocrine carcinomas are MiNENs (rules/histology.json 'specific'). A plain neuroendocrine tumour
# stays a NET, and the class named in the literature is none of the patient's.
CLASS_NAMES = {"a small cell neuroendocrine tumour": "NEC", "a small-cell neuroendocrine tumor": "NEC",
               "an endocrine cell carcinoma": "NEC", "a mixed acinar-endocrine carcinoma": "MiNEN",
               "a mixed acinar-neuroendocrine carcinoma": "MiNEN", "a mixed ductal-endocrine carcinoma": "MiNEN",
               "a neuroendocrine tumour": "NET"}
CLASS_FRAMES = ["Pathological examination revealed {} of the pancreas.", "The tumour was diagnosed as {}.",
                "Biopsy showed {}, with a Ki-67 index of 60%."]


def _class_name_cells():
    yield from framed_cells("A 65-year-old man had abdominal pain.\n", CLASS_FRAMES, CLASS_NAMES)
    for name in CLASS_NAMES:
        yield CASE.format(f"A 65-year-old man had abdominal pain.\n{name[name.index(' ') + 1:].capitalize()}s "
                          "are rare and aggressive tumours."), None


test_more_names_of_a_class = grid_test(_class_name_cells, lambda row: row["histology"], "histology")


# --- a journal's name on a label line ------------------------------------------------------------------------
# 'Published in: Gan to kagaku ryoho. Cancer & chemotherapy (2024)', glued to the author names of a flattened
# page, 'JournalGan to kagaku ryoho. Cancer & chemotherapy', 'Journal: Cancer & Chemotherapy': a journal named
# on a page's label line is furniture (rules/sections.json furniture 'publisher', 'journal'), and its
# 'chemotherapy' no treatment. The case text's own chemotherapy still counts.
JOURNAL_LINES = ["Taro YamadaHanako SatoPublished in: Gan to kagaku ryoho. Cancer & chemotherapy (2024)",
                 "JournalGan to kagaku ryoho. Cancer & chemotherapy",
                 "Journal: Cancer & Chemotherapy", "Published in: Cancer Chemotherapy and Pharmacology (2021)"]


def _journal_cells():
    case = "A 70-year-old man had a pancreatic NET resected by distal pancreatectomy."
    for line in JOURNAL_LINES:  # a flat page's metadata after its text, read as the case text
        yield f"A pancreatic neuroendocrine neoplasm: a case report\n{case}\n\nNumber of pages 3\n{line}\n", ["surgery"]
        yield (f"A pancreatic neuroendocrine neoplasm: a case report\n{case} Adjuvant chemotherapy followed.\n\n"
               f"Number of pages 3\n{line}\n"), ["chemotherapy", "surgery"]


test_a_journal_named_on_a_label_line_is_no_treatment = grid_test(
    _journal_cells, lambda row: sorted(row["treatments"] or []), "treatments")


# --- the sex in an index-patient sentence outside the case text --------------------------------------------
# 'In this article we describe an adult male patient' in an introduction, or a female
# patient described under 'Material and method': with no sex beside an age and no noun phrase in the case text or
# abstract, the index-patient sentence of another section says it (pipeline/extractors/sex.py,
# _introduced). The literature's patients in that section ('Case reports of a woman ...') do not; nor does a
# noun phrase that the case text outranks. 'men' is the plural some authors write for one man ('in men of
# 54 y.o.').
INDEX_SENTENCES = {"In this article we describe an adult male patient with small cell lung cancer.": "male",
                   "Our subject is a female patient with a renal neuroendocrine carcinoma, whom we describe.": "female",
                   "We describe a middle-aged woman whose carcinoid was found at appendectomy.": "female",
                   "We describe a man treated with atezolizumab.": "male"}
SECTIONS = ["Introduction", "Material and method", "Background"]


def _index_sex_cells():
    tail = "\n\nDiscussion\nImmunotherapy has changed the treatment of such tumours.\n"
    for (sentence, sex), header in itertools.product(INDEX_SENTENCES.items(), SECTIONS):
        yield f"{header}\nSuch tumours are rare. {sentence}{tail}", sex
        if header != "Material and method":  # (a header the splitter does not know opens the case text)
            yield f"{header}\nCase reports of a woman with such a tumour exist.{tail}", None
    yield "Abstract\nWe saw paraneoplastic weakness in men of 61 y.o. with a lung mass.\n", "male"


test_the_sex_in_an_index_sentence_outside_the_case = grid_test(_index_sex_cells, lambda row: row["sex"], "sex")


# --- the extraocular muscles are the orbit ------------------------------------------------------------------
# A metastasis to an extraocular muscle is an orbital metastasis (rules/sites.json 'orbit'), as the labels of
# orbital metastases write it, not one to the muscles of the body; and 'extraocular muscle mass' names no
# primary, which the lung cancer keeps.
EXTRAOCULAR = ["a metastatic nodule of the right extraocular muscle", "metastases to the extraocular muscles",
               "an extraocular metastasis", "a metastasis in two of the extraocular muscles"]


def _orbit_cells():
    intro = "A 59-year-old woman had small cell lung cancer.\n"
    for phrase in EXTRAOCULAR:
        yield CASE.format(f"{intro}Orbital MRI later showed {phrase}."), ("yes", {"orbit"})
    yield CASE.format(f"{intro}Her extraocular movements were full, and no metastases were seen."), ("no", set())


test_the_extraocular_muscles_are_the_orbit = grid_test(
    _orbit_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- a stone in the appendix ------------------------------------------------------------------------------
# An appendicolith (a faecalith) measured beside the appendix's thickened wall is a stone, no tumour's size
# (rules/patterns.json size 'not_primary', beside 'stone', 'calculus'); the carcinoid's own size still counts.
STONES = ["an appendicolith", "a fecalith", "a faecalith"]


def _stone_cells():
    intro = "A 30-year-old woman had right lower quadrant pain.\n"
    for stone in STONES:
        told = f"CT showed a thick appendiceal wall and {stone} measuring 8 mm in diameter."
        yield CASE.format(f"{intro}{told}\nAppendectomy revealed a carcinoid of the appendix."), None
        yield CASE.format(f"{intro}{told}\nAppendectomy revealed a 6 mm carcinoid of the appendix."), "6"


test_a_stone_in_the_appendix_is_no_size = grid_test(_stone_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")


# --- the tumour found at its organ's operation ----------------------------------------------------------------
# 'A carcinoid was incidentally found at appendectomy', 'a grade 1 NET found at an interval appendectomy':
# the tumour told first, then the operation named for its organ, with a word of finding between (rules/
# sites.json operation_organs 'found_words'), votes for that organ as 'appendectomy; histology revealed a NET'
# does. A tumour whose own organ is named keeps it; an operation with no tumour found names nothing.
FOUND = ["A carcinoid was incidentally found at {op}.",
         "A grade 1 neuroendocrine tumour was found at an interval {op}.",
         "A well-differentiated NET was discovered in the {op} specimen.",
         "The carcinoid tumour was identified after {op}."]
OPERATIONS = {"appendectomy": "appendix", "cholecystectomy": "gallbladder"}


def _found_cells():
    intro = "A 35-year-old woman had abdominal pain.\n"
    for frame, (op, organ) in itertools.product(FOUND, OPERATIONS.items()):
        yield CASE.format(intro + frame.format(op=op)), organ
    yield CASE.format(intro + "An ileal NET was found at appendectomy."), "ileum"
    yield CASE.format(intro + "She was found to be anaemic before her appendectomy."), None


test_the_tumour_found_at_its_organ_s_operation = grid_test(
    _found_cells, lambda row: row["primary_site"], "primary_site")


# --- the vinca alkaloids and the antifolates ------------------------------------------------------------------
# Small cell and large cell carcinomas are treated with regimens the lexicon lacked: vinorelbine, vindesine and
# vinblastine (rules/treatments.json), and pemetrexed, read by its INN stem '-trexed' with raltitrexed
# ('drug_stems'); their brands from the maintained dictionary (rules/drug_names.json: 'Navelbine', 'Alimta').
# Refused or of the literature, they are none of the patient's.
DRUGS = {"vinorelbine": "vinorelbine", "vindesine": "vindesine", "vinblastine": "vinblastine",
         "pemetrexed": "pemetrexed", "raltitrexed": "raltitrexed", "Navelbine": "vinorelbine", "Alimta": "pemetrexed"}
DRUG_FRAMES = {"She received {d} and cisplatin for six cycles.": True,
               "Second-line chemotherapy with {d} was started.": True,
               "She declined {d}.": False,
               "Regimens containing {d} are used for such tumours.": False}


def _drug_cells():
    intro = "A 61-year-old woman had a large cell neuroendocrine carcinoma of the lung.\n"
    for (frame, given), (drug, canonical) in itertools.product(DRUG_FRAMES.items(), DRUGS.items()):
        sentence = frame.format(d=drug)
        want = {canonical, "cisplatin"} if given and "cisplatin" in sentence else ({canonical} if given else set())
        yield CASE.format(intro + sentence), want


test_the_vinca_alkaloids_and_the_antifolates = grid_test(
    _drug_cells, lambda row: set(row["treatments"] or []) - {"chemotherapy"}, "treatments")


# --- a tracer inside a radionuclide read as imaging -----------------------------------------------------------
# '111In Octreotide' as a nuclear medicine heading, '111In-pentetreotide', 'Indium-111 octreotide showed':
# the radionuclide with an imaging element names the imaging agent, and the tracer's drug name inside it is
# no treatment (pipeline/extractors/treatments.py, _drop_tracers_of). 'Lu-177 octreotate' is PRRT, and
# octreotide given is octreotide.
TRACER_LINES = {"Nuclear medicine\n111In Octreotide\nThe mesenteric mass was avid.": set(),
                "111In Octreotide showed a focus in the right iliac fossa.": set(),
                "Indium-111 octreotide showed a focus in the right iliac fossa.": set(),
                "She was then given octreotide LAR 30 mg monthly.": {"octreotide"},
                "She received four cycles of Lu-177 octreotate.": {"PRRT"}}


def _tracer_cells():
    intro = "A 52-year-old man had a small bowel carcinoid.\n"
    for line, want in TRACER_LINES.items():
        yield CASE.format(intro + line), want


test_a_tracer_inside_an_imaging_radionuclide = grid_test(
    _tracer_cells, lambda row: set(row["treatments"] or []), "treatments")


# --- the subcutaneous tissue is a site of its own ---------------------------------------------------------
# A subcutaneous nodule that biopsy shows to be a metastasis is in the subcutaneous tissue, which the labels
# keep apart from the skin (rules/sites.json 'subcutaneous tissue'); a cutaneous one is in the skin.
SUBCUT = {"New subcutaneous nodules appeared and were biopsy-proven metastases.": {"subcutaneous tissue"},
          "A biopsy of a subcutaneous mass of the back showed metastatic carcinoid.": {"subcutaneous tissue"},
          "Metastases to the subcutis of the abdominal wall were excised.": {"subcutaneous tissue"},
          "Cutaneous metastases appeared on the scalp.": {"skin"}}


def _subcut_cells():
    intro = "A 63-year-old man had a metastatic ileal NET.\n"
    for sentence, sites in SUBCUT.items():
        yield CASE.format(intro + sentence), ("yes", sites)


test_the_subcutaneous_tissue_is_a_site_of_its_own = grid_test(
    _subcut_cells, metastasis_and_sites, "metastasis", "metastasis_sites")
