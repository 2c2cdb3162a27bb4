"""The death words of the outcome extractor: whether a death word is a death at all, and which death it is.

A survival word after 'has' ('she has survived 12 years') is a life so far; a death word that is a death only with
its duration after it ('death 7 months after surgery', 'survived only three months') is none without one; a survival
that a living status of its sentence describes ('survived 40 months with no evidence of recurrence') is a life; and
a death's cause is the one named first after the death word ('died of pneumonia'). When the chosen death dates
nothing, another death word of the same patient dates it. These questions ask nothing of the living statuses'
machinery (outcome.py, outcome_words.py), so they stand here; outcome.py imports this module, never the other way.
An examination after death ('the post-mortem examination showed ...') is a death whose clause names what was found,
not the cause. Word lists: rules/outcome.json ('survival_words', 'living_auxiliaries', 'dated_death_words',
'post_mortem_words')."""
from __future__ import annotations

import bisect
import re

from .base import Mention
from .follow_up_time import NEVER, FollowUpTime
from .name_patterns import words_pattern
from .outcome_choice import status_phrase
from .outcome_clause import Clause
from .outcome_words import NO_DISEASE, lowered, words_before

DIED = "died"


class DeathWords:
    def __init__(self, cfg: dict, time: FollowUpTime):
        self.near = cfg["follow_up_reach"]  # how far the words before a death word are read
        self.needs_time = lowered(cfg["needs_time"])
        self.dated_death = lowered(cfg["dated_death_words"])
        self.living_auxiliaries = lowered(cfg["living_auxiliaries"])
        self.survival_words = lowered(cfg["survival_words"])
        self.post_mortem = lowered(cfg["post_mortem_words"])
        series = cfg["post_mortem_not_before"]
        self.post_mortem_series = words_pattern(series) if series else re.compile(NEVER)
        self.time = time

    def survival_described(self, before: list[Mention], mention: Mention) -> None:
        """A survival that a living status of its sentence describes ('survived 40 months with no
        evidence of recurrence', 'survived 5 years and is alive') is a life, not a death: the
        survival word before it in its sentence is no death. A disease it lived with is no such status."""
        if mention.status != "affirmed" or mention.normalized not in (NO_DISEASE, "alive"):
            return  # 'survived 3 years with progressive metastases' tells how long she lived with them
        for death in before[::-1]:
            if death.sentence_start != mention.sentence_start:
                break
            if (death.normalized.startswith(DIED) and death.status == "affirmed"
                    and self._phrase(death.text) in self.survival_words):
                death.overrule("negated", f"survival_described:{mention.text}")

    def survived_to_date(self, text: str, m: re.Match) -> bool:
        """A survival word after 'has' ('she has survived 12 years', 'he has now survived for more than
        6 years') tells how long the patient has lived so far: she is alive."""
        before = words_before(text, m.start(), 2, self.near["auxiliary_before_chars"])
        return self._phrase(m.group(0)) in self.survival_words and bool(set(before) & self.living_auxiliaries)

    def undated(self, text: str, m: re.Match) -> bool:
        """A death word that is a death only with its duration after it ('death 7 months after
        surgery', 'survived only three months'), here without one, or after 'has' ('she has
        survived 12 years')."""
        if self._phrase(m.group(0)) not in self.dated_death:
            return False
        before = words_before(text, m.start(), 1, self.near["word_before_chars"])
        return bool(set(before) & self.living_auxiliaries) or not self.time.duration_follows(text, m.end())

    def after_death(self, text: str, m: re.Match, mention: Mention) -> bool:
        """r21: an examination after death ('the post-mortem examination showed liver metastases', 'found at autopsy')
        says she died; its clause tells what it found, not the cause. 'Autopsy series' are the literature's."""
        if self._phrase(m.group(0)) not in self.post_mortem:
            return False
        if self.post_mortem_series.match(text, m.end() + 1):
            mention.overrule("other_patient", "statistic")
        return True

    @staticmethod
    def cause(clause: Clause, after: int, before: str | None) -> str:
        """The cause named first after the death word ('died of pneumonia'), else `before` ('Owing to it, he died')."""
        disease = next(iter(clause.disease_at[bisect.bisect_left(clause.disease_at, after):]), None)
        other = next(iter(clause.other_at[bisect.bisect_left(clause.other_at, after):]), None)
        if disease is not None and (other is None or disease < other):
            return "died of disease"
        return "died of other cause" if other is not None else before or DIED

    def dated(self, mentions: list[Mention], deaths: list[Mention], chosen: Mention):
        """(duration, months) of the death when the chosen death word dates nothing: a patient dies once,
        and a report often tells it twice, dated in the case ('she died 42 days after the diagnosis') and
        with its cause in a summary ('a patient who died of progressive cancer'). The chosen word keeps
        the cause; the date is that of another death word of the same patient, the latest told first."""
        for other in sorted(deaths, key=lambda m: m.start, reverse=True):
            if other is not chosen:
                duration, months = self.time.follow_up_of(mentions, other)
                if months is not None:
                    return duration, months
        return None, None

    def _phrase(self, text: str) -> str:
        return status_phrase(text, self.needs_time)
