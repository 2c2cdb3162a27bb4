"""A summary box printed after the abstract (session r5, lead).

Some journals print a short box after the abstract ('Core Tip:' in the World Journal of ... series), and a
saved page often keeps the abstract's paragraphs without their own headers: a background paragraph, the case
summary, a conclusion, then the box. The box is read as an abstract, but it is no abstract's start: the case
summary above it is the case (rules/sections.json 'boxes_after_abstract'), where before it was taken for a
'Case Report' article-type label above an abstract and read as front matter, so that the patient's age, sex
and grade were lost. A real abstract after a 'Case report' line still makes that line the article type.
The sentences are our own."""
from __future__ import annotations

import itertools

from test_grids import grid_test

BOXES = ["Core Tip", "Core tip", "CORE TIP"]
FURNITURE = ["", "Published online: March 3, 2021\nProcessing time: 120 Days and 4.0 Hours\n"]
BACKGROUND = ["", "Rectal neuroendocrine tumours are found more often since screening began.\n"]
OPENERS = [("A 47-year-old woman was referred with rectal bleeding.", "47", "female"),
           ("Here, we report a 58-year-old man with rectal bleeding.", "58", "male"),
           ("We describe a 66-year-old male patient who had rectal bleeding.", "66", "male")]
FINDINGS = " Colonoscopy found a 9 mm rectal tumour, a NET G1, which was removed endoscopically.\n"


def box_cells():
    for box, furniture, background, (opener, age, sex) in itertools.product(BOXES, FURNITURE, BACKGROUND, OPENERS):
        text = (f"Rectal neuroendocrine tumour found at screening: a case report\n{furniture}{background}"
                f"{opener}{FINDINGS}Small rectal tumours can be removed at endoscopy.\n\n"
                f"{box}: A small rectal NET was removed endoscopically.\n")
        yield text, (age, sex, "G1")
    # A real abstract after the article-type line: its patient, not the plain sentence above it (a 'we report'
    # sentence there names the index patient, and is read as such: test_context).
    for box in BOXES:
        text = (f"Case report\n{OPENERS[0][0]}\n\n{box}: A small rectal NET.\n\nAbstract\n"
                "A 39-year-old woman had a 9 mm rectal NET G2, removed "
                "endoscopically.\n")
        yield text, ("39", "female", "G2")


test_grid_case_summary_before_a_summary_box_is_the_case = grid_test(
    box_cells, lambda row: (row["age"], row["sex"], row["grade"]), "age", "sex", "grade")
