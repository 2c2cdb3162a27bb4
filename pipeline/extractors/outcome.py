"""How the index patient fared: status at the last stated follow-up (outcome) and the months to it
(follow_up_months). One extractor decides both, because the duration belongs to the status it
dates: 'no recurrence 2 years after surgery' gives 'alive, no disease' and 24 from one sentence.

Time decides: a death outranks any living status stated before or after it ('recurrence-free for
3 years, then died of liver failure' -> 'died of disease'), and among living statuses the last one
stated wins. A living status counts only in a sentence that places it in the follow-up, so that
'asymptomatic' at presentation is no outcome; a duration that dates the time before diagnosis ('a
2-year history of flushing', '58-year-old') is never follow-up. Other patients, negation and
hypotheticals are the shared context machinery's work. A clause under a follow-up header ('Outcome
and follow-up') is in the follow-up without a time word; there a restaging finding that a negation
denies ('the scan showed no uptake') says the patient is free of disease. When the status's own
sentence gives no duration, a time point after the treatment stated after it ('two months after the
resection', in a later sentence or a legend) dates the follow-up. A bare 'alive' yields to a disease
statement of its own sentence ('disease-free and doing well'); a clause dated after the case's first
date ('in May 2019 she was well') is in the follow-up, as is one holding a count from the operation
('at postoperative year 3'). The case text's last living status wins over an index-patient sentence
elsewhere (a conclusion that retells the disease); a death stated anywhere still outranks it. Some
death words are deaths only with their duration after them ('death 7 months after surgery',
'survived only three months'), and a growth denied together with the disease ('no recurrence or
progression') denies the disease. A disease statement before a bare 'alive' in its sentence decides
too ('the metastases were unchanged and she remained well'), unless it is what a treatment was for
('treated for two recurrences'), and so does one of the sentence right before a bare 'alive'
that dates nothing ('A CT scan 18 months after surgery showed no recurrence. She is currently
asymptomatic.' is one status told in two sentences: 'alive, no disease', 18); an 'alive' word that
is a change in a tumour ('improvement in the lung masses') is a response of a disease still there;
a no-disease word about a laboratory value ('serum gastrin was normal') says she is well. A follow-up
the report's title names ('pancreatic insulinomas in MEN 1: a 9-year follow-up') is the case's, where
its section would not count; a status word there is the report's topic ('a dilemma resolved by touch
preparation'), not how she fared. A bare 'alive' that dates itself keeps its date but takes a disease stated right
before it ('a partial response. She is alive 18 months after diagnosis.': the disease is still there);
a survival the index patient had ('his disease-free survival of 40 months') is no statistic. Durations
and dates, and which of them dates the status: follow_up_time.py; what a status's clause says (follow-up,
dated before it, presentation, discharge, causes of death): outcome_clause.py; whether a death word
is a death ('she has survived 12 years' is none), its cause and its date: outcome_death.py. A treatment
she is still on, or waits for, is no status by itself (r27: 'she remains on lanreotide' says nothing of
the disease; the guideline leaves such an ending empty). Word lists: rules/outcome.json."""
from __future__ import annotations

import heapq
import re

from ..regexes import compile_rule
from .base import INDEX_SENTENCE_RANK, TITLE_REASON, FieldExtractor, Mention, ReportView, keep
from .follow_up_time import FOLLOW_UP_RULE, NEVER, FollowUpTime
from .name_patterns import first_words_pattern, gap_words, matches_at, name_pattern, words_pattern
from .outcome_choice import LastLivingStatus, status_phrase
from .outcome_clause import Clause, ClauseReader
from .outcome_death import DIED, DeathWords
from .outcome_growth import NEW, NewDisease
from .outcome_words import ALIVE, NO_DISEASE, WITH_DISEASE, StatusWords, lowered, words_before
from .title import ReportTitle

STATUS_RULE = "status"
REPORTED = "reported_at_follow_up:"


def _looked_ahead(pattern: re.Pattern) -> re.Pattern:
    """The pattern tried only where its first character can start a match (regexes.compile_rule)."""
    return compile_rule(pattern.pattern, pattern.flags)


class OutcomeExtractor(FieldExtractor):
    fields = ("outcome", "follow_up_months")
    reads = ()
    flags = ()

    def __init__(self, rules):
        cfg = rules["outcome"]
        # r13: an adverb may stand inside a status ('is currently being regularly followed up')
        gap = gap_words(cfg["status_gap_words"])
        self.statuses, self.status_of = name_pattern(cfg["statuses"], with_canonical=False, gap=gap)
        phrases = [p for ps in cfg["statuses"].values() for p in ps]
        self.status_starts = _looked_ahead(first_words_pattern(phrases)) if phrases else re.compile(NEVER)
        self.unstated_time = words_pattern(cfg["unstated_time_phrases"])
        self.statistic_words = words_pattern(cfg["statistic_words"])
        self.own_survival = words_pattern(cfg["own_survival_cues"])
        own = "|".join(re.escape(w) for w in cfg["own_negation_words"]) or NEVER
        self.own_negation = re.compile(rf"(?:{own})\b")  # 'no recurrence' carries its negation: another adds none
        self.reported = {f"other_patient:{cue}" for cue in cfg["reported_cues"]}  # r9b: 'no recurrence was reported'
        self.near = cfg["follow_up_reach"]  # how far the words before a status are read
        self.denials = lowered(cfg.get("denials_before_alive", []))  # r11-out: 'no improvement'
        self.needs_time = lowered(cfg["needs_time"])
        self.needs_duration = lowered(cfg["needs_duration"])  # r28: 'improved' only with a stated time
        self.last_living = LastLivingStatus(self.needs_time)
        self.absent_means_no_disease = lowered(cfg["absent_means_no_disease"])
        self.absent_means_stable = lowered(cfg["absent_means_stable"])
        self.absent_findings = (_looked_ahead(words_pattern(cfg["absent_findings"])) if cfg["absent_findings"]
                                else re.compile(NEVER))
        # r23: a symptom a negation cue denies in a follow-up clause ('no hypoglycaemic episodes for 18 months')
        self.absent_symptoms = _looked_ahead(words_pattern(cfg["symptom_words"]))
        self.only_new_words = lowered(cfg["only_new_words"])
        self.complement_words = lowered(cfg["complement_words"])
        self.time = FollowUpTime(cfg)
        self.deaths = DeathWords(cfg, self.time)  # whether a death word is a death, and which (outcome_death.py)
        self.clauses = ClauseReader(cfg, self.time)  # what the clause of a status says
        self.words = StatusWords(cfg)  # what the words beside a living status make of it
        self.title = ReportTitle(rules)
        self.new_disease = NewDisease(cfg)  # r12-out: 'new liver lesions appeared', 'the mass had enlarged'

    def _status_matches(self, text: str):
        """The status phrases and the new lesions, in the order of the text; a match inside one before is none."""
        end = 0
        found = matches_at(self.statuses, self.status_starts, text)
        for m in heapq.merge(found, self.new_disease.pattern.finditer(text), key=lambda m: m.start()):
            if m.start() >= end:
                end = m.end()
                yield m

    def find(self, report: ReportView) -> list[Mention]:
        dates = self.time.dates(report)  # first: a clause dated after the case's first date is in the follow-up
        durations = self.time.durations(report)
        for m in durations:  # 'insulinomas in MEN 1: a 9-year follow-up': the title names the case's follow-up
            if m.rule == FOLLOW_UP_RULE and m.status == "other_patient" and self.title.holds(report, m.start):
                m.affirm_in_title()
        statuses = self.time.lasted(report.text, self._statuses(report), durations)
        self._reported_with(statuses, durations)
        return statuses + self._findings(report) + durations + dates + self.time.day_counts(report)

    def _reported_with(self, statuses: list[Mention], durations: list[Mention]) -> None:
        """r9b: the durations of a sentence whose status the report reports at a follow-up ('no recurrence
        was reported at the 2-year follow-up') are the patient's too: the same cue made them other-patient talk."""
        reported = {m.sentence_start for m in statuses if m.reason.startswith(REPORTED)}
        for m in durations:
            if m.sentence_start in reported and m.status == "other_patient" and m.reason in self.reported:
                m.overrule("affirmed", f"{REPORTED}{m.reason}")

    def _findings(self, report: ReportView) -> list[Mention]:
        """A restaging finding that a negation cue denies in a follow-up clause ('the scan a year
        later showed no uptake') says the patient is free of disease; a symptom denied there ('at 18
        months she has had no hypoglycaemic episodes', r23) says she is alive and well. Affirmed, or
        at diagnosis, either says nothing here (the metastasis fields read the findings)."""
        text, out = report.text, []
        for pattern, value in ((self.absent_findings, NO_DISEASE), (self.absent_symptoms, ALIVE)):
            for m in report.within(pattern.finditer(text), "outcome"):
                mention = report.mention("outcome", m.start(), m.end(), m.group(0), value, STATUS_RULE, "OUTCOME")
                self._absent_at_follow_up(report, m, mention)
                out.append(mention)
        return out

    def _absent_at_follow_up(self, report: ReportView, m: re.Match, mention: Mention) -> None:
        """Affirms a finding or symptom that a negation cue denies in a follow-up clause, but not a denial
        of new ones only ('no new lesions': the known ones remain) nor of a change ('no change in the
        lesion'); any other is negated, with its reason."""
        before = words_before(report.text, m.start(), 2, self.near["finding_words_before_chars"],
                              mention.sentence_start)
        if mention.status == "affirmed":
            mention.overrule("negated", "finding_not_denied")
        elif set(before) & self.only_new_words:  # 'no new lesions': the known ones remain
            mention.overrule("negated", "no_new_finding")
        elif set(before) & self.complement_words:  # 'no change in the lesion': the change is denied
            mention.overrule("negated", "finding_not_denied")
        elif mention.status == "negated":
            clause = self.clauses.of(report, mention, m.start())
            if clause.follow_up and not clause.dated_before:
                mention.overrule("affirmed", f"finding_absent:{mention.reason}")
            else:
                mention.reason = "not_at_follow_up"

    def _statuses(self, report: ReportView) -> list[Mention]:
        out: list[Mention] = []
        for m in report.within(self._status_matches(report.text), "outcome"):
            status = WITH_DISEASE if m.lastgroup == NEW else self.status_of[m.lastgroup]
            mention = report.mention("outcome", m.start(), m.end(), m.group(0), status, STATUS_RULE, "OUTCOME")
            if mention.status == "affirmed" and self.title.holds(report, m.start()):
                mention.overrule("other_patient", TITLE_REASON)  # its topic, not how she fared
            clause = self.clauses.of(report, mention, m.start())
            mention.undated = bool(self.unstated_time.match(report.text, m.end() + 1))
            if status == DIED:
                self._death(report.text, m, mention, clause)
            else:
                self._living(report.text, m, mention, clause)
                self._denied_right_before(report.text, m, mention)
                self.new_disease.treated_after(report.text, m, mention)
                self.words.qualify(report.text, m, mention)
                self.words.denied_together(report.text, out[-1] if out else None, mention)
                self.words.qualifies_disease(report.text, out[-1] if out else None, mention)
                self.words.lives_with(report.text, out[-1] if out else None, mention)
                self.deaths.survival_described(out, mention)
            out.append(mention)
        return out

    def _death(self, text: str, m: re.Match, mention: Mention, clause: Clause) -> None:
        """A death word: a survival so far ('she has survived 12 years'), a death that needs its duration and has
        none, an examination after death (its clause names findings, not the cause), or a death with its cause."""
        if self.deaths.survived_to_date(text, m):
            mention.normalized, mention.reason = "alive", "survived_to_date"
        elif self.deaths.undated(text, m):
            mention.overrule("negated", "death_not_dated")
        elif not self.deaths.after_death(text, m, mention):  # r21: 'the post-mortem examination showed ...'
            before = self.words.around_death(text, m, mention)
            mention.normalized = self.words.related_cause(text, m.start()) or self.deaths.cause(clause, m.end(), before)

    def _living(self, text: str, m: re.Match, mention: Mention, clause: Clause) -> None:
        """A living status: a statistic is no status, a 'needs_time' phrase needs a follow-up word in
        its clause, and a negated 'with disease' phrase says the disease is absent or stands still."""
        phrase = self._phrase(m.group(0))
        self._reported_at_follow_up(phrase, mention, clause)
        if self.statistic_words.match(text, m.end() + 1) and not self._own_survival(text, m.start(), mention):
            mention.overrule("other_patient", "statistic")
        elif self._not_at_follow_up(phrase, m, mention, clause):
            mention.overrule("negated", "not_at_follow_up")
        elif clause.discharge and mention.normalized == "alive":  # 'discharged in good condition'
            mention.overrule("negated", "at_discharge")
        elif (mention.normalized in (NO_DISEASE, "alive") and mention.status == "negated"
              and self.own_negation.match(phrase)):
            mention.overrule("affirmed", f"own_negation:{mention.reason}")  # 'no pain and no recurrence'
        elif mention.normalized == WITH_DISEASE and mention.status == "negated":
            self._denied_disease(text, m, phrase, mention)

    def _not_at_follow_up(self, phrase: str, m: re.Match, mention: Mention, clause: Clause) -> bool:
        """A 'needs_time' phrase or a new lesion (r12-out) outside a follow-up clause, a bare 'alive' in the
        clause introducing her (a symptom's course at presentation), or any status of a clause dated before the
        case (r27: 'one month before presentation, ... it resolved'); r28: a 'needs_duration' phrase in a clause
        with no stated duration ('her pain improved after the stent', not 'three months after surgery the palsy had
        improved')."""
        at_follow_up = clause.follow_up and not clause.dated_before
        return (((phrase in self.needs_time or m.lastgroup == NEW) and not at_follow_up)
                or (phrase in self.needs_duration and not (at_follow_up and self.clauses.timed(m.string, clause)))
                or (clause.presentation and mention.normalized == "alive") or clause.before_the_case)

    def _denied_right_before(self, text: str, m: re.Match, mention: Mention) -> None:
        """r11-out: a bare 'alive' word right after a denial ('No improvement was noted despite treatment', 'not
        relieved'), which a pseudo-cue keeps from ConText's negation, says she did not get better: no status."""
        before = words_before(text, m.start(), 1, self.near["word_before_chars"], mention.sentence_start)
        if mention.normalized == "alive" and mention.status == "affirmed" and set(before) & self.denials:
            mention.overrule("negated", f"denied_before:{before[0]}")

    def _reported_at_follow_up(self, phrase: str, mention: Mention, clause: Clause) -> None:
        """r9b: a status with its own negation in a follow-up clause that a 'reported' cue made other-patient
        talk ('no recurrence was reported at the 2-year follow-up') is the report reporting her follow-up."""
        if (mention.status == "other_patient" and mention.reason in self.reported and clause.follow_up
                and not clause.dated_before and self.own_negation.match(phrase)):
            mention.overrule("affirmed", f"{REPORTED}{mention.reason}")

    def _own_survival(self, text: str, at: int, mention: Mention) -> bool:
        """A survival the index patient had ('the patient has had a disease-free survival of 40
        months', 'his long-lasting disease-free survival'): an 'own_survival_cues' word in the
        'own_survival_before_chars' characters before the status, in its sentence."""
        lo = max(mention.sentence_start, at - self.near["own_survival_before_chars"])
        return bool(self.own_survival.search(text, lo, at))

    def _denied_disease(self, text: str, m: re.Match, phrase: str, mention: Mention) -> None:
        """A denied disease word in a follow-up clause: 'no recurrence', 'no evidence of metastasis'
        say she is free of it, 'free of progression' that it stands still; 'no new metastases' (an
        'only_new_words' word right before it) denies only new ones: the known ones remain."""
        new_only = set(words_before(text, m.start(), 1, self.near["word_before_chars"])) & self.only_new_words
        if phrase in self.absent_means_no_disease and new_only:
            mention.reason = f"no_new_disease:{mention.reason}"
        elif phrase in self.absent_means_no_disease:  # 'no recurrence or relapse'
            reason = f"disease_absent:{mention.reason}"
            mention.normalized = NO_DISEASE
            mention.overrule("affirmed", reason)
        elif phrase in self.absent_means_stable:  # 'free of progression': the disease stands still
            mention.overrule("affirmed", f"no_change:{mention.reason}")

    def decide(self, mentions: list[Mention], row: dict | None = None) -> dict:
        statuses = [m for m in mentions if m.usable and m.rule == STATUS_RULE]
        if not statuses:
            return {"outcome": None, "follow_up_months": None}
        deaths = [m for m in statuses if m.normalized.startswith(DIED)]
        if deaths:  # a stated cause outranks a bare 'died'; then the last stated
            chosen = max(deaths, key=lambda m: (m.normalized != DIED, m.start))
        else:  # the case text's last living status; an index-patient sentence elsewhere when it states none
            body = [m for m in statuses if m.rank < INDEX_SENTENCE_RANK] or statuses
            chosen = self.last_living.choose(mentions, body)
        duration, months = self.time.follow_up_of(mentions, chosen)
        if months is None and deaths:
            duration, months = self.deaths.dated(mentions, deaths, chosen)
        keep(mentions, [chosen, duration])
        return {"outcome": chosen.normalized, "follow_up_months": months}

    def _phrase(self, text: str) -> str:
        return status_phrase(text, self.needs_time)

    def raised_flags(self, mentions: list[Mention]) -> list[str]:
        return []
