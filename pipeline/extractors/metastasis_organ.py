"""The organ a metastasis word names when it names no site of its own (metastasis_sites.AttachedSites
asks last): the organ an examination of which shows it ('MRI of the brain revealed two metastatic
lesions', 'a bone scan showed'), or the organ its clause is about ('The liver was studded with
metastatic deposits', 'an enlarged liver with several metastatic lesions'). The words are those of
rules/metastasis.json 'imaged_organ' and 'organ_subject'."""
from __future__ import annotations

from spacy.tokens import Span

from ..skipping import adverb_judge


class OrganOfTheWord:
    """Finds the organ a bare metastasis word stands for (`find`)."""

    def __init__(self, rules):
        cfg = rules["metastasis"]
        self.imaged = {key: set(words) for key, words in cfg["imaged_organ"].items() if key != "_doc"}
        self.organ_subject = {key: set(words) for key, words in cfg["organ_subject"].items() if not key.startswith("_")}
        # back to the verb that ties it to an organ ('revealed two metastatic')
        self.organ_reach = cfg["organ_reach_tokens"]
        self.imaged_articles = set(cfg["imaged_organ"]["articles"])
        self.imaged_links = set(cfg["imaged_organ"]["links"])
        self.imaged_sides = set(cfg["imaged_organ"]["side_words"])  # r25: 'a biopsy of the right lung confirmed'
        self.participle_suffixes = tuple(cfg["organ_subject"]["participle_suffixes"])
        self.spread_organs = set(rules["sites"]["primary_cues"]["metastasis_organs"])  # liver, bone, ...
        self.adverb = adverb_judge(rules["context"]["skip_in_cues"])  # r11: 'was diffusely infiltrated by'
        treated = cfg["treated_organ"]  # r12: 'hepatectomy for metastases', 'liver resection for metastatic disease'
        self.treat_links, self.treat_nouns = set(treated["links"]), set(treated["nouns"])
        self.operations = {word: organ for organ, words in treated["operations"].items() for word in words}

    def find(self, report, met, sent, site_ending_at) -> list:
        """When the metastasis word names no site of its own: the organ an examination of which shows
        it ('MRI of the brain revealed two metastatic lesions'), or the organ the clause is about
        ('The liver was studded with metastatic deposits'; r11: the organ right before a verb of having,
        'the liver had numerous metastases', 'the right lobe of the liver harboured a metastasis'); the
        verb stands within 'organ_reach_tokens' before the word."""
        for v in range(met.start - 1, max(sent.start, met.start - self.organ_reach) - 1, -1):
            word = report.lower_word(v)
            treated = self._treated_organ(report, v, sent, site_ending_at) if word in self.treat_links else None
            if treated:
                return treated
            if word in self.organ_subject["prepositions"]:
                return self._organ_subject(report, v, sent, site_ending_at)
            holder = self._possessor(word, v, sent, site_ending_at, report.lower_word(met.start))
            if holder is not None:  # r11: 'the liver harboured a 4 cm metastasis'
                return [(holder, "metastasis_site:organ_possessor")]
            if word in self.imaged["verbs"]:
                return self._imaged_organ(report, v, sent, site_ending_at)
        return []

    def _treated_organ(self, report, v: int, sent, site_ending_at) -> list:
        """r12: the organ of the operation the metastases were the reason for, its link 'for' at token v: an
        operation named for a distant organ ('hepatectomy for metastases'), or an organ before a noun of
        treatment ('liver resection for metastatic disease', 'lung surgery for a metastasis')."""
        if v - 1 < sent.start:
            return []
        organ = self.operations.get(report.lower_word(v - 1))
        if organ is not None:
            return [(Span(report.doc, v - 1, v, label="SITE", span_id=organ), "metastasis_site:treated_organ")]
        site = (site_ending_at.get(v - 2) or [None])[0] if report.lower_word(v - 1) in self.treat_nouns else None
        return [(site, "metastasis_site:treated_organ")] if site is not None and site.start >= sent.start else []

    def _possessor(self, word: str, v: int, sent, site_ending_at, met_word: str):
        """r11: the organ right before a verb of having at token v ('the liver had'), or None. Before a
        participle the verb makes a perfect tense, no possession ('a NET of the orbit had metastasized from
        elsewhere': the orbit is where the tumour sits, as the origin links read it)."""
        if word not in self.organ_subject["possession_verbs"] or met_word.endswith(self.participle_suffixes):
            return None
        holder = (site_ending_at.get(v - 1) or [None])[0]
        return holder if holder is not None and holder.start >= sent.start else None

    def _organ_subject(self, report, v: int, sent, site_ending_at) -> list:
        """The organ, an auxiliary and a participle before the preposition at token v: 'The liver
        was studded with' (r11: adverbs between: 'was diffusely infiltrated by'); or (r4-meta) an organ
        where NETs spread right before it: 'an enlarged liver with several metastatic lesions', 'a bone
        with metastatic deposits'."""
        holder = (site_ending_at.get(v - 1) or [None])[0]
        if holder is not None and holder.start >= sent.start and holder.id_ in self.spread_organs:
            return [(holder, "metastasis_site:organ_with")]
        k = v - 2  # r11: adverbs may stand between the auxiliary and the participle ('was diffusely infiltrated by')
        while k > sent.start and self.adverb(report.lower_word(k)):
            k -= 1
        if k - 1 < sent.start:
            return []
        verb, auxiliary = report.lower_word(v - 1), report.lower_word(k)
        site = (site_ending_at.get(k - 1) or [None])[0]
        if site and verb.endswith(self.participle_suffixes) and auxiliary in self.organ_subject["auxiliaries"]:
            return [(site, "metastasis_site:organ_subject")]
        return []

    def _imaged_organ(self, report, v: int, sent, site_ending_at) -> list:
        """An examination, 'of', (an article,) the organ, then the reporting verb at token v: 'MRI of
        the brain revealed'; r7a: or the organ before the examination ('brain CT revealed', 'a bone scan
        showed'); r25: a side word may stand before the organ ('a biopsy of the right lung confirmed')."""
        if v - 1 > sent.start and report.lower_word(v - 1) in self.imaged["imaging"]:
            site = (site_ending_at.get(v - 2) or [None])[0]
            return [(site, "metastasis_site:imaged_organ")] if site is not None and site.start >= sent.start else []
        site = (site_ending_at.get(v - 1) or [None])[0]
        if site is None or site.start < sent.start + 2:
            return []
        k = site.start - 1
        while k > sent.start and report.lower_word(k) in self.imaged_sides:  # r25: 'of the right lung'
            k -= 1
        if report.lower_word(k) in self.imaged_articles:
            k -= 1
        if (report.lower_word(k) in self.imaged_links and k > sent.start
                and report.lower_word(k - 1) in self.imaged["imaging"]):
            return [(site, "metastasis_site:imaged_organ")]
        return []
