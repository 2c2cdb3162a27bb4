"""Stain cues that a premodifier makes (marker_cues.MarkerCues asks): 'showed positive chromogranin A',
'positive staining of the tumour cells for CD56', 'produced negative stains to S-100'. A premodifier
word is a backward cue by itself ('CK7 positive'); right before a marker, or heading a stain noun and
its object word, it governs forward instead, and a premodifier, a stain noun and an object word
together are one cue. The words are those of rules/markers.json 'polarity'."""
from __future__ import annotations

from ..lexicon import plural_noun_cues
from .base import ReportView
from .polarity import Walks

# a bare sign is no predicate of a noun cue ("Chromogranin A: positive" then "- Insulin")
SIGNS = frozenset({"+", "-", "\u2013"})


class Premodifiers:
    """Reads the cues a premodifier makes: `composed_nouns`, then `moved_forward`."""

    def __init__(self, pol: dict, walks: Walks):
        self.walks = walks
        self.list_words = walks.list_words
        self.negators = set(pol["negators"])
        self.noun_backward = set(pol["noun_backward"])
        self.premodifiers = frozenset(pol["premodifiers"])
        self.premodifier_objects = frozenset(pol["premodifier_objects"])  # 'positive staining ... for CgA'
        self.object_min_words = pol["premodifier_object_min_words"]  # 'positive for' is a cue of its own
        self.result_premodifiers = frozenset(pol.get("result_premodifiers") or ())  # r9c: 'strong staining ... for
        # r10c: 'negative stains to', 'negative immunostains for': a noun cue's noun or a stain word, in the
        # plural too, and the word a noun cue takes its object by ('staining with')
        nouns = {c.split()[0] for c in pol["noun_forward"]} | set(pol["noun_backward"]) | set(pol["strong_stain_words"])
        self.stain_nouns = nouns | {c.split()[0] for c in plural_noun_cues(sorted(nouns))}
        self.stain_objects = frozenset(c.split()[1] for c in pol["noun_forward"] if " " in c)

    def moved_forward(self, report: ReportView, forward: list, backward: list, marker_tokens: set[int]):
        """'showed positive chromogranin A and synaptophysin', 'there was negative CK7': a backward cue
        ending in a premodifier word right before a marker, with no marker or sign right before the
        cue, governs forward; so does a noun cue ('staining') whose object word follows an aside ('strong
        staining within the tumour cells for ACTH', r9c). In a flattened table ('CK7 positive CD56
        positive', 'CK7 was positive CD56 was negative') a marker stands before it: it stays backward."""
        if not self.premodifiers:
            return forward, backward
        doc = report.doc
        moved: list = []
        kept: list = []
        for span, pol in backward:
            before = span.start - 1
            premodifier = span[-1].lower_ in self.premodifiers
            # r9c: a noun cue with its object word after an aside ('strong staining within the tumour
            # cells for ACTH', 'immunoreactivity of the neoplastic cells to chromogranin') governs forward too
            heads = (premodifier and span.end in marker_tokens) or (
                (premodifier or self._bare_noun(doc, span)) and self._object_follows(report, span.end, marker_tokens))
            adjective = heads and not (before >= 0 and (before in marker_tokens or doc[before].text in SIGNS))
            (moved if adjective else kept).append((span, pol))
        return (forward + moved, kept) if moved else (forward, backward)

    def composed_nouns(self, report: ReportView, forward: list, backward: list, marker_tokens: set[int]):
        """'produced negative stains to S-100 and chromogranin A', 'positive stainings for CD56': a
        premodifier, a stain noun (a noun cue's noun, singular or plural) and an object word, with a
        marker after it over list words, are one forward cue of the premodifier's polarity, whatever the
        noun's own cue says ('immunoreactivity to' alone is positive); a cue listed whole ('negative
        staining for') holds its premodifier already. Returns the cues and the starts of the joined
        premodifiers, which are no predicate of an earlier noun cue's list. r10c."""
        doc, composed, kept = report.doc, [], []
        covered: set[int] = set()
        for span, pol in backward:
            if self._heads_stain_noun(report, span, marker_tokens):
                composed.append((doc[span.start:span.end + 2], pol))
                covered.update((span.end, span.end + 1))
            else:
                kept.append((span, pol))
        if not composed:
            return forward, backward, set()
        return ([(s, p) for s, p in forward if s.start not in covered] + composed,
                [(s, p) for s, p in kept if s.start not in covered], {s.start for s, _ in composed})

    def _heads_stain_noun(self, report: ReportView, span, marker_tokens: set[int]) -> bool:
        """Is the backward cue a premodifier ('negative') followed by a stain noun, an object word and
        a marker, with no marker or sign right before it?"""
        doc, i, before = report.doc, span.end, span.start - 1
        return (span.text.lower() in self.premodifiers and i + 2 < report.sentence_bounds(span.start)[1]
                and doc[i].lower_ in self.stain_nouns and doc[i + 1].lower_ in self.stain_objects
                and self._marker_after(report, i + 2, marker_tokens)
                and not (before >= 0 and (before in marker_tokens or doc[before].text in SIGNS)))

    def _marker_after(self, report: ReportView, k: int, marker_tokens: set[int]) -> bool:
        """Does a marker stand at token k, after list words only ('to the S-100')?"""
        hi = min(report.sentence_bounds(k)[1], k + self.walks.max_gap)
        while k < hi and k not in marker_tokens and report.lower_word(k) in self.list_words:
            k += 1
        return k in marker_tokens

    def _bare_noun(self, doc, span) -> bool:
        """A noun cue ('staining') told as a result by a word before it ('strong', 'diffuse': rules
        'result_premodifiers'), with no premodifier or negator of its own there: in 'negative
        immunostaining of the tumour cells to CD56' the premodifier governs, and 'immunohistochemical
        staining of the tumour cells for CK20' names the stain done, no result."""
        if span.text.lower() not in self.noun_backward:
            return False
        before = [doc[k].lower_ for k in range(max(0, span.start - 3), span.start)]
        return (any(w in self.result_premodifiers for w in before)
                and not any(w in self.premodifiers or w in self.negators or w in ",;" for w in before))

    def _object_follows(self, report: ReportView, start: int, marker_tokens: set[int]) -> bool:
        """'Positive immunohistochemical staining of the tumour cells for chromogranin A': from `start`,
        within the words a forward cue spans and before a comma, a marker or a new clause, an object
        word ('for') with a marker right after it, at least 'premodifier_object_min_words' words on."""
        hi = min(report.sentence_bounds(start)[1] - 1, start + self.walks.max_walk)
        counted = 0
        for j in range(start, hi):
            word = report.lower_word(j)
            if j in marker_tokens or word in (",", ";") or word in self.walks.stops:
                return False
            if word in self.premodifier_objects:
                k = j + 1  # r9c: over list words ('for antibodies directed against ACTH')
                while k < hi and k not in marker_tokens and report.lower_word(k) in self.list_words:
                    k += 1
                return j - start >= self.object_min_words and k in marker_tokens
            counted += word not in self.list_words
            if counted > self.walks.max_gap:
                return False
        return False
