"""The examples under each command's --help (cli.py's parsers take them as their epilog).

Each command shows its own: a user who typed `net-extract evaluate --help` wants to see how
evaluate is called, not a list of every command. `net-extract` is the installed entry point;
`python -m pipeline` does the same from a checkout."""
from __future__ import annotations

EXIT_CODES = """exit codes: 0 all reports processed; 1 some reports had problems (see OUT/problems.csv);
            2 wrong arguments, unusable folders or a bad gold/rules file; 3 no report could be processed;
            4 the outputs could not be written (disk full, read-only); 5 another run is writing into the
            output folder; 130 interrupted (Ctrl-C); 143 terminated (SIGTERM)."""

TOP = """commands without a name run `extract`: `net-extract raw_reports -o outputs` is
`net-extract extract raw_reports -o outputs`. Each command's --help shows its own examples.

examples:
  net-extract raw_reports -o outputs
  net-extract review outputs
  net-extract evaluate --gold gold/cases.csv --pred outputs
  python -m pipeline extract raw_reports -o outputs     (the same, from a checkout)

""" + EXIT_CODES

EXAMPLES = {
    "extract": """examples:
  net-extract raw_reports -o outputs
  net-extract extract ../shared/corpus -o /tmp/corpus_out --ner-model en_ner_bc5cdr_md
  net-extract extract reports/ -o outputs --recursive --jobs 4 --format csv,parquet
  net-extract extract reports/ -o outputs --force --quiet      (run every report again, no progress)
  net-extract extract s3://bucket/reports/ -o outputs --engine dask --scheduler tcp://10.0.0.5:8786

""" + EXIT_CODES,
    "evaluate": """examples:
  net-extract evaluate --gold gold/cases.csv --pred outputs
  net-extract evaluate --gold gold/cases.csv --pred outputs --min-macro-f1 0.9
  net-extract evaluate --gate                 (the minimums from pyproject.toml)

exit codes: 0 scored (and above the minimums); 1 below a minimum; 2 a bad gold file or arguments.""",
    "gold-template": """examples:
  net-extract gold-template --pred outputs --gold gold/cases.csv

Rows already in the gold file are never overwritten; new reports get pre-filled rows to correct.""",
    "robustness": """examples:
  net-extract robustness --compositions 50 --seed 0
  net-extract robustness --quick -o /tmp/robustness""",
    "ablation": """examples:
  net-extract ablation -o outputs/ablation
  net-extract ablation --group 8""",
    "bench": """examples:
  net-extract bench ../shared/general
  net-extract bench ../shared/general --repeat 3 --single-only""",
    "review": """examples:
  net-extract review outputs                  (then open outputs/review/index.html)
  net-extract review outputs --gold gold/cases.csv
  net-extract review outputs --corrections corrections.json""",
    "evaluate-real": """examples:
  net-extract evaluate-real
  net-extract evaluate-real --dev dev/real -o outputs/real""",
    "bench-dask": """examples:
  net-extract bench-dask ../shared/general --copies 20""",
}
