"""`rules_dir` (the CLI's --rules) reaches every stage: for each rules file, one edit in a copy of
it changes the extracted row the way the edit says, through the API's extract_texts."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.api import extract_texts
from pipeline.rules import DEFAULT_RULES_DIR, RULE_FILES, load_rules
from sampling import sampled

REPORT = ("Case presentation\nA 58-year-old man was seen for flushing. A CT scan showed a mass of 3,1 cm in the "
          "terminal ileum and two liver metastases. Biopsy found a well-differentiated neuroendocrine tumour, "
          "Ki-67 4%, WHO grade 2, positive for synaptophysn and CD56. He had a right hemicolectomy and was then "
          "treated with zorbex. He declined chemotherapy. The tumour had 3 mitoses per 10 high-power fields. "
          "Genetic testing confirmed MEN1. Two years later he was alive without recurrence.\n")


def _no_decimal_comma_before_cm(d):
    d["decimal_comma_units"].remove("cm")  # '3,1 cm' is no longer 3.1 cm


def _case_header_is_discussion(d):
    d["classes"]["case"].remove("case presentation")
    d["classes"]["discussion"].append("case presentation")  # the whole case is now discussion


def _no_cd56(d):
    d["markers"].pop("CD56")
    d["shapes"] = []
    d["symbol_shape"] = ""  # r12-mk: nor a symbol beside a known stain


def _no_colectomy(d):
    d["surgery_suffixes"] = []
    d["treatments"]["surgery"] = [w for w in d["treatments"]["surgery"] if not w.endswith("colectomy")]


def _no_metastasis_nouns(d):
    d["lesion_nouns"] = [w for w in d["lesion_nouns"] if "metasta" not in w]
    d["prefixes"] = []


def _no_refusal(d):
    d["cues"] = [c for c in d["cues"] if c["category"] != "REFUSED"]


# rules file -> (the edit, the column, its value with the shipped rules, its value with the edit)
EDITS = {
    "reading": (_no_decimal_comma_before_cm, "tumor_size_mm", [31.0], []),
    "sections": (_case_header_is_discussion, "treatments", ["surgery"], []),
    "markers": (_no_cd56, "markers_positive", ["synaptophysin", "CD56"], ["synaptophysin"]),
    "sites": (lambda d: d["sites"]["colon"].append("terminal ileum"), "primary_site", "ileum", "colon"),
    "treatments": (_no_colectomy, "treatments", ["surgery"], []),
    "drug_names": (lambda d: d["drug_names"]["etoposide"].append("zorbex"), "treatments", ["surgery"],
                   ["surgery", "etoposide"]),
    "fuzzy": (lambda d: d.update(max_edits=0, max_edits_long=0), "markers_positive", ["synaptophysin", "CD56"],
              ["CD56"]),
    "metastasis": (_no_metastasis_nouns, "metastasis_sites", ["liver"], []),
    "context": (_no_refusal, "treatments", ["surgery"], ["surgery", "chemotherapy"]),
    "patterns": (lambda d: d["age"].update(max_years=50), "age", 58.0, None),
    "ner": (lambda d: d["excluded_words"].append("synaptophysn"), "markers_positive", ["synaptophysin", "CD56"],
            ["CD56"]),
    "histology": (lambda d: d.update(specific={"NET": []}, generic={"NET": []}), "histology", "NET", None),
    "mitoses": (lambda d: d.update(count_words=["mitotic count"]), "mitoses_low", 3.0, None),
    "syndromes": (lambda d: d["hereditary"].pop("MEN1"), "hereditary_syndrome", ["MEN1"], []),
    "outcome": (lambda d: d["statuses"].update({"alive, no disease": ["free of disease"]}), "outcome",
                "alive, no disease", "alive with disease"),  # the recurrence word alone is left: disease
}


def test_every_rules_file_has_an_edit():
    assert set(EDITS) == set(RULE_FILES)


def edited_rules(tmp_path: Path, name: str, edit) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    data = json.loads((rules / f"{name}.json").read_text(encoding="utf-8"))
    edit(data)
    (rules / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return rules


def cell(rules_dir: str, column: str):
    extraction = extract_texts({"r": REPORT}, rules_dir=rules_dir)
    assert extraction.problems.empty, extraction.problems.to_dict("records")
    value = extraction.cases.iloc[0][column]
    return None if not isinstance(value, list) and pd.isna(value) else value  # NA, NaN: empty


@pytest.fixture(scope="module")
def shipped():
    extraction = extract_texts({"r": REPORT})
    return extraction.cases.iloc[0].to_dict()


# Four files of different stages (sections, context, a vocabulary, a field's rules) run in `make test`, every
# file in `make test-exhaustive` (a rules folder copied and an extraction run per file; tests/sampling.py).
QUICK_EDITS = ("sections", "context", "treatments", "outcome")


@pytest.mark.parametrize("name", sampled(sorted(EDITS), QUICK_EDITS))
def test_an_edit_in_a_copied_rules_file_changes_the_row(tmp_path, shipped, name):
    edit, column, before, after = EDITS[name]
    assert shipped[column] == before
    assert cell(str(edited_rules(tmp_path, name, edit)), column) == after


def test_every_stage_gets_the_one_loaded_rules_object(tmp_path):
    """Components are configured with the folder (spaCy configs are serialisable) and call
    load_rules, which gives the object already loaded and validated, not a new read."""
    from pipeline.runners.worker import _current_pipeline

    rules = edited_rules(tmp_path, "patterns", lambda d: None)
    first = load_rules(rules)
    assert load_rules(str(rules)) is first
    assert load_rules(rules) is not load_rules()
    _, assembler = _current_pipeline(str(rules), "")
    assert assembler.rules is first  # the extractors are built from it and the report views read it


def test_no_stage_falls_back_to_the_default_rules_when_a_folder_is_given(tmp_path, monkeypatch):
    """Every load during an extraction with rules_dir reads that folder, never the shipped rules/
    (the loader is watched where every load_rules call ends, whatever module imported it)."""
    import traceback

    import pipeline.rules as rules_module

    rules = edited_rules(tmp_path, "patterns", lambda d: None)
    load, callers = rules_module._load_rules, set()

    def watched(directory, stamps):
        if directory == DEFAULT_RULES_DIR:
            frames = [f"{f.filename.split('/pipeline/')[-1]}:{f.lineno}" for f in traceback.extract_stack()
                      if "/pipeline/" in f.filename and not f.filename.endswith("rules.py")]
            callers.add(" -> ".join(frames[-3:]))
        return load(directory, stamps)

    monkeypatch.setattr(rules_module, "_load_rules", watched)
    extract_texts({"r": REPORT}, rules_dir=str(rules))
    assert not callers
