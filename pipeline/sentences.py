"""Sentence boundaries that know about report layout: line breaks, section starts and 'et al.'.

Faster than a statistical parser and sturdier than spaCy's plain sentencizer on publisher text.
`sentence_table` gives every later stage O(1) access to a token's sentence.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .rules import load_rules
from .words import distinct_words

ENDINGS = {".", "!", "?"}
OPENERS = set("([\"'“")


@Language.factory("report_sentences", default_config={"rules_dir": ""})
def make_report_sentences(nlp: Language, name: str, rules_dir: str):
    rules = load_rules(rules_dir or None)
    abbreviations = frozenset(rules["sections"]["sentence_abbreviations"])
    wrapped_line = rules["reading"]["wrap_min_line"]
    word_classes: dict[int, tuple] = {}  # kept across reports: words recur
    return lambda doc: set_sentence_starts(doc, abbreviations, word_classes, wrapped_line)


def _ends_sentence(text: str, abbreviations: frozenset) -> bool:
    if text in ENDINGS:
        return True
    return (len(text) > 1 and text.endswith(".") and text.count(".") == 1 and text.lower() not in abbreviations
            and not text[:-1].isdigit())


def _word_class(text: str, abbreviations: frozenset) -> tuple[bool, bool, bool, bool, bool, bool]:
    """(holds a line break, holds just one, ends a sentence, may open one, starts in lower case, is
    spaces only)"""
    first = text[:1]
    breaks = text.count("\n")
    caseless = first.isalpha() and not first.isupper() and not first.islower()  # r14: '症例', a Japanese sentence
    return (breaks > 0, breaks == 1, _ends_sentence(text, abbreviations),
            first.isupper() or first.isdigit() or first in OPENERS or caseless, first.islower(),
            text.isspace() and not breaks)


def set_sentence_starts(doc: Doc, abbreviations: frozenset = frozenset(),
                        word_classes: dict | None = None, wrapped_line: int = 45) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    section_starts = {s.start for s in (doc._.sections or [])} if Doc.has_extension("sections") else set()
    # Work on ORTH ids, classifying each distinct word once, then whole arrays at a time.
    word_classes = {} if word_classes is None else word_classes
    keys, inverse = distinct_words(doc, "ORTH")
    strings = doc.vocab.strings
    classes = []
    for key in keys:
        cls = word_classes.get(key)
        if cls is None:
            cls = word_classes[key] = _word_class(strings[key], abbreviations)
        classes.append(cls)
    table = numpy.array(classes, dtype=bool).reshape(len(keys), 6)
    newline, single, ends, opens, lower, spaces = (table[inverse, k] for k in range(6))
    # A lone line break inside a sentence ('stained for chromogranin A and\nsynaptophysin') wraps
    # the line and starts nothing: it ends a line of at least `wrapped_line` characters (not a
    # header) whose last word ends no sentence, and a word in lower case follows it.
    wraps = numpy.zeros(n, dtype=bool)
    wraps[1:-1] = single[1:-1] & lower[2:] & ~ends[:-2]
    if wraps.any():
        breaks = numpy.flatnonzero(newline)
        idx = doc.to_array("IDX")
        line_start = numpy.zeros(n, dtype="int64")  # where the line before each line break starts
        line_start[breaks[1:]] = idx[breaks[:-1]]
        wraps &= idx - line_start >= wrapped_line
    is_start = numpy.zeros(n, dtype=bool)
    is_start[0] = True
    is_start[1:] = (newline[:-1] & ~wraps[:-1]) | (ends[:-1] & opens[1:])
    # 'Ki-67 was 3%.  However, ...': a run of spaces after the full stop is a token of its own
    if n > 2 and spaces.any():
        is_start[2:] |= ends[:-2] & spaces[1:-1] & opens[2:]
    if section_starts:
        is_start |= numpy.isin(doc.to_array("IDX"), numpy.fromiter(section_starts, dtype="int64"))
    starts = numpy.where(is_start, 1, -1).astype("int64").reshape(n, 1)
    doc.from_array([SENT_START], starts.astype("uint64"))  # type: ignore[arg-type]  # stubs want thinc's Ints2d
    doc._.sentence_table = None
    return doc


def sentence_table(doc: Doc):
    """(sentence number of each token, [(start, end) token offsets of each sentence]), cached on the doc."""
    table = doc._.sentence_table
    if table is None:
        flags = doc.to_array([SENT_START]).reshape(-1).astype("int64") if len(doc) else numpy.zeros(0, dtype="int64")
        is_start = flags == 1
        if len(doc):
            is_start[0] = True
        sent_of = numpy.cumsum(is_start) - 1
        begins = numpy.flatnonzero(is_start).tolist()
        bounds = list(zip(begins, begins[1:] + [len(doc)], strict=False))  # an empty doc: no sentence
        table = (sent_of, bounds)
        doc._.sentence_table = table
    return table
