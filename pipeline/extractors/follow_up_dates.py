"""The calendar half of the follow-up time: month-and-year dates ('in May 2019', '05/2019') and years alone
('In 2020 she is disease-free'), and the months a date in a status's sentence counts from the case's first date.

It stands apart from follow_up_time.py because a date is read by itself, with no words beside it, while a duration
('18 months') is read with its neighbours (follow-up phrase, time point, history word, dosing interval): the two
share only the deciding step, which asks this module for a date when the status's sentence holds no duration, and
the clause reader (outcome_clause.py), which asks whether a clause is dated after the case's first date. Nothing
here imports follow_up_time.py; it imports this module. Word lists: rules/outcome.json ('month_names',
'year_date_words')."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import INDEX_SENTENCE_RANK, Mention, ReportView
from .name_patterns import flexible

DATE_RULE = "date"
YEAR_RULE = "date:year"  # 'In 2020 she is disease-free': a year alone, counted in whole years (r6d-fu)
NEVER = "(?!)"  # the pattern of an emptied word list (the rule-ablation tests empty some): no match
FIRST_DATE = ("outcome_first_date",)  # report.cache key: the case text's first date, in months


class FollowUpDates:
    def __init__(self, cfg: dict):
        self.month_of = {name.lower(): k for k, name in enumerate(cfg["month_names"])}
        months = "|".join(cfg["month_names"])
        # a month's name and a year ('May 2019', 'May 4, 2019'), or a month's number and a year ('05/2019'; r6d-fu),
        # not a day's date ('04/05/2019', read either way round)
        self.date = compile_rule(rf"(?<!\w)(?P<m>{months})\s+(?:\d{{1,2}},?\s+)?(?P<y>(?:19|20)\d\d)(?!\w)"
                                 rf"|(?<![\w/.])(?P<mm>0?[1-9]|1[0-2])/(?P<yy>(?:19|20)\d\d)(?![\w/])"
                                 if months else NEVER, re.IGNORECASE)
        year_words = "|".join(flexible(w) for w in cfg.get("year_date_words", []))
        self.year = compile_rule(rf"(?<!\w)(?:{year_words})\s+(?P<y>(?:19|20)\d\d)(?![\w\-/\u2013])"
                                 if year_words else NEVER, re.IGNORECASE)

    def dates(self, report: ReportView) -> list[Mention]:
        """Month-and-year dates ('in May 2019'), as months since year 0, for a follow-up told by
        dates; the case text's first one is noted for `dated_later`."""
        out = []
        for m in report.within(self.date.finditer(report.text), "follow_up"):
            months = self._date_months(m)
            out.append(report.mention("follow_up_months", m.start(), m.end(), m.group(0), months, DATE_RULE,
                                      "DURATION"))
        case_dates = [m.normalized for m in out if m.usable and m.rank < INDEX_SENTENCE_RANK]
        report.cache[FIRST_DATE] = case_dates[0] if case_dates else None
        for m in report.within(self.year.finditer(report.text), "follow_up"):  # 'in 2015': January of it
            out.append(report.mention("follow_up_months", m.start(), m.end(), m.group(0), int(m.group("y")) * 12,
                                      YEAR_RULE, "DURATION"))
        return out

    def dated_later(self, report: ReportView, start: int, end: int) -> bool:
        """A month-and-year date after the first one the case text gives ('diagnosed in March 2017'
        ... 'in May 2019 she was well') places its clause in the follow-up, as a time word would."""
        first = report.cache.get(FIRST_DATE)
        if first is None:
            return False
        return any(self._date_months(m) > first for m in self.date.finditer(report.text, start, end))

    def _date_months(self, m: re.Match) -> int:
        """A date match as months since year 0 (January is 0)."""
        if m.group("mm"):
            return int(m.group("yy")) * 12 + int(m.group("mm")) - 1
        return int(m.group("y")) * 12 + self.month_of[m.group("m").lower()]

    @staticmethod
    def dated(mentions: list[Mention], chosen: Mention) -> tuple[Mention | None, float | None]:
        """A date in the status's sentence, less the first date of the case text: 'presented in
        March 2016' ... 'died in May 2019' is 38 months. A year alone there ('In 2020 she is
        disease-free') counts whole years from the year of the first date of either kind ('resected
        in 2015': 60); a month-and-year date counts only from the first of its kind, as before."""
        case = [m for m in mentions if m.usable and m.rule in (DATE_RULE, YEAR_RULE) and m.rank < INDEX_SENTENCE_RANK]
        dates = [m for m in case if m.rule == DATE_RULE]
        last = [m for m in dates if m.sentence_start == chosen.sentence_start]
        if not last:
            return FollowUpDates._dated_by_year(case, chosen)
        first = min(dates, key=lambda m: m.start)
        span = last[-1].normalized - first.normalized
        if span <= 0:
            return None, None
        last[-1].reason = f"months_since:{first.text}"
        return last[-1], float(span)

    @staticmethod
    def _dated_by_year(case: list[Mention], chosen: Mention) -> tuple[Mention | None, float | None]:
        """A year alone in the status's sentence, in whole years since the case's first date."""
        years = [m for m in case if m.rule == YEAR_RULE and m.sentence_start == chosen.sentence_start]
        if not years:
            return None, None
        first = min(case, key=lambda m: m.start)
        span = (years[-1].normalized // 12 - first.normalized // 12) * 12
        if span <= 0:
            return None, None
        years[-1].reason = f"years_since:{first.text}"
        return years[-1], float(span)
