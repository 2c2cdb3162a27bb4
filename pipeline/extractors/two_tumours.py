"""Two values of one measure in one clause, for two tumours or two samples: which is the index tumour's?

'The Ki-67 index was 25% in the liver metastasis and 8% in the primary tumour', '2 per 10 HPF in the
biopsy and 4 per 10 HPF in the resection specimen', 'the Ki-67 of the metastasis was 12%, whereas that
of the primary was 4%': the first value is another tumour's or an earlier sample's ('lesser' cues:
metastasis, node, biopsy, recurrence), the second the index tumour's ('index' cues: primary,
resected, surgical). Each value's cue stands right after it, or (the 'whereas that of' shape) before
it. The Ki-67 and mitoses extractors ask this after reading the first value (r6-num)."""
from __future__ import annotations


def second_is_index(before: str, between: str, after: str, lesser: list[str], index: list[str]) -> bool:
    """Is the second of two values the index tumour's? `before` is the clause's text before the
    first value, `between` the text between the two, `after` a short stretch after the second
    (all lower case). A second value whose own cue names a lesser tumour never is ('12% on the first
    biopsy and 35% at recurrence' keeps the first)."""
    def names(cues: list[str], text: str) -> bool:
        return any(c in text for c in cues)

    if names(lesser, between) and names(index, after) and not names(lesser, after):
        return True  # '25% in the liver metastasis and 8% in the primary tumour'
    return names(lesser, before) and names(index, between) and not names(lesser, between)
