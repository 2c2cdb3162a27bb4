"""The shapes a section header takes, as regexes built from the phrases in rules/sections.json.

A header is a line of its own ('Case presentation'), opens a line and runs into its text
('CASE SUMMARY The patient ...', '3. Case summary A 62-year-old ...'), or, in flattened web text,
stands after a sentence end ('... rising. Case presentation A 49-year-old ...'). The splitter in
sections.py decides what a found header means; this module only finds them.

Flattened text is one long line, and `re` tries a pattern at every character of it. A flat-text
header can only start at a few kinds of places (after a sentence end, before a number, after a
double space), which a pattern that opens with a plain character class finds in C; `finditer_at`
then tries the header pattern at just those places, with the same matches as `finditer`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .regexes import compile_rule

NUMBER = r"(?P<num>(?:\d+|[IVX]+)(?:\.\d+)*\.?)"

# Where a flat-text header may start: candidate offsets found by scans that skip the rest in C.
AFTER_SENTENCE_END = re.compile(r"[.!?\]](?=\s)")  # the header starts after the following space
BEFORE_DOUBLE_SPACE = re.compile(r"\s(?=\s)")
SPACE_BEFORE_DIGIT = re.compile(r"\s(?=\d)")
UPPER_RUN = re.compile(r"[A-Z]{5}")
NUMBERED = re.compile(r"\d\.\s+[A-Za-z]")
WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")  # the word right before a number, searched in a short window
COUNTED_NOUN_WINDOW = 40  # characters: longer than any counted noun and its spaces


def _alternation(phrases: Iterable[str]) -> str:
    """Longest first, any run of spaces between words, or a hyphen in place of the space
    ('Case-summary:', 'Case-Presentation'), as some publishers join a header's words."""
    return "|".join(re.escape(p).replace(r"\ ", r"(?:\s+|-)") for p in sorted(set(phrases), key=len, reverse=True))


def finditer_at(regex: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """regex.finditer(text), given (in order) every offset where a match of it can start."""
    end = 0
    for at in starts:
        if at < end:
            continue
        m = regex.match(text, at)
        if m:
            yield m
            end = max(m.end(), at + 1)


def sentence_starts(text: str) -> list[int]:
    """Offsets right after '[.!?]] ' or after two spaces: where '(?<=[.!?\\]]\\s)' or
    '(?<=\\s\\s)' holds."""
    ends = {m.end() + 1 for m in AFTER_SENTENCE_END.finditer(text)}
    ends.update(m.end() + 1 for m in BEFORE_DOUBLE_SPACE.finditer(text))
    return sorted(ends)


class HeaderGrammar:
    def __init__(self, cfg: dict, top_phrases: Iterable[str], all_phrases: Iterable[str]):
        top, all_phrases = list(top_phrases), list(all_phrases)
        alt, number = _alternation(all_phrases), NUMBER
        upper = _alternation(p.upper() for p in all_phrases)
        cased_alt = _alternation(v for p in all_phrases for v in (p.title(), p.capitalize(), p.upper()))

        # Lines that start with a header.
        self.line_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{alt})\s*[:.]?\s*$", re.IGNORECASE)
        self.inline_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{alt})\s*:\s*(?=\S)", re.IGNORECASE)
        # 'CASE SUMMARY The patient ...': an upper-case header runs into its text without a colon.
        self.upper_inline_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{upper})\s+(?=[A-Z0-9])")
        # '3. Case summary The patient ...': a numbered header runs into its text.
        self.numbered_inline_header = re.compile(rf"^\s*{number}\s+(?P<h>{alt})\s+(?=(?-i:[A-Z0-9]))", re.IGNORECASE)
        # 'Case presentation and treatment', 'Discussion and review of the literature': a short line
        # without a full stop that opens with a top-level header phrase.
        self.prefix_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{_alternation(top)})\b[^.:]{{0,50}}$",
                                        re.IGNORECASE)
        # 'Case presentation A 62-year-old man ...': a capitalised header that opens a line and runs into
        # its text, the next word capitalised or a one-letter word.
        self.lead_header = re.compile(rf"^\s*(?:{number}\s+)?(?P<h>{cased_alt})\s+(?=[A-Z0-9](?:[a-z]|\s|-|\d))")

        # Headers inside flattened text.
        flat = _alternation(cfg["inline_header_in_flat_text"])
        # 'end of sentence. Case presentation A 49-year-old ...' or '1. CASE DESCRIPTION A ...'
        self.flat_header = re.compile(
            rf"(?:(?<=[.!?\]]\s)|(?<=\s\s)|^)\s*(?:{number}\s+)?(?P<h>(?i:{flat}))\s*(?::\s*|\s+(?=[A-Z0-9]))"
            rf"|(?<=\s)(?P<num2>\d+\.)\s+(?P<h2>[A-Z]{{3,}}(?:\s[A-Z]{{2,}}){{0,2}})\b(?!\s*[a-z])")
        # Title case or upper case only, then a capitalised word: 'reports Abstract Introduction Media ...'
        strong = _alternation(v for p in cfg["strong_flat_headers"] for v in (p.title(), p.upper(), p.capitalize()))
        self.strong_flat_header = re.compile(rf"(?<=\s)(?P<h>{strong})(?::\s*(?=\S)|\s+(?=[A-Z][a-z]|An?\s|[0-9]))")
        # An upper-case header phrase anywhere in a flat line, before a capitalised word or a colon.
        upper_all = _alternation(p.upper() for p in all_phrases if len(p) >= 5)
        self.upper_flat_header = re.compile(
            rf"(?<=\s)(?=[A-Z]{{2}})(?P<h>{upper_all})(?::\s*|\s+(?=[A-Z][a-z]|[a-z]|[0-9]|A\s|(?:{upper_all})\b))")
        # '... declined surgery 1. Case Summary An 84-year-old ...': a numbered known header in flat text; r27: not
        # a number a counted noun takes ('went home on post operative day 2. Pathology showed ...').
        self.counted_nouns = frozenset(cfg["numbered_header_not_after"])
        self.numbered_flat_header = re.compile(
            rf"(?<=\s)(?P<num>\d{{1,2}}\.)\s+(?:(?P<h>(?i:{alt}))(?=\s*:|\s+[A-Z0-9])|(?P<h3>{cased_alt})(?=\s+\S))")
        # After a sentence end, any short capitalised phrase before a colon may be a header; the
        # splitter's classify() decides. r29: also after a full stop glued to its sentence's last word,
        # as a flattened meeting abstract runs its labels on ('... (stain, x200).Case: A 58-year-old').
        self.colon_flat_header = compile_rule(
            r"(?:(?<=[.!?\]]\s)\s*|(?<=[a-z0-9)%][.!?]))"
            r"(?P<h>[A-Z][A-Za-z-]+(?:[ /&][A-Za-z-]+|\s?/\s?[A-Za-z-]+){0,4})\s*:\s+(?=\S)")

    def _counted(self, line: str, at: int) -> bool:
        """Is the number at `at` one a counted noun right before it takes ('day 1.', 'grade 2.')?"""
        before = WORD_BEFORE.search(line, max(0, at - COUNTED_NOUN_WINDOW), at)
        return before is not None and before.group(1).lower() in self.counted_nouns

    def flat_headers(self, line: str, starts: list[int]) -> dict[int, re.Match]:
        """Every header of a flattened line by its offset; at one offset the first shape wins.
        `starts` are the line's sentence_starts()."""
        before_digit = [m.end() for m in SPACE_BEFORE_DIGIT.finditer(line)]
        flat_starts = sorted({0, *starts, *before_digit})
        found = {m.start(): m for m in finditer_at(self.flat_header, line, flat_starts)}
        scans = [self.strong_flat_header.finditer(line), self.colon_flat_header.finditer(line)]
        if UPPER_RUN.search(line):  # the big upper-case alternations only where upper-case words stand
            scans.append(self.upper_flat_header.finditer(line))
        if NUMBERED.search(line):
            scans.append(m for m in finditer_at(self.numbered_flat_header, line, before_digit)
                         if not self._counted(line, m.start()))
        for scan in scans:
            for m in scan:
                found.setdefault(m.start(), m)
        return found
