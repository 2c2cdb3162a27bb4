"""The sites a metastasis word names: in its own span ('hepatic metastasis'), before it ('bone and
lymph node metastases'), summed up before it ('nodules in the lung and both adrenals, consistent
with metastases'), after it ('metastases to the lungs, liver, and bones'), or, when it names none,
the organ an examination of which shows it ('MRI of the brain revealed two metastatic lesions') or
that its clause is about ('The liver was studded with metastatic deposits'; metastasis_organ.py). A site that names the
region of the lymph nodes after it ('mediastinal lymph nodes', and across a coordination of
regional adjectives: 'mediastinal and hilar lymph nodes') is no site of its own, nor is the tumour
a metastasis is 'of' ('a metastasis of thymic carcinoid' names its origin). The words are those of
rules/metastasis.json."""
from __future__ import annotations

from spacy.tokens import Span

from .asides import after_aside
from .metastasis_organ import OrganOfTheWord
from .node_counts import NodeCount
from .summed_up_sites import SummedUpSites


class AttachedSites:
    """Finds the sites of one metastasis word (`find`)."""

    def __init__(self, rules):
        cfg = rules["metastasis"]
        self.after_preps = set(cfg["site_after_prepositions"])
        self.lesion_nouns = set(cfg["lesion_nouns"])
        self.found = set(cfg["found_verbs"])
        self.found_suffixes = tuple(cfg["found_verb_suffixes"])
        self.max_gap = cfg["max_list_gap"]
        self.joiners = set(cfg["list_joiners"])
        self.phrase_openers = set(cfg["phrase_openers_after_comma"])  # r10: 'of the pancreas, the node metastases'
        self.adjective_suffixes = tuple(cfg["adjective_suffixes"])
        self.max_joiners = cfg["max_joiners_before"]  # 'liver as well as bone metastases'
        self.max_before_preposition = cfg["max_words_before_preposition"]  # 'metastases were found in'
        self.list_stops = set(cfg["site_list_stop_words"])  # 'metastases in the liver from the ileal primary'
        self.list_brackets = set(cfg["site_list_brackets"])  # r9b: 'multiple metastases (liver, lung and bone)'
        after_comma = cfg["site_list_after_comma"]  # r11: 'metastases, mainly in the liver and bones'
        self.comma_adverbs, self.comma_preps = set(after_comma["adverbs"]), set(after_comma["prepositions"])
        self.organ_parts = set(cfg["organ_part_words"])  # r4-meta: 'to the left lateral lobe of the liver'
        self.disease_nouns = set(cfg["disease_nouns"])  # r4-meta: 'metastatic pulmonary disease'
        self.examinations = set(cfg["imaged_organ"]["imaging"])  # r11: 'and a bone scan showed': no site of the list
        self.report_verbs = set(cfg["imaged_organ"]["verbs"])  # r25: 'CT of the kidney showed liver metastases'
        self.organ = OrganOfTheWord(rules)  # when the word names no site: 'MRI of the brain revealed ...'
        region = cfg["node_region"]
        self.node_site = cfg["tnm"]["node_site"]  # the canonical lymph node site
        self.summed_up = SummedUpSites(rules, self.node_site)  # 'nodules in the lung, consistent with metastases'
        self.region_suffixes = tuple(region["adjective_suffixes"])
        self.region_words = region["max_words"]
        self.not_region = set(region["not_region_words"])
        self.region_joiners = set(region["joiners"])
        self.node_positions = set(region["position_words"])  # r25: 'pelvic lateral lymph nodes'
        self.origin_preps = set(cfg["origin_prepositions"])
        self.removals = tuple(cfg["removal_suffixes"])  # r12: 'metastasectomy of': what it removed
        self.spread_organs = set(rules["sites"]["primary_cues"]["metastasis_organs"])  # liver, bone, ...
        self.origin_reach = cfg["origin_reach_tokens"]
        self.node_count = NodeCount(rules)
        self.invasion = set(cfg["spread"]["invasion_words"])  # r6d-meta: 'invaded the lymph nodes': no preposition
        self.invasion_gap = cfg["spread"]["invasion_object_gap"]  # its object only, not a later clause's
        relative = cfg["relative_spread"]  # r7d: 'to the orbit, which affected the skull'
        self.own_sites = {w.lower(): site for w, site in cfg["own_site_words"].items() if not w.startswith("_")}
        self.bone_regions = cfg["bone_regions"]  # r25: 'metastases in the thoracic spine and pelvis'
        self.bone_sites = frozenset(self.bone_regions.values())
        self.relative = (set(relative["pronouns"]), set(relative["adverbs"]), set(relative["verbs"]))
        self.aside_reach = rules["sites"]["primary_vote"]["aside_reach_tokens"]  # r29: 'the liver (2008), bone'

    def names_node_region(self, report, site) -> bool:
        """Does the site name the region of lymph nodes after it, right after it ('mediastinal lymph
        nodes') or across a coordination of regional adjectives ('mediastinal and hilar lymph nodes',
        'peripancreatic and para-aortic nodes')? Only an adjective does ('the liver and pelvic lymph
        nodes' are two sites), and not across a word that says nothing of place ('hepatic and
        regional lymph nodes'). r25: a word of the nodes' position may stand between ('pelvic lateral
        lymph nodes')."""
        if report.modifies_next_site(site) or self._nodes_past_position_words(report, site):
            return True
        doc = report.doc
        if not doc[site.end - 1].lower_.endswith(self.region_suffixes) or site.end >= len(doc) \
                or doc[site.end].lower_ not in self.region_joiners:
            return False
        j, hi, words = site.end + 1, min(len(doc), site.end + 1 + self.region_words), 0
        while j < hi:
            nodes = report.spans_near("SITE", j, j + 1)
            if nodes:
                return words > 0 and any(s.id_ == self.node_site for s in nodes)
            token = doc[j]
            word = token.text.replace("-", "")  # 'para-aortic' may be one token or three
            if token.lower_ in self.not_region or not (word.isalpha() or token.text == "-"):
                return False
            words += word.isalpha()
            j += 1
        return False

    def _nodes_past_position_words(self, report, site) -> bool:
        """r25: do lymph nodes follow the site past words of their position ('pelvic lateral lymph nodes')?"""
        doc, k = report.doc, site.end
        while k < len(doc) and doc[k].lower_ in self.node_positions:
            k += 1
        return k > site.end and any(s.id_ == self.node_site for s in report.spans_near("SITE", k, k + 1))

    def find(self, report, met, site_at, site_ending_at) -> list:
        """(site span, rule) of each site the metastasis word `met` names; `site_at` and
        `site_ending_at` give the sites that start and end at a token."""
        sent = report.sentence(met.start)
        found = [(s, "metastasis_site:same_span") for i in range(met.start, met.end)
                 for s in site_at.get(i, ()) if s.end <= met.end]
        found += self._before(report, met, sent, site_ending_at)
        right_after = self._right_after(report, met, site_at)
        if not right_after:  # r11: a word whose noun is its site ('were metastatic lymph nodes') sums up none
            found += self.summed_up.find(report, met)
        found += self._after(report, met, sent, site_at)
        found += right_after
        found = self._as_bones(report, found) or self.organ.find(report, met, sent, site_ending_at)
        if not found:  # r29: 'CT of the liver showed lesions consistent with metastases': the lesions' examined organ
            lesion = self.summed_up.lesion_summed_up(report, met)
            found = self.organ.find(report, lesion, sent, site_ending_at) if lesion is not None else []
        return found or self._own_site(report, met)

    def _as_bones(self, report, found: list) -> list:
        """r25: a region of 'bone_regions' named with one of the bones is that bone ('metastases in the
        thoracic spine and pelvis'), else the region ('pulmonary and pelvic metastases')."""
        bones = {s.id_ for s, _ in found} & self.bone_sites
        if not bones:  # no bone named beside it: every site stays as found
            return found
        return [(Span(report.doc, s.start, s.end, label="SITE", span_id=self.bone_regions[s.id_]), rule)
                if self.bone_regions.get(s.id_) in bones else (s, rule) for s, rule in found]

    def _own_site(self, report, met) -> list:
        """r15: a metastasis word that names its organ when nothing beside it does: a bare 'carcinomatosis'
        is the peritoneum's ('an ovarian NEC with associated carcinomatosis'); 'lymphangitic' or
        'leptomeningeal carcinomatosis' name theirs before it."""
        site = self.own_sites.get(met.text.lower())
        return [(Span(report.doc, met.start, met.end, label="SITE", span_id=site), "metastasis_site:own_word")] \
            if site else []

    def sites_after(self, report, word, site_at, hi: int) -> list:
        """(site span, rule) of the list of sites after `word` and its preposition, however long
        ('lesions in the heart, the thoracic spine, the duodenum and the colon'), up to token `hi`."""
        return self._after(report, word, report.sentence(word.start), site_at, hi)

    def _right_after(self, report, met, site_at) -> list:
        """An organ where NETs spread (rules/sites.json 'metastasis_organs') right after the word,
        past the sites that name its region: 'metastatic lymph nodes', 'metastatic bone disease',
        'a metastatic liver NET', 'the metastatic mesenteric lymph node'. Other organs there are
        the primary's ('a metastatic pancreatic NET'), unless a disease noun and no tumour follows them
        (r4-meta, 'disease_nouns': 'metastatic pulmonary disease')."""
        hit = site_at.get(met.end)
        while hit:
            best = max(hit, key=lambda s: s.end)
            if not report.modifies_next_site(best):
                spread = best.id_ in self.spread_organs or (
                    best.end < len(report.doc) and report.lower_word(best.end) in self.disease_nouns)
                return [(best, "metastasis_site:right_after")] if spread else []
            hit = site_at.get(best.end)
        return []

    def _before(self, report, met, sent, site_ending_at) -> list:
        """Sites before the word: 'bone and lymph node metastases', 'hepatic metastasis', 'liver as
        well as bone metastases' (up to 'max_joiners_before' joiners between two sites). A
        conjunction is crossed only after a site: in 'tumours on the stomach and numerous
        metastases in the liver' the stomach belongs to the tumours; a determiner after a comma opens a noun
        phrase of its own: in 'in the posterior areas of the pancreas, the lymph node metastases' the
        pancreas is where the nodes lie. r25: once a site is named, a reporting verb ends the walk though
        it ends as an adjective does ('-ed'): in 'CT of the kidney showed liver metastases' the kidney is
        what was scanned; before a bare word the verb's subject may be the site ('two of the lymph nodes
        showed metastasis')."""
        doc, found = report.doc, []  # r12: a word that opens with its site has named one ('hepatic and nodal spread')
        i, gap = met.start - 1, 0
        named = any(s.start == met.start for k in range(met.start, met.end) for s in site_ending_at.get(k, ()))
        while i >= sent.start and gap <= self.max_joiners:
            hit = site_ending_at.get(i)
            if hit:
                if not self.names_node_region(report, hit[0]):  # 'mesenteric node metastases': the head names it
                    found.append((hit[0], "metastasis_site:before"))
                i, gap, named = hit[0].start - 1, 0, True
                continue
            if not self._joins(doc[i]) or (doc[i].lower_ in self.report_verbs and named) \
                    or (doc[i].lower_ in self.region_joiners and not named):
                break
            if doc[i].lower_ in self.phrase_openers and i > sent.start and doc[i - 1].text == ",":
                break  # r10: ', the lymph node metastases' opens its own noun phrase after an opening phrase
            i, gap = i - 1, gap + 1
        return found

    def _joins(self, token) -> bool:
        """A joiner ('and', 'both'), a space or an adjective ('bilateral', and r10b: a hyphenated one,
        'liver and para-aortic lymph node metastases') may stand between sites."""
        word = token.lower_
        return word in self.joiners or token.is_space or (
            word.replace("-", "").isalpha() and word.endswith(self.adjective_suffixes))

    def _after(self, report, met, sent, site_at, hi: int | None = None) -> list:
        """Sites after the word and its preposition: 'metastases to the lungs, liver, and bones',
        'masses of the gallbladder', up to a stop ('metastases in the liver from the ileal primary').
        Up to 'max_list_gap' words may stand before a site, counted again from an organ's part
        ('organ_part_words': 'metastases in the left lateral segment of the liver'). r6d-meta: an
        invasion verb takes its sites as its object, with no preposition ('invaded the regional
        lymph nodes'). r11: a site that names an examination ('and a bone scan showed') ends the list."""
        doc, hi = report.doc, min(sent.end, hi or sent.end)
        start = self._list_start(doc, met, hi)
        if start is None:
            return []
        j, origin, max_gap = start
        found, gap = [], 0
        while j < hi and gap <= max_gap:
            hit = site_at.get(j)
            if hit:
                best = max(hit, key=lambda s: s.end)
                past = self._past_site(report, best, origin, hi)
                if past is None:
                    break
                if past == best.end and not self.names_node_region(report, best):  # 'mediastinal lymph nodes'
                    found.append((best, "metastasis_site:after"))
                j, gap = after_aside(doc, past, self.aside_reach) if past < hi else past, 0
                continue
            if doc[j].text in (".", ";", "(", ")") or doc[j].lower_ in self.list_stops:
                past = self._past_relative_spread(doc, j, hi)
                if past is None:
                    break
                j, gap = past, 0
                continue
            j, gap = j + 1, (0 if self._restarts_the_count(doc, j, found) else gap + 1)
        return found

    def _past_site(self, report, best, origin: bool, hi: int) -> int | None:
        """Where the list goes on after its site `best`: right after it (a site of the list); after the
        tumour it names the origin of ('metastases of thymic carcinoid to the liver'), when a preposition
        follows; None when the list ends there (r11: the site names an examination, 'and a bone scan')."""
        doc = report.doc
        if best.end < hi and doc[best.end].lower_ in self.examinations:
            return None
        tumour = self._tumour_after(report, best) if origin else None
        if tumour is None:
            return best.end
        return tumour.end + 1 if tumour.end < hi and doc[tumour.end].lower_ in self.after_preps else None

    def _past_relative_spread(self, doc, j: int, hi: int):
        """r7d: the token after a relative clause's spread verb at token j ('which affected', 'which
        also involved'), whose objects go on with the list of sites; None for any other stop ('which
        was enlarged')."""
        pronouns, adverbs, verbs = self.relative
        if doc[j].lower_ not in pronouns:
            return None
        j += 1
        while j < hi and doc[j].lower_ in adverbs:
            j += 1
        return j + 1 if j < hi and doc[j].lower_ in verbs else None

    def _list_start(self, doc, met, hi):
        """Where the sites after a metastasis word start (the token after its preposition), whether
        the preposition names an origin ('of', 'from'), and how many words may stand before a site;
        None when no preposition follows. r6d-meta: an invasion verb has none and reaches only its
        own object ('had invaded the mesenteric lymph nodes')."""
        if doc[met.start].lower_ in self.invasion:
            return met.end, False, self.invasion_gap
        j = self._past_comma(doc, self._past_lesion_words(doc, met.end, hi), hi)
        if j >= hi or (doc[j].lower_ not in self.after_preps and doc[j].text not in self.list_brackets):
            return None  # r9b: a bracket opens a list as a preposition does ('metastases (liver and bone)')
        origin = doc[j].lower_ in self.origin_preps and not doc[met.end - 1].lower_.endswith(self.removals)
        # r28: a count of the nodes stands outside the gap ('metastasis in 2 out of 20 excised lymph nodes')
        return self.node_count.end_after(doc, j + 1, hi), origin, self.max_gap  # r12: 'metastasectomy of' no origin

    def _past_comma(self, doc, j: int, hi: int) -> int:
        """r11: the preposition after a comma and focusing adverbs that opens the list of sites as one right
        after the word does ('widespread metastases, including the liver and bones', 'metastatic
        disease, predominantly in the liver', 'metastases, most notably to the bones'); else j itself."""
        if j >= hi or doc[j].text != ",":
            return j
        k = j + 1
        while k < hi and doc[k].lower_ in self.comma_adverbs:
            k += 1
        return k if k < hi and doc[k].lower_ in self.comma_preps else j

    def _restarts_the_count(self, doc, j: int, found: list) -> bool:
        """Does token j start the count of words before a site again, as a site does? r4-meta: the
        part of an organ ('metastasis to the left lateral segment of the liver'); r5-meta: the
        preposition said again after a site and list joiners only ('in the liver as well as in the left
        adrenal gland', 'to the lungs and to the bones')."""
        if doc[j].lower_ in self.organ_parts:
            return True
        return bool(found) and doc[j].lower_ in self.after_preps \
            and all(doc[i].lower_ in self.joiners for i in range(found[-1][0].end, j))

    def _tumour_after(self, report, site):
        """The tumour noun within 'origin_reach_tokens' after the site ('thymic atypical carcinoid'), or None."""
        return max(report.spans_near("TUMOUR", site.end, site.end + self.origin_reach), key=lambda s: s.end,
                   default=None)

    def _past_lesion_words(self, doc, j: int, hi: int) -> int:
        """The token after the lesion nouns and found verbs that may stand between the word and its
        preposition ('metastases were found in', 'disease involved the liver')."""
        skipped = 0
        while j < hi and skipped < self.max_before_preposition and doc[j].lower_ not in self.after_preps \
                and self._lesion_or_found(doc[j]):
            j, skipped = j + 1, skipped + 1
        return j

    def _lesion_or_found(self, token) -> bool:
        word = token.lower_
        return (word in self.lesion_nouns or word in self.found
                or (token.is_alpha and word.endswith(self.found_suffixes)))
