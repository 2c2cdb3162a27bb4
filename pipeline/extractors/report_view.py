"""One processed report as the extractors see it (ReportView), and the one place that decides a
mention's status: from the section the mention sits in and from the shared ConText cues; no
extractor has negation logic of its own. Look-ups the extractors repeat (sentences, spans by
label or place, lower-cased words) are made once per report and kept in its cache."""
from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc, Span

from .. import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from ..budget import MatchBudget, within
from ..context_status import sentence_has_index_cue, status_for
from ..rules import Rules
from ..sections import section_at
from ..sentences import sentence_table
from ..words import positions_of
from .mention import INDEX_SENTENCE_RANK, NOT_ELIGIBLE, Mention
from .offsets import TokenOffsets

EVIDENCE_CHARS = 1000


class ReportView:
    """One processed report as the extractors see it."""

    def __init__(self, doc: Doc, rules: Rules):
        self.doc, self.rules = doc, rules
        self.text = doc._.report_text or doc.text  # Doc.text joins every token: read it once
        self._lower = doc.to_array("LOWER")
        self._lower_list: list[int] | None = None
        self.sections = doc._.sections
        cfg = rules["sections"]
        self.rank_of = {label: i for i, label in enumerate(cfg["feeds_row"])}
        if len(self.rank_of) > INDEX_SENTENCE_RANK:
            raise ValueError(f"rules/sections.json 'feeds_row' lists {len(self.rank_of)} classes; "
                             f"at most {INDEX_SENTENCE_RANK} rank before an index-patient sentence")
        self.index_cue_classes = set(cfg["index_cue_classes"])
        self.pronoun_classes = set(cfg.get("pronoun_index_classes", ()))  # 'Conclusion: she remains well'
        self.index_pronouns = set(cfg.get("index_pronouns", ()))
        self.lexicon = list(doc.spans["lexicon"]) if "lexicon" in doc.spans else []
        self._sent_of, self._bounds = sentence_table(doc)
        self._sent_chars: dict[int, tuple[int, int]] = {}
        self._offsets: TokenOffsets | None = None
        self.cache: dict = {}
        self.budget_limit = MatchBudget.from_rules(rules).limit(doc)
        self._budget_used: dict[str, int] = {}  # the extractors' counts, apart from the pipeline's
        self._by_label: dict[str, list[Span]] = {}
        for span in self.lexicon:
            self._by_label.setdefault(span.label_, []).append(span)

    def lower_word(self, token_i: int) -> str:
        """The lower-cased form of a token, without making a Token object."""
        if self._lower_list is None:
            self._lower_list = self._lower.tolist()
        return self.doc.vocab.strings[self._lower_list[token_i]]

    @property
    def lower_text(self) -> str:
        """The lower-cased text, made once per report for the extractors' cheap word checks."""
        if "lower_text" not in self.cache:
            self.cache["lower_text"] = self.text.lower()
        return self.cache["lower_text"]

    def windows_around(self, needles, before: int, after: int) -> list[tuple[int, int]]:
        """Merged stretches of the text from `before` characters ahead of each occurrence of a
        needle (found in the lower-cased text, in C) to `after` characters past it: a pattern that
        must contain one of the needles is searched there only, not from every character."""
        low, n = self.lower_text, len(self.text)
        if len(low) != n:  # lower-casing changed the length (rare Unicode): offsets would not match
            return [(0, n)]
        spots = []
        for needle in needles:
            at = low.find(needle)
            while at >= 0:
                spots.append((max(0, at - before), min(n, at + len(needle) + after)))
                at = low.find(needle, at + 1)
        spots.sort()
        merged: list[list[int]] = []
        for lo, hi in spots:
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        return [(lo, hi) for lo, hi in merged]

    def finditer_near(self, regex, needles, before: int, after: int, kind: str, text: str | None = None):
        """regex.finditer over the text, where every match holds one of the needles and fits in
        `before` characters ahead of it and `after` past it; as many as the budget allows. `text` is
        the report's text rewritten offset for offset (number words as digits, extractors/number_words.py)."""
        text = self.text if text is None else text
        matches = (m for lo, hi in self.windows_around(needles, before, after)
                   for m in regex.finditer(text, lo, hi))
        yield from self.within(matches, kind)

    def within(self, matches, kind: str):
        """The first matches of a kind, as many as the report's match budget allows (budget.py)."""
        return within(matches, self.budget_limit, self.doc, kind, self._budget_used)

    def sent_id(self, token_i: int) -> int:
        return int(self._sent_of[token_i])

    def sentence(self, token_i: int) -> Span:
        start, end = self._bounds[self._sent_of[token_i]]
        return self.doc[start:end]

    def sentence_chars(self, token_i: int) -> tuple[int, int]:
        """Character offsets of the token's sentence, worked out once per sentence."""
        sid = int(self._sent_of[token_i])
        chars = self._sent_chars.get(sid)
        if chars is None:
            sent = self.doc[self._bounds[sid][0]:self._bounds[sid][1]]
            chars = self._sent_chars[sid] = (sent.start_char, sent.end_char)
        return chars

    @property
    def offsets(self) -> TokenOffsets:
        if self._offsets is None:
            self._offsets = TokenOffsets(self.doc)
        return self._offsets

    def token_chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens [start, end)."""
        return self.offsets.chars(start, end)

    def tokens_of(self, start_char: int, end_char: int) -> tuple[int, int]:
        """The tokens [first, end) that the characters touch, as Doc.char_span('expand') finds them."""
        return self.offsets.tokens(start_char, end_char)

    def sentence_bounds(self, token_i: int) -> tuple[int, int]:
        start, end = self._bounds[self._sent_of[token_i]]
        return int(start), int(end)

    def spans_by_sentence(self, label: str) -> dict[int, list[Span]]:
        """The spans of a label grouped by sentence id: a look-up, not a scan per mention."""
        key = ("by_sentence", label)
        if key not in self.cache:
            groups: dict[int, list[Span]] = {}
            for span in self.spans(label):
                groups.setdefault(self.sent_id(span.start), []).append(span)
            self.cache[key] = groups
        return self.cache[key]

    def spans_near(self, label: str, lo: int, hi: int) -> list[Span]:
        """The spans of a label that start at a token in [lo, hi), in the report's order: a window
        found by bisection, so that a look-around costs the same in a sentence of 10 tokens or 10,000."""
        key = ("by_start", label)
        if key not in self.cache:
            order = sorted(range(len(self.spans(label))), key=lambda k: self.spans(label)[k].start)
            self.cache[key] = ([self.spans(label)[k].start for k in order], order)
        starts, order = self.cache[key]
        spans = self.spans(label)
        return [spans[k] for k in sorted(order[bisect_left(starts, lo):bisect_left(starts, hi)])]

    def spans_at(self, label: str) -> dict[int, list[Span]]:
        """The spans of a label grouped by their first token, in the report's order within a token: the
        metastasis word's sites and a distant lesion's list both ask 'does a site start here?' token by
        token, and both read this one table."""
        key = ("at_start", label)
        if key not in self.cache:
            groups: dict[int, list[Span]] = {}
            for span in self.spans(label):
                groups.setdefault(span.start, []).append(span)
            self.cache[key] = groups
        return self.cache[key]

    def modifies_next_site(self, site: Span) -> bool:
        """Does another site start right after this one? Then this one names its region: 'mesenteric
        lymph node', 'mesenteric node metastases'."""
        return bool(self.spans_near("SITE", site.end, site.end + 1))

    def longest_span(self, label: str) -> int:
        """How many tokens the longest span of a label holds (0 without one)."""
        key = ("longest", label)
        if key not in self.cache:
            self.cache[key] = max((s.end - s.start for s in self.spans(label)), default=0)
        return self.cache[key]

    def sentences_with(self, name: str, words) -> set[int]:
        """Ids of the sentences holding one of `words` (cached under `name`)."""
        key = ("sentences_with", name)
        if key not in self.cache:
            self.cache[key] = {self.sent_id(i) for i in self.tokens_in(words)}
        return self.cache[key]

    def same_sentence(self, a: Span, b: Span) -> bool:
        return self._sent_of[a.start] == self._sent_of[b.start]

    def tokens_in(self, words) -> list[int]:
        """Indices of tokens whose lower-case form is one of `words` (one numpy pass, no Token objects)."""
        return positions_of(self.doc, self._lower, words)

    def tokens_named(self, name: str, words) -> list[int]:
        """tokens_in(words), found once per report and kept under `name`."""
        key = ("tokens", name)
        if key not in self.cache:
            self.cache[key] = self.tokens_in(words)
        return self.cache[key]

    def from_model(self, span: Span) -> bool:
        return (span.start, span.end) in (self.doc._.ner_sources or {})

    def spans(self, label: str) -> list[Span]:
        return self._by_label.get(label, [])

    def spans_in(self, label: str, start: int, end: int) -> list[Span]:
        return [s for s in self._by_label.get(label, []) if start <= s.start and s.end <= end]

    def section_of(self, char: int) -> str:
        return section_at(self.sections, char).label

    def furniture_class(self, char: int) -> str:
        """'keywords', 'running_head', ... when the character sits on a line of page furniture."""
        header = section_at(self.sections, char).header
        return header.split(":", 1)[1] if header.startswith("furniture:") else ""

    def section_header(self, char: int) -> str:
        return section_at(self.sections, char).header.lower()

    def rank_and_reason(self, section: str, token_i: int) -> tuple[int, str]:
        """The rank of a mention at this token in this section (see INDEX_SENTENCE_RANK)."""
        if section in self.rank_of:
            return self.rank_of[section], ""
        if section in self.index_cue_classes and sentence_has_index_cue(self.doc, self.sent_id(token_i)):
            return INDEX_SENTENCE_RANK, "index-patient sentence"
        if section in self.pronoun_classes and self._names_by_pronoun(token_i):
            return INDEX_SENTENCE_RANK, "index-patient pronoun"
        return NOT_ELIGIBLE, f"section:{section}"

    def _names_by_pronoun(self, token_i: int) -> bool:
        """A sentence of a conclusion that names its subject by a pronoun ('Two years after the
        excision, she has no recurrence') speaks of the report's own patient: a conclusion retells
        the case, it does not tell the literature's patients' courses (the discussion does, and there
        a pronoun stays nobody's). An other-patient cue in the sentence still applies: the pronoun is
        no index cue that would switch it off ('Lee et al. described a woman; she died')."""
        sid = int(self._sent_of[token_i])
        key = ("pronoun_sentence", sid)
        if key not in self.cache:  # once per sentence, whatever the number of mentions in it
            start, end = self._bounds[sid]
            self.cache[key] = any(self.lower_word(k) in self.index_pronouns for k in range(start, end))
        return self.cache[key]

    def mention(self, field_name: str, start_char: int, end_char: int, value: str, normalized: Any,
                rule: str, label: str, status: str | None = None, reason: str = "",
                tokens: tuple[int, int] | None = None) -> Mention:
        """A mention of the text [start_char, end_char), which covers the tokens `tokens` when the
        caller knows them."""
        doc = self.doc
        first, last = tokens or self.tokens_of(start_char, end_char)
        sent_start, sent_end = self.sentence_chars(first)
        where = section_at(self.sections, start_char)
        section = where.label
        rank, section_reason = self.rank_and_reason(section, first)
        if where.header.startswith("furniture:"):
            section_reason = f"furniture:{where.header.split(':', 1)[1]}"
        if status is None:
            status, cue = status_for(doc, first, last, label)
            reason = reason or cue
        if rank == NOT_ELIGIBLE and status == "affirmed":
            status, reason = "other_patient", section_reason
        elif rank == INDEX_SENTENCE_RANK and not reason:
            reason = section_reason
        source = (doc._.ner_sources or {}).get((first, last)) or f"rule:{rule}"
        return Mention(field=field_name, value=value, normalized=normalized, start=start_char, end=end_char,
                       source=source, sentence_start=sent_start, sentence_end=sent_end, section=section,
                       status=status, rule=rule, text=self.text[start_char:end_char], rank=rank,
                       reason=reason, sentence=self.evidence(sent_start, sent_end, start_char, end_char))

    def status_beside_other_patients(self, m: Mention, label: str) -> tuple[str, str]:
        """(status, reason) of a mention as the cues of its sentence that speak of no other patient leave it: what
        a title that overrules a generic statement's cue still keeps (r24: a question, a denial)."""
        first, last = self.tokens_of(m.start, m.end)
        return status_for(self.doc, first, last, label, beside_other=True)

    def evidence(self, sent_start: int, sent_end: int, start: int, end: int) -> str:
        """The mention's sentence; in a sentence longer than EVIDENCE_CHARS (a list of thousands of
        items, a page without full stops) only the part around the mention, so that the cost and
        the size of mentions.csv stay linear in the report."""
        if sent_end - sent_start > EVIDENCE_CHARS:
            half = EVIDENCE_CHARS // 2
            sent_start, sent_end = max(sent_start, start - half), min(sent_end, end + half)
        return self.text[sent_start:sent_end].strip()
