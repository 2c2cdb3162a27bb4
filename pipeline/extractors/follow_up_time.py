"""The time half of the outcome extractor: durations ('18 months', 'a year and a half'), and which duration or
date dates the chosen status (follow_up_months); the dates themselves are read in follow_up_dates.py.

A duration ('18 months', or '18 mo': a unit's short form counts as its name) is read with what stands
beside it: a follow-up phrase ('after 18 months of follow-up'), a time point ('two months after the
resection', 'six months later', 'after 3 months'), a history word that dates the time before diagnosis
('a 2-year history'), or a dosing interval ('once a month'), which is no duration at all. The status's
own sentence dates it first; else a date in it, counted from the case's first date; else the longest
follow-up duration or a time point stated after the status. A 'later' point counts from the time point
stated just before it ('After 3 months CT showed metastases ... he died 6 months later' is 9). A date
is a month (its name or number: 'May 2019', '05/2019') and a year, or a year alone after 'in' ('resected in
2015 ... In 2020 she is disease-free': whole years); follow_up_dates.py reads them, and this module imports it,
never the other way. Word lists: rules/outcome.json."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import Mention, ReportView
from .follow_up_dates import NEVER, FollowUpDates
from .name_patterns import SEPARATOR, flexible, words_pattern
from .outcome_words import alternatives, lowered, spelt, words_before

DURATION_RULE, FOLLOW_UP_RULE = "duration", "duration:follow_up"
TIME_POINT_RULE = "duration:time_point"  # 'two months after the resection': a point reached in the follow-up
LATER_RULE = "duration:later"  # 'died 6 months later': a point counted from the point stated before it
AFTER_RULE = "duration:after"  # 'After 3 months, CT showed ...': a point, from the start of the case
POINT_RULES = (TIME_POINT_RULE, LATER_RULE)
DURATION_RULES = (DURATION_RULE, FOLLOW_UP_RULE, AFTER_RULE, *POINT_RULES)
LEGEND = "figure_legend"  # the section of a figure's legend (rules/sections.json)
HALF = r"[\s\-]+and[\s\-]+(?:a[\s\-]+)?half"  # 'one and a half years', 'a year and a half', 'one-and-a-half years'
GAP = re.compile(r"[\s,]+")  # between a death word and its duration: 'death 7 months'
ONE_WORD = re.compile(r"[^\W\d_]+[\s,]+")  # or one word on: 'survived only 3 months'


def as_stated(count: float) -> float:
    """Months as the guideline writes them: a whole number of weeks is a quarter of a month, kept to two
    decimals ('3 weeks' is 0.75, as its '6 weeks' is 1.5; r29: rounding it to 0.8 lost the cell); any other
    count to one decimal ('10 days' is 0.3)."""
    quarters = count * 4
    return round(count, 2) if abs(quarters - round(quarters)) < 1e-6 else round(count, 1)


class FollowUpTime:
    def __init__(self, cfg: dict):
        self.follow_up_phrases = words_pattern(cfg["follow_up_phrases"])
        self.time_points = words_pattern(cfg["time_point_phrases"])
        self.later = words_pattern(cfg["relative_time_words"])
        self.history_words = {w.lower() for w in cfg["history_words"]}
        self.symptom_words = lowered(cfg["symptom_words"])  # r23: a presenting symptom's course
        self.symptom_links = {w.lower() for w in cfg.get("symptom_course_links", [])}
        self.symptom_denials = {w.lower() for w in cfg.get("symptom_course_denials", [])}
        # a unit by its name or its short form ('18 mo', 'a 5-yr follow-up'), as months
        self.units = {**cfg["units"], **{short: cfg["units"][unit] for short, unit in cfg["unit_short_forms"].items()}}
        self.number_words = cfg["number_words"]
        self.duration = self._duration_pattern(cfg)
        self.frequency_words = {w.lower() for w in cfg["frequency_words"]}
        day_counts = "|".join(flexible(p) for p in cfg["day_count_prefixes"])
        self.ordinals = {w.lower(): n for w, n in cfg.get("ordinal_words", {}).items()}
        ordinal = "|".join([r"\d+(?:st|nd|rd|th)", *self.ordinals])  # 'the 3rd postoperative day', 'third'
        self.day_count = compile_rule(rf"(?<!\w)(?:(?:{day_counts})\s+(?P<n>\d+)|(?P<o>{ordinal})\s+(?:{day_counts}))"
                                      r"(?!\w)" if day_counts else NEVER, re.IGNORECASE)
        self.reach = cfg["duration_reach"]
        self.near = cfg["follow_up_reach"]  # how far the words beside a duration are read
        opening = "|".join(re.escape(w) for w in cfg["opening_time_words"]) or NEVER
        self.event_words = {w.lower() for w in cfg["opening_time_words"]}  # r11-out: '5 months after the recurrence'
        # 'After 3 months, ...' opening its sentence, or after a short subject ('Restaging after 3 months showed
        # ...', 'A CT scan after 6 months ...'; r6-outc): a point of the narrative a later 'N months later' counts from;
        # '...; after 3 months, ...' opening a clause
        subject = self.near["opening_subject_words"]
        self.opening_time = re.compile(rf"\W*(?:[^\W\d_][\w\-/]*\s+){{0,{subject}}}(?:{opening})\s+", re.IGNORECASE)
        self.clause_time = re.compile(rf"[,;:]\s*(?:{opening})\s+$", re.IGNORECASE)
        links = alternatives(cfg.get("status_duration_links", []))
        self.lasting_link = re.compile(rf"\s*(?:{links})\s+", re.IGNORECASE)  # 'disease-free (for) 9 months'
        links, most = alternatives(cfg.get("death_cause_links", [])), self.near.get("death_cause_words", 1)
        self.caused = re.compile(rf"\s+(?:{links})\s+(?:[^\W\d_]+[\s,]+){{1,{most}}}?(?:{self.duration.pattern})",
                                 re.IGNORECASE)
        self.calendar = FollowUpDates(cfg)  # month-and-year dates and years alone
        self.date = self.calendar.date

    def _duration_pattern(self, cfg: dict) -> re.Pattern:
        """A duration: a number (digits, a number word, 'twenty-four'), an optional filler ('a further'),
        a unit (its name or short form), an optional half, and an optional second part ('1 year and 3
        months'; r7a: or with no 'and', '2 years 8 months')."""
        tens = "|".join(w for w, v in self.number_words.items() if v >= 20 and v % 10 == 0)
        ones = "|".join(w for w, v in self.number_words.items() if v < 10 and " " not in w and len(w) > 1)
        compound = rf"(?:{tens})[\s\-\u2013](?:{ones})"  # 'twenty-four'
        numbers = "|".join([compound, r"\d+(?:\.\d+)?", *sorted(self.number_words, key=len, reverse=True)])
        units = "|".join(self.units)
        fillers = "|".join(re.escape(w) for w in cfg["duration_fillers"])
        return compile_rule(
            rf"(?<![\w.])(?P<n>{numbers})(?P<half>{HALF})?{SEPARATOR}(?:(?:{fillers})\s+)?"
            rf"(?P<u>{units})s?(?P<half_unit>{HALF})?"
            rf"(?:(?:,?\s+and)?\s+(?P<n2>{numbers}){SEPARATOR}(?P<u2>{units})s?)?(?!\w)", re.IGNORECASE)

    # --- finding -------------------------------------------------------------------------------------
    def dates(self, report: ReportView) -> list[Mention]:
        """The case's month-and-year dates and years alone (follow_up_dates.py)."""
        return self.calendar.dates(report)

    def dated_later(self, report: ReportView, start: int, end: int) -> bool:
        """Is a date after the case's first one between `start` and `end` (follow_up_dates.py)?"""
        return self.calendar.dated_later(report, start, end)

    def lasted(self, text: str, statuses: list[Mention], durations: list[Mention]) -> list[Mention]:
        """A duration that a living status lasted ('she remained disease-free for 9 months duration,
        after which ...') is the status's time, though a history word stands beside it: the history
        words date a symptom's course before the diagnosis ('pain of 9 months duration'), not a
        state of the follow-up (r7c). Returns the statuses."""
        living = [s for s in statuses if s.status == "affirmed" and not s.normalized.startswith("died")]
        for d in durations:
            if d.status != "negated" or not d.reason.startswith("before_diagnosis:"):
                continue
            status = next((s for s in living if s.sentence_start == d.sentence_start
                           and self.lasting_link.fullmatch(text, s.end, d.start)), None)
            if status is not None:
                d.overrule("affirmed", f"lasted_by:{status.text}")
        return statuses

    def duration_follows(self, text: str, at: int) -> bool:
        """Does a duration follow `at`, next to it or one word on ('death 7 months after surgery', 'survived
        only three months'), or after the death's cause (r11-out: 'death due to tumour progression occurred 19
        months after diagnosis': a 'death_cause_links' word, then at most 'death_cause_words' words)?"""
        gap = GAP.match(text, at)
        if not gap:
            return False
        word = ONE_WORD.match(text, gap.end())
        return bool(self.duration.match(text, gap.end()) or (word and self.duration.match(text, word.end()))
                    or self.caused.match(text, at))

    def durations(self, report: ReportView) -> list[Mention]:
        text, out = report.text, []
        for m in report.within(self.duration.finditer(text), "follow_up"):
            value = self._months(m)
            if value is None:
                continue
            mention = report.mention("follow_up_months", m.start(), m.end(), m.group(0), as_stated(value),
                                     DURATION_RULE, "DURATION")
            mention.rule = self._kind(text, m, mention.sentence_start)
            later = self.later.match(text, m.end() + 1) if mention.rule == LATER_RULE else None
            mention.after_event = later is not None and later.group(0).split()[0].lower() in self.event_words
            blocked = self.before_diagnosis(text, m, mention.sentence_start, mention.sentence_end)
            if blocked:
                mention.overrule("negated", f"before_diagnosis:{blocked[0]}")
            out.append(mention)
        return out

    def before_diagnosis(self, text: str, m: re.Match, floor: int, ceiling: int) -> tuple[str, int] | None:
        """The word that dates a duration before the diagnosis, read in its sentence (`floor` to `ceiling`),
        and where the words it dates begin: a history word beside it ('a 2-year history', 'pain of 9 months
        duration'; a 'history' that ends the sentence before dates nothing here), or the symptom whose
        course it times, with its linking words (r23: 'diarrhoea during the last 6 weeks')."""
        after = text[m.end():min(ceiling, m.end() + self.near["history_after_chars"])]
        before = words_before(text, m.start(), 3, self.near["history_before_chars"], floor)
        near = re.findall(r"[a-z]+", after.lower())[:2] + before
        history = next((w for w in near if w in self.history_words), None)
        return (history, m.start()) if history else self._symptom_course(text, m.start(), floor)

    def _symptom_course(self, text: str, at: int, floor: int) -> tuple[str, int] | None:
        """The symptom whose course a duration at `at` times, with only linking words between ('she had been
        troubled by diarrhoea for eight weeks', 'abdominal pain over the past 3 years'): the time before the diagnosis
        (r23), from the symptom's end. None with no link between ('bleeding 6 weeks after the operation' is a
        time point), or when a denial stands before the symptom ('no hypoglycaemic episodes for 18 months',
        'free of flushing and diarrhoea for 2 years' tell a follow-up)."""
        start = max(floor, at - self.near["symptom_before_chars"])
        words = list(re.finditer(r"[a-z]+", text[start:at].lower()))  # the reach bounds them
        linked = len(words)
        while words and words[-1].group(0) in self.symptom_links:
            words.pop()
        if (len(words) == linked or not words or spelt(words[-1].group(0)) not in self.symptom_words
                or {w.group(0) for w in words} & self.symptom_denials):
            return None  # a link is needed: 'bleeding 6 weeks after the operation' is a time point
        return words[-1].group(0), start + words[-1].end()

    def _kind(self, text: str, m: re.Match, sentence_start: int) -> str:
        """What the words beside a duration make of it: follow-up, a time point, or a bare duration.
        'After 3 months' is a point of the narrative only where it opens its sentence or clause (not
        in 'metastases may appear after 10 years')."""
        before = max(sentence_start, m.start() - self.near["phrase_before_chars"])
        if self.follow_up_phrases.search(text, before, m.start()) or self.follow_up_phrases.match(text, m.end() + 1):
            return FOLLOW_UP_RULE
        if self.time_points.match(text, m.end() + 1):
            return LATER_RULE if self.later.match(text, m.end() + 1) else TIME_POINT_RULE
        clause_from = max(0, m.start() - self.near["opening_time_before_chars"])
        if (self.opening_time.fullmatch(text, sentence_start, m.start())
                or self.clause_time.search(text, clause_from, m.start())):
            return AFTER_RULE
        return DURATION_RULE

    def _months(self, m: re.Match) -> float | None:
        """The months a duration match counts, None for a dosing interval ('once a month')."""
        number, unit = m.group("n").lower(), self.units[m.group("u").lower()]
        ahead = words_before(m.string, m.start(), 1, self.near["word_before_chars"])
        if set(ahead) & self.frequency_words:
            return None
        count = self._count(number) + (0.5 if m.group("half") else 0)
        months = (count + (0.5 if m.group("half_unit") else 0)) * unit
        if m.group("n2"):  # '5 years and 3 months': the smaller unit adds on
            second_unit = self.units[m.group("u2").lower()]
            second = self._count(m.group("n2").lower()) * second_unit
            # a unit no smaller is a second time point, not a part ('at the 1-year and 2-year follow-up
            # visits'): the later one (r6d-fu)
            months = months + second if second_unit < unit else max(months, second)
        return months

    def _count(self, number: str) -> float:
        """A number in digits or words, also a compound one ('twenty-four')."""
        if number in self.number_words:
            return float(self.number_words[number])
        parts = re.split(r"[\s\-\u2013]", number)
        return float(sum(self.number_words[p] for p in parts)) if len(parts) == 2 else float(number)

    def day_counts(self, report: ReportView) -> list[Mention]:
        """'postoperative day 10', 'postoperative year 3': a time point after the operation, in the
        unit its prefix ends with (days when it names none)."""
        out = []
        for m in report.within(self.day_count.finditer(report.text), "follow_up"):
            unit = re.findall(r"[a-z]+", m.group(0).lower())[-1]
            count = self._ordinal(m.group("o")) if m.group("o") else int(m.group("n"))
            months = count * self.units.get(unit, 1 / 30)
            out.append(report.mention("follow_up_months", m.start(), m.end(), m.group(0),
                                      as_stated(months), TIME_POINT_RULE, "DURATION"))
        return out

    def _ordinal(self, word: str) -> int:
        """'3rd' or 'third' as 3."""
        return self.ordinals.get(word.lower()) or int(re.sub(r"\D", "", word))

    # --- deciding ------------------------------------------------------------------------------------
    def follow_up_of(self, mentions: list[Mention], chosen: Mention) -> tuple[Mention | None, float | None]:
        """The duration nearest the status in its sentence (not one before a status that came an
        unstated time after it: 'a week after chemotherapy, she died shortly thereafter'); else a
        date in it; else the longest follow-up duration (the whole follow-up: 'followed up for more
        than 8 years'), or time point stated after the status (a later contact: 'two months after
        the resection' in a legend). A time point stated before the status ('metastases appeared two
        years later ... at follow-up they had shrunk') only bounds a follow-up that went on past it."""
        usable = [m for m in mentions if m.usable and m.rule in DURATION_RULES]
        same = [m for m in usable if self._beside(m, chosen)]
        if same:
            nearest = min(same, key=lambda m: abs(m.start - chosen.start))
            return nearest, self._counted(usable, nearest)
        dated = FollowUpDates.dated(mentions, chosen)
        if dated[0] is not None:
            return dated
        follow_up = [m for m in usable
                     if m.rule == FOLLOW_UP_RULE or (m.rule in POINT_RULES and m.start > chosen.start)]
        longest = max(follow_up, key=lambda m: (m.normalized, m.start)) if follow_up else None
        return longest, self._counted(usable, longest) if longest else None

    def _beside(self, m: Mention, chosen: Mention) -> bool:
        """A duration in the status's sentence, within reach, and not one before a status that came
        an unstated time after it."""
        return (m.sentence_start == chosen.sentence_start and abs(m.start - chosen.start) <= self.reach
                and not (chosen.undated and m.start < chosen.start))

    @staticmethod
    def _counted(usable: list[Mention], point: Mention) -> float:
        """A 'later' point counts from the time point stated just before it, if that is one ('After 3 months CT
        showed metastases ... he died 6 months later' is 9 months); a chain of them adds up. A duration of another
        kind before it ('pain for 2 months') starts no chain, nor does one of another section or a figure legend
        (each legend dates its own picture). r11-out: a point after a later event ('alive 38 months after the
        recurrence') counts from the point that dated it, past treatments' lengths ('everolimus for 7 months')."""
        months, at, past_lengths = point.normalized, point, point.after_event
        while at.rule == LATER_RULE and at.section != LEGEND:
            before = [m for m in usable if m.start < at.start and m.section == at.section and not (
                past_lengths and m.rule == DURATION_RULE)]
            if not before:
                break
            at, past_lengths = max(before, key=lambda m: m.start), False
            if at.rule not in (AFTER_RULE, *POINT_RULES):
                break
            months += at.normalized
        return as_stated(months)

