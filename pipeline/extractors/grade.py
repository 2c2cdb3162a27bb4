"""Tumour grade as stated ('grade 2', 'G2', 'Grade III', 'intermediate grade'), never from Ki-67.

A grade word counts only near a tumour word and away from other grading systems ('motor power
grade III', 'grade 3 hepatic adverse events')."""
from __future__ import annotations

import re
from collections import Counter

from ..regexes import compile_rule
from .base import INDEX_SENTENCE_RANK, FieldExtractor, Mention, ReportView, keep

WORD = re.compile(r"[\w-]+")


class GradeExtractor(FieldExtractor):
    fields = ("grade",)

    def __init__(self, rules):
        cfg = rules["patterns"]["grade"]
        self.patterns = [(p["id"], compile_rule(p["regex"], 0 if p.get("case_sensitive") else re.IGNORECASE))
                         for p in cfg["patterns"]]
        self.stand_alone = {p["id"] for p in cfg["patterns"] if p.get("stands_alone")}  # 'G2', 'Grade: 2'
        self.map = cfg["map"]
        self.tumour_words = {w.lower() for w in cfg["tumour_words"]}
        self.blockers = {w.lower() for w in cfg["blockers"]}
        self.window = cfg["window_tokens"]
        self.tumour_suffixes = tuple(cfg.get("tumour_suffixes", []))
        self.clause_chars = cfg["clause_chars"]
        self.blocker_after = cfg["blocker_after_words"]

    def find(self, report: ReportView) -> list[Mention]:
        text, out = report.text, []
        claimed = bytearray(len(text) + 1)  # characters inside an earlier rule's match: linear, not per pair
        for rule_id, regex in self.patterns:
            for m in report.within(regex.finditer(text), "grade"):
                if claimed[m.start()]:
                    continue
                claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                key = (m.groupdict().get("g") or m.groupdict().get("lvl") or "").lower()
                value = self.map.get(key)
                if not value:
                    continue
                mention = report.mention("grade", m.start(), m.end(), m.group(0), value, rule_id, "GRADE")
                lo, hi = mention.sentence_start, mention.sentence_end
                # the words of its own clause: 'grade 3 diarrhoea on everolimus; the NET was G2'
                before = [w.lower() for w in WORD.findall(text[max(lo, m.start() - self.clause_chars):m.start()].rpartition(";")[2])][-self.window:]
                after = [w.lower() for w in WORD.findall(text[m.end():min(hi, m.end() + self.clause_chars)].partition(";")[0])][:self.window]
                blocked = next((w for w in before + after[:self.blocker_after] if w in self.blockers), None)
                if blocked:
                    mention.status, mention.reason = "negated", f"not_tumour_grade:{blocked}"
                elif rule_id not in self.stand_alone and not any(w in self.tumour_words or w.endswith(self.tumour_suffixes)
                                                      for w in before + after):
                    mention.status, mention.reason = "negated", "no_tumour_word"
                out.append(mention)
        return out

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        usable = [m for m in mentions if m.usable]
        if not usable:
            return {"grade": None}
        body = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        counts = Counter(m.normalized for m in body)
        top = max(counts.values())
        chosen = min((m for m in body if counts[m.normalized] == top), key=lambda m: m.start)
        keep(mentions, [m for m in body if m.normalized == chosen.normalized])
        return {"grade": chosen.normalized}
