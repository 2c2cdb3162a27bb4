"""Metastasis (yes/no/unknown) and its sites: 'multiple lymph node metastases', 'metastases to the
lungs, liver, and bones', 'peritoneal seeding', 'ISCM' (via its long form), and, for a patient with
metastases, 'lesions in both lobes of the liver'. 'metastasis from pNET' names the origin, not a
site, and local invasion ('involving the rectal wall') is never a metastasis."""
from __future__ import annotations

from bisect import bisect_left

from .base import (
    INDEX_SENTENCE_RANK,
    NOT_ELIGIBLE,
    FieldExtractor,
    Mention,
    ReportView,
    keep,
)
from .pathology_findings import PathologyFindings
from .title import ReportTitle, stated_unknown_primary


class MetastasisExtractor(FieldExtractor):
    fields = ("metastasis", "metastasis_sites")
    reads = ("primary_site",)  # the primary's organ is no metastasis site

    def __init__(self, rules):
        cfg = rules["metastasis"]
        self.after_preps = set(cfg["site_after_prepositions"])
        self.lesion_nouns = set(cfg["lesion_nouns"])
        self.found = set(cfg["found_verbs"])
        self.found_suffixes = tuple(cfg["found_verb_suffixes"])
        self.max_gap = cfg["max_list_gap"]
        self.distant = set(rules["sites"]["distant"])
        self.distant_lesions = set(cfg["distant_lesion_nouns"])
        self.benign = set(cfg["benign_qualifiers"])
        self.joiners = set(cfg["list_joiners"])
        self.other_side = set(cfg["other_side_words"])  # 'the contralateral ovary': the primary's twin
        self.adjective_suffixes = tuple(cfg["adjective_suffixes"])
        self.distant_only = cfg["distant_only_words"]
        self.summary = [tuple(p.split()) for p in cfg["summary_phrases"]]
        self.summary_reach = max((len(p) for p in self.summary), default=0)  # words read back for one
        self.pathology = set(cfg["pathology_words"])
        self.specific_tumour = {w.lower() for w in rules["sites"]["primary_cues"]["specific_tumour_nouns"]}
        self.presenting_sites = set(rules["sites"]["unknown_primary"]["presenting_sites"])
        self.imaged = {key: set(words) for key, words in cfg["imaged_organ"].items() if key != "_doc"}
        self.organ_subject = {key: set(words) for key, words in cfg["organ_subject"].items() if key != "_doc"}
        self.pathology_findings = PathologyFindings(rules)
        self.title = ReportTitle(rules)
        self.organ_reach = cfg["organ_reach_tokens"]  # back to the verb that ties it to an organ ('revealed two metastatic')
        self.max_joiners = cfg["max_joiners_before"]  # 'liver as well as bone metastases'
        self.max_before_preposition = cfg["max_words_before_preposition"]  # 'metastases were found in'
        self.list_stops = set(cfg["site_list_stop_words"])  # 'metastases in the liver from the ileal primary'
        self.distant_prepositions = set(cfg["distant_lesion_prepositions"])
        self.distant_reach = cfg["distant_lesion_reach_tokens"]
        self.other_side_reach = cfg["other_side_reach_chars"]
        self.pathology_reach = cfg["pathology_reach_tokens"]
        self.pathology_links = set(cfg["pathology_links"])
        self.imaged_articles = set(cfg["imaged_organ"]["articles"])
        self.imaged_links = set(cfg["imaged_organ"]["links"])
        self.participle_suffixes = tuple(cfg["organ_subject"]["participle_suffixes"])

    def find(self, report: ReportView) -> list[Mention]:
        out = []
        sites = sorted(report.spans("SITE"), key=lambda s: s.start)
        site_at, site_ending_at = {}, {}
        for s in sites:
            site_at.setdefault(s.start, []).append(s)
            site_ending_at.setdefault(s.end - 1, []).append(s)
        for met in report.spans("METASTASIS"):
            attached = self._attached_sites(report, met, site_at, site_ending_at)
            out.extend(self._word_and_sites(report, met, attached, "metastasis:word"))
        for i in report.tokens_in(self.distant_only):
            # 'hepatic recurrence', 'relapse in the liver': a metastasis only with a distant site
            word = report.doc[i:i + 1]
            attached = [(s, rule) for s, rule in self._attached_sites(report, word, site_at, site_ending_at)
                        if s.id_ in self.distant]
            if attached:
                out.extend(self._word_and_sites(report, word, attached, "metastasis:distant_recurrence"))
        out.extend(self._lesions_in_distant_organs(report))
        out.extend(self.pathology_findings.tnm_stages(report))
        out.extend(self._pathology_of_other_organ(report, sites))
        out.extend(self._presentation_of_unknown_primary(report, sites))
        out.extend(self.pathology_findings.node_predicates(report, sites))
        for m in out:  # 'metastases in the contralateral ovary': may be the primary's organ
            before = report.text[max(0, m.start - self.other_side_reach):m.start].split()
            if m.field == "metastasis_sites" and before and before[-1].lower() in self.other_side:
                m.other_side = True
        return out

    def _presentation_of_unknown_primary(self, report, sites) -> list[Mention]:
        """'An enlarged inguinal node ... no primary tumour was found': the node is a metastasis."""
        if not stated_unknown_primary(report, self.title):
            return []
        return [report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                               "metastasis_site:unknown_primary_presentation", "SITE")
                for s in sites if s.id_ in self.presenting_sites]

    def _pathology_of_other_organ(self, report, sites) -> list[Mention]:
        """'Biopsy of the liver showed a well-differentiated NET': a metastasis if the primary is elsewhere."""
        doc, out = report.doc, []
        names_tumour: dict[int, bool] = {}  # sentence id -> does it name a specific tumour?
        for s in sites:
            if s.id_ not in self.distant:
                continue
            near = {t.lower_ for t in doc[max(report.sentence(s.start).start, s.start - self.pathology_reach):s.start]}
            after = doc[s.end].lower_ if s.end < len(doc) else ""
            if not (self.pathology & near and self.pathology_links & near) and after not in self.pathology:
                continue
            sent_id = report.sent_id(s.start)
            if sent_id not in names_tumour:
                sentence = report.sentence(s.start)
                words = {t.lower_ for t in sentence} | {sentence[i:i + 2].text.lower() for i in range(len(sentence) - 1)}
                names_tumour[sent_id] = bool(words & self.specific_tumour)
            if not names_tumour[sent_id]:
                continue
            m = report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                               "metastasis_site:pathology_of_other_organ", "SITE")
            m.needs_other_primary = True
            out.append(m)
        return out

    @staticmethod
    def _word_and_sites(report, word, attached, rule) -> list[Mention]:
        """The metastasis word's mention, then its sites, which share its status when it is not affirmed."""
        status = report.mention("metastasis", word.start_char, word.end_char, word.text, "yes", rule, "METASTASIS")
        out = [status]
        for site, site_rule in attached:
            m = report.mention("metastasis_sites", site.start_char, site.end_char, site.text, site.id_, site_rule, "SITE")
            # Sites found and then summed up ('nodules in the lung and adrenals, suggestive of
            # metastases') are findings: the hedge names what they are, it does not doubt them.
            summed_up = site_rule == "metastasis_site:summed_up" and status.status == "hypothetical"
            if status.status != "affirmed" and m.status == "affirmed" and not summed_up:
                m.status, m.reason = status.status, status.reason or "metastasis word not affirmed"
            out.append(m)
        return out

    def _attached_sites(self, report, met, site_at, site_ending_at):
        doc = report.doc
        sent = report.sentence(met.start)
        found = [(s, "metastasis_site:same_span") for i in range(met.start, met.end)
                 for s in site_at.get(i, ()) if s.end <= met.end]
        # Before the word: 'bone and lymph node metastases', 'hepatic metastasis'.
        i, gap = met.start - 1, 0
        lo = sent.start
        while i >= lo and gap <= self.max_joiners:  # "liver as well as bone metastases"
            hit = site_ending_at.get(i)
            if hit:
                if not report.modifies_next_site(hit[0]):  # 'mesenteric node metastases': the head names it
                    found.append((hit[0], "metastasis_site:before"))
                i, gap = hit[0].start - 1, 0
                continue
            word = doc[i].lower_
            adjective = doc[i].is_alpha and word.endswith(self.adjective_suffixes)
            if word not in self.joiners and not doc[i].is_space and not adjective:
                break
            i, gap = i - 1, gap + 1
        found += self._summed_up_sites(report, met)
        # After the word: 'metastases to the lungs, liver, and bones', 'masses of the gallbladder'.
        j, hi = met.end, sent.end
        skipped = 0
        while j < hi and skipped < self.max_before_preposition and doc[j].lower_ not in self.after_preps and (
                doc[j].lower_ in self.lesion_nouns or doc[j].lower_ in self.found
                or (doc[j].is_alpha and doc[j].lower_.endswith(self.found_suffixes))):  # 'disease involved the liver'
            j, skipped = j + 1, skipped + 1
        if j < hi and doc[j].lower_ in self.after_preps:
            j, gap = j + 1, 0
            while j < hi and gap <= self.max_gap:
                hit = site_at.get(j)
                if hit:
                    best = max(hit, key=lambda s: s.end)
                    if not report.modifies_next_site(best):  # 'mediastinal lymph nodes': the head noun names the site
                        found.append((best, "metastasis_site:after"))
                    j, gap = best.end, 0
                    continue
                if doc[j].text in (".", ";", "(") or doc[j].lower_ in self.list_stops:
                    break
                j, gap = j + 1, gap + 1
        return found or self._organ_before(report, met, sent, site_ending_at)

    def _organ_before(self, report, met, sent, site_ending_at):
        """When the metastasis word names no site of its own: the organ an examination of which shows
        it ('MRI of the brain revealed two metastatic lesions'), or the organ the clause is about
        ('The liver was studded with metastatic deposits')."""
        for v in range(met.start - 1, max(sent.start, met.start - self.organ_reach) - 1, -1):
            word = report.lower_word(v)
            if word in self.organ_subject["prepositions"] and v - 3 >= sent.start:
                verb, auxiliary = report.lower_word(v - 1), report.lower_word(v - 2)
                site = (site_ending_at.get(v - 3) or [None])[0]
                if site and verb.endswith(self.participle_suffixes) and auxiliary in self.organ_subject["auxiliaries"]:
                    return [(site, "metastasis_site:organ_subject")]
                return []
            if word not in self.imaged["verbs"]:
                continue
            site = (site_ending_at.get(v - 1) or [None])[0]
            if site is None or site.start < sent.start + 2:
                return []
            k = site.start - (2 if report.lower_word(site.start - 1) in self.imaged_articles else 1)
            if report.lower_word(k) in self.imaged_links and k > sent.start and report.lower_word(k - 1) in self.imaged["imaging"]:
                return [(site, "metastasis_site:imaged_organ")]
            return []
        return []

    def _summed_up_sites(self, report, met):
        """'nodules in the lung and both adrenals, consistent with metastases': the sites after the
        last lesion noun before the summing-up phrase."""
        doc = report.doc
        sent = report.sentence(met.start)
        words = [t.lower_ for t in doc[max(sent.start, met.start - self.summary_reach):met.start]]
        if not any(tuple(words[-len(p):]) == p for p in self.summary if len(words) >= len(p)):
            return []  # the common case: no summing-up phrase, and nothing more is read
        nouns = report.tokens_named("lesion_nouns", self.lesion_nouns)  # the last one before met by bisection
        k = bisect_left(nouns, met.start) - 1
        if k < 0 or nouns[k] < sent.start:
            return []
        lesion = nouns[k]
        between = report.spans_near("SITE", lesion + 1, met.start)
        return [(s, "metastasis_site:summed_up") for s in sorted(between, key=lambda s: s.start) if s.end <= met.start]

    def _lesions_in_distant_organs(self, report):
        """'lesions were detected in both lobes of the liver': a site only if the patient has metastases
        and nothing near says the lesions are benign."""
        doc, out = report.doc, []
        benign = report.sentences_with("benign", self.benign)
        for i in report.tokens_in(self.distant_lesions):
            tok = doc[i]
            sent_id = report.sent_id(tok.i)
            # 'lesions ... proved to be haemangiomas', here or in the next sentence: not metastases.
            sent = report.sentence(tok.i)
            following_id = report.sent_id(sent.end) if sent.end < len(doc) else sent_id
            if sent_id in benign or following_id in benign:
                continue
            near = report.spans_near("SITE", tok.i - 1 - report.longest_span("SITE"), tok.i + self.distant_reach + 1)
            for s in sorted(near, key=lambda s: s.start):  # the sites the tests below can reach
                if report.sent_id(s.start) != sent_id:
                    continue
                if s.id_ not in self.distant or report.modifies_next_site(s):
                    continue  # not distant, or the region of the site after it ('in two mesenteric lymph nodes')
                between = doc[tok.i + 1:s.start]
                directly_before = s.end == tok.i or (s.end == tok.i - 1 and doc[s.end].is_alpha)
                after_prep = 0 < s.start - tok.i <= self.distant_reach and any(t.lower_ in self.distant_prepositions for t in between) \
                    and not any(t.text in (".", ";") for t in between)
                if directly_before or after_prep:
                    m = report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                                       "metastasis_site:lesion_in_distant_organ", "SITE")
                    m.needs_metastasis = True
                    out.append(m)
        return out

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        words = [m for m in mentions if m.field == "metastasis"]
        affirmed = [m for m in words if m.usable and m.rank < INDEX_SENTENCE_RANK] or [m for m in words if m.usable]
        primary = row["primary_site"]
        site_ms = [m for m in mentions if m.field == "metastasis_sites" and m.usable and not m.needs_metastasis
                   and (not m.needs_other_primary or (primary and m.normalized != primary))]
        if affirmed or site_ms:
            status = "yes"
            keep(mentions, affirmed)
        elif any(m.status == "negated" and m.rank < NOT_ELIGIBLE for m in words):
            keep(mentions, [m for m in words if m.status == "negated" and m.rank < NOT_ELIGIBLE])
            return {"metastasis": "no", "metastasis_sites": []}
        else:
            return {"metastasis": "unknown", "metastasis_sites": []}
        lesion_ms = [m for m in mentions if m.field == "metastasis_sites" and m.usable and m.needs_metastasis]
        candidates = [m for m in site_ms + lesion_ms if m.normalized != primary or m.other_side]
        # the case text first; else what an index-patient sentence elsewhere says ('In our patient, ...')
        chosen = [m for m in candidates if m.rank < INDEX_SENTENCE_RANK] or candidates
        keep(mentions, chosen)
        sites = []
        for m in sorted(chosen, key=lambda m: m.start):
            if m.normalized not in sites:
                sites.append(m.normalized)
        return {"metastasis": status, "metastasis_sites": sites}
