"""What run.json records about the code that made a run, so that a table found months later can be
traced to the code and libraries behind it: the git commit of the pipeline (when it runs from a
git checkout) and the versions of Python and of the libraries that shape a row.

Provenance is a courtesy, never a reason to fail: no git, no checkout, a git that hangs or a
library without a version give None, and the run goes on."""
from __future__ import annotations

import platform
import subprocess
from importlib import metadata
from pathlib import Path

# The distributions whose versions change what a row holds (tokenisation, models, tables, schemas).
LIBRARIES = {"spacy": "spacy", "scispacy": "scispacy", "pandas": "pandas", "pydantic": "pydantic"}
GIT_TIMEOUT = 5.0  # seconds; a network file system can make git slow


def code_commit(package_dir: Path | None = None) -> str | None:
    """`git rev-parse HEAD` of the checkout holding the package, with '-dirty' when a tracked file
    has changed; None when the package is not in a git checkout or git is missing."""
    root = Path(package_dir or Path(__file__).resolve().parent).parent
    top = _git(root, "rev-parse", "--show-toplevel")
    if not top or Path(top).resolve() != root.resolve():  # an installed copy inside some other repository
        return None
    head = _git(root, "rev-parse", "HEAD")
    if not head:
        return None
    status = _git(root, "status", "--porcelain", "--untracked-files=no")
    return head + ("-dirty" if status else "") if status is not None else head


def _git(root: Path, *args: str) -> str | None:
    """The command's stripped output, or None when it cannot run or fails."""
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                              timeout=GIT_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def versions() -> dict[str, str | None]:
    """Python's version and each library's installed version (None when it is not installed)."""
    found: dict[str, str | None] = {"python": platform.python_version()}
    for key, distribution in LIBRARIES.items():
        try:
            found[key] = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            found[key] = None
    return found
