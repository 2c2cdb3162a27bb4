"""Reads report files into clean text: decoding, publisher furniture, unicode oddities.

Every problem becomes a ReportProblem naming the file, so that one bad file never stops a batch.
"""
from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .rules import load_rules

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused: no case report is this long

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_FURNITURE = re.compile(r"\[(?:bookmark|image)\s*:[^\]\n]*\]", re.IGNORECASE)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
                          "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u3000": " "})
_TRAILING_SPACE = re.compile(r"[ \f\v]+\n")
# A run of 150+ characters without a space is never prose (real reports top out near 90: URLs).
# spaCy's tokenizer peels prefixes and suffixes off such a run one by one, which is quadratic in
# its length ('((((...'), so its punctuation is spaced out before anything reads it.
_LONG_RUN = re.compile(r"\S{150,}")
# Eleven or more of the same punctuation mark in a row ('((((((', '=========') carry nothing a row
# needs and cost a token each; ten are kept.
_REPEATED_MARK = re.compile(r"([^\w\s])\1{10,}")
_PUNCT = re.compile(r"([^\w\s])")
LOWER_WORD = re.compile(r"[a-z]{3,}")
STARTS = re.compile(r"\n|[.!?]\s")  # a header can stand after these
NUMBER_LEAD = re.compile(r"[\d.\s]*")  # '2. ' before a numbered header


class ReportProblem(Exception):
    """A report that cannot be read; `problem` is a short code, `detail` says it for a person."""

    def __init__(self, path: Path, problem: str, detail: str):
        super().__init__(f"{path}: {detail}")
        self.path, self.problem, self.detail = path, problem, detail


@dataclass(frozen=True)
class Report:
    report_id: str
    path: Path
    text: str
    sha256: str


def report_id_for(path: Path) -> str:
    return path.stem


def decode(raw: bytes, path: Path) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding, errors="replace")
    if b"\x00" in raw[:4096]:
        # UTF-16 without a BOM is the only text with NUL bytes we accept.
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text
        raise ReportProblem(path, "binary", "binary file (NUL bytes), not a text report")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is not None and best.encoding not in ("utf_8",):
            text = str(best)
            if _looks_like_text(text):
                return text
    except ImportError:  # pragma: no cover - charset_normalizer is a dependency
        pass
    return raw.decode("cp1252", errors="replace")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    sample = text[:4000]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in "\n\r\t")
    return bad / len(sample) < 0.02


def normalize_text(text: str, rules_dir: str = "") -> str:
    """Unicode, markup and layout clean-up; offsets in all outputs refer to this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    undo = _markup_undoer(str(rules_dir or ""))
    text = undo.strip_tags(text)
    if "&" in text:
        text = html.unescape(text)
    text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_HYPHENS)
    text = _FURNITURE.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _REPEATED_MARK.sub(lambda m: m.group(1) * 10, text)
    text = _LONG_RUN.sub(lambda m: _PUNCT.sub(r" \1 ", m.group(0)), text)
    text = undo.join_split_words(undo.join_broken_words(undo.unwrap(text)))
    return undo.decimal_points(undo.unglue_headers(text))


class LayoutUndoer:
    """Undoes what a dump does to text: markup tags, words hyphenated at a line end, hard wraps."""

    def __init__(self, cfg: dict, sections: dict, lexicon_words: frozenset):
        names = sorted(cfg["block_tags"] + cfg["inline_tags"], key=len, reverse=True)
        self.block = {t.lower() for t in cfg["block_tags"]}
        self.tag = re.compile(rf"</?(?:jats:|mml:)?({'|'.join(map(re.escape, names))})\b[^<>\n]{{0,200}}?/?>",
                              re.IGNORECASE)
        self.broken = re.compile(r"\b([A-Za-z]{2,})-[ \t]*\n[ \t]*([a-z]{2,})\b")
        self.split_pairs = [(w[:i], w[i:]) for w in sorted(lexicon_words) if len(w) >= 8 for i in range(3, len(w) - 2)
                            if w[:i] not in lexicon_words and w[i:] not in lexicon_words]
        self.prefixes = frozenset(cfg["compound_prefixes"])
        self.lexicon = lexicon_words
        self.wrap = (cfg["wrap_min_line"], cfg["wrap_max_line"], cfg["wrap_share"], cfg["wrap_min_lines"])
        self.open_share = cfg["wrap_open_share"]
        units = "|".join(re.escape(u) for u in sorted(cfg["decimal_comma_units"], key=len, reverse=True))
        self.decimal_comma = re.compile(
            rf"(\d),(?=\d{{1,2}}(?:\s?[×xX*]\s?\d+(?:[.,]\d{{1,2}})?)*\s?(?:{units})(?![A-Za-z]))")
        headers = sorted({p.lower() for ps in sections["classes"].values() for p in ps} | 
                         {p.lower() for p in sections["case_subsections"]}, key=len, reverse=True)
        alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in headers)
        # 'Case presentationA 62-year-old': a header whose line break was lost, at a line start or
        # after a sentence end; only a header ending in a lower-case letter, so 'CASE REPORTA' is left alone.
        self.glued = re.compile(rf"(?:\d+\.?\s+)?(?:{alt})(?<=(?-i:[a-z]))(?=(?-i:[A-Z0-9]))", re.IGNORECASE)
        # 'DISCUSSIONIndeed', 'CASE REPORTA 62-year-old': an upper-case header before a capitalised word.
        upper = "|".join(re.escape(h.upper()).replace(r"\ ", r"\s+") for h in headers)
        self.glued_upper = re.compile(rf"(?:\d+\.?\s+)?(?:{upper})(?=[A-Z][a-z]|[a-z]|An?\s|[0-9])")
        self.header_starts = {h[:3] for h in headers}

    def decimal_points(self, text: str) -> str:
        """'2,5 cm' -> '2.5 cm' (same length, so offsets do not move)."""
        return self.decimal_comma.sub(r"\1.", text) if "," in text else text

    def unglue_headers(self, text: str) -> str:
        """Tries the header patterns only where a header can start (line starts, sentence ends) and
        only when the next three letters begin some header phrase: a dictionary look-up per start."""
        out, pos = [], 0
        for at in [0] + [m.end() for m in STARTS.finditer(text)]:
            if at < pos:
                continue
            lead = NUMBER_LEAD.match(text, at)
            if text[lead.end():lead.end() + 3].lower() not in self.header_starts:
                continue
            m = self.glued.match(text, at) or self.glued_upper.match(text, at)
            at_line_start = at == 0 or text[at - 1] == "\n"
            while m:  # 'AbstractBACKGROUNDPrimary': a glued header may follow a glued header
                out.append(text[pos:m.end()])
                out.append("\n" if at_line_start else " ")
                pos = m.end()
                m = self.glued.match(text, pos) or self.glued_upper.match(text, pos)
        out.append(text[pos:])
        return "".join(out)

    def strip_tags(self, text: str) -> str:
        if "<" not in text:
            return text
        return self.tag.sub(lambda m: "\n" if m.group(1).lower() in self.block else "", text)

    def join_broken_words(self, text: str) -> str:
        if "-\n" not in text and not re.search(r"-[ \t]+\n", text):
            return text
        lower = text.lower()

        def join(m):
            first, second = m.group(1), m.group(2)
            joined, hyphenated = (first + second).lower(), f"{first}-{second}".lower()
            if joined in self.lexicon or (joined in lower and hyphenated not in lower):
                return first + second
            if hyphenated in lower or first.lower() in self.prefixes:
                return f"{first}-{second}"
            return first + second

        return self.broken.sub(join, text)

    def join_split_words(self, text: str) -> str:
        """'chromo- granin', 'synapto physin': joined only when the joined word is a lexicon word
        of eight letters or more and neither part is one. The pairs to look for come from the
        lexicon and the report's own words (set look-ups), not from a test at every word."""
        words = set(LOWER_WORD.findall(text.lower()))
        pairs = [(a, b) for a, b in self.split_pairs if a in words and b in words]
        for first, second in pairs:
            text = re.sub(rf"\b({first})-? ({second})\b", r"\1\2", text, flags=re.IGNORECASE)
        return text

    def unwrap(self, text: str) -> str:
        """In a hard-wrapped report, a line break inside a paragraph becomes a space."""
        low, high, share, min_lines = self.wrap
        lines = text.split("\n")
        # Header lines, short tails of paragraphs and table rows say nothing about the wrap width.
        body = [line for line in lines if len(line.strip()) >= 25 and "\t" not in line]
        filled = [len(line) for line in body]
        in_range = [line for line in body if low <= len(line) <= high]
        if len(filled) < min_lines or len(in_range) < share * len(filled):
            return text
        width = sorted(filled)[int(0.9 * (len(filled) - 1))]
        # Lines that fill the width end inside a sentence when the text was wrapped.
        full = [line for line in in_range if len(line) >= 0.75 * width]
        if sum(not line.rstrip().endswith((".", "!", "?", ":")) for line in full) < self.open_share * len(full):
            return text
        out = []
        for i, line in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            # A line that stops short after a full stop ends its paragraph; a full-width one was wrapped.
            ends_paragraph = line.rstrip().endswith((".", "?", "!")) and len(line) < width - 12
            continues = len(nxt.strip()) >= 25 or nxt.rstrip().endswith((".", "?", "!", ")"))  # not a header line
            soft = (low <= len(line) <= high and continues and not ends_paragraph
                    and "\t" not in line and not nxt.startswith(("\t", " ")))
            hyphen_break = soft and line.endswith("-") and nxt[:1].islower()  # left for join_broken_words
            out.append(line + (" " if soft and not hyphen_break else "\n"))
        return "".join(out)[:-1] if out else text


@lru_cache(maxsize=4)
def _markup_undoer(rules_dir: str = "") -> LayoutUndoer:
    rules = load_rules(rules_dir or None)
    return LayoutUndoer(rules["reading"], rules["sections"], rules.lexicon_words)


def read_report(path: Path, max_bytes: int = MAX_BYTES, rules_dir: str = "") -> Report:
    path = Path(path)
    if path.is_symlink() and not path.exists():
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


def _is_known_binary(raw: bytes) -> bool:
    magic = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF", b"BM", b"II*\x00", b"MM\x00*")
    return raw.startswith(magic)


def list_reports(folder: Path, recursive: bool = False) -> list[Path]:
    """Every `*.txt` entry (files, folders and links alike, so that bad ones are reported)."""
    folder = Path(folder)
    pattern = "**/*.txt" if recursive else "*.txt"
    paths = [p for p in folder.glob(pattern) if not any(part.startswith(".") for part in p.relative_to(folder).parts)]
    return sorted(paths, key=lambda p: (p.name.lower(), str(p)))


def file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    except OSError:
        return ""
