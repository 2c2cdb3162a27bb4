"""Gold files: read, and checked against the ANNOTATION.md layout, so that a bad cell is reported
with its file, row and column before anything is scored."""
from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

from .assemble import COLUMNS
from .columns import SECOND_SET_COLUMNS
from .errors import GoldError  # noqa: F401  (raised here; importable from here as before)
from .outputs import read_cell

SIZE = re.compile(r"^\d+(?:\.\d+)?(?: x \d+(?:\.\d+)?){0,2}$")
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
ALLOWED = {"sex": {"female", "male"}, "grade": {"G1", "G2", "G3"}, "metastasis": {"yes", "no", "unknown"},
           "histology": {"NET", "NEC", "MiNEN"},
           "outcome": {"alive, no disease", "alive with disease", "alive", "died of disease", "died of other cause", "died"}}
NUMBER_COLUMNS = ("mitoses_low", "mitoses_high", "follow_up_months")


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
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), None)
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: the gold file is not UTF-8 text (byte {exc.start}); save it as UTF-8 "
                        f"(in Excel: 'CSV UTF-8')") from exc
    if header is None:
        raise GoldError(f"{path}: the gold file is empty")
    unknown = [c for c in header if c not in COLUMNS and c not in SECOND_SET_COLUMNS and c != "flags"]
    if unknown:
        raise GoldError(f"{path}, header: unknown column(s) {', '.join(unknown)}; expected {', '.join(COLUMNS)}")
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise GoldError(f"{path}, header: missing column(s) {', '.join(missing)}")
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


def _validate(row: dict, where: str) -> None:
    def bad(column, problem):
        raise GoldError(f"{where}, column {column}: {problem} (cell: '{row.get(column)}')")

    age = (row.get("age") or "").strip()
    if age and (not NUMBER.match(age) or float(age) > 120):
        bad("age", "age must be a number of years from 0 to 120")
    size = (row.get("tumor_size_mm") or "").strip()
    if size and not SIZE.match(size):
        bad("tumor_size_mm", "size must be up to three numbers in mm joined by ' x ', e.g. '57 x 29'")
    for column in ("ki67_low", "ki67_high"):
        value = (row.get(column) or "").strip()
        if value and (not NUMBER.match(value) or float(value) > 100):
            bad(column, "Ki-67 must be a percentage from 0 to 100, without the % sign")
    low, high = (row.get("ki67_low") or "").strip(), (row.get("ki67_high") or "").strip()
    if low and high and NUMBER.match(low) and NUMBER.match(high) and float(low) > float(high):
        bad("ki67_low", "ki67_low is greater than ki67_high")
    for column in NUMBER_COLUMNS:
        value = (row.get(column) or "").strip()
        if value and not NUMBER.match(value):
            bad(column, "must be a number")
    for column, allowed in ALLOWED.items():
        value = (row.get(column) or "").strip()
        if value and value not in allowed:
            bad(column, f"must be one of {', '.join(sorted(allowed))} or empty")
