"""Grids of the eleventh round (r12, lead): how case reports name a tumour's hormonal syndrome by the hormone
it makes in excess, written from the genre, not from a traced error.

- A hormone's excess named as a noun is the tumour's syndrome, as its participle is: 'calcitonin
  hypersecretion', 'hypersecretion of calcitonin', 'ectopic secretion of ACTH', 'flushing due to serotonin
  hypersecretion' (rules/syndromes.json 'secreting_words', 'secreting_before_hormone'). Plain 'secretion
  of' stays out: 'secretion of insulin was suppressed' states physiology.
- Somatostatin and calcitonin name a tumour as the other hormones do ('a somatostatin-producing duodenal
  NET', 'a calcitonin-secreting laryngeal NET'): the guideline's 'other hormones by name'.
- The short forms of a non-functioning pancreatic tumour ('NF-PanNET', 'NF-pNET' and their NEN forms) call
  it non-functioning, as the words do.

The look-alikes give nothing: a hormone raised for another cause (gastrin in atrophic gastritis), a stain
with no syndrome, insulin given as a drug, a syndrome denied. Each grid pairs every absence with a
presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, told_cells

INTRO = "A 58-year-old man was referred for a neck mass and weight loss.\n"


def _syndromes(row):
    return sorted(row["functional_syndrome"] or [])


HYPERSECRETION_FRAMES = [
    "Biopsy showed a laryngeal neuroendocrine carcinoma with {}.",
    "He was found to have a well-differentiated NET of the larynx with {}.",
    "The work-up pointed to a pancreatic NET with {}.",
    "A NET of the thymus with {} was diagnosed after resection.",
]
HYPERSECRETIONS = {
    "calcitonin hypersecretion": ["calcitonin"],
    "hypersecretion of calcitonin": ["calcitonin"],
    "marked calcitonin hypersecretion": ["calcitonin"],
    "ectopic secretion of ACTH": ["ectopic ACTH"],
    "ACTH hypersecretion": ["ectopic ACTH"],
    "hypersecretion of gastrin": ["gastrinoma"],
    "normal hormone levels": [],
    "no evidence of hormone excess": [],
}


def _hypersecretion_cells():
    yield from framed_cells(INTRO, HYPERSECRETION_FRAMES, HYPERSECRETIONS)


test_hormone_excess_named_as_a_noun = grid_test(_hypersecretion_cells, _syndromes, "functional_syndrome")

TUMOUR_FRAMES = [
    "Pathology confirmed a {} duodenal NET of 1.4 cm.",
    "He was diagnosed with a {} neuroendocrine tumour of the larynx.",
    "The resected {} tumour was a well-differentiated NET.",
]
TUMOURS_BY_HORMONE = {
    "somatostatin-producing": ["somatostatinoma"],
    "somatostatin-secreting": ["somatostatinoma"],
    "calcitonin-secreting": ["calcitonin"],
    "calcitonin-producing": ["calcitonin"],
    "gastrin-secreting": ["gastrinoma"],
    "small": [],
    "well-circumscribed": [],
}


def _by_hormone_cells():
    yield from framed_cells(INTRO, TUMOUR_FRAMES, TUMOURS_BY_HORMONE)


test_tumour_named_by_its_hormone = grid_test(_by_hormone_cells, _syndromes, "functional_syndrome")

NON_FUNCTIONING_FRAMES = [
    "CT found a {} of 2.8 cm in the pancreatic tail.",
    "He was treated for a {} with liver metastases.",
    "A 2 cm {} was enucleated from the pancreatic head.",
]
NON_FUNCTIONING = {
    "NF-PanNET": ["non-functioning"],
    "NF-pNET": ["non-functioning"],
    "NF-PanNEN": ["non-functioning"],
    "NF-pNEN": ["non-functioning"],
    "non-functioning PanNET": ["non-functioning"],
    "PanNET": [],
    "pNET": [],
}


def _non_functioning_cells():
    yield from framed_cells(INTRO, NON_FUNCTIONING_FRAMES, NON_FUNCTIONING)


test_non_functioning_short_forms = grid_test(_non_functioning_cells, _syndromes, "functional_syndrome")

SYNDROME_TOLD = {
    "He had flushing and diarrhoea due to serotonin hypersecretion from an ileal NET.": ["carcinoid syndrome"],
    "Hypercortisolism resulted from ectopic secretion of ACTH by a bronchial carcinoid.": ["ectopic ACTH"],
    "Serum calcitonin was high, and the laryngeal NET showed calcitonin hypersecretion.": ["calcitonin"],
}
LOOK_ALIKES = dict.fromkeys([
    "He had a type 1 gastric NET with hypergastrinaemia from atrophic gastritis.",
    "He had a gastric NET; his serum gastrin was raised because of chronic atrophic gastritis.",
    "He had a pancreatic NET that stained for insulin, but he had no hormonal symptoms.",
    "He had a rectal NET. He had type 2 diabetes treated with insulin and occasional hypoglycaemia.",
    "He had an ileal NET and no symptoms of carcinoid syndrome.",
    "He had an ileal NET; secretion of serotonin was within normal limits.",
], [])


def _told_cells():
    yield from told_cells(INTRO, SYNDROME_TOLD, LOOK_ALIKES)


test_syndrome_told_and_its_look_alikes = grid_test(_told_cells, _syndromes, "functional_syndrome")
