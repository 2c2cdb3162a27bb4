"""What the words beside an outcome status make of it (outcome.py's helper): a no-disease statement
about a symptom ('without recurrence of diarrhoea', 'her seizures did not recur') or a laboratory value
('serum GHRH was normal') says the patient is well, not that the tumour is gone, and one about the resected
specimen ('the margins were free of tumour') is a pathology finding, no status; a disease named as
what a treatment was for ('chemotherapy for two recurrences', 'the metastases were resected') is an
event of the course, not the state at its end; an 'alive' word that is a change in a tumour
('interval improvement in the lung masses') is a response of a disease still there; a status that
its sentence follows with an operation ('stable disease, and surgery was performed') is the state
before it. Each reads a few words on either side of the status, within its clause. Word lists: rules/outcome.json."""
from __future__ import annotations

import re

from .mention import Mention

WITH_DISEASE, NO_DISEASE = "alive with disease", "alive, no disease"
# 'recurrence of (her) (abdominal) pain': the one or two words it is of
OF_WHAT = re.compile(r"\s+of\s+(?:(?:the|her|his|their|any)\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.IGNORECASE)
# 'improvement in (the) (lung) masses': the one or two words a change is in or of
IN_WHAT = re.compile(r"\s+(?:in|of)\s+(?:(?:the|her|his|their|its|both|all)\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?",
                     re.IGNORECASE)
CLAUSE_CUT = re.compile(r"[,;:()]")  # where the words around a status stop
OPERATION_REACH = 8  # words from a sequel to its operation: 'therefore we went on to a right hemicolectomy'
ARTICLES = {"the", "a", "an", "of", "her", "his", "its", "their", "these", "this", "all"}


def spelt(text: str) -> str:
    """A word or phrase in one spelling, as the status patterns match both ('syndromes.flexible'):
    lower case, spaces for hyphens, 'ae'/'oe' as 'e' and 'our' as 'or' ('recurrent tumor' is the list's
    'recurrent tumour', 'hypoglycemia' its 'hypoglycaemia')."""
    text = re.sub(r"[\s\-\u2013]+", " ", text.lower())
    return text.replace("ae", "e").replace("oe", "e").replace("our", "or")


def lowered(words) -> set[str]:
    """A word list of the rules as a set of lower-case words, in one spelling (`spelt`)."""
    return {spelt(w) for w in words}


def _content_words(text: str) -> list[str]:
    """The words of a text, lower case, articles and 'of' aside ('resection of the liver' -> resection, liver)."""
    return [spelt(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in ARTICLES]


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
        self.not_sequel = lowered(cfg["later_operation_blockers"]) | lowered(
            w for w in cfg["follow_up_words"] if " " not in w)  # 'and 2 years after resection' dates it

    def qualify(self, text: str, m: re.Match, mention: Mention) -> None:
        """Each qualifier in turn, on a living status found at `m`."""
        self._symptom_only(text, m, mention)
        self._course_or_response(text, m, mention)
        self._no_disease_about(text, m, mention)
        self._superseded(text, m, mention)

    def _symptom_only(self, text: str, m: re.Match, mention: Mention) -> None:
        """A no-disease statement about a symptom, named after it ('without recurrence of diarrhoea')
        or as the word before it ('her seizures did not recur'), says the patient is well, not that
        the tumour is gone ('no pain and no recurrence' still says it is)."""
        if mention.normalized != NO_DISEASE or mention.status != "affirmed":
            return
        after = OF_WHAT.match(text, m.end())
        ahead = text[max(mention.sentence_start, m.start() - 30):m.start()]
        before = [spelt(w) for w in re.findall(r"[a-z]+", ahead.lower())[-1:]]
        of = {spelt(w) for w in after.groups() if w} if after else set()
        if (of | set(before)) & self.symptom_words:
            mention.normalized, mention.reason = "alive", f"symptom_absent:{mention.reason}"

    def _no_disease_about(self, text: str, m: re.Match, mention: Mention) -> None:
        """A no-disease word about a laboratory value ('serum GHRH was normal', 'her plasma gastrin level
        was normal') says the patient is well, as 'serum gastrin normalized' does, not that the tumour is
        gone; one about the resected specimen ('the resection margins were free of tumour', 'all twelve
        lymph nodes were free of tumour') is a pathology finding at the operation, no status. What it is
        about: the three words before it in its clause, articles aside."""
        if mention.normalized != NO_DISEASE or mention.status != "affirmed":
            return
        clause = CLAUSE_CUT.split(text[max(mention.sentence_start, m.start() - 40):m.start()])[-1]
        before = set(_content_words(clause)[-3:])
        if before & self.lab_words:
            mention.normalized, mention.reason = "alive", f"lab_value:{mention.reason}"
        elif before & self.specimen_words:
            mention.status, mention.reason = "negated", f"specimen_finding:{mention.text}"

    def _superseded(self, text: str, m: re.Match, mention: Mention) -> None:
        """A living status that its sentence goes on to follow with an operation ('re-staging showed
        stable disease, and surgery was performed'; 'stable disease; she then underwent a distal
        pancreatectomy'; 'a partial response, therefore we completed treatment with a gastrectomy')
        is the state before that operation, not at the last follow-up: the operation replaced it. The
        operation is a word ending as one does ('-ectomy', 'resection'), at most OPERATION_REACH words
        after a sequel word ('then', 'and'), with no time word ('and 2 years after resection': the
        status dates from after it) nor a refusal ('and declined surgery') between them."""
        if mention.status != "affirmed":
            return
        words = re.findall(r"[a-z]+", text[m.end():mention.sentence_end].lower())
        starts = [k for k, w in enumerate(words) if w in self.sequels]
        for k in starts:
            for w in words[k + 1:k + 1 + OPERATION_REACH]:
                if w in self.not_sequel:
                    break
                if w.endswith(self.operations):
                    mention.status, mention.reason = "negated", f"superseded_by_operation:{w}"
                    return

    def _course_or_response(self, text: str, m: re.Match, mention: Mention) -> None:
        """A disease named as what a treatment was for ('chemotherapy for two recurrences', 'the
        metastases were resected') is an event of the course: it does not outweigh a bare 'alive'
        after it. A bare 'alive' word that is a change in the tumour ('interval improvement in the
        lung masses') is a response of a disease still there."""
        lo, hi = max(mention.sentence_start, m.start() - 50), min(mention.sentence_end, m.end() + 30)
        if mention.normalized == WITH_DISEASE:  # the three words each side within its clause, articles aside
            before, after = CLAUSE_CUT.split(text[lo:m.start()])[-1], CLAUSE_CUT.split(text[m.end():hi])[0]
            near = _content_words(before)[-3:] + _content_words(after)[:3]
            mention.treated = bool(set(near) & self.treated_words)
        elif mention.normalized == "alive" and mention.status == "affirmed":
            of = IN_WHAT.match(text, m.end())
            if of and {spelt(w) for w in of.groups() if w} & self.tumour_words:
                mention.normalized, mention.reason = WITH_DISEASE, f"tumour_response:{mention.reason}"
