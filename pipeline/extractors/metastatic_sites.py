"""Which organs a report names as the seat of a metastasis, not as the primary's organ.

The primary-site vote (primary_site.py) counts an organ next to a tumour noun; but 'liver metastases',
'metastatic NET in the breast' and 'hepatic NET metastases' name where the tumour spread to. Here each
site is read against the metastasis words beside it: a metastasis word that qualifies the tumour rather
than its organ ('metastatic pancreatic NET', 'a rectal carcinoid metastatic to the liver') leaves the
organ a primary's; one that qualifies the organ, or a deposit preposition between a metastatic tumour
and the organ ('metastatic NET in the breast'), makes it a metastasis site, which casts no vote."""
from __future__ import annotations

from typing import NamedTuple

from .asides import after_aside, words_before
from .base import ReportView


class _Near(NamedTuple):
    """The tumour nouns by start token, and the tokens of metastasis words, of one report."""

    tumour_at: dict
    met_tokens: set[int]


class MetastaticSites:
    def __init__(self, rules):
        cues = rules["sites"]["primary_cues"]
        self.specific = {t.lower() for t in cues["specific_tumour_nouns"]}
        self.location_words = set(cues["location_words"])
        self.spread_prepositions = set(cues["spread_prepositions"])  # 'NET metastatic to the liver'
        self.metastasis_organs = set(cues["metastasis_organs"])  # 'metastatic liver NET': a liver metastasis
        self.deposit_prepositions = set(cues["deposit_prepositions"])  # 'metastatic NET in the breast'
        self.tumour_before_site = rules["sites"]["primary_vote"]["tumour_before_site_tokens"]
        self.aside_reach = rules["sites"]["primary_vote"]["aside_reach_tokens"]  # r15: 'a NET (NET G2) in the breast'

    def beside_metastasis_word(self, report: ReportView, sites, tumours) -> list[bool]:
        """For each site, in order: does a metastasis word make it a metastasis's seat?"""
        near = _Near(tumour_at={t.start: t for t in tumours},
                     met_tokens={i for s in report.spans("METASTASIS") for i in range(s.start, s.end)})
        return [self._beside(report, site, near) for site in sites]

    def _beside(self, report: ReportView, site, near: _Near) -> bool:
        """Does a metastasis word qualify this site ('liver metastases', 'metastatic liver NET')?"""
        tumour = near.tumour_at.get(site.end)  # 'pancreatic NET': the site names a tumour's organ
        if tumour is not None and tumour.text.lower() in self.specific and site.id_ not in self.metastasis_organs:
            # The metastasis word qualifies the tumour, not its organ: 'metastatic pancreatic NET',
            # 'a rectal carcinoid metastatic to the liver' (but 'hepatic NET metastases' is the liver's).
            doc, after = report.doc, tumour.end
            return after in near.met_tokens and not (
                after + 1 < len(doc) and doc[after + 1].lower_ in self.spread_prepositions)
        met = near.met_tokens
        if self._holds_a_deposit(report, site, met):
            return True
        after = site.end if site.end in met else site.end + 1 if site.end + 1 in met else -1
        if after >= 0 and self._spreads_elsewhere(report, after, met):
            return False  # r5-meta: 'a carcinoid of the ileum metastatic to the liver'
        return site.start - 1 in met or after >= 0 or site.start in met and site.start not in near.tumour_at

    def _spreads_elsewhere(self, report: ReportView, i: int, met: set[int]) -> bool:
        """Does a spread preposition follow the metastasis word at `i` ('metastatic to')? It points on."""
        end = next(j for j in range(i, len(report.doc) + 1) if j not in met)
        return end < len(report.doc) and report.doc[end].lower_ in self.spread_prepositions

    def _holds_a_deposit(self, report: ReportView, site, met: set[int]) -> bool:
        """'metastatic grade 1 NET in the breast': a tumour noun that a metastasis word
        qualifies (at most three words before it, no punctuation between but a bracketed aside), then a
        deposit preposition and location words only, then the site (r15: an aside after the noun passed
        too). The site is where the metastasis sits, not its origin."""
        doc = report.doc
        for t in report.spans_near("TUMOUR", site.start - self.tumour_before_site - self.aside_reach, site.start):
            between = [doc[i].lower_ for i in range(after_aside(doc, t.end, self.aside_reach), site.start)]
            if not (between and between[0] in self.deposit_prepositions
                    and all(w in self.location_words for w in between[1:])):
                continue
            if self._qualified(doc, t.start, met):
                return True
        return False

    def _qualified(self, doc, start: int, met: set[int]) -> bool:
        """A metastasis word among the three words before a tumour noun, a bracketed aside passed over
        ('metastatic neuroendocrine (carcinoid) tumour'), no other punctuation between."""
        for i in words_before(doc, start, 3, self.aside_reach):
            if doc[i].is_punct:
                return False
            if i in met:
                return True
        return False
