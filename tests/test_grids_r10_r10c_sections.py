"""Grids of the ninth round's section shapes (r10c, branch r10-c-sections): a saved page's table of contents
and headers glued to their text, in their commonest variants in texts of our own.

- A table of contents ('1. Top of page', '2. Case report', '3. Comment', '4. References', each on its line)
  is no run of headers: the section before it goes on (rules/sections.json contents_list, sections.py).
- A header glued to the sentence before it as well as to its text, the page's markup having lost both
  spaces ('... are rare.Case presentationA case of a 70-year-old ...'), is a header: the glued sentence
  end is a place where layout.py unglues headers, as a line start is.

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import grid_test

CASE_TEXT = "A {age}-year-old man presented with a painless testicular mass, which was removed.\n"
CONTENTS = ["  1. Top of page\n  2. Case report\n  3. Comment\n  4. References\n",
            "1. Abstract\n2. Introduction\n3. Case presentation\n4. Discussion\n5. References\n",
            "  1. Introduction\n\n  2. Case report\n\n  3. Discussion\n\n  4. Conclusions\n"]


def contents_cells():
    for contents in CONTENTS:
        for age in ("36", "58"):
            # under the article type's header, then the body with no header of its own
            yield "SEARCH\n\nCase report\n\n" + contents + "\n" + CASE_TEXT.format(age=age), age
            # the contents, then the article's own headers
            yield (contents + "\nIntroduction\nTesticular carcinoids are rare.\n\nCase report\n"
                   + CASE_TEXT.format(age=age) + "\nDiscussion\nSuch tumours are rare.\n"), age
            # absence: the contents, then a discussion that cites another report's patient
            yield (contents + "\nDiscussion\nIn the literature, a " + age + "-year-old man was described by Smith "
                   "et al.\n"), None


test_grid_a_table_of_contents_is_no_run_of_headers = grid_test(contents_cells, lambda row: row["age"], "age")

# a flattened abstract is one long line: the introduction's sentences, then the glued header
RARE = ("Testicular carcinoids are rare, make up less than one per cent of testicular tumours and arise as primary "
        "tumours, as metastases or within teratomas; their treatment has not been settled by any trial.")
GLUED = ["Background\n" + RARE + "Case presentationA {n}-mm testicular mass was removed.\n",
         "Introduction\n" + RARE + "Case reportThe resected mass measured {n} mm.\n",
         "Introduction\n" + RARE + "CASE PRESENTATIONA {n}-mm testicular mass was removed.\n",
         "Background: " + RARE + "Case presentation: A {n}-mm testicular mass was removed.\n"]


def glued_cells():
    for frame in GLUED:
        for size in ("12", "25"):
            yield frame.format(n=size), size
    for size in ("12", "25"):  # absence: a discussion glued to its sentence end cites the literature's tumours
        yield "Introduction\n" + RARE + "DiscussionSuch tumours measure " + size + " mm on average.\n", None


test_grid_a_header_glued_to_its_text = grid_test(glued_cells, lambda row: row["tumor_size_mm"], "tumor_size_mm")
