"""Size of the primary tumour in mm: '57 mm × 29 mm presacral mass', '6 × 6 × 6 cm', 'a 2.5-cm mass'.

Sizes of metastases, nodes, cysts and distances ('6 cm away from') are found but not kept. Among
primary sizes: the resected specimen first, then the one the report puts forward (abstract, final
diagnosis), then the first imaging measurement of the case. Why a size is not the primary's (a distance,
a metastasis, another kind of tumour, no lesion word) is read by size_problems.py; the words around a size
by size_words.py.
"""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import INDEX_SENTENCE_RANK, FieldExtractor, Mention, ReportView, keep
from .clauses import clause_text
from .demographics import spelled_number
from .size_problems import SizeProblems
from .size_superlatives import Superlatives
from .size_words import (
    WORDS,
    Container,
    WordMatcher,
    clause_words,
    operation_refused,
    own_part,
    phrase_before_comma,
    without_asides,
    word_alternation,
)

SPLIT = re.compile(r"\s*-?\s*(?:[×xX✕✖*]|\bby\b)\s*-?\s*")  # 'a 4- × 3-cm mass', 'a 4-by-3-cm mass'
NUM_UNIT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<u>mm|cm)?", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def fmt_mm(value: float) -> str:
    return f"{round(value, 1):g}"


class TumorSizeExtractor(FieldExtractor):
    fields = ("tumor_size_mm",)
    reads = ("primary_site",)  # a size beside the primary's own organ is the primary's
    flags = ("several_sizes",)

    def __init__(self, rules):
        cfg = rules["patterns"]["size"]
        self.regex = compile_rule(cfg["regex"], re.IGNORECASE)
        self.unit_mm = {k.lower(): v for k, v in cfg["unit_mm"].items()}
        self.not_primary = WordMatcher(w.lower() for w in cfg["not_primary"])
        self.specimen = [w.lower() for w in cfg["specimen_cues"]]
        self.headline = {w.lower() for w in cfg["headline_sections"]}
        self.changed = {tuple(w.lower().split()) for w in cfg["changed_size_words"]}  # r29: 'decreased to 5 cm'
        self.measure_verbs = set(cfg["measure_verbs"])
        self.specimen_sections = set(cfg["specimen_sections"])
        self.headline_classes = set(cfg["headline_classes"])
        self.clause_chars = cfg["clause_chars"]
        self.phrase_articles, self.phrase_joiners = set(cfg["phrase_articles"]), set(cfg["phrase_joiners"])
        self.number_words = rules["patterns"]["age"]["number_words"]  # 'two', 'twenty': as ages spell them
        units = "|".join(sorted(self.unit_mm, key=len, reverse=True))
        words = "|".join(sorted(self.number_words, key=len, reverse=True))
        self.unit_word = re.compile(rf"(?<=[\s-])(?:{units})\b", re.IGNORECASE)
        self.spelled = re.compile(rf"\b(?P<words>(?:{words})(?:[\s-](?:{words}))?)[\s-]+(?P<unit>{units})\b$",
                                  re.IGNORECASE)
        self.operation_cues = [w.lower() for w in cfg["operation_cues"]]  # 'pancreatectomy was performed'
        self.imaging = {w.lower() for w in cfg["imaging_words"]}
        # r6-num: '... a mass (Figure 1). It measured 3 cm', 'Its size was 3 cm', 'The maximal diameter was 3 cm'
        self.measure_sentence = ({w.lower() for w in cfg["pronoun_subjects"] + cfg["measure_sentence_words"]}
                                 | self.measure_verbs)
        self.spelled_reach, self.operation_scope = cfg["spelled_number_reach_chars"], cfg["operation_scope_chars"]
        self.container = Container(cfg, self.regex, self.not_primary)  # r6c-num: the specimen holding the tumour
        self.part_break = word_alternation([";", *cfg["after_clause_breaks"]])  # r6c-num: where a size's own part ends
        self.problems = SizeProblems(cfg, rules.site_synonyms, self.not_primary,  # r6-reshape: why not the primary's
                                     rules["sites"])
        self.superlatives = Superlatives(cfg, self.problems, self.not_primary)  # 'lesions, the largest 45 mm'
        self.palpation = [w.lower() for w in cfg["palpation_cues"]]  # r12-size: 'On physical examination, a 4 cm mass'

    def parse(self, dims_text: str, unit: str) -> list[float] | None:
        factor = self.unit_mm[unit.lower()]
        values = []
        for part in SPLIT.split(dims_text.strip()):
            m = NUM_UNIT.fullmatch(part.strip())
            if not m:
                return None
            values.append(float(m.group("n")) * (self.unit_mm[m.group("u").lower()] if m.group("u") else factor))
        return values

    def find(self, report: ReportView) -> list[Mention]:
        out = []
        matches = list(report.within(self.regex.finditer(report.text), "tumor_size"))
        report.cache["size_spans"] = [(m.start(), m.end()) for m in matches]  # the neighbours of each size
        for m in matches:
            dims = self.parse(m.group("dims"), m.group("unit"))
            if dims and (len(dims) == 3 or not m.group("cubed")):  # '4 cm3' is a volume; '5 × 4 × 4 cm3' the sides
                out.append(self._mention(report, m, dims))
        for m in report.within(self._spelled(report.text), "tumor_size"):
            size = spelled_number(m.group("words"), self.number_words) * self.unit_mm[m.group("unit").lower()]
            out.append(self._mention(report, m, [size]))
        return out

    def _spelled(self, text: str):
        """Sizes with the number spelled out ('a two-centimetre mass', 'four millimetres'): each unit word
        is found once, and the words just before it are read as a number; no pattern tried at every word."""
        for unit in self.unit_word.finditer(text):
            m = self.spelled.search(text, max(0, unit.start() - self.spelled_reach), unit.end())
            if m:
                yield m

    def _mention(self, report: ReportView, m, dims: list[float]) -> Mention:
        """The mention of the size matched by `m`: is it the primary's, is an organ named beside it,
        was it measured on the specimen or stated in a headline?"""
        text = report.text
        mention = report.mention("tumor_size_mm", m.start(), m.end(), m.group(0), " x ".join(fmt_mm(d) for d in dims),
                                 "size", "SIZE")
        lo, hi = mention.sentence_start, mention.sentence_end
        before = self._noun_phrase_start(
            clause_words(text[max(lo, m.start() - self.clause_chars):m.start()], from_end=True))
        after = clause_words(text[m.end():min(hi, m.end() + self.clause_chars)], from_end=False)
        problem, site = self._own_problem(report, mention, m.start(), before, after, dims)
        problem = problem or self.problems.range_problem(before) or self.container.problem(text, m.end(), hi)
        # r26: 'three tumours, the largest of which was 45 mm' (read within two clauses' reach: linear in a table)
        largest = self.superlatives.of_lesions(text[max(lo, m.start() - 2 * self.clause_chars):m.start()].lower())
        if problem == "no_lesion_word" and largest:
            problem = ""
        if not problem and (self.superlatives.words.intersection(before) or largest):
            problem, site = self.superlatives.picked_from(text[lo:m.start()].lower(), site)
        if site:
            mention.site_word = site
        if problem:
            mention.reason = (mention.reason + "; " if mention.reason else "") + problem
        mention.of_primary = not problem
        mention.phrase_organ = "" if problem else self.problems.phrase_organ(before, after)
        self._how_measured(report, mention, m, before)
        return mention

    def _how_measured(self, report: ReportView, mention: Mention, m, before: list[str]) -> None:
        """The flags the guideline's order reads: a size the tumour changed to (r29: 'decreased to 5 cm', a later
        one), measured on the specimen, stated in a headline, or estimated by hand."""
        lo, hi = mention.sentence_start, mention.sentence_end
        header = report.section_header(m.start())  # 'Pathology', 'Macroscopic findings': the clause needs no cue
        mention.changed = tuple(before[-2:]) in self.changed
        mention.specimen = mention.section in self.specimen_sections and not mention.changed and self._specimen(
            report, lo, hi, m, header)
        mention.headline = mention.section in self.headline_classes or header in self.headline
        mention.palpated = self._palpated(report.text, lo, hi, m)

    def _own_problem(self, report: ReportView, mention: Mention, start: int, before: list[str], after: list[str],
                     dims: list[float]) -> tuple[str, str | None]:
        """Why the size at `start` is not the primary's by the words around it, and the organ named beside
        it: no lesion word is no problem past a bracketed aside ('a carcinoid (no necrosis) of 1.9 cm', r12-size),
        after a lesion named earlier in the sentence, or for a pronoun that takes up the sentence before's lesion."""
        problem, site = self.problems.problem(before, after, dims)
        if problem == "no_lesion_word" and ")" in before:
            problem, site = self.problems.problem(without_asides(before), after, dims)
        if problem == "no_lesion_word" and (
                self._lesion_named_earlier(report, mention, start, before, after)
                or self._pronoun_for_lesion(report, mention.sentence_start, start, after)):
            problem = ""
        return problem, site

    def _palpated(self, text: str, lo: int, hi: int, m) -> bool:
        """Was the size matched by `m` estimated on physical examination ('palpation_cues')? Read in its
        sentence within 'clause_chars' before it, from the last ';' ('a palpable 3 cm lump; ultrasound
        showed a 26 mm lesion': the second is measured), and after it to the first clause break ('a 4 cm
        mass was palpated')."""
        end = min(hi, m.end() + self.clause_chars)  # bounded: a flattened table's long 'sentence' stays linear
        cut = self.part_break.search(text, m.end(), end)
        clause = text[max(lo, m.start() - self.clause_chars):m.start()].rpartition(";")[2] + \
            text[m.end():cut.start() if cut else end]
        return any(c in clause.lower() for c in self.palpation)

    def _specimen(self, report: ReportView, lo: int, hi: int, m, header: str) -> bool:
        """Was the size matched by `m` measured on the resected specimen? A specimen cue in its clause
        (its own part of a sentence of several sizes) or its section's header, or the operation told
        just before it."""
        clause = own_part(report, lo, hi, m, self.part_break) or clause_text(report, lo, hi, m.start()).lower()
        return any(c in clause or c in header for c in self.specimen) or \
            self._after_operation(report, lo, hi, m.start())

    def _after_operation(self, report: ReportView, lo: int, hi: int, start: int) -> bool:
        """Is the size in [lo, hi) told right after the operation, so the resected specimen's? Its own
        sentence before it, or the sentence before that in the same paragraph, names the operation
        ('Distal pancreatectomy was performed. The tumour measured 35 mm'), and its own sentence names
        no imaging study ('Follow-up CT showed ...')."""
        text = report.text
        imaged = report.cache.setdefault("size_imaged_sentences", {})  # read once per sentence, not per size
        if lo not in imaged:
            imaged[lo] = bool(self.imaging & set(WORDS.findall(text[lo:hi].lower())))
        if imaged[lo]:
            return False
        reach = self.operation_scope  # bounded: linear in the text
        head = text[max(0, lo - reach):lo].rpartition("\n")[2].strip()  # the paragraph's text before the sentence
        previous = SENTENCE_END.split(head)[-1] if head else ""
        scope = (previous + " " + text[max(lo, start - reach):start]).lower()
        return any(c in scope for c in self.operation_cues) and not operation_refused(report, lo, start)

    def _lesion_named_earlier(self, report: ReportView, mention: Mention, start: int, before: list[str],
                              after: list[str]) -> bool:
        """A size with no lesion word beside it is still a lesion's after the lesion's phrase and a
        comma ('a typical carcinoid of the right middle lobe, 1.8 × 1.5 cm'), or after a measure verb
        or alone in a list, when its sentence named a lesion before it ('The tumour, a
        well-circumscribed lesion in the tail, measured 23 mm'; 'Pathology: NET, grade 1, 15 mm')."""
        if not before:
            return False
        if before[-1] == "," and self.problems.has_lesion_word(phrase_before_comma(before)):
            return True
        bare_item = before[-1] == "," and (not after or after[0] in (",", ";"))
        return (self._measure_word(before) in self.measure_verbs or bare_item) and \
            self._first_lesion_word(report, mention.sentence_start, mention.sentence_end) < start

    def _pronoun_for_lesion(self, report: ReportView, lo: int, start: int, after: list[str]) -> bool:
        """'A solid mass was seen in the pancreatic tail (Figure 1). It measured 34 mm.' / 'Its size was
        3.1 x 2.4 cm' / 'The maximal diameter was 31 mm': a size whose sentence opens with only a
        pronoun or article and measure words ('pronoun_subjects', 'measure_sentence_words',
        'measure_verbs', one of these at least, or a measure noun just after the size: 'It was 6 mm in
        diameter') is the lesion's that the sentence before, in the same
        paragraph, names, when that sentence names no metastasis, node, cyst or other organ
        ('not_primary' words: 'A lymph node was enlarged. It measured 2 cm' stays out)."""
        if start - lo > self.clause_chars:
            return False
        opening = [w.lower() for w in WORDS.findall(report.text[lo:start])]
        measured = any(w in self.measure_verbs for w in opening + after[:4]) or \
            any(w + "s" in self.measure_verbs for w in after[:4])  # 'in greatest dimension'
        if not measured or not all(w in self.measure_sentence for w in opening):
            return False
        head = report.text[max(0, lo - 300):lo].rpartition("\n")[2].strip()  # the paragraph's text before it
        words = [w.lower() for w in WORDS.findall(SENTENCE_END.split(head)[-1])] if head else []
        return self.problems.has_lesion_word(words) and not any(self.not_primary.matches(w) for w in words)

    def _measure_word(self, before: list[str]) -> str:
        """The word that says a size is measured: the last before it, passing over an extent ('measuring
        up to 9 cm') and the 'of' after a measure noun ('a NET of the bile duct, with a diameter of 35 mm')."""
        words = self.problems.past_extent(before)
        if len(words) >= 2 and words[-1] == "of":
            words = words[:-1]
        return words[-1] if words else ""

    def _first_lesion_word(self, report: ReportView, lo: int, hi: int) -> float:
        """Where the sentence [lo, hi) first names a lesion: read once per sentence, not per size."""
        seen = report.cache.setdefault("size_first_lesion", {})
        if lo not in seen:
            seen[lo] = next((w.start() + lo for w in WORDS.finditer(report.text[lo:hi])
                             if self.problems.has_lesion_word([w.group(0).lower()])), float("inf"))
        return seen[lo]

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        self._organ_verdicts(mentions, row["primary_site"])
        body = self._primary_sizes(mentions)
        if not body:
            return {"tumor_size_mm": None}

        def priority(m: Mention):
            """The guideline's order: the resected specimen, the size the report puts forward, the case
            text's first measurement. r12-size: within a tier, a size estimated on physical examination
            ('a palpable 4 cm mass') comes after one measured (by imaging, at endoscopy), whatever their order.
            r29: a size the tumour changed to ('decreased to 5 cm') comes after all of them."""
            tier = 0 if m.specimen else 1 if m.headline else 2 if m.rank == 0 else 3
            return (m.changed, tier, m.palpated, m.start)

        chosen = min(body, key=priority)
        keep(mentions, chosen)
        return {"tumor_size_mm": chosen.normalized}

    def _organ_verdicts(self, mentions: list[Mention], primary: str | None) -> None:
        """The organ named with a size decides against the words around it once the primary's organ is known:
        a size beside the primary's own organ ('48 mm mass in the lung') is the primary's; r12-size: one whose
        own lesion noun names another organ ('a 10 mm pancreatic tumour' of a thymic NET, 'a 7 mm scalp
        nodule' of an ileal one) is not, unless that organ is a region holding the primary ('region_organs':
        'an anterior mediastinal mass' of a thymic NET)."""
        for m in mentions:
            if m.site_word and m.site_word == primary:
                m.of_primary = True
            elif m.of_primary and primary and m.phrase_organ and not self.problems.neighbours(primary, m.phrase_organ):
                m.of_primary = False
                m.reason = (m.reason + "; " if m.reason else "") + f"other_organ:{m.phrase_organ}"

    def raised_flags(self, mentions: list[Mention]) -> list[str]:
        """'several_sizes' when the primary's sizes that decide chose from disagree."""
        return ["several_sizes"] if len({m.normalized for m in self._primary_sizes(mentions)}) > 1 else []

    def _noun_phrase_start(self, words: list[str]) -> list[str]:
        """The words from the last 'and a'/', the' on: 'lesions in the liver and a 16 mm mass' -> 'a'."""
        for i in range(len(words) - 1, 0, -1):
            if words[i] in self.phrase_articles and words[i - 1] in self.phrase_joiners:
                return words[i:]
        return words

    @staticmethod
    def _primary_sizes(mentions: list[Mention]) -> list[Mention]:
        """The usable sizes of the primary that decide chooses from: the case text's, else the others'."""
        usable = [m for m in mentions if m.usable and m.of_primary]
        return [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
