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

from typing import TYPE_CHECKING

from .columns import LIST_COLUMNS, OUTPUT_COLUMNS

if TYPE_CHECKING:
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


class OutputWriter:
    """Streams rows to temporary files beside the outputs, so memory does not grow with the batch;
    `commit` renames them all (an interrupted run leaves the previous complete outputs), `abort`
    removes them."""

    FILES = ("mentions.csv", "problems.csv", "cases.jsonl", "cases.csv")

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.tmp: dict[str, Path] = {}
        self.files = {}
        for name in self.FILES:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.out_dir)
            self.tmp[name] = Path(tmp)
            self.files[name] = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.cases = self._csv("cases.csv", OUTPUT_COLUMNS)
        self.mentions = self._csv("mentions.csv", MENTION_COLUMNS)
        self.problems = self._csv("problems.csv", PROBLEM_COLUMNS)

    def _csv(self, name: str, columns: list[str]):
        writer = csv.DictWriter(self.files[name], fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        return writer, columns

    @staticmethod
    def _row(target, row: dict) -> None:
        writer, columns = target
        writer.writerow({c: csv_cell(row.get(c)) for c in columns})

    def add_case(self, row: dict, mentions: list[dict]) -> None:
        self._row(self.cases, row)
        self.files["cases.jsonl"].write(json.dumps(case_json(row), ensure_ascii=False) + "\n")
        for mention in mentions:
            self._row(self.mentions, mention)

    def add_problem(self, problem: dict) -> None:
        self._row(self.problems, problem)

    def commit(self, run: dict) -> None:
        for fh in self.files.values():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
        if os.environ.get("PIPELINE_TEST_WRITE_DELAY"):  # lets the kill test interrupt a write
            time.sleep(float(os.environ["PIPELINE_TEST_WRITE_DELAY"]))
        for name in self.FILES:
            os.replace(self.tmp[name], self.out_dir / name)
        atomic_write_text(self.out_dir / "run.json", json.dumps(run, indent=2, ensure_ascii=False) + "\n")

    def abort(self) -> None:
        for name, fh in self.files.items():
            fh.close()
            self.tmp[name].unlink(missing_ok=True)
