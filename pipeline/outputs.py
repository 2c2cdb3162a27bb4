"""Writes every output file atomically: a temporary file in the same folder, then a rename, so an
interrupted run leaves either the old complete file or the new complete one."""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import fields
from .fields import DANGEROUS_START
from .parquet import publish_folder

if TYPE_CHECKING:
    from .extractors import Mention
    from .parquet import ParquetDatasets

MENTION_COLUMNS = ["report_id", "field", "value", "normalized", "status", "kept", "reason", "context_status",
                   "section", "sentence_start", "sentence_end", "start", "end", "text", "rule", "source", "sentence"]
PROBLEM_COLUMNS = ["report_id", "path", "problem", "detail"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, _FILE_MODE)  # mkstemp makes 0600; outputs are ordinary files
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if os.environ.get("PIPELINE_TEST_WRITE_DELAY"):  # lets the kill test interrupt a write
            time.sleep(float(os.environ["PIPELINE_TEST_WRITE_DELAY"]))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


JOURNAL = ".publish.json"  # present only while a run is being published


def _fault_point(step: str) -> None:
    """The fault-injection test ends the process here (PIPELINE_TEST_KILL_AT=<step>), as a kill would."""
    if os.environ.get("PIPELINE_TEST_KILL_AT") == step:
        os._exit(9)


def recover_publish(out_dir: Path) -> bool:
    """Finishes a publish that a kill interrupted (the journal is there): every temporary it names
    that is still there takes its place, then run.json. Readers see the new run whole; before the
    journal was written they saw the old run whole. Returns whether there was anything to finish."""
    out_dir = Path(out_dir)
    path = out_dir / JOURNAL
    if not path.is_file():
        return False
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        path.unlink(missing_ok=True)  # the journal itself was cut short: nothing was renamed yet
        return False
    for name, tmp in journal["files"].items():
        if (out_dir / tmp).is_file():
            os.replace(out_dir / tmp, out_dir / name)
    for name, tmp in journal.get("folders", {}).items():
        publish_folder(out_dir, name, tmp)
    _remove(out_dir, journal.get("remove", []))
    atomic_write_text(out_dir / "run.json", json.dumps(journal["run"], indent=2, ensure_ascii=False) + "\n")
    path.unlink(missing_ok=True)
    return True


def _remove(out_dir: Path, names) -> None:
    """Outputs of a format this run did not write: no stale rows survive beside the new ones."""
    for name in names:
        path = Path(out_dir) / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def csv_text(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: csv_cell(row.get(c)) for c in columns})
    return buf.getvalue()


def escape(text: str) -> str:
    """A cell that a spreadsheet would run as a formula ('=HYPERLINK(...)' copied from a report) is
    written with a leading apostrophe, which spreadsheets show as text; read_cell takes it off again."""
    return "'" + text if text[:1] in DANGEROUS_START else text


def csv_cell(value) -> str:
    """A cell of the mentions, problems, scores and errors tables as text (escaped). The cases'
    cells are their columns' own (case_cells)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        text = "; ".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = str(value)
    return escape(text)


def case_cells(row: dict) -> dict[str, str]:
    """A case row's cells, each written by its column's kind (fields.py) and escaped."""
    return {name: escape(text) for name, text in fields.cells(row).items()}


def read_cell(cell):
    """A cell as the report had it: the apostrophe csv_cell put before a formula-like start is taken
    off. Every reader of the project's CSV files (read_outputs, evaluation, gold) goes through here."""
    if isinstance(cell, str) and cell[:1] == "'" and cell[1:2] in DANGEROUS_START:
        return cell[1:]
    return cell


def case_json(row: dict) -> dict:
    """A case row for cases.jsonl: numbers as numbers, sizes as lists of numbers, lists as lists."""
    return {c.name: c.json(row.get(c.name)) for c in fields.output_columns()}


def mention_row(report_id: str, m: Mention) -> dict:
    normalized = m.normalized
    if isinstance(normalized, tuple):
        normalized = "-".join("" if v is None else str(v) for v in normalized) if m.field == "ki67" else \
            ":".join(str(v) for v in normalized)
    return {"report_id": report_id, "field": m.field, "value": m.value, "normalized": normalized,
            "status": m.status, "kept": "yes" if m.kept else "no", "reason": m.reason,
            "context_status": m.context_status, "section": m.section,
            "sentence_start": m.sentence_start, "sentence_end": m.sentence_end, "start": m.start, "end": m.end,
            "text": m.text, "rule": m.rule, "source": m.source, "sentence": m.sentence}


class OutputWriter:
    """Streams rows to temporary files beside the outputs, so memory does not grow with the batch;
    `commit` renames them all (an interrupted run leaves the previous complete outputs), `abort`
    removes them. `formats`: 'csv' (cases.csv, cases.jsonl, mentions.csv) and/or 'parquet'
    (cases.parquet/, mentions.parquet/ datasets); problems.csv and run.json always. Outputs of a
    format not asked for are removed, so that no stale rows survive."""

    CSV_FILES = ("mentions.csv", "cases.jsonl", "cases.csv")
    PART_REPORTS = 500  # reports per parquet part file written from this process

    def __init__(self, out_dir: Path, formats: tuple[str, ...] = ("csv",), excel: bool = False):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.formats = formats
        names = ("problems.csv",) + (self.CSV_FILES if "csv" in formats else ())
        self.tmp: dict[str, Path] = {}
        self.files = {}
        for name in names:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.out_dir)
            os.chmod(tmp, _FILE_MODE)
            self.tmp[name] = Path(tmp)
            # excel: a byte-order mark, so that Excel opens the CSV files as UTF-8
            self.files[name] = os.fdopen(fd, "w", encoding="utf-8-sig" if excel and name.endswith(".csv") else "utf-8",
                                         newline="")
        self.problems = self._csv("problems.csv", PROBLEM_COLUMNS)
        if "csv" in formats:
            self.case_rows: list[dict] = []  # cases.csv goes out through pandas, a block at a time
            self.cases_started = False
            self.mentions = self._csv("mentions.csv", MENTION_COLUMNS)
        self.datasets = None
        if "parquet" in formats:
            from .parquet import ParquetDatasets

            self.datasets = ParquetDatasets(self.out_dir)
        self.part_cases: list[dict] = []
        self.part_mentions: list[dict] = []
        self.parts = 0

    def _csv(self, name: str, columns: list[str]):
        writer = csv.DictWriter(self.files[name], fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        return writer, columns

    @staticmethod
    def _row(target, row: dict) -> None:
        writer, columns = target
        writer.writerow({c: csv_cell(row.get(c)) for c in columns})

    def add_case(self, row: dict, mentions: list[dict], to_parquet: bool = True) -> None:
        """`to_parquet=False`: a Dask worker already wrote this report into its own part file."""
        if "csv" in self.formats:
            self.case_rows.append(case_cells(row))
            if len(self.case_rows) >= self.PART_REPORTS:
                self._flush_cases()
            self.files["cases.jsonl"].write(json.dumps(case_json(row), ensure_ascii=False) + "\n")
            for mention in mentions:
                self._row(self.mentions, mention)
        if self.datasets is not None and to_parquet:
            self.part_cases.append(row)
            self.part_mentions.extend(mentions)
            if len(self.part_cases) >= self.PART_REPORTS:
                self._flush_part(self.datasets)

    def _flush_cases(self) -> None:
        """cases.csv by pandas (the columns, their order and the `; ` lists of the CSV contract),
        in blocks, so that memory stays flat however many reports the batch holds."""
        import pandas as pd

        frame = pd.DataFrame(self.case_rows, columns=[c.name for c in fields.output_columns()], dtype=object)
        frame.to_csv(self.files["cases.csv"], header=not self.cases_started, index=False, lineterminator="\n")
        self.cases_started = True
        self.case_rows = []

    def _flush_part(self, datasets: ParquetDatasets) -> None:
        from .parquet import write_part

        if self.part_cases:  # 'part-c…': never the name of a worker's part
            write_part(datasets.tmp["cases"], "cases", self.parts, self.part_cases, prefix="part-c")
            write_part(datasets.tmp["mentions"], "mentions", self.parts, self.part_mentions, prefix="part-c")
            self.parts += 1
        self.part_cases, self.part_mentions = [], []

    def add_problem(self, problem: dict) -> None:
        self._row(self.problems, problem)

    def commit(self, run: dict) -> None:
        if "csv" in self.formats:
            self._flush_cases()
        if self.datasets is not None:
            self._flush_part(self.datasets)
        for fh in self.files.values():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
        if os.environ.get("PIPELINE_TEST_WRITE_DELAY"):  # lets the kill test interrupt a write
            time.sleep(float(os.environ["PIPELINE_TEST_WRITE_DELAY"]))
        # Publish as one step: the journal names every finished temporary and the new run.json; a
        # run killed past this point is rolled forward by the next reader or run (recover_publish).
        folders = self.datasets.prepare() if self.datasets is not None else {}
        remove = ([] if "csv" in self.formats else list(self.CSV_FILES)) + \
            ([] if folders else ["cases.parquet", "mentions.parquet"])
        journal = {"files": {name: self.tmp[name].name for name in self.files}, "folders": folders,
                   "remove": remove, "run": run}
        atomic_write_text(self.out_dir / JOURNAL, json.dumps(journal, ensure_ascii=False))
        _fault_point("journal")
        for name in self.files:
            os.replace(self.tmp[name], self.out_dir / name)
            _fault_point(name)
        for name, tmp in folders.items():
            publish_folder(self.out_dir, name, tmp)
            _fault_point(name)
        _remove(self.out_dir, remove)
        atomic_write_text(self.out_dir / "run.json", json.dumps(run, indent=2, ensure_ascii=False) + "\n")
        _fault_point("run.json")
        (self.out_dir / JOURNAL).unlink(missing_ok=True)

    def abort(self) -> None:
        for name, fh in self.files.items():
            fh.close()
            self.tmp[name].unlink(missing_ok=True)
        if self.datasets is not None:
            self.datasets.abort()
