"""Which of the cues matched in a document stand: a longer cue hides the shorter ones inside it.

ConText matches every cue phrase, so 'was not possible' also yields the 'not' of a negation and the
'possible' of a hedge; only the refusal speaks there. As medspaCy's ConText prunes a modifier inside a
longer one, the longer cue of a category stands, found in one pass over the cues sorted by start; and a
longer cue of some categories hides those of others (`HIDES_INSIDE`). context.py scopes the cues that
stand."""
from __future__ import annotations

# r10, r15: the cues a longer cue of these categories hides inside it, beside those of its own category:
# every one inside a refusal ('was not possible'), a negation inside a hedge ('could not be excluded').
HIDES_INSIDE = {"REFUSED": frozenset({"NEGATED", "HYPOTHETICAL", "HISTORICAL", "OTHER_PATIENT"}),
                "HYPOTHETICAL": frozenset({"NEGATED"})}


def visible_cues(raw: list[tuple]) -> list[tuple]:
    """The cues `raw`, (start, end, category, direction, allowed, max_scope, yields, key), less those
    hidden: a pseudo-cue ('no recurrence') or a longer cue of the same category hides the cues inside it,
    and a refusal or a hedge the cues of `HIDES_INSIDE` inside it (the 'not' and 'possible' of 'was not
    possible' are the refusal's words; r15: the 'not' of 'malignancy could not be excluded' is the
    hedge's, and reaches no further: 'and a lobectomy was performed' is not denied). The same words as
    two cues of one category and direction for different types ('screened for' metastases, 'screened
    for' MEN1) are two cues: a scope of their own each. Sorted by start (longest first), a cue lies inside
    an earlier one exactly when that one's end reaches its own: one pass with the furthest end seen so
    far, not a scan per cue."""
    raw.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept = []
    pseudo_end, seen, spans = -1, set(), set()
    cat_end: dict[str, int] = {}
    for cue in raw:
        s, e, cat = cue[0], cue[1], cue[2]
        if cat == "PSEUDO":
            pseudo_end = max(pseudo_end, e)
            continue
        seen_key = (s, e, cat, cue[3], cue[4])  # r5-mark: the types too ('screened for' MEN1 / metastases)
        if seen_key in seen or e <= pseudo_end:
            continue
        # Inside a longer cue of its category: hidden. The same words as a kept cue in the other
        # direction ('declined' before or after its treatment) stand beside it.
        if (s, e, cat) not in spans and e <= cat_end.get(cat, -1):
            continue
        if any(cat in hidden and (s, e, outer) not in spans and e <= cat_end.get(outer, -1)
               for outer, hidden in HIDES_INSIDE.items()):
            continue  # r10, r15: the 'not' of 'was not possible', 'could not be excluded': that cue's word
        seen.add(seen_key)
        spans.add((s, e, cat))
        cat_end[cat] = max(cat_end.get(cat, -1), e)
        kept.append(cue)
    return kept
