"""A mention's status: ConText decides when the mention is made, and a field overrules it only
through Mention.overrule, which checks the status and keeps the verdict it replaces, so that
mentions.csv shows both (r10-a)."""
import ast
import csv
from pathlib import Path

import pytest

from conftest import ROOT
from pipeline.context_status import STATUSES
from pipeline.extract import run_batch
from pipeline.extractors.mention import Mention
from pipeline.outputs import MENTION_COLUMNS


def _mention(status="affirmed", reason=""):
    return Mention(field="grade", value="grade 2", normalized="G2", start=0, end=7, sentence_start=0,
                   sentence_end=20, section="case", status=status, rule="grade", text="grade 2", rank=0,
                   reason=reason)


def test_overrule_keeps_the_first_verdict_and_only_the_first():
    m = _mention("affirmed", "scope_ended_by:but (negated:no)")
    assert m.context_status == ""
    m.overrule("negated", "no_tumour_word")
    assert (m.status, m.reason) == ("negated", "no_tumour_word")
    assert m.context_status == "affirmed (scope_ended_by:but (negated:no))"
    m.overrule("other_patient", "report title")  # a second judgement: ConText's verdict stays the one kept
    assert (m.status, m.reason) == ("other_patient", "report title")
    assert m.context_status == "affirmed (scope_ended_by:but (negated:no))"


def test_a_verdict_with_no_reason_is_kept_as_its_status():
    m = _mention("negated", "")
    m.overrule("affirmed", "finding_absent:")
    assert m.context_status == "negated"


def test_an_unknown_status_raises_and_changes_nothing():
    m = _mention("affirmed", "")
    with pytest.raises(ValueError, match="unknown status 'denied'"):
        m.overrule("denied", "typo")
    assert (m.status, m.reason, m.context_status) == ("affirmed", "", "")


def test_every_status_the_project_knows_is_accepted():
    for status in STATUSES:
        m = _mention()
        m.overrule(status, "why")
        assert m.status == status


def test_no_extractor_sets_a_status_but_through_overrule():
    """The audit holds only if no extractor assigns `.status` itself (alone or in a tuple)."""
    found = []
    for path in sorted((ROOT / "pipeline" / "extractors").glob("*.py")):
        if path.name == "mention.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
            for target in targets:
                for t in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if isinstance(t, ast.Attribute) and t.attr == "status":
                        found.append(f"{path.name}:{node.lineno}")
    assert found == []


@pytest.mark.fields("grade")
def test_mentions_csv_shows_what_context_said_beside_the_overruled_status(tmp_path):
    """In own words: an affirmed tumour grade and a grade of oesophagitis that the grade rule negates
    (not_tumour_grade); only the overruled one has its context_status filled (ConText said affirmed)."""
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "own.txt").write_text(
        "A case of a pancreatic neuroendocrine tumour\n\nCase presentation\n"
        "A 54-year-old man had a 2 cm pancreatic neuroendocrine tumour resected. The Ki-67 index was 4%, "
        "WHO grade 2. Endoscopy before surgery had shown grade 2 oesophagitis.\n", encoding="utf-8")
    assert run_batch(reports, tmp_path / "out", log=None).exit_code == 0
    with (tmp_path / "out" / "mentions.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == MENTION_COLUMNS
        assert MENTION_COLUMNS.index("context_status") == MENTION_COLUMNS.index("reason") + 1
        grades = {m["text"]: m for m in reader if m["field"] == "grade"}
    assert set(grades) == {"WHO grade 2", "grade 2"}
    tumour, oesophagitis = grades["WHO grade 2"], grades["grade 2"]
    assert (tumour["status"], tumour["kept"], tumour["context_status"]) == ("affirmed", "yes", "")
    assert oesophagitis["status"] == "negated" and oesophagitis["reason"].startswith("not_tumour_grade:")
    assert oesophagitis["context_status"] == "affirmed"


def test_the_docs_list_the_new_column():
    listed = ", ".join(MENTION_COLUMNS)
    for doc in (ROOT / "README.md", ROOT / "docs" / "outputs.md"):
        assert listed in Path(doc).read_text(encoding="utf-8")
