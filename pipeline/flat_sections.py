"""Headers, captions and an unheaded case inside one long line of flattened web text.

SectionSplitter (sections.py) reads a report line by line; a line longer than the flat-text limit is
a page whose line breaks were lost, and this reader finds the sections inside it. It is a base class of
the splitter and reads the splitter's compiled rules (the header grammar, the caption and implicit-case
patterns, the keyword-line pattern) and its classify and _table_kind.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .header_grammar import HeaderGrammar, finditer_at, sentence_starts
from .section_marks import Walk


class FlatTextReader:
    """The flattened-line part of SectionSplitter: the attributes below are set by its __init__."""

    grammar: HeaderGrammar
    first_person: re.Pattern
    flat_implicit_case: re.Pattern
    keywords_line: re.Pattern
    flat_captions: re.Pattern
    implicit_case_in: set[str]
    caption_window: int

    def classify(self, header: str, current: str, number: str | None, numbered: dict[str, str]) -> str | None:
        raise NotImplementedError  # SectionSplitter's

    def _table_kind(self, caption: str) -> str:
        raise NotImplementedError  # SectionSplitter's

    def _first_person(self, line: str, start: int) -> bool:
        """Does the sentence starting here speak in the first person ('... to our unit')?"""
        end = line.find(". ", start)
        return bool(self.first_person.search(line, start, end if end > 0 else len(line)))

    def _midline_case(self, line: str):
        return next((m for m in self.flat_implicit_case.finditer(line) if self._first_person(line, m.start())), None)

    def _split_flat_line(self, walk: Walk, line: str, offset: int) -> None:
        """Flattened web text: headers, captions and an unheaded case found inside one long line. A
        keyword list there ('... SUMMARY KEYWORDS: Esophageal neoplasia, chemotherapy. Small cell
        esophageal carcinoma is ...') is page furniture up to its sentence's end, as a keyword line is:
        the section it interrupted resumes at the next sentence (r7b)."""
        current, marks = walk.current, walk.marks
        starts = sentence_starts(line)
        found = self.grammar.flat_headers(line, starts)
        captions = self._flat_captions(line)
        implicit = {m.start() for m in finditer_at(self.flat_implicit_case, line, starts)
                    if self._first_person(line, m.start())}
        implicit -= set(found) | set(captions)
        keyword_lists, resumes = self._keyword_lists(line, found, starts)
        resumes -= set(found) | set(captions)
        resume_to = current
        for start in sorted(set(found) | set(captions) | implicit | resumes):
            if start in resumes and current == "back_matter":
                current = resume_to
                marks.append((offset + start, current, ""))
            if start in captions:
                marks.append((offset + start, *captions[start]))
            elif start in implicit:
                if current in self.implicit_case_in:
                    current = "case"
                    marks.append((offset + start, "case", ""))
            elif start in found:
                label, header = self._flat_header(found[start], current, walk.numbered)
                if label:
                    resume_to = current if start in keyword_lists else resume_to
                    current = label
                    marks.append((offset + found[start].start(), label, header))
        walk.current = current

    def _keyword_lists(self, line: str, found: dict, starts: list[int]) -> tuple[set[int], set[int]]:
        """The starts of the flat headers that open a keyword list, and of the sentences after them."""
        keyword_lists = {start for start in found if self.keywords_line.match(line, start)}
        after = (bisect_right(starts, start) for start in keyword_lists)
        return keyword_lists, {starts[k] for k in after if k < len(starts)}

    def _flat_captions(self, line: str) -> dict[int, tuple[str, str]]:
        """A figure's or a table's caption inside a flattened line: {start: (label, caption)}."""
        captions = {}
        for m in self.flat_captions.finditer(line):
            if m.lastgroup == "figure":
                captions[m.start()] = ("figure_legend", m.group(0))
            else:
                captions[m.start()] = (self._table_kind(line[m.start():m.start() + self.caption_window]), m.group(0))
        return captions

    def _flat_header(self, m: re.Match, current: str, numbered: dict[str, str]) -> tuple[str | None, str]:
        """(label, header text) of a header found in flattened text; no label when it names no class."""
        groups = m.groupdict()
        h, num = ((groups["h"], groups.get("num")) if groups.get("h") else
                  (groups["h3"], groups["num"]) if groups.get("h3") else (groups["h2"], groups["num2"]))
        label = self.classify(h, current, num, numbered)
        if label and num:
            numbered[num.split(".")[0]] = label
        return label, h.strip()
