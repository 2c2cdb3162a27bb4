"""The grading scheme written out in the text: '(G1: Ki-67 <3%; G2: 3-20%; G3: >20%)', 'G1 (<3%), G2
(3-20%) and G3 (>20%)', 'Ki-67 <3% (G1), 3-20% (G2), >20% (G3)'.

Such a list states the grades' thresholds, not the patient's tumour: a report that applies the WHO
grading often quotes it beside the patient's own values ('According to the WHO classification (G1:
Ki-67 <=2%; G2: 3-20%; G3: >20%), the tumour was G2'). Each grade of the list comes with a threshold
(a bound or a range); two or more different grades so listed close together make a scheme, and the
Ki-67 values, grades and mitotic counts inside its span are no finding. One grade with its value
('NET G1 (Ki-67 <2%)') is the patient's and stays. Read once per report and kept in its cache.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..regexes import compile_rule
from .base import Mention, ReportView


@lru_cache(maxsize=8)
def _items(grade: str, keyword: str, index_words: str, percent: str, count: str) -> tuple[re.Pattern, re.Pattern]:
    """The two shapes of a list item, made of the rules' pieces (rules/patterns.json 'grade.scheme';
    the per-cent value and the keyword are Ki-67's own): 'G1: Ki-67 <3%', 'G2 (3-20%)', 'grade 3, >20%',
    'G1 (<2 mitoses/10 HPF)' (a grade, then its threshold) and '<3% (G1)' (a threshold, then its grade
    in brackets)."""
    threshold = f"(?:{keyword}{index_words})?(?:{percent}|{count})"
    return (compile_rule(grade + r"\s*[:=(,]?\s*" + threshold, re.IGNORECASE),
            compile_rule(percent + r"\s*\(\s*" + grade + r"\s*\)", re.IGNORECASE))


@lru_cache(maxsize=8)
def _bracketed_grade(grade: str) -> re.Pattern:
    """'(G1)', '(grade 2)': the piece every '<3% (G1)' item ends with. The threshold-first shape is
    searched only in a report that holds one: its optional words ('less than', 'about') make the
    search try nearly every position of the text, a tenth of a whole run on reports without any."""
    return compile_rule(r"\(\s*" + grade + r"\s*\)", re.IGNORECASE)


def scheme_spans(report: ReportView) -> list[tuple[int, int]]:
    """The [start, end) spans of the grading schemes written out in the report."""
    spans = report.cache.get("grading_schemes")
    if spans is None:
        cfg, ki67 = report.rules["patterns"]["grade"], report.rules["patterns"]["ki67"]
        scheme, grade_of = cfg["scheme"], cfg["map"]
        shapes = _items(scheme["grade"], ki67["keyword"], scheme["index_words"], ki67["value"], scheme["count_value"])
        searched = shapes if _bracketed_grade(scheme["grade"]).search(report.text) else shapes[:1]
        items = sorted((m.start(), m.end(), grade_of[m.group("g").lower()])
                       for regex in searched for m in regex.finditer(report.text))
        spans = report.cache["grading_schemes"] = _lists(items, scheme["item_gap_chars"])
    return spans


def _lists(items: list[tuple[int, int, str]], gap: int) -> list[tuple[int, int]]:
    """Runs of items no more than `gap` characters apart that hold at least two different grades."""
    spans: list[tuple[int, int]] = []
    grades: set[str] = set()
    first, last = -1, -1  # the run so far: its start, its farthest end (and its grades)
    for start, end, grade in items + [(10**12, 10**12, "")]:  # a sentinel closes the last run
        if first >= 0 and start - last > gap:
            if len(grades) >= 2:
                spans.append((first, last))
            first, last, grades = -1, -1, set()
        if first < 0:
            first = start
        last, grades = max(last, end), grades | {grade}
    return spans


def mark_scheme_mentions(report: ReportView, mentions: list[Mention]) -> list[Mention]:
    """Negate the mentions that overlap a written-out grading scheme (reason 'grading_scheme')."""
    spans = scheme_spans(report)
    for m in mentions:
        if m.usable and any(m.start < hi and lo < m.end for lo, hi in spans):
            m.overrule("negated", "grading_scheme")
    return mentions
