"""`python -m pipeline.bench.tokenise FOLDER`: the baseline process of `make bench`. It reads every
report the way `extract` does and runs scispaCy's tokenizer on it, nothing else, so that the
extraction process can be compared with it whole: start-up, reading and all."""
from __future__ import annotations

import sys
from pathlib import Path


def main(folder: str) -> int:
    import spacy
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    from ..reading import ReportProblem, list_reports, read_report

    nlp = spacy.blank("en")
    nlp.tokenizer = combined_rule_tokenizer(nlp)
    for path in list_reports(Path(folder)):
        try:
            nlp.make_doc(read_report(path).text)
        except ReportProblem:
            continue
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
