"""Issue 21: the inputs and faults a careful user hits, each built here in our own words, each giving a
row, a named problem or a clear refusal, never an empty row or a wrong one in silence."""
from __future__ import annotations

import csv
import json
import unicodedata

import pytest

from pipeline import cli
from pipeline.reading import MAX_BYTES, ReportProblem, decode, read_report
from pipeline.review import _json_block, build_review

REPORT = ("Case presentation\nA 58-year-old woman had a rectal NET of 9 mm. The Ki-67 index was 2%. "
          "She underwent endoscopic resection.\n")


def rows(out):
    with (out / "cases.csv").open(encoding="utf-8") as fh:
        return {r["report_id"]: r for r in csv.DictReader(fh)}


def problems(out):
    with (out / "problems.csv").open(encoding="utf-8") as fh:
        return {r["report_id"]: r for r in csv.DictReader(fh)}


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


# 4. One limit, one number: a report under it is processed, whatever spaCy's default says.
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
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(REPORT)
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
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "-rectal.txt").write_text(REPORT)
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
