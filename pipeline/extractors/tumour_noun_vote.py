"""The vote a tumour noun gives a site beside it, for the primary site (primary_site.py): the site inside
the noun ('medullary thyroid carcinoma', 'pNET'), right before it ('pancreatic neuroendocrine tumour',
maybe past a hormone's name: 'pancreatic insulin-producing tumour'), or after it with an origin
preposition and location words only ('carcinoid of the ileum', 'a NET, WHO grade 3, of the pancreatic
body'), or, in a Romance language, after it as its adjective ('carcinoide tímico'). A named NET or
'primary' weighs more than a bare 'mass'; a recurrence word before the noun ('the recurrence of the
tumour in the lung') places where the tumour came back, which is no primary.
Moved out of primary_site.py when that module passed 300 lines: the extractor decides which sites
vote and how the votes add up, this class how one tumour noun votes."""
from __future__ import annotations

from .size_words import NUMBER


class TumourNounVote:
    def __init__(self, rules):
        cues = rules["sites"]["primary_cues"]
        self.specific = {t.lower() for t in cues["specific_tumour_nouns"]}
        self.location_words = set(cues["location_words"])
        self.origin_prepositions = set(cues["origin_prepositions"])
        self.state_suffixes = tuple(cues["site_adjective_suffixes"])  # r17: 'in an inflamed appendix'
        self.host_lesion = set(cues["host_lesion_words"])  # r29: 'arising in a mature cystic teratoma of the ovary'
        self.placing = set(cues["placing_participles"])  # r6-sites: 'The tumour, located in the duodenum,'
        self.features = set(cues["feature_nouns"])  # r20: 'a mass with central necrosis in the pancreatic tail'
        self.feature_reach = cues["feature_reach_tokens"]
        self.recurrence = set(cues["recurrence_nouns"])  # r12: 'the recurrence of the tumour in the lung'
        self.recurrence_reach = cues["recurrence_reach_tokens"]
        self.site_tumour_breaks = set(cues["site_tumour_breaks"])
        self.postnominal = tuple(cues["postnominal_site_suffixes"])  # r24: 'carcinoide tímico'
        self.postnominal_skips = set(cues["postnominal_skips"])
        self.measure_words = set(cues["measure_words"])  # 'a mass of approximately 4 cm was found in the ileum'
        self.primary_words = set(cues["primary_words"])
        production = cues["hormone_production_words"]  # 'pancreatic insulin-producing tumour'
        self.production_words = {w for w in production if not w.startswith("-")}
        self.production_suffixes = tuple(w for w in production if w.startswith("-"))
        vote = rules["sites"]["primary_vote"]
        weights = vote["weights"]
        self.weight_primary, self.weight_specific, self.weight_generic = (
            weights["primary"], weights["specific"], weights["generic"])
        self.site_tumour_gap, self.hormone_phrase = vote["site_tumour_gap_tokens"], vote["hormone_phrase_tokens"]
        self.tumour_before_site = vote["tumour_before_site_tokens"]  # 'tumour, WHO grade 3, of the pancreas'
        self.aside_reach = vote["aside_reach_tokens"]  # an aside between them (', measuring 9 mm,')

    def vote(self, report, site, t) -> tuple[float, str] | None:
        """The vote the tumour noun `t` gives the site, or None when it gives none."""
        if t.start <= site.start and site.end <= t.end:  # 'medullary thyroid carcinoma', 'pNET'
            return self.weight_specific, "primary_site:inside_tumour_noun"
        if self.names_tumour(report, site, t):
            return self.noun_weight(t, primary=False), "primary_site:site_tumour"
        if self.follows_tumour(report, site, t):
            return self.noun_weight(t, primary=False), "primary_site:tumour_site_adjective"
        if 0 < site.start - t.end <= self.tumour_before_site + self.aside_reach and report.same_sentence(t, site):
            return self._tumour_of_site(report, site, t)
        return None

    def names_tumour(self, report, site, t) -> bool:
        """'pancreatic neuroendocrine tumour': the tumour noun right after the site, with no break
        between, unless another site stands between ('mesenteric lymph node tumour' names the node). A
        hormone's name may stand between them too ('pancreatic insulin-producing tumour')."""
        close = 0 <= t.start - site.end <= self.site_tumour_gap or self._hormone_between(report, site, t)
        return close and report.same_sentence(t, site) \
            and not self.site_tumour_breaks & {report.lower_word(i) for i in range(site.end, t.start)} \
            and not (site.end < t.start and report.modifies_next_site(site))

    def follows_tumour(self, report, site, t) -> bool:
        """r24: a report in Spanish, Portuguese, French or Italian puts the site's adjective after the
        tumour noun ('carcinoide tímico', 'tumor neuroendócrino gástrico', 'carcinome bronchique'), maybe
        past the tumour's differentiation ('bem diferenciado'). Only an adjective of those languages'
        shapes ('postnominal_site_suffixes': '-ico', '-ique', '-onar') is read so: an English site after a
        tumour noun ('a tumour liver metastasis') is no adjective of it."""
        if site.start < t.end or not report.lower_word(site.end - 1).endswith(self.postnominal) \
                or not report.same_sentence(t, site):
            return False
        return all(report.lower_word(i) in self.postnominal_skips for i in range(t.end, site.start))

    def _hormone_between(self, report, site, t) -> bool:
        """'pancreatic vasoactive intestinal peptide-producing tumor': words only, at most
        `hormone_phrase` of them, the last one a production word ('-producing', 'secreting')."""
        if not 0 < t.start - site.end <= self.hormone_phrase:
            return False
        last = report.lower_word(t.start - 1)
        if not (last in self.production_words or last.endswith(self.production_suffixes)):
            return False
        return not any(report.doc[i].is_punct for i in range(site.end, t.start))

    def _tumour_of_site(self, report, site, t) -> tuple[float, str] | None:
        """'carcinoid of the ileum', 'a neuroendocrine tumour, WHO grade 3, of the pancreatic body':
        a tumour noun, an origin preposition and location words (past an aside or a size), then the site."""
        doc = report.doc
        if report.modifies_next_site(site):
            return None  # 'carcinoma of the uterine cervix': the organ is the next site, 'uterine' its region
        governing = range(max(0, t.start - self.recurrence_reach), t.start)
        if any(report.lower_word(i) in self.recurrence for i in governing):
            return None  # r12: 'the recurrence of the tumour in the lung': where it came back
        between = _outside_brackets(doc[t.end:self._region_start(report, site)])
        past = self._past_an_aside(between)
        if past is None:
            past = self._past_a_feature(between)
        if past is not None:
            between = past
        elif site.start - t.end - sum(map(self._measure, between)) > self.tumour_before_site:
            return None  # only an aside (or a size) may stand in the way that far
        if self.origin_prepositions & set(between) and all(
                w in self.location_words or w in self.postnominal_skips or self._measure(w)
                or self._state_of_the_organ(between, k) for k, w in enumerate(between)):
            primary = t.start > 0 and doc[t.start - 1].lower_ in self.primary_words
            return self.noun_weight(t, primary), "primary_site:tumour_of_site"
        return None

    def _state_of_the_organ(self, between: list[str], k: int) -> bool:
        """r17: a participle adjective after the origin preposition ('a carcinoid arising in an inflamed
        appendix') is the organ's state; before it ('a tumour resected from the ileum' is read by the
        location words) it is not. r29: so is the host lesion the tumour grew in ('arising in a mature cystic
        teratoma of the ovary')."""
        word = between[k]
        return (word in self.host_lesion or (word.isalpha() and word.endswith(self.state_suffixes))) and any(
            w in self.origin_prepositions for w in between[:k])

    def _past_an_aside(self, between: list[str]) -> list[str] | None:
        """The words between a tumour noun and its site past a comma aside, or None without one: 'The
        neoplasm, measuring 9 mm, was located in the rectum' (after the aside's closing comma); r6-sites:
        'The tumour, located in the second portion of the duodenum,' (an aside that places the tumour)."""
        if between[:1] != [","]:
            return None
        if "," in between[1:]:
            return between[len(between) - between[::-1].index(","):]
        if len(between) > 1 and between[1] in self.placing and all(w in self.location_words for w in between[1:]):
            return between[1:]
        return None

    def _past_a_feature(self, between: list[str]) -> list[str] | None:
        """r20: the words between a tumour noun and its site past a 'with' phrase of the tumour's own imaging
        feature ('a mass with intense tracer uptake in the left thyroid lobe'), or None: at most
        `feature_reach` words of letters before an origin preposition, the last of them a feature noun."""
        if between[:1] != ["with"]:
            return None
        k = next((i for i, w in enumerate(between) if w in self.origin_prepositions), 0)
        if not 1 < k <= 1 + self.feature_reach or between[k - 1] not in self.features:
            return None
        return between[k:] if all(w.replace("-", "").isalpha() for w in between[1:k]) else None

    def _region_start(self, report, site) -> int:
        """Where the site's phrase starts: at a site right before it that names its region ('the
        uterine cervix', 'the gastric antrum'), which is no word between the tumour and its site."""
        region = [s for s in report.spans_near("SITE", max(0, site.start - 3), site.start) if s.end == site.start]
        return region[0].start if region else site.start

    def noun_weight(self, t, primary: bool) -> float:
        """The weight of a vote by the tumour noun `t`: after 'primary' or 'primary' itself (r5-meta: 'the
        primary was in the caecum', 'an ileal primary'), a specific NET noun, a generic one."""
        if primary or t.text.lower() in self.primary_words:
            return self.weight_primary
        return self.weight_specific if t.text.lower() in self.specific else self.weight_generic

    def _measure(self, word: str) -> bool:
        """A word of a size ('approximately', '4', 'cm'), which may stand between a tumour and its site."""
        return word in self.measure_words or bool(NUMBER.fullmatch(word))


def _outside_brackets(tokens) -> list[str]:
    """Lower-cased words, leaving out bracketed asides: 'carcinoid (intermediate-grade) of the thymus'."""
    words, depth = [], 0
    for tok in tokens:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            words.append(tok.lower_)
    return words
