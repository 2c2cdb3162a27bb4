"""Runs the extractors on one processed report and assembles its row, with reviewer flags."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .columns import COLUMNS, LIST_COLUMNS, OUTPUT_COLUMNS  # noqa: F401  (re-exported)
from .budget import over_budget
from .extractors import Mention, ReportView, build_extractors
from .rules import Rules


def in_who_band(grade: str, ki67: float) -> bool:
    """WHO 2019 Ki-67 bands for well-differentiated NETs: G1 < 3%, G2 3-20%, G3 > 20%."""
    return ki67 < 3 if grade == "G1" else 3 <= ki67 <= 20 if grade == "G2" else ki67 > 20


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
        for extractor in self.extractors:
            found = extractor.find(view)
            row.update(extractor.decide(found, row))
            mentions.extend(found)
        row["flags"] = self.flags(row, mentions) + (["dense_text"] if over_budget(doc) else [])
        for key in [k for k in row if k.startswith("_")]:
            del row[key]
        return CaseResult(row=row, mentions=mentions)

    @staticmethod
    def flags(row: dict, mentions: list[Mention]) -> list[str]:
        flags = []
        if row.get("_several_sizes"):
            flags.append("several_sizes")
        grade = row.get("grade")
        values = [float(v) for v in (row.get("ki67_low"), row.get("ki67_high")) if v is not None]
        if grade and values and not any(in_who_band(grade, v) for v in values):
            flags.append("grade_ki67_mismatch")
        impossible = sorted({m.reason.split(":")[0] for m in mentions if m.reason.startswith("impossible_")})
        flags.extend(impossible)
        if not any(row.get(c) for c in COLUMNS[1:] if c != "metastasis") and row.get("metastasis") == "unknown":
            flags.append("nothing_found")
        return flags
