"""Mutation check: swap each extractor for one that finds nothing and run the extraction tests.

Every test marked with one of that extractor's fields must fail; one that passes asserts only an
absence and lacks its presence twin, so it would pass on a pipeline that extracts nothing."""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import ROOT

pytestmark = pytest.mark.exhaustive  # seven reruns of the extraction tests: `make test-exhaustive`
from pipeline.extractors import EXTRACTORS

MODULES = ["tests/test_demographics.py", "tests/test_ki67_grade.py", "tests/test_markers.py", "tests/test_size.py",
           "tests/test_metastasis.py", "tests/test_treatments.py", "tests/test_context.py",
           "tests/test_context_classes.py", "tests/test_lexicon_probes.py", "tests/test_context_probes.py",
           "tests/test_grids.py", "tests/test_histology_mitoses.py", "tests/test_syndromes_outcome.py"]
MODULES += ["tests/test_grids_treatments.py"]  # h23-trt: treatment and stain-list grids


def run_with_null(name: str, tmp_dir) -> dict:
    out = tmp_dir / f"{name}.json"
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-header",
                    f"--null-extractor={name}", f"--outcomes-json={out}", *MODULES],
                   cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def null_runs(tmp_path_factory):
    tmp_dir = tmp_path_factory.mktemp("null")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(lambda cls: (cls, run_with_null(cls.__name__, tmp_dir)), EXTRACTORS)
        return dict(results)


@pytest.mark.parametrize("cls", EXTRACTORS, ids=lambda c: c.__name__)
def test_a_null_extractor_fails_every_test_of_its_fields(null_runs, cls):
    outcomes = null_runs[cls]
    mine = {test: outcome for test, (outcome, fields) in outcomes.items() if set(fields) & set(cls.fields)}
    assert len(mine) >= 3, f"only {len(mine)} test(s) are marked with {cls.fields}"
    survivors = sorted(test for test, outcome in mine.items() if outcome != "failed")
    assert not survivors, f"these tests pass when {cls.__name__} finds nothing: {survivors}"
