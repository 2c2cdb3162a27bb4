"""scispaCy's abbreviation detector (Schwartz & Hearst) with linear candidate search.

scispaCy finds candidates with the Matcher pattern `( + )`, which yields every '(' paired with
every later ')' in the document: quadratic in the number of brackets, and a report with a few
thousand of them stalls for minutes. Its own filter then drops every pair holding more than eight
tokens, so only pairs at most ten tokens apart can ever count. This component generates exactly
those pairs, in the Matcher's order. scispaCy then finds every other occurrence of each short form
with a second Matcher, which builds a Token object for every word of the report; here one pass over
the ORTH array finds the same occurrences. The rest of scispaCy's algorithm is unchanged; the
abbreviations it finds are listed in text order, so that every process lists them alike.

The linker after the lexicon gives each short form the lexicon entries of its long form ('ISCM' after
'intramedullary spinal cord metastasis (ISCM)' is a spinal-cord metastasis), except where the long form
names a disease by a tumour noun ('carcinoid heart disease (CHD)': no tumour and no organ).
"""
from __future__ import annotations

from functools import partial

import numpy
from scispacy.abbreviation import AbbreviationDetector, filter_matches, find_abbreviation
from spacy.language import Language
from spacy.tokens import Doc, Span

from .budget import MatchBudget, first_per_kind, used_in, within
from .lexicon import SPANS_KEY
from .rules import load_rules

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


def occurrences(doc: Doc, sequences: list[tuple[int, ...]]) -> list[list[tuple[int, int]]]:
    """(start, end) of every occurrence of each ORTH sequence in the doc, like a Matcher with one
    exact-ORTH pattern per sequence, in one vectorised pass over the words."""
    orth = doc.to_array("ORTH")
    firsts = numpy.array([seq[0] for seq in sequences], dtype=orth.dtype)
    words = orth.tolist()
    starting: dict[int, list[int]] = {}  # first word -> where it stands: each sequence looks at its own
    for i in numpy.flatnonzero(numpy.isin(orth, firsts)).tolist():
        starting.setdefault(words[i], []).append(i)
    out: list[list[tuple[int, int]]] = []
    for seq in sequences:
        size = len(seq)
        out.append([(i, i + size) for i in starting.get(seq[0], ()) if tuple(words[i:i + size]) == seq])
    return out


class BoundedAbbreviationDetector(AbbreviationDetector):
    """Keeps at most the match budget's short-form uses (budget.py)."""

    def __init__(self, nlp: Language, name: str, budget: MatchBudget):
        super().__init__(nlp, name)
        self.budget = budget

    def find_matches_for(self, filtered, doc: Doc) -> list[tuple[Span, set[Span]]]:
        """scispaCy's own method, with its global Matcher replaced by `occurrences`."""
        rules: dict[str, Span] = {}
        all_occurrences: dict[Span, set[Span]] = {}
        seen_long: set[str] = set()
        seen_short: set[str] = set()
        for long_candidate, short_candidate in filtered:
            short, long = find_abbreviation(long_candidate, short_candidate)
            if long is not None and long.text not in seen_long and short.text not in seen_short:
                seen_long.add(long.text)
                seen_short.add(short.text)
                all_occurrences.setdefault(long, set()).add(short)
                rules[long.text] = long
        if rules:
            shorts = {text: tuple(t.orth for t in next(iter(all_occurrences[long]))) for text, long in rules.items()}
            for text, found in zip(shorts, occurrences(doc, list(shorts.values())), strict=True):
                for start, end in found:
                    all_occurrences[rules[text]].add(doc[start:end])
        return list(all_occurrences.items())

    def __call__(self, doc: Doc) -> Doc:
        pairs = within(bracket_pairs(doc), self.budget.limit(doc, "brackets"), doc, "brackets", used_in(doc))
        matches = [(m, start + 1, end - 1) for m, start, end in pairs]
        found = []
        for long_form, short_forms in self.find_matches_for(filter_matches(matches, doc), doc):
            for short in short_forms:
                short._.long_form = long_form
                found.append(short)
        # scispaCy keeps the short forms in a set of Spans, whose order changes from one process to
        # the next; in text order, every run gives the same mentions in the same order.
        found.sort(key=lambda s: (s.start, s.end))
        doc._.abbreviations.extend(first_per_kind(found, lambda _: "abbreviation", self.budget.limit(doc), doc))
        return doc


@Language.factory("bounded_abbreviation_detector", default_config={"rules_dir": ""})
def make_bounded_abbreviation_detector(nlp: Language, name: str, rules_dir: str):
    return BoundedAbbreviationDetector(nlp, name, MatchBudget.from_rules(load_rules(rules_dir or None)))


# The linker: a short form defined in the report carries the lexicon entries of its long form, so
# that 'ISCM' later in the text is a spinal-cord metastasis as its long form was.
LINKED_LABELS = ("MARKER", "SITE", "TREATMENT", "METASTASIS", "TUMOUR")


@Language.factory("abbreviation_linker", default_config={"rules_dir": ""})
def make_abbreviation_linker(nlp: Language, name: str, rules_dir: str):
    # histology's words after a tumour noun that make it a disease ('carcinoid heart disease')
    disease_words = frozenset(w.lower() for w in load_rules(rules_dir or None)["histology"]["not_before"])
    return partial(link_abbreviations, disease_words=disease_words)


def link_abbreviations(doc: Doc, disease_words: frozenset = frozenset()) -> Doc:
    """Give each short form the lexicon entries of its long form: ISCM -> spinal cord + metastasis;
    CHD (carcinoid heart disease) gets no tumour and no organ: it is no tumour of the heart."""
    abbreviations = getattr(doc._, "abbreviations", None) or []
    if not abbreviations:
        return doc
    group = doc.spans[SPANS_KEY]
    spans = list(group)  # a SpanGroup makes a new Span object at every step: walk it once
    by_start: dict[int, list[Span]] = {}
    for span in spans:
        by_start.setdefault(span.start, []).append(span)
    existing = {(s.start, s.end, s.label_, s.id_) for s in spans}
    added = []
    for short in abbreviations:
        added += _entries_of_long_form(doc, short, by_start, existing, disease_words)
    if added:
        # A short form already matched for the same label keeps its own entry.
        own = {(s.start, s.end, s.label_) for s in spans}
        group.extend([s for s in added if (s.start, s.end, s.label_) not in own])
    return doc


def _names_a_disease(doc: Doc, long_form: Span, inside: list[Span], disease_words: frozenset) -> bool:
    """'carcinoid heart disease': a tumour noun of the long form followed by a disease word."""
    return any(s.label_ == "TUMOUR" and s.end < long_form.end and doc[s.end].lower_ in disease_words for s in inside)


def _entries_of_long_form(doc: Doc, short: Span, by_start: dict[int, list[Span]], existing: set,
                          disease_words: frozenset) -> list[Span]:
    """New spans on the short form, one per linked lexicon span inside its long form, unless the same
    span is already there (`existing` is updated) or the lexicon span is the short form itself."""
    long_form = short._.long_form
    if long_form is None:
        return []
    inside = [s for i in range(long_form.start, long_form.end) for s in by_start.get(i, ())
              if s.end <= long_form.end and s.label_ in LINKED_LABELS]
    if _names_a_disease(doc, long_form, inside, disease_words):
        inside = [s for s in inside if s.label_ not in ("TUMOUR", "SITE")]
    added = []
    for span in inside:
        key = (short.start, short.end, span.label_, span.id_)
        if key not in existing and not (short.start == span.start and short.end == span.end):
            existing.add(key)
            added.append(Span(doc, short.start, short.end, label=span.label_, span_id=span.id_))
    return added
