"""Grids of the twelfth round (site): the metastasis, its sites and the primary's organ in three shapes of the
genre, written out in sentences of our own, each in a short case section.

- Sites implied by an operation or a compound word. An organ joined to a word of extent in one hyphenated
  token ('liver-only disease', 'bone-limited metastases', 'liver-predominant metastatic disease') names its
  organ, and an organ NETs spread to makes the word a metastasis of its own (rules/metastasis.json
  extent_compounds; pipeline/affix_ruler.py). The organ of an operation done for metastases that name none
  ('hepatectomy for metastases', 'liver resection for metastatic disease': treated_organ). A metastasectomy
  'of' an organ's nodule names what it removed, not an origin (removal_suffixes). A metastasis word that
  opens with its own site crosses a conjunction to the site before it ('hepatic and nodal spread').
- Hedged lesions. ANNOTATION.md takes the metastasis 'as stated, never inferred', and 'no' only when the
  text says there is none. Our reading, the one the earlier rounds and the study gold follow: a lone
  lesion the report only guesses at ('a liver nodule suspicious for metastasis', 'likely a metastasis',
  'probable liver metastases', 'metastases could not be excluded') states no metastasis, and no 'no'
  either; findings seen and then summed up as metastases, hedge and all ('nodules in the liver and the
  lungs, likely metastases'), are what the report goes on to treat, and count with their organs; a word of
  diagnosis ('consistent with', 'in keeping with', 'representing') is no hedge. A guess the same clause
  confirms is a finding ('... was biopsied, confirming a metastatic NET'); one a biopsy disproves is none.
  New here: 'likely', 'suggested', 'probably', 'presumably', 'worrisome for', 'indeterminate for' as hedges of a
  metastasis word (rules/context.json), 'likely' as a summing-up phrase, and 'confirming' in the suspicion's clause.
- Traced from the study errors: the nodes' predicate said before them, across the adjectives of their region
  ('three positive mesenteric lymph nodes', 'involved regional nodes'; 'negative ... nodes' says none:
  rules/metastasis.json node_predicate.attributive); several 'masses' in an organ vote for the primary there,
  except in a distant organ (rules/sites.json tumour_nouns, distant_plural_nouns).
- The primary's organ in metastasis sentences: unknown primary, 'metastases from a small-bowel NET', 'a
  pancreatic primary was found', 'the primary was located in the ileum', 'its primary lay in the
  duodenum' (location_words 'lay', 'lies'), a site in the title only; and the look-alikes of an organ
  where no primary was found ('the pancreas showed no primary lesion': site_tumour_breaks 'no').

Each grid pairs its absences with presences, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import grid_test, metastasis_and_sites, told_cells

ILEAL = "A 57-year-old man had a well-differentiated NET of the distal ileum, which was resected. "


def primary(row):
    return row["primary_site"]


# --- an organ joined to a word of extent, and the organ of an operation ----------------------------------
def compound_cells():
    yield from told_cells(ILEAL, {
        "At diagnosis he had liver-only disease.": ("yes", {"liver"}),
        "His disease was liver-limited at the time.": ("yes", {"liver"}),
        "Staging showed bone-only metastatic disease.": ("yes", {"bone"}),
        "PET revealed liver-predominant metastases.": ("yes", {"liver"}),
        "He had liver-dominant disease on the scan.": ("yes", {"liver"}),
        "CT showed liver-confined metastatic spread.": ("yes", {"liver"}),
        "Two years later he developed lung-only metastases.": ("yes", {"lung"}),
        "Imaging showed hepatic and nodal spread.": ("yes", {"liver", "lymph node"}),
        # absences: a denial of the compound, and an ordinary word of extent apart from the organ
        "There was no liver-only disease on the scan.": ("unknown", set()),
        "His disease was limited to the bowel wall.": ("unknown", set())})


test_grid_sites_of_a_compound = grid_test(compound_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


def operation_cells():
    yield from told_cells(ILEAL, {
        "He later underwent a hepatectomy for metastases.": ("yes", {"liver"}),
        "A right hemihepatectomy for several metastases was done.": ("yes", {"liver"}),
        "He underwent liver resection for metastatic disease.": ("yes", {"liver"}),
        "He had a hepatic resection for metastatic NET in 2019.": ("yes", {"liver"}),
        "He was listed for liver transplantation for metastatic disease.": ("yes", {"liver"}),
        "Peritonectomy for metastatic deposits was carried out.": ("yes", {"peritoneum"}),
        "He underwent a metastasectomy of the lung nodule.": ("yes", {"lung"}),
        "A hepatectomy for metastases was not possible.": ("yes", {"liver"}),
        # absences: a search for metastases, and an operation for something else
        "He was screened for metastases.": ("unknown", set()),
        "He had undergone a hepatectomy for a benign adenoma.": ("unknown", set())})


test_grid_sites_of_an_operation = grid_test(operation_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- the nodes' predicate said before them (traced from the study errors) ---------------------------------------
def attributive_node_cells():
    yield from told_cells(ILEAL, {
        "The specimen showed the NET with positive mesenteric lymph nodes.": ("yes", {"lymph node"}),
        "The specimen showed the NET with three positive mesenteric lymph nodes.": ("yes", {"lymph node"}),
        "Pathology found involved regional lymph nodes.": ("yes", {"lymph node"}),
        "Two positive para-aortic lymph nodes were found in the specimen.": ("yes", {"lymph node"}),
        # absences: a negative predicate says there is none; a stain's result is no predicate of the nodes
        "The specimen showed the NET with negative mesenteric lymph nodes.": ("no", set()),
        "Synaptophysin was positive in lymph nodes and in the tumour.": ("unknown", set()),
        "The stains were positive, and the mesenteric lymph nodes were removed.": ("unknown", set())})


test_grid_nodes_with_a_predicate_before_them = grid_test(attributive_node_cells, metastasis_and_sites, "metastasis",
                                                         "metastasis_sites")


# --- hedged lesions: guessed, summed up, confirmed, disproved ----------------------------------------------
def hedge_cells():
    yield from told_cells(ILEAL, {
        # findings stated, or summed up as metastases
        "CT showed a liver lesion consistent with metastasis.": ("yes", {"liver"}),
        "MRI showed several liver lesions compatible with metastases.": ("yes", {"liver"}),
        "CT showed liver lesions in keeping with metastases.": ("yes", {"liver"}),
        "CT showed liver lesions representing metastases.": ("yes", {"liver"}),
        "CT showed lesions in the liver, likely metastases.": ("yes", {"liver"}),
        "CT showed nodules in the liver and both lungs, suspicious for metastases.": ("yes", {"liver", "lung"}),
        "Fine-needle aspiration of the neck mass showed a metastatic carcinoma.": ("yes", set()),
        # a guess confirmed in its own clause, or by the biopsy after it
        "A liver nodule suspicious for metastasis was biopsied, confirming a metastatic NET.": ("yes", {"liver"}),
        "A liver lesion was proven to be a metastasis on biopsy.": ("yes", {"liver"}),
        # a lone lesion only guessed at: no metastasis stated, and no 'no'
        "CT showed a liver lesion suspicious for metastasis.": ("unknown", set()),
        "CT showed a liver nodule, likely a metastasis.": ("unknown", set()),
        "CT showed a hepatic lesion that was probably a metastasis.": ("unknown", set()),
        "A 9 mm liver lesion, presumably a metastasis, was noted.": ("unknown", set()),
        "CT showed a liver lesion worrisome for metastasis.": ("unknown", set()),
        "CT showed a liver lesion concerning for metastasis.": ("unknown", set()),
        "A lung nodule was indeterminate for metastasis.": ("unknown", set()),
        "CT showed an indeterminate liver lesion.": ("unknown", set()),
        "Fine-needle aspiration of the neck mass suggested a metastatic carcinoma.": ("unknown", set()),
        "CT showed possible liver metastases.": ("unknown", set()),
        "CT showed probable liver metastases.": ("unknown", set()),
        "Liver metastases were suspected on CT.": ("unknown", set()),
        "Bone scintigraphy raised suspicion of bone metastases.": ("unknown", set()),
        "Bone metastases could not be excluded.": ("unknown", set()),
        # a guess disproved
        "A suspected liver metastasis turned out to be a cyst.": ("unknown", set()),
        "CT showed a liver lesion suspicious for metastasis. Biopsy showed a haemangioma.": ("unknown", set())})


test_grid_hedged_lesions = grid_test(hedge_cells, metastasis_and_sites, "metastasis", "metastasis_sites")


# --- the primary's organ in metastasis sentences, and organs where no primary was found ---------------------
def primary_cells():
    yield from told_cells("A 63-year-old woman presented with flushing. ", {
        "She had liver metastases from a small-bowel NET.": "small intestine",
        "She had liver metastases from a NET; a pancreatic primary was found on EUS.": "pancreas",
        "CT showed liver metastases. The primary tumour was located in the ileum.": "ileum",
        "She had liver metastases of a NET originating from the jejunum.": "jejunum",
        "She had liver metastases of a NET arising in the ileum.": "ileum",
        "She had liver metastases secondary to an ileal NET.": "ileum",
        "She had metastatic NET in the liver; the primary was a pancreatic tumour.": "pancreas",
        "CT showed liver metastases. Its primary lay in the duodenum.": "duodenum",
        "CT showed liver metastases. The primary lies in the ileum.": "ileum",
        "CT showed liver metastases. The primary was found in the jejunum at laparotomy.": "jejunum",
        "CT showed liver metastases. The pancreas was the primary site.": "pancreas",
        "CT showed liver metastases. The metastases originated from a jejunal NET.": "jejunum",
        # traced from the study errors: several masses in the bowel place it, as one does; in a distant organ not
        "Enteroscopy showed several small masses in the ileum.": "ileum",
        "CT showed several masses in the spleen.": None,
        # no primary found, or not in the organ named
        "She had a NET of unknown primary metastatic to the liver.": None,
        "CT showed liver metastases. No primary lesion was found in the pancreas.": None,
        "CT showed liver metastases. The pancreas showed no primary lesion.": None,
        "CT showed liver metastases. EUS of the pancreas showed no primary tumour.": None,
        "CT showed liver metastases. The stomach and the pancreas showed no tumour.": None,
        "CT showed liver metastases. The pancreas had no mass.": None,
        "CT showed liver metastases. A pancreatic primary was excluded.": None,
        "CT showed liver metastases. A primary in the lung was ruled out.": None,
        "CT showed liver metastases. Despite a wide search, no primary was identified.": None})


test_grid_primary_in_metastasis_sentences = grid_test(primary_cells, primary, "primary_site")


def title_cells():
    """The primary named in the title only, or the title saying it was never found."""
    case = "\n\nCase presentation\nA 63-year-old woman presented with flushing. CT showed many liver metastases.\n"
    yield ("Hepatic metastases from an ileal neuroendocrine tumour: a case report" + case, "ileum")
    yield ("A jejunal carcinoid with liver metastases" + case, "jejunum")
    yield ("Neuroendocrine tumour of unknown primary metastatic to the liver" + case, None)


test_grid_primary_in_the_title = grid_test(title_cells, primary, "primary_site")
