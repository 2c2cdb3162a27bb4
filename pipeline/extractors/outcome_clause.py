"""What the clause of an outcome status says: is it in the follow-up, dated before it, the sentence
introducing the patient, the hospital stay, and where does it name a cause of death.

A status word says little alone: 'asymptomatic' at presentation is no outcome, 'no recurrence two
years after surgery' is. The clause (the sentence cut at its semicolons) holding a status is read
once, for the words that place it: a follow-up word ('two years later', 'remains'), a count from the
operation ('at postoperative year 3'), a follow-up header above it ('Outcome and follow-up'), a date
after the case's first date; a word that dates it before the follow-up ('9 years earlier'), or a
work-up word with no duration ('imaging and biopsy revealed'); the patient's age, which makes it her
presentation ('a 64-year-old woman with a recurrence after 4 years'); the hospital stay ('discharged
in good condition'). Word lists: rules/outcome.json."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..regexes import compile_rule
from .base import Mention, ReportView
from .follow_up_time import NEVER, FollowUpTime
from .name_patterns import flexible, words_pattern
from .outcome_words import dated_before_pattern, time_word

SEMICOLON = re.compile(";")  # where a sentence's clauses part (found by the regex engine, not a loop per character)


@dataclass
class Clause:
    """What one clause says for the statuses in it."""
    follow_up: bool  # a follow-up word: 'two years later', 'remains'
    start: int  # r28: where the clause begins and ends, for what is read only when needed (ClauseReader.timed)
    end: int
    dated_before: bool  # a word that dates it before the follow-up: '9 years earlier'
    before_the_case: bool  # r27: a phrase that dates it before the case: 'one month before presentation'
    presentation: bool  # it introduces the patient by her age: 'a 60-year-old woman with pain that resolved'
    discharge: bool  # the hospital stay: 'she was discharged in good condition', no lasting follow-up word
    disease_at: list[int]  # where the tumour is named as a cause of death
    other_at: list[int]  # where another cause is named


class ClauseReader:
    def __init__(self, cfg: dict, time: FollowUpTime):
        self.time = time
        self.disease_causes = words_pattern(cfg["disease_causes"])
        self.other_causes = words_pattern(cfg["other_causes"])
        # r26: 'died 5 years later without evidence of recurrence' names no cause
        self.denied = re.compile(_before_a_word(cfg["cause_denials"], cfg["cause_denial_reach_words"]) + "|"
                                 + _before_a_word(cfg["cause_time_words"], cfg["cause_time_reach_words"]),
                                 re.IGNORECASE)  # r26: 'died 1 year after recurrence' dates, names no cause
        self.follow_up_words = words_pattern(cfg["follow_up_words"], hyphen_ends=True)
        self.before_words = dated_before_pattern(cfg)
        self.before_the_case = words_pattern(cfg["before_the_case_phrases"])  # r27
        self.work_up_words = words_pattern(cfg["work_up_words"]) if cfg.get("work_up_words") else re.compile(NEVER)
        self.lasting_words = words_pattern(cfg["lasting_follow_up_words"], hyphen_ends=True)
        self.discharge_words = words_pattern(cfg["discharge_words"]) if cfg["discharge_words"] else re.compile(NEVER)
        self.sequence = words_pattern(cfg["sequence_phrases"]) if cfg.get("sequence_phrases") else re.compile(NEVER)
        self.patient_age = compile_rule(cfg["patient_age"], re.IGNORECASE)  # the clause introducing her
        # r11-out: or the clause opening the report's account of her ('We present a case of regression of ...')
        self.report_openers = words_pattern(cfg["report_openers"]) if cfg.get("report_openers") else re.compile(NEVER)
        self.alive_words = words_pattern(cfg["statuses"].get("alive", [])) if cfg["statuses"].get("alive") \
            else re.compile(NEVER)  # '..., who declined hepatectomy and is alive 8 years later': her state then
        self.follow_up_headers = [h.lower() for h in cfg["follow_up_headers"]]
        # r9b: 'treated for years with improvement': a time word with no length is the history's, no follow-up
        self.vague = words_pattern(cfg["vague_time_phrases"]) if cfg.get("vague_time_phrases") else None

    def of(self, report: ReportView, mention: Mention, at: int) -> Clause:
        """What the clause (the sentence cut at semicolons) holding `at` says, worked out once per
        clause: a sentence listing a thousand findings costs its length, not its length squared."""
        text, lo, hi = report.text, mention.sentence_start, mention.sentence_end
        cuts = report.cache.get(("outcome_semicolons", lo))
        if cuts is None:
            cuts = report.cache[("outcome_semicolons", lo)] = [m.start() for m in SEMICOLON.finditer(text, lo, hi)]
        k = bisect.bisect_left(cuts, at)
        start, end = (cuts[k - 1] + 1 if k else lo), (cuts[k] if k < len(cuts) else hi)
        key = ("outcome_clause", start)
        if key not in report.cache:
            header = report.section_header(start)
            presentation = self._presentation(text, start, end)
            report.cache[key] = Clause(
                follow_up=(self._time_word(text, start, end)
                           or bool(self.time.day_count.search(text, start, end)))  # 'at postoperative year 3'
                or any(h in header for h in self.follow_up_headers) or self.time.dated_later(report, start, end),
                start=start, end=end,
                dated_before=self._dated_before(text, start, end) or presentation or self._opened(text, start, end),
                before_the_case=bool(self.before_the_case.search(text, start, end)),
                presentation=presentation,
                discharge=bool(self.discharge_words.search(text, start, end))
                and not time_word(self.lasting_words, self.sequence, text, start, end),
                disease_at=self._disease_causes(text, start, end),
                other_at=[m.start() for m in self.other_causes.finditer(text, start, end)])
        return report.cache[key]

    def timed(self, text: str, clause: Clause) -> bool:
        """r28: does the clause state a duration or a day count ('three months after surgery'), not a bare 'after'?
        Read only for a 'needs_duration' status, so it costs nothing where there is none."""
        return bool(self.time.duration.search(text, clause.start, clause.end)
                    or self.time.day_count.search(text, clause.start, clause.end))

    def _disease_causes(self, text: str, start: int, end: int) -> list[int]:
        """Where the clause names the tumour as a cause, but not where a denial stands just before the word
        ('died 5 years later without evidence of recurrence', r26)."""
        return [m.start() for m in self.disease_causes.finditer(text, start, end)
                if not self.denied.search(text, max(start, m.start() - 60), m.start())]

    def _time_word(self, text: str, start: int, end: int) -> bool:
        """A follow-up word of the clause, not one inside a 'vague_time_phrases' phrase ('for years', 'over
        the years': a time with no length, the history's), nor inside a duration dated before the diagnosis
        (r23: 'she had been troubled by diarrhoea for eight weeks, and an endoscopy was unremarkable'), nor one
        opening a sequence ('followed by')."""
        history = []  # from where the words a dated duration times begin to the duration's end
        for d in self.time.duration.finditer(text, start, end):
            dated = self.time.before_diagnosis(text, d, start, end)
            if dated:
                history.append((dated[1], d.end()))
        if self.vague is None and not history:
            return time_word(self.follow_up_words, self.sequence, text, start, end)
        vague = [(v.start(), v.end()) for v in self.vague.finditer(text, start, end)] if self.vague else []
        skipped = history + vague
        return any(not self.sequence.match(text, m.start()) and not any(a <= m.start() < b for a, b in skipped)
                   for m in self.follow_up_words.finditer(text, start, end))

    def _dated_before(self, text: str, start: int, end: int) -> bool:
        """A clause dated before the follow-up: by a 'not_follow_up_words' word ('9 years earlier',
        'after admission'), or by a 'work_up_words' word where no duration dates it ('imaging and
        biopsy revealed liver metastases', 'after the diagnosis, PET showed bone metastases'; not 'a
        year after the biopsy, the metastases were stable')."""
        if self.before_words.search(text, start, end):
            return True
        return bool(self.work_up_words.search(text, start, end) and not self.time.duration.search(text, start, end))

    def _presentation(self, text: str, start: int, end: int) -> bool:
        """A clause that gives the patient's age introduces her: 'We report a 64-year-old woman with
        a recurrence after 4 years' is the presentation, not the last follow-up, unless a word of
        the lasting follow-up stands in it ('a 64-year-old woman who remains disease-free')."""
        return (bool(self.patient_age.search(text, start, end))
                and not time_word(self.lasting_words, self.sequence, text, start, end))

    def _opened(self, text: str, start: int, end: int) -> bool:
        """r11-out: a clause that opens the report's account of her with no age ('We present a case of
        shrinking gastric carcinoids once the antrum was removed', 'We report a patient with a recurrence after 4
        years') tells the topic: its disease words and its time-bound words are dated before the follow-up.
        Not where it goes on to say she lives ('We report a patient with liver metastases, who declined
        hepatectomy and is alive 8 years later': the disease is her state then) or holds a lasting follow-up
        word ('who remains disease-free')."""
        return (bool(self.report_openers.search(text, start, end))
                and not time_word(self.lasting_words, self.sequence, text, start, end)
                and not self.alive_words.search(text, start, end))


def _before_a_word(words: list[str], reach: int) -> str:
    """A pattern of one of `words` (as `flexible` names) with at most `reach` words after it, at the end of the
    text searched."""
    alternatives = "|".join(flexible(w) for w in words)
    return rf"\b(?:{alternatives})\b(?:\W+[\w-]+){{0,{reach}}}\W*$"
