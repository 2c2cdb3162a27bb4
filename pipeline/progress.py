"""Progress of a batch on stderr: a tqdm bar on a terminal (reports done/total, words/s, ETA),
a plain line every tenth of the batch (or every 30 s) otherwise, nothing when quiet. Problem
lines go through `write` so that they never tear the bar."""
from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, total: int, stream=sys.stderr, quiet: bool = False):
        self.total, self.stream, self.quiet = total, stream, quiet or stream is None
        self.done = self.words = 0
        self.t0 = self.last = time.monotonic()
        self.bar = None
        if not self.quiet and hasattr(stream, "isatty") and stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=stream, unit="report", dynamic_ncols=True, mininterval=0.5)

    def update(self, words: int) -> None:
        self.done += 1
        self.words += words
        rate = self.words / max(1e-9, time.monotonic() - self.t0)
        if self.bar is not None:
            self.bar.set_postfix_str(f"{rate:,.0f} words/s", refresh=False)
            self.bar.update(1)
        elif not self.quiet:
            now = time.monotonic()
            step = max(1, self.total // 10)
            if self.done == self.total or self.done % step == 0 or now - self.last > 30:
                self.last = now
                left = (self.total - self.done) * (now - self.t0) / self.done
                print(f"progress: {self.done}/{self.total} reports, {rate:,.0f} words/s, about {left:.0f} s left",
                      file=self.stream, flush=True)

    def write(self, line: str) -> None:
        if self.stream is None:
            return
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
