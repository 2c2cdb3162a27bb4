"""r12-out: a disease shown at a follow-up by its growth or by a new lesion ('at the 2-year follow-up the mass had
enlarged', 'new liver lesions appeared a year later', 'a new 8-mm nodule was seen 15 months after surgery'). The
patient lives with a disease still there: 'alive with disease', as a recurrence says. Both are statuses only in a
follow-up clause, as a 'needs_time' phrase is (a mass that grew before the operation is the history), and a growth
word only about a tumour (outcome_words.py reads it beside a 'response_subjects' word, as a response word).

A new lesion is not one word but a shape: 'new', a few words that join nothing ('liver', '8-mm', not 'and' or
'of'), and a lesion noun; so it is a pattern of its own, merged with the status phrases in the order of the text
(outcome.py). 'no new lesions' is denied by ConText and says nothing: the known ones remain.

A new lesion or a growth that the sentences right after its own go on to operate on ('a new lesion in the thymus.
He therefore underwent a thymectomy') starts the story the report tells after it: it is the state before that
operation, as a status its own sentence follows with an operation is (outcome_words.py), not the last follow-up;
so is one the next sentences date before the presentation ('the lesions grew over three weeks. Four weeks before
presentation, ...': the story is still the history).
Word lists: rules/outcome.json ('new_findings', 'growth_words', 'later_operation_endings')."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import Mention
from .outcome_words import alternatives, dated_before_pattern, lowered, spelt

NEW = "new_finding"  # the group of a new lesion's match
NEVER = "(?!)"
WORDS = re.compile(r"[a-z]+")


class NewDisease:
    def __init__(self, cfg: dict):
        new = cfg.get("new_findings")
        self.pattern = self._pattern(new) if new else re.compile(NEVER)
        self.reach = new["treated_after_chars"] if new else 0
        self.growth_words = lowered(cfg.get("growth_words", []))
        self.operations = tuple(lowered(cfg["later_operation_endings"]))
        self.blockers = lowered(cfg["later_operation_blockers"])
        self.before_words = dated_before_pattern(cfg)  # 'four weeks before presentation'

    @staticmethod
    def _pattern(cfg: dict) -> re.Pattern:
        """A 'new' word, at most 'words_between' words that join nothing ('liver', '8-mm', not 'and', 'of', 'was'),
        and a lesion noun or its plural: 'new liver lesions', 'a new 8-mm nodule', 'new foci of uptake'."""
        new, nouns, joins = (alternatives(cfg[k]) for k in ("words", "nouns", "not_between"))
        between = rf"(?:(?!(?:{joins})\b)[\w\-]+\s+){{0,{cfg['words_between']}}}?"
        return compile_rule(rf"(?<!\w)(?P<{NEW}>(?:{new})\s+{between}(?:{nouns})s?)(?!\w)", re.IGNORECASE)

    def shows_disease(self, m: re.Match) -> bool:
        """Is the status at `m` a new lesion or a growth?"""
        return m.lastgroup == NEW or spelt(m.group(0)) in self.growth_words

    def treated_after(self, text: str, m: re.Match, mention: Mention) -> None:
        """A new lesion or a growth that the next sentences (`reach` characters after its own) go on to operate on
        (a word ending as an operation does, no blocker right before it) or date before the presentation ('Four
        weeks before presentation, ...': a 'not_follow_up_words' phrase) is the state before: no status."""
        if mention.status != "affirmed" or not self.shows_disease(m):
            return
        after = text[mention.sentence_end:mention.sentence_end + self.reach]
        told_before = self.before_words.search(after)
        if told_before:
            mention.overrule("negated", f"told_before:{told_before.group(0)}")
            return
        words = WORDS.findall(after.lower())
        for k, w in enumerate(words):
            if w.endswith(self.operations) and not set(words[max(0, k - 2):k]) & self.blockers:
                mention.overrule("negated", f"treated_after:{w}")
                return
