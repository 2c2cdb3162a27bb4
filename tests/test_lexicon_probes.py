"""Every synonym in the marker, treatment and site lexicons is reachable: a sentence in our own
words that uses it yields its canonical name. This is the example that makes a vocabulary entry
'needed' (see make ablation): deleting the synonym fails its probe."""
import json

import pytest

from conftest import ROOT

ADJECTIVE_ENDINGS = ("al", "ic", "ar", "ary", "ous", "eal", "ine")


def lexicon(name, key):
    data = json.loads((ROOT / "rules" / f"{name}.json").read_text())[key]
    return [(canonical, syn) for canonical, syns in data.items() if not canonical.startswith("_") for syn in syns]


def failures(probes):
    bad = [f"{syn!r} -> expected {want!r}, got {got}" for syn, want, got in probes if want not in got]
    return bad


@pytest.mark.fields("markers_positive")
def test_every_marker_synonym_is_read_as_its_canonical_name(case):
    probes = []
    for canonical, syn in lexicon("markers", "markers"):
        row = case(f"On immunohistochemistry the tumour cells were diffusely positive for {syn} (Figure 2).")
        probes.append((syn, canonical, row["markers_positive"]))
    assert not failures(probes), failures(probes)


@pytest.mark.fields("treatments")
def test_every_treatment_synonym_is_read_as_its_canonical_name(case):
    probes = []
    for canonical, syn in lexicon("treatments", "treatments"):
        row = case(f"Because of the tumour, the patient was treated with {syn} in our hospital.")
        probes.append((syn, canonical, row["treatments"]))
    assert not failures(probes), failures(probes)


@pytest.mark.fields("metastasis_sites")
def test_every_site_synonym_is_read_as_its_canonical_name(case):
    probes = []
    for canonical, syn in lexicon("sites", "sites"):
        primary = "gastric" if canonical == "ileum" else "ileal"
        where = f"{syn} metastases were found" if syn.endswith(ADJECTIVE_ENDINGS) else f"metastases were found in the {syn}"
        row = case(f"A 50-year-old man had an {primary} NET. On staging CT, {where}.")
        probes.append((syn, canonical, row["metastasis_sites"]))
    assert not failures(probes), failures(probes)
