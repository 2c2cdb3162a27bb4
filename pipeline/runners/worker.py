"""The one per-report function every runner shares: a file in, its row and mentions out.

A process builds its pipeline once (the first report it sees) and reuses it for every report.

Each report goes through spaCy's own call path (`nlp.process`: `Language.pipe` with spaCy's error
handler on every component), one report per call rather than one `nlp.pipe` stream over the batch,
for four reasons. The per-report time budget (runners/local.py) needs each outcome the moment its
report is done, and blames the report a worker holds first: a stream that drops a failed document
and reads ahead would blame the wrong one. Reading (decoding, undoing the layout) can fail before a
Doc exists, and the assembler runs after it, so the unit of success or failure is the report, not
the Doc. The result cache and the Dask chunks hand out reports, not texts. And no component here
batches (only a scispaCy NER model would, and it gains little at one report per call), so a stream
would not be faster. A component that raises on one report is that report's `extraction_error`
problem row, caught here, and the batch goes on."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


@dataclass
class Task:
    index: int
    path: str
    report_id: str
    key: str = ""  # the result cache's key
    text: str | None = None  # a text given directly (the API's extract_texts): no file to read


@dataclass
class Outcome:
    index: int
    report_id: str
    path: str
    row: dict | None = None
    mentions: list[dict] = field(default_factory=list)
    problem: str = ""
    detail: str = ""
    words: int = 0
    n_mentions: int = 0  # kept when the mentions themselves stay on a worker (Parquet parts)


@lru_cache(maxsize=2)
def _pipeline(rules_dir: str, ner_model: str, rules_digest: str):
    """Built again when a rule file changed, so a long-lived process never runs stale rules."""
    from ..assemble import CaseAssembler
    from ..layout import layout_undoer
    from ..nlp import build_nlp
    from ..rules import load_rules

    build_nlp.cache_clear()
    layout_undoer.cache_clear()
    return build_nlp(rules_dir, ner_model), CaseAssembler(load_rules(rules_dir or None))


def _current_pipeline(rules_dir: str, ner_model: str):
    from ..rules import load_rules

    return _pipeline(rules_dir, ner_model, load_rules(rules_dir or None).digest)


def extract_report(task: Task, rules_dir: str = "", ner_model: str = "", fail_fast: bool = False) -> Outcome:
    """Never raises for a bad report (unless fail_fast): the problem is in the outcome."""
    from ..nlp import process
    from ..outputs import mention_row
    from ..reading import ReportProblem, is_url, read_report, read_report_url, text_report

    outcome = Outcome(task.index, task.report_id, task.path)
    try:
        nlp, assembler = _current_pipeline(rules_dir, ner_model)
        if task.text is not None:
            report = text_report(task.report_id, task.text, rules_dir)
        elif is_url(task.path):
            report = read_report_url(task.path, rules_dir=rules_dir)
        else:
            report = read_report(Path(task.path), rules_dir=rules_dir)
        outcome.words = len(report.text.split())
        doc = process(nlp, report.text)
        case = assembler.assemble(report.report_id, doc)
        # Spans and cues kept in user_data point back at the Doc: without this the cycle keeps
        # every Doc until the next full garbage collection, and memory grows with the batch.
        doc.user_data.clear()
    except ReportProblem as exc:
        outcome.problem, outcome.detail = exc.problem, exc.detail
        return outcome
    except Exception as exc:  # one report's bug must not cost the batch
        if fail_fast:
            raise
        outcome.problem = "extraction_error"
        outcome.detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        return outcome
    outcome.row = case.row
    outcome.mentions = [mention_row(report.report_id, m) for m in case.mentions]
    outcome.n_mentions = len(outcome.mentions)
    return outcome


def warm_up(rules_dir: str = "", ner_model: str = "") -> None:
    _current_pipeline(rules_dir, ner_model)
