"""Writes every output file atomically: a temporary file in the same folder, then a rename, so an
interrupted run leaves either the old complete file or the new complete one."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import time
from pathlib import Path

from .assemble import LIST_COLUMNS, OUTPUT_COLUMNS
from .extractors import Mention

MENTION_COLUMNS = ["report_id", "field", "value", "normalized", "status", "kept", "reason", "section",
                   "sentence_start", "sentence_end", "start", "end", "text", "rule", "source", "sentence"]
PROBLEM_COLUMNS = ["report_id", "path", "problem", "detail"]


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if os.environ.get("PIPELINE_TEST_WRITE_DELAY"):  # lets the kill test interrupt a write
            time.sleep(float(os.environ["PIPELINE_TEST_WRITE_DELAY"]))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def csv_text(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: csv_cell(row.get(c)) for c in columns})
    return buf.getvalue()


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def case_json(row: dict) -> dict:
    out = {}
    for column in OUTPUT_COLUMNS:
        value = row.get(column)
        if column in LIST_COLUMNS or column == "flags":
            out[column] = list(value or [])
        elif column == "age" or column.startswith("ki67"):
            out[column] = None if value in (None, "") else float(value)
        else:
            out[column] = value if value not in ("",) else None
    return out


def mention_row(report_id: str, m: Mention) -> dict:
    normalized = m.normalized
    if isinstance(normalized, tuple):
        normalized = "-".join("" if v is None else str(v) for v in normalized) if m.field == "ki67" else \
            ":".join(str(v) for v in normalized)
    return {"report_id": report_id, "field": m.field, "value": m.value, "normalized": normalized,
            "status": m.status, "kept": "yes" if m.kept else "no", "reason": m.reason, "section": m.section,
            "sentence_start": m.sentence_start, "sentence_end": m.sentence_end, "start": m.start, "end": m.end,
            "text": m.text, "rule": m.rule, "source": m.source, "sentence": m.sentence}


def write_outputs(out_dir: Path, cases: list[dict], mentions: list[dict], problems: list[dict], run: dict) -> None:
    out_dir = Path(out_dir)
    atomic_write_text(out_dir / "mentions.csv", csv_text(MENTION_COLUMNS, mentions))
    atomic_write_text(out_dir / "problems.csv", csv_text(PROBLEM_COLUMNS, problems))
    atomic_write_text(out_dir / "cases.jsonl", "".join(json.dumps(case_json(r), ensure_ascii=False) + "\n" for r in cases))
    atomic_write_text(out_dir / "cases.csv", csv_text(OUTPUT_COLUMNS, cases))
    atomic_write_text(out_dir / "run.json", json.dumps(run, indent=2, ensure_ascii=False) + "\n")
