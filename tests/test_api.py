"""The Python API: the CLI's rows and numbers as typed DataFrames, Excel-safe CSV, and the README's
worked example, run as written."""
from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

from conftest import ROOT, copy_examples
from pipeline import evaluate, extract_folder, extract_texts, read_outputs
from pipeline.extract import run_batch

NAMES = sorted(p.name for p in (ROOT / "raw_reports").glob("*.txt"))


@pytest.fixture(scope="module")
def cli_out(tmp_path_factory):
    folder = copy_examples(tmp_path_factory.mktemp("in"), NAMES)
    out = tmp_path_factory.mktemp("out")
    run_batch(folder, out, log=None)
    return folder, out


def test_extract_texts_gives_the_cli_rows(cli_out):
    folder, out = cli_out
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    api = extract_texts(texts).cases.sort_values("report_id").reset_index(drop=True)
    cli = read_outputs(out).cases.sort_values("report_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(api, cli)
    assert len(api) == len(NAMES) and api["age"].notna().sum() > len(NAMES) // 2
    two = extract_texts(dict(list(texts.items())[:4]), jobs=2).cases
    pd.testing.assert_frame_equal(two, api.iloc[:4].reset_index(drop=True))


def test_read_outputs_reads_jsonl_alone(cli_out, tmp_path):
    shutil.copy(cli_out[1] / "cases.jsonl", tmp_path / "cases.jsonl")
    pd.testing.assert_frame_equal(read_outputs(tmp_path).cases, read_outputs(cli_out[1]).cases)


def test_extract_folder_runs_the_batch_path(cli_out):
    folder, out = cli_out
    pd.testing.assert_frame_equal(extract_folder(folder).cases, read_outputs(out).cases)


def test_typed_columns(cli_out):
    cases = read_outputs(cli_out[1]).cases
    assert str(cases["age"].dtype) == "Float64" and str(cases["ki67_high"].dtype) == "Float64"
    assert isinstance(cases["sex"].dtype, pd.CategoricalDtype) and set(cases["sex"].dropna()) <= {"female", "male"}
    assert isinstance(cases["grade"].dtype, pd.CategoricalDtype)
    assert all(isinstance(v, list) for v in cases["markers_positive"])
    assert all(isinstance(v, list) and all(isinstance(d, float) for d in v) for v in cases["tumor_size_mm"])
    mentions = read_outputs(cli_out[1]).mentions
    assert str(mentions["start"].dtype) == "Int64" and len(mentions) > 0


def test_evaluate_gives_the_cli_numbers(cli_out, tmp_path):
    from pipeline.evaluation import run_evaluation

    _, out = cli_out
    gold = tmp_path / "gold.csv"
    rows = pd.read_csv(ROOT / "gold" / "cases.csv", dtype=str, keep_default_na=False)
    rows[rows["report_id"].isin([n[:-4] for n in NAMES])].to_csv(gold, index=False)
    assert run_evaluation(gold, out, tmp_path / "ev") == 0
    cli_scores = pd.read_csv(tmp_path / "ev" / "scores.csv", dtype=str, keep_default_na=False)
    api = evaluate(gold, out)
    # the API's table holds numbers (counts Int64, rates float); the CLI prints them to three decimals
    assert str(api.scores["tp"].dtype) == "Int64" and api.scores["f1"].dtype == "float64"
    assert list(api.scores["field"]) == list(cli_scores["field"])
    for column in ("tp", "fp", "fn", "precision", "recall", "f1", "agreement"):
        printed = [float(v) if v else None for v in cli_scores[column]]
        typed = [None if pd.isna(v) else float(v) for v in api.scores[column]]
        assert [None if v is None else round(v, 3) for v in typed] == printed, column
    assert api.macro_f1 == pytest.approx(1.0) and api.errors.empty
    # a typed frame scores the same as its folder
    assert evaluate(gold, read_outputs(out).cases).macro_f1 == pytest.approx(api.macro_f1)


def test_a_formula_in_a_report_is_text_in_the_csv_and_comes_back_unchanged(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "trap.txt").write_text("Case presentation\n=HYPERLINK(\"http://x.example\") The cells were positive "
                                     "for CD56.\n+1 A 50-year-old man had an ileal NET.\n", encoding="utf-8")
    run_batch(folder, tmp_path / "out", log=None, excel=True)
    raw = (tmp_path / "out" / "mentions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # --excel: a byte-order mark
    cells = [cell for line in raw.decode("utf-8-sig").splitlines() for cell in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', line)]
    assert not [c for c in cells if c.lstrip('"')[:1] in ("=", "+", "@")]
    assert any(c.lstrip('"').startswith("'=HYPERLINK") for c in cells)
    mentions = read_outputs(tmp_path / "out").mentions
    assert any(s.startswith("=HYPERLINK") for s in mentions["sentence"])
    assert read_outputs(tmp_path / "out").cases.loc[0, "markers_positive"] == ["CD56"]


def test_the_readme_example_runs(tmp_path, monkeypatch, capsys):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- example:start -->\s*```python\n(.*?)```\s*<!-- example:end -->", text, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md example", "exec"), {})
    printed = capsys.readouterr().out
    assert "grade and Ki-67 disagree: ['pt2']" in printed
    assert (tmp_path / "ki67_by_grade.png").stat().st_size > 1000


def test_extract_texts_with_a_broken_rules_folder_raises_one_rules_error(tmp_path):
    import json
    import shutil

    from pipeline.rules import RulesError

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    data = json.loads((rules / "treatments.json").read_text())
    data["surgery_sufixes"] = data.pop("surgery_suffixes", [])
    (rules / "treatments.json").write_text(json.dumps(data))
    with pytest.raises(RulesError, match="treatments.json"):
        extract_texts(["Case presentation\nA 50-year-old man had a rectal NET."], rules_dir=str(rules))
    assert extract_texts(["Case presentation\nA 50-year-old man had a rectal NET."]).cases.loc[0, "primary_site"] == "rectum"
