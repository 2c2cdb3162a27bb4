"""Hormonal syndromes (functional_syndrome) and inherited syndromes (hereditary_syndrome) of the index patient.

Both are names the report states: 'insulinoma', 'Zollinger-Ellison syndrome', 'ectopic ACTH
syndrome', 'MEN1', 'von Hippel-Lindau disease'. The names, their spellings and the hormones that
name a tumour ('ACTH-secreting') live in rules/syndromes.json; this module turns them into
patterns and keeps the mentions the shared context machinery leaves affirmed for the index patient.
So 'no family history of MEN1', 'MEN1 was excluded', 'to rule out a gastrinoma' and an introduction
on how often MEN1 comes with gastrinomas never fill a row: that is the ConText cues' and the
sections' work (base.ReportView.mention), not this module's.

Two judgements of its own: a hormone stain ('gastrin-producing cells on immunostaining') is not a
syndrome, and 'non-functioning' is kept only when the report names no syndrome. The review note
`functioning_without_hormone_evidence` marks a syndrome stated with no hormone level, test or
hormone-related symptom anywhere in the usable text ('hormone_evidence' in the rules file): a
label worth a second look, as a syndrome is a clinical diagnosis that needs such evidence.

A short form the report defines right after a name ('ectopic Cushing syndrome (ECS)') names the
syndrome wherever it stands; a hormone's own short form ('(GHRH)') does not, since a level of it is no
syndrome. The definitions and their uses are those scispaCy's abbreviation detector found (the
pipeline's `bounded_abbreviation_detector`, Schwartz & Hearst): a short form whose long form is the
name, or the name and its 'syndrome' or 'disease' word."""
from __future__ import annotations

import itertools
import re

from .base import FieldExtractor, Mention, ReportView, keep
from .name_patterns import SEPARATOR, first_words_pattern, flexible, matches_at, name_pattern, words_pattern
from .syndrome_cause import TumourCause
from .title import ReportTitle

NON_FUNCTIONING = "non-functioning"
EVIDENCE_RULE = "hormone_evidence"


class _SyndromeBase(FieldExtractor):
    """What both syndrome fields share: find the lexicon's names, keep the affirmed ones in order."""
    column = ""
    label = ""
    lexicon_key = ""

    def __init__(self, rules):
        self.cfg = rules["syndromes"]
        self.names, self.canonical_of = name_pattern(self.cfg[self.lexicon_key], not_before=self.cfg["not_before"])
        self.name_starts = first_words_pattern(n for c, syns in self.cfg[self.lexicon_key].items() for n in [c, *syns])
        self.marker_names = words_pattern(self.cfg["marker_names"])
        # a hormone's own short form ('ectopic growth hormone-releasing hormone (GHRH)') names no syndrome
        self.hormones = {re.sub(SEPARATOR, "", h).lower(): c for h, c in self.cfg["secreting_hormones"].items()}
        self.title = ReportTitle(rules)  # the report's title, as the primary-site extractor finds it
        # what may stand between a name and the end of the long form its short form stands for
        # ('Zollinger-Ellison syndrome (ZES)' after the name 'Zollinger-Ellison'), as written
        tails = "|".join(re.escape(w) for w in self.cfg["long_form_tail_words"]) or "(?!)"  # none: no tail
        self.long_form_tail = re.compile(rf"(?:[\s\-\u2013]+(?i:{tails}))?")

    def named(self, report: ReportView) -> list[Mention]:
        out: list[Mention] = []
        shorts = {s.text for s in report.doc._.abbreviations or ()}  # every short form the detector found
        defined: dict[str, tuple[str, int]] = {}  # short form -> (canonical name, where it is defined)
        stains = [(s.start(), s.end()) for s in self.marker_names.finditer(report.text)]
        for m in report.within(matches_at(self.names, self.name_starts, report.text), self.column):
            if any(a <= m.start() < b for a, b in stains):
                continue  # 'insulinoma-associated protein 1' is a stain
            canonical = self.canonical_of[m.lastgroup]
            mention = report.mention(self.column, m.start(), m.end(), m.group(0), canonical,
                                     f"{self.lexicon_key}:{canonical}", self.label)
            out.append(self.titled(report, mention, plural=len(m.group(0)) > len(m.group(m.lastgroup))))
            at = self._defined_after(report, m.end(), shorts) if shorts else None
            if at is not None and self._new_short_form(report.doc[at].text, defined):
                defined[report.doc[at].text] = (canonical, at)
        return out + self._short_forms(report, defined)

    def _defined_after(self, report: ReportView, end: int, shorts: set[str]) -> int | None:
        """The token of a short form bracketed right after a name (and its 'syndrome' word):
        'Zollinger-Ellison syndrome (ZES)'. Any of the detector's short forms counts, whichever of
        the report's definitions it took: a report may define it twice, once misspelt."""
        text, doc = report.text, report.doc
        tail = self.long_form_tail.match(text, end)
        at = tail.end() if tail else end
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text) or text[at] != "(":
            return None
        k = report.tokens_of(at, at + 1)[0]
        if k + 2 < len(doc) and doc[k + 1].text in shorts and doc[k + 2].text == ")":
            return k + 1
        return None

    def _new_short_form(self, short: str, defined: dict) -> bool:
        """A short form not defined before, not itself a name ('MEN1') and not a hormone's ('GHRH')."""
        return short not in defined and not self.names.fullmatch(short) and short.lower() not in self.hormones

    def _short_forms(self, report: ReportView, defined: dict[str, tuple[str, int]]) -> list[Mention]:
        """Uses of a short form the report defines right after a name ('Ectopic Cushing syndrome (ECS)',
        'Zollinger-Ellison syndrome (ZES)'): the case text often names the syndrome by it alone ('a
        presentation consistent with ECS'). The detector lists every use; the one in the definition
        after the name is the name's own mention already. Its status is read where it stands, as for
        the name."""
        out = []
        uses = [s for s in report.doc._.abbreviations or () if s.text in defined]
        for s in report.within(uses, self.column):
            canonical, at = defined[s.text]
            if s.start == at:
                continue
            out.append(report.mention(self.column, s.start_char, s.end_char, s.text, canonical,
                                      f"{self.lexicon_key}_short_form:{canonical}", self.label))
        return out

    def titled(self, report: ReportView, mention: Mention, plural: bool = False) -> Mention:
        """A name in the report's title ('Insulinoma presenting as seizures', 'Ectopic ACTH syndrome
        from a thymic carcinoid: a case report') is the index patient's, as a site there is, even where
        the title's section or a cue in it makes it other-patient talk; a plural ('Insulinomas in
        MEN1: a review') names the class, not this tumour."""
        if mention.status == "other_patient" and not plural and self.title.holds(report, mention.start):
            mention.affirm_in_title()
        return mention

    def chosen(self, mentions: list[Mention]) -> list[Mention]:
        return [m for m in sorted(mentions, key=lambda m: m.start) if m.usable and m.rule != EVIDENCE_RULE]

    def raised_flags(self, mentions: list[Mention]) -> list[str]:
        return []


class HereditarySyndromeExtractor(_SyndromeBase):
    fields = ("hereditary_syndrome",)
    reads = ()
    flags = ()
    column, label, lexicon_key = "hereditary_syndrome", "HEREDITY", "hereditary"

    def find(self, report: ReportView) -> list[Mention]:
        return self.named(report)

    def decide(self, mentions: list[Mention], row: dict | None = None) -> dict:
        chosen = self.chosen(mentions)
        keep(mentions, chosen)
        return {self.column: list(dict.fromkeys(m.normalized for m in chosen))}


class FunctionalSyndromeExtractor(_SyndromeBase):
    fields = ("functional_syndrome",)
    reads = ()
    flags = ("functioning_without_hormone_evidence",)
    column, label, lexicon_key = "functional_syndrome", "SYNDROME", "functional"

    def __init__(self, rules):
        super().__init__(rules)
        hormone_names = "|".join(flexible(h) for h in sorted(self.cfg["secreting_hormones"], key=len, reverse=True))
        verbs = "|".join(re.escape(w) for w in self.cfg["secreting_words"])
        # the hormone may close its bracket first: 'growth hormone-releasing hormone (GHRH)-secreting'
        self.secreting = re.compile(rf"(?<!\w)(?P<h>{hormone_names})\)?{SEPARATOR}(?:{verbs})(?!\w)", re.IGNORECASE)
        # r5-mark: or after it, as the verb's object ('a pancreatic NET producing gastrin')
        before = "|".join(re.escape(w) for w in self.cfg["secreting_before_hormone"])
        self.secreting_object = re.compile(rf"(?<!\w)(?:{before})\s+(?P<h>{hormone_names})(?!\w)", re.IGNORECASE)
        self.stain_words = words_pattern(self.cfg["stain_words"])
        self.cell_types = {h.lower() for h in self.cfg["cell_type_hormones"]}  # r25: 'serotonin-producing'
        self.excess = words_pattern(self.cfg["excess_words"]) if self.cfg["excess_words"] else None
        self.evidence = words_pattern(self.cfg["hormone_evidence"]["words"])
        self.evidence_starts = first_words_pattern(self.cfg["hormone_evidence"]["words"])
        self.pairs = [(canonical, words_pattern(pair["symptoms"]), words_pattern(pair["hormones"]),
                       words_pattern(pair["drug_words"]) if pair.get("drug_words") else None)
                      for canonical, pair in self.cfg["symptom_with_hormone"].items()
                      if pair["symptoms"] and pair["hormones"]]  # an empty list would match everywhere
        self.cause = TumourCause(self.cfg["caused_by_tumour"])
        confirmed = self.cfg["confirmed_later"]  # r9b: 'Gastrinoma was suspected. A secretin test confirmed it.'
        self.confirmations = words_pattern(confirmed["phrases"]) if confirmed["phrases"] else None
        self.confirmation_sentences = confirmed["sentences"]
        # r10a: 'confirmed the diagnosis of a NET' names a diagnosis of its own ('own_diagnosis_words')
        own = "|".join(re.escape(w) for w in confirmed["own_diagnosis_words"])
        self.own_diagnosis = re.compile(rf"\s*(?:{own})\s", re.IGNORECASE) if own else None

    def find(self, report: ReportView) -> list[Mention]:
        out = self.named(report) + self._secreting(report) + self._symptom_with_hormone(report)
        out += [self.titled(report, report.mention(self.column, m.start(), m.end(), m.group(0), canonical,
                                                   f"caused_by_tumour:{canonical}", self.label))
                for m, canonical in self.cause.find(report, self.column)]
        for mention in out:
            self._confirmed_later(report, mention)
        if any(m.usable and m.normalized != NON_FUNCTIONING for m in out):
            out.extend(self._evidence(report))
        return out

    def _confirmed_later(self, report: ReportView, mention: Mention) -> None:
        """r9b: a syndrome suspected in one sentence and confirmed in one of the next ('serum gastrin was
        suspicious for gastrinoma. A secretin test confirmed the diagnosis.') is the patient's, as one
        confirmed in its own clause is (the context rules' 'confirmed' blocks the cue there). Only a
        confirmation of 'the diagnosis' itself counts: 'confirmed the diagnosis of an insulinoma' names
        its own (an 'own_diagnosis_words' word after the phrase), and 'was not confirmed' is no confirmation."""
        if mention.status != "hypothetical" or self.confirmations is None:
            return
        token, text = report.tokens_of(mention.start, mention.end)[0], report.text
        for _ in range(self.confirmation_sentences):
            token = report.sentence_bounds(token)[1]  # the first token of the next sentence
            if token >= len(report.doc):
                return
            start, end = report.sentence_chars(token)
            found = self.confirmations.search(text, start, end)
            if found and not (self.own_diagnosis and self.own_diagnosis.match(text, found.end(), end)):
                mention.overrule("affirmed", f"confirmed_later:{found.group(0)}")
                return

    def _secreting(self, report: ReportView) -> list[Mention]:
        """'ACTH-secreting tumour', 'a tumour secreting ACTH' names the syndrome by its hormone; on a slide
        it is a stain. r25: a hormone that names the tumour's cells ('serotonin-producing') names one only
        by its excess ('serotonin hypersecretion')."""
        out = []
        found = itertools.chain(self.secreting.finditer(report.text), self.secreting_object.finditer(report.text))
        for m in report.within(found, self.column):
            hormone = re.sub(SEPARATOR, "", m.group("h")).lower()
            canonical = self.hormones.get(hormone)
            if canonical is None or (hormone in self.cell_types and not self._in_excess(m.group(0))):
                continue  # r25: a 'serotonin-producing' NET is made of such cells; only their excess is a syndrome
            mention = report.mention(self.column, m.start(), m.end(), m.group(0), canonical, f"secreting:{canonical}",
                                     self.label)
            if self._sentence_has(report, self.stain_words, "stain", mention.sentence_start, mention.sentence_end):
                mention.overrule("negated", "hormone_stain")
            out.append(self.titled(report, mention))
        return out

    def _in_excess(self, phrase: str) -> bool:
        """r25: does the phrase say the hormone is made in excess ('serotonin hypersecretion')?"""
        return bool(self.excess and self.excess.search(phrase))

    def _symptom_with_hormone(self, report: ReportView) -> list[Mention]:
        """'hypoglycaemia with inappropriately high insulin': the symptom, its hormone in the same sentence,
        which is no treatment there ('diabetes treated with insulin': the pair's 'drug_words')."""
        out = []
        for canonical, symptoms, hormones, drugs in self.pairs:
            for m in report.within(symptoms.finditer(report.text), self.column):
                start, end = report.sentence_chars(report.tokens_of(m.start(), m.end())[0])
                if self._sentence_has(report, hormones, f"hormone:{canonical}", start, end) and not (
                        drugs and self._sentence_has(report, drugs, f"drug:{canonical}", start, end)):
                    out.append(report.mention(self.column, m.start(), m.end(), m.group(0), canonical,
                                              f"symptom_with_hormone:{canonical}", self.label))
        return out

    @staticmethod
    def _sentence_has(report: ReportView, words: re.Pattern, name: str, start: int, end: int) -> bool:
        """Does the sentence [start, end) hold one of the words? Read once per sentence."""
        key = ("syndrome_sentence", name, start)
        if key not in report.cache:
            report.cache[key] = bool(words.search(report.text, start, end))
        return report.cache[key]

    def _evidence(self, report: ReportView) -> list[Mention]:
        """The hormone evidence for the review note: the mentions up to the first usable one."""
        out = []
        for m in report.within(matches_at(self.evidence, self.evidence_starts, report.text), "hormone_evidence"):
            mention = report.mention(self.column, m.start(), m.end(), m.group(0), None, EVIDENCE_RULE, self.label)
            out.append(mention)
            if mention.usable:
                break
        return out

    def decide(self, mentions: list[Mention], row: dict | None = None) -> dict:
        chosen = self.chosen(mentions)
        if any(m.normalized != NON_FUNCTIONING for m in chosen):
            chosen = [m for m in chosen if m.normalized != NON_FUNCTIONING]
        keep(mentions, chosen)
        return {self.column: list(dict.fromkeys(m.normalized for m in chosen))}

    def raised_flags(self, mentions: list[Mention]) -> list[str]:
        """A syndrome kept with no usable hormone evidence in the text: worth a reviewer's look."""
        functioning = any(m.kept and m.normalized != NON_FUNCTIONING for m in mentions if m.rule != EVIDENCE_RULE)
        evidence = any(m.usable for m in mentions if m.rule == EVIDENCE_RULE)
        return [self.flags[0]] if functioning and not evidence else []
