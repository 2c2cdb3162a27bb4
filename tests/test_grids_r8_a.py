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


# --- treatments of another cancer after the NET's name ------------------------------------------------------------------
# rules/context.json, the backward HISTORICAL cue of another cancer ('radiotherapy for squamous cell carcinoma'): with
# 'blocked_from_scope' its NET words block it only from its scope on, so a clause that names the NET first keeps the
# other cancer's treatments in the past history ('a NET of the cervix after hysterectomy and radiotherapy for squamous
# cell carcinoma'); a NET word in the other cancer's own phrase ('... with a neuroendocrine component') still makes the
# treatments the tumour's own.
TREATED = {"hysterectomy and radiotherapy": {"surgery", "radiotherapy"}, "radiation": {"radiotherapy"},
           "a radical hysterectomy": {"surgery"}, "chemotherapy and radiotherapy": {"chemotherapy", "radiotherapy"}}
OTHER_CANCERS = ["squamous cell carcinoma", "a squamous cell carcinoma of the vulva", "Hodgkin lymphoma",
                 "a basal cell carcinoma"]
OWN_CANCERS = ["a squamous cell carcinoma with a neuroendocrine component",
               "squamous cell carcinoma mixed with small cell carcinoma"]
NET_FIRST_FRAMES = ["A 47-year-old woman presented with a neuroendocrine tumour of the uterine cervix after {t} for {d}.",
                    "She was found to have a well-differentiated NET of the rectum, years after {t} for {d}.",
                    "A typical carcinoid of the left lung was seen on CT two years after {t} for {d}."]


def other_cancer_cells():
    for (t, _), d, frame in itertools.product(TREATED.items(), OTHER_CANCERS, NET_FIRST_FRAMES):
        yield CASE.format(frame.format(t=t, d=d)), set()
    # the neuroendocrine word stands in the treated cancer's own phrase: the treatments are the tumour's
    for (t, want), d, frame in itertools.product(TREATED.items(), OWN_CANCERS, NET_FIRST_FRAMES):
        yield CASE.format(frame.format(t=t, d=d)), want


test_grid_another_cancers_treatments_after_the_net = grid_test(
    other_cancer_cells, lambda row: set(row["treatments"]), "treatments")
