"""A short bracketed aside inside a tumour's noun phrase is passed over by the walks that read the words
beside a tumour noun ('a metastatic neuroendocrine (carcinoid) tumour in the orbit', 'a metastatic NET
(grade 2) of the breast'): the bracket holds another name or a detail, not a break in the phrase.

An aside is a '(' or '[' and its closing bracket at most `reach` tokens apart, in one sentence; an
unclosed bracket is no aside and stops a walk as any punctuation does. The reach is rules/sites.json
primary_vote 'aside_reach_tokens', the one the primary-site vote passes an aside with (r15)."""
from __future__ import annotations

OPENING, CLOSING = ("(", "[", "(["), (")", "]", ")]")  # the token texts `in "(["` / `in ")]"` held


def before_aside(doc, i: int, reach: int, lo: int = 0) -> int:
    """When token `i` closes an aside opened at or after `lo`, the index of the token before its opening
    bracket; else `i`."""
    if doc[i].text not in CLOSING:
        return i
    for j in range(i - 1, max(lo, i - 1 - reach) - 1, -1):
        if doc[j].text in OPENING:
            return j - 1
        if doc[j].text in CLOSING or doc[j].is_sent_start:
            return i
    return i


def words_before(doc, start: int, count: int, reach: int, lo: int = 0):
    """The indices of up to `count` tokens before `start`, nearest first, not below `lo`, each aside
    passed over as one step: the backward walk every reader of a tumour's qualifiers shares."""
    i, words = start - 1, 0
    while i >= lo and words < count:
        i = before_aside(doc, i, reach, lo)
        if i < lo:
            return
        yield i
        i, words = i - 1, words + 1


def after_aside(doc, i: int, reach: int) -> int:
    """When token `i` opens an aside, the index of the token after its closing bracket; else `i`."""
    if i >= len(doc) or doc[i].text not in OPENING:
        return i
    for j in range(i + 1, min(len(doc), i + 1 + reach)):
        if doc[j].text in CLOSING:
            return j + 1
        if doc[j].text in OPENING or doc[j].is_sent_start:
            return i
    return i
