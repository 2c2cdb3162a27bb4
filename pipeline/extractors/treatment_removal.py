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
        self.organ_fillers = frozenset(w.lower() for w in cfg["organ_fillers"])
        self.organ_blockers = frozenset(w.lower() for w in cfg["organ_blockers"])

    def find(self, report: ReportView) -> list[int]:
        """The token index of each removal word with a tumour as its object."""
        return [i for i in report.tokens_named("removal_words", self.words)
                if self._object_after(report, i) or self._subject_before(report, i) or self._organ_after(report, i)]

    def _clear(self, report: ReportView, lo: int, hi: int) -> bool:
        return not any(report.lower_word(k) in CLAUSE_MARKS for k in range(lo, hi))

    def _object_after(self, report: ReportView, i: int) -> bool:
        """'removal of the pancreatic lesion', 'removed the entire tumour'."""
        return any(report.sent_id(t.start) == report.sent_id(i) and self._clear(report, i + 1, t.start)
                   for t in report.spans_near("TUMOUR", i + 1, i + 1 + self.reach))

    def _organ_after(self, report: ReportView, i: int) -> bool:
        """r9b: an organ or a length of it as the object ('removal of 15 cm of small bowel', 'removal
        of the spleen'): a resection named by what it took, as 'splenectomy' names it. Only
        'organ_fillers' words and numbers stand between, so that 'removal of a stone from the bile
        duct' or 'removal of the stent in the duodenum' is none, and the organ is no place of an
        'organ_blockers' object ('removal of the biliary stent', 'of the pleural drain')."""
        def filler(k: int) -> bool:
            return report.lower_word(k) in self.organ_fillers or report.doc[k].like_num

        def object_head(site) -> bool:  # 'removal of the biliary stent': the organ names a stent's place
            return site.end >= len(report.doc) or report.lower_word(site.end) not in self.organ_blockers

        return any(site.start > i + 1 and report.sent_id(site.start) == report.sent_id(i)
                   and all(filler(k) for k in range(i + 1, site.start)) and object_head(site)
                   for site in report.spans_near("SITE", i + 1, i + 1 + self.reach))

    def _subject_before(self, report: ReportView, i: int) -> bool:
        """'the lesion was (completely) removed': a tumour noun, a passive auxiliary, the word."""
        for t in report.spans_near("TUMOUR", max(0, i - self.reach - report.longest_span("TUMOUR")), i):
            if t.end <= i and i - t.end <= self.reach and report.sent_id(t.start) == report.sent_id(i):
                between = [report.lower_word(k) for k in range(t.end, i)]
                if self.passive & set(between) and self._clear(report, t.end, i):
                    return True
        return False
