"""Would a learned ranker over the rules' mentions choose better than the rules on text nobody tuned to?

    .venv/bin/pip install scikit-learn          # an experiment's tool, not a dependency of the pipeline
    .venv/bin/python dev/tools/ranker_transfer.py RUN --new za_ zb_ zc_ [--fields outcome primary_site ...]

RUN is an `evaluate-real` output folder (cases.csv and mentions.csv of every dev report), made by code that
had not seen the reports whose ids start with one of --new. For each single-valued field, a logistic
regression learns from the other study reports which of a report's mentions holds the gold value, from what
the pipeline says of each mention (value, status, reason, section, rule, matched words, place among the
report's mentions) but not from whether the rules kept it; on the new study reports it picks the likeliest
mention above a threshold. Printed: the rules' F1 and the ranker's on the new study reports, for three
regularisation strengths and three thresholds. Only the study part is read.

Twelfth round (ANALYSIS.md): on 48 new study reports the ranker chose worse than the rules for outcome,
follow-up and size, about as well for the primary site, and better only for histology (4 cells); a ranker
given the rules' own choice as a feature copies it. Candidates are not where the rules lose unseen text."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "dev" / "real"
FIELDS = ["outcome", "follow_up_months", "primary_site", "tumor_size_mm", "histology"]


def norm(value) -> str:
    value = str(value).strip().lower()
    try:
        return str(float(value))
    except ValueError:
        return value


def features(r) -> dict:
    return {"v=" + r.v: 1, "st=" + r.status: 1, "sec=" + str(r.section): 1,
            "rs=" + str(r.reason).split(":")[0]: 1, "st_sec=" + r.status + str(r.section): 1,
            "last": float(r.from_end == 0), "fe1": float(r.from_end == 1), "pos": r.order / max(r.n, 1),
            "txt=" + str(r.text).lower(): 1, "rule=" + str(r.rule): 1}


def f1(pred: dict, gold, ids, field) -> tuple:
    tp = fp = fn = 0
    for rid in ids:
        g = norm(gold.loc[rid, field]) if gold.loc[rid, field] else ""
        p = pred.get(rid, "")
        if p and p == g:
            tp += 1
        else:
            fp, fn = fp + bool(p), fn + bool(g)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return round(2 * precision * recall / max(precision + recall, 1e-9), 3), tp, fp, fn


def run_field(field, mentions, cases, gold, old, new, LogisticRegression, DictVectorizer):
    o = mentions[(mentions.field == field) & mentions.report_id.isin(old + new)].copy()
    o["v"] = o.normalized.map(norm)
    o["order"] = o.groupby("report_id").cumcount()
    o["n"] = o.groupby("report_id").report_id.transform("size")
    o["from_end"] = o.n - 1 - o.order
    o["X"] = [features(r) for r in o.itertuples()]
    o["y"] = [int(gold.loc[r.report_id, field] != "" and r.v == norm(gold.loc[r.report_id, field]))
              for r in o.itertuples()]
    rules = {r: norm(cases.loc[r, field]) if cases.loc[r, field] else "" for r in new}
    print(field, "rules", f1(rules, gold, new, field))
    train, test = o[o.report_id.isin(old)], o[o.report_id.isin(new)].copy()
    for c in (0.1, 0.3, 1.0):
        vec = DictVectorizer()
        model = LogisticRegression(C=c, max_iter=3000).fit(vec.fit_transform(list(train.X)), train.y)
        test["p"] = model.predict_proba(vec.transform(list(test.X)))[:, 1]
        best = test.loc[test.groupby("report_id").p.idxmax()]
        picks = [(t, f1({r.report_id: r.v for r in best.itertuples() if r.p > t}, gold, new, field))
                 for t in (0.3, 0.4, 0.5)]
        print("  ranker C", c, picks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--new", nargs="+", required=True, help="id prefixes of the reports the code never saw")
    parser.add_argument("--fields", nargs="+", default=FIELDS)
    args = parser.parse_args()
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("error: ranker_transfer.py needs scikit-learn: .venv/bin/pip install scikit-learn", file=sys.stderr)
        return 2
    mentions = pd.read_csv(args.run / "mentions.csv", low_memory=False)
    cases = pd.read_csv(args.run / "cases.csv", dtype=str).fillna("").set_index("report_id")
    gold = pd.read_csv(DEV / "gold.csv", dtype=str).fillna("").set_index("report_id")
    split = pd.read_csv(DEV / "split.csv").set_index("id").part
    study = [r for r in split.index if split[r] == "study" and r in cases.index]
    new = [r for r in study if r.startswith(tuple(args.new))]
    old = [r for r in study if r not in new]
    for field in args.fields:
        run_field(field, mentions, cases, gold, old, new, LogisticRegression, DictVectorizer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
