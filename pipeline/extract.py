"""Runs a batch: every report in a folder becomes one row; a bad report becomes one line in
problems.csv and never stops the others."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .assemble import CaseAssembler
from .nlp import build_nlp, process
from .outputs import mention_row, write_outputs
from .reading import ReportProblem, file_sha256, list_reports, read_report, report_id_for
from .rules import load_rules

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NOTHING_PROCESSED = 0, 1, 2, 3


class UsageError(ValueError):
    """Bad arguments: said in words a non-programmer understands."""


@dataclass
class BatchResult:
    cases: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    run: dict = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        if not self.cases and self.problems:
            return EXIT_NOTHING_PROCESSED
        return EXIT_SOME_FAILED if self.problems else EXIT_OK


def check_folders(reports_dir: Path, out_dir: Path, recursive: bool = False) -> list[Path]:
    reports_dir, out_dir = Path(reports_dir), Path(out_dir)
    if not reports_dir.exists():
        raise UsageError(f"the reports folder '{reports_dir}' does not exist")
    if not reports_dir.is_dir():
        raise UsageError(f"'{reports_dir}' is a file; give the folder that holds the .txt reports")
    paths = list_reports(reports_dir, recursive)
    if not paths:
        raise UsageError(f"the folder '{reports_dir}' holds no .txt reports")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"cannot write to the output folder '{out_dir}' ({exc.strerror})") from exc
    return paths


def run_batch(reports_dir: Path, out_dir: Path, rules_dir: str = "", ner_model: str = "",
              recursive: bool = False, fail_fast: bool = False, log=sys.stderr) -> BatchResult:
    started = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    paths = check_folders(reports_dir, out_dir, recursive)
    rules = load_rules(rules_dir or None)
    nlp = build_nlp(rules_dir, ner_model)
    print(f"NER stage: {'scispaCy model ' + ner_model if ner_model else 'none (rules and abbreviations only)'}",
          file=log)
    assembler = CaseAssembler(rules)
    result = BatchResult()
    seen: dict[str, Path] = {}
    inputs = []
    for path in paths:
        report_id = report_id_for(path)
        inputs.append({"report_id": report_id, "path": str(path), "sha256": file_sha256(path)})
        if report_id in seen:
            _problem(result, log, report_id, path, "duplicate_id",
                     f"same report id as {seen[report_id]}; rename one of them")
            continue
        seen[report_id] = path
        try:
            report = read_report(path, rules_dir=rules_dir)
            doc = process(nlp, report.text)
            case = assembler.assemble(report.report_id, doc)
        except ReportProblem as exc:
            _problem(result, log, report_id, path, exc.problem, exc.detail)
            continue
        except Exception as exc:  # one report's bug must not cost the batch
            if fail_fast:
                raise
            detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
            _problem(result, log, report_id, path, "extraction_error", detail)
            continue
        result.cases.append(case.row)
        result.mentions.extend(mention_row(report.report_id, m) for m in case.mentions)
    elapsed = time.perf_counter() - t0
    result.run = {
        "pipeline_version": __version__, "rules_sha256": rules.digest, "ner_model": ner_model or None,
        "reports_dir": str(reports_dir), "inputs": inputs,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(elapsed, 2),
        "counts": {"files": len(paths), "cases": len(result.cases), "problems": len(result.problems),
                   "mentions": len(result.mentions)},
    }
    write_outputs(Path(out_dir), result.cases, result.mentions, result.problems, result.run)
    print(f"{len(result.cases)} report(s) extracted, {len(result.problems)} problem(s), {elapsed:.1f} s -> {out_dir}",
          file=log)
    return result


def _problem(result: BatchResult, log, report_id: str, path: Path, problem: str, detail: str) -> None:
    result.problems.append({"report_id": report_id, "path": str(path), "problem": problem, "detail": detail})
    if log is not None:
        print(f"problem: {path}: {detail}", file=log)
