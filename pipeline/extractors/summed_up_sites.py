"""The sites a summing-up phrase gives a metastasis word after it (metastasis_sites.AttachedSites asks when no
site stands right after the word): 'CT showed nodules in the lung and both adrenals, consistent with
metastases' names the sites after the last lesion noun before the phrase; 'the ovarian mass proved to be a
metastasis' the organ before that noun; with no lesion noun, the lymph nodes named before it ('enlarged
mediastinal lymph nodes consistent with metastases'). The words are those of rules/metastasis.json
'summary_phrases', 'summary_copulas' and 'lesion_nouns'. Moved out of metastasis_sites.py when that module
passed 300 lines."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span


class SummedUpSites:
    """Finds the sites a summing-up phrase before a metastasis word names (`find`)."""

    def __init__(self, rules, node_site: str):
        cfg = rules["metastasis"]
        self.node_site = node_site  # the canonical lymph node site
        self.lesion_nouns = set(cfg["lesion_nouns"])
        self.found_suffixes = tuple(cfg["found_verb_suffixes"])
        self.summary = [tuple(p.split()) for p in cfg["summary_phrases"]]
        self.summary_reach = max((len(p) for p in self.summary), default=0)  # words read back for one
        self.copulas = set(cfg["summary_copulas"])  # r11: 'the lesion in the liver was a metastasis'
        self.imaged_articles = set(cfg["imaged_organ"]["articles"])  # 'proved to be a metastasis'

    def find(self, report, met) -> list:
        """'nodules in the lung and both adrenals, consistent with metastases': the sites after the
        last lesion noun before the summing-up phrase; r17: with no lesion noun before it, the lymph nodes
        named before it, which are a finding of their own ('CT showed enlarged mediastinal lymph nodes
        consistent with metastases', 'hilar lymphadenopathy, suspicious for metastatic disease')."""
        sent = report.sentence(met.start)
        if not self._after_a_summary(report, met, sent):
            return []  # the common case: no summing-up phrase, and nothing more is read
        nouns = report.tokens_named("lesion_nouns", self.lesion_nouns)  # the last one before met by bisection
        k = bisect_left(nouns, met.start) - 1
        if k < 0 or nouns[k] < sent.start:
            return [(s, "metastasis_site:summed_up_nodes") for s in report.spans_near("SITE", sent.start, met.start)
                    if s.end <= met.start and s.id_ == self.node_site]
        lesion = nouns[k]
        between = [s for s in report.spans_near("SITE", lesion + 1, met.start) if s.end <= met.start]
        if not between:  # r6-sites: 'the ovarian mass proved to be a metastasis': the organ before the noun,
            # one finding, not a list summed up: it shares a hedge ('a lung nodule suspicious for metastasis')
            return [(s, "metastasis_site:summed_up_organ")
                    for s in report.spans_near("SITE", lesion - 3, lesion) if s.end == lesion]
        return [(s, "metastasis_site:summed_up") for s in sorted(between, key=lambda s: s.start)]

    def lesion_summed_up(self, report, met) -> Span | None:
        """r29: the last lesion noun of the metastasis word's sentence before the summing-up phrase that ends right
        before the word ('CT of the liver showed multiple lesions consistent with metastases'), or None: an
        examined organ names the lesions, as it names a metastatic lesion (metastasis_organ.py)."""
        sent = report.sentence(met.start)
        if not self._after_a_summary(report, met, sent):
            return None
        nouns = report.tokens_named("lesion_nouns", self.lesion_nouns)
        k = bisect_left(nouns, met.start) - 1
        return report.doc[nouns[k]:nouns[k] + 1] if k >= 0 and nouns[k] >= sent.start else None

    def _after_a_summary(self, report, met, sent) -> bool:
        """Does a summing-up phrase end right before the metastasis word (r6-sites: or before its
        article: 'proved to be a metastasis'; r11: or a copula before a word that is no participle: 'the
        lesion in the liver was a metastasis', not 'was metastasized')?"""
        words = [t.lower_ for t in report.doc[max(sent.start, met.start - self.summary_reach - 1):met.start]]
        if words and words[-1] in self.imaged_articles:
            words.pop()
        if words and words[-1] in self.copulas:  # r11: not before a participle ('was metastasized from')
            return not report.doc[met.start].lower_.endswith(self.found_suffixes)
        return any(tuple(words[-len(p):]) == p for p in self.summary if len(words) >= len(p))
