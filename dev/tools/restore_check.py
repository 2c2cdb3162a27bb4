"""Helps restore dev/real/texts/ on a new machine (dev/real/README.md, 'Restoring the texts').

    .venv/bin/python dev/tools/restore_check.py                 # every id: OK exact / OK words / CHANGED / MISSING
    .venv/bin/python dev/tools/restore_check.py fo_01 tx_11     # those ids only
    .venv/bin/python dev/tools/restore_check.py --lists 4 DIR   # DIR/list1.tsv ... list4.tsv: the missing ids,
                                                                # grouped by query, for parallel restorers

A restorer (a person or a helper agent following dev/real/helper/RESTORE.md) runs each list's queries in
the stored-pages search, saves each excerpt unchanged and checks it here. A text matches when its
SHA-256 or the SHA-256 of its lower-case words equals the one in SOURCES.tsv, as make evaluate-real
checks it."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.devset import read_sources, text_digests  # noqa: E402

DEV = ROOT / "dev" / "real"


def state(src: dict) -> str:
    path = DEV / "texts" / f"{src['id']}.txt"
    if not path.is_file():
        return "MISSING"
    exact, words = text_digests(path.read_text(encoding="utf-8"))
    return "OK exact" if exact == src["sha256"] else "OK words" if words == src["words_sha256"] else "CHANGED"


def write_lists(sources: list[dict], n: int, folder: Path) -> None:
    """The ids not yet OK, grouped by query (one search restores a group), dealt into n lists."""
    groups: dict[str, list[dict]] = {}
    for src in sources:
        if not state(src).startswith("OK"):
            groups.setdefault(src["query"], []).append(src)
    lists: list[list[dict]] = [[] for _ in range(n)]
    for rows in sorted(groups.values(), key=len, reverse=True):
        min(lists, key=len).extend(rows)
    folder.mkdir(parents=True, exist_ok=True)
    for k, rows in enumerate(lists, start=1):
        lines = ["id\turl\tquery"] + [f"{r['id']}\t{r['url']}\t{r['query']}" for r in rows]
        (folder / f"list{k}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{folder / f'list{k}.tsv'}: {len(rows)} ids")


def main(args: list[str]) -> int:
    sources = read_sources(DEV)
    if args[:1] == ["--lists"]:
        write_lists(sources, int(args[1]), Path(args[2]))
        return 0
    wanted = set(args)
    chosen = [s for s in sources if not wanted or s["id"] in wanted]
    states = {s["id"]: state(s) for s in chosen}
    for rid, st in states.items():
        print(rid, st)
    ok = sum(st.startswith("OK") for st in states.values())
    print(f"{ok}/{len(states)} ok")
    return 0 if ok == len(states) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
