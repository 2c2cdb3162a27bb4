"""Generic statements: clauses that speak of a class of tumours, not of the patient.

'NETs of the appendix are usually found incidentally', 'G1 NETs have a Ki-67 index under 3%', 'the
prognosis is poor due to early distant metastasis': a discussion, and often the case section itself,
says what such tumours generally do, in the general present. Such a clause holds values (a Ki-67, a
grade, metastases, a syndrome) that are no finding of this patient. ConText (context.py) gives each
such clause one other-patient cue, of the types rules/context.json 'generic_statements' allows: the
generic types always, the class types only where a bare plural class noun is the clause's topic, the
spread types only beside a word of the class's behaviour, the proportion types only where a share
opens the clause with the class noun left out ('some 5% may arise within MEN1'). A clause with
an anchor (a word that ties it to the index patient, 'our patient', 'she') or in a sentence that names
the index patient is not generic; an anchor before a word of knowledge ties it to nobody ('it is now
recognized that such carcinomas disseminate early': r25).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from .clause_bounds import clause_end, clause_start, holds_between
from .words import positions_of


class GenericStatements:
    def __init__(self, generic: dict):
        self.types = frozenset(generic["allowed_types"])
        self.present = tuple(w for word in generic["present_words"]
                             for w in ((word, word.capitalize()) if word != "may" else (word,)))
        self.anchors = tuple(generic["anchors"])
        self.knowledge = frozenset(generic["knowledge_words"])  # r25: 'it is now recognized that ...'
        # 'G1 NETs have a Ki-67 index under 3%': these types only where a plural class noun is the topic
        self.class_types = self.types | frozenset(generic["class_types"])
        self.class_nouns = tuple(generic["class_nouns"])
        self.class_determiners = frozenset(generic["class_determiners"])
        # 'the prognosis is poor due to early distant metastasis': these types only beside a behaviour word
        self.spread_types = frozenset(generic["spread_types"])
        self.spread_markers = tuple(generic["spread_markers"])
        # r22: 'some 5% may arise within MEN1': a proportion opening its clause, the class noun left out
        self.proportion_types = frozenset(generic["proportion_types"])
        self.proportion_marks = frozenset(generic["proportion_marks"])
        self.proportion_openers = frozenset(generic["proportion_openers"])
        self.present_forms = frozenset(self.present)
        # what a range or share kept whole by the tokenizer is written with besides digits ('10–20', '2.5%-5')
        self.share_chars = frozenset(".,") | {w for w in self.proportion_openers | self.proportion_marks if len(w) == 1}

    def clauses(self, doc: Doc, lower, bound_at: list[int], sent_of, bounds,
                index_at: list[int]) -> list[tuple[int, int, frozenset]]:
        """(start, end, types) of each generic clause: a general-present verb, and nothing that ties
        the clause to the index patient (an anchor, or r10b: an index-patient cue in the clause itself;
        'such tumours are rare; our case is ...' names the patient in its other clause only).
        Linear: the verbs and anchors are found once, then each clause is read by bisection."""
        # Read on the words as written: 'May' is a month ('surgery in May'), 'may' a modal verb.
        present = positions_of(doc, doc.to_array("ORTH"), self.present)
        if not present:
            return []
        anchors = self._anchors(doc, lower)
        # a bare plural only: 'both tumours', 'the two NETs' are the patient's
        class_nouns = [p for p in (positions_of(doc, lower, self.class_nouns) if self.class_nouns else [])
                       if not p or doc[p - 1].lower_ not in self.class_determiners]
        markers = positions_of(doc, lower, self.spread_markers) if self.spread_markers else []
        out, done = [], set()
        for i in present:
            lo, hi = bounds[int(sent_of[i])]
            j = bisect.bisect_left(bound_at, i)
            clause_lo, clause_hi = clause_start(bound_at, j, lo), clause_end(bound_at, j, hi)
            if (clause_lo, clause_hi) in done:
                continue
            done.add((clause_lo, clause_hi))
            if holds_between(anchors, clause_lo, clause_hi) or holds_between(index_at, clause_lo, clause_hi):
                continue
            types = self._types(class_nouns, markers, clause_lo, clause_hi)
            if self.proportion_types and self._proportion_opens(doc, clause_lo, clause_hi):
                types |= self.proportion_types
            out.append((clause_lo, clause_hi, types))
        return out

    def _anchors(self, doc: Doc, lower) -> list[int]:
        """Where the anchors are, but not one right before a word of knowledge ('it is now recognized')."""
        return [p for p in positions_of(doc, lower, self.anchors)
                if not (p + 1 < len(doc) and doc[p + 1].lower_ in self.knowledge)]

    def _types(self, class_nouns: list[int], markers: list[int], lo: int, hi: int) -> frozenset:
        """The types a generic clause [lo, hi) holds as other-patient talk: the class types beside a plural
        class noun ('G1 NETs have ...'), the spread types beside a word of the class's behaviour ('an
        aggressive disease with early distant metastases'), the generic types always."""
        def holds(positions: list[int]) -> bool:
            k = bisect.bisect_left(positions, lo)
            return k < len(positions) and positions[k] < hi
        types = self.class_types if holds(class_nouns) else self.types
        return types | self.spread_types if holds(markers) else types

    def _proportion_opens(self, doc: Doc, lo: int, hi: int) -> bool:
        """r22: is the clause [lo, hi) opened by a proportion as its subject, right before its present-tense
        verb ('some 5% may arise within MEN1', 'up to 30% present with a carcinoid syndrome', '60-90% are
        non-functioning')? Only numbers and 'proportion_openers' stand before the mark: 'a NET with a Ki-67 of
        4% is described' names the patient's tumour. Reads the clause's first words only."""
        t = lo
        while t < hi and (self._numberish(doc[t].text) or doc[t].lower_ in self.proportion_openers
                          or doc[t].lower_ in self.proportion_marks):
            t += 1
        return lo < t < hi and doc[t - 1].lower_ in self.proportion_marks and doc[t].orth_ in self.present_forms

    def _numberish(self, text: str) -> bool:
        """A number, or a range or share the tokenizer keeps whole ('10–20', '2.5%-5'): digits, decimal marks
        and the one-character openers and marks."""
        return text[:1].isdigit() and all(c.isdigit() or c in self.share_chars for c in text)
