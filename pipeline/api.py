"""The Python API, for notebooks: texts or a folder in, typed pandas DataFrames out.

The CLI is a thin layer over the same functions: `extract_folder` runs the CLI's batch path
(`extract.run_batch`), `evaluate` the evaluation behind `python -m pipeline evaluate`, so both
give the same rows and numbers."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from .columns import LIST_COLUMNS, OUTPUT_COLUMNS
from .outputs import MENTION_COLUMNS, PROBLEM_COLUMNS, read_cell, recover_publish

CATEGORIES = {"sex": ["female", "male"], "grade": ["G1", "G2", "G3"], "metastasis": ["yes", "no", "unknown"]}
FLOAT_COLUMNS = ("age", "ki67_low", "ki67_high")
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
    from .runners import Task, run_in_process, run_in_workers

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
    cases.jsonl), with typed columns."""
    outdir = Path(outdir)
    recover_publish(outdir)
    if (outdir / "cases.parquet").is_dir():
        cases = pd.read_parquet(outdir / "cases.parquet").to_dict("records")
        mentions = pd.read_parquet(outdir / "mentions.parquet").to_dict("records")
    elif (outdir / "cases.csv").is_file():
        cases = _read_csv(outdir / "cases.csv").to_dict("records")
        mentions = _read_csv(outdir / "mentions.csv").to_dict("records") if (outdir / "mentions.csv").is_file() else []
    elif (outdir / "cases.jsonl").is_file():
        cases = pd.read_json(outdir / "cases.jsonl", lines=True, dtype=False).to_dict("records")
        mentions = []
    else:
        raise FileNotFoundError(f"{outdir}: no cases.parquet/, cases.csv or cases.jsonl (run the extraction first)")
    problems = _read_csv(outdir / "problems.csv") if (outdir / "problems.csv").is_file() else \
        pd.DataFrame(columns=PROBLEM_COLUMNS)
    return Extraction(typed_cases(cases), typed_mentions(mentions), problems)


def evaluate(gold, pred, rules_dir: str = "") -> Evaluation:
    """Returns an Evaluation (.scores and .errors DataFrames, .macro_f1, .agreement) of `pred` (an
    output folder or a cases DataFrame) against `gold` (a gold CSV path or DataFrame): the numbers
    of `python -m pipeline evaluate`."""
    from .evaluation import ERROR_COLUMNS, SCORE_COLUMNS, evaluate as score, score_rows
    from .gold import read_gold
    from .rules import load_rules

    gold_rows = read_gold(gold) if not isinstance(gold, pd.DataFrame) else {
        r["report_id"]: r for r in _as_cells(gold)}
    mentions: list[dict] = []
    if isinstance(pred, pd.DataFrame):
        pred_rows = {r["report_id"]: r for r in _as_cells(pred)}
    else:
        from .gold import read_table

        pred_rows = {r["report_id"]: r for r in read_table(Path(pred) / "cases.csv", "predictions (cases.csv)")}
        if (Path(pred) / "mentions.csv").is_file():
            mentions = read_table(Path(pred) / "mentions.csv", "mentions")
    ev = score(gold_rows, pred_rows, load_rules(rules_dir or None), mentions,
               gold if not isinstance(gold, pd.DataFrame) else "gold")
    return Evaluation(pd.DataFrame(score_rows(ev), columns=SCORE_COLUMNS),
                      pd.DataFrame(ev.errors, columns=ERROR_COLUMNS), ev.macro_f1, ev.agreement)


# --- Typing ------------------------------------------------------------------------------------------


def _split(value) -> list:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        return [v for v in value.split("; ") if v]
    return [str(v) for v in value]


def _size(value) -> list[float]:
    """'57 x 29' -> [57.0, 29.0]: the dimensions as numbers."""
    if isinstance(value, (list, tuple)):
        return [float(v) for v in value]
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return []
    return [float(v) for v in str(value).split(" x ")]


def typed_cases(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame([{c: r.get(c) for c in OUTPUT_COLUMNS} for r in rows], columns=OUTPUT_COLUMNS)
    for column in LIST_COLUMNS + ["flags"]:
        frame[column] = [_split(v) for v in frame[column]]
    frame["tumor_size_mm"] = [_size(v) for v in frame["tumor_size_mm"]]
    for column in FLOAT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype("Float64")
    for column, categories in CATEGORIES.items():
        frame[column] = pd.Categorical(frame[column].replace("", None), categories=categories)
    for column in ("report_id", "primary_site"):
        frame[column] = frame[column].replace("", None).astype("string")
    return frame


def typed_mentions(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    for column in MENTION_INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame


def _read_csv(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return frame.map(read_cell)


def _as_cells(frame: pd.DataFrame) -> list[dict]:
    """A typed cases frame back to the `; `-joined cells the evaluation reads."""
    out = []
    for record in frame.to_dict("records"):
        row = {}
        for column, value in record.items():
            if column == "tumor_size_mm" and isinstance(value, (list, tuple)):
                value = " x ".join(f"{v:g}" for v in value)
            elif isinstance(value, (list, tuple)) or hasattr(value, "tolist") and not isinstance(value, str):
                value = "; ".join(str(v) for v in (value.tolist() if hasattr(value, "tolist") else value))
            elif value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
                value = ""
            elif isinstance(value, float):
                value = f"{value:g}"
            row[column] = str(value)
        out.append(row)
    return out
