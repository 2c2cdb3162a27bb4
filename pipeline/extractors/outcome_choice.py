"""Which living status is the last one a report states (the outcome extractor's decision, outcome.py).

The last living status stated in the case text is the outcome, but a bare 'alive' (no disease statement)
says less than a disease statement told beside it or in the sentence right before it: 'A CT scan 18
months after surgery showed no recurrence. She is currently asymptomatic.' is one status told in two
sentences. A disease that a treatment was for tells the course, not the state at the end."""
from __future__ import annotations

from .base import Mention
from .outcome_words import WITH_DISEASE, spelt

SENTENCE_GAP = 3  # characters between one sentence's end and the next one's start: a space or a line break


def status_phrase(text: str, needs_time: set[str]) -> str:
    """A status phrase as the word lists spell it (`spelt`), no plural 's'."""
    phrase = spelt(text)
    return phrase if phrase in needs_time or not phrase.endswith("s") else phrase[:-1]


class LastLivingStatus:
    def __init__(self, needs_time: set[str]):
        self.needs_time = needs_time

    def choose(self, mentions: list[Mention], statuses: list[Mention]) -> Mention:
        """The last of `statuses` (living ones), or the disease statement a bare 'alive' yields to."""
        chosen = self._disease_beside(statuses, max(statuses, key=lambda m: m.start))
        return self._disease_before(mentions, statuses, chosen)

    def _disease_beside(self, statuses: list[Mention], chosen: Mention) -> Mention:
        """A bare 'alive' (no disease statement) yields to a disease statement of its own sentence:
        one that says a status by itself ('disease-free and doing well'), or one stated after it
        ('alive with liver metastases'), or one before it that says the disease's state ('liver
        metastases unchanged, and she remains well'); a disease a treatment was for ('chemotherapy for
        recurrences, she remains alive') tells the course, not the state at the end."""
        if chosen.normalized != "alive":
            return chosen
        beside = [m for m in statuses if m.sentence_start == chosen.sentence_start and m.normalized != "alive"
                  and (m.start > chosen.start or self._phrase(m.text) not in self.needs_time or not m.treated)]
        return max(beside, key=lambda m: m.start) if beside else chosen

    def _disease_before(self, mentions: list[Mention], statuses: list[Mention], chosen: Mention) -> Mention:
        """A bare 'alive' whose sentence dates nothing yields to a disease statement of the sentence
        right before it, too: 'A CT scan 18 months after surgery showed no recurrence. She is currently
        asymptomatic.' is the follow-up paragraph's one status told in two sentences ('alive, no
        disease', 18 months). A disease a treatment was for does not count, as in its own sentence.
        A bare 'alive' that dates itself keeps its date, but a disease stated right before it is
        still there then (a disease does not go away unstated, while a freedom from it at an earlier
        scan says nothing of the later date): 'a partial response after six cycles. She is alive 18
        months after diagnosis.' is 'alive with disease', 18 months."""
        if chosen.normalized != "alive":
            return chosen
        last = self._status_just_before(statuses, chosen)
        if last is None:
            return chosen
        own_time = (m for m in mentions if m.field == "follow_up_months" and m.sentence_start == chosen.sentence_start)
        if not any(m.usable for m in own_time):
            return last
        if last.normalized == WITH_DISEASE:
            chosen.normalized, chosen.reason = WITH_DISEASE, f"disease_before:{last.text}"
        return chosen

    def _status_just_before(self, statuses: list[Mention], chosen: Mention) -> Mention | None:
        """The last disease statement of the sentence right before `chosen` (same section), not one a
        treatment was for."""
        before = [m for m in statuses if m.normalized != "alive" and m.section == chosen.section
                  and 0 <= chosen.sentence_start - m.sentence_end <= SENTENCE_GAP
                  and (self._phrase(m.text) not in self.needs_time or not m.treated)]
        return max(before, key=lambda m: m.start) if before else None

    def _phrase(self, text: str) -> str:
        return status_phrase(text, self.needs_time)
