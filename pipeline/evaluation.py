"""Scores outputs/cases.csv against a hand-labelled gold CSV, field by field, and explains each miss.

Counting rules (README, "Evaluation"): empty vs empty counts for nothing; a value where gold is
empty is a false positive; an empty prediction where gold has a value is a false negative; a wrong
value is both. List fields are micro-averaged over (report, item) pairs after mapping both sides to
the canonical names in rules/.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .assemble import COLUMNS, LIST_COLUMNS
from .gold import SIZE, GoldError, read_gold, read_table  # noqa: F401  (read_gold is part of this module's API)
from .outputs import atomic_write_text, csv_cell, csv_text, recover_publish
from .rules import load_rules

SCALAR_FIELDS = ["age", "sex", "primary_site", "tumor_size_mm", "ki67", "grade", "metastasis"]
FIELDS = SCALAR_FIELDS + LIST_COLUMNS
SIZE_TOLERANCE_MM = 1.0


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: int = 0
    cells: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    counts: dict[str, Counts] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    size_exact: Counts = field(default_factory=Counts)

    @property
    def macro_f1(self) -> float:
        f1s = [c.f1 for c in self.counts.values() if c.f1 is not None]
        return sum(f1s) / len(f1s) if f1s else 0.0

    @property
    def agreement(self) -> float:
        agree = sum(c.agree for c in self.counts.values())
        cells = sum(c.cells for c in self.counts.values())
        return agree / cells if cells else 0.0


class Normaliser:
    """Maps both sides to comparable values through the canonical names in rules/."""

    def __init__(self, rules):
        self.maps = {"markers_positive": rules.marker_synonyms, "markers_negative": rules.marker_synonyms,
                     "metastasis_sites": rules.site_synonyms, "treatments": rules.treatment_synonyms}
        self.sites = rules.site_synonyms
        for regimen, drugs in rules["treatments"]["regimens"].items():
            self.maps["treatments"].setdefault(regimen, "; ".join(drugs))

    def items(self, column: str, cell: str) -> set[str]:
        out = set()
        for item in _split(cell):
            key = item.lower()
            mapped = self.maps[column].get(key, item)
            for part in mapped.split("; "):
                out.add(part.lower())
        return out

    def scalar(self, column: str, row: dict):
        if column == "ki67":
            low, high = _num(row.get("ki67_low")), _num(row.get("ki67_high"))
            return None if low is None and high is None else (low, high)
        cell = (row.get(column) or "").strip()
        if not cell or (column == "metastasis" and cell == "unknown"):
            return None
        if column == "age":
            return _num(cell)
        if column == "primary_site":
            return self.sites.get(cell.lower(), cell).lower()
        if column == "tumor_size_mm":
            return tuple(float(x) for x in cell.split(" x ")) if SIZE.match(cell) else cell
        return cell.lower()


def _split(cell) -> list[str]:
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


def _num(cell):
    cell = (cell or "").strip()
    try:
        return float(cell) if cell else None
    except ValueError:
        return None


def _same(column: str, gold, pred) -> bool:
    if column == "tumor_size_mm" and isinstance(gold, tuple) and isinstance(pred, tuple):
        return abs(max(gold) - max(pred)) <= SIZE_TOLERANCE_MM
    return gold == pred


def evaluate(gold: dict[str, dict], pred: dict[str, dict], rules, mentions: list[dict] | None = None,
             gold_path: Path | str = "gold") -> Evaluation:
    missing = [rid for rid in gold if rid not in pred]
    if missing:
        raise GoldError(f"{gold_path}: report id(s) with no output row: {', '.join(missing)} "
                        f"(run the extraction on those reports first)")
    norm = Normaliser(rules)
    ev = Evaluation(counts={f: Counts() for f in FIELDS})
    by_report: dict[str, list[dict]] = {}
    for m in mentions or []:
        by_report.setdefault(m["report_id"], []).append(m)
    for rid, g in gold.items():
        p = pred[rid]
        for column in SCALAR_FIELDS:
            gv, pv = norm.scalar(column, g), norm.scalar(column, p)
            c = ev.counts[column]
            c.cells += 1
            if gv is None and pv is None:
                c.agree += 1
                continue
            if gv is not None and pv is not None and _same(column, gv, pv):
                c.tp += 1
                c.agree += 1
                if column == "tumor_size_mm":
                    ev.size_exact.tp += int(gv == pv)
                    ev.size_exact.fp += int(gv != pv)
                    ev.size_exact.fn += int(gv != pv)
                continue
            c.fp += pv is not None
            c.fn += gv is not None
            kind = "false_positive" if gv is None else "false_negative" if pv is None else "wrong_value"
            ev.errors.append(_error(rid, column, g, p, kind, by_report.get(rid, [])))
        for column in LIST_COLUMNS:
            gs, ps = norm.items(column, g.get(column)), norm.items(column, p.get(column))
            c = ev.counts[column]
            c.cells += 1
            c.agree += gs == ps
            c.tp += len(gs & ps)
            c.fp += len(ps - gs)
            c.fn += len(gs - ps)
            for item in sorted(ps - gs):
                ev.errors.append(_error(rid, column, g, p, "false_positive", by_report.get(rid, []), item))
            for item in sorted(gs - ps):
                ev.errors.append(_error(rid, column, g, p, "false_negative", by_report.get(rid, []), item))
    return ev


MENTION_FIELD = {"ki67": "ki67", "markers_positive": "markers", "markers_negative": "markers"}


def _cell(row: dict, column: str) -> str:
    if column == "ki67":
        return f"{row.get('ki67_low') or ''}-{row.get('ki67_high') or ''}".strip("-") if (
            row.get("ki67_low") or row.get("ki67_high")) else ""
    return row.get(column) or ""


def _error(rid, column, g, p, kind, mentions, item=None) -> dict:
    """One disagreement, with the evidence behind the prediction or the best rejected candidate."""
    mfield = MENTION_FIELD.get(column, column)
    candidates = [m for m in mentions if m["field"] == mfield]
    target = item.lower() if item else None
    evidence = None
    if kind != "false_negative":
        evidence = next((m for m in candidates if m["kept"] == "yes"
                         and (target is None or target in m["normalized"].lower())), None)
    else:
        wanted = target or _cell(g, column).lower()
        evidence = next((m for m in candidates if wanted and wanted.split(" x ")[0] in m["normalized"].lower()
                         and m["kept"] != "yes"), None)
    return {"report_id": rid, "field": column, "kind": kind,
            "gold": item if kind == "false_negative" and item else _cell(g, column),
            "predicted": item if kind == "false_positive" and item else _cell(p, column),
            "evidence_sentence": (evidence or {}).get("sentence", ""), "rule": (evidence or {}).get("rule", ""),
            "status": (evidence or {}).get("status", ""), "reason": (evidence or {}).get("reason", "")}


def _fmt(x) -> str:
    return "" if x is None else f"{x:.3f}"


def score_rows(ev: Evaluation) -> list[dict]:
    rows = []
    for name, c in ev.counts.items():
        rows.append({"field": name, "tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": _fmt(c.precision),
                     "recall": _fmt(c.recall), "f1": _fmt(c.f1), "agreement": _fmt(c.agree / c.cells if c.cells else None)})
    s = ev.size_exact
    rows.append({"field": "tumor_size_mm (exact dims)", "tp": s.tp, "fp": s.fp, "fn": s.fn,
                 "precision": _fmt(s.precision), "recall": _fmt(s.recall), "f1": _fmt(s.f1), "agreement": ""})
    rows.append({"field": "MACRO F1", "tp": "", "fp": "", "fn": "", "precision": "", "recall": "",
                 "f1": _fmt(ev.macro_f1), "agreement": _fmt(ev.agreement)})
    return rows


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
    atomic_write_text(Path(gold_path), csv_text(COLUMNS, existing + added))
    print(f"{len(added)} new row(s) for review added to {gold_path}; {len(existing)} existing row(s) kept")
    return 0
