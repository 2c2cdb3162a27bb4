"""A size told of the largest of several lesions: 'CT showed multiple liver lesions, the largest measuring 45 mm',
'three tumours in the sigmoid, the largest of which was 45 mm'.

Such a size is one of the lesions named before its superlative, so their phrase decides whether it can be the
primary's: 'liver lesions' make it a metastasis's (r10c), 'tumours' leave it the primary's, and past a clause
break ('which', a comma) the superlative supplies the lesion word the size itself lacks (r26). Moved out of
tumor_size.py when that module passed 300 lines; the words are rules/patterns.json size 'superlatives',
'superlative_reach_words' and 'superlative_back_words'."""
from __future__ import annotations

from .size_problems import SizeProblems
from .size_words import WORDS


class Superlatives:
    def __init__(self, cfg: dict, problems: SizeProblems, not_primary):
        self.words = frozenset(cfg["superlatives"])
        self.reach = cfg["superlative_reach_words"]  # r10c: the lesions' phrase after its noun ('lesions in the liver')
        self.back = cfg["superlative_back_words"]  # r26: how far before the size the superlative counts
        self.problems, self.not_primary = problems, not_primary

    def of_lesions(self, head: str) -> bool:
        """r26: a superlative among the last 'superlative_back_words' words of `head` (the text right before the
        size, lower-cased), a lesion noun in the plural at most that many words and three more before it
        ('three tumours in the sigmoid colon, the largest of which was')."""
        words = WORDS.findall(head)
        last = self._last(words)
        return last >= len(words) - self.back and \
            any(w.endswith("s") and self.problems.has_lesion_word([w])  # the largest of several: a plural
                for w in words[max(0, last - self.back - 3):last])

    def picked_from(self, head: str, site: str | None) -> tuple[str, str | None]:
        """'CT showed multiple liver lesions, the largest measuring 45 mm': a size told of the largest of
        several lesions is one of those, and the words of their phrase count against it ('liver'). `head`
        is the size's sentence up to the size, lower-cased; the picked phrase is the last lesion noun (or
        not-primary noun: 'metastases') before the superlative, with three words before it and
        'superlative_reach_words' after ('lesions in the liver'). r10c."""
        words = WORDS.findall(head)
        last = self._last(words)
        noun = max((i for i, w in enumerate(words[:last])
                    if self.problems.has_lesion_word([w]) or self.not_primary.matches(w)), default=-1)
        if noun < 0:
            return "", site
        phrase = words[max(0, noun - 3):min(last, noun + 1 + self.reach)]
        problem, organ = self.problems.not_primary_word(phrase)
        return problem, organ or site

    def _last(self, words: list[str]) -> int:
        """Where the last superlative stands among `words`, or -1."""
        return max((i for i, w in enumerate(words) if w in self.words), default=-1)
