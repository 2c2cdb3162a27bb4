"""Tests, example reports and rules are written in the team's own words: none shares a run of seven
words with a report of ../shared/corpus, so that passing them says something about unseen text."""
import re

import pytest

from conftest import ROOT
from pipeline.settings import gate_setting

RUN = 7


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def runs(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


@pytest.fixture(scope="module")
def corpus_runs():
    corpus = gate_setting()["corpus"]
    reports = sorted(corpus.glob("*.txt"))
    if not reports:
        pytest.fail(f"own-words check: no reports in the shared corpus ({corpus})")
    found = set()
    for path in reports:
        found |= runs(path.read_text(encoding="utf-8", errors="replace"))
    return found


OWN_FILES = sorted([*(ROOT / "tests").glob("*.py"), *(ROOT / "raw_reports").glob("*.txt"),
                    *(ROOT / "rules").glob("*.json"), ROOT / "README.md",
                    *(ROOT / "docs").glob("*.md")])  # the README's design and measurements moved to docs/


@pytest.mark.parametrize("path", OWN_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_seven_word_run_is_copied_from_the_shared_corpus(corpus_runs, path):
    copied = sorted(" ".join(r) for r in runs(path.read_text(encoding="utf-8")) & corpus_runs)
    assert not copied, f"{path.name} shares {len(copied)} seven-word run(s) with ../shared/corpus: {copied[:5]}"


def test_the_check_finds_a_copied_run():
    source = "one two three four five six seven eight"
    assert runs(source) & runs("x one two three four five six seven y")
    assert not runs(source) & runs("one two three four five six eight seven")
