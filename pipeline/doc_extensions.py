"""Everything one pipeline stage hands another on the Doc, declared in one place.

Components and extractors used to pass data through free `doc.user_data` keys: a misspelt key read
as missing, and nothing listed who writes what. Each such value is now a declared spaCy `Doc`
extension (`doc._.name`), registered here with default None (a mutable default would be shared by
every Doc) and set per document by its writer. spaCy keeps extension values in `doc.user_data`:
the worker's `doc.user_data.clear()` still drops them all at once, and a Doc written with
Doc.to_bytes would carry them (none is: workers send rows, not Docs).

Importing this module registers them; the table says who writes and who reads each one.
"""
from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = {
    # name: (writer -> readers) what it holds
    "report_text": "nlp.process -> sections, budget, extractors.base: the report text (Doc.text rebuilds it "
                   "from every token)",
    "sections": "sections (report_sectionizer) -> extractors: the report's classified sections",
    "context_cues": "context (report_context) -> context_status: {sentence number: [Cue]}",
    "index_cue_sentences": "context -> context_status: sentence numbers that name the index patient",
    "only_other_patient": "context -> context_status: labels no cue but an other-patient one changes",
    "sentence_cue_index": "context_status (built on first use, reset by context): {sentence: SentenceCues}",
    "sentence_table": "sentences (reset by report_sentences) -> context, context_status, ...: "
                      "(sentence of each token, sentence bounds)",
    "ner_sources": "ner (ner_candidates) -> extractors.base: {(first, last) token: 'ner:<label>'}",
    "fuzzy_hits": "lexicon (affix_ruler) -> extractors.markers, extractors.treatments: "
                  "{(start, label): fuzzy entry}",
    "over_budget": "budget.note_over_budget -> budget.over_budget: {kind: True} for the kinds past the budget",
    "budget_used": "budget.used_in (every budgeted component): {kind: matches so far}",
    "distinct_words": "words.distinct_words (cache): {attr: (distinct word ids, code of each token)}",
    "compact_without": "skipping.matches_skipping (cache): the doc with the skippable words left out",
}

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
