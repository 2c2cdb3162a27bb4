"""Grids of the ninth round (r10, lead): shapes of the round's study reports in treatments, metastasis and
the hormonal syndrome, written out with their common variants in sentences of our own.

- A refusal that points back at what it refuses ('..., but he refused the treatment.', 'but declined it.',
  'but she declined further treatment.') takes back the treatments of its first clause, as a bare
  refusal ('but refused.') already did (rules/context.json, the REFUSED 'but ...' cue).
- A chance lost ('had lost the chance for radical surgery', 'missed the opportunity for surgery') or a
  treatment 'no longer possible' is a treatment not given.
- A cue inside a longer cue is no cue of its own, whatever its class: the 'not' of 'was not feasible' no
  longer negates the clause after it ('Surgery was not feasible, and everolimus was started').
- 'involves' states what the care of a tumour class takes in general ('The management of NETs often
  involves surgical resection'), as 'includes' does.
- 'Patients affected by' / 'suffering from' names a population, as 'patients with' does; a search of the
  literature ('a PubMed search revealed one case ...') tells of other patients.
- 'Secondary localizations' are metastases (the Romance-language calque); irreversible electroporation
  (NanoKnife) is a treatment.
- An operation that found something ('the laparotomy revealed ...', 'at laparotomy the tumour was found to be
  unresectable') is an exploration, no treatment by itself; the resection it led to names itself.
- After a comma, a determiner opens a noun phrase of its own ('in the posterior area of the pancreas, the
  lymph node metastases'): the pancreas is where the nodes lie, no metastatic site; a resected specimen's
  parts ('the epididymis and spermatic cord were free of tumour', 'the serosa') are a pathology finding.
- 'A series of' names a case series only when its clause counts patients or cases: 'after a series of
  radiologic investigations, a NET was diagnosed' is the patient's work-up.
- The title names the case's own treatment ('Ileal NET with cardiac metastasis treated with PRRT: a case
  report'), as it names its site and syndrome (tried and dropped in the third round; the title finder has
  since learnt to tell a title from a review's or a running head).
- A time point after a later event of the course ('alive 3 years after the detection of the recurrence')
  counts from that event, so from the time point that dated it, as 'later' does (rules/outcome.json).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, metastasis_and_sites, told_cells
from test_grids_r5_outc import status_and_months

INTRO = "A 61-year-old man had a metastatic pancreatic neuroendocrine tumour.\n"


def _treatments(row):
    return sorted(row["treatments"] or [])


# --- a refusal that points back -------------------------------------------------------------------------
OFFERS = ["Chemotherapy with capecitabine and temozolomide was recommended, but {}.",
          "He was qualified for capecitabine and temozolomide, but {}.",
          "Capecitabine and temozolomide were planned, but {}."]
REFUSALS = [f"{subject}{verb} {what}" for subject in ("", "he ", "the patient ") for verb in ("refused", "declined")
            for what in ("it", "the treatment", "this therapy", "further treatment")]


def refusal_cells():
    yield from framed_cells(INTRO, OFFERS, dict.fromkeys(REFUSALS, []))
    # the plans taken up, and a refusal of something else after them ('recommended' alone is no plan)
    yield from framed_cells(INTRO, OFFERS[1:], {"he tolerated it well": ["capecitabine", "temozolomide"],
                                            "he refused further surgery": ["capecitabine", "temozolomide"]})


test_grid_refusal_pointing_back = grid_test(refusal_cells, _treatments, "treatments")


# --- a chance lost, a treatment no longer possible --------------------------------------------------------
LOST = ["He had lost the chance for radical surgery. Everolimus was started.",
        "The patient lost the opportunity of surgery; everolimus was started.",
        "He missed the opportunity for surgery and received everolimus.",
        "The patient had lost the chance to undergo surgery and was given everolimus.",
        "Radical surgery was no longer possible, so everolimus was started.",
        "A resection was no longer feasible, and he received everolimus."]
KEPT = ["He underwent radical surgery, and everolimus was started.",
        "After surgery, everolimus was started."]


def lost_chance_cells():
    yield from told_cells(INTRO, dict.fromkeys(LOST, ["everolimus"]), dict.fromkeys(KEPT, ["everolimus", "surgery"]))


test_grid_lost_chance_is_no_treatment = grid_test(lost_chance_cells, _treatments, "treatments")


# --- a cue inside a longer cue is no cue of its own -----------------------------------------------------------
NOT_GIVEN = ["was not feasible", "was not possible", "was not indicated", "was not an option", "was not performed"]
THEN = ["and everolimus was started", "and octreotide was given", "so lanreotide was started"]


def inner_cue_cells():
    for then, drug in zip(THEN, ("everolimus", "octreotide", "lanreotide"), strict=True):
        yield from framed_cells(INTRO, [f"Surgery {{}}, {then}."], dict.fromkeys(NOT_GIVEN, [drug]))
        yield from framed_cells(INTRO, [f"Surgery {{}}, {then}."], {"was performed": sorted([drug, "surgery"])})


test_grid_inner_cue_stays_inside = grid_test(inner_cue_cells, _treatments, "treatments")


# --- 'involves' in a generic statement ------------------------------------------------------------------------
GENERIC = ["The management of neuroendocrine tumours often involves surgical resection.",
           "Treatment of NETs usually involves surgery and somatostatin analogues.",
           "Care of these tumours typically involves a resection.",
           "Therapies for NETs involve surgery, PRRT and everolimus."]
OWN = {"Her management involved surgical resection.": ["surgery"],
       "His treatment involved a resection and octreotide.": ["octreotide", "surgery"]}


def involves_cells():
    yield from told_cells(INTRO, dict.fromkeys(GENERIC, []), OWN)


test_grid_involves_in_a_generic_statement = grid_test(involves_cells, _treatments, "treatments")


# --- 'patients affected by' ------------------------------------------------------------------------------------
SYND_INTRO = "A 50-year-old man had an ileal NET with liver metastases.\n"
POPULATION = ["Patients affected by carcinoid tumours present with carcinoid syndrome.",
              "Patients suffering from midgut NETs may develop carcinoid syndrome.",
              "Carcinoid syndrome occurs in patients affected by liver metastases."]
OWN_SYNDROME = ["He presented with carcinoid syndrome.", "He was affected by carcinoid syndrome."]


def _carcinoid_syndrome_cells(intro: str, others: list[str], own: list[str]):
    """Sentences that give the syndrome to other patients (no value) beside the patient's own (the value)."""
    yield from told_cells(intro, dict.fromkeys(others, []), dict.fromkeys(own, ["carcinoid syndrome"]))


def _syndromes(row):
    return row["functional_syndrome"] or []


def population_cells():
    yield from _carcinoid_syndrome_cells(SYND_INTRO, POPULATION, OWN_SYNDROME)


test_grid_patients_affected_by_are_a_population = grid_test(population_cells, _syndromes, "functional_syndrome")


# --- secondary localizations -----------------------------------------------------------------------------------
META_INTRO = "A 64-year-old man had a neuroendocrine carcinoma of the bladder.\n"
WORDS = ["secondary localizations", "secondary localisations", "secondary localization"]


def localization_cells():
    yield from framed_cells(META_INTRO, ["Staging showed no {}.", "There were no {} at diagnosis."],
                            dict.fromkeys(WORDS, ("no", set())))
    yield from framed_cells(META_INTRO, ["CT showed {} in the liver."], dict.fromkeys(WORDS, ("yes", {"liver"})))


test_grid_secondary_localizations = grid_test(localization_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- a time point after a later event of the course --------------------------------------------------------------
# Follow-up runs from diagnosis or first treatment: 'alive 38 months after the detection of the recurrence'
# counts from the recurrence, so from the time point that dated it ('21 months after surgery'), as 'later' does.
FU_INTRO = "A 55-year-old woman had an ileal NET resected.\n"
EVENT_POINTS = {
    "Liver metastases were found 2 years after surgery. She is alive 3 years after the detection of the recurrence.":
        ("alive with disease", 60.0),
    "A relapse was found 2 years later. She died of liver failure 6 months after the relapse.": ("died of disease", 30.0),
    "Liver metastases appeared 1 year after surgery. She remains well with stable disease 2 years after their detection.":
        ("alive with disease", 36.0),
    "A recurrence was diagnosed 18 months after the resection. She died 1 year after recurrence.": ("died", 30.0)}
OWN_START = {  # a point after the operation or a bare 'after 3 years' counts from the start, as before
    "She is alive and disease-free 5 years after surgery.": ("alive, no disease", 60.0),
    "A recurrence was found 2 years after surgery.": ("alive with disease", 24.0)}


def event_point_cells():
    yield from told_cells(FU_INTRO, EVENT_POINTS, OWN_START)


test_grid_time_after_a_later_event = grid_test(event_point_cells, status_and_months, "outcome", "follow_up_months")


# --- irreversible electroporation, by its name and its device ----------------------------------------------------
IRE_INTRO = "A 28-year-old woman had a locally advanced pancreatic NET.\n"
IRE_GIVEN = ["She was treated with irreversible electroporation.", "She decided to have NanoKnife therapy to the tumour.",
             "Irreversible electroporation of the tumour was performed.", "Nanoknife ablation of the mass followed."]
IRE_NOT = ["Irreversible electroporation was considered but not performed.", "She declined NanoKnife therapy."]


def ire_cells():
    yield from told_cells(IRE_INTRO, dict.fromkeys(IRE_GIVEN, ["irreversible electroporation"]), dict.fromkeys(IRE_NOT, []))


test_grid_irreversible_electroporation = grid_test(ire_cells, _treatments, "treatments")


# --- an operation that found something -----------------------------------------------------------------------------
LAP_INTRO = "A 28-year-old woman had a pancreatic NET.\n"
EXPLORED = ["The laparotomy revealed that the tumour encased the superior mesenteric artery.",
            "At laparotomy the tumour was found to be unresectable.",
            "The laparotomy showed peritoneal deposits throughout the abdomen.",
            "A laparotomy disclosed that the mass invaded the portal vein."]
RESECTED = ["Laparotomy revealed a 3 cm mass in the pancreatic tail, which was resected.",
            "She underwent laparotomy and distal pancreatectomy.",
            "At laparotomy, the tumour was enucleated.",
            "A laparotomy was performed, and the tumour was removed."]


def exploration_cells():
    yield from told_cells(LAP_INTRO, dict.fromkeys(EXPLORED, []), dict.fromkeys(RESECTED, ["surgery"]))


test_grid_an_exploration_is_no_treatment = grid_test(exploration_cells, _treatments, "treatments")


# --- a search of the literature ---------------------------------------------------------------------------------------
SEARCH_INTRO = "A 40-year-old man had bilateral testicular carcinoid tumours without flushing or diarrhoea.\n"
SEARCHES = ["A PubMed search revealed one case report of a testicular carcinoid with carcinoid syndrome.",
            "Our literature search found two testicular carcinoids associated with carcinoid syndrome.",
            "A search of the literature identified a single case with carcinoid syndrome."]
HIS_OWN = ["Months later he developed carcinoid syndrome.", "He presented with carcinoid syndrome."]


def search_cells():
    yield from _carcinoid_syndrome_cells(SEARCH_INTRO, SEARCHES, HIS_OWN)


test_grid_a_literature_search_is_other_patients = grid_test(search_cells, _syndromes, "functional_syndrome")


# --- after a comma, a determiner opens a noun phrase of its own; a specimen's parts ---------------------------------
NODE_INTRO = "A 58-year-old man had a duodenal NET resected by pancreatoduodenectomy.\n"
NODE_PLACES = {"In the posterior area of the pancreas, the lymph node metastases were detected.": ("yes", {"lymph node"}),
               "Behind the head of the pancreas, a lymph node metastasis was found.": ("yes", {"lymph node"}),
               "At the root of the mesentery, its lymph node metastases were removed.": ("yes", {"lymph node"})}
SITE_LISTS = {"Liver, lung and lymph node metastases were found.": ("yes", {"liver", "lung", "lymph node"}),
              "CT showed pancreatic and lymph node metastases.": ("yes", {"pancreas", "lymph node"})}


def node_place_cells():
    yield from told_cells(NODE_INTRO, NODE_PLACES, SITE_LISTS)


test_grid_a_place_before_the_node_metastases = grid_test(node_place_cells, metastasis_and_sites, "metastasis",
                                                         "metastasis_sites")

ORCHI_INTRO = "A 36-year-old man had a testicular NET removed by orchiectomy.\n"
SPECIMEN_PARTS = ["The epididymis and spermatic cord were free of tumour.", "The serosa was free of tumour.",
                  "The capsule was free of tumour.", "The bronchial stump was free of tumour."]
HIS_STATUS = {"Two years after the orchiectomy he is free of tumour.": ("alive, no disease", 24.0)}


def specimen_part_cells():
    yield from told_cells(ORCHI_INTRO, dict.fromkeys(SPECIMEN_PARTS, (None, None)), HIS_STATUS)


test_grid_a_specimen_part_free_of_tumour_is_no_status = grid_test(specimen_part_cells, status_and_months, "outcome",
                                                                  "follow_up_months")


# --- 'a series of' names a case series only when its clause counts patients or cases ----------------------------------
SERIES_INTRO = "A 47-year-old woman had multiple liver lesions.\n"
WORK_UP = ["After a series of radiologic and interventional investigations, a well-differentiated neuroendocrine "
           "tumour was diagnosed.", "A series of biopsies showed a well-differentiated neuroendocrine tumour."]
SERIES = ["In a series of 12 cases, a well-differentiated neuroendocrine tumour was the commonest finding.",
          "A series of patients with a well-differentiated neuroendocrine tumour was reviewed."]


def series_cells():
    yield from told_cells(SERIES_INTRO, dict.fromkeys(WORK_UP, "NET"), dict.fromkeys(SERIES, None))


test_grid_a_series_of_investigations_is_the_patients = grid_test(series_cells, lambda row: row["histology"], "histology")


# --- the title names the case's own treatment ----------------------------------------------------------------------
TREATED_TITLES = {
    "Ileal neuroendocrine tumour with cardiac metastasis treated with peptide receptor radionuclide therapy: "
    "a case report": ["PRRT"],
    "Everolimus for a metastatic rectal neuroendocrine tumour: a case report": ["everolimus"],
    "Long-term response to lanreotide in a pancreatic NET with liver metastases: a case report": ["lanreotide"],
    "Sunitinib as neoadjuvant therapy of a pancreatic neuroendocrine tumour: a case report": ["sunitinib"]}
UNTREATED_TITLES = {"Ileal neuroendocrine tumour with cardiac metastasis: a case report": [],
                    "A metastatic rectal neuroendocrine tumour: a case report": []}


def title_treatment_cells():
    body = "\n\nCase presentation\nA 60-year-old man presented with abdominal pain and was found to have the tumour.\n"
    for title, want in {**TREATED_TITLES, **UNTREATED_TITLES}.items():
        yield f"{title}\n{body}", want


test_grid_the_title_names_the_cases_treatment = grid_test(title_treatment_cells, _treatments, "treatments")


# A 'sentence' longer than the title's max_chars (a page flattened into one line) is no title, even the
# first one: its other patients' treatments stay theirs. (Taking it for the title also made every title
# check read the whole line: bench 'cue_list' had become quadratic once treatments asked.)
FLAT = ("Previously reported patients with pancreatic NETs " + "and liver metastases " * 60
        + "received everolimus and PRRT\n\nA 60-year-old man with a pancreatic NET was seen in our clinic.\n")


def test_a_flattened_page_is_no_title(run):
    assert run("Case presentation\n" + FLAT)[0]["treatments"] == []
    titled = "Everolimus for a pancreatic NET: a case report\n\nCase presentation\n" + FLAT
    assert run(titled)[0]["treatments"] == ["everolimus"]
