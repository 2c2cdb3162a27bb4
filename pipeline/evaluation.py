"""Scores outputs/cases.csv against a hand-labelled gold CSV, field by field, and explains each miss.

Counting rules (docs/accuracy.md, "Evaluation"): empty vs empty counts for nothing; a value where gold is
empty is a false positive; an empty prediction where gold has a value is a false negative; a wrong
value is both. List fields are micro-averaged over (report, item) pairs after mapping both sides to
the canonical names in rules/.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import fields
from .gold import REVIEWED, SIZE, GoldError, read_gold, read_table  # noqa: F401  (read_gold is part of this module's API)
from .outputs import atomic_write_text, csv_cell, csv_text, recover_publish
from .rules import load_rules


def score_names() -> list[str]:
    """The scored items, in the fields' order (fields.py): one per Score of each field."""
    return [s.name for s in fields.scores()]


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
    not_scored: list[str] = field(default_factory=list)  # items whose columns the gold or the predictions lack
    unreviewed: list[str] = field(default_factory=list)  # gold rows whose `reviewed` cell is not 'yes': not scored
    no_gold: list[str] = field(default_factory=list)  # predicted reports with no gold row: not scored

    def unscored_line(self) -> str:
        """One line saying which reports were not scored and why ('' when every one was)."""
        if not self.unreviewed and not self.no_gold:
            return ""
        return (f"not scored: {len(self.unreviewed) + len(self.no_gold)} report(s): {len(self.unreviewed)} gold row(s) "
                f"not marked reviewed, {len(self.no_gold)} report(s) with no gold row")

    @property
    def macro_f1(self) -> float:
        f1s = [c.f1 for c in self.counts.values() if c.f1 is not None]
        return sum(f1s) / len(f1s) if f1s else 0.0

    @property
    def agreement(self) -> float:
        agree = sum(c.agree for c in self.counts.values())
        cells = sum(c.cells for c in self.counts.values())
        return agree / cells if cells else 0.0


def typed(row: dict) -> dict:
    """A row of cells (gold or cases.csv) or of values (the API's frame), typed by its columns.
    A column the row lacks stays absent: it is not scored."""
    out = {}
    for column in fields.output_columns() + fields.SECOND_SET:
        if column.name in row:
            try:
                out[column.name] = column.typed(row[column.name])
            except ValueError as exc:
                raise GoldError(f"column {column.name}: '{row[column.name]}' is not a {column.kind} ({exc})") from exc
    return out


class Normaliser:
    """Maps both sides' typed values to comparable ones, through the canonical names in rules/."""

    def __init__(self, rules):
        self.rules = rules
        self.maps = {"markers": rules.marker_synonyms, "sites": rules.site_synonyms,
                     "treatments": dict(rules.treatment_synonyms)}
        for regimen, drugs in rules["treatments"]["regimens"].items():
            self.maps["treatments"].setdefault(regimen, "; ".join(drugs))

    def vocabulary(self, name: str) -> dict[str, str]:
        """synonym -> canonical name. 'markers', 'sites', 'treatments', or '<rules file>:<key>' for a
        lexicon of canonical -> [synonyms] in another rules file (a new field's own); '' = as written."""
        if name not in self.maps:
            from .rules import synonym_map

            file, _, key = name.partition(":")
            self.maps[name] = synonym_map(self.rules[file][key]) if name else {}
        return self.maps[name]

    def items(self, score: fields.Score, row: dict) -> set[str]:
        out = set()
        vocabulary = self.vocabulary(score.vocabulary)
        for item in row.get(score.columns[0]) or []:
            mapped = vocabulary.get(item.strip().lower(), item.strip())
            for part in mapped.split("; "):
                out.add(part.lower())
        return out

    def scalar(self, score: fields.Score, row: dict):
        """The comparable value of a scalar score, None when not stated."""
        values = [row.get(c) for c in score.columns]
        if score.compare == "range":
            return None if all(v is None for v in values) else tuple(values)
        value = values[0]
        if value in (None, []) or value in fields.column(score.columns[0]).null:
            return None
        if score.compare == "size":
            return tuple(value)
        if score.compare == "number":
            return value
        if score.compare == "site":
            return self.maps["sites"].get(value.lower(), value).lower()
        return value.lower()


def _same(score: fields.Score, gold, pred) -> bool:
    if score.compare == "size":
        return abs(max(gold) - max(pred)) <= score.tolerance
    return gold == pred


def evaluate(gold: dict[str, dict], pred: dict[str, dict], rules, mentions: list[dict] | None = None,
             gold_path: Path | str = "gold") -> Evaluation:
    """Scores typed rows (see `typed`; cell rows are typed here) field by field. A gold file with a
    `reviewed` column (the review page's export) is scored on its 'yes' rows only; the others, and
    the predicted reports with no gold row, are counted in .unreviewed and .no_gold."""
    gold, unreviewed, no_gold = _reviewed_rows(gold, pred)
    missing = [rid for rid in gold if rid not in pred]
    if missing:
        raise GoldError(f"{gold_path}: report id(s) with no output row: {', '.join(missing)} "
                        f"(run the extraction on those reports first)")
    norm = Normaliser(rules)
    scored = _scored(gold, pred)
    ev = Evaluation(counts={s.name: Counts() for s in scored},
                    not_scored=[s.name for s in fields.scores() if s not in scored],
                    unreviewed=unreviewed, no_gold=no_gold)
    by_report: dict[str, list[dict]] = {}
    for m in mentions or []:
        by_report.setdefault(m["report_id"], []).append(m)
    for rid, g in gold.items():
        g, p = typed(g), typed(pred[rid])
        for score in scored:
            if score.compare == "items":
                _score_items(ev, norm, score, rid, g, p, by_report.get(rid, []))
            else:
                _score_scalar(ev, norm, score, rid, g, p, by_report.get(rid, []))
    return ev


def _reviewed_rows(gold: dict[str, dict], pred: dict) -> tuple[dict[str, dict], list[str], list[str]]:
    """(the gold rows to score, the ids of the unreviewed ones, the predicted ids with no gold row).
    A gold row counts unless its file has a `reviewed` column and the row's cell is not 'yes'."""
    def reviewed(row: dict) -> bool:
        value = row.get(REVIEWED, "yes")
        return str(value if value is not None else "").strip().lower() == "yes"

    unreviewed = [rid for rid, g in gold.items() if not reviewed(g)]
    return ({rid: g for rid, g in gold.items() if reviewed(g)}, unreviewed, [rid for rid in pred if rid not in gold])


def _scored(gold: dict[str, dict], pred: dict[str, dict]) -> list[fields.Score]:
    """The items both sides carry: an optional column (fields.Column.required is False) that the gold
    file or the predictions lack (a gold file written before the second set of columns, an older
    output) is not scored. A first-set column missing from a row counts as empty."""
    def has(rows: dict[str, dict], column: str) -> bool:
        return fields.column(column).required or not rows or column in next(iter(rows.values()))

    return [s for s in fields.scores() if all(has(gold, c) and has(pred, c) for c in s.columns)]


def _score_scalar(ev: Evaluation, norm: Normaliser, score: fields.Score, rid: str, g: dict, p: dict,
                  mentions: list[dict]) -> None:
    gv, pv = norm.scalar(score, g), norm.scalar(score, p)
    c = ev.counts[score.name]
    c.cells += 1
    if gv is None and pv is None:
        c.agree += 1
        return
    if gv is not None and pv is not None and _same(score, gv, pv):
        c.tp += 1
        c.agree += 1
        if score.compare == "size":
            ev.size_exact.tp += int(gv == pv)
            ev.size_exact.fp += int(gv != pv)
            ev.size_exact.fn += int(gv != pv)
        return
    c.fp += pv is not None
    c.fn += gv is not None
    kind = "false_positive" if gv is None else "false_negative" if pv is None else "wrong_value"
    ev.errors.append(_error(rid, score, g, p, kind, mentions))


def _score_items(ev: Evaluation, norm: Normaliser, score: fields.Score, rid: str, g: dict, p: dict,
                 mentions: list[dict]) -> None:
    gs, ps = norm.items(score, g), norm.items(score, p)
    c = ev.counts[score.name]
    c.cells += 1
    c.agree += gs == ps
    c.tp += len(gs & ps)
    c.fp += len(ps - gs)
    c.fn += len(gs - ps)
    for item in sorted(ps - gs):
        ev.errors.append(_error(rid, score, g, p, "false_positive", mentions, item))
    for item in sorted(gs - ps):
        ev.errors.append(_error(rid, score, g, p, "false_negative", mentions, item))


def _cell(row: dict, score: fields.Score) -> str:
    """A score's value as the CSV shows it ('5-20' for a Ki-67 range)."""
    cells = [fields.column(c).cell(row.get(c)) for c in score.columns]
    return "-".join(cells).strip("-") if any(cells) else ""


def _error(rid, score: fields.Score, g, p, kind, mentions, item=None) -> dict:
    """One disagreement, with the evidence behind the prediction or the best rejected candidate."""
    evidence = _evidence(score, g, kind, mentions, item) or {}
    return {"report_id": rid, "field": score.name, "kind": kind,
            "gold": item if kind == "false_negative" and item else _cell(g, score),
            "predicted": item if kind == "false_positive" and item else _cell(p, score),
            "evidence_sentence": evidence.get("sentence", ""), "rule": evidence.get("rule", ""),
            "status": evidence.get("status", ""), "reason": evidence.get("reason", "")}


def _evidence(score: fields.Score, g: dict, kind: str, mentions: list[dict], item) -> dict | None:
    """A wrong or extra value: the kept mention behind it. A missed one: the first candidate that was
    left out and holds the gold value (its status and reason say why it was left out)."""
    candidates = [m for m in mentions if m["field"] == (score.mention_field or score.name)]
    target = item.lower() if item else None
    if kind != "false_negative":
        return next((m for m in candidates if m["kept"] == "yes"
                     and (target is None or target in m["normalized"].lower())), None)
    wanted = (target or _cell(g, score).lower()).split(" x ")[0]
    if not wanted:
        return None
    return next((m for m in candidates if wanted in m["normalized"].lower() and m["kept"] != "yes"), None)


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
