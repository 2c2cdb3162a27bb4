"""The words around a size, as the size extractor reads them (moved from tumor_size.py, r5-num, to keep
it short): a matcher of word lists with prefixes, the clause's words on either side of a size, and the
phrase before a comma."""
from __future__ import annotations

import re

WORDS = re.compile(r"\d+(?:\.\d+)+|[\w/<>-]+|[;(),–]")  # numbers with decimals, words, clause marks


class WordMatcher:
    """'metasta*' is a prefix; 'cyst' matches 'cyst' and 'cysts' but not 'cystic'. One set look-up
    and one startswith per word, whatever the number of entries."""

    def __init__(self, entries):
        entries = list(entries)
        self.prefixes = tuple(e[:-1] for e in entries if e.endswith("*"))
        self.words = {w for e in entries if not e.endswith("*") for w in (e, e + "s", e + "es")}

    def matches(self, word: str) -> bool:
        return word in self.words or word.startswith(self.prefixes)


def clause_words(fragment: str, from_end: bool) -> list[str]:
    """Lower-cased words of the fragment, cut at the clause boundary nearest the size."""
    words = [w.lower() for w in WORDS.findall(fragment)]
    if from_end:
        for i in range(len(words) - 1, -1, -1):
            if words[i] in (";",):
                return words[i + 1:]
        return words
    for i, w in enumerate(words):
        if w in (";",):
            return words[:i]
    return words


def phrase_before_comma(before: list[str]) -> list[str]:
    """The words between the last two commas of `before`, which ends in one."""
    phrase = before[:-1]
    return phrase[len(phrase) - phrase[::-1].index(","):] if "," in phrase else phrase
