"""Runs a batch: every report in a folder becomes one row; a bad report becomes one line in
problems.csv and never stops the others. The folders' checks and the output folder's lock are in
folders.py; the runners (this process, worker processes, Dask) in runners/."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import __version__
from .errors import UsageError
from .folders import check_folders, lock_output_folder
from .outputs import OutputWriter
from .progress import Progress
from .provenance import code_commit, versions
from .reading import file_facts, is_url, report_id_for, skipped_entries, url_fingerprint
from .rules import load_rules
from .runners import Outcome, Task, run_in_process, run_in_workers
from .runners.cache import ResultCache

CACHE_FILE = ".cache/results.sqlite"

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NOTHING_PROCESSED = 0, 1, 2, 3
EXIT_CANNOT_WRITE, EXIT_BUSY = 4, 5  # disk full or read-only; another run writes into the folder
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # Ctrl-C; SIGTERM (the shell's codes)


@dataclass
class BatchResult:
    """What a batch produced: the rows and problems (mentions go straight to mentions.csv)."""
    cases: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    run: dict = field(default_factory=dict)
    mention_count: int = 0

    @property
    def exit_code(self) -> int:
        if not self.cases and self.problems:
            return EXIT_NOTHING_PROCESSED
        return EXIT_SOME_FAILED if self.problems else EXIT_OK


ENGINES = ("local", "dask")
FORMATS = ("csv", "parquet")


def run_batch(reports_dir, out_dir: Path, rules_dir: str = "", ner_model: str = "",
              recursive: bool = False, fail_fast: bool = False, log=sys.stderr, jobs: int = 1,
              report_timeout: float = 0, quiet: bool = False, use_cache: bool = True, engine: str = "local",
              scheduler: str = "", formats: tuple[str, ...] = ("csv",), excel: bool = False,
              overwrite: bool = False) -> BatchResult:
    """`jobs=1` with no time budget runs in this process; otherwise worker processes do the work
    (a time budget needs a process that can be ended), or a Dask cluster with engine='dask'. Rows
    come out in input order either way. Reports unchanged since the last run into `out_dir` come
    from its cache (`use_cache`). `reports_dir` may be a URL that fsspec reads (s3://, memory://)."""
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    _check_options(jobs, report_timeout, engine, formats, scheduler)
    rules = load_rules(rules_dir or None)  # validated before any folder is read or made
    paths = check_folders(reports_dir, out_dir, recursive, overwrite)
    if ner_model:
        from .ner import load_model

        load_model(ner_model)  # a missing NER model is a usage error before any report runs
    if log is not None:
        _say_what_is_read(log, quiet, ner_model, reports_dir, recursive)
    result = BatchResult()
    lock = lock_output_folder(Path(out_dir))
    writer = OutputWriter(Path(out_dir), formats, excel)
    cache = ResultCache(Path(out_dir) / CACHE_FILE, rules.digest, ner_model,
                        warn=lambda line: print(line, file=log) if log is not None else None)
    try:
        tasks, cached, inputs, sizes = _plan(paths, result, writer, log, cache, use_cache)
        misses = [t for t in tasks if t.index not in cached]
        fresh = _outcomes(misses, engine, jobs, report_timeout, rules_dir, ner_model, scheduler, fail_fast, sizes,
                          writer, formats)
        _collect(tasks, cached, fresh, result, writer, cache, Progress(len(tasks), log, quiet, cached=len(cached)),
                 engine)
        elapsed = time.perf_counter() - t0
        result.run = {
            "pipeline_version": __version__, "code_commit": code_commit(), "versions": versions(),
            "rules_sha256": rules.digest, "ner_model": ner_model or None,
            "reports_dir": str(reports_dir), "inputs": inputs,
            "started": started.isoformat(timespec="seconds"),
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
            "seconds": round(elapsed, 2), "engine": engine, "formats": list(formats),
            "jobs": jobs, "report_timeout": report_timeout or None,
            "counts": {"files": len(paths), "cases": len(result.cases), "problems": len(result.problems),
                       "mentions": result.mention_count, "cached": len(cached), "processed": len(misses)},
        }
        writer.commit(result.run)
    except BaseException:
        writer.abort()
        raise
    finally:
        cache.close()
        lock.close()
    if log is not None:
        print(f"{len(result.cases)} report(s) extracted ({len(cached)} unchanged, from the cache), "
              f"{len(result.problems)} problem(s), {elapsed:.1f} s -> {out_dir}", file=log)
        if result.exit_code in (EXIT_SOME_FAILED, EXIT_NOTHING_PROCESSED):
            print(problem_summary(result, out_dir), file=log)
    return result


def problem_summary(result: BatchResult, out_dir) -> str:
    """One line that explains a non-zero exit even with --quiet, so that a make target ending in
    exit 1 does not read as a failed run: '39 rows written, 1 report could not be extracted: see ...'."""
    rows, bad = len(result.cases), len(result.problems)
    return (f"{rows} row{'' if rows == 1 else 's'} written, {bad} report{'' if bad == 1 else 's'} could not be "
            f"extracted: see {Path(out_dir) / 'problems.csv'} (exit code {result.exit_code})")


def _say_what_is_read(log, quiet: bool, ner_model: str, reports_dir, recursive: bool) -> None:
    """The NER stage in use, and the .txt files the run leaves out (hidden ones, linked folders)."""
    if not quiet:
        print(f"NER stage: {'scispaCy model ' + ner_model if ner_model else 'none (rules and abbreviations only)'}",
              file=log)
    if is_url(reports_dir):
        return
    hidden, linked = skipped_entries(Path(reports_dir), recursive)
    if hidden or linked:
        print(f"note: not read: {len(hidden)} hidden .txt file(s) and {len(linked)} linked folder(s) "
              f"({', '.join(str(p) for p in (hidden + linked)[:3])}{', ...' if len(hidden + linked) > 3 else ''})",
              file=log)


def _outcomes(misses: list[Task], engine: str, jobs: int, report_timeout: float, rules_dir: str, ner_model: str,
              scheduler: str, fail_fast: bool, sizes: dict[int, int], writer: OutputWriter,
              formats: tuple[str, ...]) -> Iterator[Outcome]:
    """The outcomes of the reports the cache did not have, in their order, from the runner that fits."""
    if engine == "dask":
        from .runners.dask_engine import run_on_dask

        return run_on_dask(misses, rules_dir, ner_model, scheduler, jobs,
                           writer.datasets.tmp if writer.datasets else None, keep_mentions="csv" in formats)
    if jobs == 1 and not report_timeout:
        return run_in_process(misses, rules_dir, ner_model, fail_fast)
    return run_in_workers(misses, jobs, report_timeout, rules_dir, ner_model, sizes)


def _collect(tasks: list[Task], cached: dict[int, Outcome], fresh: Iterator[Outcome], result: BatchResult,
             writer: OutputWriter, cache: ResultCache, progress: Progress, engine: str) -> None:
    """Every report's outcome in input order, from the cache or the runner, into the outputs."""
    try:
        for task in tasks:
            hit = task.index in cached
            outcome = cached[task.index] if hit else next(fresh)
            if not hit and outcome.n_mentions == len(outcome.mentions):
                cache.put(task.key, outcome)  # not when the mentions stayed on a Dask worker
            progress.update(outcome.words, cached=hit)
            if outcome.problem or outcome.row is None:
                _problem(result, writer, progress, outcome.report_id, outcome.path, outcome.problem,
                         outcome.detail)
                continue
            result.cases.append(outcome.row)
            result.mention_count += outcome.n_mentions or len(outcome.mentions)
            writer.add_case(outcome.row, outcome.mentions, to_parquet=hit or engine != "dask")
    finally:
        progress.close()


def _check_options(jobs: int, report_timeout: float, engine: str, formats, scheduler: str = "") -> None:
    if jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if report_timeout < 0:
        raise UsageError("--report-timeout must be 0 (no budget) or a number of seconds")
    _check_engine(engine, scheduler, report_timeout)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(f"--format takes {' and/or '.join(FORMATS)} separated by commas, not '{','.join(formats)}'")
    import importlib.util

    needed = (["pyarrow"] if "parquet" in formats else []) + (["distributed"] if engine == "dask" else [])
    for module in needed:
        if importlib.util.find_spec(module) is None:
            raise UsageError(f"{module} is not installed: pip install -e '.[dask]' (see docs/scaling.md)")


def _check_engine(engine: str, scheduler: str, report_timeout: float) -> None:
    if engine not in ENGINES:
        raise UsageError(f"--engine must be one of {', '.join(ENGINES)}, not '{engine}'")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler names a Dask scheduler: use it with --engine dask")
    if engine == "dask" and report_timeout:
        raise UsageError("--report-timeout cannot be honoured on the Dask engine (a Dask task cannot be "
                         "stopped from outside); use --engine local for a per-report time budget")


def _plan(paths, result, writer, log, cache, use_cache):
    """One task per report (a duplicate id is a problem, not a task), and the cached outcomes."""
    seen: dict = {}
    inputs: list[dict] = []
    tasks: list[Task] = []
    sizes: dict[int, int] = {}
    cached: dict[int, Outcome] = {}
    for path in paths:
        url = is_url(path)
        report_id = report_id_for(Path(path))
        encoding = None  # a URL's bytes are read by the worker only
        if url:
            sha, size = url_fingerprint(path)
        else:
            (sha, encoding), size = file_facts(path), (path.stat().st_size if path.is_file() else 0)
        inputs.append({"report_id": report_id, "path": str(path), "sha256": sha, "encoding": encoding})
        if report_id in seen:
            _problem(result, writer, log, report_id, path, "duplicate_id",
                     f"same report id as {seen[report_id]}; rename one of them")
            continue
        seen[report_id] = path
        task = Task(len(tasks), str(path), report_id)
        task.key = cache.key(report_id, sha or "")
        sizes[task.index] = size
        tasks.append(task)
        if use_cache and sha:
            hit = cache.get(task.key, task.index, report_id, str(path))
            if hit is not None:
                hit.n_mentions = len(hit.mentions)
                cached[task.index] = hit
    return tasks, cached, inputs, sizes


def _problem(result: BatchResult, writer, log, report_id: str, path, problem: str, detail: str) -> None:
    row = {"report_id": report_id, "path": str(path), "problem": problem, "detail": detail}
    result.problems.append(row)
    writer.add_problem(row)
    if isinstance(log, Progress):
        log.write(f"problem: {path}: {detail}")
    elif log is not None:
        print(f"problem: {path}: {detail}", file=log)
