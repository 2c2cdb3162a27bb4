"""A treatment the patient is still on at the last follow-up (outcome.py's helper): 'she is currently
receiving lanreotide', 'he remains on everolimus', 'she continues to receive octreotide LAR', 'he is
still being treated with PRRT'.

Case reports of a metastatic or unresectable tumour often end not with a status word but with the
treatment that goes on: the disease is still there, so the patient is 'alive with disease', as 'stable
disease on octreotide' says outright. The phrase is an opener or more ('is', 'currently', 'remains':
'is currently', 'has been') and a verb ('receiving', 'on', 'being treated with'), with a tumour-directed
treatment named a few words after it (rules/treatments.json; an operation is done once, no ongoing
treatment) and no 'stops' word before it ('she is on regular checks after surgery'); or a phrase that
follows the treatment it continues ('octreotide LAR was continued', 'treatment with lanreotide is
ongoing': 'after_treatment', the treatment within reach before it). The mention is a
status like the others (context, the title, a clause dated before the follow-up), but a weak one: it
yields to a no-disease statement of its own sentence or of the one before ('No recurrence was seen.
She remains on lanreotide.' is free of disease; outcome_choice.py). Word lists: rules/outcome.json
'ongoing_treatment'."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import Mention, ReportView
from .name_patterns import flexible
from .outcome_words import WITH_DISEASE, alternatives

STATUS_RULE = "status"
WORD = re.compile(r"[\w\-/]+")


class OngoingTreatment:
    def __init__(self, rules):
        cfg = rules["outcome"].get("ongoing_treatment")
        self.phrase = None
        if not cfg or not cfg["openers"] or not cfg["verbs"]:
            return  # none: no ongoing treatment is read
        openers, verbs = alternatives(cfg["openers"]), alternatives(cfg["verbs"])
        self.phrase = compile_rule(rf"(?<!\w)(?:(?:{openers})\s+)+(?:{verbs})(?!\w)", re.IGNORECASE)
        excluded = {w.lower() for w in cfg["excluded"]}
        names = [n for n, canonical in rules.treatment_synonyms.items() if canonical.lower() not in excluded]
        lexicon = rules["treatments"]
        names += [n for n in (*lexicon["regimens"], *lexicon["classes"]) if not n.startswith("_")]
        pattern = "|".join(flexible(n) for n in sorted(set(names), key=len, reverse=True))
        self.treatment = re.compile(rf"(?<![\w\-])(?:{pattern})(?![\w\-])", re.IGNORECASE)
        self.reach = cfg["reach_words"]
        self.stops = {w.lower() for w in cfg["stops"]}  # 'she is on regular checks after surgery'
        # 'octreotide LAR was continued', 'treatment with lanreotide is ongoing': the treatment before the phrase
        after = cfg.get("after_treatment", [])
        self.after = compile_rule(rf"(?<!\w)(?:{alternatives(after)})(?!\w)", re.IGNORECASE) if after else None
        # r12-out: 'she continues on it', 'he remains on the analogue': a word that refers back to a treatment named
        # within 'referent_reach_chars' characters before the phrase
        self.referents = {w.lower() for w in cfg.get("referents", [])}
        self.referent_reach = cfg.get("referent_reach_chars", 0)
        self.named = re.compile(rf"(?<![\w\-])(?:{pattern})(?![\w\-])", re.IGNORECASE)
        self.waiting = Waiting(cfg, rules, openers)

    def find(self, report: ReportView) -> list[Mention]:
        """The ongoing-treatment phrases with a treatment named within reach after them, in their
        sentence: 'alive with disease' mentions marked `ongoing`."""
        if self.phrase is None:
            return []
        out = self.waiting.find(report)
        for m in report.within(self.phrase.finditer(report.text), "outcome"):
            mention = report.mention("outcome", m.start(), m.end(), m.group(0), WITH_DISEASE, STATUS_RULE, "OUTCOME")
            if self._treatment_after(report.text, m.end(), mention.sentence_end):
                mention.ongoing = True
                out.append(mention)
        for m in report.within(self.after.finditer(report.text), "outcome") if self.after else ():
            mention = report.mention("outcome", m.start(), m.end(), m.group(0), WITH_DISEASE, STATUS_RULE, "OUTCOME")
            if self._treatment_before(report.text, m.start(), mention.sentence_start):
                mention.ongoing = True
                out.append(mention)
        return out

    def _is_treatment(self, text: str, w: re.Match) -> bool:
        """A treatment's name at word `w`, or a word that refers back to one ('it', 'the analogue', 'treatment'),
        a treatment being named in the `referent_reach` characters before it (r12-out)."""
        if self.treatment.match(text, w.start()):
            return True
        return (w.group(0).lower() in self.referents
                and bool(self.named.search(text, max(0, w.start() - self.referent_reach), w.start())))

    def _treatment_before(self, text: str, at: int, start: int) -> bool:
        """A treatment name among the `reach` words before `at` in its clause (the sentence from `start`,
        cut at a semicolon), after any 'stops' word ('octreotide LAR was continued'; not 'no chemotherapy was
        given; follow-up is ongoing')."""
        start = max(start, text.rfind(";", start, at) + 1)
        for w in reversed(list(WORD.finditer(text, start, at))[-self.reach:]):
            if w.group(0).lower() in self.stops:
                return False
            if self._is_treatment(text, w):
                return True
        return False

    def _treatment_after(self, text: str, at: int, end: int) -> bool:
        """A treatment name starting within `reach` words after `at`, in the sentence (ending at `end`),
        before any 'stops' word ('she is on regular checks after surgery', 'is taking no chemotherapy')."""
        for k, w in enumerate(WORD.finditer(text, at, end)):
            if k >= self.reach or w.group(0).lower() in self.stops:
                return False
            if self._is_treatment(text, w):
                return True
        return False


class Waiting:
    """r12-out: a patient waiting for a treatment of the tumour ('she is awaiting liver transplantation', 'is on
    the waiting list for a transplant', 'is scheduled for PRRT', 'was referred for further treatment') lives with
    the disease that treatment is for: 'alive with disease', a weak status like an ongoing treatment. Any treatment
    counts here, an operation too, or an 'awaited' word ('further treatment', 'management'), named within
    'reach_words' words after a 'waits' phrase, before any 'stops' word. Told in the present ('is', 'currently':
    the ongoing openers) it is her state now; told in the past ('was referred for PRRT') only in a follow-up
    clause (`needs_time`, read by outcome.py), as a referral at presentation is the history."""

    def __init__(self, cfg: dict, rules, openers: str):
        waits = cfg.get("waits", [])
        self.phrase = compile_rule(rf"(?<!\w)(?P<now>(?:(?:{openers})\s+)+)?(?:{alternatives(waits)})(?!\w)",
                                   re.IGNORECASE) if waits else None
        names = [*rules.treatment_synonyms, *cfg.get("awaited", [])]
        pattern = "|".join(flexible(n) for n in sorted(set(names), key=len, reverse=True))
        self.treatment = re.compile(rf"(?<![\w\-])(?:{pattern})(?![\w\-])", re.IGNORECASE)
        self.reach = cfg["reach_words"]
        self.stops = {w.lower() for w in cfg["stops"]}

    def find(self, report: ReportView) -> list[Mention]:
        """The waiting phrases with a treatment named within reach after them, in their sentence."""
        out: list[Mention] = []
        for m in report.within(self.phrase.finditer(report.text), "outcome") if self.phrase else ():
            mention = report.mention("outcome", m.start(), m.end(), m.group(0), WITH_DISEASE, STATUS_RULE, "OUTCOME")
            if self.treatment.search(m.group(0)) or self._awaited(report.text, m.end(), mention.sentence_end):
                mention.ongoing, mention.needs_time = True, not m.group("now")
                out.append(mention)
        return out

    def _awaited(self, text: str, at: int, end: int) -> bool:
        """A treatment or an 'awaited' word within `reach` words after `at`, before any 'stops' word."""
        for k, w in enumerate(WORD.finditer(text, at, end)):
            if k >= self.reach or w.group(0).lower() in self.stops:
                return False
            if self.treatment.match(text, w.start()):
                return True
        return False
