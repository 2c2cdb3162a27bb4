"""The polarity cues of a report's stain markers, made ready for the walk in polarity.py.

A positive cue right after a negator is negative ('did not stain for'); a noun cue takes a negative
predicate after it ('PSA expression was absent', 'Staining for CK7 and CK20 was absent', where the
cue then governs its list only); a noun cue that only heads an earlier cue's object ('negative for
vimentin and PD-L1 expression') is no cue of its own. The words are those of rules/markers.json
'polarity'; the cues a premodifier makes ('positive staining of the cells for CD56') are marker_premodifiers.py's."""
from __future__ import annotations

import bisect

from ..lexicon import plural_noun_cues
from .base import ReportView
from .marker_premodifiers import SIGNS, Premodifiers
from .polarity import CLOSING, OPENING, Walks, nearest_cues

MINUS_SIGNS = frozenset({"-", "\u2013"})  # hyphen and en dash (a flattened table's minus)


class MarkerCues:
    """Finds a report's polarity cues (`find`), then the cue that governs each marker (`governing`)."""

    def __init__(self, pol: dict):
        self.walks = Walks.from_rules(pol)
        self.list_words = self.walks.list_words
        self.negators = set(pol["negators"])
        self.negator_reach = pol["negator_reach_tokens"]
        self.predicate_verbs = frozenset(pol["predicate_verbs"])  # 'CD56 expression was strong'
        self.panel_verbs = frozenset(pol["panel_verbs"])  # 'stains for CK7 and CK20 were performed'
        self.noun_forward = set(pol["noun_forward"]) | set(plural_noun_cues(pol["noun_forward"]))  # r10c: plurals
        self.noun_backward = set(pol["noun_backward"])
        self.premodified = Premodifiers(pol, self.walks)  # 'positive staining of the cells for CgA'
        self.polar_adverbs = frozenset(pol.get("polar_adverbs", ()))  # r11-mk: 'stained negatively for'
        self.subject_negators = frozenset(pol.get("subject_negators", ()))  # r11-mk: 'No tumour cells stained for'
        self.subject_words = frozenset(pol.get("negated_subject_words", ()))

    def governing(self, report: ReportView, markers: list, marker_tokens: set[int], cues) -> dict:
        """(start, end) of each marker -> (polarity, cue text) of the cue that governs it, among the
        `cues` that `find` gave."""
        forward, backward, negative_starts = cues
        backward = _minus_signs_only(report, backward, marker_tokens)
        forward, backward, composed = self.premodified.composed_nouns(report, forward, backward, marker_tokens)
        negative_starts = negative_starts - composed  # 'immunoreactivity to CK and negative stains for S-100'
        forward, backward = self.premodified.moved_forward(report, forward, backward, marker_tokens)
        forward = [(s, pol) for s, pol in forward if not self._names_panel(report, s, marker_tokens)]
        list_ends = self._predicates_after_lists(report, forward, marker_tokens, negative_starts)
        backward = self._drop_object_heads(report, forward, backward, marker_tokens)
        return nearest_cues(report, markers, forward, backward, marker_tokens, self.walks, list_ends)

    def find(self, report: ReportView):
        """The forward and backward (cue span, polarity) lists, and the starts of the negative
        backward cues that may be another cue's predicate ('PSA expression was absent')."""
        forward, backward = _raw_cues(report, self.polar_adverbs)
        forward = [(s, self._negated(report, s, pol)) for s, pol in forward]
        backward = [(s, self._negated(report, s, pol)) for s, pol in backward]
        negative_starts = {s.start for s, pol in backward if pol == "negative" and s.text not in SIGNS}
        backward = [(s, self._noun_predicate(report, s, pol, negative_starts)) for s, pol in backward]
        return forward, backward, negative_starts

    def _noun_predicate(self, report: ReportView, cue, polarity: str, negative_starts: set[int]) -> str:
        """'PSA expression was absent': a positive noun cue whose own predicate is negative."""
        if polarity == "positive" and cue.text.lower() in self.noun_backward and any(
                i in negative_starts and report.sent_id(i) == report.sent_id(cue.start)
                for i in (cue.end, cue.end + 1)):
            return "negative"
        return polarity

    def _predicates_after_lists(self, report: ReportView, forward: list, marker_tokens: set[int],
                                negative_starts: set[int]) -> dict[int, int]:
        """'Staining for CK7 and CK20 was absent': a positive noun cue followed by its list and a
        negative predicate turns negative (in `forward`) and governs that list only; returns
        {the cue's start: the end of its list}."""
        list_ends: dict[int, int] = {}
        for k, (s, pol) in enumerate(forward):
            if pol == "positive" and s.text.lower() in self.noun_forward:
                end = self._after_list(report, s, marker_tokens)
                if end in negative_starts:
                    forward[k], list_ends[s.start] = (s, "negative"), end
        return list_ends

    def _names_panel(self, report: ReportView, cue, marker_tokens: set[int]) -> bool:
        """'Immunohistochemical stains for synaptophysin, CK7 and CK20 were performed', 'we performed
        immunostaining with antibodies against CK7': a noun cue that names the panel used, with one of
        'panel_verbs' right after its list (over one predicate verb) or right before it; its result,
        if any, is told by another cue."""
        if cue.text.lower() not in self.noun_forward:
            return False
        bounds = report.sentence_bounds(cue.start)
        j = self._after_list(report, cue, marker_tokens)
        if j < bounds[1] and report.lower_word(j) in self.predicate_verbs:
            j += 1
        return (self._panel_verb(report, j, bounds, starts=True)
                or self._panel_verb(report, cue.start - 1, bounds, starts=False))

    def _panel_verb(self, report: ReportView, i: int, bounds: tuple[int, int], starts: bool) -> bool:
        """Does a phrase of 'panel_verbs' start (`starts`) or end at token i, inside `bounds`?"""
        for phrase in self.panel_verbs:
            words = phrase.split()
            first = i if starts else i - len(words) + 1
            if bounds[0] <= first and first + len(words) <= bounds[1] and all(
                    report.lower_word(first + k) == w for k, w in enumerate(words)):
                return True
        return False

    def _negated(self, report: ReportView, cue, polarity: str) -> str:
        """'did not stain for', 'was not positive': a negator just before a positive cue makes it negative."""
        if polarity != "positive":
            return polarity
        before = [report.lower_word(i) for i in range(max(0, cue.start - self.negator_reach), cue.start)]
        if any(w in self.negators for w in before) and not any(w in ",;" for w in before):
            return "negative"
        return "negative" if self._negated_subject(report, cue.start) else polarity

    def _negated_subject(self, report: ReportView, start: int) -> bool:
        """r11-mk: 'No tumour cells were positive for CK7', 'None of the cells expressed TTF-1': the cue's
        subject is negated, over the words of a subject ('negated_subject_words') back to 'no' or 'none'
        ('subject_negators'); any other word ('No necrosis was seen, and the cells were positive for')
        ends the subject first."""
        lo = report.sentence_bounds(start)[0]
        i = start - 1
        while i >= lo and report.lower_word(i) in self.subject_words:
            i -= 1
        return i >= lo and i < start - 1 and report.lower_word(i) in self.subject_negators

    def _after_list(self, report: ReportView, cue, marker_tokens: set[int]) -> int:
        """The first token after the markers, list words and bracketed asides (r14: a clone, a maker, a
        dilution: 'stains for synaptophysin (27G12, Dako) were performed') that follow a forward cue."""
        hi = min(report.sentence_bounds(cue.start)[1], cue.end + self.walks.max_walk)
        j, depth = cue.end, 0
        while j < hi:
            word = report.lower_word(j)
            if word in OPENING:  # the polarity walks' brackets: an aside is passed over as they pass it
                depth += 1
            elif word in CLOSING and depth:
                depth -= 1
            elif not depth and j not in marker_tokens and word not in self.list_words:
                break
            j += 1
        return j

    def _drop_object_heads(self, report, forward, backward, marker_tokens) -> list:
        """'negative for vimentin and PD-L1 expression': a noun cue right after a marker at the end of
        an earlier forward cue's list, with no verb after it, is the head of that cue's object, not a
        polarity of its own ('CD56 expression was strong', 'negative for CK7 with diffuse CDX2
        positivity' keep their cue). r11-mk: after a cue that ends in 'of' the noun closes that cue's
        noun phrase whatever verb follows ('Loss of ATRX and DAXX expression was observed')."""
        if not forward:
            return backward
        ends = sorted(s.end for s, _ in forward)
        doc, out = report.doc, []
        for span, pol in backward:
            k = bisect.bisect_left(ends, span.start) - 1
            of_phrase = k >= 0 and doc[ends[k] - 1].lower_ == "of"
            head = (span.text.lower() in self.noun_backward and span.start - 1 in marker_tokens and (
                of_phrase or not (span.end < len(doc) and doc[span.end].lower_ in self.predicate_verbs)))
            if head and k >= 0 and report.same_sentence(doc[ends[k] - 1:ends[k]], span) and (
                    self._only_list_between(doc, ends[k], span.start, marker_tokens)
                    or self._closes_list(doc, ends[k], span.start, marker_tokens)):
                continue  # only the list stands between: the cue's own object
            out.append((span, pol))
        return out

    def _only_list_between(self, doc, cue_end: int, noun: int, marker_tokens: set[int]) -> bool:
        """'negative for vimentin and PD-L1 expression': markers and list words only, up to the noun cue."""
        return all(i in marker_tokens or doc[i].lower_ in self.list_words or doc[i].lower_ in self.noun_backward
                   for i in range(cue_end, noun))

    def _closes_list(self, doc, cue_end: int, noun: int, marker_tokens: set[int]) -> bool:
        """'negative for EGFR mutation, ALK rearrangement and PD-L1 expression': the marker before the
        noun cue is the last item ('and', 'or' before it) of a list the forward cue opened, whose other
        items are tests no stain names; no verb and no new clause between, and no more words than
        the forward cue spans."""
        first = noun - 1
        while first - 1 >= cue_end and first - 1 in marker_tokens:
            first -= 1
        if first - 1 < cue_end or doc[first - 1].lower_ not in ("and", "or"):
            return False
        between = [doc[i].lower_ for i in range(cue_end, first) if i not in marker_tokens]
        words = [w for w in between if w not in self.list_words]
        return (len(words) <= self.walks.max_gap
                and not any(w in self.walks.stops or w in self.predicate_verbs for w in between))


def _raw_cues(report: ReportView, polar_adverbs: frozenset[str] = frozenset()) -> tuple[list, list]:
    """The forward and backward (cue span, polarity) lists as the lexicon found them, less the cues
    another cue hides: 'no expression of' hides the 'expression of' inside it, a forward cue hides a
    backward one that starts inside it."""
    forward = _drop_contained(_forward_cues(report, polar_adverbs))
    # r6-mark: a forward cue with no object, before a comma or the sentence's end ('Synaptophysin was
    # expressed, but TTF-1 and CDX2 were not'), governs nothing after it.
    forward = [(s, pol) for s, pol in forward if not _ends_clause(report, s.end)]
    in_forward = {i for s, _ in forward for i in range(s.start, s.end)}
    # r6-mark: a backward cue whose last word opens a longer forward cue ('the cells were positive
    # for CgA': 'were positive' + 'positive for') is that cue's verb, and reaches back to no marker.
    heads = {i for s, _ in forward for i in range(s.start, s.end - 1)}
    backward = [(s, pol) for label, pol in (("POSITIVE_BACKWARD", "positive"), ("NEGATIVE_BACKWARD", "negative"))
                for s in report.spans(label) if s.start not in in_forward and s.end - 1 not in heads]
    return forward, backward


def _forward_cues(report: ReportView, polar_adverbs: frozenset[str]) -> list:
    """The lexicon's forward (cue span, polarity) list. r11-mk: the lexicon matches a cue with an adverb
    left out ('was diffusely expressed'); a cue with a word of `polar_adverbs` inside it ('stained
    negatively for') left out the polarity itself and is none, so the cue that word opens ('negatively
    for') governs."""
    forward = [(s, "positive") for s in report.spans("POSITIVE_FORWARD")] + \
              [(s, "negative") for s in report.spans("NEGATIVE_FORWARD")]
    return [(s, pol) for s, pol in forward if not _skips_polarity(s, polar_adverbs)] if polar_adverbs else forward


def _skips_polarity(span, polar_adverbs: frozenset[str]) -> bool:
    """Does a word of `polar_adverbs` stand inside the cue `span`, neither its first nor its last word?"""
    return any(span.doc[i].lower_ in polar_adverbs for i in range(span.start + 1, span.end - 1))


def _ends_clause(report: ReportView, i: int) -> bool:
    """Is token i past its sentence, or a comma, semicolon or full stop?"""
    return i >= report.sentence_bounds(i - 1)[1] or report.lower_word(i) in (",", ";", ".")


def _minus_signs_only(report: ReportView, backward: list, marker_tokens: set[int]) -> list:
    """r6-mark: a spaced hyphen or en dash is a minus sign ('CK20 -', 'CK20 (\u2013)', 'CK7 - CD56 +')
    only when no word follows it; before a word it separates a table's name from its result
    ('Synaptophysin - positive', 'CK20 \u2013 diffusely positive'), and that result is the cue."""
    doc = report.doc
    return [(span, pol) for span, pol in backward
            if not (span.text in MINUS_SIGNS and span.end < len(doc) and doc[span.end].is_alpha
                    and span.end not in marker_tokens)]


def _drop_contained(cues: list) -> list:
    """Cues whose span lies inside a longer cue are dropped; one pass over the cues sorted by start."""
    order = sorted(range(len(cues)), key=lambda k: (cues[k][0].start, -(cues[k][0].end - cues[k][0].start)))
    dropped, reach, group, group_end = set(), -1, None, -1
    for k in order:
        span = cues[k][0]
        if (span.start, span.end) != group:
            reach, group, group_end = max(reach, group_end), (span.start, span.end), span.end
        if reach >= span.end:
            dropped.add(k)
    return [cue for k, cue in enumerate(cues) if k not in dropped]
