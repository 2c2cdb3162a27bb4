"""Words known by their shape rather than listed: the affix ruler, after the lexicon ruler.

A lexicon lists words; some words are better told by their shape. Every 'metasta...' word is a
metastasis word ('metastases', 'metastatic', and the misspelt 'metastastic'), every '...ectomy' an
operation, a marker name may carry a clone number. Words joined without a space ('capecitabine/
temozolomide', 'CgA/Syn', 'FOLFOX-bevacizumab', 'etoposide+cisplatin', 'cisplatin- and etoposide-based')
are read part by part, and a near miss of a lexicon entry ('synaptophisin') is read as that entry where
its frame allows it (fuzzy.py). Each distinct word is judged once per run (words.WordVerdicts), not a
regex per token. The spans land in doc.spans["lexicon"] beside the lexicon ruler's, which always win on
the same word.
"""
from __future__ import annotations

import re
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import doc_extensions  # noqa: F401  (declares the doc._ values used here)
from .budget import MatchBudget, first_per_kind, used_in
from .lexicon import SPANS_KEY
from .rules import Rules, load_rules
from .words import WordVerdicts


def affix_rules(rules: Rules) -> list[tuple[str, str, str, str]]:
    """(label, id, 'prefix'|'suffix', affix): single words known by their shape, such as
    'metastases'/'metastastic' (prefix 'metasta') and 'duodenectomy' (suffix 'ectomy')."""
    out = [("METASTASIS", "metastasis", "prefix", p) for p in rules["metastasis"]["prefixes"]]
    out += [("TREATMENT", "surgery", "suffix", s) for s in rules["treatments"].get("surgery_suffixes", [])]
    out += [("MARKER", "", "shape", shape) for shape in rules["markers"].get("shapes", [])]
    return out


class DrugStems:
    """r9: a drug no list names yet, told by its INN stem ('amrubicin', 'pazopanib', 'olaparib'): new drugs
    come every year, and the WHO gives each kind an ending of its own (rules/treatments.json drug_stems).
    The word itself, in lower case, is the drug's name."""

    def __init__(self, cfg: dict):
        self.stems = tuple(sorted({s for stems in cfg.get("drug_stems", {}).values() for s in stems}))
        self.exceptions = tuple(cfg.get("drug_stem_exceptions", []))
        self.min_root = cfg.get("drug_stem_min_root", 2)

    def __call__(self, low: str) -> list[tuple[str, str]]:
        if not (self.stems and low.isalpha() and low.endswith(self.stems)) or low.endswith(self.exceptions):
            return []
        stem = max((s for s in self.stems if low.endswith(s)), key=len)
        return [("TREATMENT", low)] if len(low) - len(stem) >= self.min_root else []


class ExtentCompounds:
    """r12: an organ joined to a word of extent ('liver-only', 'bone-limited', 'liver-predominant') is
    one token, so the lexicon never sees its organ. The word names that organ as a site; where the organ
    is one NETs spread to (rules/sites.json metastasis_organs) it is also a metastasis word of its own,
    as in 'liver-only disease' (rules/metastasis.json extent_compounds). 'Lung-limited disease' may be
    the primary's, so the lung is a site there and no metastasis."""

    def __init__(self, rules: Rules):
        self.extents = frozenset(rules["metastasis"]["extent_compounds"]["extents"])
        self.organs = {word.lower(): canonical for canonical, words in rules["sites"]["sites"].items()
                       for word in [canonical, *words] if " " not in word}
        self.spread = frozenset(rules["sites"]["primary_cues"]["metastasis_organs"])

    def __call__(self, low: str) -> list[tuple[str, str]]:
        organ, _, extent = low.partition("-")
        site = self.organs.get(organ) if extent in self.extents else None
        if site is None:
            return []
        return [("SITE", site)] + ([("METASTASIS", "metastasis")] if site in self.spread else [])


COMPOUND_SPLIT = re.compile(r"[/\[\]–—]+")
COMPOUND_LABELS = {"markers": "MARKER", "treatments": "TREATMENT"}


def compound_parts(rules: Rules) -> dict[str, tuple[str, str]]:
    """One-word synonyms of markers and treatments, and regimen names, for words the tokenizer leaves
    joined: 'capecitabine/temozolomide', 'CgA/Syn', '[177Lu]Lu-DOTA-TATE', 'FOLFOX-bevacizumab'."""
    parts: dict[str, tuple[str, str]] = {}
    for key, label in COMPOUND_LABELS.items():
        lexicon = rules[key][key]
        for canonical, synonyms in lexicon.items():
            for word in [canonical, *synonyms]:
                if " " not in word:
                    parts.setdefault(word.lower(), (label, canonical))
    for canonical, names in rules["drug_names"]["drug_names"].items():  # brands: 'FOLFIRI-Avastin'
        for word in names:
            if " " not in word:
                parts.setdefault(word.lower(), ("TREATMENT", canonical))
    for regimen in rules["treatments"]["regimens"]:
        parts.setdefault(regimen.lower(), ("REGIMEN", regimen))
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
    drug_by_stem = DrugStems(rules["treatments"])
    extent_compound = ExtentCompounds(rules)

    joined = frozenset(rules["treatments"].get("joined_words", []))
    antibody_prefixes = tuple(rules["markers"].get("antibody_prefixes", []))  # r12-mk: 'anti-CD56'
    isotope = re.compile(rules["treatments"]["isotope_prefix"])  # r7d: '90y-radioembolization'
    prefixes = tuple(affix for _, _, kind, affix in affixes if kind == "prefix")
    suffixes = tuple(affix for _, _, kind, affix in affixes if kind == "suffix")
    shapes = {affix: re.compile(affix) for _, _, kind, affix in affixes if kind == "shape"}

    def judge(low: str) -> list[tuple[str, str]]:
        maybe = low.startswith(prefixes) or low.endswith(suffixes) or any(rx.match(low) for rx in shapes.values())
        hits = [] if not maybe else [
                (label, ident or low.upper().replace("-", "")) for label, ident, kind, affix in affixes
                if (kind == "shape" and shapes[affix].match(low)) or low.isalpha() and (
                    (kind == "prefix" and low.startswith(affix)) or
                    (kind == "suffix" and low.endswith(affix) and len(low) > len(affix) + 2))
                or kind == "suffix" and "-" in low and low.replace("-", "").isalpha()
                and low.endswith(affix)]  # 'salpingo-oophorectomy'
        hits = hits or drug_by_stem(low) or _antibody_to(low, antibody_prefixes, parts, shapes.values())
        if COMPOUND_SPLIT.search(low) and low not in parts:
            hits += [parts[p] for p in COMPOUND_SPLIT.split(low) if p in parts]
        elif "-" in low and (compound := extent_compound(low)):
            hits += compound  # r12: 'liver-only', 'bone-limited'
        elif "-" in low and low not in parts:
            # 'folfox-bevacizumab': every part a known name (a radiopeptide, '177Lu-lanreotide', is not),
            # or one joined to a word that leaves it as it is ('octreotide-lar', 'post-chemotherapy')
            hits += _hyphen_joined(low, parts, joined, fuzzy)
        elif "+" in low:  # 'etoposide+cisplatin', 'etoposide+' (the tokenizer keeps the plus)
            hits += _plus_joined_drugs(low, parts)
        hits += _isotope_joined(isotope, low, parts) if "-" in low and not hits else []
        if not hits:
            near = fuzzy.match(low)
            if near:
                hits = [near[:2]]
                fuzzy_entry[low] = near[2]
        return hits

    words = WordVerdicts(judge)
    budget = MatchBudget.from_rules(rules)

    def match(doc: Doc) -> Doc:
        found = words.find(doc)
        used, limit = used_in(doc), budget.limit(doc)
        if found and any(n >= limit for n in used.values()):  # a label already over budget takes no more
            found = [(i, kept) for i, hits in found if (kept := [h for h in hits if used.get(h[0], 0) < limit])]
        if found:
            group = doc.spans[SPANS_KEY]
            taken = {(i, label) for start, end, label in ((s.start, s.end, s.label_) for s in group)
                     for i in range(start, end)}
            fresh = [(i, label, ident) for i, hits in found for label, ident in hits
                     if (i, label) not in taken]  # an exact match always wins
            fresh = first_per_kind(fresh, itemgetter(1), limit, doc)
            new = [Span(doc, i, i + 1, label=label, span_id=ident) for i, label, ident in fresh]
            near = [s for s in new if s[0].lower_ in fuzzy_entry]
            if near:
                lower = [doc.vocab.strings[k] for k in doc.to_array("LOWER").tolist()]
                dropped = {id(s) for s in near if not fuzzy.in_frame(lower, s.start, s.label_)}
                new = [s for s in new if id(s) not in dropped]
                doc._.fuzzy_hits = {(s.start, s.label_): fuzzy_entry[s[0].lower_] for s in near
                                          if id(s) not in dropped}
            group.extend(new)
        return doc

    return match


def _antibody_to(low: str, prefixes: tuple[str, ...], parts: dict, shapes) -> list[tuple[str, str]]:
    """r12-mk: a stain named by its antibody ('anti-CD56', 'anti-chromogranin', 'anti-TTF-1') is the
    marker the rest of the word names, a one-word synonym or a marker shape; the polarity reading then
    treats it as that stain ('Anti-CD56 was negative')."""
    prefix = next((p for p in prefixes if low.startswith(p)), None)
    rest = low[len(prefix):] if prefix else ""
    if not rest:
        return []
    if parts.get(rest, ("",))[0] == "MARKER":
        return [parts[rest]]
    return [("MARKER", rest.upper().replace("-", ""))] if any(rx.match(rest) for rx in shapes) else []


def _hyphen_joined(low: str, parts: dict, joined: frozenset, fuzzy) -> list[tuple[str, str]]:
    """The names of a hyphenated word made of known names ('folfox-bevacizumab', 'octreotide-lar').
    r7a: a hyphen that ends the word suspends it ('cisplatin- and etoposide-based', a list broken as
    'cisplatin- vincristine-etoposide'), and a piece misspelt as a drug ('vincristine-adryamicin-etoposide')
    is read as that drug when a known drug stands in the same word: the word is the treatment frame a
    lone misspelt drug needs (rules/fuzzy.json)."""
    pieces = low[:-1].split("-") if low.endswith("-") else low.split("-")
    if _joined_names(pieces, parts, joined):
        return [parts[p] for p in pieces if p in parts]
    if not _holds_a_drug(pieces, parts):
        return []
    names = [parts.get(p) or fuzzy.match(p) or ("", "") for p in pieces if p not in joined]
    return [n[:2] for n in names] if all(n[0] == "TREATMENT" for n in names) else []


def _holds_a_drug(pieces: list[str], parts: dict) -> bool:
    """Are the pieces words, one of them a known drug? A radiopeptide ('177Lu-octreotate') is no drug list."""
    return all(p.isalpha() for p in pieces) and any(parts.get(p, ("",))[0] == "TREATMENT" for p in pieces)


def _joined_names(pieces: list[str], parts: dict, joined: frozenset) -> bool:
    """Is a hyphenated word made of known names only, joined words aside ('octreotide-lar',
    'post-chemotherapy'), with at least one name?"""
    return (all(p.isalpha() and (p in parts or p in joined) for p in pieces)
            and any(p in parts for p in pieces))


def _isotope_joined(isotope: re.Pattern, low: str, parts: dict) -> list[tuple[str, str]]:
    """r7d: a treatment joined to the isotope it carries ('90y-sirt', 'y-90-radioembolization'): the
    isotope is no name, so the joined-names rule does not read the word; its treatment is the name."""
    found = isotope.match(low)
    part = parts.get(found["name"]) if found else None
    return [part] if part and part[0] == "TREATMENT" else []


def _plus_joined_drugs(low: str, parts: dict) -> list[tuple[str, str]]:
    """'etoposide+cisplatin', 'etoposide+': drugs joined by a plus, every piece a treatment or regimen
    name. A stain with its sign ('CgA+') is left to the marker polarity reading (not a treatment)."""
    pieces = [p for p in low.split("+") if p]
    names = [parts.get(p) for p in pieces]
    if pieces and all(n is not None and n[0] in ("TREATMENT", "REGIMEN") for n in names):
        return [n for n in names if n is not None]
    return []
