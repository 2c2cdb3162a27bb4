"""Which polarity cue governs each stain marker: the nearest one of its sentence, in one walk per cue.

Each cue walks once away from itself (forward cues to the right, backward cues to the left) and
offers its distance to every marker it reaches; a walk ends after more words than the cue may span,
at the sentence end, or after rules/markers.json 'max_walk_tokens' tokens. Distance skips other markers, list words and
bracketed asides, so one cue governs a whole list, and the cost is the length of the walks, not
markers x cues. At equal distance a cue right beside its marker wins ('CK20 was negative'), then a
forward cue, then the earlier cue.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy

from .asides import CLOSING, OPENING  # the brackets of an aside, shared with the sites' walks (asides.py)

COUNTS, PASSED, OPENS, CLOSES, STOPS = 0, 1, 2, 3, 4  # what a token does to a walk: STOPS ends it (a new clause)


@dataclass(frozen=True)
class Walks:
    """How far the polarity cues walk (rules/markers.json 'polarity'): words a forward cue spans
    ('max_gap_tokens') and a backward cue reaches back over ('backward_reach_tokens'), the most
    tokens any walk takes ('max_walk_tokens'), the words passed over ('list_words'), the words that
    end every walk ('walk_stops': a new clause), and the backward cues that govern only the marker
    right before them ('adjacent_only')."""

    max_gap: int
    backward_reach: int
    max_walk: int
    list_words: frozenset[str]
    stops: frozenset[str]
    adjacent_only: frozenset[str]

    @classmethod
    def from_rules(cls, polarity: dict) -> Walks:
        return cls(max_gap=polarity["max_gap_tokens"], backward_reach=polarity["backward_reach_tokens"],
                   max_walk=polarity["max_walk_tokens"], list_words=frozenset(polarity["list_words"]),
                   stops=frozenset(polarity["walk_stops"]), adjacent_only=frozenset(polarity["adjacent_only"]))


def nearest_cues(report, markers, forward, backward, marker_tokens, walks: Walks,
                 list_ends: dict[int, int] | None = None) -> dict:
    """(start, end) of each marker -> (polarity, cue text) of the cue that governs it. `forward` and
    `backward` are (cue span, polarity) lists; `list_ends` stops a forward cue at the end of its list,
    and a stop word ('whereas', ';') every walk: 'CDX2 was not expressed, whereas Islet-1 was'.
    A backward cue in `adjacent_only` ('loss') governs only the marker right before it: 'SDHB loss',
    but not 'insulin, weight loss'."""
    # In text order, so that 'the earlier cue' of a tie is the one nearer a marker before it:
    # 'EMA (+), CD56 (-), CgA (+)' gives CD56 its own sign, whatever the cues' labels.
    forward = sorted(forward, key=lambda c: c[0].start)
    backward = sorted(backward, key=lambda c: c[0].start)
    by_start: dict[int, list[tuple[int, int]]] = {}
    by_end: dict[int, list[tuple[int, int]]] = {}
    for start, end, *_ in markers:
        by_start.setdefault(start, []).append((start, end))
        by_end.setdefault(end, []).append((start, end))
    if not by_start:
        return {}
    best: dict = {}  # marker -> (distance, 0 beside it | 1, 0 forward | 1 backward, the cue's place in its list)
    kinds = token_kinds(report.doc, marker_tokens, walks.list_words, walks.stops)
    seen: dict[tuple[int, int], int] = {}  # (token, depth) -> lowest count an earlier walk had there
    for order, (span, _) in enumerate(forward):
        lo, hi = report.sentence_bounds(span.start)
        stop = min(hi, span.end + walks.max_walk, (list_ends or {}).get(span.start, hi))
        _walk(range(span.end, stop), kinds.__getitem__, by_start, OPENS, CLOSES, walks.max_gap, seen, best, (0, order))
    seen.clear()
    for order, (span, _) in enumerate(backward):
        lo, hi = report.sentence_bounds(span.start)
        # Walking left, the token passed is the one before, and a closing bracket opens an aside.
        reach = 0 if span.text.lower() in walks.adjacent_only else walks.backward_reach
        _walk(range(span.start, max(lo, span.start - walks.max_walk) - 1, -1),
              lambda i, lo=lo: kinds[i - 1] if i > lo else None, by_end, CLOSES, OPENS, reach,
              seen, best, (1, order))
    cues = (forward, backward)
    return {key: (cues[way][order][1], cues[way][order][0].text) for key, (_, _, way, order) in best.items()}


def _walk(positions, kind_at, targets, opening, closing, limit, seen, best, cue) -> None:
    """One cue's walk: offers its distance to the markers it reaches (kept in `best` when nearer),
    counting only words outside bracketed asides, until more than `limit` words. Past its first
    token it stops where an earlier cue's walk passed in the same state with no more words
    counted: that cue wins every marker ahead."""
    depth = count = 0
    first = True
    for i in positions:
        if not first and seen.get((i, depth), count + 1) <= count:
            return
        seen[(i, depth)] = min(count, seen.get((i, depth), count))
        for key in targets.get(i, ()):
            offered = (count, 0 if first else 1, *cue)
            if key not in best or offered < best[key]:
                best[key] = offered
        kind = kind_at(i)
        if kind is None or kind == STOPS:
            return
        if kind == opening:
            depth += 1
        elif kind == closing:
            depth = max(0, depth - 1)
        elif kind == COUNTS and not depth:
            count += 1
        first = False
        if count > limit:
            return


def token_kinds(doc, marker_tokens, list_words, stops=()) -> list[int]:
    """Per token, what it does to a walk's distance: opens or closes a bracketed aside, counts as a
    word, or is passed over (markers, list words such as 'and', spaces). Arrays, so that a walk
    reads one list item per token."""
    strings = doc.vocab.strings
    orth, lower = doc.to_array("ORTH"), doc.to_array("LOWER")
    kinds = numpy.full(len(doc), COUNTS, dtype="int8")
    listed = numpy.fromiter((strings.add(w) for w in list_words), dtype=lower.dtype)
    kinds[numpy.isin(lower, listed) | doc.to_array("IS_SPACE").astype(bool)] = PASSED
    if marker_tokens:
        kinds[numpy.fromiter(marker_tokens, dtype="int64")] = PASSED
    kinds[numpy.isin(orth, [strings.add(t) for t in OPENING])] = OPENS
    kinds[numpy.isin(orth, [strings.add(t) for t in CLOSING])] = CLOSES
    if stops:
        kinds[numpy.isin(lower, [strings.add(w) for w in stops])] = STOPS
    return kinds.tolist()
