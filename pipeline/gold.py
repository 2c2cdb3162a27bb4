"""Gold files: read, and checked against the ANNOTATION.md layout, so that a bad cell is reported
with its file, row and column before anything is scored."""
from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from . import fields
from .errors import GoldError  # noqa: F401  (raised here; importable from here as before)
from .fields import NUMBER, SIZE  # noqa: F401  (the cell shapes, importable from here as before)
from .outputs import read_cell

REVIEWED = "reviewed"  # the review page's column: 'yes' for a row a person checked (evaluate scores only those)


def read_table(path: Path, what: str) -> list[dict]:
    path = Path(path)
    _check_file(path, what)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = [{k: read_cell(v) for k, v in r.items()} for r in reader]
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: the {what} file is not UTF-8 text (byte {exc.start}); save it as UTF-8 "
                        f"(in Excel: 'CSV UTF-8')") from exc
    for r in rows:  # an id typed here matches a file name stored decomposed ('Mu\u0308ller')
        if r.get("report_id"):
            r["report_id"] = unicodedata.normalize("NFC", r["report_id"])
    return [{"__line__": i + 2, **r} for i, r in enumerate(rows)] if reader.fieldnames else []


def _check_file(path: Path, what: str) -> None:
    if path.is_dir():
        raise GoldError(f"{path}: is a folder; give the {what} CSV file itself")
    if not path.is_file():
        raise GoldError(f"{path}: {what} file not found")


def read_gold(path: Path) -> dict[str, dict]:
    path = Path(path)
    _check_file(path, "gold")
    _check_header(path)
    gold: dict[str, dict] = {}
    for row in read_table(path, "gold"):
        where = f"{path}, row {row['__line__']}"
        rid = (row.get("report_id") or "").strip()
        if not rid:
            raise GoldError(f"{where}, column report_id: empty report id")
        if rid in gold:
            raise GoldError(f"{where}, column report_id: duplicated report id '{rid}' "
                            f"(first at row {gold[rid]['__line__']})")
        _validate(row, where)
        gold[rid] = row
    return gold


def _check_header(path: Path) -> None:
    """GoldError unless the file is UTF-8 with a header of known columns holding every required one."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), None)
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: the gold file is not UTF-8 text (byte {exc.start}); save it as UTF-8 "
                        f"(in Excel: 'CSV UTF-8')") from exc
    if header is None:
        raise GoldError(f"{path}: the gold file is empty")
    required = [c.name for c in fields.gold_columns() if c.required]
    known = (set(required) | {c.name for c in fields.output_columns() + fields.SECOND_SET}
             | {fields.OLD_FLAGS_NAME, REVIEWED})
    unknown = [c for c in header if c not in known]
    if unknown:
        raise GoldError(f"{path}, header: unknown column(s) {', '.join(unknown)}; expected {', '.join(required)}")
    missing = [c for c in required if c not in header]
    if missing:
        raise GoldError(f"{path}, header: missing column(s) {', '.join(missing)}")


def _validate(row: dict, where: str) -> None:
    """Every cell by its column's kind (fields.py), then every range's low <= high."""
    for column in fields.gold_columns() + fields.SECOND_SET:
        problem = column.check_gold(row.get(column.name) or "")
        if problem:
            raise GoldError(f"{where}, column {column.name}: {problem} (cell: '{row.get(column.name)}')")
    if (row.get(REVIEWED) or "").strip().lower() not in ("", "yes", "no"):
        raise GoldError(f"{where}, column {REVIEWED}: must be yes, no or empty (cell: '{row.get(REVIEWED)}')")
    for score in fields.scores():
        if score.compare != "range":
            continue
        low, high = ((row.get(c) or "").strip() for c in score.columns)
        if low and high and float(low) > float(high):
            raise GoldError(f"{where}, column {score.columns[0]}: {score.columns[0]} is greater than "
                            f"{score.columns[1]} (cell: '{row.get(score.columns[0])}')")
