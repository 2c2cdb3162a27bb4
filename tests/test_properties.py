"""Property tests: random and mutated report text never crashes the pipeline, every row keeps its
documented columns and types, and impossible values are flagged instead of reported."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from pipeline.assemble import OUTPUT_COLUMNS
from pipeline.outputs import case_json

BASE = (ROOT / "raw_reports" / "rr07_several_sizes.txt").read_text()
PIECES = ["Ki-67 999%", "a -5-year-old man", "a 150-year-old woman", "0 mm mass", "a 99999 mm mass",
          "positive for CD56", "negative for", "CASE REPORT:", "\nDiscussion\n", "G9", "grade 7",
          "metastases to the", "surgery was deemed", "(", ")", "×", "%", "\t", "\n\n", "12345678901234567890 cm"]
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check_row(row):
    record = case_json(row)
    json.dumps(record)
    assert list(record) == OUTPUT_COLUMNS
    if record["age"] is not None:
        assert 0 < record["age"] <= 120
    for key in ("ki67_low", "ki67_high"):
        if record[key] is not None:
            assert 0 <= record[key] <= 100
    if row["tumor_size_mm"]:
        assert all(0 < float(x) <= 2000 for x in row["tumor_size_mm"].split(" x "))
    assert row["grade"] in (None, "G1", "G2", "G3")
    assert row["metastasis"] in ("yes", "no", "unknown")


@FAST
@given(st.text(max_size=400))
def test_random_unicode_never_crashes(run, text):
    check_row(run(text)[0])


@FAST
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.integers(0, len(BASE)))
def test_mutated_and_truncated_reports(run, pieces, cut):
    check_row(run(BASE[:cut] + " ".join(pieces))[0])


@FAST
@given(st.permutations(BASE.split("\n\n")))
def test_shuffled_sections(run, paragraphs):
    check_row(run("\n\n".join(paragraphs))[0])


def test_impossible_values_are_flagged_not_reported(case):
    row = case("A 150-year-old woman had a 0 mm mass and a Ki-67 index of 999%. A 3000 mm lesion was seen.")
    assert row["age"] is None and row["ki67_high"] is None and row["tumor_size_mm"] is None
    assert {"impossible_age", "impossible_ki67", "impossible_size"} <= set(row["flags"])
