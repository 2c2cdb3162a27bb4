"""scispaCy's abbreviation detector (Schwartz & Hearst) with linear candidate search.

scispaCy finds candidates with the Matcher pattern `( + )`, which yields every '(' paired with
every later ')' in the document: quadratic in the number of brackets, and a report with a few
thousand of them stalls for minutes. Its own filter then drops every pair holding more than eight
tokens, so only pairs at most ten tokens apart can ever count. This component generates exactly
those pairs, in the Matcher's order, and leaves the rest of scispaCy's algorithm unchanged; the
abbreviations it finds are listed in text order, so that every process lists them alike.
"""
from __future__ import annotations

import numpy
from scispacy.abbreviation import AbbreviationDetector, filter_matches
from spacy.language import Language
from spacy.tokens import Doc

MAX_INSIDE = 8  # scispaCy's filter_matches ignores parentheses holding more tokens than this


def bracket_pairs(doc: Doc) -> list[tuple[int, int, int]]:
    """(match id, start, end) of every '(' ... ')' pair with 1 to MAX_INSIDE tokens inside, ordered
    as the Matcher reports them: by the closing bracket, then by the opening one."""
    orth = doc.to_array("ORTH")  # one array, no Token objects: this runs on every report
    opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
    opens = set(numpy.flatnonzero(orth == opening).tolist())
    out = []
    for j in numpy.flatnonzero(orth == closing).tolist():
        for i in range(max(0, j - MAX_INSIDE - 1), j - 1):
            if i in opens:
                out.append((0, i, j + 1))
    return out


class BoundedAbbreviationDetector(AbbreviationDetector):
    def __call__(self, doc: Doc) -> Doc:
        matches = [(m, start + 1, end - 1) for m, start, end in bracket_pairs(doc)]
        found = []
        for long_form, short_forms in self.find_matches_for(filter_matches(matches, doc), doc):
            for short in short_forms:
                short._.long_form = long_form
                found.append(short)
        # scispaCy keeps the short forms in a set of Spans, whose order changes from one process to
        # the next; in text order, every run gives the same mentions in the same order.
        doc._.abbreviations.extend(sorted(found, key=lambda s: (s.start, s.end)))
        return doc


@Language.factory("bounded_abbreviation_detector")
def make_bounded_abbreviation_detector(nlp: Language, name: str):
    return BoundedAbbreviationDetector(nlp, name)
