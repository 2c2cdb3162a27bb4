"""Turns the lexicons in rules/ into SpanRuler patterns, and carries them over to abbreviations.

Every lexicon match lands in doc.spans["lexicon"] with its canonical name as the span id, so that
extractors read one place whatever the synonym, and `rule` in mentions.csv says which entry fired.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from .rules import Rules, load_rules
from .words import WordVerdicts

SPANS_KEY = "lexicon"
LINKED_LABELS = ("MARKER", "SITE", "TREATMENT", "METASTASIS", "TUMOUR")


def lexicon_patterns(rules: Rules) -> list[dict]:
    """SpanRuler phrase patterns: one per synonym, `id` = canonical name."""
    patterns: list[dict] = []

    def add(label, canonical, phrases):
        for phrase in phrases:
            patterns.append({"label": label, "pattern": phrase, "id": canonical})

    for canonical, syns in rules["markers"]["markers"].items():
        names = [canonical.lower(), *syns]
        # The tokenizer keeps an initial-like 'A.' whole at a sentence end ('Melan-A.', 'chromogranin A.').
        add("MARKER", canonical, names + [n[:-1] + n[-1].upper() + "." for n in names
                                          if len(n) > 1 and n[-1].isalpha() and n[-2] in " -"])
    for clone, syns in rules["markers"]["clones"].items():
        add("CLONE", clone, syns)
    pol = rules["markers"]["polarity"]
    for key in ("positive_forward", "negative_forward", "positive_backward", "negative_backward",
                "serum_context", "imaging_context"):
        add(key.upper(), key, pol[key])
    for canonical, syns in rules["sites"]["sites"].items():
        add("SITE", canonical, [canonical, *syns])
    add("TUMOUR", "tumour", rules["sites"]["primary_cues"]["tumour_nouns"])
    add("UNKNOWN_PRIMARY", "unknown_primary", rules["sites"]["unknown_primary"]["phrases"])
    for canonical, syns in rules["treatments"]["treatments"].items():
        add("TREATMENT", canonical, [canonical.lower(), *syns])
    for regimen in rules["treatments"]["regimens"]:
        add("REGIMEN", regimen, [regimen])
    add("IMAGING", "imaging", rules["treatments"]["imaging_cues"])
    add("METASTASIS", "metastasis", rules["metastasis"]["phrases"])
    return patterns


def affix_rules(rules: Rules) -> list[tuple[str, str, str, str]]:
    """(label, id, 'prefix'|'suffix', affix): single words known by their shape, such as
    'metastases'/'metastastic' (prefix 'metasta') and 'duodenectomy' (suffix 'ectomy')."""
    out = [("METASTASIS", "metastasis", "prefix", p) for p in rules["metastasis"]["prefixes"]]
    out += [("TREATMENT", "surgery", "suffix", s) for s in rules["treatments"].get("surgery_suffixes", [])]
    out += [("MARKER", "", "shape", shape) for shape in rules["markers"].get("shapes", [])]
    return out


@registry.misc("longest_per_label_filter.v1")
def make_longest_per_label_filter():
    """Keep the longest match per label, so 'chromogranin A' wins over 'chromogranin' but a
    polarity cue and a stain-context word may overlap."""

    def filter_spans(existing, new):
        by_label: dict[str, list[Span]] = {}
        for span in list(existing) + list(new):
            by_label.setdefault(span.label_, []).append(span)
        out = []
        for spans in by_label.values():
            spans.sort(key=lambda s: (-(s.end - s.start), s.start))
            taken: set[int] = set()
            for span in spans:
                if not any(i in taken for i in range(span.start, span.end)):
                    out.append(span)
                    taken.update(range(span.start, span.end))
        return sorted(out, key=lambda s: (s.start, s.end))

    return filter_spans


def add_lexicon_ruler(nlp: Language, rules_dir: str = "") -> None:
    ruler = nlp.add_pipe("span_ruler", name="lexicon_ruler", config={
        "spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "validate": False,
        "spans_filter": {"@misc": "longest_per_label_filter.v1"}, "overwrite": True})
    # Phrase patterns are matched on LOWER: the tokenizer alone makes them. Without this, spaCy
    # runs the components before the ruler (sections, sentences, abbreviations) on every pattern.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(lexicon_patterns(load_rules(rules_dir or None)))


COMPOUND_SPLIT = re.compile(r"[/\[\]–—]+")
COMPOUND_LABELS = {"markers": "MARKER", "treatments": "TREATMENT"}


def compound_parts(rules: Rules) -> dict[str, tuple[str, str]]:
    """One-word synonyms of markers and treatments, for words the tokenizer leaves joined:
    'capecitabine/temozolomide', 'CgA/Syn', '[177Lu]Lu-DOTA-TATE'."""
    parts = {}
    for key, label in COMPOUND_LABELS.items():
        lexicon = rules[key][key]
        for canonical, synonyms in lexicon.items():
            for word in [canonical, *synonyms]:
                if " " not in word:
                    parts.setdefault(word.lower(), (label, canonical))
    return parts


@Language.factory("affix_ruler", default_config={"rules_dir": ""})
def make_affix_ruler(nlp: Language, name: str, rules_dir: str):
    """Word-shape matches, checked once per distinct word rather than with a regex per token:
    prefixes and suffixes ('metastases', 'duodenectomy') and joined words ('capecitabine/temozolomide')."""
    from .fuzzy import FuzzyLexicon

    rules = load_rules(rules_dir or None)
    affixes = affix_rules(rules)
    parts = compound_parts(rules)
    fuzzy = FuzzyLexicon(rules)
    fuzzy_entry: dict[str, str] = {}  # word -> the lexicon entry it is a near miss of

    def judge(low: str) -> list[tuple[str, str]]:
        hits = [(label, ident or low.upper()) for label, ident, kind, affix in affixes
                if (kind == "shape" and re.match(affix, low)) or low.isalpha() and (
                    (kind == "prefix" and low.startswith(affix)) or
                    (kind == "suffix" and low.endswith(affix) and len(low) > len(affix) + 2))
                or kind == "suffix" and "-" in low and low.replace("-", "").isalpha()
                and low.endswith(affix)]  # 'salpingo-oophorectomy'
        if COMPOUND_SPLIT.search(low) and low not in parts:
            hits += [parts[p] for p in COMPOUND_SPLIT.split(low) if p in parts]
        if not hits:
            near = fuzzy.match(low)
            if near:
                hits = [near[:2]]
                fuzzy_entry[low] = near[2]
        return hits

    words = WordVerdicts(judge)

    def match(doc: Doc) -> Doc:
        found = [Span(doc, i, i + 1, label=label, span_id=ident) for i, hits in words.find(doc) for label, ident in hits]
        if found:
            group = doc.spans[SPANS_KEY]
            taken = {(i, s.label_) for s in group for i in range(s.start, s.end)}
            new = [s for s in found if (s.start, s.label_) not in taken]  # an exact match always wins
            near = [s for s in new if s[0].lower_ in fuzzy_entry]
            if near:
                lower = [doc.vocab.strings[k] for k in doc.to_array("LOWER").tolist()]
                dropped = {id(s) for s in near if not fuzzy.in_frame(lower, s.start, s.label_)}
                new = [s for s in new if id(s) not in dropped]
                doc.user_data["fuzzy"] = {(s.start, s.label_): fuzzy_entry[s[0].lower_] for s in near
                                          if id(s) not in dropped}
            group.extend(new)
        return doc

    return match


@Language.factory("abbreviation_linker")
def make_abbreviation_linker(nlp: Language, name: str):
    return link_abbreviations


def link_abbreviations(doc: Doc) -> Doc:
    """Give each short form the lexicon entries of its long form: ISCM -> spinal cord + metastasis."""
    abbreviations = getattr(doc._, "abbreviations", None) or []
    if not abbreviations:
        return doc
    group = doc.spans[SPANS_KEY]
    by_start: dict[int, list[Span]] = {}
    for span in group:
        by_start.setdefault(span.start, []).append(span)
    existing = {(s.start, s.end, s.label_, s.id_) for s in group}
    added = []
    for short in abbreviations:
        long_form = short._.long_form
        if long_form is None:
            continue
        inside = [s for i in range(long_form.start, long_form.end) for s in by_start.get(i, ())
                  if s.end <= long_form.end and s.label_ in LINKED_LABELS]
        for span in inside:
            key = (short.start, short.end, span.label_, span.id_)
            if key not in existing and not (short.start == span.start and short.end == span.end):
                existing.add(key)
                added.append(Span(doc, short.start, short.end, label=span.label_, span_id=span.id_))
    if added:
        # A short form already matched for the same label keeps its own entry.
        own = {(s.start, s.end, s.label_) for s in group}
        group.extend([s for s in added if (s.start, s.end, s.label_) not in own])
    return doc
