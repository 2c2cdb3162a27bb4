"""Did a change move the scores, or could the reports have done it? Two runs, one gold, paired intervals.

    .venv/bin/python dev/tools/compare_runs.py BEFORE AFTER                  # both parts of dev/real
    .venv/bin/python dev/tools/compare_runs.py BEFORE AFTER --part study     # one part
    .venv/bin/python dev/tools/compare_runs.py BEFORE AFTER --ids ya_ yb_    # reports whose id starts so

BEFORE and AFTER are output folders holding a cases.csv (`make evaluate-real OUT=...` writes one to
OUT/real, `python -m pipeline extract DIR -o OUT` to OUT), made by two versions of the code over the same
texts. For each part it prints every scored field's F1 before and after, the difference and the 95%
interval of the difference by a paired bootstrap over reports (pipeline/intervals.py): an interval that
excludes 0 is a change that the luck of the draw could not have made. Only numbers are printed, so the
blind part may be compared (never opened) this way."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.devset import PARTS, read_split  # noqa: E402
from pipeline.gold import read_gold, read_table  # noqa: E402
from pipeline.intervals import paired_difference  # noqa: E402
from pipeline.rules import load_rules  # noqa: E402
from pipeline.scoring import evaluate  # noqa: E402

DEV = ROOT / "dev" / "real"


def _cases(folder: Path) -> dict[str, dict]:
    path = folder / "cases.csv" if (folder / "cases.csv").is_file() else folder / "real" / "cases.csv"
    return {r["report_id"]: r for r in read_table(path, f"predictions ({path})")}


def _fmt(x) -> str:
    return "" if x is None else f"{x:.3f}"


def compare(gold: dict, before: dict, after: dict, rules) -> list[str]:
    """The comparison table's lines for these reports (present in gold and both runs)."""
    ev_before, ev_after = evaluate(gold, before, rules), evaluate(gold, after, rules)
    delta = paired_difference(gold, before, after, rules)
    lines = ["| field | before | after | difference | 95% interval |", "|---|---|---|---|---|"]
    for name, c in ev_before.counts.items():
        a, b = c.f1, ev_after.counts[name].f1
        d = delta.get(name)
        diff = f"{b - a:+.3f}" if a is not None and b is not None else ""
        lines.append(f"| {name} | {_fmt(a)} | {_fmt(b)} | {diff} | "
                     f"{f'{d.low:+.3f} .. {d.high:+.3f}' if d else ''} |")
    d = delta["MACRO F1"]
    lines.append(f"| MACRO F1 | {ev_before.macro_f1:.3f} | {ev_after.macro_f1:.3f} | "
                 f"{ev_after.macro_f1 - ev_before.macro_f1:+.3f} | {d.low:+.3f} .. {d.high:+.3f} |")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--part", choices=PARTS, help="one part of the split (default: each part)")
    ap.add_argument("--ids", nargs="+", default=[], help="only reports whose id starts with one of these")
    args = ap.parse_args(argv)
    gold_all, split = read_gold(DEV / "gold.csv"), read_split(DEV)
    before, after = _cases(args.before), _cases(args.after)
    rules = load_rules()
    for part in [args.part] if args.part else PARTS:
        gold = {rid: g for rid, g in gold_all.items() if split.get(rid) == part and rid in before and rid in after
                and (not args.ids or rid.startswith(tuple(args.ids)))}
        if gold:
            print(f"\n## {part}: {len(gold)} report(s)\n")
            print("\n".join(compare(gold, before, after, rules)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
