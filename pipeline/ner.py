"""The scispaCy NER stage: statistical entities beside the rules, with provenance.

`add_ner_stage` sources a model's `ner` (and the `tok2vec` it listens to) into the project's own
pipeline, so tokenisation, sentences and abbreviations stay the project's. `ner_candidates` turns
the model's entities into lexicon spans that the extractors already read, in the right context
only, and records each one's source as `ner:<model>:<label>`.
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .errors import NerModelError
from .lexicon import SPANS_KEY
from .rules import Rules, load_rules

INSTALL_HINT = ("scispaCy publishes its models as pip-installable archives; install one into the project's "
                "environment with\n  .venv/bin/pip install <archive URL from scispaCy's README>\n"
                "(see the README section 'NER stage'), or pass the path of a saved spaCy pipeline.")


def load_model(name_or_path: str) -> Language:
    try:
        return spacy.load(name_or_path)
    except OSError as exc:
        where = "path" if Path(name_or_path).exists() or "/" in name_or_path else "package"
        raise NerModelError(f"NER model '{name_or_path}' could not be loaded ({where} not found or not a spaCy "
                            f"pipeline). {INSTALL_HINT}") from exc


def add_ner_stage(nlp: Language, name_or_path: str) -> None:
    model = load_model(name_or_path)
    if "ner" not in model.pipe_names:
        raise NerModelError(f"NER model '{name_or_path}' has no 'ner' component "
                            f"(it has: {', '.join(model.pipe_names)})")
    if model.vocab.vectors.shape[0]:
        nlp.vocab.vectors = model.vocab.vectors
    if "tok2vec" in model.pipe_names:
        nlp.add_pipe("tok2vec", source=model)
    nlp.add_pipe("ner", source=model)


def model_label(name_or_path: str) -> str:
    """A short model name for provenance: the package name or the folder name."""
    return Path(name_or_path).name or name_or_path


@Language.factory("ner_candidates", default_config={"model_name": "", "rules_dir": ""})
def make_ner_candidates(nlp: Language, name: str, model_name: str, rules_dir: str):
    return NerCandidates(model_name, rules_dir)


class NerCandidates:
    def __init__(self, model_name: str, rules_dir: str = "", rules: Rules | None = None):
        rules = rules or load_rules(rules_dir or None)
        cfg = rules["ner"]
        self.model = model_label(model_name)
        self.roles = cfg["roles"]
        self.context = {role: set(words) for role, words in cfg["context"].items()}
        self.excluded = set(cfg["excluded_words"])
        self.frame_before = set(cfg["treatment_frame_before"])
        self.frame_after = set(cfg["treatment_frame_after"])
        self.implausible = tuple(cfg["implausible_suffixes"])
        self.synonyms = {"TREATMENT": rules.treatment_synonyms, "SITE": rules.site_synonyms,
                         "MARKER": rules.marker_synonyms}

    def __call__(self, doc: Doc) -> Doc:
        from .sentences import sentence_table

        group = doc.spans[SPANS_KEY]
        taken = {i for span in group for i in range(span.start, span.end)}
        sent_of, bounds = sentence_table(doc)
        if doc._.ner_sources is None:
            doc._.ner_sources = {}
        sources = doc._.ner_sources
        added = []
        for ent in doc.ents:
            role = self.roles.get(ent.label_)
            text = ent.text.lower().strip()
            if role is None or not self._plausible(ent, text):
                continue
            if any(i in taken for i in range(ent.start, ent.end)):
                continue  # a rule match covers this text: the rule match wins
            if not self._in_context(doc, ent, role, bounds[sent_of[ent.start]]):
                continue
            canonical = self.synonyms[role].get(text, text)
            added.append(Span(doc, ent.start, ent.end, label=role, span_id=canonical))
            sources[(ent.start, ent.end)] = f"ner:{self.model}:{ent.label_}"
        group.extend(added)
        return doc

    def _plausible(self, ent: Span, text: str) -> bool:
        """Not an excluded word; three characters or more, a letter among them; not only stop words,
        punctuation and numbers; no implausible ending."""
        if text in self.excluded or len(text) < 3 or not any(c.isalpha() for c in text):
            return False
        return not (all(t.is_stop or t.is_punct or t.like_num for t in ent) or text.endswith(self.implausible))

    def _in_context(self, doc: Doc, ent: Span, role: str, sentence: tuple[int, int]) -> bool:
        """Its sentence holds a context word of its role; a treatment also stands in a treatment frame."""
        lo, hi = sentence
        if not any(t.lower_ in self.context[role] for t in doc[lo:hi]):
            return False
        return role != "TREATMENT" or self._in_treatment_frame(doc, ent)

    def _in_treatment_frame(self, doc: Doc, ent: Span) -> bool:
        before = {t.lower_ for t in doc[max(0, ent.start - 2):ent.start]}
        after = [t.lower_ for t in doc[ent.end:ent.end + 3]]
        return bool(before & self.frame_before) or bool(set(after[:1]) & self.frame_after) or (
            len(after) > 1 and after[0].replace(".", "").isdigit() and after[1] in self.frame_after)
