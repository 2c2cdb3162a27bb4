"""The report sectionizer, the spaCy component that puts each report's classified sections
(sections.py) on its Doc, where the sentence splitter and the extractors read them."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .sections import splitter

if not Doc.has_extension("sections"):
    Doc.set_extension("sections", default=None)


@Language.factory("report_sectionizer", default_config={"rules_dir": ""})
def make_sectionizer(nlp: Language, name: str, rules_dir: str):
    sections = splitter(rules_dir)

    def sectionize(doc: Doc) -> Doc:
        text = doc._.report_text  # set by nlp.process: Doc.text joins every token
        if text is None:
            text = doc._.report_text = doc.text
        doc._.sections = sections.split(text)
        return doc

    return sectionize
