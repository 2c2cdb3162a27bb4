"""Metastasis (yes/no/unknown) and its sites: 'multiple lymph node metastases', 'metastases to the
lungs, liver, and bones', 'peritoneal seeding', 'ISCM' (via its long form), and, for a patient with
metastases, 'lesions in both lobes of the liver'. The report's title counts after the case text.
'metastasis from pNET' names the origin, not a site, and local invasion ('involving the rectal wall')
is never a metastasis."""
from __future__ import annotations

from .base import (
    FieldExtractor,
    Mention,
    ReportView,
    keep,
)
from .distant_lesions import DistantLesions
from .metastasis_choice import (
    chosen_sites,
    headline_node_regions,
    listed_with_other_organs,
    local_recurrence,
    no_or_unknown,
    site_on_its_own,
    usable_from_the_best_source,
    values_in_order,
)
from .metastasis_sites import AttachedSites
from .metastatic_tumour_organ import MetastaticTumourOrgan
from .pathology_findings import PathologyFindings
from .title import ReportTitle, stated_unknown_primary


class MetastasisExtractor(FieldExtractor):
    fields = ("metastasis", "metastasis_sites")
    reads = ("primary_site",)  # the primary's organ is no metastasis site

    def __init__(self, rules):
        cfg = rules["metastasis"]
        self.distant = set(rules["sites"]["distant"])
        self.node_site = cfg["tnm"]["node_site"]
        self.node_words = rules["sites"]["sites"][self.node_site]  # r15: 'mesenteric lymph nodes' under the title
        self.whole_body = set(cfg["whole_body_words"])  # 'no liver or other metastases': all of them
        self.whole_body_reach = cfg["whole_body_reach_tokens"]

        self.other_side = set(cfg["other_side_words"])  # 'the contralateral ovary': the primary's twin
        self.distant_only = cfg["distant_only_words"]
        self.recurrent = cfg["recurrent_words"]  # r11: 'recurrent disease in the liver', the sites after it only
        self.deposit_words = cfg["deposit_words"]  # r5-meta: 'hepatic deposits', 'deposits in the liver'
        self.not_tumour = set(cfg["not_tumour_before"])  # r5-meta: 'iron deposits', 'amyloid deposits'
        self.node_nouns = tuple(cfg["spread"]["node_nouns"])  # r5-meta: 'spread to the lymph nodes
        self.spread_words = set(cfg["spread"]["words"])  # 'had spread to the liver': only in a tumour's sentence
        self.node_only = set(cfg["spread"]["node_only_words"])  # r6-sites: 'extending to ... lymph nodes'
        self.node_only |= set(cfg["spread"]["invasion_words"])  # r6d-meta: 'had invaded the lymph nodes'
        self.spread_words |= self.node_only
        self.pathology = set(cfg["pathology_words"])
        self.specific_tumour = {w.lower() for w in rules["sites"]["primary_cues"]["specific_tumour_nouns"]}
        self.spread_tumours = set(cfg["spread"]["tumour_words"]) | {w for w in self.specific_tumour if " " not in w}
        self.spread_diseases = set(cfg["spread"]["disease_words"])  # r11: 'the disease had spread to the liver'
        self.name_marks = set(cfg["spread"]["name_marks"])  # r11: "Crohn's disease" is no tumour
        self.presenting_sites = set(rules["sites"]["unknown_primary"]["presenting_sites"])
        self.pathology_findings = PathologyFindings(rules)
        self.attached_sites = AttachedSites(rules)
        self.distant_lesions = DistantLesions(rules, self.attached_sites)
        self.metastatic_tumour_organ = MetastaticTumourOrgan(rules)  # r6-sites: 'a metastatic NET of the orbit'
        self.part_of = {k: v for k, v in rules["sites"]["part_of"].items() if not k.startswith("_")}
        self.local_extension = rules["sites"]["local_extension"]  # r10b: a cervical NEC in the vagina is local
        self.title = ReportTitle(rules)
        self.other_side_reach = cfg["other_side_reach_chars"]
        self.pathology_reach = cfg["pathology_reach_tokens"]
        self.pathology_links = set(cfg["pathology_links"])
        self.pathology_skips = set(cfg["pathology_after_skips"])  # r6d-meta: 'liver lesions were biopsied'

    def find(self, report: ReportView) -> list[Mention]:
        out = []
        sites = sorted(report.spans("SITE"), key=lambda s: s.start)
        site_at = report.spans_at("SITE")
        site_ending_at: dict[int, list] = {}
        for s in sites:
            site_ending_at.setdefault(s.end - 1, []).append(s)
        out.extend(self._negative_staging(report))
        searched = {t for span in report.spans("STAGING") for t in range(span.start, span.end)}
        for met in report.spans("METASTASIS"):
            if met.start in searched:  # 'the metastatic work-up': the search, not a finding
                continue
            attached = self.attached_sites.find(report, met, site_at, site_ending_at)
            out.extend(self._word_and_sites(report, met, attached, "metastasis:word"))
        out.extend(self._spread_to_distant_sites(report, site_at, site_ending_at))
        out.extend(self.distant_lesions.find(report))
        out.extend(self.pathology_findings.tnm_stages(report))
        out.extend(self.pathology_findings.stage_four_groups(report))
        out.extend(self._pathology_of_other_organ(report, sites))
        out.extend(self.metastatic_tumour_organ.find(report))
        out.extend(self._presentation_of_unknown_primary(report, sites))
        out.extend(self.pathology_findings.node_predicates(report, sites))
        self._read_the_title(report, out)
        for m in out:  # 'metastases in the contralateral ovary': may be the primary's organ
            before = report.text[max(0, m.start - self.other_side_reach):m.start].split()
            if m.field == "metastasis_sites" and before and before[-1].lower() in self.other_side:
                m.other_side = True
        return out

    def _spread_to_distant_sites(self, report, site_at, site_ending_at) -> list[Mention]:
        """'hepatic recurrence', 'relapse in the liver', 'the tumour had spread to the liver': a
        metastasis only with a distant site; spread or involvement only in a sentence naming a tumour
        (the 'skin involvement' of a rash, the spread of an infection name none). A recurrence in the
        primary's own organ ('recurrence in a primary liver NET') is local: `decide` drops it. r5-meta:
        'hepatic deposits', 'deposits in the liver' too, unless a substance deposits ('iron deposits')."""
        out = []
        tumour_sentences = report.sentences_with("spread_tumours", self.spread_tumours)
        words = self.distant_only + self.deposit_words + self.recurrent
        for i in sorted(report.tokens_in(words) + report.tokens_in(self.spread_words)):
            word = report.doc[i:i + 1]
            spread = word[0].lower_ in self.spread_words
            substance = i > 0 and report.lower_word(i - 1) in self.not_tumour
            if substance:
                continue
            attached = self._reached_sites(report, word, site_at, site_ending_at)
            if spread and report.sent_id(i) not in tumour_sentences and not self._disease_before(report, i):
                out.extend(self.distant_lesions.involved(report, word, attached))  # r11: 'skeletal involvement'
                nodes = self.distant_lesions.involved_nodes(word, attached)  # r27: 'involvement of the lymph nodes'
                out.extend(self._word_and_sites(report, word, nodes, "metastasis:nodes_involved") if nodes else [])
                continue
            if attached:
                rule = "metastasis:spread" if spread else "metastasis:distant_recurrence"
                found = self._word_and_sites(report, word, attached, rule)
                for m in found:  # r4-meta: a recurrence in the primary's own organ is local (decide)
                    m.spread_sites = tuple(s.id_ for s, _ in attached) if m.field == "metastasis" else (m.normalized,)
                out.extend(found)
        return out

    def _disease_before(self, report, i: int) -> bool:
        """r11: does a disease word stand before the spread word at token i in its sentence, not after a
        name ('the disease had spread to the liver', 'disseminated disease with bone involvement'; not
        'Crohn's disease with ileal involvement')?"""
        doc, start = report.doc, report.sentence(i).start
        for k in range(start, i):
            if doc[k].lower_ in self.spread_diseases:
                before = doc[k - 1] if k > start else None
                if before is None or not (before.lower_ in self.name_marks or before.is_title and k - 1 > start):
                    return True
        return False

    def _reached_sites(self, report, word, site_at, site_ending_at) -> list:
        """The distant sites a spread, recurrence or deposit word names; r5-meta: and the lymph nodes a
        spread or recurrence word names ('had spread to the regional lymph nodes and the liver', 'a
        recurrence in the para-aortic nodes'): nodes a tumour reached are a nodal metastasis
        (ANNOTATION.md), not local spread, when the nodes are named ('lymphatic spread' is invasion of
        the vessels). Deposits in nodes are read by the node predicates and the metastasis words. r6-sites:
        an extension ('node_only_words': 'a NET of the pancreas extending to the stomach and the lymph
        nodes') names only the nodes: an organ it reaches is local invasion."""
        nodes = word[0].lower_ not in self.deposit_words
        distant = word[0].lower_ not in self.node_only  # r6-sites: an extension reaches nodes, not organs
        after_only = word[0].lower_ in self.recurrent  # r11: 'recurrent disease in the liver'
        return [(s, rule) for s, rule in self.attached_sites.find(report, word, site_at, site_ending_at)
                if (rule == "metastasis_site:after" or not after_only)
                and (distant and s.id_ in self.distant or nodes and s.id_ == self.node_site
                     and any(w in s.text.lower() for w in self.node_nouns))]

    @staticmethod
    def _negative_staging(report) -> list[Mention]:
        """'The staging CT was unremarkable', 'the metastatic work-up was negative': a search for
        metastases that found none says there is none (a negated metastasis mention). Said any other
        way ('staging CT showed ...', 'TNM staging') it says nothing by itself."""
        out = []
        for span in report.spans("STAGING"):
            m = report.mention("metastasis", span.start_char, span.end_char, span.text, "yes",
                               "metastasis:negative_staging", "STAGING")
            if m.status == "negated":
                out.append(m)
        return out

    def _read_the_title(self, report, out: list[Mention]) -> None:
        """The report's title names the case ('Colonic NEC with regional lymph node involvement: a case
        report and literature review'), so a metastasis and its sites there count as an index-patient
        sentence does (after the case text), where its section or an other-patient cue would not; as
        the primary site's title votes do. A negated or hypothetical title stays so."""
        title = self.title.start(report)
        if title < 0:
            return
        in_title = [m for m in out if self.title.lands_in(report, m.section)
                    and report.sentence(report.tokens_of(m.start, m.end)[0]).start == title]
        for m in in_title:
            if m.status == "other_patient":
                m.affirm_in_title()
        headline_node_regions(report.text, [m for m in in_title if m.field == "metastasis_sites"], self.node_site,
                              self.node_words)

    def _presentation_of_unknown_primary(self, report, sites) -> list[Mention]:
        """'An enlarged inguinal node ... no primary tumour was found': the node is a metastasis."""
        if not stated_unknown_primary(report, self.title):
            return []
        return [report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                               "metastasis_site:unknown_primary_presentation", "SITE")
                for s in sites if s.id_ in self.presenting_sites]

    def _pathology_of_other_organ(self, report, sites) -> list[Mention]:
        """'Biopsy of the liver showed a well-differentiated NET': a metastasis if the primary is
        elsewhere, or if the report says no primary was found ('NEC of unknown primary diagnosed by
        bone marrow biopsy'). 'Biopsy of a supraclavicular lymph node demonstrated a small cell carcinoma': a
        tumour found in lymph nodes is a nodal metastasis (r3-meta)."""
        out = []
        names_tumour: dict[int, bool] = {}  # sentence id -> does it name a specific tumour?
        for s in sites:
            tumour = self.pathology_findings.tumour_in_nodes(report, s) if s.id_ == self.node_site else None
            if tumour is None and not (s.id_ in self.distant and self._organ_pathology(report, s, names_tumour)):
                continue
            m = report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                               "metastasis_site:pathology_of_other_organ", "SITE")
            if tumour is not None:  # the nodes say there is a metastasis, whatever the primary
                word = report.mention("metastasis", tumour.idx, tumour.idx + len(tumour), tumour.text, "yes",
                                      "metastasis:pathology_of_nodes", "METASTASIS")
                if word.status != "affirmed" and m.status == "affirmed":  # 'showed no tumour'
                    m.overrule(word.status, word.reason)
                word.organs_only = True  # a biopsied node free of tumour says nothing of the rest
                out.append(word)
            elif not stated_unknown_primary(report, self.title):  # r3-meta: no primary found, the organ is no primary
                m.needs_other_primary = True
            out.append(m)
        return out

    def _organ_pathology(self, report, s, names_tumour: dict[int, bool]) -> bool:
        """Is the distant organ `s` the object of a pathology word ('biopsy of the liver', 'liver
        biopsy'; r6d-meta: 'hepatic lesions were biopsied') in a sentence that names a specific tumour?"""
        doc = report.doc
        near = {t.lower_ for t in doc[max(report.sentence(s.start).start, s.start - self.pathology_reach):s.start]}
        j, hi = s.end, min(len(doc), s.end + self.pathology_reach)  # r6d-meta: 'liver lesions were biopsied'
        while j < hi and doc[j].lower_ in self.pathology_skips:
            j += 1
        after = doc[j].lower_ if j < len(doc) else ""
        if not (self.pathology & near and self.pathology_links & near) and after not in self.pathology:
            return False
        sent_id = report.sent_id(s.start)
        if sent_id not in names_tumour:
            sentence = report.sentence(s.start)
            words = ({t.lower_ for t in sentence}
                     | {sentence[i:i + 2].text.lower() for i in range(len(sentence) - 1)})
            names_tumour[sent_id] = bool(words & self.specific_tumour)
        return names_tumour[sent_id]

    def _word_and_sites(self, report, word, attached, rule) -> list[Mention]:
        """The metastasis word's mention, then its sites, which share its status when it is not affirmed."""
        status = report.mention("metastasis", word.start_char, word.end_char, word.text, "yes", rule, "METASTASIS")
        if status.status == "negated" and attached:
            status.organs_only = self._names_organs_only(report, word, [site for site, _ in attached])
        out = [status]
        for site, site_rule in attached:
            m = report.mention("metastasis_sites", site.start_char, site.end_char, site.text, site.id_, site_rule,
                               "SITE")
            # Sites found and then summed up ('nodules in the lung and adrenals, suggestive of
            # metastases') are findings: the hedge names what they are, it does not doubt them.
            summed_up = site_rule == "metastasis_site:summed_up" and status.status == "hypothetical"
            if status.status != "affirmed" and m.status == "affirmed" and not summed_up:
                m.overrule(status.status, status.reason or "metastasis word not affirmed")
            out.append(m)
        return out

    def _names_organs_only(self, report, word, sites) -> bool:
        """Does a negated metastasis word deny only the organs it names ('no hepatic metastases', 'no
        lymph node or splenic metastases'), not every metastasis? Not when the nodes are all it names
        (the nodal stage: 'no lymph node metastases'), nor with a word for the rest of the body
        within its list ('no liver or other distant metastases', 'in the liver or elsewhere') or right
        before the word (r5-meta: 'no lymph node or distant metastasis was found in the resected
        appendix NET', where the only site it reaches is the tumour's own organ)."""
        if all(s.id_ == self.node_site for s in sites):
            return False
        lo = min([max(0, word.start - 1)] + [s.start for s in sites])
        hi = max([word.end] + [s.end for s in sites]) + self.whole_body_reach
        return not any(t.lower_ in self.whole_body for t in report.doc[lo:hi])

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        primary = row["primary_site"]
        words = [m for m in mentions if m.field == "metastasis" and not local_recurrence(m, primary)]
        affirmed = usable_from_the_best_source(words)
        sites = self._usable_sites(mentions, primary)
        stated = [m for m in sites if self._stated_by_itself(m, primary)]
        if not (affirmed or stated):
            return no_or_unknown(mentions, words)
        keep(mentions, affirmed)
        lesions = [m for m in sites if m.needs_metastasis and not listed_with_other_organs(m, primary, self.part_of)]
        chosen = chosen_sites(stated + lesions, primary)
        keep(mentions, chosen)
        return {"metastasis": "yes", "metastasis_sites": values_in_order(chosen)}

    def _usable_sites(self, mentions: list[Mention], primary: str | None) -> list[Mention]:
        """The usable sites, less the primary's own T-stage extension (r10b: the vagina of a cervical
        cancer, rules/sites.json 'local_extension')."""
        local = set(self.local_extension.get(primary or "", ()))
        return [m for m in mentions if m.field == "metastasis_sites" and m.usable and m.normalized not in local]

    def _stated_by_itself(self, m: Mention, primary: str | None) -> bool:
        """A usable site that says there is a metastasis without a metastasis word elsewhere: one of its
        own kind (`site_on_its_own`), no local recurrence, and not the primary's organ unless on its
        other side ('the contralateral lung')."""
        return (site_on_its_own(m, primary, self.part_of) and not local_recurrence(m, primary)
                and (m.normalized != primary or m.other_side))

