"""A sentence that opens by introducing a patient names the report's own patient.

Case reports introduce their patient with an indefinite article and an age: 'A 60-year-old man
presented with ...', 'Case summary: An 81 year old woman ...'. Such a sentence is about the index
patient as surely as one saying 'our patient', so an other-patient cue later in it (the literature's
'previous studies', 'most patients described') must not take the patient's age, sex or findings
away; context.py counts the opening among the index-patient cues, which those cues yield to.

Only a label ('Case summary', 'Case 1:') may stand before the article: 'Smith described a
60-year-old man' is the literature's patient. And only outside the narrative sections where the
literature's patients are told (rules/sections.json 'index_cue_classes': the introduction, the
discussion): there 'A 45-year-old man was first described ...' is somebody else's, and an index cue
would make the sentence readable. The words live in rules/context.json ('index_patient_opening');
one bounded match per sentence keeps the cost linear."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .section_marks import section_at

OPENING_CHARS = 160  # the most of a sentence's start an opening can span (a label, the article, the age)


class IndexOpenings:
    def __init__(self, cfg: dict, narrative_classes):
        self.narrative = frozenset(narrative_classes)
        labels = "|".join(re.escape(w) for w in cfg["label_words"])
        reach = int(cfg["reach_words"])
        self.opening = re.compile(rf"(?:(?:{labels}|\d+)[:.]?\s+){{0,3}}an?\s+(?:[\w-]+\s+){{0,{reach}}}?"
                                  rf"(?:{cfg['age_shape']})", re.IGNORECASE)

    def find(self, doc: Doc, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(first token, token after the opening) of each sentence that opens with a patient."""
        found = []
        text = doc._.report_text if doc._.report_text is not None else doc.text  # Doc.text rebuilds it
        for start, end in bounds:
            if end <= start:
                continue
            first = doc[start].idx
            limit = min(doc[end - 1].idx + len(doc[end - 1]), first + OPENING_CHARS)
            m = self.opening.match(text, first, limit)
            if m and not (doc._.sections and section_at(doc._.sections, first).label in self.narrative):
                after = next((i for i in range(start, end) if doc[i].idx >= m.end()), end)
                found.append((start, after))
        return found
