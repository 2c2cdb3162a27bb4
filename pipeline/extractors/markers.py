"""Immunohistochemical markers with polarity, across coordination:
'positivity for CK (AE1/AE3), CD56, CgA and Syn, and negativity for CK7 and PSA', 'CD56+', 'Syn (+)',
'calcitonin-positive cells'.

Each marker takes the nearest polarity cue of its sentence: a forward cue before it ('positive
for') or a backward cue after it ('were negative', '+'). Distance skips other markers, commas and
bracketed asides, so one cue governs a whole list. Serum values ('27.3 ng/mL of neuron-specific
enolase') and receptor imaging are not stains."""
from __future__ import annotations

import re

from .base import INDEX_SENTENCE_RANK, Mention, ReportView, keep

class MarkerExtractor:
    fields = ("markers_positive", "markers_negative")

    def __init__(self, rules):
        cfg = rules["markers"]
        pol = cfg["polarity"]
        self.max_gap = pol["max_gap_tokens"]
        self.list_words = set(pol["list_words"])
        self.suffix = re.compile(pol["suffix_regex"], re.IGNORECASE)
        self.attached_sign = re.compile(pol["attached_sign_regex"])
        self.clone_carriers = set(cfg["clone_carriers"])
        self.synonyms = rules.marker_synonyms
        self.strong_stain = set(pol["strong_stain_words"])
        self.negators = set(pol["negators"])
        ell = cfg["elliptical"]
        self.item_separator = re.compile(ell["separator"], re.IGNORECASE)
        self.elliptical = [(re.compile(p["regex"], re.IGNORECASE), p["template"], p["needs"]) for p in ell["patterns"]]

    def find(self, report: ReportView) -> list[Mention]:
        doc, out = report.doc, []
        forward = [(s, "positive") for s in report.spans("POSITIVE_FORWARD")] + \
                  [(s, "negative") for s in report.spans("NEGATIVE_FORWARD")]
        # 'no expression of' hides the 'expression of' inside it
        forward = [(s, pol) for s, pol in forward if not any(
            o.start <= s.start and s.end <= o.end and (o.end - o.start) > (s.end - s.start) for o, _ in forward)]
        in_forward = {i for s, _ in forward for i in range(s.start, s.end)}
        backward = [(s, pol) for label, pol in (("POSITIVE_BACKWARD", "positive"), ("NEGATIVE_BACKWARD", "negative"))
                    for s in report.spans(label) if s.start not in in_forward]
        forward = [(s, self._negated(doc, s, pol)) for s, pol in forward]
        backward = [(s, self._negated(doc, s, pol)) for s, pol in backward]
        # 'PSA expression was absent': a positive noun cue whose own predicate is negative.
        negative_starts = {s.start for s, pol in backward if pol == "negative"}
        backward = [(s, "negative" if pol == "positive" and (s.end in negative_starts or s.end + 1 in negative_starts)
                     else pol) for s, pol in backward]
        clones = report.spans("CLONE")
        shared, heads = self._shared_heads(report)
        markers = [(s.start, s.end, s.id_, s.text) for s in report.spans("MARKER")
                   if s.start not in heads and not any(a <= s.start < b for a, b, *_ in shared)] + shared
        clone_of: dict[int, str] = {}
        for start, end, canonical, _ in markers:  # 'cytokeratin (CK) (AE1/AE3)'
            if canonical in self.clone_carriers:
                clone = next((c for c in clones if 0 <= c.start - end <= 5 and "," not in doc[end:c.start].text), None)
                if clone is not None:
                    clone_of[start] = clone.id_
        for clone in clones:  # the clone named alone ('AE1/AE3+') is a cytokeratin stain too
            markers.append((clone.start, clone.end, "cytokeratin", clone.text))
            clone_of[clone.start] = clone.id_
        suffixed = self._suffixed(doc)
        suffixed_polarity = {start: polarity for start, _, _, polarity in suffixed}
        marker_tokens = {i for start, end, *_ in markers for i in range(start, end)}
        for start, end, canonical, _ in sorted(markers) + suffixed:
            if canonical in self.clone_carriers and start in clone_of:
                canonical = f"cytokeratin ({clone_of[start]})"
            span = doc[start:end]
            if start in suffixed_polarity:
                polarity, cue = suffixed_polarity[start], span.text
            else:
                polarity, cue = self._polarity(report, span, forward, backward, marker_tokens)
            near = doc.user_data.get("fuzzy", {}).get((start, "MARKER"))
            m = report.mention("markers", span.start_char, span.end_char, span.text, (canonical, polarity),
                               f"fuzzy:{near}" if near else f"marker:{canonical}", "MARKER")
            if polarity is None:
                m.extra["drop"], m.reason = True, "no_polarity"
            elif self._serum(span, report):
                m.extra["drop"], m.reason = True, "serum_value"
            elif any(report.same_sentence(s, span) for s in report.spans("IMAGING_CONTEXT")) and not any(
                    t.lower_ in self.strong_stain for t in report.sentence(span.start)):
                m.extra["drop"], m.reason = True, "receptor_imaging"
            m.extra["cue"] = cue
            out.append(m)
        return out

    def _shared_heads(self, report: ReportView):
        """Markers written with one shared head ('cytokeratins 7 and 20'), and the heads' tokens."""
        found, heads = [], set()
        lowered = report.lower_text
        for rx, template, needs in self.elliptical:
            if needs not in lowered:
                continue
            for m in rx.finditer(report.text):
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

    def _negated(self, doc, cue, polarity: str) -> str:
        """'did not stain for', 'was not positive': a negator just before a positive cue makes it negative."""
        if polarity != "positive":
            return polarity
        before = doc[max(0, cue.start - 2):cue.start]
        if any(t.lower_ in self.negators for t in before) and not any(t.text in ",;" for t in before):
            return "negative"
        return polarity

    def _suffixed(self, doc):
        """One token carrying marker and polarity: 'calcitonin-positive', 'CK20-negative', 'CgA(+'."""
        found = []
        for i, key in enumerate(doc.to_array("LOWER").tolist()):
            word = doc.vocab.strings[key]
            if "-" not in word and "(" not in word:
                continue
            m = self.suffix.match(word)
            if m and m.group("marker") in self.synonyms:
                polarity = "negative" if "neg" in m.group("polarity") else "positive"
            else:
                m = self.attached_sign.match(word)
                if not (m and m.group("marker") in self.synonyms):
                    continue
                polarity = "negative" if m.group("sign") == "-" else "positive"
            found.append((i, i + 1, self.synonyms[m.group("marker")], polarity))
        return found

    def _distance(self, doc, lo: int, hi: int, marker_tokens: set[int]) -> int:
        """Words between two positions that are not part of the marker list itself."""
        depth, count = 0, 0
        for tok in doc[lo:hi]:
            if tok.text in "([":
                depth += 1
            elif tok.text in ")]":
                depth = max(0, depth - 1)
            elif depth or tok.i in marker_tokens or tok.lower_ in self.list_words or tok.is_space:
                continue
            else:
                count += 1
        return count

    def _polarity(self, report, marker, forward, backward, marker_tokens):
        best, doc = None, report.doc
        for span, pol in forward:
            if not report.same_sentence(span, marker) or span.end > marker.start:
                continue
            dist = self._distance(doc, span.end, marker.start, marker_tokens)
            if dist <= self.max_gap and (best is None or dist < best[0]):
                best = (dist, pol, span.text)
        for span, pol in backward:
            if not report.same_sentence(span, marker) or span.start < marker.end:
                continue
            dist = self._distance(doc, marker.end, span.start, marker_tokens)
            if dist <= 3 and (best is None or dist < best[0]):
                best = (dist, pol, span.text)
        return (best[1], best[2]) if best else (None, "")

    def _serum(self, marker, report: ReportView) -> bool:
        sent = report.sentence(marker.start)
        serum = [s for s in report.spans("SERUM_CONTEXT") if report.same_sentence(s, marker)]
        if not serum:
            return False
        if any(-3 <= s.start - marker.end <= 3 or -3 <= marker.start - s.end <= 3 for s in serum):
            return True
        return not any(t.lower_ in self.strong_stain for t in sent)

    def decide(self, mentions: list[Mention], row: dict | None = None) -> dict:
        usable = [m for m in mentions if m.usable and not m.extra.get("drop")]
        body = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        votes: dict[str, list[Mention]] = {}
        for m in sorted(body, key=lambda m: m.start):
            votes.setdefault(m.normalized[0], []).append(m)
        positive, negative = [], []
        for canonical, ms in votes.items():
            pos = [m for m in ms if m.normalized[1] == "positive"]
            neg = [m for m in ms if m.normalized[1] == "negative"]
            chosen = pos if len(pos) >= len(neg) else neg
            keep(mentions, chosen)
            (positive if chosen is pos else negative).append(canonical)
        # 'cytokeratin' is redundant beside 'cytokeratin (AE1/AE3)' of the same polarity.
        for group in (positive, negative):
            if "cytokeratin" in group and any(x.startswith("cytokeratin (") for x in group):
                group.remove("cytokeratin")
        return {"markers_positive": positive, "markers_negative": negative}
