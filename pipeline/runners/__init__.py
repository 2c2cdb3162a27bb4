"""How reports are run: in this process or in worker processes, all through one per-report
function (`worker.extract_report`), so every way of running gives the same rows."""
from .local import run_in_process, run_in_workers
from .worker import Outcome, Task

__all__ = ["Outcome", "Task", "run_in_process", "run_in_workers"]
