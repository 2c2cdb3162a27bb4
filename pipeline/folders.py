"""The folders of a batch: the reports it reads, and an output folder it may write into and holds alone.

A run writes only into a folder that is new, empty, or one this program wrote (it holds run.json), so
a user's own cases.csv is never replaced; it takes an exclusive lock on the folder for the whole run,
and clears what a killed run left behind."""
from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from .errors import OutputBusy, UsageError
from .reading import is_url, list_report_urls, list_reports, url_exists

LOCK_FILE = ".lock"
OWN_MARKER = "run.json"  # an output folder this program wrote holds it
OUTPUT_NAMES = ("cases.csv", "cases.jsonl", "mentions.csv", "problems.csv", "cases.parquet", "mentions.parquet")


def check_output_folder(out_dir: Path, overwrite: bool = False) -> None:
    """Writes only into a folder that is new, empty, or one of this program's (it holds run.json):
    never over a user's own cases.csv or a folder of theirs named cases.parquet/."""
    out_dir = Path(out_dir)
    if overwrite or not out_dir.is_dir() or (out_dir / OWN_MARKER).is_file():
        return
    others = sorted(name for name in OUTPUT_NAMES if (out_dir / name).exists())  # what a run replaces or removes
    if others:
        raise UsageError(f"the output folder '{out_dir}' holds {', '.join(others)}, which this program did not "
                         f"write (there is no run.json); choose another folder, or pass --overwrite to replace them")


def check_folders(reports_dir, out_dir: Path, recursive: bool = False, overwrite: bool = False) -> list:
    """The reports to run (Paths, or URL strings for a folder that fsspec reaches)."""
    out_dir = Path(out_dir)
    paths: list[str] | list[Path]
    if is_url(reports_dir):
        url = str(reports_dir)
        try:
            exists = url_exists(url)
        except (ImportError, ValueError, OSError) as exc:
            raise UsageError(f"cannot read the reports folder '{url}' ({exc})") from exc
        if not exists:
            raise UsageError(f"the reports folder '{url}' does not exist")
        paths = list_report_urls(url, recursive)
    else:
        reports_dir = Path(reports_dir)
        if not reports_dir.exists():
            raise UsageError(f"the reports folder '{reports_dir}' does not exist")
        if not reports_dir.is_dir():
            raise UsageError(f"'{reports_dir}' is a file; give the folder that holds the .txt reports")
        paths = list_reports(reports_dir, recursive)
    if not paths:
        raise UsageError(f"the folder '{reports_dir}' holds no .txt reports")
    check_output_folder(out_dir, overwrite)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"cannot write to the output folder '{out_dir}' ({exc.strerror})") from exc
    return paths


def lock_output_folder(out_dir: Path):
    """An exclusive lock on OUT/.lock for the whole run (released when the process ends, however it
    ends): two runs into one folder would mix their rows. Stale temporaries of a killed run are
    removed once the lock is held, since no other run can own them."""
    import fcntl

    handle = open(out_dir / LOCK_FILE, "a")  # noqa: SIM115 (the open handle is the lock, held until the run ends)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.close()
        raise OutputBusy(f"another run is writing into the output folder '{out_dir}'; wait for it to finish "
                         f"or choose another folder") from exc
    from .outputs import recover_publish

    recover_publish(out_dir)  # a run killed while publishing is finished first: its temporaries are its files
    for stale in out_dir.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    return handle
