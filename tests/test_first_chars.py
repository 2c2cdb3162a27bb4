"""The outcome extractor's patterns are tried only where their first character can start a match
(regexes.compile_rule, the look-ahead the rule regexes use): their matches must be exactly those of a scan from every
character, on the own-words reports and on texts full of the spellings a first character could miss
(capitals, 'oe'/'ae' words, digits, hyphens)."""
import re
from pathlib import Path

import pytest

from pipeline.extractors.follow_up_time import NEVER
from pipeline.extractors.outcome import OutcomeExtractor
from pipeline.extractors.name_patterns import words_pattern
from pipeline.regexes import compile_rule, first_characters
from pipeline.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
EXTRACTOR = OutcomeExtractor(load_rules())
PATTERNS = {"status_starts": EXTRACTOR.status_starts, "absent_findings": EXTRACTOR.absent_findings,
            "duration": EXTRACTOR.time.duration, "date": EXTRACTOR.time.date, "day_count": EXTRACTOR.time.day_count}
OWN = ["Two years after surgery she was DISEASE-FREE; Twenty-four months later: no recurrence. TUMOR-free.",
       "In May 2019 (3 months later) she DIED; 18-Month follow-up; half a year; a year and a half; 1.5 years.",
       "Post-operative day 10, POSTOPERATIVE DAY 3; Oedema, edema, Stable disease, x3 months, 2.5years.",
       ""]


def _full_scan(pattern: re.Pattern) -> re.Pattern:
    """The pattern without its first-character lookahead ('(?=[...])(?:pattern)')."""
    return re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)\(\?:(.*)\)$", r"\1", pattern.pattern, flags=re.S), pattern.flags)


def _texts() -> list[str]:
    return OWN + [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "raw_reports").glob("*.txt"))]


@pytest.mark.parametrize("name", list(PATTERNS))
def test_first_character_index_equals_a_full_scan(name):
    fast = PATTERNS[name]
    full = _full_scan(fast)
    assert full.pattern != fast.pattern, "the pattern has no first-character lookahead"
    found = 0
    for text in _texts():
        spans = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
        assert spans == [(m.span(), m.groupdict()) for m in full.finditer(text)]
        found += len(spans)
    assert found > 0


def test_an_oe_word_may_start_with_e_and_a_pattern_needs_a_lookbehind():
    assert {"o", "e"} <= set(first_characters(words_pattern(["oedema"]).pattern, re.IGNORECASE))
    assert compile_rule("stable").pattern != "stable"


def test_no_characters_is_no_place_to_start():
    assert not list(compile_rule(NEVER).finditer("day 10, day 11"))
