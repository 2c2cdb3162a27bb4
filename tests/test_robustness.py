"""Bad input gets a clear message, one bad report never costs the others, nothing is lost."""
import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from pipeline import cli
from pipeline.extract import EXIT_NOTHING_PROCESSED, EXIT_SOME_FAILED, run_batch
from pipeline.reading import normalize_text, read_report

GOOD = ["rr01_pancreatic_tail_g2.txt", "rr03_abstract_only.txt", "rr06_refusal_negation.txt"]
CASE = ("Case presentation\nA 47-year-old woman had a presacral mass measuring 57 mm × 29 mm. "
        "The Ki-67 index was 3%. Immunohistochemistry was positive for CD56 and µ-opioid receptor.\n")


def rows(path):
    return list(csv.DictReader(Path(path).open(encoding="utf-8")))


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("cp1252", b""),
])
def test_encodings_are_read_correctly(tmp_path, encoding, bom):
    path = tmp_path / "r.txt"
    text = CASE + "Temperature 37 °C, Ki-67 ≤ 2% in Zürich.\n" if encoding != "cp1252" else CASE + "Temperature 37 °C in Zürich.\n"
    path.write_bytes(bom + text.encode(encoding))
    report = read_report(path)
    assert "57 mm × 29 mm" in report.text and "µ" in report.text.replace("μ", "µ") and "Zürich" in report.text
    assert "°C" in report.text


def test_line_ends_spaces_ligatures_and_full_width_digits_are_normalised():
    text = "Case presentation\r\nThe Ki\u201167 index （３０％）\u00a0was ﬁne.\rA 36\u200b-year-old woman.\r\n"
    clean = normalize_text(text)
    assert "\r" not in clean and "\u00a0" not in clean and "\u200b" not in clean
    assert "Ki-67 index (30%)" in clean and "fine" in clean and "36-year-old" in clean


def test_full_width_ki67_still_extracts(case):
    assert case("The Ki‑67 index （３０％） was measured on the resected tumour.")["ki67_high"] == "30"


def build_bad_folder(folder: Path) -> dict[str, str]:
    folder.mkdir()
    for name in GOOD:
        shutil.copy(ROOT / "raw_reports" / name, folder / name)
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text("  \n\t\n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    (folder / "paper.txt").write_bytes(b"%PDF-1.7\n" + os.urandom(200))
    (folder / "locked.txt").write_text(CASE)
    os.chmod(folder / "locked.txt", 0)
    (folder / "folder.txt").mkdir()
    (folder / "dangling.txt").symlink_to(folder / "does-not-exist.txt")
    with (folder / "huge.txt").open("w") as fh:
        line = "The patient was well and the examination was unremarkable on every visit. " * 20 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    return {"empty": "empty", "blank": "empty", "image": "binary", "paper": "binary", "locked": "unreadable",
            "folder": "not_a_file", "dangling": "broken_link", "huge": "too_large"}


def test_a_folder_of_bad_inputs_and_three_good_reports(tmp_path, monkeypatch):
    expected = build_bad_folder(tmp_path / "in")
    real_read = Path.read_bytes

    def read_bytes(self):  # root can read a mode-000 file: make 'locked.txt' unreadable for real
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run_batch(tmp_path / "in", tmp_path / "out", log=None)
    assert result.exit_code == EXIT_SOME_FAILED
    problems = {r["report_id"]: r for r in rows(tmp_path / "out" / "problems.csv")}
    assert {k: v["problem"] for k, v in problems.items()} == expected
    assert all(str(tmp_path / "in") in p["path"] and p["detail"] for p in problems.values())
    cases = {r["report_id"]: r for r in rows(tmp_path / "out" / "cases.csv")}
    assert set(cases) == {Path(n).stem for n in GOOD}
    assert cases["rr01_pancreatic_tail_g2"]["tumor_size_mm"] == "32 x 28 x 25"
    assert cases["rr03_abstract_only"]["ki67_high"] == "2" and cases["rr03_abstract_only"]["ki67_low"] == ""
    assert cases["rr06_refusal_negation"]["treatments"] == "octreotide"
    for line in (tmp_path / "out" / "cases.jsonl").read_text().splitlines():
        json.loads(line)


def test_cli_exit_code_and_stderr_messages_name_the_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "raw_reports" / GOOD[0], folder / GOOD[0])
    (folder / "empty.txt").write_text("")
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == EXIT_SOME_FAILED
    assert f"problem: {folder / 'empty.txt'}: file is empty" in done.stderr
    only_bad = tmp_path / "bad"
    only_bad.mkdir()
    (only_bad / "empty.txt").write_text("")
    assert run_batch(only_bad, tmp_path / "out2", log=None).exit_code == EXIT_NOTHING_PROCESSED


def test_an_exception_in_one_report_is_recorded_and_the_batch_goes_on(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(ROOT / "raw_reports" / name, folder / name)
    from pipeline import assemble

    real = assemble.CaseAssembler.assemble

    def flaky(self, report_id, doc):
        if report_id == "rr03_abstract_only":
            raise RuntimeError("extractor bug")
        return real(self, report_id, doc)

    monkeypatch.setattr(assemble.CaseAssembler, "assemble", flaky)
    result = run_batch(folder, tmp_path / "out", log=None)
    assert [p["problem"] for p in result.problems] == ["extraction_error"]
    assert "RuntimeError: extractor bug" in result.problems[0]["detail"]
    assert len(result.cases) == 2
    with pytest.raises(RuntimeError):
        run_batch(folder, tmp_path / "out", log=None, fail_fast=True)


def test_duplicate_report_ids_are_an_error_not_an_overwrite(tmp_path):
    folder = tmp_path / "in"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    shutil.copy(ROOT / "raw_reports" / GOOD[0], folder / "a" / "same.txt")
    shutil.copy(ROOT / "raw_reports" / GOOD[1], folder / "b" / "same.txt")
    result = run_batch(folder, tmp_path / "out", recursive=True, log=None)
    assert len(result.cases) == 1 and result.problems[0]["problem"] == "duplicate_id"


def test_deleted_report_leaves_no_stale_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD[:2]:
        shutil.copy(ROOT / "raw_reports" / name, folder / name)
    run_batch(folder, tmp_path / "out", log=None)
    (folder / GOOD[1]).unlink()
    run_batch(folder, tmp_path / "out", log=None)
    assert [r["report_id"] for r in rows(tmp_path / "out" / "cases.csv")] == [Path(GOOD[0]).stem]
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert [i["report_id"] for i in run["inputs"]] == [Path(GOOD[0]).stem]


def test_no_network_connection_while_extracting(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the extraction tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "raw_reports" / GOOD[0], folder / GOOD[0])
    assert run_batch(folder, tmp_path / "out", log=None).exit_code == 0


def test_problem_messages_never_print_report_text(tmp_path, capsys):
    """Run by the command's `main` in this process, whose pipeline is already built."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "secret.txt").write_bytes(b"%PDF-1.4 Patient John Smith, MRN 12345")
    shutil.copy(ROOT / "raw_reports" / GOOD[0], folder / GOOD[0])
    cli.main(["extract", str(folder), "-o", str(tmp_path / "out")])
    printed = capsys.readouterr()
    assert "secret.txt" in printed.err  # the problem is told, by its file
    assert "John Smith" not in printed.err + printed.out
    problems = (tmp_path / "out" / "problems.csv").read_text()
    assert "secret.txt" in problems and "John Smith" not in problems


def test_killed_run_leaves_the_previous_outputs_complete(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(ROOT / "raw_reports" / name, folder / name)
    out = tmp_path / "out"
    run_batch(folder, out, log=None)
    before = {name: (out / name).read_text() for name in ("cases.csv", "cases.jsonl", "mentions.csv", "run.json")}
    (folder / GOOD[0]).unlink()  # the new run would write different outputs
    env = {**os.environ, "PIPELINE_TEST_WRITE_DELAY": "30"}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(folder), "-o", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not list(out.glob(".*.tmp")):
        time.sleep(0.05)
    assert list(out.glob(".*.tmp")), "the run never started writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = {name: (out / name).read_text() for name in before}
    assert after == before


def test_output_folder_that_cannot_be_written_is_a_usage_error(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "raw_reports" / GOOD[0], folder / GOOD[0])
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "-o", str(blocked / "out")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "cannot write to the output folder" in done.stderr
