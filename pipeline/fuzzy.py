"""Misspelt and variant drug and marker names ('temozolamide', 'cisplatinum', 'mucicarmin').

RapidFuzz computes the edit distance (C code, one pass over the few hundred one-word synonyms per
distinct word of a report, cached), so the cost stays linear in the report's length.
"""
from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .rules import Rules


class FuzzyLexicon:
    def __init__(self, rules: Rules):
        cfg = rules["fuzzy"]
        self.min_length, self.long_from = cfg["min_length"], cfg["long_from"]
        self.max_edits, self.max_edits_long = cfg["max_edits"], cfg["max_edits_long"]
        skip = set(cfg["skip_canonicals"])
        never = {w.lower() for w in cfg["never"]}
        self.known = rules.lexicon_words | never | {w.lower() for w in rules["ner"]["excluded_words"]}
        ner = rules["ner"]
        self.implausible = tuple(ner["implausible_suffixes"])
        self.frame_before, self.frame_after = set(ner["treatment_frame_before"]), set(ner["treatment_frame_after"])
        self.entries: dict[str, tuple[str, str]] = {}  # one-word synonym -> (label, canonical)
        for key, label in cfg["labels"].items():
            for canonical, synonyms in rules[key][key].items():
                if canonical.startswith("_") or canonical in skip:
                    continue
                for word in (canonical, *synonyms):
                    low = word.lower()
                    if low.isalpha() and len(low) >= self.min_length:
                        self.entries.setdefault(low, (label, canonical))
        self.choices = list(self.entries)
        self.by_prefix: dict[str, list[str]] = {}
        for word in self.choices:
            self.by_prefix.setdefault(word[:2], []).append(word)

    def match(self, word: str) -> tuple[str, str, str] | None:
        """(label, canonical, entry) for a word that is a near miss of one entry, else None."""
        low = word.lower()
        if len(low) < self.min_length or not low.isalpha() or low in self.known:
            return None
        limit = self.max_edits_long if len(low) >= self.long_from else self.max_edits
        choices = self.by_prefix.get(low[:2])
        if not choices:
            return None
        best = process.extractOne(low, choices, scorer=Levenshtein.distance, score_cutoff=limit)
        if best is None:
            return None
        entry = best[0]
        if low.endswith(self.implausible) and not entry.endswith(low[-2:]):
            return None  # 'interfering', 'inhibited': a verb form, not a misspelt name
        return (*self.entries[entry], entry)

    def in_frame(self, lower: list[str], i: int, label: str) -> bool:
        """A fuzzy drug needs a treatment frame around it ('treated with X', 'X 50 mg', 'X was given'),
        unless the word is the plural of a drug's own name ('oral etoposides', 'two courses of
        cisplatins'): a plural is no misspelling that an English word could be near."""
        if label != "TREATMENT":
            return True
        if lower[i].endswith("s") and self.entries.get(lower[i][:-1], ("",))[0] == label:
            return True
        before = lower[i - 1] if i > 0 else ""
        after = lower[i + 1:i + 3]
        return before in self.frame_before or (after[:1] and after[0] in self.frame_after) or (
            len(after) > 1 and after[0].replace(".", "").isdigit() and after[1] in self.frame_after)
