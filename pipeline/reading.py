"""Reads report files into clean text: publisher furniture, unicode oddities (decoding.py turns the bytes
into text first).

Every problem becomes a ReportProblem naming the file, so that one bad file never stops a batch.
"""
from __future__ import annotations

import errno
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .decoding import ReportProblem, _is_known_binary, _looks_like_text, decode, detect_encoding
from .layout import layout_undoer

MAX_BYTES = 20_000_000  # larger files are refused (20 MB): no case report is this long. nlp.max_length follows it

_FURNITURE = re.compile(r"\[(?:bookmark|image)\s*:[^\]\n]*\]", re.IGNORECASE)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
                          "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ",
                          # r14: the ideographic comma and full stop of a Japanese report's stain list
                          # ('synaptophysin(+)、CD34(-)') separate as their Western marks do
                          "\u3001": ", ", "\u3002": ". "})
_TRAILING_SPACE = re.compile(r"[ \f\v]+\n")
# A run of 150+ characters without a space is never prose (real reports top out near 90: URLs).
# spaCy's tokenizer peels prefixes and suffixes off such a run one by one, which is quadratic in
# its length ('((((...'), so its punctuation is spaced out before anything reads it.
_LONG_RUN = re.compile(r"\S{150,}")
# r14: Japanese and Chinese text runs on into an English stain or drug name with no space between
# ('免疫染色でAE1/AE3(+)', 'NSE(+)であった'); a space where the script changes makes the name a word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_SCRIPT_CHANGE = re.compile(rf"(?<=[{_CJK}])(?=[A-Za-z(])|(?<=[A-Za-z)])(?=[{_CJK}])")
_CJK_CHAR = re.compile(f"[{_CJK}]")  # a cheap test first: most reports hold none
# Eleven or more of the same punctuation mark in a row ('((((((', '=========') carry nothing a row
# needs and cost a token each; ten are kept.
_REPEATED_MARK = re.compile(r"([^\w\s])\1{10,}")
_PUNCT = re.compile(r"([^\w\s])")
# Vulgar fractions, read as decimals before NFKC turns '4½' into '41⁄2'.
_FRACTIONS = {"½": ".5", "¼": ".25", "¾": ".75", "⅓": ".33", "⅔": ".67", "⅕": ".2", "⅖": ".4", "⅗": ".6",
              "⅘": ".8", "⅙": ".17", "⅚": ".83", "⅛": ".125", "⅜": ".375", "⅝": ".625", "⅞": ".875"}
_FRACTION = re.compile("(\\d?)([" + "".join(_FRACTIONS) + "])")


@dataclass(frozen=True)
class Report:
    report_id: str
    path: Path
    text: str
    sha256: str


def report_id_for(path: Path) -> str:
    """The file name without its extension, in Unicode NFC: a name typed on one system matches the
    same name stored decomposed by another ('Müller' as u + combining diaeresis)."""
    return unicodedata.normalize("NFC", path.name[:-len(path.suffix)] if path.suffix else path.name)


_BRACKETED_SIGN = re.compile(r"\[([+-]{1,3})\]")
# r14: a sign bracketed right after a stain's name ('AE1/AE3(+)', 'CAM5.2(-)') stays in the name's token,
# which then names no stain; spaced off, it is read as 'CD56 (+)' is.
_GLUED_SIGN = re.compile(r"(?<=[A-Za-z0-9])\((?=[+-]{1,3}[),])")
# 'CK7(-)/CK20(+)' is read as it stands; anchored at the run's start, so a run is tried once
_GLUED_SIGN_RUN = re.compile(r"(?<!\S)\S*?[A-Za-z0-9]\([+-]{1,3}[),]\S*")
# A raised decimal point between digits, as some journals print it ('5·9 cm', 'Ki-67 2∙5%': middle
# dot, bullet operator, dot operator), is a decimal point; one character for one, offsets stay.
_RAISED_DECIMAL = re.compile("(?<=\\d)[\u00b7\u2219\u22c5](?=\\d)")
# A figure call glued to the word before it ('staining(Fig. 2c)', 'positive for synaptophysin(3b)', as
# text pulled from a PDF has it) would hide that word from the tokenizer: a space goes before the bracket.
_GLUED_FIGURE_CALL = re.compile(r"(?<=[a-z]{3})\((?=(?:[Ff]ig(?:ure)?s?\.?\s*)?\d{1,2}[a-z]?\))")


def _spaced_signs(m: re.Match) -> str:
    """'AE1/AE3(+)' -> 'AE1/AE3 (+)'; a signed slash pair ('CK7(-)/CK20(+)') stays as written."""
    run = m.group(0)
    return run if ")/" in run else _GLUED_SIGN.sub(" (", run)


def normalize_text(text: str, rules_dir: str = "") -> str:
    """Unicode, markup and layout clean-up; offsets in all outputs refer to this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    undo = layout_undoer(str(rules_dir or ""))
    text = undo.strip_tags(text)
    if "&" in text:
        text = html.unescape(text)
    text = _ZERO_WIDTH.sub("", text)
    if any(f in text for f in _FRACTIONS):
        text = _FRACTION.sub(lambda m: (m.group(1) or "0") + _FRACTIONS[m.group(2)], text)
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_HYPHENS)
    text = _FURNITURE.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _REPEATED_MARK.sub(lambda m: m.group(1) * 10, text)
    if _CJK_CHAR.search(text):
        text = _SCRIPT_CHANGE.sub(" ", text)
    text = _LONG_RUN.sub(lambda m: _PUNCT.sub(r" \1 ", m.group(0)), text)
    text = _BRACKETED_SIGN.sub(r"(\1)", text)  # 'CD56 [-]' is written as 'CD56 (-)' elsewhere
    if _GLUED_SIGN.search(text):
        text = _GLUED_SIGN_RUN.sub(_spaced_signs, text)
    text = _RAISED_DECIMAL.sub(".", text)
    text = _GLUED_FIGURE_CALL.sub(" (", text)
    text = undo.join_split_words(undo.join_broken_words(undo.unwrap(text)))
    return undo.decimal_points(undo.unglue_headers(undo.unglue_citations(text)))


def read_report(path: Path, max_bytes: int = MAX_BYTES, rules_dir: str = "") -> Report:
    path = Path(path)
    if path.is_symlink() and not path.exists():
        try:
            path.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ReportProblem(path, "broken_link", "symbolic link loop: the link leads back to itself") from exc
        raise ReportProblem(path, "broken_link", "broken symbolic link: its target does not exist")
    if path.is_dir():
        raise ReportProblem(path, "not_a_file", "is a folder, not a text file")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReportProblem(path, "unreadable", f"cannot be read ({exc.strerror})") from exc
    _check_size(path, size, max_bytes)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReportProblem(path, "unreadable", f"cannot be read ({exc.strerror})") from exc
    return _report_from_bytes(raw, path, report_id_for(path), path, rules_dir)


def _check_size(where, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ReportProblem(where, "too_large",
                            f"file is {size / 1e6:.1f} MB; reports over {max_bytes / 1e6:.0f} MB are refused")


def _report_from_bytes(raw: bytes, where, report_id: str, path, rules_dir: str) -> Report:
    if _is_known_binary(raw):
        raise ReportProblem(where, "binary", "binary file (image or PDF), not a text report")
    text = normalize_text(decode(raw, where), rules_dir)
    if not text.strip():
        raise ReportProblem(where, "empty", "file is empty or holds only white space")
    if not _looks_like_text(text):
        raise ReportProblem(where, "binary", "binary content, not a text report")
    return Report(report_id, path, text, hashlib.sha256(raw).hexdigest())


def text_report(report_id: str, text: str, rules_dir: str = "") -> Report:
    """A report given as text (the Python API): the same checks as a file's, after decoding."""
    return _report_from_bytes(text.encode("utf-8"), report_id, report_id, report_id, rules_dir)


# --- Reports anywhere fsspec reaches (s3://, gs://, memory://, ...) ---------------------------------

def is_url(location) -> bool:
    return "://" in str(location)


def list_report_urls(url: str, recursive: bool = False) -> list[str]:
    """Every `*.txt` under a URL, as full URLs, in the order of list_reports."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    pattern = root.rstrip("/") + ("/**/*.txt" if recursive else "/*.txt")
    found = [p for p in fs.glob(pattern) if not any(part.startswith(".") for part in p[len(root):].split("/"))]
    found.sort(key=lambda p: (p.rsplit("/", 1)[-1].lower(), p))
    return [fs.unstrip_protocol(p) for p in found]


def url_exists(url: str) -> bool:
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    return fs.isdir(root)


def url_fingerprint(url: str) -> tuple[str, int]:
    """(a key that changes when the file changes, its size) without reading it: fsspec's ukey
    (size, modification time or ETag), so that a remote corpus is not downloaded to be listed."""
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    try:
        return fs.ukey(path), int(fs.size(path) or 0)
    except (OSError, ValueError):
        return "", 0


def read_report_url(url: str, max_bytes: int = MAX_BYTES, rules_dir: str = "") -> Report:
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    try:
        if fs.isdir(path):
            raise ReportProblem(url, "not_a_file", "is a folder, not a text file")
        _check_size(url, int(fs.size(path) or 0), max_bytes)
        raw = fs.cat_file(path)
    except (OSError, ValueError) as exc:
        raise ReportProblem(url, "unreadable", f"cannot be read ({exc})") from exc
    return _report_from_bytes(raw, url, report_id_for(Path(path)), url, rules_dir)


def list_reports(folder: Path, recursive: bool = False) -> list[Path]:
    """Every `.txt` entry, whatever the case of its extension (`B.TXT`, `x.Txt`): files, folders and
    links alike, so that bad ones are reported. Hidden entries are left out (see `skipped_entries`)."""
    folder = Path(folder)
    candidates = folder.rglob("*") if recursive else folder.iterdir()
    paths = [p for p in candidates if p.suffix.lower() == ".txt"
             and not any(part.startswith(".") for part in p.relative_to(folder).parts)]
    return sorted(paths, key=lambda p: (p.name.lower(), str(p)))


def skipped_entries(folder: Path, recursive: bool = False) -> tuple[list[Path], list[Path]]:
    """(hidden .txt entries, linked folders) that list_reports leaves out, so that the run can say so."""
    folder = Path(folder)
    hidden, linked = [], []
    for p in (folder.rglob("*") if recursive else folder.iterdir()):
        parts = p.relative_to(folder).parts
        if p.suffix.lower() == ".txt" and any(part.startswith(".") for part in parts):
            hidden.append(p)
        elif recursive and p.is_symlink() and p.is_dir():
            linked.append(p)
    return hidden, linked


def file_facts(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, str | None]:
    """The file's SHA-256 and the encoding it is read with, from one read of its bytes ('' and None
    when it cannot be read; no encoding for a file too large to be a report)."""
    try:
        if not path.is_file():
            return "", None
        raw = path.read_bytes()
    except OSError:
        return "", None
    return hashlib.sha256(raw).hexdigest(), (detect_encoding(raw) if len(raw) <= max_bytes else None)

