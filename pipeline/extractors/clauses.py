"""The clause a value stands in: the part of its sentence between the semicolons around it. A cue
read in the clause belongs to the value beside it only ('41 mm on CT; the resected specimen was
38 mm', 'a Ki-67 of 15% in the biopsy; in the resected primary it was 2%')."""
from __future__ import annotations

from bisect import bisect_left


def clause_text(report, lo: int, hi: int, at: int) -> str:
    """The clause of the sentence [lo, hi) that holds the character `at`. Each sentence's
    semicolons are found once per report, so a sentence of many values stays linear; a long clause is
    read at most 'clause_max_chars' characters around the value (rules/patterns.json)."""
    start, end = clause_bounds(report, lo, hi, at)
    return report.text[start:end]


def clause_bounds(report, lo: int, hi: int, at: int) -> tuple[int, int]:
    """The character bounds of clause_text's clause."""
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
    return start, end


def contrast_part(text: str, at: int, words) -> str:
    """The part of `text` (a clause) around its character `at` between the contrast words around it
    (rules/patterns.json 'contrast_words': ', while ', ', whereas '): 'The liver metastasis had a Ki-67
    of 15%, while the primary tumour had a Ki-67 of 4%' holds one part per tumour, and a cue read for
    a value ('primary', 'metastasis') is its own part's. r11-mk."""
    lower = text.lower()
    start, end = 0, len(text)
    for word in words:
        before, after = lower.rfind(word, 0, at), lower.find(word, at)
        if before >= 0:
            start = max(start, before)
        if after >= 0:
            end = min(end, after)
    return text[start:end]
