"""`make bench`: words per second of the whole extraction next to bare scispaCy tokenisation of
the same texts, in the same run, plus peak memory."""
from __future__ import annotations

import resource
import time
from pathlib import Path

from .assemble import CaseAssembler
from .extract import UsageError
from .nlp import build_nlp, process
from .reading import ReportProblem, list_reports, read_report
from .rules import load_rules


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(folder: Path, repeat: int = 1) -> int:
    paths = list_reports(Path(folder))
    if not paths:
        raise UsageError(f"the folder '{folder}' holds no .txt reports")
    texts = []
    for path in paths:
        try:
            texts.append(read_report(path).text)
        except ReportProblem:
            continue
    words = sum(len(t.split()) for t in texts) * repeat
    nlp = build_nlp()
    assembler = CaseAssembler(load_rules())
    process(nlp, texts[0])  # warm-up: lazy regex compilation and vocab growth

    t0 = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            nlp.make_doc(text)
    tokenise = time.perf_counter() - t0

    memory = []
    t0 = time.perf_counter()
    for _ in range(repeat):
        for i, text in enumerate(texts):
            assembler.assemble(str(i), process(nlp, text))
            if i % 10 == 0:
                memory.append(_peak_mb())
    extract = time.perf_counter() - t0

    print(f"{len(texts)} reports, {words:,} words")
    print(f"bare scispaCy tokenisation: {words / tokenise:10,.0f} words/s")
    print(f"whole extraction:           {words / extract:10,.0f} words/s  ({extract / tokenise:.2f}x tokenisation)")
    print(f"peak memory: {memory[0]:.0f} MB after the first reports, {memory[-1]:.0f} MB at the end")
    return 0
