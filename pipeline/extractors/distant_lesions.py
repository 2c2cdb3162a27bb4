"""Lesions in a distant organ of a patient with metastases: 'lesions were detected in both lobes of
the liver', 'multiple liver hypodensities'. Such lesions are sites only when a metastasis is said
elsewhere (the mention's needs_metastasis), and never when their sentence or the next calls them
benign ('proved to be haemangiomas', 'a simple cyst'): a lesion noun is no metastasis word. The
words are rules/metastasis.json's 'distant_lesion_nouns', 'benign_qualifiers' and the rash words
('skin lesions' are a rash). r7a: each such site notes the other organs of its lesion list that are
neither distant nor nodes ('lesions in the heart, the spine, the duodenum and the colon'): unless they
are the primary's, the list is one of findings of every kind, and decide() takes none of it."""
from __future__ import annotations

from .mention import Mention


class DistantLesions:
    def __init__(self, rules, attached_sites):
        cfg = rules["metastasis"]
        self.distant = set(rules["sites"]["distant"])
        self.node_site = rules["metastasis"]["tnm"]["node_site"]
        self.lesion_nouns = set(cfg["distant_lesion_nouns"])
        self.rash_sites, self.rash_nouns = set(cfg["rash_sites"]), set(cfg["rash_nouns"])  # 'skin lesions'
        self.benign = set(cfg["benign_qualifiers"])
        self.distant_prepositions = set(cfg["distant_lesion_prepositions"])
        self.distant_reach = cfg["distant_lesion_reach_tokens"]
        self.attached_sites = attached_sites  # which sites name the region of lymph nodes
        self.untold = set(cfg["spread"]["untold_words"])  # r11: 'showed skeletal involvement'
        self.untold_not = set(cfg["spread"]["untold_not_sites"])  # r11: the skin of a rash, the heart's valves

    def involved(self, report, word, attached) -> list[Mention]:
        """r11: the distant organs a spread noun reaches in a sentence that names no tumour ('Bone
        scintigraphy showed skeletal involvement', 'the adrenal involvement was unusual'): sites that
        need a metastasis said elsewhere, as lesions in a distant organ do. Only the nouns of
        'untold_words' (a verb names its subject: 'the infection spread to the lungs'), and not the
        organs whose involvement is most often something else ('untold_not_sites': the skin of a rash,
        the heart of carcinoid heart disease)."""
        if word[0].lower_ not in self.untold:
            return []
        out = []
        for site, _ in attached:
            if site.id_ in self.distant and site.id_ not in self.untold_not:
                m = report.mention("metastasis_sites", site.start_char, site.end_char, site.text, site.id_,
                                   "metastasis_site:involved_organ", "SITE")
                m.needs_metastasis = True
                out.append(m)
        return out

    def involved_nodes(self, word, attached) -> list:
        """r27: the lymph nodes a spread noun reaches in a sentence that names no tumour ('there was involvement of
        the regional lymph nodes', 'mesenteric lymph nodes involvement'): a nodal metastasis, since nodes are
        involved by nothing else in a tumour's report. Only the nouns of 'untold_words', as for the organs above."""
        if word[0].lower_ not in self.untold:
            return []
        return [(s, rule) for s, rule in attached if s.id_ == self.node_site]

    def find(self, report) -> list[Mention]:
        """'lesions were detected in both lobes of the liver': a site only if the patient has metastases
        and nothing near says the lesions are benign."""
        out = []
        benign = report.sentences_with("benign", self.benign)
        nouns = sorted(report.tokens_in(self.lesion_nouns))
        for k, i in enumerate(nouns):
            if _called_benign(report, i, benign):
                continue
            organs = self._organs_of(report, i)
            if not any(s.id_ in self.distant for s in organs):
                continue
            # the list ends where the next lesion noun starts its own: each token is walked once
            until = nouns[k + 1] if k + 1 < len(nouns) else len(report.doc)
            after = self.attached_sites.sites_after(report, report.doc[i:i + 1], report.spans_at("SITE"), until)
            listed = organs + [s for s, _ in after]
            others = tuple(s.id_ for s in listed if s.id_ not in self.distant and s.id_ != self.node_site)
            for s in organs:
                if s.id_ not in self.distant:
                    continue
                m = report.mention("metastasis_sites", s.start_char, s.end_char, s.text, s.id_,
                                   "metastasis_site:lesion_in_distant_organ", "SITE")
                m.needs_metastasis, m.listed_with = True, others
                out.append(m)
        return out

    def _organs_of(self, report, i: int) -> list:
        """The organs of the lesions at token i, in order: right before the lesion noun ('liver
        lesions') or after it and a preposition ('lesions in both lobes of the liver'), in its sentence;
        not the region of the site after it ('in two mesenteric lymph nodes')."""
        doc, sent_id = report.doc, report.sent_id(i)
        near = report.spans_near("SITE", i - 1 - report.longest_span("SITE"), i + self.distant_reach + 1)
        return [s for s in sorted(near, key=lambda s: s.start)
                if report.sent_id(s.start) == sent_id
                and not self.attached_sites.names_node_region(report, s)
                and not (s.id_ in self.rash_sites and doc[i].lower_ in self.rash_nouns)
                and (_directly_before(doc, i, s) or self._after_preposition(doc, i, s))]

    def _after_preposition(self, doc, i: int, site) -> bool:
        """Does the site follow the lesion noun at token i within reach, after a preposition, in its clause?"""
        between = doc[i + 1:site.start]
        return 0 < site.start - i <= self.distant_reach \
            and any(t.lower_ in self.distant_prepositions for t in between) \
            and not any(t.text in (".", ";") for t in between)


def _called_benign(report, i: int, benign: set[int]) -> bool:
    """'lesions ... proved to be haemangiomas': a benign word in the lesion's sentence or the next."""
    sent_id, sent = report.sent_id(i), report.sentence(i)
    following_id = report.sent_id(sent.end) if sent.end < len(report.doc) else sent_id
    return sent_id in benign or following_id in benign


def _directly_before(doc, i: int, site) -> bool:
    """Does the site stand right before the lesion noun at token i ('liver lesions', 'liver hypodense lesions')?"""
    return site.end == i or (site.end == i - 1 and doc[site.end].is_alpha)
