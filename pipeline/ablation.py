"""Rule ablation: which rows of the gold reports change when one entry of rules/ is removed?

An entry is a phrase in a list, a pattern object in a list, or a regular expression under a key.
An entry whose text occurs in no gold report cannot change a row (`absent`). The others are removed
in groups, and a group that changes a row is split until each entry that changes rows alone is
found (`needed`, with the rows); the rest change nothing (`unused`). Group testing keeps the run
to a few minutes; an entry that only matters together with another shows as unused.
"""
from __future__ import annotations

import copy
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .rules import DEFAULT_RULES_DIR, RULE_FILES

NEVER = "(?!x)x"  # a regular expression that matches nothing
REGEX_CHARS = re.compile(r"[\\^$()\[\]{}?*+|]")


@dataclass
class Entry:
    file: str
    path: tuple  # keys and list indices from the file's root to the entry
    text: str
    kind: str  # 'phrase' (removed from its list), 'pattern' (object removed from its list), 'regex' (made void)
    status: str = ""
    changed: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.file}:" + "/".join(str(p) for p in self.path)


def entries(rules_dir: Path = DEFAULT_RULES_DIR) -> list[Entry]:
    out = []

    def walk(file, obj, path):
        if isinstance(obj, dict):
            for key, value in obj.items():
                if key.startswith("_"):
                    continue
                if isinstance(value, str) and REGEX_CHARS.search(value) and key not in ("id", "category", "direction"):
                    out.append(Entry(file, path + (key,), value, "regex"))
                else:
                    walk(file, value, path + (key,))
        elif isinstance(obj, list):
            for i, item in enumerate(obj):
                if isinstance(item, str):
                    out.append(Entry(file, path + (i,), item, "phrase"))
                elif isinstance(item, dict) and "phrases" not in item:
                    out.append(Entry(file, path + (i,), json.dumps(item, ensure_ascii=False), "pattern"))
                else:
                    walk(file, item, path + (i,))

    for name in RULE_FILES:
        walk(name, json.loads((Path(rules_dir) / f"{name}.json").read_text(encoding="utf-8")), ())
    return out


def occurs(entry: Entry, lowered_text: str) -> bool:
    """Could the entry fire on this text? Plain phrases must occur as words; patterns always could."""
    if entry.kind != "phrase" or REGEX_CHARS.search(entry.text.replace("?", "")) and len(entry.text) > 3:
        return True
    phrase = entry.text.lower().rstrip("*")
    return re.search(r"(?<!\w)" + re.escape(phrase) + ("" if entry.text.endswith("*") else r"(?!\w)"),
                     lowered_text) is not None


def write_without(removed: list[Entry], source: Path, target: Path) -> None:
    """A copy of the rules folder without the given entries."""
    data = {name: json.loads((source / f"{name}.json").read_text(encoding="utf-8")) for name in RULE_FILES}
    data = copy.deepcopy(data)
    # Remove list items from the highest index down so that earlier indices stay valid.
    for entry in sorted(removed, key=lambda e: (e.file, e.path), reverse=True):
        parent = data[entry.file]
        for key in entry.path[:-1]:
            parent = parent[key]
        if entry.kind == "regex":
            parent[entry.path[-1]] = NEVER
        else:
            del parent[entry.path[-1]]
    target.mkdir(parents=True, exist_ok=True)
    for name, value in data.items():
        (target / f"{name}.json").write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")


class Ablation:
    def __init__(self, reports, source: Path = DEFAULT_RULES_DIR, group: int = 24):
        from .robustness.check import RowMaker

        self.reports, self.source, self.group = reports, Path(source), group
        self.base = {r.report_id: RowMaker().row(r.text) for r in reports}
        self.work = Path(tempfile.mkdtemp(prefix="ablation-"))
        self.runs = 0

    def changed_rows(self, removed: list[Entry]) -> list[str]:
        from .robustness.check import RowMaker, changed_fields

        self.runs += 1
        target = self.work / f"r{self.runs}"
        write_without(removed, self.source, target)
        try:
            maker = RowMaker(str(target))
        except Exception as exc:  # a rules file that no longer loads: every row is lost
            return [f"(rules do not load: {type(exc).__name__})"]
        out = []
        for r in self.reports:
            try:
                fields = changed_fields(self.base[r.report_id], maker.row(r.text))
            except Exception as exc:
                fields = [f"error:{type(exc).__name__}"]
            if fields:
                out.append(f"{r.report_id}:{'/'.join(fields)}")
        shutil.rmtree(target, ignore_errors=True)
        return out

    def search(self, batch: list[Entry]) -> None:
        changed = self.changed_rows(batch)
        if not changed:
            for e in batch:
                e.status = "unused"
        elif len(batch) == 1:
            batch[0].status, batch[0].changed = "needed", changed
        else:
            half = len(batch) // 2
            self.search(batch[:half])
            self.search(batch[half:])

    def run(self, all_entries: list[Entry]) -> list[Entry]:
        text = "\n".join(r.text.lower() for r in self.reports)
        candidates = []
        for e in all_entries:
            if occurs(e, text):
                candidates.append(e)
            else:
                e.status = "absent"
        for i in range(0, len(candidates), self.group):
            self.search(candidates[i:i + self.group])
        shutil.rmtree(self.work, ignore_errors=True)
        return all_entries


def run_ablation(out_dir: Path, group: int = 24) -> int:
    import time

    from .outputs import atomic_write_text, csv_text
    from .robustness.check import gold_reports

    t0 = time.perf_counter()
    reports = gold_reports()
    ablation = Ablation(reports, group=group)
    results = ablation.run(entries())
    rows = [{"entry": e.name, "kind": e.kind, "text": e.text[:120], "status": e.status,
             "changed_rows": "; ".join(e.changed)} for e in results]
    atomic_write_text(Path(out_dir) / "ablation.csv",
                      csv_text(["entry", "kind", "text", "status", "changed_rows"], rows))
    counts = {s: sum(e.status == s for e in results) for s in ("needed", "unused", "absent")}
    by_file: dict[str, dict[str, int]] = {}
    for e in results:
        by_file.setdefault(e.file, {"needed": 0, "unused": 0, "absent": 0})[e.status] += 1
    print("| rules file | needed | unused | absent |\n|---|---|---|---|")
    for name, c in by_file.items():
        print(f"| {name} | {c['needed']} | {c['unused']} | {c['absent']} |")
    print(f"\n{len(results)} entries over {len(reports)} gold reports: {counts['needed']} needed, "
          f"{counts['unused']} unused, {counts['absent']} absent from every report; "
          f"{ablation.runs} pipeline runs, {time.perf_counter() - t0:.0f} s -> {out_dir}/ablation.csv")
    single = [e for e in results if e.status == "needed" and len(e.changed) == 1]
    print(f"{len(single)} entries change one row of one report only (candidates for a class or an own-words example):")
    for e in single[:60]:
        print(f"  {e.name} {e.text[:60]!r}: {e.changed[0]}")
    return 0
