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
from .scopes import CueReach
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
        self.only_other_patient = frozenset(cfg["defaults"]["only_other_patient"])
        self.reach = CueReach(cfg["defaults"])  # scopes.py: how far each cue reads in its sentence
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.meta: dict[str, tuple] = {}
        self.requires: dict[str, frozenset] = {}  # cue key -> words one of which its clause must hold
        self.blocked: dict[str, frozenset] = {}  # cue key -> words none of which its clause may hold
        self.blocked_from_scope: set[str] = set()  # cue keys whose blocked words count from their scope on
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
        and scope in `meta`, the words its clause must or must not hold, and its reach (scopes.py)."""
        if rule.get("requires_in_clause"):
            self.requires[key] = frozenset(w.lower() for w in rule["requires_in_clause"])
        if rule.get("blocked_in_clause"):
            self.blocked[key] = frozenset(w.lower() for w in rule["blocked_in_clause"])
            if rule.get("blocked_from_scope"):
                self.blocked_from_scope.add(key)
        if rule.get("after_count"):
            self.after_count[key] = frozenset(w.lower() for w in rule.get("count_determiners") or [])
        self.reach.add(key, rule)
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
        terminators, forward_stops, crossing = self.reach.stops(doc, kept)
        stops_at = self._stops(boundaries)
        clause_words = ClauseWords(doc, lower)
        cues = []
        for s, e, cat, direction, allowed, _, yields, key in kept:
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
                stops = crossing[key] if key in crossing else forward_stops.get((cat, allowed), terminators)
            reach_start, reach_end = self.reach.reach(doc, lower, key, s, e, lo, hi, stops)
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


def _phrase_docs(nlp: Language, phrases: list[str]) -> list[Doc]:
    """The phrases as the report tokenizer splits them (spaCy types Language.tokenizer as a plain callable)."""
    tokenizer: Any = nlp.tokenizer
    return list(tokenizer.pipe(phrases))


@Language.factory("report_context", default_config={"rules_dir": ""})
def make_context(nlp: Language, name: str, rules_dir: str):
    return ContextComponent(nlp, rules_dir)
