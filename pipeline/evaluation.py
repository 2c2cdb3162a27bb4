"""Scores outputs/cases.csv against a hand-labelled gold CSV and reports it: the score tables (as text
for scores.csv and the terminal, as numbers for the API), the accuracy gate, the command's report
files and the gold template. The scoring itself is scoring.py's.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from . import fields
from .gold import SIZE, GoldError, read_gold, read_table  # noqa: F401  (read_gold is part of this module's API)
from .outputs import atomic_write_text, csv_cell, csv_text, recover_publish
from .rules import load_rules
from .scoring import Counts, Evaluation, Normaliser, evaluate, score_names, typed  # noqa: F401  (this module's API)


def _fmt(x) -> str:
    return "" if x is None else f"{x:.3f}"


def score_values(ev: Evaluation) -> list[dict]:
    """The score table's rows with numbers as numbers (None where a rate is undefined): a row per
    scored item, the exact-dimension count of sizes, and the macro F1 with the cell agreement."""
    rows = []
    for name, c in ev.counts.items():
        rows.append({"field": name, "tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall,
                     "f1": c.f1, "agreement": c.agree / c.cells if c.cells else None})
    s = ev.size_exact
    rows.append({"field": "tumor_size_mm (exact dims)", "tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision,
                 "recall": s.recall, "f1": s.f1, "agreement": None})
    rows.append({"field": "MACRO F1", "tp": None, "fp": None, "fn": None, "precision": None, "recall": None,
                 "f1": ev.macro_f1, "agreement": ev.agreement})
    return rows


def score_rows(ev: Evaluation) -> list[dict]:
    """score_values as text (three decimals), for scores.csv and the printed table."""
    rates = ("precision", "recall", "f1", "agreement")
    return [{k: _fmt(v) if k in rates else ("" if v is None else v) for k, v in row.items()}
            for row in score_values(ev)]


def score_frame(ev: Evaluation) -> pd.DataFrame:
    """The score table as the API's Evaluation.scores: counts Int64, rates float64 (NaN where undefined)."""
    frame = pd.DataFrame(score_values(ev), columns=SCORE_COLUMNS)
    for column in ("tp", "fp", "fn"):
        frame[column] = frame[column].astype("Int64")
    for column in ("precision", "recall", "f1", "agreement"):
        frame[column] = frame[column].astype("float64")
    return frame


SCORE_COLUMNS = ["field", "tp", "fp", "fn", "precision", "recall", "f1", "agreement"]
ERROR_COLUMNS = ["report_id", "field", "kind", "gold", "predicted", "evidence_sentence", "rule", "status", "reason"]


def markdown_table(rows: list[dict], columns: list[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for r in rows:
        lines.append("| " + " | ".join(str(r.get(c, "")).replace("|", "/").replace("\n", " ") for c in columns) + " |")
    return "\n".join(lines)


def gate_failures(ev: Evaluation, min_macro_f1: float | None = None, min_field_f1: float | None = None) -> list[str]:
    """Why the scores miss the gate, one sentence each; empty when they pass.

    A macro F1 alone hides one wholly wrong field among eleven (10/11 = 0.909), so the gate also
    holds every field that has gold values or predictions to its own minimum."""
    failures = []
    if min_macro_f1 is not None and ev.macro_f1 < min_macro_f1:
        failures.append(f"macro F1 {ev.macro_f1:.3f} is below the required {min_macro_f1:.2f}")
    if min_field_f1 is not None:
        for name, c in ev.counts.items():
            if c.f1 is not None and c.f1 < min_field_f1:
                failures.append(f"{name} F1 {c.f1:.3f} is below the required {min_field_f1:.2f} "
                                f"(tp {c.tp}, fp {c.fp}, fn {c.fn})")
    return failures


def run_evaluation(gold_path: Path, pred_dir: Path, out_dir: Path | None = None, rules_dir: str = "",
                   min_macro_f1: float | None = None, min_field_f1: float | None = None) -> int:
    try:
        gold = read_gold(gold_path)
        recover_publish(Path(pred_dir))
        pred_rows = read_table(Path(pred_dir) / "cases.csv", "predictions (cases.csv)")
        mentions_path = Path(pred_dir) / "mentions.csv"
        mentions = read_table(mentions_path, "mentions") if mentions_path.is_file() else []
        ev = evaluate(gold, {r["report_id"]: r for r in pred_rows}, load_rules(rules_dir or None), mentions, gold_path)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out_dir = Path(out_dir) if out_dir else Path(pred_dir) / "evaluation"
    scores = pd.DataFrame(score_rows(ev), columns=SCORE_COLUMNS)
    errors = pd.DataFrame(ev.errors, columns=ERROR_COLUMNS).map(csv_cell)  # Excel-safe, as cases.csv
    atomic_write_text(out_dir / "scores.csv", scores.to_csv(index=False, lineterminator="\n"))
    atomic_write_text(out_dir / "errors.csv", errors.to_csv(index=False, lineterminator="\n"))
    table = markdown_table(scores.to_dict("records"), SCORE_COLUMNS)
    report = (f"# Evaluation\n\ngold: `{gold_path}`, predictions: `{pred_dir}`, {len(gold)} report(s)\n\n"
              f"macro F1 **{ev.macro_f1:.3f}**, cell agreement {ev.agreement:.3f}\n\n{table}\n\n"
              f"## Disagreements ({len(ev.errors)})\n\n"
              + (markdown_table(ev.errors, ERROR_COLUMNS) if ev.errors else "None.") + "\n")
    atomic_write_text(out_dir / "report.md", report)
    print(table)
    print(f"\nmacro F1 {ev.macro_f1:.3f}; cell agreement {ev.agreement:.3f}; {len(ev.errors)} disagreement(s) "
          f"-> {out_dir}")
    if ev.not_scored:
        print(f"not scored (a column the gold file or the predictions lack): {', '.join(ev.not_scored)}")
    if ev.unscored_line():
        print(ev.unscored_line())
    failures = gate_failures(ev, min_macro_f1, min_field_f1)
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    return 1 if failures else 0


def write_gold_template(pred_dir: Path, gold_path: Path) -> int:
    """Adds pre-filled rows for reports without gold; never touches an existing gold row."""
    pred_rows = read_table(Path(pred_dir) / "cases.csv", "predictions (cases.csv)")
    existing = read_table(gold_path, "gold") if Path(gold_path).is_file() else []
    have = {r["report_id"] for r in existing}
    added = [r for r in pred_rows if r["report_id"] not in have]
    columns = [c.name for c in fields.gold_columns()]
    columns += [c.name for c in fields.SECOND_SET if any(c.name in r for r in existing) and c.name not in columns]
    atomic_write_text(Path(gold_path), csv_text(columns, existing + added))
    print(f"{len(added)} new row(s) for review added to {gold_path}; {len(existing)} existing row(s) kept")
    return 0
