"""The review page: one self-contained HTML file (`OUTDIR/review/index.html`) that shows every row,
the evidence behind each value, the candidates that were left out and why, the whole report with
its mentions highlighted, disagreements with a gold file, and lets a reviewer correct cells and
download them as a gold CSV in the ANNOTATION.md layout.

The page needs no server and no network: CSS, script and data are inline. Each report's text and
mentions sit in their own JSON block and are parsed only when the report is opened, so a page of
thousands of reports opens at once. Report text only ever reaches the page as JSON and is shown
with textContent, so a report holding '<script>' shows it as text."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .. import fields
from ..gold import read_table
from ..outputs import atomic_write_text, recover_publish

TEMPLATE = Path(__file__).with_name("template.html")


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


MENTION_KEYS = ("field", "value", "normalized", "status", "kept", "reason", "section", "sentence_start",
                "sentence_end", "start", "end", "text", "rule", "source")


def build_review(outdir: Path, reports_dir: Path | None = None, gold: Path | None = None, rules_dir: str = "") -> Path:
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
    blocks = _report_blocks(outdir, cases, reports_dir, rules_dir)
    page = TEMPLATE.read_text(encoding="utf-8")
    data = _page_data(outdir, cases, gold_rows, errors)
    page = page.replace("<!--DATA-->", _json_block("data", data) + "\n" + "\n".join(blocks))
    target = outdir / "review" / "index.html"
    atomic_write_text(target, page)
    return target


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


def run_review(outdir: Path, reports_dir: Path | None = None, gold: Path | None = None) -> int:
    target = build_review(outdir, reports_dir, gold)
    print(f"review page -> {target} (open it in a browser; no server needed)", file=sys.stderr)
    return 0
