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
from dataclasses import dataclass

from spacy.tokens import Span

from ..regexes import compile_rule
from ..words import WordVerdicts
from .base import INDEX_SENTENCE_RANK, FieldExtractor, Mention, ReportView, keep
from .marker_anaphora import results_told_after
from .marker_basis import BasisReader
from .marker_cues import MarkerCues
from .marker_symbols import SymbolReader

SIGN_CHARS = "-‐‑–(+"  # a word with none of these carries no polarity of its own (hyphens and dashes: CK7–negative)


class MarkerExtractor(FieldExtractor):
    fields = ("markers_positive", "markers_negative")

    def __init__(self, rules):
        cfg = rules["markers"]
        pol = cfg["polarity"]
        self.cues = MarkerCues(pol)
        self.suffix = re.compile(pol["suffix_regex"], re.IGNORECASE)
        self.attached_sign = re.compile(pol["attached_sign_regex"])
        self.clone_carriers = set(cfg["clone_carriers"])
        self.clone_marker = cfg["clone_marker"]  # 'AE1/AE3' alone is a cytokeratin stain
        self.clone_reach = cfg["clone_reach_tokens"]
        self.serum_reach = cfg["serum_reach_tokens"]
        self.synonyms = rules.marker_synonyms
        self.synonym_tails = {k.rsplit(" ", 1)[1] for k in self.synonyms if k.count(" ") == 1}
        self.strong_stain = set(pol["strong_stain_words"])
        ell = cfg["elliptical"]
        self.item_separator = re.compile(ell["separator"], re.IGNORECASE)
        self.shared_head_reach = ell["reach_chars"]
        self.suffixed_words = WordVerdicts(self._suffixed_word)
        self.result_sentence = (re.compile(pol["result_sentence"], re.IGNORECASE)
                                if pol.get("result_sentence") else None)
        self.result_openers = frozenset(pol["result_clause_openers"])  # r10a: '...were performed; all were negative'
        self.basis = BasisReader.from_rules(pol)  # r12-mk: 'the diagnosis was confirmed by IHC (CgA, Syn)'
        self.symbols = SymbolReader(cfg)  # r12-mk: 'positive for MUM1, TLE1 and synaptophysin'
        self.elliptical = [(compile_rule(p["regex"], re.IGNORECASE), p["template"], p["needs"])
                           for p in ell["patterns"]]

    def find(self, report: ReportView) -> list[Mention]:
        cues = self.cues.find(report)
        markers, clone_of = self._markers(report)
        suffixed = self._suffixed(report.doc)
        marker_tokens = {i for start, end, *_ in markers for i in range(start, end)}
        nearest = self.cues.governing(report, markers, marker_tokens, cues)
        nearest.update(results_told_after(report, markers, marker_tokens, nearest, self.result_sentence,
                                          self.result_openers))
        nearest.update(self.basis.told(report, markers, marker_tokens,
                                       set(nearest) | {(s, e) for s, e, *_ in suffixed}))
        reading = Reading(nearest=nearest,
                          suffixed={start: polarity for start, _, _, polarity in suffixed},
                          imaging={report.sent_id(s.start) for s in report.spans("IMAGING_CONTEXT")},
                          strong=report.sentences_with("strong_stain", self.strong_stain),
                          serum=self._serum_cues(report), fuzzy=report.doc._.fuzzy_hits or {})
        out = []
        for start, end, canonical, _ in sorted(markers) + suffixed:
            if canonical in self.clone_carriers and start in clone_of:
                canonical = f"{self.clone_marker} ({clone_of[start]})"
            out.append(self._mention(report, start, end, canonical, reading))
        return out

    def _markers(self, report: ReportView):
        """(start, end, canonical, text) of every marker, shared-head items and clones included, and
        the clone named after each clone carrier ({carrier's start token: clone})."""
        shared, heads = self._shared_heads(report)
        in_shared = {i for a, b, *_ in shared for i in range(a, b)}
        # r7b: a keratin pair read part by part ('CK8/18' as CK8) on the very tokens of its clone is the clone
        clones = {(c.start, c.end) for c in report.spans("CLONE")}
        # r11-mk: nor is a shared-head list inside a clone ('cytokeratin 8/18' is no CK8 and CK18)
        in_clone = {i for a, b in clones for i in range(a, b)}
        shared = [item for item in shared if not in_clone.intersection(range(item[0], item[1]))]
        markers = [(s.start, s.end, s.id_, s.text) for s in report.spans("MARKER")
                   if s.start not in heads and s.start not in in_shared and (s.start, s.end) not in clones] + shared
        # r13: a clone's tokens are a known marker's too ('AE1/ AE3 and synaptophysin' holds no stain 'AE3')
        markers += self.symbols.find(report, markers + [(a, b, "", "") for a, b in clones])
        clone_of = self._carried_clones(report, markers)
        for clone in self._named_clones(report):  # the clone named alone ('AE1/AE3+') is a cytokeratin stain too
            markers.append((clone.start, clone.end, self.clone_marker, clone.text))
            clone_of[clone.start] = clone.id_
        return markers, clone_of

    def _named_clones(self, report: ReportView) -> list[Span]:
        """The clones that name a stain, less one that its antibody's clone follows in brackets (r20:
        'cytokeratin 8/18 (CAM 5.2)' is one stain, 'cytokeratin (CAM5.2)', as the guideline writes a
        keratin with its clone in brackets)."""
        clones = list(report.spans("CLONE"))
        bracketed = {c.start for c in clones if c.start > 0 and report.doc[c.start - 1].text == "("}
        return [c for c in clones if c.end + 1 not in bracketed or report.doc[c.end].text != "("]

    def _carried_clones(self, report: ReportView, markers) -> dict[int, str]:
        """The clone right after each clone carrier, with no comma between: 'cytokeratin (CK) (AE1/AE3)'."""
        clone_at: dict[int, Span] = {}
        for c in report.spans("CLONE"):
            clone_at.setdefault(c.start, c)
        clone_of: dict[int, str] = {}
        for start, end, canonical, _ in markers:
            if canonical not in self.clone_carriers:
                continue
            clone = next((clone_at[i] for i in range(end, end + self.clone_reach)
                          if i in clone_at and "," not in report.doc[end:i].text), None)
            if clone is not None:
                clone_of[start] = clone.id_
        return clone_of

    def _mention(self, report: ReportView, start: int, end: int, canonical: str, reading: Reading) -> Mention:
        """The mention of the marker at tokens [start, end), with the polarity its cue gives it;
        dropped without one, or when it is a serum value or receptor imaging rather than a stain."""
        start_char, end_char = report.token_chars(start, end)
        text = report.text[start_char:end_char]
        if start in reading.suffixed:
            polarity, cue = reading.suffixed[start], text
        else:
            polarity, cue = reading.nearest.get((start, end), (None, ""))
        near = reading.fuzzy.get((start, "MARKER"))
        m = report.mention("markers", start_char, end_char, text, (canonical, polarity),
                           f"fuzzy:{near}" if near else f"marker:{canonical}", "MARKER", tokens=(start, end))
        reason = "no_polarity" if polarity is None else self._not_a_stain(report, start, end, reading)
        if reason:
            m.dropped, m.reason = True, reason
        m.cue = cue
        return m

    def _not_a_stain(self, report: ReportView, start: int, end: int, reading: Reading) -> str:
        """'serum_value' or 'receptor_imaging' when the marker at [start, end) is no stain, else ''."""
        if reading.serum and self._serum(start, end, report, reading.serum, reading.strong, self.serum_reach):
            return "serum_value"
        sent = report.sent_id(start)
        if sent in reading.imaging and sent not in reading.strong:
            return "receptor_imaging"
        return ""

    def _shared_heads(self, report: ReportView):
        """Markers written with one shared head ('cytokeratins 7 and 20'), and the heads' tokens."""
        found: list[tuple[int, int, str, str]] = []
        heads: set[int] = set()
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

    def _suffixed(self, doc):
        """One token carrying marker and polarity: 'calcitonin-positive', 'CK20-negative', 'CgA(+'; or
        the last word of a two-word marker that carries it: 'chromogranin A-positive', 'chromogranin A+'
        (two tokens)."""
        out = []
        for i, (canonical, polarity) in self.suffixed_words.find(doc):
            if canonical:
                out.append((i, i + 1, canonical, polarity))
            elif i > 0:
                # _suffixed_word gives ('', polarity) only to a word its suffix or sign pattern matches
                suffixed = self.suffix.match(doc[i].lower_) or self.attached_sign.match(doc[i].lower_)
                assert suffixed is not None
                tail = suffixed.group("marker")
                joined = self.synonyms.get(f"{doc[i - 1].lower_} {tail}")
                if joined:
                    out.append((i - 1, i + 1, joined, polarity))
        return _suspended_hyphens(doc, out)

    def _suffixed_word(self, word: str) -> tuple[str, str] | None:
        """(canonical marker, polarity) of a word that carries both ('CK20-negative', 'CgA(+'); ('',
        polarity) for the last word of a two-word marker ('a-positive' of 'chromogranin A-positive', 'a+'
        of 'chromogranin A+'); else None. A polarity suffix is tried before a bare sign."""
        if not any(c in word for c in SIGN_CHARS):
            return None
        for pattern, group in ((self.suffix, "polarity"), (self.attached_sign, "sign")):
            m = pattern.match(word)
            if m is None:
                continue
            sign = m.group(group)
            polarity = "negative" if "neg" in sign or sign in ("-", "–") else "positive"
            if m.group("marker") in self.synonyms:
                return self.synonyms[m.group("marker")], polarity
            if m.group("marker") in self.synonym_tails:
                return "", polarity
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
        positive, negative, kept = _vote(body)
        keep(mentions, kept)  # once: a call per marker would read every mention again
        # 'cytokeratin' is redundant beside 'cytokeratin (AE1/AE3)' of the same polarity.
        for group in (positive, negative):
            if self.clone_marker in group and any(x.startswith(f"{self.clone_marker} (") for x in group):
                group.remove(self.clone_marker)
        return {"markers_positive": positive, "markers_negative": negative}


@dataclass
class Reading:
    """What MarkerExtractor.find reads of one report before it makes the mentions."""

    nearest: dict  # (start, end) of a marker -> (polarity, cue text) of the cue that governs it
    suffixed: dict[int, str]  # start token -> polarity of a marker word that carries its own ('CD56-positive')
    imaging: set[int]  # ids of the sentences about receptor imaging
    strong: set[int]  # ids of the sentences with a stain word
    serum: dict  # sentence id -> its serum cues (MarkerExtractor._serum_cues)
    fuzzy: dict  # (token, label) -> the entry a misspelt word was read as


def _vote(body: list[Mention]) -> tuple[list[str], list[str], list[Mention]]:
    """Each marker's polarity by majority of its mentions (a tie is positive), in order of first
    mention: (positive markers, negative markers, the mentions that carried the vote)."""
    votes: dict[str, list[Mention]] = {}
    for m in sorted(body, key=lambda m: m.start):
        votes.setdefault(m.normalized[0], []).append(m)
    positive: list[str] = []
    negative: list[str] = []
    kept: list[Mention] = []
    for canonical, ms in votes.items():
        pos = [m for m in ms if m.normalized[1] == "positive"]
        neg = [m for m in ms if m.normalized[1] == "negative"]
        chosen = pos if len(pos) >= len(neg) else neg
        kept.extend(chosen)
        (positive if chosen is pos else negative).append(canonical)
    return positive, negative, kept


def _any_within(sorted_values: list[int], low: int, high: int) -> bool:
    i = bisect.bisect_left(sorted_values, low)
    return i < len(sorted_values) and sorted_values[i] <= high


SUSPENDED_JOINS = ("and", "or", "/", ",")


def _suspended_hyphens(doc, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A hyphen left hanging before 'and', 'or' or a comma shares the suffix of the word after
    ('Synaptophysin- and chromogranin-positive cells', 'CK7-, CK20- or TTF-1-negative'): such a marker
    takes the polarity of the next marker within three words that ends in a suffix word or hangs too
    (read from the right, so a list passes the suffix along), not the minus sign its bare hyphen reads
    as. A next marker with a sign ('CK20- and CDX2+') shares nothing, nor one after a comma that does
    not hang itself ('CK20-, synaptophysin-positive' is a list of two results)."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        start, end, canonical, _ = out[k]
        if doc[end - 1].text[-1:] not in "-‐‑–" or end >= len(doc) or doc[end].lower_ not in SUSPENDED_JOINS:
            continue
        later = next((f for f in out[k + 1:] if end < f[0] <= end + 3), None)
        last = doc[later[1] - 1].text[-1:] if later else ""
        hangs = last in "-‐‑–"  # after a comma only a hanging word shares: not 'CK20-, Syn-positive'
        if later and (hangs or (last.isalpha() and doc[end].lower_ != ",")):
            out[k] = (start, end, canonical, later[3])
    return out
