"""Grids of the eighth round on context scope (r8a).

Each grid pairs every absence with a presence in the same frame, so it fails when its extractor finds nothing
(tests/test_null_extractors.py). The sentences are our own."""
from __future__ import annotations

import itertools

from test_grids import CASE, grid_test

INTRO = "A 58-year-old woman had a mass in the anterior mediastinum. "

# --- 'during' ends a question cue's scope ----------------------------------------------------------------------------------
# rules/context.json, the forward HYPOTHETICAL cue of 'mistaken for', 'thought to be', 'considered for': its 'ends_at'
# word 'during' ends the scope, since what follows it is an episode that happened ('was mistaken for a lymphoma during
# surgery': the surgery was done). A treatment before 'during' is still the one in question ('she was considered for
# surgery during the same stay': no surgery).
QUESTION_CUES = ["mistaken for", "misdiagnosed as", "thought to be", "believed to be", "suspected to be"]
OTHERS = ["a thymic cyst", "a lymphoma", "a benign schwannoma"]
EPISODES = {"surgery": "surgery", "the resection": "surgery", "the operation": "surgery",
            "chemotherapy": "chemotherapy"}
HAPPENED_FRAMES = ["The mass was {cue} {other} during {op}.",
                   "At first the lesion was {cue} {other} during {op}, and the frozen section was misleading.",
                   "Initially it was {cue} {other} during {op} but later proved to be an atypical carcinoid."]
IN_QUESTION_FRAMES = ["She was considered for {op} during the same admission.",
                      "The team discussed whether {op} during pregnancy would be safe.",
                      "It was thought that {op} might be needed during the next months."]


def during_cells():
    for cue, other, (op, want), frame in itertools.product(QUESTION_CUES, OTHERS, EPISODES.items(), HAPPENED_FRAMES):
        yield CASE.format(INTRO + frame.format(cue=cue, other=other, op=op)), {want}
    # the treatment stands before 'during', inside the cue's scope: still in question
    for (op, _), frame in itertools.product(EPISODES.items(), IN_QUESTION_FRAMES):
        yield CASE.format(INTRO + frame.format(op=op)), set()


test_grid_during_ends_a_question_cue = grid_test(during_cells, lambda row: set(row["treatments"]), "treatments")
