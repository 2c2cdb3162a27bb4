"""An operation told by what it took out: 'removal of the pancreatic lesion', 'we removed the entire
tumour', 'the mass was completely removed'.

Reports name an operation by its kind ('resection', 'pancreatectomy') or by its object: a removal word
is surgery when a tumour noun (the lexicon's TUMOUR spans: tumour, mass, lesion, polyp, carcinoid, ...)
is what it removed, a few words on ('removal of the pancreatic lesion') or as the subject of a passive
('the lesion was removed'). A drain, a catheter or a stent removed is no tumour treatment, and so a
removal word alone is none. The words and the reach are rules/treatments.json 'removal'; the tumour
nouns are found by bisection (ReportView.spans_near), so the look-around costs the same in any report.
Whether the removal was done, refused or only considered is decided where it always is
(ReportView.mention)."""
from __future__ import annotations

from .report_view import ReportView

CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "and", "but", "after", "before", "because", "which"})


class TumourRemoval:
    """The removal words of a report whose object is a tumour noun."""

    def __init__(self, cfg: dict):
        self.words = frozenset(w.lower() for w in cfg["words"])
        self.passive = frozenset(w.lower() for w in cfg["passive_words"])
        self.reach = cfg["reach_words"]

    def find(self, report: ReportView) -> list[int]:
        """The token index of each removal word with a tumour as its object."""
        return [i for i in report.tokens_named("removal_words", self.words)
                if self._object_after(report, i) or self._subject_before(report, i)]

    def _clear(self, report: ReportView, lo: int, hi: int) -> bool:
        return not any(report.lower_word(k) in CLAUSE_MARKS for k in range(lo, hi))

    def _object_after(self, report: ReportView, i: int) -> bool:
        """'removal of the pancreatic lesion', 'removed the entire tumour'."""
        return any(report.sent_id(t.start) == report.sent_id(i) and self._clear(report, i + 1, t.start)
                   for t in report.spans_near("TUMOUR", i + 1, i + 1 + self.reach))

    def _subject_before(self, report: ReportView, i: int) -> bool:
        """'the lesion was (completely) removed': a tumour noun, a passive auxiliary, the word."""
        for t in report.spans_near("TUMOUR", max(0, i - self.reach - report.longest_span("TUMOUR")), i):
            if t.end <= i and i - t.end <= self.reach and report.sent_id(t.start) == report.sent_id(i):
                between = [report.lower_word(k) for k in range(t.end, i)]
                if self.passive & set(between) and self._clear(report, t.end, i):
                    return True
        return False
