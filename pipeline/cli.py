"""Command line: `net-extract` (the installed entry point) or `python -m pipeline`, with the commands
extract, evaluate, gold-template, review, robustness, ablation, bench, evaluate-real, bench-dask.

`extract` is the default command: `net-extract FOLDER -o OUT` runs an extraction. Each command's
--help shows its own examples (cli_examples.py), and a wrong option prints that command's usage."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .cli_examples import EXAMPLES, TOP
from .errors import GoldError, NerModelError, OutputBusy, SchedulerError
from .extract import EXIT_BUSY, EXIT_CANNOT_WRITE, EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_USAGE, UsageError
from .rules import RulesError

DEFAULT_REPORT_TIMEOUT = 60.0


class _Parser(argparse.ArgumentParser):
    command_parsers: dict[str, _Parser]  # the top-level parser's: name -> its command's parser

    def error(self, message):  # argparse's own exit code (2) matches EXIT_USAGE
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"error: {message}\n(run with --help for the options and examples)\n")


def build_parser() -> _Parser:
    parser = _Parser(prog=_prog(), description="Tabulate neuroendocrine-tumour case reports.",
                     epilog=TOP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    _add_commands(sub)
    parser.command_parsers = sub.choices  # name -> its parser, for a wrong option's usage (main)
    return parser


def _prog() -> str:
    return "net-extract" if Path(sys.argv[0]).name == "net-extract" else "python -m pipeline"


def _command(sub, name: str, help: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help, epilog=EXAMPLES[name], formatter_class=argparse.RawDescriptionHelpFormatter)


def _add_commands(sub) -> None:
    _add_extract(sub)

    _add_evaluate(sub)
    _add_others(sub)


def _add_extract(sub) -> None:
    ex = _command(sub, "extract", "extract one row per report (the default command)")
    ex.add_argument("reports", help="folder of .txt reports (one report per file), e.g. raw_reports, or a URL that "
                                    "fsspec reads, e.g. s3://bucket/reports/ (cloud libraries are extras)")
    ex.add_argument("-o", "--out", type=Path, default=Path("outputs"),
                    help="folder for cases.csv, cases.jsonl, mentions.csv, problems.csv, run.json (default: outputs)")
    ex.add_argument("--ner-model", default=None,
                    help="scispaCy model package or path to a saved spaCy pipeline, e.g. en_ner_bc5cdr_md "
                         "(default: the ner_model setting in pyproject.toml; empty = no NER stage)")
    ex.add_argument("--rules", default="", help="folder of rule files (default: the project's rules/)")
    ex.add_argument("--recursive", action="store_true", help="also read reports in sub-folders")
    ex.add_argument("--fail-fast", action="store_true",
                    help="stop at the first report that raises (for debugging; runs in this process)")
    ex.add_argument("--jobs", type=int, default=None,
                    help="worker processes (default: the number of cores; 1 = one worker, or this process "
                         "when --report-timeout is 0)")
    ex.add_argument("--report-timeout", type=float, default=None,
                    help="seconds one report may take before it becomes a 'timeout' problem (default: 60 on the "
                         "local engine; 0 = none; not available with --engine dask)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress output (problems are still printed)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this machine's processes (default); dask: a Dask cluster (--scheduler, or a "
                         "LocalCluster of --jobs workers started for the run)")
    ex.add_argument("--scheduler", default="", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    ex.add_argument("--format", default="csv",
                    help="csv (cases.csv, cases.jsonl, mentions.csv), parquet (cases.parquet/, mentions.parquet/ "
                         "datasets), or csv,parquet (default: csv)")
    ex.add_argument("--excel", action="store_true",
                    help="write the CSV files with a UTF-8 byte-order mark, so that Excel opens them as UTF-8")
    ex.add_argument("--overwrite", action="store_true",
                    help="write into an output folder that holds files this program did not write")
    ex.add_argument("--force", action="store_true",
                    help="run every report again, even those unchanged since the last run into this output folder")



def _add_evaluate(sub) -> None:
    ev = _command(sub, "evaluate", "score outputs against a gold CSV")
    ev.add_argument("--gold", type=Path, default=Path("gold/cases.csv"), help="gold CSV (default: gold/cases.csv)")
    ev.add_argument("--pred", type=Path, default=Path("outputs"),
                    help="output folder holding cases.csv (default: outputs)")
    ev.add_argument("--out", type=Path, default=None, help="where to write scores.csv, errors.csv, report.md "
                                                             "(default: PRED/evaluation)")
    ev.add_argument("--rules", default="", help="folder of rule files (default: the project's rules/)")
    ev.add_argument("--min-macro-f1", type=float, default=None, help="exit 1 when the macro F1 is below this")
    ev.add_argument("--min-field-f1", type=float, default=None,
                    help="exit 1 when any field's F1 is below this (fields with no gold and no prediction are skipped)")
    ev.add_argument("--gate", action="store_true",
                    help="use the gate's minimums from pyproject.toml (gate_min_macro_f1, gate_min_field_f1)")



def _add_others(sub) -> None:
    gt = _command(sub, "gold-template", "add pre-filled gold rows for reports that have none yet")
    gt.add_argument("--pred", type=Path, default=Path("outputs"), help="output folder holding cases.csv")
    gt.add_argument("--gold", type=Path, default=Path("gold/cases.csv"),
                    help="gold CSV to extend (never overwritten row-wise)")

    ro = _command(sub, "robustness", "same report in other layouts and wordings: does the row stay the same?")
    ro.add_argument("-o", "--out", type=Path, default=Path("outputs/robustness"), help="folder for robustness.csv")
    ro.add_argument("--compositions", type=int, default=50,
                    help="random compositions of 2-4 transformations (default: 50)")
    ro.add_argument("--seed", type=int, default=0, help="seed of the random choices (default: 0)")
    ro.add_argument("--quick", action="store_true", help="single transformations only")

    ab = _command(sub, "ablation", "remove each rules entry in turn: which gold rows change?")
    ab.add_argument("-o", "--out", type=Path, default=Path("outputs/ablation"), help="folder for ablation.csv")
    ab.add_argument("--group", type=int, default=24, help="entries removed together before splitting (default: 24)")

    be = _command(sub, "bench", "words per second of the extraction against bare tokenisation")
    be.add_argument("reports", type=Path, help="folder of .txt reports, e.g. ../shared/general")
    be.add_argument("--repeat", type=int, default=1,
                    help="cold passes on fresh pipelines; the best is reported (default: 1)")
    be.add_argument("-o", "--out", type=Path, default=Path("outputs/bench"), help="folder for bench.json and bench.png")
    be.add_argument("--single-only", action="store_true",
                    help="only the in-process measurements (no whole-process runs on 53-848 reports, no plot)")
    rv = _command(sub, "review", "write OUTDIR/review/index.html: rows, evidence, corrections")
    rv.add_argument("outdir", type=Path, nargs="?", default=Path("outputs"), help="an output folder (default: outputs)")
    rv.add_argument("--reports", type=Path, default=None,
                    help="folder of the reports (default: the paths recorded in OUTDIR/run.json)")
    rv.add_argument("--gold", type=Path, default=None, help="a gold CSV: disagreeing cells are marked")
    rv.add_argument("--corrections", type=Path, default=None,
                    help="a corrections log saved from the page: replayed on these rows; those that no longer apply "
                         "are listed")
    er = _command(sub, "evaluate-real", "score the real-reports development set (dev/real/), study and blind part")
    er.add_argument("--dev", type=Path, default=Path("dev/real"), help="the development set (default: dev/real)")
    er.add_argument("-o", "--out", type=Path, default=Path("outputs/real"),
                    help="output folder (default: outputs/real)")
    er.add_argument("--rules", default="", help="folder of rule files (default: the project's rules/)")
    bd = _command(sub, "bench-dask", "reports/s of the Dask engine with 1 and 2 local workers")
    bd.add_argument("reports", type=Path, help="folder of .txt reports to copy, e.g. ../shared/general")
    bd.add_argument("--copies", type=int, default=20, help="copies of the folder (default: 20, 1,060 reports)")
    bd.add_argument("-o", "--out", type=Path, default=Path("outputs/bench"), help="folder for bench_dask.json")


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """`extract` when no command is named; a wrong option is reported with its command's usage
    (argparse would print the top-level usage, which does not show the command's options)."""
    parser = build_parser()
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version"):
        argv = ["extract", *argv]
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        parser.command_parsers[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


class Terminated(BaseException):
    """SIGTERM (a cancelled CI job, `timeout`, `kill`): ends the run as Ctrl-C does, through every
    `finally`, so that temporaries are removed and the previous outputs stay."""


def _terminate(signum, frame):
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else list(argv))
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("interrupted; previous outputs kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("terminated; previous outputs kept", file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, previous)


def _run(args) -> int:
    try:
        if getattr(args, "rules", None) is not None:  # a broken rules folder stops the run before anything is read
            from .rules import load_rules

            load_rules(args.rules or None)
        command = COMMANDS.get(args.command)
        if command is not None:
            return command(args)
    except (UsageError, RulesError, NerModelError, SchedulerError, FileNotFoundError, GoldError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except OSError as exc:  # disk full, read-only folder, quota: nothing half-written is published
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: cannot write the outputs{where}: {exc.strerror or exc}; the previous outputs are kept",
              file=sys.stderr)
        return EXIT_CANNOT_WRITE
    return EXIT_USAGE


def _extract(args) -> int:
    from .extract import run_batch
    from .runners.local import default_jobs
    from .settings import ner_model_setting

    ner = args.ner_model if args.ner_model is not None else ner_model_setting()
    jobs = args.jobs if args.jobs is not None else default_jobs()
    timeout = args.report_timeout
    if timeout is None:  # the default budget where it can be honoured
        timeout = 0 if args.engine == "dask" else DEFAULT_REPORT_TIMEOUT
    if args.fail_fast:  # an exception can only stop the batch from this process
        jobs, timeout = 1, 0
    reports = args.reports if "://" in args.reports else Path(args.reports)
    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    return run_batch(reports, args.out, args.rules, ner or "", args.recursive, args.fail_fast,
                     jobs=jobs, report_timeout=timeout, quiet=args.quiet, use_cache=not args.force,
                     engine=args.engine, scheduler=args.scheduler, formats=formats,
                     excel=args.excel, overwrite=args.overwrite, log=sys.stderr).exit_code


def _evaluate(args) -> int:
    from .evaluation import run_evaluation
    from .settings import gate_setting

    if args.gate:
        gate = gate_setting()
        args.min_macro_f1 = args.min_macro_f1 if args.min_macro_f1 is not None else gate["min_macro_f1"]
        args.min_field_f1 = args.min_field_f1 if args.min_field_f1 is not None else gate["min_field_f1"]
    return run_evaluation(args.gold, args.pred, args.out, args.rules, args.min_macro_f1, args.min_field_f1)


def _gold_template(args) -> int:
    from .evaluation import write_gold_template

    return write_gold_template(args.pred, args.gold)


def _robustness(args) -> int:
    from .robustness.check import run_robustness

    return run_robustness(args.out, args.compositions, args.seed, args.quick)


def _ablation(args) -> int:
    from .ablation import run_ablation

    return run_ablation(args.out, args.group)


def _review(args) -> int:
    from .review import run_review

    return run_review(args.outdir, args.reports, args.gold, args.corrections)


def _evaluate_real(args) -> int:
    from .devset import evaluate_real

    return evaluate_real(args.dev, args.out, args.rules)


def _bench_dask(args) -> int:
    from .bench.dask_bench import run_bench_dask

    return run_bench_dask(args.reports, args.copies, args.out)


def _bench(args) -> int:
    from .bench import run_bench

    return run_bench(args.reports, args.repeat, args.out, batch=not args.single_only)


# Each command imports what it needs when it runs: the command line starts without loading spaCy.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": _extract, "evaluate": _evaluate, "gold-template": _gold_template, "robustness": _robustness,
    "ablation": _ablation, "review": _review, "evaluate-real": _evaluate_real, "bench-dask": _bench_dask,
    "bench": _bench,
}
