"""Organ of the primary tumour: 'pancreatic neuroendocrine tumor', 'primary presacral NET',
'carcinoid of the ileum'. Each site next to a tumour noun votes; a named NET or 'primary' votes
more than a bare 'mass'. Sites that are metastases ('hepatic metastasis') do not vote."""
from __future__ import annotations

from collections import defaultdict

from .base import INDEX_SENTENCE_RANK, TITLE_REASON, FieldExtractor, Mention, ReportView, keep
from .cause_link import CauseLink
from .examined_organ import ExaminedOrgan
from .metastatic_sites import MetastaticSites
from .operation_organ import OperationOrgan
from .title import ReportTitle, stated_unknown_primary
from .topic import IntroductionTopic
from .tumour_noun_vote import TumourNounVote

PART_NAMED = "primary_site:part_named"


class PrimarySiteExtractor(FieldExtractor):
    fields = ("primary_site",)

    def __init__(self, rules):
        cues = rules["sites"]["primary_cues"]
        self.specific = {t.lower() for t in cues["specific_tumour_nouns"]}
        self.location_words = set(cues["location_words"])
        self.far_plurals = (set(cues["distant_plural_nouns"]), set(rules["sites"]["distant"]))  # r12: in the skin
        self.part_of = {k: v for k, v in rules["sites"]["part_of"].items() if not k.startswith("_")}
        self.presenting_sites = set(rules["sites"]["unknown_primary"]["presenting_sites"])
        self.primary_words = set(cues["primary_words"])
        self.primary_links = set(cues["primary_links"])  # r5-meta: 'the primary site was the ileum'
        self.primary_link_reach = cues["primary_link_reach_tokens"]
        self.apposition_articles = set(cues["apposition_articles"])
        self.origin_nouns = set(cues["origin_nouns"])  # 'a NET of ileal origin'
        self.never_primary = frozenset(cues["never_primary"])  # r27: the pituitary of a MEN1 adenoma
        self.spread_organs = frozenset(cues["metastasis_organs"])  # r20: a tie goes to the organ NETs seldom spread to
        self.metastasis_origin = set(cues["metastasis_origin_words"])  # r4-meta: 'metastasized from the cervix'
        self.met_prefixes = tuple(rules["metastasis"]["prefixes"])
        vote = rules["sites"]["primary_vote"]
        weights = vote["weights"]
        self.weight_primary, self.weight_generic = weights["primary"], weights["generic"]
        self.metastatic_organ_factor = vote["metastatic_organ_factor"]
        self.index_sentence_factor, self.title_factor = vote["index_sentence_factor"], vote["title_factor"]
        self.part_share = vote["part_share"]
        self.part_named_with = set(vote.get("part_named_with", []))  # r14
        self.part_named_regions = set(vote.get("part_named_regions", []))
        self.primary_reach, self.site_tumour_gap = vote["primary_reach_tokens"], vote["site_tumour_gap_tokens"]
        self.hormone_phrase = vote["hormone_phrase_tokens"]
        self.tumour_before_site = vote["tumour_before_site_tokens"]  # 'tumour, WHO grade 3, of the pancreas'
        self.aside_reach = vote["aside_reach_tokens"]  # an aside between them (', measuring 9 mm,')
        self.apposition_reach = vote["apposition_reach_tokens"]  # 'the appendix, a 7 mm well-differentiated NET'
        self.nouns = TumourNounVote(rules)  # 'pancreatic NET', 'carcinoid of the ileum'
        self.examined = ExaminedOrgan(rules, self.weight_generic)  # r5-meta
        self.cause = CauseLink(rules, self.weight_generic)  # r10c: 'a jejunal stricture due to a mass'
        self.operation = OperationOrgan(rules, self.weight_generic)  # r11: 'underwent appendectomy; ... a NET'
        self.metastatic_sites = MetastaticSites(rules)
        self.title = ReportTitle(rules)
        self.topic = IntroductionTopic(rules, self.title)  # r4-meta: 'Laryngeal NETs are rare' in the introduction

    def find(self, report: ReportView) -> list[Mention]:
        title = self.title.start(report)
        tumours = report.spans("TUMOUR")
        sites = [s for s in report.spans("SITE")  # model sites: metastasis only
                 if not report.from_model(s) and s.id_ not in self.never_primary]
        beside = self.metastatic_sites.beside_metastasis_word(report, sites, tumours)
        # An organ the report calls metastatic ('liver metastases') is a weak vote for the primary
        # elsewhere in the report ('the dominant liver lesion', 'hepatic tumour burden').
        metastatic = {site.id_ for site, met in zip(sites, beside, strict=True) if met}
        out = []
        for site, met in zip(sites, beside, strict=True):
            m = None if met else self._site_vote(report, site, tumours, site.id_ in metastatic, title)
            if m is None and not met and self.part_of.get(site.id_) in self.part_named_regions:
                m = self._part_named(report, site)
            if m is not None:
                out.append(m)
        out.extend(self.operation.find(report))
        unknown = stated_unknown_primary(report, self.title)
        if unknown:
            self._negate_presentation_sites(out, unknown)
        else:
            self.topic.mark(report, out, title)
        return out

    def _site_vote(self, report: ReportView, site, tumours, metastatic: bool, title: int) -> Mention | None:
        """The site's vote for the primary as a mention carrying its weight, or None without one. A
        site in the title counts (as an index-patient sentence) where its section would not."""
        weight, rule = self._vote(report, site, tumours)
        if not weight:
            return None
        if metastatic and rule != "primary_site:primary_before":
            weight *= self.metastatic_organ_factor
        m = report.mention("primary_site", site.start_char, site.end_char, site.text, site.id_, rule, "SITE")
        if (self.title.lands_in(report, m.section) and m.status == "other_patient"
                and report.sentence(site.start).start == title):
            m.affirm_in_title()
            weight *= self.title_factor
        m.weight = weight
        return m

    def _part_named(self, report: ReportView, site) -> Mention | None:
        """r14: a part of a region ('the jejunum', 'the mid ileum') named in a case-text sentence with a
        lesion word (rules/sites.json primary_vote 'part_named_with') but too far from it to vote ('two
        small lesions were seen in the jejunum'): no vote, only the region's more precise name
        (decide). Not in the background: 'carcinoids arising outside the appendix' names no part."""
        if report.section_of(site.start_char) != "case" or not any(
                t.lower_ in self.part_named_with for t in report.sentence(site.start)):
            return None
        m = report.mention("primary_site", site.start_char, site.end_char, site.text, site.id_, PART_NAMED, "SITE")
        m.weight = 0.0
        return m

    def _negate_presentation_sites(self, out: list[Mention], unknown: str) -> None:
        """'nodal NET of unknown primary': the node is where it presented, not where it began; so is an
        organ whose pathology showed the tumour (r5-meta: 'biopsy of the lung showed a NEC')."""
        for m in out:
            presented = m.normalized in self.presenting_sites or m.rule == "primary_site:examined_organ"
            if presented and m.status == "affirmed":
                m.overrule("negated", f"unknown_primary:{unknown}")

    def _vote(self, report, site, tumours) -> tuple[float, str]:
        """(weight, rule) of the site's vote: after 'primary', then by a tumour noun of its sentence
        (inside it, right after the site, or before it with 'of'), then by an apposition; (0, '') for none."""
        if self._primary_before(report, site):
            return self.weight_primary, "primary_site:primary_before"
        if site.end < len(report.doc) and report.doc[site.end].lower_ in self.origin_nouns:
            return self.weight_primary, "primary_site:site_origin"  # 'a NET of ileal origin'
        if self._metastasis_came_from(report, site):
            return self.weight_primary, "primary_site:metastasis_from"  # r4-meta
        sid = report.sent_id(site.start)
        # every tumour the rules below see
        reach = self.tumour_before_site + self.aside_reach + report.longest_span("TUMOUR")
        after = max(self.site_tumour_gap, self.hormone_phrase)
        for t in report.spans_near("TUMOUR", site.start - reach, site.end + after + 1):
            far = t.text.lower() in self.far_plurals[0] and site.id_ in self.far_plurals[1]  # metastases, likely
            vote = self.nouns.vote(report, site, t) if report.sent_id(t.start) == sid and not far else None
            if vote is not None:
                return vote
        vote = self._apposition_vote(report, site)
        if not vote[0]:
            vote = self.examined.vote(report, site)  # r5-meta: 'biopsy of the ileum showed a NET'
        return vote if vote[0] else self.cause.vote(report, site)

    def _metastasis_came_from(self, report, site) -> bool:
        """r4-meta: 'a NET of the scalp that had metastasized from the lung', 'metastases from the
        right ovary': a metastasis word, one of 'metastasis_origin_words' and location words only before
        the site name the organ the tumour began in."""
        if report.modifies_next_site(site):  # r6-sites: 'from the uterine cervix' names the cervix
            return False
        lo, i = report.sentence(site.start).start, site.start - 1
        region = [s for s in report.spans_near("SITE", i - 4, i + 1) if s.end == site.start]
        if region:  # r6-sites: the region word before the site ('uterine cervix') is read past
            i = region[0].start - 1
        while i > lo and report.lower_word(i) in self.location_words:
            word, before = report.lower_word(i), report.lower_word(i - 1)
            if word in self.metastasis_origin and before.startswith(self.met_prefixes):
                return True
            i -= 1
        return False

    def _primary_before(self, report, site) -> bool:
        """'primary ileal NET': a 'primary' word just before the site, which heads its phrase; r5-meta:
        or before link words only ('primary_links': 'the primary site was the ileum', 'Primary tumour
        site: pancreas')."""
        lo = report.sentence(site.start).start
        i = site.start - 1
        while i >= max(lo, site.start - self.primary_link_reach) and report.lower_word(i) in self.primary_links:
            i -= 1
        before = report.doc[max(lo, min(i, site.start - self.primary_reach)):site.start]
        return any(t.lower_ in self.primary_words for t in before) and self._ends_its_noun_phrase(report, site)

    def _ends_its_noun_phrase(self, report, site) -> bool:
        """After 'primary', does the site head its phrase ('primary ileal NET', 'primary: ileum.',
        'primary small bowel multifocal NETs')
        rather than qualify a disease ('primary pulmonary hypertension', 'primary biliary cholangitis')?"""
        doc = report.doc
        if site.end >= len(doc) or not doc[site.end].is_alpha:
            return True
        # the tumour noun the site names, maybe past an adjective ('primary ileal asymptomatic NENs')
        return any(self.nouns.names_tumour(report, site, t)
                   for t in report.spans_near("TUMOUR", site.end, site.end + self.site_tumour_gap + 1))

    def _apposition_vote(self, report, site) -> tuple[float, str]:
        """'at the tip of the appendix, a 7 mm well-differentiated NET': the tumour named in an
        apposition right after the site, with no other site between them."""
        doc = report.doc
        if (site.end + 2 >= len(doc) or doc[site.end].text != ","
                or doc[site.end + 1].lower_ not in self.apposition_articles):
            return 0.0, ""
        lo, hi = site.end + 2, min(site.end + 2 + self.apposition_reach, report.sentence_bounds(site.start)[1])
        sid = report.sent_id(site.start)
        for t in report.spans_near("TUMOUR", lo, hi):
            if report.sent_id(t.start) == sid and t.text.lower() in self.specific:
                if any(report.sent_id(s.start) == sid for s in report.spans_near("SITE", lo, t.start)):
                    return 0.0, ""
                if any(doc[i].text in ",;(" for i in range(lo, t.start)):
                    return 0.0, ""
                return self.weight_generic, "primary_site:apposition"
        return 0.0, ""

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        usable = _voters([m for m in mentions if m.rule != PART_NAMED])
        if not usable:
            return {"primary_site": None}
        score: dict[str, float] = defaultdict(float)
        first: dict[str, int] = {}
        for m in usable:
            factor = self.index_sentence_factor if m.rank == INDEX_SENTENCE_RANK and m.reason != TITLE_REASON else 1.0
            score[m.normalized] += m.weight * factor
            first.setdefault(m.normalized, m.start)
        value = max(score, key=lambda v: (score[v], v not in self.spread_organs, -first[v]))
        value, evidence = self._most_precise(value, score, first, mentions)
        keep(mentions, [m for m in usable + evidence if m.normalized == value])
        return {"primary_site": value}

    def _most_precise(self, value: str, score: dict, first: dict, mentions: list[Mention]) -> tuple[str, list]:
        """A part of the winning region, nearly as well supported, is the more precise answer; without
        one, r14: the one part of the region that the case text names beside a lesion word."""
        parts = [p for p, region in self.part_of.items()
                 if region == value and p in score and score[p] >= score[value] * self.part_share]
        if parts:
            return max(parts, key=lambda p: (score[p], -first[p])), []
        named = [m for m in mentions if m.rule == PART_NAMED and m.usable and self.part_of[m.normalized] == value]
        if len({m.normalized for m in named}) == 1:
            return named[0].normalized, named
        return value, []


def _voters(mentions: list[Mention]) -> list[Mention]:
    """The usable votes; else (r4-meta) the introduction's topic ('Laryngeal NETs are rare')."""
    return [m for m in mentions if m.usable] or [m for m in mentions if m.topic]
