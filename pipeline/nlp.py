"""Builds the one spaCy pipeline every report goes through.

sectionizer -> sentences -> scispaCy abbreviations (linear candidate search) -> [scispaCy NER] -> lexicon ruler (SpanRuler)
-> affix ruler -> abbreviation linker -> [NER candidates] -> context
"""
from __future__ import annotations

import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from . import abbreviations, context, doc_extensions, lexicon, sections, sentences  # noqa: F401  (registers the factories)
from .reading import MAX_BYTES
from .rules import load_rules

# scispaCy's global abbreviation matcher warns on every document that defines no abbreviation,
# and its tokenizer's regular expressions raise a FutureWarning on import: neither is actionable.
warnings.filterwarnings("ignore", message=r".*\[W036\].*")
warnings.filterwarnings("ignore", category=FutureWarning, message="Possible set union")


@lru_cache(maxsize=4)
def build_nlp(rules_dir: str = "", ner_model: str = "") -> Language:
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    load_rules(rules_dir or None)  # fail early on a broken rules folder
    nlp = spacy.blank("en")
    # Every report the reader accepts is processed: spaCy's own 1,000,000-character guard protects
    # parsers and taggers this pipeline does not run (the match budget bounds dense text instead).
    nlp.max_length = MAX_BYTES + 1
    nlp.tokenizer = combined_rule_tokenizer(nlp)
    nlp.add_pipe("report_sectionizer", config={"rules_dir": rules_dir})
    nlp.add_pipe("report_sentences", config={"rules_dir": rules_dir})
    nlp.add_pipe("bounded_abbreviation_detector", name="abbreviation_detector", config={"rules_dir": rules_dir})
    if ner_model:
        from .ner import add_ner_stage

        add_ner_stage(nlp, ner_model)
    lexicon.add_lexicon_ruler(nlp, rules_dir)
    nlp.add_pipe("affix_ruler", config={"rules_dir": rules_dir})
    nlp.add_pipe("abbreviation_linker")
    if ner_model:
        nlp.add_pipe("ner_candidates", config={"model_name": ner_model, "rules_dir": rules_dir})
    nlp.add_pipe("report_context", config={"rules_dir": rules_dir})
    return nlp


def process(nlp: Language, text: str):
    """nlp(text), with the text handed to the components: spaCy's Doc.text rebuilds it from every
    token, which costs as much as a third of tokenising."""
    doc = nlp.make_doc(text)
    doc._.report_text = text
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
