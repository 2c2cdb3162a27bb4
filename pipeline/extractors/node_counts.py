"""A count of lymph nodes, read in either direction from where it ends or starts: 'in 3 of 15 lymph
nodes', 'in 3 of the 15 nodes', 'in 3/15 nodes', 'in 2 out of 20 excised lymph nodes'. The words of a
count are numbers, 'n/m' fractions and rules/metastasis.json's node_pathology 'count_words' ('of',
'the', 'out'); a count holds at least one number, and a count whose first number is one of
node_predicate's 'zero_counts' ('0 of 15 nodes') is a count of none, which reaches no node.

Pathology's 'tumour was found in 3 of 15 lymph nodes' reads it backwards from the nodes
(pathology_findings.py); a metastasis word's list of sites ('metastasis in 2 of the 20 harvested lymph
nodes') reads it forwards from the preposition and does not count its words among the few that may
stand before a site (metastasis_sites.py)."""
from __future__ import annotations

import re

FRACTION = re.compile(r"\d+/\d+")  # '4/11' nodes


class NodeCount:
    def __init__(self, rules):
        cfg = rules["metastasis"]
        self.words = set(cfg["node_pathology"]["count_words"])
        self.zero = set(cfg["node_predicate"]["zero_counts"])

    def _in_count(self, token) -> bool:
        return token.like_num or bool(FRACTION.fullmatch(token.text)) or token.lower_ in self.words

    def _of_some(self, first: str | None) -> bool:
        return first is not None and first.split("/")[0] not in self.zero

    def start_before(self, doc, j: int, lo: int) -> int:
        """The token before a count that ends at token j, or j itself when none (or a count of none) ends there."""
        k, first = j, None
        while k > lo and self._in_count(doc[k]):
            first = doc[k].lower_ if doc[k].lower_ not in self.words else first
            k -= 1
        return k if self._of_some(first) else j

    def end_after(self, doc, j: int, hi: int) -> int:
        """The token after a count that starts at token j, or j itself when none (or a count of none) starts there."""
        k, first = j, None
        while k < hi and self._in_count(doc[k]):
            if first is None and doc[k].lower_ not in self.words:
                first = doc[k].lower_
            k += 1
        return k if self._of_some(first) else j
