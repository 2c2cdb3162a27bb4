"""Bytes to text: which encoding a report is in, and whether it is text at all.

Published reports arrive as UTF-8, UTF-8 with a BOM, UTF-16 with or without a mark, Windows code pages
and damaged copies of each (a UTF-16 mark before UTF-8 text, stray NULs, control bytes). Each is read
the way a person opening the file would expect; bytes that are a PDF, an image or an executable are
refused with a ReportProblem naming the file, so that one bad file never stops a batch. reading.py
does the rest (furniture, unicode oddities) on the decoded text.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# C0 control characters other than tab, line feed, form feed and carriage return, and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


class ReportProblem(Exception):
    """A report that cannot be read; `problem` is a short code, `detail` says it for a person."""

    def __init__(self, path: Path | str, problem: str, detail: str):  # a URL is a str
        super().__init__(f"{path}: {detail}")
        self.path, self.problem, self.detail = path, problem, detail


def decode(raw: bytes, path: Path) -> str:
    return decode_with_encoding(raw, path)[0]


def decode_with_encoding(raw: bytes, path: Path) -> tuple[str, str]:
    """The text, and the encoding it was read with (run.json records it for each input): 'utf-8',
    'utf-8-sig', 'utf-16-le', 'utf-16-be', what charset_normalizer chose, or the 'cp1252' fallback."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            if encoding.startswith("utf-16") and _stray_nuls_in_utf8(body):
                raw = body  # 'ÿþ' before UTF-8 text (a damaged copy), not a UTF-16 mark: read as UTF-8
                break
            return body.decode(encoding, errors="replace"), ("utf-8-sig" if encoding == "utf-8" else encoding)
    if b"\x00" in raw[:4096] and not _stray_nuls_in_utf8(raw):
        # UTF-16 without a BOM: NUL bytes in every other place.
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, encoding
        raise ReportProblem(path, "binary", "binary file (NUL bytes), not a text report")
    try:
        return _CONTROL.sub("", raw.decode("utf-8")), "utf-8"  # stray control bytes in valid UTF-8 are dropped
    except UnicodeDecodeError:
        pass
    return _guess_encoding(raw)


def _guess_encoding(raw: bytes) -> tuple[str, str]:
    """Not UTF-8: charset_normalizer's best guess when its text looks like text, else cp1252."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is not None and best.encoding not in ("utf_8",):
            text = str(best)
            if _looks_like_text(text):
                return text, best.encoding.replace("_", "-")
    except ImportError:  # pragma: no cover - charset_normalizer is a dependency
        pass
    return raw.decode("cp1252", errors="replace"), "cp1252"


def detect_encoding(raw: bytes) -> str | None:
    """The encoding a report's bytes are read with; None for bytes that are not a text report."""
    if _is_known_binary(raw):
        return None
    try:
        return decode_with_encoding(raw, Path("-"))[1]
    except ReportProblem:
        return None


def _stray_nuls_in_utf8(raw: bytes) -> bool:
    """Valid UTF-8 with a few NUL bytes (a damaged copy) rather than UTF-16, which has a NUL in
    about every other byte of Latin text: UTF-8 wins unless NULs are a fifth of the sample."""
    sample = raw[:4096]
    if sample.count(0) * 5 >= len(sample):
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    sample = text[:4000]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in "\n\r\t")
    return bad / len(sample) < 0.02


# Full signatures, so that text that merely starts the same way ('BMJ Case Rep.', 'GIF89 patients')
# is read: a bitmap is 'BM', its size, then four reserved zero bytes.
_MAGIC = re.compile(rb"%PDF-|\x89PNG\r\n\x1a\n|\xff\xd8\xff|GIF8[79]a|PK\x03\x04|\x7fELF|BM[\s\S]{4}\x00\x00\x00\x00"
                    rb"|II\*\x00|MM\x00\*")


def _is_known_binary(raw: bytes) -> bool:
    return bool(_MAGIC.match(raw[:16]))
