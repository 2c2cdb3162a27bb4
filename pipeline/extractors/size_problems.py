"""Why a size is not the primary tumour's (moved from tumor_size.py, r6-reshape, to keep it short).

A report measures many things besides its primary tumour: a liver metastasis, a lymph node, a cyst, an
adenocarcinoma found beside the NET, the margin around the tumour, the distance from the anal verge. The
size extractor finds every size and asks this module, with the clause's words on either side of the size
(size_words.clause_words), why it is not the primary's: the reason becomes the mention's reason
('not_primary:metastasis', 'distance:from', 'no_lesion_word') and a size with no reason is the primary's.
The checks read only words already cut out around the size, so each is short whatever the text's length.
Whether a size with no lesion word still belongs to a lesion named earlier, and whether it was measured on
the resected specimen, is the extractor's, which reads the report around the size."""
from __future__ import annotations

from .size_words import NUMBER, WordMatcher


class SizeProblems:
    """The 'problem' checks of a size, from the size rules (patterns.json 'size'): a distance or an
    impossible number, a not-primary word or another kind of tumour beside it, no lesion word at all,
    or a range over several lesions."""

    def __init__(self, cfg: dict, sites: dict[str, str], not_primary: WordMatcher, site_rules: dict):
        self.sites, self.not_primary = sites, not_primary
        # r12-size: the organs a lesion of the primary may be named by (see neighbours)
        self.region_organs = frozenset(cfg["region_organs"])
        self.neighbour_organs = cfg["neighbour_organs"]
        self.part_of = {k: v for k, v in site_rules["part_of"].items() if not k.startswith("_")}
        self.local_extension = site_rules["local_extension"]
        self.distance_after = [tuple(p.lower().split()) for p in cfg["distance_after"]]
        self.distance_before = [tuple(p.lower().split()) for p in cfg["distance_before"]]
        self.lesion = {w.lower() for w in cfg["lesion_nouns"]}
        self.lesion_suffixes = tuple(cfg["lesion_suffixes"])
        self.max_mm = cfg["max_mm"]
        self.after_breaks = set(cfg["after_clause_breaks"])
        self.measure_verbs = set(cfg["measure_verbs"])
        self.range_words = set(cfg["range_words"])
        lesion_window = cfg["lesion_window_words"]
        self.lesion_before, self.lesion_after = lesion_window["before"], lesion_window["after"]
        self.not_primary_window = cfg["not_primary_window_words"]
        self.list_marks = set(cfg["adjective_list_marks"])  # 'a 3 cm firm, lobulated and solid mass'
        self.margin_nouns, self.margin_reach = set(cfg["margin_nouns"]), cfg["margin_reach_words"]
        self.extents = {tuple(p.lower().split()) for p in cfg["extent_after_measure_verb"]}  # 'measuring up to'
        self.extent_links = set(cfg["extent_links"])  # r17: 'the largest being up to 2 cm'
        self.place_nouns = set(cfg["place_nouns"])  # 'a 2 cm mass in the hepatic hilum'
        self.other_tumours = {w.lower() for w in cfg["other_tumour_nouns"]}  # 'a 4 cm adenocarcinoma'
        self.structures = {w.lower() for w in cfg["structure_nouns"]}  # r20: 'the common bile duct measuring 12 mm'
        self.placing = frozenset(site_rules["primary_cues"]["origin_prepositions"])  # r20: 'a NET in the bile duct'
        self.segment_organs = set(cfg["segment_organ_nouns"])  # r12-size: 'terminal ileum 300 mm, caecum 150 mm'

    def has_lesion_word(self, words: list[str]) -> bool:
        return any(w in self.lesion or w.endswith(self.lesion_suffixes) for w in words)

    def phrase_organ(self, before: list[str], after: list[str]) -> str:
        """The organ that the word right before the size's own lesion noun names ('a pancreatic tumour 10 mm
        in diameter', 'a 7 mm scalp nodule', 'an intramural cardiac mass (12 x 25 mm)'), or '': the lesion
        noun is the first after the size, before the next number, else the last before it. r12-size."""
        listed = after[:next((i for i, w in enumerate(after) if NUMBER.fullmatch(w) or w in self.after_breaks),
                             len(after))]  # its own phrase: 'a mass (42 x 60 mm) and hepatic nodules'
        i = next((i for i, w in enumerate(listed) if self.has_lesion_word([w])), None)
        if i is not None:
            return self.sites.get(listed[i - 1], "") if i > 0 else ""
        tail = before[-5:]  # 'a thyroid nodule of 1 cm', 'a cardiac mass (12 x 25 mm)', 'a renal mass measuring 4 cm'
        while tail and (tail[-1] in ("(", ",", "of") or tail[-1] in self.measure_verbs):
            tail = tail[:-1]
        return self.sites.get(tail[-2], "") if len(tail) >= 2 and self.has_lesion_word(tail[-1:]) else ""

    def neighbours(self, primary: str, organ: str) -> bool:
        """Is `organ` the primary's own or one a lesion of the primary may be named by: the same organ, a
        region that holds organs ('region_organs'), one of the primary's parts or its region
        (rules/sites.json part_of: 'thymus' of 'mediastinum'), a sibling part ('jejunum' beside 'ileum'), its
        local extension (sites.json local_extension) or a neighbour it grows into ('neighbour_organs':
        a urachal NET seen as a bladder tumour)? r12-size."""
        region = self.part_of.get(primary, primary)
        return (organ in (primary, region) or organ in self.region_organs or self.part_of.get(organ, organ) == region
                or organ in self.local_extension.get(primary, ()) or organ in self.neighbour_organs.get(primary, ()))

    def range_problem(self, before: list[str]) -> str:
        """'range:several_lesions' after a number and a range word ('from 2 to 15 mm'), or after a number
        that a dash of the range words joins to the size ('a 7-10 mm polyp', read as the words '7-' and '10
        mm'; r23): a range is no one measurement. Else ''."""
        last = before[-1] if before else ""
        if (len(before) >= 2 and last in self.range_words and NUMBER.fullmatch(before[-2])) or (
                last[-1:] in self.range_words and NUMBER.fullmatch(last[:-1])):
            return "range:several_lesions"
        return ""

    def problem(self, before: list[str], after: list[str], dims: list[float]) -> tuple[str, str | None]:
        """(why this is not the primary's size or '', the organ named beside it, if any)."""
        problem = self._not_a_measurement(before, after, dims)
        if problem:
            return problem, None
        cut = next((i for i, w in enumerate(after) if w in self.after_breaks), len(after))
        window = self.not_primary_window
        found = self.not_primary_word(before[max(0, len(before) - window):] + after[:min(window, cut)])
        if found[0]:
            return found
        # the commas and 'and' of an adjective list do not count ('a 3 cm firm, lobulated and solid mass');
        # a lesion word past another number is that number's ('the wall was 12 mm, and a 7 mm nodule')
        listed = [w for w in after[:next((i for i, w in enumerate(after) if NUMBER.fullmatch(w)), len(after))]
                  if w not in self.list_marks]
        other = self._phrase_head_in(self.other_tumours, before, listed[:self.lesion_after])
        if other:
            return f"other_tumour:{other}", None
        structure = self._phrase_head_in(self.structures, before, listed[:self.lesion_after])
        if structure and not self._lesion_placed_in(before):
            return f"structure:{structure}", None
        if not self.has_lesion_word(before[max(0, len(before) - self.lesion_before):] + listed[:self.lesion_after]):
            return "no_lesion_word", None
        return "", None

    def not_primary_word(self, words: list[str]) -> tuple[str, str | None]:
        """('not_primary:<word>', its organ) for the first not-primary word of `words` that names no other
        organ with the next word ('splenic flexure'), else ('', None)."""
        for i, word in enumerate(words):
            if self.not_primary.matches(word) and not self._names_another_organ(words[i:i + 2]):
                return f"not_primary:{word}", self.sites.get(word)
        return "", None

    def _phrase_head_in(self, nouns: set[str], before: list[str], after: list[str]) -> str:
        """The head of the size's own noun phrase when it is one of `nouns`, or '': after the size its first
        lesion word or noun of `nouns`, before it the word before the size, its measure verb or 'of' (which
        wins when it is a lesion word: 'a tumour (5 mm) with duct dilation' is the tumour's). With
        another kind of tumour ('a 4 cm adenocarcinoma', 'an adenoma measuring 12 mm', 'a GIST of 3 cm') and
        with a duct (r20: 'the common bile duct measuring 12 mm', 'a 14-mm CBD')."""
        tail = before[-3:]
        while tail and (tail[-1] in self.measure_verbs or tail[-1] in ("of", ",", "(")):
            tail = tail[:-1]
        if tail and (tail[-1] in nouns or self.has_lesion_word(tail[-1:])):  # 'a tumour (5 mm) with duct dilation'
            return tail[-1] if tail[-1] in nouns else ""
        head = next((w for w in after if w in nouns or self.has_lesion_word([w])), "")
        return head if head in nouns else ""

    def _lesion_placed_in(self, before: list[str]) -> bool:
        """r20: a lesion word right before an origin preposition (sites.json, as the primary-site vote reads
        it) before the duct's noun phrase ('a NET in the common bile duct, measuring 35 mm'): the duct is
        where the tumour sits, and the size the tumour's."""
        head = next((i for i in range(len(before) - 1, -1, -1) if before[i] in self.structures), -1)
        at = next((i for i in range(head - 1, max(-1, head - 5), -1) if before[i] in self.placing), -1)
        return at > 0 and self.has_lesion_word(before[max(0, at - 3):at])

    def _names_another_organ(self, pair: list[str]) -> bool:
        """'splenic flexure', 'hepatic angle': with the next word, a not-primary word names an organ
        (the colon) that is not itself a not-primary word; 'hepatic hilum': a place at the organ's
        door, where ducts and vessels enter, not the organ's own tissue."""
        if len(pair) == 2 and pair[1] in self.place_nouns:
            return True
        organ = self.sites.get(" ".join(pair), "") if len(pair) == 2 else ""
        return bool(organ) and not self.not_primary.matches(organ)

    def _not_a_measurement(self, before: list[str], after: list[str], dims: list[float]) -> str:
        """Why these numbers are no size of a lesion (impossible, a distance), or ''."""
        if any(d <= 0 for d in dims):
            return "impossible_size:zero"
        if max(dims) > self.max_mm:
            return "impossible_size:over_2m"
        for phrase in self.distance_after:
            if tuple(after[:len(phrase)]) == phrase:
                return f"distance:{' '.join(phrase)}"
        for word in after[:self.margin_reach]:  # '5 cm gross tumour margins', '2 cm clear margin'
            if word in self.margin_nouns:
                return f"distance:{word}"
            if not word.isalpha() or word in self.after_breaks:  # 'a 3 cm tumour with clear margins'
                break
        phrase = self._bound_before(before)
        return f"not_a_size:{' '.join(phrase)}" if phrase else self._segment_length(before, after)

    def _segment_length(self, before: list[str], after: list[str]) -> str:
        """'length:<organ>' for a size right after the noun of a resected organ ('segment_organ_nouns'),
        else '': a gross description lists the parts of a specimen with their lengths ('a right
        hemicolectomy specimen of terminal ileum 300 mm, caecum 60 mm and appendix 70 x 6 mm'), and a size
        that follows the organ's noun with no lesion word after it and no measure word ('a NET of the
        appendix 8 mm in diameter') is that part's length, not a lesion's size. r12-size."""
        if not before or before[-1] not in self.segment_organs:
            return ""
        head = after[:3]
        if self.has_lesion_word(head[:1]) or any(w in self.measure_verbs for w in head):
            return ""
        return f"length:{before[-1]}"

    def _bound_before(self, before: list[str]) -> tuple[str, ...]:
        """The 'distance_before' phrase that ends the words before a size ('within', 'up to'), or ();
        'up to' right after a measure verb states the lesion's greatest extent ('a cyst measuring up
        to 9 cm'), not a bound; so does 'up to' right after a lesion word ('a lesion up to 18 mm')."""
        for phrase in self.distance_before:
            n = len(phrase)
            if len(before) < n or tuple(before[-n:]) != phrase:
                continue
            words = self.past_extent(before) if phrase in self.extents else []
            if not (words and (words[-1] in self.measure_verbs or self.has_lesion_word(words[-1:]))):
                return phrase
        return ()

    def past_extent(self, before: list[str]) -> list[str]:
        """The words before an extent ('measuring up to'), past an 'extent_links' copula before it (r17: 'the
        largest being up to 2 cm'); `before` itself when it ends in no extent."""
        for phrase in self.extents:
            if tuple(before[-len(phrase):]) == phrase:
                words = before[:-len(phrase)]
                return words[:-1] if len(words) >= 2 and words[-1] in self.extent_links else words
        return before
