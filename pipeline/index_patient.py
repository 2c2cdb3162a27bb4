"""Which tokens name the report's own patient, for ConText (context.py): an other-patient cue yields
in a sentence that names the index patient.

Two kinds name it. An index-patient phrase ('our patient', 'we report', 'this is the first case'),
and a sentence that opens by introducing a patient with an article and an age: 'A 60-year-old man
presented with ...', 'Case summary: An 81 year old woman ...' (IndexOpenings). Such a sentence is about
the index patient as surely as one saying 'our patient', so an other-patient cue later in it (the
literature's 'previous studies', 'most patients described') must not take the patient's age, sex or
findings away. Only a label ('Case summary', 'Case 1:') may stand before the article: 'Smith
described a 60-year-old man' is the literature's patient. And only outside the narrative sections
where the literature's patients are told (rules/sections.json 'index_cue_classes': the introduction,
the discussion): there 'A 45-year-old man was first described ...' is somebody else's.

r28: the authors' own 'we report' is read as a subject, its verb and what may stand between them
('we herein present', 'we, hereby, describe'; OwnReportVerbs), not as fixed phrases.

Either is undone by a reporting phrase after it in its sentence ('the patient reported by Jones', 'the
first case of a NET with orbital metastases was reported by Lee'): it then names the literature's
patient. The words live in rules/context.json; one bounded match per sentence keeps the cost linear.
Moved out of context.py when it passed 300 lines."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
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


def _hashes(vocab, words) -> set[int]:
    """The words' lower-case hashes, compared with the doc's LOWER array: no string is made per token."""
    return {vocab.strings.add(w.lower()) for w in words}


class OwnReportVerbs:
    """'we report', 'we herein present', 'we, hereby, describe': a subject of 'subjects', at most
    'max_between' of 'between' (adverbs, commas), then one of 'verbs' (rules/context.json own_report_verbs)."""

    def __init__(self, vocab, cfg: dict):
        self.subjects, self.verbs = _hashes(vocab, cfg["subjects"]), _hashes(vocab, cfg["verbs"])
        self.between, self.max_between = _hashes(vocab, cfg["between"]), cfg["max_between"]

    def find(self, doc: Doc) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        array = doc.to_array(LOWER)  # one array read, then Python only where a subject stands
        lower = array.tolist()  # Python ints, as the hashes are
        for i in numpy.flatnonzero(numpy.isin(array, list(self.subjects))).tolist():
            j, last = i + 1, min(len(doc), i + 2 + self.max_between)
            while j < last - 1 and lower[j] in self.between:
                j += 1
            if j < len(doc) and lower[j] in self.verbs:
                found.append((i, j + 1))
        return found


class IndexPatientCues:
    """The token offsets that name the index patient: `find` gives the start of each phrase or opening
    that no reporting phrase undoes. `phrases` are the index-patient phrases as the tokenizer splits them."""

    def __init__(self, vocab, phrases: list[Doc], cfg: dict, narrative_classes):
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.matcher.add("INDEX", phrases)
        self.undoers = [tuple(p.lower().split()) for p in cfg.get("index_patient_cue_undoers", [])]
        self.undoer_reach = cfg["defaults"]["index_undoer_reach_tokens"]  # r12: '... was reported by Lee'
        self.openings = IndexOpenings(cfg["index_patient_opening"], narrative_classes)
        self.own_report = OwnReportVerbs(vocab, cfg["own_report_verbs"])

    def find(self, doc: Doc, sent_of, bounds: list[tuple[int, int]]) -> list[int]:
        found = [(s, e) for _, s, e in self.matcher(doc)] + self.openings.find(doc, bounds) + self.own_report.find(doc)
        return sorted(s for s, e in found if not self._undone(doc, e, bounds[int(sent_of[s])][1]))

    def _undone(self, doc: Doc, end: int, sentence_end: int) -> bool:
        """A reporting phrase within `undoer_reach` tokens after the cue, in its sentence."""
        last = min(sentence_end, end + self.undoer_reach)
        words = [t.lower_ for t in doc[end:last]]
        return any(tuple(words[k:k + len(u)]) == u for u in self.undoers for k in range(len(words)))
