"""A stain result told in the sentence after its panel (r9c): 'Immunohistochemical stains for
thyroglobulin, TTF-1 and calcitonin were performed. However, all were negative.'

The panel sentence names its markers and no polarity (a panel verb leaves them without one: see
marker_cues.MarkerCues._names_panel); the next sentence names no marker and opens with nothing but a
word for them all ('all', 'both', 'these', 'they') and a result ('were negative'). Such a result is
the panel's, and so is one after a semicolon that follows the panel in its own sentence ('... were
performed; all were negative'): each marker of the panel without a polarity of its own takes it. The
shape of the result is rules/markers.json 'polarity' 'result_sentence', the tokens that open a result
clause in the panel's own sentence its 'result_clause_openers'."""
from __future__ import annotations

import re

from .base import ReportView


def results_told_after(report: ReportView, markers, marker_tokens: set[int], nearest: dict,
                       result: re.Pattern | None, openers: frozenset[str]) -> dict:
    """(start, end) of each marker without a polarity whose sentence is followed by a result
    sentence (or whose result clause `openers` opens in its own) -> (polarity, the result's words)."""
    if result is None:
        return {}
    waiting: dict[int, list[tuple[int, int]]] = {}  # sentence id -> its markers without a polarity
    for start, end, *_ in markers:
        if (start, end) not in nearest:
            waiting.setdefault(report.sent_id(start), []).append((start, end))
    out: dict = {}
    doc = report.doc
    for items in waiting.values():
        lo, hi = _result_clause(report, items, openers)
        if lo >= hi or any(i in marker_tokens for i in range(lo, hi)):
            continue  # a sentence with markers of its own tells their results, not the panel's
        m = result.match(doc[lo:hi].text)
        if m:
            out.update((item, (m.group("polarity").lower(), m.group(0))) for item in items)
    return out


def _result_clause(report: ReportView, items: list[tuple[int, int]], openers: frozenset[str]) -> tuple[int, int]:
    """The tokens where the panel's result may stand: after the first opener (';') past its markers
    in their sentence, else the next sentence (empty at the document's end)."""
    doc = report.doc
    last = max(end for _, end in items)
    hi = report.sentence_bounds(items[0][0])[1]
    opener = next((i for i in range(last, hi) if doc[i].text in openers), None)
    if opener is not None:
        return opener + 1, hi
    return report.sentence_bounds(hi) if hi < len(doc) else (hi, hi)
