"""Clause boundaries for the ConText scopes (context.py): where a clause ends, and what a clause holds.

A cue's scope, sentence-wide ones too, ends at a clause boundary: a boundary word (';', 'but',
'although', ...), a comma followed by one of a few phrases (', with', ', which'), the comma that closes an
opening clause or phrase ('Although ..., ', 'Due to ..., '), or an 'and' between two clauses that each have
a finite verb of their own ('metastases were found and chemotherapy was considered'; the words around an
'and' are read only there, a bounded few each way, so the walk stays linear). Boundaries are found once per
document on its LOWER array (rules/context.json 'clause_boundaries'); a clause is then read by bisection,
and so are the words a cue's clause must or must not hold."""
from __future__ import annotations

import bisect

import numpy
from spacy.tokens import Doc

from .words import positions_of

# r10b: the comma that closes an opening concessive or comparing clause ('Although ..., ', 'Unlike ..., '),
# as an other-patient cue may cross it (no anchor in the sentence) or not
OPENING, CROSSED = ", opening clause", ", opening clause (the literature's throughout)"
# r18: an 'and' between two clauses with verbs of their own ('metastases were found and surgery was considered')
COORDINATED = "and (a clause of its own)"
# r18: 'but' and a verb of the same subject ('..., but may occur with MEN1'): the literature's cue reads on
SHARED_BUT = "but (the subject before it)"


class ClauseBoundaries:
    def __init__(self, cfg: dict, present_words=()):
        self.words = frozenset(cfg["words"])
        self.after_comma = [tuple(p.split()) for p in cfg["after_comma"] + cfg.get("comparisons", [])]
        self.after_comma_first = {p[0] for p in self.after_comma}
        self.after_comma_longest = max((len(p) for p in self.after_comma), default=0)
        # ', with' opens no clause of its own for an other-patient cue: 'A review found similar cases, with
        # liver metastases treated by PRRT' still speaks of those cases
        self.other_patient_crosses = frozenset(", " + p for p in cfg.get("other_patient_crosses", [])) | {CROSSED,
                                                                                                     SHARED_BUT}
        self.but_shared_subject = frozenset(cfg.get("but_shared_subject", []))
        # r10b: ', she', ', his': the patient as a main clause's subject ends the literature's phrase only
        self.other_patient_only = frozenset(", " + p for p in cfg.get("other_patient_only", []))
        # r12: ', similar to reported cases': the literature and a generic statement stay in the comparison
        self.comparisons = frozenset(", " + p for p in cfg.get("comparisons", []))
        opening = cfg["opening_clauses"]
        self.openers = [(tuple(p.split()), True) for p in opening["clause_openers"]]
        self.openers += [(tuple(p.split()), False) for p in opening["phrase_openers"]]
        self.verbs = frozenset(opening["verbs"]) | {w.lower() for w in present_words}  # and the general present
        self.verb_suffixes = tuple(opening["verb_suffixes"])
        self.list_words = frozenset(opening["list_words"])
        self.patient_words = frozenset(opening["patient_words"])
        exam = cfg["examination_clauses"]
        self.exam_nouns, self.exam_verbs = frozenset(exam["nouns"]), frozenset(exam["verbs"])
        self.exam_noun_reach, self.exam_verb_reach = exam["noun_reach_tokens"], exam["verb_reach_tokens"]
        coordinated = cfg["coordinated_clauses"]
        self.left_verbs, self.right_verbs = frozenset(coordinated["left_verbs"]), frozenset(coordinated["right_verbs"])
        self.left_subordinators = frozenset(coordinated["left_subordinators"])
        self.left_reach, self.subject_reach = coordinated["left_reach_tokens"], coordinated["subject_reach_tokens"]

    def find(self, doc: Doc, lower, index_at: list[int]) -> list[tuple[int, str]]:
        """Token offsets where a clause ends (the boundary token itself belongs to no clause):
        boundary words, commas and 'and' found on the LOWER array, the words after a comma or an 'and'
        read only there; `index_at`, the index-patient cues, tell whether an opening clause's comma is
        crossed."""
        strings = doc.vocab.strings
        words = numpy.fromiter((strings.add(w) for w in self.words), dtype=lower.dtype)
        comma, conjunction = strings.add(","), strings.add("and")
        out = []
        for i in numpy.flatnonzero(numpy.isin(lower, words) | (lower == comma) | (lower == conjunction)).tolist():
            w = strings[int(lower[i])]
            if w == "and":
                label = None if i == 0 or strings[int(lower[i - 1])] == "," else self._after_and(doc, lower, strings, i)
            elif w == "but" and i + 1 < len(lower) and strings[int(lower[i + 1])] in self.but_shared_subject:
                label = SHARED_BUT
            else:
                label = w if w != "," else self._after_comma(doc, lower, strings, i)
            if label is not None:
                out.append((i, label))
        return sorted(out + self._concessive_ends(doc, index_at))

    def _after_comma(self, doc: Doc, lower, strings, i: int) -> str | None:
        """The boundary the comma at `i` makes, named by the words after it (', with', ', and then'; r13:
        ', and CT showed'; r18: ', and chemotherapy was considered'), or None: most commas start no phrase."""
        if i + 1 >= len(lower) or strings[int(lower[i + 1])] not in self.after_comma_first:
            return None
        following = [strings[int(k)] for k in lower[i + 1:i + 1 + self.after_comma_longest]]
        phrase = next((p for p in self.after_comma if tuple(following[:len(p)]) == p), None)
        if phrase is not None:
            return ", " + " ".join(phrase)
        if following[0] != "and":
            return None
        label = self._after_and(doc, lower, strings, i + 1, last=i - 1)
        return None if label is None else ", " + label

    def _after_and(self, doc: Doc, lower, strings, i: int, last: int | None = None) -> str | None:
        """The boundary the 'and' at `i` makes between two clauses (the first ends at `last`, before the
        'and' or its comma): an examination with its own reporting verb after it ('and abdominal CT
        showed', r13; r18: without the comma too), or a clause with a finite verb of its own after one
        with its own verb ('were found and chemotherapy was considered', r18); else None."""
        examination = self._examination_after(doc, lower, strings, i + 1)
        if examination is not None:
            return "and " + examination
        return COORDINATED if self._joins_clauses(doc, lower, strings, i, i - 1 if last is None else last) else None

    def _joins_clauses(self, doc: Doc, lower, strings, i: int, last: int) -> bool:
        """r18: 'Liver metastases were found and chemotherapy was considered' (or ', and chemotherapy was
        considered'): the 'and' at `i` joins two clauses, each with its own finite verb; the first ends at
        `last`, before the 'and' or its comma. 'Surgery and chemotherapy were considered' has no verb
        before the 'and', 'liver, lung, and bone metastases were excluded' a list's comma; 'She was admitted
        and was given octreotide' has no subject after it."""
        if last < 0 or doc[i].is_sent_start:
            return False
        return self._subject_and_verb_after(doc, lower, strings, i) and self._verb_before(doc, lower, strings, last)

    def _subject_and_verb_after(self, doc: Doc, lower, strings, i: int) -> bool:
        """After the 'and' at `i`: a subject of a few words that are no verbs or commas, then the second
        clause's verb ('and adjuvant chemotherapy was'), in the same sentence."""
        after = [strings[int(w)] for w in lower[i + 1:i + 2 + self.subject_reach]]
        verb = next((j for j, w in enumerate(after) if w in self.right_verbs or w in self.left_verbs
                     or not w.isalnum()), 0)  # 0: no subject before it, or no verb at all
        return verb > 0 and after[verb] in self.right_verbs \
            and not any(doc[i + 1 + j].is_sent_start for j in range(verb + 1))

    def _verb_before(self, doc: Doc, lower, strings, last: int) -> bool:
        """From `last` back, within a bounded reach and past no comma, semicolon or sentence start: a verb
        of the first clause with no 'that' after it ('CT showed that liver and bone metastases were
        excluded': the subject spans the 'and')."""
        for k in range(last, max(-1, last - self.left_reach), -1):
            w = strings[int(lower[k])]
            if w in self.left_subordinators or w in (",", ";"):
                return False
            if w in self.left_verbs:
                return True
            if doc[k].is_sent_start:
                return False
        return False

    def _examination_after(self, doc: Doc, lower, strings, k: int) -> str | None:
        """r13: 'There was no ascites, and abdominal sonography revealed liver lesions': after ', and' an
        examination (within a few words: 'and contrast-enhanced CT') with a finite reporting verb of its
        own soon after it ('and CT of the abdomen showed') is a new clause, its subject no longer the
        negated one. Without the verb it is a list's last item ('no uptake on MRI, PET, and CT'). Returns
        the examination and its verb, or None. r19: both in the 'and''s own sentence ('no pain and
        fatigue. CT showed ...' is a list's end, the examination the next sentence's)."""
        end = k + self.exam_noun_reach + self.exam_verb_reach
        end = next((j for j in range(k, min(end, len(doc))) if doc[j].is_sent_start), end)
        words = [strings[int(w)] for w in lower[k:end]]
        noun = next((j for j, w in enumerate(words[:self.exam_noun_reach]) if w in self.exam_nouns), None)
        if noun is None:
            return None
        verb = next((w for w in words[noun + 1:noun + 1 + self.exam_verb_reach] if w in self.exam_verbs), None)
        return None if verb is None else f"{words[noun]} {verb}"

    def _concessive_ends(self, doc: Doc, index_at: list[int]) -> list[tuple[int, str]]:
        """r10b: 'Although no nodes were involved, CT showed liver metastases', 'Despite no nodal
        disease, ...', 'Unlike the reported cases, she had liver metastases': a sentence that opens with
        a concessive or comparing clause holds two clauses, and the comma that closes the first is a
        boundary, so that a cue of either clause (a negation, a hypothetical, the literature, a generic
        statement's 'are available') stays in its own. The closing comma is the first one after the
        clause's verb ('Although many treatments, including surgery, are available, ...': the commas
        of a list come before it) that no list word follows; a phrase opener ('despite', 'unlike')
        has no verb to wait for. An other-patient cue reaches over it when the sentence names no patient
        ('While atypical carcinoids spread to the nodes in half of the cases, distant metastases are
        found most frequently in bone' is the literature's throughout; 'Unlike them, she had ...' not)."""
        out = []
        for sent in doc.sents:
            words = tuple(t.lower_ for t in sent[:4])
            # the longest opener the sentence opens with: 'because of' is a phrase, 'because' a clause (r18)
            needs_verb = max(((len(opener), verb) for opener, verb in self.openers if words[:len(opener)] == opener),
                             default=(0, None))[1]
            comma = None if needs_verb is None else self._closing_comma(doc, sent, needs_verb)
            if comma is not None:
                words_named = any(t.lower_ in self.patient_words for t in sent)
                named = words_named or holds_between(index_at, sent.start, sent.end)
                out.append((comma, OPENING if named else CROSSED))
        return out

    def _closing_comma(self, doc: Doc, sent, needs_verb: bool) -> int | None:
        """The comma that closes the opening clause of `sent`: the first after its verb (if it needs one)
        that no list word follows."""
        seen_verb = not needs_verb
        for k in range(sent.start + 1, sent.end - 1):
            word = doc[k].lower_
            if word == "," and seen_verb and doc[k + 1].lower_ not in self.list_words:
                return k
            seen_verb = seen_verb or word in self.verbs or (word.isalpha() and word.endswith(self.verb_suffixes))
        return None


class ClauseWords:
    """Where in a document the words a cue's clause needs or bars stand, found once per cue and kind."""

    def __init__(self, doc: Doc, lower):
        self.doc, self.lower = doc, lower
        self.found: dict[tuple[str, str], list[int]] = {}  # (cue key, kind) -> token offsets of its words

    def holds(self, key: str, kind: str, words: frozenset, clause_lo: int, clause_hi: int) -> bool:
        if (key, kind) not in self.found:
            self.found[(key, kind)] = positions_of(self.doc, self.lower, words)
        found = self.found[(key, kind)]
        at = bisect.bisect_left(found, clause_lo)
        return at < len(found) and found[at] < clause_hi


def clause_start(bound_at: list[int], j: int, lo: int) -> int:
    """Where the clause starts whose first boundary after it is bound_at[j]: past the one before, or at
    the sentence start `lo`."""
    return max(lo, bound_at[j - 1] + 1) if j > 0 and bound_at[j - 1] >= lo else lo


def clause_end(bound_at: list[int], k: int, hi: int) -> int:
    """Where the clause ends: at boundary bound_at[k] when it falls inside the sentence, else at `hi`."""
    return min(hi, bound_at[k]) if k < len(bound_at) and bound_at[k] < hi else hi


def holds_between(positions: list[int], lo: int, hi: int) -> bool:
    """Does one of the sorted token offsets fall in [lo, hi)?"""
    at = bisect.bisect_left(positions, lo)
    return at < len(positions) and positions[at] < hi
