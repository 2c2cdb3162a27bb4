"""Progress of a batch on stderr: a tqdm bar on a terminal (reports done/total, words/s, time left),
a plain line every tenth of the batch (or every 30 s) otherwise, nothing when quiet. Problem
lines go through `write` so that they never tear the bar.

The time left is an estimate from the work done, and the first reports are poor evidence: the
first one also pays for loading spaCy in each worker, and with several workers a handful finish
together. Extrapolating from them predicted "about 40 s left" on a 5 s run. So `Estimate` says
nothing about the time left until a few reports have run and a couple of seconds have passed,
and measures the pace from the first report's end, not from the start (the start-up cost does not
repeat). Reports that came from the cache take no time: they neither count toward the words/s
nor toward the pace, and what remains is only the reports still to run (a cached re-run once
reported 300k words/s)."""
from __future__ import annotations

import sys
import time
from collections.abc import Callable

# Evidence needed before the time left is guessed: this many reports run after the first one,
# over at least this many seconds.
MIN_REPORTS_FOR_ETA = 3
MIN_SECONDS_FOR_ETA = 2.0


class Estimate:
    """Words/s and time left from the reports that ran (not from those the cache gave back).

    `to_run` is how many reports the batch will actually run; `clock` returns seconds (a fake
    clock in tests)."""

    def __init__(self, to_run: int, clock: Callable[[], float] = time.monotonic):
        self.to_run, self.clock = to_run, clock
        self.t0 = clock()
        self.first_done: float | None = None  # when the first report that ran ended
        self.ran = self.cached = self.words = 0

    def update(self, words: int, cached: bool = False) -> None:
        if cached:
            self.cached += 1
            return
        self.ran += 1
        self.words += words
        if self.first_done is None:
            self.first_done = self.clock()

    def words_per_second(self) -> float | None:
        elapsed = self.clock() - self.t0
        if not self.ran or elapsed <= 0:
            return None
        return self.words / elapsed

    def seconds_left(self) -> float | None:
        """None until there is enough evidence; 0 when nothing is left to run."""
        if self.ran >= self.to_run:
            return 0.0
        if self.first_done is None:
            return None
        since_first = self.clock() - self.first_done
        paced = self.ran - 1  # the reports that ended after the first one
        if paced < MIN_REPORTS_FOR_ETA or since_first < MIN_SECONDS_FOR_ETA:
            return None
        return (self.to_run - self.ran) * since_first / paced

    def describe(self) -> str:
        """'1,234 words/s, about 12 s left', or what can be said so far."""
        parts = []
        rate = self.words_per_second()
        if rate is not None:
            parts.append(f"{rate:,.0f} words/s")
        left = self.seconds_left()
        if left is None:
            parts.append("estimating the time left")
        elif self.ran < self.to_run:
            parts.append(f"about {left:.0f} s left" if left >= 1 else "less than 1 s left")
        return ", ".join(parts)


class Progress:
    def __init__(self, total: int, stream=sys.stderr, quiet: bool = False, cached: int = 0,
                 clock: Callable[[], float] = time.monotonic):
        """`total` reports, of which `cached` come from the cache."""
        self.total, self.stream, self.quiet = total, stream, quiet or stream is None
        self.done = 0
        self.clock = clock
        self.estimate = Estimate(total - cached, clock)
        self.last = clock()
        self.bar = None
        if not self.quiet and hasattr(stream, "isatty") and stream.isatty():
            from tqdm import tqdm

            # tqdm's own rate and time left would count the cached reports: ours replace them.
            self.bar = tqdm(total=total, file=stream, unit="report", dynamic_ncols=True, mininterval=0.5,
                            bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}{postfix}]")

    def update(self, words: int, cached: bool = False) -> None:
        self.done += 1
        self.estimate.update(words, cached)
        if self.bar is not None:
            self.bar.set_postfix_str(self.estimate.describe(), refresh=False)
            self.bar.update(1)
        elif not self.quiet:
            now = self.clock()
            step = max(1, self.total // 10)
            if self.done == self.total or self.done % step == 0 or now - self.last > 30:
                self.last = now
                print(self.line(), file=self.stream, flush=True)

    def line(self) -> str:
        from_cache = f" ({self.estimate.cached} from the cache)" if self.estimate.cached else ""
        said = self.estimate.describe()
        return f"progress: {self.done}/{self.total} reports{from_cache}" + (f", {said}" if said else "")

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
