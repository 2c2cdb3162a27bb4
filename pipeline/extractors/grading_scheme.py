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

from .base import Mention, ReportView

_GRADE = r"(?:\bG|\bgrade\s*)(?P<g>[123]|I{1,3})\b"
_VALUE = r"(?:[<>≤≥]\s*|(?:less|more|greater|fewer) than\s+|up to\s+|over\s+|above\s+|under\s+|below\s+)?" \
         r"\d+(?:[.,]\d+)?\s*%?\s*(?:(?:-|–|to)\s*\d+(?:[.,]\d+)?\s*)?(?:%|mitos[ie]s|/)"
_KEYWORD = r"(?:(?:ki[\s‐‑–-]?67|mib[\s‐‑–-]?1)\s*(?:index|LI)?\s*(?:of\s*)?)?"
# 'G1: Ki-67 <3%', 'G2 (3-20%)', 'grade 3, >20%': a grade, then its threshold
GRADE_THEN_VALUE = re.compile(_GRADE + r"\s*[:=(,]?\s*" + _KEYWORD + _VALUE, re.IGNORECASE)
# '<3% (G1)', '3-20% (G2)': a threshold, then its grade in brackets
VALUE_THEN_GRADE = re.compile(
    r"(?:[<>≤≥]\s*)?\d+(?:[.,]\d+)?\s*%?\s*(?:(?:-|–|to)\s*\d+(?:[.,]\d+)?\s*)?%\s*\(\s*" + _GRADE + r"\s*\)",
    re.IGNORECASE)
ITEM_GAP = 60  # characters at most between two items of one list
ROMAN = {"i": "1", "ii": "2", "iii": "3"}


def scheme_spans(report: ReportView) -> list[tuple[int, int]]:
    """The [start, end) spans of the grading schemes written out in the report."""
    spans = report.cache.get("grading_schemes")
    if spans is None:
        items = sorted((m.start(), m.end(), ROMAN.get(m.group("g").lower(), m.group("g")))
                       for regex in (GRADE_THEN_VALUE, VALUE_THEN_GRADE) for m in regex.finditer(report.text))
        spans = report.cache["grading_schemes"] = _lists(items)
    return spans


def _lists(items: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of items no more than ITEM_GAP apart that hold at least two different grades."""
    spans: list[tuple[int, int]] = []
    grades: set[str] = set()
    first, last = -1, -1  # the run so far: its start, its farthest end (and its grades)
    for start, end, grade in items + [(10**12, 10**12, "")]:  # a sentinel closes the last run
        if first >= 0 and start - last > ITEM_GAP:
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
            m.status, m.reason = "negated", "grading_scheme"
    return mentions
