"""Whole `python -m pipeline extract` processes on copies of a folder: the --jobs speed-up, the
cache speed-up, peak memory at 1x and 16x the folder, and time against the number of reports."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEAK_RSS = Path(__file__).with_name("peak_rss.py")  # run as a script: the package's imports would weigh on it


def copies(folder: Path, times: int, into: Path) -> Path:
    """`times` copies of every report of `folder` (ids suffixed _1, _2, ...), made once."""
    target = into / f"x{times}"
    if not target.exists():
        target.mkdir(parents=True)
        for k in range(1, times + 1):
            for path in sorted(folder.glob("*.txt")):
                shutil.copyfile(path, target / f"{path.stem}_{k}.txt")
    return target


def timed_extract(reports: Path, out: Path, *flags: str) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the extract process and its workers), measured by a small
    launcher process (see peak_rss.py)."""
    result = out.parent / f"{out.name}.measure.json"
    subprocess.run([sys.executable, str(PEAK_RSS), str(result), sys.executable, "-m", "pipeline",
                    "extract", str(reports), "-o", str(out), "-q", *flags], cwd=ROOT, check=False)
    measured = json.loads(result.read_text())
    if measured["exit"] not in (0, 1):
        raise RuntimeError(f"extract exited with {measured['exit']} on {reports}")
    return measured["seconds"], measured["peak_rss_kb"] / 1024


def timed_tokenise(reports: Path) -> float:
    """Wall seconds of a whole process that only reads and tokenises the reports."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline.bench.tokenise", str(reports)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def bench_batch(folder: Path, scale: tuple[int, ...] = (1, 2, 4, 8, 16)) -> dict:
    work = Path(tempfile.mkdtemp(prefix="net-bench-"))
    try:
        n = len(list(folder.glob("*.txt")))
        four = copies(folder, 4, work)
        tokenise = min(timed_tokenise(four) for _ in range(2))
        one_job, _ = timed_extract(four, work / "j1", "--jobs", "1", "--force")
        print(f"{4 * n} reports as whole processes: tokenisation only {tokenise:.1f} s, extraction --jobs 1 "
              f"{one_job:.1f} s ({one_job / tokenise:.2f}x tokenisation)")
        two_jobs, _ = timed_extract(four, work / "j2", "--jobs", "2", "--force")
        cached, _ = timed_extract(four, work / "j2", "--jobs", "2")
        print(f"{4 * n} reports: --jobs 1 {one_job:.1f} s, --jobs 2 {two_jobs:.1f} s "
              f"({one_job / two_jobs:.2f}x); unchanged re-run {cached:.2f} s ({cached / two_jobs:.0%} of the first)")
        scaling = []
        for times in scale:  # in this process (--jobs 1, no budget): its RSS is the whole run's
            seconds, rss = timed_extract(copies(folder, times, work), work / f"s{times}", "--jobs", "1",
                                         "--report-timeout", "0", "--force")
            scaling.append({"reports": times * n, "seconds": round(seconds, 2), "peak_rss_mb": round(rss)})
            print(f"  {times * n:5d} reports: {seconds:6.1f} s, peak RSS {rss:.0f} MB")
        return {"reports_for_jobs": 4 * n, "tokenise_process_seconds": round(tokenise, 2),
                "jobs1_ratio_to_tokenise_process": round(one_job / tokenise, 2), "jobs1_seconds": round(one_job, 2),
                "jobs2_seconds": round(two_jobs, 2),
                "jobs2_speedup": round(one_job / two_jobs, 2), "cached_rerun_seconds": round(cached, 2),
                "cached_share": round(cached / two_jobs, 3), "scaling": scaling,
                "rss_ratio_largest_to_smallest": round(scaling[-1]["peak_rss_mb"] / scaling[0]["peak_rss_mb"], 2)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def plot_scaling(scaling: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [p["reports"] for p in scaling]
    ys = [p["seconds"] for p in scaling]
    slope = (ys[-1] - ys[0]) / (xs[-1] - xs[0]) if xs[-1] != xs[0] else 0
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(xs, ys, "o-", label="measured (one process)")
    ax.plot(xs, [ys[0] + slope * (x - xs[0]) for x in xs], "--", label="linear through the ends")
    ax.set_xlabel("reports (copies of ../shared/general)")
    ax.set_ylabel("seconds, whole extract process")
    ax.set_title("Extraction time is linear in the number of reports")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
