"""Age of the index patient: 'a 36-year-old woman', 'F/46', 'aged 62 years', 'una mujer de 42 años'. The
sex extractor (sex.py) reads the same age phrases for the sex beside them."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import (
    INDEX_SENTENCE_RANK,
    FieldExtractor,
    Mention,
    ReportView,
    most_stated,
    unclaimed,
)
from .title import ReportTitle


def compile_patterns(patterns, number_words: dict[str, int] | None = None):
    """'{number_words}' in a pattern stands for the spelled-out numbers ('sixty-two-year-old')."""
    words = "|".join(sorted(number_words or {}, key=len, reverse=True))
    return [(p["id"], compile_rule(p["regex"].replace("{number_words}", words),
                                   0 if p.get("case_sensitive") else re.IGNORECASE)) for p in patterns]


def spelled_number(words: str, numbers: dict[str, int]) -> int:
    """'sixty-two' -> 62, 'nineteen' -> 19."""
    return sum(numbers[w] for w in re.split(r"[\s-]+", words.lower()) if w)


class AgeExtractor(FieldExtractor):
    fields = ("age",)

    def __init__(self, rules):
        cfg = rules["patterns"]["age"]
        self.number_words = cfg["number_words"]
        self.patterns = compile_patterns(cfg["patterns"], self.number_words)
        self.max_years = cfg["max_years"]
        self.trigger = compile_rule(cfg["trigger"], re.IGNORECASE)
        self.trigger_window = cfg["trigger_window_chars"]
        self.introducing = set(cfg["introducing_patterns"])
        self.patient_sections = set(rules["sections"]["patient_intro_classes"])
        self.title = ReportTitle(rules)

    def find(self, report: ReportView) -> list[Mention]:
        cached = report.cache.get("age_mentions")
        if cached is not None:  # the sex extractor reads the same age phrases
            return cached
        out = [self._mention(report, rule_id, m) for rule_id, m in self._matches(report)]
        out.sort(key=lambda m: m.start)
        report.cache["age_mentions"] = out
        return out

    def _matches(self, report: ReportView):
        """(pattern id, match) of every age phrase near a trigger word, pattern by pattern; a match
        starting inside an earlier one is left out ('6-year-and-4-month-old' is not '4-month-old')."""
        text = report.text
        windows = _windows(self.trigger, text, self.trigger_window)
        return unclaimed(text, ((rule_id, m) for rule_id, regex in self.patterns
                                for m in report.within((m for lo, hi in windows
                                                        for m in regex.finditer(text, lo, hi)), "age")))

    def _mention(self, report: ReportView, rule_id: str, m) -> Mention:
        groups = m.groupdict()
        age = self._years(groups)
        status = reason = None
        if rule_id.startswith(("sex_age", "age_sex")) and report.section_of(m.start()) not in self.patient_sections:
            status, reason = "other_patient", "compact age/sex outside the case text"
        mention = report.mention("age", m.start(), m.end(), m.group(0), _fmt(age), rule_id, "AGE",
                                 status=status, reason=reason or "")
        if age > self.max_years or age <= 0:
            mention.overrule("negated", "impossible_age")
        mention.letter_sex = groups.get("sex") or ""
        mention.in_title = mention.section == "front_matter" and mention.status == "other_patient" \
            and mention.reason == "section:front_matter" and self.title.holds(report, m.start())
        return mention

    def _years(self, groups: dict) -> float:
        """The age in years that a match's groups state."""
        if groups.get("extra_months"):
            return round(int(groups["age"]) + int(groups["extra_months"]) / 12, 2)
        if groups.get("months"):
            return round(int(groups["months"]) / 12, 2)
        if groups.get("weeks"):  # 'a 2-week-old neonate'
            return round(int(groups["weeks"]) / 52, 2)
        if groups.get("days"):  # 'a 10-day-old boy'
            return round(int(groups["days"]) / 365, 2)
        if groups.get("words"):
            return float(spelled_number(groups["words"], self.number_words))
        if groups.get("ordinal"):
            return float(int(groups["ordinal"]) - 1)  # 'in his 58th year': 57 years completed
        return float(groups["age"])

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        usable = stated_or_titled(mentions)
        if not usable:
            return {"age": None}
        pool = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        # 'a 45-year-old woman' introduces the patient; 'at age 49' is more often a later event.
        pool = [m for m in pool if m.rule in self.introducing] or pool
        return {"age": most_stated(mentions, pool)}


def stated_or_titled(mentions: list[Mention]) -> list[Mention]:
    """The usable mentions; with none, those of the report's title ('Insulinoma in a 45-year-old woman:
    a case report'), whose front-matter section makes them no value where the text states one."""
    return [m for m in mentions if m.usable] or [m for m in mentions if m.in_title]


def _windows(trigger, text: str, reach: int) -> list[tuple[int, int]]:
    """Merged stretches of text `reach` characters either side of the trigger words, in order."""
    out: list[list[int]] = []
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _fmt(age: float) -> str:
    return str(int(age)) if float(age).is_integer() else f"{age:g}"
