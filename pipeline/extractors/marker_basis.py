"""Stains named as the basis of the diagnosis, with no result word (r12-mk): 'The diagnosis was
confirmed by immunohistochemistry (CgA, Syn, CD56)', 'the diagnostic confirmation rested on the
immunohistochemical determination of NSE and CgA', 'Chromogranin A and synaptophysin immunostaining
supported the diagnosis', and a bare list after a stain heading ('Immunohistochemistry: CgA,
synaptophysin, CD56.').

A writer who says the stains confirmed a neuroendocrine tumour says they were positive; the
labelling guideline reads them so. The same list with no result and no such word ('Stains for CgA
and Syn were performed', '... are pending', '... should confirm the diagnosis') states nothing, so
the reading needs three things in the stains' sentence: a run of markers that no cue governs (nor
names elsewhere in the sentence: 'IHC (CgA, Syn, CK20) confirmed a NET; CK20 was negative'), held by a
stain-method phrase right before it ('immunohistochemistry for', 'IHC (', 'determination of',
'analysis:') or a stain noun right after it ('CgA and Syn immunostaining'); a word that makes the
stains the diagnosis's basis (rules/markers.json 'polarity' 'basis_words'), or else a colon after
the stain phrase whose list runs to the sentence's end; and no word that leaves the result open or
denies it (the polarity 'negators', the 'panel_verbs', 'basis_blockers'). Markers that another cue
governs keep their polarity: this reader only fills the ones left without."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .base import ReportView

BRACKETS = frozenset("()[]")


@dataclass(frozen=True)
class BasisReader:
    """The words of rules/markers.json 'polarity' that tell a basis sentence."""

    stain: re.Pattern  # a stain-method word ('immunohistochemistry', 'IHC', 'immunostaining', 'stains')
    basis: frozenset[str]  # 'confirmed', 'supported', 'consistent', ...
    blockers: frozenset[str]  # negators, panel verbs, modals: the result is open or denied
    joins: frozenset[str]  # the markers' list words
    reach: int  # words between the stain phrase and its list
    verbs: frozenset[str]  # 'was', 'showed': a stain word before one is the subject of another clause

    @classmethod
    def from_rules(cls, pol: dict) -> BasisReader:
        blockers = set(pol["negators"]) | set(pol["basis_blockers"]) | {
            w for phrase in pol["panel_verbs"] for w in phrase.split()[:1]}
        return cls(stain=re.compile(pol["basis_stain_regex"], re.IGNORECASE), basis=frozenset(pol["basis_words"]),
                   blockers=frozenset(blockers), joins=frozenset(pol["list_words"]) | BRACKETS,
                   reach=pol["basis_reach_tokens"], verbs=frozenset(pol["predicate_verbs"]))

    def told(self, report: ReportView, markers, marker_tokens: set[int], governed: set) -> dict:
        """(start, end) of each marker without a polarity that a basis sentence names -> ('positive',
        the stain word that holds it)."""
        out: dict = {}
        told = {(report.sent_id(s), name) for s, e, name, *_ in markers if (s, e) in governed}
        runs = _runs(report, [(s, e) for s, e, name, *_ in sorted(markers)
                              if (s, e) not in governed and (report.sent_id(s), name) not in told],
                     marker_tokens, self.joins)
        sentence_words: dict[int, set[str]] = {}  # once per sentence: a long one may hold many runs
        for run in self._colon_lists(report, runs, marker_tokens):
            lo, hi = report.sentence_bounds(run[0][0])
            if lo not in sentence_words:
                sentence_words[lo] = {report.lower_word(i) for i in range(lo, hi)}
            held = self._basis_of(report, run, sentence_words[lo], (lo, hi))
            if held is not None:
                out.update((item, ("positive", report.doc[held].text)) for item in run)
        return out

    def _basis_of(self, report: ReportView, run: list, words: set[str], bounds: tuple[int, int]) -> int | None:
        """The stain word that makes `run` the basis of the diagnosis in its sentence of `words`, or None."""
        lo, hi = bounds
        if words & self.blockers:
            return None
        held = self._held_before(report, run[0][0], lo) or self._held_after(report, run[-1][1], hi)
        if held is None:
            return None
        if words & self.basis or (held[1] and self._runs_to_end(report, run[-1][1], hi)):
            return held[0]
        return None

    def _colon_lists(self, report: ReportView, runs: list[list], marker_tokens: set[int]) -> list[list]:
        """The runs, those of one list after a stain heading's colon joined: 'analysis: CK, epithelial
        membrane antigen, CgA, Syn.' is one list though a name the vocabulary lacks stands in it (items
        of at most `reach` words, between commas or 'and')."""
        out: list[list] = []
        for run in runs:
            if out and self._one_colon_list(report, out[-1], run, marker_tokens):
                out[-1] = out[-1] + run
            else:
                out.append(run)
        return out

    def _one_colon_list(self, report: ReportView, run: list, after: list, marker_tokens: set[int]) -> bool:
        lo = report.sentence_bounds(run[0][0])[0]
        if report.sent_id(after[0][0]) != report.sent_id(run[0][0]) or not (self._held_before(report, run[0][0], lo)
                                                                           or (None, False))[1]:
            return False
        item = 0
        for i in range(run[-1][1], after[0][0]):
            word = report.lower_word(i)
            if i in marker_tokens or word in self.verbs or word in (".", ";", ":"):
                return False
            item = 0 if word in (",", "and") else item + 1
            if item > self.reach:
                return False
        return True

    def _held_before(self, report: ReportView, first: int, lo: int) -> tuple[int, bool] | None:
        """(the stain word, whether a colon follows it) of a stain phrase within `reach` words before
        the run's first marker: 'immunohistochemistry (', 'determination of', 'diagnostic analysis:'."""
        colon = False
        for i in range(first - 1, max(lo, first - 1 - self.reach) - 1, -1):
            word = report.lower_word(i)
            if self.stain.match(word):
                return i, colon
            if word in self.verbs or word in (".", ";", ","):
                return None
            colon = colon or word == ":"
        return None

    def _held_after(self, report: ReportView, end: int, hi: int) -> tuple[int, bool] | None:
        """The stain noun right after the run ('CgA and Syn immunostaining'), over a closing bracket."""
        i = end + (end < hi and report.lower_word(end) in (")", "]"))
        return (i, False) if i < hi and self.stain.match(report.lower_word(i)) else None

    def _runs_to_end(self, report: ReportView, end: int, hi: int) -> bool:
        """Does nothing but a full stop (or a line's end) follow the run in its sentence?"""
        return all(report.lower_word(i) in (".", ")") or report.doc[i].is_space for i in range(end, hi))


def _runs(report: ReportView, items: list[tuple[int, int]], marker_tokens: set[int], joins) -> list[list]:
    """The markers of `items` grouped into lists: consecutive ones with only list words, commas and
    brackets between them (and no marker of another polarity)."""
    runs: list[list] = []
    for start, end in items:
        if runs and all(report.lower_word(i) in joins and i not in marker_tokens
                        for i in range(runs[-1][-1][1], start)) and report.sent_id(start) == report.sent_id(
                runs[-1][-1][0]):
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return runs
