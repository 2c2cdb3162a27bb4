"""In one process: words per second of the whole extraction next to bare scispaCy tokenisation of
the same texts, peak memory, and seconds per 100 KB of worst-case inputs next to real text."""
from __future__ import annotations

import resource
import time
from itertools import islice, product
from pathlib import Path
from string import ascii_uppercase

import spacy

from ..assemble import CaseAssembler
from ..extract import UsageError
from ..nlp import build_nlp, process
from ..reading import ReportProblem, list_reports, read_report
from ..rules import load_rules


def worst_case_inputs(kb: int) -> dict[str, str]:
    """Generated inputs of about `kb` kilobytes in the shapes that once stalled a run (a dense
    sentence repeated, one line without a break, a 'positive for' list of thousands of markers,
    nested brackets, spaced brackets, sizes joined by ' x ', one sentence of thousands of negated,
    refused, hedged and other patients' findings), text denser in matches than any report (a
    marker with its sign, a bracketed finding, a grade, a size or a table row, over and over), and
    one endless sentence of findings that each used to look at every other."""
    size = kb * 1024

    def repeat(unit: str, sep: str) -> str:
        return sep.join([unit] * (size // (len(unit) + len(sep)) + 1))

    markers = ["chromogranin A", "synaptophysin", "CD56", "CK7", "CDX2", "TTF-1"]
    return {
        "dense_sentences": "Case presentation\n" + repeat(
            "A 54-year-old woman had a Ki-67 of 12% and the tumour was positive for CD56 (+).", "\n"),
        "one_line": "Case presentation " + repeat(
            "The 61-year-old man had a 2.4 cm ileal NET with liver metastases and received octreotide.", " "),
        "marker_list": "Case presentation\nThe tumour cells were positive for " + ", ".join(
            markers * (size // 60 + 1)) + ".",
        "nested_brackets": "Case presentation\n" + "(" * (size // 2) + "chromogranin positive" + ")" * (size // 2),
        "spaced_brackets": "Case presentation\n" + "( " * (size // 4) + "chromogranin positive" + " )" * (size // 4),
        "sizes_by": "Case presentation\nThe mass measured " + " x ".join(["2.5"] * (size // 6)) + " cm.",
        "cue_list": "Case presentation\nThe staging CT showed " + repeat(
            "no liver metastases, she declined everolimus, possible bone metastases, previously reported "
            "patients had lung metastases,", " ") + " and nothing else.",
        "marker_signs": "Case presentation\n" + repeat("CD56+", " "),
        "bracketed_findings": "Case presentation\n" + repeat("(positive for CD56)", " "),
        "grades": "Case presentation\n" + repeat("G2", " "),
        "sizes": "Case presentation\n" + repeat("2.5 cm", " "),
        "table_rows": "Case presentation\n" + repeat("| 54 | F | pancreas | 2.1 cm | 3% | G1 | CgA+ |", "\n"),
        "defined_abbreviations": "Case presentation\n" + " ".join(islice(_abbreviation_definitions(), size // 28)),
        # One endless sentence in which each finding used to look at every other one:
        "capitals": "Case presentation\n" + repeat("NEUROENDOCRINE TUMOUR OF THE PANCREAS", " "),
        "summed_up_sites": "Case presentation\n" + repeat("a nodule in the lung, consistent with metastases,", " "),
        "lesions_in_organs": "Case presentation\n" + repeat("lesions in the liver and", " "),
        "imaging_agents": "Case presentation\n" + repeat("octreotide scan showed uptake and", " "),
        "tnm_stages": "Case presentation\n" + repeat("pT2 N1 M1 (liver)", " "),
        "measured_sizes": "Case presentation\n" + repeat("it measured 2 cm and", " "),
        "numbered_lines": "Case presentation\n" + repeat("1.", "\n"),
        "shared_head_markers": "Case presentation\n" + repeat("CD56 and cytokeratins 7 and 20,", " "),
    }


def _abbreviation_definitions():
    """Thousands of different short forms, each defined and used: 'bax kox zux (BKZ) and BKZ.'"""
    for a, b, c in product(ascii_uppercase, repeat=3):
        yield f"{a.lower()}ax {b.lower()}ox {c.lower()}ux ({a}{b}{c}) and {a}{b}{c}."


def seconds_per_100kb(nlp, assembler, text: str) -> float:
    from ..reading import normalize_text

    t0 = time.perf_counter()
    assembler.assemble("bench", process(nlp, normalize_text(text)))
    return (time.perf_counter() - t0) / (len(text.encode()) / 1024) * 100


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_single(folder: Path, repeat: int = 1) -> dict:
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
    real = "\n\n".join(texts)[:200 * 1024]
    base = seconds_per_100kb(nlp, assembler, real)
    print(f"worst-case inputs (200 KB each), seconds per 100 KB; real reports: {base:.2f}")
    worst = {}
    for name, text in worst_case_inputs(200).items():
        worst[name] = cost = seconds_per_100kb(nlp, assembler, text)
        print(f"  {name:18s} {cost:6.2f}  ({cost / base:.1f}x real text)")
    return {"reports": len(texts), "words": words, "tokenise_words_per_s": round(words / best_tok),
            "extract_words_per_s": round(words / best_ext), "ratio_to_tokenisation": round(best_ext / best_tok, 2),
            "seconds_per_100kb": {"real_text": round(base, 3), **{k: round(v, 3) for k, v in worst.items()}}}
