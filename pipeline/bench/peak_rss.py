"""`python pipeline/bench/peak_rss.py RESULT CMD...` runs CMD and writes its wall seconds and peak
RSS to RESULT (JSON). It is run as a script, not with -m: importing the package would make this
launcher as big as the bench, and its memory would count as its child's.

The bench launches every measured process through this small one: Linux counts in a process's
ru_maxrss the memory of the process image it exec'd from, so an `extract` started straight from the
bench (which holds a pipeline and 200 KB worst-case documents) would report the bench's memory, not
its own, and 53 and 848 reports would look alike whatever they cost."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    result, command = Path(argv[0]), argv[1:]
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    result.write_text(json.dumps({"seconds": time.perf_counter() - t0, "peak_rss_kb": usage.ru_maxrss, "exit": code}))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
