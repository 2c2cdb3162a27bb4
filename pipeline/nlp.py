"""Builds the one spaCy pipeline every report goes through, and runs a report through it.

sectionizer -> sentences -> scispaCy abbreviations (linear candidate search) -> [scispaCy NER]
-> lexicon ruler (SpanRuler) -> affix ruler -> abbreviation linker -> [NER candidates] -> context

A report runs through spaCy's own call path, `Language.pipe`, with spaCy's error handler set for
every component: an exception raised by a component goes on unchanged (so one report's problem row
reads as it always did: `extraction_error`, the exception's type and message) and carries a note
naming the component, which a `--fail-fast` traceback shows. `Language.pipe`, not `nlp(doc)`:
`Language.__call__` turns any KeyError raised inside a component into spaCy's "did you forget to
call initialize()" ValueError, which would hide the real bug.

Why one report per call and not one `nlp.pipe` over the whole batch: see runners/worker.py.
"""
from __future__ import annotations

import contextlib
import re
import warnings
from functools import lru_cache
from typing import NoReturn

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from . import abbreviations, affix_ruler, context, doc_extensions, lexicon, sections, sentences  # noqa: F401  (registers the factories)
from .reading import MAX_BYTES
from .rules import load_rules

# scispaCy's global abbreviation matcher warns on every document that defines no abbreviation,
# and its tokenizer's regular expressions raise a FutureWarning on import: neither is actionable.
warnings.filterwarnings("ignore", message=r".*\[W036\].*")
warnings.filterwarnings("ignore", category=FutureWarning, message="Possible set union")


@lru_cache(maxsize=4)
def build_nlp(rules_dir: str = "", ner_model: str = "") -> Language:
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    rules = load_rules(rules_dir or None)  # fail early on a broken rules folder
    nlp = spacy.blank("en")
    # Every report the reader accepts is processed: spaCy's own 1,000,000-character guard protects
    # parsers and taggers this pipeline does not run (the match budget bounds dense text instead).
    nlp.max_length = MAX_BYTES + 1
    nlp.tokenizer = combined_rule_tokenizer(nlp)
    _split_glued_marks(nlp.tokenizer)
    _keep_abbreviations_whole(nlp.tokenizer, rules["sections"]["sentence_abbreviations"])
    nlp.add_pipe("report_sectionizer", config={"rules_dir": rules_dir})
    nlp.add_pipe("report_sentences", config={"rules_dir": rules_dir})
    nlp.add_pipe("bounded_abbreviation_detector", name="abbreviation_detector", config={"rules_dir": rules_dir})
    if ner_model:
        from .ner import add_ner_stage

        add_ner_stage(nlp, ner_model)
    lexicon.add_lexicon_ruler(nlp, rules_dir)
    nlp.add_pipe("affix_ruler", config={"rules_dir": rules_dir})
    nlp.add_pipe("abbreviation_linker", config={"rules_dir": rules_dir})
    if ner_model:
        nlp.add_pipe("ner_candidates", config={"model_name": ner_model, "rules_dir": rules_dir})
    nlp.add_pipe("report_context", config={"rules_dir": rules_dir})
    _set_error_handler(nlp, name_the_component)
    return nlp


# r10b: a citation mark glued to the word before it, after its period ('Murphy et al.[2] reported',
# 'et al.,[3]', 'al.(4)'): scispaCy's tokenizer keeps 'al.[2' as one token, so 'et al.' is no
# other-patient cue there. The bracket (and a comma before it) become tokens of their own.
GLUED_CITATION = r"(?<=[A-Za-z]\.)[\[(](?=\d)|(?<=[A-Za-z]\.,)[\[(](?=\d)|(?<=[A-Za-z]\.),(?=[\[(]\d)"


# r11-mk: stains with their signs joined by slashes ('CK7-/CK20+', 'Syn+/CgA+/TTF-1-', 'CK7(-)/CK20(+)',
# 'CK7-negative/CK20-positive'): scispaCy's tokenizer keeps 'CK7-/CK20' or 'CK7+/CK20-' as one token, so
# neither stain nor sign is read. A slash right after a sign (a plus after a letter or digit; a minus or en
# dash after a capital or digit, so 'pre-/postoperative' stays whole; a bracketed sign; a result word) and
# before a letter or bracket becomes a token of its own.
SIGNED_SLASH = (r"(?<=[A-Za-z0-9]\+)/(?=[A-Za-z(])|(?<=[A-Z0-9][-\u2013])/(?=[A-Za-z(])"
                r"|(?<=[+\-\u2013]\))/(?=[A-Za-z(])|(?<=\A[+\-\u2013])/(?=[A-Za-z(])|(?<=positive|negative)/(?=[A-Za-z])")


# r27: a comma or a semicolon glued between two words, as a PDF's text layer or a flattened page loses the space
# after it ('positive for CK7,CK20 and CD56;Negative for S100'): scispaCy keeps 'CD56;Negative' as one token,
# so neither stain is read and the list's polarity runs on. Only before a letter: '2,5 cm', '1,000' and
# 't(11;22)' stay whole.
GLUED_LIST_MARK = r"(?<=[A-Za-z0-9+)]),(?=[A-Za-z])|(?<=[A-Za-z0-9+\-)]);(?=[A-Za-z])"


# r17: a sentence's full stop glued to the next sentence after a space ('reported to date .We describe a
# case'), as flattened web pages have it: scispaCy keeps '.We' as one token, so the sentences run together
# and the second one's patient is lost. A full stop before a capitalised word becomes a token of its own
# ('.5 mm', '.NET' and lower-case words stay whole).
GLUED_FULL_STOP = r"^\.(?=[A-Z][a-z])"


def _split_glued_marks(tokenizer) -> None:
    """The tokenizer's own rules, with the glued citation marks, signed slashes and list marks split as infixes
    and a glued full stop as a prefix."""
    tokenizer.infix_finditer = re.compile(GLUED_CITATION + "|" + SIGNED_SLASH + "|" + GLUED_LIST_MARK + "|"
                                          + tokenizer.infix_finditer.__self__.pattern).finditer
    tokenizer.prefix_search = re.compile(GLUED_FULL_STOP + "|" + tokenizer.prefix_search.__self__.pattern).search


def _keep_abbreviations_whole(tokenizer, words: list[str]) -> None:
    """r26: an abbreviation that ends no sentence (rules/sections.json 'sentence_abbreviations') is one token
    with its period, as scispaCy keeps 'al.' and 'fig.', also where the tokenizer would split it ('a mass
    approx. 15 mm across'): the sentence splitter reads the token whole."""
    for word in words:
        for form in {word, word.capitalize()}:
            tokenizer.add_special_case(form, [{ORTH: form}])


def _set_error_handler(nlp: Language, handler) -> None:
    """nlp.set_error_handler(handler), component by component: spaCy 3.8's Cython parser components
    ('ner' of a scispaCy model) have no slot for a handler and raise AttributeError, which would leave
    the components after them without it. Theirs stays spaCy's default, which raises the exception
    unchanged."""
    nlp.default_error_handler = handler
    for _, component in nlp.pipeline:
        if hasattr(component, "set_error_handler"):
            with contextlib.suppress(AttributeError):
                component.set_error_handler(handler)


def name_the_component(name: str, component, docs: list[Doc], exc: Exception) -> NoReturn:
    """spaCy's error handler for every component: the exception is raised again as it was, with a
    note that names the component."""
    exc.add_note(f"raised by the spaCy component '{name}'")
    raise exc


def process(nlp: Language, text: str) -> Doc:
    """nlp(text) through Language.pipe, with the text handed to the components: spaCy's Doc.text
    rebuilds it from every token, which costs as much as a third of tokenising."""
    doc = nlp.make_doc(text)
    doc._.report_text = text
    for done in nlp.pipe([doc]):
        return done
    raise RuntimeError("the spaCy pipeline returned no document")  # only if an error handler swallowed an error
