"""The real-reports development set's machinery (pipeline/devset.py), on a small set of own-words texts:
digests, the fixed split, missing and changed texts, and the two parts scored."""
import csv
import hashlib

import pytest

from pipeline.devset import check_texts, evaluate_real, make_split, read_sources, text_digests

TEXTS = {
    "d1": "Case presentation\nA 61-year-old man had a metastatic pancreatic NET. The Ki-67 index was 4%, "
          "consistent with WHO grade 2.\n",
    "d2": "Case presentation\nA 47-year-old woman had a rectal NET of 8 mm, removed endoscopically.\n",
    "d3": "Case presentation\nA 70-year-old man had an ileal carcinoid metastatic to the liver.\n",
}
GOLD = {
    "d1": {"age": "61", "sex": "male", "primary_site": "pancreas", "ki67_low": "4", "ki67_high": "4", "grade": "G2",
           "metastasis": "yes", "histology": "NET"},
    "d2": {"age": "47", "sex": "female", "primary_site": "rectum", "tumor_size_mm": "8", "metastasis": "unknown",
           "treatments": "surgery"},
    "d3": {"age": "70", "sex": "male", "primary_site": "ileum", "metastasis": "yes", "metastasis_sites": "liver",
           "histology": "NET"},
}
HEADER = ["report_id", "age", "sex", "primary_site", "tumor_size_mm", "ki67_low", "ki67_high", "grade",
          "markers_positive", "markers_negative", "metastasis", "metastasis_sites", "treatments", "histology",
          "mitoses_low", "mitoses_high", "mitoses_per", "functional_syndrome", "hereditary_syndrome", "outcome",
          "follow_up_months"]


def make_devset(root, texts=TEXTS, split=None):
    (root / "texts").mkdir(parents=True)
    with (root / "SOURCES.tsv").open("w", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["id", "url", "title", "sha256", "words_sha256", "query"])
        for rid, text in texts.items():
            (root / "texts" / f"{rid}.txt").write_text(text)
            w.writerow([rid, f"https://example.org/{rid}", f"Title {rid}", *text_digests(text), "q"])
    with (root / "gold.csv").open("w", newline="") as fh:
        w = csv.DictWriter(fh, HEADER)
        w.writeheader()
        for rid, row in GOLD.items():
            w.writerow({"report_id": rid, **row})
    split = split or {"d1": "study", "d2": "study", "d3": "blind"}
    (root / "split.csv").write_text("id,part\n" + "".join(f"{k},{v}\n" for k, v in split.items()))
    return root


def test_digests_recognise_the_same_words_with_other_line_breaks():
    exact, words = text_digests("A 61-year-old man.\nHe had a NET.")
    exact2, words2 = text_digests("A 61-year-old  man. He had\r\na NET.")
    assert exact == hashlib.sha256(b"A 61-year-old man.\nHe had a NET.").hexdigest()
    assert exact != exact2 and words == words2


def test_the_split_is_fixed_by_its_seed_and_about_thirty_percent_blind():
    ids = [f"r{i:03d}" for i in range(100)]
    split = make_split(ids)
    assert split == make_split(list(reversed(ids)))  # order of arrival does not matter
    assert sum(p == "blind" for p in split.values()) == 30
    assert make_split(ids, seed=1) != split


def test_missing_and_changed_texts_are_named(tmp_path):
    root = make_devset(tmp_path / "real")
    (root / "texts" / "d2.txt").unlink()
    (root / "texts" / "d3.txt").write_text("Another text entirely.")
    check = check_texts(root, read_sources(root))
    assert (check.present, check.missing, check.changed) == (["d1"], ["d2"], ["d3"])


def test_both_parts_are_scored_and_only_the_study_errors_are_written(tmp_path, capsys):
    root = make_devset(tmp_path / "real")
    out = tmp_path / "out"
    assert evaluate_real(root, out) == 0
    said = capsys.readouterr().out
    assert "## study part: 2 report(s)" in said and "## blind part: 1 report(s)" in said
    assert (out / "scores_study.csv").is_file() and (out / "scores_blind.csv").is_file()
    assert (out / "errors_study.csv").is_file() and not (out / "errors_blind.csv").exists()
    with (out / "scores_study.csv").open() as fh:
        scores = {r["field"]: r for r in csv.DictReader(fh)}
    assert scores["primary_site"]["tp"] == "2" and scores["grade"]["f1"] == "1.000"
    assert scores["age"]["f1_low"] == scores["age"]["f1_high"] == "1.000"  # both read right in every draw
    assert scores["MACRO F1"]["f1_low"] and "f1_low" in said


def test_without_texts_it_says_how_to_restore_them(tmp_path, capsys):
    root = make_devset(tmp_path / "real")
    for path in (root / "texts").iterdir():
        path.unlink()
    assert evaluate_real(root, tmp_path / "out") == 3
    said = capsys.readouterr().out
    assert "3 of 3 texts are missing" in said and "Restoring the texts" in said


def test_a_report_with_no_part_is_an_error(tmp_path, capsys):
    root = make_devset(tmp_path / "real", split={"d1": "study", "d2": "blind"})
    assert evaluate_real(root, tmp_path / "out") == 2
    assert "no part for d3" in capsys.readouterr().err
