"""Compiles the rule regexes so that a search rejects most positions of a report at once.

Python's `re` tries a pattern at every character of the text. When the pattern opens with a word
boundary, a look-behind or a case-insensitive alternation, every failed try walks that opening, and
a scan of a long report costs several times what it needs to. `compile_rule` works out from the
parsed pattern which characters a match can start with and puts them in front as a one-character
look-ahead (`(?=[kKmM])`), which fails at once everywhere else. The matches are the same: the
look-ahead only restates what the pattern itself requires of its first character.
"""
from __future__ import annotations

import re

# The regular-expression parser's own modules: typeshed leaves these private modules out.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s"}  # \w allows nearly every character: no gain
REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


class Unbounded(Exception):
    """The pattern may start with any character (or with none): no look-ahead helps."""


def _class_item(op, av) -> str:
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is C.CATEGORY and av in CATEGORIES:
        return CATEGORIES[av]
    raise Unbounded


def _first(items) -> tuple[set[str], bool]:
    """(class items a match of this sequence can start with, whether it can match the empty string)"""
    starts: set[str] = set()
    for op, av in items:
        if op in ZERO_WIDTH:
            continue  # consumes nothing: the next item decides
        first, empty = _first_of_item(op, av)
        starts |= first
        if not empty:
            return starts, False
    return starts, True


def _first_of_item(op, av) -> tuple[set[str], bool]:
    """_first of one parsed item: a literal, a class, alternatives, a group or a repeat."""
    if op is C.LITERAL:
        return {_class_item(op, av)}, False
    if op is C.IN:
        if any(o is C.NEGATE for o, _ in av):
            raise Unbounded
        return {_class_item(o, a) for o, a in av}, False
    if op is C.BRANCH:
        starts: set[str] = set()
        nullable = False
        for branch in av[1]:
            first, empty = _first(branch)
            starts |= first
            nullable |= empty
        return starts, nullable
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            raise Unbounded  # a case rule of its own inside: the look-ahead could not state it
        return _first(sub)
    if op in REPEATS:
        low, _, sub = av
        first, empty = _first(sub)
        return first, empty or low == 0
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _first(av)
    raise Unbounded  # any character, a back-reference, a negated literal, ...


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class of every character a match can start with, or None when it is unbounded."""
    try:
        starts, nullable = _first(parser.parse(pattern, flags))
    except Unbounded:
        return None
    if nullable or not starts:
        return None
    return "[" + "".join(sorted(starts)) + "]"


def compile_rule(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile, with the look-ahead over the pattern's first characters when there is one."""
    first = first_characters(pattern, flags)
    return re.compile(pattern if first is None else f"(?={first})(?:{pattern})", flags)
