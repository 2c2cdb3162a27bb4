"""Runs reports on a Dask cluster: the same per-report function as every other runner, mapped
over chunks of reports with distributed futures.

Without a scheduler address a LocalCluster is started for the run and closed after it. Each worker
process builds the pipeline once (worker.extract_report caches it per process). A chunk's worker
writes its own Parquet part files, so with `--format parquet` no mention travels to the client;
rows (one per report) and problems always come back, in input order. A worker that dies loses
nothing: Dask runs its chunks again on another worker."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import SchedulerError
from .worker import Outcome, Task, extract_report

CHUNK = 16  # reports per Dask task: enough to amortise scheduling, few enough to spread the work


def run_chunk(index: int, chunk: list[Task], rules_dir: str, ner_model: str, part_dirs: dict | None,
              keep_mentions: bool) -> tuple[int, list[Outcome]]:
    outcomes = [extract_report(task, rules_dir, ner_model) for task in chunk]
    if part_dirs:
        from ..parquet import write_part

        done = [o for o in outcomes if not o.problem]
        write_part(Path(part_dirs["cases"]), "cases", index, [o.row for o in done if o.row is not None])
        write_part(Path(part_dirs["mentions"]), "mentions", index, [m for o in done for m in o.mentions])
    if not keep_mentions:
        for outcome in outcomes:
            outcome.mentions = []
    return index, outcomes


def connect(scheduler: str, workers: int, processes: bool = True):
    """(client, cluster or None). A scheduler that cannot be reached is a SchedulerError."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="5s"), None
        except (OSError, TimeoutError) as exc:
            raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=processes,
                           dashboard_address=":0")
    return Client(cluster), cluster


def run_on_dask(tasks: list[Task], rules_dir: str = "", ner_model: str = "", scheduler: str = "",
                workers: int = 2, part_dirs: dict | None = None, keep_mentions: bool = True) -> Iterator[Outcome]:
    from distributed import as_completed

    if not tasks:
        return
    # memory:// lives in this process only: a local cluster of threads shares it
    processes = not any(task.path.startswith("memory://") for task in tasks)
    client, cluster = connect(scheduler, workers, processes)
    try:
        chunks = [tasks[i:i + CHUNK] for i in range(0, len(tasks), CHUNK)]
        futures = [client.submit(run_chunk, k, chunk, rules_dir, ner_model,
                                 {k2: str(v) for k2, v in part_dirs.items()} if part_dirs else None,
                                 keep_mentions, pure=False) for k, chunk in enumerate(chunks)]
        done: dict[int, list[Outcome]] = {}
        next_chunk = 0
        for future in as_completed(futures):
            index, outcomes = future.result()
            future.release()
            done[index] = outcomes
            while next_chunk in done:
                yield from done.pop(next_chunk)
                next_chunk += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
