"""Grids of the seventh round on metastasis sites and treatments (r7d).

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds nothing
(tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test

PRIMARY = "A 61-year-old man was known to have a well-differentiated NET of the ileum. "

# --- a relative clause that spreads a list of metastasis sites on -------------------------------------------------------
# rules/metastasis.json 'relative_spread': 'metastases to the orbit, which affected the skull and the meninges' goes on
# with the list past 'which' (a stop word of the list) when a spread verb follows it; any other relative clause still
# ends the list ('which was enlarged and pressed on the kidney').
FIRST = {"the orbit": {"orbit"}, "the left adrenal gland": {"adrenal"},
         "the back of the ocular globe": {"eye"}}  # the list's first words may name no site
SPREAD = ["affected", "involved", "also involved", "later infiltrated", "invaded", "further reached"]
REST = {"the skull and the meninges": {"bone", "meninges"}, "the liver, the lungs and the brain": {"liver", "lung", "brain"},
        "the pericardium": {"heart"}}
MET_FRAMES = ["Autopsy found metastases to {first}, which {verb} {rest}.",
              "Staging CT showed metastatic deposits in {first}, which {verb} {rest}.",
              "He had metastatic spread to {first}, which {verb} {rest}, plus the spleen."]
OTHER_CLAUSES = ["was enlarged and pressed on", "was treated before surgery on", "showed no change in"]


def relative_cells():
    for (first, want), verb, (rest, more), frame in itertools.product(FIRST.items(), SPREAD, REST.items(), MET_FRAMES):
        extra = {"spleen"} if "spleen" in frame else set()
        yield CASE.format(PRIMARY + frame.format(first=first, verb=verb, rest=rest)), want | more | extra
    # another relative clause ends the list: its objects are no metastasis sites
    for (first, want), clause in itertools.product(FIRST.items(), OTHER_CLAUSES):
        yield CASE.format(PRIMARY + f"Autopsy found metastases to {first}, which {clause} the kidney."), want


test_grid_a_relative_spread_clause_goes_on_with_the_sites = grid_test(
    relative_cells, lambda row: set(row["metastasis_sites"]), "metastasis_sites")


# --- site words in a list before a metastasis word ----------------------------------------------------------------------
# rules/sites.json: 'penile', 'muscles', 'sinuses', 'ocular globe', 'eyeball' name their organ; a word the lexicon lacks
# stops the list before a metastasis word and loses every site before it ('pulmonary, pelvic and penile metastases').
LISTED = {"penile": "penis", "hepatic": "liver", "osseous": "bone", "pulmonary": "lung"}
BEFORE_FRAMES = ["Restaging showed {a} and {b} metastases.", "She went on to develop {a}, {b} and adrenal metastases.",
                 "The scan confirmed {a} as well as {b} metastases."]
NAMED = {"the muscles of the thigh": "muscle", "the paranasal sinuses": "nasal cavity", "the sinuses": "nasal cavity",
         "the left ocular globe": "eye", "the right eyeball": "eye"}
NAMED_FRAMES = ["MRI showed metastases in {n}.", "A biopsy proved metastatic spread to {n}."]


def site_word_cells():
    for (a, b), frame in itertools.product(itertools.permutations(LISTED, 2), BEFORE_FRAMES):
        want = {LISTED[a], LISTED[b]} | ({"adrenal"} if "adrenal" in frame else set())
        yield CASE.format(PRIMARY + frame.format(a=a, b=b)), want
    for (n, site), frame in itertools.product(NAMED.items(), NAMED_FRAMES):
        yield CASE.format(PRIMARY + frame.format(n=n)), {site}
    # the same organs named with no metastasis word: no site
    for n in NAMED:
        yield CASE.format(PRIMARY + f"MRI of {n} was normal."), set()
    yield CASE.format(PRIMARY + "A penile prosthesis had been placed years before."), set()


test_grid_site_words_before_and_after_a_metastasis_word = grid_test(
    site_word_cells, lambda row: set(row["metastasis_sites"]), "metastasis_sites")


# --- a treatment joined to its isotope --------------------------------------------------------------------------------
# rules/treatments.json 'isotope_prefix': '90Y-radioembolization', 'Y90-SIRT', 'Y-90-radioembolisation' are the
# treatment their isotope is joined to (the tokenizer keeps the word whole, and the isotope is no name); a labelled
# peptide stays the radionuclide rule's, and the isotope alone or joined to a word that is no treatment is none.
ISOTOPES = ["90Y", "Y90", "Y-90", "90-Y", "166Ho", "Ho-166"]
JOINED = {"radioembolization": "TARE", "radioembolisation": "TARE", "SIRT": "TARE", "TARE": "TARE"}
ISOTOPE_FRAMES = ["The liver metastases were then treated with {w}.", "She went on to receive two sessions of {w}.",
                  "After {w} of the right lobe the lesions shrank."]


def isotope_cells():
    for iso, (name, want), frame in itertools.product(ISOTOPES, JOINED.items(), ISOTOPE_FRAMES):
        yield CASE.format(PRIMARY + frame.format(w=f"{iso}-{name}")), {want}
    for iso, frame in itertools.product(ISOTOPES, ISOTOPE_FRAMES):  # joined to no treatment's name
        yield CASE.format(PRIMARY + frame.format(w=f"{iso}-microspheres")), set()
    yield CASE.format(PRIMARY + "She went on to receive four cycles of 90Y-DOTATOC."), {"PRRT"}


test_grid_a_treatment_joined_to_its_isotope = grid_test(isotope_cells, lambda row: set(row["treatments"]), "treatments")


# --- an unheaded abstract that presents the case mid-paragraph ------------------------------------------------------
# rules/sections.json 'implicit_case_start': 'In this report, we present the case of a 20-year-old ...' and 'Here we
# report a case of <tumour> in a 45 year old ...' open the case as 'Herein, we report a 61-year-old ...' does, also in a paragraph the publisher printed with no header before the article's
# 'Introduction' and 'Case report' (which made it front matter, never read). Without such an opener the paragraph
# stays front matter.
OPENERS = ["In this report, we present", "In this report we describe", "In this paper, we report",
           "In this article, we describe", "Herein, we report", "Here we present"]
CASE_AGES = ["a 34-year-old woman", "the case of a 34-year-old woman", "a 34 year old woman",
             "a case of ovarian carcinoid in a 34-year-old woman",  # the tumour named before the age
             "the case of a primary carcinoid tumour of the ovary in a 34 year old woman"]
LEAD = "Ovarian carcinoid tumours are rare and usually indolent. "
AFTER = (" who had a carcinoid tumour of the right ovary. She underwent a laparoscopic right oophorectomy and recovered"
         " well.\n\nIntroduction\nCarcinoid tumours of the ovary are rare and often found incidentally.\n\n"
         "Case report\nThe woman came to the clinic with pelvic pain.\n")


def opener_cells():
    for opener, who in itertools.product(OPENERS, CASE_AGES):
        yield f"A rare ovarian tumour\n\n{LEAD}{opener} {who}{AFTER}", {"surgery"}
    for opener in ["In this report, we review", "In this paper, we discuss", "In this article, we summarise"]:
        yield f"A rare ovarian tumour\n\n{LEAD}{opener} the literature on 34 cases{AFTER}", set()


test_grid_a_case_opener_after_a_report_phrase_starts_the_case = grid_test(
    opener_cells, lambda row: set(row["treatments"]), "treatments")


# --- lesions 'involving' a distant organ --------------------------------------------------------------------------------
# rules/metastasis.json 'distant_lesion_prepositions': in a report that states metastasis, lesions involving a distant
# organ name it as lesions in it do ('lytic lesions involving the axial skeleton, a rectal mass and liver metastases');
# lesions the sentence denies name none.
DISTANT = {"the axial skeleton": "bone", "both adrenal glands": "adrenal", "the lungs": "lung", "the spleen": "spleen"}
LESIONS = ["lytic lesions", "multiple lesions", "several nodules", "innumerable small lesions"]
STATED = "Staging showed metastatic disease. "


def involving_cells():
    for (organ, site), lesions in itertools.product(DISTANT.items(), LESIONS):
        yield CASE.format(PRIMARY + STATED + f"CT showed {lesions} involving {organ}."), {site}
        yield CASE.format(PRIMARY + STATED + f"CT showed no {lesions.split()[-1]} involving {organ}."), set()


test_grid_lesions_involving_a_distant_organ = grid_test(
    involving_cells, lambda row: set(row["metastasis_sites"]), "metastasis_sites")
