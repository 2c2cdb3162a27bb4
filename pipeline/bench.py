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


def run_bench(folder: Path, repeat: int = 3) -> int:
    """Best of `repeat` alternating passes of each, so a busy machine skews both alike."""
    paths = list_reports(Path(folder))
    if not paths:
        raise UsageError(f"the folder '{folder}' holds no .txt reports")
    texts = []
    for path in paths:
        try:
            texts.append(read_report(path).text)
        except ReportProblem:
            continue
    words = sum(len(t.split()) for t in texts)
    nlp = build_nlp()
    assembler = CaseAssembler(load_rules())
    process(nlp, texts[0])  # warm-up: lazy regex compilation and vocab growth

    tokenise, extract, memory = [], [], []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        for text in texts:
            nlp.make_doc(text)
        tokenise.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for i, text in enumerate(texts):
            assembler.assemble(str(i), process(nlp, text))
            if i % 10 == 0:
                memory.append(_peak_mb())
        extract.append(time.perf_counter() - t0)
    best_tok, best_ext = min(tokenise), min(extract)
    print(f"{len(texts)} reports, {words:,} words, best of {len(extract)} pass(es)")
    print(f"bare scispaCy tokenisation: {words / best_tok:10,.0f} words/s")
    print(f"whole extraction:           {words / best_ext:10,.0f} words/s  ({best_ext / best_tok:.2f}x tokenisation)")
    print(f"peak memory: {memory[0]:.0f} MB after the first reports, {memory[-1]:.0f} MB at the end")
    return 0
