"""Invariance check: every gold report, transformed, must give the row of the untransformed report.

`python -m pipeline robustness` (`make robustness`) prints transformation x field agreement over
all gold reports and the agreement of random compositions, and writes robustness.csv with one line
per (transformation, report) that changed, naming the fields and the seed to reproduce it.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import fields
from ..assemble import CaseAssembler
from ..evaluation import Normaliser, read_gold, score_names
from ..nlp import build_nlp, process
from ..reading import normalize_text
from ..rules import load_rules
from .transforms import TRANSFORMS, compose, random_composition

ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True)
class GoldReport:
    report_id: str
    text: str


def gold_reports(folders: list[tuple[Path, Path]] | None = None) -> list[GoldReport]:
    """Reports that have a gold row: raw_reports/ and the shared corpus by default."""
    from ..settings import gate_setting

    corpus = gate_setting()["corpus"]
    folders = folders or [(ROOT / "raw_reports", ROOT / "gold" / "cases.csv"), (corpus, corpus / "gold.csv")]
    out = []
    for folder, gold_path in folders:
        if not gold_path.is_file():
            raise FileNotFoundError(f"robustness: gold file {gold_path} not found")
        for rid in sorted(read_gold(gold_path)):
            text = (folder / f"{rid}.txt").read_text(encoding="utf-8", errors="replace")
            out.append(GoldReport(rid, normalize_text(text)))
    return out


class RowMaker:
    """Text -> the row as the evaluation compares it (canonical names, numbers as numbers)."""

    def __init__(self, rules_dir: str = ""):
        self.rules_dir = rules_dir
        self.rules = load_rules(rules_dir or None)
        self.nlp = build_nlp(rules_dir)
        self.assembler = CaseAssembler(self.rules)
        self.norm = Normaliser(self.rules)

    def row(self, text: str) -> dict:
        row = self.assembler.assemble("r", process(self.nlp, normalize_text(text, self.rules_dir))).row
        return {s.name: self.norm.items(s, row) if s.compare == "items" else self.norm.scalar(s, row)
                for s in fields.scores()}


def changed_fields(base: dict, other: dict) -> list[str]:
    return [f for f in score_names() if base[f] != other[f]]


@dataclass
class Outcome:
    transform: str
    report_id: str
    seed: int
    changed: list[str]


def run_checks(maker: RowMaker, reports: list[GoldReport], names: list[str], compositions: int,
               seed: int = 0) -> tuple[list[Outcome], list[Outcome]]:
    singles, composed = [], []
    base = {r.report_id: maker.row(r.text) for r in reports}
    for name in names:
        for r in reports:
            text = TRANSFORMS[name](r.text, random.Random(seed))
            singles.append(Outcome(name, r.report_id, seed, changed_fields(base[r.report_id], maker.row(text))))
    rng = random.Random(seed)
    for i in range(compositions):
        combo = random_composition(rng)
        for r in reports:
            text = compose(combo)(r.text, random.Random(seed + i))
            composed.append(Outcome("+".join(combo), r.report_id, seed + i,
                                    changed_fields(base[r.report_id], maker.row(text))))
    return singles, composed


def agreement_table(singles: list[Outcome]) -> list[dict]:
    """Per transformation: the share of (report, field) cells that kept their value, and per field."""
    names_ = score_names()
    rows = []
    for name in dict.fromkeys(o.transform for o in singles):
        mine = [o for o in singles if o.transform == name]
        row: dict[str, Any] = {"transformation": name}
        for f in names_:
            row[f] = 1 - sum(f in o.changed for o in mine) / len(mine)
        row["all"] = sum(row[f] for f in names_) / len(names_)
        rows.append(row)
    return rows


def overall(outcomes: list[Outcome]) -> float:
    cells = len(outcomes) * len(score_names())
    return 1 - sum(len(o.changed) for o in outcomes) / cells if cells else 1.0


def run_robustness(out_dir: Path, compositions: int = 50, seed: int = 0, quick: bool = False) -> int:
    from ..outputs import atomic_write_text, csv_text

    scored = score_names()
    reports = gold_reports()
    names = list(TRANSFORMS)
    maker = RowMaker()
    singles, composed = run_checks(maker, reports, names, 0 if quick else compositions, seed)
    table = agreement_table(singles)
    columns = ["transformation", *scored, "all"]
    print("| " + " | ".join(columns) + " |\n|" + "---|" * len(columns))
    for row in table:
        cells = (row["transformation"] if c == "transformation" else f"{row[c]:.2f}" for c in columns)
        print("| " + " | ".join(cells) + " |")
    print(f"\nsingle transformations: {overall(singles):.4f} of {len(singles) * len(scored)} cells agree "
          f"({len(reports)} gold reports x {len(names)} transformations)")
    if composed:
        print(f"random compositions: {overall(composed):.4f} of {len(composed) * len(scored)} cells agree "
              f"({compositions} compositions of 2-4, seed {seed})")
    failures = [o for o in singles + composed if o.changed]
    atomic_write_text(Path(out_dir) / "robustness.csv", csv_text(
        ["transformation", "report_id", "seed", "changed_fields"],
        [{"transformation": o.transform, "report_id": o.report_id, "seed": o.seed,
          "changed_fields": "; ".join(o.changed)}
         for o in failures]))
    for o in failures[:40]:
        print(f"changed: {o.report_id} under {o.transform} (seed {o.seed}): {', '.join(o.changed)}")
    return 0
