"""Grids of the tenth round (r10b): the mechanisms the eighth round's study errors left open, each written
out in its commonest variants in sentences of our own.

- Sites: the short forms 'LN' and 'LNs' as the lymph nodes, matched as written (rules/sites.json
  sites_as_written); the vagina as a site; a hyphenated region adjective ('para-aortic') or the node
  region 'neck' between coordinated sites ('lung and neck LN metastases'); the vagina of a cervical or
  endometrial primary is its own T-stage extension, no metastasis site (sites.json local_extension).
- Opening clauses: a sentence that opens with a concessive clause ('Although ..., ', 'Though', 'Even
  though', 'While', 'Despite <noun phrase>,') holds two clauses, so a negation, a hypothetical or a
  generic statement's general present in one does not reach the facts of the other
  (rules/context.json clause_boundaries.opening_clauses).
- Comparisons with the literature: 'Unlike previously reported cases, she had ...', 'In contrast to the
  literature, ...': the patient as the subject after a comma (', she', ', his', ', we': after_comma
  boundaries) keeps the literature's cue in its phrase, while a sentence whose main clause is about
  other patients too stays theirs; an other-patient cue yields to the index patient named in its own
  clause only ('such NETs have been described only in the literature; our case is ...').
- A citation mark glued to 'et al.' ('Jones et al.[3] described ...', 'et al.,[3]', 'et al.(3)') is split
  off by the tokenizer (pipeline/nlp.py), so 'et al.' stays the literature's cue.
- An organ that names an operation for the tumour is not the tumour's ('Liver transplant for
  neuroendocrine tumour', 'hepatic resection for carcinoid'): 'for' breaks a site from the tumour noun
  after it (rules/sites.json site_tumour_breaks).
- 'No adverse events were reported during lanreotide treatment': a 'reported' cue in a clause that denies
  a finding is the report's own course (rules/context.json, its own cue rule blocked by 'no').
- Sex from a PubMed page's MeSH headings ('MeSH terms', then 'Female'), the one of the two among
  them, last of all sources (pipeline/extractors/mesh_sex.py).
- 'Not all of the liver metastases were removed', 'not every': a count, no negation (a pseudo-cue of
  rules/context.json).

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import CASE, grid_test, told_cells

ILEAL = "A 61-year-old woman had a well-differentiated NET of the ileum, which was resected. "


def sites(row) -> set:
    return set(row["metastasis_sites"])


# --- sites: LN, LNs, the vagina, a region between coordinated sites ----------------------------------------
SITE_FRAMES = ["Staging CT showed metastases to the liver and the {n}.", "Staging CT showed metastases to the {n} and the liver.",
               "She had liver and {a} metastases.", "She had {a} and liver metastases.",
               "Metastases were found in the liver and the {n}.", "The tumour had metastasized to the liver and the {n}.",
               "Metastatic deposits were seen in the liver and the {n}.", "CT revealed multiple metastases (liver, {n}).",
               "Follow-up CT showed new {a} metastases and liver metastases."]
# noun form, the form before 'metastases', the site
SITE_FILLINGS = [("LNs", "LN", "lymph node"), ("para-aortic LNs", "para-aortic LN", "lymph node"),
                 ("mediastinal LNs", "mediastinal LN", "lymph node"), ("para-aortic lymph nodes", "para-aortic lymph node", "lymph node"),
                 ("neck LNs", "neck LN", "lymph node"), ("vagina", "vaginal", "vagina")]


def site_cells():
    for frame in SITE_FRAMES:
        for noun, before, site in SITE_FILLINGS:
            yield CASE.format(ILEAL + frame.format(n=noun, a=before)), {"liver", site}
    # the vagina of a cervical or endometrial cancer is its own spread; of an ileal NET a metastasis
    for organ in ("cervix", "uterine cervix", "endometrium", "uterus"):
        opening = f"A 45-year-old woman had a small cell carcinoma of the {organ}, which was resected. "
        yield CASE.format(opening + "Metastases were found in the pelvic lymph nodes and the vaginal stump."), {"lymph node"}
        yield CASE.format(opening + "CT showed metastases to the para-aortic LNs and the vagina."), {"lymph node"}
    yield CASE.format(ILEAL + "Metastases were found in the pelvic lymph nodes and the vaginal stump."), {"lymph node", "vagina"}
    # a short form without a metastasis is no site; with one it is
    yield from told_cells(ILEAL, {"A regional LN dissection was performed.": set(),
                                  "The LNs were free of tumour.": set(),
                                  "Metastases were found in 2 of 14 LNs.": {"lymph node"}})


test_grid_site_short_forms_and_the_vagina = grid_test(site_cells, sites, "metastasis_sites")


# --- opening concessive clauses: each clause keeps its own cues --------------------------------------------
CONCESSIVE_FRAMES = ["Although {a}, {b}.", "Though {a}, {b}.", "Even though {a}, {b}.", "While {a}, {b}."]
# (concessive clause, main clause) -> the sites of the row
SITE_PAIRS = {("no lymph node metastases were found", "CT showed multiple liver metastases"): {"liver"},
              ("no lymph nodes were involved", "liver metastases were seen on CT"): {"liver"},
              ("liver metastases were found on CT", "no bone metastases were seen"): {"liver"},
              ("liver metastases were found on CT", "bone metastases were not seen"): {"liver"},
              ("liver metastases were found on CT", "a bone metastasis was ruled out"): {"liver"},
              ("bone metastases were suspected", "CT showed only liver metastases"): {"liver"}}
# (concessive clause, main clause) -> the treatments besides the resection
TREATMENT_PAIRS = {("a second operation was considered", "she received lanreotide"): {"lanreotide"},
                   ("she was given lanreotide", "PRRT was not performed"): {"lanreotide"},
                   ("she was given lanreotide", "PRRT was declined"): {"lanreotide"},
                   ("PRRT and everolimus are the usual treatments", "she received lanreotide"): {"lanreotide"},
                   ("many treatments, including PRRT, everolimus, and sunitinib, are available",
                    "she was given lanreotide"): {"lanreotide"},
                   ("PRRT remains the mainstay of treatment", "she was given lanreotide"): {"lanreotide"}}
DESPITE = {"Despite no lymph node involvement, liver metastases were seen on CT.": {"liver"},
           "Despite the absence of nodal metastases, CT showed liver metastases.": {"liver"},
           "Despite no evidence of bone metastases, liver metastases were seen on CT.": {"liver"},
           "In spite of no nodal involvement, liver metastases were seen on CT.": {"liver"},
           "Despite treatment with lanreotide, she developed liver metastases.": {"liver"},
           "Despite the liver metastases, bone metastases were not seen.": {"liver"},
           # absences: a concessive clause that denies or doubts every site it names
           "Although liver metastases were suspected on CT, none were found at surgery.": set(),
           "Although no metastases were found, the nodes were enlarged.": set()}


def concessive_cells(pairs):
    def cells():
        for frame in CONCESSIVE_FRAMES:
            for (first, second), want in pairs.items():
                yield CASE.format(ILEAL + frame.format(a=first, b=second)), want
    return cells


def concessive_site_cells():
    yield from concessive_cells(SITE_PAIRS)()
    yield from told_cells(ILEAL, DESPITE)


test_grid_concessive_clause_keeps_its_cues_sites = grid_test(concessive_site_cells, sites, "metastasis_sites")
test_grid_concessive_clause_keeps_its_cues_treatments = grid_test(
    concessive_cells(TREATMENT_PAIRS), lambda row: set(row["treatments"]) - {"surgery"}, "treatments")


# --- comparisons with the literature: the patient's facts stay hers ---------------------------------------
LEADS = ["Unlike {o}", "In contrast to {o}", "As in {o}", "Similar to {o}", "Compared with {o}", "Contrary to {o}",
         "Like {o}", "In line with {o}", "Consistent with {o}", "As described in {o}", "Differently from {o}"]
OTHERS = ["previously reported cases", "the cases reported in the literature", "the literature",
          "the patients described by Smith et al."]
# the main clause about the index patient -> (sites, treatments besides the resection); about other patients
# the same fields empty
NONE = frozenset()
INDEX_CLAUSES = {"{l}, our patient had liver metastases.": ({"liver"}, NONE),
                 "{l}, she had liver metastases at diagnosis.": ({"liver"}, NONE),
                 "{l}, he had bone metastases.": ({"bone"}, NONE),
                 "{l}, the present patient was treated with lanreotide.": (NONE, {"lanreotide"}),
                 "{l}, she was given everolimus.": (NONE, {"everolimus"})}
OTHER_CLAUSES = {"{l}, liver metastases were present in most patients.": (NONE, NONE),
                 "{l}, lanreotide was given to most patients.": (NONE, NONE),
                 "{l}, bone metastases occur in a third of patients.": (NONE, NONE),
                 "{l}, these patients were treated with everolimus.": (NONE, NONE),
                 "{l}, the tumours of these patients had spread to the liver.": (NONE, NONE)}
SAME_CLAUSE = {  # the literature's clause beside the patient's, and the literature's cue inside her clause
    "Mesenteric NETs with liver metastases have been described only in the literature; our case is the"
    " first.": (NONE, NONE),
    "Liver metastases are described in most reported cases; our patient had bone metastases.": ({"bone"}, NONE),
    "Our patient, like previously reported cases, had liver metastases.": ({"liver"}, NONE)}


def comparison_cells():
    for lead in LEADS:
        for other in OTHERS:
            intro = lead.format(o=other)
            for frame, want in {**INDEX_CLAUSES, **OTHER_CLAUSES}.items():
                yield CASE.format(ILEAL + frame.format(l=intro)), want
    yield from told_cells(ILEAL, SAME_CLAUSE)


test_grid_comparison_with_the_literature = grid_test(
    comparison_cells, lambda row: (set(row["metastasis_sites"]), set(row["treatments"]) - {"surgery"}),
    "metastasis_sites", "treatments")


# --- a citation glued to 'et al.' ('Murphy et al.[2] reported ...') -----------------------------------------
CITATIONS = ["[3]", "[3,4]", "[3-5]", "(3)", ",[3]", " [3]", ""]
CITING = ["Jones et al.{c} described liver metastases in such a tumour.",
          "In 2001, Jones et al.{c} reported the first case with liver metastases.",
          "Liver metastases were described by Jones et al.{c} in a similar case."]


def citation_cells():
    for frame in CITING:
        for mark in CITATIONS:
            # the literature's liver, her own bones
            yield CASE.format(ILEAL + frame.format(c=mark) + " Her CT showed bone metastases."), {"bone"}


test_grid_citation_glued_to_et_al = grid_test(citation_cells, sites, "metastasis_sites")


# --- 'no ... were reported': the report's own course, not the literature's ---------------------------------
DENIED_REPORTS = {
    "No complications were reported, and she remained free of disease at 12 months.": ("alive, no disease", []),
    "No adverse events were reported during lanreotide treatment.": (None, ["lanreotide"]),
    "No adverse events were reported after the first injection of lanreotide.": (None, ["lanreotide"]),
    "No further hypoglycaemia was reported, and she was free of disease at 12 months.": ("alive, no disease", []),
    # absences: the literature's reports
    "Liver metastases were reported in 12 cases treated with lanreotide.": (None, []),
    "A response to lanreotide was reported in similar cases.": (None, []),
    "Recurrence was reported in 10% of patients after lanreotide.": (None, []),
    "In such cases, no recurrence was reported after lanreotide.": (None, []),
    "No recurrence was reported in such cases.": (None, []),
}


def denied_report_cells():
    yield from told_cells(ILEAL, DENIED_REPORTS)


test_grid_denied_report_is_the_patients = grid_test(
    denied_report_cells, lambda row: (row["outcome"], sorted(set(row["treatments"]) - {"surgery"})),
    "outcome", "treatments")


# --- an organ that names an operation for the tumour is not the tumour's ('liver transplant for NET') ------
OPERATIONS = ["liver transplant", "liver transplantation", "hepatic resection", "lung surgery", "bone radiotherapy",
              "hepatic artery embolization"]
FOR_TUMOUR = ["He then had a {op} for neuroendocrine tumour.", "A {op} for carcinoid followed.",
              "He was listed for {op} for NET.", "{op} for neuroendocrine tumour: a case report."]


def operation_for_tumour_cells():
    for opening, primary in (("A 50-year-old man had a neuroendocrine tumour of the rectum. ", "rectum"),
                             ("A 50-year-old man was seen in 2010. ", None)):
        for frame in FOR_TUMOUR:
            for operation in OPERATIONS:
                sentence = frame.format(op=operation)
                yield CASE.format(opening + sentence[0].upper() + sentence[1:]), primary
    # a site that does name the tumour, beside the operation's organ
    yield CASE.format("A 50-year-old man had a liver transplant for a pancreatic neuroendocrine tumour.\n"), "pancreas"


test_grid_operation_organ_for_the_tumour = grid_test(operation_for_tumour_cells, lambda row: row["primary_site"],
                                                     "primary_site")


# --- the MeSH headings of a PubMed page name the patient's sex, last -----------------------------------------
NO_SEX_CASE = "A 52-year-old patient had a rectal NET of 8 mm, which was resected endoscopically.\n"
MESH_BLOCKS = ["MeSH terms\n\n  • Adult\n  • {s}\n  • Humans\n  • Neuroendocrine Tumors / pathology*\n",
               "MeSH Terms\nAdult\n{s}\nHumans\nRectal Neoplasms\n",
               "MeSH terms: Adult; {s}; Humans; Rectal Neoplasms / surgery\n",
               "MeSH: Adult, {s}, Humans\n"]


def mesh_cells():
    for block in MESH_BLOCKS:
        for heading, sex in (("Female", "female"), ("Male", "male")):
            yield "Case presentation\n" + NO_SEX_CASE + "\n" + block.format(s=heading), sex
        # both headings (a family's report) say nothing; a noun or the pronouns come first
        yield "Case presentation\n" + NO_SEX_CASE + "\n" + block.format(s="Female\n  • Male"), None
        yield "Case presentation\nA 52-year-old man had a rectal NET.\n\n" + block.format(s="Female"), "male"
        yield ("Case presentation\n" + NO_SEX_CASE + "She recovered well and she is free of disease.\n\n"
               + block.format(s="Male")), "female"
    # a mesh that is no MeSH list
    yield "Case presentation\n" + NO_SEX_CASE + "A polypropylene mesh was placed.\nFemale\n", None


test_grid_sex_from_mesh_headings = grid_test(mesh_cells, lambda row: row["sex"], "sex")


# --- 'not all' and 'not every' count, they deny nothing --------------------------------------------------------
NOT_ALL = {"Not all of the liver metastases were removed.": {"liver"},
           "Not every liver metastasis was treated.": {"liver"},
           "Not all of her bone metastases responded to PRRT.": {"bone"},
           "Not all liver metastases were ablated at the first session.": {"liver"},
           "Not every bone metastasis took up the tracer.": {"bone"},
           # absences: a plain negation still denies them
           "No liver metastases were seen.": set(), "There were not any bone metastases.": set(),
           "Liver metastases were not seen at all.": set()}

test_grid_not_all_denies_nothing = grid_test(lambda: told_cells(ILEAL, NOT_ALL), sites, "metastasis_sites")
