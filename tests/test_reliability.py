"""Issue 21: the inputs and faults a careful user hits, each built here in our own words, each giving a
row, a named problem or a clear refusal, never an empty row or a wrong one in silence."""
from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.decoding import decode
from pipeline.reading import MAX_BYTES, ReportProblem, read_report
from pipeline.review import _json_block, build_review
from sampling import sampled

REPORT = ("Case presentation\nA 58-year-old woman had a rectal NET of 9 mm. The Ki-67 index was 2%. "
          "She underwent endoscopic resection.\n")


def rows(out):
    with (out / "cases.csv").open(encoding="utf-8") as fh:
        return {r["report_id"]: r for r in csv.DictReader(fh)}


def problems(out):
    with (out / "problems.csv").open(encoding="utf-8") as fh:
        return {r["report_id"]: r for r in csv.DictReader(fh)}


def one_report_folder(tmp_path, name="r.txt", text=REPORT):
    """(input folder holding one report, output folder): the set-up of most tests here."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / name).write_text(text)
    return src, out


def extract(src, out, *extra):
    return cli.main(["extract", str(src), "-o", str(out), "--jobs", "1", "--report-timeout", "0", "--quiet", *extra])


# 1. Stray NUL bytes in valid UTF-8 are a damaged copy, not UTF-16.
@pytest.mark.parametrize("where", [10, 100, 2000])
def test_stray_nul_bytes_in_utf8_keep_the_row(tmp_path, where):
    raw = REPORT.encode()
    raw = raw[:where] + b"\x00\x00" + raw[where:]
    raw += b" " * (len(raw) % 2)  # even length: the shape that used to decode as UTF-16
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r1.txt").write_bytes(raw)
    assert extract(tmp_path / "in", tmp_path / "out") == 0
    row = rows(tmp_path / "out")["r1"]
    assert row["age"] == "58" and row["primary_site"] == "rectum"


def test_utf16_without_a_bom_is_still_read_and_binary_is_a_named_problem(tmp_path):
    assert "58-year-old" in decode(REPORT.encode("utf-16-le"), tmp_path / "x.txt")
    with pytest.raises(ReportProblem) as exc:
        decode(bytes(range(256)) * 20, tmp_path / "x.txt")
    assert exc.value.problem == "binary"


# 2. The extension in any case.
def test_upper_and_mixed_case_extensions_are_read(tmp_path):
    (tmp_path / "in").mkdir()
    for name in ("B.TXT", "x.Txt", "c.txt"):
        (tmp_path / "in" / name).write_text(REPORT)
    assert extract(tmp_path / "in", tmp_path / "out") == 0
    assert set(rows(tmp_path / "out")) == {"B", "x", "c"}


# 3. Magic numbers with their full signatures.
@pytest.mark.parametrize("start", ["BMJ Case Rep. 2019;12:e1.\n", "BMC Cancer 2020.\n", "BMI 31 at admission.\n",
                                   "GIF89 trial patients were excluded.\n", "%PDF of the article is online.\n"])
def test_text_that_starts_like_a_magic_number_is_read(tmp_path, start):
    path = tmp_path / "r.txt"
    path.write_text(start + REPORT)
    assert "58-year-old" in read_report(path).text


@pytest.mark.parametrize("magic", [b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00", b"\x89PNG\r\n\x1a\n\x00\x00",
                                   b"%PDF-1.7\n", b"GIF89a\x01\x00"])
def test_real_images_and_pdfs_are_refused(tmp_path, magic):
    path = tmp_path / "r.txt"
    path.write_bytes(magic + REPORT.encode())
    with pytest.raises(ReportProblem) as exc:
        read_report(path)
    assert exc.value.problem == "binary"


# 4. One limit, one number: a report under it is processed, whatever spaCy's default says. A CLI run on
# 1.1 MB (12 s of CPU): in `make test-exhaustive`; tests/test_budget.py reads dense inputs to the budget in
# `make test`.
@pytest.mark.exhaustive
def test_a_report_over_a_million_characters_is_processed(tmp_path):
    (tmp_path / "in").mkdir()
    filler = "Routine laboratory values were within normal limits on every visit.\n" * 16000
    (tmp_path / "in" / "long.txt").write_text(REPORT + filler)
    assert len(REPORT + filler) > 1_000_000 and MAX_BYTES == 20_000_000
    assert extract(tmp_path / "in", tmp_path / "out") == 0
    assert rows(tmp_path / "out")["long"]["age"] == "58"


def test_the_size_message_and_the_limit_say_the_same_number(tmp_path):
    from pipeline.reading import _check_size

    with pytest.raises(ReportProblem) as exc:
        _check_size(tmp_path, MAX_BYTES + 1, MAX_BYTES)
    assert "over 20 MB" in exc.value.detail


# 7. Vulgar fractions are decimals.
@pytest.mark.fields("ki67_low", "tumor_size_mm")
def test_vulgar_fractions_read_as_decimals(run):
    row, _ = run("Case presentation\nA 58-year-old woman had a rectal NET of 2½ cm. The Ki-67 index was 4½%.\n")
    assert (row["ki67_low"], row["tumor_size_mm"]) == ("4.5", "25")
    row, _ = run("Case presentation\nA 58-year-old woman had a rectal NET of 2 cm. The Ki-67 index was 4%.\n")
    assert (row["ki67_low"], row["tumor_size_mm"]) == ("4", "20")


# 11. Options that cannot be honoured are refused.
def test_dask_with_a_time_budget_and_a_scheduler_without_dask_are_refused(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(REPORT)
    assert cli.main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--engine", "dask",
                     "--report-timeout", "5"]) == 2
    assert "--report-timeout cannot be honoured on the Dask engine" in capsys.readouterr().err
    assert cli.main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "use it with --engine dask" in capsys.readouterr().err


# 13. Ctrl-C says what happened; a killed worker names its signal.
def test_ctrl_c_says_previous_outputs_are_kept_and_exits_130(tmp_path, capsys, monkeypatch):
    import pipeline.extract

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.extract, "run_batch", interrupted)
    (tmp_path / "in").mkdir()
    assert cli.main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "o")]) == 130
    err = capsys.readouterr().err
    assert "interrupted; previous outputs kept" in err and "Traceback" not in err


def test_a_killed_worker_is_reported_with_its_signal():
    from pipeline.runners.local import _how_it_ended

    assert _how_it_ended(-9) == "killed by signal 9 (SIGKILL)"
    assert _how_it_ended(1) == "exit code 1"


# 14. Data embedded in the review page can never close or hide its script block.
@pytest.mark.parametrize("nasty", ["<!--", "</script>", "<!-- a -->", "a & b", "x\u2028y", "-->", "<script>alert(1)</script>"])
def test_review_json_blocks_survive_every_character_class(nasty):
    data = {"text": f"before {nasty} after", "id": nasty}
    block = _json_block("report-0", data)
    inner = block[block.index(">") + 1:block.rindex("</script>")]
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner) == data


# 8 and 15. The review page shows only the files the run read, unchanged, from its input folder.
def test_review_marks_changed_reports_and_reads_nothing_outside_the_input_folder(tmp_path):
    src, out = one_report_folder(tmp_path, "a.txt")
    (src / "b.txt").write_text(REPORT.replace("58", "61"))
    assert extract(src, out) == 0
    (src / "b.txt").write_text("Case presentation\nSomething else entirely now.\n")
    run = json.loads((out / "run.json").read_text())
    secret = tmp_path / "secret.txt"
    secret.write_text("A private file that the review page must never embed.\n")
    for item in run["inputs"]:
        if item["report_id"] == "a":
            item["path"] = str(secret)
    (out / "run.json").write_text(json.dumps(run))
    page = build_review(out).read_text()
    assert "private file" not in page
    blocks = {}
    for i in range(2):
        start = page.index(f'id="report-{i}">') + len(f'id="report-{i}">')
        blocks[i] = json.loads(page[start:page.index("</script>", start)])
    statuses = sorted(b["status"] for b in blocks.values())
    assert statuses == ["changed since the run", "outside the input folder"]
    assert all(b["text"] == "" for b in blocks.values())
    (tmp_path / "in2").mkdir()
    (tmp_path / "in2" / "c.txt").write_text(REPORT)
    extract(tmp_path / "in2", tmp_path / "out2")
    block = build_review(tmp_path / "out2").read_text()
    assert "58-year-old" in block and '"status": "ok"' in block


# 16. One reader: a file name that starts like a formula is scored.
def test_a_report_named_like_a_formula_is_evaluated(tmp_path):
    src, out = one_report_folder(tmp_path, "-rectal.txt")
    (src / "=ileal.txt").write_text(REPORT.replace("rectal", "ileal"))
    assert extract(src, out) == 0
    gold = tmp_path / "gold.csv"
    gold.write_text("report_id,age,sex,primary_site,tumor_size_mm,ki67_low,ki67_high,grade,markers_positive,"
                    "markers_negative,metastasis,metastasis_sites,treatments\n"
                    "-rectal,58,female,rectum,9,2,2,,,,unknown,,surgery\n"
                    "=ileal,58,female,ileum,9,2,2,,,,unknown,,surgery\n")
    assert cli.main(["evaluate", "--gold", str(gold), "--pred", str(out)]) == 0


# 17. A decomposed file name matches the id typed in the gold file.
def test_decomposed_unicode_file_names_match_typed_gold_ids(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    decomposed = unicodedata.normalize("NFD", "Müller_case")
    (src / f"{decomposed}.txt").write_text(REPORT)
    assert extract(src, out) == 0
    assert "Müller_case" in rows(out)
    gold = tmp_path / "gold.csv"
    gold.write_text("report_id,age,sex,primary_site,tumor_size_mm,ki67_low,ki67_high,grade,markers_positive,"
                    "markers_negative,metastasis,metastasis_sites,treatments\n"
                    "Müller_case,58,female,rectum,9,2,2,,,,unknown,,surgery\n", encoding="utf-8")
    assert cli.main(["evaluate", "--gold", str(gold), "--pred", str(out)]) == 0


def test_makefile_quotes_every_path():
    from conftest import ROOT

    text = (ROOT / "Makefile").read_text()
    for variable in ("$(REPORTS)", "$(OUT)", "$(GOLD)", "$(CORPUS)", "$(GENERAL)"):
        for line in text.splitlines():
            if variable in line and not line.lstrip().startswith("#") and "?=" not in line and "test -f" not in line:
                assert f'"{variable}' in line or f'"$(OUT)/' in line, line


# 6. Never over a user's own files.
def test_an_output_folder_with_the_users_own_files_is_refused_unless_overwrite(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "r.txt").write_text(REPORT)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "cases.csv").write_text("my own table\n")
    assert extract(src, mine) == 2
    assert "--overwrite" in capsys.readouterr().err and (mine / "cases.csv").read_text() == "my own table\n"
    assert extract(src, mine, "--overwrite") == 0 and "r" in rows(mine)
    assert extract(src, mine) == 0  # now it carries run.json: a folder of ours


# 12. Each fault is one clear line and its own exit code.
def test_a_second_run_into_a_busy_folder_exits_5(tmp_path, capsys):
    import fcntl

    src, out = one_report_folder(tmp_path)
    out.mkdir()
    with open(out / ".lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert extract(src, out) == 5
    assert "another run is writing into the output folder" in capsys.readouterr().err
    assert extract(src, out) == 0


def test_a_full_disk_exits_4_and_keeps_the_previous_outputs(tmp_path, capsys, monkeypatch):
    import errno
    import os

    src, out = one_report_folder(tmp_path)
    assert extract(src, out) == 0
    before = (out / "cases.csv").read_text()
    (src / "s.txt").write_text(REPORT)
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert extract(src, out) == 4
    monkeypatch.setattr(os, "fsync", real_fsync)
    err = capsys.readouterr().err
    assert "No space left on device" in err and "previous outputs are kept" in err and "Traceback" not in err
    assert (out / "cases.csv").read_text() == before and not list(out.glob(".*.tmp"))


@pytest.mark.parametrize("shape", ["latin1", "folder"])
def test_a_bad_gold_file_is_one_line_and_exit_2(tmp_path, capsys, shape):
    src, out = one_report_folder(tmp_path)
    extract(src, out)
    gold = tmp_path / "gold.csv"
    if shape == "latin1":
        gold.write_bytes("report_id,age\nr,58 años\n".encode("latin-1"))
    else:
        gold.mkdir()
    assert cli.main(["evaluate", "--gold", str(gold), "--pred", str(out)]) == 2
    err = capsys.readouterr().err
    assert ("not UTF-8 text" if shape == "latin1" else "is a folder") in err and "Traceback" not in err


# 5. The cache serves only what it stored.
def test_an_edited_cached_row_is_run_again_with_a_warning(tmp_path, capsys):
    import sqlite3

    src, out = one_report_folder(tmp_path)
    extract(src, out)
    db = sqlite3.connect(out / ".cache" / "results.sqlite")
    key, outcome = db.execute("SELECT key, outcome FROM results").fetchone()
    db.execute("UPDATE results SET outcome = ? WHERE key = ?", (outcome.replace('"age": 58.0', '"age": 85.0'), key))
    db.commit()
    db.close()
    capsys.readouterr()
    assert extract(src, out) == 0
    assert rows(out)["r"]["age"] == "58"
    err = capsys.readouterr().err
    # warnings never print row values (the edited value as stored, not a bare '85', which a temporary path can hold)
    assert "checksum" in err and "85.0" not in err


@pytest.mark.parametrize("damage", ["middle", "cache_is_a_file"])
def test_a_damaged_or_unusable_cache_never_stops_a_run(tmp_path, damage):
    src, out = one_report_folder(tmp_path)
    extract(src, out)
    cache = out / ".cache" / "results.sqlite"
    if damage == "middle":
        raw = bytearray(cache.read_bytes())
        raw[len(raw) // 2:len(raw) // 2 + 2048] = b"\xff" * 2048
        cache.write_bytes(bytes(raw))
    else:
        import shutil

        shutil.rmtree(out / ".cache")
        (out / ".cache").write_text("not a folder")
    for _ in range(2):
        assert extract(src, out) == 0 and rows(out)["r"]["age"] == "58"
        assert extract(src, out, "--force") == 0


# 9. A kill at any step of publishing leaves one run or the other, never a mix. A middle step runs in
# `make test`; every step runs in `make test-exhaustive` (a run of the CLI each; tests/sampling.py).
QUICK_KILL_STEPS = ("cases.csv",)


@pytest.mark.parametrize("step", sampled(["journal", "problems.csv", "mentions.csv", "cases.jsonl", "cases.csv",
                                          "cases.parquet", "mentions.parquet", "run.json"], QUICK_KILL_STEPS))
def test_a_kill_while_publishing_shows_one_run_or_the_other(tmp_path, step):
    import os
    import subprocess
    import sys

    from conftest import ROOT
    from pipeline.api import read_outputs

    src, out = one_report_folder(tmp_path, "old.txt")
    assert extract(src, out, "--format", "csv,parquet") == 0
    (src / "old.txt").unlink()
    (src / "new.txt").write_text(REPORT.replace("58", "61"))
    env = {**os.environ, "PIPELINE_TEST_KILL_AT": step}
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out), "--jobs", "1",
                           "--report-timeout", "0", "--quiet", "--format", "csv,parquet"], cwd=ROOT, env=env,
                          capture_output=True)
    assert done.returncode == 9
    ids = set(read_outputs(out).cases.report_id)  # the reader finishes a half-published run first
    with (out / "cases.jsonl").open() as fh:
        jsonl_ids = {json.loads(line)["report_id"] for line in fh}
    with (out / "cases.csv").open() as fh:
        csv_ids = {r["report_id"] for r in csv.DictReader(fh)}
    run = json.loads((out / "run.json").read_text())
    assert ids in ({"old"}, {"new"}) and jsonl_ids == csv_ids == ids
    assert {i["report_id"] for i in run["inputs"]} == ids and not (out / ".publish.json").exists()


# 10. No worker outlives the run that started it, however the run ends.
@pytest.mark.parametrize("how", [pytest.param("SIGTERM", marks=pytest.mark.exhaustive), "SIGKILL"])  # SIGTERM: exhaustive
def test_no_worker_outlives_its_parent(tmp_path, how):
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    src = tmp_path / "in"
    src.mkdir()
    for i in range(300):
        (src / f"r{i:03d}.txt").write_text(REPORT * 20)
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(tmp_path / "out"),
                             "--jobs", "2", "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    children: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(children) < 2:
        try:
            children = [int(c) for c in open(f"/proc/{proc.pid}/task/{proc.pid}/children").read().split()]
        except OSError:
            break
        time.sleep(0.1)
    assert len(children) >= 2, "the workers never started"
    proc.send_signal(getattr(signal, how))
    code = proc.wait(timeout=60)
    assert code == (143 if how == "SIGTERM" else -9)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{c}") and "zombie" not in
                                              open(f"/proc/{c}/status").read() for c in children):
        time.sleep(0.1)
    alive = [c for c in children if os.path.exists(f"/proc/{c}") and "zombie" not in open(f"/proc/{c}/status").read()]
    assert not alive, f"workers {alive} outlived their parent"
    if how == "SIGTERM":
        assert b"terminated; previous outputs kept" in proc.stderr.read()
        assert not list((tmp_path / "out").glob(".*.tmp"))


# 17. Links and hidden files: named, never passed over in silence.
def test_a_symlink_loop_is_named_as_a_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(ReportProblem) as exc:
        read_report(loop)
    assert "loop" in exc.value.detail
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(ReportProblem) as exc:
        read_report(tmp_path / "gone.txt")
    assert "does not exist" in exc.value.detail


def test_hidden_reports_and_linked_folders_are_named_when_left_out(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "r.txt").write_text(REPORT)
    (src / ".draft.txt").write_text(REPORT)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "e.txt").write_text(REPORT)
    (src / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert cli.main(["extract", str(src), "-o", str(tmp_path / "out"), "--jobs", "1", "--report-timeout", "0",
                     "--recursive"]) == 0
    err = capsys.readouterr().err
    assert "not read: 1 hidden .txt file(s) and 1 linked folder(s)" in err
    assert "r" in rows(tmp_path / "out")


# The property: stray bytes never give an empty row without a problems.csv line.
def test_stray_bytes_boms_and_magic_prefixes_never_give_a_silent_empty_row(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from pipeline.reading import ReportProblem as Problem
    from pipeline.reading import _report_from_bytes

    prefixes = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"BM", b"BMJ ", b"%PDF", b"GIF8", b"PK", b"II*", b"\x00"]

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.sampled_from(prefixes), st.lists(st.tuples(st.integers(0, len(REPORT)), st.sampled_from(
        [b"\x00", b"\x01", b"\x1b", b"\x7f", b"\x00\x00", b"\x0b"])), max_size=6))
    def check(prefix, inserts):
        raw = bytearray(REPORT.encode())
        for at, junk in sorted(inserts, reverse=True):
            raw[at:at] = junk
        try:
            report = _report_from_bytes(prefix + bytes(raw), "r.txt", "r", "r.txt", "")
        except Problem:
            return  # a named problem: a problems.csv line
        assert "58-year-old" in report.text.replace("\x00", "") or "rectal" in report.text

    check()


def test_the_command_line_starts_without_loading_spacy():
    """An unchanged re-run is served from the cache in well under a second: the CLI's own imports must not
    pull in spaCy (a gold error class once did, through the gold reader)."""
    import subprocess
    import sys

    from conftest import ROOT

    code = "import sys, pipeline.cli; assert 'spacy' not in sys.modules, 'spacy imported'"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_stale_temporaries_of_a_killed_run_are_removed_by_the_next(tmp_path):
    src, out = one_report_folder(tmp_path)
    assert extract(src, out) == 0
    (out / ".cases.csv.k1ll3d.tmp").write_text("half a file")
    (out / ".cases.parquet.k1ll3d.tmp").mkdir()
    assert extract(src, out) == 0
    assert not list(out.glob(".*.tmp")) and rows(out)["r"]["age"] == "58"


def test_a_read_only_cache_is_a_warning_and_the_run_goes_on(tmp_path, capsys, monkeypatch):
    import sqlite3

    from pipeline.runners import cache as cache_module

    real_connect = sqlite3.connect

    def read_only(path, *args, **kwargs):
        if str(path) != ":memory:":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real_connect(path, *args, **kwargs)

    monkeypatch.setattr(cache_module.sqlite3, "connect", read_only)
    src, out = one_report_folder(tmp_path)
    assert extract(src, out) == 0 and rows(out)["r"]["age"] == "58"
    assert "cannot be used" in capsys.readouterr().err


def test_make_extract_installs_only_the_runtime():
    """A user who only extracts gets spaCy and its runtime, not Playwright, hypothesis, Dask or matplotlib."""
    from conftest import ROOT

    lines = (ROOT / "Makefile").read_text().splitlines()
    target = {line.split(":")[0]: line.split(":", 1)[1].split() for line in lines if line and not line[0].isspace()
              and ":" in line and "=" not in line.split(":")[0]}
    assert target["extract"] == ["$(VENV)/.runtime-installed"]
    recipe = lines[lines.index("$(VENV)/.runtime-installed: pyproject.toml") + 2]
    assert recipe.strip().endswith("-e .") and "[" not in recipe


@pytest.mark.parametrize("raw, expected", [
    (b"\xff\xfe" + "A 58-year-old man.".encode("utf-16-le"), "A 58-year-old man."),
    (b"\xfe\xff" + "A 58-year-old man.".encode("utf-16-be"), "A 58-year-old man."),
    (b"\xff\xfe" + "神经内分泌肿瘤".encode("utf-16-le"), "神经内分泌肿瘤"),
    (b"\xff\xfeA 58-year-old man.", "A 58-year-old man."),  # a UTF-16 mark before UTF-8 text: stray bytes
    (b"\xff\xfeA 58-year-old\x00 man.", "A 58-year-old man."),
])
def test_a_utf16_mark_is_believed_only_when_utf16_follows(raw, expected):
    from pipeline.decoding import decode

    assert decode(raw, Path("r.txt")) == expected
