"""`make bench-dask`: reports per second of `extract --engine dask` with 1 and 2 local workers on
copies of a folder (at least 1,000 reports), and what that means for a million reports."""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .batch import copies, timed_extract


def run_bench_dask(folder: Path, times: int = 20, out: Path = Path("outputs/bench")) -> int:
    work = Path(tempfile.mkdtemp(prefix="net-bench-dask-"))
    try:
        reports = copies(Path(folder), times, work)
        n = len(list(reports.glob("*.txt")))
        results: dict[str, Any] = {"reports": n, "workers": {}}
        for workers in (1, 2):
            seconds, _ = timed_extract(reports, work / f"w{workers}", "--engine", "dask", "--jobs", str(workers),
                                       "--format", "parquet", "--force")
            results["workers"][workers] = {"seconds": round(seconds, 1), "reports_per_s": round(n / seconds, 1)}
            print(f"{n} reports, {workers} Dask worker(s): {seconds:.1f} s, {n / seconds:.1f} reports/s")
        per_worker = results["workers"][2]["reports_per_s"] / 2
        needed = 1_000_000 / (per_worker * 3600)
        results["per_worker_reports_per_s"] = round(per_worker, 1)
        results["workers_for_a_million_in_an_hour"] = round(needed, 1)
        print(f"per worker: {per_worker:.1f} reports/s; a million reports in one hour needs about "
              f"{needed:.0f} workers (cores)")
        out.mkdir(parents=True, exist_ok=True)
        (out / "bench_dask.json").write_text(json.dumps(results, indent=2) + "\n")
        print(f"-> {out / 'bench_dask.json'}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
