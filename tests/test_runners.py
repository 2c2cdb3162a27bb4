"""How reports are run: worst-case inputs cost what real text costs, worker processes give the same
bytes as this process, a report over its time budget becomes a problem and the batch goes on,
and progress is quiet when asked."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from conftest import ROOT, copy_examples
from sampling import sampled
from pipeline import cli
from pipeline.bench import seconds_per_100kb, worst_case_inputs
from pipeline.bench.batch import PEAK_RSS
from pipeline.extract import EXIT_SOME_FAILED, run_batch

OUTPUTS = ("cases.csv", "cases.jsonl", "mentions.csv", "problems.csv")


def _real_text(kb: int) -> str:
    texts = [p.read_text() for p in sorted((ROOT / "raw_reports").glob("*.txt"))]
    return ("\n\n".join(texts) * 10)[:kb * 1024]


@pytest.fixture(scope="module")
def real_cost(nlp, assembler) -> float:
    """Seconds per 100 KB of real text, measured once for every shape (the best of three runs)."""
    return min(seconds_per_100kb(nlp, assembler, _real_text(40)) for _ in range(3))


# Two shapes (one line, table rows) run in `make test`, every shape in `make test-exhaustive` (tests/sampling.py).
QUICK_BOUNDED_SHAPES = ("one_line", "table_rows")


@pytest.mark.parametrize("shape", sampled(worst_case_inputs(1), QUICK_BOUNDED_SHAPES))
def test_worst_case_input_costs_at_most_three_times_real_text(nlp, assembler, real_cost, shape):
    """Relative to real text in the same process, so the bound holds on any machine."""
    cost = min(seconds_per_100kb(nlp, assembler, worst_case_inputs(40)[shape]) for _ in range(2))
    assert cost <= 3 * real_cost + 0.05, f"{shape}: {cost:.2f} s per 100 KB against {real_cost:.2f} for real text"


# One shape (table rows) runs in `make test`; every shape runs in `make test-exhaustive`, which .ci/run runs
# too (22 shapes at 160 KB: 90 s of CPU; tests/sampling.py).
QUICK_LINEAR_SHAPES = ("table_rows",)


@pytest.mark.parametrize("shape", sampled(worst_case_inputs(1), QUICK_LINEAR_SHAPES))
def test_worst_case_input_costs_linear_time(nlp, assembler, shape):
    """Four times the text costs about four times as much: the cost per 100 KB at 160 KB stays within
    1.6 times that at 40 KB (a quadratic reading makes it four times). The bound above, against real
    text at 40 KB, let one through: a sentence of 200 KB of grades cost ten times real text, each grade
    reading its whole sentence (the resected-tumour check, r7b)."""
    small = min(seconds_per_100kb(nlp, assembler, worst_case_inputs(40)[shape]) for _ in range(2))
    large = min(seconds_per_100kb(nlp, assembler, worst_case_inputs(160)[shape]) for _ in range(2))
    assert large <= 1.6 * small + 0.05, f"{shape}: {large:.2f} s per 100 KB at 160 KB against {small:.2f} at 40 KB"


def test_worst_case_input_still_yields_its_values(run):
    row, _ = run(worst_case_inputs(20)["marker_list"])
    assert {"chromogranin A", "synaptophysin", "CD56", "CK7", "CDX2", "TTF-1"} <= set(row["markers_positive"])


def _folder(tmp_path, names):
    return copy_examples(tmp_path / "in", names)


def test_two_workers_write_the_same_bytes_as_this_process(tmp_path):
    folder = _folder(tmp_path, sorted(p.name for p in (ROOT / "raw_reports").glob("*.txt"))[:12])
    one = run_batch(folder, tmp_path / "one", log=None)
    two = run_batch(folder, tmp_path / "two", log=None, jobs=2, report_timeout=60)
    assert one.exit_code == two.exit_code == 0 and len(two.cases) == 12
    for name in OUTPUTS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_a_report_over_its_time_budget_is_a_problem_and_the_batch_goes_on(tmp_path):
    folder = _folder(tmp_path, ["rr01_pancreatic_tail_g2.txt"])
    (folder / "zz_huge.txt").write_text(_real_text(400) * 5)  # two MB of real text: seconds, not 0.5 s
    result = run_batch(folder, tmp_path / "out", log=None, jobs=1, report_timeout=0.5)
    assert result.exit_code == EXIT_SOME_FAILED
    assert [c["report_id"] for c in result.cases] and result.cases[0]["report_id"] != "zz_huge"
    with open(tmp_path / "out" / "problems.csv", newline="") as fh:
        problems = list(csv.DictReader(fh))
    assert [(p["report_id"], p["problem"]) for p in problems] == [("zz_huge", "timeout")]
    assert "bytes" in problems[0]["detail"] and "0.5 s" in problems[0]["detail"]


def test_progress_lines_unless_quiet(tmp_path, capsys):
    """In this process (the same `main` the command runs), so the pipeline this worker built serves both
    runs; the command's own process is covered by the checks of exit codes and messages."""
    folder = _folder(tmp_path, sorted(p.name for p in (ROOT / "raw_reports").glob("*.txt"))[:3])
    (folder / "empty.txt").write_text("")
    runs = {}
    for out, quiet in (("a", []), ("b", ["--quiet"])):
        code = cli.main(["extract", str(folder), "-o", str(tmp_path / out), "--jobs", "1", "--report-timeout", "0",
                         *quiet])
        runs[out] = (code, capsys.readouterr().err)
    assert runs["a"][0] == runs["b"][0] == EXIT_SOME_FAILED  # the empty report is a problem, the batch goes on
    assert "progress: 4/4 reports" in runs["a"][1]
    assert "progress:" not in runs["b"][1]
    assert "problem: " in runs["b"][1] and "empty.txt" in runs["b"][1]  # problems still print
    assert (tmp_path / "a" / "cases.csv").read_bytes() == (tmp_path / "b" / "cases.csv").read_bytes()


# One sentence with thousands of cues and targets: each once made every mention read every cue of
# its sentence, or every polarity cue walk to the sentence end (quadratic). Four times the text
# must cost about four times as much; sixteen times would be quadratic.
GROWING = {
    "negated findings": "no liver metastases, ",
    "other patients' findings": "previously reported patients had lung metastases, ",
    "bracketed forward cues": "(positive for CD56) ",
    "bracketed backward cues": "(CD56 was negative) ",
}


# Two of the four (a negation, a bracketed cue) run in `make test`, all four in `make test-exhaustive`.
@pytest.mark.parametrize("unit", sampled(GROWING.values(),
                                         {GROWING["negated findings"], GROWING["bracketed forward cues"]},
                                         ids={unit: name for name, unit in GROWING.items()}.get))
def test_a_sentence_of_many_cues_costs_linear_time(nlp, assembler, unit):
    import time

    from pipeline.nlp import process

    def cost(n: int) -> float:
        text = "Case presentation\nThe cells were " + unit * n + "in all."
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            assembler.assemble("growing", process(nlp, text))
            best = min(best, time.perf_counter() - t0)
        return best

    small, large = cost(300), cost(1200)
    assert large <= 8 * small, f"{large:.2f} s for 4x the text of {small:.2f} s"


@pytest.mark.fields("markers_positive", "markers_negative")
def test_bracketed_polarity_cues_still_give_their_markers(run):
    row, _ = run("Case presentation\nThe cells were " + "(positive for CD56) " * 300 + "in all. The other stains "
                 + "(CK7 was negative) " * 300 + "were read twice.")
    assert row["markers_positive"] == ["CD56"] and row["markers_negative"] == ["CK7"]


def test_the_bench_measures_each_process_s_own_peak_memory(tmp_path):
    """Launched from this (large) test process, a small command still reports its own small peak."""
    ballast = bytearray(300 * 2**20)  # this process is big; a child exec'd straight from it would say so
    ballast[::4096] = b"\1" * len(ballast[::4096])
    peaks = {}
    for name, code in {"small": "pass", "big": "b = b'x' * (150 * 2**20)"}.items():
        subprocess.run([sys.executable, str(PEAK_RSS), str(tmp_path / name), sys.executable, "-c", code], check=True)
        measured = json.loads((tmp_path / name).read_text())
        assert measured["exit"] == 0 and measured["seconds"] > 0
        peaks[name] = measured["peak_rss_kb"] / 1024
    assert peaks["small"] < 100 and peaks["big"] - peaks["small"] > 120, peaks
    del ballast


def test_a_report_s_doc_is_freed_as_soon_as_its_row_is_made(monkeypatch):
    """Spans kept on a Doc point back at it; unless the worker breaks that cycle, every Doc of a
    batch waits for a full garbage collection, and memory grows with the number of reports."""
    import gc
    import weakref

    import pipeline.nlp
    from pipeline.runners.worker import Task, extract_report

    made = []
    real_process = pipeline.nlp.process

    def process(nlp, text):
        doc = real_process(nlp, text)
        made.append(weakref.ref(doc))
        return doc

    monkeypatch.setattr(pipeline.nlp, "process", process)
    path = ROOT / "raw_reports" / "rr01_pancreatic_tail_g2.txt"
    gc.disable()
    try:
        outcome = extract_report(Task(0, str(path), "rr01"))
        assert outcome.row and outcome.row["primary_site"] and len(made) == 1
        assert made[0]() is None  # freed by reference counting, no collection needed
    finally:
        gc.enable()
