"""Merges the gatherers' batches (dev/real/batches/<prefix>/{sources.tsv,labels.csv,notes.md}) into the
committed files: SOURCES.tsv (with the digests of each saved text), gold.csv and NOTES.md.

Run from the repository root: `.venv/bin/python dev/real/merge.py`. It refuses a batch row whose text
is missing or held out (../shared/tools/held_out.py --text), and drops a second copy of an article
(same address or same title). The split (split.csv) is drawn once, by pipeline.devset.make_split, the
first time; an existing split.csv is never redrawn, and a report added later gets its part printed
for a person to add.

A later round, whose earlier batches are no longer on the machine, is appended instead:
`.venv/bin/python dev/real/merge.py --append ry rz` adds those batches' reports (same checks, and a
report whose address or title is already in SOURCES.tsv is a second copy) to SOURCES.tsv, gold.csv and
NOTES.md, and splits the round's new ids by make_split over those ids only, so that no report already
in a part ever moves."""
from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.devset import SOURCE_COLUMNS, make_split, text_digests  # noqa: E402

DEV = ROOT / "dev" / "real"
HELD_OUT = ROOT.parent / "shared" / "tools" / "held_out.py"


# Labels written as stated, mapped to the project's canonical names (docs/architecture.md, "Choices
# where the guideline is silent": an ampullary primary is the duodenum; a skull-base metastasis is
# bone). Applied before anyone ran the pipeline.
CANONICAL = {"ampulla of vater": "duodenum", "parotid gland": "parotid", "skull base": "bone", "skeletal muscle": "muscle",
             # r27: the vocabulary's own canonical names (rules/sites.json: 'ileocecal' is the ileum's word, 'sinonasal'
             # the nasal cavity's) and the one anal site the set already holds
             "ileocecal": "ileum", "ileocaecal": "ileum", "sinonasal tract": "nasal cavity", "anus": "anal canal"}


def canonical(row: dict) -> dict:
    for column in ("primary_site", "metastasis_sites"):
        items: list[str] = []
        for item in (x.strip() for x in row[column].split(";") if x.strip()):
            item = CANONICAL.get(item.lower(), item)
            if item not in items:
                items.append(item)
        row[column] = "; ".join(items)
    return row


def norm(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


def held_out(path: Path) -> bool:
    return subprocess.run([sys.executable, str(HELD_OUT), "--text", str(path)], capture_output=True).returncode != 0


def read_batch(batch: Path, seen_urls: set, seen_titles: set):
    """(source row with digests, label row) of each of a batch's reports that is kept: it has a label
    row and a text, is no second copy of an article already kept (same address or title), and is not
    held out. Adds what it keeps to `seen_urls` and `seen_titles`."""
    with (batch / "labels.csv").open(encoding="utf-8", newline="") as fh:
        labels = {r["report_id"]: r for r in csv.DictReader(fh)}
    with (batch / "sources.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for src in rows:
        rid, text_path = src["id"], DEV / "texts" / f"{src['id']}.txt"
        url, title = src["url"].strip().lower().rstrip("/"), norm(src["title"])
        if rid not in labels or not text_path.is_file():
            print(f"skip {rid}: no label row or no text")
        elif url in seen_urls or (title and not title.startswith("title not shown") and title in seen_titles):
            print(f"skip {rid}: a second copy of an article already kept")
        elif held_out(text_path):
            print(f"skip {rid}: held out")
        else:
            seen_urls.add(url)
            seen_titles.add(title)
            exact, words = text_digests(text_path.read_text(encoding="utf-8"))
            yield ({"id": rid, "url": src["url"], "title": src["title"], "sha256": exact, "words_sha256": words,
                    "query": src.get("query", "")}, canonical(labels[rid]))


def main() -> int:
    if sys.argv[1:2] == ["--append"]:
        return append([DEV / "batches" / name for name in sys.argv[2:]])
    sources, gold, notes, header = [], [], [], None
    seen_urls, seen_titles = set(), set()
    for batch in sorted((DEV / "batches").iterdir()):
        labels_path = batch / "labels.csv"
        if not labels_path.is_file():
            print(f"skip {batch.name}: no labels.csv")
            continue
        with labels_path.open(encoding="utf-8", newline="") as fh:
            header = header or csv.DictReader(fh).fieldnames
        for src, labels in read_batch(batch, seen_urls, seen_titles):
            sources.append(src)
            gold.append(labels)
        if (batch / "notes.md").is_file():
            notes.append(f"## Batch {batch.name}\n\n" + (batch / "notes.md").read_text(encoding="utf-8").strip() + "\n")
    with (DEV / "SOURCES.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, SOURCE_COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(sources)
    with (DEV / "gold.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, header, lineterminator="\n")
        w.writeheader()
        w.writerows(gold)
    (DEV / "NOTES.md").write_text("# Labelling notes, report by report\n\nThe judgement calls behind dev/real/gold.csv, "
                                  "written by the labellers from the text alone.\n\n" + "\n".join(notes), encoding="utf-8")
    split_path = DEV / "split.csv"
    ids = [s["id"] for s in sources]
    if not split_path.is_file():
        split = make_split(ids)
        split_path.write_text("id,part\n" + "".join(f"{rid},{split[rid]}\n" for rid in sorted(split)), encoding="utf-8")
    else:
        have = {line.split(",")[0] for line in split_path.read_text().splitlines()[1:]}
        for rid in ids:
            if rid not in have:
                print(f"note: {rid} has no part in split.csv; add it by hand (never move an existing one)")
    print(f"{len(sources)} reports merged")
    return 0


def append(batches: list[Path]) -> int:
    """Adds the named batches' reports to the committed files; the existing rows stay as they are."""
    with (DEV / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        old = list(csv.DictReader(fh, delimiter="\t"))
    seen_urls = {s["url"].strip().lower().rstrip("/") for s in old}
    seen_titles = {norm(s["title"]) for s in old}
    with (DEV / "gold.csv").open(encoding="utf-8", newline="") as fh:
        header = csv.DictReader(fh).fieldnames
    sources, gold, notes = [], [], []
    for batch in batches:
        for src, labels in read_batch(batch, seen_urls, seen_titles):
            sources.append(src)
            gold.append(labels)
        notes.append(f"\n## Batch {batch.name}\n\n" + (batch / "notes.md").read_text(encoding="utf-8").strip() + "\n")
    with (DEV / "SOURCES.tsv").open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, SOURCE_COLUMNS, delimiter="\t", lineterminator="\n").writerows(sources)
    with (DEV / "gold.csv").open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, header, lineterminator="\n").writerows(gold)
    with (DEV / "NOTES.md").open("a", encoding="utf-8") as fh:
        fh.write("".join(notes))
    split = make_split([s["id"] for s in sources])
    with (DEV / "split.csv").open("a", encoding="utf-8") as fh:
        fh.write("".join(f"{rid},{split[rid]}\n" for rid in sorted(split)))
    print(f"{len(sources)} reports appended: {sum(p == 'study' for p in split.values())} study, "
          f"{sum(p == 'blind' for p in split.values())} blind")
    return 0


if __name__ == "__main__":
    sys.exit(main())
