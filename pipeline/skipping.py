"""Cues with adverbs inside ('was initially considered', 'was diffusely expressed'): the words that
may stand inside a cue (rules/context.json 'skip_in_cues'), and the matches a PhraseMatcher finds
once they are left out. Shared by the ConText cues and the marker polarity cues."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def adverb_judge(skip: dict) -> Callable[[str], bool]:
    """Is a lower-case word one that may stand inside a cue? The listed words, and words ending in
    the suffix ('-ly') of at least the minimum length, unless listed as not adverbs ('family')."""
    words, suffix, shortest = frozenset(skip["words"]), skip["suffix"], skip["min_length"]
    not_adverbs = frozenset(skip["not_adverbs"])

    def judge(word: str) -> bool:
        return word in words or (len(word) >= shortest and word.endswith(suffix) and word.isalpha()
                                 and word not in not_adverbs)

    return judge


def matches_skipping(doc: Doc, matcher, spots: list[int], window: int) -> list[tuple[int, int, int]]:
    """(match id, start, end) of the matches that span at least one of the tokens at `spots`
    (sorted) once those are left out, within `window` tokens of a spot (rules/context.json
    'skip_in_cues.window_tokens'). Only the stretches around a spot are matched again, each with
    the spots left out and a breaking token between stretches: linear in the report."""
    if not spots:
        return []
    key = ("_without", window, tuple(spots))  # the ConText cues and the polarity cues leave out the same words
    cached = doc._.compact_without
    if cached is None or cached[0] != key:
        cached = doc._.compact_without = (key, *_compact(doc, spots, window))
    _, kept, compact = cached
    if compact is None:
        return []
    out = []
    for match_id, s, e in matcher(compact):
        if -1 in kept[s:e]:
            continue
        start, end = kept[s], kept[e - 1] + 1
        if end - start > e - s:  # only matches that spanned a skipped word
            out.append((match_id, start, end))
    return out


def _compact(doc: Doc, spots: list[int], window: int) -> tuple[list[int], Doc | None]:
    """(token index of each word of the compact Doc, -1 between stretches; the compact Doc)."""
    n = len(doc)
    kept: list[int] = []
    is_skip = [False] * n  # read per token below: a list is faster than numpy scalars
    for i in spots:
        is_skip[i] = True
    j = 0
    while j < len(spots):
        lo, hi = max(0, spots[j] - window), min(n, spots[j] + window + 1)
        while j + 1 < len(spots) and spots[j + 1] - window <= hi:
            j += 1
            hi = min(n, spots[j] + window + 1)
        if kept:
            kept.append(-1)
        kept.extend(i for i in range(lo, hi) if not is_skip[i])
        j += 1
    if not any(i >= 0 for i in kept):
        return kept, None
    strings, orth = doc.vocab.strings, doc.to_array("ORTH")
    return kept, Doc(doc.vocab, words=[strings[int(orth[i])] if i >= 0 else "\n" for i in kept])
