"""Issue #8: every real-world report shape stands in at least two example reports of our own, and
the pipeline gets those reports right (the raw_reports gate in test_corpus_gate.py scores them)."""
import pytest

from example_shapes import SHAPES, coverage, example_reports

COVERAGE = coverage()


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_shape_has_two_example_reports(shape):
    assert len(COVERAGE[shape]) >= 2, f"{shape}: only {COVERAGE[shape]}"


def test_the_shape_checks_are_not_trivially_true():
    """A check that every report passes shows nothing about the shape."""
    total = len(example_reports())
    assert not [shape for shape, ids in COVERAGE.items() if len(ids) == total]
