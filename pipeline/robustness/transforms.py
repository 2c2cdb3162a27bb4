"""Text transformations that keep a report's facts and change its clothes.

Each transformation is a small pure function `(text, rng) -> text` with a name; `compose` chains
them and every random choice comes from the `random.Random` passed in, so a seed reproduces a run.
They work on the reader's normalised text (`reading.normalize_text`) and find headers with the
pipeline's own section splitter: the promise under test is that a header the pipeline understood
in one layout is understood in every other one, and that what a transformation adds (furniture,
other patients' values) never reaches the row.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..sections import split_sections
from .furniture import (
    author_block,
    cite_line,
    copyright_line,
    general_statement,
    keyword_list,
    literature_row,
    running_head,
    similar_articles,
)

Transform = Callable[[str, random.Random], str]


@dataclass(frozen=True)
class Header:
    start: int  # offsets of the whole header line, without its line break
    end: int
    text: str  # the header phrase as written


def header_lines(text: str) -> list[Header]:
    """Headers that stand on a line of their own (optionally numbered or with a colon)."""
    found = []
    for section in split_sections(text):
        if not section.header:
            continue
        line_end = text.find("\n", section.start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[section.start:line_end].strip()
        if line and len(line) <= len(section.header) + 8 and section.header.lower() in line.lower():
            found.append(Header(section.start, line_end, line.rstrip(":").strip()))
    return found


def _replace_headers(text: str, render: Callable[[Header, str], str]) -> str:
    """Rebuilds the text with each header line (and the line break after it) rendered anew."""
    out, pos = [], 0
    for h in header_lines(text):
        out.append(text[pos:h.start])
        rest_start = h.end + 1 if h.end < len(text) and text[h.end] == "\n" else h.end
        out.append(render(h, text[rest_start:rest_start + 1]))
        pos = rest_start
    out.append(text[pos:])
    return "".join(out)


# --- layout -----------------------------------------------------------------------------------------

def flatten(text, rng):
    """Every line break becomes a space, as on a flattened web page."""
    return re.sub(r"[ \t]*\n+[ \t]*", " ", text)


def header_inline(text, rng):
    """'Case presentation\\nA 45-year-old' -> 'CASE PRESENTATION: A 45-year-old'."""
    return _replace_headers(text, lambda h, nxt: f"{h.text.upper()}: ")


def headers_on_one_line(text, rng):
    """The meeting-abstract shape: the whole report on one line, 'INTRODUCTION: ... CASE: ...'."""
    return flatten(header_inline(text, rng), rng)


def header_glued(text, rng):
    """A dump that lost the break after a header: 'Case presentationA 62-year-old'."""
    return _replace_headers(text, lambda h, nxt: h.text)


def headers_upper(text, rng):
    return _replace_headers(text, lambda h, nxt: h.text.upper() + "\n")


def headers_title(text, rng):
    return _replace_headers(text, lambda h, nxt: h.text.title() + "\n")


def headers_lower(text, rng):
    return _replace_headers(text, lambda h, nxt: h.text.lower() + "\n")


def headers_numbered(text, rng):
    """'2. Case report': numbers in front of every header that has none."""
    counter = iter(range(1, 1000))

    def numbered(h, nxt) -> str:
        return (h.text if re.match(r"\d", h.text) else f"{next(counter)}. {h.text}") + "\n"

    return _replace_headers(text, numbered)


def hard_wrap(text, rng):
    """A PDF dump: lines broken at 60-80 columns, long words hyphenated across the break."""
    width = rng.randint(60, 80)
    out = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if len(line) + 1 + len(word) <= width or not line:
                line = f"{line} {word}" if line else word
                continue
            room = width - len(line) - 2
            if word.isalpha() and len(word) >= 9 and room >= 4 and len(word) - room >= 4:
                out.append(f"{line} {word[:room]}-")
                line = word[room:]
            else:
                out.append(line)
                line = word
        out.append(line)
    return "\n".join(out)


def crlf(text, rng):
    return text.replace("\n", "\r\n")


def blank_line_runs(text, rng):
    return re.sub(r"\n+", lambda m: "\n" * rng.randint(2, 4), text)


# --- markup remnants --------------------------------------------------------------------------------

def jats_sections(text, rng):
    """Headers wrapped in JATS section and title tags, as in a PMC XML dump."""
    tag = rng.choice(["sec", "jats:sec"])
    title = "title" if tag == "sec" else "jats:title"
    return _replace_headers(text, lambda h, nxt: f"</{tag}>\n<{tag}><{title}>{h.text}</{title}>\n")


def paragraph_tags(text, rng):
    return "\n".join(f"<p>{line}</p>" if line.strip() else line for line in text.split("\n"))


def html_entities(text, rng):
    """'&nbsp;' for some spaces, '&#215;' for the multiplication sign, '&amp;' for ampersands."""
    text = text.replace("&", "&amp;").replace("×", "&#215;")
    return re.sub(r"(?<=\w) (?=\w)", lambda m: "&nbsp;" if rng.random() < 0.1 else " ", text)


def bookmark_lines(text, rng):
    lines = text.split("\n")
    for _ in range(max(1, len(lines) // 8)):
        lines.insert(rng.randrange(len(lines) + 1), f"[bookmark: _Toc{rng.randint(1000, 9999)}]")
    return "\n".join(lines)


# --- characters -------------------------------------------------------------------------------------

def odd_spaces(text, rng):
    return re.sub(r"(?<=\S) (?=\S)", lambda m: rng.choice([" ", " ", "\u00a0", "\u2009", "\u202f"]), text)


def unicode_dashes(text, rng):
    """Unicode hyphens inside words, en dashes between numbers, minus signs in stain results."""
    text = text.replace("(-)", "(\u2212)")
    text = re.sub(r"(?<=\d)-(?=\d)", "\u2013", text)
    return re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z0-9])", "\u2010", text)


def size_signs(text, rng):
    """'×' in sizes written as 'x' or '*', one choice per report."""
    sign = rng.choice(["x", "*", "X"])
    return re.sub(r"(?<=[\d\w]) ?× ?(?=\d)", f" {sign} ", text)


def full_width_digits(text, rng):
    return text.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})


def micro_sign(text, rng):
    return text.replace("μ", "µ")


def decimal_commas(text, rng):
    """'2.5 cm' -> '2,5 cm' where a unit follows, so that the comma cannot be a list or a thousand."""
    return re.sub(r"(?<=\d)\.(?=\d+(?:\s?[×x]\s?\d+(?:\.\d+)?)*\s?(?:cm|mm|%))", ",", text)


# --- units and wording that keep the value ---------------------------------------------------------

_CM_SIZE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)((?:\s?(?:[×xX*]|&#215;)\s?\d+(?:\.\d+)?)*)\s?cm\b")


def cm_to_mm(text, rng):
    """'3.5 cm' -> '35 mm', '6 × 6 × 6 cm' -> '60 × 60 × 60 mm'."""
    def mm(number: str) -> str:
        value = round(float(number) * 10, 1)
        return str(int(value)) if value == int(value) else str(value)

    def convert(m):
        dims = [m.group(1)] + re.findall(r"\d+(?:\.\d+)?", m.group(2).replace("&#215;", "×"))
        return " × ".join(mm(d) for d in dims) + " mm"

    return _CM_SIZE.sub(convert, text)


def ki67_spelling(text, rng):
    name = rng.choice(["Ki67", "MIB-1", "Ki 67"])
    return re.sub(r"\bKi-67\b", name, text)


def immunoreactive(text, rng):
    """'positive for A, B and C' -> 'immunoreactive for A, B and C'."""
    return re.sub(r"\bpositive for\b", "immunoreactive for", text)


def positive_signs(text, rng):
    """'positive for A, B and C.' -> 'A+, B+ and C+.' when every item is a short marker name."""
    item = r"[A-Za-z][\w/-]{0,14}"

    def signs(m):
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1))
        if len(items) < 2 or not all(re.fullmatch(item, i) for i in items):
            return m.group(0)
        return "were " + ", ".join(f"{i}+" for i in items)

    return re.sub(rf"\bwere positive for ((?:{item})(?:(?:,\s*(?:and\s+)?|\s+and\s+){item})+)(?=[.;])", signs, text)


TRANSFORMS: dict[str, Transform] = {f.__name__: f for f in (
    flatten, header_inline, headers_on_one_line, header_glued, headers_upper, headers_title, headers_lower,
    headers_numbered, hard_wrap, crlf, blank_line_runs,
    jats_sections, paragraph_tags, html_entities, bookmark_lines,
    running_head, author_block, keyword_list, cite_line, similar_articles, copyright_line,
    general_statement, literature_row,
    odd_spaces, unicode_dashes, size_signs, full_width_digits, micro_sign, decimal_commas,
    cm_to_mm, ki67_spelling, immunoreactive, positive_signs,
)}

# A line-based transformation must run before one that removes line breaks.
LINE_BREAKING = {"flatten", "headers_on_one_line", "header_glued", "header_inline"}


def compose(names: list[str]) -> Transform:
    def composed(text, rng):
        for name in names:
            text = TRANSFORMS[name](text, rng)
        return text

    composed.__name__ = "+".join(names)
    return composed


def random_composition(rng: random.Random, low: int = 2, high: int = 4) -> list[str]:
    """2-4 distinct transformations; those that need line structure go first."""
    names = rng.sample(sorted(TRANSFORMS), rng.randint(low, high))
    return sorted(names, key=lambda n: n in LINE_BREAKING or n == "hard_wrap")
