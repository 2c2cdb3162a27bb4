"""Clause boundaries for the ConText scopes (context.py): where a clause ends, and what a clause holds.

A cue's scope, sentence-wide ones too, ends at a clause boundary: a boundary word (';', 'but',
'although', ...) or a comma followed by one of a few phrases (', with', ', which'). Boundaries are
found once per document on its LOWER array (rules/context.json 'clause_boundaries'); a clause is then
read by bisection, and so are the words a cue's clause must or must not hold."""
from __future__ import annotations

import bisect

import numpy
from spacy.tokens import Doc

from .words import positions_of


class ClauseBoundaries:
    def __init__(self, cfg: dict):
        self.words = frozenset(cfg["words"])
        self.after_comma = [tuple(p.split()) for p in cfg["after_comma"]]
        self.after_comma_first = {p[0] for p in self.after_comma}
        self.after_comma_longest = max((len(p) for p in self.after_comma), default=0)
        # ', with' opens no clause of its own for an other-patient cue: 'A review found similar cases, with
        # liver metastases treated by PRRT' still speaks of those cases
        self.other_patient_crosses = frozenset(", " + p for p in cfg.get("other_patient_crosses", []))

    def find(self, doc: Doc, lower) -> list[tuple[int, str]]:
        """Token offsets where a clause ends (the boundary token itself belongs to no clause):
        boundary words and commas found on the LOWER array, the words after a comma read only there."""
        strings = doc.vocab.strings
        words = numpy.fromiter((strings.add(w) for w in self.words), dtype=lower.dtype)
        comma = strings.add(",")
        out = []
        for i in numpy.flatnonzero(numpy.isin(lower, words) | (lower == comma)).tolist():
            w = strings[int(lower[i])]
            if w != ",":
                out.append((i, w))
                continue
            if i + 1 >= len(lower) or strings[int(lower[i + 1])] not in self.after_comma_first:
                continue  # most commas: the next word starts no phrase
            following = [strings[int(k)] for k in lower[i + 1:i + 1 + self.after_comma_longest]]
            for phrase in self.after_comma:
                if tuple(following[:len(phrase)]) == phrase:
                    out.append((i, ", " + " ".join(phrase)))
                    break
        return out


class ClauseWords:
    """Where in a document the words a cue's clause needs or bars stand, found once per cue and kind."""

    def __init__(self, doc: Doc, lower):
        self.doc, self.lower = doc, lower
        self.found: dict[tuple[str, str], list[int]] = {}  # (cue key, kind) -> token offsets of its words

    def holds(self, key: str, kind: str, words: frozenset, clause_lo: int, clause_hi: int) -> bool:
        if (key, kind) not in self.found:
            self.found[(key, kind)] = positions_of(self.doc, self.lower, words)
        found = self.found[(key, kind)]
        at = bisect.bisect_left(found, clause_lo)
        return at < len(found) and found[at] < clause_hi


def clause_start(bound_at: list[int], j: int, lo: int) -> int:
    """Where the clause starts whose first boundary after it is bound_at[j]: past the one before, or at
    the sentence start `lo`."""
    return max(lo, bound_at[j - 1] + 1) if j > 0 and bound_at[j - 1] >= lo else lo


def clause_end(bound_at: list[int], k: int, hi: int) -> int:
    """Where the clause ends: at boundary bound_at[k] when it falls inside the sentence, else at `hi`."""
    return min(hi, bound_at[k]) if k < len(bound_at) and bound_at[k] < hi else hi
