"""Every rules file has a schema: a broken copy of any file stops the CLI with exit 2, an error that
names the file and the key, and the previous outputs exactly as they were."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.rules import DEFAULT_RULES_DIR, RULE_FILES, RulesError, load_rules

REPORTS = {
    "first.txt": "Case presentation\nA 58-year-old man was seen for flushing. A CT scan showed a 31 mm mass in the "
                 "terminal ileum. Biopsy found a well-differentiated neuroendocrine tumour, Ki-67 4%, WHO grade 2, "
                 "positive for synaptophysin and chromogranin A. He had a right hemicolectomy and then octreotide.\n",
    "second.txt": "Case report\nOur patient, a woman aged 44, had epigastric pain for months. Imaging found a "
                  "pancreatic tail lesion of 18 mm and two liver metastases. The tumour stained for CD56 but not "
                  "for CK20. She was started on lanreotide.\n",
}

# (file) -> [(what is broken, key path to set, new value, the key path the error must name)]
MUTATIONS = {
    "reading": [("unknown key", ("match_budget", "per_kbb"), 1, "match_budget.per_kbb"),
                ("wrong type", ("wrap_share",), "0.6", "wrap_share"),
                ("wrong type 2", ("block_tags",), {"p": 1}, "block_tags")],
    "sections": [("unknown key", ("resume_after_back_matter", "min_char"), 400, "resume_after_back_matter.min_char"),
                 ("wrong type", ("furniture_max_line",), "80", "furniture_max_line"),
                 ("bad enum", ("feeds_row", 1), "abstrakt", "feeds_row")],
    "markers": [("unknown key", ("shape",), [], "shape"),
                ("wrong type", ("markers", "CD56"), "cd56", "markers.CD56"),
                ("wrong type 2", ("polarity", "max_gap_tokens"), 2.5, "polarity.max_gap_tokens")],
    "sites": [("unknown key", ("unknown_primary", "phrase"), [], "unknown_primary.phrase"),
              ("wrong type", ("sites",), ["liver"], "sites"),
              ("bad enum", ("part_of", "duodenum"), "small bowel", "part_of.duodenum")],
    "treatments": [("unknown key", ("surgery_sufixes",), ["ectomy"], "surgery_sufixes"),
                   ("wrong type", ("regimens", "folfox"), "fluorouracil", "regimens.folfox"),
                   ("bad enum", ("classes", "chemotherapy", 0), "unobtainium", "classes.chemotherapy[0]")],
    "drug_names": [("unknown key", ("drug_name",), {}, "drug_name"),
                   ("wrong type", ("drug_names", "etoposide"), 5, "drug_names.etoposide"),
                   ("wrong type 2", ("drug_names",), ["etoposide"], "drug_names")],
    "fuzzy": [("unknown key", ("max_edit",), 1, "max_edit"),
              ("wrong type", ("max_edits",), "1", "max_edits"),
              ("bad enum", ("labels", "markers"), "MARKERS", "labels.markers")],
    "metastasis": [("unknown key", ("tnm", "regx"), "", "tnm.regx"),
                   ("wrong type", ("max_list_gap",), -1, "max_list_gap"),
                   ("wrong type 2", ("phrases",), "liver metastasis", "phrases")],
    "context": [("unknown key", ("cues", 3, "directoin"), "forward", "cues[3].directoin"),
                ("wrong type", ("defaults", "max_scope"), "10", "defaults.max_scope"),
                ("bad enum", ("cues", 3, "direction"), "sideways", "cues[3].direction")],
    "patterns": [("unknown key", ("grade", "patterns", 0, "stand_alone"), True, "grade.patterns[0].stand_alone"),
                 ("wrong type", ("age", "max_years"), "120", "age.max_years"),
                 ("bad enum", ("grade", "map", "ii"), "G5", "grade.map.ii")],
    "ner": [("unknown key", ("excluded_word",), [], "excluded_word"),
            ("wrong type", ("context", "SITE"), "organ", "context.SITE"),
            ("bad enum", ("roles", "ORGAN"), "ORGANS", "roles.ORGAN")],
    "histology": [("unknown key", ("precedance",), ["MiNEN"], "precedance"),
                  ("wrong type", ("precedence",), "MiNEN", "precedence"),
                  ("bad enum", ("precedence", 0), "MINEN", "precedence[0]")],
    "mitoses": [("unknown key", ("max_gap",), 40, "max_gap"),
                ("wrong type", ("max_gap_chars",), "40", "max_gap_chars"),
                ("bad enum", ("who_bands", "G4"), {"below": 2}, "who_bands.G4")],
    "syndromes": [("unknown key", ("secreting_word",), [], "secreting_word"),
                  ("wrong type", ("functional", "insulinoma"), "insulin", "functional.insulinoma"),
                  ("wrong type 2", ("hormone_evidence", "words"), "insulin", "hormone_evidence.words")],
    "outcome": [("unknown key", ("duration_reachs",), 1, "duration_reachs"),
                ("wrong type", ("duration_reach",), "150", "duration_reach"),
                ("bad enum", ("units", "decade"), 120, "units.decade")],
}
CASES = [(name, *m) for name, ms in MUTATIONS.items() for m in ms]


def test_every_rules_file_has_its_mutations():
    assert set(MUTATIONS) == set(RULE_FILES)


def test_the_shipped_rules_validate():
    rules = load_rules()
    assert {name: type(rules.model(name)).__name__ for name in RULE_FILES}


def broken_rules(tmp_path: Path, name: str, keys: tuple, value) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    data = json.loads((rules / f"{name}.json").read_text(encoding="utf-8"))
    target = data
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = value
    (rules / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return rules


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """A folder of reports and the outputs of a finished run on it."""
    base = tmp_path_factory.mktemp("previous")
    (base / "in").mkdir()
    for name, text in REPORTS.items():
        (base / "in" / name).write_text(text, encoding="utf-8")
    assert cli.main(["extract", str(base / "in"), "-o", str(base / "out"), "--jobs", "1", "--report-timeout", "0",
                     "--quiet"]) == 0
    return base


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name, what, keys, value, key_path", CASES,
                         ids=[f"{c[0]}-{c[1].replace(' ', '_')}" for c in CASES])
def test_a_broken_rules_file_exits_2_naming_file_and_key_and_keeps_the_outputs(
        tmp_path, previous, capsys, name, what, keys, value, key_path):
    rules = broken_rules(tmp_path, name, keys, value)
    out = tmp_path / "out"
    shutil.copytree(previous / "out", out)
    before = snapshot(out)
    code = cli.main(["extract", str(previous / "in"), "-o", str(out), "--rules", str(rules), "--jobs", "1",
                     "--report-timeout", "0", "--quiet", "--force"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("error: ")
    assert f"{name}.json, {key_path}" in err, err
    assert snapshot(out) == before


@pytest.mark.parametrize("command", ["evaluate", "evaluate-real"])
def test_the_other_commands_with_rules_refuse_a_broken_folder_first(tmp_path, capsys, command):
    rules = broken_rules(tmp_path, "context", ("cues", 0, "direction"), "sideways")
    args = (["evaluate", "--gold", str(tmp_path / "no-gold.csv"), "--pred", str(tmp_path / "no-pred")]
            if command == "evaluate" else ["evaluate-real", "--dev", str(tmp_path / "no-dev"),
                                            "--out", str(tmp_path / "o")])
    assert cli.main([*args, "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    assert "context.json, cues[0].direction: expected one of 'forward', 'backward'" in err
    assert not (tmp_path / "o").exists()


def test_the_error_names_what_was_expected_and_suggests_the_key(tmp_path):
    rules = broken_rules(tmp_path, "treatments", ("surgery_sufixes",), ["ectomy"])
    with pytest.raises(RulesError, match=r"treatments\.json, surgery_sufixes: unknown key \(did you mean "
                                         r"'surgery_suffixes'\?\)"):
        load_rules(rules)


def test_the_command_line_exits_2_in_its_own_process(tmp_path, previous):
    rules = broken_rules(tmp_path, "context", ("cues", 3, "direction"), "sideways")
    out = tmp_path / "out"
    shutil.copytree(previous / "out", out)
    before = snapshot(out)
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(previous / "in"), "-o", str(out),
                           "--rules", str(rules), "--quiet"], check=False, capture_output=True, text=True,
                           timeout=120)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (f"error: {rules / 'context.json'}, cues[3].direction: expected one of "
                                           "'forward', 'backward', 'bidirectional' or 'terminate', got 'sideways'")
    assert snapshot(out) == before


def test_a_regular_expression_that_does_not_compile_is_named(tmp_path):
    rules = broken_rules(tmp_path, "sections", ("furniture", "doi"), r"(?i:doi\s*:")
    with pytest.raises(RulesError, match=r"sections\.json, furniture\.doi: not a valid regular expression"):
        load_rules(rules)


def test_a_name_that_another_rules_file_must_define_is_checked_across_files(tmp_path):
    rules = broken_rules(tmp_path, "metastasis", ("tnm", "node_site"), "lymph nodes")
    with pytest.raises(RulesError, match=r"metastasis\.json, tnm\.node_site: expected a site of rules/sites\.json, "
                                         r"got 'lymph nodes'"):
        load_rules(rules)
