"""Generic statements: clauses that speak of a class of tumours, not of the patient.

'NETs of the appendix are usually found incidentally', 'G1 NETs have a Ki-67 index under 3%', 'the
prognosis is poor due to early distant metastasis': a discussion, and often the case section itself,
says what such tumours generally do, in the general present. Such a clause holds values (a Ki-67, a
grade, metastases, a syndrome) that are no finding of this patient. ConText (context.py) gives each
such clause one other-patient cue, of the types rules/context.json 'generic_statements' allows: the
generic types always, the class types only where a bare plural class noun is the clause's topic, the
spread types only beside a word of the class's behaviour. A clause with an anchor (a word that ties it
to the index patient, 'our patient', 'she') or in a sentence that names the index patient is not generic.
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
        # 'G1 NETs have a Ki-67 index under 3%': these types only where a plural class noun is the topic
        self.class_types = self.types | frozenset(generic["class_types"])
        self.class_nouns = tuple(generic["class_nouns"])
        self.class_determiners = frozenset(generic["class_determiners"])
        # 'the prognosis is poor due to early distant metastasis': these types only beside a behaviour word
        self.spread_types = frozenset(generic["spread_types"])
        self.spread_markers = tuple(generic["spread_markers"])

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
        anchors = positions_of(doc, lower, self.anchors)
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
            out.append((clause_lo, clause_hi, types))
        return out

    def _types(self, class_nouns: list[int], markers: list[int], lo: int, hi: int) -> frozenset:
        """The types a generic clause [lo, hi) holds as other-patient talk: the class types beside a plural
        class noun ('G1 NETs have ...'), the spread types beside a word of the class's behaviour ('an
        aggressive disease with early distant metastases'), the generic types always."""
        def holds(positions: list[int]) -> bool:
            k = bisect.bisect_left(positions, lo)
            return k < len(positions) and positions[k] < hi
        types = self.class_types if holds(class_nouns) else self.types
        return types | self.spread_types if holds(markers) else types
