"""The words around a size, as the size extractor reads them (moved from tumor_size.py, r5-num, to keep
it short): a matcher of word lists with prefixes, the clause's words on either side of a size, and the
phrase before a comma. r6c-num: the container of a tumour (a specimen, a segment) and an operation that
was refused, both read around a size."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .report_view import ReportView

WORDS = re.compile(r"\d+(?:\.\d+)+|[\w/<>≤≥-]+|[;(),–]")  # numbers with decimals, words (r29: and ≤ ≥), clause marks
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")  # a number among those words (moved from tumor_size.py, r6-reshape)


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


def without_asides(words: list[str]) -> list[str]:
    """The words with their closed brackets left out: 'a typical carcinoid ( one mitosis per 10 hpf , without
    necrosis ) of' -> 'a typical carcinoid of'. An aside between a lesion noun and its size keeps the noun
    out of the few words read before the size; an unclosed '(' (the size's own: 'a mass (3 cm)') stays. r12-size."""
    out: list[str] = []
    opened: list[int] = []
    for w in words:
        if w == "(":
            opened.append(len(out))
        elif w == ")" and opened:
            del out[opened.pop():]
            continue
        out.append(w)
    return out


def phrase_before_comma(before: list[str]) -> list[str]:
    """The words between the last two commas of `before`, which ends in one."""
    phrase = before[:-1]
    return phrase[len(phrase) - phrase[::-1].index(","):] if "," in phrase else phrase


class Container:
    """'The surgical specimen, measuring 12 x 8 x 5 cm, contained a 3.5 x 3 cm tumour', 'a 12 cm teratoma
    harboured a 2.5 cm carcinoid', 'the specimen measured 25 cm in length and harboured a 1.2 cm nodule':
    a size followed, in its sentence, by a containing verb ('container_verbs', prefixes) and then by
    another size whose next words name a tumour ('contained_lesion_nouns') and no not-primary word, is
    the container's (the specimen, the segment, another lesion that holds the tumour), not the tumour's."""

    def __init__(self, cfg: dict, size_regex: re.Pattern, not_primary: WordMatcher):
        self.verbs = WordMatcher(cfg["container_verbs"])
        self.nouns = set(cfg["contained_lesion_nouns"])
        self.size_regex, self.not_primary = size_regex, not_primary
        self.reach = cfg["container_reach_chars"]  # a bound: a flattened table's long 'sentence' stays linear

    def problem(self, text: str, end: int, hi: int) -> str:
        """'container:holds_the_tumour' when the size ending at `end` is a container's, its sentence
        ending at `hi`; else ''."""
        return "container:holds_the_tumour" if self.holds_a_tumour(text, end, hi) else ""

    def holds_a_tumour(self, text: str, end: int, hi: int) -> bool:
        """Is the size ending at `end` a container's, its sentence ending at `hi`?"""
        tail = text[end:min(hi, end + self.reach)]
        verb = next((w for w in WORDS.finditer(tail.lower()) if self.verbs.matches(w.group(0))), None)
        if verb is None:
            return False
        inner = self.size_regex.search(tail, verb.end())
        if inner is None:
            return False
        words = [w.lower() for w in WORDS.findall(tail[inner.end():inner.end() + 60])][:4]
        words = words[:next((i for i, w in enumerate(words) if not w.replace("-", "").isalpha()), len(words))]
        return bool(self.nouns & set(words)) and not any(self.not_primary.matches(w) for w in words)


def operation_refused(report: ReportView, lo: int, start: int) -> bool:
    """'She declined surgery. Two years later the mass measured 3.6 cm': the operations named in the
    sentence before the size's (starting at `lo`) and its own up to the size are all refused,
    deferred or hypothetical (their ConText status), so the size is no resected specimen's. r6c-num."""
    first, _ = report.tokens_of(lo, start)
    prev_lo = report.sentence_chars(first - 1)[0] if first > 0 else lo
    surgery = [s for s in report.spans_in("TREATMENT", *report.tokens_of(prev_lo, start)) if s.id_ == "surgery"]
    return bool(surgery) and all(
        report.mention("treatments", s.start_char, s.end_char, s.text, "surgery", "size", "TREATMENT").status
        != "affirmed" for s in surgery)


def word_alternation(words: list[str]) -> re.Pattern:
    """One pattern for any of `words`: a word whole ('and', not 'band'), a mark as it is (',', ';')."""
    return re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isalpha() else re.escape(w) for w in words),
                      re.IGNORECASE)


def own_part(report: ReportView, lo: int, hi: int, m, part_break: re.Pattern) -> str:
    """In a sentence of several sizes, the part that is this size's own, where a specimen cue counts:
    from the size before it (or the sentence's start) to the first clause break after it ('The
    lesion measured 2 cm on CT, whereas the resected specimen measured 1.7 cm': 'resected specimen'
    is the second size's only). '' when the size is alone in its sentence. r6c-num."""
    spans = report.cache.get("size_spans", [])
    k = bisect_left(spans, (m.start(), m.end()))
    nxt = k + 1 if k < len(spans) and spans[k] == (m.start(), m.end()) else k  # a spelled size is not listed
    prev_end = spans[k - 1][1] if k and spans[k - 1][1] > lo else -1
    next_start = spans[nxt][0] if nxt < len(spans) and spans[nxt][0] < hi else -1
    if prev_end < 0 and next_start < 0:
        return ""
    text = report.text
    stop = next_start if next_start >= 0 else hi
    cut = part_break.search(text, m.end(), stop)
    return text[max(lo, prev_end):cut.start() if cut else stop].lower()
