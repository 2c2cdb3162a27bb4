"""What the words beside an outcome status make of it (outcome.py's helper): a no-disease statement
about a symptom ('without recurrence of diarrhoea', 'her seizures did not recur') or a laboratory value
('serum GHRH was normal') says the patient is well, not that the tumour is gone, and one about the resected
specimen ('the margins were free of tumour') is a pathology finding, no status; a disease named as
what a treatment was for ('chemotherapy for two recurrences', 'the metastases were resected') is an
event of the course, not the state at its end; an 'alive' word that is a change in a tumour
('interval improvement in the lung masses') is a response of a disease still there; a status that
its sentence follows with an operation ('stable disease, and surgery was performed') is the state
before it. A 'without' no-disease phrase right after a disease found ('bone metastases without local
recurrence') tells where the disease is not; a growth denied together with a disease ('no recurrence or
progression') denies the disease; a cause named before the death word ('a tumour-related death') is its
cause, and so is one told with a causal word ('Owing to tumour progression, he died'); a death told before
a hypothetical cue of another clause ('died before a biopsy could be obtained') is a fact. Each reads a
few words on either side of the status, within its clause. Word lists and how far each reads
('status_reach'), the marks where a status's clause stops and the coordinators one negation reaches
across ('status_clause'), and the determiners passed over ('determiners'): rules/outcome.json."""
from __future__ import annotations

import re

from .mention import Mention
from .name_patterns import words_pattern

WITH_DISEASE, NO_DISEASE, ALIVE = "alive with disease", "alive, no disease", "alive"


def spelt(text: str) -> str:
    """A word or phrase in one spelling, as the status patterns match both ('syndromes.flexible'):
    lower case, spaces for hyphens, 'ae'/'oe' as 'e' and 'our' as 'or' ('recurrent tumor' is the list's
    'recurrent tumour', 'hypoglycemia' its 'hypoglycaemia')."""
    text = re.sub(r"[\s\-\u2013]+", " ", text.lower())
    return text.replace("ae", "e").replace("oe", "e").replace("our", "or")


def words_before(text: str, at: int, count: int, reach: int, floor: int = 0) -> list[str]:
    """The last `count` words, lower case, in the `reach` characters before `at` (not before `floor`,
    the start of the sentence where that matters): 'has' of 'she has survived', 'no new' of 'no new
    lesions'. The reach bounds the read, so each look stays short whatever the text."""
    return re.findall(r"[a-z]+", text[max(floor, at - reach):at].lower())[-count:]


def alternatives(phrases) -> str:
    """Phrases as one regex alternation, any whitespace between their words; an empty list never matches."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) or r"(?!)"


def time_word(pattern: re.Pattern, sequence: re.Pattern, text: str, start: int, end: int) -> bool:
    """A word of `pattern` (a follow-up word) in text[start:end] that opens none of the `sequence`
    phrases: 'followed by two relapses' tells an order of events, not a follow-up (r7c)."""
    return any(not sequence.match(text, m.start()) for m in pattern.finditer(text, start, end))


def dated_before_pattern(cfg: dict) -> re.Pattern:
    """The words that date a clause before the follow-up ('9 years earlier', 'prior') or before the case (r27:
    'one month before presentation'): one pattern for the clause reader and the new-disease reader."""
    return words_pattern(cfg["not_follow_up_words"] + cfg["before_the_case_phrases"])


def lowered(words) -> set[str]:
    """A word list of the rules as a set of lower-case words, in one spelling (`spelt`)."""
    return {spelt(w) for w in words}


class StatusWords:
    """The word lists that qualify a living status by the words beside it."""

    def __init__(self, cfg: dict):
        self.symptom_words = lowered(cfg["symptom_words"])
        self.lab_words = lowered(cfg["lab_words"])
        self.treated_words = lowered(cfg["treated_disease_words"])
        self.tumour_words = lowered(cfg["tumour_words"])
        self.specimen_words = lowered(cfg["specimen_words"])
        self.sequels = lowered(cfg["later_operation_sequels"])
        self.operations = tuple(lowered(cfg["later_operation_endings"]))
        self.returns = words_pattern(cfg["return_words"]) if cfg.get("return_words") else None
        self.blockers = lowered(cfg["later_operation_blockers"])  # 'has not been readmitted': no return
        self.not_sequel = lowered(cfg["later_operation_blockers"]) | lowered(
            w for w in cfg["follow_up_words"] if " " not in w)  # 'and 2 years after resection' dates it
        self.disease_causes = words_pattern(cfg["disease_causes"])
        self.other_causes = words_pattern(cfg["other_causes"])
        related = "|".join(re.escape(w) for w in cfg["related_cause_words"]) or r"(?!)"  # none: never
        self.related = re.compile(rf"[^\W\d_]+[\s\-]+(?:{related})\s+$", re.IGNORECASE)  # 'tumour-related '
        self.reach = cfg["status_reach"]
        self.response_words = lowered(cfg.get("response_words", []))  # r11-out: 'the lesions regressed'
        self.response_subjects = lowered(cfg.get("response_subjects", []))
        self.response_words |= lowered(cfg.get("growth_words", []))  # r12-out: 'the mass had enlarged', a tumour's too
        openers, verbs = alternatives(cfg.get("cause_openers", [])), alternatives(cfg.get("cause_verbs", []))
        # 'Because of <cause>, she died' ('cause_comma_words' words at most from the comma to the death word, no 'and'),
        # and '<cause> led to her death': the cause told before the death word, up to it (r7c)
        self.cause_opened = re.compile(rf"\b(?:{openers})\s+(?P<cause>[^,;.]+)\s*,?\s*"
                                       rf"(?:(?!and\b|then\b)[^\W\d_]+[\s']+){{0,{self.reach['cause_comma_words']}}}$",
                                       re.IGNORECASE)
        # the determiners passed over beside a status (rules/outcome.json 'determiners'): 'led to (her) death',
        # 'recurrence of (her) (abdominal) pain' (the one or two words it is of), 'improvement in (the) (lung)
        # masses' (the one or two words a change is in or of)
        determiners = cfg["determiners"]
        before_death, of_symptom, in_tumour = (alternatives(determiners[k]) for k in (
            "death_after_cause_verb", "symptom_after_of", "tumour_after_in"))
        self.cause_led = re.compile(rf"(?P<cause>[^,;.]+?)\s+(?:{verbs})\s+(?:(?:{before_death})\s+)?$", re.IGNORECASE)
        two_words = r"([^\W\d_]+)(?:\s+([^\W\d_]+))?"
        self.of_what = re.compile(rf"\s+of\s+(?:(?:{of_symptom})\s+)?{two_words}", re.IGNORECASE)
        self.in_what = re.compile(rf"\s+(?:in|of)\s+(?:(?:{in_tumour})\s+)?{two_words}", re.IGNORECASE)
        # from a disease found to a 'without' no-disease phrase: 'metastases without (local) recurrence'
        qualifiers = "|".join(re.escape(w) for w in cfg["disease_qualifier_words"]) or r"(?!)"  # none: never
        gap = self.reach["disease_qualifier_chars"]
        self.qualifier_gap = re.compile(rf"\s*,?\s*(?:{qualifiers})\b[^,.;]{{0,{gap}}}", re.IGNORECASE)
        # r10a: the words left out when the words around a status are compared with a list ('beside_status':
        # 'resection of the liver' reads resection, liver), the marks where those words stop, and the
        # coordinators between two words one negation denies ('no recurrence or (disease) progression')
        self.beside_status = {w.lower() for w in determiners["beside_status"]}
        clause = cfg["status_clause"]
        self.clause_cut = re.compile("|".join(map(re.escape, clause["marks"])) or r"(?!)")  # none: no cut
        # r15: 'she is alive with liver metastases': a disease word after a living status and 'with' is its qualifier
        living_with = alternatives(cfg["living_with_words"])
        self.living_with = re.compile(rf"\s*,?\s+(?:{living_with})\s+[^,.;]{{0,{self.reach['living_with_chars']}}}",
                                      re.IGNORECASE)
        self.coordinated = re.compile(rf"\s*,?\s*(?:{alternatives(clause['coordinators'])})\s+(?:[^\W\d_]+\s+)?",
                                      re.IGNORECASE)

    def _content_words(self, text: str) -> list[str]:
        """The words of a text, lower case, determiners and 'of' aside ('beside_status': 'resection of
        the liver' -> resection, liver)."""
        return [spelt(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in self.beside_status]

    def related_cause(self, text: str, at: int) -> str | None:
        """A cause named right before the death word as what it was related to: 'a tumour-related
        death', 'a treatment-related death' (a cause after the death word is _death's)."""
        m = self.related.search(text, max(0, at - self.reach["related_cause_chars"]), at)
        if m is None:
            return None
        if self.disease_causes.search(m.group(0)):
            return "died of disease"
        return "died of other cause" if self.other_causes.search(m.group(0)) else None

    def around_death(self, text: str, m: re.Match, mention: Mention) -> str | None:
        """What the words around a death word make of it: a hypothetical cue after it is another
        clause's (`_stated_death`), and its cause may be told before it (`cause_before`)."""
        self._stated_death(text, m, mention)
        return self.cause_before(text, m.start(), mention.sentence_start)

    @staticmethod
    def _stated_death(text: str, m: re.Match, mention: Mention) -> None:
        """A death told as a verb before the hypothetical cue that reaches it ('the patient died before
        a biopsy could be obtained') is a fact: the cue's passive has another subject (r7c). A cue before
        the death word ('she may have died of the tumour') still makes it hypothetical."""
        cue = mention.reason.partition(":")[2].lower()
        if mention.status != "hypothetical" or not cue:
            return
        after, before = text[m.end():mention.sentence_end].lower(), text[mention.sentence_start:m.start()].lower()
        if cue in after and cue not in before:
            mention.overrule("affirmed", f"cue_after_death:{cue}")

    def cause_before(self, text: str, at: int, floor: int) -> str | None:
        """A cause told before the death word with a causal word, in its sentence (from `floor`): after
        an opener ('Owing to tumour progression, he died') or before a verb that leads to the death
        ('Pneumonia caused his death'). Read only when the clause names no cause after the death word."""
        lo = max(floor, at - self.reach["cause_before_chars"])
        m = self.cause_opened.search(text, lo, at) or self.cause_led.search(text, lo, at)
        if m is None:
            return None
        if self.disease_causes.search(m.group("cause")):
            return "died of disease"
        return "died of other cause" if self.other_causes.search(m.group("cause")) else None

    def qualify(self, text: str, m: re.Match, mention: Mention) -> None:
        """Each qualifier in turn, on a living status found at `m`."""
        self._symptom_only(text, m, mention)
        self._course_or_response(text, m, mention)
        self._response_of_tumour(text, m, mention)
        self._no_disease_about(text, m, mention)
        self._superseded(text, m, mention)

    def _symptom_only(self, text: str, m: re.Match, mention: Mention) -> None:
        """A no-disease statement about a symptom, named after it ('without recurrence of diarrhoea')
        or as the word before it ('her seizures did not recur'), says the patient is well, not that
        the tumour is gone ('no pain and no recurrence' still says it is)."""
        if mention.normalized != NO_DISEASE or mention.status != "affirmed":
            return
        after = self.of_what.match(text, m.end())
        ahead = words_before(text, m.start(), 1, self.reach["symptom_before_chars"], mention.sentence_start)
        before = [spelt(w) for w in ahead]
        of = {spelt(w) for w in after.groups() if w} if after else set()
        if (of | set(before)) & self.symptom_words:
            mention.normalized, mention.reason = "alive", f"symptom_absent:{mention.reason}"

    def _response_of_tumour(self, text: str, m: re.Match, mention: Mention) -> None:
        """r11-out: a response word ('regressed', 'regression', 'shrinkage', 'smaller') says a tumour is
        still there only when it is about one: a 'response_subjects' word among the four words on either
        side in its clause, articles aside ('the liver lesions regressed', 'regression of the metastases';
        not 'regression of the pulmonary infiltrates'). About a symptom ('her flushing has been well
        controlled') it says she is well, as a symptom that did not come back does."""
        if mention.status != "affirmed" or spelt(m.group(0)) not in self.response_words:
            return
        lo = max(mention.sentence_start, m.start() - self.reach["course_before_chars"])
        hi = min(mention.sentence_end, m.end() + self.reach["course_before_chars"])
        before, after = self.clause_cut.split(text[lo:m.start()])[-1], self.clause_cut.split(text[m.end():hi])[0]
        near = self._content_words(before)[-4:] + self._content_words(after)[:4]
        if set(near) & self.symptom_words:  # 'her flushing has been well controlled': she is well
            mention.normalized, mention.reason = "alive", f"symptom_controlled:{mention.reason}"
        elif not set(near) & self.response_subjects:
            mention.overrule("negated", f"response_not_of_tumour:{mention.text}")

    def _no_disease_about(self, text: str, m: re.Match, mention: Mention) -> None:
        """A no-disease word about a laboratory value ('serum GHRH was normal', 'her plasma gastrin level
        was normal') says the patient is well, as 'serum gastrin normalized' does, not that the tumour is
        gone; one about the resected specimen ('the resection margins were free of tumour', 'all twelve
        lymph nodes were free of tumour') is a pathology finding at the operation, no status. What it is
        about: the three words before it in its clause, articles aside."""
        if mention.normalized != NO_DISEASE or mention.status != "affirmed":
            return
        lo = max(mention.sentence_start, m.start() - self.reach["about_before_chars"])
        clause = self.clause_cut.split(text[lo:m.start()])[-1]
        before = set(self._content_words(clause)[-3:])
        if before & self.lab_words:
            mention.normalized, mention.reason = "alive", f"lab_value:{mention.reason}"
        elif before & self.specimen_words:
            mention.overrule("negated", f"specimen_finding:{mention.text}")

    def _superseded(self, text: str, m: re.Match, mention: Mention) -> None:
        """A living status that its sentence goes on to follow with an operation ('re-staging showed
        stable disease, and surgery was performed'; 'stable disease; she then underwent a distal
        pancreatectomy'; 'a partial response, therefore we completed treatment with a gastrectomy')
        is the state before that operation, not at the last follow-up: the operation replaced it. The
        operation is a word ending as one does ('-ectomy', 'resection'), at most 'later_operation_words'
        words after a sequel word ('then', 'and'), with no time word ('and 2 years after resection': the
        status dates from after it) nor a refusal ('and declined surgery') between them. r9b: so is one
        its sentence goes on to end with the patient's return ('remained asymptomatic and re-presented 6
        years later with hypoglycaemia', 'was well until she was readmitted with diarrhoea'): the
        state before the return, which brought her back with the disease."""
        if mention.status != "affirmed":
            return
        back = self.returns.search(text, m.end(), mention.sentence_end) if self.returns else None
        if back and not set(words_before(text, back.start(), 2, self.reach["return_before_chars"])) & self.blockers:
            # r9b: 'remained asymptomatic and re-presented 6 years later': the state the return ended
            mention.overrule("negated", f"ended_by_return:{back.group(0)}")
            return
        words = re.findall(r"[a-z]+", text[m.end():mention.sentence_end].lower())
        starts = [k for k, w in enumerate(words) if w in self.sequels]
        for k in starts:
            for w in words[k + 1:k + 1 + self.reach["later_operation_words"]]:
                if w in self.not_sequel:
                    break
                if w.endswith(self.operations):
                    mention.overrule("negated", f"superseded_by_operation:{w}")
                    return

    def _course_or_response(self, text: str, m: re.Match, mention: Mention) -> None:
        """A disease named as what a treatment was for ('chemotherapy for two recurrences', 'the
        metastases were resected') is an event of the course: it does not outweigh a bare 'alive'
        after it. A bare 'alive' word that is a change in the tumour ('interval improvement in the
        lung masses') is a response of a disease still there."""
        reach = self.reach
        lo = max(mention.sentence_start, m.start() - reach["course_before_chars"])
        hi = min(mention.sentence_end, m.end() + reach["course_after_chars"])
        if mention.normalized == WITH_DISEASE:  # the three words each side within its clause, articles aside
            before, after = self.clause_cut.split(text[lo:m.start()])[-1], self.clause_cut.split(text[m.end():hi])[0]
            near = self._content_words(before)[-3:] + self._content_words(after)[:3]
            mention.treated = bool(set(near) & self.treated_words)
        elif mention.normalized == "alive" and mention.status == "affirmed":
            of = self.in_what.match(text, m.end())
            if of and {spelt(w) for w in of.groups() if w} & self.tumour_words:
                mention.normalized, mention.reason = WITH_DISEASE, f"tumour_response:{mention.reason}"

    def qualifies_disease(self, text: str, before: Mention | None, mention: Mention) -> None:
        """A 'without' no-disease phrase right after a disease found ('developed bone metastases
        without local recurrence') tells where the disease is not, beside where it is: the patient
        lives with it, so the phrase is no status of its own."""
        if (before is not None and mention.normalized == NO_DISEASE and mention.status == "affirmed"
                and before.normalized == WITH_DISEASE and before.status == "affirmed" and not before.treated
                and self.qualifier_gap.fullmatch(text, before.end, mention.end)):
            mention.overrule("negated", f"qualifies_disease:{before.text}")

    def lives_with(self, text: str, before: Mention | None, mention: Mention) -> None:
        """r15: a disease word right after a living status and 'with' ('she is alive with liver metastases',
        'alive with residual tumour') says what she lives with, at the time the status states: it needs no
        follow-up time of its own."""
        if (before is not None and before.normalized == "alive" and before.status == "affirmed"
                and mention.normalized == WITH_DISEASE and mention.reason == "not_at_follow_up"
                and self.living_with.fullmatch(text, before.end, mention.start)):
            mention.overrule("affirmed", f"lives_with:{before.text}")

    def denied_together(self, text: str, before: Mention | None, mention: Mention) -> None:
        """A growth denied together with a disease word before it ('no recurrence or progression',
        'without metastases or disease progression': a 'status_clause' coordinator between them) denies
        the disease, not only its growth: 'free of progression' alone says it stands still."""
        if (before is not None and mention.reason.startswith("no_change:") and before.normalized != "alive"
                and (before.status == "negated" or before.reason.startswith("disease_absent:") or
                     before.normalized == NO_DISEASE) and self.coordinated.fullmatch(text, before.end, mention.start)):
            mention.normalized, mention.reason = NO_DISEASE, f"denied_with:{before.text}"
