"""The review page: one self-contained HTML file (`OUTDIR/review/index.html`) that shows every row,
the evidence behind each value, the candidates that were left out and why, the whole report with
its mentions highlighted, disagreements with a gold file, and lets a reviewer correct, confirm and
mark rows reviewed, then export gold, the corrected table (CSV and Excel) and the corrections log.

The page needs no server and no network: CSS, script and data are inline (the template is split
into template.html, review.css and the scripts in SCRIPTS, joined here). Each report's text and
mentions sit in their own JSON block and are parsed only when the report is opened (the full-text
search keeps only each text, lower-cased), so a page of thousands of reports opens at once. Report
text only ever reaches the page as JSON and is shown with textContent, so a report holding
'<script>' shows it as text.

Choices, so a reviewer and a reader of the code know what to expect:

- Validation comes from the field specs (fields.py), never from column names in the script: each
  column's kind, categories, bounds and hint, and for a column scored through a vocabulary (markers,
  sites, treatments, or a new field's '<rules file>:<key>') the canonical names and their synonyms
  from the rules, as the evaluation reads them (evaluation.Normaliser.vocabulary). A synonym is
  saved as its canonical name; an unknown name is an error shown in the cell, with the nearest
  names as suggestions, unless the reviewer clicks "keep as a new name". An invalid value is never
  saved.
- Reviewed state: a cell edited, accepted, rejected or confirmed is reviewed; a row is reviewed
  when its checkbox is ticked. The exported gold.csv holds every row with a `reviewed` column
  ('yes' or empty); `evaluate` scores only the 'yes' rows and prints how many it could not score.
  Rows of reports listed in problems.csv that have no output row are shown (marked with their
  problem) but never exported.
- Accepting a left-out candidate or rejecting a kept value is one click in the evidence pane and is
  logged with the mention id `report_id:field:start-end` (mentions.csv has no id column).
- Everything the reviewer does is one log (corrections.py); the corrected cells and reviewed marks
  are derived from it. It is kept in the browser and saved to / loaded from a JSON file; loading it,
  or `python -m pipeline review OUT --corrections log.json`, replays it on the rows at hand and lists
  the corrections that no longer apply. Leaving the page with changes not saved to a file warns.
- The corrected table (CSV and .xlsx, built in the page) has the gold columns, review_flags and
  `reviewed`; a derived column (tumor_max_mm) is left out since the page cannot recompute it."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .. import fields
from ..gold import read_table
from ..outputs import atomic_write_text, recover_publish

HERE = Path(__file__).parent
TEMPLATE = HERE / "template.html"
SCRIPTS = ("review.js", "edit.js", "export.js")


def _read(path: Path) -> list[dict]:
    return read_table(path, path.name) if path.is_file() else []


# Characters that could end, hide or break a <script> block, written as JSON escapes: JSON.parse reads
# them back unchanged, and no report text, id or folder name can close or comment out the block.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                              "\u2029": "\\u2029"})


def _json_block(element_id: str, data) -> str:
    """JSON inside <script type="application/json">, every '<', '>' and '&' escaped."""
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_SAFE)
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _report_text(report_id: str, path: str, sha256: str, root: str, reports_dir: Path | None,
                 rules_dir: str) -> tuple[str, list, str]:
    """(normalised text, its sections, status). The text is shown only when it is the very file the run
    read: under the run's input folder (or the --reports folder), with the SHA-256 run.json recorded.
    Otherwise the status says why ('missing', 'changed', 'outside the input folder') and no text is
    shown, because the mentions' offsets would point at the wrong words."""
    from ..reading import ReportProblem, is_url, read_report, read_report_url
    from ..sections import split_sections

    candidates = [(path, root)] if path else []
    if reports_dir is not None:
        candidates.append((str(Path(reports_dir) / f"{report_id}.txt"), str(reports_dir)))
    status = "missing"
    for candidate, folder in candidates:
        if not is_url(candidate) and not _inside(candidate, folder):
            status = "outside the input folder"
            continue
        try:
            report = read_report_url(candidate, rules_dir=rules_dir) if is_url(candidate) else \
                read_report(Path(candidate), rules_dir=rules_dir)
        except (ReportProblem, OSError):
            continue
        if sha256 and report.sha256 != sha256:
            status = "changed since the run"
            continue
        sections = [[s.start, s.end, s.label, s.header] for s in split_sections(report.text, rules_dir)]
        return report.text, sections, "ok"
    return "", [], status


def _inside(candidate: str, folder: str) -> bool:
    if not folder:
        return False
    try:
        return Path(candidate).resolve().is_relative_to(Path(folder).resolve())
    except (OSError, ValueError):
        return False


MENTION_KEYS = ("field", "value", "normalized", "status", "kept", "reason", "context_status", "section",
                "sentence_start", "sentence_end", "start", "end", "text", "rule", "source")


def build_review(outdir: Path, reports_dir: Path | None = None, gold: Path | None = None, rules_dir: str = "",
                 corrections: Path | None = None) -> Path:
    """Writes OUTDIR/review/index.html. `corrections`: a log saved from the page, replayed on these
    rows (corrections.replay); those that no longer apply are listed on the page."""
    outdir = Path(outdir)
    recover_publish(outdir)
    cases = _read(outdir / "cases.csv")
    if not cases:
        raise FileNotFoundError(f"{outdir / 'cases.csv'}: no rows to review (run the extraction first)")
    gold_rows, errors = {}, []
    if gold is not None:
        from ..api import evaluate
        from ..gold import read_gold

        gold_rows = read_gold(Path(gold))
        errors = evaluate(Path(gold), outdir, rules_dir).errors.fillna("").to_dict("records")
    problems = {p["report_id"]: p for p in _read(outdir / "problems.csv") if p.get("report_id")}
    rows = cases + [{"report_id": rid, "__problem_only__": True} for rid in problems
                    if rid not in {c["report_id"] for c in cases}]
    blocks = _report_blocks(outdir, rows, reports_dir, rules_dir)
    data = _page_data(outdir, rows, gold_rows, errors)
    data["problems"] = {rid: f"{p.get('problem', '')}: {p.get('detail', '')}".strip(": ")
                        for rid, p in problems.items()}
    data["no_row"] = [r["report_id"] for r in rows if r.get("__problem_only__")]
    data["specs"] = column_specs(rules_dir)
    data["replay"] = _replay(corrections, data["rows"][:len(cases)]) if corrections is not None else None
    atomic_write_text(outdir / "review" / "index.html", _page(data, blocks))
    return outdir / "review" / "index.html"


def _page(data: dict, blocks: list[str]) -> str:
    """The template with its stylesheet, scripts and data inlined."""
    page = TEMPLATE.read_text(encoding="utf-8")
    page = page.replace("/*CSS*/", (HERE / "review.css").read_text(encoding="utf-8"))
    page = page.replace("/*JS*/", "\n".join((HERE / name).read_text(encoding="utf-8") for name in SCRIPTS))
    return page.replace("<!--DATA-->", _json_block("data", data) + "\n" + "\n".join(blocks))


def _replay(path: Path, rows: list[dict]) -> dict:
    from .corrections import read_log, replay

    applied, stale = replay(read_log(path), {r["report_id"]: r for r in rows})
    print(f"corrections {path}: {len(applied)} applied, {len(stale)} no longer apply"
          + "".join(f"\n  {s['entry'].get('report_id')} {s['entry'].get('column', '')}: {s['reason']}" for s in stale),
          file=sys.stderr)
    return {"source": str(path), "entries": applied, "stale": stale}


def column_specs(rules_dir: str = "") -> dict[str, dict]:
    """column -> what the page needs to validate an entry: kind, categories, bounds, hint, whether a
    reviewer may edit it (a gold column), the column paired with it in a range, and for a column
    scored through a vocabulary its canonical names and synonyms (lower-cased synonym -> canonical)."""
    from ..evaluation import Normaliser
    from ..rules import load_rules

    normaliser = Normaliser(load_rules(rules_dir or None))
    vocabulary: dict[str, str] = {}
    pair: dict[str, dict[str, str]] = {}
    for score in fields.scores():
        if score.compare == "range":
            low, high = score.columns
            pair[low], pair[high] = {"high": high}, {"low": low}
        elif score.vocabulary or score.compare == "site":
            vocabulary[score.columns[0]] = score.vocabulary or "sites"
    gold = {c.name for c in fields.gold_columns()} - {fields.REPORT_ID.name}
    specs = {}
    for c in fields.output_columns():
        spec: dict[str, Any] = {"kind": c.kind, "categories": list(c.categories), "low": c.low, "high": c.high,
                                "hint": c.hint,
                "editable": c.name in gold, "range": pair.get(c.name)}
        if c.name in vocabulary:
            synonyms = normaliser.vocabulary(vocabulary[c.name])
            names = {part for value in synonyms.values() for part in value.split("; ")}
            spec["names"] = sorted(names, key=str.lower)
            spec["synonyms"] = {**synonyms, **{n.lower(): n for n in names}}
        specs[c.name] = spec
    return specs


def _report_blocks(outdir: Path, cases: list[dict], reports_dir: Path | None, rules_dir: str) -> list[str]:
    """One JSON block per report: its text (when it is the very file the run read), its sections and
    its mentions."""
    mentions: dict[str, list] = {}
    for m in _read(outdir / "mentions.csv"):
        mentions.setdefault(m["report_id"], []).append(m)
    run = json.loads((outdir / "run.json").read_text()) if (outdir / "run.json").is_file() else {}
    paths = {i["report_id"]: i["path"] for i in run.get("inputs", [])}
    digests = {i["report_id"]: i.get("sha256", "") for i in run.get("inputs", [])}
    root = str(run.get("reports_dir", ""))
    blocks = []
    for i, row in enumerate(cases):
        rid = row["report_id"]
        text, sections, status = _report_text(rid, paths.get(rid, ""), digests.get(rid, ""), root, reports_dir,
                                              rules_dir)
        blocks.append(_json_block(f"report-{i}", {
            "text": text, "sections": sections, "status": status,
            "mentions": [{k: m.get(k, "") for k in MENTION_KEYS} for m in mentions.get(rid, [])]}))
    return blocks


def _page_data(outdir: Path, cases: list[dict], gold_rows: dict, errors: list[dict]) -> dict:
    """The page's table: the columns and their groups from the field specs (fields.py), the rows, the
    gold rows and the disagreements. An output written before 'flags' became 'review_flags' shows too."""
    columns = [c.name for c in fields.output_columns()]
    gold_columns = [c.name for c in fields.gold_columns()]
    flags = fields.FLAGS.name
    return {"columns": columns, "gold_columns": gold_columns, "field_of_column": fields.field_of_column(),
            "flags_column": flags, "list_columns": [c.name for c in fields.output_columns() if c.kind == "list"],
            "review_group": {c.name: f.review_group for f in fields.FIELDS for c in f.columns},
            "rows": [{c: r.get(c, r.get(fields.OLD_FLAGS_NAME, "") if c == flags else "") for c in columns}
                     for r in cases],
            "gold": {rid: {c: g.get(c, "") for c in gold_columns} for rid, g in gold_rows.items()},
            "errors": errors, "store_key": f"net-review:{outdir.resolve()}",
            "title": f"Review of {outdir} ({len(cases)} reports)"}


def run_review(outdir: Path, reports_dir: Path | None = None, gold: Path | None = None,
               corrections: Path | None = None) -> int:
    target = build_review(outdir, reports_dir, gold, corrections=corrections)
    print(f"review page -> {target} (open it in a browser; no server needed)", file=sys.stderr)
    return 0
