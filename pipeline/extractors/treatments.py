"""Treatments given, started or decided for the index patient.

Refused or only considered treatments ('surgery was deemed inappropriate', 'radiotherapy was
considered') are dropped by the shared context cues; imaging tracers ('In-111 octreotide SPECT')
are not treatments; a class ('chemotherapy') is kept only when none of its agents is named."""
from __future__ import annotations

from .base import INDEX_SENTENCE_RANK, Mention, ReportView, keep


class TreatmentExtractor:
    fields = ("treatments",)

    def __init__(self, rules):
        cfg = rules["treatments"]
        self.regimens = cfg["regimens"]
        self.classes = {k: set(v) for k, v in cfg["classes"].items()}
        self.excluded_heads = set(cfg["excluded_heads"])

    def find(self, report: ReportView) -> list[Mention]:
        doc, out = report.doc, []
        imaging = report.spans("IMAGING")
        fuzzy = doc.user_data.get("fuzzy", {})
        candidates = [(s, [s.id_], f"fuzzy:{fuzzy[(s.start, 'TREATMENT')]}" if (s.start, "TREATMENT") in fuzzy
                       else f"treatment:{s.id_}") for s in report.spans("TREATMENT")]
        candidates += [(s, self.regimens[s.id_], f"regimen:{s.id_}") for s in report.spans("REGIMEN")]
        for span, names, rule in candidates:
            reason = ""
            if any(report.same_sentence(i, span) and (-3 <= i.start - span.end <= 3 or -3 <= span.start - i.end <= 2)
                   for i in imaging):
                reason = "imaging_agent"
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and nxt.lower_ in self.excluded_heads:
                reason = f"not_a_treatment:{nxt.lower_}"
            for name in names:
                m = report.mention("treatments", span.start_char, span.end_char, span.text, name, rule, "TREATMENT")
                if reason:
                    m.extra["drop"] = True
                    m.reason = reason
                out.append(m)
        return out

    def decide(self, mentions: list[Mention], row: dict | None = None) -> dict:
        usable = [m for m in mentions if m.usable and not m.extra.get("drop") and m.rank < INDEX_SENTENCE_RANK]
        names: list[str] = []
        for m in sorted(usable, key=lambda m: m.start):
            if m.normalized not in names:
                names.append(m.normalized)
        for cls, members in self.classes.items():
            if cls in names and members & set(names):
                names.remove(cls)
        keep(mentions, [m for m in usable if m.normalized in names])
        return {"treatments": names}
