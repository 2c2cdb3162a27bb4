"""Splits a report into classified sections (abstract, case, discussion, literature table, ...).

Headers come as lines of their own, numbered lines, inline 'HEADER: text', or, in flattened web
text, as a header phrase right after a sentence end. The phrases live in rules/sections.json.
The splitter reads a report line by line and leaves marks where sections start or resume;
section_marks.py holds that walk's state and turns the marks into sections.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .flat_lines import FlatLineReader
from .header_grammar import HeaderGrammar
from .rules import Rules, load_rules
from .section_marks import (
    BACK_MATTER,
    Section,
    Walk,
    abstract_before_box,
    demote_article_type_label,
    read_stacked_headers,
    section_at,
    to_sections,
)

__all__ = ["Section", "SectionSplitter", "furniture_class", "section_at", "split_sections"]

NARRATIVE_OTHER = ("introduction", "discussion", "conclusion")
CASED_FURNITURE = ("author_list", "reference")  # furniture classes matched as written


class SectionSplitter:
    def __init__(self, rules: Rules):
        cfg = rules["sections"]
        self.phrase_class: dict[str, str] = {}
        for label, phrases in cfg["classes"].items():
            for phrase in phrases:
                self.phrase_class.setdefault(phrase.lower(), label)
        self.subsections = {p.lower() for p in cfg["case_subsections"]}
        limits = cfg["header_limits"]
        self.header_line_max, self.flat_line_min = limits["line_header_max_chars"], limits["flat_line_min_chars"]
        self.prefix_max_chars, self.prefix_max_words = (
            limits["prefix_header_max_chars"], limits["prefix_header_max_words"])
        self.caption_window = limits["table_caption_window_chars"]
        self.grammar = grammar = HeaderGrammar(cfg, self.phrase_class, set(self.phrase_class) | self.subsections)
        self.line_header, self.inline_header = grammar.line_header, grammar.inline_header
        self.upper_inline_header = grammar.upper_inline_header
        self.numbered_inline_header = grammar.numbered_inline_header
        self.prefix_header, self.lead_header = grammar.prefix_header, grammar.lead_header
        # One scan per line: every furniture class as a named alternative (author lists and references,
        # read by their capitals and initials, are case-sensitive).
        self.furniture = re.compile("|".join(f"(?P<{name}>{'(?:' if name in CASED_FURNITURE else '(?i:'}{rx}))"
                                             for name, rx in cfg["furniture"].items()), re.MULTILINE)
        self.furniture_max = cfg["furniture_max_line"]
        self.figure = re.compile(cfg["figure_caption"], re.IGNORECASE)
        self.table = re.compile(cfg["table_caption"], re.IGNORECASE)
        self.literature_cues = [c.lower() for c in cfg["literature_table_cues"]]
        self.patient_cues = [c.lower() for c in cfg["patient_table_cues"]]
        self.implicit_case = re.compile(cfg["implicit_case_start"])
        self.told_case_min_chars = cfg["told_case_min_chars"]  # r26: a case told at length before its abstract
        self.prose_length = cfg["table_ends_at_prose_line_of"]
        self.implicit_case_in = set(cfg["implicit_case_in"])
        self.flat = FlatLineReader(cfg, grammar, self.classify, self._table_kind)
        resume = cfg["resume_after_back_matter"]
        self.resume_min = resume["min_chars"]
        self.reference_line = re.compile(resume["reference_line"])
        self.resume_needs = re.compile(resume["needs"], re.IGNORECASE)
        self.resume_not_if = re.compile(resume["not_if"], re.IGNORECASE)
        self.reference_list_line = re.compile(resume["reference_list_line"])
        self.boxes = frozenset(b.lower() for b in cfg["boxes_after_abstract"])
        stacked = cfg["stacked_headers"]  # r5b-meta: a column of empty abstract headers, then their values
        self.stacked = (re.compile(stacked["label_line"]), stacked["min_labels"], stacked["label"])
        contents = cfg.get("contents_list")  # r10c: a page's numbered table of contents
        self.contents = (re.compile(contents["item"]), contents["min_items"], contents["min_headers"]) \
            if contents else None

    def classify(self, header: str, current: str, number: str | None, numbered: dict[str, str]) -> str | None:
        key = re.sub(r"\s+", " ", header.strip().lower())
        if number and "." in number.strip(".") and number.split(".")[0] in numbered:
            return numbered[number.split(".")[0]]  # '2.1. Differential Diagnosis' stays in section 2's class
        if key in self.subsections and key not in self.phrase_class:
            return None if current in NARRATIVE_OTHER or current in ("references", "back_matter") else "case"
        if key not in self.phrase_class and re.search(r"\s*(?:/|&|\band\b)\s*", key):
            # 'CASE DESCRIPTION/METHODS', 'RESULTS/FOLLOW-UP': the first part that is a known header decides.
            for part in re.split(r"\s*(?:/|&|\band\b)\s*", key):
                label = self.classify(part, current, None, numbered) if part else None
                if label:
                    return label
        return self.phrase_class.get(key, self.phrase_class.get(key.replace("-", " ")))

    def split(self, text: str) -> list[Section]:
        walk = Walk()
        pos = 0
        lines = text.split("\n")
        contents = self._contents_lines(lines)
        for k, line in enumerate(lines):
            start, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if stripped and k not in contents:
                self._read_line(walk, line, stripped, start, pos)
        sections = demote_article_type_label(to_sections(walk.marks, len(text)), self.boxes,
                                             lambda s: self._opens_case(text, s))
        sections = abstract_before_box(read_stacked_headers(sections, text, *self.stacked), self.boxes)
        if not any(s.label in ("abstract", "case") for s in sections):
            # No abstract and no case header: the body is the case, but a line of page furniture
            # (a running head, a reference) stays out of it.
            sections = [Section(s.start, s.end, "case" if s.label == "front_matter" and not s.header.startswith(
                "furniture:") else s.label, s.header) for s in sections]
        return sections

    def _contents_lines(self, lines: list[str]) -> set[int]:
        """The indices of the lines of a table of contents ('1. Top of page', '2. Case report', '3. Comment',
        '4. References'): a run of numbered lines 1, 2, 3, ... with only blank lines between, at least
        'min_items' long and naming at least 'min_headers' known headers (rules 'contents_list'). Read as
        headers, they would put the text below in the last one's class. r10c."""
        if self.contents is None:
            return set()
        item, min_items, min_headers = self.contents
        out: set[int] = set()
        run: list[tuple[int, str]] = []  # (line index, header text) of the run so far
        for k, line in enumerate(lines + [""]):
            m = item.match(line) if line.strip() else None
            if m and int(m.group("n")) == len(run) + 1:
                run.append((k, m.group("h")))
                continue
            if line.strip() or k == len(lines):
                headers = sum(self.classify(h, "front_matter", None, {}) is not None for _, h in run)
                if len(run) >= min_items and headers >= min_headers:
                    out.update(i for i, _ in run)
                run = [(k, m.group("h"))] if m and m.group("n") == "1" else []
        return out

    def _read_line(self, walk: Walk, line: str, stripped: str, start: int, end: int) -> None:
        """One non-blank line, from `start` to `end` (past its newline): the first reading that fits
        marks where a section starts or resumes. Each step returns True when the line is done."""
        if walk.current != "references" and self.reference_list_line.match(line):
            walk.enter_back_matter("references")  # a reference list, found by the shape of its lines
            walk.marks.append((start, walk.current, "reference list"))
            return
        furniture = self._furniture_class(stripped)
        if furniture:
            walk.mark_furniture(furniture, start, end)
            return
        if self._header_line(walk, line, stripped, start):
            return
        if self.figure.match(line):
            walk.marks.append((start, "figure_legend", stripped[:40]))
            walk.marks.append((end, walk.current, ""))
            return
        if self._table_line(walk, line, stripped, start):
            return
        if walk.current in BACK_MATTER and self._resumes_body(stripped):
            walk.current = walk.before_back
            walk.marks.append((start, walk.current, ""))
        if walk.current in self.implicit_case_in and self._implicit_case(walk, line, start):
            return
        if len(line) > self.flat_line_min:
            self.flat.split(walk, line, start)

    def _header_match(self, line: str, stripped: str) -> re.Match | None:
        """A header on its own line, an inline 'HEADER: text', or a short line that opens with a header."""
        m = self.line_header.match(line) if len(stripped) < self.header_line_max else None
        if not m:
            m = (self.inline_header.match(line) or self.upper_inline_header.match(line)
                 or self.numbered_inline_header.match(line) or self.lead_header.match(line))
        if not m and len(stripped) < self.prefix_max_chars and len(stripped.split()) <= self.prefix_max_words:
            m = self.prefix_header.match(line)
        return m

    def _header_line(self, walk: Walk, line: str, stripped: str, start: int) -> bool:
        m = self._header_match(line, stripped)
        if not m:
            return False
        header, number = m.group("h"), m.group("num")
        label = self.classify(header, walk.current, number, walk.numbered)
        if not label:
            return False
        if number:
            walk.numbered[number.split(".")[0]] = label
        walk.in_table = False
        if label in BACK_MATTER:
            walk.enter_back_matter(label)
        walk.current = label
        walk.marks.append((start, label, header))
        if label in self.implicit_case_in and self.implicit_case.match(line[m.end():]):
            # r9c: a structured abstract's 'Purpose: A 63-year-old man presented ...' tells the case under
            # a label of the introduction's class: the case starts with its text, as it would unlabelled
            walk.current = "case"
            walk.marks.append((start + m.end(), "case", ""))
        if len(line) - m.end() > self.flat_line_min:  # 'INTRODUCTION: ... CASE REPORT: ... DISCUSSION: ...' on one line
            # r7a: from the space before the text, so that a header right after this one ('SUMMARY KEYWORDS: ...')
            # stands after a space, as the flat shapes look for it
            rest = m.end() - 1 if line[m.end() - 1].isspace() else m.end()
            self.flat.split(walk, line[rest:], start + rest)
        else:
            self.flat.split_colon_headers(walk, line[m.end():], start + m.end())
        return True

    def _table_line(self, walk: Walk, line: str, stripped: str, start: int) -> bool:
        """A table caption opens a table; its rows are passed over until a line of prose, where the
        section the table interrupted resumes."""
        if self.table.match(line):
            walk.in_table = True
            walk.marks.append((start, self._table_kind(stripped), stripped[:40]))
            return True
        if not walk.in_table:
            return False
        if "\t" in line or len(stripped) < self.prose_length or not stripped.endswith("."):
            return True
        walk.in_table = False  # prose again: the table interrupted a section, which resumes here
        walk.marks.append((start, walk.current, ""))
        return False

    def _implicit_case(self, walk: Walk, line: str, start: int) -> bool:
        """A case narrative that the publisher left without its own header, at the start of a line or
        of a sentence ('... are rising in incidence. We treated a 61-year-old ...')."""
        opening = self.implicit_case.match(line) or (  # a long line is split as flat text
            self.flat.midline_case(line) if len(line) <= self.flat_line_min else None)
        if not opening:
            return False
        walk.current = "case"
        walk.marks.append((start if opening.re is self.implicit_case else start + opening.start(), "case", ""))
        return True

    def _opens_case(self, text: str, section: Section) -> bool:
        """r26: does the section's first line after its header open as a case ('A 75-year-old woman ...'), and
        is the case told at length ('told_case_min_chars')?"""
        lines = text[section.start:section.end].split("\n", 2)
        first = lines[0].strip()
        if first.lower().startswith(section.header.lower()):  # the text after the header, else the next line
            first = first[len(section.header):].lstrip(" :.") or (lines[1] if len(lines) > 1 else "")
        return bool(self.implicit_case.match(first)) and section.end - section.start >= self.told_case_min_chars

    def _resumes_body(self, line: str) -> bool:
        """Is this line of a back-matter or references section the article's own prose again (rules
        'resume_after_back_matter'): long, not shaped like a reference, about a patient, no declaration?"""
        return (len(line) >= self.resume_min and not self.reference_line.match(line)
                and bool(self.resume_needs.search(line)) and not self.resume_not_if.search(line))

    def _furniture_class(self, line: str) -> str | None:
        if len(line) > self.furniture_max:
            return None
        m = self.furniture.search(line)
        return m.lastgroup if m else None

    def _table_kind(self, caption: str) -> str:
        """A table of other cases ('Reported cases of ...'), of the patient's own findings
        ('Immunohistochemistry', 'Laboratory values', which feed the row as the case text does), or
        any other table."""
        low = caption.lower()
        if any(c in low for c in self.literature_cues):
            return "literature_table"
        return "patient_table" if any(c in low for c in self.patient_cues) else "table"

def _splitter(rules_dir: str) -> SectionSplitter:
    rules = load_rules(rules_dir or None)
    return _splitter_for(rules.directory, rules.digest)


@lru_cache(maxsize=4)
def _splitter_for(directory, digest: str) -> SectionSplitter:
    """One splitter per rules folder and content: an edited rules file gives a new one."""
    return SectionSplitter(load_rules(directory))


def split_sections(text: str, rules_dir: str = "") -> list[Section]:
    return _splitter(rules_dir).split(text)


def furniture_class(text: str, rules_dir: str = "") -> str | None:
    """The page-furniture class of a line or sentence ('keywords', 'copyright', ...), or None."""
    return _splitter(rules_dir)._furniture_class(text.strip())


if not Doc.has_extension("sections"):
    Doc.set_extension("sections", default=None)


@Language.factory("report_sectionizer", default_config={"rules_dir": ""})
def make_sectionizer(nlp: Language, name: str, rules_dir: str):
    splitter = _splitter(rules_dir)

    def sectionize(doc: Doc) -> Doc:
        text = doc._.report_text  # set by nlp.process: Doc.text joins every token
        if text is None:
            text = doc._.report_text = doc.text
        doc._.sections = splitter.split(text)
        return doc

    return sectionize
