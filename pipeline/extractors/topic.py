"""r4-meta: the report's topic as the introduction states it ('Laryngeal NETs are rare', 'Background:
Neuroendocrine tumours of the appendix are uncommon in children'). When no sentence about the patient
votes for the primary site, such a site votes (pipeline/extractors/primary_site.py `_voters`): the case text
may call the tumour only 'the tumour'. r19: the histology extractor asks the same of its class phrases ('Small
cell neuroendocrine carcinoma of the bladder is a rare malignancy' names the class when the case names none).
The words are those of rules/sites.json primary_vote 'topic'."""
from __future__ import annotations

from .base import Mention, ReportView
from .title import ReportTitle


class IntroductionTopic:
    """Marks the primary-site mentions that state the report's topic (`mark`)."""

    def __init__(self, rules, title: ReportTitle):
        topic = rules["sites"]["primary_vote"]["topic"]
        self.sections, self.copulas = set(topic["sections"]), set(topic["copulas"])
        self.reach, self.label_tokens = topic["reach_tokens"], topic["label_tokens"]
        self.title = title

    def mark(self, report: ReportView, out: list[Mention], title: int) -> None:
        """r4-meta: a site in the subject of a generic statement of an introduction (rules/sites.json
        primary_vote 'topic': 'Laryngeal NETs are rare', 'Neuroendocrine tumours of the appendix are
        uncommon in children') names the tumour type the report is about; it votes when no sentence
        about the patient does (the case text may call it only 'the tumour'), and never in a report that
        says the primary was not found."""
        for m in out:  # the title has its own rule (_site_vote); a furniture line (keywords) is no statement
            if m.status == "other_patient" and m.section in self.sections and self._opens_its_sentence(report, m):
                sentence = report.sentence(report.tokens_of(m.start, m.end)[0])
                m.topic = sentence.start != title and not self.title.is_furniture(report, sentence)

    def _opens_its_sentence(self, report: ReportView, m: Mention) -> bool:
        """Is the site in the subject of its sentence: within 'reach_tokens' of its start (after
        a run-in label: 'Background: Appendiceal NETs are ...') and before any
        copula ('VIPoma is a rare pancreatic NET' is about the syndrome, not the organ)?"""
        first = report.tokens_of(m.start, m.end)[0]
        lo = report.sentence(first).start
        label = [i for i in range(lo, min(first, lo + self.label_tokens)) if report.doc[i].text == ":"]
        start = label[-1] + 1 if label else lo
        return first - start <= self.reach and not any(
            report.lower_word(i) in self.copulas for i in range(start, first))
