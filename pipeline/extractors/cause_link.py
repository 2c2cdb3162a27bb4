"""r10c: the organ of a complication that a tumour caused ('a jejunal stricture due to an intraluminal
mass', 'an ileal intussusception caused by a polypoid mass', 'a stricture of the jejunum secondary to a
tumour') votes for the primary site: a bowel is narrowed, obstructed or telescoped by the tumour in its own
wall. The words are rules/sites.json primary_cues 'complication_nouns' and 'cause_links'. A tumour noun
with a site of its own ('biliary obstruction caused by a mass in the pancreatic head') names its own organ,
and the complication's organ gets no vote: the tumour only pressed on it."""
from __future__ import annotations


class CauseLink:
    """The vote of an organ whose complication a tumour noun caused (`vote`)."""

    def __init__(self, rules, weight: float):
        cues = rules["sites"]["primary_cues"]
        self.complications = set(cues["complication_nouns"])
        self.links = [tuple(p.split()) for p in cues["cause_links"]]
        self.location_words = set(cues["location_words"])
        self.reach = rules["sites"]["primary_vote"]["cause_reach_tokens"]
        self.weight = weight

    def vote(self, report, site) -> tuple[float, str]:
        """(weight, rule) when the site's complication and a cause link come in a row ('jejunal segment
        stricture due to', 'stricture of the jejunum due to') and a tumour noun follows within
        'cause_reach_tokens' words, with no site of its own; else (0, '')."""
        lo, hi = report.sentence_bounds(site.start)
        j = self._complication_end(report, site, lo, hi)
        link = self._link_at(report, j, hi)
        if not link:
            return 0.0, ""
        k = j + link
        for t in report.spans_near("TUMOUR", k, min(hi, k + self.reach + 1)):
            words = [report.doc[i] for i in range(k, t.start)]  # 'an intraluminal', 'a 5-cm'
            if all(not w.is_punct or w.text == "-" for w in words) and not self._own_site(report, t, k, hi):
                return self.weight, "primary_site:cause_link"
        return 0.0, ""

    def _complication_end(self, report, site, lo: int, hi: int) -> int:
        """Where a cause link may start: after the complication nouns right after the site ('jejunal segment
        stricture'), or right after the site when a complication noun and 'of the' stand before it
        ('stricture of the jejunum'); -1 without a complication."""
        j, named = site.end, False
        while j < hi and (report.lower_word(j) in self.complications or report.lower_word(j) in self.location_words):
            named |= report.lower_word(j) in self.complications
            j += 1
        if named:
            return j
        i = site.start - 1
        while i >= lo and report.lower_word(i) in self.location_words:
            i -= 1
        return site.end if i >= lo and report.lower_word(i) in self.complications else -1

    def _link_at(self, report, j: int, hi: int) -> int:
        """The length of the cause link starting at token j, or 0."""
        if j < 0:
            return 0
        for words in self.links:
            if j + len(words) <= hi and all(report.lower_word(j + n) == w for n, w in enumerate(words)):
                return len(words)
        return 0

    def _own_site(self, report, t, k: int, hi: int) -> bool:
        """Does the tumour noun name a site of its own, before it after the link or in its phrase after it
        ('a pancreatic mass', 'a mass in the pancreatic head')?"""
        return bool(report.spans_near("SITE", k, min(hi, t.end + self.reach + 2)))
