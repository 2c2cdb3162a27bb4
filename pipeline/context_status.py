"""A span's status read off the context cues of its sentence (found by context.py).

A span takes the strongest status among the cues whose scope covers it (other patient > negated >
hypothetical, historical > affirmed); for an affirmed span that a cue would have reached but for a
clause boundary, the reason names the boundary. Each sentence's cues are indexed once, so that a
mention reads only the cues that can act on it.
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .sentences import sentence_table

if TYPE_CHECKING:
    from .context import Cue

STATUS_OF = {"NEGATED": "negated", "REFUSED": "negated", "HYPOTHETICAL": "hypothetical", "HISTORICAL": "historical",
             "OTHER_PATIENT": "other_patient"}
PRIORITY = {"other_patient": 3, "negated": 2, "hypothetical": 1, "historical": 1, "affirmed": 0}
# Every status a mention may have: the ones a cue gives and 'affirmed'. A field's own judgement
# (Mention.overrule) may only choose among them, so mentions.csv never shows a status nobody reads.
STATUSES = frozenset(PRIORITY)
WINDOWED_REACH = 32  # cues reaching at most this many tokens are looked up by position
ALIKE_KEPT = 4  # wide cues acting alike kept per sentence: more than a mention can overlap


class SentenceCues:
    """The cues of one sentence, indexed so that a mention reads only the cues that can act on it:
    those whose reach starts at most WINDOWED_REACH tokens before it (found by bisection), the wider
    ones whose scope holds it (intervals sorted by start, with running maximum ends), and for the
    'scope_ended_by' reason the first wider cue that reaches it. A sentence listing thousands of
    negated findings then costs each mention a few cues, not thousands."""

    def __init__(self, cues: list[Cue], names_index_patient: bool):
        self.cues = [c for c in cues if not (c.category == "OTHER_PATIENT" and names_index_patient
                                             and c.yields_to_index_patient)]
        narrow = [i for i, c in enumerate(self.cues) if c.reach_end - c.reach_start <= WINDOWED_REACH]
        narrow.sort(key=lambda i: self.cues[i].reach_start)
        self.narrow, self.narrow_starts = narrow, [self.cues[i].reach_start for i in narrow]
        # Of the wide cues that act alike (same scope, reach, class and types: 'previously reported
        # cases' repeated down a long sentence), the first few in list order decide every mention;
        # the rest could only lose to them or skip a mention they overlap.
        alike: dict[tuple, int] = {}
        wide = []
        for i, c in enumerate(self.cues):
            if c.reach_end - c.reach_start > WINDOWED_REACH:
                key = (c.scope_start, c.scope_end, c.reach_start, c.reach_end, c.category, c.allowed, c.boundary)
                alike[key] = alike.get(key, 0) + 1
                if alike[key] <= ALIKE_KEPT:
                    wide.append(i)
        wide.sort(key=lambda i: self.cues[i].scope_start)
        self.wide, self.wide_starts = wide, [self.cues[i].scope_start for i in wide]
        self.wide_max_end, running = [], -1
        for i in wide:
            running = max(running, self.cues[i].scope_end)
            self.wide_max_end.append(running)
        self.wide_in_order = sorted(wide)  # list order, for the first cue cut short by a boundary
        self._by_label: dict[str, list[int]] = {}

    def candidates(self, start: int, end: int, label: str) -> list[int]:
        """Indexes (in list order) of every cue that can give the span a status or a reason."""
        found = set()
        lo = bisect.bisect_left(self.narrow_starts, start - WINDOWED_REACH + 1)
        hi = bisect.bisect_right(self.narrow_starts, start)
        found.update(self.narrow[lo:hi])
        k = bisect.bisect_right(self.wide_starts, start) - 1
        while k >= 0 and self.wide_max_end[k] > start:
            if self.cues[self.wide[k]].scope_end > start:
                found.add(self.wide[k])
            k -= 1
        for i in self._wide_for(label):  # the first wide cue that reaches the span from outside its scope
            cue = self.cues[i]
            if cue.start <= start < cue.end or (start < cue.end and end > cue.start):
                continue
            if not cue.scope_start <= start < cue.scope_end and cue.reach_start <= start < cue.reach_end:
                found.add(i)
                break
        return sorted(found)

    def status(self, start: int, end: int, label: str, only_other: bool,
               beside_other: bool = False) -> tuple[str, str]:
        """(status, reason) of the span: the strongest status among the cues whose scope holds it, or
        for an affirmed span the first cue that a clause boundary kept from reaching it; `beside_other`:
        among the cues that speak of no other patient (r24: what a title's value keeps when its title
        overrules a generic statement)."""
        best, cue_text, cut_by = "affirmed", "", ""
        for i in self.candidates(start, end, label):
            cue = self.cues[i]
            if not _acts_on(cue, start, end, label, only_other) or (beside_other and cue.category == "OTHER_PATIENT"):
                continue
            if cue.scope_start <= start < cue.scope_end:
                status = STATUS_OF[cue.category]
                if PRIORITY[status] > PRIORITY[best]:
                    best, cue_text = status, f"{cue.category.lower()}:{cue.text}"
            elif cue.boundary and cue.reach_start <= start < cue.reach_end and not cut_by:
                cut_by = f"scope_ended_by:{cue.boundary} ({STATUS_OF[cue.category]}:{cue.text})"
        return best, cue_text or (cut_by if best == "affirmed" else "")

    def _wide_for(self, label: str) -> list[int]:
        if label not in self._by_label:
            self._by_label[label] = [i for i in self.wide_in_order if self.cues[i].boundary
                                     and not (self.cues[i].allowed and label not in self.cues[i].allowed)]
        return self._by_label[label]


def status_for(doc: Doc, start: int, end: int, label: str, beside_other: bool = False) -> tuple[str, str]:
    """(status, reason) for the token span [start, end) of entity type `label`; with `beside_other`, as the
    cues that speak of no other patient leave it.

    The reason names the cue; for an affirmed span that a cue of its sentence would have reached
    but for a clause boundary, it names the boundary ('scope_ended_by:but (negated:no)')."""
    sentence_cues = _cues_of_sentence(doc, start)
    if not sentence_cues.cues:
        return "affirmed", ""
    only_other = label in (doc._.only_other_patient or ())
    return sentence_cues.status(start, end, label, only_other, beside_other)


def _acts_on(cue: Cue, start: int, end: int, label: str, only_other: bool) -> bool:
    """A cue acts on a span of a type it allows (on a type that only other-patient cues modify, only if
    it is one), and never on itself."""
    if cue.allowed and label not in cue.allowed or only_other and cue.category != "OTHER_PATIENT":
        return False
    return not (cue.start <= start < cue.end or (start < cue.end and end > cue.start))


def _cues_of_sentence(doc: Doc, token: int) -> SentenceCues:
    """The indexed cues of the token's sentence, built on first use (context resets the index)."""
    sent_of, _ = sentence_table(doc)
    sentence = int(sent_of[token])
    indexed = doc._.sentence_cue_index
    if indexed is None:
        indexed = doc._.sentence_cue_index = {}
    if sentence not in indexed:
        cues = doc._.context_cues or {}
        indexed[sentence] = SentenceCues(cues.get(sentence, []), sentence_has_index_cue(doc, sentence))
    return indexed[sentence]


def sentence_has_index_cue(doc: Doc, sentence_number: int) -> bool:
    return sentence_number in (doc._.index_cue_sentences or ())
