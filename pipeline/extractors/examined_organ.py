"""r5-meta: the organ whose pathology shows the tumour ('Histopathology of the appendix revealed a
well-differentiated NET', 'biopsy of the ileum showed a NET') votes for the primary site. The words are
those with which the metastasis extractor reads the pathology of a distant organ (rules/metastasis.json
pathology_words and pathology_links, the reporting verbs of imaged_organ); an organ where NETs spread
(sites.json metastasis_organs: a liver biopsy finds a metastasis) gets no vote. r6-sites: so does an organ
that opens its sentence as the subject of a container verb ('The appendix contained a 12 mm NET')."""
from __future__ import annotations


class ExaminedOrgan:
    """The vote of an organ named as the object of a pathology word (`vote`)."""

    def __init__(self, rules, weight: float):
        met = rules["metastasis"]
        self.examinations, self.links = set(met["pathology_words"]), set(met["pathology_links"])
        self.verbs, self.articles = set(met["imaged_organ"]["verbs"]), set(met["imaged_organ"]["articles"])
        cues = rules["sites"]["primary_cues"]
        self.spread_organs = set(cues["metastasis_organs"])
        self.specific = {t.lower() for t in cues["specific_tumour_nouns"]}
        self.lesion_nouns = set(cues["examined_lesion_nouns"])  # r6-sites: 'biopsy of the rectal polyp showed'
        self.containers = set(cues["container_verbs"])  # r6-sites: 'the appendix contained a NET'
        self.subject_words = self.articles | set(cues["container_subject_words"]) | set(cues["location_words"])
        self.container_reach = cues["container_reach_tokens"]  # 'contained a 12 mm well-differentiated NET'
        self.weight = weight

    def vote(self, report, site) -> tuple[float, str]:
        """(weight, rule) when a pathology word, 'of', (an article,) the site and a reporting verb come in
        a row and a specific tumour noun follows in the sentence; else (0, '')."""
        if site.id_ in self.spread_organs or not (self._examined(report, site) or self._contains(report, site)):
            return 0.0, ""
        hi = report.sentence_bounds(site.start)[1]
        found = any(t.text.lower() in self.specific for t in report.spans_near("TUMOUR", site.end, hi))
        return (self.weight, "primary_site:examined_organ") if found else (0.0, "")

    def _examined(self, report, site) -> bool:
        """'histopathology of the appendix revealed': the words around the site."""
        k = site.start - 1
        if k > 0 and report.lower_word(k) in self.articles:
            k -= 1
        n = len(report.doc)
        j = site.end + (site.end < n and report.lower_word(site.end) in self.lesion_nouns)  # r6-sites: 'polyps showed'
        return (k >= 1 and j < n and report.lower_word(k) in self.links
                and report.lower_word(k - 1) in self.examinations and report.lower_word(j) in self.verbs)

    def _contains(self, report, site) -> bool:
        """r6-sites: 'The appendix contained a NET', 'the resected ileum harboured a carcinoid': the site
        opens its sentence (after an article, 'resected' and location words only: 'The terminal ileum') and
        a container verb follows."""
        j = site.end
        while j < min(len(report.doc), site.end + 2) and report.lower_word(j) in self.subject_words:
            j += 1  # 'The duodenal bulb contained', 'the pancreatic tail harboured'
        if j >= len(report.doc) or report.lower_word(j) not in self.containers:
            return False
        lo, k = report.sentence(site.start).start, site.start - 1
        while k >= lo and report.lower_word(k) in self.subject_words:  # 'The resected terminal ileum'
            k -= 1
        if k >= lo:
            return False
        hi = min(report.sentence_bounds(site.start)[1], site.end + self.container_reach)
        clause_end = next((i for i in range(site.end, hi) if report.doc[i].text in (";", ":")), hi)
        return any(t.text.lower() in self.specific for t in report.spans_near("TUMOUR", site.end, clause_end))
