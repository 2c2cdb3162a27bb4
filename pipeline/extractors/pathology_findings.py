"""Metastasis as pathology states it, beside the metastasis words: a TNM stage ('pT2 N1 M1
(liver)'), an overall stage IV ('stage IV small-cell lung cancer'), a predicate on lymph nodes
('2/18 lymph nodes were positive', '4/11 lymph nodes positive') and a tumour found in biopsied
nodes ('biopsy of a cervical lymph node showed carcinoma'); a stage of 0 or a count of none says
there is none."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from ..skipping import adverb_judge
from .base import Mention
from .node_counts import FRACTION, NodeCount

CLAUSE_MARKS = (",", ";", ":")

class PathologyFindings:
    def __init__(self, rules):
        cfg = rules["metastasis"]
        self.tnm = compile_rule(cfg["tnm"]["regex"])
        self.tnm_needs = re.compile(cfg["tnm"]["needs"])  # no TNM stage without a nodal stage
        self.node_site = cfg["tnm"]["node_site"]
        node = cfg["node_predicate"]
        self.node_verbs, self.node_words = set(node["verbs"]), set(node["words"])
        self.zero_counts = set(node["zero_counts"])
        self.node_negators = set(node["negators"])  # r11: 'the lymph nodes were not involved'
        self.label_words, self.label_marks = set(node["label_words"]), set(node["label_marks"])  # r11: 'status:'
        self.negative_words = set(node["negative_words"])
        self.object_verbs, self.objects = set(node["object_verbs"]), set(node["objects"])
        self.object_reach = node["object_reach_tokens"]  # 'contained metastatic tumour deposits'
        self.count_reach = node["count_reach_tokens"]  # 'two of the mesenteric lymph nodes'
        self.bracket_reach = node["bracket_reach_tokens"]  # 'lymph nodes (3/12) were involved'
        attributive = node["attributive"]  # r12: 'positive mesenteric lymph nodes', 'negative regional nodes'
        self.attributive_words, self.attributive_reach = set(attributive["words"]), attributive["reach_tokens"]
        self.region_suffixes = tuple(cfg["node_region"]["adjective_suffixes"])
        self.between = adverb_judge(rules["context"]["skip_in_cues"])  # 'were also involved', 'were all positive'
        nodes = cfg["node_pathology"]  # r3-meta: 'biopsy of a cervical lymph node showed carcinoma'
        self.pathology, self.pathology_links = set(cfg["pathology_words"]), set(cfg["pathology_links"])
        self.region_reach, self.tumour_reach = nodes["region_reach_tokens"], nodes["tumour_reach_tokens"]
        self.exam_verbs = set(cfg["imaged_organ"]["verbs"]) | set(node["verbs"])
        one_word_tumours = {w.lower() for w in rules["sites"]["primary_cues"]["specific_tumour_nouns"] if " " not in w}
        self.node_tumour_words = set(nodes["tumour_words"]) | one_word_tumours
        self.found_verbs, self.found_in_links = set(nodes["found_verbs"]), set(nodes["found_in_links"])
        self.count = NodeCount(rules)  # r11: 'found in 3 of the 15 lymph nodes'
        self.clause_joiners = set(nodes["clause_joiners"])  # 'showed reactive changes, and the tumour ...'
        # 'found in close proximity to the nodes', 'seen in the appendix and lymph nodes were enlarged'
        self.found_in_stops = set(nodes["not_between"]) | self.found_in_links | self.clause_joiners | {"or"}
        four = cfg["stage_four"]
        self.stage_four, self.m0 = compile_rule(four["regex"]), re.compile(four["m0"])
        self.tumour_words = set(four["tumour_words"]) | one_word_tumours
        self.other_disease, self.four_reach = set(four["other_disease_words"]), four["reach_tokens"]

    def tnm_stages(self, report) -> list[Mention]:
        """'pT2 N1 M1 (liver)': N1-3 -> lymph node, M1 -> the bracketed sites; N0/M0 -> none, but N0
        with MX ('T1N0MX': distant spread not assessed) denies the nodes only, not every metastasis."""
        out: list[Mention] = []
        if not self.tnm_needs.search(report.text):
            return out
        for m in report.within(self.tnm.finditer(report.text), "tnm"):
            for group in ("n", "m"):
                stage = (m.group(group) or "x").lower()
                if stage == "x":
                    continue
                a, b = m.span(group)
                word = report.mention("metastasis", a - 1, b, m.group(0), "yes", f"tnm:{group.upper()}{stage}",
                                      "METASTASIS")
                if stage == "0":
                    if word.status == "affirmed":
                        word.overrule("negated", f"tnm:{group.upper()}0")
                    # r4-meta: 'T1N0MX': distant spread was not assessed, so N0 denies the nodes only
                    word.organs_only = group == "n" and (m.group("m") or "").lower() == "x"
                    out.append(word)
                    continue
                out.append(word)
                if group == "n":
                    site = report.mention("metastasis_sites", a - 1, b, m.group(0)[a - 1 - m.start():b - m.start()],
                                          self.node_site, "tnm:N", "SITE")
                    site.normalized = self.node_site
                    out.append(site)
                elif m.group("sites"):
                    lo, hi = m.span("sites")
                    inside = sorted(report.spans_near("SITE", *report.tokens_of(lo, hi)), key=lambda s: s.start)
                    for s in inside:
                        if lo <= s.start_char and s.end_char <= hi:
                            out.append(report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                                                      "tnm:M1", "SITE"))
        return out

    def stage_four_groups(self, report) -> list[Mention]:
        """'diagnosed with stage IV small-cell lung cancer', 'a stage 4 pancreatic NET': the overall
        stage IV of a tumour is distant spread (M1), so a metastasis without a site. Not in a sentence
        that names no tumour, near a word of another disease's staging ('CKD stage 4'), or that gives
        M0 (a staging system whose stage IV may be local)."""
        out: list[Mention] = []
        doc = report.doc
        for m in report.within(self.stage_four.finditer(report.text), "stage_four"):
            first, end = report.tokens_of(*m.span())
            lo, hi = report.sentence_bounds(first)
            near = {t.lower_ for t in doc[max(lo, first - self.four_reach):min(hi, end + self.four_reach)]}
            sentence = doc[lo:hi]
            if near & self.other_disease or not {t.lower_ for t in sentence} & self.tumour_words \
                    or self.m0.search(sentence.text):
                continue
            out.append(report.mention("metastasis", m.start(), m.end(), m.group(0), "yes", "metastasis:stage_four",
                                      "METASTASIS", tokens=(first, end)))
        return out

    def tumour_in_nodes(self, report, s):
        """'Biopsy of the left supraclavicular lymph nodes revealed small cell carcinoma', 'a lymph
        node biopsy showed a NET': lymph nodes `s` as the object of a pathology word, then a reporting
        verb (those of an imaged organ, or 'was') and a tumour noun in the same clause. Returns the
        tumour noun's token (its status is the finding's: 'showed no tumour'), or None."""
        doc = report.doc
        lo, hi = report.sentence_bounds(s.start)
        verb = self._after_the_exam(doc, s, lo, hi)
        if verb is None:
            return self._found_in(doc, s, lo)
        if verb >= hi or doc[verb].lower_ not in self.exam_verbs:
            return None
        return self._tumour_noun(doc[verb + 1:min(hi, verb + 1 + self.tumour_reach)])

    def _tumour_noun(self, words):
        """The first tumour noun among `words` before a clause ends (a comma, 'and', 'whereas'), or None."""
        for t in words:
            if t.lower_ in self.node_tumour_words:
                return t
            if t.text in CLAUSE_MARKS or t.lower_ in self.clause_joiners:
                return None  # another clause
        return None

    def _region_start(self, doc, s, lo: int, stops) -> int:
        """Where the words of the nodes' region before `s` end, walking back over up to 'region_reach'
        words ('biopsy of the left supraclavicular lymph nodes'): the first token that is no word or is
        one of `stops`."""
        j = s.start - 1
        while j > max(lo, s.start - 1 - self.region_reach) and doc[j].is_alpha and doc[j].lower_ not in stops:
            j -= 1
        return j

    def _found_in(self, doc, s, lo: int):
        """'Combined LCNEC was then diagnosed in his cervical lymph node', 'NET cells were found in two
        mesenteric lymph nodes': a tumour noun, a finding verb and 'in' before the nodes (past up to
        'region_reach' words, none a preposition or a conjunction, and r11: a count, 'in 3 of 15 lymph
        nodes', 'in 3/15 nodes'). Returns the tumour noun's token, or None."""
        j = self.count.start_before(doc, self._region_start(doc, s, lo, self.found_in_stops), lo)
        if j <= lo + 1 or doc[j].lower_ not in self.found_in_links or doc[j - 1].lower_ not in self.found_verbs:
            return None
        return self._tumour_noun(doc[k] for k in range(j - 2, max(lo, j - 2 - self.tumour_reach) - 1, -1))

    def _after_the_exam(self, doc, s, lo: int, hi: int) -> int | None:
        """The token after the pathology of the nodes `s`: after 'biopsy of the (region words) nodes'
        or after 'nodes biopsy'; None if they are no pathology's object."""
        if s.end < hi and doc[s.end].lower_ in self.pathology:
            return s.end + 1
        j = self._region_start(doc, s, lo, self.pathology_links)
        if j > lo and doc[j].lower_ in self.pathology_links and doc[j - 1].lower_ in self.pathology:
            return s.end
        return None

    def node_predicates(self, report, sites) -> list[Mention]:
        """'2/18 lymph nodes were positive', 'the mesenteric nodes were involved', 'three nodes contained
        tumour deposits': pathology names a nodal metastasis by its predicate; a negative predicate
        ('the nodes were free of tumour') or a count of none before the nodes
        ('0/12 lymph nodes were involved') says there is none."""
        out = []
        for s in sites:
            if s.id_ == self.node_site:
                out.extend(self._node_predicate(report, s))
        return out

    def _node_predicate(self, report, s) -> list[Mention]:
        """The metastasis word and the site of the nodes `s` by their predicate, or none without one."""
        doc = report.doc
        lo, hi = report.sentence_bounds(s.start)
        count = [t.lower_ for t in doc[max(lo, s.start - self.count_reach):s.start]]
        labelled = self._label_count(doc, s.end, hi)  # r11: 'Lymph nodes: 3/15 positive'
        if labelled is not None:
            count, found = [labelled[0].lower_], (labelled[1], labelled[1][0].lower_ in self.negative_words)
        else:
            found = self._predicate(doc, self._past_bracket(doc, s.end, hi), hi,
                                    counted=any(w.isdigit() or FRACTION.fullmatch(w) for w in count))
            found = found or self._attributive(doc, s.start, lo)
        if found is None:
            return []
        word, negative = found
        status = report.mention("metastasis", word.start_char, word.end_char, word.text, "yes",
                                "metastasis:node_predicate", "METASTASIS")
        site = report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                              "metastasis_site:node_predicate", "SITE")
        if negative or self._count_of_none(count):
            for m in (status, site):
                if m.status == "affirmed":
                    m.overrule("negated", "node_predicate:negative" if negative else "count:none")
        elif status.status != "affirmed" and site.status == "affirmed":
            site.overrule(status.status, status.reason)
        return [status, site]

    def _attributive(self, doc, start: int, lo: int):
        """r12: (the predicate's word, is it negative?) of a predicate said before the nodes that start at token
        `start`, across the adjectives of their region only ('three positive mesenteric lymph nodes', 'involved
        regional nodes', 'negative para-aortic nodes'), or None."""
        j = start - 1
        while j >= max(lo, start - 1 - self.attributive_reach) and doc[j].lower_.replace("-", "").isalpha():
            word = doc[j].lower_
            if word in self.attributive_words:
                return doc[j:j + 1], word in self.negative_words
            if not word.endswith(self.region_suffixes):
                return None
            j -= 1
        return None

    def _label_count(self, doc, j: int, hi: int):
        """r11: a form-like label of the nodes and their count after it ('Lymph nodes: 3/15 positive',
        'Lymph node status: 0/12'): (the count's token, the predicate's word, or the count itself when
        none follows), or None."""
        while j < hi and doc[j].lower_ in self.label_words:
            j += 1
        if j + 1 >= hi or doc[j].text not in self.label_marks or not FRACTION.fullmatch(doc[j + 1].text):
            return None
        word = j + 2 if j + 2 < hi and self._finding(doc[j + 2].lower_) else j + 1
        return doc[j + 1], doc[word:word + 1]

    def _past_bracket(self, doc, j: int, hi: int) -> int:
        """The token after a bracketed count right after the nodes ('lymph nodes (3/12) were involved')."""
        if j < hi and doc[j].text == "(":
            return next((k + 1 for k in range(j, min(hi, j + self.bracket_reach)) if doc[k].text == ")"), hi)
        return j

    def _count_of_none(self, count: list[str]) -> bool:
        """'0/12 lymph nodes', 'none of the nodes': a count of none among the words before the nodes."""
        return any(w in self.zero_counts or w.split("/")[0] in self.zero_counts and "/" in w for w in count)

    def _predicate(self, doc, j: int, hi: int, counted: bool):
        """(the predicate's word, is it negative?) for the words after the nodes at j, or None."""
        if j < hi and doc[j].lower_ in self.object_verbs:  # 'contained tumour deposits', 'harboured no tumour'
            return self._object(doc, j, hi)
        if not (counted and j < hi and self._finding(doc[j].lower_)):  # '4/11 lymph nodes positive'
            if j >= hi or doc[j].lower_ not in self.node_verbs:
                return None
            j += 1
        if j < hi - 1 and doc[j].lower_ in self.node_negators:
            j += 1  # r11: 'the lymph nodes were not involved' (negated by the ConText cue, as any finding is)
        if j < hi - 1 and not self._finding(doc[j].lower_) and self.between(doc[j].lower_):
            j += 1  # 'were also involved', 'were focally positive'
        if j >= hi or not self._finding(doc[j].lower_):
            return None
        return doc[j:j + 1], doc[j].lower_ in self.negative_words

    def _object(self, doc, j: int, hi: int):
        """(the object's word, False) of the object verb at j ('contained tumour deposits'), or None;
        'contained no tumour' is negated by the ConText cues, as any finding is."""
        reach = doc[j + 1:min(hi, j + 1 + self.object_reach)]
        k = next((t.i for t in reach if t.lower_ in self.objects), None)
        return None if k is None else (doc[k:k + 1], False)

    def _finding(self, word: str) -> bool:
        return word in self.node_words or word in self.negative_words
