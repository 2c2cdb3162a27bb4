"""The command line as a user meets it: each command's --help shows its own examples, a wrong option
prints that command's usage, --version, `net-extract FOLDER -o OUT` without the word `extract`, the
progress estimate (with a fake clock), run.json's provenance, and the one-line summary that
explains exit code 1."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline import __version__, provenance
from pipeline.cli import COMMANDS, main
from pipeline.cli_examples import EXAMPLES
from pipeline.decoding import decode, decode_with_encoding, detect_encoding
from pipeline.extract import EXIT_SOME_FAILED
from pipeline.progress import MIN_REPORTS_FOR_ETA, Estimate, Progress

REPORT = ("A 61-year-old man was referred for a small mass in the terminal ileum found on colonoscopy.\n"
          "Histology showed a well differentiated neuroendocrine tumour, grade 1, with a Ki-67 index of 2%.\n"
          "He underwent a right hemicolectomy and remains well at one year.\n")


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _exit_code(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    return stop.value.code, capsys.readouterr()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_command_help_shows_its_own_examples(command, capsys):
    code, out = _exit_code([command, "--help"], capsys)
    assert code == 0
    assert "examples:" in out.out
    first_example = EXAMPLES[command].splitlines()[1].strip()
    assert first_example in out.out
    others = [name for name in COMMANDS if name != command and not name.startswith(command)
              and not command.startswith(name)]
    assert not any(f"net-extract {name} " in out.out for name in others), "another command's examples"


@pytest.mark.parametrize("command", ["extract", "evaluate", "review"])
def test_an_unknown_option_prints_the_commands_usage_and_exits_2(command, capsys):
    argv = [command, "somewhere", "--colour"] if command != "evaluate" else [command, "--colour"]
    code, out = _exit_code(argv, capsys)
    assert code == 2
    assert f"pipeline {command} [-h]" in out.err and "unrecognized arguments: --colour" in out.err


def test_version_prints_the_package_version(capsys):
    code, out = _exit_code(["--version"], capsys)
    assert code == 0 and out.out.strip().endswith(__version__)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ileum.txt").write_text(REPORT, encoding="utf-8")
    (folder / "ileum_utf16.txt").write_bytes(b"\xff\xfe" + REPORT.replace("61", "47").encode("utf-16-le"))
    (folder / "blank.txt").write_text("   \n")
    return folder


def test_extract_is_the_default_command_and_exit_1_is_explained_even_when_quiet(tmp_path, capsys):
    out = tmp_path / "out"
    code = main([str(_folder(tmp_path)), "-o", str(out), "--jobs", "1", "--report-timeout", "0", "--quiet"])
    err = capsys.readouterr().err
    assert code == EXIT_SOME_FAILED
    assert err.strip().splitlines()[-1] == (
        f"2 rows written, 1 report could not be extracted: see {out / 'problems.csv'} (exit code 1)")
    assert "progress:" not in err
    run = json.loads((out / "run.json").read_text())
    encodings = {item["report_id"]: item["encoding"] for item in run["inputs"]}
    assert encodings == {"blank": "utf-8", "ileum": "utf-8", "ileum_utf16": "utf-16-le"}
    assert set(run["versions"]) == {"python", "spacy", "scispacy", "pandas", "pydantic"}
    assert run["versions"]["python"] == ".".join(map(str, sys.version_info[:3]))
    assert "code_commit" in run  # a hash when the tests run from a checkout, else None


def test_the_installed_entry_point_runs_without_the_word_extract(tmp_path):
    script = Path(sys.executable).with_name("net-extract")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this tree's code, whichever checkout was installed
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ileum.txt").write_text(REPORT)
    done = subprocess.run([str(script), str(folder), "-o", str(tmp_path / "out"), "--jobs", "1", "-q"],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "cases.csv").read_text().count("\n") == 2
    version = subprocess.run([str(script), "--version"], capture_output=True, text=True, env=env)
    assert version.stdout.strip() == f"net-extract {__version__}"


# Progress: the time left comes from work done, after enough of it, and not from cached reports.
def test_no_time_left_is_guessed_from_the_first_reports():
    clock = FakeClock()
    estimate = Estimate(to_run=50, clock=clock)
    clock.now += 4.0  # the first report also paid for loading the models
    estimate.update(300)
    for _ in range(MIN_REPORTS_FOR_ETA - 1):
        clock.now += 0.1
        estimate.update(300)
    assert estimate.seconds_left() is None and "estimating the time left" in estimate.describe()


def test_time_left_follows_the_pace_after_the_first_report():
    clock = FakeClock()
    estimate = Estimate(to_run=21, clock=clock)
    clock.now += 5.0
    estimate.update(500)  # start-up cost: not part of the pace
    for _ in range(10):
        clock.now += 0.5
        estimate.update(500)
    assert estimate.seconds_left() == pytest.approx(10 * 0.5)
    assert estimate.words_per_second() == pytest.approx(11 * 500 / 10.0)
    assert "about 5 s left" in estimate.describe()


def test_cached_reports_count_neither_toward_the_rate_nor_the_time_left():
    clock = FakeClock()
    estimate = Estimate(to_run=2, clock=clock)
    for _ in range(40):
        estimate.update(10_000, cached=True)
    clock.now += 0.01
    assert estimate.words_per_second() is None and estimate.seconds_left() is None
    clock.now += 1.0
    estimate.update(800)
    assert estimate.words_per_second() == pytest.approx(800 / 1.01)
    clock.now += 1.0
    estimate.update(800)
    assert estimate.seconds_left() == 0.0 and "left" not in estimate.describe()


def test_progress_lines_say_how_many_came_from_the_cache():
    clock, stream = FakeClock(), io.StringIO()
    progress = Progress(4, stream, cached=3, clock=clock)
    for _ in range(3):
        progress.update(1000, cached=True)
    clock.now += 2.0
    progress.update(600)
    lines = stream.getvalue().splitlines()
    assert lines[-1] == "progress: 4/4 reports (3 from the cache), 300 words/s"
    assert lines[0] == "progress: 1/4 reports (1 from the cache), estimating the time left"


# Provenance in run.json.
def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   check=True, capture_output=True)


def test_code_commit_of_a_checkout_is_marked_dirty_when_a_tracked_file_changed(tmp_path):
    package = tmp_path / "pipeline"
    package.mkdir()
    (package / "__init__.py").write_text("VERSION = 1\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "first")
    head = subprocess.run(["git", "-C", str(tmp_path), "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    (tmp_path / "notes.txt").write_text("an untracked file is not a change to the code\n")
    assert provenance.code_commit(package) == head.strip()
    (package / "__init__.py").write_text("VERSION = 2\n")
    assert provenance.code_commit(package) == head.strip() + "-dirty"


def test_code_commit_is_none_outside_a_checkout_or_without_git(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "pipeline"
    package.mkdir(parents=True)
    assert provenance.code_commit(package) is None

    def no_git(*args, **kwargs):
        raise FileNotFoundError("git")

    monkeypatch.setattr(provenance.subprocess, "run", no_git)
    assert provenance.code_commit() is None


@pytest.mark.parametrize(("raw", "encoding"), [
    (b"Tumour of the caecum, Ki-67 1%.\n", "utf-8"),
    (b"\xef\xbb\xbf" + b"Tumour of the caecum.\n", "utf-8-sig"),
    (b"\xff\xfe" + "Tumour of the caecum.\n".encode("utf-16-le"), "utf-16-le"),
    (b"\xfe\xff" + "Tumour of the caecum.\n".encode("utf-16-be"), "utf-16-be"),
    ("Tumour of the caecum, no BOM at all.\n".encode("utf-16-le"), "utf-16-le"),
])
def test_the_encoding_is_reported_and_the_text_unchanged(raw, encoding):
    text, found = decode_with_encoding(raw, Path("x.txt"))
    assert found == encoding and detect_encoding(raw) == encoding
    assert text == decode(raw, Path("x.txt"))


def test_a_legacy_encoding_is_named_and_binary_bytes_have_none():
    """Whatever charset_normalizer (or the cp1252 fallback) chose is named, and names what the text was read with."""
    raw = "Caf\u00e9 owner, 70, with a carcino\u00efd of the appendix.\n".encode("cp1252")
    text, found = decode_with_encoding(raw, Path("x.txt"))
    assert found not in ("utf-8", "utf-8-sig") and raw.decode(found) == text == decode(raw, Path("x.txt"))
    assert detect_encoding(b"%PDF-1.7\n binary") is None
