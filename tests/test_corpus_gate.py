"""The accuracy gate on ../shared/corpus: macro F1 and every field's F1 against its gold.

A missing corpus fails loudly: a gate that skips itself measures nothing."""
import csv

import pytest

from pipeline import fields
from pipeline.evaluation import evaluate, gate_failures, read_gold, score_names
from pipeline.extract import run_batch
from pipeline.rules import load_rules
from pipeline.settings import gate_setting

GATE = gate_setting()


def require_corpus(corpus):
    if not (corpus / "gold.csv").is_file():
        pytest.fail(f"accuracy gate: the shared corpus is missing ({corpus}/gold.csv not found); "
                    f"check out ../shared beside the project or set gate_corpus in pyproject.toml")
    return corpus


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    corpus = require_corpus(GATE["corpus"])
    out = tmp_path_factory.mktemp("corpus_out")
    run_batch(corpus, out, log=None)
    gold = read_gold(corpus / "gold_v2.csv")  # the first columns and the second set (issue #23)
    pred = {r["report_id"]: r for r in csv.DictReader((out / "cases.csv").open(encoding="utf-8"))}
    return gold, pred


def test_corpus_passes_the_gate(corpus_run):
    gold, pred = corpus_run
    ev = evaluate(gold, pred, load_rules())
    assert gate_failures(ev, GATE["min_macro_f1"], GATE["min_field_f1"]) == []


def _wrong(field: str, row: dict) -> dict:
    """The row with one scored item replaced by a value that no gold row holds, by the item's kind
    (from its field spec, so that a new field is broken the same way)."""
    from pipeline import fields

    score = next(s for s in fields.scores() if s.name == field)
    row, first = dict(row), fields.column(score.columns[0])
    if score.compare in ("range", "number"):
        for column in score.columns:
            row[column] = "77" if score.compare == "range" else "7"
    elif score.compare == "size":
        row[first.name] = "999"
    elif score.compare == "site":
        row[first.name] = "spleen"
    elif first.kind == "category":
        values = [v for v in first.categories if v not in first.null]
        now = row.get(first.name) or ""
        row[first.name] = values[(values.index(now) + 1) % len(values)] if now in values else values[0]
    else:
        row[first.name] = "not-a-real-item"
    return row


def _gated_scores() -> list[str]:
    """The scores the gate's gold can fail: a column its gold.csv lacks is not scored (the new
    fields' columns until the gate moves to gold_v2.csv)."""
    try:
        header = set(next(csv.reader((GATE["corpus"] / "gold.csv").open(encoding="utf-8"))))
    except OSError:
        return score_names()
    return [s.name for s in fields.scores() if set(s.columns) <= header]


@pytest.mark.parametrize("field", _gated_scores())
def test_gate_fails_when_any_one_field_is_wholly_wrong(corpus_run, field):
    gold, pred = corpus_run
    broken = {rid: _wrong(field, row) for rid, row in pred.items()}
    failures = gate_failures(evaluate(gold, broken, load_rules()), GATE["min_macro_f1"], GATE["min_field_f1"])
    assert any(f.startswith(f"{field} F1") for f in failures), failures


def test_a_missing_corpus_is_a_clear_failure_not_a_skip(tmp_path):
    with pytest.raises(pytest.fail.Exception, match="shared corpus is missing"):
        require_corpus(tmp_path / "nowhere")
    assert require_corpus(GATE["corpus"]) == GATE["corpus"]
