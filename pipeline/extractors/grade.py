"""Tumour grade as stated ('grade 2', 'G2', 'Grade III', 'intermediate grade'), never from Ki-67.

A grade word counts only near a tumour word and away from other grading systems ('motor power
grade III', 'grade 3 hepatic adverse events'). The resected tumour's grade outranks a biopsy's (r7b)."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import (
    INDEX_SENTENCE_RANK,
    FieldExtractor,
    Mention,
    ReportView,
    most_stated,
    unclaimed,
)
from .clauses import contrast_part
from .grading_scheme import mark_scheme_mentions
from .histology import class_regexes

WORD = re.compile(r"[\w-]+")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class GradeExtractor(FieldExtractor):
    fields = ("grade",)

    def __init__(self, rules):
        cfg = rules["patterns"]["grade"]
        self.patterns = [(p["id"], compile_rule(p["regex"], 0 if p.get("case_sensitive") else re.IGNORECASE))
                         for p in cfg["patterns"]]
        self.stand_alone = {p["id"] for p in cfg["patterns"] if p.get("stands_alone")}  # 'G2', 'Grade: 2'
        self.map = cfg["map"]
        self.tumour_words = {w.lower() for w in cfg["tumour_words"]}
        self.blockers = {w.lower() for w in cfg["blockers"]}
        self.window = cfg["window_tokens"]
        self.tumour_suffixes = tuple(cfg.get("tumour_suffixes", []))
        self.clause_chars = cfg["clause_chars"]
        self.blocker_after = cfg["blocker_after_words"]
        self.premodified_words = cfg["premodified_words"]  # r11: 'grade 1 gastric neuroendocrine tumour'
        # r7b: the resected tumour's grade outranks the biopsy's, by Ki-67's definitive words and size's
        # operation words (in the sentence before, as a resection is told before its pathology)
        self.definitive = [c.lower() for c in rules["patterns"]["ki67"]["definitive_cues"]]
        self.operation_cues = [c.lower() for c in rules["patterns"]["size"]["operation_cues"]]
        self.operation_scope = rules["patterns"]["size"]["operation_scope_chars"]
        self.biopsy_words = [w.lower() for w in cfg["biopsy_words"]]
        # the histology phrases, which a defined short form's long form must hold to be the tumour's
        self.net_names = [regex for _, regex, _ in class_regexes(rules["histology"])]
        # another tumour's or an earlier sample's grade ('the resected liver metastasis was G3') never
        # outranks: Ki-67's words for them (two_tumours.py reads them too)
        self.lesser = [c.lower() for c in rules["patterns"]["ki67"]["lesser_tumour_cues"]]
        self.contrast = rules["patterns"]["contrast_words"]

    def find(self, report: ReportView) -> list[Mention]:
        out = []
        text = report.text
        matches = ((rule_id, m) for rule_id, regex in self.patterns
                   for m in report.within(regex.finditer(text), "grade"))
        for rule_id, m in unclaimed(text, matches):
            value = self.map.get((m.groupdict().get("g") or m.groupdict().get("lvl") or "").lower())
            if value:
                out.append(self._mention(report, rule_id, m, value))
        return mark_scheme_mentions(report, out)

    def _mention(self, report: ReportView, rule_id: str, m, value: str) -> Mention:
        """The grade's mention, negated beside another grading system's word or, unless its pattern
        stands alone, without a tumour word in its clause."""
        text = report.text
        mention = report.mention("grade", m.start(), m.end(), m.group(0), value, rule_id, "GRADE")
        lo, hi = mention.sentence_start, mention.sentence_end
        # the words of its own clause: 'grade 3 diarrhoea on everolimus; the NET was G2'
        before_clause = text[max(lo, m.start() - self.clause_chars):m.start()].rpartition(";")[2]
        after_clause = text[m.end():min(hi, m.end() + self.clause_chars)].partition(";")[0]
        # r11-mk: and within the part between contrast words ('the metastasis was G3, while the primary was G2')
        before_clause = contrast_part(before_clause, len(before_clause), self.contrast)
        after_clause = contrast_part(after_clause, 0, self.contrast)
        before = [w.lower() for w in WORD.findall(before_clause)][-self.window:]
        after = [w.lower() for w in WORD.findall(after_clause)][:self.window]
        blocked = next((w for w in before + after[:self.blocker_after] if w in self.blockers), None)
        if blocked and self._names_its_tumour(before_clause, after, report):
            blocked = None  # r11: 'pernicious anaemia, in whom a grade 1 gastric NET': the other word is past a comma
        if blocked:
            mention.overrule("negated", f"not_tumour_grade:{blocked}")
        elif rule_id not in self.stand_alone and not any(self._tumour_word(w, report) for w in before + after):
            mention.overrule("negated", "no_tumour_word")
        mention.definitive = self._after_resection(report, lo, hi, before_clause)
        return mention

    def _names_its_tumour(self, before_clause: str, after: list[str], report: ReportView) -> bool:
        """r11: does the grade premodify a tumour noun ('a grade 1 gastric NET', 'G2 ileal carcinoid'), no
        blocker among the words up to it, while every blocker before it stands past a comma ('pernicious
        anaemia, in whom a grade 1 gastric NET')? A grading system's own word stands right before its grade
        ('Gleason grade 4 adenocarcinoma', 'grade 3 neutropenia'): still blocked."""
        near = before_clause.rpartition(",")[2]
        if any(w.lower() in self.blockers for w in WORD.findall(near)):
            return False
        head = after[:self.premodified_words]
        return not any(w in self.blockers for w in head) and any(self._tumour_word(w, report) for w in head)

    def _after_resection(self, report: ReportView, lo: int, hi: int, before_clause: str) -> bool:
        """Is the grade of the sentence [lo, hi) the resected tumour's? Its sentence names the
        definitive specimen ('the resected specimen was G2'), or the sentence before it in its paragraph
        names the operation ('A pancreatoduodenectomy was performed. Histopathology confirmed a NET G2'), and
        its own names no biopsy. A metastasis, node or recurrence named before the grade in its clause makes
        it that lesion's ('the resected liver metastasis was G3'); after it, it is the tumour's spread ('a
        NET G2 with two lymph node metastases')."""
        if any(w in before_clause.lower() for w in self.lesser):
            return False
        definitive, biopsy, previous = self._sentence(report, lo, hi)
        return definitive or (not biopsy and any(c in previous for c in self.operation_cues))

    def _sentence(self, report: ReportView, lo: int, hi: int) -> tuple[bool, bool, str]:
        """(names the definitive specimen, names a biopsy, the sentence before it in its paragraph) of the
        sentence [lo, hi), read once per sentence: a sentence of a thousand grades costs its
        length, not its length squared."""
        key = ("grade_sentence", lo)
        if key not in report.cache:
            text = report.text
            own = text[lo:hi].lower()
            head = text[max(0, lo - self.operation_scope):lo].rpartition("\n")[2].strip()
            report.cache[key] = (any(c in own for c in self.definitive), any(w in own for w in self.biopsy_words),
                                 SENTENCE_END.split(head)[-1].lower() if head else "")
        return report.cache[key]

    def _tumour_word(self, word: str, report: ReportView) -> bool:
        return (word in self.tumour_words or word.endswith(self.tumour_suffixes)
                or word in _tumour_abbreviations(report, self.net_names))

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        usable = [m for m in mentions if m.usable]
        if not usable:
            return {"grade": None}
        body = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        return {"grade": most_stated(mentions, [m for m in body if m.definitive] or body)}


def _tumour_abbreviations(report: ReportView, names: list[re.Pattern]) -> frozenset[str]:
    """The short forms the report defines for its neuroendocrine tumour ('neuroendocrine carcinoma of the
    endometrium (NECE)'), lower-cased: the abbreviation linker gives them the long form's TUMOUR span, and
    a report that has defined one writes its grade beside it ('high-grade NECE'; r7b). A long form that
    names no neuroendocrine neoplasm (`names`: the histology phrases) is another tumour's, whose grade is
    not this one's ('renal cell carcinoma (RCC) ... the RCC was grade 2', 'urothelial carcinoma (UC) ...
    high-grade UC')."""
    if "tumour_abbreviations" not in report.cache:
        shorts = {s.text: s._.long_form.text for s in report.doc._.abbreviations or () if s._.long_form is not None}
        report.cache["tumour_abbreviations"] = frozenset(
            s.text.lower() for s in report.spans("TUMOUR")
            if s.text in shorts and any(rx.search(shorts[s.text]) for rx in names))
    return report.cache["tumour_abbreviations"]
