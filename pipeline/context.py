"""ConText-style modifiers: negation, refusal, hypotheticals and other-patient talk, with scope.

One mechanism for every field. Cues (rules/context.json) are matched once per document; the
status of any span, from the lexicon ruler or from a value pattern, is then read off the cues
whose scope covers it, as in ConText (Harkema et al. 2009) and medspaCy's ConTextComponent.

Two additions to ConText: cues are also matched with adverbs left out ('was initially
considered'), and every scope, sentence-wide ones too, ends at a clause boundary (';', 'but',
', with'), so a cue never reaches into the next clause.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .rules import load_rules
from .sentences import sentence_table
from .words import WordVerdicts

STATUS_OF = {"NEGATED": "negated", "REFUSED": "negated", "HYPOTHETICAL": "hypothetical", "HISTORICAL": "historical",
             "OTHER_PATIENT": "other_patient"}
CUE_WINDOW = 6  # tokens on each side of a skipped word that a cue spanning it can reach
PRIORITY = {"other_patient": 3, "negated": 2, "hypothetical": 1, "historical": 1, "affirmed": 0}

if not Doc.has_extension("context_cues"):
    Doc.set_extension("context_cues", default=None)


@dataclass(frozen=True)
class Cue:
    start: int  # token offsets
    end: int
    category: str
    direction: str
    allowed: frozenset
    scope_start: int
    scope_end: int
    text: str
    yields_to_index_patient: bool = True
    boundary: str = ""  # the clause boundary that cut the scope short, if one did
    reach_start: int = 0  # the scope the cue would have had without that boundary
    reach_end: int = 0


class ContextComponent:
    def __init__(self, nlp: Language, rules_dir: str = "", rules=None):
        cfg = (rules or load_rules(rules_dir or None))["context"]
        self.default_scope = cfg["defaults"]["max_scope"]
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.meta: dict[str, tuple] = {}
        self.requires: dict[str, frozenset] = {}  # cue key -> words one of which its clause must hold
        for i, rule in enumerate(cfg["cues"]):
            key = f"CTX_{i}"
            if rule.get("requires_in_clause"):
                self.requires[key] = frozenset(w.lower() for w in rule["requires_in_clause"])
            self.meta[key] = (rule["category"], rule["direction"], frozenset(rule.get("allowed_types") or []),
                              rule.get("max_scope", self.default_scope), rule.get("yields_to_index_patient", True))
            self.matcher.add(key, list(nlp.tokenizer.pipe(rule["phrases"])))
        self.index_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.index_matcher.add("INDEX", list(nlp.tokenizer.pipe(cfg["index_patient_cues"])))
        skip = cfg["skip_in_cues"]
        self.skip_words = frozenset(skip["words"])
        self.skip_suffix, self.skip_min, self.not_adverbs = skip["suffix"], skip["min_length"], frozenset(skip["not_adverbs"])
        bounds = cfg["clause_boundaries"]
        self.boundary_words = frozenset(bounds["words"])
        self.after_comma = [tuple(p.split()) for p in bounds["after_comma"]]
        self.after_comma_first = {p[0] for p in self.after_comma}
        self.after_comma_longest = max((len(p) for p in self.after_comma), default=0)
        self.skippable_words = WordVerdicts(self._skippable)

    def _skippable(self, word: str) -> bool:
        return word in self.skip_words or (len(word) >= self.skip_min and word.endswith(self.skip_suffix)
                                           and word.isalpha() and word not in self.not_adverbs)

    def _matches(self, doc: Doc, lower) -> list[tuple[int, int, str]]:
        """(start, end, key) of every cue, also where adverbs stand between a cue's words.
        `lower` is the Doc's LOWER array: each distinct word is looked at once."""
        strings = doc.vocab.strings
        found = [(s, e, strings[k]) for k, s, e in self.matcher(doc)]
        spots = [i for i, _ in self.skippable_words.find(doc)]
        if not spots:
            return found
        # Only the stretches around a skipped word can hold a cue that spans it: match those, each
        # with the skipped words left out and a breaking token between stretches.
        n, kept = len(lower), []
        window = CUE_WINDOW
        is_skip = [False] * n  # read per token below: a list is faster than numpy scalars
        for i in spots:
            is_skip[i] = True
        j = 0
        while j < len(spots):
            lo, hi = max(0, spots[j] - window), min(n, spots[j] + window + 1)
            while j + 1 < len(spots) and spots[j + 1] - window <= hi:
                j += 1
                hi = min(n, spots[j] + window + 1)
            if kept:
                kept.append(-1)
            kept.extend(i for i in range(lo, hi) if not is_skip[i])
            j += 1
        if not any(i >= 0 for i in kept):
            return found
        orth = doc.to_array("ORTH")
        compact = Doc(doc.vocab, words=[strings[int(orth[i])] if i >= 0 else "\n" for i in kept])
        have = set(found)
        for k, s, e in self.matcher(compact):
            if -1 in kept[s:e]:
                continue
            start, end = kept[s], kept[e - 1] + 1
            if end - start > e - s and (start, end, strings[k]) not in have:  # only cues that spanned a skipped word
                found.append((start, end, strings[k]))
        return found

    @staticmethod
    def _offsets_of(doc: Doc, lower, words: frozenset) -> list[int]:
        keys = numpy.fromiter((doc.vocab.strings.add(w) for w in words), dtype=lower.dtype)
        return numpy.flatnonzero(numpy.isin(lower, keys)).tolist()

    def _boundaries(self, doc: Doc, lower) -> list[tuple[int, str]]:
        """Token offsets where a clause ends (the boundary token itself belongs to no clause):
        boundary words and commas found on the LOWER array, the words after a comma read only there."""
        strings = doc.vocab.strings
        words = numpy.fromiter((strings.add(w) for w in self.boundary_words), dtype=lower.dtype)
        comma = strings.add(",")
        out = []
        for i in numpy.flatnonzero(numpy.isin(lower, words) | (lower == comma)).tolist():
            w = strings[int(lower[i])]
            if w != ",":
                out.append((i, w))
                continue
            if i + 1 >= len(lower) or strings[int(lower[i + 1])] not in self.after_comma_first:
                continue  # most commas: the next word starts no phrase
            following = [strings[int(k)] for k in lower[i + 1:i + 1 + self.after_comma_longest]]
            for phrase in self.after_comma:
                if tuple(following[:len(phrase)]) == phrase:
                    out.append((i, ", " + " ".join(phrase)))
                    break
        return out

    def __call__(self, doc: Doc) -> Doc:
        lower = doc.to_array("LOWER")
        raw = []
        for start, end, key in self._matches(doc, lower):
            category, direction, allowed, max_scope, yields = self.meta[key]
            raw.append((start, end, category, direction, allowed, max_scope, yields, key))
        # A pseudo-cue ('no recurrence') or a longer cue of the same category hides the cues inside it.
        # Sorted by start (longest first), a cue lies inside an earlier one exactly when that one's
        # end reaches its own: one pass with the furthest end seen so far, not a scan per cue.
        raw.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        kept = []
        pseudo_end, cat_end, seen, spans = -1, {}, set(), set()
        for cue in raw:
            s, e, cat = cue[0], cue[1], cue[2]
            if cat == "PSEUDO":
                pseudo_end = max(pseudo_end, e)
                continue
            key = (s, e, cat, cue[3])
            if key in seen or e <= pseudo_end:
                continue
            # Inside a longer cue of its category: hidden. The same words as a kept cue in the other
            # direction ('declined' before or after its treatment) stand beside it.
            if (s, e, cat) not in spans and e <= cat_end.get(cat, -1):
                continue
            seen.add(key)
            spans.add((s, e, cat))
            cat_end[cat] = max(cat_end.get(cat, -1), e)
            kept.append(cue)
        terminators = sorted(c[0] for c in kept if c[2] == "TERMINATE")
        boundaries = self._boundaries(doc, lower)
        bound_at = [b for b, _ in boundaries]
        sent_of, bounds = sentence_table(doc)
        cues = []
        required_at: dict[str, list[int]] = {}  # cue key -> offsets of the words its clause needs
        for s, e, cat, direction, allowed, max_scope, yields, key in kept:
            if cat == "TERMINATE":
                continue
            lo, hi = bounds[sent_of[s]]
            # The clause around the cue: from the boundary before it to the boundary after it.
            j = bisect.bisect_left(bound_at, s)
            clause_lo = max(lo, bound_at[j - 1] + 1) if j > 0 and bound_at[j - 1] >= lo else lo
            k = bisect.bisect_left(bound_at, e)
            clause_hi = min(hi, bound_at[k]) if k < len(bound_at) and bound_at[k] < hi else hi
            if key in self.requires:  # 'twenty years earlier' dates a procedure only beside 'for gallstones'
                if key not in required_at:
                    required_at[key] = self._offsets_of(doc, lower, self.requires[key])
                at = bisect.bisect_left(required_at[key], clause_lo)
                if at == len(required_at[key]) or required_at[key][at] >= clause_hi:
                    continue
            if direction == "forward":
                reach_start, reach_end = e, hi
                nxt = bisect.bisect_left(terminators, e)
                if nxt < len(terminators) and terminators[nxt] < hi:
                    reach_end = terminators[nxt]
                if max_scope:
                    reach_end = min(reach_end, e + max_scope)
            elif direction == "backward":
                reach_start, reach_end = lo, s
                prv = bisect.bisect_left(terminators, s) - 1
                if prv >= 0 and terminators[prv] >= lo:
                    reach_start = terminators[prv] + 1
                if max_scope:
                    reach_start = max(reach_start, s - max_scope)
            else:
                reach_start, reach_end = lo, hi
            scope_start, scope_end = max(reach_start, clause_lo), min(reach_end, clause_hi)
            cut = ""
            if scope_end < reach_end:
                cut = boundaries[k][1]
            elif scope_start > reach_start:
                cut = boundaries[j - 1][1]
            cues.append(Cue(s, e, cat, direction, allowed, scope_start, scope_end, doc[s:e].text, yields, cut,
                            reach_start, reach_end))
        by_sentence: dict[int, list[Cue]] = {}
        for cue in cues:
            by_sentence.setdefault(int(sent_of[cue.start]), []).append(cue)
        doc._.context_cues = by_sentence
        doc.user_data["_cues_by_sentence"] = by_sentence  # the same dict, read per mention without Underscore
        doc.user_data.pop("_sentence_cues", None)  # status_for's per-sentence index, built on first use
        doc.user_data["index_cue_sents"] = {int(sent_of[s]) for _, s, _ in self.index_matcher(doc)}
        return doc


WINDOWED_REACH = 32  # cues reaching at most this many tokens are looked up by position
ALIKE_KEPT = 4  # wide cues acting alike kept per sentence: more than a mention can overlap


class SentenceCues:
    """The cues of one sentence, indexed so that a mention reads only the cues that can act on it:
    those whose reach starts at most WINDOWED_REACH tokens before it (found by bisection), the wider
    ones whose scope holds it (intervals sorted by start, with running maximum ends), and for the
    'scope_ended_by' reason the first wider cue that reaches it. A sentence listing thousands of
    negated findings then costs each mention a few cues, not thousands."""

    def __init__(self, cues: list[Cue], names_index_patient: bool):
        self.cues = [c for c in cues if not (c.category == "OTHER_PATIENT" and names_index_patient
                                             and c.yields_to_index_patient)]
        narrow = [i for i, c in enumerate(self.cues) if c.reach_end - c.reach_start <= WINDOWED_REACH]
        narrow.sort(key=lambda i: self.cues[i].reach_start)
        self.narrow, self.narrow_starts = narrow, [self.cues[i].reach_start for i in narrow]
        # Of the wide cues that act alike (same scope, reach, class and types: 'previously reported
        # cases' repeated down a long sentence), the first few in list order decide every mention;
        # the rest could only lose to them or skip a mention they overlap.
        alike: dict[tuple, int] = {}
        wide = []
        for i, c in enumerate(self.cues):
            if c.reach_end - c.reach_start > WINDOWED_REACH:
                key = (c.scope_start, c.scope_end, c.reach_start, c.reach_end, c.category, c.allowed, c.boundary)
                alike[key] = alike.get(key, 0) + 1
                if alike[key] <= ALIKE_KEPT:
                    wide.append(i)
        wide.sort(key=lambda i: self.cues[i].scope_start)
        self.wide, self.wide_starts = wide, [self.cues[i].scope_start for i in wide]
        self.wide_max_end, running = [], -1
        for i in wide:
            running = max(running, self.cues[i].scope_end)
            self.wide_max_end.append(running)
        self.wide_in_order = sorted(wide)  # list order, for the first cue cut short by a boundary
        self._by_label: dict[str, list[int]] = {}

    def candidates(self, start: int, end: int, label: str) -> list[int]:
        """Indexes (in list order) of every cue that can give the span a status or a reason."""
        found = set()
        lo = bisect.bisect_left(self.narrow_starts, start - WINDOWED_REACH + 1)
        hi = bisect.bisect_right(self.narrow_starts, start)
        found.update(self.narrow[lo:hi])
        k = bisect.bisect_right(self.wide_starts, start) - 1
        while k >= 0 and self.wide_max_end[k] > start:
            if self.cues[self.wide[k]].scope_end > start:
                found.add(self.wide[k])
            k -= 1
        for i in self._wide_for(label):  # the first wide cue that reaches the span from outside its scope
            cue = self.cues[i]
            if cue.start <= start < cue.end or (start < cue.end and end > cue.start):
                continue
            if not cue.scope_start <= start < cue.scope_end and cue.reach_start <= start < cue.reach_end:
                found.add(i)
                break
        return sorted(found)

    def _wide_for(self, label: str) -> list[int]:
        if label not in self._by_label:
            self._by_label[label] = [i for i in self.wide_in_order if self.cues[i].boundary
                                     and not (self.cues[i].allowed and label not in self.cues[i].allowed)]
        return self._by_label[label]


def status_for(doc: Doc, start: int, end: int, label: str) -> tuple[str, str]:
    """(status, reason) for the token span [start, end) of entity type `label`.

    The reason names the cue; for an affirmed span that a cue of its sentence would have reached
    but for a clause boundary, it names the boundary ('scope_ended_by:but (negated:no)')."""
    best, cue_text, cut_by = "affirmed", "", ""
    sent_of, _ = sentence_table(doc)
    sentence = int(sent_of[start])
    indexed = doc.user_data.setdefault("_sentence_cues", {})
    if sentence not in indexed:
        cues = doc.user_data.get("_cues_by_sentence")
        if cues is None:
            cues = doc._.context_cues or {}
        indexed[sentence] = SentenceCues(cues.get(sentence, []), sentence_has_index_cue(doc, sentence))
    sentence_cues = indexed[sentence]
    if not sentence_cues.cues:
        return best, ""
    for i in sentence_cues.candidates(start, end, label):
        cue = sentence_cues.cues[i]
        if cue.allowed and label not in cue.allowed:
            continue
        if cue.start <= start < cue.end or (start < cue.end and end > cue.start):
            continue  # a cue does not modify itself
        if cue.scope_start <= start < cue.scope_end:
            status = STATUS_OF[cue.category]
            if PRIORITY[status] > PRIORITY[best]:
                best, cue_text = status, f"{cue.category.lower()}:{cue.text}"
        elif cue.boundary and cue.reach_start <= start < cue.reach_end and not cut_by:
            cut_by = f"scope_ended_by:{cue.boundary} ({STATUS_OF[cue.category]}:{cue.text})"
    return best, cue_text or (cut_by if best == "affirmed" else "")


def sentence_has_index_cue(doc: Doc, sentence_number: int) -> bool:
    return sentence_number in doc.user_data.get("index_cue_sents", ())


@Language.factory("report_context", default_config={"rules_dir": ""})
def make_context(nlp: Language, name: str, rules_dir: str):
    return ContextComponent(nlp, rules_dir)
