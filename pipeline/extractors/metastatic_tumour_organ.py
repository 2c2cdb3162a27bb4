"""r6-sites: the organ of a tumour the report calls metastatic, when the primary is another organ.

Many case reports are about a metastasis in an unusual place, and name it the way a primary is named:
'a metastatic NET of the orbit', 'metastatic neuroendocrine breast carcinoma', 'a neuroendocrine
tumour of the mandible which had metastasised from the cervix'. The same words name a primary's
organ when the tumour is the primary ('metastatic pancreatic NET', 'a metastatic NET of the
pancreas'), so the words alone cannot tell: the organ is a metastasis site only when the primary the
report settles on is another organ (the mention's needs_other_primary; the metastasis extractor's
`decide` checks it, region and part alike: 'metastatic small bowel NET' of an ileal primary is no
site). Three shapes, in one sentence:

- a metastasis word at most `qualifier_reach_tokens` words before a tumour noun (no punctuation
  between) and the site right before the noun: 'metastatic pancreatic NET', 'metastatic
  neuroendocrine breast carcinoma';
- the same qualified tumour noun, then one of 'organ_prepositions' and location words only before
  the site: 'metastatic NET of the orbit', 'metastatic carcinoid in the left breast';
- a tumour noun, 'of' and the site, then within `origin_reach_tokens` link words a metastasis word
  followed by one of sites.json 'metastasis_origin_words': 'a NET of the mandible which had
  metastasised from the cervix' (the cervix is the primary's: primary_site.py reads it).

The words are rules/metastasis.json 'metastatic_tumour_organ' and sites.json 'location_words'."""
from __future__ import annotations

from .asides import after_aside, words_before
from .mention import Mention


class MetastaticTumourOrgan:
    def __init__(self, rules):
        cfg = rules["metastasis"]["metastatic_tumour_organ"]
        self.qualifier_reach = cfg["qualifier_reach_tokens"]
        self.qualifier_stops = set(cfg["qualifier_stops"])  # 'liver metastasis from a pancreatic NET'
        self.organ_prepositions = set(cfg["organ_prepositions"])
        self.origin_links = set(cfg["origin_links"])
        self.origin_reach = cfg["origin_reach_tokens"]
        self.location_words = set(rules["sites"]["primary_cues"]["location_words"])
        self.origin_words = set(rules["sites"]["primary_cues"]["metastasis_origin_words"])
        self.aside_reach = rules["sites"]["primary_vote"]["aside_reach_tokens"]  # r15: 'a NET (grade 2) of the orbit'

    def find(self, report) -> list[Mention]:
        """A metastasis site, needing another primary, for each organ of a tumour called metastatic."""
        met = {i for s in report.spans("METASTASIS") for i in range(s.start, s.end)}
        if not met:
            return []
        out = []
        for t in report.spans("TUMOUR"):
            for s in self._organs_of(report, t, met):
                m = report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                                   "metastasis_site:metastatic_tumour_organ", "SITE")
                m.needs_other_primary = True
                out.append(m)
        return out

    def _organs_of(self, report, t, met: set[int]) -> list:
        """The sites the tumour noun `t` names as a metastasis's seat (at most one before, one after)."""
        found = []
        qualified = self._qualified(report, t, met)
        before = [s for s in report.spans_near("SITE", t.start - 4, t.start) if s.end == t.start]
        if qualified and before:
            found.append(before[-1])
        after = self._site_after(report, t)
        if after is not None and (qualified or self._came_from_elsewhere(report, after, met)):
            found.append(after)
        return found

    def _qualified(self, report, t, met: set[int]) -> bool:
        """Is a metastasis word among the few words before the tumour noun, in its phrase?"""
        first = report.sentence(t.start).start
        # r15: an aside is passed over, 'metastatic neuroendocrine (carcinoid) NET'
        for i in words_before(report.doc, t.start, self.qualifier_reach, self.aside_reach, first):
            if i in met:
                return True
            tok = report.doc[i]
            inner_hyphen = tok.text == "-" and not report.doc[i - 1].whitespace_  # 'well-differentiated'
            if tok.is_punct and not inner_hyphen or tok.lower_ in self.qualifier_stops:
                return False
        return False

    def _site_after(self, report, t):
        """The site after the tumour noun through an organ preposition and location words only."""
        doc = report.doc
        start = i = after_aside(doc, t.end, self.aside_reach)  # r15: 'a metastatic NET (grade 2) of the orbit'
        if i >= len(doc) or doc[i].lower_ not in self.organ_prepositions:
            return None
        i += 1
        while i < len(doc) and i - start <= 4:
            sites = report.spans_near("SITE", i, i + 1)
            if sites:
                return sites[0]
            if doc[i].lower_ not in self.location_words:
                return None
            i += 1
        return None

    def _came_from_elsewhere(self, report, site, met: set[int]) -> bool:
        """'... of the mandible which had metastasised from the cervix': link words, then a metastasis
        word, then an origin word."""
        doc = report.doc
        i, hi = site.end, min(len(doc), site.end + self.origin_reach + 1)
        while i < hi and i not in met:
            if doc[i].lower_ not in self.origin_links:
                return False
            i += 1
        if i >= hi:
            return False
        while i < len(doc) and i in met:
            i += 1
        return i < len(doc) and doc[i].lower_ in self.origin_words
