"""Runs the extractors on one processed report and assembles its row, with reviewer flags."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .columns import COLUMNS, LIST_COLUMNS, OUTPUT_COLUMNS  # noqa: F401  (re-exported)
from .budget import over_budget
from .extractors import Mention, ReportView, build_extractors
from .rules import Rules


def in_who_band(grade: str, low: float | None, high: float | None) -> bool:
    """Can a Ki-67 stated as [low, high] lie in the grade's WHO 2019 band for well-differentiated
    NETs (G1 < 3%, G2 3-20%, G3 > 20%)? A bound stated alone is open: '<3%' is below 3, '>20%' above 20."""
    open_high, open_low = low is None, high is None
    lo, hi = (0.0 if low is None else low), (100.0 if high is None else high)
    if grade == "G1":
        return lo < 3
    if grade == "G2":
        return (hi > 3 if open_high else hi >= 3) and (lo < 20 if open_low else lo <= 20)
    return hi > 20


@dataclass
class CaseResult:
    row: dict
    mentions: list[Mention]


class CaseAssembler:
    def __init__(self, rules: Rules):
        self.rules = rules
        self.extractors = build_extractors(rules)

    def assemble(self, report_id: str, doc: Doc) -> CaseResult:
        view = ReportView(doc, self.rules)
        row: dict = {"report_id": report_id}
        mentions: list[Mention] = []
        raised: list[str] = []
        for extractor in self.extractors:
            found = extractor.find(view)
            row.update(extractor.decide(found, {k: row[k] for k in extractor.reads}))
            raised.extend(extractor.raised_flags(found))
            mentions.extend(found)
        row["flags"] = raised + self.flags(row, mentions) + (["dense_text"] if over_budget(doc) else [])
        return CaseResult(row=row, mentions=mentions)

    @staticmethod
    def flags(row: dict, mentions: list[Mention]) -> list[str]:
        flags = []
        grade = row.get("grade")
        low, high = (None if row.get(k) is None else float(row[k]) for k in ("ki67_low", "ki67_high"))
        if grade and (low is not None or high is not None) and not in_who_band(grade, low, high):
            flags.append("grade_ki67_mismatch")
        impossible = sorted({m.reason.split(":")[0] for m in mentions if m.reason.startswith("impossible_")})
        flags.extend(impossible)
        if not any(row.get(c) for c in COLUMNS[1:] if c != "metastasis") and row.get("metastasis") == "unknown":
            flags.append("nothing_found")
        return flags
