"""A syndrome of the body named with the tumour as its cause: 'Cushing's syndrome caused by a bronchial
carcinoid', 'hypercortisolism secondary to a thymic NET', 'a pancreatic NET causing Cushing syndrome'.

Cushing's syndrome has causes of its own (the pituitary, an adrenal adenoma), so the name alone is no
hormonal syndrome of the NET; stated with the tumour as its cause it is the tumour's ectopic ACTH
syndrome, which is how the guideline defines that value ('Cushing syndrome from the tumour'). The
names, the linking words either way and the organs whose tumours are those other causes live in
rules/syndromes.json 'caused_by_tumour'. Only the words of one sentence, a few words apart, are read:
the tumour nouns are the lexicon's TUMOUR spans, found by bisection (ReportView.spans_near), so the
look-around costs the same in any report. Whether the statement is about the patient is decided
where it always is (ReportView.mention)."""
from __future__ import annotations

import re

from .report_view import ReportView

CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")"})


def _pattern(names) -> re.Pattern:
    """The names as whole words, longest first, any case; spaces as any run of spaces."""
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


class TumourCause:
    """Finds the names of 'caused_by_tumour' whose sentence names a tumour as their cause."""

    def __init__(self, cfg: dict):
        self.canonical_of = {n.lower(): c for c, names in cfg["syndromes"].items() for n in names}
        self.names = _pattern(self.canonical_of)
        self.after = [tuple(link.lower().split()) for link in cfg["links_after"]]  # name, link, tumour
        self.before = [tuple(link.lower().split()) for link in cfg["links_before"]]  # tumour, link, name
        self.reach = cfg["reach_words"]
        self.other_causes = frozenset(w.lower() for w in cfg["other_causes"])

    def find(self, report: ReportView, kind: str):
        """(match, canonical name) of each name stated with a tumour as its cause."""
        for m in report.within(self.names.finditer(report.text), kind):
            first, end = report.tokens_of(m.start(), m.end())
            if self._tumour_after(report, end) or self._tumour_before(report, first):
                yield m, self.canonical_of[re.sub(r"\s+", " ", m.group(0)).lower()]

    def _words(self, report: ReportView, lo: int, hi: int) -> list[str]:
        return [report.lower_word(k) for k in range(max(lo, 0), min(hi, len(report.doc)))]

    def _tumour_after(self, report: ReportView, end: int) -> bool:
        """'<name> caused by [a bronchial] carcinoid': a link right after the name, then a tumour noun."""
        ahead = self._words(report, end, end + 3)
        link = next((link for link in self.after if tuple(ahead[:len(link)]) == link), None)
        if link is None:
            return False
        start = end + len(link)
        return self._tumour_in(report, start, start + self.reach, end)

    def _tumour_before(self, report: ReportView, first: int) -> bool:
        """'a thymic carcinoid causing [severe] <name>': a tumour noun, a link, at most one word, the name."""
        behind = self._words(report, first - 4, first)
        for link in self.before:
            for gap in (0, 1):
                at = len(behind) - gap - len(link)
                if at >= 0 and tuple(behind[at:at + len(link)]) == link:
                    link_start = first - gap - len(link)
                    return self._tumour_in(report, link_start - self.reach, link_start, first)
        return False

    def _tumour_in(self, report: ReportView, lo: int, hi: int, name_at: int) -> bool:
        """A tumour noun starting in [lo, hi), in the name's sentence, with no clause mark and no other
        cause's organ ('pituitary', 'adrenal') between it and the name."""
        for tumour in report.spans_near("TUMOUR", max(lo, 0), hi):
            if report.sent_id(tumour.start) != report.sent_id(name_at):
                continue
            between = self._words(report, min(tumour.start, name_at), max(tumour.end, name_at))
            if not (set(between) & (CLAUSE_MARKS | self.other_causes)):
                return True
        return False
