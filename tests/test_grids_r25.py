"""Grids of the twenty-fifth round (r25): where a metastasis is; words a flattened page broke; mixed tumours of the
genital tract; a Turkish abstract's patient; the last status; a tumour named by its cells; another cancer's
treatment; what is now known of a class.

The pelvis is a metastasis site of its own ('pulmonary, pelvic and penile metastases', 'deposits in the mesenteric
nodes and the pelvis'), and its bones when a bone is named with it ('metastases in the thoracic spine and pelvis':
rules/metastasis.json 'bone_regions'). The renal pelvis is the kidney's; 'pelvic lateral lymph nodes' are nodes
(rules/metastasis.json node_region 'position_words'). 'Bony' is a bone word and a bare 'marrow' the bone marrow
(rules/sites.json), so one unknown adjective no longer drops a whole list ('pulmonary, hepatic and bony
metastases'); 'adenopathy' is a lymph node word as its plural was.

What an examination was of is not where the metastases are when the metastasis word names its own site: the walk
back from 'liver metastases' stops at the reporting verb ('CT of the kidney showed liver metastases'), where it
went on through '-ed' as through an adjective (pipeline/extractors/metastasis_sites.py `_before`). The examined
organ still names a bare metastasis word's site, now past a side word too ('a biopsy of the right lung confirmed
metastatic NET': pipeline/extractors/metastasis_organ.py).

A word hyphenated at a line end whose line break a flattened page dropped is read whole ('synap-tophysin',
'pancreatec-tomy'), by the test that already joins 'synapto- physin': the joined word is a lexicon word and neither
part is one (pipeline/layout.py). An endometrial or endometrioid carcinoma mixed with a neuroendocrine one is a
MiNEN (rules/histology.json 'mixed_other_carcinomas'). A Turkish congress abstract states the patient as '50 yaşında
kadın' (rules/patterns.json 'age_sex_turkish'). 'remain' and 'so far' date a last status at the follow-up
(rules/outcome.json). A 'serotonin-producing' NET names the cells it is made of, not a syndrome; the hormone's
excess does ('flushing due to serotonin hypersecretion': rules/syndromes.json 'cell_type_hormones').
A treatment dated years back for another cancer named 'carcinoma', 'adenocarcinoma' or 'sarcoma' is the past history,
as one for another 'cancer' was ('five years previously she had a hemicolectomy for colonic adenocarcinoma'),
never in a clause that names the neuroendocrine tumour (rules/context.json, the dated cues' 'blocked_in_clause').
'Now' ties a clause to the patient, but not before a word of knowledge: 'it is now recognized that oesophageal small
cell carcinoma disseminates early' is what is known of the class (rules/context.json generic_statements
'knowledge_words').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, metastasis_and_sites, outcome_and_months, told_cells

INTRO = "A 63-year-old man had a rectal neuroendocrine carcinoma.\n"

# --- the pelvis, its bones, and lists with an adjective of bone -------------------------------------------------
PELVIC_LISTS = ["Staging CT showed {} metastases.", "Restaging PET showed new {} metastases."]
PELVIC_FILLINGS = {"pulmonary, pelvic and penile": ("yes", {"lung", "pelvis", "penis"}),
                   "hepatic and pelvic": ("yes", {"liver", "pelvis"}),
                   "pelvic": ("yes", {"pelvis"}),
                   "pulmonary, hepatic and bony": ("yes", {"lung", "liver", "bone"}),
                   "bony": ("yes", {"bone"})}
PELVIS = {"CT showed metastatic deposits in the mesenteric lymph nodes and the pelvis.":
              ("yes", {"lymph node", "pelvis"}),
          "Bone scintigraphy showed metastases in the thoracic spine and pelvis.": ("yes", {"bone"}),
          "PET showed metastases in the ribs, the liver and the pelvis.": ("yes", {"bone", "liver"}),
          "MRI showed pelvic lateral lymph node metastases.": ("yes", {"lymph node"}),
          "PET showed liver metastases and diffuse marrow involvement.": ("yes", {"liver", "bone marrow"}),
          "CT showed mediastinal adenopathy consistent with metastases.": ("yes", {"lymph node"}),
          "CT showed a hilar adenopathy, in keeping with metastatic spread.": ("yes", {"lymph node"}),
          # the pelvis, scanned or the kidney's, is no metastasis
          "CT of the abdomen and pelvis was unremarkable.": ("unknown", set()),
          "He had a stone in the renal pelvis.": ("unknown", set())}


def _pelvis_cells():
    yield from framed_cells(INTRO, PELVIC_LISTS, PELVIC_FILLINGS)
    yield from told_cells(INTRO, PELVIS)


test_the_pelvis_and_its_bones_as_metastasis_sites = grid_test(_pelvis_cells, metastasis_and_sites, "metastasis_sites")

# --- what was examined, and where the metastases are ---------------------------------------------------------
EXAMINED = ["CT of the {} showed multiple liver metastases.", "MRI of the {} revealed two liver metastases.",
            "A PET scan of the {} demonstrated liver metastases."]
EXAMINED_FILLINGS = {"kidney": ("yes", {"liver"}), "chest, abdomen and pelvis": ("yes", {"liver"}),
                     "abdomen and pelvis": ("yes", {"liver"}), "spleen": ("yes", {"liver"})}
BARE_WORDS = {"A wedge biopsy of the right lung confirmed metastatic carcinoma.": ("yes", {"lung"}),
              "A biopsy of the left adrenal confirmed a metastasis.": ("yes", {"adrenal"}),
              "MRI of the brain revealed two metastatic lesions.": ("yes", {"brain"}),
              # the examined organ with no metastasis word names none
              "A biopsy of the right lung showed organising pneumonia.": ("unknown", set())}


def _examined_cells():
    yield from framed_cells(INTRO, EXAMINED, EXAMINED_FILLINGS)
    yield from told_cells(INTRO, BARE_WORDS)


test_the_examined_organ_is_no_site_beside_the_metastasis_word_own = grid_test(
    _examined_cells, metastasis_and_sites, "metastasis_sites")

# --- a word hyphenated at a line end whose line break a flattened page dropped --------------------------------
HYPHENATED = ["The tumour cells were positive for {}.", "Immunohistochemistry showed {} positivity.",
              "Staining for {} was diffusely positive."]
HYPHENATED_FILLINGS = {"synap-tophysin": ["synaptophysin"], "synapto-physin": ["synaptophysin"],
                       "chromo-granin A": ["chromogranin A"], "chromogra-nin A": ["chromogranin A"],
                       "synaptophysin": ["synaptophysin"]}
HYPHENATED_TOLD = {"He underwent distal pancreatec-tomy.": ["surgery"],
                   "He later received everoli-mus.": ["everolimus"],
                   "He later received octreo-tide LAR.": ["octreotide"],
                   # a real compound stays what it was
                   "He had a well-differentiated NET with no follow-up imaging.": []}


def _hyphen_marker_cells():
    yield from framed_cells("A 58-year-old man had an ileal NET.\n", HYPHENATED, HYPHENATED_FILLINGS)


def _hyphen_treatment_cells():
    yield from told_cells("A 58-year-old man had a pancreatic NET.\n", HYPHENATED_TOLD)


test_a_word_hyphenated_at_a_dropped_line_end_is_read_whole = grid_test(
    _hyphen_marker_cells, lambda row: row["markers_positive"], "markers_positive")
test_a_drug_or_operation_hyphenated_at_a_dropped_line_end_is_read_whole = grid_test(
    _hyphen_treatment_cells, lambda row: row["treatments"], "treatments")

# --- the genital tract's mixed tumours name their other part by its organ ------------------------------------
MIXED = ["Histology showed {}.", "The final diagnosis was {}."]
MIXED_FILLINGS = {"an endometrial carcinoma admixed with a neuroendocrine tumour": "MiNEN",
                  "an endometrioid carcinoma with a large cell neuroendocrine carcinoma component": "MiNEN",
                  "an endometrial carcinoma intermixed with a small cell carcinoma": "MiNEN",
                  "an adenocarcinoma admixed with a neuroendocrine carcinoma": "MiNEN",
                  # a carcinoma beside a NET, with no mixing word, stays apart
                  "a well-differentiated neuroendocrine tumour and, separately, an endometrial carcinoma": "NET"}


def _mixed_cells():
    yield from framed_cells("A 61-year-old woman had postmenopausal bleeding.\n", MIXED, MIXED_FILLINGS)


test_an_endometrial_carcinoma_mixed_with_a_neuroendocrine_one_is_a_minen = grid_test(
    _mixed_cells, lambda row: row["histology"], "histology")

# --- the Turkish congress abstract's age and sex ('50 yaşında kadın') ---------------------------------------
TURKISH = ["Karın ağrısı ile başvuran {} hastaya rezeksiyon yapıldı.", "Olgu: {} hasta, karın ağrısı ile başvurdu."]
TURKISH_FILLINGS = {"50 yaşında kadın": ("50", "female"), "62 yaşındaki erkek": ("62", "male"),
                    "47 yaşında bir kadın": ("47", "female"),
                    # a patient whose age and sex are not said
                    "bir": ("", "")}


def _turkish_cells():
    yield from framed_cells("", TURKISH, TURKISH_FILLINGS)


def _age_and_sex(row) -> tuple:
    return ("" if row["age"] is None else str(int(row["age"])), row["sex"] or "")


test_the_turkish_age_and_sex = grid_test(_turkish_cells, _age_and_sex, "age", "sex")

# --- the last status: 'remain' and 'so far' date a clause at the follow-up ------------------------------------
LAST = {"Her liver metastases remain stable on lanreotide.": ("alive with disease", None),
        "The nodal metastases remain unchanged.": ("alive with disease", None),
        "No signs of recurrence have been observed so far.": ("alive, no disease", None),
        "She has had no recurrence so far.": ("alive, no disease", None),
        "She is under regular surveillance.": ("alive", None),
        # the same words at presentation, before any treatment, are no follow-up
        "At presentation, CT showed liver metastases.": (None, None)}


def _last_status_cells():
    yield from told_cells("A 62-year-old woman had a right hemicolectomy for an ileal NET with two liver "
                          "metastases.\n", LAST)


test_remain_and_so_far_date_the_last_status = grid_test(_last_status_cells, outcome_and_months, "outcome")

# --- a tumour named by the cells it is made of states no syndrome ------------------------------------------------
PRODUCING = ["Histology showed a {} neuroendocrine tumour of the pancreas.", "She had a {} NET of the ileum."]
PRODUCING_FILLINGS = {"serotonin-producing": [], "serotonin-secreting": [],
                      "insulin-producing": ["insulinoma"], "gastrin-secreting": ["gastrinoma"],
                      "ACTH-producing": ["ectopic ACTH"]}
NAMED = {"She had carcinoid syndrome from a serotonin-producing ileal NET.": ["carcinoid syndrome"]}


def _producing_cells():
    yield from framed_cells("A 58-year-old woman came in with abdominal pain.\n", PRODUCING, PRODUCING_FILLINGS)
    yield from told_cells("A 58-year-old woman came in with abdominal pain.\n", NAMED)


test_a_serotonin_producing_tumour_states_no_syndrome = grid_test(
    _producing_cells, lambda row: row["functional_syndrome"], "functional_syndrome")

# --- a dated treatment of another cancer named 'carcinoma' is the past history -------------------------------
DATED = ["{} years earlier, she had undergone {} for {}.", "She had undergone {} for {} {} years previously."]
OTHER_CANCERS = {"gastric adenocarcinoma": [], "a hepatocellular carcinoma": [], "a soft tissue sarcoma": [],
                 # the neuroendocrine tumour's own earlier treatment stays hers
                 "a small cell carcinoma of the cervix": ["surgery"],
                 "a neuroendocrine carcinoma of the rectum": ["surgery"]}


def _dated_cells():
    intro = "Case presentation\nA 66-year-old woman had an ileal NET found at colonoscopy.\n"
    for cancer, want in OTHER_CANCERS.items():
        yield intro + DATED[0].format("Three", "a resection", cancer) + "\n", want
        yield intro + DATED[1].format("an operation", cancer, "two") + "\n", want


test_a_dated_treatment_of_another_carcinoma_is_the_past_history = grid_test(
    _dated_cells, lambda row: row["treatments"], "treatments")

# --- what is known of a class, said 'now', is no finding of the patient ------------------------------------------
KNOWN = ["It is now {} that oesophageal small cell carcinoma shows early dissemination to distant organs.",
         "It is currently {} that such carcinomas metastasize early to the liver."]
KNOWN_FILLINGS = {"recognized": ("unknown", set()), "accepted": ("unknown", set()), "known": ("unknown", set()),
                  "thought": ("unknown", set()), "believed": ("unknown", set())}
HERS = {"She now has liver metastases.": ("yes", {"liver"}),
        "Her liver metastases are now recognized on CT as new.": ("yes", {"liver"})}


def _known_cells():
    intro = "A 63-year-old woman had dysphagia; biopsy showed a small cell carcinoma of the oesophagus.\n"
    yield from framed_cells(intro, KNOWN, KNOWN_FILLINGS)
    yield from told_cells(intro, HERS)


test_what_is_now_known_of_the_class_is_no_finding = grid_test(_known_cells, metastasis_and_sites, "metastasis")
