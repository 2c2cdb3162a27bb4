"""The NER stage, for real: a tiny spaCy NER model is trained here, saved, and run inside the pipeline."""
import csv
import random
import subprocess
import sys

import pytest
import spacy
from spacy.training import Example

from conftest import ROOT
from pipeline import cli
from pipeline.extract import run_batch
from pipeline.ner import NerModelError, load_model
from pipeline.nlp import build_nlp

DRUGS = ["belzutifan", "tazemetostat", "ripretinib", "avapritinib", "tivozanib"]
ORGANS = ["liver", "spleen", "omentum", "lung"]
TEMPLATES = [
    ("The patient was started on {d} 120 mg daily.", "d"),
    ("He was treated with {d} for six months.", "d"),
    ("She received {d} after progression.", "d"),
    ("Treatment with {d} was initiated in March.", "d"),
    ("Metastases to the {o} were seen on CT.", "o"),
    ("Biopsy of the {o} confirmed metastatic disease.", "o"),
]


# Sentences with no entity teach the model that ordinary clinical words are not drugs or organs.
NEGATIVES = [
    "The patient was referred to our center for further evaluation.",
    "Lesions in the left lobe remained stable on follow-up imaging.",
    "The oral regimen was repeatable and well tolerated.",
    "There was no evidence of recurrence at the last visit.",
    "Extensive disease was noted in other locations.",
    "She was discharged on day five after an uneventful recovery.",
    "Follow-up was arranged every three months at the outpatient clinic.",
    "The right side showed multiple small lesions of uncertain significance.",
    "Laboratory tests were within normal limits except for mild anaemia.",
    "He was treated at a local hospital before transfer.",
    "Treatment was started after the multidisciplinary meeting.",
    "The dose was reduced because of fatigue and diarrhoea.",
    "A biopsy of the lesion was performed under local anaesthesia.",
    "In 2018 the patient reported intermittent pain.",
]


def training_examples(nlp):
    examples = [Example.from_dict(nlp.make_doc(text), {"entities": []}) for text in NEGATIVES]
    for template, slot in TEMPLATES:
        for word in DRUGS if slot == "d" else ORGANS:
            text = template.format(d=word, o=word)
            start = text.index(word)
            label = "CHEMICAL" if slot == "d" else "ORGAN"
            examples.append(Example.from_dict(nlp.make_doc(text), {"entities": [(start, start + len(word), label)]}))
    return examples


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    random.seed(0)
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    examples = training_examples(nlp)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(15):
        random.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=4):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    path = tmp_path_factory.mktemp("model") / "tiny_ner"
    nlp.to_disk(path)
    return path


def test_model_is_sourced_into_the_projects_pipeline(tiny_model):
    nlp = build_nlp("", str(tiny_model))
    assert "ner" in nlp.pipe_names and "ner_candidates" in nlp.pipe_names
    assert nlp.pipe_names.index("abbreviation_detector") < nlp.pipe_names.index("ner")
    assert nlp.tokenizer.__class__ is build_nlp().tokenizer.__class__  # still scispaCy's tokenizer


def test_unknown_drug_reaches_treatments_through_ner_and_refused_one_does_not(tiny_model, tmp_path):
    assert "belzutifan" not in (ROOT / "rules" / "treatments.json").read_text()
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "given.txt").write_text(
        "Case presentation\nA 61-year-old man had a pancreatic NET with liver metastases.\n"
        "The patient was started on belzutifan 120 mg daily.\n")
    (reports / "refused.txt").write_text(
        "Case presentation\nA 58-year-old woman had a pancreatic NET with liver metastases.\n"
        "Treatment with belzutifan was considered, but the patient declined it. She was treated with everolimus.\n")
    out = tmp_path / "out"
    assert run_batch(reports, out, ner_model=str(tiny_model), log=None).exit_code == 0
    rows = {r["report_id"]: r for r in csv.DictReader((out / "cases.csv").open())}
    assert "belzutifan" in rows["given"]["treatments"].split("; ")
    assert rows["refused"]["treatments"] == "everolimus"
    mentions = list(csv.DictReader((out / "mentions.csv").open()))
    ner_rows = [m for m in mentions if m["source"].startswith("ner:tiny_ner:")]
    assert any(m["report_id"] == "given" and m["normalized"] == "belzutifan" and m["kept"] == "yes" for m in ner_rows)
    assert any(m["report_id"] == "refused" and m["kept"] == "no" for m in ner_rows)
    rule_rows = [m for m in mentions if m["normalized"] == "everolimus"]
    assert rule_rows and all(m["source"].startswith("rule:") for m in rule_rows)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(NerModelError, match="en_ner_bc5cdr_md.*pip-installable"):
        load_model("en_ner_bc5cdr_md")
    (tmp_path / "r.txt").write_text("Case presentation\nA 50-year-old man.\n")
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(tmp_path), "-o", str(tmp_path / "o"),
                           "--ner-model", "en_ner_bc5cdr_md"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "could not be loaded" in done.stderr


def test_no_model_runs_rules_only_and_says_so(tmp_path, capsys):
    (tmp_path / "r.txt").write_text("Case presentation\nA 50-year-old man.\n")
    code = cli.main(["extract", str(tmp_path), "-o", str(tmp_path / "o")])  # in this process: its pipeline is built
    assert code == 0 and capsys.readouterr().err.count("NER stage: none") == 1
    with open(tmp_path / "o" / "cases.csv", newline="") as f:
        assert [(r["age"], r["sex"]) for r in csv.DictReader(f)] == [("50", "male")]  # the rules read the row


def test_abbreviations_defined_in_the_report_count_as_their_long_form(case):
    row = case("We report a 45-year-old man with a pancreatic neuroendocrine tumor (pNET) who developed "
               "intramedullary spinal cord metastasis (ISCM). The ISCM from pNET was removed surgically.")
    assert row["primary_site"] == "pancreas"
    assert row["metastasis_sites"] == ["spinal cord"]
