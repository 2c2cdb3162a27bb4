"""Immunohistochemical markers with polarity, across coordination:
'positivity for CK (AE1/AE3), CD56, CgA and Syn, and negativity for CK7 and PSA', 'CD56+', 'Syn (+)',
'calcitonin-positive cells'.

Each marker takes the nearest polarity cue of its sentence: a forward cue before it ('positive
for') or a backward cue after it ('were negative', '+'). Distance skips other markers, commas and
bracketed asides, so one cue governs a whole list. Serum values ('27.3 ng/mL of neuron-specific
enolase') and receptor imaging are not stains."""
from __future__ import annotations

import bisect
import re

from ..regexes import compile_rule
from ..words import WordVerdicts
from .base import INDEX_SENTENCE_RANK, FieldExtractor, Mention, ReportView, keep
from .polarity import Walks, nearest_cues

SIGNS = frozenset({"+", "-"})  # a bare sign is no predicate of a noun cue ("Chromogranin A: positive" then "- Insulin")
SIGN_CHARS = "-‐‑–(+"  # a word with none of these carries no polarity of its own (hyphens and dashes: CK7–negative)


class MarkerExtractor(FieldExtractor):
    fields = ("markers_positive", "markers_negative")

    def __init__(self, rules):
        cfg = rules["markers"]
        pol = cfg["polarity"]
        self.walks = Walks.from_rules(pol)
        self.list_words = self.walks.list_words
        self.negator_reach = pol["negator_reach_tokens"]
        self.predicate_verbs = frozenset(pol["predicate_verbs"])  # 'CD56 expression was strong'  # 'SDHB loss', not 'insulin, weight loss'
        self.noun_forward = set(pol["noun_forward"])
        self.noun_backward = set(pol["noun_backward"])
        self.suffix = re.compile(pol["suffix_regex"], re.IGNORECASE)
        self.attached_sign = re.compile(pol["attached_sign_regex"])
        self.clone_carriers = set(cfg["clone_carriers"])
        self.clone_marker = cfg["clone_marker"]  # 'AE1/AE3' alone is a cytokeratin stain
        self.clone_reach = cfg["clone_reach_tokens"]
        self.serum_reach = cfg["serum_reach_tokens"]
        self.synonyms = rules.marker_synonyms
        self.synonym_tails = {k.rsplit(" ", 1)[1] for k in self.synonyms if k.count(" ") == 1}
        self.strong_stain = set(pol["strong_stain_words"])
        self.negators = set(pol["negators"])
        ell = cfg["elliptical"]
        self.item_separator = re.compile(ell["separator"], re.IGNORECASE)
        self.shared_head_reach = ell["reach_chars"]
        self.suffixed_words = WordVerdicts(self._suffixed_word)
        self.elliptical = [(compile_rule(p["regex"], re.IGNORECASE), p["template"], p["needs"]) for p in ell["patterns"]]

    def find(self, report: ReportView) -> list[Mention]:
        doc, out = report.doc, []
        forward = [(s, "positive") for s in report.spans("POSITIVE_FORWARD")] + \
                  [(s, "negative") for s in report.spans("NEGATIVE_FORWARD")]
        forward = _drop_contained(forward)  # 'no expression of' hides the 'expression of' inside it
        in_forward = {i for s, _ in forward for i in range(s.start, s.end)}
        backward = [(s, pol) for label, pol in (("POSITIVE_BACKWARD", "positive"), ("NEGATIVE_BACKWARD", "negative"))
                    for s in report.spans(label) if s.start not in in_forward]
        forward = [(s, self._negated(report, s, pol)) for s, pol in forward]
        backward = [(s, self._negated(report, s, pol)) for s, pol in backward]
        # 'PSA expression was absent': a positive noun cue whose own predicate is negative.
        negative_starts = {s.start for s, pol in backward if pol == "negative" and s.text not in SIGNS}
        backward = [(s, "negative" if pol == "positive" and s.text.lower() in self.noun_backward
                     and any(i in negative_starts and report.sent_id(i) == report.sent_id(s.start) for i in (s.end, s.end + 1))
                     else pol) for s, pol in backward]
        clones = report.spans("CLONE")
        shared, heads = self._shared_heads(report)
        in_shared = {i for a, b, *_ in shared for i in range(a, b)}
        markers = [(s.start, s.end, s.id_, s.text) for s in report.spans("MARKER")
                   if s.start not in heads and s.start not in in_shared] + shared
        clone_of: dict[int, str] = {}
        clone_at = {}
        for c in clones:
            clone_at.setdefault(c.start, c)
        for start, end, canonical, _ in markers:  # 'cytokeratin (CK) (AE1/AE3)'
            if canonical in self.clone_carriers:
                clone = next((clone_at[i] for i in range(end, end + self.clone_reach)
                              if i in clone_at and "," not in doc[end:i].text), None)
                if clone is not None:
                    clone_of[start] = clone.id_
        for clone in clones:  # the clone named alone ('AE1/AE3+') is a cytokeratin stain too
            markers.append((clone.start, clone.end, self.clone_marker, clone.text))
            clone_of[clone.start] = clone.id_
        suffixed = self._suffixed(doc)
        suffixed_polarity = {start: polarity for start, _, _, polarity in suffixed}
        marker_tokens = {i for start, end, *_ in markers for i in range(start, end)}
        # 'Staining for CK7 and CK20 was absent': a noun cue takes the predicate after its list, and
        # governs that list only.
        list_ends: dict[int, int] = {}
        for k, (s, pol) in enumerate(forward):
            if pol == "positive" and s.text.lower() in self.noun_forward:
                end = self._after_list(report, s, marker_tokens)
                if end in negative_starts:
                    forward[k], list_ends[s.start] = (s, "negative"), end
        backward = self._drop_object_heads(report, forward, backward, marker_tokens)
        nearest = nearest_cues(report, markers, forward, backward, marker_tokens, self.walks, list_ends)
        imaging = {report.sent_id(s.start) for s in report.spans("IMAGING_CONTEXT")}
        strong = report.sentences_with("strong_stain", self.strong_stain)
        serum = self._serum_cues(report)
        fuzzy = doc.user_data.get("fuzzy", {})
        for start, end, canonical, _ in sorted(markers) + suffixed:
            if canonical in self.clone_carriers and start in clone_of:
                canonical = f"{self.clone_marker} ({clone_of[start]})"
            start_char, end_char = report.token_chars(start, end)
            text = report.text[start_char:end_char]
            if start in suffixed_polarity:
                polarity, cue = suffixed_polarity[start], text
            else:
                polarity, cue = nearest.get((start, end), (None, ""))
            near = fuzzy.get((start, "MARKER"))
            m = report.mention("markers", start_char, end_char, text, (canonical, polarity),
                               f"fuzzy:{near}" if near else f"marker:{canonical}", "MARKER", tokens=(start, end))
            if polarity is None:
                m.dropped, m.reason = True, "no_polarity"
            elif serum and self._serum(start, end, report, serum, strong, self.serum_reach):
                m.dropped, m.reason = True, "serum_value"
            elif report.sent_id(start) in imaging and report.sent_id(start) not in strong:
                m.dropped, m.reason = True, "receptor_imaging"
            m.cue = cue
            out.append(m)
        return out

    def _shared_heads(self, report: ReportView):
        """Markers written with one shared head ('cytokeratins 7 and 20'), and the heads' tokens."""
        found, heads = [], set()
        for rx, template, needs in self.elliptical:
            for m in report.finditer_near(rx, (needs,), self.shared_head_reach, self.shared_head_reach, "shared_head"):
                pos = m.start("list")
                items = []
                for piece in self.item_separator.split(m.group("list")):
                    at = report.text.index(piece, pos)
                    pos = at + len(piece)
                    canonical = self.synonyms.get(template.format(piece.lower()))
                    if canonical:
                        items.append((at, at + len(piece), canonical))
                if len(items) < 2:
                    continue
                for a, b, canonical in items:
                    span = report.doc.char_span(a, b, alignment_mode="expand")
                    if span is not None:
                        found.append((span.start, span.end, canonical, span.text))
                head = report.doc.char_span(m.start(), m.start("list"), alignment_mode="expand")
                if head is not None:
                    heads.update(range(head.start, head.end))
        return found, heads

    def _negated(self, report: ReportView, cue, polarity: str) -> str:
        """'did not stain for', 'was not positive': a negator just before a positive cue makes it negative."""
        if polarity != "positive":
            return polarity
        before = [report.lower_word(i) for i in range(max(0, cue.start - self.negator_reach), cue.start)]
        if any(w in self.negators for w in before) and not any(w in ",;" for w in before):
            return "negative"
        return polarity

    def _after_list(self, report: ReportView, cue, marker_tokens: set[int]) -> int:
        """The first token after the markers and list words that follow a forward cue."""
        hi = min(report.sentence_bounds(cue.start)[1], cue.end + self.walks.max_walk)
        j = cue.end
        while j < hi and (j in marker_tokens or report.lower_word(j) in self.list_words):
            j += 1
        return j

    def _drop_object_heads(self, report, forward, backward, marker_tokens) -> list:
        """'negative for vimentin and PD-L1 expression': a noun cue right after a marker at the end of
        an earlier forward cue's list, with no verb after it, is the head of that cue's object, not a
        polarity of its own ('CD56 expression was strong', 'negative for CK7 with diffuse CDX2
        positivity' keep their cue)."""
        if not forward:
            return backward
        ends = sorted(s.end for s, _ in forward)
        doc, out = report.doc, []
        for span, pol in backward:
            head = (span.text.lower() in self.noun_backward and span.start - 1 in marker_tokens
                    and not (span.end < len(doc) and doc[span.end].lower_ in self.predicate_verbs))
            k = bisect.bisect_left(ends, span.start) - 1
            if head and k >= 0 and report.same_sentence(doc[ends[k] - 1:ends[k]], span) and all(
                    i in marker_tokens or doc[i].lower_ in self.list_words or doc[i].lower_ in self.noun_backward
                    for i in range(ends[k], span.start)):
                continue  # only the list stands between: the cue's own object
            out.append((span, pol))
        return out

    def _suffixed(self, doc):
        """One token carrying marker and polarity: 'calcitonin-positive', 'CK20-negative', 'CgA(+'; or
        the last word of a two-word marker that carries it: 'chromogranin A-positive' (two tokens)."""
        out = []
        for i, (canonical, polarity) in self.suffixed_words.find(doc):
            if canonical:
                out.append((i, i + 1, canonical, polarity))
            elif i > 0:
                tail = self.suffix.match(doc[i].lower_).group("marker")
                joined = self.synonyms.get(f"{doc[i - 1].lower_} {tail}")
                if joined:
                    out.append((i - 1, i + 1, joined, polarity))
        return out

    def _suffixed_word(self, word: str) -> tuple[str, str] | None:
        """(canonical marker, polarity) of a word that carries both; ('', polarity) for the last word
        of a two-word marker ('a-positive' of 'chromogranin A-positive'); else None."""
        if not any(c in word for c in SIGN_CHARS):
            return None
        m = self.suffix.match(word)
        if m and m.group("marker") in self.synonyms:
            return self.synonyms[m.group("marker")], "negative" if "neg" in m.group("polarity") else "positive"
        if m and m.group("marker") in self.synonym_tails:
            return "", "negative" if "neg" in m.group("polarity") else "positive"
        m = self.attached_sign.match(word)
        if m and m.group("marker") in self.synonyms:
            return self.synonyms[m.group("marker")], "negative" if m.group("sign") == "-" else "positive"
        return None

    @staticmethod
    def _serum_cues(report: ReportView) -> dict[int, tuple[list[int], list[int]]]:
        """Per sentence, the sorted starts and ends of its serum cues ('serum', 'ng/mL')."""
        return {sent: (sorted(s.start for s in spans), sorted(s.end for s in spans))
                for sent, spans in report.spans_by_sentence("SERUM_CONTEXT").items()}

    @staticmethod
    def _serum(start: int, end: int, report: ReportView, serum: dict, strong: set[int], reach: int) -> bool:
        """Is the marker at tokens [start, end) a serum value rather than a stain? Yes beside a
        serum cue (`reach` tokens either way), or in a sentence with one and no stain word."""
        sent = report.sent_id(start)
        cues = serum.get(sent)
        if not cues:
            return False
        starts, ends = cues
        if _any_within(starts, end - reach, end + reach) or _any_within(ends, start - reach, start + reach):
            return True
        return sent not in strong

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        usable = [m for m in mentions if m.usable and not m.dropped]
        body = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        votes: dict[str, list[Mention]] = {}
        for m in sorted(body, key=lambda m: m.start):
            votes.setdefault(m.normalized[0], []).append(m)
        positive, negative, kept = [], [], []
        for canonical, ms in votes.items():
            pos = [m for m in ms if m.normalized[1] == "positive"]
            neg = [m for m in ms if m.normalized[1] == "negative"]
            chosen = pos if len(pos) >= len(neg) else neg
            kept.extend(chosen)
            (positive if chosen is pos else negative).append(canonical)
        keep(mentions, kept)  # once: a call per marker would read every mention again
        # 'cytokeratin' is redundant beside 'cytokeratin (AE1/AE3)' of the same polarity.
        for group in (positive, negative):
            if self.clone_marker in group and any(x.startswith(f"{self.clone_marker} (") for x in group):
                group.remove(self.clone_marker)
        return {"markers_positive": positive, "markers_negative": negative}


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


def _any_within(sorted_values: list[int], low: int, high: int) -> bool:
    i = bisect.bisect_left(sorted_values, low)
    return i < len(sorted_values) and sorted_values[i] <= high
