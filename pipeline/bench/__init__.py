"""`make bench`: how fast, on real and hostile text, on one core and two, cold and cached, and how
memory and time grow with the batch. Writes outputs/bench/bench.json and bench.png."""
from __future__ import annotations

import json
from pathlib import Path

from ..extract import UsageError
from .single import bench_single, seconds_per_100kb, worst_case_inputs

__all__ = ["run_bench", "seconds_per_100kb", "worst_case_inputs"]


def run_bench(folder: Path, repeat: int = 1, out: Path = Path("outputs/bench"), batch: bool = True) -> int:
    folder = Path(folder)
    if not folder.is_dir() or not list(folder.glob("*.txt")):
        raise UsageError(f"the folder '{folder}' holds no .txt reports")
    results = {"single_process": bench_single(folder, repeat)}
    if batch:
        from .batch import bench_batch, plot_scaling

        results["batch"] = bench_batch(folder)
        out.mkdir(parents=True, exist_ok=True)
        plot_scaling(results["batch"]["scaling"], out / "bench.png")
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"-> {out / 'bench.json'}" + (f", {out / 'bench.png'}" if batch else ""))
    return 0
