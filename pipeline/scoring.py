"""The scoring of predicted rows against gold rows, field by field, with the evidence of each miss.

Counting rules (docs/accuracy.md, "Evaluation"): empty vs empty counts for nothing; a value where gold is
empty is a false positive; an empty prediction where gold has a value is a false negative; a wrong
value is both. List fields are micro-averaged over (report, item) pairs after mapping both sides to
the canonical names in rules/. What is scored, and how, comes from the field specs (fields.py); the
tables, the gate and the command line are evaluation.py's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import fields
from .gold import REVIEWED, GoldError


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
