"""Grids of metastasis and site wordings found by probing (r5-meta, fifth round): own-words case texts in the
common ways reports name where a NET has spread, where it began, and that it has not spread, run through the
pipeline; each shape that failed is a grid here. Sites a list of organs missed (the trachea, the penis, the
jaw and pelvic bones as bone), lymph nodes a tumour spread to or recurred in, a 'distant' right before a
denied metastasis word, and the primary's wordings (below).

Each grid crosses the parts of one shape and pairs every absence with a presence in the same frame, so it
fails when its extractor finds nothing (tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid, framed_cells, grid_test

TUMOURS = ["an ileal NET", "a pancreatic neuroendocrine tumour", "a rectal carcinoid", "a gastric NEC"]


def _sites(row) -> tuple:
    return row["metastasis"], tuple(sorted(row["metastasis_sites"]))


# --- sites a list of organs missed ------------------------------------------------------------------------------
# The trachea and the penis are organs of their own; the jaw bones and the bones of the pelvis are bone. ('penile'
# stays out: a 'penile lesion' is most often a skin lesion, and a generic tumour noun would vote for it.)
ORGAN_WORDS = {"trachea": ["trachea", "tracheal"], "penis": ["penis"],
               "bone": ["mandible", "mandibular", "maxilla", "ilium", "iliac crest", "acetabulum"]}
ORGAN_FRAMES = ["A 60-year-old man with {t} developed a metastasis in the {w}.",
                "A 60-year-old man with {t} was found to have {w} metastases on CT.",
                "PET/CT in this patient with {t} showed a metastasis of the {w}."]


def organ_word_cells():
    for (organ, words), t, frame in itertools.product(ORGAN_WORDS.items(), TUMOURS, ORGAN_FRAMES):
        for w in words:
            adjective = w.endswith(("al", "ile", "ar"))
            if adjective == ("{w} metastases" in frame):
                yield CASE.format(frame.format(t=t, w=w)), ("yes", (organ,))
    # a local invasion of the trachea (no metastasis word) is no metastasis
    for t in TUMOURS:
        yield CASE.format(f"A 60-year-old man with {t} had a mass that invaded the trachea."), ("unknown", ())


test_grid_organs_a_site_list_missed = grid_test(organ_word_cells, _sites, "metastasis", "metastasis_sites")


# --- lymph nodes a tumour spread to, or recurred in ------------------------------------------------------------
# 'had spread to the regional lymph nodes and the liver', 'a recurrence in the para-aortic lymph nodes': nodes a
# spread or recurrence word reaches are a nodal metastasis (ANNOTATION.md lists 'lymph node'), not local spread;
# a spread into the lymphatic vessels names no nodes.
NODES = ["the regional lymph nodes", "the mesenteric lymph nodes", "two para-aortic nodes", "the cervical lymph nodes"]
NODE_FRAMES = [("The tumour had spread to {n}.", ("lymph node",)),
               ("The tumour had spread to {n} and the liver.", ("liver", "lymph node")),
               ("Three years after surgery, a recurrence in {n} was found.", ("lymph node",)),
               ("PET/CT showed tumour involvement of {n}.", ("lymph node",))]


def node_spread_cells():
    for t, n, (frame, want) in itertools.product(TUMOURS, NODES, NODE_FRAMES):
        yield CASE.format(f"A 57-year-old woman had {t} resected. " + frame.format(n=n)), ("yes", want)
    for t in TUMOURS:
        yield CASE.format(f"A 57-year-old woman had {t} resected. The tumour showed lymphatic spread."), ("unknown", ())


test_grid_lymph_nodes_a_tumour_spread_to = grid_test(node_spread_cells, _sites, "metastasis", "metastasis_sites")


# --- 'distant' right before a denied metastasis word -----------------------------------------------------------
# 'No lymph node or distant metastasis was found in the resected appendix NET': the word for the rest of the body
# stands before the metastasis word, so the denial is of every metastasis ('no'), though the only organ after it
# is the tumour's own; a denial of named organs alone still says nothing of the rest ('unknown').
DENIALS = ["No lymph node or distant metastasis was found in the resected {o} NET.",
           "There was no nodal or distant metastasis in the {o} specimen.",
           "No regional or distant metastases were seen in the {o} tumour on CT.",
           "No other metastases were detected apart from the {o} NET."]
ORGANS = {"appendix": "appendiceal", "rectum": "rectal", "ileum": "ileal", "stomach": "gastric"}


def distant_denial_cells():
    for organ, frame in itertools.product(ORGANS, DENIALS):
        yield CASE.format(f"A 40-year-old woman had a 9 mm NET of the {organ}. " + frame.format(o=organ)), ("no", ())
        yield CASE.format(f"A 40-year-old woman had a 9 mm NET of the {organ}. "
                          f"No hepatic metastases were seen in the {organ} NET workup."), ("unknown", ())
        yield CASE.format(f"A 40-year-old woman had a 9 mm NET of the {organ}. "
                          "CT showed distant metastases in the liver."), ("yes", ("liver",))


test_grid_distant_before_a_denied_metastasis_word = grid_test(
    distant_denial_cells, _sites, "metastasis", "metastasis_sites")


# --- the primary: an organ's part, an adverb, 'primary' as the noun, a metastasis word pointing elsewhere -------
# 'a mass in the uncinate process of the pancreas', 'a NEC of the ascending colon', 'the primary tumour was
# subsequently found in the small bowel': words of an organ's part and adverbs of time stand between a tumour
# noun and its organ as location words do; 'the primary was in the caecum' votes as 'primary' before a site
# does; 'a carcinoid of the ileum metastatic to the liver', 'a NET was found in the pancreas with metastases to
# the liver': a metastasis word after the organ that points on to another organ leaves the organ the origin.
PARTS = [("a mass in the uncinate process of the pancreas", "pancreas"),
         ("a NEC of the ascending colon", "colon"), ("a NET in the descending colon", "colon"),
         ("a tumour of the transverse colon", "colon"), ("a NET of the gastric fundus", "stomach"),
         ("a polyp in the antrum of the stomach", "stomach"), ("a NET in the bulb of the duodenum", "duodenum"),
         ("a tumour on the lesser curvature of the stomach", "stomach"),
         ("a mass in the left main bronchus", "lung"), ("an endobronchial carcinoid", "lung")]
ADVERBS = ["subsequently", "eventually", "ultimately"]
OTHER = ("Biopsy of the liver mass showed a metastatic NET; ", "Liver metastases were found; ")


def primary_wording_cells():
    for wording, organ in PARTS:
        yield CASE.format(f"Endoscopy showed {wording}."), organ
        bare = wording.split(' of ')[0].split(' in ')[0].split(' on ')[0]
        if bare != wording:
            yield CASE.format(f"Endoscopy showed {bare}."), None
    organs = {"small bowel": "small intestine", "jejunum": "jejunum", "caecum": "colon", "pancreatic tail": "pancreas"}
    for (place, organ), adverb, opening in itertools.product(organs.items(), ADVERBS, OTHER):
        yield CASE.format(opening + f"the primary tumour was {adverb} found in the {place}."), organ
    for (place, organ), opening in itertools.product(organs.items(), OTHER):
        yield CASE.format(opening + f"colonoscopy later revealed the primary in the {place}."), organ
        yield CASE.format(opening + f"the primary was in the {place}."), organ
    for (place, organ), frame in itertools.product(
            {"ileum": "ileum", "pancreas": "pancreas", "rectum": "rectum", "stomach": "stomach"}.items(),
            ["A carcinoid of the {p} metastatic to the liver was found.",
             "A neuroendocrine tumour was found in the {p} with metastases to the liver.",
             "A NET arising in the {p} with metastasis to the lungs was diagnosed."]):
        yield CASE.format(frame.format(p=place)), organ


test_grid_primary_site_wordings = grid_test(primary_wording_cells, lambda row: row["primary_site"], "primary_site")


def metastatic_to_cells():
    """The organ before 'metastatic to' is no metastasis site; the organ after it is."""
    for organ, adjective in [("ileum", "ileal"), ("pancreas", "pancreatic"), ("rectum", "rectal")]:
        yield CASE.format(f"A carcinoid of the {organ} metastatic to the liver was found."), ("yes", ("liver",))
        yield CASE.format(f"A carcinoid of the {organ} metastatic to the bones was found."), ("yes", ("bone",))
        yield CASE.format(f"A {adjective} carcinoid was found; no metastases were seen."), ("no", ())


test_grid_the_organ_before_metastatic_to_is_the_origin = grid_test(
    metastatic_to_cells, _sites, "metastasis", "metastasis_sites")


# --- the preposition said again in a list of sites -------------------------------------------------------------
# 'metastases in the liver as well as in the left adrenal gland', 'to the lungs and to the bones': after a site
# and list joiners only, the preposition starts the count of words before the next site again; after other
# words ('a tumour in the pancreas') it does not.
REPEATS = ["and in", "and also in", ", as well as in", "as well as in", "and in both"]
SECOND = {"adrenal": "left adrenal gland", "bone": "thoracic vertebrae", "lung": "lower lobe of the right lung"}


def repeated_preposition_cells():
    for (organ, words), joiner, t in itertools.product(SECOND.items(), REPEATS, TUMOURS[:2]):
        text = f"A 66-year-old man with {t} had metastases in the liver {joiner} the {words}."
        yield CASE.format(text.replace(" ,", ",")), ("yes", tuple(sorted(("liver", organ))))
    for t in TUMOURS:
        yield CASE.format(f"A 66-year-old man with {t} had metastases in segment 4 and a cyst in the left "
                          "kidney."), ("yes", ())


test_grid_the_preposition_said_again_in_a_list = grid_test(
    repeated_preposition_cells, _sites, "metastasis", "metastasis_sites")


# --- deposits in a distant organ -------------------------------------------------------------------------------
# 'hepatic deposits', 'deposits in the liver', 'peritoneal deposits' are metastases, as a recurrence there is
# (only with a distant site: 'deposits' alone say nothing); a substance that deposits ('iron deposits in the
# liver', 'amyloid deposits') is no tumour.
DEPOSITS = {"liver": ["hepatic deposits", "deposits in the liver", "multiple liver deposits"],
            "peritoneum": ["peritoneal deposits", "deposits on the peritoneum"],
            "bone": ["bone deposits", "deposits in the spine"], "lung": ["deposits in both lungs"]}
SUBSTANCES = ["iron", "amyloid", "fatty", "calcium"]


def deposit_cells():
    frames = ["CT showed {d}.", "At laparotomy {d} were found."]
    for (organ, wordings), frame in itertools.product(DEPOSITS.items(), frames):
        for d in wordings:
            yield CASE.format("A 59-year-old woman had an ileal NET. " + frame.format(d=d)), ("yes", (organ,))
    for substance in SUBSTANCES:
        yield CASE.format(f"A 59-year-old woman had an ileal NET. MRI showed {substance} deposits in the liver."), \
            ("unknown", ())
    yield CASE.format("A 59-year-old woman had an ileal NET. Deposits were seen on the slides."), ("unknown", ())


test_grid_deposits_in_a_distant_organ = grid_test(deposit_cells, _sites, "metastasis", "metastasis_sites")


# --- 'primary' before link words, and the uptake a summing-up phrase calls metastases ------------------------
# 'The primary site was the ileum', 'Primary tumour site: pancreas (tail)': 'primary' votes for the site across
# link words only (sites.json primary_links); across other words ('the primary surgeon was in the ...') it does
# not. 'Octreotide scan showed uptake in the liver and bones, consistent with metastases': uptake is a lesion
# noun, so the sites after it are summed up.
PRIMARY_LINKS = ["The primary site was the {s}.", "Primary site: {s}.", "Primary tumour site: {s} (on CT).",
                 "The primary tumor location was the {s}.", "The primary lesion is the {s}."]
PRIMARY_ORGANS = {"ileum": "ileum", "jejunum": "jejunum", "pancreas": "pancreas", "caecum": "colon"}


def primary_link_cells():
    yield from framed_cells("Liver metastases of a NET were found. ", PRIMARY_LINKS, PRIMARY_ORGANS, key="s")
    for place in PRIMARY_ORGANS:  # 'primary' before no link word: no vote
        yield CASE.format(f"Liver metastases of a NET were found. The primary care doctor examined the {place} "
                          "region."), None


test_grid_primary_before_link_words = grid_test(primary_link_cells, lambda row: row["primary_site"], "primary_site")


SCANS = ["Octreotide scan", "68Ga-DOTATATE PET/CT", "Somatostatin receptor scintigraphy"]
UPTAKES = {("liver", "bone"): "in the liver and several bones", ("liver",): "in both hepatic lobes",
           ("bone", "lung"): "in the spine and in the right lung"}
SUMMARIES = ["consistent with metastases", "compatible with metastatic disease", "in keeping with metastases"]


def uptake_cells():
    for scan, (sites, where), summary in itertools.product(SCANS, UPTAKES.items(), SUMMARIES):
        text = f"A 61-year-old man had a rectal NET. {scan} showed increased uptake {where}, {summary}."
        yield CASE.format(text), ("yes", tuple(sorted(sites)))
    for scan in SCANS:
        yield CASE.format(f"A 61-year-old man had a rectal NET. {scan} showed increased uptake in the liver."), \
            ("unknown", ())


test_grid_uptake_summed_up_as_metastases = grid_test(uptake_cells, _sites, "metastasis", "metastasis_sites")


# --- a search for metastases, and what is common in a class of tumours ----------------------------------------
# 'We searched for metastases with PET/CT', 'the liver was examined for metastases': a search names no finding
# (the HYPOTHETICAL search cue of rules/context.json; a reporting verb after it still reports one). 'Liver
# metastases are common in small bowel NETs', 'Most NETs of the ileum present with metastases': the class, not
# the patient (OTHER_PATIENT).
SEARCHES = ["We searched for metastases with 68Ga-DOTATATE PET/CT.", "The liver was examined for metastases by MRI.",
            "She was investigated for metastatic disease.", "We looked for liver metastases on CT."]
CLASS_STATEMENTS = ["Liver metastases are common in small bowel NETs.", "Lymph node metastasis is common in "
                    "gastric NECs.", "Most NETs of the ileum present with liver metastases."]


def search_and_class_cells():
    opening = "A 47-year-old woman had a 12 mm rectal NET removed endoscopically. "
    for sentence in SEARCHES + CLASS_STATEMENTS:
        yield CASE.format(opening + sentence), ("unknown", ())
    yield CASE.format(opening + "We searched for metastases with PET/CT, which showed liver metastases."), \
        ("yes", ("liver",))
    yield CASE.format(opening + "CT showed liver metastases."), ("yes", ("liver",))


test_grid_a_search_and_a_class_statement_name_no_metastasis = grid_test(
    search_and_class_cells, _sites, "metastasis", "metastasis_sites")


# --- the organ whose pathology shows the tumour ----------------------------------------------------------------
# 'Histopathology of the appendix revealed a well-differentiated NET': the organ a pathology word examines,
# before a reporting verb and a NET noun, votes for the primary; not an organ where NETs spread ('biopsy of the
# liver showed a NET' finds a metastasis), nor without a NET noun after the verb.
EXAMINATIONS = ["Histopathology of the {o} revealed a well-differentiated NET.",
                "Histology of the {o} showed a carcinoid.", "Pathology of the {o} confirmed a NET G1."]
EXAMINED = {"appendix": "appendix", "ileum": "ileum", "stomach": "stomach", "gallbladder": "gallbladder"}


def examined_organ_cells():
    yield from framed_cells("A 35-year-old woman had abdominal pain. ", EXAMINATIONS, EXAMINED, key="o")
    for frame, place in itertools.product(EXAMINATIONS, EXAMINED):  # no NET noun after the verb: no vote
        yield CASE.format("A 35-year-old woman had abdominal pain. "
                          + frame.format(o=place).split(" revealed")[0].split(" showed")[0].split(" confirmed")[0]
                          + " revealed inflammation."), None
    yield CASE.format("A 35-year-old woman had abdominal pain. " + EXAMINATIONS[0].format(o="liver")), None


test_grid_the_organ_whose_pathology_shows_the_tumour = grid_test(
    examined_organ_cells, lambda row: row["primary_site"], "primary_site")


def examined_organ_unknown_primary_cells():
    """A report that says no primary was found: the examined organ is where the tumour presented."""
    finding = "Histopathology of the {p} revealed a well-differentiated NET."
    for place in ["ileum", "stomach", "gallbladder"]:
        yield CASE.format(finding.format(p=place) + " The primary remained unknown despite imaging."), None
        yield CASE.format(finding.format(p=place)), place


test_grid_an_examined_organ_of_an_unknown_primary_is_no_primary = grid_test(
    examined_organ_unknown_primary_cells, lambda row: row["primary_site"], "primary_site")


# --- lead, fifth round: the larynx's levels as location words ---------------------------------------------
# 'supraglottic', 'subglottic' and 'glottic' name a level of the larynx, as 'ascending' names a part of the
# colon: between the tumour's preposition and the organ they leave the organ's vote standing.
LARYNX_LEVELS = ["supraglottic", "subglottic", "glottic"]
LARYNX_TUMOURS = ["an atypical carcinoid", "a well-differentiated neuroendocrine tumour", "a small cell carcinoma"]
LARYNX_FRAMES = ["A 64-year-old man was diagnosed with {t} of the {lvl} larynx.",
                 "Biopsy showed {t} arising in the {lvl} larynx."]


def larynx_cells():
    for lvl, t, frame in itertools.product(LARYNX_LEVELS, LARYNX_TUMOURS, LARYNX_FRAMES):
        yield CASE.format(frame.format(t=t, lvl=lvl)), "larynx"
        # the level of a normal larynx names no primary: the tumour's own organ does
        yield CASE.format(f"A 64-year-old man had {t} of the ileum; the {lvl} larynx was normal."), "ileum"


test_grid_larynx_levels_keep_the_larynx = grid_test(larynx_cells, lambda row: row["primary_site"], "primary_site")


# --- lead, fifth round: 'none of the N lymph nodes ...' ----------------------------------------------------
# A pathology report's count of nodes with none involved is a negation of every node ('none of' in the
# forward NEGATED cue with 'no'): no nodal metastasis, and the row says no metastasis. The same sentence with
# a count of involved nodes ('two of the 12 lymph nodes') is a nodal metastasis.
NODE_COUNTS = ["the 12 lymph nodes", "the 18 resected lymph nodes", "the retrieved lymph nodes", "12 lymph nodes"]
NODE_FINDINGS = ["contained metastatic tumour", "showed metastasis", "were involved by metastatic carcinoid",
                 "harboured metastases"]


def none_of_nodes_cells():
    for nodes, finding in itertools.product(NODE_COUNTS, NODE_FINDINGS):
        lead = "A 64-year-old man had a rectal NET, which was resected. "
        yield CASE.format(f"{lead}None of {nodes} {finding}."), ("no", ())
        yield CASE.format(f"{lead}Two of {nodes} {finding}."), ("yes", ("lymph node",))


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_grid_none_of_the_nodes_is_no_nodal_metastasis(run):
    assert_grid(run, none_of_nodes_cells(),
                lambda row, want: (row["metastasis"], tuple(row["metastasis_sites"])) == want)
