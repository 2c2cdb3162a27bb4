"""Treatments given, started or decided for the index patient.

Refused or only considered treatments ('surgery was deemed inappropriate', 'radiotherapy was
considered') are dropped by the shared context cues; imaging tracers ('In-111 octreotide SPECT')
are not treatments; a class ('chemotherapy') is kept only when none of its agents is named. The
report's title names the case's own treatment ('... treated with peptide receptor radionuclide therapy:
a case report'), as it names its site and syndrome, though its section feeds no row: read beside the
case text's (r27), where the sentences naming the index patient elsewhere are read only when the case
text names no treatment."""
from __future__ import annotations

import bisect
import re

from ..regexes import compile_rule
from .base import INDEX_SENTENCE_RANK, TITLE_REASON, FieldExtractor, Mention, ReportView, keep
from .title import ReportTitle
from .treatment_removal import TumourRemoval

DIGITS = "0123456789"
CLAUSE_MARKS = frozenset({",", ";"})  # a scan word past one of these is no longer the drug's own noun
GAP_WORDS = re.compile(r"[^\W\d_]+|[,;]")  # r20: the words and clause marks between a class word and a drug
POSSESSIVES = frozenset({"'s", "’s"})  # r15: the clitic of a name's possessive ('Whipple's triad')


class TreatmentExtractor(FieldExtractor):
    fields = ("treatments",)

    def __init__(self, rules):
        cfg = rules["treatments"]
        self.regimens = cfg["regimens"]
        self.classes = {k: set(v) for k, v in cfg["classes"].items()}
        self.class_stems = {k: tuple(v) for k, v in cfg.get("drug_stems", {}).items()}  # r9: 'amrubicin'
        self.class_gap = cfg["class_agent"]["gap_words"]  # r20: 'chemotherapy with everolimus'
        self.class_breaks = set(cfg["class_agent"]["breaks"])
        self.excluded_heads = set(cfg["excluded_heads"])
        self.excluded_modifiers = set(cfg["excluded_modifiers"])  # 'exploratory surgery', 'valve surgery'
        # 'portal vein embolization' grows the liver before a hepatectomy: only that treatment is excluded
        self.excluded_modifiers_of = {k: set(v) for k, v in cfg["excluded_modifiers_by_treatment"].items()}
        self.modifier_skips = set(cfg["modifier_skips"])  # 'lymphatic tumour embolization' is a finding
        self.institution_words = set(cfg["institution_words"])  # 'the Department of Spinal Surgery'
        self.institution_links = set(cfg["institution_links"])
        self.institution_reach = cfg["institution_reach_tokens"]
        imaging_reach = cfg["imaging_reach_tokens"]
        self.imaging_before, self.imaging_after = imaging_reach["before"], imaging_reach["after"]
        # Only a name that is also a tracer's is an imaging agent beside a scan word ('octreotide scan');
        # 'Imaging prompted surgical intervention' or 'CT after chemotherapy' name a treatment given.
        self.tracer_names = set(cfg["tracer_names"])
        nuclide = cfg["radionuclide"]
        self.nuclide = compile_rule(nuclide["regex"], re.IGNORECASE)
        self.therapy_elements = tuple(nuclide["therapy_elements"])
        self.therapy_words, self.imaging_words = set(nuclide["therapy_words"]), set(nuclide["imaging_words"])
        self.nuclide_needs = tuple(nuclide["needs_any"])
        self.nuclide_reach = nuclide["reach_chars"]  # '[177Lu]Lu-DOTA-TATE' either side of its peptide word
        self.nuclide_therapy = nuclide["canonical"]
        self.removal = TumourRemoval(cfg["removal"])  # 'removal of the pancreatic lesion' is surgery
        self.title = ReportTitle(rules)  # r10: 'Everolimus in a patient with a metastatic rectal NET'
        # r9b: 'control of the haemorrhage with embolization': a haemostasis, not the tumour's treatment
        purpose = cfg["haemostasis"]
        self.haemostasis_of, self.haemostasis_reach = set(purpose["treatments"]), purpose["reach_tokens"]
        self.bleeding_words = set(purpose["words"])
        explore = cfg["exploration"]  # r10: 'the laparotomy revealed ...': an exploration, not a treatment
        self.exploration_heads, self.finding_words = set(explore["heads"]), set(explore["finding_words"])
        self.exploration_reach = explore["reach_tokens"]
        spread = cfg["pain_spread"]  # r21: 'epigastric pain with irradiation to the back'
        self.spread_of, self.pain_words = set(spread["treatments"]), set(spread["pain_words"])
        self.spread_links, self.spread_directions = set(spread["links"]), set(spread["directions"])
        self.spread_stops = frozenset({";"} | set(spread["breaks"]))  # 'bone pain treated with radiation'
        self.spread_reach = spread["reach_tokens"]

    def find(self, report: ReportView) -> list[Mention]:
        out = []
        candidates = self._candidates(report)
        for span, names, rule in candidates:
            reason = (self._not_a_treatment(report.doc, span)
                      or ("imaging_agent" if self.tracer_names & set(names) and self._beside_imaging(report, span)
                          else ""))
            for name in names:
                m = report.mention("treatments", span.start_char, span.end_char, span.text, name, rule, "TREATMENT")
                if reason:
                    m.dropped = True
                    m.reason = reason
                elif m.status == "other_patient" and self.title.holds(report, m.start):
                    self._in_title(report, m)
                out.append(m)
        nuclides = self._radionuclides(report, candidates)
        self._drop_tracers_of(out, [n for n in nuclides if n.dropped])
        return out + nuclides

    @staticmethod
    def _in_title(report: ReportView, m: Mention) -> None:
        """r10: the title names the case's own treatment, where a generic statement's cue would make it another
        patient's; r24: unless the title asks about it ('Small rectal NETs: is surgery always needed?') or
        denies it, as the other cues of its sentence say (ReportView.status_beside_other_patients)."""
        status, reason = report.status_beside_other_patients(m, "TREATMENT")
        if status == "affirmed":
            m.affirm_in_title()
        else:
            m.overrule(status, reason)

    def _drop_tracers_of(self, mentions: list[Mention], imaging: list[Mention]) -> None:
        """r14: a tracer's name inside a radionuclide read as imaging ('111In Octreotide' as a nuclear
        medicine heading, with no scan word beside it) is the imaging agent too."""
        for m in mentions:
            if not m.dropped and m.normalized in self.tracer_names and any(
                    n.start <= m.start and m.end <= n.end for n in imaging):
                m.dropped, m.reason = True, "imaging_agent"

    def _candidates(self, report: ReportView) -> list:
        """(span, the treatments it names, rule) of each treatment word and regimen."""
        fuzzy = report.doc._.fuzzy_hits or {}
        candidates = [(s, [s.id_], f"fuzzy:{fuzzy[(s.start, 'TREATMENT')]}" if (s.start, "TREATMENT") in fuzzy
                       else f"treatment:{s.id_}") for s in report.spans("TREATMENT")]
        named = {k for s in report.spans("TREATMENT") for k in range(s.start, s.end)}  # 'complete removal'
        removals = [(report.doc[i:i + 1], ["surgery"], "removal:surgery") for i in self.removal.find(report)
                    if i not in named]
        return candidates + removals + [(s, self.regimens[s.id_], f"regimen:{s.id_}") for s in report.spans("REGIMEN")]

    def _agent_named(self, cls: str, names: list[str]) -> bool:
        """Is a drug of the class named: a listed one, or one told by the class's INN stem ('amrubicin')?"""
        stems = self.class_stems.get(cls, ())
        return bool(self.classes[cls] & set(names)) or bool(stems) and any(n.endswith(stems) for n in names)

    def _agent_beside(self, cls: str, usable: list[Mention]) -> bool:
        """r20: does a drug of any class stand right beside a word of the class ('chemotherapy with
        everolimus', 'sunitinib chemotherapy')? Then the class word names that drug. Told apart from it
        ('octreotide injections and chemotherapy', 'chemotherapy; later everolimus'), it leaves the class."""
        words = [m for m in usable if m.normalized == cls]
        agents = [m for m in usable if m.normalized != cls
                  and any(self._agent_named(c, [m.normalized]) for c in self.classes)]
        return any(self._beside(w, a) for w in words for a in agents)

    def _beside(self, a: Mention, b: Mention) -> bool:
        """Two mentions in one sentence with at most `class_gap` words and no break word between them."""
        if a.sentence_start != b.sentence_start:
            return False
        first, second = (a, b) if a.start < b.start else (b, a)
        gap = a.sentence[first.end - a.sentence_start:second.start - a.sentence_start].lower()
        words = GAP_WORDS.findall(gap)
        return len(words) <= self.class_gap and not self.class_breaks.intersection(words)

    def _beside_imaging(self, report: ReportView, span) -> bool:
        """An imaging word beside it, in the same phrase: 'octreotide scan', 'Ga-68 DOTATATE PET', but
        not 'the scan showed uptake, and octreotide was started'."""
        before, after = self.imaging_before, self.imaging_after
        near = report.spans_near("IMAGING", span.start - before - report.longest_span("IMAGING"), span.end + after + 1)
        return any(report.same_sentence(i, span)
                   and (-3 <= i.start - span.end <= after or -3 <= span.start - i.end <= before)
                   and not any(report.lower_word(k) in CLAUSE_MARKS
                               for k in range(min(i.end, span.end), max(i.start, span.start)))
                   for i in near)

    def _not_a_treatment(self, doc, span) -> str:
        """Why the word is no treatment here ('surgery specimen', 'exploratory surgery', 'the
        Department of Surgery'), or ''."""
        nxt = _head_after(doc, span)
        if nxt is not None and nxt.lower_ in self.excluded_heads:
            return f"not_a_treatment:{nxt.lower_}"
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        of_this = self.excluded_modifiers_of  # by the treatment, or (r12) by a name: 'bilateral adrenalectomy'
        if before in self.excluded_modifiers or before in of_this.get(span.id_, ()) or \
                before in of_this.get(span.text.lower(), ()):
            return f"not_a_treatment:{before}"
        if before in self.modifier_skips and span.start > 1 and \
                doc[span.start - 2].lower_ in self.excluded_modifiers_of.get(span.id_, ()):
            return f"not_a_treatment:{doc[span.start - 2].lower_}"  # 'lymphatic tumour embolization'
        if self._in_institution_name(doc, span.start):
            return "institution_name"
        return self._haemostasis(doc, span) or self._exploration(doc, span) or self._pain_spread(doc, span)

    def _haemostasis(self, doc, span) -> str:
        """r9b: an embolization that stops a bleeding ('control of the haemorrhage with embolization', 'the
        bleeding was stopped by embolization of the gastroduodenal artery') is a haemostasis, supportive
        care: a bleeding word within 'haemostasis.reach_tokens' of it, in its clause."""
        if span.id_ not in self.haemostasis_of:
            return ""
        sent, reach = span.sent, self.haemostasis_reach
        before = range(span.start - 1, max(sent.start, span.start - reach) - 1, -1)
        after = range(span.end, min(sent.end, span.end + reach))
        word = _clause_word(doc, before, self.bleeding_words) or _clause_word(doc, after, self.bleeding_words)
        return f"not_a_treatment:{word}" if word else ""

    def _exploration(self, doc, span) -> str:
        """r10: an operation that found something ('the laparotomy revealed that the tumour encased the artery',
        'at laparotomy the tumour was found to be unresectable') is an exploration, not a treatment by itself;
        a resection it led to is a treatment word of its own. A finding word within 'exploration.reach_tokens'
        after it, in its clause."""
        if span.text.lower() not in self.exploration_heads:
            return ""
        after = range(span.end, min(span.sent.end, span.end + self.exploration_reach))
        word = _clause_word(doc, after, self.finding_words)
        return f"not_a_treatment:{word}" if word else ""

    def _pain_spread(self, doc, span) -> str:
        """r21: 'epigastric pain with irradiation to the back', 'pain in the right flank with posterior
        irradiation': where a pain spreads, not a treatment. The link ('with') right before the radiation
        word or before a direction ('posterior'), and a pain word within 'pain_spread.reach_tokens' before
        the link, with no 'breaks' word or semicolon between ('bone pain treated with radiation')."""
        if span.id_ not in self.spread_of:
            return ""
        sent = span.sent
        link = span.start - 1
        if link > sent.start and doc[link].lower_ in self.spread_directions:
            link -= 1  # 'with posterior irradiation'
        if link < sent.start or doc[link].lower_ not in self.spread_links:
            return ""
        # a comma may stand between ('abdominal pain, with irradiation to the back')
        before = range(link - 1, max(sent.start, link - self.spread_reach) - 1, -1)
        word = _clause_word(doc, before, self.pain_words, stops=self.spread_stops)
        return f"not_a_treatment:{word}" if word else ""

    def _in_institution_name(self, doc, start: int) -> bool:
        """'Department of Spinal Surgery', 'Division of Surgery': an institution word, 'of', and at most
        two words before the treatment word; r27: also with an author's affiliation number glued before it
        ('1Department of Hepatobiliary Surgery', as a flattened author list has it)."""
        for k in range(max(0, start - self.institution_reach), start - 1):
            if (doc[k].lower_.lstrip(DIGITS) in self.institution_words
                    and doc[k + 1].lower_ in self.institution_links):
                return True
        return False

    def _radionuclides(self, report: ReportView, candidates) -> list[Mention]:
        """'Lu-177 octreotate, 7.4 GBq' is PRRT; '64Cu-DOTATATE PET' is imaging (rule radionuclide:...)."""
        covered = sorted((s.start_char, s.end_char) for s, names, _ in candidates if self.nuclide_therapy in names)
        starts, reach, furthest = [a for a, _ in covered], [], -1
        for _, b in covered:  # the furthest end among the spans starting up to here
            furthest = max(furthest, b)
            reach.append(furthest)
        out, speaks_of = [], {}  # sentence id -> (speaks of therapy, speaks of imaging)
        for m in report.finditer_near(self.nuclide, self.nuclide_needs, self.nuclide_reach, self.nuclide_reach,
                                      "nuclide"):
            before = bisect.bisect_left(starts, m.end())  # the spans that start before the match ends
            if before and reach[before - 1] > m.start():
                continue  # the lexicon already has it
            span = report.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            sid = report.sent_id(span.start)
            if sid not in speaks_of:  # once per sentence, however many nuclides it names
                words = {t.lower_ for t in report.sentence(span.start)}
                speaks_of[sid] = bool(words & self.therapy_words), bool(words & self.imaging_words)
            therapy, imaging = speaks_of[sid]
            element = m.group(0).lstrip("[0123456789 ").lower()
            # indium ('In-111') is none of the therapy elements
            as_therapy = therapy if therapy != imaging else element.startswith(self.therapy_elements)
            mention = report.mention("treatments", m.start(), m.end(), m.group(0), self.nuclide_therapy,
                                     f"radionuclide:{'therapy' if as_therapy else 'imaging'}", "TREATMENT")
            if not as_therapy:
                mention.dropped, mention.reason = True, "imaging_agent"
            out.append(mention)
        return out

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        """The treatments the case text and the title name; when the case text names none (a report cut off after its
        introduction, an abstract with no case section), those of the sentences that name the index
        patient elsewhere ('We report a case ... treated with radiotherapy alone'), as the other
        fields fall back to them."""
        usable = _case_first(mentions)
        names = list(dict.fromkeys(m.normalized for m in sorted(usable, key=lambda m: m.start)))
        for cls in self.classes:
            if cls in names and (self._agent_named(cls, names) or self._agent_beside(cls, usable)):
                names.remove(cls)
        keep(mentions, [m for m in usable if m.normalized in names])
        return {"treatments": names}


def _case_first(mentions: list[Mention]) -> list[Mention]:
    """The usable treatments of the case text and of the title, which names the case's own (r27: 'Nivolumab with
    radiotherapy for a metastatic oesophageal NEC after oesophagectomy'); those of the index-patient sentences
    elsewhere only when the case text names none."""
    usable = [m for m in mentions if m.usable and not m.dropped and m.rank <= INDEX_SENTENCE_RANK]
    case = [m for m in usable if m.rank < INDEX_SENTENCE_RANK]
    return case + [m for m in usable if m.reason == TITLE_REASON] if case else usable


def _clause_word(doc, positions: range, words: set[str], stops: frozenset[str] = CLAUSE_MARKS) -> str:
    """The first of `words` at the token positions, read in their order until one of `stops` (by default a
    clause mark); '' if none."""
    for k in positions:
        word = doc[k].lower_
        if word in stops:
            return ""
        if word in words:
            return word
    return ""


def _head_after(doc, span):
    """The word after a treatment word, past a possessive clitic (r15: "Whipple's triad") or the bracket that
    closes an abbreviation's definition (r26: 'enterochromaffin (EC) cells'), or None."""
    i = span.end + 1 if span.end < len(doc) and doc[span.end].lower_ in POSSESSIVES | {")"} else span.end
    return doc[i] if i < len(doc) else None
