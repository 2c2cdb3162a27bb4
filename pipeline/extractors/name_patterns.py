"""Names as patterns: a lexicon's names, spelt as reports spell them, found in one scan.

The syndromes, the outcome statuses and the histology phrases are lexicons of names with many
spellings: 'Zollinger-Ellison', 'Zollinger Ellison', 'ZollingerEllison'; 'haemorrhage' and
'hemorrhage'; 'MEN1' and 'MEN 1'. `flexible` writes one name as the pattern of all its spellings,
`name_pattern` a whole lexicon as one alternation (longest name first, each in a named group that
maps back to its canonical name), and `words_pattern` a list of words as whole words. A long
alternation is slow when tried at every character, so `first_words_pattern` finds where a name can
start (its first word after a non-word character) and `matches_at` tries the alternation there alone:
the matches are the same as a scan from every character.
"""
from __future__ import annotations

import re
import string

from ..regexes import first_characters

SEPARATOR = r"[\s\-\u2013]*"
ASCII = string.printable  # the characters Alternation sorts names by


def flexible(name: str, gap: str = "") -> str:
    """A name as a pattern: spaces and hyphens as any separator or none, an optional break between a
    letter and a digit ('MEN1', 'MEN 1'), 'ae'/'oe' also as 'e' (haemorrhage, hemorrhage) and 'our' as 'or'
    (tumour, tumor). `gap`, a pattern of one optional word with its spaces, may stand between two words
    ('is being followed' as 'is currently being regularly followed')."""
    parts = []
    for part in re.split(r"[\s\-\u2013]+", name.strip()):
        part = re.escape(part).replace("ae", "a?e").replace("oe", "o?e").replace("our", "ou?r")
        parts.append(re.sub(r"(?<=[A-Za-z])(?=\d)", r"[\\s\\-]?", part))
    return (SEPARATOR + gap).join(parts)


def gap_words(words) -> str:
    """One optional word of `words`, with the spaces after it: the gap an adverb of time or manner makes
    inside a phrase ('is currently being regularly followed')."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return rf"(?:(?:{alternatives})\s+)?" if alternatives else ""


def first_words_pattern(phrases) -> re.Pattern:
    """Where one of the phrases can start: the first word of each (as `flexible` spells it) after a
    non-word character. A long alternation of phrases is then tried at those places alone
    (`matches_at`), not at every character of a report."""
    words = {re.split(r"[\s\-\u2013]+", p.strip())[0] for p in phrases}
    alternatives = "|".join(flexible(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)


def matches_at(pattern: re.Pattern | Alternation, starts: re.Pattern, text: str):
    """The matches pattern.finditer(text) gives, when every match begins where `starts` matches."""
    end = 0
    for start in starts.finditer(text):
        if start.start() >= end:
            m = pattern.match(text, start.start())
            if m:
                end = m.end()
                yield m


def name_pattern(lexicon: dict[str, list[str]], with_canonical: bool = True,
                 not_before=(), gap: str = "") -> tuple[Alternation, dict[str, str]]:
    """One pattern for every name of a lexicon (longest first; the canonical names too unless
    `with_canonical` is false) and the map from a matched name's group back to its canonical name.
    A name followed by one of the `not_before` words, next to it or one word on ('gastrinoma
    triangle', 'non-functioning adrenal adenoma'), is not matched: it names a place or another lesion.
    `gap` may stand between a name's words (`flexible`)."""
    names = sorted(((n, c) for c, syns in lexicon.items() for n in [c, *syns][0 if with_canonical else 1:]),
                   key=lambda x: -len(x[0]))
    groups, canonical_of = [], {}
    for k, (name, canonical) in enumerate(names):
        groups.append(f"(?P<n{k}>{flexible(name, gap)})")
        canonical_of[f"n{k}"] = canonical
    after = "|".join(flexible(w) for w in not_before)
    one_word = r"(?:(?!(?:and|or|with|in|of)\b)[^\W\d_]+[\s\-\u2013]+)?"  # not across a conjunction
    not_after = rf"(?!{SEPARATOR}{one_word}(?:{after})(?!\w))" if after else ""
    return Alternation(groups, r"(?<!\w)", rf"s?(?!\w){not_after}", re.IGNORECASE), canonical_of


def words_pattern(words, hyphen_ends: bool = False) -> re.Pattern:
    """Any of the words (as `flexible` names), as whole words; with `hyphen_ends`, not inside a
    hyphenated word either ('years' is not in '65-years-old')."""
    alternatives = "|".join(flexible(w) for w in sorted(words, key=len, reverse=True))
    edge = r"[\w-]" if hyphen_ends else r"\w"
    return re.compile(rf"(?<!{edge})(?:{alternatives})(?!{edge})", re.IGNORECASE)


class Alternation:
    """An alternation of names compiled whole, and cut once more by the character a match starts with.

    Python's `re` tries a pattern's alternatives one by one at a position. The outcome statuses are
    hundreds of names; tried at each of the ~250 places per report where a first word stands, they
    cost more than any other reading of a report. `match` tries, at a position, only the names that
    can start with the character standing there (worked out from each name's parsed pattern,
    `regexes.first_characters`), in their order: what the whole pattern would find, found sooner.
    A character outside ASCII is left to the whole pattern (case folding beyond ASCII is re's own).
    Everything else (`finditer`, `fullmatch`, `pattern`) is the whole pattern's."""

    def __init__(self, groups: list[str], head: str, tail: str, flags: int):
        self.whole = re.compile(f"{head}(?:{'|'.join(groups)}){tail}", flags)
        by_char: dict[str, list[str]] = {c: [] for c in ASCII}
        for group in groups:
            first = first_characters(group, flags)
            for c in ASCII:
                if first is None or re.match(first, c, flags):
                    by_char[c].append(group)
        self.by_char = {c: re.compile(f"{head}(?:{'|'.join(gs)}){tail}", flags) if gs else None
                        for c, gs in by_char.items()}

    def match(self, text: str, pos: int = 0):
        c = text[pos:pos + 1]
        if c in self.by_char:
            pattern = self.by_char[c]
            return pattern.match(text, pos) if pattern is not None else None
        return self.whole.match(text, pos)

    def __getattr__(self, name: str):
        return getattr(self.whole, name)
