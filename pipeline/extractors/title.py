"""The report's title, and whether the report says its patient's primary was never found.

A title names the case ('Primary Neuroendocrine Tumor in Brain'), so a site in it counts for the
primary even where the title's section would not feed the row, and 'of unknown primary' there says
the primary was never found. Page furniture (a running head, a keyword line) is no title; the
furniture patterns are the sections rules of the same rules object, so `--rules` reaches them."""
from __future__ import annotations

import re

from ..sections import SectionSplitter
from .base import ReportView

MATTER = ("front_matter", "back_matter")  # page furniture and what stands before the body


class ReportTitle:
    """Finds where a report's title sentence starts (rules/sites.json 'title')."""

    def __init__(self, rules):
        cfg = rules["sites"]["title"]
        self.search_sentences = cfg["search_sentences"]  # the title stands among the first sentences
        self.max_chars = cfg["max_chars"]  # a longer 'sentence' is no title and no furniture line
        self.min_tokens = cfg["min_tokens"]
        self.citation = re.compile(cfg["citation_mark"])  # r26: '... hepatic metastases are frequent [4].' is no title
        self.self_citation = re.compile(cfg["self_citation"])  # r27: 'Citation: Authors. Title. Journal ...'
        self._furniture_class = SectionSplitter(rules)._furniture_class
        self.sections = set(cfg["sections"])  # where a title may land and still name the case
        endings = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(cfg["case_report_endings"], key=len,
                                                                               reverse=True))
        reviews = "|".join(re.escape(w) for w in cfg["review_tail_words"]) or "(?!)"  # none: no tail
        before, after = cfg["review_tail_before_chars"], cfg["review_tail_after_chars"]
        # 'Insulinoma Presenting As Epilepsy: A Case Report (and a Short Review)': a title by its
        # ending, even in Title Case
        self.case_report_line = re.compile(rf"\w.*\w\s*[:\-\u2013\u2014]\s*(?:an?\s+)?(?:{endings})"
                                           rf"(?:\s+and\s+[^.:]{{0,{before}}}?(?:{reviews})[^.:]{{0,{after}}})?\s*$",
                                           re.IGNORECASE)

    def start(self, report: ReportView) -> int:
        """The first token of the title: among the first sentences that are not page furniture, the
        first line of its own that names a tumour and ends without a full stop ('Primary
        Neuroendocrine Tumor in Brain' below a contact line and opening hours), else the first with
        a lower-case word; only a sentence that opens its line and cites nothing (r26). -1 without one.
        Once the body begins (an abstract header), a front-matter
        sentence that names a tumour is the title, even one ending in a full stop: a hard-wrapped
        abstract line after it that names a tumour is not. A line of its own that ends in 'case report'
        after a colon or a dash ('Insulinoma Presenting As Epilepsy: A Case Report') is the title wherever it
        stands among them, even in Title Case with no lower-case word. Found once per report."""
        if "title_start" not in report.cache:
            found, named = self._find(report)
            cited = -1 if named else self._cited(report)  # r27: over a first plain sentence, not a named title
            report.cache["title_cited"] = cited >= 0
            report.cache["title_start"] = cited if cited >= 0 else found
        return report.cache["title_start"]

    def _cited(self, report: ReportView) -> int:
        """r27: the first token of the sentence where the page's citation of itself puts its title ('Citation:
        Smith A, Jones B. Small cell carcinoma of the mediastinum with hepatic metastases. J Rare Tumours ...'),
        for a page that lost its title line; -1 without one."""
        span = self.cited_title(report)
        if span is None:
            return -1
        first, _ = report.tokens_of(span[0], span[0] + 1)
        return report.sentence(first).start

    def cited_title(self, report: ReportView) -> tuple[int, int] | None:
        """The characters of the title in the page's citation of itself, or None without one (one search per
        report: the title's start and the unknown primary's check both ask)."""
        if "cited_title" not in report.cache:
            m = self.self_citation.search(report.text)
            report.cache["cited_title"] = None if m is None else m.span("title")
        return report.cache["cited_title"]

    def _find(self, report: ReportView) -> tuple[int, bool]:
        """(the title's first token or -1, whether it names the case: not just the first plain sentence)."""
        first_plain, first_named = -1, -1
        for start, end in report._bounds[:self.search_sentences]:
            sent = report.doc[start:end]
            if first_named >= 0 and report.section_of(sent.start_char) not in MATTER:
                return first_named, True  # the body has begun: a hard-wrapped abstract line is no title
            short = sent.end_char - sent.start_char <= self.max_chars
            if short and self._case_report_title(report, sent):
                return start, True
            if not self._may_be_title(report, sent, short):
                continue
            if first_plain < 0 and short:  # a longer 'sentence' (a page flattened into one) is no title
                first_plain = start
            tumours = report.spans_near("TUMOUR", start, end) if short else []
            if tumours and _a_title_line(report.text, tumours[0].start_char):
                return start, True
            if tumours and first_named < 0 and report.section_of(sent.start_char) == "front_matter":
                first_named = start  # 'A case of ... carcinoma ...: a case report.' ends with a full stop
        return first_plain, first_named >= 0

    def holds(self, report: ReportView, start: int, cue_free: bool = False) -> bool:
        """Is the character in the report's title? A title names the index tumour even when a 'case
        report and literature review' cue stands in it or its section would not feed the row; a line
        (or, in text without line breaks, a sentence) ending in a full stop is a sentence, not a title,
        unless it is a paragraph of its own and, by the caller's word, `cue_free` (no other-patient cue:
        'Colonic large cell neuroendocrine carcinoma obscured by diverticulitis.' above the body; r7b).
        The histology and syndrome extractors read their title mentions through it."""
        title = self.start(report)
        if title < 0:
            return False
        first, _ = report.tokens_of(start, start + 1)
        sentence = report.sentence(first)
        if sentence.start != title:
            return False
        if report.cache.get("title_cited"):
            return True  # r27: the page's citation of itself names it, wherever the line stands, full stop and all
        if not self.lands_in(report, report.section_of(start)):
            return False
        return (_a_title_line(report.text, start) or not sentence.text.rstrip().endswith(".")
                or cue_free and _a_paragraph_of_its_own(report.text, sentence.start_char, sentence.end_char))

    def lands_in(self, report: ReportView, section: str) -> bool:
        """May the title stand in `section`? In one of 'sections', or anywhere when the page's citation of
        itself names it (r27: its line often stands among the back matter's links)."""
        self.start(report)
        return section in self.sections or bool(report.cache.get("title_cited"))

    def _outside_title_sections(self, report: ReportView, sent) -> bool:
        """r19: is the sentence in a section where no title stands (`holds` reads a title only in
        'sections')? A page that lost its own title line would otherwise take its introduction's
        hard-wrapped line that names a tumour for it."""
        return report.section_of(sent.start_char) not in self.sections

    def _case_report_title(self, report: ReportView, sent) -> bool:
        """A line of its own in a section where a title stands, no page furniture, ending in 'case report'
        after a colon or a dash."""
        text = sent.text.strip()
        return ("\n" not in text and len(sent) >= self.min_tokens and not self._outside_title_sections(report, sent)
                and not report.furniture_class(sent.start_char) and not self._furniture_class(text)
                and self.case_report_line.fullmatch(text) is not None
                and _a_title_line(report.text, sent.start_char))

    def is_furniture(self, report: ReportView, sent) -> bool:
        """Is the sentence a line of page furniture (a running head, a keyword line), by the sections
        and by these rules' own furniture patterns?"""
        return bool(report.furniture_class(sent.start_char) or self._furniture_class(sent.text.strip()))

    def _may_be_title(self, report: ReportView, sent, short: bool) -> bool:
        """Not page furniture (a running head, copyright or keyword line), and with a lower-case word; or,
        short and naming a tumour, in Title Case with no lower-case word at all ('Primary
        Calcitonin-negative Neuroendocrine Tumor': r10c), though not in capitals ('LETTER TO THE EDITOR')."""
        if report.furniture_class(sent.start_char) or short and self._furniture_class(sent.text.strip()):
            return False
        if self._outside_title_sections(report, sent):
            return False
        if len(sent) < self.min_tokens or self.citation.search(sent.text) or \
                not _starts_a_line(report.text, sent.start_char):
            return False  # r26: nor one that cites, or that a sentence before it on its line ran into
        if any(t.is_alpha and t.is_lower for t in sent[:self.max_chars]):
            return True
        return short and any(c.islower() for c in sent.text) and bool(report.spans_near("TUMOUR", sent.start, sent.end))


def stated_unknown_primary(report: ReportView, title: ReportTitle) -> str:
    """The words by which the report says its patient's primary was never found ('no primary
    tumour was found', 'of unknown primary' in the title, r28: or in the title of the page's citation of
    itself), or '' when it does not."""
    if "unknown_primary" not in report.cache:
        found = ""
        title_start = title.start(report)
        for span in report.spans("UNKNOWN_PRIMARY"):
            m = report.mention("primary_site", span.start_char, span.end_char, span.text, None, "unknown_primary",
                               "UNKNOWN_PRIMARY")
            if m.usable or (m.section == "front_matter" and report.sentence(span.start).start == title_start) \
                    or _inside(span, title.cited_title(report)):
                found = span.text
                break
        report.cache["unknown_primary"] = found
    return report.cache["unknown_primary"]


def _inside(span, chars: tuple[int, int] | None) -> bool:
    return chars is not None and chars[0] <= span.start_char and span.end_char <= chars[1]


def _starts_a_line(text: str, at: int) -> bool:
    """Does the sentence at character `at` open its line (only spaces before it)?"""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def _a_title_line(text: str, at: int) -> bool:
    """Does the line holding character `at` end without a full stop, as a title's line does?"""
    end = text.find("\n", at)
    return not text[at:end if end >= 0 else len(text)].rstrip().endswith(".")


def _a_paragraph_of_its_own(text: str, start: int, end: int) -> bool:
    """Does the sentence [start, end) stand alone between blank lines (or the text's edges)?"""
    end = start + len(text[start:end].rstrip())  # a sentence may end in the line breaks after it
    before, after = text[:start].rstrip(" \t"), text[end:].lstrip(" \t")
    return (not before or before.endswith("\n\n")) and (not after or after.startswith("\n\n"))
