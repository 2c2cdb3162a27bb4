"""Ki-67 / MIB-1 proliferation index as a low-high pair: '30%' -> 30-30, '20 to 22%' -> 20-22,
'<2%' -> empty-2, '>20%' -> 20-empty."""
from __future__ import annotations

import bisect
import itertools
import re

from ..regexes import compile_rule
from .base import INDEX_SENTENCE_RANK, FieldExtractor, Mention, ReportView, keep
from .clauses import clause_bounds, contrast_part
from .grading_scheme import mark_scheme_mentions
from .number_words import NumberWords
from .two_tumours import second_is_index


def fmt_pct(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


class Ki67Extractor(FieldExtractor):
    fields = ("ki67_low", "ki67_high")

    def __init__(self, rules):
        cfg = rules["patterns"]["ki67"]
        self.keyword = compile_rule(cfg["keyword"], re.IGNORECASE)
        self.value = re.compile(cfg["value"], re.IGNORECASE)
        self.reverse = compile_rule(cfg["reverse"], re.IGNORECASE)
        # 'a proliferative index of 3% (Ki-67)': a value, then the keyword alone in brackets
        self.bracketed = compile_rule(cfg["value"] + cfg["bracket_after_value"], re.IGNORECASE)
        # 'a 10-15% Ki-67 proliferation index': a value, then the keyword and its index noun
        self.prenominal = compile_rule(cfg["value"] + cfg["keyword_after_value"], re.IGNORECASE)
        # 'a proliferation index of 20% by Ki-67': a value, then 'by' and the keyword
        self.by_keyword = compile_rule(cfg["value"] + cfg["by_keyword_after_value"], re.IGNORECASE)
        # r6-num: 'Ki-67 index (%): 12', a table row flattened to a line: the unit before the value
        self.unit_first = compile_rule(cfg["keyword"] + cfg["unit_first_after_keyword"], re.IGNORECASE)
        # 'Ki-67 staining was done. The labelling index was 5%.': the index's noun, the keyword before it
        self.index_alone = compile_rule(cfg["index_alone"] + cfg["value"], re.IGNORECASE)
        self.index_alone_reach = cfg["index_alone_reach_chars"]
        self.lesser_cues = [c.lower() for c in cfg["lesser_tumour_cues"]]  # r6-num: two tumours' values
        self.index_cues = [c.lower() for c in cfg["index_tumour_cues"]]
        self.max_gap = cfg["max_gap_chars"]
        self.long_gap = cfg["long_gap_chars"]
        self.index_noun = re.compile(cfg["index_noun_before_value"], re.IGNORECASE)
        self.long_gap_blockers = re.compile(r"\b(?:" + "|".join(map(re.escape, cfg["long_gap_blockers"])) + r")\b",
                                            re.IGNORECASE)
        self.upper_ops = set(cfg["upper_ops"])
        self.lower_ops = set(cfg["lower_ops"])
        self.definitive = [c.lower() for c in cfg["definitive_cues"]]
        self.contrast = rules["patterns"]["contrast_words"]
        self.area_cues = [c.lower() for c in cfg["area_cues"]]
        self.other_tumour_cues = [c.lower() for c in cfg["other_tumour_cues"]]
        self.definitive_sections = set(cfg["definitive_sections"])
        self.value_reach = cfg["value_reach_chars"]
        # the end of the keyword's sentence or clause; not the point of an abbreviation ('Ki-67: approx. 5%')
        not_after = "".join(rf"(?<!\b{re.escape(w)})" for w in cfg["value_stop_abbreviations"])
        self.value_stop = re.compile(rf"{not_after}[.;](?:\s|$)|\n")
        self.area_reach = cfg["area_reach_chars"]
        # r12-mk: 'five percent', 'less than two per cent': a number word is read as its digits
        self.number_words = NumberWords(cfg["number_words"])

    def find(self, report: ReportView) -> list[Mention]:
        text = self.number_words.digits(report.text)
        keywords = list(report.within(self.keyword.finditer(text), "ki67"))
        out = [m for m in (self._after_keyword(report, text, k) for k in keywords) if m is not None]
        # '10% of tumour cells were positive for Ki-67', 'an index of 3% (Ki-67)', 'a 5% Ki-67 index'
        # end in a keyword: no keyword, no such phrase.
        shapes = ((self.reverse, "ki67_reverse"), (self.bracketed, "ki67_bracketed"), (self.prenominal, "ki67_before"),
                  (self.by_keyword, "ki67_by"), (self.unit_first, "ki67_unit_first"))
        for regex, rule in shapes:
            for r in report.within(regex.finditer(text), "ki67") if keywords else ():
                low, high = self._bounds((r.group("op") or "").lower().strip(), float(r.group("low")))
                if r.groupdict().get("high"):  # 'an index of 3-5% (Ki-67)'
                    high = float(r.group("high"))
                out.append(self._mention(report, r.start(), r.end(), low, high, rule))
        return mark_scheme_mentions(report, out + self._index_alone(report, text, [k.start() for k in keywords], out))

    def _index_alone(self, report: ReportView, text: str, keyword_starts: list[int],
                     found: list[Mention]) -> list[Mention]:
        """'Ki-67 immunostaining was done. It showed a proliferation index of 15%.': the index named
        without its keyword is the Ki-67's when the keyword stands shortly before it, no other stain or
        count is named between them, and no mention found already holds it ('the Ki-67 proliferation
        index was 5%' is read after the keyword)."""
        out = []
        spans = sorted((m.start, m.end) for m in found)
        starts, reach = [lo for lo, _ in spans], list(itertools.accumulate((hi for _, hi in spans), max))
        for r in report.within(self.index_alone.finditer(text), "ki67") if keyword_starts else ():
            i = bisect.bisect_left(keyword_starts, r.start())
            if not i or r.start() - keyword_starts[i - 1] > self.index_alone_reach:
                continue
            if self.long_gap_blockers.search(text, keyword_starts[i - 1], r.start()):
                continue  # 'Ki-67 was done, and the p53 labelling index was 8%': another stain's index
            j = bisect.bisect_right(starts, r.start())
            if j and reach[j - 1] > r.start():  # inside a mention found already: one bisection, not a scan
                continue
            low, high = self._bounds((r.group("op") or "").lower().strip(), float(r.group("low")))
            if r.group("high"):
                high = float(r.group("high"))
            out.append(self._mention(report, r.start(), r.end(), low, high, "ki67_index_alone"))
        return out

    def _after_keyword(self, report: ReportView, text: str, k) -> Mention | None:
        """The value after the keyword match `k`, in its sentence and within 'max_gap_chars' (or
        'long_gap_chars' right after an index noun), with no other keyword between; with a second area's
        value ('30% in hot spots and 10% elsewhere') the pair spans both."""
        window = text[k.end():k.end() + self.long_gap + self.value_reach]
        stop = self.value_stop.search(window)
        window = window[:stop.start()] if stop else window
        v = self.value.search(window)
        if not v or not self._near_enough(window[:v.start()]) or self.keyword.search(window[:v.start()]):
            return None
        op = (v.group("op") or "").lower().strip()
        value, end = float(v.group("low")), v.end()
        low: float | None
        high: float | None
        index_value = self._index_tumour_value(window, v)
        if index_value is not None:  # '25% in the liver metastasis and 8% in the primary': the primary's
            v, op, value = index_value, (index_value.group("op") or "").lower().strip(), float(index_value.group("low"))
            end = v.end()
        other = None if index_value is not None else self._other_area(window, v, op)
        if other is not None:  # '30% in hot spots and 10% elsewhere': lowest, highest
            low, high, end = min(value, other[0]), max(value, other[0]), other[1]
        elif v.group("high"):
            low, high = value, float(v.group("high"))
        else:
            low, high = self._bounds(op, value)
        return self._mention(report, k.start(), k.end() + end, low, high, "ki67")

    def _near_enough(self, gap: str) -> bool:
        """Is a value after these words still the keyword's? Within 'max_gap_chars' always; up to
        'long_gap_chars' when the words right before it name the index ('Ki-67 immunostaining of the
        resected specimen revealed a labelling index of 3%') and no other stain or count is named."""
        if len(gap) <= self.max_gap:
            return True
        return len(gap) <= self.long_gap and bool(self.index_noun.search(gap)) \
            and not self.long_gap_blockers.search(gap)

    def _index_tumour_value(self, window: str, first):
        """The second value of the keyword's clause when the clause gives the index tumour's after
        another tumour's or an earlier sample's: '25% in the liver metastasis and 8% in the primary
        tumour', '2% in the biopsy and 6% in the surgical specimen' (each value's noun after it), 'of
        the liver metastasis was 12%, whereas that of the primary was 4%' (before it). None otherwise:
        the first value stays ('12% on the first biopsy and 35% at recurrence')."""
        second = self.value.search(window, first.end())
        if not second or second.start() - first.end() > self.max_gap:
            return None
        before, between = window[:first.start()].lower(), window[first.end():second.start()].lower()
        after = window[second.end():second.end() + self.area_reach].lower()
        return second if second_is_index(before, between, after, self.lesser_cues, self.index_cues) else None

    def _bounds(self, op: str, value: float) -> tuple[float | None, float | None]:
        """'<2%' -> (None, 2), '>20%' -> (20, None), '30%' -> (30, 30)."""
        if op in self.upper_ops:
            return None, value
        if op in self.lower_ops:
            return value, None
        return value, value

    def _other_area(self, window: str, first, op: str) -> tuple[float, int] | None:
        """(value, end) of a second plain value for another area of the same tumour ('30% in hot
        spots and 10% elsewhere', or its greatest: '3% overall and up to 8% in hot spots'), when an
        area word says so and no other tumour is named."""
        if op or first.group("high"):
            return None
        second = self.value.search(window, first.end())
        second_op = (second.group("op") or "").lower().strip() if second else ""
        if not second or second_op not in ("", "up to") or second.group("high") \
                or second.start() - first.end() > self.max_gap:  # '3% overall and up to 8% in hot spots': 3-8
            return None
        words = window[first.start():second.end() + self.area_reach].lower()
        if not any(c in words for c in self.area_cues) or any(c in words for c in self.other_tumour_cues):
            return None
        return float(second.group("low")), second.end()

    def _mention(self, report, start, end, low, high, rule) -> Mention:
        m = report.mention("ki67", start, end, report.text[start:end], (fmt_pct(low), fmt_pct(high)), rule, "KI67")
        if any(x is not None and x > 100 for x in (low, high)):
            m.overrule("negated", "impossible_ki67:over_100")
        lo, hi = clause_bounds(report, m.sentence_start, m.sentence_end, start)
        clause = contrast_part(report.text[lo:hi], start - lo, self.contrast).lower()  # r11-mk: ', while the primary'
        m.definitive = any(c in clause for c in self.definitive)
        return m

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        usable = [m for m in mentions if m.usable]
        if not usable:
            return {"ki67_low": None, "ki67_high": None}
        body = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        definitive = [m for m in body if m.definitive and m.section in self.definitive_sections]
        chosen = min(definitive or body, key=lambda m: m.start)
        keep(mentions, chosen)
        return {"ki67_low": chosen.normalized[0], "ki67_high": chosen.normalized[1]}
