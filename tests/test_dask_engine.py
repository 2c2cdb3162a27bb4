"""Beyond one machine: the Dask engine gives the local engine's rows, Parquet datasets hold the same
rows with typed columns, inputs may be any fsspec URL, and DuckDB or pandas query the outputs."""
from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from conftest import ROOT, copy_examples
from pipeline.extract import EXIT_SOME_FAILED, EXIT_USAGE, run_batch

NAMES = sorted(p.name for p in (ROOT / "raw_reports").glob("*.txt"))[:10]


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return sorted(csv.DictReader(fh), key=lambda r: r["report_id"])


ALL = sorted(p.name for p in (ROOT / "raw_reports").glob("*.txt"))
COPIES = 3  # every example report three times: 153 reports, ten Dask tasks of 16 for two workers


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Ten example reports and one bad file."""
    folder = copy_examples(tmp_path_factory.mktemp("in"), NAMES)
    (folder / "broken.txt").write_bytes(b"%PDF-1.4 not a report")
    return folder


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory):
    """Every example report COPIES times and one bad file."""
    folder = copy_examples(tmp_path_factory.mktemp("big"), ALL, copies=COPIES)
    (folder / "broken.txt").write_bytes(b"%PDF-1.4 not a report")
    return folder


@pytest.fixture(scope="module")
def big_local(big_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("big_local")
    return out, run_batch(big_folder, out, log=None)


@pytest.fixture(scope="module")
def local(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    result = run_batch(folder, out, log=None, formats=("csv", "parquet"))
    return out, result


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster


def test_dask_engine_gives_the_local_rows_and_problems(big_folder, big_local, cluster, tmp_path):
    local_out, local_result = big_local
    result = run_batch(big_folder, tmp_path, log=None, engine="dask", scheduler=cluster.scheduler_address,
                       formats=("csv", "parquet"))
    assert len(result.cases) == COPIES * len(ALL) >= 100
    assert result.exit_code == local_result.exit_code == EXIT_SOME_FAILED
    assert _rows(tmp_path / "cases.csv") == _rows(local_out / "cases.csv")
    assert _rows(tmp_path / "mentions.csv") == _rows(local_out / "mentions.csv")
    problems = {(p["report_id"], p["problem"]) for p in _rows(tmp_path / "problems.csv")}
    assert problems == {(p["report_id"], p["problem"]) for p in _rows(local_out / "problems.csv")} == {
        ("broken", "binary")}


def test_parquet_datasets_hold_the_csv_rows_with_types(local):
    import pandas as pd

    out, _ = local
    cases = pd.read_parquet(out / "cases.parquet").sort_values("report_id").reset_index(drop=True)
    csv_rows = _rows(out / "cases.csv")
    assert list(cases["report_id"]) == [r["report_id"] for r in csv_rows]
    assert cases["age"].dtype == "float64" and cases["ki67_high"].dtype == "float64"
    first = csv_rows[0]
    row = cases.iloc[0]
    assert list(row["markers_positive"]) == [m for m in first["markers_positive"].split("; ") if m]
    assert row["age"] == float(first["age"])
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert len(mentions) == len(_rows(out / "mentions.csv"))
    assert mentions["start"].dtype == "int64"


def test_duckdb_and_pandas_answer_questions_from_the_parquet_outputs(local):
    """The queries of docs/scaling.md: reports per primary site, median Ki-67 per grade."""
    import duckdb
    import pandas as pd

    out, _ = local
    cases = f"read_parquet('{out / 'cases.parquet'}/*.parquet')"
    per_site = dict(duckdb.sql(f"SELECT primary_site, count(*) FROM {cases} GROUP BY primary_site").fetchall())
    frame = pd.read_parquet(out / "cases.parquet")
    assert per_site == frame.groupby("primary_site", dropna=False).size().to_dict() | (
        {None: per_site[None]} if None in per_site else {})
    median = dict(duckdb.sql(f"SELECT grade, median(ki67_high) FROM {cases} WHERE grade IS NOT NULL "
                             "GROUP BY grade").fetchall())
    assert median == pytest.approx(frame.dropna(subset=["grade"]).groupby("grade")["ki67_high"].median().to_dict(),
                                   nan_ok=True)
    assert sum(per_site.values()) == len(NAMES)


def test_memory_urls_are_read_through_fsspec(local, tmp_path):
    import fsspec

    fs = fsspec.filesystem("memory")
    for name in NAMES:
        fs.pipe(f"/reports/{name}", (ROOT / "raw_reports" / name).read_bytes())
    local_out, _ = local
    result = run_batch("memory://reports", tmp_path / "local", log=None)
    assert result.exit_code == 0
    assert _rows(tmp_path / "local" / "cases.csv") == _rows(local_out / "cases.csv")
    dask = run_batch("memory://reports", tmp_path / "dask", log=None, engine="dask", jobs=2)
    assert dask.exit_code == 0
    assert _rows(tmp_path / "dask" / "cases.csv") == _rows(local_out / "cases.csv")


@pytest.mark.exhaustive  # two more CLI runs (7 s): in `make test-exhaustive`
def test_parquet_only_run_removes_stale_csv_and_an_unreachable_scheduler_is_a_usage_error(folder, tmp_path):
    run_batch(folder, tmp_path, log=None)
    assert (tmp_path / "cases.csv").exists()
    run_batch(folder, tmp_path, log=None, formats=("parquet",))
    assert not (tmp_path / "cases.csv").exists() and (tmp_path / "cases.parquet").is_dir()
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "-o", str(tmp_path / "x"),
                           "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == EXIT_USAGE
    assert "tcp://127.0.0.1:9" in done.stderr


@pytest.mark.exhaustive  # a second cluster run (5 s): in `make test-exhaustive`, beside the kill-while-publishing steps
def test_a_worker_killed_mid_run_costs_nothing(big_folder, big_local, cluster, tmp_path):
    """Dask runs the lost worker's chunks again elsewhere; the outputs are complete."""
    from distributed import Client

    outcome = {}
    runner = threading.Thread(target=lambda: outcome.setdefault("result", run_batch(
        big_folder, tmp_path / "out", log=None, engine="dask", scheduler=cluster.scheduler_address)))
    with Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)  # worker address -> process id
        runner.start()
        killed = None
        deadline = time.time() + 120
        while killed is None and runner.is_alive() and time.time() < deadline:
            busy = [address for address, keys in client.processing().items() if keys and address in pids]
            if busy:  # a worker that holds a chunk of this run right now
                killed = busy[0]
                os.kill(pids[killed], signal.SIGKILL)
            time.sleep(0.05)
    runner.join(300)
    assert killed, "no worker held a chunk while the run was going"
    result = outcome["result"]
    assert len(result.cases) == COPIES * len(ALL)
    assert _rows(tmp_path / "out" / "cases.csv") == _rows(big_local[0] / "cases.csv")
    assert _rows(tmp_path / "out" / "problems.csv") == _rows(big_local[0] / "problems.csv")
