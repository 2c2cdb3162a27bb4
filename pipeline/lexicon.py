"""Turns the lexicons in rules/ into SpanRuler patterns, and carries them over to abbreviations.

Every lexicon match lands in doc.spans["lexicon"] with its canonical name as the span id, so that
extractors read one place whatever the synonym, and `rule` in mentions.csv says which entry fired.
"""
from __future__ import annotations

import warnings
from operator import itemgetter
from typing import cast

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import registry

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .budget import MatchBudget, first_per_kind
from .rules import Rules, load_rules
from .skipping import adverb_judge, matches_skipping
from .words import WordVerdicts

SPANS_KEY = "lexicon"
POLARITY_LABELS = ("POSITIVE_FORWARD", "NEGATIVE_FORWARD", "POSITIVE_BACKWARD", "NEGATIVE_BACKWARD")


def _keeps_period(name: str) -> bool:
    """Would the tokenizer keep a sentence's period on this marker name written with a capital last
    letter? After a space or hyphen ('chromogranin A.') and after a lower-case letter in a short
    one-word abbreviation ('CgA.': scispaCy splits a period only after a lower-case letter or two
    capitals)."""
    if len(name) < 2 or not name[-1].isalpha():
        return False
    return name[-2] in " -" or (name[-2].isalpha() and " " not in name and len(name) <= 6)


def plural_noun_cues(cues) -> list[str]:
    """The noun cues in the plural ('expressions of', 'immunoreactivities for'): a report that lists
    several stains often writes their noun so ('The expressions of synaptophysin and chromogranin A
    were confirmed'), and the cue reads the same. A noun already plural ('stains for') has none. r10c."""
    out = []
    for cue in cues:
        noun, _, rest = cue.partition(" ")
        if noun.endswith("s"):
            continue
        plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
        out.append(f"{plural} {rest}".strip())
    return out


def lexicon_patterns(rules: Rules) -> list[dict]:
    """SpanRuler phrase patterns: one per synonym, `id` = canonical name."""
    patterns: list[dict] = []

    def add(label, canonical, phrases):
        for phrase in phrases:
            patterns.append({"label": label, "pattern": phrase, "id": canonical})

    for canonical, syns in rules["markers"]["markers"].items():
        names = [canonical.lower(), *syns]
        # The tokenizer keeps an initial-like 'A.' whole at a sentence end ('Melan-A.', 'chromogranin A.'),
        # and the period after a short abbreviation that ends lower-case then upper-case ('positive for
        # Syn and CgA.', 'ChgA.'): each such name gets its variant with the period.
        add("MARKER", canonical, names + [n[:-1] + n[-1].upper() + "." for n in names if _keeps_period(n)])
    for clone, syns in rules["markers"]["clones"].items():
        add("CLONE", clone, syns)
    pol = rules["markers"]["polarity"]
    for key in ("positive_forward", "negative_forward", "positive_backward", "negative_backward",
                "serum_context", "imaging_context"):
        add(key.upper(), key, pol[key])
    add("POSITIVE_FORWARD", "positive_forward", plural_noun_cues(pol["noun_forward"]))
    for canonical, syns in rules["sites"]["sites"].items():
        add("SITE", canonical, [canonical, *syns])
    # r10b: 'metastases to the liver and LNs': a site's short form matched as written, so 'ln' is none
    patterns += [{"label": "SITE", "pattern": [{"ORTH": word}], "id": canonical}
                 for canonical, words in rules["sites"]["sites_as_written"].items() for word in words]
    # r11: 'segment IV', 'segments VI and VII' are the liver's; the tokenizer keeps an initial-like 'I.' or
    # 'V.' at a sentence end whole, so each numeral is matched with its period too
    segments = rules["sites"]["segments"]
    patterns += [{"label": "SITE", "id": segments["site"], "pattern": [
        {"LOWER": {"IN": segments["nouns"]}}, {"ORTH": {"IN": [numeral, numeral + "."]}}]}
        for numeral in segments["numerals"]]
    add("TUMOUR", "tumour", rules["sites"]["primary_cues"]["tumour_nouns"])
    add("UNKNOWN_PRIMARY", "unknown_primary", rules["sites"]["unknown_primary"]["phrases"])
    for canonical, syns in rules["treatments"]["treatments"].items():
        add("TREATMENT", canonical, [canonical.lower(), *syns])
    for canonical, names in rules["drug_names"]["drug_names"].items():  # brands, abbreviations (generated)
        add("TREATMENT", canonical, names)
    for regimen in rules["treatments"]["regimens"]:
        add("REGIMEN", regimen, [regimen])
    add("IMAGING", "imaging", rules["treatments"]["imaging_cues"])
    add("METASTASIS", "metastasis", rules["metastasis"]["phrases"])
    add("STAGING", "staging", rules["metastasis"]["staging_phrases"])  # 'the staging CT was unremarkable'
    # r6b-meta: 'liver mets' matched as written, so that the exercise unit '6 METs' is none
    patterns += [{"label": "METASTASIS", "pattern": [{"ORTH": word}], "id": "metastasis"}
                 for word in rules["metastasis"]["abbreviations"]]
    return patterns


@registry.misc("longest_per_label_filter.v1")
def make_longest_per_label_filter():
    """Keep the longest match per label, so 'chromogranin A' wins over 'chromogranin' but a
    polarity cue and a stain-context word may overlap."""

    def filter_spans(existing, new):
        spans = list(existing) + list(new)
        keys = [(s.start, s.end, s.label) for s in spans]  # read once: Span attributes are slow
        by_label: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            by_label.setdefault(key[2], []).append(i)
        out = []
        for members in by_label.values():
            members.sort(key=lambda i: (keys[i][0] - keys[i][1], keys[i][0]))  # longest first, then leftmost
            taken: set[int] = set()
            for i in members:
                start, end, _ = keys[i]
                if not any(t in taken for t in range(start, end)):
                    out.append(i)
                    taken.update(range(start, end))
        out.sort(key=lambda i: (keys[i][0], keys[i][1]))
        return [spans[i] for i in out]

    return filter_spans


class LexiconRuler(SpanRuler):
    """spaCy's SpanRuler, without a Span object per raw match: matches are de-duplicated and sorted
    as numbers, in the order SpanRuler sorts its Spans (offsets, then label and id hashes), and only
    then made Spans. On a list of thousands of markers this halves the ruler's cost. Each label
    keeps at most the match budget's matches (see budget.py)."""

    budget: MatchBudget | None = None
    # The polarity cues of more than one word, matched again with adverbs left out ('was diffusely
    # expressed', 'stained strongly for'), as the ConText cues are (see skipping.py).
    cue_matcher: PhraseMatcher | None = None
    adverbs: WordVerdicts | None = None
    skip_window: int = 0  # rules/context.json 'skip_in_cues.window_tokens'
    # Words matched as written ('mets', not 'METs'): a PhraseMatcher on ORTH, a hash lookup per
    # word. As token patterns, spaCy's Matcher walked every token of every report (11% of a run).
    orth_matcher: PhraseMatcher | None = None

    def match(self, doc: Doc) -> list[Span]:
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self.matcher(doc)) + list(self.phrase_matcher(doc))
            if self.orth_matcher is not None:
                matches += list(self.orth_matcher(doc))
            if self.cue_matcher is not None and self.adverbs is not None:
                spots = [i for i, _ in self.adverbs.find(doc)]
                matches += matches_skipping(doc, self.cue_matcher, spots, self.skip_window)
        strings = doc.vocab.strings
        keyed: list[tuple] = []
        about: dict[int, tuple] = {}  # match id -> (label hash, id hash, label, id)
        for start, end, m_id in {(start, end, m_id) for m_id, start, end in matches if start != end}:
            known = about.get(m_id)
            if known is None:
                meta = self._match_label_id_map[m_id]
                known = about[m_id] = (strings.add(meta["label"]), strings.add(meta["id"]) if meta["id"] else 0,
                                       meta["label"], meta["id"])
            keyed.append((start, end, *known))
        keyed.sort(key=lambda k: k[:4])
        if self.budget is not None:
            keyed = first_per_kind(keyed, itemgetter(4), self.budget.limit(doc), doc)
        return [Span(doc, start, end, label=label, span_id=ident) for start, end, _, _, label, ident in keyed]


@Language.factory("lexicon_span_ruler", assigns=["doc.spans"], default_config={
    "spans_key": SPANS_KEY, "spans_filter": None, "annotate_ents": False,
    "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}, "phrase_matcher_attr": None,
    "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"}, "validate": False, "overwrite": True,
    "scorer": {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": SPANS_KEY}})
def make_lexicon_ruler(nlp, name, spans_key, spans_filter, annotate_ents, ents_filter, phrase_matcher_attr,
                       matcher_fuzzy_compare, validate, overwrite, scorer):
    return LexiconRuler(nlp, name, spans_key=spans_key, spans_filter=spans_filter, annotate_ents=annotate_ents,
                        ents_filter=ents_filter, phrase_matcher_attr=phrase_matcher_attr,
                        matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate, overwrite=overwrite,
                        scorer=scorer)


def add_lexicon_ruler(nlp: Language, rules_dir: str = "") -> None:
    ruler = cast(LexiconRuler, nlp.add_pipe("lexicon_span_ruler", name="lexicon_ruler", config={
        "spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "validate": False,
        "spans_filter": {"@misc": "longest_per_label_filter.v1"}, "overwrite": True}))
    # Phrase patterns are matched on LOWER: the tokenizer alone makes them. Without this, spaCy
    # runs the components before the ruler (sections, sentences, abbreviations) on every pattern.
    rules = load_rules(rules_dir or None)
    patterns = lexicon_patterns(rules)
    as_written = [p for p in patterns if _as_written(p)]
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns([p for p in patterns if not _as_written(p)])
    ruler.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for pattern in as_written:
        words = [token["ORTH"] for token in pattern["pattern"]]
        ruler.orth_matcher.add(repr((pattern["label"], pattern["id"])), [Doc(nlp.vocab, words=words)])
    ruler.budget = MatchBudget.from_rules(rules)
    ruler.cue_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for pattern in lexicon_patterns(rules):
        if pattern["label"] in POLARITY_LABELS and " " in pattern["pattern"]:
            # keyed as SpanRuler keys its own patterns, so a match reads its label and id alike
            ruler.cue_matcher.add(repr((pattern["label"], pattern["id"])), [nlp.make_doc(pattern["pattern"])])
    ruler.adverbs = WordVerdicts(adverb_judge(rules["context"]["skip_in_cues"]))
    ruler.skip_window = rules["context"]["skip_in_cues"]["window_tokens"]


def _as_written(pattern: dict) -> bool:
    """A token pattern of plain words each matched as written (ORTH), which a PhraseMatcher can match."""
    tokens = pattern["pattern"]
    return isinstance(tokens, list) and all(set(token) == {"ORTH"} for token in tokens)
