"""The field specs (pipeline/fields.py) drive every output: a toy field registered from a temporary
spec and extractor shows up everywhere, the three output formats read back to the same typed frame,
and the typed columns the specs promise (tumor_max_mm, an ordered grade, numeric sizes) are there."""
from __future__ import annotations

import json
import shutil
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from pipeline import fields
from pipeline.api import evaluate, extract_folder, read_outputs
from pipeline.extract import run_batch

ROOT = Path(__file__).resolve().parent.parent

REPORTS = {
    "lvi_yes": "Case presentation\nA 58-year-old man had a 31 x 22 mm ileal neuroendocrine tumour, grade 2, "
               "Ki-67 6%. Lymphovascular invasion was present. Chromogranin A was positive.\n",
    "lvi_no": "Case presentation\nA 44-year-old woman had a 12 mm appendiceal neuroendocrine tumour, grade 1. "
              "Lymphovascular invasion was absent. Synaptophysin was positive.\n",
    "plain": "Case presentation\nA 70-year-old woman had a rectal neuroendocrine tumour of 8 mm, grade 3.\n",
}

TOY_EXTRACTOR = '''
"""A toy field for the test: lymphovascular invasion, present or absent, words from toy_lvi.json."""
import json
import re

from pipeline.extractors.base import keep


class LviExtractor:
    fields = ("lymphovascular_invasion",)

    def __init__(self, rules):
        words = json.loads((rules.directory / "toy_lvi.json").read_text())
        self.pattern = re.compile(words["phrase"] + r" (?:was|were) (present|absent)", re.I)

    def find(self, report):
        return [report.mention("lymphovascular_invasion", m.start(), m.end(), m.group(1).lower(),
                               m.group(1).lower(), "toy_lvi", "LVI") for m in self.pattern.finditer(report.text)]

    def decide(self, mentions, row=None):
        usable = [m for m in mentions if m.usable]
        keep(mentions, usable[:1])
        return {"lymphovascular_invasion": usable[0].normalized if usable else None}
'''


@pytest.fixture()
def toy_field(tmp_path, monkeypatch):
    """A toy field from a temporary module and rules file, registered for the test only."""
    module_dir = tmp_path / "plugin"
    module_dir.mkdir()
    (module_dir / "toy_lvi.py").write_text(textwrap.dedent(TOY_EXTRACTOR))
    monkeypatch.syspath_prepend(str(module_dir))
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "toy_lvi.json").write_text(json.dumps({"phrase": "lymphovascular invasion"}))
    spec = fields.Field("lymphovascular_invasion",
                        (fields.Column("lymphovascular_invasion", "category", ("present", "absent")),),
                        "toy_lvi:LviExtractor", rules=("toy_lvi.json",), review_group="tumour",
                        scores=(fields.Score("lymphovascular_invasion", ("lymphovascular_invasion",), "text"),))
    fields.register(spec)
    yield rules
    fields.unregister("lymphovascular_invasion")
    sys.modules.pop("toy_lvi", None)


def _folder(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for rid, text in REPORTS.items():
        (folder / f"{rid}.txt").write_text(text)
    return folder


def test_a_toy_field_reaches_every_output_from_its_spec_alone(tmp_path, toy_field):
    out = tmp_path / "out"
    run_batch(_folder(tmp_path), out, str(toy_field), log=None, formats=("csv", "parquet"), jobs=1, report_timeout=0)
    cases = pd.read_csv(out / "cases.csv", dtype=str, keep_default_na=False).set_index("report_id")
    assert cases.loc["lvi_yes", "lymphovascular_invasion"] == "present"
    assert cases.loc["lvi_no", "lymphovascular_invasion"] == "absent" and cases.loc["plain", "lymphovascular_invasion"] == ""
    jsonl = {r["report_id"]: r for r in map(json.loads, (out / "cases.jsonl").read_text().splitlines())}
    assert jsonl["lvi_yes"]["lymphovascular_invasion"] == "present" and jsonl["plain"]["lymphovascular_invasion"] is None
    parquet = pd.read_parquet(out / "cases.parquet").set_index("report_id")
    assert parquet.loc["lvi_no", "lymphovascular_invasion"] == "absent"
    frame = read_outputs(out).cases.set_index("report_id")
    assert list(frame["lymphovascular_invasion"].cat.categories) == ["present", "absent"]
    assert frame.loc["lvi_yes", "lymphovascular_invasion"] == "present"
    mentions = pd.read_csv(out / "mentions.csv", dtype=str, keep_default_na=False)
    assert {"present", "absent"} <= set(mentions[mentions["field"] == "lymphovascular_invasion"]["value"])

    # the gold template carries the column; a gold file that labels it is scored on it
    from pipeline.evaluation import write_gold_template

    gold = tmp_path / "gold.csv"
    assert write_gold_template(out, gold) == 0
    template = pd.read_csv(gold, dtype=str, keep_default_na=False)
    assert "lymphovascular_invasion" in template.columns and "review_flags" not in template.columns
    template.loc[template["report_id"] == "lvi_no", "lymphovascular_invasion"] = "present"  # a miss, on purpose
    template.to_csv(gold, index=False)
    scores = evaluate(gold, out, str(toy_field)).scores.set_index("field")
    assert scores.loc["lymphovascular_invasion", "tp"] == 1 and scores.loc["lymphovascular_invasion", "fp"] == 1
    assert scores.loc["age", "f1"] == 1.0

    # the review page shows the column, in its group, with its mentions behind it
    from pipeline.review import build_review

    page = build_review(out, gold=gold, rules_dir=str(toy_field)).read_text()
    data = json.loads(page.split('id="data">', 1)[1].split("</script>", 1)[0])
    assert "lymphovascular_invasion" in data["columns"] and "lymphovascular_invasion" in data["gold_columns"]
    assert data["review_group"]["lymphovascular_invasion"] == "tumour"
    assert data["field_of_column"]["lymphovascular_invasion"] == "lymphovascular_invasion"


def test_without_the_toy_field_the_outputs_do_not_have_its_column(tmp_path):
    out = tmp_path / "out"
    run_batch(_folder(tmp_path), out, log=None, jobs=1, report_timeout=0)
    header = (out / "cases.csv").read_text().splitlines()[0].split(",")
    assert "lymphovascular_invasion" not in header and "tumor_max_mm" in header and header[-1] == "review_flags"


def test_a_spec_that_reads_a_later_field_is_refused():
    before = [f.name for f in fields.FIELDS]
    late = fields.Field("early", (fields.Column("early_value", "text"),), "x:Y", reads=("treatments_later",))
    with pytest.raises(fields.FieldError, match="reads treatments_later"):
        fields.register(late)
    with pytest.raises(fields.FieldError, match="column 'age' already belongs"):
        fields.register(fields.Field("age_again", (fields.Column("age", "number"),), "x:Y"))
    assert [f.name for f in fields.FIELDS] == before  # nothing was added


@pytest.fixture(scope="module")
def three_formats(tmp_path_factory):
    """One run written as CSV + JSONL and as Parquet, then split into three folders, one format each."""
    base = tmp_path_factory.mktemp("formats")
    folder = base / "in"
    folder.mkdir()
    for rid, text in REPORTS.items():
        (folder / f"{rid}.txt").write_text(text)
    (folder / "odd.txt").write_text("Case presentation\n=SUM(A1) a 5 cm mass.\n")
    both = base / "both"
    run_batch(folder, both, log=None, formats=("csv", "parquet"), jobs=1, report_timeout=0)
    out = {}
    for name, keep in (("csv", ("cases.csv", "mentions.csv")), ("jsonl", ("cases.jsonl",)),
                       ("parquet", ("cases.parquet", "mentions.parquet"))):
        target = base / name
        target.mkdir()
        for item in keep + ("problems.csv",):
            (shutil.copytree if (both / item).is_dir() else shutil.copy)(both / item, target / item)
        out[name] = read_outputs(target).cases
    return out


def test_read_outputs_gives_the_same_frame_from_csv_jsonl_and_parquet(three_formats):
    csv_frame = three_formats["csv"]
    for name in ("jsonl", "parquet"):
        pd.testing.assert_frame_equal(three_formats[name], csv_frame, check_exact=True, obj=name)
    row = csv_frame.set_index("report_id").loc["lvi_yes"]
    assert row["tumor_size_mm"] == [31.0, 22.0] and row["tumor_max_mm"] == 31.0 and row["age"] == 58.0


def test_grade_is_ordered_and_sizes_and_their_maximum_are_numbers(three_formats):
    frame = three_formats["parquet"]
    assert frame["grade"].cat.ordered and list(frame["grade"].cat.categories) == ["G1", "G2", "G3"]
    ordered = frame.dropna(subset=["grade"]).sort_values("grade")["grade"].tolist()
    assert ordered == ["G1", "G2", "G3"] and frame["grade"].max() == "G3"
    assert str(frame["tumor_max_mm"].dtype) == "Float64"
    assert frame.set_index("report_id").loc["lvi_no", "tumor_max_mm"] == 12.0
    assert pd.isna(frame.set_index("report_id").loc["odd", "grade"])


def test_tumor_max_mm_is_a_number_in_every_file(tmp_path):
    out = tmp_path / "out"
    run_batch(_folder(tmp_path), out, log=None, formats=("csv", "parquet"), jobs=1, report_timeout=0)
    cases = pd.read_csv(out / "cases.csv", dtype=str, keep_default_na=False).set_index("report_id")
    assert cases.loc["lvi_yes", "tumor_size_mm"] == "31 x 22" and cases.loc["lvi_yes", "tumor_max_mm"] == "31"
    record = next(r for r in map(json.loads, (out / "cases.jsonl").read_text().splitlines())
                  if r["report_id"] == "lvi_yes")
    assert record["tumor_size_mm"] == [31.0, 22.0] and record["tumor_max_mm"] == 31.0
    import pyarrow.parquet as pq

    schema = pq.read_schema(next((out / "cases.parquet").glob("*.parquet")))
    assert str(schema.field("tumor_max_mm").type) == "double"
    assert str(schema.field("tumor_size_mm").type) == "list<element: double>"


def test_an_old_output_with_a_flags_column_is_read_under_the_new_name_with_a_note(tmp_path, capsys):
    out = tmp_path / "old"
    out.mkdir()
    (out / "cases.csv").write_text("report_id,age,sex,primary_site,tumor_size_mm,ki67_low,ki67_high,grade,"
                                   "markers_positive,markers_negative,metastasis,metastasis_sites,treatments,flags\n"
                                   "r1,50,male,ileum,20 x 10,3,3,G2,CD56,,no,,surgery,several_sizes\n")
    cases = read_outputs(out).cases
    assert cases.loc[0, "review_flags"] == ["several_sizes"] and cases.loc[0, "tumor_max_mm"] == 20.0
    assert "'flags' is now 'review_flags'" in capsys.readouterr().err


def test_an_extraction_without_a_flag_has_an_empty_list_and_the_frame_has_no_flags_attribute_clash(tmp_path):
    run = extract_folder(_folder(tmp_path))
    assert "flags" not in run.cases.columns
    assert all(isinstance(v, list) for v in run.cases["review_flags"])


def test_a_gold_file_without_the_second_set_is_read_and_those_columns_are_not_scored(tmp_path):
    from pipeline.evaluation import evaluate as score
    from pipeline.gold import read_gold
    from pipeline.rules import load_rules

    first = "report_id,age,sex,primary_site,tumor_size_mm,ki67_low,ki67_high,grade,markers_positive," \
            "markers_negative,metastasis,metastasis_sites,treatments"
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    old.write_text(first + "\nr,50,male,ileum,,,,G2,,,no,,\n")
    new.write_text(first + ",histology,outcome\nr,50,male,ileum,,,,G2,,,no,,,NET,alive\n")
    pred = {"r": {"report_id": "r", "age": "50", "sex": "male", "primary_site": "ileum", "grade": "G2",
                  "metastasis": "no", "histology": "NET", "outcome": "died"}}
    assert set(read_gold(new)["r"]) >= {"histology", "outcome"}  # read and checked, with the first set
    ev_old = score(read_gold(old), pred, load_rules())
    assert ev_old.counts["age"].tp == 1
    assert not set(ev_old.counts) & {"histology", "outcome"}
