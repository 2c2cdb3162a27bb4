"""A pattern that is tried only where its first character can start a match.

Python's regex engine tries a long alternation ('three|two|one|...|\\d+') at every character of a
report; a lookahead for the class of characters that can begin a match ('[0-9OoTt...]'), put right
after the pattern's leading lookbehind, turns most of those tries into one character test. The
matches are the same: every match begins with one of those characters, and the lookahead consumes
nothing (tests/test_first_chars.py compares the two scans)."""
from __future__ import annotations

import re
from collections.abc import Iterable

LEADING_LOOKBEHIND = re.compile(r"\(\?<!(?:\[[^\]]*\]|\\w)\)")  # '(?<!\w)', '(?<![\w.])', '(?<![\w-])'


def first_chars(words: Iterable[str]) -> set[str]:
    """The characters that can begin one of the words as `syndromes.flexible` spells them: the first
    letter in both cases, and for a word that begins with 'ae' or 'oe' also the 'e' it may be spelled
    with ('oedema', 'edema')."""
    chars = set()
    for word in words:
        word = word.strip()
        chars.add(word[0])
        if word[:2].lower() in ("ae", "oe"):
            chars.add(word[1])
    return chars | {c.upper() for c in chars} | {c.lower() for c in chars}


def tried_where(pattern: re.Pattern, chars: set[str]) -> re.Pattern:
    """`pattern`, tried only where one of `chars` starts; `pattern` must begin with a lookbehind
    (every pattern of the outcome extractor does), after which the lookahead goes."""
    leading = LEADING_LOOKBEHIND.match(pattern.pattern)
    if leading is None:
        raise ValueError(f"no leading lookbehind in {pattern.pattern[:40]!r}")
    # no characters (an emptied word list, as the rule-ablation tests make): no place to start
    ahead = "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" if chars else "(?!)"
    return re.compile(pattern.pattern[:leading.end()] + ahead + pattern.pattern[leading.end():], pattern.flags)
