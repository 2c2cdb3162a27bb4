"""Grids of the metastasis wordings that real reports combine (session h23, helper 'meta').

Each grid crosses the parts of one shape (the site, the frame around it, a wording that must not count)
and pairs every absence with a presence of the same frame, so that it fails when the metastasis extractor
finds nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

PATIENT = "A 62-year-old man had an ileal NET. "


# --- a site adjective coordinated with another regional adjective before 'lymph nodes' ---------------------------
FIRST_REGIONS = ["mediastinal", "mesenteric", "gastric", "splenic", "pancreatic"]
SECOND_REGIONS = ["hilar", "para-aortic", "paratracheal", "retrocrural", "celiac"]
NODE_FRAMES = ["PET showed metastases in the {a} and {b} lymph nodes.",
               "CT showed {a} and {b} lymph node metastases.",
               "Metastatic foci were detected in {a} or {b} nodes and the liver.",
               "Restaging found {a}, {b} nodal metastases."]


def node_region_cells():
    for a, b, frame in itertools.product(FIRST_REGIONS, SECOND_REGIONS, NODE_FRAMES):
        want = {"lymph node", "liver"} if "liver" in frame else {"lymph node"}
        yield CASE.format(PATIENT + frame.format(a=a, b=b)), want
    for frame in NODE_FRAMES:  # a noun before the conjunction, or a word that names no place, is a site of its own
        yield CASE.format(PATIENT + frame.format(a="liver", b="hilar")), {"lymph node", "liver"}
        yield CASE.format(PATIENT + frame.format(a="hepatic", b="regional")), {"lymph node", "liver"}


@pytest.mark.fields("metastasis_sites")
def test_grid_coordinated_node_regions_name_the_nodes(run):
    assert_grid(run, node_region_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- 'a metastasis of thymic carcinoid': the tumour it comes from is no site -----------------------------------
ORIGINS = {"thymic": "thymus", "gastric": "stomach", "bronchial": "lung", "pancreatic": "pancreas"}
ORIGIN_NOUNS = ["carcinoid", "atypical carcinoid", "NET", "neuroendocrine tumour"]
ORIGIN_FRAMES = ["Biopsy showed metastases of {o} {n} to the liver and bones.",
                 "The bone lesion was confirmed as a metastasis of {o} {n} in the liver and bones.",
                 "She had liver and bone metastases of {o} {n}."]


def origin_cells():
    lead = "A 58-year-old woman was referred for abdominal pain. "
    for (adj, _site), noun, frame in itertools.product(ORIGINS.items(), ORIGIN_NOUNS, ORIGIN_FRAMES):
        yield CASE.format(lead + frame.format(o=adj, n=noun)), {"liver", "bone"}
    yield CASE.format(lead + "Biopsy showed metastases of the liver and bones."), {"liver", "bone"}


@pytest.mark.fields("metastasis_sites")
def test_grid_the_origin_after_of_is_no_site(run):
    assert_grid(run, origin_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- a conjunction before the metastasis word is crossed only after a site ----------------------------------------
OTHER_FINDINGS = ["tumours on the serosal surface of the {o}", "a nodule in the wall of the {o}",
                  "several polyps in the {o}"]
OTHER_ORGANS = ["stomach", "colon", "gallbladder"]
QUANTITIES = ["numerous", "multiple", "several", "scattered"]


def conjunction_cells():
    lead = "A 55-year-old woman had a duodenal NET. Laparotomy found "
    for finding, organ, many in itertools.product(OTHER_FINDINGS, OTHER_ORGANS, QUANTITIES):
        yield CASE.format(lead + finding.format(o=organ) + f" and {many} metastases in the liver."), {"liver"}
    for many in QUANTITIES:  # coordinated sites before the word still count
        yield CASE.format(lead + f"liver and {many} bone metastases."), {"liver", "bone"}
        yield CASE.format(lead + f"hepatic, pulmonary and {many} osseous metastases."), {"liver", "lung", "bone"}


@pytest.mark.fields("metastasis_sites")
def test_grid_a_conjunction_is_crossed_only_after_a_site(run):
    assert_grid(run, conjunction_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- skin lesions are most often a rash; skin deposits or metastases are not -----------------------------------
SKIN_WORDS = ["skin", "cutaneous"]
SKIN_FRAMES = ["A 49-year-old woman with liver metastases of a pancreatic NET was admitted with {adj}{w} {n}.",
               "A 49-year-old woman had a pancreatic NET with liver metastases; she also had {adj}{w} {n}."]


def skin_cells():
    for w, frame, adj in itertools.product(SKIN_WORDS, SKIN_FRAMES, ("", "persistent ", "itchy ")):
        yield CASE.format(frame.format(w=w, n="lesions", adj=adj)), {"liver"}
        yield CASE.format(frame.format(w=w, n="deposits", adj=adj)), {"liver", "skin"}
        yield CASE.format(frame.format(w=w, n="metastases", adj=adj)), {"liver", "skin"}


@pytest.mark.fields("metastasis_sites")
def test_grid_skin_lesions_are_no_metastasis_site(run):
    assert_grid(run, skin_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- a negation of some organs only is no 'no' (ANNOTATION.md: 'no' only when the text says there is none) ---------
DENIED_ORGANS = {"hepatic": "liver", "liver": "liver", "pulmonary": "lung", "bone": "bone", "splenic": "spleen",
                 "lymph node and hepatic": "liver", "peritoneal": "peritoneum"}
DENIAL_FRAMES = ["There was no evidence of {o} metastases on imaging.",
                 "CT showed no {o} metastases.",
                 "She underwent a distal pancreatectomy with no signs of {o} metastases.",
                 "Imaging was performed, without the presence of {o} metastasis.",
                 "{O} metastases were not seen."]
WHOLE_BODY = ["There was no evidence of {o} or other distant metastases.",
              "CT showed no {o} or distant metastases.",
              "There were no metastases in the liver or elsewhere.",
              "No {o} or extrahepatic metastases were seen."]
NODES_ONLY = ["No lymph node metastases were found.", "There was no evidence of nodal metastasis.",
              "The specimen showed no lymph node metastasis."]


def denial_cells():
    lead = "A 47-year-old woman had a pancreatic NET. "
    for organ, frame in itertools.product(DENIED_ORGANS, DENIAL_FRAMES):
        text = frame.format(o=organ, O=organ.capitalize())
        yield CASE.format(lead + text), "unknown"
        yield CASE.format(lead + text + " Staging showed no evidence of metastatic disease."), "no"
        yield CASE.format(lead + text.replace(" no ", " ").replace("without the presence of", "with")
                          .replace(" were not seen", " were seen")), "yes"
    for organ, frame in itertools.product(("hepatic", "pulmonary", "bone"), WHOLE_BODY):
        yield CASE.format(lead + frame.format(o=organ)), "no"
    for frame in NODES_ONLY:  # the nodal stage of a resection, as '0/12 nodes' and 'N0' are
        yield CASE.format(lead + frame), "no"


@pytest.mark.fields("metastasis")
def test_grid_a_negation_of_some_organs_is_no_no(run):
    assert_grid(run, denial_cells(), lambda row, want: row["metastasis"] == want)


# --- metastases in the literature's reports are other patients' -------------------------------------------------
REPORT_CUES = ["rare reports", "few reports", "published reports", "isolated reports", "sporadic reports"]
REPORT_FRAMES = ["Follow-up is advised given {c} of late metastases.",
                 "There are {c} of hepatic metastases from such tumours.",
                 "Only {c} describe metastatic disease after resection."]


def literature_report_cells():
    lead = "A 71-year-old man had a testicular NET that was resected. "
    for cue, frame in itertools.product(REPORT_CUES, REPORT_FRAMES):
        yield CASE.format(lead + frame.format(c=cue)), "unknown"
    yield CASE.format(lead + "Follow-up found late metastases in the liver."), "yes"
    yield CASE.format(lead + "There were hepatic metastases from the tumour."), "yes"


@pytest.mark.fields("metastasis")
def test_grid_metastases_in_literature_reports_are_other_patients(run):
    assert_grid(run, literature_report_cells(), lambda row, want: row["metastasis"] == want)


# --- the report's title names the case, also above a hard-wrapped abstract ------------------------------------
TITLES = {"A rare case of colonic neuroendocrine carcinoma with regional lymph node involvement": "lymph node",
          "Ileal NET with multiple liver metastases: a case report and literature review": "liver",
          "Rectal carcinoid with bone metastases: a case report.": "bone",
          "A pancreatic NET metastatic to the lungs: one case and a short literature review": "lung"}
ABSTRACTS = ["Neuroendocrine tumours of this kind are rare and\noccur mostly in older adults. We describe one.",
             "We describe a 40-year-old man who presented with\nabdominal pain and weight loss.",
             "Etoposide with carboplatin can help in advanced neuroendocrine carcinoma without\n"
             "evidence of distant metastasis. We describe one such patient."]


def title_cells():
    body = "\n\nCase presentation\nA 40-year-old man presented with abdominal pain. The tumour was resected.\n"
    for (title, site), abstract in itertools.product(TITLES.items(), ABSTRACTS):
        yield f"{title}\n\nAbstract\n{abstract}{body}", ("yes", [site])
        plain = title.split(" with ")[0].split(" metastatic")[0].replace("Metastatic ", "")
        yield f"{plain}\n\nAbstract\n{abstract}{body}", ("no" if "without" in abstract else "unknown", [])


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_the_title_names_the_cases_metastases(run):
    assert_grid(run, title_cells(), lambda row, want: (row["metastasis"], row["metastasis_sites"]) == want)


# --- a search for metastases that found none says there is none; the search itself is no metastasis --------------
SEARCHES = ["staging CT", "staging CT scan", "staging PET/CT", "restaging MRI", "metastatic work-up",
            "metastatic workup", "staging work-up"]
NORMAL = ["was unremarkable", "was normal", "was negative"]
STAGING_FRAMES = ["The {s} {p}.", "Tumour markers and the {s} {p}.", "After the resection, the {s} {p}."]


def staging_cells():
    lead = "A 44-year-old man had a rectal NET. "
    for search, normal, frame in itertools.product(SEARCHES, NORMAL, STAGING_FRAMES):
        yield CASE.format(lead + frame.format(s=search, p=normal)), "no"
    for search in SEARCHES:
        yield CASE.format(lead + f"The {search} was performed."), "unknown"  # the search is no finding
        yield CASE.format(lead + f"The {search} showed two liver metastases."), "yes"
        yield CASE.format(lead + f"The {search} showed liver metastases, but the bone scan was normal."), "yes"


@pytest.mark.fields("metastasis")
def test_grid_a_negative_staging_says_no(run):
    assert_grid(run, staging_cells(), lambda row, want: row["metastasis"] == want)


# --- a search for metastases, a differential or a likelihood is no finding ----------------------------------------
SEARCH_FRAMES = ["A PET scan was done to {c} metastases.", "She was {c} metastatic disease.",
                 "Imaging was used to {c} a primary and a metastatic NET."]
SEARCH_CUES = {0: ["look for", "search for", "screen for"], 1: ["evaluated for", "assessed for"],
               2: ["distinguish between", "differentiate between"]}
LIKELIHOODS = ["The tumour had a low metastatic potential.", "The metastatic potential was judged high.",
               "The metastatic risk was low."]


def search_cells():
    lead = "A 53-year-old woman had a rectal NET. "
    for k, frame in enumerate(SEARCH_FRAMES):
        for cue in SEARCH_CUES[k]:
            yield CASE.format(lead + frame.format(c=cue)), "unknown"
    for sentence in LIKELIHOODS:
        yield CASE.format(lead + sentence), "unknown"
    yield CASE.format(lead + "A PET scan was done and showed metastases."), "yes"
    yield CASE.format(lead + "She was found to have metastatic disease."), "yes"
    yield CASE.format(lead + "The tumour had a metastatic focus in the liver."), "yes"


@pytest.mark.fields("metastasis")
def test_grid_a_search_or_a_likelihood_is_no_finding(run):
    assert_grid(run, search_cells(), lambda row, want: row["metastasis"] == want)


# --- 'metastatic lymph nodes', 'metastatic bone disease': an organ where NETs spread, right after the word ------------
SPREAD_ORGANS = {"liver": "liver", "hepatic": "liver", "bone": "bone", "osseous": "bone", "lymph node": "lymph node",
                 "nodal": "lymph node", "brain": "brain", "peritoneal": "peritoneum"}
SPREAD_NOUNS = ["disease", "deposits", "neuroendocrine tumour", "tumour", "NET"]
SPREAD_FRAMES = ["A 47-year-old man with an ileal NET had {a} metastatic {o} {n}.",
                 "CT showed metastatic {o} {n} in a 47-year-old man with an ileal NET."]


def spread_organ_cells():
    for (word, site), noun, frame in itertools.product(SPREAD_ORGANS.items(), SPREAD_NOUNS, SPREAD_FRAMES):
        yield CASE.format(frame.format(o=word, n=noun, a="a" if noun in ("tumour", "NET") else "")), [site]
    for adj in ("pancreatic", "rectal", "gastric"):  # the primary's organ is the tumour's, not a site
        yield CASE.format(f"A 47-year-old man had a metastatic {adj} NET."), []
    yield CASE.format("A 47-year-old man with an ileal NET had metastatic mesenteric lymph nodes."), ["lymph node"]


@pytest.mark.fields("metastasis_sites")
def test_grid_an_organ_right_after_the_word_is_its_site(run):
    assert_grid(run, spread_organ_cells(), lambda row, want: row["metastasis_sites"] == want)
