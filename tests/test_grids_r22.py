"""Grids of the twenty-second round (r22): a proportion that opens its clause speaks of the tumour class.

'Most are sporadic, but some 5% may arise within MEN1', 'up to 30% present with a carcinoid syndrome',
'60-90% are non-functioning': the introduction states what a share of such tumours does, its noun left out, so
no class noun shows the clause is generic (rules/context.json generic_statements 'proportion_types',
'proportion_marks', 'proportion_openers'; pipeline/generic_statements.py `_proportion_opens`). Only numbers and
openers ('about', 'up to', 'fewer than') may stand before the share: a Ki-67 told before a present-tense verb
('a MEN1 gastrinoma with a Ki-67 of 4% is described') is the patient's, and so is her own syndrome.

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, told_cells

INTRO = "A 45-year-old woman had a pancreatic NET resected.\n"
SHARES = ["About 10%", "Up to 25%", "Fewer than 5%", "Roughly 10-20%", "10–20%", "Only 2.5%-5%",
          "Most are sporadic, but some 5%", "Most are sporadic and 10%"]
HEREDITY_VERBS = ["{} occur as part of MEN1.", "{} can occur within the MEN1 syndrome.",
                  "{} are associated with a germline MEN1 mutation.", "{} arise in patients' MEN1 kindreds.",
                  "{} may be the first sign of MEN1."]
FUNCTION_VERBS = ["{} are non-functioning.", "{} present with a carcinoid syndrome.",
                  "{} secrete insulin and are insulinomas."]
OWN = {  # the patient's own syndrome, told in the present tense beside a share or a Ki-67
    "Genetic testing shows that she has MEN1.": (["MEN1"], []),
    "A MEN1-related gastrinoma with a Ki-67 of 4% is described.": (["MEN1"], ["gastrinoma"]),
    "The tumour is non-functioning, with a Ki-67 index of 5%.": ([], ["non-functioning"]),
    "This insulinoma has a Ki-67 index of 2%.": ([], ["insulinoma"]),
    "Her carcinoid syndrome is controlled, and 24-hour 5-HIAA falls by 60%.": ([], ["carcinoid syndrome"]),
}


def syndromes(row) -> tuple:
    return row["hereditary_syndrome"], row["functional_syndrome"]


def _proportion_cells():
    for verbs in (HEREDITY_VERBS, FUNCTION_VERBS):
        frames = [verb.format(share) for share in SHARES for verb in verbs]
        yield from framed_cells(INTRO, ["{}"], dict.fromkeys(frames, ([], [])))
    yield from told_cells(INTRO, OWN)


test_a_proportion_opening_its_clause_speaks_of_the_class = grid_test(
    _proportion_cells, syndromes, "hereditary_syndrome", "functional_syndrome")
