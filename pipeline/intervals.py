"""How far a score could move by chance: bootstrap intervals for the per-field F1 and the macro F1.

A dev-set table reads as if every number were equally firm, but a field scored on five gold values
(mitoses on 160 reports) moves by 0.2 when one report changes, while one scored on 150 (age) moves by
0.01. Before a number is compared with a target, or one round with the next, the reader needs to know
which of the two it is. The percentile bootstrap over reports answers that without assumptions about
the fields: draw as many reports as were scored, with replacement, sum each field's tp / fp / fn over
the draw, compute the F1s and the macro F1 as `scoring.Evaluation` does, repeat; the 2.5th and 97.5th
percentiles of the draws are the interval. Reports, not cells, are drawn, because one report's cells
hang together (a missed case section loses several fields at once).

Two runs over the same reports (the code before and after a change) are compared the same way, paired:
each draw takes the same reports for both runs, so the interval of the difference holds only the
uncertainty about the change, not about the reports (`paired_difference`).

The counts come from `scoring.evaluate` run on one report at a time, so the intervals can never score
a cell differently from the table beside them; the draws use a fixed seed, so the same outputs always
give the same intervals."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .scoring import evaluate

DRAWS = 2000
SEED = 20261205
LEVEL = 0.95


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def _per_report_counts(gold: dict[str, dict], pred: dict[str, dict], rules) -> tuple[list[str], np.ndarray]:
    """(the scored items, an array reports x items x (tp, fp, fn))."""
    names: list[str] = []
    rows = []
    for rid, g in gold.items():
        ev = evaluate({rid: g}, pred, rules)
        names = names or list(ev.counts)
        rows.append([[ev.counts[n].tp, ev.counts[n].fp, ev.counts[n].fn] for n in names])
    return names, np.asarray(rows, dtype=np.int64).reshape(len(rows), len(names), 3)


def _f1(sums: np.ndarray) -> np.ndarray:
    """F1 of summed (tp, fp, fn) along the last axis, NaN where a field has neither gold nor prediction
    (as Counts.f1 is None there): 2tp / (2tp + fp + fn) equals Counts.f1 everywhere else."""
    tp, fp, fn = sums[..., 0], sums[..., 1], sums[..., 2]
    denominator = 2 * tp + fp + fn
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1), np.nan)


def _draw_f1(counts: np.ndarray, picks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(draws x items F1, draws macro F1) of the reports each row of `picks` draws."""
    f1 = _f1(counts[picks].sum(axis=1))
    with np.errstate(invalid="ignore"):
        macro = np.nanmean(np.where(np.isnan(f1).all(axis=1, keepdims=True), 0.0, f1), axis=1)
    return f1, macro


def _percentiles(values: np.ndarray, level: float) -> Interval:
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return Interval(float(low), float(high))


def bootstrap_intervals(gold: dict[str, dict], pred: dict[str, dict], rules, draws: int = DRAWS,
                        seed: int = SEED, level: float = LEVEL) -> dict[str, Interval]:
    """The percentile interval of each scored item's F1 and of "MACRO F1" over `draws` resamplings of
    the reports. An item with no gold value and no prediction in a draw sits that draw out, as it sits
    out the macro F1."""
    names, counts = _per_report_counts(gold, pred, rules)
    if not len(counts):
        return {}
    picks = np.random.default_rng(seed).integers(0, len(counts), size=(draws, len(counts)))
    f1, macro = _draw_f1(counts, picks)
    out = {}
    for i, name in enumerate(names):
        column = f1[:, i][~np.isnan(f1[:, i])]
        if len(column):
            out[name] = _percentiles(column, level)
    out["MACRO F1"] = _percentiles(macro, level)
    return out


def paired_difference(gold: dict[str, dict], before: dict[str, dict], after: dict[str, dict], rules,
                      draws: int = DRAWS, seed: int = SEED, level: float = LEVEL) -> dict[str, Interval]:
    """The percentile interval of F1(after) - F1(before) for each scored item and "MACRO F1", each draw
    taking the same reports for both runs. An item sits a draw out when either run has nothing to score
    in it. An interval that excludes 0 is a change the reports drawn could not have made by chance."""
    names, counts_before = _per_report_counts(gold, before, rules)
    _, counts_after = _per_report_counts(gold, after, rules)
    if not len(counts_before):
        return {}
    picks = np.random.default_rng(seed).integers(0, len(counts_before), size=(draws, len(counts_before)))
    f1_before, macro_before = _draw_f1(counts_before, picks)
    f1_after, macro_after = _draw_f1(counts_after, picks)
    delta = f1_after - f1_before
    out = {}
    for i, name in enumerate(names):
        column = delta[:, i][~np.isnan(delta[:, i])]
        if len(column):
            out[name] = _percentiles(column, level)
    out["MACRO F1"] = _percentiles(macro_after - macro_before, level)
    return out
