"""Character offsets <-> token indices of one Doc, from its arrays read once and by bisection:
no Token or Span objects, and no scan of the document per mention."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc


class TokenOffsets:
    def __init__(self, doc: Doc):
        self.starts: list[int] = doc.to_array("IDX").tolist()
        lengths = doc.to_array("LENGTH").tolist()
        self.ends = [s + n for s, n in zip(self.starts, lengths, strict=True)]
        self.spaces: list[int] = doc.to_array("SPACY").tolist()

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens [start, end)."""
        return self.starts[start], self.ends[end - 1]

    def tokens(self, start_char: int, end_char: int) -> tuple[int, int]:
        """The tokens [first, end) that the characters [start_char, end_char) touch, as spaCy's
        Doc.char_span(alignment_mode='expand') finds them; a stretch of only whitespace gets the
        token after it."""
        starts, ends = self.starts, self.ends
        if not starts:
            return 0, 0
        first, last = self._token_by_char(start_char), self._token_by_char(end_char - 1)
        if first >= 0 and last >= 0:
            if start_char == ends[first]:
                first += 1
            if first <= last:
                return first, last + 1
        first = min(len(starts) - 1, bisect_right(ends, start_char))  # the first token ending past it
        return first, first + 1

    def _token_by_char(self, char: int) -> int:
        """spaCy's token_by_char: the token whose text or trailing space holds the character."""
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and char < self.ends[i] + self.spaces[i] else -1
