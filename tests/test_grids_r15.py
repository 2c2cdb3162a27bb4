"""Grids of the fourteenth round (r15): the commonest wordings, probed field by field.

This round probed each field with a grid of the ways pathology reports and case narratives commonly state
it, written afresh, before looking at any report's errors; what failed is here:

- a mitotic count written in words ('two mitoses per 10 HPF', 'a mitotic count of three per 10
  high-power fields'), read as its digits as a Ki-67 value in words already was (one mechanism,
  pipeline/extractors/number_words.py; rules/mitoses.json 'number_words').

Each grid pairs every absence with a presence, so it fails when its extractor finds nothing."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test

# --- a mitotic count written in words ---------------------------------------------------------------------
# The count's shapes are those of digits ('3 mitoses per 10 HPF', 'mitotic count of 3 per 10 HPF', '<2 per
# 2 mm2'); a number word is read as its digits. A count word without a number ('mitoses were rare', 'one of
# the sections showed mitoses') gives none.
WORDS = {"one": 1, "two": 2, "three": 3, "five": 5, "twelve": 12}
COUNT_FRAMES = {"There {be} {w} {noun} per 10 HPF.": ("{n}", "{n}", "10 HPF"),
                "{W} {noun} per 10 high-power fields {be} counted.": ("{n}", "{n}", "10 HPF"),
                "The mitotic count was {w} per 2 mm2.": ("{n}", "{n}", "2 mm2"),
                "Mitotic activity: fewer than {w} per 10 HPF.": (None, "{n}", "10 HPF"),
                "The mitotic rate was {w} per square millimeter.": ("{n}", "{n}", "1 mm2")}


def mitoses(row):
    return (row["mitoses_low"], row["mitoses_high"], row["mitoses_per"])


def _number_word_cells():
    intro = "A 61-year-old woman had a mass of the ileum resected.\n"
    for (frame, want), (word, n) in itertools.product(COUNT_FRAMES.items(), WORDS.items()):
        noun, be = ("mitosis", "was") if n == 1 else ("mitoses", "were")
        text = frame.format(w=word, W=word.capitalize(), noun=noun, be=be)
        yield CASE.format(intro + text), tuple(None if v is None else v.format(n=n) for v in want)
    for absent in ("Mitoses were rare.", "One of the sections showed mitoses.", "Two pathologists counted the mitoses."):
        yield CASE.format(intro + absent), (None, None, None)


test_a_mitotic_count_written_in_words = grid_test(_number_word_cells, mitoses, "mitoses")
