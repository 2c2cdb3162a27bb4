"""The match budget: a report yields at most `base + per_kb × KB` matches of one kind.

Every stage is linear in the text, but its constant is per match: a Span, a Mention, a context
look-up. Real reports hold a match every 70 characters or more; a dump that repeats 'CD56+' or
'G2' thousands of times holds one every three, and would cost many times real text per kilobyte.
Past the budget (rules/reading.json 'match_budget', set far above any real report) the first
matches in reading order are kept, the kind is noted on the Doc, and the row is flagged
'dense_text': the cost per kilobyte of any input stays a small multiple of real text's.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .rules import Rules

T = TypeVar("T")


@dataclass(frozen=True)
class MatchBudget:
    base: int
    per_kb: int
    per_kb_of: dict = field(default_factory=dict)  # kinds that cost more per match ('brackets')

    @classmethod
    def from_rules(cls, rules: Rules) -> MatchBudget:
        cfg = rules["reading"]["match_budget"]
        return cls(int(cfg["base"]), int(cfg["per_kb"]), {k: int(v) for k, v in cfg.get("per_kb_of", {}).items()})

    def limit(self, doc: Doc, kind: str = "") -> int:
        per_kb = self.per_kb_of.get(kind, self.per_kb)
        return self.base + per_kb * len(doc._.report_text or doc.text) // 1024


def note_over_budget(doc: Doc, kind: str) -> None:
    if doc._.over_budget is None:
        doc._.over_budget = {}
    doc._.over_budget[kind] = True


def over_budget(doc: Doc) -> list[str]:
    """The kinds of match that met the budget in this report."""
    return sorted(doc._.over_budget or {})


def used_in(doc: Doc) -> dict[str, int]:
    """The components' counts: one budget per kind, shared by every component of the pipeline."""
    if doc._.budget_used is None:
        doc._.budget_used = {}
    return doc._.budget_used


def within(items: Iterable[T], limit: int, doc: Doc, kind: str, used: dict[str, int]) -> Iterator[T]:
    """Items while the kind's count in `used` is under `limit`; one more notes the kind on the doc."""
    n = used.get(kind, 0)
    for item in items:
        if n >= limit:
            note_over_budget(doc, kind)
            return
        n = used[kind] = n + 1
        yield item


def first_per_kind(items: list[T], kind_of, limit: int, doc: Doc) -> list[T]:
    """The items (in reading order) of each kind (kind_of(item) -> str) while the kind is within
    the budget it shares with the pipeline's other components."""
    used = used_in(doc)
    if sum(used.values()) + len(items) <= limit:  # the common case: no kind can be over
        for kind, n in Counter(map(kind_of, items)).items():
            used[kind] = used.get(kind, 0) + n
        return items
    out = []
    for item in items:
        kind = kind_of(item)
        n = used.get(kind, 0)
        if n < limit:
            used[kind] = n + 1
            out.append(item)
        else:
            note_over_budget(doc, kind)
    return out
