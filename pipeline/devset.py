"""The real-reports development set (`dev/real/`): published case reports, labelled by the team, scored
as a new user would meet them.

Every report the team writes itself scores 1.00, because own-words examples reproduce the shapes their
writer imagined. Published reports combine the same facts in shapes nobody imagined, so the feedback
loop has to include them. Their texts are third-party pages and stay out of git (`dev/real/texts/`);
what the team wrote is committed:

- `SOURCES.tsv`: id, url, title, the SHA-256 of the saved text (and of its words, so that a text
  restored with other line breaks is still recognised), and the search query that finds it again;
- `gold.csv`: the labels, every column of ANNOTATION.md, written from the text before anyone looked at
  the pipeline's output;
- `split.csv`: `study` or `blind`, drawn once with a fixed seed (`make_split`). The study part is for
  error analysis; the blind part is scored only to report its number, and its errors are never shown.

`evaluate_real` runs the pipeline on the texts present, scores each part with the same evaluation as
`make evaluate`, and says plainly which texts are missing or changed and how to restore them. CI has
no texts (they are not in a clone) and does not run it; the unit tests stay in own words."""
from __future__ import annotations

import csv
import hashlib
import random
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .evaluation import ERROR_COLUMNS, SCORE_COLUMNS, evaluate, markdown_table, score_rows
from .gold import GoldError, read_gold, read_table
from .intervals import bootstrap_intervals
from .outputs import atomic_write_text, csv_cell

SPLIT_SEED = 20261204
BLIND_FRACTION = 0.3
PARTS = ("study", "blind")
SOURCE_COLUMNS = ["id", "url", "title", "sha256", "words_sha256", "query"]
RESTORE_HINT = "see dev/real/README.md, 'Restoring the texts'"
WORD = re.compile(r"[a-z0-9]+")
REAL_SCORE_COLUMNS = [*SCORE_COLUMNS, "f1_low", "f1_high"]  # f1's 95% bootstrap interval over reports


def text_digests(text: str) -> tuple[str, str]:
    """(SHA-256 of the UTF-8 text, SHA-256 of its lower-case words joined by one space)."""
    words = " ".join(WORD.findall(text.lower()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), hashlib.sha256(words.encode()).hexdigest()


def read_sources(dev_dir: Path) -> list[dict]:
    path = Path(dev_dir) / "SOURCES.tsv"
    if not path.is_file():
        raise GoldError(f"{path}: not found (the development set's list of sources)")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for i, row in enumerate(rows, start=2):
        if not row.get("id") or not row.get("sha256"):
            raise GoldError(f"{path}, row {i}: id and sha256 are required")
    return rows


def make_split(ids, seed: int = SPLIT_SEED, blind_fraction: float = BLIND_FRACTION) -> dict[str, str]:
    """id -> 'study' or 'blind'. Deterministic: the sorted ids shuffled by `seed`, the first
    `blind_fraction` of them blind. Drawn once; a report added later is split by hand, once."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    n_blind = round(len(order) * blind_fraction)
    return {rid: ("blind" if k < n_blind else "study") for k, rid in enumerate(order)}


def read_split(dev_dir: Path) -> dict[str, str]:
    path = Path(dev_dir) / "split.csv"
    rows = read_table(path, "split")
    split = {r["id"]: r["part"] for r in rows}
    bad = sorted({p for p in split.values() if p not in PARTS})
    if bad:
        raise GoldError(f"{path}: unknown part(s) {', '.join(bad)}; expected study or blind")
    return split


@dataclass
class TextCheck:
    present: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # neither digest matches: not the labelled text


def check_texts(dev_dir: Path, sources: list[dict]) -> TextCheck:
    """Which texts are there, and are they the ones that were labelled (SHA-256, else words SHA-256)."""
    check = TextCheck()
    for src in sources:
        path = Path(dev_dir) / "texts" / f"{src['id']}.txt"
        if not path.is_file():
            check.missing.append(src["id"])
            continue
        exact, words = text_digests(path.read_text(encoding="utf-8"))
        if src["sha256"] == exact or src.get("words_sha256") == words:
            check.present.append(src["id"])
        else:
            check.changed.append(src["id"])
    return check


def evaluate_real(dev_dir: Path, out_dir: Path, rules_dir: str = "", log=None) -> int:
    """Runs the pipeline on the texts present and scores the study and the blind part.
    Exit 0 when scored, 2 for a broken dev set (gold, split or sources), 3 when no text is present."""
    from .extract import run_batch

    log = log or sys.stdout

    dev_dir, out_dir = Path(dev_dir), Path(out_dir)
    try:
        sources = read_sources(dev_dir)
        gold = read_gold(dev_dir / "gold.csv")
        split = read_split(dev_dir)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    unsplit = sorted(set(gold) - set(split))
    if unsplit:
        print(f"error: {dev_dir / 'split.csv'}: no part for {', '.join(unsplit[:10])}", file=sys.stderr)
        return 2
    check = check_texts(dev_dir, sources)
    _say_missing(check, len(sources), log)
    if not check.present:
        return 3
    with tempfile.TemporaryDirectory(prefix="net-real-") as tmp:
        for rid in check.present:
            shutil.copy(dev_dir / "texts" / f"{rid}.txt", Path(tmp) / f"{rid}.txt")
        run_batch(Path(tmp), out_dir, rules_dir, jobs=1, quiet=True, log=None)
    pred = {r["report_id"]: r for r in read_table(out_dir / "cases.csv", "predictions (cases.csv)")}
    mentions = read_table(out_dir / "mentions.csv", "mentions")
    from .rules import load_rules

    rules = load_rules(rules_dir or None)
    summary = []
    for part in PARTS:
        part_gold = {rid: g for rid, g in gold.items() if split.get(rid) == part and rid in pred}
        if not part_gold:
            continue
        ev = evaluate(part_gold, pred, rules, mentions, dev_dir / "gold.csv")
        scores = pd.DataFrame(_with_intervals(score_rows(ev), bootstrap_intervals(part_gold, pred, rules)),
                              columns=REAL_SCORE_COLUMNS)
        atomic_write_text(out_dir / f"scores_{part}.csv", scores.to_csv(index=False, lineterminator="\n"))
        print(f"\n## {part} part: {len(part_gold)} report(s), macro F1 {ev.macro_f1:.3f}\n", file=log)
        print(markdown_table(scores.to_dict("records"), REAL_SCORE_COLUMNS), file=log)
        if part == "study":  # the blind part's errors are never written: it is scored, not studied
            errors = pd.DataFrame(ev.errors, columns=ERROR_COLUMNS).map(csv_cell)
            atomic_write_text(out_dir / "errors_study.csv", errors.to_csv(index=False, lineterminator="\n"))
            print(f"\n{len(ev.errors)} disagreement(s) on the study part, with evidence -> "
                  f"{out_dir / 'errors_study.csv'}", file=log)
        summary.append(f"{part} {ev.macro_f1:.3f} ({len(part_gold)} reports)")
    print(f"\nmacro F1: {'; '.join(summary)}", file=log)
    return 0


def _with_intervals(rows: list[dict], intervals: dict) -> list[dict]:
    """The score rows with the F1's 95% bootstrap interval (intervals.py) as two more columns."""
    for row in rows:
        interval = intervals.get(row["field"])
        row["f1_low"] = f"{interval.low:.3f}" if interval else ""
        row["f1_high"] = f"{interval.high:.3f}" if interval else ""
    return rows


def _say_missing(check: TextCheck, total: int, log) -> None:
    if check.missing:
        print(f"note: {len(check.missing)} of {total} texts are missing from dev/real/texts/ "
              f"(they are third-party pages, kept out of git): {RESTORE_HINT}. "
              f"Scoring the {len(check.present)} present.", file=log)
    if check.changed:
        print(f"warning: {len(check.changed)} text(s) differ from the labelled ones and are left out "
              f"({', '.join(check.changed[:8])}): {RESTORE_HINT}", file=log)
