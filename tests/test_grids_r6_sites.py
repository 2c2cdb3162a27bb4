"""Grids of the sixth round on metastasis sites (r6-sites).

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds nothing
(tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid

TITLED = "A rare case and a review\n\n" + CASE

# --- the organ of a tumour the report calls metastatic -----------------------------------------------------------
# pipeline/extractors/metastatic_tumour_organ.py: 'a metastatic NET of the orbit', 'metastatic neuroendocrine breast
# carcinoma', 'a NET of the mandible which had metastasised from the cervix' name where the metastasis sits when the
# primary is another organ; when the report names no other primary (or the organ's own part or region), the same
# words name the primary, and the organ is no site.
SEATS = {"orbit": "orbit", "breast": "breast", "left ovary": "ovary", "mandible": "bone", "thyroid gland": "thyroid"}
SEAT_ADJECTIVES = {"breast": "breast", "ovarian": "ovary", "orbital": "orbit"}
MET_TUMOURS = ["neuroendocrine tumour", "NET", "well-differentiated neuroendocrine tumour", "carcinoid tumour"]
ADJ_TUMOURS = ["neuroendocrine tumour", "NET", "carcinoid tumour", "neuroendocrine carcinoma"]
ELSEWHERE = ["The primary tumour was later found in the terminal ileum.",
             "A primary ileal NET was found on capsule endoscopy."]
OF_FRAMES = ["A 58-year-old woman was diagnosed with a metastatic {t} of the {o}.",
             "Excision showed a metastatic {t} in the {o} of this 58-year-old woman.",
             "A 58-year-old woman had a {t} of the {o}, which had metastasized from a primary elsewhere."]
ADJ_FRAMES = ["Biopsy of the lump in a 58-year-old woman showed a metastatic {a} {t}.",
              "The mass proved to be a metastatic well-differentiated {a} {t} in a 58-year-old woman."]


def seat_cells():
    for (o, site), t, frame in itertools.product(SEATS.items(), MET_TUMOURS, OF_FRAMES):
        text = frame.format(t=t, o=o)
        for primary in ELSEWHERE:
            yield TITLED.format(f"{text} {primary}"), {site}
    for (a, site), t, frame in itertools.product(SEAT_ADJECTIVES.items(), ADJ_TUMOURS, ADJ_FRAMES):
        for primary in ELSEWHERE:
            yield TITLED.format(f"{frame.format(a=a, t=t)} {primary}"), {site}
    # the same words with no other primary: the organ is the primary's, no metastasis site
    for o, t in itertools.product(["pancreas", "left ovary"], MET_TUMOURS):
        yield TITLED.format(f"A 58-year-old woman was diagnosed with a metastatic {t} of the {o}. "
                            "No other lesion was found."), set()
    # a region of the primary's organ is no site of its own
    for t in MET_TUMOURS:
        yield TITLED.format(f"A 58-year-old woman was diagnosed with a metastatic small bowel {t}. "
                            "The primary tumour was in the terminal ileum."), set()


@pytest.mark.fields("metastasis_sites")
def test_grid_the_organ_of_a_metastatic_tumour_is_a_site_when_the_primary_is_elsewhere(run):
    assert_grid(run, seat_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- 'metastatic sites included ...', 'sites of metastasis: ...' ------------------------------------------------------
# rules/metastasis.json: 'site', 'sites' stand between a metastasis word and its preposition as lesion nouns do, and
# 'including', 'included' introduce the list as a preposition does; a search that includes an organ finds nothing.
SITE_LISTS = {"the liver and the bones": {"liver", "bone"}, "liver, lungs and brain": {"liver", "lung", "brain"},
              "the liver, bone and retroperitoneal lymph nodes": {"liver", "bone", "lymph node"}}
SITE_LIST_FRAMES = ["Metastatic sites included {l}.", "The sites of metastasis included {l}.",
                    "Metastatic sites: {l}.", "She had widespread metastatic disease including {l}.",
                    "Metastases to several sites, including {l}, were found on PET/CT."]
SEARCH_FRAMES = ["The metastatic work-up, including CT of {l}, was negative.",
                 "No metastatic sites were identified, including {l}."]


def site_list_cells():
    opening = "A 61-year-old man had a jejunal NET. "
    for (words, sites), frame in itertools.product(SITE_LISTS.items(), SITE_LIST_FRAMES):
        yield TITLED.format(opening + frame.format(l=words)), sites
    for (words, _), frame in itertools.product(SITE_LISTS.items(), SEARCH_FRAMES):
        yield TITLED.format(opening + frame.format(l=words)), set()


@pytest.mark.fields("metastasis_sites")
def test_grid_a_list_of_metastatic_sites(run):
    assert_grid(run, site_list_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- 'had disseminated to the bones'; 'extending to the stomach and the regional lymph nodes' --------------------------
# rules/metastasis.json spread: 'disseminated' is spread to a distant organ, in a tumour's sentence; an extension
# ('node_only_words') reaches lymph nodes as a nodal metastasis, while an organ it reaches is local invasion.
TUMOURS_OF = ["The ileal NET", "The tumour", "The pancreatic neuroendocrine carcinoma"]
DISSEMINATED = {"the bones and the liver": {"bone", "liver"}, "both lungs": {"lung"}, "the brain": {"brain"}}
EXTENSIONS = ["extending to", "which extended to", "with extension to", "that extends into"]
REACHED = {"the regional lymph nodes": {"lymph node"}, "the stomach and the peripancreatic lymph nodes": {"lymph node"},
           "the duodenum and the liver": set(), "the mesenteric fat": set()}


def spread_cells():
    for t, (words, sites) in itertools.product(TUMOURS_OF, DISSEMINATED.items()):
        yield TITLED.format(f"{t} had disseminated to {words}."), sites
        yield TITLED.format(f"He had disseminated intravascular coagulation; {t[0].lower() + t[1:]} was confined "
                            f"to its organ and {words} were normal."), set()
    for t, ext, (words, sites) in itertools.product(TUMOURS_OF, EXTENSIONS, REACHED.items()):
        yield TITLED.format(f"Resection showed {t[0].lower() + t[1:]} {ext} {words}."), sites


@pytest.mark.fields("metastasis_sites")
def test_grid_dissemination_and_extension_to_the_nodes(run):
    assert_grid(run, spread_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- 'regional lymph nodes and multiple unresectable synchronous liver metastases' -----------------------------------
# rules/metastasis.json: up to four joiners before a metastasis word ('max_joiners_before'), adjectives in -able and
# -ible among them ('innumerable', 'unresectable'); a tumour noun between two sites still breaks the list.
BEFORE_SITES = {"regional lymph nodes": "lymph node", "bone": "bone", "lung": "lung"}
QUALIFIERS = ["multiple unresectable synchronous", "innumerable", "numerous bilobar", "multiple visible"]


def joined_before_cells():
    for (words, site), q in itertools.product(BEFORE_SITES.items(), QUALIFIERS):
        yield TITLED.format(f"CT showed a colonic NET with {words} and {q} liver metastases."), {site, "liver"}
        yield TITLED.format(f"CT showed a {words.split()[-1]} tumour, a colonic NET and {q} liver metastases."), {"liver"}


@pytest.mark.fields("metastasis_sites")
def test_grid_sites_joined_before_the_metastasis_word(run):
    assert_grid(run, joined_before_cells(), lambda row, want: set(row["metastasis_sites"]) == want)


# --- 'metastasised from the uterine cervix': the region word before the organ ----------------------------------------
# primary_site.py _metastasis_came_from: the origin is the organ that heads its phrase, read past its region word.
ORIGINS = {"uterine cervix": "cervix", "cervix": "cervix", "distal ileum": "ileum", "pancreatic tail": "pancreas"}


def origin_cells():
    for origin, organ in ORIGINS.items():
        yield TITLED.format(f"A NET of the skin that had metastasised from the {origin} was excised."), organ
        yield TITLED.format(f"A NET of the skin was excised; the {origin} was normal."), "skin"


@pytest.mark.fields("primary_site")
def test_grid_the_origin_of_a_metastasis_past_its_region_word(run):
    assert_grid(run, origin_cells(), lambda row, want: row["primary_site"] == want)


# --- 'the ovarian mass proved to be a metastasis'; 'oligometastatic', 'a micrometastasis' -------------------------------
# rules/metastasis.json summary_phrases ('proved to be', 'confirmed to be', 'shown to be', 'found to be') may take an
# article before the metastasis word, and when no site follows the lesion noun the organ right before it is the site;
# an organ that is the primary's own makes no metastasis by itself. 'oligometasta', 'micrometasta' are prefixes.
SUMMARIES = ["proved to be", "was confirmed to be", "was shown to be", "was found to be", "was consistent with"]
LESIONS = {"ovarian mass": "ovary", "liver lesion": "liver", "adrenal nodule": "adrenal", "lesion in the left lung": "lung"}


def summed_up_cells():
    for (lesion, site), phrase in itertools.product(LESIONS.items(), SUMMARIES):
        yield TITLED.format(f"An ileal NET was resected. The {lesion} {phrase} a metastasis."), ("yes", {site})
        # the primary's own organ: 'a lesion of the ileum suggestive of a metastasis' in an ileal NET is no finding
        yield TITLED.format(f"An ileal NET was resected. A second ileal lesion {phrase} a metastasis."), ("yes", set())
    for word, site in [("oligometastatic disease in the liver", "liver"), ("a micrometastasis in one lymph node",
                                                                           "lymph node")]:
        yield TITLED.format(f"An ileal NET was resected. She had {word}."), ("yes", {site})
        yield TITLED.format(f"An ileal NET was resected. She had no {word.split(' in ')[0]}."), ("no", set())
    yield TITLED.format("A primary hepatic NET was found: a lesion in segment 2 of the liver, suggestive of a "
                        "metastasis, proved to be the primary."), ("unknown", set())


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_a_lesion_summed_up_as_a_metastasis(run):
    assert_grid(run, summed_up_cells(),
                lambda row, want: (row["metastasis"], set(row["metastasis_sites"])) == want)


# --- 'The appendix contained a 12 mm well-differentiated NET' --------------------------------------------------------
# rules/sites.json container_verbs: an organ opening its sentence as the subject of 'contained', 'harboured' votes for
# the primary when a specific tumour noun follows in its clause; an organ where NETs spread (the liver) does not, nor
# an organ whose clause holds no tumour.
CONTAINERS = {"appendix": "appendix", "resected terminal ileum": "ileum", "excised gallbladder": "gallbladder",
              "duodenal bulb": "duodenum"}
CONTAINER_VERBS = ["contained", "harboured", "harbored"]
CONTAINED = ["a 12 mm well-differentiated NET", "two small carcinoid tumours", "a neuroendocrine tumour, grade 1"]


def container_cells():
    for (organ, site), verb, tumour in itertools.product(CONTAINERS.items(), CONTAINER_VERBS, CONTAINED):
        yield TITLED.format(f"The {organ} {verb} {tumour}."), site
        yield TITLED.format(f"The {organ} {verb} food residue; later, biopsy of a skin nodule showed {tumour}."), "skin"
    for verb in CONTAINER_VERBS:
        yield TITLED.format(f"The liver {verb} a metastatic NET deposit; the primary was in the ileum."), "ileum"


@pytest.mark.fields("primary_site")
def test_grid_the_organ_that_contained_the_tumour(run):
    assert_grid(run, container_cells(), lambda row, want: row["primary_site"] == want)


# --- 'Histology of the gastric polyps showed multiple NETs' -----------------------------------------------------------
# rules/sites.json examined_lesion_nouns: a lesion noun may stand between the examined organ and its reporting verb.
EXAMINED = {"gastric": "stomach", "rectal": "rectum", "duodenal": "duodenum", "colonic": "colon"}
EXAMINED_NOUNS = ["polyp", "polyps", "lesion", "nodule", "ulcer"]
EXAMINATIONS = ["Histology of the {o} {n} showed a well-differentiated NET.",
                "Biopsy of the {o} {n} revealed a neuroendocrine tumour, grade 1."]


def examined_lesion_cells():
    for (organ, site), noun, frame in itertools.product(EXAMINED.items(), EXAMINED_NOUNS, EXAMINATIONS):
        yield TITLED.format(frame.format(o=organ, n=noun)), site
        # the same organ and noun, no tumour found there: the tumour's own organ wins
        yield TITLED.format(f"Biopsy of the {organ} {noun} showed chronic inflammation. An ileal NET was "
                            "resected."), "ileum"


@pytest.mark.fields("primary_site")
def test_grid_the_examined_lesion_of_an_organ(run):
    assert_grid(run, examined_lesion_cells(), lambda row, want: row["primary_site"] == want)


# --- 'The tumour, located in the second portion of the duodenum, measured 15 mm' -------------------------------------
# rules/sites.json placing_participles: an aside after the tumour noun that places it names its site; an aside of
# another kind ('The tumour, seen on CT of the liver, ...') does not.
PLACES = {"the second portion of the duodenum": "duodenum", "the pancreatic tail": "pancreas",
          "the terminal ileum": "ileum", "the rectum": "rectum"}
PLACING = ["located in", "situated in", "arising in", "originating from", "arising from"]
PLACED_TUMOURS = ["The tumour", "The NET", "A well-differentiated neuroendocrine tumour"]


def placing_aside_cells():
    for (place, site), verb, t in itertools.product(PLACES.items(), PLACING, PLACED_TUMOURS):
        yield TITLED.format(f"{t}, {verb} {place}, measured 15 mm."), site
    for place, t in itertools.product(PLACES, PLACED_TUMOURS):
        yield TITLED.format(f"{t}, treated with octreotide for symptoms of {place.split()[-1]} irritation, "
                            "was stable. A gastric NET was resected."), "stomach"


@pytest.mark.fields("primary_site")
def test_grid_an_aside_that_places_the_tumour(run):
    assert_grid(run, placing_aside_cells(), lambda row, want: row["primary_site"] == want)
