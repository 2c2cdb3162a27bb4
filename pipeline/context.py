"""ConText-style modifiers: negation, refusal, hypotheticals and other-patient talk, with scope.

One mechanism for every field. Cues (rules/context.json) are matched once per document; the
status of any span, from the lexicon ruler or from a value pattern, is then read off the cues
whose scope covers it, as in ConText (Harkema et al. 2009) and medspaCy's ConTextComponent.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .rules import load_rules
from .sentences import sentence_table

STATUS_OF = {"NEGATED": "negated", "REFUSED": "negated", "HYPOTHETICAL": "hypothetical", "OTHER_PATIENT": "other_patient"}
PRIORITY = {"other_patient": 3, "negated": 2, "hypothetical": 1, "affirmed": 0}

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


class ContextComponent:
    def __init__(self, nlp: Language, rules_dir: str = ""):
        cfg = load_rules(rules_dir or None)["context"]
        self.default_scope = cfg["defaults"]["max_scope"]
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.meta: dict[str, tuple] = {}
        for i, rule in enumerate(cfg["cues"]):
            key = f"CTX_{i}"
            self.meta[key] = (rule["category"], rule["direction"], frozenset(rule.get("allowed_types") or []),
                              rule.get("max_scope", self.default_scope), rule.get("yields_to_index_patient", True))
            self.matcher.add(key, list(nlp.tokenizer.pipe(rule["phrases"])))
        self.index_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.index_matcher.add("INDEX", list(nlp.tokenizer.pipe(cfg["index_patient_cues"])))

    def __call__(self, doc: Doc) -> Doc:
        raw = []
        for match_id, start, end in self.matcher(doc):
            category, direction, allowed, max_scope, yields = self.meta[doc.vocab.strings[match_id]]
            raw.append((start, end, category, direction, allowed, max_scope, yields))
        # A pseudo-cue ('no recurrence') or a longer cue hides the cues inside it.
        raw.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        kept = []
        pseudo = [(s, e) for s, e, cat, *_ in raw if cat == "PSEUDO"]
        for cue in raw:
            s, e, cat = cue[0], cue[1], cue[2]
            if cat == "PSEUDO":
                continue
            if any(ps <= s and e <= pe for ps, pe in pseudo):
                continue
            if any(k[0] <= s and e <= k[1] and (k[1] - k[0]) > (e - s) and k[2] == cat for k in kept):
                continue
            kept.append(cue)
        terminators = sorted(c[0] for c in kept if c[2] == "TERMINATE")
        sent_of, bounds = sentence_table(doc)
        cues = []
        for s, e, cat, direction, allowed, max_scope, yields in kept:
            if cat == "TERMINATE":
                continue
            lo, hi = bounds[sent_of[s]]
            if direction == "forward":
                scope_start, scope_end = e, hi
                nxt = [t for t in terminators if e <= t < hi]
                if nxt:
                    scope_end = nxt[0]
                if max_scope:
                    scope_end = min(scope_end, e + max_scope)
            elif direction == "backward":
                scope_start, scope_end = lo, s
                prv = [t for t in terminators if lo <= t < s]
                if prv:
                    scope_start = prv[-1] + 1
                if max_scope:
                    scope_start = max(scope_start, s - max_scope)
            else:
                scope_start, scope_end = lo, hi
            cues.append(Cue(s, e, cat, direction, allowed, scope_start, scope_end, doc[s:e].text, yields))
        by_sentence: dict[int, list[Cue]] = {}
        for cue in cues:
            by_sentence.setdefault(int(sent_of[cue.start]), []).append(cue)
        doc._.context_cues = by_sentence
        doc.user_data["index_cue_sents"] = {int(sent_of[s]) for _, s, _ in self.index_matcher(doc)}
        return doc


def status_for(doc: Doc, start: int, end: int, label: str) -> tuple[str, str]:
    """(status, cue text) for the token span [start, end) of entity type `label`."""
    best, cue_text = "affirmed", ""
    sent_of, _ = sentence_table(doc)
    sentence = int(sent_of[start])
    names_index_patient = sentence_has_index_cue(doc, sentence)
    for cue in (doc._.context_cues or {}).get(sentence, ()):
        if cue.allowed and label not in cue.allowed:
            continue
        if cue.category == "OTHER_PATIENT" and names_index_patient and cue.yields_to_index_patient:
            continue
        if cue.start <= start < cue.end or (start < cue.end and end > cue.start):
            continue  # a cue does not modify itself
        if cue.scope_start <= start < cue.scope_end:
            status = STATUS_OF[cue.category]
            if PRIORITY[status] > PRIORITY[best]:
                best, cue_text = status, f"{cue.category.lower()}:{cue.text}"
    return best, cue_text


def sentence_has_index_cue(doc: Doc, sentence_number: int) -> bool:
    return sentence_number in doc.user_data.get("index_cue_sents", ())


@Language.factory("report_context", default_config={"rules_dir": ""})
def make_context(nlp: Language, name: str, rules_dir: str):
    return ContextComponent(nlp, rules_dir)
