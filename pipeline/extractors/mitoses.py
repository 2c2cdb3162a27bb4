"""The mitotic count of the index tumour with its area: low, high and the area written the one way
('3 mitoses per 10 HPF' -> 3, 3, '10 HPF'; '<2/2 mm2' -> empty, 2, '2 mm2'; 'mitotic rate 5/mm2' -> 5, 5,
'1 mm2'); ANNOTATION.md, 'mitoses'.

Three shapes, all built from rules/mitoses.json, tried in this order (a later one never reads text an
earlier one took): a number then the count word ('2-4 mitoses per 10 high-power fields'), a count word
then its number ('mitotic count of 3 per 10 HPF', 'mitoses: <2/10 HPF'),
and a count of none ('no mitoses were seen' -> 0, 0). Every shape holds a count word, so the shapes are
searched only in stretches around one (ReportView.finditer_near: `NEAR_BEFORE` characters ahead of it,
`NEAR_AFTER` past it, far more than a count can span), not from every character of the report.
'Mitoses were rare' or 'absent' gives no number, so no mention. Status comes from the shared context
cues under the label MITOSES (another patient, a general statement, a hypothesis); negation words are
not applied to it, since 'no mitoses' is a value. The row takes a count from a clause about the
resected specimen first, else the first one."""
from __future__ import annotations

import re

from .base import INDEX_SENTENCE_RANK, FieldExtractor, Mention, ReportView, keep
from .grading_scheme import mark_scheme_mentions
from .number_words import NumberWords
from .two_tumours import second_is_index

NUMBER = r"\d+(?:\.\d+)?"
NEAR_BEFORE, NEAR_AFTER = 120, 400  # characters a count's match may reach ahead of its count word, and past it


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def fmt(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


class MitosesExtractor(FieldExtractor):
    fields = ("mitoses_low", "mitoses_high", "mitoses_per")
    reads = ()
    flags = ()

    def __init__(self, rules):
        cfg = rules["mitoses"]
        self.upper_ops = {w.lower() for w in cfg["upper_ops"]}
        self.lower_ops = {w.lower() for w in cfg["lower_ops"]}
        self.unit_of = {w.lower(): unit for unit, words in cfg["areas"].items()
                        if not unit.startswith("_") for w in words}
        count = rf"(?:{alternation(cfg['count_words'])})"
        ops = alternation(cfg["upper_ops"] + cfg["lower_ops"])
        joiners = alternation(cfg["range_joiners"])
        value = rf"(?:(?P<op>{ops})\s*)?(?P<low>{NUMBER})(?:\s*(?:{joiners})\s*(?P<high>{NUMBER}))?"
        # r11: '... were found in a 2 mm2 area': a verb of counting before the area, an article before its number
        told = rf"(?:\s+(?:{alternation(cfg['count_auxiliaries'])})\s+(?:{alternation(cfg['count_verbs'])}))?"
        article = rf"(?:(?:{alternation(cfg['area_articles'])})\s+)?"
        area = (rf"(?:{told}\s*(?:{alternation(cfg['per_words'])})\s*{article}(?P<n>{NUMBER})?\s*"
                rf"(?P<unit>{alternation(self.unit_of)})(?![\w]))")
        seen = rf"(?:(?:{alternation(cfg['zero_adjectives'])})\s+)?"  # r11: 'no discernible mitoses'
        gap = cfg["max_gap_chars"]
        self.max_gap_without_area = cfg["max_gap_without_area"]
        self.shapes = [
            ("mitoses_before_word", re.compile(rf"(?<![\w.]){value}\s*{count}\b{area}?", re.IGNORECASE)),
            ("mitoses_after_word", re.compile(
                rf"\b{count}\b(?P<gap>[^.;\d<>≤≥]{{0,{gap}}}?)(?<![\w\-]){value}(?!\s*%)(?:\s*{count})?{area}?",
                re.IGNORECASE)),
            ("mitoses_none", re.compile(
                rf"\b(?:{alternation(cfg['zero_words'])})\s+{seen}{count}\b(?:[^.;\d]{{0,{gap}}}?{area})?",
                re.IGNORECASE)),
        ]
        # r6-num: '25 per 10 HPF in the metastasis and 4 per 10 HPF in the primary': a second count, its area given
        self.second_count = re.compile(rf"(?<![\w.]){value}{area}", re.IGNORECASE)
        self.lesser_cues, self.index_cues = cfg["lesser_tumour_cues"], cfg["index_tumour_cues"]
        self.second_reach = cfg["max_gap_chars"]
        self.needles = tuple(sorted({w.lower() for w in cfg["count_words"]}))
        self.definitive = [c.lower() for c in cfg["definitive_cues"]]
        self.per_words = {w.lower() for w in cfg["per_words"]}
        self.number_words = NumberWords(cfg["number_words"])  # r15: 'two mitoses per 10 HPF'

    def find(self, report: ReportView) -> list[Mention]:
        out: list[Mention] = []
        taken: list[tuple[int, int]] = []  # the character spans of the counts read so far
        text = self.number_words.digits(report.text)
        for rule, regex in self.shapes:
            for m in report.finditer_near(regex, self.needles, NEAR_BEFORE, NEAR_AFTER, "mitoses", text):
                if any(lo < m.end() and m.start() < hi for lo, hi in taken):
                    continue  # one count read by an earlier shape
                values = self._values(m, rule)
                if values is None:
                    continue
                second = self._index_tumour_count(text, m) if rule != "mitoses_none" else None
                end, values = (second.end(), self._values(second, "mitoses_second")) if second else (m.end(), values)
                taken.append((m.start(), end))
                out.append(report.mention("mitoses", m.start(), end, report.text[m.start():end], values, rule,
                                          "MITOSES"))
        return mark_scheme_mentions(report, sorted(out, key=lambda m: m.start))

    def _index_tumour_count(self, text: str, m: re.Match) -> re.Match | None:
        """The count right after `m` in its clause when it is the index tumour's and `m`'s another
        tumour's or an earlier sample's (extractors/two_tumours.py), else None."""
        stop = re.search(r"[.;](?:\s|$)|\n", text[m.end():m.end() + self.second_reach + 80])
        limit = m.end() + (stop.start() if stop else self.second_reach + 80)
        second = self.second_count.search(text, m.end(), limit)
        if not second or second.start() - m.end() > self.second_reach:
            return None
        before = text[m.start():m.start("low")].lower()
        between, after = text[m.end():second.start()].lower(), text[second.end():second.end() + 30].lower()
        return second if second_is_index(before, between, after, self.lesser_cues, self.index_cues) else None

    def _values(self, m: re.Match, rule: str) -> tuple | None:
        """(low, high, area) as cells, or None when the match is no count."""
        groups = m.groupdict()
        per = None
        if groups.get("unit"):
            per = f"{fmt(float(groups['n'] or 1))} {self.unit_of[groups['unit'].lower()]}"
        if rule == "mitoses_none":
            return ("0", "0", per)
        if rule == "mitoses_after_word" and not groups.get("op") and self._no_count(groups["gap"], per):
            return None
        op = (groups.get("op") or "").lower()
        low: float | None = float(groups["low"])
        high = float(groups["high"]) if groups.get("high") else None
        if high is None:
            low, high = (None, low) if op in self.upper_ops else (low, None) if op in self.lower_ops else (low, low)
        return (fmt(low), fmt(high), per)

    def _no_count(self, gap: str, per: str | None) -> bool:
        """A number after a count word that is no count of it: the area of a count never given
        ('mitoses per 10 HPF were not counted'), or a number too far away with no area after it. (r26: a
        number after a bound is a count wherever it stands: 'mitoses in fewer than 2/10 HPF'.)"""
        words = gap.strip().lower().split()
        if gap.rstrip().endswith("/") or words and words[-1] in self.per_words:
            return True
        return per is None and len(gap) > self.max_gap_without_area

    def decide(self, mentions: list[Mention], row: dict | None = None) -> dict:
        usable = [m for m in mentions if m.usable]
        if not usable:
            return {"mitoses_low": None, "mitoses_high": None, "mitoses_per": None}
        body = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        definitive = [m for m in body if m.section == "case" and any(c in m.sentence.lower() for c in self.definitive)]
        chosen = min(definitive or body, key=lambda m: m.start)
        keep(mentions, chosen)
        low, high, per = chosen.normalized
        return {"mitoses_low": low, "mitoses_high": high, "mitoses_per": per}

    def raised_flags(self, mentions: list[Mention]) -> list[str]:
        return []
