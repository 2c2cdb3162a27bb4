"""The common shape of every field extractor.

An extractor `find`s candidate mentions (kept or not, all are written to mentions.csv) in a
ReportView (report_view.py, where a mention's status is decided) and `decide`s the row value(s)
from them. Mention (mention.py) and ReportView are re-exported here, beside the helpers that
several extractors share.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Protocol

from .mention import INDEX_SENTENCE_RANK, NOT_ELIGIBLE, TITLE_REASON, Mention
from .report_view import EVIDENCE_CHARS, ReportView

__all__ = ["EVIDENCE_CHARS", "INDEX_SENTENCE_RANK", "NOT_ELIGIBLE", "TITLE_REASON", "Extractor", "FieldExtractor",
           "Mention", "ReportView", "first_usable", "keep", "most_stated", "unclaimed"]


class Extractor(Protocol):
    """What the assembler needs of a field extractor (base class: FieldExtractor)."""

    @property
    def fields(self) -> tuple[str, ...]: ...  # the row columns `decide` returns: exactly these keys

    @property
    def reads(self) -> tuple[str, ...]: ...  # the row columns of earlier extractors that `decide` reads

    @property
    def flags(self) -> tuple[str, ...]: ...  # the review flags `raised_flags` may give

    def __init__(self, rules) -> None: ...  # each reads its settings from the rules it is given

    def find(self, report: ReportView) -> list[Mention]: ...

    def decide(self, mentions: list[Mention], row: dict[str, Any]) -> dict[str, Any]: ...

    def raised_flags(self, mentions: list[Mention]) -> list[str]: ...


class FieldExtractor:
    """The declarations every extractor makes, with their defaults: it writes `fields`, its `decide`
    gets a dict holding only the columns named in `reads` (written by extractors that run before
    it: build_extractors checks the order), and it may raise the review `flags` it names, after
    `decide`, from the mentions it found. State between `find` and `decide` lives on the Mention's
    declared fields, never in private row keys."""

    fields: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()

    def __init__(self, rules) -> None:
        """Each extractor reads its words and thresholds from the rules it is given."""

    def find(self, report: ReportView) -> list[Mention]:
        """The candidate mentions of the field in one report."""
        raise NotImplementedError

    def decide(self, mentions: list[Mention], row: dict[str, Any]) -> dict[str, Any]:
        """The row values (exactly `fields`) from the mentions `find` gave; `row` holds the `reads`."""
        raise NotImplementedError

    def raised_flags(self, mentions: list[Mention]) -> list[str]:
        """The review flags (from `flags`) that these mentions raise, once `decide` has run."""
        return []


def first_usable(mentions: list[Mention], max_rank: int = INDEX_SENTENCE_RANK) -> Mention | None:
    """The earliest usable mention from the best-ranked sources, preferring the body over fallbacks."""
    usable = [m for m in mentions if m.usable and m.rank <= max_rank]
    if not usable:
        return None
    primary = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
    return min(primary, key=lambda m: m.start)


def unclaimed(text: str, matches):
    """The (id, match) pairs whose match does not start inside an earlier one's: patterns tried in
    order, so that '6-year-and-4-month-old' is not also '4-month-old'. Linear, not per pair."""
    claimed = bytearray(len(text) + 1)
    for rule_id, m in matches:
        if not claimed[m.start()]:
            claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            yield rule_id, m


def most_stated(mentions: list[Mention], pool: list[Mention]) -> Any:
    """The value the pool states most often (the earliest at a tie); its mentions are kept."""
    counts = Counter(m.normalized for m in pool)
    top = max(counts.values())
    chosen = min((m for m in pool if counts[m.normalized] == top), key=lambda m: m.start)
    keep(mentions, [m for m in pool if m.normalized == chosen.normalized])
    return chosen.normalized


def keep(mentions: list[Mention], chosen) -> None:
    chosen = chosen if isinstance(chosen, (list, tuple, set)) else [chosen]
    ids = {id(m) for m in chosen if m is not None}
    for m in mentions:
        if id(m) in ids:
            m.kept = True
