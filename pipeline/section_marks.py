"""From marks to sections: the walk state of SectionSplitter.split, and the sections made of its marks.

The splitter (sections.py) reads a report line by line and leaves marks, each where a section starts
or where an interrupted one resumes; here the marks become sorted, non-overlapping sections that
cover the text, and a 'Case Report' label above the abstract becomes the article type it is."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

BACK_MATTER = ("references", "back_matter")


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    label: str
    header: str = ""


@dataclass
class Walk:
    """Where SectionSplitter.split stands in one report: the marks so far, as (start offset, label,
    header), each the start of a section or the point where an interrupted one resumes."""
    marks: list[tuple[int, str, str]] = field(default_factory=list)
    current: str = "front_matter"
    numbered: dict[str, str] = field(default_factory=dict)  # section number -> label ('2' -> 'case')
    before_back: str = "front_matter"  # the section a back-matter header interrupted
    in_table: bool = False
    body_started: bool = False
    checked: int = 0  # marks[:checked] hold no body section

    def enter_back_matter(self, label: str) -> None:
        if self.current not in BACK_MATTER:
            self.before_back = self.current
        self.current = label

    def mark_furniture(self, furniture: str, start: int, end: int) -> None:
        """A furniture line (running head, copyright, ...) is front matter before the body and back
        matter after it; the section it interrupts resumes on the next line."""
        while not self.body_started and self.checked < len(self.marks):  # each mark is looked at once
            self.body_started, self.checked = self.marks[self.checked][1] != "front_matter", self.checked + 1
        self.marks.append((start, "back_matter" if self.body_started else "front_matter", f"furniture:{furniture}"))
        self.marks.append((end, self.current, ""))


def demote_article_type_label(sections: list[Section], boxes: frozenset[str] = frozenset(),
                              opens_case=lambda section: False) -> list[Section]:
    """'Case Report' above the title is the article type, not the case: an abstract follows it. A summary
    box printed after the abstract ('Core Tip', rules 'boxes_after_abstract') is no abstract's start.
    r26: a 'Case Report' whose text opens as a case does ('A 75-year-old woman was referred ...':
    `opens_case`) is the case, wherever a flattened page put its abstract."""
    labels = ["box" if _is_box(s, boxes) else s.label for s in sections]
    if "abstract" in labels and "case" in labels and labels.index("case") < labels.index("abstract"):
        first_abstract = labels.index("abstract")
        if "introduction" not in labels[:first_abstract]:
            sections = [Section(s.start, s.end, "front_matter", s.header)
                        if i < first_abstract and s.label == "case" and not opens_case(s) else s
                        for i, s in enumerate(sections)]
    return sections


def abstract_before_box(sections: list[Section], boxes: frozenset[str]) -> list[Section]:
    """r26: the prose right before a summary box printed after the abstract ('Core tip', rules
    'boxes_after_abstract') is the abstract, when the saved page lost the abstract's own header: a front-matter
    stretch that is no page furniture, directly before the box."""
    out = list(sections)
    for i in range(1, len(out)):
        before = out[i - 1]
        if _is_box(out[i], boxes) and before.label == "front_matter" \
                and not before.header:
            out[i - 1] = Section(before.start, before.end, "abstract", before.header)
    return out


def _is_box(section: Section, boxes: frozenset[str]) -> bool:
    """Is the section a summary box printed after the abstract ('Core tip:')?"""
    return section.header.strip().rstrip(":").lower() in boxes


def read_stacked_headers(sections: list[Section], text: str, label_line: re.Pattern, min_labels: int,
                         label: str) -> list[Section]:
    """A page that prints its abstract's headers as a column of empty labels ('Objective: Background:',
    'Case Report:', 'Conclusions:', 'MeSH Keywords:', each alone on its line) and their values after the
    column, as one block: the block is the abstract, whichever header it happens to follow (rules/sections.json
    'stacked_headers'). Only a column of at least `min_labels` labels counts; a section that holds
    nothing but label lines adds to the column (a 'Keywords:' furniture line too), the first one with prose
    after its labels (or a section resumed after them) ends it and is the block."""
    out, column = [], 0
    for s in sections:
        lines = [ln for ln in text[s.start:s.end].split("\n") if ln.strip()]
        labels = 0
        while labels < len(lines) and label_line.match(lines[labels]):
            labels += 1
        count = sum(len(re.findall(r":(?:\s|$)", ln)) for ln in lines[:labels])
        if labels == len(lines):  # labels only (a furniture line too: 'Keywords:' with its value below)
            column += count
            out.append(s)
            continue
        if column + count >= min_labels and not s.header.startswith("furniture:"):
            s = Section(s.start, s.end, label, s.header)
        column = 0
        out.append(s)
    return out


def to_sections(marks: list[tuple[int, str, str]], length: int) -> list[Section]:
    """Sorted marks -> sections: a mark with no header that repeats the label before it extends that
    section (a resumed section is one section), except after a furniture line."""
    marks = [(0, "front_matter", "")] + sorted(marks, key=lambda m: m[0])
    out: list[Section] = []
    for (start, label, header), nxt in zip(marks, marks[1:] + [(length, "", "")], strict=True):
        end = nxt[0]
        if end <= start:
            continue
        if out and out[-1].label == label and not header and not out[-1].header.startswith("furniture:"):
            out[-1] = Section(out[-1].start, end, label, out[-1].header)
        else:
            out.append(Section(start, end, label, header))
    return out


def section_at(sections: list[Section], char: int) -> Section:
    """The section holding a character offset (sections are sorted and cover the text)."""
    lo, hi = 0, len(sections) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sections[mid].start <= char:
            lo = mid
        else:
            hi = mid - 1
    return sections[lo]
