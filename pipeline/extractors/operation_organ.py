"""r11: the organ an operation is named for votes for the primary when pathology finds the tumour in what
it removed: 'She underwent appendectomy; histology revealed a 9 mm NET', 'a right upper lobectomy for a
typical carcinoid', 'underwent appendicectomy for appendicitis. Histology showed a carcinoid tumour at the
tip.' Incidental NETs of the appendix, the lung, the gallbladder or the pancreas are often told so, the
operation's name being the only word for the organ.

The operation votes (at the generic weight, so that any site named beside a tumour noun outweighs it)
only when a specific tumour noun follows it in its own sentence, or in the next sentence when that one
opens as a pathology finding ('Histology showed ...'), or (r14) stands before it with a word of finding
between ('a carcinoid was incidentally found at appendectomy'), or (r19) is removed by it ('the NET was
resected by partial gastrectomy') or diagnosed before it ('Once an insulinoma was diagnosed, a distal
pancreatectomy was done'): a past operation of the history ('an appendectomy at 20') is followed by
no such finding. An operation qualified by another organ ('hepatic lobectomy', 'thyroid lobectomy') is
that organ's. The words are rules/sites.json 'operation_organs'."""
from __future__ import annotations


class OperationOrgan:
    """The primary-site votes of operations named for an organ (`find`)."""

    def __init__(self, rules, weight: float):
        cfg = rules["sites"]["operation_organs"]
        self.organ_of = {word: organ for organ, words in cfg["organs"].items() for word in words}
        self.openers = set(cfg["pathology_openers"])
        self.opener_reach = cfg["opener_reach_tokens"]
        self.qualifier_reach = cfg["qualifier_reach_tokens"]
        self.found_words = set(cfg.get("found_words", []))  # r14
        self.specific = {t.lower() for t in rules["sites"]["primary_cues"]["specific_tumour_nouns"]}
        self.weight = weight

    def find(self, report) -> list:
        out = []
        for i in report.tokens_in(list(self.organ_of)):
            organ = self.organ_of[report.lower_word(i)]
            if self._other_organ_before(report, i, organ) or not self._tumour_found(report, i):
                continue
            token = report.doc[i]
            m = report.mention("primary_site", token.idx, token.idx + len(token), token.text, organ,
                               "primary_site:operation_organ", "SITE", tokens=(i, i + 1))
            m.weight = self.weight
            out.append(m)
        return out

    def _other_organ_before(self, report, i: int, organ: str) -> bool:
        """'hepatic lobectomy', 'a thyroid lobectomy': another organ's site right before the operation."""
        lo = max(report.sentence(i).start, i - self.qualifier_reach)
        return any(s.id_ != organ for s in report.spans_near("SITE", lo, i) if s.end <= i)

    def _tumour_found(self, report, i: int) -> bool:
        """A specific tumour noun after the operation in its sentence, or in the next sentence when it
        opens with a pathology word ('Histology showed a NET')."""
        lo, hi = report.sentence_bounds(i)
        if self._names_tumour(report, i + 1, hi) or self._found_at(report, lo, i):
            return True
        if hi >= len(report.doc):
            return False
        lo, end = report.sentence_bounds(hi)
        opening = {report.lower_word(k) for k in range(lo, min(end, lo + self.opener_reach))}
        return bool(opening & self.openers) and self._names_tumour(report, lo, end)

    def _found_at(self, report, lo: int, i: int) -> bool:
        """r14: the tumour told first, found at the operation: 'a carcinoid was found at appendectomy',
        'a grade 1 NET found at an interval appendectomy' (a 'found_words' word between them); r19: or
        removed by it ('the NET was resected by partial gastrectomy', 'treated with'), or diagnosed before it
        ('Once an insulinoma was diagnosed, a distal pancreatectomy was done': the found word first).
        In the operation's own clause: a semicolon ends the tumour's ('the NET was removed endoscopically;
        a cholecystectomy was done in 2010')."""
        lo = next((k + 1 for k in range(i - 1, lo - 1, -1) if report.lower_word(k) == ";"), lo)
        found = [k for k in range(lo, i) if report.lower_word(k) in self.found_words]
        return bool(found) and (self._names_tumour(report, lo, found[-1]) or self._names_tumour(report, found[0], i))

    def _names_tumour(self, report, lo: int, hi: int) -> bool:
        return any(t.text.lower() in self.specific and t.end <= hi for t in report.spans_near("TUMOUR", lo, hi))
