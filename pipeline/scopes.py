"""How far a cue reads: the reach of a ConText cue in its sentence, before clause boundaries.

context.py decides which cues a document holds and cuts each scope to its clause
(clause_bounds.py finds the clauses). What lies between is here: a forward cue reads to the next
terminator, a backward cue back from the last one, a cue of the whole sentence reads all of it, and
each within its max_scope. Four refinements, each from a shape of real reports:

- a denied list reads past max_scope ('no pain, fever, jaundice, weight loss or flushing', r16);
- a cue that stands in brackets speaks of the aside only (the closing bracket ends it);
- a backward cue of the same category closes a forward cue's phrase in question (r17);
- a cue may read over some terminators ('crosses', r19: 'breast cancer treated with mastectomy').

Every stop list is made once per document and every reach reads a bounded number of tokens, so the
scopes of a document stay linear in its length.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

BRACKET_REACH = 40  # tokens read back from a cue for its opening bracket: an aside is short, and the read stays linear


class CueReach:
    """The reach of every cue rule of rules/context.json: built beside the matcher from the same rules,
    asked once per cue."""

    def __init__(self, defaults: dict):
        self.default_scope = defaults["max_scope"]
        self.noun_phrase_reach = defaults["noun_phrase_reach_tokens"]  # to 'Her' of 'Her 70-year-old mother'
        self.list_commas = defaults["negated_list_commas"]  # r16: 'no pain, fever, jaundice, ... or X'
        self.list_reach = defaults["negated_list_reach_tokens"]
        self.meta: dict[str, tuple[str, str, int]] = {}  # cue key -> (category, direction, max_scope)
        self.noun_phrase: dict[str, tuple[frozenset, frozenset]] = {}  # cue key -> (determiners, prepositions)
        self.ends_at: dict[str, frozenset] = {}  # cue key -> words that end its forward scope
        self.crosses: dict[str, frozenset] = {}  # cue key -> terminator phrases its forward scope reads over

    def add(self, key: str, rule: dict) -> None:
        """What the reach needs of one cue rule."""
        self.meta[key] = (rule["category"], rule["direction"], rule.get("max_scope", self.default_scope))
        if rule.get("ends_at"):
            self.ends_at[key] = frozenset(w.lower() for w in rule["ends_at"])
        if rule.get("crosses"):
            self.crosses[key] = frozenset(w.lower() for w in rule["crosses"])
        if rule.get("noun_phrase_starts"):
            self.noun_phrase[key] = (frozenset(rule["noun_phrase_starts"]), frozenset(rule["object_prepositions"]))

    def stops(self, doc: Doc, kept: list[tuple]) -> tuple[list[int], dict[tuple[str, frozenset], list[int]],
                                                          dict[str, list[int]]]:
        """The terminators of a document, and where forward cues stop: by category (`forward_stops`) and,
        for cues that cross some terminators, by cue key (`crossing_stops`)."""
        terminators = sorted(c[0] for c in kept if c[2] == "TERMINATE")
        return terminators, forward_stops(kept, terminators), self.crossing_stops(doc, kept)

    def crossing_stops(self, doc: Doc, kept: list[tuple]) -> dict[str, list[int]]:
        """r19: for each kept cue that reads over some terminators ('crosses'), where its forward reach stops:
        at the document's other terminators. 'a history of breast cancer treated with mastectomy': the
        treatment is the cancer's, though 'treated with' ends most scopes; and a dated cue after the cancer
        ('ovarian carcinoma four years earlier, treated with ...') closes no phrase in question here, as it
        does for `forward_stops`. Made once per set of crossed phrases, so the scopes stay linear."""
        made: dict[frozenset, list[int]] = {}
        out = {}
        for key in {c[7] for c in kept if c[7] in self.crosses}:
            crossed = self.crosses[key]
            if crossed not in made:
                made[crossed] = sorted(c[0] for c in kept
                                       if c[2] == "TERMINATE" and doc[c[0]:c[1]].text.lower() not in crossed)
            out[key] = made[crossed]
        return out

    def reach(self, doc: Doc, lower, key: str, s: int, e: int, lo: int, hi: int,
              terminators: list[int]) -> tuple[int, int]:
        """The tokens a cue at [s, e) would reach in its sentence [lo, hi), before clause boundaries:
        forward to a terminator, backward from one, or the whole sentence (a cue naming someone
        reaching back only over its own noun phrase)."""
        _, direction, max_scope = self.meta[key]
        if direction == "forward":
            return e, self._forward_end(doc, lower, key, s, e, lo, hi, terminators)
        if direction == "backward":
            reach_start = lo
            prv = bisect.bisect_left(terminators, s) - 1
            if prv >= 0 and terminators[prv] >= lo:
                reach_start = terminators[prv] + 1
            if max_scope:
                reach_start = max(reach_start, s - max_scope)
            return reach_start, s
        if key in self.noun_phrase:
            return self._noun_phrase_start(lower, doc.vocab.strings, s, lo, *self.noun_phrase[key]), hi
        return lo, hi

    def _forward_end(self, doc: Doc, lower, key: str, s: int, e: int, lo: int, hi: int,
                     terminators: list[int]) -> int:
        """Where a forward cue's reach ends: the next terminator, its max_scope (or a denied list's
        reach), a word that ends it ('ends_at'), or the closing bracket of the aside it stands in."""
        reach_end = hi
        nxt = bisect.bisect_left(terminators, e)
        if nxt < len(terminators) and terminators[nxt] < hi:
            reach_end = terminators[nxt]
        max_scope = self.meta[key][2]
        if max_scope:
            denies_a_list = self._denies_a_list(doc, key, e, e + max_scope, reach_end)
            reach_end = min(reach_end, e + (self.list_reach if denies_a_list else max_scope))
        if key in self.ends_at:  # 'a PET scan done to look for metastases showed ...': the finding is no search
            strings, ends = doc.vocab.strings, self.ends_at[key]
            reach_end = next((k for k in range(e, reach_end) if strings[int(lower[k])] in ends), reach_end)
        return bracket_end(doc, lower, s, e, lo, reach_end)

    def _denies_a_list(self, doc: Doc, key: str, e: int, cap: int, end: int) -> bool:
        """r16: a negation of the default scope whose reach up to `cap` holds a list ('no pain, fever, itching,
        weight loss or flushing') denies every item of it, up to the list's own reach (a bound, so that a
        sentence of many such cues stays linear)."""
        category, direction, max_scope = self.meta[key]
        if category != "NEGATED" or direction != "forward" or max_scope != self.default_scope or cap >= end:
            return False
        return sum(1 for t in doc[e:cap] if t.text == ",") >= self.list_commas

    def _noun_phrase_start(self, lower, strings, s: int, lo: int, determiners, prepositions) -> int:
        """How far back a cue that names someone reaches: over its own noun phrase ('Her
        70-year-old mother'), and over the clause when that phrase is an object ('a NET was found in
        her father'), but not over the index patient it is attached to ('A 45-year-old woman whose
        mother ...', 'A man with a family history of MEN1')."""
        for k in range(s - 1, max(lo, s - self.noun_phrase_reach) - 1, -1):
            if strings[int(lower[k])] in determiners:
                return lo if k > lo and strings[int(lower[k - 1])] in prepositions else k
        return s


def forward_stops(kept: list[tuple], terminators: list[int]) -> dict[tuple[str, frozenset], list[int]]:
    """r17: where a forward cue's reach stops, by category and the types it acts on: at a terminator, or where a
    backward cue of its own category starts, which closes the phrase in question ('the possibility of malignancy
    could not be excluded and a lobectomy was performed' questions the malignancy, not the lobectomy). r29: only
    a backward cue that acts on a type the forward one acts on closes its phrase; the other cancer's name that
    dates its treatments ('squamous cell carcinoma', a cue on treatments only) leaves 'a history of' reaching its
    site ('a history of a laryngeal squamous cell carcinoma'). Types as the cues hold them, the empty set for
    all. Made once per document and per (category, types) of its forward cues, a number the rules bound, so the
    scopes stay linear."""
    closers = [(c[2], c[4], c[0]) for c in kept if c[3] == "backward"]
    stops: dict[tuple[str, frozenset], list[int]] = {}
    for cat, allowed in {(c[2], c[4]) for c in kept if c[3] == "forward"}:
        starts = [s for kind, acts_on, s in closers if kind == cat and _share(allowed, acts_on)]
        if starts:
            stops[(cat, allowed)] = sorted(terminators + starts)
    return stops


def _share(one: frozenset, other: frozenset) -> bool:
    """Do two cues act on a common type (an empty set: on every type)?"""
    return not one or not other or bool(one & other)


def bracket_end(doc: Doc, lower, s: int, e: int, lo: int, reach_end: int) -> int:
    """Where the forward reach of a cue at [s, e) ends when the cue stands inside brackets: at the
    closing bracket. A bracket is an aside, and its cue speaks of the aside's words only ('a typical
    carcinoid (one mitosis per 10 HPF, without necrosis) measuring 1.9 cm': the size is no necrosis's);
    `reach_end` otherwise, and also when the opening bracket lies before the sentence [lo, ...). Reads
    forward only within the reach, and back at most BRACKET_REACH tokens, so a cue costs a few tokens."""
    strings = doc.vocab.strings
    opening, closing = strings.add("("), strings.add(")")
    close = next((k for k in range(e, reach_end) if lower[k] == closing), None)
    if close is None:
        return reach_end
    before = next((lower[k] for k in range(s - 1, max(lo, s - BRACKET_REACH) - 1, -1)
                   if lower[k] in (opening, closing)), None)
    return close if before == opening else reach_end
