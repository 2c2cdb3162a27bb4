"""A verdict per distinct word, kept across reports, and the positions of the words that have one.

Reports repeat their words, and a corpus repeats its vocabulary: judging each word once (by shape,
suffix or edit distance) and finding its positions with one array operation keeps the per-token
work in C, where a Python loop over every token of every report would cost a tenth of tokenising.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import numpy
import pandas
from spacy.tokens import Doc

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)

V = TypeVar("V")
UNJUDGED: Any = object()


def distinct_words(doc: Doc, attr: str = "LOWER") -> tuple[list[int], numpy.ndarray]:
    """(the distinct word ids of the doc, the row of each token's word among them), computed once
    per doc and attribute. pandas.factorize hashes in C: a quarter of the cost of sorting."""
    cache = doc._.distinct_words
    if cache is None:
        cache = doc._.distinct_words = {}
    found = cache.get(attr)
    if found is None:
        codes, uniques = pandas.factorize(doc.to_array(attr).view("int64"))
        found = cache[attr] = (uniques.view("uint64").tolist(), codes)
    return found


_KEYS: dict[frozenset, tuple[numpy.ndarray, frozenset]] = {}  # words -> their string hashes (the same in every vocab)
KEY_CACHE_LIMIT = 1024
SHORT_DOC = 256  # tokens: below this a set look-up per token is cheaper than numpy's sort-based isin


def positions_of(doc: Doc, lower: numpy.ndarray, words) -> list[int]:
    """Indices of the tokens whose lower-case form is one of `words`, from the doc's LOWER array in
    one numpy pass (no Token objects). The hashes of a word list are made once, so a short report
    (a sentence of a test, a line of the review page) pays no pass over a long list."""
    frozen = words if isinstance(words, frozenset) else frozenset(words)
    found = _KEYS.get(frozen)
    if found is None:
        if len(_KEYS) >= KEY_CACHE_LIMIT:  # the rules hold a few dozen lists; anything else starts afresh
            _KEYS.clear()
        keys = numpy.fromiter((doc.vocab.strings.add(w) for w in frozen), dtype=lower.dtype, count=len(frozen))
        found = _KEYS[frozen] = (keys, frozenset(keys.tolist()))
    if len(lower) < SHORT_DOC:
        return [i for i, key in enumerate(lower.tolist()) if key in found[1]]
    return numpy.flatnonzero(numpy.isin(lower, found[0])).tolist()


class WordVerdicts(Generic[V]):
    def __init__(self, judge: Callable[[str], V | None], attr: str = "LOWER"):
        self.judge, self.attr = judge, attr
        self.verdicts: dict[int, V | None] = {}

    def find(self, doc: Doc) -> list[tuple[int, V]]:
        """(token index, verdict) of every token whose word has a (truthy) verdict, in text order."""
        if not len(doc):
            return []
        keys, rows = distinct_words(doc, self.attr)
        strings, verdicts = doc.vocab.strings, self.verdicts
        judged: dict[int, V] = {}  # row of `keys` -> verdict
        for row, key in enumerate(keys):
            verdict = verdicts.get(key, UNJUDGED)
            if verdict is UNJUDGED:
                verdict = verdicts[key] = self.judge(strings[key])
            if verdict:
                judged[row] = verdict
        if not judged:
            return []
        positions = numpy.flatnonzero(numpy.isin(rows, numpy.fromiter(judged, dtype=rows.dtype)))
        return [(i, judged[r]) for i, r in zip(positions.tolist(), rows[positions].tolist(), strict=True)]
