"""`make bench`: words per second of the whole extraction next to bare scispaCy tokenisation of
the same texts, in the same run, plus peak memory."""
from __future__ import annotations

import resource
import time
from pathlib import Path

import spacy

from .assemble import CaseAssembler
from .extract import UsageError
from .nlp import build_nlp, process
from .reading import ReportProblem, list_reports, read_report
from .rules import load_rules


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(folder: Path, repeat: int = 1) -> int:
    """Both measurements start cold (spaCy's tokenizer caches what it has seen), on separate
    pipeline objects; with --repeat N each is run N times on fresh objects and the best is kept."""
    from scispacy.custom_tokenizer import combined_rule_tokenizer

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
    warm_up = "Case presentation\nA 50-year-old man had a 2-cm pancreatic NET positive for CD56 (Ki-67 3%)."
    tokenise, extract, memory = [], [], []
    for _ in range(max(1, repeat)):
        bare = spacy.blank("en")
        bare.tokenizer = combined_rule_tokenizer(bare)
        bare.make_doc(warm_up)
        t0 = time.perf_counter()
        for text in texts:
            bare.make_doc(text)
        tokenise.append(time.perf_counter() - t0)

        build_nlp.cache_clear()
        nlp = build_nlp()
        assembler = CaseAssembler(load_rules())
        assembler.assemble("warm-up", process(nlp, warm_up))
        t0 = time.perf_counter()
        for i, text in enumerate(texts):
            assembler.assemble(str(i), process(nlp, text))
            if i % 10 == 0:
                memory.append(_peak_mb())
        extract.append(time.perf_counter() - t0)
    best_tok, best_ext = min(tokenise), min(extract)
    print(f"{len(texts)} reports, {words:,} words, best of {len(extract)} cold pass(es)")
    print(f"bare scispaCy tokenisation: {words / best_tok:10,.0f} words/s")
    print(f"whole extraction:           {words / best_ext:10,.0f} words/s  ({best_ext / best_tok:.2f}x tokenisation)")
    print(f"peak memory: {memory[0]:.0f} MB after the first reports, {memory[-1]:.0f} MB at the end")
    return 0
