"""Ki-67 / MIB-1 proliferation index as a low-high pair: '30%' -> 30-30, '20 to 22%' -> 20-22,
'<2%' -> empty-2, '>20%' -> 20-empty."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import INDEX_SENTENCE_RANK, Mention, ReportView, keep


def fmt_pct(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


class Ki67Extractor:
    fields = ("ki67_low", "ki67_high")

    def __init__(self, rules):
        cfg = rules["patterns"]["ki67"]
        self.keyword = compile_rule(cfg["keyword"], re.IGNORECASE)
        self.value = re.compile(cfg["value"], re.IGNORECASE)
        self.reverse = compile_rule(cfg["reverse"], re.IGNORECASE)
        self.max_gap = cfg["max_gap_chars"]
        self.upper_ops = set(cfg["upper_ops"])
        self.lower_ops = set(cfg["lower_ops"])
        self.definitive = [c.lower() for c in cfg["definitive_cues"]]

    def find(self, report: ReportView) -> list[Mention]:
        text, out = report.text, []
        keywords = list(report.within(self.keyword.finditer(text), "ki67"))
        for k in keywords:
            window = text[k.end():k.end() + self.max_gap + 30]
            stop = re.search(r"[.;](?:\s|$)|\n", window)
            window = window[:stop.start()] if stop else window
            v = self.value.search(window)
            if not v or v.start() > self.max_gap or self.keyword.search(window[:v.start()]):
                continue
            op = (v.group("op") or "").lower().strip()
            low, high = float(v.group("low")), float(v.group("high")) if v.group("high") else None
            if high is None:
                low, high = (None, low) if op in self.upper_ops else (low, None) if op in self.lower_ops else (low, low)
            out.append(self._mention(report, k.start(), k.end() + v.end(), low, high, "ki67"))
        # '10% of tumour cells were positive for Ki-67' ends in a keyword: no keyword, no such phrase.
        for r in report.within(self.reverse.finditer(text), "ki67") if keywords else ():
            op, value = (r.group("op") or ""), float(r.group("low"))
            low, high = (None, value) if op in self.upper_ops else (value, None) if op in self.lower_ops else (value, value)
            out.append(self._mention(report, r.start(), r.end(), low, high, "ki67_reverse"))
        return out

    def _mention(self, report, start, end, low, high, rule) -> Mention:
        m = report.mention("ki67", start, end, report.text[start:end], (fmt_pct(low), fmt_pct(high)), rule, "KI67")
        if any(x is not None and x > 100 for x in (low, high)):
            m.status, m.reason = "negated", "impossible_ki67:over_100"
        m.extra["definitive"] = any(c in m.sentence.lower() for c in self.definitive)
        return m

    def decide(self, mentions: list[Mention], row: dict | None = None) -> dict:
        usable = [m for m in mentions if m.usable]
        if not usable:
            return {"ki67_low": None, "ki67_high": None}
        body = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        definitive = [m for m in body if m.extra.get("definitive") and m.section == "case"]
        chosen = min(definitive or body, key=lambda m: m.start)
        keep(mentions, chosen)
        return {"ki67_low": chosen.normalized[0], "ki67_high": chosen.normalized[1]}
