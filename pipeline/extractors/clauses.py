"""The clause a value stands in: the part of its sentence between the semicolons around it. A cue
read in the clause belongs to the value beside it only ('41 mm on CT; the resected specimen was
38 mm', 'a Ki-67 of 15% in the biopsy; in the resected primary it was 2%')."""
from __future__ import annotations

from bisect import bisect_left


def clause_text(report, lo: int, hi: int, at: int) -> str:
    """The clause of the sentence [lo, hi) that holds the character `at`. Each sentence's
    semicolons are found once per report, so a sentence of many values stays linear; a long clause is
    read at most 'clause_max_chars' characters around the value (rules/patterns.json)."""
    marks = report.cache.setdefault("semicolons", {}).get(lo)
    if marks is None:
        text = report.text
        marks = report.cache["semicolons"][lo] = (
            [i for i in range(lo, hi) if text[i] == ";"] if ";" in text[lo:hi] else [])
    k = bisect_left(marks, at)
    start = marks[k - 1] + 1 if k else lo
    end = marks[k] if k < len(marks) else hi
    longest = report.rules["patterns"]["clause_max_chars"]  # a run-on list is not read whole per value
    if end - start > longest:
        start, end = max(start, at - longest // 2), min(end, at + longest // 2)
    return report.text[start:end]
