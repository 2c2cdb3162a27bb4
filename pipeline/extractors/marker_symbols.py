"""Stains the vocabulary does not list, told by their symbol in a list of stains it does (r12-mk):
'positive for MUM1, TLE1 and synaptophysin', 'STAT6, DLL3 and CK7 were negative'.

The labelling guideline names any stain by its usual symbol, and new antibodies come every year, so a
word list is always behind. A gene symbol in upper case with a number ('MUM1', 'SOX11', 'HNF1B') is
read as a stain only where a stain list holds it: joined by commas, 'and' or 'or' to a marker the
vocabulary knows (or to another such symbol that is joined so), in one sentence. A symbol alone
('positive for MEN1') or followed by a word that makes it a gene ('a BRCA2 variant', 'MEN1 mutation')
is left out: the shape is rules/markers.json 'symbol_shape', the gene words 'symbol_gene_words'. The
polarity is then the list's own, read by the cues as for any marker."""
from __future__ import annotations

import re

from .base import ReportView

JOINS = frozenset({",", "and", "or"})


class SymbolReader:
    """Finds stain symbols beside known markers (`find`)."""

    def __init__(self, cfg: dict):
        self.shape = re.compile(cfg["symbol_shape"]) if cfg.get("symbol_shape") else None
        self.gene_words = frozenset(cfg.get("symbol_gene_words", ()))

    def find(self, report: ReportView, markers: list) -> list[tuple[int, int, str, str]]:
        """(start, end, canonical, text) of each symbol that a list of known `markers` holds."""
        if self.shape is None:
            return []
        doc = report.doc
        taken = {i for start, end, *_ in markers for i in range(start, end)}
        found: dict[int, str] = {}
        for start, end, *_ in markers:
            lo, hi = report.sentence_bounds(start)
            for step, edge in ((-1, start - 1), (1, end)):
                self._walk(doc, edge, step, (lo, hi), taken, found)
        return [(i, i + 1, text, text) for i, text in sorted(found.items())]

    def _walk(self, doc, i: int, step: int, bounds: tuple[int, int], taken: set[int], found: dict) -> None:
        """From a known marker's edge, over joins, symbol after symbol, in the direction `step`."""
        lo, hi = bounds
        while lo <= i < hi:
            j = i
            while lo <= j < hi and doc[j].lower_ in JOINS:
                j += step
            if j == i or not lo <= j < hi or j in taken or not self._symbol(doc, j, hi):
                return
            found[j] = doc[j].text
            i = j + step

    def _symbol(self, doc, j: int, hi: int) -> bool:
        """Is token j a stain symbol, and no gene named as such ('MEN1 mutation')?"""
        assert self.shape is not None
        return bool(self.shape.match(doc[j].text)) and not (j + 1 < hi and doc[j + 1].lower_ in self.gene_words)
