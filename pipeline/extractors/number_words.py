"""Numbers written as words, read as their digits ('five percent', 'two mitoses per 10 HPF').

The numeric fields' patterns are written for digits. Rather than give each pattern a second
alternation of words, the text a pattern reads has each number word replaced by its digits, padded
with spaces to the word's length ('five percent' is read as '5    percent'), so every offset, and so
every mention's evidence, stays that of the report's own text. Only whole words are replaced; a
value still needs whatever its pattern asks around it (a unit, a count word). The words come from the
rules file of the field that reads them (rules/patterns.json 'ki67', rules/mitoses.json)."""
from __future__ import annotations

import re


class NumberWords:
    def __init__(self, words: dict[str, float]):
        self.value = {w.lower(): n for w, n in words.items()}
        alternation = "|".join(re.escape(w) for w in sorted(self.value, key=len, reverse=True))
        self.pattern = re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE) if self.value else None

    def digits(self, text: str) -> str:
        """The text with each number word written as its digits, padded to the word's length."""
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: f"{self.value[m.group().lower()]:g}".ljust(len(m.group())), text)
