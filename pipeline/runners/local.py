"""Runs reports on this machine: in this process, or in worker processes that can be ended.

Worker processes are what makes the time budget per report real: spaCy spends its time in C code,
which no signal interrupts, but a process can always be killed. Each worker builds the pipeline
once, then takes reports in small chunks; a report over budget costs its worker, which is replaced,
and the rest of its chunk goes back to the queue. Outcomes come back in input order, so the
outputs do not depend on the number of workers."""
from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import wait

from .worker import Outcome, Task, extract_report, warm_up

CHUNK = 4  # reports sent to a worker at once: few enough that a timeout re-queues little


def run_in_process(tasks: Iterable[Task], rules_dir: str = "", ner_model: str = "",
                   fail_fast: bool = False) -> Iterator[Outcome]:
    for task in tasks:
        yield extract_report(task, rules_dir, ner_model, fail_fast)


def _die_with_parent(parent: int) -> None:
    """A worker must not outlive the run that started it (SIGTERM from `timeout`, kill -9 of the parent):
    on Linux the kernel sends it SIGKILL when its parent ends; elsewhere the EOF of its pipe ends it."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent ended before the request above took effect
        os._exit(0)


def _worker_main(conn, rules_dir: str, ner_model: str, parent: int = 0) -> None:
    if parent:
        _die_with_parent(parent)
    warm_up(rules_dir, ner_model)
    conn.send("ready")
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if chunk is None:
            return
        for task in chunk:
            conn.send(extract_report(task, rules_dir, ner_model))


class _Slot:
    """One worker process and the reports it holds."""

    def __init__(self, ctx, rules_dir: str, ner_model: str):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, rules_dir, ner_model, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.ready, self.started = False, 0.0
        self.queue: deque[Task] = deque()

    def give(self, chunk: list[Task]) -> None:
        self.conn.send(chunk)
        self.queue.extend(chunk)
        self.started = time.monotonic()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(BrokenPipeError, OSError):
                self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _context():
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def run_in_workers(tasks: Iterable[Task], jobs: int, timeout: float = 0, rules_dir: str = "",
                   ner_model: str = "", sizes: dict[int, int] | None = None) -> Iterator[Outcome]:
    """Outcomes in input order; a report over `timeout` seconds (0 = none) becomes a `timeout`
    problem, and a worker that dies takes only its current report with it."""
    ctx, pending = _context(), deque(tasks)
    order = [t.index for t in pending]  # outcomes leave in this order, whatever order they finish in
    if not order:
        return
    if ctx.get_start_method() == "fork":
        # Built once here, the pipeline reaches every forked worker ready to run (and a worker that
        # replaces one ended for its time budget): no worker spends a second importing and building.
        warm_up(rules_dir, ner_model)
    pool = _Pool(ctx, pending, min(max(1, jobs), len(order)), timeout, rules_dir, ner_model, sizes or {})
    emitted = 0
    try:
        while emitted < len(order):
            pool.step()
            while emitted < len(order) and order[emitted] in pool.done:
                yield pool.done.pop(order[emitted])
                emitted += 1
    finally:
        pool.close()


class _Pool:
    """The worker slots of one run, the reports not yet given out, and the outcomes not yet emitted."""

    def __init__(self, ctx, pending: deque[Task], workers: int, timeout: float, rules_dir: str, ner_model: str,
                 sizes: dict[int, int]):
        self.ctx, self.pending, self.timeout, self.sizes = ctx, pending, timeout, sizes
        self.rules_dir, self.ner_model = rules_dir, ner_model
        self.slots = [self._new_slot() for _ in range(workers)]
        self.done: dict[int, Outcome] = {}

    def _new_slot(self) -> _Slot:
        return _Slot(self.ctx, self.rules_dir, self.ner_model)

    def step(self) -> None:
        """Give idle workers a chunk, wait for a message (or the nearest time budget), take what came."""
        for slot in self.slots:
            if slot.ready and not slot.queue and self.pending:
                slot.give([self.pending.popleft() for _ in range(min(CHUNK, len(self.pending)))])
        busy = [s for s in self.slots if s.queue or not s.ready]
        for conn in wait([s.conn for s in busy], self._time_to_next_budget(busy)):
            self._receive(next(k for k, s in enumerate(self.slots) if s.conn is conn))
        if self.timeout:
            self._end_reports_over_budget()

    def _time_to_next_budget(self, busy: list[_Slot]) -> float | None:
        if not self.timeout:
            return None
        now = time.monotonic()
        ends = [s.started + self.timeout - now for s in busy if s.queue]
        return max(0.0, min(ends)) if ends else None

    def _receive(self, i: int) -> None:
        slot = self.slots[i]
        try:
            message = slot.conn.recv()
        except (EOFError, OSError):
            if slot.queue:
                self._fail(i, "worker_died", f"the worker process ended ({_how_it_ended(slot.process.exitcode)})")
            else:
                slot.stop(kill=True)
                self.slots[i] = self._new_slot()
            return
        if message == "ready":
            slot.ready = True
            return
        slot.queue.popleft()
        slot.started = time.monotonic()
        self.done[message.index] = message

    def _end_reports_over_budget(self) -> None:
        now = time.monotonic()
        for i, slot in enumerate(self.slots):
            if slot.queue and now - slot.started > self.timeout:
                size = self.sizes.get(slot.queue[0].index)
                detail = f"over the time budget of {self.timeout:g} s per report" + (
                    f" ({size:,} bytes); the batch went on" if size is not None else "; the batch went on")
                self._fail(i, "timeout", detail)

    def _fail(self, i: int, problem: str, detail: str) -> None:
        """Slot i's current report fails; the rest of its chunk is queued again; a new worker."""
        slot = self.slots[i]
        task = slot.queue.popleft()
        self.done[task.index] = Outcome(task.index, task.report_id, task.path, problem=problem, detail=detail)
        self.pending.extendleft(reversed(slot.queue))
        slot.queue.clear()
        slot.stop(kill=True)
        self.slots[i] = self._new_slot()

    def close(self) -> None:
        for slot in self.slots:
            slot.stop(kill=bool(slot.queue))


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _how_it_ended(exitcode) -> str:
    """'killed by signal 9 (SIGKILL)' for a negative exit code, else 'exit code N'."""
    import signal

    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = "unknown signal"
        return f"killed by signal {-exitcode} ({name})"
    return f"exit code {exitcode}" if exitcode is not None else "ended without an exit code"
