"""The corrections log: what a reviewer changed on the review page, replayable on a later run.

The page keeps one list of entries and derives everything from it (the corrected cells, which cells
and rows are reviewed). Each entry says who, when and what:

    {"action": "edit" | "accept" | "reject" | "confirm" | "reviewed" | "unreviewed",
     "report_id": ..., "column": ..., "old": "<cell before>", "new": "<cell after>",
     "mention": "<report_id>:<field>:<start>-<end>" (accept / reject), "evidence": "<sentence>",
     "values": {column: cell} (reviewed: the row as the reviewer saw it),
     "reviewer": ..., "time": "<ISO 8601>"}

Replaying a log on a new run (`python -m pipeline review OUT --corrections log.json`, or "load
corrections" on the page) applies an entry only while it still fits: a cell entry when the cell
still holds its `old` value (or already holds its `new` one), a row's "reviewed" when every value
is still the one the reviewer saw. Anything else "no longer applies" and is listed with the reason,
never applied silently over a value the reviewer did not see. The page's JavaScript (edit.js,
`replay`) follows the same rules; tests/test_review_export.py runs both on the same log."""
from __future__ import annotations

import json
from pathlib import Path

from .. import fields

CELL_ACTIONS = ("edit", "accept", "reject", "confirm")


def _same(column: str, a: str, b: str) -> bool:
    """Cells equal as the page compares them: list items as sets, numbers as numbers, else text."""
    a, b = (a or "").strip(), (b or "").strip()
    try:
        kind = fields.column(column).kind
    except KeyError:
        kind = "text"
    if kind == "list":
        return sorted(x.strip().lower() for x in a.split(";") if x.strip()) == \
            sorted(x.strip().lower() for x in b.split(";") if x.strip())
    try:
        return float(a) == float(b)
    except ValueError:
        return a.lower() == b.lower()


def read_log(path: Path) -> list[dict]:
    """The entries of a corrections file the page saved ({"entries": [...]}, or a bare list)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    entries = data.get("entries", []) if isinstance(data, dict) else data
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ValueError(f"{path}: not a corrections log (expected a list of entries)")
    return entries


def replay(entries: list[dict], rows: dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """(entries that still apply, [{"entry", "reason"}] for those that no longer do), in log order,
    against `rows` (report_id -> cells) with the applied entries' changes made in turn."""
    current = {rid: dict(row) for rid, row in rows.items()}
    applied, stale = [], []
    for entry in entries:
        reason = _apply(entry, current)
        if reason:
            stale.append({"entry": entry, "reason": reason})
        else:
            applied.append(entry)
    return applied, stale


def _apply(entry: dict, current: dict[str, dict]) -> str:
    rid, column = entry.get("report_id", ""), entry.get("column", "")
    if rid not in current:
        return "the report is no longer in the output"
    row = current[rid]
    if entry.get("action") == "reviewed":
        changed = [c for c, v in (entry.get("values") or {}).items() if not _same(c, row.get(c, ""), v)]
        if changed:
            c = changed[0]
            return f"the row changed since it was reviewed ({c} was '{entry['values'][c]}', now '{row.get(c, '')}')"
        return ""
    if entry.get("action") not in CELL_ACTIONS:
        return ""  # 'unreviewed' and anything newer: nothing to check
    now = row.get(column, "")
    if not (_same(column, now, entry.get("old", "")) or _same(column, now, entry.get("new", ""))):
        return f"{column} is now '{now}', not '{entry.get('old', '')}' as when it was corrected"
    row[column] = entry.get("new", "")
    return ""
