"""The speed-ups change nothing but speed: the same matches, the same abbreviations, the same sentences."""
import re

import pytest
import spacy
from scispacy.abbreviation import AbbreviationDetector
from scispacy.custom_tokenizer import combined_rule_tokenizer

from pipeline.abbreviations import BoundedAbbreviationDetector
from pipeline.budget import MatchBudget
from pipeline.nlp import process
from pipeline.regexes import compile_rule, first_characters
from pipeline.rules import load_rules

REPORT = (
    "A 58-year-old man (M/58) was referred with flushing. Computed tomography (CT) showed a 3.2 x 2.1 cm "
    "mass in the terminal ileum and two hypodense liver lesions; a repeat CT three months later and a "
    "gallium-68 DOTATATE positron emission tomography (PET) scan confirmed them. Somatostatin receptor "
    "scintigraphy (SRS) was not done. The tumour was a well-differentiated neuroendocrine tumour (NET), "
    "WHO grade 2, G2, Ki-67 index 7%, and 5% of tumour cells were positive for MIB-1. The NET stained for "
    "chromogranin A (CgA) and synaptophysin (Syn); CgA was strong. Aged 58 years, at the age of 57 he had "
    "an intermediate-grade lesion elsewhere (pT3 N1 M1). Octreotide LAR (long-acting release) followed, "
    "then 177Lu-DOTATATE in four cycles. A 61 yo woman, F/61, in her 62nd year, was the control (CT, PET).\n"
)


def rule_regexes():
    """(name, pattern, flags) of every regex in rules/patterns.json that is searched over a whole report."""
    patterns = load_rules()["patterns"]
    for field, cfg in patterns.items():
        if not isinstance(cfg, dict):
            continue
        for key in ("keyword", "reverse", "trigger", "value", "regex"):
            if key in cfg:
                yield f"{field}.{key}", cfg[key], re.IGNORECASE
        for entry in cfg.get("patterns", []):
            yield f"{field}.{entry['id']}", entry["regex"], 0 if entry.get("case_sensitive") else re.IGNORECASE


@pytest.mark.parametrize("name, pattern, flags", list(rule_regexes()), ids=lambda v: v if isinstance(v, str) else "")
def test_a_rule_regex_with_its_first_character_look_ahead_finds_the_same_matches(name, pattern, flags):
    plain, fast = re.compile(pattern, flags), compile_rule(pattern, flags)
    text = REPORT * 3 + REPORT.upper()
    expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected


def test_the_rule_regexes_find_something_in_the_test_report():
    """Otherwise the test above would compare two empty lists."""
    found = {name for name, pattern, flags in rule_regexes() if re.search(pattern, REPORT, flags)}
    assert {"ki67.keyword", "ki67.reverse", "age.trigger", "age.age_year_old", "grade.grade_g"} <= found


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\b(?:ki-?67|mib-?1)\b", re.IGNORECASE, "[km]"),
    (r"(?<![\w-])G(?P<g>[123])", 0, "[G]"),
    (r"(?:WHO\s+)?grade\s*\d", 0, "[Wg]"),
    (r"(?P<op><|>)?\s*\d+%", 0, r"[<>\d\s]"),
    (r"year|\by\b|month|/\s*[mf]", re.IGNORECASE, "[/my]"),
])
def test_first_characters_of_a_pattern(pattern, flags, expected):
    assert first_characters(pattern, flags) == expected


@pytest.mark.parametrize("pattern", [
    r"\w+ly",               # a word character: nearly anything
    r"(?:at\s+)?",          # can match the empty string
    r".?grade",             # any character
    r"[^a-z]grade",         # a negated class
    r"x(?i:y)|(?i:grade)",  # a case rule of its own that a look-ahead could not state
])
def test_patterns_that_may_start_anywhere_get_no_look_ahead(pattern):
    assert first_characters(pattern) is None
    assert compile_rule(pattern).pattern == pattern


def test_linear_abbreviation_search_finds_what_scispacy_finds():
    nlp = spacy.blank("en")
    nlp.tokenizer = combined_rule_tokenizer(nlp)
    scispacy, ours = AbbreviationDetector(nlp), BoundedAbbreviationDetector(nlp, "bounded", MatchBudget(10**9, 0))

    def pairs(doc):
        return sorted((s.start, s.end, s.text, s._.long_form.text) for s in doc._.abbreviations)

    expected = pairs(scispacy(nlp.make_doc(REPORT)))
    assert ("CT", "Computed tomography") in {(short, long) for _, _, short, long in expected}
    assert sum(short == "CT" for _, _, short, _ in expected) == 3  # its definition and every later use
    assert pairs(ours(nlp.make_doc(REPORT))) == expected


FLAT_PAGE = (
    "Rare tumours of the gut: a report. Abstract Background: Such tumours are rare.  Case presentation A "
    "47-year-old woman had pain. 2. CASE DESCRIPTION She was well.   Results: none. [3] Discussion: the "
    "lesion was small. 12. Follow-up and outcome She is alive. We treated a 70-year-old man with the same "
    "tumour.  3. Conclusions The report ends! Keywords: ileum; carcinoid. 4. REFERENCES 1. Smith J. 5 mm."
)


@pytest.mark.parametrize("shape", ["flat_header", "numbered_flat_header", "colon_flat_header"])
def test_header_search_at_candidate_offsets_equals_a_full_scan(shape):
    from pipeline.header_grammar import SPACE_BEFORE_DIGIT, finditer_at, sentence_starts
    from pipeline.sections import SectionSplitter

    regex = getattr(SectionSplitter(load_rules()).grammar, shape)
    for text in (FLAT_PAGE, FLAT_PAGE.replace("  ", " "), FLAT_PAGE.upper(), "Discussion: " + FLAT_PAGE):
        starts = sorted({0, *sentence_starts(text), *(m.end() for m in SPACE_BEFORE_DIGIT.finditer(text))})
        expected = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in finditer_at(regex, text, starts)] == expected
    assert [m.span() for m in regex.finditer(FLAT_PAGE)]  # the page holds headers of this shape


def test_sentence_starts_are_where_the_look_behinds_hold():
    import re as regex

    from pipeline.header_grammar import sentence_starts

    holds = regex.compile(r"(?:(?<=[.!?\]]\s)|(?<=\s\s))")
    assert sentence_starts(FLAT_PAGE) == [m.start() for m in holds.finditer(FLAT_PAGE)]


def test_the_lexicon_ruler_gets_its_patterns_from_the_tokenizer_alone(nlp):
    """spaCy's SpanRuler would run the components before it on every pattern; matches are the same."""
    doc = process(nlp, "Case presentation\nThe tumour was positive for chromogranin A and CD56 but not CK7.")
    assert [(s.text, s.label_) for s in doc.spans["lexicon"] if s.label_ == "MARKER"] == \
        [("chromogranin A", "MARKER"), ("CD56", "MARKER"), ("CK7", "MARKER")]


def test_the_bench_baseline_process_tokenises_every_report(tmp_path):
    from pipeline.bench.tokenise import main

    (tmp_path / "a.txt").write_text("Case presentation\nA 50-year-old man had an ileal NET.\n")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00broken")
    assert main(str(tmp_path)) == 0


def test_patterns_searched_near_their_needle_find_what_a_full_search_finds(nlp, assembler):
    from pipeline.extractors import ReportView
    from pipeline.nlp import process

    text = ("Case presentation\nThe cells expressed estrogen and progesterone receptors and cytokeratins 7 and 20, "
            "not somatostatin receptors 2 and 5. She later received [177Lu]Lu-DOTA-TATE and 90Y-DOTATOC, and "
            "a 68Ga-DOTANOC PET was clear; androgen receptors were absent. " * 3)
    report = ReportView(process(nlp, text), assembler.rules)
    markers = next(e for e in assembler.extractors if type(e).__name__ == "MarkerExtractor")
    treatments = next(e for e in assembler.extractors if type(e).__name__ == "TreatmentExtractor")
    searches = [(rx, (needs,), markers.shared_head_reach) for rx, _, needs in markers.elliptical] + \
               [(treatments.nuclide, treatments.nuclide_needs, treatments.nuclide_reach)]
    found = 0
    for regex, needles, reach in searches:
        expected = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in report.finditer_near(regex, needles, reach, reach, "test")] == expected
        found += len(expected)
    assert found >= 15


def test_a_text_whose_lower_case_changes_length_is_searched_whole(nlp, assembler):
    from pipeline.extractors import ReportView
    from pipeline.nlp import process

    report = ReportView(process(nlp, "Case presentation\nİstanbul: estrogen and progesterone receptors."),
                        assembler.rules)
    assert report.windows_around(("receptors",), 10, 10) == [(0, len(report.text))]


def test_tokens_of_a_character_range_are_the_ones_char_span_expands_to(nlp):
    """Every start and end offset of a report with spaces, line breaks, brackets and a trailing space."""
    from pipeline.extractors.base import ReportView

    text = "Case presentation\nA  62-year-old man (MIB-1 <2%)\n\nhad CD56+, CK7- cells;  4.1 × 2.7 cm. "
    doc = process(nlp, text)
    report = ReportView(doc, load_rules())
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                first = next((t.i for t in doc if t.idx + len(t.text) > start), len(doc) - 1)
                expected = (first, first + 1)
            else:
                expected = (span.start, span.end)
            assert report.tokens_of(start, end) == expected, (start, end, text[start:end])


def test_mitotic_counts_searched_near_their_count_word_are_those_of_a_full_search(nlp, assembler):
    """The mitoses shapes run only around a count word (MitosesExtractor, NEAR_BEFORE/NEAR_AFTER):
    on text with counts of every shape, ranges, bounds and areas, they find what a full search finds."""
    from pipeline.extractors import ReportView
    from pipeline.extractors.mitoses import NEAR_AFTER, NEAR_BEFORE
    from pipeline.nlp import process

    text = ("Case presentation\nThe resected tumour showed 2-4 mitoses per 10 high-power fields. Elsewhere the "
            "mitotic count was <2/2 mm2, and a mitotic rate of 5/mm2 was noted in the node; no mitoses were seen "
            "in the margin. Mitotic activity: 12 per 50 HPF. " * 3)
    report = ReportView(process(nlp, text), assembler.rules)
    mitoses = next(e for e in assembler.extractors if type(e).__name__ == "MitosesExtractor")
    found = 0
    for _, regex in mitoses.shapes:
        expected = [m.span() for m in regex.finditer(text)]
        near = report.finditer_near(regex, mitoses.needles, NEAR_BEFORE, NEAR_AFTER, "test")
        assert [m.span() for m in near] == expected
        found += len(expected)
    assert found >= 12
