"""The Python API, for notebooks: texts or a folder in, typed pandas DataFrames out.

The CLI is a thin layer over the same functions: `extract_folder` runs the CLI's batch path
(`extract.run_batch`), `evaluate` the evaluation behind `python -m pipeline evaluate`, so both
give the same rows and numbers."""
from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import fields
from .outputs import MENTION_COLUMNS, PROBLEM_COLUMNS, read_cell, recover_publish

MENTION_INT_COLUMNS = ("sentence_start", "sentence_end", "start", "end")


@dataclass
class Extraction:
    cases: pd.DataFrame
    mentions: pd.DataFrame
    problems: pd.DataFrame


@dataclass
class Evaluation:
    scores: pd.DataFrame
    errors: pd.DataFrame
    macro_f1: float
    agreement: float


def extract_texts(texts: Mapping[str, str] | Iterable[str], *, ner_model: str | None = None, jobs: int = 1,
                  rules_dir: str = "") -> Extraction:
    """Returns an Extraction (.cases, .mentions, .problems DataFrames) for report texts, without
    touching the disk; `jobs` > 1 uses worker processes. Texts without ids are named text_001, ..."""
    from .rules import load_rules
    from .runners import Task, run_in_process, run_in_workers

    load_rules(rules_dir or None)  # a broken rules folder is one RulesError here, not an error per report
    items = list(texts.items()) if isinstance(texts, Mapping) else [
        (f"text_{i:03d}", t) for i, t in enumerate(texts, start=1)]
    tasks = [Task(i, "", str(report_id), text=text if isinstance(text, str) else "")
             for i, (report_id, text) in enumerate(items)]
    outcomes = (run_in_process(tasks, rules_dir, ner_model or "") if jobs <= 1
                else run_in_workers(tasks, jobs, 0, rules_dir, ner_model or ""))
    rows, mentions, problems = [], [], []
    for outcome in outcomes:
        if outcome.problem:
            problems.append({"report_id": outcome.report_id, "path": "", "problem": outcome.problem,
                             "detail": outcome.detail})
            continue
        assert outcome.row is not None  # a report without a problem has its row
        rows.append(outcome.row)
        mentions.extend(outcome.mentions)
    return Extraction(typed_cases(rows), typed_mentions(mentions), pd.DataFrame(problems, columns=PROBLEM_COLUMNS))


def extract_folder(path, out: str | Path | None = None, **options) -> Extraction:
    """Returns an Extraction for a folder or URL of reports, through the CLI's batch path
    (`python -m pipeline extract`). Options are those of extract.run_batch (jobs, engine, formats, ...);
    `out` keeps the output files there, else they go to a temporary folder."""
    from .extract import run_batch

    options.setdefault("log", None)
    if out is not None:
        run_batch(path, Path(out), **options)
        return read_outputs(out)
    with tempfile.TemporaryDirectory(prefix="net-extract-") as tmp:
        run_batch(path, Path(tmp), **options)
        return read_outputs(tmp)


def read_outputs(outdir: str | Path) -> Extraction:
    """Returns an Extraction read from an output folder (its Parquet datasets, cases.csv or
    cases.jsonl, in that order of preference), with typed columns: the same frame from each."""
    outdir = Path(outdir)
    recover_publish(outdir)
    if (outdir / "cases.parquet").is_dir():
        cases = pd.read_parquet(outdir / "cases.parquet").to_dict("records")
        mentions = pd.read_parquet(outdir / "mentions.parquet").to_dict("records")
    elif (outdir / "cases.csv").is_file():
        cases = _read_csv(outdir / "cases.csv").to_dict("records")
        mentions = _read_csv(outdir / "mentions.csv").to_dict("records") if (outdir / "mentions.csv").is_file() else []
    elif (outdir / "cases.jsonl").is_file():
        with (outdir / "cases.jsonl").open(encoding="utf-8") as fh:
            cases = [json.loads(line) for line in fh if line.strip()]
        mentions = []
    else:
        raise FileNotFoundError(f"{outdir}: no cases.parquet/, cases.csv or cases.jsonl (run the extraction first)")
    problems = _read_csv(outdir / "problems.csv") if (outdir / "problems.csv").is_file() else \
        pd.DataFrame(columns=PROBLEM_COLUMNS)
    return Extraction(typed_cases(cases, str(outdir)), typed_mentions(mentions), problems)


def evaluate(gold, pred, rules_dir: str = "") -> Evaluation:
    """Returns an Evaluation (.scores and .errors DataFrames, .macro_f1, .agreement) of `pred` (an
    output folder or a cases DataFrame) against `gold` (a gold CSV path or DataFrame): the numbers
    of `python -m pipeline evaluate`."""
    from .evaluation import ERROR_COLUMNS, score_frame
    from .evaluation import evaluate as score
    from .gold import read_gold
    from .rules import load_rules

    gold_rows = read_gold(gold) if not isinstance(gold, pd.DataFrame) else {
        r["report_id"]: r for r in gold.to_dict("records")}
    mentions: list[dict] = []
    if isinstance(pred, pd.DataFrame):
        pred_rows = {r["report_id"]: r for r in pred.to_dict("records")}
    else:
        from .gold import read_table

        pred_rows = {r["report_id"]: r for r in read_table(Path(pred) / "cases.csv", "predictions (cases.csv)")}
        if (Path(pred) / "mentions.csv").is_file():
            mentions = read_table(Path(pred) / "mentions.csv", "mentions")
    ev = score(gold_rows, pred_rows, load_rules(rules_dir or None), mentions,
               gold if not isinstance(gold, pd.DataFrame) else "gold")
    return Evaluation(score_frame(ev),
                      pd.DataFrame(ev.errors, columns=ERROR_COLUMNS), ev.macro_f1, ev.agreement)


# --- Typing ------------------------------------------------------------------------------------------


def typed_cases(rows: list[dict], where: str = "") -> pd.DataFrame:
    """The cases frame: every output column of fields.py, typed by its kind (numbers Float64, sizes
    lists of floats, lists lists of str, categories categorical, grade ordered G1 < G2 < G3), from
    typed rows, CSV cells or Parquet/JSONL records alike."""
    rows = [fields.complete(_renamed_flags(r, where), only_missing=True) for r in rows]
    columns = fields.output_columns()
    frame = pd.DataFrame({c.name: c.series([r.get(c.name) for r in rows]) for c in columns},
                         columns=[c.name for c in columns])
    return frame


_NOTED: set[str] = set()


def _renamed_flags(row: dict, where: str) -> dict:
    """Outputs written before the review-flags column was renamed call it 'flags' (a name that hides
    DataFrame.flags): read under its new name, with one note per folder. Read so until 2027-06."""
    if fields.OLD_FLAGS_NAME in row and fields.FLAGS.name not in row:
        if where not in _NOTED:
            _NOTED.add(where)
            print(f"note: {where or 'these rows'}: the column 'flags' is now '{fields.FLAGS.name}'; "
                  f"read under the new name (re-run the extraction to write it so)", file=sys.stderr)
        row = {**row, fields.FLAGS.name: row[fields.OLD_FLAGS_NAME]}
    return dict(row)


def typed_mentions(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    for column in MENTION_INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame


def _read_csv(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return frame.map(read_cell)
