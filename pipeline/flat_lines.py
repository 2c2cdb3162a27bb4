"""Sections inside one line: flattened web text, where a page's headers, captions and case narrative
run together on a single long line.

The splitter (sections.py) reads a report line by line. A page copied from a browser often comes as
one line holding 'Abstract ... Introduction ... Case Report A 61-year-old ... Figure 1 ...': its
headers stand right after a sentence end, its captions open with 'Figure'/'Table' and a number, and a
case that the publisher left without a header opens with a first-person sentence ('We report a
61-year-old ...'). This reader finds those inside a line and leaves marks on the splitter's walk, as
the splitter does for whole lines. A short structured abstract flattened onto its first label's line
('Background: ... Case presentation: ... Conclusion: ...') is split at its colon labels.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from .header_grammar import HeaderGrammar, finditer_at, sentence_starts
from .regexes import compile_rule
from .section_marks import BACK_MATTER, Walk


class FlatLineReader:
    def __init__(self, cfg: dict, grammar: HeaderGrammar, classify: Callable, table_kind: Callable[[str], str]):
        self.grammar, self.classify, self.table_kind = grammar, classify, table_kind
        # a figure's or a table's caption inside a flattened line: one pass, each kind by its group
        figure, table = cfg["flat_figure_caption"], cfg["flat_table_caption"]
        self.captions = compile_rule(f"(?P<figure>{figure})|(?P<table>{table})")  # tried where F, S or T stand
        self.caption_window = cfg["header_limits"]["table_caption_window_chars"]
        self.implicit_case = re.compile(r"(?<=[.!?]\s)" + cfg["implicit_case_start"].lstrip("^"))
        self.case_after_header = re.compile(cfg["implicit_case_start"].lstrip("^"))  # r11: 'Introduction KT is a ...'
        self.first_person_words = re.compile(cfg["midline_case_needs"], re.IGNORECASE)
        self.implicit_case_in = set(cfg["implicit_case_in"])
        # r7b: a keyword list inside flattened text is furniture up to its sentence's end
        self.keywords_line = re.compile(cfg["furniture"]["keywords"].replace("^", "", 1), re.IGNORECASE)

    def split(self, walk: Walk, line: str, offset: int) -> None:
        """Flattened web text: headers, captions and an unheaded case found inside one long line. A
        keyword list there ('... SUMMARY KEYWORDS: Esophageal neoplasia, chemotherapy. Small cell
        esophageal carcinoma is ...') is page furniture up to its sentence's end, as a keyword line is:
        the section it interrupted resumes at the next sentence (r7b)."""
        current, marks = walk.current, walk.marks
        starts = sentence_starts(line)
        found = self.grammar.flat_headers(line, starts)
        captions = self._captions(line)
        implicit = {m.start() for m in finditer_at(self.implicit_case, line, starts)
                    if self.first_person(line, m.start())}
        implicit -= set(captions)  # r11: a label of no class ('Results: We report a 68-year-old ...') leaves it
        keyword_lists, resumes = self._keyword_lists(line, found, starts)
        resumes -= set(found) | set(captions)
        resume_to = current
        for start in sorted(set(found) | set(captions) | implicit | resumes):
            if start in resumes and current == "back_matter":
                current = resume_to
                marks.append((offset + start, current, ""))
            if start in captions:
                marks.append((offset + start, *captions[start]))
                continue
            label, header = self._header(found[start], current, walk.numbered) if start in found else (None, "")
            if label:
                resume_to = current if start in keyword_lists else resume_to
                current = self._label_or_case(marks, label, header, found[start], line, offset)
            elif start in implicit and current in self.implicit_case_in:
                current = "case"
                marks.append((offset + start, "case", ""))
        walk.current = current

    def _label_or_case(self, marks: list, label: str, header: str, m: re.Match, line: str, offset: int) -> str:
        """Marks a flat header's section; r11: a header of the introduction's class whose text opens like
        a case ('Introduction KT is a 47-year-old woman who presented ...') heads the case, as a line
        header's does (sections.py, r9c). Returns the section the text after it is in."""
        marks.append((offset + m.start(), label, header))
        if label in self.implicit_case_in and self.case_after_header.match(line, m.end()):
            marks.append((offset + m.end(), "case", ""))
            return "case"
        return label

    def _keyword_lists(self, line: str, found: dict, starts: list[int]) -> tuple[set[int], set[int]]:
        """The starts of the flat headers that open a keyword list, and of the sentences after them."""
        keyword_lists = {start for start in found if self.keywords_line.match(line, start)}
        after = (bisect_right(starts, start) for start in keyword_lists)
        return keyword_lists, {starts[k] for k in after if k < len(starts)}

    def _captions(self, line: str) -> dict[int, tuple[str, str]]:
        """A figure's or a table's caption inside a flattened line: {start: (label, caption)}."""
        captions = {}
        for m in self.captions.finditer(line):
            if m.lastgroup == "figure":
                captions[m.start()] = ("figure_legend", m.group(0))
            else:
                captions[m.start()] = (self.table_kind(line[m.start():m.start() + self.caption_window]), m.group(0))
        return captions

    def _header(self, m: re.Match, current: str, numbered: dict[str, str]) -> tuple[str | None, str]:
        """(label, header text) of a header found in flattened text; no label when it names no class."""
        groups = m.groupdict()
        h, num = ((groups["h"], groups.get("num")) if groups.get("h") else
                  (groups["h3"], groups["num"]) if groups.get("h3") else (groups["h2"], groups["num2"]))
        label = self.classify(h, current, num, numbered)
        if label and num:
            numbered[num.split(".")[0]] = label
        return label, h.strip()

    def split_colon_headers(self, walk: Walk, rest: str, offset: int) -> None:
        """r6b-meta: a short structured abstract flattened onto its first label's line ('Background: ...
        Case presentation: A 52-year-old man ... Conclusion: ...'). Too short for the flat-text shapes, it
        is split only where a known header and its colon follow a sentence end, the abstract's own shape.
        r11: a sentence there that opens the case in the first person ('Background: ... . We report a
        68-year-old man ...', 'Results: We report the case of ...') starts the case, as in a long line."""
        headers = {m.start(): m for m in self.grammar.colon_flat_header.finditer(rest)}
        opening = self.midline_case(rest)
        for start in sorted(set(headers) | ({opening.start()} if opening else set())):
            m = headers.get(start)
            label = self.classify(m.group("h"), walk.current, None, walk.numbered) if m else None
            if m and label and label not in BACK_MATTER:
                walk.current = label
                walk.marks.append((offset + start, label, m.group("h").strip()))
            elif opening is not None and start == opening.start() and walk.current in self.implicit_case_in:
                walk.current = "case"
                walk.marks.append((offset + start, "case", ""))

    def first_person(self, line: str, start: int) -> bool:
        """Does the sentence starting here speak in the first person ('... to our unit')?"""
        end = line.find(". ", start)
        return bool(self.first_person_words.search(line, start, end if end > 0 else len(line)))

    def midline_case(self, line: str):
        """The first sentence inside the line that opens an unheaded case in the first person."""
        return next((m for m in self.implicit_case.finditer(line) if self.first_person(line, m.start())), None)
