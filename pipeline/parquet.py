"""Columnar outputs: cases.parquet and mentions.parquet as datasets of part files.

A dataset is a folder of `part-NNNNN.parquet` files, so that many workers write at once and no
machine ever holds all mentions. Lists are Arrow list columns and numbers are numbers; DuckDB,
pandas and Spark read the folder as one table. A run writes its datasets into hidden temporary
folders and renames them into place at the end, so an interrupted run leaves the previous complete
datasets."""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from . import fields

INT_MENTION_COLUMNS = ("sentence_start", "sentence_end", "start", "end")
DATASETS = ("cases", "mentions")


def _schemas():
    import pyarrow as pa

    cases = pa.schema([(c.name, c.arrow_type()) for c in fields.output_columns()])
    from .outputs import MENTION_COLUMNS

    mentions = pa.schema([(c, pa.int64() if c in INT_MENTION_COLUMNS else pa.string()) for c in MENTION_COLUMNS])
    return {"cases": cases, "mentions": mentions}


def _case_record(row: dict) -> dict:
    from .outputs import case_json

    return case_json(row)


def _mention_record(row: dict) -> dict:
    from .outputs import MENTION_COLUMNS, csv_cell

    return {c: (int(row[c]) if c in INT_MENTION_COLUMNS and row.get(c) not in (None, "") else
                None if c in INT_MENTION_COLUMNS else csv_cell(row.get(c))) for c in MENTION_COLUMNS}


def write_part(folder: Path, dataset: str, index: int, rows: list[dict], prefix: str = "part-") -> None:
    """One part file of `dataset` (cases or mentions) in `folder` (a dataset's temporary folder)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schemas()[dataset]
    record = _case_record if dataset == "cases" else _mention_record
    table = pa.Table.from_pylist([record(r) for r in rows], schema=schema)
    path = Path(folder) / f"{prefix}{index:05d}.parquet"
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)


class ParquetDatasets:
    """The temporary folders of one run's datasets, and their commit."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        run = uuid.uuid4().hex[:12]
        self.tmp = {name: self.out_dir / f".{name}.parquet.{run}.tmp" for name in DATASETS}
        for folder in self.tmp.values():
            folder.mkdir(parents=True)

    def prepare(self) -> dict[str, str]:
        """Before publishing: empty datasets still get one (empty) part file, so that readers find the
        columns. Returns {dataset folder: its temporary folder's name} for the publish journal."""
        for name, folder in self.tmp.items():
            if not any(folder.glob("*.parquet")):
                write_part(folder, name, 0, [])
        return {f"{name}.parquet": folder.name for name, folder in self.tmp.items()}

    def abort(self) -> None:
        for folder in self.tmp.values():
            shutil.rmtree(folder, ignore_errors=True)


def publish_folder(out_dir: Path, name: str, tmp_name: str) -> None:
    """The temporary dataset folder takes the place of `name` (the old one is set aside, then removed)."""
    target, folder = Path(out_dir) / name, Path(out_dir) / tmp_name
    if not folder.is_dir():
        return
    old = Path(out_dir) / f".{name}.old.tmp"
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    folder.rename(target)
    if old.exists():
        shutil.rmtree(old)

