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


def marker_probe(canonical, syn):
    return f"On immunohistochemistry the tumour cells were diffusely positive for {syn} (Figure 2)."


def treatment_probe(canonical, syn):
    return f"Because of the tumour, the patient was treated with {syn} in our hospital."


PRENOMINAL_SITES = {"skull base"}  # needed where it names the metastasis: 'skull base metastases'


def site_probe(canonical, syn):
    primary = "gastric" if canonical == "ileum" else "ileal"
    prenominal = syn.endswith(ADJECTIVE_ENDINGS) or syn in PRENOMINAL_SITES
    where = f"{syn} metastases were found" if prenominal else f"metastases were found in the {syn}"
    return f"A 50-year-old man had an {primary} NET. On staging CT, {where}."


@pytest.mark.parametrize("rules_file, field, probe", [
    pytest.param(name, field, probe, marks=pytest.mark.fields(field), id=name)
    for name, field, probe in (("markers", "markers_positive", marker_probe), ("treatments", "treatments", treatment_probe),
                               ("drug_names", "treatments", treatment_probe),
                               ("sites", "metastasis_sites", site_probe))
])
def test_every_synonym_is_read_as_its_canonical_name(case, rules_file, field, probe):
    failures = []
    for canonical, syn in lexicon(rules_file, rules_file):
        got = case(probe(canonical, syn))[field]
        if canonical not in got:
            failures.append(f"{syn!r} -> expected {canonical!r}, got {got}")
    assert not failures, failures
