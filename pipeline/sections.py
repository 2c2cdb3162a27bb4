"""Splits a report into classified sections (abstract, case, discussion, literature table, ...).

Headers come as lines of their own, numbered lines, inline 'HEADER: text', or, in flattened web
text, as a header phrase right after a sentence end. The phrases live in rules/sections.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .rules import Rules, load_rules

NARRATIVE_OTHER = ("introduction", "discussion", "conclusion")
UPPER_RUN = re.compile(r"[A-Z]{5}")
CAPTION_WORD = re.compile(r"(?:Fig|Supplementary|Table)")
NUMBERED = re.compile(r"\d\.\s+[A-Za-z]")


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    label: str
    header: str = ""


class SectionSplitter:
    def __init__(self, rules: Rules):
        cfg = rules["sections"]
        self.phrase_class: dict[str, str] = {}
        for label, phrases in cfg["classes"].items():
            for phrase in phrases:
                self.phrase_class.setdefault(phrase.lower(), label)
        self.subsections = {p.lower() for p in cfg["case_subsections"]}
        all_phrases = sorted(set(self.phrase_class) | self.subsections, key=len, reverse=True)
        alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in all_phrases)
        number = r"(?P<num>(?:\d+|[IVX]+)(?:\.\d+)*\.?)"
        self.line_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{alt})\s*[:.]?\s*$", re.IGNORECASE)
        self.inline_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{alt})\s*:\s*(?=\S)", re.IGNORECASE)
        # 'CASE SUMMARY The patient ...': an upper-case header runs into its text without a colon.
        upper = "|".join(re.escape(p.upper()).replace(r"\ ", r"\s+") for p in all_phrases)
        self.upper_inline_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{upper})\s+(?=[A-Z0-9])")
        # '3. Case summary The patient ...': a numbered header runs into its text.
        self.numbered_inline_header = re.compile(rf"^\s*{number}\s+(?P<h>{alt})\s+(?=(?-i:[A-Z0-9]))", re.IGNORECASE)
        # 'Case presentation and treatment', 'Discussion and review of the literature': a short line
        # without a full stop that opens with a top-level header phrase.
        top = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(self.phrase_class, key=len, reverse=True))
        self.prefix_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{top})\b[^.:]{{0,50}}$", re.IGNORECASE)
        flat = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in cfg["inline_header_in_flat_text"])
        # In flattened text: 'end of sentence. Case presentation A 49-year-old ...' or '1. CASE DESCRIPTION A ...'
        self.flat_header = re.compile(
            rf"(?:(?<=[.!?\]]\s)|(?<=\s\s)|^)\s*(?:{number}\s+)?(?P<h>(?i:{flat}))\s*(?::\s*|\s+(?=[A-Z0-9]))"
            rf"|(?<=\s)(?P<num2>\d+\.)\s+(?P<h2>[A-Z]{{3,}}(?:\s[A-Z]{{2,}}){{0,2}})\b(?!\s*[a-z])")
        # Title case or upper case only, then a capitalised word: 'reports Abstract Introduction Media ...'
        variants = {v for p in cfg["strong_flat_headers"] for v in (p.title(), p.upper(), p.capitalize())}
        strong = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(variants, key=len, reverse=True))
        self.strong_flat_header = re.compile(rf"(?<=\s)(?P<h>{strong})(?::\s*(?=\S)|\s+(?=[A-Z][a-z]|An?\s|[0-9]))")
        # An upper-case header phrase anywhere in a flat line, before a capitalised word or a colon.
        upper_all = "|".join(re.escape(p.upper()).replace(r"\ ", r"\s+") for p in all_phrases if len(p) >= 5)
        self.upper_flat_header = re.compile(
            rf"(?<=\s)(?=[A-Z]{{2}})(?P<h>{upper_all})(?::\s*|\s+(?=[A-Z][a-z]|[a-z]|[0-9]|A\s|(?:{upper_all})\b))")
        # '... declined surgery 1. Case Summary An 84-year-old ...': a numbered known header in flat text.
        cased = {v for p in all_phrases for v in (p.title(), p.capitalize(), p.upper())}
        cased_alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(cased, key=len, reverse=True))
        self.numbered_flat_header = re.compile(
            rf"(?<=\s)(?P<num>\d{{1,2}}\.)\s+(?:(?P<h>(?i:{alt}))(?=\s*:|\s+[A-Z0-9])|(?P<h3>{cased_alt})(?=\s+\S))")
        # 'Case presentation A 62-year-old man ...': a capitalised header that opens a line and runs into
        # its text, the next word capitalised or a one-letter word.
        self.lead_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{cased_alt})\s+(?=[A-Z0-9](?:[a-z]|\s|-|\d))")
        # After a sentence end, any short capitalised phrase before a colon may be a header; classify() decides.
        self.colon_flat_header = re.compile(
            r"(?<=[.!?\]]\s)\s*(?P<h>[A-Z][A-Za-z-]+(?:[ /&][A-Za-z-]+|\s?/\s?[A-Za-z-]+){0,4})\s*:\s+(?=\S)")
        # One scan per line: every furniture class as a named alternative (author lists are case-sensitive).
        self.furniture = re.compile("|".join(f"(?P<{name}>{'(?i:' if name != 'author_list' else '(?:'}{rx}))"
                                             for name, rx in cfg["furniture"].items()), re.MULTILINE)
        self.furniture_max = cfg["furniture_max_line"]
        self.figure = re.compile(cfg["figure_caption"], re.IGNORECASE)
        self.flat_figure = re.compile(cfg["flat_figure_caption"])
        self.flat_table = re.compile(cfg["flat_table_caption"])
        self.table = re.compile(cfg["table_caption"], re.IGNORECASE)
        self.literature_cues = [c.lower() for c in cfg["literature_table_cues"]]
        self.implicit_case = re.compile(cfg["implicit_case_start"])
        self.flat_implicit_case = re.compile(r"(?<=[.!?]\s)" + cfg["implicit_case_start"].lstrip("^"))
        self.first_person = re.compile(cfg["midline_case_needs"], re.IGNORECASE)
        self.prose_length = cfg["table_ends_at_prose_line_of"]
        self.implicit_case_in = set(cfg["implicit_case_in"])

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
        return self.phrase_class.get(key)

    def split(self, text: str) -> list[Section]:
        marks: list[tuple[int, str, str]] = []  # (start offset, label, header)
        current, numbered = "front_matter", {}
        in_table = False
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            label = header = None
            furniture = self._furniture_class(stripped)
            if furniture:
                body_started = any(mark[1] not in ("front_matter",) for mark in marks)
                marks.append((start, "back_matter" if body_started else "front_matter", f"furniture:{furniture}"))
                marks.append((pos, current, ""))
                continue
            m = self.line_header.match(line) if len(stripped) < 80 else None
            if not m:
                m = (self.inline_header.match(line) or self.upper_inline_header.match(line)
                     or self.numbered_inline_header.match(line) or self.lead_header.match(line))
            if not m and len(stripped) < 70 and len(stripped.split()) <= 8:
                m = self.prefix_header.match(line)
            if m:
                label = self.classify(m.group("h"), current, m.group("num"), numbered)
                header = m.group("h")
                if label and m.group("num"):
                    numbered[m.group("num").split(".")[0]] = label
            if label:
                in_table = False
                current = label
                marks.append((start, label, header))
                if len(line) - m.end() > 200:  # 'INTRODUCTION: ... CASE REPORT: ... DISCUSSION: ...' on one line
                    current = self._split_flat_line(line[m.end():], start + m.end(), current, numbered, marks)
                continue
            if self.figure.match(line):
                prev = current
                marks.append((start, "figure_legend", stripped[:40]))
                marks.append((pos, prev, ""))
                continue
            if self.table.match(line):
                in_table = True
                low = stripped.lower()
                kind = "literature_table" if any(c in low for c in self.literature_cues) else "table"
                marks.append((start, kind, stripped[:40]))
                continue
            if in_table:
                if "\t" in line or len(stripped) < self.prose_length or not stripped.endswith("."):
                    continue
                in_table = False  # prose again: the table interrupted a section, which resumes here
                marks.append((start, current, ""))
            if current in self.implicit_case_in:
                # A case narrative that the publisher left without its own header, at the start of a
                # line or of a sentence ('... are rising in incidence. We treated a 61-year-old ...').
                opening = self.implicit_case.match(line) or (  # a long line is split as flat text below
                    self._midline_case(line) if len(line) <= 200 else None)
                if opening:
                    current = "case"
                    marks.append((start if opening.re is self.implicit_case else start + opening.start(), "case", ""))
                    continue
            if len(line) > 200:
                current = self._split_flat_line(line, start, current, numbered, marks)
        sections = self._demote_article_type_label(self._to_sections(marks, len(text)))
        if not any(s.label in ("abstract", "case") for s in sections):
            # No abstract and no case header: the body is the case.
            sections = [Section(s.start, s.end, "case" if s.label == "front_matter" else s.label, s.header)
                        for s in sections]
        return sections

    def _first_person(self, line: str, start: int) -> bool:
        """Does the sentence starting here speak in the first person ('... to our unit')?"""
        end = line.find(". ", start)
        return bool(self.first_person.search(line, start, end if end > 0 else len(line)))

    def _midline_case(self, line: str):
        return next((m for m in self.flat_implicit_case.finditer(line) if self._first_person(line, m.start())), None)

    def _furniture_class(self, line: str) -> str | None:
        if len(line) > self.furniture_max:
            return None
        m = self.furniture.search(line)
        return m.lastgroup if m else None

    def _split_flat_line(self, line, offset, current, numbered, marks):
        found = {m.start(): m for m in self.flat_header.finditer(line)}
        regexes = [self.strong_flat_header, self.colon_flat_header]
        if UPPER_RUN.search(line):  # the big upper-case alternations only where upper-case words stand
            regexes.append(self.upper_flat_header)
        if NUMBERED.search(line):
            regexes.append(self.numbered_flat_header)
        for rx in regexes:
            for m in rx.finditer(line):
                found.setdefault(m.start(), m)
        captions = {}
        for word in CAPTION_WORD.finditer(line):  # the caption patterns only where their first word stands
            m = self.flat_figure.match(line, word.start()) or self.flat_table.match(line, word.start())
            if not m:
                continue
            if m.re is self.flat_figure:
                captions[m.start()] = ("figure_legend", m.group(0))
            else:
                low = line[m.start():m.start() + 120].lower()
                kind = "literature_table" if any(c in low for c in self.literature_cues) else "table"
                captions[m.start()] = (kind, m.group(0))
        implicit = {m.start() for m in self.flat_implicit_case.finditer(line) if self._first_person(line, m.start())}
        implicit -= set(found) | set(captions)
        for start in sorted(set(found) | set(captions) | implicit):
            if start in captions:
                marks.append((offset + start, *captions[start]))
                continue
            if start in implicit:
                if current in self.implicit_case_in:
                    current = "case"
                    marks.append((offset + start, "case", ""))
                continue
            m = found[start]
            groups = m.groupdict()
            h, num = ((groups["h"], groups.get("num")) if groups.get("h") else
                      (groups["h3"], groups["num"]) if groups.get("h3") else (groups["h2"], groups["num2"]))
            label = self.classify(h, current, num, numbered)
            if not label:
                continue
            if num:
                numbered[num.split(".")[0]] = label
            current = label
            marks.append((offset + m.start(), label, h.strip()))
        return current

    @staticmethod
    def _demote_article_type_label(sections: list[Section]) -> list[Section]:
        """'Case Report' above the title is the article type, not the case: an abstract follows it."""
        labels = [s.label for s in sections]
        if "abstract" in labels and "case" in labels and labels.index("case") < labels.index("abstract"):
            first_abstract = labels.index("abstract")
            if "introduction" not in labels[:first_abstract]:
                sections = [Section(s.start, s.end, "front_matter", s.header) if i < first_abstract and s.label == "case"
                            else s for i, s in enumerate(sections)]
        return sections

    @staticmethod
    def _to_sections(marks, length) -> list[Section]:
        marks = [(0, "front_matter", "")] + sorted(marks, key=lambda m: m[0])
        out: list[Section] = []
        for (start, label, header), nxt in zip(marks, marks[1:] + [(length, "", "")]):
            end = nxt[0]
            if end <= start:
                continue
            if out and out[-1].label == label and not header and not out[-1].header.startswith("furniture:"):
                out[-1] = Section(out[-1].start, end, label, out[-1].header)
            else:
                out.append(Section(start, end, label, header))
        return out


@lru_cache(maxsize=4)
def _splitter(rules_dir: str) -> SectionSplitter:
    return SectionSplitter(load_rules(rules_dir or None))


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
        text = doc.user_data.get("text")  # set by nlp.process: Doc.text joins every token
        if text is None:
            text = doc.user_data["text"] = doc.text
        doc._.sections = splitter.split(text)
        return doc

    return sectionize


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
