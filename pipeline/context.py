"""ConText-style modifiers: negation, refusal, hypotheticals and other-patient talk, with scope.

One mechanism for every field. Cues (rules/context.json) are matched once per document; the
status of any span, from the lexicon ruler or from a value pattern, is then read off the cues
whose scope covers it, as in ConText (Harkema et al. 2009) and medspaCy's ConTextComponent.

Two additions to ConText: cues are also matched with adverbs left out ('was initially
considered'), and every scope, sentence-wide ones too, ends at a clause boundary (';', 'but',
', with'), so a cue never reaches into the next clause (clause_bounds.py finds the boundaries).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .clause_bounds import ClauseBoundaries, ClauseWords, clause_end, clause_start, holds_between
from .cue_overlap import visible_cues
from .generic_statements import GenericStatements
from .index_patient import IndexPatientCues
from .rules import load_rules
from .sentences import sentence_table
from .skipping import adverb_judge, matches_skipping
from .words import WordVerdicts, positions_of

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
        rules = rules or load_rules(rules_dir or None)
        cfg = rules["context"]
        self.default_scope = cfg["defaults"]["max_scope"]
        self.noun_phrase_reach = cfg["defaults"]["noun_phrase_reach_tokens"]  # to 'Her' of 'Her 70-year-old mother'
        self.only_other_patient = frozenset(cfg["defaults"]["only_other_patient"])
        self.list_commas = cfg["defaults"]["negated_list_commas"]  # r16: 'no pain, fever, jaundice, ... or X'
        self.list_reach = cfg["defaults"]["negated_list_reach_tokens"]
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.meta: dict[str, tuple] = {}
        self.requires: dict[str, frozenset] = {}  # cue key -> words one of which its clause must hold
        self.blocked: dict[str, frozenset] = {}  # cue key -> words none of which its clause may hold
        self.blocked_from_scope: set[str] = set()  # cue keys whose blocked words count from their scope on
        self.noun_phrase: dict[str, tuple[frozenset, frozenset]] = {}  # cue key -> (determiners, prepositions)
        self.ends_at: dict[str, frozenset] = {}  # cue key -> words that end its forward scope
        self.crosses: dict[str, frozenset] = {}  # cue key -> terminator phrases its forward scope reads over
        self.after_count: dict[str, frozenset] = {}  # cue key -> determiners that make its count the report's own
        for i, rule in enumerate(cfg["cues"]):
            self._add_cue(nlp, f"CTX_{i}", rule)
        self.index_cues = IndexPatientCues(nlp.vocab, _phrase_docs(nlp, cfg["index_patient_cues"]), cfg,
                                           rules["sections"]["index_cue_classes"])
        self.clause_boundaries = ClauseBoundaries(cfg["clause_boundaries"], cfg["generic_statements"]["present_words"])
        self.skippable_words = WordVerdicts(adverb_judge(cfg["skip_in_cues"]))
        self.skip_window = cfg["skip_in_cues"]["window_tokens"]
        self.generic = GenericStatements(cfg["generic_statements"])

    def _add_cue(self, nlp: Language, key: str, rule: dict) -> None:
        """One cue rule of rules/context.json: its phrases in the matcher, its class, direction, types
        and scope in `meta`, and the words its clause must or must not hold."""
        if rule.get("requires_in_clause"):
            self.requires[key] = frozenset(w.lower() for w in rule["requires_in_clause"])
        if rule.get("blocked_in_clause"):
            self.blocked[key] = frozenset(w.lower() for w in rule["blocked_in_clause"])
            if rule.get("blocked_from_scope"):
                self.blocked_from_scope.add(key)
        if rule.get("after_count"):
            self.after_count[key] = frozenset(w.lower() for w in rule.get("count_determiners") or [])
        if rule.get("ends_at"):
            self.ends_at[key] = frozenset(w.lower() for w in rule["ends_at"])
        if rule.get("crosses"):
            self.crosses[key] = frozenset(w.lower() for w in rule["crosses"])
        if rule.get("noun_phrase_starts"):
            self.noun_phrase[key] = (frozenset(rule["noun_phrase_starts"]), frozenset(rule["object_prepositions"]))
        self.meta[key] = (rule["category"], rule["direction"], frozenset(rule.get("allowed_types") or []),
                          rule.get("max_scope", self.default_scope), rule.get("yields_to_index_patient", True))
        self.matcher.add(key, _phrase_docs(nlp, rule["phrases"]))

    def _matches(self, doc: Doc, lower) -> list[tuple[int, int, str]]:
        """(start, end, key) of every cue, also where adverbs stand between a cue's words."""
        strings = doc.vocab.strings
        found = [(s, e, strings[k]) for k, s, e in self.matcher(doc)]
        have = set(found)
        spots = [i for i, _ in self.skippable_words.find(doc)]
        skipping = matches_skipping(doc, self.matcher, spots, self.skip_window)
        found += [cue for cue in ((s, e, strings[k]) for k, s, e in skipping) if cue not in have]
        if self.after_count:
            found = [cue for cue in found if cue[2] not in self.after_count or self._counted(doc, cue[0], cue[2])]
        return found

    def _counted(self, doc: Doc, s: int, key: str) -> bool:
        """'given to 4 patients (30%)', 'in 9 of 13 cases': a count of patients is a group, unless a
        determiner makes it the report's own ('the 2 patients', 'our 3 cases')."""
        return (s > 0 and doc[s - 1].like_num
                and not (s > 1 and doc[s - 2].lower_ in self.after_count[key]))

    def _noun_phrase_reach(self, lower, strings, s: int, lo: int, determiners, prepositions) -> int:
        """How far back a cue that names someone reaches: over its own noun phrase ('Her
        70-year-old mother'), and over the clause when that phrase is an object ('a NET was found in
        her father'), but not over the index patient it is attached to ('A 45-year-old woman whose
        mother ...', 'A man with a family history of MEN1')."""
        for k in range(s - 1, max(lo, s - self.noun_phrase_reach) - 1, -1):
            if strings[int(lower[k])] in determiners:
                return lo if k > lo and strings[int(lower[k - 1])] in prepositions else k
        return s

    def __call__(self, doc: Doc) -> Doc:
        lower = doc.to_array("LOWER")
        kept = self._visible_cues(self._matches(doc, lower))
        sent_of, bounds = sentence_table(doc)
        index_at = self.index_cues.find(doc, sent_of, bounds)
        boundaries = self.clause_boundaries.find(doc, lower, index_at)
        # r10b: ', she' ends the literature's phrase only; other cues and the generic clauses read on
        bound_at = [b for b, w in boundaries if w not in self.clause_boundaries.other_patient_only]
        index_sents = {int(sent_of[s]) for s in index_at}
        # the words that tie a clause to the patient: an index-patient cue, or a generic statement's anchor
        tied_at = sorted(index_at + positions_of(doc, lower, self.generic.anchors)) if index_at else []
        cues = self._scoped_cues(doc, lower, kept, boundaries, sent_of, bounds, tied_at)
        cues += [Cue(lo, lo, "OTHER_PATIENT", "both", types, lo, hi, "generic statement", False, "", lo, hi)
                 for lo, hi, types in self.generic.clauses(doc, lower, bound_at, sent_of, bounds, index_at)]
        by_sentence: dict[int, list[Cue]] = {}
        for cue in cues:
            by_sentence.setdefault(int(sent_of[cue.start]), []).append(cue)
        doc._.context_cues = by_sentence
        doc._.sentence_cue_index = None  # status_for's per-sentence index, built on first use
        doc._.index_cue_sentences = index_sents
        doc._.only_other_patient = self.only_other_patient  # read by context_status.status_for
        return doc

    def _visible_cues(self, matches: list[tuple[int, int, str]]) -> list[tuple]:
        """The matched cues as (start, end, category, direction, allowed, max_scope, yields, key), less
        those a longer cue hides (cue_overlap.py)."""
        return visible_cues([(start, end, *self.meta[key], key) for start, end, key in matches])

    def _scoped_cues(self, doc: Doc, lower, kept: list[tuple], boundaries: list[tuple[int, str]], sent_of,
                     bounds, tied_at: list[int]) -> list[Cue]:
        """Each kept cue with its scope: what its direction reaches in its sentence (up to a
        terminator, within its max_scope), cut to its own clause; the boundary that cut it is kept.
        r10b: in a sentence that names the index patient, an other-patient cue yields to the patient
        only when its own clause is tied to the patient (`tied_at`: an index-patient cue, or a word such
        as 'his', 'was', 'patient'), not when the patient is named in another clause ('Unlike the
        reported cases, our patient had ...'; 'such NETs have been described only in the literature;
        our case is ...')."""
        terminators = sorted(c[0] for c in kept if c[2] == "TERMINATE")
        forward_stops = _forward_stops(kept, terminators)
        crossing = self._crossing_stops(doc, kept)
        stops_at = self._stops(boundaries)
        clause_words = ClauseWords(doc, lower)
        cues = []
        for s, e, cat, direction, allowed, max_scope, yields, key in kept:
            if cat == "TERMINATE":
                continue
            boundaries, bound_at = stops_at[(cat == "OTHER_PATIENT", bool(yields))]
            lo, hi = bounds[sent_of[s]]
            # The clause around the cue: from the boundary before it to the boundary after it.
            j = bisect.bisect_left(bound_at, s)
            k = bisect.bisect_left(bound_at, e)
            clause_lo, clause_hi = clause_start(bound_at, j, lo), clause_end(bound_at, k, hi)
            stops = terminators
            if direction == "forward":
                stops = crossing[key] if key in crossing else forward_stops.get(cat, terminators)
            reach_start, reach_end = self._reach(doc, lower, key, direction, max_scope, s, e, lo, hi, stops)
            if not self._clause_allows(key, clause_words, clause_lo, clause_hi, max(reach_start, clause_lo)):
                continue
            scope_start, scope_end = max(reach_start, clause_lo), min(reach_end, clause_hi)
            cut = ""
            if scope_end < reach_end:
                cut = boundaries[k][1]
            elif scope_start > reach_start:
                cut = boundaries[j - 1][1]
            if yields and cat == "OTHER_PATIENT":
                yields = holds_between(tied_at, clause_lo, clause_hi)
            cues.append(Cue(s, e, cat, direction, allowed, scope_start, scope_end, doc[s:e].text, yields, cut,
                            reach_start, reach_end))
        return cues

    def _crossing_stops(self, doc: Doc, kept: list[tuple]) -> dict[str, list[int]]:
        """r19: for each kept cue that reads over some terminators ('crosses'), where its forward reach stops:
        at the document's other terminators. 'a history of breast cancer treated with mastectomy': the
        treatment is the cancer's, though 'treated with' ends most scopes; and a dated cue after the cancer
        ('ovarian carcinoma four years earlier, treated with ...') closes no phrase in question here, as it
        does for `_forward_stops`. Made once per set of crossed phrases, so the scopes stay linear."""
        made: dict[frozenset, list[int]] = {}
        out = {}
        for key in {c[7] for c in kept if c[7] in self.crosses}:
            crossed = self.crosses[key]
            if crossed not in made:
                made[crossed] = sorted(c[0] for c in kept
                                       if c[2] == "TERMINATE" and doc[c[0]:c[1]].text.lower() not in crossed)
            out[key] = made[crossed]
        return out

    def _stops(self, boundaries: list[tuple[int, str]]) -> dict[tuple[bool, bool], tuple[list, list[int]]]:
        """The boundaries a cue's scope stops at, by (other-patient cue, yields to the index patient), with
        their offsets: the literature's other patients ('similar cases, with ...') cross ', with'; a
        relative ('her brother had ..., with ... in her') does not; r10b: only a cue of other patients
        stops at ', she' ('Ten years ago, she had a cholecystectomy' stays dated)."""
        rules = self.clause_boundaries
        crossed = [b for b in boundaries if b[1] not in rules.other_patient_crosses]
        plain = [b for b in boundaries if b[1] not in rules.other_patient_only and b[1] not in rules.comparisons]
        stops = {(False, False): plain, (False, True): plain, (True, False): boundaries, (True, True): crossed}
        return {key: (found, [b for b, _ in found]) for key, found in stops.items()}

    def _clause_allows(self, key: str, clause_words: ClauseWords, clause_lo: int, clause_hi: int,
                       scope_lo: int) -> bool:
        """'twenty years earlier' dates a procedure only beside 'for gallstones'; 'a history of
        hemicolectomy for an ileal NET' is the tumour's own treatment. A cue whose blocked words count
        from its scope on ('blocked_from_scope') lets the clause name the NET before the treatments it
        reaches: 'a NET of the cervix after hysterectomy and radiation for squamous cell carcinoma'."""
        if key in self.requires and not clause_words.holds(key, "requires", self.requires[key], clause_lo, clause_hi):
            return False
        blocked_lo = scope_lo if key in self.blocked_from_scope else clause_lo
        return not (key in self.blocked
                    and clause_words.holds(key, "blocked", self.blocked[key], blocked_lo, clause_hi))

    def _denies_a_list(self, doc: Doc, key: str, e: int, cap: int, end: int) -> bool:
        """r16: a negation of the default scope whose reach up to `cap` holds a list ('no abdominal pain,
        fever, jaundice, weight loss or carcinoid syndrome') denies every item of it, up to the list's own
        reach (a bound, so that a sentence of many such cues stays linear)."""
        category, direction, _, max_scope, _ = self.meta[key]
        if category != "NEGATED" or direction != "forward" or max_scope != self.default_scope or cap >= end:
            return False
        return sum(1 for t in doc[e:cap] if t.text == ",") >= self.list_commas

    def _reach(self, doc: Doc, lower, key: str, direction: str, max_scope: int, s: int, e: int, lo: int, hi: int,
               terminators: list[int]) -> tuple[int, int]:
        """The tokens a cue at [s, e) would reach in its sentence [lo, hi), before clause boundaries:
        forward to a terminator, backward from one, or the whole sentence (a cue naming someone
        reaching back only over its own noun phrase)."""
        if direction == "forward":
            reach_start, reach_end = e, hi
            nxt = bisect.bisect_left(terminators, e)
            if nxt < len(terminators) and terminators[nxt] < hi:
                reach_end = terminators[nxt]
            if max_scope:
                denies_a_list = self._denies_a_list(doc, key, e, e + max_scope, reach_end)
                reach_end = min(reach_end, e + (self.list_reach if denies_a_list else max_scope))
            if key in self.ends_at:  # 'a PET scan done to look for metastases showed ...': the finding is no search
                strings, ends = doc.vocab.strings, self.ends_at[key]
                reach_end = next((k for k in range(e, reach_end) if strings[int(lower[k])] in ends), reach_end)
            reach_end = _bracket_end(doc, lower, s, e, lo, reach_end)
        elif direction == "backward":
            reach_start, reach_end = lo, s
            prv = bisect.bisect_left(terminators, s) - 1
            if prv >= 0 and terminators[prv] >= lo:
                reach_start = terminators[prv] + 1
            if max_scope:
                reach_start = max(reach_start, s - max_scope)
        else:
            reach_start, reach_end = lo, hi
            if key in self.noun_phrase:
                reach_start = self._noun_phrase_reach(lower, doc.vocab.strings, s, lo, *self.noun_phrase[key])
        return reach_start, reach_end


def _forward_stops(kept: list[tuple], terminators: list[int]) -> dict[str, list[int]]:
    """r17: where a forward cue's reach stops, by category: at a terminator, or where a backward cue of its
    own category starts, which closes the phrase in question ('the possibility of malignancy could not be
    excluded and a lobectomy was performed' questions the malignancy, not the lobectomy). Made once per
    document, so the scopes stay linear."""
    closers: dict[str, list[int]] = {}
    for c in kept:
        if c[3] == "backward":
            closers.setdefault(c[2], []).append(c[0])
    return {cat: sorted(terminators + starts) for cat, starts in closers.items()}


BRACKET_REACH = 40  # tokens read back from a cue for its opening bracket: an aside is short, and the read stays linear


def _bracket_end(doc: Doc, lower, s: int, e: int, lo: int, reach_end: int) -> int:
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


def _phrase_docs(nlp: Language, phrases: list[str]) -> list[Doc]:
    """The phrases as the report tokenizer splits them (spaCy types Language.tokenizer as a plain callable)."""
    tokenizer: Any = nlp.tokenizer
    return list(tokenizer.pipe(phrases))


@Language.factory("report_context", default_config={"rules_dir": ""})
def make_context(nlp: Language, name: str, rules_dir: str):
    return ContextComponent(nlp, rules_dir)
